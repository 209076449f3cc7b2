/* utf8.h - the one UTF-8 decoder (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_UTF8_H
#define KS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What ks_utf8_decode gives for an ill-formed sequence: not a code point. */
#define KS_UTF8_BAD 0xFFFFFFFFu

/** Decode the sequence at s (n > 0 bytes left) into *cp and return its
 *  length. An ill-formed sequence (a stray continuation byte, C0, C1, F5..FF,
 *  an overlong form, a surrogate, a code point above U+10FFFF, a sequence cut
 *  short) sets *cp to KS_UTF8_BAD and returns the length of its maximal
 *  ill-formed prefix, at least 1: each such prefix stands for one U+FFFD, as
 *  Unicode recommends and browsers do. */
size_t ks_utf8_decode(const char *s, size_t n, uint32_t *cp);

/** Length of the well-formed sequence at s (n > 0 bytes left), or 0. */
static inline size_t ks_utf8_len(const char *s, size_t n) {
  uint32_t cp;
  size_t k = ks_utf8_decode(s, n, &cp);
  return cp == KS_UTF8_BAD ? 0 : k;
}

/** Whether s[0..n) is well-formed UTF-8. */
bool ks_utf8_valid(const char *s, size_t n);

/** Write cp (at most U+10FFFF, not a surrogate) as UTF-8 into out; returns
 *  its length, 1 to 4. */
size_t ks_utf8_encode(uint32_t cp, char out[4]);

/** How many code points s[0..n) holds; each ill-formed prefix counts one. */
size_t ks_utf8_count(const char *s, size_t n);

/** The letter without its marks of the code point cp, written at
 *  s[at..at+len) of s[0..end), where espeak-ng's English voice would read
 *  its code ("Nguyễn"'s "ễ", "Ș"; an accented capital inside a run of
 *  capitals, "RTÉ"), or 0 where the voice says it. */
char ks_utf8_plain_letter(const char *s, size_t at, size_t len, size_t end,
                          uint32_t cp);

#endif
