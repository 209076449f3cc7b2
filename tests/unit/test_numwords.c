/* test_numwords.c - numbers to words: cardinal, ordinal, year, decimal.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "normalize/numwords.h"

enum kind { CARD, PLAIN, ORD, YEAR, DECADE, DIGITS, DECIMAL, FRAC };

static const struct {
  enum kind kind;
  uint64_t n, d;    /* d: denominator, for FRAC */
  const char *text; /* for DIGITS and DECIMAL */
  const char *want;
} cases[] = {
    {CARD, 0, 0, NULL, "zero"},
    {CARD, 7, 0, NULL, "seven"},
    {CARD, 13, 0, NULL, "thirteen"},
    {CARD, 21, 0, NULL, "twenty-one"},
    {CARD, 100, 0, NULL, "one hundred"},
    {CARD, 123, 0, NULL, "one hundred-and-twenty-three"},
    {CARD, 1000, 0, NULL, "one thousand"},
    {CARD, 2005, 0, NULL, "two thousand-and-five"},
    {CARD, 18081, 0, NULL, "eighteen thousand-and-eighty-one"},
    {CARD, 123000, 0, NULL, "one hundred twenty-three thousand"},
    {CARD, 1000000, 0, NULL, "one million"},
    {CARD, 4500000000u, 0, NULL, "four billion five hundred million"},
    {CARD, UINT64_MAX, 0, NULL,
     "eighteen quintillion four hundred forty-six quadrillion seven hundred "
     "forty-four trillion seventy-three billion seven hundred nine million "
     "five hundred fifty-one thousand six hundred-and-fifteen"},
    {PLAIN, 123, 0, NULL, "one hundred twenty-three"},
    {PLAIN, 460, 0, NULL, "four hundred sixty"},
    {ORD, 1, 0, NULL, "first"},
    {ORD, 2, 0, NULL, "second"},
    {ORD, 3, 0, NULL, "third"},
    {ORD, 5, 0, NULL, "fifth"},
    {ORD, 8, 0, NULL, "eighth"},
    {ORD, 9, 0, NULL, "ninth"},
    {ORD, 11, 0, NULL, "eleventh"},
    {ORD, 12, 0, NULL, "twelfth"},
    {ORD, 20, 0, NULL, "twentieth"},
    {ORD, 29, 0, NULL, "twenty-ninth"},
    {ORD, 100, 0, NULL, "one hundredth"},
    {ORD, 121, 0, NULL, "one hundred twenty-first"},
    {ORD, 1000000, 0, NULL, "one millionth"},
    {YEAR, 1976, 0, NULL, "nineteen seventy-six"},
    {YEAR, 1906, 0, NULL, "nineteen oh six"},
    {YEAR, 1900, 0, NULL, "nineteen hundred"},
    {YEAR, 2000, 0, NULL, "two thousand"},
    {YEAR, 2005, 0, NULL, "two thousand five"},
    {YEAR, 2010, 0, NULL, "twenty ten"},
    {YEAR, 2024, 0, NULL, "twenty twenty-four"},
    {YEAR, 1000, 0, NULL, "one thousand"},
    {YEAR, 1155, 0, NULL, "eleven fifty-five"},
    {YEAR, 340, 0, NULL, "three hundred forty"},
    {DECADE, 1990, 0, NULL, "nineteen nineties"},
    {DECADE, 1910, 0, NULL, "nineteen tens"},
    {DECADE, 1900, 0, NULL, "nineteen hundreds"},
    {DECADE, 2000, 0, NULL, "two thousands"},
    {DECADE, 80, 0, NULL, "eighties"},
    {DIGITS, 0, 0, "004", "zero zero four"},
    {DIGITS, 0, 0, "9-5", "nine five"},
    {DECIMAL, 0, 0, "3.14", "three point one four"},
    {DECIMAL, 0, 0, ".5", "point five"},
    {DECIMAL, 0, 0, "1,234.50",
     "one thousand two hundred-and-thirty-four "
     "point five zero"},
    {DECIMAL, 0, 0, "2.0", "two point zero"},
    {FRAC, 1, 2, NULL, "one half"},
    {FRAC, 3, 2, NULL, "three halves"},
    {FRAC, 1, 4, NULL, "one quarter"},
    {FRAC, 3, 4, NULL, "three quarters"},
    {FRAC, 1, 3, NULL, "one third"},
    {FRAC, 5, 8, NULL, "five eighths"},
    {FRAC, 31, 32, NULL, "thirty-one thirty-seconds"},
    {FRAC, 142, 1, NULL, "one hundred forty-two over one"},
};

static const struct {
  const char *text;
  bool ok;
  uint64_t want;
} parses[] = {
    {"0", true, 0},
    {"1976", true, 1976},
    {"1,000,000", true, 1000000},
    {"18446744073709551615", true, UINT64_MAX},
    {"18446744073709551616", false, 0},
    {"", false, 0},
    {"12a", false, 0},
    {"12,", false, 0},
};

int main(void) {
  struct ks_buf b = KS_BUF_INIT;
  char what[64];

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    ks_buf_clear(&b);
    switch (cases[i].kind) {
    case CARD:
      ks_num_cardinal(&b, cases[i].n);
      break;
    case PLAIN:
      ks_num_cardinal_plain(&b, cases[i].n);
      break;
    case ORD:
      ks_num_ordinal(&b, cases[i].n);
      break;
    case YEAR:
      ks_num_year(&b, (unsigned)cases[i].n);
      break;
    case DECADE:
      ks_num_decade(&b, (unsigned)cases[i].n);
      break;
    case DIGITS:
      ks_num_digits(&b, cases[i].text, strlen(cases[i].text));
      break;
    case DECIMAL:
      ks_num_decimal(&b, cases[i].text, strlen(cases[i].text));
      break;
    case FRAC:
      ks_num_fraction(&b, cases[i].n, cases[i].d);
      break;
    }
    snprintf(what, sizeof what, "case %zu", i);
    STR_EQ(b.ptr, cases[i].want, what);
  }
  for (size_t i = 0; i < sizeof parses / sizeof parses[0]; i++) {
    uint64_t v = 0;
    bool ok = ks_num_parse(parses[i].text, strlen(parses[i].text), &v);
    snprintf(what, sizeof what, "parse \"%s\"", parses[i].text);
    INT_EQ(ok, parses[i].ok, what);
    if (ok && parses[i].ok)
      OK(v == parses[i].want, what);
  }
  ks_buf_free(&b);
  return t_summary("test_numwords");
}
