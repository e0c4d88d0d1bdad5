#!/usr/bin/env bash
# Builds the video-streaming image and tags it with the git commit it was built from.
#   stage-02-docker/scripts/build-image.sh
# Settings, all optional, as environment variables:
#   REGISTRY        prefix of the image name, such as myregistry.azurecr.io (default: none)
#   IMAGE_NAME      repository name of the image (default: video-streaming)
#   VERSION         tag (default: the short commit hash, plus -dirty when the checkout has changes)
#   FLIXTUBE_BUILD_IMAGE, FLIXTUBE_RUNTIME_IMAGE
#                   base images to use in place of the Dockerfile's upstream defaults
# Docker's progress goes to stderr; stdout gets one line, the image reference built.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

image_name=${IMAGE_NAME:-video-streaming}
version=${VERSION:-}
if [[ -z $version ]]; then
    if ! version=$(git rev-parse --short HEAD 2>/dev/null); then
        echo "build-image.sh: cannot read the commit of $root, which is not a git checkout;" \
            "set VERSION to the tag to use" >&2
        exit 1
    fi
    if [[ -n $(git status --porcelain 2>/dev/null) ]]; then
        version="$version-dirty"
    fi
fi
image="${REGISTRY:+$REGISTRY/}$image_name:$version"

build_args=()
if [[ -n ${FLIXTUBE_BUILD_IMAGE:-} ]]; then
    build_args+=(--build-arg "BUILD_IMAGE=$FLIXTUBE_BUILD_IMAGE")
fi
if [[ -n ${FLIXTUBE_RUNTIME_IMAGE:-} ]]; then
    build_args+=(--build-arg "RUNTIME_IMAGE=$FLIXTUBE_RUNTIME_IMAGE")
fi

echo "build-image.sh: building $image" >&2
docker build "${build_args[@]}" \
    --file stage-02-docker/video-streaming/Dockerfile \
    --tag "$image" \
    . >&2
echo "$image"
