/* test_check.c - the feed writer's output holds to every rule, and the
 * checker finds each kind of problem in feeds that break them.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/rss.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/test_check-XXXXXX";

static void put_file(const char *name, const char *data) {
  char path[300];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "w");
  if (f) {
    fputs(data, f);
    fclose(f);
  }
}

static size_t check(const char *xml, struct ks_buf *out) {
  struct ks_error err;
  size_t problems = 99;
  char path[300];
  put_file("feed.xml", xml);
  snprintf(path, sizeof path, "%s/feed.xml", dir);
  ks_buf_clear(out);
  OK(ks_podcast_check(path, out, &problems, &err) == KS_OK, "checked");
  return problems;
}

/* The writer's feed: two episodes, one with an alternate. */
static void written(struct ks_buf *doc) {
  struct ks_show show = {"https://e.org/p/",
                         "Show",
                         "About",
                         NULL,
                         "en",
                         "Desk",
                         "desk@e.org",
                         "News/Daily News",
                         "https://e.org/p/cover.png",
                         false,
                         true};
  struct ks_rss_page page = {"https://e.org/p/feed.xml", NULL, NULL, NULL};
  struct ks_state_item it;
  ks_state_item_init(&it);
  ks_rss_head(doc, &show, &page, 1733206620);
  it.guid = "89d4db22-7e31-5dee-84ef-6c11454293fb";
  it.url = "https://e.org/a?x=1&y=2";
  it.title = "A <b> & \"c\"";
  it.pub = 1733206620;
  it.seconds = 12.4;
  it.stem = "episodes/a";
  it.n_files = 2;
  snprintf(it.files[0].format, 16, "mp3");
  snprintf(it.files[0].mime, 64, "audio/mpeg");
  it.files[0].path = "episodes/a.mp3";
  it.files[0].bytes = 5;
  snprintf(it.files[1].format, 16, "opus");
  snprintf(it.files[1].mime, 64, "audio/ogg");
  it.files[1].path = "episodes/a.opus";
  it.files[1].bytes = 3;
  ks_rss_item(doc, &show, &it);
  it.guid = "99d4db22-7e31-5dee-84ef-6c11454293fb";
  it.description = "<p>Hi & bye</p>";
  it.pub = 1733206000;
  it.n_files = 1;
  ks_rss_item(doc, &show, &it);
  ks_rss_tail(doc);
}

static const struct {
  const char *from, *to, *problem;
} breaks[] = {
    {"length=\"5\"", "length=\"0\"", "not a number of bytes above 0"},
    {"length=\"5\"", "length=\"6\"", "but the file has 5 bytes"},
    {"<pubDate>Tue, 03 Dec 2024 06:06:40 +0000</pubDate>",
     "<pubDate>2024-12-03</pubDate>", "not an RFC 2822 date"},
    {"99d4db22", "89d4db22", "also an earlier item's"},
    {"<itunes:duration>12</itunes:duration>",
     "<itunes:duration>soon</itunes:duration>", "not a duration"},
    {"type=\"audio/mpeg\"", "type=\"audio/ogg\"", "is audio/mpeg by its name"},
    {"<itunes:explicit>false</itunes:explicit>", "", "itunes:explicit"},
    {"<language>en</language>", "", "channel has no <language>"},
    {"rel=\"self\"", "rel=\"alternate\"", "atom:link rel=\"self\""},
    {"<itunes:category text=\"News\">", "<itunes:category>", "itunes:category"},
    {"episodes/a.vtt", "episodes/none.vtt", "no such file"},
    {"type=\"application/json+chapters\"", "type=\"application/json\"",
     "not application/json+chapters"},
    {"Tue, 03 Dec 2024 06:06:40", "Tue, 03 Dec 2024 07:06:40", "newest first"},
    {"<podcast:locked owner=\"desk@e.org\">yes",
     "<podcast:locked owner=\"desk@e.org\">maybe", "not yes or no"},
    {"</channel>", "", "not well-formed"},
};

// The written feed with one thing changed (every occurrence).
static void broken(const struct ks_buf *doc, const char *from, const char *to,
                   struct ks_buf *out) {
  const char *p = doc->ptr, *hit;
  size_t k = strlen(from);
  ks_buf_clear(out);
  while ((hit = strstr(p, from)) != NULL) {
    ks_buf_put(out, p, (size_t)(hit - p));
    ks_buf_puts(out, to);
    p = hit + k;
  }
  ks_buf_puts(out, p);
}

int main(void) {
  struct ks_buf doc = KS_BUF_INIT, bad = KS_BUF_INIT, out = KS_BUF_INIT;
  char path[300], what[200];
  if (!mkdtemp(dir))
    return 1;
  snprintf(path, sizeof path, "%s/episodes", dir);
  mkdir(path, 0777);
  put_file("episodes/a.mp3", "12345");
  put_file("episodes/a.opus", "123");
  put_file("episodes/a.vtt", "WEBVTT\n");
  put_file("episodes/a.txt", "A.\n");
  put_file("episodes/a.chapters.json",
           "{\"version\":\"1.2.0\",\"chapters\":[]}");
  put_file("cover.png", "png");
  written(&doc);
  INT_EQ(check(doc.ptr, &out), 0, "the writer's feed has no problems");
  if (out.len)
    printf("%s", out.ptr);
  OK(strstr(doc.ptr, "A &lt;b&gt; &amp; \"c\"") != NULL, "text escaped");
  OK(strstr(doc.ptr, "<content:encoded>&lt;p&gt;A &amp;lt;b&amp;gt;") != NULL,
     "a title as the description: text in HTML in XML");
  OK(strstr(doc.ptr, "<content:encoded>&lt;p&gt;Hi &amp; bye&lt;/p&gt;&lt;p&gt;"
                     "&lt;a href=\"https://e.org/p/episodes/a.html\"&gt;") !=
         NULL,
     "the source's HTML description, escaped once, and the read-along link");
  OK(strstr(doc.ptr, "Read along with the text: "
                     "https://e.org/p/episodes/a.html</description>") != NULL,
     "the read-along page in the plain description");
  OK(strstr(doc.ptr, "href=\"https://e.org/a?x=1&amp;y=2\"") == NULL &&
         strstr(doc.ptr, "<link>https://e.org/a?x=1&amp;y=2</link>"),
     "URL escaped");
  OK(strstr(doc.ptr, "<itunes:category text=\"Daily News\"/>") != NULL,
     "a subcategory");
  OK(strstr(doc.ptr, "<podcast:guid>") != NULL &&
         strstr(doc.ptr, "podcast:alternateEnclosure type=\"audio/ogg\" "
                         "length=\"3\""),
     "podcast:guid and an alternate enclosure");
  OK(strstr(doc.ptr, "codecs=\"opus\"") != NULL, "its codec");
  for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
    broken(&doc, breaks[i].from, breaks[i].to, &bad);
    snprintf(what, sizeof what, "found: %s", breaks[i].problem);
    OK(check(bad.ptr, &out) > 0 && strstr(out.ptr, breaks[i].problem), what);
    if (!strstr(out.ptr, breaks[i].problem))
      printf("  got: %s", out.ptr);
  }
  INT_EQ(check("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", &out), 1,
         "Atom is not an RSS 2.0 podcast feed");
  {
    struct ks_error err;
    size_t n;
    OK(ks_podcast_check("/no/such/feed.xml", &out, &n, &err) == KS_ERR_IO,
       "a missing file fails");
  }
  ks_buf_free(&doc);
  ks_buf_free(&bad);
  ks_buf_free(&out);
  snprintf(path, sizeof path, "rm -rf '%s'", dir);
  if (system(path) != 0)
    OK(0, "cleanup");
  return t_summary("test_check");
}
