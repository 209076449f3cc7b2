#!/usr/bin/env python3
"""bench_audio.py - `make bench-audio`: kispeak's end-to-end time for the
fixture page to each format, against espeak-ng's CLI speaking the same body
text to WAV, measured side by side (runs interleaved, medians compared),
peak memory for a 50,000-word text, and how much two runs of espeak-ng at
once slow each other on this machine.

usage: bench_audio.py [--runs N] [--kispeak PATH] [--shared DIR]
"""
import argparse, os, random, statistics, subprocess, sys, tempfile, time


def timed(cmd):
    """Wall seconds of one run."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed: %s: %s" % (" ".join(cmd), p.stderr.decode()[:300]))
    return t


def peak_rss_kib(cmd):
    """Peak RSS of one run, from wait4's rusage."""
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execvp(cmd[0], cmd)
    _, status, ru = os.wait4(pid, 0)
    if status != 0:
        sys.exit("failed: %s" % " ".join(cmd))
    return ru.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--kispeak", default="./kispeak")
    ap.add_argument("--shared", default="../shared")
    a = ap.parse_args()
    fix = os.path.join(a.shared, "fixtures", "news-page")
    page, body = os.path.join(fix, "page.html"), os.path.join(fix, "expected-body.txt")
    with tempfile.TemporaryDirectory() as d:
        ref = ["espeak-ng", "-v", "en-us", "-f", body, "-w", os.path.join(d, "ref.wav")]
        cases = [("flac (default)", [a.kispeak, "-q", page, os.path.join(d, "e.flac")]),
                 ("wav", [a.kispeak, "-q", page, os.path.join(d, "e.wav")]),
                 ("mp3", [a.kispeak, "-q", page, os.path.join(d, "e.mp3")]),
                 ("ogg", [a.kispeak, "-q", page, os.path.join(d, "e.ogg")]),
                 ("opus", [a.kispeak, "-q", page, os.path.join(d, "e.opus")]),
                 ("flac, --loudness off, 22050 Hz",
                  [a.kispeak, "-q", "--loudness", "off", "--rate", "22050", page,
                   os.path.join(d, "r.flac")])]
        for _ in range(2):  # warm the page cache and espeak-ng's data
            timed(ref)
            timed(cases[0][1])
        print("end-to-end, fixture page (%d runs each, interleaved with espeak-ng's "
              "CLI on the same body text to WAV):" % a.runs)
        print("%-32s %9s %9s %7s %13s" % ("format", "kispeak", "espeak-ng", "ratio",
                                          "pair ratios"))
        for i, (name, cmd) in enumerate(cases):
            ks, es = [], []
            # the target case gets three times the runs: on a shared host the
            # speed of both programs drifts from minute to minute
            for _ in range(a.runs * (3 if i == 0 else 1)):
                es.append(timed(ref))
                ks.append(timed(cmd))
            k, e = statistics.median(ks), statistics.median(es)
            q = statistics.quantiles([x / y for x, y in zip(ks, es)], n=4)
            print("%-32s %8.3fs %8.3fs %6.2fx  %5.2f-%.2fx" % (name, k, e, k / e,
                                                           q[0], q[2]))
        print("(ratio: median over median, runs interleaved; pair ratios: the "
              "quartiles of each run's ratio to the espeak-ng run before it)")
        words = "the quick brown fox jumps over a lazy dog while news of the day " \
                "arrives from many cities and towns".split()
        rnd = random.Random(1)
        text = os.path.join(d, "words.txt")
        with open(text, "w") as f:
            f.write("\n\n".join(" ".join(rnd.choice(words) for _ in range(100)) + "."
                                for _ in range(500)))
        t0 = time.perf_counter()
        rss = peak_rss_kib([a.kispeak, "-q", text, os.path.join(d, "long.flac")])
        t = time.perf_counter() - t0
        print("50,000-word text to FLAC: peak memory %.1f MiB, %.1f s" % (rss / 1024, t))
        # a stream: how soon a player gets its first bytes, for the same text
        for fmt in ("mp3", "opus"):
            firsts = []
            for _ in range(3):
                t0 = time.perf_counter()
                p = subprocess.Popen([a.kispeak, "-q", "-f", fmt, text, "-"],
                                     stdout=subprocess.PIPE)
                p.stdout.read(4096)
                firsts.append(time.perf_counter() - t0)
                p.kill()
                p.wait()
            print("50,000-word text streamed as %s: first 4 KiB after %.3f s "
                  "(median of 3)" % (fmt, statistics.median(firsts)))
        # kispeak's threads share the machine's cores: how much does one busy
        # core slow the other? Two espeak-ng runs at once against one alone.
        ref2 = ref[:-1] + [os.path.join(d, "ref2.wav")]
        alone, both = [], []
        for _ in range(a.runs):
            alone.append(timed(ref))
            t0 = time.perf_counter()
            procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL) for c in (ref, ref2)]
            for p in procs:
                p.wait()
            both.append(time.perf_counter() - t0)
        print("two espeak-ng runs at once: %.3f s, one alone: %.3f s (%+.0f%%)" % (
            statistics.median(both), statistics.median(alone),
            100 * (statistics.median(both) / statistics.median(alone) - 1)))


if __name__ == "__main__":
    main()
