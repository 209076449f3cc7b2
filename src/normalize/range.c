/* range.c - a dash between numbers: ranges, scores, minus signs.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* Where the figures that end at q begin: the first number of a range
 * or a score, already said, before its dash at q. */
static const char *figures_start(const struct norm *n, const char *q) {
  while (q > n->s && ks_is_digit((unsigned char)q[-1]))
    q--;
  return q;
}

/* The second number of a range or score after "-": a year's last two
 * digits ("2024-25") or a decade ("1960s-80s") follow the first. */
static const char *range_tail(struct norm *n, const char *p) {
  const char *e = digit_end(p, n->end);
  unsigned v;
  if (e - p != 2 || (e < n->end && ks_is_alnum((unsigned char)*e) && *e != 's'))
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
  /* the first year, four figures right before the dash: said "two
   * thousand three", its tail is a whole year ("2003-04": two thousand
   * three to two thousand four; "1999-00": to two thousand) */
  const char *d = p - 1;
  while (d > n->s && !ks_is_digit((unsigned char)d[-1]) && p - d < 4)
    d--;
  if (d - n->s >= 4 && ks_is_digit((unsigned char)d[-1]) &&
      digit_end(d - 4, n->end) == d &&
      (d - 4 == n->s || !ks_is_alnum((unsigned char)d[-5]))) {
    unsigned first = small_val(d - 4, d - 2) * 100 + small_val(d - 2, d);
    unsigned year = first - first % 100 + v;
    if (v < first % 100)
      year += 100;
    if ((first >= 2000 && first <= 2009) || year % 100 == 0) {
      ks_num_year(n->out, year);
      return e;
    }
  }
  if (v < 10)
    ks_buf_puts(n->out, "oh ");
  ks_num_cardinal(n->out, v);
  return e;
}

/* The second page of a range after "pp." written short: "pp. 211–48" is
 * two hundred and eleven to two hundred and forty-eight. q is at the
 * dash, r at the second number. */
static const char *page_tail(struct norm *n, const char *q, const char *r) {
  static const char *const pages[] = {"p", "pages", "pp"};
  const char *end = n->end, *e = digit_end(r, end), *b = figures_start(n, q), *w, *we;
  uint64_t first = 0, second = 0, scale = 1;
  if (e == r || q - b > 5 || e - r >= q - b || b - n->s < 3 || b[-1] != ' ' ||
      (e < end && ks_is_alnum((unsigned char)*e)))
    return NULL;
  we = b[-2] == '.' ? b - 2 : b - 1; /* "pp. 211" */
  for (w = we; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  if (!word_is(w, (size_t)(we - w), pages, N_OF(pages)))
    return NULL;
  for (const char *c = b; c < q; c++)
    first = first * 10 + (uint64_t)(*c - '0');
  for (const char *c = r; c < e; c++, scale *= 10)
    second = second * 10 + (uint64_t)(*c - '0');
  second += first - first % scale;
  if (second <= first)
    return NULL;
  sep(n);
  ks_num_cardinal(n->out, second);
  return e;
}

/* A dash before a number in a sum with "=" after it ("1-2=5", "1- 2 =
 * 5") is a minus sign, however it is spaced: says "minus" and returns
 * where the next number starts. */
static const char *arithmetic_minus(struct norm *n, const char *r) {
  const char *end = n->end, *e = skip_spaces(r, end);
  if (e - r > 1 || e >= end || !ks_is_digit((unsigned char)*e))
    return NULL;
  r = e;
  while (e < end && (ks_is_digit((unsigned char)*e) || *e == '.'))
    e++;
  e = skip_spaces(e, end);
  if (e >= end || *e != '=')
    return NULL;
  say(n, "minus");
  return r;
}

/* "at 5-5 in the breaker", "double-faulted at 30-40", "led 3-2": a
 * tennis score after "at", "led" or "trailed" in a sentence about
 * tennis, said as the umpire calls it: "five all", "thirty forty",
 * "three two" (no "to"; a point's zero is "love"); q at the dash, r at
 * the second number. */
static const char *tennis_score(struct norm *n, const char *q, const char *r) {
  static const char *const tennis[] = {
      "ace",          "aces",           "breaker",   "deuce",
      "double-fault", "double-faulted", "served",    "serving",
      "tie-break",    "tiebreak",       "tiebreaker"};
  static const char *const at[] = {"at", "led", "leading", "trailed",
                                   "trailing"};
  const char *end = n->end, *b = figures_start(n, q), *re = digit_end(r, end), *w, *we;
  unsigned first, second;
  bool points;
  if (b == q || q - b > 2 || re == r || re - r > 2 || alnum_at(re, end) ||
      (re < end - 1 && (*re == '-' || *re == '(') &&
       ks_is_digit((unsigned char)re[1])) ||
      (re < end && *re == '%') || starts(re, end, " per") ||
      (w = ks_norm_prev_word(n, b, &we)) == NULL ||
      !word_is(w, (size_t)(we - w), at, N_OF(at)) ||
      !ks_norm_sentence_has(n, tennis, N_OF(tennis)))
    return NULL;
  first = small_val(b, q);
  second = small_val(r, re);
  points = (first == 0 || first == 15 || first == 30 || first == 40) &&
           (second == 0 || second == 15 || second == 30 || second == 40) &&
           (first >= 15 || second >= 15);
  if (!points && (first > 7 || second > 7))
    return NULL;
  if (first == second) {
    say(n, "all");
  } else if (points && second == 0) {
    say(n, "love");
  } else {
    sep(n);
    ks_num_cardinal(n->out, second);
  }
  return re;
}

static void zero_as(struct norm *n, const char *word);

/* A level score after a word of drawing: "drew 2-2", "level at 1-1",
 * "tied 3-3", "ended 1-1" are "two all"; so before one: "a 2-2 draw";
 * q at the dash, r at the second number (not a vote's "3-3"). */
static const char *level_score(struct norm *n, const char *q, const char *r) {
  static const char *const draws[] = {"draw",     "drawn",     "drew",
                                      "leveled",  "levelled",  "level",
                                      "leveling", "levelling", "tied"};
  static const char *const ends[] = {"ended", "finished"};
  static const char *const after[] = {"draw", "stalemate", "tie"};
  static const char *const ballots[] = {"vote", "voted", "votes"};
  const char *end = n->end, *b = figures_start(n, q), *re = digit_end(r, end);
  /* "level at 1-1", "tied the series 1-1": one of the three words before;
   * "ended 1-1", "a 2-2 draw" (not "ended 0-0", which football says "nil
   * nil") */
  bool nil = q - b == 1 && *b == '0';
  /* "ended"/"finished" only of a match ("The game ended 1-1"), not a
   * season's record ("The Bears finished 8-8", eight and eight) */
  static const char *const matches[] = {"contest", "derby", "final",
                                        "fixture", "game",  "half",
                                        "match",   "series", "tie"};
  bool match = ks_norm_sentence_has(n, matches, N_OF(matches));
  /* (a goalless draw is "nil nil" where the article is about football,
   * or where it "drew" or is "a draw", football's words, and the sentence
   * names no American game; "tied 0-0", "level", "ended" are "zero all"
   * elsewhere) */
  static const char *const american[] = {"NFL", "NHL", "MLS", "baseball",
                                         "hockey", "inning", "innings",
                                         "overtime", "puck"};
  static const char *const drew[] = {"draw", "drawn", "drew"};
  bool us = nil && !ks_norm_about_football(n) &&
            (ks_norm_sentence_has(n, american, N_OF(american)) ||
             !(ks_norm_word_within(n, b, 3, drew, N_OF(drew)) ||
               ks_norm_next_is(n, re, drew, N_OF(drew))));
  if (b == q || q - b > 2 || re - r != q - b || memcmp(b, r, (size_t)(q - b)) ||
      alnum_at(re, end) || (re < end && *re == '-') ||
      !(ks_norm_word_within(n, b, 3, draws, N_OF(draws)) ||
        ((!nil || !us) &&
         ((match && ks_norm_word_within(n, b, 3, ends, N_OF(ends))) ||
          ks_norm_next_is(n, re, after, N_OF(after))))) ||
      ks_norm_sentence_has(n, ballots, N_OF(ballots))) /* "voted 3-3" */
    return NULL;
  if (nil && !us) {
    zero_as(n, "nil");
    say(n, "nil");
    return re;
  }
  say(n, "all");
  return re;
}

/* "you" before the apostrophe before v ("you're", "you’re"). */
static bool you_before(const struct norm *n, const char *v) {
  const char *a = v[-1] == '\'' ? v - 1 : v - 3; /* "’" is three bytes */
  return a - n->s >= 3 && eq_ci(a - 3, 3, "you");
}

/* The length of a score of one digit a side at d0 ("6-3", or "6–3" with
 * an en dash), or 0. */
static size_t pair_at(const struct norm *n, const char *d0) {
  size_t dl;
  if (d0 < n->s || d0 + 3 > n->end || !ks_is_digit((unsigned char)d0[0]) ||
      (d0 != n->s && ks_is_alnum((unsigned char)d0[-1])))
    return 0;
  dl = d0[1] == '-' ? 1 : starts(d0 + 1, n->end, "\xE2\x80\x93") ? 3 : 0;
  if (!dl || d0 + dl + 2 > n->end || !ks_is_digit((unsigned char)d0[dl + 1]) ||
      (d0 + dl + 2 < n->end && ks_is_alnum((unsigned char)d0[dl + 2])))
    return 0;
  return dl + 2;
}

/* What stands between two scores of a run: "6-3, 6-7 (4-7), 6-2". */
static const char *const set_seps[] = {"), ", ") ", ", ", " (", " "};

/* The pair before the one at d0 in a run, past one of set_seps, or
 * NULL. */
static const char *pair_before(const struct norm *n, const char *d0) {
  for (size_t i = 0; i < N_OF(set_seps); i++) {
    size_t l = strlen(set_seps[i]);
    const char *b = d0 - l;
    if (d0 - n->s < (ptrdiff_t)(l + 3) || memcmp(b, set_seps[i], l) != 0)
      continue;
    /* past a tie-break's points glued to the pair: "6-7(5), 7-6" */
    if (b[-1] == ')' && b - n->s >= 6) {
      const char *o = b - 2;
      while (o > n->s && ks_is_digit((unsigned char)*o) && b - o <= 4)
        o--;
      if (*o == '(' && o < b - 2)
        b = o > n->s && o[-1] == ' ' ? o - 1 : o; /* "7-6 (5), 6-4" */
    }
    if (b - n->s >= 3 && pair_at(n, b - 3) == 3)
      return b - 3;
    if (b - n->s >= 5 && pair_at(n, b - 5) == 5)
      return b - 5;
  }
  return NULL;
}

/* After a set's pair at e, its tie-break's points in brackets, glued or
 * spaced ("7-6(5)", "7-6 (5)"): where they end, or e. */
static const char *tiebreak_end(const struct norm *n, const char *e) {
  const char *d = e + 1, *o = e;
  if (e + 1 < n->end && *e == ' ' && e[1] == '(') {
    e++;
    d++;
  }
  if (e >= n->end || *e != '(')
    return o;
  while (d < n->end && ks_is_digit((unsigned char)*d) && d - e <= 2)
    d++;
  return d > e + 1 && d < n->end && *d == ')' ? d + 1 : o;
}

/* The pair after the one at d0 in a run, or NULL. */
static const char *pair_after(const struct norm *n, const char *d0) {
  const char *e = tiebreak_end(n, d0 + pair_at(n, d0));
  for (size_t i = 0; i < N_OF(set_seps); i++) {
    size_t l = strlen(set_seps[i]);
    if (n->end - e >= (ptrdiff_t)(l + 3) && !memcmp(e, set_seps[i], l) &&
        pair_at(n, e + l))
      return e + l;
  }
  return NULL;
}

/* Tennis sets, "6-3, 6-7 (4-7), 6-2", "7-5 6-4" or "6–4, 7–5": a run of
 * one-digit scores, two or more outside brackets, each of those won at 6
 * or 7 games, is read "six three, six seven (four seven)", without "to".
 * Age bands ("3-5, 6-7") fail the 6-or-7 test. dash is the dash of a
 * score. */
static bool in_sets(const struct norm *n, const char *dash) {
  /* (or one set's score, won at 6 or 7 games, where the sentence names a
   * set: "took the opening set 6-0", "in straight sets") */
  static const char *const set_words[] = {"set", "sets"};
  static const char *const set_before[] = {
      "deciding", "fifth", "final", "first", "fourth", "opening", "second",
      "straight", "third"};
  const char *d = dash - 1, *first;
  int sets = 0;
  if (!pair_at(n, d))
    return false;
  while ((first = pair_before(n, d)) != NULL)
    d = first;
  for (; d; d = pair_after(n, d)) { /* the run, from its first pair */
    char b = d[pair_at(n, d) - 1], most = d[0] > b ? d[0] : b;
    if (d > n->s && d[-1] == '(')
      continue; /* a tie-break */
    if (most != '6' && most != '7')
      return false;
    sets++;
  }
  if (sets == 1 && !(dash - 1 > n->s && dash[-2] == '('))
    for (const char *w = n->s;
         (w = ks_norm_find_exact(n, w, set_words, N_OF(set_words))) != NULL;
         w += 3) {
      const char *b, *be, *se = alpha_end(w, n->end);
      /* (not a set of things: "the first set of results showed Arsenal
       * won 6-0") */
      if ((b = ks_norm_prev_word(n, w, &be)) != NULL &&
          word_is(b, (size_t)(be - b), set_before, N_OF(set_before)) &&
          !starts(se, n->end, " of ") && !ks_norm_about_football(n))
        return true;
    }
  return sets >= 2;
}

static const char *record_said(struct norm *n, const char *r, const char *e);

/* A team's record in brackets after its name, wins and losses: "the
 * Cougars (13-0)", "USC (9-5, 0-2)" are "thirteen and oh", "nine and five,
 * oh and two". dash is at the dash after the first number; returns where
 * the second is read from, or NULL. */
static const char *record(struct norm *n, const char *dash, const char *r) {
  const char *end = n->end, *s0 = dash, *b, *e;
  if (*dash != '-' || r != dash + 1)
    return NULL;
  while (s0 > n->s && ks_is_digit((unsigned char)s0[-1]))
    s0--;
  if (dash - s0 > 2 || s0 == n->s)
    return NULL;
  b = s0 - 1; /* the bracket, or the space of ", " before a second record */
  if (*b == ' ' && b - n->s >= 4 && b[-1] == ',' &&
      ks_is_digit((unsigned char)b[-2])) {
    const char *o = b - 2;
    while (o > n->s && (ks_is_digit((unsigned char)o[-1]) || o[-1] == '-'))
      o--;
    if (o == n->s)
      return NULL;
    b = o - 1;
  }
  if (*b != '(' || b - n->s < 2 || b[-1] != ' ' ||
      !ks_is_alpha((unsigned char)b[-2]))
    return NULL;
  {
    const char *w = b - 1;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    if (!ks_is_upper((unsigned char)*w))
      return NULL;
  }
  e = r;
  while (e < end && ks_is_digit((unsigned char)*e))
    e++;
  if (e == r || e - r > 2 || e >= end)
    return NULL;
  /* "(18-7, 9-5 Big 12)": a conference's record before its name */
  if (*e == ' ' && e + 1 < end && ks_is_upper((unsigned char)e[1])) {
    const char *c = e + 1;
    while (c < end && c - e < 24 &&
           (ks_is_alnum((unsigned char)*c) || *c == ' '))
      c++;
    if (c < end && *c == ')')
      return record_said(n, r, e);
  }
  if (!(*e == ')' || *e == ','))
    return NULL;
  /* "Bramble Court (12-1)": a horse's odds in an article about racing */
  if (n->topics & KS_TOPIC_RACING) {
    say(n, "to");
    return r;
  }
  return record_said(n, r, e);
}

/* A record after a verb of standing: "Seattle has gone 8-1 this year",
 * "they are 0-3 at Lambeau", "he is 2-3 against his old team", "improved
 * to 10-4 with the win"; not "is 3-4
 * percent" (the word after must be one a record takes). s0 is at the first
 * number, e after the second. */
static bool record_after_verb(const struct norm *n, const char *s0,
                              const char *e) {
  static const char *const verbs[] = {
      "is",   "are",     "went",  "gone",   "goes", "go",   "improved",
      "fell", "dropped", "stand", "stands", "sit",  "sits", "re"};
  static const char *const moves[] = {
      "climbed",   "climbing", "dropped", "dropping", "drops",    "fall",
      "falling",   "falls",    "fell",    "improve",  "improved", "improves",
      "improving", "move",     "moved",   "moves",    "moving",   "rose",
      "sank",      "slid",     "sliding", "slipped",  "slipping"};
  static const char *const after[] = {"at",     "against", "this", "last",
                                      "with",   "since",   "on",   "when",
                                      "versus", "vs"};
  static const char *const game[] = {"against", "with", "without"};
  static const char *const games[] = {
      "beat",   "defeat",    "games",   "lost", "loss", "losses", "record",
      "season", "standings", "victory", "win",  "wins", "won"};
  const char *end = n->end, *w, *we, *v, *ve;
  bool moved;
  /* "3-5 on the season", "1-4 on the year": only a record */
  if (starts(e, end, " on the season") || starts(e, end, " on the year"))
    return true;
  /* "Skenes (W, 12-5)", "(L, 3-7)": a pitcher's decision and record */
  if (s0 - n->s >= 4 && s0[-1] == ' ' && s0[-2] == ',' &&
      (s0[-3] == 'W' || s0[-3] == 'L') && s0[-4] == '(' && e < end && *e == ')')
    return true;
  /* "move to 21-5, 12-2 MCAC": a second record after a first and its
   * comma (the conference's) */
  if (s0 - n->s >= 6 && s0[-1] == ' ' && s0[-2] == ',') {
    const char *e1 = s0 - 2, *d = e1, *s1;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    if (d < e1 && e1 - d <= 2 && d - n->s >= 3 && d[-1] == '-') {
      s1 = d - 1;
      while (s1 > n->s && ks_is_digit((unsigned char)s1[-1]))
        s1--;
      if (s1 < d - 1 && d - 1 - s1 <= 2 && record_after_verb(n, s1, e1))
        return true;
    }
  }
  if (!(v = ks_norm_prev_word(n, s0, &ve)))
    return false;
  /* "UIC is 9-8 and 3-3": the second of two records after the verb */
  if (eq_ci(v, (size_t)(ve - v), "and") && v - n->s >= 5 && v[-1] == ' ') {
    const char *e1 = v - 1, *d = e1, *s1;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    if (d < e1 && d - n->s >= 3 && d[-1] == '-') {
      s1 = d - 1;
      while (s1 > n->s && ks_is_digit((unsigned char)s1[-1]))
        s1--;
      if (s1 < d - 1 && e1 - s1 <= 5 && record_after_verb(n, s1, e1))
        return true;
    }
  }
  /* "they are now 9-3 versus": the verb before "now"; "Both clubs are
   * now 86-68." where the clause ends */
  bool now = eq_ci(v, (size_t)(ve - v), "now");
  if (now && !(v = ks_norm_prev_word(n, v, &ve)))
    return false;
  static const char *const tallies[] = {
      "count", "court", "justices", "lead",  "majority", "odds", "poll",
      "ratio", "score", "split",    "tally", "vote",     "votes"};
  if (now && (e == end || *e == '.' || *e == ',' || *e == ';') &&
      (eq_ci(v, (size_t)(ve - v), "are") || eq_ci(v, (size_t)(ve - v), "is")) &&
      !ks_norm_sentence_has(n, tallies, N_OF(tallies)))
    return true;
  /* "Seattle is 11-3 in its past 14 games" (not "the Supreme Court is
   * 6-3 in its makeup") */
  if ((eq_ci(v, (size_t)(ve - v), "is") || eq_ci(v, (size_t)(ve - v), "are")) &&
      (starts(e, end, " in its ") || starts(e, end, " in their ")) &&
      !ks_norm_sentence_has(n, tallies, N_OF(tallies)))
    return true;
  /* "We're 31-14.": after "we're", "they're", "you're" where the clause
   * ends */
  if (eq_ci(v, (size_t)(ve - v), "re") && v - n->s >= 3 && !you_before(n, v) &&
      (v[-1] == '\'' || (v - n->s >= 3 && !memcmp(v - 3, "\xE2\x80\x99", 3))) &&
      (e == end || *e == ',' || *e == '.' || *e == ';' || *e == '!' ||
       starts(e, end, " and ")))
    return true;
  /* "improved to 10-4", "fell to 3-5": a verb of moving, then "to" */
  moved = eq_ci(v, (size_t)(ve - v), "to");
  if (moved) {
    if ((v = ks_norm_prev_word(n, v, &ve)) != NULL &&
        (eq_ci(v, (size_t)(ve - v), "record") ||
         eq_ci(v, (size_t)(ve - v), "mark")))
      /* "improving their record to 10-4"; not "cut the record to 10-12
       * minutes" */
      return !ks_norm_noun_after(n, e) &&
             !ks_norm_unit_word(n->lang, e, end, &w);
    /* "The win moves Pittsburgh to 9-5", "improved the Steelers to 9-5":
     * the team between the verb and "to" */
    static const char *const sends[] = {"lifted", "lifts", "pushed",
                                        "pushes", "sends", "sent"};
    if (v && ks_is_upper((unsigned char)*v) && v > n->s) {
      const char *t = v, *te;
      if ((t = ks_norm_prev_word(n, t, &te)) != NULL &&
          eq_ci(t, (size_t)(te - t), "the"))
        t = ks_norm_prev_word(n, t, &te);
      if (t && (word_is(t, (size_t)(te - t), moves, N_OF(moves)) ||
                word_is(t, (size_t)(te - t), sends, N_OF(sends))))
        v = t, ve = te;
    }
    if (!v || (!word_is(v, (size_t)(ve - v), moves, N_OF(moves)) &&
               !word_is(v, (size_t)(ve - v), sends, N_OF(sends))))
      return false;
  } else if (!word_is(v, (size_t)(ve - v), verbs, N_OF(verbs))) {
    return false;
  }
  /* "improved to 42-12, the best record": where the phrase ends, in a
   * sentence about games */
  /* (or before "and" and the next verb: "improved to 66-53 and moved
   * within 1\xc2\xbd games") */
  if (moved && (e == end || *e == ',' || *e == '.' || *e == ';' ||
                starts(e, end, " and "))) {
    /* "the Broncos slid to 6-10": a team's name, a capitalised plural,
     * before the verb; not a party's or a firm's in a sentence about a
     * poll or a rate ("Democrats climbed to 48-45 in the poll") */
    static const char *const parties[] = {
        "Conservatives", "Democrats",  "Greens", "Liberals",
        "Republicans",   "Socialists", "Tories"};
    static const char *const not_games[] = {
        "degrees", "interest", "percent",     "rate",         "rates", "seats",
        "support", "survey",   "temperature", "temperatures", "voters"};
    const char *t, *te;
    if ((t = ks_norm_prev_word(n, v, &te)) != NULL && te - t >= 4 && t > n->s &&
        ks_is_upper((unsigned char)*t) && te[-1] == 's' &&
        ks_is_lower((unsigned char)te[-2]) &&
        !word_is(t, (size_t)(te - t), parties, N_OF(parties)) &&
        !ks_norm_sentence_has(n, tallies, N_OF(tallies)) &&
        !ks_norm_sentence_has(n, not_games, N_OF(not_games)))
      return true;
    /* "Indiana improved to 6-9 and 4-3 at home": a side's record after
     * "improved", in a sentence about where its games are played ("at
     * home", "on the road", "in conference"; "Visibility improved to 5-10"
     * is a range) */
    static const char *const improved[] = {"improved", "improves"};
    static const char *const wheres[] = {"away", "conference", "division",
                                         "home", "league",     "road"};
    if (word_is(v, (size_t)(ve - v), improved, N_OF(improved)) &&
        ks_norm_sentence_has(n, wheres, N_OF(wheres)) &&
        !ks_norm_sentence_has(n, tallies, N_OF(tallies)) &&
        !ks_norm_sentence_has(n, not_games, N_OF(not_games)))
      return true;
    return ks_norm_sentence_has(n, games, N_OF(games));
  }
  /* "The Celtics are 32-10, 2.5 games ahead": after "is" or "are" where
   * the clause ends, in a sentence about a standing in games (not "the
   * ratio is 3-1.", "Inflation is 2-3, behind target") */
  static const char *const standing[] = {"division", "playoff", "playoffs",
                                         "standings"};
  static const char *const games_off[] = {"game ahead",  "game behind",
                                          "games ahead", "games behind",
                                          "games back",  "games out"};
  /* the clause's end and the verb first: the sentence is read for its
   * standing only then */
  if ((e == end || *e == ',' || *e == '.' || *e == ';') &&
      (eq_ci(v, (size_t)(ve - v), "is") || eq_ci(v, (size_t)(ve - v), "are"))) {
    bool standings = ks_norm_sentence_has(n, standing, N_OF(standing));
    for (const char *c = n->s; c < end && !standings; c++)
      for (size_t i = 0; i < N_OF(games_off) && !standings; i++)
        standings = starts(c, end, games_off[i]) &&
                    (c == n->s || c[-1] == ' ') &&
                    !alnum_at(c + strlen(games_off[i]), end);
    if (standings && !ks_norm_sentence_has(n, tallies, N_OF(tallies)))
      return true;
  }
  if (e >= end - 2 || *e != ' ')
    return false; /* "the ratio is 3-1.": a ratio or a vote, as well */
  w = e + 1;
  we = alpha_end(w, end);
  /* "ASU is 2-0 in Pac-10 play", "is 5-1 in road games"; "UIC is 9-8
   * and 3-3": a place of play within three words, or a second record */
  if (!moved && !ks_norm_sentence_has(n, tallies, N_OF(tallies))) {
    static const char *const plays[] = {"conference", "games", "league",
                                        "matches",    "play",  "starts"};
    if (eq_ci(w, (size_t)(we - w), "in")) {
      const char *x = we;
      /* "in Quad 1 and 2 games": past three words only over figures,
       * "and" and capitalised words, five at most (not "in support of
       * video games") */
      for (int k = 0; k < 5 && x < end - 1 && *x == ' '; k++) {
        const char *xe;
        x++;
        xe = x;
        while (xe < end && (ks_is_alnum((unsigned char)*xe) || *xe == '-'))
          xe++;
        if (word_is(x, (size_t)(xe - x), plays, N_OF(plays)))
          return true;
        if (k >= 2 && !(ks_is_digit((unsigned char)*x) ||
                        ks_is_upper((unsigned char)*x) ||
                        eq_ci(x, (size_t)(xe - x), "and")))
          break;
        x = xe;
      }
    }
    if (starts(e, end, " and ") && e + 8 <= end &&
        ks_is_digit((unsigned char)e[5])) {
      const char *d = digit_end(e + 5, end);
      if (d - (e + 5) <= 2 && d < end - 1 && *d == '-' &&
          ks_is_digit((unsigned char)d[1]) &&
          digit_end(d + 1, end) - (d + 1) <= 2)
        return true;
    }
  }
  /* after "improved to", only a game's words or where it was played
   * ("improve to 24-8 at home"): "fell to 2-3 this year" is a range */
  return moved ? word_is(w, (size_t)(we - w), game, N_OF(game)) ||
                     starts(w, end, "on the road") ||
                     (starts(w, end, "at home") && !alnum_at(w + 7, end)) ||
                     starts(w, end, "away from home")
               : word_is(w, (size_t)(we - w), after, N_OF(after));
}

/* A word after a record's last number at e that names it: "record",
 * "overall", "season", "start", with one word of where before it ("a 3-5
 * road record"). */
static bool record_word_after(const struct norm *n, const char *e) {
  /* "on a 0-2 count": a batter's balls and strikes, said as a record */
  static const char *const words[] = {
      "record", "overall",  "mark",   "season",   "seasons",
      "start",  "campaign", "finish", "lifetime", "count",
      "records"}; /* "both finished with 5-2 records" (set BD) */
  /* (not the idiom before it, "24-7 records of calls", nor records of
   * things, "kept 5-2 records of every sale") */
  if ((e - n->s >= 4 && !memcmp(e - 4, "24-7", 4)) ||
      starts(e, n->end, " records of "))
    return false;
  static const char *const kinds[] = {"road",       "home",    "away",
                                      "conference", "league",  "division",
                                      "career",     "playoff", "postseason"};
  const char *end = n->end, *w, *we;
  if (e >= end - 2 || *e != ' ')
    return false;
  w = e + 1;
  we = alpha_end(w, end);
  if (word_is(w, (size_t)(we - w), kinds, N_OF(kinds)) && we < end - 1 &&
      *we == ' ') { /* one word of where between */
    w = we + 1;
    we = alpha_end(w, end);
  }
  /* a count is balls and strikes, of one figure each ("by a 14-13
   * count" is a score), and so is one before its pitch */
  static const char *const pitches[] = {
      "changeup", "count", "curve",  "curveball", "cutter",
      "fastball", "pitch", "sinker", "slider",    "splitter"};
  /* "on a 2-2 changeup": the count the pitch was thrown on, in a
   * sentence about batting ("won by a 3-2 count" is a score) */
  static const char *const batting[] = {
      "at-bat", "batter", "changeup", "curveball", "fastball",
      "homer",  "inning", "pitch",    "slider",    "strike",
      "struck", "swung",  "walked"};
  if (word_is(w, (size_t)(we - w), pitches, N_OF(pitches)))
    return e - n->s >= 3 && e[-1] >= '0' && e[-1] <= '2' && e[-2] == '-' &&
           e[-3] >= '0' && e[-3] <= '3' &&
           (e - 3 == n->s || !ks_is_digit((unsigned char)e[-4])) &&
           ks_norm_sentence_has(n, batting, N_OF(batting));
  return word_is(w, (size_t)(we - w), words, N_OF(words));
}

/* A record named by the word after it: "a 13-3 overall record", "an 8-5
 * season", "a 3-0 start", "a 3-5 road record", "1-6 lifetime"; or after a
 * verb of standing (record_after_verb). */
static const char *record_before_word(struct norm *n, const char *dash,
                                      const char *r) {
  const char *end = n->end, *e = r, *s0 = dash;
  if (*dash != '-' || r != dash + 1)
    return NULL;
  while (s0 > n->s && ks_is_digit((unsigned char)s0[-1]))
    s0--;
  if (dash - s0 > 2 || (s0 > n->s && s0[-1] == '-'))
    return NULL;
  while (e < end && ks_is_digit((unsigned char)*e))
    e++;
  if (e == r || e - r > 2)
    return NULL;
  if (record_after_verb(n, s0, e) || record_word_after(n, e))
    return record_said(n, r, e);
  /* "Playoff record: 12-6": after a record's label and its colon */
  if (s0 - n->s >= 8 && s0[-1] == ' ' && s0[-2] == ':' &&
      (starts(s0 - 8, end, "record") || starts(s0 - 8, end, "Record")) &&
      !alnum_at(e, end))
    return record_said(n, r, e);
  return NULL;
}

/* In an article about hurling or Gaelic football, a score of goals and
 * points ("Limerick 2-24 Cork 1-25", "led 0-15 to 1-11"), said without
 * "to": "two twenty-four", a zero "nil"; a scorer's tally from frees and
 * from sixty-five-metre balls ("0-10 (0-6f, 0-2 '65s)") says so. Only
 * where a score stands: after a name or a word of scoring, before a
 * result's word or another score, or with its frees; not a span ("a 4-6
 * week lay-off", "aged 8-12", "5-10%", "5-10 euro"). The first number is
 * said; q is at the dash (or en dash), r after it. */
static const char *gaelic_score(struct norm *n, const char *q, const char *r,
                                size_t dl) {
  static const char *const scorers[] = {
      "beat",   "beaten", "by",      "drew",   "ended", "finished",
      "kicked", "lead",   "leading", "leads",  "led",   "scored",
      "tally",  "trail",  "trailed", "trails", "won"};
  static const char *const results[] = {"defeat", "draw",    "lead",
                                        "loss",   "victory", "win"};
  static const char *const ages[] = {"age", "aged", "ages", "between", "from"};
  static const char *const scales[] = {"billion", "hundred", "million",
                                       "thousand"};
  /* (or a sentence that names the games: "Kilkenny beat Cork 1-15 to
   * 1-13 in the hurling final", "at Croke Park") */
  static const char *const games[] = {"camogie", "Croke",   "GAA",
                                      "hurler",  "hurlers", "hurling",
                                      "Hurling", "SFC",     "SHC"};
  const char *end = n->end, *re, *e, *sa;
  if (!((n->topics & KS_TOPIC_GAELIC_GAMES) ||
        ks_norm_sentence_has(n, games, N_OF(games))) ||
      r != q + dl ||
      !(dl == 1 || (dl == 3 && starts(q, end, "\xE2\x80\x93"))) ||
      q - n->s < 1 || !ks_is_digit((unsigned char)q[-1]) ||
      (q - n->s >= 2 &&
       (ks_is_alnum((unsigned char)q[-2]) || strchr(".-:/$", q[-2]))))
    return NULL; /* one figure of goals */
  re = digit_end(r, end);
  if (re == r || re - r > 2 ||
      (re < end && (ks_is_digit((unsigned char)*re) || strchr("-/%", *re) ||
                    ((*re == '.' || *re == ':') && re + 1 < end &&
                     ks_is_digit((unsigned char)re[1])))) ||
      (alnum_at(re, end) && !(*re == 'f' && !alnum_at(re + 1, end))) ||
      ks_norm_word_before(n, q - 1, ages, N_OF(ages)) ||
      ks_norm_scan_currency(n->lang, skip_spaces(re, end), end, &sa) ||
      ks_norm_next_is(n, re, scales, N_OF(scales)) ||
      ks_norm_scan_unit(n->lang, skip_spaces(re, end), end, &e))
    return NULL;
  const char *b, *be;
  bool frees = (re < end && *re == 'f') || starts(re, end, " '65s") ||
               starts(re, end,
                      " \xE2\x80\x99"
                      "65s");
  /* the token before, a name's ("Limerick", "Briain's", "Ó Súilleabháin"),
   * or a word of scoring ("led", "a tally of") */
  bool named = false;
  if (q - n->s >= 3 && q[-2] == ' ') {
    const char *tb = q - 2;
    while (tb > n->s && tb[-1] != ' ' && tb[-1] != '(')
      tb--;
    named = ks_is_upper((unsigned char)*tb) ||
            ((unsigned char)*tb == 0xC3 && tb + 1 < q &&
             (unsigned char)tb[1] >= 0x80 && (unsigned char)tb[1] <= 0x9E);
  }
  if (!named && (b = ks_norm_prev_word(n, q - 1, &be)) != NULL) {
    const char *c, *ce;
    named = word_is(b, (size_t)(be - b), scorers, N_OF(scorers)) ||
            (eq_ci(b, (size_t)(be - b), "of") &&
             (c = ks_norm_prev_word(n, b, &ce)) != NULL &&
             (eq_ci(c, (size_t)(ce - c), "tally") ||
              eq_ci(c, (size_t)(ce - c), "total")));
  }
  /* "sealed a 2-24 to 1-25 win": a score to another, or a result's word */
  const char *t = re + 4;
  bool paired = (starts(re, end, " to ") && t + 2 < end &&
                 ks_is_digit((unsigned char)*t) && t[1] == '-') ||
                ks_norm_next_is(n, re, results, N_OF(results)) ||
                (re < end && *re == ' ' && re + 1 < end &&
                 ks_is_upper((unsigned char)re[1]));
  /* the second of two: "to 1-11" after a score */
  bool second = q - n->s >= 7 && starts(q - 5, end, " to ") &&
                ks_is_digit((unsigned char)q[-6]);
  if (!frees && !named && !paired && !second)
    return NULL;
  if (q[-1] == '0')
    zero_as(n, "nil");
  sep(n);
  ks_num_cardinal(n->out, small_val(r, re));
  e = re;
  if (e < end && *e == 'f') {
    say(n, "from frees");
    return e + 1;
  }
  if (starts(e, end, " '65s") || starts(e, end,
                                        " \xE2\x80\x99"
                                        "65s")) {
    say(n, "from sixty-fives");
    return e + (e[1] == '\'' ? 5 : 7);
  }
  return e;
}

/* A score's or a record's first number, already written, said as word
 * if a nought: "oh" in a record, "nil" in football. */
static void zero_as(struct norm *n, const char *word) {
  size_t len = n->out->len;
  if (len >= n->base + 4 && !memcmp(n->out->ptr + len - 4, "zero", 4)) {
    ks_buf_truncate(n->out, len - 4);
    /* "a 0-2 count": "an oh and two", "An oh and two" */
    if (word[0] == 'o' && len >= n->base + 6 &&
        (n->out->ptr[len - 6] == 'a' || n->out->ptr[len - 6] == 'A') &&
        n->out->ptr[len - 5] == ' ' &&
        (len == n->base + 6 || n->out->ptr[len - 7] == ' ')) {
      char a = n->out->ptr[len - 6];
      ks_buf_truncate(n->out, len - 6);
      ks_buf_putc(n->out, a);
      ks_buf_puts(n->out, "n ");
    }
    ks_buf_puts(n->out, word);
  }
}

/* One number of a three-part record, a nought "oh". */
static void record_part(struct norm *n, const char *p, const char *e) {
  sep(n);
  if (e - p == 1 && *p == '0')
    ks_buf_puts(n->out, "oh");
  else
    ks_num_cardinal(n->out, small_val(p, e));
}

/* Wins, losses and ties (or overtime losses) where a record is named:
 * "the Blues are 17-4-0 when allowing two goals", "a 1-3-0 record" are
 * "seventeen, four and oh", "one, three and oh"; a chain of three other
 * numbers is a code (below). dash is the first dash, after the first
 * number (already said). */
static const char *record_of_three(struct norm *n, const char *dash) {
  const char *end = n->end, *s0 = dash, *r = dash + 1, *e2, *e3;
  while (s0 > n->s && ks_is_digit((unsigned char)s0[-1]))
    s0--;
  if (dash - s0 < 1 || dash - s0 > 2 ||
      (s0 > n->s && (ks_is_alnum((unsigned char)s0[-1]) || s0[-1] == '-' ||
                     s0[-1] == '.' || s0[-1] == '/')))
    return NULL;
  e2 = digit_end(r, end);
  if (e2 == r || e2 - r > 2 || e2 >= end - 1 || *e2 != '-')
    return NULL;
  e3 = digit_end(e2 + 1, end);
  if (e3 == e2 + 1 || e3 - e2 - 1 > 2 || alnum_at(e3, end) ||
      (e3 < end && (*e3 == '-' || *e3 == '/')))
    return NULL;
  if (!record_after_verb(n, s0, e3) && !record_word_after(n, e3))
    return NULL;
  zero_as(n, "oh");
  ks_buf_putc(n->out, ',');
  record_part(n, r, e2);
  say(n, "and");
  record_part(n, e2 + 1, e3);
  return e3;
}

/* The second number of a record, after its first: "and", a nought "oh". */
static const char *record_said(struct norm *n, const char *r, const char *e) {
  zero_as(n, "oh");
  say(n, "and");
  if (e - r == 1 && *r == '0') {
    say(n, "oh");
    return e;
  }
  return r;
}

/* Whether the dash at q joins a year to the next one's last two digits
 * at r, before a word for a season or after "winter": "the 2019–20
 * season", "the 2024-25 school year", "winter 2023-24". */
static bool season_span(const struct norm *n, const char *q, const char *r) {
  static const char *const before[] = {"season", "winter"};
  const char *end = n->end, *e = digit_end(r, end), *w, *we;
  if (!n->num_century || q - n->s < 4 || e - r != 2 ||
      digit_end(q - 4, q) != q ||
      (q - 4 > n->s && ks_is_alnum((unsigned char)q[-5])) ||
      (small_val(q - 2, q) + 1) % 100 != small_val(r, e))
    return false;
  /* "the 2024-25 financial year", not "the 2008–09 financial crisis" */
  if (e < end - 1 && *e == ' ' && ks_norm_season_word(e + 1, end)) {
    const char *fe = alpha_end(e + 1, end);
    return !(eq_ci(e + 1, (size_t)(fe - e - 1), "financial") &&
             starts_ci(fe, end, " crisis"));
  }
  /* "titles between 1983–84 and 1997–98": two such pairs joined by
   * "and" are two seasons */
  if (starts(e, end, " and ") && e + 10 <= end &&
      digit_end(e + 5, end) == e + 9 &&
      (e[9] == '-' || starts(e + 9, end, "–")))
    return true;
  if ((w = ks_norm_prev_word(n, q - 4, &we)) != NULL &&
      eq_ci(w, (size_t)(we - w), "and") && w - n->s >= 8 && w[-1] == ' ' &&
      ks_is_digit((unsigned char)w[-2]) && ks_is_digit((unsigned char)w[-3]) &&
      (w[-4] == '-' || (w - n->s >= 10 && starts(w - 6, end, "–"))))
    return true;
  return (w = ks_norm_prev_word(n, q - 4, &we)) != NULL &&
         word_is(w, (size_t)(we - w), before, N_OF(before));
}

/* "between" is the last word read before the range, a (n->prev), or the
 * word before it: "aged between 18-59" is eighteen and fifty-nine,
 * "between US$20,000-$50,000" twenty thousand and fifty thousand. */
static bool between_before(const struct norm *n, const char *a) {
  const char *w, *we;
  /* after an amount a rule read, the word before it is the last word
   * read: "between US$20,000-$50,000" */
  if (a && ks_is_alpha((unsigned char)*a) &&
      eq_ci(a, (size_t)(alpha_end(a, n->end) - a), "between"))
    return true;
  return (w = ks_norm_prev_word(n, a, &we)) != NULL &&
         eq_ci(w, (size_t)(we - w), "between");
}

/* A dash between two numbers that a rule just read: "3-4", "1980-1986",
 * "$250-$300", "2pm-5pm", "10%-20%" are ranges, said with "to". A chain
 * ("1-413-5") is a code and keeps its parts apart. */
/* "FT: Kaizer Chiefs 2-1 Orlando Pirates", "Arsenal 2-0 Chelsea": a
 * result between two names, the line's first words before it (after a
 * label's colon) and the second name to the clause's end, is read as the
 * classified results are: each side's name and its goals ("Kaizer Chiefs
 * two, Orlando Pirates one"); the first number is already said. Where the
 * second name ends, or NULL. */
static const char *result_between_names(struct norm *n, const char *q,
                                        const char *r) {
  static const char *const numbering[] = {
      "Aged",    "Ages",     "Article", "Articles", "Chapter", "Chapters",
      "Clause",  "Clauses",  "Day",     "Days",     "Exit",    "Exits",
      "Figure",  "Figures",  "Floor",   "Floors",   "Game",    "Games",
      "Gate",    "Gates",    "Grade",   "Grades",   "Junction", "Level",
      "Levels",  "Nos",      "Page",    "Pages",    "Platform", "Platforms",
      "Psalm",   "Room",     "Rooms",   "Route",    "Routes",   "Rule",
      "Rules",   "Section",  "Sections", "Stage",   "Table",    "Verses",
      "Week",    "Weeks",    "Year",    "Years"};
  const char *end = n->end, *b = figures_start(n, q), *re = digit_end(r, end), *w, *we, *c;
  int words = 0;
  /* (in a sentence or an article about football, or after a result's
   * label: not a weather table's "Nairobi 14-26 Cloudy", "Adults 10-15
   * Children", "Nadal 6-4 Federer") */
  static const char *const labels[] = {"FT:", "HT:", "Result:", "Results:",
                                       "Full-time:", "Half-time:"};
  bool labelled = false;
  for (size_t i = 0; i < N_OF(labels) && !labelled; i++)
    labelled = starts(n->s, end, labels[i]);
  if (!labelled && !ks_norm_about_football(n))
    return NULL;
  if (q - b > 3 || re == r || re - r > 3 || alnum_at(re, end) ||
      !(w = ks_norm_prev_word(n, b, &we)) || we - w < 2 ||
      !ks_is_upper((unsigned char)*w) || !ks_is_lower((unsigned char)w[1]) ||
      word_is(w, (size_t)(we - w), numbering, N_OF(numbering)) ||
      ks_norm_month_of(n, w, (size_t)(we - w)) > 0 ||
      ks_norm_weekday_of(n, w, (size_t)(we - w)) || re + 2 >= end ||
      ks_norm_weekday_of(n, re + 1, (size_t)(alpha_end(re + 1, end) - re - 1)))
    return NULL;
  /* the first name, capitalised words from the line's start or a
   * label's colon */
  for (c = w; words < 4; words++) {
    const char *pw, *pwe;
    if (c == n->s || (c - n->s >= 2 && c[-1] == ' ' && c[-2] == ':'))
      break;
    if (!(pw = ks_norm_prev_word(n, c, &pwe)) ||
        !ks_is_upper((unsigned char)*pw))
      return NULL;
    c = pw;
  }
  if (words == 4)
    return NULL;
  /* the second, capitalised words to the clause's end */
  c = re;
  for (words = 0; words < 4 && end - c > 2 && *c == ' ' &&
                  ks_is_upper((unsigned char)c[1]) &&
                  ks_is_lower((unsigned char)c[2]);
       words++)
    c = alpha_end(c + 1, end);
  if (words == 0 || !(c == end || *c == '.' || *c == ',' || *c == ';' ||
                      starts(c, end, " (")))
    return NULL;
  ks_buf_putc(n->out, ',');
  ks_buf_putc(n->out, ' ');
  ks_buf_put(n->out, re + 1, (size_t)(c - re - 1));
  sep(n);
  if (re - r == 1 && *r == '0' && ks_norm_about_football(n))
    ks_buf_puts(n->out, "nil");
  else
    ks_num_cardinal(n->out, small_val(r, re));
  return c;
}

const char *ks_norm_rule_range(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *r, *e, *a = n->prev;
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
  if ((e = arithmetic_minus(n, r)))
    return e;
  if (q > n->s && q[-1] == ' ') {
    if (r >= end || *r != ' ')
      return NULL;
    /* "June 24, 1947 — 70 years ago": a spaced em dash sets off an
     * aside, never a range */
    if (starts(q, end, "—"))
      return NULL;
    r++;
    /* "May 29, 2025 - 11:20 am": a date line's year, then its clock, a
     * pause between */
    {
      const char *d = digit_end(r, end);
      /* (a year after a date's comma or stop: not "from 0700 - 22:00") */
      if (p - n->s >= 7 && ks_is_digit((unsigned char)p[-2]) &&
          ks_is_digit((unsigned char)p[-5]) && (d - r == 1 || d - r == 2) &&
          d < end - 2 && *d == ':' && ks_is_digit((unsigned char)d[1]) &&
          digit_end(p - 5, end) == p - 1 &&
          (p[-5] == '1' || p[-5] == '2') &&
          (p[-6] == '.' || (p[-6] == ' ' && p[-7] == ','))) {
        ks_norm_unspace(n);
        ks_buf_putc(n->out, ',');
        return r;
      }
    }
  } else if (r < end - 1 && *r == ' ' && ks_is_digit((unsigned char)r[1])) {
    r++; /* "(20- 30 euros)": a space after the dash alone */
  }
  if (r >= end)
    return NULL;
  /* "the 70-30 payment split", "a 50-50 chance": two shares of a whole
   * before what is shared out, "seventy-thirty", no range */
  if (r == q + dl && ks_is_digit((unsigned char)*r)) {
    static const char *const shares[] = {"basis", "chance", "deal",
                                         "division", "mix", "ratio",
                                         "share", "split", "stake"};
    const char *b = figures_start(n, q), *re = digit_end(r, end), *w, *we;
    if (q - b <= 2 && re - r <= 2 && !alnum_at(re, end) &&
        small_val(b, q) + small_val(r, re) == 100 &&
        small_val(b, q) >= small_val(r, re) && /* not "ages 30-70" */
        (w = ks_norm_next_word(n, re, &we)) != NULL &&
        (word_is(w, (size_t)(we - w), shares, N_OF(shares)) ||
         /* (a noun between: "the 70-30 payment split") */
         ((w = ks_norm_next_word(n, we, &we)) != NULL &&
          word_is(w, (size_t)(we - w), shares, N_OF(shares))))) {
      sep(n);
      ks_num_cardinal(n->out, small_val(r, re));
      return re;
    }
  }
  /* "resolution 14-2026", "Law 1-2024": a measure's number and its year,
   * as Latin America's papers write them, "fourteen of twenty twenty-six"
   * (set BF) */
  if (dl == 1 && r == q + 1 && ks_is_digit((unsigned char)*r)) {
    /* (the measure's own number of three figures at most, no year of
     * its own, "Nazi law 1933-1945", "resolution 1366-2048 pixels"; nor
     * "order", a verb too) */
    static const char *const measures[] = {
        "circular", "decision", "decree", "law", "ordinance", "regulation",
        "resolution"};
    const char *b = figures_start(n, q), *re = digit_end(r, end), *w, *we;
    if (q - b <= 3 && re - r == 4 && !alnum_at(re, end) &&
        !ks_norm_noun_after(n, re) &&
        !(re + 1 < end && *re == '-' && ks_is_digit((unsigned char)re[1])) &&
        (starts(r, end, "19") || starts(r, end, "20")) &&
        (w = ks_norm_prev_word(n, b, &we)) != NULL &&
        word_is(w, (size_t)(we - w), measures, N_OF(measures))) {
      say(n, "of");
      sep(n);
      ks_num_year(n->out, (unsigned)small_val(r, re));
      return re;
    }
  }
  /* "Field goals, Ridgeline: 26-63 (.413)": shots made of attempted,
   * before the share made, in a sentence about shooting ("fell to 26-63
   * (.292)" is a record and its winning share) */
  static const char *const shots[] = {
      "3-pointers", "field", "goals", "shooting", "shot", "shots", "throws"};
  if (dl == 1 && r == q + 1 && ks_is_digit((unsigned char)*r)) {
    const char *d = digit_end(r, end);
    if (d - r <= 3 && starts(d, end, " (.") && d + 3 < end &&
        ks_is_digit((unsigned char)d[3]) &&
        ks_norm_sentence_has(n, shots, N_OF(shots))) {
      say(n, "of ");
      return r;
    }
  }
  if (n->num_model && dl == 1 && r == q + 1 && ks_is_digit((unsigned char)*r)) {
    ks_buf_putc(n->out, ' '); /* "787-9", "A350-900": parts of one name */
    return r;
  }
  /* "(2010–present)": from a year to this day; not an em dash's aside
   * ("rebuilt in 1822—present-day Ohio") */
  if (n->num_century && r == q + dl && !starts(q, end, "—") &&
      (starts(r, end, "present") || starts(r, end, "Present")) &&
      !alnum_at(alpha_end(r, end), end)) {
    say(n, "to ");
    return r;
  }
  /* "(1304–c. 1369)": to circa */
  if (r == q + dl && (starts(r, end, "c. ") || starts(r, end, "ca. ")) &&
      (e = skip_spaces(r + (r[1] == '.' ? 2 : 3), end)) < end &&
      ks_is_digit((unsigned char)*e)) {
    say(n, "to ");
    return r;
  }
  if (!ks_is_digit((unsigned char)*r) &&
      !ks_norm_scan_currency(n->lang, r, end, &e) &&
      /* "R280–R450": the rand's sign, which is read by its context */
      !ks_norm_rand_dash(n, q))
    return NULL;
  e = r;
  while (e < end && (ks_is_alnum((unsigned char)*e) || *e == '.' || *e == ',' ||
                     *e == ':' || *e == '$'))
    e++;
  /* a chain of numbers ("a 20-21-1-0 record", "4-1-5"): its parts
   * apart, with a pause between them */
  if ((e < end - 1 && *e == '-' && ks_is_digit((unsigned char)e[1])) ||
      (a && a + n->prev_len == n->num_end && a - n->s >= 2 && a[-1] == '-' &&
       ks_is_digit((unsigned char)a[-2]))) {
    if (dl != 1 || r != q + 1)
      return NULL;
    if ((e = record_of_three(n, q)) != NULL)
      return e;
    ks_buf_putc(n->out, ',');
    return r;
  }
  /* "Case No. 24-1234", "No 3-117": after a single number's word, a
   * docket's or a file's code, its parts apart */
  if (dl == 1 && r == q + 1 && a && a + n->prev_len == n->num_end &&
      ((a - n->s >= 4 && !memcmp(a - 4, "No. ", 4)) ||
       (a - n->s >= 3 && !memcmp(a - 3, "No ", 3))) &&
      (a - n->s == 4 - (a[-2] != '.') ||
       !ks_is_alnum((unsigned char)a[a[-2] == '.' ? -5 : -4]))) {
    ks_buf_putc(n->out, ',');
    return r;
  }
  /* "case number 24-611", "docket number 3-117": the same, written out */
  static const char *const files[] = {"application", "case",  "claim",
                                      "docket",      "file",  "reference"};
  const char *fw, *fwe;
  if (dl == 1 && r == q + 1 && a && a + n->prev_len == n->num_end &&
      a - n->s >= 9 && !memcmp(a - 7, "number ", 7) &&
      (fw = ks_norm_prev_word(n, a - 7, &fwe)) != NULL &&
      word_is(fw, (size_t)(fwe - fw), files, N_OF(files))) {
    ks_buf_putc(n->out, ',');
    return r;
  }
  /* "15-24-year-olds", "a 3–4-hour drive": a range made part of a word
   * of three letters or more by its hyphen is a range still */
  if (e < end - 1 && *e == '-' && ks_is_alnum((unsigned char)e[1]) &&
      !(ks_is_lower((unsigned char)e[1]) && alpha_end(e + 1, end) - e > 3))
    return NULL;
  /* the last link of a chain ("te-b-1-5"): a code, not a range */
  if (a && a + n->prev_len == n->num_end && a - n->s >= 2 && a[-1] == '-' &&
      ks_is_alpha((unsigned char)a[-2]) &&
      (a - 2 == n->s || !ks_is_alpha((unsigned char)a[-3])))
    return NULL;
  if ((dl == 1 || dl == 3) && in_sets(n, q)) {
    /* "7-5 6-4 0-6": sets parted by a space alone get a comma's pause */
    const char *nx = pair_after(n, q - 1);
    /* a set's nought is "love": "six-love, love-six" */
    bool love = *r == '0' && !(r + 1 < end && ks_is_digit((unsigned char)r[1]));
    size_t ol = n->out->len;
    if (q > n->s && q[-1] == '0' &&
        (q - 1 == n->s || !ks_is_digit((unsigned char)q[-2])) &&
        ol >= n->base + 4 && !memcmp(n->out->ptr + ol - 4, "zero", 4)) {
      ks_buf_truncate(n->out, ol - 4);
      ks_buf_puts(n->out, "love");
    }
    bool spaced = nx && nx == q + dl + 2 && ks_is_digit((unsigned char)*r);
    if (spaced || love) {
      sep(n);
      if (love)
        ks_buf_puts(n->out, "love");
      else
        ks_num_cardinal(n->out, (unsigned)(*r - '0'));
      if (spaced)
        ks_buf_putc(n->out, ',');
      return r + 1;
    }
    return r; /* "six three, six seven" */
  }
  /* "11/01/2008 - 2:35 PM": a date, then its time; a pause, not "to" */
  if (q > n->s && q[-1] == ' ' && memchr(r, ':', (size_t)(e - r)) &&
      !memchr(n->prev ? n->prev : q, ':',
              (size_t)(q - (n->prev ? n->prev : q))) &&
      n->prev &&
      (memchr(n->prev, '/', (size_t)(q - n->prev)) || n->num_century)) {
    ks_norm_unspace(n);
    ks_buf_putc(n->out, ',');
    return r;
  }
  if ((e = record(n, q, r)) || (e = record_before_word(n, q, r)))
    return e;
  if ((e = gaelic_score(n, q, r, dl)) != NULL)
    return e;
  /* In a sentence about cricket, "figures of 5-42" (wickets for runs)
   * and "were 287-6" (runs for wickets): one side a count of wickets, at
   * most ten, the other of runs, ten or more; not "aged 8-12 children",
   * "2-10 years" */
  if (dl == 1 && r == q + 1) {
    static const char *const ages[] = {"aged", "ages", "between", "from"};
    const char *re = digit_end(r, end), *b = figures_start(n, q);
    unsigned first, second;
    first = small_val(b, q);
    second = small_val(r, re);
    /* a noun after it makes a span ("2-10 years"), but not after a
     * bowler's best ("a career-best 6-71 puts") nor after a total of
     * hundreds for wickets ("241-7 lead Sri Lanka") */
    bool best = b - n->s >= 5 && !memcmp(b - 5, "best ", 5);
    bool total = first >= 100 && second <= 10;
    if (b < q && q - b <= 3 && re > r && re - r <= 3 && !alnum_at(re, end) &&
        ((first <= 10 && second >= 10) || (first >= 10 && second <= 10)) &&
        !(b > n->s && (ks_is_alnum((unsigned char)b[-1]) || b[-1] == '.')) &&
        !ks_norm_word_before(n, b, ages, N_OF(ages)) &&
        (best || total || !ks_norm_noun_after(n, re)) &&
        !ks_norm_scan_unit(n->lang, skip_spaces(re, end), end, &e) &&
        ks_norm_about_cricket(n)) {
      say(n, "for");
      /* "472-9 dec": an innings declared */
      if (second <= 10 &&
          (starts(re, end, " dec") || starts(re, end, " decl")) &&
          !alnum_at(re + (starts(re, end, " decl") ? 5 : 4), end)) {
        sep(n);
        ks_num_cardinal(n->out, second);
        say(n, "declared");
        return re + (starts(re, end, " decl") ? 5 : 4);
      }
      return r;
    }
  }
  /* "drew 2-2", "the series is level 1-1", "tied at 3-3": a level score,
   * "two all" */
  if (r == q + dl && ((e = level_score(n, q, r)) != NULL ||
                      (e = tennis_score(n, q, r)) != NULL))
    return e;
  if (r == q + dl && (e = result_between_names(n, q, r)) != NULL)
    return e;
  /* "Bill 14-38 (COR)", "Resolution 12-37": a legislature's number of
   * its session and the bill, no span (set BC); said as two numbers (not
   * a vote's "the bill 68-31", nor a team's "past Bills 27-24") */
  {
    static const char *const bills[] = {"Bill", "Resolution"};
    const char *b = figures_start(n, q), *re = digit_end(r, end), *bw, *bwe;
    if (r == q + dl && *q == '-' && re > r && !alnum_at(re, end) &&
        (bw = ks_norm_prev_word(n, b, &bwe)) != NULL && ks_is_upper((unsigned char)*bw) &&
        word_is(bw, (size_t)(bwe - bw), bills, N_OF(bills))) {
      sep(n);
      ks_num_cardinal_plain(n->out, small_val(r, re));
      return re;
    }
  }
  static const char *const ages[] = {"age", "aged", "ages", "between", "from"};
  static const char *const votes[] = {"vote", "voted", "votes"};
  /* "a 1-0 win", "came from 2-0 down": in football and cricket a score's
   * zero is "nil", said without "to" ("one nil"); in a sentence about an
   * American game's result "nothing" ("scored in the seventh inning to
   * take a 7-0 lead": "seven nothing") */
  const char *fb = figures_start(n, q);
  if (r == q + dl && q > n->s && ks_is_digit((unsigned char)q[-1]) &&
      /* (the winner's side of two figures: "won 24-0") */
      (q - fb == 1 || (q - fb == 2 && *r == '0')) &&
      (fb == n->s || !ks_is_alnum((unsigned char)fb[-1])) &&
      ks_is_digit((unsigned char)*r) && !alnum_at(r + 1, end) &&
      (q[-1] == '0' || *r == '0') &&
      /* "ended 0-0 after extra time": nil-nil */
      (q - fb == 2 || q[-1] != *r || ks_norm_about_football(n)) &&
      !ks_norm_word_before(n, fb, ages, N_OF(ages)) &&
      !ks_norm_sentence_has(n, votes, N_OF(votes))) {
    static const char *const results[] = {
        "beat",  "blanked", "defeat", "defeated", "lead",    "leads", "led",
        "lost",  "rout",    "routed", "series",   "shutout", "sweep", "them",
        "trail", "trailed", "trails", "victory",  "win",     "won"};
    static const char *const after[] = {"clean", "defeat",  "lead",
                                        "loss",  "rout",    "shutout",
                                        "sweep", "victory", "win"};
    static const char *const american[] = {
        "baseball", "basketball", "goalie", "homer",       "homered",
        "inning",   "innings",    "MLB",    "NBA",         "NFL",
        "NHL",      "pitcher",    "puck",   "quarterback", "touchdown",
        /* (and the American words for a game's parts and leagues) */
        "halftime", "MLS",        "NCAA",   "overtime",    "playoff",
        "playoffs"};
    const char *w, *we, *nx, *nxe;
    /* the score's own words beside it: "won 7-0", "a 7-0 lead" */
    bool result = ((nx = ks_norm_next_word(n, r + 1, &nxe)) != NULL &&
                   word_is(nx, (size_t)(nxe - nx), after, N_OF(after))) ||
                  ((w = ks_norm_prev_word(n, fb, &we)) != NULL &&
                   word_is(w, (size_t)(we - w), results, N_OF(results)) &&
                   !ks_norm_noun_after(n, r + 1));
    /* cricket by the article's words, or the sentence's where it names no
     * American game (baseball has innings too) */
    bool us = ks_norm_sentence_has(n, american, N_OF(american));
    /* (and any other result's in the world that writes its dates day
     * first, where no American game is named: "GLASGOW — Celtic won 2-0",
     * "won 24-0 at the RDS, the organisers said") */
    const char *zero = ks_norm_about_football(n) ||
                               (n->topics & KS_TOPIC_CRICKET) ||
                               (!us && (ks_norm_about_cricket(n) ||
                                        (result && ks_norm_day_first_world(n))))
                           ? "nil"
                       : result && us ? "nothing"
                                      : NULL;
    if (zero) {
      if (q - fb == 1 && q[-1] == '0')
        zero_as(n, zero);
      sep(n);
      if (*r == '0')
        ks_buf_puts(n->out, zero);
      else
        ks_num_cardinal(n->out, (uint64_t)(*r - '0'));
      return r + 1;
    }
  }
  /* "the 2019–20 season", "winter 2023-24": two years that name one
   * season are said without "to"; in the 2000s too, the second's nought
   * "oh" ("two thousand three oh four", as "2008/09" is read) */
  /* (not the turn of a century, "1999-00": range_tail) */
  /* (nor "2000-01", heard as the year 2001 as "two thousand oh one") */
  if (season_span(n, q, r) && !starts(r, end, "00") &&
      !starts(q - 4, end, "2000")) {
    sep(n);
    if (starts(q - 4, end, "200")) { /* "oh four", "ten" */
      if (*r == '0')
        ks_buf_puts(n->out, "oh ");
      ks_num_cardinal(n->out, small_val(r, r + 2));
      return r + 2;
    }
    if ((e = range_tail(n, r)))
      return e;
  }
  /* "It's 2-1 to City", "the vote was 52-48 to Leave": a score or a
   * tally before "to" and its side's name, said without a "to" of its own
   * ("two one to City") */
  {
    static const char *const spans[] = {"age",  "aged",  "ages",  "between",
                                        "from", "grade", "grades", "pages",
                                        "year", "years"};
    const char *re = digit_end(r, end), *b = figures_start(n, q), *sw, *swe;
    if (r == q + dl && q - b <= 3 && re > r && re - r <= 3 &&
        !((sw = ks_norm_prev_word(n, b, &swe)) != NULL &&
          word_is(sw, (size_t)(swe - sw), spans, N_OF(spans))) &&
        starts(re, end, " to ") && re + 5 < end &&
        ks_is_upper((unsigned char)re[4]) && ks_is_lower((unsigned char)re[5]) &&
        !ks_norm_month_of(n, re + 4, (size_t)(alpha_end(re + 4, end) - re - 4)) &&
        !ks_norm_weekday_of(n, re + 4, (size_t)(alpha_end(re + 4, end) - re - 4))) {
      sep(n);
      ks_num_cardinal(n->out, small_val(r, re));
      return re;
    }
  }
  say(n, between_before(n, a) ? "and" : "to");
  if ((e = page_tail(n, q, r)))
    return e;
  if ((e = range_tail(n, r)))
    return e;
  if (!ks_is_digit((unsigned char)*r))
    sep(n); /* a sign that no rule reads next: "R5-R7" */
  return r;
}
