#!/usr/bin/env python3
"""review_fixed.py - of a listening review's rows other than names, how
many a newer build no longer says. A row counts as gone when every text it
quotes in its Text column (as the old dump has it) that the old build's
dump held ("₮ fifteen thousand", "said Lic.") is missing from the new
build's dump of the same page; a row that quotes nothing the old dump
held is left undecided (a row that quotes nothing is read by the pieces
of its Text column between brackets, slashes, semicolons and ellipses).
A rough count: a phrase can go and the slip stay
(read now another wrong way), so the rows are to be read too.

usage: review_fixed.py REVIEW.md PAGES_DIR OLD_KISPEAK NEW_KISPEAK
SPDX-License-Identifier: MIT
"""
import re
import subprocess
import sys


def dump(kispeak, page):
    return subprocess.run([kispeak, "--dump=speech", page],
                          capture_output=True, text=True).stdout


def main():
    review, pages, old, new = sys.argv[1:5]
    text = open(review, encoding="utf-8").read()
    parts = re.split(r"\n#+ [^\n]*?\b([a-z]{1,2}\d\d)\b[^\n]*\n", text)
    rows = gone = undecided = 0
    for i in range(1, len(parts), 2):
        page, body = parts[i], parts[i + 1]
        html = f"{pages}/{page}.html"
        before, after = dump(old, html), dump(new, html)
        for row in body.split("\n"):
            cols = [c.strip() for c in row.split("|")]
            if len(cols) < 7 or not cols[1].isdigit() or cols[5] == "names":
                continue
            rows += 1
            quoted = [a or b for a, b in
                      re.findall(r'"([^"]{4,})"|“([^”]{4,})”', cols[3])]
            # (each piece of a quotation between its ellipses: "…
            # three thousand three hundred Public Health Division: …")
            quoted = [p.strip() for q in quoted
                      for p in re.split(r"…|\.\.\.|⏎", q)]
            quoted = [q for q in quoted if len(q) >= 4 and q in before]
            # (a review that quotes nothing: the Text column's pieces
            # between brackets, slashes, semicolons and ellipses, as the
            # old dump has them)
            if not quoted and not re.search(r'"[^"]{4,}"|“[^”]{4,}”', cols[3]):
                quoted = [f.strip(' "“”`') for f in re.split(
                    r'\s*(?:\(|/|;|…|⏎|\.\.\.|\bespeak\b)\s*', cols[3])]
                quoted = [q for q in quoted if len(q) >= 6 and q in before]
            if not quoted:
                undecided += 1
            elif all(q not in after for q in quoted):
                gone += 1
    print("rows other than names %d, gone %d, undecided %d"
          % (rows, gone, undecided))


if __name__ == "__main__":
    main()
