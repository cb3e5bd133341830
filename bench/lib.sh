# Shared by the benchmark scripts: start a Payara Micro on its own throw-away H2 database and wait
# until it answers. Usage: start_server PORT WARS DATA_DIR [VAR=value ...]
# WARS is one WAR (deployed at /) or several separated by spaces (each at /<file name>).
# With DB=postgresql the server uses a fresh schema bench_<port> of the database test on
# 127.0.0.1:5432 (created with psql) instead of H2.
# Sets SERVER_PID; the caller kills it.

PAYARA_JAR="target/payara-micro-${PAYARA_VERSION:-6.2025.10}.jar"
BENCH_PASSWORD="quiet lantern meadow river"
BENCH_ADMIN=bench@accord.test

start_server() {
  local port=$1 wars=$2 data=$3 deploy=() probe=/
  shift 3
  for war in $wars; do deploy+=(--deploy "$war"); done
  if [ "${#deploy[@]}" = 2 ]; then
    deploy+=(--contextroot /)
  else
    probe="/$(basename "${deploy[1]}" .war)/"
  fi
  local db=(ACCORD_DB_URL="jdbc:h2:file:$data/accord;DB_CLOSE_ON_EXIT=FALSE") libs=()
  if [ "${DB:-h2}" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres -d test \
      -c "DROP SCHEMA IF EXISTS bench_$port CASCADE; CREATE SCHEMA bench_$port"
    db=(ACCORD_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_$port"
      ACCORD_DB_DRIVER=org.postgresql.Driver ACCORD_DB_USER=postgres ACCORD_DB_PASSWORD=trust-auth-ignores-it)
    libs=(--addlibs target/lib/postgresql.jar)
  fi
  env "${db[@]}" ACCORD_ADMIN_EMAIL=$BENCH_ADMIN ACCORD_ADMIN_PASSWORD="$BENCH_PASSWORD" "$@" \
    java -Xmx2g -Dhazelcast.phone.home.enabled=false -jar "$PAYARA_JAR" \
    "${deploy[@]}" "${libs[@]}" --port "$port" --nocluster --disablephonehome \
    --prebootcommandfile src/main/payara/pre-boot.asadmin \
    --postbootcommandfile src/main/payara/post-boot.asadmin > "$data/server.log" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 180))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$probe" || true)" = 200 ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null || [ "$SECONDS" -gt "$deadline" ]; then
      tail -n 60 "$data/server.log"
      echo "the server on port $port did not answer" >&2
      return 1
    fi
    sleep 0.2
  done
}

# Compiles the load drivers in bench/driver/ into target/bench/driver; BENCH_CP is the project's
# dependency classpath (GreenMail for the SMTP sink, the APIs for the benchmark-only resources).
compile_drivers() {
  mkdir -p target/bench/driver
  BENCH_CP=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
  javac -d target/bench/driver -cp "$BENCH_CP" bench/driver/*.java
}
