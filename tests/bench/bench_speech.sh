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
echo "== normalisation (sets written here for issue 15, same scorer; tests/speech/README.md)"
for set in general news general2 news2 general3 news3 general4 news4 general5 news5 \
  general6 news6 general7 news7 general8 news8 general9 news9 general10 news10 \
  general11 news11 general12 news12 general13 news13 general14 news14 general15 \
  news15 general16 news16 general17 news17 general18 news18 general19 news19 \
  general20 news20 general21 news21 general22 news22 general23 news23 general24 news24 general25 news25 general26 news26 general27 news27 general28 news28 general29 news29 general30 news30 general31 news31 general32 news32 general33 news33 general34 news34 general35 news35 general36 news36 general37 news37 general38 news38 general39 news39 general40 news40 general41 news41 general42 news42 general43 news43 general44 news44 general45 news45 general46 news46 general47 news47 general48 news48 general49 news49 general50 news50; do
  python3 "$SHARED/bench/normalization/score.py" --nemo-dir tests/speech/tn/$set \
    "$KISPEAK --from=text --dump=speech -" | tail -n 1 | sed "s/^/$set: /"
done
echo "== segmentation of scientific abstracts (sets written here for issue 15)"
for set in set1 set2 set3 set4 set5 set6 set7 set8 set9 set10 set11 set12 set13 set14 \
  set15 set16 set17 set18 set19 set20 set21 set22 set23 set24 set25 set26 set27 set28 set29 set30 set31 set32 set33 set34 set35 set36 set37 set38 set39 set40 set41 set42 set43 set44 set45 set46 set47; do
  python3 tests/bench/seg_sentences.py tests/speech/abstracts/$set.jsonl \
    "$KISPEAK --from=text --dump=sentences -" | sed "s/^/abstracts $set: /"
done
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
