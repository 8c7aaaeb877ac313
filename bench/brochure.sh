#!/usr/bin/env bash
# Benchmark of the brochure (issue 15's targets), for any implementation of the brochure plugin: it
# goes only through the command line and, for the warm figure, the report SPI.
#   - cold: `java -jar inet.jar brochure --cohort 2026` (the French PDF) under 6x `java -jar inet.jar
#     --version`, both measured in the same rounds, interleaved, so that a slow spell of a shared
#     machine weighs on both alike;
#   - the launcher `inet-cli/target/inet brochure --cohort 2026` (class-data sharing, per-command JVM
#     options) near its 1.1 s;
#   - warm: BrochureBench renders the French PDF 60 times in one JVM through ReportRegistry: under
#     300 ms (median of the last 20; after 30 renders C2 is still compiling on two cores).
# Every cold figure is a whole process (wall time from /usr/bin/time). Prints each round, the
# medians, the ratios, and the machine with its load average before and after.
# Usage: bash bench/brochure.sh [ROUNDS]   (default 7; after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
launcher=inet-cli/target/inet
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
rounds=${1:-7}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work/classes"
times="$work/brochure-times.txt"
: > "$times"

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
javac -d "$work/classes" -cp "$jar" bench/BrochureBench.java

# time_it NAME ROUND COMMAND...: runs the command, prints and records its wall time
time_it() {
  local name=$1 round=$2; shift 2
  /usr/bin/time -f "%e %U" -o "$work/time.tmp" "$@" > /dev/null
  read -r wall user < <(tail -1 "$work/time.tmp")
  printf '  %-22s %5.2f s wall, %5.2f s user\n' "$name" "$wall" "$user"
  echo "$name $round $wall" >> "$times"
}
run() {
  case $1 in
    version) time_it version "$2" java -jar "$jar" --version ;;
    java-jar) time_it java-jar "$2" java -jar "$jar" brochure --cohort 2026 -o "$work/brochure.pdf" ;;
    launcher) time_it launcher "$2" "$launcher" brochure --cohort 2026 -o "$work/brochure-launcher.pdf" ;;
  esac
}
# One run of each, unmeasured: the jar and the JDK's files in the page cache, as for a user.
java -jar "$jar" --version > /dev/null
java -jar "$jar" brochure --cohort 2026 -o "$work/brochure.pdf" > /dev/null
# The rounds, interleaved; the order turns each round, so that no measure always follows the same one.
order=(version java-jar launcher)
for round in $(seq "$rounds"); do
  echo "round $round"
  for i in 0 1 2; do
    run "${order[$(( (i + round) % 3 ))]}" "$round"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "summary over $rounds rounds (medians):"
awk '
  { t[$1, $2] = $3; n[$1]++; if ($2 > rounds) rounds = $2 }
  function median(values, m,   i, j, v) {
    for (i = 2; i <= m; i++) { v = values[i]; for (j = i - 1; j >= 1 && values[j] > v; j--) values[j + 1] = values[j]; values[j + 1] = v }
    return m % 2 ? values[(m + 1) / 2] : (values[m / 2] + values[m / 2 + 1]) / 2
  }
  function of(name,   i, a) { for (i = 1; i <= rounds; i++) a[i] = t[name, i]; return median(a, rounds) }
  # the ratio of a measure to --version within each round: its median and its worst round
  function ratios(name,   i, a, worst) {
    worst = 0
    for (i = 1; i <= rounds; i++) { a[i] = t[name, i] / t["version", i]; if (a[i] > worst) worst = a[i] }
    return sprintf("%.2fx (worst round %.2fx)", median(a, rounds), worst)
  }
  END {
    printf "  %-44s %5.2f s\n", "java -jar inet.jar --version", of("version")
    printf "  %-44s %5.2f s, %s --version of its round; target < 6x: %s\n", "java -jar inet.jar brochure --cohort 2026",
      of("java-jar"), ratios("java-jar"), of("java-jar") < 6 * of("version") ? "met" : "NOT MET"
    printf "  %-44s %5.2f s, %s --version of its round; target near 1.1 s\n", "launcher inet brochure --cohort 2026",
      of("launcher"), ratios("launcher")
    printf "  %-44s %5.2fx\n", "ratio of the medians, java -jar brochure / --version", of("java-jar") / of("version")
  }' "$times"
echo "warm, in one JVM through the report SPI (target < 300 ms):"
java -cp "$work/classes:$jar" BrochureBench 60
