#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests (Debian's postgresql package, installed if
# missing): its own data folder and port, a role "guichet" allowed to create databases (each test
# makes its own and drops it), password authentication on 127.0.0.1. Prints the environment the
# tests read, as `export` lines, the last of them GUICHET_TEST_PG_URL. Runs as root (CI) or as a
# user who may run runuser; stop it with: runuser -u postgres -- pg_ctl -D DIR stop. Autovacuum is
# off: its workers, which only a superuser may end, would otherwise make the tests' DROP DATABASE
# ... WITH (FORCE) fail at random.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
port="${GUICHET_TEST_PG_PORT:-55432}"
dir="${GUICHET_TEST_PG_DIR:-/tmp/guichet-test-pg}"
password="guichet-test"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
as_pg() { runuser -u postgres -- "$@"; }

if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  if [ ! -f "$dir/PG_VERSION" ]; then
    rm -rf "$dir"
    install -d -o postgres -g postgres -m 0700 "$dir"
    pwfile="$(mktemp)"; echo postgres-test > "$pwfile"; chmod 644 "$pwfile"
    as_pg "$bin/initdb" -D "$dir" -A scram-sha-256 -U postgres --pwfile="$pwfile" -E UTF8 \
      --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  install -d -o postgres -g postgres "$dir/socket"
  as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o \
    "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c synchronous_commit=on -c fsync=on -c max_connections=200 -c autovacuum=off" \
    start >/dev/null
fi
export PGPASSWORD=postgres-test
psql() { "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'guichet'")" != 1 ]; then
  psql -c "CREATE ROLE guichet LOGIN CREATEDB PASSWORD '$password'"
fi
echo "export GUICHET_TEST_PG_BIN=$bin"
echo "export GUICHET_TEST_PG_USER=guichet"
echo "export GUICHET_TEST_PG_PASSWORD=$password"
echo "export GUICHET_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/postgres"
