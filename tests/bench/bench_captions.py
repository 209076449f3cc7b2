#!/usr/bin/env python3
"""bench_captions.py - `make bench-captions`: how far each caption's start is
from the sound it names, in the decoded file. The fixture page is spoken to
each format with captions; the file is decoded by ffmpeg, and for each cue
the first sample above -40 dBFS within 300 ms of the cue's start is the
sentence's onset. Prints, per format, the spread of onset minus cue."""
import array
import os
import subprocess
import sys
import tempfile

RATE = 44100
LEVEL = 328  # -40 dBFS in 16-bit samples
WINDOW = 0.3


def seconds(t):
    h, m, s = t.split(":")
    return (int(h) * 60 + int(m)) * 60 + float(s)


def deviations(audio, vtt):
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", audio, "-f", "s16le",
                          "-ac", "1", "-ar", str(RATE), "-"],
                         capture_output=True, check=True).stdout
    x = array.array("h")
    x.frombytes(raw)
    with open(vtt, encoding="utf-8") as f:
        cues = [seconds(l.split(" --> ")[0]) for l in f if " --> " in l]
    out = []
    for c in cues:
        lo, hi = max(int((c - WINDOW) * RATE), 0), min(int((c + WINDOW) * RATE), len(x))
        onset = next((i for i in range(lo, hi) if abs(x[i]) > LEVEL), None)
        if onset is not None:
            out.append((onset / RATE - c) * 1000)
    return len(cues), out


def main():
    kispeak = os.environ.get("KISPEAK", "./kispeak")
    page = os.environ.get("PAGE", "../shared/fixtures/news-page/page.html")
    print("captions against the decoded sound, fixture page "
          "(onset: first sample above -40 dBFS within 300 ms of the cue)")
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("wav", "flac", "mp3", "ogg", "opus"):
            audio, vtt = os.path.join(d, "e." + fmt), os.path.join(d, "e.vtt")
            subprocess.run([kispeak, "-q", "--captions", vtt, page, audio], check=True)
            n, dev = deviations(audio, vtt)
            if not dev:
                print("%-5s no onset found near any of %d cues" % (fmt, n))
                continue
            dev.sort()
            print("%-5s %d of %d cues: onset minus cue min %.1f ms, median %.1f ms, max %.1f ms"
                  % (fmt, len(dev), n, dev[0], dev[len(dev) // 2], dev[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
