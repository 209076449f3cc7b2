/* number.c - quantities, ordinals, decades, fractions, codes.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

static bool unit_after(const struct ks_lang *lang, const char *q,
                       const char *end);

/* A letter right before p, as in a name's number ("A321", "i5"); the "x"
 * of dimensions after a digit is none ("the 4x100m relay"). */
static bool glued_to_letter(const struct norm *n, const char *p) {
  return p > n->s && ks_is_alpha((unsigned char)p[-1]) &&
         !(p[-1] == 'x' && p - n->s >= 2 && ks_is_digit((unsigned char)p[-2]));
}

/* 1000 to 2100: the end of the century is the climate scenarios' year
 * ("warming by 2100"); later ones need "the year" before them. */
static bool is_year(const struct num *v) {
  return v->ok && !v->dot && !v->commas && v->ndig == 4 && v->ival >= 1000 &&
         v->ival <= 2100;
}

/* A fraction said after "and" in a mixed number, or before a unit:
 * "a half", "a quarter", "an eighth", "three quarters"; without its "a"
 * when the text has one ("a 1/2-mile": half). */
static void say_part(struct norm *n, unsigned num, uint64_t den, bool article) {
  size_t mark = n->out->len;
  ks_num_fraction(n->out, num, den);
  if (num == 1 && n->out->len - mark > 4 &&
      !memcmp(n->out->ptr + mark, "one ", 4)) {
    /* "one quarter" becomes "a quarter", "one eighth" "an eighth"; after
     * an article already said, "quarter" */
    char *o = n->out->ptr + mark;
    size_t rest = n->out->len - mark - 4, keep = !article                ? 0
                                                 : strchr("aeiou", o[4]) ? 3
                                                                         : 2;
    memcpy(o, keep == 3 ? "an " : "a ", keep);
    memmove(o + keep, o + 4, rest);
    ks_buf_truncate(n->out, mark + keep + rest);
  }
}

/* Whether the word right before p (one space apart) introduces a date:
 * 0 not, 1 a word that also comes before fractions ("for 10/15", "by
 * 1/3"), 2 one that hardly does ("on 7/4", "until 12/31", "Friday 11/14"). */
static int date_word_before(const struct norm *n, const char *p) {
  static const char *const weak[] = {"after", "around", "before",  "by",
                                     "due",   "for",    "from",    "through",
                                     "thru"};
  static const char *const strong[] = {"on",       "since",     "till",
                                       "until",    "effect",    "effective",
                                       "starting", "beginning", "dated"};
  const char *w = n->prev;
  /* "on Pi Day, 3/14": a holiday's name and its comma (a weekday's is
   * date.c's, which tells odds from it) */
  if (w && w + n->prev_len + 2 == p && p[-1] == ' ' && p[-2] == ',')
    return n->prev_len == 3 && !memcmp(w, "Day", 3) ? 2 : 0;
  if (!w || w + n->prev_len + 1 != p || p[-1] != ' ')
    return 0;
  for (size_t i = 0; i < N_OF(strong); i++)
    if (eq_ci(w, n->prev_len, strong[i]))
      return 2;
  for (int i = 0; n->lang->weekdays && i < 7; i++)
    if (eq_ci(w, n->prev_len, n->lang->weekdays[i]))
      return 2;
  for (size_t i = 0; i < N_OF(weak); i++)
    if (eq_ci(w, n->prev_len, weak[i]))
      return 1;
  return 0;
}

static bool unit_plural(const struct norm *n, const char *w, size_t len);

/* A unit's word in the singular after q, one space apart: " mile",
 * " cup". */
static bool unit_word_after(const struct norm *n, const char *q) {
  const char *w, *we;
  if (!(w = ks_norm_next_word(n, q, &we)) || !ks_is_lower((unsigned char)*w))
    return false;
  for (size_t i = 0; i < n->lang->n_units; i++)
    if (eq_ci(w, (size_t)(we - w), n->lang->units[i].one))
      return true;
  return false;
}

/* A word that gives a rating comes before p, up to four words back:
 * "gave the game 9/10", "rated it 4/5", "a score of 8/10", "gave the
 * Aero a 9/10". */
static bool rating_word_before(const struct norm *n, const char *p) {
  static const char *const verbs[] = {"gave",   "give",   "gives",  "rated",
                                      "rate",   "rates",  "rating", "score",
                                      "scored", "earned", "earns",  "got"};
  /* a review's label and its colon: "Rating: 4/5", "Verdict: 8/10" */
  static const char *const labels[] = {"overall", "rating", "score",
                                       "verdict"};
  if (p - n->s >= 4 && p[-1] == ' ' && p[-2] == ':') {
    const char *w = p - 2;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    if (word_is(w, (size_t)(p - 2 - w), labels, N_OF(labels)))
      return true;
  }
  /* "no HEPA filter, overall 7/10": the verdict's word right before */
  static const char *const overall[] = {"overall"};
  if (ks_norm_word_before(n, p, overall, N_OF(overall)))
    return true;
  return ks_norm_word_within(n, p, 4, verbs, N_OF(verbs));
}

/* The figure p..de is all a short line holds after its label, a review's
 * score by its heading: "Food 9/10", "Value for money 4/5". */
static bool label_line(const struct norm *n, const char *p, const char *de) {
  /* not a date's words, nor an innings ("Deadline 5/10", "India 1/5") */
  static const char *const dates[] = {"date",    "deadline", "due",  "launch",
                                      "meeting", "next",     "odds", "on",
                                      "release", "released", "until"};
  unsigned words = 0;
  /* (or a part of it between semicolons: "Food 8/10; Wine 9/10") */
  const char *st = n->s;
  for (const char *c = n->s; c + 1 < p; c++)
    if (c[0] == ';' && c[1] == ' ')
      st = c + 2;
  if (p - st < 2 || p - st > 24 || p[-1] != ' ' ||
      !ks_is_upper((unsigned char)*st) || ks_norm_about_cricket(n) ||
      ks_norm_sentence_has(n, dates, N_OF(dates)))
    return false;
  for (const char *c = st; c < p - 1; c++) {
    /* a label's colon before the figures too: "Display: 9/10" */
    if (!ks_is_alpha((unsigned char)*c) && *c != ' ' &&
        !(*c == ':' && c == p - 2))
      return false;
    words += *c == ' ';
  }
  return words <= 2 && (de == n->end || (de + 1 == n->end && *de == '.') ||
                        (de + 1 < n->end && de[0] == ';' && de[1] == ' '));
}

/* Whether "the" comes before p, right before it or before an event's name
 * of up to three words in capitals, or "men's", "women's", "world",
 * "indoor" ("the 1500m", "the Diamond League 1500m", "the women's world
 * 1500m"). */
static bool race_named(const struct norm *n, const char *p) {
  static const char *const event[] = {"indoor", "men's", "men’s", "outdoor",
                                      "women's", "women’s", "world"};
  const char *e = p;
  for (int words = 0; words < 4; words++) {
    const char *b;
    if (e - n->s < 2 || e[-1] != ' ')
      return false;
    b = e - 1;
    while (b > n->s && b[-1] != ' ')
      b--;
    if ((size_t)(e - 1 - b) == 3 && !memcmp(b + 1, "he", 2) &&
        (*b == 't' || *b == 'T'))
      return true;
    if (!ks_is_upper((unsigned char)*b) &&
        !word_is(b, (size_t)(e - 1 - b), event, N_OF(event)))
      return false;
    e = b;
  }
  return false;
}

/* A standings table's cell of points right before p: "Points: ", "Pts: "
 * or "Score: ", first in the line or after a cell's comma. */
static bool points_cell(const struct norm *n, const char *p) {
  static const char *const labels[] = {"Points: ", "Pts: ", "Score: "};
  for (size_t i = 0; i < N_OF(labels); i++)
    if (ks_norm_after_cell_label(n, p, labels[i]))
      return true;
  return false;
}

/* An earlier rating out of the same whole in the sentence before p ("give
 * it 8/10 for comfort and 6/10 for value"): the later one is a rating
 * too. q..de is the slash at q and the whole after it. */
static bool rating_before(const struct norm *n, const char *p, const char *q,
                          const char *de) {
  size_t dl = (size_t)(de - q);
  for (const char *c = n->s; c + dl < p; c++) {
    const char *a = c;
    if (*c != '/' || c == n->s || !ks_is_digit((unsigned char)c[-1]) ||
        memcmp(c, q, dl) != 0 || ks_is_digit((unsigned char)c[dl]))
      continue;
    while (a > n->s && ks_is_digit((unsigned char)a[-1]))
      a--;
    /* "rated it 4.5/5": a decimal rating */
    if (a - n->s >= 2 && a[-1] == '.' && ks_is_digit((unsigned char)a[-2]))
      for (a--; a > n->s && ks_is_digit((unsigned char)a[-1]);)
        a--;
    if (rating_word_before(n, a))
      return true;
    /* (or full marks, read so already: "the guesthouse in Kandy 5/5 for
     * the food but only 3/5 for the beds") */
    if ((size_t)(c - a) == dl - 1 && !memcmp(a, q + 1, dl - 1) &&
        (a == n->s || a[-1] == ' ') && (dl == 2 || !memcmp(q, "/10", 3)))
      return true;
  }
  return false;
}

/* Verbs before a bowler's figures: "took 2/58". */
static const char *const took[] = {"take", "takes", "taking", "took"};
/* ... or "figures of 5/48" in a sentence about bowling */
static const char *const of_[] = {"of"};
static const char *const bowling[] = {"bowled", "bowler", "overs",  "spell",
                                      "took",   "wicket", "wickets"};
static const char *const posted[] = {"amassed", "made",    "post",
                                     "posted",  "posting", "reached",
                                     "scored",  "total",   "totalled"};
/* (and "closed the opening day on 312/6": where a side stands at a
 * break of play, in a sentence that names it; not "were 150/9", "backed
 * on 100/6") */
static const char *const stands[] = {"on", "were"};
/* cricket's own breaks of play, and its runs: "closed day two on 6/245,
 * still 80 runs behind" */
static const char *const cricket_breaks[] = {"lunch", "runs", "stumps", "tea"};
static const char *const breaks[] = {"close",   "closed", "day",   "lunch",
                                     "resumed", "stumps", "tea"};

/* Words around odds: "priced at 7/2", "a 9/4 favourite". */
static const char *const odds_before[] = {"at"};
static const char *const odds_words[] = {"SP",     "bookie", "bookies",
                                         "bookmaker", "bookmakers", "odds"};

/* At p, " to" and a verb a price is quoted for: " to win", and " to
 * beat", " to score", " to lift" ("Arsenal are 11/10 to beat Spurs");
 * where the verb ends, or NULL. */
static const char *to_win_at(const char *p, const char *end) {
  static const char *const verbs[] = {" to beat", " to lift", " to score",
                                      " to win"};
  for (size_t i = 0; i < N_OF(verbs); i++) {
    size_t l = strlen(verbs[i]);
    if (starts(p, end, verbs[i]) && !alnum_at(p + l, end))
      return p + l;
  }
  return NULL;
}

/* The sentence is about a bet: a word of betting, or a price in figures
 * before "to win" ("Man City are 4/6 to win the title"). */
static bool odds_sentence(const struct norm *n) {
  if (ks_norm_sentence_has(n, odds_words, N_OF(odds_words)))
    return true;
  for (const char *c = n->s; c + 8 <= n->end; c++)
    if (ks_is_digit((unsigned char)*c) && to_win_at(c + 1, n->end) &&
        c - n->s >= 2 && (c[-1] == '/' || ks_is_digit((unsigned char)c[-1])))
      return true;
  return false;
}
static const char *const odds_after[] = {"chance", "favorite", "favourite",
                                         "outsider", "shot"};

static const char *const pressure[] = {"BP", "diastolic", "hypertension",
                                       "pressure", "systolic"};

/* Before p, the word of a document whose number has slashes: "Resolution
 * 60/251", "Directive 2010/75/EU", "Regulation (EU) 2016/679", "Law No.
 * 13/2020" (a bracket of capitals and "No." may come between). */
static bool document_before(const struct norm *n, const char *p) {
  static const char *const docs[] = {
      "act",   "case",  "circular",   "decision", "decree", "directive",
      "law",   "order", "regulation", "res",      "resolution"};
  const char *w, *we;
  if (p - n->s >= 4 && (!memcmp(p - 4, "No. ", 4) || !memcmp(p - 4, "no. ", 4)))
    return true;
  if (p - n->s >= 3 && p[-1] == ' ' && p[-2] == ')') {
    const char *b = p - 3;
    while (b > n->s && ks_is_upper((unsigned char)*b))
      b--;
    if (*b != '(' || b == p - 3)
      return false;
    p = b;
  }
  if (p - n->s >= 5 && !memcmp(p - 5, "Res. ", 5))
    return true;
  /* "Law 13/2020", not "in each case 2/3 of" */
  return (w = ks_norm_prev_word(n, p, &we)) != NULL &&
         (ks_is_upper((unsigned char)*w) ||
          eq_ci(w, (size_t)(we - w), "resolution")) &&
         word_is(w, (size_t)(we - w), docs, N_OF(docs)) &&
         !starts(digit_end(p, n->end), n->end, " of");
}

/* A document's number after document_before: each part said on its own,
 * a year as a year, the parts joined by "slash" ("sixty slash two hundred
 * fifty-one", "twenty ten slash seventy-five slash E U"). */
static const char *document_number(struct norm *n, const struct num *v) {
  const char *end = n->end, *p = v->p;
  bool of_code = false; /* "of" said before the year just read */
  sep(n);
  for (;;) {
    const char *e = digit_end(p, end);
    struct num part;
    if (e > p) {
      if (!ks_norm_scan_num(p, e, &part))
        return NULL;
      if (e - p > 4) /* "Case 25/235212": a long one figure by figure */
        ks_num_digits(n->out, p, (size_t)(e - p));
      else if (is_year(&part) && part.ival >= 1900)
        ks_num_year(n->out, (unsigned)part.ival);
      else
        ks_num_cardinal(n->out, part.ival);
    } else {
      for (e = p; e < end && ks_is_upper((unsigned char)*e); e++) {
        if (e > p)
          ks_buf_putc(n->out, ' ');
        ks_buf_putc(n->out, *e);
      }
      if (e == p || alnum_at(e, end))
        return NULL;
    }
    if (!(e < end - 1 && *e == '/' &&
          (ks_is_digit((unsigned char)e[1]) ||
           ks_is_upper((unsigned char)e[1]))))
      return e;
    /* "Decree-Law no. 118/1990", "Law 45/2021": a number, then its year,
     * "of nineteen ninety" (a year first is the EU's, "2016/679") */
    /* (and before its issuer's code: "Decree 45/2022/NĐ-CP", forty-five
     * of twenty twenty-two, N D C P; set AW) */
    const char *y = e + 1, *ye = digit_end(y, end);
    bool of_year = e > p && e - p <= 4 && !(e - p == 4 && (*p == '1' || *p == '2')) &&
                   ye - y == 4 && (*y == '1' || *y == '2') && !alnum_at(ye, end) &&
                   !(ye < end && *ye == '/' &&
                     !(ye + 1 < end && ks_is_upper((unsigned char)ye[1])));
    bool code = e > p && e - p == 4 && p - v->p > 2 && p[-1] == '/' &&
                ks_is_upper((unsigned char)e[1]) && of_code;
    ks_buf_puts(n->out, of_year ? " of " : code ? ", " : " slash ");
    of_code = of_year;
    p = e + 1;
  }
}

/* Before the number at c: an airline's code ("5J ", "PR "; *code set)
 * or a plural of things numbered in pairs ("rooms ", "trains "). */
static bool pair_context(const struct norm *n, const char *c, bool *code) {
  static const char *const things[] = {
      "berths", "buses", "flats",  "flights", "lanes",  "platforms",
      "rooms",  "routes", "seats", "trains",  "units"};
  const char *pw, *pwe;
  *code = c - n->s >= 3 && c[-1] == ' ' && ks_is_alnum((unsigned char)c[-2]) &&
          ks_is_alnum((unsigned char)c[-3]) &&
          (ks_is_upper((unsigned char)c[-2]) ||
           ks_is_upper((unsigned char)c[-3])) &&
          !ks_is_lower((unsigned char)c[-2]) &&
          !ks_is_lower((unsigned char)c[-3]) &&
          (c - n->s == 3 || !ks_is_alnum((unsigned char)c[-4]));
  return *code || ((pw = ks_norm_prev_word(n, c, &pwe)) != NULL &&
                   word_is(pw, (size_t)(pwe - pw), things, N_OF(things)));
}

/* "below 120/80 mmHg", "a blood pressure of 140/90", "148.9/86.2 mmHg":
 * the systolic over the diastolic pressure, before the unit or in a
 * sentence about pressure; where it ends, or NULL. */
static const char *blood_pressure(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *after;
  const struct ks_unit *u;
  struct num d;
  bool unit;
  if (!v->ok || v->commas || v->ival > 260 || q >= end - 1 || *q != '/' ||
      !ks_is_digit((unsigned char)q[1]) || !ks_norm_scan_num(q + 1, end, &d) ||
      !d.ok || d.commas || d.ival >= v->ival || alnum_at(d.end, end))
    return NULL;
  /* before the unit a change of pressure too ("lowered it by 12/8 mmHg");
   * elsewhere only a pressure's own figures */
  unit = starts(d.end, end, " mmHg") || starts(d.end, end, " mm Hg");
  if (!unit && (v->ival < 70 || d.ival < 40 ||
                !ks_norm_sentence_has(n, pressure, N_OF(pressure))))
    return NULL;
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, " over");
  ks_norm_say_num(n, &d);
  if (d.end < end && *d.end == ' ' &&
      (u = ks_norm_scan_unit(n->lang, d.end + 1, end, &after)) != NULL &&
      !alnum_at(after, end)) {
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, u->many);
    return after;
  }
  return d.end;
}

/* Whether the sentence speaks of break points ("Break points won"). */
static bool holds_break_points(const struct norm *n) {
  for (const char *c = n->s; c + 12 <= n->end; c++)
    if ((*c == 'b' || *c == 'B') && !memcmp(c + 1, "reak point", 10))
      return true;
  return false;
}

/* Fractions "3/4", "2 1/2", "½". */
static const char *say_figures(struct norm *n, const struct num *v);

static const char *rule_fraction(struct norm *n, const struct num *v,
                                 bool mixed) {
  const char *end = n->end, *q = v->end, *de, *r;
  uint64_t d;
  /* "TR CU 033/2013": a number with a leading zero before a slash and a
   * year is a regulation's or a document's number, its digits then the
   * year ("oh three three, twenty thirteen"), never a fraction */
  if (!mixed && v->ok && !v->dot && v->ndig >= 3 && *v->p == '0' &&
      q < end - 4 && *q == '/' && digit_end(q + 1, end) == q + 5 &&
      !alnum_at(q + 5, end)) {
    unsigned y = (unsigned)small_val(q + 1, q + 5);
    if (y >= 1900 && y <= 2099) {
      say_figures(n, v);
      ks_buf_puts(n->out, ", ");
      ks_num_year(n->out, y);
      return q + 5;
    }
  }
  /* "Trains 12951/12952": two numbers of five figures or more about a
   * slash after a word of codes are a pair of them, digit by digit, not a
   * fraction (set here by a probe: "twelve thousand ... fifty-seconds";
   * bare, NeMo's cases read "12639/12640" as one) */
  static const char *const codes[] = {"case",  "cases", "file",  "flights",
                                      "nos",   "ref",   "train", "trains"};
  if (!mixed && v->ok && !v->dot && !v->commas && v->ndig >= 5 &&
      ks_norm_word_before(n, v->p, codes, N_OF(codes)) &&
      q < end - 5 && *q == '/' && digit_end(q + 1, end) - (q + 1) >= 5 &&
      !alnum_at(digit_end(q + 1, end), end)) {
    const char *e2 = digit_end(q + 1, end);
    sep(n);
    ks_num_digits(n->out, v->p, (size_t)(q - v->p));
    ks_buf_puts(n->out, " slash ");
    ks_num_digits(n->out, q + 1, (size_t)(e2 - q - 1));
    return e2;
  }
  /* "rate the hotel 4.5/5": a decimal over five or ten is a rating */
  if (!mixed && v->ok && v->dot && q < end - 1 && *q == '/' &&
      (starts(q + 1, end, "5") || starts(q + 1, end, "10"))) {
    bool five = q[1] == '5';
    const char *re = q + (five ? 2 : 3); /* after the scale */
    if (!alnum_at(re, end) &&
        !(re < end && (*re == '.' || *re == '/') && alnum_at(re + 1, end)) &&
        v->ival < (five ? 5u : 10u) &&
        !unit_after(n->lang, re, end)) { /* "2.4/5 GHz" */
      ks_norm_say_num(n, v);
      ks_buf_puts(n->out, five ? " out of five" : " out of ten");
      return re;
    }
  }
  /* "airs at 10/9c": a broadcast's hour in the East and, an hour
   * earlier, in the Central zone, "ten, nine central", in a sentence about
   * airing */
  static const char *const airs[] = {"air",       "aired",   "airs",
                                     "broadcast", "returns", "premieres",
                                     "tune",      "watch"};
  if (!mixed && v->ok && !v->dot && v->ival >= 2 && v->ival <= 12 &&
      q < end - 2 && *q == '/' && ks_norm_sentence_has(n, airs, N_OF(airs))) {
    const char *ce = digit_end(q + 1, end);
    uint64_t c;
    if (ce > q + 1 && ce < end && *ce == 'c' && !alnum_at(ce + 1, end) &&
        ks_num_parse(q + 1, (size_t)(ce - q - 1), &c) && c + 1 == v->ival) {
      ks_norm_say_num(n, v);
      ks_buf_puts(n->out, ", ");
      ks_num_cardinal(n->out, c);
      ks_buf_puts(n->out, " central");
      return ce + 1;
    }
  }
  if (!v->ok || v->dot || q >= end - 1 || *q != '/' ||
      !ks_is_digit((unsigned char)q[1]) || (v->p > n->s && v->p[-1] == '/'))
    return NULL;
  de = digit_end(q + 1, end);
  /* "students scoring 45/50", "rated it 8/10": a mark out of a round
   * total after a word of scoring */
  {
    static const char *const marks[] = {"got",    "mark",   "marks", "rated",
                                        "rating", "score",  "scored",
                                        "scores", "scoring"};
    uint64_t tot;
    if (!mixed && ks_norm_word_before(n, v->p, marks, N_OF(marks)) &&
        ks_num_parse(q + 1, (size_t)(de - q - 1), &tot) && tot >= 10 &&
        tot <= 100 && tot % 5 == 0 && v->ival <= tot &&
        !alnum_at(de, end) && !(de < end - 1 && *de == '/' &&
                                ks_is_digit((unsigned char)de[1]))) {
      ks_norm_say_num(n, v);
      ks_buf_puts(n->out, " out of ");
      ks_num_cardinal(n->out, tot);
      return de;
    }
  }
  /* "the night of 14/15 December", "the weekend of 6/7 July": two days
   * running before a month's name, a range of dates (day first; not
   * "1/2 March", a half) */
  {
    uint64_t d2;
    const char *mw = de < end - 1 && *de == ' ' ? de + 1 : NULL;
    int mo = mw ? ks_norm_month_of(n, mw, (size_t)(alpha_end(mw, end) - mw)) : 0;
    if (!mixed && mo > 0 && v->ndig <= 2 && de - q - 1 <= 2 &&
        ks_num_parse(q + 1, (size_t)(de - q - 1), &d2) && v->ival >= 2 &&
        d2 == v->ival + 1 && d2 <= 31) {
      const char *me = alpha_end(mw, end);
      say(n, "the");
      ks_buf_putc(n->out, ' ');
      ks_num_ordinal(n->out, v->ival);
      ks_buf_puts(n->out, " to the ");
      ks_num_ordinal(n->out, d2);
      ks_buf_puts(n->out, " of ");
      ks_buf_puts(n->out, n->lang->months[mo - 1]);
      /* a short name's stop goes with it ("Dec."), not the sentence's */
      return me < end - 1 && *me == '.' ? me + 1 : me;
    }
  }
  /* "a 1/1.3-inch sensor": an optical format, one over a decimal before
   * the inch */
  if (!mixed && v->ival == 1 && v->ndig == 1 && de < end - 1 && *de == '.' &&
      ks_is_digit((unsigned char)de[1])) {
    const char *f = digit_end(de + 1, end);
    bool glued = starts(f, end, "in") && !alnum_at(f + 2, end);
    if (starts(f, end, "-inch") || starts(f, end, " inch") ||
        starts(f, end, "\"") || starts(f, end, "″") || glued) {
      struct num den;
      if (ks_norm_scan_num(q + 1, end, &den) && den.end == f) {
        say(n, "one over");
        ks_norm_say_num(n, &den);
        if (*f == '"' || starts(f, end, "″") || glued) {
          ks_buf_puts(n->out, "-inch"); /* "(1/1.3in, f/1.6)" */
          return f + (*f == '"' ? 1 : glued ? 2 : strlen("″"));
        }
        return f;
      }
    }
  }
  if (!mixed && is_year(v) &&
      ((de - q - 1 == 2 && small_val(q + 1, de) == (v->ival + 1) % 100) ||
       (de - q - 1 == 4 && small_val(q + 1, de) == v->ival + 1)) &&
      !(de < end && ks_is_alnum((unsigned char)*de))) {
    /* "the 2023/24 season": twenty twenty-three twenty-four, one
     * season; elsewhere "to" ("in 2023/24 prices rose"); "1999/2000" in
     * full, with "to" always */
    unsigned y2 = small_val(q + 1, de);
    bool one = de < end - 1 && *de == ' ' && ks_norm_season_word(de + 1, end);
    sep(n);
    ks_num_year(n->out, (unsigned)v->ival);
    if (y2 >= 100) { /* (two whole years run together unless joined:
                        "the 2023/2024 academic year", set AW) */
      ks_buf_puts(n->out, " to ");
      ks_num_year(n->out, y2);
      return de;
    }
    ks_buf_puts(n->out, one ? (y2 < 10 ? " oh " : " ")
                            : (y2 < 10 ? " to oh " : " to "));
    ks_num_cardinal(n->out, y2);
    return de;
  }
  if (!mixed && !v->commas && document_before(n, v->p)) {
    size_t mark = n->out->len;
    if ((r = document_number(n, v)) != NULL)
      return r;
    ks_buf_truncate(n->out, mark);
  }
  if (de - q - 1 > 5)
    return NULL; /* "25/235212": a reference number, not a fraction */
  /* "flights 5J 325/326", "rooms 101/102": a pair of numbers that follow
   * each other after an airline's code or a plural noun, no fraction
   * (alone, "12639/12640" is one); after the code in pairs of figures, as
   * a flight's number is said ("three twenty-five") */
  bool code;
  if (!mixed && !v->commas && v->ival >= 100 && !is_year(v) &&
      ks_num_parse(q + 1, (size_t)(de - q - 1), &d) && d == v->ival + 1 &&
      d < 10000 && !alnum_at(de, end) && !(de < end && *de == '/') &&
      pair_context(n, v->p, &code)) {
    sep(n);
    for (int k = 0; k < 2; k++) {
      unsigned x = k ? (unsigned)d : (unsigned)v->ival;
      if (k)
        ks_buf_puts(n->out, " and ");
      if (!code)
        ks_num_cardinal(n->out, x);
      else if (x >= 1000)
        ks_num_year(n->out, x);
      else
        ks_norm_say_pairs(n, x);
    }
    return de;
  }
  if (!mixed && (r = blood_pressure(n, v)) != NULL)
    return r;
  /* "runs from 12/1 to 12/24": two months and days joined as a span, one
   * of them a day no fraction has as its denominator */
  if (!mixed && v->ival >= 1 && v->ival <= 12 &&
      ks_num_parse(q + 1, (size_t)(de - q - 1), &d) && d >= 1 && d <= 31 &&
      !(de < end && ks_is_alnum((unsigned char)*de))) {
    const char *t = starts(de, end, " to ")        ? de + 4
                    : starts(de, end, " through ") ? de + 9
                    : starts(de, end, "-")         ? de + 1
                                                   : NULL;
    const char *m2e = t ? digit_end(t, end) : NULL, *d2e;
    if (m2e && m2e > t && m2e - t <= 2 && m2e < end - 1 && *m2e == '/' &&
        (d2e = digit_end(m2e + 1, end)) > m2e + 1 && d2e - m2e <= 3 &&
        !alnum_at(d2e, end) && !(d2e < end && *d2e == '/')) {
      unsigned m2 = small_val(t, m2e), day2 = small_val(m2e + 1, d2e);
      if (m2 >= 1 && m2 <= 12 && day2 >= 1 && day2 <= 31 &&
          (d >= 13 || day2 >= 13) && !unit_word_after(n, d2e) &&
          !unit_after(n->lang, d2e, end) && !starts(d2e, end, " inch") &&
          !ks_norm_about_cricket(n) &&
          !ks_norm_sentence_has(n, odds_words, N_OF(odds_words))) {
        ks_norm_say_month_day(n, (int)v->ival, (unsigned)d, 0);
        ks_buf_puts(n->out, *de == '-'    ? " to"
                            : t == de + 4 ? " to"
                                          : " through");
        ks_norm_say_month_day(n, (int)m2, day2, 0);
        return d2e;
      }
    }
  }
  if (de < end && (*de == '/' || *de == '.' || *de == ',' || *de == '-') &&
      de + 1 < end && ks_is_digit((unsigned char)de[1]))
    return NULL;
  if (!mixed && ks_num_parse(q + 1, (size_t)(de - q - 1), &d) && d == 1 &&
      q[1] == '1' && !(de < end && ks_is_alnum((unsigned char)*de))) {
    /* "take effect 7/1" July first; elsewhere "7/1" is odds or a ratio,
     * seven to one, never a fraction; "from 14/1" in cricket, runs for a
     * wicket */
    static const char *const bets[] = {
        "backed", "bet",      "bookmakers", "favorite", "favourite",
        "odds",   "outsider", "split",      "stock",    "win"};
    if (v->ival >= 10 && ks_norm_about_cricket(n) &&
        !ks_norm_sentence_has(n, bets, N_OF(bets))) {
      ks_norm_say_num(n, v);
      ks_buf_puts(n->out, " for one");
    } else if (v->ival >= 1 && v->ival <= 12 &&
               date_word_before(n, v->p) == 2) {
      ks_norm_say_month_day(n, (int)v->ival, 1, 0);
    } else {
      ks_norm_say_num(n, v);
      ks_buf_puts(n->out, " to one");
    }
    return de;
  }
  /* "raced to 58/0 in the powerplay": a side's runs before its first
   * wicket fell, in a sentence or an article about cricket, "fifty-eight
   * for no loss" */
  /* (not a vote's, "voted 14/0 in favour": no noun nor "in favour"
   * after it) */
  if (!mixed && !v->commas && !v->dot && de == q + 2 && q[1] == '0' &&
      v->ival >= 10 && v->ival < 1000 && !alnum_at(de, end) &&
      !(de < end && (*de == '/' ||
                     (*de == '.' && de + 1 < end &&
                      ks_is_digit((unsigned char)de[1])))) &&
      !ks_norm_noun_after(n, de) && !starts(de, end, " in favour") &&
      !starts(de, end, " against") &&
      (ks_norm_about_cricket(n) ||
       ks_norm_word_before(n, v->p, posted, N_OF(posted)))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " for no loss");
    return de;
  }
  /* (an inch glued to it, "(1/2in)", as one apart: "1/4 in") */
  if (!ks_num_parse(q + 1, (size_t)(de - q - 1), &d) || d < (mixed ? 1 : 2) ||
      q[1] == '0' ||
      (de < end && ks_is_alpha((unsigned char)*de) &&
       !starts_ci(de, end, "th") && !starts_ci(de, end, "rd") &&
       !starts_ci(de, end, "nd") &&
       !(starts(de, end, "in") && !alnum_at(de + 2, end))))
    return NULL;
  /* "a 60/40 split", "the 80/20 rule": shares of a whole, "sixty forty" */
  if (!mixed && v->ival >= 10 && d >= 10 && v->ival + d == 100 && d != 50 &&
      v->ival % 5 == 0 && !(de < end && ks_is_alnum((unsigned char)*de)) &&
      !starts(de, end, " of ")) {
    ks_norm_say_num(n, v);
    ks_buf_putc(n->out, ' ');
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "C/ATT: 24/31", "Arriaga: 18/24": a box score's cell of made of tried,
   * after a label that names attempts ("C/ATT") or with more than twelve
   * made (no month's date) over a whole no mark is out of (not a multiple
   * of ten: "Score: 45/50" is out of fifty) */
  if (!mixed && !v->commas && v->ival <= d && v->p - n->s >= 6 &&
      v->p[-1] == ' ' && v->p[-2] == ':' &&
      (starts(v->p - 5, end, "ATT") ||
       (v->ival > 12 && d % 10 != 0 && d != 16 && d != 32 && d != 64)) &&
      (de == end || *de == ',' ||
       /* "Bati: 26/35 completed sets" (round 38, from set AV) */
       (de < end - 1 && *de == ' ' && ks_is_lower((unsigned char)de[1]) &&
        !starts(de, end, " of ")))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " of ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "Points: 5/7": a standings table's points out of the games played,
   * after its column's label */
  if (!mixed && v->ival <= d && d <= 30 && points_cell(n, v->p) &&
      !(de < end && ks_is_alnum((unsigned char)*de))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " out of ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* a test's marks out of a round whole too: "scored 48/50" */
  if (!mixed &&
      (d == 5 || d == 10 || d == 100 ||
       (d % 5 == 0 && d <= 50 && d >= 20 && v->ival >= 1)) &&
      v->ival <= d &&
      (rating_word_before(n, v->p) || rating_before(n, v->p, q, de) ||
       ((d == 5 || d == 10) && label_line(n, v->p, de))) &&
      !starts(de, end, " of ") &&
      /* "rated it a 50/50 contest": even chances before a noun */
      !(v->ival == 50 && d == 50 && ks_norm_noun_after(n, de))) {
    /* "gave the game 9/10": a rating, nine out of ten */
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " out of ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  if (!mixed) {
    for (size_t i = 0; i < n->lang->n_idioms; i++) {
      size_t il = strlen(n->lang->idioms[i].written);
      if ((size_t)(de - v->p) == il &&
          !memcmp(v->p, n->lang->idioms[i].written, il) &&
          !(de < end && ks_is_alnum((unsigned char)*de))) {
        say(n, n->lang->idioms[i].spoken);
        return de;
      }
    }
  }
  /* (not before a measure's word: "by 3/16 inch") */
  /* ("Deadline for entries is 9/15": after "is" in a sentence about a
   * day that is due, a month and a day no fraction has as its
   * denominator) */
  static const char *const be_[] = {"is", "was"};
  static const char *const dues[] = {"date", "deadline", "expires",
                                     "expiry"};
  if (!mixed && v->ival >= 1 && v->ival <= 12 && d >= 1 && d <= 31 &&
      (d >= 13 || date_word_before(n, v->p) == 2) &&
      (date_word_before(n, v->p) ||
       (d >= 13 && ks_norm_word_before(n, v->p, be_, N_OF(be_)) &&
        ks_norm_sentence_has(n, dues, N_OF(dues)))) &&
      !(de < end && ks_is_alnum((unsigned char)*de)) &&
      !ks_norm_measure_next(n, de) &&
      !starts(de, end, " of ")) { /* "by 1/16 of an inch" */
    /* "set for 10/15", "on 7/4": a month and day (after "on" or a
     * weekday any day; after "for" or "by", which also come before
     * fractions, only a day no fraction has as its denominator) */
    ks_norm_say_month_day(n, (int)v->ival, (unsigned)d, 0);
    return de;
  }
  /* "Runway 10/28", "runway 09/27": a runway's two headings, in tens of
   * degrees, each said as its number ("ten twenty-eight") */
  static const char *const runways[] = {"runway", "runways"};
  if (!mixed && !v->commas && !v->dot && v->end - v->p == 2 && de - q == 3 &&
      v->ival <= 36 && d >= 1 && d <= 36 &&
      (v->ival + 18 == d || d + 18 == v->ival) &&
      ks_norm_word_before(n, v->p, runways, N_OF(runways))) {
    sep(n);
    if (*v->p == '0')
      ks_buf_puts(n->out, "zero ");
    ks_num_cardinal(n->out, v->ival);
    ks_buf_putc(n->out, ' ');
    if (q[1] == '0')
      ks_buf_puts(n->out, "zero ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "20/20 vision", "20/20 hindsight": the eye chart's "twenty-twenty" */
  static const char *const sight[] = {"eyesight", "hindsight", "vision"};
  if (!mixed && v->ival == 20 && d == 20 && v->end + 3 == de &&
      ks_norm_next_is(n, de, sight, N_OF(sight))) {
    sep(n);
    ks_buf_puts(n->out, "twenty-twenty");
    return de;
  }
  /* "the 7/7 bombings": a day named by its figures before what happened
   * on it, "seven seven" */
  static const char *const events[] = {
      "anniversary", "attack",  "attacks",  "bombers",   "bombing",
      "bombings",    "inquiry", "memorial", "survivors", "victims"};
  if (!mixed && !v->commas && v->ival == d && d <= 12 &&
      ks_norm_next_is(n, de, events, N_OF(events))) {
    ks_norm_say_num(n, v);
    ks_buf_putc(n->out, ' ');
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "scored 40/40", "a perfect 10/10": full marks, "forty out of forty" */
  if (!mixed && !v->commas && v->ival == d && d > 2 &&
      !(de < end && ks_is_alnum((unsigned char)*de))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " out of ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "in 5/4 time", "a 6/8 time signature", "waltzes in 3/4 and marches
   * in 2/4 or 6/8": a metre, "five four" */
  static const char *const metre[] = {"marches", "metre",     "meter",
                                      "rhythm",  "signature", "signatures",
                                      "waltz",   "waltzes"};
  /* "the latter's 7/8 chorus": before a part of a song too */
  static const char *const parts[] = {"chorus", "groove", "passage", "verse"};
  if (!mixed && !v->commas && v->ival <= 16 &&
      (d == 2 || d == 4 || d == 8 || d == 16) &&
      ((starts(de, end, " time") && !alnum_at(de + 5, end)) ||
       ks_norm_next_is(n, de, parts, N_OF(parts)) ||
       /* where the phrase ends, not "1/2 percent", "3/4 mile" */
       ((de == end || strchr(",.;)", *de) || starts(de, end, " or ") ||
         starts(de, end, " and ")) &&
        ks_norm_sentence_has(n, metre, N_OF(metre))))) {
    ks_norm_say_num(n, v);
    sep(n);
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* cricket: "reached 287/6", "figures of 5/32", runs for wickets or
   * wickets for runs, "two hundred and eighty-seven for six" */
  if (!mixed && !v->commas && (v->ival <= 10 || d <= 10) &&
      (v->ival >= 10 || d >= 10) && /* runs on one side: not "a 1/2 day" */
      !(de < end && ks_is_alnum((unsigned char)*de)) &&
      !starts(de, end, " of ") && /* "2/3 of an over" */
      (ks_norm_about_cricket(n) ||
       /* "India posted 397/4", "reached 145/2 by the close": a side's
        * runs for wickets after a verb of scoring, never a fraction of
        * hundreds of quarters */
       (v->ival >= 50 && d <= 10 &&
        (ks_norm_word_before(n, v->p, posted, N_OF(posted)) ||
         (ks_norm_word_before(n, v->p, stands, N_OF(stands)) &&
          ks_norm_sentence_has(n, breaks, N_OF(breaks)))) &&
        !ks_norm_sentence_has(n, odds_words, N_OF(odds_words))) ||
       /* "At tea Australia were 4/187": as Australia writes it, wickets
        * for runs where a side stands at a break of play ("closed day
        * two on 6/245" too) */
       (v->ival <= 10 && d >= 50 && d < 1000 &&
        ks_norm_word_before(n, v->p, stands, N_OF(stands)) &&
        ks_norm_sentence_has(n, breaks, N_OF(breaks)) &&
        ks_norm_sentence_has(n, cricket_breaks, N_OF(cricket_breaks)) &&
        !ks_norm_sentence_has(n, odds_words, N_OF(odds_words))) ||
       /* "Qureshi took 2/58", "finished with figures of 5/48": a
        * bowler's wickets for runs */
       (v->ival <= 10 && d >= 10 && d < 300 &&
        (ks_norm_word_before(n, v->p, took, N_OF(took)) ||
         (ks_norm_word_before(n, v->p, of_, 1) && n->prev - n->s >= 8 &&
          starts(n->prev - 8, end, "figures ") &&
          ks_norm_sentence_has(n, bowling, N_OF(bowling))))))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " for ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  /* "priced at 7/2", "a 9/4 favourite": a fraction greater than one
   * after "at" or before a word of betting is odds, "seven to two"
   * ("22/3" alone is twenty-two thirds) */
  /* (and odds-on, "4/6 to win", "8/11", in a sentence about a bet) */
  /* (and odds-on, "4/6 to win", "the 4/6 favourite", "is 8/11 with the
   * bookies": in a price's place, not a part of a measure or of a whole,
   * "a 1/2 hour delay", "1/2 price", "2/3 to win passage" in a vote) */
  static const char *const prices_at[] = {"are", "at", "is", "was", "were"};
  static const char *const ratios[] = {"ratio", "ratios"}; /* statistics' */
  bool bet = false;
  if (!mixed && !v->commas && v->ival >= 1 && v->ival < d && d <= 20 &&
      !ks_norm_sentence_has(n, ratios, N_OF(ratios)) &&
      !(de < end && ks_is_alnum((unsigned char)*de)) &&
      !after_a(n, v->p)) {
    const char *won = to_win_at(de, end);
    bool to_win = won != NULL;
    bool after_word =
        de < end && *de == ' ' &&
        word_is(de + 1, (size_t)(alpha_end(de + 1, end) - de - 1), odds_after,
                N_OF(odds_after));
    bet = after_word ||
          (v->p - n->s >= 6 && starts_ci(v->p - 6, end, "odds: ")) ||
          (ks_norm_word_before(n, v->p, prices_at, N_OF(prices_at)) &&
           (to_win || ks_norm_sentence_has(n, odds_words, N_OF(odds_words)))) ||
          (to_win && !ks_norm_noun_after(n, won) && odds_sentence(n) &&
           ks_is_upper((unsigned char)*n->s) && n->prev &&
           ks_is_upper((unsigned char)*n->prev));
  }
  if (!mixed && !v->commas && (v->ival > d || bet) &&
      d <= 20 && v->ival <= 200 &&
      !(de < end && ks_is_alnum((unsigned char)*de)) &&
      (ks_norm_word_before(n, v->p, odds_before, N_OF(odds_before)) || bet ||
       odds_sentence(n) ||
       /* "Lantern Rock (5/2)", "SP: 9/4 fav": a horse's price in an
        * article about a race */
       (n->topics & KS_TOPIC_RACING) || ks_norm_about_racing(n) ||
       (de < end && *de == ' ' &&
        word_is(de + 1, (size_t)(alpha_end(de + 1, end) - de - 1), odds_after,
                N_OF(odds_after))))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " to ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  if (!mixed && v->ival < d && de < end - 1 && *de == ' ') {
    /* "1/2 tsp of paprika": half a teaspoon; "3/4 lb" three quarters of
     * a pound */
    const char *ua;
    const struct ks_unit *u = ks_norm_unit_word(n->lang, de, end, &ua);
    if (u && strcmp(u->abbr, "sq") && strcmp(u->abbr, "cu") &&
        !alnum_at(ua, end)) {
      sep(n);
      if (v->ival == 1 && d == 2) {
        ks_buf_puts(n->out, "half ");
      } else {
        say_part(n, (unsigned)v->ival, d, true); /* "a quarter" */
        ks_buf_puts(n->out, " of ");
      }
      ks_buf_puts(n->out, ks_norm_article(u->one));
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, u->one);
      return unit_stop_end(ua, end);
    }
    /* "3/4 cup of sugar": three quarters of a cup; "1/2 a mile" and
     * "1/2 cup" half a mile, half a cup */
    bool article = v->ival == 1 && d == 2 &&
                   (starts(de, end, " a ") || starts(de, end, " an "));
    if (article || ks_norm_measure_noun(n, de, false)) {
      ks_norm_say_part_of(n, (unsigned)v->ival, (unsigned)d,
                          article ? NULL : de);
      return de;
    }
    /* "9/10 renters", "4/5 dentists": a share of people or things
     * counted, before their plural with no "of", is so many "out of"
     * so many */
    static const char *const measures[] = {
        "acres",     "bottles",  "cans",   "cups",   "days",   "feet",
        "glasses",   "handfuls", "hours",  "inches", "jars",   "miles",
        "minutes",   "months",   "ounces", "pieces", "pints",  "pounds",
        "quarts",    "seconds",  "slices", "spoons", "sticks", "tablespoons",
        "teaspoons", "tins",     "weeks",  "yards",  "years"};
    const char *x, *xe;
    /* of five or ten only: "2/3 bedrooms" is two or three, "3/4 sleeves"
     * a length */
    if (v->ival > 1 && (d == 5 || d == 10) &&
        (x = ks_norm_next_word(n, de, &xe)) != NULL && x == de + 1 &&
        xe - x >= 4 && ks_is_lower((unsigned char)*x) && xe[-1] == 's' &&
        xe[-2] != 's' && ks_norm_noun_after(n, de) && !unit_word_after(n, de) &&
        !unit_plural(n, x, (size_t)(xe - x)) &&
        !word_is(x, (size_t)(xe - x), measures, N_OF(measures))) {
      sep(n);
      ks_num_cardinal(n->out, v->ival);
      ks_buf_puts(n->out, " out of ");
      ks_num_cardinal(n->out, d);
      return de;
    }
  }
  /* "Break points won: 4/9", "converted 3/5 kicks": chances taken of
   * those had, "four of nine", in a sentence that counts them (the rule
   * above says "three out of five" before a plural) */
  static const char *const chances[] = {"attempts",    "completions",
                                        "conversions", "converted",
                                        "penalties"};
  static const char *const tries[] = {"attempts", "chances", "kicks",
                                      "penalties", "saves",  "shots"};
  if (!mixed && v->ival <= d && d > 1 &&
      (ks_norm_sentence_has(n, chances, N_OF(chances)) ||
       holds_break_points(n) || ks_norm_next_is(n, de, tries, N_OF(tries))) &&
      !(de < end && (*de == '/' || ks_is_alnum((unsigned char)*de))) &&
      !starts(de, end, " of ")) { /* "2/3 of voters" is a share */
    sep(n);
    ks_num_cardinal(n->out, v->ival);
    ks_buf_puts(n->out, " of ");
    ks_num_cardinal(n->out, d);
    return de;
  }
  sep(n);
  if (mixed) {
    say_part(n, (unsigned)v->ival, d, true);
  } else if (v->ival == 1 && de < end &&
             ((*de == '-' && after_a(n, v->p)) || unit_word_after(n, de))) {
    /* "a 1/2-mile stretch", "below 1/4 mile": a half-mile, a quarter
     * mile (the article said once) */
    say_part(n, 1, d, !after_a(n, v->p));
  } else {
    ks_num_fraction(n->out, v->ival, d);
    /* "3/4-inch plywood": a compound adjective's part in the singular,
     * "three-quarter-inch" */
    static const char *const hyphen_units[] = {
        "acre", "cup", "foot", "gallon", "hour", "in", "inch", "mile",
        "pound", "ton", "yard"};
    const char *hu = de + 1, *hue = alpha_end(hu, end);
    if (v->ival > 1 && de + 1 < end && *de == '-' &&
        word_is(hu, (size_t)(hue - hu), hyphen_units, N_OF(hyphen_units)) &&
        n->out->len > n->base && n->out->ptr[n->out->len - 1] == 's')
      ks_buf_truncate(n->out, n->out->len - 1);
  }
  /* "1/4th", "1/3RD": the suffix repeats the ordinal */
  if (de < end - 1 &&
      (starts_ci(de, end, "th") || starts_ci(de, end, "rd") ||
       starts_ci(de, end, "nd")) &&
      !(de + 2 < end && ks_is_alpha((unsigned char)de[2])))
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
  return ks_to_lower((unsigned char)s[0]) == want[0] &&
         ks_to_lower((unsigned char)s[1]) == want[1];
}

/* An "s" at q that makes the number before it plural: "9s", "67s". */
static bool plural_s(const char *q, const char *end) {
  return q < end && *q == 's' &&
         !(q + 1 < end && (ks_is_alnum((unsigned char)q[1]) || q[1] == '\''));
}

/* The last number word written made plural: "sixes", "sixty-sevens",
 * "thirty-fives", "twenties". */
static void plural_of_last(struct norm *n) {
  char last = n->out->ptr[n->out->len - 1];
  if (last == 'y') {
    ks_buf_truncate(n->out, n->out->len - 1);
    ks_buf_puts(n->out, "ies");
  } else {
    ks_buf_puts(n->out, last == 'x' ? "es" : "s");
  }
}

/* A number in the plural: "rolled two 6s", "the 67s". */
static void say_plural(struct norm *n, uint64_t x) {
  sep(n);
  ks_num_cardinal_plain(n->out, x);
  plural_of_last(n);
}

/* The word before p names a team: "the" or a capitalised word inside the
 * sentence ("the 67s", "Ottawa 67s"). */
static bool team_before(const struct norm *n, const char *p) {
  static const char *const the[] = {"the"};
  const char *w = n->prev;
  if (!w || w + n->prev_len + 1 != p)
    return false;
  return ks_norm_word_before(n, p, the, 1) ||
         (w != n->s && ks_is_upper((unsigned char)w[0]));
}

/* "weighs 14st 2lb": "st" glued to a number no ordinal ends so ("21st"
 * is twenty-first) is stone, with pounds after it, after a verb of
 * weighing, or from 2 to 50 after a word a weight follows. q is at the
 * "st". */
static bool stone(const struct norm *n, const struct num *v, const char *q) {
  static const char *const weigh[] = {"weigh", "weighed", "weighing", "weighs",
                                      "weight"};
  const char *end = n->end,
             *d = q + 3 < end && q[2] == ' ' ? digit_end(q + 3, end) : NULL;
  /* or a weight a body has, up to 50, after "a" or a word a weight
   * follows ("a 9st Rottweiler", "a man of 11st", "down to 13st") */
  static const char *const weights[] = {"a",      "about", "almost", "from",
                                        "gained", "lost",  "nearly", "of",
                                        "over",   "shed",  "to",     "under"};
  return q[0] == 's' && q[1] == 't' &&
         ((d && d > q + 3 && (starts(d, end, "lb") || starts(d, end, " lb"))) ||
          ks_norm_word_before(n, v->p, weigh, N_OF(weigh)) ||
          (!v->dot && !v->commas && v->ival >= 2 && v->ival <= 50 &&
           ks_norm_word_before(n, v->p, weights, N_OF(weights))));
}

/* Old British money, in shillings ("s.") and pence ("d."): "15s. 6d." is
 * fifteen shillings and sixpence, "£4 10s." four pounds ten shillings.
 * Shillings only before pence or after pounds, as "15s" alone may be
 * seconds. At p is a count of pence, q after its "d". */
static void say_pence(struct norm *n, const char *p, const char *q) {
  unsigned d = 0;
  for (; p < q && ks_is_digit((unsigned char)*p); p++)
    d = d * 10 + (unsigned)(*p - '0');
  sep(n);
  if (d == 1) {
    ks_buf_puts(n->out, "one penny");
    return;
  }
  ks_num_cardinal(n->out, d);
  /* "sixpence", "ninepence": as one word up to nine */
  ks_buf_puts(n->out, d <= 9 ? "pence" : " pence");
}

/* The end of "6d." or "6d" at p (a count of pence), or NULL. */
static const char *pence_at(const char *p, const char *end) {
  const char *q = digit_end(p, end);
  if (q == p || q - p > 2 || q >= end || *q != 'd')
    return NULL;
  q++;
  if (q < end && *q == '.')
    q++;
  return q < end && ks_is_alnum((unsigned char)*q) ? NULL : q;
}

/* After an abbreviation's stop at p[-1] that also ends the sentence
 * ("valued at £4 10s."): p - 1, so that the stop is read; else p. */
static const char *stop_given_back(const char *p, const char *end) {
  return p[-1] == '.' && skip_spaces(p, end) == end ? p - 1 : p;
}

static const char *num_lsd(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *b, *d, *pe;
  bool pounds;
  if (!v->ok || v->dot || v->commas || v->ndig > 2 || q >= end || *q != 's')
    return NULL;
  q++;
  if (q < end && *q == '.')
    q++;
  if (q < end && ks_is_alnum((unsigned char)*q))
    return NULL;
  /* "£4 10s.": pounds right before it */
  b = v->p;
  pounds = false;
  if (b - n->s >= 3 && b[-1] == ' ' && ks_is_digit((unsigned char)b[-2])) {
    b -= 2;
    while (b > n->s && ks_is_digit((unsigned char)b[-1]))
      b--;
    pounds =
        b - n->s >= (ptrdiff_t)strlen("£") && starts(b - strlen("£"), end, "£");
  }
  d = q < end && *q == ' ' ? q + 1 : q;
  pe = d < end ? pence_at(d, end) : NULL;
  /* without pounds: shillings under twenty, one of the two with its stop
   * ("15s. 6d."; not "in the 80s 3d printing") */
  if (!pounds && !(pe && v->ival < 20 && (q[-1] == '.' || pe[-1] == '.')))
    return NULL;
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, v->ival == 1 ? " shilling" : " shillings");
  if (!pe)
    return stop_given_back(q, end);
  ks_buf_puts(n->out, " and");
  say_pence(n, d, pe);
  return stop_given_back(pe, end);
}

/* A price's divisor at p, after cents or pence: "/lb" a pound, "/litre"
 * a litre; where it ends, or NULL. */
static const char *price_per(struct norm *n, const char *p) {
  const char *end = n->end, *after, *we;
  const struct ks_unit *u;
  if (p >= end - 1 || *p != '/')
    return NULL;
  /* "21c/l": a lone small "l" after a price is a litre (alone it is no
   * unit of the table, too like a one) */
  if (p[1] == 'l' && !alnum_at(p + 2, end)) {
    ks_buf_puts(n->out, " a liter");
    return p + 2;
  }
  if ((u = ks_norm_scan_unit(n->lang, p + 1, end, &after)) != NULL &&
      !alnum_at(after, end)) {
    ks_buf_puts(n->out, " a ");
    ks_buf_puts(n->out, u->one);
    return after;
  }
  we = alpha_end(p + 1, end);
  if (we - p - 1 < 3 || we - p - 1 > 12 || !ks_is_lower((unsigned char)p[1]) ||
      alnum_at(we, end))
    return NULL;
  ks_buf_puts(n->out, " a ");
  ks_buf_put(n->out, p + 1, (size_t)(we - p - 1));
  return we;
}

/* v follows a capitalised word or a label of the list ("Room 12c",
 * "section 12c"). */
static bool after_label(const struct norm *n, const struct num *v,
                        const char *const *labels, size_t nlabels) {
  return n->prev && n->prev + n->prev_len + 1 == v->p &&
         (ks_is_upper((unsigned char)*n->prev) ||
          word_is(n->prev, n->prev_len, labels, nlabels));
}

/* The sentence has a sign of dollars, euros, pounds or rand ("R21.02"). */
static bool money_sign_in(const struct norm *n) {
  for (const char *c = n->s; c < n->end; c++)
    if (*c == '$' || starts(c, n->end, "\xE2\x82\xAC") ||
        starts(c, n->end, "\xC2\xA3") ||
        (*c == 'R' && c + 1 < n->end && ks_is_digit((unsigned char)c[1]) &&
         (c == n->s || !ks_is_alnum((unsigned char)c[-1]))))
      return true;
  return false;
}

/* "rose 12c per litre", "99c each", "sold for 99c": cents glued to a
 * small amount, after a word of price, before a price's "per", "a" or
 * "each" or a divisor ("19.8c/lb"), or after a word of movement in a
 * sentence with a sign of money ("down 10c to €1.09"; not "the iPhone 5c
 * sold for $99", "stage 3c"); in a sentence about the weather, "highs of
 * 30c", degrees. */
/* " to 580c/kg" at q: a move to an amount of cents. */
static bool cents_after_to(const char *q, const char *end) {
  const char *d, *de;
  if (starts(q, end, " to "))
    d = q + 4;
  else if (starts(q, end, " and ")) /* "between 232c and 295c" */
    d = q + 5;
  else
    return false;
  de = digit_end(d, end);
  return de > d && de < end && *de == 'c' && !alnum_at(de + 1, end);
}

/* " a litre", " per kWh" at q: a price's measure after an amount of
 * cents ("189.9c a litre"). */
static bool per_measure(const char *q, const char *end) {
  static const char *const measures[] = {"gallon", "kg",    "kilo",  "kilogram",
                                         "kWh",    "lb",    "litre", "liter",
                                         "pound",  "share", "unit"};
  if (starts(q, end, " a "))
    q += 3;
  else if (starts(q, end, " per "))
    q += 5;
  else
    return false;
  for (size_t i = 0; i < N_OF(measures); i++)
    if (starts(q, end, measures[i]) && !alnum_at(q + strlen(measures[i]), end))
      return true;
  return false;
}

static const char *num_cents(struct norm *n, const struct num *v) {
  static const char *const per[] = {" per ", " a ", " an ", " each", " off"};
  static const char *const weather[] = {"forecast",     "heat", "highs",
                                        "hottest",      "lows", "temperature",
                                        "temperatures", "warm", "weather"};
  static const char *const for_[] = {"for"};
  static const char *const labels[] = {"article", "clause", "paragraph",
                                       "room",    "rule",   "section"};
  /* nouns of a sentence that quotes prices in cents of up to four
   * figures, without thousands' commas: "sold to 295c a kilogram", "the
   * top bid was 1040c" */
  static const char *const priced[] = {
      "bid",   "bids",   "cattle",  "dividend", "dividends",
      "price", "prices", "sale",    "share",    "shares",
      "sold",  "steers", "yarding", "yards",    "kilogram"};
  /* words of an oven's heat: "bake at 180c" */
  static const char *const oven[] = {"bake",    "baked",     "oven",
                                     "preheat", "preheated", "roast"};
  const char *end = n->end, *q = v->end, *r;
  bool price;
  /* before a divisor or in a sentence of prices, a price of up to four
   * figures: "392c/kg liveweight", "232c and 295c a kilogram" */
  if (!v->ok || v->commas || q >= end || *q != 'c' ||
      v->ndig >
          ((q + 1 < end && q[1] == '/') || per_measure(q + 1, end) ||
                   (!v->dot && (ks_norm_sentence_has(n, priced, N_OF(priced)) ||
                                ks_norm_sentence_has(n, oven, N_OF(oven))))
               ? 4
               : 2) ||
      alnum_at(q + 1, end) ||
      (v->p > n->s && ks_is_alnum((unsigned char)v->p[-1])))
    return NULL;
  /* "temperatures rose to 30c": a word of a price's amount that a
   * temperature has too ("to", "about", "over"), in a sentence about the
   * weather with no money in it, is the temperature's ("cost 99c on warm
   * days" stays a price) */
  static const char *const both[] = {"about",  "around", "at",      "from",
                                     "nearly", "over",   "roughly", "than",
                                     "to",     "under"};
  bool hot = !v->dot && v->ival <= 60 &&
             ks_norm_sentence_has(n, weather, N_OF(weather)) &&
             !money_sign_in(n) &&
             ks_norm_word_before(n, v->p, both, N_OF(both));
  hot = hot || (!v->dot && v->ival <= 300 && !money_sign_in(n) &&
                ks_norm_sentence_has(n, oven, N_OF(oven)) &&
                (ks_norm_word_before(n, v->p, both, N_OF(both)) ||
                 starts(q + 1, end, " fan")));
  price = (!hot && ks_norm_word_before(n, v->p, n->lang->price_words,
                                       n->lang->n_price_words)) ||
          ks_norm_word_before(n, v->p, for_, 1) ||
          (q + 1 < end && q[1] == '/') || /* "19.8c/lb" */
          /* "(+91c)": a price's change, beside other amounts of money */
          (v->p > n->s && (v->p[-1] == '+' || v->p[-1] == '-') &&
           money_sign_in(n)) ||
          /* "milk is down 10c to €1.09": a sentence of prices; "eased 20c to
           * 580c/kg": a move of cents to cents */
          (ks_norm_after_move(n, v->p) &&
           !ks_norm_sentence_has(n, weather, N_OF(weather)) &&
           (money_sign_in(n) || cents_after_to(q + 1, end))) ||
          /* "fell 18.75c", "between 232c and 295c": a move or a span in a
           * sentence of prices */
          (!hot &&
           !(ks_norm_sentence_has(n, weather, N_OF(weather)) &&
             !money_sign_in(n)) &&
           (ks_norm_after_move(n, v->p) || cents_after_to(q + 1, end)) &&
           ks_norm_sentence_has(n, priced, N_OF(priced)));
  /* "a bottle of cola is 99c in the corner shop": after "is" or "was",
   * cents in a sentence about a shop (not "the coolant was 95c") */
  static const char *const be[] = {"are", "is", "was", "were"};
  static const char *const shops[] = {"shop",  "shops",       "store",
                                      "stores", "supermarket", "supermarkets"};
  price = price ||
          (!hot && !v->dot && ks_norm_word_before(n, v->p, be, N_OF(be)) &&
           ks_norm_sentence_has(n, shops, N_OF(shops)) &&
           !ks_norm_sentence_has(n, weather, N_OF(weather)) &&
           !ks_norm_sentence_has(n, oven, N_OF(oven)));
  for (size_t i = 0; !price && i < N_OF(per); i++) {
    size_t k = strlen(per[i]);
    price = starts(q + 1, end, per[i]) &&
            (per[i][k - 1] == ' ' || !alnum_at(q + 1 + k, end));
  }
  /* "a 50c levy", "the 20c coin": before a noun of money, the amount
   * that names it, in the singular */
  static const char *const monies[] = {
      "bag",    "bet",    "charge", "coin",      "coins",  "cut",
      "deposit", "discount", "fee", "hike",      "increase", "levy",
      "piece",  "pieces", "price",  "rebate",    "refund", "rise",
      "stamp",  "stamps", "surcharge", "tax",    "toll"};
  if (!price && !v->dot && ks_norm_next_is(n, q + 1, monies, N_OF(monies)) &&
      !(ks_norm_sentence_has(n, weather, N_OF(weather)) && !money_sign_in(n))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " cent");
    return q + 1;
  }
  /* "highs of 30c", "bake at 180c": not after a label ("section 12c",
   * "Room 12c") */
  if (!price && (ks_norm_sentence_has(n, weather, N_OF(weather)) || hot) &&
      !after_label(n, v, labels, N_OF(labels))) {
    ks_norm_say_num(n, v);
    ks_buf_puts(n->out, " degrees Celsius");
    return q + 1;
  }
  if (!price)
    return NULL;
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, v->ival == 1 && !v->dot ? " cent" : " cents");
  if ((r = price_per(n, q + 1)) != NULL) /* "19.8c/lb": cents a pound */
    return r;
  return q + 1;
}

/* Two digits' plurals joined by "and" or "or", the one at p (its "s"
 * ending at e) and the next or the one before: "the 3s and 4s". */
static bool digit_plurals_joined(const struct norm *n, const char *p,
                                 const char *e) {
  static const char *const joins[] = {" and ", " or "};
  const char *end = n->end;
  for (size_t k = 0; k < N_OF(joins); k++) {
    size_t jl = strlen(joins[k]);
    /* pointers formed only inside the text */
    if (starts(e, end, joins[k]) && (size_t)(end - e) >= jl + 2) {
      const char *d = e + jl;
      if (ks_is_digit((unsigned char)d[0]) && d[1] == 's' &&
          !alnum_at(d + 2, end))
        return true;
    }
    if ((size_t)(p - n->s) >= jl + 2) {
      const char *b = p - jl;
      if (starts(b, p, joins[k]) && ks_is_digit((unsigned char)b[-2]) &&
          b[-1] == 's' && (b - 2 == n->s || !ks_is_alnum((unsigned char)b[-3])))
        return true;
    }
  }
  return false;
}

/* The word at c names parts with two capitals or more in it: "1x
 * CFexpress Type B", "1x SD UHS-II" are counts of them ("2x Faster" is so
 * many times). */
static bool named_parts(const char *c, const char *end) {
  unsigned caps = 0;
  const char *k = c;
  for (; k < end && ks_is_alpha((unsigned char)*k); k++)
    caps += ks_is_upper((unsigned char)*k);
  /* (not a period's code with its figures, "34x FY26 earnings"; and the
   * name goes on in capitals or ends its item: "2x AI performance" is
   * so many times) */
  if (caps < 2 || (k < end && ks_is_digit((unsigned char)*k)))
    return false;
  while (k < end && (*k == '-' || ks_is_alnum((unsigned char)*k)))
    k++; /* "UHS-II" */
  return k == end || *k == ',' || *k == ';' ||
         (k + 1 < end && *k == ' ' && ks_is_upper((unsigned char)k[1]));
}

/* "2× AA batteries", "2x HDMI ports": after a count's "x", a part named
 * at p makes the number a count, not "times" ("2.1x EBITDA" is a
 * multiple). */
static bool part_after(const char *p, const char *end) {
  static const char *const parts[] = {
      "AA",   "DDR",   "DisplayPort", "Ethernet", "HDMI",        "LAN",
      "M.2",  "NVMe",  "PCIe",        "RJ45",     "SATA",        "SD",
      "SFP",  "SIM",   "Thunderbolt", "USB",      "XLR",         "microSD"};
  for (size_t i = 0; i < N_OF(parts); i++) {
    size_t l = strlen(parts[i]);
    if ((size_t)(end - p) >= l && !memcmp(p, parts[i], l) &&
        !((size_t)(end - p) > l && ks_is_lower((unsigned char)p[l])))
      return true;
  }
  return false;
}

/* Suffixes on a number: ordinals ("21st", "1,000th"; a wrong suffix is
 * read as letters) and decades ("1990s", "80s", "1990's"). */
/* "by Fri. 14th", "moves to Monday 27th": a day's ordinal right after its
 * weekday, with no month after it, is said "the fourteenth" as a date is
 * (q is past the suffix). */
static bool weekday_before_day(struct norm *n, const struct num *v,
                               const char *q) {
  const char *w, *we, *pw = n->prev;
  size_t pl = n->prev_len;
  if (v->ival < 1 || v->ival > 31 || !ks_norm_prev_weekday(n) ||
      v->p - n->s < 2 || v->p[-1] != ' ' ||
      (pw + pl + 1 != v->p && !(pw + pl + 2 == v->p && pw[pl] == '.')))
    return false;
  /* (not "Friday 14th March", read with its month, nor "of March"; nor a
   * place, "qualified Saturday 3rd on the grid", "Sunday 2nd half") */
  static const char *const ranks[] = {"half", "in", "on", "overall", "place",
                                      "position", "quarter", "round", "with"};
  w = ks_norm_next_word(n, q, &we);
  if (w && (ks_norm_month_of(n, w, (size_t)(we - w)) > 0 ||
            eq_ci(w, (size_t)(we - w), "of") ||
            word_is(w, (size_t)(we - w), ranks, N_OF(ranks))))
    return false;
  return true;
}

static const char *num_suffix(struct norm *n, const struct num *vp) {
  static const char *const counts[] = {"two",    "three",  "four",  "five",
                                       "six",    "seven",  "eight", "nine",
                                       "double", "triple", "all"};
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  if (v.ok && !v.dot && end - q >= 2 &&
      (starts_ci(q, end, "st") || starts_ci(q, end, "nd") ||
       starts_ci(q, end, "rd") || starts_ci(q, end, "th")) &&
      !(q + 2 < end && ks_is_alpha((unsigned char)q[2]))) {
    if (suffix_fits(v.ival, q)) {
      sep(n);
      if (weekday_before_day(n, &v, q + 2))
        ks_buf_puts(n->out, "the "); /* "Monday the twenty-seventh" */
      ks_num_ordinal(n->out, v.ival);
      /* "in the 67th min.": the minute of a match */
      if (starts(q + 2, end, " min") && !alnum_at(q + 6, end)) {
        ks_buf_puts(n->out, " minute");
        return q + 6 < end && q[6] == '.' && skip_spaces(q + 7, end) < end
                   ? q + 7
                   : q + 6;
      }
    } else if (stone(n, &v, q)) {
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, " stone");
    } else {
      ks_norm_say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      ks_buf_put(n->out, q, 2);
    }
    return q + 2;
  }
  /* a number's plural: "five 9s", "rolled two 6s" (a digit after a count;
   * alone, "4s" is a code); "the Ottawa 67s" (two digits after "the" or a
   * name; a decade's is read above, "clocked 45s" are seconds); "48 more
   * F-35s", "787-9s" (a model's number after its dash) */
  static const char *const par[] = {"par"};
  if (v.ok && !v.dot && !v.commas && plural_s(q, end) &&
      ((v.ndig == 1 && ks_norm_word_before(n, v.p, counts, N_OF(counts))) ||
       /* "the par 5s", "both par-3s": golf's holes of that par */
       (v.ndig == 1 &&
        (ks_norm_word_before(n, v.p, par, 1) ||
         (v.p - n->s >= 4 && starts_ci(v.p - 4, end, "par-") &&
          (v.p - 4 == n->s || !ks_is_alpha((unsigned char)v.p[-5]))))) ||
       /* "with 12 4s and 2 6s": a count in figures before a digit */
       (v.ndig == 1 && v.p - n->s >= 2 && v.p[-1] == ' ' &&
        ks_is_digit((unsigned char)v.p[-2])) ||
       /* "back-to-back 3s", "the 3s and 4s": a digit's plural after
        * "back-to-back" or beside another one */
       (v.ndig == 1 &&
        ((v.p - n->s >= 13 && !memcmp(v.p - 13, "back-to-back ", 13)) ||
         digit_plurals_joined(n, v.p, q + 1))) ||
       (v.ndig == 2 && v.ival % 10 != 0 &&
        !(v.p > n->s && ks_is_alpha((unsigned char)v.p[-1])) &&
        team_before(n, v.p)) ||
       (v.ndig <= 3 && v.p - n->s >= 2 && v.p[-1] == '-' &&
        (ks_is_upper((unsigned char)v.p[-2]) ||
         (n->num_model && ks_is_digit((unsigned char)v.p[-2])))) ||
       /* "the under-16s", "over-50s"; "MP3s" after capitals */
       (v.ndig <= 2 && v.p > n->s && v.p[-1] == '-' &&
        ((v.p - n->s >= 6 && starts_ci(v.p - 6, v.p, "under-")) ||
         (v.p - n->s >= 5 && starts_ci(v.p - 5, v.p, "over-")))) ||
       /* spaced: "Over 18s only", "open to 18s and over" (a team's or a
        * rule's age, 12 to 23 or 65; not a decade's, nor a time's "in
        * over 45s") */
       (v.ndig == 2 && ((v.ival >= 12 && v.ival <= 23) || v.ival == 65) &&
        ((v.p - n->s >= 6 && starts_ci(v.p - 6, v.p, "under ") &&
          (v.p - 6 == n->s || !ks_is_alpha((unsigned char)v.p[-7]))) ||
         (v.p - n->s >= 5 && starts_ci(v.p - 5, v.p, "over ") &&
          (v.p - 5 == n->s || !ks_is_alpha((unsigned char)v.p[-6]))) ||
         starts(q + 1, end, " and over") || starts(q + 1, end, " and under"))) ||
       (v.ndig == 1 && v.p - n->s >= 2 && ks_is_upper((unsigned char)v.p[-1]) &&
        ks_is_upper((unsigned char)v.p[-2])))) {
    say_plural(n, v.ival);
    return q + 1;
  }
  /* "the 49ers", "the 76ers": the number's last word takes the ending,
   * "forty-niners", "seventy-sixers" */
  /* and one of them, "a 14er", a mountain of 14,000 feet: "fourteener" */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 3 &&
      (starts(q, end, "ers") || (starts(q, end, "er") && v.ival >= 10)) &&
      !(q + 2 < end && ks_is_alpha((unsigned char)q[2]) && q[2] != 's') &&
      !(q + 3 < end && q[2] == 's' && ks_is_alpha((unsigned char)q[3]))) {
    size_t l = starts(q, end, "ers") ? 3 : 2;
    sep(n);
    ks_num_cardinal_plain(n->out, v.ival);
    ks_buf_puts(n->out, n->out->ptr[n->out->len - 1] == 'e' ? "r" : "er");
    if (l == 3)
      ks_buf_putc(n->out, 's');
    return q + l;
  }
  /* "the 270s AD", "the early 800s": a decade or a century of three
   * digits after a word that comes before a time */
  static const char *const era_before[] = {"early", "late", "mid", "the"};
  if (v.ok && !v.dot && !v.commas &&
      (v.ndig == 4 || v.ndig == 2 ||
       (v.ndig == 3 &&
        ks_norm_word_before(n, v.p, era_before, N_OF(era_before)))) &&
      v.ival % 10 == 0 && q < end) {
    r = q;
    if (*r == '\'' && r + 1 < end && r[1] == 's')
      r++;
    if (*r == 's' && !(r + 1 < end && ks_is_alpha((unsigned char)r[1])) &&
        (v.ndig <= 3 || v.ival >= 1000)) {
      sep(n);
      ks_num_decade(n->out, (unsigned)v.ival);
      n->num_decade = true;
      return r + 1;
    }
  }
  /* "the women's 15s player", "the 7s team": a side of so many, the
   * number's plural ("fifteens", "sevens", "sixes"); "a 5s delay" is
   * seconds, "five second" */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 2 && v.ival > 0 && q < end &&
      *q == 's' && !alnum_at(q + 1, end) && !(q + 1 < end && q[1] == '\'') &&
      (v.p == n->s || v.p[-1] == ' ')) {
    /* "make 3s", "roll 6s": what is made, hit or rolled (not a racing
     * gap in seconds: "made 5s on Norris", "make 3s up") */
    static const char *const sides[] = {"hit",    "hits",  "hitting", "made",
                                        "make",   "makes", "making",  "roll",
                                        "rolled", "the"};
    static const char *const gaps[] = {"ahead", "clear", "on", "up"};
    static const char *const racing[] = {"lap",   "laps",       "race",
                                         "stint", "qualifying", "seconds"};
    const char *w = n->prev;
    bool gap = !(w && eq_ci(w, n->prev_len, "the")) &&
               (ks_norm_next_is(n, q + 1, gaps, N_OF(gaps)) ||
                ks_norm_sentence_has(n, racing, N_OF(racing)));
    bool possessive =
        w && w + n->prev_len + 1 == v.p && ks_norm_possessive(w, n->prev_len);
    if (after_a(n, v.p)) {
      sep(n);
      ks_num_cardinal(n->out, v.ival);
      ks_buf_puts(n->out, v.ival == 1 ? " second" : "-second");
      return q + 1;
    }
    if (possessive ||
        (!gap && ks_norm_word_before(n, v.p, sides, N_OF(sides)))) {
      sep(n);
      ks_num_decade(n->out, (unsigned)v.ival);
      return q + 1;
    }
  }
  if (v.ok && !v.dot && q < end && *q == 's' &&
      !(q + 1 < end && ks_is_alpha((unsigned char)q[1])) &&
      (v.ival == 100 || v.ival == 1000 || v.ival == 1000000) &&
      (v.commas || v.ndig == 3 || v.ndig == 4)) {
    /* "100s of people", "1,000s of messages": hundreds, thousands */
    sep(n);
    ks_buf_puts(n->out, v.ival == 100    ? "hundreds"
                        : v.ival == 1000 ? "thousands"
                                         : "millions");
    return q + 1;
  }
  if (v.ok && !v.dot && !v.commas && v.ival > 0 && v.ival <= 100 &&
      q < end - 2 && (*q == 'x' || *q == 'X') && q[1] == ' ' &&
      ks_is_alpha((unsigned char)q[2]) &&
      !(v.p > n->s && ks_is_alpha((unsigned char)v.p[-1]))) { /* "GDDR6X" */
    /* "2x as much", "10x faster": times ("1x SD UHS-II" a count) */
    sep(n);
    ks_num_cardinal(n->out, v.ival);
    if (!part_after(q + 2, end) && !named_parts(q + 2, end))
      ks_buf_puts(n->out, " times");
    return q + 1;
  }
  return NULL;
}

/* A number joined to what follows: a fraction ("3/4", "2 1/2", "2½") or
 * a currency written after it ("1,000 UAH"). */
static const char *inches_word(struct norm *n, const char *q,
                               const struct num *v, bool part);

static const char *num_joined(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;
  unsigned fn, fd;

  if ((r = rule_fraction(n, &v, false))) {
    /* "3/16 in. thick": three sixteenths of an inch */
    uint64_t d;
    const char *r2 = NULL;
    if (q < end - 1 && *q == '/' &&
        ks_num_parse(q + 1, (size_t)(digit_end(q + 1, end) - q - 1), &d) &&
        v.ok && v.ival < d)
      r2 = inches_word(n, r, &v, true);
    return r2 ? r2 : r;
  }
  /* mixed numbers: "2 1/2" */
  if (v.ok && !v.dot && q < end - 3 && *q == ' ' &&
      ks_is_digit((unsigned char)q[1])) {
    struct num f;
    size_t mark = n->out->len;
    if (ks_norm_scan_num(q + 1, end, &f) && f.end < end && *f.end == '/') {
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, " and");
      if ((r = rule_fraction(n, &f, true))) {
        /* "4 ft 8 1/2 in": the inches of a height or a gauge */
        const char *r2 = inches_word(n, r, &v, false);
        return r2 ? r2 : r;
      }
      ks_buf_truncate(n->out, mark);
    }
  }
  /* money written after the amount: "1,000 UAH", "35 zł" (a sign in
   * small letters only with a letter of its own script, not a word) */
  if (q < end - 3 && *q == ' ' &&
      (ks_is_upper((unsigned char)q[1]) || (unsigned char)q[2] >= 0x80)) {
    const char *a;
    const struct ks_currency *cur =
        ks_norm_scan_currency(n->lang, q + 1, end, &a);
    bool script = false; /* a byte of a letter beyond ASCII: "zł" */
    for (const char *c = cur ? cur->sign : ""; *c && !script; c++)
      script = (unsigned char)*c >= 0x80;
    if (cur && !(a < end && ks_is_alpha((unsigned char)*a)) &&
        (ks_is_upper((unsigned char)q[1]) || script)) {
      ks_norm_say_num(n, &v);
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, num_is_one(&v) ? cur->one : cur->many);
      return a;
    }
  }
  /* unicode fraction after a whole number: "2½" */
  if (v.ok && !v.dot && (r = ks_norm_scan_vulgar(q, end, &fn, &fd))) {
    const char *r2;
    ks_norm_say_num(n, &v);
    ks_buf_puts(n->out, " and ");
    say_part(n, fn, fd, true);
    /* "stay on 5½/7": points out of the games played */
    if (r < end - 1 && *r == '/' && ks_is_digit((unsigned char)r[1]) &&
        fn == 1 && fd == 2) {
      const char *d = digit_end(r + 1, end);
      uint64_t games;
      if (d - r - 1 <= 2 && !alnum_at(d, end) &&
          ks_num_parse(r + 1, (size_t)(d - r - 1), &games) && games > v.ival) {
        ks_buf_puts(n->out, " out of ");
        ks_num_cardinal(n->out, games);
        return d;
      }
    }
    r2 = inches_word(n, r, &v, false); /* "4 ft 8½ in" */
    if (!r2) {                         /* "1½ lb": pounds */
      const char *a;
      const struct ks_unit *u = ks_norm_unit_word(n->lang, r, end, &a);
      /* "(3½oz)": glued to it, a symbol of two letters or more ("1½m
       * people" are a million and a half) */
      if (!u && r < end && ks_is_alpha((unsigned char)*r) &&
          (u = ks_norm_scan_unit(n->lang, r, end, &a)) != NULL &&
          (alnum_at(a, end) || a - r < 2))
        u = NULL;
      if (u) {
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, u->many);
        r2 = a;
      }
    }
    return r2 ? r2 : r;
  }
  return NULL;
}

/* Whether a unit follows at q, one space apart or glued ("250 miles"). */
static bool unit_after(const struct ks_lang *lang, const char *q,
                       const char *end) {
  const char *after;
  if (q < end && *q == ' ')
    q++;
  return q < end && ks_norm_scan_unit(lang, q, end, &after) != NULL;
}

/* True when a range follows at q whose second number carries a unit or a
 * percent sign ("1980-1970 kg", "1500-2000km"): both ends are quantities
 * then, not years. */
static bool range_of_quantities(const struct norm *n, const char *q) {
  const char *end = n->end;
  struct num v;
  if (q < end && *q == ' ')
    q++;
  if (q < end && *q == '-')
    q++;
  else if (starts(q, end, "–") || starts(q, end, "—"))
    q += strlen("–");
  else
    return false;
  if (q < end && *q == ' ')
    q++;
  if (!ks_norm_scan_num(q, end, &v) || v.ndig == 0)
    return false;
  q = v.end;
  return (q < end && *q == '%') || unit_after(n->lang, q, end);
}

/* Whether four digits at v are a count, not a year, by the noun after
 * them: "1147 yards" (a plural noun after a number below 1900, when years
 * are rarer in the news than counts), "2010 votes", "1500 people". */
static bool count_not_year(const struct norm *n, const struct num *v) {
  static const char *const counts[] = {
      "yards",    "points",    "votes",      "people",     "miles",
      "feet",     "meters",    "metres",     "pounds",     "dollars",
      "euros",    "words",     "times",      "runs",       "goals",
      "passes",   "homes",     "jobs",       "troops",     "soldiers",
      "students", "residents", "cases",      "deaths",     "acres",
      "tonnes",   "tons",      "calories",   "pages",      "copies",
      "members",  "workers",   "employees",  "patients",   "children",
      "visitors", "fans",      "signatures", "households", "kilometers"};
  /* people counted in a group's survey ("a survey of 2020 adults"); after
   * a year elsewhere they are its ("the 2019 voters", "the 2023 women's
   * World Cup") */
  static const char *const surveyed[] = {
      "adults",      "applicants",  "customers", "participants",
      "respondents", "subscribers", "users",     "voters"};
  const char *end = n->end, *w = v->end, *we;
  /* "Students who completed NTCET: 1132": a table's cell after its
   * column's label that counts (not "Year: 2024"), the cell all figures */
  static const char *const counted[] = {
      "applicants", "candidates", "passengers", "people",
      "pupils",     "students",   "visitors",   "votes"};
  /* (a label of when holds a year: "First cases reported: 2019", "Year
   * of enrolment: 2019", "Next total solar eclipse: 2027") */
  static const char *const when[] = {"first", "last", "next",  "reported",
                                     "since", "year", "date"};
  if (v->p - n->s >= 4 && v->p[-1] == ' ' && v->p[-2] == ':' &&
      (w == end || *w == ',' || *w == ';')) {
    const char *c = v->p - 2, *lw, *lwe;
    bool count = false;
    while (c > n->s && c[-1] != ',' && c[-1] != ';')
      c--;
    for (lw = c; lw < v->p - 2; lw = lwe) {
      while (lw < v->p - 2 && !ks_is_alpha((unsigned char)*lw))
        lw++;
      lwe = alpha_end(lw, v->p - 2);
      if (lwe > lw && word_is(lw, (size_t)(lwe - lw), when, N_OF(when)))
        return false;
      if (lwe > lw && word_is(lw, (size_t)(lwe - lw), counted, N_OF(counted)))
        count = true;
      if (lwe == lw)
        break;
    }
    if (count)
      return true;
  }
  if (w >= end - 2 || *w != ' ' || !ks_is_lower((unsigned char)w[1]))
    return false;
  /* "a survey of 2020 adults": "of" after a group counts */
  static const char *const groups[] = {"audience", "crowd",  "group",
                                       "panel",    "poll",   "sample",
                                       "study",    "survey", "total"};
  const char *o, *oe, *g, *ge;
  bool group = (o = ks_norm_prev_word(n, v->p, &oe)) != NULL &&
               oe + 1 == v->p && eq_ci(o, (size_t)(oe - o), "of") &&
               (g = ks_norm_prev_word(n, o, &ge)) != NULL && ge + 1 == o &&
               word_is(g, (size_t)(ge - g), groups, N_OF(groups));
  /* "in 1848 revolutions spread": after these, a year */
  if (!group &&
      ks_norm_word_before(n, v->p, ks_norm_year_preps, KS_NORM_YEAR_PREPS))
    return false;
  w++;
  we = alpha_end(w, end);
  if (we < end &&
      (ks_is_alnum((unsigned char)*we) || *we == '\'' || starts(we, end, "’")))
    return false; /* "the 2023 women's World Cup" */
  if (group && word_is(w, (size_t)(we - w), surveyed, N_OF(surveyed)))
    return true;
  /* "the court's 1882 and 1885 decisions": the second of two years near
   * each other, joined by "and" or "or" (not after "between") */
  static const char *const joins[] = {"and", "or"};
  static const char *const spans[] = {"between", "from"};
  const char *jw, *jwe;
  if ((jw = ks_norm_prev_word(n, v->p, &jwe)) != NULL &&
      word_is(jw, (size_t)(jwe - jw), joins, N_OF(joins)) && jw - n->s >= 5 &&
      jw[-1] == ' ' && ks_is_digit((unsigned char)jw[-2])) {
    const char *y = jw - 1;
    while (y > n->s && ks_is_digit((unsigned char)y[-1]))
      y--;
    unsigned y1 = small_val(y, jw - 1);
    if (jw - 1 - y == 4 && y1 >= 1000 && y1 <= 2100 &&
        (y1 > v->ival ? y1 - v->ival : v->ival - y1) <= 30 &&
        !(y > n->s && ks_is_alnum((unsigned char)y[-1])) &&
        !ks_norm_word_before(n, y, spans, N_OF(spans)))
      return false;
  }
  if (word_is(w, (size_t)(we - w), counts, N_OF(counts)))
    return true;
  /* a plural noun after it ("the 1500 workers", "1800 taxis"), not
   * "census", "crisis": here a list of those in -is and -us, as a count
   * of taxis is as likely as of workers (ks_norm_plural_noun says no to
   * all words in -is) */
  static const char *const singular_s[] = {"basis",   "bonus",  "campus",
                                           "census",  "chorus", "crisis",
                                           "genesis", "status", "virus"};
  bool plural = we - w > 3 && we[-1] == 's' && we[-2] != 's' &&
                !word_is(w, (size_t)(we - w), singular_s, N_OF(singular_s));
  /* "sold exactly 1999 season tickets", "some 2000 jobs": after a word
   * of quantity or of selling, a plural noun (or a compound's plural)
   * counts whatever the figures */
  /* (not "about", "around": "around 2010 sales slowed" is a year) */
  static const char *const quantities[] = {"almost", "bought", "exactly",
                                           "hired",  "nearly", "sold"};
  /* a year's "levels", "models", "graduates": "almost 2019 levels" */
  static const char *const yearly[] = {
      "editions", "figures", "graduates", "highs",  "levels", "lows",
      "models",   "numbers", "peaks",     "prices", "rates",  "records",
      "results",  "standards", "values",  "vintages"};
  if (ks_norm_word_before(n, v->p, quantities, N_OF(quantities)) &&
      !word_is(w, (size_t)(we - w), yearly, N_OF(yearly))) {
    const char *x, *xe;
    if (plural)
      return true;
    if (we < end - 1 && *we == ' ' && (x = ks_norm_next_word(n, we, &xe)) &&
        x == we + 1 && ks_is_lower((unsigned char)*x) && xe - x > 3 &&
        xe[-1] == 's' && xe[-2] != 's' && !alnum_at(xe, end))
      return true;
  }
  return v->ival < 1900 && plural;
}

/* An era after a number at p: "AD", "BC", "BCE", "CE", "A.D.", "B.C."
 * (not British Columbia's before its people: "about 250 BC residents",
 * "150 BC firefighters", "125 BC Liberals"). */
static bool era_at(const char *p, const char *end) {
  const char *w = p + 3, *we;
  if (starts(p, end, "BC ") && w < end &&
      (we = alpha_end(w, end)) - w > 3 && we[-1] == 's' &&
      (ks_is_lower((unsigned char)*w) ||
       (we - w == 8 && !memcmp(w, "Liberals", 8))))
    return false;
  return p < end - 2 &&
         (starts(p, end, "AD") || starts(p, end, "A.D") ||
          starts(p, end, "BC") || starts(p, end, "B.C") ||
          starts(p, end, "CE") || starts(p, end, "BCE")) &&
         !(p + 2 < end && ks_is_alpha((unsigned char)p[2]) && p[1] != '.' &&
           p[2] != 'E');
}

/* An era before the number at p: "AD 618", "A.D. 235". */
static bool after_era(const struct norm *n, const char *p) {
  return (p - n->s >= 3 && starts(p - 3, n->end, "AD ") &&
          (p - 3 == n->s || !ks_is_alnum((unsigned char)p[-4]))) ||
         (p - n->s >= 5 && starts(p - 5, n->end, "A.D. "));
}

/* Whether the number at p follows a word that dates a life or a work:
 * "(b. 1952)", "(d. 1714)", "r. 718", "fl. 880", "c. 950", "born 850";
 * or is the second of a range that began with such a year ("718–729"). */
static bool life_year(const struct norm *n, const char *p) {
  static const char *const dotted[] = {"b", "c", "ca", "d", "fl", "r"};
  static const char *const words[] = {"born", "circa", "died", "flourished",
                                      "reigned"};
  const char *w = n->prev, *g;
  if (n->life_end && n->life_end < p) {
    g = skip_spaces(n->life_end, p);
    if ((starts(g, p, "–") || (g < p && *g == '-')) &&
        skip_spaces(g + (*g == '-' ? 1 : strlen("–")), p) == p)
      return true;
    if (starts(g, p, "to ") && skip_spaces(g + 3, p) == p)
      return true; /* "from AD 618 to 907" */
  }
  /* "AD 1066" (and a range from it goes on); three figures after an era
   * are said as the count they are, "AD 618" six hundred and eighteen, as
   * the same year without its era is */
  if (after_era(n, p))
    return digit_end(p, n->end) - p >= 4;
  if (!w || !ks_is_lower((unsigned char)*w))
    return false;
  g = w + n->prev_len;
  /* "c. 1500", not "c. 240 acres" */
  if (g + 2 == p && g[0] == '.' && g[1] == ' ')
    return word_is(w, n->prev_len, dotted, N_OF(dotted)) &&
           !ks_norm_noun_after(n, digit_end(p, n->end)) &&
           !unit_after(n->lang, digit_end(p, n->end), n->end);
  /* "born 850", not "born 250 miles from here" */
  return g + 1 == p && *g == ' ' &&
         word_is(w, n->prev_len, words, N_OF(words)) &&
         !ks_norm_noun_after(n, digit_end(p, n->end)) &&
         !unit_after(n->lang, digit_end(p, n->end), n->end);
}

/* After the street at q ("Wall Street"), a plural noun it describes:
 * "Wall Street bankers". */
static bool street_then_plural(const struct norm *n, const char *q) {
  const char *w = q, *we;
  for (int k = 0; k < 4; k++) {
    if ((w = ks_norm_next_word(n, w, &we)) == NULL)
      return false;
    if (ks_lang_street_type(n->lang, w, (size_t)(we - w))) {
      const char *x = ks_norm_next_word(n, we, &we);
      return x && ks_is_lower((unsigned char)*x) &&
             ks_norm_plural_noun(x, (size_t)(we - x));
    }
    w = we;
  }
  return false;
}

/* Numbers read like years: "340 AD", house numbers ("1428 Elm St."),
 * and 1000..2099 without a comma ("in 1976"). */
static const char *num_yearish(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end;
  struct num v = *vp;

  /* "from 2500 to 1900 BC": the era after the second makes both years */
  if (v.ok && !v.dot && !v.commas && v.ndig == 4 && q < end - 3) {
    const char *b = starts(q, end, " to ") ? q + 4
                    : *q == '-'            ? q + 1
                    : starts(q, end, "–")  ? q + strlen("–")
                                           : NULL;
    const char *be = b ? digit_end(b, end) : NULL;
    if (be && be > b && be - b <= 4 && be < end - 1 && *be == ' ' &&
        era_at(be + 1, end)) {
      sep(n);
      ks_num_year(n->out, (unsigned)v.ival);
      return q;
    }
  }

  if (v.ok && !v.dot && !v.commas && v.ndig <= 4 && v.ival > 0 && q < end - 2 &&
      *q == ' ' && era_at(q + 1, end)) {
    /* "340 AD": a year, "three forty"; before Christ a count back,
     * "two hundred and fifty BC" (the sets written here accept that
     * reading of every such year, "two fifty" in half of them) */
    const char *e = q + 1;
    sep(n);
    if (v.ndig == 3 && q[1] == 'B') {
      ks_num_cardinal(n->out, v.ival);
    } else if (v.ival >= 100 && v.ndig == 3 && v.ival % 100 != 0) {
      ks_norm_say_pairs(n, (unsigned)v.ival);
    } else {
      ks_num_year(n->out, (unsigned)v.ival);
    }
    ks_buf_putc(n->out, ' ');
    while (e < end && (ks_is_upper((unsigned char)*e) || *e == '.'))
      e++;
    for (const char *l = q + 1; l < e; l++)
      if (ks_is_upper((unsigned char)*l)) {
        ks_buf_putc(n->out, *l);
        ks_buf_putc(n->out, '.');
      }
    return e;
  }
  if (v.ok && !v.dot && !v.commas && (v.ndig == 3 || v.ndig == 4) &&
      *v.p != '0' && !(q < end && ks_is_alnum((unsigned char)*q)) &&
      life_year(n, v.p)) {
    sep(n);
    if (v.ndig == 3 && v.ival % 100 != 0)
      ks_norm_say_pairs(n, (unsigned)v.ival);
    else
      ks_num_year(n->out, (unsigned)v.ival);
    n->life_end = q;
    return q;
  }
  if (v.ok && !v.dot && !v.commas && v.ndig <= 5 && v.ival > 0 &&
      ks_norm_before_street(n, q))
    return ks_norm_say_house_number(n, &v);
  /* "187–209 Stanley Street": the first of a range of house numbers is
   * said as the second is, "one eighty-seven to two oh nine" */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 5 && v.ival > 0 && q < end) {
    size_t dl = *q == '-' ? 1 : starts(q, end, "\xE2\x80\x93") ? 3 : 0;
    const char *d2 = q + dl, *d2e = dl ? digit_end(d2, end) : d2;
    /* (not a count before a street that names a trade: "some 150-300
     * Wall Street bankers") */
    static const char *const about[] = {"about", "around", "between",
                                        "nearly", "some", "up"};
    if (d2e > d2 && d2e - d2 <= 5 && !alnum_at(d2e, end) &&
        ks_norm_before_street(n, d2e) &&
        !ks_norm_word_before(n, v.p, about, N_OF(about)) &&
        !street_then_plural(n, d2e))
      return ks_norm_say_house_number(n, &v);
  }
  if (is_year(&v) &&
      !(q < end && (*q == '%' || ks_is_alpha((unsigned char)*q))) &&
      !range_of_quantities(n, q) && !count_not_year(n, &v)) {
    const char *after;
    if (!ks_norm_scan_unit(n->lang, skip_spaces(q, end), end, &after) ||
        skip_spaces(q, end) - q > 1) {
      sep(n);
      ks_num_year(n->out, (unsigned)v.ival);
      n->num_century = (unsigned)v.ival / 100;
      return q;
    }
  }
  return NULL;
}

/* The length of a "(k)"/"(3)" label at p: one or two lower-case letters or
 * digits in brackets; 0 when there is none. */
static size_t label_len(const char *p, const char *end) {
  const char *q = p + 1;
  if (!p || p >= end || *p != '(')
    return 0;
  while (q < end && q - p <= 2 &&
         (ks_is_lower((unsigned char)*q) || ks_is_digit((unsigned char)*q)))
    q++;
  return q > p + 1 && q < end && *q == ')' ? (size_t)(q + 1 - p) : 0;
}

/* The value of a small roman numeral in small letters, i to xxxix, at
 * b..be, or 0. */
static unsigned small_roman(const char *b, const char *be) {
  unsigned v = 0, last = 1000;
  for (const char *c = b; c < be; c++) {
    unsigned d = *c == 'i' ? 1 : *c == 'v' ? 5 : *c == 'x' ? 10 : 0;
    if (!d)
      return 0;
    if (d > last) {
      if (last != 1 || (d != 5 && d != 10))
        return 0;
      v += d - 2; /* "iv", "ix": the one counted once already */
    } else {
      v += d;
    }
    last = d;
  }
  return v;
}

/* A three-digit law section with a label glued to it, "401(k)",
 * "501(c)(3)": said like a code, "four oh one k", "five oh one c three";
 * a shorter one with a letter's label, or a figure's after a word that
 * names a part of a law, as its number: "Section 3(a)" three A, "Article
 * 5(2)" five two. */
static const char *num_section(struct norm *n, const struct num *v) {
  static const char *const parts[] = {
      "Article", "Clause", "Part", "Regulation", "Rule", "Schedule", "Section",
      "article", "clause", "part", "regulation", "rule", "schedule", "section"};
  const char *q = v->end, *end = n->end;
  unsigned x = (unsigned)v->ival;
  size_t l;
  if (!v->ok || v->dot || v->commas || v->ndig > 3 || *v->p == '0' ||
      !label_len(q, end))
    return NULL;
  if (v->ndig < 3 && ((v->p > n->s && ks_is_alnum((unsigned char)v->p[-1])) ||
                      (ks_is_digit((unsigned char)q[1]) &&
                       !ks_norm_word_before(n, v->p, parts, N_OF(parts)))))
    return NULL;
  sep(n);
  if (v->ndig < 3) {
    ks_num_cardinal_plain(n->out, x);
  } else {
    ks_num_cardinal_plain(n->out, x / 100);
    if (x % 100) {
      ks_buf_puts(n->out, x % 100 < 10 ? " oh " : " ");
      ks_num_cardinal_plain(n->out, x % 100);
    } else {
      ks_buf_puts(n->out, " hundred");
    }
  }
  while ((l = label_len(q, end)) > 0) {
    if (ks_is_digit((unsigned char)q[1])) {
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal_plain(n->out, small_val(q + 1, q + l - 1));
    } else if (l == 3 && q[1] == 'a') {
      say_letter_a(n); /* espeak-ng says the article for "a" */
    } else if (l >= 4 && q > v->end && small_roman(q + 1, q + l - 1) > 0) {
      /* "Section 3(b)(ii)": a small roman numeral of two letters or
       * more after a letter's label, its number ("three b two"; "(i)"
       * alone may be a letter; "50(ii)" right after the number is left,
       * "fifty two" would sound as 52) */
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal_plain(n->out, small_roman(q + 1, q + l - 1));
    } else {
      ks_buf_putc(n->out, ' ');
      ks_buf_put(n->out, q + 1, l - 2);
    }
    q += l;
  }
  return q;
}

/* A number said as a model or code name: 4 digits in pairs ("RTX 4070"
 * forty seventy), 3 digits as hundreds and the rest ("Boeing 787" seven
 * eighty-seven, "705" seven oh five). */
static void say_model(struct norm *n, const struct num *v) {
  unsigned x = (unsigned)v->ival;
  sep(n);
  if (v->ndig == 4 && x % 1000 != 0) {
    ks_num_year(n->out, x);
  } else if (v->ndig == 3 && x % 111 == 0) {
    ks_num_digits(n->out, v->p, 3); /* "777" seven seven seven */
  } else if (v->ndig == 3 && x % 100 != 0) {
    ks_norm_say_pairs(n, x);
  } else {
    ks_num_cardinal_plain(n->out, x);
  }
}

/* After the feet of a height at q: a foot mark, one or two digits (under
 * 12, into *inches), perhaps ".5" (a half, into *half) and an inch mark
 * (6'5", 5′11″, 6'10.5"); where it ends, or NULL. */
static const char *feet_inches(const char *q, const char *end,
                               unsigned *inches, bool *half) {
  static const char *const foot[] = {"'", "’", "′"};
  static const char *const inch[] = {"\"", "”", "″", "''"};
  const char *d = NULL, *e;
  for (size_t i = 0; i < N_OF(foot) && !d; i++)
    if (starts(q, end, foot[i]))
      d = q + strlen(foot[i]);
  if (!d || d >= end || !ks_is_digit((unsigned char)*d))
    return NULL;
  e = d;
  while (e < end && ks_is_digit((unsigned char)*e))
    e++;
  if (e - d > 2 || (*inches = small_val(d, e)) >= 12)
    return NULL;
  /* "6'10.5"": and a half */
  *half = e + 1 < end && e[0] == '.' && e[1] == '5';
  if (*half)
    e += 2;
  for (size_t i = 0; i < N_OF(inch); i++)
    if (starts(e, end, inch[i])) {
      const char *r = e + strlen(inch[i]);
      return r < end && ks_is_alnum((unsigned char)*r) ? NULL : r;
    }
  return NULL;
}

/* Figures at p then an "x" glued on: a screen's "3440x1440". */
static bool digits_by(const char *p, const char *end) {
  const char *d = digit_end(p, end);
  return d > p && d < end && *d == 'x';
}

/* Numbers that are codes or parts of words: long runs without commas,
 * models ("A321"), compounds ("133-ABC") and inches (12"). */
static const char *num_code(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;
  unsigned inches;
  bool half;

  if ((r = num_section(n, vp)))
    return r;
  /* "exercises 4a to 4d", "Form 1a": a small letter a glued to a number
   * is the letter, respelled (espeak-ng says the article); not "5a.m." */
  if (v.ok && !v.commas && !v.dot && v.ndig <= 3 && q < end && *q == 'a' &&
      !alnum_at(q + 1, end) &&
      !(q + 2 < end && q[1] == '.' && ks_is_alpha((unsigned char)q[2]))) {
    sep(n);
    ks_num_cardinal(n->out, v.ival);
    say_letter_a(n);
    return q + 1;
  }
  if (v.ok && !v.commas && !v.dot && v.ndig >= 5 && !(q < end && *q == '%') &&
      !ks_norm_scan_unit(n->lang, skip_spaces(q, end), end, &r)) {
    /* 95051, 13000: written without commas it is a code, read digit by
     * digit (a quantity this big would be written 13,000) */
    sep(n);
    ks_num_digits(n->out, v.p, (size_t)(q - v.p));
    return q;
  }
  if (v.ok && !v.commas && !v.dot && v.ndig >= 3 && glued_to_letter(n, v.p) &&
      !(q < end && *q == '%')) {
    /* glued to letters it is a model or code: "A321" "three twenty-one",
     * "ab9453" digit by digit, "t2000" as a number */
    sep(n);
    if (v.ndig == 4 && v.p[0] != '0' && ks_is_upper((unsigned char)v.p[-1]))
      say_model(n, &v); /* "AW3418", "R6700" */
    else if (v.ival % 100 == 0)
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
      ks_is_alpha((unsigned char)q[1]) &&
      !ks_norm_scan_unit(n->lang, q + 1, end, &r)) {
    /* "133-ABC", "a 100-car train": a compound, said without "and" */
    sep(n);
    ks_num_cardinal_plain(n->out, v.ival);
    /* "a 30-in. screen": inches, joined by a dash, with their stop */
    if ((r = inches_word(n, q, &v, false)) != NULL)
      return r;
    return q;
  }
  if (v.ok && !v.dot && v.ival > 0 && v.ival < 10 &&
      (r = feet_inches(q, end, &inches, &half))) {
    /* 6'5", 5′11″: a height, "six foot five" */
    sep(n);
    ks_num_cardinal(n->out, v.ival);
    ks_buf_puts(n->out, " foot ");
    ks_num_cardinal(n->out, inches);
    if (half)
      ks_buf_puts(n->out, " and a half");
    return r;
  }
  /* (with decimals only before a measure's word or a noun, a semicolon,
   * a bracket or the end: "2.4" wide", "a 27.5" wheel", "Display: 15.6";";
   * not a quotation's close, "growth of 2.5" the analyst wrote", whose
   * opening mark was in an earlier sentence) */
  static const char *const measures[] = {"deep", "high", "long", "tall",
                                         "thick", "wide"};
  if (v.ok && q < end && *q == '"' &&
      (!v.dot || ks_norm_next_is(n, q + 1, measures, N_OF(measures)) ||
       ks_norm_noun_after(n, q + 1) || q + 1 == end || q[1] == ';' ||
       q[1] == ')')) {
    /* 12", 2.4" with no quotation open before it: inches */
    /* counted incrementally, so the sentence is read once */
    for (; n->qpos < v.p; n->qpos++)
      n->quotes += *n->qpos == '"';
    if (n->quotes % 2 == 0 &&
        !(q + 1 < end && ks_is_alnum((unsigned char)q[1]))) {
      /* before a noun or a product's name it describes, "a 65" TV",
       * "dual 30" Apple Cinema Display", one inch */
      /* or a screen's figures, "a 34" 3440x1440 panel", "a 70"+ TV" */
      bool size =
          (q + 2 < end && q[1] == ' ' &&
           (ks_is_upper((unsigned char)q[2]) || ks_norm_noun_after(n, q + 1) ||
            (ks_is_digit((unsigned char)q[2]) && digits_by(q + 2, end)))) ||
          (q + 3 < end && q[1] == '+' && q[2] == ' ');
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, num_is_one(&v) || size ? " inch" : " inches");
      n->qpos = q + 1; /* the inch mark opens no quotation */
      /* "1-2"/hr": a rate of snowfall, inches per hour */
      if (starts(q + 1, end, "/hr") && !alnum_at(q + 4, end)) {
        ks_buf_puts(n->out, " per hour");
        return q + 4;
      }
      return q + 1;
    }
  }
  return NULL;
}

/* A "K" glued to an amount of two digits or more, or with decimals, is
 * thousands before a plural ("175K jobs", "1.5k views", "50K fans"); "4K"
 * screens, "10K" races, "300K" (kelvin) and "401K" plans keep the letter.
 * Where it ends, or NULL. */
static const char *thousands_k(const struct num *v, const char *q,
                               const char *end) {
  const char *w, *we;
  if (q >= end || (*q != 'K' && *q != 'k') ||
      (q + 1 < end && (ks_is_alnum((unsigned char)q[1]) || q[1] == '-')))
    return NULL;
  /* one digit only in small letters before "people": "3k people" ("a 5k
   * race", "5K runners" are the race) */
  if (v->ndig < 2 && !v->dot &&
      !(*q == 'k' && starts(q + 1, end, " people") && !alnum_at(q + 8, end)))
    return NULL;
  if (!v->dot && (v->ival == 401 || v->ival == 403 || v->ival == 457))
    return NULL; /* retirement plans: "a 401K account" */
  if (q + 3 >= end || q[1] != ' ' || !ks_is_lower((unsigned char)q[2]))
    return NULL; /* "cooled to 300K", "the 100K race" */
  w = q + 2;
  we = alpha_end(w, end);
  return (we - w >= 4 && we[-1] == 's' && we[-2] != 's') ||
                 (we - w == 6 && !memcmp(w, "people", 6))
             ? q + 1
             : NULL;
}

/* "1.2M followers on X and 500K on TikTok": a "K" glued to two figures
 * or more, or a decimal, at q in a sentence that counts an audience
 * (not a race's "10K"), thousands whatever follows. */
static bool audience_k(const struct norm *n, const struct num *v,
                       const char *q) {
  static const char *const audience[] = {
      "downloads", "fans",        "followers", "likes",   "listeners",
      "streams",   "subscribers", "viewers",   "views",   "visitors"};
  static const char *const races[] = {"marathon", "race", "run", "runners"};
  /* (before "on", "across", "and" or a stop, not before a noun: "5.3K
   * video"; not a named race's, "the Peachtree 10K") */
  const char *a = q + 1, *end = n->end;
  return q < end && (*q == 'K' || *q == 'k') && !alnum_at(a, end) &&
         (a == end || *a == ',' || *a == '.' || *a == ';' ||
          starts(a, end, " on ") || starts(a, end, " across ") ||
          starts(a, end, " and ")) &&
         (v->ndig >= 2 || v->dot) &&
         ks_norm_sentence_has(n, audience, N_OF(audience)) &&
         !ks_norm_sentence_has(n, races, N_OF(races)) &&
         !ks_norm_after_determiner(n, v->p) && /* "as the 10K drew fans" */
         !(n->prev && ks_is_upper((unsigned char)*n->prev) &&
           n->prev + n->prev_len + 1 == v->p);
}

/* A unit's word in the plural, American or British: "meters", "metres". */
static bool unit_plural(const struct norm *n, const char *w, size_t len) {
  char us[32];
  for (size_t i = 0; i < n->lang->n_units; i++)
    if (eq_ci(w, len, n->lang->units[i].many))
      return true;
  /* "metres", "litres": the table's "meters", "liters" */
  if (len < 6 || len >= sizeof us || memcmp(w + len - 3, "res", 3) != 0)
    return false;
  memcpy(us, w, len - 3);
  memcpy(us + len - 3, "ers", 4);
  return unit_plural(n, us, len);
}

/* Plurals a distance names the kind of ("100m sprints", "50m lengths"). */
static const char *const races[] = {"dashes",  "events",  "finals",  "heats",
                                    "hurdles", "laps",    "lengths", "races",
                                    "relays",  "sprints", "swims"};

/* Counts that make an amount after them one of several sizes. */
static const char *const number_words[] = {
    "both",    "eight", "five", "four",  "many",   "nine", "seven",
    "several", "six",   "ten",  "three", "twelve", "two"};

/* Words of a sentence about places to stay or their ratings. */
static const char *const lodging[] = {
    "accommodation", "guesthouse", "hotel",   "hotels", "inn",     "rated",
    "rating",        "resort",     "resorts", "review", "reviews", "stay"};

/* Words between a count and what it counts: "10m paying subscribers". */
static const char *const counted[] = {
    "active",     "additional", "extra",  "monthly",    "more",
    "new",        "paid",       "paying", "registered", "streaming",
    "subscribed", "unique",     "using",  "viewing",    "visiting",
    "voting",     "watching",   "weekly", "young"};

/* Words of a sentence about a temperature, where "K" is kelvin. */
static const char *const heat_words[] = {
    "chilled",   "cooled", "cooling",     "cools",
    "cryogenic", "kelvin", "temperature", "temperatures"};

/* Comparisons of heat that make a spaced "K" kelvin ("cooler than
 * expected, about 690 K"), not a glued one ("4K model runs hotter"). */
static const char *const hotter[] = {"colder", "cooler", "hotter", "warmer"};

/* A count of a hundred thousand or more, written with thousands' commas,
 * in the sentence after a word of comparing (list): "to 950,000", "from
 * 1,200,000". */
static bool big_count_in(const struct norm *n, const char *const *list,
                         size_t count) {
  for (const char *c = n->s; c < n->end; c++) {
    const char *d = c, *e, *b, *be;
    if (!ks_is_digit((unsigned char)*c) ||
        (c > n->s &&
         (ks_is_digit((unsigned char)c[-1]) || c[-1] == ',' || c[-1] == '.')) ||
        (b = ks_norm_prev_word(n, c, &be)) == NULL || be + 1 != c ||
        !word_is(b, (size_t)(be - b), list, count))
      continue;
    e = digit_end(d, n->end);
    /* a count of the same thing, no noun of another after it ("to
     * 950,000 in 2024", not "about 200,000 residents") */
    if (e - d == 3 && e + 4 <= n->end && *e == ',' &&
        digit_end(e + 1, n->end) == e + 4 && *d != '0' &&
        !ks_norm_noun_after(n, e + 4))
      return true; /* "950,000": three figures before the comma */
    if (e - d >= 1 && e - d <= 3 && e + 8 <= n->end && *e == ',' &&
        digit_end(e + 1, n->end) == e + 4 && e[4] == ',' &&
        digit_end(e + 5, n->end) == e + 8 && !ks_norm_noun_after(n, e + 8))
      return true; /* "1,200,000" */
  }
  return false;
}

/* People and what they own or do, counted in millions: no length
 * measures them ("its 15m customers", "1.6m fixed-rate mortgages"). */
static const char *const counted_people[] = {
    "accounts",  "borrowers",  "children",  "copies",    "customers",
    "doses",     "downloads",  "employees", "fans",      "followers",
    "homes",     "households", "jobs",      "listeners", "members",
    "migrants",  "passengers", "patients",  "pupils",    "readers",
    "refugees",  "residents",  "students",  "subscribers", "tourists",
    "users",     "viewers",    "visitors",  "voters",    "workers"};

/* The sentence is written in title case: most of its words of four
 * letters or more open with a capital ("Clears 2.10m For Gold In Paris"). */
static bool title_case(const struct norm *n) {
  size_t words = 0, caps = 0;
  for (const char *c = n->s; c < n->end;) {
    const char *e = alpha_end(c, n->end);
    if (e - c >= 4 && (c == n->s || !ks_is_alpha((unsigned char)c[-1]))) {
      words++;
      caps += ks_is_upper((unsigned char)*c);
    }
    c = e > c ? e : c + 1;
  }
  return words >= 3 && caps * 3 >= words * 2;
}

/* "2.5bn units", "1.2m people": a scale word glued to an amount that is
 * not money. "bn", "mn" and "tn" are never units, nor "b" after decimals
 * ("2.6b"); "m" is a million before "people" or a plural noun that no
 * determiner or count makes a size of ("2.5m copies", "some 2m
 * barrels"), and meters otherwise ("a 2.5m wall", "the 100m hurdles"). */
static const char *glued_scale(struct norm *n, const char *q,
                               const struct num *v) {
  const char *end = n->end, *w = q < end - 1 && *q == ' ' ? q + 1 : q,
             *we = alpha_end(w, end);
  size_t len = (size_t)(we - w);
  /* "22K gold", "18K rose-gold rings": a gold's carat, one of the
   * fineness marks, before the metal or a jewel; or in a sentence about
   * gold before a rate's verb or noun ("Dubai gold rates: 22K slips",
   * "the 24K price"; not "won gold in the 10K", "the Gold Coast 10K") */
  static const char *const metals[] = {
      "bracelet", "chain",  "gold",  "jewellery", "jewelry", "necklace",
      "plated",   "ring",   "rings", "rose",      "solid",   "white",
      "yellow"};
  static const char *const rates_k[] = {
      "climbs", "dips",   "drops", "eases", "falls",  "gains", "hovers",
      "price",  "prices", "rate",  "rates", "rises",  "slips", "variant"};
  static const char *const jewels[] = {KS_NORM_GOLD_WORDS};
  if (q < end && *q == 'K' && !alnum_at(q + 1, end) && !v->dot &&
      (v->ival == 9 || v->ival == 10 || v->ival == 14 || v->ival == 18 ||
       v->ival == 21 || v->ival == 22 || v->ival == 24) &&
      (ks_norm_next_is(n, q + 1, metals, N_OF(metals)) ||
       (ks_norm_next_is(n, q + 1, rates_k, N_OF(rates_k)) &&
        ks_norm_sentence_has(n, jewels, N_OF(jewels))))) {
    ks_buf_puts(n->out, " carat");
    return q + 1;
  }
  if ((w = thousands_k(v, q, end)) != NULL) {
    ks_buf_puts(n->out, " thousand");
    return w;
  }
  if (audience_k(n, v, q)) {
    ks_buf_puts(n->out, " thousand");
    return q + 1;
  }
  w = q < end - 1 && *q == ' ' ? q + 1 : q;
  /* "cools to about 50 K", "300K": kelvin, in a sentence about a
   * temperature or cooling, not about a race ("a 10K", "won the 5 K race
   * in high temperatures") */
  static const char *const running[] = {"marathon", "race",    "ran",
                                        "run",      "runners", "walk"};
  if (len == 1 && *w == 'K' &&
      (we >= end || !ks_is_alnum((unsigned char)*we)) &&
      !(we < end && *we == '-') && !after_a(n, v->p) &&
      (ks_norm_sentence_has(n, heat_words, N_OF(heat_words)) ||
       (w > q && ks_norm_sentence_has(n, hotter, N_OF(hotter)))) &&
      !ks_norm_sentence_has(n, running, N_OF(running))) {
    ks_buf_puts(n->out, " kelvin");
    return we;
  }
  if (len == 0 || len > 3 || (we < end && ks_is_digit((unsigned char)*we)))
    return NULL;
  /* the language's scale words of two or three letters ("bn", "mn",
   * "tn", "trn"), glued or spaced: "1.2 bn" */
  /* ("mil", "bil", "tr" and "cr" only after a currency, "RM8bil",
   * "Rs14.13tr", "Rs 450 cr": "a 4 mil sheet" is in thousandths of an
   * inch) */
  for (size_t i = 0; len >= 2 && i < n->lang->n_scales; i++)
    if (len == strlen(n->lang->scales[i].written) &&
        !memcmp(w, n->lang->scales[i].written, len) &&
        !(len == 3 && (!memcmp(w, "mil", 3) || !memcmp(w, "bil", 3))) &&
        !(len == 2 && (!memcmp(w, "tr", 2) || ks_mem_eq_ci(w, "cr", 2)))) {
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, n->lang->scales[i].spoken);
      /* "16.42mn bpd", "1.2bn b/d": a rate's unit after the scale, in the
       * plural (a unit of three letters or more; "1.2bn m" is left), or
       * a square's or a cube's */
      const struct ks_unit *u;
      const char *ue;
      if (we < end - 1 && *we == ' ' &&
          (u = ks_norm_scan_unit(n->lang, we + 1, end, &ue)) != NULL &&
          !alnum_at(ue, end) &&
          ((strlen(u->abbr) >= 3 && strstr(u->many, " per ") != NULL) ||
           /* "60 bn m³", "1.2bn sq ft": an area's or a volume's */
           !strncmp(u->many, "cubic ", 6) || !strncmp(u->many, "square ", 7))) {
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, u->many);
        return ue;
      }
      return we;
    }
  /* (not a rule's or a section's lettered part: "Rule 14.3b") */
  static const char *const parts[] = {"Article", "Clause", "Para",
                                      "Paragraph", "Regulation", "Rule",
                                      "Section", "Sec", "s"};
  if (w == q && len == 1 && *q == 'b' && v->dot &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == '-')) &&
      !ks_norm_word_before(n, v->p, parts, N_OF(parts))) {
    ks_buf_puts(n->out, " billion"); /* "2.6b light years" */
    return we;
  }
  /* "bringing the total to 4.1M": a decimal's capital "M" alone is a
   * million (a metre is small; not a chemist's molar, "0.1M HCl") */
  static const char *const molar[] = {"HCl", "acid", "buffer", "concentration",
                                      "molar", "solution", "NaCl", "NaOH"};
  if (w == q && len == 1 && *q == 'M' && v->dot && v->ival > 0 &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == '-' ||
                     *we == '/' || (unsigned char)*we >= 0x80)) &&
      !ks_norm_sentence_has(n, molar, N_OF(molar))) {
    ks_buf_puts(n->out, " million");
    return we;
  }
  /* "a 3.69M-dot viewfinder": a screen's dots, in millions; "the
   * 1.5m-strong workforce", a body's members */
  if (w == q && len == 1 && (*q == 'M' || *q == 'm') &&
      (starts(we, end, "-dot") || starts(we, end, "-strong"))) {
    ks_buf_puts(n->out, " million");
    return we;
  }
  /* "fell from 1.2m in 2023 to 950,000": a decimal's "m" beside a count
   * of a hundred thousand or more written out is a million, not meters */
  static const char *const compared[] = {"about", "almost", "and", "around",
                                         "from",  "nearly", "or",  "over",
                                         "some",  "than",   "to",  "under"};
  if (w == q && len == 1 && *q == 'm' && v->dot &&
      !(we < end &&
        (ks_is_alnum((unsigned char)*we) || *we == '-' || *we == '/')) &&
      ks_norm_word_before(n, v->p, compared, N_OF(compared)) &&
      !ks_norm_noun_after(n, we) && big_count_in(n, compared, N_OF(compared))) {
    ks_buf_puts(n->out, " million");
    return we;
  }
  /* "The population grew to 5.2m.", "Global vehicle sales, FY2024:
   * 4.12m": a decimal's "m" where its clause ends, in a sentence that
   * counts people or things sold and measures nothing ("a jump of
   * 8.21m.", "the tower is 3.9m tall") */
  static const char *const counted_things[] = {
      "applications", "backlog",    "customers", "households", "list",
      "members",      "passengers", "patients",  "people",     "population",
      "referrals",    "residents",  "sales",     "shipments",  "subscribers",
      "units",        "users",      "viewers",   "visitors",   "voters",
      "votes"};
  static const char *const measuring[] = {
      "deep",        "depth",  "distance", "flood",  "floods", "floodwater",
      "floodwaters", "height", "high",     "jump",   "jumped", "level",
      "long",        "length", "metre",    "metres", "meter",  "meters",
      "rain",        "river",  "sea",      "snow",   "surge",  "swell",
      "tall",        "throw",  "threw",    "tide",   "water",  "wave",
      "waves",       "wide",   "width"};
  /* the counted noun, in any case, first in its clause, then a verb of
   * change right before the figures ("rose to", "reached") or a table's
   * label's colon ("sales, FY2024: 4.12m"); not "the sales team said the
   * pier is 2.5m" */
  static const char *const changes[] = {
      "climbed", "dropped", "fell",    "grew",  "hit",     "increased",
      "reached", "rose",    "stood",   "surged", "to",     "totalled",
      "totaled"};
  /* (or where a phrase of when or why follows the figures: "rose to
   * 7.6m in June", "climbs to 7.6m as trusts miss targets") */
  bool sold = false, when = false;
  if (we < end - 4 && *we == ' ') {
    const char *a = we + 1, *ae = alpha_end(a, end), *b, *be;
    b = ks_norm_next_word(n, ae, &be);
    when = (eq_ci(a, (size_t)(ae - a), "as") && b &&
            ks_is_lower((unsigned char)*b)) ||
           (eq_ci(a, (size_t)(ae - a), "in") && ae < end - 1 &&
            (ks_is_digit((unsigned char)ae[1]) ||
             (b && ks_norm_month_of(n, b, (size_t)(be - b)) > 0)));
  }
  if (w == q && len == 1 && *q == 'm' && v->dot &&
      (we == end || *we == ',' || *we == ';' || when ||
       (*we == '.' && !alnum_at(we + 1, end))) &&
      (ks_norm_word_before(n, v->p, changes, N_OF(changes)) ||
       (v->p - n->s >= 2 && v->p[-1] == ' ' && v->p[-2] == ':'))) {
    const char *cl = v->p, *cw, *cwe;
    bool cell = v->p - n->s >= 2 && v->p[-1] == ' ' && v->p[-2] == ':';
    while (cl > n->s && cl[-1] != ';' && (cell || cl[-1] != ','))
      cl--; /* a table's row: its label first in the line */
    cl = skip_spaces(cl, v->p);
    cw = cl;
    cwe = alpha_end(cl, v->p);
    /* "Global vehicle sales", "The population": the clause's first three
     * words hold it */
    for (int k = 0; cw && cw < v->p && k < 3 && !sold; k++) {
      sold = word_is(cw, (size_t)(cwe - cw), counted_things,
                     N_OF(counted_things));
      cw = ks_norm_next_word(n, cwe, &cwe);
    }
  }
  /* "estimated at 223.8 million, could reach 377m by 2050": an "m" right
   * after a verb of reaching, in a sentence that writes out "million" too,
   * not before a noun ("reach 25m pools"), is the same scale; not a race's
   * "(3200m)" */
  static const char *const millions[] = {"million", "millions"};
  /* (right after a verb of reaching a count: not "moved 500m inland",
   * "added 300m of track", "over 800m", the review's misfires) */
  static const char *const reaching[] = {"exceed", "exceeded", "hit",
                                         "reach",  "reached",  "reaches",
                                         "top",    "topped",   "tops"};
  /* (or a count "put at", "estimated at": "was put at 9m in the census") */
  static const char *const ats[] = {"at"};
  static const char *const puts_[] = {"estimated", "put", "valued"};
  const char *pw, *pwe;
  /* (asked only of a glued "m": the cheap test first) */
  bool glued_m = !sold && w == q && len == 1 && *q == 'm';
  bool reached = glued_m &&
                 (ks_norm_word_before(n, v->p, reaching, N_OF(reaching)) ||
                  (ks_norm_word_before(n, v->p, ats, 1) &&
                   (pw = ks_norm_prev_word(n, n->prev, &pwe)) != NULL &&
                   word_is(pw, (size_t)(pwe - pw), puts_, N_OF(puts_))));
  /* (or the subject of a verb of people: "1.3 million people have fled,
   * and about 25.6m face acute hunger", not after "the" or "a") */
  static const char *const live[] = {"are",  "depend", "face",  "have",
                                     "lack", "live",   "need",  "remain",
                                     "rely", "suffer", "were"};
  bool lives = glued_m && v->dot && ks_norm_next_is(n, we, live, N_OF(live)) &&
               !ks_norm_after_determiner(n, v->p) &&
               /* (nor a possessive, "the bridge's 2.5m face") */
               !(v->p - n->s >= 3 && v->p[-1] == ' ' && v->p[-2] == 's' &&
                 (v->p[-3] == '\'' ||
                  (v->p - n->s >= 5 && starts(v->p - 5, end, "\xE2\x80\x99s "))));
  if (glued_m && (reached || lives) &&
      !(we < end &&
        (ks_is_alnum((unsigned char)*we) || *we == '-' || *we == '/')) &&
      (lives || !ks_norm_noun_after(n, we)) &&
      /* (a thousand millions is a "bn"; "(3200m)" a race's distance) */
      v->ival < 1000 && !(v->p > n->s && v->p[-1] == '(') &&
      ks_norm_sentence_has(n, millions, N_OF(millions)))
    sold = true;
  if (sold && !ks_norm_sentence_has(n, measuring, N_OF(measuring))) {
    ks_buf_puts(n->out, " million");
    return we;
  }
  /* "1.2m kg", "3.4m sq ft", "2m tonnes": a glued "m" before a unit of
   * its own is a million of them (no length is measured in kilograms) */
  if (w == q && len == 1 && *q == 'm' && we < end - 1 && *we == ' ' &&
      ks_is_alpha((unsigned char)we[1])) {
    const char *ue;
    const struct ks_unit *u2 = ks_norm_scan_unit(n->lang, we + 1, end, &ue);
    if (u2 && strcmp(u2->abbr, "m") != 0 && !alnum_at(ue, end)) {
      ks_buf_puts(n->out, " million ");
      ks_buf_puts(n->out, u2->many);
      return ue;
    }
  }
  /* "1.1M views", "12M likes": a capital M is a million before a plural
   * too (a molar solution is singular: "a 0.5M solution") */
  if (w == q && len == 1 && (*q == 'm' || *q == 'M') && we < end - 1 &&
      *we == ' ') {
    const char *x = we + 1, *e = alpha_end(x, end), *at = we;
    size_t xl = (size_t)(e - x);
    bool plural;
    /* "10m paying subscribers", "2m active users": a participle or an
     * adjective of counting between the amount and its plural */
    static const char *const shapes[] = {"climbing", "diving",   "folding",
                                         "rising",   "running",  "sliding",
                                         "swimming", "towering", "winding"};
    /* "4.9m elective treatments", "1.2m additional jobs": after a
     * decimal, an adjective of the kind of what is counted (not of a
     * size's things, "2.5m protective barriers") */
    static const char *const kinds[] = {
        "active", "additional", "annual",     "elective", "eligible",
        "extra",  "first-time", "registered", "primary",  "secondary"};
    bool kind = v->dot && word_is(x, xl, kinds, N_OF(kinds));
    if ((word_is(x, xl, counted, N_OF(counted)) || kind ||
         (xl > 5 && !memcmp(e - 3, "ing", 3) &&
          !word_is(x, xl, shapes, N_OF(shapes)))) &&
        e < end - 1 && *e == ' ' && ks_is_lower((unsigned char)e[1])) {
      at = e;
      x = e + 1;
      e = alpha_end(x, end);
      xl = (size_t)(e - x);
    } else if (e < end - 1 && *e == '-' && ks_is_lower((unsigned char)*x) &&
               ks_is_lower((unsigned char)e[1])) {
      /* "1.6m fixed-rate deals": a compound adjective before a plural of
       * things counted in millions (not "2.5m steel-reinforced walls") */
      static const char *const loans[] = {"deals", "loans", "mortgages",
                                          "people", "policies"};
      const char *c = alpha_end(e + 1, end);
      const char *ce = c < end - 1 ? alpha_end(c + 1, end) : c;
      if (c < end - 1 && *c == ' ' && ks_is_lower((unsigned char)c[1]) &&
          (word_is(c + 1, (size_t)(ce - c - 1), counted_people,
                   N_OF(counted_people)) ||
           word_is(c + 1, (size_t)(ce - c - 1), loans, N_OF(loans)))) {
        at = c;
        x = c + 1;
        e = alpha_end(x, end);
        xl = (size_t)(e - x);
      }
    }
    plural = xl >= 4 && x[xl - 1] == 's' && x[xl - 2] != 's' &&
             ks_norm_noun_after(n, at);
    /* a whole number too when nothing makes it a size before the
     * plural: "carried some 2m barrels", but "the 100m hurdles", "their
     * 2m walls", "two 50m pools" */
    /* "1.1m TEU", "3.5m TEUs": a decimal amount, or a plural, before a
     * word in capitals that is no unit (not "a 2m GPS mast", "3m USB
     * cables", sizes) */
    bool caps = xl >= 2 && x == we + 1;
    for (size_t i = 0; i < xl && caps; i++)
      caps = ks_is_upper((unsigned char)x[i]) ||
             (i == xl - 1 && x[i] == 's' && i >= 2);
    if (caps && (v->dot || x[xl - 1] == 's') &&
        !ks_norm_after_determiner(n, v->p) &&
        !ks_norm_scan_unit(n->lang, x, end, &e) &&
        !(e < end && ks_is_alnum((unsigned char)*e))) {
      ks_buf_puts(n->out, " million");
      return we;
    }
    /* "sold 3.2m PlayStation 5 consoles", "1.9m Xbox units": a decimal
     * before a name, a brand's or a maker's, counts its goods (not "a
     * 2.4m Ford", a size; nor a sentence that measures, "cleared 2.05m
     * Saturday", a day's name) */
    /* (a decimal of tenths: "2.10m", "6.26m", "1.98m" are heights and
     * jumps; nor in a heading whose words are capitalised, "Clears 2.10m
     * For Gold") */
    if (v->dot && v->end - v->dot == 2 && x == we + 1 && xl >= 3 &&
        ks_is_upper((unsigned char)*x) && !ks_is_upper((unsigned char)x[1]) &&
        !ks_norm_after_determiner(n, v->p) && !title_case(n) &&
        !ks_norm_month_of(n, x, xl) && !ks_norm_weekday_of(n, x, xl) &&
        !ks_norm_sentence_has(n, measuring, N_OF(measuring))) {
      ks_buf_puts(n->out, " million");
      return we;
    }
    /* "4m tonnes", "2m barrels": before a unit that measures no length,
     * a million of it (a length glued to a mass is no size) */
    static const char *const lengths[] = {"feet", "inches", "miles", "yards"};
    bool length = word_is(x, xl, lengths, N_OF(lengths)) ||
                  (xl >= 6 && (!memcmp(x + xl - 6, "meters", 6) ||
                               !memcmp(x + xl - 6, "metres", 6)));
    if (unit_plural(n, x, xl) && !length && x == we + 1) {
      ks_buf_puts(n->out, " million");
      return we;
    }
    /* "its 15m customers", "their 2m users": people and what they own
     * or do, counted, which no length measures, even after a determiner
     * ("their 2m walls" is a size) */
    if (eq_ci(x, xl, "people") || ((v->dot || *q == 'M') && plural) ||
        (x == we + 1 && word_is(x, xl, counted_people, N_OF(counted_people))) ||
        (plural && !ks_norm_after_determiner(n, v->p) &&
         !ks_norm_word_before(n, v->p, number_words, N_OF(number_words)) &&
         !word_is(x, xl, races, N_OF(races)) && !unit_plural(n, x, xl))) {
      ks_buf_puts(n->out, " million");
      return we;
    }
  }
  return NULL;
}

/* True when q starts a size's adjective that ends its phrase: " wide."
 * or " long and" ("6 in wide", but not "3 in wide use"). */
static bool size_adjective(const char *q, const char *end) {
  static const char *const adj[] = {" wide",  " long",   " tall",       " deep",
                                    " thick", " across", " in diameter"};
  for (size_t i = 0; i < N_OF(adj); i++) {
    const char *r = q + strlen(adj[i]);
    if (starts(q, end, adj[i]) &&
        (r >= end || *r == '.' || *r == ',' || *r == ';' || *r == ')' ||
         starts(r, end, " and ") || starts(r, end, " by ") ||
         starts(r, end, " x ")))
      return true;
  }
  return false;
}

/* "6 ft 2 in", "a 3 in. pipe", "6 in wide": "in" after an amount is
 * inches when a length in feet comes right before it, when a size's
 * adjective follows, or when it carries a stop and the sentence goes on
 * in lower case. */
static const char *inches_word(struct norm *n, const char *q,
                               const struct num *v, bool part) {
  static const char *const measure_words[] = {
      "near", "about", "around", "nearly",  "almost",       "than",
      "of",   "over",  "under",  "reached", "approximately"};
  const char *end = n->end, *b = v->p, *w;
  bool stop, goes_on, times, feet = false;
  if (b - n->s >= 4 && b[-1] == ' ') { /* the word before the amount */
    const char *e = b - 1 - (b[-2] == '.');
    w = e;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    feet = eq_ci(w, (size_t)(e - w), "ft") ||
           eq_ci(w, (size_t)(e - w), "feet") ||
           eq_ci(w, (size_t)(e - w), "foot");
  }
  /* "a 30-in. screen", "the 6-ft. 4-in. forward": joined by a dash and
   * with its stop, inches before a noun */
  /* "a 6.3-in display": without its stop, before a noun only */
  if (starts(q, end, "-in ") && !part && ks_norm_noun_after(n, q + 3) &&
      !feet) {
    ks_buf_puts(n->out, "-inch");
    return q + 3;
  }
  if (starts(q, end, "-in.") && !alnum_at(q + 4, end)) {
    const char *a = unit_stop_end(q + 3, end);
    bool noun = !part && ks_norm_noun_after(n, a);
    if (noun && !feet) /* "a 30-in. screen" */
      ks_buf_puts(n->out, "-inch");
    else if (!noun) /* "stands 6-ft. 4-in. tall", "measures 55-in." */
      ks_buf_puts(n->out, num_is_one(v) ? " inch" : " inches");
    return a; /* "the 6-ft. 4-in. forward": six foot four */
  }
  /* glued to the amount, "6ft 2in", "near 8in": always inches; in the
   * singular before a noun ("the laptop's 16in display") */
  if (q < end - 1 && q[0] == 'i' && q[1] == 'n' && !v->commas &&
      !(q + 2 < end &&
        (ks_is_alnum((unsigned char)q[2]) || q[2] == '\'' || q[2] == '-'))) {
    /* "a 6ft 4in striker": six foot four, the height as a word */
    if (feet && !part && ks_norm_noun_after(n, q + 2))
      return q + 2;
    /* "their first 7in", "an exclusive 12in": a vinyl single by its size,
     * a noun, "a seven-inch" */
    static const char *const records[] = {
        "album",   "albums", "EP",      "label", "LP",     "record",
        "records", "single", "singles", "track", "tracks", "vinyl"};
    /* (after a determiner or its adjective, where the phrase ends: not "a
     * record 12in of snow", "grew 7in taller") */
    static const char *const befores[] = {
        "a",   "an",      "debut", "exclusive", "first", "her",  "his",
        "its", "limited", "new",   "second",    "the",   "their"};
    if (!part && !feet && !v->dot &&
        (v->ival == 7 || v->ival == 10 || v->ival == 12) &&
        ks_norm_word_before(n, v->p, befores, N_OF(befores)) &&
        (q + 2 == end || strchr(",.;)", q[2]) ||
         starts(q + 2, end, " featuring") || starts(q + 2, end, " single")) &&
        ks_norm_sentence_has(n, records, N_OF(records))) {
      ks_buf_puts(n->out, "-inch");
      return q + 2;
    }
    ks_buf_puts(n->out, part ? " of an inch"
                        : num_is_one(v) || after_a(n, v->p) ||
                                (!feet && (ks_norm_noun_after(n, q + 2) ||
                                           ks_norm_attributive_after(n, q + 2)))
                            ? " inch"
                            : " inches");
    return q + 2;
  }
  if (q >= end - 2 || q[0] != ' ' || q[1] != 'i' || q[2] != 'n' ||
      (q + 3 < end && ks_is_alnum((unsigned char)q[3])))
    return NULL;
  stop = q + 3 < end && q[3] == '.';
  goes_on = stop && q + 5 < end && q[4] == ' ' &&
            (ks_is_lower((unsigned char)q[5]) ||
             starts(q + 5, end, "\xC3\x97")); /* "30 in. × 25 in." */
  /* "(30 in × 21 in)": on either side of a times sign, without stops */
  times = !stop && (starts(q + 3, end, " \xC3\x97") ||
                    (v->p - n->s >= 3 && starts(v->p - 3, end, "\xC3\x97 ") &&
                     !alnum_at(skip_spaces(q + 3, end), end)));
  /* "amounts near 6 in.": an amount after a word of measure ends no
   * sentence with the preposition */
  /* "the minimum size is 19 in, the regulator said": before a comma,
   * within three words of a word of size (not "let 20 in, the maximum") */
  static const char *const sizes[] = {
      "diameter", "height",  "length", "long", "maximum", "measure", "measured",
      "measures", "minimum", "size",   "tall", "thick",   "wide",    "width"};
  bool sized = !stop && q + 3 < end && (q[3] == ',' || q[3] == ';') &&
               ks_norm_word_within(n, v->p, 3, sizes, N_OF(sizes));
  /* "11,000 mm a year, or roughly 430 in, more than": a conversion, "or"
   * and a hedge before it, or in its brackets ("(430 in)") */
  static const char *const hedges[] = {"about",  "almost", "approximately",
                                       "around", "nearly", "roughly",
                                       "some"};
  static const char *const ors[] = {"or"};
  sized = sized || (!stop && q + 3 < end && strchr(",;)", q[3]) &&
                    ((v->p > n->s && v->p[-1] == '(' && q[3] == ')') ||
                     (ks_norm_word_before(n, v->p, hedges, N_OF(hedges)) &&
                      ks_norm_word_within(n, n->prev, 1, ors, N_OF(ors)))));
  /* "2.3 in of rain": no preposition "in" comes before "of"; "Buffalo
   * 2.3 in, Rochester 1.8 in and Syracuse 0.9 in": where a sentence
   * about rain or snow pauses or joins after it, a decimal's (not "at 5
   * in and around the town") */
  static const char *const falls[] = {"precipitation", "rain", "rainfall",
                                      "snow", "snowfall", "snowfalls"};
  sized = sized || (stop && v->dot && q + 4 >= end &&
                    ks_norm_sentence_has(n, falls, N_OF(falls))) ||
          (!stop && (starts(q + 3, end, " of ") ||
                              (v->dot && (q + 3 == end || strchr(",;)", q[3]) ||
                                starts(q + 3, end, " and ")) &&
                               ks_norm_sentence_has(n, falls, N_OF(falls)))));
  if (!feet && !goes_on && !times && !sized &&
      !(!stop && size_adjective(q + 3, end)) &&
      !(stop && q + 4 >= end &&
        ks_norm_word_before(n, v->p, measure_words, N_OF(measure_words))))
    return NULL;
  if (feet && !part &&
      (stop ? ks_norm_next_is(n, q + 4, ks_norm_players, KS_NORM_N_PLAYERS)
            : ks_norm_noun_after(n, q + 3)))
    return q + 3 + stop; /* "a 6 ft 2 in center": six foot two */
  /* "a 3 in. pipe": before a noun, in the singular; a part of one is
   * "of an inch" */
  ks_buf_puts(n->out, part ? " of an inch"
                      : num_is_one(v) || after_a(n, v->p) ||
                              /* (and "sells 3 in. deck screws": a size before
                               * its noun, no comparative after) */
                              (goes_on && ks_norm_noun_after(n, q + 4) &&
                               (ks_norm_after_determiner(n, v->p) ||
                                !(alpha_end(q + 5, end) - q >= 8 &&
                                  alpha_end(q + 5, end)[-2] == 'e' &&
                                  alpha_end(q + 5, end)[-1] == 'r')))
                          ? " inch"
                          : " inches");
  return goes_on ? q + 4 : q + 3; /* the stop ends the sentence otherwise */
}

/* The lines of a video format: "720p", "1080i". */
static bool resolution(uint64_t v) {
  static const unsigned lines[] = {144, 240, 360,  480,  540,  576,
                                   720, 900, 1080, 1440, 2160, 4320};
  for (size_t i = 0; i < N_OF(lines); i++)
    if (v == lines[i])
      return true;
  return false;
}

/* A dialling code said digit by digit: "the calling code is +254", "area
 * code 212", "a country code of 44". */
static const char *num_dial_code(struct norm *n, const struct num *v) {
  static const char *const links[] = {"is", "of"};
  static const char *const kinds[] = {"area",    "calling",  "country",
                                      "dialing", "dialling", "zip"};
  const char *p = v->p, *w, *we;
  if (!v->ok || v->dot || v->commas || v->ndig > 5 || !v->end ||
      alnum_at(v->end, n->end))
    return NULL;
  if (p > n->s && p[-1] == '+')
    p--;
  if (!(w = ks_norm_prev_word(n, p, &we)))
    return NULL;
  if (word_is(w, (size_t)(we - w), links, N_OF(links)) &&
      !(w = ks_norm_prev_word(n, w, &we)))
    return NULL;
  if (!eq_ci(w, (size_t)(we - w), "code") ||
      !(w = ks_norm_prev_word(n, w, &we)) ||
      !word_is(w, (size_t)(we - w), kinds, N_OF(kinds)))
    return NULL; /* not "the Internal Revenue Code of 1986" */
  sep(n);
  ks_num_digits(n->out, v->p, v->ndig);
  return v->end;
}

/* "text", "SMS" or "reply" at most three words before c. */
static bool texted_before(const struct norm *n, const char *c) {
  static const char *const texts[] = {"reply", "SMS", "text", "texting"};
  return ks_norm_word_within(n, c, 3, texts, N_OF(texts));
}

/* "Economics 101", "Room 101", "online interactivity 101": a first
 * course's number, and so the basics of anything, "one oh one"; only
 * after a name of a subject or a room (a capitalised word inside the
 * sentence, or a noun in small letters that ends as a subject's name
 * does: "-ity", "-ics", "-ism", "-ology") at a clause's end or before
 * "course" or "class"; not a score ("Memphis 101, Miami 91", "101-101"),
 * nor a count ("now 101", "total 101", "101 Dalmatians"). */
static const char *num_course(struct norm *n, const struct num *v) {
  static const char *const endings[] = {"ics", "ing", "ism", "ity", "ogy"};
  static const char *const classes[] = {"class",   "classes", "course",
                                        "courses", "lecture", "module"};
  const char *w = n->prev, *x;
  size_t wl = n->prev_len;
  bool subject = false;
  if (!v->ok || v->dot || v->commas || v->ndig != 3 || v->ival != 101 ||
      alnum_at(v->end, n->end) || !w || w + wl + 1 != v->p || wl < 4)
    return NULL;
  if (ks_is_upper((unsigned char)*w))
    subject = w != n->s ||
              !ks_lang_in_list(n->lang->starters, n->lang->n_starters, w, wl);
  for (size_t i = 0; i < N_OF(endings) && !subject; i++)
    subject =
        ks_is_lower((unsigned char)*w) && !memcmp(w + wl - 3, endings[i], 3);
  if (!subject)
    return NULL;
  /* a score: a team's score and its comma before or after */
  if (w - n->s >= 3 && w[-1] == ' ' && w[-2] == ',' &&
      ks_is_digit((unsigned char)w[-3]))
    return NULL;
  if (starts(v->end, n->end, ", ") && v->end + 2 < n->end &&
      ks_is_upper((unsigned char)v->end[2]) &&
      (x = alpha_end(v->end + 2, n->end)) < n->end - 1 && *x == ' ' &&
      ks_is_digit((unsigned char)x[1]))
    return NULL; /* "Minnesota 101, Miami 91" */
  /* after a capitalised subject, a word that is no noun or verb goes on
   * too ("Economics 101 last year", "Politics 101 for the party") */
  static const char *const verbs[] = {"are", "had",  "has",  "have", "is",
                                      "was", "were", "will", "would"};
  const char *y, *ye;
  if (!(v->end == n->end || strchr(".,;:!?)", *v->end) ||
        ks_norm_next_is(n, v->end, classes, N_OF(classes)) ||
        (ks_is_upper((unsigned char)*w) &&
         (y = ks_norm_next_word(n, v->end, &ye)) != NULL &&
         ks_is_lower((unsigned char)*y) &&
         ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, y,
                         (size_t)(ye - y)) &&
         !word_is(y, (size_t)(ye - y), verbs, N_OF(verbs)))))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "one oh one");
  return v->end;
}

/* v's figures one by one, a nought as "oh": "one one eight". */
static const char *say_figures(struct norm *n, const struct num *v) {
  sep(n);
  for (size_t i = 0; i < v->ndig; i++) {
    if (i)
      ks_buf_putc(n->out, ' ');
    if (v->p[i] == '0')
      ks_buf_puts(n->out, "oh");
    else
      ks_num_cardinal(n->out, (uint64_t)(v->p[i] - '0'));
  }
  return v->end;
}

/* Before p, the line's own words or a call's "on": "the toll-free line
 * 8040", "call our care centre on 165", "can be reached on 9999" (a word
 * of calling a few words before, not right before "on" nor before "for":
 * not "called on 300 volunteers", an appeal, nor "called for a review on
 * 147"; sets AX and AY). */
static bool line_on(const struct norm *n, const char *p) {
  static const char *const line[] = {"line", "number"};
  static const char *const on[] = {"on"};
  static const char *const calls[] = {"call", "contact", "dial", "phone",
                                      "reach", "reached", "ring"};
  static const char *const free_lines[] = {"free", "help", "hot",
                                           "toll-free"};
  const char *w, *we, *f, *fe;
  if (ks_norm_word_before(n, p, line, N_OF(line)))
    return (w = ks_norm_prev_word(n, n->prev, &we)) != NULL &&
           word_is(w, (size_t)(we - w), free_lines, N_OF(free_lines));
  if (!ks_norm_word_before(n, p, on, 1))
    return false;
  /* "report it to the police on 102": a service one calls, right before
   * "on" */
  static const char *const services[] = {"ambulance", "brigade", "police",
                                         "service", "services"};
  if ((w = ks_norm_prev_word(n, n->prev, &we)) != NULL &&
      word_is(w, (size_t)(we - w), services, N_OF(services)))
    return true;
  w = n->prev;
  for (int k = 0; k < 7 && (w = ks_norm_prev_word(n, w, &we)) != NULL; k++)
    if (word_is(w, (size_t)(we - w), calls, N_OF(calls)))
      return (k > 0 || eq_ci(w, (size_t)(we - w), "reach") ||
              eq_ci(w, (size_t)(we - w), "reached") ||
              eq_ci(w, (size_t)(we - w), "contact")) && /* "call on": appeal */
             !((f = ks_norm_next_word(n, we, &fe)) != NULL &&
               eq_ci(f, (size_t)(fe - f), "for"));
  return false;
}

/* Whether "call" or "dial" stands right before figures before p. */
static bool called_figures(const struct norm *n, const char *p) {
  for (const char *c = n->s; c + 6 < p; c++)
    if ((c == n->s || c[-1] == ' ') &&
        (starts_ci(c, p, "call ") || starts_ci(c, p, "dial ")) &&
        ks_is_digit((unsigned char)c[5]))
      return true;
  return false;
}

/* Whether the number at p is a line's entry in a list of numbers to
 * call: "Police: 999 or 112", "SAMU: 114", "Fire and Rescue Service:
 * 115", "CEB breakdowns: 8999" (a label with a service's word before its
 * colon, the line's only words; round 43, set BB). */
static bool service_line(const struct norm *n, const char *p) {
  static const char *const services[] = {
      "ambulance", "breakdown", "breakdowns", "bulletin", "coastguard",
      "emergency", "enquiries", "fire",       "helpline", "hotline",
      "police",    "rescue",    "samu"};
  static const char *const counts[] = {"dead", "death", "deaths", "injured",
                                       "killed", "missing", "toll"};
  const char *c = p, *w, *we, *x = digit_end(p, n->end);
  /* (the figures end the line, or another line follows after "or": not
   * "Police: 145 arrested") */
  if (!(x == n->end || starts(x, n->end, " or ") ||
        (*x == '.' && !alnum_at(x + 1, n->end))))
    return false;
  /* back over "999 or " to the colon */
  while (c > n->s && c[-1] == ' ')
    c--;
  if (c - n->s >= 4 && !memcmp(c - 2, "or", 2) && c[-3] == ' ') {
    c -= 3;
    while (c > n->s && ks_is_digit((unsigned char)c[-1]))
      c--;
    while (c > n->s && c[-1] == ' ')
      c--;
  }
  if (c == n->s || c[-1] != ':')
    return false;
  /* (not a count of people: "Police officers: 2412", a plural) */
  bool service = false;
  for (w = n->s; w < c - 1; w = we) {
    while (w < c - 1 && !ks_is_alpha((unsigned char)*w))
      w++;
    we = alpha_end(w, c - 1);
    if (we == w)
      break;
    if (word_is(w, (size_t)(we - w), services, N_OF(services)))
      service = true;
    else if ((we - w > 3 && we[-1] == 's' && we[-2] != 's') ||
             word_is(w, (size_t)(we - w), counts, N_OF(counts)))
      return false;
  }
  return service;
}

/* A helpline's short number, digit by digit: "the helpline 118", "dial
 * 1166", "hotline 1122" (three or four digits, no noun of things after
 * them; "call 999" is num_emergency's, and "call" alone is also a verb
 * of naming: "traders call 1800 the floor"). */
static const char *num_helpline(struct norm *n, const struct num *v) {
  static const char *const calls_alone[] = {"call"};
  static const char *const ors[] = {"or"};
  /* (not "or", "to", "from": "call 1850 to 1900 the key range") */
  static const char *const call_then[] = {"anytime", "for", "free",
                                          "immediately", "now", "toll-free"};
  static const char *const lines[] = {"dial", "dialling", "helpline",
                                      "hotline", "toll-free"};
  /* (or before the line's own word, "the city's 1022 hotline", or after
   * it and its comma, "call the helpline, 1566, for free"; set AW) */
  static const char *const named[] = {"helpline", "hotline"};
  const char *hwe, *hw = ks_norm_next_word(n, v->end, &hwe);
  /* (not a count of them: "742 helpline calls") */
  bool before = hw && word_is(hw, (size_t)(hwe - hw), named, N_OF(named)) &&
                !(hwe < n->end && *hwe == ' ' &&
                  ks_norm_plural_noun(hwe + 1,
                                      (size_t)(alpha_end(hwe + 1, n->end) -
                                               (hwe + 1)))),
       after = ks_norm_word_before(n, v->p, lines, N_OF(lines)) ||
               /* "If in doubt, call 8488,": "call" and a number that ends
                * the phrase (not "traders call 1800 the floor") */
               (ks_norm_word_before(n, v->p, calls_alone, 1) &&
                (v->end == n->end || strchr(",.;)", *v->end) ||
                 /* "call 1195 free of charge", "call 1122 now" (set BA;
                  * not a round "call 6500 for the S&P 500") */
                 (v->ival % 100 != 0 &&
                  ks_norm_next_is(n, v->end, call_then, N_OF(call_then))))) ||
               (v->p - n->s >= 3 && v->p[-1] == ' ' && v->p[-2] == ',' &&
                n->prev && n->prev + n->prev_len == v->p - 2 &&
                word_is(n->prev, n->prev_len, named, N_OF(named))) ||
               line_on(n, v->p) ||
               (v->ival % 100 != 0 && service_line(n, v->p)) ||
               /* "call 1195 for an ambulance or 1191 for the police": a
                * second line after "or", where "call" stands right before
                * figures earlier (not "cost 150 or 175 for a family") */
               (ks_norm_word_before(n, v->p, ors, 1) &&
                ks_norm_next_is(n, v->end, call_then, N_OF(call_then)) &&
                called_figures(n, v->p));
  /* "its hotline, 1800-1213", "call (021) 663-311", "the help desk at
   * 7011-2580": a number in two groups, after a line's words or a
   * bracketed area code, figure by figure (not years, "1998-2004") */
  const char *g2 = v->end && v->end + 1 < n->end && *v->end == '-'
                       ? v->end + 1
                       : NULL,
             *g2e = g2 ? digit_end(g2, n->end) : NULL;
  static const char *const desks[] = {"WhatsApp", "desk", "phone", "tel",
                                      "telephone"};
  bool area = v->p - n->s >= 6 && v->p[-1] == ' ' && v->p[-2] == ')' &&
              ks_is_digit((unsigned char)v->p[-3]);
  if (v->ok && !v->dot && !v->commas && v->ndig >= 3 && v->ndig <= 4 && g2 &&
      g2e - g2 >= 3 && g2e - g2 <= 4 && !alnum_at(g2e, n->end) &&
      !(g2e < n->end && *g2e == '-') &&
      !(v->ndig == 4 && v->ival >= 1900 && v->ival <= 2099) &&
      (before || after || area ||
       /* (a desk's or a phone's word right before: "the help desk at
        * 7011-2580"; not "the call centre handles 800-900") */
       (ks_norm_word_within(n, v->p, 2, desks, N_OF(desks)) && g2e - g2 == 4 &&
        v->ndig == 4))) {
    struct num w2;
    say_figures(n, v);
    ks_buf_putc(n->out, ',');
    if (ks_norm_scan_num(g2, n->end, &w2))
      say_figures(n, &w2);
    return g2e;
  }
  if (!v->ok || v->dot || v->commas || v->ndig < 3 || v->ndig > 4 ||
      alnum_at(v->end, n->end) ||
      (v->end < n->end && (*v->end == '-' || *v->end == '/')) ||
      !(before || after) ||
      (!before && ks_norm_noun_after(n, v->end) &&
       !ks_norm_next_is(n, v->end, call_then, N_OF(call_then))) ||
      (!after && v->ival % 100 == 0) || /* "500 hotline calls" */
      (v->ndig == 4 && v->ival >= 1900 && v->ival <= 2099)) /* a year */
    return NULL;
  return say_figures(n, v);
}

/* A text message's short code, digit by digit: "Text HELP to 8020",
 * "text the word DONATE to 70085", "SMS STOP to 30333": four to six digits
 * after "to", in a sentence that texts or messages a word in capitals. */
static const char *num_short_code(struct norm *n, const struct num *v) {
  static const char *const to[] = {"to"};
  static const char *const texts[] = {"SMS", "message", "text", "texting"};
  bool caps = false;
  /* "by texting their ZIP code to 888-777": two groups of figures */
  /* a verb of texting before the number: "texting", or "text" and "SMS"
   * before a word in capitals ("Text HOME to") */
  bool texting = false;
  for (const char *c = n->s; c + 5 < v->p && !texting; c++)
    texting = (c == n->s || c[-1] == ' ') &&
              (starts_ci(c, v->p, "texting ") ||
               ((starts_ci(c, v->p, "text ") || starts(c, v->p, "SMS ")) &&
                ks_is_upper((unsigned char)c[c[0] == 'S' ? 4 : 5]) &&
                ks_is_upper((unsigned char)c[c[0] == 'S' ? 5 : 6])));
  if (v->ok && !v->dot && !v->commas && v->ndig == 3 && v->end &&
      v->end < n->end - 3 && *v->end == '-' &&
      ks_is_digit((unsigned char)v->end[1]) &&
      ks_norm_word_before(n, v->p, to, 1) && texting) {
    const char *d = digit_end(v->end + 1, n->end);
    if (d - v->end - 1 >= 3 && d - v->end - 1 <= 4 && !alnum_at(d, n->end) &&
        !ks_norm_noun_after(n, d)) {
      sep(n);
      ks_num_digits(n->out, v->p, 3);
      ks_buf_putc(n->out, ' ');
      ks_num_digits(n->out, v->end + 1, (size_t)(d - v->end - 1));
      return d;
    }
  }
  if (!v->ok || v->dot || v->commas || v->ndig < 4 || v->ndig > 6 ||
      alnum_at(v->end, n->end) || !ks_norm_word_before(n, v->p, to, 1) ||
      !ks_norm_sentence_has(n, texts, N_OF(texts)))
    return NULL;
  /* the word sent, in capitals, soon after "text" or "SMS": "Text HELP
   * to", "text the word DONATE to" (not "the NHS said ... to 7600") */
  for (const char *c = n->s; c + 1 < v->p && !caps; c++)
    if ((c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
        ks_is_upper((unsigned char)c[0]) && ks_is_upper((unsigned char)c[1]) &&
        texted_before(n, c)) {
      const char *e = alpha_end(c, v->p);
      caps = true;
      for (const char *k = c; k < e; k++)
        caps = caps && ks_is_upper((unsigned char)*k);
      caps = caps && e - c >= 3 && e - c <= 10 && !starts(c, e, "SMS");
    }
  /* not a count of people or things: "to 5000 NHS staff" */
  if (!caps || ks_norm_noun_after(n, v->end) ||
      (v->end + 1 < n->end && v->end[0] == ' ' &&
       ks_is_upper((unsigned char)v->end[1])))
    return NULL;
  return say_figures(n, v);
}

/* Words after a product that make it a sum's: "3 × 4 equals 12". */
static const char *const equals_words[] = {"equals", "makes"};

/* A screen's size in pixels, "1920×1080", "2560 x 1440": both sides said
 * like a model's number, "nineteen twenty by ten eighty", as the trade
 * says them; the height is a screen's (or a video's) number of lines and
 * smaller than the width. */
static const char *num_screen(struct norm *n, const struct num *v) {
  static const unsigned heights[] = {480,  600,  720,  768,  800,  900,
                                     1024, 1050, 1080, 1200, 1440, 1600,
                                     1800, 2160, 2880, 4320};
  const char *end = n->end, *x = v->end, *y, *after;
  struct num h;
  bool found = false;
  if (!v->ok || !x || v->dot || v->commas || v->ndig < 3 || v->ndig > 4)
    return NULL;
  x = x < end && *x == ' ' ? x + 1 : x;
  y = starts(x, end, "×") ? x + strlen("×") : x < end && *x == 'x' ? x + 1 : x;
  if (y == x)
    return NULL;
  if ((x > v->end) != (y < end && *y == ' '))
    return NULL; /* spaced on both sides or on neither */
  y += x > v->end;
  if (!ks_norm_scan_num(y, end, &h) || h.dot || h.commas || h.ndig < 3 ||
      h.ival >= v->ival || (h.end < end && ks_is_alnum((unsigned char)*h.end)))
    return NULL;
  for (size_t i = 0; i < N_OF(heights); i++)
    found = found || h.ival == heights[i];
  if (!found ||
      ks_norm_scan_unit(n->lang, skip_spaces(h.end, end), end, &after))
    return NULL; /* "1200 x 800 mm": a size in a unit */
  say_model(n, v);
  ks_buf_puts(n->out, " by");
  say_model(n, &h);
  return h.end;
}

/* What follows a number already said: "2*8", "25 x 7", "100 million
 * kg", "21%", "12 kg", "12/kg". */
/* The sentence holds the phrase, in any case, as whole words. */
static bool holds_phrase(const struct norm *n, const char *phrase) {
  size_t k = strlen(phrase);
  for (const char *c = n->s; c + k <= n->end; c++)
    if ((c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
        starts_ci(c, n->end, phrase) && !alnum_at(c + k, n->end))
      return true;
  return false;
}

static const char *num_after(struct norm *n, const struct num *vp) {
  const char *end = n->end, *q = vp->end, *r;
  struct num v = *vp;

  /* "costs 39 kr", "330kr": Scandinavian crowns after the figure, Sweden's
   * kronor unless the sentence is about Norway or Denmark (kroner) */
  {
    const char *u = q < end && *q == ' ' ? q + 1 : q;
    if (u + 2 <= end && u[0] == 'k' && u[1] == 'r' && !alnum_at(u + 2, end) &&
        v.ok && !(v.p > n->s && ks_is_alpha((unsigned char)v.p[-1]))) {
      static const char *const danes[] = {
          "Copenhagen", "Danish", "Denmark", "Norway", "Norwegian", "Oslo",
          "Bergen",     "Aarhus"};
      static const char *const icelanders[] = {"Iceland", "Icelandic",
                                               "Reykjavik", "Reykjavík"};
      bool one = v.ival == 1 && !v.dot;
      if (ks_norm_find_exact(n, n->s, icelanders, N_OF(icelanders)))
        ks_buf_puts(n->out, one ? " Icelandic króna" : " Icelandic krónur");
      else if (ks_norm_find_exact(n, n->s, danes, N_OF(danes)))
        ks_buf_puts(n->out, one ? " krone" : " kroner");
      else
        ks_buf_puts(n->out, one ? " krona" : " kronor");
      /* (the abbreviation's stop inside a sentence: "90 kr. in Oslo") */
      if (u + 4 < end && u[2] == '.' && u[3] == ' ' &&
          ks_is_lower((unsigned char)u[4]))
        return u + 3;
      /* "1.34 kr/kWh": a price per a unit */
      if ((r = ks_norm_per_unit(n, u + 2)) != NULL)
        return r;
      return u + 2;
    }
  }
  /* "charged at 0.5C", "a 2C discharge": a battery's C-rate, glued, of a
   * figure under ten, in a sentence about cells or charging (not a
   * temperature: "at 0.5C overnight" without them) */
  if (q + 1 <= end && *q == 'C' && !alnum_at(q + 1, end) && v.ok &&
      v.ival < 10 && v.ndig == 1) {
    /* (a verb of charging before "at", or a word of a rate after it: the
     * cells "stored at 8C" are at a temperature) */
    static const char *const charged[] = {
        "charge",    "charged",    "charges",     "charging", "cycled",
        "cycles",    "cycling",    "discharge",   "discharged",
        "discharging"};
    static const char *const rated[] = {"charge",   "charging", "discharge",
                                        "discharging", "rate",  "rates"};
    static const char *const at[] = {"at"};
    const char *aw, *awe;
    bool verb = ks_norm_word_before(n, v.p, at, 1) &&
                (aw = ks_norm_prev_word(n, n->prev, &awe)) != NULL &&
                word_is(aw, (size_t)(awe - aw), charged, N_OF(charged));
    if (verb || ks_norm_next_is(n, q + 1, rated, N_OF(rated))) {
      ks_buf_puts(n->out, " C");
      return q + 1;
    }
  }
  /* "about 120nm from O'Hare", "a 40 NM radius": nautical miles in a
   * sentence about flying or the sea (not a chip's or a light's
   * nanometres) */
  {
    const char *u = q < end && *q == ' ' ? q + 1 : q;
    if (u + 2 <= end && ((u[0] == 'n' && u[1] == 'm') ||
                         (u[0] == 'N' && u[1] == 'M')) &&
        !alnum_at(u + 2, end)) {
      static const char *const ways[] = {
          "aircraft", "airport", "airspace", "altitude", "coast",
          "coastguard", "crew",  "descent",  "flight",   "harbour",
          "knots",    "pilot",   "pilots",   "runway",   "ship",
          "vessel",   "yacht"};
      static const char *const lights[] = {
          "chip",     "chips",     "coating",  "diameter", "film",
          "laser",    "light",     "molecule", "molecules", "node",
          "particle", "particles", "plastic",  "plastics", "process",
          "size",     "thick",     "virus",    "wavelength", "wide"};
      if (ks_norm_sentence_has(n, ways, N_OF(ways)) &&
          !ks_norm_sentence_has(n, lights, N_OF(lights))) {
        ks_buf_puts(n->out, v.ok && v.ival == 1 && !v.dot ? " nautical mile"
                                                          : " nautical miles");
        return u + 2;
      }
    }
  }

  /* "shares rose 12p to 348p", "flat at 86.4p", "fell by 5p": pence,
   * glued to an amount; not a time ("at 8p", "until 9p": an hour after a
   * word of time other than "by") */
  static const char *const by[] = {"by"};
  /* "4K60p", "records 120p slow motion": a video's frames a second, the
   * letter P, in a sentence about video */
  static const char *const video[] = {
      "4K",     "8K",        "fps",     "footage", "frame", "frames",
      "record", "recording", "records", "video",   "videos"};
  /* (and "Full HD goes up to 120p for slow motion": HD beside a rate no
   * price is, or slow motion) */
  static const char *const hd[] = {"HD", "UHD"};
  if (v.ok && !v.commas && !v.dot && q < end && *q == 'p' &&
      !alnum_at(q + 1, end) &&
      (v.ival == 24 || v.ival == 25 || v.ival == 30 || v.ival == 50 ||
       v.ival == 60 || v.ival == 100 || v.ival == 120 || v.ival == 240) &&
      (ks_norm_sentence_has(n, video, N_OF(video)) ||
       (v.ival >= 100 && (ks_norm_find_exact(n, n->s, hd, N_OF(hd)) ||
                          holds_phrase(n, "slow motion") ||
                          holds_phrase(n, "slow-motion"))))) {
    ks_buf_puts(n->out, " P");
    return q + 1;
  }
  /* (thousands too, a share's price: "fell 12p to 3,456p"; a screen's
   * lines are written without a comma) */
  if (v.ok && q < end && *q == 'p' &&
      !(q + 1 < end && ks_is_alnum((unsigned char)q[1])) &&
      (v.dot || v.commas || !resolution(v.ival)) &&
      (v.dot || v.ival > 12 || ks_norm_word_before(n, v.p, by, 1) ||
       !ks_norm_word_before(n, v.p, n->lang->time_preps,
                            n->lang->n_time_preps))) {
    ks_buf_puts(n->out, num_is_one(&v) ? " penny" : " pence");
    if ((r = price_per(n, q + 1)) != NULL) /* "5p/litre" */
      return r;
    return q + 1;
  }
  if (v.ok && q < end - 6 && q[0] == ' ' && q[1] == 'h' && q[2] == ' ' &&
      ks_is_digit((unsigned char)q[3])) {
    /* "takes 7 h 25 min": hours, when minutes follow */
    const char *d = digit_end(q + 3, end);
    if (starts(d, end, " min") || starts(d, end, "min")) {
      ks_buf_puts(n->out, num_is_one(&v) ? " hour" : " hours");
      return q + 2;
    }
  }
  /* "10-bit 4:2:2", "4:2:0": video's chroma sampling, figure by figure
   * ("four two two"), not a ratio of three parts */
  static const char *const chroma[] = {"4:1:1", "4:2:0", "4:2:2", "4:4:4"};
  if (v.ok && !v.dot && v.ndig == 1 && q + 4 <= end &&
      word_is(v.p, 5, chroma, N_OF(chroma)) && !alnum_at(q + 4, end) &&
      !(q + 4 < end && q[4] == ':')) {
    ks_buf_putc(n->out, ' ');
    ks_num_digits(n->out, q + 1, 1);
    ks_buf_putc(n->out, ' ');
    ks_num_digits(n->out, q + 3, 1);
    return q + 4;
  }
  if (v.ok && q < end - 1 && *q == ':' && ks_is_digit((unsigned char)q[1]) &&
      (v.dot || digit_end(q + 1, end) - q != 3 ||
       (q + 6 < end && q[3] == ',' && digit_end(q + 4, end) - q == 7) ||
       /* "the ratio of teachers to pupils is about 1:15" */
       (!alnum_at(digit_end(q + 1, end), end) &&
        ks_norm_ratio_before(n, v.p, digit_end(q + 1, end))))) {
    /* "a 3:1 ratio", "won 2:1", "1:50,000", "1.618:1": not a clock time,
     * so a ratio or score; a screen's shape, "by" ("a 16:9 aspect
     * ratio", "a 21:9 panel") */
    static const char *const screens[] = {
        "aspect", "display",    "displays",    "monitor",   "monitors",
        "panel",  "panels",     "screen",      "screens",   "TV",
        "TVs",    "television", "televisions", "widescreen"};
    static const char *const shapes[] = {"16:10", "16:9", "18:9", "19:9",
                                         "20:9",  "21:9", "3:2",  "32:9",
                                         "4:3",   "5:4",  "9:16"};
    const char *se = digit_end(q + 1, end);
    const char *x1, *x1e, *x2 = NULL, *x2e = NULL;
    x1 = ks_norm_next_word(n, se, &x1e);
    if (x1)
      x2 = ks_norm_next_word(n, x1e, &x2e);
    /* "a 2:1 degree", "a 2:2 in history": a British degree's class, "two
     * one" (the first class and the third are words) */
    static const char *const degrees[] = {"degree", "degrees", "honours"};
    static const char *const in_a[] = {"a", "first", "upper", "lower"};
    /* (a subject after "in" in a sentence about study: not "a 2:1 in
     * favour of the plan") */
    static const char *const study[] = {
        "BA",     "BSc",   "class", "course",     "degree",  "exam",
        "exams",  "got",   "graduate", "graduated", "honours", "student",
        "university"};
    if (!v.dot && *v.p == '2' && v.end == v.p + 1 && se == q + 2 &&
        (q[1] == '1' || q[1] == '2') &&
        ((x1 && word_is(x1, (size_t)(x1e - x1), degrees, N_OF(degrees))) ||
         (ks_norm_word_before(n, v.p, in_a, N_OF(in_a)) && x1 &&
          eq_ci(x1, (size_t)(x1e - x1), "in") &&
          ks_norm_sentence_has(n, study, N_OF(study)))))
      return q + 1;
    ks_buf_puts(
        n->out,
        !v.dot && word_is(v.p, (size_t)(se - v.p), shapes, N_OF(shapes)) &&
                ((x1 &&
                  word_is(x1, (size_t)(x1e - x1), screens, N_OF(screens))) ||
                 (x2 &&
                  word_is(x2, (size_t)(x2e - x2), screens, N_OF(screens))))
            ? " by"
            : " to");
    return q + 1;
  }
  if (v.ok && !v.dot && v.ival > 24 && v.ival < 100 && q < end - 2 &&
      *q == ':' && digit_end(q + 1, end) - q == 3 &&
      v.ival + small_val(q + 1, q + 3) == 100 &&
      !(q + 3 < end && ks_is_alnum((unsigned char)q[3]))) {
    /* "a 50:50 split", "60:40": shares of a whole, "fifty-fifty" */
    ks_buf_putc(n->out, '-');
    ks_num_cardinal(n->out, small_val(q + 1, q + 3));
    return q + 3;
  }
  if (v.ok && !v.dot && !v.commas && v.ival > 24 && q < end - 2 && *q == ':' &&
      digit_end(q + 1, end) - q == 3 && small_val(q + 1, q + 3) < 60 &&
      !(q + 3 < end && (ks_is_alnum((unsigned char)q[3]) || q[3] == ':'))) {
    /* "in 45:30": minutes and seconds, no clock's hour; "forty-five
     * thirty" */
    unsigned sec = small_val(q + 1, q + 3);
    ks_buf_puts(n->out, sec < 10 ? " oh " : " ");
    ks_num_cardinal(n->out, sec);
    return q + 3;
  }
  if (q < end - 1 && *q == '*' && ks_is_digit((unsigned char)q[1])) {
    ks_buf_puts(n->out, " times");
    return q + 1;
  }
  /* "(8x4, 2x6)": a batter's fours and sixes in brackets, where the
   * sentence counts balls or has both */
  if (v.ok && !v.dot && q < end - 1 && *q == 'x' &&
      (q[1] == '4' || q[1] == '6') && !alnum_at(q + 2, end) &&
      !(q + 2 < end && q[2] == '.')) {
    static const char *const balls[] = {"balls", "deliveries", "innings"};
    /* in brackets: "(8x4, 2x6)", "(11x4)"; not "2x4 and 2x6 lumber", "a
     * 4x4 truck" */
    const char *c = q + 2;
    while (c < end && *c != ')' && *c != '(' && c - q < 16)
      c++;
    if (v.p > n->s && (v.p[-1] == '(' || (v.p - n->s >= 2 && v.p[-2] == ',')) &&
        c < end && *c == ')' &&
        (ks_norm_about_cricket(n) ||
         ks_norm_sentence_has(n, balls, N_OF(balls)))) {
      ks_buf_puts(n->out, q[1] == '4' ? (num_is_one(&v) ? " four" : " fours")
                                      : (num_is_one(&v) ? " six" : " sixes"));
      return q + 2;
    }
  }
  /* "from 1★ to 5★", "a 4.8★ rating", "a 5* resort": stars of a rating; an
   * asterisk only before a word of lodging or rating (elsewhere it marks
   * a footnote) */
  if (v.ok && (!v.dot || !starts(q, end, "*")) && v.ival >= 1 && v.ival <= 7 &&
      (starts(q, end, "★") || starts(q, end, "⭐") ||
       (q < end - 1 && *q == '*' && q[1] == ' ' &&
        ks_norm_sentence_has(n, lodging, N_OF(lodging))))) {
    const char *a = *q == '*' ? q + 1 : q + strlen("★");
    bool noun = ks_norm_noun_or_gerund_after(n, a); /* "rating" too */
    ks_buf_puts(n->out, noun ? "-star" : num_is_one(&v) ? " star" : " stars");
    return a;
  }
  /* "at 1'32.2", "1′33.0": a lap's minutes and seconds with tenths, in
   * a sentence about laps or times (a height's inches end with their own
   * mark: "6'10.5\"") */
  static const char *const laps[] = {
      "clocked",  "fastest",    "lap",     "lapped", "laps", "pole",
      "practice", "qualifying", "session", "time",   "times"};
  if (v.ok && !v.dot && v.ival <= 59 && v.ndig <= 2 &&
      (starts(q, end, "'") || starts(q, end, "′")) &&
      ks_norm_sentence_has(n, laps, N_OF(laps))) {
    const char *s2 = q + (*q == '\'' ? 1 : strlen("′"));
    struct num sec;
    if (digit_end(s2, end) == s2 + 2 && ks_norm_scan_num(s2, end, &sec) &&
        sec.ok && sec.dot && sec.ival < 60 && !alnum_at(sec.end, end) &&
        !(sec.end < end &&
          (*sec.end == '"' || *sec.end == '\'' || starts(sec.end, end, "″")))) {
      ks_buf_puts(n->out, num_is_one(&v) ? " minute " : " minutes ");
      if (sec.ival < 10)
        ks_buf_puts(n->out, "oh ");
      ks_norm_say_num(n, &sec);
      return sec.end;
    }
  }
  /* "6′ 2″": feet and inches written with primes */
  if (starts(q, end, "′") || starts(q, end, "″")) {
    bool feet = q[2] == '\xB2';
    ks_buf_puts(n->out, num_is_one(&v) ? (feet ? " foot" : " inch")
                                       : (feet ? " feet" : " inches"));
    return q + strlen("′");
  }
  /* "15 st 4 lb": stone, spaced as the glued "14st" is read */
  if (v.ok && !v.dot && q < end - 3 && q[0] == ' ' &&
      !ks_is_alnum((unsigned char)q[3]) && stone(n, &v, q + 1)) {
    ks_buf_puts(n->out, " stone");
    return q + 3;
  }
  /* "2.5x faster", "a 10x zoom", "20× magnification": so many times
   * before a word; not "4x4", "4x 4", a code ("0x1F") nor "2x" alone (a
   * size) */
  {
    size_t xl = starts(q, end, "×") ? strlen("×") : (q < end && *q == 'x');
    if (xl && q + xl < end - 1 && q[xl] == ' ' &&
        ks_is_alpha((unsigned char)q[xl + 1]) && v.ndig <= 3 &&
        !(v.p > n->s && ks_is_alnum((unsigned char)v.p[-1]))) {
      if (!part_after(q + xl + 1, end) &&
          !(!v.dot && named_parts(q + xl + 1, end)))
        ks_buf_puts(n->out, " times");
      return q + xl;
    }
    /* "falls apart beyond 5x.", "Beyond 10x, though": a zoom where the
     * clause ends, in a sentence about one */
    if (xl && !alnum_at(q + xl, end) && v.ndig <= 3 &&
        !(q + xl < end && (q[xl] == '-' || q[xl] == '/')) &&
        !(v.p > n->s && ks_is_alnum((unsigned char)v.p[-1]))) {
      static const char *const zoom[] = {
          "camera",    "lens", "magnification", "optical", "periscope",
          "telephoto", "zoom", "zoomed",        "zooming", "zooms"};
      /* "the P/E ratio is 15x.", "trades at 20x": a multiple after a
       * verb of being or a word of comparing */
      static const char *const sizes[] = {"size", "sizes"};
      static const char *const multiple[] = {
          "about", "around", "at", "is", "nearly", "of", "than", "was", "were"};
      if (ks_norm_sentence_has(n, zoom, N_OF(zoom)) ||
          (ks_norm_word_before(n, v.p, multiple, N_OF(multiple)) &&
           !ks_norm_sentence_has(n, sizes, N_OF(sizes)) &&
           !(q + xl < end && *(q + xl) == '.' && q + xl + 1 < end &&
             ks_is_alnum((unsigned char)q[xl + 1])))) {
        ks_buf_puts(n->out, " times");
        return q + xl;
      }
    }
  }
  /* "Engines: 2 x Pratt & Whitney PW1133G": a count of named things
   * after a list's label, the sign unsaid (not "a 3 x Olympic champion",
   * so many times) */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 2 && starts(q, end, " x ") &&
      q + 3 < end && ks_is_upper((unsigned char)q[3]) && v.p - n->s >= 2 &&
      v.p[-1] == ' ' && v.p[-2] == ':')
    return q + 2;
  {
    /* "25 x 7 m", "2x8": dimensions */
    const char *x = q < end && *q == ' ' ? q + 1 : q;
    size_t xl = starts(x, end, "×") ? strlen("×") : (x < end && *x == 'x');
    if (xl) {
      const char *y = x + xl;
      if (y < end && *y == ' ' && x > q)
        y++;
      if (y < end && ks_is_digit((unsigned char)*y) &&
          (x > q) == (y > x + xl)) {
        /* "2 x 400g tins": a count of packs of a size, "two four
         * hundred gram tins"; so of things of a size, "5 x 9mm pistols",
         * "2 x 500mg tablets" (a unit of two letters: "4m boards" may be
         * millions) */
        const char *d = digit_end(y, end), *u = alpha_end(d, end);
        if (x > q && !v.dot && v.ival >= 1 && v.ival <= 12 && u > d &&
            u - d <= 2 && u < end - 2 && *u == ' ' && strchr("gkml", *d) &&
            (ks_norm_pack_noun(u + 1, end) ||
             (u - d == 2 &&
              ks_norm_plural_noun(u + 1,
                                  (size_t)(alpha_end(u + 1, end) - u - 1)))))
          return y;
        /* "3 × 10^8", "6.02 × 10²³": a number in scientific notation,
         * "times ten to the power of" */
        if (d - y == 2 && y[0] == '1' && y[1] == '0' && d < end &&
            (*d == '^' || starts(d, end, "\xC2\xB2") ||
             starts(d, end, "\xC2\xB3") || starts(d, end, "\xC2\xB9") ||
             starts(d, end, "\xE2\x81"))) {
          ks_buf_puts(n->out, " times");
          return y;
        }
        /* "short lengths of 2x4s": a timber's size in the plural, "two
         * by fours" */
        if (x == q && !v.dot && v.ival <= 12 && d - y <= 2 && d < end &&
            *d == 's' && !alnum_at(d + 1, end) && !(d > y && *y == '0')) {
          ks_buf_puts(n->out, " by ");
          ks_num_cardinal(n->out, small_val(y, d));
          plural_of_last(n);
          return d + 1;
        }
        /* "what 2 + 3 × 4 equals": a sum's product, "times": an
         * operator right before the first figure or right after the
         * second, or "equals" after it */
        /* (or a comparison's, "whether 7 > 5 × 2 − 4", and a minus
         * sign's) */
        bool sum = (v.p - n->s >= 3 && v.p[-1] == ' ' &&
                    strchr("+=<>", v.p[-2]) && v.p[-3] == ' ') ||
                   (v.p - n->s >= 5 && starts(v.p - 5, end, " − ")) ||
                   starts(d, end, " + ") || starts(d, end, " = ") ||
                   starts(d, end, " − ") ||
                   ks_norm_next_is(n, d, equals_words, N_OF(equals_words));
        /* "what 7 × 8 is", "What is 6 × 7?": a product asked for, two
         * bare whole figures after "what" or before the question's
         * mark */
        static const char *const asks[] = {"what", "what's", "whats"};
        static const char *const is[] = {"is", "what", "what's", "whats"};
        if (!sum && !v.dot && d < end && x > q && /* spaced: not "4x4" */
            ((*d == '?' && ks_norm_word_before(n, v.p, is, N_OF(is))) ||
             (starts(d, end, " is") && !alnum_at(d + 3, end) &&
              ks_norm_word_before(n, v.p, asks, N_OF(asks)))))
          sum = true;
        ks_buf_puts(n->out, sum ? " times" : " by");
        return y;
      }
    }
  }
  /* "100 million kg", "437 lakh ha", "2.5m ha", "9.8m b/d": a scale word
   * between the number and its unit (a glued "m" only after a decimal and
   * before a unit that is no length's: hectares, tonnes, barrels; "12m ha"
   * may be twelve metres, and is left). v.ival = 2 makes the unit
   * plural. */
  static const char *const glued_before[] = {" b/d", " bpd", " ha", " t",
                                             " tonnes"};
  bool glued_m = q < end - 3 && *q == 'm' && v.dot;
  for (size_t i = 0; glued_m && i < N_OF(glued_before); i++)
    if (starts(q + 1, end, glued_before[i]) &&
        !alnum_at(q + 1 + strlen(glued_before[i]), end)) {
      ks_buf_puts(n->out, " million");
      q++;
      v.ival = 2;
      glued_m = false;
    }
  if (q < end - 2 && *q == ' ') {
    const char *w = q + 1, *we = alpha_end(w, end);
    if (eq_ci(w, (size_t)(we - w), "million") ||
        eq_ci(w, (size_t)(we - w), "billion") ||
        eq_ci(w, (size_t)(we - w), "trillion") ||
        eq_ci(w, (size_t)(we - w), "thousand") ||
        eq_ci(w, (size_t)(we - w), "lakh") ||
        eq_ci(w, (size_t)(we - w), "crore")) {
      const char *after;
      if (we < end && *we == ' ' &&
          ks_norm_scan_unit(n->lang, we + 1, end, &after)) {
        ks_buf_putc(n->out, ' ');
        ks_buf_put(n->out, w, (size_t)(we - w));
        q = we;
        v.ival = 2; /* plural */
      }
    }
  }
  /* "the 2.x series", "Python 3.x": any version of the number */
  if (q < end - 1 && q[0] == '.' && q[1] == 'x' && !alnum_at(q + 2, end)) {
    ks_buf_puts(n->out, " point x");
    return q + 2;
  }
  /* "6 min 39 s", "ran it in 9.58 s": a lone "s" is seconds after a
   * count of minutes or a decimal */
  static const char *const minutes[] = {"min", "mins", "minutes"};
  const char *w, *we;
  if (q < end - 1 && q[0] == ' ' && q[1] == 's' && !alnum_at(q + 2, end) &&
      !(q + 2 < end && (q[2] == '\'' || q[2] == '-')) &&
      (v.dot || ((w = ks_norm_prev_word(n, v.p, &we)) &&
                 word_is(w, (size_t)(we - w), minutes, N_OF(minutes))))) {
    ks_buf_puts(n->out, num_is_one(&v) ? " second" : " seconds");
    return q + 2;
  }
  if (q < end && *q == '%') {
    ks_buf_puts(n->out, " percent");
    /* "4.5% p.a.": a year's rate, per annum */
    if (starts(q + 1, end, " p.a.") && !alnum_at(q + 6, end)) {
      ks_buf_puts(n->out, " per annum");
      /* the stop is the sentence's only where it ends */
      return skip_spaces(q + 6, end) == end ? q + 5 : q + 6;
    }
    return q + 1;
  }
  if ((r = glued_scale(n, q, &v)) || (r = inches_word(n, q, &v, false)))
    return r;
  if ((r = ks_norm_rule_unit(n, q, &v)))
    return r;
  /* "by 27c", "about 21c of every rand": a count of cents glued, after a
   * word of amount or change, where the sentence is about money (not
   * "section 12c", "iPhone 5c", "stage 3c cancer") */
  if (q < end && *q == 'c' && !alnum_at(q + 1, end) && v.ok && !v.dot &&
      v.ndig <= 2 && !(q + 1 < end && (q[1] == '\'' || q[1] == '-'))) {
    /* (and "every 10c movement", "a 5c rise": a cent's size before its
     * noun) */
    static const char *const amounts[] = {
        "a",     "about", "almost", "around", "at",      "by",
        "cost",  "costs", "down",   "each",   "every",   "extra",
        "from",  "just",  "nearly", "of",     "only",    "over",
        "paid",  "pay",   "roughly", "than",  "to",      "under",
        "up"};
    static const char *const money[] = {
        "cent", "cents", "cost",  "costs",  "duty", "fare",   "fares",
        "fee",  "levy",  "price", "prices", "rand", "tariff", "tax"};
    bool sign = false;
    for (const char *c = n->s; c + 1 < end && !sign; c++)
      sign = (*c == '$' || (*c == 'R' && ks_is_digit((unsigned char)c[1]) &&
                            (c == n->s || !ks_is_alnum((unsigned char)c[-1]))));
    static const char *const sizes[] = {"a", "each", "every"};
    if (ks_norm_word_before(n, v.p, amounts, N_OF(amounts)) &&
        !(ks_norm_word_before(n, v.p, sizes, N_OF(sizes)) &&
          !ks_norm_noun_after(n, q + 1)) && /* "a 5c" alone: the iPhone */
        (sign || ks_norm_sentence_has(n, money, N_OF(money)))) {
      ks_buf_puts(n->out, v.ival == 1 || ks_norm_noun_after(n, q + 1)
                              ? " cent"
                              : " cents");
      return q + 1;
    }
  }
  /* "a field of 1.5 T or 3 T": a magnetic field's teslas, a capital T
   * alone after the figure, in a sentence about magnets or scanners */
  if (q + 1 < end && q[0] == ' ' && q[1] == 'T' && !alnum_at(q + 2, end) &&
      !(q + 2 < end && (q[2] == '.' || q[2] == '-') && q + 3 < end &&
        ks_is_alnum((unsigned char)q[3]))) {
    /* (as written, not the carmaker "Tesla"; nor a weight lifted or
     * hauled, tonnes) */
    static const char *const magnets[] = {"field",    "fields", "magnet",
                                          "magnetic", "magnets", "MRI",
                                          "scanner",  "scanners", "tesla"};
    static const char *const weights[] = {"haul", "hauls", "lift", "lifts",
                                          "tonnes", "tons", "tow", "tows",
                                          "weigh", "weighs"};
    if (ks_norm_find_exact(n, n->s, magnets, N_OF(magnets)) &&
        !ks_norm_sentence_has(n, weights, N_OF(weights))) {
      ks_buf_puts(n->out, " tesla");
      return q + 2;
    }
  }
  /* "wait 30 s and restart": a spaced "s" alone after a count of less
   * than four digits is seconds, as SI writes it (not "the 1980 s"); a
   * line of nothing but "80 s" may be the decade, and is left */
  if (q + 1 < end && q[0] == ' ' && q[1] == 's' && v.ndig < 4 && v.p > n->s &&
      (q + 2 == end || strchr(" ,;)", q[2]) ||
       (q[2] == '.' && (q + 3 == end || q[3] == ' ')))) {
    ks_buf_puts(n->out, v.ok && v.ival == 1 && !v.dot ? " second" : " seconds");
    return q + 2;
  }
  if (q < end - 1 && *q == '/') {
    const char *after;
    const struct ks_unit *u = ks_norm_scan_unit(n->lang, q + 1, end, &after);
    if (u) { /* "12/kg": "twelve per kilogram" */
      ks_buf_puts(n->out, " per ");
      ks_buf_puts(n->out, u->one);
      return after;
    }
  }
  return q;
}

/* The word before p, one space or a hyphen apart, when it is in capitals
 * ("RTX 4070", "F-150") or a capitalised name inside the sentence
 * ("Boeing 787"); 2 for capitals, 1 for a name, else 0. */
static int model_word_before(const struct norm *n, const char *p) {
  const char *w = n->prev;
  size_t caps = 0;
  if (!w || w + n->prev_len + 1 != p || (p[-1] != ' ' && p[-1] != '-') ||
      !ks_is_upper((unsigned char)w[0]) ||
      ks_norm_possessive(w, n->prev_len)) /* "rival Boeing's 348" */
    return 0;
  for (size_t i = 0; i < n->prev_len; i++)
    caps += ks_is_upper((unsigned char)w[i]) != 0;
  if (caps == n->prev_len && n->prev_len <= 5)
    return 2;
  if (w == n->s || caps != 1 || p[-1] != ' ')
    return 0;
  for (int m = 0; m < 12; m++)
    if (eq_ci(w, n->prev_len, n->lang->months[m]))
      return 0;
  for (int d = 0; d < 7; d++)
    if (eq_ci(w, n->prev_len, n->lang->weekdays[d]))
      return 0;
  return 1;
}

/* Makers whose models are three-digit numbers said in pairs: "Boeing
 * 737" is "seven thirty-seven", "Porsche 911" "nine eleven". */
static const char *const makers[] = {"Airbus",     "Boeing",  "Cessna",
                                     "Embraer",    "Peugeot", "Porsche",
                                     "Snapdragon", "Xbox"};

/* "a house on 128 Street", "at 23 Avenue NW": a street named by its
 * number alone, as in western Canada's cities, is said as an ordinal; a
 * house's number has the street's name after it ("10 Downing Street"). */
static const char *num_street(struct norm *n, const struct num *v) {
  const char *e = v->end;
  static const char *const roads[] = {"Highway", "Interstate", "Route"};
  const char *a = e + 7, *w, *we; /* " Street" and " Avenue": seven bytes */
  if (!v->ok || v->dot || v->commas || v->ndig > 3 || v->ival == 0 ||
      !(starts(e, n->end, " Street") || starts(e, n->end, " Avenue")) ||
      alnum_at(a, n->end) ||
      (v->p > n->s && !ks_is_space((unsigned char)v->p[-1])) ||
      ks_norm_word_before(n, v->p, roads, N_OF(roads)))
    return NULL;
  /* then the end, a stop, small letters or a quarter: not "30 Avenue
   * Montaigne", "3 Street Fighter games" */
  if ((w = ks_norm_next_word(n, a, &we)) != NULL &&
      ks_is_upper((unsigned char)*w) &&
      !(we - w <= 2 && strchr("NSEW", *w) &&
        (we - w == 1 || strchr("EW", w[1]))))
    return NULL;
  sep(n);
  ks_num_ordinal(n->out, v->ival);
  return e;
}

/* "in the 67' minute", "a 12' penalty": a match's minute marked with a
 * prime after a determiner, an ordinal ("the sixty-seventh minute", "a
 * twelfth-minute penalty") before "minute" or a goal's or a card's noun
 * ("a 6' fence" is feet; a minute of added time, "90+3'", is
 * symbol.c's). */
size_t ks_norm_minute_mark(const struct norm *n, const char *d,
                           const char *q, bool *named) {
  static const char *const dets[] = {"a", "an", "her", "his", "its", "the",
                                     "their"};
  static const char *const goals[] = {
      "equaliser", "equalizer", "finish",  "goal",   "header",
      "leveller",  "opener",    "penalty", "red",    "strike",
      "volley",    "winner",    "yellow"};
  static const char *const minute[] = {"minute"};
  const char *end = n->end, *w, *we;
  size_t k = q < end && *q == '\'' ? 1
             : (starts(q, end, "\xE2\x80\x99") ||
                starts(q, end, "\xE2\x80\xB2"))
                 ? 3
                 : 0;
  if (!k || (w = ks_norm_prev_word(n, d, &we)) == NULL ||
      !word_is(w, (size_t)(we - w), dets, N_OF(dets)))
    return 0;
  *named = ks_norm_next_is(n, q + k, minute, 1);
  return *named || ks_norm_next_is(n, q + k, goals, N_OF(goals)) ? k : 0;
}

static const char *num_minute_mark(struct norm *n, const struct num *v) {
  const char *q = v->end;
  bool named;
  size_t k;
  if (!v->ok || v->dot || v->commas || v->ndig > 3 || v->ival == 0 ||
      v->ival > 130 || (v->p > n->s && v->p[-1] == '+') ||
      (k = ks_norm_minute_mark(n, v->p, q, &named)) == 0)
    return NULL;
  sep(n);
  ks_num_ordinal(n->out, v->ival);
  if (!named)
    ks_buf_puts(n->out, "-minute");
  return q + k;
}

/* "set the transponder to 7700", "squawked 7600": a transponder's code
 * of four figures from 0 to 7, digit by digit. */
static const char *num_squawk(struct norm *n, const struct num *v) {
  static const char *const squawks[] = {"squawk", "squawked", "squawking",
                                        "squawks", "transponder"};
  static const char *const links[] = {"code", "to"};
  const char *w, *we;
  if (!v->ok || v->dot || v->commas || v->ndig != 4 || alnum_at(v->end, n->end))
    return NULL;
  for (const char *d = v->p; d < v->end; d++)
    if (*d > '7')
      return NULL;
  if (!ks_norm_word_before(n, v->p, squawks, N_OF(squawks)) &&
      !(ks_norm_word_before(n, v->p, links, N_OF(links)) &&
        (w = ks_norm_prev_word(n, n->prev, &we)) != NULL &&
        word_is(w, (size_t)(we - w), squawks, N_OF(squawks))))
    return NULL;
  sep(n);
  ks_num_digits(n->out, v->p, 4);
  return v->end;
}

/* "Wednesday 21: Extreme", "the forecast for Thursday 22 is": a day of
 * the month after its weekday with no month after it, "Wednesday the
 * twenty-first" (not "Saturday 3 times", a count). */
static const char *num_weekday_day(struct norm *n, const struct num *v) {
  /* (a verb, a joining word, or a preposition of place or time after it:
   * "Thursday 22 across the state", "Friday 13 at the station"; not a
   * noun, "Friday 13 people") */
  static const char *const verbs[] = {"across", "after", "and",   "at",
                                      "before", "from",  "in",    "is",
                                      "or",     "until", "was",   "will"};
  const char *end = n->end, *q = v->end;
  /* "this Friday (27)": the day in brackets after its weekday, as
   * Brazil's and Portugal's papers write it */
  /* (after a word that points to a day, "this Friday (27)", "by Monday
   * (30)", "up to Thursday (26)"; not counts, "fell from Monday (27) to
   * Tuesday (19)") */
  static const char *const pointers[] = {"last", "next", "this", "by",
                                         "until", "till", "to"};
  const char *pw, *pwe;
  bool bracket = n->prev && n->prev + n->prev_len + 2 == v->p &&
                 v->p[-1] == '(' && v->p[-2] == ' ' && q < end && *q == ')' &&
                 (pw = ks_norm_prev_word(n, n->prev, &pwe)) != NULL &&
                 word_is(pw, (size_t)(pwe - pw), pointers, N_OF(pointers)) &&
                 !(eq_ci(pw, (size_t)(pwe - pw), "to") &&
                   !(pw - n->s >= 3 && starts(pw - 3, end, "up ")));
  if (!v->ok || v->dot || v->commas || v->ndig > 2 || v->ival < 1 ||
      v->ival > 31 || !n->prev ||
      (!bracket && (n->prev + n->prev_len + 1 != v->p || v->p[-1] != ' ')) ||
      !ks_norm_prev_weekday(n) || *v->p == '0' ||
      (q + 1 < end && *q == ':' && ks_is_digit((unsigned char)q[1])))
    return NULL; /* (nor a clock: "Thursday 05:00") */
  if (!(q == end || (strchr(":,;)", *q) != NULL) ||
        (*q == '.' && skip_spaces(q + 1, end) == end) ||
        ks_norm_next_is(n, q, verbs, N_OF(verbs))))
    return NULL;
  /* (not an opening hour before another: "open Monday 9 until 5",
   * "Saturday 10 to 4 at the hall") */
  {
    const char *we2, *x;
    if (ks_norm_next_word(n, q, &we2) != NULL &&
        (x = skip_spaces(we2, end)) < end && ks_is_digit((unsigned char)*x))
      return NULL;
  }
  sep(n);
  ks_buf_puts(n->out, "the ");
  ks_num_ordinal(n->out, v->ival);
  return q;
}

/* "in the year 2200": after "year" four digits are a year, whatever
 * their value; "up from 1905 last year": before a year's comparison,
 * four digits after "from" or "than" are a count. */
static const char *num_year_word(struct norm *n, const struct num *v) {
  static const char *const year[] = {"year"};
  static const char *const from[] = {"from", "than", "to", "versus", "vs"};
  static const char *const earlier[] = {
      " last year",         " a year earlier",  " a year ago",
      " the previous year", " the year before", " in the year"};
  if (!v->ok || v->dot || v->commas || v->ndig != 4 || *v->p == '0' ||
      alnum_at(v->end, n->end))
    return NULL;
  if (ks_norm_word_before(n, v->p, year, 1) && n->prev - n->s >= 4 &&
      eq_ci(n->prev - 4, 3, "the")) { /* not "Last year 1695 people" */
    sep(n);
    ks_num_year(n->out, (unsigned)v->ival);
    return v->end;
  }
  if (ks_norm_word_before(n, v->p, from, N_OF(from)))
    for (size_t i = 0; i < N_OF(earlier); i++)
      if (starts(v->end, n->end, earlier[i])) {
        ks_norm_say_num(n, v);
        return v->end;
      }
  return NULL;
}

/* One of list's literals, each with its space, right before p, at the
 * sentence's start or after a space or a bracket ("H.R. 4521", "(R.C.
 * 2903.02)"). */
static bool literal_before(const struct norm *n, const char *p,
                           const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++) {
    size_t l = strlen(list[i]);
    if ((size_t)(p - n->s) >= l && !memcmp(p - l, list[i], l) &&
        (p - l == n->s || p[-(ptrdiff_t)l - 1] == ' ' ||
         p[-(ptrdiff_t)l - 1] == '('))
      return true;
  }
  return false;
}

/* A road's number is said in pairs of digits, as a house number is:
 * "Highway 160" is "Highway one sixty", "Interstate 405" "four oh five". */
static const char *num_road(struct norm *n, const struct num *v) {
  /* a law's section is said so too: "Section 230" */
  /* (a bus's or a tram's route too: "Bus 759" is seven fifty-nine) */
  static const char *const roads[] = {
      "Bus",      "Highway", "Hwy",     "Route",      "Rte",
      "Interstate", "Freeway", "Exit",  "Exits",      "Expressway",
      "Loop",     "Motorway", "Turnpike", "Section",  "Spur",
      "SR",       "Tram",    "bus",     "exit",       "exits",      "tram"};
  /* and a flight's number, of three or four digits: "Flight 2317" is
   * twenty-three seventeen */
  static const char *const flights[] = {"Flight", "flight"};
  static const char *const flight_nos[] = {"flight No. ", "Flight No. ",
                                           "flight no. ", "Flight no. "};
  bool paired = ks_norm_word_before(n, v->p, flights, N_OF(flights)) ||
                literal_before(n, v->p, flight_nos, N_OF(flight_nos));
  /* a room's too: "rooms 2301 to 2315" are twenty-three oh one to
   * twenty-three fifteen */
  static const char *const rooms[] = {"Rm",   "Ste",   "Suite",
                                      "incident", "log", "room",
                                      "rooms", "suite", "suites"};
  static const char *const joins[] = {"and", "or", "to"};
  paired = paired || ks_norm_word_before(n, v->p, rooms, N_OF(rooms));
  /* and the second of two roads' or exits' numbers: "exits 294B and
   * 292" (a letter may follow the first's figures) */
  bool road_join = false;
  if (!paired && ks_norm_word_before(n, v->p, joins, N_OF(joins)) &&
      n->prev - n->s >= 2 && n->prev[-1] == ' ') {
    const char *d = n->prev - 1, *rw, *rwe;
    if (d - n->s >= 2 && ks_is_upper((unsigned char)d[-1]) &&
        ks_is_digit((unsigned char)d[-2]))
      d--;
    const char *de = d;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    if (d < de && (rw = ks_norm_prev_word(n, d, &rwe)) != NULL) {
      paired = de == n->prev - 1 &&
               word_is(rw, (size_t)(rwe - rw), rooms, N_OF(rooms));
      road_join = word_is(rw, (size_t)(rwe - rw), roads, N_OF(roads));
    }
  }
  /* "PO Box 4567": a post box's number, digit by digit as a code */
  /* (so a Singapore flat's block, written "Blk": "Blk 412" is "block four
   * one two") */
  static const char *const boxes[] = {"PO Box ", "P.O. Box ", "POB ",
                                      "Post Office Box ", "Private Bag ",
                                      "Blk ", "Blk. "};
  if (v->ok && !v->dot && !v->commas && v->ndig >= 3 && v->ndig <= 6 &&
      !alnum_at(v->end, n->end) &&
      literal_before(n, v->p, boxes, N_OF(boxes))) {
    sep(n);
    ks_num_digits(n->out, v->p, (size_t)(v->end - v->p));
    return v->end;
  }
  /* a bill's number is said in pairs too: "H.R. 4521" is "H.R. forty-five
   * twenty-one", "S.B. 1070" "ten seventy" */
  /* "House Bill 2871", "Bill 124" ("AB 1482" is num_model's pairs) */
  static const char *const bills[] = {"H.R. ", "H.B. ", "S.B. ", "HR ",
                                      "HB ",   "SB ",   "S. ",   "Bill "};
  /* (not "445 U.S. 573", a report's page) */
  /* (not a heart's rate before its unit: "HR 110 bpm") */
  const char *ua;
  paired = paired ||
           (literal_before(n, v->p, bills, N_OF(bills)) &&
            !(v->end < n->end - 1 && *v->end == ' ' &&
              ks_norm_scan_unit(n->lang, v->end + 1, n->end, &ua)));
  /* "Hwy. 401": an abbreviation of the list with its stop */
  bool dotted = false;
  if (v->p - n->s >= 3 && v->p[-1] == ' ' && v->p[-2] == '.') {
    const char *w = v->p - 2;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    dotted = word_is(w, (size_t)(v->p - 2 - w), roads, N_OF(roads));
    /* "Rm. 204": a room's, with its stop, in pairs as a room's is */
    paired = paired || word_is(w, (size_t)(v->p - 2 - w), rooms, N_OF(rooms));
  }
  /* "section 6060.31", "§ 1983.5", "R.C. 2903.02(A)": a law's section
   * with a stop, as a court reads it: its figures in pairs, the rest digit
   * by digit (a nought "oh"), and its subsections in brackets said without
   * them, a letter as a letter ("twenty-nine oh three point oh two eh") */
  static const char *const sections[] = {"Section", "section"};
  static const char *const codes[] = {"R.C. ", "O.R.C. ", "ORC ", "Sec. "};
  bool coded = literal_before(n, v->p, codes, N_OF(codes));
  const char *fe;
  if (v->ok && v->dot && !v->commas && (v->ndig == 3 || v->ndig == 4) &&
      *v->p != '0' && v->ival % 100 != 0 &&
      (fe = digit_end(v->dot + 1, n->end)) - v->dot <= 4 && fe == v->end &&
      !alnum_at(v->end, n->end) &&
      (coded || ks_norm_word_before(n, v->p, sections, N_OF(sections)) ||
       (v->p - n->s >= 3 && starts(v->p - 3, n->end, "§ ")) ||
       (v->p - n->s >= 2 && starts(v->p - 2, n->end, "§")))) {
    const char *e = v->end;
    sep(n);
    if (v->ndig == 4)
      ks_num_year(n->out, (unsigned)v->ival);
    else
      ks_norm_say_pairs(n, (unsigned)v->ival);
    ks_buf_puts(n->out, " point");
    for (const char *d = v->dot + 1; d < fe; d++) {
      ks_buf_putc(n->out, ' ');
      if (*d == '0')
        ks_buf_puts(n->out, "oh");
      else
        ks_num_cardinal(n->out, (uint64_t)(*d - '0'));
    }
    while (e + 2 < n->end && *e == '(') {
      const char *c = e + 1, *ce = c;
      while (ce < n->end && ce - c < 3 && ks_is_alnum((unsigned char)*ce))
        ce++;
      if (ce == c || ce >= n->end || *ce != ')')
        break;
      ks_buf_putc(n->out, ' ');
      if (ks_is_digit((unsigned char)*c) && digit_end(c, ce) == ce) {
        ks_num_cardinal(n->out, small_val(c, ce));
      } else {
        /* a subsection's letters one by one, "(A)" as a letter, "(iii)"
         * too ("i i i"), never read as a word */
        for (const char *l = c; l < ce; l++) {
          if (l > c)
            ks_buf_putc(n->out, ' ');
          if (*l == 'A' || *l == 'a')
            say_letter_a(n);
          else
            ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*l));
        }
      }
      e = ce + 1;
    }
    return e;
  }
  /* "the 2300 block of": a street's hundreds, "twenty-three hundred" */
  if (v->ok && !v->dot && !v->commas && (v->ndig == 3 || v->ndig == 4) &&
      v->ival % 100 == 0 && starts(v->end, n->end, " block") &&
      !(v->end + 6 < n->end && ks_is_alpha((unsigned char)v->end[6]))) {
    sep(n);
    ks_num_year(n->out, (unsigned)v->ival);
    return v->end;
  }
  /* "the exit 250 staff": a count before its noun, after a word in small
   * letters */
  static const char *const small_roads[] = {"bus", "exit", "exits", "tram"};
  if (!paired && ks_norm_word_before(n, v->p, small_roads, N_OF(small_roads)) &&
      ks_is_lower((unsigned char)*n->prev) && ks_norm_noun_after(n, v->end))
    return NULL;
  if (!v->ok || v->dot || v->commas || v->ndig < 3 ||
      v->ndig > (paired ? 4 : 3) || *v->p == '0' ||
      (!paired && v->ival % 100 == 0) ||
      (!paired && !dotted && !road_join &&
       !ks_norm_word_before(n, v->p, roads, N_OF(roads))) ||
      (v->end < n->end &&
       (ks_is_alnum((unsigned char)*v->end) || *v->end == '(')))
    return NULL;
  sep(n);
  if (v->ndig == 4)
    ks_num_year(n->out, (unsigned)v->ival);
  else if (v->ival % 100 == 0)
    ks_num_cardinal_plain(n->out, v->ival);
  else
    ks_norm_say_pairs(n, (unsigned)v->ival);
  return v->end;
}

/* "975 F.3d 1244", "N.E.2d": a law report's series, its ordinal glued to
 * the report's abbreviation with "d" ("F third"), as lawyers say it. */
static const char *num_reporter_series(struct norm *n, const struct num *v) {
  const char *p = v->p, *e = v->end;
  if (!v->ok || v->dot || v->ndig != 1 || (v->ival != 2 && v->ival != 3) ||
      p - n->s < 2 || p[-1] != '.' || !ks_is_upper((unsigned char)p[-2]) ||
      e >= n->end || *e != 'd' || alnum_at(e + 1, n->end))
    return NULL;
  say(n, v->ival == 2 ? "second" : "third");
  return e + 1;
}

/* "H1 2025 (HK$m): (315), Change: n/m": an accounts table's loss, a
 * cell's figures alone in brackets after its column's label, said with
 * "minus" (a row of labelled cells, "Label: value, Label: value"). */
static const char *num_cell_negative(struct norm *n, const struct num *v) {
  const char *end = n->end, *p = v->p, *e = v->end;
  int cells = 0;
  if (!e || !v->ok || p - n->s < 3 || p[-1] != '(' || p[-2] != ' ' ||
      p[-3] != ':' || e >= end || *e != ')' || !(e + 1 == end || e[1] == ',') ||
      n->out->len <= n->base || n->out->ptr[n->out->len - 1] != '(')
    return NULL;
  for (const char *c = n->s; c + 1 < end; c++)
    cells += c[0] == ':' && c[1] == ' ';
  /* (in accounts: money's sign or a word of them in the row, not "Seed:
   * (4)") */
  static const char *const accounts[] = {"Change",  "EBIT", "EBITDA",
                                         "Income",  "Loss", "Profit",
                                         "Revenue", "Sales"};
  bool money = ks_norm_sentence_has(n, accounts, N_OF(accounts));
  for (const char *c = n->s; c < end && !money; c++)
    money = *c == '$' || starts(c, end, "£") || starts(c, end, "€") ||
            starts(c, end, "¥");
  if (cells < 2 || !money)
    return NULL;
  ks_buf_truncate(n->out, n->out->len - 1);
  say(n, "minus");
  ks_buf_putc(n->out, ' ');
  ks_norm_say_num(n, v);
  return e + 1;
}

/* A sensitivity as photographers say it: "sixty-four hundred", "twelve
 * thousand eight hundred". */
static void iso_value(struct ks_buf *out, uint64_t value) {
  if (value >= 1100 && value < 10000 && value % 1000 != 0) {
    ks_num_cardinal(out, value / 100);
    ks_buf_puts(out, " hundred");
  } else
    ks_num_cardinal(out, value);
}

/* "ISO 12800", "ISO 100-51200": a camera's sensitivity after "ISO", a
 * number (and a range's "to"), not a code read digit by digit; a value of
 * the cameras' series only (iso_stop: not "ISO 22000"), and not in a
 * sentence about a standard. */
static bool iso_stop(uint64_t v) {
  /* a camera's sensitivities: the third-stop series from 50 to 409600 */
  static const unsigned stops[] = {
      50,    64,    80,    100,   125,   160,   200,    250,    320,
      400,   500,   640,   800,   1000,  1250,  1600,   2000,   2500,
      3200,  4000,  5000,  6400,  8000,  10000, 12800,  16000,  20000,
      25600, 32000, 40000, 51200, 64000, 80000, 102400, 204800, 409600};
  for (size_t i = 0; i < N_OF(stops); i++)
    if (stops[i] == v)
      return true;
  return false;
}

static const char *num_iso(struct norm *n, const struct num *v) {
  static const char *const iso[] = {"ISO"};
  static const char *const standards[] = {
      "accredited", "accreditation", "certification", "certified",
      "compliance", "compliant",     "standard",      "standards"};
  const char *end = n->end, *e = v->end, *d = NULL;
  struct num w;
  if (!e || !v->ok || v->dot || v->commas || !iso_stop(v->ival) ||
      v->ndig < 3 || v->ndig > 6 ||
      !ks_norm_word_before(n, v->p, iso, N_OF(iso)) ||
      ks_norm_sentence_has(n, standards, N_OF(standards)))
    return NULL;
  if (e < end - 1 && *e == '-' && ks_is_digit((unsigned char)e[1]) &&
      ks_norm_scan_num(e + 1, end, &w) && w.ok && !w.dot && !w.commas &&
      w.ival > v->ival && iso_stop(w.ival) && w.ndig <= 6)
    d = w.end;
  if (alnum_at(d ? d : e, end))
    return NULL;
  sep(n);
  iso_value(n->out, v->ival);
  if (!d)
    return e;
  ks_buf_puts(n->out, " to ");
  iso_value(n->out, w.ival);
  return d;
}

/* "Room 3.04", "Rm 2.15": a room's number, its floor and its room on
 * that floor, said as two numbers ("three oh four"), as a building's
 * signs are read. */
/* (a room's name, capitalised: not "Living room 5.20 x 3.40m", nor
 * one before a unit or a times sign, a size) */
static const char *num_room(struct norm *n, const struct num *v) {
  static const char *const rooms[] = {"Rm", "Room"};
  const char *end = n->end, *e = v->end, *u;
  if (!e || !v->ok || !v->dot || v->commas || v->ndig > 2 ||
      starts(e, end, " x ") || starts(e, end, " \xC3\x97") ||
      starts(e, end, "\xC3\x97") ||
      (e < end - 1 && *e == ' ' && ks_norm_scan_unit(n->lang, e + 1, end, &u)) ||
      e - v->dot != 3 || (v->dot[1] == '0' && v->dot[2] == '0') ||
      alnum_at(e, end) ||
      (e < end - 1 && *e == '.' && ks_is_digit((unsigned char)e[1])) ||
      !ks_norm_word_before(n, v->p, rooms, N_OF(rooms)) || *n->prev != 'R')
    return NULL;
  sep(n);
  ks_num_cardinal_plain(n->out, v->ival);
  ks_buf_putc(n->out, ' ');
  if (v->dot[1] == '0') {
    ks_buf_puts(n->out, "oh ");
    ks_num_cardinal_plain(n->out, (unsigned)(v->dot[2] - '0'));
  } else {
    ks_num_cardinal_plain(n->out, (unsigned)((v->dot[1] - '0') * 10 +
                                             (v->dot[2] - '0')));
  }
  return e;
}

/* "runway 27L": a runway's number digit by digit, its side in words
 * ("two seven left"), as pilots and controllers say it. */
static const char *num_runway(struct norm *n, const struct num *v) {
  static const char *const runway[] = {"runway", "RWY"};
  const char *end = n->end, *e = v->end;
  if (!e || !v->ok || v->dot || v->commas || v->ndig > 2 ||
      !ks_norm_word_before(n, v->p, runway, N_OF(runway)))
    return NULL;
  if (e < end && (*e == 'L' || *e == 'R' || *e == 'C') &&
      !alnum_at(e + 1, end)) {
    sep(n);
    ks_num_digits(n->out, v->p, (size_t)v->ndig);
    ks_buf_puts(n->out, *e == 'L' ? " left" : *e == 'R' ? " right" : " center");
    return e + 1;
  }
  /* without its side, only where the phrase ends ("runway 9."; not
   * "circled the runway 12 times") */
  if (alnum_at(e, end) ||
      !(e == end || *e == ',' || *e == '.' || *e == ';' || *e == ')'))
    return NULL;
  sep(n);
  ks_num_digits(n->out, v->p, (size_t)v->ndig);
  return e;
}

/* The last digits of a card or an account: "ending in 8876". */
static const char *num_ending(struct norm *n, const struct num *v) {
  static const char *const digit_things[] = {
      "account", "card",  "cards", "code",   "digits",
      "number",  "phone", "plate", "serial", "ticket"};
  const struct ks_lang *l = n->lang;
  if (!v->ok || v->dot || v->commas || v->ndig < 2 || v->ndig > 6)
    return NULL;
  for (size_t i = 0; i < l->n_digits_after; i++) {
    size_t k = strlen(l->digits_after[i]);
    if ((size_t)(v->p - n->s) >= k + 1 && v->p[-1] == ' ' &&
        prefix_ci(v->p - 1 - k, l->digits_after[i], k) &&
        (v->p - 1 - k == n->s ||
         !ks_is_alpha((unsigned char)*(v->p - 2 - k)))) {
      /* "ext. 12" is extension twelve; longer ones digit by digit */
      if (v->ndig <= 2 && prefix_ci(l->digits_after[i], "ext", 3))
        return NULL;
      /* "support ends in 2025": a year where what ends has no digits to
       * end ("the card ending in 2025", the noun right before "ending") */
      const char *sw, *swe;
      if (v->ndig == 4 && v->ival >= 1900 && v->ival <= 2099 &&
          prefix_ci(l->digits_after[i], "end", 3) &&
          !((sw = ks_norm_prev_word(n, v->p - 1 - k, &swe)) != NULL &&
            word_is(sw, (size_t)(swe - sw), digit_things, N_OF(digit_things))))
        return NULL;
      /* a telephone's extension as a phone number is said, zero "oh":
       * "ext. 204", "two oh four" */
      if (k <= 4 && prefix_ci(l->digits_after[i], "ext", 3))
        return say_figures(n, v);
      sep(n);
      ks_num_digits(n->out, v->p, v->ndig);
      return v->end;
    }
  }
  return NULL;
}

/* "3Q results", "the 2Q 2024 figures": a quarter written figure first,
 * as some business papers write it, before what it counts or a year:
 * "third-quarter results". */
static const char *num_quarter(struct norm *n, const struct num *v) {
  static const char *const things[] = {
      "deliveries", "earnings", "figures", "growth",  "loss",    "losses",
      "output",     "profit",   "profits", "results", "revenue", "sales"};
  const char *q = v->end;
  if (!v->ok || v->dot || v->ndig != 1 || v->ival < 1 || v->ival > 4 ||
      q >= n->end || *q != 'Q' || alnum_at(q + 1, n->end) ||
      (v->p > n->s && ks_is_alnum((unsigned char)v->p[-1])) ||
      !(ks_norm_next_is(n, q + 1, things, N_OF(things)) ||
        (q + 6 <= n->end && q[1] == ' ' && ks_is_digit((unsigned char)q[2]) &&
         digit_end(q + 2, n->end) == q + 6)))
    return NULL;
  sep(n);
  ks_num_ordinal(n->out, v->ival);
  ks_buf_puts(n->out, "-quarter");
  return q + 1;
}

/* "shot 28-of-58 from the field", "9-for-22": made of tried, said "of"
 * and "for" without the hyphens' run-together words. */
static const char *num_of_tries(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end;
  size_t k;
  if (!v->ok || !q || v->dot || v->commas)
    return NULL;
  k = starts(q, end, "-of-") ? 4 : starts(q, end, "-for-") ? 5 : 0;
  if (!k || q + k >= end || !ks_is_digit((unsigned char)q[k]))
    return NULL;
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, k == 4 ? " of" : " for");
  return q + k;
}

/* "a 360-degree view", "a 180-degree turn", "did a 360": a full or a
 * half turn is said in pairs, "three-sixty" (not a measured angle:
 * "rotated 180 degrees", nor an oven's heat: "a 180-degree oven"). */
static const char *num_turn(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end;
  static const char *const a[] = {"a", "full"};
  static const char *const heat[] = {"bake",    "baked", "baking",
                                     "Celsius", "cook",  "Fahrenheit",
                                     "heat",    "oven",  "roast"};
  if (!v->ok || !q || v->dot || v->commas || v->ndig != 3 ||
      (v->ival != 360 && v->ival != 180) ||
      (v->p > n->s && v->p[-1] != ' ' && v->p[-1] != '(') ||
      ks_norm_sentence_has(n, heat, N_OF(heat)))
    return NULL;
  if (!(starts(q, end, "-degree") && !alnum_at(q + 7, end)) &&
      !(ks_norm_word_before(n, v->p, a, N_OF(a)) &&
        (q == end || strchr(".,;:!?)", *q))))
    return NULL;
  say(n, v->ival == 360 ? "three-sixty" : "one-eighty");
  return q;
}

/* One of the three-digit numbers in list stands whole in the sentence
 * before e: "dial 000, not 911". */
static bool number_before(const struct norm *n, const char *e,
                          const char *const *list, size_t count) {
  for (const char *c = n->s; c + 3 <= e; c++)
    if ((c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
        word_is(c, 3, list, count) && !alnum_at(c + 3, n->end))
      return true;
  return false;
}

/* Emergency numbers ("call 911", "999 operators") digit by digit. */
static const char *num_emergency(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *w, *we;
  const struct ks_lang *l = n->lang;
  bool before, after;
  if (!v->ok || !q || v->dot || v->commas || v->ndig != 3)
    return NULL;
  before =
      n->prev && n->prev + n->prev_len + 1 == v->p &&
      word_is(n->prev, n->prev_len, l->emergency_before, l->n_emergency_before);
  w = q < end && *q == ' ' ? q + 1 : q;
  we = alpha_end(w, end);
  after = w > q && word_is(w, (size_t)(we - w), l->emergency_after,
                           l->n_emergency_after);
  /* "the US adopted 911 in 1968" in a sentence about emergencies, "call
   * police on 101": the numbers everyone knows, not a count */
  static const char *const known[] = {"000", "101", "111", "112", "911", "999"};
  /* the services' lines, said digit by digit only after a word of
   * calling or as the second of two after "or" */
  static const char *const lines[] = {"211", "311", "411", "811", "988"};
  static const char *const emergency[] = {"emergency"};
  static const char *const on[] = {"on", "via"};
  /* (or after "not", "but", "than", a word of calling and another such
   * number before them: "dial 000, not 911 as in American films"; not
   * "900 members, not 911 as reported, so call us", "phone sales ...
   * more than 911") */
  static const char *const contrasts[] = {"but", "not", "than"};
  /* "report anything suspicious on 101": a report to the police */
  static const char *const reports[] = {"police", "report", "reporting"};
  bool in_number = v->p - n->s >= 2 && v->p[-1] == ' ' &&
                   ks_is_digit((unsigned char)v->p[-2]); /* "1800 333 000" */
  /* "ECU 911", "SAMU 192": a service named by its capitals and its
   * number */
  static const char *const calls[] = {"call", "calls", "dial", "emergency",
                                      "hotline", "line", "service"};
  if (!before && n->prev && n->prev + n->prev_len + 1 == v->p &&
      n->prev_len >= 2 && n->prev_len <= 4 && word_is(v->p, 3, known, N_OF(known)) &&
      !alnum_at(q, end) && ks_norm_sentence_has(n, calls, N_OF(calls))) {
    bool caps = true;
    for (size_t i = 0; i < n->prev_len && caps; i++)
      caps = ks_is_upper((unsigned char)n->prev[i]);
    before = caps;
  }
  const char *pw, *pwe;
  /* "call 999 or 112", "call 911 or 211": the second of two such numbers
   * after "or", the first read so after a word of calling */
  if (!before && v->p - n->s >= 7 && starts(v->p - 4, end, " or ") &&
      (word_is(v->p - 7, 3, known, N_OF(known)) ||
       word_is(v->p - 7, 3, lines, N_OF(lines))) &&
      (v->p - 7 == n->s || !ks_is_alnum((unsigned char)v->p[-8])) &&
      (pw = ks_norm_prev_word(n, v->p - 7, &pwe)) != NULL &&
      word_is(pw, (size_t)(pwe - pw), l->emergency_before,
              l->n_emergency_before) &&
      (word_is(v->p, 3, known, N_OF(known)) ||
       word_is(v->p, 3, lines, N_OF(lines))) &&
      !ks_norm_noun_after(n, q))
    before = true;
  /* "replaced by the three-digit number 988": a service's line after
   * "number", "helpline" or "hotline" ("Room number 112" is a room's) */
  /* (or "at" or "on" after it: "the city hotline at 311") */
  /* (an emergency's number too after "at" or "on": "the police central
   * number at 911"; "Room number 112" is a room's) */
  static const char *const numbers[] = {"helpline", "hotline", "number"};
  static const char *const at_on[] = {"at", "on"};
  bool known3 = word_is(v->p, 3, known, N_OF(known));
  /* (the emergency's number in a sentence about calling: not a count,
   * "put the number at 911, up from 874") */
  if (!before &&
      (word_is(v->p, 3, lines, N_OF(lines)) ||
       (known3 &&
        ks_norm_sentence_has(n, l->emergency_before, l->n_emergency_before))) &&
      !alnum_at(q, end) &&
      ((!known3 && ks_norm_word_before(n, v->p, numbers, N_OF(numbers))) ||
       (ks_norm_word_before(n, v->p, at_on, N_OF(at_on)) &&
        (pw = ks_norm_prev_word(n, n->prev, &pwe)) != NULL &&
        word_is(pw, (size_t)(pwe - pw), numbers, N_OF(numbers)))))
    before = true;
  if (!before && !after && !in_number && !alnum_at(q, end) &&
      !ks_norm_noun_after(n, q) && word_is(v->p, 3, known, N_OF(known)) &&
      ((ks_norm_word_before(n, v->p, on, N_OF(on)) &&
        (ks_norm_sentence_has(n, l->emergency_before, l->n_emergency_before) ||
         ks_norm_sentence_has(n, reports, N_OF(reports)))) ||
       (ks_norm_word_before(n, v->p, contrasts, N_OF(contrasts)) &&
        ks_norm_sentence_has(n, l->emergency_before, l->n_emergency_before) &&
        number_before(n, v->p - 4, known, N_OF(known))) ||
       (ks_norm_sentence_has(n, emergency, 1) &&
        !(q < end - 4 && starts(q, end, " were")))))
    before = true;
  /* "all 911 recordings", "the 999 caller": what an emergency call
   * leaves, after the two numbers no count is ("112 callers" may be) */
  static const char *const records[] = {"caller",     "callers",    "recording",
                                        "recordings", "tape",       "tapes",
                                        "transcript", "transcripts"};
  if (!after && (!memcmp(v->p, "911", 3) || !memcmp(v->p, "999", 3)) &&
      ks_norm_next_is(n, q, records, N_OF(records)))
    after = true;
  /* (a number no service has, before a word any count may have: "146
   * operators had applied for licences" is a count) */
  static const char *const weak_after[] = {"center",   "centers",
                                           "centre",   "centres",
                                           "operator", "operators"};
  if (after && !word_is(v->p, 3, known, N_OF(known)) &&
      !word_is(v->p, 3, lines, N_OF(lines)) &&
      ks_norm_next_is(n, q, weak_after, N_OF(weak_after)))
    after = false;
  /* "call 111 first", "call 111 rather than": an adverb, no noun the
   * number describes */
  static const char *const first[] = {"first",   "free",   "immediately",
                                      "instead", "now",    "rather",
                                      "straight", "urgently"};
  if (!(after ||
        (before &&
         (!ks_norm_noun_after(n, q) ||
          ks_norm_next_is(n, q, first, N_OF(first))) &&
         !(q < end && ks_is_alnum((unsigned char)*q)))))
    return NULL;
  if (!(v->p[0] == v->p[1] && v->p[1] == v->p[2]) && v->p[0] != '1' &&
      v->p[2] != '1' && strncmp(v->p, "988", 3) != 0)
    return NULL;
  sep(n);
  if (!memcmp(v->p, "000", 3)) {
    ks_buf_puts(n->out, "triple zero"); /* Australia's, as it is said */
  } else if (v->p[0] != '0' && v->p[1] == '0' && v->p[2] != '0') {
    ks_num_digits(n->out, v->p, 1); /* Britain's 101, "one oh one" */
    ks_buf_puts(n->out, " oh ");
    ks_num_digits(n->out, v->p + 2, 1);
  } else {
    ks_num_digits(n->out, v->p, 3);
  }
  return q;
}

/* After a team's score at q, its rival's: ", Indiana 89", ", New York 102"
 * (a box score's "Utah 111, Indiana 89"). */
static bool score_pair(const char *q, const char *end) {
  const char *w = q + 1;
  int words = 0;
  if (q >= end - 3 || *q != ',' || q[1] != ' ')
    return false;
  while (w < end - 1 && *w == ' ' && ks_is_upper((unsigned char)w[1]) &&
         words < 3) {
    w = alpha_end(w + 1, end);
    words++;
  }
  return words > 0 && w < end - 1 && *w == ' ' &&
         ks_is_digit((unsigned char)w[1]) && digit_end(w + 1, end) - w <= 4 &&
         !alnum_at(digit_end(w + 1, end), end);
}

/* Before a team's score at p, its rival's and the team's name: "Utah
 * 111, Indiana 89", "Denver 124, Golden State 120" (p at the second). */
static bool score_after_pair(const struct norm *n, const char *p) {
  const char *b = p;
  int words = 0;
  while (words < 3 && b - n->s >= 3 && b[-1] == ' ' &&
         ks_is_alpha((unsigned char)b[-2])) {
    b--;
    while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
      b--;
    if (!ks_is_upper((unsigned char)*b))
      return false;
    words++;
  }
  return words > 0 && b - n->s >= 3 && b[-1] == ' ' && b[-2] == ',' &&
         ks_is_digit((unsigned char)b[-3]);
}

/* A tyre's size, "265/35 ZR20", "245/40R19": its width in pairs of
 * digits, its profile, the letters of its build and its rim's inches
 * ("two sixty-five thirty-five Z R twenty"), not a fraction. */
static const char *num_tyre(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *r, *e;
  if (!v->ok || v->dot || v->commas || v->ndig != 3 || q >= end - 5 ||
      *q != '/' || !ks_is_digit((unsigned char)q[1]) ||
      !ks_is_digit((unsigned char)q[2]) || ks_is_digit((unsigned char)q[3]))
    return NULL;
  r = q + 3;
  if (*r == ' ')
    r++;
  const char *letters = r;
  while (r < end && (*r == 'Z' || *r == 'R') && r - letters < 2)
    r++;
  if (r == letters || r[-1] != 'R' || r >= end - 1 ||
      !ks_is_digit((unsigned char)*r) || !ks_is_digit((unsigned char)r[1]))
    return NULL;
  e = r + 2;
  if (alnum_at(e, end))
    return NULL;
  sep(n);
  ks_norm_say_pairs(n, (unsigned)v->ival);
  ks_buf_putc(n->out, ' ');
  ks_num_cardinal(n->out, (uint64_t)((q[1] - '0') * 10 + (q[2] - '0')));
  for (const char *c = letters; c < r; c++) {
    ks_buf_putc(n->out, ' ');
    ks_buf_putc(n->out, *c);
  }
  ks_buf_putc(n->out, ' ');
  ks_num_cardinal(n->out, (uint64_t)((r[0] - '0') * 10 + (r[1] - '0')));
  return e;
}

/* "Core Ultra 7 258V": a single digit, a series', between a name and
 * the number at p. */
static bool series_digit_before(const struct norm *n, const char *p) {
  const char *w;
  if (p - n->s < 5 || p[-1] != ' ' || !ks_is_digit((unsigned char)p[-2]) ||
      p[-3] != ' ')
    return false;
  w = p - 3;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--;
  return w < p - 3 && w > n->s && ks_is_upper((unsigned char)*w) &&
         ks_is_lower((unsigned char)p[-4]);
}

/* Model numbers: "RTX 4070", "Boeing 787 Dreamliner", "787-9", "9300H",
 * "1080p". A dash after one joins parts of a name, not a range. */
/* A size's times sign and its next figure after q: " × 150", " x 60",
 * "×25" (a screen's "1920×1080" is num_screen's). */
static bool dims_after(const char *q, const char *end) {
  if (starts(q, end, " \xC3\x97 ") || starts(q, end, " x "))
    q += q[1] == 'x' ? 3 : 4;
  else if (starts(q, end, "\xC3\x97"))
    q += 2;
  else
    return false;
  return q < end && ks_is_digit((unsigned char)*q);
}

static const char *num_model(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *after;
  int before;
  bool model = false;
  if (q && v->ndig == 3 && dims_after(q, end))
    return NULL; /* "a 120 × 60 cm table": a size ("1440 x 3168" a screen's) */
  /* (not before a law's label: "A 401(k) is", num_section's) */
  if (!v->ok || !q || v->dot || v->commas || v->ndig < 3 || v->ndig > 4 ||
      *v->p == '0' || (q < end && *q == '%') || after_era(n, v->p) ||
      label_len(q, end))
    return NULL;
  /* what volts and watts are the size of: "a Model 3 350V battery pack" */
  static const char *const powered[] = {
      "architecture", "battery", "bus",      "cell", "cells",  "charger",
      "motor",        "pack",    "platform", "rail", "supply", "system"};
  if (q < end && ks_is_alpha((unsigned char)*q)) {
    const char *ae = alpha_end(q, end);
    bool caps = true;
    for (const char *c = q; c < ae; c++)
      caps = caps && ks_is_upper((unsigned char)*c);
    if (ae - q == 1 && (*q == 'p' || *q == 'i') && resolution(v->ival))
      model = true; /* "1080p"; "348p" is pence */
    else if (caps && !ks_norm_scan_unit(n->lang, q, end, &after) &&
             !thousands_k(v, q, end) && !audience_k(n, v, q))
      model = true; /* "9300H", "1900R" */
    /* "Core Ultra 7 258V", "Intel Arc 140V", "the CX-9400L": a unit's
     * capital glued to three digits or four after a name (inside the
     * sentence), after a series' digit, or after a code in capitals
     * and its hyphen, is a model's letter (not "a 240V supply", "the UK
     * 230V mains"; after a name not round hundreds, a system's volts:
     * "Ioniq 5 800V platform") */
    else if (caps && ae - q == 1 && !alnum_at(ae, end) && v->p > n->s &&
             (v->p[-1] == '-'
                  ? model_word_before(n, v->p) == 2
                  : v->ival % 100 != 0 &&
                        !ks_norm_next_is(n, ae, powered, N_OF(powered)) &&
                        (model_word_before(n, v->p) == 1 ||
                         series_digit_before(n, v->p))))
      model = true;
  } else if (q < end - 1 && *q == '-' && ks_is_digit((unsigned char)q[1])) {
    static const char *const jet_dets[] = {"a",   "an",    "its", "our",
                                           "the", "their", "two"};
    /* "787-9": a shorter, smaller number after a dash is a variant */
    const char *e = digit_end(q + 1, end);
    struct num w;
    /* after a maker whose models are numbers, any variant: "Boeing
     * 747-400" */
    bool maker = ks_norm_word_before(n, v->p, makers, N_OF(makers));
    if (ks_norm_scan_num(q + 1, end, &w) && w.ok && !w.dot && v->ndig == 3 &&
        ((w.ndig < v->ndig && w.ival < v->ival &&
          (w.ndig == 1 || model_word_before(n, v->p) == 2) &&
          w.ival > 0) || /* "Score: 112-0" a frame's points, no variant */
         (maker && w.ndig <= 4) ||
         /* "The 747-400 entered service": a seven, a figure and a seven,
          * as Boeing names its airliners, and a variant of round
          * hundreds, without the maker's name */
         (v->ival / 100 == 7 && v->ival % 10 == 7 && w.ndig == 3 &&
          w.ival % 100 == 0 &&
          ks_norm_word_before(n, v->p, jet_dets, N_OF(jet_dets)))) &&
        !(e < end && ks_is_alpha((unsigned char)*e) &&
          !(*e == 's' && !(e + 1 < end && ks_is_alnum((unsigned char)e[1])))) &&
        !ks_norm_about_cricket(n)) /* "were 287-6": runs for wickets */
      model = true; /* not "109-90", a score; "787-9s" the plural */
  }
  /* "the 737 Max": a variant's name after three digits makes them a
   * model's, whatever comes before */
  if (!model && v->ndig == 3 &&
      (starts(q, end, " Max") || starts(q, end, " MAX")) &&
      !(q + 4 < end && ks_is_alpha((unsigned char)q[4])))
    model = true;
  /* "the Xbox 360s", "XBox 360": three digits after a maker whose models
   * are numbers, a plural "s" too */
  bool plural = q < end && *q == 's' && !alnum_at(q + 1, end);
  if (!model && v->ndig == 3 && (!alnum_at(q, end) || plural) &&
      ks_norm_word_before(n, v->p, makers, N_OF(makers)))
    model = true;
  /* "flies the Airbus A380 and the 787 Dreamliner", "Porsche recalled the
   * 911 GT3": three digits, not a round number, after "the" and before a
   * capitalised name of the model, in a sentence that names its maker */
  static const char *const variants[] = {"Carrera", "Dreamliner", "MAX",
                                         "Max",     "neo",        "Turbo"};
  if (!model && v->ndig == 3 && v->ival % 10 != 0 && q < end - 2 && *q == ' ' &&
      ks_is_upper((unsigned char)q[1]) && n->prev &&
      n->prev + n->prev_len + 1 == v->p && eq_ci(n->prev, n->prev_len, "the") &&
      ks_norm_sentence_has(n, makers, N_OF(makers))) {
    /* the model's own name after it, or a code with a figure ("GT3") */
    const char *me = q + 1;
    while (me < end && ks_is_alnum((unsigned char)*me))
      me++;
    bool code = false;
    for (const char *c = q + 1; c < me && !code; c++)
      code = ks_is_digit((unsigned char)*c);
    model =
        code || word_is(q + 1, (size_t)(me - q - 1), variants, N_OF(variants));
  }
  /* "more Airbus A350s", "three RTX 4090s": a model's number glued to a
   * capital, or three digits not a round number after a count or "the"
   * ("delivered 40 737s"; "in 145s" is seconds), in the plural */
  static const char *const fleet[] = {"eight", "five",  "four", "more",
                                      "nine",  "seven", "six",  "the",
                                      "their", "three", "two"};
  if (!model && plural && v->ndig == 3 &&
      ((v->p > n->s && ks_is_upper((unsigned char)v->p[-1]) &&
        !(v->p - n->s >= 2 && ks_is_alpha((unsigned char)v->p[-2]))) ||
       (v->ival % 10 != 0 && v->p - n->s >= 2 && v->p[-1] == ' ' &&
        (ks_is_digit((unsigned char)v->p[-2]) ||
         ks_norm_word_before(n, v->p, fleet, N_OF(fleet))))))
    model = true;
  /* "delivered 44 of its 737 jets": a seven, a figure and a seven, as
   * Boeing names its airliners, before a plural of aircraft in a
   * sentence that names a maker (not "has 125 jets") */
  static const char *const planes[] = {"airliners", "freighters", "jetliners",
                                       "jets",      "planes",     "widebodies"};
  static const char *const owners[] = {"its", "the", "their"};
  if (!model && v->ndig == 3 && v->ival / 100 == 7 && v->ival % 10 == 7 &&
      ks_norm_next_is(n, q, planes, N_OF(planes)) &&
      ks_norm_word_before(n, v->p, owners, N_OF(owners)) &&
      ks_norm_sentence_has(n, makers, N_OF(makers)))
    model = true; /* (after its owner: "Airbus delivered 767 jets") */
  /* "The Boeing 747 was followed by the 767 and 777": after "the", or
   * joined to another, a seven, a figure and a seven in a sentence that
   * names Boeing is its airliner */
  static const char *const boeing[] = {"Boeing"};
  /* (or a sentence about flying: "the masks dropped on the 737") */
  static const char *const flying[] = {
      "aircraft", "airline", "airliner", "airport", "cockpit", "crew",
      "flight",   "pilot",   "pilots",   "plane",   "runway"};
  /* (after "a" too, "can take an A320 or a 737", and in the plural, "the
   * airline flies 787s") */
  static const char *const ones[] = {"a", "its", "the", "their"};
  static const char *const joins[] = {"and", "or"};
  /* (joined, the first a seven, a figure and a seven after "the" or the
   * maker itself: "the 767 and 777", not "1,777 and 787"; not a count of
   * people or jobs after it: "the 727 jobs") */
  static const char *const firsts[] = {"Boeing", "its", "the", "their"};
  const char *jw = n->prev, *fw, *fwe;
  bool joined = ks_norm_word_before(n, v->p, joins, N_OF(joins)) && jw &&
                jw - n->s >= 5 && jw[-1] == ' ' && jw[-4] == '7' &&
                ks_is_digit((unsigned char)jw[-3]) && jw[-2] == '7' &&
                (jw - 5 == n->s || jw[-5] == ' ') &&
                (fw = ks_norm_prev_word(n, jw - 4, &fwe)) != NULL &&
                word_is(fw, (size_t)(fwe - fw), firsts, N_OF(firsts));
  static const char *const headcounts[] = {
      "flights", "jobs",  "passengers", "people",     "routes",
      "seats",   "staff", "tickets",    "travellers", "travelers",
      "workers"};
  if (!model && v->ndig == 3 && v->ival / 100 == 7 && v->ival % 10 == 7 &&
      (!alnum_at(q, end) || plural) &&
      (ks_norm_word_before(n, v->p, ones, N_OF(ones)) || joined || plural) &&
      /* (not a count's compound or its noun: "a 737-page report", "a
       * 737 percent rise") */
      !(q < end - 1 && *q == '-' && ks_is_lower((unsigned char)q[1])) &&
      !(n->prev && eq_ci(n->prev, n->prev_len, "a") &&
        ks_norm_noun_after(n, q)) &&
      !ks_norm_next_is(n, q, headcounts, N_OF(headcounts)) &&
      (ks_norm_find_exact(n, n->s, boeing, N_OF(boeing)) ||
       ks_norm_sentence_has(n, flying, N_OF(flying))))
    model = true;
  /* "the Intel 8086", "model 5150": four digits after a maker whose
   * models are numbers, or after "model", in pairs */
  /* (and a tax form's, "Form 8606", eighty-six oh six; a phone maker's,
   * "the Nokia 3310") */
  static const char *const model_words[] = {"Form", "Intel", "Nokia", "model"};
  if (!model && v->ndig == 4 && !alnum_at(q, end) && !(q < end && *q == '-') &&
      ks_norm_word_before(n, v->p, model_words, N_OF(model_words)))
    model = true;
  /* "the Ram 2500 pickup", "a Sierra 1500 truck": a vehicle's round
   * hundreds after its name, said as hundreds ("twenty-five hundred") */
  static const char *const vehicles[] = {
      "chassis", "diesel", "HD",    "model",  "models", "pickup",
      "pickups", "series", "truck", "trucks", "van",    "vans"};
  if (!model && v->ndig == 4 && v->ival % 100 == 0 && v->ival / 100 != 20 &&
      !alnum_at(q, end) && v->p - n->s >= 2 && v->p[-1] == ' ' && n->prev &&
      n->prev + n->prev_len + 1 == v->p && n->prev != n->s &&
      ks_is_upper((unsigned char)*n->prev) &&
      ks_norm_next_is(n, q, vehicles, N_OF(vehicles))) {
    sep(n);
    ks_num_year(n->out, (unsigned)v->ival);
    n->num_model = true;
    return q;
  }
  before = model ? 0 : model_word_before(n, v->p);
  if (before) {
    const char *nx = skip_spaces(q, end), *word;
    bool unit = ks_norm_scan_unit(n->lang, nx, end, &after) != NULL;
    word = nx;
    if (unit ||
        (nx < end - 1 && *nx == '-' && !ks_is_digit((unsigned char)nx[1])))
      return NULL;
    /* "a Record 310 Billion Tons": a scale word, in a headline's capitals
     * too, makes it an amount */
    size_t wl = (size_t)(alpha_end(word, end) - word);
    bool scale = nx > q && nx < end &&
                 (eq_ci(word, wl, "million") || eq_ci(word, wl, "billion") ||
                  eq_ci(word, wl, "thousand") || eq_ci(word, wl, "trillion"));
    if (scale && (before == 1 || ks_is_lower((unsigned char)*word)))
      return NULL;
    /* "(CIPA 520 shots)", "the UN's 250 troops": after capitals, a
     * count of people or things before their plural */
    /* (people counted and a camera's shots; not what a model or a
     * service has: "the BMW 320 seats", "NHS 111 staff") */
    static const char *const counts[] = {"cases",    "deaths", "employees",
                                         "patients", "shots",  "troops",
                                         "students", "votes",  "workers"};
    if (before == 2)
      model = !(nx > q && ks_norm_next_is(n, q, counts, N_OF(counts)));
    else /* after a name, only a name or the end follows: "Boeing 787 Max";
          * after a maker whose models are numbers, anything: "a Boeing 747
          * landed" */
      model =
          v->ndig == 3 && !score_after_pair(n, v->p) &&
          (nx == end || (nx > q && ks_is_upper((unsigned char)*nx)) ||
           (nx > q && ks_norm_word_before(n, v->p, makers, N_OF(makers))) ||
           (nx == q && ((*q == '-' && /* not a score: "Celtics 112-108" */
                         !(q + 1 < end && ks_is_digit((unsigned char)q[1]))) ||
                        (*q == ',' && !score_pair(q, end)) || *q == '.' ||
                        *q == ';' || *q == ')')));
  }
  if (!model)
    return NULL;
  say_model(n, v);
  n->num_model = true;
  if (plural && v->ndig == 3 && n->out->len > n->base) {
    plural_of_last(n); /* "three sixties", "seven forty-sevens" */
    return q + 1;
  }
  return q;
}

/* The sentence has a day at the plate: "went 3-for-4". */
static bool went_for(const struct norm *n) {
  for (const char *c = n->s; c + 5 <= n->end; c++)
    if (starts(c, n->end, "-for-"))
      return true;
  return false;
}

/* A batting average, three decimals without a leading zero, is said as
 * a number in pairs: "batting .310" is "three ten", "a .300 average"
 * "three hundred". */
static const char *num_average(struct norm *n, const struct num *v) {
  static const char *const before[] = {
      "batting", "batted", "hitting", "hit", "a", "his", "her", "career"};
  static const char *const after[] = {"average", "batting", "hitter", "avg",
                                      "with"};
  const char *e, *w, *we;
  unsigned x;
  if (!v->dot || v->dot != v->p || v->ndig != 0 ||
      digit_end(v->p + 1, n->end) != v->p + 4)
    return NULL;
  e = v->p + 4;
  if (e < n->end && *e != ' ' && *e != ',' && *e != '.' && *e != ';')
    return NULL;
  w = e + (e < n->end && *e == ' ');
  we = alpha_end(w, n->end);
  /* "hitting just .212", "but .341 with runners on": a word between, or
   * a second average in a sentence about batting */
  static const char *const batting[] = {"batted", "batting", "hitting"};
  static const char *const between[] = {"and", "barely", "but", "just", "only"};
  /* "raising his average to .312", "from .287 to .312", "a .400 OBP": a
   * word of the average in a sentence about batting, or one after it (an
   * average under .100 is no batter's: "the p-value average was .041") */
  static const char *const averages[] = {"average", "batted", "batting", "bats",
                                         "hitting"};
  static const char *const kinds[] = {"OBP", "average", "slugging"};
  static const char *const baseball[] = {
      "MLB",     "OBP",     "RBI",      "RBIs",      "batted", "batting",
      "hitter",  "hitters", "hitting",  "homer",     "homers", "inning",
      "innings", "pitcher", "slugging", "strikeouts"};
  /* "a .921 save percentage": a goaltender's, said in pairs as a
   * batter's average is */
  bool saves = starts(e, n->end, " save percentage") ||
               starts(e, n->end, " save pct") ||
               (v->p - n->s >= 19 && starts(v->p - 19, n->end,
                                            "save percentage of "));
  if (!(saves || ks_norm_word_before(n, v->p, before, 4) ||
        (ks_norm_word_before(n, v->p, before, N_OF(before)) && w > e &&
         word_is(w, (size_t)(we - w), after, N_OF(after))) ||
        (ks_norm_word_before(n, v->p, between, N_OF(between)) &&
         ks_norm_sentence_has(n, batting, N_OF(batting))) ||
        (v->p[1] != '0' &&
         (ks_norm_sentence_has(n, averages, N_OF(averages)) ||
          ks_norm_next_is(n, e, kinds, N_OF(kinds))) &&
         (ks_norm_sentence_has(n, baseball, N_OF(baseball)) || went_for(n)))))
    return NULL;
  x = (unsigned)((v->p[1] - '0') * 100 + (v->p[2] - '0') * 10 +
                 (v->p[3] - '0'));
  sep(n);
  if (x % 100 == 0)
    ks_num_cardinal_plain(n->out, x);
  else
    ks_norm_say_pairs(n, x);
  return e;
}

/* A gun's caliber, hundredths of an inch written as a decimal: ".40
 * caliber" is "forty caliber", "a .357 Magnum" "three fifty-seven", "a
 * .22 rifle" "twenty-two". */
static const char *num_caliber(struct norm *n, const struct num *v) {
  static const char *const guns[] = {
      "ammunition", "bullet",  "bullets", "caliber", "calibre",
      "gun",        "handgun", "magnum",  "pistol",  "revolver",
      "rifle",      "rifles",  "round",   "rounds",  "semiautomatic",
      "shell",      "shells",  "special"};
  const char *e = v->p + 1, *de = digit_end(e, n->end), *w, *we;
  if (!v->dot || v->dot != v->p || v->ndig != 0 || de - e < 2 || de - e > 3 ||
      *e == '0' || (v->p > n->s && !ks_is_space((unsigned char)v->p[-1])))
    return NULL;
  w = de < n->end && (*de == ' ' || *de == '-') ? de + 1 : NULL;
  we = w ? alpha_end(w, n->end) : NULL;
  if (!w || we == w || !word_is(w, (size_t)(we - w), guns, N_OF(guns)))
    return NULL;
  unsigned x = small_val(e, de);
  sep(n);
  if (de - e == 3 && x % 100 != 0)
    ks_norm_say_pairs(n, x);
  else
    ks_num_cardinal(n->out, x);
  return de;
}

/* The length of a degree sign at p ("°", "º"), or 0. */
static size_t degree_sign(const char *p, const char *end) {
  return starts(p, end, "°")   ? strlen("°")
         : starts(p, end, "º") ? strlen("º")
                               : 0;
}

/* After digits at p, a mark of minutes or seconds (′ ' or ″ "); where the
 * whole part ends, or NULL. */
static const char *arc_part(const char *p, const char *end, bool seconds,
                            const char **digits_end) {
  const char *e = p;
  while (e < end && (ks_is_digit((unsigned char)*e) ||
                     (*e == '.' && e + 1 < end &&
                      ks_is_digit((unsigned char)e[1]) && seconds)))
    e++;
  if (e == p || e - p > 5)
    return NULL;
  *digits_end = e;
  if (seconds)
    return starts(e, end, "″")    ? e + strlen("″")
           : e < end && *e == '"' ? e + 1
                                  : NULL;
  return starts(e, end, "′")     ? e + strlen("′")
         : e < end && *e == '\'' ? e + 1
                                 : NULL;
}

/* The end of a figure glued to one of the letters in dirs ("85.6W") at p,
 * the letter alone, or NULL. */
static const char *glued_direction(const char *p, const char *end,
                                   const char *dirs) {
  const char *e = digit_end(p, end);
  if (e == p || e - p > 3)
    return NULL;
  if (e + 1 < end && *e == '.' && ks_is_digit((unsigned char)e[1]))
    e = digit_end(e + 1, end);
  return e < end && strchr(dirs, *e) && *e && !alnum_at(e + 1, end) ? e
                                                                     : NULL;
}

/* "24.8N, 85.6W": a position without its degree signs, the latitude's
 * letter glued to its figure and the longitude after it, in a sentence
 * about a storm, a ship or a place's position; each said with its
 * direction ("twenty-four point eight north"). Latitude first only. */
static const char *num_bare_coordinate(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *o;
  int dir;
  static const char *const places[] = {
      "centered", "centred",  "cyclone", "hurricane", "latitude", "located",
      "Location", "location", "longitude", "position", "storm",   "typhoon",
      "vessel",   "ship"};
  if (!v->ok || v->commas || !n->lang->compass || q >= end ||
      !strchr("NSEW", *q) || alnum_at(q + 1, end) ||
      !ks_norm_sentence_has(n, places, N_OF(places)) ||
      (v->p > n->s && (ks_is_alnum((unsigned char)v->p[-1]) ||
                       v->p[-1] == '.')))
    return NULL;
  if (*q == 'N' || *q == 'S') {
    /* the longitude follows */
    o = q + 1;
    if (starts(o, end, ", "))
      o += 2;
    else if (starts(o, end, " "))
      o += 1;
    else
      return NULL;
    if (!glued_direction(o, end, "EW"))
      return NULL;
  } else {
    /* the latitude came before: "24.8N, " */
    o = v->p;
    if (o - n->s >= 2 && o[-1] == ' ' && o[-2] == ',')
      o -= 2;
    else if (o > n->s && o[-1] == ' ')
      o -= 1;
    else
      return NULL;
    if (o == n->s || (o[-1] != 'N' && o[-1] != 'S') || o - n->s < 2 ||
        !ks_is_digit((unsigned char)o[-2]))
      return NULL;
  }
  dir = (int)((const char *)memchr("NSEW", *q, 4) - "NSEW");
  ks_norm_say_num(n, v);
  ks_buf_putc(n->out, ' ');
  for (const char *c = n->lang->compass[dir]; *c; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  return q + 1;
}

/* A latitude or longitude: "12°N", "40°42′N", "33° 52′ 10″ S": degrees,
 * the minutes and seconds that are not zero, and the direction. */
static const char *num_coordinate(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *parts[2] = {NULL, NULL},
             *ends[2] = {NULL, NULL}, *d;
  size_t k;
  int dir;
  if (!v->ok || v->commas || !n->lang->compass)
    return NULL;
  if (!(k = degree_sign(q, end)))
    return num_bare_coordinate(n, v);
  q += k;
  for (int i = 0; i < 2; i++) {
    const char *s = skip_spaces(q, end), *de, *r;
    if (s - q > 1 || !(r = arc_part(s, end, i == 1, &de)))
      break;
    parts[i] = s;
    ends[i] = de;
    q = r;
  }
  d = skip_spaces(q, end);
  if (d - q > 1 || d >= end || !memchr("NSEW", *d, 4) ||
      (d + 1 < end && ks_is_alnum((unsigned char)d[1])))
    return NULL;
  dir = (int)((const char *)memchr("NSEW", *d, 4) - "NSEW");
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, v->ival == 1 && !v->dot ? " degree" : " degrees");
  for (int i = 0; i < 2; i++) {
    struct num w, s2;
    /* "0°00′05″": a zero is said when seconds follow it */
    bool later = i == 0 && parts[1] &&
                 ks_norm_scan_num(parts[1], ends[1], &s2) &&
                 (s2.dot || s2.ival > 0);
    if (!parts[i] || !ks_norm_scan_num(parts[i], ends[i], &w) ||
        (!w.dot && w.ival == 0 && !later))
      continue;
    if (w.dot || !w.ok) {
      ks_norm_say_num(n, &w);
    } else { /* "05" five */
      sep(n);
      ks_num_cardinal(n->out, w.ival);
    }
    ks_buf_puts(n->out, i ? (w.ival == 1 && !w.dot ? " second" : " seconds")
                          : (w.ival == 1 ? " minute" : " minutes"));
  }
  ks_buf_putc(n->out, ' ');
  for (const char *c = n->lang->compass[dir]; *c; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  return d + 1;
}

/* Everything that starts with a digit or a '.' before one. */
/* Numbers of three parts or more joined by stops: a version or a
 * section, "3.12.0" three point twelve point zero (each part a number;
 * one with a leading zero digit by digit); and the standard of wireless
 * networks, "802.11ac", eight oh two dot eleven A C. */
/* A version's or a section's parts p..e, "three point twelve" ("05" of
 * "1.05" two figures). */
static void say_dotted(struct norm *n, const char *p, const char *e) {
  sep(n);
  for (const char *q = p;;) {
    const char *pe = digit_end(q, e);
    if (*q == '0' && pe - q > 1)
      ks_num_digits(n->out, q, (size_t)(pe - q));
    else
      ks_num_cardinal(n->out, small_val(q, pe));
    if (pe >= e)
      break;
    ks_buf_puts(n->out, " point ");
    q = pe + 1;
  }
}

static const char *num_dotted(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *e;
  size_t parts = 0;
  if (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.'))
    return NULL;
  /* "802.11", "802.11ac", "802.11n": letters glued are the amendment */
  if (starts(p, end, "802.11") &&
      !(p + 6 < end && ks_is_digit((unsigned char)p[6]))) {
    const char *le = p + 6;
    while (le < end && ks_is_alpha((unsigned char)*le) && le - p < 10)
      le++;
    if (le < end && ks_is_alnum((unsigned char)*le))
      return NULL; /* not the standard's name: the number rules read it */
    sep(n);
    ks_buf_puts(n->out, "eight oh two dot eleven");
    for (q = p + 6; q < le; q++) {
      ks_buf_putc(n->out, ' ');
      ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*q));
    }
    return le;
  }
  for (;;) {
    e = digit_end(q, end);
    if (e == q || e - q > 4)
      return NULL;
    parts++;
    if (e + 1 < end && *e == '.' && ks_is_digit((unsigned char)e[1])) {
      q = e + 1;
      continue;
    }
    break;
  }
  /* two parts after a program's name or "version", the second of two
   * figures: "Python 3.12" is three point twelve (a decimal would be "one
   * two") */
  /* (not names that are also people's, cars' or horses': Swift, Ruby,
   * Rust, Node, Java; nor before a unit or a percentage: "his Swift 1.20
   * miles") */
  /* (and a document's numbered parts: "sections 4.2 and 4.10", "clause
   * 3.12" are four point ten and three point twelve) */
  static const char *const programs[] = {
      "Android", "Django",   "Kotlin", "Linux",   "PHP",     "Python",
      "TypeScript", "iOS",   "iPadOS", "macOS",   "version", "Version",
      "versions", "Chapter", "Clause", "Section", "chapter", "clause",
      "clauses", "paragraph", "section", "sections"};
  static const char *const parts_of[] = {"clauses", "paragraphs", "sections"};
  bool program = false;
  const char *ua;
  if (parts == 2) {
    const char *dt = digit_end(p, e);
    program = e - dt == 3 && dt[1] != '0' &&
              (ks_norm_word_before(n, p, programs, N_OF(programs)) ||
               /* "sections 4.2 and 4.10": the list's next */
               (n->prev && eq_ci(n->prev, n->prev_len, "and") &&
                ks_norm_sentence_has(n, parts_of, N_OF(parts_of)))) &&
              !(e + 1 < end && *e == ' ' &&
                (ks_norm_scan_unit(n->lang, e + 1, end, &ua) ||
                 starts(e + 1, end, "percent") || starts(e + 1, end, "per ")));
  }
  if ((parts < 3 && !program) ||
      (e < end && (ks_is_alnum((unsigned char)*e) ||
                   (*e == '.' && e + 1 < end &&
                    ks_is_alnum((unsigned char)e[1])))))
    return NULL;
  say_dotted(n, p, e);
  return e;
}

/* "v1.9", "v17.4.1": a lower-case "v" glued to a version's number with
 * its dot, "version one point nine" (a capital's "V8", "V2" is a name,
 * "a v8 engine" an engine's). */
const char *ks_norm_rule_version_v(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1, *e = q;
  if (*p != 'v' || (p > n->s && ks_is_alnum((unsigned char)p[-1])) ||
      q >= end || !ks_is_digit((unsigned char)*q))
    return NULL;
  for (;;) {
    const char *de = digit_end(e, end);
    if (de - e > 4)
      return NULL;
    e = de;
    if (e + 1 < end && *e == '.' && ks_is_digit((unsigned char)e[1]))
      e++;
    else
      break;
  }
  /* (a dot in it: "v8", "v12" are engines) */
  if (alnum_at(e, end) || !memchr(q, '.', (size_t)(e - q)))
    return NULL;
  say(n, "version");
  say_dotted(n, q, e);
  return e;
}

/* "finished on 133*" in a sentence about cricket, or before the balls it
 * took ("112* off 98 balls"): a batsman's score, not out. */
static const char *num_not_out(struct norm *n, const struct num *v) {
  static const char *const balls[] = {"balls", "deliveries"};
  const char *e = v->end;
  if (!v->ok || v->dot || e >= n->end || *e != '*' || alnum_at(e + 1, n->end) ||
      !(ks_norm_about_cricket(n) ||
        ((starts(e + 1, n->end, " off ") || starts(e + 1, n->end, " from ")) &&
         ks_norm_sentence_has(n, balls, N_OF(balls)))))
    return NULL;
  ks_norm_say_num(n, v);
  ks_buf_puts(n->out, " not out");
  return e + 1;
}

/* Australian football: "Collingwood 12.10 (82)", goals and behinds, then
 * the points, six to a goal; said "twelve ten". The sum is the test. */
static const char *num_goals_behinds(struct norm *n, const struct num *v) {
  const char *end = n->end, *f, *fe, *c, *ce;
  if (!v->ok || !v->dot || v->commas || v->ival > 60)
    return NULL;
  f = v->dot + 1;
  fe = digit_end(f, end);
  if (fe != v->end || fe == f || fe - f > 2)
    return NULL;
  /* "Collingwood kicked 5.3 to 1.2 in the last quarter": after a verb of
   * kicking, or as the second of two after it, goals and behinds with no
   * points (not "kicked 2.5 metres") */
  static const char *const kicks[] = {"kick", "kicked", "kicking", "kicks"};
  static const char *const to[] = {"to"};
  static const char *const lengths[] = {"feet",   "foot",   "lengths",
                                        "meter",  "meters", "metre",
                                        "metres", "yard",   "yards"};
  const char *w, *we, *x;
  /* (the verb first: the unit's scan is the dear test) */
  if (!(fe < end && ks_is_alpha((unsigned char)*fe)) &&
      (ks_norm_word_before(n, v->p, kicks, N_OF(kicks)) ||
       (ks_norm_word_before(n, v->p, to, 1) &&
        (w = ks_norm_prev_word(n, v->p, &we)) != NULL && w - n->s >= 5 &&
        w[-1] == ' ' && ks_is_digit((unsigned char)w[-2]) && w[-3] == '.' &&
        ks_is_digit((unsigned char)w[-4]) &&
        (x = w - 4 - (w - 4 > n->s && ks_is_digit((unsigned char)w[-5])),
         (w = ks_norm_prev_word(n, x, &we)) != NULL &&
             word_is(w, (size_t)(we - w), kicks, N_OF(kicks))))) &&
      !(fe < end && *fe == ' ' && !ks_norm_next_is(n, fe, to, 1) &&
        (ks_norm_scan_unit(n->lang, fe + 1, end, &x) != NULL ||
         ks_norm_next_is(n, fe, lengths, N_OF(lengths))))) {
    sep(n);
    ks_num_cardinal(n->out, v->ival);
    ks_buf_putc(n->out, ' ');
    ks_num_cardinal(n->out, small_val(f, fe));
    return fe;
  }
  if (fe >= end - 3 || fe[0] != ' ')
    return NULL;
  if (fe[1] != '(') {
    /* "COLLINGWOOD 3.4 5.7 9.10 12.10 (82)": the quarters' scores before
     * the final one, whose sum is the test */
    const char *t = fe, *g = NULL, *ge = NULL, *b = NULL, *be = NULL;
    for (int k = 0; k < 4 && t < end - 4 && t[0] == ' ' &&
                    ks_is_digit((unsigned char)t[1]);
         k++) {
      g = t + 1;
      ge = digit_end(g, end);
      if (ge - g > 2 || ge >= end - 1 || *ge != '.')
        return NULL;
      b = ge + 1;
      be = digit_end(b, end);
      if (be == b || be - b > 2)
        return NULL;
      t = be;
    }
    if (!g || t >= end - 3 || t[0] != ' ' || t[1] != '(')
      return NULL;
    c = t + 2;
    ce = digit_end(c, end);
    if (ce == c || ce - c > 3 || ce >= end || *ce != ')' ||
        small_val(c, ce) != 6 * small_val(g, ge) + small_val(b, be))
      return NULL;
    sep(n);
    ks_num_cardinal(n->out, v->ival);
    ks_buf_putc(n->out, ' ');
    ks_num_cardinal(n->out, small_val(f, fe));
    ks_buf_putc(n->out, ','); /* a pause between quarters */
    return fe;
  }
  c = fe + 2;
  ce = digit_end(c, end);
  if (ce == c || ce - c > 3 || ce >= end || *ce != ')' ||
      small_val(c, ce) != 6 * v->ival + small_val(f, fe))
    return NULL;
  sep(n);
  ks_num_cardinal(n->out, v->ival);
  ks_buf_putc(n->out, ' ');
  ks_num_cardinal(n->out, small_val(f, fe));
  return fe;
}

/* "a 4-4-2 formation", "4–2–3–1": a football team's shape, its outfield
 * players by line, ten in all; said digit by digit. */
static const char *formation(struct norm *n, const char *p) {
  const char *end = n->end, *q = p;
  unsigned sum = 0, lines = 0;
  for (;;) {
    if (q >= end || *q < '1' || *q > '6')
      return NULL;
    sum += (unsigned)(*q - '0');
    lines++;
    q++;
    if (q < end && *q == '-' && q + 1 < end && ks_is_digit((unsigned char)q[1]))
      q++;
    else if (starts(q, end, "–") && q + 3 < end &&
             ks_is_digit((unsigned char)q[3]))
      q += 3;
    else
      break;
  }
  static const char *const football[] = {
      "defenders",   "formation", "formations", "lineup", "midfield",
      "midfielders", "setup",     "shape",      "system", "tactics"};
  if (lines < 3 || lines > 5 || sum != 10 || alnum_at(q, end) ||
      !ks_norm_sentence_has(n, football, N_OF(football)) ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-')))
    return NULL;
  sep(n);
  for (const char *d = p; d < q; d++)
    if (ks_is_digit((unsigned char)*d)) {
      if (d > p)
        ks_buf_putc(n->out, ' ');
      ks_num_digits(n->out, d, 1);
    }
  return q;
}

/* Books of the Bible, cited by chapter and verse ("John 3:16"); those
 * that come in parts are numbered before the name ("1 Corinthians"). */
static const char *const books[] = {
    "Acts",          "Amos",      "Chronicles",   "Colossians",
    "Corinthians",   "Daniel",    "Deuteronomy",  "Ecclesiastes",
    "Ephesians",     "Esther",    "Exodus",       "Ezekiel",
    "Ezra",          "Galatians", "Genesis",      "Habakkuk",
    "Haggai",        "Hebrews",   "Hosea",        "Isaiah",
    "James",         "Jeremiah",  "Job",          "Joel",
    "John",          "Jonah",     "Joshua",       "Jude",
    "Judges",        "Kings",     "Lamentations", "Leviticus",
    "Luke",          "Malachi",   "Mark",         "Matthew",
    "Micah",         "Nahum",     "Nehemiah",     "Numbers",
    "Obadiah",       "Peter",     "Philemon",     "Philippians",
    "Proverbs",      "Psalm",     "Psalms",       "Revelation",
    "Revelations",   "Romans",    "Ruth",         "Samuel",
    "Thessalonians", "Timothy",   "Titus",        "Zechariah",
    "Zephaniah"};


/* Chapter and verse at p, "13:4" or "13:4-7", with no more digits after;
 * the end, or NULL. */
static const char *verse_end(const char *p, const char *end) {
  const char *c = digit_end(p, end), *v;
  if (c == p || c - p > 3 || c >= end - 1 || *c != ':' ||
      (v = digit_end(c + 1, end)) == c + 1 || v - c > 4)
    return NULL;
  size_t dash = v < end && *v == '-'  ? 1
                : starts(v, end, "–") ? strlen("–")
                                      : 0;
  if (dash && v + dash < end && ks_is_digit((unsigned char)v[dash]))
    v = digit_end(v + dash, end);
  if (v < end - 2 && *v == ' ' &&
      (starts_ci(v + 1, end, "a.m") || starts_ci(v + 1, end, "p.m") ||
       ((starts_ci(v + 1, end, "am") || starts_ci(v + 1, end, "pm")) &&
        !alnum_at(v + 3, end))))
    return NULL; /* "John 3:30 p.m.": a clock */
  return alnum_at(v, end) || (v < end && *v == ':') ? NULL : v;
}

/* "John 3:16" is "John three sixteen", "1 Corinthians 13:4–7" "First
 * Corinthians thirteen four to seven": a book's chapter and verses, and
 * a numbered book's part as an ordinal. */
static const char *scripture(struct norm *n, const char *p) {
  const char *end = n->end, *c, *v, *r;
  if (p > n->s && ks_is_alnum((unsigned char)p[-1]))
    return NULL;
  if (p < end - 2 && p[0] >= '1' && p[0] <= '3' && p[1] == ' ' &&
      ks_is_upper((unsigned char)p[2])) {
    const char *we = alpha_end(p + 2, end);
    /* (or cut short with its stop, before a chapter alone too: "1 Cor.
     * 13", "2 Tim. 3:16") */
    const struct ks_bible_book *b =
        we < end - 2 && *we == '.' && we[1] == ' ' &&
                ks_is_digit((unsigned char)we[2])
            ? ks_lang_bible_book(n->lang, p + 2, (size_t)(we - p - 2))
            : NULL;
    if ((b && ks_norm_numbered_book(b->book, strlen(b->book)) &&
         !ks_norm_document_word_before(n, p)) ||
        (ks_norm_numbered_book(p + 2, (size_t)(we - p - 2)) &&
         we < end - 1 && *we == ' ' && verse_end(we + 1, end))) {
      sep(n);
      ks_buf_puts(n->out, p[0] == '1'   ? "First"
                          : p[0] == '2' ? "Second"
                                        : "Third");
      return p + 1;
    }
    return NULL;
  }
  /* (or cut short with its stop: "Matt. 5:3-10") */
  if (!n->prev || p[-1] != ' ' ||
      !((n->prev + n->prev_len + 1 == p &&
         word_is(n->prev, n->prev_len, books, N_OF(books))) ||
        (n->prev + n->prev_len + 2 == p && p[-2] == '.' &&
         ks_lang_bible_book(n->lang, n->prev, n->prev_len))) ||
      !(r = verse_end(p, end)))
    return NULL;
  c = digit_end(p, end);
  v = digit_end(c + 1, end);
  sep(n);
  ks_num_cardinal(n->out, small_val(p, c));
  ks_buf_putc(n->out, ' ');
  ks_num_cardinal(n->out, small_val(c + 1, v));
  if (v < r) { /* past the dash */
    ks_buf_puts(n->out, " to ");
    ks_num_cardinal(n->out, small_val(v + (*v == '-' ? 1 : strlen("–")), r));
  }
  return r;
}

/* "49.95 Euro", "3.50 dollars": a price with its cents before the
 * currency's name, said as a price ("forty-nine euros ninety-five"). */
static const char *num_price_word(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *w, *we;
  unsigned cents;
  if (!v->ok || !v->dot || v->end - v->dot != 3 || q >= end - 1 || *q != ' ')
    return NULL;
  w = q + 1;
  we = alpha_end(w, end);
  if (we == w || alnum_at(we, end))
    return NULL;
  for (size_t i = 0; i < n->lang->n_currencies; i++) {
    const struct ks_currency *c = &n->lang->currencies[i];
    static const char *const paying[] = {
        "charge", "charged", "cost", "costs", "fee",  "paid",  "pay",  "pays",
        "price",  "priced",  "sell", "sells", "sold", "spend", "spent"};
    if (!c->minor_one || !(eq_ci(w, (size_t)(we - w), c->one) ||
                           eq_ci(w, (size_t)(we - w), c->many)))
      continue;
    static const char *const weighing[] = {"heavy",  "weigh",  "weighed",
                                           "weighs", "weight", "weighing"};
    /* "weighs 12.99 pounds": a pound is a weight too, money only in a
     * sentence about paying and not about weighing */
    if (!strcmp(c->one, "pound") &&
        (!ks_norm_sentence_has(n, paying, N_OF(paying)) ||
         ks_norm_sentence_has(n, weighing, N_OF(weighing))))
      return NULL;
    cents = (unsigned)(v->dot[1] - '0') * 10 + (unsigned)(v->dot[2] - '0');
    sep(n);
    if (v->ival == 0) { /* "0.50 dollars": fifty cents */
      ks_num_cardinal(n->out, cents);
      say(n, cents == 1 ? c->minor_one : c->minor_many);
      return we;
    }
    ks_num_cardinal(n->out, v->ival);
    say(n, v->ival == 1 ? c->one : c->many);
    if (cents > 0) {
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal(n->out, cents);
    }
    return we;
  }
  return NULL;
}

/* "Wi-Fi 7 (2.4/5/6GHz)", "2.4/5GHz": bands or sizes parted by slashes
 * before their unit, "two point four, five and six gigahertz" ("two
 * point four or five" for two); three numbers or more, or two with a
 * decimal, so that "1/2 mile" stays a fraction. */
static const char *num_slash_list(struct norm *n, const struct num *v) {
  const char *end = n->end, *q = v->end, *ue, *r;
  struct num parts[6];
  size_t k = 1;
  bool dot = v->dot != NULL;
  const struct ks_unit *u;
  if (!v->ok || v->commas || q >= end - 1 || *q != '/' ||
      (v->p > n->s &&
       (v->p[-1] == '/' || ks_is_alnum((unsigned char)v->p[-1]))))
    return NULL;
  parts[0] = *v;
  while (k < N_OF(parts) && q < end - 1 && *q == '/' &&
         ks_is_digit((unsigned char)q[1]) &&
         ks_norm_scan_num(q + 1, end, &parts[k]) && parts[k].ok &&
         !parts[k].commas) {
    dot = dot || parts[k].dot;
    q = parts[k++].end;
  }
  /* "148.9/86.2 mmHg": mean pressures with decimals */
  if (k == 2 && dot && (r = blood_pressure(n, v)) != NULL)
    return r;
  /* "split 40/40/20", "a 50/30/20 budget": shares of a whole, three or
   * more, said one after another ("forty forty twenty") */
  if (k >= 3 && !dot && !alnum_at(q, end) && !(q < end && *q == '%')) {
    uint64_t sum = 0;
    for (size_t i = 0; i < k; i++)
      sum += parts[i].ival;
    if (sum == 100) {
      sep(n);
      for (size_t i = 0; i < k; i++) {
        if (i > 0)
          ks_buf_putc(n->out, ' ');
        ks_norm_say_num(n, &parts[i]);
      }
      return q;
    }
  }
  u = ks_norm_scan_unit(n->lang, q + (q < end && *q == ' '), end, &ue);
  /* "8/16 GB", "128/256/512 GB": a choice of memory's sizes, one or
   * another (never a fraction of a gigabyte) */
  bool sizes = u && (!strcmp(u->abbr, "GB") || !strcmp(u->abbr, "TB") ||
                     !strcmp(u->abbr, "MB"));
  if (k < 2 || (k == 2 && !dot && !sizes) || !u || alnum_at(ue, end))
    return NULL;
  /* (a phone's memory and its storage, "12/256GB": both, not a choice) */
  bool both = sizes && k == 2 && parts[0].ival <= 32 && parts[1].ival >= 64;
  sep(n);
  for (size_t i = 0; i < k; i++) {
    if (i > 0)
      ks_buf_puts(n->out, i + 1 < k                   ? ", "
                          : both                      ? " and "
                          : k == 2 || sizes           ? " or "
                                                      : " and ");
    ks_norm_say_num(n, &parts[i]);
  }
  ks_buf_putc(n->out, ' ');
  /* (a measure before its noun in the singular: "the 64/128GB models") */
  ks_buf_puts(n->out, ks_norm_noun_after(n, ue) ? u->one : u->many);
  return ue;
}

/* A number and the capitals glued after it, the letters one by one
 * ("F-16C" sixteen C, "(13MP)" thirteen M P): where they end, l. */
static const char *say_number_letters(struct norm *n, const struct num *v,
                                      const char *l) {
  sep(n);
  ks_num_cardinal(n->out, v->ival);
  for (const char *c = v->end; c < l; c++) {
    if (*c == 'A') {
      say_letter_a(n);
    } else {
      sep(n);
      ks_buf_putc(n->out, *c);
    }
  }
  return l;
}

/* "4.450$00", "900$00": the escudo's notation (Cape Verde's, and
 * Portugal's before the euro), its sign between the escudos, their
 * thousands parted by stops, and the centavos; "four thousand four hundred
 * fifty escudos" (round 43, set BB). */
static const char *escudos(struct norm *n, const char *p) {
  const char *end = n->end, *c = digit_end(p, end);
  uint64_t v = small_val(p, c);
  if (c - p > 3 || (p > n->s && (ks_is_alnum((unsigned char)p[-1]) ||
                                 p[-1] == '.' || p[-1] == ',')))
    return NULL;
  while (c + 4 < end && *c == '.' && digit_end(c + 1, end) == c + 4 &&
         v < 1000000000u) {
    v = v * 1000 + small_val(c + 1, c + 4);
    c += 4;
  }
  if (c + 3 > end || *c != '$' || digit_end(c + 1, end) != c + 3 ||
      alnum_at(c + 3, end))
    return NULL;
  unsigned cents = small_val(c + 1, c + 3);
  sep(n);
  ks_num_cardinal(n->out, v);
  ks_buf_puts(n->out, v == 1 ? " escudo" : " escudos");
  if (cents) {
    ks_buf_puts(n->out, " and ");
    ks_num_cardinal(n->out, cents);
    ks_buf_puts(n->out, cents == 1 ? " centavo" : " centavos");
  }
  return c + 3;
}

/* "24 Zulhijjah 1446H", "23 Rajab 1447", "1 Ramadan 1447 AH": a day of
 * the Hijri calendar before its month's name, "the twenty-fourth of",
 * and its year with the era's "H" glued, "fourteen forty-six Hijrah"
 * (round 43, set BB). */
static const char *hijri(struct norm *n, const char *p) {
  static const char *const months[] = {
      "Dhul",     "Jamadil",  "Jumada",   "Jumadal",  "Muharram", "Rabi",
      "Rabiul",   "Rabiulawal", "Rajab",  "Ramadan",  "Ramadhan", "Rejab",
      "Safar",    "Shaaban",  "Shawwal",  "Sha'ban",  "Syaaban",  "Syawal",
      "Zulhijjah", "Zulkaedah", "Zulkaidah", "Zulkiah"};
  const char *end = n->end, *d = digit_end(p, end), *w, *we;
  if (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.'))
    return NULL;
  /* the year, "1446H", after its month's name (not a military "at
   * 1400H") */
  const char *mw, *mwe;
  if (d - p == 4 && d < end && *d == 'H' && !alnum_at(d + 1, end) &&
      (p[0] == '1') && (p[1] == '3' || p[1] == '4') &&
      (mw = ks_norm_prev_word(n, p, &mwe)) != NULL &&
      word_is(mw, (size_t)(mwe - mw), months, N_OF(months))) {
    sep(n);
    ks_num_year(n->out, small_val(p, d));
    ks_buf_puts(n->out, " Hijrah");
    return d + 1;
  }
  if (d - p < 1 || d - p > 2 || d >= end - 3 || *d != ' ')
    return NULL;
  unsigned day = small_val(p, d);
  w = d + 1;
  we = alpha_end(w, end);
  if (we < end && *we == '\'')
    we = alpha_end(we + 1, end);
  /* (a date: its year after the month, or a preposition of dates before
   * the day; not "20 Ramadan bazaars", "6 Rabi crops") */
  static const char *const ons[] = {"by",    "from",  "of", "on",
                                    "since", "until", "till"};
  const char *y = we < end - 5 && *we == ' ' ? we + 1 : NULL;
  if (day < 1 || day > 30 || !ks_is_upper((unsigned char)*w) ||
      !word_is(w, (size_t)(we - w), months, N_OF(months)) ||
      !((y && digit_end(y, end) == y + 4 && y[0] == '1' &&
         (y[1] == '3' || y[1] == '4')) ||
        ks_norm_word_before(n, p, ons, N_OF(ons)) ||
        (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')))
    return NULL;
  ks_norm_say_the_day(n, day);
  ks_buf_puts(n->out, " of");
  return d;
}

/* "Daily tariff until 30.06", "from 01.07": a day and its month's two
 * figures after a stop, with no year, after "until", "from", "till" or
 * "since", in an article that writes its dates day first; "the thirtieth
 * of June" (round 43, set BB; "rose from 30.06 to 31.2" has a figure
 * after it, a decimal's). */
static const char *stop_day_month(struct norm *n, const char *p) {
  static const char *const froms[] = {"from", "since", "till", "until"};
  const char *end = n->end, *d = digit_end(p, end);
  if (!(n->topics & KS_TOPIC_DAY_FIRST) || d - p < 1 || d - p > 2 ||
      d + 3 > end || *d != '.' || digit_end(d + 1, end) != d + 3 ||
      alnum_at(d + 3, end) ||
      (d + 4 < end && (d[3] == '.' || d[3] == ',' || d[3] == '%') &&
       ks_is_digit((unsigned char)d[4])) ||
      !ks_norm_word_before(n, p, froms, N_OF(froms)))
    return NULL;
  unsigned day = small_val(p, d), month = small_val(d + 1, d + 3);
  if (day < 1 || day > 31 || month < 1 || month > 12 || d[1] > '1' ||
      !n->lang->months)
    return NULL;
  /* (a cell's label or a clause's end after it: not "from 30.06 to") */
  const char *x = d + 3;
  if (!(x == end || *x == ':' || *x == ',' || *x == ';' || *x == ')' ||
        (*x == '.' && !alnum_at(x + 1, end)) ||
        (x + 1 < end && *x == ' ' && ks_is_lower((unsigned char)x[1]) &&
         !starts(x, end, " to ") && !starts(x, end, " per "))))
    return NULL;
  ks_norm_say_day_of(n, day, (int)month);
  return d + 3;
}

const char *ks_norm_rule_number(struct norm *n, const char *p) {
  const char *r;
  struct num v;

  if ((r = escudos(n, p)) != NULL || (r = hijri(n, p)) != NULL ||
      (r = stop_day_month(n, p)) != NULL)
    return r;
  /* "Quai Albert 1er", "Boulevard Albert 1er": a French sovereign's
   * "first" after his name, "Premier", as Monaco and Belgium say their
   * streets' names */
  if (*p == '1' && n->end - p >= 3 && p[1] == 'e' && p[2] == 'r' &&
      !alnum_at(p + 3, n->end) && n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_upper((unsigned char)*n->prev) &&
      ks_is_lower((unsigned char)n->prev[n->prev_len - 1])) {
    say(n, "Premier");
    return p + 3;
  }
  n->num_century = 0;
  n->num_decade = false;
  /* glued to letters before it, a number is part of a name: "i5-9300H";
   * so is a variant after a model's number and its dash ("787-9s"); but
   * not after the "x" of dimensions ("the 4x100m relay") */
  n->num_model =
      glued_to_letter(n, p) || (n->num_model && p - n->s >= 2 && p[-1] == '-' &&
                                ks_is_digit((unsigned char)p[-2]));
  /* "less well characterized.1,2": a footnote's numbers glued after the
   * stop that ends the sentence, after a word of four letters or more or
   * a bracket, are not read (not "pp.12", "No.1", "nr.1", "ep.4") */
  if (p - n->s >= 3 && p[-1] == '.' &&
      (ks_is_lower((unsigned char)p[-2]) || p[-2] == ')')) {
    const char *e = p, *w = p - 1;
    while (e < n->end && e - p < 12 &&
           (ks_is_digit((unsigned char)*e) || *e == ',' || *e == '-' ||
            starts(e, n->end, "\xE2\x80\x93")))
      e += starts(e, n->end, "\xE2\x80\x93") ? 3 : 1;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    if (ks_is_digit((unsigned char)e[-1]) && skip_spaces(e, n->end) == n->end &&
        (p[-2] == ')' ||
         (p - 1 - w >= 4 && !ks_lang_abbrev(n->lang, w, (size_t)(p - 1 - w)))))
      return e;
  }
  /* "by 12/8 mmHg": a pressure before its unit, no date */
  {
    const char *sl = digit_end(p, n->end);
    if (sl < n->end - 1 && *sl == '/' && sl - p <= 3 &&
        ks_norm_scan_num(p, n->end, &v) && (r = blood_pressure(n, &v)))
      return r;
  }
  if ((r = formation(n, p)) || (r = scripture(n, p)) ||
      (r = ks_norm_rule_numeric_date(n, p)) || (r = ks_norm_rule_phone(n, p)) ||
      (r = ks_norm_rule_local_phone(n, p)) ||
      (r = ks_norm_rule_digit_code(n, p)) || (r = ks_norm_rule_time(n, p)) ||
      (r = ks_norm_rule_day_month(n, p)) || (r = num_dotted(n, p)))
    return r;
  if (!ks_norm_scan_num(p, n->end, &v))
    return NULL;
  /* "F-16C", "MiG-29K", "Su-30MKI": an aircraft's or a weapon's model,
   * letters, a dash, a number and its variant's capitals, which are
   * letters (no Celsius, no thousand; three digits are num_model's,
   * "C-130J") */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 2 && v.p == p && p - n->s >= 2 &&
      p[-1] == '-' && ks_is_alpha((unsigned char)p[-2])) {
    const char *l = v.end, *w = p - 1;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    while (l < n->end && ks_is_upper((unsigned char)*l))
      l++;
    /* (not a word's prefix before a temperature: "Mid-30C heat") */
    static const char *const words[] = {"High", "Low", "Mid",   "Post",
                                        "Pre",  "Sub", "Upper", "Lower"};
    if (p - 1 - w <= 4 && ks_is_upper((unsigned char)*w) && l > v.end &&
        l - v.end <= 3 && !alnum_at(l, n->end) &&
        !(l < n->end && (*l == '-' || *l == '/')) &&
        !word_is(w, (size_t)(p - 1 - w), words, N_OF(words)) &&
        (w == n->s || !ks_is_alnum((unsigned char)w[-1]))) {
      return say_number_letters(n, &v, l);
    }
  }
  /* "the Nikkei 225": Tokyo's index, its figures one by one */
  static const char *const nikkei[] = {"Nikkei"};
  if (v.ok && !v.dot && !v.commas && v.ndig == 3 && v.ival == 225 &&
      !alnum_at(v.end, n->end) && ks_norm_word_before(n, v.p, nikkei, 1)) {
    sep(n);
    ks_num_digits(n->out, v.p, 3);
    return v.end;
  }
  /* "435 Squadron", "617 Sqn": an air force's squadron, its figures one
   * by one, as its crews say it (set BD) */
  /* (capitalised, the unit's name; not "120 squadron leaders", nor a
   * round hundred's "No. 100 Squadron", said whole, nor a count after a
   * word of how many unless a verb follows the unit, "more than 150
   * Squadron members"; "members of 435 Squadron flew") */
  static const char *const squad_ends[] = {"flew", "is", "was"};
  static const char *const about_many[] = {"about",  "almost", "around",
                                           "nearly", "of",     "over",
                                           "some",   "than"};
  const char *ue = !v.ok || v.dot || v.commas || v.ndig != 3 || v.p != p ||
                           v.ival % 100 == 0
                       ? NULL
                   : starts(v.end, n->end, " Squadron") ? v.end + 9
                   : starts(v.end, n->end, " Sqn")      ? v.end + 4
                                                        : NULL;
  if (ue && !alnum_at(ue, n->end) &&
      !(ks_norm_word_before(n, v.p, about_many, N_OF(about_many)) &&
        !ks_norm_next_is(n, ue, squad_ends, N_OF(squad_ends)))) {
    sep(n);
    ks_num_digits(n->out, v.p, 3);
    return v.end;
  }
  /* "the 13th Malaysia Plan (13MP)": in brackets, the plan's number and
   * the initials of the capitalised words before them, said as figures
   * and letters (not "thirteen megapixels") */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 2 && v.p == p &&
      p - n->s >= 4 && p[-1] == '(') {
    const char *l = v.end, *w = p - 1, *we;
    while (l < n->end && ks_is_upper((unsigned char)*l))
      l++;
    size_t k = (size_t)(l - v.end);
    bool initials = k >= 2 && k <= 4 && l < n->end && *l == ')' &&
                    p[-2] == ' ';
    while (initials && k > 0)
      initials = (w = ks_norm_prev_word(n, w, &we)) != NULL && *w == v.end[--k];
    if (initials) {
      return say_number_letters(n, &v, l);
    }
  }
  /* "ATU Local 1591", "Unifor Local 2207": a union local's number, said
   * in pairs as a year is ("twenty-two oh seven") */
  if (v.ok && !v.dot && !v.commas && v.ndig == 4 && v.p - n->s >= 6 &&
      starts(v.p - 6, n->end, "Local ") && !alnum_at(v.end, n->end) &&
      (v.p - 6 == n->s || v.p[-7] == ' ')) {
    sep(n);
    ks_num_year(n->out, (unsigned)v.ival);
    return v.end;
  }
  /* "3PT: 4-7" in a box score's row, "3QT: 8.8" in Australian football's:
   * three-pointers made of attempted, the three-quarter-time score */
  if (v.ok && v.ival == 3 && v.ndig == 1 && v.p == p &&
      (p == n->s || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')) &&
      (starts(v.end, n->end, "PT: ") || starts(v.end, n->end, "QT: "))) {
    const char *a = v.end + 4, *ae = digit_end(a, n->end), *b, *be;
    if (ae > a && ae - a <= 2 && ae < n->end - 1 &&
        (*ae == '-' || *ae == '.') && ks_is_digit((unsigned char)ae[1]) &&
        (*ae == '-') == (v.end[0] == 'P')) {
      b = ae + 1;
      be = digit_end(b, n->end);
      if (be - b <= 2 && !alnum_at(be, n->end) &&
          !(be < n->end - 1 && *be == '.' &&
            ks_is_digit((unsigned char)be[1]))) {
        say(n, v.end[0] == 'P' ? "Three-pointers:" : "Three-quarter-time:");
        sep(n);
        ks_num_cardinal(n->out, small_val(a, ae));
        ks_buf_puts(n->out, v.end[0] == 'P' ? " of " : " ");
        ks_num_cardinal(n->out, small_val(b, be));
        return be;
      }
    }
  }
  /* "a 100-1 outsider", "a 5-2 favourite": a horse's odds, "a hundred to
   * one" (a hundred after "a", as a bookmaker says it) */
  if (v.ok && !v.dot && !v.commas && v.ndig <= 3 && v.end + 1 < n->end &&
      *v.end == '-' && ks_is_digit((unsigned char)v.end[1])) {
    const char *d = digit_end(v.end + 1, n->end);
    /* against the horse: more than the stake ("a 50-50 chance", "60-40"
     * are shares of a whole) */
    if (d - v.end <= 4 && v.ival > small_val(v.end + 1, d) &&
        ks_norm_next_is(n, d, odds_after, N_OF(odds_after))) {
      static const char *const a[] = {"a", "A"};
      if (v.ival == 100 && ks_norm_word_before(n, v.p, a, N_OF(a)))
        say(n, "hundred");
      else {
        sep(n);
        ks_num_cardinal(n->out, v.ival);
      }
      ks_buf_puts(n->out, " to ");
      ks_num_cardinal(n->out, small_val(v.end + 1, d));
      return d;
    }
  }
  /* "went 0-for-3": a hitless day at the plate, "oh for three" */
  if (v.ok && v.ndig == 1 && v.ival == 0 && !v.dot &&
      starts(v.end, n->end, "-for-")) {
    const char *d = v.end + 5, *de = digit_end(d, n->end);
    say(n, "oh");
    if (de > d && de - d <= 2 && !alnum_at(de, n->end)) {
      ks_buf_puts(n->out, "-for-");
      ks_num_cardinal(n->out, small_val(d, de));
      return de;
    }
    return v.end;
  }
  /* "won the 1,500m", "the 1500 metres": the race, "fifteen hundred" as
   * athletics says it (not "1,500 m of cable" without "the", nor "the
   * 1,500 migrants", "the 1,500-metre-long runway") */
  if (v.ok && !v.dot && v.ival == 1500 && race_named(n, v.p)) {
    static const struct {
      const char *unit, *said;
    } race_units[] = {{"m", " meters"},       {" m", " meters"},
                      {" metres", " metres"}, {" meters", " meters"},
                      {"-metre", "-metre"},   {"-meter", "-meter"}};
    for (size_t i = 0; i < N_OF(race_units); i++) {
      const char *u;
      if (!starts(v.end, n->end, race_units[i].unit))
        continue;
      u = v.end + strlen(race_units[i].unit);
      if (!(u < n->end && (ks_is_alnum((unsigned char)*u) || *u == '-' ||
                           (unsigned char)*u >= 0x80))) {
        say(n, "fifteen hundred");
        ks_buf_puts(n->out, race_units[i].said);
        return u;
      }
    }
  }
  /* "the new 1,200cc Ducati": an engine's size in whole hundreds, as
   * motoring says it, "twelve hundred c c" */
  if (v.ok && !v.dot && v.ival >= 1100 && v.ival <= 9900 && v.ival % 100 == 0 &&
      v.ival % 1000 != 0 &&
      (starts(v.end, n->end, "cc") || starts(v.end, n->end, " cc")) &&
      !alnum_at(v.end + (*v.end == ' ' ? 3 : 2), n->end)) {
    sep(n);
    ks_num_cardinal(n->out, v.ival / 100);
    ks_buf_puts(n->out, " hundred C C");
    return v.end + (*v.end == ' ' ? 3 : 2);
  }
  /* "Activision's first 007 offering": Bond's number, "double-oh seven" */
  static const char *const numbered[] = {
      "case", "code", "extension", "flight", "lot", "number", "room", "unit"};
  if (v.ok && v.ndig == 3 && !memcmp(v.p, "007", 3) &&
      !alnum_at(v.end, n->end) &&
      !(v.end + 1 < n->end && *v.end == '.' &&
        ks_is_digit((unsigned char)v.end[1])) &&
      !(v.p > n->s && (ks_is_alnum((unsigned char)v.p[-1]) || v.p[-1] == '-' ||
                       v.p[-1] == '/')) &&
      !ks_norm_word_before(n, v.p, numbered, N_OF(numbered)) &&
      !(n->prev && n->prev + n->prev_len + 2 == v.p &&
        !memcmp(n->prev, "No", 2))) {
    say(n, "double-oh seven");
    return v.end;
  }
  /* "a 2xLP on blue vinyl", "the 3LP box": a record of two or three
   * discs, "double LP", "triple LP" */
  if (v.ok && !v.dot && v.ndig == 1 && (v.ival == 2 || v.ival == 3) &&
      !(v.p > n->s && ks_is_alnum((unsigned char)v.p[-1]))) {
    const char *l = v.end + (v.end < n->end && *v.end == 'x');
    if (starts(l, n->end, "LP") && !alnum_at(l + 2, n->end)) {
      say(n, v.ival == 2 ? "double L P" : "triple L P");
      return l + 2;
    }
  }
  if ((r = num_reporter_series(n, &v)) || (r = num_iso(n, &v)) ||
      (r = num_cell_negative(n, &v)) || (r = num_quarter(n, &v)) ||
      (r = num_tyre(n, &v)) || (r = num_slash_list(n, &v)) ||
      (r = num_coordinate(n, &v)) || (r = num_average(n, &v)) ||
      (r = num_caliber(n, &v)) || (r = num_not_out(n, &v)) ||
      (r = num_goals_behinds(n, &v)) || (r = num_runway(n, &v)) ||
      (r = num_room(n, &v)) ||
      (r = num_lsd(n, &v)) || (r = num_cents(n, &v)) ||
      (r = num_suffix(n, &v)) || (r = num_joined(n, &v)) ||
      (r = num_ending(n, &v)) || (r = num_emergency(n, &v)) ||
      (r = num_turn(n, &v)) || (r = num_of_tries(n, &v)) ||
      (r = num_street(n, &v)) || (r = num_road(n, &v)) ||
      (r = num_dial_code(n, &v)) || (r = num_short_code(n, &v)) ||
      (r = num_helpline(n, &v)) || (r = num_course(n, &v)) ||
      (r = num_screen(n, &v)) || (r = num_model(n, &v)) ||
      (r = num_year_word(n, &v)) || (r = num_yearish(n, &v)) ||
      (r = num_weekday_day(n, &v)) || (r = num_squawk(n, &v)) ||
      (r = num_minute_mark(n, &v)) ||
      (r = num_price_word(n, &v)) || (r = num_code(n, &v)))
    return r;
  /* "cut to 2.00%", "2.40%": a rate written to two places, as a central
   * bank sets it, said without its trailing zeros ("two percent", "two
   * point four percent") */
  /* (and before "per cent" written out: "from 9.00 per cent") */
  /* (so an index's close, "at 1,418.60 points"; a rate to one place,
   * "2.0%", keeps its "point zero", as growth's figures are said) */
  if (v.dot && v.ndig > 0 && v.end < n->end &&
      (*v.end == '%' || starts(v.end, n->end, " per cent") ||
       starts(v.end, n->end, " percent") ||
       (starts(v.end, n->end, " points") && !alnum_at(v.end + 7, n->end))) &&
      v.end - v.dot >= 3 && v.end[-1] == '0') {
    struct num w = v;
    while (w.end > w.dot + 1 && w.end[-1] == '0')
      w.end--;
    if (w.end == w.dot + 1) {
      w.end = w.dot;
      w.dot = NULL;
    }
    ks_norm_say_num(n, &w);
    return num_after(n, &v);
  }
  ks_norm_say_num(n, &v);
  return num_after(n, &v);
}
