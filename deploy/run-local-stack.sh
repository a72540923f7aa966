#!/usr/bin/env bash
# Builds marketing-ops (only when a source file changed since the last good build) and runs it locally: PostgreSQL,
# Kafka, the four services and demo traffic.
# Options go to the launcher: --no-demo, --partitions marketing.activity=12. Ctrl-C stops everything; data is kept in .stack/.
# MARKETINGOPS_FORCE_BUILD=1 builds even when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
launched_ms=$(date +%s%3N)
mkdir -p .stack
stamp=.stack/build.stamp

# Path, size and mtime of every tracked or untracked-not-ignored file (poms, sources, resources, this script).
source_hash() {
  # Outside a git checkout nothing can be compared: a value that never matches forces the build.
  git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "no-git-$(date +%s%N)"; return; }
  git ls-files -z --cached --others --exclude-standard 2>/dev/null \
    | xargs -0 -r stat --printf '%n %s %Y\n' 2>/dev/null | sha256sum | cut -d' ' -f1
}
outputs_present() {
  for module in roadmap-service campaign-service metrics-service feedback-service; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || return 1
  done
  [ -f deploy/local-stack/target/launcher.classpath ] && [ -d deploy/local-stack/target/classes ]
}

hash=$(source_hash)
if [ -z "${MARKETINGOPS_FORCE_BUILD:-}" ] && [ -f "$stamp" ] && [ "$(head -1 "$stamp")" = "$hash" ] && outputs_present; then
  echo "Build skipped (nothing changed since $(sed -n 2p "$stamp"))."
  build_ms=0
else
  echo "Building marketing-ops (the first run downloads dependencies and takes a few minutes)…"
  # AppCDS archives (target/quarkus-app/app-cds.jsa) make the services start faster; generating one starts each
  # service's JVM up to static init (no database or broker needed), so only the stack's build pays for it.
  set +e
  ./mvnw -B -ntp -DskipTests -Dquarkus.package.jar.appcds.enabled=true install 2>&1 | tee .build.log \
    | grep --line-buffered -E '^\[INFO\] (Building |BUILD)' | sed -u 's/^\[INFO\] /  /'
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    rm -f "$stamp"
    grep -E 'ERROR' .build.log | head -30
    echo "Build failed; the whole log is in .build.log"
    exit 1
  fi
  build_ms=$(( $(date +%s%3N) - launched_ms ))
  printf '%s\n%s\n' "$hash" "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" > "$stamp"
  echo "Build took $((build_ms / 1000)) s."
fi
# C1 only (-XX:TieredStopAtLevel=1): on a busy machine C2 compiles compete with the start for CPU; a demo stack does not
# need C2's peak speed (measured in docs/benchmarks.md). MARKETINGOPS_SERVICE_JVM_OPTIONS replaces it.
exec java -Dmarketingops.repository="$PWD" -Dmarketingops.launched="$launched_ms" -Dmarketingops.build-ms="$build_ms" \
  -Dmarketingops.service-jvm-options="${MARKETINGOPS_SERVICE_JVM_OPTIONS--XX:TieredStopAtLevel=1}" \
  -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/launcher.classpath)" \
  dev.marketingops.stack.LocalStack "$@"
