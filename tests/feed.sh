#!/bin/sh
# feed.sh - kispeak podcast end to end: a news site on a loopback server
# (tests/feed/site, served by tests/feed_server.py with ETags) becomes a
# podcast that three parsers read (python3-feedparser, python3-podcastparser,
# npm's podcast-partytime) with exact lengths and durations; reruns make
# nothing, a new item makes one episode, an edited article a new enclosure
# under its old guid; a kill in the middle loses nothing; shards under each
# cluster's variables, and docs/scale.md's GNU parallel recipe, merge into
# the feed one run makes; --check agrees with the parsers.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
B=${B:-build}
HERE=$(pwd)
case $KISPEAK in
/*) ;;
*/*) KISPEAK=$HERE/$KISPEAK ;;
esac
case $B in
/*) ;;
*) B=$HERE/$B ;;
esac
# Debian's python3, where python3-feedparser and python3-podcastparser are.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
# A hung run must not hang the suite (under ASan a run is some times slower).
TO=
command -v timeout >/dev/null && TO="timeout 120"
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-feed.XXXXXX") || exit 1
SRV=
cleanup() {
  [ -n "$SRV" ] && kill "$SRV" 2>/dev/null && wait "$SRV" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
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
  what=$1
  shift
  if "$@" >"$T/why" 2>&1; then ok "$what"; else not_ok "$what" "$(head -c 800 "$T/why")"; fi
}
# count LINES: adds a checker's own "ok - " / "not ok - " lines
count() {
  while IFS= read -r line; do
    case $line in
    "ok - "*) ok "${line#ok - }" ;;
    "not ok - "*) not_ok "${line#not ok - }" ;;
    *) echo "$line" ;;
    esac
  done
}
# parsers NAME FEED DIR BASE [ITEMS]: the three parsers against the disk
parsers() {
  pt=
  if [ -d "$B/partytime/node_modules/podcast-partytime" ] && command -v node >/dev/null; then
    NODE_PATH=$B/partytime/node_modules node tests/partytime/read.js "$2" >"$T/pt.json" 2>"$T/pt.err" &&
      pt=$T/pt.json
  fi
  [ -n "$pt" ] || not_ok "$1: partytime read the feed" "$(cat "$T/pt.err" 2>/dev/null) (make $B/partytime/installed)"
  "$PY" tests/feed_check.py "$2" "$3" "$4" $pt ${5:+--items $5} >"$T/parsers" 2>&1
  sed "s/^\(not \)*ok - /&$1: /" "$T/parsers" >"$T/parsers.named"
  count <"$T/parsers.named"
}
temps() { find "$1" -name '.kispeak-*' | wc -l; }
log() { "$PY" -c "import sys,urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())" "http://127.0.0.1:$PORT/_log?clear=1"; }
# item_field FEED GUID-PATTERN ELEMENT: an item's element, by its title
enclosure_of() { # enclosure_of FEED TITLE: the enclosure URL of that item
  "$PY" -c "
import sys, xml.etree.ElementTree as ET
for it in ET.parse(sys.argv[1]).getroot().iter('item'):
    if it.findtext('title') == sys.argv[2]:
        print(it.find('guid').text, it.find('enclosure').get('url'), it.findtext('pubDate'))" "$1" "$2"
}
# items FEED: guid, enclosure file name, length and date of every item
items() {
  "$PY" -c "
import sys, xml.etree.ElementTree as ET
for it in ET.parse(sys.argv[1]).getroot().iter('item'):
    e = it.find('enclosure')
    print(it.find('guid').text, e.get('url').rsplit('/', 2)[-2:], e.get('length'), it.findtext('pubDate'), it.findtext('title'))" "$1"
}

# The site: a copy the tests edit, served with ETags. DIR is inside it, so
# that every enclosure is downloadable at BASE, as from a real host.
cp -r tests/feed/site "$T/site"
"$PY" tests/feed_server.py "$T/site" >"$T/port" 2>"$T/server.err" &
SRV=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  [ -s "$T/port" ] && break
  sleep 0.1
done
PORT=$(head -n 1 "$T/port")
FEED=http://127.0.0.1:$PORT/feed.xml
DIR=$T/site/pod
BASE=http://127.0.0.1:$PORT/pod/
OWNER=desk@harbourledger.test
if [ -z "$PORT" ]; then
  not_ok "the loopback server started" "$(cat "$T/server.err")"
  echo "$passed passed, $failed failed"
  exit 1
fi

# 1. the first run: every article an episode, the broken items reported
$TO "$KISPEAK" podcast -j 2 --also opus --owner $OWNER --base-url "$BASE" "$DIR" "$FEED" >"$T/out" 2>"$T/err"
rc=$?
check "first run: exit 3, some items failed and the rest are published" test $rc = 3
check "the 404 is one line naming the item and the status" \
  grep -qx "kispeak: item: http://127.0.0.1:$PORT/articles/missing.html: HTTP 404 for http://127.0.0.1:$PORT/articles/missing.html" "$T/err"
check "a page with no article is one line saying so" \
  grep -qx "kispeak: item: http://127.0.0.1:$PORT/articles/sections.html: no article text found" "$T/err"
check "a repeated guid is a warning; the item is skipped" \
  grep -q "^kispeak: warning: $FEED: item 14 'Fishing boats return (again)': its guid repeats an earlier item's; skipped" "$T/err"
check "the summary says 11 new, 2 failed" grep -q "11 episodes in .*: 11 new, 0 spoken again, 0 unchanged, 2 failed" "$T/err"
check "nothing on standard output" test ! -s "$T/out"
log >"$T/log1"
parsers "first run" "$DIR/feed.xml" "$DIR" "$BASE" 11
$TO "$KISPEAK" podcast --check "$DIR/feed.xml" >"$T/check" 2>&1
check "--check finds no problem in it" sh -c "[ $? = 0 ] && grep -q 'no problems' '$T/check'"
check "no temporary file left" test "$(temps "$DIR")" = 0
line=$(enclosure_of "$DIR/feed.xml" "Storm warning for the weekend")
check "an item without a date gets the article's own (not the run's)" \
  sh -c "echo '$line' | grep -q 'Sat, 09 Nov 2024 12:00:00 +0000'"
"$PY" -c "
import sys, xml.etree.ElementTree as ET
t = [i.findtext('title') for i in ET.parse(sys.argv[1]).getroot().iter('item')]
i, j = t.index('Market hall gets a new roof'), t.index('Lighthouse opens to visitors')
sys.exit(0 if abs(i - j) == 1 else 'not together: %d %d' % (i, j))" "$DIR/feed.xml" >"$T/why" 2>&1
check "two items of the same date are side by side" test $? = 0
items "$DIR/feed.xml" >"$T/items1"
check "the tracking parameters and fragment are not in the identity: one episode for a10" \
  sh -c "[ \$(grep -c 'Bakery celebrates' '$T/items1') = 1 ]"
"$PY" -c "
import sys, urllib.request, xml.etree.ElementTree as ET
it = next(ET.parse(sys.argv[1]).getroot().iter('item'))
e = it.find('enclosure')
data = urllib.request.urlopen(e.get('url')).read()
sys.exit(0 if len(data) == int(e.get('length')) and data[:3] in (b'ID3', b'\xff\xfb') else 'got %d bytes' % len(data))" "$DIR/feed.xml" >"$T/why" 2>&1
check "an enclosure downloads from BASE with its length, as an MP3" test $? = 0
check "the cover is a 1400x1400 PNG" sh -c "file '$DIR/cover.png' | grep -q 'PNG image data, 1400 x 1400'"

# 2. a rerun with nothing new: the feed answers 304, nothing is spoken
ls -li --time-style=full-iso "$DIR/feed.xml" "$DIR"/episodes/*/* >"$T/before"
log >/dev/null
$TO "$KISPEAK" podcast -q "$DIR" "$FEED" 2>"$T/err"
rc=$?
ls -li --time-style=full-iso "$DIR/feed.xml" "$DIR"/episodes/*/* >"$T/after"
log >"$T/log2"
check "rerun: exit 3 again (the two failed items are tried again)" test $rc = 3
check "rerun: the feed answered 304" grep -q '"/feed.xml", 304' "$T/log2"
gets=$(grep -o '"GET"' "$T/log2" | wc -l)
check "rerun: no article asked for but the two that failed ($gets requests)" \
  sh -c "[ $gets = 3 ] && grep -q missing.html '$T/log2' && grep -q sections.html '$T/log2'"
check "rerun: no file written, feed.xml untouched (same inode and time)" cmp "$T/before" "$T/after"

# 3. a new item: one new episode; the others asked for conditionally
"$PY" - "$T/site/feed.xml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
new = """    <item>
      <title>Night market returns to the waterfront</title>
      <link>articles/a12.html</link>
      <guid isPermaLink="false">tag:harbourledger.test,2024:a12</guid>
      <pubDate>Thu, 14 Nov 2024 18:00:00 GMT</pubDate>
    </item>
"""
i = s.index("    <item>")
open(p, "w").write(s[:i] + new + s[i:])
PY
$TO "$KISPEAK" podcast -q "$DIR" "$FEED" 2>"$T/err"
log >"$T/log3"
items "$DIR/feed.xml" >"$T/items3"
check "a new item: 12 episodes" test "$(wc -l <"$T/items3")" = 12
check "a new item: exactly one new enclosure, every old one kept" \
  sh -c "[ \$(grep -v -F -x -f '$T/items1' '$T/items3' | wc -l) = 1 ] && grep -v -F -x -f '$T/items1' '$T/items3' | grep -q 'Night market'"
check "a new item: the made articles were asked for conditionally (304)" \
  sh -c "[ \$(grep -o '304' '$T/log3' | wc -l) = 11 ] && grep -q '\"/articles/a12.html\", 200' '$T/log3'"
parsers "new item" "$DIR/feed.xml" "$DIR" "$BASE" 12

# 4. an edited article: spoken again, the same guid, a new enclosure name
old=$(enclosure_of "$DIR/feed.xml" "Fishing boats return with a record catch")
sed -i 's/largest catch of herring/largest catch of mackerel/' "$T/site/articles/a03.html"
sed -i 's|<title>The Harbour Ledger</title>|&<lastBuildDate>Fri, 15 Nov 2024 08:00:00 GMT</lastBuildDate>|' "$T/site/feed.xml"
$TO "$KISPEAK" podcast --verbose "$DIR" "$FEED" >/dev/null 2>"$T/err"
new=$(enclosure_of "$DIR/feed.xml" "Fishing boats return with a record catch")
check "an edited article is spoken again" grep -q "^kispeak: spoken again: Fishing boats return with a record catch" "$T/err"
check "... under its old guid" test "${old%% *}" = "${new%% *}"
old_url=$(echo "$old" | cut -d' ' -f2)
new_url=$(echo "$new" | cut -d' ' -f2)
check "... with a new enclosure file name" test "$old_url" != "$new_url"
check "... and its old files are gone" test ! -e "$DIR/${old_url#$BASE}"
check "only that one: the summary" grep -q "0 new, 1 spoken again, 11 unchanged, 2 failed" "$T/err"
parsers "edited" "$DIR/feed.xml" "$DIR" "$BASE" 12

# 5. RFC 5005: a page of 5 keeps the newest in feed.xml, the rest archived
$TO "$KISPEAK" podcast -q --page-size 5 "$DIR" "$FEED" 2>/dev/null
"$PY" - "$DIR" "$BASE" >"$T/why" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as ET
d, base = sys.argv[1], sys.argv[2]
A = "{http://www.w3.org/2005/Atom}link"
def read(p):
    ch = ET.parse(p).getroot().find("channel")
    links = {l.get("rel"): l.get("href") for l in ch.findall(A)}
    return ch, [i.findtext("guid") for i in ch.iter("item")], links
ch, feed, links = read(d + "/feed.xml")
assert len(feed) == 5, len(feed)
assert links["prev-archive"] == base + "archive/page-2.xml", links
seen = set(feed)
for k in (2, 1):
    ch, g, l = read(d + "/archive/page-%d.xml" % k)
    assert len(g) == 5, (k, len(g))
    assert ch.find("{http://purl.org/syndication/history/1.0}archive") is not None
    assert l["current"] == base + "feed.xml" and l["self"] == base + "archive/page-%d.xml" % k, l
    assert ("prev-archive" in l) == (k == 2), l
    seen |= set(g)
assert len(seen) == 12, len(seen)
PY
check "--page-size 5: feed.xml has the newest 5, two archive pages the rest (RFC 5005)" test $? = 0
$TO "$KISPEAK" podcast --check "$DIR/archive/page-1.xml" >"$T/why" 2>&1
check "--check: an archive page has no problems" test $? = 0
$TO "$KISPEAK" podcast -q --page-size 300 "$DIR" "$FEED" 2>/dev/null
check "--page-size 300 again: all 12 in feed.xml" test "$(grep -c '<item>' "$DIR/feed.xml")" = 12

# 6. --check and the parsers agree on a broken feed
sed '0,/length="[0-9]*"/s//length="0"/' "$DIR/feed.xml" >"$DIR/broken.xml"
$TO "$KISPEAK" podcast --check "$DIR/broken.xml" >"$T/check" 2>&1
rc=$?
check "--check on a zero-length enclosure: exit 1, the problem named with its line" \
  sh -c "[ $rc = 1 ] && grep -q 'broken.xml:[0-9]*: enclosure length=\"0\" is not a number of bytes above 0' '$T/check' && grep -qx '1 problem' '$T/check'"
"$PY" tests/feed_check.py "$DIR/broken.xml" "$DIR" "$BASE" >"$T/why" 2>&1
check "... and the parsers' checks fail on it too" test $? != 0
rm -f "$DIR/broken.xml"

# 7. a kill in the middle, then a rerun: complete, consistent, no leftovers
K=$T/site/killed
"$KISPEAK" podcast -q -j 1 --base-url "http://127.0.0.1:$PORT/killed/" "$K" "$FEED" 2>/dev/null &
pid=$!
for _ in $(seq 1 200); do
  [ -n "$(find "$K/episodes" -name '*.mp3' 2>/dev/null | head -n 1)" ] && break
  sleep 0.05
done
kill -KILL $pid 2>/dev/null
wait $pid 2>/dev/null
made=$(find "$K/episodes" -name '*.mp3' | wc -l)
$TO "$KISPEAK" podcast -q "$K" "$FEED" 2>"$T/err"
rc=$?
check "killed (SIGKILL) after $made episode(s); the rerun ends with exit 3" test $rc = 3
check "... and all 12 episodes" test "$(grep -c '<item>' "$K/feed.xml")" = 12
check "... no temporary file anywhere" test "$(temps "$K")" = 0
left=$(ps -eo args | grep -c "^$KISPEAK podcast .*$K")
check "... no worker left running" test "$left" = 0
check "... the state is consistent (SQLite integrity_check)" \
  "$PY" -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute('pragma integrity_check').fetchone()[0]; sys.exit(0 if r=='ok' else r)" "$K/state/podcast.db"
parsers "after a kill" "$K/feed.xml" "$K" "http://127.0.0.1:$PORT/killed/" 12
rm -rf "$K"
# Ctrl-C: the process group gets SIGINT, as from a terminal
setsid "$KISPEAK" podcast -q -j 2 --base-url "http://127.0.0.1:$PORT/killed/" "$K" "$FEED" 2>"$T/err" &
pid=$!
for _ in $(seq 1 200); do
  [ -n "$(find "$K/episodes" -name '*.mp3' 2>/dev/null | head -n 1)" ] && break
  sleep 0.05
done
/bin/kill -s INT -- -$pid 2>/dev/null
wait $pid
rc=$?
if [ $rc = 1 ] && grep -q '^kispeak: podcast: stopped; what was finished is kept' "$T/err"; then
  ok "Ctrl-C: exit 1, one line saying what is kept"
else
  not_ok "Ctrl-C: exit 1, one line saying what is kept" "exit $rc: $(cat "$T/err")"
fi
check "Ctrl-C: no temporary file" test "$(temps "$K")" = 0
$TO "$KISPEAK" podcast -q "$K" "$FEED" 2>"$T/err"
rc=$?
n=$(grep -c '<item>' "$K/feed.xml")
if [ $rc = 3 ] && [ "$n" = 12 ]; then
  ok "Ctrl-C, then a rerun: all 12"
else
  not_ok "Ctrl-C, then a rerun: all 12" "exit $rc, $n items: $(cat "$T/err")"
fi

# 8. shards: each cluster's variables, then the merge, as one run makes it.
# The reference is the newest 4 of the site's feed (--limit 4); the shards
# read a feed of just those 4.
"$PY" - "$T/site/feed.xml" "$T/site/small.xml" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
items = re.findall(r"    <item>.*?</item>\n", s, re.S)
keep = [i for i in items if re.search(r"articles/a(12|11|10|09)\.html", i)]
head = s[:s.index("    <item>")]
open(sys.argv[2], "w").write(head + "".join(keep) + "  </channel>\n</rss>\n")
PY
SMALL=http://127.0.0.1:$PORT/small.xml
R=$T/site/ref
$TO "$KISPEAK" podcast -q -j 2 --limit 4 --base-url "http://127.0.0.1:$PORT/s/" "$R" "$FEED" 2>/dev/null
items "$R/feed.xml" >"$T/ref"
check "reference: one unsharded run of the newest 4" test "$(wc -l <"$T/ref")" = 4
shards() { # shards NAME VAR...: three shard processes with the variables, in turn
  name=$1
  S=$T/site/$name
  rm -rf "$S"
  pids=
  for k in 0 1 2; do
    env $(eval echo "$2") $TO "$KISPEAK" podcast -q -j 1 --shard "$3" \
      --base-url "http://127.0.0.1:$PORT/s/" "$S" "$SMALL" 2>>"$T/$name.err" &
    pids="$pids $!"
  done
  for p in $pids; do wait "$p"; done
  check "$name: each shard wrote only its own state, no feed.xml" \
    sh -c "[ ! -e '$S/feed.xml' ] && [ \$(ls '$S/state/' | grep -c '^shard-[0-2]-of-3.db\$') = 3 ]"
  $TO "$KISPEAK" podcast -q --merge "$S" 2>>"$T/$name.err"
  items "$S/feed.xml" >"$T/$name.items"
  check "$name: the merge gives the same items, guids, enclosures and lengths" \
    diff "$T/ref" "$T/$name.items"
}
shards kubernetes 'JOB_COMPLETION_INDEX=$k' auto/3
shards slurm 'SLURM_ARRAY_TASK_ID=$((k + 5)) SLURM_ARRAY_TASK_MIN=5 SLURM_ARRAY_TASK_COUNT=3' auto
shards aws 'AWS_BATCH_JOB_ARRAY_INDEX=$k AWS_BATCH_JOB_ARRAY_SIZE=3' auto
"$PY" - "$T/site/aws/state" <<'PY' >"$T/why" 2>&1
import glob, sqlite3, sys
def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
from urllib.parse import urlsplit, urlunsplit
rows = 0
for p in sorted(glob.glob(sys.argv[1] + "/shard-*-of-3.db")):
    k = int(p.rsplit("shard-", 1)[1].split("-")[0])
    for (url,) in sqlite3.connect(p).execute("select url from items"):
        rows += 1
        u = urlsplit(url)  # canonical: no fragment, no utm_ (the site's URLs are plain)
        q = "&".join(x for x in u.query.split("&") if x and not x.startswith("utm_"))
        c = urlunsplit((u.scheme, u.netloc, u.path, q, ""))
        assert fnv(c) % 3 == k, (p, c, fnv(c) % 3)
assert rows >= 4, "the shards hold %d items" % rows
PY
check "each shard holds only items whose FNV-1a 64 of the canonical URL mod 3 is its K" test $? = 0
$TO "$KISPEAK" podcast --check "$T/site/aws/feed.xml" >"$T/why" 2>&1
check "the merged feed passes --check" test $? = 0
$TO "$KISPEAK" podcast -q --shard 3/3 "$T/site/x" "$FEED" 2>"$T/err"
check "--shard 3/3 is a usage error" sh -c "[ $? = 2 ] && grep -q '^kispeak: --shard: shard 3 of 3' '$T/err'"
env -u JOB_COMPLETION_INDEX -u SLURM_ARRAY_TASK_ID -u AWS_BATCH_JOB_ARRAY_INDEX \
  $TO "$KISPEAK" podcast -q --shard auto "$T/site/x" "$FEED" 2>"$T/err"
check "--shard auto outside a cluster: exit 2, saying which variables" \
  sh -c "[ $? = 2 ] && grep -q 'JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX' '$T/err'"

# 9. docs/scale.md's GNU parallel recipe, run as written
if command -v parallel >/dev/null; then
  mkdir -p "$T/bin" "$T/parallel"
  ln -s "$KISPEAK" "$T/bin/kispeak"
  touch "$T/parallel/will-cite"
  sed -n '/<!-- test: parallel -->/,/^```$/p' docs/scale.md | sed '1,2d;$d' >"$T/recipe.sh"
  (PATH=$T/bin:$PATH PARALLEL_HOME=$T/parallel N=3 JOBS=2 FEED="$SMALL" \
    DIR=$T/site/gnu BASE="http://127.0.0.1:$PORT/s/" $TO sh "$T/recipe.sh") >"$T/gnu.out" 2>&1
  items "$T/site/gnu/feed.xml" >"$T/gnu.items" 2>&1
  check "GNU parallel recipe (docs/scale.md): the same feed as one run" diff "$T/ref" "$T/gnu.items"
else
  not_ok "GNU parallel is installed (make deps)"
fi

# 10. other sources: an Atom feed, a file of URLs on standard input
U=$T/site/urls
printf '# reading list\nhttp://127.0.0.1:%s/articles/a05.html?utm_source=x\n\nhttp://127.0.0.1:%s/articles/a04.html  # later\n' "$PORT" "$PORT" |
  $TO "$KISPEAK" podcast -q --title "My list" --base-url "http://127.0.0.1:$PORT/urls/" --urls - "$U" 2>"$T/err"
check "--urls -: two episodes from standard input" sh -c "[ $? = 0 ] && [ \$(grep -c '<item>' '$U/feed.xml') = 2 ] && grep -q '<title>My list</title>' '$U/feed.xml'"
check "... their dates are the articles' own" grep -q "Fri, 08 Nov 2024 10:00:00 +0000" "$U/feed.xml"
cat >"$T/site/atom.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="/articles/">
  <title>Ledger (Atom)</title>
  <id>urn:ledger</id>
  <updated>2024-11-13T09:00:00Z</updated>
  <entry><id>urn:ledger:a11</id><title>Council approves new playground</title>
    <link rel="alternate" href="a11.html"/><updated>2024-11-13T09:00:00Z</updated></entry>
</feed>
EOF
$TO "$KISPEAK" podcast -q --base-url "http://127.0.0.1:$PORT/atom/" "$T/site/atomp" "http://127.0.0.1:$PORT/atom.xml" 2>"$T/err"
check "an Atom feed with xml:base: one episode, its language from xml:lang" \
  sh -c "[ $? = 0 ] && [ \$(grep -c '<item>' '$T/site/atomp/feed.xml') = 1 ] && grep -q '<language>en</language>' '$T/site/atomp/feed.xml'"

# a cover of one's own: a file copied beside the feed, or a URL as it is
$TO "$KISPEAK" podcast -q --image "$T/site/pod/cover.png" "$U" --urls /dev/null 2>"$T/err"
check "--image FILE: copied beside the feed, named in itunes:image" \
  sh -c "cmp '$T/site/pod/cover.png' '$U/cover.png' && grep -q 'itunes:image href=\"http://127.0.0.1:$PORT/urls/cover.png\"' '$U/feed.xml'"
$TO "$KISPEAK" podcast -q --image https://example.org/art.jpg "$U" --urls /dev/null 2>"$T/err"
check "--image URL: named as it is" grep -q 'itunes:image href="https://example.org/art.jpg"' "$U/feed.xml"
$TO "$KISPEAK" podcast -q --image tests/feed/site/feed.xml "$U" --urls /dev/null 2>"$T/err"
check "--image that is no PNG or JPEG: exit 2, before any work" \
  sh -c "[ $? = 2 ] && grep -q '^kispeak: --image: .*feed.xml is neither a PNG nor a JPEG image' '$T/err'"

# 11. what is not a feed, and usage errors
printf '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>\n' >"$T/site/sitemap.xml"
$TO "$KISPEAK" podcast -q --base-url "$BASE" "$T/site/x" "http://127.0.0.1:$PORT/sitemap.xml" 2>"$T/err"
check "a sitemap as SOURCE: exit 1, one line saying it is no feed" \
  sh -c "[ $? = 1 ] && [ \$(wc -l <'$T/err') = 1 ] && grep -qx 'kispeak: source: http://127.0.0.1:$PORT/sitemap.xml is not an RSS or Atom feed (its root element is <urlset>)' '$T/err'"
usage() { # usage NAME LINE ARGS...: exit 2, exactly that line
  name=$1
  want="kispeak: $2 (try 'kispeak podcast --help')"
  shift 2
  $TO "$KISPEAK" podcast "$@" >/dev/null 2>"$T/err"
  rc=$?
  if [ $rc = 2 ] && [ "$(cat "$T/err")" = "$want" ]; then ok "$name"; else not_ok "$name" "exit $rc: $(cat "$T/err")"; fi
}
usage "no DIR" "usage: no DIR given"
usage "no SOURCE" "usage: no SOURCE given (a feed, an article URL, or --urls FILE)" "$T/x"
usage "-j 0" "--jobs: takes episodes at once from 1 to 256, not '0'" -j 0 "$T/x" "$FEED"
usage "--format aiff" "--format: 'aiff' is none of wav, flac, mp3, ogg, opus" --format aiff "$T/x" "$FEED"
usage "--merge with a source" "--merge: takes only DIR (and show options), not sources or --shard" --merge "$T/x" "$FEED"
usage "--explicit maybe" "--explicit: takes yes or no, not 'maybe'" --explicit maybe "$T/x" "$FEED"
$TO "$KISPEAK" podcast -q "$T/site/nobase" "$FEED" 2>"$T/err"
check "a first run without --base-url: exit 2, naming the option" \
  sh -c "[ $? = 2 ] && grep -q \"^kispeak: --base-url: the podcast's public address is needed on its first run\" '$T/err'"
$TO "$KISPEAK" podcast --help >"$T/help"
check "--help documents exit status 3" grep -q "3 some items failed" "$T/help"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
