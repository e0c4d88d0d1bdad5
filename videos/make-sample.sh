#!/usr/bin/env bash
# Makes sample.mp4: a 10-second test pattern with a 440 Hz tone, H.264 baseline and AAC,
# with the index (moov atom) first so that a browser can start playing before the end arrives.
# Needs ffmpeg (Debian package ffmpeg). Run it from any folder: ./videos/make-sample.sh
set -euo pipefail

output="$(dirname "$0")/sample.mp4"

ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "testsrc2=size=640x360:rate=25:duration=10" \
    -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=10" \
    -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -b:v 160k -g 50 \
    -c:a aac -b:a 64k \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -movflags +faststart \
    "$output"

echo "Wrote $output ($(stat -c %s "$output") bytes)" >&2
