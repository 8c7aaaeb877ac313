#!/usr/bin/env bash
# Benchmark: validating import of 1,000,000 synthetic offers (CSV as French Excel saves it, ~376 MB,
# ~3% bad rows) against the floor, a bare single-threaded Jackson CSV parse into records.
# Every figure is a whole process (JVM start included), timed by /usr/bin/time. The runs are
# interleaved (floor, importer alone, java -jar, launcher, then again) so that a slow spell of a
# shared machine weighs on all of them alike; the summary gives each one's median and the ratios
# of the medians, and the ratio of each run to the floor of the same round.
# Usage: bash bench/import.sh [ROWS] [RUNS]   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
launcher=inet-cli/target/inet
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
rows=${1:-1000000}
runs=${2:-5}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work/classes"
file="$work/offres-$rows.csv"
times="$work/import-times.txt"
: > "$times"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
# Compiled once, so that the floor's process does not include compiling the benchmark's source.
javac -d "$work/classes" -cp "$jar" bench/ImportBench.java
if [ ! -f "$file" ]; then
  java -cp "$work/classes:$jar" ImportBench generate "$file" "$rows"
fi
echo "file: $file, $(du -m "$file" | cut -f1) MB, $rows offers"
# time NAME COMMAND...: runs the command, prints and records its wall time
time_it() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$work/time.tmp" "$@" > "$work/run.out" 2>&1 || true
  read -r wall user rss < <(tail -1 "$work/time.tmp")
  printf '  %-34s %5.2f s wall, %5.2f s user, %6d KB max RSS\n' "$name" "$wall" "$user" "$rss"
  echo "$name $wall" >> "$times"
}
for run in $(seq "$runs"); do
  echo "round $run"
  time_it floor java -Xmx256m -cp "$work/classes:$jar" ImportBench bare "$file"
  time_it importer-alone java -Xmx256m -cp "$work/classes:$jar" ImportBench bind "$file"
  time_it java-jar-validate java -Xmx256m -jar "$jar" validate "$file" --kind offers --no-progress \
    --report "$work/report.json"
  time_it launcher-validate env INET_JAVA_OPTS=-Xmx256m "$launcher" validate "$file" --kind offers \
    --no-progress --report "$work/report.json"
done
echo "  $(head -1 "$work/run.out")"
echo "summary over $runs rounds (median; ratio to the floor's median; worst ratio to its round's floor):"
awk -v rows="$rows" '
  { t[$1, ++n[$1]] = $2 }
  function median(name,   i, j, k, v, m, a) {
    m = n[name]; for (i = 1; i <= m; i++) a[i] = t[name, i]
    for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    floor = median("floor")
    split("floor importer-alone java-jar-validate launcher-validate", names, " ")
    for (k = 1; k <= 4; k++) {
      name = names[k]; worst = 0
      for (i = 1; i <= n[name]; i++) { r = t[name, i] / t["floor", i]; if (r > worst) worst = r }
      printf "  %-20s %5.2f s  %4.2fx  worst %4.2fx  %7.0f rows/s\n", name, median(name), median(name) / floor, worst, rows / median(name)
    }
  }' "$times"
