/* normalize.c - one sentence as a newsreader says it: the pass and its rules.
 * SPDX-License-Identifier: MIT
 *
 * One left-to-right pass. At each position a few rules look a bounded
 * distance ahead ("Nov. 29", "$4.5 billion", "12 kg"); the first that
 * matches writes words and moves past what it read, otherwise one word or
 * one UTF-8 character is copied. Words espeak-ng already reads right
 * ("U.S.", "Mr.", "Dr." before a name) are copied through unchanged; numbers
 * are always written out, so what is heard does not depend on espeak-ng's
 * own number rules ("1976" -> "nineteen hundred seventy six").
 *
 * This file is the driver: the left-to-right pass and which rule is tried
 * where. The rules live in normalize_*.c, declared in normalize.h.
 */
#include "norm.h"
#include "lang/language.h"

/* The rules of each language that has them; any other gets the
 * language-neutral ones. */
static const struct ks_norm_family *const families[] = {
    &ks_norm_neutral, &ks_norm_en, &ks_norm_de, &ks_norm_uk};

static const struct ks_norm_family *family_of(const struct ks_lang *lang) {
  for (size_t i = 0; i < N_OF(families); i++)
    if (families[i]->rules == lang->rules)
      return families[i];
  return &ks_norm_neutral;
}

static void normalize_run(struct norm *n);

/* A run of letters in a writing system the sentence's language does not
 * use (Cyrillic quoted in English): its own language's rules read it, or
 * the neutral ones. NULL when p starts no such run. */
static const char *foreign(struct norm *n, const char *p) {
  size_t run;
  const char *other;
  struct norm sub;
  if (n->sub || !n->lang->tag[0])
    return NULL;
  other = ks_foreign_run(p, (size_t)(n->end - p), n->lang->tag, &run);
  if (!other || run == 0)
    return NULL;
  sub = *n;
  sub.lang = ks_lang_get(other);
  sub.s = p;
  sub.end = p + run;
  sub.sub = true;
  sub.prev = NULL;
  sub.num_end = NULL;
  sub.chunk_end = p;
  normalize_run(&sub);
  n->prev = NULL;
  n->num_end = NULL;
  return p + run;
}

/* The pass: white space is folded, and at each word the language's rules
 * are tried before the word or character is copied as it is. */
static void normalize_run(struct norm *n) {
  const struct ks_norm_family *f = family_of(n->lang);
  const char *p = n->s, *end = n->end, *r;

  while (p < end) {
    unsigned char c = (unsigned char)*p;
    size_t l;

    if (n->map) /* what is written from here on was written for p on */
      ks_align_add(n->map, n->out->len - n->base, (size_t)(p - n->text));

    if (ks_is_space(c)) {
      while (p < end && ks_is_space((unsigned char)*p))
        p++;
      if (n->out->len > n->base && p < end &&
          n->out->ptr[n->out->len - 1] != ' ')
        ks_buf_putc(n->out, ' ');
      continue;
    }
    if ((c >= 0x80 && (r = foreign(n, p)) != NULL) ||
        (r = f->at(n, p)) != NULL || (r = ks_norm_copy_word(n, p)) != NULL) {
      p = r;
      continue;
    }
    l = utf8_len(p, end);
    if (l == 0) { /* invalid UTF-8: dropped */
      p++;
      continue;
    }
    ks_buf_put(n->out, p, l);
    p += l;
  }
}

static const char *find_replacement_char(const char *p, const char *end) {
  while ((p = memchr(p, 0xEF, (size_t)(end - p))) != NULL) {
    if (end - p >= 3 && (unsigned char)p[1] == 0xBF &&
        (unsigned char)p[2] == 0xBD)
      return p;
    p++;
  }
  return NULL;
}

/* U+FFFD stands where the page had ill-formed UTF-8 (doc.c): lost text, not
 * a word to read out. When text holds one, copy it into tmp with each made
 * three spaces (so offsets stay those of text) and return true. */
static bool drop_replacement_chars(const char *text, size_t len,
                                   struct ks_buf *tmp) {
  const char *p = text, *end = text + len;
  const char *q = find_replacement_char(p, end);
  if (!q)
    return false;
  for (; q; q = find_replacement_char(p, end)) {
    ks_buf_put(tmp, p, (size_t)(q - p));
    ks_buf_puts(tmp, "   ");
    p = q + 3;
  }
  ks_buf_put(tmp, p, (size_t)(end - p));
  return true;
}

/* espeak-ng ends a clause at a dotted initialism before a capital ("the
 * U.S. Air Force", "former M.N.A. Najmi": a falling tone and 300 ms of
 * silence), though the sentence goes on. Its last stop becomes a space:
 * heard as one phrase, and every offset into the speech stays where it
 * was. */
static void unstop_initialisms(struct ks_buf *out, size_t base) {
  char *c = out->ptr;
  for (size_t i = base + 2; i + 2 < out->len; i++)
    if (c[i] == '.' && ks_is_upper((unsigned char)c[i - 1]) &&
        c[i - 2] == '.' && c[i + 1] == ' ' &&
        ks_is_upper((unsigned char)c[i + 2]))
      c[i] = ' ';
    /* "C.B.S.' Radio": before a possessive's bare apostrophe the stop
     * goes: the stop's byte becomes the apostrophe and the apostrophe's a
     * space, so the length, and every offset, stays */
    else if (c[i] == '.' && ks_is_upper((unsigned char)c[i - 1]) &&
             c[i - 2] == '.' && c[i + 1] == '\'' && i + 3 < out->len &&
             c[i + 2] == ' ' && ks_is_upper((unsigned char)c[i + 3])) {
      c[i] = '\'';
      c[i + 1] = ' ';
    }
}

void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out, struct ks_align *map) {
  ks_normalize_in(text, len, lang, 0, out, map);
}

unsigned ks_normalize_topics(const char *text, size_t len) {
  return ks_norm_cricket_text(text, len) ? KS_TOPIC_CRICKET : 0;
}

void ks_normalize_in(const char *text, size_t len, const struct ks_lang *lang,
                     unsigned topics, struct ks_buf *out,
                     struct ks_align *map) {
  struct ks_buf clean = KS_BUF_INIT;
  struct norm n;
  if (drop_replacement_chars(text, len, &clean)) {
    text = clean.ptr;
    len = clean.len;
  }
  memset(&n, 0, sizeof n);
  n.s = n.text = text;
  n.map = map;
  n.end = text + len;
  n.qpos = text;
  n.chunk_end = text;
  n.lang = lang ? lang : ks_lang_get("en");
  n.out = out;
  n.base = out->len;
  n.topics = topics;
  /* skip leading white space so the sentence starts at n.s */
  while (n.s < n.end && ks_is_space((unsigned char)*n.s))
    n.s++;
  normalize_run(&n);
  while (out->len > n.base && out->ptr[out->len - 1] == ' ')
    ks_buf_truncate(out, out->len - 1);
  unstop_initialisms(out, n.base);
  if (map)
    ks_align_add(map, out->len - n.base, len);
  ks_buf_free(&clean);
}

bool ks_normalize_date(const char *iso, const struct ks_lang *lang, bool spoken,
                       struct ks_buf *out) {
  const char *p = iso, *end;
  unsigned y, m = 0, d = 0;
  struct norm n;
  const char *const *months;

  if (!iso)
    return false;
  end = iso + strlen(iso);
  if (end - p < 4 || digit_end(p, end) - p != 4)
    return false;
  y = small_val(p, p + 4);
  p += 4;
  if (p < end && *p == '-') {
    const char *e = digit_end(p + 1, end);
    if (e - p != 3)
      return false;
    m = small_val(p + 1, e);
    p = e;
    if (m < 1 || m > 12)
      return false;
    if (p < end && *p == '-') {
      e = digit_end(p + 1, end);
      if (e - p != 3)
        return false;
      d = small_val(p + 1, e);
      if (d < 1 || d > 31)
        return false;
      p = e;
    }
  }
  if (p < end && *p != 'T' && *p != ' ')
    return false;
  if (y < 1000)
    return false;
  memset(&n, 0, sizeof n);
  /* the spoken form is English; a written one takes the language's months */
  n.lang = lang && lang->rules == KS_RULES_EN ? lang : &ks_lang_en;
  n.out = out;
  n.base = out->len;
  if (!spoken && lang && lang->months)
    n.lang = lang;
  months = n.lang->months ? n.lang->months : ks_lang_en.months;
  if (!spoken && m && d && months) /* "December 3, 2024" */
    ks_buf_printf(out, "%s %u, %u", months[m - 1], d, y);
  else if (!spoken && m && months)
    ks_buf_printf(out, "%s %u", months[m - 1], y);
  else if (!spoken)
    ks_buf_printf(out, "%u", y);
  else if (m)
    ks_norm_say_month_day(&n, (int)m, d, y);
  else
    ks_num_year(out, y);
  return true;
}
