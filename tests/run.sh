#!/bin/sh
# run.sh - every test of kispeak: unit, spec, golden and end-to-end.
# Prints each suite's result and ends with the totals, "N passed, N failed".
# SPDX-License-Identifier: MIT
B=${B:-build}
KISPEAK=${KISPEAK:-./kispeak}
export KISPEAK
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM

# Runs one suite, echoes its output, and adds its "N passed, N failed" line.
suite() {
  name=$1
  shift
  "$@" >"$log" 2>&1
  rc=$?
  line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  grep -v -E '^ok ' "$log" | grep -v -E '[0-9]+ passed, [0-9]+ failed$'
  if [ -z "$line" ]; then
    echo "$name: no result (exit $rc)"
    failed=$((failed + 1))
    return
  fi
  p=$(echo " $line" | sed -E 's/^.*[^0-9]([0-9]+) passed, [0-9]+ failed.*$/\1/')
  f=$(echo " $line" | sed -E 's/^.* passed, ([0-9]+) failed.*$/\1/')
  if [ "$f" = 0 ] && [ "$rc" != 0 ]; then
    f=1 # a crash after the summary still counts
  fi
  echo "$name: $p passed, $f failed"
  passed=$((passed + p))
  failed=$((failed + f))
}

for t in "$B"/test_*; do
  [ -x "$t" ] || continue
  suite "$(basename "$t")" "$t"
done
for s in segment normalize segment-de normalize-de segment-uk normalize-uk; do
  [ -f "tests/spec/$s.txt" ] && suite "spec $s" "$B/spec" "${s%-*}" "tests/spec/$s.txt" "$(echo "$s-en" | cut -d- -f2)"
done
suite golden sh tests/golden.sh
suite e2e sh tests/e2e.sh
suite podcast sh tests/podcast.sh
suite feed sh tests/feed.sh
suite outputs sh tests/outputs.sh
suite jobs sh tests/jobs.sh
suite cli sh tests/cli.sh
suite readalong sh tests/readalong.sh
suite faults sh tests/faults.sh
suite languages sh tests/languages.sh

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
