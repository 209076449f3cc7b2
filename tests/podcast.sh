#!/bin/sh
# podcast.sh - episodes as a podcast host and a listener would check them:
# every format read back (codec, rate, channels, duration, tags), loudness and
# true peak, captions, chapters, transcript, jingles, and their usage errors.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
B=${B:-build}
CHECK=$B/audiocheck
FIX=../shared/fixtures/news-page
PY=$(command -v python3)
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-podcast.XXXXXX")
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
# value KEY FILE: a key of audiocheck's output
value() { "$CHECK" "$2" | sed -n "s/^$1=//p"; }
# within X LO HI: LO <= X <= HI
within() { "$PY" -c "import sys; x,lo,hi=map(float,sys.argv[1:]); sys.exit(0 if lo<=x<=hi else 1)" "$1" "$2" "$3"; }

page=$FIX/page.html
title=$(cat "$FIX/expected-title.txt")

# 1. every format, read back
for f in wav flac mp3 ogg opus; do
  out=$T/ep.$f
  if ! "$KISPEAK" -q "$page" "$out" 2>"$T/err"; then
    not_ok "$f: written" "$(cat "$T/err")"
    continue
  fi
  "$CHECK" "$out" >"$T/info.$f" 2>&1
  rate=44100 # lossless keeps the voice's 22050 Hz; Opus takes 48000
  case $f in wav | flac) rate=22050 ;; opus) rate=48000 ;; esac
  check "$f: mono" grep -qx "channels=1" "$T/info.$f"
  check "$f: $rate Hz" grep -qx "rate=$rate" "$T/info.$f"
  secs=$(sed -n 's/^seconds=//p' "$T/info.$f")
  check "$f: $secs s fits 419 words at 175 wpm plus intro and pauses" within "${secs:-0}" 150 220
  check "$f: title tag" grep -qxF "title=$title" "$T/info.$f"
  check "$f: artist tag" grep -qx "artist=Dmytro Basmat" "$T/info.$f"
  check "$f: album tag" grep -qx "album=The Kyiv Independent" "$T/info.$f"
  check "$f: date tag" grep -q "^date=2024-12-03" "$T/info.$f"
  lufs=$(sed -n 's/^lufs=//p' "$T/info.$f")
  peak=$(sed -n 's/^true_peak_db=//p' "$T/info.$f")
  check "$f: loudness $lufs LUFS within 1 LU of -16" within "${lufs:--99}" -17 -15
  check "$f: true peak $peak dBTP at or below -1" within "${peak:-99}" -99 -1
  if command -v ffprobe >/dev/null; then
    codec=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name -of csv=p=0 "$out")
    want=$(echo "wav:pcm_s16le flac:flac mp3:mp3 ogg:vorbis opus:opus" | tr ' ' '\n' | sed -n "s/^$f://p")
    check "$f: ffprobe sees codec $want" test "$codec" = "$want"
    ffprobe -v error -show_entries format_tags:stream_tags -of default=nw=1 "$out" >"$T/tags.$f" 2>&1
    check "$f: ffprobe sees the title and artist tags" \
      sh -c "grep -qiF 'title=$title' '$T/tags.$f' && grep -qi 'artist=Dmytro Basmat' '$T/tags.$f'"
  fi
done

# 2. rate, channels, bit rate, loudness off
"$KISPEAK" -q --channels 2 "$page" "$T/st.mp3"
check "--channels 2: two channels" test "$(value channels "$T/st.mp3")" = 2
lufs=$(value lufs "$T/st.mp3")
check "--channels 2: loudness $lufs within 1 LU of -16 (both channels counted)" within "${lufs:--99}" -17 -15
"$KISPEAK" -q --rate 48000 "$page" "$T/r.flac"
check "--rate 48000" test "$(value rate "$T/r.flac")" = 48000
"$KISPEAK" -q --loudness off --rate 22050 "$page" "$T/raw.wav"
lufs=$(value lufs "$T/raw.wav")
check "--loudness off keeps espeak-ng's own level ($lufs LUFS)" within "${lufs:-0}" -26 -18
"$KISPEAK" -q --loudness -20 "$page" "$T/l20.flac"
lufs=$(value lufs "$T/l20.flac")
check "--loudness -20 gives $lufs LUFS" within "${lufs:-0}" -21 -19
if command -v ffprobe >/dev/null; then
  "$KISPEAK" -q --bitrate 96 "$page" "$T/b.mp3"
  br=$(ffprobe -v error -show_entries format=bit_rate -of csv=p=0 "$T/b.mp3")
  check "--bitrate 96: MP3 at $br b/s" within "${br:-0}" 94000 98000
  br=$(ffprobe -v error -show_entries format=bit_rate -of csv=p=0 "$T/ep.mp3")
  check "MP3 default: $br b/s for mono" within "${br:-0}" 62000 66000
fi

# 3. captions: a cue per spoken line, in order, inside the audio, after pauses
"$KISPEAK" -q --dump=speech "$page" >"$T/speech.txt"
"$KISPEAK" -q --pause-intro 3000 --captions "$T/c.vtt" --chapters "$T/c.json" \
  --transcript "$T/t.txt" "$page" "$T/c.flac"
secs=$(value seconds "$T/c.flac")
cat >"$T/cues.py" <<'PY'
import re, sys
text, speech, secs, pause = open(sys.argv[1]).read(), open(sys.argv[2]).read(), float(sys.argv[3]), float(sys.argv[4])
fmt = sys.argv[5]
sep = '.' if fmt == 'vtt' else ','
pat = r'(\d\d):(\d\d):(\d\d)[.,](\d\d\d) --> (\d\d):(\d\d):(\d\d)[.,](\d\d\d)'
if fmt == 'vtt' and not text.startswith('WEBVTT\n'):
    sys.exit('no WEBVTT header')
t = lambda g: ((int(g[0]) * 60 + int(g[1])) * 60 + int(g[2])) + int(g[3]) / 1000
cues = [(t(m[:4]), t(m[4:])) for m in re.findall(pat, text)]
lines = [l for l in speech.splitlines() if l.strip()]
if len(cues) != len(lines):
    sys.exit('%d cues for %d spoken lines' % (len(cues), len(lines)))
for i, (a, b) in enumerate(cues):
    if not a < b:
        sys.exit('cue %d ends before it starts' % (i + 1))
    if i and a < cues[i - 1][1]:
        sys.exit('cue %d starts before cue %d ends' % (i + 1, i))
    if b > secs + 0.01:
        sys.exit('cue %d ends after the audio' % (i + 1))
# the first body cue comes after the intro's long pause (the intro is 3 lines)
if cues[3][0] - cues[2][1] < pause / 1000:
    sys.exit('cue 4 starts %.3f s after cue 3, inside the %d ms pause' % (cues[3][0] - cues[2][1], pause))
PY
check "captions: one cue per line of --dump=speech, in order, inside the audio, after the pause" \
  "$PY" "$T/cues.py" "$T/c.vtt" "$T/speech.txt" "${secs:-0}" 3000 vtt
"$KISPEAK" -q --captions "$T/c.srt" "$page" "$T/s.wav"
check "captions: SubRip too" "$PY" "$T/cues.py" "$T/c.srt" "$T/speech.txt" "$(value seconds "$T/s.wav")" 0 srt
"$KISPEAK" -q --dump=sentences "$page" >"$T/sentences.txt"
sed '1,/^$/d' "$T/t.txt" >"$T/t-body.txt"
check "transcript: the body as the article writes it (--dump=sentences)" cmp "$T/t-body.txt" "$T/sentences.txt"
check "transcript: the introduction as written, the date too" sh -c "sed -n '1,/^\$/p' '$T/t.txt' | grep -qx 'By Dmytro Basmat.' && sed -n '1,/^\$/p' '$T/t.txt' | grep -qx 'December 3, 2024 6:17 AM.'"
check "captions and transcript show no lexicon phonemes ([[...]])" sh -c "! grep -qF '[[' '$T/t.txt' '$T/c.vtt'"
check "but the speech given to espeak-ng has them" grep -qF '[[' "$T/speech.txt"
check "chapters: Podcasting 2.0 JSON, the introduction at 0" "$PY" -c "
import json, sys
c = json.load(open(sys.argv[1]))
assert c['version'] == '1.2.0', c
assert c['chapters'][0]['startTime'] == 0 and c['chapters'][0]['title'].startswith('NATO'), c
" "$T/c.json"
"$KISPEAK" -q --chapters "$T/m.json" samples/morning-ferry.html "$T/m.ogg"
"$KISPEAK" -q --dump=text samples/morning-ferry.html >"$T/m.txt"
check "chapters: one per section heading, in order" "$PY" -c "
import json, sys
c = json.load(open(sys.argv[1]))['chapters']
body = open(sys.argv[2]).read()
assert len(c) >= 3, c
assert all(c[i]['startTime'] < c[i + 1]['startTime'] for i in range(len(c) - 1)), c
assert all(ch['title'] in body for ch in c[1:]), c
" "$T/m.json" "$T/m.txt"

# 4. jingles: before and after the speech, resampled and level-matched
"$PY" - "$T/jingle.wav" <<'PY'
import math, struct, sys, wave
w = wave.open(sys.argv[1], 'wb'); w.setnchannels(2); w.setsampwidth(2); w.setframerate(32000)
w.writeframes(b''.join(struct.pack('<hh', v, v) for v in
    (int(3000 * math.sin(2 * math.pi * 440 * i / 32000)) for i in range(64000))))
PY
"$KISPEAK" -q --intro "$T/jingle.wav" --outro "$T/jingle.wav" --captions "$T/j.vtt" \
  "$page" "$T/j.flac"
base=$(value seconds "$T/ep.flac")
with=$(value seconds "$T/j.flac")
check "--intro and --outro add their 2 s each ($base s -> $with s)" \
  "$PY" -c "import sys; sys.exit(0 if abs(float(sys.argv[2]) - float(sys.argv[1]) - 4) < 0.05 else 1)" "$base" "$with"
check "--intro shifts the captions by its length" "$PY" -c "
import re, sys
first = re.search(r'(\d\d):(\d\d):(\d\d)\.(\d\d\d) -->', open(sys.argv[1]).read()).groups()
t = (int(first[1]) * 60 + int(first[2])) + int(first[3]) / 1000
sys.exit(0 if 2.0 <= t < 2.2 else 'first cue at %.3f' % t)" "$T/j.vtt"
lufs=$(value lufs "$T/j.flac")
check "with jingles the episode is still at -16 LUFS ($lufs)" within "${lufs:--99}" -17 -15
check "with jingles a lossless episode is at 44100 Hz, not the voice's 22050" \
  test "$(value rate "$T/j.flac")" = 44100

# 5. another language inside an English story is spoken by its own voice
"$KISPEAK" -q --captions "$T/uk.vtt" tests/golden/ukrainian-quote.html "$T/uk.flac"
check "a Ukrainian paragraph is read by the Ukrainian voice, not spelled out" "$PY" -c "
import re, sys
text = open(sys.argv[1]).read()
for cue in text.split('\n\n'):
    if 'пам' in cue:
        m = re.findall(r'(\d\d):(\d\d)\.(\d\d\d)', cue)
        t = [int(a) * 60 + int(b) + int(c) / 1000 for a, b, c in m]
        # 3.3 s in Ukrainian; the English voice spells it out in 12 s
        sys.exit(0 if t[1] - t[0] < 6 else 'cue lasts %.1f s' % (t[1] - t[0]))
sys.exit('no cue for the Ukrainian paragraph')" "$T/uk.vtt"

# 6. pronunciations: the voice's lexicon, and the user's, which wins
"$KISPEAK" -q --dump=speech "$page" >"$T/sp.txt"
check "the shipped lexicon gives Kyiv its phonemes" grep -qF "[[k'i:v]] submitted" "$T/sp.txt"
printf '# mine\nKyiv\t[[kI'"'"'jIv]]\nNATO  nay toe\n' >"$T/my.lex"
"$KISPEAK" -q --lexicon "$T/my.lex" --dump=speech "$page" >"$T/sp2.txt"
check "--lexicon: the user's entry wins over the voice's" grep -qF "[[kI'jIv]] submitted" "$T/sp2.txt"
check "--lexicon: a respelling replaces the word" grep -q "nay toe countries" "$T/sp2.txt"
printf 'Kyiv [[k'"'"'i:v]]\nno value here\n' >"$T/bad.lex"
"$KISPEAK" --lexicon "$T/bad.lex" --dump=speech "$page" >/dev/null 2>"$T/err"
rc=$?
check "a bad lexicon line is one error naming the option, file and line, exit 1" \
  sh -c "[ $rc = 1 ] && [ \$(wc -l <'$T/err') = 1 ] && grep -q '^kispeak: --lexicon: .*bad.lex:1' '$T/err'"
"$KISPEAK" -q --lexicon "$T/my.lex" "$page" "$T/lex.wav"
check "an episode with phonemes from a lexicon is spoken" test "$(value frames "$T/lex.wav")" -gt 0

# 7. usage errors and failures lose nothing
usage() { # usage NAME LINE ARGS...: exit 2, exactly that line on stderr
  name=$1
  want="kispeak: $2 (try 'kispeak --help')"
  shift 2
  "$KISPEAK" "$@" >/dev/null 2>"$T/err"
  rc=$?
  if [ $rc = 2 ] && [ "$(cat "$T/err")" = "$want" ]; then
    ok "$name"
  else
    not_ok "$name" "exit $rc: $(cat "$T/err")"
  fi
}
usage "Opus at 44.1 kHz is a usage error naming --rate" \
  "--rate: opus cannot be written at 44100 Hz (it takes 8000, 12000, 16000, 24000 or 48000)" \
  --rate 44100 "$page" "$T/x.opus"
usage "--captions must name .vtt or .srt" "--captions: '$T/x.txt': name a .vtt or .srt file" \
  --captions "$T/x.txt" "$page" "$T/x.flac"
usage "--bitrate out of range" "--bitrate: takes kb/s from 8 to 320, not '1000'" \
  --bitrate 1000 "$page" "$T/x.mp3"
usage "--loudness out of range" "--loudness: takes LUFS from -40 to -5 or 'off', not '3'" \
  --loudness 3 "$page" "$T/x.mp3"
usage "--channels 3" "--channels: takes channels from 1 to 2, not '3'" --channels 3 "$page" "$T/x.mp3"
usage "--captions with --dump" "--dump: --captions, --chapters, --transcript, --readalong, --intro and --outro go with an audio OUTPUT" \
  --dump=text --captions "$T/x.vtt" "$page"
usage "-f names a format" "--format: 'aiff' is none of wav, flac, mp3, ogg, opus, epub" -f aiff "$page" "$T/x.aiff"
usage "--date must be a date" "--date: 'yesterday' is not a date (YYYY-MM-DD)" --date yesterday "$page" "$T/x.flac"
t0=$(date +%s%N)
"$KISPEAK" -v no-such-voice "$page" "$T/nv.wav" 2>"$T/err"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "an unknown voice: one line naming --voice, exit 1, before any work (${ms} ms)" \
  sh -c "[ $rc = 1 ] && [ \$(wc -l <'$T/err') = 1 ] && grep -q \"^kispeak: --voice: no voice 'no-such-voice'\" '$T/err' && [ ! -e '$T/nv.wav' ]"
mkdir "$T/keep" && echo precious >"$T/keep/ep.mp3" && echo old >"$T/keep/ep.vtt"
"$KISPEAK" -q --intro "$T/no-such.wav" --captions "$T/keep/ep.vtt" "$page" "$T/keep/ep.mp3" 2>"$T/err"
rc=$?
check "a missing --intro fails with one line naming --intro, exit 1" sh -c "[ $rc = 1 ] && [ \"\$(cat '$T/err')\" = 'kispeak: --intro: cannot read $T/no-such.wav: No such file or directory' ]"
check "... and loses nothing: outputs untouched, no temporary file" \
  sh -c "[ \"\$(cat '$T/keep/ep.mp3')\" = precious ] && [ \"\$(cat '$T/keep/ep.vtt')\" = old ] && [ \$(ls -A '$T/keep' | wc -l) = 2 ]"

# 8. an installed kispeak finds its voices and lexicons
if [ "$KISPEAK" = ./kispeak ] && make -s install DESTDIR="$T/inst" PREFIX=/usr >/dev/null 2>&1; then
  "$T/inst/usr/bin/kispeak" --dump=speech "$page" >"$T/inst.txt" 2>"$T/err"
  check "make install: the installed binary speaks with its voice and lexicon, no warning" \
    sh -c "[ ! -s '$T/err' ] && grep -qF \"[[k'i:v]] submitted\" '$T/inst.txt' && [ -f '$T/inst/usr/share/man/man1/kispeak.1' ]"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
