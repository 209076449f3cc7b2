/* language.h - the language of a run of text, from its writing system.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_LANGUAGE_H
#define KS_LANGUAGE_H

#include "kispeak.h"

/** If the text at t[0..n) starts with letters of a writing system that the
 *  language `base` (a BCP 47 tag or espeak-ng voice name) does not use, such
 *  as Cyrillic in English, returns the language to speak them in ("uk",
 *  "el", "ko" ...) and sets *run to the length of the run: those letters and
 *  whatever joins words of the same system (spaces, punctuation, digits),
 *  trimmed. Otherwise returns NULL. Latin text in another language cannot be
 *  told apart by its letters and is left to lang attributes. */
const char *ks_foreign_run(const char *t, size_t n, const char *base,
                           size_t *run);

/** If the text at t[0..n) starts with a capitalised word in Latin script
 *  that holds a letter only one other language writes ("Kołodziej",
 *  "Phương", "Pătrașcu"), with the capitalised words right after it in
 *  the same name ("Paweł Nowicki"), returns that language (an espeak-ng
 *  voice's name) and sets *run to the run's length; a name said in its own
 *  language's sounds is one a listener knows. Otherwise NULL. Only for a
 *  base language written in Latin script. */
const char *ks_foreign_name(const char *t, size_t n, const char *base,
                            size_t *run);

/** Whether two language tags share their primary subtag ("en-GB", "en"). */
bool ks_same_language(const char *a, const char *b);

#endif
