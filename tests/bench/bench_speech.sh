#!/bin/sh
# bench_speech.sh - `make bench-speech`: the speech front end's scores on the
# shared sets and the text stages' throughput.
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
B=${B:-build}
SHARED=${SHARED:-../shared}
echo "== segmentation (shared news cases)"
python3 "$SHARED/bench/segmentation/score.py" -q \
  "$KISPEAK --from=text --dump=sentences -" | tail -n 1
echo "== normalisation (shared NeMo cases, scored by espeak-ng phonemes)"
python3 "$SHARED/bench/normalization/score.py" \
  "$KISPEAK --from=text --dump=speech -" | tail -n 25
# KISPEAK_UNLOADED=1: the sets written here scored with the lexicon and the
# voices' data unloaded (KISPEAK_DATADIR=/nonexistent), as the records'
# "unloaded" figures are; the sets are every folder and file there, in
# their numbers' order
UNLOADED=
[ -n "${KISPEAK_UNLOADED:-}" ] && UNLOADED="env KISPEAK_DATADIR=/nonexistent"
echo "== normalisation (sets written here for issue 15, same scorer; tests/speech/README.md)"
for set in $(ls tests/speech/tn | sort -V); do
  python3 "$SHARED/bench/normalization/score.py" --nemo-dir tests/speech/tn/$set \
    "$UNLOADED $KISPEAK --from=text --dump=speech -" | tail -n 1 | sed "s/^/$set: /"
done
echo "== segmentation of scientific abstracts (sets written here for issue 15)"
ABS=$(mktemp)
for f in $(ls tests/speech/abstracts/*.jsonl | sort -V); do
  python3 tests/bench/seg_sentences.py "$f" \
    "$KISPEAK --from=text --dump=sentences -" |
    sed "s/^/abstracts $(basename "$f" .jsonl): /"
done | tee "$ABS"
awk '{split($4, a, "/"); r += a[1]; t += a[2]} END {print "abstracts, every set: " r "/" t}' \
  "$ABS"
rm -f "$ABS"
echo "== throughput (segmentation + normalisation, one process)"
"$B/bench_text" "$SHARED/fixtures/news-page/expected-body.txt" 20
echo "== languages (issue 14): German and Ukrainian cases written here"
# Sentence splits, then the share of sentences with digits in which an
# English word is spoken: espeak-ng's "(en)" switch, or a word the English
# rules write. Each is measured on kispeak's speech and, for comparison, on
# the sentence as written (espeak-ng alone).
ENGLISH='\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|billion|first|second|third|point|percent|dollars|euros|cents|minus|plus|number|and|by|of|the|kilometers|degrees)\b'
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
for lang in de uk; do
  "$B/bench_text" --split $lang tests/bench/split-$lang.txt | tail -n 1
  { cat tests/bench/split-$lang.txt; echo
    awk '/^~~~$/{s = s ? 0 : 1; next} s == 1 && /^\.$/{s = 2; next}
      s == 1{print; print ""}' tests/spec/normalize-$lang.txt; } >"$T/cases"
  "$B/bench_text" --speech $lang "$T/cases" >"$T/speech"
  total=0 ours=0 alone=0
  while IFS="$(printf '\t')" read -r written spoken; do
    total=$((total + 1))
    if printf '%s\n' "$spoken" | grep -qiwE "$ENGLISH" ||
      espeak-ng -q -x -v $lang -- "$spoken" 2>/dev/null | grep -q '(en)'; then
      ours=$((ours + 1))
    fi
    if espeak-ng -q -x -v $lang -- "$written" 2>/dev/null | grep -q '(en)'; then
      alone=$((alone + 1))
    fi
  done <"$T/speech"
  echo "$lang: English spoken in $ours of $total sentences with digits" \
    "(espeak-ng alone: $alone)"
done
