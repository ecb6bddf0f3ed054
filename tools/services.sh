#!/usr/bin/env bash
# Starts and stops the PostgreSQL and Redis servers the scale tests and
# benchmarks use: Debian 12's postgresql (15) and redis-server (7.0), run as
# plain processes on loopback with their data in a folder of their own (no
# system service is touched).
#
#   tools/services.sh start   # prints the URLs as shell assignments
#   tools/services.sh stop
#   tools/services.sh env     # the URLs again
#   tools/services.sh restart-postgres | restart-redis   # (tests: fault injection)
#
# Settings: CROSSCHECK_SERVICES_DIR (default /tmp/crosscheck-services-$PG_PORT),
# CROSSCHECK_PG_PORT (55432), CROSSCHECK_REDIS_PORT (56379).
# PostgreSQL refuses to run as root: under root it runs as the `postgres`
# user the Debian package creates. Redis runs with the persistence a
# deployment needs for "nothing acknowledged is lost" (docs/SCALE.md):
# appendonly yes, appendfsync always.
set -euo pipefail
PG_PORT=${CROSSCHECK_PG_PORT:-55432}
REDIS_PORT=${CROSSCHECK_REDIS_PORT:-56379}
DIR=${CROSSCHECK_SERVICES_DIR:-/tmp/crosscheck-services-$PG_PORT}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
PGDATA=$DIR/pg
PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/crosscheck"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

as_pg() {  # runs a command as the postgres user when we are root
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  [ -x "$PGBIN/postgres" ] || { echo "services: PostgreSQL is not installed (tools/setup.sh)" >&2; exit 1; }
  mkdir -p "$DIR"
  chmod 755 "$DIR"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
      { cat "$DIR/initdb.log"; exit 1; }
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PGDATA -c shared_buffers=128MB -c max_connections=200" \
      >/dev/null || { tail -20 "$PGDATA/server.log"; exit 1; }
  fi
  for _ in $(seq 1 100); do
    "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q && break
    sleep 0.1
  done
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='crosscheck'" |
    grep -q 1 || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE crosscheck" >/dev/null
}

stop_postgres() {
  [ -s "$PGDATA/PG_VERSION" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}

start_redis() {
  command -v redis-server >/dev/null || { echo "services: redis-server is not installed (tools/setup.sh)" >&2; exit 1; }
  mkdir -p "$DIR/redis"
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DIR/redis" --appendonly yes --appendfsync always \
      --save "" --daemonize yes --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log"
  fi
  for _ in $(seq 1 100); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "services: redis did not start" >&2
  tail -20 "$DIR/redis/redis.log" >&2
  exit 1
}

stop_redis() {
  redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || return 0
    sleep 0.1
  done
}

print_env() {
  echo "CROSSCHECK_TEST_POSTGRES=$PG_URL"
  echo "CROSSCHECK_TEST_REDIS=$REDIS_URL"
}

case "${1:-}" in
  start) start_postgres; start_redis; print_env ;;
  stop) stop_redis; stop_postgres ;;
  env) print_env ;;
  restart-postgres) stop_postgres; start_postgres ;;
  kill-redis) [ -s "$DIR/redis/redis.pid" ] && kill -9 "$(cat "$DIR/redis/redis.pid")" || true ;;
  restart-redis) stop_redis; start_redis ;;
  *) echo "usage: $0 start|stop|env|restart-postgres|restart-redis|kill-redis" >&2; exit 2 ;;
esac
