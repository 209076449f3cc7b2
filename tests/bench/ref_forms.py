#!/usr/bin/env python3
"""ref_forms.py - how the normalisation sets written here read a form:
of the cases whose written side matches REGEX, how many give WORDS (a
phrase, in any reference) in all of their references, in none of them,
or in some and not others ("both ways"). Used to weigh a rule between
two readings the references split on.

usage: ref_forms.py REGEX WORDS [SET_DIR ...]   (default: every set under
tests/speech/tn)
example: ref_forms.py '[a-z0-9]\\.[a-z]{2,}[a-z./]*/[a-z0-9]+-[a-z]' ' dash |
hyphen ' -- the hyphens of a web address's path
SPDX-License-Identifier: MIT
"""
import glob
import os
import re
import sys


def main():
    pattern, words = re.compile(sys.argv[1]), re.compile(sys.argv[2])
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[3:] or sorted(glob.glob(os.path.join(here, "..", "speech",
                                                         "tn", "*")))
    every = none = both = 0
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
            for line in open(path, encoding="utf-8", errors="replace"):
                fields = line.rstrip("\n").split("~")
                if len(fields) < 2 or not pattern.search(fields[0]):
                    continue
                said = [bool(words.search(" " + r + " ")) for r in fields[1:]]
                if all(said):
                    every += 1
                elif not any(said):
                    none += 1
                else:
                    both += 1
    print(f"in every reference {every}, in none {none}, both ways {both}")


if __name__ == "__main__":
    main()
