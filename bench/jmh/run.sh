#!/usr/bin/env bash
# Gap and plan computation benchmark (JMH). Run by hand from anywhere:
#   bench/jmh/run.sh                 # all sizes; 1 fork, 3 warm-up and 5 measured iterations of 2 s (set in the class)
#   bench/jmh/run.sh -p catalog=bundled     # extra arguments go to JMH
#   BENCHMARK=PostingBenchmark bench/jmh/run.sh   # reading a two-page job posting instead
# Installs the main project (tests skipped) into the local Maven repository first, so this
# project compiles against the current code.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"

mvn -B -q -f "$top/pom.xml" -DskipTests install
mvn -B -q -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"

java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" org.openjdk.jmh.Main \
    -rf text -rff "$here/target/results.txt" "$@" "${BENCHMARK:-GapPlanBenchmark}"
echo "Results also in $here/target/results.txt"
