#!/usr/bin/env python3
"""Converts OpenThesaurus (as Debian's mythes-de ships it: /usr/share/mythes/th_de_DE_v2.dat,
LGPL-2.1) into the evidence library's synset file: one synset per line, its words separated by
';', then '|' and the words of its broader terms (OpenThesaurus' "Oberbegriff"). Annotations in
parentheses are dropped; words marked vulgar, offensive, obsolete or figurative are left out of
synsets, since they would relate words that mean different things in news and everyday text.

    apt-get download mythes-de && dpkg-deb -x mythes-de_*.deb mythes
    releng/lexicon/openthesaurus-synsets.py mythes/usr/share/mythes/th_de_DE_v2.dat \
        > bundles/org.factcheck.evidence/data/thesaurus.txt
"""
import re
import sys

SKIPPED = ("derb", "vulg", "veraltet", "fig.", "abwertend", "Jargon", "scherzhaft", "ironisch")
PAREN = re.compile(r"\([^()]*\)")


def words(item):
    notes = " ".join(PAREN.findall(item))
    text = item
    while PAREN.search(text):
        text = PAREN.sub(" ", text)
    text = " ".join(text.replace("...", " ").split())
    return text, notes


def main(path):
    seen = set()
    out = []
    with open(path, encoding="utf-8") as dat:
        next(dat)
        for line in dat:
            if not line.startswith("-|"):
                continue
            members, broader = [], []
            for item in line.rstrip("\n").split("|")[1:]:
                text, notes = words(item)
                if not text or len(text.split()) > 3 or any(c in text for c in ";|"):
                    continue
                if "Oberbegriff" in notes:
                    if text not in broader:
                        broader.append(text)
                elif not any(s in notes for s in SKIPPED) and text not in members:
                    members.append(text)
            if len(members) + len(broader) < 2 or not members:
                continue
            key = (tuple(sorted(members)), tuple(sorted(broader)))
            if key in seen:
                continue
            seen.add(key)
            out.append(";".join(members) + "|" + ";".join(broader))
    print("# Synsets of German words with their broader terms: words separated by ';', then '|' and the")
    print("# broader terms. Derived from OpenThesaurus (www.openthesaurus.de, Copyright (C) Daniel Naber,")
    print("# GNU Lesser General Public License 2.1 or later; see THESAURUS-LICENSE.txt) by")
    print("# releng/lexicon/openthesaurus-synsets.py.")
    for line in out:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1])
