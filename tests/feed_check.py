#!/usr/bin/env python3
"""feed_check.py - a kispeak podcast feed as podcast apps read it.

SPDX-License-Identifier: MIT

Usage: feed_check.py FEED DIR BASE_URL [PARTYTIME_JSON] [--items N]

Reads FEED with Debian's python3-feedparser and python3-podcastparser
(gPodder's parser), and with npm's podcast-partytime (its JSON output from
tests/partytime/read.js, if given), and holds what each of them reads to
the rules of the issue, against the files on disk (DIR is the podcast's
directory, published at BASE_URL):

  the channel: title, link, description, language, itunes:image (the cover
  on disk, a PNG or JPEG of 1400 to 3000 pixels a side), itunes:category,
  itunes:explicit, itunes:author, atom:link rel=self, podcast:guid (the
  UUIDv5 of the feed's URL in the Podcasting 2.0 namespace), podcast:locked;
  each item: title, link, a unique guid (isPermaLink="false"), an RFC 2822
  pubDate, newest first, an enclosure whose length is the file's exact size
  and whose type is the file's, itunes:duration within a second of the
  audio's own (ffprobe), captions (text/vtt), transcript (text/plain) and
  chapters (JSON) on disk, and each alternate enclosure's length.

Prints "ok - ..." or "not ok - ..." a line, for tests/feed.sh to count.
"""

import email.utils
import json
import os
import struct
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET

import feedparser
import podcastparser

PODCAST_NS = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "atom": "http://www.w3.org/2005/Atom",
      "content": "http://purl.org/rss/1.0/modules/content/"}
TYPES = {".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".opus": "audio/ogg",
         ".flac": "audio/flac", ".wav": "audio/wav"}
results = []


def check(name, cond, why=""):
    results.append((bool(cond), name, why))


def local(url, base, root):
    """The file a URL under the base names, or None."""
    if not url or not url.startswith(base):
        return None
    return os.path.join(root, url[len(base):])


def size_ok(url, length, base, root):
    path = local(url, base, root)
    if not path or not os.path.isfile(path):
        return False, "no file for %s" % url
    real = os.path.getsize(path)
    return int(length) == real, "%s: length %s, file %d" % (url, length, real)


durations = {}


def audio_seconds(path):
    if path not in durations:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration",
             "-of", "csv=p=0", path], capture_output=True, text=True)
        try:
            durations[path] = float(out.stdout.strip())
        except ValueError:
            durations[path] = -1.0
    return durations[path]


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(33)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    w, h, depth, color = struct.unpack(">IIBB", head[16:26])
    return w, h, color


def channel_rules(root_xml, feed_url, base, root, want_items):
    ch = root_xml.find("channel")
    for tag in ("title", "link", "description", "language"):
        check("channel <%s>" % tag, (ch.findtext(tag) or "").strip())
    img = ch.find("itunes:image", NS)
    href = img.get("href") if img is not None else None
    check("channel itunes:image", href)
    path = local(href, base, root)
    if path:
        size = png_size(path) if os.path.isfile(path) else None
        check("the cover on disk is an RGB PNG of 1400 to 3000 pixels, square",
              size and size[0] == size[1] and 1400 <= size[0] <= 3000
              and size[2] == 2, "%s: %s" % (path, size))
    cat = ch.find("itunes:category", NS)
    check("channel itunes:category", cat is not None and cat.get("text"))
    check("channel itunes:explicit is true or false",
          ch.findtext("itunes:explicit", namespaces=NS) in ("true", "false"))
    check("channel itunes:author",
          (ch.findtext("itunes:author", namespaces=NS) or "").strip())
    selfs = [l.get("href") for l in ch.findall("atom:link", NS)
             if l.get("rel") == "self"]
    check("channel atom:link rel=self is the feed's URL", selfs == [feed_url],
          str(selfs))
    stripped = feed_url.split("://", 1)[-1].rstrip("/")
    want = str(uuid.uuid5(PODCAST_NS, stripped))
    got = ch.findtext("podcast:guid", namespaces=NS)
    check("podcast:guid is the UUIDv5 of the feed URL", got == want,
          "%s, not %s" % (got, want))
    check("podcast:locked is yes or no",
          ch.findtext("podcast:locked", namespaces=NS) in ("yes", "no"))
    items = ch.findall("item")
    if want_items is not None:
        check("%d items" % want_items, len(items) == want_items,
              "%d items" % len(items))
    check("at most 300 items", len(items) <= 300)
    guids, dates = [], []
    for it in items:
        g = it.find("guid")
        guids.append(g.text if g is not None else None)
        if g is None or g.get("isPermaLink") != "false":
            check("guid isPermaLink=\"false\"", False, str(g))
        d = it.findtext("pubDate") or ""
        t = email.utils.parsedate_tz(d)
        if not t or not d[:3].isalpha():
            check("pubDate is RFC 2822", False, d)
        else:
            dates.append(email.utils.mktime_tz(t))
        for tr in it.findall("podcast:transcript", NS):
            p = local(tr.get("url"), base, root)
            if not (p and os.path.isfile(p)):
                check("transcript on disk", False, tr.get("url"))
            if tr.get("type") not in ("text/vtt", "text/plain"):
                check("transcript type", False, tr.get("type"))
        types = sorted(tr.get("type") for tr in
                       it.findall("podcast:transcript", NS))
        if types != ["text/plain", "text/vtt"]:
            check("captions and transcript listed", False, str(types))
        chap = it.find("podcast:chapters", NS)
        if chap is None or chap.get("type") != "application/json+chapters":
            check("podcast:chapters, application/json+chapters", False)
        else:
            p = local(chap.get("url"), base, root)
            try:
                with open(p) as f:
                    ok = "chapters" in json.load(f)
            except (OSError, ValueError, TypeError):
                ok = False
            if not ok:
                check("chapters JSON on disk", False, chap.get("url"))
        # the read-along page: linked from the description (text and
        # HTML), on disk, and playing this item's enclosure
        page = (chap.get("url") or "")[:-len(".chapters.json")] + ".html" \
            if chap is not None else ""
        desc = it.findtext("description") or ""
        html = it.findtext("content:encoded", namespaces=NS) or ""
        if page not in desc or 'href="%s"' % page not in html:
            check("read-along page linked from the description", False, page)
        p = local(page, base, root)
        enc = it.find("enclosure")
        audio = os.path.basename(enc.get("url")) if enc is not None else "-"
        try:
            with open(p, encoding="utf-8") as f:
                ok = 'src="%s"' % audio in f.read()
        except (OSError, TypeError):
            ok = False
        if not ok:
            check("read-along page on disk, playing the enclosure", False, page)
        for alt in it.findall("podcast:alternateEnclosure", NS):
            src = alt.find("podcast:source", NS)
            ok, why = size_ok(src.get("uri") if src is not None else None,
                              alt.get("length") or -1, base, root)
            if not ok:
                check("alternate enclosure length", False, why)
    check("guids unique", len(set(guids)) == len(guids) and None not in guids)
    check("pubDates RFC 2822, newest first",
          len(dates) == len(items) and dates == sorted(dates, reverse=True),
          str(dates))
    check("companions on disk, types right (all items)",
          not [r for r in results if not r[0] and
               r[1].startswith(("transcript", "captions", "podcast:chapters",
                                "chapters", "alternate", "read-along"))])
    return items


def enclosure_rules(parser, entries, base, root):
    """entries: (guid, url, length, type, duration seconds)."""
    bad = []
    for guid, url, length, mime, secs in entries:
        ok, why = size_ok(url, length, base, root)
        if not ok:
            bad.append(why)
            continue
        want = TYPES.get(os.path.splitext(url)[1])
        if mime != want:
            bad.append("%s: type %s, not %s" % (url, mime, want))
        real = audio_seconds(local(url, base, root))
        if secs is None or abs(float(secs) - real) > 1.0:
            bad.append("%s: duration %s, audio %.2f s" % (url, secs, real))
    check("%s: every enclosure has its file's exact length, type and "
          "duration" % parser, entries and not bad, "; ".join(bad[:3]))
    return {e[0]: e[1:] for e in entries}


def main(argv):
    want = None
    if "--items" in argv:
        i = argv.index("--items")
        want = int(argv[i + 1])
        del argv[i:i + 2]
    feed, root, base = argv[1], argv[2], argv[3]
    ptjson = argv[4] if len(argv) > 4 else None
    feed_url = base + "feed.xml"
    tree = ET.parse(feed)
    channel_rules(tree.getroot(), feed_url, base, root, want)

    d = feedparser.parse(feed)
    check("feedparser: well-formed RSS 2.0", not d.bozo and d.version ==
          "rss20", str(d.get("bozo_exception")))
    fp = enclosure_rules("feedparser", [
        (e.id, e.enclosures[0].href, e.enclosures[0].length,
         e.enclosures[0].type, e.get("itunes_duration"))
        for e in d.entries if e.get("enclosures")], base, root)
    check("feedparser: every item has an enclosure",
          len(fp) == len(d.entries))

    with open(feed, "rb") as f:
        p = podcastparser.parse(feed_url, f)
    pp = enclosure_rules("podcastparser", [
        (e["guid"], e["enclosures"][0]["url"], e["enclosures"][0]["file_size"],
         e["enclosures"][0]["mime_type"], e["total_time"])
        for e in p["episodes"] if e["enclosures"]], base, root)
    check("podcastparser: every episode has an enclosure and a date",
          len(pp) == len(p["episodes"]) and
          all(e["published"] for e in p["episodes"]))

    views = [("feedparser", fp), ("podcastparser", pp)]
    if ptjson:
        with open(ptjson) as f:
            t = json.load(f)
        pt = enclosure_rules("partytime", [
            (i["guid"], i["enclosure"]["url"], i["enclosure"]["length"],
             i["enclosure"]["type"], i.get("duration"))
            for i in t["items"] if i.get("enclosure")], base, root)
        owner = ET.parse(feed).getroot().find(
            "channel/podcast:locked", NS).get("owner")
        check("partytime: podcast:guid, and locked (with its owner, if any)",
              t.get("guid") and (not owner or (t.get("locked") is True and
                                              t.get("podcastOwner") == owner)),
              "%s %s" % (t.get("guid"), t.get("locked")))
        check("partytime: transcripts and chapters in every item",
              all(len(i.get("podcastTranscripts", [])) == 2 and
                  i.get("podcastChapters") for i in t["items"]))
        views.append(("partytime", pt))
    first = views[0][1]
    for name, v in views[1:]:
        check("%s and feedparser read the same guids, enclosures and lengths"
              % name, {k: (x[0], int(x[1])) for k, x in v.items()} ==
              {k: (x[0], int(x[1])) for k, x in first.items()})
    for ok, name, why in results:
        if ok:
            print("ok - %s" % name)
        else:
            print("not ok - %s" % name)
            if why:
                print("#   %s" % why[:400])
    return 0 if all(r[0] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
