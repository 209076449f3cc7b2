#!/usr/bin/env python3
"""tn_output_diff.py - which written cases of every set under tests/speech/tn
two builds say differently. Each case's written form goes to each build
alone (--from=text --dump=speech -); the changed cases are written, one a
line in the sets' own format, to OUT_DIR/test_cases_changed.txt, so that
the scorer can score them with each build:
  python3 ../shared/bench/normalization/score.py --nemo-dir OUT_DIR "BUILD ..."

usage: tn_output_diff.py OLD_KISPEAK NEW_KISPEAK OUT_DIR   (from the repository)
SPDX-License-Identifier: MIT
"""
import glob
import os
import subprocess
import sys

old, new, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
changed = total = 0
out = []
for f in sorted(glob.glob('tests/speech/tn/*/test_cases_*.txt')):
    for line in open(f, encoding='utf-8', errors='surrogateescape'):
        line = line.rstrip('\n')
        if '~' not in line: continue
        w = line.split('~')[0]
        total += 1
        a = subprocess.run([old, '--from=text', '--dump=speech', '-'], input=w.encode('utf-8','surrogateescape'), capture_output=True).stdout
        b = subprocess.run([new, '--from=text', '--dump=speech', '-'], input=w.encode('utf-8','surrogateescape'), capture_output=True).stdout
        if a != b:
            changed += 1
            out.append((os.path.basename(os.path.dirname(f)), line, a.decode('utf-8','replace').strip(), b.decode('utf-8','replace').strip()))
print('cases', total, 'changed', changed)
os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, 'test_cases_changed.txt'), 'w',
          encoding='utf-8', errors='surrogateescape') as fh:
    for d, l, a, b in out:
        fh.write(l + '\n')
