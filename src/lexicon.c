/* lexicon.c - pronunciation lexicons: parse them, and rewrite speech with them.
 * SPDX-License-Identifier: MIT
 *
 * Entries are kept sorted by their folded key (ASCII lower case). Applying
 * the lexicon walks the text from each word start and narrows the range of
 * candidate keys byte by byte with binary search, so a word costs at most
 * O(key length * log entries) whatever the lexicon holds, and the whole text
 * is read once. Format: docs/lexicon.md.
 */
#include "kispeak.h"
#include "buf.h"
#include "ascii.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_FILE (16u * 1024u * 1024u)
/* A phrase's words may be apart by a few white-space bytes in the text
 * (a line break and indentation), not by a page of them. */
#define MAX_GAP 16

struct entry {
  size_t key, fold, val;   /* offsets of NUL-terminated strings in pool */
  size_t key_len, val_len; /* the fold is as long as the key */
  size_t seq;              /* order of adding: the later entry wins */
  bool phonemes;           /* val is "[[...]]" */
};

/* An ending respelled on a capitalised word no entry names: "-ovic" is
 * said "-ovitch" ("Vukovic"), as English newsreaders say Slavic surnames
 * that espeak-ng ends in "-vick". */
struct ending {
  size_t key, key_len, val, val_len; /* offsets in pool, without the '-' */
};

struct ks_lexicon {
  struct ks_buf pool;
  struct entry *ents; /* sorted by fold, then key; keys distinct */
  size_t n, cap, seq;
  struct ending *ends; /* in the order given; the longest that fits wins,
                          the later of two as long (a --lexicon's) */
  size_t n_ends, cap_ends;
};

/* ---------------------------------------------------------------- characters
 */

/* Whether a code point is part of a word. Outside ASCII everything is a
 * letter except the punctuation, symbol and space blocks, so that Cyrillic
 * or accented neighbours stop a match while "«Kyiv»" or "Kyiv—" do not;
 * an ill-formed sequence counts as a letter, which stops a match. */
static bool is_word_cp(uint32_t c) {
  if (c < 0x80)
    return ks_is_alnum((int)c);
  if (c <= 0xBF)
    return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7 || c == 0xFEFF)
    return false;
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
      (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE6F) ||
      (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
      (c >= 0x1F000 && c <= 0x1FAFF))
    return false;
  return true;
}

static bool word_at(const char *t, size_t len, size_t i) {
  uint32_t cp;
  ks_utf8_decode(t + i, len - i, &cp);
  return is_word_cp(cp);
}

// Length of an apostrophe (' or U+2019) at t[i], or 0.
static size_t apostrophe_at(const char *t, size_t len, size_t i) {
  if (t[i] == '\'')
    return 1;
  if (i + 3 <= len && !memcmp(t + i, "\xE2\x80\x99", 3))
    return 3;
  return 0;
}

/* Whether a word ends before t[i]: the text ends, or a non-word character
 * follows that is not an apostrophe inside a word ("O'Brien"). */
static bool word_ends(const char *t, size_t len, size_t i) {
  size_t a;
  if (i >= len)
    return true;
  a = apostrophe_at(t, len, i);
  if (a)
    return i + a >= len || !word_at(t, len, i + a);
  return !word_at(t, len, i);
}

// Length of a possessive "'s" at t[i] that ends its word, or 0.
static size_t possessive_at(const char *t, size_t len, size_t i) {
  size_t a;
  if (i >= len)
    return 0;
  a = apostrophe_at(t, len, i);
  if (!a || i + a >= len || (t[i + a] != 's' && t[i + a] != 'S'))
    return 0;
  return word_ends(t, len, i + a + 1) ? a + 1 : 0;
}

/* A key may end before t[i]: at the end of a word, or before a possessive
 * (which is part of the word, but kept with the key). */
static bool key_may_end(const char *t, size_t len, size_t i) {
  return word_ends(t, len, i) || possessive_at(t, len, i) > 0;
}

/* ---------------------------------------------------------------- lifecycle */

struct ks_lexicon *ks_lexicon_new(void) {
  struct ks_lexicon *lex = ks_xcalloc(1, sizeof *lex);
  ks_buf_init(&lex->pool, 0);
  return lex;
}

void ks_lexicon_free(struct ks_lexicon *lex) {
  if (!lex)
    return;
  ks_buf_free(&lex->pool);
  free(lex->ents);
  free(lex->ends);
  free(lex);
}

size_t ks_lexicon_count(const struct ks_lexicon *lex) {
  return lex ? lex->n : 0;
}

/* ---------------------------------------------------------------- index */

struct sortkey {
  const char *fold, *key;
  size_t len, seq, idx;
};

static int cmp_sortkey(const void *pa, const void *pb) {
  const struct sortkey *a = pa, *b = pb;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->fold, b->fold, n);
  if (c)
    return c;
  if (a->len != b->len)
    return a->len < b->len ? -1 : 1;
  c = memcmp(a->key, b->key, a->len);
  if (c)
    return c;
  return a->seq > b->seq ? -1 : a->seq < b->seq ? 1 : 0;
}

/* Sorts the entries by folded key and keeps only the latest of equal keys.
 * Dropped entries leave their strings in the pool: a lexicon is loaded a
 * few times per run, never in a loop. */
static void reindex(struct ks_lexicon *lex) {
  struct sortkey *sk;
  struct entry *ents;
  size_t n = 0;
  if (lex->n == 0)
    return;
  sk = ks_xmalloc(lex->n * sizeof *sk);
  for (size_t i = 0; i < lex->n; i++) {
    const struct entry *e = &lex->ents[i];
    sk[i] = (struct sortkey){lex->pool.ptr + e->fold, lex->pool.ptr + e->key,
                             e->key_len, e->seq, i};
  }
  qsort(sk, lex->n, sizeof *sk, cmp_sortkey);
  ents = ks_xmalloc(lex->n * sizeof *ents);
  for (size_t i = 0; i < lex->n; i++) {
    if (i > 0 && sk[i].len == sk[i - 1].len &&
        !memcmp(sk[i].key, sk[i - 1].key, sk[i].len))
      continue; /* an older entry for the same key */
    ents[n++] = lex->ents[sk[i].idx];
  }
  free(sk);
  free(lex->ents);
  lex->ents = ents;
  lex->cap = lex->n; /* the size ents was allocated with */
  lex->n = n;
}

/* ---------------------------------------------------------------- parsing */

// Whether s[0..n) is well-formed UTF-8 without control characters.
static bool clean_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t k = ks_utf8_decode(s + i, n - i, &cp);
    if (cp == KS_UTF8_BAD)
      return false;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
      return false;
    i += k;
  }
  return true;
}

// The code point that ends s[0..n), well-formed UTF-8 with n > 0.
static uint32_t last_cp(const char *s, size_t n) {
  size_t i = n - 1;
  uint32_t cp;
  while (i > 0 && n - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  ks_utf8_decode(s + i, n - i, &cp);
  return cp;
}

/* Phonemes reach espeak-ng inside SSML: no brackets (they would end or
 * start phoneme mode), no markup characters, no '"' (the synthesiser reads
 * it as a quotation mark), printable ASCII only (espeak-ng's mnemonics). */
static bool good_phonemes(const char *s, size_t n) {
  bool any = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c > 0x7E || strchr("[]<>&\"", c))
      return false;
    any = any || c != ' ';
  }
  return any;
}

// A respelling is plain text that cannot start phoneme mode or a quotation.
static bool good_respelling(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == '[' || s[i] == ']' || s[i] == '"')
      return false;
  return true;
}

static void add_entry(struct ks_lexicon *lex, const char *key, size_t klen,
                      const char *val, size_t vlen, bool phonemes) {
  struct entry *e;
  ks_grow(&lex->ents, &lex->cap, lex->n + 1, sizeof *e);
  e = &lex->ents[lex->n++];
  e->key = lex->pool.len;
  ks_buf_put(&lex->pool, key, klen);
  ks_buf_putc(&lex->pool, '\0');
  e->fold = lex->pool.len;
  for (size_t i = 0; i < klen; i++)
    ks_buf_putc(&lex->pool, ks_to_lower((unsigned char)key[i]));
  ks_buf_putc(&lex->pool, '\0');
  e->val = lex->pool.len;
  ks_buf_put(&lex->pool, val, vlen);
  ks_buf_putc(&lex->pool, '\0');
  e->key_len = klen;
  e->val_len = vlen;
  e->seq = lex->seq++;
  e->phonemes = phonemes;
}

/* A key that holds letters the English normaliser writes without their
 * marks ("Țiriac", "RTÉ"; ks_utf8_plain_letter) also matches as it is
 * written then ("Tiriac", "RTE"). */
static void add_plain_twin(struct ks_lexicon *lex, const char *key,
                           size_t klen, const char *val, size_t vlen,
                           bool phonemes) {
  struct ks_buf plain = KS_BUF_INIT;
  bool any = false;
  for (size_t i = 0; i < klen;) {
    uint32_t cp;
    size_t l = ks_utf8_decode(key + i, klen - i, &cp);
    char b = l > 1 && cp != KS_UTF8_BAD
                 ? ks_utf8_plain_letter(key, i, l, klen, cp)
                 : 0;
    if (b) {
      ks_buf_putc(&plain, b);
      any = true;
    } else {
      ks_buf_put(&plain, key + i, l);
    }
    i += l;
  }
  if (any)
    add_entry(lex, plain.ptr, plain.len, val, vlen, phonemes);
  ks_buf_free(&plain);
}

/* A key with a straight apostrophe ("Côte d'Ivoire", "O'Neill") also
 * matches as pages print it, with the curly one (U+2019), and without
 * its marks too. */
static void add_curly_twin(struct ks_lexicon *lex, const char *key, size_t klen,
                           const char *val, size_t vlen, bool phonemes) {
  struct ks_buf curly = KS_BUF_INIT;
  if (!memchr(key, '\'', klen))
    return;
  for (size_t i = 0; i < klen; i++)
    if (key[i] == '\'')
      ks_buf_puts(&curly, "\xE2\x80\x99");
    else
      ks_buf_putc(&curly, key[i]);
  add_entry(lex, curly.ptr, curly.len, val, vlen, phonemes);
  add_plain_twin(lex, curly.ptr, curly.len, val, vlen, phonemes);
  ks_buf_free(&curly);
}

#define LINE_ERR(...) ks_error_set(err, KS_ERR_VOICE, __VA_ARGS__)

/* Whether s[0..n) is two to twelve small ASCII letters. */
static bool small_letters(const char *s, size_t n) {
  if (n < 2 || n > 12)
    return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] < 'a' || s[i] > 'z')
      return false;
  return true;
}

/* An ending's line, past its key's '-': the ending, then "-" and the
 * letters it is said as. */
static enum ks_status parse_ending(struct ks_lexicon *lex, const char *k,
                                   size_t kn, const char *v, size_t vn,
                                   const char *name, size_t line,
                                   struct ks_error *err) {
  struct ending *e;
  if (!small_letters(k, kn) || vn < 1 || v[0] != '-' ||
      !small_letters(v + 1, vn - 1))
    return LINE_ERR("%s:%zu: an ending is '-' and two to twelve small "
                    "letters, then '-' and its respelling",
                    name, line);
  ks_grow(&lex->ends, &lex->cap_ends, lex->n_ends + 1, sizeof *e);
  e = &lex->ends[lex->n_ends++];
  e->key = lex->pool.len;
  e->key_len = kn;
  ks_buf_put(&lex->pool, k, kn);
  e->val = lex->pool.len;
  e->val_len = vn - 1;
  ks_buf_put(&lex->pool, v + 1, vn - 1);
  return KS_OK;
}

/* One line: blank, a comment, or KEY, a tab or two spaces, VALUE. '#' starts
 * a comment at the start of the line or after white space, so phonemes such
 * as "a#" keep theirs. */
static enum ks_status parse_line(struct ks_lexicon *lex, const char *s,
                                 size_t n, const char *name, size_t line,
                                 struct ks_error *err) {
  size_t a = 0, sep, kend, v;
  bool phon;
  for (size_t k = 0; k < n; k++) {
    if (s[k] == '#' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\t')) {
      n = k;
      break;
    }
  }
  while (n > 0 && ks_is_space((unsigned char)s[n - 1]))
    n--;
  while (a < n && (s[a] == ' ' || s[a] == '\t'))
    a++;
  if (a == n)
    return KS_OK;
  for (sep = a; sep < n; sep++)
    if (s[sep] == '\t' || (s[sep] == ' ' && sep + 1 < n && s[sep + 1] == ' '))
      break;
  if (sep == n)
    return LINE_ERR("%s:%zu: expected a word or phrase, then a tab or two "
                    "spaces, then its pronunciation",
                    name, line);
  kend = sep;
  for (v = sep; v < n && (s[v] == ' ' || s[v] == '\t');)
    v++;
  if (kend - a > KS_MAX_LEXICON_KEY)
    return LINE_ERR("%s:%zu: key longer than %d bytes", name, line,
                    KS_MAX_LEXICON_KEY);
  if (n - v > KS_MAX_LEXICON_VALUE)
    return LINE_ERR("%s:%zu: value longer than %d bytes", name, line,
                    KS_MAX_LEXICON_VALUE);
  if (!clean_utf8(s + a, kend - a) || !clean_utf8(s + v, n - v))
    return LINE_ERR("%s:%zu: not UTF-8 text without control characters", name,
                    line);
  /* "-ovic  -ovitch": an ending and its respelling, small ASCII letters */
  if (s[a] == '-')
    return parse_ending(lex, s + a + 1, kend - a - 1, s + v, n - v, name, line,
                        err);
  if (memchr(s + a, '[', kend - a) || memchr(s + a, ']', kend - a) ||
      !word_at(s, kend, a) || !is_word_cp(last_cp(s + a, kend - a)))
    return LINE_ERR("%s:%zu: a key begins and ends with a letter or digit",
                    name, line);
  phon = n - v >= 2 && s[v] == '[' && s[v + 1] == '[';
  if (phon && (n - v < 5 || s[n - 2] != ']' || s[n - 1] != ']' ||
               !good_phonemes(s + v + 2, n - v - 4)))
    return LINE_ERR("%s:%zu: phonemes are [[...]] holding printable ASCII "
                    "but no brackets, '<', '>', '&' or '\"'",
                    name, line);
  if (!phon && !good_respelling(s + v, n - v))
    return LINE_ERR("%s:%zu: a respelling has no '[', ']' or '\"'", name, line);
  if (lex->n >= KS_MAX_LEXICON)
    return LINE_ERR("%s:%zu: more than %u entries", name, line,
                    (unsigned)KS_MAX_LEXICON);
  add_entry(lex, s + a, kend - a, s + v, n - v, phon);
  add_plain_twin(lex, s + a, kend - a, s + v, n - v, phon);
  add_curly_twin(lex, s + a, kend - a, s + v, n - v, phon);
  return KS_OK;
}

enum ks_status ks_lexicon_parse(struct ks_lexicon *lex, const char *text,
                                size_t len, const char *name,
                                struct ks_error *err) {
  size_t n0 = lex->n, ends0 = lex->n_ends, pool0 = lex->pool.len, line = 0,
         i = 0;
  enum ks_status result = KS_OK;
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
    i = 3; /* a byte-order mark from a Windows editor */
  while (i < len && result == KS_OK) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - text) : len;
    result = parse_line(lex, text + i, end - i, name, ++line, err);
    i = end + 1;
  }
  if (result != KS_OK) { /* all or nothing: lex is as it was */
    lex->n = n0;
    lex->n_ends = ends0;
    ks_buf_truncate(&lex->pool, pool0);
  } else if (lex->n > n0) {
    reindex(lex);
  }
  return result;
}

enum ks_status ks_lexicon_load(struct ks_lexicon *lex, const char *path,
                               struct ks_error *err) {
  struct ks_buf b = KS_BUF_INIT;
  enum ks_status result = KS_OK;
  int fd = open(path, O_RDONLY), rc;
  if (fd < 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        strerror(errno));
  rc = ks_buf_read_fd(&b, fd, MAX_FILE);
  close(fd);
  if (rc)
    result =
        ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path, strerror(rc));
  else if (b.len > MAX_FILE)
    result = ks_error_set(err, KS_ERR_VOICE, "%s: larger than %u bytes", path,
                          MAX_FILE);
  if (result == KS_OK)
    result = ks_lexicon_parse(lex, b.ptr, b.len, path, err);
  ks_buf_free(&b);
  return result;
}

/* ---------------------------------------------------------------- matching */

// Byte d of entry i's folded key, or -1 when the key is d bytes long.
static int fold_byte(const struct ks_lexicon *lex, size_t i, size_t d) {
  const struct entry *e = &lex->ents[i];
  return e->key_len <= d ? -1 : (unsigned char)lex->pool.ptr[e->fold + d];
}

/* Entries [*lo, *hi) share their first d folded bytes; keeps those whose
 * next byte is c. Shorter keys sort first, so the range stays ordered by
 * byte d. */
static void narrow(const struct ks_lexicon *lex, size_t *lo, size_t *hi,
                   size_t d, int c) {
  size_t a = *lo, b = *hi, first;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (fold_byte(lex, m, d) < c)
      a = m + 1;
    else
      b = m;
  }
  first = a;
  b = *hi;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (fold_byte(lex, m, d) <= c)
      a = m + 1;
    else
      b = m;
  }
  *lo = first;
  *hi = a;
}

enum casing { AS_WRITTEN, CAPITALISED, ALL_CAPS };

/* Whether text t[0..n) is key e in the casing given: as written (a space
 * standing for any white space), with its first letter raised, or all in
 * capitals. Case is ASCII only. */
static bool same(const struct ks_lexicon *lex, const struct entry *e,
                 const char *t, size_t n, enum casing how) {
  const unsigned char *k = (const unsigned char *)lex->pool.ptr + e->key;
  size_t i = 0, j = 0;
  if (how == CAPITALISED && !ks_is_lower(k[0]))
    return false;
  /* a name of two letters in capitals is an initialism's ("Ng", "NG-CDF") */
  if (how == ALL_CAPS && e->key_len < 3)
    return false;
  while (i < e->key_len && j < n) {
    unsigned char c = (unsigned char)t[j];
    if (k[i] == ' ') {
      if (!ks_is_space(c))
        return false;
      while (j < n && ks_is_space((unsigned char)t[j]))
        j++;
      i++;
      continue;
    }
    if (how == ALL_CAPS ? c != ks_to_upper(k[i])
                        : c != k[i] && !(how == CAPITALISED && i == 0 &&
                                         c == ks_to_upper(k[i])))
      return false;
    i++, j++;
  }
  return i == e->key_len && j == n;
}

/* Among the entries [lo, lo + k) of equal folded keys, the one that text
 * t[0..n) spells: as written first, then capitalised, then in capitals;
 * the latest-added when two fit equally. */
static const struct entry *pick(const struct ks_lexicon *lex, size_t lo,
                                size_t hi, size_t d, const char *t, size_t n) {
  for (int how = AS_WRITTEN; how <= ALL_CAPS; how++) {
    const struct entry *best = NULL;
    for (size_t i = lo; i < hi && lex->ents[i].key_len == d; i++) {
      const struct entry *e = &lex->ents[i];
      if ((!best || e->seq > best->seq) && same(lex, e, t, n, how))
        best = e;
    }
    if (best)
      return best;
  }
  return NULL;
}

/* The longest key that the text spells from the word start t[p], ending
 * where a word ends; *end is set after it. */
static const struct entry *longest(const struct ks_lexicon *lex, const char *t,
                                   size_t len, size_t p, size_t *end) {
  size_t lo = 0, hi = lex->n, d = 0, i = p;
  const struct entry *found = NULL;
  while (i < len && d < KS_MAX_LEXICON_KEY) {
    unsigned char b = (unsigned char)t[i];
    size_t next = i + 1;
    int c = ks_to_lower(b);
    if (ks_is_space(b)) {
      c = ' ';
      while (next < len && next - i < MAX_GAP &&
             ks_is_space((unsigned char)t[next]))
        next++;
    }
    narrow(lex, &lo, &hi, d, c);
    if (lo == hi)
      break;
    d++;
    i = next;
    if (lex->ents[lo].key_len == d && key_may_end(t, len, i)) {
      const struct entry *e = pick(lex, lo, hi, d, t + p, i - p);
      if (e) {
        found = e;
        *end = i;
      }
    }
  }
  return found;
}

/* ---------------------------------------------------------------- output */

/* After "]]", espeak-ng reads the next character literally until white
 * space: markup ('<' of a closing tag, '&' of an entity) would be spoken.
 * Punctuation it reads as usual. */
static bool fine_after_phonemes(unsigned char c) {
  return ks_is_space(c) || c >= 0x80 || (c && strchr(".,;:!?)'-", c));
}

// Text bytes, with "[[" and "]]" broken up so they never start phonemes.
static void put_text(struct ks_buf *out, const char *s, size_t n,
                     bool *after_phonemes) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (*after_phonemes && !fine_after_phonemes(c))
      ks_buf_putc(out, ' ');
    *after_phonemes = false;
    if ((c == '[' || c == ']') && out->len && out->ptr[out->len - 1] == c)
      ks_buf_putc(out, ' ');
    ks_buf_putc(out, c);
  }
}

/* The sound espeak-ng gives a possessive after phonemes: "Iz" after a
 * sibilant, "s" after a voiceless consonant, else "z" ("[[k'i:vz]]"). */
static const char *possessive_phonemes(const char *ph, size_t n) {
  while (n > 0 && ph[n - 1] == ' ')
    n--;
  if (n == 0)
    return "z";
  if (strchr("szSZ", ph[n - 1]))
    return "I#z";
  if (strchr("ptkfTx", ph[n - 1]))
    return "s";
  return "z";
}

/* A value. espeak-ng drops phonemes whose "[[" follows anything but white
 * space ("([[k'i:v]])" says nothing), hence the space before them. */
static void put_value(const struct ks_lexicon *lex, const struct entry *e,
                      bool possessive, struct ks_buf *out,
                      bool *after_phonemes) {
  const char *v = lex->pool.ptr + e->val;
  *after_phonemes = false;
  if (!e->phonemes) {
    ks_buf_put(out, v, e->val_len);
    return;
  }
  /* "first-innings": the hyphen joining the words goes, as the space
   * does between them (a hyphen before the space is a pause) */
  if (out->len >= 2 && out->ptr[out->len - 1] == '-' &&
      ks_is_alpha((unsigned char)out->ptr[out->len - 2]))
    out->ptr[out->len - 1] = ' ';
  if (out->len && !ks_is_space((unsigned char)out->ptr[out->len - 1]))
    ks_buf_putc(out, ' ');
  ks_buf_put(out, v, e->val_len - 2);
  if (possessive)
    ks_buf_puts(out, possessive_phonemes(v + 2, e->val_len - 4));
  ks_buf_puts(out, "]]");
  *after_phonemes = true;
}

/* The capitalised word at i, of ASCII letters, ends in one of the
 * lexicon's endings with two letters or more before it: the ending, and
 * where the word ends in *end; else NULL. */
static const struct ending *ending_at(const struct ks_lexicon *lex,
                                      const char *t, size_t len, size_t i,
                                      size_t *end) {
  const struct ending *best = NULL;
  size_t e = i;
  if (!ks_is_upper((unsigned char)t[i]))
    return NULL;
  while (e < len && ks_is_alpha((unsigned char)t[e]))
    e++;
  if (!key_may_end(t, len, e))
    return NULL;
  for (size_t k = 0; k < lex->n_ends; k++) {
    const struct ending *x = &lex->ends[k];
    if (x->key_len + 2 <= e - i &&
        !memcmp(t + e - x->key_len, lex->pool.ptr + x->key, x->key_len) &&
        (!best || x->key_len >= best->key_len)) /* a later one on a tie */
      best = x;
  }
  *end = e;
  return best;
}

void ks_lexicon_apply(const struct ks_lexicon *lex, const char *text,
                      size_t len, struct ks_buf *out, struct ks_align *map) {
  size_t i = 0, base = out->len;
  bool prev_word = false, after_phonemes = false;
  bool any = lex && (lex->n > 0 || lex->n_ends > 0);
  while (i < len) {
    uint32_t cp;
    size_t k = ks_utf8_decode(text + i, len - i, &cp);
    bool w = is_word_cp(cp);
    if (w && !prev_word && map) /* each word is anchored where it starts */
      ks_align_add(map, out->len - base, i);
    if (w && !prev_word && any) {
      size_t end = 0, poss;
      const struct entry *e = longest(lex, text, len, i, &end);
      if (e) {
        poss = e->phonemes ? possessive_at(text, len, end) : 0;
        put_value(lex, e, poss > 0, out, &after_phonemes);
        i = end + poss;
        if (map)
          ks_align_add(map, out->len - base, i);
        prev_word = true; /* the key ended in a letter or digit */
        continue;
      }
      const struct ending *x = ending_at(lex, text, len, i, &end);
      if (x) {
        put_text(out, text + i, end - i - x->key_len, &after_phonemes);
        put_text(out, lex->pool.ptr + x->val, x->val_len, &after_phonemes);
        i = end;
        if (map)
          ks_align_add(map, out->len - base, i);
        prev_word = true;
        continue;
      }
    }
    put_text(out, text + i, k, &after_phonemes);
    // An apostrophe between letters belongs to the word ("O'Brien").
    if (!(prev_word && apostrophe_at(text, len, i)))
      prev_word = w;
    i += k;
  }
  if (map)
    ks_align_add(map, out->len - base, len);
}
