#!/usr/bin/env python3
"""Compares a store's account with a batch run's (docs/SCALE.md).

    compare_accounts.py BATCH.json (--sqlite FILE | --api http://HOST:PORT)
                        [--out REPORT.json] [--allow-order-bound]

BATCH.json is `crosscheck analyze --json` over the same inputs. The store is
read directly (SQLite) or through a running `crosscheck serve` (any engine).
Checked:
  * stories: B-cubed precision, recall and F1 of the store's story
    membership against the batch's (documents both hold);
  * each batch story's JSON (title, documents, ledger, timeline) against the
    store's story with the same id: equal, or the differing fields;
  * per document: date, date_origin, date_basis and copy_of;
  * the store's integrity report, when read through the API.
Prints a summary; exits 0 when everything is equal (B-cubed F1 = 1.0).
Standard library only.
"""
import argparse
import json
import sqlite3
import sys
import urllib.parse
import urllib.request


def bcubed(gold, test):
    """gold, test: dict doc -> cluster label, over the same documents."""
    by_g, by_t = {}, {}
    for d, c in gold.items():
        by_g.setdefault(c, set()).add(d)
    for d, c in test.items():
        by_t.setdefault(c, set()).add(d)
    p = r = 0.0
    for d in gold:
        g, t = by_g[gold[d]], by_t[test[d]]
        inter = len(g & t)
        p += inter / len(t)
        r += inter / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def from_sqlite(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    stories = {}
    for sid, js in db.execute("SELECT id, json FROM stories"):
        stories[sid] = json.loads(js)
    docs = {}
    for row in db.execute("SELECT id, date, date_origin, date_basis, copy_of FROM documents"):
        docs[row[0]] = dict(zip(("date", "date_origin", "date_basis", "copy_of"), row[1:]))
    pending = db.execute("SELECT count(*) FROM fuse_inputs WHERE fused = 0").fetchone()[0]
    return stories, docs, {"pending_fusion": pending}


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


def from_api(base):
    stories, docs = {}, {}
    offset = 0
    while True:
        page = get(base, "/api/stories?limit=500&offset=%d" % offset)["stories"]
        for s in page:
            # The whole story record (the default answer pages its members).
            stories[s["id"]] = get(base, "/api/stories/" + urllib.parse.quote(s["id"]) + "?whole=1")["story"]
        if len(page) < 500:
            break
        offset += 500
    offset = 0
    while True:
        page = get(base, "/api/documents?limit=1000&offset=%d" % offset)["documents"]
        for d in page:
            docs[d["id"]] = {k: d.get(k) for k in ("date", "date_origin", "date_basis", "copy_of")}
        if len(page) < 1000:
            break
        offset += 1000
    health = get(base, "/api/health?integrity=1")
    metrics = get(base, "/api/metrics")
    return stories, docs, {"integrity": health.get("integrity"), "pending_fusion": metrics.get("pending_fusion")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch")
    ap.add_argument("--sqlite")
    ap.add_argument("--api")
    ap.add_argument("--out")
    args = ap.parse_args()
    batch = json.load(open(args.batch, encoding="utf-8"))
    if args.sqlite:
        stories, docs, extra = from_sqlite(args.sqlite)
    elif args.api:
        stories, docs, extra = from_api(args.api.rstrip("/"))
    else:
        sys.exit("compare_accounts: give --sqlite or --api")

    bstories = {s["id"]: s for s in batch["stories"]}
    bdocs = {d["id"]: d for d in batch["documents"]}
    common = set(bdocs) & set(docs)
    gold = {d: sid for sid, s in bstories.items() for d in s["documents"] if d in common}
    test = {d: sid for sid, s in stories.items() for d in s.get("documents", []) if d in common}
    in_both = set(gold) & set(test)
    p, r, f = bcubed({d: gold[d] for d in in_both}, {d: test[d] for d in in_both})
    report = {
        "batch_documents": len(bdocs), "store_documents": len(docs), "common_documents": len(common),
        "batch_stories": len(bstories), "store_stories": len(stories),
        "documents_in_a_batch_story_only": len(set(gold) - set(test)),
        "documents_in_a_store_story_only": len(set(test) - set(gold)),
        "bcubed": {"precision": p, "recall": r, "f1": f},
    }
    report.update(extra)
    story_diffs = []
    for sid, bs in bstories.items():
        ss = stories.get(sid)
        if ss is None:
            story_diffs.append({"story": sid, "missing": True})
            continue
        fields = [k for k in ("title", "documents", "ledger", "timeline") if bs.get(k) != ss.get(k)]
        if fields:
            story_diffs.append({"story": sid, "fields": fields})
    extra_stories = sorted(set(stories) - set(bstories))
    doc_diffs = []
    for d in sorted(common):
        a, b = bdocs[d], docs[d]
        fields = [k for k in ("date", "date_origin", "date_basis", "copy_of") if a.get(k) != b.get(k)]
        if fields:
            doc_diffs.append({"doc": d, "fields": fields, "batch": {k: a.get(k) for k in fields},
                              "store": {k: b.get(k) for k in fields}})
    report["stories_equal"] = len(bstories) - len(story_diffs)
    report["story_differences"] = story_diffs[:50]
    report["stories_only_in_store"] = extra_stories[:50]
    report["document_differences"] = doc_diffs[:50]
    report["document_difference_count"] = len(doc_diffs)
    ok = (not story_diffs and not extra_stories and not doc_diffs and f == 1.0 and len(common) == len(bdocs)
          and report.get("integrity", "ok") == "ok" and not report.get("pending_fusion"))
    report["equal"] = ok
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            json.dump(report, out, indent=1)
    print("compare_accounts: %d/%d documents, %d/%d stories equal, B-cubed P %.4f R %.4f F1 %.4f, "
          "%d document field differences, integrity %s, pending %s -> %s"
          % (len(common), len(bdocs), report["stories_equal"], len(bstories), p, r, f, len(doc_diffs),
             report.get("integrity", "-"), report.get("pending_fusion"), "EQUAL" if ok else "DIFFERENT"))
    if not ok:
        for d in story_diffs[:5]:
            print("  story", d)
        for d in doc_diffs[:5]:
            print("  doc", d)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
