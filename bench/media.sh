#!/usr/bin/env bash
# Interactive image viewer figures: anonymous requests/s of /media/{id} (an image with YouTube,
# Vimeo and text tags, consent screen showing) against a static image served by the same server,
# in alternating rounds; and the viewer with its page cache switched off (the WAR a second time in
# the same server with accord.viewer.cache-seconds=0, same database).
# Usage: bench/media.sh   (builds the WAR if missing; uses a throw-away H2 database)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ -f target/accord.war ] || mvn -B -q package -DskipTests
compile_drivers

rm -rf target/bench/cache-off && mkdir -p target/bench/cache-off/WEB-INF/classes/META-INF
echo "accord.viewer.cache-seconds=0" > target/bench/cache-off/WEB-INF/classes/META-INF/microprofile-config.properties
cp target/accord.war target/bench/on.war
cp target/accord.war target/bench/off.war
(cd target/bench/cache-off && jar uf ../off.war WEB-INF)

PORT=${PORT:-18085}
DATA=$(mktemp -d)
SERVER_PID=
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
start_server "$PORT" "target/bench/on.war target/bench/off.war" "$DATA"
java -cp "target/bench/driver:$BENCH_CP" MediaBench \
  "http://127.0.0.1:$PORT/on" "http://127.0.0.1:$PORT/off" "$BENCH_ADMIN" "$BENCH_PASSWORD"
