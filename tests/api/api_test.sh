#!/bin/bash
# API test: a real server process on a free loopback port, driven over HTTP
# with curl: ingest in every accepted form, idempotence, reads, and the bad
# inputs (401, 400, 404, 405, 413, 415, path traversal), then SIGTERM.
# Usage: api_test.sh SERVER_BINARY SOURCE_DIR SHARED_DIR BUILD_DIR
SERVER=$1
SOURCE_DIR=$2
SHARED_DIR=$3
WORK=$4/api_test
rm -rf "$WORK" && mkdir -p "$WORK"
source "$SOURCE_DIR/tests/api/lib.sh"
export WORK
SEEDS=$(ls "$SHARED_DIR"/seeds/*.txt | head -5)
SEED1=$(echo "$SEEDS" | head -1)
TOKEN=t0ken-for-tests

start_server "$WORK/db.sqlite" --token "$TOKEN" --max-body 300000
AUTH="Authorization: Bearer $TOKEN"

check "health" "$(req GET /api/health)" 200
check "health body" "$(js "$WORK/body" j.status)" ok

# Writes need the token.
check "no token -> 401" "$(req POST /api/documents -H 'Content-Type: text/plain' --data-binary @"$SEED1")" 401
check "401 is JSON" "$(js "$WORK/body" j.error.status)" 401
check "wrong token -> 401" "$(req POST /api/documents -H 'Authorization: Bearer nope' -H 'Content-Type: text/plain' --data-binary @"$SEED1")" 401

# Plain text, then the same again: stored once.
check "text ingest -> 201" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$SEED1")" 201
ID1=$(js "$WORK/body" 'j.documents[0].id')
check "created" "$(js "$WORK/body" 'j.documents[0].status')" created
check "same document again -> 200" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: text/plain' --data-binary @"$SEED1")" 200
check "duplicate status" "$(js "$WORK/body" 'j.documents[0].status')" duplicate
check "duplicate keeps the id" "$(js "$WORK/body" 'j.documents[0].id')" "$ID1"

# JSON object, JSON array, JSON Lines, HTML.
node -e 'const fs=require("fs");const files=process.argv.slice(1);
  const docs=files.map((f,i)=>({url:"https://example.org/"+i,source:"Outlet "+i,title:"Report "+i,date:"2022-05-0"+(i+1),text:fs.readFileSync(f,"utf8")}));
  fs.writeFileSync(process.env.WORK+"/one.json",JSON.stringify(docs[1]));
  fs.writeFileSync(process.env.WORK+"/array.json",JSON.stringify([docs[2],docs[3]]));
  fs.writeFileSync(process.env.WORK+"/lines.jsonl",JSON.stringify(docs[4])+"\n");' $SEEDS
check "json object -> 201" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$WORK/one.json")" 201
ID2=$(js "$WORK/body" 'j.documents[0].id')
check "json array -> 201" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$WORK/array.json")" 201
check "json array gives two ids" "$(js "$WORK/body" 'j.documents.filter(d=>d.status==="created").length')" 2
check "json lines -> 201" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/lines.jsonl")" 201
printf '<html><head><title>Ferry news</title></head><body><nav>Home</nav><article><p>The ferry to Kherson carried 120 passengers on Monday.</p></article></body></html>' > "$WORK/page.html"
check "html -> 201" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: text/html' --data-binary @"$WORK/page.html")" 201
IDH=$(js "$WORK/body" 'j.documents[0].id')

# Bad bodies.
check "bad json -> 400" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/json' --data-binary '{"text": ')" 400
check "400 message" "$(js "$WORK/body" '/JSON/.test(j.error.message)')" true
check "json number -> 400" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/json' --data-binary '42')" 400
check "no text field -> 400" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: application/json' --data-binary '{"title":"x"}')" 400
check "empty body -> 400" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: text/plain' --data-binary '')" 400
check "image -> 415" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: image/png' --data-binary 'PNG')" 415
check "form -> 415" "$(req POST /api/documents -H "$AUTH" --data 'a=b')" 415
check "415 is JSON" "$(js "$WORK/body" j.error.status)" 415
head -c 400000 /dev/zero | tr '\0' 'a' > "$WORK/big.txt"
check "too large -> 413" "$(req POST /api/documents -H "$AUTH" -H 'Content-Type: text/plain' --data-binary @"$WORK/big.txt")" 413
check "413 is JSON" "$(js "$WORK/body" j.error.status)" 413
check "PUT -> 405" "$(req PUT /api/documents -H "$AUTH" -H 'Content-Type: text/plain' --data-binary 'x')" 405

# Reads.
check "document -> 200" "$(req GET "/api/documents/$ID1")" 200
check "document text is the input" "$(js "$WORK/body" 'j.text===require("fs").readFileSync(process.argv[3]||"'"$SEED1"'","utf8")')" true
check "document has highlights" "$(js "$WORK/body" 'Array.isArray(j.highlights)')" true
check "document has a story" "$(js "$WORK/body" 'j.document.stories.length>0')" true
check "json metadata kept" "$(req GET "/api/documents/$ID2" >/dev/null; js "$WORK/body" 'j.document.source+"|"+j.document.url')" "Outlet 1|https://example.org/1"
check "html text extracted" "$(req GET "/api/documents/$IDH" >/dev/null; js "$WORK/body" '/Kherson carried 120/.test(j.text) && !/<p>/.test(j.text)')" true
check "unknown document -> 404" "$(req GET /api/documents/nope)" 404
check "404 is JSON" "$(js "$WORK/body" j.error.status)" 404
check "document list" "$(req GET '/api/documents?limit=3')" 200
check "document list size" "$(js "$WORK/body" j.documents.length)" 3
check "stories -> 200" "$(req GET /api/stories)" 200
SID=$(js "$WORK/body" 'j.stories[0].id')
check "a story exists" "$(js "$WORK/body" 'j.stories.length>0')" true
check "story search" "$(req GET '/api/stories?q=Azovstal')" 200
check "story search finds one" "$(js "$WORK/body" 'j.stories.length>0')" true
check "story -> 200" "$(req GET "/api/stories/$SID")" 200
check "story has ledger and timeline" "$(js "$WORK/body" 'Array.isArray(j.story.ledger)&&Array.isArray(j.story.timeline)')" true
check "story answer is paged" "$(js "$WORK/body" 'j.documents.length===Math.min(20,j.summary.reports)&&j.documents_page.total===j.summary.reports&&!("documents" in j.story)')" true
NDOCS=$(js "$WORK/body" 'j.summary.reports')
check "story members page -> 200" "$(req GET "/api/stories/$SID/documents?limit=1&offset=0")" 200
check "story members page holds one" "$(js "$WORK/body" 'j.documents.length+"/"+j.total+"/"+j.next')" "1/$NDOCS/$([ "$NDOCS" -gt 1 ] && echo 1 || echo null)"
check "story timeline page -> 200" "$(req GET "/api/stories/$SID/timeline?limit=5")" 200
check "story timeline page is a list" "$(js "$WORK/body" 'Array.isArray(j.timeline)&&j.timeline.length<=5')" true
check "story members bad limit -> 400" "$(req GET "/api/stories/$SID/documents?limit=0")" 400
check "whole story -> 200" "$(req GET "/api/stories/$SID?whole=1")" 200
check "whole story lists every member" "$(js "$WORK/body" 'j.story.documents.length+"/"+j.documents.length')" "$NDOCS/$NDOCS"
check "unknown story -> 404" "$(req GET /api/stories/s000)" 404
check "unknown story members -> 404" "$(req GET /api/stories/s000/documents)" 404
check "claims -> 200" "$(req GET '/api/claims?limit=5')" 200
check "claims is a list" "$(js "$WORK/body" 'Array.isArray(j.claims)&&j.claims.length<=5')" true
check "claims by source" "$(req GET '/api/claims?source=Outlet%201')" 200
check "claims by source match" "$(js "$WORK/body" 'j.claims.every(c=>c.source==="Outlet 1")')" true
check "bad limit -> 400" "$(req GET '/api/claims?limit=abc')" 400
check "search -> 200" "$(req GET '/api/search?q=Azovstal')" 200
check "search hits" "$(js "$WORK/body" 'j.results.length>0 && j.results[0].snippet.includes("[[")')" true
check "search no words -> 400" "$(req GET '/api/search?q=%21%21')" 400
check "search missing q -> 400" "$(req GET '/api/search')" 400
check "unknown api -> 404" "$(req GET /api/nothing)" 404
check "metrics -> 200" "$(req GET /api/metrics)" 200
check "metrics count" "$(js "$WORK/body" j.documents)" 6

# Web page and static files; no way out of the web folder.
check "page -> 200" "$(req GET /)" 200
check "page is the app" "$(grep -c 'crosscheck' "$WORK/body" | awk '{print ($1>0)}')" 1
check "script -> 200" "$(req GET /app.js)" 200
for p in '/../CMakeLists.txt' '/..%2fCMakeLists.txt' '/%2e%2e/CMakeLists.txt' '/../../../../etc/passwd' \
         '/%2e%2e/%2e%2e/%2e%2e/etc/passwd' '//etc/passwd' '/.%2e/.%2e/etc/passwd' '/index.html%00.txt'; do
  code=$(req GET "$p" --path-as-is)
  leaked=$(grep -c -e 'root:' -e 'cmake_minimum_required' "$WORK/body")
  check "traversal $p refused" "$([ "$code" -ge 400 ] && [ "$code" -lt 500 ] && [ "$leaked" -eq 0 ] && echo yes)" yes
done

stop_server
check "SIGTERM -> exit 0" "$STOP_RC" 0

# Restart on the same file: everything is still there.
start_server "$WORK/db.sqlite"
check "after restart" "$(req GET /api/metrics >/dev/null; js "$WORK/body" j.documents)" 6
check "no token configured: writes open" "$(req POST /api/documents -H 'Content-Type: text/plain' --data-binary 'A short report on the Kherson ferry. It sailed.')" 201
stop_server
finish
