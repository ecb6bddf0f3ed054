#!/usr/bin/env python3
"""Missed same-measure pairs of one tuning part, one line each, with the
reason the ledger kept the two figures apart (tuning aid; docs/LEDGER.md).

    LEDGER_DEBUG=pairs LEDGER_GOLD_LOG=tune2 build/pipeline_tests \\
        --gtest_filter='LedgerQuality.TuningPart2' 2> /tmp/tune2.log >/dev/null
    python3 tests/gold/ledger/errors.py /tmp/tune2.log            # counts by reason
    python3 tests/gold/ledger/errors.py /tmp/tune2.log --pairs    # and every pair
    python3 tests/gold/ledger/errors.py /tmp/tune*.log --why      # several parts, finer reasons

With --why each reason is refined by the frame field that split the pair
and, for pairs that passed Aligner::Score, by what the join step did (it
reads the `join`, `try`, `fail`, `evidence` and `toll` lines of
LEDGER_DEBUG): `group: nouns of kinds p/p` (WordNet kinds of the two
counted nouns, `-` none), `state: one side unsaid` / `two states`,
`qualifiers: part|more|…` (the words on one side only), `place: one side` /
`two places`; `scored: another member refused (R)`, `scored: too little
evidence`, `scored: a better entry`, `scored: another toll`, `scored: not
tried` (index or family). `=v` marks the pairs whose two values are equal.

Reasons: `no figure` (the number layer read no quantity there), `no
measure` (the claim has none: a filter, no counted noun and no state),
`restated` / `part` (not a candidate), a constraint of Aligner::Score
(`group`, `state`, `place`, `time`, …), or `scored S value V` when the pair
passes the constraints but the entry did not take it (too little evidence,
another representative refused, or a better entry). Never run it on the
measuring half: LEDGER_GOLD_LOG analyses only the part it names.
"""
import collections, re, sys

FIG = re.compile(r'd(\d+) (\S+) "(.*?)" \(entry (-?\d+), c(-?\d+)\)')


CANDF = re.compile(r"(\w+)=(\S*)")


def fields(cand):
    """The key=value fields of a `cand` line (values without spaces only)."""
    return dict(CANDF.findall(cand or ""))


def refine(reason, fa, fb, blk, ra, rb):
    """A finer reason for --why (see the module comment)."""
    if reason == "group":
        na, nb = fa.get("counted", ""), fb.get("counted", "")
        if not na or not nb:
            return "group: one noun missing"
        return "group: nouns of kinds %s/%s" % tuple(sorted((fa.get("nkind", "?"), fb.get("nkind", "?"))))
    if reason == "state":
        sa, sb = fa.get("state", ""), fb.get("state", "")
        return "state: one side unsaid" if (not sa) != (not sb) else "state: two states"
    if reason == "qualifiers":
        qa, qb = set(fa.get("qual", "").split()), set(fb.get("qual", "").split())
        return "qualifiers: " + " ".join(sorted(qa ^ qb))
    if reason == "place":
        pa, pb = fa.get("place", "/"), fb.get("place", "/")
        return "place: one side" if pa.startswith("/") != pb.startswith("/") else "place: two places"
    if reason != "scored":
        return reason
    # The later candidate's attempt at the earlier one's entry.
    first, later = (ra, rb) if blk["order"].get(ra, 0) < blk["order"].get(rb, 0) else (rb, ra)
    ga = blk["joined"].get(first)
    if ga is None:
        return "scored: not tried"
    t = blk["try"].get((later, ga))
    if t is None:
        return "scored: not tried"
    if t[0] == "HARD":
        return "scored: another member refused (%s)" % t[1]
    if (later, ga) in blk["toll"]:
        return "scored: another toll"
    ev = blk["evidence"].get((later, ga))
    if ev is not None and ev[0] + ev[1] < ev[2]:
        return "scored: too little evidence"
    return "scored: a better entry"


def main():
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--pairs" in sys.argv
    why = "--why" in sys.argv
    blocks, cur = [], None
    events = collections.OrderedDict()
    lines = []
    for path in paths:
        lines.extend(open(path, encoding="utf-8", errors="replace"))
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("  build "):
            cur = {"cand": {}, "restated": {}, "pair": {}, "joined": {}, "try": {}, "evidence": {}, "toll": set(),
                   "order": {}}
            blocks.append(cur)
            continue
        m = re.match(r"  join d(\d+) c(\d+) -> entry (\d+)", line)
        if m and cur is not None:
            x = (int(m[1]), int(m[2]))
            cur["joined"][x] = int(m[3])
            cur["order"][x] = len(cur["order"])
            continue
        m = re.match(r"  try d(\d+) c(\d+) \[.*?\] vs entry (\d+) \[.*\]: (ok|HARD) (.*?) ?total=", line)
        if m and cur is not None:
            cur["try"][((int(m[1]), int(m[2])), int(m[3]))] = (m[4], m[5])
            continue
        m = re.match(r"  evidence d(\d+) c(\d+) vs entry (\d+): worst=(\S+) value=(\S+) need=(\S+)", line)
        if m and cur is not None:
            cur["evidence"][((int(m[1]), int(m[2])), int(m[3]))] = (float(m[4]), float(m[5]), float(m[6]))
            continue
        m = re.match(r"  toll d(\d+) c(\d+) vs entry (\d+)", line)
        if m and cur is not None:
            cur["toll"].add(((int(m[1]), int(m[2])), int(m[3])))
            continue
        m = re.match(r"  cand d(\d+) c(\d+) (.*)", line)
        if m and cur is not None:
            cur["cand"][(int(m[1]), int(m[2]))] = m[3]
            continue
        m = re.match(r"  restated d(\d+) c(\d+) -> d(\d+) c(\d+)", line)
        if m and cur is not None:
            cur["restated"][(int(m[1]), int(m[2]))] = (int(m[3]), int(m[4]))
            continue
        m = re.match(r"  pair d(\d+) c(\d+) vs d(\d+) c(\d+): (.*?) (\S+) value (\S+)$", line)
        if m and cur is not None:
            a, b = (int(m[1]), int(m[2])), (int(m[3]), int(m[4]))
            cur["pair"][(a, b)] = cur["pair"][(b, a)] = (m[5], float(m[6]), float(m[7]))
            continue
        m = re.match(r"(\S+) (FRAME|SPLIT|MERGED|FLAG) (.*)", line)
        if m:
            if m[1] not in events:
                events[m[1]] = {"block": blocks[-1] if blocks else None, "lines": []}
            events[m[1]]["lines"].append((m[2], m[3]))
    reasons = collections.Counter()
    out = []
    for ev, data in events.items():
        blk = data["block"] or {"cand": {}, "restated": {}, "pair": {}, "joined": {}, "try": {}, "evidence": {},
                                "toll": set(), "order": {}}
        for kind, rest in data["lines"]:
            if kind != "SPLIT":
                continue
            measure = rest[1:rest.index("]")]
            figs = FIG.findall(rest)
            if len(figs) != 2:
                continue
            (da, _, wa, ea, ca), (db, _, wb, eb, cb) = figs
            if da == db:
                continue  # same-document pairs are scored apart
            a, b = (int(da), int(ca)), (int(db), int(cb))

            def resolve(x):
                if x[1] < 0:
                    return None, "no figure"
                seen = 0
                while x in blk["restated"] and seen < 64:
                    x, seen = blk["restated"][x], seen + 1
                if x in blk["cand"]:
                    return x, ""
                return None, "no measure"

            ra, why_a = resolve(a)
            rb, why_b = resolve(b)
            if ra is None or rb is None:
                reason = why_a or why_b
            elif ra == rb:
                reason = "same claim"
            else:
                p = blk["pair"].get((ra, rb))
                if p is None:
                    reason = "unscored"
                elif p[0] == "ok":
                    reason = "scored"
                    reason_detail = f"scored {p[1]:g} value {p[2]:g}"
                else:
                    reason = p[0]
            if why:
                fa, fb = fields(blk["cand"].get(ra)), fields(blk["cand"].get(rb))
                reason = refine(reason, fa, fb, blk, ra, rb)
                if fa.get("value") and fa.get("value") == fb.get("value"):
                    reason += " =v"
            reasons[reason] += 1
            if show:
                detail = reason
                if reason.startswith("scored"):
                    detail = reason + " (" + reason_detail + ")"
                fa = blk["cand"].get(ra, "") if ra else ""
                fb = blk["cand"].get(rb, "") if rb else ""
                out.append(f"{ev} [{measure}] {detail}\n    \"{wa}\" d{da} c{ca}: {fa}\n    \"{wb}\" d{db} c{cb}: {fb}")
    for r, n in reasons.most_common():
        print(f"{n:5d}  {r}")
    print(f"{sum(reasons.values()):5d}  missed cross-document same-measure pairs")
    for o in out:
        print(o)


if __name__ == "__main__":
    main()
