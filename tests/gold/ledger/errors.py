#!/usr/bin/env python3
"""Missed same-measure pairs of one tuning part, one line each, with the
reason the ledger kept the two figures apart (tuning aid; docs/LEDGER.md).

    LEDGER_DEBUG=pairs LEDGER_GOLD_LOG=tune2 build/pipeline_tests \\
        --gtest_filter='LedgerQuality.TuningPart2' 2> /tmp/tune2.log >/dev/null
    python3 tests/gold/ledger/errors.py /tmp/tune2.log            # counts by reason
    python3 tests/gold/ledger/errors.py /tmp/tune2.log --pairs    # and every pair

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


def main():
    path = sys.argv[1]
    show = "--pairs" in sys.argv
    blocks, cur = [], None
    events = collections.OrderedDict()
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("  build "):
            cur = {"cand": {}, "restated": {}, "pair": {}}
            blocks.append(cur)
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
        blk = data["block"] or {"cand": {}, "restated": {}, "pair": {}}
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
            reasons[reason] += 1
            if show:
                detail = reason
                if reason == "scored":
                    detail = reason_detail
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
