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

#endif
