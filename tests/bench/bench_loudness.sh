#!/bin/sh
# bench_loudness.sh - `make bench-loudness`: every page of the extraction
# benchmark spoken to each format (FORMATS, default FLAC, MP3, Ogg and Opus)
# at the default settings, then decoded as a player would and measured
# (build/audiocheck, libebur128): the spread of integrated loudness around
# -16 LUFS and the highest true peak. Pass two streams during synthesis on a
# guessed gain and is redone when the guess misses by more than 0.5 LU, so
# this is the check that the guess, or its repair, holds on real articles.
# SPDX-License-Identifier: MIT
B=${B:-build}
KISPEAK=${KISPEAK:-./kispeak}
PAGES=${PAGES:-../shared/bench/extraction/html}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
for fmt in ${FORMATS:-flac mp3 ogg opus}; do
  start=$(date +%s)
  for f in "$PAGES"/*.html; do
    if "$KISPEAK" -q "$f" "$T/e.$fmt" 2>/dev/null; then
      "$B/audiocheck" "$T/e.$fmt" | awk -F= '$1=="lufs"{l=$2} $1=="true_peak_db"{p=$2}
        $1=="seconds"{s=$2} END {print l, p, s}'
    fi
  done >"$T/all"
  end=$(date +%s)
  sort -n "$T/all" | awk -v secs=$((end - start)) -v fmt=$fmt '
    { l[NR] = $1; if (NR == 1 || $2 > tp) tp = $2; d += $3
      if ($1 >= -17 && $1 <= -15) in1++; if ($1 >= -16.5 && $1 <= -15.5) in05++ }
    END {
      printf "%s: %d episodes, %.0f min of audio, made in %d s\n", fmt, NR, d / 60, secs
      printf "integrated loudness: min %.2f, median %.2f, max %.2f LUFS\n",
        l[1], l[int((NR + 1) / 2)], l[NR]
      printf "within 1 LU of -16: %d of %d; within 0.5 LU: %d of %d\n", in1, NR, in05, NR
      printf "highest true peak: %.2f dBTP\n", tp
    }'
done
