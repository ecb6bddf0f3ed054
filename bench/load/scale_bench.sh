#!/usr/bin/env bash
# Scale benchmark (bench/results/scale.md): ingest throughput and API read
# latency for the SQLite server and for 1, 2 and 4 workers over PostgreSQL +
# Redis, on one folder of reports (bench/make_scale_corpus).
#
#   bench/load/scale_bench.sh BINARY FOLDER OUT_DIR [CONFIGS]
#
# CONFIGS (default "sqlite w1 w2 w4"). For each:
#  - sqlite, sqliteK: `crosscheck serve --db FILE --story-wait 0`; the folder
#    is POSTed by K client threads (tests/scale/feed.py --clients K; sqlite:
#    SQLITE_CLIENTS, default 4; sqlite1 posts one report at a time, in
#    analyze's order);
#  - wN: the folder is queued (`crosscheck ingest`), then N workers drain it
#    into a fresh PostgreSQL database; the API is `crosscheck serve --db
#    postgresql://... --queue ...` (which leaves fusion to the workers).
# Throughput is documents stored and fused per second of wall time, from
# the first document to nothing pending fusion; with the CPU seconds the
# analysing processes used (user + system, from /proc), so that figures
# from a shared machine can be compared. Meanwhile READ_CLIENTS clients
# (default 2; 0: none) read the API (bench/load/read_latency.mjs) and their
# p50/p99 are reported.
# CHECK_BATCH=FILE (the JSON of `crosscheck analyze FOLDER --json FILE`, run
# in the same working directory with the same spelling of FOLDER) also
# compares each config's account with it (tests/scale/account_canon.py):
# equal, or -- where several clients POST at once, so arrival order is not
# analyze's -- equal to a batch run over the arrival order (the order bound,
# docs/SCALE.md). Any difference makes the script exit 1 at the end.
# Needs tools/services.sh's servers. Writes OUT_DIR/<config>.json and prints
# a table row per config.
set -euo pipefail
BIN=$(realpath "$1"); FOLDER=$2; OUT=$(mkdir -p "$3" && realpath "$3"); CONFIGS=${4:-"sqlite w1 w2 w4"}
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
PG=${CROSSCHECK_TEST_POSTGRES:-postgresql://postgres@127.0.0.1:55432/crosscheck}
REDIS=${CROSSCHECK_TEST_REDIS:-redis://127.0.0.1:56379}
ADMIN=${PG%/*}/postgres
DOCS=$(find "$FOLDER" -type f ! -name '.*' | wc -l)
READ_CLIENTS=${READ_CLIENTS:-2}
CHECK_BATCH=${CHECK_BATCH:-}
failed=0

cpu_of() {  # user+system seconds of a process and its reaped children, from /proc
  awk '{ printf "%.2f", ($14 + $15 + $16 + $17) / 100 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

serve() {  # serve ARGS...: starts a server, sets SP and URL
  rm -f "$OUT/port"
  "$BIN" serve --port 0 --port-file "$OUT/port" --quiet "$@" 2>>"$OUT/serve.log" &
  SP=$!
  for _ in $(seq 1 200); do [ -s "$OUT/port" ] && break; sleep 0.05; done
  URL="http://127.0.0.1:$(cat "$OUT/port")"
}

pending() { curl -s "$URL/api/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("pending_fusion", 1))'; }
documents() { curl -s "$URL/api/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("documents", 0))'; }

readers() {  # starts the API readers (sets RP), or writes an empty result
  if [ "$READ_CLIENTS" -gt 0 ]; then
    node "$HERE/read_latency.mjs" --url "$URL" --clients "$READ_CLIENTS" --until-file "$OUT/stop" >"$reader_out" &
    RP=$!
  else
    echo '{"requests": 0, "failures": 0, "p50": null, "p99": null, "kinds": {}}' >"$reader_out"
    RP=
  fi
}

check() {  # check CONFIG CLIENTS: compares the account behind $URL with CHECK_BATCH
  local bound=()
  echo '{}' >"$OUT/$1.account.json"
  [ -n "$CHECK_BATCH" ] || return 0
  if [ "$2" -gt 1 ]; then
    # Several clients at once: arrival order is the server's, not analyze's.
    # The order fusion took them in is the store's order keys (the clock
    # when each document was stored, after its analysis).
    python3 "$SRC/tests/scale/account_canon.py" arrival-order "$OUT/$1.db" >"$OUT/$1.arrival.txt"
    local files
    mapfile -t files <"$OUT/$1.arrival.txt"
    "$BIN" analyze "${files[@]}" --json "$OUT/$1.arrival_batch.json" --quiet
    bound=(--order-bound "$OUT/$1.arrival_batch.json")
  fi
  python3 "$SRC/tests/scale/account_canon.py" compare "$CHECK_BATCH" "$URL" "${bound[@]}" --label "$1" \
    --out "$OUT/$1.account.json" || { failed=1; echo "scale_bench: $1: the account differs (see $OUT/$1.account.json)"; }
}

for config in $CONFIGS; do
  rm -f "$OUT/stop"
  reader_out="$OUT/$config.reads.json"
  t_ingest=0
  if [[ "$config" == sqlite* ]]; then
    clients=${config#sqlite}; clients=${clients:-${SQLITE_CLIENTS:-4}}
    rm -f "$OUT/$config.db"*
    serve --db "$OUT/$config.db" --story-wait 0
    readers
    t0=$(date +%s.%N)
    python3 "$SRC/tests/scale/feed.py" "$URL" "$FOLDER" --clients "$clients" >/dev/null
    until [ "$(pending)" = 0 ] && [ "$(documents)" -ge "$DOCS" ]; do sleep 0.5; done
    t1=$(date +%s.%N)
    cpu=$(cpu_of "$SP")
    touch "$OUT/stop"; [ -z "$RP" ] || wait "$RP"
    check "$config" "$clients"
    kill "$SP"; wait "$SP" 2>/dev/null || true
  else
    n=${config#w}
    db="bench_${config}_$$"
    psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    url=${PG%/*}/$db
    redis-cli -u "$REDIS" del crosscheck:inputs >/dev/null
    ti=$(date +%s.%N)
    "$BIN" ingest "$FOLDER" --queue "$REDIS" --quiet
    t_ingest=$(awk -v a="$(date +%s.%N)" -v b="$ti" 'BEGIN { printf "%.2f", a - b }')
    serve --db "$url" --queue "$REDIS"
    readers
    t0=$(date +%s.%N)
    pids=()
    for i in $(seq 1 "$n"); do
      "$BIN" worker --db "$url" --queue "$REDIS" --consumer "b$i" --quiet 2>>"$OUT/workers.log" &
      pids+=($!)
    done
    until [ "$(pending)" = 0 ] && [ "$(documents)" -ge "$DOCS" ]; do sleep 0.5; done
    t1=$(date +%s.%N)
    cpu=0
    for p in "${pids[@]}"; do cpu=$(awk -v a="$cpu" -v b="$(cpu_of "$p")" 'BEGIN { printf "%.2f", a + b }'); done
    for p in "${pids[@]}"; do kill -TERM "$p"; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    touch "$OUT/stop"; [ -z "$RP" ] || wait "$RP"
    check "$config" 1  # one stream: entries keep analyze's order whatever the workers' timing
    kill "$SP"; wait "$SP" 2>/dev/null || true
    psql -q "$ADMIN" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null || true
  fi
  python3 - "$OUT/$config.json" "$config" "$DOCS" "$t0" "$t1" "$cpu" "$reader_out" "$(uptime | sed 's/.*load average: //')" \
    "$t_ingest" "$OUT/$config.account.json" <<'PY'
import json, sys
out, config, docs, t0, t1, cpu, reads, load, t_ingest, account = sys.argv[1:]
docs, wall, cpu = int(docs), float(t1) - float(t0), float(cpu)
r = json.load(open(reads))
acc = json.load(open(account))
def brief(rep):
    return {"bcubed_f1": rep["bcubed"]["f1"], "stories_equal": [rep["stories"]["equal"], rep["stories"]["reference"]],
            "ledger_entries_equal": [rep["ledger_entries"]["equal"], rep["ledger_entries"]["reference"]],
            "equal": rep["equal"]}
row = {"config": config, "documents": docs, "queue_s": round(float(t_ingest), 1),
       "wall_s": round(wall, 1), "documents_per_s": round(docs / wall, 1),
       "cpu_s": round(cpu, 1), "documents_per_cpu_s": round(docs / cpu, 1) if cpu else None,
       "read_requests": r["requests"], "read_failures": r["failures"], "read_p50_ms": r["p50"],
       "read_p99_ms": r["p99"], "reads": r["kinds"], "load_average": load}
if acc:
    row["account"] = {k: brief(v) for k, v in acc.items() if isinstance(v, dict)}
    row["account"]["equal"] = acc["equal"]
json.dump(row, open(out, "w"), indent=1)
print("| %s | %d | %.1f s | %.1f s | **%.1f** | %.1f s | %s | %d (%d failed) | %s | %s | %s |" % (
    config, docs, float(t_ingest), wall, docs / wall, cpu, row["documents_per_cpu_s"], r["requests"], r["failures"], r["p50"],
    r["p99"], load))
PY
done
exit $failed
