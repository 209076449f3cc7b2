/* doc.c - the article document: metadata, blocks, sentences; plain text in.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"
#include "ascii.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

void ks_doc_init(struct ks_doc *doc) {
  memset(doc, 0, sizeof *doc);
  ks_buf_init(&doc->title, 0);
  ks_buf_init(&doc->published, 0);
  ks_buf_init(&doc->shown_date, 0);
  ks_buf_init(&doc->dateline, 0);
  ks_buf_init(&doc->byline, 0);
  ks_buf_init(&doc->standfirst, 0);
  ks_buf_init(&doc->site, 0);
  ks_buf_init(&doc->language, 0);
  ks_buf_init(&doc->url, 0);
  ks_buf_init(&doc->text, 0);
  ks_buf_init(&doc->dropped, 0);
}

void ks_doc_free(struct ks_doc *doc) {
  if (!doc)
    return;
  ks_buf_free(&doc->title);
  ks_buf_free(&doc->published);
  ks_buf_free(&doc->shown_date);
  ks_buf_free(&doc->dateline);
  ks_buf_free(&doc->byline);
  ks_buf_free(&doc->standfirst);
  ks_buf_free(&doc->site);
  ks_buf_free(&doc->language);
  ks_buf_free(&doc->url);
  ks_buf_free(&doc->text);
  ks_buf_free(&doc->dropped);
  for (size_t i = 0; i < doc->n_authors; i++)
    free(doc->authors[i]);
  free(doc->authors);
  free(doc->blocks);
  free(doc->sents);
  ks_doc_init(doc);
}

/* Length of an invisible or space-like sequence at p (soft hyphen, zero-width
 * space/joiners, BOM, no-break and typographic spaces), so text from the web
 * folds like ASCII white space. Sets *space when it reads as a space. */
static size_t odd_space(const unsigned char *p, size_t n, bool *space) {
  *space = false;
  if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAD)) {
    *space = p[1] == 0xA0;
    return 2;
  }
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
      ((p[2] >= 0x80 && p[2] <= 0x8A) || p[2] == 0xAF || p[2] == 0xA8 ||
       p[2] == 0xA9)) {
    *space = true; /* en/em/thin/hair spaces, line/para separators */
    return 3;
  }
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] >= 0x8B && p[2] <= 0x8D))
    return 3; /* zero-width space, non-joiner, joiner */
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0)
    return 3; /* word joiner */
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    return 3; /* BOM */
  if (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) {
    *space = true; /* ideographic space */
    return 3;
  }
  return 0;
}

/* The Windows-1252 byte that code point cp stands for, or -1: Latin-1's
 * own, and the twenty-seven that Windows-1252 puts in 0x80-0x9F. */
static int cp1252_byte(uint32_t cp) {
  static const uint16_t high[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  if (cp >= 0xA0 && cp <= 0xFF)
    return (int)cp;
  for (int i = 0; i < 32; i++)
    if (high[i] == cp)
      return 0x80 + i;
  return cp >= 0x80 && cp <= 0x9F ? (int)cp : -1;
}

/* Text that was UTF-8, read as Windows-1252 and written out as UTF-8
 * again ("Watersâ€™" for "Waters’", "1Â½" for "1½"), as pages copied
 * between systems carry it: at p, the characters whose Windows-1252 bytes
 * make one well-formed UTF-8 character are put back as that character.
 * Returns the bytes read, or 0. Written here: no Debian library repairs
 * this (ftfy, which does, is Python). */
static size_t unmangle(struct ks_buf *b, const unsigned char *p, size_t n) {
  unsigned char bytes[4];
  size_t used = 0, need;
  uint32_t cp;
  for (size_t k = 0; k < 4; k++) {
    size_t l =
        used < n ? ks_utf8_decode((const char *)p + used, n - used, &cp) : 0;
    int byte = l && cp != KS_UTF8_BAD ? cp1252_byte(cp) : -1;
    if (byte < 0 || (k == 0 && (byte < 0xC2 || byte > 0xF4)) ||
        (k > 0 && (byte < 0x80 || byte > 0xBF)))
      return 0;
    bytes[k] = (unsigned char)byte;
    used += l;
    need = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : 2;
    if (k + 1 == need) {
      /* "1920\u00A0×\u00A01080": a times sign before a no-break space is
       * itself, not a mangled Hebrew letter (D7 A0) */
      if (ks_utf8_decode((const char *)bytes, need, &cp) != need ||
          cp == KS_UTF8_BAD ||
          (need == 2 && bytes[0] == 0xD7 && bytes[1] == 0xA0))
        return 0;
      ks_buf_put(b, bytes, need);
      return used;
    }
  }
  return 0;
}

/* "&#163;71.6m", "Q&amp;A": a character reference escaped twice by the
 * page (an attribute's "&amp;#163;"), which the parser leaves as text:
 * its character is appended to b; the length read, or 0. */
static size_t reference(struct ks_buf *b, const unsigned char *p, size_t n) {
  static const struct {
    const char *name, *ch;
  } named[] = {{"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}};
  uint32_t cp = 0;
  size_t i = 2;
  char u[4];
  for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
    size_t l = strlen(named[k].name);
    if (n >= l && !memcmp(p, named[k].name, l)) {
      ks_buf_puts(b, named[k].ch);
      return l;
    }
  }
  if (n < 4 || p[1] != '#')
    return 0;
  if (p[2] == 'x' || p[2] == 'X') {
    for (i = 3; i < n && i < 10 && ks_is_xdigit(p[i]); i++)
      cp = cp * 16 + (uint32_t)(ks_is_digit(p[i])
                                    ? p[i] - '0'
                                    : ks_to_lower(p[i]) - 'a' + 10);
    if (i == 3)
      return 0;
  } else {
    for (; i < n && i < 10 && ks_is_digit(p[i]); i++)
      cp = cp * 10 + (uint32_t)(p[i] - '0');
    if (i == 2)
      return 0;
  }
  /* printable characters only, and no markup's '<' */
  if (i >= n || p[i] != ';' || cp < 0x20 || cp == 0x7F || cp == '<' ||
      (cp >= 0x80 && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) ||
      cp >= 0x110000)
    return 0;
  ks_buf_put(b, u, ks_utf8_encode(cp, u));
  return i + 1;
}

/* Append text to b with white space folded to single spaces and trimmed,
 * control characters dropped and ill-formed UTF-8 replaced by U+FFFD, so
 * every later stage may trust the bytes. */
static void put_clean(struct ks_buf *b, const char *text, size_t len) {
  const unsigned char *p = (const unsigned char *)text;
  size_t start = b->len;
  bool pending = false;

  for (size_t i = 0; i < len;) {
    bool space;
    uint32_t cp;
    size_t k = odd_space(p + i, len - i, &space);
    if (k == 0 && ks_is_space(p[i])) {
      k = 1;
      space = true;
    }
    if (k == 0 && p[i] == '&' && len - i >= 6 && !memcmp(p + i, "&nbsp;", 6)) {
      k = 6; /* escaped twice, as a reference below */
      space = true;
    }
    if (k) {
      pending = pending || space;
      i += k;
      continue;
    }
    if (pending && b->len > start)
      ks_buf_putc(b, ' ');
    pending = false;
    if (p[i] < 0x20 || p[i] == 0x7F) { /* other control characters */
      i++;
      continue;
    }
    if (p[i] >= 0xC2 && (k = unmangle(b, p + i, len - i)) > 0) {
      i += k;
      continue;
    }
    if (p[i] == '&' && (k = reference(b, p + i, len - i)) > 0) {
      i += k;
      continue;
    }
    /* each maximal ill-formed prefix becomes one U+FFFD, as browsers do */
    k = ks_utf8_decode(text + i, len - i, &cp);
    if (cp != KS_UTF8_BAD)
      ks_buf_put(b, p + i, k);
    else
      ks_buf_puts(b, "\xEF\xBF\xBD"); /* U+FFFD REPLACEMENT CHARACTER */
    i += k;
  }
}

void ks_doc_set_text(struct ks_buf *b, const char *s, size_t n) {
  ks_buf_clear(b);
  put_clean(b, s, n);
}

bool ks_doc_add_block(struct ks_doc *doc, enum ks_block_kind kind,
                      const char *text, size_t len) {
  size_t start = doc->text.len;
  struct ks_block *b;

  if (doc->n_blocks >= KS_MAX_BLOCKS)
    return false;
  put_clean(&doc->text, text, len);
  if (doc->text.len == start)
    return true;
  ks_grow(&doc->blocks, &doc->cap_blocks, doc->n_blocks + 1, sizeof *b);
  b = &doc->blocks[doc->n_blocks++];
  memset(b, 0, sizeof *b);
  b->kind = kind;
  b->text.off = start;
  b->text.len = doc->text.len - start;
  ks_buf_putc(&doc->text, '\n'); /* keeps blocks apart in the buffer */
  return true;
}

void ks_doc_add_author(struct ks_doc *doc, const char *name, size_t len) {
  struct ks_buf clean = KS_BUF_INIT;

  put_clean(&clean, name, len);
  for (size_t i = 0; clean.len && i < doc->n_authors; i++)
    if (!strcmp(doc->authors[i], clean.ptr))
      ks_buf_clear(&clean); /* already there */
  if (clean.len) {
    ks_grow(&doc->authors, &doc->cap_authors, doc->n_authors + 1,
            sizeof *doc->authors);
    doc->authors[doc->n_authors++] = ks_buf_detach(&clean, NULL);
  }
  ks_buf_free(&clean);
}

void ks_doc_add_sentence(struct ks_doc *doc, size_t block, size_t off,
                         size_t len) {
  struct ks_sentence *s;
  ks_grow(&doc->sents, &doc->cap_sents, doc->n_sents + 1, sizeof *s);
  s = &doc->sents[doc->n_sents++];
  s->block = block;
  s->text.off = off;
  s->text.len = len;
}

// A line holding only white space ends a paragraph.
static bool blank_line(const char *p, const char *end) {
  for (; p < end && *p != '\n'; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r')
      return false;
  return true;
}

enum ks_status ks_doc_from_text(const char *text, size_t len,
                                struct ks_doc *doc, struct ks_error *err) {
  const char *p = text, *end = text + len, *para = NULL;

  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
    p += 3;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
      eol = end;
    if (blank_line(p, eol)) {
      if (para &&
          !ks_doc_add_block(doc, KS_BLOCK_PARAGRAPH, para, (size_t)(p - para)))
        break;
      para = NULL;
    } else if (!para) {
      para = p;
    }
    p = eol < end ? eol + 1 : end;
  }
  if (para)
    (void)ks_doc_add_block(doc, KS_BLOCK_PARAGRAPH, para, (size_t)(end - para));
  if (doc->n_blocks == 0)
    return ks_error_set(err, KS_ERR_NO_TEXT, "no text found");
  return KS_OK;
}
