/* cover.h - a show's cover art when it has none: a 1400x1400 PNG with its
 * title, drawn with cairo (internal; the only file that uses cairo).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_COVER_H
#define KS_COVER_H

#include "kispeak.h"

#define KS_COVER_SIZE 1400 /* pixels a side: Apple asks 1400 to 3000 */

/** Draw the cover for title (and a smaller line, byline, which may be NULL)
 *  and write it to path as an RGB PNG, by the safe file writer's rules.
 *  Fails with KS_ERR_IO (cairo's message) or the writer's failure. */
KS_NODISCARD enum ks_status ks_cover_draw(const char *path, const char *title,
                                          const char *byline,
                                          struct ks_error *err);


/* A cover being drawn in a process of its own. */
struct ks_cover_job;

/** Start drawing as ks_cover_draw() does and return at once; *out is then
 *  to be given to ks_cover_finish(). Fails with KS_ERR_IO (no process). */
KS_NODISCARD enum ks_status ks_cover_start(const char *path, const char *title,
                                           const char *byline,
                                           struct ks_cover_job **out,
                                           struct ks_error *err);

/** Whether j draws title to path. */
bool ks_cover_job_is(const struct ks_cover_job *j, const char *path,
                     const char *title);

/** Wait for j (NULL: nothing to wait for) and free it; its result as
 *  ks_cover_draw() gives it. */
KS_NODISCARD enum ks_status ks_cover_finish(struct ks_cover_job *j,
                                            struct ks_error *err);
#endif
