/* utf8.c - the one UTF-8 decoder, encoder and validator.
 * SPDX-License-Identifier: MIT
 *
 * Written here: it is a few lines, and kispeak needs Unicode's "maximal
 * ill-formed prefix" rule exactly (one U+FFFD per broken sequence, as
 * browsers do), which a byte-at-a-time decoder gets wrong.
 */
#include "utf8.h"
#include "ascii.h"

size_t ks_utf8_decode(const char *s, size_t n, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned char c = p[0], lo = 0x80, hi = 0xBF;
  uint32_t v;
  size_t need;

  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
    v = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    v = c & 0x0Fu;
    if (c == 0xE0)
      lo = 0xA0; /* overlong below U+0800 */
    else if (c == 0xED)
      hi = 0x9F; /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    v = c & 0x07u;
    if (c == 0xF0)
      lo = 0x90; /* overlong below U+10000 */
    else if (c == 0xF4)
      hi = 0x8F; /* above U+10FFFF */
  } else {
    *cp = KS_UTF8_BAD; /* continuation byte, C0, C1, F5..FF */
    return 1;
  }
  for (size_t i = 1; i < need; i++) {
    if (i >= n || p[i] < lo || p[i] > hi) {
      *cp = KS_UTF8_BAD;
      return i;
    }
    v = (v << 6) | (p[i] & 0x3Fu);
    lo = 0x80;
    hi = 0xBF;
  }
  *cp = v;
  return need;
}

bool ks_utf8_valid(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    i += ks_utf8_decode(s + i, n - i, &cp);
    if (cp == KS_UTF8_BAD)
      return false;
  }
  return true;
}

size_t ks_utf8_encode(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t ks_utf8_count(const char *s, size_t n) {
  size_t i = 0, count = 0;
  while (i < n) {
    uint32_t cp;
    i += (unsigned char)s[i] < 0x80 ? 1 : ks_utf8_decode(s + i, n - i, &cp);
    count++;
  }
  return count;
}

/* Latin letters espeak-ng's English voice reads as their code ("Nguyễn"
 * -> "N G U Y, letter one E C five, N"; Vietnamese, and the dotted and
 * barred letters of transliterations, "Ḍhaka"): the letter without its
 * marks. Each letter's base is the first letter of its canonical
 * decomposition in Unicode (U+1E00 to U+1EFF, '.' where it has none, and
 * the capitals of U+0180 to U+024F that the voice cannot say: with a
 * caron, a comma below, an acute, a grave, a double grave or an inverted
 * breve).
 * A library's decomposition (utf8proc) would strip every mark, also the
 * ones the voice says ("café", "Şişli"): a table of only these is less. */
static const char extended_additional[257] =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
    "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
    "WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";

/* An accented capital of Latin-1 in a short run of capitals, four letters
 * at most: an initialism's letter ("RTÉ", which espeak-ng reads "R T E
 * acute"), its base; not a word in capitals ("MÜNCHEN", "CAFÉ"), which
 * the voice says better with its accent. */
static char capital_base(const char *out, size_t at, size_t len,
                         size_t end, uint32_t cp) {
  static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO.OUUUUY";
  char b = cp >= 0xC0 && cp <= 0xDD ? latin1[cp - 0xC0] : '.';
  size_t l = at, r = at + len;
  while (l > 0 && ks_is_upper((unsigned char)out[l - 1]))
    l--;
  while (r < end && ks_is_upper((unsigned char)out[r]))
    r++;
  if (b == '.' || (l == at && r == at + len) || at - l + (r - at - len) > 3 ||
      (l > 0 && ((unsigned char)out[l - 1] >= 0x80 ||
                 ks_is_lower((unsigned char)out[l - 1]))) ||
      (r < end && ((unsigned char)out[r] >= 0x80 ||
                   ks_is_lower((unsigned char)out[r]))))
    return 0;
  return b;
}

static char unsayable_base(uint32_t cp) {
  static const struct {
    uint16_t cp;
    char base;
  } capitals[] = {{0x1E6, 'G'}, {0x1E8, 'K'}, {0x1F4, 'G'}, {0x1F8, 'N'},
                  {0x210, 'R'}, {0x212, 'R'}, {0x218, 'S'}, {0x21A, 'T'},
                  {0x21E, 'H'}};
  if (cp >= 0x1E00 && cp <= 0x1EFF)
    return extended_additional[cp - 0x1E00] == '.'
               ? 0
               : extended_additional[cp - 0x1E00];
  for (size_t i = 0; i < sizeof capitals / sizeof capitals[0]; i++)
    if (capitals[i].cp == cp)
      return capitals[i].base;
  return 0;
}

char ks_utf8_plain_letter(const char *s, size_t at, size_t len, size_t end,
                          uint32_t cp) {
  char b = unsayable_base(cp);
  return b ? b : len == 2 ? capital_base(s, at, len, end, cp) : 0;
}
