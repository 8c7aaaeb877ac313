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
# The plugin alone, with the template precompiled (-) or compiled from the .jrxml, three ways:
# the JVM's defaults; the launcher's JIT and GC flags; those flags and the launcher's class-data
# sharing archive (the jar first on the class path, as when the archive was recorded, the rest
# appended, which the archive allows; -Xshare:on fails rather than run without it).
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
archive="-Xshare:on -XX:SharedArchiveFile=$PWD/inet-cli/target/inet.jsa -Xlog:cds=off,cds+dynamic=off"
bench=fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench
# plugin NAME JVM-OPTIONS TEMPLATE: the plugin alone, precompiled (-) or compiled from TEMPLATE
plugin() {
  local name=$1 options=$2 source=$3 classpath="$PWD/$jar:$work/classes"
  [ "$source" = - ] || classpath="$classpath:$jdt:$ecj"
  # shellcheck disable=SC2086 # the options are words on purpose
  time_it "$name" java $options -cp "$classpath" "$bench" "$source" "$work/brochure-$name.pdf"
}
# The rounds are interleaved, so that a slow spell of a shared machine weighs on all alike.
for run in $(seq "$runs"); do
  echo "round $run"
  time_it java-jar java -jar "$jar" brochure --cohort 2026 -o "$work/brochure.pdf"
  time_it launcher "$launcher" brochure --cohort 2026 -o "$work/brochure.pdf"
  plugin precompiled "" -
  plugin compiled "" "$template"
  plugin precompiled-flags "$flags" -
  plugin compiled-flags "$flags" "$template"
  plugin precompiled-archive "$flags $archive" -
  plugin compiled-archive "$flags $archive" "$template"
done
echo "summary over $runs rounds: medians, and how many times faster than compiling at run time"
awk '
  { t[$1, ++n[$1]] = $2 }
  function median(name,   i, j, v, m, a) {
    m = n[name]; for (i = 1; i <= m; i++) a[i] = t[name, i]
    for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  function pair(label, fast, slow) {
    printf "  %-44s %5.2f s against %5.2f s compiled at run time: %4.2fx\n", label, median(fast), median(slow),
      median(slow) / median(fast)
  }
  END {
    pair("plugin alone, JVM defaults:", "precompiled", "compiled")
    pair("plugin alone, launcher flags:", "precompiled-flags", "compiled-flags")
    pair("plugin alone, launcher flags and archive:", "precompiled-archive", "compiled-archive")
    pair("java -jar inet.jar brochure (JVM defaults):", "java-jar", "compiled")
    pair("launcher inet brochure (flags and archive):", "launcher", "compiled-archive")
    printf "  %-44s %5.2f s against %5.2f s compiled with the JVM defaults: %4.2fx\n", "launcher inet brochure:", \
      median("launcher"), median("compiled"), median("compiled") / median("launcher")
  }' "$times"
java -cp "$work/classes:$jar" BrochureBench 30
