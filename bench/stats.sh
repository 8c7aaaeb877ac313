#!/usr/bin/env bash
# Benchmark: inet stats on 1,000,000 offers, 1,000,000 trainees and 3,000,000 placements (generated
# by StatsBench, all valid), with -Xmx512m: --format json and --format pdf, against the import alone
# (inet validate of the same three files, the floor: same parse and checks, no statistics, no report).
# Every figure is a whole process, timed by /usr/bin/time.
# Usage: bash bench/stats.sh [TRAINEES]   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
trainees=${1:-1000000}
work=${BENCH_DIR:-target/bench}/stats-$trainees
mkdir -p "$work/classes" "$work/out"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
javac -d "$work/classes" bench/StatsBench.java
if [ ! -f "$work/placements.csv" ]; then
  java -cp "$work/classes" StatsBench generate "$work" "$trainees"
fi
echo "files: $(wc -l < "$work/offers.csv") offers lines ($(du -m "$work/offers.csv" | cut -f1) MB)," \
  "$(wc -l < "$work/trainees.csv") trainees lines, $(wc -l < "$work/placements.csv") placements lines"
files=(--offers "$work/offers.csv" --trainees "$work/trainees.csv" --placements "$work/placements.csv")
for run in 1 2 3; do
  /usr/bin/time -f "  import alone (validate): %e s wall, %U s user, %M KB max RSS" \
    java -Xmx512m -jar "$jar" validate "$work/offers.csv" "$work/trainees.csv" "$work/placements.csv" \
    --no-progress > "$work/validate.out" || true
  /usr/bin/time -f "  stats --format json (all reports): %e s wall, %U s user, %M KB max RSS" \
    java -Xmx512m -jar "$jar" stats "${files[@]}" --format json --no-progress -o "$work/out" > "$work/stats.out"
  /usr/bin/time -f "  stats --format pdf (all reports): %e s wall, %U s user, %M KB max RSS" \
    java -Xmx512m -jar "$jar" stats "${files[@]}" --format pdf --no-progress -o "$work/out" > "$work/stats.out"
done
head -3 "$work/stats.out"
