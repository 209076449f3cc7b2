/* normalize.c - one sentence as a newsreader says it: dates, money, numbers.
 * SPDX-License-Identifier: MIT
 *
 * One left-to-right pass. At each position a few rules look a bounded
 * distance ahead ("Nov. 29", "$4.5 billion", "12 kg"); the first that
 * matches writes words and moves past what it read, otherwise one word or
 * one UTF-8 character is copied. Words espeak-ng already reads right
 * ("U.S.", "Mr.", "Dr." before a name) are copied through unchanged; numbers
 * are always written out, so what is heard does not depend on espeak-ng's
 * own number rules ("1976" -> "nineteen hundred seventy six").
 */
#include "kispeak.h"
#include "lang.h"
#include "numwords.h"

#include <string.h>

/* ------------------------------------------------------------ tables */

/* Units after a number. Matched case-sensitively, longest first within a
 * shared prefix, and only when no letter follows. */
struct unit {
  const char *abbr, *one, *many;
};
static const struct unit units[] = {
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"km²", "square kilometer", "square kilometers"},
    {"km2", "square kilometer", "square kilometers"},
    {"km³", "cubic kilometer", "cubic kilometers"},
    {"kmh", "kilometer per hour", "kilometers per hour"},
    {"kph", "kilometer per hour", "kilometers per hour"},
    {"km", "kilometer", "kilometers"},
    {"kg", "kilogram", "kilograms"},
    {"KG", "kilogram", "kilograms"},
    {"kWh", "kilowatt hour", "kilowatt hours"},
    {"kW", "kilowatt", "kilowatts"},
    {"kHz", "kilohertz", "kilohertz"},
    {"kt", "knot", "knots"},
    {"m²", "square meter", "square meters"},
    {"m2", "square meter", "square meters"},
    {"m³", "cubic meter", "cubic meters"},
    {"m/s", "meter per second", "meters per second"},
    {"mph", "mile per hour", "miles per hour"},
    {"mm", "millimeter", "millimeters"},
    {"mg", "milligram", "milligrams"},
    {"ml", "milliliter", "milliliters"},
    {"mbps", "megabit per second", "megabits per second"},
    {"Mbps", "megabit per second", "megabits per second"},
    {"Gbps", "gigabit per second", "gigabits per second"},
    {"mi", "mile", "miles"},
    {"m", "meter", "meters"},
    {"cm", "centimeter", "centimeters"},
    {"cc", "cubic centimeter", "cubic centimeters"},
    {"g", "gram", "grams"},
    {"lbs", "pound", "pounds"},
    {"lb", "pound", "pounds"},
    {"oz", "ounce", "ounces"},
    {"ft", "foot", "feet"},
    {"sq", "square", "square"},
    {"ha", "hectare", "hectares"},
    {"MW", "megawatt", "megawatts"},
    {"GW", "gigawatt", "gigawatts"},
    {"MHz", "megahertz", "megahertz"},
    {"GHz", "gigahertz", "gigahertz"},
    {"Hz", "hertz", "hertz"},
    {"GB", "gigabyte", "gigabytes"},
    {"MB", "megabyte", "megabytes"},
    {"TB", "terabyte", "terabytes"},
    {"°C", "degree Celsius", "degrees Celsius"},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"ºC", "degree Celsius", "degrees Celsius"},
    {"ºF", "degree Fahrenheit", "degrees Fahrenheit"},
    {"°", "degree", "degrees"},
    {"º", "degree", "degrees"},
};

/* Currencies: written before the amount ($5, UAH 1,000) or after it. */
struct currency {
  const char *sign, *one, *many, *minor_one, *minor_many;
};
static const struct currency currencies[] = {
    {"US$", "dollar", "dollars", "cent", "cents"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"€", "euro", "euros", "cent", "cents"},
    {"£", "pound", "pounds", "penny", "pence"},
    {"¥", "yen", "yen", NULL, NULL},
    {"₩", "won", "won", NULL, NULL},
    {"₴", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"₹", "rupee", "rupees", NULL, NULL},
    {"₽", "ruble", "rubles", "kopek", "kopeks"},
    {"USD", "dollar", "dollars", "cent", "cents"},
    {"EUR", "euro", "euros", "cent", "cents"},
    {"GBP", "pound", "pounds", "penny", "pence"},
    {"UAH", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"JPY", "yen", "yen", NULL, NULL},
    {"CHF", "Swiss franc", "Swiss francs", NULL, NULL},
};

/* Scale words after an amount: "$4.5 billion", "€20bn", "£3m". */
static const struct {
  const char *abbr, *word;
} scales[] = {
    {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"},
    {"trillion", "trillion"}, {"bn", "billion"},      {"mn", "million"},
    {"tn", "trillion"},       {"trn", "trillion"},    {"m", "million"},
    {"b", "billion"},         {"B", "billion"},       {"k", "thousand"},
    {"K", "thousand"},        {"M", "million"},       {"T", "trillion"},
};

/* "$20/mo": the period after a slash. */
static const struct {
  const char *abbr, *word;
} per_words[] = {{"mo", "month"},  {"month", "month"}, {"yr", "year"},
                 {"year", "year"}, {"wk", "week"},     {"week", "week"},
                 {"d", "day"},     {"day", "day"},     {"hr", "hour"},
                 {"h", "hour"},    {"hour", "hour"}};

/* Street types, read "Street" after a name and before no name ("Elm St.").
 * St and Dr otherwise come from the language's title table. */
static const struct {
  const char *abbr, *word;
} streets[] = {
    {"St", "Street"},      {"Dr", "Drive"},    {"Ave", "Avenue"},
    {"Blvd", "Boulevard"}, {"Rd", "Road"},     {"Ln", "Lane"},
    {"Ct", "Court"},       {"Hwy", "Highway"}, {"Expy", "Expressway"},
    {"Pl", "Place"},       {"Sq", "Square"}};

/* US postal codes, read after "City, " in an address. DC stays letters. */
static const struct {
  const char *code, *name;
} states[] = {
    {"AK", "Alaska"},         {"AL", "Alabama"},      {"AR", "Arkansas"},
    {"AZ", "Arizona"},        {"CA", "California"},   {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},     {"FL", "Florida"},
    {"GA", "Georgia"},        {"HI", "Hawaii"},       {"IA", "Iowa"},
    {"ID", "Idaho"},          {"IL", "Illinois"},     {"IN", "Indiana"},
    {"KS", "Kansas"},         {"KY", "Kentucky"},     {"LA", "Louisiana"},
    {"MA", "Massachusetts"},  {"MD", "Maryland"},     {"ME", "Maine"},
    {"MI", "Michigan"},       {"MN", "Minnesota"},    {"MO", "Missouri"},
    {"MS", "Mississippi"},    {"MT", "Montana"},      {"NC", "North Carolina"},
    {"ND", "North Dakota"},   {"NE", "Nebraska"},     {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},     {"NM", "New Mexico"},   {"NV", "Nevada"},
    {"NY", "New York"},       {"OH", "Ohio"},         {"OK", "Oklahoma"},
    {"OR", "Oregon"},         {"PA", "Pennsylvania"}, {"RI", "Rhode Island"},
    {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
    {"TX", "Texas"},          {"UT", "Utah"},         {"VA", "Virginia"},
    {"VT", "Vermont"},        {"WA", "Washington"},   {"WI", "Wisconsin"},
    {"WV", "West Virginia"},  {"WY", "Wyoming"}};

/* Words after which a roman numeral is a plain number ("World War II",
 * "Chapter IV"); after any other name it is a regnal "the third". */
static const char *const roman_cardinal_after[] = {
    "act",   "amendment", "apollo",   "article", "book",    "bowl",   "chapter",
    "class", "division",  "episode",  "grade",   "league",  "level",  "part",
    "phase", "round",     "schedule", "season",  "section", "series", "stage",
    "title", "type",      "vatican",  "volume",  "war"};

/* Capitalised words that begin a sentence with "I" after them ("Then I
 * left", "Can I"): there "I" is the pronoun. */
static const char *const not_before_i[] = {
    "am",   "and",  "but",   "can",  "could", "did",  "do",    "had",
    "have", "here", "if",    "may",  "must",  "now",  "shall", "should",
    "so",   "then", "there", "when", "where", "will", "would", "yes"};

/* Fractions that are names, not quantities. */
static const struct {
  const char *written, *spoken;
} idioms[] = {{"9/11", "nine eleven"},
              {"24/7", "twenty-four seven"},
              {"50/50", "fifty-fifty"}};

/* Unicode vulgar fractions. */
static const struct {
  const char *glyph;
  unsigned n, d;
} vulgar[] = {{"½", 1, 2}, {"¼", 1, 4}, {"¾", 3, 4},
              {"⅓", 1, 3}, {"⅔", 2, 3}, {"⅛", 1, 8}};

/* ------------------------------------------------------------ state */

struct norm {
  const char *s, *end;
  const struct ks_lang *lang;
  struct ks_buf *out;
  size_t base;      /* out->len when the sentence began */
  const char *prev; /* last word copied, or NULL at sentence start */
  size_t prev_len;
  const char *num_end;  /* where the last number rule stopped reading */
  unsigned num_century; /* its century when it was a year, else 0 */
  bool num_decade;      /* it was a decade ("1960s") */
  bool address;         /* a house number was read: "hwy", "FL" follow */
  const char *qpos;     /* quotation marks before qpos: quotes */
  size_t quotes;
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(int c) { return is_upper(c) || is_lower(c); }
static bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static bool is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
static int lower(int c) { return is_upper(c) ? c + 32 : c; }

/* Length of the valid UTF-8 sequence at p, or 0 when p holds an invalid or
 * cut-off one (overlongs and surrogates included). */
static size_t utf8_len(const char *p, const char *end) {
  const unsigned char *u = (const unsigned char *)p;
  size_t n, avail = (size_t)(end - p);
  unsigned c = u[0];

  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4;
  else
    return 0;
  if (avail < n)
    return 0;
  for (size_t i = 1; i < n; i++)
    if ((u[i] & 0xC0) != 0x80)
      return 0;
  if ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F) ||
      (c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F))
    return 0;
  return n;
}

/* A letter of a word: ASCII letters and the non-ASCII scripts (Latin
 * accents, Cyrillic, ...), but not the symbols and punctuation that start
 * with 0xC2 (£ ° §) or 0xE2 (— € ’). */
static size_t letter_len(const char *p, const char *end) {
  unsigned c = (unsigned char)*p;
  size_t n;
  if (c < 0x80)
    return is_alpha((int)c) ? 1 : 0;
  if (c == 0xC2 || c == 0xE2)
    return 0;
  n = utf8_len(p, end);
  return n;
}

static bool starts(const char *p, const char *end, const char *lit) {
  size_t n = strlen(lit);
  return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

static bool starts_ci(const char *p, const char *end, const char *lit) {
  size_t n = strlen(lit);
  if ((size_t)(end - p) < n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)p[i]) != lower((unsigned char)lit[i]))
      return false;
  return true;
}

static bool prefix_ci(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
      return false;
  return true;
}

static bool eq_ci(const char *p, size_t n, const char *lit) {
  return strlen(lit) == n && starts_ci(p, p + n, lit);
}

/* End of the ASCII-letter run at p. */
static const char *alpha_end(const char *p, const char *end) {
  while (p < end && is_alpha((unsigned char)*p))
    p++;
  return p;
}

static const char *digit_end(const char *p, const char *end) {
  while (p < end && is_digit((unsigned char)*p))
    p++;
  return p;
}

static const char *skip_spaces(const char *p, const char *end) {
  while (p < end && is_space((unsigned char)*p))
    p++;
  return p;
}

/* True when a letter or digit starts at p, so the word there would run into
 * what a rule writes. */
static bool alnum_at(const char *p, const char *end) {
  return p < end && (is_alnum((unsigned char)*p) || letter_len(p, end) > 1);
}

/* Separate what a rule writes from the word before it. */
static void sep(struct norm *n) {
  struct ks_buf *o = n->out;
  if (o->len > n->base) {
    char c = o->ptr[o->len - 1];
    if (c != ' ' && c != '(' && c != '"' && c != '[')
      ks_buf_putc(o, ' ');
  }
}

static void say(struct norm *n, const char *words) {
  sep(n);
  ks_buf_puts(n->out, words);
}

/* ------------------------------------------------------------ numbers */

/* A number as written: integer part (digit groups with commas allowed),
 * optional fraction after '.'. */
struct num {
  const char *p, *end; /* the whole span */
  const char *dot;     /* the '.' or NULL */
  uint64_t ival;
  bool ok;     /* ival holds the integer part */
  size_t ndig; /* digits in the integer part */
  bool commas;
};

/* Read a number at p (digits, or '.' then digits). Commas count only
 * between groups of exactly three digits ("12,again" stops at 12). */
static bool scan_num(const char *p, const char *end, struct num *v) {
  const char *q = p;
  memset(v, 0, sizeof *v);
  v->p = p;
  q = digit_end(p, end);
  v->ndig = (size_t)(q - p);
  while (v->ndig > 0 && v->ndig <= 3 + (v->commas ? 1000 : 0) && q < end &&
         *q == ',' && end - q >= 4 && is_digit((unsigned char)q[1]) &&
         is_digit((unsigned char)q[2]) && is_digit((unsigned char)q[3]) &&
         (end - q == 4 || !is_digit((unsigned char)q[4]))) {
    if (!v->commas && q - p > 3)
      break;
    v->commas = true;
    q += 4;
    v->ndig += 3;
  }
  if (q < end - 1 && *q == '.' && is_digit((unsigned char)q[1])) {
    v->dot = q;
    q = digit_end(q + 1, end);
  }
  if (q == p)
    return false;
  v->end = q;
  v->ok = ks_num_parse(p, (size_t)((v->dot ? v->dot : q) - p), &v->ival);
  return true;
}

/* A number too big for 64 bits, written with commas: each group of three
 * with its scale word ("one hundred twenty-four quintillion ..."). */
static void say_groups(struct norm *n, const char *p, const char *e) {
  static const char *const names[] = {
      "",          " thousand",    " million",    " billion",
      " trillion", " quadrillion", " quintillion"};
  size_t ng = 1;
  const char *q;
  for (q = p; q < e; q++)
    ng += *q == ',';
  for (q = p; q < e && ng > 0; ng--) {
    const char *ge = q;
    uint64_t g;
    while (ge < e && *ge != ',')
      ge++;
    if (ks_num_parse(q, (size_t)(ge - q), &g) && g > 0) {
      sep(n);
      if (ng == 1)
        ks_num_cardinal(n->out, g);
      else
        ks_num_cardinal_plain(n->out, g);
      ks_buf_puts(n->out, names[ng - 1]);
    }
    q = ge < e ? ge + 1 : ge;
  }
}

/* The integer or decimal as a listener hears it: leading zeros and very
 * long digit strings digit by digit, anything else as a quantity. */
static void say_num(struct norm *n, const struct num *v) {
  const char *ie = v->dot ? v->dot : v->end;
  sep(n);
  if (v->ndig == 0) {
    ks_num_decimal(n->out, v->p, (size_t)(v->end - v->p));
  } else if (!v->ok && v->commas && v->ndig <= 21) {
    say_groups(n, v->p, ie);
    if (v->dot) {
      ks_buf_puts(n->out, " point");
      ks_num_digits(n->out, v->dot + 1, (size_t)(v->end - v->dot - 1));
    }
  } else if (!v->ok || (v->ndig > 1 && *v->p == '0' && !v->commas) ||
             (!v->commas && v->ndig > 15)) {
    ks_num_digits(n->out, v->p, (size_t)(ie - v->p));
    if (v->dot) {
      ks_buf_puts(n->out, " point");
      ks_num_digits(n->out, v->dot + 1, (size_t)(v->end - v->dot - 1));
    }
  } else {
    ks_num_decimal(n->out, v->p, (size_t)(v->end - v->p));
  }
}

static bool is_year(const struct num *v) {
  return v->ok && !v->dot && !v->commas && v->ndig == 4 && v->ival >= 1000 &&
         v->ival <= 2099;
}

/* Month 1..12 named by the word at p[0..len): a full name, or its first
 * three letters ("Sept" too), any case. */
static int month_of(const struct norm *n, const char *p, size_t len) {
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++) {
    const char *name = n->lang->months[m];
    size_t nl;
    if (lower((unsigned char)*name) != lower((unsigned char)*p))
      continue;
    nl = strlen(name);
    if (len == nl && starts_ci(p, p + len, name))
      return m + 1;
    if ((len == 3 || (m == 8 && len == 4)) && nl > len &&
        prefix_ci(p, name, len))
      return m + 1;
  }
  return 0;
}

/* A day of the month at p: 1..31, an optional ordinal suffix, and nothing
 * that would make it a bigger number, a time or a measure. */
static const char *scan_day(const char *p, const char *end, unsigned *day) {
  const char *q = digit_end(p, end);
  unsigned d = 0;
  if (q == p || q - p > 2)
    return NULL;
  for (const char *r = p; r < q; r++)
    d = d * 10 + (unsigned)(*r - '0');
  if (d < 1 || d > 31)
    return NULL;
  if (end - q >= 2 && (starts_ci(q, end, "st") || starts_ci(q, end, "nd") ||
                       starts_ci(q, end, "rd") || starts_ci(q, end, "th")))
    q += 2;
  if (q < end && (is_alpha((unsigned char)*q) || *q == ':' || *q == '%'))
    return NULL;
  if (q < end - 1 && (*q == '.' || *q == ',') && is_digit((unsigned char)q[1]))
    return NULL;
  *day = d;
  return q;
}

/* A year after a date: ", 2024" or " 2024" (not a count: "2024 people" is
 * still read as a year, which is what "Dec. 3 2024" means). */
static const char *scan_date_year(const char *p, const char *end,
                                  unsigned *year) {
  const char *q = p, *e;
  if (q < end && *q == ',')
    q++;
  q = skip_spaces(q, end);
  if (q == p && !(q < end && *q == '-'))
    return NULL;
  if (q < end && *q == '-' && q == p)
    q++;
  e = digit_end(q, end);
  if (e - q != 4 || (e < end && (is_alnum((unsigned char)*e) ||
                                 (*e == ',' && e + 1 < end &&
                                  is_digit((unsigned char)e[1])))))
    return NULL;
  *year = (unsigned)((q[0] - '0') * 1000 + (q[1] - '0') * 100 +
                     (q[2] - '0') * 10 + (q[3] - '0'));
  return *year >= 1000 && *year <= 2099 ? e : NULL;
}

/* "December third, twenty twenty-four": espeak-ng alone would say
 * "December three, two thousand twenty four". */
static void say_month_day(struct norm *n, int month, unsigned day,
                          unsigned year) {
  say(n, n->lang->months[month - 1]);
  if (day) {
    ks_buf_putc(n->out, ' ');
    ks_num_ordinal(n->out, day);
  }
  if (year) {
    ks_buf_puts(n->out, day ? ", " : " ");
    ks_num_year(n->out, year);
  }
}

/* Two-digit year of a numeric date: 05 -> "oh five", 98 -> "ninety-eight". */
static void say_short_year(struct norm *n, unsigned y) {
  sep(n);
  if (y < 10) {
    ks_buf_puts(n->out, "oh ");
  }
  ks_num_cardinal(n->out, y);
}

/* ------------------------------------------------------------ rules */

static bool after_the(const struct norm *n);

/* The value of a run of digits, at most 9 of them. */
static unsigned small_val(const char *p, const char *e) {
  unsigned v = 0;
  for (; p < e && v < 100000000u; p++)
    v = v * 10 + (unsigned)(*p - '0');
  return v;
}

/* Numeric dates: 2024-12-03, 2016/07/03, 10/06/2005 (US month first unless
 * the first part is over 12), 15.01.2020, 11/17/05. */
static const char *rule_numeric_date(struct norm *n, const char *p) {
  const char *end = n->end, *a = p, *ae, *b, *be, *c, *ce;
  char s1, s2;
  unsigned x, y, z, day, month, year;
  bool short_year = false;

  ae = digit_end(a, end);
  if (ae == a || ae >= end)
    return NULL;
  s1 = *ae;
  if (s1 != '-' && s1 != '/' && s1 != '.')
    return NULL;
  b = ae + 1;
  be = digit_end(b, end);
  if (be == b || be - b > 2 || be >= end || *be != s1)
    return NULL;
  s2 = *be;
  c = be + 1;
  ce = digit_end(c, end);
  if (ce == c || (ce < end && (is_alnum((unsigned char)*ce) || *ce == s2)))
    return NULL;
  if (ce < end - 1 && (*ce == '.' || *ce == '-' || *ce == '/') &&
      is_digit((unsigned char)ce[1]))
    return NULL;
  x = small_val(a, ae);
  y = small_val(b, be);
  z = small_val(c, ce);
  if (ae - a == 4) { /* year first */
    if (ce - c > 2)
      return NULL;
    year = x, month = y, day = z;
  } else if (ae - a <= 2 && (ce - c == 4 || ce - c == 2)) {
    if (s1 == '-' && ce - c == 2)
      return NULL; /* 12-05-98 is more likely a code */
    short_year = ce - c == 2;
    year = z;
    if (x > 12) {
      day = x, month = y;
    } else {
      month = x, day = y;
    }
  } else {
    return NULL;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 ||
      (!short_year && (year < 1000 || year > 2099)))
    return NULL;
  if (x > 12 && !short_year && ae - a <= 2) {
    /* written day first, so said day first: "the fifteenth of January" */
    if (!after_the(n))
      say(n, "the");
    sep(n);
    ks_num_ordinal(n->out, day);
    ks_buf_puts(n->out, " of ");
    ks_buf_puts(n->out, n->lang->months[month - 1]);
    ks_buf_putc(n->out, ' ');
    ks_num_year(n->out, year);
  } else if (short_year) {
    say_month_day(n, (int)month, day, 0);
    ks_buf_putc(n->out, ',');
    say_short_year(n, year);
  } else {
    say_month_day(n, (int)month, day, year);
  }
  return ce;
}

/* Phone numbers and IP addresses, digit by digit in groups:
 * 123-123-5678, (123) 123-5678, +1 123-123-5678, 555.555.5555,
 * 123.123.0.40. */
static const char *rule_phone(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *g[8], *ge[8];
  int ng = 0;
  size_t total = 0;
  bool plus = false, dots = false;
  char sepc = 0;

  if (*q == '+') {
    plus = true;
    q++;
  }
  while (q < end && ng < 8) {
    const char *e;
    bool paren = *q == '(';
    if (paren)
      q++;
    e = digit_end(q, end);
    if (e == q || e - q > 4)
      return NULL;
    if (paren) {
      if (e >= end || *e != ')' || e - q != 3)
        return NULL;
    }
    g[ng] = q;
    ge[ng] = e;
    ng++;
    total += (size_t)(e - q);
    q = e;
    if (paren)
      q++;
    if (q >= end)
      break;
    if ((*q == '-' || *q == '.') &&
        !(q + 1 < end && (is_digit((unsigned char)q[1]) || q[1] == '(')))
      break; /* "555-5555." ends the sentence */
    if (*q == '-' || *q == '.') {
      if (sepc && *q != sepc && !(paren || plus))
        return NULL;
      if (*q == '.')
        dots = true;
      sepc = *q;
      if (q + 1 < end && (is_digit((unsigned char)q[1]) || q[1] == '(')) {
        q++;
        continue;
      }
      break;
    }
    if (*q == ' ' && (paren || (plus && ng == 1)) && q + 1 < end &&
        (is_digit((unsigned char)q[1]) || q[1] == '(')) {
      q++;
      continue;
    }
    if (paren && (is_digit((unsigned char)*q) || *q == '(')) /* (555)555 */
      continue;
    break;
  }
  if (q < end && is_alnum((unsigned char)*q))
    return NULL;
  if (dots && !plus && ng == 4 && total <= 12) { /* an IP address */
    for (int i = 0; i < ng; i++) {
      if (i)
        ks_buf_puts(n->out, " dot");
      ks_num_digits(n->out, g[i], (size_t)(ge[i] - g[i]));
    }
    return q;
  }
  if (ng < 3 || total < 9 ||
      (ge[ng - 1] - g[ng - 1] < 4 && (ng < 4 || ge[2] - g[2] != 4)))
    return NULL;
  sep(n);
  if (plus)
    ks_buf_puts(n->out, "plus");
  for (int i = 0; i < ng; i++) {
    if (i || plus)
      ks_buf_putc(n->out, ',');
    ks_num_digits(n->out, g[i], (size_t)(ge[i] - g[i]));
  }
  return q;
}

/* An am/pm marker at p ("pm", " p.m.", "AM"), or NULL. */
static const char *scan_ampm(const char *p, const char *end, bool *pm) {
  const char *q = skip_spaces(p, end);
  int c;
  if (q - p > 1 || q >= end)
    return NULL;
  c = lower((unsigned char)*q);
  if (c != 'a' && c != 'p')
    return NULL;
  *pm = c == 'p';
  q++;
  if (q < end && *q == '.')
    q++;
  if (q >= end || lower((unsigned char)*q) != 'm')
    return NULL;
  q++;
  if (q < end && *q == '.') {
    /* keep a sentence's final period: "at 5 p.m." ends with "P.M." */
    q++;
  }
  if (q < end && is_alpha((unsigned char)*q))
    return NULL;
  return q;
}

static void say_clock(struct norm *n, unsigned h, unsigned m) {
  sep(n);
  ks_num_cardinal(n->out, h);
  if (m > 0) {
    ks_buf_puts(n->out, m < 10 ? " oh " : " ");
    ks_num_cardinal(n->out, m);
  }
}

static void say_unit_count(struct norm *n, unsigned v, const char *one,
                           const char *many, bool and) {
  if (and)
    ks_buf_puts(n->out, " and");
  sep(n);
  ks_num_cardinal(n->out, v);
  ks_buf_putc(n->out, ' ');
  ks_buf_puts(n->out, v == 1 ? one : many);
}

/* Times: 6:17, 14:00, 1:59 p.m., 1.59 p.m., 10:00:00, 5pm, 1 a.m. */
static const char *rule_time(struct norm *n, const char *p) {
  const char *end = n->end, *a = p, *ae = digit_end(p, end), *q, *b, *be;
  const char *c = NULL, *ce = NULL, *am;
  unsigned h, m = 0, s = 0;
  bool pm = false, has_min = false;

  if (ae - a > 2 || ae == a)
    return NULL;
  h = small_val(a, ae);
  q = ae;
  if (q < end && (*q == ':' || *q == '.')) {
    b = q + 1;
    be = digit_end(b, end);
    if (be - b != 2)
      return NULL;
    m = small_val(b, be);
    has_min = true;
    q = be;
    if (*ae == ':' && q < end - 2 && *q == ':') {
      c = q + 1;
      ce = digit_end(c, end);
      if (ce - c != 2)
        return NULL;
      s = small_val(c, ce);
      q = ce;
    }
  }
  if (q < end && is_digit((unsigned char)*q))
    return NULL;
  am = scan_ampm(q, end, &pm);
  if (!am && (!has_min || *ae != ':'))
    return NULL;
  if (h > 24 || m > 59 || s > 59 || (am && (h > 12 || h == 0)))
    return NULL;
  if (c && !am) {
    say_unit_count(n, h, "hour", "hours", false);
    say_unit_count(n, m, "minute", "minutes", false);
    say_unit_count(n, s, "second", "seconds", true);
    return q;
  }
  if (c) {
    say_unit_count(n, h, "hour", "hours", false);
    say_unit_count(n, m, "minute", "minutes", false);
    say_unit_count(n, s, "second", "seconds", true);
  } else if (!am && m == 0) {
    say_clock(n, h, 0);
    ks_buf_puts(n->out, " o'clock");
  } else {
    say_clock(n, h, m);
  }
  if (am) {
    ks_buf_puts(n->out, pm ? " P.M." : " A.M.");
    /* "5 p.m. Friday": the marker's own period was not a full stop */
    if (am[-1] == '.' && am < end)
      ks_buf_truncate(n->out, n->out->len - 1);
    return am;
  }
  return q;
}

/* True when the word right before p (one space apart) is "a" or "an". */
static bool after_a(const struct norm *n, const char *p) {
  const char *w = n->prev;
  if (!w || w + n->prev_len + 1 != p)
    return false;
  return eq_ci(w, n->prev_len, "a") || eq_ci(w, n->prev_len, "an");
}

/* A unit of measure at p, right after a number. */
static const struct unit *scan_unit(const char *p, const char *end,
                                    const char **after) {
  for (size_t i = 0; i < N_OF(units); i++) {
    const char *u = units[i].abbr;
    size_t ul = strlen(u);
    const char *e = p + ul;
    if (!starts(p, end, u))
      continue;
    if (e < end && (is_alnum((unsigned char)*e) || letter_len(e, end) > 1))
      continue;
    *after = e;
    return &units[i];
  }
  return NULL;
}

static bool num_is_one(const struct num *v) {
  return v->ok && v->ival == 1 && !v->dot;
}

/* Unit after a number, glued ("12kg") or after one space ("12 kg"), with
 * "/h"-style divisors ("kg/kg"). Single letters need gluing or a unit
 * that cannot be a word ("5 m" is meters, "5 g" grams). */
static const char *rule_unit(struct norm *n, const char *q,
                             const struct num *v) {
  const char *end = n->end, *r = q, *after;
  const struct unit *u;
  if (r < end && *r == ' ')
    r++;
  u = scan_unit(r, end, &after);
  if (!u)
    return NULL;
  if (r > q && (after < end && *after == '.' && after + 1 < end &&
                is_alpha((unsigned char)after[1])))
    return NULL;
  sep(n);
  /* "a 12 kg bag" is a twelve-kilogram bag: after "a" the unit is singular */
  ks_buf_puts(n->out, num_is_one(v) || after_a(n, v->p) ? u->one : u->many);
  if (after < end - 1 && *after == '/') {
    const char *a2;
    const struct unit *u2 = scan_unit(after + 1, end, &a2);
    if (u2) {
      ks_buf_puts(n->out, " per ");
      ks_buf_puts(n->out, u2->one);
      after = a2;
    }
  }
  return after;
}

/* A currency sign or code at p. */
static const struct currency *scan_currency(const char *p, const char *end,
                                            const char **after) {
  for (size_t i = 0; i < N_OF(currencies); i++) {
    if (starts(p, end, currencies[i].sign)) {
      *after = p + strlen(currencies[i].sign);
      return &currencies[i];
    }
  }
  return NULL;
}

/* A scale word after an amount: "billion", "bn", "m"; glued or spaced. */
static const char *scan_scale(const char *p, const char *end,
                              const char **word) {
  const char *r = p;
  if (r < end && *r == ' ')
    r++;
  for (size_t i = 0; i < N_OF(scales); i++) {
    const char *w = scales[i].abbr;
    size_t wl = strlen(w);
    const char *e = r + wl;
    if (!starts(r, end, w))
      continue;
    if (e < end && is_alpha((unsigned char)*e))
      continue;
    *word = scales[i].word;
    return e;
  }
  return NULL;
}

/* The cents of an amount written with two decimals (or three ending in 0),
 * or -1 when the decimals are read as a decimal number. */
static int cents_of(const struct num *v) {
  const char *d;
  size_t nd;
  if (!v->dot)
    return 0;
  d = v->dot + 1;
  nd = (size_t)(v->end - d);
  for (size_t i = 2; i < nd; i++)
    if (d[i] != '0')
      return -1;
  if (nd == 1)
    return (d[0] - '0') * 10;
  return (d[0] - '0') * 10 + (d[1] - '0');
}

/* "$4.5 billion" -> "four point five billion dollars"; "$2.50" -> "two
 * dollars fifty cents"; "$20/mo" -> "twenty dollars per month". */
static const char *say_money(struct norm *n, const struct currency *cur,
                             const char *q) {
  const char *end = n->end, *word = NULL, *after;
  struct num v;
  int cents;

  if (!scan_num(q, end, &v))
    return NULL;
  if (v.ndig == 0)
    v.ok = true; /* "$.50": no whole part */
  after = scan_scale(v.end, end, &word);
  if (word) {
    sep(n);
    if (v.ok && !v.dot)
      ks_num_cardinal_plain(n->out, v.ival); /* "four hundred sixty billion" */
    else
      say_num(n, &v);
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, word);
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, cur->many);
    q = after;
  } else {
    cents = cents_of(&v);
    q = v.end;
    if (cents < 0 || !cur->minor_one || !v.ok) {
      if (cents == 0 && v.ok) {
        v.dot = NULL;
        v.end = q;
      }
      say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, num_is_one(&v) ? cur->one : cur->many);
    } else {
      if (v.ival > 0 || cents == 0) {
        sep(n);
        ks_num_cardinal(n->out, v.ival);
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, v.ival == 1 ? cur->one : cur->many);
      }
      if (cents > 0) {
        sep(n);
        ks_num_cardinal(n->out, (uint64_t)cents);
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, cents == 1 ? cur->minor_one : cur->minor_many);
      }
    }
  }
  if (q < end - 1 && *q == '/') {
    const char *w = q + 1, *we = alpha_end(w, end);
    for (size_t i = 0; i < N_OF(per_words); i++) {
      if (eq_ci(w, (size_t)(we - w), per_words[i].abbr)) {
        ks_buf_puts(n->out, " per ");
        ks_buf_puts(n->out, per_words[i].word);
        q = we;
        break;
      }
    }
  }
  return q;
}

/* Currency sign or code, then an amount: "$5", "US$ 76.3 trillion",
 * "UAH 1,000". */
static const char *rule_money(struct norm *n, const char *p) {
  const char *end = n->end, *q, *r;
  const struct currency *cur = scan_currency(p, end, &q);
  if (!cur)
    return NULL;
  if (is_alpha((unsigned char)*p) && p > n->s && is_alnum((unsigned char)p[-1]))
    return NULL;
  r = q < end && *q == ' ' ? q + 1 : q;
  if (r >= end ||
      !(is_digit((unsigned char)*r) ||
        (*r == '.' && r + 1 < end && is_digit((unsigned char)r[1]))))
    return NULL;
  if (r > q && !is_alpha((unsigned char)*p) && *p != 'U')
    return NULL; /* "$ 5" is rare; "UAH 5" is the norm */
  return say_money(n, cur, r);
}

static bool word_is(const char *p, size_t len, const char *const *list,
                    size_t nlist) {
  for (size_t i = 0; i < nlist; i++)
    if (eq_ci(p, len, list[i]))
      return true;
  return false;
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
static const char *rule_roman(struct norm *n, const char *p, const char *we) {
  size_t len = (size_t)(we - p);
  unsigned v;
  bool has_ivx = false;
  const char *q;

  if (!n->prev || !is_upper((unsigned char)n->prev[0]) || len > 7 ||
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
    if (n->prev == n->s &&
        word_is(n->prev, n->prev_len, not_before_i, N_OF(not_before_i)))
      return NULL;
    q = skip_spaces(we, n->end);
    if (q < n->end && (is_lower((unsigned char)*q) || *q == '\''))
      return NULL;
    if (p[0] == 'I' && q > we && q < n->end && is_upper((unsigned char)*q))
      return NULL;
  }
  if (word_is(n->prev, n->prev_len, roman_cardinal_after,
              N_OF(roman_cardinal_after))) {
    say(n, "");
    ks_num_cardinal(n->out, v);
  } else {
    /* an all-caps word before it ("PART XL") is a heading, not a king */
    bool caps = true;
    for (size_t i = 0; i < n->prev_len; i++)
      if (is_lower((unsigned char)n->prev[i]))
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

/* Month name or abbreviation, then a day: "Nov. 29", "Dec. 3-4",
 * "December 3rd, 2024", "Jan-15-2020". A bare abbreviation with a period
 * ("in Nov.") is spoken in full. */
static const char *rule_month(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *q = we, *d, *r;
  size_t len = (size_t)(we - p);
  int m;
  bool dot = false, full;
  unsigned day = 0, day2 = 0, year = 0;

  if (len < 3 || len > 9 || !strchr("JFMASONDjfmasond", *p))
    return NULL;
  m = month_of(n, p, len);
  if (!m)
    return NULL;
  full = len == strlen(n->lang->months[m - 1]);
  if (q < end && *q == '.') {
    if (full)
      return NULL;
    dot = true;
    q++;
  }
  /* "may" and "march" are verbs too: only capitalised, or in capitals */
  if ((m == 5 || (m == 3 && full)) && !is_upper((unsigned char)*p))
    return NULL;
  r = q;
  if (r < end && (*r == ' ' || (*r == '-' && !dot)))
    r++;
  d = r > q ? scan_day(r, end, &day) : NULL;
  if (d && d < end - 1 && (*d == '-' || *d == '/') &&
      is_digit((unsigned char)d[1]) && *q != '-') {
    const char *e2 = scan_day(d + 1, end, &day2);
    if (e2 && day2 > day) { /* "Dec. 3-4" */
      d = e2;
    } else {
      day2 = 0;
    }
  }
  if (d) {
    r = scan_date_year(d, end, &year);
    if (*q == '-' && r == NULL && d < end && *d == '-')
      return NULL;
    say_month_day(n, m, day, 0);
    if (day2) {
      ks_buf_puts(n->out, " to ");
      ks_num_ordinal(n->out, day2);
    }
    if (r) {
      ks_buf_puts(n->out, ", ");
      ks_num_year(n->out, year);
      return r;
    }
    return d;
  }
  if (dot && !full && len >= 3 && is_upper((unsigned char)*p)) {
    /* "Nov. 2023", "in Dec.": the period is an abbreviation's, unless it
     * also ends the sentence */
    say(n, n->lang->months[m - 1]);
    if (skip_spaces(q, end) == end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  if (!full && !dot && len == 3 && q < end && *q == ' ' &&
      scan_date_year(q, end, &year)) {
    say(n, n->lang->months[m - 1]);
    return q;
  }
  return NULL;
}

/* True when the words written so far end with "the". */
static bool after_the(const struct norm *n) {
  const struct ks_buf *o = n->out;
  size_t l = o->len;
  while (l > n->base && o->ptr[l - 1] == ' ')
    l--;
  return l - n->base >= 3 && eq_ci(o->ptr + l - 3, 3, "the") &&
         (l - n->base == 3 || o->ptr[l - 4] == ' ' || o->ptr[l - 4] == '(');
}

/* Day then month: "3 December 2024", "25th july", "26th May" ->
 * "the third of December twenty twenty-four". */
static const char *rule_day_month(struct norm *n, const char *p) {
  const char *end = n->end, *d, *w, *we, *q, *r;
  unsigned day = 0, year = 0;
  int m;
  size_t len;

  d = scan_day(p, end, &day);
  if (!d || d >= end || *d != ' ')
    return NULL;
  w = d + 1;
  we = alpha_end(w, end);
  len = (size_t)(we - w);
  m = month_of(n, w, len);
  if (!m || (len != strlen(n->lang->months[m - 1]) && len < 3))
    return NULL;
  if (m == 5 && !is_upper((unsigned char)*w)) {
    if (!scan_date_year(we, end, &year))
      return NULL;
  }
  if (m == 3 && len == 3 && !(we < end && *we == '.'))
    return NULL;
  q = we;
  if (q < end && *q == '.' && len < strlen(n->lang->months[m - 1]))
    q++;
  if (!after_the(n))
    say(n, "the ");
  else
    sep(n);
  ks_num_ordinal(n->out, day);
  ks_buf_puts(n->out, " of ");
  ks_buf_puts(n->out, n->lang->months[m - 1]);
  r = scan_date_year(q, end, &year);
  if (r && year) {
    ks_buf_puts(n->out, q < end && *q == ',' ? ", " : " ");
    ks_num_year(n->out, year);
    return r;
  }
  if (q > we && skip_spaces(q, end) == end)
    ks_buf_putc(n->out, '.');
  return q;
}

/* Fractions "3/4", "2 1/2", "½". */
static const char *rule_fraction(struct norm *n, const struct num *v,
                                 bool mixed) {
  const char *end = n->end, *q = v->end, *de;
  uint64_t d;
  if (!v->ok || v->dot || q >= end - 1 || *q != '/' ||
      !is_digit((unsigned char)q[1]) || (v->p > n->s && v->p[-1] == '/'))
    return NULL;
  de = digit_end(q + 1, end);
  if (de < end && (*de == '/' || *de == '.' || *de == ',' || *de == '-') &&
      de + 1 < end && is_digit((unsigned char)de[1]))
    return NULL;
  if (!ks_num_parse(q + 1, (size_t)(de - q - 1), &d) || d < (mixed ? 1 : 2) ||
      q[1] == '0' ||
      (de < end && is_alpha((unsigned char)*de) && !starts_ci(de, end, "th") &&
       !starts_ci(de, end, "rd") && !starts_ci(de, end, "nd")))
    return NULL;
  if (!mixed) {
    for (size_t i = 0; i < N_OF(idioms); i++) {
      size_t il = strlen(idioms[i].written);
      if ((size_t)(de - v->p) == il && !memcmp(v->p, idioms[i].written, il) &&
          !(de < end && is_alnum((unsigned char)*de))) {
        say(n, idioms[i].spoken);
        return de;
      }
    }
  }
  sep(n);
  if (mixed && v->ival == 1 && d == 2)
    ks_buf_puts(n->out, "a half");
  else
    ks_num_fraction(n->out, v->ival, d);
  /* "1/4th", "1/3RD": the suffix repeats the ordinal */
  if (de < end - 1 &&
      (starts_ci(de, end, "th") || starts_ci(de, end, "rd") ||
       starts_ci(de, end, "nd")) &&
      !(de + 2 < end && is_alpha((unsigned char)de[2])))
    de += 2;
  return de;
}

/* Ordinal suffixes that belong to a number's last digit. */
static bool suffix_fits(uint64_t v, const char *s) {
  unsigned t = (unsigned)(v % 100), o = (unsigned)(v % 10);
  const char *want = "th";
  if (t < 11 || t > 13) {
    if (o == 1)
      want = "st";
    else if (o == 2)
      want = "nd";
    else if (o == 3)
      want = "rd";
  }
  return lower((unsigned char)s[0]) == want[0] &&
         lower((unsigned char)s[1]) == want[1];
}

/* The second number of a range or score after "-": a year's last two
 * digits ("2024-25") or a decade ("1960s-80s") follow the first. */
static const char *range_tail(struct norm *n, const char *p) {
  const char *e = digit_end(p, n->end);
  unsigned v;
  if (e - p != 2 || (e < n->end && is_alnum((unsigned char)*e) && *e != 's'))
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

/* True when a street type follows within a few words: "1428 Elm St.",
 * "2 San Tomas hwy", "12 S 1st St". */
static bool before_street(const struct norm *n, const char *q) {
  static const char *const names[] = {
      "Street", "Avenue",  "Road",       "Drive", "Lane",  "Boulevard",
      "Court",  "Highway", "Expressway", "Place", "Square"};
  const char *end = n->end;
  for (int w = 0; w < 4; w++) {
    const char *a, *e;
    if (q >= end || *q != ' ')
      return false;
    a = q + 1;
    if (a < end && is_digit((unsigned char)*a)) { /* "1st" */
      e = a;
      while (e < end && is_alnum((unsigned char)*e))
        e++;
    } else {
      e = alpha_end(a, end);
    }
    if (e == a)
      return false;
    for (size_t i = 0; i < N_OF(streets); i++)
      if (w > 0 && eq_ci(a, (size_t)(e - a), streets[i].abbr))
        return true;
    if (w > 0 && word_is(a, (size_t)(e - a), names, N_OF(names)))
      return true;
    if (!is_upper((unsigned char)*a) && !is_digit((unsigned char)*a))
      return false;
    q = e;
    if (q < end && *q == '.')
      q++;
  }
  return false;
}

/* A house number as said: "one twenty-three", "fourteen twenty-eight";
 * then a compass letter after it ("1211 E Arques Ave") in full. */
static const char *say_house_number(struct norm *n, const struct num *v) {
  static const char *const compass[] = {"North", "South", "East", "West"};
  const char *q = v->end, *end = n->end;
  unsigned x = (unsigned)v->ival;
  n->address = true;
  sep(n);
  if (v->ndig == 3 && x % 100 != 0) {
    ks_num_cardinal_plain(n->out, x / 100);
    ks_buf_puts(n->out, x % 100 < 10 ? " oh " : " ");
    ks_num_cardinal_plain(n->out, x % 100);
  } else if (v->ndig == 4) {
    ks_num_year(n->out, x);
  } else {
    ks_num_cardinal_plain(n->out, x);
  }
  if (end - q >= 3 && q[0] == ' ' && strchr("NSEW", q[1]) && q[2] == ' ') {
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, compass[strchr("NSEW", q[1]) - "NSEW"]);
    q += 2;
  }
  return q;
}

/* Suffixes on a number: ordinals ("21st", "1,000th"; a wrong suffix is
 * read as letters) and decades ("1990s", "80s", "1990's"). */
static const char *num_suffix(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  if (v.ok && !v.dot && end - q >= 2 &&
      (starts_ci(q, end, "st") || starts_ci(q, end, "nd") ||
       starts_ci(q, end, "rd") || starts_ci(q, end, "th")) &&
      !(q + 2 < end && is_alpha((unsigned char)q[2]))) {
    if (suffix_fits(v.ival, q)) {
      sep(n);
      ks_num_ordinal(n->out, v.ival);
    } else {
      say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      ks_buf_put(n->out, q, 2);
    }
    return q + 2;
  }
  if (v.ok && !v.dot && !v.commas && (v.ndig == 4 || v.ndig == 2) &&
      v.ival % 10 == 0 && q < end) {
    r = q;
    if (*r == '\'' && r + 1 < end && r[1] == 's')
      r++;
    if (*r == 's' && !(r + 1 < end && is_alpha((unsigned char)r[1])) &&
        (v.ndig == 2 || v.ival >= 1000)) {
      sep(n);
      ks_num_decade(n->out, (unsigned)v.ival);
      n->num_decade = true;
      return r + 1;
    }
  }
  return NULL;
}

/* A number joined to what follows: a fraction ("3/4", "2 1/2", "2½") or
 * a currency written after it ("1,000 UAH"). */
static const char *num_joined(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  if ((r = rule_fraction(n, &v, false)))
    return r;
  /* mixed numbers: "2 1/2" */
  if (v.ok && !v.dot && q < end - 3 && *q == ' ' &&
      is_digit((unsigned char)q[1])) {
    struct num f;
    size_t mark = n->out->len;
    if (scan_num(q + 1, end, &f) && f.end < end && *f.end == '/') {
      say_num(n, &v);
      ks_buf_puts(n->out, " and");
      if ((r = rule_fraction(n, &f, true)))
        return r;
      ks_buf_truncate(n->out, mark);
    }
  }
  /* money written after the amount: "1,000 UAH" */
  if (q < end - 3 && *q == ' ' && is_upper((unsigned char)q[1])) {
    const char *a;
    const struct currency *cur = scan_currency(q + 1, end, &a);
    if (cur && !(a < end && is_alpha((unsigned char)*a))) {
      say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, num_is_one(&v) ? cur->one : cur->many);
      return a;
    }
  }
  /* unicode fraction after a whole number: "2½" */
  for (size_t i = 0; i < N_OF(vulgar); i++) {
    if (v.ok && !v.dot && starts(q, end, vulgar[i].glyph)) {
      say_num(n, &v);
      ks_buf_puts(n->out, " and ");
      if (vulgar[i].n == 1 && vulgar[i].d == 2)
        ks_buf_puts(n->out, "a half");
      else
        ks_num_fraction(n->out, vulgar[i].n, vulgar[i].d);
      return q + strlen(vulgar[i].glyph);
    }
  }
  return NULL;
}

/* Numbers read like years: "340 AD", house numbers ("1428 Elm St."),
 * and 1000..2099 without a comma ("in 1976"). */
static const char *num_yearish(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end;
  struct num v = *vp;

  if (v.ok && !v.dot && !v.commas && v.ndig <= 4 && v.ival > 0 && q < end - 2 &&
      *q == ' ' &&
      (starts(q + 1, end, "AD") || starts(q + 1, end, "A.D") ||
       starts(q + 1, end, "BC") || starts(q + 1, end, "B.C") ||
       starts(q + 1, end, "CE") || starts(q + 1, end, "BCE")) &&
      !(q + 3 < end && is_alpha((unsigned char)q[3]) && q[2] != '.' &&
        q[3] != 'E')) {
    /* "340 AD": a year, "three forty" */
    const char *e = q + 1;
    sep(n);
    if (v.ival >= 100 && v.ndig == 3 && v.ival % 100 != 0) {
      ks_num_cardinal_plain(n->out, v.ival / 100);
      ks_buf_puts(n->out, v.ival % 100 < 10 ? " oh " : " ");
      ks_num_cardinal_plain(n->out, v.ival % 100);
    } else {
      ks_num_year(n->out, (unsigned)v.ival);
    }
    ks_buf_putc(n->out, ' ');
    while (e < end && (is_upper((unsigned char)*e) || *e == '.'))
      e++;
    for (const char *l = q + 1; l < e; l++)
      if (is_upper((unsigned char)*l)) {
        ks_buf_putc(n->out, *l);
        ks_buf_putc(n->out, '.');
      }
    return e;
  }
  if (v.ok && !v.dot && !v.commas && v.ndig <= 5 && v.ival > 0 &&
      before_street(n, q))
    return say_house_number(n, &v);
  if (is_year(&v) && !(q < end && (*q == '%' || is_alpha((unsigned char)*q)))) {
    const char *after;
    if (!scan_unit(skip_spaces(q, end), end, &after) ||
        skip_spaces(q, end) - q > 1) {
      sep(n);
      ks_num_year(n->out, (unsigned)v.ival);
      n->num_century = (unsigned)v.ival / 100;
      return q;
    }
  }
  return NULL;
}

/* Numbers that are codes or parts of words: long runs without commas,
 * models ("A321"), compounds ("133-ABC") and inches (12"). */
static const char *num_code(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  if (v.ok && !v.commas && !v.dot && v.ndig >= 5 && !(q < end && *q == '%') &&
      !scan_unit(skip_spaces(q, end), end, &r)) {
    /* 95051, 13000: written without commas it is a code, read digit by
     * digit (a quantity this big would be written 13,000) */
    sep(n);
    ks_num_digits(n->out, v.p, (size_t)(q - v.p));
    return q;
  }
  if (v.ok && !v.commas && !v.dot && v.ndig >= 3 && v.p > n->s &&
      is_alpha((unsigned char)v.p[-1]) && !(q < end && *q == '%')) {
    /* glued to letters it is a model or code: "A321" "three twenty-one",
     * "ab9453" digit by digit, "t2000" as a number */
    sep(n);
    if (v.ival % 100 == 0)
      ks_num_cardinal(n->out, v.ival);
    else if (v.ndig == 3 && v.p[1] != '0') {
      ks_num_digits(n->out, v.p, 1);
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal(n->out, v.ival % 100);
    } else
      ks_num_digits(n->out, v.p, v.ndig);
    return q;
  }
  if (v.ok && !v.dot && q < end - 1 && *q == '-' &&
      is_alpha((unsigned char)q[1])) {
    /* "133-ABC", "a 100-car train": a compound, said without "and" */
    sep(n);
    ks_num_cardinal_plain(n->out, v.ival);
    return q;
  }
  if (v.ok && !v.dot && q < end && *q == '"') {
    /* 12" with no quotation open before it: inches */
    /* counted incrementally, so the sentence is read once */
    for (; n->qpos < v.p; n->qpos++)
      n->quotes += *n->qpos == '"';
    if (n->quotes % 2 == 0 && !(q + 1 < end && is_alnum((unsigned char)q[1]))) {
      say_num(n, &v);
      ks_buf_puts(n->out, num_is_one(&v) ? " inch" : " inches");
      return q + 1;
    }
  }
  return NULL;
}

/* What follows a number already said: "2*8", "25 x 7", "100 million
 * kg", "21%", "12 kg", "12/kg". */
static const char *num_after(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  if (q < end - 1 && *q == '*' && is_digit((unsigned char)q[1])) {
    ks_buf_puts(n->out, " times");
    return q + 1;
  }
  {
    /* "25 x 7 m", "2x8": dimensions */
    const char *x = q < end && *q == ' ' ? q + 1 : q;
    size_t xl = starts(x, end, "×") ? strlen("×") : (x < end && *x == 'x');
    if (xl) {
      const char *y = x + xl;
      if (y < end && *y == ' ' && x > q)
        y++;
      if (y < end && is_digit((unsigned char)*y) && (x > q) == (y > x + xl)) {
        ks_buf_puts(n->out, " by");
        return y;
      }
    }
  }
  /* "100 million kg": a scale word between the number and its unit */
  if (q < end - 2 && *q == ' ') {
    const char *w = q + 1, *we = alpha_end(w, end);
    if (eq_ci(w, (size_t)(we - w), "million") ||
        eq_ci(w, (size_t)(we - w), "billion") ||
        eq_ci(w, (size_t)(we - w), "thousand")) {
      const char *after;
      if (we < end && *we == ' ' && scan_unit(we + 1, end, &after)) {
        ks_buf_putc(n->out, ' ');
        ks_buf_put(n->out, w, (size_t)(we - w));
        q = we;
        v.ival = 2; /* plural */
      }
    }
  }
  if (q < end && *q == '%') {
    ks_buf_puts(n->out, " percent");
    return q + 1;
  }
  if ((r = rule_unit(n, q, &v)))
    return r;
  if (q < end - 1 && *q == '/') {
    const char *after;
    const struct unit *u = scan_unit(q + 1, end, &after);
    if (u) { /* "12/kg": "twelve per kilogram" */
      ks_buf_puts(n->out, " per ");
      ks_buf_puts(n->out, u->one);
      return after;
    }
  }
  return q;
}

/* Everything that starts with a digit or a '.' before one. */
static const char *rule_number(struct norm *n, const char *p) {
  const char *r;
  struct num v;

  n->num_century = 0;
  n->num_decade = false;
  if ((r = rule_numeric_date(n, p)) || (r = rule_phone(n, p)) ||
      (r = rule_time(n, p)) || (r = rule_day_month(n, p)))
    return r;
  if (!scan_num(p, n->end, &v))
    return NULL;
  if ((r = num_suffix(n, &v)) || (r = num_joined(n, &v)) ||
      (r = num_yearish(n, &v)) || (r = num_code(n, &v)))
    return r;
  say_num(n, &v);
  return num_after(n, &v);
}

/* Abbreviations with a period from the language table: titles before a
 * name ("Gen. Syrskyi", "Lt. Col."), "No. 5", weekdays; and St./Dr. read
 * as Street/Drive after a name. */
static const char *rule_abbrev(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *q = we, *nx;
  size_t len = (size_t)(we - p);
  const struct ks_abbrev *ab;
  bool dot = q < end && *q == '.';
  bool at_end, next_cap, after_name;

  if (dot)
    q++;
  nx = skip_spaces(q, end);
  at_end = nx == end;
  next_cap = nx < end && nx > q && is_upper((unsigned char)*nx);
  after_name = n->prev &&
               (is_upper((unsigned char)n->prev[0]) ||
                is_digit((unsigned char)n->prev[0])) &&
               n->prev != n->s;
  if (len > 4 && !dot)
    return NULL;
  /* street types after a name or a house number: "1428 Elm St." */
  for (size_t i = 0; len <= 4 && i < N_OF(streets); i++) {
    if (!eq_ci(p, len, streets[i].abbr) ||
        (!is_upper((unsigned char)*p) && !n->address &&
         (dot || !n->prev || !is_digit((unsigned char)n->prev[0]))))
      continue; /* "st", "hwy" only right after a house number or "1st" */
    if ((!is_upper((unsigned char)*p) || is_upper((unsigned char)p[1])) &&
        !n->address)
      continue; /* "ST" in capitals is a code */
    if (after_name && (!next_cap || dot || at_end) &&
        !(nx < end && is_upper((unsigned char)*nx) && !dot)) {
      say(n, streets[i].word);
      if (dot && at_end)
        ks_buf_putc(n->out, '.');
      else if (dot && next_cap)
        ks_buf_putc(n->out, '.'); /* "Elm St. It was": a full stop too */
      return q;
    }
    break;
  }
  if (n->address && len == 2 && !dot && p - n->s >= 2 && p[-2] == ',' &&
      (q == end || *q == ',' || *q == ' ')) {
    for (size_t i = 0; i < N_OF(states); i++) {
      if (!memcmp(p, states[i].code, 2)) {
        say(n, states[i].name);
        return q;
      }
    }
  }
  if (!dot)
    return NULL;
  ab = ks_lang_abbrev(n->lang, p, len);
  if (!ab || !ab->spoken)
    return NULL;
  if (ab->flags & KS_AB_NUMBER) {
    if (nx < end && nx > q && (is_digit((unsigned char)*nx) || *nx == '#')) {
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

/* Web addresses and e-mail: spoken symbol by symbol ("nvidia dot com
 * slash drive dash sim"). Returns NULL for anything else. */
static const char *rule_address(struct norm *n, const char *p, const char *ce) {
  static const char *const tlds[] = {"com", "org", "net", "gov", "edu",  "io",
                                     "uk",  "ua",  "de",  "fr",  "info", "eu",
                                     "int", "us",  "ca",  "ru",  "co"};
  const char *q, *at = NULL;
  bool url = false;

  while (ce > p && (ce[-1] == '.' || ce[-1] == ',' || ce[-1] == ')' ||
                    ce[-1] == '"' || ce[-1] == '!' || ce[-1] == '?' ||
                    ce[-1] == ';' || ce[-1] == ':' || ce[-1] == '\''))
    ce--;
  if (starts_ci(p, ce, "http://") || starts_ci(p, ce, "https://") ||
      starts_ci(p, ce, "file://") || starts_ci(p, ce, "www."))
    url = true;
  for (q = p; q < ce; q++) {
    if (*q == '@' && q > p && !at)
      at = q;
    else if ((unsigned char)*q >= 0x80 || *q == '(' || *q == '"')
      return NULL;
  }
  if (at) {
    const char *d = memchr(at, '.', (size_t)(ce - at));
    if (!d || d == at + 1 || !is_alnum((unsigned char)at[-1]))
      return NULL;
  } else if (!url) {
    /* bare domain "kyivindependent.com": a known top level after the
     * last dot of the host part */
    const char *h = p, *he, *ld = NULL;
    for (he = p; he < ce && *he != '/'; he++)
      if (*he == '.')
        ld = he;
    if (!ld || ld == h || !is_alpha((unsigned char)*h))
      return NULL;
    if (!word_is(ld + 1, (size_t)(he - ld - 1), tlds, N_OF(tlds)))
      return NULL;
    for (q = h; q < he; q++)
      if (!is_alnum((unsigned char)*q) && *q != '.' && *q != '-')
        return NULL;
  }
  sep(n);
  for (q = p; q < ce;) {
    if (starts(q, ce, "://")) {
      ks_buf_puts(n->out, " colon slash slash");
      q += 3;
      continue;
    }
    if (is_digit((unsigned char)*q)) {
      const char *e = digit_end(q, ce);
      struct num v;
      scan_num(q, e, &v);
      /* an identifier: digit by digit, unless it is a round number */
      if (e - q <= 5 && *q != '0' && e - q >= 3 && e[-1] == '0' && e[-2] == '0')
        say_num(n, &v);
      else
        ks_num_digits(n->out, q, (size_t)(e - q));
      q = e;
      continue;
    }
    if (is_alpha((unsigned char)*q)) {
      const char *e = alpha_end(q, ce);
      if (q > p && !is_alpha((unsigned char)q[-1]))
        sep(n);
      if (e - q == 2 && q > p && (q[-1] == '.' || q[-1] == '-') &&
          (e == ce || *e == '/' || *e == '.')) {
        /* a country code or short label: letter names, "dot D.E." */
        ks_buf_putc(n->out, (char)(lower((unsigned char)q[0]) - 32));
        ks_buf_putc(n->out, '.');
        ks_buf_putc(n->out, (char)(lower((unsigned char)q[1]) - 32));
        ks_buf_putc(n->out, '.');
        q = e;
        continue;
      }
      if (e - q == 3 && starts_ci(q, ce, "www") && e < ce && *e == '.') {
        ks_buf_puts(n->out, "W.W.W.");
        q = e;
        continue;
      }
      ks_buf_put(n->out, q, (size_t)(e - q));
      q = e;
      continue;
    }
    switch (*q) {
    case '.':
      ks_buf_puts(n->out, " dot");
      break;
    case '@':
      ks_buf_puts(n->out, " at");
      break;
    case '/':
      ks_buf_puts(n->out, " slash");
      break;
    case '-':
      ks_buf_puts(n->out, " dash");
      break;
    case '_':
      ks_buf_puts(n->out, " underscore");
      break;
    case '&':
      ks_buf_puts(n->out, " ampersand");
      break;
    case ':':
      ks_buf_puts(n->out, " colon");
      break;
    default:
      break;
    }
    q++;
  }
  return ce;
}

/* Symbols with a word of their own. */
static const char *rule_symbol(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  bool before_space =
      p == n->s || is_space((unsigned char)p[-1]) || p[-1] == '(';
  switch (*p) {
  case '&':
    if (p > n->s && q < end && is_alpha((unsigned char)p[-1]) &&
        is_alpha((unsigned char)*q))
      return NULL; /* "AT&T" */
    say(n, "and");
    break;
  case '#':
    if (q < end && is_digit((unsigned char)*q))
      say(n, "number");
    else if (q < end && is_alpha((unsigned char)*q) && before_space)
      say(n, "hashtag");
    else
      return NULL;
    break;
  case '@':
    if (!(q < end && is_alnum((unsigned char)*q) && before_space))
      return NULL;
    say(n, "at");
    break;
  case '%':
    say(n, "percent");
    break;
  case '+':
    if (!(q < end && (is_digit((unsigned char)*q) || *q == ' ')))
      return NULL;
    say(n, "plus");
    break;
  case '=':
    say(n, "equals");
    break;
  case '-':
    /* a minus sign: "-5", "-0.4kg", not "covid-19" or "3-4" */
    if (!(q < end &&
          (is_digit((unsigned char)*q) ||
           (*q == '.' && q + 1 < end && is_digit((unsigned char)q[1])))) ||
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
      if (q < end && is_digit((unsigned char)*q)) {
        say(n, "minus");
        break;
      }
    }
    for (size_t i = 0; i < N_OF(vulgar); i++) {
      if (starts(p, end, vulgar[i].glyph)) {
        sep(n);
        ks_num_fraction(n->out, vulgar[i].n, vulgar[i].d);
        return p + strlen(vulgar[i].glyph);
      }
    }
    return NULL;
  }
  if (q < end && alnum_at(q, end))
    ks_buf_putc(n->out, ' ');
  return q;
}

/* ------------------------------------------------------------ driver */

/* Copy one word (ASCII letters, non-ASCII letters, inner apostrophes) and
 * remember it as the context for the next rules. */
static const char *copy_word(struct norm *n, const char *p) {
  const char *q = p, *end = n->end;
  size_t l;
  while (q < end) {
    if ((l = letter_len(q, end)) > 0) {
      q += l;
    } else if (*q == '\'' && q > p && q + 1 < end &&
               is_alpha((unsigned char)q[1])) {
      q++;
    } else {
      break;
    }
  }
  if (q == p)
    return NULL;
  if (n->out->len > n->base && is_digit((unsigned char)p[-1]))
    sep(n);
  ks_buf_put(n->out, p, (size_t)(q - p));
  n->prev = p;
  n->prev_len = (size_t)(q - p);
  return q;
}

/* A dash between two numbers that a rule just read: "3-4", "1980-1986",
 * "$250-$300", "2pm-5pm", "10%-20%" are ranges, said with "to". A chain
 * ("1-413-5") is a code and keeps its parts apart. */
static const char *rule_range(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *r, *e;
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
  if (q > n->s && q[-1] == ' ') {
    if (r >= end || *r != ' ')
      return NULL;
    r++;
  }
  if (r >= end)
    return NULL;
  if (!is_digit((unsigned char)*r) && !scan_currency(r, end, &e))
    return NULL;
  e = r;
  while (e < end && (is_alnum((unsigned char)*e) || *e == '.' || *e == ',' ||
                     *e == ':' || *e == '$'))
    e++;
  if (e < end - 1 && *e == '-' && is_alnum((unsigned char)e[1]))
    return NULL;
  if (skip_spaces(e, end) < end && *skip_spaces(e, end) == '=') {
    say(n, "minus"); /* "1-2=5" is arithmetic */
    return r;
  }
  say(n, "to");
  if ((e = range_tail(n, r)))
    return e;
  return r;
}

static void normalize_run(struct norm *n) {
  const char *p = n->s, *end = n->end, *chunk_end = n->s, *r;

  while (p < end) {
    unsigned char c = (unsigned char)*p;
    size_t l;

    if (is_space(c)) {
      while (p < end && is_space((unsigned char)*p))
        p++;
      if (n->out->len > n->base && p < end)
        ks_buf_putc(n->out, ' ');
      continue;
    }
    if (p >= chunk_end) { /* a new run of non-space bytes */
      chunk_end = p;
      while (chunk_end < end && !is_space((unsigned char)*chunk_end))
        chunk_end++;
      if (memchr(p, '@', (size_t)(chunk_end - p)) ||
          memchr(p, '.', (size_t)(chunk_end - p))) {
        if ((r = rule_address(n, p, chunk_end))) {
          p = r;
          continue;
        }
      }
    }
    r = NULL;
    if (is_digit(c) ||
        (c == '.' && p + 1 < end && is_digit((unsigned char)p[1]) &&
         (p == n->s || is_space((unsigned char)p[-1]) || p[-1] == '(' ||
          p[-1] == '-' || p[-1] == '$')) ||
        (c == '+' && p + 1 < end && is_digit((unsigned char)p[1]) &&
         (r = rule_phone(n, p)) != NULL) ||
        (c == '(' && p + 1 < end && is_digit((unsigned char)p[1]) &&
         (r = rule_phone(n, p)) != NULL)) {
      if (!r && c == '.' && n->num_end == p)
        r = NULL; /* "114...48" */
      else if (!r)
        r = rule_number(n, p);
      if (r) {
        n->num_end = r;
        n->prev = p; /* "1st St": a number is context for a street type */
        n->prev_len = (size_t)(r - p);
        if (alnum_at(r, end))
          ks_buf_putc(n->out, ' ');
        p = r;
        continue;
      }
    }
    /* cheap first-byte tests keep plain words on the fast path */
    if ((c == '$' || c >= 0x80 ||
         (is_upper(c) && p + 1 < end && is_upper((unsigned char)p[1]))) &&
        (r = rule_money(n, p))) {
      n->num_end = r;
      if (alnum_at(r, end))
        ks_buf_putc(n->out, ' ');
      p = r;
      continue;
    }
    if ((c == '\'' || starts(p, end, "’")) &&
        (p == n->s || !is_alnum((unsigned char)p[-1]))) {
      /* "'90s" */
      const char *d = p + (c == '\'' ? 1 : strlen("’")),
                 *de = digit_end(d, end);
      if (de - d == 2 && de < end && *de == 's' && de[-1] == '0' &&
          !(de + 1 < end && is_alpha((unsigned char)de[1]))) {
        sep(n);
        ks_num_decade(n->out, small_val(d, de));
        p = de + 1;
        continue;
      }
    }
    if (is_alpha(c)) {
      const char *we = alpha_end(p, end);
      if ((r = rule_month(n, p, we)) || (r = rule_abbrev(n, p, we)) ||
          (r = rule_roman(n, p, we))) {
        n->num_end = NULL;
        n->prev = p;
        n->prev_len = (size_t)(we - p);
        if (r < end && (we < r && r[-1] != '.') && alnum_at(r, end))
          ks_buf_putc(n->out, ' ');
        /* a month rule that read a day counts as a number for ranges */
        if (r > we && is_digit((unsigned char)r[-1]))
          n->num_end = r;
        p = r;
        continue;
      }
      /* "covid-19", "mid-1980s", "F-16": the hyphen is a space */
      if (we < end - 1 && *we == '-' && is_digit((unsigned char)we[1])) {
        copy_word(n, p);
        ks_buf_putc(n->out, ' ');
        p = we + 1;
        continue;
      }
    }
    if ((r = rule_range(n, p)) || (r = rule_symbol(n, p))) {
      p = r;
      continue;
    }
    if ((r = copy_word(n, p))) {
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

void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out) {
  struct norm n;
  memset(&n, 0, sizeof n);
  n.s = text;
  n.end = text + len;
  n.qpos = text;
  n.lang = lang ? lang : ks_lang_get("en");
  n.out = out;
  n.base = out->len;
  /* skip leading white space so the sentence starts at n.s */
  while (n.s < n.end && is_space((unsigned char)*n.s))
    n.s++;
  normalize_run(&n);
  while (out->len > n.base && out->ptr[out->len - 1] == ' ')
    ks_buf_truncate(out, out->len - 1);
}

bool ks_normalize_date(const char *iso, const struct ks_lang *lang,
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
  if (m)
    say_month_day(&n, (int)m, d, y);
  else
    ks_num_year(out, y);
  return true;
}
