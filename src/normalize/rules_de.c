/* rules_de.c - German: what espeak-ng's German voice gets wrong, rewritten.
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng reads German numbers right ("1,5" eins Komma fünf, "2.000"
 * zweitausend, "3,5 %" drei Komma fünf Prozent), so digits are left to it
 * wherever they would be read right. What it gets wrong: an ordinal's
 * period ("am 9. November" is read "neun", and a pause), abbreviations
 * ("z. B." zet be, "Nr." en er), units ("12 km" ka em), a year before 2000
 * ("1989" eintausend neunhundert...), a date in figures, a time with "Uhr"
 * said twice, a range ("20–30" with no "bis"), an amount before its sign
 * ("€ 10"), cents ("9,99 Euro" neun Komma neun neun), and some capitals
 * read as a word ("ARD" art).
 */
#include "norm.h"

#include <stdio.h>

/* ------------------------------------------------------------ number words */

static const char *const ones[20] = {
    "null",     "ein",      "zwei",     "drei",     "vier",
    "fünf",     "sechs",    "sieben",   "acht",     "neun",
    "zehn",     "elf",      "zwölf",    "dreizehn", "vierzehn",
    "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
static const char *const tens[10] = {"",        "",        "zwanzig", "dreißig",
                                     "vierzig", "fünfzig", "sechzig", "siebzig",
                                     "achtzig", "neunzig"};
/* The stems of the ordinals below twenty: "erst-", "dritt-", "siebt-". */
static const char *const ord_small[20] = {
    "",          "erst",      "zweit",     "dritt",     "viert",
    "fünft",     "sechst",    "siebt",     "acht",      "neunt",
    "zehnt",     "elft",      "zwölft",    "dreizehnt", "vierzehnt",
    "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt"};

// 1..999 as one word; a final 1 is "eins" when last is true.
static void below1000(struct ks_buf *b, unsigned n, bool last) {
  unsigned h = n / 100, r = n % 100;
  if (h) {
    if (h > 1)
      ks_buf_puts(b, ones[h]);
    ks_buf_puts(b, "hundert");
  }
  if (r == 1 && last) {
    ks_buf_puts(b, "eins");
  } else if (r > 0 && r < 20) {
    ks_buf_puts(b, ones[r]);
  } else if (r >= 20) {
    if (r % 10) {
      ks_buf_puts(b, ones[r % 10]);
      ks_buf_puts(b, "und");
    }
    ks_buf_puts(b, tens[r / 10]);
  }
}

/* A cardinal below a billion, as one word for each group ("zwei Millionen
 * dreihunderttausend"). last: a final one is "eins". */
static void de_cardinal(struct ks_buf *b, uint64_t n, bool last) {
  unsigned m = (unsigned)(n / 1000000), t = (unsigned)(n / 1000 % 1000),
           r = (unsigned)(n % 1000);
  if (n == 0 || n >= 1000000000u) {
    ks_buf_printf(b, "%llu", (unsigned long long)n);
    return;
  }
  if (m == 1)
    ks_buf_puts(b, "eine Million");
  else if (m) {
    below1000(b, m, false);
    ks_buf_puts(b, " Millionen");
  }
  if (m && (t || r))
    ks_buf_putc(b, ' ');
  if (t) {
    if (t > 1)
      below1000(b, t, false);
    ks_buf_puts(b, "tausend");
  }
  if (r)
    below1000(b, r, last);
}

/* An ordinal with its ending ("neunten", "einundzwanzigste"). */
static void de_ordinal(struct ks_buf *b, uint64_t n, const char *ending) {
  unsigned r = (unsigned)(n % 100);
  if (r > 0 && r < 20) {
    if (n > r)
      de_cardinal(b, n - r, false);
    ks_buf_puts(b, ord_small[r]);
  } else {
    de_cardinal(b, n, false);
    ks_buf_puts(b, "st");
  }
  ks_buf_puts(b, ending);
}

/* A year before 2000 as a German says it: "neunzehnhundert" and the rest
 * in figures, which espeak-ng reads right ("1989" neunzehnhundert 89). */
static void de_year(struct ks_buf *b, unsigned y) {
  ks_buf_puts(b, ones[y / 100]);
  ks_buf_puts(b, "hundert");
  if (y % 100)
    ks_buf_printf(b, " %u", y % 100);
}

/* ------------------------------------------------------------ context */

static bool in(const char *w, size_t len, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (eq_ci(w, len, list[i]))
      return true;
  return false;
}

/* The k-th word (0: the nearest) before p in the sentence: letters of any
 * script, white space and nothing else between. False at the start. */
static bool word_before(const struct norm *n, const char *p, int k,
                        const char **w, size_t *len) {
  const char *q = p;
  for (int i = 0; i <= k; i++) {
    const char *e;
    while (q > n->s && ks_is_space((unsigned char)q[-1]))
      q--;
    e = q;
    while (q > n->s &&
           (ks_is_alpha((unsigned char)q[-1]) || (unsigned char)q[-1] >= 0x80))
      q--;
    if (q == e)
      return false;
    *w = q;
    *len = (size_t)(e - q);
  }
  return true;
}

static const char *const preps[] = {
    "ab",      "an",    "auf",    "aus",      "bei",   "bis",      "durch",
    "für",     "gegen", "hinter", "in",       "mit",   "nach",     "neben",
    "ohne",    "seit",  "trotz",  "um",       "unter", "von",      "vor",
    "während", "wegen", "zu",     "zwischen", "über",  "gegenüber"};

/* The ending of an ordinal or an adjective after the words before p: weak
 * after an article ("der zweite", "am neunten", "des zweiten"), "-er" for
 * a date with none ("Berlin, neunter November"). */
static const char *de_ending(const struct norm *n, const char *p, bool date) {
  static const char *const en[] = {
      "am",  "im",    "vom",   "zum",   "beim",   "zur",   "den",    "dem",
      "des", "einem", "einen", "einer", "seinem", "ihrem", "seinen", "ihren"};
  static const char *const e[] = {"ins",  "ans",   "aufs",   "die",  "das",
                                  "eine", "diese", "dieses", "jede", "jedes"};
  const char *w, *v;
  size_t len, vlen;
  if (!word_before(n, p, 0, &w, &len))
    return date ? "er" : "e";
  if (in(w, len, en, N_OF(en)))
    return "en";
  if (in(w, len, e, N_OF(e)))
    return "e";
  if (eq_ci(w, len, "der") || eq_ci(w, len, "dieser")) {
    /* "in der 2. Liga", "Ende der 3. Runde": dative or genitive */
    if (word_before(n, w, 0, &v, &vlen) &&
        (in(v, vlen, preps, N_OF(preps)) || ks_is_upper((unsigned char)*v)))
      return "en";
    return "e";
  }
  if (eq_ci(w, len, "ein"))
    return "er";
  if (in(w, len, preps, N_OF(preps)))
    return "en";
  return date ? "er" : "e";
}

static int month_at(const struct norm *n, const char *p, const char **after) {
  const char *end = n->end;
  for (int m = 0; m < 12; m++) {
    const char *name = n->lang->months[m];
    size_t k = strlen(name);
    if (starts(p, end, name) && !alnum_at(p + k, end)) {
      *after = p + k;
      return m + 1;
    }
  }
  for (size_t i = 0; i < n->lang->n_abbrevs; i++) {
    const struct ks_abbrev *ab = &n->lang->abbrevs[i];
    size_t k = strlen(ab->word);
    if ((ab->flags & KS_AB_MONTH) && starts(p, end, ab->word) && p + k < end &&
        p[k] == '.') {
      *after = p + k;
      return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ numbers */

/* A number as German writes it: groups of three after '.' or a space,
 * a decimal comma. */
struct denum {
  const char *p, *end;
  const char *frac, *frac_end; /* after the comma, or NULL */
  uint64_t ival;
  size_t ndig; /* digits before any separator */
  bool groups;
};

static size_t group_sep(const char *q, const char *end) {
  if (q < end && (*q == '.' || *q == ' '))
    return 1;
  if (starts(q, end, "\xC2\xA0"))
    return 2; /* no-break space */
  if (starts(q, end, "\xE2\x80\xAF") || starts(q, end, "\xE2\x80\x89"))
    return 3; /* narrow no-break space, thin space */
  return 0;
}

static bool scan(const char *p, const char *end, struct denum *v) {
  const char *q = digit_end(p, end);
  size_t k;
  memset(v, 0, sizeof *v);
  v->p = p;
  v->ndig = (size_t)(q - p);
  if (v->ndig == 0 || v->ndig > 12)
    return false;
  v->ival = small_val(p, q);
  if (v->ndig > 9)
    v->ival = 0;
  while (v->ndig <= 3 && (k = group_sep(q, end)) > 0 &&
         digit_end(q + k, end) - (q + k) == 3 &&
         !(q + k + 3 < end && (q[k + 3] == ',' && *q == ',')) &&
         v->ival < 1000000000u) {
    if (*q == ' ' && !v->groups && q + k + 3 < end &&
        ks_is_digit((unsigned char)q[k + 3]))
      break;
    v->ival = v->ival * 1000 + small_val(q + k, q + k + 3);
    v->groups = true;
    q += k + 3;
  }
  if (q + 1 < end && *q == ',' && ks_is_digit((unsigned char)q[1])) {
    v->frac = q + 1;
    v->frac_end = q = digit_end(q + 1, end);
  }
  v->end = q;
  return true;
}

// The number as written, for espeak-ng, which reads it right.
static void put_num(struct norm *n, const struct denum *v) {
  sep(n);
  ks_buf_put(n->out, v->p, (size_t)(v->end - v->p));
}

// One, in the counted noun's gender: "ein Kilometer", "eine Tonne".
static void put_count(struct norm *n, const struct denum *v, unsigned gender) {
  if (v->ival == 1 && !v->frac && !v->groups) {
    say(n, gender == KS_FEM ? "eine" : "ein");
    return;
  }
  put_num(n, v);
}

static const struct ks_counted *counted_at(const struct ks_lang *lang,
                                           const char *p, const char *end,
                                           unsigned flags, const char **after) {
  for (size_t i = 0; i < lang->n_counted; i++) {
    const struct ks_counted *c = &lang->counted[i];
    size_t k = strlen(c->written);
    if ((c->flags & flags) && starts(p, end, c->written) &&
        (!ks_is_alpha((unsigned char)p[k - 1]) || !alnum_at(p + k, end))) {
      *after = p + k;
      return c;
    }
  }
  return NULL;
}

/* What follows an amount: a unit, a currency, a scale word ("Mio.") and
 * perhaps a currency after it. Returns where reading stopped, or NULL. */
static const char *say_counted(struct norm *n, const struct denum *v,
                               const char *q, const struct ks_counted *pre) {
  const char *end = n->end, *after = NULL, *a2;
  const struct ks_counted *c = NULL, *cur = pre;
  const char *sp = q;
  while (sp < end && (*sp == ' ' || starts(sp, end, "\xC2\xA0")))
    sp += *sp == ' ' ? 1 : 2;
  if (sp - q <= 2)
    c = counted_at(n->lang, sp, end, ~0u, &after);
  if (c && (c->flags & KS_CT_SCALE)) {
    bool one = v->ival == 1 && !v->frac;
    if (one)
      say(n, c->gender == KS_FEM ? "eine" : "ein");
    else
      put_num(n, v);
    say(n, one ? c->one : c->many);
    a2 = skip_spaces(after, end);
    if (!cur && (cur = counted_at(n->lang, a2, end, KS_CT_CURRENCY, &a2)))
      after = a2;
    if (cur)
      say(n, cur->many);
    return after;
  }
  if (!c && !cur)
    return NULL;
  if (c && cur && !(c->flags & KS_CT_CURRENCY))
    c = NULL;
  if (c && !cur)
    cur = (c->flags & KS_CT_CURRENCY) ? c : NULL;
  if (cur && v->frac && v->frac_end - v->frac == 2) { /* Euro and cents */
    unsigned cents = small_val(v->frac, v->frac_end);
    struct denum whole = *v;
    whole.end = v->frac - 1;
    whole.frac = NULL;
    if (v->ival > 0 || !cur->minor_many) {
      put_count(n, &whole, cur->gender);
      say(n, v->ival == 1 && !v->groups ? cur->one : cur->many);
    }
    if (cents && cur->minor_many) {
      sep(n);
      ks_buf_printf(n->out, "%u", cents);
      if (v->ival == 0)
        say(n, cents == 1 ? cur->minor_one : cur->minor_many);
    }
    return c ? after : v->end;
  }
  if (!c)
    c = cur;
  put_count(n, v, c->gender);
  say(n, v->ival == 1 && !v->frac && !v->groups ? c->one : c->many);
  return pre ? (c == pre ? v->end : after) : after;
}

/* "24.08.1991", "3.10.": a date in figures. */
static const char *numeric_date(struct norm *n, const char *p) {
  const char *end = n->end, *d = digit_end(p, end), *m, *y, *ye;
  unsigned day, mon;
  if (d - p > 2 || d >= end || *d != '.')
    return NULL;
  m = digit_end(d + 1, end);
  if (m - d - 1 < 1 || m - d - 1 > 2 || m >= end || *m != '.')
    return NULL;
  day = small_val(p, d);
  mon = small_val(d + 1, m);
  if (day < 1 || day > 31 || mon < 1 || mon > 12)
    return NULL;
  y = m + 1;
  ye = digit_end(y, end);
  if (ye - y != 0 && ye - y != 2 && ye - y != 4)
    return NULL;
  if (alnum_at(ye, end) || (ye < end && *ye == '.' && ye - y > 0 &&
                            ye + 1 < end && ks_is_digit((unsigned char)ye[1])))
    return NULL;
  sep(n);
  de_ordinal(n->out, day, de_ending(n, p, true));
  say(n, n->lang->months[mon - 1]);
  if (ye - y == 4) {
    unsigned year = small_val(y, ye);
    sep(n);
    if (year >= 1100 && year < 2000)
      de_year(n->out, year);
    else
      ks_buf_put(n->out, y, 4);
  } else if (ye - y == 2) {
    sep(n);
    ks_buf_put(n->out, y, 2);
  }
  return ye;
}

/* "14:30 Uhr", "14.30 Uhr": "14 Uhr 30" (espeak-ng says "Uhr" for the
 * colon and again for the word); "3:2", a score: "3 zu 2". */
static const char *clock(struct norm *n, const char *p) {
  const char *end = n->end, *h = digit_end(p, end), *mm, *me, *u;
  unsigned hour, min;
  if (h - p > 2 || h + 1 >= end || (*h != ':' && *h != '.'))
    return NULL;
  mm = h + 1;
  me = digit_end(mm, end);
  if (me == mm || me - mm > 2 || alnum_at(me, end) ||
      (me < end && (*me == ':' || *me == '.') && me + 1 < end &&
       ks_is_digit((unsigned char)me[1])))
    return NULL;
  hour = small_val(p, h);
  min = small_val(mm, me);
  u = skip_spaces(me, end);
  if (me - mm == 2 && hour <= 24 && min < 60 && starts(u, end, "Uhr") &&
      !alnum_at(u + 3, end)) {
    sep(n);
    ks_buf_printf(n->out, "%u Uhr", hour);
    if (min)
      ks_buf_printf(n->out, " %u", min);
    return u + 3;
  }
  if (*h == ':' && (me - mm == 1 || hour > 24 || min > 59)) {
    sep(n);
    ks_buf_printf(n->out, "%u zu %u", hour, min);
    return me;
  }
  return NULL;
}

/* "9. November", "der 2. Senat", "im 19. Jh.": up to three digits and a
 * period before a word. */
static const char *ordinal(struct norm *n, const struct denum *v) {
  const char *end = n->end, *q = v->end, *w, *after;
  bool date;
  if (v->groups || v->frac || v->ndig > 3 || q + 2 >= end || *q != '.' ||
      q[1] != ' ' || v->ival == 0)
    return NULL;
  w = q + 2;
  if (!(ks_is_alpha((unsigned char)*w) || letter_len(w, end) > 1 ||
        starts(w, end, "\xE2\x80\x9E") || *w == '"'))
    return NULL;
  date = month_at(n, w, &after) > 0;
  sep(n);
  de_ordinal(n->out, v->ival, de_ending(n, v->p, date));
  return q + 1;
}

/* A year before 2000 said as one, where the words around say it is a year:
 * after a month or "Jahr", or before anything but a capitalised noun
 * ("1500 Menschen" stays a number). */
static const char *year(struct norm *n, const struct denum *v) {
  static const char *const cues[] = {"Jahr",     "Jahre",  "Jahres", "Jahren",
                                     "seit",     "Sommer", "Winter", "Herbst",
                                     "Frühjahr", "Anfang", "Ende",   "Mitte"};
  const char *end = n->end, *q = skip_spaces(v->end, end), *w;
  size_t len;
  bool cue = false;
  if (v->groups || v->frac || v->ndig != 4 || v->ival < 1100 || v->ival >= 2000)
    return NULL;
  if (word_before(n, v->p, 0, &w, &len)) {
    cue = in(w, len, cues, N_OF(cues));
    for (int m = 0; m < 12 && !cue; m++)
      cue = eq_ci(w, len, n->lang->months[m]);
  }
  if (!cue && q < end && ks_is_upper((unsigned char)*q))
    return NULL;
  if (!cue && q < end && letter_len(q, end) > 1 &&
      !ks_is_alpha((unsigned char)*q))
    return NULL; /* "1500 Ärzte" */
  sep(n);
  de_year(n->out, (unsigned)v->ival);
  return v->end;
}

/* "20–30 Grad", "1914-1918": the dash between two numbers is "bis". */
static const char *range_dash(const char *q, const char *end) {
  const char *r = q;
  if (r < end && *r == ' ')
    r++;
  if (starts(r, end, "\xE2\x80\x93") || starts(r, end, "\xE2\x80\x94"))
    r += 3;
  else if (r == q && r < end && *r == '-')
    r++;
  else
    return NULL;
  if (r < end && *r == ' ' && q < r - 1 && q[0] == ' ')
    r++;
  return r < end && ks_is_digit((unsigned char)*r) ? r : NULL;
}

static const char *number(struct norm *n, const char *p) {
  const char *end = n->end, *r, *q;
  struct denum v;
  if ((r = numeric_date(n, p)) || (r = clock(n, p)))
    return r;
  if (!scan(p, end, &v))
    return NULL;
  if ((r = ordinal(n, &v)) || (r = say_counted(n, &v, v.end, NULL)))
    return r;
  if (v.ndig <= 4 && !v.frac && (q = range_dash(v.end, end)) != NULL &&
      digit_end(q, end) - q <= 4) {
    if (!year(n, &v))
      put_num(n, &v);
    say(n, "bis");
    return q;
  }
  if ((r = year(n, &v)))
    return r;
  /* anything else as written, "14:30" and "1.5.3" whole: espeak-ng reads
   * them as one */
  q = v.end;
  while (q + 1 < end && (*q == ':' || *q == '.' || *q == ',' || *q == '/') &&
         ks_is_digit((unsigned char)q[1]))
    q = digit_end(q + 1, end);
  v.end = q;
  put_num(n, &v);
  return v.end;
}

/* "H. Schulz": an initial without its period, which espeak-ng reads as the
 * end of a sentence. */
static const char *initial(struct norm *n, const char *p) {
  const char *end = n->end;
  if (!ks_is_upper((unsigned char)*p) || p + 3 >= end || p[1] != '.' ||
      p[2] != ' ' ||
      !(ks_is_upper((unsigned char)p[3]) || (unsigned char)p[3] == 0xC3))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p);
  return p + 2;
}

/* "€ 10", "$5", "CHF 20", "$1,5 Mrd.": a sign before its amount. */
static const char *prefix_money(struct norm *n, const char *p) {
  const char *end = n->end, *q;
  const struct ks_counted *c = counted_at(n->lang, p, end, KS_CT_PREFIX, &q);
  struct denum v;
  const char *r;
  if (!c)
    return NULL;
  q = skip_spaces(q, end);
  if (q >= end || !ks_is_digit((unsigned char)*q) || !scan(q, end, &v))
    return NULL;
  r = say_counted(n, &v, v.end, c);
  return r ? r : v.end;
}

/* ------------------------------------------------------------ words */

/* An abbreviation at p: up to three short words, each with its period
 * ("z. B.", "i. d. R."), or a compound ending in one ("Hauptstr."). */
static const char *abbreviation(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *best = NULL, *next;
  const struct ks_abbrev *ab = NULL;
  for (int k = 0; k < 3; k++) {
    const char *w = q;
    const struct ks_abbrev *a;
    size_t l;
    while (q < end && (l = letter_len(q, end)) > 0)
      q += l;
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
  if (!ab) {
    for (size_t i = 0; i < n->lang->n_suffixes; i++) {
      const struct ks_abbrev *s = &n->lang->suffixes[i];
      size_t k = strlen(s->word);
      const char *we = p;
      while (we < end && letter_len(we, end) > 0)
        we += letter_len(we, end);
      if (we < end && *we == '.' && (size_t)(we - p) > k + 1 &&
          !memcmp(we - k, s->word, k)) {
        sep(n);
        ks_buf_put(n->out, p, (size_t)(we - k - p));
        ks_buf_puts(n->out, s->spoken);
        return we + 1;
      }
    }
    return NULL;
  }
  next = skip_spaces(best + 1, end);
  if (!ab->spoken || (ks_is_lower((unsigned char)*p) &&
                      ks_is_upper((unsigned char)ab->word[0])))
    return NULL;
  if ((ab->flags & KS_AB_NUMBER) &&
      !(next < end && ks_is_digit((unsigned char)*next)))
    return NULL;
  if ((ab->flags & KS_AB_TITLE) &&
      !(next < end &&
        (ks_is_upper((unsigned char)*next) || (unsigned char)*next >= 0xC3)))
    return NULL;
  sep(n);
  if (ab->spoken[strlen(ab->spoken) - 1] == '-') {
    ks_buf_put(n->out, ab->spoken, strlen(ab->spoken) - 1);
    ks_buf_puts(n->out, de_ending(n, p, false));
  } else {
    ks_buf_puts(n->out, ab->spoken);
  }
  if (next >= end)
    ks_buf_putc(n->out, '.'); /* it also ended the sentence */
  return best + 1;
}

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

/* "Wilhelm II.", "Papst Benedikt XVI.": a ruler's number, "der Zweite". */
static const char *regnal(struct norm *n, const char *p) {
  const char *end = n->end, *e = p, *w;
  size_t len;
  unsigned v;
  while (e < end && strchr("IVX", *e))
    e++;
  if (e == p || e >= end || *e != '.' || (v = roman_value(p, e)) == 0 ||
      !word_before(n, p, 0, &w, &len) || !ks_is_upper((unsigned char)*w))
    return NULL;
  sep(n);
  if (w[len - 1] == 's') { /* "Wilhelms II." */
    ks_buf_puts(n->out, "des ");
    de_ordinal(n->out, v, "en");
  } else {
    ks_buf_puts(n->out, "der ");
    de_ordinal(n->out, v, "e");
  }
  if (skip_spaces(e + 1, end) >= end)
    ks_buf_putc(n->out, '.');
  return e + 1;
}

/* Capitals of two or three letters that espeak-ng reads as a word ("ARD"
 * art, "EU" eu, "USA" usa) are spelled: "A-R-D". Acronyms said as words
 * are left to it. */
static const char *spell_caps(struct norm *n, const char *p) {
  static const char *const words[] = {"AG",  "DAX", "ESA", "NATO", "OPEC",
                                      "TÜV", "UNO", "KfW", "ISS",  "GAU"};
  const char *end = n->end, *e = p;
  bool vowel = false;
  size_t k = 0;
  while (e < end && (ks_is_upper((unsigned char)*e) || starts(e, end, "Ä") ||
                     starts(e, end, "Ö") || starts(e, end, "Ü"))) {
    vowel = vowel || strchr("AEIOU", *e) || (unsigned char)*e == 0xC3;
    e += (unsigned char)*e == 0xC3 ? 2 : 1;
    k++;
  }
  if (k < 2 || k > 3 || !vowel || alnum_at(e, end) ||
      word_is(p, (size_t)(e - p), words, N_OF(words)))
    return NULL;
  if ((e < end - 1 && *e == ' ' && ks_is_upper((unsigned char)e[1]) &&
       e + 2 < end && ks_is_upper((unsigned char)e[2])) ||
      (p > n->s + 2 && p[-1] == ' ' && ks_is_upper((unsigned char)p[-2]) &&
       ks_is_upper((unsigned char)p[-3])))
    return NULL; /* a line in capitals */
  sep(n);
  for (const char *q = p; q < e;) {
    size_t l = (unsigned char)*q == 0xC3 ? 2 : 1;
    if (q > p)
      ks_buf_putc(n->out, '-');
    ks_buf_put(n->out, q, l);
    q += l;
  }
  return e;
}

static const char *de_at(struct norm *n, const char *p) {
  const char *end = n->end, *r;
  unsigned char c = (unsigned char)*p;
  if ((r = ks_norm_rule_web_words(n, p)))
    return r;
  if (ks_is_digit(c))
    return number(n, p);
  if ((c == '$' || c >= 0x80 || c == 'C' || c == 'E') &&
      (r = prefix_money(n, p)))
    return r;
  if ((ks_is_alpha(c) || (c >= 0xC3 && c <= 0xC5)) &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
    if ((r = abbreviation(n, p)) ||
        ((c == 'I' || c == 'V' || c == 'X') && (r = regnal(n, p))) ||
        (r = initial(n, p)) ||
        ((ks_is_upper(c) || c == 0xC3) && (r = spell_caps(n, p))))
      return r;
    return NULL;
  }
  if (c == '&' && p > n->s && p[-1] == ' ' && p + 1 < end && p[1] == ' ') {
    say(n, "und");
    return p + 1;
  }
  if (c == '~' && p + 1 < end && ks_is_digit((unsigned char)p[1])) {
    say(n, "etwa");
    return p + 1;
  }
  return ks_norm_rule_neutral(n, p);
}

const struct ks_norm_family ks_norm_de = {KS_RULES_DE, de_at};
