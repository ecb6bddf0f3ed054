#!/usr/bin/env bash
# One scale run: queue a folder with `crosscheck ingest`, drain it with N
# `crosscheck worker` processes into a fresh PostgreSQL database, then
# compare the account with a batch run's JSON (compare_accounts.py).
#
#   tests/scale/workers_run.sh BINARY FOLDER BATCH_JSON N_WORKERS OUT_DIR
#
# Needs tools/services.sh's servers (CROSSCHECK_TEST_POSTGRES and
# CROSSCHECK_TEST_REDIS, or their defaults). Writes OUT_DIR/run.json: the
# timings (ingest, drain), documents/s and the comparison. The batch JSON
# must come from `crosscheck analyze FOLDER --json ...` run in the same
# working directory with the same spelling of FOLDER (document ids hash the
# path).
set -euo pipefail
BIN=$1; FOLDER=$2; BATCH=$3; N=$4; OUT=$5
HERE=$(cd "$(dirname "$0")" && pwd)
PG=${CROSSCHECK_TEST_POSTGRES:-postgresql://postgres@127.0.0.1:55432/crosscheck}
REDIS=${CROSSCHECK_TEST_REDIS:-redis://127.0.0.1:56379}
mkdir -p "$OUT"
DB="scale_w${N}_$$"
ADMIN=${PG%/*}/postgres
psql -q "$ADMIN" -c "CREATE DATABASE $DB" >/dev/null
URL=${PG%/*}/$DB
STREAM_REDIS_PORT=${REDIS##*:}
redis-cli -p "$STREAM_REDIS_PORT" del crosscheck:inputs >/dev/null
t0=$(date +%s.%N)
"$BIN" ingest "$FOLDER" --queue "$REDIS" --quiet
t1=$(date +%s.%N)
pids=()
for i in $(seq 1 "$N"); do
  "$BIN" worker --db "$URL" --queue "$REDIS" --consumer "w$i" --exit-when-idle --quiet 2>>"$OUT/workers.log" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
t2=$(date +%s.%N)
docs=$(psql -tA "$URL" -c "SELECT count(*) FROM documents")
"$BIN" serve --db "$URL" --port 0 --port-file "$OUT/port" --quiet 2>>"$OUT/serve.log" &
SP=$!
for _ in $(seq 1 100); do [ -s "$OUT/port" ] && break; sleep 0.1; done
rc=0
python3 "$HERE/compare_accounts.py" "$BATCH" --api "http://127.0.0.1:$(cat "$OUT/port")" --out "$OUT/compare.json" || rc=$?
kill "$SP"; wait "$SP" 2>/dev/null || true
rm -f "$OUT/port"
python3 - "$OUT/run.json" "$N" "$t0" "$t1" "$t2" "$docs" "$OUT/compare.json" <<'PY'
import json, sys
out, n, t0, t1, t2, docs, cmp = sys.argv[1:]
t0, t1, t2 = float(t0), float(t1), float(t2)
r = {"workers": int(n), "documents": int(docs), "ingest_s": round(t1 - t0, 2), "drain_s": round(t2 - t1, 2),
     "documents_per_s": round(int(docs) / (t2 - t1), 2), "compare": json.load(open(cmp))}
json.dump(r, open(out, "w"), indent=1)
print("workers_run: %d workers, %d documents, ingest %.1f s, drain+fuse %.1f s, %.1f documents/s"
      % (r["workers"], r["documents"], r["ingest_s"], r["drain_s"], r["documents_per_s"]))
PY
psql -q "$ADMIN" -c "DROP DATABASE $DB" >/dev/null || true
exit $rc
