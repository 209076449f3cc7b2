/* ascii.h - locale-independent ASCII character classes and case helpers.
 * SPDX-License-Identifier: MIT
 *
 * The one set for the whole program: <ctype.h> depends on the locale and is
 * undefined for negative chars, and every stage reads bytes of UTF-8 in which
 * only ASCII has case rules that kispeak relies on.
 */
#ifndef KS_ASCII_H
#define KS_ASCII_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static inline bool ks_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool ks_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool ks_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool ks_is_alpha(int c) {
  return ks_is_upper(c) || ks_is_lower(c);
}
static inline bool ks_is_alnum(int c) {
  return ks_is_alpha(c) || ks_is_digit(c);
}
/* Space, tab, line feed, carriage return, form feed, vertical tab. */
static inline bool ks_is_space(int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline bool ks_is_xdigit(int c) {
  return ks_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Whether a score ("70-44": one to three figures, a dash, one to three
 * figures) is the first number standing alone among the next `words`
 * words of p[0..end): a results list's "Palm Bay d. Rockledge 70-44", read
 * alike by the segmenter and the normaliser. */
static inline bool ks_score_ahead(const char *p, const char *end, int words) {
  for (const char *c = p; c < end && words >= 0; c++) {
    const char *d = c, *e;
    if (*c == ' ')
      words--;
    if (!ks_is_digit((unsigned char)*c) ||
        (c > p && ks_is_alnum((unsigned char)c[-1])))
      continue;
    while (d < end && ks_is_digit((unsigned char)*d))
      d++;
    if (d - c > 3 || d >= end - 1 || *d != '-')
      return false;
    for (e = d + 1; e < end && ks_is_digit((unsigned char)*e); e++)
      ;
    return e - (d + 1) >= 1 && e - (d + 1) <= 3;
  }
  return false;
}
static inline int ks_to_lower(int c) { return ks_is_upper(c) ? c + 32 : c; }
static inline int ks_to_upper(int c) { return ks_is_lower(c) ? c - 32 : c; }

/* Whether n bytes of a and b are equal with ASCII letters folded. */
static inline bool ks_mem_eq_ci(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (ks_to_lower((unsigned char)a[i]) != ks_to_lower((unsigned char)b[i]))
      return false;
  return true;
}

/* Whether the strings a and b are equal with ASCII letters folded. */
static inline bool ks_eq_ci(const char *a, const char *b) {
  size_t n = strlen(a);
  return n == strlen(b) && ks_mem_eq_ci(a, b, n);
}

/* Whether s starts with prefix, ASCII letters folded. */
static inline bool ks_starts_ci(const char *s, const char *prefix) {
  size_t n = strlen(prefix);
  return strlen(s) >= n && ks_mem_eq_ci(s, prefix, n);
}

/* Whether s ends with suffix, ASCII letters folded. */
static inline bool ks_ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && ks_mem_eq_ci(s + n - k, suffix, k);
}

#endif
