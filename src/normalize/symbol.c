/* symbol.c - symbols with a word of their own.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* Symbols with a word of their own. */
const char *ks_norm_rule_symbol(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  unsigned fn, fd;
  bool before_space =
      p == n->s || ks_is_space((unsigned char)p[-1]) || p[-1] == '(';
  switch (*p) {
  case '&':
    if (p > n->s && q < end && ks_is_alpha((unsigned char)p[-1]) &&
        ks_is_alpha((unsigned char)*q))
      return NULL; /* "AT&T" */
    say(n, "and");
    break;
  case '#':
    if (q < end && ks_is_digit((unsigned char)*q))
      say(n, "number");
    else if (q < end && ks_is_alpha((unsigned char)*q) && before_space)
      say(n, "hashtag");
    else
      return NULL;
    break;
  case '@':
    if (!(q < end && ks_is_alnum((unsigned char)*q) && before_space))
      return NULL;
    say(n, "at");
    break;
  case '%':
    say(n, "percent");
    break;
  case '+':
    if (!(q < end && (ks_is_digit((unsigned char)*q) || *q == ' ')))
      return NULL;
    say(n, "plus");
    break;
  case '=':
    say(n, "equals");
    break;
  case '-':
    /* a minus sign: "-5", "-0.4kg", not "covid-19" or "3-4" */
    if (!(q < end &&
          (ks_is_digit((unsigned char)*q) ||
           (*q == '.' && q + 1 < end && ks_is_digit((unsigned char)q[1])))) ||
        !before_space)
      return NULL;
    say(n, "minus");
    break;
  default:
    if (starts(p, end, "§")) {
      q = p + strlen("§");
      if (starts(q, end, "§")) {
        say(n, "sections");
        q += strlen("§");
      } else {
        say(n, "section");
      }
      break;
    }
    if (starts(p, end, "−") && before_space) {
      q = p + strlen("−");
      if (q < end && ks_is_digit((unsigned char)*q)) {
        say(n, "minus");
        break;
      }
    }
    if ((q = ks_norm_scan_vulgar(p, end, &fn, &fd))) {
      sep(n);
      ks_num_fraction(n->out, fn, fd);
      return q;
    }
    return NULL;
  }
  if (q < end && alnum_at(q, end))
    ks_buf_putc(n->out, ' ');
  return q;
}

/* A markup tag ("<pitch=-.3>", "</pitch>", "<br/>"): copied as written,
 * so that what is inside it is not read as numbers and symbols. */
const char *ks_norm_rule_markup(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  if (q < end && *q == '/')
    q++;
  if (q >= end || !ks_is_alpha((unsigned char)*q))
    return NULL;
  while (q < end && *q != '>' && *q != '<' && *q != '\n' && q - p < 200)
    q++;
  if (q >= end || *q != '>')
    return NULL;
  sep(n);
  ks_buf_put(n->out, p, (size_t)(q + 1 - p));
  return q + 1;
}
