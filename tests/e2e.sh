#!/bin/sh
# e2e.sh - end-to-end tests: the kispeak CLI against a loopback HTTP server.
# SPDX-License-Identifier: MIT
#
# Run from the repository root: KISPEAK=./kispeak sh tests/e2e.sh
# Needs python3 (standard library only). Touches no network but 127.0.0.1.
# Prints "ok - NAME" or "not ok - NAME" (with got/expected lines starting
# with "#") per check, and ends with "N passed, N failed".

KISPEAK=${KISPEAK:-./kispeak}
FIX=${FIXTURES:-../shared/fixtures/news-page}
HERE=$(cd "$(dirname "$0")" && pwd)

# The checks run kispeak with absolute paths, so a relative KISPEAK must
# be made absolute; a bare name is looked up in PATH as usual.
case $KISPEAK in
/*) ;;
*/*) KISPEAK=$(pwd)/$KISPEAK ;;
esac
case $FIX in
/*) ;;
*) FIX=$(pwd)/$FIX ;;
esac

# Loopback only: a proxy from the environment must not see these requests.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY

# Resolve python3 once: a version-manager shim can cost 0.4 s a call.
PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
[ -x "$PY" ] || PY=python3

PASSED=0
FAILED=0
SRV_PID=
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-e2e.XXXXXX") || exit 1

cleanup() {
  if [ -n "$SRV_PID" ]; then
    kill "$SRV_PID" 2>/dev/null
    wait "$SRV_PID" 2>/dev/null
  fi
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A hung kispeak must not hang the suite.
TO=
if command -v timeout >/dev/null 2>&1; then
  TO="timeout 30"
fi

# --- reporting --------------------------------------------------------------

: >"$T/why"

# Record one problem with the current check.
why() {
  printf '%s\n' "$*" >>"$T/why"
}

# Close the current check: it passes when no problem was recorded.
verdict() {
  if [ -s "$T/why" ]; then
    FAILED=$((FAILED + 1))
    echo "not ok - $1"
    sed 's/^/#   /' "$T/why"
  else
    PASSED=$((PASSED + 1))
    echo "ok - $1"
  fi
  : >"$T/why"
}

summary() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

# --- running kispeak --------------------------------------------------------

# ks ARGS...: run kispeak with stdin from /dev/null; sets RC, $T/out, $T/err.
ks() {
  $TO "$KISPEAK" "$@" </dev/null >"$T/out" 2>"$T/err"
  RC=$?
}

# ks_stdin FILE ARGS...: the same, with FILE as stdin.
ks_stdin() {
  _in=$1
  shift
  $TO "$KISPEAK" "$@" <"$_in" >"$T/out" 2>"$T/err"
  RC=$?
}

show_err() {
  if [ -s "$T/err" ]; then
    head -n 5 "$T/err" | sed 's/^/stderr: /' >>"$T/why"
  else
    why "stderr: (empty)"
  fi
}

expect_rc() {
  if [ "$RC" != "$1" ]; then
    why "exit status: got $RC, expected $1"
    [ "$RC" = 124 ] && [ -n "$TO" ] && why "(124: killed by the 30 s timeout)"
    [ "$RC" = 127 ] && why "(127: is $KISPEAK built?)"
    show_err
  fi
}

# expect_err ERE [usage]: stderr is exactly one error line, matching ERE.
# Warnings ("kispeak: warning: ...", silenced by -q) are not errors and are
# left out of the count. A usage error may add the line "Try 'kispeak
# --help' for more information."
expect_err() {
  grep -v '^kispeak: warning: ' "$T/err" >"$T/errs"
  _lines=$(awk 'END { print NR }' "$T/errs")
  _first=$(head -n 1 "$T/errs")
  _want=1
  if [ "$2" = usage ] && [ "$_lines" = 2 ] &&
    [ "$(sed -n 2p "$T/errs")" = "Try 'kispeak --help' for more information." ]; then
    _want=2
  fi
  if [ "$_lines" != "$_want" ]; then
    why "stderr error lines: got $_lines, expected 1"
    show_err
  fi
  if ! printf '%s\n' "$_first" | grep -Eq "$1"; then
    why "stderr: got '$_first'"
    why "expected a line matching /$1/"
  fi
}

# same_text GOT EXPECTED: equal, except that either may lack the final newline.
same_text() {
  "$PY" - "$1" "$2" >>"$T/why" <<'EOF'
import difflib, sys
def load(p):
    with open(p, "rb") as f:
        s = f.read()
    return s[:-1] if s.endswith(b"\n") else s
got, exp = load(sys.argv[1]), load(sys.argv[2])
if got != exp:
    g = got.decode("utf-8", "replace").split("\n")
    e = exp.decode("utf-8", "replace").split("\n")
    print("output differs from %s (- expected, + got):" % sys.argv[2])
    diff = list(difflib.unified_diff(e, g, "expected", "got", lineterm="", n=0))
    for line in diff[2:18]:
        print(line[:150])
    if len(diff) > 18:
        print("... %d more diff lines" % (len(diff) - 18))
EOF
}

# audio FILE FORMAT: FILE is a mono 16-bit FORMAT file with audio in it;
# leaves the key=value description in $T/info.
audio() {
  if ! "$PY" "$HERE/audioinfo.py" "$1" >"$T/info" 2>"$T/info.err"; then
    why "$(cat "$T/info.err")"
    return 1
  fi
  [ "$(info format)" = "$2" ] || why "format: got '$(info format)', expected $2"
  [ "$(info channels)" = 1 ] || why "channels: got '$(info channels)', expected 1 (mono)"
  [ "$(info bits)" = 16 ] || why "bits per sample: got '$(info bits)', expected 16"
  [ "$(info frames)" -gt 0 ] 2>/dev/null || why "frames: got '$(info frames)', expected > 0"
  return 0
}

info() {
  sed -n "s/^$1=//p" "$T/info" | head -n 1
}

# Case directories for "nothing lost" checks: each holds an existing
# OUTPUT whose bytes are saved outside it, plus a listing of the directory.
N=0
new_dir() {
  N=$((N + 1))
  D=$T/case$N
  mkdir "$D"
  printf 'an earlier episode, case %s\n' "$N" >"$D/episode.flac"
  head -c 2048 "$FIX/page.html" >>"$D/episode.flac"
  cp "$D/episode.flac" "$T/saved$N"
  ls -A "$D" >"$T/ls$N"
}

# Nothing lost: the existing OUTPUT is untouched, no file came or went.
expect_kept() {
  cmp -s "$D/episode.flac" "$T/saved$N" || why "existing OUTPUT $D/episode.flac was changed"
  ls -A "$D" >"$T/lsnow"
  if ! cmp -s "$T/ls$N" "$T/lsnow"; then
    why "directory listing changed: was [$(tr '\n' ' ' <"$T/ls$N")] now [$(tr '\n' ' ' <"$T/lsnow")]"
  fi
}

# --- the server -------------------------------------------------------------

if [ ! -x "$KISPEAK" ] && ! command -v "$KISPEAK" >/dev/null 2>&1; then
  echo "# warning: $KISPEAK is not an executable; every check will fail"
fi

"$PY" "$HERE/server.py" "$FIX" >"$T/server.out" 2>"$T/server.err" &
SRV_PID=$!
PORT=
i=0
while [ $i -lt 100 ]; do
  PORT=$(head -n 1 "$T/server.out" 2>/dev/null)
  [ -n "$PORT" ] && break
  kill -0 "$SRV_PID" 2>/dev/null || break
  sleep 0.05
  i=$((i + 1))
done
case $PORT in
'' | *[!0-9]*)
  why "no port from tests/server.py: '$PORT'"
  [ -s "$T/server.err" ] && why "$(head -n 5 "$T/server.err")"
  verdict "loopback server starts"
  summary
  exit 1
  ;;
esac
BASE=http://127.0.0.1:$PORT
URL=$BASE/page.html
TITLE=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"])' "$FIX/expected.json")
CANON=$(sed -n 's/.*<link rel="canonical" href="\([^"]*\)".*/\1/p' "$FIX/page.html" | head -n 1)

# --- 1. a FLAC episode from a URL --------------------------------------------

mkdir "$T/c1"
ks "$URL" "$T/c1/out.flac"
expect_rc 0
if [ -f "$T/c1/out.flac" ] && audio "$T/c1/out.flac" flac; then
  DUR=$(info duration)
  if command -v soxi >/dev/null 2>&1; then
    DUR=$(soxi -D "$T/c1/out.flac" 2>/dev/null || info duration)
  fi
  awk -v d="$DUR" 'BEGIN { exit !(d >= 120 && d <= 240) }' ||
    why "duration: got $DUR s, expected 120..240 s (419 words at 175 wpm + intro)"
  [ "$(info tag.TITLE)" = "$TITLE" ] || why "TITLE: got '$(info tag.TITLE)', expected '$TITLE'"
  [ "$(info tag.ARTIST)" = "Dmytro Basmat" ] || why "ARTIST: got '$(info tag.ARTIST)', expected 'Dmytro Basmat'"
  [ "$(info tag.ALBUM)" = "The Kyiv Independent" ] ||
    why "ALBUM: got '$(info tag.ALBUM)', expected 'The Kyiv Independent'"
  case $(info tag.DATE) in
  2024-12-03*) ;;
  *) why "DATE: got '$(info tag.DATE)', expected 2024-12-03..." ;;
  esac
  C=$(info tag.COMMENT)
  [ "$C" = "$URL" ] || [ "$C" = "$CANON" ] ||
    why "COMMENT: got '$C', expected '$URL' or '$CANON'"
else
  [ -f "$T/c1/out.flac" ] || why "no file written at OUTPUT"
fi
# shellcheck disable=SC2012
[ "$(ls -A "$T/c1")" = out.flac ] || why "directory holds [$(ls -A "$T/c1" | tr '\n' ' ')], expected [out.flac]"
verdict "URL -> FLAC: mono, 120..240 s, tags"

# --- 2..5. the --dump stages -------------------------------------------------

ks --dump=text "$URL"
expect_rc 0
same_text "$T/out" "$FIX/expected-body.txt"
verdict "--dump=text equals expected-body.txt"

ks --dump=sentences "$URL"
expect_rc 0
cp "$T/out" "$T/sentences.txt"
same_text "$T/out" "$FIX/expected-sentences.txt"
verdict "--dump=sentences equals expected-sentences.txt"

ks --dump=meta "$URL"
expect_rc 0
"$PY" - "$T/out" "$FIX/expected.json" "$URL" "$CANON" >>"$T/why" <<'EOF'
import json, sys
out, exp_path, url, canon = sys.argv[1:5]
exp = json.load(open(exp_path, encoding="utf-8"))
try:
    meta = json.loads(open(out, encoding="utf-8").read())
except ValueError as e:
    print("not one JSON object: %s" % e)
    sys.exit(0)
if not isinstance(meta, dict):
    print("not a JSON object: %r" % (meta,))
    sys.exit(0)
for key in ("title", "authors", "published", "site", "language", "url"):
    if key not in meta:
        print("key %r missing" % key)
def bad(key, got, want):
    print("%s: got %r, expected %s" % (key, got, want))
if meta.get("title") != exp["title"]:
    bad("title", meta.get("title"), repr(exp["title"]))
if meta.get("authors") != [exp["author"]]:
    bad("authors", meta.get("authors"), repr([exp["author"]]))
if not str(meta.get("published")).startswith(exp["published"]):
    bad("published", meta.get("published"), "a string starting %r" % exp["published"])
if meta.get("site") != exp["site"]:
    bad("site", meta.get("site"), repr(exp["site"]))
if meta.get("language") != exp["language"]:
    bad("language", meta.get("language"), repr(exp["language"]))
if "url" in meta and meta["url"] not in (url, canon):
    bad("url", meta["url"], "%r or %r" % (url, canon))
EOF
verdict "--dump=meta matches expected.json"

ks --dump=speech "$URL"
expect_rc 0
"$PY" - "$T/out" "$T/sentences.txt" "$FIX/expected.json" >>"$T/why" <<'EOF'
import json, sys
speech = open(sys.argv[1], encoding="utf-8", errors="replace").read()
sents = open(sys.argv[2], encoding="utf-8", errors="replace").read()
exp = json.load(open(sys.argv[3], encoding="utf-8"))
for phrase in exp["must_not_contain"]:
    if phrase in speech:
        print("furniture spoken: %r" % phrase)
lines = speech.split("\n")
if not lines[0].startswith(exp["title"]):
    print("first line: got %r, expected the headline %r" % (lines[0][:120], exp["title"]))
# names may be spoken through the lexicon ("By [[dmItr'O:]] Basmat.")
if not any(l.startswith("By ") and exp["author"].split()[-1] in l for l in lines[:4]):
    print("no line 'By %s.' in the intro: %r" % (exp["author"], lines[:4]))
n_speech = sum(1 for l in lines if l.strip())
n_sent = sum(1 for l in sents.split("\n") if l.strip())
if n_sent == 0:
    print("--dump=sentences gave no sentences to count against")
elif n_speech != n_sent + 3:
    print("non-empty lines: got %d, expected %d sentences + 3 intro lines = %d"
          % (n_speech, n_sent, n_sent + 3))
EOF
verdict "--dump=speech: intro + one line per sentence, no furniture"

# --- 6. local file and stdin sources -----------------------------------------

mkdir "$T/c6"
ks "$FIX/page.html" "$T/c6/out.wav"
expect_rc 0
if [ -f "$T/c6/out.wav" ]; then
  if audio "$T/c6/out.wav" wav; then
    [ "$(info codec)" = 1 ] || why "WAVE format tag: got '$(info codec)', expected 1 (PCM)"
  fi
else
  why "no file written at OUTPUT"
fi
verdict "local file -> WAV: RIFF/WAVE, mono, 16-bit"

ks_stdin "$FIX/page.html" - "$T/c6/in.flac"
expect_rc 0
if [ -f "$T/c6/in.flac" ]; then
  audio "$T/c6/in.flac" flac
else
  why "no file written at OUTPUT"
fi
verdict "stdin (-) -> FLAC"

# fetch.c opens libcurl on the first URL only: its ~30 libraries cost ~14 ms
# at start-up, which a local file must not pay. glibc's loader trace tells.
LD_DEBUG=files $TO "$KISPEAK" --dump=text "$FIX/page.html" </dev/null \
  >"$T/out" 2>"$T/err"
RC=$?
expect_rc 0
if grep -q 'file=libcurl' "$T/err"; then
  why "libcurl was loaded: $(grep -m 1 'file=libcurl' "$T/err")"
elif ! grep -q 'file=libxml2' "$T/err"; then
  echo "# info: LD_DEBUG gave no loader trace; libcurl loading not checked"
fi
verdict "local file: libcurl is not loaded"

# --- 7. bad input: message, exit status, nothing lost -----------------------

new_dir
ks "$BASE/status/404" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: fetch: HTTP 404'
expect_kept
verdict "HTTP 404: exit 1, fetch error, existing OUTPUT untouched"

new_dir
ks "$BASE/status/500" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: fetch: HTTP 500'
expect_kept
verdict "HTTP 500: exit 1, fetch error"

new_dir
ks "$BASE/png" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: (fetch|extract): .*image/png'
expect_kept
verdict "image/png: exit 1, message names the type"

new_dir
ks "$BASE/nav-only" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: extract: no article text found'
expect_kept
verdict "nav-only page: exit 1, no article text found"

CLOSED=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
new_dir
ks "http://127.0.0.1:$CLOSED/page.html" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: fetch: '
expect_kept
verdict "closed port: exit 1, fetch error"

new_dir
ks "$BASE/loop" "$D/episode.flac"
expect_rc 1
expect_err '^kispeak: fetch: .*[Rr]edirect'
expect_kept
verdict "redirect loop: exit 1, mentions redirects"

new_dir
ks "$FIX/page.html" "$D/no-such-dir/episode.flac"
expect_rc 1
expect_err '^kispeak: write: '
expect_kept
verdict "OUTPUT in a missing directory: exit 1, write error"

new_dir
printf 'an earlier WAV episode\n' >"$D/episode.wav"
cp "$D/episode.wav" "$T/saved-wav"
ls -A "$D" >"$T/ls$N"
ks "$BASE/status/404" "$D/episode.wav"
expect_rc 1
cmp -s "$D/episode.wav" "$T/saved-wav" || why "existing $D/episode.wav was changed"
expect_kept
verdict "existing OUTPUT kept byte for byte after a failure"

new_dir
ks "$URL" "$D/out.xyz"
expect_rc 2
expect_err '^kispeak: usage: .*wav' usage
grep -q flac "$T/err" || why "the message does not list flac"
expect_kept
verdict "unknown extension .xyz: exit 2, lists wav and flac"

ks
expect_rc 2
expect_err '^kispeak: usage: ' usage
verdict "no arguments: exit 2"

new_dir
ks --speed 20 "$URL" "$D/episode.flac"
expect_rc 2
expect_err "^kispeak: --speed: takes words a minute from 80 to 450, not '20' \(try 'kispeak --help'\)\$" usage
expect_kept
verdict "--speed 20: exit 2, the message names the option"

ks --help
expect_rc 0
grep -q -- '--dump' "$T/out" || why "stdout does not mention --dump"
[ -s "$T/err" ] && why "stderr not empty: $(head -n 1 "$T/err")"
verdict "--help: exit 0, mentions --dump"

ks --version
expect_rc 0
grep -Eq '[0-9]+\.[0-9]+' "$T/out" || why "stdout has no version number: '$(head -n 1 "$T/out")'"
[ -s "$T/err" ] && why "stderr not empty: $(head -n 1 "$T/err")"
verdict "--version: exit 0"

# --- 8. redirects, gzip, a legacy charset ------------------------------------

ks --dump=text "$BASE/redirect-ok"
expect_rc 0
same_text "$T/out" "$FIX/expected-body.txt"
verdict "302 -> /page.html is followed"

ks --dump=text "$BASE/gzip"
expect_rc 0
same_text "$T/out" "$FIX/expected-body.txt"
HOW=$("$PY" -c 'import json, sys, urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1] + "/_stats"))["gzip"])' "$BASE" 2>/dev/null)
verdict "gzip-encoded page (server sent: ${HOW:-unknown})"

ks --dump=text "$BASE/cp1251"
expect_rc 0
"$PY" - "$T/out" "$HERE" >>"$T/why" <<'EOF'
import sys
sys.path.insert(0, sys.argv[2])
import server
try:
    text = open(sys.argv[1], "rb").read().decode("utf-8")
except UnicodeDecodeError as e:
    print("output is not UTF-8: %s" % e)
    sys.exit(0)
for para in server.CP1251_PARAS:
    if para not in text:
        print("missing paragraph: %r" % para[:60])
        print("got: %r" % text[:160])
        break
EOF
verdict "windows-1251 page (charset in the header only) decodes to UTF-8"

# --- 9. SIGINT during synthesis ----------------------------------------------

"$PY" - "$T/long.txt" <<'EOF'
import sys
subjects = ["The ferry", "A council member", "The harbour master", "Every commuter",
            "The new timetable", "A local baker", "The night crew", "Our reporter"]
verbs = ["described", "questioned", "welcomed", "measured", "praised", "criticised",
         "followed", "explained"]
objects = ["the quiet crossing over grey water", "a long list of small repairs",
           "the price of a monthly pass for students", "the wind along the northern pier",
           "plans for a second landing stage near the market",
           "a schedule that starts before sunrise"]
words, paras, i = 0, [], 0
while words < 20000:
    sents = []
    for _ in range(6):
        s = "%s %s %s on the morning run number %d." % (
            subjects[i % 8], verbs[(i * 3) % 8], objects[(i * 5) % 6], i + 1)
        words += len(s.split())
        sents.append(s)
        i += 1
    paras.append(" ".join(sents))
open(sys.argv[1], "w").write("\n\n".join(paras) + "\n")
EOF
new_dir
printf 'an earlier WAV episode\n' >"$D/episode.wav"
cp "$D/episode.wav" "$T/saved-wav"
ls -A "$D" >"$T/ls$N"
"$PY" - "$KISPEAK" "$T/long.txt" "$D" "$D/episode.wav" >"$T/sigint" 2>&1 <<'EOF'
import os, signal, subprocess, sys, time
ks, src, d, out = sys.argv[1:5]
before = set(os.listdir(d))
# Default SIGINT in the child, as a terminal's Ctrl-C would meet it (a
# shell starts background jobs with SIGINT ignored).
try:
    p = subprocess.Popen([ks, "--from=text", src, out], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
except OSError as e:
    print("cannot run %s: %s" % (ks, e))
    sys.exit(1)
# Wait for the temporary file so that the signal lands mid-write; give up
# waiting after 2 s and send it anyway.
start, seen = time.time(), None
while time.time() - start < 2 and p.poll() is None:
    new = set(os.listdir(d)) - before
    if new:
        seen = sorted(new)[0]
        break
    time.sleep(0.005)
time.sleep(0.05)
if p.poll() is not None:
    print("finished before SIGINT could be sent: exit %d" % p.returncode)
    print("stderr: %s" % p.stderr.read().decode("utf-8", "replace")[:200])
    sys.exit(1)
p.send_signal(signal.SIGINT)
try:
    p.wait(15)
except subprocess.TimeoutExpired:
    p.kill()
    p.wait()
    print("still running 15 s after SIGINT (killed)")
    sys.exit(1)
err = " | ".join(p.stderr.read().decode("utf-8", "replace").strip().split("\n"))
rc = p.returncode
print("rc=%d" % rc)
print("exit: %s; temporary file seen before SIGINT: %s; stderr: %s"
      % ("killed by signal %d" % -rc if rc < 0 else "status %d" % rc,
         seen or "none", err[:200] or "(empty)"))
EOF
SIGRC=$(sed -n 's/^rc=//p' "$T/sigint")
if [ -z "$SIGRC" ]; then
  while IFS= read -r l; do why "$l"; done <"$T/sigint"
elif [ "$SIGRC" = 0 ]; then
  why "exit status 0 after SIGINT, expected non-zero"
fi
cmp -s "$D/episode.wav" "$T/saved-wav" || why "existing $D/episode.wav was changed"
expect_kept
[ -n "$SIGRC" ] && grep -v '^rc=' "$T/sigint" | sed 's/^/# info: /'
verdict "SIGINT during synthesis: non-zero exit, OUTPUT untouched, no temp file"

# --- 10. plain text input ----------------------------------------------------

printf '%s\n' \
  'The first ferry left the north pier at dawn. It carried forty passengers and two dogs.' \
  '' \
  'Dr. Amara Lowe waved from the upper deck. Nobody on the quay waved back!' >"$T/small.txt"
printf '%s\n' \
  'The first ferry left the north pier at dawn.' \
  'It carried forty passengers and two dogs.' \
  '' \
  'Dr. Amara Lowe waved from the upper deck.' \
  'Nobody on the quay waved back!' >"$T/small.expected"
ks --from=text "$T/small.txt" --dump=sentences
expect_rc 0
same_text "$T/out" "$T/small.expected"
verdict "--from=text: two paragraphs -> sentences"

# --- 11. --timeout -----------------------------------------------------------

new_dir
T0=$(date +%s)
ks --timeout 1 "$BASE/slow?s=5" "$D/episode.flac"
T1=$(date +%s)
expect_rc 1
expect_err '^kispeak: fetch: '
[ $((T1 - T0)) -le 3 ] || why "took $((T1 - T0)) s with --timeout 1 (server answers after 5 s)"
expect_kept
verdict "--timeout 1 against a slow server: exit 1 within ~1 s"

# --- 12. the bundled sample page (golden) -----------------------------------

SAMPLE=$HERE/../samples/morning-ferry.html
ks --dump=text "$SAMPLE"
expect_rc 0
same_text "$T/out" "$HERE/../samples/morning-ferry.expected.txt"
verdict "samples/morning-ferry.html: --dump=text equals morning-ferry.expected.txt"

ks --dump=meta "$SAMPLE"
expect_rc 0
"$PY" - "$T/out" >>"$T/why" <<'EOF'
import json, sys
try:
    meta = json.loads(open(sys.argv[1], encoding="utf-8").read())
except ValueError as e:
    print("not one JSON object: %s" % e)
    sys.exit(0)
if not isinstance(meta, dict):
    print("not a JSON object: %r" % (meta,))
    sys.exit(0)
want = {"title": "City approves electric ferry linking Eastbank and Old Quay",
        "authors": ["Nadia Okafor-Lind"], "site": "The Harbour Ledger",
        "language": "en"}
for key, value in want.items():
    if meta.get(key) != value:
        print("%s: got %r, expected %r" % (key, meta.get(key), value))
if not str(meta.get("published")).startswith("2024-11-14T07:45"):
    print("published: got %r, expected 2024-11-14T07:45..." % meta.get("published"))
EOF
verdict "samples/morning-ferry.html: --dump=meta"

# --- 13. a URL's scheme in any case ----------------------------------------

UPPER=$(echo "$URL" | sed 's|^http://|HTTP://|')
MIXED=$(echo "$URL" | sed 's|^http://|Http://|')
for U in "$UPPER" "$MIXED"; do
  ks --dump=text "$U"
  expect_rc 0
  same_text "$T/out" "$FIX/expected-body.txt"
done
ks --dump=text "FTP://127.0.0.1:$PORT/page.html"
expect_rc 1
expect_err '^kispeak: fetch: only http and https'
verdict "HTTP:// and Http:// are fetched alike; FTP:// is refused as a URL"

# Not a check: how /plain-html (an HTML page sent as text/plain) is treated.
ks --dump=text "$BASE/plain-html"
echo "# info: /plain-html (HTML as text/plain): exit $RC, $(wc -l <"$T/out") lines on stdout, stderr: $(head -n 1 "$T/err")"

summary
