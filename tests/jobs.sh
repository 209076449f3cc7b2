#!/bin/sh
# jobs.sh - speaking in worker processes: any number of them (-j) gives the
# same samples and the same timings as one, and a run stopped half-way
# leaves neither a file nor a worker behind.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
page=../shared/fixtures/news-page/page.html
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-jobs.XXXXXX")
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
# The decoded samples' MD5, as ffmpeg reads the file.
pcm_md5() { ffmpeg -v error -i "$1" -f s16le - | md5sum | cut -d' ' -f1; }
# The largest difference, in ms, between two caption files' cue times.
cue_gap() {
  awk 'function ms(t,  a) { n = split(t, a, /[:.,]/)
         return ((a[n-3] * 60 + a[n-2]) * 60 + a[n-1]) * 1000 + a[n] }
       / --> / { t[FILENAME, ++k[FILENAME]] = ms($1) " " ms($3) }
       END { worst = -1; f1 = ARGV[1]; f2 = ARGV[2]
             if (k[f1] != k[f2] || k[f1] == 0) { print "cues: " k[f1] " and " k[f2]; exit }
             for (i = 1; i <= k[f1]; i++) {
               split(t[f1, i], a, " "); split(t[f2, i], b, " ")
               for (j = 1; j <= 2; j++) { d = a[j] - b[j]; if (d < 0) d = -d; if (d > worst) worst = d }
             }
             print worst }' "$1" "$2"
}

# 1. WAV and FLAC: one process, two, four; the same samples and cue times
for f in wav flac; do
  for j in 1 2 4; do
    "$KISPEAK" -q -j $j --captions "$T/j$j.$f.vtt" "$page" "$T/j$j.$f" 2>"$T/err$j"
  done
  for j in 2 4; do
    check "$f: -j $j gives the same samples as -j 1" \
      test "$(pcm_md5 "$T/j1.$f")" = "$(pcm_md5 "$T/j$j.$f")"
    gap=$(cue_gap "$T/j1.$f.vtt" "$T/j$j.$f.vtt")
    check "$f: -j $j captions within 10 ms of -j 1's ($gap ms)" \
      awk -v g="$gap" 'BEGIN { exit !(g ~ /^[0-9.]+$/ && g <= 10) }'
  done
done
check "wav: -j 4 writes the same file, byte for byte" cmp "$T/j1.wav" "$T/j4.wav"
check "flac: -j 4 writes the same file, byte for byte" cmp "$T/j1.flac" "$T/j4.flac"
check "the samples are not silence" sh -c \
  "ffmpeg -v info -i '$T/j1.wav' -af volumedetect -f null - 2>&1 | grep -q 'max_volume: -[0-9.]* dB'"

# 2. the lossy formats too: their chunks are encoded on one thread or three
for f in mp3 opus ogg; do
  "$KISPEAK" -q -j 1 "$page" "$T/a.$f" 2>/dev/null
  "$KISPEAK" -q -j 3 "$page" "$T/b.$f" 2>/dev/null
  check "$f: -j 3 writes the same file as -j 1, byte for byte" \
    sh -c "[ -s '$T/a.$f' ] && cmp '$T/a.$f' '$T/b.$f'"
done

# 3. a run stopped while it speaks: status 1, no file, no worker left
words="the harbour ferry left at dawn with forty people aboard and a cargo of apples"
i=0
while [ $i -lt 400 ]; do
  echo "$words, and $words. $words."
  echo
  i=$((i + 1))
done >"$T/long.txt"
"$KISPEAK" -q -j 2 "$T/long.txt" "$T/long.flac" 2>"$T/long.err" &
pid=$!
sleep 1
# the workers: children of the spawner, itself a child of kispeak
kids=$(for c in $(pgrep -P $pid); do echo $c; pgrep -P $c; done | tr '\n' ' ')
kill -TERM $pid
wait $pid
rc=$?
sleep 0.2
check "stopped by SIGTERM: exit status 1 (got $rc)" test "$rc" = 1
check "it said so on one line" sh -c "test \$(wc -l <'$T/long.err') = 1 && grep -q 'stopped by a signal' '$T/long.err'"
check "no file is left" test ! -e "$T/long.flac"
left=0
for k in $kids; do kill -0 "$k" 2>/dev/null && left=$((left + 1)); done
check "workers were speaking ($kids) and none is left ($left)" \
  sh -c "test -n '$kids' && test $left = 0"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
