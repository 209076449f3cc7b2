/* rules_uk.c - Ukrainian: what espeak-ng's Ukrainian voice gets wrong,
 * rewritten.
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng reads Ukrainian numbers below a thousand right. It gets wrong:
 * thousands ("2000" два тисяча, "1000000" один тисяча тисяча), digit groups
 * apart ("40 000" сорок нуль нуль нуль), ordinals and their case ("24
 * серпня" двадцять чотири, "у 1991 р." ... один ер, "3-го" три го, "о
 * 14:30"), signs it reads in English or not at all ("5 %" percent, "$100"
 * сто, "15 °C"), abbreviations ("млн" ем ел ен, "т. зв." те зве), Roman
 * numerals (in English), initials (a pause), capitals read as a word
 * ("ЗСУ" ссу), and the apostrophe U+02BC, with which it spells the word
 * letter by letter. Number words are written without an apostrophe
 * ("пять"): espeak-ng says them the same, without a pause inside.
 */
#include "norm.h"

#include <stdio.h>

/* ------------------------------------------------------------ number words */

enum form {
  M_NOM,
  M_GEN,
  M_LOC,
  M_INS,
  F_NOM,
  F_GEN,
  F_LOC,
  F_ACC,
  F_INS,
  N_NOM,
  P_NOM,
  P_GEN,
  P_INS,
  N_FORMS
};

static const char *const hard[N_FORMS] = {"ий", "ого", "ому", "им", "а",
                                          "ої", "ій",  "у",   "ою", "е",
                                          "і",  "их",  "ими"};
static const char *const soft[N_FORMS] = {"ій",  "ього", "ьому", "ім",  "я",
                                          "ьої", "ій",   "ю",    "ьою", "є",
                                          "і",   "іх",   "іми"};

static const char *const ones[20] = {
    "нуль",       "один",        "два",        "три",          "чотири",
    "пять",       "шість",       "сім",        "вісім",        "девять",
    "десять",     "одинадцять",  "дванадцять", "тринадцять",   "чотирнадцять",
    "пятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "девятнадцять"};
static const char *const tens[10] = {
    "",         "",          "двадцять", "тридцять",   "сорок",
    "пятдесят", "шістдесят", "сімдесят", "вісімдесят", "девяносто"};
static const char *const hundreds[10] = {
    "",       "сто",     "двісті", "триста",   "чотириста",
    "пятсот", "шістсот", "сімсот", "вісімсот", "девятсот"};
static const char *const ord_small[20] = {
    "",          "перш",       "друг",      "трет",        "четверт",
    "пят",       "шост",       "сьом",      "восьм",       "девят",
    "десят",     "одинадцят",  "дванадцят", "тринадцят",   "чотирнадцят",
    "пятнадцят", "шістнадцят", "сімнадцят", "вісімнадцят", "девятнадцят"};
static const char *const ord_tens[10] = {
    "",         "",          "двадцят",  "тридцят",    "сороков",
    "пятдесят", "шістдесят", "сімдесят", "вісімдесят", "девяност"};
static const char *const ord_hundreds[10] = {
    "",        "сот",      "двохсот", "трьохсот",  "чотирьохсот",
    "пятисот", "шестисот", "семисот", "восьмисот", "девятисот"};
/* "двох-", "пяти-": a count of thousands inside an ordinal. */
static const char *const thousands_of[11] = {
    "",      "",     "двох",   "трьох",  "чотирьох", "пяти",
    "шести", "семи", "восьми", "девяти", "десяти"};

/* Which form of a noun a count takes: 0 one (21 гривня), 1 few (2-4
 * гривні), 2 many (5 гривень). */
static int plural(uint64_t n) {
  unsigned r = (unsigned)(n % 100), d = (unsigned)(n % 10);
  if (r >= 11 && r <= 14)
    return 2;
  return d == 1 ? 0 : d >= 2 && d <= 4 ? 1 : 2;
}

static const char *noun_form(const struct ks_counted *c, uint64_t n,
                             bool frac) {
  if (frac)
    return c->part ? c->part : c->many;
  switch (plural(n)) {
  case 0:
    return c->one;
  case 1:
    return c->few ? c->few : c->many;
  default:
    return c->many;
  }
}

static void word(struct ks_buf *b, const char *w) {
  if (b->len && b->ptr[b->len - 1] != ' ')
    ks_buf_putc(b, ' ');
  ks_buf_puts(b, w);
}

// 1..999, the last word in the gender given (один, одна, одне).
static void below1000(struct ks_buf *b, unsigned n, unsigned gender) {
  unsigned r = n % 100;
  if (n / 100)
    word(b, hundreds[n / 100]);
  if (r >= 20) {
    word(b, tens[r / 10]);
    r %= 10;
  }
  if (r == 1 && gender != KS_MASC)
    word(b, gender == KS_FEM ? "одна" : "одне");
  else if (r == 2 && gender == KS_FEM)
    word(b, "дві");
  else if (r)
    word(b, ones[r]);
}

/* A cardinal in words; gender is the counted noun's. */
static void uk_cardinal(struct ks_buf *b, uint64_t n, unsigned gender) {
  static const struct {
    uint64_t scale;
    const char *one, *few, *many;
    unsigned gender;
  } groups[] = {{1000000000u, "мільярд", "мільярди", "мільярдів", KS_MASC},
                {1000000u, "мільйон", "мільйони", "мільйонів", KS_MASC},
                {1000u, "тисяча", "тисячі", "тисяч", KS_FEM}};
  if (n == 0) {
    word(b, "нуль");
    return;
  }
  for (size_t i = 0; i < N_OF(groups); i++) {
    uint64_t g = n / groups[i].scale % 1000;
    int f;
    if (i == 0 && n / groups[i].scale >= 1000) {
      ks_buf_printf(b, "%llu", (unsigned long long)n);
      return;
    }
    if (!g)
      continue;
    if (g > 1)
      below1000(b, (unsigned)g, groups[i].gender);
    f = plural(g);
    word(b, f == 0 ? groups[i].one : f == 1 ? groups[i].few : groups[i].many);
  }
  if (n % 1000)
    below1000(b, (unsigned)(n % 1000), gender);
}

/* An ordinal in words, in form f ("тисяча девятсот девяносто першому"). */
static void uk_ordinal(struct ks_buf *b, uint64_t n, enum form f) {
  unsigned r = (unsigned)(n % 100);
  uint64_t tail;
  const char *stem;
  char tmp[64];
  if (r) {
    tail = r < 20 || r % 10 == 0 ? r : r % 10;
    stem = tail < 20 ? ord_small[tail] : ord_tens[tail / 10];
  } else if (n % 1000) {
    tail = n % 1000;
    stem = ord_hundreds[tail / 100];
  } else {
    uint64_t t = n % 1000000 / 1000;
    tail = t * 1000;
    if (t == 0 || t > 10)
      tail = n;
    snprintf(tmp, sizeof tmp, "%sтисячн", t <= 10 ? thousands_of[t] : "");
    stem = tmp;
  }
  if (n > tail)
    uk_cardinal(b, n - tail, KS_MASC);
  word(b, stem);
  ks_buf_puts(b, tail == 3 ? soft[f] : hard[f]);
}

/* "1,5" одна ціла пять десятих; false past three decimals. */
static bool uk_decimal(struct ks_buf *b, uint64_t whole, const char *f,
                       const char *fe) {
  static const char *const one[] = {"десята", "сота", "тисячна"};
  static const char *const many[] = {"десятих", "сотих", "тисячних"};
  size_t k = (size_t)(fe - f);
  unsigned v = small_val(f, fe);
  if (k < 1 || k > 3)
    return false;
  uk_cardinal(b, whole, KS_FEM);
  word(b, plural(whole) == 0 ? "ціла" : "цілих");
  uk_cardinal(b, v, KS_FEM);
  word(b, plural(v) == 0 ? one[k - 1] : many[k - 1]);
  return true;
}

/* ------------------------------------------------------------ context */

// The word before p (letters of any script), or false at the start.
static bool prev_word(const struct norm *n, const char *p, const char **w,
                      size_t *len) {
  const char *q = p, *e;
  while (q > n->s && ks_is_space((unsigned char)q[-1]))
    q--;
  e = q;
  while (q > n->s &&
         (ks_is_alpha((unsigned char)q[-1]) || (unsigned char)q[-1] >= 0x80))
    q--;
  *w = q;
  *len = (size_t)(e - q);
  return e > q;
}

static bool in(const char *w, size_t len, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strlen(list[i]) == len && !memcmp(w, list[i], len))
      return true;
  return false;
}

/* The case a preposition before p asks of what follows: 'g' genitive, 'l'
 * locative, 'a' accusative, 0 none. */
static int case_before(const struct norm *n, const char *p) {
  static const char *const gen[] = {
      "з",       "із",      "зі",       "від",      "до",       "після",
      "близько", "біля",    "без",      "для",      "протягом", "впродовж",
      "кінця",   "початку", "середини", "половини", "З",        "Із",
      "Від",     "До",      "Після",    "Близько",  "Протягом", "Починаючи"};
  static const char *const loc[] = {"у", "в", "о", "об", "при",
                                    "У", "В", "О", "Об", "При"};
  static const char *const acc[] = {"на", "за", "про", "через", "по",
                                    "На", "За", "Про", "Через", "По"};
  const char *w;
  size_t len;
  if (!prev_word(n, p, &w, &len))
    return 0;
  if (in(w, len, gen, N_OF(gen)))
    return 'g';
  if (in(w, len, loc, N_OF(loc)))
    return 'l';
  if (in(w, len, acc, N_OF(acc)))
    return 'a';
  return 0;
}

static bool ends_with(const char *w, size_t len, const char *suffix) {
  size_t k = strlen(suffix);
  return len >= k && !memcmp(w + len - k, suffix, k);
}

/* The word at p (letters of any script and apostrophes). */
static const char *word_end(const char *p, const char *end) {
  size_t l;
  while (p < end &&
         ((l = letter_len(p, end)) > 0 || starts(p, end, "’") || *p == '\''))
    p += l ? l : (*p == '\'' ? 1 : 3);
  return p;
}

/* ------------------------------------------------------------ numbers */

struct uknum {
  const char *p, *end, *frac, *frac_end;
  uint64_t ival;
  size_t ndig;
  bool groups;
};

static size_t group_sep(const char *q, const char *end) {
  if (q < end && *q == ' ')
    return 1;
  if (starts(q, end, "\xC2\xA0"))
    return 2;
  if (starts(q, end, "\xE2\x80\xAF") || starts(q, end, "\xE2\x80\x89"))
    return 3;
  return 0;
}

/* Digits, groups of three after a space ("40 000"), a decimal comma. */
static bool scan(const char *p, const char *end, struct uknum *v) {
  const char *q = digit_end(p, end);
  size_t k;
  memset(v, 0, sizeof *v);
  v->p = p;
  v->ndig = (size_t)(q - p);
  if (v->ndig == 0 || v->ndig > 12)
    return false;
  v->ival = v->ndig > 9 ? 0 : small_val(p, q);
  while (v->ndig <= 3 && (k = group_sep(q, end)) > 0 &&
         digit_end(q + k, end) - (q + k) == 3 && v->ival < 1000000000u) {
    v->ival = v->ival * 1000 + small_val(q + k, q + k + 3);
    v->groups = true;
    q += k + 3;
  }
  if (q + 1 < end && *q == ',' && ks_is_digit((unsigned char)q[1])) {
    v->frac = q + 1;
    v->frac_end = q = digit_end(q + 1, end);
  }
  v->end = q;
  return v->ndig <= 9;
}

static const struct ks_counted *counted_at(const struct ks_lang *lang,
                                           const char *p, const char *end,
                                           unsigned flags, const char **after) {
  for (size_t i = 0; i < lang->n_counted; i++) {
    const struct ks_counted *c = &lang->counted[i];
    size_t k = strlen(c->written);
    if ((c->flags & flags) && starts(p, end, c->written) &&
        !(letter_len(p + k - 1, end) && letter_len(p + k, end) > 0 &&
          p[k - 1] != '.')) {
      if (p + k < end && letter_len(p + k, end) > 0 && p[k - 1] != '.')
        continue;
      *after = p + k;
      return c;
    }
  }
  return NULL;
}

/* The number and what it counts: "пять кілометрів", "одна ціла пять
 * десятих мільярда гривень", "девять гривень девяносто девять копійок". */
static void say_amount(struct norm *n, const struct uknum *v,
                       const struct ks_counted *scale,
                       const struct ks_counted *c) {
  const struct ks_counted *first = scale ? scale : c;
  bool frac = v->frac != NULL;
  if (c && (c->flags & KS_CT_CURRENCY) && !scale && frac &&
      v->frac_end - v->frac <= 2) {
    unsigned minor = small_val(v->frac, v->frac_end);
    if (v->frac_end - v->frac == 1)
      minor *= 10;
    sep(n);
    if (v->ival || !c->minor_many) {
      uk_cardinal(n->out, v->ival, c->gender);
      word(n->out, noun_form(c, v->ival, false));
    }
    if (minor && c->minor_many) {
      uk_cardinal(n->out, minor, c->minor_gender);
      word(n->out, plural(minor) == 0   ? c->minor_one
                   : plural(minor) == 1 ? c->minor_few
                                        : c->minor_many);
    }
    return;
  }
  sep(n);
  if (!frac || !uk_decimal(n->out, v->ival, v->frac, v->frac_end)) {
    frac = false;
    uk_cardinal(n->out, v->ival, first ? first->gender : KS_MASC);
  }
  if (scale)
    word(n->out, noun_form(scale, v->ival, frac));
  if (c)
    word(n->out, scale ? c->many : noun_form(c, v->ival, frac));
}

/* After a number: a scale word, a unit or currency. */
static const char *counted(struct norm *n, const struct uknum *v,
                           const struct ks_counted *pre) {
  const char *end = n->end, *q = v->end, *a = NULL, *a2;
  const struct ks_counted *scale = NULL, *c = NULL;
  if (q < end && (*q == ' ' || *q == '%'))
    q += *q == ' ';
  else if (starts(q, end, "\xC2\xA0"))
    q += 2;
  c = counted_at(n->lang, q, end, ~0u, &a);
  if (c && (c->flags & KS_CT_SCALE)) {
    scale = c;
    c = NULL;
    a2 = skip_spaces(a, end);
    if (!pre && (c = counted_at(n->lang, a2, end, KS_CT_UNIT | KS_CT_CURRENCY,
                                &a2)) != NULL)
      a = a2;
  }
  if (pre) {
    if (c && !scale)
      return NULL;
    c = pre;
    if (!scale)
      a = v->end;
  }
  if (!c && !scale)
    return NULL;
  say_amount(n, v, scale, c);
  if (a[-1] == '.' && skip_spaces(a, end) >= end)
    ks_buf_putc(n->out, '.'); /* "грн." also ended the sentence */
  return a;
}

/* "о 14:30" о чотирнадцятій тридцять, "з 9:00 до 18:00": the hour is a
 * feminine ordinal in the case its preposition asks. */
static const char *clock(struct norm *n, const char *p) {
  const char *end = n->end, *h = digit_end(p, end), *m, *me;
  unsigned hour, min;
  int cs;
  if (h - p > 2 || h + 3 > end || *h != ':')
    return NULL;
  m = h + 1;
  me = digit_end(m, end);
  if (me - m != 2 || alnum_at(me, end))
    return NULL;
  hour = small_val(p, h);
  min = small_val(m, me);
  if (hour > 24 || min > 59)
    return NULL;
  cs = case_before(n, p);
  sep(n);
  if (hour == 0)
    word(n->out, "нуль");
  else
    uk_ordinal(n->out, hour,
               cs == 'l'   ? F_LOC
               : cs == 'g' ? F_GEN
               : cs == 'a' ? F_ACC
                           : F_NOM);
  if (min) {
    if (min < 10)
      word(n->out, "нуль");
    uk_cardinal(n->out, min, KS_FEM);
  }
  return me;
}

/* The year word after a year number, and the form its ordinal takes. */
static const char *year_word(struct norm *n, const char *q, enum form *f,
                             const char **spoken, int cs) {
  static const struct {
    const char *w, *spoken;
    enum form f;
  } words[] = {{"року", "року", M_GEN},  {"році", "році", M_LOC},
               {"рік", "рік", M_NOM},    {"роком", "роком", M_INS},
               {"роки", "роки", P_NOM},  {"років", "років", P_GEN},
               {"роках", "роках", P_GEN}};
  const char *end = n->end;
  for (size_t i = 0; i < N_OF(words); i++) {
    size_t k = strlen(words[i].w);
    if (starts(q, end, words[i].w) && !letter_len(q + k, end)) {
      *f = words[i].f;
      *spoken = NULL;
      return q + k;
    }
  }
  if (starts(q, end, "рр.")) {
    *f = cs == 'l' ? P_GEN : cs == 'g' ? P_GEN : P_NOM;
    *spoken = cs == 'l' ? "роках" : cs == 'g' ? "років" : "роки";
    return q + strlen("рр.");
  }
  if (starts(q, end, "р.") ||
      (starts(q, end, "р") && !letter_len(q + 2, end))) {
    *f = cs == 'l' ? M_LOC : cs == 'a' ? M_NOM : M_GEN;
    *spoken = cs == 'l' ? "році" : cs == 'a' ? "рік" : "року";
    return q + strlen("р") + (q + 2 < end && q[2] == '.' ? 1 : 0);
  }
  return NULL;
}

/* "у 1991 р.", "2024 року", "1990-х років": a year as an ordinal. */
static const char *year(struct norm *n, const struct uknum *v) {
  const char *end = n->end, *q = v->end, *r, *spoken;
  enum form f;
  int cs = case_before(n, v->p);
  if (v->frac || v->groups || v->ival == 0)
    return NULL;
  if (q < end && *q == ' ')
    q++;
  if (!(r = year_word(n, q, &f, &spoken, cs)))
    return NULL;
  sep(n);
  uk_ordinal(n->out, v->ival, f);
  if (!spoken) {
    ks_buf_putc(n->out, ' ');
    return q;
  }
  word(n->out, spoken);
  if (skip_spaces(r, end) >= end && r[-1] == '.')
    ks_buf_putc(n->out, '.'); /* "р." also ended the sentence */
  return r;
}

/* "24 серпня 1991 р.": the day an ordinal in the genitive ("на" asks the
 * accusative), the year an ordinal in the genitive with "року". */
static const char *day_month(struct norm *n, const struct uknum *v) {
  const char *end = n->end, *q = v->end, *m;
  int cs = case_before(n, v->p), mon = -1;
  if (v->frac || v->groups || v->ndig > 2 || v->ival < 1 || v->ival > 31 ||
      q >= end || *q != ' ')
    return NULL;
  m = q + 1;
  for (int i = 0; i < 12 && mon < 0; i++) {
    size_t k = strlen(n->lang->months[i]);
    if (starts(m, end, n->lang->months[i]) && !letter_len(m + k, end))
      mon = i;
  }
  if (mon < 0)
    return NULL;
  sep(n);
  uk_ordinal(n->out, v->ival, cs == 'a' ? N_NOM : M_GEN);
  word(n->out, n->lang->months[mon]);
  m += strlen(n->lang->months[mon]);
  q = m;
  if (q + 1 < end && *q == ' ' && ks_is_digit((unsigned char)q[1])) {
    struct uknum y;
    const char *r, *spoken;
    enum form f;
    if (scan(q + 1, end, &y) && !y.frac && !y.groups && y.ndig == 4) {
      r = y.end < end && *y.end == ' ' ? y.end + 1 : y.end;
      uk_ordinal(n->out, y.ival, M_GEN);
      if ((r = year_word(n, r, &f, &spoken, 'g')) != NULL) {
        word(n->out, spoken ? spoken : "року");
        if (skip_spaces(r, end) >= end && r[-1] == '.')
          ks_buf_putc(n->out, '.');
        return r;
      }
      word(n->out, "року");
      return y.end;
    }
  }
  return m;
}

/* "24.08.1991": as "24 серпня 1991 року" is said. */
static const char *numeric_date(struct norm *n, const char *p) {
  const char *end = n->end, *d = digit_end(p, end), *m, *y, *ye;
  unsigned day, mon;
  int cs;
  if (d - p > 2 || d >= end || *d != '.')
    return NULL;
  m = digit_end(d + 1, end);
  if (m - d - 1 != 2 || m >= end || *m != '.')
    return NULL;
  y = m + 1;
  ye = digit_end(y, end);
  day = small_val(p, d);
  mon = small_val(d + 1, m);
  if (ye - y != 4 || day < 1 || day > 31 || mon < 1 || mon > 12 ||
      alnum_at(ye, end))
    return NULL;
  cs = case_before(n, p);
  sep(n);
  uk_ordinal(n->out, day, cs == 'a' ? N_NOM : M_GEN);
  word(n->out, n->lang->months[mon - 1]);
  uk_ordinal(n->out, small_val(y, ye), M_GEN);
  word(n->out, "року");
  if (ye + 3 < end && starts(ye + 1, end, "р."))
    return ye + 1 + strlen("р.");
  return ye;
}

/* "2-й", "3-го", "1990-х": the ending written after the hyphen says the
 * ordinal's form. */
static const char *suffixed(struct norm *n, const struct uknum *v) {
  static const struct {
    const char *end;
    enum form f;
  } forms[] = {{"ого", M_GEN}, {"ьому", M_LOC}, {"ому", M_LOC}, {"го", M_GEN},
               {"му", M_LOC},  {"ими", P_INS},  {"ми", P_INS},  {"ою", F_INS},
               {"их", P_GEN},  {"ий", M_NOM},   {"ій", M_NOM},  {"ої", F_GEN},
               {"ша", F_NOM},  {"тя", F_NOM},   {"та", F_NOM},  {"ге", N_NOM},
               {"те", N_NOM},  {"ті", P_NOM},   {"й", M_NOM},   {"м", M_INS},
               {"х", P_GEN},   {"ї", F_GEN},    {"а", F_NOM},   {"я", F_NOM},
               {"у", F_ACC},   {"ю", F_ACC},    {"е", N_NOM},   {"є", N_NOM},
               {"і", P_NOM}};
  const char *end = n->end, *q = v->end, *we;
  if (v->frac || v->groups || q + 2 >= end || *q != '-')
    return NULL;
  we = word_end(q + 1, end);
  for (size_t i = 0; i < N_OF(forms); i++) {
    size_t k = strlen(forms[i].end);
    if ((size_t)(we - q - 1) == k && !memcmp(q + 1, forms[i].end, k)) {
      sep(n);
      uk_ordinal(n->out, v->ival, forms[i].f);
      return we;
    }
  }
  return NULL;
}

static const char *number(struct norm *n, const char *p) {
  const char *r;
  struct uknum v;
  if ((r = numeric_date(n, p)) || (r = clock(n, p)))
    return r;
  if (!scan(p, n->end, &v))
    return NULL;
  if ((r = suffixed(n, &v)) || (r = day_month(n, &v)) || (r = year(n, &v)) ||
      (r = counted(n, &v, NULL)))
    return r;
  if (v.frac && uk_decimal(n->out, v.ival, v.frac, v.frac_end)) {
    /* uk_decimal wrote straight after what was there */
    return v.end;
  }
  if (v.ival >= 1000 || v.groups) {
    sep(n);
    uk_cardinal(n->out, v.ival, KS_MASC);
    return v.end;
  }
  /* a range, "20–30", as written: espeak-ng reads it */
  r = v.end;
  while (r + 1 < n->end && (*r == '-' || starts(r, n->end, "–")) &&
         r + (*r == '-' ? 1 : 3) < n->end &&
         ks_is_digit((unsigned char)r[*r == '-' ? 1 : 3]) &&
         digit_end(r + (*r == '-' ? 1 : 3), n->end) - r < 7)
    r = digit_end(r + (*r == '-' ? 1 : 3), n->end);
  sep(n);
  ks_buf_put(n->out, p, (size_t)(r - p));
  return r;
}

/* "$100", "₴20", "€5 млн": the sign before its amount. */
static const char *prefix_money(struct norm *n, const char *p) {
  const char *end = n->end, *q;
  const struct ks_counted *c = counted_at(n->lang, p, end, KS_CT_PREFIX, &q);
  struct uknum v;
  const char *r;
  if (!c)
    return NULL;
  q = skip_spaces(q, end);
  if (q >= end || !ks_is_digit((unsigned char)*q) || !scan(q, end, &v))
    return NULL;
  r = counted(n, &v, c);
  return r;
}

/* ------------------------------------------------------------ words */

static unsigned roman_value(const char *p, const char *e) {
  static const char *const units[] = {"",  "I",  "II",  "III",  "IV",
                                      "V", "VI", "VII", "VIII", "IX"};
  static const char *const tens_r[] = {"", "X", "XX", "XXX"};
  for (unsigned v = 39; v > 0; v--) {
    char w[16];
    int k = snprintf(w, sizeof w, "%s%s", tens_r[v / 10], units[v % 10]);
    if (k == e - p && !memcmp(w, p, (size_t)k))
      return v;
  }
  return 0;
}

/* "у XX ст." у двадцятому столітті; "Карл V" Карл пятий. Roman numerals
 * are ordinals in Ukrainian; espeak-ng reads them in English. */
static const char *roman(struct norm *n, const char *p) {
  static const char *const centuries[] = {"століття", "столітті", "ст."};
  const char *end = n->end, *e = p, *q;
  unsigned v;
  int cs;
  while (e < end && strchr("IVX", *e))
    e++;
  if (e == p || alnum_at(e, end) || (v = roman_value(p, e)) == 0)
    return NULL;
  if (e - p == 1 && !(e < end && (*e == ' ' || *e == '.')))
    return NULL;
  cs = case_before(n, p);
  q = e < end && *e == ' ' ? e + 1 : e;
  for (size_t i = 0; i < N_OF(centuries); i++)
    if (starts(q, end, centuries[i])) {
      sep(n);
      uk_ordinal(n->out, v, cs == 'l' ? M_LOC : cs == 'g' ? M_GEN : N_NOM);
      word(n->out, cs == 'l' ? "столітті" : "століття");
      return q + strlen(centuries[i]);
    }
  sep(n);
  uk_ordinal(n->out, v, M_NOM);
  return e;
}

/* Letter names, for capitals spelled out: "ЗСУ" зе-ес-у. */
static const char *letter_name(const char *p, const char *end) {
  static const char *const names[][2] = {
      {"А", "а"},  {"Б", "бе"}, {"В", "ве"}, {"Г", "ге"},  {"Ґ", "ґе"},
      {"Д", "де"}, {"Е", "е"},  {"Є", "є"},  {"Ж", "же"},  {"З", "зе"},
      {"И", "и"},  {"І", "і"},  {"Ї", "ї"},  {"Й", "йот"}, {"К", "ка"},
      {"Л", "ел"}, {"М", "ем"}, {"Н", "ен"}, {"О", "о"},   {"П", "пе"},
      {"Р", "ер"}, {"С", "ес"}, {"Т", "те"}, {"У", "у"},   {"Ф", "еф"},
      {"Х", "ха"}, {"Ц", "це"}, {"Ч", "че"}, {"Ш", "ша"},  {"Щ", "ща"},
      {"Ю", "ю"},  {"Я", "я"}};
  for (size_t i = 0; i < N_OF(names); i++)
    if (starts(p, end, names[i][0]))
      return names[i][1];
  return NULL;
}

static bool vowel(const char *p, const char *end) {
  static const char *const v[] = {"А", "Е", "Є", "И", "І",
                                  "Ї", "О", "У", "Ю", "Я"};
  for (size_t i = 0; i < N_OF(v); i++)
    if (starts(p, end, v[i]))
      return true;
  return false;
}

/* Capitals that start with two consonants ("ЗСУ", "СБУ", "США"): espeak-ng
 * reads them as a word, a Ukrainian spells them. */
static const char *spell_caps(struct norm *n, const char *p) {
  static const char *const words[] = {"ЗМІ", "ДСНС"};
  const char *end = n->end, *q = p;
  size_t k = 0;
  while (q + 1 < end && letter_name(q, end) && k < 6) {
    q += 2;
    k++;
  }
  if (k < 2 || k > 5 || letter_len(q, end) > 0 || vowel(p, end) ||
      vowel(p + 2, end) || word_is(p, (size_t)(q - p), words, N_OF(words)))
    return NULL;
  sep(n);
  for (const char *c = p; c < q; c += 2) {
    if (c > p)
      ks_buf_putc(n->out, '-');
    ks_buf_puts(n->out, letter_name(c, end));
  }
  return q;
}

/* The ending the noun after "т. зв." asks: так звана реформа, так званий
 * план, так зване питання, так звані вибори. */
static const char *agree(const char *w, size_t len) {
  if (ends_with(w, len, "ння") || ends_with(w, len, "ття") ||
      ends_with(w, len, "о") || ends_with(w, len, "е"))
    return "е";
  if (ends_with(w, len, "а") || ends_with(w, len, "я"))
    return "а";
  if (ends_with(w, len, "и") || ends_with(w, len, "і"))
    return "і";
  return "ий";
}

/* "обл.", "р-н" after an adjective take its case: "Київської обл."
 * області, "у Бучанському р-ні" районі. */
static const char *after_adjective(const struct norm *n, const char *p,
                                   const char *nom, const char *gen,
                                   const char *loc) {
  const char *w;
  size_t len;
  if (!prev_word(n, p, &w, &len))
    return nom;
  if (ends_with(w, len, "ої") || ends_with(w, len, "ого"))
    return gen;
  if (ends_with(w, len, "ій") || ends_with(w, len, "ому"))
    return loc;
  return nom;
}

static const char *abbreviation(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *best = NULL, *next, *we;
  const struct ks_abbrev *ab = NULL;
  const char *spoken;
  if (starts(p, end, "р-н")) {
    we = word_end(p + strlen("р-н"), end);
    sep(n);
    ks_buf_puts(n->out, after_adjective(n, p, "район", "району", "районі"));
    return we;
  }
  if (starts(p, end, "д-р") && !letter_len(p + strlen("д-р"), end)) {
    say(n, "доктор");
    return p + strlen("д-р");
  }
  for (int k = 0; k < 3; k++) {
    const char *w = q;
    const struct ks_abbrev *a;
    q = word_end(q, end);
    if (q == w || q >= end || *q != '.' || q - p > 16)
      break;
    if ((a = ks_lang_abbrev(n->lang, p, (size_t)(q - p))) != NULL) {
      ab = a;
      best = q;
    }
    if (q + 2 >= end || q[1] != ' ')
      break;
    q += 2;
  }
  if (!ab || !ab->spoken)
    return NULL;
  next = skip_spaces(best + 1, end);
  spoken = ab->spoken;
  if (!strcmp(ab->word, "с")) { /* "с. 12" сторінка, "с. Петрівка" село */
    if (next < end && ks_is_digit((unsigned char)*next))
      spoken = "сторінка";
  } else if ((ab->flags & KS_AB_NUMBER) &&
             !(next < end && ks_is_digit((unsigned char)*next))) {
    return NULL;
  }
  if ((ab->flags & KS_AB_TITLE) &&
      !(next + 1 < end && letter_len(next, end) && letter_name(next, end)))
    return NULL; /* "м." is місто before a name only */
  if (!strcmp(ab->word, "обл"))
    spoken = after_adjective(n, p, "область", "області", "області");
  if (!strcmp(spoken, "вулиця")) { /* "на вул. Портовій" на вулиці */
    int cs = case_before(n, p);
    spoken = cs ? "вулиці" : spoken;
  }
  if (!strcmp(spoken, "місто") || !strcmp(spoken, "село")) {
    int cs = case_before(n, p); /* "у м. Вінниця" у місті */
    bool town = !strcmp(spoken, "місто");
    if (cs == 'l')
      spoken = town ? "місті" : "селі";
    else if (cs == 'g')
      spoken = town ? "міста" : "села";
  }
  sep(n);
  if (spoken[strlen(spoken) - 1] == '-') {
    const char *w = next, *e;
    while (w < end && !letter_len(w, end) && w - next < 4)
      w++; /* an opening quotation mark */
    e = word_end(w, end);
    ks_buf_put(n->out, spoken, strlen(spoken) - 1);
    ks_buf_puts(n->out, agree(w, (size_t)(e - w)));
  } else {
    ks_buf_puts(n->out, spoken);
  }
  if (next >= end)
    ks_buf_putc(n->out, '.');
  return best + 1;
}

/* "Т. Шевченко": the letter without its period, which espeak-ng reads as
 * the end of a sentence. */
static const char *initial(struct norm *n, const char *p) {
  const char *end = n->end;
  if (!letter_name(p, end) || p + 4 > end || p[2] != '.' || p[3] != ' ' ||
      !letter_name(p + 4, end))
    return NULL;
  sep(n);
  ks_buf_put(n->out, p, 2);
  return p + 3;
}

/* A word with the modifier apostrophe U+02BC ("мʼясо"), which makes
 * espeak-ng spell the word: written with U+2019 instead. */
static const char *apostrophe(struct norm *n, const char *p) {
  const char *end = n->end, *e = p, *q;
  bool found = false;
  size_t l;
  while (e < end && (l = letter_len(e, end)) > 0) {
    found = found || starts(e, end, "\xCA\xBC");
    e += l;
  }
  if (!found)
    return NULL;
  sep(n);
  for (q = p; q < e; q += l) {
    l = utf8_len(q, end);
    if (starts(q, end, "\xCA\xBC"))
      ks_buf_puts(n->out, "’");
    else
      ks_buf_put(n->out, q, l);
  }
  n->prev = p;
  n->prev_len = (size_t)(e - p);
  return e;
}

static const char *symbol(struct norm *n, const char *p) {
  static const struct {
    const char *sym, *spoken;
    bool before_digit;
  } syms[] = {{"№", "номер", false},   {"≈", "приблизно", false},
              {"~", "близько", true},  {"+", "плюс", true},
              {"−", "мінус", true},    {"-", "мінус", true},
              {"&", "і", false},       {"=", "дорівнює", false},
              {"§", "параграф", false}};
  const char *end = n->end;
  for (size_t i = 0; i < N_OF(syms); i++) {
    size_t k = strlen(syms[i].sym);
    if (!starts(p, end, syms[i].sym))
      continue;
    if (syms[i].before_digit &&
        !(p + k < end && ks_is_digit((unsigned char)p[k]) &&
          (p == n->s || ks_is_space((unsigned char)p[-1]))))
      return NULL;
    if (!syms[i].before_digit && k == 1 && p > n->s &&
        !ks_is_space((unsigned char)p[-1]))
      return NULL;
    say(n, syms[i].spoken);
    if (alnum_at(p + k, end))
      ks_buf_putc(n->out, ' ');
    return p + k;
  }
  return NULL;
}

static const char *uk_at(struct norm *n, const char *p) {
  unsigned char c = (unsigned char)*p;
  const char *r;
  if ((r = ks_norm_rule_web_words(n, p)))
    return r;
  if (ks_is_digit(c))
    return number(n, p);
  if ((c == '$' || c >= 0x80 || c == 'U' || c == 'E') &&
      (r = prefix_money(n, p)))
    return r;
  if (c == 0xD0 || c == 0xD1 || c == 0xD2) {
    if (p - n->s >= 2 && letter_len(p - 2, n->end) > 1 &&
        (unsigned char)p[-2] >= 0xD0)
      return NULL;
    if ((r = abbreviation(n, p)) || (r = initial(n, p)) ||
        (r = spell_caps(n, p)) || (r = apostrophe(n, p)))
      return r;
    return NULL;
  }
  if ((c == 'I' || c == 'V' || c == 'X') &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1])) && (r = roman(n, p)))
    return r;
  if ((r = symbol(n, p)))
    return r;
  return ks_norm_rule_neutral(n, p);
}

const struct ks_norm_family ks_norm_uk = {KS_RULES_UK, uk_at};
