#!/bin/sh
# Parse benchmark: 10,000 Dockerfiles in one JVM versus only reading their bytes, plus JVM start-up
# for scale. Run from anywhere; builds the classes first. Args: [count] [rounds].
set -e
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q compile
echo "JVM start-up (java -version), 5 runs:"
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); "$JAVA" -Xshare:auto -version >/dev/null 2>&1; end=$(date +%s%N)
  echo "  $(( (end - start) / 1000000 )) ms"
done
"$JAVA" -cp target/classes bench/ParseBench.java "${1:-10000}" "${2:-10}"
