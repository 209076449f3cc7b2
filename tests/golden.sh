#!/bin/sh
# golden.sh - each tests/golden/NAME.html through `kispeak --dump=text` must
# give exactly tests/golden/NAME.text (and .sentences / .speech when present).
# `sh tests/golden.sh --update` rewrites the expected files; review the diff.
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM
for page in tests/golden/*.html samples/*.html; do
  [ -f "$page" ] || continue
  base=${page%.html}
  for kind in text sentences speech; do
    want=$base.$kind
    [ "$kind" = text ] && [ -f "$base.expected.txt" ] && want=$base.expected.txt
    [ -f "$want" ] || continue
    if [ "$1" = --update ]; then
      "$KISPEAK" -q --dump=$kind "$page" >"$want"
      continue
    fi
    if "$KISPEAK" -q --dump=$kind "$page" >"$out" 2>&1 && cmp -s "$out" "$want"; then
      passed=$((passed + 1))
      echo "ok - $page --dump=$kind"
    else
      failed=$((failed + 1))
      echo "not ok - $page --dump=$kind differs from $want:"
      diff "$want" "$out" | head -n 20
    fi
  done
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
