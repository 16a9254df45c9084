#!/bin/sh
# Benchmark of the Dockerfile rules: lints 1,000 generated Dockerfiles in one JVM and compares with
# parsing alone. Usage: bench/dockerfile-rules/run.sh [files] [rounds]   (from the repository root)
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package -Dshade.skip=true >/dev/null 2>&1 || mvn -B -q -DskipTests compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
CP="target/classes:$(cat target/bench-classpath.txt)"
# BENCH_JAVA_OPTS: JVM options, e.g. the launcher's "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" for a lint run
# shellcheck disable=SC2086
exec "${JAVA_HOME:-/usr}/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$CP" bench/dockerfile-rules/LintBench.java "${1:-1000}" "${2:-5}" ${3:+"$3"}
