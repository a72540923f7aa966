#!/usr/bin/env bash
# Builds the four services' container images (each service's src/main/docker/Dockerfile.jvm) as
# marketing-ops/<service>:<tag>. The base is the UBI OpenJDK runtime the Dockerfiles name; where the Red Hat registry
# does not answer, it is a local stand-in, marketingops/openjdk-17-runtime:1.23 (deploy/java-runtime: Debian's JRE 17
# and a run-java.sh with the same variables), built here if missing on the Debian base that
# deploy/testcontainers/prepare-local-images.sh makes (that script also installs and starts Docker).
# Usage (as root where Docker needs it): deploy/build-service-images.sh [--no-build] [--tag <tag>]   (tag: dev)
#   --no-build  use the services' existing target/quarkus-app instead of packaging them first
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tag=dev
build=true
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=false ;;
        --tag) tag=${2:?--tag wants a tag}; shift ;;
        *) echo "Unknown option $1; options: --no-build | --tag <tag>" >&2; exit 2 ;;
    esac
    shift
done
services=(roadmap-service campaign-service metrics-service feedback-service)

step() { printf '\n== %s\n' "$*"; }

if [ "$build" = true ]; then
    step "Packaging the services"
    (cd "$repo" && ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${services[*]}")" -am)
fi

has_image() { docker image inspect "$1" >/dev/null 2>&1; }

# 401 or 200 from /v2/ means the registry answers; anything else (no route, timeout) means use the stand-in.
build_args=()
answer=$(curl -s -m 10 -o /dev/null -w '%{http_code}' https://registry.access.redhat.com/v2/ || true)
if [ "$answer" != 200 ] && [ "$answer" != 401 ]; then
    runtime=marketingops/openjdk-17-runtime:1.23
    if ! has_image "$runtime"; then
        if ! docker info >/dev/null 2>&1 || ! has_image marketingops/debian-base:bookworm; then
            "$repo/deploy/testcontainers/prepare-local-images.sh" --force
        fi
        step "Building $runtime (stand-in for the UBI OpenJDK runtime)"
        docker build --network host -t "$runtime" "$repo/deploy/java-runtime"
    fi
    step "registry.access.redhat.com does not answer: building on the stand-in $runtime"
    build_args=(--build-arg "JAVA_RUNTIME_IMAGE=$runtime")
fi

for service in "${services[@]}"; do
    step "Building marketing-ops/$service:$tag"
    docker build --network host "${build_args[@]}" -f "$repo/$service/src/main/docker/Dockerfile.jvm" \
        -t "marketing-ops/$service:$tag" "$repo/$service"
done

step "Built"
docker images --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep -E "^marketing-ops/.*:$tag "
