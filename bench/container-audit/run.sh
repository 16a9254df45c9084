#!/bin/sh
# Audit N containers (default 200) on the local engine and compare with the bare inspect calls.
# Creates (never starts) containers named trusty-bench-ctr-*, and removes them at the end.
# Needs: a running dockerd, busybox-free (the image is imported from a one-file tar), a built
# project (mvn -q compile) and Maven to print the classpath.
set -eu
N=${1:-200}
cd "$(dirname "$0")/../.."
IMAGE=trusty-bench-ctr/app:1.0
made_image=0
if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
  ctx=$(mktemp -d); echo bench > "$ctx/app"
  tar -C "$ctx" -cf - app | docker import --change 'CMD ["/app"]' - "$IMAGE" >/dev/null
  rm -rf "$ctx"; made_image=1
fi
cleanup() {
  docker ps -aq --filter name=trusty-bench-ctr- | xargs -r docker rm -f >/dev/null
  [ "$made_image" = 1 ] && docker rmi "$IMAGE" >/dev/null || true
}
trap cleanup EXIT
# a mix of hardened and insecure settings, cycled over the containers
set -- "--read-only --cap-drop ALL -u 1000 -m 64m --cpus .5 --pids-limit 50 --health-cmd true" \
       "--privileged -v /var/run/docker.sock:/var/run/docker.sock -p 80 --restart always" \
       "--cap-add SYS_ADMIN --security-opt seccomp=unconfined -e DB_PASSWORD=bench-secret-value --pid host" \
       "-v /etc:/host/etc:ro --device /dev/null --ulimit nofile=100:100 --sysctl kernel.msgmax=65536"
start=$(date +%s.%N)
i=0
while [ "$i" -lt "$N" ]; do
  flags=""
  k=$((i % 4 + 1)); eval "flags=\${$k}"
  # shellcheck disable=SC2086 # a list of flags on purpose
  docker create --name "trusty-bench-ctr-$i" $flags "$IMAGE" >/dev/null
  i=$((i + 1))
done
echo "created $N containers in $(echo "$(date +%s.%N) - $start" | bc) s"
cpfile=$(mktemp)
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
CP=target/classes:$(cat "$cpfile"); rm -f "$cpfile"
"${JAVA_HOME:-/usr}/bin/java" -cp "$CP" bench/container-audit/ContainerAuditBench.java trusty-bench-ctr- 5
