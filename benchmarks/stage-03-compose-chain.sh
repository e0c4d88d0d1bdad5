#!/usr/bin/env bash
# Measures streaming a 200 MB video through video-streaming -> video-storage (disk backend)
# against reading it from video-storage directly, in one run, and each service's maximum RSS.
# Build the jars first (mvn -B -q -pl stage-03-compose/video-streaming,stage-03-compose/video-storage
#   -am package -DskipTests).
# Usage: benchmarks/stage-03-compose-chain.sh [rounds]   (default 5 rounds)
# Needs curl and a JDK 21+ as java on the PATH or in JAVA_HOME; uses ports 18401 and 18405
# unless STREAMING_PORT and STORAGE_PORT set others.
set -euo pipefail

stage="$(cd "$(dirname "${BASH_SOURCE[0]}")/../stage-03-compose" && pwd)"
rounds="${1:-5}"
streaming_port="${STREAMING_PORT:-18401}"
storage_port="${STORAGE_PORT:-18405}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
pids=()

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Waits up to 30 s for a service's readiness endpoint.
await_ready() {
    local port=$1 tries=0
    until curl -fs --noproxy '*' -o /dev/null "http://127.0.0.1:$port/observe/health/ready"; do
        tries=$((tries + 1))
        if ((tries > 150)); then
            echo "the service on port $port was not ready within 30 s" >&2
            exit 1
        fi
        sleep 0.2
    done
}

# Prints the download speed of one GET, in MB/s.
speed() {
    curl -fsS --noproxy '*' -o /dev/null -w '%{speed_download}' "$1" \
        | awk '{ printf "%.0f", $1 / 1000000 }'
}

max_rss_mb() {
    awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

mkdir "$work/videos"
head -c $((200 * 1024 * 1024)) /dev/urandom > "$work/videos/big.mp4"

SERVER_PORT=$storage_port APP_STORAGE_DIRECTORY="$work/videos" \
    "$java" -jar "$stage/video-storage/target/stage-03-compose-video-storage.jar" \
    > "$work/storage.log" 2>&1 &
pids+=($!)
storage_pid=$!
SERVER_PORT=$streaming_port APP_VIDEO_STORAGE_HOST=127.0.0.1 APP_VIDEO_STORAGE_PORT=$storage_port \
    "$java" -jar "$stage/video-streaming/target/stage-03-compose-video-streaming.jar" \
    > "$work/streaming.log" 2>&1 &
pids+=($!)
streaming_pid=$!
await_ready "$storage_port"
await_ready "$streaming_port"

direct="http://127.0.0.1:$storage_port/video?id=big.mp4"
chain="http://127.0.0.1:$streaming_port/video?id=big.mp4"
# Three warm-up requests each, so that the JIT has compiled the copy loops.
for _ in 1 2 3; do speed "$direct" > /dev/null; speed "$chain" > /dev/null; done

echo "round direct_MBps chain_MBps"
direct_total=0
chain_total=0
for round in $(seq 1 "$rounds"); do
    d=$(speed "$direct")
    c=$(speed "$chain")
    direct_total=$((direct_total + d))
    chain_total=$((chain_total + c))
    echo "$round $d $c"
done
echo "mean direct $((direct_total / rounds)) MB/s, chain $((chain_total / rounds)) MB/s," \
    "ratio $((100 * chain_total / direct_total))%"
echo "max RSS: video-storage $(max_rss_mb "$storage_pid") MB," \
    "video-streaming $(max_rss_mb "$streaming_pid") MB"
