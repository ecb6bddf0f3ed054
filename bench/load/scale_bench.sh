#!/usr/bin/env bash
# Scale benchmark (bench/results/scale.md): ingest throughput and API read
# latency for the SQLite server and for 1, 2 and 4 workers over PostgreSQL +
# Redis, on one folder of reports (bench/make_scale_corpus).
#
#   bench/load/scale_bench.sh BINARY FOLDER OUT_DIR [CONFIGS]
#
# CONFIGS (default "sqlite w1 w2 w4"). For each:
#  - sqlite: `crosscheck serve --db FILE --story-wait 0`; the folder is POSTed
#    by 4 client threads (tests/scale/feed.py --clients 4);
#  - wN: the folder is queued (`crosscheck ingest`), then N workers drain it
#    into a fresh PostgreSQL database; the API is `crosscheck serve --db
#    postgresql://... --queue ...` (which leaves fusion to the workers).
# Throughput is documents stored and fused per second of wall time, from
# the first document to nothing pending fusion; with the CPU seconds the
# analysing processes used (user + system, from /proc), so that figures
# from a shared machine can be compared. Meanwhile 2 clients read the API
# (bench/load/read_latency.mjs) and their p50/p99 are reported.
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

for config in $CONFIGS; do
  rm -f "$OUT/stop"
  reader_out="$OUT/$config.reads.json"
  if [ "$config" = sqlite ]; then
    rm -f "$OUT/sqlite.db"*
    serve --db "$OUT/sqlite.db" --story-wait 0
    node "$HERE/read_latency.mjs" --url "$URL" --clients 2 --until-file "$OUT/stop" >"$reader_out" &
    RP=$!
    t0=$(date +%s.%N)
    python3 "$SRC/tests/scale/feed.py" "$URL" "$FOLDER" --clients 4 >/dev/null
    until [ "$(pending)" = 0 ] && [ "$(documents)" -ge "$DOCS" ]; do sleep 0.5; done
    t1=$(date +%s.%N)
    cpu=$(cpu_of "$SP")
    touch "$OUT/stop"; wait "$RP"
    kill "$SP"; wait "$SP" 2>/dev/null || true
  else
    n=${config#w}
    db="bench_${config}_$$"
    psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    url=${PG%/*}/$db
    redis-cli -p "${REDIS##*:}" del crosscheck:inputs >/dev/null
    "$BIN" ingest "$FOLDER" --queue "$REDIS" --quiet
    serve --db "$url" --queue "$REDIS"
    node "$HERE/read_latency.mjs" --url "$URL" --clients 2 --until-file "$OUT/stop" >"$reader_out" &
    RP=$!
    t0=$(date +%s.%N)
    pids=()
    for i in $(seq 1 "$n"); do
      "$BIN" worker --db "$url" --queue "$REDIS" --consumer "b$i" --quiet 2>>"$OUT/workers.log" &
      pids+=($!)
    done
    until [ "$(pending)" = 0 ] && [ "$(documents)" -ge "$DOCS" ]; do sleep 0.5; done
    t1=$(date +%s.%N)
    cpu=0
    for p in "${pids[@]}"; do cpu=$(echo "$cpu + $(cpu_of "$p")" | bc); done
    for p in "${pids[@]}"; do kill -TERM "$p"; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    touch "$OUT/stop"; wait "$RP"
    kill "$SP"; wait "$SP" 2>/dev/null || true
    psql -q "$ADMIN" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null || true
  fi
  python3 - "$OUT/$config.json" "$config" "$DOCS" "$t0" "$t1" "$cpu" "$reader_out" "$(uptime | sed 's/.*load average: //')" <<'PY'
import json, sys
out, config, docs, t0, t1, cpu, reads, load = sys.argv[1:]
docs, wall, cpu = int(docs), float(t1) - float(t0), float(cpu)
r = json.load(open(reads))
row = {"config": config, "documents": docs, "wall_s": round(wall, 1), "documents_per_s": round(docs / wall, 1),
       "cpu_s": round(cpu, 1), "documents_per_cpu_s": round(docs / cpu, 1) if cpu else None,
       "read_requests": r["requests"], "read_failures": r["failures"], "read_p50_ms": r["p50"],
       "read_p99_ms": r["p99"], "reads": r["kinds"], "load_average": load}
json.dump(row, open(out, "w"), indent=1)
print("| %s | %d | %.1f s | **%.1f** | %.1f s | %s | %d (%d failed) | %s | %s | %s |" % (
    config, docs, wall, docs / wall, cpu, row["documents_per_cpu_s"], r["requests"], r["failures"], r["p50"],
    r["p99"], load))
PY
done
