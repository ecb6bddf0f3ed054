#!/usr/bin/env bash
# One account everywhere (issue 16, docs/SCALE.md): the same reports give
# the same stories and ledger through a batch `crosscheck analyze`, the
# SQLite server fed one report at a time, and 1, 2 and 4 workers over
# PostgreSQL + Redis (`crosscheck ingest` + `crosscheck worker`).
#
#   bench/load/account_equality.sh BINARY SOURCE_DIR SHARED_DIR WORK_DIR [DOCS] [CONFIGS]
#
# DOCS (default 2000) reports are made from ECB+, BASIL and GMB text under
# SHARED_DIR/corpora by bench/make_scale_corpus into WORK_DIR/corpus (a
# temporary folder: research data, never committed). The batch account is
# `crosscheck analyze corpus --json batch.json`; then each of CONFIGS
# (default "sqlite1 sqlite4 w1 w2 w4"; see bench/load/scale_bench.sh) is run
# by scale_bench.sh, which also measures throughput and API read latency,
# and its account is compared with the batch's by
# tests/scale/account_canon.py (B-cubed of the stories, stories and ledger
# entries equal, documents' dates, outlets and copies, timelines):
#  - sqlite1, w1, w2, w4: arrival order is analyze's (one client posting in
#    order; one stream whose entry order is the ingest order, whatever the
#    workers' timing), so the account must equal the batch's;
#  - sqliteK, K > 1: K clients post at once, the server orders by arrival;
#    the bound is: equal to a batch run over the arrival order (checked),
#    and how far that is from the batch order is reported.
# Exit 0 when every config holds, 1 when one differs.
#
# Needs CROSSCHECK_TEST_POSTGRES and CROSSCHECK_TEST_REDIS (tools/services.sh);
# without them it exits 77 (ctest: skipped, shown) unless
# CROSSCHECK_REQUIRE_SERVICES=1, when it fails. Its stream lives in Redis
# database ACCOUNT_REDIS_DB (default 5), so it can run beside the kill tests.
# READ_CLIENTS (default 2) API readers run during each ingest.
set -uo pipefail
BIN=$(realpath "$1"); SRC=$(realpath "$2"); SHARED=$3; WORK=$4; DOCS=${5:-2000}
CONFIGS=${6:-"sqlite1 sqlite4 w1 w2 w4"}
PG=${CROSSCHECK_TEST_POSTGRES:-}; REDIS=${CROSSCHECK_TEST_REDIS:-}
if [ -z "$PG" ] || [ -z "$REDIS" ]; then
  echo "account_equality: CROSSCHECK_TEST_POSTGRES / CROSSCHECK_TEST_REDIS not set (tools/services.sh start)"
  if [ "${CROSSCHECK_REQUIRE_SERVICES:-0}" = 1 ]; then
    echo "FAIL account_equality: CROSSCHECK_REQUIRE_SERVICES=1 and the services are missing"
    exit 1
  fi
  exit 77
fi
fail() { echo "FAIL account_equality: $*"; exit 1; }
psql -qtA "${PG%/*}/postgres" -c "SELECT 1" >/dev/null 2>&1 || fail "PostgreSQL at $PG does not answer"
redis-cli -u "$REDIS" ping >/dev/null 2>&1 || fail "Redis at $REDIS does not answer"
REDIS="$(echo "$REDIS" | sed -E 's#/[0-9]+$##')/${ACCOUNT_REDIS_DB:-5}"
export CROSSCHECK_TEST_POSTGRES=$PG CROSSCHECK_TEST_REDIS=$REDIS

rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || fail "work dir $WORK"
python3 "$SRC/bench/make_scale_corpus" corpus --docs "$DOCS" --shared "$SHARED" >corpus.log 2>&1 ||
  { cat corpus.log; fail "corpus"; }
FILES=$(find corpus -type f | wc -l)
t0=$(date +%s.%N)
"$BIN" analyze corpus --json batch.json --quiet || fail "batch run"
echo "[${SECONDS}s] batch: $FILES reports analysed in $(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }') s" \
  "($(python3 -c 'import json,sys; a=json.load(open("batch.json")); print(len(a["documents"]), "documents,", len(a["stories"]), "stories,", sum(len(s["ledger"]) for s in a["stories"]), "ledger entries")'))"
# The batch against itself: the canon is a function of the account.
python3 "$SRC/tests/scale/account_canon.py" compare batch.json batch.json --label "batch (self)" >/dev/null ||
  fail "the batch account does not equal itself"

rc=0
CHECK_BATCH=batch.json bash "$SRC/bench/load/scale_bench.sh" "$BIN" corpus out "$CONFIGS" >bench.log 2>&1 || rc=$?
grep -v '^|' bench.log
echo "| config | docs | queue | wall | docs/s | CPU s | docs/CPU-s | reads (failed) | read p50 ms | read p99 ms | load avg |"
grep '^|' bench.log
python3 - "$CONFIGS" <<'PY' || rc=1
import json, sys
bad = 0
for c in sys.argv[1].split():
    try:
        r = json.load(open("out/%s.json" % c))
    except OSError:
        print("%-8s no result" % c); bad = 1; continue
    acc = r.get("account") or {}
    ab = acc.get("against_batch") or {}
    line = "%-8s against the batch: B-cubed F1 %s, stories %s, ledger entries %s" % (
        c, ab.get("bcubed_f1"), "/".join(map(str, ab.get("stories_equal", []))),
        "/".join(map(str, ab.get("ledger_entries_equal", []))))
    if "against_arrival_batch" in acc:
        aa = acc["against_arrival_batch"]
        line += "; against the batch in arrival order (the bound): B-cubed F1 %s, stories %s, ledger entries %s" % (
            aa["bcubed_f1"], "/".join(map(str, aa["stories_equal"])), "/".join(map(str, aa["ledger_entries_equal"])))
    line += " -> %s" % ("EQUAL" if acc.get("equal") else "DIFFERENT")
    bad |= not acc.get("equal")
    print(line)
sys.exit(1 if bad else 0)
PY
[ "$rc" = 0 ] || fail "an account differs from the batch (or its bound): see $WORK/out/*.account.json"
echo "[${SECONDS}s] ok: every config's account equals the batch's (or, with several clients, the batch over its arrival order)"
