#!/usr/bin/env bash
# What matching an image's packages adds after the layer walk (goal: under 100 ms).
# Usage: bench/vuln/image.sh [ROOTFS (default: the tests' debootstrap bookworm tree)] [DB] [ROUNDS]
# Writes ROOTFS as a one-layer docker save archive, imports the test fixture advisories into a
# database unless DB is given, and runs ImageVulnBench.java in a fresh JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
rootfs="${1:-${TMPDIR:-/tmp}/trusty-rootfs-bookworm}"
work="${TMPDIR:-/tmp}/trusty-vuln-image-bench"
mkdir -p "$work"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=runtime
cp="target/classes:$(cat target/bench-classpath.txt)"
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "$cp")

if [ ! -f "$work/image.tar" ]; then
  python3 - "$rootfs" "$work" <<'PY'
import hashlib, io, json, sys, tarfile
rootfs, work = sys.argv[1], sys.argv[2]
layer = f"{work}/layer.tar"
with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as t:
    t.add(rootfs, arcname=".", recursive=True)
h = hashlib.sha256()
with open(layer, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
digest = h.hexdigest()
config = json.dumps({"architecture": "amd64", "os": "linux", "config": {"User": "1000"},
                     "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
                     "history": [{"created_by": "debootstrap"}]}).encode()
config_name = hashlib.sha256(config).hexdigest() + ".json"
manifest = json.dumps([{"Config": config_name, "RepoTags": ["bench/bookworm:1"],
                        "Layers": [digest + "/layer.tar"]}]).encode()
with tarfile.open(f"{work}/image.tar", "w") as t:
    for name, data in (("manifest.json", manifest), (config_name, config)):
        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    t.add(layer, arcname=digest + "/layer.tar")
PY
  rm -f "$work/layer.tar"
fi
db="${2:-$work/fixtures.db}"
if [ ! -f "$db" ]; then
  "${java[@]}" dev.trusty.cli.Main db import --db "$db" src/test/resources/vuln/debian-tracker.json src/test/resources/vuln/osv
fi
"${java[@]}" -Xmx512m bench/vuln/ImageVulnBench.java "$work/image.tar" "$db" "${3:-5}"

# End to end, each in a fresh JVM as a user runs it: the same image without a database (the
# vulnerability step is skipped after one warning: no inventory, no matching) and with one.
# Wall time on a shared machine is noisy: CPU time (user+sys) is printed too.
run() {
  /usr/bin/time -f "%e s wall, %U+%S s CPU" -o "$work/time.txt" \
    "${java[@]}" dev.trusty.cli.Main image "$work/image.tar" --db "$1" -q >/dev/null 2>&1 || true
  cat "$work/time.txt"
}
for _ in 1 2 3 4; do
  echo "trusty image, fresh JVM: no database: $(run "$work/absent.db"); with database: $(run "$db")"
done
