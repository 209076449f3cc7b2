#!/bin/sh
# faults.sh - the fault suite: kispeak against hostile servers, pages and disks.
# SPDX-License-Identifier: MIT
#
# Run from the repository root: KISPEAK=./kispeak sh tests/faults.sh
# Starts tests/fault_server.py on 127.0.0.1 (and an HTTPS twin with a
# throw-away self-signed certificate when openssl is there). For each case it
# checks the exit status, that standard error is exactly the one expected
# line "kispeak: <stage>: ..." (or empty on success; -q silences warnings),
# and that nothing is lost: an OUTPUT that existed is byte-identical, no new
# OUTPUT appears on failure and no .kispeak-* temporary file is left.
# Cases needing mount (full disk, read-only directory) skip without root.
# Prints "ok - NAME" / "not ok - NAME" per case, ends "N passed, N failed".

KISPEAK=${KISPEAK:-./kispeak}
HERE=$(cd "$(dirname "$0")" && pwd)
case $KISPEAK in
/*) ;;
*/*) KISPEAK=$(pwd)/$KISPEAK ;;
esac

# Loopback only: a proxy from the environment must not see these requests.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
# Keep the system's CA store: the TLS case must fail for the right reason.
unset CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR

PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
[ -x "$PY" ] || PY=python3

PASSED=0
FAILED=0
SRV_PID=
MOUNTS=
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-faults.XXXXXX") || exit 1

cleanup() {
  for m in $MOUNTS; do
    umount "$m" 2>/dev/null
  done
  if [ -n "$SRV_PID" ]; then
    kill "$SRV_PID" 2>/dev/null
    wait "$SRV_PID" 2>/dev/null
  fi
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- reporting --------------------------------------------------------------

: >"$T/why"
why() { printf '%s\n' "$*" >>"$T/why"; }

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

skip() {
  PASSED=$((PASSED + 1))
  echo "ok - $1 # skip $2"
  : >"$T/why"
}

# --- running kispeak --------------------------------------------------------

# A small runner: the exit status as a shell sees it (128+N for signal N),
# the wall time and the peak resident memory of kispeak alone. A run past
# 60 s is killed and reported as a hang (status 124).
cat >"$T/run.py" <<'EOF'
import resource, subprocess, sys, time
out, err = open(sys.argv[1], "wb"), open(sys.argv[2], "wb")
start = time.time()
try:
    p = subprocess.run(sys.argv[4:], stdin=subprocess.DEVNULL, stdout=out,
                       stderr=err, timeout=60)
    rc = p.returncode if p.returncode >= 0 else 128 - p.returncode
except subprocess.TimeoutExpired:
    rc = 124
except OSError as e:
    err.write(("cannot run: %s\n" % e).encode())
    rc = 127
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
with open(sys.argv[3], "w") as f:
    f.write("%d %.2f %d\n" % (rc, time.time() - start, rss))
EOF

# ks ARGS...: run kispeak; sets RC, SECS (wall), RSS (MiB), $T/out, $T/err.
ks() {
  "$PY" "$T/run.py" "$T/out" "$T/err" "$T/stat" "$KISPEAK" "$@"
  read -r RC SECS RSS <"$T/stat"
}

show_err() {
  if [ -s "$T/err" ]; then
    head -n 4 "$T/err" | cut -c 1-300 | sed 's/^/stderr: /' >>"$T/why"
  else
    why "stderr: (empty)"
  fi
}

expect_rc() {
  if [ "$RC" != "$1" ]; then
    why "exit status: got $RC, expected $1"
    [ "$RC" = 124 ] && why "(124: still running after 60 s, killed)"
    [ "$RC" -gt 128 ] 2>/dev/null && why "(killed by signal $((RC - 128)))"
    show_err
  fi
}

# expect_err ERE: stderr is exactly one line, "kispeak: <stage>: ...",
# matching ERE.
expect_err() {
  n=$(wc -l <"$T/err")
  if [ "$n" != 1 ]; then
    why "stderr has $n lines, expected exactly 1"
    show_err
  elif ! grep -Eq '^kispeak: [a-z]+: .' "$T/err"; then
    why "stderr is not 'kispeak: <stage>: <detail>'"
    show_err
  elif ! grep -Eq "$1" "$T/err"; then
    why "stderr does not match: $1"
    show_err
  fi
}

expect_quiet() {
  if [ -s "$T/err" ]; then
    why "stderr should be empty (run with -q)"
    show_err
  fi
}

expect_no_stdout() {
  [ -s "$T/out" ] && why "stdout should be empty: $(head -c 120 "$T/out")"
}

expect_in_out() {
  grep -Fq "$1" "$T/out" || why "stdout lacks '$1'"
}

expect_within() {
  awk -v s="$SECS" -v m="$1" 'BEGIN { exit !(s <= m) }' ||
    why "took $SECS s, expected at most $1 s"
}

expect_rss_below() {
  [ "$RSS" -lt "$1" ] || why "peak memory $RSS MiB, expected below $1 MiB"
}

# new_dir [DIR]: a directory with an earlier episode in it, to be kept.
NDIR=0
new_dir() {
  NDIR=$((NDIR + 1))
  D=${1:-$T/d$NDIR}
  mkdir -p "$D"
  printf 'RIFF an earlier episode, not to be touched\n' >"$D/episode.wav"
  cp "$D/episode.wav" "$T/saved"
  OUT=$D/episode.wav
}

# Nothing lost: the earlier episode intact, no temporary file left.
expect_kept() {
  if [ -e "$OUT" ]; then
    cmp -s "$OUT" "$T/saved" || why "existing OUTPUT $OUT was changed"
  else
    why "existing OUTPUT $OUT was removed"
  fi
  expect_no_temp
}

expect_no_temp() {
  for f in "$D"/.kispeak-*; do
    [ -e "$f" ] && why "temporary file left: $f"
  done
}

# A complete WAV: the header's frame count matches the data that is there.
expect_wav() {
  "$PY" - "$1" >>"$T/why" <<'EOF'
import sys, wave
try:
    with wave.open(sys.argv[1], "rb") as w:
        n = w.getnframes()
        data = w.readframes(n)
        if w.getnchannels() != 1 or w.getsampwidth() != 2 or n == 0:
            print("not 16-bit mono with frames: %d ch, %d bytes, %d frames"
                  % (w.getnchannels(), w.getsampwidth(), n))
        elif len(data) != 2 * n:
            print("truncated: header says %d frames, file holds %d"
                  % (n, len(data) // 2))
except (OSError, EOFError, wave.Error) as e:
    print("not a complete WAV file: %s" % e)
EOF
}

# A failing fetch or extraction: the message, status 1, nothing lost.
fails_with() {
  _name=$1
  _ere=$2
  shift 2
  new_dir
  ks -q "$@" "$OUT"
  expect_rc 1
  expect_err "$_ere"
  expect_no_stdout
  expect_kept
  verdict "$_name"
}

# --- the server --------------------------------------------------------------

TLS=
if command -v openssl >/dev/null 2>&1 &&
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "$T/key.pem" -out "$T/cert.pem" >/dev/null 2>&1; then
  TLS="$T/cert.pem $T/key.pem"
fi
: >"$T/port"
# shellcheck disable=SC2086 # TLS is two words or none
"$PY" "$HERE/fault_server.py" $TLS >"$T/port" 2>"$T/server.err" &
SRV_PID=$!
want=1
[ -n "$TLS" ] && want=2
i=0
while [ "$(wc -l <"$T/port" 2>/dev/null || echo 0)" -lt "$want" ] &&
  [ $i -lt 100 ]; do
  sleep 0.1
  i=$((i + 1))
done
PORT=$(sed -n 1p "$T/port")
TLS_PORT=$(sed -n 2p "$T/port")
if [ -z "$PORT" ]; then
  echo "not ok - start tests/fault_server.py"
  sed 's/^/#   /' "$T/server.err"
  echo "0 passed, 1 failed"
  exit 1
fi
BASE=http://127.0.0.1:$PORT
# Peak memory allowed while refusing a 40 MiB page or a gzip bomb. ASan's
# shadow memory and quarantine add about 70 MiB, so a sanitised build gets
# more room; the point is that 256 MiB is never held.
MAX_RSS=${FAULTS_MAX_RSS:-64}
if [ -z "$FAULTS_MAX_RSS" ] && grep -aq __asan_init "$KISPEAK" 2>/dev/null; then
  MAX_RSS=160
fi
ARTICLE_WORDS="restore night bus services"

# --- network -----------------------------------------------------------------

for code in 404 410 500 503; do
  fails_with "HTTP $code: one line naming the status" \
    "^kispeak: fetch: HTTP $code for $BASE/status/$code\$" "$BASE/status/$code"
done

ks -q --dump=text "$BASE/chain/5"
expect_rc 0
expect_quiet
expect_in_out "$ARTICLE_WORDS"
verdict "redirect chain of 6 hops that ends on the article"

fails_with "redirect loop" '^kispeak: fetch: too many redirects' "$BASE/loop"
fails_with "redirect to file:// refused" \
  '^kispeak: fetch: refused a redirect to a scheme other than http' \
  "$BASE/to-file"
fails_with "redirect to ftp:// refused" \
  '^kispeak: fetch: refused a redirect to a scheme other than http' \
  "$BASE/to-ftp"
fails_with "file:// as SOURCE refused" \
  '^kispeak: fetch: only http and https URLs are fetched' "file:///etc/passwd"

CLOSED=$("$PY" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
fails_with "closed port" '^kispeak: fetch: cannot connect to ' \
  "http://127.0.0.1:$CLOSED/article"

fails_with "server that never answers, --timeout 2" \
  '^kispeak: fetch: timed out fetching ' --timeout 2 "$BASE/hang"
expect_within 4
verdict "  ... and gives up within 4 s"

fails_with "a byte a second, --timeout 2 bounds the whole fetch" \
  '^kispeak: fetch: timed out fetching ' --timeout 2 "$BASE/drip"
expect_within 4
verdict "  ... and gives up within 4 s"

fails_with "connection reset mid-body" \
  '^kispeak: fetch: .*(reset|closed|partial|Recv failure)' "$BASE/reset"

fails_with "truncated gzip body" \
  '^kispeak: fetch: .*(truncat|gzip|decod|incomplete|partial)' \
  "$BASE/gzip-truncated"

fails_with "gzip bomb (256 MiB of spaces)" \
  "^kispeak: fetch: page larger than 16 MiB at $BASE/gzip-bomb\$" \
  "$BASE/gzip-bomb"
expect_rss_below "$MAX_RSS"
verdict "  ... stopped at the cap: peak memory below $MAX_RSS MiB (got $RSS)"

fails_with "40 MiB page with a Content-Length" \
  "^kispeak: fetch: page larger than 16 MiB at $BASE/big\$" "$BASE/big"
expect_rss_below "$MAX_RSS"
verdict "  ... refused: peak memory below $MAX_RSS MiB (got $RSS)"

fails_with "40 MiB page without a length" \
  "^kispeak: fetch: page larger than 16 MiB at $BASE/big-stream\$" \
  "$BASE/big-stream"
expect_rss_below "$MAX_RSS"
verdict "  ... stopped at the cap: peak memory below $MAX_RSS MiB (got $RSS)"

if [ -n "$TLS_PORT" ]; then
  fails_with "https with a self-signed certificate (verification on)" \
    '^kispeak: fetch: .*certificate' "https://127.0.0.1:$TLS_PORT/article"
else
  skip "https with a self-signed certificate" "no openssl to make one"
fi

# --- content -----------------------------------------------------------------

fails_with "empty body" '^kispeak: extract: no article text found$' \
  "$BASE/empty"
fails_with "navigation only" '^kispeak: extract: no article text found$' \
  "$BASE/nav-only"
fails_with "PNG served as text/html" \
  '^kispeak: (fetch|extract): .*(not a web page|no article text found)' \
  "$BASE/png-as-html"
fails_with "PDF served as text/html" \
  '^kispeak: (fetch|extract): .*(not a web page|no article text found)' \
  "$BASE/pdf-as-html"

ks -q --dump=text "$BASE/html-as-plain"
expect_rc 0
expect_quiet
expect_in_out "$ARTICLE_WORDS"
grep -q '<p>' "$T/out" && why "stdout still holds markup"
verdict "HTML served as text/plain is read as HTML"

ks -q --dump=text "$BASE/invalid-utf8"
expect_rc 0
expect_quiet
expect_in_out "$ARTICLE_WORDS"
"$PY" -c 'import sys
try:
    open(sys.argv[1], "rb").read().decode("utf-8")
except UnicodeDecodeError as e:
    print("stdout is not valid UTF-8: %s" % e)' "$T/out" >>"$T/why"
verdict "invalid UTF-8 in a UTF-8 page: text kept, output valid UTF-8"

ks -q --dump=text "$BASE/utf16-bom"
expect_rc 0
expect_quiet
expect_in_out "$ARTICLE_WORDS"
verdict "UTF-16 page with a byte-order mark, no charset declared"

ks -q --dump=text "$BASE/cp1251-header"
expect_rc 0
expect_quiet
expect_in_out "открылся новый паромный причал"
verdict "Windows-1251 page, charset only in the HTTP header"

ks -q --dump=sentences "$BASE/many-paragraphs"
expect_rc 0
expect_quiet
expect_in_out "Paragraph 99998 of the long page"
expect_within 30
verdict "100,000 paragraphs: all segmented within 30 s ($SECS s, $RSS MiB)"

ks -q --dump=sentences "$BASE/long-sentence"
expect_rc 0
expect_quiet
long=$(awk 'length($0) > 4000' "$T/out" | wc -l)
[ "$long" = 0 ] || why "$long lines longer than 4000 bytes (KS_MAX_SENTENCE)"
[ "$(wc -c <"$T/out")" -gt 1000000 ] || why "text lost: $(wc -c <"$T/out") bytes out"
expect_within 20
verdict "1 MB sentence without punctuation: cut to 4000-byte pieces ($SECS s)"

ks -q --dump=speech "$BASE/long-sentence"
expect_rc 0
expect_quiet
expect_within 20
verdict "1 MB sentence without punctuation: normalised ($SECS s)"

# 10,000 levels is far past libxml2's depth limit (256): a clean refusal is
# as good as the text; a crash or a hang is not.
ks -q --dump=text "$BASE/deep"
if [ "$RC" = 0 ]; then
  expect_quiet
  expect_in_out "$ARTICLE_WORDS"
else
  expect_rc 1
  expect_err '^kispeak: extract: no article text found$'
fi
expect_within 20
verdict "10,000 levels of nested markup (exit $RC)"

ks -q --dump=text "$BASE/entities"
expect_rc 0
expect_quiet
expect_in_out "$ARTICLE_WORDS"
if [ -s /etc/hostname ] && grep -Fqf /etc/hostname "$T/out"; then
  why "stdout holds /etc/hostname: an external entity was read"
fi
"$PY" - "$BASE/_hits" >>"$T/why" <<'EOF'
import json, sys, urllib.request
hits = json.load(urllib.request.urlopen(sys.argv[1]))
for path in sorted(hits):
    if path.startswith("/res/"):
        print("fetched %s (%d times): only the page may be fetched" % (path, hits[path]))
EOF
verdict "external entities, external DTD and sub-resources are not fetched"

new_dir
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$T/huge.html"
ks -q "$T/huge.html" "$OUT"
expect_rc 1
expect_err '^kispeak: io: .*larger than 16 MiB'
expect_kept
verdict "17 MiB local file refused"
rm -f "$T/huge.html"

# --- output ------------------------------------------------------------------

new_dir
rm -f "$OUT"
ks -q "$BASE/article" "$OUT"
expect_rc 0
expect_quiet
expect_wav "$OUT"
expect_no_temp
verdict "control: the article to WAV"

new_dir
ks -q "$BASE/article" "$D/no/such/dir/episode.wav"
expect_rc 1
expect_err "^kispeak: write: .*$D/no/such/dir/episode.wav.*No such file or directory"
expect_kept
verdict "missing output directory"

# mnt DIR OPTIONS: a small tmpfs, when this user may mount one.
mnt() {
  mkdir -p "$1"
  if mount -t tmpfs -o "$2" kispeak-faults "$1" 2>/dev/null; then
    MOUNTS="$1 $MOUNTS"
    return 0
  fi
  return 1
}

# Root ignores directory permissions, so read-only means a read-only mount.
if mnt "$T/ro" size=256k; then
  new_dir "$T/ro"
  if mount -o remount,ro "$T/ro" 2>/dev/null; then
    ks -q "$BASE/article" "$OUT"
    expect_rc 1
    expect_err '^kispeak: write: .*Read-only file system'
    expect_kept
    verdict "read-only output directory (a read-only tmpfs)"
  else
    skip "read-only output directory" "cannot remount a tmpfs read-only"
  fi
elif [ "$(id -u)" != 0 ]; then
  new_dir "$T/ro"
  chmod a-w "$T/ro"
  ks -q "$BASE/article" "$OUT"
  expect_rc 1
  expect_err '^kispeak: write: .*Permission denied'
  expect_kept
  chmod u+w "$T/ro"
  verdict "read-only output directory (no write permission)"
else
  skip "read-only output directory" "root without permission to mount"
fi

if mnt "$T/full" size=64k; then
  new_dir "$T/full"
  ks -q "$BASE/article" "$OUT"
  expect_rc 1
  expect_err '^kispeak: write: .*No space left on device'
  expect_kept
  verdict "full disk (a 64 KiB tmpfs)"
else
  skip "full disk (a 64 KiB tmpfs)" "mount not permitted"
fi

# Signals mid-synthesis: wait for the temporary file, then send the signal.
for sig in INT TERM; do
  new_dir
  : >"$T/err"
  "$PY" - "$KISPEAK" "$BASE/long-article" "$D" "$OUT" "$sig" "$T/err" \
    >"$T/sig" 2>&1 <<'EOF'
import os, signal, subprocess, sys, time
ks, url, d, out, name, errpath = sys.argv[1:7]
sig = getattr(signal, "SIG" + name)
before = set(os.listdir(d))
# SIGINT at its default in the child, as a terminal's Ctrl-C meets it (a
# shell starts background jobs with SIGINT ignored).
p = subprocess.Popen([ks, "-q", url, out], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
start = time.time()
while time.time() - start < 10 and p.poll() is None:
    if set(os.listdir(d)) - before:
        break
    time.sleep(0.005)
time.sleep(0.1)
if p.poll() is not None:
    print("why finished before the signal: exit %d" % p.returncode)
    sys.exit(0)
p.send_signal(sig)
try:
    p.wait(15)
except subprocess.TimeoutExpired:
    p.kill()
    p.wait()
    print("why still running 15 s after the signal (killed)")
rc = p.returncode if p.returncode >= 0 else 128 - p.returncode
print("rc %d" % rc)
open(errpath, "wb").write(p.stderr.read())
EOF
  sed -n 's/^why //p' "$T/sig" >>"$T/why"
  grep -v -e '^why ' -e '^rc ' "$T/sig" >>"$T/why"
  RC=$(sed -n 's/^rc //p' "$T/sig")
  if [ -n "$RC" ]; then
    expect_rc 1
    expect_err '^kispeak: interrupted: '
  fi
  expect_kept
  verdict "SIG$sig during synthesis: status 1, OUTPUT untouched, no temp file"
done

# Two runs onto one OUTPUT at once: both succeed, one whole file remains.
new_dir
rm -f "$OUT"
"$PY" "$T/run.py" "$T/out1" "$T/err1" "$T/stat1" "$KISPEAK" -q \
  "$BASE/long-article" "$OUT" &
P1=$!
"$PY" "$T/run.py" "$T/out2" "$T/err2" "$T/stat2" "$KISPEAK" -q \
  "$BASE/article" "$OUT" &
P2=$!
wait "$P1"
wait "$P2"
for k in 1 2; do
  read -r RC SECS RSS <"$T/stat$k"
  cp "$T/err$k" "$T/err"
  expect_rc 0
  expect_quiet
done
expect_wav "$OUT"
expect_no_temp
verdict "two runs writing the same OUTPUT at once: one complete file"

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
