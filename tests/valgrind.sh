#!/bin/sh
# valgrind.sh - the end-to-end run under valgrind: no errors, no leaks.
# Prints "ok"/"not ok" lines and ends with "N passed, N failed". Slow (about a
# minute a run), so CI runs it beside make check rather than inside it.
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
page=../shared/fixtures/news-page/page.html
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-vg.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
passed=0
failed=0
for f in flac mp3; do
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --error-exitcode=9 --suppressions=tests/valgrind.supp \
    "$KISPEAK" -q --captions "$T/ep.vtt" "$page" "$T/ep.$f" >"$T/log" 2>&1
  rc=$?
  if [ $rc = 0 ] && [ -s "$T/ep.$f" ]; then
    passed=$((passed + 1))
    echo "ok - valgrind: fixture page to $f, no errors, no leaks"
  else
    failed=$((failed + 1))
    echo "not ok - valgrind: fixture page to $f (exit $rc)"
    head -n 40 "$T/log"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
