#!/usr/bin/env bash
# Times the host part of `trusty bench` on this machine, JVM start-up included: every host check of
# sections 1-4, 6, 7 and the Trusty checks (no engine client is wired yet, so engine checks are
# skipped and cost nothing). Runs the command RUNS times cold-ish (page cache warm) in three JVM set-ups:
# plain, C1-only, and C1 with an AOT cache trained on the bench itself (JDK >= 25).
# Usage: bench/host/run.sh [RUNS]   (default 10). Needs a JDK >= 21 and Maven for the first build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
jdk="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$jdk/bin/java"
jar="$root/target/trusty.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && JAVA_HOME="$jdk" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -q -B -DskipTests package) >&2
fi
major="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$jdk/release")"
base=(-XX:+UseSerialGC -XX:-UsePerfData)
[ "$major" -ge 23 ] && base+=(--sun-misc-unsafe-memory-access=allow)
cmd=(-cp "$jar" dev.trusty.cli.BenchCommand -f json -o "$work/out.json")

# median wall and CPU (user+sys) time in ms of RUNS runs of: java <opts> <cmd>. CPU time is the
# steadier figure on a shared machine; wall time includes waiting for the cores.
time_runs() {
  local i
  : > "$work/times"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$java" "$@" "${cmd[@]}" >/dev/null 2>&1 || true  # exit 1 = warnings found
    tail -1 "$work/t" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' >> "$work/times"
  done
  awk '{print $1}' "$work/times" | sort -n > "$work/wall"
  awk '{print $2}' "$work/times" | sort -n > "$work/cpu"
  printf "wall median %d ms (min %d), cpu median %d ms" "$(median "$work/wall")" "$(head -1 "$work/wall")" "$(median "$work/cpu")"
}
median() {
  awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}' "$1"
}

echo "trusty bench (host part), $runs runs each, JDK $major, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  plain JVM:          $(time_runs "${base[@]}")"
echo "  C1 only:            $(time_runs "${base[@]}" -XX:TieredStopAtLevel=1)"
if [ "$major" -ge 25 ]; then
  "$java" "${base[@]}" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$work/bench.aot" -Xlog:aot=off -Xlog:cds=off \
    "${cmd[@]}" >/dev/null 2>&1 || true
  echo "  C1 + AOT cache:     $(time_runs "${base[@]}" -XX:TieredStopAtLevel=1 -XX:AOTCache="$work/bench.aot" -Xlog:aot=off -Xlog:cds=off)"
fi
python3 - "$work/out.json" <<'PY' 2>/dev/null || true
import json, sys
d = json.load(open(sys.argv[1]))
print("  checks: %d, %s; in-process time of the last run: %d ms" % (
    len(d["checks"]), ", ".join("%s %d" % kv for kv in d["counts"].items()), d["elapsedMillis"]))
PY
echo "Docker Bench for Security on this machine (research/cis-docker.md): ~32 s for the whole run with 22 containers;"
echo "it does not time sections separately."
