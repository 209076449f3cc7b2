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
echo "== throughput (segmentation + normalisation, one process)"
"$B/bench_text" "$SHARED/fixtures/news-page/expected-body.txt" 20
