/* rss.c - the feed a podcast app reads: RSS 2.0 with the itunes and
 * Podcasting 2.0 namespaces, and RFC 5005 archive pages.
 * SPDX-License-Identifier: MIT
 *
 * What each element is for: Apple's podcast RSS requirements (title, link,
 * description, language, itunes:image, itunes:category, itunes:explicit,
 * enclosure with length and type, guid, pubDate), the Podcasting 2.0
 * namespace (podcast:guid, locked, transcript, chapters,
 * alternateEnclosure), RSS's content module (content:encoded, the
 * description as HTML with a link to the read-along page), and RFC 5005
 * section 4 for the archives.
 */
#include "podcast/rss.h"
#include "podcast/ident.h"
#include "podcast/when.h"
#include "escape.h"

#include <stdlib.h>
#include <string.h>

static void put(struct ks_buf *out, const char *s) {
  ks_xml_put(out, s, strlen(s), false);
}

static void put_attr(struct ks_buf *out, const char *s) {
  ks_xml_put(out, s, strlen(s), true);
}

// <name>text</name> on its own line, when text is set.
static void element(struct ks_buf *out, const char *indent, const char *name,
                    const char *text) {
  if (!text || !*text)
    return;
  ks_buf_printf(out, "%s<%s>", indent, name);
  put(out, text);
  ks_buf_printf(out, "</%s>\n", name);
}

void ks_rss_url(struct ks_buf *out, const struct ks_show *show,
                const char *path) {
  ks_buf_puts(out, show->base_url);
  ks_buf_puts(out, path);
}

// <atom:link rel="..." href="..."/>, when href is set.
static void atom_link(struct ks_buf *out, const char *rel, const char *href,
                      const char *type) {
  if (!href)
    return;
  ks_buf_printf(out, "    <atom:link rel=\"%s\" href=\"", rel);
  put_attr(out, href);
  ks_buf_puts(out, "\"");
  if (type)
    ks_buf_printf(out, " type=\"%s\"", type);
  ks_buf_puts(out, "/>\n");
}

/* itunes:category, with a subcategory after a '/' ("News/Daily News"). */
static void category(struct ks_buf *out, const char *c) {
  const char *slash = strchr(c, '/');
  struct ks_buf top = KS_BUF_INIT;
  ks_buf_put(&top, c, slash ? (size_t)(slash - c) : strlen(c));
  ks_buf_puts(out, "    <itunes:category text=\"");
  put_attr(out, top.ptr);
  if (slash) {
    ks_buf_puts(out, "\">\n      <itunes:category text=\"");
    put_attr(out, slash + 1);
    ks_buf_puts(out, "\"/>\n    </itunes:category>\n");
  } else {
    ks_buf_puts(out, "\"/>\n");
  }
  ks_buf_free(&top);
}

void ks_rss_head(struct ks_buf *out, const struct ks_show *show,
                 const struct ks_rss_page *page, int64_t newest) {
  struct ks_buf feed = KS_BUF_INIT, b = KS_BUF_INIT;
  char guid[KS_UUID_LEN + 1];
  ks_rss_url(&feed, show, "feed.xml");
  ks_ident_show_guid(feed.ptr, guid);
  ks_buf_puts(out,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<rss version=\"2.0\""
              " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
              " xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""
              " xmlns:atom=\"http://www.w3.org/2005/Atom\""
              " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
              " xmlns:fh=\"http://purl.org/syndication/history/1.0\">\n"
              "  <channel>\n");
  element(out, "    ", "title", show->title);
  element(out, "    ", "link", show->link ? show->link : show->base_url);
  element(out, "    ", "description",
          show->description && *show->description ? show->description
                                                  : show->title);
  element(out, "    ", "language", show->language);
  element(out, "    ", "generator", "kispeak " KS_VERSION);
  if (newest) {
    ks_when_put_rfc2822(newest, &b);
    element(out, "    ", "pubDate", b.ptr);
  }
  atom_link(out, "self", page->self, "application/rss+xml");
  atom_link(out, "current", page->current, "application/rss+xml");
  atom_link(out, "prev-archive", page->prev_archive, "application/rss+xml");
  atom_link(out, "next-archive", page->next_archive, "application/rss+xml");
  if (page->current)
    ks_buf_puts(out, "    <fh:archive/>\n");
  element(out, "    ", "itunes:author", show->author);
  if (show->owner && *show->owner) {
    ks_buf_puts(out, "    <itunes:owner>\n");
    element(out, "      ", "itunes:name", show->author);
    element(out, "      ", "itunes:email", show->owner);
    ks_buf_puts(out, "    </itunes:owner>\n");
  }
  if (show->image) {
    ks_buf_puts(out, "    <itunes:image href=\"");
    put_attr(out, show->image);
    ks_buf_puts(out, "\"/>\n    <image>\n");
    element(out, "      ", "url", show->image);
    element(out, "      ", "title", show->title);
    element(out, "      ", "link", show->link ? show->link : show->base_url);
    ks_buf_puts(out, "    </image>\n");
  }
  if (show->category && *show->category)
    category(out, show->category);
  element(out, "    ", "itunes:explicit",
          show->explicit_content ? "true" : "false");
  element(out, "    ", "itunes:type", "episodic");
  element(out, "    ", "podcast:guid", guid);
  if (show->owner && *show->owner) {
    ks_buf_puts(out, "    <podcast:locked owner=\"");
    put_attr(out, show->owner);
    ks_buf_printf(out, "\">%s</podcast:locked>\n", show->locked ? "yes" : "no");
  } else {
    element(out, "    ", "podcast:locked", show->locked ? "yes" : "no");
  }
  ks_buf_free(&feed);
  ks_buf_free(&b);
}

// A companion of the episode, by its stem: "<stem><ext>" as a URL.
static void companion(struct ks_buf *out, const struct ks_show *show,
                      const char *stem, const char *ext) {
  ks_rss_url(out, show, stem);
  ks_buf_puts(out, ext);
}

/* podcast:alternateEnclosure for an extra format: its type (with the codec
 * for Ogg, whose type does not tell Vorbis from Opus), length, bit rate and
 * where it is. */
static void alternate(struct ks_buf *out, const struct ks_show *show,
                      const struct ks_state_file *f, double seconds) {
  struct ks_buf url = KS_BUF_INIT;
  ks_rss_url(&url, show, f->path);
  ks_buf_puts(out, "      <podcast:alternateEnclosure type=\"");
  put_attr(out, f->mime);
  ks_buf_printf(out, "\" length=\"%llu\"", (unsigned long long)f->bytes);
  if (seconds > 0)
    ks_buf_printf(out, " bitrate=\"%.0f\"", (double)f->bytes * 8 / seconds);
  if (!strcmp(f->format, "opus") || !strcmp(f->format, "ogg"))
    ks_buf_printf(out, " codecs=\"%s\"",
                  !strcmp(f->format, "opus") ? "opus" : "vorbis");
  ks_buf_printf(out, " title=\"%s\">\n        <podcast:source uri=\"",
                f->format);
  put_attr(out, url.ptr);
  ks_buf_puts(out, "\"/>\n      </podcast:alternateEnclosure>\n");
  ks_buf_free(&url);
}

/* The description, and the read-along page linked from it: in plain text
 * (apps that show description as text turn the URL into a link) and as
 * HTML in content:encoded (apps that render HTML). */
static void description(struct ks_buf *out, const struct ks_show *show,
                        const struct ks_state_item *it) {
  const char *text = it->description ? it->description : it->title;
  struct ks_buf url = KS_BUF_INIT, d = KS_BUF_INIT, html = KS_BUF_INIT;
  if (!it->stem) {
    element(out, "      ", "description", text);
    return;
  }
  companion(&url, show, it->stem, ".html");
  if (text && *text)
    ks_buf_printf(&d, "%s\n\n", text);
  ks_buf_printf(&d, "Read along with the text: %s", url.ptr);
  element(out, "      ", "description", d.ptr);
  if (it->description && strchr(it->description, '<')) {
    ks_buf_puts(&html, text); /* the source's own HTML, as it is */
  } else if (text && *text) {
    ks_buf_puts(&html, "<p>");
    ks_xml_put(&html, text, strlen(text), false);
    ks_buf_puts(&html, "</p>");
  }
  ks_buf_puts(&html, "<p><a href=\"");
  ks_xml_put(&html, url.ptr, url.len, true);
  ks_buf_puts(&html, "\">Read along with the text</a></p>");
  element(out, "      ", "content:encoded", html.ptr);
  ks_buf_free(&url);
  ks_buf_free(&d);
  ks_buf_free(&html);
}

void ks_rss_item(struct ks_buf *out, const struct ks_show *show,
                 const struct ks_state_item *it) {
  struct ks_buf b = KS_BUF_INIT;
  ks_buf_puts(out, "    <item>\n");
  element(out, "      ", "title", it->title ? it->title : it->url);
  element(out, "      ", "link", it->url);
  ks_buf_puts(out, "      <guid isPermaLink=\"false\">");
  put(out, it->guid);
  ks_buf_puts(out, "</guid>\n");
  ks_when_put_rfc2822(it->pub, &b);
  element(out, "      ", "pubDate", b.ptr);
  description(out, show, it);
  if (it->n_files) {
    const struct ks_state_file *f = &it->files[0];
    ks_buf_clear(&b);
    ks_rss_url(&b, show, f->path);
    ks_buf_puts(out, "      <enclosure url=\"");
    put_attr(out, b.ptr);
    ks_buf_printf(out, "\" length=\"%llu\" type=\"",
                  (unsigned long long)f->bytes);
    put_attr(out, f->mime);
    ks_buf_puts(out, "\"/>\n");
  }
  ks_buf_printf(out, "      <itunes:duration>%.0f</itunes:duration>\n",
                it->seconds);
  ks_buf_puts(out, "      <itunes:episodeType>full</itunes:episodeType>\n");
  if (it->stem) {
    static const struct {
      const char *ext, *type, *rel;
    } companions[] = {{".vtt", "text/vtt", "captions"},
                      {".txt", "text/plain", NULL}};
    for (size_t i = 0; i < 2; i++) {
      ks_buf_clear(&b);
      companion(&b, show, it->stem, companions[i].ext);
      ks_buf_puts(out, "      <podcast:transcript url=\"");
      put_attr(out, b.ptr);
      ks_buf_printf(out, "\" type=\"%s\"", companions[i].type);
      if (show->language && *show->language) {
        ks_buf_puts(out, " language=\"");
        put_attr(out, show->language);
        ks_buf_puts(out, "\"");
      }
      if (companions[i].rel)
        ks_buf_printf(out, " rel=\"%s\"", companions[i].rel);
      ks_buf_puts(out, "/>\n");
    }
    ks_buf_clear(&b);
    companion(&b, show, it->stem, ".chapters.json");
    ks_buf_puts(out, "      <podcast:chapters url=\"");
    put_attr(out, b.ptr);
    ks_buf_puts(out, "\" type=\"application/json+chapters\"/>\n");
  }
  for (size_t i = 1; i < it->n_files; i++)
    alternate(out, show, &it->files[i], it->seconds);
  ks_buf_puts(out, "    </item>\n");
  ks_buf_free(&b);
}

void ks_rss_tail(struct ks_buf *out) {
  ks_buf_puts(out, "  </channel>\n</rss>\n");
}
