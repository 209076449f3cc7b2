#!/usr/bin/env python3
"""extract_pages.py - extraction F1 on a set of pages written here
(tests/speech/pages/w, x, y): each NN.txt, less its first line (the
headline), is the body a listener should hear; kispeak --dump=text gives
the predicted body; the shared benchmark's scorer compares them.

usage: extract_pages.py PAGES_DIR [KISPEAK]
SPDX-License-Identifier: MIT
"""
import glob
import json
import os
import subprocess
import sys
import tempfile


def main():
    pages = sys.argv[1]
    kispeak = sys.argv[2] if len(sys.argv) > 2 else "./kispeak"
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, "..", "..", "..", "shared", "bench",
                          "extraction", "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        truth, pred = os.path.join(tmp, "truth"), os.path.join(tmp, "pred")
        os.mkdir(truth)
        os.mkdir(pred)
        for html in sorted(glob.glob(os.path.join(pages, "*.html"))):
            name = os.path.basename(html)[:-5]
            lines = open(html[:-5] + ".txt", encoding="utf-8").read().split("\n")
            body = "\n\n".join(l for l in lines[1:] if l.strip())
            with open(os.path.join(truth, name + ".json"), "w") as f:
                json.dump({"id": name, "url": "", "articleBody": body}, f)
            out = subprocess.run([kispeak, "--dump=text", html],
                                 capture_output=True, text=True).stdout
            with open(os.path.join(pred, name + ".txt"), "w") as f:
                f.write(out)
        sys.exit(subprocess.run([sys.executable, scorer, "--truth", truth,
                                 pred]).returncode)


if __name__ == "__main__":
    main()
