/* words.c - abbreviations and roman numerals read as words.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* Abbreviations with a period from the language table: titles before a
 * name ("Gen. Syrskyi", "Lt. Col."), "No. 5", weekdays; and St./Dr. read
 * as Street/Drive after a name. */
const char *ks_norm_rule_abbrev(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *q = we, *nx, *r;
  size_t len = (size_t)(we - p);
  const struct ks_abbrev *ab;
  bool dot = q < end && *q == '.';
  bool at_end, next_cap;

  if (dot)
    q++;
  nx = skip_spaces(q, end);
  at_end = nx == end;
  next_cap = nx < end && nx > q && ks_is_upper((unsigned char)*nx);
  if (len > 4 && !dot)
    return NULL;
  if ((r = ks_norm_rule_street(n, p, we)))
    return r;
  if (!dot)
    return NULL;
  ab = ks_lang_abbrev(n->lang, p, len);
  if (!ab || !ab->spoken)
    return NULL;
  if (ab->flags & KS_AB_NUMBER) {
    if (nx < end && nx > q && (ks_is_digit((unsigned char)*nx) || *nx == '#')) {
      say(n, ab->spoken);
      return q;
    }
    return NULL;
  }
  if (ab->flags & KS_AB_TITLE) {
    if (next_cap) {
      say(n, ab->spoken);
      return q;
    }
    return NULL;
  }
  if ((ab->flags & KS_AB_PLACE) && ab->word[0] == p[0]) {
    /* "Calif.", "Ave.": only as written, capitalised */
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  if (ab->flags & (KS_AB_WEEKDAY | KS_AB_LATIN)) {
    say(n, ab->spoken);
    if (at_end && (ab->flags & KS_AB_WEEKDAY))
      ks_buf_putc(n->out, '.');
    return q;
  }
  return NULL;
}

/* Roman numeral value of p[0..len), or 0 when it is not one written in the
 * canonical way (so "IIII" and "VX" are not numerals). */
static unsigned roman_value(const char *p, size_t len) {
  static const struct {
    const char *s;
    unsigned v;
  } r[] = {{"M", 1000}, {"CM", 900}, {"D", 500}, {"CD", 400}, {"C", 100},
           {"XC", 90},  {"L", 50},   {"XL", 40}, {"X", 10},   {"IX", 9},
           {"V", 5},    {"IV", 4},   {"I", 1}};
  unsigned v = 0;
  size_t i = 0, k = 0;
  int reps = 0;
  while (i < len && k < N_OF(r)) {
    size_t sl = strlen(r[k].s);
    if (len - i >= sl && !memcmp(p + i, r[k].s, sl) &&
        reps < (sl == 1 ? 3 : 1)) {
      v += r[k].v;
      i += sl;
      reps++;
      if (sl == 2 || r[k].v == 5 || r[k].v == 50 || r[k].v == 500) {
        k++;
        reps = 0;
      }
    } else {
      k++;
      reps = 0;
    }
  }
  return i == len ? v : 0;
}

/* "World War II" -> "World War two"; "Charles III" -> "Charles the Third".
 * Only after a capitalised word, only numerals using I, V or X up to 89,
 * so "DC", "MD" and "CIA" stay letters. */
const char *ks_norm_rule_roman(struct norm *n, const char *p, const char *we) {
  size_t len = (size_t)(we - p);
  unsigned v;
  bool has_ivx = false;
  const char *q;

  if (!n->prev || !ks_is_upper((unsigned char)n->prev[0]) || len > 7 ||
      !strchr("IVXLCDM", *p))
    return NULL;
  for (size_t i = 0; i < len; i++) {
    char c = p[i];
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' &&
        c != 'M')
      return NULL;
    if (c == 'I' || c == 'V' || c == 'X')
      has_ivx = true;
  }
  v = roman_value(p, len);
  if (!has_ivx || v == 0 || v > 89)
    return NULL;
  /* the previous word must sit right before this one */
  if (p - (n->prev + n->prev_len) != 1)
    return NULL;
  if (len == 1) {
    /* "Sam and I", "Then I went": a lone I or V is a numeral only after a
     * name in the middle of the sentence and before no lower-case word */
    if (p[0] != 'I' && p[0] != 'V')
      return NULL;
    if (n->prev == n->s && word_is(n->prev, n->prev_len, n->lang->not_before_i,
                                   n->lang->n_not_before_i))
      return NULL;
    q = skip_spaces(we, n->end);
    if (q < n->end && (ks_is_lower((unsigned char)*q) || *q == '\''))
      return NULL;
    if (p[0] == 'I' && q > we && q < n->end && ks_is_upper((unsigned char)*q))
      return NULL;
  }
  if (word_is(n->prev, n->prev_len, n->lang->roman_cardinal_after,
              n->lang->n_roman_cardinal_after)) {
    say(n, "");
    ks_num_cardinal(n->out, v);
  } else {
    /* an all-caps word before it ("PART XL") is a heading, not a king */
    bool caps = true;
    for (size_t i = 0; i < n->prev_len; i++)
      if (ks_is_lower((unsigned char)n->prev[i]))
        caps = false;
    if (caps && n->prev_len > 1) {
      say(n, "");
      ks_num_cardinal(n->out, v);
    } else {
      say(n, "the ");
      ks_num_ordinal(n->out, v);
    }
  }
  return we;
}
