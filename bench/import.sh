#!/usr/bin/env bash
# Benchmark: validating import of 1,000,000 synthetic offers (CSV as French Excel saves it, ~400 MB,
# ~2% bad rows) against the floor, a bare single-threaded Jackson CSV parse into records.
# Usage: bash bench/import.sh [ROWS]   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
rows=${1:-1000000}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
file="$work/offres-$rows.csv"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
if [ ! -f "$file" ]; then
  java -cp "$jar" bench/ImportBench.java generate "$file" "$rows"
fi
echo "file: $file, $(du -m "$file" | cut -f1) MB, $rows offers"
for run in 1 2 3; do
  java -Xmx256m -cp "$jar" bench/ImportBench.java bare "$file"
  /usr/bin/time -f "inet validate (-Xmx256m): %e s wall, %U s user, %M KB max RSS" \
    java -Xmx256m -jar "$jar" validate "$file" --kind offers --no-progress --report "$work/report.json" > "$work/validate.out" || true
  head -1 "$work/validate.out"
done
