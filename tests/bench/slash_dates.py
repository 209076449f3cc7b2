#!/usr/bin/env python3
"""slash_dates.py - how a build orders the slash dates of the normalisation
sets written here: of the cases whose written side holds an ambiguous date
(both figures 12 or under, "03/04/2025") and whose references name only one
of its two months, how many the build reads the other way. Prints each
misread case and a count.

usage: slash_dates.py KISPEAK   (run from the repository root)
SPDX-License-Identifier: MIT
"""
import glob
import re
import subprocess
import sys

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def main():
    kispeak = sys.argv[1]
    rows = []
    for path in glob.glob("tests/speech/tn/*/*.txt"):
        for line in open(path, encoding="utf-8", errors="replace"):
            fields = line.rstrip("\n").split("~")
            if len(fields) < 2:
                continue
            for m in re.finditer(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2,4})\b",
                                 fields[0]):
                a, b = int(m.group(1)), int(m.group(2))
                if not (1 <= a <= 12 and 1 <= b <= 12 and a != b):
                    continue
                day_first = any(MONTHS[b - 1] in r for r in fields[1:])
                month_first = any(MONTHS[a - 1] in r for r in fields[1:])
                if day_first != month_first:
                    rows.append((fields[0], day_first, a, b))
    bad = 0
    for text, day_first, a, b in rows:
        said = subprocess.run([kispeak, "--from=text", "--dump=speech", "-"],
                              input=text + "\n", capture_output=True,
                              text=True).stdout.lower()
        ours_day_first = (MONTHS[b - 1] in said and
                          MONTHS[a - 1] not in said.replace(MONTHS[b - 1], ""))
        if ours_day_first != day_first:
            bad += 1
            print("DF" if day_first else "MF", "|", text[:100])
    print(len(rows), "dates read one way by the references;", bad, "misread")


if __name__ == "__main__":
    main()
