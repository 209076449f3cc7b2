/* numwords.c - numbers to English words: cardinal, ordinal, year, decimal.
 * SPDX-License-Identifier: MIT
 */
#include "numwords.h"

#include <string.h>

static const char *const ones[20] = {
    "zero",    "one",     "two",       "three",    "four",
    "five",    "six",     "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens[10] = {"",       "ten",   "twenty", "thirty",
                                     "forty",  "fifty", "sixty",  "seventy",
                                     "eighty", "ninety"};
static const char *const scales[] = {
    "",          " thousand",    " million",    " billion",
    " trillion", " quadrillion", " quintillion"};

/* Ordinal forms of the words a cardinal can end in; the rest add "th". */
static const struct {
  const char *card, *ord;
} ord_ends[] = {{"one", "first"},     {"two", "second"},   {"three", "third"},
                {"five", "fifth"},    {"eight", "eighth"}, {"nine", "ninth"},
                {"twelve", "twelfth"}};

static void put_space(struct ks_buf *out) {
  if (out->len > 0 && out->ptr[out->len - 1] != ' ')
    ks_buf_putc(out, ' ');
}

/* 0..999. With and_ the last tens follow "hundred and", as a newsreader
 * says "one hundred and twenty-three"; joined by hyphens because espeak-ng
 * pauses before a free-standing "and" after "hundred". */
static void below_1000(struct ks_buf *out, unsigned n, bool and_) {
  if (n >= 100) {
    ks_buf_puts(out, ones[n / 100]);
    ks_buf_puts(out, " hundred");
    n %= 100;
    if (n == 0)
      return;
    ks_buf_puts(out, and_ ? "-and-" : " ");
  }
  if (n < 20) {
    ks_buf_puts(out, ones[n]);
  } else {
    ks_buf_puts(out, tens[n / 10]);
    if (n % 10) {
      ks_buf_putc(out, '-');
      ks_buf_puts(out, ones[n % 10]);
    }
  }
}

/* Cardinal; and_ puts "and" into the last group of three ("two thousand
 * and five", "one hundred and one"), as said in quantities. */
static void cardinal(struct ks_buf *out, uint64_t n, bool and_) {
  unsigned groups[7];
  int ng = 0;
  bool first = true;

  if (n == 0) {
    ks_buf_puts(out, "zero");
    return;
  }
  while (n > 0) {
    groups[ng++] = (unsigned)(n % 1000);
    n /= 1000;
  }
  for (int i = ng - 1; i >= 0; i--) {
    if (groups[i] == 0)
      continue;
    if (!first)
      ks_buf_puts(out, i == 0 && and_ && groups[0] < 100 ? "-and-" : " ");
    below_1000(out, groups[i], and_ && i == 0);
    ks_buf_puts(out, scales[i]);
    first = false;
  }
}

void ks_num_cardinal(struct ks_buf *out, uint64_t n) { cardinal(out, n, true); }

void ks_num_cardinal_plain(struct ks_buf *out, uint64_t n) {
  cardinal(out, n, false);
}

void ks_num_ordinal(struct ks_buf *out, uint64_t n) {
  size_t start = out->len, end, w;

  cardinal(out, n, false);
  end = out->len;
  w = end;
  while (w > start && out->ptr[w - 1] != ' ' && out->ptr[w - 1] != '-')
    w--;
  for (size_t i = 0; i < sizeof ord_ends / sizeof ord_ends[0]; i++) {
    size_t cl = strlen(ord_ends[i].card);
    if (end - w == cl && !memcmp(out->ptr + w, ord_ends[i].card, cl)) {
      ks_buf_truncate(out, w);
      ks_buf_puts(out, ord_ends[i].ord);
      return;
    }
  }
  if (out->ptr[end - 1] == 'y') { /* twenty -> twentieth */
    ks_buf_truncate(out, end - 1);
    ks_buf_puts(out, "ieth");
  } else {
    ks_buf_puts(out, "th");
  }
}

void ks_num_year(struct ks_buf *out, unsigned y) {
  unsigned hi = y / 100, lo = y % 100;

  if (y < 1000 || y > 9999 ||
      (y % 1000 < 10 && hi % 10 == 0 && (y >= 2000 || y % 1000 == 0))) {
    cardinal(out, y, false); /* 2000, 2005, 1000; 1009 is "ten oh nine" */
    return;
  }
  below_1000(out, hi, false);
  if (lo == 0) {
    ks_buf_puts(out, " hundred");
  } else if (lo < 10) {
    ks_buf_puts(out, " oh ");
    ks_buf_puts(out, ones[lo]);
  } else {
    ks_buf_putc(out, ' ');
    below_1000(out, lo, false);
  }
}

void ks_num_decade(struct ks_buf *out, unsigned y) {
  size_t end;

  if (y % 100 == 0 && y >= 1000 && y % 1000 != 0) {
    below_1000(out, y / 100, false);
    ks_buf_puts(out, " hundreds");
    return;
  }
  if (y >= 100)
    ks_num_year(out, y);
  else
    cardinal(out, y, false);
  end = out->len;
  if (out->ptr[end - 1] == 'y') { /* nineties */
    ks_buf_truncate(out, end - 1);
    ks_buf_puts(out, "ies");
  } else if (out->ptr[end - 1] == 'x') { /* "the 6s": sixes */
    ks_buf_puts(out, "es");
  } else {
    ks_buf_putc(out, 's'); /* tens, thousands */
  }
}

void ks_num_digits(struct ks_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (s[i] < '0' || s[i] > '9')
      continue;
    put_space(out);
    ks_buf_puts(out, ones[s[i] - '0']);
  }
}

bool ks_num_parse(const char *s, size_t len, uint64_t *v) {
  uint64_t n = 0;
  unsigned d;
  bool any = false;

  for (size_t i = 0; i < len; i++) {
    if (s[i] == ',' && any && i + 1 < len)
      continue;
    if (s[i] < '0' || s[i] > '9')
      return false;
    d = (unsigned)(s[i] - '0');
    if (n > UINT64_MAX / 10 || (n == UINT64_MAX / 10 && d > UINT64_MAX % 10))
      return false;
    n = n * 10 + d;
    any = true;
  }
  *v = n;
  return any;
}

void ks_num_decimal(struct ks_buf *out, const char *s, size_t len) {
  size_t dot = 0;
  uint64_t v;

  while (dot < len && s[dot] != '.')
    dot++;
  if (dot > 0) {
    if (ks_num_parse(s, dot, &v))
      ks_num_cardinal(out, v);
    else
      ks_num_digits(out, s, dot);
  }
  if (dot < len) {
    put_space(out);
    ks_buf_puts(out, "point");
    ks_num_digits(out, s + dot + 1, len - dot - 1);
  }
}

void ks_num_fraction(struct ks_buf *out, uint64_t n, uint64_t d) {
  cardinal(out, n, false);
  ks_buf_putc(out, ' ');
  if (d == 1) {
    ks_buf_puts(out, "over one");
    return;
  }
  if (d == 2) {
    ks_buf_puts(out, n == 1 ? "half" : "halves");
    return;
  }
  if (d == 4) {
    ks_buf_puts(out, n == 1 ? "quarter" : "quarters");
    return;
  }
  ks_num_ordinal(out, d);
  if (n != 1)
    ks_buf_putc(out, 's');
}

/* Whether w[0..len) is word, in any case. */
static bool word_eq_ci(const char *w, size_t len, const char *word) {
  if (strlen(word) != len)
    return false;
  for (size_t i = 0; i < len; i++)
    if ((w[i] | 0x20) != word[i])
      return false;
  return true;
}

unsigned ks_num_word_value(const char *w, size_t len) {
  for (unsigned i = 1; i < 20; i++)
    if (word_eq_ci(w, len, ones[i]))
      return i;
  for (unsigned i = 2; i < 10; i++)
    if (word_eq_ci(w, len, tens[i]))
      return i * 10;
  return 0;
}
