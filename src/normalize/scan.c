/* scan.c - what the rules share: a number as written (read and said), the
 * units, currencies and fraction glyphs that follow or stand for one, and
 * a word copied as it is.
 * SPDX-License-Identifier: MIT
 *
 * One level below the rule files, which call it and never each other's
 * scanners.
 */
#include "norm.h"
#include "lang/language.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Read a number at p (digits, or '.' then digits). Commas count only
 * between groups of exactly three digits ("12,again" stops at 12). */
bool ks_norm_scan_num(const char *p, const char *end, struct num *v) {
  const char *q = p;
  memset(v, 0, sizeof *v);
  v->p = p;
  q = digit_end(p, end);
  v->ndig = (size_t)(q - p);
  /* "₹1,09,990", "12,50,000": India's grouping, twos after the first
   * group and a three last */
  if (v->ndig <= 2 && q < end && *q == ',') {
    const char *a = q;
    size_t twos = 0;
    while (end - a >= 4 && a[0] == ',' && ks_is_digit((unsigned char)a[1]) &&
           ks_is_digit((unsigned char)a[2]) && a[3] == ',') {
      a += 3;
      twos++;
    }
    if (twos > 0 && end - a >= 4 && a[0] == ',' &&
        ks_is_digit((unsigned char)a[1]) && ks_is_digit((unsigned char)a[2]) &&
        ks_is_digit((unsigned char)a[3]) &&
        (end - a == 4 || !ks_is_digit((unsigned char)a[4]))) {
      v->commas = v->lakh = true;
      v->ndig += 2 * twos + 3;
      q = a + 4;
      if (q < end - 1 && *q == '.' && ks_is_digit((unsigned char)q[1])) {
        v->dot = q;
        q = digit_end(q + 1, end);
      }
      v->end = q;
      v->ok = ks_num_parse(p, (size_t)((v->dot ? v->dot : q) - p), &v->ival);
      return true;
    }
  }
  while (v->ndig > 0 && v->ndig <= 3 + (v->commas ? 1000 : 0) && q < end &&
         *q == ',' && end - q >= 4 && ks_is_digit((unsigned char)q[1]) &&
         ks_is_digit((unsigned char)q[2]) && ks_is_digit((unsigned char)q[3]) &&
         (end - q == 4 || !ks_is_digit((unsigned char)q[4]))) {
    if (!v->commas && q - p > 3)
      break;
    v->commas = true;
    q += 4;
    v->ndig += 3;
  }
  if (q < end - 1 && *q == '.' && ks_is_digit((unsigned char)q[1])) {
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
void ks_norm_say_num(struct norm *n, const struct num *v) {
  const char *ie = v->dot ? v->dot : v->end;
  /* "1.40 million tonnes", "$2.50bn": before a scale word, a decimal's
   * trailing zeros are not said ("one point four million") */
  if (v->dot && v->ok && v->end - v->dot > 1 && v->end[-1] == '0') {
    /* (glued "M" and "B" too: "$28.20M", "$1.50B") */
    static const char *const scales[] = {
        " billion", " million", " trillion", "bn", " bn",
        "mn",       " mn",      "tn",        "M",  "B"};
    const char *e = v->end;
    /* (and a batter's strike rate or a bowler's economy of two decimals in
     * a sentence about cricket, as commentary says them: "at 225.00",
     * "an economy of 9.50", two hundred and twenty-five, nine point five) */
    /* (after a rate's word, or as a cell among a scorecard's figures:
     * "Rawal, 3, 0, 24, 2, 8.00"; not "tickets cost 12.50 each") */
    static const char *const rates[] = {"at",      "average", "avg",
                                        "economy", "Econ",    "of",
                                        "rate",    "RR",      "SR"};
    bool cell = v->p - n->s >= 2 && v->p[-1] == ' ' && v->p[-2] == ',' &&
                (e == n->end || *e == ',' || *e == ')');
    const char *rw, *rwe;
    bool rate = v->end - v->dot == 3 && !alnum_at(e, n->end) &&
                !(e < n->end && (*e == '%' || *e == '/')) &&
                (cell || ((rw = ks_norm_prev_word(n, v->p, &rwe)) != NULL &&
                          word_is(rw, (size_t)(rwe - rw), rates,
                                  N_OF(rates)))) &&
                ks_norm_about_cricket(n);
    /* (the glued capitals only after a currency's sign: not a clause's
     * "4.10B", a firmware's "2.10B") */
    bool signed_amount =
        v->p > n->s && (v->p[-1] == '$' || (unsigned char)v->p[-1] >= 0x80);
    for (size_t i = 0; i < N_OF(scales) + rate; i++)
      if (i == N_OF(scales) || (starts(e, n->end, scales[i]) &&
                                !alnum_at(e + strlen(scales[i]), n->end) &&
                                (ks_is_lower((unsigned char)scales[i][0]) ||
                                 scales[i][0] == ' ' || signed_amount))) {
        struct num t = *v;
        while (t.end - t.dot > 1 && t.end[-1] == '0')
          t.end--;
        if (t.end - t.dot == 1) { /* "2.00 billion": no point at all */
          t.end = t.dot;
          t.dot = NULL;
        }
        if (t.end != v->end) {
          ks_norm_say_num(n, &t);
          return;
        }
        break;
      }
  }
  sep(n);
  if (v->lakh && v->ok && !v->dot && v->ival >= 100000) {
    /* said as it is grouped: "one lakh nine thousand nine hundred
     * ninety", "twelve crore" */
    uint64_t crore = v->ival / 10000000, lakh = v->ival / 100000 % 100,
             rest = v->ival % 100000;
    if (crore) {
      ks_num_cardinal_plain(n->out, crore);
      ks_buf_puts(n->out, " crore");
    }
    if (lakh) {
      if (crore)
        ks_buf_putc(n->out, ' ');
      ks_num_cardinal_plain(n->out, lakh);
      ks_buf_puts(n->out, " lakh");
    }
    if (rest) {
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal(n->out, rest);
    }
  } else if (v->ndig == 0) {
    ks_num_decimal(n->out, v->p, (size_t)(v->end - v->p));
  } else if (!v->ok && v->commas && !v->lakh && v->ndig <= 21) {
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

const struct ks_unit *ks_norm_unit_in(const struct norm *n,
                                      const struct ks_unit *u) {
  static const struct ks_unit kilotonnes = {"kt", "thousand tonnes",
                                            "thousand tonnes"};
  /* (not a ship's or the wind's knots in a sentence that carries
   * tonnes: "45 kt winds", "sailing at 12 kt") */
  static const char *const mining[] = {"concentrate", "milled",  "mined",
                                       "ore",         "Ore",     "processed",
                                       "stockpile",   "tailings"};
  static const char *const speeds[] = {"gusts",   "knots", "km/h", "mph",
                                       "sailing", "speed", "wind", "winds"};
  if (u && !strcmp(u->abbr, "kt") &&
      ks_norm_sentence_has(n, mining, N_OF(mining)) &&
      !ks_norm_sentence_has(n, speeds, N_OF(speeds)))
    return &kilotonnes;
  /* "18 kt white gold": a gold's carat (karat), in a sentence about gold
   * or a jeweller's metal */
  static const struct ks_unit karat = {"kt", "carat", "carat"};
  static const char *const jewels[] = {KS_NORM_GOLD_WORDS,
                                       "ring", "necklace", "bracelet"};
  if (u && !strcmp(u->abbr, "kt") &&
      ks_norm_sentence_has(n, jewels, N_OF(jewels)) &&
      !ks_norm_sentence_has(n, speeds, N_OF(speeds)))
    return &karat;
  return u;
}

/* A unit of measure at p, right after a number. */
const struct ks_unit *ks_norm_scan_unit(const struct ks_lang *lang,
                                        const char *p, const char *end,
                                        const char **after) {
  for (size_t i = 0; i < lang->n_units; i++) {
    const char *u = lang->units[i].abbr;
    size_t ul;
    const char *e;
    if (p >= end || u[0] != *p) /* most entries fail here, before strlen */
      continue;
    ul = strlen(u);
    e = p + ul;
    if (!starts(p, end, u))
      continue;
    /* "60 TBs": a plural "s" after bytes or bits (not "100 MPs") */
    if (ul == 2 && e < end && *e == 's' && (u[1] == 'B' || u[1] == 'b') &&
        !(e + 1 < end &&
          (ks_is_alnum((unsigned char)e[1]) || letter_len(e + 1, end) > 1))) {
      *after = e + 1;
      return &lang->units[i];
    }
    if (e < end && (ks_is_alnum((unsigned char)*e) || letter_len(e, end) > 1))
      continue;
    /* tonnes: not "3 t's", "500 t-shirts", "2 Mt Everest" (Mount); nor
     * "2 Ma Ying-jeou" */
    if ((!strcmp(u, "t") || !strcmp(u, "Mt") || !strcmp(u, "Ma") ||
         !strcmp(u, "Ga")) &&
        e < end &&
        (*e == '\'' || *e == '-' ||
         (*e == ' ' && e + 1 < end && ks_is_upper((unsigned char)e[1]))))
      continue;
    /* geology's "66 Ma" already says "ago": not "66 Ma ago", nor the
     * state's "2 Ga. teams" */
    if ((!strcmp(u, "Ma") || !strcmp(u, "Ga")) &&
        (starts(e, end, " ago") || (e < end && *e == '.' && e + 1 < end)))
      continue;
    /* pints only before "of" ("1 pt. of stock"): "12 pt type", "31 pts"
     * are points */
    if (u[0] == 'p' && !strcmp(lang->units[i].one, "pint")) {
      e += e < end && *e == '.';
      /* not a share of a team's points: "31 pts of the team's 80" */
      if (!starts(e, end, " of ") || starts(e, end, " of the ") ||
          starts(e, end, " of his ") || starts(e, end, " of her ") ||
          starts(e, end, " of their ") || starts(e, end, " of its "))
        continue;
    }
    *after = e;
    return &lang->units[i];
  }
  return NULL;
}

const struct ks_unit *ks_norm_unit_word(const struct ks_lang *lang,
                                        const char *q, const char *end,
                                        const char **after) {
  const struct ks_unit *u;
  if (!(q < end - 1 && *q == ' ') ||
      !(u = ks_norm_scan_unit(lang, q + 1, end, after)) || !u->abbr[1] ||
      (*after < end && ks_is_alpha((unsigned char)**after)))
    return NULL;
  return u;
}

const char *ks_norm_per_unit(struct norm *n, const char *a) {
  const char *ue;
  const struct ks_unit *u;
  if (a + 1 >= n->end || *a != '/' ||
      !(u = ks_norm_scan_unit(n->lang, a + 1, n->end, &ue)) ||
      alnum_at(ue, n->end) || strchr(u->abbr, '/'))
    return NULL;
  ks_buf_puts(n->out, " per ");
  ks_buf_puts(n->out, u->one);
  return ue;
}

bool ks_norm_measure_next(const struct norm *n, const char *q) {
  static const char *const measures[] = {"cup",  "cups",  "in",   "inch",
                                         "inches", "mile", "miles", "tbsp",
                                         "tsp"};
  return ks_norm_next_is(n, q, measures, N_OF(measures));
}

/* "a" or "an" before word, by its sound: "an ounce", "an hour", "a
 * pound". */
const char *ks_norm_article(const char *word) {
  return strchr("aeiouAEIOU", word[0]) && word[0] ? "an"
         : !strncmp(word, "hour", 4)              ? "an"
                                                  : "a";
}

/* A scale right after an amount's figures at d: " billion", " million",
 * "bn", "m" ("SR58.7 billion", "LE 3.8bn"). */
static bool scale_at(const char *d, const char *end) {
  return starts(d, end, " billion") || starts(d, end, " million") ||
         starts(d, end, "bn") || (d < end && *d == 'm' && !alnum_at(d + 1, end));
}

/* After a sign's end at a, its figures, glued or after one space: where
 * they start in *d; where they end. */
static const char *figures_after(const char *a, const char *end,
                                 const char **d) {
  const char *de = *d = a < end && *a == ' ' ? a + 1 : a;
  while (de < end && ks_is_digit((unsigned char)*de))
    de++;
  return de;
}

/* Whether the table's entry cur is the currency at p, its sign matched
 * and any rule of its own met: where the sign ends, or NULL. */
static const char *currency_at(const struct ks_currency *cur, const char *p,
                               const char *end) {
  if (!starts(p, end, cur->sign))
    return NULL;
  const char *a = p + strlen(cur->sign);
  /* the dollar's country after its sign, only glued to the figures
   * ("$US1.2 million"; not "$A grade", "$CAD") */
  if (p[0] == '$' && a - p > 1 && !(a < end && ks_is_digit((unsigned char)*a)))
    return NULL;
  /* no amount starts with a nought before another figure: a flight's or a
   * form's code ("flight MK015", "form P09") */
  if (a + 1 < end && *a == '0' && ks_is_digit((unsigned char)a[1])) {
    /* (but "£00.50", "$01,500,000": a comma or a stop and figures after) */
    const char *d = a;
    while (d < end && ks_is_digit((unsigned char)*d))
      d++;
    if (!(d + 1 < end && (*d == '.' || *d == ',') &&
          ks_is_digit((unsigned char)d[1])))
      return NULL;
  }
  /* Vanuatu's "VT" only before an amount with a thousands' comma, a
   * decimal or a scale ("VT180,000", "VT 35 million"; not a state's
   * "Burlington, VT 05401") */
  /* (spaced, only before a scale: not a state table's "VT 1,207", "VT
   * 12.5%", nor "VT 2.0") */
  if (a - p == 2 && p[0] == 'V' && p[1] == 'T') {
    const char *d, *de = figures_after(a, end, &d);
    if (de == d || (d > a && !scale_at(digit_end(de + 1, end), end) &&
                    !scale_at(de, end)) ||
        !((de + 1 < end && (*de == ',' || *de == '.') &&
           ks_is_digit((unsigned char)de[1])) ||
          scale_at(de, end)))
      return NULL;
  }
  /* the Dutch Caribbean's codes ("Cg", "ANG", "XCG", "AWG") only before
   * an amount with a thousands' comma, a decimal or a scale ("Cg 2.6
   * billion", "ANG 1,250"; not a protein's "ANG 2", a strain's "Cg 13032",
   * the Air National Guard's "ANG 150 airmen") */
  if ((a - p == 2 && p[0] == 'C' && p[1] == 'g') ||
      (a - p == 3 && (!memcmp(p, "ANG", 3) || !memcmp(p, "XCG", 3) ||
                      !memcmp(p, "AWG", 3)))) {
    const char *d, *de = figures_after(a, end, &d);
    if (de == d ||
        !((de + 1 < end && (*de == ',' || *de == '.') &&
           ks_is_digit((unsigned char)de[1])) ||
          scale_at(de, end) || scale_at(digit_end(de + 1, end), end)))
      return NULL;
  }
  /* Malawi's "MK" and Oman's "RO" only before three figures or more,
   * a thousands' comma or a decimal ("MK185,000", "RO 4.500"; not a
   * postcode's "MK1", a mark's "MK 2") */
  if (a - p == 2 && ((p[0] == 'M' && p[1] == 'K') ||
                     (p[0] == 'R' && p[1] == 'O'))) {
    const char *d, *de = figures_after(a, end, &d);
    if (de - d < 3 && !(de > d && de + 1 < end &&
                        (*de == ',' || *de == '.') &&
                        ks_is_digit((unsigned char)de[1])))
      return NULL;
  }
  /* the Saudi riyal's "SR" and Qatar's "QR" only glued to figures
   * with a stop or a scale ("SR24.86", "QR1.1m"; "SR 91", "SR91" are
   * state routes) */
  if (a - p == 2 && (p[0] == 'S' || p[0] == 'Q') && p[1] == 'R') {
    const char *d = a;
    while (d < end && (ks_is_digit((unsigned char)*d) || *d == ','))
      d++;
    if (d == a || !((d + 1 < end && *d == '.' &&
                     ks_is_digit((unsigned char)d[1])) ||
                    scale_at(d, end)))
      return NULL;
  }
  /* Jordan's "JD" and Ethiopia's "Br" before figures only, spaced
   * or glued, two figures or more ("JD118 million", "Br 500"; not
   * "JD Sports", "Br.", a code "JD2") */
  /* (Jordan's needs its country named too: money.c) */
  if (a - p == 2 && p[0] == 'B' && p[1] == 'r') {
    const char *d, *de = figures_after(a, end, &d);
    /* (one figure only before a decimal or a range, "JD0.40",
     * "JD2-3", or a joining word, a comma or the end, "between JD5
     * and JD8 per kilogramme"; not a code's "JD2 model") */
    if (de - d < 2 &&
        !(de == d + 1 && de + 1 < end && (*de == '.' || *de == '-') &&
          ks_is_digit((unsigned char)de[1])) &&
        !(de == d + 1 &&
          (de == end || *de == ',' || *de == ';' ||
           (*de == '.' && !(de + 1 < end && ks_is_digit((unsigned char)de[1]))) ||
           starts(de, end, " and ") || starts(de, end, " or ") ||
           starts(de, end, " to ") || starts(de, end, " per ") ||
           starts(de, end, " each") || starts(de, end, " a "))))
      return NULL;
  }
  /* Bahrain's "BD" glued to its figures, or spaced before a thousands'
   * comma or a decimal ("BD70,000", "BD 1,200"; not Bangladesh's score,
   * "BD 245 all out", "BD 245/8") */
  if (a - p == 2 && p[0] == 'B' && p[1] == 'D') {
    const char *d, *de = figures_after(a, end, &d);
    if (de == d || (de < end && *de == '/') ||
        (d > a && !(de + 1 < end && (*de == ',' || *de == '.') &&
                    ks_is_digit((unsigned char)de[1]))))
      return NULL;
  }
  /* Egypt's "LE" only before an amount with a scale or a thousands'
   * comma ("LE 3.8 billion", "LE 1,250"; not a car's trim, "Corolla
   * LE 1.8") */
  if (a - p == 2 && p[0] == 'L' && p[1] == 'E') {
    const char *d = a < end && *a == ' ' ? a + 1 : a, *de = d;
    while (de < end && (ks_is_digit((unsigned char)*de) || *de == '.' ||
                        *de == ','))
      de++;
    if (de == d || !(scale_at(de, end) || memchr(d, ',', (size_t)(de - d))))
      return NULL;
  }
  /* Romania's "RON" not before a petrol grade's octane, "RON95",
   * "RON 97" (two figures alone, 80 to 102) */
  if (a - p == 3 && !memcmp(p, "RON", 3)) {
    const char *d, *de = figures_after(a, end, &d);
    if (de - d == 2 && !alnum_at(de, end) &&
        !(de < end && (*de == '.' || *de == ',')) &&
        ((d[0] == '8' || d[0] == '9')))
      return NULL;
    if (de - d == 3 && d[0] == '1' && d[1] == '0' && d[2] <= '2' &&
        !alnum_at(de, end))
      return NULL;
  }
  return a;
}

/* The currencies of a language by their sign's first byte, in the table's
 * order (the first match wins: "£E" before "£", "KShs" before "KSh"), so
 * a scan reads the few that can match, not all 230: it runs at every
 * capital and sign, the normaliser's hottest loop. Built once for the
 * languages the program has. */
struct currency_index {
  const struct ks_lang *lang;
  unsigned short first[257]; /* byte b's entries: order[first[b]..first[b+1]) */
  unsigned short *order;
};
static struct currency_index currency_indexes[4];
static pthread_once_t currency_once = PTHREAD_ONCE_INIT;

static void index_currencies(void) {
  const struct ks_lang *langs[] = {&ks_lang_en, &ks_lang_de, &ks_lang_uk,
                                   &ks_lang_neutral};
  for (size_t l = 0; l < N_OF(langs); l++) {
    struct currency_index *x = &currency_indexes[l];
    const struct ks_lang *lang = langs[l];
    size_t n = lang->n_currencies, fill[256] = {0};
    x->order = n ? calloc(n, sizeof *x->order) : NULL;
    if (n && !x->order)
      continue; /* then that language is scanned whole */
    for (size_t i = 0; i < n; i++)
      x->first[(unsigned char)lang->currencies[i].sign[0] + 1]++;
    for (size_t b = 1; b <= 256; b++)
      x->first[b] = (unsigned short)(x->first[b] + x->first[b - 1]);
    for (size_t i = 0; i < n; i++) {
      unsigned char b = (unsigned char)lang->currencies[i].sign[0];
      x->order[x->first[b] + fill[b]++] = (unsigned short)i;
    }
    x->lang = lang;
  }
}

/* A currency sign or code at p. */
const struct ks_currency *ks_norm_scan_currency(const struct ks_lang *lang,
                                                const char *p, const char *end,
                                                const char **after) {
  const char *a;
  if (p >= end)
    return NULL;
  pthread_once(&currency_once, index_currencies);
  for (size_t l = 0; l < N_OF(currency_indexes); l++) {
    const struct currency_index *x = &currency_indexes[l];
    unsigned char b = (unsigned char)*p;
    if (x->lang != lang)
      continue;
    for (size_t k = x->first[b]; k < x->first[b + 1]; k++)
      if ((a = currency_at(&lang->currencies[x->order[k]], p, end)) != NULL) {
        *after = a;
        return &lang->currencies[x->order[k]];
      }
    return NULL;
  }
  for (size_t i = 0; i < lang->n_currencies; i++)
    if (lang->currencies[i].sign[0] == *p &&
        (a = currency_at(&lang->currencies[i], p, end)) != NULL) {
      *after = a;
      return &lang->currencies[i];
    }
  return NULL;
}

/* Unicode vulgar fractions. */
static const struct {
  const char *glyph;
  unsigned n, d;
} vulgar[] = {{"½", 1, 2}, {"¼", 1, 4}, {"¾", 3, 4}, {"⅓", 1, 3}, {"⅔", 2, 3},
              {"⅕", 1, 5}, {"⅖", 2, 5}, {"⅗", 3, 5}, {"⅘", 4, 5}, {"⅙", 1, 6},
              {"⅚", 5, 6}, {"⅐", 1, 7}, {"⅛", 1, 8}, {"⅜", 3, 8}, {"⅝", 5, 8},
              {"⅞", 7, 8}, {"⅑", 1, 9}, {"⅒", 1, 10}};

/* A vulgar fraction glyph at p ("½"): its parts, and where it ends. */
const char *ks_norm_scan_vulgar(const char *p, const char *end, unsigned *num,
                                unsigned *den) {
  /* every glyph starts with C2 ("½") or E2 ("⅓"): one test for the rest */
  if (p >= end || ((unsigned char)*p != 0xC2 && (unsigned char)*p != 0xE2))
    return NULL;
  for (size_t i = 0; i < N_OF(vulgar); i++) {
    if (starts(p, end, vulgar[i].glyph)) {
      *num = vulgar[i].n;
      *den = vulgar[i].d;
      return p + strlen(vulgar[i].glyph);
    }
  }
  return NULL;
}

/* True when the word after q (one space apart) is a lower-case word the
 * amount before it describes: "a $9 billion order", "the 2,500km border".
 * Function words, adverbs and participles say it is not ("$5 million last
 * year", "12 kg more", "$2 billion raised"). */
const char *ks_norm_next_word(const struct norm *n, const char *q,
                              const char **we) {
  if (!q || q >= n->end - 1 || *q != ' ' || !ks_is_alpha((unsigned char)q[1]))
    return NULL;
  *we = alpha_end(q + 1, n->end);
  return q + 1;
}

/* p is the sentence's first word, after its opening quotation marks or
 * brackets only. */
bool ks_norm_first_of_sentence(const struct norm *n, const char *p) {
  const char *q = n->s;
  while (q < p) {
    if (*q == '"' || *q == '\'' || *q == '(' || *q == '[')
      q++;
    else if (starts(q, p, "“") || starts(q, p, "‘"))
      q += 3;
    else
      return false;
  }
  return true;
}

const char *ks_norm_prev_word(const struct norm *n, const char *p,
                              const char **we) {
  const char *w;
  if (!p || p - n->s < 2 || p[-1] != ' ')
    return NULL;
  w = p - 1;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--;
  if (w == p - 1)
    return NULL;
  *we = p - 1;
  return w;
}

/* A noun after q, or with gerunds a word in "-ing" too ("65W charging"). */
static bool noun_after(const struct norm *n, const char *q, bool gerunds) {
  const char *end = n->end, *w, *we;
  size_t len;
  if (!(w = ks_norm_next_word(n, q, &we)) || !ks_is_lower((unsigned char)*w))
    return false;
  len = (size_t)(we - w);
  /* "the 30g daily limit", "a $5 monthly fee": a word of how often, an
   * adjective before the noun it describes */
  static const char *const often[] = {
      "daily", "hourly", "monthly", "nightly", "quarterly", "weekly", "yearly"};
  if (word_is(w, len, often, N_OF(often)) && we < end - 1 && *we == ' ' &&
      ks_is_lower((unsigned char)we[1])) {
    const char *x = we + 1, *xe = alpha_end(x, end);
    return xe - x >= 3 && !alnum_at(xe, end) &&
           !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, x,
                            (size_t)(xe - x)) &&
           !(xe - x > 4 && xe[-2] == 'l' && xe[-1] == 'y');
  }
  for (const char *c = w; c < we; c++)
    if (ks_is_upper((unsigned char)*c))
      return false; /* "iPhone" */
  if (len < 2 || (we < end && (*we == '\'' || letter_len(we, end) > 1)))
    return false;
  /* "$500 million set aside": a participle and its particle; "a high of
   * $16.2bn set in September": and its preposition */
  if (len == 3 && !memcmp(w, "set", 3) &&
      (starts(we, end, " aside") || starts(we, end, " up ") ||
       starts(we, end, " out ") || starts(we, end, " in ") ||
       starts(we, end, " by ") || starts(we, end, " on ") ||
       starts(we, end, " last ")))
    return false;
  if (we < end && *we == '.' && ks_lang_abbrev(n->lang, w, len))
    return false; /* "Rs 700 approx.", "$5m est.": an abbreviation */
  /* "its 1.2m high-gain antenna": two words joined by a hyphen before
   * their noun describe it (not "5km north-east of") */
  /* (with no noun after it, judged by its first word, "full-frame
   * sensor"; but "non-" makes no noun: "300 km non-stop") */
  if (we < end - 1 && *we == '-' && ks_is_lower((unsigned char)we[1])) {
    const char *ce = alpha_end(we + 1, end);
    if (ce < end && *ce == ' ' && noun_after(n, ce, gerunds))
      return true;
    if (len == 3 && !memcmp(w, "non", 3))
      return false;
  }
  if (len > 4 && ((w[len - 2] == 'l' && w[len - 1] == 'y') ||
                  (w[len - 2] == 'e' && w[len - 1] == 'd') ||
                  (!gerunds && w[len - 3] == 'i' && w[len - 2] == 'n' &&
                   w[len - 1] == 'g')))
    return false;
  return !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w, len);
}

bool ks_norm_noun_after(const struct norm *n, const char *q) {
  return noun_after(n, q, false);
}

bool ks_norm_no_thing(const char *w, size_t len) {
  static const char *const not_things[] = {"AM",  "BST", "CET", "EST", "ET",
                                           "GMT", "OK",  "PM",  "PT",  "UTC"};
  size_t compass = 0;
  for (size_t i = 0; i < len; i++)
    compass += strchr("NSEW", w[i]) != NULL ? 1 : 0;
  return compass == len || word_is(w, len, not_things, N_OF(not_things));
}

bool ks_norm_attributive_after(const struct norm *n, const char *q) {
  const char *w, *we;
  size_t len;
  if (!(w = ks_norm_next_word(n, q, &we)))
    return false;
  len = (size_t)(we - w);
  /* "the 55in TV", "a 6.1in OLED": an initialism */
  if (len >= 2 && len <= 4 && !alnum_at(we, n->end) &&
      !(we < n->end && *we == '.') && !ks_norm_no_thing(w, len)) {
    size_t caps = 0;
    for (const char *c = w; c < we; c++)
      caps += ks_is_upper((unsigned char)*c) ? 1 : 0;
    if (caps == len)
      return true;
  }
  /* "19in forged wheels": a participle, then its noun in the plural (not
   * "a tide of 2.61m pushed water", a verb) */
  const char *xe;
  /* ("65W wired charging": a participle, then one of a device's gerunds;
   * not "3kg seized following a chase") */
  static const char *const devices[] = {"braking", "charging", "cooling",
                                        "heating", "lighting"};
  const char *x;
  return len > 4 && ks_is_lower((unsigned char)*w) && we[-2] == 'e' &&
         we[-1] == 'd' && noun_after(n, we, true) &&
         (x = ks_norm_next_word(n, we, &xe)) != NULL &&
         (xe[-1] == 's' ||
          word_is(x, (size_t)(xe - x), devices, N_OF(devices)));
}

bool ks_norm_noun_or_gerund_after(const struct norm *n, const char *q) {
  return noun_after(n, q, true);
}

bool ks_norm_after_move(const struct norm *n, const char *p) {
  static const char *const moves[] = {
      "added", "by",       "climbed", "cut",    "dipped",  "down",   "dropped",
      "eased", "edged",    "fell",    "firmed", "gained",  "jumped", "lifted",
      "lost",  "narrowed", "rose",    "slid",   "slipped", "up",     "widened"};
  return ks_norm_word_before(n, p, moves, sizeof moves / sizeof moves[0]);
}

bool ks_norm_word_before(const struct norm *n, const char *p,
                         const char *const *list, size_t count) {
  const char *w = n->prev;
  if (!w || w + n->prev_len + 1 != p || p[-1] != ' ')
    return false;
  return word_is(w, n->prev_len, list, count);
}

const char *const ks_norm_players[KS_NORM_N_PLAYERS] = {
    "athlete", "back",       "batsman",    "boxer",     "center",
    "centre",  "defender",   "forward",    "goalkeeper", "guard",
    "keeper",  "lineman",    "lock",       "midfielder", "pitcher",
    "player",  "prop",       "quarterback", "receiver", "rower",
    "striker", "swimmer",    "tackle",     "winger"};

/* Words after which four digits are a year: "in 1848", "since 2008". The
 * first KS_NORM_YEAR_PREPS_STRONG of them make a year even of a wire time
 * ("in 2008 GMT"); the rest only of a count ("before 1147 yards"). */
const char *const ks_norm_year_preps[KS_NORM_YEAR_PREPS] = {
    "in", "since", "of", "from", "until", "by", "before", "after", "during"};

/* The first word of the sentence from "from" on that is in list: in any
 * case, or (exact) as written; NULL when none. */
static const char *sentence_find(const struct norm *n, const char *from,
                                 const char *const *list, size_t nlist,
                                 bool exact) {
  for (const char *c = from; c < n->end; c++) {
    const char *e;
    if (!ks_is_alpha((unsigned char)*c) ||
        (c > n->s && ks_is_alpha((unsigned char)c[-1])))
      continue;
    e = alpha_end(c, n->end);
    if (!exact && word_is(c, (size_t)(e - c), list, nlist))
      return c;
    for (size_t i = 0; exact && i < nlist; i++)
      if ((size_t)(e - c) == strlen(list[i]) &&
          !memcmp(c, list[i], (size_t)(e - c)))
        return c;
    c = e - 1;
  }
  return NULL;
}

/* True when a word of list, whole and in any case, is in the sentence:
 * what the sentence is about ("a sequel", "overs", "blood"). */
bool ks_norm_sentence_has(const struct norm *n, const char *const *list,
                          size_t nlist) {
  return sentence_find(n, n->s, list, nlist, false) != NULL;
}

const char *ks_norm_find_exact(const struct norm *n, const char *from,
                               const char *const *list, size_t nlist) {
  return sentence_find(n, from, list, nlist, true);
}

bool ks_norm_measure_before(const struct norm *n, const char *p, bool *unit) {
  const char *b = p, *u;
  while (b > n->s && b[-1] == ' ')
    b--;
  if (b - n->s >= 2 && b[-1] == '.' && ks_is_alpha((unsigned char)b[-2]))
    b--; /* a unit's stop: "30 in. × 25 in." */
  for (u = b; u > n->s && ks_is_alpha((unsigned char)u[-1]); u--)
    ;
  *unit = u < b;
  if (*unit && u - 1 > n->s && u[-1] == ' ')
    u--;
  return u > n->s && ks_is_digit((unsigned char)u[-1]);
}

bool ks_norm_measure_noun(const struct norm *n, const char *q, bool wide) {
  /* measures written as words, in the singular, that a fraction before
   * takes "of a" with ("¾ cup of sugar": three quarters of a cup) */
  static const char *const nouns[] = {"cup",      "day",   "hour",
                                      "minute",   "month", "tablespoon",
                                      "teaspoon", "week",  "year"};
  /* (wide: a fraction's sign before distances, areas and volumes too, "¾
   * mile long", "¾ acre"; "1/4 mile" in figures stays "a quarter mile") */
  static const char *const more[] = {"acre",  "gallon", "kilometer",
                                     "kilometre", "liter", "litre",
                                     "mile",  "ounce",  "pint", "pound"};
  const char *w, *we, *b = q;
  /* the fraction's start: not after "a", "the" ("a 1/2 cup measure") */
  while (b > n->s && !ks_is_space((unsigned char)b[-1]))
    b--;
  if (ks_norm_after_determiner(n, b))
    return false;
  if (!(w = ks_norm_next_word(n, q, &we)) || w != q + 1 ||
      alnum_at(we, n->end) || (we < n->end && *we == '-'))
    return false;
  return word_is(w, (size_t)(we - w), nouns, N_OF(nouns)) ||
         (wide && word_is(w, (size_t)(we - w), more, N_OF(more)));
}

void ks_norm_say_part_of(struct norm *n, unsigned num, unsigned den,
                         const char *q) {
  sep(n);
  if (num == 1 && den == 2) {
    ks_buf_puts(n->out, "half");
  } else {
    ks_num_fraction(n->out, num, den);
    ks_buf_puts(n->out, " of");
  }
  if (q) { /* "an hour" */
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, ks_norm_article(q + 1));
  }
}

bool ks_norm_plural_noun(const char *w, size_t wl) {
  /* the few words of four letters or more in -s after another letter
   * than s, i, u or an apostrophe that are no plurals */
  static const char *const singular[] = {"does", "news", "whereas"};
  unsigned char c;
  if (wl <= 3 || ks_to_lower((unsigned char)w[wl - 1]) != 's')
    return false;
  c = (unsigned char)ks_to_lower((unsigned char)w[wl - 2]);
  /* nor a possessive with a curly apostrophe ("China’s") */
  return c != 's' && c != 'i' && c != 'u' && c != '\'' && c != 0x99 &&
         !word_is(w, wl, singular, N_OF(singular));
}

bool ks_norm_possessive(const char *w, size_t wl) {
  return (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's') ||
         (wl > 4 && !memcmp(w + wl - 4, "\xE2\x80\x99s", 4));
}

/* True when the word right before p (one space apart) is a determiner:
 * "the 2,500km border", "its 100Wh battery". */
static const char *const dets[] = {
    "a",   "an",   "another", "each",  "every", "her",  "his",   "its", "my",
    "our", "that", "the",     "their", "these", "this", "those", "your"};

bool ks_norm_after_determiner(const struct norm *n, const char *p) {
  return ks_norm_word_before(n, p, dets, N_OF(dets));
}

bool ks_norm_after_determiner_and_word(const struct norm *n, const char *p) {
  const char *w = n->prev, *d, *de;
  if (!w || w + n->prev_len + 1 != p || p[-1] != ' ' ||
      !ks_is_lower((unsigned char)*w) ||
      ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w,
                      n->prev_len))
    return false;
  return (d = ks_norm_prev_word(n, w, &de)) != NULL &&
         word_is(d, (size_t)(de - d), dets, N_OF(dets));
}

/* Copy one word (ASCII letters, non-ASCII letters, inner apostrophes) and
 * remember it as the context for the next rules. */
/* The word p..q with its "Đ" and "đ" as English readers write them
 * (espeak-ng's English voice says "D stroke"): "D" in Vietnamese, whose
 * other letters in the sentence show it ("Đa Phước"), and in a code in
 * capitals ("NĐ-CP", "VNĐ"); "Dj" elsewhere, as Croatian and Serbian
 * names are written in English ("Đoković" Djoković). Round 38, from set
 * AW. */
static void put_d_stroke(const struct norm *n, const char *p, const char *q) {
  struct ks_buf *out = n->out;
  bool viet = false, caps = true;
  for (const char *c = p; c < q; c++)
    if (ks_is_lower((unsigned char)*c))
      caps = false;
  for (const unsigned char *c = (const unsigned char *)n->s;
       c + 1 < (const unsigned char *)n->end; c++) {
    /* U+1EA0..U+1EF9 (E1 BA A0 .. E1 BB B9), ơ ư Ơ Ư (C6 A0/A1/AF/B0) */
    if ((c[0] == 0xE1 && (c[1] == 0xBA || c[1] == 0xBB)) ||
        (c[0] == 0xC6 && (c[1] == 0xA0 || c[1] == 0xA1 || c[1] == 0xAF ||
                          c[1] == 0xB0)))
      viet = true;
  }
  for (const char *c = p; c < q; c++) {
    if ((unsigned char)c[0] == 0xC4 && c + 1 < q &&
        ((unsigned char)c[1] == 0x90 || (unsigned char)c[1] == 0x91)) {
      bool upper = (unsigned char)c[1] == 0x90;
      ks_buf_putc(out, upper ? 'D' : 'd');
      if (!viet && !caps)
        ks_buf_putc(out, 'j');
      c++;
      continue;
    }
    ks_buf_putc(out, *c);
  }
}

const char *ks_norm_copy_word(struct norm *n, const char *p) {
  const char *q = p, *end = n->end;
  size_t l;
  while (q < end) {
    if ((l = letter_len(q, end)) > 0) {
      q += l;
    } else if (*q == '\'' && q > p && q + 1 < end &&
               ks_is_alpha((unsigned char)q[1])) {
      q++;
    } else if (q > p && starts(q, end, "\xE2\x80\x99") && q + 3 < end &&
               ks_is_alpha((unsigned char)q[3])) {
      q += 3; /* "I’m", one word as "I'm" is */
    } else {
      break;
    }
  }
  if (q == p)
    return NULL;
  if (n->out->len > n->base && ks_is_digit((unsigned char)p[-1]))
    sep(n);
  size_t run;
  if (n->lang->rules == KS_RULES_EN && memchr(p, 0xC4, (size_t)(q - p)) &&
      !ks_foreign_name(p, (size_t)(n->end - p), n->lang->tag, &run))
    put_d_stroke(n, p, q); /* (a name its own voice says keeps it) */
  else
    ks_buf_put(n->out, p, (size_t)(q - p));
  n->prev = p;
  n->prev_len = (size_t)(q - p);
  return q;
}

int ks_norm_month_of(const struct norm *n, const char *p, size_t len) {
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++) {
    const char *name = n->lang->months[m];
    size_t nl;
    if (ks_to_lower((unsigned char)*name) != ks_to_lower((unsigned char)*p))
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

/* Words of a sentence about cricket, where "287/6" is runs for wickets. */
static const char *const cricket[] = {
    "batsman",  "batsmen", "bowled", "bowler",   "bowling", "cricket",
    "innings", "IPL",    "ODI",      "ov",      "overs",
    "powerplay", "rounder", "stumps", "T20",     "unbeaten", "wicket",
    "wickets"};

/* Whether text holds words of strong (as written) times or more. */
static bool names_times(const char *text, size_t len, const char *const *strong,
                        size_t n_strong, int times) {
  const char *end = text + len;
  int seen = 0;
  for (const char *c = text; c < end && seen < times; c++) {
    const char *e = c;
    if (!ks_is_alnum((unsigned char)*c) ||
        (c > text && ks_is_alnum((unsigned char)c[-1])))
      continue;
    while (e < end && ks_is_alnum((unsigned char)*e))
      e++;
    for (size_t i = 0; i < n_strong; i++)
      if ((size_t)(e - c) == strlen(strong[i]) &&
          !memcmp(c, strong[i], (size_t)(e - c)))
        seen++;
    c = e - 1;
  }
  return seen >= times;
}

/* Whether text holds words of strong (as written) twice or more. */
static bool names_twice(const char *text, size_t len, const char *const *strong,
                        size_t n_strong) {
  return names_times(text, len, strong, n_strong, 2);
}

/* The units a table's times are written in, as its heading names them:
 * "(hrs:mins)", "(mm:ss)", "(h:mm:ss)". */
static const struct ks_time_label time_labels[] = {
    {"h:mm", "hours and minutes", true},
    {"hh:mm", "hours and minutes", true},
    {"hr:min", "hours and minutes", true},
    {"hrs:mins", "hours and minutes", true},
    {"m:ss", "minutes and seconds", false},
    {"min:sec", "minutes and seconds", false},
    {"mins:secs", "minutes and seconds", false},
    {"mm:ss", "minutes and seconds", false},
    {"h:mm:ss", "hours, minutes and seconds", true},
    {"hh:mm:ss", "hours, minutes and seconds", true},
    {"hrs:mins:secs", "hours, minutes and seconds", true}};

const struct ks_time_label *ks_norm_time_label(const char *p,
                                               const char *end,
                                               const char **e) {
  const char *q = p;
  /* letters and the colons between them, whole */
  while (q < end && (ks_is_alpha((unsigned char)*q) ||
                     (*q == ':' && q > p && q + 1 < end &&
                      ks_is_alpha((unsigned char)q[1]))))
    q++;
  if (q == p || alnum_at(q, end) || (q < end && *q == ':'))
    return NULL;
  for (size_t i = 0; i < N_OF(time_labels); i++)
    if ((size_t)(q - p) == strlen(time_labels[i].written) &&
        !memcmp(p, time_labels[i].written, (size_t)(q - p))) {
      *e = q;
      return &time_labels[i];
    }
  return NULL;
}

/* Whether the sentence is about a horse race: a word only racing has
 * ("jockey", "trainer", "filly", "barrier") or two of its commoner ones
 * ("race" and "horse", "favourite"), not "a race" alone. */
bool ks_norm_about_racing(const struct norm *n) {
  static const char *const strong[] = {"barrier", "colt",    "filly",
                                       "gelding", "jockey",  "mare",
                                       "trained", "trainer"};
  static const char *const common[] = {"favorite", "favourite", "horse",
                                       "horses",   "length",    "lengths"};
  static const char *const races[] = {"race", "raced", "races"};
  return ks_norm_sentence_has(n, strong, N_OF(strong)) ||
         (ks_norm_sentence_has(n, common, N_OF(common)) &&
          ks_norm_sentence_has(n, races, N_OF(races)));
}

bool ks_norm_cricket_text(const char *text, size_t len) {
  /* words only cricket has: not "bowled over", "Cricket Wireless" */
  static const char *const strong[] = {"ODI",     "ODIs",   "T20",
                                       "T20I",    "T20Is",  "batsman",
                                       "batsmen", "wicket", "wickets"};
  return names_twice(text, len, strong, N_OF(strong));
}

bool ks_norm_gaelic_text(const char *text, size_t len) {
  /* not "Gaelic", a language too */
  static const char *const strong[] = {"GAA",     "Hurling", "SFC",
                                       "SHC",     "camogie", "hurler",
                                       "hurlers", "hurling", "sliotar"};
  return names_twice(text, len, strong, N_OF(strong));
}

bool ks_norm_quake_text(const char *text, size_t len) {
  static const char *const strong[] = {
      "Aftershocks", "GeoNet",      "USGS",  "aftershock", "aftershocks",
      "earthquake",  "earthquakes", "quake", "quakes",     "seismic"};
  return names_twice(text, len, strong, N_OF(strong));
}

bool ks_norm_recipe_text(const char *text, size_t len) {
  /* its list of ingredients named once at least ("Ingredients" twice in
   * the list below, or with a spoon), and spoons twice: a health story
   * counts teaspoons of salt and has no ingredients */
  static const char *const spoons[] = {"tablespoon", "tablespoons", "tbsp",
                                       "teaspoon",   "teaspoons",   "tsp"};
  static const char *const list[] = {"INGREDIENTS", "Ingredients"};
  return names_twice(text, len, spoons, N_OF(spoons)) &&
         names_times(text, len, list, N_OF(list), 1);
}

/* The rand named in small letters, and South Africa's places and
 * institutions: an article where "R480" is rand. */
bool ks_norm_south_africa_text(const char *text, size_t len) {
  /* (not "JSE", Jamaica's exchange too) */
  static const char *const strong[] = {
      "Durban",   "Eskom", "Gauteng", "Joburg",  "Johannesburg",
      "Pretoria", "SARB",  "Soweto",  "Tshwane", "rand"};
  return names_twice(text, len, strong, N_OF(strong));
}

/* Words only golf has ("par" and "round" are others' too). */
static const char *const golf[] = {
    "LPGA",    "PGA",    "birdie",   "birdied",  "birdies",     "bogey",
    "bogeyed", "bogeys", "fairway",  "fairways", "leaderboard", "putt",
    "putts",   "golf",   "golfer",   "golfers"};

bool ks_norm_golf_text(const char *text, size_t len) {
  return names_twice(text, len, golf, N_OF(golf));
}

/* True when the sign at p ends a blood group after "type" or before
 * "blood": "type O+", "AB- blood". */
bool ks_norm_blood_group(const struct norm *n, const char *p, const char *q) {
  static const char *const groups[] = {"A", "B", "AB", "O"};
  static const char *const about_blood[] = {"blood", "donor", "donors",
                                            "transfusion", "transfusions"};
  const char *end = n->end, *g = p;
  bool typed = false, found = false;
  while (g > n->s && ks_is_upper((unsigned char)g[-1]))
    g--;
  for (size_t i = 0; i < N_OF(groups) && !found; i++)
    found = (size_t)(p - g) == strlen(groups[i]) &&
            !memcmp(g, groups[i], strlen(groups[i]));
  if (!found || (q < end && !(*q == ' ' || *q == ',' || *q == '.' ||
                              *q == ')' || *q == ';')))
    return false;
  if (g - n->s >= 5 && g[-1] == ' ')
    typed = eq_ci(g - 5, 4, "type") &&
            (g - n->s == 5 || !ks_is_alpha((unsigned char)g[-6]));
  if (typed || starts(q, end, " blood"))
    return true;
  /* a list of groups in a sentence about blood: "O+ blood ..., along
   * with A− and B+" */
  return ks_norm_sentence_has(n, about_blood, N_OF(about_blood));
}

bool ks_norm_about_golf(const struct norm *n) {
  return (n->topics & KS_TOPIC_GOLF) ||
         ks_norm_sentence_has(n, golf, N_OF(golf));
}

bool ks_norm_racing_text(const char *text, size_t len) {
  /* (not "trainer", "stakes", "handicap": other sports' and trades' too,
   * nor "Jockey", a club's: "the Hong Kong Jockey Club"; a disc jockey's
   * obituary may still name the jockey twice) */
  static const char *const strong[] = {"Racecourse", "furlong",   "furlongs",
                                       "jockey",     "jockeys",   "racecourse",
                                       "racehorse",  "racehorses"};
  return names_twice(text, len, strong, N_OF(strong));
}

bool ks_norm_japan_text(const char *text, size_t len) {
  /* an article about Japan: its country, its people, its capital or its
   * exchanges named twice */
  static const char *const strong[] = {"Japan", "Japanese", "Nikkei", "TSE",
                                       "Tokyo"};
  return names_twice(text, len, strong, N_OF(strong));
}

bool ks_norm_saudi_text(const char *text, size_t len) {
  /* an article about Saudi Arabia or the pilgrimage: its country, its
   * cities or its currency named twice (SAR is search and rescue, or Hong
   * Kong's region, elsewhere) */
  static const char *const strong[] = {"Hajj",  "Jeddah", "Makkah", "Mecca",
                                       "Medina", "Riyadh", "Saudi",  "riyal",
                                       "riyals", "Umrah"};
  return names_twice(text, len, strong, N_OF(strong));
}

/* Whether text writes an amount with "$" and "peso" after it: "$360
 * pesos", "a $1,800-peso-a-night flat". */
static bool dollar_sign_pesos(const char *text, size_t len) {
  for (size_t i = 0; i + 1 < len; i++) {
    size_t k = i + 1;
    if (text[i] != '$' || !ks_is_digit((unsigned char)text[k]))
      continue;
    while (k < len && (ks_is_digit((unsigned char)text[k]) || text[k] == ',' ||
                       text[k] == '.'))
      k++;
    if (k + 5 <= len && (text[k] == ' ' || text[k] == '-') &&
        !memcmp(text + k + 1, "peso", 4))
      return true;
  }
  return false;
}

/* Whether text holds the bytes s anywhere. */
static bool text_has(const char *text, size_t len, const char *s) {
  size_t sl = strlen(s);
  for (size_t i = 0; i + sl <= len; i++)
    if (text[i] == s[0] && !memcmp(text + i, s, sl))
      return true;
  return false;
}

bool ks_norm_peso_text(const char *text, size_t len) {
  /* an article about Mexico, Chile, Colombia or Argentina (its places
   * or its codes, MXN, CLP, ARS) that names the peso twice: their papers
   * write the peso "$" ("$1,800 a night") and the dollar "US$" (not the
   * Philippines', whose "$" is the dollar) */
  static const char *const pesos[] = {"peso", "pesos", "MXN", "CLP", "ARS"};
  /* and that writes the dollar as such papers do, "US$", or its "$"
   * with the peso's name after it ("$360 pesos"), so that its "$" is not
   * a wire story's dollar */
  static const char *const dollars[] = {"USD"}; /* ("US$" by its bytes) */
  static const char *const lands[] = {
      "Argentina", "Argentine", "Bogotá", "Buenos", "Chile",   "Chilean",
      "Colombia",  "Colombian", "Mexican", "Mexico", "Santiago"};
  return names_twice(text, len, pesos, N_OF(pesos)) &&
         names_twice(text, len, lands, N_OF(lands)) &&
         (text_has(text, len, "US$") || text_has(text, len, "US $") ||
          names_times(text, len, dollars, N_OF(dollars), 1) ||
          dollar_sign_pesos(text, len)) &&
         !(ks_norm_country_topics(text, len) & KS_TOPIC_PHILIPPINES);
}

bool ks_norm_hockey_text(const char *text, size_t len) {
  /* (not "Stanley", a town and a name, nor "shutout" or "power-play",
   * other sports' too) */
  static const char *const strong[] = {"NHL",    "Zamboni", "goaltender",
                                       "goaltenders", "hockey", "puck"};
  return names_twice(text, len, strong, N_OF(strong));
}

/* Words only association football has (not hockey's "goalie", "winger",
 * "equalizer" nor gridiron's "penalty"). */
static const char *const football[] = {
    "Bundesliga", "EPL",        "FIFA",        "Liga",       "UEFA",
    "equaliser",  "goalkeeper", "goalkeepers", "midfielder", "midfielders",
    "nil",        "striker",    "strikers"};

bool ks_norm_football_text(const char *text, size_t len) {
  return names_twice(text, len, football, N_OF(football));
}

static const char *const nigeria[] = {"Abuja",    "CBN",       "Kano",
                                      "Lagos",    "NNPC",      "Nigeria",
                                      "Nigerian", "Nigerians", "naira"};

static const char *const philippines[] = {
    "Barangay", "Brgy",     "Cebu",       "Davao",       "Filipino",
    "Filipinos", "Iloilo",  "Luzon",      "Makati",      "Manila",
    "Mindanao", "Pasig",    "Philippine", "Philippines", "Quezon",
    "Taguig",   "Visayas"};

bool ks_norm_about_philippine_peso(const struct norm *n) {
  /* (or the peso named beside its "P": "the peso closed at P56.10";
   * Mexico's and Chile's papers write theirs "$") */
  static const char *const pesos[] = {"peso", "pesos"};
  return ks_norm_about_country(n, KS_TOPIC_PHILIPPINES) ||
         ks_norm_sentence_has(n, pesos, N_OF(pesos));
}

/* Papua New Guinea's and Zambia's names, whose papers write their
 * currency "K" (round 38, from set AV: "fees rose from K20 to K150") */
/* (and the Autonomous Region of Bougainville's, set BH: "Arawa",
 * "Buka", "Bougainville") */
static const char *const png[] = {"Arawa",  "Bougainville", "Buka",
                                  "Kumuls", "Lae",          "Moresby",
                                  "PNG",    "Papua",        "kina"};
/* (and Malawi's, whose kwacha papers write "K" too) */
static const char *const zambia[] = {"Blantyre", "Kitwe",   "Lilongwe",
                                     "Lusaka",   "Malawi",  "Malawian",
                                     "Ndola",    "Zambia",  "Zambian",
                                     "kwacha"};

/* Morocco's names, whose papers write the dirham "MAD" (set AW) */
static const char *const morocco[] = {"Casablanca", "Marrakech", "Moroccan",
                                      "Morocco",    "Rabat",     "Tangier",
                                      "dirham",     "dirhams"};

/* Jordan's names, whose papers write the dinar "JD" (set AW; not
 * "Jordan" alone, a name too) */
static const char *const jordan[] = {"Amman",  "Aqaba",  "Irbid", "Jordanian",
                                     "Zarqa",  "dinar",  "dinars"};

bool ks_norm_about_jordan(const struct norm *n) {
  static const char *const country[] = {"Jordan"};
  return ks_norm_about_country(n, KS_TOPIC_JORDAN) ||
         ks_norm_sentence_has(n, country, N_OF(country));
}

/* Tunisia's names, whose papers write millions of dinars "MD" (round 42,
 * from set AZ: "a total of MD 2.7") */
static const char *const tunisia[] = {"Bizerte", "Kairouan", "Monastir",
                                      "Sfax",    "Sousse",   "TND",
                                      "Tunis",   "Tunisia",  "Tunisian",
                                      "dinar",   "dinars"};

/* Guatemala's and Lesotho's names: their papers write the quetzal "Q"
 * and the loti "M" before the figures (round 43, set BB). */
static const char *const guatemala[] = {"Guatemala", "Guatemalan",
                                        "Guatemalans", "quetzal",
                                        "quetzales"};
static const char *const lesotho[] = {"Basotho", "Lesotho", "Maseru",
                                      "loti", "maloti"};

/* The Gambia's, the Seychelles' and Bosnia and Herzegovina's names:
 * their papers write the dalasi "D78", the rupee "R212 million" and the
 * convertible mark "1,150 KM" (round 44, set BC). */
static const char *const gambia[] = {"Banjul", "Brikama", "Gambia",
                                     "Gambian", "Gambians", "Serrekunda",
                                     "dalasi", "dalasis"};
static const char *const seychelles[] = {"Mahé", "Praslin", "Seychelles",
                                         "Seychellois"};
static const char *const bosnia[] = {"BiH",         "Bosnia",  "Bosnian",
                                     "FBiH",        "Herzegovina", "Mostar",
                                     "Sarajevo",    "Srpska",  "Tuzla",
                                     "Zenica"};

/* Eswatini's and Bhutan's names: their papers write the lilangeni "E"
 * ("E450 000") and the ngultrum "Nu" ("Nu 412.6 million") before the
 * figures (round 45, set BD). */
static const char *const eswatini[] = {"Eswatini",   "Lobamba", "Manzini",
                                       "Mbabane",    "Swazi",   "Swaziland",
                                       "emalangeni", "lilangeni"};
static const char *const bhutan[] = {"Bhutan", "Bhutanese", "Paro",
                                     "Punakha", "Thimphu",  "ngultrum"};

/* The countries whose papers write their currency in a way no other
 * country's do, by the topic their names set: an article names one
 * twice, a sentence once. */
static const struct {
  unsigned topic;
  const char *const *names;
  size_t count;
} countries[] = {
    {KS_TOPIC_NIGERIA, nigeria, N_OF(nigeria)},
    {KS_TOPIC_PHILIPPINES, philippines, N_OF(philippines)},
    {KS_TOPIC_KINA, png, N_OF(png)},
    {KS_TOPIC_KWACHA, zambia, N_OF(zambia)},
    {KS_TOPIC_MOROCCO, morocco, N_OF(morocco)},
    {KS_TOPIC_JORDAN, jordan, N_OF(jordan)},
    {KS_TOPIC_TUNISIA, tunisia, N_OF(tunisia)},
    {KS_TOPIC_QUETZAL, guatemala, N_OF(guatemala)},
    {KS_TOPIC_LOTI, lesotho, N_OF(lesotho)},
    {KS_TOPIC_DALASI, gambia, N_OF(gambia)},
    {KS_TOPIC_SEYCHELLES, seychelles, N_OF(seychelles)},
    {KS_TOPIC_BOSNIA, bosnia, N_OF(bosnia)},
    {KS_TOPIC_ESWATINI, eswatini, N_OF(eswatini)},
    {KS_TOPIC_BHUTAN, bhutan, N_OF(bhutan)}};

unsigned ks_norm_country_topics(const char *text, size_t len) {
  unsigned topics = 0;
  for (size_t i = 0; i < N_OF(countries); i++)
    if (names_twice(text, len, countries[i].names, countries[i].count))
      topics |= countries[i].topic;
  return topics;
}

bool ks_norm_text_names_country(const char *text, size_t len,
                                unsigned topic) {
  for (size_t i = 0; i < N_OF(countries); i++)
    if (countries[i].topic == topic)
      return names_times(text, len, countries[i].names, countries[i].count, 1);
  return false;
}

bool ks_norm_about_country(const struct norm *n, unsigned topic) {
  if (n->topics & topic)
    return true;
  for (size_t i = 0; i < N_OF(countries); i++)
    if (countries[i].topic == topic)
      return ks_norm_sentence_has(n, countries[i].names, countries[i].count);
  return false;
}

/* Botswana's names: its papers write the pula "P" ("P1,500 per head"). */
bool ks_norm_about_botswana(const struct norm *n) {
  if (n->topics & KS_TOPIC_PULA)
    return true;
  static const char *const botswana[] = {"Batswana",    "Botswana", "Francistown",
                                         "Gaborone",    "Maun",     "Motswana",
                                         "pula"};
  return ks_norm_sentence_has(n, botswana, N_OF(botswana));
}

/* The month named at w (its name in full or its first three letters and a
 * capital), or 0. */
static int month_at(const char *w, const char *end) {
  static const char *const months[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const char *we = alpha_end(w, end);
  size_t len = (size_t)(we - w);
  if (len < 3 || !ks_is_upper((unsigned char)*w))
    return 0;
  for (int m = 0; m < 12; m++)
    if ((len == strlen(months[m]) && !memcmp(w, months[m], len)) ||
        (len == 3 && !memcmp(w, months[m], 3)))
      return m + 1;
  return len == 4 && !memcmp(w, "Sept", 4) ? 9 : 0; /* AP's "Sept. 6" */
}

int ks_norm_day_of_week(unsigned year, unsigned month, unsigned day) {
  /* Sakamoto's method: the Gregorian calendar's weekday, Sunday 0 */
  static const unsigned shift[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  unsigned y = month < 3 ? year - 1 : year, w;
  if (month < 1 || month > 12 || year < 1)
    return 0;
  w = (y + y / 4 - y / 100 + y / 400 + shift[month - 1] + day) % 7;
  return w == 0 ? 7 : (int)w; /* Monday 1 .. Sunday 7 */
}

int ks_norm_weekday_order(unsigned wday, unsigned a, unsigned b,
                          unsigned year) {
  bool day_first, month_first;
  if (!wday || a == b || a < 1 || b < 1 || a > 12 || b > 12)
    return 0;
  day_first = ks_norm_day_of_week(year, b, a) == (int)wday;
  month_first = ks_norm_day_of_week(year, a, b) == (int)wday;
  return day_first == month_first ? 0 : day_first ? 1 : -1;
}

/* The English weekday named (in full, or by its first three letters or
 * more: "Wed", "Thurs") before ", " or " " and the numeric date at c; 1
 * Monday .. 7 Sunday, or 0. English only, as month_at is: the article's
 * topics are read before any language's tables. */
static unsigned weekday_before(const char *text, const char *c) {
  static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                     "Thursday", "Friday",  "Saturday",
                                     "Sunday"};
  const char *e = c, *w;
  if (e - text >= 2 && e[-1] == ' ')
    e--;
  else
    return 0;
  if (e - text >= 1 && e[-1] == ',')
    e--;
  w = e;
  while (w > text && ks_is_alpha((unsigned char)w[-1]))
    w--;
  for (unsigned i = 0; i < 7; i++)
    if ((size_t)(e - w) >= 3 && (size_t)(e - w) <= strlen(days[i]) &&
        !memcmp(w, days[i], (size_t)(e - w)))
      return i + 1;
  return 0;
}

bool ks_norm_day_first_text(const char *text, size_t len) {
  const char *end = text + len;
  int day_first = 0, month_first = 0, wd_day = 0, wd_month = 0;
  for (const char *c = text; c < end; c++) {
    const char *d;
    if (!ks_is_digit((unsigned char)*c) ||
        (c > text && (ks_is_alnum((unsigned char)c[-1]) || c[-1] == '/' ||
                      c[-1] == '.')))
      continue;
    d = digit_end(c, end);
    /* "Wednesday, 08/10/2025": a weekday that only one order of the
     * figures falls on */
    if (d - c <= 2 && d + 6 <= end && *d == '/') {
      const char *e2 = digit_end(d + 1, end), *e3;
      if (e2 - d - 1 >= 1 && e2 - d - 1 <= 2 && e2 + 5 <= end && *e2 == '/' &&
          (e3 = digit_end(e2 + 1, end)) - e2 - 1 == 4 && !alnum_at(e3, end)) {
        int order =
            ks_norm_weekday_order(weekday_before(text, c), small_val(c, d),
                                  small_val(d + 1, e2), small_val(e2 + 1, e3));
        wd_day += order > 0;
        wd_month += order < 0;
      }
    }
    if (d - c <= 2) {
      /* "6 September", "26th April" */
      const char *w = d;
      if (starts(w, end, "st") || starts(w, end, "nd") ||
          starts(w, end, "rd") || starts(w, end, "th"))
        w += 2;
      if (w + 1 < end && *w == ' ' && month_at(w + 1, end))
        day_first++;
      /* "September 6", "Sept. 6" */
      const char *b = c - 1;
      if (c - text >= 4 && *b == ' ') {
        const char *m = b;
        if (m[-1] == '.')
          m--;
        while (m > text && ks_is_alpha((unsigned char)m[-1]))
          m--;
        if (month_at(m, end))
          month_first++;
      }
    }
    c = d - 1;
  }
  /* a weekday that settles a numeric date's order is the proof of it,
   * whatever order the spelled dates take ("Aug. 4" beside "Wednesday,
   * 08/10/2025") */
  if (wd_day != wd_month)
    return wd_day > wd_month;
  /* an article that counts in lakhs and crores is South Asia's, whose
   * numeric dates are day first whatever order its spelled dates take
   * ("February 21, 2025" beside "on 03-01-2025") */
  static const char *const counts[] = {"crore", "crores", "lakh", "lakhs"};
  if (names_twice(text, len, counts, N_OF(counts)))
    return true;
  return day_first > 0 && day_first > month_first;
}

bool ks_norm_lead_text(const char *text, size_t len) {
  /* the words lead the metal goes with, and the one it follows */
  static const char *const with[] = {
      " contamination", " exposure", " levels", " paint", " pipe",
      " pipes",         " poisoning", "-based", "-free",  "-safe"};
  const char *end = text + len;
  int seen = 0;
  for (const char *c = text; c + 4 <= end && seen < 2; c++) {
    const char *e = c + 4;
    if (!((*c == 'l' || *c == 'L') && !memcmp(c + 1, "ead", 3)) ||
        (c > text && ks_is_alpha((unsigned char)c[-1])) ||
        (e < end && ks_is_alpha((unsigned char)*e)))
      continue;
    bool metal = c - text >= 6 && !memcmp(c - 6, "blood ", 6);
    for (size_t i = 0; i < N_OF(with) && !metal; i++)
      metal = starts(e, end, with[i]) &&
              !alnum_at(e + strlen(with[i]), end);
    seen += metal;
  }
  return seen >= 2;
}

/* American leagues and sports, whose games also count their minutes. */
static const char *const american[] = {"MLB",        "NBA",    "NFL",     "NHL",
                                       "basketball", "hockey", "lacrosse"};

bool ks_norm_about_football(const struct norm *n) {
  /* or a phrase of the league's: "off the top of the table", "a goal
   * difference of +23", "kept a clean sheet" */
  static const char *const phrases[] = {"Champions League",
                                        "clean sheet",
                                        "Europa League",
                                        "after extra time",
                                        "FA Cup",
                                        "game in hand",
                                        "games in hand",
                                        "goal difference",
                                        "of the table",
                                        "on penalties",
                                        "penalty shoot-out",
                                        "penalty shootout",
                                        "penalty spot",
                                        "Premier League",
                                        "Serie A",
                                        "stoppage time"};
  if ((n->topics & KS_TOPIC_FOOTBALL) ||
      ks_norm_sentence_has(n, football, N_OF(football)))
    return true;
  for (const char *c = n->s; c < n->end; c++) {
    for (size_t i = 0; i < N_OF(phrases); i++)
      if (starts(c, n->end, phrases[i]) &&
          (c == n->s || !ks_is_alpha((unsigned char)c[-1])))
        return true;
    /* "scored in the 93rd minute": a minute of a match, an ordinal in
     * figures before "minute", where no American league is named */
    if (c - n->s >= 3 && starts(c, n->end, " minute") &&
        !alnum_at(c + 7, n->end) && ks_is_alpha((unsigned char)c[-1]) &&
        ks_is_alpha((unsigned char)c[-2]) &&
        ks_is_digit((unsigned char)c[-3]) &&
        !ks_norm_sentence_has(n, american, N_OF(american)))
      return true;
  }
  return false;
}

bool ks_norm_about_cricket(const struct norm *n) {
  if (n->topics & KS_TOPIC_CRICKET)
    return true;
  /* or a winning margin of runs: "beat England by 22 runs" (not "the
   * sale runs", nor baseball's "scored 7 runs"); or a side that declared
   * at or on its score ("declared at 511/6"; not "the crew of the 737-8
   * declared an emergency"): one pass over the sentence for both */
  for (const char *r = n->s; r + 5 <= n->end; r++) {
    if (r - n->s >= 5 && !memcmp(r, " runs", 5) && !alnum_at(r + 5, n->end) &&
        ks_is_digit((unsigned char)r[-1])) {
      const char *d = r;
      while (d > n->s && ks_is_digit((unsigned char)d[-1]))
        d--;
      if (d - n->s >= 3 && !memcmp(d - 3, "by ", 3))
        return true;
    }
    if (r + 13 <= n->end && *r == 'd' &&
        (!memcmp(r, "declared at ", 12) || !memcmp(r, "declared on ", 12)) &&
        ks_is_digit((unsigned char)r[12]))
      return true;
  }
  return ks_norm_sentence_has(n, cricket, N_OF(cricket));
}

bool ks_norm_next_is(const struct norm *n, const char *we,
                     const char *const *list, size_t count) {
  const char *x, *xe;
  return (x = ks_norm_next_word(n, we, &xe)) != NULL &&
         word_is(x, (size_t)(xe - x), list, count);
}

bool ks_norm_word_within(const struct norm *n, const char *p, int k,
                         const char *const *list, size_t count) {
  const char *w = p, *we;
  for (int i = 0; i < k && (w = ks_norm_prev_word(n, w, &we)) != NULL; i++)
    if (word_is(w, (size_t)(we - w), list, count))
      return true;
  return false;
}

bool ks_norm_numeral_letters(const char *b, const char *be) {
  for (; b < be; b++)
    if (!*b || !strchr("IVXL", *b))
      return false;
  return true;
}

bool ks_norm_season_word(const char *w, const char *end) {
  static const char *const seasons[] = {
      "academic", "budget", "campaign", "financial", "fiscal",
      "school",   "season", "seasons",  "tax",       "term"};
  return word_is(w, (size_t)(alpha_end(w, end) - w), seasons, N_OF(seasons));
}

bool ks_norm_pack_noun(const char *w, const char *end) {
  static const char *const packs[] = {
      "bag",      "bags",      "barrel", "barrels", "bottle",    "bottles",
      "box",      "boxes",     "bucket", "buckets", "can",       "cans",
      "canister", "canisters", "carton", "cartons", "container", "containers",
      "drum",     "drums",     "jar",    "jars",    "jerrycan",  "jerrycans",
      "jug",      "jugs",      "pack",   "packs",   "packet",    "packets",
      "pot",      "pots",      "sachet", "sachets", "tin",       "tins",
      "tub",      "tubs"};
  return word_is(w, (size_t)(alpha_end(w, end) - w), packs, N_OF(packs));
}

bool ks_norm_after_cell_label(const struct norm *n, const char *p,
                              const char *label) {
  size_t l = strlen(label);
  const char *b;
  if (p - n->s < (ptrdiff_t)l)
    return false;
  b = p - l;
  return !memcmp(b, label, l) &&
         (b == n->s || (b - n->s >= 2 && b[-1] == ' ' && b[-2] == ','));
}

/* The sentence is about a market: its figures in per cent, or a market's
 * word. */
bool ks_norm_about_market(const struct norm *n) {
  static const char *const markets[] = {
      "aluminium", "bond",    "bonds",    "Brent",   "cocoa",   "coffee",
      "commodities", "commodity", "contract", "copper", "corn",  "cotton",
      "crude",     "currency", "dollar",  "euro",    "futures", "gas",
      "gold",      "index",   "metal",    "metals",  "nickel",  "oil",
      "ounce",     "palladium", "platinum", "price",  "prices",  "shares",
      "silver",    "soybeans", "stock",   "stocks",  "sugar",   "traded",
      "trading",   "wheat",   "yen",      "yield",   "yields",  "zinc"};
  return memchr(n->s, '%', (size_t)(n->end - n->s)) ||
         ks_norm_sentence_has(n, markets, N_OF(markets));
}

bool ks_norm_numbered_book(const char *book, size_t len) {
  static const char *const books[] = {
      "Chronicles", "Corinthians", "John",          "Kings",
      "Peter",      "Samuel",      "Thessalonians", "Timothy"};
  return word_is(book, len, books, N_OF(books));
}

bool ks_norm_document_word_before(const struct norm *n, const char *p) {
  /* a part of a document or a proof before its number: "Lemma 2 Cor. 4",
   * "Issue 2 Rev. 1", "Table 2 Col. 3" (no book of the Bible) */
  static const char *const parts[] = {
      "Appendix", "Chapter", "Corollary",   "Definition", "Draft",   "Edition",
      "Example",  "Fig",     "Figure",      "Issue",      "Lemma",   "Line",
      "Part",     "Prop",    "Proposition", "Rule",       "Section", "Stanza",
      "Step",     "Table",   "Theorem",     "Vol",        "Volume"};
  const char *w, *we;
  /* (its short form's stop too: "Prop. 1 Cor. 2") */
  if (p - n->s >= 3 && p[-1] == ' ' && p[-2] == '.') {
    we = p - 2;
    for (w = we; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
      ;
    return w < we && word_is(w, (size_t)(we - w), parts, N_OF(parts));
  }
  return (w = ks_norm_prev_word(n, p, &we)) != NULL &&
         word_is(w, (size_t)(we - w), parts, N_OF(parts));
}
