#!/usr/bin/env bash
# Foundation figures: boot to first 200, idle RSS, and sign-in latency at the configured
# Argon2id cost as a ratio against rendering the front page in the same run.
# Usage: bench/foundation.sh   (builds the WAR if missing; uses a throw-away data directory)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ -f target/accord.war ] || mvn -B -q package -DskipTests
compile_drivers
PORT=${PORT:-18080}
DATA=$(mktemp -d)
SERVER_PID=
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

START=$(date +%s%N)
start_server "$PORT" target/accord.war "$DATA"
END=$(date +%s%N)
echo "boot to first 200: $(( (END - START) / 1000000 )) ms"

sleep 10
echo "RSS idle after first request: $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MiB"

java -cp target/bench/driver FoundationBench "http://127.0.0.1:$PORT" "$BENCH_ADMIN" "$BENCH_PASSWORD" 40
echo "RSS after the run: $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MiB"
