/* publish.h - feed.xml, its archive pages and the cover, written from the
 * state (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_PUBLISH_H
#define KS_PUBLISH_H

#include "podcast/cover.h"
#include "podcast/state.h"

struct ks_published {
  size_t episodes, archives;
  bool feed_changed;
};

/** Write dir/feed.xml (the newest page_size episodes), dir/archive/page-K.xml
 *  (the older ones, page_size a page, oldest first, RFC 5005) and the
 *  cover, from the state's settings (base_url, title...: the first source's
 *  channel fills what is unset) and its published episodes. A file whose
 *  bytes would not change is not written again. Then files of episodes
 *  that were spoken again are removed. drawing (or NULL) is a cover that
 *  ks_publish_cover_start() started, taken over. Fails with KS_ERR_USAGE
 *  (no base URL), KS_ERR_IO or the writer's failure. */
KS_NODISCARD enum ks_status ks_publish(struct ks_state *s, const char *dir,
                                       struct ks_cover_job *drawing,
                                       struct ks_published *out,
                                       struct ks_error *err);

/** Start drawing the cover that ks_publish() would draw (the show has no
 *  image, and the one drawn is missing or has another title) in a process
 *  of its own, to be handed to ks_publish() as drawing; *out is NULL when
 *  there is none to draw. Fails with KS_ERR_IO (no process). */
KS_NODISCARD enum ks_status ks_publish_cover_start(struct ks_state *s,
                                                   const char *dir,
                                                   struct ks_cover_job **out,
                                                   struct ks_error *err);

#endif
