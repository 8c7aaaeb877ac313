#!/usr/bin/env bash
# Benchmark: validating import of 1,000,000 synthetic offers (CSV as French Excel saves it, ~376 MB,
# ~3% bad rows) against the floor, a bare single-threaded Jackson CSV parse into records.
# Every figure is a whole process (JVM start included), timed by /usr/bin/time.
# Usage: bash bench/import.sh [ROWS]   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
launcher=inet-cli/target/inet
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
rows=${1:-1000000}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work/classes"
file="$work/offres-$rows.csv"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
# Compiled once, so that the floor's process does not include compiling the benchmark's source.
javac -d "$work/classes" -cp "$jar" bench/ImportBench.java
if [ ! -f "$file" ]; then
  java -cp "$work/classes:$jar" ImportBench generate "$file" "$rows"
fi
echo "file: $file, $(du -m "$file" | cut -f1) MB, $rows offers"
for run in 1 2 3; do
  /usr/bin/time -f "  floor process: %e s wall, %U s user, %M KB max RSS" \
    java -Xmx256m -cp "$work/classes:$jar" ImportBench bare "$file"
  /usr/bin/time -f "  importer alone process: %e s wall, %U s user" \
    java -Xmx256m -cp "$work/classes:$jar" ImportBench bind "$file"
  /usr/bin/time -f "  java -Xmx256m -jar inet.jar validate: %e s wall, %U s user, %M KB max RSS" \
    java -Xmx256m -jar "$jar" validate "$file" --kind offers --no-progress --report "$work/report.json" \
    > "$work/validate.out" || true
  INET_JAVA_OPTS=-Xmx256m /usr/bin/time -f "  launcher inet validate (class-data sharing): %e s wall, %U s user, %M KB max RSS" \
    "$launcher" validate "$file" --kind offers --no-progress --report "$work/report.json" > "$work/validate.out" || true
  echo "  $(head -1 "$work/validate.out")"
done
