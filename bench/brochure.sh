#!/usr/bin/env bash
# Benchmark: the French brochure 2026-2027 as PDF, in a fresh JVM from the shaded jar (java -jar,
# and the launcher with class-data sharing), and in a warm JVM (BrochureBench: repeated renders).
# Every figure is a whole process. The ratios compare with the same plugin compiling brochure.jrxml
# at run time (BrochureCompileBench, with JasperReports' JDT compiler and ECJ from ~/.m2).
# Usage: bash bench/brochure.sh [RUNS]   (after mvn -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
launcher=inet-cli/target/inet
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
work=${BENCH_DIR:-target/bench}
mkdir -p "$work/classes"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
javac -d "$work/classes" -cp "$jar" bench/BrochureBench.java
# The expression compiler the shaded jar does not ship, for the run-time compilation comparison.
jdt=$(find "${HOME}/.m2/repository/net/sf/jasperreports/jasperreports-jdt" -name 'jasperreports-jdt-*.jar' | sort | tail -1)
ecj=$(find "${HOME}/.m2/repository/org/eclipse/jdt/ecj" -name 'ecj-*.jar' | sort | tail -1)
javac -d "$work/classes" -cp "$jar:$jdt" bench/BrochureCompileBench.java
template=inet-reporting/src/main/jasper/fr/cnfpt/inet/stages/reporting/brochure/brochure.jrxml
runs=${1:-5}
times="$work/brochure-times.txt"
: > "$times"
# time NAME COMMAND...: runs the command, prints and records its wall time
time_it() {
  local name=$1; shift
  /usr/bin/time -f "%e %U" -o "$work/time.tmp" "$@" > /dev/null
  read -r wall user < <(tail -1 "$work/time.tmp")
  printf '  %-26s %5.2f s wall, %5.2f s user\n' "$name" "$wall" "$user"
  echo "$name $wall" >> "$times"
}
# The rounds are interleaved, so that a slow spell of a shared machine weighs on all alike.
for run in $(seq "$runs"); do
  echo "round $run"
  time_it java-jar java -jar "$jar" brochure --cohort 2026 -o "$work/brochure.pdf"
  time_it launcher "$launcher" brochure --cohort 2026 -o "$work/brochure.pdf"
  time_it plugin-precompiled java -cp "$work/classes:$jar" \
    fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench - "$work/brochure-precompiled.pdf"
  time_it plugin-compiled java -cp "$work/classes:$jar:$jdt:$ecj" \
    fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench "$template" "$work/brochure-compiled.pdf"
  time_it plugin-precompiled-flags java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/classes:$jar" \
    fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench - "$work/brochure-precompiled.pdf"
  time_it plugin-compiled-flags java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp "$work/classes:$jar:$jdt:$ecj" \
    fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench "$template" "$work/brochure-compiled.pdf"
done
echo "summary over $runs rounds: medians, and how many times faster than compiling at run time"
awk '
  { t[$1, ++n[$1]] = $2 }
  function median(name,   i, j, v, m, a) {
    m = n[name]; for (i = 1; i <= m; i++) a[i] = t[name, i]
    for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    c = median("plugin-compiled"); f = median("plugin-compiled-flags")
    printf "  plugin, compiled at run time (JVM defaults):           %5.2f s\n", c
    printf "  plugin, compiled at run time (launcher JIT/GC flags):  %5.2f s\n", f
    printf "  java -jar inet.jar brochure:  %5.2f s  %4.2fx (vs JVM defaults)\n", median("java-jar"), c / median("java-jar")
    printf "  launcher inet brochure:       %5.2f s  %4.2fx (vs JVM defaults)  %4.2fx (vs the same flags)\n", \
      median("launcher"), c / median("launcher"), f / median("launcher")
    printf "  plugin, precompiled:          %5.2f s  %4.2fx (same program, same JVM defaults)\n", \
      median("plugin-precompiled"), c / median("plugin-precompiled")
    printf "  plugin, precompiled, flags:   %5.2f s  %4.2fx (same program, same flags)\n", \
      median("plugin-precompiled-flags"), f / median("plugin-precompiled-flags")
  }' "$times"
java -cp "$work/classes:$jar" BrochureBench 30
