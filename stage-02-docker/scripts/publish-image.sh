#!/usr/bin/env bash
# Builds the video-streaming image, tags it with the git commit, and pushes it to a registry.
#   REGISTRY=myregistry.azurecr.io stage-02-docker/scripts/publish-image.sh
# Settings, as environment variables:
#   REGISTRY            the registry's host name, with :port when it has one (required)
#   REGISTRY_USERNAME   user for docker login; without it the script does not log in, as for
#                       a local registry or after `az acr login`
#   REGISTRY_PASSWORD   password for docker login, required with REGISTRY_USERNAME; the
#                       script logs out again when it ends
#   IMAGE_NAME, VERSION, FLIXTUBE_BUILD_IMAGE, FLIXTUBE_RUNTIME_IMAGE: as in build-image.sh
# Progress goes to stderr; stdout gets one line, the pushed image as REGISTRY/IMAGE_NAME@DIGEST.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ -z ${REGISTRY:-} ]]; then
    echo "publish-image.sh: set REGISTRY to the registry to push to, such as" \
        "myregistry.azurecr.io or 127.0.0.1:5000" >&2
    exit 1
fi
if [[ $REGISTRY == *://* || $REGISTRY == */* ]]; then
    echo "publish-image.sh: invalid REGISTRY '$REGISTRY': give the host name, with :port when" \
        "it has one, without a scheme or path, such as myregistry.azurecr.io" >&2
    exit 1
fi
export REGISTRY
if [[ -n ${REGISTRY_USERNAME:-} && -z ${REGISTRY_PASSWORD:-} ]]; then
    echo "publish-image.sh: REGISTRY_USERNAME is set but REGISTRY_PASSWORD is missing:" \
        "set REGISTRY_PASSWORD, or unset REGISTRY_USERNAME to push without logging in" >&2
    exit 1
fi
if [[ -z ${REGISTRY_USERNAME:-} && -n ${REGISTRY_PASSWORD:-} ]]; then
    echo "publish-image.sh: REGISTRY_PASSWORD is set but REGISTRY_USERNAME is missing:" \
        "set REGISTRY_USERNAME too, or unset REGISTRY_PASSWORD to push without logging in" >&2
    exit 1
fi

image=$("$scripts/build-image.sh")

if [[ -n ${REGISTRY_USERNAME:-} ]]; then
    echo "publish-image.sh: logging in to $REGISTRY as $REGISTRY_USERNAME" >&2
    # Through stdin, so that the password shows neither in the process list nor in the history.
    printf '%s' "$REGISTRY_PASSWORD" \
        | docker login --username "$REGISTRY_USERNAME" --password-stdin "$REGISTRY" >&2
    # docker login stores the credentials in ~/.docker/config.json; remove them when done.
    trap 'docker logout "$REGISTRY" >&2 || true' EXIT
fi

echo "publish-image.sh: pushing $image" >&2
docker push "$image" >&2

# The digest names the pushed content. Unlike a tag, it always points at the same image.
repository=${image%:*}
digest=$(docker image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$image" \
    | awk -v prefix="$repository@" 'index($0, prefix) == 1 && !found { print; found = 1 }')
if [[ -z $digest ]]; then
    echo "publish-image.sh: docker push did not record a digest for $image" >&2
    exit 1
fi
echo "publish-image.sh: pushed $digest" >&2
echo "$digest"
