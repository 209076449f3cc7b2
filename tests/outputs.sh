#!/bin/sh
# outputs.sh - every rule of the safe file writer, through the command line:
# streams to standard output and FIFOs, devices left alone, links kept,
# permissions kept, clashes and bad paths refused before any work.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
FIX=../shared/fixtures/news-page
page=$FIX/page.html
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-outputs.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
passed=0
failed=0

ok() {
  passed=$((passed + 1))
  echo "ok - $1"
}
not_ok() {
  failed=$((failed + 1))
  echo "not ok - $1"
  [ -n "$2" ] && echo "#   $2"
}
check() { # check NAME COMMAND...: passes when the command succeeds
  name=$1
  shift
  if "$@" >"$T/why" 2>&1; then ok "$name"; else not_ok "$name" "$(head -c 600 "$T/why")"; fi
}
# seconds S LO HI: LO <= S <= HI
within() { awk -v x="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(x >= lo && x <= hi) }'; }
mode() { stat -c %a "$1"; }

# 1. "-" streams every format to standard output: a player reads it whole
for f in wav flac mp3 ogg opus; do
  "$KISPEAK" -q -f $f "$page" - 2>"$T/err" | ffmpeg -v error -i pipe: -f s16le -ac 1 -ar 8000 - >"$T/pcm" 2>"$T/ffmpeg"
  secs=$(awk -v b="$(wc -c <"$T/pcm")" 'BEGIN { printf "%.1f", b / 16000 }')
  check "$f to standard output: a player decodes $secs s (150..220)" within "$secs" 150 220
done
"$KISPEAK" -q -f wav "$page" - 2>/dev/null | head -c 44 >"$T/head"
check "a WAV stream's header says its length is unknown" sh -c "od -An -tx1 -j4 -N4 '$T/head' | grep -q 'ff ff ff ff' && od -An -tx1 -j40 -N4 '$T/head' | grep -q 'ff ff ff ff'"

"$KISPEAK" -q "$page" - >/dev/null 2>"$T/err"
rc=$?
check "\"-\" without -f: usage error, exit 2" sh -c "[ $rc = 2 ] && grep -q '^kispeak: usage: name the format of standard output with -f' '$T/err'"

if command -v script >/dev/null; then
  script -qec "$KISPEAK -q -f wav $page -" /dev/null >"$T/tty" 2>&1
  rc=$?
  check "\"-\" when standard output is a terminal: refused, exit 2, no audio on the terminal" \
    sh -c "[ $rc = 2 ] && grep -q 'standard output is a terminal' '$T/tty' && [ \$(wc -c <'$T/tty') -lt 400 ]"
  script -qec "$KISPEAK -q -f wav $page /dev/stdout" /dev/null >"$T/tty" 2>&1
  rc=$?
  check "/dev/stdout on a terminal: refused too, exit 2" sh -c "[ $rc = 2 ] && grep -q 'is a terminal' '$T/tty'"
else
  echo "# skip: no script(1) for the terminal checks"
fi

# 2. a FIFO and a character device are written as streams, never replaced
mkfifo "$T/fifo"
cat "$T/fifo" >"$T/from-fifo" &
reader=$!
"$KISPEAK" -q -f flac "$page" "$T/fifo" 2>"$T/err"
rc=$?
wait $reader
check "a FIFO: written as a stream (exit $rc), still a FIFO, the reader got a FLAC stream" \
  sh -c "[ $rc = 0 ] && [ -p '$T/fifo' ] && [ \"\$(head -c 4 '$T/from-fifo')\" = fLaC ]"
check "no temporary file beside the FIFO" sh -c "! ls -A '$T' | grep -q '^\\.kispeak-'"
"$KISPEAK" -q -f mp3 "$page" /dev/null 2>"$T/err"
rc=$?
check "/dev/null: exit $rc, still a character device, mode 666" sh -c "[ $rc = 0 ] && [ -c /dev/null ] && [ \$(stat -c %a /dev/null) = 666 ]"
"$KISPEAK" -q -f wav "$page" /dev/stdout 2>"$T/err" | wc -c >"$T/n"
check "/dev/stdout on a pipe: the audio goes down the pipe ($(cat "$T/n") bytes)" sh -c "[ \$(cat '$T/n') -gt 1000000 ] && [ -L /dev/stdout ]"

# 3. a symbolic link: the file it names is replaced, the link stays
mkdir "$T/real" "$T/links"
echo old >"$T/real/ep.flac"
ln -s ../real/ep.flac "$T/links/ep.flac"
"$KISPEAK" -q "$page" "$T/links/ep.flac" 2>"$T/err"
check "a link to a file: the link stays a link, to the same name" sh -c "[ -L '$T/links/ep.flac' ] && [ \$(readlink '$T/links/ep.flac') = ../real/ep.flac ]"
check "and the file it names holds the new episode" sh -c "[ \"\$(head -c 4 '$T/real/ep.flac')\" = fLaC ]"
ln -s ../real/new.wav "$T/links/new.wav"
"$KISPEAK" -q "$page" "$T/links/new.wav" 2>"$T/err"
check "a dangling link: the file it names is made, the link stays" sh -c "[ -L '$T/links/new.wav' ] && [ -f '$T/real/new.wav' ]"

# 4. an existing file keeps its permissions, audio and companions alike
mkdir "$T/perm"
for f in ep.mp3 ep.vtt ep.txt ep.json; do echo old >"$T/perm/$f"; done
chmod 600 "$T/perm/ep.mp3" "$T/perm/ep.txt"
chmod 640 "$T/perm/ep.vtt"
chmod 604 "$T/perm/ep.json"
"$KISPEAK" -q --captions "$T/perm/ep.vtt" --transcript "$T/perm/ep.txt" \
  --chapters "$T/perm/ep.json" "$page" "$T/perm/ep.mp3" 2>"$T/err"
check "kept modes: audio 600, captions 640, transcript 600, chapters 604" \
  test "$(mode "$T/perm/ep.mp3") $(mode "$T/perm/ep.vtt") $(mode "$T/perm/ep.txt") $(mode "$T/perm/ep.json")" = "600 640 600 604"
(umask 027 && "$KISPEAK" -q --transcript "$T/perm/new.txt" "$page" "$T/perm/new.flac")
check "new files take the umask (027: 640)" test "$(mode "$T/perm/new.flac") $(mode "$T/perm/new.txt")" = "640 640"

# 5. every output is checked before any work: a long article fails at once
awk 'BEGIN { for (i = 0; i < 3000; i++) print "The ferry crossed the bay again, carrying its passengers home through calm water.\n" }' >"$T/long.txt"
t0=$(date +%s%N)
"$KISPEAK" -q --captions "$T/no/such/dir/ep.vtt" "$T/long.txt" "$T/long.flac" 2>"$T/err"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "a missing --captions directory: exit 1 in $ms ms, before speaking 42,000 words" \
  sh -c "[ $rc = 1 ] && [ $ms -lt 2000 ] && grep -q '^kispeak: --captions: cannot write $T/no/such/dir/ep.vtt: No such file or directory' '$T/err'"
check "and no audio was begun" sh -c "[ ! -e '$T/long.flac' ] && ! ls -A '$T' | grep -q '^\\.kispeak-'"
"$KISPEAK" -q --transcript "$T/perm" "$page" "$T/x.flac" 2>"$T/err"
rc=$?
check "a directory as an output: exit 1, says so" sh -c "[ $rc = 1 ] && grep -qi 'is a directory' '$T/err'"

# 6. no two outputs, nor an output and the source, are one file
cp "$page" "$T/src.html"
"$KISPEAK" -q -f flac --transcript "$T/same.txt" --captions "$T/same.vtt" "$T/src.html" "$T/./same.txt" 2>"$T/err"
rc=$?
check "audio and transcript the same path: usage error, exit 2" sh -c "[ $rc = 2 ] && grep -q 'are the same file' '$T/err'"
ln "$T/src.html" "$T/hard.wav"
"$KISPEAK" -q "$T/src.html" "$T/hard.wav" 2>"$T/err"
rc=$?
check "OUTPUT a hard link to SOURCE: refused, exit 2, the source intact" sh -c "[ $rc = 2 ] && grep -q 'is the source' '$T/err' && cmp -s '$T/src.html' '$page'"
ln -s src.html "$T/src-link.txt"
"$KISPEAK" -q --transcript "$T/src-link.txt" "$T/src.html" "$T/y.flac" 2>"$T/err"
rc=$?
check "a companion that links to SOURCE: refused, the source intact" sh -c "[ $rc = 2 ] && cmp -s '$T/src.html' '$page' && [ ! -e '$T/y.flac' ]"
"$KISPEAK" -q --transcript /dev/null --chapters /dev/null "$page" "$T/z.flac" 2>"$T/err"
rc=$?
check "/dev/null for two companions at once: fine, and still a device" sh -c "[ $rc = 0 ] && [ -c /dev/null ] && [ -f '$T/z.flac' ]"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
