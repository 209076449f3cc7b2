/* lang.c - the languages kispeak has tables for, and lookups in them.
 * SPDX-License-Identifier: MIT
 */
#include "lang.h"
#include "ascii.h"

#include <string.h>

const struct ks_lang *ks_lang_get(const char *tag) {
  (void)tag; /* only English so far */
  return &ks_lang_en;
}

/* Compare word[0..len) with the NUL-terminated s, ASCII case folded. */
static int cmp_folded(const char *word, size_t len, const char *s) {
  for (size_t i = 0; i < len; i++) {
    int a = ks_to_lower((unsigned char)word[i]),
        b = ks_to_lower((unsigned char)s[i]);
    if (b == 0 || a != b)
      return b == 0 ? 1 : a - b;
  }
  return s[len] ? -1 : 0;
}

const struct ks_abbrev *ks_lang_abbrev(const struct ks_lang *lang,
                                       const char *word, size_t len) {
  size_t lo = 0, hi = lang->n_abbrevs;

  /* Lower bound of the entries equal to word once case is folded; the
   * exact spelling, if any, is among them. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp_folded(word, len, lang->abbrevs[mid].word) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t i = lo;
       i < lang->n_abbrevs && cmp_folded(word, len, lang->abbrevs[i].word) == 0;
       i++)
    if (!memcmp(lang->abbrevs[i].word, word, len))
      return &lang->abbrevs[i];
  if (lo < lang->n_abbrevs &&
      cmp_folded(word, len, lang->abbrevs[lo].word) == 0)
    return &lang->abbrevs[lo];
  return NULL;
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
