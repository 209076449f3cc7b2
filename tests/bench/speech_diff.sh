#!/bin/sh
# speech_diff.sh OLD_KISPEAK NEW_KISPEAK - what two builds say differently
# on every page we read: the shared benchmarks' pages
# (../shared/bench/extraction*/html) and our own (tests/speech/pages/*).
# Prints each page whose speech changed, then its changed lines ("<" old,
# ">" new), and a count. Each build is run beside its voices/ (copy a
# build's kispeak and voices/ to a directory of its own to keep it).
# SPDX-License-Identifier: MIT
set -eu
old=$1
new=$2
shared=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
changed=0
for page in "$shared"/bench/extraction/html/*.html \
  "$shared"/bench/extraction-dev/html/*.html tests/speech/pages/*/*.html; do
  [ -f "$page" ] || continue
  "$old" --dump=speech "$page" >"$tmp/old" 2>/dev/null || true
  "$new" --dump=speech "$page" >"$tmp/new" 2>/dev/null || true
  if ! cmp -s "$tmp/old" "$tmp/new"; then
    changed=$((changed + 1))
    echo "=== $page"
    diff "$tmp/old" "$tmp/new" | grep '^[<>]' || true
  fi
done
echo "$changed pages changed"
