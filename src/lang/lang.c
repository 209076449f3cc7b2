/* lang.c - the languages kispeak has tables for, and lookups in them.
 * SPDX-License-Identifier: MIT
 */
#include "lang.h"
#include "ascii.h"
#include "language.h"
#include "utf8.h"

#include <string.h>

/* A language with rules of its own, by its primary subtag. */
static const struct ks_lang *const known[] = {&ks_lang_en, &ks_lang_de,
                                              &ks_lang_uk};

/* What is language-neutral is all a language without tables gets: its
 * text goes to espeak-ng's voice for it as written. */
const struct ks_lang ks_lang_neutral = {
    .tag = "",
    .rules = KS_RULES_NEUTRAL,
};

const struct ks_lang *ks_lang_get(const char *tag) {
  if (!tag || !*tag)
    return &ks_lang_en; /* nothing says otherwise: the default voice's */
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (ks_same_language(tag, known[i]->tag))
      return known[i];
  return &ks_lang_neutral;
}

uint32_t ks_lang_lower(uint32_t c) {
  if (c < 0x80)
    return (uint32_t)ks_to_lower((int)c);
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x410 && c <= 0x42F))
    return c + 0x20;
  if (c >= 0x400 && c <= 0x40F)
    return c + 0x50;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) ||
      (c >= 0x460 && c <= 0x4FF && !(c >= 0x482 && c <= 0x489)))
    return c | 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
    return c % 2 ? c + 1 : c;
  return c;
}

bool ks_lang_is_upper(uint32_t c) { return ks_lang_lower(c) != c; }

// The next code point of s[*i..n), or U+FFFD for an ill-formed sequence.
static uint32_t next_cp(const char *s, size_t n, size_t *i) {
  uint32_t cp;
  size_t k = ks_utf8_decode(s + *i, n - *i, &cp);
  *i += k ? k : 1;
  return cp == KS_UTF8_BAD ? 0xFFFD : cp;
}

int ks_lang_cmp_folded(const char *word, size_t len, const char *s) {
  size_t i = 0, j = 0, m = 0;
  /* letters of ASCII compared as they stand (most of every search), the
   * rest decoded; s's length is counted only then */
  while (i < len && s[j]) {
    unsigned char x = (unsigned char)word[i], y = (unsigned char)s[j];
    uint32_t a, b;
    if (x < 0x80 && y < 0x80) {
      a = (uint32_t)ks_to_lower(x);
      b = (uint32_t)ks_to_lower(y);
      i++;
      j++;
    } else {
      if (!m)
        m = j + strlen(s + j);
      a = ks_lang_lower(next_cp(word, len, &i));
      b = ks_lang_lower(next_cp(s, m, &j));
    }
    if (a != b)
      return a < b ? -1 : 1;
  }
  if (i < len)
    return 1;
  return s[j] ? -1 : 0;
}

const struct ks_bible_book *ks_lang_bible_book(const struct ks_lang *lang,
                                               const char *w, size_t len) {
  for (size_t i = 0; i < lang->n_bible; i++)
    if (strlen(lang->bible[i].ab) == len && !memcmp(w, lang->bible[i].ab, len))
      return &lang->bible[i];
  return NULL;
}

const struct ks_abbrev *ks_lang_abbrev(const struct ks_lang *lang,
                                       const char *word, size_t len) {
  size_t lo = 0, hi = lang->n_abbrevs;

  /* Lower bound of the entries equal to word once case is folded; the
   * exact spelling, if any, is among them. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ks_lang_cmp_folded(word, len, lang->abbrevs[mid].word) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t i = lo; i < lang->n_abbrevs &&
                      ks_lang_cmp_folded(word, len, lang->abbrevs[i].word) == 0;
       i++)
    if (!memcmp(lang->abbrevs[i].word, word, len))
      return &lang->abbrevs[i];
  if (lo < lang->n_abbrevs &&
      ks_lang_cmp_folded(word, len, lang->abbrevs[lo].word) == 0)
    return &lang->abbrevs[lo];
  return NULL;
}

bool ks_lang_street_type(const struct ks_lang *lang, const char *w,
                         size_t len) {
  /* (the first letters compared before any length is counted) */
  if (len == 0)
    return false;
  for (size_t i = 0; i < lang->n_streets; i++)
    if (ks_to_lower((unsigned char)*w) ==
            ks_to_lower((unsigned char)lang->streets[i].written[0]) &&
        strlen(lang->streets[i].written) == len &&
        ks_mem_eq_ci(w, lang->streets[i].written, len))
      return true;
  if (!ks_is_upper((unsigned char)*w))
    return false;
  for (size_t i = 0; i < lang->n_street_names; i++)
    if (ks_to_lower((unsigned char)*w) ==
            ks_to_lower((unsigned char)lang->street_names[i][0]) &&
        strlen(lang->street_names[i]) == len &&
        ks_mem_eq_ci(w, lang->street_names[i], len))
      return true;
  return false;
}

bool ks_lang_in_list(const char *const *list, size_t n, const char *word,
                     size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *s = list[mid];
    int c = strncmp(s, word, len);
    if (c == 0)
      c = s[len] ? 1 : 0;
    if (c == 0)
      return true;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}
