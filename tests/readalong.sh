#!/bin/sh
# readalong.sh - the read-along page and the EPUB: the page in a real browser
# (tests/browser/readalong.py), the page without its script, and the book
# checked by epubcheck with its clips against the captions.
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, N failed".
# SPDX-License-Identifier: MIT
KISPEAK=${KISPEAK:-./kispeak}
B=${B:-build}
FIX=../shared/fixtures/news-page
page=$FIX/page.html
T=$(mktemp -d "${TMPDIR:-/tmp}/kispeak-readalong.XXXXXX")
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
check() { # check NAME COMMAND...: passes when the command succeeds
  name=$1
  shift
  if "$@" >"$T/why" 2>&1; then ok "$name"; else not_ok "$name" "$(head -c 600 "$T/why")"; fi
}

# 1. the page in headless Chromium (its own checks, counted here)
mkdir -p "$B/screenshots"
/usr/bin/python3 tests/browser/readalong.py "$KISPEAK" "$page" "$B/screenshots" >"$T/browser" 2>&1
cat "$T/browser" | grep -v '^[0-9]* passed, [0-9]* failed$'
p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$T/browser")
f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$T/browser")
if [ -z "$p" ]; then
  not_ok "the browser test ran" "$(tail -n 5 "$T/browser")"
else
  passed=$((passed + p))
  failed=$((failed + f))
fi

# 2. without its script: the article and a native player
"$KISPEAK" -q --readalong "$T/ep.html" "$page" "$T/ep.mp3"
"$KISPEAK" -q --dump=sentences "$page" >"$T/sentences"
cat >"$T/nojs.py" <<'PY'
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.text = []; self.skip = 0; self.audio = None
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        if tag == "audio": self.audio = dict(attrs)
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.text.append(d)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
text = " ".join(" ".join(p.text).split())
if not p.audio or "controls" not in p.audio or p.audio.get("src") != "ep.mp3":
    sys.exit("no native player for ep.mp3: %r" % p.audio)
for line in open(sys.argv[2], encoding="utf-8"):
    line = " ".join(line.split())
    if line and line not in text:
        sys.exit("sentence missing from the page: " + line)
PY
check "without its script: every sentence in the page, and a native player for the audio beside it" \
  python3 "$T/nojs.py" "$T/ep.html" "$T/sentences"
mkdir "$T/sub"
"$KISPEAK" -q --readalong "$T/sub/page.html" "$page" "$T/ep2.mp3"
check "the audio is referenced relative to the page" grep -q 'src="../ep2.mp3"' "$T/sub/page.html"
"$KISPEAK" -q --readalong "$T/x.html" "$page" "$T/x.epub" 2>"$T/err"
rc=$?
check "--readalong with an EPUB is a usage error, before any work" \
  sh -c "[ $rc = 2 ] && grep -q '^kispeak: --readalong: ' '$T/err' && [ ! -e '$T/x.epub' ]"

# 3. the EPUB: epubcheck finds nothing; its clips are the captions' cues
"$KISPEAK" -q --captions "$T/book.vtt" "$page" "$T/book.epub"
if command -v java >/dev/null && [ -e /usr/share/java/epubcheck.jar ]; then
  java -jar /usr/share/java/epubcheck.jar "$T/book.epub" >"$T/epubcheck" 2>&1
  check "epubcheck: no errors or warnings" grep -q "No errors or warnings detected" "$T/epubcheck"
else
  not_ok "epubcheck is installed (make test-deps)"
fi
cat >"$T/clips.py" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
    sys.exit("mimetype is not the first entry, stored")
if z.read("OEBPS/audio.mp3")[:3] not in (b"ID3", b"\xff\xfb"):
    sys.exit("no MP3 inside")
smil = z.read("OEBPS/article.smil").decode()
clips = [(float(a), float(b)) for a, b in re.findall(r'clipBegin="([0-9.]+)s" clipEnd="([0-9.]+)s"', smil)]
ts = lambda h, m, s, ms: int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
vtt = open(sys.argv[2]).read()
cues = [(ts(*m[:4]), ts(*m[4:])) for m in re.findall(r"(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)", vtt)]
if len(clips) != len(cues) or not clips:
    sys.exit("%d clips for %d cues" % (len(clips), len(cues)))
for i, (c, q) in enumerate(zip(clips, cues)):
    if abs(c[0] - q[0]) > 0.0005 or abs(c[1] - q[1]) > 0.0005:
        sys.exit("clip %d %r, cue %r" % (i, c, q))
opf = z.read("OEBPS/package.opf").decode()
for want in ("<dc:title>NATO unlikely", "<dc:creator>Dmytro Basmat</dc:creator>",
             "<dc:date>2024-12-03</dc:date>", "<dc:language>en</dc:language>",
             "<dc:source>https://"):
    if want not in opf:
        sys.exit("metadata lacks " + want)
PY
check "EPUB: the clip of every sentence is its caption's cue; headline, author, date, language and source in its metadata" \
  python3 "$T/clips.py" "$T/book.epub" "$T/book.vtt"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
