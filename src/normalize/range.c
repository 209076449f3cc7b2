/* range.c - a dash between numbers: ranges, scores, minus signs.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* The second number of a range or score after "-": a year's last two
 * digits ("2024-25") or a decade ("1960s-80s") follow the first. */
static const char *range_tail(struct norm *n, const char *p) {
  const char *e = digit_end(p, n->end);
  unsigned v;
  if (e - p != 2 || (e < n->end && ks_is_alnum((unsigned char)*e) && *e != 's'))
    return NULL;
  v = small_val(p, e);
  if (n->num_decade && e < n->end && *e == 's') {
    sep(n);
    ks_num_decade(n->out, v);
    return e + 1;
  }
  if (!n->num_century || (e < n->end && *e == 's'))
    return NULL;
  sep(n);
  if (v < 10)
    ks_buf_puts(n->out, "oh ");
  ks_num_cardinal(n->out, v);
  return e;
}

/* A dash before a number in a sum with "=" after it ("1-2=5", "1- 2 =
 * 5") is a minus sign, however it is spaced: says "minus" and returns
 * where the next number starts. */
static const char *arithmetic_minus(struct norm *n, const char *r) {
  const char *end = n->end, *e = skip_spaces(r, end);
  if (e - r > 1 || e >= end || !ks_is_digit((unsigned char)*e))
    return NULL;
  r = e;
  while (e < end && (ks_is_digit((unsigned char)*e) || *e == '.'))
    e++;
  e = skip_spaces(e, end);
  if (e >= end || *e != '=')
    return NULL;
  say(n, "minus");
  return r;
}

/* A dash between two numbers that a rule just read: "3-4", "1980-1986",
 * "$250-$300", "2pm-5pm", "10%-20%" are ranges, said with "to". A chain
 * ("1-413-5") is a code and keeps its parts apart. */
const char *ks_norm_rule_range(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *r, *e, *a = n->prev;
  size_t dl;
  if (n->num_end != p && !(p > n->s && p[-1] == ' ' && n->num_end == p - 1))
    return NULL;
  if (*q == '-')
    dl = 1;
  else if (starts(q, end, "–") || starts(q, end, "—"))
    dl = strlen("–");
  else
    return NULL;
  r = q + dl;
  if ((e = arithmetic_minus(n, r)))
    return e;
  if (q > n->s && q[-1] == ' ') {
    if (r >= end || *r != ' ')
      return NULL;
    r++;
  }
  if (r >= end)
    return NULL;
  if (n->num_model && dl == 1 && r == q + 1 && ks_is_digit((unsigned char)*r)) {
    ks_buf_putc(n->out, ' '); /* "787-9", "A350-900": parts of one name */
    return r;
  }
  if (!ks_is_digit((unsigned char)*r) &&
      !ks_norm_scan_currency(n->lang, r, end, &e))
    return NULL;
  e = r;
  while (e < end && (ks_is_alnum((unsigned char)*e) || *e == '.' || *e == ',' ||
                     *e == ':' || *e == '$'))
    e++;
  if (e < end - 1 && *e == '-' && ks_is_alnum((unsigned char)e[1]))
    return NULL;
  /* the last link of a chain ("te-b-1-5", "4-1-5"): a code, not a range */
  if (a && a + n->prev_len == n->num_end && a - n->s >= 2 && a[-1] == '-' &&
      (ks_is_digit((unsigned char)a[-2]) ||
       (ks_is_alpha((unsigned char)a[-2]) &&
        (a - 2 == n->s || !ks_is_alpha((unsigned char)a[-3])))))
    return NULL;
  say(n, "to");
  if ((e = range_tail(n, r)))
    return e;
  return r;
}
