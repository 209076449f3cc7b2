#!/bin/sh
# languages.sh - issue 14: each language read by its own rules. The German
# and Ukrainian samples become episodes with the introduction and the voice
# of their language and no English word spoken; -v takes every espeak-ng
# voice and variant and uses it; an unknown voice, or one whose data is
# missing, is one line; another language's paragraph, a run of another
# script and a language without rules are never read by the English rules.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-lang.XXXXXX")
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
expect() { # expect NAME CONDITION-STATUS DETAIL
  if [ "$2" = 0 ]; then ok "$1"; else not_ok "$1" "$3"; fi
}

# Words the English rules write for numbers and signs: none may be heard in
# another language's episode.
ENGLISH='\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|billion|first|second|third|point|percent|dollars|euros|cents|minus|plus|number|and|by|of|the|o.clock|kilometers|kilometres|degrees)\b'

# english_heard VOICE FILE: lines of speech in which espeak-ng speaks
# English (its "(en)" switch) or an English rule's word is written.
english_heard() {
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    if printf '%s\n' "$line" | grep -qiwE "$ENGLISH" ||
      espeak-ng -q -x -v "$1" -- "$line" 2>/dev/null | grep -q '(en)'; then
      printf '%s\n' "$line"
    fi
  done <"$2"
}

# --- the samples: introduction, voice, no English -----------------------
for s in 'rheinfaehre|de|^Von Lena Hartmann\.$|^neunter März|^Die erste Fahrt ist für den zweiten Mai' \
  'richkovyi-trolleibus|uk|^Автор: Оксана Мельничук\.$|^двадцять четвертого квітня|^Перший рейс запланували на перше червня'; do
  name=${s%%|*}
  rest=${s#*|}
  lang=${rest%%|*}
  rest=${rest#*|}
  by=${rest%%|*}
  rest=${rest#*|}
  date=${rest%%|*}
  body=${rest#*|}
  page=samples/$name.html
  "$KISPEAK" -q --verbose --dump=speech "$page" >"$T/$name.speech" 2>"$T/$name.log"
  expect "$name: the byline in its language" $? "$(head -c 300 "$T/$name.log")"
  grep -qE "$by" "$T/$name.speech"
  expect "$name: byline '$by'" $? "$(sed -n 2p "$T/$name.speech")"
  grep -qE "$date" "$T/$name.speech"
  expect "$name: the date as $lang says it" $? "$(sed -n 3p "$T/$name.speech")"
  grep -qE "$body" "$T/$name.speech"
  expect "$name: an ordinal in the body" $? ""
  grep -q "voice $lang (espeak-ng $lang)" "$T/$name.log"
  expect "$name: spoken by the $lang voice" $? "$(grep voice "$T/$name.log")"
  english_heard "$lang" "$T/$name.speech" >"$T/$name.english"
  [ ! -s "$T/$name.english" ]
  expect "$name: no English word spoken" $? "$(head -n 3 "$T/$name.english")"
  "$KISPEAK" -q "$page" "$T/$name.wav" 2>"$T/$name.err"
  [ $? = 0 ] && [ -s "$T/$name.wav" ]
  expect "$name: an episode" $? "$(head -c 300 "$T/$name.err")"
done

# --- voices --------------------------------------------------------------
printf 'The ferry sails at nine.\n' >"$T/en.txt"
"$KISPEAK" -q --from=text "$T/en.txt" "$T/us.wav" &&
  "$KISPEAK" -q --from=text -v en-gb "$T/en.txt" "$T/gb.wav"
expect "-v en-gb speaks" $? ""
! cmp -s "$T/us.wav" "$T/gb.wav"
expect "-v en-gb is not the American voice" $? "the two files are the same"
for v in en-GB-x-rp en-us+f3 de uk; do
  "$KISPEAK" -q --from=text -v "$v" "$T/en.txt" "$T/v.wav" 2>"$T/err"
  expect "-v $v is accepted" $? "$(head -c 300 "$T/err")"
done
for v in xx-zz mb-de1; do
  rm -f "$T/v.wav"
  "$KISPEAK" -q --from=text -v "$v" "$T/en.txt" "$T/v.wav" 2>"$T/err"
  rc=$?
  [ "$rc" != 0 ] && [ "$(wc -l <"$T/err")" = 1 ] && grep -q "^kispeak: --voice: " "$T/err" &&
    [ ! -e "$T/v.wav" ]
  expect "-v $v: one line, before any work" $? "exit $rc: $(head -c 400 "$T/err")"
done

# --- plain text: the voice's language decides ----------------------------
printf 'Am 9. November 1989 kostete es 12 km.\n' >"$T/de.txt"
"$KISPEAK" -q --from=text -v de --dump=speech "$T/de.txt" >"$T/de.speech"
grep -qx 'Am neunten November neunzehnhundert 89 kostete es 12 Kilometer.' "$T/de.speech"
expect "plain text with -v de: the German rules" $? "$(cat "$T/de.speech")"

# --- blocks and runs in other languages ----------------------------------
cat >"$T/mixed.html" <<'HTML'
<html lang="en"><head><title>Kyiv marks the day</title></head><body><article>
<p>Crowds gathered on Aug. 24 in the capital, where the flag was raised at 9 a.m. and speeches ran for 2 hours.</p>
<p lang="uk">Незалежність проголосили 24 серпня 1991 р., і відтоді минуло 34 роки.</p>
<p>The banner read «Київ, 24 серпня 1991 р.» and people cheered.</p>
<p lang="fr">Le 3 mars 2024, 1,5 million de personnes ont défilé.</p>
</article></body></html>
HTML
"$KISPEAK" -q --dump=speech "$T/mixed.html" >"$T/mixed.speech"
grep -q '^Crowds gathered on August twenty-fourth' "$T/mixed.speech"
expect "English rules read the English" $? "$(sed -n 2p "$T/mixed.speech")"
grep -q 'двадцять четвертого серпня тисяча девятсот девяносто першого року' "$T/mixed.speech"
expect "a Ukrainian paragraph is read by the Ukrainian rules" $? "$(grep -n серпня "$T/mixed.speech")"
grep -q '«Київ, двадцять четвертого серпня' "$T/mixed.speech"
expect "a run of Cyrillic in English is read by the Ukrainian rules" $? "$(grep -n banner "$T/mixed.speech")"
grep -qx 'Le 3 mars 2024, 1,5 million de personnes ont défilé.' "$T/mixed.speech"
expect "a language without rules goes to espeak-ng as written" $? "$(grep -n mars "$T/mixed.speech")"
grep -n "^Незалежність" "$T/mixed.speech" | grep -iwE "$ENGLISH" >"$T/mixed.english"
[ ! -s "$T/mixed.english" ]
expect "no English rule touches the other languages" $? "$(cat "$T/mixed.english")"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
