#!/bin/bash
# Crash test: kill -9 the server while clients stream ingests; after a
# restart every acknowledged document (HTTP 201 received) is present and the
# SQLite integrity check says ok.
# Usage: crash_test.sh SERVER_BINARY SOURCE_DIR SHARED_DIR BUILD_DIR
SERVER=$1
SOURCE_DIR=$2
SHARED_DIR=$3
WORK=$4/crash_test
rm -rf "$WORK" && mkdir -p "$WORK"
source "$SOURCE_DIR/tests/api/lib.sh"
SEED=$(ls "$SHARED_DIR"/seeds/*.txt | head -1)

start_server "$WORK/db.sqlite"

# Three clients, each posting distinct reports and logging the ids the
# server acknowledged.
client() {
  local c=$1 i=0
  while :; do
    i=$((i + 1))
    { printf 'Crash test report %s-%s about the harbour. ' "$c" "$i"; cat "$SEED"; } > "$WORK/in.$c"
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
for c in 1 2 3; do client $c & done
sleep 3
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null
wait  # the clients stop when their next request fails
ACKED=$(cat "$WORK"/acked.* 2>/dev/null | sort -u)
N=$(echo "$ACKED" | grep -c .)
echo "acknowledged before kill -9: $N"
check "some documents were acknowledged" "$([ "$N" -gt 0 ] && echo yes)" yes

start_server "$WORK/db.sqlite"
MISSING=0
for id in $ACKED; do
  code=$(req GET "/api/documents/$id")
  [ "$code" = 200 ] || { echo "missing after restart: $id ($code)"; MISSING=$((MISSING + 1)); }
done
check "every acknowledged document is present" "$MISSING" 0
check "health" "$(req GET '/api/health?integrity=1')" 200
check "integrity_check" "$(js "$WORK/body" j.integrity)" ok
check "stored at least the acknowledged" "$(req GET /api/metrics >/dev/null; js "$WORK/body" "j.documents>=$N")" true
stop_server
check "SIGTERM -> exit 0" "$STOP_RC" 0
if command -v sqlite3 >/dev/null; then
  check "sqlite3 integrity_check" "$(sqlite3 "$WORK/db.sqlite" 'PRAGMA integrity_check')" ok
fi
finish
