/* readalong.h - what the read-along page and the EPUB share (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_READALONG_H
#define KS_READALONG_H

#include "kispeak.h"

/** The article as spoken, in (X)HTML: the headline in <h1>, the byline, then
 *  the body's paragraphs, headings, quotations and list items, every
 *  utterance i of the first n a <span class="s" id="s{i}" data-p="{para}">
 *  holding its written text. Appends to out. */
void ks_readalong_article(const struct ks_doc *doc, const struct ks_script *s,
                          size_t n, struct ks_buf *out);

#endif
