#!/usr/bin/env bash
# End-to-end test of `crosscheck export` on the seed reports:
#  1. each format matches its golden file (tests/golden/seeds-*.{csv,jsonld,
#     prov.json}); UPDATE_GOLDEN=1 rewrites them (review the diff);
#  2. the same exports read from a store (`analyze --db`) are the same bytes;
#  3. tests/export/check_exports.py checks them with other tools (Python's
#     csv, PyLD, the W3C PROV library);
#  4. LibreOffice Calc, when installed (`soffice`), opens the ledger CSV
#     headless and the civilians-in-the-plant figures read as the ledger
#     says. setup.sh installs it only with CROSSCHECK_LIBREOFFICE=1 (a
#     ~90 MB install); without it step 3's csv round trip stands in.
set -euo pipefail
bin=$1; repo=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
golden="$repo/tests/golden"
cd "$shared"
"$bin" analyze seeds --json "$tmp/seeds.json" --with-text --db "$tmp/store.db" --quiet

status=0
export_all() {  # INPUT DIR
  mkdir -p "$2"
  "$bin" export "$1" --format csv -o "$2/ledger.csv"
  "$bin" export "$1" --format acled -o "$2/acled.csv"
  "$bin" export "$1" --format jsonld -o "$2/claims.jsonld"
  "$bin" export "$1" --format prov -o "$2/lineage.prov.json"
}
export_all "$tmp/seeds.json" "$tmp/json"
export_all "$tmp/store.db" "$tmp/store"

pairs=("ledger.csv seeds-ledger.csv" "acled.csv seeds-acled.csv" "claims.jsonld seeds-claims.jsonld" "lineage.prov.json seeds-lineage.prov.json")
for p in "${pairs[@]}"; do
  set -- $p
  if [ "${UPDATE_GOLDEN:-0}" = "1" ]; then
    cp "$tmp/json/$1" "$golden/$2"
    echo "updated $golden/$2"
  elif ! diff -u "$golden/$2" "$tmp/json/$1" > "$tmp/diff"; then
    head -40 "$tmp/diff"
    echo "FAIL: export $1 differs from tests/golden/$2 (UPDATE_GOLDEN=1 ctest -R export to accept)"
    status=1
  fi
done
# From a store: the same bytes (PROV names the generator, which says "store").
for f in ledger.csv acled.csv claims.jsonld; do
  cmp "$tmp/json/$f" "$tmp/store/$f" || { echo "FAIL: $f from the store differs from $f from the JSON"; status=1; }
done

if command -v soffice >/dev/null 2>&1; then
  # UTF-8 (76), comma-separated, double quotes; a private profile.
  if timeout 120 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
       --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$tmp/json" "$tmp/json/ledger.csv" > "$tmp/soffice.log" 2>&1 \
     && [ -s "$tmp/json/ledger.xlsx" ]; then
    echo "ok   LibreOffice Calc opened ledger.csv headless ($(soffice --version | head -1))"
  else
    cat "$tmp/soffice.log"; echo "FAIL: soffice could not convert ledger.csv"; status=1
  fi
else
  echo "note: soffice not installed (CROSSCHECK_LIBREOFFICE=1 tools/setup.sh installs it); the csv module round trip stands in"
fi
/usr/bin/python3 "$repo/tests/export/check_exports.py" "$tmp/seeds.json" "$tmp/json" || status=1
# Bad input: a file that is not JSON is rejected with its name and offset.
printf '{"stories": [' > "$tmp/bad.json"
if "$bin" export "$tmp/bad.json" --format csv -o "$tmp/bad.csv" 2> "$tmp/bad.err"; then
  echo "FAIL: a truncated JSON was accepted"; status=1
elif ! grep -q "bad.json: byte" "$tmp/bad.err"; then
  cat "$tmp/bad.err"; echo "FAIL: the error does not name the file and offset"; status=1
fi
[ $status -eq 0 ] && echo "export: ok"
exit $status
