/* test_feed.c - what a source lists: RSS 2.0, RSS 1.0 and Atom read with
 * libxml2 (relative links, xml:base, dates, broken XML), files of URLs, and
 * the look of a source's bytes.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/feed.h"

#include <stdio.h>

static const char rss[] =
    "<?xml version=\"1.0\"?>\n"
    "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/"
    "podcast-1.0.dtd\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel><title> The  Ledger </title><link>/</link>"
    "<description>News &amp; more</description><language>en-gb</language>"
    "<itunes:author>The Desk</itunes:author>"
    "<itunes:image href=\"https://example.org/c.png\"/>"
    "<item><title>One</title><link>a/1.html</link>"
    "<guid isPermaLink=\"false\">tag:x:1</guid>"
    "<pubDate>Tue, 03 Dec 2024 06:17:00 GMT</pubDate>"
    "<description><![CDATA[<p>Hi & bye</p>]]></description></item>"
    "<item xml:base=\"https://other.example/b/\"><title>Two</title>"
    "<link>2.html</link><dc:date>2024-12-03T06:17:00Z</dc:date></item>"
    "<item><title>Three</title><guid>https://example.org/3</guid></item>"
    "<item><title>Four</title><pubDate>someday</pubDate></item>"
    "</channel></rss>";

static const char atom[] =
    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\" "
    "xml:base=\"https://example.de/news/\"><title>Blatt</title>"
    "<subtitle>Nachrichten</subtitle><link rel=\"self\" href=\"feed\"/>"
    "<link href=\"/\"/><author><name>Redaktion</name></author>"
    "<entry><id>urn:x:1</id><title>Eins</title>"
    "<link rel=\"enclosure\" href=\"a.mp3\"/>"
    "<link rel=\"alternate\" type=\"text/html\" href=\"eins.html\"/>"
    "<updated>2024-12-03T06:17:00Z</updated>"
    "<summary>Kurz</summary></entry>"
    "<entry><id>urn:x:2</id><title>Zwei</title><link href=\"zwei\"/>"
    "<published>2024-12-02T06:17:00Z</published>"
    "<updated>2024-12-04T06:17:00Z</updated></entry></feed>";

static const char rdf[] =
    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
    "xmlns=\"http://purl.org/rss/1.0/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel rdf:about=\"https://e.org/\"><title>RDF</title>"
    "<link>https://e.org/</link></channel>"
    "<item rdf:about=\"https://e.org/1\"><title>I</title>"
    "<link>https://e.org/1</link><dc:date>2024-12-03</dc:date></item>"
    "</rdf:RDF>";

static void parse_ok(const char *xml, const char *url, struct ks_feed *f,
                     const char *what) {
  struct ks_error err = {KS_OK, "", NULL};
  enum ks_status st = ks_feed_parse(xml, strlen(xml), url, f, &err);
  if (st != KS_OK)
    printf("  %s: %s\n", what, err.msg);
  INT_EQ(st, KS_OK, what);
}

static void test_rss(void) {
  struct ks_feed f;
  ks_feed_init(&f);
  parse_ok(rss, "https://example.org/feed.xml", &f, "RSS 2.0 read");
  INT_EQ(f.kind, KS_FEED_RSS, "kind");
  STR_EQ(f.title, "The Ledger", "channel title, white space folded");
  STR_EQ(f.link, "https://example.org/", "channel link resolved");
  STR_EQ(f.description, "News & more", "entities decoded");
  STR_EQ(f.language, "en-gb", "language");
  STR_EQ(f.author, "The Desk", "itunes:author");
  STR_EQ(f.image, "https://example.org/c.png", "itunes:image");
  INT_EQ(f.n_items, 4, "items");
  if (f.n_items == 4) {
    STR_EQ(f.items[0].link, "https://example.org/a/1.html",
           "relative link resolved against the feed");
    STR_EQ(f.items[0].guid, "tag:x:1", "guid");
    INT_EQ(f.items[0].date, 1733206620, "pubDate");
    STR_EQ(f.items[0].description, "<p>Hi & bye</p>", "CDATA kept as text");
    STR_EQ(f.items[1].link, "https://other.example/b/2.html", "xml:base");
    INT_EQ(f.items[1].date, 1733206620, "dc:date");
    STR_EQ(f.items[2].link, "https://example.org/3",
           "a permalink guid is the link");
    OK(f.items[3].link == NULL, "no link, no permalink: none");
    INT_EQ(f.items[3].date, 0, "an unreadable date is none");
    STR_EQ(f.items[3].date_text, "someday", "but kept as written");
  }
  ks_feed_free(&f);
}

static void test_atom_rdf(void) {
  struct ks_feed f;
  ks_feed_init(&f);
  parse_ok(atom, "https://example.de/feed", &f, "Atom read");
  INT_EQ(f.kind, KS_FEED_ATOM, "kind");
  STR_EQ(f.title, "Blatt", "title");
  STR_EQ(f.description, "Nachrichten", "subtitle");
  STR_EQ(f.language, "de", "xml:lang");
  STR_EQ(f.author, "Redaktion", "author");
  STR_EQ(f.link, "https://example.de/", "the alternate link, not self");
  INT_EQ(f.n_items, 2, "entries");
  if (f.n_items == 2) {
    STR_EQ(f.items[0].link, "https://example.de/news/eins.html",
           "alternate link, against xml:base; not the enclosure");
    INT_EQ(f.items[0].date, 1733206620, "updated when no published");
    STR_EQ(f.items[0].description, "Kurz", "summary");
    STR_EQ(f.items[1].link, "https://example.de/news/zwei", "no rel");
    INT_EQ(f.items[1].date, 1733120220, "published over updated");
  }
  parse_ok(rdf, "https://e.org/rss", &f, "RSS 1.0 read");
  INT_EQ(f.kind, KS_FEED_RDF, "kind");
  STR_EQ(f.title, "RDF", "title");
  INT_EQ(f.n_items, 1, "items");
  if (f.n_items == 1)
    INT_EQ(f.items[0].date, 1733184000, "dc:date");
  ks_feed_free(&f);
}

static void test_broken(void) {
  static const char amp[] = "<rss version=\"2.0\"><channel><title>A & B"
                            "</title><item><title>x</title><link>https://"
                            "e.org/x</link></item></channel></rss>";
  static const char cut[] = "<rss version=\"2.0\"><channel><title>T</title>"
                            "<item><title>x</title><link>https://e.org/x"
                            "</link></item><item><title>y";
  static const char xxe[] =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
      "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;"
      "</title></channel></rss>";
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_feed f;
  ks_feed_init(&f);
  parse_ok(amp, "https://e.org/f", &f, "a stray & is recovered from");
  INT_EQ(f.n_items, 1, "... keeping the item");
  parse_ok(cut, "https://e.org/f", &f, "a feed cut short is recovered");
  OK(f.n_items >= 1, "... keeping the items before the cut");
  parse_ok(xxe, "https://e.org/f", &f, "an external entity");
  OK(!f.title || !strstr(f.title, "root:"), "... is not loaded");
  INT_EQ(ks_feed_parse("<urlset><url/></urlset>", 23, "s.xml", &f, &err),
         KS_ERR_HTML, "a sitemap is not a feed");
  OK(strstr(err.msg, "root element is <urlset>") != NULL, err.msg);
  INT_EQ(ks_feed_parse("<rss/>", 6, "r.xml", &f, &err), KS_ERR_HTML,
         "rss without a channel");
  OK(strstr(err.msg, "no <channel>") != NULL, err.msg);
  INT_EQ(ks_feed_parse("hello", 5, "h.txt", &f, &err), KS_ERR_HTML,
         "not XML at all");
  ks_feed_free(&f);
}

static void test_urls_sniff(void) {
  static const char list[] = "# my reading list\n\n"
                             "https://e.org/a\n"
                             "  http://e.org/b   # from Ann\n"
                             "HTTPS://E.org/c\r\n";
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_feed f;
  ks_feed_init(&f);
  INT_EQ(ks_feed_urls(list, strlen(list), "l.txt", &f, &err), KS_OK,
         "a list of URLs");
  INT_EQ(f.n_items, 3, "three URLs");
  if (f.n_items == 3) {
    STR_EQ(f.items[1].link, "http://e.org/b", "comment and space dropped");
    STR_EQ(f.items[2].link, "HTTPS://E.org/c", "CR dropped");
  }
  INT_EQ(ks_feed_urls("https://e.org/a\nnot a url\n", 26, "l.txt", &f, &err),
         KS_ERR_USAGE, "a line that is no URL");
  OK(strstr(err.msg, "l.txt:2:") != NULL, err.msg);
  ks_feed_free(&f);
  INT_EQ(ks_feed_sniff(rss, strlen(rss)), KS_SNIFF_XML, "RSS is XML");
  INT_EQ(ks_feed_sniff("\xEF\xBB\xBF  <feed>", 13), KS_SNIFF_XML, "BOM, space");
  INT_EQ(ks_feed_sniff("<!DOCTYPE html><html>", 21), KS_SNIFF_HTML, "HTML");
  INT_EQ(ks_feed_sniff("<?xml version=\"1.0\"?><!-- x --><html>", 37),
         KS_SNIFF_HTML, "XHTML");
  INT_EQ(ks_feed_sniff(list, strlen(list)), KS_SNIFF_URLS, "a URL list");
  INT_EQ(ks_feed_sniff("Dear reader,\n", 13), KS_SNIFF_OTHER, "prose");
  INT_EQ(ks_feed_sniff("# only a comment\n", 17), KS_SNIFF_OTHER,
         "comments alone");
}

/* A feed from the web names web pages only: links to this machine's files
 * or other schemes, and links that do not resolve, are dropped. */
static void test_local_links(void) {
  static const char xml[] =
      "<rss version=\"2.0\"><channel><title>T</title>"
      "<item><title>a</title><link>file:///etc/passwd</link></item>"
      "<item><title>b</title><link>/tmp/sec ret/a.html</link></item>"
      "<item><title>c</title><link>javascript:alert(1)</link></item>"
      "<item><title>d</title><link>/news/d.html</link></item>"
      "</channel></rss>";
  struct ks_feed f;
  ks_feed_init(&f);
  parse_ok(xml, "http://example.org/feed.xml", &f, "a feed with local links");
  INT_EQ(f.n_items, 4, "four items");
  if (f.n_items == 4) {
    OK(f.items[0].link == NULL, "file:// dropped");
    OK(f.items[1].link == NULL || !strncmp(f.items[1].link, "http://", 7),
       "a path that does not resolve is not read from disk");
    OK(f.items[2].link == NULL, "javascript: dropped");
    STR_EQ(f.items[3].link, "http://example.org/news/d.html",
           "a relative link is the site's");
  }
  ks_feed_free(&f);
  ks_feed_init(&f);
  parse_ok(xml, "tests/feed.xml", &f, "the same feed from a file");
  if (f.n_items == 4)
    OK(f.items[3].link && strstr(f.items[3].link, "news/d.html"),
       "a file's feed may name files");
  ks_feed_free(&f);
}

int main(void) {
  test_rss();
  test_atom_rdf();
  test_broken();
  test_urls_sniff();
  test_local_links();
  return t_summary("test_feed");
}
