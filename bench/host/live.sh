#!/usr/bin/env bash
# The whole `trusty bench` against the live engine, JVM start-up included, with N created containers
# (default 20 and 200) of mixed settings, through ./trusty (so with its start-up cache).
# Prints the median wall and CPU time of RUNS runs per N and the cost per container.
# Needs a running dockerd, the docker CLI and Debian's busybox-static; removes what it creates.
# Usage: bench/host/live.sh [RUNS] [N...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"; shift || true
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(0 20 200)
label="trusty.bench.live=1"
image="trusty-bench/busybox:latest"
work="$(mktemp -d)"
cleanup() {
  docker ps -aq --filter "label=$label" | xargs -r docker rm -f >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A registry-free image: static busybox with its applet links, imported as a root filesystem.
if ! docker image inspect "$image" >/dev/null 2>&1; then
  mkdir -p "$work/rootfs/bin"
  cp /bin/busybox "$work/rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do [ "$applet" = busybox ] || ln -s busybox "$work/rootfs/bin/$applet"; done
  tar -C "$work/rootfs" -cf - . | docker import - "$image" >/dev/null
fi
"$root/trusty" --version >/dev/null  # build and train the start-up cache outside the timings

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
have=0
options=("" "--privileged" "--read-only --cap-drop ALL -m 64m --pids-limit 50" "--pid host" "-v /etc:/host-etc:ro")
for n in "${counts[@]}"; do
  while [ "$have" -lt "$n" ]; do
    # shellcheck disable=SC2086 # the options are lists of flags on purpose
    docker create --label "$label" ${options[$((have % ${#options[@]}))]} "$image" sleep 60 >/dev/null
    have=$((have + 1))
  done
  : > "$work/wall"; : > "$work/cpu"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$root/trusty" bench -f json -o "$work/out.json" >/dev/null 2>&1 || true
    awk '{printf "%d\n", $1 * 1000}' "$work/t" >> "$work/wall"
    awk '{printf "%d\n", ($2 + $3) * 1000}' "$work/t" >> "$work/cpu"
  done
  total="$(docker ps -aq | wc -l)"
  printf "containers on the engine: %4d (created here: %4d)  wall median %5d ms  cpu median %5d ms\n" \
    "$total" "$n" "$(median < "$work/wall")" "$(median < "$work/cpu")"
done
