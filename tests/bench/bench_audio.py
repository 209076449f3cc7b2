#!/usr/bin/env python3
"""bench_audio.py - `make bench-audio`: kispeak's end-to-end time for the
fixture page to each format, measured side by side (runs interleaved,
medians compared) against two references on the same machine in the same
run: the same encoder, at kispeak's settings, encoding kispeak's finished
WAV with ffmpeg (the time a format cannot beat without a faster encoder),
and espeak-ng's CLI speaking the same body text to WAV. Then peak memory for
a 50,000-word text, how soon a stream starts, and how much two runs of
espeak-ng at once slow each other on this machine.

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
        out = lambda name: os.path.join(d, name)
        # the finished WAV at each format's default rate, for the encoders
        for rate in (22050, 44100, 48000):
            timed([a.kispeak, "-q", "--rate", str(rate), page, out("fin%d.wav" % rate)])
        ff = ["ffmpeg", "-v", "error", "-y", "-i"]
        # (name, kispeak's command, the encoder alone on kispeak's WAV)
        cases = [
            ("flac (default)", [a.kispeak, "-q", page, out("e.flac")],
             ff + [out("fin22050.wav"), "-c:a", "flac", "-compression_level", "1",
                   out("x.flac")]),
            ("mp3", [a.kispeak, "-q", page, out("e.mp3")],
             ff + [out("fin44100.wav"), "-c:a", "libmp3lame", "-b:a", "64k",
                   "-compression_level", "5", out("x.mp3")]),
            ("opus", [a.kispeak, "-q", page, out("e.opus")],
             ff + [out("fin48000.wav"), "-c:a", "libopus", "-b:a", "48k", out("x.opus")]),
            ("ogg", [a.kispeak, "-q", page, out("e.ogg")],
             ff + [out("fin44100.wav"), "-c:a", "libvorbis", "-q:a", "2", out("x.ogg")]),
            ("wav", [a.kispeak, "-q", page, out("e.wav")], None),
            ("flac, -j 1 (one speaker)", [a.kispeak, "-q", "-j", "1", page, out("j.flac")],
             None),
            ("flac, --loudness off", [a.kispeak, "-q", "--loudness", "off", page,
                                      out("r.flac")], None)]
        for _ in range(2):  # warm the page cache and espeak-ng's data
            timed(ref)
            timed(cases[0][1])
        print("end-to-end, fixture page (%d runs each, interleaved; encoder: the "
              "same encoder at kispeak's settings on kispeak's finished WAV, "
              "with ffmpeg; espeak-ng: its CLI speaking the body text to WAV):"
              % a.runs)
        print("%-26s %8s %8s %6s %9s %6s %12s" % ("format", "kispeak", "encoder",
                                                  "ratio", "espeak-ng", "ratio",
                                                  "pair ratios"))
        for i, (name, cmd, enc) in enumerate(cases):
            ks, es, ens = [], [], []
            # the FLAC target gets three times the runs: on a shared host the
            # speed of both programs drifts from minute to minute
            for _ in range(a.runs * (3 if i == 0 else 1)):
                es.append(timed(ref))
                ks.append(timed(cmd))
                if enc:
                    ens.append(timed(enc))
            k, e = statistics.median(ks), statistics.median(es)
            # pair ratios: against the encoder for a lossy format, else espeak-ng
            base = ens if enc and name != "flac (default)" else es
            q = statistics.quantiles([x / y for x, y in zip(ks, base)], n=4)
            n = statistics.median(ens) if ens else None
            print("%-26s %7.3fs %8s %6s %8.3fs %5.2fx  %5.2f-%.2fx" % (
                name, k, "%.3fs" % n if n else "-", "%.2fx" % (k / n) if n else "-",
                e, k / e, q[0], q[2]))
        print("(ratio: median over median; pair ratios: the quartiles of each "
              "run's ratio to the reference run beside it, the encoder's for "
              "MP3, Opus and Ogg, espeak-ng's for the rest)")
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
