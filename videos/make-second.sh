#!/usr/bin/env bash
# Makes second.webm: a 6-second moving test pattern with a 660 Hz tone, VP9 and Opus, the
# second video of stage 04's fixtures. It differs from sample.mp4 in content, format and size,
# so a test that gets one video for the other fails.
# Needs ffmpeg (Debian package ffmpeg). Run it from any folder: ./videos/make-second.sh
set -euo pipefail

output="$(dirname "$0")/second.webm"

ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "testsrc=size=426x240:rate=25:duration=6" \
    -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=6" \
    -c:v libvpx-vp9 -b:v 150k -deadline good -cpu-used 4 -g 50 \
    -c:a libopus -b:a 48k \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    "$output"

echo "Wrote $output ($(stat -c %s "$output") bytes)" >&2
