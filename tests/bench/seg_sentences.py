#!/usr/bin/env python3
"""seg_sentences.py - how a splitter does on a set of cases in the shared
segmentation format ({"text", "sentences"} a line): the share of the
sentences it gives back exactly, and the precision and recall of its
boundaries (a boundary is counted by the non-space characters before it).

usage: seg_sentences.py CASES.jsonl SYSTEM
SPDX-License-Identifier: MIT
"""
import json
import subprocess
import sys


def boundaries(sentences):
    """Positions, in non-space characters, after each sentence but the last."""
    marks, pos = set(), 0
    for s in sentences[:-1]:
        pos += len("".join(s.split()))
        marks.add(pos)
    return marks


def main():
    cases = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    total = exact = tp = fp = fn = 0
    for case in cases:
        out = subprocess.run(sys.argv[2], shell=True, input=case["text"],
                             capture_output=True, text=True).stdout
        got = [line.strip() for line in out.splitlines() if line.strip()]
        gold = case["sentences"]
        total += len(gold)
        exact += sum(1 for s in gold if s in got)
        gb, sb = boundaries(gold), boundaries(got)
        tp += len(gb & sb)
        fp += len(sb - gb)
        fn += len(gb - sb)
    print("sentences %d/%d (%.1f%%); boundaries precision %.3f recall %.3f"
          % (exact, total, 100.0 * exact / total, tp / max(tp + fp, 1),
             tp / max(tp + fn, 1)))


if __name__ == "__main__":
    main()
