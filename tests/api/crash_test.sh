#!/bin/bash
# Crash test of the SQLite store (ctest api.crash; issue 18's kill test):
#  1. SERVER_KILLS times: a server on the same file, three clients streaming
#     ingests, kill -9 0.1-0.5 s after the round's first acknowledgement
#     (at a random moment); the ids answered 201 are
#     collected. After a last restart the store must hold every acknowledged
#     document exactly once, every one of them in exactly one story once the
#     fusion round that a restart resumes has run, no story member without
#     its document, and the integrity report "ok".
#  2. ANALYZE_KILLS times: `crosscheck analyze --db` over a folder, killed
#     after a random 0.1-0.9 s; then once to the end. The store must hold
#     each report once, fused, and its stories must equal the batch JSON's.
# CI runs 2 + 2 kills over a 30-report folder (ctest passes the counts);
# CROSSCHECK_SOAK=1 runs 20 + 10 over 60 reports.
# Usage: crash_test.sh SERVER_BINARY SOURCE_DIR SHARED_DIR BUILD_DIR [SERVER_KILLS] [ANALYZE_KILLS]
SERVER=$1
SOURCE_DIR=$2
SHARED_DIR=$3
WORK=$4/crash_test
SERVER_KILLS=${5:-2}
ANALYZE_KILLS=${6:-2}
CORPUS_DOCS=30
if [ "${CROSSCHECK_SOAK:-0}" = 1 ]; then SERVER_KILLS=20; ANALYZE_KILLS=10; CORPUS_DOCS=60; fi
CLI=$(dirname "$SERVER")/crosscheck
rm -rf "$WORK" && mkdir -p "$WORK"
source "$SOURCE_DIR/tests/api/lib.sh"
SEED=$(ls "$SHARED_DIR"/seeds/*.txt | head -1)

# Clients post distinct reports and log the ids the server acknowledged.
client() {
  local c=$1 round=$2 i=0
  while :; do
    i=$((i + 1))
    { printf 'Crash test report %s-%s-%s about the harbour. ' "$round" "$c" "$i"; cat "$SEED"; } > "$WORK/in.$c"
    code=$(curl -s -o "$WORK/out.$c" -w '%{http_code}' --max-time 10 -X POST \
           -H 'Content-Type: text/plain' --data-binary @"$WORK/in.$c" "$BASE/api/documents") || true
    if [ "$code" = 201 ]; then
      node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).documents[0].id)' \
        "$WORK/out.$c" >> "$WORK/acked.$c"
    elif [ "$code" = 000 ]; then
      return  # the server is gone
    fi
  done
}
for round in $(seq 1 "$SERVER_KILLS"); do
  start_server "$WORK/db.sqlite" --story-wait 500
  before=$(cat "$WORK"/acked.* 2>/dev/null | wc -l)
  for c in 1 2 3; do client $c "$round" & done
  # Kill at a random moment after this round's first acknowledgement (a
  # loaded machine may take over a second for one POST; at most 10 s).
  for _ in $(seq 1 500); do
    [ "$(cat "$WORK"/acked.* 2>/dev/null | wc -l)" -gt "$before" ] && break
    sleep 0.02
  done
  sleep "0.$(( RANDOM % 5 + 1 ))"
  kill -9 "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null
  wait  # the clients stop when their next request fails
done
ACKED=$(cat "$WORK"/acked.* 2>/dev/null | sort -u)
N=$(echo "$ACKED" | grep -c .)
echo "server: $SERVER_KILLS kill -9, $N documents acknowledged"
check "some documents were acknowledged" "$([ "$N" -gt 0 ] && echo yes)" yes

start_server "$WORK/db.sqlite"
for _ in $(seq 1 600); do  # the resumed fusion round
  req GET /api/metrics >/dev/null
  [ "$(js "$WORK/body" j.pending_fusion)" = 0 ] && break
  sleep 0.1
done
check "nothing pending fusion after the restart" "$(js "$WORK/body" j.pending_fusion)" 0
# Stored: the acknowledged ones, and maybe some committed just before a
# kill cut their answer.
check "stored at least the acknowledged documents" "$(js "$WORK/body" "j.documents>=$N")" true
# One client asks for every acknowledged id (a process per id cost seconds).
MISSING=$(echo "$ACKED" | node -e '
  const ids = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
  (async () => {
    let missing = 0;
    for (const id of ids) {
      const r = await fetch(process.argv[1] + "/api/documents/" + id);
      const j = r.status === 200 ? await r.json() : null;
      if (!j || j.document.stories.length !== 1) {
        console.error("missing or not in one story after restart: " + id + " (" + r.status + ")");
        missing++;
      }
    }
    console.log(missing);
  })().catch(e => { console.error(e); console.log(-1); });' "$BASE")
check "every acknowledged document is present, in one story" "$MISSING" 0
check "health" "$(req GET '/api/health?integrity=1')" 200
check "integrity (engine, members, stories)" "$(js "$WORK/body" j.integrity)" ok
stop_server
check "SIGTERM -> exit 0" "$STOP_RC" 0
if command -v sqlite3 >/dev/null; then
  check "sqlite3 integrity_check" "$(sqlite3 "$WORK/db.sqlite" 'PRAGMA integrity_check')" ok
  check "no story member without its document" \
    "$(sqlite3 "$WORK/db.sqlite" 'SELECT count(*) FROM story_docs WHERE doc_id NOT IN (SELECT id FROM documents)')" 0
fi

# analyze --db, killed mid-run.
python3 "$SOURCE_DIR/bench/make_scale_corpus" "$WORK/corpus" --docs "$CORPUS_DOCS" --shared "$SHARED_DIR" >/dev/null
(cd "$WORK" && "$CLI" analyze corpus --json batch.json --quiet)
for k in $(seq 1 "$ANALYZE_KILLS"); do
  (cd "$WORK" && exec "$CLI" analyze corpus --json /dev/null --db analyze.sqlite --quiet) &
  pid=$!
  sleep "0.$(( RANDOM % 9 + 1 ))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
done
(cd "$WORK" && "$CLI" analyze corpus --json /dev/null --db analyze.sqlite --quiet)
check "analyze --db completes after $ANALYZE_KILLS kills" "$?" 0
check "each report stored once" "$(sqlite3 "$WORK/analyze.sqlite" 'SELECT count(*) FROM documents')" "$CORPUS_DOCS"
python3 "$SOURCE_DIR/tests/scale/compare_accounts.py" "$WORK/batch.json" --sqlite "$WORK/analyze.sqlite" >"$WORK/compare.log"
check "analyze --db store equals the batch run" "$?" 0
tail -1 "$WORK/compare.log"
finish
