#!/bin/bash
# The seeds' account in the server equals the batch report's (issue 16):
# the five seed reports are POSTed one at a time (named by their paths, as
# `crosscheck analyze seeds` reads them) to a fresh server, and once fusion
# is done its stories, ledger, dates and copies must equal the checked-in
# batch JSON (tests/golden/seeds.json) exactly; in particular the undated AP
# report is dated from its story, "civilians evacuated" is an update
# (evolving), and every source is named by its outlet or file name, never by
# a request counter.
# Usage: seeds_account_test.sh SERVER_BINARY SOURCE_DIR SHARED_DIR BUILD_DIR
SERVER=$1
SOURCE_DIR=$2
SHARED_DIR=$3
WORK=$4/seeds_account
rm -rf "$WORK" && mkdir -p "$WORK"
source "$SOURCE_DIR/tests/api/lib.sh"

start_server "$WORK/db.sqlite"
for f in "$SHARED_DIR"/seeds/*.txt; do
  name="seeds/$(basename "$f")"  # the path analyze gives it, run in SHARED_DIR
  code=$(req POST "/api/documents?name=$name" -H 'Content-Type: text/plain' --data-binary @"$f")
  check "POST $name" "$code" 201
done
for _ in $(seq 1 100); do
  req GET /api/metrics >/dev/null
  [ "$(js "$WORK/body" j.pending_fusion)" = 0 ] && break
  sleep 0.1
done
python3 "$SOURCE_DIR/tests/scale/compare_accounts.py" "$SOURCE_DIR/tests/golden/seeds.json" --api "$BASE" \
  --out "$WORK/compare.json"
check "the server's account equals the batch's (stories, ledger, dates, copies)" "$?" 0
check "one story" "$(req GET /api/stories >/dev/null; js "$WORK/body" j.stories.length)" 1
STORY=$(js "$WORK/body" j.stories[0].id)
req GET "/api/stories/$STORY" >/dev/null
cp "$WORK/body" "$WORK/story.json"
check "civilians evacuated is an update" \
  "$(js "$WORK/story.json" 'j.story.ledger.filter(e => e.measure === "civilians evacuated").map(e => e.evolving).join()')" true
check "the undated AP report is dated from its story" \
  "$(js "$WORK/story.json" 'j.documents.filter(d => d.path.includes("000_")).map(d => d.date_origin + "/" + d.date_basis).join()')" \
  inferred/story
check "every source named by its outlet or file name" \
  "$(js "$WORK/story.json" 'j.documents.every(d => /^\d{3}_[0-9a-f]+\.txt$/.test(d.outlet))')" true
check "ledger claims carry the outlet" \
  "$(js "$WORK/story.json" 'Object.values(j.claims).every(c => c.outlet && !c.outlet.startsWith("api/"))')" true
stop_server
finish
