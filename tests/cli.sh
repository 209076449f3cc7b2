#!/bin/sh
# cli.sh - the command line a person meets: the progress line on a terminal
# (and not on a pipe), streams a player reads, overrides of what the page
# says, --no-intro, --verbose, the help, and messages that name their option.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
B=${B:-build}
FIX=../shared/fixtures/news-page
page=$FIX/page.html
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-cli.XXXXXX")
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
tag() { # tag NAME FILE: a tag as ffprobe reads it
  ffprobe -v error -show_entries format_tags="$1" -of default=nw=1:nk=1 "$2"
}

# 1. progress: on a terminal, one line rewritten in place; never on a pipe
if command -v script >/dev/null; then
  script -qec "$KISPEAK -f flac $page $T/p.flac" /dev/null >"$T/tty" 2>&1
  check "on a terminal: a progress line, rewritten in place, with the sentences spoken" \
    sh -c "grep -q \"\$(printf '\\r')kispeak: speaking [0-9]* of 16 sentences, [0-9]:[0-9][0-9] of audio\" '$T/tty'"
  # a longer text, so that the line is redrawn often enough to estimate
  i=0
  while [ $i -lt 60 ]; do
    echo "The ferry left the harbour at dawn with forty passengers and a cargo of apples, and nobody aboard expected the storm that came before noon."
    echo
    i=$((i + 1))
  done >"$T/long.txt"
  script -qec "$KISPEAK -j 1 -f flac $T/long.txt $T/l.flac" /dev/null >"$T/tty2" 2>&1
  check "... with an estimate of the time left" grep -q "left" "$T/tty2"
  check "... and cleared at the end, leaving no line behind" \
    sh -c "[ \"\$(tr '\\r' '\\n' <'$T/tty' | tail -n 1 | tr -d '\\033[K')\" = '' ]"
  script -qec "$KISPEAK -q -f flac $page $T/q.flac" /dev/null >"$T/tty-q" 2>&1
  check "-q on a terminal: no progress line" test ! -s "$T/tty-q"
else
  echo "# skip: no script(1) for the terminal checks"
fi
"$KISPEAK" -f flac "$page" "$T/pipe.flac" 2>"$T/err-pipe"
check "standard error on a pipe: nothing at all" test ! -s "$T/err-pipe"

# 2. streams: ffprobe reads each format from standard output
for f in wav flac mp3 ogg opus; do
  want=$(echo "wav:pcm_s16le flac:flac mp3:mp3 ogg:vorbis opus:opus" | tr ' ' '\n' | sed -n "s/^$f://p")
  got=$("$KISPEAK" -q -f $f "$page" - 2>/dev/null | ffprobe -v error -select_streams a:0 -show_entries stream=codec_name -of csv=p=0 -)
  check "kispeak page.html - | ffprobe -: $f reads as $want" test "$got" = "$want"
done

# 3. overrides reach the introduction, the tags and the companions
set -- --title "Ferry line reopens" --author "Ana Lima" --author "Bo Chen" \
  --date 2020-01-02 --site "Harbour Post"
"$KISPEAK" -q "$@" --dump=speech "$page" >"$T/speech"
check "overrides: the introduction says the new headline, authors and date" \
  test "$(head -n 3 "$T/speech" | tr '\n' '|')" = "Ferry line reopens|By Ana Lima and Bo Chen.|January second, twenty twenty.|"
"$KISPEAK" -q "$@" --captions "$T/o.vtt" --chapters "$T/o.json" \
  --transcript "$T/o.txt" "$page" "$T/o.mp3"
check "overrides: the tags (title, artist, album, date in ID3's TYER)" \
  test "$(tag title "$T/o.mp3")|$(tag artist "$T/o.mp3")|$(tag album "$T/o.mp3")|$(tag TYER "$T/o.mp3")" = "Ferry line reopens|Ana Lima, Bo Chen|Harbour Post|2020-01-02"
check "overrides: the transcript, as written" \
  test "$(head -n 3 "$T/o.txt" | tr '\n' '|')" = "Ferry line reopens|By Ana Lima and Bo Chen.|January 2, 2020.|"
check "overrides: the first cue and the first chapter" \
  sh -c "sed -n 5p '$T/o.vtt' | grep -qx 'Ferry line reopens' && grep -q '\"title\":\"Ferry line reopens\"' '$T/o.json'"
"$KISPEAK" -q --dump=meta --title "Ferry line reopens" "$page" >"$T/meta"
check "overrides: --dump=meta shows them" grep -q '"title": "Ferry line reopens"' "$T/meta"

# 4. --no-intro: the body only, in the audio and the companions
"$KISPEAK" -q --no-intro --dump=speech "$page" >"$T/ni"
"$KISPEAK" -q --dump=sentences "$page" >"$T/sentences"
check "--no-intro: the first line said is the article's first sentence" \
  sh -c "[ \"\$(head -n 1 '$T/ni')\" = \"\$(\"$KISPEAK\" -q --dump=speech '$page' | sed -n 5p)\" ]"
"$KISPEAK" -q --no-intro --transcript "$T/ni.txt" "$page" "$T/ni.flac"
check "--no-intro: the transcript is the sentences, nothing before" cmp "$T/ni.txt" "$T/sentences"

# 4b. --dump=dropped: what was left out of the article, and why
"$KISPEAK" --dump=dropped tests/golden/furniture.html >"$T/dropped"
check "--dump=dropped lists the furniture inside the article with its reason" \
  sh -c "grep -q '^notice: READ ALSO' '$T/dropped' && grep -q '^caption: ' '$T/dropped' && ! grep -q 'READ ALSO' \"\$(\"$KISPEAK\" -q --dump=speech tests/golden/furniture.html >'$T/fs'; echo '$T/fs')\""

# 4c. --language: the article's language over the page's, checked first
printf 'Am 24.08.1991 fuhr Dr. M\303\274ller z. B. nach K\303\266ln. Dann ging er heim.\n' >"$T/de.txt"
"$KISPEAK" --language de --dump=sentences "$T/de.txt" >"$T/de.sent"
check "--language de: German abbreviations do not end a sentence" test "$(wc -l <"$T/de.sent")" = 2
"$KISPEAK" --language de --dump=speech "$T/de.txt" >"$T/de.speech"
check "--language de: the date is said in German" grep -q "vierundzwanzigsten" "$T/de.speech"
"$KISPEAK" --language 'e n' "$page" "$T/x.flac" 2>"$T/err"
rc=$?
check "--language 'e n': a usage error before any work (exit $rc)" \
  sh -c "test $rc = 2 && grep -q '^kispeak: --language: ' '$T/err' && test ! -e '$T/x.flac'"

# 5. --verbose: what each stage made, a line each
"$KISPEAK" --verbose "$page" "$T/v.flac" 2>"$T/verbose"
for want in "read 12962 bytes from" "extracted 419 words" "voice en (espeak-ng en-us)" \
  "loudness -1[56].[0-9] LUFS" "wrote $T/v.flac: flac, 22050 Hz, 1 channel"; do
  check "--verbose says: $want" grep -q "^kispeak: $want" "$T/verbose"
done

# 6. the help: five groups, in the README's order, within 80 columns
"$KISPEAK" --help >"$T/help"
check "--help fits in 80 columns" sh -c "! awk 'length > 80' '$T/help' | grep -q ."
check "--help groups: Input, Voice, Audio, Companions, Output, in that order" \
  test "$(grep -E '^(Input|Voice|Audio|Companions|Output):$' "$T/help" | tr '\n' ' ')" = "Input: Voice: Audio: Companions: Output: "
: >"$T/missing"
for opt in $(sed -n '/^## Usage/,/^## Read along/p' README.md | grep '^| `-' | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "$opt" "$T/help" || echo "$opt" >>"$T/missing"
done
check "every option in the README is in --help" test ! -s "$T/missing"
sed 's/\\-/-/g' kispeak.1 >"$T/man"
: >"$T/missing"
for opt in $(grep -o -- '--[a-z][a-z-]*' "$T/help" | sort -u); do
  grep -q -- "$opt" "$T/man" || echo "$opt" >>"$T/missing"
done
check "the man page names every option --help does" test ! -s "$T/missing"

# 7. messages: one line, naming the option that caused it
"$KISPEAK" --lexicon "$T/none.lex" "$page" "$T/x.flac" 2>"$T/err"
check "--lexicon: a missing file, in one line naming the option" \
  test "$(cat "$T/err")" = "kispeak: --lexicon: cannot read $T/none.lex: No such file or directory"
"$KISPEAK" --outro "$T/none.wav" "$page" "$T/x.flac" 2>"$T/err"
check "--outro: likewise" \
  test "$(cat "$T/err")" = "kispeak: --outro: cannot read $T/none.wav: No such file or directory"
"$KISPEAK" --speed fast "$page" "$T/x.flac" 2>"$T/err"
check "a bad number names its option" \
  test "$(cat "$T/err")" = "kispeak: --speed: takes words a minute from 80 to 450, not 'fast' (try 'kispeak --help')"
echo "<p>not a sound</p>" >"$T/fake.wav"
"$KISPEAK" --intro "$T/fake.wav" "$page" "$T/x.flac" 2>"$T/err"
check "--intro: a file that is no sound, in one line naming the option" \
  sh -c "[ \$(wc -l <'$T/err') = 1 ] && grep -q '^kispeak: --intro: cannot read $T/fake.wav: ' '$T/err' && ! grep -q 'System error' '$T/err'"
check "nothing written after these failures" sh -c "[ ! -e '$T/x.flac' ]"
"$KISPEAK" --dump=text tests/golden/paywall.html 2>"$T/err" >/dev/null
"$KISPEAK" tests/golden/paywall.html "$T/pw.flac" 2>"$T/err"
check "a page cut short by a paywall: one line with its word count" \
  grep -qx 'kispeak: extract: this page looks cut short by a paywall ([0-9]* words)' "$T/err"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
