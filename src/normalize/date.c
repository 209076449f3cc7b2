/* date.c - dates, years in dates, clock times.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

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
  /* "Dec. 30:" in a dateline is a day; "3:30" a time */
  if (q < end &&
      (ks_is_alpha((unsigned char)*q) || *q == '%' ||
       (*q == ':' && q + 1 < end && ks_is_digit((unsigned char)q[1]))))
    return NULL;
  /* (but a year glued after its comma: "Mar 05,2024", four figures and
   * no more; round 38, from set AW) */
  if (q < end - 1 && (*q == '.' || *q == ',') &&
      ks_is_digit((unsigned char)q[1]) &&
      !(*q == ',' && digit_end(q + 1, end) == q + 5 &&
        (q[1] == '1' || q[1] == '2') && !alnum_at(q + 5, end) &&
        !(q + 6 < end && q[5] == ',' && ks_is_digit((unsigned char)q[6]))))
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
  if (e - q != 4 || (e < end && (ks_is_alnum((unsigned char)*e) ||
                                 (*e == ',' && e + 1 < end &&
                                  ks_is_digit((unsigned char)e[1])))))
    return NULL;
  *year = (unsigned)((q[0] - '0') * 1000 + (q[1] - '0') * 100 +
                     (q[2] - '0') * 10 + (q[3] - '0'));
  return *year >= 1000 && *year <= 2099 ? e : NULL;
}

static bool dot_clock_at(const char *p, const char *end);

/* After figures at p, a scale or a share's word: "2.45 million", "12.30
 * per cent" are no clocks (the review's misfires). */
static bool amount_after(const char *p, const char *end) {
  static const char *const words[] = {" billion", " crore",   " lakh",
                                      " million", " per cent", " percent",
                                      " trillion", "%"};
  for (size_t i = 0; i < N_OF(words); i++)
    if (starts(p, end, words[i]))
      return true;
  return false;
}

/* A clock right after a date's year ("Jan 1, 2008 11:48 AM", "30 June
 * 2025, 18:47", "27 January 2026 - 11:20", "| 11:20"): ", at" between
 * them, so the year and the hour are not heard as one number, nor the
 * hour as a second year (round 43, set BB's listeners). Where to go on:
 * the clock, or r. */
static const char *pause_before_clock(struct norm *n, const char *r) {
  const char *end = n->end, *c = r, *d;
  if (c < end && *c == ',')
    c++;
  if (c < end - 2 && *c == ' ' &&
      (c[1] == '-' || c[1] == '|' || starts(c + 1, end, "–")) ) {
    c += c[1] == '-' || c[1] == '|' ? 2 : 4;
    if (c >= end || *c != ' ')
      return r;
  }
  if (c < end - 4 && *c == ' ' && ks_is_digit((unsigned char)c[1]) &&
      (d = digit_end(c + 1, end)) - c <= 3 && d < end - 2 &&
      (*d == ':' || dot_clock_at(c + 1, end)) &&
      ks_is_digit((unsigned char)d[1]) && ks_is_digit((unsigned char)d[2]) &&
      !amount_after(d + 3, end)) {
    ks_buf_puts(n->out, ", at");
    return c;
  }
  return r;
}

/* "18.54" at p, a clock written with a stop: an hour, a stop and two
 * figures of minutes, and no more figures after them. */
static bool dot_clock_at(const char *p, const char *end) {
  const char *d = digit_end(p, end);
  return d - p >= 1 && d - p <= 2 && d < end - 2 && *d == '.' &&
         ks_is_digit((unsigned char)d[1]) && ks_is_digit((unsigned char)d[2]) &&
         !(d + 3 < end && (ks_is_alnum((unsigned char)d[3]) ||
                           (d[3] == '.' && d + 4 < end &&
                            ks_is_digit((unsigned char)d[4])))) &&
         (d[-1] - '0') + (d - p == 2 ? (p[0] - '0') * 10 : 0) <= 23 &&
         d[1] <= '5';
}

/* A date's year of four figures right before p and its space, after a
 * day and a month's name: "Sat 15 Mar 2025 19.48". */
static bool after_date_year(const struct norm *n, const char *p) {
  const char *y, *w;
  if (p - n->s < 9 || p[-1] != ' ')
    return false;
  /* (and its comma: "14 March 2025, 10.42") */
  y = p[-2] == ',' ? p - 6 : p - 5;
  if (digit_end(y, p) != y + 4 || y[-1] != ' ')
    return false;
  for (w = y - 1; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  /* a day's number before the month: "15 Mar 2025", not "In March 2025
   * 12.45 million" */
  if (w < y - 1 && ks_norm_month_of(n, w, (size_t)(y - 1 - w)) &&
      w - n->s >= 2 && w[-1] == ' ' && ks_is_digit((unsigned char)w[-2]))
    return true;
  /* "March 3, 2025 19.48" */
  return y - n->s >= 3 && y[-2] == ',' && ks_is_digit((unsigned char)y[-3]);
}

/* "December third, twenty twenty-four": espeak-ng alone would say
 * "December three, two thousand twenty four". */
void ks_norm_say_month_day(struct norm *n, int month, unsigned day,
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

/* Two-digit year of a numeric date: 05 -> "oh five", 98 -> "ninety-eight";
 * one of the 2020s its whole year, as readers say a year of two words (24
 * -> "twenty twenty-four", not "twenty-four" alone; "11/11/18" may be
 * 1918's armistice and "DOB 04/06/39" a birth, so those stay short). */
static void say_short_year(struct norm *n, unsigned y) {
  sep(n);
  if (y >= 20 && y < 30) {
    ks_num_year(n->out, 2000 + y);
    return;
  }
  if (y < 10) {
    ks_buf_puts(n->out, "oh ");
  }
  ks_num_cardinal(n->out, y);
}

/* "the third", "the" left out when it was written. */
void ks_norm_say_the_day(struct norm *n, unsigned day) {
  if (!after_the(n) && !n->no_the)
    say(n, "the ");
  else
    sep(n);
  ks_num_ordinal(n->out, day);
}

/* "the third of December". */
void ks_norm_say_day_of(struct norm *n, unsigned day, int m) {
  ks_norm_say_the_day(n, day);
  ks_buf_puts(n->out, " of ");
  ks_buf_puts(n->out, n->lang->months[m - 1]);
}

/* Words of a sentence about dates: "the challenge runs from 6/7 to 31/8". */
static const char *const date_spans[] = {
    "closed", "dates", "exhibition", "holiday", "holidays", "open",
    "opens",  "run",   "runs",       "term",    "until",    "valid"};

/* A day and a month with a slash, day first ("31/08"): where it ends,
 * or NULL. */
static const char *day_slash_month(const char *p, const char *end,
                                   unsigned *day, unsigned *month) {
  const char *ae = digit_end(p, end), *be;
  if (ae == p || ae - p > 2 || ae >= end - 1 || *ae != '/')
    return NULL;
  be = digit_end(ae + 1, end);
  if (be == ae + 1 || be - ae > 3 ||
      (be < end &&
       (ks_is_alnum((unsigned char)*be) || *be == '/' ||
        (*be == '.' && be + 1 < end && ks_is_digit((unsigned char)be[1])))))
    return NULL;
  *day = small_val(p, ae);
  *month = small_val(ae + 1, be);
  return *day >= 1 && *day <= 31 && *month >= 1 && *month <= 12 ? be : NULL;
}

/* "runs from 06/07 to 31/08", "on 31/08": days and months written day
 * first, as outside the U.S., when a day no month has says so: "the sixth
 * of July to the thirty-first of August". */
static const char *day_month(struct norm *n, const char *p, bool prep) {
  static const char *const joins[] = {" to ", " until ", " - ", "-",
                                      "\xE2\x80\x93"};
  const char *end = n->end, *e, *t = NULL, *e2 = NULL;
  unsigned d1, m1, d2 = 0, m2 = 0;
  if (!(e = day_slash_month(p, end, &d1, &m1)))
    return NULL;
  for (size_t i = 0; i < N_OF(joins) && !t; i++)
    if (starts(e, end, joins[i]))
      t = e + strlen(joins[i]);
  if (t && !(e2 = day_slash_month(t, end, &d2, &m2)))
    return NULL;
  if (!(d1 > 12 || (e2 && d2 > 12)) || (!e2 && !prep) ||
      ks_norm_about_cricket(n)) /* "from 14/1 to 27/4": runs for wickets */
    return NULL;
  /* a span needs a day written with its zero ("06/07") or a sentence of
   * dates ("runs from 6/7 to 31/8"), not "ratings rose from 6/10 to
   * 13/10" */
  if (e2 && !prep) {
    const char *s1 = memchr(p, '/', (size_t)(e - p)),
               *s2 = memchr(t, '/', (size_t)(e2 - t));
    bool zero =
        *p == '0' || *t == '0' || (s1 && s1[1] == '0') || (s2 && s2[1] == '0');
    if (!zero && !ks_norm_word_within(n, p, 4, date_spans, N_OF(date_spans)))
      return NULL;
  }
  ks_norm_say_day_of(n, d1, (int)m1);
  if (!e2)
    return e;
  ks_buf_puts(n->out, " to");
  ks_norm_say_day_of(n, d2, (int)m2);
  return e2;
}

/* The figures p..e are one of the language's idioms ("24/7", "9/11"). */
static bool idiom_at(const struct norm *n, const char *p, const char *e) {
  for (size_t i = 0; i < n->lang->n_idioms; i++)
    if (starts(p, n->end, n->lang->idioms[i].written) &&
        p + strlen(n->lang->idioms[i].written) == e)
      return true;
  return false;
}

static bool names_the_us(const struct norm *n);

/* The word before a span of days that joins it with "and": "between Oct.
 * 3-9", "between 3-5 March". */
static const char *const between[] = {"between"};

/* Another day and month in the sentence written day first with a day no
 * month has ("Monday 21/7"): the sentence's dates are day first. */
static bool day_first_slash_in_sentence(const struct norm *n) {
  unsigned d, m;
  for (const char *c = n->s; c < n->end; c++)
    if (ks_is_digit((unsigned char)*c) &&
        (c == n->s || !(ks_is_alnum((unsigned char)c[-1]) || c[-1] == '/')) &&
        day_slash_month(c, n->end, &d, &m) && d > 12)
      return true;
  return false;
}

/* A unit's name or abbreviation is the next word after q: " inch",
 * " in.", " mm". */
static bool unit_next(const struct norm *n, const char *q) {
  const char *w, *we;
  if (!(w = ks_norm_next_word(n, q, &we)) || w != q + 1)
    return false;
  if (ks_norm_measure_next(n, q))
    return true;
  for (size_t i = 0; i < n->lang->n_units; i++) {
    const struct ks_unit *u = &n->lang->units[i];
    if (eq_ci(w, (size_t)(we - w), u->one) ||
        eq_ci(w, (size_t)(we - w), u->many) ||
        (strlen(u->abbr) == (size_t)(we - w) && !memcmp(w, u->abbr, (size_t)(we - w))))
      return true;
  }
  return false;
}

/* A month and day with a slash and no year, after a word that takes a
 * date ("postmarked by 11/5", "on 3/14"): "November fifth". Elsewhere such
 * a pair may be a fraction or a ratio. */
static const char *month_day(struct norm *n, const char *p, const char *ae) {
  static const char *const preps[] = {"on",    "by",    "until",  "through",
                                      "since", "after", "before", "till"};
  /* (and words that open a date only: "starting 15/12") */
  static const char *const starts_on[] = {"beginning", "dated", "effective",
                                          "starting"};
  const char *end = n->end, *b = ae + 1, *be = digit_end(b, end), *r;
  unsigned month = small_val(p, ae), day;
  /* "forecast for Fri 30/1": after a day's name, a date too */
  /* (its comma between, the date set off by another: "closed Thursday,
   * 11/28, for"; not odds, "on Saturday, 11/4 favourite") */
  bool weekday = ks_norm_prev_weekday(n) &&
                 (n->prev + n->prev_len + 1 == p ||
                  (n->prev + n->prev_len + 2 == p && p[-2] == ',' &&
                   (be == end || strchr(",;.)", *be) != NULL)));
  /* not the language's idioms ("open Sunday 24/7") */
  weekday = weekday && !idiom_at(n, p, be);
  /* "by the deadline of 31/3", "closing date 31/3": a date's noun just
   * before */
  static const char *const dates[] = {"date", "deadline", "dated"};
  bool prep = weekday || ks_norm_word_before(n, p, preps, N_OF(preps)) ||
              ks_norm_word_before(n, p, starts_on, N_OF(starts_on)) ||
              ks_norm_word_within(n, p, 2, dates, N_OF(dates));
  if ((r = day_month(n, p, prep)))
    return r;
  /* "Term 2 ends on Friday 4/7" in a sentence that writes "Monday 21/7",
   * or names a country that writes its dates day first: the fourth of
   * July */
  unsigned d1, m1;
  const char *e1;
  if (prep && (e1 = day_slash_month(p, end, &d1, &m1)) != NULL &&
      !idiom_at(n, p, e1) && !ks_norm_about_cricket(n) &&
      (day_first_slash_in_sentence(n) || ks_norm_day_first_world(n))) {
    ks_norm_say_day_of(n, d1, (int)m1);
    return e1;
  }
  if (ae - p > 2 || be == b || be - b > 2 ||
      (be < end &&
       (ks_is_alnum((unsigned char)*be) || *be == '/' || *be == '-' ||
        (*be == '.' && be + 1 < end && ks_is_digit((unsigned char)be[1])))) ||
      !(weekday || ks_norm_word_before(n, p, preps, N_OF(preps))))
    return NULL;
  day = small_val(b, be);
  if (month < 1 || month > 12 || day < 1 || day > 31 ||
      (be < end - 3 && be[0] == ' ' && be[1] == 'o' && be[2] == 'f' &&
       be[3] == ' '))
    return NULL; /* "by 3/4 of a point" */
  if (unit_next(n, be))
    return NULL; /* "by 3/16 inch", "3/16 in." */
  /* "by 1/3", "by 3/4": a fraction with a small denominator is an amount,
   * unless "on" a date; "since 9/11" is the language's idiom */
  if (idiom_at(n, p, be))
    return NULL;
  if (month < day && day <= 10 &&
      !(p - n->s >= 3 && p[-1] == ' ' && (p[-2] == 'n' || p[-2] == 'N') &&
        (p[-3] == 'o' || p[-3] == 'O')))
    return NULL;
  ks_norm_say_month_day(n, (int)month, day, 0);
  return be;
}

/* The sentence opens with a dateline in capitals, its dash or comma after
 * it, that names a place of a country that writes its dates day first:
 * "SWANSEA \xE2\x80\x94", "CAPE TOWN, ", or one of places. */
static bool dateline_day_first(const struct norm *n, const char *const *places,
                               size_t n_places) {
  static const char *const cities[] = {
      "Abuja",      "Accra",        "Adelaide",  "Belfast",   "Bengaluru",
      "Birmingham", "Brisbane",     "Bristol",   "Cape Town", "Cardiff",
      "Chennai",    "Christchurch", "Cork",      "Dhaka",     "Durban",
      "Edinburgh",  "Galway",       "Glasgow",   "Harare",    "Hobart",
      "Hyderabad",  "Johannesburg", "Kampala",   "Karachi",   "Kolkata",
      "Lagos",      "Lahore",       "Leeds",     "Limerick",  "Liverpool",
      "Manchester", "Mumbai",       "New Delhi", "Newcastle", "Perth",
      "Pretoria",   "Swansea"};
  const char *e = n->s, *w;
  size_t len;
  /* the capitals and spaces that open the sentence */
  while (e < n->end && (ks_is_upper((unsigned char)*e) || *e == ' ' ||
                        *e == '-' || *e == '\''))
    e++;
  while (e > n->s && e[-1] == ' ')
    e--;
  len = (size_t)(e - n->s);
  /* "BIRMINGHAM, Ala.", "DUBLIN, Ohio": an American town of the same
   * name, its state after the comma */
  if (starts(e, n->end, ", ") && e + 3 < n->end &&
      ks_is_upper((unsigned char)e[2])) {
    const char *se = alpha_end(e + 2, n->end);
    size_t sl = (size_t)(se - e - 2);
    const struct ks_abbrev *st = ks_lang_abbrev(n->lang, e + 2, sl);
    if ((st && (st->flags & KS_AB_PLACE) && !(st->flags & KS_AB_ACRONYM)) ||
        ks_norm_state_code(n->lang, e + 2, sl))
      return false;
    for (size_t i = 0; i < n->lang->n_states; i++)
      if (eq_ci(e + 2, sl, n->lang->states[i].spoken))
        return false;
  }
  if (len < 4 || len > 24 || ks_is_lower((unsigned char)*e) ||
      !(starts(e, n->end, " \xE2\x80\x94") ||
        starts(e, n->end, " \xE2\x80\x93") || starts(e, n->end, " - ") ||
        starts(e, n->end, ", ") || starts(e, n->end, " (") ||
        /* "NEW DELHI: The hearing", as India's papers write it */
        starts(e, n->end, ": ")))
    return false;
  for (size_t i = 0; i < N_OF(cities) + n_places; i++) {
    w = i < N_OF(cities) ? cities[i] : places[i - N_OF(cities)];
    if (eq_ci(n->s, len, w))
      return true;
  }
  return false;
}

/* The sentence (or the article) writes a date day first elsewhere ("until
 * 6 September"), or names a time zone of a country that writes its dates
 * day first ("04/12/2026 10:15 AEDT"): then its numeric dates are day
 * first too. */
bool ks_norm_day_first_world(const struct norm *n) {
  if (n->topics & KS_TOPIC_DAY_FIRST)
    return true; /* the article writes "6 September" */
  /* a country that writes its dates day first, its people's adjective or
   * one of its cities, named in the sentence on its own (not inside a
   * longer name: "New England", "Indian Wells", "Sydney Sweeney",
   * "Fighting Irish"), and no "US" beside it: "A British
   * passport issued on 03/04/2014", "the Department of Home Affairs in
   * Canberra" */
  /* (and British and Irish towns and bodies no other country has:
   * "Croydon", "the NHS", "the Garda"; not Bristol or Sheffield, which
   * American states have too) */
  static const char *const places[] = {
      "Abuja",      "Accra",      "Adelaide",    "Auckland",   "Australia",
      "Australian", "Bangladesh", "Belfast",     "Bengaluru",  "Brisbane",
      "Britain",    "British",    "Canberra",    "Cardiff",    "Chennai",
      "Christchurch", "Colombo",  "Croydon",     "DVLA",       "Delhi",
      "Dhaka",      "Dublin",     "Edinburgh",   "England",    "Galway",
      "Garda",      "Ghana",      "Ghanaian",    "Glasgow",    "HMRC",
      "Harare",     "India",      "Indian",      "Ireland",    "Irish",
      "Islamabad",  "Johannesburg", "Kampala",   "Karachi",    "Kenya",
      "Kenyan",     "Kolkata",    "Lagos",       "Lahore",     "Leeds",
      "Liverpool",  "London",     "Maharashtra", "Malaysia",   "Manchester",
      "Melbourne",  "Mumbai",     "NHS",         "Nairobi",    "Nigeria",
      "Nigerian",   "Ofsted",     "Pakistan",    "Salford",    "Scotland",
      "Scottish",   "Singapore",  "Sydney",      "Uganda",     "Wales",
      "Wellington", "Welsh",      "Zambia",      "Zealand",    "Zimbabwe"};
  bool place = false;
  for (const char *z = ks_norm_find_exact(n, n->s, places, N_OF(places));
       z && !place;
       z = ks_norm_find_exact(n, alpha_end(z, n->end), places, N_OF(places))) {
    const char *ze = alpha_end(z, n->end), *a, *ae;
    place = !((a = ks_norm_prev_word(n, z, &ae)) != NULL && ae + 1 == z &&
              ks_is_upper((unsigned char)*a) && a != n->s) &&
            !((a = ks_norm_next_word(n, ze, &ae)) != NULL &&
              ks_is_upper((unsigned char)*a));
  }
  /* (or a spelling only the day-first world uses: "the Galway-based
   * organisers", "the defence is expected", "the council's programme",
   * set general47) */
  static const char *const spellings[] = {
      "apologised", "authorised", "behaviour",  "catalogue",   "centre",
      "centres",    "cheque",     "colour",     "criticised",  "defence",
      "favour",     "favourite",  "fortnight",  "honour",      "jewellery",
      "kerb",       "labour",     "licence",    "neighbour",   "neighbours",
      "offence",    "organisation", "organisations", "organise", "organised",
      "organisers", "programme",  "programmes", "realised",    "recognised",
      "theatre",    "travelled",  "travelling", "tyres",       "whilst"};
  place = place || ks_norm_find_exact(n, n->s, spellings, N_OF(spellings));
  /* (and no "US" beside it, nor an American state or city: "a
   * Zimbabwe-born nurse in Ohio", "the programme in Texas") */
  if (place && !names_the_us(n))
    return true;
  if (dateline_day_first(n, places, N_OF(places)))
    return true;
  static const char *const zones[] = {
      "ACST", "AEDT", "AEST", "AWST", "BST",  "CAT",  "CEST", "CET", "EAT",
      "EEST", "EET",  "IST",  "NZDT", "NZST", "SAST", "SGT",  "WAT", "WEST"};
  /* in capitals, as zones are written (not "the cat", "west"), right
   * after a clock ("10:15 AEDT", "9am BST"; not "Caterpillar (CAT)") */
  for (const char *z = ks_norm_find_exact(n, n->s, zones, N_OF(zones)); z;
       z = ks_norm_find_exact(n, alpha_end(z, n->end), zones, N_OF(zones))) {
    const char *b = z - 1;
    if (z - n->s < 3 || *b != ' ')
      continue;
    if (ks_is_digit((unsigned char)b[-1]) ||
        ((b[-1] == 'm' || b[-1] == 'M' || b[-1] == '.') &&
         (starts_ci(b - 2, n->end, "am") || starts_ci(b - 2, n->end, "pm") ||
          (z - n->s >= 6 && (starts_ci(b - 4, n->end, "a.m.") ||
                             starts_ci(b - 4, n->end, "p.m."))))))
      return true;
  }
  for (const char *c = n->s; c < n->end; c++) {
    const char *d, *w, *we;
    if (!ks_is_digit((unsigned char)*c) ||
        (c > n->s && ks_is_alnum((unsigned char)c[-1])))
      continue;
    d = digit_end(c, n->end);
    if (d - c > 2)
      continue;
    /* "26th April" too */
    if (n->end - d > 2 && (starts(d, n->end, "st") || starts(d, n->end, "nd") ||
                           starts(d, n->end, "rd") || starts(d, n->end, "th")))
      d += 2;
    if (d >= n->end - 4 || *d != ' ')
      continue;
    w = d + 1;
    we = alpha_end(w, n->end);
    if (we - w >= 3 && ks_is_upper((unsigned char)*w) &&
        ks_norm_month_of(n, w, (size_t)(we - w)))
      return true;
  }
  /* British ways of writing beside it: a pound sign, or a clock's hour
   * and minutes joined by a stop ("stamped on 03/04/2022, a day after
   * the 10.15pm robbery") */
  /* (a dollar sign first in the sentence wins: "$310 (£250) on 03/04") */
  for (const char *c = n->s; c + 2 < n->end && *c != '$'; c++) {
    if (starts(c, n->end, "£"))
      return true;
    if (*c == '.' && c > n->s && ks_is_digit((unsigned char)c[-1]) &&
        ks_is_digit((unsigned char)c[1]) && ks_is_digit((unsigned char)c[2]) &&
        (starts(c + 3, n->end, "am") || starts(c + 3, n->end, "pm")) &&
        !alnum_at(c + 5, n->end) &&
        (c - n->s < 3 || !ks_is_digit((unsigned char)c[-3])))
      return true;
  }
  return false;
}

/* The sentence names the US or one of its states ("the U.S. embassy",
 * "Tucson, Arizona, Published: 01.09.2008"). */
static bool names_the_us(const struct norm *n) {
  static const char *const us[] = {"America", "American", "U.S.", "US",
                                   "USA"};
  /* (or one of its great cities, or its defence department) */
  static const char *const cities[] = {
      "Atlanta", "Austin",  "Boston",   "Chicago",      "Dallas",
      "Denver",  "Detroit", "Houston",  "Miami",        "Pentagon",
      "Philadelphia", "Phoenix", "Seattle"};
  if (ks_norm_find_exact(n, n->s, us, N_OF(us)) ||
      ks_norm_find_exact(n, n->s, cities, N_OF(cities)))
    return true;
  for (size_t i = 0; i < n->lang->n_states; i++) {
    const char *st = n->lang->states[i].spoken;
    size_t sl = strlen(st);
    for (const char *t = n->s; t + sl <= n->end; t++)
      if (!memcmp(t, st, sl) &&
          (t == n->s || !ks_is_alpha((unsigned char)t[-1])) &&
          !alnum_at(t + sl, n->end))
        return true;
  }
  return false;
}

/* Numeric dates: 2024-12-03, 2016/07/03, 10/06/2005 (US month first unless
 * the first part is over 12 or the sentence writes its dates day first),
 * 15.01.2020, 11/17/05. */
const char *ks_norm_rule_numeric_date(struct norm *n, const char *p) {
  const char *end = n->end, *a = p, *ae, *b, *be, *c, *ce;
  char s1, s2;
  unsigned x, y, z, day, month, year;
  bool short_year = false, day_first = false;

  ae = digit_end(a, end);
  if (ae == a || ae >= end)
    return NULL;
  s1 = *ae;
  if (s1 != '-' && s1 != '/' && s1 != '.')
    return NULL;
  b = ae + 1;
  be = digit_end(b, end);
  if (s1 == '/' && be > b && (be >= end || *be != '/'))
    return month_day(n, a, ae);
  /* "Tuesday 18.2.": a day and a month with their stops after a
   * weekday, as Nordic, Baltic and German papers write them */
  /* (inside the sentence: "on Tuesday 4.8." at its end is a level) */
  if (s1 == '.' && be > b && be - b <= 2 && ae - a <= 2 && be < end &&
      *be == '.' && !alnum_at(be + 1, end) && skip_spaces(be + 1, end) < end &&
      !(be + 1 < end && *(be + 1) == '.') && ks_norm_prev_weekday(n) &&
      n->prev + n->prev_len + 1 == p) {
    x = small_val(a, ae);
    y = small_val(b, be);
    if (x >= 1 && x <= 31 && y >= 1 && y <= 12) {
      ks_norm_say_day_of(n, x, (int)y);
      /* (its stop the sentence's at the end) */
      return skip_spaces(be + 1, end) == end ? be : be + 1;
    }
  }
  if (be == b || be - b > 2 || be >= end || *be != s1)
    return NULL;
  s2 = *be;
  c = be + 1;
  ce = digit_end(c, end);
  /* not "1.2.3.4" (a sentence's stop after the year is no part) */
  if (ce == c || (ce < end && (ks_is_alnum((unsigned char)*ce) ||
                               (*ce == s2 && alnum_at(ce + 1, end)))))
    return NULL;
  if (ce < end - 1 && (*ce == '.' || *ce == '-' || *ce == '/') &&
      ks_is_digit((unsigned char)ce[1]))
    return NULL;
  x = small_val(a, ae);
  y = small_val(b, be);
  z = small_val(c, ce);
  if (ae - a == 4) { /* year first */
    if (ce - c > 2)
      return NULL;
    year = x, month = y, day = z;
    /* "released on 2023-11-05" in a report from the day-first world is
     * said as its readers say a date, "the fifth of November" */
    day_first = ks_norm_day_first_world(n);
  } else if (ae - a <= 2 && (ce - c == 4 || ce - c == 2)) {
    if (s1 == '-' && ce - c == 2)
      return NULL; /* 12-05-98 is more likely a code */
    short_year = ce - c == 2;
    year = z;
    /* "Wednesday, 08/10/2025": the order whose date falls on the weekday
     * written before it (8 October, a Wednesday; not 10 August) */
    int order = 0;
    /* (a short year too, in this century: "by Fri 07/03/25") */
    unsigned full = ce - c == 4 ? year : year < 50 ? 2000 + year : 0;
    if (full && x <= 12 && y <= 12 && p - n->s >= 4 && p[-1] == ' ') {
      const char *we = p[-2] == ',' ? p - 2 : p - 1, *w = we;
      while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
        w--;
      if (w < we)
        order = ks_norm_weekday_order(
            (unsigned)ks_norm_weekday_of(n, w, (size_t)(we - w)), x, y, full);
    }
    /* "12.03.2024 ... on 26th April": with stops or slashes, day first
     * where the sentence writes another date so */
    /* with dashes ("on 03-01-2025") only in an article that writes its
     * dates day first */
    /* "on 05.08.2024", "on 12.3.24": stops between a date's parts are
     * the day-first world's way of writing it (Europe, India, Africa,
     * Oceania); an American paper writes slashes, so stops are read day
     * first unless the sentence names the US (names_the_us) */
    if (x > 12 || order > 0 ||
        (order == 0 && s1 == '.' && y <= 12 && !names_the_us(n)) ||
        (order == 0 && (s1 == '/' || s1 == '.') && y <= 12 &&
         (ce - c == 4 ? ks_norm_day_first_world(n)
                      : (n->topics & KS_TOPIC_DAY_FIRST) != 0)) ||
        (order == 0 && s1 == '-' && y <= 12 &&
         (n->topics & KS_TOPIC_DAY_FIRST))) {
      day = x, month = y;
      day_first = true;
    } else {
      month = x, day = y;
    }
  } else {
    return NULL;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 ||
      (!short_year && (year < 1000 || year > 2099)))
    return NULL;
  if (day_first && !short_year) {
    /* written day first, so said day first: "the fifteenth of January" */
    ks_norm_say_day_of(n, day, (int)month);
    ks_buf_putc(n->out, ' ');
    ks_num_year(n->out, year);
  } else if (short_year && day_first) {
    /* "2/10/25" in an article that writes its dates day first */
    ks_norm_say_day_of(n, day, (int)month);
    ks_buf_putc(n->out, ',');
    say_short_year(n, year);
  } else if (short_year) {
    ks_norm_say_month_day(n, (int)month, day, 0);
    ks_buf_putc(n->out, ',');
    say_short_year(n, year);
  } else {
    ks_norm_say_month_day(n, (int)month, day, year);
  }
  return ce;
}

/* "closed Dec. 25 and 26", "on Jan. 5, 12 and 19": the days after a
 * month's first in a list are days too, said as ordinals; d is where the
 * first ended. Where the list ends. */
static const char *more_days(struct norm *n, const char *d) {
  static const char *const joins[] = {" and ", " or ", ", "};
  /* (a word in small letters after the last ends the list, unless the
   * last came after "and" or "or" and the word is a preposition: "Oct.
   * 13, 14, 20 and 21 at the college"; not "Jan. 5 and 12 people", nor
   * after a comma, "On March 1, 2 in 5 households", a count) */
  static const char *const preps[] = {"at", "by", "for", "from", "in",
                                      "on", "when", "with"};
  const char *end = n->end;
  for (;;) {
    const char *x = NULL, *e;
    unsigned day;
    for (size_t i = 0; i < N_OF(joins) && !x; i++)
      if (starts(d, end, joins[i]))
        x = d + strlen(joins[i]);
    if (!x || !(e = scan_day(x, end, &day)) ||
        (e < end &&
         (ks_is_alnum((unsigned char)*e) || *e == '%' || *e == '-' ||
          *e == ':' ||
          (*e == ' ' && e + 1 < end &&
           (ks_is_alpha((unsigned char)e[1]) && !starts(e, end, " and ") &&
            !starts(e, end, " or ") &&
            !(d[0] != ',' && ks_norm_next_is(n, e, preps, N_OF(preps))))))))
      return d;
    ks_buf_puts(n->out, d[0] == ',' ? ", " : d[1] == 'a' ? " and " : " or ");
    ks_num_ordinal(n->out, day);
    d = e;
  }
}

/* "June 3–Sept. 28", "Jan. 5 - Feb. 2": a dash after a month's day and
 * before another month is "to"; returns where that month starts. */
static const char *dash_to_month(struct norm *n, const char *d) {
  const char *end = n->end, *x = d < end && *d == ' ' ? d + 1 : d, *we;
  if (starts(x, end, "–"))
    x += strlen("–");
  else if (x < end && *x == '-')
    x++;
  else
    return NULL;
  if (x < end && *x == ' ')
    x++;
  if (x >= end || !ks_is_upper((unsigned char)*x))
    return NULL;
  we = alpha_end(x, end);
  /* (or after a weekday and its comma: "Monday, June 2 – Friday, Aug.
   * 29") */
  const char *m = x, *me = we;
  if (ks_norm_weekday_of(n, x, (size_t)(we - x)) && we + 2 < end &&
      we[0] == ',' && we[1] == ' ' && ks_is_upper((unsigned char)we[2]))
    me = alpha_end(m = we + 2, end);
  if (me - m < 3 || !ks_norm_month_of(n, m, (size_t)(me - m)))
    return NULL;
  ks_buf_puts(n->out, " to");
  return x;
}

/* Month name or abbreviation, then a day: "Nov. 29", "Dec. 3-4",
 * "December 3rd, 2024", "Jan-15-2020". A bare abbreviation with a period
 * ("in Nov.") is spoken in full. */
const char *ks_norm_rule_month(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *q = we, *d, *r;
  size_t len = (size_t)(we - p);
  int m;
  bool dot = false, full, through = false;
  unsigned day = 0, day2 = 0, year = 0;

  if (len < 3 || len > 9 || !strchr("JFMASONDjfmasond", *p))
    return NULL;
  m = ks_norm_month_of(n, p, len);
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
  if ((m == 5 || (m == 3 && full)) && !ks_is_upper((unsigned char)*p))
    return NULL;
  /* "3.9% (Mar) from 4.1% (Feb)": a month's short name alone in brackets
   * is the month (set BD) */
  /* (after a share: not a name, "Her husband (Jan) is", "Goals: 2 (Jan),
   * 1 (Piet)") */
  /* (or after a statistic's initials, "Jersey RPI (Dec): 3.1%", set BF) */
  const char *iw = p - 2;
  while (p - n->s >= 3 && p[-1] == '(' && iw > n->s &&
         ks_is_upper((unsigned char)iw[-1]))
    iw--;
  if (!full && !dot && p - n->s >= 3 && p[-1] == '(' && p[-2] == ' ' &&
      q < end && *q == ')' &&
      (p[-3] == '%' ||
       /* (before a label's colon: "RPI (Dec): 3.1%"; not "VVD (Jan),
        * CDA (Piet)") */
       (p - 2 - iw >= 2 && p - 2 - iw <= 5 && q + 1 < end && q[1] == ':' &&
        (iw == n->s || !ks_is_alnum((unsigned char)iw[-1])))) &&
      ks_is_upper((unsigned char)*p) && ks_is_lower((unsigned char)p[1])) {
    say(n, n->lang->months[m - 1]);
    return q;
  }
  r = q;
  if (r < end && (*r == ' ' || (*r == '-' && !dot)))
    r++;
  d = r > q ? scan_day(r, end, &day) : NULL;
  if (d && d < end - 1 &&
      (*d == '-' || *d == '/' || (starts(d, end, "–") && d + 3 < end)) &&
      ks_is_digit((unsigned char)d[*d == '-' || *d == '/' ? 1 : 3]) &&
      *q != '-') {
    const char *e2 = scan_day(d + (*d == '-' || *d == '/' ? 1 : 3), end, &day2);
    if (e2 && day2 > day) { /* "Dec. 3-4" */
      d = e2;
    } else {
      day2 = 0;
    }
  } else if (d && (starts(d, end, " to ") || starts(d, end, " through ") ||
                   starts(d, end, " until ") || starts(d, end, " - ") ||
                   starts(d, end, " – "))) {
    /* "from Nov. 18 to 22": the span's last day, not a count ("Jan. 3
     * to 5 p.m.", "Dec. 1 to 20 people"); "January 4th - 8th" spaced */
    const char *t = d + (d[1] == '-'                  ? 3
                         : starts(d, end, " – ")      ? 5
                         : d[1] == 't' && d[2] == 'o' ? 4
                         : d[1] == 't'                ? 9
                                                      : 7);
    const char *e2 = scan_day(t, end, &day2), *w, *wend;
    if (e2 && day2 > day && !(e2 < end && (*e2 == ':' || *e2 == '-')) &&
        !(e2 < end - 1 && *e2 == '.' && ks_is_digit((unsigned char)e2[1])) &&
        !ks_norm_noun_after(n, e2) &&
        !((w = ks_norm_next_word(n, e2, &wend)) &&
          (ks_is_lower((unsigned char)*w) && wend < end && *wend == '.'))) {
      through = d[1] == 't' && d[2] == 'h';
      d = e2;
    } else {
      day2 = 0;
    }
  }
  if (d) {
    r = scan_date_year(d, end, &year);
    if (*q == '-' && r == NULL && d < end && *d == '-')
      return NULL;
    ks_norm_say_month_day(n, m, day, 0);
    if (day2) {
      /* "between Oct. 3-9": between one day and the other */
      ks_buf_puts(n->out, through                                 ? " through "
                          : ks_norm_word_before(n, p, between, 1) ? " and "
                                                                  : " to ");
      ks_num_ordinal(n->out, day2);
    }
    if (r) {
      ks_buf_puts(n->out, ", ");
      ks_num_year(n->out, year);
      return pause_before_clock(n, r);
    }
    if ((r = dash_to_month(n, d)) != NULL)
      return r;
    return more_days(n, d);
  }
  if (dot && !full && len >= 3 && ks_is_upper((unsigned char)*p)) {
    /* "Nov. 2023", "in Dec.": the period is an abbreviation's, unless it
     * also ends the sentence */
    say(n, n->lang->months[m - 1]);
    if (skip_spaces(q, end) == end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  if (!full && !dot &&
      (len == 3 || (len == 4 && m == 9 && ks_is_upper((unsigned char)*p))) &&
      q < end && *q == ' ' &&
      scan_date_year(q, end, &year)) { /* "Jan 2025", "Sept 2025" */
    say(n, n->lang->months[m - 1]);
    return q;
  }
  return NULL;
}

/* Day then month: "3 December 2024", "25th july", "26th May" ->
 * "the third of December twenty twenty-four". */
/* "12-Jan-2008", "3-Mar-09": a day, a month's abbreviation and a year
 * joined by hyphens, as listings and logs write dates. d is at the first
 * hyphen. */
static const char *dashed_date(struct norm *n, const char *d, unsigned day) {
  const char *end = n->end, *w = d + 1, *we = alpha_end(w, end), *y, *ye;
  unsigned year;
  int m = ks_norm_month_of(n, w, (size_t)(we - w));
  if (!m || we - w != 3 || we >= end - 2 || *we != '-' ||
      !ks_is_upper((unsigned char)*w))
    return NULL;
  y = we + 1;
  ye = digit_end(y, end);
  if (!(ye - y == 2 || ye - y == 4) ||
      (ye < end && (ks_is_alnum((unsigned char)*ye) || *ye == '-')))
    return NULL;
  year = small_val(y, ye);
  if (ye - y == 2)
    year += year < 50 ? 2000 : 1900;
  ks_norm_say_day_of(n, day, m);
  ks_buf_puts(n->out, ", ");
  ks_num_year(n->out, year);
  return pause_before_clock(n, ye); /* "12-Jan-2008 11:48 AM" */
}

/* A weekday or a preposition of dates and a day's number come before w:
 * "Thu 7 Mar", "on 7 Mar". */
static bool weekday_day_before(const struct norm *n, const char *w) {
  static const char *const preps[] = {"by",    "from", "on",
                                      "since", "till", "until"};
  const char *d = w - 1, *we;
  if (d <= n->s || *d != ' ')
    return false;
  while (d > n->s && ks_is_digit((unsigned char)d[-1]))
    d--;
  if (d == w - 1 || d - n->s < 2 || d[-1] != ' ')
    return false;
  we = d - 1;
  if (we > n->s && we[-1] == '.')
    we--; /* "Thu. 7 Mar" */
  d = we;
  while (d > n->s && ks_is_alpha((unsigned char)d[-1]))
    d--;
  return d < we && (ks_norm_weekday_of(n, d, (size_t)(we - d)) ||
                    word_is(d, (size_t)(we - d), preps, N_OF(preps)));
}

/* The month of a date written day first, at w: its name in full or of
 * three letters or more; "may" in small letters only before a year, "Mar"
 * only with its stop, or capitalised before a year or after a weekday
 * ("Wed 18 Mar 2026", "Thu 7 Mar").
 * Its number, or 0. */
static int month_after_day(const struct norm *n, const char *w) {
  const char *end = n->end, *we = alpha_end(w, end);
  size_t len = (size_t)(we - w);
  unsigned year;
  int m = ks_norm_month_of(n, w, len);
  if (!m || (len != strlen(n->lang->months[m - 1]) && len < 3) ||
      (m == 5 && !ks_is_upper((unsigned char)*w) &&
       !scan_date_year(we, end, &year)) ||
      (m == 3 && len == 3 && !(we < end && *we == '.') &&
       !(ks_is_upper((unsigned char)*w) &&
         (scan_date_year(we, end, &year) || weekday_day_before(n, w) ||
          /* "(1 Jan to 31 Mar)": where a phrase ends */
          we == end || *we == ')' || *we == ',' || *we == ';'))))
    return 0;
  return m;
}

const char *ks_norm_rule_day_month(struct norm *n, const char *p) {
  const char *end = n->end, *d, *w, *we, *q, *r;
  unsigned day = 0, year = 0;
  int m;
  size_t len;

  d = scan_day(p, end, &day);
  /* a later day of a list after its first: no "the" of its own */
  bool listed = p == n->day_list;
  /* "3, 4 and 5 March": a day before a comma, in a list of days that ends
   * with "and" and a day before its month, "the third, fourth and fifth
   * of March" */
  if (d && d < end - 2 && *d == ',' && d[1] == ' ') {
    const char *c = d, *ce;
    unsigned prev = day, dd = 0;
    while (c < end - 2 && *c == ',' && c[1] == ' ' &&
           (ce = scan_day(c + 2, end, &dd)) != NULL && dd > prev) {
      prev = dd;
      c = ce;
    }
    static const char *const dated[] = {"between", "from", "on", "On"};
    if (c > d && starts(c, end, " and ") &&
        (ce = scan_day(c + 5, end, &dd)) != NULL && dd > prev && ce < end - 1 &&
        *ce == ' ' && ks_is_upper((unsigned char)ce[1]) &&
        month_after_day(n, ce + 1) &&
        ks_norm_word_before(n, p, dated, N_OF(dated))) {
      n->no_the = listed;
      ks_norm_say_the_day(n, day);
      n->no_the = false;
      ks_buf_putc(n->out, ',');
      n->day_list = d + 2;
      return d + 1;
    }
  }
  /* "23–24 August": the first day of a range before a month is a day
   * too, "the twenty-third to the twenty-fourth of August" */
  if (d && d < end && (*d == '-' || starts(d, end, "–"))) {
    const char *d2 = d + (*d == '-' ? 1 : strlen("–")), *e2;
    unsigned day2 = 0;
    e2 = scan_day(d2, end, &day2);
    /* the month taken as the rule for one day takes it, capitalised */
    if (e2 && e2 < end - 1 && *e2 == ' ' && day2 > day &&
        ks_is_upper((unsigned char)e2[1]) && month_after_day(n, e2 + 1)) {
      /* "the Fringe, which runs 2-26 August": right after a verb of
       * lasting, "from" the first day */
      static const char *const lasts[] = {"held",    "last",  "lasts",
                                          "open",    "opens", "ran",
                                          "run",     "runs",  "running",
                                          "continue", "continues"};
      if (ks_norm_word_before(n, p, lasts, N_OF(lasts)))
        say(n, "from");
      ks_norm_say_the_day(n, day);
      /* "between 3-5 March": between one day and the other */
      ks_buf_puts(n->out, ks_norm_word_before(n, p, between, 1) ? " and"
                                                                : " to");
      return d2;
    }
  }
  /* "from 7 to 19 December", "between 3 and 5 May", "closed on 25 and 26
   * December": in words too; and after a weekday, "Friday 23 to Sunday 25
   * August" */
  if (d && (starts(d, end, " to ") || starts(d, end, " and "))) {
    /* (and "the weekend of 14 and 15 June") */
    static const char *const from[] = {"from"},
                             *const joined[] = {
                                 "between", "for", "of",
                                 "on"}; /* "for 19 and 20 September" */
    bool to = d[1] == 't', wday = n->prev && n->prev + n->prev_len + 1 == p &&
                                  ks_norm_weekday_of(n, n->prev, n->prev_len);
    const char *d2 = d + (to ? 4 : 5), *e2, *w2 = d2;
    unsigned day2 = 0;
    if (wday) { /* the second day's weekday: "to Sun. 12" */
      const char *we2 = alpha_end(d2, end);
      if (!ks_norm_weekday_of(n, d2, (size_t)(we2 - d2)))
        wday = false;
      else
        w2 = skip_spaces(we2 < end && *we2 == '.' ? we2 + 1 : we2, end);
    }
    e2 = scan_day(w2, end, &day2);
    if (e2 && e2 < end - 1 && *e2 == ' ' && day2 > day &&
        ks_is_upper((unsigned char)e2[1]) && month_after_day(n, e2 + 1) &&
        (wday ||
         (to ? ks_norm_word_before(n, p, from, N_OF(from))
             : listed || ks_norm_word_before(n, p, joined, N_OF(joined))))) {
      n->no_the = listed;
      ks_norm_say_the_day(n, day);
      n->no_the = false;
      ks_buf_puts(n->out, to ? " to" : " and");
      /* the last of a list of three or more: one "the" for them all
       * ("the third, fourth and fifth of March"; two alone keep theirs,
       * "the twenty-fifth and the twenty-sixth") */
      if (!to && listed)
        n->day_list = d2;
      return d2;
    }
  }
  if (d && d < end && *d == '-')
    return dashed_date(n, d, day);
  /* "Tuesday 21, March 2017": a comma after the day, after a weekday */
  if (d && d < end - 2 && *d == ',' && d[1] == ' ' && p - n->s >= 2 &&
      p[-1] == ' ') {
    const char *wd, *wde;
    if ((wd = ks_norm_prev_word(n, p, &wde)) != NULL && wde + 1 == p &&
        ks_norm_weekday_of(n, wd, (size_t)(wde - wd)) &&
        month_after_day(n, d + 2))
      d++;
  }
  if (!d || d >= end || *d != ' ')
    return NULL;
  w = d + 1;
  we = alpha_end(w, end);
  len = (size_t)(we - w);
  if (!(m = month_after_day(n, w)))
    return NULL;
  q = we;
  if (q < end && *q == '.' && len < strlen(n->lang->months[m - 1]))
    q++;
  n->no_the = listed;
  ks_norm_say_day_of(n, day, m);
  n->no_the = false;
  r = scan_date_year(q, end, &year);
  if (r && year) {
    ks_buf_puts(n->out, q < end && *q == ',' ? ", " : " ");
    ks_num_year(n->out, year);
    return pause_before_clock(n, r);
  }
  if (q > we && skip_spaces(q, end) == end)
    ks_buf_putc(n->out, '.');
  return q;
}

/* An am/pm marker at p ("pm", " p.m.", "AM"), or NULL. */
static const char *scan_ampm(const char *p, const char *end, bool *pm) {
  const char *q = skip_spaces(p, end);
  int c;
  if (q - p > 1 || q >= end)
    return NULL;
  c = ks_to_lower((unsigned char)*q);
  if (c != 'a' && c != 'p')
    return NULL;
  *pm = c == 'p';
  q++;
  if (q < end && *q == '.')
    q++;
  if (q >= end || ks_to_lower((unsigned char)*q) != 'm')
    return NULL;
  q++;
  if (q < end && *q == '.') {
    /* keep a sentence's final period: "at 5 p.m." ends with "P.M." */
    q++;
  }
  if (q < end && ks_is_alpha((unsigned char)*q))
    return NULL;
  return q;
}

static void say_clock_minutes(struct norm *n, unsigned m) {
  ks_buf_puts(n->out, m < 10 ? " oh " : " ");
  ks_num_cardinal(n->out, m);
}

static void say_clock(struct norm *n, unsigned h, unsigned m) {
  sep(n);
  ks_num_cardinal(n->out, h);
  if (m > 0)
    say_clock_minutes(n, m);
}

/* A word of list three words or fewer before p or right after q: "the
 * 13.05 departure", "departure at 13.05", "the train at 18.52". */
static bool trip_near(const struct norm *n, const char *p, const char *q,
                      const char *const *list, size_t count) {
  const char *w, *we;
  return ks_norm_word_within(n, p, 3, list, count) ||
         ((w = ks_norm_next_word(n, q, &we)) != NULL &&
          word_is(w, (size_t)(we - w), list, count));
}

/* "at about 7.20", "at around 9.15": a time's preposition and a word of
 * nearness before the figures at p. */
static bool about_at(const struct norm *n, const char *p) {
  static const char *const near[] = {"about", "around", "approximately"};
  const char *w, *we, *a, *ae;
  return (w = ks_norm_prev_word(n, p, &we)) != NULL && we + 1 == p &&
         word_is(w, (size_t)(we - w), near, N_OF(near)) &&
         (a = ks_norm_prev_word(n, w, &ae)) != NULL && ae + 1 == w &&
         eq_ci(a, (size_t)(ae - a), "at");
}

/* Whether the sentence tells a time with am or pm outside the clock p..q:
 * "6.30am", "10 pm", "7 a.m." */
static bool meridian_in(const struct norm *n, const char *p, const char *q) {
  const char *end = n->end;
  for (const char *c = n->s; c < end; c++) {
    if (!ks_is_digit((unsigned char)*c) || c + 1 >= end ||
        ks_is_digit((unsigned char)c[1]) || (c >= p && c < q))
      continue;
    const char *m = c + 1;
    if (m < end && *m == ' ')
      m++;
    if (m + 1 < end && (*m == 'a' || *m == 'p' || *m == 'A' || *m == 'P') &&
        (m[1] == 'm' || m[1] == 'M') && !alnum_at(m + 2, end))
      return true;
    if (m + 3 < end && (*m == 'a' || *m == 'p') && m[1] == '.' &&
        m[2] == 'm' && m[3] == '.')
      return true;
  }
  return false;
}

/* Whether o..oe is a clock written with a stop: "7.45", "10.15". */
static bool stop_clock(const char *o, const char *oe) {
  return oe - o >= 4 && oe - o <= 5 && oe[-3] == '.' &&
         ks_is_digit((unsigned char)*o) && ks_is_digit((unsigned char)oe[-1]) &&
         ks_is_digit((unsigned char)oe[-2]) && oe[-2] <= '5' &&
         small_val(o, oe - 3) >= 1 && small_val(o, oe - 3) <= 23;
}

/* "served from 7.45 until 10.15": the hour at p (its minutes end at q)
 * is one end of a span from one clock until another ("until" and "till"
 * join times, where "to" joins a rate's figures too). */
static bool until_span(const struct norm *n, const char *p, unsigned h,
                       const char *q) {
  static const char *const froms[] = {"from"};
  static const char *const untils[] = {"till", "until"};
  const char *end = n->end, *o, *oe;
  if (h < 1 || h > 23 || !stop_clock(p, q) || alnum_at(q, end) ||
      (q < end && *q == '%'))
    return false;
  if (ks_norm_word_before(n, p, froms, N_OF(froms))) {
    o = ks_norm_next_word(n, q, &oe);
    if (!o || !word_is(o, (size_t)(oe - o), untils, N_OF(untils)) ||
        end - oe < 2 || *oe != ' ')
      return false;
    for (o = oe = oe + 1; oe < end && (ks_is_digit((unsigned char)*oe) || *oe == '.');
         oe++)
      ;
    return stop_clock(o, oe) && !alnum_at(oe, end);
  }
  if (!ks_norm_word_before(n, p, untils, N_OF(untils)) || n->prev - n->s < 6 ||
      n->prev[-1] != ' ')
    return false;
  oe = n->prev - 1; /* the span's first clock, before "until" */
  for (o = oe; o > n->s && (ks_is_digit((unsigned char)o[-1]) || o[-1] == '.');
       o--)
    ;
  return o - n->s >= 5 && starts(o - 5, end, "from ") && stop_clock(o, oe);
}

/* "open from 10.00 to 17.00", "until 20.30 on Fridays": a clock written
 * with a stop, as British and European papers write it, after a word of
 * time, on the quarter hour and in a sentence about what opens or starts
 * at an hour, with no unit, sign or percentage near (not "rose from 10.50
 * to 11.20 pence", "yields climbed to 4.15"). p is at the hour, q after
 * the minutes. */
static bool dot_clock(const struct norm *n, const char *p, unsigned h,
                      unsigned m, const char *q) {
  static const char *const preps[] = {"at",  "from",    "until", "till",  "to",
                                      "and", "between", "after", "before"};
  /* what is open at an hour: "open from 10.00 to 17.00", "Doors open at
   * 19.30", "until 17.30 on weekdays" */
  static const char *const hours[] = {"open",     "opens",    "opening",
                                      "close",    "closes",   "closing",
                                      "doors",    "daily",    "weekdays",
                                      "resumes",  "starts",   "kick-off",
                                      "Kick-off", "GMT",      "BST",
                                      "CET",      "local",    "begins",
                                      "ends",     "deadline", "shut",
                                      "shuts"}; /* "the market shuts at 5.45" */
  /* "the strike ends at 23.59", but not "shares open at 12.47" */
  /* (and a currency's rate, "The pound shut at 1.27 against the
   * dollar") */
  static const char *const prices[] = {
      "against", "dollar", "euro",  "index", "pence",  "pound",
      "price",   "prices", "rupee", "share", "shares", "sterling",
      "stock",   "stocks", "yen",   "yield", "yields"};
  /* what leaves at a minute: "rebooked on the 13.05 departure", "the
   * train at 18.52" */
  static const char *const trips[] = {
      "arrival",   "arrivals",   "arrive", "arrived",  "arrives",
      "bus",       "buses",      "depart", "departed", "departs",
      "departure", "departures", "ferry",  "flight",   "flights",
      "rebooked",  "sailing",    "sailings", "timetable", "train",
      "trains"};
  /* "Thu 22 May 2025 18.45 BST": before a zone, any minute is a time */
  static const char *const zones[] = {"AEDT", "AEST", "BST", "CEST",
                                      "CET",  "EET",  "GMT", "IST",
                                      "SAST", "UTC",  "WAT"};
  const char *end = n->end, *u, *w, *we;
  bool timed = false, day = false,
       quarter = m == 0 || m == 15 || m == 30 || m == 45;
  /* "open Mon–Sat 8.30–5.30": after a weekday, or after a dash and the
   * range's first time, an hour of opening */
  size_t dash = p - n->s >= 5 && p[-1] == '-'              ? 1
                : p - n->s >= 7 && starts(p - 3, end, "–") ? 3
                                                           : 0;
  const char *d = p - dash;
  bool after_clock = dash && d - n->s >= 4 &&
                     ks_is_digit((unsigned char)d[-1]) &&
                     ks_is_digit((unsigned char)d[-2]) && d[-3] == '.' &&
                     ks_is_digit((unsigned char)d[-4]);
  static const char *const days[] = {"daily", "nightly", "weekdays",
                                     "weekends"};
  bool after_day = (w = ks_norm_prev_word(n, p, &we)) != NULL &&
                   (ks_norm_weekday_of(n, w, (size_t)(we - w)) ||
                    word_is(w, (size_t)(we - w), days, N_OF(days)));
  if (m > 59)
    return false;
  /* "at 20.00 hrs", "13.20 hs": the hours' mark after a clock's time,
   * after a word of time (not "ran for 2.30 hrs") */
  if (h <= 23 && q - p >= 4 && q[-3] == '.' &&
      ks_norm_word_before(n, p, preps, N_OF(preps)) &&
      ((starts(q, end, " hrs") && !alnum_at(q + 4, end)) ||
       (starts(q, end, " hs") && !alnum_at(q + 3, end))))
    return true;
  /* "at 07.30", "09.05 Updated": an hour written with its zero before
   * the minutes is a clock's (no decimal is written "07.30") */
  if (*p == '0' && h >= 1 && h <= 9 && q - p == 5 && !alnum_at(q, end) &&
      !(q < end && *q == '%') &&
      !(q < end - 1 && *q == ' ' && ks_norm_scan_unit(n->lang, q + 1, end, &u)))
    return true;
  if (h <= 23 && after_date_year(n, p) && !alnum_at(q, end) &&
      !(q < end && *q == '%') && !amount_after(q, end) &&
      !(q < end - 1 && *q == ' ' &&
        (ks_norm_scan_unit(n->lang, q + 1, end, &u) ||
         starts(q + 1, end, "pence") || starts(q + 1, end, "percent"))))
    return true;
  if (h <= 24 && q < end - 3 && *q == ' ') {
    const char *z = q + 1, *ze = alpha_end(z, end);
    if (word_is(z, (size_t)(ze - z), zones, N_OF(zones)) &&
        ks_is_upper((unsigned char)*z) && !alnum_at(ze, end))
      return true;
  }
  /* "Updated 22.16 Saturday January 5, 2008": a page's stamp, its label
   * opening the line, capitalised, before the clock and a weekday or a
   * month after it (not "Lyles posted 9.58 Sunday") */
  {
    static const char *const stamps[] = {"created", "modified", "posted",
                                         "published", "updated"};
    const char *x, *xe;
    if (h <= 23 && (q - p == 5 || (q - p == 4 && h < 10)) &&
        ks_norm_word_before(n, p, stamps, N_OF(stamps)) && n->prev == n->s &&
        ks_is_upper((unsigned char)*n->prev) &&
        !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
        (x = ks_norm_next_word(n, q, &xe)) != NULL &&
        ks_is_upper((unsigned char)*x) &&
        (ks_norm_weekday_of(n, x, (size_t)(xe - x)) ||
         ks_norm_month_of(n, x, (size_t)(xe - x))))
      return true;
  }
  /* "will now leave at 23.40": a verb of leaving right before "at" (not
   * "voted to leave at 1.45", "sick leave fell from 8.15") */
  {
    static const char *const ats[] = {"at"};
    static const char *const leaves[] = {"leave", "leaves", "leaving"};
    const char *b, *be;
    if (h <= 23 && q - p >= 4 && q[-3] == '.' && !alnum_at(q, end) &&
        ks_norm_word_before(n, p, ats, N_OF(ats)) &&
        (b = ks_norm_prev_word(n, n->prev, &be)) != NULL && be + 1 == n->prev &&
        word_is(b, (size_t)(be - b), leaves, N_OF(leaves)) &&
        !(b - n->s >= 3 && starts(b - 3, end, "to ")) &&
        !ks_norm_sentence_has(n, prices, N_OF(prices)))
      return true;
  }
  /* "the 14.10 from Paddington", "Tuesday's 3.30 at Cheltenham": a
   * train's or a race's time, after "the" or a possessive, before "from"
   * or "at" and a place's name (not in a sentence of prices) */
  {
    static const char *const the[] = {"the"};
    /* (a horse race's: not a sprint's "Bolt's 9.58 at Berlin") */
    static const char *const races[] = {"horse", "horses", "jockey",
                                        "trainer"};
    static const char *const services[] = {
        "cancelled", "canceled", "delayed", "late", "service", "services"};
    const char *x = q + 4 < end && (starts(q, end, " at ") ||
                                    starts(q, end, " from "))
                        ? q + (q[1] == 'a' ? 4 : 6)
                        : NULL;
    if (x && x < end && ks_is_upper((unsigned char)*x) && h >= 1 && h <= 23 &&
        q - p >= 4 && q[-3] == '.' &&
        (ks_norm_word_before(n, p, the, 1) ||
         (n->prev && n->prev + n->prev_len + 1 == p && n->prev_len > 2 &&
          n->prev[n->prev_len - 2] == '\'' && n->prev[n->prev_len - 1] == 's')) &&
        !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
        (q[1] == 'a' ? (n->topics & KS_TOPIC_RACING) ||
                           ks_norm_sentence_has(n, races, N_OF(races))
                     : ks_norm_sentence_has(n, services, N_OF(services)) ||
                           ks_norm_sentence_has(n, trips, N_OF(trips))))
      return true;
  }
  /* (and only before the end, a mark or a word of when: not "at 4.30
   * metres", "at 1.45 a litre") */
  static const char *const markets[] = {
      "dollar", "euro",  "points", "pound", "rand",   "rate",
      "rupee",  "traded", "trading", "yen", "yuan"};
  static const char *const after_clock_words[] = {
      "and", "for", "in", "on", "sharp", "this", "today", "tomorrow",
      "tonight", "when", "with"};
  /* "on Saturday the 22nd at 9.30": a quarter-hour after "at" in a
   * sentence that names a weekday (not "at 4.50 a share on Monday" in a
   * sentence of prices) */
  if (h >= 1 && h <= 23 && quarter && (q - p == 4 || q - p == 5) &&
      !alnum_at(q, end) && !(q < end && *q == '%') &&
      ks_norm_word_before(n, p, preps, 1) &&
      !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
      !ks_norm_sentence_has(n, markets, N_OF(markets)) &&
      (q == end || strchr(",.;)", *q) ||
       ks_norm_next_is(n, q, after_clock_words, N_OF(after_clock_words)))) {
    for (const char *c = n->s, *ce; c < end; c = ce + 1) {
      while (c < end && !ks_is_upper((unsigned char)*c))
        c++;
      ce = alpha_end(c, end);
      if (ce > c && (c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
          ks_norm_weekday_of(n, c, (size_t)(ce - c)))
        return true;
      if (ce == c)
        ce = c;
    }
  }
  /* "at 8.40 this morning", "until 9.15 tonight": a part of the day
   * right after the minutes, after a preposition of time */
  /* and "at 7.15 in the morning", "sunrise will be at about 7.20" */
  /* (after "at", "until" or "by" only, not "to" or "from", a rate's
   * words; in a sentence of no rate, currency or measure: "The pound fell
   * to 1.21 this morning", "the river was at 4.35 metres") */
  static const char *const suns[] = {"sunrise", "sunset"};
  static const char *const ats[] = {"at", "by", "till", "until"};
  static const char *const rates[] = {
      "dollar", "euro",     "inflation", "per",  "percent", "pound",
      "rand",   "rate",     "rates",     "rupee", "yen",    "yuan"};
  if (h >= 1 && h <= 12 && (q - p == 4 || q - p == 5) &&
      (starts(q, end, " this morning") || starts(q, end, " this afternoon") ||
       starts(q, end, " this evening") || starts(q, end, " tonight") ||
       starts(q, end, " tomorrow") || starts(q, end, " in the morning") ||
       starts(q, end, " in the afternoon") ||
       starts(q, end, " in the evening") ||
       (ks_norm_sentence_has(n, suns, N_OF(suns)) && !alnum_at(q, end) &&
        !(q + 1 < end && *q == ' ' && ks_is_alpha((unsigned char)q[1])))) &&
      (ks_norm_word_before(n, p, ats, N_OF(ats)) || about_at(n, p)) &&
      !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
      !ks_norm_sentence_has(n, rates, N_OF(rates)) &&
      !(q < end && *q == '%'))
    return true;
  /* "opens at 6.30am and stays busy until 10pm, with the queues at
   * around 12.30": after "at" in a sentence that tells the time with am
   * or pm elsewhere; not odds, a price or a time in seconds ("the
   * favourite is at 4.50", "tickets are at 12.50", "the clock at 9.58") */
  static const char *const not_clocks[] = {
      "bookmakers", "clock", "cost", "costs", "each", "favorite",
      "favourite", "odds", "seconds", "ticket", "tickets"};
  if (h >= 1 && h <= 12 && (q - p == 4 || q - p == 5) && !alnum_at(q, end) &&
      !(q < end && *q == '%') &&
      (ks_norm_word_before(n, p, ats, N_OF(ats)) || about_at(n, p)) &&
      !(q < end - 1 && *q == ' ' && ks_norm_scan_unit(n->lang, q + 1, end, &u)) &&
      meridian_in(n, p, q) && !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
      !ks_norm_sentence_has(n, rates, N_OF(rates)) &&
      !ks_norm_sentence_has(n, not_clocks, N_OF(not_clocks)))
    return true;
  if ((after_clock || after_day) && quarter && h >= 1 && h <= 12 &&
      ks_norm_sentence_has(n, hours, N_OF(hours)) &&
      !ks_norm_sentence_has(n, prices, N_OF(prices)))
    return true;
  /* "won the 2.30 at Cheltenham": a race named by its start, after "the"
   * and before "at" and its course's name, on the five minutes as race
   * cards set them (not a sprint's time, "ran the 9.58 at Berlin") */
  static const char *const the[] = {"the"};
  if (h >= 1 && h <= 9 && stop_clock(p, q) && (q[-1] == '0' || q[-1] == '5') &&
      ks_norm_word_before(n, p, the, N_OF(the)) && starts(q, end, " at ") &&
      q + 5 < end && ks_is_upper((unsigned char)q[4]) &&
      ks_is_lower((unsigned char)q[5]))
    return true;
  if (until_span(n, p, h, q) && !ks_norm_sentence_has(n, prices, N_OF(prices)) &&
      !ks_norm_sentence_has(n, rates, N_OF(rates)) &&
      !ks_norm_sentence_has(n, markets, N_OF(markets)))
    return true;
  if (h > 24 || (h == 0 && q - p < 5) ||
      (!quarter && !trip_near(n, p, q, trips, N_OF(trips)) &&
       !(trip_near(n, p, q, hours, N_OF(hours)) &&
         !ks_norm_sentence_has(n, prices, N_OF(prices)))) ||
      (p > n->s && !ks_is_space((unsigned char)p[-1])) ||
      !ks_norm_word_before(n, p, preps, N_OF(preps)))
    return false;
  if (q < end && (*q == '%' || ks_is_alpha((unsigned char)*q)))
    return false;
  if (q < end - 1 && *q == ' ' &&
      (ks_norm_scan_unit(n->lang, q + 1, end, &u) || starts(q + 1, end, "a ") ||
       starts(q + 1, end, "per ") || starts(q + 1, end, "percent") ||
       starts(q + 1, end, "points") ||
       /* ("Shares close at 5.45 pence": a price's coins) */
       starts(q + 1, end, "pence") || starts(q + 1, end, "cents")))
    return false;
  for (const char *c = n->s; c < end; c++) {
    unsigned char b = (unsigned char)*c;
    const char *e = alpha_end(c, end);
    if (b == '$' || b == '%' ||
        ((b == 0xC2 || b == 0xE2) &&
         ks_norm_scan_currency(n->lang, c, end, &u) != NULL))
      return false; /* "£", "€" and their kin */
    if (e > c && (c == n->s || !ks_is_alpha((unsigned char)c[-1]))) {
      /* or a part of the day, or a weekday: "our coffee morning is on
       * Sat 4 May, from 10.30 to 12.00" */
      static const char *const parts[] = {"afternoon", "evening", "morning",
                                          "tonight"};
      /* ("Kick-off is at 19.45": the hyphened word whole) */
      timed = timed || word_is(c, (size_t)(e - c), hours, N_OF(hours)) ||
              word_is(c, (size_t)(e - c), trips, N_OF(trips)) ||
              (starts_ci(c, end, "kick-off") &&
               !ks_norm_sentence_has(n, prices, N_OF(prices)));
      day = day || word_is(c, (size_t)(e - c), parts, N_OF(parts)) ||
            (ks_is_upper((unsigned char)*c) &&
             ks_norm_weekday_of(n, c, (size_t)(e - c)) > 0);
      c = e - 1;
    }
  }
  /* a day's part or a weekday only for a span of hours: "from 10.30 to
   * 12.00", "until 17.30" (not "the euro traded at 1.15 on Monday") */
  static const char *const spans[] = {"between", "from", "till", "until"};
  static const char *const joins[] = {"and", "to"};
  bool span = ks_norm_word_before(n, p, spans, N_OF(spans));
  if (!span && ks_norm_word_before(n, p, joins, N_OF(joins)) && n->prev &&
      n->prev - n->s >= 6 && n->prev[-1] == ' ') {
    const char *c = n->prev - 1; /* the end of the clock before "to" */
    span = ks_is_digit((unsigned char)c[-1]) &&
           ks_is_digit((unsigned char)c[-2]) && c[-3] == '.' &&
           ks_is_digit((unsigned char)c[-4]);
  }
  return timed ||
         (day && span && !ks_norm_sentence_has(n, prices, N_OF(prices)));
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

/* A 24-hour time in four digits before a time zone, as wire copy writes
 * it: "0240 GMT" is "oh two forty", "1400 GMT" "fourteen hundred". */
/* "0600 hours", "at 1800 hrs": a military time, four digits with a leading
 * zero or after "at", before "hours" (otherwise "1200 hours" is a count). */
static bool military(const struct norm *n, const char *p, const char *z) {
  static const char *const at[] = {"at",   "by",     "until",
                                   "from", "before", "after"};
  const char *ze = alpha_end(z, n->end);
  /* "0800 and 1700 hours": the second of two */
  const char *w = p - n->s >= 8 && starts(p - 4, n->end, " to ")    ? p - 4
                  : p - n->s >= 9 && starts(p - 5, n->end, " and ") ? p - 5
                                                                    : NULL;
  bool second = w && digit_end(w - 4, w) == w &&
                (w - 4 == n->s || !ks_is_digit((unsigned char)w[-5])) &&
                small_val(w - 2, w) <= 59 &&
                (w[-4] == '0' || small_val(w - 4, w - 2) >= 13);
  /* "2000 hours of flying", "hours a year": a count of hours */
  if (starts(ze, n->end, " of ") || starts(ze, n->end, " a ") ||
      starts(ze, n->end, " per ") || starts(ze, n->end, " each"))
    return false;
  return (eq_ci(z, (size_t)(ze - z), "hours") ||
          eq_ci(z, (size_t)(ze - z), "hrs")) &&
         (*p == '0' || second || ks_norm_word_before(n, p, at, N_OF(at)));
}

/* The sentence holds a time that only a 24-hour clock has ("18:00"):
 * then "09:00" in it is read on that clock too, "oh nine hundred". */
static bool clock_24h_in_sentence(const struct norm *n) {
  for (const char *c = n->s; c + 2 < n->end; c++)
    if (c - n->s >= 2 && *c == ':' && ks_is_digit((unsigned char)c[-2]) &&
        ks_is_digit((unsigned char)c[-1]) && ks_is_digit((unsigned char)c[1]) &&
        ks_is_digit((unsigned char)c[2]) &&
        (c - 2 == n->s || !ks_is_digit((unsigned char)c[-3])) &&
        (c[-2] - '0') * 10 + (c[-1] - '0') >= 13 &&
        (c[-2] - '0') * 10 + (c[-1] - '0') <= 23)
      return true;
  return false;
}

/* A span from the clock ending at q to one only the 24-hour clock has:
 * "9:00–17:00", "06:00 to 23:00". */
static bool span_to_24h(const struct norm *n, const char *q) {
  const char *end = n->end, *t = NULL, *d;
  if (starts(q, end, "\xE2\x80\x93"))
    t = q + 3;
  else if (starts(q, end, "-"))
    t = q + 1;
  else if (starts(q, end, " to ") || starts(q, end, " - "))
    t = q + (q[1] == 't' ? 4 : 3);
  else if (starts(q, end, " until "))
    t = q + 7;
  if (!t || (d = digit_end(t, end)) - t != 2 || d >= end - 2 || *d != ':')
    return false;
  unsigned h = small_val(t, d);
  return h >= 13 && h <= 23;
}

/* Every 24-hour time in the sentence ("18:00", "07h00") is on the hour:
 * then a newsreader says them on a 12-hour clock ("from six A.M. to eight
 * P.M."); with minutes in one ("14h00 to 19h30") they stay on the 24-hour
 * clock, all alike. */
static bool hours_only_in_sentence(const struct norm *n) {
  /* a clock of one digit or two with minutes ("9:30", "19h30") */
  for (const char *c = n->s; c + 2 < n->end; c++)
    if (c - n->s >= 1 && (*c == ':' || *c == 'h') &&
        ks_is_digit((unsigned char)c[-1]) && ks_is_digit((unsigned char)c[1]) &&
        ks_is_digit((unsigned char)c[2]) &&
        (c + 3 == n->end || !ks_is_digit((unsigned char)c[3])) &&
        !(c[1] == '0' && c[2] == '0'))
      return false;
  return true;
}

/* The hour h of a 24-hour clock, on the hour, on a 12-hour one: "seven
 * A.M.", "eight P.M.", "twelve noon", "midnight"; the marker's stop is the
 * sentence's before q's full stop. Returns q. */
static const char *say_hour_12(struct norm *n, unsigned h, const char *q) {
  if (h == 0 || h == 24) {
    say(n, "midnight");
    return q;
  }
  if (h == 12) {
    say(n, "twelve noon");
    return q;
  }
  sep(n);
  ks_num_cardinal(n->out, h > 12 ? h - 12 : h);
  ks_buf_puts(n->out, h > 12 ? " P.M." : " A.M.");
  if (q < n->end && *q == '.')
    ks_buf_truncate(n->out, n->out->len - 1);
  return q;
}

/* A 24-hour time as soldiers and wire copy say it: "oh two forty",
 * "fourteen hundred"; "hrs" at z becomes "hours". Returns where it ends:
 * after "hrs", else at q. */
static const char *say_24h(struct norm *n, unsigned h, unsigned m,
                           const char *z, const char *q) {
  const char *end = n->end;
  sep(n);
  if (h == 0)
    ks_buf_puts(n->out, "zero");
  else if (h < 10)
    ks_buf_puts(n->out, "oh ");
  if (h > 0)
    ks_num_cardinal(n->out, h);
  if (m == 0) {
    ks_buf_puts(n->out, " hundred");
  } else {
    ks_buf_puts(n->out, m < 10 ? " oh " : " ");
    ks_num_cardinal(n->out, m);
  }
  if (z < end - 2 && eq_ci(z, 3, "hrs") &&
      !(z + 3 < end && ks_is_alpha((unsigned char)z[3]))) {
    ks_buf_puts(n->out, " hours");
    return z + 3;
  }
  return q;
}

/* A time zone at z, after the four digits at p: "GMT", "local time", or
 * "hours" as military() says. */
static bool zone_at(const struct norm *n, const char *p, const char *z) {
  static const char *const zones[] = {
      "GMT",  "UTC",  "EST", "EDT", "CST",  "CDT",  "MST", "MDT",
      "PST",  "PDT",  "BST", "CET", "CEST", "IST",  "JST", "AEST",
      "AEDT", "ET",   "PT",  "HKT", "SGT",  "MSK",  "EET", "EEST",
      "WIB",  "SAST", "EAT", "WAT", "PKT",  "NZST", "NZDT"};
  const char *ze = z;
  while (ze < n->end && ks_is_upper((unsigned char)*ze))
    ze++;
  if (ze < n->end && ks_is_alnum((unsigned char)*ze))
    ze = z; /* not a zone in capitals */
  return word_is(z, (size_t)(ze - z), zones, N_OF(zones)) ||
         starts(z, n->end, "local time") || military(n, p, z);
}

static const char *wire_time(struct norm *n, const char *p, const char *ae) {
  const char *end = n->end, *z = ae + 1;
  unsigned h, m;
  /* "at 0430hrs", "ended at 1700hrs": glued to its hours' mark, four
   * figures with their nought or after a word of time are a clock's (not
   * a count of hours, "a pilot with 2000hrs of flying", "logged 1200hrs
   * on the type") */
  static const char *const ats[] = {"at", "by", "from", "until", "till"};
  bool glued = ae - p == 4 && starts(ae, end, "hrs") && !alnum_at(ae + 3, end) &&
               (*p == '0' || ks_norm_word_before(n, p, ats, N_OF(ats))) &&
               !starts(ae + 3, end, " of ") && !starts(ae + 3, end, " a ");
  if (glued)
    z = ae;
  if (ae - p != 4 || (!glued && (ae >= end - 2 || *ae != ' ')) ||
      (p > n->s &&
       (ks_is_alnum((unsigned char)p[-1]) || p[-1] == ',' || p[-1] == '.')))
    return NULL;
  bool ranged = false;
  if (!glued && !zone_at(n, p, z)) {
    /* "from 0600 to 2100 GMT": the first of two takes the zone of the
     * second */
    const char *t = starts(z, end, "to ")    ? z + 3
                    : starts(z, end, "and ") ? z + 4
                                             : NULL;
    if (!t || digit_end(t, end) != t + 4 || t + 5 >= end || t[4] != ' ' ||
        !zone_at(n, p, t + 5))
      return NULL;
    ranged = true;
  }
  h = small_val(p, p + 2);
  m = small_val(p + 2, p + 4);
  if (h > 23 || m > 59)
    return NULL;
  /* "in 2008 GMT's history": after these, four digits are a year (not
   * before "hrs" or "hours": "from 2300 hrs on Friday") */
  const char *ze = alpha_end(z, end);
  bool hours =
      eq_ci(z, (size_t)(ze - z), "hrs") || eq_ci(z, (size_t)(ze - z), "hours");
  if (*p != '0' && !ranged && !hours &&
      ks_norm_word_before(n, p, ks_norm_year_preps, KS_NORM_YEAR_PREPS_STRONG))
    return NULL;
  return say_24h(n, h, m, z, ae);
}

/* "leaves at 0600": four digits that open with a zero, after a word of
 * time, are a 24-hour clock's ("oh six hundred"); no count is written
 * so. */
static const char *zero_time(struct norm *n, const char *p, const char *ae) {
  static const char *const at[] = {"at",    "by",   "until", "from",
                                   "after", "till", "to",    "before"};
  unsigned h, m;
  /* (without its zero, "leave Singapore at 2355", in a sentence about
   * a journey's times: past 2100, no year's, or beside one that has its
   * zero, "... and arrive at 0610") */
  static const char *const journeys[] = {
      "arrive", "arrives", "arriving", "depart", "departs", "departing",
      "departure", "flight", "flights", "lands", "leave", "leaves",
      "sails", "train", "trains"};
  if (ae - p == 4 && *p != '0' && !alnum_at(ae, n->end) &&
      ks_norm_word_before(n, p, at, 1) &&
      ks_norm_sentence_has(n, journeys, N_OF(journeys))) {
    bool zeroed = false;
    for (const char *c = n->s; c + 4 <= n->end && !zeroed; c++)
      zeroed = *c == '0' && (c == n->s || c[-1] == ' ') &&
               digit_end(c, n->end) == c + 4 && !alnum_at(c + 4, n->end) &&
               small_val(c, c + 2) <= 23 && small_val(c + 2, c + 4) <= 59;
    h = small_val(p, p + 2);
    m = small_val(p + 2, p + 4);
    if (h <= 23 && m <= 59 && (h >= 21 || zeroed) &&
        !(ae < n->end - 1 && strchr(":/-.,", *ae) &&
          ks_is_digit((unsigned char)ae[1])))
      return say_24h(n, h, m, ae + (ae < n->end && *ae == ' '), ae);
  }
  if (ae - p != 4 || *p != '0' || alnum_at(ae, n->end) ||
      (ae < n->end - 1 &&
       (*ae == ':' || *ae == '/' || *ae == '-' ||
        (*ae == '.' && ks_is_digit((unsigned char)ae[1])) ||
        (*ae == ',' && ks_is_digit((unsigned char)ae[1])))) ||
      !ks_norm_word_before(n, p, at, N_OF(at)))
    return NULL;
  h = small_val(p, p + 2);
  m = small_val(p + 2, p + 4);
  if (h > 23 || m > 59)
    return NULL;
  return say_24h(n, h, m, ae + (ae < n->end && *ae == ' '), ae);
}

/* The US zones a broadcast names by region after a time: "7:30 p.m. ET"
 * is "seven thirty P.M. Eastern time". */
static const char *us_zone(struct norm *n, const char *q) {
  static const char *const zones[][2] = {{"ET", "Eastern time"},
                                         {"CT", "Central time"},
                                         {"MT", "Mountain time"},
                                         {"PT", "Pacific time"}};
  const char *end = n->end;
  if (q >= end - 2 || *q != ' ')
    return q;
  for (size_t i = 0; i < N_OF(zones); i++)
    if (starts(q + 1, end, zones[i][0]) &&
        !(q + 3 < end && ks_is_alnum((unsigned char)q[3]))) {
      ks_buf_putc(n->out, ' ');
      /* "10 p.m. ET/PT": the same hour in both, "Eastern and Pacific
       * time" */
      for (size_t k = 0; q + 6 <= end && q[3] == '/' && k < N_OF(zones); k++)
        if (k != i && starts(q + 4, end, zones[k][0]) &&
            !(q + 6 < end && ks_is_alnum((unsigned char)q[6]))) {
          /* every zone's words end in " time": "Eastern and Pacific
           * time" */
          size_t l = strlen(zones[i][1]) - strlen(" time");
          ks_buf_put(n->out, zones[i][1], l);
          ks_buf_puts(n->out, " and ");
          ks_buf_puts(n->out, zones[k][1]);
          return q + 6;
        }
      ks_buf_puts(n->out, zones[i][1]);
      return q + 3;
    }
  /* "10:24 CAT", "09:41 WIB": a region's zone few listeners know by its
   * letters, by its name (not the zones said as letters, "GMT", "EST",
   * "AEST", "JST") */
  /* (the written sets' writers say "J S T", "S A S T", "P K T" as
   * letters; round 39's listeners asked for Africa's and Indonesia's
   * zones by name) */
  static const char *const regional[][2] = {
      {"CAT", "Central Africa time"},    {"EAT", "East Africa time"},
      {"WAT", "West Africa time"},       {"WIB", "Western Indonesia time"},
      {"WITA", "Central Indonesia time"}, {"WIT", "Eastern Indonesia time"},
      {"BOT", "Bolivia time"},           {"PYT", "Paraguay time"},
      {"ICT", "Indochina time"}};
  for (size_t i = 0; i < N_OF(regional); i++) {
    size_t l = strlen(regional[i][0]);
    /* (not "a 9:30 CAT scan", "11:00 ICT-1 began") */
    if (starts(q + 1, end, regional[i][0]) &&
        !(q + 1 + l < end &&
          (ks_is_alnum((unsigned char)q[1 + l]) || q[1 + l] == '-')) &&
        !starts(q + 1 + l, end, " scan")) {
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, regional[i][1]);
      return q + 1 + l;
    }
  }
  return q;
}

/* "15:20", "9:05": hours of one or two figures at p, the colon at ae, and
 * two figures of minutes under 60 with nothing glued after them (a
 * letter, a digit, a colon; or a stop, when stop is set): where the
 * minutes end, or NULL. */
static const char *hours_minutes(const struct norm *n, const char *p,
                                 const char *ae, bool stop) {
  const char *end = n->end, *b = ae + 1, *be;
  if (ae == p || ae - p > 2 || ae >= end - 2 || *ae != ':' ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == ':')))
    return NULL;
  be = digit_end(b, end);
  if (be - b != 2 || small_val(b, be) > 59 ||
      (be < end && (ks_is_alnum((unsigned char)*be) || *be == ':' ||
                    (stop && *be == '.'))))
    return NULL;
  return be;
}

/* "the Air managed 15:20 and 9:05 in the same battery tests": hours and
 * minutes of a battery's life after a verb of lasting, or after "and" or
 * "vs" in such a sentence, are a duration, not a clock's time. */
static const char *battery_life(struct norm *n, const char *p, const char *ae) {
  static const char *const power[] = {"batteries", "battery", "runtime"};
  static const char *const lasting[] = {
      "achieved", "clocked", "delivered", "delivers", "got",  "lasted", "lasts",
      "managed",  "manages", "ran",       "recorded", "runs", "scored"};
  static const char *const joins[] = {"and", "versus", "vs"};
  const char *b = ae + 1, *be;
  if ((be = hours_minutes(n, p, ae, false)) == NULL ||
      !ks_norm_sentence_has(n, power, N_OF(power)))
    return NULL;
  /* after "and" or "vs", only where a battery's time was just read:
   * "managed 15:20 and 9:05", not "screenings at 18:30 and 21:15" */
  if (!ks_norm_word_before(n, p, lasting, N_OF(lasting))) {
    const char *j, *je, *t;
    if (!(j = ks_norm_prev_word(n, p, &je)) || je + 1 != p ||
        !word_is(j, (size_t)(je - j), joins, N_OF(joins)) || j - n->s < 6 ||
        j[-1] != ' ' || !ks_is_digit((unsigned char)j[-2]))
      return NULL;
    for (t = j - 2;
         t > n->s && (ks_is_digit((unsigned char)t[-1]) || t[-1] == ':'); t--)
      ;
    if (!((j = ks_norm_prev_word(n, t, &je)) != NULL && je + 1 == t &&
          word_is(j, (size_t)(je - j), lasting, N_OF(lasting))))
      return NULL;
  }
  say_unit_count(n, small_val(p, ae), "hour", "hours", false);
  if (small_val(b, be) > 0)
    say_unit_count(n, small_val(b, be), "minute", "minutes", false);
  return be;
}

/* A table's times under a heading that names their units ("Video battery
 * test (hrs:mins), Aeris: 13:42", "(mins:secs)"): hours and minutes, or
 * minutes and seconds, not a clock's time. */
static const char *named_units(struct norm *n, const char *p, const char *ae) {
  const char *b = ae + 1, *be;
  if ((be = hours_minutes(n, p, ae, true)) == NULL)
    return NULL;
  /* a clock's "10:30 am" stays a time */
  const char *x = skip_spaces(be, n->end);
  if (x + 1 < n->end && (x[0] == 'a' || x[0] == 'p') &&
      (x[1] == 'm' || x[1] == '.'))
    return NULL;
  /* the sentence's label of two units (one of three, "h:mm:ss", is
   * duration()'s), hours first or minutes first */
  const struct ks_time_label *t = NULL;
  for (const char *c = n->s, *e; c < n->end && !t; c++)
    if (ks_is_alpha((unsigned char)*c) &&
        (c == n->s || (!ks_is_alnum((unsigned char)c[-1]) && c[-1] != ':')) &&
        (t = ks_norm_time_label(c, n->end, &e)) != NULL &&
        strchr(strchr(t->written, ':') + 1, ':'))
      t = NULL;
  if (!t)
    return NULL;
  bool hours = t->hours;
  say_unit_count(n, small_val(p, ae), hours ? "hour" : "minute",
                 hours ? "hours" : "minutes", false);
  if (small_val(b, be) > 0)
    say_unit_count(n, small_val(b, be), hours ? "minute" : "second",
                   hours ? "minutes" : "seconds", false);
  return be;
}

/* A time no clock shows, said as a duration: minutes past 24 ("a
 * shutout streak of 184:47"), or seconds with their hundredths ("won in
 * 3:51.29", "2:05:33.2"). */
static const char *duration(struct norm *n, const char *p, const char *ae) {
  const char *end = n->end, *b, *be, *c = NULL, *ce, *f, *secs;
  struct num v;
  unsigned h = 0, m;
  if (ae == p || ae - p > 3 || ae >= end - 2 || *ae != ':' ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == ':')))
    return NULL;
  b = ae + 1;
  be = digit_end(b, end);
  if (be - b != 2)
    return NULL;
  if (be < end - 2 && *be == ':' && ae - p <= 2) {
    c = be + 1;
    ce = digit_end(c, end);
    if (ce - c != 2)
      return NULL;
  } else {
    ce = be;
  }
  /* the seconds' fraction, if any, then nothing more of a number */
  f = ce < end - 1 && *ce == '.' ? digit_end(ce + 1, end) : ce;
  if (f == ce + 1 || f - ce > 4 ||
      (f < end && (ks_is_alnum((unsigned char)*f) || *f == ':')))
    return NULL;
  if (small_val(b, be) > 59 || (c && small_val(c, ce) > 59))
    return NULL;
  static const char *const timed[] = {"clocked", "lap",    "played", "record",
                                      "shutout", "streak", "time",   "timed"};
  /* "after 2:30 of sudden-death overtime": minutes and seconds of a
   * game's play */
  static const char *const play[] = {"extra", "overtime", "play", "regulation",
                                     "sudden-death"};
  const char *x, *xe;
  bool of_play = f == ce && !c && starts(f, end, " of ") &&
                 (x = ks_norm_next_word(n, f + 3, &xe)) != NULL &&
                 (word_is(x, (size_t)(xe - x), play, N_OF(play)) ||
                  starts(x, end, "sudden-death"));
  if (f == ce && !of_play && (c || ae - p < 3 || small_val(p, ae) <= 24))
    return NULL; /* a clock's time, or a count of hours */
  /* minutes past 24 only where time is counted: not "Psalm 119:11", a
   * score "105:45" */
  if (f == ce && !of_play && !ks_norm_sentence_has(n, timed, N_OF(timed)))
    return NULL;
  secs = c ? c : b;
  if (c) {
    h = small_val(p, ae);
    m = small_val(b, be);
  } else {
    m = small_val(p, ae);
  }
  /* "2:01.39": the seconds' leading zero is not said ("one point three
   * nine seconds") */
  if (*secs == '0' && secs + 1 < f && ks_is_digit((unsigned char)secs[1]))
    secs++;
  if (!ks_norm_scan_num(secs, f, &v))
    return NULL;
  if (c)
    say_unit_count(n, h, "hour", "hours", false);
  say_unit_count(n, m, "minute", "minutes", false);
  sep(n);
  ks_norm_say_num(n, &v);
  ks_buf_puts(n->out, " seconds");
  return f;
}

/* A count and its letter unit at p: digits, a space or none, then one of
 * the words in units and no letter after it. Where it ends, the
 * count in *v, or NULL. */
static const char *count_letter(const char *p, const char *end,
                                const char *const *units, size_t n_units,
                                unsigned *v) {
  const char *de = digit_end(p, end), *u = de;
  if (de == p || de - p > 2)
    return NULL;
  if (u < end && *u == ' ')
    u++;
  for (size_t i = 0; i < n_units; i++)
    if (starts(u, end, units[i]) &&
        !(u + strlen(units[i]) < end &&
          ks_is_alpha((unsigned char)u[strlen(units[i])]))) {
      *v = small_val(p, de);
      return u + strlen(units[i]);
    }
  return NULL;
}

/* Hours written with "h": "20h45" after a word of time is a clock's, as
 * South African and French papers write it ("twenty forty-five", "02h30"
 * "oh two thirty"), elsewhere hours and minutes ("won in 2h05");
 * "2h 49m" and "2 h 52 min 59 s" a duration, hours, minutes and seconds
 * (a lone "2h" is left: a dose's interval, a race's hour). */
static const char *hours_h(struct norm *n, const char *p, const char *ae) {
  static const char *const hrs[] = {"hrs", "hr", "h"};
  static const char *const mins[] = {"mins", "min", "m"};
  static const char *const secs[] = {"secs", "sec", "s"};
  const char *end = n->end, *q, *q2;
  unsigned h, m, s;
  if (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.'))
    return NULL;
  if (ae - p <= 2 && end - ae >= 3 && *ae == 'h' &&
      digit_end(ae + 1, end) == ae + 3 && !alnum_at(ae + 3, end) &&
      !(ae + 3 < end &&
        (ae[3] == ':' || (ae[3] == '.' && alnum_at(ae + 4, end))))) {
    static const char *const at[] = {"after", "at",   "before", "between",
                                     "by",    "from", "since",  "till",
                                     "to",    "until"};
    h = small_val(p, ae);
    m = small_val(ae + 1, ae + 3);
    if (h > 24 || m > 59)
      return NULL;
    /* after a word of time a clock's; elsewhere ("won in 2h05", "a 5h20
     * flight") hours and minutes */
    static const char *const about[] = {"about", "around"};
    /* "closed until about 14h00": a word of time before "about" too */
    /* and of two digits on the hour or before ten ("17h00", "09h30"),
     * or after a date and its comma ("11 March 2026, 12h45") */
    if (ks_norm_word_before(n, p, at, N_OF(at)) ||
        (ks_norm_word_before(n, p, about, N_OF(about)) &&
         ks_norm_word_within(n, n->prev, 1, at, N_OF(at))) ||
        (ae - p == 2 && (m == 0 || *p == '0')) ||
        (p - n->s >= 3 && p[-1] == ' ' && p[-2] == ',' &&
         ks_is_digit((unsigned char)p[-3])) ||
        /* or after a weekday, two figures of hours: "Sunday 14h30", a
         * sailing's (set BB; "Sunday 5h29 final" a duration) */
        (ae - p == 2 && ks_norm_prev_weekday(n))) {
      /* "by 07h00": on the hour, a 12-hour clock's */
      if (m == 0 && ae - p == 2 && hours_only_in_sentence(n))
        return say_hour_12(n, h, ae + 3);
      return say_24h(n, h, m, ae + 3, ae + 3);
    }
    say_unit_count(n, h, "hour", "hours", false);
    if (m) /* "about 4h00": four hours */
      say_unit_count(n, m, "minute", "minutes", false);
    return ae + 3;
  }
  if (!(q = count_letter(p, end, hrs, N_OF(hrs), &h)) || q >= end - 2 ||
      !(q2 = count_letter(q + (*q == ' '), end, mins, N_OF(mins), &m)) ||
      m > 59)
    return NULL;
  say_unit_count(n, h, "hour", "hours", false);
  say_unit_count(n, m, "minute", "minutes", false);
  if (q2 < end - 2 && *q2 == ' ' &&
      (q = count_letter(q2 + 1, end, secs, N_OF(secs), &s)) != NULL &&
      s <= 59) {
    say_unit_count(n, s, "second", "seconds", true);
    return q;
  }
  return q2;
}

/* Times: 6:17, 14:00, 1:59 p.m., 1.59 p.m., 10:00:00, 5pm, 1 a.m.; "0240
 * GMT". */
/* Words of a time of day after a clock's figures ("10:15 Tuesday
 * morning", "by 9:45 on Friday"): a time, no ratio and no race's gap. */
static const char *const times_of_day[] = {
    "afternoon", "evening", "last",     "local",   "morning",  "night",
    "on",        "today",   "tomorrow", "tonight", "yesterday"};

/* "leads by 1:23", "trailed by 0:45": a lead's or a deficit's "by" right
 * before p. */
static bool leads_by(const struct norm *n, const char *p) {
  static const char *const leads[] = {"lead",  "leading", "leads", "led",
                                      "trail", "trailed", "trails"};
  const char *w, *we;
  return (w = ks_norm_prev_word(n, p, &we)) != NULL &&
         (w = ks_norm_prev_word(n, w, &we)) != NULL &&
         word_is(w, (size_t)(we - w), leads, N_OF(leads));
}

/* The clock at p comes right after a year, a space or a middle dot
 * between ("2025 16:20", "2025 · 18:05"). */
static bool year_then_clock(const struct norm *n, const char *p) {
  const char *b = p;
  while (b > n->s && b[-1] == ' ')
    b--;
  if (b - n->s >= 2 && (unsigned char)b[-2] == 0xC2 &&
      (unsigned char)b[-1] == 0xB7) /* "·" */
    for (b -= 2; b > n->s && b[-1] == ' ';)
      b--;
  return b < p && b - n->s >= 4 && ks_is_digit((unsigned char)b[-1]) &&
         ks_is_digit((unsigned char)b[-2]) &&
         ks_is_digit((unsigned char)b[-3]) &&
         (b[-4] == '1' || b[-4] == '2') &&
         (b - n->s == 4 || !ks_is_alnum((unsigned char)b[-5]));
}

const char *ks_norm_rule_time(struct norm *n, const char *p) {
  const char *end = n->end, *a = p, *ae = digit_end(p, end), *q, *b, *be;
  const char *c = NULL, *ce = NULL, *am;
  unsigned h, m = 0, s = 0;
  bool pm = false, has_min = false;

  if ((q = wire_time(n, p, ae)) != NULL || (q = zero_time(n, p, ae)) != NULL)
    return q;
  if ((q = named_units(n, p, ae)) != NULL || (q = duration(n, p, ae)) != NULL ||
      (q = hours_h(n, p, ae)) != NULL ||
      (q = battery_life(n, p, ae)) != NULL)
    return q;
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
    /* (seconds after a second colon; a label's colon after the clock,
     * "Thursday 05:00: Stage 4", ends it) */
    if (*ae == ':' && q < end - 2 && *q == ':' &&
        ks_is_digit((unsigned char)q[1])) {
      c = q + 1;
      ce = digit_end(c, end);
      if (ce - c != 2)
        return NULL;
      s = small_val(c, ce);
      q = ce;
    }
  }
  if (q < end && ks_is_digit((unsigned char)*q))
    return NULL;
  /* "the ratio of teachers to pupils is about 1:15": a ratio, not a time */
  bool pm_unused;
  if (ae < end && *ae == ':' && !c && !scan_ampm(q, end, &pm_unused) &&
      ks_norm_ratio_before(n, p, q))
    return NULL;
  /* "a scale of 1:50,000": a ratio, not a time */
  if (q < end - 3 && *q == ',' && ks_is_digit((unsigned char)q[1]) &&
      digit_end(q + 1, end) - q == 4)
    return NULL;
  /* "at 04:00 hours": oh four hundred hours */
  if (has_min && !c && *ae == ':' && ae - a == 2 && q < end - 1 && *q == ' ' &&
      military(n, p, q + 1))
    return say_24h(n, h, m, q + 1, q);
  am = scan_ampm(q, end, &pm);
  if (!am && has_min && *ae == '.' && dot_clock(n, p, h, m, q)) {
    sep(n);
    ks_num_cardinal(n->out, h);
    if (m == 0 && h >= 13)
      ks_buf_puts(n->out, " hundred");
    else if (m > 0)
      say_clock_minutes(n, m);
    return us_zone(n, q); /* "14.30 WIB" */
  }
  if (!am && (!has_min || *ae != ':'))
    return NULL;
  /* "leads the GC by 1:23", "at +2:05", "27:34 behind": a gap in a stage
   * race's times, minutes and seconds: after "by" in a sentence with a
   * word only a stage race uses ("GC", "peloton") or right after "leads"
   * ("leads by 1:23"; "Labour leads ... due by 2:30" is a clock), after "+" or before
   * "behind" in one about riders or a stage; no day or time of day after
   * it ("by 9:45 on Friday" is a clock, as is "UTC+5:30") */
  static const char *const strong[] = {"GC", "classification", "jersey",
                                       "peloton"};
  static const char *const race[] = {"GC",     "breakaway", "classification",
                                     "jersey", "peloton",   "rider",
                                     "riders", "stage"};
  static const char *const by[] = {"by"};
  static const char *const behind[] = {"adrift", "ahead", "back",
                                       "behind", "clear", "down"};
  if (!am && !c && *ae == ':' && m <= 59 && h < 60 &&
      !ks_norm_next_is(n, q, times_of_day, N_OF(times_of_day)) &&
      ((ks_norm_word_before(n, p, by, 1) &&
        (ks_norm_sentence_has(n, strong, N_OF(strong)) || leads_by(n, p))) ||
       (((p > n->s && p[-1] == '+' &&
          !(p - n->s >= 2 && ks_is_alpha((unsigned char)p[-2]))) ||
         ks_norm_next_is(n, q, behind, N_OF(behind))) &&
        ks_norm_sentence_has(n, race, N_OF(race))))) {
    if (h > 0)
      say_unit_count(n, h, "minute", "minutes", false);
    if (m > 0 || h == 0)
      say_unit_count(n, m, "second", "seconds", h > 0);
    return q;
  }
  /* "Time: 58:14:22": hours past a day's in three parts are a race's
   * time, never a clock's */
  if (c && !am && h > 24 && m <= 59 && s <= 59) {
    /* (its parts of none unsaid: "36:00:00" thirty-six hours) */
    say_unit_count(n, h, "hour", "hours", false);
    if (m > 0)
      say_unit_count(n, m, "minute", "minutes", s == 0);
    if (s > 0)
      say_unit_count(n, s, "second", "seconds", true);
    return q;
  }
  if (h > 24 || m > 59 || s > 59 || (am && (h > 12 || h == 0)))
    return NULL;
  /* "10.09.2025 16:20", "October 7, 2025 · 18:05": a clock right after a
   * date's year, a pause between them (not one number run on) */
  if (has_min && year_then_clock(n, p)) {
    struct ks_buf *o = n->out;
    size_t l = o->len;
    while (l > n->base && o->ptr[l - 1] == ' ')
      l--;
    if (l >= n->base + 2 && (unsigned char)o->ptr[l - 2] == 0xC2 &&
        (unsigned char)o->ptr[l - 1] == 0xB7) /* the dot, unsaid */
      for (l -= 2; l > n->base && o->ptr[l - 1] == ' ';)
        l--;
    /* (", at": pause_before_clock's, unless it wrote it) */
    if (l > n->base && ks_is_alpha((unsigned char)o->ptr[l - 1]) &&
        !(l >= n->base + 4 && !memcmp(o->ptr + l - 4, ", at", 4))) {
      ks_buf_truncate(o, l);
      ks_buf_puts(o, ", at");
    }
  }
  /* "with 0:07 remaining", "0:41 left": a game clock's last seconds */
  static const char *const lefts[] = {"left", "remaining"};
  if (!am && !c && h == 0 && ae - a == 1 && m > 0 && q < end - 4 &&
      ((ks_norm_next_is(n, q, lefts, N_OF(lefts)) &&
        !(alpha_end(q + 1, end) < end && *alpha_end(q + 1, end) == '-')) ||
       starts(q, end, " to play") || starts(q, end, " to go"))) {
    say_unit_count(n, m, "second", "seconds", false);
    return q;
  }
  /* "from 18:00 on Thursday to 09:00 on Friday" */
  if (!am && !c && *ae == ':' && ae - a == 2 && *a == '0' && h > 0 &&
      clock_24h_in_sentence(n))
    return m == 0 && hours_only_in_sentence(n) ? say_hour_12(n, h, q)
                                               : say_24h(n, h, m, q, q);
  /* "The 18:00 hrs bulletin", "at 09:00 hours": before the hours' word
   * the 24-hour clock as it is said, "eighteen hundred hours" */
  if (!am && !c && *ae == ':' && ae - a == 2 && h <= 23 && q < end - 4 &&
      *q == ' ' &&
      ((starts(q + 1, end, "hrs") && !alnum_at(q + 4, end)) ||
       (starts(q + 1, end, "hours") && !alnum_at(q + 6, end))) &&
      !starts(q + 1, end, "hours of ") && !starts(q + 1, end, "hrs of "))
    return say_24h(n, h, m, q + 1, q);
  /* "at 02:15:56 EDT": before a time zone a clock to the second */
  if (c && !am && s > 0 && q < end - 1 && *q == ' ' &&
      !starts(q + 1, end, "hours") && zone_at(n, p, q + 1)) {
    say_clock(n, h, m);
    say_unit_count(n, s, "second", "seconds", true);
    return q;
  }
  if (c && !am) {
    say_unit_count(n, h, "hour", "hours", false);
    if (m > 0 || s == 0) /* "2:00:35": two hours and thirty-five seconds */
      say_unit_count(n, m, "minute", "minutes", false);
    say_unit_count(n, s, "second", "seconds", true);
    return q;
  }
  if (c && (s > 0 || m > 0)) {
    /* "at 2:15:56 a.m. EDT": a clock to the second, "10:48:00 PM" to
     * the minute ("10:00:00 p.m." is counted out, as NeMo's cases read
     * it) */
    say_clock(n, h, m);
    if (s > 0)
      say_unit_count(n, s, "second", "seconds", true);
  } else if (c) {
    say_unit_count(n, h, "hour", "hours", false);
    say_unit_count(n, m, "minute", "minutes", false);
    say_unit_count(n, s, "second", "seconds", true);
  } else if (!am && m == 0 && h == 0) {
    say(n, "midnight");
  } else if (!am && h == 0 && ae - a == 2) {
    /* "00:01", "00:30": after midnight, "twelve oh one A.M." */
    say_clock(n, 12, m);
    ks_buf_puts(n->out, " A.M.");
    if (q < end && *q == '.') /* the sentence's stop is the marker's */
      ks_buf_truncate(n->out, n->out->len - 1);
    return us_zone(n, q); /* minutes are there: "00" alone is no time */
  } else if (!am && m == 0 && h == 12 && q < end - 4 && q[0] == ' ' &&
             (starts(q + 1, end, "noon") || starts(q + 1, end, "midnight"))) {
    say_clock(n, h, 0); /* "12:00 noon": twelve noon */
  } else if (!am && m == 0 && ae - a <= 2 &&
             (h > 12 || (h >= 1 && h < 12 && clock_24h_in_sentence(n))) &&
             hours_only_in_sentence(n)) {
    /* (and "from 8:00 to 20:00": the morning's hour beside an evening's
     * on the 24-hour clock, "eight A.M."; "09:00" alone stays "nine
     * o'clock") */
    /* "gates open at 18:00": on the hour, a newsreader's "six P.M." */
    return us_zone(n, say_hour_12(n, h, q));
  } else if (!am && m == 0) {
    /* a 24-hour clock on the hour with minutes elsewhere in the sentence
     * is "fourteen hundred", as timetables say it; up to 12 it reads like
     * a 12-hour "one o'clock", but for the first of a span to a time only
     * the 24-hour clock has ("9:00–17:00", "from 06:00 to 23:00"): "nine
     * hundred", "oh six hundred" (its written zero) */
    bool day_clock = h > 12 || (h >= 1 && h <= 12 && span_to_24h(n, q));
    if (day_clock && h < 10 && ae - a == 2 && *a == '0')
      say(n, "oh");
    say_clock(n, h, 0);
    ks_buf_puts(n->out, day_clock ? " hundred" : " o'clock");
  } else {
    say_clock(n, h, m);
  }
  if (am) {
    ks_buf_puts(n->out, pm ? " P.M." : " A.M.");
    /* "5 p.m. Friday": the marker's own period was not a full stop */
    if (am[-1] == '.' && am < end)
      ks_buf_truncate(n->out, n->out->len - 1);
    return us_zone(n, am);
  }
  return has_min ? us_zone(n, q) : q;
}

/* "the ratio of teachers to pupils is about 1:15", "at odds of 5:1": a
 * ratio's noun among the eight words before the figures p..e, no word of
 * a clock's time right before them ("at 3:15", "by 9:45") and no time of
 * day after them ("10:15 Tuesday morning"). */
bool ks_norm_ratio_before(const struct norm *n, const char *p, const char *e) {
  static const char *const ratios[] = {"odds", "ratio", "ratios"};
  static const char *const clocks[] = {"after", "around", "at",    "before",
                                       "by",    "from",   "since", "until"};
  /* "announced 10:15 Tuesday morning": a time of day after them */
  const char *w = p, *we, *x, *xe;
  if (ks_norm_word_before(n, p, clocks, N_OF(clocks)))
    return false;
  for (int k = 0; k < 8 && (w = ks_norm_prev_word(n, w, &we)) != NULL; k++)
    if (word_is(w, (size_t)(we - w), ratios, N_OF(ratios)))
      /* right after "ratio of", "odds of": a ratio whatever follows ("a
       * ratio of 1:12 on night shifts") */
      return k <= 1 || !((x = ks_norm_next_word(n, e, &xe)) != NULL &&
                         (word_is(x, (size_t)(xe - x), times_of_day,
                                  N_OF(times_of_day)) ||
                          ks_norm_weekday_of(n, x, (size_t)(xe - x))));
  /* "a 16:10 aspect ratio", "a 3:2 ratio": the ratio's noun right after
   * the figures */
  static const char *const aspects[] = {"aspect", "ratio"};
  if ((x = ks_norm_next_word(n, e, &xe)) != NULL && x == e + 1 &&
      word_is(x, (size_t)(xe - x), aspects, N_OF(aspects)))
    return true;
  /* "a ratio of 1:28, compared with an average of 1:22", "roughly 1:60,
   * far above the recommended 1:35": one to so many further on in a
   * sentence about a ratio (no time of day after it, no minutes with a
   * leading zero, "with 1:05 left", nor after "to": "moved to 1:45") */
  static const char *const to[] = {"to"};
  return p + 2 < e && p[0] == '1' && p[1] == ':' && p[2] != '0' &&
         !ks_norm_word_before(n, p, to, 1) &&
         ks_norm_sentence_has(n, ratios, N_OF(ratios)) &&
         !((x = ks_norm_next_word(n, e, &xe)) != NULL &&
           (word_is(x, (size_t)(xe - x), times_of_day, N_OF(times_of_day)) ||
            ks_norm_weekday_of(n, x, (size_t)(xe - x))));
}
