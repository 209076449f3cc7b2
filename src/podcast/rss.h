/* rss.h - the feed a podcast app reads: RSS 2.0 with the itunes and
 * Podcasting 2.0 namespaces, and RFC 5005 archive pages (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_RSS_H
#define KS_RSS_H

#include "podcast/state.h"

#define KS_RSS_PAGE 300 /* items in feed.xml at most */

/** The show, as the feed names it. Every URL is absolute. */
struct ks_show {
  const char *base_url; /* the public address of the directory, with '/' */
  const char *title, *description, *link, *language, *author;
  const char *owner;    /* an e-mail address, or NULL */
  const char *category; /* "News" or "News/Daily News" */
  const char *image;    /* the cover's URL */
  bool explicit_content;
  bool locked;
};

/** Where one document of the feed sits among the others. */
struct ks_rss_page {
  const char *self;         /* its own URL */
  const char *current;      /* an archive page: feed.xml's URL; else NULL */
  const char *prev_archive; /* the next older archive page, or NULL */
  const char *next_archive; /* the next newer one (archives only), or NULL */
};

/** The XML declaration and the channel's elements up to its first item.
 *  newest is the newest item's date (0: none). */
void ks_rss_head(struct ks_buf *out, const struct ks_show *show,
                 const struct ks_rss_page *page, int64_t newest);
/** One published episode. */
void ks_rss_item(struct ks_buf *out, const struct ks_show *show,
                 const struct ks_state_item *it);
/** The end of the channel and the document. */
void ks_rss_tail(struct ks_buf *out);

/** The file's URL: the show's base URL and path. */
void ks_rss_url(struct ks_buf *out, const struct ks_show *show,
                const char *path);

#endif
