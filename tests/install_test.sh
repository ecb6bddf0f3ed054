#!/usr/bin/env bash
# Install test: `cmake --install` puts the binary and its data under a
# prefix; the installed binary reports that prefix as its data root, runs
# from another working directory, and gives the golden JSON for the seeds.
set -euo pipefail
bin=$1; repo=$2; shared=$3
build=$(dirname "$bin")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
installed="$tmp/prefix/bin/crosscheck"
[ -x "$installed" ] || { echo "FAIL: no installed binary"; exit 1; }
version=$("$installed" --version)
case "$version" in
  *"(data: $tmp/prefix/share/crosscheck)"*) ;;
  *) echo "FAIL: installed binary uses another data root: $version"; exit 1 ;;
esac
cp -r "$shared/seeds" "$tmp/seeds"
( cd "$tmp" && "$installed" analyze seeds --json "$tmp/out.json" --quiet )
diff -q "$repo/tests/golden/seeds.json" "$tmp/out.json" >/dev/null || {
  echo "FAIL: installed binary's seeds JSON differs from tests/golden/seeds.json"; exit 1; }
# CROSSCHECK_HOME wins over the install layout when it holds the data.
home_version=$(CROSSCHECK_HOME="$repo" "$installed" --version)
case "$home_version" in
  *"(data: $repo)"*) ;;
  *) echo "FAIL: CROSSCHECK_HOME ignored: $home_version"; exit 1 ;;
esac
echo "install: ok"
