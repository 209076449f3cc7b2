#!/usr/bin/env python3
"""review_names.py - of a listening review's name rows, how many name a
word that kispeak now hands to another language's voice (a run inside
<voice name="xx"> of `kispeak --dump=ssml`, xx not English). The rows are
the review's per-page tables (| # | Line(s) | Text | ... | names | Occ. |)
under headings that name the page (axNN); the kinds table is not a row.

usage: review_names.py REVIEW.md PAGES_DIR [KISPEAK]
SPDX-License-Identifier: MIT
"""
import re
import subprocess
import sys


def main():
    review, pages = sys.argv[1], sys.argv[2]
    kispeak = sys.argv[3] if len(sys.argv) > 3 else "./kispeak"
    text = open(review, encoding="utf-8").read()
    parts = re.split(r"\n#+ [^\n]*?\b([a-z]{1,2}\d\d)\b[^\n]*\n", text)
    rows = voiced = 0
    for i in range(1, len(parts), 2):
        page, body = parts[i], parts[i + 1]
        ssml = subprocess.run([kispeak, "--dump=ssml", f"{pages}/{page}.html"],
                              capture_output=True, text=True).stdout
        runs = " | ".join(re.findall(r'<voice name="(?!en)[^"]+">([^<]*)', ssml))
        for row in body.split("\n"):
            cols = [c.strip() for c in row.split("|")]
            if len(cols) < 7 or not cols[1].isdigit() or cols[5] != "names":
                continue
            rows += 1
            words = [w for w in re.findall(r"[A-ZÀ-ÞŐŰ][\w’'-]+", cols[3])
                     if len(w) > 2]
            voiced += any(w in runs for w in words)
    print(f"name rows {rows}, in another voice {voiced}")


if __name__ == "__main__":
    main()
