#!/usr/bin/env bash
# Builds marketing-ops and runs it locally: PostgreSQL, Kafka, the four services and demo traffic.
# Options go to the launcher: --no-demo, --partitions marketing.activity=12. Ctrl-C stops everything; data is kept in .stack/.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building marketing-ops (the first run downloads dependencies and takes a few minutes)…"
set +e
./mvnw -B -ntp -DskipTests install 2>&1 | tee .build.log | grep --line-buffered -E '^\[INFO\] (Building |BUILD)' | sed -u 's/^\[INFO\] /  /'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  grep -E 'ERROR' .build.log | head -30
  echo "Build failed; the whole log is in .build.log"
  exit 1
fi
exec java -Dmarketingops.repository="$PWD" \
  -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/launcher.classpath)" \
  dev.marketingops.stack.LocalStack "$@"
