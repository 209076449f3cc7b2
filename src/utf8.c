/* utf8.c - the one UTF-8 decoder, encoder and validator.
 * SPDX-License-Identifier: MIT
 *
 * Written here: it is a few lines, and kispeak needs Unicode's "maximal
 * ill-formed prefix" rule exactly (one U+FFFD per broken sequence, as
 * browsers do), which a byte-at-a-time decoder gets wrong.
 */
#include "utf8.h"

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
