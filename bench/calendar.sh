#!/usr/bin/env bash
# Benchmark: schedules of all corps for all cohorts 2020 to 2040, in one process.
# Usage: bash bench/calendar.sh   (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=inet-cli/target/inet.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
for run in 1 2 3; do
  /usr/bin/time -f "whole process: %e s wall, %M KB max RSS" java -cp "$jar" bench/CalendarBench.java
done
