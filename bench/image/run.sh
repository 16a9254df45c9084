#!/usr/bin/env bash
# Image benchmark: `trusty image` on a >= 1 GB (uncompressed) image against plain `gzip -dc` of
# its layers. Usage: bench/image/run.sh [WORK_DIR] [TOTAL_MB]
# Prints wall time and peak RSS of both, and the ratio; numbers go to bench/image/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-/tmp/trusty-bench}"
mb="${2:-1100}"

[ -f "$work/image.tar" ] || python3 "$here/gen.py" "$work" "$mb"

java_home="${TRUSTY_JAVA_HOME:-${JAVA_HOME:-}}"
if [ -z "$java_home" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    [ -x "$candidate/bin/java" ] && { java_home="$candidate"; break; }
  done
fi
java="$java_home/bin/java"
major="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$java_home/release")"
opts=(-XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto)
[ "$major" -ge 23 ] && opts+=(--sun-misc-unsafe-memory-access=allow)
# BENCH_JAVA_OPTS: extra JVM options, split on spaces on purpose
read -r -a extra <<< "${BENCH_JAVA_OPTS:-}"
opts+=("${extra[@]}")

jar="$root/target/trusty.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && JAVA_HOME="$java_home" MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow" mvn -B -q -DskipTests package)
fi

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time" || true
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$name.time")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$name.time")"
  echo "$name: wall $wall, peak RSS $((rss / 1024)) MiB"
}

uncompressed=$(for f in "$work"/layers/*.tar.gz; do gzip -dc "$f" | wc -c; done | awk '{s+=$1} END {print int(s/1048576)}')
echo "image: $(du -m "$work/image.tar" | cut -f1) MiB archive, ${uncompressed} MiB uncompressed layers"
measure gzip sh -c "gzip -dc '$work'/layers/*.tar.gz > /dev/null"
measure trusty "$java" "${opts[@]}" -jar "$jar" image "$work/image.tar"
secs() { awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
g=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/gzip.time" | secs)
t=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/trusty.time" | secs)
echo "ratio trusty/gzip: $(awk -v t="$t" -v g="$g" 'BEGIN { printf "%.2f", t/g }')"
echo "findings:"; { grep -E '^ *(CRITICAL|HIGH|MEDIUM|LOW|INFO) ' "$work/trusty.out" || true; } | cut -c1-160 | head -20
tail -1 "$work/trusty.out"
