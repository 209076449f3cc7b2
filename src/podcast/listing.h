/* listing.h - what one SOURCE lists this run: a feed's items (when it
 * changed), an article, or a file of URLs (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_LISTING_H
#define KS_LISTING_H

#include "podcast/feed.h"
#include "podcast/state.h"

struct ks_listing {
  bool changed;                  /* its items are to be looked at again */
  struct ks_feed feed;           /* its channel and items (none when it
                                    has not changed) */
  struct ks_state_source record; /* to keep once its items are kept: kind,
                                    validators, hash, channel */
};

void ks_listing_init(struct ks_listing *l);
void ks_listing_free(struct ks_listing *l);

/** Read the source called name: an http(s) URL or a file ("-" for
 *  standard input with urls). urls says it is a file of URLs (--urls).
 *  A URL is asked for with the validators the state has for it, and a feed
 *  that answers 304, or the same bytes, has not changed; a page (HTML) is
 *  one article, which is always looked at (the worker asks for it
 *  conditionally). Fails with KS_ERR_FETCH, KS_ERR_IO, KS_ERR_USAGE (a bad
 *  line in a file of URLs) or KS_ERR_HTML (not a feed, a page or a list of
 *  URLs). */
KS_NODISCARD enum ks_status
ks_listing_read(struct ks_state *s, const char *name, bool urls, long timeout_s,
                struct ks_listing *l, struct ks_error *err);

#endif
