/* synth.h - the markup synth.c gives espeak-ng, for its tests.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_SYNTH_H
#define KS_SYNTH_H

#include "buf.h"

#include <stddef.h>

/** The SSML that the voice `voice` ("en-us") is given for the speech
 *  t[0..n) of one utterance, with no quotation's pitch: runs of another
 *  writing system and names with a letter of another language in their
 *  own voice, and when `region` (a voice) is not NULL the names of the
 *  site's country that are no English words in that voice; the
 *  utterance's voice opened again after each. */
void ks_synth_markup(const char *t, size_t n, const char *voice,
                     const char *region, struct ks_buf *out);

#endif
