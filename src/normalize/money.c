/* money.c - currencies, scale words, units of measure.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* True when a capitalised word that is not a date follows q, one space
 * apart, inside the sentence: "512GB SSD", "a 38mm Smart Watch" (the
 * amount then names a model or a kind, in the singular). */
static bool name_after(const struct norm *n, const char *q) {
  const char *end = n->end, *w, *we;
  size_t len;
  if (q >= end - 2 || *q != ' ' || !ks_is_upper((unsigned char)q[1]))
    return false;
  w = q + 1;
  we = w;
  while (we < end && ks_is_alnum((unsigned char)*we))
    we++;
  len = (size_t)(we - w);
  if (len < 2 || ks_norm_no_thing(w, len))
    return false;
  for (int i = 0; i < 12; i++)
    if (n->lang->months && eq_ci(w, len, n->lang->months[i]))
      return false;
  for (int i = 0; i < 7; i++)
    if (n->lang->weekdays && eq_ci(w, len, n->lang->weekdays[i]))
      return false;
  return true;
}

const char *ks_norm_span_word(const struct norm *n, const char *w,
                              const char *we) {
  for (size_t i = 0; i < n->lang->n_per_words; i++)
    if (eq_ci(w, (size_t)(we - w), n->lang->per_words[i].written))
      return n->lang->per_words[i].spoken;
  return NULL;
}

/* "/mo", "/kWh", "/s" after an amount or a unit, at the slash q: "per"
 * and the period or the unit; where it ends, or NULL. */
static const char *say_per(struct norm *n, const char *q) {
  const char *end = n->end, *w = q + 1, *we = alpha_end(w, end), *a,
             *span = ks_norm_span_word(n, w, we);
  const struct ks_unit *u;
  if (w < end && ks_is_digit((unsigned char)*w)) {
    /* "5.6 L/100 km": per a hundred kilometers; a round base only, not a
     * conversion ("100 km/62 mi") */
    struct num v;
    const char *x;
    uint64_t ten = 1;
    if (!ks_norm_scan_num(w, end, &v) || v.dot || !v.ok)
      return NULL;
    while (ten < v.ival && ten < 1000000)
      ten *= 10;
    if (ten != v.ival || v.end >= end - 1 ||
        !(*v.end == ' ' ||
          (ks_is_alpha((unsigned char)*v.end) && v.ival >= 100)) ||
        !(u = ks_norm_scan_unit(n->lang, v.end + (*v.end == ' '), end, &x)) ||
        alnum_at(x, end))
      return NULL; /* "5.2L/100km" glued too */
    ks_buf_puts(n->out, " per ");
    /* "per hundred kilometers", as the rate is said, not "per one
     * hundred" */
    if (v.ival == 100 || v.ival == 1000)
      ks_buf_puts(n->out, v.ival == 100 ? "hundred" : "thousand");
    else
      ks_norm_say_num(n, &v);
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, num_is_one(&v) ? u->one : u->many);
    return x;
  }
  if (span && !(we < end && ks_is_digit((unsigned char)*we))) {
    ks_buf_puts(n->out, " per ");
    ks_buf_puts(n->out, span);
    return we;
  }
  if ((u = ks_norm_scan_unit(n->lang, w, end, &a)) == NULL) {
    /* "$4.50/gallon", "$2/share": a noun of its own in the singular */
    if (we - w < 3 || we - w > 12 || !ks_is_lower((unsigned char)*w) ||
        we[-1] == 's' ||
        (we < end && (ks_is_alnum((unsigned char)*we) || *we == '/' ||
                      *we == '-' || (unsigned char)*we >= 0x80)) ||
        ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w,
                        (size_t)(we - w)))
      return NULL;
    ks_buf_puts(n->out, " per ");
    ks_buf_put(n->out, w, (size_t)(we - w));
    return we;
  }
  ks_buf_puts(n->out, " per ");
  /* "g/cm³": per cubic centimeter; a time's square stays a square
   * ("m/s²": meters per second squared) */
  if ((starts(a, end, "\xC2\xB2") || starts(a, end, "\xC2\xB3")) &&
      !strstr(u->one, "second") && !strstr(u->one, "minute") &&
      !strstr(u->one, "hour")) {
    ks_buf_puts(n->out, a[1] == '\xB2' ? "square " : "cubic ");
    ks_buf_puts(n->out, u->one);
    return a + 2;
  }
  ks_buf_puts(n->out, u->one);
  return unit_stop_end(a, end); /* "($0.22/oz.) is": the unit's stop */
}

/* "a $15/hour minimum wage": after "a", an amount per a span of time
 * before a noun is said as one word ("a fifteen dollar an hour minimum
 * wage"; "£10/wk sounds good" is not): the span's word, or NULL; *we is
 * where the span's written word ends. */
static const char *per_span_before_noun(const struct norm *n, const char *q,
                                        const char **we) {
  const char *end = n->end, *w = q + 1, *e, *span;
  if (q >= end - 1 || *q != '/')
    return NULL;
  e = alpha_end(w, end);
  if (!(span = ks_norm_span_word(n, w, e)) || !ks_norm_noun_after(n, e))
    return NULL;
  *we = e;
  return span;
}

/* A sentence about electric power, where a spaced "W" is watts. */
static bool power_sentence(const struct norm *n) {
  static const char *const power[] = {
      "amplifier", "battery", "bulb",   "bulbs", "charger", "charging",
      "laptop",    "motor",   "output", "panel", "panels",  "power",
      "solar",     "speaker", "watt",   "watts"};
  return ks_norm_sentence_has(n, power, N_OF(power));
}

/* A letter unit (volts, liters, watts; "C" and "F" are grades as often as
 * degrees) one space after an amount that a lower-case word comes
 * before, where the phrase ends: at a stop or comma, or before "at",
 * "and", "or", "of", "in" ("holds 50 L.", "supply 120 V at 60 Hz"), and
 * "to" for watts in a sentence about power. A capitalised
 * word before it makes the pair a label ("Section 4 C", "Room 12 F"). */
static bool letter_unit_ends(const struct norm *n, const struct num *v,
                             const struct ks_unit *u, const char *after) {
  static const char *const joins[] = {" at ", " and ", " or ",
                                      " of ", " in ",  " to "};
  const char *end = n->end, *w = n->prev;
  bool range = (v->p - n->s >= 2 && v->p[-1] == '-' &&
                ks_is_digit((unsigned char)v->p[-2])) ||
               (v->p - n->s >= 4 && starts(v->p - 3, end, "\xE2\x80\x93") &&
                ks_is_digit((unsigned char)v->p[-4]));
  if (u->abbr[1] || !strchr("VLW", u->abbr[0]))
    return false;
  /* after a word in small letters, an abbreviation's stop ("approx. 5
   * L of blood") or the first number of a range ("20-25 L/min") */
  if (!range && (!w || !ks_is_lower((unsigned char)w[0]) || v->p[-1] != ' ' ||
                 !(w + n->prev_len + 1 == v->p ||
                   (w + n->prev_len + 2 == v->p && w[n->prev_len] == '.'))))
    return false;
  if (after >= end || *after == '.' || *after == ',' || *after == ';' ||
      *after == ')' || *after == '/')
    return true;
  for (size_t i = 0; i < N_OF(joins); i++)
    if (starts(after, end, joins[i]))
      /* before "to" only watts in a sentence about power ("delivers up
       * to 65 W to a laptop"; "take exit 12 W to reach" is west) */
      return strcmp(joins[i], " to ") ||
             (u->abbr[0] == 'W' && power_sentence(n));
  return false;
}

/* "drop to −14 C overnight", "highs of 31 C": C or F one space after an
 * amount below zero, or in a sentence about the weather's temperatures,
 * is degrees where the phrase ends or goes on in small letters ("4 C
 * teams" are grades). */
static bool spaced_degrees(const struct norm *n, const struct num *v,
                           const struct ks_unit *u, const char *after) {
  static const char *const temps[] = {
      "chill", "cold", "colder",      "forecast",     "frost", "heat",
      "highs", "lows", "temperature", "temperatures", "warm",  "warmer"};
  const char *end = n->end, *w, *we;
  bool below = (v->p - n->s >= 3 && starts(v->p - 3, end, "\xE2\x88\x92")) ||
               /* a dash as a minus: "from –8 C", "from – 8 C" */
               (v->p - n->s >= 3 && starts(v->p - 3, end, "\xE2\x80\x93") &&
                (v->p - 3 == n->s || v->p[-4] == ' ' || v->p[-4] == '(')) ||
               (v->p - n->s >= 5 && v->p[-1] == ' ' &&
                (starts(v->p - 4, end, "\xE2\x80\x93") ||
                 starts(v->p - 4, end, "\xE2\x88\x92")) &&
                (v->p - 4 == n->s || v->p[-5] == ' ')) ||
               (v->p > n->s && v->p[-1] == '-' &&
                (v->p - 1 == n->s || v->p[-2] == ' ' || v->p[-2] == '('));
  if (u->abbr[1] || (u->abbr[0] != 'C' && u->abbr[0] != 'F'))
    return false;
  if (!(after >= end || strchr(".,;)", *after) ||
        (*after == ' ' && after + 1 < end &&
         ks_is_lower((unsigned char)after[1]) &&
         !ks_norm_noun_after(n, after))))
    return false;
  /* "Room 12 F": after a capitalised word, a label */
  if (!below && (w = ks_norm_prev_word(n, v->p, &we)) != NULL &&
      we + 1 == v->p && w > n->s && ks_is_upper((unsigned char)*w))
    return false;
  /* and after a word a temperature follows: "drop to", "highs of",
   * "hit", not "apartment 4 F", "got 1 C" */
  static const char *const befores[] = {
      "about", "above", "around",  "at",  "below",  "between", "from",
      "high",  "highs", "hit",     "low", "lows",   "near",    "of",
      "peak",  "reach", "reached", "to",  "topped", "under"};
  return below || (ks_norm_sentence_has(n, temps, N_OF(temps)) &&
                   ks_norm_word_before(n, v->p, befores, N_OF(befores)));
}

/* Whether u measures power, frequency, voltage, current or data, whose
 * amounts name a kind of device before a noun or a gerund ("65W
 * charging"). */
static bool technical(const struct ks_unit *u) {
  static const char *const kinds[] = {"watt", "hertz", "byte", "volt", "amp"};
  for (size_t i = 0; i < N_OF(kinds); i++)
    if (strstr(u->one, kinds[i]))
      return true;
  return false;
}

/* What a unit measures, by its word: 2 mass, 3 volume, 4 length, 5
 * temperature, 6 data, 7 speed, 8 power, 9 voltage, 10 frequency, 11
 * current, 0 other (a dose per a volume is read "per" across a slash;
 * two other kinds are two parts of a rating). */
static int unit_kind(const struct ks_unit *u) {
  static const struct {
    const char *ends;
    int kind;
  } kinds[] = {{"per hour", 7}, {"grams", 2},   {"pounds", 2},
               {"ounces", 2},   {"tonnes", 2},  {"tons", 2},
               {"liters", 3},   {"gallons", 3}, {"pints", 3},
               {"meters", 4},   {"feet", 4},    {"miles", 4},
               {"inches", 4},   {"Celsius", 5}, {"Fahrenheit", 5},
               {"bytes", 6},    {"watts", 8},   {"volts", 9},
               {"hertz", 10},   {"amps", 11},   {"amperes", 11}};
  size_t l = strlen(u->many);
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
    size_t k = strlen(kinds[i].ends);
    if ((l >= k && !strcmp(u->many + l - k, kinds[i].ends)) ||
        !strncmp(u->many, kinds[i].ends, k))
      return kinds[i].kind;
  }
  return 0;
}

/* The unit after the number at p ("512GB", "5 ml"), or NULL. */
static const struct ks_unit *next_unit(const struct norm *n, const char *p) {
  struct num v;
  const char *a;
  if (!ks_norm_scan_num(p, n->end, &v))
    return NULL;
  return ks_norm_scan_unit(n->lang, v.end + (v.end < n->end && *v.end == ' '),
                           n->end, &a);
}

/* The words of unit u read at after, in the singular when one: its power
 * ("km²" square kilometers), the unit "sq" or "cu" raises, a divisor
 * ("/h"); where the reading ends. */
static const char *say_unit(struct norm *n, const struct ks_unit *u,
                            const char *after, bool one) {
  const char *end = n->end;
  u = ks_norm_unit_in(n, u);
  /* "8.6 cm²", "2 mm³": a unit the table has no square of, raised;
   * "9.8 m/s²" meters per second squared */
  if ((starts(after, end, "\xC2\xB2") || starts(after, end, "\xC2\xB3")) &&
      !strchr(u->abbr, '/')) {
    ks_buf_puts(n->out, after[1] == '\xB2' ? "square " : "cubic ");
    after += 2;
  }
  ks_buf_puts(n->out, one ? u->one : u->many);
  if (starts(after, end, "\xC2\xB2") || starts(after, end, "\xC2\xB3")) {
    ks_buf_puts(n->out, after[1] == '\xB2' ? " squared" : " cubed");
    after += 2;
  }
  if (after < end - 1 && (!strcmp(u->abbr, "sq") || !strcmp(u->abbr, "cu"))) {
    /* "2.5 sq mi", "100 sq. ft.", "3 cu ft": square or cubic, then the
     * unit it raises */
    const char *r2 = after + (*after == '.'), *a2;
    const struct ks_unit *u2 =
        r2 < end - 1 && (*r2 == ' ' || *r2 == '-') /* "1,500-sq.-ft." */
            ? ks_norm_scan_unit(n->lang, r2 + 1, end, &a2)
            : NULL;
    if (u2 && strcmp(u2->abbr, "sq") && strcmp(u2->abbr, "cu")) {
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, one ? u2->one : u2->many);
      after = a2 < end && *a2 == '.' && (a2 + 1 >= end || a2[1] == ' ') &&
                      a2 + 2 < end && ks_is_lower((unsigned char)a2[2])
                  ? a2 + 1 /* "sq. ft. of space": the stop is the unit's */
                  : a2;
    }
  }
  if (after < end - 1 && *after == '/') {
    const char *a2 = say_per(n, after);
    const struct ks_unit *u2 = NULL;
    if (a2) {
      after = a2;
    } else if (ks_is_digit((unsigned char)after[1]) &&
               (u2 = next_unit(n, after + 1)) != NULL) {
      /* "256GB/512GB", "75°C/165°F", "30mph/48km/h": one measure or the
       * other; "250mg/5ml": a dose per a volume; "6.6 kV/60 Hz": two
       * things measured, a rating's parts, a pause between */
      int k1 = unit_kind(u), k2 = unit_kind(u2);
      if (k1 == 2 && k2 == 3)
        say(n, "per");
      else if (k1 && k2 && k1 != k2)
        ks_buf_putc(n->out, ',');
      else
        say(n, "or");
      return after + 1;
    } else if (starts(after + 1, end, "gas ") && after + 5 < end &&
               ks_is_digit((unsigned char)after[5])) {
      say(n, "or gas mark"); /* "200°C/gas 6" */
      return after + 5;
    }
  }
  /* "15 cu.ft. of space", "2 mi. east" */
  return unit_stop_end(after, end);
}

/* What joins two measures of one size: "3 m by 4 m", "3 m x 4 m",
 * "366 m × 51 m". */
static const char *const dims_joins[] = {" by ", " x ", " \xC3\x97 "};

/* At p, " x ", " by " or " × ", a second measure ("51m") and a noun
 * after it: the first measure names a size before its noun. */
static bool second_measure(const struct norm *n, const char *p) {
  const char *end = n->end, *q = NULL, *a;
  struct num v;
  for (size_t i = 0; i < N_OF(dims_joins) && !q; i++)
    if (starts(p, end, dims_joins[i]))
      q = p + strlen(dims_joins[i]);
  if (!q || !ks_norm_scan_num(q, end, &v) ||
      !ks_norm_scan_unit(n->lang, v.end + (v.end < end && *v.end == ' '), end,
                         &a))
    return false;
  /* (in a conversion's brackets, the noun after them: "(8ft x 4ft) bed") */
  if (a < end && *a == ')')
    a++;
  return !alnum_at(a, end) && ks_norm_noun_after(n, a);
}

/* The sentence is a line of a list, no clause: a few words and no verb
 * of being or having ("200g cherry tomatoes, halved", not "330 ml glass
 * bottles are sold"). */
static bool list_line(const struct norm *n) {
  static const char *const verbs[] = {"are", "be",  "had",  "has",  "have",
                                      "is",  "was", "were", "will", "would"};
  size_t words = 1;
  for (const char *c = n->s; c < n->end; c++)
    words += *c == ' ';
  /* in a recipe, a line of its ingredients needs no comma ("60g light
   * brown soft sugar") */
  return words <= 10 &&
         ((n->topics & KS_TOPIC_RECIPE) ||
          memchr(n->s, ',', (size_t)(n->end - n->s))) &&
         !ks_norm_sentence_has(n, verbs, N_OF(verbs));
}

/* A possessive right before p: "Hubble's 2.4 m mirror". */
static bool possessive_before(const struct norm *n, const char *p) {
  return p - n->s >= 4 && p[-1] == ' ' && p[-2] == 's' &&
         (p[-3] == '\'' || (p - n->s >= 6 && starts(p - 5, n->end, "’")));
}

/* "a 6ft 4in striker", "the 6 ft 2 in center": feet and inches before a
 * noun are a height said as one word, "six foot four". */
static bool height_before_noun(const struct norm *n, const struct ks_unit *u,
                               const char *after) {
  const char *end = n->end, *d, *i;
  /* (the feet's stop too: "the 6 ft. 2 in. lock") */
  if (after < end && *after == '.')
    after++;
  d = after + 1 < end && *after == ' ' ? after + 1 : NULL;
  if (strcmp(u->abbr, "ft") != 0 || !d || !ks_is_digit((unsigned char)*d))
    return false;
  i = digit_end(d, end);
  if (i < end && *i == ' ')
    i++;
  if (!starts(i, end, "in") || alnum_at(i + 2, end))
    return false;
  /* "the 6 ft 2 in. forward": with the inches' stop, before a player's
   * noun only (a person's height; "a 6 ft 2 in. pipe" is a size) */
  if (i + 2 < end && i[2] == '.')
    return ks_norm_next_is(n, i + 3, ks_norm_players, KS_NORM_N_PLAYERS);
  return ks_norm_noun_after(n, i + 2);
}

/* A race whose name keeps its distance in the plural after the unit
 * (World Athletics' and FINA's own names: "the 400 metres hurdles", "the
 * 200 metres freestyle"). */
static bool event_after(const struct norm *n, const char *q) {
  static const char *const events[] = {
      "backstroke", "breaststroke", "butterfly", "freestyle",
      "hurdles",    "medley",       "relay",     "steeplechase"};
  const char *w, *we;
  if ((w = ks_norm_next_word(n, q, &we)) == NULL)
    return false;
  /* "the 400m individual medley" */
  if (we - w == 10 && !memcmp(w, "individual", 10))
    w = ks_norm_next_word(n, we, &we);
  return w && word_is(w, (size_t)(we - w), events, N_OF(events));
}

/* "won the 100m final", "her 400m title": a track distance after "the"
 * or a possessive before a word of its race keeps its plural, as the
 * race is named ("the hundred meters final"); not "a 100m wall". */
static bool race_after(const struct norm *n, const struct num *v,
                       const char *q) {
  static const unsigned metres[] = {100,  200,  400,  800,
                                    1500, 3000, 5000, 10000};
  static const char *const races[] = {
      "bronze", "champion", "crown",     "event",  "final", "gold", "heat",
      "race",   "record",   "semifinal", "silver", "title", "world"};
  static const char *const owners[] = {"her", "his", "the", "their"};
  bool track = false;
  if (!v->ok || v->dot)
    return false;
  for (size_t i = 0; i < N_OF(metres) && !track; i++)
    track = v->ival == metres[i];
  return track &&
         (ks_norm_word_before(n, v->p, owners, N_OF(owners)) ||
          (n->prev && n->prev + n->prev_len + 1 == v->p &&
           ks_norm_possessive(n->prev, n->prev_len))) &&
         ks_norm_next_is(n, q, races, N_OF(races));
}

/* "Rs 80 a kg", "eighty rupees a kg": "a" after a price, an amount with
 * its currency's sign or code or a money's word before it (not "In 1998
 * an MP"). */
static bool price_a(const struct norm *n) {
  static const char *const monies[] = {"cents",  "dollars", "euros",  "pence",
                                       "pounds", "rand",    "rupees", "yen"};
  const char *w = n->prev, *b, *be, *d, *a;
  if (!(eq_ci(w, n->prev_len, "a") || eq_ci(w, n->prev_len, "an")) ||
      w - n->s < 2 || w[-1] != ' ')
    return false;
  if (ks_is_digit((unsigned char)w[-2])) { /* "Rs 80 a kg", "$3 a kg" */
    d = w - 2;
    while (d > n->s &&
           (ks_is_digit((unsigned char)d[-1]) || d[-1] == '.' || d[-1] == ','))
      d--;
    for (a = d; a > n->s && a > d - 4 && !ks_is_space((unsigned char)a[-1]);)
      a--;
    if (a < d && ks_norm_scan_currency(n->lang, a, n->end, &b) && b == d)
      return true; /* "R120", "$3" */
    for (a = d - 1; a > n->s && a > d - 5 && a[-1] != ' ';)
      a--;
    return a < d - 1 && d[-1] == ' ' &&
           ks_norm_scan_currency(n->lang, a, n->end, &b) && b >= d - 1 &&
           b <= d; /* "Rs 80" */
  }
  return (b = ks_norm_prev_word(n, w, &be)) != NULL && be + 1 == w &&
         word_is(b, (size_t)(be - b), monies, N_OF(monies));
}

/* "population density of 48 per km²", "per sq mi": a unit after "per"
 * without an amount, in the singular. A unit of one letter is read only
 * raised ("per m²"); "per m" may be anything. After a price, "a" before a
 * measure's abbreviation in small letters is "per" too ("Rs 80 a kg"). */
const char *ks_norm_rule_unit_per(struct norm *n, const char *p) {
  const char *end = n->end, *after;
  const struct ks_unit *u;
  if (!n->prev || n->prev + n->prev_len + 1 != p || p[-1] != ' ' ||
      !(eq_ci(n->prev, n->prev_len, "per") ||
        (price_a(n) && ks_is_lower((unsigned char)*p) &&
         (u = ks_norm_scan_unit(n->lang, p, end, &after)) && u->abbr[1] &&
         strcmp(u->abbr, "in"))) ||
      !(u = ks_norm_scan_unit(n->lang, p, end, &after)) ||
      (!u->abbr[1] && !starts(after, end, "\xC2\xB2") &&
       !starts(after, end, "\xC2\xB3")) ||
      (after < end && ks_is_alpha((unsigned char)*after)))
    return NULL;
  sep(n);
  return say_unit(n, u, after, true);
}

static const char *const percent[] = {"percent", "percentage"};

/* Words after a margin in seconds glued to its "s" ("5.2s ahead"). */
static const char *const margins[] = {"ahead",  "back", "behind",  "clear",
                                      "faster", "off",  "quicker", "slower"};

/* The words said so far end with the unit's name in the singular and
 * "by": the second of two measures before their noun, said as the first
 * ("a three meter by four meter patio"). */
static bool said_before_by(const struct norm *n, const char *one,
                           const char *p) {
  const struct ks_buf *o = n->out;
  size_t l = strlen(one), i;
  /* "by", or the sign of dimensions, right before p (not "nearby") */
  bool joined = false;
  for (size_t k = 0; k < N_OF(dims_joins) && !joined; k++) {
    size_t jl = strlen(dims_joins[k]);
    joined = (size_t)(p - n->s) >= jl && starts(p - jl, n->end, dims_joins[k]);
  }
  if (!joined)
    return false;
  /* the amount's words are said already: the last " by " in them */
  for (i = o->len; i >= 4 && o->len - i < 60; i--)
    if (!memcmp(o->ptr + i - 4, " by ", 4))
      break;
  return i >= 4 + l + 1 && o->len - i < 60 &&
         !memcmp(o->ptr + i - 4 - l, one, l) && o->ptr[i - 5 - l] == ' ';
}

/* Words of timing before a time glued to its "s" ("won by 7.3s"). */
static const char *const timing[] = {"ahead", "behind", "by",   "clocked",
                                     "in",    "ran",    "than", "timed",
                                     "under", "within"};

/* The sentence is about a motor race, a lap, a pit stop, a stint, pole, or
 * an athlete's best ("PB", "SB"): "a gap of 3.2s by lap 15", "a slow pit
 * stop of 4.8s", seconds glued to their "s" (horse racing's words are
 * scan.c's ks_norm_about_racing). */
static bool about_motor_racing(const struct norm *n) {
  /* (and an athlete's personal or season's best: "a SB of 20.1s") */
  static const char *const racing[] = {"PB", "SB", "lap",  "laps",  "overtaking", "pit",
                                       "pole", "stint", "qualifying"};
  return ks_norm_sentence_has(n, racing, N_OF(racing));
}

/* Before p, hours or minutes glued to their letter and a space: "1h ",
 * "2m " (a duration written as a stopwatch's). */
static bool duration_before(const struct norm *n, const char *p) {
  const char *d;
  if (p - n->s < 3 || p[-1] != ' ' || (p[-2] != 'h' && p[-2] != 'm') ||
      !ks_is_digit((unsigned char)p[-3]))
    return false;
  d = p - 2;
  while (d > n->s && ks_is_digit((unsigned char)d[-1]))
    d--;
  return d == n->s || !ks_is_alnum((unsigned char)d[-1]);
}

/* The seconds at p are a race's: a gap after its plus sign ("+0.847s",
 * "+12s"), or a time's after its minutes glued to theirs
 * ("1h14m40.727s"). */
static bool race_time_at(const struct norm *n, const char *p) {
  return (p > n->s && p[-1] == '+') ||
         (p - n->s >= 2 && p[-1] == 'm' && ks_is_digit((unsigned char)p[-2]));
}

/* At p, one or two digits glued to an "s" that ends the word: "15s", or
 * a decimal's: "05.83s". */
static bool seconds_after(const char *p, const char *end) {
  const char *d = p;
  while (d < end && ks_is_digit((unsigned char)*d) && d - p < 3)
    d++;
  if (d > p && d - p <= 2 && d < end - 1 && *d == '.' &&
      ks_is_digit((unsigned char)d[1]))
    for (d++; d < end && ks_is_digit((unsigned char)*d);)
      d++;
  return d > p && d - p <= 6 && d < end && *d == 's' && !alnum_at(d + 1, end);
}

/* Unit after a number, glued ("12kg") or after one space ("12 kg"), with
 * "/h"-style divisors ("kg/kg"). Single letters need gluing or a unit
 * that cannot be a word ("5 m" is meters, "5 g" grams). */
const char *ks_norm_rule_unit(struct norm *n, const char *q,
                              const struct num *v) {
  const char *end = n->end, *r = q, *after, *noun_at;
  const struct ks_unit *u;
  bool hyphen = false, one, ends = false;
  /* "2.7 MD", "1,2 MDT": Tunisia's millions of dinars after the amount */
  if (starts(q, end, " MD")) {
    const char *me = q + (starts(q, end, " MDT") ? 4 : 3);
    if (!alnum_at(me, end) && !ks_norm_noun_after(n, me) &&
        ks_norm_about_country(n, KS_TOPIC_TUNISIA)) {
      say(n, "million dinars");
      return me;
    }
  }
  /* "1,150 KM": Bosnia and Herzegovina's convertible marks after the
   * amount, in an article or a sentence about the country (elsewhere
   * "km" in small letters is kilometres) */
  /* (an amount as money is written, with a thousands' comma or cents:
   * "1,150 KM", "3,184.50 KM"; "130 KM long", "the 10 KM race" are
   * kilometres) */
  if (starts(q, end, " KM") && !alnum_at(q + 3, end) &&
      (v->commas || (v->dot && v->end - v->dot == 3)) &&
      ks_norm_about_country(n, KS_TOPIC_BOSNIA)) {
    say(n, num_is_one(v) ? "convertible mark" : "convertible marks");
    return q + 3;
  }
  if (r < end && (*r == ' ' || *r == '-'))
    hyphen = *r++ == '-';
  /* "ran the 100 m in 9.58 s", "won by 7.3s": a lone "s" after a decimal
   * is seconds; glued, only after a word of timing (not "a string of
   * 9.5s" from the judges) */
  /* "a 2.3s stop", "a 0.4s gap": a decimal's seconds before the noun
   * they measure, in the singular */
  static const char *const a_an[] = {"a", "an"};
  if (r == q && r < end && v->dot && *r == 's' && !alnum_at(r + 1, end) &&
      ks_norm_word_before(n, v->p, a_an, N_OF(a_an)) &&
      ks_norm_noun_after(n, r + 1)) {
    sep(n);
    ks_buf_puts(n->out, "second");
    return r + 1;
  }
  /* (or after a results table's label and its colon: "Mark: 47.95s",
   * "Time: 10.41s") */
  static const char *const labels[] = {"mark", "result", "time"};
  const char *lw = v->p - 2;
  bool labelled = false;
  if (v->p - n->s >= 3 && v->p[-1] == ' ' && v->p[-2] == ':') {
    while (lw > n->s && ks_is_alpha((unsigned char)lw[-1]))
      lw--;
    labelled = word_is(lw, (size_t)(v->p - 2 - lw), labels, N_OF(labels));
  }
  if (r < end && !hyphen && v->dot && *r == 's' && !alnum_at(r + 1, end) &&
      !(r + 1 < end && (r[1] == '\'' || r[1] == '-')) &&
      (r > q || labelled ||
       ks_norm_word_before(n, v->p, timing, N_OF(timing)) ||
       duration_before(n, v->p) || /* "2m 5.83s" */
       ks_norm_next_is(n, r + 1, margins, N_OF(margins)) ||
       race_time_at(n, v->p) || about_motor_racing(n))) {
    sep(n);
    ks_buf_puts(n->out, "seconds");
    return r + 1;
  }
  /* "clocked 45s", "ran the lap in 145s", "2m 15s": a whole number glued
   * to its "s" after a word of timing, or after minutes or hours glued to
   * theirs, is seconds (not "the 60s", "rolled two 6s", "under 16s", an
   * age's team) */
  static const char *const ages[] = {"over", "under"};
  if (r == q && r < end && !v->dot && !v->commas && v->ndig <= 3 && *r == 's' &&
      !alnum_at(r + 1, end) &&
      !(r + 1 < end && (r[1] == '\'' || r[1] == '-')) &&
      ((ks_norm_word_before(n, v->p, timing, N_OF(timing)) &&
        !ks_norm_word_before(n, v->p, ages, N_OF(ages))) ||
       duration_before(n, v->p) || race_time_at(n, v->p) ||
       (about_motor_racing(n) && v->ndig <= 2))) {
    sep(n);
    ks_buf_puts(n->out, num_is_one(v) ? "second" : "seconds");
    return r + 1;
  }
  /* "a 1m15.204s lap": minutes glued to the seconds glued to theirs, a
   * lap's time */
  if (r == q && r < end - 3 && !v->dot && !v->commas && v->ndig <= 2 &&
      *r == 'm' && ks_is_digit((unsigned char)r[1])) {
    const char *d = digit_end(r + 1, end);
    if (d - r == 3 && d < end - 1 && *d == '.' &&
        ks_is_digit((unsigned char)d[1]))
      d = digit_end(d + 1, end);
    if (d - r >= 3 && d < end && *d == 's' && !alnum_at(d + 1, end)) {
      sep(n);
      ks_buf_puts(n->out, num_is_one(v) ? "minute" : "minutes");
      return r + 1;
    }
  }
  /* "2m 15s", "1h 5m": minutes before seconds glued to theirs, or after
   * hours, are minutes, not meters */
  if (r == q && r < end - 3 && !v->dot && !v->commas && v->ndig <= 2 &&
      *r == 'm' && r[1] == ' ' && ks_is_digit((unsigned char)r[2]) &&
      (duration_before(n, v->p) || seconds_after(r + 2, end))) {
    sep(n);
    ks_buf_puts(n->out, num_is_one(v) ? "minute" : "minutes");
    return r + 1;
  }
  /* "a 25bp cut", "by 50 bps": basis points; in a sentence about genes,
   * base pairs ("a 500 bp fragment") */
  if (r < end - 1 && r[0] == 'b' && r[1] == 'p' &&
      (!alnum_at(r + 2, end) ||
       (r + 2 < end && r[2] == 's' && !alnum_at(r + 3, end))) &&
      !(v->p > n->s && ks_is_alnum((unsigned char)v->p[-1]))) {
    static const char *const genes[] = {
        "amplicon",  "chromosome", "deletion",  "DNA",     "fragment",
        "fragments", "gene",       "genes",     "genome",  "insert",
        "PCR",       "plasmid",    "primer",    "primers", "RNA",
        "sequence",  "sequences",  "sequencing"};
    const char *a = r + 2 + (r + 2 < end && r[2] == 's');
    bool pairs = ks_norm_sentence_has(n, genes, N_OF(genes));
    sep(n);
    ks_buf_puts(n->out, pairs ? "base pair" : "basis point");
    if (!num_is_one(v) && !hyphen && !ks_norm_noun_after(n, a))
      ks_buf_putc(n->out, 's');
    return a;
  }
  /* glued, "rose 3pp to 14%", "widened by 5pp.": percentage points;
   * before a noun in a sentence of no percentages, pages ("a 24pp
   * booklet"); spaced, points only after a word of movement in a sentence
   * of percentages ("fell 0.3 pp to 2%"), else pages ("ran to 1,100
   * pp.", "ran to 300 pp with annexes") */
  if (r < end - 1 && r[0] == 'p' && r[1] == 'p' && !alnum_at(r + 2, end) &&
      (r == q || (!hyphen && !(r + 2 < end && r[2] == '.') &&
                  ks_norm_after_move(n, v->p) &&
                  (memchr(n->s, '%', (size_t)(end - n->s)) ||
                   ks_norm_sentence_has(n, percent, N_OF(percent)))))) {
    bool points = memchr(n->s, '%', (size_t)(end - n->s)) ||
                  ks_norm_sentence_has(n, percent, N_OF(percent)) ||
                  !ks_norm_noun_after(n, r + 2);
    sep(n);
    if (points)
      ks_buf_puts(n->out,
                  num_is_one(v) ? "percentage point" : "percentage points");
    else
      ks_buf_puts(n->out, "page");
    return r + 2;
  }
  /* "or 1.5 ppt", "down 2ppt": percentage points in a sentence of
   * percentages or basis points (a chemist's parts per trillion
   * elsewhere, left) */
  static const char *const rates[] = {"basis", "bp", "bps", "percent",
                                      "percentage"};
  if (r < end - 2 && !hyphen && r[0] == 'p' && r[1] == 'p' && r[2] == 't' &&
      !alnum_at(r + 3, end) &&
      /* after a word of movement, as "pp" ("at 12 ppt in 40% of the
       * wells" is parts per trillion) */
      (ks_norm_after_move(n, v->p) || starts(r + 3, end, ", in ") ||
       (v->p - n->s >= 4 && starts(v->p - 3, end, "or "))) &&
      (memchr(n->s, '%', (size_t)(end - n->s)) ||
       ks_norm_sentence_has(n, rates, N_OF(rates)))) {
    sep(n);
    ks_buf_puts(n->out,
                num_is_one(v) ? "percentage point" : "percentage points");
    return r + 3;
  }
  /* "Change: +0.1pt", "-1.5pts": a signed change glued to "pt" in a
   * sentence of percentages is in percentage points (a pint is never
   * signed) */
  if (r == q && r < end - 1 && r[0] == 'p' && r[1] == 't' &&
      (!alnum_at(r + 2, end) ||
       (r[2] == 's' && !alnum_at(r + 3, end))) &&
      v->p > n->s && (v->p[-1] == '+' || v->p[-1] == '-') &&
      (memchr(n->s, '%', (size_t)(end - n->s)) ||
       ks_norm_sentence_has(n, rates, N_OF(rates)))) {
    sep(n);
    ks_buf_puts(n->out,
                num_is_one(v) ? "percentage point" : "percentage points");
    return !alnum_at(r + 2, end) ? r + 2 : r + 3;
  }
  /* "won by 1.5L", "beaten 3L", a results table's "Margin: 0.5L": a
   * horse's margin in lengths, glued after a margin's word in a sentence
   * about a race */
  static const char *const beaten_by[] = {"beat", "beaten", "by", "won"};
  if (r == q && r < end && *r == 'L' && !alnum_at(r + 1, end) &&
      !(r + 2 < end && r[1] == ' ' && ks_is_lower((unsigned char)r[2])) &&
      (ks_norm_word_before(n, v->p, beaten_by, N_OF(beaten_by)) ||
       (v->p - n->s >= 8 && starts_ci(v->p - 8, end, "margin: "))) &&
      ks_norm_about_racing(n)) { /* not "won by 1.5L votes", lakh */
    sep(n);
    ks_buf_puts(n->out, num_is_one(v) ? "length" : "lengths");
    return r + 1;
  }
  /* "42 US gal.": the American measure, said before its unit */
  if (r > q && !hyphen && starts(r, end, "US ") &&
      (u = ks_norm_scan_unit(n->lang, r + 3, end, &after)) != NULL &&
      u->abbr[1] && !alnum_at(after, end)) {
    sep(n);
    ks_buf_puts(n->out, "U.S.");
    r += 3;
  }
  /* "Lucky Star (9-4F)": the favourite's mark glued to its odds, in an
   * article about racing (no Fahrenheit) */
  if (r == q && r < end && *r == 'F' && !alnum_at(r + 1, end) &&
      (n->topics & KS_TOPIC_RACING) && v->p - n->s >= 2 &&
      (v->p[-1] == '-' || v->p[-1] == '/') &&
      ks_is_digit((unsigned char)v->p[-2])) {
    say(n, "favourite");
    return r + 1;
  }
  u = ks_norm_scan_unit(n->lang, r, end, &after);
  if (!u)
    return NULL;
  /* "within 0.71 AU": an astronomical unit after a decimal or in a
   * sentence about space (not "15 AU staff", the African Union's) */
  static const char *const space[] = {
      "asteroid", "comet", "Earth",      "Jupiter", "Mars", "orbit",
      "planet",   "probe", "spacecraft", "star",    "Sun",  "telescope"};
  if (!strcmp(u->abbr, "AU") && !v->dot &&
      !ks_norm_sentence_has(n, space, N_OF(space)))
    return NULL;
  /* "3 TDs and 320 yards": touchdowns in a sentence about a game (not
   * "11 TDs had raised concerns", members of Ireland's Dail) */
  /* (a game's own words: not "passing", "games", "season", which a
   * sentence about the Dail has too) */
  static const char *const gridiron[] = {
      "carries",  "catches",       "INT",           "INTs",
      "interception", "interceptions", "NFL",       "QB",
      "quarterback", "receiving",  "receptions",    "rushing",
      "threw",    "throws",        "touchdown",     "yards",
      "yds"};
  if (!strncmp(u->abbr, "TD", 2) &&
      !ks_norm_sentence_has(n, gridiron, N_OF(gridiron)))
    return NULL;
  /* "3170 W. County Road": a compass letter before a street, no watts */
  if (!u->abbr[1] && strchr("NSEW", u->abbr[0]) && ks_norm_before_street(n, q))
    return NULL;
  /* "Routes 3C and 14", "Gate 12F", "stage 3C": a letter glued to the
   * number of a place, a route or a grade is part of its name */
  static const char *const places[] = {
      "apartment", "apt",  "bay",     "berth", "block",   "bus",
      "class",     "door", "exit",    "flat",  "floor",   "gate",
      "grade",     "hall", "highway", "hwy",   "level",   "line",
      "lot",       "pier", "platform", "rm",   "room",    "route",   "routes",
      "row",       "seat", "section", "stage", "stand",   "suite",
      "terminal",  "tier", "unit",    "ward",  "zone"};
  /* capitalised, or a few in small letters (not "the room 20C", "the bus
   * 12V battery": a temperature, a voltage) */
  static const char *const small[] = {"class",    "exit",  "gate",   "grade",
                                      "platform", "route", "routes", "stage",
                                      "terminal", "tier"};
  /* (or abbreviated with its stop: "Apt. 3C", "Rm. 4B") */
  bool stopped = n->prev && n->prev + n->prev_len + 2 == v->p &&
                 n->prev[n->prev_len] == '.' && v->p[-1] == ' ' &&
                 ks_is_upper((unsigned char)*n->prev) &&
                 word_is(n->prev, n->prev_len, places, N_OF(places));
  if (r == q && !u->abbr[1] && ks_is_upper((unsigned char)u->abbr[0]) &&
      !v->dot && v->ndig <= 3 &&
      (stopped ||
       (ks_norm_word_before(n, v->p, places, N_OF(places)) &&
        (ks_is_upper((unsigned char)*n->prev) ||
         ks_norm_word_before(n, v->p, small, N_OF(small))))))
    return NULL;
  noun_at = after;
  const char *pw, *pwe;
  /* "four 4ft (1.2m) lengths", "a 2.4m x 1.2m (8ft x 4ft) bed": a
   * measure's conversion in brackets between it and its noun, on either
   * side of it */
  if (after < end - 2 && *after == ' ' && after[1] == '(' &&
      ks_is_digit((unsigned char)after[2])) {
    const char *cb = memchr(after + 2, ')', (size_t)(end - after - 2));
    if (cb && cb - after < 32)
      noun_at = cb + 1;
  } else if (after < end && *after == ')') {
    /* inside the brackets, the conversion of a measure before them:
     * "400m (1,312ft) stretch" (not "Clare (5 points) top") */
    const char *ob = v->p;
    while (ob > n->s && ob[-1] != '(' && v->p - ob < 16)
      ob--;
    if (ob - n->s >= 3 && ob[-1] == '(' && ob[-2] == ' ' &&
        (ks_is_alpha((unsigned char)ob[-3]) || ob[-3] == '.')) {
      const char *t = ob - 3;
      while (t > n->s && !ks_is_space((unsigned char)t[-1]))
        t--;
      bool figures = false;
      for (const char *c = t; c < ob - 2; c++)
        figures = figures || ks_is_digit((unsigned char)*c);
      if (figures)
        noun_at = after + 1;
    }
  }
  /* "holds 12 oz. jars", "a 5 lb. bag": the abbreviation's stop inside
   * the sentence, before a plural in small letters or after a
   * determiner (not "8 oz. water", an amount of it) */
  if (u->abbr[1] && after < end - 2 && *after == '.' && after[1] == ' ' &&
      ks_is_lower((unsigned char)after[2]) &&
      (ks_norm_after_determiner(n, v->p) ||
       ((pw = ks_norm_next_word(n, after + 1, &pwe)) != NULL && pwe - pw > 3 &&
        pwe[-1] == 's')))
    noun_at = after + 1;
  if (r > q && !hyphen &&
      (after < end && *after == '.' && after + 1 < end &&
       ks_is_alpha((unsigned char)after[1])))
    return NULL;
  /* "30C", "65W": a capital letter alone is a unit when glued, or, one
   * space apart, after a decimal ("a 1.5 L bottle"), where a measure
   * ends ("supply 120 V.", letter_unit_ends) or, volts and liters (and
   * watts in a sentence about power), before a noun ("a 9 V battery", "a
   * 100 W bulb"; "4 C teams" are grades) */
  if (!u->abbr[1] && ks_is_upper((unsigned char)u->abbr[0]) &&
      ((r > q && !hyphen && !v->dot &&
        !((u->abbr[0] == 'V' || u->abbr[0] == 'L' ||
           (u->abbr[0] == 'W' && power_sentence(n))) &&
          after < end - 1 && *after == ' ' &&
          ks_is_lower((unsigned char)after[1]) &&
          ks_norm_noun_after(n, after)) &&
        !(ends = letter_unit_ends(n, v, u, after)) &&
        !(ends = spaced_degrees(n, v, u, after))) ||
       (v->p > n->s && ks_is_alnum((unsigned char)v->p[-1]))))
    return NULL; /* nor in a code: "B2A23C" */
  if (hyphen && !(after >= end || !ks_is_alpha((unsigned char)*after)))
    return NULL;
  sep(n);
  /* "300 sq ft but": the noun, if any, comes after the unit "sq" raises */
  if (!strcmp(u->abbr, "sq") || !strcmp(u->abbr, "cu")) {
    const char *r2 = after + (after < end && *after == '.'), *a2;
    if (r2 < end - 1 && (*r2 == ' ' || *r2 == '-') &&
        ks_norm_scan_unit(n->lang, r2 + 1, end, &a2))
      noun_at = a2 < end && *a2 == '.' ? a2 + 1 : a2;
  }
  /* "a 12 kg bag", "a 1,600-MHz bus", "the 2,500km border": an amount
   * before a noun is said in the singular */
  /* a unit in capitals ("3 TD passes") names a kind before a noun; a
   * rate keeps its plural there ("the 70mph limit": seventy miles per
   * hour) */
  /* "2 tbsp olive oil": a spoon's measure is an amount of what follows,
   * never its size, unless a determiner makes it one ("a 1 tsp scoop") */
  bool spoon =
      strstr(u->one, "spoon") != NULL && !ks_norm_after_determiner(n, v->p);
  /* "200g cherry tomatoes, halved", "add 150ml stock": an ingredient's
   * weight or volume first in its line or after a cook's verb is an amount
   * of it, in the plural */
  /* (or "with": "Mix 500g flour with 350ml lukewarm water") */
  static const char *const and[] = {"and", "with"};
  /* "calls for 1 lb mixed fruit, 8 oz brown sugar and 4 fl oz brandy",
   * "used 8 oz flour": a recipe's verbs of needing too */
  static const char *const cooks[] = {"add",  "combine", "mix",  "pour",
                                      "stir", "use",     "whisk"};
  static const char *const for_[] = {"for"};
  static const char *const calls[] = {"call", "called", "calls"};
  const char *cw, *cwe;
  bool calls_for = ks_norm_word_before(n, v->p, for_, 1) &&
                   (cw = ks_norm_prev_word(n, n->prev, &cwe)) != NULL &&
                   word_is(cw, (size_t)(cwe - cw), calls, N_OF(calls));
  /* a weight or a volume by its name ("lbs" and "lb", "fl. oz" too) */
  static const char *const kitchen[] = {
      "centiliter", "fluid ounce", "gram",  "kilogram",
      "liter",      "milliliter",  "ounce", "pound"};
  bool weighed = false;
  for (size_t i = 0; i < N_OF(kitchen) && !weighed; i++)
    weighed = !strcmp(u->one, kitchen[i]);
  /* after "used", "uses" or "needs", a measure of a mass ("used 8 oz
   * flour"), not a container's size ("used 10 ml syringes") */
  static const char *const needs[] = {"need", "needs", "used", "uses"};
  const char *xw, *xwe;
  bool needed = ks_norm_word_before(n, v->p, needs, N_OF(needs)) &&
                !((xw = ks_norm_next_word(n, noun_at, &xwe)) != NULL &&
                  xwe - xw > 3 && xwe[-1] == 's');
  /* "and approx. 4 oz lemon juice": a hedge between the list's "and"
   * or comma and the amount */
  static const char *const hedges[] = {"about", "approx", "approximately",
                                       "around", "roughly"};
  const char *at = v->p, *hw, *hwe;
  if (v->p - n->s >= 8 && starts(v->p - 8, end, "approx. "))
    at = v->p - 8;
  else if (ks_norm_word_before(n, v->p, hedges, N_OF(hedges)))
    at = n->prev;
  bool and_before = at == v->p
                        ? ks_norm_word_before(n, v->p, and, N_OF(and))
                        : (hw = ks_norm_prev_word(n, at, &hwe)) != NULL &&
                              word_is(hw, (size_t)(hwe - hw), and, N_OF(and));
  bool ingredient =
      weighed &&
      (ks_norm_word_before(n, v->p, cooks, N_OF(cooks)) || calls_for ||
       needed ||
       /* "Custard, or 300ml double cream"; not a size after a
        * determiner or an owner, "The 40g chocolate bar" */
       ((v->p == n->s ||
         ((n->topics & KS_TOPIC_RECIPE) && !ks_norm_after_determiner(n, v->p) &&
          !possessive_before(n, v->p))) &&
        list_line(n)) ||
       /* the list goes on: "Combine 500g flour, 7g dried yeast and
        * 300ml warm water" */
       ((and_before || (at - n->s >= 2 && at[-1] == ' ' && at[-2] == ',')) &&
        (ks_norm_sentence_has(n, cooks, N_OF(cooks)) ||
         ks_norm_sentence_has(n, calls, N_OF(calls)) ||
         ks_norm_sentence_has(n, needs, N_OF(needs))))) &&
      !(noun_at < end - 1 && *noun_at == ' ' &&
        ks_norm_pack_noun(noun_at + 1, end)); /* "Use 500ml bottles" */
  /* "a radius of 3 cm covers", "at a depth of 10 km": after a measure's
   * noun and "of" the amount is the measure's, in the plural whatever
   * follows */
  static const char *const of[] = {"of"};
  static const char *const dims[] = {
      "altitude", "depth",  "diameter", "distance",  "elevation", "height",
      "length",   "radius", "range",    "thickness", "width",     "wingspan"};
  bool measure = ks_norm_word_before(n, v->p, of, N_OF(of)) &&
                 ks_norm_word_within(n, n->prev, 1, dims, N_OF(dims));
  /* "26g fat, 890mg sodium": a serving's nutrients, an amount of each */
  static const char *const nutrients[] = {
      "caffeine",    "calcium", "carbohydrate", "carbohydrates", "carbs",
      "cholesterol", "fat",     "fibre",        "fiber",         "iron",
      "potassium",   "protein", "salt",         "sat",           "saturated",
      "saturates",   "sodium",  "sugar",        "sugars"};
  bool nutrient = (!strcmp(u->abbr, "g") || !strcmp(u->abbr, "mg") ||
                   !strcmp(u->abbr, "mcg")) &&
                  ks_norm_next_is(n, noun_at, nutrients, N_OF(nutrients));
  bool rate = strstr(u->many, " per ") != NULL,
       plural = rate || spoon || ingredient || measure || nutrient ||
                (!strcmp(u->abbr, "m") &&
                 (event_after(n, noun_at) || race_after(n, v, noun_at)));
  one = num_is_one(v) || after_a(n, v->p) || hyphen ||
        /* "the 50 km/h limit": a rate before its noun, after "the" */
        (rate && ks_norm_after_determiner(n, v->p) &&
         ks_norm_noun_after(n, noun_at)) ||
        /* "the 366m x 51m vessel": the first of two measures before their
         * noun, after a determiner */
        ((ks_norm_after_determiner(n, v->p) ||
          (v->p > n->s && v->p[-1] == '(')) &&
         second_measure(n, after)) ||
        /* "a 3 m by 4 m patio" (not "1 m by 2 m.") */
        (said_before_by(n, u->one, v->p) && ks_norm_noun_after(n, noun_at)) ||
        /* "the 5m-tall statue": a compound adjective */
        (after < end - 1 && *after == '-' &&
         ks_is_lower((unsigned char)after[1])) ||
        (r > q && !u->abbr[1] && ks_is_upper((unsigned char)u->abbr[0]) &&
         !v->dot && !ends) || /* "a 9 V battery" */
        /* "shot on 16 mm stock", "330 ml glass bottles": spaced too, a
         * unit of two letters or more before a noun */
        /* a temperature only after a determiner ("a 180°C oven", but
         * "160°C fan": the oven's setting) */
        (!plural &&
         (!strstr(u->one, "Celsius") && !strstr(u->one, "Fahrenheit")
              ? r == q || ks_norm_after_determiner(n, v->p) || u->abbr[1] ||
                    possessive_before(n, v->p) ||
                    /* "a new 9 m video screen" */
                    ks_norm_after_determiner_and_word(n, v->p)
              : ks_norm_after_determiner(n, v->p)) &&
         ks_norm_noun_after(n, noun_at)) ||
        /* "the 3,000 sq ft home"; "drove 30 km home" is where they went */
        (ks_norm_after_determiner(n, v->p) && starts(noun_at, end, " home") &&
         !alnum_at(noun_at + 5, end)) ||
        /* "the 30W one that ships with it": "one" standing for the noun */
        (ks_norm_after_determiner(n, v->p) &&
         (starts(noun_at, end, " one") || starts(noun_at, end, " ones")) &&
         !alnum_at(noun_at + (noun_at + 4 < end && noun_at[4] == 's' ? 5 : 4), end)) ||
        /* glued, a device's unit (technical) before a gerund too:
         * "supports 65W charging" (not "ran 5km running") */
        (r == q && technical(u) && ks_norm_noun_or_gerund_after(n, noun_at)) ||
        /* (not an ingredient's amount: "60g blanched hazelnuts") */
        (r == q && !rate && !ingredient &&
         (name_after(n, after) || ks_norm_attributive_after(n, after))) ||
        height_before_noun(n, u, after) ||
        /* "a single 330ml can of cola", "500ml bottles": a pack's size */
        (noun_at < end - 1 && *noun_at == ' ' &&
         ks_norm_pack_noun(noun_at + 1, end));
  /* "a yield of 200 Mt of TNT": a blast's megatonnes (elsewhere "83.9Mt
   * of ore", million tonnes) */
  if (!strcmp(u->abbr, "Mt")) {
    static const char *const blast[] = {
        "asteroid", "blast",     "bomb",    "bombs",         "detonation",
        "eruption", "explosion", "nuclear", "thermonuclear", "TNT",
        "warhead",  "warheads",  "yield",   "yielded"};
    if (ks_norm_sentence_has(n, blast, N_OF(blast))) {
      ks_buf_puts(n->out, one ? "megatonne" : "megatonnes");
      return unit_stop_end(after, end);
    }
  }
  return say_unit(n, u, after, one);
}

/* "-a-plate", "-per-hour": an amount made part of a word by hyphens, said
 * in the singular ("a one thousand dollar-a-plate dinner"). */
static bool per_word_after(const char *q, const char *end) {
  return starts(q, end, "-a-") || starts(q, end, "-an-") ||
         starts(q, end, "-per-");
}

/* A scale word after an amount: "billion", "bn", "m"; glued, spaced or
 * hyphened ("a $5-million deal": *hyphen is then set, when asked). */
static const char *scan_scale(const struct ks_lang *lang, const char *p,
                              const char *end, const char **word,
                              bool *hyphen) {
  const char *r = p;
  if (hyphen)
    *hyphen = r < end - 1 && *r == '-' && ks_is_alpha((unsigned char)r[1]);
  if (r < end && (*r == ' ' || (hyphen && *hyphen)))
    r++;
  for (size_t i = 0; i < lang->n_scales; i++) {
    const char *w = lang->scales[i].written;
    size_t wl = strlen(w);
    const char *e = r + wl;
    /* "Raises $5 Million": a headline's capital on the long words */
    if (!starts(r, end, w) && !(wl >= 7 && starts_ci(r, end, w)))
      continue;
    if (e < end && ks_is_alpha((unsigned char)*e))
      continue;
    *word = lang->scales[i].spoken;
    return e;
  }
  return NULL;
}

/* A currency whose hundredths no one counts ("¥152.35" is a rate, "one
 * hundred fifty-two point three five yen"). */
static bool no_hundredths(const struct ks_currency *cur) {
  static const char *const whole[] = {"dong", "rupiah", "won", "yen"};
  for (size_t i = 0; i < N_OF(whole); i++)
    if (strstr(cur->one, whole[i]))
      return true;
  return false;
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

/* The capitalised words at w, or one of the three words in small letters
 * after them, are a kind of payment or prize: "the £150 Warm Home
 * Discount", "the $500 Visa gift card" name a kind, as "the $49 charging
 * brick" does, not the subject of a clause ("the $500 Trump gave"). */
static bool names_a_kind(const struct norm *n, const char *w) {
  static const char *const kinds[] = {
      "allowance", "award",   "bonus",    "card",      "charge",
      "cheque",    "credit",  "discount", "fee",       "fund",
      "grant",     "levy",    "package",  "pass",      "payment",
      "plan",      "prize",   "program",  "programme", "rebate",
      "scheme",    "subsidy", "tax",      "ticket",    "voucher"};
  const char *we = w;
  int after = 0;
  while (w && after < 3) {
    we = alpha_end(w, n->end);
    if (word_is(w, (size_t)(we - w), kinds, N_OF(kinds)))
      return true;
    if (!ks_is_upper((unsigned char)*w))
      after++;
    w = ks_norm_next_word(n, we, &we);
  }
  return false;
}

/* "a new $320m plant", "a further £5m grant": "a" and an adjective of
 * adding before the amount at p. */
static bool after_a_new(const struct norm *n, const char *p) {
  /* (and of sizing: "a typical A$600,000 home loan", "a whopping $2m
   * bonus"; not "an estimated $4.9 billion fighting fires") */
  static const char *const adding[] = {
      "additional", "average", "extra",    "fresh",    "further",
      "hefty",      "massive", "mere",     "modest",   "new",
      "planned",    "proposed", "record",  "separate", "staggering",
      "typical",    "whopping"};
  const char *w, *we, *a, *ae;
  return (w = ks_norm_prev_word(n, p, &we)) != NULL && we + 1 == p &&
         word_is(w, (size_t)(we - w), adding, N_OF(adding)) &&
         (a = ks_norm_prev_word(n, w, &ae)) != NULL && ae + 1 == w &&
         (eq_ci(a, (size_t)(ae - a), "a") || eq_ci(a, (size_t)(ae - a), "an"));
}

/* The capitalised word at w and the next one make a name of a thing
 * sold, after the amount: "the £7,950 Track Pack", "the $1,099 Galaxy
 * Fold" (not "the $500 Trump gave"). */
static bool subject_after(const struct norm *n, const char *q);

static bool two_capitals(const struct norm *n, const char *w) {
  static const char *const verbs[] = {
      "bet",  "expected", "gave",  "gives", "got",  "had",  "has",  "have",
      "lent", "lost",     "made",  "owed",  "owes", "paid", "pays", "put",
      "said", "sent",     "spent", "took",  "was",  "were", "won"};
  const char *we = alpha_end(w, n->end), *x, *xe, *y, *ye;
  if (!(we - w >= 2 && ks_is_lower((unsigned char)w[1]) &&
        (x = ks_norm_next_word(n, we, &xe)) != NULL && x == we + 1 &&
        xe - x >= 2 && ks_is_upper((unsigned char)*x)))
    return false;
  /* not the subject of a clause: "the $3.31 billion Wall Street analysts
   * had expected", "the $500 Trump Organization paid" */
  y = ks_norm_next_word(n, xe, &ye);
  return !subject_after(n, xe) &&
         !(y && ks_is_lower((unsigned char)*y) &&
           (word_is(y, (size_t)(ye - y), verbs, N_OF(verbs)) ||
            (ye - y > 3 && ye[-2] == 'e' && ye[-1] == 'd')));
}

/* The capitalised name at w..we names a kind of the noun after it ("the
 * $35m Lotto jackpot"): a noun of what an amount is the size of after
 * it, not a verb of the name as a subject ("the $2bn Apple said"). */
static bool name_before_noun(const struct norm *n, const char *w,
                             const char *we) {
  /* (nouns of what an amount is the size of; a word in -s after a name is
   * as often its verb: "the £500,000 Jones owes") */
  static const char *const kinds[] = {
      "bailout",  "bid",      "bonus",    "budget",     "contract",
      "deal",     "expansion", "farmhouse", "fee",      "fine",
      "fund",     "grant",    "home",     "house",      "investment",
      "jackpot",  "loan",     "mansion",  "merger",     "offer",
      "order",    "package",  "payout",   "plan",       "prize",
      "program",  "programme", "project", "purse",      "scheme",
      "settlement", "stadium", "takeover", "transfer",  "upgrade"};
  return we - w >= 3 && ks_is_lower((unsigned char)w[1]) &&
         ks_norm_next_is(n, we, kinds, N_OF(kinds));
}

/* After "a", any word in small letters but a little word follows an
 * amount that describes it: "a $1.9 billion domed stadium". */
static bool modifies_after_a(const struct norm *n, const char *q, bool a) {
  const char *w, *we, *end = n->end;
  /* "a $500 “affordability cheque”": a noun in quotation marks */
  size_t ql = q < end - 4 && *q == ' '
                  ? (q[1] == '"'                         ? 1
                     : !memcmp(q + 1, "\xE2\x80\x9C", 3) ? 3
                                                         : 0)
                  : 0;
  if (ql) {
    w = q + 1 + ql;
    we = alpha_end(w, end);
    return we - w >= 3 && ks_is_lower((unsigned char)*w) &&
           !(we[-2] == 'l' && we[-1] == 'y') &&
           !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w,
                            (size_t)(we - w));
  }
  /* "the $29 72W charger": a measure glued to its unit */
  if (q < end - 2 && *q == ' ' && ks_is_digit((unsigned char)q[1])) {
    const char *d = digit_end(q + 1, end);
    return d < end && ks_is_alpha((unsigned char)*d);
  }
  if ((w = ks_norm_next_word(n, q, &we)) != NULL &&
      ks_is_upper((unsigned char)*w)) {
    /* "a £2.75m January signing": a month before a noun */
    const char *x, *xe;
    if (ks_norm_month_of(n, w, (size_t)(we - w)) &&
        (x = ks_norm_next_word(n, we, &xe)) != NULL &&
        ks_is_lower((unsigned char)*x) && xe - x >= 3)
      return true;
    /* "a £38,000 Rolex", "a $2bn Medicaid expansion": after "a" the
     * amount is no noun of its own, so a name after it is its noun or
     * part of one */
    if ((a && !eq_ci(w, (size_t)(we - w), "I")) || two_capitals(n, w))
      return true;
    /* "the $35m Lotto jackpot": after another determiner, a name and
     * the noun it names a kind of (not "the $5m Smith paid") */
    if (name_before_noun(n, w, we))
      return true;
    return names_a_kind(n, w);
  }
  /* "a $750K home": after "a", a noun the list of words that are no
   * nouns holds for its other uses ("went home") */
  static const char *const a_nouns[] = {"home", "house", "return"};
  if (a && w && word_is(w, (size_t)(we - w), a_nouns, N_OF(a_nouns)))
    return true;
  /* not an adverb: "the $20 reportedly demanded" */
  return w && ks_is_lower((unsigned char)*w) && we - w >= 3 &&
         !(we[-2] == 'l' && we[-1] == 'y') &&
         !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w,
                          (size_t)(we - w));
}

/* A determiner or a possessive right before the amount at p: "the $49
 * charging brick", "Apple's $99 keyboard", "their $20 fee"; the amount
 * then names a kind, in the singular, before a word that can be a noun
 * (modifies_after_a). */
static bool after_determiner(const struct norm *n, const char *p) {
  static const char *const dets[] = {"her",  "his",  "its",   "my",
                                     "our",  "that", "the",   "their",
                                     "this", "your", "whose", "every"};
  const char *w = n->prev;
  size_t wl = n->prev_len;
  /* "Government’s $12.5b": the word kept as context may stop at a curly
   * apostrophe, so the possessive is read from the text */
  if (p - n->s >= 5 && p[-1] == ' ' &&
      (!memcmp(p - 5, "\xE2\x80\x99s", 4) || (p[-3] == '\'' && p[-2] == 's'))) {
    /* not "it's", "that's": a verb's contraction */
    static const char *const is[] = {"he",    "here", "it",    "she", "that",
                                     "there", "what", "where", "who"};
    const char *ae = p - (p[-3] == '\'' ? 3 : 5), *a = ae;
    while (a > n->s && ks_is_alpha((unsigned char)a[-1]))
      a--;
    if (a < ae)
      return !word_is(a, (size_t)(ae - a), is, N_OF(is));
  }
  if (!w || w + wl + 1 != p)
    return false;
  if (word_is(w, wl, dets, N_OF(dets)))
    return true;
  return ks_norm_possessive(w, wl);
}

/* The word after q is a plural, the subject of a clause, before its
 * verb: "the $1.31bn analysts had expected". */
static bool subject_after(const struct norm *n, const char *q) {
  static const char *const verbs[] = {
      "expected", "forecast", "had", "have",  "paid",   "predicted",
      "raised",   "said",     "saw", "spent", "wanted", "were"};
  const char *w, *we, *x, *xe;
  return (w = ks_norm_next_word(n, q, &we)) != NULL && we - w > 3 &&
         we[-1] == 's' && ks_is_lower((unsigned char)*w) &&
         (x = ks_norm_next_word(n, we, &xe)) != NULL &&
         word_is(x, (size_t)(xe - x), verbs, N_OF(verbs));
}

/* After the amount at r (and its scale word), a participle or a clause:
 * "the $300 million allocated", "the $40 million raised", "the $500
 * Trump gave"; after "the" the amount is then a quantity, not a kind. */
static bool participle_after(const struct norm *n, const char *r,
                             const char *end) {
  const char *q = r, *w, *we;
  while (q < end && (ks_is_alnum((unsigned char)*q) || *q == '.' || *q == ','))
    q++;
  {
    const char *word, *a = scan_scale(n->lang, q, end, &word, NULL);
    if (a)
      q = a; /* "$300 million" */
  }
  if ((w = ks_norm_next_word(n, q, &we)) == NULL)
    return false;
  if (ks_is_upper((unsigned char)*w))
    return !names_a_kind(n, w) && /* a name, the subject of a clause */
           !two_capitals(n, w) &&
           /* (not a name before the noun it names a kind of: "the $35m
            * Lotto jackpot") */
           !name_before_noun(n, w, we);
  if (subject_after(n, q))
    return true;
  return we - w > 3 && we[-2] == 'e' && we[-1] == 'd';
}

/* A noun after q that the amount describes, said with the currency in
 * the singular ("a $25 fee"); not after a verb whose object is the amount
 * (quantity), nor "bail", "cash" or a court's "costs", "compensation" and
 * "damages", which the amount is ("held on $50,000 bail": fifty thousand
 * dollars bail; "paid $36,000 cash", "ordered to pay £85 costs"). */
static bool describes(const struct norm *n, const char *q, bool quantity) {
  static const char *const measured[] = {"bail", "cash", "compensation",
                                         "costs", "damages"};
  /* "old $100 bills were swapped", "the ₹500 and ₹1,000 notes": a note
   * or a coin of the amount, the next amount's too when joined to it */
  static const char *const forms[] = {"banknote", "banknotes", "bill", "bills",
                                      "coin",     "coins",     "note", "notes"};
  const char *c = q, *end = n->end;
  if (starts(c, end, " and ") || starts(c, end, " or ")) {
    c += c[1] == 'a' ? 4 : 3;
    const char *t = c + 1;
    while (t < end && *t != ' ')
      t++;
    /* the next word is an amount: a figure in it, no letters after */
    bool figure = false, letters = false;
    for (const char *k = c + 1; k < t; k++) {
      figure = figure || ks_is_digit((unsigned char)*k);
      letters = letters || (figure && ks_is_alpha((unsigned char)*k));
    }
    c = figure && !letters ? t : q;
  }
  if (ks_norm_next_is(n, c, forms, N_OF(forms)))
    return true;
  /* "the £15 late fee", "a $40 monthly charge": an adjective of time or
   * size that no noun list holds, then the noun */
  static const char *const adjectives[] = {
      "annual", "daily", "extra", "late", "monthly", "nightly", "weekly",
      "yearly"};
  const char *a, *ae;
  if (!quantity && (a = ks_norm_next_word(n, q, &ae)) != NULL &&
      word_is(a, (size_t)(ae - a), adjectives, N_OF(adjectives)) &&
      ks_norm_noun_after(n, ae) && !subject_after(n, ae))
    return true;
  return !quantity && ks_norm_noun_after(n, q) &&
         !ks_norm_next_is(n, q, measured, N_OF(measured)) &&
         !subject_after(n, q);
}

/* "a $5-million deal", "a $40-million Medicaid expansion": an amount
 * joined to its scale by a hyphen is said in the singular before a noun
 * it describes or a name that is no day or month; not before a function
 * word, a day or at a clause's end ("on up to $155-billion of imports",
 * "paid $5-million Tuesday", "raised $5-million."). */
static bool joined_before_word(const struct norm *n, const char *q) {
  /* words that a noun is not: "of", "is", "so far", "that" ("a
   * $2.1-million home" has its noun) */
  static const char *const function_words[] = {
      "a",    "after", "an",   "and",  "are",   "as",  "at",   "before", "by",
      "each", "for",   "from", "in",   "into",  "is",  "last", "next",   "of",
      "on",   "or",    "over", "per",  "since", "so",  "than", "that",   "the",
      "this", "to",    "was",  "were", "which", "with"};
  const char *w, *we;
  if (ks_norm_noun_after(n, q))
    return true;
  if (!(w = ks_norm_next_word(n, q, &we)))
    return false;
  if (ks_is_lower((unsigned char)*w))
    return !word_is(w, (size_t)(we - w), function_words,
                    N_OF(function_words)) &&
           !(we - w > 3 && we[-2] == 'l' && we[-1] == 'y');
  return !ks_norm_month_of(n, w, (size_t)(we - w)) &&
         !ks_norm_weekday_of(n, w, (size_t)(we - w));
}

/* After an amount at q, the words of an exchange rate: "against the
 * dollar", "to the euro", "per USD", or another amount and one of them
 * ("HK$7.75 to HK$7.85 per USD"). */
static bool fx_rate_at(const struct norm *n, const char *q) {
  const char *end = n->end, *r = q;
  for (int k = 0; k < 2; k++) {
    const char *ce;
    if ((k == 0 && starts(r, end, " against the ")) ||
        starts(r, end, " to the dollar") || starts(r, end, " per dollar") ||
        starts(r, end, " to the euro") || starts(r, end, " per US dollar") ||
        (starts(r, end, " per ") && r + 8 <= end &&
         ks_norm_scan_currency(n->lang, r + 5, end, &ce) && ce == r + 8 &&
         !alnum_at(ce, end)))
      return true;
    /* the second of two amounts, across "to" or a dash */
    if (starts(r, end, " to "))
      r += 4;
    else if (starts(r, end, "-"))
      r += 1;
    else if (starts(r, end, "\xE2\x80\x93"))
      r += 3;
    else
      return false;
    const char *sign = r; /* the second amount's sign */
    while (r < end && !ks_is_digit((unsigned char)*r) && *r != ' ' &&
           r - sign < 5)
      r++;
    if (r >= end || !ks_is_digit((unsigned char)*r))
      return false;
    while (r < end && (ks_is_digit((unsigned char)*r) || *r == '.'))
      r++;
  }
  return false;
}

/* The currency's own word at w, its singular or its plural, whole (any
 * case, or only as the table writes it): where it ends, or NULL. */
static const char *currency_word_at(const struct ks_currency *cur,
                                    const char *w, const char *end,
                                    bool any_case) {
  const char *const words[] = {cur->one, cur->many};
  for (size_t i = 0; i < 2; i++) {
    size_t l = strlen(words[i]);
    if ((any_case ? starts_ci(w, end, words[i]) : starts(w, end, words[i])) &&
        !alnum_at(w + l, end))
      return w + l;
  }
  return NULL;
}

/* Another currency's word at w after a dollar's amount, its singular or
 * its plural as the table writes it ("$587.3 million pa'anga", "$60
 * tala": the dollar's sign is that currency's there): the currency, and
 * where its word ends in *we; else NULL. */
static const struct ks_currency *other_currency_at(const struct norm *n,
                                                   const struct ks_currency *cur,
                                                   const char *w,
                                                   const char **we) {
  /* (only the currencies whose papers write a dollar's sign, none of
   * them an English word: not "$20 million won't", "$2 million real
   * estate", "a $5 pound bag") */
  static const char *const dollar_signed[] = {"pa'anga", "pataca", "peso",
                                              "tala"};
  if (w >= n->end || !ks_is_lower((unsigned char)*w) || *cur->sign != '$')
    return NULL;
  for (size_t i = 0; i < n->lang->n_currencies; i++) {
    const struct ks_currency *c = &n->lang->currencies[i];
    if (c != cur && strcmp(c->many, cur->many) &&
        word_is(c->one, strlen(c->one), dollar_signed, N_OF(dollar_signed)) &&
        (*we = currency_word_at(c, w, n->end, false)) != NULL)
      return c;
  }
  return NULL;
}

/* "$4.5 billion" -> "four point five billion dollars"; "$2.50" -> "two
 * dollars fifty cents"; "$20/mo" -> "twenty dollars per month". After a
 * verb whose object is the amount (quantity: "worth A$20 features") a
 * word after it is no noun it modifies. a_before: 2 after "a" (or "a
 * new"), 1 after another determiner or a possessive, 0 elsewhere. */
static const char *say_money(struct norm *n, const struct ks_currency *cur,
                             const char *q, int a_before, bool quantity) {
  const char *end = n->end, *word = NULL, *after, *span = NULL,
             *span_end = NULL;
  const struct ks_currency *c2;
  struct num v, v2;
  int cents;
  bool hyphen = false;

  if (!ks_norm_scan_num(q, end, &v))
    return NULL;
  if (v.ndig == 0)
    v.ok = true; /* "$.50": no whole part */
  /* "₲850.000", "Gs. 2.798.309": thousands grouped by stops, as Paraguay
   * and much of Europe write them (two groups or more; one only for a
   * currency with no hundredths, where three figures after a stop are no
   * decimals) */
  {
    const char *g = v.end, *d;
    uint64_t whole = v.ival;
    int groups = 0;
    if (v.ok && v.dot && v.ndig <= 3 && !v.commas)
      for (g = v.dot; g + 3 < end && *g == '.' &&
                      digit_end(g + 1, end) == g + 4;
           g += 4) {
        for (d = g + 1; d < g + 4; d++)
          whole = whole * 10 + (uint64_t)(*d - '0');
        groups++;
      }
    /* (and for the euro, whose cents are two figures: "€1.200 a month";
     * not a price of fuel or power in thousandths, "€1.789 a litre") */
    static const char *const fuel[] = {"gallon", "kWh", "l", "liter",
                                       "litre"};
    /* (round hundreds only, "€1.200", "€12.500": a price in thousandths,
     * a share's or a rate's, is not, "€1.749", "€1.165"; nor before a
     * scale, "€2.500 million") */
    const char *sc;
    bool euro_thousands = groups == 1 && v.ival > 0 &&
                          !strcmp(cur->many, "euros") &&
                          !(g < end && *g == '/') && g[-1] == '0' &&
                          g[-2] == '0' &&
                          !scan_scale(n->lang, g, end, &sc, NULL);
    for (const char *w = g, *we; euro_thousands && w < g + 16 &&
                                 (w = ks_norm_next_word(n, w, &we)) != NULL;
         w = we)
      if (word_is(w, (size_t)(we - w), fuel, N_OF(fuel)))
        euro_thousands = false;
    if ((groups >= 2 || (groups == 1 && !cur->minor_one) || euro_thousands) &&
        !(g < end - 1 && (*g == '.' || *g == ',') &&
          ks_is_digit((unsigned char)g[1]))) {
      sep(n);
      ks_num_cardinal(n->out, whole);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, cur->many);
      return g;
    }
  }
  after = scan_scale(n->lang, v.end, end, &word, &hyphen);
  /* "US$200m–210m", "£20m-30m": a range whose amounts both carry the
   * scale, said once after the second ("twenty to thirty million
   * pounds") */
  if (word && after && after < end - 1 &&
      (*after == '-' || starts(after, end, "–"))) {
    const char *x = after + (*after == '-' ? 1 : strlen("–")), *w2 = NULL, *af2;
    if (x < end && ks_is_digit((unsigned char)*x) &&
        ks_norm_scan_num(x, end, &v2) && v2.ndig > 0 &&
        (af2 = scan_scale(n->lang, v2.end, end, &w2, NULL)) != NULL &&
        w2 == word && !(af2 < end && ks_is_alnum((unsigned char)*af2))) {
      sep(n);
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, " to");
      v = v2;
      after = af2;
    }
  }
  /* "$20-30 million": a range of amounts with one scale word */
  if (!word && v.end < end - 1 && (*v.end == '-' || starts(v.end, end, "–")) &&
      ks_norm_scan_num(v.end + (*v.end == '-' ? 1 : strlen("–")), end, &v2) &&
      v2.ndig > 0 &&
      (after = scan_scale(n->lang, v2.end, end, &word, NULL)) != NULL) {
    sep(n);
    ks_norm_say_num(n, &v);
    ks_buf_puts(n->out, " to");
    v = v2;
  }
  /* "$5 to $7 billion", "$5-$7 billion": the scale is the second's too */
  if (!word && v.end < end - 2) {
    const char *x = starts(v.end, end, " to ") ? v.end + 4
                    : *v.end == '-'            ? v.end + 1
                    : starts(v.end, end, "–")  ? v.end + strlen("–")
                                               : NULL;
    const char *a2, *w2 = NULL, *af2;
    if (x && ks_norm_scan_currency(n->lang, x, end, &a2) == cur &&
        ks_norm_scan_num(a2, end, &v2) && v2.ndig > 0 &&
        (af2 = scan_scale(n->lang, v2.end, end, &w2, NULL)) != NULL) {
      sep(n);
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, " to");
      v = v2;
      word = w2;
      after = af2;
    }
  }
  /* "$10-12 an hour", "a £10–£12 range": a range of whole amounts, said
   * with the currency once, after both */
  if (!word && v.ok && !v.dot && v.end < end - 1 &&
      (*v.end == '-' || starts(v.end, end, "–"))) {
    const char *x = v.end + (*v.end == '-' ? 1 : strlen("–")), *a2;
    /* "a £10–£12 range", "cost $5–$8 per kg": the sign written twice,
     * said once too before a noun the range describes or in a sentence's
     * words (alone, a list's price or a table's cell, each amount has
     * its own: "two hundred fifty dollars to three hundred dollars") */
    /* ("US$250,000-$400,000": the second's plain "$" is the first's
     * dollar) */
    const char *sg = q > n->s && q[-1] == ' ' ? q - 1 : q;
    const struct ks_currency *c2x = x < end && !ks_is_digit((unsigned char)*x)
                                        ? ks_norm_scan_currency(n->lang, x, end, &a2)
                                        : NULL;
    if (c2x && c2x != cur && *x == '$' && sg > n->s && sg[-1] == '$')
      c2x = cur;
    if (x < end && !ks_is_digit((unsigned char)*x) && c2x == cur && a2 < end &&
        ks_is_digit((unsigned char)*a2) && ks_norm_scan_num(a2, end, &v2) &&
        (ks_norm_noun_after(n, v2.end) || n->prev != NULL))
      x = a2;
    if (x < end && ks_is_digit((unsigned char)*x) &&
        ks_norm_scan_num(x, end, &v2) && v2.ok && !v2.dot && v2.ival > v.ival &&
        !(v2.end < end && (ks_is_alnum((unsigned char)*v2.end) ||
                           *v2.end == '%' || *v2.end == '-' ||
                           (*v2.end == '.' && v2.end + 1 < end &&
                            ks_is_digit((unsigned char)v2.end[1]))))) {
      sep(n);
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, n->prev && eq_ci(n->prev, n->prev_len, "between")
                              ? " and "
                              : " to ");
      ks_norm_say_num(n, &v2);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, ks_norm_noun_after(n, v2.end) ? cur->one : cur->many);
      if (v2.end < end - 1 && *v2.end == '/' &&
          (x = say_per(n, v2.end)) != NULL)
        return x; /* "₹40-45/kg" */
      return v2.end;
    }
  }
  /* "every $1 spent", "for each £1 raised": the unit alone */
  if (!word && v.ok && !v.dot && v.ival == 1 && !v.commas && n->prev &&
      q - (n->prev + n->prev_len) <= 5 &&
      (eq_ci(n->prev, n->prev_len, "every") ||
       eq_ci(n->prev, n->prev_len, "each")) &&
      !(v.end < end && (ks_is_alnum((unsigned char)*v.end) || *v.end == '-' ||
                        *v.end == '/'))) {
    say(n, cur->one);
    return v.end;
  }
  /* "$360 pesos", "a $1,800-peso-a-night flat", "$5 dollars": the
   * currency written twice, its word after the amount, said once, by
   * that word */
  if (!word && v.ok && v.end < end - 1 && (*v.end == ' ' || *v.end == '-') &&
      (!v.dot || (v.end - v.dot == 3 && *v.end == ' '))) {
    /* (in small letters: not "a $2 Dollar General coupon") */
    const char *we = currency_word_at(cur, v.end + 1, end, false);
    const struct ks_currency *other;
    if (!we && (other = other_currency_at(n, cur, v.end + 1, &we)) != NULL)
      cur = other; /* "$60 tala" */
    if (we && v.dot && v.ival == 0)
      we = NULL; /* "$0.50 dollars more": cents, as they are said alone */
    if (we && !v.dot) {
      sep(n);
      ks_norm_say_num(n, &v);
      return v.end;
    }
    if (we) { /* "$108.57 pesos": the units, their word, the cents */
      sep(n);
      ks_num_cardinal(n->out, v.ival);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, v.ival == 1 ? cur->one : cur->many);
      if (small_val(v.dot + 1, v.end) > 0) {
        ks_buf_putc(n->out, ' ');
        ks_num_cardinal(n->out, small_val(v.dot + 1, v.end));
      }
      return we;
    }
  }
  if (word) {
    /* "a $75.3 billion dollar hit": the currency written twice, said
     * once */
    const char *twice;
    const struct ks_currency *other;
    if (starts(after, end, " ") &&
        (twice = currency_word_at(cur, after + 1, end, true)) != NULL)
      after = twice;
    else if (starts(after, end, " ") &&
             (other = other_currency_at(n, cur, after + 1, &twice)) != NULL) {
      cur = other; /* "$587.3 million pa'anga" */
      after = twice;
    }
    sep(n);
    if (v.ok && !v.dot)
      ks_num_cardinal_plain(n->out, v.ival); /* "four hundred sixty billion" */
    else
      ks_norm_say_num(n, &v);
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, word);
    ks_buf_putc(n->out, ' ');
    /* "a $9 billion order": a nine billion dollar order; "raises $64
     * million Series B": a funding round's name */
    ks_buf_puts(n->out,
                (hyphen && joined_before_word(n, after)) ||
                        /* "a £3m-a-year contract" (set general47) */
                        per_word_after(after, end) ||
                        describes(n, after, quantity) ||
                        starts(after, end, " Series ") ||
                        (a_before && modifies_after_a(n, after, a_before == 2))
                    ? cur->one
                    : cur->many);
    q = after;
  } else {
    cents = cents_of(&v);
    q = v.end;
    /* "RO 4.500", "KWD 1.250": a currency of thousandths (the Gulf's
     * baisa and fils) is said as a decimal, its zeros after the last
     * figure unsaid ("four point five Omani rials") */
    if (v.dot && cur->minor_one &&
        (!strcmp(cur->minor_one, "baisa") || !strcmp(cur->minor_one, "fils"))) {
      cents = -1;
      while (v.end - v.dot > 2 && v.end[-1] == '0')
        v.end--;
    }
    /* "weakened to ₱58.9 against the US dollar": a rate to one decimal,
     * "fifty-eight point nine pesos" */
    if (v.dot && fx_rate_at(n, q))
      cents = -1;
    span = a_before ? per_span_before_noun(n, q, &span_end) : NULL;
    /* not after a code in a sentence about shares or a market's moves
     * ("shares closed at CHF 27.85", "fell 2% to CHF 98.50": a share's
     * price, "twenty-seven point eight five Swiss francs"); elsewhere a
     * code's price of a thing is a price ("a Big Mac cost CHF 6.70", six
     * Swiss francs seventy) */
    static const char *const shares[] = {
        "climbed", "closed", "dropped", "fell",   "gained", "index",
        "jumped",  "lost",   "rose",    "share",  "shares", "slipped",
        "stock",   "stocks", "traded",  "trading"};
    bool share_code =
        cur->sign[0] && cur->sign[1] && cur->sign[2] && !cur->sign[3] &&
                ks_is_upper((unsigned char)cur->sign[0]) &&
                ks_is_upper((unsigned char)cur->sign[1]) &&
                ks_is_upper((unsigned char)cur->sign[2]) &&
                ks_norm_sentence_has(n, shares, N_OF(shares));
    if (cents >= 0 && !cur->minor_one && v.dot && !v.lakh && !share_code &&
        v.ival > 0 && v.end - v.dot == 3 && v.ival < 1000000 &&
        !no_hundredths(cur)) {
      /* "Dh 3.50", "₺32.45": a currency with no name for its hundredths
       * here says them as a price does, "three dirhams fifty" */
      sep(n);
      ks_num_cardinal(n->out, v.ival);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out,
                  v.ival == 1 || describes(n, q, quantity) ||
                          (a_before && modifies_after_a(n, q, a_before == 2))
                      ? cur->one
                      : cur->many);
      if (cents > 0) {
        sep(n);
        ks_num_cardinal(n->out, (uint64_t)cents);
      }
    } else if (cents < 0 || !cur->minor_one || !v.ok) {
      if (cents == 0 && v.ok) {
        v.dot = NULL;
        v.end = q;
      }
      ks_norm_say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      /* "a $1,000-a-plate dinner": the amount is part of a word */
      ks_buf_puts(n->out,
                  num_is_one(&v) || describes(n, q, quantity) ||
                          (a_before && modifies_after_a(n, q, a_before == 2)) ||
                          per_word_after(q, end) || span
                      ? cur->one
                      : cur->many);
    } else {
      if (v.ival > 0 || cents == 0) {
        if (v.lakh) { /* "₹1,09,990": in lakhs, as it is grouped */
          struct num whole = v;
          whole.dot = NULL;
          ks_norm_say_num(n, &whole);
        } else {
          sep(n);
          ks_num_cardinal(n->out, v.ival);
        }
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(
            n->out,
            v.ival == 1 || describes(n, q, quantity) ||
                    (a_before && modifies_after_a(n, q, a_before == 2)) ||
                    (cents == 0 && (per_word_after(q, end) || span))
                ? cur->one
                : cur->many);
      }
      if (cents > 0) {
        /* "$2.41 a pound": in a sentence, after the whole units the
         * cents go without their word, as a newsreader says a price
         * ("two dollars forty-one"); alone they keep it ("ninety-nine
         * cents"), and so does an amount with no word in small letters
         * beside it, a bare price or a cell of figures, read in full
         * ("twenty dollars fifty cents"; "Price: $20.50" is a sentence) */
        /* (no word in small letters in its sentence: "$20.50",
         * "$150.25-$250.67") */
        bool alone = true;
        for (const char *c = n->s; c + 1 < end && alone; c++)
          alone = !(ks_is_lower((unsigned char)c[0]) &&
                    ks_is_lower((unsigned char)c[1]));
        /* (and cents under ten, "one dollar eight cents", which alone
         * would sound like a price's pair of figures) */
        /* (and a rupee's paise and a shilling's cents, which South
         * Asia's and East Africa's newsreaders name after the whole units:
         * "ninety-six rupees seventy-two paise", "seventeen shillings
         * fifteen cents") */
        size_t ml = strlen(cur->many);
        bool named = (ml >= 6 && !strcmp(cur->many + ml - 6, "rupees")) ||
                     (ml >= 9 && !strcmp(cur->many + ml - 9, "shillings"));
        sep(n);
        ks_num_cardinal(n->out, (uint64_t)cents);
        if (v.ival == 0 || alone || cents < 10 || named) {
          ks_buf_putc(n->out, ' ');
          ks_buf_puts(n->out, cents == 1 ? cur->minor_one : cur->minor_many);
        }
      }
    }
  }
  if (q < end - 1 && *q == '/') {
    const char *w = q + 1, *a;
    struct num qty;
    if (span) {
      say(n, ks_norm_article(span));
      say(n, span);
      q = span_end;
    } else if ((a = say_per(n, q)) != NULL) {
      q = a; /* "$5/mo", "$0.12/kWh" */
    } else if (w < end && ks_is_digit((unsigned char)*w) &&
               ks_norm_scan_num(w, end, &qty) && qty.ok &&
               ks_norm_scan_unit(n->lang,
                                 qty.end + (qty.end < end && *qty.end == ' '),
                                 end, &a) &&
               !alnum_at(a, end)) {
      say(n, "for"); /* "₦3,500/10GB": a price for a quantity */
      q = w;
    } else if ((c2 = ks_norm_scan_currency(n->lang, w, end, &a)) != NULL) {
      /* "₦1,465/$1": a rate of exchange to one unit, "to the dollar" */
      bool one = a < end && *a == '1' && !alnum_at(a + 1, end) &&
                 !(a + 2 < end && (a[1] == '.' || a[1] == ',') &&
                   ks_is_digit((unsigned char)a[2]));
      if (one) {
        say(n, "to the");
        say(n, c2->one);
        q = a + 1;
      } else if (a < end && (ks_is_digit((unsigned char)*a) ||
                             (*a == ' ' && a + 1 < end &&
                              ks_is_digit((unsigned char)a[1])))) {
        say(n, "or"); /* "$10/Rs 700": one sum in two currencies */
        q = w;
      } else if (!alnum_at(a, end)) {
        /* "₦1,530/$": a rate of exchange, "to the dollar" */
        say(n, "to the");
        say(n, c2->one);
        q = a;
      }
    }
  }
  return q;
}

/* The sentence names the currency, in small letters ("the rand", not
 * "East Rand", "Rand Paul"). */
static bool names_currency(const struct norm *n, const char *word) {
  size_t len = strlen(word);
  for (const char *c = n->s; c + len <= n->end; c++)
    if (!memcmp(c, word, len) &&
        (c == n->s || !ks_is_alpha((unsigned char)c[-1])) &&
        !alnum_at(c + len, n->end))
      return true;
  return false;
}

/* Another amount in the sentence, not at p, has the rand's sign and a
 * thousands' comma or cents ("about R1,500, and the fee is R460"): the
 * sentence counts in rand. */
static bool rand_elsewhere(const struct norm *n, const char *p) {
  const char *c, *d;
  for (c = n->s; c + 2 < n->end; c++) {
    if (*c != 'R' || c == p || !ks_is_digit((unsigned char)c[1]) ||
        (c > n->s && ks_is_alnum((unsigned char)c[-1])))
      continue;
    d = digit_end(c + 1, n->end);
    if (d + 1 < n->end && (*d == ',' || *d == '.') &&
        digit_end(d + 1, n->end) == d + (*d == ',' ? 4 : 3) &&
        !alnum_at(d + (*d == ',' ? 4 : 3), n->end))
      return true;
  }
  return false;
}

/* A national road's number glued to its "N" at p..e ("N2"): one or two
 * figures, alone. */
static bool n_road_at(const struct norm *n, const char *p, const char *e) {
  const char *d = p + 1;
  return e - p >= 2 && e - p <= 3 && *p == 'N' && digit_end(d, n->end) == e &&
         !alnum_at(e, n->end) &&
         (p == n->s || !ks_is_alnum((unsigned char)p[-1]));
}

/* An "R" and figures at p..e joined to a national road by "and" or "or"
 * ("the N2 and R61 closed", "R102 or N3"): a regional road's number, not
 * rand. */
static bool beside_n_road(const struct norm *n, const char *p, const char *e) {
  const char *end = n->end, *x;
  if (p - n->s >= 7 &&
      (starts(p - 5, end, " and ") || starts(p - 4, end, " or "))) {
    const char *b = starts(p - 5, end, " and ") ? p - 5 : p - 4;
    for (x = b; x > n->s && ks_is_alnum((unsigned char)x[-1]); x--)
      ;
    if (n_road_at(n, x, b))
      return true;
  }
  if (starts(e, end, " and ") || starts(e, end, " or ")) {
    x = e + (starts(e, end, " and ") ? 5 : 4);
    const char *xe = x;
    while (xe < end && ks_is_alnum((unsigned char)*xe))
      xe++;
    return n_road_at(n, x, xe);
  }
  return false;
}

/* The language's currency that needs context at p ("R15bn", "costs
 * R500"), glued to its amount; where the sign ends in *q. */
static const struct ks_currency *
context_currency(const struct norm *n, const char *p, const char **q) {
  static const char *const the[] = {"the"};
  const struct ks_currency *c = NULL;
  const char *end = n->end, *a, *w, *we, *pw, *pwe;
  struct num v;
  bool priced;
  for (size_t i = 0; i < n->lang->n_context_currencies && !c; i++)
    if (starts(p, end, n->lang->context_currencies[i].sign))
      c = &n->lang->context_currencies[i];
  if (!c || (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  a = p + strlen(c->sign);
  if (a >= end || !ks_is_digit((unsigned char)*a) ||
      !ks_norm_scan_num(a, end, &v))
    return NULL;
  /* "R1.2-million" too, as South Africa's papers write it */
  w = v.end < end && (*v.end == ' ' || *v.end == '-') ? v.end + 1 : v.end;
  we = alpha_end(w, end);
  /* "costs R500", "lunches @ R85 each"; "above R24" (here only: "above
   * 30c" elsewhere is a temperature) */
  static const char *const levels[] = {"above", "below"};
  priced =
      ks_norm_word_before(n, p, n->lang->price_words, n->lang->n_price_words) ||
      ks_norm_word_before(n, p, levels, N_OF(levels)) ||
      (p - n->s >= 2 && p[-1] == ' ' && p[-2] == '@');
  /* "the R100 joining fee", "a R50 fine": before a word of price, one
   * word of what kind between */
  if (!priced && w == v.end + 1 && we > w) {
    static const char *const charges[] = {
        "charge", "deposit", "fee", "fees", "fine", "levy", "toll", "voucher"};
    const char *x = w, *xe = we;
    if (!word_is(x, (size_t)(xe - x), charges, N_OF(charges)) && xe < end - 1 &&
        *xe == ' ' && ks_is_lower((unsigned char)*x)) {
      x = xe + 1;
      xe = alpha_end(x, end);
    }
    /* not "the R445 toll road": a road's number */
    priced = word_is(x, (size_t)(xe - x), charges, N_OF(charges)) &&
             !starts(xe, end, " road") && !starts(xe, end, " bridge");
  }
  /* "was selling for R35", "sold for R1.2m": a sale's "for" */
  static const char *const sales[] = {
      "available", "bought", "buy",   "going",   "goes", "retail",
      "retails",   "sell",   "sells", "selling", "sold", "went"};
  if (!priced && (pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
      eq_ci(pw, (size_t)(pwe - pw), "for") &&
      (pw = ks_norm_prev_word(n, pw, &pwe)) != NULL &&
      word_is(pw, (size_t)(pwe - pw), sales, N_OF(sales)))
    priced = true;
  /* "3 for R25", "two for R50": a deal's count, then its price */
  if (!priced && (pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
      eq_ci(pw, (size_t)(pwe - pw), "for") && pw - n->s >= 2 && pw[-1] == ' ') {
    const char *d = pw - 1;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    if (d < pw - 1 && pw - 1 - d <= 2 &&
        (d == n->s || !ks_is_alnum((unsigned char)d[-1])))
      priced = true;
    else if ((pw = ks_norm_prev_word(n, pw, &pwe)) != NULL)
      priced = ks_num_word_value(pw, (size_t)(pwe - pw)) >= 2 &&
               ks_num_word_value(pw, (size_t)(pwe - pw)) <= 10;
  }
  /* "Tickets are R150": after a verb of being whose subject is a price */
  static const char *const being[] = {"are", "is", "was", "were"};
  if (!priced && (pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
      word_is(pw, (size_t)(pwe - pw), being, N_OF(being)) &&
      (pw = ks_norm_prev_word(n, pw, &pwe)) != NULL) {
    static const char *const prices[] = {
        "admission", "entry",  "fare", "fares",  "fee",    "fees",
        "price",     "prices", "rent", "ticket", "tickets"};
    priced = word_is(pw, (size_t)(pwe - pw), prices, N_OF(prices));
  }
  /* "R280–R450": two amounts of the sign across a dash, this the first
   * or the second */
  if (!priced && !v.dot && c->sign[0] == 'R' && !c->sign[1])
    priced = ks_norm_rand_dash(n, v.end) ||
             (p - n->s >= 1 && p[-1] == '-' && ks_norm_rand_dash(n, p - 1)) ||
             (p - n->s >= 3 && starts(p - 3, end, "–") &&
              ks_norm_rand_dash(n, p - 3));
  /* "about R1,500, and the fee is R460": the sentence counts in rand
   * (not a model after its maker, "Golf R32", nor a road or a rating
   * after "the", "use", "on", "rated") */
  static const char *const not_prices[] = {"on",  "rated", "take",
                                           "the", "use",   "via"};
  if (!priced && c->sign[0] == 'R' && !c->sign[1] && rand_elsewhere(n, p) &&
      !((pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
        ((ks_is_upper((unsigned char)*pw) &&
          !ks_norm_first_of_sentence(n, pw)) ||
         word_is(pw, (size_t)(pwe - pw), not_prices, N_OF(not_prices)))))
    priced = true;
  /* "a fee of R460" */
  if (!priced && (pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
      eq_ci(pw, (size_t)(pwe - pw), "of") &&
      (pw = ks_norm_prev_word(n, pw, &pwe)) != NULL)
    priced = ks_lang_in_list(n->lang->price_words, n->lang->n_price_words, pw,
                             (size_t)(pwe - pw));
  /* "R796 a month", "R3.70/litre", "R1.98": a rate, or cents as a price
   * writes them */
  if (!priced && !alnum_at(v.end, end) &&
      ((v.dot && v.end - v.dot == 3) ||
       (v.end < end - 1 && *v.end == '/' &&
        ks_is_alpha((unsigned char)v.end[1])) ||
       starts(v.end, end, " a month") || starts(v.end, end, " a year") ||
       starts(v.end, end, " a week") || starts(v.end, end, " a day") ||
       starts(v.end, end, " per ")))
    priced = c->sign[0] == 'R';
  /* in an article about South Africa, any amount after "R" is rand;
   * not a road's or a bond's name ("the R557", "the R2035 bond") */
  static const char *const named[] = {
      "bond", "bonds", "freeway", "highway", "interchange", "road", "route"};
  if (c->sign[0] == 'R' && !c->sign[1] &&
      (ks_norm_next_is(n, v.end, named, N_OF(named)) ||
       /* a bare whole number: "R3bn on the N2" is money */
       (!v.dot && !v.commas && !alnum_at(v.end, end) &&
        beside_n_road(n, p, v.end))))
    return NULL;
  /* not glued to letters after it ("R1S"), nor zero ("R0", a virus's
   * reproduction number), nor after a capitalised word inside the
   * sentence ("Golf R32", a model; "Every R1 move" is rand) */
  if (c->sign[0] == 'R' && !c->sign[1] && (n->topics & KS_TOPIC_SOUTH_AFRICA) &&
      !alnum_at(v.end, end) && !(v.end < end && *v.end == '-') && v.ival > 0 &&
      !((pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
        ks_is_upper((unsigned char)*pw) && !ks_norm_first_of_sentence(n, pw)) &&
      !(!v.dot && !v.commas && w == v.end + 1 &&
        ks_norm_word_before(n, p, the, N_OF(the)) &&
        !ks_norm_noun_after(n, v.end))) {
    *q = a;
    return c;
  }
  if (!(we > w && !alnum_at(we, end) &&
        (eq_ci(w, (size_t)(we - w), "bn") || eq_ci(w, (size_t)(we - w), "m") ||
         eq_ci(w, (size_t)(we - w), "million") ||
         eq_ci(w, (size_t)(we - w), "billion") ||
         eq_ci(w, (size_t)(we - w), "trillion"))) &&
      /* after a word of price only rand: "the price of N95 masks" */
      !(!alnum_at(v.end, end) && (v.dot || v.commas || v.ival >= 10) &&
        priced && c->sign[0] == 'R') &&
      !(v.commas && v.ival >= 1000 && !alnum_at(v.end, end)) &&
      /* "the rand weakened past R18.50": a sentence that names it */
      !(!alnum_at(v.end, end) && names_currency(n, c->one)))
    return NULL; /* not "from R1 to R5", "upgraded to R2" */
  *q = a;
  return c;
}

/* The dash at d ('-' or '–', or " to ") joins two amounts with the rand's
 * sign, "R280–R450", "up by R20 to R50", in a sentence that is not about roads (South Africa's
 * regional roads are numbered so: "the R21-R24 interchange"). */
bool ks_norm_rand_dash(const struct norm *n, const char *d) {
  static const char *const roads[] = {
      "exit",  "freeway", "highway", "interchange", "junction", "lane",
      "lanes", "road",    "roads",   "route",       "traffic"};
  /* "R1,200–R2,500 a night on the Garden Route": a price all the same */
  static const char *const prices[] = {"cost",   "costs",  "fare",  "fares",
                                       "fee",    "fees",   "night", "price",
                                       "prices", "tickets"};
  const char *end = n->end, *b = d, *r;
  if (d >= end)
    return false;
  if (*d == '-')
    r = d + 1;
  else if (starts(d, end, "–"))
    r = d + strlen("–");
  else if (starts(d, end, " to "))
    r = d + strlen(" to ");
  else
    return false;
  if (!(end - r >= 2 && *r == 'R' && ks_is_digit((unsigned char)r[1])))
    return false;
  while (b > n->s && (ks_is_digit((unsigned char)b[-1]) || b[-1] == ','))
    b--;
  return b < d && b > n->s && b[-1] == 'R' &&
         (b - 1 == n->s || !ks_is_alnum((unsigned char)b[-2])) &&
         (!ks_norm_sentence_has(n, roads, N_OF(roads)) ||
          ks_norm_sentence_has(n, prices, N_OF(prices)));
}

/* A word whose object is an amount, never a noun phrase the amount
 * describes: "a note worth $20 features ..." ("paid $250,000 fines" is
 * said "dollar fines"). */
static const char *const object_of[] = {"worth"};

/* "at least $1 million hit a record", "more than $5bn goes to": after a
 * limit the amount is a count of money, so the word after it is a verb,
 * not a noun the amount describes; not after a determiner ("a more than
 * $1bn boost"). */
static bool limit_before(const struct norm *n, const char *p) {
  static const char *const limits[] = {"least", "than"};
  static const char *const comparatives[] = {"fewer", "less", "more"};
  const char *a, *ae, *b, *be;
  if (!ks_norm_word_before(n, p, limits, N_OF(limits)) ||
      (a = ks_norm_prev_word(n, n->prev, &ae)) == NULL)
    return false;
  if (eq_ci(n->prev, n->prev_len, "least")
          ? !eq_ci(a, (size_t)(ae - a), "at")
          : !word_is(a, (size_t)(ae - a), comparatives, N_OF(comparatives)))
    return false;
  static const char *const dets[] = {"a", "an", "its", "the", "their"};
  return !((b = ks_norm_prev_word(n, a, &be)) != NULL &&
           word_is(b, (size_t)(be - b), dets, N_OF(dets)));
}

/* The word after the amount at q (its scale word too) may be a verb: a
 * third person's "-s", a past's "-ed", or one of the verbs that are
 * nouns too ("hit"); "$5 billion investment" is a noun. */
static bool verb_after(const struct norm *n, const char *q) {
  static const char *const verbs[] = {"came", "fell", "goes", "has",  "hit",
                                      "is",   "rose", "was",  "went", "will"};
  const char *end = n->end, *w, *we, *word;
  while (q < end && (ks_is_alnum((unsigned char)*q) || *q == '.' || *q == ','))
    q++;
  const char *a = scan_scale(n->lang, q, end, &word, NULL);
  if (a)
    q = a;
  if ((w = ks_norm_next_word(n, q, &we)) == NULL)
    return false;
  size_t l = (size_t)(we - w);
  return word_is(w, l, verbs, N_OF(verbs)) ||
         (l > 3 && (!memcmp(we - 2, "ed", 2) ||
                    (we[-1] == 's' && we[-2] != 's' && we[-2] != 'u')));
}

/* Currency sign or code, then an amount: "$5", "US$ 76.3 trillion",
 * "UAH 1,000". */
/* The guards of a currency written as a capital letter before its
 * figures (ks_norm_rule_money's letters): NAMED, not before a noun (a
 * model's name, "Q400 aircraft"); CODED, not a code's letter (one figure,
 * a leading nought, after a determiner, a name or a code's noun). */
enum { NAMED = 1, CODED = 2 };

const char *ks_norm_rule_money(struct norm *n, const char *p) {
  const char *end = n->end, *q, *r;
  /* "a total of MD 2.7": Tunisia's papers' millions of dinars, before the
   * amount, in an article or a sentence about Tunisia */
  if ((starts(p, end, "MD ") || starts(p, end, "MDT ")) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *a = p + (p[2] == ' ' ? 3 : 4);
    struct num v;
    if (a < end && ks_is_digit((unsigned char)*a) &&
        ks_norm_scan_num(a, end, &v) && v.ok && !alnum_at(v.end, end) &&
        !(v.end < end - 1 && *v.end == '.' && ks_is_digit((unsigned char)v.end[1])) &&
        /* (not an aircraft's "MD 83 jets", nor "MD 2.7 billion") */
        !ks_norm_noun_after(n, v.end) && !starts(v.end, end, " million") &&
        !starts(v.end, end, " billion") && !starts(v.end, end, " bn") &&
        ks_norm_about_country(n, KS_TOPIC_TUNISIA)) {
      ks_norm_say_num(n, &v);
      say(n, "million dinars");
      return v.end;
    }
  }
  const struct ks_currency *cur = ks_norm_scan_currency(n->lang, p, end, &q);
  /* (not a statistic's interval glued to a dollar: "the 95% CI$2–$5") */
  if (cur && !strcmp(cur->sign, "CI$") && p - n->s >= 2 &&
      (p[-1] == '%' || (p[-1] == ' ' && p[-2] == '%')))
    cur = NULL;
  if (!cur)
    cur = context_currency(n, p, &q);
  /* "R212 million" in an article about the Seychelles: its rupee, which
   * its papers write "R" as South Africa's write the rand */
  /* (not where the sentence names South Africa: "paid R5 million in
   * Cape Town") */
  static const char *const sa[] = {"Cape",     "Durban", "Johannesburg",
                                   "Pretoria", "South"};
  if (cur && !strcmp(cur->sign, "R") && ks_norm_about_country(n, KS_TOPIC_SEYCHELLES) &&
      !ks_norm_sentence_has(n, sa, N_OF(sa))) {
    static const char scr[] = "SCR";
    const char *sq;
    const struct ks_currency *rupee =
        ks_norm_scan_currency(n->lang, scr, scr + 3, &sq);
    if (rupee)
      cur = rupee;
  }
  /* "N865 a litre" in an article or a sentence about Nigeria, "P218.7
   * million" in one about the Philippines: their papers' naira and peso;
   * "K150" in one about Papua New Guinea or Zambia */
  static const struct {
    const char *sign;
    bool (*about)(const struct norm *); /* NULL: its topic's country */
    unsigned topic;
    char letter;
    bool sized; /* even in the article, an amount of three figures or
                   more, or one with a stop or a scale ("P2.3B") */
    unsigned char guards; /* NAMED, CODED: below */
  } letters[] = {
      {"\xE2\x82\xA6", NULL, KS_TOPIC_NIGERIA, 'N', false, 0},
      {"\xE2\x82\xB1", ks_norm_about_philippine_peso, KS_TOPIC_PHILIPPINES, 'P',
       true, 0},
      /* "K150", Papua New Guinea's kina and Zambia's kwacha */
      {"PGK", NULL, KS_TOPIC_KINA, 'K', false, 0},
      {"ZMW", NULL, KS_TOPIC_KWACHA, 'K', false, 0},
      /* "P1,500 per head", Botswana's pula, named in the sentence */
      {"BWP", ks_norm_about_botswana, KS_TOPIC_PULA, 'P', true, 0},
      /* "Q350", Guatemala's quetzal; "M15 million", Lesotho's loti */
      /* (sized: "two Q400 aircraft", "an Audi Q7", "M16 rifles", "M2
       * money" are names, the review's misfires) */
      {"GTQ", NULL, KS_TOPIC_QUETZAL, 'Q', true, NAMED},
      {"LSL", NULL, KS_TOPIC_LOTI, 'M', true, NAMED},
      /* "D78 per litre", the Gambia's dalasi (round 44, set BC) */
      {"GMD", NULL, KS_TOPIC_DALASI, 'D', false, NAMED | CODED},
      /* "E450 000", "E76", Eswatini's lilangeni (round 45, set BD) */
      {"SZL", NULL, KS_TOPIC_ESWATINI, 'E', false, NAMED | CODED}};
  for (size_t i = 0; i < N_OF(letters) && !cur; i++) {
    const char *de = p + 1;
    if (*p != letters[i].letter || p + 1 >= end ||
        !ks_is_digit((unsigned char)p[1]) ||
        (p > n->s && ks_is_alnum((unsigned char)p[-1])) ||
        !(letters[i].about ? letters[i].about(n)
                           : ks_norm_about_country(n, letters[i].topic)))
      continue;
    while (de < end && ks_is_digit((unsigned char)*de))
      de++;
    /* named once in the sentence only, an amount of three figures or
     * more or with a thousands' comma: not "N95 masks", "runway N2", "a
     * P2 visa" (the kina's and the kwacha's two: "K20", not "K2") */
    /* (the kina's and the kwacha's "K" before two figures or more and
     * no capitalised word: not "K9 unit", "K2", "K92 Mining") */
    /* (in an article about the country, one figure before a decimal, a
     * scale or a price's word: "K2.3 million", "K2 each") */
    bool priced = (n->topics & letters[i].topic) && de < end &&
                  ((*de == '.' && de + 1 < end && ks_is_digit((unsigned char)de[1])) ||
                   starts(de, end, " million") || starts(de, end, " billion") ||
                   starts(de, end, " each") || starts(de, end, " per "));
    /* (or, the country named in the sentence, an amount and its scale:
     * "PNG Power ... found K1.3bn in unpaid bills", "MANILA ... approved
     * the P5.768-trillion budget" (set general47)) */
    if (!priced) {
      const char *x = de + 2 < end && *de == '.' &&
                              ks_is_digit((unsigned char)de[1])
                          ? digit_end(de + 1, end)
                          : de;
      if (x < end && (*x == ' ' || *x == '-'))
        priced = starts(x + 1, end, "billion") ||
                 starts(x + 1, end, "million") ||
                 starts(x + 1, end, "trillion");
      else
        priced = x > de && (starts(x, end, "bn") ||
                            (x < end && *x == 'm' && !alnum_at(x + 1, end)));
    }
    /* (a charge's noun right after it or one word on is the amount's:
     * "the E500 express fee", "a D200 fine") */
    if (!priced && de < end && *de == ' ') {
      static const char *const charges[] = {
          "charge",  "deposit", "fee",    "fees",      "fine",   "levy",
          "payment", "penalty", "refund", "surcharge", "voucher"};
      const char *w1 = de + 1, *w1e = alpha_end(w1, end);
      priced = word_is(w1, (size_t)(w1e - w1), charges, N_OF(charges)) ||
               (w1e > w1 && w1e + 1 < end && *w1e == ' ' &&
                word_is(w1e + 1, (size_t)(alpha_end(w1e + 1, end) - w1e - 1),
                        charges, N_OF(charges)));
    }
    /* (NAMED: the letter not before a noun, "two Q400 aircraft", a
     * model's name) */
    if ((letters[i].guards & NAMED) && !priced &&
        ks_norm_noun_after(n, de) && !starts(de, end, " million") &&
        !starts(de, end, " billion") &&
        !(de + 1 < end && *de == ',' && ks_is_digit((unsigned char)de[1])))
      continue;
    /* (CODED, the dalasi's "D" and the lilangeni's "E": before two
     * figures or more, or a comma's, a decimal's or a scale's amount,
     * "D1,800", "D2.5 billion"; not after a name, "Vitamin D3", "a Nikon
     * D780", "Form E2", nor a code's noun, "ward D10", "Road D21", "berth
     * D12", "polling station D14", "paper D01", "the E20 road") */
    static const char *const coded[] = {
        "berth", "block", "bus",     "class", "code",   "gate",  "grade",
        "hall",  "level", "paper",   "plot",  "road",   "room",  "route",
        "row",   "seat",  "section", "station", "unit", "ward",  "wing"};
    const char *pw, *pwe;
    bool sized = de < end - 1 && (*de == ',' || *de == '.') &&
                 ks_is_digit((unsigned char)de[1]);
    if ((letters[i].guards & CODED) &&
        ((de - p < 3 && !sized && !priced) || p[1] == '0' ||
         /* ("the D12 polling station": a code after "the") */
         (!sized && !priced && ks_norm_after_determiner(n, p)) ||
         ((pw = ks_norm_prev_word(n, p, &pwe)) != NULL &&
          ((ks_is_upper((unsigned char)*pw) &&
            !ks_norm_first_of_sentence(n, pw)) ||
           word_is(pw, (size_t)(pwe - pw), coded, N_OF(coded))))))
      continue;
    if (letters[i].letter == 'K' && !priced &&
        ((de - p < 3 &&
          !(de + 4 <= end && *de == ',' && digit_end(de + 1, end) == de + 4)) ||
         (de + 1 < end && *de == ' ' && ks_is_upper((unsigned char)de[1]))))
      continue;
    /* (or its cents, a price: "the peso closed at P56.10") */
    bool cents = de + 2 < end && *de == '.' && ks_is_digit((unsigned char)de[1]) &&
                 ks_is_digit((unsigned char)de[2]) && !alnum_at(de + 3, end);
    if (de - p >= 4 || cents || priced ||
        (letters[i].letter == 'K' && de - p == 3) ||
        (de + 4 <= end && *de == ',' && digit_end(de + 1, end) == de + 4) ||
        ((n->topics & letters[i].topic) &&
         (!letters[i].sized ||
          (de < end &&
           /* a decimal ("P2.3B") or a thousands' comma ("P2,000"), not a
            * clause's stop after a code ("Huawei P40, which") */
           ((*de == '.' && de + 1 < end && ks_is_digit((unsigned char)de[1])) ||
            (*de == ',' && digit_end(de + 1, end) == de + 4) || *de == 'B' ||
            *de == 'M' || starts(de, end, " million") ||
            starts(de, end, " billion")))))) {
      const char *sq, *sign = letters[i].sign;
      cur = ks_norm_scan_currency(n->lang, sign, sign + strlen(sign), &sq);
      q = p + 1;
    }
  }
  /* a site's own currency by the letters its papers write (round 42, from
   * set BA): "Ar 500" the ariary on a Malagasy site, "AMD 1,100" the dram
   * on an Armenian one (elsewhere "AMD" is the chipmaker) */
  static const struct ks_currency dram = {"AMD", "dram", "drams", "luma",
                                          "luma"};
  if (!cur && !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *a = NULL;
    if ((n->topics & KS_TOPIC_ARIARY) && starts(p, end, "Ar") &&
        !alnum_at(p + 2, end)) {
      static const char mga[] = "MGA";
      const char *mq;
      a = p + 2;
      cur = ks_norm_scan_currency(n->lang, mga, mga + 3, &mq);
    } else if ((n->topics & KS_TOPIC_DRAM) && starts(p, end, "AMD") &&
               !alnum_at(p + 3, end)) {
      a = p + 3;
      cur = &dram;
    } else if (starts(p, end, "Nu") && !alnum_at(p + 2, end) &&
               ks_norm_about_country(n, KS_TOPIC_BHUTAN)) {
      /* "Nu 412.6 million", "Nu. 1,200": Bhutan's ngultrum (set BD) */
      static const char btn[] = "BTN";
      const char *bq;
      a = p + 2 + (p + 2 < end && p[2] == '.');
      cur = ks_norm_scan_currency(n->lang, btn, btn + 3, &bq);
    }
    if (a && !(a < end - 1 && ((*a == ' ' && ks_is_digit((unsigned char)a[1])) ||
                               ks_is_digit((unsigned char)*a))))
      cur = NULL;
    if (cur)
      q = a;
  }
  if (!cur)
    return NULL;
  /* "Price (GEL/kg)": a table's column of prices, its currency by a unit,
   * "lari per kilogram" (round 39, set AX) */
  if (q < end - 1 && *q == '/' && ks_is_alpha((unsigned char)q[1]) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *ue;
    const struct ks_unit *u = ks_norm_scan_unit(n->lang, q + 1, end, &ue);
    if (u && !alnum_at(ue, end)) {
      say(n, cur->many);
      say(n, "per");
      say(n, u->one);
      return ue;
    }
  }
  /* "SAR 1.55bn", "SAR212m", "SAR 38.40", "PHP 412.5 million": Saudi
   * riyals and Philippine pesos in an amount with a stop, a thousands'
   * comma or a scale, or in a sentence about the country; not "Hong Kong
   * SAR 2047", "its SAR 93 helicopter", "PHP 8 was released" */
  bool sar = q - p == 3 && !memcmp(p, "SAR", 3),
       php = q - p == 3 && !memcmp(p, "PHP", 3),
       mad = (q - p == 3 && !memcmp(p, "MAD", 3)) ||
             (q - p == 2 && !memcmp(p, "DH", 2)), /* "DH 98 Mosquito" */
       jd = q - p == 2 && !memcmp(p, "JD", 2); /* "JD 2015", JD.com's "618" */
  if (sar || php || mad || jd) {
    static const char *const saudi[] = {"Riyadh", "Saudi", "Tadawul", "riyal",
                                        "riyals"};
    static const char *const manila[] = {"Manila", "Philippine", "Philippines",
                                         "peso", "pesos"};
    const char *a = q < end && *q == ' ' ? q + 1 : q, *de = digit_end(a, end);
    bool sized = de < end - 1 && ks_is_digit((unsigned char)de[1]) &&
                 (*de == '.' || *de == ',');
    /* (a scale's "m" alone, not a metre's "1m resolution": a word after
     * it or a unit; nor Hong Kong's Special Administrative Region) */
    sized =
        de > a && (sized || (starts(de, end, "bn") && !alnum_at(de + 2, end)) ||
                   (starts(de, end, "m") && !alnum_at(de + 1, end) &&
                    !ks_norm_noun_after(n, de + 1)) ||
                   starts(de, end, " million") || starts(de, end, " billion"));
    if (sar && p - n->s >= 10 &&
        (starts(p - 10, end, "Hong Kong ") || starts(p - 6, end, "Macau ")))
      return NULL;
    if (!sized && !(sar   ? ks_norm_sentence_has(n, saudi, N_OF(saudi)) ||
                                (n->topics & KS_TOPIC_SAUDI)
                    : php ? ks_norm_sentence_has(n, manila, N_OF(manila)) ||
                                (n->topics & KS_TOPIC_PHILIPPINES)
                    : jd  ? ks_norm_about_jordan(n)
                          : ks_norm_about_country(n, KS_TOPIC_MOROCCO)))
      return NULL;
  }
  /* "Beijing spent ¥300 billion": the sign is the yuan's too, in a
   * sentence about China */
  if (starts(p, end, "\xC2\xA5") && q == p + 2) {
    static const char *const china[] = {"Beijing",  "China",    "Chinese",
                                        "RMB",      "renminbi", "Shanghai",
                                        "Shenzhen", "yuan"};
    static const char cn[] = "CN\xC2\xA5";
    const char *cq;
    const struct ks_currency *y =
        ks_norm_scan_currency(n->lang, cn, cn + sizeof cn - 1, &cq);
    static const char *const japan[] = {"Japan", "Japanese", "Nikkei",
                                        "Osaka", "Tokyo",    "yen"};
    bool china_named = false, japan_named = false;
    for (size_t i = 0; i < N_OF(china); i++)
      china_named = china_named || names_currency(n, china[i]);
    for (size_t i = 0; i < N_OF(japan); i++)
      japan_named = japan_named || names_currency(n, japan[i]);
    /* (in an article about Japan, the yen: "sales in China fell to
     * ¥21.4bn") */
    if (y && china_named && !japan_named && !(n->topics & KS_TOPIC_JAPAN))
      cur = y;
  }
  /* "$1,800 a night" in an article about Mexico's pesos: the peso's sign
   * ("US$" stays the dollar) */
  if (*p == '$' && q == p + 1 && (n->topics & KS_TOPIC_PESO) &&
      !(p - n->s >= 3 && (starts(p - 3, end, "US ") ||
                          (p - n->s >= 5 && starts(p - 5, end, "U.S. "))))) {
    static const char peso[] = "\xE2\x82\xB1";
    const char *pq;
    const struct ks_currency *ps =
        ks_norm_scan_currency(n->lang, peso, peso + sizeof peso - 1, &pq);
    if (ps)
      cur = ps;
  }
  if (ks_is_alpha((unsigned char)*p) && p > n->s &&
      ks_is_alnum((unsigned char)p[-1]))
    return NULL;
  /* "CAD 3D": a code in capitals is money only before an amount that no
   * letter is glued to */
  if (q - p == 3 && ks_is_upper((unsigned char)p[0]) &&
      ks_is_upper((unsigned char)p[1]) && ks_is_upper((unsigned char)p[2])) {
    const char *d = q < end && *q == ' ' ? q + 1 : q;
    while (d < end &&
           (ks_is_digit((unsigned char)*d) || *d == ',' ||
            (*d == '.' && d + 1 < end && ks_is_digit((unsigned char)d[1]))))
      d++;
    if (d < end && ks_is_alpha((unsigned char)*d) &&
        !(d + 1 < end && (*d == 'm' || *d == 'k' || *d == 'b') &&
          !ks_is_alpha((unsigned char)d[1])) &&
        !starts(d, end, "bn") && !starts(d, end, "mn") &&
        !((starts(d, end, "tn") || starts(d, end, "tr")) &&
          !alnum_at(d + 2, end)))
      return NULL;
  }
  r = q < end && *q == ' ' ? q + 1 : q;
  if (r >= end ||
      !(ks_is_digit((unsigned char)*r) ||
        (*r == '.' && r + 1 < end && ks_is_digit((unsigned char)r[1]))))
    return NULL;
  /* "$ 5" is rare; "UAH 5" is the norm; and the peso's "$ 56" where the
   * papers write it so (Uruguay's, Argentina's) */
  if (r > q && !ks_is_alpha((unsigned char)*p) && *p != 'U' &&
      !(*p == '$' && (n->topics & KS_TOPIC_PESO)))
    return NULL;
  return say_money(n, cur, r,
                   after_a(n, p) || after_a_new(n, p)                       ? 2
                   : after_determiner(n, p) && !participle_after(n, r, end) ? 1
                                                                            : 0,
                   ks_norm_word_before(n, p, object_of, N_OF(object_of)) ||
                       (limit_before(n, p) && verb_after(n, r)));
}
