/* publish.h - feed.xml, its archive pages and the cover, written from the
 * state (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_PUBLISH_H
#define KS_PUBLISH_H

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
 *  that were spoken again are removed. Fails with KS_ERR_USAGE (no base
 *  URL), KS_ERR_IO or the writer's failure. */
KS_NODISCARD enum ks_status ks_publish(struct ks_state *s, const char *dir,
                                       struct ks_published *out,
                                       struct ks_error *err);

#endif
