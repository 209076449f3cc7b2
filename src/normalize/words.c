/* words.c - abbreviations and roman numerals read as words.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* Small words that start a name: "ap Rhys", "van Dijk". */
static const char *const particles[] = {"al", "ap", "bin", "da", "de",  "di",
                                        "du", "el", "la",  "le", "van", "von"};

/* Words before a floor's "fl.": "the ground fl.". */
static const char *const floors[] = {"basement", "first", "fourth",
                                     "ground",   "lower", "second",
                                     "third",    "top",   "upper"};

/* A day of the calendar's names, abbreviated or in full, at p[0..len):
 * its number from 1, or 0. names has count entries; flag marks the
 * abbreviations (KS_AB_WEEKDAY, KS_AB_MONTH). */
/* The word before p, or before its "was" or "is", names a body that is
 * founded ("The firm was est. in 1887 by ..."; "est." established). */
static bool founded_before(const struct norm *n, const char *p) {
  static const char *const bodies[] = {
      "bakery",  "band",    "brewery", "business", "charity", "church",
      "club",    "college", "company", "firm",     "hospital", "library",
      "museum",  "practice", "school", "shop",     "society",  "store"};
  static const char *const be[] = {"is", "was"};
  const char *w, *we;
  if ((w = ks_norm_prev_word(n, p, &we)) == NULL)
    return false;
  if (word_is(w, (size_t)(we - w), be, N_OF(be))) {
    /* (or a company's suffix, as the table of abbreviations marks it,
     * and its stop and comma before "was": "The firm, Murphy Bros.
     * Ltd., was est. in 1887") */
    const char *c = w - 1;
    const struct ks_abbrev *ab;
    while (c > n->s && (c[-1] == '.' || c[-1] == ','))
      c--;
    if (c < w - 1 && c > n->s) {
      const char *b = c;
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      if (b < c && (ab = ks_lang_abbrev(n->lang, b, (size_t)(c - b))) != NULL &&
          (ab->flags & KS_AB_COMPANY))
        return true;
    }
    if ((w = ks_norm_prev_word(n, w, &we)) == NULL)
      return false;
  }
  return word_is(w, (size_t)(we - w), bodies, N_OF(bodies));
}

static int name_of(const struct norm *n, const char *p, size_t len,
                   const char *const *names, int count, unsigned flag) {
  const struct ks_abbrev *ab;
  for (int d = 0; d < count; d++)
    if (eq_ci(p, len, names[d]))
      return d + 1;
  ab = len >= 3 ? ks_lang_abbrev(n->lang, p, len) : NULL;
  if (!ab || !(ab->flags & flag) || !ks_is_upper((unsigned char)*p))
    return 0;
  for (int d = 0; d < count; d++)
    if (!strcmp(ab->spoken, names[d]))
      return d + 1;
  return 0;
}

/* A weekday, abbreviated or in full, at p[0..len): 1..7, or 0. */
int ks_norm_weekday_of(const struct norm *n, const char *p, size_t len) {
  return n->lang->weekdays
             ? name_of(n, p, len, n->lang->weekdays, 7, KS_AB_WEEKDAY)
             : 0;
}

bool ks_norm_prev_weekday(const struct norm *n) {
  return n->prev && ks_is_upper((unsigned char)*n->prev) &&
         ks_norm_weekday_of(n, n->prev, n->prev_len) > 0;
}

/* Past the word that joins two days or months in "Dec and Feb", "Jan to
 * Mar": what follows "and", "or", "to" or "through", or NULL. */
static const char *calendar_join(const char *q, const char *end,
                                 const char **join) {
  static const char *const joins[] = {"and", "or", "through", "to"};
  const char *w, *e;
  if (q >= end - 1 || *q != ' ')
    return NULL;
  w = q + 1;
  /* "Tues & Thurs": the sign for "and" */
  if (w < end - 2 && *w == '&' && w[1] == ' ') {
    *join = "and";
    return w + 2;
  }
  e = alpha_end(w, end);
  for (size_t i = 0; i < N_OF(joins); i++)
    if (eq_ci(w, (size_t)(e - w), joins[i]) && e < end - 1 && *e == ' ') {
      *join = joins[i];
      return e + 1;
    }
  return NULL;
}

/* "Thu-Sun", "Mon.–Fri.", "Monday-Friday", "Jan.-June": a range of days
 * or of months; "between Dec and Feb", "Jan to Mar": two joined by a word,
 * both abbreviated ("Jan and May" may be two people). */
const char *ks_norm_rule_calendar_range(struct norm *n, const char *p,
                                        const char *we) {
  const char *end = n->end, *q = we, *w2, *e2, *join = NULL;
  const char *const *names = n->lang->weekdays;
  int d1, d2, count = 7;
  unsigned flag = KS_AB_WEEKDAY;
  bool spaced;
  if (!ks_is_upper((unsigned char)*p))
    return NULL;
  /* the dash first: most words have none, and the names cost lookups */
  if (q < end && *q == '.')
    q++;
  spaced = q < end - 1 && *q == ' '; /* "Tue – Sat" */
  if (spaced)
    q++;
  if (q < end && *q == '-')
    q++;
  else if (starts(q, end, "–"))
    q += strlen("–");
  else if (spaced && q == we + 1 && we - p >= 3 && we - p <= 4 &&
           (q = calendar_join(we, end, &join)) != NULL)
    spaced = false;
  else
    return NULL;
  if (spaced) {
    if (q >= end || *q != ' ')
      return NULL;
    q++;
  }
  d1 = ks_norm_weekday_of(n, p, (size_t)(we - p));
  if (!d1 && n->lang->months) {
    names = n->lang->months;
    count = 12;
    flag = KS_AB_MONTH;
    d1 = name_of(n, p, (size_t)(we - p), names, count, flag);
  }
  if (!d1)
    return NULL;
  w2 = q;
  e2 = alpha_end(w2, end);
  d2 = name_of(n, w2, (size_t)(e2 - w2), names, count, flag);
  if (!d2 || e2 == w2)
    return NULL;
  /* both abbreviated, and no surname after them ("Dec and Jan Ravens",
   * two presenters) */
  if (join &&
      (eq_ci(p, (size_t)(we - p), names[d1 - 1]) ||
       eq_ci(w2, (size_t)(e2 - w2), names[d2 - 1]) ||
       (e2 < end && (ks_is_alnum((unsigned char)*e2) || *e2 == '-')) ||
       (end - e2 > 2 && *e2 == ' ' && ks_is_upper((unsigned char)e2[1]) &&
        ks_is_lower((unsigned char)e2[2]))))
    return NULL;
  say(n, names[d1 - 1]);
  ks_buf_putc(n->out, ' ');
  ks_buf_puts(n->out, join ? join : "to");
  /* "Oct. – Nov. 3": the second month with its day is a date of its own,
   * "November third" */
  {
    const char *dd = skip_spaces(e2 < end && *e2 == '.' ? e2 + 1 : e2, end);
    const char *de = digit_end(dd, end);
    if (flag == KS_AB_MONTH && dd > e2 && de > dd && de - dd <= 2 &&
        !alnum_at(de, end))
      return w2;
  }
  ks_buf_putc(n->out, ' ');
  ks_buf_puts(n->out, names[d2 - 1]);
  if (e2 < end && *e2 == '.' && skip_spaces(e2 + 1, end) < end)
    e2++; /* the second day's period, unless it ends the sentence */
  return e2;
}

/* "open Mon/Wed/Fri": days joined by slashes, each said, the last after
 * "and" ("Monday, Wednesday and Friday"); NULL unless two or more. */
static const char *weekday_list(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *w = p, *e = we, *last = NULL;
  int days[7], k = 0, d;
  while (k < 7 && (d = ks_norm_weekday_of(n, w, (size_t)(e - w))) != 0) {
    days[k++] = d;
    last = e;
    if (!(e < end - 1 && *e == '/' && ks_is_upper((unsigned char)e[1])))
      break;
    w = e + 1;
    e = alpha_end(w, end);
  }
  if (k < 2 || alnum_at(last, end) || (last < end && *last == '/'))
    return NULL;
  for (int i = 0; i < k; i++) {
    if (i > 0)
      ks_buf_puts(n->out, i == k - 1 ? " and" : ",");
    say(n, n->lang->weekdays[days[i] - 1]);
  }
  return last;
}

/* "Wed 24 July", "Mon, Jan 6": a weekday's abbreviation without its
 * period before a date is the day's name ("Sat 3 hours" is left). */
const char *ks_norm_rule_weekday(struct norm *n, const char *p,
                                 const char *we) {
  const char *end = n->end, *q = we, *w, *e;
  int d;
  if (we - p < 3 || we - p > 9 || !ks_is_upper((unsigned char)*p) ||
      !n->lang->months || !n->lang->weekdays ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  if (we < end - 1 && *we == '/' && (e = weekday_list(n, p, we)) != NULL)
    return e;
  if (we - p > 5)
    return NULL;
  /* "eased to 23.8% in Oct from 24.1%": a month's abbreviation without its
   * stop after a word of time, before no capitalised word or figure (not
   * "met Jan in Paris", "in Jan Smith's house") */
  static const char *const whens[] = {"after", "before", "by",    "during",
                                      "early", "from",   "in",    "last",
                                      "late",  "mid",    "next",  "since",
                                      "till",  "until"};
  int mo;
  if ((mo = ks_norm_month_of(n, p, (size_t)(we - p))) > 0 &&
      !eq_ci(p, (size_t)(we - p), n->lang->months[mo - 1]) &&
      ks_norm_word_before(n, p, whens, N_OF(whens)) &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == '\'' ||
                     *we == '.' || *we == '-')) &&
      !(end - we > 1 && *we == ' ' &&
        (ks_is_upper((unsigned char)we[1]) || ks_is_digit((unsigned char)we[1])))) {
    say(n, n->lang->months[mo - 1]);
    return we;
  }
  /* "Mon, Wed, Thu, Sunday": a list of days, each beside another day's
   * name after its comma (round 43, set BB) */
  if (q < end - 2 && *q == ',' && q[1] == ' ' &&
      ks_is_upper((unsigned char)q[2]) &&
      (d = ks_norm_weekday_of(n, p, (size_t)(we - p))) != 0 &&
      !eq_ci(p, (size_t)(we - p), n->lang->weekdays[d - 1])) {
    const char *x = q + 2, *xe = alpha_end(x, end);
    bool listed = ks_norm_weekday_of(n, x, (size_t)(xe - x)) > 0 &&
                  !(xe < end && ks_is_alnum((unsigned char)*xe));
    if (!listed && p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',' &&
        ks_norm_prev_weekday(n))
      listed = true;
    /* (not a paper's name: "The Sun, Sunday Times and Daily Mail") */
    if (listed && n->prev && n->prev + n->prev_len + 1 == p &&
        eq_ci(n->prev, n->prev_len, "the"))
      listed = false;
    if (listed) {
      say(n, n->lang->weekdays[d - 1]);
      return we;
    }
  }
  if (q < end && *q == ',')
    q++;
  /* the cheap test first: a day's number or a capital must follow */
  if (q >= end - 1 || *q != ' ' ||
      !(ks_is_digit((unsigned char)q[1]) || ks_is_upper((unsigned char)q[1])) ||
      !(d = ks_norm_weekday_of(n, p, (size_t)(we - p))) ||
      eq_ci(p, (size_t)(we - p), n->lang->weekdays[d - 1]))
    return NULL;
  w = q + 1;
  if (w < end && ks_is_digit((unsigned char)*w)) {
    e = digit_end(w, end);
    /* "Sat 9am-1pm", "Sun 10:30": before a time too */
    if (e - w <= 2 && e < end &&
        !(n->prev && n->prev + n->prev_len + 1 == p &&
          eq_ci(n->prev, n->prev_len, "the")) && /* "The Sun 10:30 edition" */
        (((starts_ci(e, end, "am") || starts_ci(e, end, "pm")) &&
          !alnum_at(e + 2, end)) ||
         ((starts_ci(e, end, " am") || starts_ci(e, end, " pm")) &&
          !alnum_at(e + 3, end)) ||
         (*e == ':' && e + 2 < end && ks_is_digit((unsigned char)e[1])))) {
      say(n, n->lang->weekdays[d - 1]);
      return we;
    }
    if (e - w > 2 || e >= end || *e != ' ')
      return NULL;
    w = e + 1;
    /* "Fri 3 to Sun 12 October": a range of days before the month */
    if (starts(w, end, "to ") || starts(w, end, "and ")) {
      w = skip_spaces(alpha_end(w, end), end);
      e = alpha_end(w, end);
      if (!ks_norm_weekday_of(n, w, (size_t)(e - w)))
        return NULL;
      w = skip_spaces(e < end && *e == '.' ? e + 1 : e, end);
      e = digit_end(w, end);
      if (e == w || e - w > 2 || e >= end || *e != ' ')
        return NULL;
      w = e + 1;
    }
  }
  e = alpha_end(w, end);
  if (!name_of(n, w, (size_t)(e - w), n->lang->months, 12, KS_AB_MONTH))
    return NULL;
  say(n, n->lang->weekdays[d - 1]);
  return we;
}

/* The state at p after a party letter: "Ore.", "N.Y.", "FL", "Texas",
 * "W. Va."; its name, and where it ends. */
static const char *party_state(const struct norm *n, const char *p,
                               const char **name) {
  const char *end = n->end, *q = p, *r;
  char code[8];
  size_t k = 0;
  const struct ks_abbrev *ab;
  const struct ks_lang *l = n->lang;
  /* "N.Y.", "W.Va.", "Ore.", "FL" */
  while (q < end && (ks_is_alpha((unsigned char)*q) || *q == '.') && k < 7) {
    if (*q != '.')
      code[k++] = *q;
    q++;
  }
  if (k == 0 || k >= 7)
    return NULL;
  code[k] = '\0';
  r = q;
  if (k == 2 && ks_is_upper((unsigned char)code[0]) &&
      ks_is_upper((unsigned char)code[1]) &&
      (*name = ks_norm_state_code(l, code, 2)) != NULL)
    return r;
  ab = ks_lang_abbrev(l, p, (size_t)((r[-1] == '.' ? r - 1 : r) - p));
  if (ab && (ab->flags & KS_AB_PLACE) && ab->spoken && ab->word[0] == *p) {
    *name = ab->spoken;
    return r;
  }
  for (size_t i = 0; i < l->n_states; i++)
    if (eq_ci(p, (size_t)(r - p), l->states[i].spoken) &&
        ks_is_upper((unsigned char)*p)) {
      *name = l->states[i].spoken;
      return r;
    }
  return NULL;
}

static bool cap_word_before(const struct norm *n, const char *w);

/* A politician's title before the name whose last word is at w: "Gov.
 * Kristi Noem", "Senator Joe Manchin" (so that "Microsoft Windows (R)"
 * is no party). */
static bool title_before_name(const struct norm *n, const char *w) {
  static const char *const titles[] = {
      "Congressman", "Congresswoman",  "Gov", "Governor", "Mayor", "President",
      "Rep",         "Representative", "Sen", "Senator"};
  const char *b, *be;
  for (int k = 0; k < 2 && (b = ks_norm_prev_word(n, w, &be)) != NULL; k++) {
    if (word_is(b, (size_t)(be - b), titles, N_OF(titles)))
      return true;
    w = b;
  }
  /* "Gov. Kristi Noem": the title's stop stands between */
  for (int k = 0; k < 2 && w - n->s >= 5; k++) {
    if (w[-1] == ' ' && w[-2] == '.' &&
        (!memcmp(w - 5, "Gov", 3) || !memcmp(w - 5, "Sen", 3) ||
         !memcmp(w - 5, "Rep", 3)))
      return true;
    if ((b = ks_norm_prev_word(n, w, &be)) == NULL)
      break;
    w = b;
  }
  return false;
}

/* The byte before q is part of a letter of any script ("Echeverría"),
 * not of a dash or a quotation mark (E2 80 xx). */
static bool letter_before(const struct norm *n, const char *q) {
  return q > n->s && (ks_is_alpha((unsigned char)q[-1]) ||
                      ((unsigned char)q[-1] >= 0x80 &&
                       !(q - n->s >= 3 && (unsigned char)q[-3] == 0xE2 &&
                         (unsigned char)q[-2] == 0x80)));
}

/* The first letter of the word before the comma or bracket before p
 * ("Alvarez, D-Pueblo"), or of p itself when there is none. */
static const char *w_before_comma(const struct norm *n, const char *p) {
  const char *e = p;
  while (e > n->s && (e[-1] == ' ' || e[-1] == ',' || e[-1] == '('))
    e--;
  const char *b = e;
  while (letter_before(n, b))
    b--;
  return b < e ? b : p;
}

/* After a name's letters at e, its possessive "'s" or "’s" ("Lee's
 * Summit"); where the word ends. */
static const char *possessive_end(const char *e, const char *end) {
  if (starts(e, end, "'s") && !alnum_at(e + 2, end))
    return e + 2;
  if (starts(e, end, "’s") && !alnum_at(e + strlen("’s"), end))
    return e + strlen("’s");
  return e;
}

/* A British or Irish party's tag at p..we said as the party ("Con",
 * "Lab", "LD"; Ireland's "FF", "FG", "SF"; "Ind", an independent, only
 * where ind is true), or NULL. */
static const char *british_party(struct norm *n, const char *p, const char *we,
                                 bool ind) {
  static const struct {
    const char *tag, *name;
  } british[] = {{"Con", "Conservative"},
                 {"FF", "Fianna Fáil"},
                 {"FG", "Fine Gael"},
                 {"Grn", "Green"},
                 {"Ind", "Independent"},
                 {"LD", "Liberal Democrat"},
                 {"Lab", "Labour"},
                 {"PBP", "People Before Profit"},
                 {"SD", "Social Democrats"},
                 {"SF", "Sinn Féin"}};
  for (size_t i = 0; i < N_OF(british); i++)
    if ((size_t)(we - p) == strlen(british[i].tag) &&
        !memcmp(p, british[i].tag, (size_t)(we - p)) &&
        (ind || strcmp(british[i].tag, "Ind"))) {
      say(n, british[i].name);
      return we;
    }
  return NULL;
}

/* A party and state after a legislator's name: "(D-Ore.)", "(R-FL)",
 * "R-Texas," said "Democrat of Oregon", "Republican of Florida"; "(R)"
 * alone after a politician's name, "Republican". */
static const char *party(struct norm *n, const char *p, const char *we) {
  static const char *const parties[] = {"Democrat", "Republican",
                                        "independent"};
  /* "Cllr Amina Hussain (Lab, Westgate)", "(Con)": a British council's
   * party, first in brackets after a name */
  const char *end = n->end, *name = NULL, *r, *s2, *w, *we2;
  const char *k = strchr("DRI", *p);
  static const char *const council[] = {"Cllr",       "Coun",       "council",
                                        "councillor", "Councillor", "ward"};
  /* (Ireland's TDs too, "Deputy Mary Byrne (FF)": not a touchdown's TD
   * beside a team's code) */
  static const char *const dail[] = {"Dail", "Deputy", "Fianna", "Gael",
                                     "Oireachtas", "Sinn", "Teachta"};
  if (p - n->s >= 3 && p[-1] == '(' && p[-2] == ' ' &&
      (ks_norm_sentence_has(n, council, N_OF(council)) ||
       ks_norm_find_exact(n, n->s, dail, N_OF(dail)) ||
       (we < end - 2 && *we == ',' && ks_is_upper((unsigned char)we[2]))) &&
      (w = ks_norm_prev_word(n, p - 1, &we2)) != NULL &&
      ks_is_upper((unsigned char)*w) && we < end && (*we == ',' || *we == ')'))
    if ((r = british_party(n, p, we, true)) != NULL)
      return r;
  /* "Cllr Gordon Baird (Kilcorran and Glen Rowan, Con)": the party last
   * in the brackets after a councillor's name, after the ward */
  if (p - n->s >= 6 && p[-1] == ' ' && p[-2] == ',' && we < end &&
      *we == ')' && ks_norm_sentence_has(n, council, N_OF(council))) {
    const char *o = p - 2;
    while (o > n->s && *o != '(' && *o != ')' && p - o < 60)
      o--;
    if (*o == '(' && o - n->s >= 2 && o[-1] == ' ' &&
        (w = ks_norm_prev_word(n, o, &we2)) != NULL && we2 == o - 1 &&
        ks_is_upper((unsigned char)*w))
      if ((r = british_party(n, p, we, true)) != NULL)
        return r;
  }
  /* "side with Con members", "the Lab group": a British party's tag
   * before its people or its group, in a sentence about politics (not
   * "Lab members said the experiment failed") */
  static const char *const groups[] = {"candidate", "candidates", "councillors",
                                       "group",     "members",    "MP",
                                       "MPs",       "MSP",        "MSPs"};
  static const char *const politics[] = {
      "Cllr",   "council", "councillor", "councillors", "election",
      "motion", "party",   "seat",       "seats",       "vote",
      "voted",  "votes",   "ward"};
  if (we - p <= 3 && ks_is_upper((unsigned char)*p) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      ks_norm_next_is(n, we, groups, N_OF(groups)) &&
      ks_norm_sentence_has(n, politics, N_OF(politics)))
    if ((r = british_party(n, p, we, false)) != NULL)
      return r;
  /* "Gov. Kristi Noem (R) is defending": the party alone in brackets
   * after a name of two capitalised words with a title before it */
  if (we == p + 1 && k && we < end && *we == ')' && p - n->s >= 3 &&
      p[-1] == '(' && p[-2] == ' ' && (w = ks_norm_prev_word(n, p - 1, &we2)) &&
      we2 == p - 2 && ks_is_upper((unsigned char)*w) && we2 - w >= 2 &&
      ks_is_lower((unsigned char)w[1]) && cap_word_before(n, w) &&
      title_before_name(n, w)) {
    say(n, parties[k - "DRI"]);
    return we;
  }
  /* "Rep. Joaquin Taisacan (Ind-Tinian)": an independent's tag written
   * "Ind", before a place in brackets (a single "I-" is often a road's,
   * "I-95", so that one is read only before a state, below) */
  /* (after a lawmaker's name: not a match's "(Ind-Pak)") */
  static const char *const members[] = {
      "Assemblyman", "Assemblywoman", "Rep",      "Representative",
      "Sen",         "Senator",       "lawmaker", "legislator"};
  if (we - p == 3 && !memcmp(p, "Ind", 3) && we + 2 < end && *we == '-' &&
      ks_is_upper((unsigned char)we[1]) && p - n->s >= 2 && p[-1] == '(' &&
      ks_norm_sentence_has(n, members, N_OF(members))) {
    const char *e = alpha_end(we + 1, end);
    if (e < end && *e == ')' && e - we > 3) {
      say(n, "independent of");
      sep(n);
      ks_buf_put(n->out, we + 1, (size_t)(e - we - 1));
      return e;
    }
  }
  if (we != p + 1 || !k || we >= end - 2 || *we != '-' ||
      !(p > n->s && (p[-1] == '(' || p[-1] == ' ')))
    return NULL;
  r = party_state(n, we + 1, &name);
  if (!r) {
    /* "W. Virginia", "N. Carolina": a compass letter and a name */
    s2 = we + 1;
    if (end - s2 > 4 && strchr("NSWE", *s2) && s2[1] == '.' && s2[2] == ' ' &&
        ks_is_upper((unsigned char)s2[3])) {
      const char *e = alpha_end(s2 + 3, end);
      for (size_t i = 0; i < n->lang->n_states; i++) {
        const char *sp = n->lang->states[i].spoken, *blank = strchr(sp, ' ');
        if (blank && sp[0] == *s2 &&
            eq_ci(s2 + 3, (size_t)(e - s2 - 3), blank + 1)) {
          name = sp;
          r = e;
          break;
        }
      }
    }
  }
  /* "Rep. Tom Alvarez, D-Pueblo,", "(R-San Diego)": a lawmaker's city or
   * district after a name, set off by commas or in brackets */
  static const char *const lawmakers[] = {
      "Assemblyman", "Assemblywoman", "Congressman", "Congresswoman",  "Del",
      "Delegate",    "Leader",        "Rep",         "Representative", "Sen",
      "Senator",     "Speaker",       "Whip",        "lawmaker",       "leader",
      "legislator"};
  if (!r && *p != 'I' && !starts(p, end, "D-Day") &&
      ((p - n->s >= 3 && p[-1] == ' ' && p[-2] == ',' &&
        (letter_before(n, p - 2) || p[-3] == '.')) || /* "Côté,", "Jr.," */
       (p - n->s >= 2 && p[-1] == '(' && p[-2] == ' ')) &&
      ks_is_upper((unsigned char)we[1]) &&
      ks_norm_sentence_has(n, lawmakers, N_OF(lawmakers))) {
    const char *e = possessive_end(alpha_end(we + 1, end), end);
    if (e < end - 2 && *e == ' ' && ks_is_upper((unsigned char)e[1]))
      e = alpha_end(e + 1, end); /* "San Diego", "Lee's Summit" */
    /* at the sentence's end too ("said Leader Gwen Marsh, D-Madison.") */
    if (e - we > 3 && e < end &&
        (*e == ',' || *e == ')' || (*e == '.' && e + 1 == end)) &&
        ks_is_upper((unsigned char)*w_before_comma(n, p))) {
      say(n, parties[k - "DRI"]);
      ks_buf_puts(n->out, " of ");
      ks_buf_put(n->out, we + 1, (size_t)(e - we - 1));
      return e;
    }
  }
  if (!r || !name || (r < end && ks_is_alnum((unsigned char)*r)))
    return NULL;
  say(n, parties[k - "DRI"]);
  ks_buf_puts(n->out, " of ");
  ks_buf_puts(n->out, name);
  if (r[-1] == '.' && skip_spaces(r, end) == end)
    ks_buf_putc(n->out, '.');
  return r;
}

/* The determiners before a word that make it a noun's or an adjective's:
 * "an unchanged XI", "the May increase". */
static const char *const determiners[] = {"a",   "an",  "her",   "his",
                                          "its", "the", "their", "this"};

static unsigned roman_value(const char *p, size_t len);

/* A roman numeral of two letters or more at p, a word of its own ("IX",
 * "II"; not "I" or "X", a pronoun or an initial). */
static bool roman_after(const char *p, const char *end) {
  const char *e = p;
  while (e < end && strchr("IVXLC", *e) && e - p < 7)
    e++;
  return e - p >= 2 && !alnum_at(e, end) &&
         roman_value(p, (size_t)(e - p)) > 0;
}

/* "q.8h.", "q4-6h", "q3w": a dose's interval, "every eight hours",
 * "every three weeks". */
static const char *dose_interval(struct norm *n, const char *p,
                                 const char *we) {
  const char *end = n->end, *d = we, *de, *d2 = NULL, *d2e = NULL, *h, *span;
  if (we != p + 1 || *p != 'q' ||
      (p > n->s && !ks_is_space((unsigned char)p[-1]) && p[-1] != '('))
    return NULL;
  if (d < end && *d == '.')
    d++;
  de = digit_end(d, end);
  if (de == d || de - d > 2)
    return NULL;
  h = de;
  if (h + 1 < end && *h == '-' && ks_is_digit((unsigned char)h[1])) {
    d2 = h + 1;
    d2e = digit_end(d2, end);
    h = d2e;
  }
  if (h >= end || !strchr("hdw", *h))
    return NULL;
  span = *h == 'h' ? " hours" : *h == 'd' ? " days" : " weeks";
  h = starts(h, end, "hrs") ? h + 3 : starts(h, end, "hr") ? h + 2 : h + 1;
  if (alnum_at(h, end))
    return NULL;
  say(n, "every");
  sep(n);
  ks_num_cardinal(n->out, small_val(d, de));
  if (d2) {
    ks_buf_puts(n->out, " to ");
    ks_num_cardinal(n->out, small_val(d2, d2e));
  }
  ks_buf_puts(n->out, span);
  /* "q.8h.": the stop is the abbreviation's unless the sentence ends */
  if (h < end && *h == '.' && skip_spaces(h + 1, end) < end)
    h++;
  return h;
}

/* "amends s.24(2)(b)", "under ss. 12 and 13": a law's section, and its
 * subsections in brackets said without them ("section twenty-four two
 * b"). */
static const char *law_section(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *d, *de;
  bool two = we == p + 2 && p[1] == 's';
  if (!(we == p + 1 || two) || *p != 's' || we >= end - 2 || *we != '.' ||
      (p > n->s && !ks_is_space((unsigned char)p[-1]) && p[-1] != '(' &&
       p[-1] != '"') ||
      (p - n->s >= 2 && ks_is_digit((unsigned char)p[-2]))) /* "30 s." */
    return NULL;
  d = we[1] == ' ' ? we + 2 : we + 1;
  de = digit_end(d, end);
  if (de == d || de - d > 4 ||
      (de < end - 1 && *de == '.' && ks_is_digit((unsigned char)de[1])) ||
      (de < end && ks_is_alpha((unsigned char)*de) && alnum_at(de + 1, end)))
    return NULL;
  say(n, two ? "sections" : "section");
  sep(n);
  ks_num_cardinal(n->out, small_val(d, de));
  if (de < end && ks_is_alpha((unsigned char)*de)) { /* "s.12A" */
    ks_buf_putc(n->out, ' ');
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*de));
    de++;
  }
  while (de + 2 < end && *de == '(') {
    const char *c = de + 1, *ce = c;
    while (ce < end && ce - c < 4 && ks_is_alnum((unsigned char)*ce))
      ce++;
    if (ce == c || ce >= end || *ce != ')')
      break;
    sep(n);
    if (ks_is_digit((unsigned char)*c) && digit_end(c, ce) == ce)
      ks_num_cardinal(n->out, small_val(c, ce));
    else
      ks_buf_put(n->out, c, (size_t)(ce - c));
    de = ce + 1;
  }
  return de;
}

/* A rank's first word right before p, written out or abbreviated, so that
 * the title at p is the rest of the rank whatever follows: "promoted to
 * Brig. Gen. after the battle", "Lt. Col." */
static bool after_rank(const struct norm *n, const char *p) {
  static const char *const firsts[] = {"Brigadier",  "Deputy", "Lance",
                                       "Lieutenant", "Major",  "Rear",
                                       "Staff",      "Vice"};
  const struct ks_abbrev *ab;
  const char *w = n->prev;
  if (!w || !(w + n->prev_len + 1 == p ||
              (w + n->prev_len + 2 == p && w[n->prev_len] == '.')))
    return false;
  if (word_is(w, n->prev_len, firsts, N_OF(firsts)))
    return true;
  ab = ks_lang_abbrev(n->lang, w, n->prev_len);
  return ab && (ab->flags & KS_AB_TITLE) && w[n->prev_len] == '.' &&
         ks_is_upper((unsigned char)p[0]);
}

/* A file's or a docket's code at p: capitals, then two groups or more
 * joined by dashes ("CR-21-658214-A"), after "No." a number; not a
 * plane's or a group's name ("G-7", "F-35"). */
static bool code_at(const char *p, const char *end) {
  const char *e = p, *d;
  while (e < end && ks_is_upper((unsigned char)*e) && e - p < 4)
    e++;
  if (e == p || e >= end - 1 || *e != '-' || !ks_is_digit((unsigned char)e[1]))
    return false;
  d = digit_end(e + 1, end);
  return d < end - 1 && *d == '-' && ks_is_alnum((unsigned char)d[1]);
}

/* A match's minute right before p, alone or in brackets: "Park 44 (pen)",
 * "Diaz 90+2 pen", "Kane 38' pen". */
static bool goal_minute_before(const struct norm *n, const char *p) {
  const char *b = p, *d;
  if (b > n->s && b[-1] == '(')
    b--;
  if (b - n->s < 2 || b[-1] != ' ')
    return false;
  b--;
  if (b > n->s && b[-1] == '\'')
    b--;
  for (d = b; d > n->s && ks_is_digit((unsigned char)d[-1]); d--)
    ;
  if (d == b || b - d > 3)
    return false;
  if (d - n->s >= 2 && d[-1] == '+' && ks_is_digit((unsigned char)d[-2]))
    for (d--; d > n->s && ks_is_digit((unsigned char)d[-1]); d--)
      ;
  if (d - n->s < 2 || d[-1] != ' ' || !ks_is_alpha((unsigned char)d[-2]))
    return false;
  for (d -= 2; d > n->s && ks_is_alpha((unsigned char)d[-1]); d--)
    ;
  return ks_is_upper((unsigned char)*d); /* the scorer's name */
}

/* A year of four figures in the sentence. */
static bool year_in_sentence(const struct norm *n) {
  const char *p = n->end;
  for (const char *c = n->s; c + 4 <= p; c++)
    if ((*c == '1' || *c == '2') && ks_is_digit((unsigned char)c[1]) &&
        ks_is_digit((unsigned char)c[2]) && ks_is_digit((unsigned char)c[3]) &&
        (c == n->s || !ks_is_digit((unsigned char)c[-1])) &&
        (c + 4 == p || !ks_is_digit((unsigned char)c[4])))
      return true;
  return false;
}

/* Before p, "and" or "or" after a state's name in full, as the language's
 * table of states spells it: "from Massachusetts and Tex.", "Ohio and
 * Mass.". */
static bool state_and_before(const struct norm *n, const char *p) {
  static const char *const joins[] = {"and", "or"};
  const char *w, *we;
  if (!ks_norm_word_before(n, p, joins, N_OF(joins)) ||
      (w = ks_norm_prev_word(n, n->prev, &we)) == NULL ||
      !ks_is_upper((unsigned char)*w))
    return false;
  for (size_t i = 0; i < n->lang->n_states; i++)
    if (strlen(n->lang->states[i].spoken) == (size_t)(we - w) &&
        !memcmp(n->lang->states[i].spoken, w, (size_t)(we - w)))
      return true;
  return false;
}

/* Abbreviations with a period from the language table: titles before a
 * name ("Gen. Syrskyi", "Lt. Col."), "No. 5", weekdays; and St./Dr. read
 * as Street/Drive after a name. Some are also written without the period
 * ("Lt Col Vindman", "Smith vs Jones"). */
/* A compass letter before p, with its stop or without ("W. Yorks.", "the
 * W Mids"): a county or a region named by its part. */
static bool compass_before(const struct norm *n, const char *p) {
  const char *c;
  if (p - n->s < 3 || p[-1] != ' ')
    return false; /* most words: the test ends here, at every word */
  c = p[-2] == '.' ? p - 3 : p - 2;
  return c > n->s && c[-1] == ' ' &&
         (*c == 'N' || *c == 'S' || *c == 'E' || *c == 'W');
}

/* The capitalised word at p (len bytes) follows a capitalised word and its
 * comma, as a county follows its town: "Swindon, Wilts,". */
static bool after_town(const struct norm *n, const char *p, size_t len) {
  const char *t = p - 3;
  if (p - n->s < 3 || p[-1] != ' ' || p[-2] != ',' ||
      !ks_is_alpha((unsigned char)p[-3]) || !ks_is_upper((unsigned char)*p) ||
      len > 9)
    return false;
  while (t > n->s && (ks_is_alpha((unsigned char)t[-1]) || t[-1] == '-'))
    t--;
  return ks_is_upper((unsigned char)*t);
}

/* Whether the word of b to e (a stop at its end aside) is an Australian
 * state's or territory's abbreviation ("N.S.W.", "Qld"; not a street's
 * "Rd"). */
static bool place_abbrev(const struct norm *n, const char *b, const char *e) {
  static const char *const states[] = {"A.C.T", "ACT", "N.S.W", "N.T", "NSW",
                                       "NT",    "Qld", "S.A", "Tas", "Vic",
                                       "W.A",   "WA"};
  (void)n;
  if (e > b && e[-1] == '.')
    e--;
  return e - b >= 2 && word_is(b, (size_t)(e - b), states, N_OF(states));
}

/* "crews in N.S.W., Vic. and Qld": a place that is also a word (len
 * bytes at p) in a list with another state's abbreviation, before it after
 * a comma or "and", or after it, is the place; without its stop only with
 * a state after it ("in Vic and NSW"; "In NSW, Vic Alhadeff said" is a
 * name). */
static bool in_place_list(const struct norm *n, const char *p, size_t len) {
  const char *end = n->end, *b, *e;
  bool dot = p + len < end && p[len] == '.';
  /* before: "N.S.W., Vic." or "Qld and Vic" */
  e = NULL;
  if (p - n->s >= 4 && p[-1] == ' ' && p[-2] == ',')
    e = p - 2;
  else if (p - n->s >= 6 && !memcmp(p - 5, " and ", 5))
    e = p - 5;
  if (e) {
    for (b = e; b > n->s && (ks_is_alpha((unsigned char)b[-1]) || b[-1] == '.');)
      b--;
    if (dot && place_abbrev(n, b, e))
      return true;
  }
  /* after: "Vic. and Qld", "Vic, Qld" */
  b = p + len;
  if (b < end && *b == '.')
    b++;
  if (end - b > 5 && !memcmp(b, " and ", 5))
    b += 5;
  else if (end - b > 2 && b[0] == ',' && b[1] == ' ')
    b += 2;
  else
    return false;
  for (e = b; e < end && (ks_is_alpha((unsigned char)*e) || *e == '.');)
    e++;
  return place_abbrev(n, b, e);
}

static bool first_a_name(const struct norm *n, const char *w, size_t wl);

/* "Ostrander, J., joined by Whitfield, C.J., and Kincaid, JJ.": a
 * judge's title after the surname and its comma, as a court's opinions
 * write it: Justice, Chief Justice, Justices. */
const char *ks_norm_rule_judge(struct norm *n, const char *p) {
  static const struct {
    const char *written, *spoken;
  } titles[] = {{"C.J.", "Chief Justice"},
                {"J.J.", "Justices"},
                {"JJ.", "Justices"},
                {"J.", "Justice"}};
  static const char *const after[] = {"concurring", "delivered", "dissenting",
                                      "joined", "wrote"};
  static const char *const courts[] = {"C.J.",    "Court",    "court",
                                       "Dissent", "dissent",  "Justice",
                                       "justice", "Majority", "opinion"};
  const char *end = n->end, *e, *w;
  if ((*p != 'J' && *p != 'C') || p - n->s < 4 || p[-1] != ' ' ||
      p[-2] != ',' || !ks_is_lower((unsigned char)p[-3]))
    return NULL;
  for (w = p - 3; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  if (!ks_is_upper((unsigned char)*w))
    return NULL;
  for (size_t i = 0; i < N_OF(titles); i++) {
    if (!starts(p, end, titles[i].written))
      continue;
    e = p + strlen(titles[i].written);
    /* a lone "J." only in a court's sentence ("Smith, J., Patel, R." are
     * a list of authors) */
    /* a judge of appeal: "Judge" or "Circuit" among the words of the
     * name before its comma ("Chief Judge Mary Murguia, C.J."), in a
     * sentence that names no justice */
    static const char *const judges[] = {"Circuit", "Judge", "Judges"};
    static const char *const justices[] = {"Justice", "Justices"};
    bool appeals = false;
    const char *jw = w, *jwe;
    for (int k = 0; k < 4 && !appeals &&
                    (jw = ks_norm_prev_word(n, jw, &jwe)) != NULL &&
                    ks_is_upper((unsigned char)*jw);
         k++)
      appeals = word_is(jw, (size_t)(jwe - jw), judges, N_OF(judges));
    appeals = appeals && !ks_norm_sentence_has(n, justices, N_OF(justices));
    /* ("(Voss, J., dissenting)": the opinion's word after a comma) */
    if (i == N_OF(titles) - 1 && !appeals &&
        !ks_norm_sentence_has(n, courts, N_OF(courts)) &&
        !ks_norm_next_is(n, e, after, N_OF(after)) &&
        !(e < end && *e == ',' &&
          ks_norm_next_is(n, e + 1, after, N_OF(after))))
      return NULL;
    if (e == end || *e == ',' || *e == ';' || *e == ')' ||
        ks_norm_next_is(n, e, after, N_OF(after))) {
      /* "Judge Murguia, C.J.", "Circuit Judge Lee, J.": a court of
       * appeals' judges, not the Supreme Court's justices */
      if (appeals) {
        say(n, i == 0                  ? "Chief Judge"
               : i == N_OF(titles) - 1 ? "Judge"
                                       : "Judges");
        if (e == end)
          ks_buf_putc(n->out, '.');
        return e;
      }
      say(n, titles[i].spoken);
      if (e == end)
        ks_buf_putc(n->out, '.');
      return e;
    }
  }
  return NULL;
}

/* The word before "of" at o names a part of a place: "the coast of
 * Mass. with", "north of Vic. on" (a state, not a Mass said). */
static bool place_of_before(const struct norm *n, const char *o) {
  static const char *const parts[] = {"coast",   "east",  "north", "outside",
                                      "part",    "parts", "south", "state",
                                      "west"};
  const char *w, *we;
  return (w = ks_norm_prev_word(n, o, &we)) != NULL && we + 1 == o &&
         word_is(w, (size_t)(we - w), parts, N_OF(parts));
}

/* "Read Ps. 23 and Gen. 12", "Matt. 5:3-10": a book of the Bible cut
 * short before its chapter is said in full; one whose short form is a
 * title or a name too ("Gen.", "Rev.", "Col.", "Phil.") only before a
 * chapter and verse or in a sentence about scripture. */
static const char *bible_book(struct norm *n, const char *p, const char *we) {
  static const char *const church[] = {
      "Bible",    "bible",  "chapter", "chapters", "church",   "gospel",
      "Gospel",   "passage", "psalm",  "reading",  "readings", "scripture",
      "Scripture", "sermon", "verse",  "verses"};
  const char *end = n->end, *d, *de;
  size_t len = (size_t)(we - p);
  if (we >= end - 2 || *we != '.' || we[1] != ' ' ||
      !ks_is_digit((unsigned char)we[2]) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  d = we + 2;
  de = digit_end(d, end);
  if (de - d > 3 || (de < end && ks_is_alpha((unsigned char)*de)))
    return NULL;
  bool verse = de < end - 1 && *de == ':' && ks_is_digit((unsigned char)de[1]);
  const struct ks_bible_book *b = ks_lang_bible_book(n->lang, p, len);
  /* (a numbered book's part before it makes it sure: "1 Cor. 13"; a
   * book that has parts, not "Issue 2 Rev. 1", "Table 2 Col. 3"; and not
   * after a document's word, "Lemma 2 Cor. 4") */
  bool part = p - n->s >= 2 && p[-1] == ' ' && p[-2] >= '1' && p[-2] <= '3' &&
              (p - n->s == 2 || !ks_is_alnum((unsigned char)p[-3])) &&
              !ks_norm_document_word_before(n, p - 2) && b &&
              ks_norm_numbered_book(b->book, strlen(b->book));
  if (!b || (!b->sure && !verse && !part &&
             !ks_norm_sentence_has(n, church, N_OF(church))))
    return NULL;
  say(n, b->book);
  return we + 1;
}

/* Past the closing quotes at p ('"', "'", "”", "’"). */
static const char *past_quotes(const char *p, const char *end) {
  while (p < end && (*p == '"' || *p == '\'' || starts(p, end, "\xE2\x80\x9D") ||
                     starts(p, end, "\xE2\x80\x99")))
    p += *p == '"' || *p == '\'' ? 1 : 3;
  return p;
}

/* A lettered list's "b." comes before p in its sentence: "a. $5, b. $10,
 * c. $15". */
static bool lettered_list(const struct norm *n, const char *p) {
  for (const char *c = n->s; c + 3 <= p; c++)
    if (c[0] == 'b' && c[1] == '.' && c[2] == ' ' &&
        (c == n->s || !ks_is_alpha((unsigned char)c[-1])))
      return true;
  return false;
}

const char *ks_norm_rule_abbrev(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *q = we, *nx, *r;
  size_t len = (size_t)(we - p);
  const struct ks_abbrev *ab;
  bool dot = q < end && *q == '.';
  bool at_end, next_cap;

  if ((r = party(n, p, we)) || (r = law_section(n, p, we)) ||
      (r = dose_interval(n, p, we)) || (r = bible_book(n, p, we)))
    return r;
  /* "£5pp", "from R350 pp": after a price, per person (elsewhere "pp" is
   * pages) */
  if (len == 2 && p[0] == 'p' && p[1] == 'p' && !alnum_at(q + dot, end)) {
    const char *d = p > n->s && p[-1] == ' ' ? p - 1 : p, *f = d;
    while (f > n->s && (ks_is_digit((unsigned char)f[-1]) || f[-1] == ',' ||
                        f[-1] == '.'))
      f--;
    if (f < d && ks_is_digit((unsigned char)d[-1]) && f > n->s &&
        (f[-1] == '$' || (unsigned char)f[-1] >= 0x80 ||
         ks_is_upper((unsigned char)f[-1]))) {
      say(n, "per person");
      nx = skip_spaces(q + dot, end);
      return dot && nx < end && ks_is_lower((unsigned char)*nx) ? q + 1 : q;
    }
  }
  /* "for Cos Galway and Mayo": Irish papers' counties, before a county's
   * name */
  if (len == 3 && !memcmp(p, "Cos", 3) && q + 2 < end &&
      (*q == ' ' || (dot && q[1] == ' ')) &&
      word_is(q + (dot ? 2 : 1),
              (size_t)(alpha_end(q + (dot ? 2 : 1), end) - q - (dot ? 2 : 1)),
              n->lang->counties, n->lang->n_counties)) {
    say(n, "Counties");
    return dot ? q + 1 : q;
  }
  /* "Baie Ste Anne": without its stop too, before a saint's name (set BC;
   * espeak-ng says "stee") */
  /* (after a place's capitalised word, "Baie", "Sault"; "Ste Hay",
   * "as Ste Gerrard walked out" is Steven) */
  if (!dot && len == 3 && !memcmp(p, "Ste", 3) && q + 2 < end && *q == ' ' &&
      ks_is_upper((unsigned char)q[1]) && ks_is_lower((unsigned char)q[2]) &&
      n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_upper((unsigned char)*n->prev)) {
    say(n, "Sainte");
    return q;
  }
  /* "Pt.": a work's part before its number ("Harry Potter Pt. 2"), a
   * cape's or a town's point after a word of place ("off Pt. Fortin, in
   * Pt. Reyes"), India's Pandit before a name of two capitalised words
   * ("by Pt. Ravi Shankar"); else left (set BD and its review) */
  const char *pn;
  if (len == 2 && p[0] == 'P' && p[1] == 't' &&
      (pn = skip_spaces(q + dot, end)) > q + dot && pn < end) {
    static const char *const wheres[] = {"at", "from", "in", "near",
                                         "of", "off",  "to"};
    const char *n2, *n2e = alpha_end(pn, end);
    if (ks_is_digit((unsigned char)*pn)) {
      say(n, "Part");
      return q + dot;
    }
    if (ks_is_upper((unsigned char)*pn) && n2e > pn + 1 &&
        ks_is_lower((unsigned char)pn[1])) {
      if (ks_norm_word_before(n, p, wheres, N_OF(wheres))) {
        say(n, "Point");
        return q + dot;
      }
      if ((n2 = ks_norm_next_word(n, n2e, &n2e)) != NULL &&
          ks_is_upper((unsigned char)*n2) && n2e > n2 + 1 &&
          ks_is_lower((unsigned char)n2[1])) {
        say(n, "Pandit");
        return q + dot;
      }
    }
  }
  /* "fisherman Cyril Jn Baptiste", "Marie Jn Pierre": the Caribbean's
   * Jean between a first name and the rest of the surname, without its
   * stop (with it after a name, an Indian station's junction, "Howrah
   * Jn."; set BD) */
  /* (not before a station's nouns: "Vijayawada Jn Railway Station",
   * "Tenali Jn Railway police") */
  static const char *const stations[] = {"Bridge", "Flyover", "Platform",
                                         "Railway", "Road",    "Station",
                                         "Yard"};
  if (!dot && len == 2 && p[0] == 'J' && p[1] == 'n' && q + 2 < end &&
      *q == ' ' && ks_is_upper((unsigned char)q[1]) &&
      ks_is_lower((unsigned char)q[2]) &&
      !ks_norm_next_is(n, q, stations, N_OF(stations)) && n->prev &&
      n->prev + n->prev_len + 1 == p && ks_is_upper((unsigned char)*n->prev) &&
      n->prev_len > 1 && ks_is_lower((unsigned char)n->prev[1])) {
    say(n, "Jean");
    return q;
  }
  /* "said Md Jalal Uddin": Bangladesh's Mohammad before a name of two
   * capitalised words, without its stop (with it, Maryland: "Md. Senate
   * President", "Baltimore, Md."), first, in a bracket, after a verb of
   * saying or after a comma that no capitalised word comes before (not
   * "The Md Anderson Center") */
  static const char *const sayers[] = {"by", "said", "says", "told", "and"};
  if (len == 2 && p[0] == 'M' && p[1] == 'd' && !dot &&
      (p == n->s || p[-1] == '(' ||
       (n->prev && (ks_norm_word_before(n, p, sayers, N_OF(sayers)) ||
                    (p - n->s >= 2 && p[-2] == ',' &&
                     !ks_is_upper((unsigned char)*n->prev)))))) {
    const char *c = q, *ce;
    if (c < end - 1 && *c == ' ' && ks_is_upper((unsigned char)c[1]) &&
        (ce = alpha_end(c + 1, end)) > c + 2 &&
        ks_is_lower((unsigned char)c[2]) && ce < end - 1 && *ce == ' ' &&
        ks_is_upper((unsigned char)ce[1]) && ce + 2 < end &&
        ks_is_lower((unsigned char)ce[2])) {
      say(n, "Mohammad");
      return q;
    }
  }
  /* "Lieutenant Colonel (Ret'd) Desmond Palmer": retired, with its
   * apostrophe */
  if (eq_ci(p, len, "Ret") &&
      (starts(we, end, "'d") || starts(we, end, "\xE2\x80\x99" "d"))) {
    r = we + (*we == '\'' ? 2 : 4);
    if (!alnum_at(r, end)) {
      say(n, "retired");
      return r < end && *r == '.' && skip_spaces(r + 1, end) < end ? r + 1 : r;
    }
  }
  /* "i.e.", "a.k.a.": single letters with periods, looked up as one */
  if (dot && len == 1 && ks_is_lower((unsigned char)*p)) {
    const char *d = we;
    while (d + 2 < end && d[0] == '.' && ks_is_lower((unsigned char)d[1]) &&
           d[2] == '.')
      d += 2;
    if (d > we) {
      ab = ks_lang_abbrev(n->lang, p, (size_t)(d - p));
      if (ab && (ab->flags & KS_AB_LATIN)) {
        nx = skip_spaces(d + 1, end);
        if (ab->spoken) {
          say(n, ab->spoken);
        } else { /* a dose's "i.v.", "b.i.d.": its letters */
          sep(n);
          for (const char *c = p; c < d; c += 2) {
            if (c > p)
              ks_buf_putc(n->out, ' ');
            ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*c));
          }
        }
        if (nx == end)
          ks_buf_putc(n->out, '.');
        return d + 1;
      }
    }
  }
  /* "Armonk, N.Y.", "N.J.": capitals with periods that name a state are
   * said as its name; "Ph.D." as its letters */
  if (dot && (len == 1 || (len == 2 && ks_is_lower((unsigned char)p[1]))) &&
      ks_is_upper((unsigned char)*p) &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.'))) {
    const char *d = we;
    while (d + 2 < end && d[0] == '.' && ks_is_upper((unsigned char)d[1]) &&
           d[2] == '.')
      d += 2;
    /* "W.Va.": a capital and a small letter last */
    if (d + 3 < end && d[0] == '.' && ks_is_upper((unsigned char)d[1]) &&
        ks_is_lower((unsigned char)d[2]) && d[3] == '.')
      d += 3;
    ab = d > we && !(d + 1 < end && ks_is_alnum((unsigned char)d[1]))
             ? ks_lang_abbrev(n->lang, p, (size_t)(d - p))
             : NULL;
    /* not before a name: "S.C. Johnson" is a company; but "N.Y. Giants",
     * "N.Y. Times": New York's own, and a state's bodies ("the N.H.
     * Department of Health", "N.J. Supreme Court") */
    static const char *const bodies[] = {
        "Attorney",  "Board",       "Bureau",      "Court",     "Democratic",
        "Democrats", "Department",  "Dept",        "Division",  "Governor",
        "House",     "Legislature", "National",    "Office",    "Police",
        "Public",    "Republican",  "Republicans", "Secretary", "Senate",
        "State",     "Superior",    "Supreme"};
    if (ab && ab->spoken && (ab->flags & (KS_AB_PLACE | KS_AB_ACRONYM)) &&
        !memcmp(ab->word, p, (size_t)(d - p)) &&
        (!(d + 3 < end && d[1] == ' ' && ks_is_upper((unsigned char)d[2]) &&
           ks_is_lower((unsigned char)d[3]) &&
           !(p > n->s + 1 && p[-2] == ',')) ||
         (d - p == 3 && !memcmp(p, "N.Y", 3)) ||
         ((ab->flags & KS_AB_PLACE) &&
          ks_norm_next_is(n, d + 1, bodies, N_OF(bodies)))) &&
        /* "N.B.", "N.S.": a province only after a city and its comma
         * (elsewhere a note, "not significant") */
        !((ab->flags & KS_AB_WORD_TOO) && !(p > n->s + 1 && p[-2] == ','))) {
      say(n, ab->spoken);
      if (skip_spaces(d + 1, end) == end)
        ks_buf_putc(n->out, '.');
      return d + 1;
    }
  }
  /* "the late 17th C.", "the 5th c. BC": after an ordinal of up to two
   * figures, a century */
  if (dot && len == 1 && (*p == 'C' || *p == 'c') && n->prev &&
      n->prev + n->prev_len + 1 == p && n->prev_len >= 3 && n->prev_len <= 4 &&
      ks_is_digit((unsigned char)n->prev[0]) &&
      ks_is_digit((unsigned char)n->prev[n->prev_len - 3]) &&
      (eq_ci(n->prev + n->prev_len - 2, 2, "th") ||
       eq_ci(n->prev + n->prev_len - 2, 2, "st") ||
       eq_ci(n->prev + n->prev_len - 2, 2, "nd") ||
       eq_ci(n->prev + n->prev_len - 2, 2, "rd"))) {
    say(n, "century");
    if (skip_spaces(we + 1, end) == end)
      ks_buf_putc(n->out, '.');
    return we + 1;
  }
  /* "Cream 1 c. butter with 2 c. sugar": after a count and before a word
   * in small letters, a recipe's cup ("c. 1500" is circa) */
  bool vulgar = p - n->s >= 3 && (unsigned char)p[-3] == 0xC2 &&
                (unsigned char)p[-2] >= 0xBC && (unsigned char)p[-2] <= 0xBE;
  if (dot && len == 1 && *p == 'c' && p - n->s >= 2 && p[-1] == ' ' &&
      (ks_is_digit((unsigned char)p[-2]) || vulgar) && /* "½ c." */
      we + 2 < end && we[1] == ' ' && ks_is_lower((unsigned char)we[2])) {
    const char *d = p - 2;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    /* one, or a fraction alone ("½ c.", "1/2 c."): "of a cup" was said
     * by the fraction's rule or is heard without it, "cup" */
    bool one =
        (d == p - 2 && *d == '1' && (d == n->s || d[-1] == ' ')) ||
        (vulgar && !(p - n->s >= 4 && ks_is_digit((unsigned char)p[-4]))) ||
        (p - n->s >= 4 && p[-3] == '/' && (p - n->s < 6 || p[-5] == ' '));
    say(n, one ? "cup" : "cups");
    return we + 1;
  }
  /* "V.K. Saraswat": a capital and its stop glued to another is an
   * initial, no abbreviation ("v." is versus) */
  if (dot && len == 1 && ks_is_upper((unsigned char)*p) && we + 2 < end &&
      ks_is_upper((unsigned char)we[1]) && we[2] == '.')
    return NULL;
  /* "143 S. Ct. 2228": the Supreme Court's reporter in a citation, its
   * volume before and its page after (no street's direction) */
  if (dot && len == 1 && *p == 'S' && starts(we + 1, end, " Ct. ") &&
      we + 6 < end && ks_is_digit((unsigned char)we[6])) {
    say(n, "Supreme Court");
    return we + 5;
  }
  /* "the 2300 block of W. Oak Ave.": a compass letter before a street's
   * name is its direction */
  if (dot && len == 1 && n->lang->compass && strchr("NSEW", *p) &&
      ks_norm_before_street(n, we + 1) &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_upper((unsigned char)n->prev[0]) && n->prev != n->s)) {
    say(n, n->lang->compass[strchr("NSEW", *p) - "NSEW"]);
    return we + 1;
  }
  /* "George W. Bush", "John Q. Public": a middle initial's stop would
   * make espeak-ng end a clause inside the name */
  if (dot && len == 1 && ks_is_upper((unsigned char)*p) && n->prev &&
      n->prev != p && ks_is_upper((unsigned char)n->prev[0]) &&
      n->prev_len > 1 && n->prev + n->prev_len + 1 == p && we + 2 < end &&
      we[1] == ' ' && ks_is_upper((unsigned char)we[2]) &&
      (we + 3 >= end || ks_is_lower((unsigned char)we[3]))) {
    sep(n);
    if (*p == 'A') /* "Elizabeth A. Burton" */
      say_letter_a(n);
    else
      ks_buf_putc(n->out, *p);
    return we + 1;
  }
  static const char *const choices[] = {
      "a",     "an",    "answer", "are",     "be",    "box",    "category",
      "class", "grade", "group",  "is",      "level", "option", "plan",
      "row",   "the",   "type",   "vitamin", "was",   "were",   "zone"};
  /* "writer L. Ron Hubbard", "author F. Scott Fitzgerald": a first
   * initial before a given name and a surname, inside the sentence the
   * splitter kept whole, loses its stop too */
  if (dot && len == 1 && ks_is_upper((unsigned char)*p) && we + 3 < end &&
      we[1] == ' ' && ks_is_upper((unsigned char)we[2]) &&
      ks_is_lower((unsigned char)we[3]) &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_upper((unsigned char)n->prev[0])) &&
      !(p - n->s >= 2 && p[-2] == '.') && /* not "P. V. Narasimha Rao" */
      /* after a word of a person's trade or a verb, not a choice or a
       * grade ("The answer is D. Mary Jones agreed", "option A. John") */
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        word_is(n->prev, n->prev_len, choices, N_OF(choices)))) {
    const char *x = alpha_end(we + 2, end);
    if (x < end - 2 && *x == ' ' && ks_is_upper((unsigned char)x[1]) &&
        ks_is_lower((unsigned char)x[2])) {
      sep(n);
      if (*p == 'A')
        say_letter_a(n);
      else
        ks_buf_putc(n->out, *p);
      return we + 1;
    }
  }
  if (dot)
    q++;
  nx = skip_spaces(q, end);
  at_end = nx == end;
  /* (a Sesotho name's apostrophe before its capital too: "Ms ’Marethabile
   * Hlalele", set BB) */
  next_cap = nx < end && nx > q &&
             (ks_is_upper((unsigned char)*nx) ||
              (*nx == '\'' && nx + 1 < end && ks_is_upper((unsigned char)nx[1])) ||
              (starts(nx, end, "\xE2\x80\x99") && nx + 3 < end &&
               ks_is_upper((unsigned char)nx[3])));
  /* without a period only short words can be abbreviations ("Lt", "vs"),
   * or "approx" before a number, or a county after a town ("Swindon,
   * Wilts,"), asked last: most words end here */
  if (!dot && (len > 5 || (len == 5 && !next_cap)) && /* "Const Ann Lee" */
      !(len <= 6 && nx > q && nx < end && ks_is_digit((unsigned char)*nx)) &&
      !after_town(n, p, len) && !compass_before(n, p))
    return NULL;
  if ((r = ks_norm_rule_street(n, p, we)))
    return r;
  /* "an anthology, ed. Jane Roe": edited by; "Jane Roe (ed.)" the editor;
   * "the 2nd ed." an edition */
  if (dot && ks_is_lower((unsigned char)*p) &&
      (eq_ci(p, len, "ed") || eq_ci(p, len, "eds"))) {
    const char *w = n->prev;
    if (p > n->s && p[-1] == '(' && nx < end && *nx == ')') {
      say(n, len == 3 ? "editors" : "editor");
      return q;
    }
    if (next_cap && p - n->s >= 2 &&
        (p[-1] == '(' || (p[-2] == ',' && p[-1] == ' '))) {
      say(n, "edited by");
      return q;
    }
    /* "ed. by M. Chen", "was ed. by Jane Roe": edited, its "by" written */
    if (starts(nx, end, "by ") && nx + 3 < end &&
        ks_is_upper((unsigned char)nx[3])) {
      say(n, "edited");
      return q;
    }
    if (w && w + n->prev_len + 1 == p && n->prev_len >= 3 &&
        ks_is_digit((unsigned char)*w) &&
        ks_is_alpha((unsigned char)w[n->prev_len - 1])) {
      say(n, len == 3 ? "editions" : "edition");
      return at_end ? we : q;
    }
  }
  /* "trans. Constance Garnett", "rev. by Ralph Matlaw": translated and
   * revised, with the "by" said where it is left out */
  if (dot && ((len == 5 && !memcmp(p, "trans", 5)) ||
              (len == 3 && !memcmp(p, "rev", 3)))) {
    /* before "by", or a name of two capitalised words ("She came out as
     * trans. Then her family" is the adjective) */
    const char *w2 = next_cap ? alpha_end(nx, end) : NULL;
    bool by = starts(nx, end, "by "),
         name = w2 && w2 < end - 1 && *w2 == ' ' &&
                ks_is_upper((unsigned char)w2[1]) &&
                !ks_lang_in_list(n->lang->starters, n->lang->n_starters, nx,
                                 (size_t)(w2 - nx));
    if (by || name) {
      say(n, len == 5 ? "translated" : "revised");
      if (!by)
        say(n, "by");
      return q;
    }
  }
  /* "Sec. of State Laura Kim": a secretary's office before "of" and its
   * department's capital ("Sec. 420 of the IPC" is a section) */
  if (dot && len == 3 && !memcmp(p, "Sec", 3) && starts(nx, end, "of ") &&
      nx + 3 < end && ks_is_upper((unsigned char)nx[3])) {
    say(n, "Secretary");
    return q;
  }
  /* "analysts' est. of 5.6 million": the noun, before "of" */
  if (dot && len == 3 && !memcmp(p, "est", 3) && starts(nx, end, "of ")) {
    say(n, "estimate");
    return q;
  }
  /* "Maj.-Gen. Edward Buba", "Lt.-Col.": two ranks joined by a hyphen */
  if (dot && q < end - 1 && *q == '-' && ks_is_upper((unsigned char)q[1])) {
    const char *e2 = alpha_end(q + 1, end);
    const struct ks_abbrev *a1 = ks_lang_abbrev(n->lang, p, len),
                           *a2 = ks_lang_abbrev(n->lang, q + 1,
                                                (size_t)(e2 - q - 1));
    if (a1 && a2 && a1->spoken && a2->spoken && (a1->flags & KS_AB_TITLE) &&
        (a2->flags & KS_AB_TITLE) && !(a2->flags & KS_AB_PLACE)) {
      say(n, a1->spoken);
      say(n, a2->spoken);
      return e2 < end && *e2 == '.' ? e2 + 1 : e2;
    }
  }
  /* "Ch. Supt. Nia Evans", "Ch. Insp.": the chief of a rank (elsewhere
   * "ch." is a chapter) */
  if (dot && len == 2 && p[0] == 'C' && p[1] == 'h' && next_cap) {
    const char *e2 = alpha_end(nx, end);
    const struct ks_abbrev *a2 =
        e2 < end && *e2 == '.' ? ks_lang_abbrev(n->lang, nx, (size_t)(e2 - nx))
                               : NULL;
    if (a2 && a2->spoken && (a2->flags & KS_AB_TITLE) &&
        !(a2->flags & KS_AB_PLACE)) {
      say(n, "Chief");
      return q;
    }
  }
  /* "Ste. 400" a suite, "Ste. Anne" a saint; "Sr. Mary" a nun (after a
   * name, "John Smith Sr.", Senior); "the Co. Kerry farmer" a county
   * (after a name, "Acme Co.", Company) */
  if (dot && len == 2 && p[0] == 'S' && p[1] == 'r' && next_cap &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_upper((unsigned char)n->prev[0]) && n->prev != n->s) &&
      /* (after a comma only after "sister": "a sister, Sr. Anne Kelly";
       * not "John Doe, Sr. Anne's son", "its president, Sr. Néstor Ríos",
       * Señor in Spanish) */
      !(p - n->s >= 3 && p[-2] == ',' &&
        !(p - n->s >= 9 && !memcmp(p - 8, "sister", 6))) &&
      !ks_lang_in_list(n->lang->senior_jobs, n->lang->n_senior_jobs, nx,
                       (size_t)(alpha_end(nx, end) - nx))) {
    say(n, "Sister"); /* not "Jane Doe, Sr. Vice President" */
    return q;
  }
  if (dot && len == 2 && p[0] == 'S' && p[1] == 'r' && next_cap &&
      ks_lang_in_list(n->lang->senior_jobs, n->lang->n_senior_jobs, nx,
                      (size_t)(alpha_end(nx, end) - nx))) {
    say(n, "Senior"); /* "Sr. Vice President", a grade */
    return q;
  }
  /* "Eng. Faith Mutua" (Kenya's engineers), "Ma. Cristina Dela Peña"
   * (the Philippines' Maria): before a name, a capital and small letters
   * ("Ma. She smiled" ends a sentence: the segmenter's) */
  /* (a name of two capitalised words at least: not "his Ma. Sadly she",
   * "Aus v Eng. Root scored", "read Eng. Lit.") */
  /* (or "Eng." before one after "said", a comma or a quotation's close:
   * "“It was dry,” Eng. Mwale said", as the segmenter has it) */
  static const char *const said[] = {"said", "says"};
  const char *name_end = next_cap ? alpha_end(nx, end) : nx;
  bool eng_said = len == 3 && !memcmp(p, "Eng", 3) && p - n->s >= 3 &&
                  p[-1] == ' ' &&
                  (p[-2] == ',' || p[-2] == '"' ||
                   (p - n->s >= 4 && starts(p - 4, end, "\xE2\x80\x9D")) ||
                   ks_norm_word_before(n, p, said, N_OF(said)));
  if (dot && next_cap && ((len == 2 && !memcmp(p, "Ma", 2)) ||
                          (len == 3 && !memcmp(p, "Eng", 3))) &&
      nx + 1 < end && ks_is_lower((unsigned char)nx[1]) &&
      (eng_said || (name_end + 1 < end && *name_end == ' ' &&
                    ks_is_upper((unsigned char)name_end[1])))) {
    say(n, *p == 'M' ? "Maria" : "Engineer");
    return q;
  }
  if (dot && len == 3 && !memcmp(p, "Ste", 3) && nx > q && nx < end &&
      (ks_is_digit((unsigned char)*nx) || next_cap)) {
    say(n, ks_is_digit((unsigned char)*nx) ? "Suite" : "Sainte");
    return q;
  }
  if (dot && len == 2 && p[0] == 'C' && p[1] == 'o' && next_cap &&
      ((n->prev && n->prev + n->prev_len + 1 == p &&
        word_is(n->prev, n->prev_len, n->lang->county_before,
                n->lang->n_county_before)) ||
       word_is(nx, (size_t)(alpha_end(nx, end) - nx), n->lang->counties,
               n->lang->n_counties))) {
    say(n, "County");
    return q;
  }
  /* "the Kilkenny Co. Council meeting", "Mayo Co Council": after a
   * place's name and before its council, a county */
  if (len == 2 && p[0] == 'C' && p[1] == 'o' && nx > q &&
      starts(nx, end, "Council") &&
      (!alnum_at(nx + 7, end) || starts(nx + 7, end, "lor")) && n->prev &&
      n->prev + n->prev_len + 1 == p && ks_is_upper((unsigned char)*n->prev) &&
      !(p - n->s >= 2 && p[-2] == '&')) {
    say(n, "County");
    return q;
  }
  /* "in Lusk, Co Dublin", "Co Leitrim recorded": Irish papers write it
   * without its stop, before a county's name (not a firm's "& Co", "and
   * Co") */
  /* (after "and" only where a county's name comes before it: "County
   * Galway and Co Mayo") */
  const char *cw, *cwe;
  if (!dot && len == 2 && p[0] == 'C' && p[1] == 'o' && we < end - 1 &&
      *we == ' ' && !(p - n->s >= 2 && p[-2] == '&') &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        eq_ci(n->prev, n->prev_len, "and") &&
        !((cw = ks_norm_prev_word(n, n->prev, &cwe)) != NULL &&
          word_is(cw, (size_t)(cwe - cw), n->lang->counties,
                  n->lang->n_counties)))) {
    const char *c = we + 1;
    if (ks_is_upper((unsigned char)*c) &&
        word_is(c, (size_t)(alpha_end(c, end) - c), n->lang->counties,
                n->lang->n_counties)) {
      say(n, "County");
      return we;
    }
  }
  /* "Cook Co., Ill.", "Skamania Co., Wash.": after a name and before a
   * state's abbreviation, a county */
  if (dot && len == 2 && p[0] == 'C' && p[1] == 'o' && q + 3 < end &&
      q[0] == ',' && q[1] == ' ' && ks_is_upper((unsigned char)q[2]) &&
      n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_upper((unsigned char)*n->prev)) {
    const char *se = alpha_end(q + 2, end);
    const struct ks_abbrev *st =
        se < end && *se == '.'
            ? ks_lang_abbrev(n->lang, q + 2, (size_t)(se - q - 2))
            : NULL;
    static const char *const firms[] = {
        "Chemical", "Coal", "Electric", "Insurance", "Manufacturing", "Mining",
        "Motor",    "Oil",  "Power",    "Steel",     "Tobacco",       "Trust"};
    if (st && (st->flags & KS_AB_PLACE) && !(st->flags & KS_AB_TITLE) &&
        se - q - 2 >= 3 && !word_is(n->prev, n->prev_len, firms, N_OF(firms))) {
      say(n, "County");
      return q; /* the comma stays */
    }
  }
  /* "Max. load 25 kg", "Min. order": with its stop before a word in small
   * letters, the limit ("maximum", "minimum"); capitalised only first in
   * the sentence ("Max." is a name elsewhere), "min." only there ("ten
   * min. later", "a few min." are minutes), or after "a" or "the" and
   * before "of" ("a min. of 18"), or after "the" ("The min. order";
   * "wait a min." is a minute) */
  static const char *const a_the[] = {"a", "the"};
  static const char *const the_min[] = {"the"};
  if (dot && len == 3 && nx > q && nx + 1 < end &&
      ks_is_lower((unsigned char)*nx) && ks_is_lower((unsigned char)nx[1]) &&
      (ks_is_lower((unsigned char)*p) || p == n->s) &&
      (eq_ci(p, len, "max") ||
       ((p == n->s ||
         (starts(nx, end, "of ") &&
          ks_norm_word_before(n, p, a_the, N_OF(a_the))) ||
         ks_norm_word_before(n, p, the_min, N_OF(the_min))) &&
        eq_ci(p, len, "min")))) {
    bool cap = ks_is_upper((unsigned char)*p);
    say(n, p[1] == 'a' || p[1] == 'A' ? (cap ? "Maximum" : "maximum")
                                      : (cap ? "Minimum" : "minimum"));
    return q;
  }
  /* "ch. 3, v. 16": before a number, "v." is a verse ("vv." is in the
   * table) */
  if (dot && len == 1 && *p == 'v' && nx > q && nx < end &&
      ks_is_digit((unsigned char)*nx) &&
      !alnum_at(digit_end(nx, end), end)) { /* not "Smith v. 3M" */
    say(n, "verse");
    return q;
  }
  /* "Arsenal v Chelsea", "Corners: 11 v 2": a small "v" alone between two
   * names or figures is versus, as British sport and law write it */
  if (!dot && len == 1 && *p == 'v' && p - n->s >= 2 && p[-1] == ' ' &&
      nx > we && nx < end && *(nx - 1) == ' ' &&
      (ks_is_digit((unsigned char)p[-2]) || p[-2] == ')' ||
       (n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_upper((unsigned char)*n->prev))) &&
      (ks_is_digit((unsigned char)*nx) || ks_is_upper((unsigned char)*nx))) {
    say(n, "versus");
    return we;
  }
  /* "Palm Bay d. Rockledge 70-44": a results list's "defeated", between
   * two teams' names before the score */
  if (dot && len == 1 && *p == 'd' && next_cap && n->prev &&
      n->prev + n->prev_len + 1 == p && ks_is_upper((unsigned char)*n->prev) &&
      ks_score_ahead(q, end, 5)) {
    say(n, "defeated");
    return q;
  }
  /* "Park 44 (pen)", "Diaz 90+2 pen.", "Stones 12 (og)": a scorer's minute
   * then the kind of goal, in brackets or about football (not "a Parker
   * 51 pen") */
  if ((eq_ci(p, len, "pen") || eq_ci(p, len, "og")) &&
      !ks_is_upper((unsigned char)*p) && goal_minute_before(n, p) &&
      ((p > n->s && p[-1] == '(') || ks_norm_about_football(n))) {
    say(n, *p == 'p' ? "penalty" : "own goal");
    if (dot && (at_end || next_cap))
      ks_buf_putc(n->out, '.');
    return dot ? q : we;
  }
  ab = ks_lang_abbrev(n->lang, p, len);
  /* "Cr Lena Whitaker": a councillor only without a stop and before a
   * name ("Rs 5 Cr." is crore, "(Cr VI)" chromium) */
  if (ab && (eq_ci(p, len, "Cr") || eq_ci(p, len, "Crs")) &&
      (dot || !(nx > q && nx + 1 < end && ks_is_upper((unsigned char)*nx) &&
                ks_is_lower((unsigned char)nx[1]))))
    return NULL;
  if (!ab || !ab->spoken ||
      ((ab->flags & KS_AB_CAPITAL) &&
       ((ks_is_upper((unsigned char)ab->word[0])
             ? !ks_is_upper((unsigned char)*p)
             : ks_is_upper((unsigned char)*p) && p != n->s) ||
        /* (nor a title in capitals before words that are not: "Ing." a
         * title, "ING. Markets" a bank; "SEC. 420" a section) */
        ((ab->flags & KS_AB_TITLE) && len >= 2 &&
         ks_is_lower((unsigned char)ab->word[1]) &&
         ks_is_upper((unsigned char)p[1]) && nx > q && nx + 1 < end &&
         ks_is_lower((unsigned char)nx[1])))))
    return NULL; /* "prop.", "exp.": words, not "Prop. 47"; "Max." a name
                    but first in a line */
  /* "£30 inc. VAT", "£900 pcm": only after an amount (not "indie label
   * mothers inc.", "24-bit pcm audio") */
  if ((len == 3 && (!memcmp(p, "inc", 3) || !memcmp(p, "pcm", 3))) &&
      !(p - n->s >= 2 && p[-1] == ' ' && ks_is_digit((unsigned char)p[-2])) &&
      !(*p == 'i' && n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_digit((unsigned char)n->prev[n->prev_len - 1])))
    return NULL;
  /* "7:42 EST.": a lower-case abbreviation written in capitals is
   * something else, an initialism */
  if (len >= 2 && ks_is_lower((unsigned char)ab->word[0]) &&
      ks_is_upper((unsigned char)p[0]) && ks_is_upper((unsigned char)p[1]))
    return NULL;
  /* "P. V. Narasimha Rao": a capital alone is an initial, no "v." */
  if (len == 1 && ks_is_lower((unsigned char)ab->word[0]) &&
      ks_is_upper((unsigned char)p[0]))
    return NULL;
  /* "Gen Z voters", "popular with Gen Z.": a generation, no general */
  if (len == 3 && !memcmp(p, "Gen", 3) && nx > q && nx < end &&
      strchr("XYZ", *nx) &&
      (nx + 1 == end || (!ks_is_alnum((unsigned char)nx[1]) &&
                         (nx[1] != '.' || nx + 2 == end || nx[2] == ' '))))
    return NULL;
  /* "the Rt Hon Sir Keir Starmer": the Right Honourable ("Hon Hai" alone
   * is a name) */
  if (len == 2 && !memcmp(p, "Rt", 2)) {
    const char *h = dot ? q : we;
    if (starts(h, end, " Hon") && !alnum_at(h + 4, end)) {
      say(n, "Right Honourable");
      return h + 4 < end && h[4] == '.' && skip_spaces(h + 5, end) < end
                 ? h + 5
                 : h + 4;
    }
  }
  /* "on Tues,", "open Sun 10-4", "every Thurs": a weekday without its
   * stop, as the table spells it, before figures or after a word that
   * names a day, and not before a name ("Sun Microsystems") */
  if (!dot && (ab->flags & KS_AB_WEEKDAY) && !memcmp(ab->word, p, len) &&
      !(we < end && (*we == '\'' || *we == '-'))) {
    static const char *const day_words[] = {"every", "last", "next", "on",
                                            "open",  "till", "until"};
    static const char *const the[] = {"the"};
    /* a day of the month or an hour: "Fri 13", "Sun 10-4", "Sat 8pm" */
    const char *de = nx > we ? digit_end(nx, end) : nx;
    bool figures = de > nx && de - nx <= 2 && small_val(nx, de) <= 31 &&
                   !ks_norm_noun_after(n, de) &&
                   !ks_norm_scan_unit(n->lang, skip_spaces(de, end), end, &de);
    bool name_next = nx > we && nx < end && ks_is_upper((unsigned char)*nx);
    /* "Closed on Sun and Mon": after another day and "and" or "or" */
    static const char *const joins[] = {"and", "or"};
    const char *b, *be;
    if (ks_norm_word_before(n, p, joins, N_OF(joins)) &&
        (b = ks_norm_prev_word(n, n->prev, &be)) != NULL &&
        ks_norm_weekday_of(n, b, (size_t)(be - b)) > 0 && !name_next) {
      say(n, ab->spoken);
      return we;
    }
    /* "12 November (Tue)": a weekday alone in brackets */
    bool bracketed = p > n->s && p[-1] == '(' && we < end && *we == ')';
    if (!ks_norm_word_before(n, p, the, 1) &&
        (figures || bracketed ||
         (!name_next &&
          ks_norm_word_before(n, p, day_words, N_OF(day_words))))) {
      say(n, ab->spoken);
      return we;
    }
  }
  /* "from 6pm Tues to 9am Weds", "Tues max: 12C": a weekday's short name
   * without its stop beside a clock's time or before a forecast's "max"
   * or "min" is the day */
  /* (not after a determiner: "The Sun 10:30 edition" is the paper) */
  if (!dot && (ab->flags & KS_AB_WEEKDAY) && ab->spoken && len >= 3 &&
      !memcmp(ab->word, p, len) && !alnum_at(we, end) &&
      !ks_norm_after_determiner(n, p)) {
    const char *b = p - 1;
    bool clock = false;
    if (p - n->s >= 4 && *b == ' ' &&
        ((b[-1] == 'm' && (b[-2] == 'a' || b[-2] == 'p') &&
          ks_is_digit((unsigned char)b[-3])) ||
         (ks_is_digit((unsigned char)b[-1]) && b[-3] == ':')))
      clock = true;
    /* "from 6pm Fri to noon Sun" */
    static const char *const hours[] = {"midday", "midnight", "noon"};
    clock = clock || (ks_norm_word_before(n, p, hours, N_OF(hours)) &&
                      ks_is_lower((unsigned char)*n->prev) &&
                      !(we + 1 < end && ks_is_upper((unsigned char)we[1])));
    if (we + 2 < end && *we == ' ' && ks_is_digit((unsigned char)we[1])) {
      const char *d = digit_end(we + 1, end);
      clock = clock || starts(d, end, "am") || starts(d, end, "pm") ||
              (d < end && *d == ':');
    }
    if (clock || starts(we, end, " max") || starts(we, end, " min")) {
      say(n, ab->spoken);
      return we;
    }
  }
  if (!dot) {
    /* "Assoc Professor Dr Hoàng Thị Hanh": before a title, associate, as
     * with its stop below (set AW; alone, "Assoc" is left) */
    if (len == 5 && !memcmp(p, "Assoc", 5) &&
        (starts(nx, end, "Prof") || starts(nx, end, "Dir") ||
         starts(nx, end, "Dean") || starts(nx, end, "Editor") ||
         starts(nx, end, "Justice"))) {
      say(n, "Associate");
      return we;
    }
    /* without a period only as the table spells it, and only where it
     * cannot be a word: a title before a name, "vs", "aka" */
    /* nor glued to figures: "NZ5064" is a flight's number */
    /* (a suffix's possessive is its own: "Man Utd's Rashford") */
    bool owns = !(ab->flags & KS_AB_TITLE) && starts(we, end, "'s") &&
                !alnum_at(we + 2, end);
    if (!(ab->flags & KS_AB_NODOT) || memcmp(ab->word, p, len) != 0 ||
        (we < end && ((*we == '\'' && !owns) || *we == '-' ||
                      (ks_is_upper((unsigned char)p[len - 1]) &&
                       ks_is_digit((unsigned char)*we)))))
      return NULL;
    /* "Lt Col (retd) Declan Moran": a note in brackets before the name */
    if ((ab->flags & KS_AB_TITLE) && !next_cap && nx > we && nx < end &&
        *nx == '(') {
      const char *cb = memchr(nx, ')', (size_t)(end - nx));
      if (cb && cb - nx < 16 && cb + 2 < end && cb[1] == ' ' &&
          ks_is_upper((unsigned char)cb[2]))
        next_cap = true;
    }
    /* "(rtd)" without its stop only in its brackets: "rtd drinks" are
     * ready to drink */
    if (len == 3 && !memcmp(p, "rtd", 3) && !(p > n->s && p[-1] == '('))
      return NULL;
    /* "the Hon Simati Paueli", ", Hon Taukiei Nauma,": without its stop
     * the title only after "the" or a comma, before a name (not "Hon
     * Lik", "Wong Hon Keung", nor a club's honorary "Hon Sec") */
    if (len == 3 && !memcmp(p, "Hon", 3)) {
      static const char *const honorary[] = {
          "Consul", "Fellow", "Life", "Member", "President", "Sec",
          "Secretary", "Treas", "Treasurer", "Vice"};
      const char *hw, *hwe;
      bool placed = (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',') ||
                    (n->prev && n->prev + n->prev_len + 1 == p &&
                     eq_ci(n->prev, n->prev_len, "the"));
      if (!placed || (hw = ks_norm_next_word(n, we, &hwe)) == NULL ||
          !ks_is_upper((unsigned char)*hw) || (hwe < end && *hwe == '-') ||
          word_is(hw, (size_t)(hwe - hw), honorary, N_OF(honorary)))
        return NULL;
    }
    /* "Cllr ap Rhys", "Cllr van Dijk": a name's particle too */
    if ((ab->flags & KS_AB_TITLE) && !next_cap &&
        !(nx > we && ks_norm_next_is(n, we, particles, N_OF(particles))))
      return NULL;
    /* "Wall St Journal", "High St London": after a name, "St" without its
     * stop is the street's (left to espeak-ng, which says "street") */
    if ((ab->flags & KS_AB_TITLE) && (ab->flags & KS_AB_PLACE) && n->prev &&
        n->prev + n->prev_len + 1 == p && ks_is_upper((unsigned char)*n->prev))
      return NULL;
    /* "Caldera Semiconductor Inc forecast", "Kiyomizu Electronics Co Ltd":
     * a company's suffix only after its capitalised name, and "Co" only
     * before another suffix ("Co Durham" is a county) */
    if (ab->flags & KS_AB_COMPANY) {
      /* ("Mthembu & Sons (Pty) Ltd": in brackets after it too) */
      bool after_name = n->prev &&
                        (n->prev + n->prev_len + 1 == p ||
                         (n->prev + n->prev_len + 2 == p &&
                          (p[-1] == '(' || (p[-1] == ' ' && p[-2] == ')')))) &&
                        ks_is_upper((unsigned char)*n->prev);
      if (!after_name ||
          (eq_ci(p, len, "Co") && !starts(we, end, " Ltd") &&
           !starts(we, end, " Limited") && !starts(we, end, " Inc")))
        return NULL;
    }
    /* "Swindon, Wilts,": a place that is also a word only after a town
     * and its comma (not "Notts County") */
    bool listed = (ab->flags & KS_AB_WORD_TOO) &&
                  (in_place_list(n, p, len) || compass_before(n, p));
    if ((ab->flags & KS_AB_WORD_TOO) && !listed && !after_town(n, p, len))
      return NULL;
    /* and where the place's clause ends after it, not in a list of names
     * ("Tom, Vic and Sue", "Ann, Tas, Bob") */
    if ((ab->flags & KS_AB_WORD_TOO) && !listed &&
        !(ab->flags & KS_AB_ACRONYM) &&
        !(nx >= end || *nx == ')' || *nx == ';' ||
          (*q == ',' &&
           !(skip_spaces(q + 1, end) < end &&
             ks_is_upper((unsigned char)*skip_spaces(q + 1, end))))))
      return NULL;
    /* "Stats NZ said", "Lotto NZ": capitals after a name's capitalised
     * word are part of the name, its letters ("the NZ Herald", "in NZ"
     * stay New Zealand, and the names said in full, "Air NZ", "Team
     * NZ") */
    static const char *const full[] = {"Air", "Bank", "Team", "Tourism"};
    if ((ab->flags & KS_AB_LATIN) && len == 2 &&
        ks_is_upper((unsigned char)p[0]) && ks_is_upper((unsigned char)p[1]) &&
        n->prev && n->prev + n->prev_len + 1 == p && n->prev_len > 2 &&
        !word_is(n->prev, n->prev_len, full, N_OF(full)) &&
        ks_is_upper((unsigned char)*n->prev) &&
        ks_is_lower((unsigned char)n->prev[1]) &&
        (n->prev != n->s || first_a_name(n, n->prev, n->prev_len)))
      return NULL;
    /* "NZ First": the party's name says its letters */
    if (len == 2 && !memcmp(p, "NZ", 2) && starts(we, end, " First") &&
        !alnum_at(we + 6, end))
      return NULL;
    /* "world nr 1": before a figure "nr" is a number's, as with its stop */
    if (len == 2 && !memcmp(p, "nr", 2) && nx > we && nx < end &&
        ks_is_digit((unsigned char)*nx)) {
      say(n, "number");
      return we;
    }
    /* "the world No 1": a number's word only before a number, or a
     * roman numeral of two letters or more ("Spitfire Mk IX") */
    /* (the roman numeral after "Mk" only: "No LIV golfers", "No IV
     * fluids" are no numbers; and a mark is a small number, "Mk 8", not
     * Malawi's "Mk 500") */
    bool mark = len == 2 && !memcmp(p, "Mk", 2);
    if ((ab->flags & KS_AB_NUMBER) &&
        !(nx > we && nx < end && ks_is_digit((unsigned char)*nx) &&
          !(mark && digit_end(nx, end) - nx > 2)) &&
        !(mark && nx > we && roman_after(nx, end)))
      return NULL;
    say(n, ab->spoken);
    return we;
  }
  /* "world nr.1", "nr. 5": before a figure "nr." is a number's */
  if (len == 2 && !memcmp(p, "nr", 2) && nx < end &&
      ks_is_digit((unsigned char)*nx)) {
    say(n, "number");
    return q;
  }
  static const char *const be_forms[] = {"are", "been", "being", "is",
                                         "was", "were"}; /* "were est." */
  /* "The bakery, est. 1923,": before a year alone, "est." is established;
   * so before "in" and a year ("the programme, est. in 2021,") */
  if (eq_ci(p, len, "est") && nx > q && starts(nx, end, "in ") &&
      end - nx >= 7 && (nx[3] == '1' || nx[3] == '2') &&
      digit_end(nx + 3, end) == nx + 7 &&
      /* (the year's clause ends: not "est. in 2021 at $5m") */
      (((nx + 7 == end || nx[7] == ',' || nx[7] == ')' || nx[7] == ';') &&
        !ks_norm_word_before(n, p, be_forms, N_OF(be_forms))) ||
       /* (or its founder follows a body that is founded, "The firm was
        * est. in 1887 by Smith & Sons"; not "The deficit was est. in 2023
        * by Treasury") */
       (starts(nx + 7, end, " by ") && nx + 11 < end &&
        ks_is_upper((unsigned char)nx[11]) && founded_before(n, p)) ||
       /* (or a place where it was founded, its name alone before a
        * comma or the end: "was est. in 1887 in Bandon, Co. Cork"; not
        * "est. in 2023 in Treasury figures") */
       (starts(nx + 7, end, " in ") && nx + 11 < end &&
        ks_is_upper((unsigned char)nx[11]) && founded_before(n, p) &&
        (alpha_end(nx + 11, end) == end ||
         strchr(",.;", *alpha_end(nx + 11, end)))))) {
    say(n, "established");
    return q;
  }
  const char *ye;
  if (eq_ci(p, len, "est") && nx > q && end - nx >= 4 &&
      (nx[0] == '1' || nx[0] == '2') && digit_end(nx, end) == nx + 4 &&
      !(nx[2] == '0' && nx[3] == '0') && /* "a crowd, est. 1500," */
      (nx + 4 == end || nx[4] == ',' || nx[4] == ')' || nx[4] == ';' ||
       /* (a sign's closing quote after the year: "reads "Watt & Sons,
        * est. 1842".") */
       ((ye = past_quotes(nx + 4, end)) > nx + 4 &&
        (ye == end || strchr(",.;) ", *ye))) ||
       (nx[4] == '.' && nx + 5 == end) ||
       (nx[4] == ' ' && nx + 5 < end && ks_is_lower((unsigned char)nx[5]) &&
        !ks_norm_noun_after(n, nx + 4)))) { /* "est. 1775 in Soho" */
    say(n, "established");
    return q;
  }
  static const char *const books[] = {"Bk", "Vol", "bk", "vol"};
  if ((ab->flags & KS_AB_NUMBER) && len >= 2 &&
      (!memcmp(ab->word, p, len) || word_is(p, len, books, N_OF(books))) &&
      nx > q && nx < end && strchr("IVXLC", *nx)) {
    /* "Act No. II of 1997", "Bk. II", "Sec. IV": a roman numeral is the
     * number; not "No. I have", "No. X." (an initial) */
    const char *re = nx;
    unsigned v;
    while (re < end && strchr("IVXLC", *re) && re - nx < 7)
      re++;
    /* (one letter too after a volume's or a book's, which no pronoun
     * follows: "vol. I of the trilogy") */
    if (!alnum_at(re, end) &&
        (re - nx > 1 || word_is(p, len, books, N_OF(books))) &&
        !(re < end - 1 && *re == '.') && /* "No. X." an initial */
        (v = roman_value(nx, (size_t)(re - nx))) > 0 && v < 90) {
      say(n, ab->spoken);
      sep(n);
      ks_num_cardinal(n->out, v);
      return re;
    }
  }
  /* "Sec. Ted Herbosa": before a name, the secretary; "the Sec. of
   * Agriculture" too */
  /* (and "the Hon. Sec. of the club", honorary secretary) */
  if (len == 3 && !memcmp(p, "Sec", 3) &&
      ((next_cap && alpha_end(nx, end) - nx > 1) ||
       (p - n->s >= 5 && !memcmp(p - 5, "Hon. ", 5)) ||
       (starts(nx, end, "of ") && nx + 3 < end &&
        ks_is_upper((unsigned char)nx[3]) && n->prev &&
        eq_ci(n->prev, n->prev_len, "the")))) {
    say(n, "Secretary");
    return q;
  }
  /* "Water temp.: 24.5°C": temperature only before its value or its
   * colon ("hired as an agency temp." is a temporary worker) */
  if (len == 4 && ks_mem_eq_ci(p, "temp", 4) &&
      !(q < end && (*q == ':' || (*q == ' ' && q + 1 < end &&
                                  ks_is_digit((unsigned char)q[1])))))
    return NULL;
  /* "Assoc. Prof. Naomi Levitt": before a title, associate */
  if (len == 5 && !memcmp(p, "Assoc", 5) && next_cap &&
      (starts(nx, end, "Prof") || starts(nx, end, "Dir") ||
       starts(nx, end, "Dean") || starts(nx, end, "Editor") ||
       starts(nx, end, "Justice"))) {
    say(n, "Associate");
    return q;
  }
  /* "Jones, Smith & Assoc.": a firm's partners after "&" */
  if (len == 5 && !memcmp(p, "Assoc", 5) && p - n->s >= 2 && p[-1] == ' ' &&
      p[-2] == '&') {
    say(n, "Associates");
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "Del. John Roe, D-Fairfax": a state delegate before a name of two
   * capitalised words; after a town and its comma, Delaware */
  if (len == 3 && !memcmp(p, "Del", 3) && dot && next_cap &&
      !(p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')) {
    const char *e1 = alpha_end(nx, end);
    if (e1 - nx >= 2 && ks_is_lower((unsigned char)nx[1]) && e1 < end - 2 &&
        *e1 == ' ' && ks_is_upper((unsigned char)e1[1]) &&
        ks_is_lower((unsigned char)e1[2])) {
      say(n, "Delegate");
      return q;
    }
  }
  /* "the Hon. Secretary", "Hon Treasurer": a club's unpaid office is
   * honorary; "the Hon. Member" (a parliament's) stays honourable */
  if (len == 3 && !memcmp(p, "Hon", 3) && nx > q &&
      ((starts(nx, end, "Sec") && !starts(nx, end, "Secretary of State")) ||
       starts(nx, end, "Treas") || starts(nx, end, "Fellow") ||
       starts(nx, end, "Consul") || starts(nx, end, "Doctor") ||
       starts(nx, end, "Life "))) {
    say(n, "Honorary");
    return q;
  }
  /* "on the 3rd fl.", "the ground fl.": a floor after its ordinal, not
   * "flourished" */
  if (len == 2 && !memcmp(p, "fl", 2) && p - n->s >= 4 && p[-1] == ' ' &&
      ((ks_is_digit((unsigned char)p[-4]) &&
        (starts(p - 3, end, "st") || starts(p - 3, end, "nd") ||
         starts(p - 3, end, "rd") || starts(p - 3, end, "th"))) ||
       ks_norm_word_before(n, p, floors, N_OF(floors)))) {
    say(n, "floor");
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "Riverside Ind. Est.": an industrial estate, no Indiana */
  if (len == 3 && !memcmp(p, "Ind", 3) && starts(q, end, " Est.")) {
    say(n, "Industrial Estate");
    return q + 5;
  }
  /* "the 2nd Bn.", "3 Div.": a unit of an army after its number */
  if ((ab->flags & KS_AB_CAN_END) && (ab->flags & KS_AB_WEAK) &&
      !(ab->flags & (KS_AB_PLACE | KS_AB_COMPANY | KS_AB_NUMBER)) &&
      ks_is_upper((unsigned char)*p) && p - n->s >= 2 && p[-1] == ' ' &&
      (ks_is_digit((unsigned char)p[-2]) ||
       (p - n->s >= 4 && ks_is_digit((unsigned char)p[-4]) &&
        ks_is_alpha((unsigned char)p[-2])))) {
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "had a pop. of about 15.9 million", "runs to many pp. of small type":
   * a count's noun after an article and before "of" */
  if ((eq_ci(p, len, "pop") || eq_ci(p, len, "pp")) && nx > q &&
      starts(nx, end, "of ") && n->prev && n->prev + n->prev_len + 1 == p &&
      (eq_ci(n->prev, n->prev_len, "a") || eq_ci(n->prev, n->prev_len, "the") ||
       eq_ci(n->prev, n->prev_len, "its") ||
       eq_ci(n->prev, n->prev_len, "many") ||
       eq_ci(n->prev, n->prev_len, "total"))) {
    say(n, ab->spoken);
    return q;
  }
  if (ab->flags & KS_AB_NUMBER) {
    /* "No. 5", "No.5", "No. #1"; "c. AD 563", a year after its era */
    const char *era = starts(nx, end, "AD ")     ? nx + 3
                      : starts(nx, end, "A.D. ") ? nx + 5
                                                 : NULL;
    if (p > n->s && p[-1] == '.')
      return NULL; /* "A.D. 120": a letter of an initialism */
    /* "in 12 vols.", "ran to 1,100 pp.": a count's noun after it; "(4-3
     * agg.)": a tie's score on aggregate */
    if (p - n->s >= 2 && p[-1] == ' ' && ks_is_digit((unsigned char)p[-2]) &&
        (ab->spoken[strlen(ab->spoken) - 1] == 's' ||
         !strcmp(ab->word, "agg"))) {
      say(n, ab->spoken);
      if (at_end)
        ks_buf_putc(n->out, '.');
      return q;
    }
    /* "(b. Feb. 1818, d. Feb. 20, 1895)": a life's date that opens with
     * its month; "b. Edinburgh 1847": with its place, born in it */
    if (!(ab->flags & KS_AB_WEAK) && nx > q && nx < end &&
        ks_is_upper((unsigned char)*nx)) {
      const char *me = alpha_end(nx, end), *y;
      if (ks_norm_month_of(n, nx, (size_t)(me - nx))) {
        y = skip_spaces(me < end && *me == '.' ? me + 1 : me, end);
        if (y > me && y < end && ks_is_digit((unsigned char)*y)) {
          say(n, ab->spoken);
          return q;
        }
      } else if (len == 1 && (*p == 'b' || *p == 'd') && me < end - 5 &&
                 *me == ' ' && digit_end(me + 1, end) == me + 5) {
        say(n, ab->spoken);
        ks_buf_puts(n->out, " in");
        return q;
      }
    }
    /* "Lord Kelvin (1824-1907), b. in Belfast,": after a comma or a
     * bracket and before "in" and a place's capital, born there */
    /* (in a sentence with a year: not a lettered list, "a. in Ontario,
     * b. in Quebec") */
    if (len == 1 && (*p == 'b' || *p == 'd') && nx > q &&
        starts(nx, end, "in ") && nx + 3 < end &&
        ks_is_upper((unsigned char)nx[3]) && p > n->s &&
        (p[-1] == '(' || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')) &&
        year_in_sentence(n)) {
      say(n, ab->spoken);
      return q;
    }
    /* "quoting your invoice no. as the reference": after a noun that has
     * a number, "no." with its stop is that number, whatever follows */
    static const char *const numbered[] = {
        "account", "booking",  "case",   "claim",     "customer", "file",
        "invoice", "licence",  "license", "member",   "membership", "order",
        "passport", "policy",  "reference", "registration", "serial",
        "ticket",  "tracking", "vehicle"};
    if (len == 2 && !memcmp(p, "no", 2) && dot &&
        ks_norm_word_before(n, p, numbered, N_OF(numbered))) {
      say(n, ab->spoken);
      return q;
    }
    if (nx < end &&
        (ks_is_digit((unsigned char)*nx) || (nx > q && *nx == '#') ||
         /* "tel. +238 260 1234": a number in its international form */
         (nx > q && *nx == '+' && nx + 1 < end &&
          ks_is_digit((unsigned char)nx[1]) &&
          !strcmp(ab->spoken, "telephone")) ||
         (nx > q && len == 2 && !memcmp(p, "No", 2) && code_at(nx, end)) ||
         (len == 1 && *p == 'c' && era && era < end &&
          ks_is_digit((unsigned char)*era)) ||
         /* "valued at c.£2bn", "c. $400m": about an amount of money (not
          * a lettered list's third, "a. $5, b. $10, c. $15") */
         (len == 1 && *p == 'c' && dot &&
          ks_norm_scan_currency(n->lang, nx, end, &era) && era < end &&
          ks_is_digit((unsigned char)*era) && !lettered_list(n, p)))) {
      say(n, ab->spoken);
      return q;
    }
    /* "(Prop. A)", "Sch. B": capitalised, with its stop, before a
     * lettered part, a single capital */
    /* (not "No. I have decided": the word; nor an initial's stop before
     * more, "Ch. J. Smith") */
    if (dot && ks_is_upper((unsigned char)*p) && len >= 2 &&
        !(len == 2 && !memcmp(p, "No", 2)) && nx > q && nx < end &&
        ks_is_upper((unsigned char)*nx) && !alnum_at(nx + 1, end) &&
        !(nx + 1 < end && nx[1] == '.' && nx + 2 < end)) {
      say(n, ab->spoken);
      if (*nx != 'A')
        return q;
      say_letter_a(n); /* espeak-ng says the article for "A" */
      return nx + 1;
    }
    /* "(b. c. 1225, d. 1274)": a life's date that is itself about;
     * "(pop. approx. 139,000)" */
    if (nx > q && (starts(nx, end, "approx. ") ||
                   (!(ab->flags & KS_AB_WEAK) &&
                    (starts(nx, end, "c. ") || starts(nx, end, "ca. ") ||
                     starts(nx, end, "circa "))))) {
      const char *y = skip_spaces(alpha_end(nx, end) + 1, end);
      y += starts(y, end, "AD ") ? 3 : starts(y, end, "A.D. ") ? 5 : 0;
      if (y < end && ks_is_digit((unsigned char)*y)) { /* "fl. c. AD 60" */
        say(n, ab->spoken);
        return q;
      }
    }
    return NULL;
  }
  /* the Dutch "ir." after a name's or an office's capitals only ("KSB
   * CEO ir. Glenn Doran"; not Spanish "Vamos a ir.") */
  if (len == 2 && p[0] == 'i' && p[1] == 'r' && n->prev &&
      !ks_is_upper((unsigned char)*n->prev))
    return NULL;
  if (ab->flags & KS_AB_TITLE) {
    /* "The Sen. from Mass.": the title itself after "the"; "the House of
     * Reps.", after "of" (at the end too) */
    bool after_prev = n->prev && n->prev + n->prev_len + 1 == p;
    bool after_of = after_prev && eq_ci(n->prev, n->prev_len, "of");
    /* "was promoted to Brig. on Monday", "retired as Capt. in 2019": a
     * rank itself after "to" or "as", with its stop, before small
     * letters or a stop */
    bool rank_itself =
        after_prev && ks_is_upper((unsigned char)*p) &&
        (eq_ci(n->prev, n->prev_len, "to") ||
         eq_ci(n->prev, n->prev_len, "as")) &&
        (at_end || (nx > q && nx < end && ks_is_lower((unsigned char)*nx)));
    if (rank_itself ||
        ((!at_end || after_of) && ks_is_upper((unsigned char)*p) &&
         (after_of || (after_prev && eq_ci(n->prev, n->prev_len, "the"))))) {
      say(n, ab->spoken);
      if (at_end)
        ks_buf_putc(n->out, '.');
      return q;
    }
    /* "Sgt. 1st Class Dana Ruiz": a rank before an ordinal that names
     * its grade */
    const char *o = nx;
    while (o < end && ks_is_digit((unsigned char)*o))
      o++;
    const char *cb =
        nx < end && *nx == '(' ? memchr(nx, ')', (size_t)(end - nx)) : NULL;
    /* "Brig. (retd.) Ashok Mehta": a note in brackets before the name */
    if (cb && cb - nx < 16 && cb + 2 < end && cb[1] == ' ' &&
        ks_is_upper((unsigned char)cb[2]))
      next_cap = true;
    /* "Chief (Mrs.) Folake Adebayo": the title in brackets of its own
     * between another title and the name */
    /* (a title's only, not a place's or a unit's: "Height (ft.)
     * Weight") */
    if (p > n->s && p[-1] == '(' && q + 2 < end && *q == ')' && q[1] == ' ' &&
        ks_is_upper((unsigned char)q[2]) && !(ab->flags & KS_AB_PLACE))
      next_cap = true;
    /* "the 34th Pres. of the U.S.": the office itself before "of" (not
     * "Rep. of Ireland", the Republic) */
    if (nx > q && starts(nx, end, "of ") && ks_is_upper((unsigned char)*p) &&
        !eq_ci(p, len, "Rep")) {
      say(n, ab->spoken);
      return q;
    }
    if (next_cap || after_rank(n, p) ||
        (nx > q && o > nx && o + 3 < end &&
         (starts(o, end, "st ") || starts(o, end, "nd ") ||
          starts(o, end, "rd ") || starts(o, end, "th ")) &&
         ks_is_upper((unsigned char)o[3]))) {
      say(n, ab->spoken);
      return q;
    }
    return NULL;
  }
  /* "been to LA.": Los Angeles's initials, not Louisiana's "La." (its
   * postal code "LA" is read after a city and its comma, address.c) */
  if ((ab->flags & KS_AB_PLACE) && len == 2 && !memcmp(p, "LA", 2))
    return NULL;
  if ((ab->flags & KS_AB_PLACE) && ab->word[0] == p[0]) {
    /* "Calif.", "Ave.": only as written, capitalised; one that is also a
     * word ("Me.", "Ore.", "Mass.", "Wash.") only after a place and its
     * comma, after "a" or after a name and "of": "Port Clyde, Me.", "a
     * Mass. man", "Dunn of Ore.", not "Call Me." */
    static const char *const regions[] = {"central",  "eastern", "from",
                                          "northern", "rural",   "southern",
                                          "western"};
    /* ("Halifax, W. Yorks.", "the W Mids": a county after a compass
     * letter, with its stop or without, names the county) */
    if ((ab->flags & KS_AB_WORD_TOO) && !compass_before(n, p) &&
        !(p - n->s >= 3 && p[-1] == ' ' && p[-2] == ',' &&
          ks_is_alpha((unsigned char)p[-3])) &&
        /* "Mass.-based", "Wash.-born": its stop glued to a compound's
         * hyphen, as no word is written */
        !(dot && q + 1 < end && *q == '-' &&
          ks_is_lower((unsigned char)q[1])) &&
        /* "from Massachusetts and Tex. in signing", not at the sentence's
         * end ("offers from Washington and Penn.") */
        !(state_and_before(n, p) && skip_spaces(q, end) < end) &&
        !after_a(n, p) &&            /* "a Mass. man" */
        !in_place_list(n, p, len) && /* "N.S.W., Vic. and Qld" */
        /* "fires in eastern Wash.", "The senator from Mass." */
        !ks_norm_word_before(n, p, regions, N_OF(regions)) &&
        /* "Gov. Rachel Dunn of Ore. signed": after a name and "of",
         * the sentence going on (not "the Book of Me. It sold") */
        !(p - n->s >= 5 && starts(p - 3, end, "of ") &&
          (cap_word_before(n, p - 3) || place_of_before(n, p - 3)) &&
          we + 2 < end && we[0] == '.' && we[1] == ' ' &&
          ks_is_lower((unsigned char)we[2])))
      return NULL;
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "reports the Herald Sun.": a weekday's abbreviation that ends the
   * sentence right after a capitalised word is part of a name */
  if ((ab->flags & KS_AB_WEEKDAY) && at_end && n->prev &&
      ks_is_upper((unsigned char)n->prev[0]) &&
      n->prev + n->prev_len + 1 == p &&
      ks_norm_weekday_of(n, n->prev, n->prev_len) == 0 &&
      /* not after a zone in capitals: "until 8 p.m. MST Tues." */
      !(n->prev_len > 1 && ks_is_upper((unsigned char)n->prev[1])))
    return NULL;
  /* "from the Sun.", "a Sat. in orbit": after an article the word is the
   * word, no day */
  /* (but one no word spells, before its noun: "the Tues. matinee") */
  if ((ab->flags & KS_AB_WEEKDAY) && n->prev &&
      n->prev + n->prev_len + 1 == p &&
      (eq_ci(n->prev, n->prev_len, "the") || after_a(n, p)) &&
      !(dot && len >= 3 && !eq_ci(p, len, "Sun") && !eq_ci(p, len, "Sat") &&
        nx > q && nx < end && ks_is_lower((unsigned char)*nx)))
    return NULL;
  /* "he sat.", "the sun.": a weekday's abbreviation in small letters
   * only before a number ("sat. 10am") */
  if ((ab->flags & KS_AB_WEEKDAY) && ks_is_lower((unsigned char)*p) &&
      !(nx < end && ks_is_digit((unsigned char)*nx)))
    return NULL;
  /* "in v. good condition", "v. rare": before a word in small letters
   * that no noun phrase opens, a dealer's "very" (not "Roe v. Wade",
   * "Trump v. the United States") */
  if (len == 1 && *p == 'v' && dot && nx > q && nx < end &&
      ks_is_lower((unsigned char)*nx)) {
    static const char *const opens[] = {"a",     "an",   "her",  "his", "its",
                                        "my",    "our",  "that", "the", "their",
                                        "these", "this", "those"};
    /* (or where the phrase ends, an adjective by its ending: "were "v.
     * promising"", not "man v. machine.") */
    static const char *const endings[] = {"able", "ant", "ent", "ful", "ible",
                                          "ing",  "ive", "ous"};
    const char *ne = alpha_end(nx, end);
    bool adjective = false;
    for (size_t i = 0; i < N_OF(endings); i++) {
      size_t el = strlen(endings[i]);
      adjective = adjective || ((size_t)(ne - nx) > el + 2 &&
                                !memcmp(ne - el, endings[i], el));
    }
    /* (after a linking verb or an opening quote only: not "positive v.
     * negative", "renting v. buying") */
    static const char *const links[] = {"are",   "be",    "is",    "looks",
                                        "not",   "seems", "so",    "was",
                                        "were",  "remains"};
    bool linked = (p > n->s && (p[-1] == '"' || (unsigned char)p[-1] >= 0x80)) ||
                  ks_norm_word_before(n, p, links, N_OF(links));
    if (!word_is(nx, (size_t)(ne - nx), opens, N_OF(opens)) &&
        ((ne < end && *ne == ' ' && ne + 1 < end &&
          ks_is_lower((unsigned char)ne[1])) ||
         (adjective && linked &&
          (ne == end || strchr(".,;:!?\"'", *ne) ||
           starts(ne, end, "\xE2\x80\x9D"))))) {
      say(n, "very");
      return q;
    }
  }
  if (ab->flags & (KS_AB_WEEKDAY | KS_AB_LATIN)) {
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "the Univ. of Washington", "Dept. of Health": before "of" and a
   * name, in full */
  if ((ab->flags & KS_AB_CAN_END) && !memcmp(ab->word, p, len) &&
      ks_is_upper((unsigned char)*p) && starts(nx, end, "of ") &&
      nx + 3 < end && ks_is_upper((unsigned char)nx[3])) {
    say(n, ab->spoken);
    return q;
  }
  /* "Govt. sources said", "ruled that the Govt. must publish": first in
   * a sentence, or after "the" with its stop (not a place's, "the Ind.
   * candidate"), and before a word in small letters, in full */
  static const char *const the_[] = {"the"};
  if ((ab->flags & KS_AB_CAN_END) && !(ab->flags & KS_AB_COMPANY) &&
      !memcmp(ab->word, p, len) && ks_is_upper((unsigned char)*p) &&
      (p == n->s || (dot && len >= 3 && !(ab->flags & KS_AB_PLACE) &&
                     ks_norm_word_before(n, p, the_, 1))) &&
      nx > q && nx < end && ks_is_lower((unsigned char)*nx)) {
    say(n, ab->spoken);
    return q;
  }
  /* "while the Sr. squad trains", "our Jr. members": after a determiner
   * and before a word in small letters, the team's grade */
  if ((eq_ci(p, len, "Jr") || eq_ci(p, len, "Sr")) && dot && nx > q &&
      nx < end && ks_is_lower((unsigned char)*nx)) {
    static const char *const dets[] = {"a",   "its",   "our",
                                       "the", "their", "your"};
    if (ks_norm_word_before(n, p, dets, N_OF(dets))) {
      say(n, *p == 'J' ? "junior" : "senior");
      return q;
    }
  }
  /* "with Pac. Tanker Co.", "Dep't of Agric.": a word of a name cut
   * short, in full wherever it is written so */
  /* ("Admin." left as written: the Administration's, an office's, a
   * site's) */
  if ((ab->flags & KS_AB_CAPITAL) && !(ab->flags & KS_AB_NUMBER) && dot &&
      ab->spoken && !memcmp(ab->word, p, len)) {
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  /* "John Smith Jr.", "Acme Co.": after a name, in full */
  if ((ab->flags & KS_AB_CAN_END) && !memcmp(ab->word, p, len) && n->prev &&
      ks_is_upper((unsigned char)n->prev[0]) && n->prev != p) {
    say(n, ab->spoken);
    if (at_end)
      ks_buf_putc(n->out, '.');
    return q;
  }
  return NULL;
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

/* After "the", a numeral of two letters or more with an I or a V before
 * a capitalised word is an ordinal: "the Games of the XXIII Olympiad",
 * "the VI Corps" (not "the XL size" nor "the XI"). */
static const char *the_numeral(struct norm *n, const char *p, const char *we) {
  size_t len = (size_t)(we - p);
  unsigned v;
  for (size_t i = 0; i < len; i++)
    if (!strchr("IVXLC", p[i]))
      return NULL;
  if (len < 2 || !eq_ci(n->prev, n->prev_len, "the") ||
      p - (n->prev + n->prev_len) != 1 || we + 2 >= n->end || *we != ' ' ||
      !ks_is_upper((unsigned char)we[1]) || !ks_is_lower((unsigned char)we[2]))
    return NULL;
  if (!memchr(p, 'I', len) && !memchr(p, 'V', len))
    return NULL;
  /* a corps, a congress, an olympiad: up to 39 ("the LIV Tour" is golf's) */
  v = roman_value(p, len);
  if (v < 2 || v > 39)
    return NULL;
  say(n, "");
  ks_num_ordinal(n->out, v);
  return we;
}

/* The name before a numeral is a monarch's, a pope's or a person's:
 * one of the language's regnal names, or any name after a title ("King
 * Felipe VI", "Pope Julius II"). */
static bool regnal(const struct norm *n) {
  const char *b, *be;
  if (word_is(n->prev, n->prev_len, n->lang->regnal_names,
              n->lang->n_regnal_names))
    return true;
  b = ks_norm_prev_word(n, n->prev, &be);
  return b && word_is(b, (size_t)(be - b), n->lang->regnal_titles,
                      n->lang->n_regnal_titles);
}

/* w is the plural of a word of list: "Regions", "Classes", "Categories". */
static bool counting_plural(const char *w, size_t wl, const char *const *list,
                            size_t nl) {
  char one[24];
  if (wl < 4 || wl >= sizeof one || w[wl - 1] != 's')
    return false;
  if (word_is(w, wl - 1, list, nl) ||
      (w[wl - 2] == 'e' && word_is(w, wl - 2, list, nl)))
    return true;
  if (wl > 4 && w[wl - 3] == 'i' && w[wl - 2] == 'e') { /* "-ies": "-y" */
    memcpy(one, w, wl - 3);
    one[wl - 3] = 'y';
    return word_is(one, wl - 2, list, nl);
  }
  return false;
}

/* A word that counts in small letters before p: "phase III", "chapters
 * XIII" (a plural too), and the next numeral of a list after it
 * ("chapters XIII and XIV", "phases II or III"). */
static bool counts_before(const struct norm *n) {
  static const char *const joins[] = {"and", "or", "through", "to"};
  const char *w = n->prev, *b, *be, *c, *ce;
  size_t wl = n->prev_len;
  const char *const *list = n->lang->roman_cardinal_after;
  size_t nl = n->lang->n_roman_cardinal_after;
  if (word_is(w, wl, list, nl) || counting_plural(w, wl, list, nl))
    return true;
  /* back along the list, numerals and their joins or commas ("Regions I,
   * II, III and V"), to the counting word */
  bool numeral = false;
  c = w;
  ce = w + wl;
  for (int k = 0; k < 12; k++) {
    if (ks_norm_numeral_letters(c, ce))
      numeral = true;
    else if (!word_is(c, (size_t)(ce - c), joins, N_OF(joins)))
      break;
    /* (the word before, a comma after it or not) */
    be = c - 1;
    if (c - n->s < 2 || *be != ' ')
      return false;
    if (be[-1] == ',')
      be--;
    for (b = be; b > n->s && ks_is_alpha((unsigned char)b[-1]); b--)
      ;
    if (b == be)
      return false;
    c = b;
    ce = be;
  }
  wl = (size_t)(ce - c);
  return numeral &&
         (word_is(c, wl, list, nl) || counting_plural(c, wl, list, nl));
}

/* A product's name has a capital inside it ("CoolCore II", "PlayStation
 * II"), a person's only after a prefix of surnames ("McDonald III",
 * "DeSantis", "LaToya"), so a numeral after it is the product's number. */
static bool inner_capital(const char *w, size_t wl) {
  static const char *const prefixes[] = {"Da", "De",  "Di", "Du", "La",
                                         "Le", "Mac", "Mc", "O'", "St"};
  size_t i;
  if (wl < 5 || !ks_is_upper((unsigned char)w[0]))
    return false;
  for (i = 0; i < N_OF(prefixes); i++)
    if (starts(w, w + wl, prefixes[i]))
      return false;
  for (i = 2; i + 1 < wl; i++)
    if (ks_is_upper((unsigned char)w[i]) &&
        ks_is_lower((unsigned char)w[i - 1]) &&
        ks_is_lower((unsigned char)w[i + 1]))
      return true;
  return false;
}

/* "World War II" -> "World War two"; "Charles III" -> "Charles the Third";
 * "Final Fantasy VII", in a sentence about a game, "seven". After a
 * capitalised word, or after "the" or a word that counts in small letters
 * (the_numeral, "phase III"); only numerals using I, V or X up to 89, so
 * "DC", "MD" and "CIA" stay letters. */
const char *ks_norm_rule_roman(struct norm *n, const char *p, const char *we) {
  size_t len = (size_t)(we - p);
  unsigned v;
  bool has_ivx = false;
  const char *q;

  /* "The date MDCCCLXXVI carved above the door", "© MMXXIV": a year in
   * numerals, five letters or more from M, which no word or initialism
   * is spelled as (roman_value takes only the canonical way) */
  if (len >= 5 && len <= 16 && *p == 'M' && !alnum_at(we, n->end) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    size_t i = 0;
    while (i < len && strchr("MDCLXVI", p[i]))
      i++;
    if (i == len && (v = roman_value(p, len)) >= 1000 && v < 3000) {
      say(n, "");
      ks_num_year(n->out, v);
      return we;
    }
  }
  if (!n->prev || len > 7)
    return NULL;
  /* part of a longer word: "Várkonyi" (an accented letter goes on), "I've",
   * "I'll" (a contraction; "Henry VIII's" is a possessive) */
  if (we < n->end &&
      (((unsigned char)*we >= 0xC3 && (unsigned char)*we <= 0xC9) ||
       ((*we == '\'' || starts(we, n->end, "’")) &&
        (alnum_at(we + (*we == '\'' ? 1 : 3), n->end)) &&
        !(we[*we == '\'' ? 1 : 3] == 's' &&
          !alnum_at(we + (*we == '\'' ? 2 : 4), n->end)))))
    return NULL;
  /* "chapter iv", "part ii": in small letters only after a word that
   * counts, of two letters or more, and only of i, v and x ("mix",
   * "civil" are words; "table x" a variable) */
  if (ks_is_lower((unsigned char)*p)) {
    char up[8];
    for (size_t i = 0; i < len; i++) {
      if (p[i] != 'i' && p[i] != 'v' && p[i] != 'x')
        return NULL;
      up[i] = (char)ks_to_upper((unsigned char)p[i]);
    }
    if (len < 2 || p - (n->prev + n->prev_len) != 1 || p[-1] != ' ' ||
        !word_is(n->prev, n->prev_len, n->lang->roman_cardinal_after,
                 n->lang->n_roman_cardinal_after) ||
        eq_ci(n->prev, n->prev_len, "delta") || /* "delta v" */
        alnum_at(we, n->end) || (v = roman_value(up, len)) == 0 || v > 89)
      return NULL;
    say(n, "");
    ks_num_cardinal(n->out, v);
    return we;
  }
  if (!strchr("IVXLCDM", *p))
    return NULL;
  /* "the Commission I lead", "the District I represent": the pronoun
   * after a body's name, before a verb (a body's number is "IX", "XV") */
  {
    static const char *const bodies[] = {"Commission", "Committee",
                                         "District"};
    if (len == 1 && *p == 'I' && we + 1 < n->end && *we == ' ' &&
        ks_is_lower((unsigned char)we[1]) &&
        word_is(n->prev, n->prev_len, bodies, N_OF(bodies)))
      return NULL;
  }
  /* "the school's 1st XI", "a starting XI": a side of eleven players;
   * so rugby's fifteen, "captained the first XV" */
  if (len == 2 && p[0] == 'X' && (p[1] == 'I' || p[1] == 'V') &&
      !alnum_at(we, n->end) && p - (n->prev + n->prev_len) == 1) {
    static const char *const sides[] = {"first",    "second",   "third",
                                        "fourth",   "starting", "playing",
                                        "strongest"};
    const char *w = n->prev;
    size_t wl = n->prev_len;
    const char *b, *be;
    /* "an unchanged XI", "their strongest XI": a word in small letters
     * after a determiner, its side's adjective (not "Pope Pius XI") */
    if (word_is(w, wl, sides, N_OF(sides)) ||
        (wl >= 3 && ks_is_digit((unsigned char)w[0]) &&
         ks_is_alpha((unsigned char)w[wl - 1])) ||
        (ks_is_lower((unsigned char)w[0]) &&
         (b = ks_norm_prev_word(n, w, &be)) != NULL &&
         word_is(b, (size_t)(be - b), determiners, N_OF(determiners)))) {
      say(n, p[1] == 'I' ? "eleven" : "fifteen");
      return we;
    }
  }
  if (len == 1 && we + 2 < n->end && *we == '.' &&
      ks_is_upper((unsigned char)we[1]) && we[2] == '.')
    return NULL; /* "V.K. Saraswat": initials */
  /* "Regions I, II, III and V": a list's next numeral after a comma, the
   * list after a counting word (not "I" alone: "After World War II, I
   * moved") */
  if (!(len == 1 && *p == 'I') && p - (n->prev + n->prev_len) == 2 &&
      p[-2] == ',' && p[-1] == ' ' &&
      ks_norm_numeral_letters(n->prev, n->prev + n->prev_len) &&
      !alnum_at(we, n->end) && counts_before(n) &&
      (v = roman_value(p, len)) > 0 && v <= 89) {
    say(n, "");
    ks_num_cardinal(n->out, v);
    return we;
  }
  if (!ks_is_upper((unsigned char)n->prev[0]) ||
      eq_ci(n->prev, n->prev_len, "the") || eq_ci(n->prev, n->prev_len, "a") ||
      eq_ci(n->prev, n->prev_len, "an")) {
    /* "a phase III trial", "type II diabetes": after a word that counts,
     * a numeral of two letters or more is its number */
    /* (one letter at a list's end too, "Regions II, III and V", after a
     * numeral of two letters or more and before no hyphen; not "I", the
     * pronoun, nor "Types I and V", left as letters throughout, nor "V-E
     * Day") */
    const char *lb, *lbe;
    if ((len >= 2 ||
         ((*p == 'V' || *p == 'X') && !(we < n->end && *we == '-') &&
          (eq_ci(n->prev, n->prev_len, "and") ||
           eq_ci(n->prev, n->prev_len, "or")) &&
          (lb = ks_norm_prev_word(n, n->prev, &lbe)) != NULL && lbe - lb >= 2 &&
          ks_norm_numeral_letters(lb, lbe))) &&
        p - (n->prev + n->prev_len) == 1 &&
        (memchr(p, 'I', len) || memchr(p, 'V', len) || *p == 'X') &&
        counts_before(n) && (v = roman_value(p, len)) > 0 && v <= 89) {
      say(n, "");
      ks_num_cardinal(n->out, v);
      return we;
    }
    return the_numeral(n, p, we); /* "the XXIII Olympiad" */
  }
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
  /* "the Agni-III missile", "Saturn-V": a numeral of two letters or more
   * joined to a name by a dash is a model's number */
  if (len >= 2 && p[-1] == '-' && n->prev + n->prev_len + 1 == p &&
      (memchr(p, 'I', len) || memchr(p, 'V', len)) &&
      ks_is_upper((unsigned char)n->prev[0]) && !alnum_at(we, n->end) &&
      !(we < n->end && *we == '-')) {
    say(n, "");
    ks_num_cardinal(n->out, v);
    return we;
  }
  /* the previous word must sit right before this one, a space apart
   * ("A.I." is letters) */
  if (p - (n->prev + n->prev_len) != 1 || p[-1] != ' ')
    return NULL;
  /* "Annapurna I", "Dhaulagiri IV": a peak's numeral, a cardinal, in a
   * sentence about climbing (not a monarch's: "George V climbed") */
  {
    static const char *const climbing[] = {
        "climb",        "climbed",        "climbers",   "climbing",
        "expedition",   "expeditions",    "mountaineer", "mountaineers",
        "mountaineering", "peak",         "peaks",      "summit",
        "summited",     "summits",        "summitted"};
    /* (a lone "I" before a word in small letters is the pronoun, "when
     * Everest I climbed", but for a joining word: "Annapurna I and") */
    static const char *const joins[] = {"and", "at",   "in",  "last",
                                        "on",  "or",   "this", "to"};
    if (!(len == 1 && *p == 'I' && we < n->end && *we == ' ' &&
          we + 1 < n->end && ks_is_lower((unsigned char)we[1]) &&
          !ks_norm_next_is(n, we, joins, N_OF(joins))) &&
        ks_is_upper((unsigned char)n->prev[0]) && n->prev_len >= 4 &&
        !word_is(n->prev, n->prev_len, n->lang->regnal_names,
                 n->lang->n_regnal_names) &&
        ks_norm_sentence_has(n, climbing, N_OF(climbing))) {
      say(n, "");
      ks_num_cardinal(n->out, v);
      return we;
    }
  }
  /* "lives in Douala V", "a market at Yaoundé VI": a city's district
   * after a place's preposition and a name no king bears, a cardinal */
  {
    static const char *const places[] = {"at", "from", "in", "near"};
    const char *b, *be;
    if (ks_is_upper((unsigned char)n->prev[0]) && n->prev_len >= 4 &&
        /* (not "X", a letter names use: "Generation X", "Camp X") */
        !(len == 1 && (*p == 'I' || *p == 'X')) &&
        !word_is(n->prev, n->prev_len, n->lang->regnal_names,
                 n->lang->n_regnal_names) &&
        !(we < n->end && (*we == '\'' || starts(we, n->end, "’"))) &&
        (b = ks_norm_prev_word(n, n->prev, &be)) != NULL &&
        word_is(b, (size_t)(be - b), places, N_OF(places))) {
      say(n, "");
      ks_num_cardinal(n->out, v);
      return we;
    }
  }
  /* "the Vireo V3 Pro": letters glued to figures are a model's name */
  if (we < n->end && ks_is_digit((unsigned char)*we))
    return NULL;
  /* "I-95": a road's letter */
  if (we + 1 < n->end && *we == '-' && ks_is_digit((unsigned char)we[1]))
    return NULL;
  /* "Mac OS X": Apple's system, ten (not before its version, "OS X
   * 10.5") */
  if (len == 1 && *p == 'X' && n->prev_len == 2 && !memcmp(n->prev, "OS", 2) &&
      !(we + 1 < n->end && *we == ' ' && ks_is_digit((unsigned char)we[1]))) {
    say(n, "ten");
    return we;
  }
  if (len == 1) {
    /* "Sam and I", "Then I went": a lone I or V is a numeral only after a
     * name in the middle of the sentence and before no lower-case word */
    if (p[0] != 'I' && p[0] != 'V')
      return NULL;
    /* "Elan V McAllister": a middle initial without its stop, before a
     * surname */
    if (we + 2 < n->end && *we == ' ' && ks_is_upper((unsigned char)we[1]) &&
        ks_is_lower((unsigned char)we[2]) && n->prev_len >= 2 &&
        ks_is_upper((unsigned char)*n->prev) &&
        !word_is(n->prev, n->prev_len, n->lang->regnal_names,
                 n->lang->n_regnal_names))
      return NULL;
    if (n->prev == n->s && word_is(n->prev, n->prev_len, n->lang->not_before_i,
                                   n->lang->n_not_before_i))
      return NULL;
    static const char *const joins[] = {"and", "at", "for", "from", "in",
                                        "of",  "or", "to",  "with"};
    bool counted = word_is(n->prev, n->prev_len, n->lang->roman_cardinal_after,
                           n->lang->n_roman_cardinal_after);
    q = skip_spaces(we, n->end);
    /* "Division I of the NCAA": after a word that counts, a preposition
     * may follow the numeral; a verb would make it the pronoun, but not
     * after a capitalised one inside the sentence ("World War I ended",
     * "Title I funds") */
    /* "William I was crowned", "his daughter Elizabeth I ruled": after a
     * monarch's name first in the sentence, or after a title or a word of
     * kin or rule, the numeral (not "when I met George I was nervous",
     * "Charles I think", "Mary I'm sure") */
    static const char *const thought[] = {
        "believe", "feel", "guess", "hope", "know", "mean", "suppose", "think"};
    static const char *const before_king[] = {
        "and",    "brother", "by",     "daughter", "father", "husband",
        "mother", "of",      "sister", "son",      "under",  "wife"};
    /* the word before the name (or the counting word), once */
    const char *b2e, *b2 = ks_norm_prev_word(n, n->prev, &b2e);
    size_t b2n = b2 ? (size_t)(b2e - b2) : 0;
    bool monarch = word_is(n->prev, n->prev_len, n->lang->regnal_names,
                           n->lang->n_regnal_names) &&
                   !(q < n->end && (*q == '\'' || starts(q, n->end, "’"))) &&
                   !(q < n->end && q > we &&
                     word_is(q, (size_t)(alpha_end(q, n->end) - q), thought,
                             N_OF(thought))) &&
                   (n->prev == n->s ||
                    (b2 && (word_is(b2, b2n, before_king, N_OF(before_king)) ||
                            word_is(b2, b2n, n->lang->regnal_titles,
                                    n->lang->n_regnal_titles))));
    /* "World War I ended": a counting word that ends a name of two
     * capitalised words (not "after the War I went home") */
    /* "the prequel Episode I followed": so is a counting word written
     * with its capital inside the sentence, not after "the" */
    /* "(OCD) Region V said": after a bracket too */
    bool named = n->prev != n->s && ks_is_upper((unsigned char)n->prev[0]) &&
                 (b2 ? ks_is_upper((unsigned char)*b2) ||
                           (counted && !eq_ci(b2, b2n, "the"))
                     : counted && n->prev - n->s >= 2 && n->prev[-2] == ')');
    /* (after a word that counts, a numeral no pronoun can be: "Part V
     * social homes") */
    if (q < n->end && (ks_is_lower((unsigned char)*q) || *q == '\'') &&
        !monarch && !(counted && memchr(p, 'I', len) == NULL) &&
        !(counted && q > we &&
          (word_is(q, (size_t)(alpha_end(q, n->end) - q), joins, N_OF(joins)) ||
           named)))
      return NULL;
    if (p[0] == 'I' && q > we && q < n->end && ks_is_upper((unsigned char)*q))
      return NULL;
  }
  /* "the Maasvlakte II terminal", "the Saturn V rocket": after "the" and
   * a name no king bears, before a noun, a thing's number */
  const char *tw, *twe;
  bool thing = !regnal(n) && ks_norm_noun_after(n, we) &&
               (tw = ks_norm_prev_word(n, n->prev, &twe)) != NULL &&
               twe + 1 == n->prev && eq_ci(tw, (size_t)(twe - tw), "the");
  /* ("Regions I, II and V", "Phases II and III": a counting word in the
   * plural, capitalised too) */
  if (counts_before(n) ||
      (ks_norm_sentence_has(n, n->lang->work_words, n->lang->n_work_words) &&
       !regnal(n)) ||
      inner_capital(n->prev, n->prev_len) || thing) {
    say(n, "");
    ks_num_cardinal(n->out, v);
  } else {
    /* an all-caps word before it ("PART XL") is a heading, not a king */
    bool caps = true;
    for (size_t i = 0; i < n->prev_len; i++)
      if (ks_is_lower((unsigned char)n->prev[i]))
        caps = false;
    if (caps && n->prev_len > 1) {
      say(n, "");
      ks_num_cardinal(n->out, v);
    } else if (v >= 40) {
      /* no monarch counts to forty: "WrestleMania XLI" is forty-one, a
       * size "XL" alone ("Pixel 9 Pro XL") its letters */
      if (len == 2 && p[0] == 'X' && p[1] == 'L')
        return NULL;
      say(n, "");
      ks_num_cardinal(n->out, v);
    } else {
      say(n, "the ");
      ks_num_ordinal(n->out, v);
    }
  }
  return we;
}

/* The word after we is a plural noun in small letters ("can
 * automatically close windows"). */
static bool next_plural(const struct norm *n, const char *we) {
  const char *x, *xe;
  return (x = ks_norm_next_word(n, we, &xe)) != NULL &&
         ks_is_lower((unsigned char)*x) &&
         ks_norm_plural_noun(x, (size_t)(xe - x));
}

/* "close" at p, the verb, respelled "cloze" as espeak-ng says the verb
 * (its capital kept); where it ends, we. */
static const char *say_cloze(struct norm *n, const char *p, const char *we) {
  sep(n);
  ks_buf_putc(n->out, *p == 'C' ? 'C' : 'c');
  ks_buf_puts(n->out, "loze");
  return we;
}

/* "close" the verb where espeak-ng says the adjective ("kloss"): after a
 * plural noun or "and", before a word a market or a shop closes with
 * ("Stocks close higher", "rally and close on Friday") or before its
 * object ("and close a plant"). It is respelled
 * "cloze", which espeak-ng says as the verb. espeak-ng gets "to close",
 * "will close" right itself. */
static const char *close_verb(struct norm *n, const char *p, const char *we) {
  static const char *const next_words[] = {"higher", "lower", "up",
                                           "down",   "at",    "on",
                                           "flat",   "mixed", "unchanged"};
  const char *end = n->end, *w = n->prev, *x, *xe;
  size_t wl = n->prev_len;
  if (we - p != 5 || !eq_ci(p, 5, "close") || !w || w + wl + 1 != p)
    return NULL;
  /* "Monday close: 385.25", "Friday's close": a market's closing price
   * on a day, the noun said as the verb is, before a colon, a figure or
   * a word of its price (not "on Monday close to 100 people came", "by
   * Monday close friends") */
  static const char *const prices[] = {"at", "is", "level", "of", "on",
                                       "price", "was"};
  x = we < end && *we == ' ' ? we + 1 : we;
  xe = alpha_end(x, end);
  if (ks_norm_weekday_of(n, w, wl >= 2 && !memcmp(w + wl - 2, "'s", 2)
                                   ? wl - 2
                                   : wl) > 0 &&
      ks_is_upper((unsigned char)*w) &&
      (xe == x || word_is(x, (size_t)(xe - x), prices, N_OF(prices)))) {
    return say_cloze(n, p, we);
  }
  if (we >= end - 2 || *we != ' ')
    return NULL;
  x = we + 1;
  xe = alpha_end(x, end);
  /* "Tenders close in March", "polls close in an hour": a plural's verb
   * before "in" and a month or a span of time (not "the two candidates
   * close in a tight race") */
  static const char *const spans[] = {
      "day",   "days",    "hour",  "hours", "minute", "minutes",
      "month", "months",  "week",  "weeks", "year",   "years"};
  const char *t = xe + 1; /* the time's count: "an", "a", figures */
  bool span = t < end &&
              (ks_is_digit((unsigned char)*t) || starts(t, end, "an ") ||
               starts(t, end, "a ")) &&
              ks_norm_next_is(n,
                              ks_is_digit((unsigned char)*t) ? digit_end(t, end)
                                                             : alpha_end(t, end),
                              spans, N_OF(spans));
  /* (or "in early January", "in late March", after what closes: not
   * "the two parties close in early January", the adjective) */
  static const char *const closers[] = {
      "applications", "bids",    "entries",  "nominations", "offers",
      "registrations", "schools", "submissions", "tenders", "votes"};
  const char *mo = xe + 1;
  bool closer = word_is(w, wl, closers, N_OF(closers));
  if (closer && (starts(mo, end, "early ") || starts(mo, end, "late ")))
    mo = alpha_end(mo, end) + 1;
  else if (closer && starts(mo, end, "mid-"))
    mo += 4;
  if (ks_norm_plural_noun(w, wl) && xe - x == 2 && !memcmp(x, "in", 2) &&
      xe + 1 < end && *xe == ' ' &&
      (span ||
       (mo < end && ks_is_upper((unsigned char)*mo) &&
        ks_norm_month_of(n, mo, (size_t)(alpha_end(mo, end) - mo)) > 0))) {
    return say_cloze(n, p, we);
  }
  /* "lay off 4,000 workers, close 125 of its stores": before a number,
   * unless a determiner makes it the adjective ("a close 2-1 win") */
  if (ks_is_digit((unsigned char)*x) && !ks_norm_after_determiner(n, p)) {
    return say_cloze(n, p, we);
  }
  /* "and close a component plant", "stocks close the week higher":
   * before its object, a determiner */
  static const char *const objects[] = {"a",   "all", "an",  "her",   "his",
                                        "its", "our", "the", "their", "two"};
  /* "Slips close SH7", "Floods close M25": a road's code, capitals with
   * a figure, as the object */
  bool road = false;
  if (ks_is_upper((unsigned char)*x)) {
    const char *c = x;
    while (c < end && (ks_is_alnum((unsigned char)*c) || *c == '-') && !road)
      road = ks_is_digit((unsigned char)*c++);
  }
  /* "Police close roads": a plural object too */
  if (!road && !word_is(x, (size_t)(xe - x), next_words, N_OF(next_words)) &&
      !word_is(x, (size_t)(xe - x), objects, N_OF(objects)) &&
      !next_plural(n, we))
    return NULL;
  if (!ks_norm_plural_noun(w, wl) && !eq_ci(w, wl, "and") &&
      !eq_ci(w, wl, "police"))
    return NULL;
  /* "In recent years close ties": a plural after a preposition is no
   * subject */
  static const char *const preps[] = {"after", "during", "for", "in",
                                      "over",  "within"};
  const char *b, *be;
  if (ks_norm_plural_noun(w, wl) &&
      (((b = ks_norm_prev_word(n, w, &be)) != NULL &&
        word_is(b, (size_t)(be - b), preps, N_OF(preps))) ||
       (b && (b = ks_norm_prev_word(n, b, &be)) != NULL &&
        word_is(b, (size_t)(be - b), preps, N_OF(preps)))))
    return NULL;
  return say_cloze(n, p, we);
}

/* "we cannot simply close it", "will quickly close the gap": an adverb
 * between a modal or "to" and the bare verb hides the modal from
 * espeak-ng, which then says the adjective. */
static const char *close_after_adverb(struct norm *n, const char *p,
                                      const char *we) {
  static const char *const modals[] = {
      "can",   "can't",  "cannot", "could", "may",   "might", "must",
      "shall", "should", "to",     "will",  "won't", "would"};
  static const char *const objects[] = {
      "a",   "all", "an",    "down", "her",   "him",  "it",   "its",
      "off", "the", "their", "them", "these", "this", "those"};
  const char *w = n->prev, *b, *be;
  size_t wl = n->prev_len;
  if (we - p != 5 || !eq_ci(p, 5, "close") || !w || w + wl + 1 != p || wl < 4 ||
      memcmp(w + wl - 2, "ly", 2) ||
      (b = ks_norm_prev_word(n, w, &be)) == NULL ||
      !word_is(b, (size_t)(be - b), modals, N_OF(modals)) ||
      !(ks_norm_next_is(n, we, objects, N_OF(objects)) || next_plural(n, we)))
    return NULL; /* not "limited to only close friends" */
  return say_cloze(n, p, we);
}

/* Words after which a verb stands bare: "to" and the modals ("will
 * close", "to lead"). */
static const char *const bare_before[] = {
    "can",  "could", "did",    "do", "does", "may",  "might",
    "must", "shall", "should", "to", "will", "would"};

/* The word w is an adverb right after a modal or "to": "could really",
 * "will also", "to simply" (the bare verb comes next). */
static bool modal_adverb(const struct norm *n, const char *w, size_t wl) {
  static const char *const adverbs[] = {"also",  "always", "just", "never",
                                        "often", "still",  "then", "well"};
  const char *m, *me;
  return w &&
         ((wl > 4 && !memcmp(w + wl - 2, "ly", 2) &&
           ks_is_lower((unsigned char)*w)) ||
          word_is(w, wl, adverbs, N_OF(adverbs))) &&
         (m = ks_norm_prev_word(n, w, &me)) != NULL && me + 1 == w &&
         word_is(m, (size_t)(me - m), bare_before, N_OF(bare_before));
}

/* The nouns "close" the adjective goes with in the news. */
static const char *const close_nouns[] = {
    "advisers",      "advisor",   "advisors",     "aide",
    "aides",         "allies",    "ally",         "associate",
    "associates",    "attention", "call",         "collaborator",
    "collaborators", "confidant", "confidante",   "contact",
    "contacts",      "cousin",    "cousins",      "eye",
    "family",        "friend",    "friends",      "friendship",
    "look",          "proximity", "quarters",     "race",
    "range",         "relations", "relationship", "relationships",
    "relative",      "relatives", "scrutiny",     "second",
    "supervision",   "ties",      "watch"};

/* "close friends", "a close call": the adjective, which espeak-ng says
 * as the verb ("cloze") before the nouns it goes with in the news;
 * respelled "cloce". */
static const char *close_adjective(struct norm *n, const char *p,
                                   const char *we) {
  if (we - p != 5 || !eq_ci(p, 5, "close") || memcmp(p + 1, "lose", 4) ||
      !ks_norm_next_is(n, we, close_nouns, N_OF(close_nouns)))
    return NULL;
  /* after "to" or a modal, the verb before a compound ("to close call
   * centres", "will close eye clinics"), not before the noun alone ("sent
   * it to close friends, and") */
  if (n->prev && n->prev + n->prev_len + 1 == p &&
      (word_is(n->prev, n->prev_len, bare_before, N_OF(bare_before)) ||
       eq_ci(n->prev, n->prev_len, "not"))) {
    static const char *const ends[] = {"and", "at", "for", "from", "in",  "of",
                                       "on",  "or", "to",  "who",  "with"};
    const char *xe = NULL, *ye, *y;
    (void)ks_norm_next_word(n, we, &xe);
    if ((y = ks_norm_next_word(n, xe, &ye)) != NULL &&
        ks_is_lower((unsigned char)*y) &&
        !word_is(y, (size_t)(ye - y), ends, N_OF(ends)))
      return NULL;
  }
  if (!(p > n->s && p[-1] == '-')) /* "an up-close look" */
    sep(n);
  ks_buf_putc(n->out, *p);
  ks_buf_puts(n->out, "loce");
  return we;
}

/* The word w before a verb in the third person is its subject, a noun in
 * the singular: in small letters, no plural, no word of the language's
 * list of words that are no nouns, no adverb or participle ("the city",
 * "international law"; not "early", "revised", "new"). */
static bool singular_subject(const struct norm *n, const char *w, size_t wl) {
  static const char *const not_subjects[] = {"latest",  "new",   "official",
                                             "own",     "rough", "initial",
                                             "current", "first", "previous"};
  if (wl < 3 || !ks_is_lower((unsigned char)*w) || w[wl - 1] == 's' ||
      (wl > 2 && ((w[wl - 2] == 'l' && w[wl - 1] == 'y') ||
                  (w[wl - 2] == 'e' && w[wl - 1] == 'd'))) ||
      (wl > 3 && !memcmp(w + wl - 3, "ing", 3)) ||
      word_is(w, wl, not_subjects, N_OF(not_subjects)))
    return false;
  for (const char *c = w; c < w + wl; c++)
    if (!ks_is_lower((unsigned char)*c))
      return false;
  return !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, w, wl);
}

/* A determiner or a possessive stands right before the word w: "his Lego
 * projects", "the Treasury". */
static bool determined(const struct norm *n, const char *w) {
  static const char *const dets[] = {"a",    "an",    "her", "his",   "its",
                                     "my",   "our",   "the", "their", "these",
                                     "this", "those", "your"};
  const char *b, *be;
  return (b = ks_norm_prev_word(n, w, &be)) != NULL && be + 1 == w &&
         word_is(b, (size_t)(be - b), dets, N_OF(dets));
}

/* The capitalised word w before a verb in the third person is a name, its
 * subject ("Treasury estimates the cost", "Ascom uses its product"): a
 * capital and a small letter, no plural, and first in its sentence only
 * when it may be a name (first_a_name). */
static bool named_subject(const struct norm *n, const char *w, size_t wl) {
  /* (a name's second letter may be a non-ASCII one: "Főtáv") */
  return w && wl > 1 && ks_is_upper((unsigned char)w[0]) &&
         (ks_is_lower((unsigned char)w[1]) || (unsigned char)w[1] >= 0x80) &&
         w[wl - 1] != 's' &&
         !(w == n->s && !first_a_name(n, w, wl));
}

static const char *contraction(const char *w, size_t wl);

/* The word w before a verb makes it the bare verb: "to increase the",
 * "helping increase awareness", "could record a"; "to", "help" or a modal
 * in small letters, not a noun after a determiner ("the May increase", "a
 * will contest"); "'d" and "'ll". */
static bool bare_verb_place(const struct norm *n, const char *w, size_t wl) {
  static const char *const bare[] = {
      "can",   "could", "help",   "helped", "helping", "helps", "may",
      "might", "must",  "should", "to",     "will",    "would"};
  static const char *const doers[] = {"can",    "could", "did",   "do",
                                      "does",   "may",   "might", "must",
                                      "should", "will",  "would"};
  const char *b, *be;
  /* "does not insult", "will not increase": after "not" and its
   * auxiliary */
  if (w && eq_ci(w, wl, "not") && (b = ks_norm_prev_word(n, w, &be)) != NULL &&
      word_is(b, (size_t)(be - b), doers, N_OF(doers)))
    return true;
  /* "she'd present a budget", "we'll record it": would and will */
  const char *ce = w ? contraction(w, wl) : NULL;
  if (ce && (!strcmp(ce, "d") || !strcmp(ce, "ll")))
    return true;
  /* "I'd rather present", "would rather record" */
  if (w && eq_ci(w, wl, "rather") &&
      (b = ks_norm_prev_word(n, w, &be)) != NULL &&
      (eq_ci(b, (size_t)(be - b), "would") ||
       (be - b == 1 && *b == 'd' && b - n->s >= 2 &&
        (b[-1] == '\'' || (b - n->s >= 4 && !memcmp(b - 3, "’", 3))))))
    return true;
  return w && ks_is_lower((unsigned char)*w) &&
         word_is(w, wl, bare, N_OF(bare)) &&
         !((b = ks_norm_prev_word(n, w, &be)) != NULL &&
           word_is(b, (size_t)(be - b), determiners, N_OF(determiners)));
}

/* After a modal or "help" the bare verb needs no object ("help increase
 * awareness", "will increase sharply", "hope to increase."); after "to"
 * only at a clause's end, as "to" may be a preposition before a noun
 * ("from 2015 to present day", "to project managers"); never "record",
 * which is the adjective in "rose to record highs". */
static bool free_object(const struct norm *n, const char *w, size_t wl,
                        const char *we, const char *verb) {
  const char *end = n->end;
  if (!strcmp(verb, "record"))
    return false;
  if (eq_ci(w, wl, "to")) {
    /* not "from 2015 to present." */
    const char *b, *be;
    if ((b = ks_norm_prev_word(n, w, &be)) == NULL ||
        (b > n->s && ks_is_alnum((unsigned char)b[-1])))
      return false;
    return !alnum_at(we, end) && (we >= end || *we != '-') &&
           !(we < end - 1 && *we == ' ') &&
           !(we < end && *we == '.' && skip_spaces(we + 1, end) < end);
  }
  return !alnum_at(we, end) &&
         !(we < end - 1 && *we == ' ' && !ks_is_lower((unsigned char)we[1]));
}

/* A verb of the past or an auxiliary among the six words after q: the
 * noun before them heads a clause ("The NASA projects the agency cut were
 * costly"). */
static bool finite_verb_after(const struct norm *n, const char *q) {
  static const char *const finite[] = {"are",  "describe", "did", "had", "has",
                                       "have", "is",       "was", "were"};
  const char *w = q, *we;
  for (int k = 0; k < 6 && (w = ks_norm_next_word(n, w, &we)) != NULL; k++) {
    if (word_is(w, (size_t)(we - w), finite, N_OF(finite)))
      return true;
    w = we;
  }
  return false;
}

/* The word before w is a determiner: "a benefits increase" is a noun's
 * compound. */
static bool determiner_before(const struct norm *n, const char *w) {
  static const char *const dets[] = {"a",   "an",  "her",   "his",  "its",
                                     "our", "the", "their", "this", "your"};
  const char *d, *de;
  return (d = ks_norm_prev_word(n, w, &de)) != NULL &&
         word_is(d, (size_t)(de - d), dets, N_OF(dets));
}

/* The plural w before "protest" is its subject, not a compound's first
 * noun ("the year-long farmers protest", "weeks of farmers protest"): first
 * in the sentence, after "and" or "but", or after a capitalised word
 * ("Cocoa farmers protest"). */
static bool protest_subject(const struct norm *n, const char *w) {
  static const char *const joins[] = {"and", "but"};
  const char *b, *be;
  if (w == n->s)
    return true;
  if ((b = ks_norm_prev_word(n, w, &be)) == NULL || be + 1 != w)
    return false;
  return word_is(b, (size_t)(be - b), joins, N_OF(joins)) ||
         (ks_is_upper((unsigned char)*b) && (b == n->s || b[-1] == ' ') &&
          !memchr(b, '-', (size_t)(be - b)));
}

/* Verbs stressed on the second syllable whose nouns are stressed on the
 * first: after a plural noun espeak-ng says the noun ("events INcrease
 * the risk", "the Wings CONduct a seminar"); before an object they are
 * verbs, respelled as espeak-ng says the verb ("inkreese"); two of them
 * in the third person too, after a noun in the singular ("the city
 * estimates the cost"). */
static const char *stress_verb(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *word, *verb, *third;
  } verbs[] = {
      {"attribute", "attribbute", "attribbutes"}, /* "analysts attribute" */
      {"conduct", "condukt", "condukts"}, {"contest", "contesst", "contessts"},
      {"convict", "convikt", "convikts"}, /* "the jury convicts the man" */
      {"decrease", "decreese", NULL},     {"estimate", "estimayt", "estimayts"},
      {"export", "expport", "expports"},  {"increase", "inkreese", NULL},
      {"insult", "insullt", "insullts"},  {"permit", "permitt", "permitts"},
      {"present", "prezent", "prezents"}, {"project", "projeckt", "projeckts"},
      {"protest", "protestt", "protestts"},
      {"record", "rekord", NULL},         {"suspect", "suspekt", NULL}};
  static const char *const objects[] = {
      "a",     "about", "all",  "an",    "her",   "his",   "its",
      "many",  "more",  "most", "my",    "our",   "some",  "that",
      "the",   "their", "these", "this", "those", "your"};
  const char *w = n->prev, *end = n->end, *cw, *cwe;
  size_t wl = n->prev_len, i, len = (size_t)(we - p);
  /* "that FIG estimates will", "the IMF estimates the cost": an
   * initialism before it, which its own rule read (n->prev is the word
   * before that) */
  if (len >= 6 && len <= 10 && strchr("acdeiprs", *p) &&
      (!w || w + wl + 1 != p) && (cw = ks_norm_prev_word(n, p, &cwe)) != NULL &&
      cwe - cw >= 2 && cwe - cw <= 6) {
    bool caps = true;
    for (const char *c = cw; c < cwe && caps; c++)
      caps = ks_is_upper((unsigned char)*c);
    if (caps) {
      w = cw;
      wl = (size_t)(cwe - cw);
    }
  }
  /* "The Environmental Protection Agency (EPA) estimates that": the
   * subject before an initialism in brackets */
  bool bracket_org = false;
  if (p - n->s >= 4 && p[-1] == ' ' && p[-2] == ')') {
    const char *o = p - 3, *b, *be;
    while (o > n->s && p - o < 16 && *o != '(')
      o--;
    if (*o == '(' && (b = ks_norm_prev_word(n, o, &be)) != NULL) {
      w = b;
      wl = (size_t)(be - b);
    }
    /* (its initials name one body, "Private Hospitals (ARSSI)": the
     * initialism is the subject) */
    size_t il = (size_t)(p - 2 - (o + 1));
    bool caps = *o == '(' && il >= 2 && il <= 8;
    for (size_t k = 0; caps && k < il; k++)
      caps = ks_is_upper((unsigned char)o[1 + k]);
    if (caps && starts(we, end, " that ")) {
      w = o + 1;
      wl = il;
      bracket_org = true;
    }
  }
  /* "The report, which will be presented next week, estimates that": the
   * subject before a relative clause set off by commas */
  bool clause = false;
  if (p - n->s >= 12 && p[-1] == ' ' && p[-2] == ',' &&
      ks_is_lower((unsigned char)*p)) {
    size_t spaces = 0; /* the clause's, between the comma at c and p */
    for (const char *c = p - 3; c > n->s + 1 && !clause; c--) {
      if (*c != ',') {
        spaces += *c == ' '; /* (with the space after the comma: one more) */
        continue;
      }
      /* (or a participle's clause: "The report, presented to
       * consellers on Wednesday, projects that", set BH; of three words
       * or more: a list's "revised forecasts," is none) */
      const char *pe = alpha_end(c + 2, p);
      bool participle = c + 2 < p && c[1] == ' ' &&
                        ks_is_lower((unsigned char)c[2]) && pe - c > 6 &&
                        pe[-1] == 'd' && pe[-2] == 'e' && starts(pe, p, " ") &&
                        spaces >= 3;
      if (!starts(c, p, ", which ") && !starts(c, p, ", who ") && !participle)
        break; /* another comma first: a list's ("clinics, projects") */
      const char *b = c;
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      if (b < c) {
        w = b;
        wl = (size_t)(c - b);
        clause = true;
      }
    }
  }
  /* "analysts currently estimate the": the subject before an adverb */
  if (!clause && w && w + wl + 1 == p && wl > 4 && w[wl - 2] == 'l' &&
      w[wl - 1] == 'y' && ks_is_lower((unsigned char)*w)) {
    const char *b, *be;
    if ((b = ks_norm_prev_word(n, w, &be)) != NULL && be + 1 == w &&
        ks_norm_plural_noun(b, (size_t)(be - b))) {
      w = b;
      wl = (size_t)(be - b);
      clause = true; /* no longer right before the verb */
    }
  }
  bool third = false, base;
  /* quantities that may follow "and" and a noun ("costs and estimates
   * about") are no object of a joined verb */
  static const char *const quantities_and[] = {"about", "all",  "many",
                                               "more",  "most", "some"};
  /* "Increase your income": an order first in the sentence */
  bool order = p == n->s && ks_is_upper((unsigned char)*p) && len >= 6 &&
               len <= 9 && strchr("CDEIPRS", *p);
  if ((!order && (!w || (w + wl + 1 != p && !clause &&
                         !(p - n->s >= 4 && p[-2] == ')')))) ||
      len < 6 || len > 10 || !strchr("acdeiprsCDEIPRS", *p) ||
      (!order && !ks_is_lower((unsigned char)*p)))
    return NULL;
  for (i = 0; i < N_OF(verbs); i++) {
    size_t vl = strlen(verbs[i].word);
    if (eq_ci(p, len, verbs[i].word))
      break;
    /* "the law permits the prosecution", "the city estimates the cost":
     * the third person after a noun in the singular, where the table
     * gives one: for the verbs whose plural nouns rarely stand before
     * "the" ("court records the paper obtained" is the noun) */
    if (verbs[i].third && len == vl + 1 && p[vl] == 's' &&
        eq_ci(p, vl, verbs[i].word)) {
      third = true;
      break;
    }
  }
  /* an order is never in the third person ("Estimates this week") */
  if (i == N_OF(verbs) || (order && third))
    return NULL;
  /* "Jury convicts Half Tree Hollow man", "Court convicts former
   * minister": after a court's word the verb, whatever follows (set BE) */
  static const char *const courts[] = {"court", "judge", "jury",
                                       "magistrate", "tribunal"};
  /* (before a name or a word that opens its object: not "Court convicts
   * lose appeal", a compound) */
  static const char *const convicted[] = {
      "a",    "an",     "ex",  "father", "former", "four", "her",   "his",
      "man",  "mother", "pastor", "police", "teen", "the",  "their", "three",
      "two",  "woman"};
  const char *cv, *cve;
  if (third && !strcmp(verbs[i].word, "convict") && w && w + wl + 1 == p &&
      word_is(w, wl, courts, N_OF(courts)) && !finite_verb_after(n, we) &&
      (cv = ks_norm_next_word(n, we, &cve)) != NULL &&
      (ks_is_upper((unsigned char)*cv) ||
       word_is(cv, (size_t)(cve - cv), convicted, N_OF(convicted)))) {
    sep(n);
    ks_buf_puts(n->out, verbs[i].third);
    return we;
  }
  /* "the report attributes the fall to drought": the verb takes "to" and
   * what it is put down to; without one it is the noun ("the physical
   * attributes the club needs") */
  if (third && !strcmp(verbs[i].word, "attribute")) {
    bool to = false;
    for (const char *c = we; c + 4 <= end && !to && *c != ',' && *c != ';';
         c++)
      to = starts(c, end, " to ");
    if (!to)
      return NULL;
  }
  /* "come to the chamber and present a credible plan", "meet and record
   * the vote": joined to a verb by "and", before a determiner as its
   * object (not "past and present members") */
  /* not after a partner noun ("past and present the way", "decrease and
   * increase the analysts flagged") nor before "the way", "the same" */
  static const char *const partners[] = {"decrease", "future", "increase",
                                         "past", "present"};
  static const char *const ways[] = {"other", "same", "way"};
  const char *pa, *pae, *oe;
  base = order || (!third && bare_verb_place(n, w, wl)) ||
         (!third && eq_ci(w, wl, "and") &&
          ks_norm_next_is(n, we, objects, N_OF(objects)) &&
          !ks_norm_next_is(n, we, quantities_and, N_OF(quantities_and)) &&
          !((pa = ks_norm_prev_word(n, w, &pae)) != NULL &&
            word_is(pa, (size_t)(pae - pa), partners, N_OF(partners))) &&
          !(ks_norm_next_word(n, we, &oe) != NULL &&
            ks_norm_next_is(n, oe, ways, N_OF(ways))));
  /* "officers conduct searches", "fans insult players": a plural noun as
   * the object of the verbs whose nouns seldom stand before one */
  static const char *const plural_objects[] = {"conduct", "insult"};
  /* an amount ("projects $46.8 billion", "estimate 40,000"), or after a
   * bare verb a name ("rather present Canadians with") */
  /* never "record" ("rose to record $5 billion"), nor a name after "to"
   * ("from 2015 to present Apple") */
  const char *sa;
  bool record = !strcmp(verbs[i].word, "record");
  bool amount = !record && we + 1 < end && *we == ' ' &&
                (ks_is_digit((unsigned char)we[1]) ||
                 ks_norm_scan_currency(n->lang, we + 1, end, &sa) != NULL);
  /* "which the Finance Ministry estimates at €40 million": an amount
   * after "at" */
  /* (a word of nearness between: "which Manx Utilities estimates at
   * around 19%", set BF) */
  const char *at4 = we + 4;
  bool at_amount = false;
  if (starts(we, end, " at around ") || starts(we, end, " at about "))
    at4 = we + (we[4] == 'a' && we[5] == 'r' ? 11 : 10);
  if (!amount && !record && third && starts(we, end, " at ") && at4 < end &&
      w && w != n->s && ks_is_upper((unsigned char)*w) && /* not "Crowd estimates at" */
      (ks_is_digit((unsigned char)*at4) ||
       ks_norm_scan_currency(n->lang, at4, end, &sa) != NULL))
    amount = at_amount = true;
  bool named = base && !order && !record && !eq_ci(w, wl, "to") &&
               we + 2 < end && *we == ' ' &&
               ks_is_upper((unsigned char)we[1]) &&
               ks_is_lower((unsigned char)we[2]);
  /* "Research projects about climate": the third person's object is no
   * quantity */
  static const char *const quantities[] = {"about", "all", "many", "most"};
  /* but "the Council estimates about one in three": "about" a count */
  static const char *const counts[] = {
      "eight", "eleven", "five", "four",  "half",  "nine",
      "one",   "seven",  "six",  "ten",   "three", "twelve", "two"};
  /* and "the team estimates fewer than one in ten", "nearly 40,000":
   * a word of nearness or of comparison ("than" after it) before a count */
  /* (not "around", a place's too: "protests around 40 campuses") */
  static const char *const nears[] = {"about", "almost", "nearly", "roughly"};
  static const char *const compares[] = {"fewer", "less", "more"};
  const char *ab, *abe, *c;
  bool about_count =
      w && w != n->s && (ab = ks_norm_next_word(n, we, &abe)) != NULL &&
      (word_is(ab, (size_t)(abe - ab), nears, N_OF(nears)) ||
       (word_is(ab, (size_t)(abe - ab), compares, N_OF(compares)) &&
        starts(abe, end, " than") &&
        (abe += strlen(" than"), !alnum_at(abe, end)))) &&
      abe + 1 < end && *abe == ' ' &&
      (ks_is_digit((unsigned char)abe[1]) ||
       ((c = ks_norm_next_word(n, abe, &abe)) != NULL &&
        word_is(c, (size_t)(abe - c), counts, N_OF(counts))));
  if (third && !about_count &&
      ks_norm_next_is(n, we, quantities, N_OF(quantities)))
    return NULL;
  /* "winds increase overnight", "as prices decrease, ...": the two that
   * need no object, after a plural noun and before an adverb, a
   * preposition of amount or time, or the clause's end */
  static const char *const intransitive[] = {
      "again",    "by",        "during",  "further", "gradually",
      "later",    "overnight", "rapidly", "sharply", "significantly",
      "slightly", "steadily",  "through", "today",   "tomorrow",
      "tonight",  "when"};
  /* "unions protest outside", "farmers protest over prices": after a
   * plural noun, before a preposition of its cause or place */
  static const char *const protest_preps[] = {
      "against", "at", "in", "near", "outside", "over"};
  if (!third && !order && w && w + wl + 1 == p &&
      (ks_is_lower((unsigned char)*w) || w == n->s) &&
      !strcmp(verbs[i].word, "protest") && ks_norm_plural_noun(w, wl) &&
      !determiner_before(n, w) && protest_subject(n, w) &&
      ks_norm_next_is(n, we, protest_preps, N_OF(protest_preps))) {
    sep(n);
    ks_buf_puts(n->out, verbs[i].verb);
    return we;
  }
  if (!third && !order && w && w + wl + 1 == p &&
      (ks_is_lower((unsigned char)*w) || w == n->s) &&
      (!strcmp(verbs[i].word, "increase") ||
       !strcmp(verbs[i].word, "decrease")) &&
      ks_norm_plural_noun(w, wl) && !determiner_before(n, w) &&
      (we == end || *we == ',' || *we == ';' || *we == '.' ||
       ks_norm_next_is(n, we, intransitive, N_OF(intransitive)))) {
    sep(n);
    ks_buf_puts(n->out, verbs[i].verb);
    return we;
  }
  /* "which analysts estimate would absorb": a clause's verb after the
   * base form ("that" left out), a modal next */
  static const char *const modals[] = {"can",   "could", "might", "may",
                                       "should", "will",  "would"};
  /* (the third person too after a name that opens the clause, "a
   * workforce that FIG estimates will peak", set BE) */
  static const char *const relatives[] = {"that", "which"};
  const char *rw, *rwe;
  /* (a relative clause's "that" after a noun, not a conjunction after
   * a verb of saying, "said that ONS estimates would be revised"; and
   * no passive after the modal, "estimates will need to be cut") */
  static const char *const sayings[] = {
      "added",  "argue",   "argued", "believe", "believes", "claimed",
      "expect", "expected", "fear",  "feared",  "found",    "hope",
      "knew",   "know",    "noted",  "reported", "reporters", "said",
      "say",    "says",    "show",   "shows",   "suggest",  "suggests",
      "think",  "thinks",  "told",   "warned",  "warns"};
  static const char *const passive_after[] = {"be", "need", "needs"};
  const char *sw2, *swe2, *mw, *mwe;
  bool modal_next =
      !order && ks_norm_next_is(n, we, modals, N_OF(modals)) &&
      (!third ||
       (w && w + wl + 1 == p && ks_is_upper((unsigned char)*w) &&
        (rw = ks_norm_prev_word(n, w, &rwe)) != NULL &&
        word_is(rw, (size_t)(rwe - rw), relatives, N_OF(relatives)) &&
        !((sw2 = ks_norm_prev_word(n, rw, &swe2)) != NULL &&
          word_is(sw2, (size_t)(swe2 - sw2), sayings, N_OF(sayings))) &&
        !((mw = ks_norm_next_word(n, we, &mwe)) != NULL &&
          ks_norm_next_is(n, mwe, passive_after, N_OF(passive_after)))));
  if (!amount && !named && !about_count && !modal_next &&
      !ks_norm_next_is(n, we, objects, N_OF(objects)) &&
      !(base && !order && free_object(n, w, wl, we, verbs[i].word)) &&
      !(!order &&
        word_is(verbs[i].word, strlen(verbs[i].word), plural_objects,
                N_OF(plural_objects)) &&
        next_plural(n, we)))
    return NULL;
  /* not after a compound's last word ("one-run contests this season") */
  if (third && w > n->s && w[-1] == '-')
    return NULL;
  /* "COCOBOD estimates that", "the IMF estimates that growth": an
   * organisation's initials first in the sentence or after "the", before
   * "that" (the clause's verb is checked below) */
  /* "The LFB projects the general fund": after "the" before a
   * determiner too */
  /* (a name's plural too before "at" and its amount: "which Manx
   * Utilities estimates at 19%") */
  bool org_that = (bracket_org || modal_next || at_amount) && third;
  /* (two capitals after "the" too: "the IM estimates the ticket") */
  if (!org_that && third && w && wl >= 2 && wl <= 8 &&
      (wl >= 3 || (w - n->s >= 4 && starts_ci(w - 4, w, "the "))) &&
      (starts(we, end, " that ") ||
       /* (first in the sentence too: "EMOV estimates the additional
        * cost") */
       (ks_norm_next_is(n, we, objects, N_OF(objects)) &&
        !finite_verb_after(n, we))) &&
      (w == n->s || (w - n->s >= 4 && starts_ci(w - 4, w, "the ") &&
                     (w - 4 == n->s || w[-5] == ' ')))) {
    org_that = true;
    for (size_t k = 0; k < wl && org_that; k++)
      org_that = ks_is_upper((unsigned char)w[k]);
  }
  if (!base && (third ? !singular_subject(n, w, wl) && !org_that &&
                            !(named_subject(n, w, wl) &&
                              !determined(n, w)) /* "his Lego projects" */
                      : !ks_norm_plural_noun(w, wl) &&
                            !eq_ci(w, wl, "police") && !eq_ci(w, wl, "people")))
    return NULL;
  /* "projects that have advanced": "that" opens a clause about the noun
   * when a verb follows it; "estimates that it will" is the verb */
  if (third) {
    static const char *const verbs_after[] = {
        "are",  "can",    "could", "did",  "do",   "does",
        "had",  "has",    "have",  "is",   "may",  "might",
        "must", "should", "was",   "were", "will", "would"};
    const char *xe, *x = ks_norm_next_word(n, we, &xe), *y, *ye;
    if (x && eq_ci(x, (size_t)(xe - x), "that") &&
        (y = ks_norm_next_word(n, xe, &ye)) != NULL &&
        word_is(y, (size_t)(ye - y), verbs_after, N_OF(verbs_after)))
      return NULL;
  }
  sep(n);
  if (order)
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)verbs[i].verb[0]));
  ks_buf_puts(n->out, (third ? verbs[i].third : verbs[i].verb) + order);
  return we;
}

/* "as wind shear increases,", "when demand decreases.": the verb in the
 * third person, which espeak-ng says as the noun, where its clause ends
 * after a conjunction of time and its subject (two or three words, no
 * determiner right before the verb). Respelled "inkreasses",
 * "decreesiz". */
static const char *increases_verb(struct norm *n, const char *p,
                                  const char *we) {
  static const char *const conjs[] = {"as", "if", "until", "when", "while"};
  const char *w = n->prev, *b, *be;
  size_t len = (size_t)(we - p);
  if (len != 9 || !(eq_ci(p, len, "increases") || eq_ci(p, len, "decreases")) ||
      !ks_is_lower((unsigned char)*p) || !w || w + n->prev_len + 1 != p ||
      !(we >= n->end || *we == ',' || *we == '.' || *we == ';') ||
      !ks_is_lower((unsigned char)*w) || determiner_before(n, p))
    return NULL;
  /* not a noun's compound: "as price increases", "benefit increases" */
  static const char *const compounds[] = {
      "benefit", "cost", "fare", "fee",    "pay",  "pension", "price",
      "rate",    "rent", "salary", "tax",  "wage"};
  if (word_is(w, n->prev_len, compounds, N_OF(compounds)))
    return NULL;
  /* the conjunction two to four words back, no comma between */
  bool found = false;
  b = w;
  for (int k = 0; k < 3 && !found; k++) {
    if ((b = ks_norm_prev_word(n, b, &be)) == NULL ||
        memchr(be, ',', (size_t)(p - be)))
      return NULL;
    found = word_is(b, (size_t)(be - b), conjs, N_OF(conjs));
  }
  if (!found)
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *p == 'i' ? "inkreasses" : "decreesiz");
  return we;
}

/* The word right before p (a space apart) is a model's code, capitals
 * and figures after "the" or first in the sentence ("The Z24 uses a",
 * "the X100VI records 6.2K"): a thing, the subject of a verb after it. */
static bool model_subject(const struct norm *n, const char *p) {
  const char *b = p - 1, *w;
  bool digit = false, upper = false;
  if (p - n->s < 3 || *b != ' ')
    return false;
  for (w = b; w > n->s && ks_is_alnum((unsigned char)w[-1]); w--) {
    digit = digit || ks_is_digit((unsigned char)w[-1]);
    upper = upper || ks_is_upper((unsigned char)w[-1]);
  }
  if (!digit || !upper || b - w < 2 || !ks_is_upper((unsigned char)*w))
    return false;
  return w == n->s ||
         (w - n->s >= 4 && w[-1] == ' ' &&
          (starts(w - 4, n->end, "the ") || starts(w - 4, n->end, "The ")) &&
          (w - 4 == n->s || w[-5] == ' '));
}

/* "which the comptroller projects will hold": the verb before a modal,
 * after a relative's subject ("which", a determiner and a noun in small
 * letters); espeak-ng says the noun. Respelled "projeckts". */
static const char *projects_verb(struct norm *n, const char *p,
                                 const char *we) {
  static const char *const modals[] = {"could", "may", "might", "will",
                                       "would"};
  /* ("which" only: "said that the city projects will" is a compound) */
  static const char *const relatives[] = {"which"};
  static const char *const dets[] = {"a", "its", "the", "their"};
  const char *w = n->prev, *d, *de, *r, *re;
  /* (and "estimates": "which the Government estimates will rise", a
   * subject with its capital too, set BH) */
  bool estimates = we - p == 9 && !memcmp(p, "estimates", 9);
  if ((we - p != 8 || memcmp(p, "projects", 8)) && !estimates)
    return NULL;
  /* (not after an adjective or a noun that makes a compound with it:
   * "which the new estimates will show", "which the budget estimates
   * will cover") */
  static const char *const kinds[] = {
      "budget",   "construction", "cost",     "current", "design",  "early",
      "earlier",  "final",        "housing",  "initial", "latest",  "new",
      "official", "population",   "previous", "price",   "revenue", "revised",
      "road",     "spending",     "tax",      "updated"};
  if (!w || w + n->prev_len + 1 != p || w[n->prev_len - 1] == 's' ||
      word_is(w, n->prev_len, kinds, N_OF(kinds)) ||
      !ks_norm_next_is(n, we, modals, N_OF(modals)) ||
      (d = ks_norm_prev_word(n, w, &de)) == NULL ||
      !word_is(d, (size_t)(de - d), dets, N_OF(dets)) ||
      (r = ks_norm_prev_word(n, d, &re)) == NULL ||
      !word_is(r, (size_t)(re - r), relatives, N_OF(relatives)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, estimates ? "estimayts" : "projeckts");
  return we;
}

/* "Leitrim records sharpest increase", "Ghana records 1,200 new cases":
 * the verb in the third person after a name as its subject (a headline's
 * shape), before a superlative, "first", "its" or a number; espeak-ng says
 * the noun. Respelled "rekords". Not after a common noun ("court records
 * the paper obtained"). */
static const char *records_verb(struct norm *n, const char *p,
                                const char *we) {
  static const char *const nexts[] = {
      "best",     "biggest", "busiest", "coldest",  "deadliest", "driest",
      "first",    "highest", "hottest", "its",      "largest",   "lowest",
      "record",   "sharpest", "slowest", "smallest", "steepest",  "strongest",
      "their",    "warmest", "weakest", "wettest",  "worst"};
  const char *w = n->prev, *x, *xe;
  size_t wl = n->prev_len;
  if (we - p != 7 || memcmp(p, "records", 7) || we + 1 >= n->end ||
      *we != ' ' ||
      !(model_subject(n, p) ||
        (w && w + wl + 1 == p && named_subject(n, w, wl) && !determined(n, w))))
    return NULL;
  /* a figure (no word: the next word's finder skips figures), or a word
   * of the list */
  if (!ks_is_digit((unsigned char)we[1]) &&
      !((x = ks_norm_next_word(n, we, &xe)) != NULL && x == we + 1 &&
        word_is(x, (size_t)(xe - x), nexts, N_OF(nexts))))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "rekords");
  return we;
}

/* The capitalised word w first in its sentence may be a name ("Martha
 * read", "Eliasson uses"): not a word that opens sentences ("Please",
 * "Then"), an adverb in -ly, a word of the language's list of words that
 * are no nouns ("Better", "Just"), nor a plural without its s ("People",
 * "Children"). */
static bool first_a_name(const struct norm *n, const char *w, size_t wl) {
  static const char *const plurals[] = {"children", "men", "people", "women"};
  char low[32];
  if (wl >= sizeof low)
    return true;
  for (size_t i = 0; i < wl; i++)
    low[i] = (char)ks_to_lower((unsigned char)w[i]);
  return !ks_lang_in_list(n->lang->starters, n->lang->n_starters, w, wl) &&
         !(wl > 3 && w[wl - 2] == 'l' && w[wl - 1] == 'y') &&
         !ks_lang_in_list(n->lang->not_nouns, n->lang->n_not_nouns, low, wl) &&
         !word_is(w, wl, plurals, N_OF(plurals)) && !eq_ci(w, wl, "please");
}

/* "Ascom uses its product", "the firm uses the data": "uses" the verb
 * (espeak-ng says the plural noun, "yoosiz") after its subject, a name
 * or a noun in the singular, before a determiner; respelled "yoozes". */
static const char *uses_verb(struct norm *n, const char *p, const char *we) {
  static const char *const objects[] = {"a",     "an",    "her",  "his",
                                        "its",   "our",   "such", "the",
                                        "their", "these", "this", "those"};
  /* words before the noun: "Other uses the committee found" */
  static const char *const kinds[] = {
      "all",       "alternative", "both",    "common", "different", "future",
      "her",       "his",         "its",     "main",   "many",      "medical",
      "military",  "multiple",    "new",     "other",  "our",       "possible",
      "potential", "practical",   "several", "some",   "such",      "their",
      "these",     "those",       "various", "your"};
  /* after a pronoun or a name any object: "Eliasson uses elements of
   * nature", "it uses less power" */
  static const char *const pronouns[] = {"he",   "it",    "she",
                                         "that", "which", "who"};
  static const char *const noun_verbs[] = {
      "are",      "could", "for", "have",  "in",   "include", "included",
      "includes", "may",   "of",  "range", "vary", "were",    "will"};
  const char *w = n->prev, *x, *xe;
  size_t wl = n->prev_len;
  bool named;
  if (we - p != 4 || memcmp(p, "uses", 4) != 0)
    return NULL;
  /* before an object pronoun, always the verb: "half the village uses
   * it" (no noun "uses" takes "it" after it) */
  static const char *const pronoun_objects[] = {"him", "it", "them"};
  if (w && w + wl + 1 == p && !ks_norm_after_determiner(n, p) &&
      !word_is(w, wl, kinds, N_OF(kinds)) &&
      ks_norm_next_is(n, we, pronoun_objects, N_OF(pronoun_objects))) {
    sep(n);
    ks_buf_puts(n->out, "yoozes");
    return we;
  }
  named = named_subject(n, w, wl) && !ks_norm_after_determiner(n, w);
  /* first in the sentence, a name only before its object's determiner
   * ("Commercial uses remain limited" is the noun) */
  if (named && w == n->s && !ks_norm_next_is(n, we, objects, N_OF(objects)))
    named = false;
  if (we - p == 4 && !memcmp(p, "uses", 4) &&
      ((w && w + wl + 1 == p &&
        (named || word_is(w, wl, pronouns, N_OF(pronouns)))) ||
       model_subject(n, p)) &&
      (x = ks_norm_next_word(n, we, &xe)) != NULL &&
      ks_is_lower((unsigned char)*x) && !word_is(w, wl, kinds, N_OF(kinds)) &&
      /* "Industrial uses include": the noun, before its verb */
      !word_is(x, (size_t)(xe - x), noun_verbs, N_OF(noun_verbs))) {
    sep(n);
    ks_buf_puts(n->out, "yoozes");
    return we;
  }
  /* before its object's determiner, or an amount ("a household uses
   * 2,700kWh"), or a plural noun after a singular one ("the flight
   * computer uses components from Europe"; round 38, from set AV) */
  bool plural_object =
      w && w + wl + 1 == p && singular_subject(n, w, wl) &&
      (x = ks_norm_next_word(n, we, &xe)) != NULL && xe - x > 3 &&
      ks_norm_plural_noun(x, (size_t)(xe - x)) &&
      !word_is(x, (size_t)(xe - x), noun_verbs, N_OF(noun_verbs));
  if (we - p != 4 || memcmp(p, "uses", 4) || !w || w + wl + 1 != p ||
      !(ks_norm_next_is(n, we, objects, N_OF(objects)) || plural_object ||
        (we + 1 < n->end && *we == ' ' && ks_is_digit((unsigned char)we[1]))) ||
      word_is(w, wl, kinds, N_OF(kinds)))
    return NULL;
  /* "costs \xc2\xa339,950 and uses a 64kWh battery", "it still uses the": a
   * verb after a joining word or an adverb, before its object */
  static const char *const joins[] = {"also",      "and",     "but",  "mainly",
                                      "now",       "often",   "only", "still",
                                      "typically", "usually", "which"};
  if (!singular_subject(n, w, wl) &&
      !(ks_is_upper((unsigned char)w[0]) && wl > 1 && w[wl - 1] != 's' &&
        !ks_norm_after_determiner(n, w)) &&
      !word_is(w, wl, joins, N_OF(joins)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "yoozes");
  return we;
}

/* "import" and "imports", which espeak-ng always stresses as the verb
 * (im-PORTS): the noun, respelled "ymports", which it says IM-ports, only
 * where it is clearly one: after a determiner, a preposition or a word of
 * kind ("an import ban", "months of imports", "rising imports"), before
 * "of" or a verb of change ("imports of oil", "Imports rose"), and the
 * singular before the noun it names ("import tariffs"). Elsewhere the verb
 * is left ("Germany imports gas", "buy and import cars"). */
static const char *import_noun(struct norm *n, const char *p, const char *we) {
  /* (and a verb of limiting whose object it is, a superlative, a kind:
   * "bans import of cars", "limits imports", "largest imports", "vehicle
   * import rules", set BH) */
  static const char *const before[] = {
      "an",      "ban",   "bans",     "biggest",   "car",     "cheap",
      "cheaper", "curb",  "curbs",    "falling",   "food",    "foreign",
      "for",     "from",  "her",      "his",       "in",      "its",
      "largest", "limit", "limits",   "more",      "of",      "oil",
      "on",      "our",   "restrict", "restricts", "rising",  "the",
      "their",   "these", "those",    "total",     "vehicle", "with"};
  static const char *const after[] = {
      "climbed",   "declined", "dropped", "fell", "from",   "grew",
      "increased", "jumped",   "of",      "rose", "slowed", "surged"};
  static const char *const nouns[] = {
      "ban",    "bans",    "bill",    "controls",    "costs",        "duties",
      "duty",   "levy",    "licence", "licences",    "license",      "of",
      "prices", "quota",   "quotas",  "regulations", "restrictions", "rules",
      "tariff", "tariffs", "tax",     "taxes",       "volumes"};
  const char *w, *we2, *x, *xe;
  size_t len = (size_t)(we - p);
  bool noun;
  if (!((len == 6 || (len == 7 && p[6] == 's')) &&
        (p[0] == 'i' || p[0] == 'I') && !memcmp(p + 1, "mport", 5)) ||
      (we < n->end && (*we == '-' || ks_is_alnum((unsigned char)*we))))
    return NULL;
  w = ks_norm_prev_word(n, p, &we2);
  x = ks_norm_next_word(n, we, &xe);
  /* (before "rules" or "regulations" not after a subject that could
   * import them, a name or a plural: "Norway import rules they have no
   * say in") */
  static const char *const laws[] = {"regulations", "rules"};
  bool subject = w && (ks_is_upper((unsigned char)*w) ||
                       (we2 - w > 3 && we2[-1] == 's' && we2[-2] != 's'));
  noun = (w && word_is(w, (size_t)(we2 - w), before, N_OF(before))) ||
         (x &&
          word_is(x, (size_t)(xe - x), len == 7 ? after : nouns,
                  len == 7 ? N_OF(after) : N_OF(nouns)) &&
          !(len == 6 && subject &&
            word_is(x, (size_t)(xe - x), laws, N_OF(laws)))) ||
         /* (after a possessive, "the Islands' imports", "Kenya's
          * imports") */
         (p - n->s >= 3 && p[-1] == ' ' &&
          (p[-2] == '\'' || (p[-2] == 's' && p[-3] == '\'') ||
           (p - n->s >= 5 &&
            (starts(p - 4, n->end, "\xE2\x80\x99") ||
             (p[-2] == 's' && starts(p - 5, n->end, "\xE2\x80\x99"))))));
  if (!noun)
    return NULL;
  sep(n);
  ks_buf_putc(n->out, p[0] == 'I' ? 'Y' : 'y');
  ks_buf_put(n->out, p + 1, len - 1);
  return we;
}

/* "farm produce", "fresh produce": the noun, which espeak-ng says as the
 * verb after a word that is no determiner (it says the noun after "the");
 * respelled "proadoose". */
static const char *produce_noun(struct norm *n, const char *p, const char *we) {
  /* the kinds of produce, and "of" ("tonnes of produce") */
  /* (and a verb of trade it is the object of: "has sold produce there",
   * set BE) */
  static const char *const kinds[] = {
      "agricultural",  "bought",   "buy",      "buys",     "canned",
      "dairy",         "farm",     "fresh",    "frozen",   "garden",
      "grew",          "grow",     "grows",    "homegrown", "imported",
      "local",         "locally-grown", "of",  "organic",  "seasonal",
      "sell",          "selling",  "sells",    "sold"};
  static const char *const articles[] = {"a", "an", "the"};
  const char *w = n->prev;
  size_t wl = n->prev_len;
  /* "Rift Valley Produce Brokers": capitalised inside a trader's name,
   * before the name's word for a firm or a market (not a headline's verb,
   * "How Small Farms Produce Big Yields") */
  static const char *const firms[] = {
      "Association", "Board",   "Brokers", "Co",     "Company",   "Exchange",
      "Exporters",   "Limited", "Ltd",     "Market", "Merchants", "Traders"};
  if (we - p == 7 && !memcmp(p, "Produce", 7) && w && w + wl + 1 == p &&
      w != n->s && ks_is_upper((unsigned char)*w) &&
      ks_norm_next_is(n, we, firms, N_OF(firms))) {
    say(n, "Proadoose");
    return we;
  }
  if (we - p != 7 || memcmp(p, "produce", 7) || !w || w + wl + 1 != p ||
      !word_is(w, wl, kinds, N_OF(kinds)) ||
      ks_norm_next_is(n, we, articles, N_OF(articles)))
    return NULL;
  say(n, "proadoose");
  return we;
}

/* "projects have come in late": the plural before a verb of its own is
 * the noun, which espeak-ng says as the verb without a determiner before
 * it; respelled "prodjects". */
static const char *projects_noun(struct norm *n, const char *p,
                                 const char *we) {
  /* (not a modal: "the homes the council projects will be built") */
  static const char *const verbs[] = {"are",    "came",     "had",
                                      "have",   "include",  "included",
                                      "remain", "remained", "were"};
  if (we - p != 8 || memcmp(p, "projects", 8) ||
      !ks_norm_next_is(n, we, verbs, N_OF(verbs)))
    return NULL;
  say(n, "prodjects");
  return we;
}

/* "put them to use", "putting the data to use": the noun after "put"
 * and its object and "to", which espeak-ng says as the verb ("yooz");
 * respelled "yooss" (not "put off plans to use it", "to use" before its
 * object). */
static const char *use_noun(struct norm *n, const char *p, const char *we) {
  static const char *const puts_[] = {"put", "puts", "putting"};
  static const char *const objects[] = {"a",    "an",   "her", "him", "it",
                                        "its",  "my",   "our", "the", "their",
                                        "them", "this", "us",  "your"};
  const char *w = n->prev, *b = w, *be;
  if (we - p != 3 || memcmp(p, "use", 3) || !w || w + n->prev_len + 1 != p ||
      !eq_ci(w, n->prev_len, "to") ||
      ks_norm_next_is(n, we, objects, N_OF(objects)))
    return NULL;
  /* "put" one to three words before "to", its object a pronoun or a
   * determiner's noun right after it ("put them", "put the new data";
   * not "put off plans to use") */
  static const char *const heads[] = {"his",   "it",   "our",  "the",
                                      "their", "them", "these", "this",
                                      "those", "your"};
  const char *after = NULL;
  /* (no particle before "to": "put the money aside to use next year") */
  static const char *const put_particles[] = {
      "aside", "away", "back", "by", "down", "off", "on", "out", "up"};
  const char *pb, *pbe;
  if ((pb = ks_norm_prev_word(n, w, &pbe)) != NULL &&
      word_is(pb, (size_t)(pbe - pb), put_particles, N_OF(put_particles)))
    return NULL;
  for (int k = 0; k < 4 && (b = ks_norm_prev_word(n, b, &be)) != NULL; k++) {
    if (k > 0 && word_is(b, (size_t)(be - b), puts_, N_OF(puts_))) {
      if (!after || !word_is(after, (size_t)(alpha_end(after, n->end) - after),
                             heads, N_OF(heads)))
        return NULL;
      say(n, "yooss");
      return we;
    }
    after = b;
  }
  return NULL;
}

/* "(Tafoa 14', 38' pen)": a goal's minute and its penalty, as a match
 * report's line writes it (set BC). */
static const char *pen_penalty(struct norm *n, const char *p, const char *we) {
  if (we - p != 3 || memcmp(p, "pen", 3) || p - n->s < 4 || p[-1] != ' ' ||
      (p[-2] != '\'' && !starts(p - 4, n->end, "\xE2\x80\x99")) ||
      !ks_is_digit((unsigned char)p[p[-2] == '\'' ? -3 : -5]) ||
      alnum_at(we, n->end))
    return NULL;
  /* (a scorer's other minute and its comma before it, "14', 38' pen", or
   * an article about football; not "a 12' pen for goats") */
  bool minutes = ks_norm_about_football(n);
  for (const char *c = n->s; c + 3 < p && !minutes; c++)
    minutes = ks_is_digit((unsigned char)*c) &&
              (starts(c + 1, n->end, "', ") ||
               starts(c + 1, n->end, "\xE2\x80\x99, "));
  if (!minutes)
    return NULL;
  say(n, "penalty");
  return we;
}

/* "from house to house": the second "house" a noun too, which espeak-ng
 * says as the verb after "to" ("howz"); respelled "howss" (set BC). */
static const char *house_to_house(struct norm *n, const char *p,
                                  const char *we) {
  if (we - p != 5 || memcmp(p, "house", 5) || p - n->s < 10 ||
      memcmp(p - 9, "house to ", 9) ||
      (p - n->s > 9 && ks_is_alpha((unsigned char)p[-10])))
    return NULL;
  say(n, "howss");
  return we;
}

/* "use" the verb, which espeak-ng says as the noun ("yoos") after a
 * noun: before a determiner or a pronoun it is a verb ("athletes use such
 * substances", "farmers use the water"); respelled "yooze". */
static const char *use_verb(struct norm *n, const char *p, const char *we) {
  static const char *const objects[] = {
      "a",   "an",  "the",  "such",  "their", "his",   "her",
      "its", "our", "your", "my",    "these", "those", "them",
      "it",  "any", "some", "every", "both",  "social"};
  /* "I haven't seen her use the iPad": after an object that is the
   * subject of a bare verb too ("let them use a phone") */
  static const char *const subjects[] = {
      "all",  "both",   "few",    "her",  "him",  "many", "me",
      "most", "others", "people", "some", "that", "them", "they",
      "us",   "we",     "which",  "who",  "you"};
  /* the quantifiers take the verb only before its object's determiner
   * ("Both use a new battery"; "Both use cases matter" is the noun) */
  static const char *const quantifiers[] = {"all",  "both",   "few", "many",
                                            "most", "others", "some"};
  /* after "use", words that make it the noun: "the use of", "drug use is" */
  static const char *const noun_next[] = {
      "and", "are",  "as",   "at",  "by",   "can",  "could", "fell",
      "for", "has",  "have", "in",  "is",   "may",  "of",    "on",
      "or",  "rose", "to",   "was", "were", "will", "would"};
  const char *w = n->prev, *x, *xe;
  size_t wl = n->prev_len;
  bool title = p[0] == 'U', plural;
  /* right after its subject, a pronoun or a plural ("athletes use"); not
   * "water use more", "no use the"; in a headline's capitals too
   * ("Rockets Use Fourth-Quarter Surge") */
  if (we - p != 3 || !eq_ci(p, 3, "use") || (!title && p[0] != 'u'))
    return NULL;
  static const char *const how[] = {"daily", "instead", "only", "sparingly"};
  /* "Use your smartphone to play": an order, first in the sentence or a
   * quotation, before its object (or an object's participle, "Use
   * dipped headlights"; set AY) */
  const char *o, *oe;
  if (title &&
      (p == n->s || (p == n->s + 1 && *n->s == '"') ||
       (p == n->s + 3 && starts(n->s, n->end, "“"))) &&
      we < n->end && *we == ' ' &&
      (ks_norm_next_is(n, we, objects, N_OF(objects)) ||
       ((o = ks_norm_next_word(n, we, &oe)) != NULL && oe - o > 4 &&
        ks_is_lower((unsigned char)*o) &&
        (!memcmp(oe - 2, "ed", 2) || !memcmp(oe - 3, "ing", 3) ||
         /* (or a mass noun's object where the order ends or says how:
          * "Use paracetamol only", "Use caution."; not "Use of force",
          * "Use among teenagers has", "Use disorder affects"; set BD) */
         (oe[-1] != 's' &&
          !word_is(o, (size_t)(oe - o), noun_next, N_OF(noun_next)) &&
          (oe == n->end || strchr(".,;!", *oe) ||
           ks_norm_next_is(n, oe, how, N_OF(how)))))))) {
    sep(n);
    ks_buf_puts(n->out, "Yooze");
    return we;
  }
  /* "If you live in the cloud, use Bluetooth headphones": after a
   * clause and its comma, an order (not "its use, use of force") */
  if (!title && p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',') {
    const char *y, *ye;
    y = ks_norm_next_word(n, we, &ye);
    /* before its object: "use Bluetooth headphones", "use the app"; not
     * "In Scotland, use dropped sharply" */
    if (y && (ks_is_upper((unsigned char)*y) ||
              word_is(y, (size_t)(ye - y), objects, N_OF(objects)))) {
      sep(n);
      ks_buf_puts(n->out, "yooze");
      return we;
    }
  }
  if (!w || w + wl + 1 != p)
    return NULL;
  /* "could really use", "will also use": a modal, an adverb, the verb;
   * "Generate and use ECC keys": an order joined to the sentence's first
   * verb */
  const char *m, *me;
  if (!title && modal_adverb(n, w, wl)) {
    say(n, "yooze");
    return we;
  }
  /* "had to use a taxi", "wants to use them": the infinitive before its
   * object ("put to use", "the switch to use of" are the noun) */
  static const char *const back_to[] = {"back", "brought", "put", "restored",
                                        "returned"};
  const char *tb, *tbe;
  if (!title && eq_ci(w, wl, "to") && ks_norm_next_is(n, we, objects, N_OF(objects)) &&
      !((tb = ks_norm_prev_word(n, w, &tbe)) != NULL &&
        word_is(tb, (size_t)(tbe - tb), back_to, N_OF(back_to)))) {
    say(n, "yooze");
    return we;
  }
  /* "told to wear long sleeves and use repellent": a bare verb joined by
   * "and" to an infinitive a few words before, before its object (set
   * BD) */
  /* (the first a bare verb of advice, not a noun: "zoning and use
   * restrictions", "planning and use class") */
  static const char *const advice[] = {
      "avoid", "boil", "call", "check", "clean", "close", "cover", "drink",
      "keep",  "open", "remove", "stay", "switch", "take", "turn", "wash",
      "wear"};
  if (!title && eq_ci(w, wl, "and") && (x = ks_norm_next_word(n, we, &xe)) &&
      ks_is_lower((unsigned char)*x) &&
      !word_is(x, (size_t)(xe - x), noun_next, N_OF(noun_next))) {
    const char *t = w;
    for (int k = 0; k < 5 && (t = ks_norm_prev_word(n, t, &tbe)) != NULL; k++)
      if (eq_ci(t, (size_t)(tbe - t), "to")) {
        const char *v = ks_norm_next_word(n, tbe, &tbe);
        if (v && v + 1 < w && word_is(v, (size_t)(tbe - v), advice, N_OF(advice))) {
          say(n, "yooze");
          return we;
        }
        break;
      }
  }
  /* "rather than use PR-2": the bare verb after "rather than" (set BC) */
  if (!title && eq_ci(w, wl, "than") &&
      (tb = ks_norm_prev_word(n, w, &tbe)) != NULL &&
      eq_ci(tb, (size_t)(tbe - tb), "rather") &&
      !ks_norm_next_is(n, we, noun_next, N_OF(noun_next))) {
    say(n, "yooze");
    return we;
  }
  /* "anglers who only ever use this lake": adverbs between a subject's
   * pronoun and the verb, before its object (set AY) */
  static const char *const adverbs[] = {"also",  "always", "ever",
                                        "never", "often",  "only",
                                        "rarely", "still", "usually"};
  static const char *const who[] = {"I",    "that", "they", "we",
                                    "which", "who", "you"};
  static const char *const demonstratives[] = {"that", "this"};
  if (!title && word_is(w, wl, adverbs, N_OF(adverbs)) && we < n->end &&
      (ks_norm_next_is(n, we, objects, N_OF(objects)) ||
       ks_norm_next_is(n, we, demonstratives, N_OF(demonstratives)))) {
    /* back over one more adverb at most to the pronoun */
    const char *a = w, *b, *be;
    for (int k = 0; k < 2 && (b = ks_norm_prev_word(n, a, &be)) != NULL &&
                    be + 1 == a;
         k++, a = b) {
      if (word_is(b, (size_t)(be - b), who, N_OF(who))) {
        say(n, "yooze");
        return we;
      }
      if (!word_is(b, (size_t)(be - b), adverbs, N_OF(adverbs)))
        break;
    }
  }
  static const char *const orders[] = {
      "Buy",      "Build",   "Collect", "Create",   "Download", "Find",
      "Generate", "Install", "Learn",   "Register", "Save",     "Share"};
  if (!title && eq_ci(w, wl, "and") &&
      (m = ks_norm_prev_word(n, w, &me)) != NULL && m == n->s && me + 1 == w &&
      word_is(m, (size_t)(me - m), orders, N_OF(orders))) {
    say(n, "yooze");
    return we;
  }
  /* "recruit and use them", "to buy or use it", "and use a filter": a
   * verb joined to another before a pronoun or a determiner as its
   * object */
  if (!title && (eq_ci(w, wl, "and") || eq_ci(w, wl, "or"))) {
    static const char *const pronouns[] = {"him", "it", "them", "us"};
    static const char *const dets[] = {"a", "an", "their", "your"};
    const char *b, *be;
    /* a determiner only after a verb, not a noun's "sales and use a
     * decade ago" */
    if (ks_norm_next_is(n, we, pronouns, N_OF(pronouns)) ||
        (ks_norm_next_is(n, we, dets, N_OF(dets)) &&
         !((b = ks_norm_prev_word(n, w, &be)) != NULL &&
           ks_norm_plural_noun(b, (size_t)(be - b))))) {
      sep(n);
      ks_buf_puts(n->out, "yooze");
      return we;
    }
  }
  /* not "cannabis use", "bus use", "virus use" */
  plural = ks_norm_plural_noun(w, wl);
  /* "which lenders use to price", "the tools that farmers use": a
   * plural subject after a relative pronoun */
  static const char *const relatives[] = {"that", "which"};
  /* (a relative after a noun, not a clause after a verb of saying:
   * "found that podcasts use has doubled") */
  static const char *const noun_verbs[] = {"fell", "has", "have", "is",
                                           "of",   "rose", "was"};
  static const char *const sayings[] = {"found", "said",  "says", "show",
                                        "showed", "shows", "suggest",
                                        "suggests", "think", "thinks"};
  const char *rw, *rwe, *sw, *swe;
  if (!title && plural && ks_is_lower((unsigned char)w[0]) &&
      (rw = ks_norm_prev_word(n, w, &rwe)) != NULL &&
      word_is(rw, (size_t)(rwe - rw), relatives, N_OF(relatives)) &&
      !((sw = ks_norm_prev_word(n, rw, &swe)) != NULL &&
        word_is(sw, (size_t)(swe - sw), sayings, N_OF(sayings))) &&
      !ks_norm_next_is(n, we, noun_verbs, N_OF(noun_verbs))) {
    sep(n);
    ks_buf_puts(n->out, "yooze");
    return we;
  }
  x = ks_norm_next_word(n, we, &xe);
  if (title ? !(plural && ks_is_upper((unsigned char)w[0]) && x &&
                ks_is_upper((unsigned char)*x))
            : !((word_is(w, wl, subjects, N_OF(subjects)) ||
                 (plural && (ks_is_lower((unsigned char)w[0]) || w == n->s))) &&
                (ks_norm_next_is(n, we, objects, N_OF(objects)) ||
                 (x && ks_is_lower((unsigned char)*x) &&
                  !word_is(w, wl, quantifiers, N_OF(quantifiers)) &&
                  !word_is(x, (size_t)(xe - x), noun_next, N_OF(noun_next))))))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, title ? "Yooze" : "yooze");
  return we;
}

/* "read" in the past, which espeak-ng says in the present ("reed"): after
 * "has", "had", "was", "been" and their kin, or after "he", "she", "it" or
 * a name (whose present would be "reads"); respelled "red". */
/* The word before w (one space apart) starts with a capital. */
static bool cap_word_before(const struct norm *n, const char *w) {
  const char *b, *be;
  return (b = ks_norm_prev_word(n, w, &be)) != NULL &&
         ks_is_upper((unsigned char)*b);
}

/* Whether the sentence says it is about the past: "yesterday", "ago",
 * "last week". */
static bool past_marker(const struct norm *n) {
  static const char *const words[] = {"ago", "earlier", "yesterday"};
  static const char *const lasts[] = {"night",  "week",   "month",  "year",
                                      "summer", "spring", "autumn", "fall",
                                      "winter", "time"};
  for (const char *q = n->s; q < n->end;) {
    const char *e = alpha_end(q, n->end);
    if (e == q) {
      q++;
      continue;
    }
    if (word_is(q, (size_t)(e - q), words, N_OF(words)) ||
        (eq_ci(q, (size_t)(e - q), "last") &&
         ks_norm_next_is(n, e, lasts, N_OF(lasts))))
      return true;
    /* "in 1998": a year of the last century or before (not a thing's
     * own date: "the law passed in 1965", "born in 1990") */
    static const char *const dated[] = {
        "born", "built", "founded", "made", "passed", "published", "written"};
    const char *dw, *dwe;
    if (e - q == 2 && !memcmp(q, "in", 2) && e + 5 <= n->end && *e == ' ' &&
        !((dw = ks_norm_prev_word(n, q, &dwe)) != NULL &&
          word_is(dw, (size_t)(dwe - dw), dated, N_OF(dated))) &&
        e[1] == '1' && ks_is_digit((unsigned char)e[2]) &&
        ks_is_digit((unsigned char)e[3]) && ks_is_digit((unsigned char)e[4]) &&
        !(e + 5 < n->end && ks_is_alnum((unsigned char)e[5])))
      return true;
    q = e;
  }
  return false;
}

/* "said and then hurriedly read", "slept in the foyer for a week and
 * read": a verb joined by "and" (a "then" or an adverb between) to one in
 * the past earlier in its clause (not "told to sit and read", an
 * infinitive's), the verb at p. */
static bool joined_to_past(const struct norm *n, const char *p) {
  static const char *const pasts[] = {
      "began",   "brought", "came", "felt", "found", "gave",  "got",
      "heard",   "held",    "kept", "knew", "left",  "made",  "ran",
      "rose",    "sat",     "saw",  "said", "slept", "spoke", "stood",
      "thought", "told",    "took", "went", "wrote"};
  const char *w, *we = NULL, *b = p;
  for (int k = 0; k < 3; k++) {
    if ((w = ks_norm_prev_word(n, b, &we)) == NULL)
      return false;
    if (eq_ci(w, (size_t)(we - w), "and"))
      break;
    if (!(eq_ci(w, (size_t)(we - w), "then") ||
          (we - w > 4 && !memcmp(we - 2, "ly", 2))))
      return false;
    b = w;
  }
  if (!we || !eq_ci(w, (size_t)(we - w), "and"))
    return false;
  /* back through the clause to its start: a comma, a stop or the
   * sentence's start */
  for (const char *c = w; c > n->s;) {
    const char *e = c - 1, *q;
    while (e > n->s && !ks_is_alpha((unsigned char)e[-1]) && e[-1] != ',' &&
           e[-1] != ';' && e[-1] != '.')
      e--;
    if (e > n->s && (e[-1] == ',' || e[-1] == ';' || e[-1] == '.'))
      return false;
    q = e;
    while (q > n->s && ks_is_alpha((unsigned char)q[-1]))
      q--;
    if (q == e)
      return false;
    size_t l = (size_t)(e - q);
    /* "told to sit and read": an infinitive's verb right before "and"
     * (not "walked to the park and read"); and any infinitive before it,
     * "are urged to check the website and read" (not "sent to the court
     * and read aloud", "to" and a determiner) */
    const char *tve, *tv;
    static const char *const dets[] = {"a",   "an",  "her",   "his",  "its",
                                       "our", "the", "their", "this", "your"};
    if (eq_ci(q, l, "to") && (tv = ks_norm_next_word(n, e, &tve)) != NULL &&
        (tve + 1 == w || (ks_is_lower((unsigned char)*tv) &&
                          !word_is(tv, (size_t)(tve - tv), dets, N_OF(dets)))))
      return false;
    /* a listed past, or an "-ed" word right after its subject, a
     * pronoun or a name ("she walked", not "many retired people") */
    /* (or a passive's: "will be posted on the page and read on the
     * radio") */
    static const char *const subjects[] = {"he",   "I",  "it", "she",
                                           "they", "we", "you"};
    static const char *const passives[] = {"are", "be",  "been", "being",
                                           "is",  "was", "were"};
    const char *sb, *sbe;
    if (word_is(q, l, pasts, N_OF(pasts)) ||
        (l > 4 && ks_is_lower((unsigned char)*q) && !memcmp(e - 2, "ed", 2) &&
         e[-3] != 'e' && (sb = ks_norm_prev_word(n, q, &sbe)) != NULL &&
         (word_is(sb, (size_t)(sbe - sb), subjects, N_OF(subjects)) ||
          word_is(sb, (size_t)(sbe - sb), passives, N_OF(passives)) ||
          (ks_is_upper((unsigned char)*sb) && sb != n->s))))
      return true;
    c = q;
  }
  return false;
}

/* The word w ends in a contraction ("We'll", "they’d", "I've"): what
 * follows its apostrophe ("ll", "d", "ve", "re", "m", "s"), or NULL. */
static const char *contraction(const char *w, size_t wl) {
  static const char *const ends[] = {"d", "ll", "m", "re", "s", "ve"};
  for (size_t i = 0; i < N_OF(ends); i++) {
    size_t el = strlen(ends[i]);
    if (wl > el + 1 && !memcmp(w + wl - el, ends[i], el) &&
        (w[wl - el - 1] == '\'' ||
         (wl > el + 3 && !memcmp(w + wl - el - 3, "\xE2\x80\x99", 3))))
      return ends[i];
  }
  return NULL;
}

/* Subjects in the plural that end in no "s". */
static const char *const plurals_read[] = {"children", "men",   "people",
                                           "police",   "staff", "women"};

static const char *read_past(struct norm *n, const char *p, const char *we) {
  /* I, we, you, they: in the past only when the sentence says so ("We
   * read the book yesterday"; "We read every day") */
  static const char *const pronouns[] = {"I", "they", "we", "you"};
  /* after an auxiliary, or after these, "read" is the past */
  static const char *const auxiliaries[] = {"are", "been", "being",  "had",
                                            "has", "have", "having", "is",
                                            "was", "were"};
  static const char *const others[] = {"already", "be",   "first",
                                       "he",      "just", "once",
                                       "recently", "she", "widely"};
  const char *w = n->prev;
  size_t wl = n->prev_len;
  bool name;
  bool before = w && (word_is(w, wl, auxiliaries, N_OF(auxiliaries)) ||
                      word_is(w, wl, others, N_OF(others)));
  /* "the statement of facts, read to the court": a participle's clause
   * after a comma and a noun phrase with "the", before how it was read
   * or "to the" (not "If you can, read to your children", "To relax, read
   * in bed", "Parents, read to your kids") */
  static const char *const hows[] = {"aloud", "by", "out"};
  bool the_before = false;
  /* only for "read" after a comma: the scan is over the sentence */
  for (const char *c = n->s; we - p == 4 && p - n->s >= 4 && p[-2] == ',' &&
                             c + 4 <= p - 2 && !the_before;
       c++)
    the_before = (c == n->s || c[-1] == ' ') && starts_ci(c, p, "the ");
  if (we - p == 4 && !memcmp(p, "read", 4) && p - n->s >= 4 && p[-1] == ' ' &&
      p[-2] == ',' && ks_is_lower((unsigned char)p[-3]) && the_before &&
      (ks_norm_next_is(n, we, hows, N_OF(hows)) ||
       starts(we, n->end, " to the "))) {
    sep(n);
    ks_buf_puts(n->out, "red");
    return we;
  }
  /* "having misread one", "had reread it": the past of the compounds,
   * after an auxiliary; respelled "missred", "re-red" */
  if (((we - p == 7 && !memcmp(p, "misread", 7)) ||
       (we - p == 6 && !memcmp(p, "reread", 6))) &&
      w && w + wl + 1 == p && word_is(w, wl, auxiliaries, N_OF(auxiliaries))) {
    say(n, p[0] == 'm' ? "missred" : "re-red");
    return we;
  }
  if (we - p != 4 || memcmp(p, "read", 4) || !w || w + wl + 1 != p ||
      (we < n->end && *we == '-')) /* "the read-through": a noun */
    return NULL;
  /* "Has the ministry read the data?": a question of the perfect, its
   * subject of up to four words between ("Have them read it" is an
   * order: "Have" only in a question) */
  /* its subject a pronoun, a name or a determiner's noun right after the
   * auxiliary, and no verb, "to" or determiner right before "read" ("Had
   * he wanted to read it", "Has anyone got a good read") */
  static const char *const openers[] = {
      "anybody", "anyone", "he",    "her",  "his", "it",    "its",
      "my",      "our",    "she",   "that", "the", "their", "these",
      "they",    "this",   "those", "we",   "you", "your"};
  static const char *const not_before[] = {"a",    "an",  "good", "great",
                                           "help", "let", "make", "quick",
                                           "the",  "to",  "watch"};
  const char *sw, *swe;
  if ((starts(n->s, n->end, "Has ") || starts(n->s, n->end, "Had ") ||
       (starts(n->s, n->end, "Have ") && n->end[-1] == '?')) &&
      (sw = ks_norm_next_word(n, alpha_end(n->s, n->end), &swe)) != NULL &&
      (word_is(sw, (size_t)(swe - sw), openers, N_OF(openers)) ||
       ks_is_upper((unsigned char)*sw)) &&
      !word_is(w, wl, not_before, N_OF(not_before)) &&
      !word_is(w, wl, bare_before, N_OF(bare_before)) &&
      !(wl > 3 && w[wl - 2] == 'e' && w[wl - 1] == 'd')) {
    /* "Has the school let pupils read": a verb of letting between */
    static const char *const lets[] = {"get", "got",   "help",   "helped",
                                       "let", "made",  "make",   "saw",
                                       "see", "watch", "watched"};
    int words = 0;
    for (const char *c = n->s; c < p && words <= 5; c++) {
      if (*c == ',' || *c == ';')
        words = 99;
      if (*c == ' ' && c + 1 < p &&
          word_is(c + 1, (size_t)(alpha_end(c + 1, p) - c - 1), lets,
                  N_OF(lets)))
        words = 99;
      words += *c == ' ';
    }
    if (words >= 2 && words <= 5) {
      sep(n);
      ks_buf_puts(n->out, "red");
      return we;
    }
  }
  /* after a contraction: "I've read", "it's read" the past; "We'll
   * read", "Let's read" the present, and "I'd read" either (would or
   * had), left as it is; a possessive ("the analyst's read") is the noun;
   * no contraction is a name */
  const char *ce = contraction(w, wl);
  if (ce) {
    static const char *const is[] = {"he's",   "it's",   "she's",
                                     "that's", "what's", "who's"};
    char low[8];
    size_t ll = wl < sizeof low ? wl : 0;
    for (size_t i = 0; i < ll; i++)
      low[i] = (char)ks_to_lower((unsigned char)w[i]);
    bool past = !strcmp(ce, "ve") ||
                (!strcmp(ce, "s") && ll && word_is(low, ll, is, N_OF(is)));
    if (!past)
      return NULL;
    sep(n);
    ks_buf_puts(n->out, "red");
    return we;
  }
  /* "on a first read": the noun */
  if (eq_ci(w, wl, "first")) {
    static const char *const dets[] = {"a",   "her", "his",   "its", "my",
                                       "our", "the", "their", "your"};
    const char *b, *be;
    if ((b = ks_norm_prev_word(n, w, &be)) != NULL &&
        word_is(b, (size_t)(be - b), dets, N_OF(dets)))
      return NULL;
  }
  /* one name inside the sentence: "Smith read the statement"; not "New
   * York read", "Republicans read" */
  name = ks_is_upper((unsigned char)w[0]) && wl > 1 &&
         ks_is_lower((unsigned char)w[1]) && w[wl - 1] != 's' &&
         !cap_word_before(n, w) &&
         !word_is(w, wl, pronouns, N_OF(pronouns)); /* "“You read the game" */
  /* first in the sentence, a name too ("Martha read a copy"), but not a
   * word that opens sentences ("Please read", "Then read", "Simply read") */
  if (name && w == n->s && !first_a_name(n, w, wl))
    name = false;
  /* "in a paper still read by students": before "by", the participle
   * (not "to read by candlelight", "I read by lamplight") */
  bool by = (starts(we, n->end, " by ") || starts(we, n->end, " aloud by ") ||
             starts(we, n->end, " out by ")) &&
            !word_is(w, wl, bare_before, N_OF(bare_before)) &&
            !word_is(w, wl, pronouns, N_OF(pronouns)) && !eq_ci(w, wl, "and") &&
            !eq_ci(w, wl, "not");
  /* "the sign read 'Closed'", "the scoreboard read 3-1": after a thing
   * that bears words and a determiner, the past (its present would be
   * "reads") */
  static const char *const bearers[] = {
      "banner",   "caption",     "clock",   "display", "email",
      "headline", "inscription", "label",   "letter",  "memo",
      "message",  "note",        "notice",  "placard", "plaque",
      "post",     "scoreboard",  "screen",  "shirt",   "sign",
      "slogan",   "statement",   "sticker", "T-shirt", "tweet"};
  static const char *const dets[] = {"a", "another", "one", "the", "this"};
  const char *db, *dbe;
  /* not after a verb of causing: "make the sign read", "let it read" */
  static const char *const causes[] = {"have", "help", "let", "make", "made"};
  const char *cb, *cbe;
  bool bearer = word_is(w, wl, bearers, N_OF(bearers)) &&
                (db = ks_norm_prev_word(n, w, &dbe)) != NULL &&
                word_is(db, (size_t)(dbe - db), dets, N_OF(dets)) &&
                !((cb = ks_norm_prev_word(n, db, &cbe)) != NULL &&
                  word_is(cb, (size_t)(cbe - cb), causes, N_OF(causes)));
  /* "The thermometer at Olympic Park read 39.4": before a figure, after
   * a word in the singular that is no pronoun, modal or "to" (not "Kids
   * read 20 minutes a day", "I read 30 books") */
  bool figure =
      we < n->end - 1 && *we == ' ' && ks_is_digit((unsigned char)we[1]) &&
      wl > 2 && w[wl - 1] != 's' && !word_is(w, wl, pronouns, N_OF(pronouns)) &&
      !eq_ci(w, wl, "who") && !eq_ci(w, wl, "that") && !eq_ci(w, wl, "which") &&
      !word_is(w, wl, bare_before, N_OF(bare_before)) &&
      !word_is(w, wl, plurals_read, N_OF(plurals_read)) &&
      !eq_ci(w, wl, "not") && !eq_ci(w, wl, "and") && !eq_ci(w, wl, "or");
  if (figure) {
    sep(n);
    ks_buf_puts(n->out, "red");
    return we;
  }
  /* "the majority read the cases": any noun in the singular after "the",
   * before what was read (not "a good read.", "see the child read") */
  static const char *const things[] = {
      "aloud", "an",  "her",   "his",  "into",  "it",   "its",  "out",
      "that",  "the", "their", "them", "these", "this", "those"};
  static const char *const sees[] = {"hear", "heard", "saw", "see", "watch",
                                     "watched"};
  /* "How does the brain read": a question's words before "the" */
  static const char *const asks[] = {"how", "what", "when", "where", "why"};
  /* (an adjective or a possessive between: "the commission's legal
   * counsel read into the record") */
  /* (w no joining or function word, "click the link and read", nor an
   * adverb, "The students often read", "the machines now read", nor
   * "cannot"; the modals and "to" are bare_before's) */
  static const char *const joiners[] = {
      "already", "also",  "always", "and",  "but",       "cannot",
      "even",    "ever",  "just",   "mostly", "never",   "not",
      "now",     "often", "only",   "or",   "seldom",    "sometimes",
      "still",   "that",  "then",   "which", "who"};
  /* (nor a contraction, a bare verb's helper or a reflexive: "the
   * steering itself doesn’t read the road") */
  bool nounish = !word_is(w, wl, joiners, N_OF(joiners)) &&
                 !(wl > 3 && w[wl - 2] == 'l' && w[wl - 1] == 'y') &&
                 !word_is(w, wl, bare_before, N_OF(bare_before)) &&
                 !memchr(w, '\'', wl) && !memchr(w, '\xE2', wl) &&
                 !(wl > 4 && !memcmp(w + wl - 4, "self", 4)) &&
                 !(wl > 6 && !memcmp(w + wl - 6, "selves", 6));
  const char *the_at = NULL;
  for (const char *c = w;
       the_at == NULL && nounish && c - n->s >= 2 && c[-1] == ' ';) {
    const char *te = c - 1, *ts = te;
    bool small = true;
    while (ts > n->s && ts[-1] != ' ')
      ts--;
    if (te - ts == 3 && ks_mem_eq_ci(ts, "the", 3)) {
      the_at = ts;
      break;
    }
    if (te - ts >= 3 && te[-1] == 's' && te[-2] == '\'')
      te -= 2; /* "commission's" */
    for (const char *x = ts; x < te; x++)
      small = small && ks_is_lower((unsigned char)*x);
    if (!small || te == ts || w - ts > 40)
      break; /* a name, a figure, a mark: no subject of "the" */
    c = ts;
  }
  bool singular =
      !bearer && ks_is_lower((unsigned char)*w) && wl > 2 && w[wl - 1] != 's' &&
      !word_is(w, wl, plurals_read, N_OF(plurals_read)) &&
      (db = the_at) != NULL && ks_norm_next_is(n, we, things, N_OF(things)) &&
      !((cb = ks_norm_prev_word(n, db, &cbe)) != NULL &&
        (word_is(cb, (size_t)(cbe - cb), causes, N_OF(causes)) ||
         word_is(cb, (size_t)(cbe - cb), sees, N_OF(sees)) ||
         word_is(cb, (size_t)(cbe - cb), asks, N_OF(asks)) ||
         word_is(cb, (size_t)(cbe - cb), bare_before, N_OF(bare_before)))) &&
      /* "Can the computer read the text?": a question's */
      !memchr(n->s, '?', (size_t)(n->end - n->s));
  /* "Stocks rose as investors read the data": a plural subject in a
   * sentence told in the past */
  static const char *const pasts[] = {"fell", "rose", "was", "were"};
  bool plural_past =
      ks_is_lower((unsigned char)*w) && wl > 3 && ks_norm_plural_noun(w, wl) &&
      !before &&
      (db = ks_norm_next_word(n, we, &dbe)) != NULL &&
      ks_is_lower((unsigned char)*db) &&
      (past_marker(n) || ks_norm_sentence_has(n, pasts, N_OF(pasts)));
  /* "I read 'stable' and then I stopped reading", "I read in the paper
   * that they were going to": I, we, they in a sentence told in the past
   * by another verb (not "you", as often the reader) */
  static const char *const told[] = {
      "began",   "decided",  "did",      "felt",   "got", "had",
      "knew",    "realised", "realized", "said",   "saw", "started",
      "stopped", "thought",  "told",     "wanted", "was", "were"};
  bool told_past = false;
  /* not what is done as a habit ("every night", "usually") */
  static const char *const habits[] = {"always", "daily", "each",
                                       "every",  "never", "now",
                                       "often",  "today", "usually"};
  if ((eq_ci(w, wl, "I") || eq_ci(w, wl, "we") || eq_ci(w, wl, "they")) &&
      !ks_norm_sentence_has(n, habits, N_OF(habits))) {
    /* a pronoun and a verb in the past later in the sentence ("and then
     * I stopped", "that they were"), not past the end of a quotation
     * ("'I read the papers every day,' she said") nor a relative clause
     * of a noun ("every book that was shortlisted") */
    static const char *const subjects[] = {"he",   "I",  "it", "she",
                                           "they", "we", "you"};
    const char *end = n->end, *y, *ye;
    for (const char *x = we; x < end && !told_past; x++) {
      if (*x == ',' && x + 1 < end &&
          (x[1] == '"' || starts(x + 1, end, "\xE2\x80\x9D") ||
           starts(x + 1, end, "\xE2\x80\x99")))
        break; /* ", he said" after a quotation's close */
      if (!ks_is_alpha((unsigned char)*x) || ks_is_alpha((unsigned char)x[-1]))
        continue;
      const char *xe = alpha_end(x, end);
      told_past = word_is(x, (size_t)(xe - x), subjects, N_OF(subjects)) &&
                  (y = ks_norm_next_word(n, xe, &ye)) != NULL &&
                  word_is(y, (size_t)(ye - y), told, N_OF(told));
      x = xe - 1;
    }
  }
  bool joined = eq_ci(w, wl, "and") || eq_ci(w, wl, "then") ||
                (wl > 4 && !memcmp(w + wl - 2, "ly", 2));
  if (joined)
    joined = joined_to_past(n, p);
  if (!name && !by && !bearer && !singular && !plural_past && !told_past &&
      !joined && !before &&
      !(word_is(w, wl, pronouns, N_OF(pronouns)) && past_marker(n)))
    return NULL;
  /* "I'll just read it", "to just read", "Just read the label", "Please
   * just read it": after a modal, an order or first, "just" is now */
  if (eq_ci(w, wl, "just")) {
    static const char *const orders[] = {"don't", "dont", "please"};
    const char *b, *be;
    if (w == n->s)
      return NULL;
    b = ks_norm_prev_word(n, w, &be);
    if (b && (word_is(b, (size_t)(be - b), bare_before, N_OF(bare_before)) ||
              word_is(b, (size_t)(be - b), orders, N_OF(orders))))
      return NULL;
    if (w - n->s >= 4 && (!memcmp(w - 4, "'ll ", 4) ||
                          (w - n->s >= 6 && !memcmp(w - 6, "’ll ", 6))))
      return NULL;
  }
  sep(n);
  ks_buf_puts(n->out, "red");
  return we;
}

/* "lead" the metal, which espeak-ng says as the verb ("leed"), before the
 * words it goes with in the news: "lead pipes", "lead poisoning"; as a
 * noun in an article about the metal ("levels of lead", "Lead damages"). */
static const char *lead_metal(struct norm *n, const char *p, const char *we) {
  static const char *const metal[] = {
      "pipe",    "pipes",    "paint",         "poisoning",  "levels",
      "level",   "exposure", "contamination", "ammunition", "bullets",
      "acid",    "dust",     "line",          "lines",      "balloon",
      "weights", "sinker",   "sinkers",
      /* (and where it is smelted: "the Zvecan lead smelter") */
      "smelter", "smelters"};
  static const char *const holders[] = {"contain",    "contained", "contains",
                                        "containing", "for",       "of"};
  /* what the metal is named beside: other metals, or water's pipes */
  static const char *const metals[] = {"aluminium", "aluminum", "cadmium",
                                       "cobalt",    "copper",   "nickel",
                                       "tin",       "zinc"};
  static const char *const water[] = {"drinking", "faucet",   "faucets",
                                      "pipes",    "plumbing", "service",
                                      "taps",     "water",    "waterworks"};
  /* nouns the adjective "lead" (leed) goes before, and a verb's objects */
  static const char *const roles[] = {
      "a",          "actor",    "agency",    "an",           "attorney",
      "author",     "by",       "candidate", "car",          "character",
      "counsel",    "designer", "detective", "developer",    "engineer",
      "guitarist",  "her",      "his",       "investigator", "its",
      "negotiator", "officer",  "our",       "plaintiff",    "prosecutor",
      "researcher", "role",     "scientist", "singer",       "sponsor",
      "story",      "the",      "their",     "them",         "this",
      "to",         "us",       "vocalist",  "investigators", "researchers",
      "authors",    "negotiators", "singers", "roles"};
  static const char *const dets[] = {"a",   "an",  "her",   "his", "its",
                                     "our", "the", "their", "your"};
  bool prev = n->prev && n->prev + n->prev_len + 1 == p;
  const char *pw, *pwe;
  /* not the verb after "to" or a modal: "will lead service members" */
  if (!we || we - p != 4 || !eq_ci(p, 4, "lead") || memcmp(p + 1, "ead", 3) ||
      (prev && word_is(n->prev, n->prev_len, bare_before, N_OF(bare_before))))
    return NULL;
  pw = ks_norm_prev_word(n, p, &pwe);
  /* a noun among metals ("nickel rose, and lead slipped") or where the
   * sentence is about water's pipes ("confirmed lead", "an amount of lead
   * can harm"): not after a determiner or a modal, not before a role's
   * noun or a verb's object ("the lead investigator", "lead them") */
  const char *nw, *nwe;
  /* in an article about the metal: first in the sentence ("Lead damages"),
   * or after a word the metal's noun follows ("levels of lead", "elevated
   * lead"); not "a narrow lead", "followed every lead" */
  static const char *const metal_before[] = {
      "and",  "blood", "childhood", "elevated", "from", "high", "less",
      "low",  "more",  "no",        "of",       "or",   "that", "with"};
  bool topic_place =
      p == n->s || (pw && word_is(pw, (size_t)(pwe - pw), metal_before,
                                  N_OF(metal_before)));
  bool noun_here =
      !(pw &&
        (word_is(pw, (size_t)(pwe - pw), dets, N_OF(dets)) ||
         word_is(pw, (size_t)(pwe - pw), bare_before, N_OF(bare_before)))) &&
      /* "a 5-3 lead", "Netflix's lead in" */
      !(p - n->s >= 2 && ks_is_digit((unsigned char)p[-2])) &&
      !(p - n->s >= 3 && p[-2] == 's' &&
        (p[-3] == '\'' ||
         (p - n->s >= 5 && !memcmp(p - 5, "\xE2\x80\x99", 3)))) &&
      /* "Women lead efforts": after a plural subject, a verb before its
       * plural object (not "even lead joints") */
      !(pw && pwe - pw >= 2 &&
        (pwe[-1] == 's' ||
         (pwe - pw >= 3 && (pwe[-3] == 'm' || pwe[-3] == 'r') &&
          pwe[-2] == 'e' && pwe[-1] == 'n') || /* "women", "children" */
         eq_ci(pw, (size_t)(pwe - pw), "they") ||
         eq_ci(pw, (size_t)(pwe - pw), "we")) &&
        (nw = ks_norm_next_word(n, we, &nwe)) != NULL && nwe - nw > 3 &&
        ks_is_lower((unsigned char)*nw) && nwe[-1] == 's' &&
        !word_is(nw, (size_t)(nwe - nw), metal, N_OF(metal))) &&
      !ks_norm_next_is(n, we, roles, N_OF(roles)) &&
      ((n->topics & KS_TOPIC_LEAD && topic_place) ||
       ks_norm_sentence_has(n, metals, N_OF(metals)) ||
       ks_norm_sentence_has(n, water, N_OF(water)));
  /* before its words, joined by a hyphen ("lead-based paint"), or as
   * what something holds at a clause's end ("traces of lead.") */
  if (!noun_here && !ks_norm_next_is(n, we, metal, N_OF(metal)) &&
      !starts(we, n->end, " service line") && /* "lead service lines" */
      !(we < n->end - 1 && *we == '-' &&
        (starts(we + 1, n->end, "acid") || starts(we + 1, n->end, "based") ||
         starts(we + 1, n->end, "free") || starts(we + 1, n->end, "lined") ||
         /* "lead-grey slate", "lead-glazed pots", "lead-210" */
         starts(we + 1, n->end, "grey") || starts(we + 1, n->end, "gray") ||
         starts(we + 1, n->end, "glazed") ||
         starts(we + 1, n->end, "tainted") ||
         ks_is_digit((unsigned char)we[1]))) &&
      !(prev && word_is(n->prev, n->prev_len, holders, N_OF(holders)) &&
        !alnum_at(skip_spaces(we, n->end), n->end)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *p == 'L' ? "Led" : "led");
  return we;
}

/* Homographs espeak-ng reads the wrong way in news, respelled by
 * context. */
/* "Disney+ is now live", "the show went live", "Adele live in concert":
 * the adjective, which espeak-ng says as the verb after a copula or
 * before "in concert"; respelled "lyve". */
static const char *live_adjective(struct norm *n, const char *p,
                                  const char *we) {
  static const char *const copulas[] = {"are",  "be",   "been", "go",
                                        "goes", "gone", "is",   "was",
                                        "went", "were", "going"};
  static const char *const fillers[] = {"already", "also", "now", "still"};
  const char *w = n->prev, *b, *be;
  /* "live-action", "live-fire", "a live-streamed show": the adjective
   * before a hyphen ("liv-action" otherwise); not "long-live" */
  static const char *const joined[] = {
      "action",   "blog",      "blogging", "fire",    "stream",
      "streamed", "streaming", "tweet",    "tweeted", "tweeting"};
  if (we - p == 4 && !memcmp(p, "live", 4) && we < n->end - 1 && *we == '-' &&
      !(p > n->s && p[-1] == '-') &&
      word_is(we + 1, (size_t)(alpha_end(we + 1, n->end) - (we + 1)), joined,
              N_OF(joined))) {
    sep(n);
    ks_buf_puts(n->out, "lyve");
    return we;
  }
  /* "possible to live stream the match": the adjective before a
   * stream's or a blog's word, spaced as well as hyphened */
  if (we - p == 4 && !memcmp(p, "live", 4) &&
      ks_norm_next_is(n, we, joined, N_OF(joined)) &&
      !starts(we, n->end, " fire")) {
    sep(n);
    ks_buf_puts(n->out, "lyve");
    return we;
  }
  /* "closed to live cattle imports", "live music", "live rounds": the
   * adjective before a noun of living things or of a show, even after
   * "to" (set AW) */
  static const char *const alive[] = {
      "animal",     "animals", "ammunition", "audience", "audiences",
      "bait",       "birds",   "broadcast",  "broadcasts", "cattle",
      "chickens",   "coverage", "event",     "events",   "export",
      "exports",    "fish",    "footage",    "music",    "poultry",
      "rounds",     "sheep",   "shows",      "television", "TV",
      "vaccine",    "vaccines", "virus"};
  /* (not after its subject, "I live music", "most of them live fish
   * stocks", nor before a hyphened word, "live TV-free lives") */
  static const char *const subjects[] = {"I",   "they", "we",   "you",
                                         "them", "who",  "people"};
  const char *an, *ane;
  if (we - p == 4 && !memcmp(p, "live", 4) &&
      ks_norm_next_is(n, we, alive, N_OF(alive)) &&
      !(w && w + n->prev_len + 1 == p &&
        word_is(w, n->prev_len, subjects, N_OF(subjects))) &&
      (an = ks_norm_next_word(n, we, &ane)) != NULL &&
      !(ane < n->end && *ane == '-')) {
    sep(n);
    ks_buf_puts(n->out, "lyve");
    return we;
  }
  if (we - p != 4 || memcmp(p, "live", 4) || !w || w + n->prev_len + 1 != p)
    return NULL;
  /* "is best heard live", "played live on radio": after a participle of
   * hearing, seeing or playing, the adjective */
  static const char *const shown[] = {
      "aired",    "broadcast", "heard", "performed", "played",
      "screened", "seen",      "shown", "televised", "watched"};
  if (word_is(w, n->prev_len, shown, N_OF(shown))) {
    sep(n);
    ks_buf_puts(n->out, "lyve");
    return we;
  }
  /* "seeing Adele live in concert": after a name (not "must live in
   * concert with nature") */
  if ((starts(we, n->end, " in concert") || starts(we, n->end, " on stage")) &&
      ks_is_upper((unsigned char)*w) && w != n->s) {
    sep(n);
    ks_buf_puts(n->out, "lyve");
    return we;
  }
  if (word_is(w, n->prev_len, fillers, N_OF(fillers)) &&
      (b = ks_norm_prev_word(n, w, &be)) != NULL) {
    w = b;
    if (!word_is(w, (size_t)(be - w), copulas, N_OF(copulas)))
      return NULL;
  } else if (!word_is(w, n->prev_len, copulas, N_OF(copulas))) {
    return NULL;
  }
  /* where the phrase ends, or before a word that goes on it: not "are
   * live animals", "were live rounds" */
  if (!(we == n->end || strchr(",.;:!?", *we) || starts(we, n->end, " and ") ||
        starts(we, n->end, " on ") || starts(we, n->end, " in ") ||
        starts(we, n->end, " at ") || starts(we, n->end, " from ") ||
        starts(we, n->end, " for ") || starts(we, n->end, " now")))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "lyve");
  return we;
}

/* "lizard men live inside the mountain": "live" the verb after a plural
 * that espeak-ng does not know for one (men, women, people, children) and
 * before a word of place; respelled "liv". espeak-ng gets "millions live
 * in" right itself. */
static const char *live_verb(struct norm *n, const char *p, const char *we) {
  static const char *const plurals[] = {"children", "men", "people", "women"};
  static const char *const places[] = {
      "abroad",  "alone", "among",    "at",    "below", "beyond",
      "here",    "in",    "inside",   "near",  "off",   "on",
      "outside", "there", "together", "under", "with",  "within",
      /* (and how long: "women live longer") */
      "longer",  "shorter"};
  /* "animals live a natural life", "to live their lives": before its
   * object, after a subject or "to" (not "went live a day later", "watch
   * live a full replay") */
  static const char *const objects[] = {"a",   "their", "our", "his",
                                        "her", "my",    "your"};
  static const char *const broadcast[] = {"at", "on"};
  static const char *const subjects[] = {
      "can",  "could", "i",     "may", "might", "must", "should", "that",
      "they", "to",    "which", "we",  "who",   "will", "would",  "you"};
  if (we - p == 4 && p == n->s && !memcmp(p, "Live", 4) &&
      starts(we, n->end, " with ") && we + 6 < n->end &&
      !ks_is_upper((unsigned char)we[6])) { /* not "Live with Kelly" */
    /* "Live with a chip that's a generation behind": the verb, first */
    sep(n);
    ks_buf_puts(n->out, "Liv");
    return we;
  }
  if (we - p != 4 || !eq_ci(p, 4, "live") || !n->prev ||
      n->prev + n->prev_len + 1 != p)
    return NULL;
  /* "could genuinely live with": a modal, an adverb, the verb before a
   * word of place */
  if (ks_is_lower((unsigned char)*p) && modal_adverb(n, n->prev, n->prev_len) &&
      ks_norm_next_is(n, we, places, N_OF(places))) {
    say(n, "liv");
    return we;
  }
  /* "where people actually live", "parents still live nearby": a
   * plural subject and an adverb, then the clause's end or a place */
  {
    static const char *const stills[] = {"actually", "all",    "already",
                                         "mostly",   "now",    "often",
                                         "still",    "usually"};
    const char *b, *be;
    if (ks_is_lower((unsigned char)*p) &&
        word_is(n->prev, n->prev_len, stills, N_OF(stills)) &&
        (b = ks_norm_prev_word(n, n->prev, &be)) != NULL && be + 1 == n->prev &&
        ks_is_lower((unsigned char)*b) &&
        (word_is(b, (size_t)(be - b), plurals, N_OF(plurals)) ||
         (be - b > 3 && ks_norm_plural_noun(b, (size_t)(be - b))) ||
         eq_ci(b, (size_t)(be - b), "they") ||
         eq_ci(b, (size_t)(be - b), "we")) &&
        (we == n->end || strchr(",.;:!?", *we) ||
         ks_norm_next_is(n, we, places, N_OF(places)))) {
      say(n, "liv");
      return we;
    }
  }
  /* "wait it out and live with my in-laws": joined to a verb by "and",
   * before a word of place (not "and live on TV", "at 8pm") */
  if (ks_is_lower((unsigned char)*p) && eq_ci(n->prev, n->prev_len, "and") &&
      !ks_norm_next_is(n, we, broadcast, N_OF(broadcast)) &&
      ks_norm_next_is(n, we, places, N_OF(places)) &&
      !starts(we, n->end, " in concert") && !starts(we, n->end, " in front")) {
    say(n, "liv");
    return we;
  }
  /* "people who sit in offices live longer": any plural subject before
   * how long (set BD) */
  static const char *const how_long[] = {"longer", "shorter"};
  if (ks_is_lower((unsigned char)*p) && n->prev_len > 3 &&
      ks_is_lower((unsigned char)*n->prev) &&
      ks_norm_plural_noun(n->prev, n->prev_len) &&
      ks_norm_next_is(n, we, how_long, N_OF(how_long))) {
    say(n, "liv");
    return we;
  }
  /* "his parents live two blocks away": a plural subject, then a
   * distance */
  if (ks_is_lower((unsigned char)*p) && n->prev_len > 3 &&
      ks_is_lower((unsigned char)*n->prev) &&
      (word_is(n->prev, n->prev_len, plurals, N_OF(plurals)) ||
       ks_norm_plural_noun(n->prev, n->prev_len))) {
    const char *x = we, *xe;
    for (int k = 0; k < 4; k++) {
      if ((x = ks_norm_next_word(n, x, &xe)) == NULL ||
          (x > we + 1 && strchr(",.;:!?", x[-2])) ||
          eq_ci(x, (size_t)(xe - x), "from")) /* "live from miles away" */
        break;
      if (eq_ci(x, (size_t)(xe - x), "away")) {
        say(n, "liv");
        return we;
      }
      x = xe;
    }
  }
  if (!((word_is(n->prev, n->prev_len, plurals, N_OF(plurals)) ||
         (word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) &&
          ks_is_lower((unsigned char)*p) &&
          /* "switch to live at 8pm", "returns to live on Sunday" */
          !(eq_ci(n->prev, n->prev_len, "to") &&
            ks_norm_next_is(n, we, broadcast, N_OF(broadcast))))) &&
        ks_norm_next_is(n, we, places, N_OF(places))) &&
      !(ks_norm_next_is(n, we, objects, N_OF(objects)) &&
        (word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) ||
         word_is(n->prev, n->prev_len, plurals, N_OF(plurals)) ||
         ks_norm_plural_noun(n->prev, n->prev_len)) &&
        ks_is_lower((unsigned char)*p)))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p == 'L' ? 'L' : 'l');
  ks_buf_puts(n->out, "iv");
  return we;
}

/* "Jane Starner lives in", "who lives alone": the verb (espeak-ng says
 * the plural of "life" after a name), after a full name or "who" (not
 * "said that lives in Gaza were at stake")
 * and before a word of place or an object; respelled "livz". Not "their
 * lives in", "saved lives at". */
static const char *lives_verb(struct norm *n, const char *p, const char *we) {
  static const char *const next[] = {
      "a",       "abroad", "alone",    "among", "at",    "in",
      "inside",  "near",   "nearby",   "next",  "off",   "on",
      "outside", "there",  "together", "with",  "within"};
  static const char *const subjects[] = {"who"};
  if (we - p != 5 || memcmp(p, "lives", 5))
    return NULL;
  /* "the battery lives up to the hype": always the verb */
  if (starts(we, n->end, " up to ")) {
    say(n, "livz");
    return we;
  }
  if (!ks_norm_next_is(n, we, next, N_OF(next)))
    return NULL;
  const char *w = n->prev;
  size_t wl = n->prev_len;
  /* "Gulnora Safarova, 46, lives with": after a name's age between
   * commas */
  bool aged = false;
  if (p - n->s >= 8 && p[-1] == ' ' && p[-2] == ',' &&
      ks_is_digit((unsigned char)p[-3])) {
    const char *a = p - 3;
    while (a > n->s && ks_is_digit((unsigned char)a[-1]))
      a--;
    const char *nb = a - 2;
    while (nb > n->s && ks_is_alpha((unsigned char)nb[-1]))
      nb--;
    aged = p - 2 - a <= 3 && a - n->s >= 4 && a[-1] == ' ' && a[-2] == ',' &&
           ks_is_lower((unsigned char)a[-3]) && ks_is_upper((unsigned char)*nb);
  }
  /* "the population lives in", "the family lives there": after a person
   * or a people in the singular, with its determiner (not "upended
   * ordinary family lives in Gaza") */
  static const char *const ones[] = {
      "community", "couple",  "daughter", "family",     "father",
      "household", "husband", "man",      "majority",   "minority",
      "mother",    "pensioner", "population", "son",    "widow",
      "wife",      "woman"};
  if (aged || (w && word_is(w, wl, ones, N_OF(ones)) &&
               ks_norm_after_determiner_and_word(n, p))) {
    say(n, "livz");
    return we;
  }
  if (!w)
    return NULL;
  /* "'Deadpool' lives in": a name in quotation marks */
  bool quoted =
      wl > 1 && ks_is_upper((unsigned char)w[0]) &&
      ((w + wl + 2 == p && (w[wl] == '\'' || w[wl] == '"')) ||
       (w + wl + 4 == p && (starts(w + wl, p, "’") || starts(w + wl, p, "”"))));
  if (w + wl + 1 != p && !quoted)
    return NULL;
  /* a name of two words or more ("saved Tory lives in" is the noun) */
  if (!quoted && !word_is(w, wl, subjects, N_OF(subjects)) &&
      !(ks_is_upper((unsigned char)w[0]) && wl > 1 &&
        ks_is_lower((unsigned char)w[1]) && cap_word_before(n, w)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "livz");
  return we;
}

/* "Reading" with its capital inside a sentence is the English town and
 * its football club ("a win over ten-man Reading"), said "Redding"; so
 * first in one before a score or "FC" ("Reading 0-2 Portsmouth"); not a
 * room or a list of books ("the Reading Room"). */
static const char *reading_town(struct norm *n, const char *p, const char *we) {
  static const char *const things[] = {"Challenge", "Group", "List", "Lists",
                                       "Room",      "Rooms", "Week"};
  const char *end = n->end;
  bool first =
      p == n->s || (p - n->s <= 3 && !ks_is_alnum((unsigned char)p[-1]));
  static const char *const ordinals[] = {"First", "Second", "Third"};
  if (we - p != 7 || memcmp(p, "Reading", 7) ||
      ks_norm_next_is(n, we, things, N_OF(things)) ||
      ks_norm_word_before(n, p, ordinals, N_OF(ordinals)) || /* a bill's */
      (we < end && (*we == '\'' || *we == '-')))
    return NULL;
  /* "Route: Reading – London Paddington", "trains from Reading to
   * Bristol": an end of a journey before a dash or "to" and another place,
   * anywhere, in a sentence about a journey ("Reading to Year 2 pupils"
   * is not) */
  const char *r2 = starts(we, end, " \xE2\x80\x93 ")   ? we + 5
                   : starts(we, end, " \xE2\x80\x94 ") ? we + 5
                   : starts(we, end, " - ")             ? we + 3
                   : starts(we, end, " to ")            ? we + 4
                                                        : NULL;
  static const char *const journeys[] = {
      "Route", "bus",  "fare",    "fares",   "journey", "line",
      "rail",  "route", "service", "services", "station", "train", "trains"};
  bool route = r2 && r2 < end && ks_is_upper((unsigned char)*r2) &&
               ks_norm_sentence_has(n, journeys, N_OF(journeys));
  if (first && !route &&
      !(we + 4 < end && *we == ' ' &&
        ((ks_is_digit((unsigned char)we[1]) && we[2] == '-') ||
         starts(we + 1, end, "FC"))))
    return NULL;
  /* after a colon or an opening quote, a clause may start: "He said:
   * Reading is fun" */
  if (!first && !route && (p[-1] != ' ' || p[-2] == ':' || p[-2] == '"'))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "Redding");
  return we;
}

/* "the escalating row", "a row over funding": a quarrel (espeak-ng
 * says a line, "roe"), after a word that heats it or before "over",
 * "with" or "between"; respelled "rau". */
static const char *row_quarrel(struct norm *n, const char *p, const char *we) {
  static const char *const heats[] = {
      "bitter",    "blazing", "diplomatic", "escalating", "furious",
      "growing",   "heated",  "political",  "public",     "simmering",
      "deepening", "legal",   "angry",      "damaging"};
  static const char *const after[] = {"over", "with", "between", "involving"};
  /* "the AMA row seems to be over": a quarrel's verbs after it */
  static const char *const goes_on[] = {
      "broke",     "deepens", "erupted", "erupts", "escalates",
      "flared",    "grows",   "rumbles", "seems"};
  const char *w, *we2;
  if (we - p != 3 || memcmp(p, "row", 3)) /* "Savile Row" is a name */
    return NULL;
  /* "in a row", "the third game in a row with a late goal" */
  if ((w = ks_norm_prev_word(n, p, &we2)) != NULL &&
      (w = ks_norm_prev_word(n, w, &we2)) != NULL &&
      eq_ci(w, (size_t)(we2 - w), "in"))
    return NULL;
  /* "Assembly recalled amid mandate row", "embroiled in a pay row": a
   * quarrel's own words a few words before, a determiner or a noun right
   * before it (set BD) */
  static const char *const stirs[] = {
      "amid",     "embroiled", "fuelled", "fuels",    "reignites",
      "sparked",  "sparking",  "sparks",  "triggered", "triggers"};
  /* (not a row's place or a row of things: "amid the front row", "amid a
   * row of tents", "along the row") */
  static const char *const places[] = {
      "back",   "bottom", "death", "eighth", "end",    "fifth", "first",
      "fourth", "front",  "last",  "middle", "next",   "ninth", "same",
      "second", "seventh", "sixth", "skid",  "tenth",  "third", "top"};
  static const char *const along[] = {"across", "along", "down", "in", "on",
                                      "up"};
  const char *aw, *awe;
  bool stirred = n->prev && n->prev + n->prev_len + 1 == p &&
                 ks_is_lower((unsigned char)*n->prev) &&
                 !word_is(n->prev, n->prev_len, places, N_OF(places)) &&
                 !starts(we, n->end, " of ") &&
                 !starts(we, n->end, " after ") &&
                 !((aw = ks_norm_prev_word(n, n->prev, &awe)) != NULL &&
                   word_is(aw, (size_t)(awe - aw), along, N_OF(along))) &&
                 ks_norm_word_within(n, p, 4, stirs, N_OF(stirs));
  if (!stirred &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        word_is(n->prev, n->prev_len, heats, N_OF(heats))) &&
      !(ks_norm_next_is(n, we, after, N_OF(after)) &&
        ks_norm_after_determiner(n, p)) &&
      !(ks_norm_next_is(n, we, goes_on, N_OF(goes_on)) &&
        (ks_norm_after_determiner(n, p) ||
         (n->prev && n->prev + n->prev_len + 1 == p &&
          ks_is_upper((unsigned char)*n->prev)))))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p == 'R' ? 'R' : 'r');
  ks_buf_puts(n->out, "au");
  return we;
}

/* "dove deeper", "dove into the pool": the past of "dive" (espeak-ng
 * says the bird), in small letters after its subject (a name, a pronoun,
 * a plural: "divers dove"; not "the white dove in the tree") and before
 * a word of where or how far; respelled "doave". */
static const char *dove_past(struct norm *n, const char *p, const char *we) {
  static const char *const ways[] = {
      "back", "below",     "beneath", "deep",      "deeper", "down",
      "for",  "headfirst", "in",      "into",      "off",    "onto",
      "out",  "through",   "under",   "underwater"};
  static const char *const subjects[] = {"he",   "i",  "she", "then",
                                         "they", "we", "who"};
  if (we - p != 4 || memcmp(p, "dove", 4) != 0 ||
      !ks_norm_next_is(n, we, ways, N_OF(ways)) || !n->prev ||
      n->prev + n->prev_len + 1 != p ||
      !(word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) ||
        ks_norm_plural_noun(n->prev, n->prev_len) ||
        (ks_is_upper((unsigned char)*n->prev) &&
         !ks_norm_after_determiner(n, p))))
    return NULL;
  say(n, "doave");
  return we;
}

/* "has been dogged by": the verb's past before "by" (espeak-ng says the
 * adjective, "DOG-id"); respelled "dogd". Not "dogged determination". */
static const char *dogged_past(struct norm *n, const char *p, const char *we) {
  if (we - p != 6 || memcmp(p, "dogged", 6) || !starts(we, n->end, " by "))
    return NULL;
  say(n, "dogd");
  return we;
}

/* "Advocate Nomvula Dlamini", "despite advocates on both sides",
 * "consumer advocates say": the noun (espeak-ng says the verb's "-ate"),
 * as a title before a name, after a determiner or a preposition, or as
 * the subject of a verb of saying; respelled "advokit(s)". */
static const char *advocate_noun(struct norm *n, const char *p,
                                 const char *we) {
  static const char *const before[] = {
      "a",   "among", "an",  "by",    "despite", "for",   "from",  "her",
      "his", "its",   "my",  "of",    "our",     "the",   "their", "these",
      "those", "with", "your"};
  static const char *const says[] = {"argue", "argued", "believe", "fear",
                                     "had",   "have",   "hope",    "said",
                                     "say",   "urged",  "warned",  "were"};
  size_t len = (size_t)(we - p);
  bool plural = len == 9;
  if ((len != 8 && len != 9) || !eq_ci(p, 8, "advocate") ||
      memcmp(p + 1, "dvocate", 7) || (plural && p[8] != 's'))
    return NULL;
  bool title = *p == 'A' && !plural && we + 2 < n->end && *we == ' ' &&
               ks_is_upper((unsigned char)we[1]) &&
               ks_is_lower((unsigned char)we[2]);
  /* (the plural after a count too: "hired three advocates"; set AW) */
  static const char *const counts[] = {
      "eight", "five",  "four",  "many", "more",  "nine", "other",
      "seven", "several", "six", "some", "ten",   "three", "two"};
  bool counted = plural && n->prev && n->prev + n->prev_len + 1 == p &&
                 (word_is(n->prev, n->prev_len, counts, N_OF(counts)) ||
                  ks_is_digit((unsigned char)*n->prev));
  if (!title && !counted &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        word_is(n->prev, n->prev_len, before, N_OF(before))) &&
      !(plural && ks_norm_next_is(n, we, says, N_OF(says))))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p == 'A' ? 'A' : 'a');
  ks_buf_puts(n->out, plural ? "dvokits" : "dvokit");
  return we;
}

/* "fewer duplicate apps", "a duplicate", "an elaborate plan": the
 * adjective or the noun, which espeak-ng says as the verb ("-kate");
 * after a determiner or a word of how many, or first in the sentence
 * before a noun; respelled as espeak-ng says the adjective. */
static const char *ate_adjective(struct norm *n, const char *p,
                                 const char *we) {
  static const struct {
    const char *word, *adjective;
  } words[] = {{"duplicate", "dooplikit"}, {"elaborate", "elabberit"}};
  static const char *const counts[] = {"fewer", "many",    "more", "most",
                                       "no",    "several", "some", "any"};
  const char *said = NULL;
  for (size_t i = 0; i < N_OF(words) && !said; i++)
    if ((size_t)(we - p) == strlen(words[i].word) &&
        eq_ci(p, (size_t)(we - p), words[i].word))
      said = words[i].adjective;
  /* (not "programmes that duplicate", "let her elaborate": a relative's
   * and an object's pronoun; after a count word only before its noun,
   * "some elaborate on" is the verb; first in a sentence it may be an
   * order, "Duplicate layers with Ctrl+J") */
  static const char *const pronouns[] = {"her", "that"};
  if (!said ||
      !((ks_norm_after_determiner(n, p) &&
         !ks_norm_word_before(n, p, pronouns, N_OF(pronouns))) ||
        (ks_norm_word_before(n, p, counts, N_OF(counts)) &&
         ks_norm_noun_after(n, we))))
    return NULL;
  sep(n);
  if (ks_is_upper((unsigned char)*p)) {
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)said[0]));
    ks_buf_puts(n->out, said + 1);
  } else {
    ks_buf_puts(n->out, said);
  }
  return we;
}

/* "associate professor": the rank, an adjective (espeak-ng says the
 * verb), before the titles it goes with; respelled "associet". */
static const char *associate_rank(struct norm *n, const char *p,
                                  const char *we) {
  static const char *const ranks[] = {
      "administrator", "administrators", "counsel",   "dean",     "degree",
      "director",      "directors",      "editor",    "editors",  "justice",
      "justices",      "member",         "members",   "minister", "partner",
      "partners",      "pastor",         "principal", "producer", "producers",
      "professor",     "professors",     "provost",   "vice"};
  /* words that open the verb's object: "associate the director with" */
  static const char *const objects[] = {
      "a",     "an",   "her",   "him",  "his",   "its", "our", "the",
      "their", "them", "these", "this", "those", "us",  "your"};
  const char *x = we, *xe;
  bool rank = false;
  bool rank_place = *p == 'A' || ks_norm_after_determiner(n, p);
  if (we - p != 9 || !eq_ci(p, 9, "associate"))
    return NULL;
  /* "Associate NFL Editor", "associate managing editor": up to two
   * words of the field between the rank and its title */
  for (int k = 0; k < (rank_place ? 3 : 1) && !rank; k++) {
    const char *w = ks_norm_next_word(n, x, &xe);
    if (!w || (x < n->end && *x != ' '))
      break;
    rank = word_is(w, (size_t)(xe - w), ranks, N_OF(ranks));
    if (word_is(w, (size_t)(xe - w), objects, N_OF(objects)))
      break;
    x = xe;
  }
  /* "Fans associate Hollywood producers with greed": the verb */
  if (!rank || starts(xe, n->end, " with "))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p == 'A' ? 'A' : 'a');
  ks_buf_puts(n->out, "ssociet");
  return we;
}

/* "minute" the adjective, which espeak-ng says as the unit of time:
 * before the nouns of smallness it goes with ("minute details", "a
 * minute amount"), before "but" or "and" with another adjective, or
 * after a copula where the clause ends ("the difference was minute:");
 * respelled "my-noot". */
static const char *minute_small(struct norm *n, const char *p, const char *we) {
  static const char *const nouns[] = {
      "adjustment", "adjustments", "amount",    "amounts",   "change",
      "changes",    "crack",       "cracks",    "detail",    "details",
      "difference", "differences", "doses",     "errors",    "flaws",
      "fraction",   "fragments",   "particles", "portion",   "quantities",
      "quantity",   "loss",        "risks",     "scrutiny",  "shifts",
      "threats",    "trace",       "traces",    "variation", "variations",
      "increase",   "increases",   "margin",    "margins"};
  static const char *const copulas[] = {"are",     "be",     "is",  "remain",
                                        "remains", "seemed", "was", "were"};
  static const char *const joins[] = {"but"};
  /* "last minute changes", "every minute detail" is the time's */
  static const char *const times[] = {"each", "every", "final", "last",
                                      "one",  "this",  "that"};
  const char *end = n->end, *x, *xe;
  bool small;
  if (we - p != 6 || !eq_ci(p, 6, "minute") || memcmp(p + 1, "inute", 5) ||
      (p > n->s && p[-1] == '-')) /* "up-to-the-minute" */
    return NULL;
  small =
      ks_norm_next_is(n, we, nouns, N_OF(nouns)) &&
      !(p - n->s >= 2 && ks_is_digit((unsigned char)p[-2])); /* "10 minute" */
  /* "every minute detail" is small (but "every minute counts") */
  if (n->prev && n->prev + n->prev_len + 1 == p &&
      word_is(n->prev, n->prev_len, times, N_OF(times)) &&
      !(small && (eq_ci(n->prev, n->prev_len, "every") ||
                  eq_ci(n->prev, n->prev_len, "each"))))
    return NULL;
  /* "mimic minute spectral features": before an adjective of a kind
   * ("-al", "-ic") and a plural, not after a count ("a 10 minute
   * electrical fault") nor as a span ("Within a minute local residents") */
  static const char *const spans[] = {"a", "an", "each", "every", "one", "per"};
  if (!small && (x = ks_norm_next_word(n, we, &xe)) != NULL && xe - x > 4 &&
      ks_is_lower((unsigned char)*x) &&
      (!memcmp(xe - 2, "al", 2) || !memcmp(xe - 2, "ic", 2)) &&
      !(p - n->s >= 2 && ks_is_digit((unsigned char)p[-2])) &&
      !ks_norm_word_before(n, p, spans, N_OF(spans))) {
    const char *y, *ye;
    small = (y = ks_norm_next_word(n, xe, &ye)) != NULL && ye - y > 3 &&
            ks_is_lower((unsigned char)*y) && ye[-1] == 's' && ye[-2] != 's';
  }
  /* "a minute but meaningful change", not "a minute and a half": with
   * an adjective after "but" or "and" */
  if (!small && ks_norm_next_is(n, we, joins, N_OF(joins)) &&
      ks_norm_next_word(n, we, &xe) != NULL &&
      (x = ks_norm_next_word(n, xe, &xe)) != NULL && xe - x > 4 &&
      ks_is_lower((unsigned char)*x))
    small = !memcmp(xe - 3, "ful", 3) || !memcmp(xe - 3, "ant", 3) ||
            !memcmp(xe - 3, "ble", 3) || !memcmp(xe - 3, "ive", 3) ||
            !memcmp(xe - 3, "ous", 3) || !memcmp(xe - 2, "al", 2);
  if (!small && n->prev && n->prev + n->prev_len + 1 == p &&
      word_is(n->prev, n->prev_len, copulas, N_OF(copulas)) &&
      (we == end || *we == ':' || *we == ';' || *we == ',' ||
       (*we == '.' && skip_spaces(we + 1, end) == end)))
    small = true;
  /* "by the most minute of margins", "so minute that": after an adverb
   * of degree, the adjective */
  static const char *const degrees[] = {"extremely", "most", "so", "too"};
  if (!small && ks_norm_word_before(n, p, degrees, N_OF(degrees)))
    small = true;
  /* "There may be minute offsets": before a noun in the plural, with no
   * word of a span or a count before it ("a minute passes", "every
   * minute counts", "10 minute intervals") */
  static const char *const counts[] = {
      "a",       "an",   "any",   "closing", "each",    "eight",
      "every",   "few",  "final", "first",   "fifteen", "five",
      "forty",   "four", "last",  "next",    "nine",    "one",
      "opening", "per",  "same",  "second",  "seven",   "several",
      "single",  "six",  "sixty", "ten",     "that",    "third",
      "thirty",  "this", "three", "twenty",  "two",     "very"};
  if (!small && n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_lower((unsigned char)*p) && ks_is_alpha((unsigned char)*n->prev) &&
      !word_is(n->prev, n->prev_len, counts, N_OF(counts)) &&
      (x = ks_norm_next_word(n, we, &xe)) != NULL && x == we + 1 &&
      xe - x > 4 && ks_is_lower((unsigned char)*x) && xe[-1] == 's' &&
      xe[-2] != 's' && xe[-2] != 'u' && xe[-2] != 'i' && !alnum_at(xe, end) &&
      !(xe < end && *xe == '\'') &&
      !eq_ci(x, (size_t)(xe - x), "hands") && /* the clock's */
      !eq_ci(x, (size_t)(xe - x), "thanks"))
    small = true;
  if (!small)
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *p == 'M' ? "My-noot" : "my-noot");
  return we;
}

/* "a partial tear", "hamstring tears": the injury, which espeak-ng says as
 * the drop from an eye; respelled "tare". */
static const char *tear_injury(struct norm *n, const char *p, const char *we) {
  static const char *const kinds[] = {
      "ACL",      "Achilles", "MCL",     "calf",      "cartilage", "complete",
      "cuff",     "degree",   "groin",   "hamstring", "labral",    "ligament",
      "meniscus", "muscle",   "partial", "retinal",   "rotator",   "tendon"};
  size_t len = (size_t)(we - p);
  bool injury = false;
  if (!((len == 4 && !memcmp(p, "tear", 4)) ||
        (len == 5 && !memcmp(p, "tears", 5))))
    return NULL;
  injury = n->prev && n->prev + n->prev_len + 1 == p &&
           ks_lang_in_list(kinds, N_OF(kinds), n->prev, n->prev_len);
  /* "a tear in his left hamstring": the body's part within three words
   * after "in" */
  if (!injury && starts(we, n->end, " in ")) {
    const char *x = we + 3, *xe;
    for (int k = 0; k < 3 && !injury; k++) {
      const char *w = ks_norm_next_word(n, x, &xe);
      if (!w)
        break;
      injury = ks_lang_in_list(kinds, N_OF(kinds), w, (size_t)(xe - w));
      x = xe;
    }
  }
  /* "a tear in the seal", "a small tear in its hull": a rip in a thing
   * (not "a tear in her eye") */
  if (!injury && len == 4 && starts(we, n->end, " in ")) {
    static const char *const dets[] = {"a", "an", "its", "the"};
    static const char *const sizes[] = {"large", "long", "small", "tiny"};
    const char *d, *de, *x, *xe, *b = n->prev, *be;
    if (b && b + n->prev_len + 1 == p &&
        word_is(b, n->prev_len, sizes, N_OF(sizes)))
      b = ks_norm_prev_word(n, b, &be);
    else
      be = b ? b + n->prev_len : NULL;
    /* not "shed a tear in the chamber", "wiped a tear in the stands" */
    static const char *const cries[] = {"shed",  "sheds",  "shedding", "wiped",
                                        "wipes", "wiping", "brought"};
    const char *c, *ce;
    /* nor in a sentence about crying: "a tear in the corner of her eye",
     * "a tear in the voice" */
    static const char *const weeping[] = {"cheek",     "cried", "crying",
                                          "emotional", "eye",   "eyes",
                                          "voice",     "wept"};
    injury = b && !ks_norm_sentence_has(n, weeping, N_OF(weeping)) &&
             (eq_ci(b, (size_t)(be - b), "a") ||
              eq_ci(b, (size_t)(be - b), "the")) &&
             !((c = ks_norm_prev_word(n, b, &ce)) != NULL &&
               word_is(c, (size_t)(ce - c), cries, N_OF(cries))) &&
             (d = ks_norm_next_word(n, we + 3, &de)) != NULL &&
             word_is(d, (size_t)(de - d), dets, N_OF(dets)) &&
             (x = ks_norm_next_word(n, de, &xe)) != NULL &&
             !eq_ci(x, (size_t)(xe - x), "eye") &&
             !eq_ci(x, (size_t)(xe - x), "eyes");
  }
  /* "would 'tear the heart out'", "to tear its roof off": the verb after
   * a modal or "to", before its object (an opening quote between) */
  if (!injury && len == 4) {
    static const char *const modals[] = {"can",   "could", "may",
                                         "might", "must",  "should",
                                         "to",    "will",  "would"};
    static const char *const objects[] = {
        "a",    "an",    "apart", "down", "her",    "his",
        "into", "it",    "its",   "off",  "open",   "our",
        "the",  "their", "them",  "this", "through"};
    const char *b = p, *w, *wend;
    if (b - n->s >= 1 && (*(b - 1) == '\'' || *(b - 1) == '"'))
      b--;
    else if (b - n->s >= 3 && (!memcmp(b - 3, "\xE2\x80\x98", 3) ||
                               !memcmp(b - 3, "\xE2\x80\x9C", 3)))
      b -= 3;
    injury = (w = ks_norm_prev_word(n, b, &wend)) != NULL && wend + 1 == b &&
             word_is(w, (size_t)(wend - w), modals, N_OF(modals)) &&
             ks_norm_next_is(n, we, objects, N_OF(objects));
  }
  if (!injury)
    return NULL;
  sep(n);
  ks_buf_puts(n->out, len == 4 ? "tare" : "tares");
  return we;
}

/* "Closer Ike Abernathy worked a 1-2-3 ninth", "the Mariners' closer
 * Andres Munoz": the pitcher who closes a game, before his name (espeak-ng
 * says the comparative, "cloce-er"); respelled "clozer". */
static const char *closer_pitcher(struct norm *n, const char *p,
                                  const char *we) {
  const char *a, *ae, *b, *be;
  if (we - p != 6 || !eq_ci(p, 6, "closer") || memcmp(p + 1, "loser", 5))
    return NULL;
  /* "dedicates the closer, 'Brixton Hill'", "the Mets' closer": the
   * last song or the pitcher, a noun after a possessive or a determiner
   * at a clause's end (not "the closer, the better") */
  {
    static const char *const dets[] = {"a",   "her", "his",   "its",
                                       "our", "the", "their", "your"};
    /* the possessive's apostrophe ends the word before: "Mets' closer" */
    bool owned =
        p - n->s >= 3 && p[-1] == ' ' &&
        ((p[-2] == '\'' && p[-3] == 's') ||
         (p - n->s >= 5 && !memcmp(p - 4, "\xE2\x80\x99", 3) && p[-5] == 's'));
    bool det = ks_is_lower((unsigned char)*p) &&
               (owned || (n->prev && n->prev + n->prev_len + 1 == p &&
                          word_is(n->prev, n->prev_len, dets, N_OF(dets))));
    /* not a comparative paired with another ("a closer, more open
     * partnership", "a closer, deeper tie") */
    const char *c2, *c2e;
    bool paired = starts(we, n->end, ", ") &&
                  (c2 = ks_norm_next_word(n, we + 1, &c2e)) != NULL &&
                  (eq_ci(c2, (size_t)(c2e - c2), "more") ||
                   (c2e - c2 > 3 && c2e[-2] == 'e' && c2e[-1] == 'r'));
    if (det && !paired &&
        (starts(we, n->end, ".") || starts(we, n->end, ")") ||
         (starts(we, n->end, ", ") && !starts(we, n->end, ", the ")))) {
      sep(n);
      ks_buf_puts(n->out, "clozer");
      return we;
    }
  }
  if (ks_norm_after_determiner(n, p)) /* "A Closer Look At" */
    return NULL;
  a = ks_norm_next_word(n, we, &ae);
  /* a given name with an accent: "Tom\xc3\xa1s Ibarra" */
  while (a && ae < n->end &&
         ((unsigned char)*ae >= 0x80 || ks_is_alpha((unsigned char)*ae)))
    ae++;
  if (!a || a != we + 1 || !ks_is_upper((unsigned char)*a) || ae - a < 2 ||
      !ks_is_lower((unsigned char)a[1]) ||
      (b = ks_norm_next_word(n, ae, &be)) == NULL || b != ae + 1 ||
      !ks_is_upper((unsigned char)*b))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p);
  ks_buf_puts(n->out, "lozer");
  return we;
}

/* "apart" within the five words after we, before the clause ends:
 * "tear the crystal structure apart". */
static bool apart_soon(const struct norm *n, const char *we) {
  const char *x = we, *xe;
  for (int i = 0; i < 5; i++) {
    if (x < n->end && strchr(",;:.!?", *x))
      return false;
    if ((x = ks_norm_next_word(n, x, &xe)) == NULL)
      return false;
    if (eq_ci(x, (size_t)(xe - x), "apart"))
      return true;
    x = xe;
  }
  return false;
}

/* "rivers that wind for kilometers", "storms tear through": the verbs,
 * which espeak-ng says as the air's wind and the eye's tear, before a
 * word of their way, after their subject (a plural, "that", "which", a
 * modal or "to"), not after a determiner ("a cold wind through the
 * trees"); respelled "wined", "tare". */
static const char *way_verb(struct norm *n, const char *p, const char *we) {
  static const char *const ways[] = {
      "across", "along", "apart", "around",  "down",   "for",     "into",
      "off",    "past",  "round", "through", "toward", "towards", "up"};
  static const char *const subjects[] = {"and",   "can",  "could", "may",
                                         "might", "that", "they",  "to",
                                         "which", "will", "would"};
  static const char *const coils[] = {"down", "up"};
  size_t len = (size_t)(we - p);
  bool wind = len == 4 && !memcmp(p, "wind", 4),
       tear = len == 4 && !memcmp(p, "tear", 4);
  /* "the band tear through the set", "rebels tear into", "a small tear
   * through the lining": before "through", "into" or "apart", the verb
   * or a rip, never a drop from an eye */
  static const char *const rips[] = {"apart", "into", "through"};
  if (tear && n->prev && n->prev + n->prev_len + 1 == p &&
      ks_norm_next_is(n, we, rips, N_OF(rips))) {
    say(n, "tare");
    return we;
  }
  /* "wind the clock", "wind back the cuts": the verb of a mechanism, or
   * "back" before its object (not "strong wind back in February") */
  static const char *const wound[] = {"clock", "clocks", "spring",
                                      "watch", "window", "windows"};
  static const char *const objects_of[] = {"her",  "his", "its",   "our",
                                           "some", "the", "their", "those"};
  const char *t, *te;
  if (len == 4 && eq_ci(p, 4, "wind") && !ks_norm_after_determiner(n, p) &&
      ((starts_ci(we, n->end, " back ") &&
        ks_norm_next_is(n, we + 5, objects_of, N_OF(objects_of))) ||
       (starts_ci(we, n->end, " the ") &&
        (t = ks_norm_next_word(n, we + 4, &te)) != NULL &&
        word_is(t, (size_t)(te - t), wound, N_OF(wound))))) {
    say(n, *p == 'W' ? "Wined" : "wined");
    return we;
  }
  if (tear && n->prev && n->prev + n->prev_len + 1 == p &&
      (/* "wear and tear" */
       (eq_ci(n->prev, n->prev_len, "and") && n->prev - n->s >= 5 &&
        eq_ci(n->prev - 5, 4, "wear")) ||
       /* "could tear the crystal structure apart": its object between */
       (word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) &&
        apart_soon(n, we)))) {
    say(n, "tare");
    return we;
  }
  /* "tear-down", "tear-off": a compound of the verb */
  if (tear && we < n->end - 1 && *we == '-' &&
      (starts(we + 1, n->end, "down") || starts(we + 1, n->end, "off") ||
       starts(we + 1, n->end, "away"))) {
    say(n, "tare");
    return we;
  }
  /* "wind your way south", "winds its way": a way's verb before a
   * possessive and "way" */
  if (wind && we < n->end - 5 &&
      (p == n->s ||
       (p - n->s >= 2 && p[-1] == ' ' && (p[-2] == ',' || p[-2] == ';')) ||
       (n->prev && n->prev + n->prev_len + 1 == p &&
        (word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) ||
         eq_ci(n->prev, n->prev_len, "you") ||
         eq_ci(n->prev, n->prev_len, "then"))))) {
    static const char *const owners[] = {"her", "his",   "its", "my",
                                         "our", "their", "your"};
    const char *o, *oe;
    if ((o = ks_norm_next_word(n, we, &oe)) != NULL &&
        word_is(o, (size_t)(oe - o), owners, N_OF(owners)) &&
        starts(oe, n->end, " way") && !alnum_at(oe + 4, n->end)) {
      say(n, *p == 'W' ? "Wined" : "wined");
      return we;
    }
  }
  /* "The tram winds through Graca", "a fire tears through": the third
   * person after a thing that goes somewhere (a way, a vehicle) or that
   * rips (a storm, a fire), before a word of its way */
  bool winds = len == 5 && !memcmp(p, "winds", 5),
       tears = len == 5 && !memcmp(p, "tears", 5);
  if ((winds || tears) && n->prev && n->prev + n->prev_len + 1 == p &&
      (ks_norm_next_is(n, we, ways, N_OF(ways)) ||
       (winds && starts(we, n->end, " its way")))) {
    static const char *const goers[] = {
        "canal",    "creek",  "drive", "highway",    "lane",   "line",
        "motorway", "parade", "path",  "procession", "queue",  "railway",
        "river",    "road",   "route", "stream",     "street", "tour",
        "track",    "trail",  "train", "tram",       "walk"};
    static const char *const rippers[] = {
        "blaze",     "bushfire", "cyclone", "fire",    "flood",
        "hurricane", "storm",    "tornado", "twister", "virus",
        "wildfire",  "quake",    "outbreak"};
    if (winds ? word_is(n->prev, n->prev_len, goers, N_OF(goers))
              : word_is(n->prev, n->prev_len, rippers, N_OF(rippers))) {
      say(n, winds ? "wineds" : "tares");
      return we;
    }
  }
  /* "as big projects wind down": after a plural, "up" and "down" make it
   * the verb, which espeak-ng says so only after a pronoun (set BF) */
  if (wind && n->prev && n->prev + n->prev_len + 1 == p &&
      ks_norm_next_is(n, we, coils, N_OF(coils)) &&
      ks_norm_plural_noun(n->prev, n->prev_len) &&
      ks_is_lower((unsigned char)*n->prev)) {
    say(n, "wined");
    return we;
  }
  /* "the rain and wind for the north": the weather's wind after another
   * of the weather's nouns and "and" */
  static const char *const weather[] = {"cold",  "fog",    "hail",  "heat",
                                        "ice",   "rain",   "sleet", "snow",
                                        "storm", "storms", "sun",   "waves"};
  const char *a, *ae;
  if (wind && n->prev && eq_ci(n->prev, n->prev_len, "and") &&
      (a = ks_norm_prev_word(n, n->prev, &ae)) != NULL &&
      word_is(a, (size_t)(ae - a), weather, N_OF(weather)))
    return NULL;
  if ((!wind && !tear) || !n->prev || n->prev + n->prev_len + 1 != p ||
      !ks_norm_next_is(n, we, ways, N_OF(ways)) ||
      /* "wind up", "wind down": espeak-ng says them right */
      (wind && ks_norm_next_is(n, we, coils, N_OF(coils))) ||
      !(word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) ||
        (ks_is_lower((unsigned char)*n->prev) &&
         ks_norm_plural_noun(n->prev, n->prev_len))))
    return NULL;
  say(n, wind ? "wined" : "tare");
  return we;
}

/* "wound up in court", "wound its way", "wound down the fund", "she
 * wound the bandage": the past of "wind", which espeak-ng says as the
 * injury; respelled "wownd". */
static const char *wound_past(struct norm *n, const char *p, const char *we) {
  static const char *const after[] = {"down", "its", "their", "up"};
  /* "a gunshot wound", "the stab wound": the injury */
  static const char *const hurts[] = {"bullet",   "chest",   "entry", "exit",
                                      "flesh",    "gunshot", "head",  "knife",
                                      "puncture", "stab"};
  /* "she wound the bandage": after a pronoun, a verb whatever follows */
  /* (after "they", "we", "I" it may be the present of "to wound") */
  static const char *const pronouns[] = {"he", "it", "she"};
  if (we - p == 5 && !memcmp(p, "wound", 5) && n->prev &&
      n->prev + n->prev_len + 1 == p &&
      word_is(n->prev, n->prev_len, pronouns, N_OF(pronouns))) {
    sep(n);
    ks_buf_puts(n->out, "wownd");
    return we;
  }
  if (we - p != 5 || !eq_ci(p, 5, "wound") || memcmp(p + 1, "ound", 4) ||
      !ks_norm_next_is(n, we, after, N_OF(after)) ||
      (n->prev && n->prev + n->prev_len + 1 == p &&
       word_is(n->prev, n->prev_len, hurts, N_OF(hurts))) ||
      /* "a wound up the arm", "the wound down his leg": the noun */
      ks_norm_after_determiner(n, p))
    return NULL;
  /* "its way", "their way" only */
  if ((starts(we, n->end, " its ") || starts(we, n->end, " their ")) &&
      !starts(we + (we[2] == 't' ? 5 : 7), n->end, "way"))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *p == 'W' ? "Wownd" : "wownd");
  return we;
}

/* The word w[0..wl) is an adverb that goes before a passive's "used":
 * one in "-ly" or "often" ("widely used to be", "often used to mean"). */
static bool adverb_of_passive(const char *w, size_t wl) {
  return (wl > 2 && w[wl - 2] == 'l' && w[wl - 1] == 'y') ||
         eq_ci(w, wl, "often");
}

/* "it used to promise": the habit, said "yoost", which espeak-ng says as
 * the past of the verb ("yoozd"); after a pronoun or an adverb of time
 * only (not "the money used to buy guns", "is used to make"). */
static const char *used_to(struct norm *n, const char *p, const char *we) {
  static const char *const subjects[] = {"always", "he",   "I",  "it",  "never",
                                         "she",    "they", "we", "who", "you"};
  /* words that may come before the subject of a clause: not a noun, as in
   * "the knife he used to kill" */
  static const char *const links[] = {
      "and",  "as",   "because", "but",  "if",    "since", "so",
      "than", "that", "what",    "when", "where", "which", "while"};
  /* verbs that are only ever a habit after "used to": "the actor he used
   * to be" */
  static const char *const habits[] = {"be",    "go",    "have", "know",
                                       "like",  "live",  "love", "say",
                                       "think", "visit", "work"};
  /* after a person ("Grandpa used to tell us"), more: a person's habits */
  static const char *const person_habits[] = {
      "be",   "come",  "go",   "have",  "know", "like", "live",
      "love", "say",   "sit",  "tell",  "think", "visit", "wait", "walk",
      "work"};
  /* people, whose habits those are ("residents used to wait", set BE) */
  static const char *const people[] = {
      "children", "elders", "families", "farmers", "fishermen", "locals",
      "men",      "parents", "people",  "residents", "villagers", "women"};
  const char *b, *be;
  /* "is used to working", "a vet used to dialing up pals": before a
   * gerund, used to it, "yoost" whatever comes before */
  if (we - p == 4 && eq_ci(p, 4, "used") && *p == 'u' &&
      starts(we, n->end, " to ") && we + 4 < n->end) {
    static const char *const not_gerunds[] = {
        "bring", "cling",  "fling", "sling", "spring",
        "sting", "string", "swing", "thing", "wring"};
    const char *g = we + 4, *ge = alpha_end(g, n->end);
    /* (and before a noun no verb ends so, "a region used to crisis",
     * "used to isolation"; or "it", "them": used to them) */
    size_t gl = (size_t)(ge - g);
    static const char *const adverbs_s[] = {
        "afterwards", "always", "besides", "nevertheless", "nonetheless",
        "perhaps",    "sometimes", "towards"};
    /* (endings no verb has: not "-tion", "mention"; "-ment", "implement") */
    static const char *const endings[] = {"ity", "ness", "sis"};
    bool noun = false;
    for (size_t i = 0; i < N_OF(endings) && !noun; i++) {
      size_t el = strlen(endings[i]);
      noun = gl > el + 2 && !memcmp(ge - el, endings[i], el);
    }
    noun = noun || (gl == 2 && !memcmp(g, "it", 2)) ||
           (gl == 4 && !memcmp(g, "them", 4)) ||
           /* a plural, which no bare verb after "to" is: "a coast used to
            * cyclones" (not "used to press", "focus", "bias", "analysis") */
           (gl >= 4 && ge[-1] == 's' && !strchr("suia", ge[-2]) &&
            !word_is(g, gl, adverbs_s, N_OF(adverbs_s)));
    if ((noun || (ge - g > 4 && !memcmp(ge - 3, "ing", 3) &&
                  !word_is(g, (size_t)(ge - g), not_gerunds,
                           N_OF(not_gerunds)))) &&
        ks_is_lower((unsigned char)*g) && !alnum_at(ge, n->end)) {
      sep(n);
      ks_buf_puts(n->out, "yoost");
      return we;
    }
  }
  if (we - p != 4 || !eq_ci(p, 4, "used") || *p != 'u' ||
      !starts(we, n->end, " to ") || we + 4 >= n->end || !n->prev ||
      n->prev + n->prev_len + 1 != p || ks_is_upper((unsigned char)we[4]))
    return NULL;
  /* "fuel for the day used to be six hundred shillings": before "be",
   * a habit after any noun (the passive has its "was": "was used to be")
   */
  static const char *const be_forms[] = {"am",   "are", "be",   "been",
                                         "being", "get", "gets", "got",
                                         "is",   "was", "were"};
  /* (before an amount, an article or a word of degree after "be": "used
   * to be six hundred shillings", "used to be a bank"; not an adverb's
   * passive, "widely used to be honest") */
  static const char *const be_what[] = {
      "a",    "an",   "cheap", "free", "much", "one",  "only",
      "quite", "so",  "the",   "two",  "very", "worth"};
  const char *bw = we + 7, *bwe = alpha_end(bw, n->end);
  if (starts(we, n->end, " to be ") &&
      !word_is(n->prev, n->prev_len, be_forms, N_OF(be_forms)) &&
      ks_is_lower((unsigned char)*n->prev) &&
      !adverb_of_passive(n->prev, n->prev_len) &&
      (ks_is_digit((unsigned char)*bw) ||
       /* an amount with its sign or code: "Sh600", "$5" */
       (bw < n->end - 2 && !ks_is_lower((unsigned char)*bw) &&
        (ks_is_digit((unsigned char)bw[1]) ||
         (ks_is_alpha((unsigned char)bw[1]) && ks_is_digit((unsigned char)bw[2])))) ||
       ks_num_word_value(bw, (size_t)(bwe - bw)) > 0 ||
       word_is(bw, (size_t)(bwe - bw), be_what, N_OF(be_what)))) {
    sep(n);
    ks_buf_puts(n->out, "yoost");
    return we;
  }
  /* "Christmas used to cost me a day": before a verb that is never what
   * a thing is used for, a habit after any word (set BD) */
  /* (not the passive, "is used to mean"; "cost" only before whom it
   * cost or how much, not "the model used to cost the policy") */
  /* ("a man ... at night used to wait for the morning flight", set BE) */
  static const char *const never_for[] = {"belong", "exist", "happen",
                                          "matter", "mean",  "seem",
                                          "wait"};
  static const char *const whom[] = {"her", "him", "me", "them", "us", "you"};
  const char *cw = we + 4, *cwe = alpha_end(cw, n->end);
  bool cost = cwe - cw == 4 && !memcmp(cw, "cost", 4) && cwe < n->end - 1 &&
              *cwe == ' ' &&
              (ks_norm_next_is(n, cwe, whom, N_OF(whom)) ||
               ks_is_digit((unsigned char)cwe[1]) || cwe[1] == '$' ||
               (unsigned char)cwe[1] >= 0x80);
  /* (nor an adverb between the passive's verb and it: "is often used to
   * mean", "widely used to mean") */
  const char *pb2, *pb2e;
  bool passive =
      word_is(n->prev, n->prev_len, be_forms, N_OF(be_forms)) ||
      adverb_of_passive(n->prev, n->prev_len) ||
      eq_ci(n->prev, n->prev_len, "now") ||
      eq_ci(n->prev, n->prev_len, "also") ||
      ((pb2 = ks_norm_prev_word(n, n->prev, &pb2e)) != NULL &&
       word_is(pb2, (size_t)(pb2e - pb2), be_forms, N_OF(be_forms)));
  /* ("wait" not after a plural, whose clause may be one of use: "the
   * excuse ministers used to wait") */
  static const char *const wait[] = {"wait"};
  if ((cost || (ks_norm_next_is(n, we + 3, never_for, N_OF(never_for)) &&
                !(ks_norm_next_is(n, we + 3, wait, 1) &&
                  ks_norm_plural_noun(n->prev, n->prev_len)))) &&
      !passive) {
    sep(n);
    ks_buf_puts(n->out, "yoost");
    return we;
  }
  /* "subdomains, which used to contain", "the house that used to stand":
   * a relative pronoun's clause, where the passive would have its "was" */
  static const char *const relatives[] = {"that", "which"};
  if (word_is(n->prev, n->prev_len, relatives, N_OF(relatives)) &&
      ks_is_lower((unsigned char)we[4])) {
    sep(n);
    ks_buf_puts(n->out, "yoost");
    return we;
  }
  /* "My mom used to say", "Grandpa used to work": before a verb that is
   * only ever a habit, after a person's noun with a possessive before it
   * or a name ("the tools used to work the land" is the passive) */
  if (!word_is(n->prev, n->prev_len, subjects, N_OF(subjects))) {
    static const char *const owners[] = {"her", "his",   "my",
                                         "our", "their", "your"};
    const char *o, *oe;
    /* (people's noun first, or after a determiner or a word of kind:
     * not "the tools farmers used to work the land", whose noun before
     * is what they used) */
    static const char *const people_before[] = {
        "and",  "as",    "but",   "local", "many", "most",  "older",
        "our",  "some",  "the",   "their", "these", "those", "when",
        "where", "young"};
    const char *pp, *ppe;
    bool person =
        (word_is(n->prev, n->prev_len, people, N_OF(people)) &&
         (ks_norm_first_of_sentence(n, n->prev) ||
          ((pp = ks_norm_prev_word(n, n->prev, &ppe)) != NULL &&
           word_is(pp, (size_t)(ppe - pp), people_before,
                   N_OF(people_before))))) ||
        (ks_is_upper((unsigned char)*n->prev) && n->prev_len > 1 &&
         ks_is_lower((unsigned char)n->prev[1]) && !determined(n, n->prev)) ||
        ((o = ks_norm_prev_word(n, n->prev, &oe)) != NULL &&
         word_is(o, (size_t)(oe - o), owners, N_OF(owners)));
    if (!ks_norm_next_is(n, we + 3, person_habits, N_OF(person_habits)) ||
        !person)
      return NULL;
    sep(n);
    ks_buf_puts(n->out, "yoost");
    return we;
  }
  if ((b = ks_norm_prev_word(n, n->prev, &be)) != NULL &&
      ks_is_lower((unsigned char)*b) &&
      !word_is(b, (size_t)(be - b), links, N_OF(links)) &&
      !ks_norm_next_is(n, we + 3, habits, N_OF(habits)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "yoost");
  return we;
}

/* "surges 14% to record high", "fell to record lows": the adjective after
 * "to" (a headline's, with its article left out), which espeak-ng says as
 * the verb there; respelled "reckerd". */
static const char *record_after_to(struct norm *n, const char *p,
                                   const char *we) {
  static const char *const marks[] = {"high", "highs",  "levels",
                                      "low",  "lows",   "territory"};
  /* a move there: "rose to", "14% to", "per cent to" (not "want to
   * record high notes") */
  static const char *const moves[] = {
      "cent",    "climb",   "climbed", "climbs",  "dropped", "fall",
      "fallen",  "falls",   "fell",    "jump",    "jumped",  "jumps",
      "plunged", "rallied", "rise",    "risen",   "rises",   "rose",
      "sank",    "slid",    "slumped", "soared",  "soars",   "surge",
      "surged",  "surges",  "tumbled"};
  const char *b, *be;
  if (we - p != 6 || memcmp(p, "record", 6) || !n->prev ||
      n->prev + n->prev_len + 1 != p || !eq_ci(n->prev, n->prev_len, "to") ||
      !ks_norm_next_is(n, we, marks, N_OF(marks)))
    return NULL;
  /* not "to record high-energy tracks", "to record levels of pollution" */
  const char *mwe;
  if (ks_norm_next_word(n, we, &mwe) != NULL &&
      ((mwe < n->end && *mwe == '-') || starts(mwe, n->end, " of ")))
    return NULL;
  /* (or before a plural, "highs", "lows", "levels", after a measure that
   * moves there: "drives demand to record levels"; not "asked to record
   * highs", "sensors installed to record levels") */
  static const char *const plurals[] = {"highs", "levels", "lows"};
  static const char *const measures[] = {
      "arrivals",  "attendance", "consumption", "costs",   "debt",
      "demand",    "enrolment",  "exports",     "imports", "inflation",
      "numbers",   "output",     "prices",      "production", "profits",
      "rates",     "sales",      "shares",      "stocks",  "temperatures",
      "turnout",   "unemployment", "usage",     "visitors"};
  bool plural = ks_norm_next_is(n, we, plurals, N_OF(plurals));
  b = ks_norm_prev_word(n, n->prev, &be);
  if (!(n->prev - n->s >= 2 && n->prev[-1] == ' ' &&
        (n->prev[-2] == '%' || ks_is_digit((unsigned char)n->prev[-2]))) &&
      !(b && word_is(b, (size_t)(be - b), moves, N_OF(moves))) &&
      !(plural && b && word_is(b, (size_t)(be - b), measures, N_OF(measures))))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "reckerd");
  return we;
}

/* "its highest close since January": the market's close, a noun said as
 * the verb, after a superlative or "record"; "Close the oven door": the
 * verb first in a sentence before its object. Respelled "cloze". */
static const char *close_noun(struct norm *n, const char *p, const char *we) {
  static const char *const objects[] = {"all", "any", "the", "your"};
  const char *w = n->prev;
  size_t wl = n->prev_len;
  if (we - p != 5 || !eq_ci(p, 5, "close") || memcmp(p + 1, "lose", 4))
    return NULL;
  if (p == n->s && *p == 'C' &&
      ks_norm_next_is(n, we, objects, N_OF(objects))) {
    sep(n);
    ks_buf_puts(n->out, "Cloze");
    return we;
  }
  /* "shares fell by the 3:30 p.m. close", "at the close.", "Friday's
   * close,": the market's close where its clause ends, after a time, a
   * determiner or a possessive (not "came close.") */
  static const char *const dets[] = {"its", "the", "their"};
  static const char *const markets[] = {
      "index",  "indexes", "investors", "market", "markets", "shares",
      "stock",  "stocks",  "trade",     "traded", "traders", "trading"};
  if (*p == 'c' && p - n->s >= 4 && p[-1] == ' ' &&
      (we >= n->end || *we == '.' || *we == ',' || *we == ';') &&
      /* after a time, or in a sentence about a market (not "He valued
       * the close, warm friendship", "a house in the close.") */
      (ks_is_digit((unsigned char)p[-4]) || p[-2] == '.' ||
       ks_norm_sentence_has(n, markets, N_OF(markets))) &&
      ((p - n->s >= 5 && (starts(p - 5, n->end, "a.m. ") ||
                          starts(p - 5, n->end, "p.m. "))) ||
       ((p[-3] == 'a' || p[-3] == 'p') && p[-2] == 'm' &&
        ks_is_digit((unsigned char)p[-4])) ||
       (w && w + wl + 1 == p &&
        (word_is(w, wl, dets, N_OF(dets)) ||
         (wl > 3 && ks_is_upper((unsigned char)*w) &&
          contraction(w, wl) != NULL && !strcmp(contraction(w, wl), "s")))))) {
    sep(n);
    ks_buf_puts(n->out, "cloze");
    return we;
  }
  /* "The Nikkei's close was its lowest", "Friday's close of 38,000": a
   * market's close after a possessive, before a verb of being or "of" */
  static const char *const was_of[] = {"is", "of", "was", "were"};
  if (w && w + wl + 1 == p && *p == 'c' && wl > 3 &&
      ks_is_upper((unsigned char)*w) && contraction(w, wl) != NULL &&
      !strcmp(contraction(w, wl), "s") &&
      ks_norm_next_is(n, we, was_of, N_OF(was_of))) {
    sep(n);
    ks_buf_puts(n->out, "cloze");
    return we;
  }
  /* "the close of trading", "towards the close of its run": the end */
  if (w && w + wl + 1 == p && *p == 'c' && word_is(w, wl, dets, N_OF(dets)) &&
      starts(we, n->end, " of ")) {
    sep(n);
    ks_buf_puts(n->out, "cloze");
    return we;
  }
  /* "after the market close", "before market close": the trading day's
   * end, after "market" and a determiner or a word of time (not "a
   * market close to home") */
  static const char *const times[] = {"after", "at",    "before", "by",
                                      "the",   "until", "near"};
  const char *m, *me;
  static const char *const nears[] = {"at", "by", "enough", "to", "together"};
  if (w && w + wl + 1 == p && *p == 'c' && eq_ci(w, wl, "market") &&
      (m = ks_norm_prev_word(n, w, &me)) != NULL && me + 1 == w &&
      word_is(m, (size_t)(me - m), times, N_OF(times)) &&
      !ks_norm_next_is(n, we, nears, N_OF(nears)) &&
      !ks_norm_noun_after(n, we)) {
    sep(n);
    ks_buf_puts(n->out, "cloze");
    return we;
  }
  /* "still there at the close alongside Joshi", "sold before the close":
   * the end of play or of trading after a preposition of time and "the",
   * unless a noun follows ("at the close range of") */
  /* (not "at the close end of", "at the close to the school") */
  static const char *const near_to[] = {"end", "to"};
  static const char *const whens[] = {"after", "at",      "before",
                                      "by",    "toward",  "towards",
                                      "until"};
  if (w && w + wl + 1 == p && *p == 'c' && eq_ci(w, wl, "the") &&
      (m = ks_norm_prev_word(n, w, &me)) != NULL && me + 1 == w &&
      word_is(m, (size_t)(me - m), whens, N_OF(whens)) &&
      !(we < n->end && *we == '-') &&
      !ks_norm_next_is(n, we, close_nouns, N_OF(close_nouns)) &&
      !ks_norm_next_is(n, we, near_to, N_OF(near_to))) {
    sep(n);
    ks_buf_puts(n->out, "cloze");
    return we;
  }
  /* "Tokyo market close, March 11": the market's close where its clause
   * ends; "Close: 146.40", a table's label for the closing price */
  if ((w && w + wl + 1 == p && *p == 'c' && eq_ci(w, wl, "market") &&
       (we >= n->end || *we == ',' || *we == '.' || *we == ';' ||
        *we == ':')) ||
      (*p == 'C' && we + 2 < n->end && we[0] == ':' && we[1] == ' ' &&
       (ks_is_digit((unsigned char)we[2]) || we[2] == '-' || we[2] == '+'))) {
    sep(n);
    ks_buf_puts(n->out, *p == 'C' ? "Cloze" : "cloze");
    return we;
  }
  static const char *const highs[] = {
      "best",      "biggest",  "firmest", "highest", "last",
      "lowest",    "previous", "prior",   "record",  "sharpest",
      "strongest", "weakest",  "worst"};
  if (!w || w + wl + 1 != p || *p != 'c' ||
      !word_is(w, wl, highs, N_OF(highs)) || ks_norm_noun_after(n, we) ||
      starts(we, n->end, " to "))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "cloze");
  return we;
}

/* "you're content to trade", "seemed content with a draw": the
 * adjective (espeak-ng says the noun, "CON-tent") after a verb of being,
 * perhaps with an adverb between, before "to" or "with"; respelled
 * "contentt". */
static const char *content_adjective(struct norm *n, const char *p,
                                     const char *we) {
  static const char *const beings[] = {
      "am",     "appear",   "appeared", "appears", "are",    "be",
      "been",   "being",    "feel",     "feels",   "felt",   "is",
      "remain", "remained", "remains",  "seem",    "seemed", "seems",
      "stay",   "stayed",   "was",      "were"};
  /* not "more content to watch": a quantity of the noun */
  static const char *const adverbs[] = {"entirely",   "fairly",    "happily",
                                        "not",        "perfectly", "quite",
                                        "reasonably", "seemingly", "very"};
  /* after "is", "was" and their kin, a person's: a pronoun or a name ("he
   * was content with", not "the problem is content with no sources") */
  static const char *const forms[] = {"am",    "are", "be",  "been",
                                      "being", "is",  "was", "were"};
  static const char *const people[] = {"he", "I",   "she", "they",
                                       "we", "who", "you"};
  const char *w = n->prev, *ce;
  size_t wl = n->prev_len;
  if (we - p != 7 || memcmp(p, "content", 7) || !w || w + wl + 1 != p ||
      !(starts(we, n->end, " to ") || starts(we, n->end, " with ")))
    return NULL;
  if (word_is(w, wl, adverbs, N_OF(adverbs))) {
    const char *b, *be;
    if ((b = ks_norm_prev_word(n, w, &be)) == NULL)
      return NULL;
    w = b;
    wl = (size_t)(be - b);
  }
  if (!word_is(w, wl, beings, N_OF(beings)) &&
      !((ce = contraction(w, wl)) != NULL &&
        (!strcmp(ce, "re") || !strcmp(ce, "m") || !strcmp(ce, "s"))))
    return NULL;
  if (word_is(w, wl, forms, N_OF(forms))) {
    const char *s1, *s1e;
    /* over "not", "also" and the auxiliaries: "he was not content" */
    s1 = ks_norm_prev_word(n, w, &s1e);
    while (s1 && (eq_ci(s1, (size_t)(s1e - s1), "not") ||
                  eq_ci(s1, (size_t)(s1e - s1), "also") ||
                  eq_ci(s1, (size_t)(s1e - s1), "never") ||
                  eq_ci(s1, (size_t)(s1e - s1), "will") ||
                  eq_ci(s1, (size_t)(s1e - s1), "would") ||
                  eq_ci(s1, (size_t)(s1e - s1), "has") ||
                  eq_ci(s1, (size_t)(s1e - s1), "have") ||
                  eq_ci(s1, (size_t)(s1e - s1), "had")))
      s1 = ks_norm_prev_word(n, s1, &s1e);
    if (!s1 || !(word_is(s1, (size_t)(s1e - s1), people, N_OF(people)) ||
                 (ks_is_upper((unsigned char)*s1) &&
                  (s1 != n->s || first_a_name(n, s1, (size_t)(s1e - s1))))))
      return NULL;
  }
  say(n, "contentt");
  return we;
}

/* "bow to pressure", "bowing out", "bows to his throne": the verb of
 * bending (espeak-ng says the ribbon's "boh" for "bow" and "bows")
 * before "to", "out", "down" or "before", and the bending taken ("took a
 * bow"); respelled "bau", "baus". And curving, "bowing outwards", said
 * "boh". */
static const char *bow_bend(struct norm *n, const char *p, const char *we) {
  static const char *const ways[] = {"before", "down", "out", "to"};
  static const char *const takes[] = {"take", "taken", "takes", "taking",
                                      "took"};
  size_t len = (size_t)(we - p);
  const char *t, *te;
  /* "stop the boards bowing outwards": curving, as a bow is curved ("boh"
   * ing), which espeak-ng says as the head's bending ("bau" ing) */
  static const char *const curves[] = {"inward", "inwards", "outward",
                                       "outwards"};
  if (((len == 6 && !memcmp(p, "bowing", 6)) ||
       (len == 5 && !memcmp(p, "bowed", 5))) &&
      ks_norm_next_is(n, we, curves, N_OF(curves))) {
    say(n, len == 6 ? "boeing" : "bode");
    return we;
  }
  /* "the actors took a bow": the bending, taken */
  static const char *const afters[] = {"after", "as",  "at", "before",
                                       "for",   "from", "to"};
  if (len == 3 && !memcmp(p, "bow", 3) && n->prev &&
      n->prev + n->prev_len + 1 == p && eq_ci(n->prev, n->prev_len, "a") &&
      /* where the clause ends or before a preposition (not "took a bow
       * and three arrows", "a bow tie") */
      (we >= n->end || *we == '.' || *we == ',' || *we == ';' ||
       ks_norm_next_is(n, we, afters, N_OF(afters))) &&
      (t = ks_norm_prev_word(n, n->prev, &te)) != NULL &&
      word_is(t, (size_t)(te - t), takes, N_OF(takes))) {
    say(n, "bau");
    return we;
  }
  if (!((len == 3 && eq_ci(p, 3, "bow")) ||
        (len == 4 && eq_ci(p, 4, "bows"))) ||
      !ks_is_lower((unsigned char)p[1]) ||
      !ks_norm_next_is(n, we, ways, N_OF(ways)) ||
      /* "tied a bow to the gift", "the bows of ships": the ribbon's and the
       * ship's after a determiner; "from Bow to Stratford": a place */
      ks_norm_after_determiner(n, p) || (*p == 'B' && p != n->s))
    return NULL;
  if (*p == 'B')
    say(n, len == 3 ? "Bau" : "Baus");
  else
    say(n, len == 3 ? "bau" : "baus");
  return we;
}

/* "Lewis recalls thinking", "I recall meeting her": the verb (espeak-ng
 * stresses the noun's first syllable, "REE-calls") after a pronoun, a
 * name or "who"; respelled "rekawl", "rekawls". Not "the recalls",
 * "product recalls". */
static const char *recall_verb(struct norm *n, const char *p, const char *we) {
  static const char *const ones[] = {"he", "it", "she", "that", "who"};
  static const char *const many[] = {
      "i",   "still", "they",  "to",     "we",  "who",   "you",
      "can", "could", "don't", "didn't", "may", "might", "would"};
  const char *w = n->prev;
  size_t wl = n->prev_len, len = (size_t)(we - p);
  bool third = len == 7 && !memcmp(p, "recalls", 7);
  if (!(third || (len == 6 && !memcmp(p, "recall", 6))) || !w ||
      w + wl + 1 != p)
    return NULL;
  if (third ? !(word_is(w, wl, ones, N_OF(ones)) ||
                (named_subject(n, w, wl) && w != n->s && !determined(n, w)))
            : !word_is(w, wl, many, N_OF(many)))
    return NULL;
  say(n, third ? "rekawls" : "rekawl");
  return we;
}

/* "Takin' It to the Streets", "rockin'": a word's "-ing" written with
 * its g dropped, which espeak-ng says as another word ("TACK-in"); said
 * with the g. Not a name in single quotes ("called him 'Putin'"). */
static const char *dropped_g(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *a;
  size_t al;
  if (we - p < 4 || we[-2] != 'i' || we[-1] != 'n' || we >= end)
    return NULL;
  al = *we == '\'' ? 1 : starts(we, end, "’") ? strlen("’") : 0;
  a = we + al;
  if (!al || alnum_at(a, end) ||
      (p > n->s && (p[-1] == '\'' || ks_is_alnum((unsigned char)p[-1]))))
    return NULL;
  /* a single quotation open before it, curly or straight ("'Operation
   * Berlin'"): its mark closes, no g dropped */
  for (const char *c = n->s; c < p; c++)
    if ((c + 3 <= p && !memcmp(c, "‘", 3)) ||
        (*c == '\'' &&
         (c == n->s || c[-1] == ' ' || c[-1] == '(' || c[-1] == '"') &&
         c + 1 < p && ks_is_alpha((unsigned char)c[1])))
      return NULL;
  for (const char *c = p; c < we; c++)
    if (!ks_is_alpha((unsigned char)*c))
      return NULL;
  sep(n);
  ks_buf_put(n->out, p, (size_t)(we - p));
  ks_buf_putc(n->out, 'g');
  return a;
}

/* "1,000 led lights": the diode's initials in small letters before what
 * it lights, not the past of "lead" ("led the way"). */
static const char *led_lights(struct norm *n, const char *p, const char *we) {
  static const char *const lamps[] = {
      "bulb",   "bulbs",   "display",  "displays", "headlights",  "lamp",
      "lamps",  "light",   "lighting", "lights",   "panel",       "panels",
      "screen", "screens", "strip",    "strips",   "streetlights"};
  static const char *const subjects[] = {"he",   "i",  "it",    "she", "that",
                                         "they", "we", "which", "who", "you"};
  if (we - p != 3 || memcmp(p, "led", 3) ||
      !ks_norm_next_is(n, we, lamps, N_OF(lamps)) ||
      (n->prev && (word_is(n->prev, n->prev_len, subjects, N_OF(subjects)) ||
                   named_subject(n, n->prev, n->prev_len))))
    return NULL; /* not "she led lights out" */
  sep(n);
  ks_buf_puts(n->out, "L.E.D.");
  return we;
}

/* "Protesters object to the plan", "voters rebel against the party": a
 * verb stressed on its second syllable, which espeak-ng says as the noun,
 * before the preposition it takes, after a plural subject, a pronoun, a
 * modal or an auxiliary (not "the largest object to hit", "a lifelong
 * rebel against"). Respelled as espeak-ng says the verb. */
static const char *verb_before_prep(struct norm *n, const char *p,
                                    const char *we) {
  static const struct {
    const char *word, *prep, *verb;
  } verbs[] = {{"object", " to ", "objekt"}, {"rebel", " against ", "rebell"}};
  /* a subject, a modal or an auxiliary right before the verb */
  static const char *const before[] = {
      "also", "can",   "could", "did",   "do",   "does",  "i",
      "may",  "might", "must",  "never", "not",  "often", "should",
      "they", "to",    "we",    "who",   "will", "would", "you"};
  size_t len = (size_t)(we - p);
  if (!n->prev || n->prev + n->prev_len + 1 != p)
    return NULL;
  for (size_t i = 0; i < N_OF(verbs); i++) {
    if (len != strlen(verbs[i].word) || memcmp(p, verbs[i].word, len) ||
        !starts(we, n->end, verbs[i].prep) ||
        !(word_is(n->prev, n->prev_len, before, N_OF(before)) ||
          (ks_norm_plural_noun(n->prev, n->prev_len) &&
           (ks_is_lower((unsigned char)n->prev[0]) || n->prev == n->s))))
      continue;
    sep(n);
    ks_buf_puts(n->out, verbs[i].verb);
    return we;
  }
  return NULL;
}

/* "a full refund", "tax refunds", "sends refunds within": the noun,
 * which espeak-ng stresses as the verb (re-FUND) unless right after "a" or
 * "the"; respelled "reefund" only where the noun is clear: after a word
 * that describes it or a possessive, or before a preposition or a verb
 * that follows a noun (never after "to", a modal or a pronoun: "banks
 * refund most victims", "they will refund the fee" are the verb). */
static const char *refund_noun(struct norm *n, const char *p, const char *we) {
  static const char *const kinds[] = {
      "any",   "automatic", "cash",    "deposit",   "fare",  "fee",
      "full",  "her",       "his",     "immediate", "its",   "my",
      "no",    "our",       "partial", "prompt",    "quick", "tax",
      "their", "ticket",    "with",    "your"};
  static const char *const after[] = {
      "are",    "claim", "claims", "for",  "from",   "is",   "of",
      "policy", "rose",  "were",   "will", "within", "would"};
  static const char *const verbs_before[] = {
      "gave",    "get",      "give",  "issue", "issued", "offer", "offered",
      "receive", "received", "sends", "sent",  "want",   "wants"};
  size_t len = (size_t)(we - p);
  const char *w = n->prev;
  if (!((len == 6 || (len == 7 && p[6] == 's')) && !memcmp(p, "refund", 6)) ||
      (we < n->end && (*we == '-' || ks_is_alnum((unsigned char)*we))) || !w ||
      w + n->prev_len + 1 != p ||
      word_is(w, n->prev_len, bare_before, N_OF(bare_before)) ||
      /* right after "a" or "the" espeak-ng says the noun itself */
      eq_ci(w, n->prev_len, "a") || eq_ci(w, n->prev_len, "the"))
    return NULL;
  if (!(word_is(w, n->prev_len, kinds, N_OF(kinds)) ||
        word_is(w, n->prev_len, verbs_before, N_OF(verbs_before)) ||
        ks_norm_possessive(w, n->prev_len) ||
        ks_norm_next_is(n, we, after, N_OF(after))))
    return NULL;
  /* "they refund for": a pronoun's verb before a preposition */
  static const char *const pronouns[] = {"he",   "I",  "it",  "she",
                                         "they", "we", "who", "you"};
  if (word_is(w, n->prev_len, pronouns, N_OF(pronouns)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, len == 6 ? "reefund" : "reefunds");
  return we;
}

/* "after a recount", "the rematch": a verb made with "re-" whose noun is
 * stressed on its prefix, after a determiner (espeak-ng says the verb,
 * "ri-COUNT"); respelled as it says the noun. */
static const char *re_noun(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *word, *noun;
  } nouns[] = {{"reboot", "reeboot"},     {"recap", "reecap"},
               {"recount", "reecount"},   {"refill", "reefill"},
               {"relaunch", "reelaunch"}, {"rematch", "ree-match"},
               {"remake", "ree-make"},    {"rerun", "ree-run"},
               {"restart", "ree-start"},  {"retake", "reetake"},
               {"rethink", "reethink"},   {"rewrite", "reewrite"}};
  /* a determiner or a word of its kind between ("a full recount"; not
   * a pronoun before its verb: "helped her rewrite", "phones that
   * reboot", "will this restart") */
  static const char *const dets[] = {
      "a",    "after",  "an",  "another", "any",    "full", "his",
      "its",  "manual", "our", "partial", "second", "the",  "their"};
  size_t len = (size_t)(we - p);
  if (len < 5 || len > 10 || p[1] != 'e' || !n->prev ||
      n->prev + n->prev_len + 1 != p ||
      !word_is(n->prev, n->prev_len, dets, N_OF(dets)) ||
      (we < n->end && (*we == '-' || ks_is_alnum((unsigned char)*we))))
    return NULL;
  for (size_t i = 0; i < N_OF(nouns); i++) {
    size_t wl = strlen(nouns[i].word), k = len - wl;
    if (wl > len || memcmp(p, nouns[i].word, wl) ||
        !(k == 0 || (k == 1 && p[wl] == 's') ||
          (k == 2 && !memcmp(p + wl, "es", 2) && p[wl - 1] == 'h')))
      continue;
    sep(n);
    ks_buf_puts(n->out, nouns[i].noun); /* and its plural's "s", "es" */
    ks_buf_put(n->out, p + wl, k);
    return we;
  }
  return NULL;
}

/* "refuse collection", "the refuse": rubbish, a noun stressed on its
 * first syllable (espeak-ng says the verb), before the nouns it goes
 * with or after "the" and words of household waste; respelled. */
static const char *refuse_noun(struct norm *n, const char *p, const char *we) {
  static const char *const after[] = {
      "bags",       "bin",  "bins",  "collection", "collections",
      "collectors", "dump", "lorry", "sacks",      "site",
      "sites",      "tip",  "truck", "trucks",     "workers"};
  static const char *const before[] = {"domestic", "garden", "household", "of",
                                       "the"};
  /* "Many refuse to pay": after a count, the verb, which espeak-ng says
   * there as the noun */
  static const char *const counts[] = {"all",  "both", "few",   "many",
                                       "most", "some", "others"};
  bool first = !n->prev || n->prev + n->prev_len + 1 != p;
  if (we - p != 6 || !eq_ci(p, 6, "refuse"))
    return NULL;
  if (starts(we, n->end, " to ")) {
    if (first || !word_is(n->prev, n->prev_len, counts, N_OF(counts)))
      return NULL;
    sep(n);
    ks_buf_putc(n->out, *p == 'R' ? 'R' : 'r');
    ks_buf_puts(n->out, "efuze");
    return we;
  }
  /* the noun: after "the" or a word of household waste, or before the
   * nouns of its collection with nothing or a determiner before it (not
   * "employers refuse workers the right") */
  if (!(!first && word_is(n->prev, n->prev_len, before, N_OF(before))) &&
      !(ks_norm_next_is(n, we, after, N_OF(after)) &&
        (first || ks_norm_after_determiner(n, p) ||
         word_is(n->prev, n->prev_len, counts, N_OF(counts)))))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p == 'R' ? 'R' : 'r');
  ks_buf_puts(n->out, "effyuce");
  return we;
}

/* "the Compact of Free Association", "the amended Compact", "a compact
 * between them": the agreement, the noun stressed first ("KOM-pact"),
 * which espeak-ng says as the verb or the adjective; capitalised inside
 * the sentence (a treaty's name), or after "the" or "a" before "of",
 * "between" or "with". */
static const char *compact_noun(struct norm *n, const char *p, const char *we) {
  static const char *const dets[] = {"a", "the"};
  static const char *const joins[] = {"between", "of", "with"};
  if (we - p != 7 || memcmp(p + 1, "ompact", 6) || alnum_at(we, n->end) ||
      (we < n->end && *we == '-'))
    return NULL;
  /* (not a title in capitals' verb, "How To Compact Soil", "to
   * Compact the schedule") */
  static const char *const to[] = {"to", "To"};
  if (ks_norm_word_before(n, p, to, N_OF(to)) ||
      (*p == 'C' && we + 2 < n->end && we[0] == ' ' &&
       ks_is_upper((unsigned char)we[1])))
    return NULL;
  if (!(*p == 'C' && !ks_norm_first_of_sentence(n, p) &&
        !(p - n->s >= 2 && p[-1] == ' ' && p[-2] == '.')) &&
      !(*p == 'c' && ks_norm_word_before(n, p, dets, N_OF(dets)) &&
        ks_norm_next_is(n, we, joins, N_OF(joins))))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *p == 'C' ? "Kompact" : "kompact");
  return we;
}

const char *ks_norm_rule_homograph(struct norm *n, const char *p,
                                   const char *we) {
  const char *r = NULL;
  if (!we)
    return NULL;
  /* each rule knows its words; the first letter picks the rules that may
   * hold, so a plain word costs one switch */
  switch (ks_to_lower((unsigned char)*p)) {
  case 'a':
    (void)((r = associate_rank(n, p, we)) || (r = advocate_noun(n, p, we)) ||
           (r = stress_verb(n, p, we)));
    break;
  case 'b':
    r = bow_bend(n, p, we);
    break;
  case 'c':
    (void)((r = compact_noun(n, p, we)) || (r = closer_pitcher(n, p, we)) ||
           (r = close_verb(n, p, we)) || (r = close_after_adverb(n, p, we)) ||
           (r = close_adjective(n, p, we)) || (r = close_noun(n, p, we)) ||
           (r = content_adjective(n, p, we)) || (r = stress_verb(n, p, we)));
    break;
  case 'd':
    (void)((r = ate_adjective(n, p, we)) || (r = dove_past(n, p, we)) ||
           (r = dogged_past(n, p, we)) ||
           (r = increases_verb(n, p, we)) || (r = stress_verb(n, p, we)));
    break;
  case 'e':
    (void)((r = ate_adjective(n, p, we)) || (r = projects_verb(n, p, we)) ||
           (r = stress_verb(n, p, we)));
    break;
  case 's':
    r = stress_verb(n, p, we);
    break;
  case 'h':
    r = house_to_house(n, p, we);
    break;
  case 'i':
    (void)((r = import_noun(n, p, we)) || (r = increases_verb(n, p, we)) ||
           (r = stress_verb(n, p, we)));
    break;
  case 'p':
    (void)((r = pen_penalty(n, p, we)) ||
           (r = produce_noun(n, p, we)) || (r = projects_noun(n, p, we)) ||
           (r = projects_verb(n, p, we)) || (r = stress_verb(n, p, we)));
    break;
  case 'l':
    (void)((r = led_lights(n, p, we)) || (r = lives_verb(n, p, we)) ||
           (r = live_adjective(n, p, we)) || (r = live_verb(n, p, we)) ||
           (r = lead_metal(n, p, we)));
    break;
  case 'm':
    (void)((r = minute_small(n, p, we)) ||
           (we - p == 7 && (r = read_past(n, p, we)))); /* "misread" */
    break;
  case 'o':
    r = verb_before_prep(n, p, we);
    break;
  case 'r':
    (void)((r = verb_before_prep(n, p, we)) || (r = re_noun(n, p, we)) ||
           (r = refuse_noun(n, p, we)) || (r = refund_noun(n, p, we)) ||
           (r = row_quarrel(n, p, we)) || (r = reading_town(n, p, we)) ||
           (r = read_past(n, p, we)) || (r = recall_verb(n, p, we)) ||
           (r = record_after_to(n, p, we)) || (r = records_verb(n, p, we)) ||
           (r = stress_verb(n, p, we)));
    break;
  case 't':
    (void)((r = tear_injury(n, p, we)) || (r = way_verb(n, p, we)));
    break;
  case 'u':
    (void)((r = use_verb(n, p, we)) || (r = use_noun(n, p, we)) ||
           (r = uses_verb(n, p, we)) || (r = used_to(n, p, we)));
    break;
  case 'w':
    (void)((r = wound_past(n, p, we)) || (r = way_verb(n, p, we)));
    break;
  default:
    break;
  }
  if (!r && we < n->end && (*we == '\'' || (unsigned char)*we == 0xE2))
    r = dropped_g(n, p, we);
  return r;
}
