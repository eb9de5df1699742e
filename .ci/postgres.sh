# A PostgreSQL cluster for the tests in a temporary folder, on a free port.
# Sourced by .ci/run: start_test_postgres exports TEST_POSTGRES_URL (a role that may create
# databases) and REQUIRE_POSTGRES=1, so the PostgreSQL specs cannot be skipped silently.
# Run directly, it runs a command with such a cluster, then removes it:
#   bash .ci/postgres.sh npm run db:migration
#   bash .ci/postgres.sh npx vitest run server/storage

start_test_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/bivalent-pg-XXXXXX")"
  PG_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  # initdb refuses to run as root: root runs the cluster as Debian's postgres user.
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  "${PG_AS[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
  "${PG_AS[@]}" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE bivalent LOGIN CREATEDB PASSWORD 'bivalent'" \
    -c "CREATE DATABASE bivalent OWNER bivalent TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
  export TEST_POSTGRES_URL="postgresql://bivalent:bivalent@127.0.0.1:$PG_PORT/bivalent"
  export REQUIRE_POSTGRES=1
  PG_BIN="$bin"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $PG_PORT ($PG_DIR)"
}

stop_test_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  start_test_postgres
  trap stop_test_postgres EXIT
  "$@"
fi
