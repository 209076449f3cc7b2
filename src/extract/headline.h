/* headline.h - the headline printed just before a story (internal).
 * SPDX-License-Identifier: MIT
 *
 * Old pages and wire feeds often give the site's name as the page's title
 * ("Premier League Tips and Odds") or none at all, and print the story's
 * headline as plain text a few lines above its first paragraph, between a
 * section label, a date and a byline. These find that line and decide
 * whether it names the story better than the title found so far.
 */
#ifndef KS_HEADLINE_H
#define KS_HEADLINE_H

#include "buf.h"

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

/** The nearest line before the element first (the story's first
 *  paragraph) that reads as a headline, into out (cleared first): a few
 *  words, no closing stop, not a byline, a date, a credit or a link
 *  list. Looks back over at most a dozen lines; out is left empty when
 *  none reads so. */
void ks_headline_before(xmlNode *first, struct ks_buf *out);

/** The part of a page's <title> (split at " | ", " - " and their kin)
 *  that reads as a headline: three words or more, one in small letters,
 *  and a word shared with the lead; into out (cleared first; empty when
 *  the title has one part only or none reads so). ks_headline_better then
 *  decides. */
void ks_headline_title_part(const char *title, size_t n, const char *lead,
                            size_t lead_len, struct ks_buf *out);

/** Whether p[0..n) reads as a headline (the test ks_headline_before
 *  puts each line to), whole. */
bool ks_headline_reads(const char *p, size_t n);

/** Whether the headline found, cand, should replace title: the lead
 *  (the story's opening paragraphs) shares a word of the headline's, and
 *  the title is empty or shares none with the lead nor with cand (a
 *  site's name or a section's). */
bool ks_headline_better(const char *cand, size_t cand_len, const char *title,
                        size_t title_len, const char *lead, size_t lead_len);

#endif
