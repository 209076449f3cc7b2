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

/* Copy one word (ASCII letters, non-ASCII letters, inner apostrophes) and
 * remember it as the context for the next rules. */
static const char *copy_word(struct norm *n, const char *p) {
  const char *q = p, *end = n->end;
  size_t l;
  while (q < end) {
    if ((l = letter_len(q, end)) > 0) {
      q += l;
    } else if (*q == '\'' && q > p && q + 1 < end &&
               ks_is_alpha((unsigned char)q[1])) {
      q++;
    } else {
      break;
    }
  }
  if (q == p)
    return NULL;
  if (n->out->len > n->base && ks_is_digit((unsigned char)p[-1]))
    sep(n);
  ks_buf_put(n->out, p, (size_t)(q - p));
  n->prev = p;
  n->prev_len = (size_t)(q - p);
  return q;
}

/* Rules that start at a digit, at a '.' before one, or at a phone number's
 * '+' or '('; NULL when none matched. */
static const char *try_number(struct norm *n, const char *p) {
  const char *end = n->end, *r = NULL;
  unsigned char c = (unsigned char)*p;
  if (!(ks_is_digit(c) ||
        (c == '.' && p + 1 < end && ks_is_digit((unsigned char)p[1]) &&
         (p == n->s || ks_is_space((unsigned char)p[-1]) || p[-1] == '(' ||
          p[-1] == '-' || p[-1] == '$')) ||
        (c == '+' && p + 1 < end && ks_is_digit((unsigned char)p[1]) &&
         (r = ks_norm_rule_phone(n, p)) != NULL) ||
        (c == '(' && p + 1 < end && ks_is_digit((unsigned char)p[1]) &&
         (r = ks_norm_rule_phone(n, p)) != NULL)))
    return NULL;
  if (!r && c == '.' && n->num_end == p)
    return NULL; /* "114...48" */
  if (!r)
    r = ks_norm_rule_number(n, p);
  if (r) {
    n->num_end = r;
    n->prev = p; /* "1st St": a number is context for a street type */
    n->prev_len = (size_t)(r - p);
    if (alnum_at(r, end))
      ks_buf_putc(n->out, ' ');
  }
  return r;
}

/* "'90s" and "’90s": a decade with its century left out. */
static const char *try_short_decade(struct norm *n, const char *p) {
  const char *end = n->end, *d, *de;
  if (!((*p == '\'' || starts(p, end, "’")) &&
        (p == n->s || !ks_is_alnum((unsigned char)p[-1]))))
    return NULL;
  d = p + (*p == '\'' ? 1 : strlen("’"));
  de = digit_end(d, end);
  if (de - d != 2 || de >= end || *de != 's' || de[-1] != '0' ||
      (de + 1 < end && ks_is_alpha((unsigned char)de[1])))
    return NULL;
  sep(n);
  ks_num_decade(n->out, small_val(d, de));
  return de + 1;
}

/* Rules that start at an ASCII letter: months, abbreviations, roman
 * numerals; and "covid-19", whose hyphen is a space. */
static const char *try_word(struct norm *n, const char *p) {
  const char *end = n->end, *we = alpha_end(p, end), *r;
  if ((r = ks_norm_rule_month(n, p, we)) ||
      (r = ks_norm_rule_abbrev(n, p, we)) ||
      (r = ks_norm_rule_roman(n, p, we)) ||
      (ks_is_upper((unsigned char)*p) && (r = ks_norm_rule_caps(n, p, we)))) {
    n->num_end = NULL;
    n->prev = p;
    n->prev_len = (size_t)(we - p);
    if (r < end && (we < r && r[-1] != '.') && alnum_at(r, end))
      ks_buf_putc(n->out, ' ');
    /* a month rule that read a day counts as a number for ranges */
    if (r > we && ks_is_digit((unsigned char)r[-1]))
      n->num_end = r;
    return r;
  }
  /* "covid-19", "mid-1980s", "F-16": the hyphen is a space */
  if (we < end - 1 && *we == '-' && ks_is_digit((unsigned char)we[1])) {
    copy_word(n, p);
    ks_buf_putc(n->out, ' ');
    return we + 1;
  }
  return NULL;
}

/* At the start of each run of non-space bytes holding '@' or '.': a web
 * or e-mail address. */
static const char *try_web(struct norm *n, const char *p,
                           const char **chunk_end) {
  const char *end = n->end, *ce = p;
  if (p < *chunk_end)
    return NULL;
  while (ce < end && !ks_is_space((unsigned char)*ce))
    ce++;
  *chunk_end = ce;
  if (!memchr(p, '@', (size_t)(ce - p)) && !memchr(p, '.', (size_t)(ce - p)))
    return NULL;
  return ks_norm_rule_web(n, p, ce);
}

static void normalize_run(struct norm *n) {
  const char *p = n->s, *end = n->end, *chunk_end = n->s, *r;

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
    if ((r = try_web(n, p, &chunk_end)) ||
        (c == '<' && (r = ks_norm_rule_markup(n, p))) ||
        (r = try_number(n, p))) {
      p = r;
      continue;
    }
    /* cheap first-byte tests keep plain words on the fast path */
    if ((c == '$' || c >= 0x80 ||
         (ks_is_upper(c) && p + 2 < end &&
          (ks_is_upper((unsigned char)p[1]) || p[1] == '$' ||
           (ks_is_lower((unsigned char)p[1]) &&
            (p[2] == ' ' || p[2] == '.' || ks_is_digit((unsigned char)p[2]) ||
             p[2] == '$'))))) &&
        (r = ks_norm_rule_money(n, p))) {
      n->num_end = r;
      if (alnum_at(r, end))
        ks_buf_putc(n->out, ' ');
      p = r;
      continue;
    }
    if ((r = try_short_decade(n, p)) ||
        (ks_is_alpha(c) && (r = try_word(n, p))) ||
        (r = ks_norm_rule_range(n, p)) || (r = ks_norm_rule_symbol(n, p)) ||
        (r = copy_word(n, p))) {
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

void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out, struct ks_align *map) {
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
  n.lang = lang ? lang : ks_lang_get("en");
  n.out = out;
  n.base = out->len;
  /* skip leading white space so the sentence starts at n.s */
  while (n.s < n.end && ks_is_space((unsigned char)*n.s))
    n.s++;
  normalize_run(&n);
  while (out->len > n.base && out->ptr[out->len - 1] == ' ')
    ks_buf_truncate(out, out->len - 1);
  if (map)
    ks_align_add(map, out->len - n.base, len);
  ks_buf_free(&clean);
}

bool ks_normalize_date(const char *iso, const struct ks_lang *lang, bool spoken,
                       struct ks_buf *out) {
  const char *p = iso, *end;
  unsigned y, m = 0, d = 0;
  struct norm n;

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
  n.lang = lang ? lang : ks_lang_get("en");
  n.out = out;
  n.base = out->len;
  if (!spoken && m && d) /* "December 3, 2024" */
    ks_buf_printf(out, "%s %u, %u", n.lang->months[m - 1], d, y);
  else if (!spoken && m)
    ks_buf_printf(out, "%s %u", n.lang->months[m - 1], y);
  else if (!spoken)
    ks_buf_printf(out, "%u", y);
  else if (m)
    ks_norm_say_month_day(&n, (int)m, d, y);
  else
    ks_num_year(out, y);
  return true;
}
