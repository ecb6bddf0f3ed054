#!/usr/bin/env python3
"""Builds data/lexicon/person_nouns.tsv from Debian's WordNet (wordnet-base).

The quote resolver reads "the senator said" as the person the text has
been speaking of, but only for heads in its closed role list
(src/recognize/quote/lexicon.cc). News describes people with many more
nouns ("the presumptive Republican presidential nominee", "the New York
businessman", "the Gawker employee"); this command lists them from WordNet
so the test is open-class and reproducible.

Rule: a single-word noun lemma written in lower case in its synset
(letters and hyphens; proper names such as "Aaron" are capitalised there)
whose first sense (WordNet lists senses by frequency) is in the noun.person
lexicographer file (18). Plurals are not listed: a plural names a group,
never one person. Output is sorted: a rebuild from the same WordNet gives
the same bytes.

Usage: tools/quote/build_person_nouns.py [--wordnet /usr/share/wordnet]
                                         [--out data/lexicon/person_nouns.tsv]
"""
import argparse
import os
import re

NOUN_PERSON = 18


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default="data/lexicon/person_nouns.tsv")
    args = ap.parse_args()
    lexfile, members = {}, {}
    with open(os.path.join(args.wordnet, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
            count = int(fields[3], 16)
            # Words as written (index.noun lower-cases every lemma; a
            # proper name such as "Aaron" is capitalised only here).
            members[fields[0]] = {re.sub(r"\(.*\)$", "", fields[4 + 2 * k]) for k in range(count)}
    words = []
    with open(os.path.join(args.wordnet, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma):
                continue
            synset_cnt = int(fields[2])
            first_offset = fields[-synset_cnt]
            if lexfile.get(first_offset) == NOUN_PERSON and lemma in members.get(first_offset, ()):
                words.append(lemma)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Person nouns: single-word WordNet 3.0 noun lemmas whose first sense is in noun.person.\n")
        out.write("# Built by tools/quote/build_person_nouns.py from Debian wordnet-base (WordNet licence).\n")
        for w in sorted(words):
            out.write(w + "\n")


if __name__ == "__main__":
    main()
