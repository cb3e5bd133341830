#!/usr/bin/env bash
# Policy and ledger figures, each against a baseline measured in the same run:
#   gate    requests/s of an authenticated page, acceptance gate on vs switched off by configuration:
#           the WAR twice in one server (/on, and /off with accord.gate.enabled=false in its
#           microprofile-config.properties), same database, measured in alternating rounds
#   ledger  consent-ledger appends/s with 1, 8 and 32 writers vs raw JDBC INSERTs of rows of the same
#           shape into a table with the same constraints, same database
#   lookup  p99 of "which version had user X accepted at T" with EVENTS (default 1,000,000) events
#   notify  the legal notice of a new policy version to ACCOUNTS (default 10,000) account holders,
#           mails/s to a local SMTP server (GreenMail in its own process) vs plain Jakarta Mail sends
# Usage: bench/policy.sh [gate|ledger|lookup|notify|all]
# The ledger and lookup modes deploy a copy of the WAR with bench/src added (a benchmark-only
# resource under /api/v1/bench); each server has its own throw-away H2 database.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

MODE=${1:-all}
EVENTS=${EVENTS:-1000000}
ACCOUNTS=${ACCOUNTS:-10000}
[ -f target/accord.war ] || mvn -B -q package -DskipTests
compile_drivers

# The benchmark WAR: accord.war plus the bench resource.
rm -rf target/bench/war && mkdir -p target/bench/war/WEB-INF/classes
javac -d target/bench/war/WEB-INF/classes -cp "target/classes:$BENCH_CP" $(find bench/src -name '*.java')
cp target/accord.war target/bench/accord-bench.war
(cd target/bench/war && jar uf ../accord-bench.war WEB-INF)

PIDS=()
DIRS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  for d in "${DIRS[@]}"; do rm -rf "$d"; done
}
trap cleanup EXIT

# The WAR as is, and with the gate switched off by its own configuration.
rm -rf target/bench/gate-off && mkdir -p target/bench/gate-off/WEB-INF/classes/META-INF
echo "accord.gate.enabled=false" > target/bench/gate-off/WEB-INF/classes/META-INF/microprofile-config.properties
cp target/accord.war target/bench/on.war
cp target/accord.war target/bench/off.war
(cd target/bench/gate-off && jar uf ../off.war WEB-INF)

server() { # PORT WARS [VAR=value ...]
  local port=$1 wars=$2; shift 2
  local data; data=$(mktemp -d); DIRS+=("$data")
  start_server "$port" "$wars" "$data" "$@"
  PIDS+=("$SERVER_PID")
}

run() { java -cp "target/bench/driver:$BENCH_CP" PolicyBench "$@"; }

if [ "$MODE" = gate ] || [ "$MODE" = all ]; then
  echo "== (a) acceptance gate overhead"
  server 18081 "target/bench/on.war target/bench/off.war"
  run gate http://127.0.0.1:18081/on http://127.0.0.1:18081/off "$BENCH_ADMIN" "$BENCH_PASSWORD"
  cleanup; PIDS=(); DIRS=()
fi
if [ "$MODE" = ledger ] || [ "$MODE" = all ]; then
  echo "== (b) ledger appends vs raw JDBC inserts"
  server 18083 target/bench/accord-bench.war
  run ledger http://127.0.0.1:18083 "$BENCH_ADMIN" "$BENCH_PASSWORD"
  cleanup; PIDS=(); DIRS=()
fi
if [ "$MODE" = lookup ] || [ "$MODE" = all ]; then
  echo "== (c) point-in-time acceptance lookup"
  server 18084 target/bench/accord-bench.war
  run lookup http://127.0.0.1:18084 "$BENCH_ADMIN" "$BENCH_PASSWORD" "$EVENTS"
  cleanup; PIDS=(); DIRS=()
fi
if [ "$MODE" = notify ] || [ "$MODE" = all ]; then
  echo "== (d) legal notice of a policy version to $ACCOUNTS account holders"
  java -cp "target/bench/driver:$BENCH_CP" SmtpSink 3025 > /dev/null &
  PIDS+=("$!")
  server 18085 target/bench/accord-bench.war ACCORD_SMTP_HOST=127.0.0.1 ACCORD_SMTP_PORT=3025
  run notify http://127.0.0.1:18085 "$BENCH_ADMIN" "$BENCH_PASSWORD" "$ACCOUNTS"
  cleanup; PIDS=(); DIRS=()
fi
