/* feed.h - what a source lists: an RSS 2.0, RSS 1.0 or Atom feed read with
 * libxml2, or a file of URLs (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_FEED_H
#define KS_FEED_H

#include "kispeak.h"

#define KS_MAX_FEED_ITEMS 100000 /* items kept of one feed */
#define KS_MAX_URLS 5000000      /* URLs kept of one list (a backfill's) */

/** One entry of a source. Strings are owned, NULL when absent. */
struct ks_feed_item {
  char *guid;        /* RSS guid or Atom id, trimmed */
  char *link;        /* the article: absolute (xml:base and the feed's own
                        address applied) */
  char *title;       /* text */
  char *description; /* as the feed gives it (may hold HTML) */
  char *date_text;   /* the date as written */
  int64_t date;      /* seconds since 1970 UTC; 0: none, or unreadable */
};

enum ks_feed_kind { KS_FEED_RSS, KS_FEED_ATOM, KS_FEED_RDF, KS_FEED_URLS };

/** A source's channel and its items, in the source's order. */
struct ks_feed {
  enum ks_feed_kind kind;
  char *title, *link, *description, *language, *image, *author;
  struct ks_feed_item *items;
  size_t n_items, cap_items;
};

void ks_feed_init(struct ks_feed *f);
void ks_feed_free(struct ks_feed *f); /* f may be reused afterwards */

/** What a source's bytes look like. */
enum ks_sniff {
  KS_SNIFF_XML,  /* XML that is not HTML: to be read as a feed */
  KS_SNIFF_HTML, /* a web page: an article */
  KS_SNIFF_URLS, /* text whose every line is a URL or a # comment */
  KS_SNIFF_OTHER
};
enum ks_sniff ks_feed_sniff(const char *data, size_t len);

/** Read RSS 2.0, RSS 1.0 or Atom from len bytes (at most KS_MAX_PAGE) at
 *  data, found at url (a URL or a file name; relative links are resolved
 *  against it, and against xml:base). libxml2 reads it in recovering mode
 *  with no network and no entity loading. Fails with KS_ERR_HTML: not XML,
 *  or XML that is not a feed ("its root element is <urlset>"). */
KS_NODISCARD enum ks_status ks_feed_parse(const char *data, size_t len,
                                          const char *url, struct ks_feed *f,
                                          struct ks_error *err);

/** Read a list of URLs (at most KS_MAX_URLS), one a line; blank lines and
 *  lines starting with # are skipped, and " #" starts a comment. Each URL
 * becomes an item with only a link. name is the file's name, for messages.
 * Fails with KS_ERR_USAGE at the first line that is not an http(s) URL
 *  ("urls.txt:3: ..."). */
KS_NODISCARD enum ks_status ks_feed_urls(const char *text, size_t len,
                                         const char *name, struct ks_feed *f,
                                         struct ks_error *err);

#endif
