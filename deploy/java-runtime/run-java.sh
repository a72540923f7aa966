#!/bin/bash
# Stand-in for the UBI OpenJDK images' run-java.sh: the same variables, with the defaults that image documents.
# JAVA_OPTS, when set, replaces everything; otherwise the heap is JAVA_MAX_MEM_RATIO % of the container's memory
# (0 leaves it to the JVM), the collector GC_CONTAINER_OPTIONS with the GC_* sizing knobs, then JAVA_OPTS_APPEND.
set -euo pipefail

options=()
if [ -n "${JAVA_OPTS+set}" ]; then
    read -r -a options <<< "$JAVA_OPTS"
else
    ratio=${JAVA_MAX_MEM_RATIO:-80}
    # Only the whole number counts, as in the UBI script.
    ratio=${ratio%%.*}
    if [ "$ratio" != 0 ]; then
        options+=("-XX:MaxRAMPercentage=$ratio")
    fi
    read -r -a gc <<< "${GC_CONTAINER_OPTIONS:--XX:+UseParallelGC}"
    options+=("${gc[@]}"
        "-XX:MinHeapFreeRatio=${GC_MIN_HEAP_FREE_RATIO:-10}"
        "-XX:MaxHeapFreeRatio=${GC_MAX_HEAP_FREE_RATIO:-20}"
        "-XX:GCTimeRatio=${GC_TIME_RATIO:-4}"
        "-XX:AdaptiveSizePolicyWeight=${GC_ADAPTIVE_SIZE_POLICY_WEIGHT:-90}")
    if [ -n "${GC_MAX_METASPACE_SIZE:-}" ]; then
        options+=("-XX:MaxMetaspaceSize=${GC_MAX_METASPACE_SIZE}m")
    fi
    if [ -n "${GC_METASPACE_SIZE:-}" ]; then
        options+=("-XX:MetaspaceSize=${GC_METASPACE_SIZE}m")
    fi
    options+=("-XX:+ExitOnOutOfMemoryError")
    read -r -a append <<< "${JAVA_OPTS_APPEND:-}"
    options+=("${append[@]}")
fi

cd "${JAVA_APP_DIR:-/deployments}"
echo "run-java.sh: exec java ${options[*]} -jar ${JAVA_APP_JAR:?JAVA_APP_JAR names the jar to run} $*"
exec java "${options[@]}" -jar "$JAVA_APP_JAR" "$@"
