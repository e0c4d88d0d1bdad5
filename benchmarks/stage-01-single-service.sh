#!/usr/bin/env bash
# Measures stage 01's video-streaming service on this machine, all on 127.0.0.1:
#   1. time from process start to the first successful response (median of 5 starts),
#   2. resident memory (RSS) idle and after 1,000 requests for the sample video,
#   3. throughput of a 200 MB download from the service and from nginx serving the same file,
#      alternating, 5 rounds each. The result is the ratio of the medians.
# Needs: a built stage (mvn -B -q -DskipTests -pl stage-01-single-service/video-streaming -am
# package), curl, and nginx (Debian's nginx-light) on the PATH or in /usr/sbin.
# Usage: benchmarks/stage-01-single-service.sh [work folder, default: a new temporary one]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/stage-01-single-service/video-streaming/target/stage-01-single-service-video-streaming.jar"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
java="${JAVA:-$(command -v java)}"
service_port=18001
nginx_port=18081
rounds=5

[[ -f "$jar" ]] || { echo "Build the stage first: $jar is missing." >&2; exit 1; }
"$java" -version 2>&1 | head -1 >&2

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ -f "$work/nginx.pid" ]]; then
        kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    fi
}
trap cleanup EXIT

median() {
    sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'
}

rss_kib() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# Starts the service on $service_port with video $1; sets service_pid.
start_service() {
    APP_VIDEO_PATH="$1" SERVER_PORT=$service_port "$java" -jar "$jar" >"$work/service.log" 2>&1 &
    service_pid=$!
    pids+=("$service_pid")
}

stop_service() {
    kill "$service_pid"
    wait "$service_pid" 2>/dev/null || true
}

echo "## Start to first response" >&2
for _ in $(seq "$rounds"); do
    start_ns=$(date +%s%N)
    start_service "$root/videos/sample.mp4"
    for _ in $(seq 300); do
        curl -fsS -o /dev/null "http://127.0.0.1:$service_port/video" 2>/dev/null && break
        sleep 0.01
    done
    echo $(( ($(date +%s%N) - start_ns) / 1000000 ))
    stop_service
done | median | sed 's/^/start_to_first_response_ms=/'

echo "## Memory" >&2
start_service "$root/videos/sample.mp4"
until curl -fsS -o /dev/null "http://127.0.0.1:$service_port/video" 2>/dev/null; do sleep 0.05; done
sleep 2
echo "rss_idle_kib=$(rss_kib "$service_pid")"
for _ in $(seq 1000); do
    printf 'url = "http://127.0.0.1:%s/video"\noutput = "/dev/null"\n' "$service_port"
done >"$work/requests.curl"
curl -fsS --no-progress-meter --parallel --parallel-max 50 --config "$work/requests.curl"
echo "rss_after_1000_requests_kib=$(rss_kib "$service_pid")"
stop_service

echo "## Throughput, 200 MB" >&2
big="$work/big.mp4"
[[ -f "$big" ]] || head -c 200M /dev/urandom >"$big"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    types { video/mp4 mp4; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $work;
    }
}
NGINX
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
"$nginx_bin" -c "$work/nginx.conf"
start_service "$big"
until curl -fsS -o /dev/null "http://127.0.0.1:$service_port/video" 2>/dev/null; do sleep 0.05; done
for _ in $(seq "$rounds"); do
    service=$(curl -fsS -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$service_port/video")
    nginx=$(curl -fsS -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$nginx_port/big.mp4")
    echo "$service $nginx" >>"$work/throughput.txt"
done
service_median=$(awk '{ print $1 }' "$work/throughput.txt" | median)
nginx_median=$(awk '{ print $2 }' "$work/throughput.txt" | median)
echo "service_mib_per_s=$(awk -v b="$service_median" 'BEGIN { printf "%.0f", b / 1048576 }')"
echo "nginx_mib_per_s=$(awk -v b="$nginx_median" 'BEGIN { printf "%.0f", b / 1048576 }')"
echo "service_to_nginx_ratio=$(awk -v s="$service_median" -v n="$nginx_median" 'BEGIN { printf "%.2f", s / n }')"
echo "rss_during_200mb_streams_kib=$(rss_kib "$service_pid")"
