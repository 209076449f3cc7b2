#!/usr/bin/env python3
"""review_counts.py - the totals of a listening reviewer's list: its slips
by kind, once a page (one row each) and every line (the rows' Occ.
column), and the rows that occur most often. Reads the per-page tables of
a review written to tests/speech/reviews/brief.md ("| # | Line(s) | Text |
What a newsreader would say | Kind | Occ. |"); summary tables are left out.

usage: review_counts.py REVIEW.md [TOP]   (TOP rows by Occ., default 5)
SPDX-License-Identifier: MIT
"""
import collections
import re
import sys

KINDS = {"missing", "furniture", "numbers", "units", "abbreviations",
         "capitals", "homographs", "names", "name", "symbols", "sentences",
         "other"}


def main():
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    once = collections.Counter()
    every = collections.Counter()
    rows = []
    page = ""
    for line in open(sys.argv[1], encoding="utf-8"):
        m = re.match(r"#+ .*?\b([a-z]{2}\d\d)\b", line)
        if m:
            page = m.group(1)
        if not re.match(r"\|\s*\d+\s*\|", line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        kind = cells[-2].lower()
        occ = re.match(r"\d+", cells[-1])
        if kind not in KINDS or not occ:
            continue
        kind = "names" if kind == "name" else kind
        once[kind] += 1
        every[kind] += int(occ.group())
        rows.append((int(occ.group()), page, kind, cells[2][:60]))
    for kind, n in once.most_common():
        print(f"{kind:14} {n:4} once a page {every[kind]:5} every line")
    print(f"{'total':14} {sum(once.values()):4} once a page "
          f"{sum(every.values()):5} every line")
    for occ, page, kind, text in sorted(rows, reverse=True)[:top]:
        print(f"  {occ:3} {page} {kind}: {text}")


if __name__ == "__main__":
    main()
