#!/usr/bin/env bash
# Times the host part of `trusty bench` on this machine, JVM start-up included: every host check of
# sections 1-4, 6, 7 and the Trusty checks (no engine client is wired yet, so engine checks are
# skipped and cost nothing). Runs the command RUNS times cold-ish (page cache warm) in three JVM set-ups:
# plain, C1-only, and C1 with an AOT cache trained on the bench itself (JDK >= 25).
# Usage: bench/host/run.sh [RUNS]   (default 10). Needs a JDK >= 21 and Maven for the first build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
aot=""
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
cmd=(-jar "$jar" bench -f json -o "$work/out.json")

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

make_engine_dir() {
  local n="$1" dir="$work/engine-$1"
  mkdir -p "$dir"
  if [ -S /var/run/docker.sock ] && command -v curl >/dev/null; then
    curl -sf --unix-socket /var/run/docker.sock http://localhost/v1.41/info > "$dir/info.json" || rm -f "$dir/info.json"
    curl -sf --unix-socket /var/run/docker.sock http://localhost/v1.41/version > "$dir/version.json" || rm -f "$dir/version.json"
  fi
  python3 - "$dir" "$n" <<'PY'
import json, sys
d, n = sys.argv[1], int(sys.argv[2])
containers, images, histories = [], [], {}
for i in range(n):
    image_id = "sha256:%064x" % i
    containers.append({"Id": "%064x" % (i + 10**6), "Name": "/seed-%d" % i, "Image": image_id,
        "State": {"Status": "running" if i % 4 else "exited", "Running": bool(i % 4)},
        "Config": {"User": "" if i % 2 else "10001", "Env": ["PATH=/bin", "API_TOKEN=x"], "Labels": {}},
        "HostConfig": {"Privileged": i % 10 == 0, "CapAdd": ["CAP_SYS_ADMIN"] if i % 5 == 0 else None,
                       "NetworkMode": "default", "SecurityOpt": None, "PidsLimit": None}})
    images.append({"Id": image_id, "RepoTags": ["seed/app-%d:latest" % i],
        "Config": {"Env": ["PATH=/bin", "DB_PASSWORD=x"] if i % 3 == 0 else ["PATH=/bin"], "Healthcheck": None}})
    histories[image_id] = [{"CreatedBy": "/bin/sh -c apt-get update"}, {"CreatedBy": "/bin/sh -c #(nop) ADD app.tar /srv"},
                           {"CreatedBy": "/bin/sh -c #(nop) ADD file:base in / "}]
for name, value in (("containers", containers), ("images", images), ("histories", histories)):
    json.dump(value, open("%s/%s.json" % (d, name), "w"))
PY
}

make_engine_dir 20
make_engine_dir 200

echo "trusty bench (host part), $runs runs each, JDK $major, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  plain JVM:          $(time_runs "${base[@]}")"
echo "  C1 only:            $(time_runs "${base[@]}" -XX:TieredStopAtLevel=1)"
if [ "$major" -ge 25 ]; then
  # trained on a run with engine facts, so the JSON classes are archived as well as the host checks
  "$java" "${base[@]}" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$work/bench.aot" -Xlog:aot=off -Xlog:cds=off \
    -jar "$jar" bench --check all --engine-json "$work/engine-20" -f json -o "$work/train.json" \
    >/dev/null 2>&1 || true
  aot="$work/bench.aot"
  echo "  C1 + AOT cache:     $(time_runs "${base[@]}" -XX:TieredStopAtLevel=1 -XX:AOTCache="$work/bench.aot" -Xlog:aot=off -Xlog:cds=off)"
fi
python3 - "$work/out.json" <<'PY' 2>/dev/null || true
import json, sys
d = json.load(open(sys.argv[1]))
print("  checks: %d, %s; in-process time (facts + checks) of the last run: %d ms" % (
    len(d["checks"]), ", ".join("%s %d" % kv for kv in d["counts"].items()), d["elapsedMillis"]))
PY

# With engine facts: /info and /version captured read-only from the local daemon when there is one,
# plus N synthetic containers and images, replayed with --engine-json. This times the bench's own
# work per container (4.1, 6.x, C.5.3.x over inspect JSON), not the Engine API calls, which the
# engine client makes.
for n in 20 200; do
  dir="$work/engine-$n"
  cmd=(-jar "$jar" bench --check all --engine-json "$dir" -f json -o "$work/out.json")
  echo "  with engine facts, $n containers + $n images, C1 + AOT: $(time_runs "${base[@]}" -XX:TieredStopAtLevel=1 ${aot:+-XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off})"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("    checks: %d; in-process time (facts + checks) of the last run: %d ms" % (len(d["checks"]), d["elapsedMillis"]))' "$work/out.json"
done
echo "Docker Bench for Security on this machine (research/cis-docker.md): ~32 s for the whole run with 22 containers"
echo "(19 running); it does not time sections separately, and nearly all of it is docker CLI start-ups."
