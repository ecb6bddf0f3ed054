#!/usr/bin/env bash
# Server restarts under load (ctest scale.restarts; docs/SCALE.md): while
# `crosscheck ingest --acked` queues reports and two workers store them,
#   1. Redis is killed with SIGKILL and started again (its data: the AOF with
#      appendfsync always, tools/services.sh): ingest and the workers
#      reconnect, and nothing ingest was told is queued is lost;
#   2. PostgreSQL is restarted (fast shutdown: every session is cut): the
#      workers reconnect and carry on, retrying the writes that were cut.
# Then the queue drains and the test checks that every acknowledged document
# is stored once, the integrity report is ok, and the account equals a batch
# run's.
#
#   restart_test.sh BINARY SOURCE_DIR SHARED_DIR WORK_DIR [DOCS]
#
# CI runs it over 40 reports (ctest passes the number); CROSSCHECK_SOAK=1
# runs it over 200.
#
# Needs the servers of tools/services.sh; exits 77 without them unless
# CROSSCHECK_REQUIRE_SERVICES=1. It restarts servers, so it starts a
# PostgreSQL and a Redis of its own (tools/services.sh, on the shared ports
# + 1, data under WORK_DIR) and stops them at the end: it runs beside the
# tests that use the shared ones instead of alone.
set -uo pipefail
BIN=$1; SRC=$2; SHARED=$3; WORK=$(realpath -m "$4"); DOCS=${5:-40}
if [ "${CROSSCHECK_SOAK:-0}" = 1 ]; then DOCS=200; fi
PG=${CROSSCHECK_TEST_POSTGRES:-}; REDIS=${CROSSCHECK_TEST_REDIS:-}
if [ -z "$PG" ] || [ -z "$REDIS" ]; then
  echo "restart_test: CROSSCHECK_TEST_POSTGRES / CROSSCHECK_TEST_REDIS not set (tools/services.sh start)"
  [ "${CROSSCHECK_REQUIRE_SERVICES:-0}" = 1 ] && exit 1
  exit 77
fi
SERVICES="$SRC/tools/services.sh"
# The private servers (every "$SERVICES" call below acts on them); a run cut
# short may have left them up: stop them first.
# Their ports sit below Linux's ephemeral range (32768-60999 by default):
# a port in it can be held by any test's client socket while the load tests
# open and close thousands of connections (CI failed so twice, on three port
# pairs in a row). The shared ports minus 30000, plus one (25433 / 26380 for
# the defaults 55432 / 56379), or the shared ports plus one when that would
# fall under 1024.
PG_PORT=${PG##*:}; PG_PORT=${PG_PORT%%/*}
REDIS_PORT=${REDIS##*:}
if [ "$PG_PORT" -gt 31024 ] && [ "$REDIS_PORT" -gt 31024 ]; then
  PG_PORT=$(( PG_PORT - 30000 + 1 )); REDIS_PORT=$(( REDIS_PORT - 30000 + 1 ))
else
  PG_PORT=$(( PG_PORT + 1 )); REDIS_PORT=$(( REDIS_PORT + 1 ))
fi
export CROSSCHECK_PG_PORT=$PG_PORT CROSSCHECK_REDIS_PORT=$REDIS_PORT CROSSCHECK_SERVICES_DIR=$WORK/services
[ -d "$WORK/services" ] && "$SERVICES" stop >/dev/null 2>&1
rm -rf "$WORK" && mkdir -p "$WORK"
cd "$WORK"
fail() { echo "FAIL $*"; exit 1; }

python3 "$SRC/bench/make_scale_corpus" corpus --docs "$DOCS" --shared "$SHARED" >/dev/null || fail "corpus"
"$BIN" analyze corpus --json batch.json --quiet || fail "batch run"

# On any exit: background workers, ingest and server go too (they hold
# ctest's output pipe, so a failure left them to run into the timeout),
# then the private servers.
trap 'kill $(jobs -p) 2>/dev/null; "$SERVICES" stop >/dev/null 2>&1' EXIT
# The start's own status, not eval's: a private server that cannot bind
# its port must fail here, never leave the test on the shared servers.
# A port can still be taken by something else on the machine: try two more
# port pairs before failing.
started=0
for step in 0 10 20; do
  export CROSSCHECK_PG_PORT=$(( PG_PORT + step )) CROSSCHECK_REDIS_PORT=$(( REDIS_PORT + step ))
  if ENV_OUT=$("$SERVICES" start); then started=1; break; fi
  echo "[${SECONDS}s] private servers did not start on $CROSSCHECK_PG_PORT/$CROSSCHECK_REDIS_PORT; trying other ports"
  "$SERVICES" stop >/dev/null 2>&1
done
[ "$started" = 1 ] ||
  fail "private PostgreSQL/Redis did not start on ports $PG_PORT/$REDIS_PORT (+10, +20) (another server on them?)"
eval "$ENV_OUT"
PG=$CROSSCHECK_TEST_POSTGRES; REDIS=$CROSSCHECK_TEST_REDIS
echo "[${SECONDS}s] servers of its own: $PG, $REDIS"
STREAM_PORT=${REDIS##*:}
URL=$PG

"$BIN" worker --db "$URL" --queue "$REDIS" --consumer r1 --claim-idle 5 2>>workers.log &
w1=$!
"$BIN" worker --db "$URL" --queue "$REDIS" --consumer r2 --claim-idle 5 2>>workers.log &
w2=$!
"$BIN" ingest corpus --queue "$REDIS" --acked acked.txt --quiet 2>>ingest.log &
ing=$!

# Under load: both workers running and documents queued.
for _ in $(seq 1 500); do
  [ "$(grep -c ': started' workers.log)" -ge 2 ] && [ -s acked.txt ] && break
  sleep 0.02
done
echo "[${SECONDS}s] Redis: SIGKILL after $(grep -c . acked.txt) documents queued"
"$SERVICES" kill-redis
sleep 0.2
"$SERVICES" restart-redis >/dev/null || fail "redis restart"
wait $ing || fail "ingest did not finish after the Redis restart ($(cat ingest.log))"
ACKED=$(sort -u acked.txt | grep -c .)
echo "[${SECONDS}s] acknowledged by ingest: $ACKED documents"

for _ in $(seq 1 1500); do
  n=$(psql -tA "$URL" -c "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge $((ACKED / 3)) ] && break
  sleep 0.05
done
echo "[${SECONDS}s] PostgreSQL: restart after $n documents stored"
"$SERVICES" restart-postgres >/dev/null || fail "postgres restart"

for _ in $(seq 1 1500); do
  n=$(psql -tA "$URL" -c "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  p=$(psql -tA "$URL" -c "SELECT count(*) FROM fuse_inputs WHERE NOT fused" 2>/dev/null || echo 1)
  [ "${n:-0}" -ge "$ACKED" ] && [ "${p:-1}" = 0 ] && break
  sleep 0.2
done
kill -0 $w1 2>/dev/null || fail "worker r1 died ($(tail -3 workers.log))"
kill -0 $w2 2>/dev/null || fail "worker r2 died ($(tail -3 workers.log))"
kill -TERM $w1 $w2; wait $w1; wait $w2

sort -u acked.txt > acked.sorted
STORED=$(psql -tA "$URL" -c "SELECT count(*) FROM documents WHERE id = ANY(string_to_array('$(paste -sd, acked.sorted)', ','))")
TOTAL=$(psql -tA "$URL" -c "SELECT count(*) FROM documents")
echo "[${SECONDS}s] stored: $STORED of $ACKED acknowledged; $TOTAL in all; workers retried $(grep -c 'will retry' workers.log) writes"
[ "$STORED" = "$ACKED" ] || fail "acknowledged documents missing after the restarts: $STORED of $ACKED"
[ "$TOTAL" = "$ACKED" ] || fail "unacknowledged or doubled documents: $TOTAL vs $ACKED"

"$BIN" serve --db "$URL" --port 0 --port-file port --quiet 2>>serve.log &
SP=$!
for _ in $(seq 1 500); do [ -s port ] && break; sleep 0.02; done
python3 "$SRC/tests/scale/compare_accounts.py" batch.json --api "http://127.0.0.1:$(cat port)" --out compare.json
rc=$?
kill "$SP"; wait "$SP" 2>/dev/null
[ "$rc" = 0 ] || fail "the account differs from the batch run's (compare.json)"
echo "[${SECONDS}s] ok: Redis killed and PostgreSQL restarted under load; nothing acknowledged lost; account equals the batch run"
