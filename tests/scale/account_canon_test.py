#!/usr/bin/env python3
"""Tests of account_canon.py (ctest scale.account_canon): the canon ignores
internal ids and nothing else, and each kind of difference is reported.

    account_canon_test.py [BATCH.json]

With BATCH.json (an `analyze --json` account) the checks run on it too.
Standard library only."""
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import account_canon as ac  # noqa: E402


def account():
    docs = []
    for i, (h, src, date) in enumerate([("aa", "AP", "2022-05-01"), ("bb", "BBC", "2022-05-02"),
                                        ("cc", "AP", "2022-05-03"), ("dd", None, None), ("aa", "AP", "2022-05-04")]):
        docs.append({"id": "%016x" % (i + 1), "path": "f%d.txt" % i, "content_hash": h, "source": src,
                     "date": date, "date_origin": "metadata" if date else None, "date_basis": None, "copy_of": None})
    docs[4]["copy_of"] = docs[0]["id"]
    d = [x["id"] for x in docs]
    quantities = [{"id": "q%s.0" % d[0], "text": "12", "kind": "count", "value": 12, "low": 12, "high": 12},
                  {"id": "q%s.0" % d[1], "text": "about 15", "kind": "count", "value": 15, "low": 13, "high": 17},
                  {"id": "q%s.0" % d[2], "text": "20", "kind": "count", "value": 20, "low": 20, "high": 20}]
    claims = [{"id": "c%s.0" % x, "doc": x, "quantity": "q%s.0" % x, "measure": "civilians killed",
               "as_of": docs[i]["date"]} for i, x in enumerate(d[:3])]
    stories = [
        {"id": "s" + d[0], "documents": [d[0], d[1], d[4]],
         "ledger": [{"measure": "civilians killed", "claims": ["c%s.0" % d[0], "c%s.0" % d[1]], "restatements": [],
                     "unit": "", "low": 12, "high": 17, "consensus": [13, 12], "conservative": 12,
                     "agreement": "disagree", "evolving": True, "why": "AP says 12, BBC says about 15"}],
         "timeline": [{"date": "2022-05-01", "text": "It began.", "doc": d[0], "start": 0, "end": 9}]},
        {"id": "s" + d[2], "documents": [d[2], d[3]],
         "ledger": [{"measure": "civilians killed", "claims": ["c%s.0" % d[2]], "restatements": [], "unit": "",
                     "low": 20, "high": 20, "consensus": [20, 20], "conservative": 20, "agreement": "single",
                     "evolving": False, "why": "Only one source"}],
         "timeline": []},
    ]
    return {"documents": docs, "stories": stories, "claims": claims, "quantities": quantities}


def renamed(a):
    """The same account with every internal id and path changed."""
    s = json.dumps(a)
    for x in [d["id"] for d in a["documents"]]:
        s = s.replace(x, "f" + x[1:])
    b = json.loads(s)
    for d in b["documents"]:
        d["path"] = "api/" + d["path"]
    return b


failures = 0


def check(name, cond):
    global failures
    print("%s %s" % ("ok  " if cond else "FAIL", name))
    failures += not cond


def run(a, label):
    base = ac.canon(a)
    same = ac.compare(base, ac.canon(copy.deepcopy(a)))
    check(label + ": equal to itself", same["equal"] and same["bcubed"]["f1"] == 1.0)
    check(label + ": ids and paths do not matter", ac.compare(base, ac.canon(renamed(a)))["equal"])

    big = max(range(len(a["stories"])), key=lambda i: len(a["stories"][i]["documents"]))
    if len(a["stories"]) > 1 and len(a["stories"][big]["documents"]) > 1:
        b = copy.deepcopy(a)
        other = (big + 1) % len(b["stories"])
        b["stories"][other]["documents"].append(b["stories"][big]["documents"].pop())
        r = ac.compare(base, ac.canon(b))
        check(label + ": a document moved to another story lowers B-cubed", not r["equal"] and r["bcubed"]["f1"] < 1.0
              and r["stories"]["equal"] <= len(a["stories"]) - 2)

    with_ledger = [s for s in a["stories"] if s["ledger"]]
    b = copy.deepcopy(a)
    entry = [s for s in b["stories"] if s["ledger"]][0]["ledger"][0]
    entry["agreement"] = "agree" if entry["agreement"] != "agree" else "disagree"
    r = ac.compare(base, ac.canon(b))
    check(label + ": a ledger flag changed", not r["equal"] and r["bcubed"]["f1"] == 1.0
          and r["ledger_entries"]["equal"] == r["ledger_entries"]["reference"] - 1
          and len(r["ledger_entries"]["only_other"]) == 1)
    if with_ledger and with_ledger[0]["ledger"][0]["claims"]:
        b = copy.deepcopy(a)
        cid = [s for s in b["stories"] if s["ledger"]][0]["ledger"][0]["claims"][0]
        c = next(c for c in b["claims"] if c["id"] == cid)
        q = next(q for q in b["quantities"] if q["id"] == c["quantity"])
        q["value"] = (q.get("value") or 0) + 1
        r = ac.compare(base, ac.canon(b))
        check(label + ": a member figure changed", not r["equal"] and len(r["ledger_entries"]["only_other"]) >= 1)
    b = copy.deepcopy(a)
    b["documents"][0]["date"] = "1999-01-01"
    r = ac.compare(base, ac.canon(b))
    check(label + ": a document's date changed", not r["equal"] and len(r["documents"]["differences"]) == 1)
    b = copy.deepcopy(a)
    gone = b["documents"].pop()
    for s in b["stories"]:
        if gone["id"] in s["documents"]:
            s["documents"].remove(gone["id"])
    r = ac.compare(base, ac.canon(b))
    check(label + ": a document missing", not r["equal"] and r["documents"]["common"] == len(a["documents"]) - 1)
    b = copy.deepcopy(a)
    b["_service"] = {"integrity": "ok", "pending_fusion": 3}
    check(label + ": documents pending fusion", not ac.compare(base, ac.canon(b))["equal"])


run(account(), "synthetic")
a = ac.canon(account())
check("synthetic: two documents with one hash and outlet get two keys", len(a["documents"]) == 5)
check("synthetic: copy_of is a key", a["documents"]["aa|AP|#2"]["copy_of"] == "aa|AP")
if len(sys.argv) > 1:
    with open(sys.argv[1], encoding="utf-8") as f:
        run(json.load(f), os.path.basename(sys.argv[1]))
sys.exit(1 if failures else 0)
