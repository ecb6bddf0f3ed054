#!/usr/bin/env python3
"""Canonical form of a crosscheck account, and the comparison of two
(issue 16, docs/SCALE.md "One account everywhere").

An account is the JSON of `crosscheck analyze --json`, or a running
`crosscheck serve` read through its API (any engine: SQLite, PostgreSQL).
Internal ids (document ids hash the path a report was read under, story and
claim ids derive from them) are replaced by a stable document key, so two
accounts of the same reports compare however they were ingested:

  * document key: the content hash, then the outlet, then (only when one
    account holds several documents with that hash and outlet) their rank
    in the account's document order;
  * a story: the set of its members' document keys;
  * a ledger entry: measure, unit, low, high, consensus, conservative,
    agreement, evolving, the explanation (`why`, with any id in it replaced
    by its key), and its claims and restatements as sorted tuples of member
    figures (document key, claim measure, speaker, as-of, time, qualifiers;
    the quantity's text, kind, value, bounds, likely band, unit, hedge);
  * per document: date, date origin and basis, outlet, copy-of (as a key);
  * a timeline entry: date, text, document key, offsets.

    account_canon.py canon ACCOUNT [-o CANON.json]
    account_canon.py compare BATCH ACCOUNT [--order-bound ARRIVAL_BATCH]
                             [--out REPORT.json] [--show N]
    account_canon.py arrival-order (ACCOUNT | STORE.db)

ACCOUNT / BATCH: a JSON file, or http://HOST:PORT (a server's API).

`compare` prints B-cubed precision / recall / F1 of the stories (over the
documents both hold), stories equal (same member set), ledger entries equal
(multiset of (story, entry) tuples), documents and timelines equal, and the
first --show differences of each. Exit 0 when ACCOUNT equals BATCH.

Order bound: stories are grouped greedily in the order reports arrive. A
path whose arrival order is not the batch's (the server with several
clients posting at once) is bound to equal a batch run *in its arrival
order*: `arrival-order` prints the documents' paths in the order fusion
took them (a SQLite store's order keys; for an API, its seq), `crosscheck
analyze` over that list gives
ARRIVAL_BATCH, and `compare --order-bound ARRIVAL_BATCH` then requires
ACCOUNT == ARRIVAL_BATCH (exit status) and reports ACCOUNT against BATCH as
information (how far arrival order moved the account).

Standard library only.
"""
import argparse
import json
import re
import sqlite3
import sys
import urllib.parse
import urllib.request
from collections import Counter

from compare_accounts import bcubed  # one B-cubed for both comparers

QUANTITY_FIELDS = ("text", "kind", "value", "low", "high", "low_inclusive", "high_inclusive", "band_low",
                   "band_high", "conservative", "exact", "hedge", "unit", "counted", "tally")
CLAIM_FIELDS = ("measure", "counted", "state", "place", "speaker", "speaker_role", "time", "as_of", "group",
                "kind", "qualifiers", "holder", "topic")
ENTRY_FIELDS = ("measure", "unit", "low", "high", "consensus", "conservative", "agreement", "evolving")
DOC_FIELDS = ("date", "date_origin", "date_basis", "source")


# ---------------------------------------------------------------- loading

def _get(base, path):
    with urllib.request.urlopen(base + path, timeout=120) as r:
        return json.loads(r.read().decode("utf-8"))


def load_api(base):
    """Reads a server's account into the shape of `analyze --json`:
    documents (in arrival order), stories, claims, quantities."""
    base = base.rstrip("/")
    docs, offset = [], 0
    while True:
        page = _get(base, "/api/documents?limit=1000&offset=%d" % offset)["documents"]
        docs += page
        if len(page) < 1000:
            break
        offset += 1000
    # Newest first on the API; arrival order is seq (then id, for ties).
    docs.sort(key=lambda d: (d.get("seq") if d.get("seq") is not None else 0, d["id"]))
    stories, claims, quantities, offset = [], {}, {}, 0
    while True:
        page = _get(base, "/api/stories?limit=500&offset=%d" % offset)["stories"]
        for s in page:
            # The whole answer: every member, timeline entry and restatement.
            full = _get(base, "/api/stories/" + urllib.parse.quote(s["id"]) + "?whole=1")
            stories.append(full["story"])
            claims.update(full.get("claims") or {})
            quantities.update(full.get("quantities") or {})
        if len(page) < 500:
            break
        offset += 500
    # A story page holds the claims and quantities its ledger cites, not
    # always the restatements: those are read from their document's records.
    missing = {c for s in stories for e in s.get("ledger", []) for c in e.get("claims", []) + e.get("restatements", [])
               if c not in claims}
    for doc in sorted({m.group(1) for m in (re.match(r"c([0-9a-f]{16})\.", c) for c in missing) if m}):
        records = _get(base, "/api/documents/" + doc).get("records") or {}
        for c in records.get("claims", []):
            claims.setdefault(c["id"], c)
        for q in records.get("quantities", []):
            quantities.setdefault(q["id"], q)
    health = _get(base, "/api/health?integrity=1")
    metrics = _get(base, "/api/metrics")
    return {"documents": docs, "stories": stories, "claims": list(claims.values()),
            "quantities": list(quantities.values()),
            "_service": {"integrity": health.get("integrity"), "pending_fusion": metrics.get("pending_fusion")}}


def arrival_paths(spec):
    """Document paths in the order fusion takes them. From a SQLite store:
    its order keys (the server's clock when a POSTed document was stored,
    after its analysis; fusion sorts by order key, then id). From an API or
    a JSON account: the document order (seq), which can differ from the order
    keys when several POSTs are analysed at once."""
    head = b""
    if not re.match(r"https?://", spec):
        with open(spec, "rb") as f:
            head = f.read(16)
    if head.startswith(b"SQLite format 3"):
        db = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(spec), uri=True)
        return [r[0] for r in db.execute("SELECT path FROM documents ORDER BY order_key, id")]
    return [d.get("path") for d in load(spec)["documents"]]


def load(spec):
    if re.match(r"https?://", spec):
        return load_api(spec)
    with open(spec, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- canon

def canon(account):
    """Returns the canonical account: a dict of plain, id-free values."""
    docs = account.get("documents", [])
    keys, seen = {}, Counter()
    for d in docs:  # account order = arrival order
        base = "%s|%s" % (d.get("content_hash") or "", d.get("source") or "")
        seen[base] += 1
        keys[d["id"]] = base if seen[base] == 1 else "%s|#%d" % (base, seen[base])
    id_re = re.compile(r"\b[cqs]?([0-9a-f]{16})\b")

    def unid(text):
        if not isinstance(text, str):
            return text
        return id_re.sub(lambda m: "<%s>" % keys.get(m.group(1), m.group(0)), text)

    claims = {c["id"]: c for c in account.get("claims", [])}
    quantities = {q["id"]: q for q in account.get("quantities", [])}

    def doc_of(claim_id, claim):
        d = claim.get("doc") if claim else None
        if d is None:  # claim ids are c<doc>.<n>
            m = re.match(r"c([0-9a-f]{16})\.", claim_id)
            d = m.group(1) if m else None
        return keys.get(d, "?" + str(d))

    def member(claim_id):
        c = claims.get(claim_id)
        q = quantities.get(c.get("quantity")) if c else None
        return [doc_of(claim_id, c),
                [c.get(k) for k in CLAIM_FIELDS] if c else None,
                [q.get(k) for k in QUANTITY_FIELDS] if q else None]

    def sort_key(x):
        return json.dumps(x, sort_keys=True)

    out_docs = {}
    for d in docs:
        rec = {k: d.get(k) for k in DOC_FIELDS}
        rec["copy_of"] = keys.get(d.get("copy_of"), d.get("copy_of"))
        out_docs[keys[d["id"]]] = rec
    out_stories = []
    for s in account.get("stories", []):
        members = sorted(keys.get(d, "?" + d) for d in s.get("documents", []))
        ledger = []
        for e in s.get("ledger", []):
            t = {k: e.get(k) for k in ENTRY_FIELDS}
            t["why"] = unid(e.get("why"))
            t["claims"] = sorted((member(c) for c in e.get("claims", [])), key=sort_key)
            t["restatements"] = sorted((member(c) for c in e.get("restatements", [])), key=sort_key)
            ledger.append(t)
        timeline = [[t.get("date"), t.get("text"), keys.get(t.get("doc"), t.get("doc")), t.get("start"), t.get("end")]
                    for t in s.get("timeline", [])]
        out_stories.append({"members": members, "ledger": sorted(ledger, key=sort_key),
                            "timeline": sorted(timeline, key=sort_key)})
    out_stories.sort(key=lambda s: s["members"])
    return {"documents": out_docs, "stories": out_stories, "service": account.get("_service")}


# ---------------------------------------------------------------- compare

def compare(a, b):
    """a: the reference canon (batch), b: the other. Returns a report."""
    common = set(a["documents"]) & set(b["documents"])
    ga = {d: i for i, s in enumerate(a["stories"]) for d in s["members"] if d in common}
    gb = {d: i for i, s in enumerate(b["stories"]) for d in s["members"] if d in common}
    both = set(ga) & set(gb)
    p, r, f = bcubed({d: ga[d] for d in both}, {d: gb[d] for d in both})

    sets_a = Counter(tuple(s["members"]) for s in a["stories"])
    sets_b = Counter(tuple(s["members"]) for s in b["stories"])
    stories_equal = sum((sets_a & sets_b).values())

    def entries(c):
        return Counter(json.dumps([s["members"], e], sort_keys=True) for s in c["stories"] for e in s["ledger"])

    def timelines(c):
        return Counter(json.dumps([s["members"], t]) for s in c["stories"] for t in s["timeline"])

    ea, eb = entries(a), entries(b)
    ta, tb = timelines(a), timelines(b)
    doc_diffs = []
    for d in sorted(common):
        x, y = a["documents"][d], b["documents"][d]
        fields = [k for k in sorted(x) if x.get(k) != y.get(k)]
        if fields:
            doc_diffs.append({"doc": d, "reference": {k: x.get(k) for k in fields},
                              "other": {k: y.get(k) for k in fields}})
    service = b.get("service") or {}
    report = {
        "documents": {"reference": len(a["documents"]), "other": len(b["documents"]), "common": len(common),
                      "only_reference": sorted(set(a["documents"]) - common)[:20],
                      "only_other": sorted(set(b["documents"]) - common)[:20],
                      "fields_equal": len(common) - len(doc_diffs), "differences": doc_diffs},
        "documents_in_a_story": {"reference": len(ga), "other": len(gb), "both": len(both)},
        "bcubed": {"precision": p, "recall": r, "f1": f},
        "stories": {"reference": len(a["stories"]), "other": len(b["stories"]), "equal": stories_equal,
                    "only_reference": [list(s) for s in (sets_a - sets_b)],
                    "only_other": [list(s) for s in (sets_b - sets_a)]},
        "ledger_entries": {"reference": sum(ea.values()), "other": sum(eb.values()),
                           "equal": sum((ea & eb).values()),
                           "only_reference": [json.loads(x) for x in (ea - eb)],
                           "only_other": [json.loads(x) for x in (eb - ea)]},
        "timeline_entries": {"reference": sum(ta.values()), "other": sum(tb.values()),
                             "equal": sum((ta & tb).values())},
        "service": service,
    }
    report["equal"] = bool(
        len(common) == len(a["documents"]) == len(b["documents"]) and f == 1.0 and len(ga) == len(gb) == len(both)
        and stories_equal == len(a["stories"]) == len(b["stories"])
        and ea == eb and ta == tb and not doc_diffs
        and service.get("integrity", "ok") == "ok" and not service.get("pending_fusion"))
    return report


def summary(label, rep):
    d, s, e, t, bc = rep["documents"], rep["stories"], rep["ledger_entries"], rep["timeline_entries"], rep["bcubed"]
    svc = rep.get("service") or {}
    extra = ""
    if svc:
        extra = ", integrity %s, pending %s" % (svc.get("integrity"), svc.get("pending_fusion"))
    return ("%s: B-cubed P %.4f R %.4f F1 %.4f; stories %d/%d equal (%d in other); ledger entries %d/%d equal "
            "(%d in other); timeline %d/%d; documents %d/%d (%d in other, %d field differences)%s -> %s"
            % (label, bc["precision"], bc["recall"], bc["f1"], s["equal"], s["reference"], s["other"], e["equal"],
               e["reference"], e["other"], t["equal"], t["reference"], d["common"], d["reference"], d["other"],
               len(d["differences"]), extra, "EQUAL" if rep["equal"] else "DIFFERENT"))


def show_differences(rep, n):
    def short(x):
        s = json.dumps(x, ensure_ascii=False)
        return s if len(s) <= 600 else s[:600] + "…"
    for k in ("only_reference", "only_other"):
        for d in rep["documents"][k][:n]:
            print("  document %s: %s" % (k, d))
    for d in rep["documents"]["differences"][:n]:
        print("  document fields differ:", short(d))
    for k in ("only_reference", "only_other"):
        for s in rep["stories"][k][:n]:
            print("  story %s (%d members): %s" % (k, len(s), short(s)))
    for k in ("only_reference", "only_other"):
        for members, e in rep["ledger_entries"][k][:n]:
            print("  ledger entry %s: story of %d members (%s…): %s"
                  % (k, len(members), members[0][:12] if members else "", short(e)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("canon", help="write the canonical form of an account")
    c.add_argument("account")
    c.add_argument("-o", "--output")
    m = sub.add_parser("compare", help="compare an account with a batch run's")
    m.add_argument("batch")
    m.add_argument("account")
    m.add_argument("--order-bound", metavar="ARRIVAL_BATCH",
                   help="the account must equal this batch run over its arrival order; BATCH is reported only")
    m.add_argument("--out")
    m.add_argument("--show", type=int, default=5, help="differences printed per kind (default 5)")
    m.add_argument("--label", default="account")
    o = sub.add_parser("arrival-order", help="print the document paths in the order fusion took them")
    o.add_argument("account")
    args = ap.parse_args()

    if args.cmd == "canon":
        out = json.dumps(canon(load(args.account)), indent=1, sort_keys=True, ensure_ascii=False)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(out + "\n")
        else:
            print(out)
        return 0
    if args.cmd == "arrival-order":
        seen = set()
        for p in arrival_paths(args.account):
            if p and p not in seen:  # a JSON Lines file holds several documents
                seen.add(p)
                print(p)
        return 0

    account = canon(load(args.account))
    batch = canon(load(args.batch))
    rep = compare(batch, account)
    result = {"against_batch": rep, "equal": rep["equal"]}
    print(summary(args.label + " vs batch", rep))
    if args.order_bound:
        arrival = canon(load(args.order_bound))
        bound = compare(arrival, account)
        result["against_arrival_batch"] = bound
        result["equal"] = bound["equal"]
        print(summary(args.label + " vs batch in arrival order (the bound)", bound))
        if not bound["equal"]:
            show_differences(bound, args.show)
        elif not rep["equal"]:
            print("  (differences from the batch order, allowed by the bound:)")
            show_differences(rep, args.show)
    elif not rep["equal"]:
        show_differences(rep, args.show)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
    return 0 if result["equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
