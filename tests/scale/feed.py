#!/usr/bin/env python3
"""Feeds files to a running `crosscheck serve` one POST at a time, in the
order `crosscheck analyze` reads them (sorted paths), each named by its path
(?name=) so that its documents get the ids a batch run gives them.

    feed.py BASE_URL PATH... [--token T] [--clients N] [--acked FILE]

Content-Type by extension: .jsonl -> application/x-ndjson, .html/.htm ->
text/html, anything else text/plain. Prints documents/s; --acked writes the
id of every document the server acknowledged (201/200/202), one per line.
--clients N posts from N threads at once (default 1: strictly one after
another, in order). Exit 1 when any request failed. Standard library only.
"""
import argparse
import concurrent.futures
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

TYPES = {".jsonl": "application/x-ndjson", ".html": "text/html", ".htm": "text/html"}


def files_of(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found += [os.path.join(root, n) for n in names if not n.startswith(".")]
            out += sorted(found)
        else:
            out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--token")
    ap.add_argument("--acked")
    ap.add_argument("--clients", type=int, default=1)
    args = ap.parse_args()
    files = files_of(args.paths)
    acked = open(args.acked, "w") if args.acked else None
    start = time.time()

    def post(f):
        body = open(f, "rb").read()
        ctype = TYPES.get(os.path.splitext(f)[1].lower(), "text/plain")
        url = args.base.rstrip("/") + "/api/documents?name=" + urllib.parse.quote(f, safe="")
        req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
        if args.token:
            req.add_header("Authorization", "Bearer " + args.token)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                out = json.loads(r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            print("feed: %s: HTTP %d %s" % (f, e.code, e.read()[:200]), file=sys.stderr)
            return [], 1
        return [d["id"] for d in out.get("documents", []) if d.get("status") in ("created", "duplicate", "queued")], 0

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.clients)) as pool:
        for ids, bad in pool.map(post, files):
            failed += bad
            if acked:
                for i in ids:
                    acked.write(i + "\n")
    secs = time.time() - start
    print("feed: %d files in %.1f s (%.1f files/s), %d failed" % (len(files), secs, len(files) / max(secs, 1e-9), failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
