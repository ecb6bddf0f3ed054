# Shared helpers of the API test scripts: start/stop a server on a free
# loopback port, HTTP calls with curl, JSON checks with node.
# Usage: source lib.sh; start_server DB [extra flags]; ...; stop_server

set -u
FAILS=0
CHECKS=0

# js FILE EXPR: evaluates EXPR with `j` bound to the JSON in FILE; prints it.
js() {
  node -e 'const fs=require("fs");let j;try{j=JSON.parse(fs.readFileSync(process.argv[1],"utf8"))}catch(e){console.log("<not json>");process.exit(0)};const v=eval(process.argv[2]);console.log(typeof v==="string"?v:JSON.stringify(v))' "$1" "$2"
}

check() {  # check NAME ACTUAL EXPECTED
  CHECKS=$((CHECKS + 1))
  if [ "$2" == "$3" ]; then
    echo "ok   $1"
  else
    echo "FAIL $1: got [$2], want [$3]"
    FAILS=$((FAILS + 1))
  fi
}

# start_server DB [flags...]: sets SERVER_PID, PORT, BASE.
start_server() {
  local db=$1
  shift
  rm -f "$WORK/port"
  "$SERVER" --db "$db" --port 0 --port-file "$WORK/port" --quiet "$@" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 200); do
    [ -s "$WORK/port" ] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "server exited early:"; cat "$WORK/server.log"; exit 1
    fi
    sleep 0.05
  done
  PORT=$(cat "$WORK/port")
  BASE="http://127.0.0.1:$PORT"
}

stop_server() {  # SIGTERM, then wait; sets STOP_RC to the exit code
  kill -TERM "$SERVER_PID" 2>/dev/null
  STOP_RC=0
  wait "$SERVER_PID" || STOP_RC=$?
}

# req METHOD PATH [curl args...]: body to $WORK/body, prints the status.
req() {
  local method=$1 path=$2
  shift 2
  curl -s -o "$WORK/body" -w '%{http_code}' --max-time 30 -X "$method" "$@" "$BASE$path"
}

finish() {
  echo "$CHECKS checks, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}
