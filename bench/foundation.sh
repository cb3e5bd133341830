#!/usr/bin/env bash
# Foundation figures: boot to first 200, idle RSS, and sign-in latency at the configured
# Argon2id cost as a ratio against rendering the front page in the same run.
# Usage: bench/foundation.sh   (builds the WAR if missing; uses a throw-away data directory)
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f target/accord.war ] || mvn -B -q package -DskipTests
PORT=${PORT:-18080}
DATA=$(mktemp -d)
PASSWORD="quiet lantern meadow river"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

START=$(date +%s%N)
ACCORD_DB_URL="jdbc:h2:file:$DATA/accord;DB_CLOSE_ON_EXIT=FALSE" \
ACCORD_ADMIN_EMAIL=bench@accord.test ACCORD_ADMIN_PASSWORD="$PASSWORD" \
java -Dhazelcast.phone.home.enabled=false -jar "target/payara-micro-${PAYARA_VERSION:-6.2025.10}.jar" \
  --deploy target/accord.war --contextroot / --port "$PORT" --nocluster --disablephonehome \
  --prebootcommandfile src/main/payara/pre-boot.asadmin \
  --postbootcommandfile src/main/payara/post-boot.asadmin > "$DATA/server.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" = 200 ]; do
  kill -0 "$PID" 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
  sleep 0.2
done
END=$(date +%s%N)
echo "boot to first 200: $(( (END - START) / 1000000 )) ms"

sleep 10
echo "RSS idle after first request: $(( $(ps -o rss= -p "$PID") / 1024 )) MiB"

java bench/FoundationBench.java "http://127.0.0.1:$PORT" bench@accord.test "$PASSWORD" 40
echo "RSS after the run: $(( $(ps -o rss= -p "$PID") / 1024 )) MiB"
