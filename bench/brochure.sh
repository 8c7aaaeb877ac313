#!/usr/bin/env bash
# Benchmark: the French brochure 2026-2027 as PDF, in a fresh JVM from the shaded jar (java -jar,
# and the launcher with class-data sharing), and in a warm JVM (BrochureBench: repeated renders).
# Usage: bash bench/brochure.sh   (after mvn -B -ntp -DskipTests package)
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
for run in 1 2 3; do
  /usr/bin/time -f "  java -jar inet.jar brochure: %e s wall, %U s user" \
    java -jar "$jar" brochure --cohort 2026 -o "$work/brochure.pdf" > /dev/null
  /usr/bin/time -f "  launcher inet brochure (class-data sharing): %e s wall, %U s user" \
    "$launcher" brochure --cohort 2026 -o "$work/brochure.pdf" > /dev/null
  /usr/bin/time -f "  plugin alone, template compiled at build time (.jasper in the jar): %e s wall, %U s user" \
    java -cp "$work/classes:$jar" fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench \
    - "$work/brochure-precompiled.pdf" > /dev/null
  /usr/bin/time -f "  plugin alone, template compiled at run time from the .jrxml: %e s wall, %U s user" \
    java -cp "$work/classes:$jar:$jdt:$ecj" fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench \
    "$template" "$work/brochure-compiled.pdf" > /dev/null
  /usr/bin/time -f "  plugin alone, compiled at run time, with the launcher's JIT and GC flags: %e s wall, %U s user" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/classes:$jar:$jdt:$ecj" \
    fr.cnfpt.inet.stages.reporting.brochure.BrochureCompileBench "$template" "$work/brochure-compiled.pdf" > /dev/null
done
java -cp "$work/classes:$jar" BrochureBench 30
