#!/usr/bin/env python3
"""tn_case_diff.py BASE_TSV NEW_KISPEAK - which written normalisation cases
a build gains or loses against another.

BASE_TSV is the scorer's per-case table for the old build, e.g. all of
tests/speech/tn's sets concatenated into one directory per file name and
scored with `score.py --nemo-dir DIR --out BASE_TSV OLD_KISPEAK ...`.
Each case whose output the new build changes is scored again with the
scorer's own phoneme comparison; prints each gain and loss and a count.
SPDX-License-Identifier: MIT
"""
import concurrent.futures
import csv
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.environ.get("SHARED", "../shared"),
                                "bench", "normalization"))
import score  # noqa: E402


def main():
    base, kispeak = sys.argv[1], sys.argv[2]
    rows = list(csv.reader(open(base, encoding="utf-8"), delimiter="\t"))[1:]

    def run(written):
        return subprocess.run(kispeak + " --from=text --dump=speech -",
                              shell=True, input=written + "\n",
                              capture_output=True, text=True).stdout.strip()

    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        outs = list(pool.map(run, [r[2] for r in rows]))
    changed = [(r, o) for r, o in zip(rows, outs)
               if o.replace("\n", " ") != r[4].replace("\n", " ")]
    gain = loss = 0
    for r, o in changed:
        ph = subprocess.run(["espeak-ng", "-q", "-x", "-v", "en-us", "--stdin"],
                            input=o, capture_output=True, text=True).stdout
        match = score.canon(ph) in [score.canon(x) for x in r[6].split(" | ")]
        if match != (r[1] == "1"):
            gain += match
            loss += not match
            print("GAIN" if match else "LOSS", r[0], "|", r[2])
            print("   old:", r[4])
            print("   new:", o)
    print("%d changed outputs; gain %d loss %d" % (len(changed), gain, loss))


if __name__ == "__main__":
    main()
