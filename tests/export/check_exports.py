#!/usr/bin/python3
"""Checks crosscheck's exports of one account with tools other than ours.

    check_exports.py ACCOUNT.json DIR

ACCOUNT.json is `crosscheck analyze --with-text` output; DIR holds its
exports: ledger.csv, acled.csv, claims.jsonld, lineage.prov.json (and, when
LibreOffice made it, ledger.xlsx). Each check prints "ok" or "FAIL"; the exit
status is the number of failures.

  - CSV: Python's csv module (strict) parses both tables; every ledger row's
    low / best / high equal what docs/EXPORTS.md says they are, computed here
    again from the account's figures; the text is the figure as written.
  - JSON-LD: PyLD (Debian python3-pyld) expands the document and turns it
    into RDF, with the schema.org context read as {"@vocab":
    "https://schema.org/"} (no network); every node keeps its properties.
  - PROV-JSON: the W3C PROV reference library (Debian python3-prov) reads
    the file; every record we wrote is read back.
  - ledger.xlsx (LibreOffice Calc's reading of ledger.csv): the rows of the
    civilians-in-the-plant measure hold low / best / high as numbers equal
    to the ledger's.
"""
import csv
import io
import json
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail else ""))
    if not ok:
        failures += 1


def estimate(q):
    """low / best / high of a figure, as docs/EXPORTS.md defines them."""
    def first(*keys):
        for k in keys:
            if q.get(k) is not None:
                return q[k]
        return None
    return (first("conservative", "band_low", "low", "value"), first("value"),
            first("band_high", "high", "value"))


def guarded(s):
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def number(cell):
    return None if cell == "" else float(cell)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        data = f.read()
    rows = list(csv.reader(io.StringIO(data, newline=""), strict=True))
    return rows, data


def plant_measure(account):
    """The civilians-in-the-plant measure: the ledger entry whose claims count
    civilians at a facility, with the most claims."""
    claims = {c["id"]: c for c in account["claims"]}
    best = None
    for s in account["stories"]:
        for e in s["ledger"]:
            cs = [claims[c] for c in e["claims"] if c in claims]
            if cs and all(c.get("group") == "civilian" and c.get("place_kind") == "facility" for c in cs):
                if best is None or len(cs) > len(best["claims"]):
                    best = e
    return best


def check_csv(account, d):
    quantities = {q["id"]: q for q in account["quantities"]}
    claims = {c["id"]: c for c in account["claims"]}
    rows, data = read_csv(os.path.join(d, "ledger.csv"))
    check("ledger.csv: RFC 4180 records end in CRLF", data.endswith("\r\n") and "\n" not in data.replace("\r\n", ""))
    header, body = rows[0], rows[1:]
    check("ledger.csv: every record as wide as the header", all(len(r) == len(header) for r in body))
    want = sum(len(e["claims"]) for s in account["stories"] for e in s["ledger"])
    check("ledger.csv: one row per figure of the ledger", len(body) == want, f"{len(body)} rows, {want} figures")
    col = {h: i for i, h in enumerate(header)}
    bad = []
    for r in body:
        c = claims.get(r[col["claim"]])
        if not c:
            continue
        q = quantities[c["quantity"]]
        low, best, high = estimate(q)
        got = (number(r[col["low"]]), number(r[col["best"]]), number(r[col["high"]]))
        if got != (low, best, high) or r[col["text"]] != guarded(q["text"]):
            bad.append(f'{r[col["claim"]]}: {got} vs {(low, best, high)}')
    check("ledger.csv: parses back to the ledger's figures (low/best/high, text)", not bad, "; ".join(bad[:3]))
    rows, data = read_csv(os.path.join(d, "acled.csv"))
    check("acled.csv: parses, every record as wide as the header",
          rows and all(len(r) == len(rows[0]) for r in rows[1:]) and "fatalities_best" in rows[0])


def check_jsonld(d):
    try:
        from pyld import jsonld
    except ImportError:
        check("claims.jsonld: PyLD available (Debian python3-pyld)", False)
        return
    with open(os.path.join(d, "claims.jsonld"), encoding="utf-8") as f:
        doc = json.load(f)

    def loader(url, options=None):
        if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
            return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "https://schema.org/"}}}
        raise ValueError("no network: " + url)

    expanded = jsonld.expand(doc, {"documentLoader": loader})
    types = {t for n in expanded for t in n.get("@type", [])}
    check("claims.jsonld: expands with schema.org types", types <= {"https://schema.org/Claim", "https://schema.org/ClaimReview"}
          and "https://schema.org/Claim" in types, ", ".join(sorted(types)))
    dropped = []
    for compact, full in zip(doc["@graph"], expanded):
        keys = {k for k, v in compact.items() if not k.startswith("@") and v is not None}
        got = {k.rsplit("/", 1)[-1] for k in full if not k.startswith("@")}
        if keys - got:
            dropped.append(", ".join(sorted(keys - got)))
    check("claims.jsonld: no property lost in expansion", not dropped, "; ".join(dropped[:3]))
    nquads = jsonld.to_rdf(doc, {"documentLoader": loader, "format": "application/n-quads"})
    check("claims.jsonld: converts to RDF", nquads.count("\n") > 10, f"{nquads.count(chr(10))} triples")


def check_prov(d):
    try:
        import prov.model
        import prov
    except ImportError:
        check("lineage.prov.json: W3C PROV library available (Debian python3-prov)", False)
        return
    path = os.path.join(d, "lineage.prov.json")
    with open(path, encoding="utf-8") as f:
        ours = json.load(f)
    written = sum(len(v) for k, v in ours.items() if k != "prefix")
    document = prov.read(path, format="json")
    records = document.get_records()
    check("lineage.prov.json: read by the PROV library, every record back", len(records) == written,
          f"{len(records)} of {written}")
    kinds = {}
    for r in records:
        kinds[type(r).__name__] = kinds.get(type(r).__name__, 0) + 1
    check("lineage.prov.json: derivations, attributions, entities, agents",
          all(kinds.get(k) for k in ("ProvEntity", "ProvAgent", "ProvDerivation", "ProvAttribution")), str(kinds))
    quotations = [r for r in records if type(r).__name__ == "ProvDerivation"
                  and any(str(v) == "prov:Quotation" for v in r.get_attribute("prov:type"))]
    check("lineage.prov.json: quotes are prov:Quotation derivations", len(quotations) > 0, f"{len(quotations)}")
    again = json.loads(document.serialize(format="json"))
    check("lineage.prov.json: the library writes it back with our members", set(again) - {"prefix"} == set(ours) - {"prefix"} - {k for k, v in ours.items() if not v})


def xlsx_rows(path):
    """Cells of the first sheet as {row: {column letters: (type, value)}}."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter("{%s}row" % ns["m"]):
        cells = {}
        for c in row.findall("m:c", ns):
            ref, t = c.get("r"), c.get("t", "n")
            letters = "".join(ch for ch in ref if ch.isalpha())
            v = c.find("m:v", ns)
            text = v.text if v is not None else ""
            if t == "s":
                cells[letters] = ("s", shared[int(text)])
            elif t == "inlineStr":
                cells[letters] = ("s", "".join(x.text or "" for x in c.iter("{%s}t" % ns["m"])))
            else:
                cells[letters] = (t, text)
        rows.append(cells)
    return rows


def letters(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def check_xlsx(account, d):
    path = os.path.join(d, "ledger.xlsx")
    if not os.path.exists(path):
        return
    entry = plant_measure(account)
    check("the account has a civilians-in-the-plant measure", entry is not None)
    if not entry:
        return
    rows = xlsx_rows(path)
    header = [rows[0][letters(i)][1] for i in range(len(rows[0]))]
    col = {h: letters(i) for i, h in enumerate(header)}
    quantities = {q["id"]: q for q in account["quantities"]}
    claims = {c["id"]: c for c in account["claims"]}
    found, bad = 0, []
    for r in rows[1:]:
        claim = r.get(col["claim"], ("s", ""))[1]
        if claim not in entry["claims"]:
            continue
        found += 1
        low, best, high = estimate(quantities[claims[claim]["quantity"]])
        for name, want in (("low", low), ("best", best), ("high", high)):
            t, v = r.get(col[name], ("n", ""))
            if want is None:
                continue
            if t != "n" or float(v) != float(want):
                bad.append(f"{claim} {name}: cell {t}:{v!r}, ledger {want}")
        if r.get(col["measure"], ("s", ""))[1] != entry["measure"]:
            bad.append(f"{claim}: measure cell differs")
    check(f"LibreOffice Calc reads the {entry['measure']!r} rows with low/best/high as numbers equal to the ledger",
          found == len(entry["claims"]) and not bad, f"{found} rows; " + "; ".join(bad[:3]))
    summary = []
    for r in rows[1:]:
        if r.get(col["claim"], ("s", ""))[1] in entry["claims"]:
            summary.append(f'{r[col["text"]][1]} -> {r[col["low"]][1]}/{r[col["best"]][1]}/{r[col["high"]][1]}')
    print("     " + " | ".join(summary))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        account = json.load(f)
    d = sys.argv[2]
    check_csv(account, d)
    check_jsonld(d)
    check_prov(d)
    check_xlsx(account, d)
    print(f"check_exports: {failures} failed")
    return min(failures, 100)


if __name__ == "__main__":
    sys.exit(main())
