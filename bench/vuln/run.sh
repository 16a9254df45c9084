#!/usr/bin/env bash
# Vulnerability DB benchmark: import a generated OSV export, then match 2,000 packages.
# Usage: bench/vuln/run.sh [records (default 200000)] [work dir (default: a temp dir)]
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=runtime
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/vuln/VulnBench.java "$@"
