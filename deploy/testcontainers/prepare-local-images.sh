#!/usr/bin/env bash
# Prepares Docker for the Testcontainers path (-Dinfra=testcontainers) on a machine that cannot reach Docker Hub:
# installs docker.io and debootstrap if missing, starts dockerd if none runs, and builds local stand-ins for the
# images Testcontainers would pull: a Debian base (also tagged alpine:3.17 and alpine:latest, the images of
# Testcontainers' own checks), marketingops/postgres:15 and marketingops/kafka:<kafka.version>.
# Idempotent: what exists is kept. When Docker Hub answers, only the Docker steps run (the tests then use the
# official postgres and apache/kafka images); --force builds the stand-ins anyway.
# Usage (as root): deploy/testcontainers/prepare-local-images.sh [--force]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
base=marketingops/debian-base:bookworm
work=${TMPDIR:-/tmp}/marketingops-images
force=false
[ "${1:-}" = --force ] && force=true

step() { printf '\n== %s\n' "$*"; }

if ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null; then
    step "Installing docker.io and debootstrap"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io debootstrap
fi

if ! docker info >/dev/null 2>&1; then
    step "Starting dockerd (log: $work/dockerd.log; stop it with: kill \$(cat /var/run/docker.pid))"
    mkdir -p "$work"
    nohup dockerd > "$work/dockerd.log" 2>&1 &
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null
fi

# 401 is Docker Hub's answer to an anonymous /v2/ request: reachable.
if [ "$force" = false ] && [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' https://registry-1.docker.io/v2/ || true)" = 401 ]; then
    step "Docker Hub is reachable: Testcontainers pulls the official images; nothing to build (--force builds anyway)"
    exit 0
fi

has_image() { docker image inspect "$1" >/dev/null 2>&1; }

if ! has_image "$base"; then
    step "Building $base with debootstrap"
    # The machine's configured Debian mirror (deb822 or one-line sources), else deb.debian.org.
    mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 || true)
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    rootfs="$work/rootfs"
    rm -rf "$rootfs"
    mkdir -p "$rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb
    tar -C "$rootfs" -c . | docker import - "$base"
    rm -rf "$rootfs"
fi
for alias in alpine:3.17 alpine:latest; do
    has_image "$alias" || docker tag "$base" "$alias"
done

if ! has_image marketingops/postgres:15; then
    step "Building marketingops/postgres:15"
    docker build --network host -t marketingops/postgres:15 "$here/postgres"
fi

kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$repo/pom.xml" | head -1)
if ! has_image "marketingops/kafka:$kafka_version"; then
    step "Building marketingops/kafka:$kafka_version from the jars deploy/kafka-broker resolves"
    classpath_file="$repo/deploy/kafka-broker/target/classes/dev/marketingops/infra/kafka-broker.classpath"
    (cd "$repo" && ./mvnw -B -q -pl deploy/kafka-broker generate-resources)
    context="$work/kafka-context"
    rm -rf "$context"
    mkdir -p "$context/libs"
    cp "$here/kafka/Dockerfile" "$here/kafka/run" "$here/kafka/log4j2.xml" "$context/"
    tr ':' '\n' < "$classpath_file" | while read -r jar || [ -n "$jar" ]; do [ -n "$jar" ] && cp "$jar" "$context/libs/"; done
    docker build --network host -t "marketingops/kafka:$kafka_version" "$context"
    rm -rf "$context"
fi

step "Ready: run the tests with -Dinfra=testcontainers (see docs/testing.md)"
docker images --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep -E 'marketingops|alpine'
