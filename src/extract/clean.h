/* clean.h - furniture among the article's blocks, found by their words
 * (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_CLEAN_H
#define KS_CLEAN_H

#include "kispeak.h"

/** Decide which of body's blocks (text folded as ks_doc_add_block folds it)
 *  are the article: keep[i] is set false for furniture. title is the
 *  headline and site the site's name, or "". live says the page is a live blog,
 * whose updates open with their time. Dropped: a repeat of the headline or the
 * site's name, bylines, datelines and credits before the first paragraph or
 * after the last; photo captions and credits; "Read also", "Related:", "Scroll
 * down for video", "Last updated", comment, newsletter, donation and copyright
 * lines; embedded social posts ("— Jane Doe (@janedoe) May 2, 2021", picture
 * links) with the quotation that holds their text; wire credits ("Reporting
 * by ..."), disclaimers, shopping and "Follow us" lines; a sign-off after the
 * article ("--A. Reporter"); a block that repeats text found in another (a
 * pull quote; said once). why (may be NULL) gets a short reason for each
 * block dropped ("caption", "social post", ...), NULL for a kept one.
 */
void ks_clean_blocks(const struct ks_doc *body, const char *title,
                     const char *site, bool live, bool *keep, const char **why);

/** After ks_segment: the sentences that point at what the page shows
 *  ("You can watch the video below.") are taken out of doc->sents and
 *  listed in doc->dropped ("pointer"). */
void ks_clean_sentences(struct ks_doc *doc);

/* Whether a and b are the same in their ASCII letters and digits,
 * whatever signs outside ASCII and spaces lie between them: "Bradford
 * could be \xC2\xA315m Olympic loser" and a title that lost its pound sign;
 * twelve letters at least. */
bool ks_clean_same_letters(const char *a, size_t an, const char *b, size_t bn);

/** Whether two texts are the same but for case, spacing and punctuation. */
bool ks_clean_same_text(const char *a, size_t an, const char *b, size_t bn);

/** Whether a block says the rest of the article is behind a paywall or a
 *  sign-in ("Subscribe to continue reading"). */
bool ks_clean_paywall_line(const char *text, size_t len);

/** Words in the kept blocks. */
size_t ks_clean_words(const struct ks_doc *body, const bool *keep);

#endif
