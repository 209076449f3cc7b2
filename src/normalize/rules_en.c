/* rules_en.c - English: which rule is tried where, at each word of a sentence.
 * SPDX-License-Identifier: MIT
 *
 * Words espeak-ng already reads right ("U.S.", "Mr.", "Dr." before a name)
 * are left for the driver to copy; numbers are always written out, so what
 * is heard does not depend on espeak-ng's own number rules ("1976" ->
 * "nineteen hundred seventy six").
 */
#include "norm.h"

/* Teams by the codes a scorecard or a summary gives them, in an article
 * about the sport: cricket's nations ("IND vs SA"), hockey's NHL clubs by
 * their cities ("CGY — Brandvold 3", "WPG (2 G, 1 A)"); not "MIN"
 * (Minnesota), a box score's minutes. (Three-letter nations are also in
 * nations[], said after a competitor's name; these are said alone.) */
static const struct team_code {
  const char *code, *name;
} cricket_teams[] = {{"AFG", "Afghanistan"}, {"AUS", "Australia"},
                     {"BAN", "Bangladesh"},  {"ENG", "England"},
                     {"IND", "India"},       {"IRE", "Ireland"},
                     {"NED", "the Netherlands"}, {"NZ", "New Zealand"},
                     {"PAK", "Pakistan"},    {"SA", "South Africa"},
                     {"SCO", "Scotland"},    {"SL", "Sri Lanka"},
                     {"WI", "West Indies"},  {"ZIM", "Zimbabwe"}},
  hockey_teams[] = {
      {"ANA", "Anaheim"},      {"BOS", "Boston"},       {"BUF", "Buffalo"},
      {"CAR", "Carolina"},     {"CBJ", "Columbus"},     {"CGY", "Calgary"},
      {"CHI", "Chicago"},      {"COL", "Colorado"},     {"DAL", "Dallas"},
      {"DET", "Detroit"},      {"EDM", "Edmonton"},     {"FLA", "Florida"},
      {"LAK", "Los Angeles"},  {"MTL", "Montreal"},     {"NJD", "New Jersey"},
      {"NSH", "Nashville"},    {"NYI", "the Islanders"}, {"NYR", "the Rangers"},
      {"OTT", "Ottawa"},       {"PHI", "Philadelphia"}, {"PIT", "Pittsburgh"},
      {"SEA", "Seattle"},      {"SJS", "San Jose"},     {"STL", "St. Louis"},
      {"TBL", "Tampa Bay"},    {"TOR", "Toronto"},      {"UTA", "Utah"},
      {"VAN", "Vancouver"},    {"VGK", "Vegas"},        {"WPG", "Winnipeg"},
      {"WSH", "Washington"}};

static const char *team_code(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  size_t len = (size_t)(we - p);
  const struct team_code *t = NULL;
  size_t count = 0;
  if (len < 1 || len > 3 || (len > 1 && !ks_is_upper((unsigned char)p[1])) ||
      (len == 3 && !ks_is_upper((unsigned char)p[2])) ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.')) ||
      (we < end && (ks_is_alnum((unsigned char)*we) || *we == '-' ||
                    *we == '\'' || *we == '&')) ||
      /* a stop only where the sentence ends ("as India beat SA.") */
      (we < end && *we == '.' && skip_spaces(we + 1, end) < end))
    return NULL;
  if (len == 1) {
    /* a goaltender's decision, below */
  } else if (n->topics & KS_TOPIC_CRICKET) {
    t = cricket_teams;
    count = N_OF(cricket_teams);
  } else if (n->topics & KS_TOPIC_HOCKEY) {
    t = hockey_teams;
    count = N_OF(hockey_teams);
  }
  /* where a scorecard or a summary puts a team: first, after a comma,
   * a bracket or "vs", or before a dash, a comma or a bracket ("CGY —
   * Brandvold 3"; not "the club played EDM between periods") */
  static const char *const versus[] = {"at", "beat", "v", "vs"};
  bool slot = p == n->s ||
              (p - n->s >= 2 && (p[-2] == ',' || p[-2] == ':' || p[-1] == '(')) ||
              ks_norm_word_before(n, p, versus, N_OF(versus)) ||
              we == end || *we == ',' || *we == ')' || *we == ':' ||
              *we == '.' || starts(we, end, " \xE2\x80\x94") ||
              starts(we, end, " - ") || starts(we, end, " (");
  /* "SA" is South Australia in a Sheffield Shield match, and in "SA
   * Police" */
  static const char *const shield[] = {"Adelaide", "NSW", "Qld", "Shield",
                                       "Tas", "Vic", "WA"};
  if (len == 2 && p[0] == 'S' && p[1] == 'A' &&
      (ks_norm_sentence_has(n, shield, N_OF(shield)) ||
       (we + 1 < end && *we == ' ' && ks_is_upper((unsigned char)we[1]))))
    count = 0;
  for (size_t i = 0; slot && i < count; i++)
    if (strlen(t[i].code) == len && !memcmp(t[i].code, p, len)) {
      say(n, t[i].name);
      return we;
    }
  if (!(n->topics & KS_TOPIC_HOCKEY))
    return NULL;
  /* a goaltender's line: "SV%: .921", "Decision: W (9-3-1)" */
  if (len == 2 && !memcmp(p, "SV", 2) && we < end && *we == '%') {
    say(n, "save percentage");
    return we + 1;
  }
  static const struct team_code decisions[] = {
      {"L", "loss"}, {"OTL", "overtime loss"}, {"W", "win"}};
  if (p - n->s >= 10 && starts(p - 10, end, "Decision: "))
    for (size_t i = 0; i < N_OF(decisions); i++)
      if (strlen(decisions[i].code) == len &&
          !memcmp(decisions[i].code, p, len)) {
        say(n, decisions[i].name);
        return we;
      }
  return NULL;
}

/* "over 6.2 innings", "pitched 7.1 innings": baseball counts the outs of
 * an unfinished inning after the stop, a third each: "six and two-thirds
 * innings" (not a decimal). */
static const char *innings(struct norm *n, const char *p) {
  const char *end = n->end, *d = digit_end(p, end);
  if (d - p > 2 || d + 2 >= end || *d != '.' || (d[1] != '1' && d[1] != '2') ||
      ks_is_digit((unsigned char)d[2]) || !starts(d + 2, end, " inning") ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.')))
    return NULL;
  /* not an average: "averaged 5.2 innings per start" */
  static const char *const averages[] = {"average", "averaged", "averages",
                                         "averaging"};
  if (ks_norm_word_before(n, p, averages, N_OF(averages)) ||
      starts(d + 2, end, " innings per") || starts(d + 2, end, " inning per"))
    return NULL;
  unsigned whole = small_val(p, d);
  if (whole > 0) {
    sep(n);
    ks_num_cardinal(n->out, whole);
    ks_buf_puts(n->out, d[1] == '1' ? " and a third" : " and two-thirds");
  } else {
    say(n, d[1] == '1' ? "one third of an" : "two-thirds of an");
    /* "0.2 innings": of an inning */
    if (starts(d + 2, end, " innings") && !alnum_at(d + 10, end)) {
      say(n, "inning");
      return d + 10;
    }
  }
  return d + 2;
}

/* "1H2026", "2H25", "3Q25", "9M2026", "in 1H": a company's reporting
 * period, a half, a quarter or the months to date, glued to its year or
 * (a half) standing alone ("first half twenty twenty-six", "nine months";
 * "3Q results" is number.c's). */
static const char *period(struct norm *n, const char *p) {
  static const char *const halves[] = {"first half", "second half"};
  static const char *const dets[] = {"a", "its", "the", "their", "this"};
  static const char *const quarters[] = {"first quarter", "second quarter",
                                         "third quarter", "fourth quarter"};
  const char *end = n->end, *k = p + 1, *y, *ye;
  unsigned v = (unsigned)(*p - '0');
  if (k >= end || (p > n->s && (ks_is_alnum((unsigned char)p[-1]) ||
                                p[-1] == '.' || p[-1] == ',')))
    return NULL;
  bool half = *k == 'H' && v >= 1 && v <= 2,
       quarter = *k == 'Q' && v >= 1 && v <= 4,
       months = *k == 'M' && (v == 3 || v == 6 || v == 9);
  if (!half && !quarter && !months)
    return NULL;
  y = k + 1;
  ye = digit_end(y, end);
  /* its year glued, of two or four figures ("9M" alone is nine million) */
  if (ye != y && ye - y != 2 && ye - y != 4)
    return NULL;
  /* alone, only in a sentence about a company's money ("1H NMR" is a
   * spectrum's, "2H" an isotope) */
  static const char *const results[] = {
      "dividend", "earnings", "growth",  "income",  "loss",   "margin",
      "profit",   "profits",  "results", "revenue", "revenues", "sales"};
  /* "the bank's 9M net profit", "(9M)", "in 9M 2025": six or nine
   * months alone in a sentence about results, after a space or a bracket,
   * before a word of the accounts, a year or the bracket's end (not "$9M",
   * "9M dollars", nor the company 3M) */
  static const char *const accounts[] = {
      "core",   "earnings", "income",  "net",     "operating",
      "period", "profit",   "results", "revenue", "sales"};
  const char *aw, *awe = NULL;
  bool months_alone =
      ye == y && months && v != 3 &&
      (p == n->s || p[-1] == ' ' || p[-1] == '(') &&
      ks_norm_sentence_has(n, results, N_OF(results)) && ye < end &&
      (*ye == ')' ||
       ((aw = ks_norm_next_word(n, ye, &awe)) != NULL &&
        word_is(aw, (size_t)(awe - aw), accounts, N_OF(accounts))) ||
       (*ye == ' ' && digit_end(ye + 1, end) == ye + 5 &&
        !alnum_at(ye + 5, end) && ye[1] >= '1' && ye[1] <= '2'));
  if (months_alone) {
    if (*ye == ' ' && !awe && !ks_norm_word_before(n, p, dets, N_OF(dets)))
      say(n, "the first"); /* the months to date of a year */
    sep(n);
    ks_buf_puts(n->out, v == 9 ? "nine" : "six");
    if (awe) { /* "nine-month net profit" */
      ks_buf_puts(n->out, "-month");
      return ye;
    }
    ks_buf_puts(n->out, " months");
    if (*ye == ')')
      return ye;
    say(n, "of"); /* "in the nine months of twenty twenty-five" */
    sep(n);
    ks_num_year(n->out, (unsigned)small_val(ye + 1, ye + 5));
    return ye + 5;
  }
  /* "1H FY26": a half of a fiscal year, whatever the sentence */
  bool fy = ye == y && half && ye + 4 < end && starts(ye, end, " FY") &&
            ks_is_digit((unsigned char)ye[3]);
  if (alnum_at(ye, end) || (ye == y && (months || quarter)) ||
      (ye == y && !fy &&
       (!ks_norm_sentence_has(n, results, N_OF(results)) ||
        /* "the 1H NMR data" */
        (ye + 2 < end && *ye == ' ' && ks_is_upper((unsigned char)ye[1]) &&
         ks_is_upper((unsigned char)ye[2])))))
    return NULL;
  /* "in the first half of twenty twenty-six"; before a noun it
   * describes, no "the" nor "of" ("its first half twenty twenty-six
   * results"), nor "the" after a determiner */
  bool before_noun = ks_norm_noun_after(n, ye);
  if (!before_noun && !ks_norm_word_before(n, p, dets, N_OF(dets)))
    say(n, "the");
  say(n, half      ? halves[v - 1]
         : quarter ? quarters[v - 1]
         : v == 9  ? "nine months"
         : v == 6  ? "six months"
                   : "three months");
  if ((ye > y || fy) && !before_noun)
    say(n, "of");
  if (ye - y == 4) {
    sep(n);
    ks_num_year(n->out, (unsigned)small_val(y, ye));
  } else if (ye - y == 2) { /* "3Q99": the last century's */
    unsigned yy = (unsigned)small_val(y, ye);
    sep(n);
    ks_num_year(n->out, (yy >= 70 ? 1900u : 2000u) + yy);
  }
  return ye;
}

/* "7f", "1m2f", "2m": a race's distance in furlongs and miles, in an
 * article about horse racing, after a space or a bracket (not "£1m") and
 * ending the word. */
static const char *race_distance(struct norm *n, const char *p) {
  const char *end = n->end, *d = digit_end(p, end), *f = NULL, *fe = NULL;
  unsigned miles = 0, furlongs = 0;
  if (!(p == n->s || p[-1] == ' ' || p[-1] == '(') || d - p > 2 || d >= end)
    return NULL;
  /* miles alone only over a race's distance or before a race ("over 1m",
   * "the 1m handicap"; not "Rail: out 3m", "rose to 2m", "over 1m
   * people") */
  static const char *const over[] = {"beyond", "over"};
  static const char *const races[] = {"chase",  "contest", "handicap", "hurdle",
                                      "maiden", "mile",    "novice",   "race",
                                      "sprint", "stakes",  "trip"};
  if (*d == 'm') {
    miles = (unsigned)small_val(p, d);
    f = d + 1;
    /* "1m 2f": spaced too */
    if (f < end - 2 && *f == ' ' && ks_is_digit((unsigned char)f[1]) &&
        digit_end(f + 1, end) == f + 2 && f[2] == 'f' && !alnum_at(f + 3, end))
      f++;
    fe = digit_end(f, end);
    if (fe > f && fe - f == 1 && fe < end && *fe == 'f') {
      furlongs = (unsigned)small_val(f, fe);
      d = fe + 1;
    } else {
      d = d + 1;
      /* (not a count: "over 1m people") */
      if (!(ks_norm_word_before(n, p, over, N_OF(over)) &&
            !ks_norm_noun_after(n, d)) &&
          !ks_norm_next_is(n, d, races, N_OF(races)))
        return NULL;
    }
    if (miles == 0 || miles > 4)
      return NULL;
  } else if (*d == 'f') {
    furlongs = (unsigned)small_val(p, d);
    d++;
    if (furlongs == 0 || furlongs > 24)
      return NULL;
  } else {
    return NULL;
  }
  /* not a time's minutes before its seconds: "2m 05.83s" */
  if (alnum_at(d, end) || (!furlongs && d < end - 1 && *d == ' ' &&
                           ks_is_digit((unsigned char)d[1])))
    return NULL;
  /* before the noun they describe, in the singular: "the 7f novice
   * stakes" */
  bool before_noun = ks_norm_noun_after(n, d);
  if (miles) {
    sep(n);
    ks_num_cardinal(n->out, miles);
    ks_buf_puts(n->out,
                miles == 1 || (before_noun && !furlongs) ? " mile" : " miles");
  }
  if (furlongs) {
    sep(n);
    ks_num_cardinal(n->out, furlongs);
    ks_buf_puts(n->out,
                furlongs == 1 || before_noun ? " furlong" : " furlongs");
  }
  return d;
}

/* The sentence is about a horse race, or the article is. */
static bool about_racing(const struct norm *n) {
  return (n->topics & KS_TOPIC_RACING) || ks_norm_about_racing(n);
}

/* Rules that start at a digit, at a '.' before one, or at a phone number's
 * '+' or '('; NULL when none matched. */
static const char *try_number(struct norm *n, const char *p) {
  const char *end = n->end, *r = NULL;
  unsigned char c = (unsigned char)*p;
  if (!(ks_is_digit(c) ||
        (c == '.' && p + 1 < end && ks_is_digit((unsigned char)p[1]) &&
         (p == n->s || ks_is_space((unsigned char)p[-1]) || p[-1] == '(' ||
          p[-1] == '-' || p[-1] == '$' || p[-1] == '<' || p[-1] == '>' ||
          p[-1] == '=')) || /* "P<.001" */
        (c == '+' && p + 1 < end && ks_is_digit((unsigned char)p[1]) &&
         (r = ks_norm_rule_phone(n, p)) != NULL) ||
        (c == '(' && p + 2 < end &&
         (ks_is_digit((unsigned char)p[1]) ||
          (p[1] == '+' && ks_is_digit((unsigned char)p[2]))) &&
         (r = ks_norm_rule_phone(n, p)) != NULL)))
    return NULL;
  if (!r && c == '.' && n->num_end == p)
    return NULL; /* "114...48" */
  if (!r && ks_is_digit(c))
    r = innings(n, p);
  if (!r && ks_is_digit(c) && p + 1 < end &&
      (p[1] == 'H' || p[1] == 'Q' || p[1] == 'M'))
    r = period(n, p);
  if (!r && ks_is_digit(c)) {
    /* (a figure or two and "m" or "f" first: the sentence is read for a
     * race only then) */
    const char *d = digit_end(p, end);
    if (d - p <= 2 && d < end && (*d == 'm' || *d == 'f') && about_racing(n))
      r = race_distance(n, p);
  }
  if (!r)
    r = ks_norm_rule_number(n, p);
  if (r) {
    n->num_end = r;
    n->prev = p; /* "1st St": a number is context for a street type */
    n->prev_len = (size_t)(r - p);
    if (alnum_at(r, end))
      ks_buf_putc(n->out, ' ');
  }
  return r;
}

/* "'90s" and "’90s": a decade with its century left out. */
static const char *try_short_decade(struct norm *n, const char *p) {
  const char *end = n->end, *d, *de;
  if (!((*p == '\'' || starts(p, end, "’")) &&
        (p == n->s || !ks_is_alnum((unsigned char)p[-1]))))
    return NULL;
  d = p + (*p == '\'' ? 1 : strlen("’"));
  de = digit_end(d, end);
  if (de - d != 2 || de >= end || *de != 's' || de[-1] != '0' ||
      (de + 1 < end && ks_is_alpha((unsigned char)de[1])))
    return NULL;
  sep(n);
  if (d[0] == '0') /* "the '00s": the decade after 2000, not "zeros" */
    ks_buf_puts(n->out, "two thousands");
  else
    ks_num_decade(n->out, small_val(d, de));
  return de + 1;
}

/* "New Warriors (ft. Squirrel Girl!)", "Drake feat. Rihanna": a song's
 * or a show's guest, after a bracket or a name and before a name (not "a
 * remarkable feat. Critics agreed"; "30 ft." is read as a unit). */
static const char *featuring(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  size_t len = (size_t)(we - p);
  if (!((len == 2 && !memcmp(p, "ft", 2)) ||
        (len == 4 && !memcmp(p, "feat", 4))) ||
      we + 2 >= end || *we != '.' || we[1] != ' ' ||
      !ks_is_upper((unsigned char)we[2]) ||
      !(p > n->s &&
        (p[-1] == '(' || (n->prev && n->prev + n->prev_len + 1 == p &&
                          ks_is_upper((unsigned char)*n->prev)) ||
         /* after a title in quotes: "The single "Gold" ft. Kojo" */
         (p - n->s >= 3 && p[-1] == ' ' && p[-2] == '"') ||
         (p - n->s >= 5 && p[-1] == ' ' &&
          starts(p - 4, end, "\xE2\x80\x9D")))))
    return NULL;
  say(n, "featuring");
  return we + 1;
}

/* A list's letter in the run of a sentence, "either a) have a plan or b)
 * punch back": the letter's name and a pause ("eh,", "B,"); only where
 * the next or the last letter of the list is in the sentence too. */
static const char *list_letter(struct norm *n, const char *p) {
  const char *end = n->end;
  char other[4] = {' ', 0, ')', 0};
  bool found = false;
  if (p + 2 >= end || !ks_is_lower((unsigned char)*p) || *p > 'h' ||
      p[1] != ')' || p[2] != ' ' || (p > n->s && p[-1] != ' '))
    return NULL;
  for (int k = 0; k < 2 && !found; k++) {
    other[1] = (char)(k ? *p - 1 : *p + 1);
    for (const char *c = n->s; c + 3 <= end && !found; c++)
      found = !memcmp(c, other, 3);
  }
  found = found || (*p == 'b' && starts(n->s, end, "a)"));
  if (!found)
    return NULL;
  if (*p == 'a')
    say_letter_a(n);
  else {
    sep(n);
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*p));
  }
  ks_buf_putc(n->out, ',');
  return p + 2;
}

/* A key's name as it is said: "Ctrl" is "control". */
static const char *key_name(const char *p, size_t len) {
  static const struct {
    const char *key, *said;
  } keys[] = {
      {"Alt", "alt"},       {"Backspace", "backspace"}, {"Bksp", "backspace"},
      {"Cmd", "command"},   {"Command", "command"},     {"Control", "control"},
      {"Ctrl", "control"},  {"Del", "delete"},          {"Delete", "delete"},
      {"End", "end"},       {"Enter", "enter"},         {"Esc", "escape"},
      {"Fn", "function"},   {"Home", "home"},           {"Ins", "insert"},
      {"Option", "option"}, {"Opt", "option"},          {"PgDn", "page down"},
      {"PgUp", "page up"},  {"Return", "return"},       {"Shift", "shift"},
      {"Space", "space"},   {"Super", "super"},         {"Tab", "tab"},
      {"Win", "Windows"}};
  for (size_t i = 0; i < N_OF(keys); i++)
    if (strlen(keys[i].key) == len && !memcmp(p, keys[i].key, len))
      return keys[i].said;
  return NULL;
}

/* The key at k[0..ke) said ("delete", "C", "F four"); false when it is
 * no key (a word, "Ctrl+clicking"). */
static bool say_key(struct norm *n, const char *k, const char *ke, bool dry) {
  const char *said = key_name(k, (size_t)(ke - k));
  bool f_key = *k == 'F' && ke - k >= 2 && ke - k <= 3 &&
               ks_is_digit((unsigned char)k[1]) &&
               (ke - k == 2 || ks_is_digit((unsigned char)k[2]));
  if (!said && ke - k != 1 && !f_key)
    return false;
  if (dry)
    return true;
  if (said)
    say(n, said);
  else if (f_key) {
    say(n, "F");
    sep(n);
    ks_num_cardinal(n->out, small_val(k + 1, ke));
  } else if (ks_is_digit((unsigned char)*k)) {
    sep(n);
    ks_num_cardinal(n->out, (uint64_t)(*k - '0'));
  } else if (*k == 'A' || *k == 'a')
    say_letter_a(n);
  else {
    sep(n);
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*k));
  }
  return true;
}

/* "Ctrl+Alt+Del", "Cmd + Shift + 4", "Alt+F4": keys pressed together,
 * said one after another as people say them ("control alt delete"); the
 * chain starts at a modifier's name, and each "+" joins the next key (a
 * name, a letter, a digit or a function key). */
static const char *shortcut(struct norm *n, const char *p, const char *we) {
  static const char *const modifiers[] = {"Alt",     "Cmd",    "Command",
                                          "Control", "Ctrl",   "Fn",
                                          "Opt",     "Option", "Shift"};
  const char *end = n->end, *q = we, *ends[8];
  const char *starts_at[8];
  size_t keys = 0;
  if (!ks_is_upper((unsigned char)*p) || we - p > 7 ||
      !(starts(q, end, "+") || starts(q, end, " + ")) ||
      !word_is(p, (size_t)(we - p), modifiers, N_OF(modifiers)) ||
      (p > n->s &&
       (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '+' || p[-1] == '-')))
    return NULL;
  starts_at[keys] = p;
  ends[keys++] = we;
  while (keys < N_OF(ends)) {
    const char *k = starts(q, end, "+")     ? q + 1
                    : starts(q, end, " + ") ? q + 3
                                            : NULL,
               *ke;
    if (!k || k >= end || !ks_is_alnum((unsigned char)*k))
      break;
    for (ke = k; ke < end && ks_is_alnum((unsigned char)*ke); ke++)
      ;
    if (!say_key(n, k, ke, true))
      return NULL;
    starts_at[keys] = k;
    ends[keys++] = ke;
    q = ke;
  }
  if (keys < 2)
    return NULL;
  for (size_t i = 0; i < keys; i++)
    say_key(n, starts_at[i], ends[i], false);
  return q;
}

/* A box score's column name in capitals, as a table's row reads it
 * ("IP: 6.0, H: 4, R: 2, ER: 2, BB: 2, SO: 7"): what it counts, or NULL. */
static const char *stat_label(const char *p, size_t len) {
  static const struct {
    const char *label, *spoken;
  } stats[] = {{"AB", "At bats"},     {"BB", "Walks"},
               {"BLK", "Blocks"},     {"E", "Errors"},
               {"ER", "Earned runs"}, {"FG", "Field goals"},
               {"FT", "Free throws"}, {"H", "Hits"},
               {"HR", "Home runs"},   {"IP", "Innings pitched"},
               {"K", "Strikeouts"},   {"MIN", "Minutes"},
               {"NP", "Pitches"},     {"PF", "Fouls"},
               {"PTS", "Points"},     {"R", "Runs"},
               {"REB", "Rebounds"},   {"SO", "Strikeouts"},
               {"STL", "Steals"},     {"TO", "Turnovers"},
               {"AST", "Assists"}};
  for (size_t i = 0; i < N_OF(stats); i++)
    if (len == strlen(stats[i].label) && !memcmp(p, stats[i].label, len))
      return stats[i].spoken;
  return NULL;
}

/* A label in capitals before its colon, first in the sentence or after
 * the cell before it (as a table's row is read: "IP: 6.0, H: 4"): where it
 * ends, or NULL. */
static const char *cell_label(const struct norm *n, const char *c) {
  const char *e;
  if (!(c == n->s || (c - n->s >= 2 && c[-1] == ' ' && c[-2] == ',')) ||
      !ks_is_upper((unsigned char)*c))
    return NULL;
  for (e = c; e < n->end && ks_is_upper((unsigned char)*e); e++)
    ;
  return e < n->end && *e == ':' ? e : NULL;
}

/* How many box-score column names (stat_label) the sentence has as cell
 * labels; none unless one of them is a box score's alone (a patient's
 * "HR: 112, R: 24" is no game's). */
static unsigned stat_labels_in(const struct norm *n) {
  static const char *const sport[] = {"AB",  "AST", "BB", "BLK", "ER",
                                      "FG",  "FT",  "IP", "NP",  "PTS",
                                      "REB", "SO",  "STL"};
  unsigned k = 0;
  bool game = false;
  for (const char *c = n->s, *e; c < n->end; c++)
    if ((e = cell_label(n, c)) != NULL && stat_label(c, (size_t)(e - c))) {
      k++;
      game = game || word_is(c, (size_t)(e - c), sport, N_OF(sport));
    }
  return game ? k : 0;
}

/* How many of Australian football's breaks, "QT:", "HT:", "FT:", the
 * sentence has as cell labels. */
static unsigned breaks_in(const struct norm *n) {
  unsigned k = 0;
  for (const char *c = n->s, *e; c < n->end; c++)
    k += (e = cell_label(n, c)) != NULL && e - c == 2 && c[1] == 'T' &&
         (c[0] == 'Q' || c[0] == 'H' || c[0] == 'F');
  return k;
}

/* "Pts: 18", "Pos: 2": a sports table's short column name before its
 * colon, first in the line or after the cell before it (as a table's row
 * is read: "Driver: Lando Norris, Pts: 25"). */
static const char *column_label(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *label, *spoken;
  } labels[] = {{"AVG", "Average"},  {"Ast", "Assists"},  {"Att", "Attempts"},
                {"Avg", "Average"},  {"Nat", "Nationality"},
                {"Econ", "Economy"}, {"econ", "economy"}, {"Min", "Minute"},
                {"Pl", "Place"},     {"Pld", "Played"},   {"Pos", "Position"},
                {"Pts", "Points"},   {"Qtr", "Quarter"},  {"Reb", "Rebounds"},
                {"Yds", "Yards"},    {"kcal", "Calories"}};
  /* (the label's own stop before its colon too: "Pl.: 1", "Nat.: ITA") */
  const char *c = we < n->end - 1 && *we == '.' && we[1] == ':' ? we + 1 : we;
  const char *v = skip_spaces(c + 1, n->end);
  /* before a figure only ("Att: Mr Smith" is for the attention of); a
   * place, "Pos:", before a code in capitals too ("Pos: DNF", "Pos: T3") */
  bool place =
      we - p == 3 && !memcmp(p, "Pos", 3) && v + 1 < n->end &&
      ks_is_upper((unsigned char)*v) &&
      (ks_is_upper((unsigned char)v[1]) || ks_is_digit((unsigned char)v[1]));
  /* "Nat: KEN": a results table's nation, its code in capitals after */
  place = place || (we - p == 3 && !memcmp(p, "Nat", 3) && v + 2 < n->end &&
                    ks_is_upper((unsigned char)v[0]) &&
                    ks_is_upper((unsigned char)v[1]) &&
                    ks_is_upper((unsigned char)v[2]));
  /* (a batting average's ".281" a figure too) */
  bool point = v + 1 < n->end && *v == '.' && ks_is_digit((unsigned char)v[1]);
  if (c >= n->end || *c != ':' || v >= n->end ||
      !(ks_is_digit((unsigned char)*v) || *v == '+' || *v == '-' || place ||
        point) ||
      !(p == n->s || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')))
    return NULL;
  for (size_t i = 0; i < N_OF(labels); i++)
    if ((size_t)(we - p) == strlen(labels[i].label) &&
        !memcmp(p, labels[i].label, (size_t)(we - p))) {
      say(n, labels[i].spoken);
      /* "Pos: T3": a place shared, "tied for third" */
      const char *t = v + 1 < n->end ? digit_end(v + 1, n->end) : v;
      if (place && *v == 'T' && t > v + 1 && t - v <= 4 &&
          !alnum_at(t, n->end)) {
        ks_buf_puts(n->out, ": tied for ");
        ks_num_ordinal(n->out, small_val(v + 1, t));
        return t;
      }
      return c;
    }
  /* "QT: 3.2, HT: 5.6, FT: 13.11 (89)": Australian football's breaks
   * before the goals and behinds kicked by then, "three two" */
  static const struct {
    const char *label, *spoken;
  } breaks[] = {
      {"FT", "Full-time"}, {"HT", "Half-time"}, {"QT", "Quarter-time"}};
  const char *g = digit_end(v, n->end), *b;
  if (we - p == 2 && g > v && g - v <= 2 && g < n->end - 1 && *g == '.' &&
      ks_is_digit((unsigned char)g[1]) &&
      (b = digit_end(g + 1, n->end)) - g <= 3 &&
      (b == n->end || *b == ',' || *b == ';' || starts(b, n->end, " (")) &&
      breaks_in(n) >= 2)
    for (size_t i = 0; i < N_OF(breaks); i++)
      if (!memcmp(p, breaks[i].label, 2)) {
        say(n, breaks[i].spoken);
        ks_buf_putc(n->out, ':');
        if (starts(b, n->end, " ("))
          return we + 1; /* the final score's rule reads it with its points */
        sep(n);
        ks_num_cardinal(n->out, small_val(v, g));
        ks_buf_putc(n->out, ' ');
        ks_num_cardinal(n->out, small_val(g + 1, b));
        return b;
      }
  const char *stat = stat_label(p, (size_t)(we - p));
  if (stat && stat_labels_in(n) >= 2) {
    const char *d = digit_end(v, n->end), *d2;
    say(n, stat);
    /* "FG: 15-26": made of attempted, "fifteen of twenty-six" */
    if (p[0] == 'F' && (p[1] == 'G' || p[1] == 'T') && d > v &&
        d < n->end - 1 && *d == '-' && ks_is_digit((unsigned char)d[1]) &&
        (d2 = digit_end(d + 1, n->end)) - d <= 3 && !alnum_at(d2, n->end)) {
      ks_buf_putc(n->out, ':');
      sep(n);
      ks_num_cardinal(n->out, small_val(v, d));
      ks_buf_puts(n->out, " of ");
      ks_num_cardinal(n->out, small_val(d + 1, d2));
      return d2;
    }
    return we;
  }
  return NULL;
}

/* Whether c opens a table's cell: first in the sentence, after the cell
 * before it (", "), after its column's label (": ") or after a bracket. */
static bool cell_start(const struct norm *n, const char *c) {
  return c == n->s ||
         (c - n->s >= 2 && c[-1] == ' ' && (c[-2] == ',' || c[-2] == ':')) ||
         (c > n->s && c[-1] == '(');
}

/* A player's name on a scorecard from c, one to three capitalised words
 * ("Kirkby"), a particle in small letters before one ("de Kock"): where
 * it ends, or NULL. */
static const char *card_name(const char *c, const char *end) {
  /* a surname's particle in small letters before its capital: "c van
   * Rensburg b Ndlovu", "st de Kock" */
  static const char *const particles[] = {"da", "de",  "der", "du", "la",
                                          "le", "ten", "van", "von"};
  const char *e = c;
  for (int words = 0; words < 3; words++) {
    /* (two of them too: "van der Merwe", "de la Cruz") */
    for (int k = 0; k < 2; k++) {
      const char *pe = alpha_end(e, end);
      if (e < end && ks_is_lower((unsigned char)*e) && pe < end - 1 &&
          *pe == ' ' && ks_is_alpha((unsigned char)pe[1]) &&
          word_is(e, (size_t)(pe - e), particles, N_OF(particles)))
        e = pe + 1;
    }
    if (e >= end || !ks_is_upper((unsigned char)*e))
      return words ? e - 1 : NULL;
    while (e < end && (ks_is_alpha((unsigned char)*e) || *e == '\'' ||
                       *e == '-' || (unsigned char)*e >= 0x80))
      e++;
    if (e >= end || *e != ' ' || e + 1 >= end ||
        !ks_is_upper((unsigned char)e[1]))
      return e;
    e++;
  }
  return e - 1;
}

/* Whether the cell ends at e: the sentence's end, a comma, a bracket. */
static bool cell_end(const struct norm *n, const char *e) {
  return e == n->end || *e == ',' || *e == ')' || starts(e, n->end, " (");
}

/* A cricket scorecard as a table's row reads it. A batter's dismissal:
 * "c Kirkby b Hadley" is "caught Kirkby, bowled Hadley", "st" stumped,
 * "c & b" caught and bowled, "lbw b Quill" and "b Quill" bowled; a
 * bowler's name after "b" and the keeper's after "c" are capitalised, and
 * the cell ends after them. The extras' "(b 4, lb 9, nb 3, w 4)": byes,
 * leg byes, no-balls, wides. "88 Ov" overs and "RR" the run rate in a
 * sentence about cricket. */
static const char *scorecard(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *e;
  size_t len = (size_t)(we - p);
  if (len > 3 || we >= end)
    return NULL;
  /* "c & b Quill" */
  if (len == 1 && *p == 'c' && cell_start(n, p) &&
      starts(we, end, " & b ") && (e = card_name(we + 5, end)) != NULL &&
      cell_end(n, e)) {
    say(n, "caught and bowled");
    return we + 4;
  }
  /* "Negi held a c & b chance": the catch in prose, after "a", in a
   * sentence or an article about cricket */
  if (len == 1 && *p == 'c' && starts(we, end, " & b") &&
      !alnum_at(we + 4, end) && p - n->s >= 2 && starts(p - 2, end, "a ") &&
      (p - 2 == n->s || !ks_is_alpha((unsigned char)p[-3])) &&
      ks_norm_about_cricket(n)) {
    say(n, "caught and bowled");
    return we + 4;
  }
  /* "c Kirkby b Hadley", "st Kirkby b Quill" */
  if (((len == 1 && *p == 'c') || (len == 2 && !memcmp(p, "st", 2))) &&
      *we == ' ' && cell_start(n, p) && (e = card_name(we + 1, end)) != NULL &&
      starts(e, end, " b ") && (e = card_name(e + 3, end)) != NULL &&
      cell_end(n, e)) {
    say(n, *p == 'c' ? "caught" : "stumped");
    return we;
  }
  if (len == 1 && *p == 'b' && *we == ' ' &&
      (e = card_name(we + 1, end)) != NULL && cell_end(n, e)) {
    /* after "lbw", after the catcher's name, or a cell of its own in a
     * sentence about cricket */
    const char *c = p;
    bool caught = false;
    while (c > n->s && c[-1] != ',' && c[-1] != '(' && c[-1] != ':' &&
           p - c < 60)
      c--;
    while (c < p && *c == ' ')
      c++;
    caught = (starts(c, end, "c ") || starts(c, end, "st ")) &&
             card_name(c + (*c == 'c' ? 2 : 3), end) == p - 1;
    if (caught || (p - n->s >= 4 && !memcmp(p - 4, "lbw ", 4)) ||
        (cell_start(n, p) && ks_norm_about_cricket(n))) {
      say(n, "bowled");
      return we;
    }
  }
  /* the extras in a row that opens with "Extras" */
  static const struct {
    const char *abbr, *spoken;
  } extras[] = {{"b", "byes"},   {"lb", "leg byes"}, {"nb", "no-balls"},
                {"pen", "penalty runs"}, {"w", "wides"}};
  if (*we == ' ' && we + 1 < end && ks_is_digit((unsigned char)we[1]) &&
      p > n->s && (p[-1] == '(' || (p[-1] == ' ' && p[-2] == ',')) &&
      starts(n->s, end, "Extras"))
    for (size_t i = 0; i < N_OF(extras); i++)
      if (strlen(extras[i].abbr) == len && !memcmp(p, extras[i].abbr, len)) {
        say(n, extras[i].spoken);
        return we;
      }
  /* "88 Ov", "(RR: 3.26)" */
  if (len == 2 && !memcmp(p, "Ov", 2) && p - n->s >= 2 && p[-1] == ' ' &&
      ks_is_digit((unsigned char)p[-2]) && !alnum_at(we, end) &&
      ks_norm_about_cricket(n)) {
    say(n, "overs");
    return we;
  }
  const char *rd;
  if (len == 2 && !memcmp(p, "RR", 2) &&
      (starts(we, end, ": ") || starts(we, end, " ")) &&
      (rd = skip_spaces(we + 1, end)) < end &&
      ks_is_digit((unsigned char)*rd) && ks_norm_about_cricket(n)) {
    say(n, "run rate");
    return we;
  }
  return NULL;
}

/* The nations of sport by their Olympic codes, as results write them
 * after a competitor's name: "Jannik Sinner (ITA)", and the home nations
 * as snooker, darts and golf write them ("(Sco)"). Sorted by code. (Not
 * the codes most often other initialisms in brackets: EST, SEN, MON, ARM,
 * SAT; those that are words, CAN, PER, FIN, MAR, PAR, DEN, are read so
 * only after a person's name.) */
static const struct {
  const char code[4], *name;
} nations[] = {
    {"ALG", "Algeria"},       {"ARG", "Argentina"},     {"AUS", "Australia"},
    {"AUT", "Austria"},       {"AZE", "Azerbaijan"},    {"BAH", "the Bahamas"},
    {"BEL", "Belgium"},       {"BIH", "Bosnia"},        {"BLR", "Belarus"},
    {"BOL", "Bolivia"},       {"BRA", "Brazil"},        {"BRN", "Bahrain"},
    {"BUL", "Bulgaria"},      {"CAN", "Canada"},        {"CHI", "Chile"},
    {"CHN", "China"},         {"CIV", "Ivory Coast"},   {"CMR", "Cameroon"},
    {"COL", "Colombia"},      {"CRO", "Croatia"},       {"CUB", "Cuba"},
    {"CYP", "Cyprus"},        {"CZE", "the Czech Republic"}, {"DEN", "Denmark"},
    {"DOM", "the Dominican Republic"}, {"ECU", "Ecuador"},
    {"EGY", "Egypt"},         {"ENG", "England"},       {"ESP", "Spain"},
    {"ETH", "Ethiopia"},      {"FIJ", "Fiji"},          {"FIN", "Finland"},
    {"FRA", "France"},        {"GBR", "Great Britain"}, {"GEO", "Georgia"},
    {"GER", "Germany"},       {"GHA", "Ghana"},         {"GRE", "Greece"},
    {"HKG", "Hong Kong"},     {"HUN", "Hungary"},       {"INA", "Indonesia"},
    {"IND", "India"},         {"IRI", "Iran"},          {"IRL", "Ireland"},
    {"ISL", "Iceland"},       {"ISR", "Israel"},        {"ITA", "Italy"},
    {"JAM", "Jamaica"},       {"JPN", "Japan"},         {"KAZ", "Kazakhstan"},
    {"KEN", "Kenya"},         {"KOR", "South Korea"},   {"KSA", "Saudi Arabia"},
    {"LAT", "Latvia"},        {"LTU", "Lithuania"},     {"LUX", "Luxembourg"},
    {"MAR", "Morocco"},       {"MAS", "Malaysia"},      {"MDA", "Moldova"},
    {"MEX", "Mexico"},        {"MGL", "Mongolia"},
    {"MKD", "North Macedonia"}, {"MLT", "Malta"},         {"MNE", "Montenegro"},
    {"NED", "the Netherlands"}, {"NGR", "Nigeria"},
    {"NIR", "Northern Ireland"}, {"NOR", "Norway"},
    {"NZL", "New Zealand"},   {"PAK", "Pakistan"},      {"PAR", "Paraguay"},
    {"PER", "Peru"},          {"PHI", "the Philippines"}, {"POL", "Poland"},
    {"POR", "Portugal"},      {"PUR", "Puerto Rico"},   {"QAT", "Qatar"},
    {"ROU", "Romania"},       {"RSA", "South Africa"},  {"RUS", "Russia"},
    {"SCO", "Scotland"},      {"SGP", "Singapore"},     {"SLO", "Slovenia"},
    {"SRB", "Serbia"},        {"SRI", "Sri Lanka"},     {"SUI", "Switzerland"},
    {"SVK", "Slovakia"},      {"SWE", "Sweden"},        {"THA", "Thailand"},
    {"TPE", "Chinese Taipei"}, {"TTO", "Trinidad and Tobago"},
    {"TUN", "Tunisia"},       {"TUR", "Turkey"},
    {"UAE", "the United Arab Emirates"}, {"UGA", "Uganda"},
    {"UKR", "Ukraine"},       {"URU", "Uruguay"},
    {"USA", "the United States"}, {"UZB", "Uzbekistan"},
    {"VEN", "Venezuela"},     {"VIE", "Vietnam"},       {"WAL", "Wales"},
    {"ZIM", "Zimbabwe"}};

/* Whether the letter at b is a capital of Latin-1 or Latin Extended-A:
 * "É", "Ł", "Š", "İ" (a name's first letter). */
static bool capital_beyond_ascii(const char *b, const char *end) {
  uint32_t cp;
  if ((unsigned char)*b < 0xC0 || ks_utf8_decode(b, (size_t)(end - b), &cp) < 2)
    return false;
  if (cp >= 0xC0 && cp <= 0xDE)
    return cp != 0xD7; /* not "×" */
  if (cp == 0x130 || cp == 0x178)
    return true; /* "İ", "Ÿ" */
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
    return cp % 2 == 0;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return cp % 2 == 1;
  return false;
}

/* The nation of an Olympic code of three capitals, or NULL. */
static const char *nation_name(const char *code) {
  size_t lo = 0, hi = N_OF(nations);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = memcmp(code, nations[mid].code, 3);
    if (c == 0)
      return nations[mid].name;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

/* "Jannik Sinner (ITA)": a competitor's nation by its Olympic code in
 * brackets right after a name of two capitalised words or more (or one
 * after a seed), said as the nation. */
static const char *nation_code(struct norm *n, const char *p) {
  if (n->end - p < 5 || p[4] != ')' || p - n->s < 3 || p[-1] != ' ' ||
      !(ks_is_lower((unsigned char)p[-2]) || (unsigned char)p[-2] >= 0x80) ||
      !ks_is_upper((unsigned char)p[1]))
    return NULL;
  /* "Gaudu (Fra)", "Van Aert (Bel)": a cycling result's code in small
   * letters after its capital, after one surname too (not a British
   * party's tag: "(Con)", "(Lab)", "(Ind)") */
  bool titled = ks_is_lower((unsigned char)p[2]) &&
                ks_is_lower((unsigned char)p[3]);
  static const char *const parties[] = {"(Con)", "(Grn)", "(Ind)", "(Lab)",
                                        "(Lib)", "(Ref)"};
  char code[3] = {p[1], (char)ks_to_upper((unsigned char)p[2]),
                  (char)ks_to_upper((unsigned char)p[3])};
  if (!titled && (!ks_is_upper((unsigned char)p[2]) ||
                  !ks_is_upper((unsigned char)p[3])))
    return NULL;
  for (size_t i = 0; titled && i < N_OF(parties); i++)
    if (!memcmp(p, parties[i], 5))
      return NULL;
  /* "BSc (Eng)": a degree's branch, engineering, no nation */
  static const char *const degrees[] = {"BA",   "BEng", "BSc", "MA",
                                        "MEng", "MSc",  "PhD"};
  if (titled && ks_norm_word_before(n, p, degrees, N_OF(degrees)))
    return NULL;
  /* "Denver International Airport (DEN)", "Sydney Olympic Park Station
   * (OLY)": a place's or a body's own code after the noun that names what
   * it is, no competitor's nation (a surname is none of these nouns) */
  /* (only nouns of places with codes of their own: a university's or a
   * centre's athlete may follow with a nation, "Ohio State University
   * (DEN)") */
  static const char *const places[] = {"Airfield", "Airport", "Station",
                                       "Terminal"};
  if (ks_norm_word_before(n, p, places, N_OF(places)))
    return NULL;
  /* "Ice Brent (Mar)", "gasoil (Feb)": a futures contract's month, the
   * month said, in a sentence about a market ("Mar" is no Moroccan here;
   * "Her husband (Jan)" is a name) */
  static const char *const markets[] = {
      "Brent",  "Comex", "Contract", "ICE",    "Ice",  "Nymex", "contract",
      "copper", "crude", "futures",  "gasoil", "gold", "wheat"};
  for (int m = 0; titled && n->lang->months && m < 12 &&
                  ks_norm_sentence_has(n, markets, N_OF(markets));
       m++)
    if (!memcmp(p + 1, n->lang->months[m], 3)) {
      ks_buf_putc(n->out, '(');
      ks_buf_puts(n->out, n->lang->months[m]);
      ks_buf_putc(n->out, ')');
      return p + 5;
    }
  /* a person's name before it, two capitalised words or more ("Carlos
   * Alcaraz (ESP)"; not a city's airport, "Vienna (VIE)"), whose
   * initials are not the code ("Great British Railways (GBR)", "Road
   * Safety Authority (RSA)": an initialism after its words) */
  const char *e2 = p - 1; /* the space after a word of the name */
  char initials[8];
  size_t k = 0, words = 0;
  while (words < 6 && e2 > n->s && *e2 == ' ') {
    const char *b = e2;
    /* letters beyond ASCII are letters of the name ("Théo") */
    while (b > n->s && (ks_is_alpha((unsigned char)b[-1]) || b[-1] == '-' ||
                        b[-1] == '\'' || (unsigned char)b[-1] >= 0x80))
      b--;
    if (b == e2)
      break;
    if (ks_is_upper((unsigned char)*b) || capital_beyond_ascii(b, n->end)) {
      if (k < sizeof initials)
        initials[k++] = *b;
    } else if (!(e2 - b == 2 && ((b[0] == 'o' && b[1] == 'f') ||
                                 (b[0] == 'd' && b[1] == 'e')))) {
      break; /* a word in small letters ends the name ("of", "de" go on) */
    }
    words++;
    if (b == n->s)
      break;
    e2 = b - 1;
  }
  /* one surname only after a draw's seed, "[3] Sinner (ITA)" */
  bool seeded = k == 1 && e2 >= n->s + 1 && e2[0] == ' ' && e2[-1] == ']';
  if (k < 2 && !seeded && !(titled && k == 1))
    return NULL;
  /* the name's initials (read backwards above) hold the code's letters in
   * order: an initialism after its words ("Road Safety Authority of
   * Ireland (RSA)", "Malaysia Airlines (MAS)") */
  size_t got = 0;
  for (size_t i = k; i-- > 0 && got < 3;)
    if (initials[i] == code[got])
      got++;
  if (got >= (k < 3 ? k : 3))
    return NULL;
  const char *name = nation_name(code);
  if (!name)
    return NULL;
  ks_buf_putc(n->out, '(');
  ks_buf_puts(n->out, name);
  ks_buf_putc(n->out, ')');
  return p + 5;
}

/* "State: PA", "State: OH": a table's state by its postal code after its
 * column's label, said as the state. */
static const char *state_column(struct norm *n, const char *p, const char *we) {
  const char *state;
  if (we != p + 2 || !ks_is_upper((unsigned char)p[1]) ||
      alnum_at(we, n->end) || !ks_norm_after_cell_label(n, p, "State: ") ||
      (state = ks_norm_state_code(n->lang, p, 2)) == NULL)
    return NULL;
  say(n, state);
  return we;
}

/* "(not incl.)": not included, where the phrase ends (before it, "incl.
 * VAT", including); "w/c 6 Jan": week commencing, before a date. Where
 * it ends, or NULL. */
static const char *short_phrases(struct norm *n, const char *p,
                                 const char *we) {
  const char *end = n->end;
  if (we == p + 4 && !memcmp(p, "incl", 4) && we < end && *we == '.' &&
      p - n->s >= 4 && !memcmp(p - 4, "not ", 4) &&
      (we + 1 == end || we[1] == ')' || we[1] == ',' || we[1] == ';')) {
    say(n, "included");
    return we + 1;
  }
  /* (before a date: a day and a month's name, or a day and a month in
   * figures; not "W/C 12 beds", a wheelchair's or a toilet's) */
  const char *d = we + 3, *de = d < end ? digit_end(d, end) : d, *m, *me;
  bool dated =
      de > d && de - d <= 2 && de < end &&
      ((*de == '/' && de + 1 < end && ks_is_digit((unsigned char)de[1])) ||
       (*de == ' ' && (m = de + 1) < end &&
        (me = alpha_end(m, end)) > m &&
        ks_norm_month_of(n, m, (size_t)(me - m)) > 0));
  if (we == p + 1 && (*p == 'w' || *p == 'W') && end - we >= 4 &&
      we[0] == '/' && (we[1] == 'c' || we[1] == 'C') && we[2] == ' ' &&
      dated && !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    say(n, "week commencing");
    return we + 2;
  }
  return NULL;
}

/* "District: D15": a table's district by its code, a D and its number
 * (Singapore's postal districts), said as the number after the label.
 * Where it ends, or NULL. */
static const char *district_column(struct norm *n, const char *p,
                                   const char *we) {
  const char *d = p + 1, *de;
  if (we != d || *p != 'D' || !ks_norm_after_cell_label(n, p, "District: "))
    return NULL;
  de = digit_end(d, n->end);
  if (de == d || de - d > 2 || alnum_at(de, n->end))
    return NULL;
  sep(n);
  ks_num_cardinal(n->out, small_val(d, de));
  return de;
}

/* "(W3 D1 L1)", "W10-D4-L2": a side's record of games won, drawn and lost,
 * "won three, drawn one, lost one". Where it ends, or NULL. */
static const char *won_drawn_lost(struct norm *n, const char *p,
                                  const char *we) {
  static const char letters[] = {'W', 'D', 'L'};
  static const char *const said[] = {"won", "drawn", "lost"};
  const char *end = n->end, *c = p, *d[3], *de[3];
  if (we != p + 1 || (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  for (int i = 0; i < 3; i++) {
    if (i > 0) {
      if (c >= end || (*c != ' ' && *c != '-'))
        return NULL;
      c++;
    }
    if (c >= end || *c != letters[i])
      return NULL;
    d[i] = c + 1;
    de[i] = digit_end(d[i], end);
    if (de[i] == d[i] || de[i] - d[i] > 2)
      return NULL;
    c = de[i];
  }
  if (alnum_at(c, end))
    return NULL;
  for (int i = 0; i < 3; i++) {
    if (i > 0)
      ks_buf_putc(n->out, ',');
    say(n, said[i]);
    sep(n);
    ks_num_cardinal(n->out, small_val(d[i], de[i]));
  }
  return c;
}

/* At p, the rest of a currency's sign in small letters, one or two, then
 * its figures, glued or after a space: "Ksh 230", "Kshs 500" (from the
 * sign's third letter). */
static bool small_sign(const char *p, const char *end) {
  const char *d = p;
  while (d < end && d - p < 2 && ks_is_lower((unsigned char)*d))
    d++;
  if (d == p)
    return false;
  if (d < end && *d == '.') /* "Afl. 1.4 million" */
    d++;
  if (d < end && *d == ' ')
    d++;
  return d < end && ks_is_digit((unsigned char)*d);
}

/* "at wk 12", "Wk 5 picks": "wk" without its stop before a number is the
 * week of that number (after a number it is a unit, "12 wks"). Where it
 * ends, or NULL. */
static const char *week_number(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  if (we - p != 2 || ks_to_lower((unsigned char)p[0]) != 'w' || p[1] != 'k' ||
      we >= end - 1 || *we != ' ' || !ks_is_digit((unsigned char)we[1]) ||
      alnum_at(digit_end(we + 1, end), end) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  say(n, "week");
  return we;
}

/* "closed between J10 and J11": a British motorway's junction, "J" glued
 * to its number, in a sentence about a motorway (an "M" road's number, a
 * carriageway; not "a slip ... in the J1 League"). Where it ends, or
 * NULL. */
static const char *motorway_junction(struct norm *n, const char *p,
                                     const char *we) {
  static const char *const roads[] = {"carriageway", "motorway",
                                      "motorways"};
  const char *end = n->end, *d = we, *de = digit_end(d, end);
  if (we != p + 1 || de == d || de - d > 2 || alnum_at(de, end) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  bool m_road = false;
  for (const char *c = n->s; c + 2 < end && !m_road; c++)
    m_road = (*c == 'M' && ks_is_digit((unsigned char)c[1]) &&
              (c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
              !alnum_at(digit_end(c + 1, end), end)) ||
             /* (or an A road's motorway stretch, "the A1(M)") */
             (c > n->s && ks_is_digit((unsigned char)c[-1]) &&
              starts(c, end, "(M)"));
  if (!m_road && !ks_norm_sentence_has(n, roads, N_OF(roads)))
    return NULL;
  say(n, "junction");
  sep(n);
  ks_num_cardinal(n->out, small_val(d, de));
  return de;
}

/* "Mi-17", "Su-30", "Tu-154", "An-124", "Il-76MD": a Soviet or Russian
 * design bureau's aircraft, its letters spelled and its number as a
 * model's (three figures in pairs, "one fifty-four"); "MiG-29" and
 * "Yak-130" are said as words. espeak-ng reads "Mi" as "my", "Su" as
 * "sue" and "An" as the article. Where it ends, or NULL. */
static const char *design_bureau(struct norm *n, const char *p,
                                 const char *we) {
  static const char *const spelled[] = {"An", "Be", "Il", "Ka",
                                        "Mi", "Su", "Tu"};
  const char *end = n->end, *d, *de, *le;
  size_t len = (size_t)(we - p);
  /* (the hyphen and its figure first: this runs at every short
   * capitalised word) */
  if (we >= end - 1 || *we != '-' || !ks_is_digit((unsigned char)we[1]) ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-')))
    return NULL;
  bool spell = word_is(p, len, spelled, N_OF(spelled));
  bool word =
      !spell && len == 3 && (!memcmp(p, "MiG", 3) || !memcmp(p, "Yak", 3));
  if (!spell && !word)
    return NULL;
  d = we + 1;
  de = digit_end(d, end);
  if (de - d > 3)
    return NULL;
  /* a variant's capitals after the number: "Il-76MD", "Su-35S" */
  for (le = de; le < end && ks_is_upper((unsigned char)*le) && le - de < 3;)
    le++;
  if (le < end && (ks_is_alnum((unsigned char)*le) || *le == '-'))
    return NULL;
  /* (a Ukrainian "An-" or Russian "Su-" only beside what flies: not "An-
   * 12-year-old"; the number is a model's when a word of aircraft is in
   * the sentence or it is not a year's or an age's) */
  static const char *const flying[] = {
      "aircraft", "airliner", "airliners", "bomber", "bombers", "cargo",
      "crash",    "crashed",  "fighter",   "fighters", "flew",   "flight",
      "gunship",  "helicopter", "helicopters", "jet",  "jets",   "landed",
      "plane",    "planes",   "transport", "warplane", "warplanes"};
  if (!ks_norm_sentence_has(n, flying, N_OF(flying)))
    return NULL;
  sep(n);
  if (word) {
    ks_buf_puts(n->out, p[0] == 'M' ? "Mig" : "Yak");
  } else {
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)p[0]));
    ks_buf_putc(n->out, '.');
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)p[1]));
    ks_buf_putc(n->out, '.');
  }
  unsigned x = (unsigned)small_val(d, de);
  ks_buf_putc(n->out, ' ');
  if (de - d == 3 && x % 100 != 0)
    ks_norm_say_pairs(n, x);
  else
    ks_num_cardinal(n->out, x);
  for (const char *c = de; c < le; c++) {
    ks_buf_putc(n->out, ' ');
    ks_buf_putc(n->out, *c);
  }
  return le;
}

/* A wine list's shorthand: "Ch. Doisy-Vernet" a château before its name,
 * "Vintage: NV" non-vintage, in a sentence about wine; "14.5% abv" in
 * small letters, the strength said as its letters. Where it ends, or
 * NULL. */
static const char *wine_shorthand(struct norm *n, const char *p,
                                  const char *we) {
  /* (the wine's own words: a bottle or a glass is anyone's) */
  static const char *const wine[] = {
      "Barsac",  "Bordeaux", "Burgundy", "cellar",  "Champagne", "claret",
      "cru",     "grape",    "Margaux",  "Pauillac", "Pomerol",  "Sauternes",
      "vintage", "Vintage",  "wine",     "Wine",     "wines"};
  static const char *const ranks[] = {"Const", "Insp", "Supt"}; /* Chief */
  const char *end = n->end;
  if (we - p == 2 && p[0] == 'C' && p[1] == 'h' && we + 2 < end &&
      we[0] == '.' && we[1] == ' ' && ks_is_upper((unsigned char)we[2]) &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1])) &&
      !word_is(we + 2, (size_t)(alpha_end(we + 2, end) - we - 2), ranks,
               N_OF(ranks)) &&
      ks_norm_find_exact(n, n->s, wine, N_OF(wine))) {
    say(n, "Château");
    return we + 1;
  }
  if (we - p == 2 && p[0] == 'N' && p[1] == 'V' && !alnum_at(we, end) &&
      p - n->s >= 9 && !memcmp(p - 9, "Vintage: ", 9)) {
    say(n, "non-vintage");
    return we;
  }
  if (we - p == 3 && !memcmp(p, "abv", 3) && !alnum_at(we, end) &&
      p - n->s >= 2 && p[-1] == ' ' && p[-2] == '%') {
    say(n, "A B V");
    return we;
  }
  return NULL;
}

/* "Province: Man.", "Province: N.S.", "Province: ON": a table's Canadian
 * province by its abbreviation after its column's label, said whole as
 * the other rows write it: the language's postal codes (states[]) and its
 * abbreviations of places, and the territories those lack. Where it ends,
 * or NULL. */
static const char *province_column(struct norm *n, const char *p) {
  /* ("NT" alone after a city is Australia's Northern Territory: the
   * Canadian territories' codes are read so only here) */
  static const struct {
    const char *abbr, *name;
  } territories[] = {{"NT", "the Northwest Territories"},
                     {"NU", "Nunavut"},
                     {"Nvt.", "Nunavut"},
                     {"YT", "Yukon"}};
  const char *end = n->end, *e = p, *name = NULL;
  const struct ks_abbrev *ab;
  if (!ks_norm_after_cell_label(n, p, "Province: ") &&
      !ks_norm_after_cell_label(n, p, "Prov.: "))
    return NULL;
  /* the abbreviation's letters and inner stops ("N.S"), then its own */
  while (e < end && (ks_is_alpha((unsigned char)*e) ||
                     (*e == '.' && e + 1 < end && ks_is_alpha((unsigned char)e[1]))))
    e++;
  bool dot = e < end && *e == '.';
  if (!dot && e - p == 2)
    name = ks_norm_state_code(n->lang, p, 2);
  else if (dot && (ab = ks_lang_abbrev(n->lang, p, (size_t)(e - p))) != NULL &&
           (ab->flags & KS_AB_PLACE) && ab->spoken)
    name = ab->spoken;
  for (size_t i = 0; !name && i < N_OF(territories); i++)
    if ((size_t)(e + dot - p) == strlen(territories[i].abbr) &&
        !memcmp(p, territories[i].abbr, (size_t)(e + dot - p)))
      name = territories[i].name;
  e += dot;
  if (!name ||
      !(e == end || *e == ',' || *e == ';' || *e == ' ' ||
        (*e == '.' && e + 1 == end)))
    return NULL;
  say(n, name);
  return e;
}

/* "Coyle (D): 52.3%, Hollister (R): 46.1%": a candidate's party by its
 * letter in brackets after the name, in a sentence that names both
 * parties so ("(L)" a libertarian, "(I)" an independent, "(G)" a green
 * beside them; alone "(L)" is a picture's left). */
static const char *party_letter(struct norm *n, const char *p) {
  static const struct {
    char letter;
    const char *party;
  } parties[] = {{'D', "Democrat"},
                 {'G', "Green"},
                 {'I', "Independent"},
                 {'L', "Libertarian"},
                 {'R', "Republican"}};
  const char *end = n->end;
  bool d = false, r = false;
  if (end - p < 3 || p[2] != ')' || p - n->s < 3 || p[-1] != ' ' ||
      !ks_is_lower((unsigned char)p[-2]))
    return NULL;
  for (const char *c = n->s; c + 3 <= end; c++)
    if (c[0] == '(' && c[2] == ')') {
      d = d || c[1] == 'D';
      r = r || c[1] == 'R';
    }
  if (!d || !r)
    return NULL;
  for (size_t i = 0; i < N_OF(parties); i++)
    if (p[1] == parties[i].letter) {
      ks_buf_putc(n->out, '(');
      ks_buf_puts(n->out, parties[i].party);
      ks_buf_putc(n->out, ')');
      return p + 3;
    }
  return NULL;
}

/* "Nat: KEN", "Nat.: ITA", "Country: ETH": a results table's nation by its
 * Olympic code after its column's label, said as the nation. */
static const char *nation_column(struct norm *n, const char *p,
                                 const char *we) {
  static const char *const labels[] = {
      "Country: ", "Nat.: ", "Nat: ", "Nation: ", "Nationality: "};
  /* (in the column, the codes the table of nations leaves out as other
   * initialisms: "Nat.: MON", Monaco's) */
  static const struct {
    const char *code, *name;
  } more[] = {{"ARM", "Armenia"},
              {"EST", "Estonia"},
              {"MON", "Monaco"},
              {"SEN", "Senegal"}};
  const char *name;
  if (we != p + 3 || !ks_is_upper((unsigned char)p[1]) ||
      !ks_is_upper((unsigned char)p[2]) || alnum_at(we, n->end))
    return NULL;
  for (size_t i = 0; i < N_OF(labels); i++) {
    if (!ks_norm_after_cell_label(n, p, labels[i]))
      continue;
    name = nation_name(p);
    for (size_t k = 0; !name && k < N_OF(more); k++)
      if (!memcmp(p, more[k].code, 3))
        name = more[k].name;
    if (name == NULL)
      return NULL;
    say(n, name);
    return we;
  }
  return NULL;
}

/* "1:47.38 NR", "52.41 WR": a record's mark after a time to the hundredth
 * in a results line, the record said ("national record"); not a decimal
 * of another kind ("2.50 CR", no hundredths' time: a price) */
static const char *record_mark(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *mark, *spoken;
  } marks[] = {{"CR", "championship record"}, {"ER", "European record"},
               {"MR", "meet record"},         {"NR", "national record"},
               {"OR", "Olympic record"},      {"WR", "world record"}};
  const char *d = p - 1;
  if (p - n->s < 6 || *d != ' ' || !ks_is_digit((unsigned char)d[-1]) ||
      !ks_is_digit((unsigned char)d[-2]) || d[-3] != '.' ||
      !ks_is_digit((unsigned char)d[-4]) || alnum_at(we, n->end))
    return NULL;
  /* (a time: minutes and a colon before, or seconds of two figures at
   * most) */
  const char *b = d - 4;
  while (b > n->s && ks_is_digit((unsigned char)b[-1]))
    b--;
  static const char *const racing[] = {
      "breaststroke", "butterfly", "clocked", "final",  "freestyle", "heat",
      "hurdles",      "medley",    "metres",  "meters", "race",      "ran",
      "record",       "relay",     "sprint",  "swam",   "swim",      "Time"};
  if (!(b > n->s && b[-1] == ':') &&
      (d - 3 - b > 2 || !ks_norm_sentence_has(n, racing, N_OF(racing))))
    return NULL;
  /* (not after money, "Rs 75.22 CR", nor a noun before "from" or
   * "per", "the 4.33 WR from Texas") */
  const char *cb = b, *ce;
  while (cb > n->s && cb[-1] == ' ')
    cb--;
  const char *cw = cb;
  while (cw > n->s && !ks_is_space((unsigned char)cw[-1]))
    cw--;
  if ((cw < b && ks_norm_scan_currency(n->lang, cw, n->end, &ce) != NULL) ||
      starts(we, n->end, " from ") || starts(we, n->end, " per "))
    return NULL;
  for (size_t i = 0; i < N_OF(marks); i++)
    if (!memcmp(p, marks[i].mark, 2)) {
      say(n, marks[i].spoken);
      return we;
    }
  return NULL;
}

/* "the women's 200m IM", "400 IM": a swimming race's individual medley
 * after its distance */
static const char *medley(struct norm *n, const char *p, const char *we) {
  const char *d = p - 1;
  if (we - p != 2 || memcmp(p, "IM", 2) != 0 || alnum_at(we, n->end) ||
      p - n->s < 4 || *d != ' ')
    return NULL;
  bool metres = d[-1] == 'm';
  if (metres)
    d--;
  if (!ks_is_digit((unsigned char)d[-1]) || !ks_is_digit((unsigned char)d[-2]))
    return NULL;
  /* (in a sentence about swimming, or with the metres' "m" glued: not a
   * dose given "50 IM", intramuscular, nor "the 52 IM recipients"; and
   * not a compound's first part, "IM-treated") */
  static const char *const swimming[] = {
      "backstroke", "breaststroke", "butterfly", "final",   "finals",
      "freestyle",  "heat",         "heats",     "medley",  "pool",
      "relay",      "swam",         "swim",      "swimmer", "swimming"};
  if (we < n->end && *we == '-')
    return NULL;
  if (!metres && !ks_norm_sentence_has(n, swimming, N_OF(swimming)))
    return NULL;
  say(n, "individual medley");
  return we;
}

/* "the liquidator, Me Sandrine Lefort": a French lawyer's title, Maître,
 * before a name of two capitalised words, after a comma or a word in
 * small letters (not "Call Me Ishmael", nor a sentence's first "Me") */
static const char *maitre(struct norm *n, const char *p, const char *we) {
  static const char *const lawyers[] = {
      "advocate",    "attorney",     "bar",       "counsel",    "court",
      "judge",       "lawyer",       "lawyers",   "liquidator", "notary",
      "represented", "representing", "solicitor", "tribunal"};
  const char *end = n->end, *a, *ae, *b, *be;
  if (we - p != 2 || p[1] != 'e' || p - n->s < 2 || p[-1] != ' ' ||
      !(p[-2] == ',' || (n->prev && n->prev + n->prev_len + 1 == p &&
                         ks_is_lower((unsigned char)*n->prev))) ||
      (a = ks_norm_next_word(n, we, &ae)) == NULL ||
      !ks_is_upper((unsigned char)*a) || ae - a < 2 ||
      !ks_is_lower((unsigned char)a[1]) ||
      /* (not the movement's name, "the Me Too Movement") */
      (ae - a == 3 && !memcmp(a, "Too", 3)) ||
      (b = ks_norm_next_word(n, ae, &be)) == NULL ||
      !ks_is_upper((unsigned char)*b) || be - b < 2 ||
      !ks_is_lower((unsigned char)b[1]) || be >= end ||
      /* (in a sentence about a court, a lawyer or a liquidator: not a
       * book's or a film's title, "the film Me Before You") */
      !ks_norm_sentence_has(n, lawyers, N_OF(lawyers)))
    return NULL;
  say(n, "Maître");
  return we;
}

/* "Budget 2025 (SRD): 8,874,000", "Cost (USD): 1,200": a currency's
 * code of three capitals alone in brackets before a label's colon, the
 * unit of the figures after it, said "in Surinamese dollars" (set BH) */
static const char *currency_label(struct norm *n, const char *p) {
  const struct ks_currency *cur;
  const char *a;
  /* (figures after the colon: not an initialism's "Coronary artery
   * disease (CAD): a narrowing") */
  if (n->end - p < 8 || p[4] != ')' || p[5] != ':' || p[6] != ' ' ||
      !ks_is_digit((unsigned char)p[7]) || !ks_is_upper((unsigned char)p[1]) ||
      !ks_is_upper((unsigned char)p[2]) || !ks_is_upper((unsigned char)p[3]) ||
      (cur = ks_norm_scan_currency(n->lang, p + 1, n->end, &a)) == NULL ||
      a != p + 4 || strlen(cur->sign) != 3)
    return NULL;
  sep(n);
  ks_buf_puts(n->out, "(in ");
  ks_buf_puts(n->out, cur->many);
  ks_buf_putc(n->out, ')');
  return p + 5;
}

/* A note in brackets on a sports page: "Faiz Qureshi (wk)" the
 * wicketkeeper, after a name in a sentence about cricket (a unit's "wk" is
 * a week); a hockey goal's "4:12 (pp)", power play, "(sh)" short-handed,
 * "(en)" empty net, after its time in a sentence about a period or a goal;
 * a player's "(6G, 19A)", goals and assists. */
/* A clock's minutes end right before b: "12:47" ("Smith 2 (ENG)" is a
 * player's count, then his nation). */
static bool clock_before(const struct norm *n, const char *b) {
  return b - n->s >= 4 && ks_is_digit((unsigned char)b[-1]) &&
         ks_is_digit((unsigned char)b[-2]) && b[-3] == ':' &&
         ks_is_digit((unsigned char)b[-4]);
}

static const char *sports_note(struct norm *n, const char *p) {
  static const char *const hockey[] = {"goal",   "goals",  "period",
                                       "Period", "scored", "shots"};
  static const struct {
    const char *note, *spoken;
  } goals[] = {{"(pp)", "(power play)"},
               {"(sh)", "(short-handed)"},
               {"(en)", "(empty net)"},
               {"(ppg)", "(power-play goal)"},
               {"(shg)", "(short-handed goal)"},
               {"(PPG)", "(power-play goal)"},
               {"(SHG)", "(short-handed goal)"},
               {"(ENG)", "(empty-net goal)"},
               {"(GWG)", "(game-winning goal)"},
               {"(PP)", "(power play)"},
               {"(SH)", "(short-handed)"},
               {"(EN)", "(empty net)"}};
  const char *end = n->end, *d, *de;
  if (starts(p, end, "(wk)") && p - n->s >= 3 && p[-1] == ' ' &&
      ks_is_alpha((unsigned char)p[-2]) && ks_norm_about_cricket(n)) {
    ks_buf_puts(n->out, "(wicketkeeper)");
    return p + 4;
  }
  /* "17 Jones (c)", "Smith (vc), Brown, Lee": a team list's captain and
   * vice-captain after a name, in a list of names (a shirt's number
   * before the name, or three commas in the sentence); not a list's third
   * point, "(b) ... (c)", nor a credit's or a copyright's "Reuters (c)",
   * "(c) 2024" */
  bool capt = starts(p, end, "(capt)");
  size_t ml = capt ? 6 : p + 1 < end && p[1] == 'v' ? 4 : 3;
  if ((capt || starts(p, end, "(c)") || starts(p, end, "(vc)")) &&
      p - n->s >= 3 && p[-1] == ' ' && ks_is_alpha((unsigned char)p[-2]) &&
      !(p + ml + 1 < end && p[ml] == ' ' &&
        ks_is_digit((unsigned char)p[ml + 1]))) {
    const char *w = p - 2;
    size_t commas = 0;
    for (const char *b = n->s; b < end; b++) {
      if (b + 3 <= p && starts(b, end, "(b)"))
        return NULL;
      commas += *b == ',' || *b == ';';
    }
    /* (a name beyond ASCII too: "C Ó Dálaigh (capt)") */
    while (w > n->s && (ks_is_alpha((unsigned char)w[-1]) ||
                        (unsigned char)w[-1] >= 0x80))
      w--;
    bool shirt =
        w - n->s >= 2 && w[-1] == ' ' && ks_is_digit((unsigned char)w[-2]);
    if ((ks_is_upper((unsigned char)*w) || capital_beyond_ascii(w, end)) &&
        (shirt || commas >= 3)) {
      ks_buf_puts(n->out, ml == 4 ? "(vice-captain)" : "(captain)");
      return p + ml;
    }
  }
  /* "Aditya Menon (c)(wk)", "Yash Rao (IP)": a cricket side's
   * wicketkeeper and, in the IPL, its impact player, after a name or the
   * captain's mark, in a sentence or an article about cricket */
  static const struct {
    const char *mark, *said;
  } roles[] = {{"(wk)", "(wicketkeeper)"}, {"(IP)", "(impact player)"}};
  for (size_t i = 0; i < N_OF(roles); i++) {
    size_t ml2 = strlen(roles[i].mark);
    /* (after a capitalised name: not "intellectual property (IP)") */
    const char *nb = p - 2;
    while (nb > n->s && (ks_is_alpha((unsigned char)nb[-1]) ||
                         (unsigned char)nb[-1] >= 0x80 || nb[-1] == '-'))
      nb--;
    if (starts(p, end, roles[i].mark) && p - n->s >= 3 &&
        (p[-1] == ')' ||
         (p[-1] == ' ' && (ks_is_alpha((unsigned char)p[-2]) ||
                           (unsigned char)p[-2] >= 0x80) &&
          (ks_is_upper((unsigned char)*nb) || capital_beyond_ascii(nb, end)))) &&
        !alnum_at(p + ml2, end) && ks_norm_about_cricket(n)) {
      ks_buf_puts(n->out, roles[i].said);
      return p + ml2;
    }
  }
  for (size_t i = 0; i < N_OF(goals); i++)
    /* after the goal's time, or the scorer's count in brackets:
     * "Matthews (8) (PP)" */
    if (starts(p, end, goals[i].note) && p - n->s >= 3 && p[-1] == ' ' &&
        (clock_before(n, p - 1) || p[-2] == ')') &&
        ((n->topics & KS_TOPIC_HOCKEY) ||
         ks_norm_sentence_has(n, hockey, N_OF(hockey)))) {
      ks_buf_puts(n->out, goals[i].spoken);
      return p + strlen(goals[i].note);
    }
  /* "(Q) Learner Tien beat (WC) Alex Michelsen": a tennis draw's
   * qualifier, wildcard and lucky loser beside a name, in a result */
  static const struct {
    const char *note, *spoken;
  } entries[] = {{"(LL)", "(lucky loser)"},
                 {"(Q)", "(qualifier)"},
                 {"(WC)", "(wildcard)"}};
  static const char *const results[] = {"beat",   "bt",   "defeated", "lost",
                                        "seed",   "set",  "sets",     "tie-break",
                                        "walkover", "won"};
  for (size_t i = 0; i < N_OF(entries); i++) {
    size_t l = strlen(entries[i].note);
    if (!starts(p, end, entries[i].note))
      continue;
    const char *a = p + l;
    bool name_after = a + 1 < end && *a == ' ' && ks_is_upper((unsigned char)a[1]);
    bool name_before = p - n->s >= 2 && p[-1] == ' ' &&
                       ks_is_lower((unsigned char)p[-2]) && n->prev &&
                       ks_is_upper((unsigned char)*n->prev);
    if ((name_after || name_before) && !alnum_at(a, end) &&
        ks_norm_sentence_has(n, results, N_OF(results))) {
      ks_buf_puts(n->out, entries[i].spoken);
      return a;
    }
  }
  /* "(6G, 19A)", "(2 G, 1 A)" */
  d = p + 1;
  de = digit_end(d, end);
  const char *g2 = de < end && *de == ' ' ? de + 1 : de;
  if (de > d && de - d <= 3 && starts(g2, end, "G, ")) {
    const char *a = g2 + 3, *ae = digit_end(a, end);
    const char *a2 = ae < end && *ae == ' ' ? ae + 1 : ae;
    if (ae > a && ae - a <= 3 && starts(a2, end, "A)")) {
      unsigned g = small_val(d, de), as = small_val(a, ae);
      ks_buf_putc(n->out, '(');
      ks_num_cardinal(n->out, g);
      ks_buf_puts(n->out, g == 1 ? " goal, " : " goals, ");
      ks_num_cardinal(n->out, as);
      ks_buf_puts(n->out, as == 1 ? " assist)" : " assists)");
      return a2 + 2;
    }
  }
  return NULL;
}

/* "Battery life (hrs:mins)", "(mm:ss)", "(h:mm:ss)": the units a table's
 * times are written in, "hours and minutes" (scan.c's table, which
 * date.c's named_units() reads the times by). */
static const char *time_units(struct norm *n, const char *p, const char *we) {
  const struct ks_time_label *t;
  const char *e;
  if (we >= n->end || *we != ':' ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == ':')) ||
      (t = ks_norm_time_label(p, n->end, &e)) == NULL)
    return NULL;
  say(n, t->spoken);
  return e;
}

/* "arXiv:2501.01234", "arXiv 2403.11876v2": a preprint's number, its
 * year and month, then its serial, figure by figure ("archive two five
 * zero one point zero one two three four"). */
static const char *preprint(struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *d, *de, *s2, *se;
  if (we - p != 5 || memcmp(p, "arXiv", 5) || we >= end - 1 ||
      (*we != ':' && *we != ' '))
    return NULL;
  d = we + 1;
  if (d < end && *d == ' ')
    d++;
  de = digit_end(d, end);
  if (de - d != 4 || de >= end - 1 || *de != '.')
    return NULL;
  s2 = de + 1;
  se = digit_end(s2, end);
  if (se - s2 < 4 || se - s2 > 5)
    return NULL;
  if (se < end - 1 && *se == 'v' && ks_is_digit((unsigned char)se[1]))
    se = digit_end(se + 1, end);
  if (alnum_at(se, end))
    return NULL;
  say(n, "archive");
  ks_buf_putc(n->out, ' ');
  ks_num_digits(n->out, d, (size_t)(de - d));
  ks_buf_puts(n->out, " point ");
  const char *v = digit_end(s2, end);
  ks_num_digits(n->out, s2, (size_t)(v - s2));
  if (v < se) {
    ks_buf_puts(n->out, " version ");
    ks_num_digits(n->out, v + 1, (size_t)(se - v - 1));
  }
  return se;
}

/* A rugby match's scorers: "Finn McAllister 4 cons, 2 pens", "Rourke
 * con": conversions and penalties after a count or a kicker's name, where
 * the item ends, in a sentence that counts tries. */
static const char *rugby_kicks(struct norm *n, const char *p, const char *we) {
  static const char *const tries[] = {"tries", "try", "Tries", "Try"};
  size_t len = (size_t)(we - p);
  bool plural = len == 4 && p[3] == 's';
  if (!(len == 3 || plural) ||
      (memcmp(p, "con", 3) && memcmp(p, "pen", 3)) || p - n->s < 3 ||
      p[-1] != ' ' || !ks_is_alnum((unsigned char)p[-2]) ||
      !(we == n->end || *we == ',' || *we == ';' || *we == ')' ||
        (*we == '.' && !alnum_at(we + 1, n->end))) ||
      !ks_norm_sentence_has(n, tries, N_OF(tries)))
    return NULL;
  /* a count before the plural, a name before the singular */
  if (plural ? !ks_is_digit((unsigned char)p[-2])
             : !(ks_is_lower((unsigned char)p[-2]) && n->prev &&
                 ks_is_upper((unsigned char)*n->prev)))
    return NULL;
  say(n, *p == 'c' ? (plural ? "conversions" : "conversion")
                   : (plural ? "penalties" : "penalty"));
  return we;
}

/* A cricket scorecard's row of column names, first in its sentence after
 * "Batter" or "Bowler": "R, B, 4s, 6s, SR" runs, balls, fours, sixes,
 * strike rate; "O, M, R, W, Econ" overs, maidens, runs, wickets, economy.
 * Said whole, each name as the column is called. */
static const char *scorecard_head(struct norm *n, const char *p) {
  static const char *const firsts[] = {"Batsman", "Batter", "Batting",
                                       "Bowler",  "Bowling"};
  static const struct {
    const char *label, *spoken;
  } cols[] = {{"0s", "dots"},      {"4s", "fours"},     {"6s", "sixes"},
              {"B", "balls"},      {"Dots", "dots"},    {"Econ", "economy"},
              {"M", "maidens"},    {"Mins", "minutes"}, {"NB", "no-balls"},
              {"O", "overs"},      {"R", "runs"},       {"SR", "strike rate"},
              {"W", "wickets"},    {"WD", "wides"},     {"Wd", "wides"},
              {"Nb", "no-balls"}};
  const char *end = n->end, *c, *e;
  size_t known = 0;
  if (p != n->s)
    return NULL;
  e = alpha_end(p, end);
  if (!word_is(p, (size_t)(e - p), firsts, N_OF(firsts)) ||
      !starts(e, end, ", "))
    return NULL;
  /* every cell a word; three of them the columns' names */
  for (c = p; c < end; c = e + 2) {
    for (e = c; e < end && *e != ','; e++)
      if (!ks_is_alnum((unsigned char)*e) && *e != ' ')
        return NULL;
    for (size_t i = 0; i < N_OF(cols); i++)
      if ((size_t)(e - c) == strlen(cols[i].label) &&
          !memcmp(c, cols[i].label, (size_t)(e - c)))
        known++;
    if (e < end && !starts(e, end, ", "))
      return NULL;
    if (e >= end)
      break;
  }
  if (known < 3)
    return NULL;
  for (c = p; c < end; c = e + 2) {
    const char *said = NULL;
    for (e = c; e < end && *e != ','; e++)
      ;
    for (size_t i = 0; i < N_OF(cols) && !said; i++)
      if ((size_t)(e - c) == strlen(cols[i].label) &&
          !memcmp(c, cols[i].label, (size_t)(e - c)))
        said = cols[i].spoken;
    /* a batting card's "M" is the minutes batted, a bowler's maidens */
    if (e - c == 1 && *c == 'M' && *p == 'B' && p[1] == 'a' && p[2] == 't')
      said = "minutes";
    if (c > p)
      ks_buf_puts(n->out, ", ");
    if (said)
      ks_buf_puts(n->out, said);
    else
      ks_buf_put(n->out, c, (size_t)(e - c));
    if (e >= end)
      break;
  }
  return end;
}

/* "Pike (W, 5-2)", "Ibarra (S, 27)": a pitcher's decision in brackets
 * before his record or his count of saves, as box scores write it: "win",
 * "loss", "save", "hold", "blown save". */
static const char *decision(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *letters, *spoken;
  } kinds[] = {{"BS", "blown save"},
               {"H", "hold"},
               {"L", "loss"},
               {"S", "save"},
               {"W", "win"}};
  static const char *const baseball[] = {
      "bullpen", "inning", "innings", "pitched", "pitcher", "pitching",
      "runs",    "save",   "saves",   "starter", "struck",  "strikeouts"};
  const char *end = n->end, *d, *w;
  bool record;
  if (p - n->s < 4 || p[-1] != '(' || p[-2] != ' ' || we - p > 2 ||
      we + 3 >= end || we[0] != ',' || we[1] != ' ' ||
      !ks_is_digit((unsigned char)we[2]))
    return NULL;
  /* after a capitalised surname: "Pike (W, 5-2)" */
  for (w = p - 2; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  if (w == p - 2 || !ks_is_upper((unsigned char)*w))
    return NULL;
  d = digit_end(we + 2, end);
  record = d < end - 1 && *d == '-' && ks_is_digit((unsigned char)d[1]);
  if (record)
    d = digit_end(d + 1, end);
  /* a pitcher's record, or a count in a sentence about pitching */
  if (d >= end || *d != ')' ||
      !(record || ks_norm_sentence_has(n, baseball, N_OF(baseball)) ||
        stat_labels_in(n) >= 2))
    return NULL;
  for (size_t i = 0; i < N_OF(kinds); i++)
    if ((size_t)(we - p) == strlen(kinds[i].letters) &&
        !memcmp(p, kinds[i].letters, (size_t)(we - p))) {
      say(n, kinds[i].spoken);
      return we;
    }
  return NULL;
}

/* "Hungarian GP: Lindqvist passes Moretti", "won the Monaco GP from
 * pole": a Grand Prix after its place's name, in a sentence about a race
 * or before a headline's colon (not "a British GP said", a doctor). */
static const char *grand_prix(struct norm *n, const char *p, const char *we) {
  static const char *const racing[] = {"driver", "drivers", "F1",   "Formula",
                                       "grid",   "lap",     "laps", "podium",
                                       "pole",   "race",    "raced"};
  /* a doctor's words after it: "the Irish GP who won the award" */
  static const char *const doctors[] = {"practice", "said", "says",
                                        "surgery",  "told", "who"};
  if (we - p != 2 || p[0] != 'G' || p[1] != 'P' || alnum_at(we, n->end) ||
      !n->prev || n->prev + n->prev_len + 1 != p ||
      !ks_is_upper((unsigned char)*n->prev) ||
      !ks_is_lower((unsigned char)n->prev[n->prev_len - 1]) ||
      !((we < n->end && *we == ':') ||
        ks_norm_sentence_has(n, racing, N_OF(racing))) ||
      ks_norm_next_is(n, we, doctors, N_OF(doctors)))
    return NULL;
  say(n, "Grand Prix");
  return we;
}

/* "160C/140C fan/gas 3": an oven's gas setting, "gas mark three", in a
 * sentence about an oven or a fan's heat (not "gas 3 times dearer"). */
static const char *gas_mark(struct norm *n, const char *p, const char *we) {
  static const char *const ovens[] = {"fan", "oven", "preheat", "Preheat"};
  const char *end = n->end, *d;
  if (we - p != 3 || (memcmp(p, "gas", 3) && memcmp(p, "Gas", 3)) ||
      we >= end - 1 || *we != ' ' || !ks_is_digit((unsigned char)we[1]) ||
      !ks_norm_sentence_has(n, ovens, N_OF(ovens)))
    return NULL;
  d = digit_end(we + 1, end);
  if (d - (we + 1) > 1 || alnum_at(d, end) || starts(d, end, " times") ||
      starts(d, end, " per") || starts(d, end, "%"))
    return NULL;
  say(n, *p == 'G' ? "Gas mark" : "gas mark");
  return we;
}

/* "hit a 2-run HR in the 6th", "his 21st HR": a home run, after a run's
 * count, "solo" or an ordinal, or a count in a sentence of RBIs (not "the
 * HR department"). */
static const char *home_run(struct norm *n, const char *p, const char *we) {
  static const char *const rbis[] = {"RBI", "RBIs"};
  const char *end = n->end;
  bool plural = we - p == 3 && p[2] == 's';
  if (!(we - p == 2 || plural) || p[0] != 'H' || p[1] != 'R' ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  /* after "-run", "solo", an ordinal ("21st", "52nd", "30th") or a
   * count beside RBIs ("40 HRs and 90 RBIs") */
  bool ordinal = p - n->s >= 4 && p[-1] == ' ' &&
                 ks_is_digit((unsigned char)p[-4]) &&
                 (starts(p - 3, end, "st") || starts(p - 3, end, "nd") ||
                  starts(p - 3, end, "rd") || starts(p - 3, end, "th"));
  bool counted =
      (p - n->s >= 5 &&
       (starts(p - 5, end, "-run ") || starts(p - 5, end, "solo "))) ||
      ordinal ||
      (p - n->s >= 2 && p[-1] == ' ' && ks_is_digit((unsigned char)p[-2]) &&
       ks_norm_sentence_has(n, rbis, N_OF(rbis)));
  if (!counted)
    return NULL;
  /* "58 HR": a count more than one is of home runs */
  if (!plural && !ordinal && p - n->s >= 2 && p[-1] == ' ' &&
      ks_is_digit((unsigned char)p[-2])) {
    const char *d = p - 2;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    plural = !(p - 2 == d && *d == '1') &&
             !(d > n->s && (d[-1] == '-' || ks_is_alpha((unsigned char)d[-1])));
  }
  say(n, plural ? "home runs" : "home run");
  return we;
}

/* A pitcher's line in a box score: "6 2/3 IP, 6 H, 2 R, 2 ER, 1 BB, 8 SO",
 * each count's code said as what it counts. Only in a line that holds
 * two of them after their counts, one of them a pitcher's own (innings
 * pitched, earned runs, walks, strikeouts): "2 H" alone may be anything. */
static const struct {
  const char *code, *one, *many;
  bool pitcher;
} pitching[] = {{"BB", "walk", "walks", true},
                {"ER", "earned run", "earned runs", true},
                {"H", "hit", "hits", false},
                {"HR", "home run", "home runs", false},
                {"IP", "inning pitched", "innings pitched", true},
                {"K", "strikeout", "strikeouts", true},
                {"R", "run", "runs", false},
                {"SO", "strikeout", "strikeouts", true}};

/* The pitching code at p..we, or -1. */
static int pitching_code(const char *p, const char *we) {
  for (size_t i = 0; i < N_OF(pitching); i++)
    if ((size_t)(we - p) == strlen(pitching[i].code) &&
        !memcmp(p, pitching[i].code, (size_t)(we - p)))
      return (int)i;
  return -1;
}

/* A count ends one space before c: a figure, or a fraction's sign
 * ("6⅔ IP"). */
static bool count_before(const struct norm *n, const char *c) {
  unsigned num, den;
  if (c - n->s < 2 || c[-1] != ' ')
    return false;
  if (ks_is_digit((unsigned char)c[-2]))
    return true;
  for (size_t k = 2; k <= 4 && (size_t)(c - n->s) >= k; k++)
    if (ks_norm_scan_vulgar(c - k, c - 1, &num, &den) == c - 1)
      return true;
  return false;
}

/* A code at c..ce is an item of a list: a comma, the end or the
 * sentence's stop after it. */
static bool list_item_end(const struct norm *n, const char *ce) {
  return ce == n->end || *ce == ',' || *ce == ';' ||
         (*ce == '.' && skip_spaces(ce + 1, n->end) == n->end);
}

static const char *pitching_line(struct norm *n, const char *p,
                                 const char *we) {
  const char *end = n->end;
  int k = pitching_code(p, we), kinds = 0;
  bool own = false;
  unsigned seen = 0;
  if (k < 0 || !count_before(n, p) || !list_item_end(n, we))
    return NULL;
  /* every code after a count in the line's list, each kind once */
  for (const char *c = n->s + 2; c < end; c++) {
    if (!ks_is_upper((unsigned char)*c) || !count_before(n, c))
      continue;
    const char *ce = alpha_end(c, end);
    int j = pitching_code(c, ce);
    if (j >= 0 && list_item_end(n, ce) && !(seen & (1u << j))) {
      seen |= 1u << j;
      kinds++;
      own = own || pitching[j].pitcher;
    }
    c = ce - 1 > c ? ce - 1 : c;
  }
  /* (three kinds, or two in a sentence about pitching) */
  static const char *const baseball[] = {"bullpen", "inning", "innings",
                                         "pitched", "pitcher", "pitching",
                                         "starter", "strikeouts"};
  if (!own || kinds < 2 ||
      (kinds == 2 && !ks_norm_sentence_has(n, baseball, N_OF(baseball))))
    return NULL;
  /* "1 H" one hit; "1/3 IP", "6 2/3 IP" and "6.1 IP" innings */
  bool one = p - n->s >= 3 && p[-2] == '1' &&
             (p - n->s == 3 || !ks_is_alnum((unsigned char)p[-3])) &&
             !(p - n->s >= 4 && (p[-3] == '/' || p[-3] == '.'));
  say(n, one ? pitching[k].one : pitching[k].many);
  return we;
}

/* "Moreno CF, At bats: 5": a fielder's position after his name in a
 * batting table's row (its "At bats" column named in the line), said as
 * the position. p..we is the code, letters and figures. */
static const char *fielding_position(struct norm *n, const char *p,
                                     const char *we) {
  static const struct {
    const char *code, *spoken;
  } positions[] = {{"1B", "first base"},     {"2B", "second base"},
                   {"3B", "third base"},     {"C", "catcher"},
                   {"CF", "center field"},   {"DH", "designated hitter"},
                   {"LF", "left field"},     {"P", "pitcher"},
                   {"PH", "pinch hitter"},   {"PR", "pinch runner"},
                   {"RF", "right field"},    {"SS", "shortstop"}};
  static const char *const batting[] = {"At bats: ", "AB: "};
  const char *end = n->end, *w;
  if (we - p > 2 || p - n->s < 3 || p[-1] != ' ' ||
      !ks_is_lower((unsigned char)p[-2]) || we >= end || *we != ',')
    return NULL;
  /* after a capitalised name */
  for (w = p - 1; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  if (!ks_is_upper((unsigned char)*w))
    return NULL;
  bool table = false;
  for (size_t i = 0; !table && i < N_OF(batting); i++)
    table = starts(we, end, ", ") && starts(we + 2, end, batting[i]);
  if (!table)
    return NULL;
  for (size_t i = 0; i < N_OF(positions); i++)
    if ((size_t)(we - p) == strlen(positions[i].code) &&
        !memcmp(p, positions[i].code, (size_t)(we - p))) {
      say(n, positions[i].spoken);
      return we;
    }
  return NULL;
}

/* A result's score ahead in a list's item, before its ";": "Darrell 3-2". */
static bool score_ahead(const char *c, const char *end) {
  for (; c + 2 < end && *c != ';'; c++)
    if (ks_is_digit((unsigned char)c[0]) && c[1] == '-' &&
        ks_is_digit((unsigned char)c[2]))
      return true;
  return false;
}

/* Rules that start at an ASCII letter: months, abbreviations, roman
 * numerals; and "covid-19", whose hyphen is a space. */
/* "Fitzroy VIC 3065", "Sydney NSW 2000": an Australian state's code
 * between a suburb's name and its postcode of four figures, the state
 * said and the postcode figure by figure, as an address is read. */
static const char *au_postcode(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *code, *state;
  } states[] = {{"ACT", "Australian Capital Territory"},
                {"NSW", "New South Wales"},
                {"NT", "Northern Territory"},
                {"QLD", "Queensland"},
                {"Qld", "Queensland"},
                {"SA", "South Australia"},
                {"TAS", "Tasmania"},
                {"Tas", "Tasmania"},
                {"VIC", "Victoria"},
                {"Vic", "Victoria"},
                {"WA", "Western Australia"}};
  const char *end = n->end, *d = we + 1, *de;
  if (we - p < 2 || we - p > 3 || end - we < 5 || *we != ' ' ||
      !ks_is_digit((unsigned char)*d) || !n->prev || n->prev + n->prev_len + 1 != p ||
      !ks_is_upper((unsigned char)*n->prev))
    return NULL;
  de = digit_end(d, end);
  /* (where the address ends: not "In WA 2000 people came") */
  if (de - d != 4 ||
      !(de == end || *de == ',' || *de == ';' || *de == ')' ||
        (*de == '.' && !(de + 1 < end && ks_is_digit((unsigned char)de[1])))))
    return NULL;
  /* (a year's figures only in an address with a house number: not "Miss
   * NSW 2023,") */
  unsigned yv = small_val(d, de);
  bool house = false;
  for (const char *c = n->s; c < n->prev && !house; c++)
    house = ks_is_digit((unsigned char)*c);
  if (yv >= 1900 && yv <= 2099 && !house)
    return NULL;
  for (size_t i = 0; i < N_OF(states); i++)
    if (strlen(states[i].code) == (size_t)(we - p) &&
        !memcmp(p, states[i].code, (size_t)(we - p))) {
      say(n, states[i].state);
      ks_buf_putc(n->out, ' ');
      ks_num_digits(n->out, d, 4);
      return de;
    }
  return NULL;
}

static const char *try_word(struct norm *n, const char *p) {
  const char *end = n->end, *we = alpha_end(p, end), *r, *ce;
  if (!we) /* (never: for the analyser, which cannot see alpha_end) */
    return NULL;
  /* a word that goes on in a letter beyond ASCII is no abbreviation nor
   * any word the rules know: "Državni" is not "Dr" and "žavni" */
  if (letter_len(we, end) > 1)
    return NULL;
  /* "an offence under s 18B of the Crimes Act": a statute's section, "s"
   * alone before its number in a sentence that names an Act */
  static const char *const acts[] = {"Act", "Acts", "Code", "Ordinance"};
  if (we == p + 1 && *p == 's' && we + 1 < end && *we == ' ' &&
      ks_is_digit((unsigned char)we[1]) &&
      (p == n->s || p[-1] == ' ' || p[-1] == '(') &&
      ks_norm_sentence_has(n, acts, N_OF(acts))) {
    say(n, "section");
    return we;
  }
  if ((r = featuring(n, p, we)) != NULL || (r = shortcut(n, p, we)) != NULL ||
      (ks_is_upper((unsigned char)*p) && we - p <= 3 &&
       (r = au_postcode(n, p, we)) != NULL))
    return r;
  if ((n->topics & (KS_TOPIC_CRICKET | KS_TOPIC_HOCKEY)) &&
      ks_is_upper((unsigned char)*p) && (r = team_code(n, p, we)) != NULL)
    return r;
  /* a hockey article's scoring summary: "Wiebe (Dyck, Penner) PPG", "OT,
   * Time: 6:41", "Per.: 1st": a goal's kind, overtime and the period's
   * label, written out (in brackets, sports_note) */
  if ((n->topics & KS_TOPIC_HOCKEY) && ks_is_upper((unsigned char)*p) &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '(')) &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == ')' ||
                     *we == '-'))) {
    static const struct {
      const char *written, *spoken;
    } kinds[] = {{"ENG", "empty-net goal"},   {"GWG", "game-winning goal"},
                 {"OT", "overtime"},          {"PPG", "power-play goal"},
                 {"SHG", "short-handed goal"}};
    /* (a goal's kind after its scorer's assists in brackets, "Penner)
     * PPG"; not "1.45 PPG", "PPG Paints Arena", "ENG 3-1 NED"; overtime
     * not before a word in small letters, "OT sessions") */
    bool after_assists = p - n->s >= 2 && p[-1] == ' ' && p[-2] == ')';
    bool word_next = we + 1 < end && *we == ' ' &&
                     (ks_is_alpha((unsigned char)we[1]) ||
                      ks_is_digit((unsigned char)we[1]));
    for (size_t i = 0; i < N_OF(kinds); i++)
      if ((size_t)(we - p) == strlen(kinds[i].written) &&
          !memcmp(p, kinds[i].written, (size_t)(we - p)) &&
          (kinds[i].written[0] == 'O'
               ? !(we + 1 < end && *we == ' ' &&
                   ks_is_lower((unsigned char)we[1]))
               : after_assists && !word_next)) {
        say(n, kinds[i].spoken);
        return we;
      }
    if (starts(p, end, "Per.:")) {
      say(n, "Period");
      return p + 4;
    }
  }
  /* "(reg. $3.99/lb)": a shop's regular price before its offer ("Reg.
   * 2016/679" is a regulation's number, left) */
  if (we == p + 3 && !memcmp(p, "reg", 3) && we + 2 < end && *we == '.' &&
      we[1] == ' ' && ks_norm_scan_currency(n->lang, we + 2, end, &ce)) {
    say(n, "regularly");
    return we + 1;
  }
  /* "(N per litre)": the letter alone in brackets before a measure, in an
   * article or a sentence about Nigeria, names the naira ("60kg of N per
   * hectare" is nitrogen) */
  if (we == p + 1 && *p == 'N' && starts(we, end, " per ") && p > n->s &&
      p[-1] == '(' && ks_norm_about_country(n, KS_TOPIC_NIGERIA)) {
    say(n, "naira");
    return we;
  }
  /* "(min. 6 kg of powder)": the least, before its figures, after no
   * figure of its own ("20 min." is minutes) */
  /* (nor after a count in words, "ten min. 2 cups", or "per", "half") */
  static const char *const per[] = {"half", "per"};
  if (we == p + 3 && !memcmp(p, "min", 3) && we + 2 < end && *we == '.' &&
      we[1] == ' ' && ks_is_digit((unsigned char)we[2]) &&
      !(n->prev && ks_is_digit((unsigned char)n->prev[n->prev_len - 1])) &&
      !ks_norm_word_before(n, p, per, N_OF(per)) &&
      !(n->prev && n->prev + n->prev_len + 1 == p &&
        ks_num_word_value(n->prev, n->prev_len) > 0)) {
    say(n, "minimum");
    return we + 1;
  }
  /* "Ch Supt Gareth Price", "Det Ch Insp": "Ch" before a police rank is
   * "Chief" (before a number it is a chapter) */
  static const char *const ranks[] = {" Const", " Constable", " Insp",
                                      " Inspector", " Superintendent",
                                      " Supt"};
  if (we == p + 2 && !memcmp(p, "Ch", 2) &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
    const char *x = we < end && *we == '.' ? we + 1 : we;
    for (size_t i = 0; i < N_OF(ranks); i++) {
      size_t rl = strlen(ranks[i]);
      if (starts(x, end, ranks[i]) && !alnum_at(x + rl, end) &&
          !(x + rl < end && x[rl] == '.' && x + rl + 1 < end &&
            ks_is_alpha((unsigned char)x[rl + 1]))) {
        say(n, "Chief");
        return x;
      }
    }
  }
  /* "13:20 hs.", "at 20.00 hrs": the hours' mark after a clock's time, as
   * Latin America's and the military's copy writes it, is unsaid */
  if ((we - p == 2 || we - p == 3) && p - n->s >= 6 && p[-1] == ' ' &&
      ks_is_digit((unsigned char)p[-2]) && ks_is_digit((unsigned char)p[-3]) &&
      (p[-4] == ':' || p[-4] == '.') && ks_is_digit((unsigned char)p[-5]) &&
      (!memcmp(p, "hs", 2) || (we - p == 3 && !memcmp(p, "hrs", 3)))) {
    const char *e = we < end && *we == '.' && we + 1 < end ? we + 1 : we;
    if (n->out->len > 0 && n->out->ptr[n->out->len - 1] == ' ')
      ks_buf_truncate(n->out, n->out->len - 1); /* the space before it */
    return e;
  }
  /* "Mid-Jan:", "early-Feb": a month's short name after "mid-", "early-"
   * or "late-", the month */
  /* (its hyphen first: the test runs at every word) */
  if (we < end && *we == '-' && we - p >= 3 && we - p <= 5 &&
      (starts_ci(p, end, "mid-") || starts_ci(p, end, "early-") ||
       starts_ci(p, end, "late-")) &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
    const char *m = p + (ks_to_lower((unsigned char)*p) == 'm'   ? 4
                         : ks_to_lower((unsigned char)*p) == 'l' ? 5
                                                                  : 6);
    const char *me = alpha_end(m, end);
    int mo;
    if (me - m >= 3 && me - m <= 4 && ks_is_upper((unsigned char)*m) &&
        !alnum_at(me, end) && !(me < end && *me == '-') &&
        (mo = ks_norm_month_of(n, m, (size_t)(me - m))) > 0 &&
        n->lang->months && strlen(n->lang->months[mo - 1]) > (size_t)(me - m)) {
      sep(n);
      ks_buf_put(n->out, p, (size_t)(m - p));
      ks_buf_puts(n->out, n->lang->months[mo - 1]);
      return me;
    }
  }
  /* "Fr Declan O'Rourke": "Fr" without its stop before a name of two
   * capitalised words is Father (not "Fr Guiana", "the Fr Open") */
  if (we == p + 2 && !memcmp(p, "Fr", 2) && we + 1 < end && *we == ' ' &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1])) &&
      ks_is_upper((unsigned char)we[1])) {
    const char *a = we + 1, *ae = alpha_end(a, end);
    if (ae - a >= 2 && ks_is_lower((unsigned char)a[1]) && ae + 1 < end &&
        *ae == ' ' && ks_is_upper((unsigned char)ae[1]) &&
        !ks_norm_month_of(n, a, (size_t)(ae - a))) {
      say(n, "Father");
      return we;
    }
  }
  /* "Mercado Municipal N.º 4", "Nº 12": Spanish and Portuguese papers'
   * number sign, "number" */
  if (we == p + 1 && *p == 'N' && (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
    const char *o = starts(we, end, "\xC2\xBA")    ? we + 2
                    : starts(we, end, ".\xC2\xBA") ? we + 3
                                                    : NULL;
    if (o && (o < end && (ks_is_digit((unsigned char)*o) ||
                          (*o == ' ' && o + 1 < end &&
                           ks_is_digit((unsigned char)o[1]))))) {
      say(n, "number");
      return o;
    }
  }
  if (we == p + 1 && (r = list_letter(n, p)) != NULL)
    return r;
  /* "a COP of 3.8", "its SCOP": a heat pump's coefficient of performance,
   * letters, where the sentence names a pump, a boiler or kilowatts (the
   * climate summit's COP in Belém is left as it is read) */
  static const char *const heating[] = {"boiler", "boilers", "kW", "pump",
                                        "pumps",  "SCOP"};
  if (((we == p + 3 && !memcmp(p, "COP", 3)) ||
       (we == p + 4 && !memcmp(p, "SCOP", 4))) &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == '-')) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      ks_norm_sentence_has(n, heating, N_OF(heating))) {
    sep(n);
    for (const char *c = p; c < we; c++) {
      if (c > p)
        ks_buf_putc(n->out, ' ');
      ks_buf_putc(n->out, *c);
    }
    return we;
  }
  /* "a nk away", "by a sh hd", "a lng nk", "Dist: shd", "Margin: SH": a
   * horse's margin in a race's result, in either case, after "a", "by", a
   * cell's comma or a table's "Dist:" or "Margin:" (then with its "a"):
   * neck, head, short head, long neck, nose, dead heat */
  static const struct {
    const char *abbr, *spoken;
  } margins[] = {
      {"dht", "dead heat"},    {"hd", "head"},        {"lng nk", "long neck"},
      {"lnk", "long neck"},    {"nk", "neck"},        {"nse", "nose"},
      {"sh hd", "short head"}, {"shd", "short head"}, {"sh", "short head"}};
  static const char *const a_by[] = {"a", "by"};
  bool label = (p - n->s >= 6 && starts(p - 6, end, "Dist: ")) ||
               (p - n->s >= 8 && starts(p - 8, end, "Margin: "));
  char c0 = (char)ks_to_lower((unsigned char)*p);
  if (we - p <= 3 &&
      (c0 == 'd' || c0 == 'h' || c0 == 'l' || c0 == 'n' || c0 == 's') &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      (label || ks_norm_word_before(n, p, a_by, N_OF(a_by)) ||
       (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')))
    for (size_t i = 0; i < N_OF(margins); i++) {
      size_t ml = strlen(margins[i].abbr);
      /* ("sh" alone only as a table's cell, "a sh" is no margin) */
      if (starts_ci(p, end, margins[i].abbr) && !alnum_at(p + ml, end) &&
          (ml > 2 || margins[i].abbr[1] != 'h' || label) && about_racing(n)) {
        if (label && c0 != 'd')
          say(n, "a");
        say(n, margins[i].spoken);
        return p + ml;
      }
    }
  /* a race's results table: "Wt: 57kg", "Bar: 11", "OR: 97", "Dist:", a
   * favourite's "F" glued to its price ("$3.60F"), in a sentence about
   * racing (the shapes first: the topic's test reads the sentence) */
  {
    const char *said = NULL;
    bool fav = false;
    if (we < end && *we == ':' && we == p + 2 && !memcmp(p, "Wt", 2))
      said = "Weight";
    else if (we < end && *we == ':' && we == p + 3 && !memcmp(p, "Bar", 3))
      said = "Barrier";
    /* Britain's and Ireland's: "OR: 97" the official rating, "Dist:" the
     * distance a horse was beaten by */
    else if (we < end - 2 && *we == ':' && we == p + 2 && !memcmp(p, "OR", 2) &&
             ks_is_digit((unsigned char)we[2]))
      said = "Official rating";
    else if (we < end && *we == ':' && we == p + 4 && !memcmp(p, "Dist", 4))
      said = "Distance";
    else if (we == p + 1 && *p == 'F' && p > n->s &&
             ks_is_digit((unsigned char)p[-1]) && !alnum_at(we, end))
      fav = true;
    /* "9-2 fav": the favourite after its odds, as a word */
    else if (we == p + 3 && !memcmp(p, "fav", 3) && p - n->s >= 2 &&
             p[-1] == ' ' && ks_is_digit((unsigned char)p[-2]) &&
             !alnum_at(we, end))
      said = "favourite";
    if ((said || fav) && about_racing(n)) {
      if (fav) {
        ks_norm_unspace(n);
        ks_buf_puts(n->out, ", favourite");
      } else {
        say(n, said);
      }
      return we;
    }
  }
  /* "12% above normal in the NW", "the N.E. of England": a quarter of the
   * compass after "the", in words (not a postcode's or a state's) */
  static const struct {
    const char *letters, *spoken;
  } quarters[] = {{"NE", "north-east"}, {"NW", "north-west"},
                  {"SE", "south-east"}, {"SW", "south-west"}};
  static const char *const the[] = {"the"};
  if ((we == p + 1 || we == p + 2) && (*p == 'N' || *p == 'S') &&
      ks_norm_word_before(n, p, the, 1)) {
    char two[2] = {p[0], 0};
    const char *e2 = we;
    if (we == p + 2) {
      two[1] = p[1];
    } else if (we + 2 < end && *we == '.' && (we[1] == 'E' || we[1] == 'W') &&
               we[2] == '.') { /* "N.E." */
      two[1] = we[1];
      e2 = we + 3;
      if (e2 < end && ks_is_alnum((unsigned char)*e2))
        e2 = NULL;
    }
    for (size_t i = 0; e2 && i < N_OF(quarters); i++)
      if (two[1] && !memcmp(two, quarters[i].letters, 2) &&
          !alnum_at(e2, end) &&
          /* not before a number or a name ("the NW 5 line", "the SE Asia
           * trip", "the NE Patriots") */
          !(e2 + 1 < end && *e2 == ' ' &&
            (ks_is_digit((unsigned char)e2[1]) ||
             ks_is_upper((unsigned char)e2[1])))) {
        say(n, quarters[i].spoken);
        /* a sentence's stop after "N.E." stays */
        return e2 > we + 1 && e2 == end ? e2 - 1 : e2;
      }
  }
  /* "one tsp. of salt", "two tbsp oil": a spoon's measure after a count
   * in words (a count in figures is the units' table's) */
  if ((we == p + 3 && !memcmp(p, "tsp", 3)) ||
      (we == p + 4 && !memcmp(p, "tbsp", 4))) {
    static const char *const ones[] = {"a", "half", "one", "quarter"};
    static const char *const counts[] = {"eight", "five", "four", "nine",
                                         "seven", "six",  "ten",  "three",
                                         "two"};
    bool one = ks_norm_word_before(n, p, ones, N_OF(ones));
    /* "one and a half tsp": more than one */
    if (one && n->prev && n->prev_len == 4 && !memcmp(n->prev, "half", 4) &&
        n->prev - n->s >= 6 && !memcmp(n->prev - 6, "and a ", 6))
      one = false;
    /* "1 1/2 tsp": after a whole number and a fraction in figures, more
     * than one (the fraction alone, "1/2 tsp", is the fraction's rule) */
    const char *f = p - 1;
    bool mixed = false;
    if (f > n->s && *f == ' ' && ks_is_digit((unsigned char)f[-1])) {
      const char *g = f;
      while (g > n->s && ks_is_digit((unsigned char)g[-1]))
        g--;
      if (g - n->s >= 4 && g[-1] == '/' && ks_is_digit((unsigned char)g[-2])) {
        g -= 2;
        while (g > n->s && ks_is_digit((unsigned char)g[-1]))
          g--;
        mixed = g - n->s >= 2 && g[-1] == ' ' &&
                ks_is_digit((unsigned char)g[-2]);
      }
    }
    if (mixed)
      one = false;
    if ((one || mixed || ks_norm_word_before(n, p, counts, N_OF(counts)) ||
         ks_norm_word_before(n, p, ones, N_OF(ones))) &&
        !(we < end && *we == '.' && we + 1 < end && !ks_is_space(we[1]))) {
      say(n, p[1] == 'b' ? (one ? "tablespoon" : "tablespoons")
                         : (one ? "teaspoon" : "teaspoons"));
      return we < end && *we == '.' && we + 1 < end ? we + 1 : we;
    }
  }
  /* "the Nat'l Guard", "Int'l Airport", "Comm’n": a word clipped at its
   * apostrophe (straight or curly) before its last letter, as American
   * headlines and citations write it, is the abbreviation the table holds
   * without it ("Natl", "Intl", "Govt", "Commn"; espeak-ng says the
   * letters left, "natl"); not a contraction ("can't", "I'll") */
  size_t ap = we < end && *we == '\'' ? 1 : starts(we, end, "’") ? 3 : 0;
  /* "the S'pore Police Force", "S'poreans": Singapore's papers' short
   * form of its name */
  if (ap && we - p == 1 && *p == 'S' && starts(we + ap, end, "pore")) {
    const char *se = alpha_end(we + ap, end);
    sep(n);
    ks_buf_puts(n->out, "Singapore");
    ks_buf_put(n->out, we + ap + 4, (size_t)(se - we - ap - 4));
    return se;
  }
  if (ap && we - p >= 3 && we - p <= 6 && we + ap < end &&
      strchr("lntLNT", we[ap]) && we[ap] != '\0' &&
      !alnum_at(we + ap + 1, end) &&
      !((we[ap] == 't' || we[ap] == 'T') && (we[-1] == 'n' || we[-1] == 'N'))) {
    char joined[8];
    const struct ks_abbrev *ab;
    size_t hl = (size_t)(we - p);
    memcpy(joined, p, hl);
    joined[hl] = we[ap];
    if ((ab = ks_lang_abbrev(n->lang, joined, hl + 1)) != NULL && ab->spoken) {
      const char *cl = we + ap + 1;
      sep(n);
      ks_buf_putc(n->out,
                  ks_is_upper((unsigned char)*p)
                      ? (char)ks_to_upper((unsigned char)ab->spoken[0])
                      : (char)ks_to_lower((unsigned char)ab->spoken[0]));
      ks_buf_puts(n->out, ab->spoken + 1);
      /* "Dulles Int'l. said": a stop of its own inside the sentence */
      return cl + 2 < end && *cl == '.' && cl[1] == ' ' &&
                     ks_is_lower((unsigned char)cl[2])
                 ? cl + 1
                 : cl;
    }
  }
  /* "the 2nd cent. A.D.", "a 19th cent. house": a century after its
   * ordinal in figures */
  if (we == p + 4 && !memcmp(p, "cent", 4) && we < end && *we == '.' &&
      n->prev && n->prev + n->prev_len + 1 == p && n->prev_len >= 3 &&
      ks_is_digit((unsigned char)*n->prev) &&
      (!memcmp(n->prev + n->prev_len - 2, "st", 2) ||
       !memcmp(n->prev + n->prev_len - 2, "nd", 2) ||
       !memcmp(n->prev + n->prev_len - 2, "rd", 2) ||
       !memcmp(n->prev + n->prev_len - 2, "th", 2))) {
    say(n, "century");
    return we + 1 == end ? we : we + 1;
  }
  /* "the Col du Tourmalet", "Col de Peyresourde": a mountain pass's
   * French name, no colonel */
  if (we == p + 3 && !memcmp(p, "Col", 3) &&
      (starts(we, end, " de ") || starts(we, end, " du ") ||
       starts(we, end, " des ") || starts(we, end, " d'"))) {
    say(n, "Col");
    return we;
  }
  /* "finished s.t.": a stage's same time, in a sentence about a race */
  if (we == p + 1 && *p == 's' && starts(p, end, "s.t.") &&
      !alnum_at(p + 4, end) && (p == n->s || p[-1] == ' ')) {
    static const char *const racing[] = {"finished", "peloton", "rider",
                                         "riders",   "stage",   "time"};
    if (ks_norm_sentence_has(n, racing, N_OF(racing))) {
      say(n, "same time");
      /* its stop kept where the sentence ends or a new one opens */
      bool stop = p + 4 == end || (p + 5 < end && p[4] == ' ' &&
                                   ks_is_upper((unsigned char)p[5]));
      return stop ? p + 3 : p + 4;
    }
  }
  /* "Cons: Evans 3", "Pens: Evans 2, Lee": rugby's scorers of conversions
   * and penalties, a name and its count ending the item (not a review's
   * "Cons: Heavy", "Cons: Windows 11 only") */
  if (we - p == 4 && we + 3 < end && *we == ':' && p == n->s &&
      (!memcmp(p, "Cons", 4) || !memcmp(p, "Pens", 4)) && we[1] == ' ' &&
      ks_is_upper((unsigned char)we[2])) {
    const char *ne = alpha_end(we + 2, end), *de;
    if (ne + 1 < end && *ne == ' ' && ks_is_digit((unsigned char)ne[1]) &&
        ((de = digit_end(ne + 1, end)) == end || *de == ',' || *de == ';' ||
         (*de == '.' && !alnum_at(de + 1, end)))) {
      say(n, p[0] == 'C' ? "Conversions" : "Penalties");
      return we;
    }
  }
  /* "every three to five min.", "ten mins", "two hrs": a time's unit
   * after a count in words (in figures the units' table's) */
  if ((we - p == 3 || we - p == 4) && ks_is_lower((unsigned char)*p) &&
      (!memcmp(p, "min", 3) || !memcmp(p, "hrs", 3) || !memcmp(p, "sec", 3)) &&
      (we - p == 3 || p[3] == 's')) {
    bool dot = we < end && *we == '.';
    /* (not "mins" of a name nor a word going on: "secs" only as itself) */
    /* (a count in words before it, more than one: "five min.") */
    if (n->prev && n->prev + n->prev_len + 1 == p && p[-1] == ' ' &&
        ks_num_word_value(n->prev, n->prev_len) >= 2 &&
        !(we < end && ks_is_alnum((unsigned char)*we)) &&
        !(dot && we + 1 < end && !ks_is_space((unsigned char)we[1]))) {
      say(n, p[0] == 'm' ? "minutes" : p[0] == 'h' ? "hours" : "seconds");
      /* a stop that ends the sentence stays */
      return dot && we + 1 < end ? we + 1 : we;
    }
  }
  /* "kept its Aa3 rating", "cut to Baa1": Moody's grades, a capital,
   * small letters and a notch's figure (its top grade "Aaa" alone), said
   * as the market says them ("double A three", "B double A one"), in a
   * sentence about credit ("A" respelled, as espeak-ng says the article) */
  if ((we - p == 2 || we - p == 3) && (*p == 'A' || *p == 'B' || *p == 'C') &&
      p[1] == 'a' && !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    static const struct {
      const char *grade, *said;
    } grades[] = {{"Aaa", "triple eh"},   {"Aa", "double eh"},
                  {"Baa", "B double eh"}, {"Ba", "B eh"},
                  {"Caa", "C double eh"}, {"Ca", "C eh"}};
    /* (the words of caps.c's rating(), whose "AA-" grades these are) */
    static const char *const credit[] = {
        "bond",       "bonds",   "credit",  "debt",    "downgrade",
        "downgraded", "Fitch",   "grade",   "Moody",   "rated",
        "rating",     "ratings", "upgrade", "upgraded"};
    const char *de = digit_end(we, end);
    for (size_t i = 0; i < N_OF(grades); i++) {
      bool top = i == 0, notch = de == we + 1 && *we >= '1' && *we <= '3';
      if (strlen(grades[i].grade) != (size_t)(we - p) ||
          memcmp(p, grades[i].grade, (size_t)(we - p)) ||
          (top ? de != we : !notch) || alnum_at(de, end) ||
          !ks_norm_sentence_has(n, credit, N_OF(credit)))
        continue;
      say(n, grades[i].said);
      if (notch) {
        sep(n);
        ks_num_cardinal(n->out, (uint64_t)(*we - '0'));
      }
      return de;
    }
  }
  /* "on Stewart Is. and the Chatham Is.": an island after its name
   * before "and", a comma or a word in small letters, islands after
   * "the" and a name where the sentence ends (not a title's "Where Love
   * Is.", "What It Is.") */
  if (we == p + 2 && p[0] == 'I' && p[1] == 's' && we < end && *we == '.' &&
      n->prev && n->prev + n->prev_len + 1 == p && n->prev_len >= 4 &&
      ks_is_upper((unsigned char)*n->prev) &&
      ks_is_lower((unsigned char)n->prev[1])) {
    static const char *const not_names[] = {"Here", "That",  "There", "This",
                                            "What", "Where", "Which", "Whose"};
    const char *t, *te;
    bool after_the = (t = ks_norm_prev_word(n, n->prev, &te)) != NULL &&
                     eq_ci(t, (size_t)(te - t), "the");
    bool goes_on =
        we + 2 < end &&
        ((we[1] == ' ' && ks_is_lower((unsigned char)we[2])) || we[1] == ',');
    if (!word_is(n->prev, n->prev_len, not_names, N_OF(not_names)) &&
        (goes_on || after_the)) {
      say(n, after_the ? "Islands" : "Island");
      return we + 1 < end ? we + 1 : we;
    }
  }
  /* "two gal. of water", "three lb. of rice": a unit's abbreviation
   * with its stop after a count in words, more than one ("in." may be the
   * word) */
  if ((we - p == 2 || we - p == 3) && we < end - 1 && *we == '.' &&
      we[1] == ' ' && ks_is_lower((unsigned char)*p) &&
      !(p[0] == 'i' && p[1] == 'n') && n->prev &&
      n->prev + n->prev_len + 1 == p && p[-1] == ' ' &&
      ks_num_word_value(n->prev, n->prev_len) >= 2) {
    const char *ue;
    const struct ks_unit *u = ks_norm_scan_unit(n->lang, p, end, &ue);
    if (u && (ue == we || ue == we + 1) && !strchr(u->abbr, ' ')) {
      say(n, u->many);
      return we + 1;
    }
  }
  /* "sells screws by the lb.", "priced by the kg": a unit's abbreviation
   * after "by the", its name in the singular */
  if (we - p >= 2 && we - p <= 3 && ks_is_lower((unsigned char)*p) &&
      p - n->s >= 7 && starts(p - 7, end, "by the ") &&
      !alnum_at(we, end)) {
    const char *ue;
    const struct ks_unit *u = ks_norm_scan_unit(n->lang, p, end, &ue);
    if (u && (ue == we || (ue == we + 1 && *we == '.')) &&
        !strchr(u->abbr, ' ')) {
      say(n, u->one);
      /* (the stop is the sentence's where it ends there) */
      return we < end && *we == '.' && skip_spaces(we + 1, end) != end ? we + 1
                                                                       : we;
    }
  }
  /* "was T3 at -10", "T12 Rory McIlroy": a golfer's place tied with
   * others, in an article or a sentence about golf */
  if (*p == 'T' && we == p + 1 && we < end && ks_is_digit((unsigned char)*we) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *d = digit_end(we, end);
    /* after a verb of standing or a list's comma, or first, or before
     * the score ("T3 at -10"): not "Heathrow's T5" */
    static const char *const stands[] = {"and",  "are",      "is",
                                         "sat",  "sits",     "was",
                                         "were", "finished", "finish",
                                         "finishes", "in"};
    bool placed = p == n->s || (p - n->s >= 2 && p[-1] == ' ' &&
                                (p[-2] == ',' || p[-2] == ';' ||
                                 p[-2] == ':' || p[-2] == '(')) ||
                  ks_norm_word_before(n, p, stands, N_OF(stands)) ||
                  (p > n->s && p[-1] == '(') || starts(d, end, " at ") ||
                  /* "T3 on 9 under", "T12 on -4": before a score (not a
                   * terminal's "T5 on 14 July") */
                  (starts(d, end, " on ") && d + 4 < end &&
                   !(p - n->s >= 2 && ks_is_alpha((unsigned char)p[-2]) &&
                     n->prev && ks_is_upper((unsigned char)*n->prev)) &&
                   ((ks_is_digit((unsigned char)d[4]) &&
                     (starts(digit_end(d + 4, end), end, " under") ||
                      starts(digit_end(d + 4, end), end, "-under") ||
                      starts(digit_end(d + 4, end), end, " over") ||
                      starts(digit_end(d + 4, end), end, "-over"))) ||
                    d[4] == '-' || starts(d + 4, end, "level") ||
                    starts(d + 4, end, "even")));
    if (d - we <= 2 && !alnum_at(d, end) && !(d < end && *d == '-') &&
        placed && ks_norm_about_golf(n)) {
      say(n, "tied for");
      sep(n);
      ks_num_ordinal(n->out, small_val(we, d));
      return d;
    }
  }
  /* "slipped back to E", "To par: E", "Mulhall (E)": a golfer's score
   * level with par, in an article or a sentence about golf */
  if (*p == 'E' && we == p + 1 &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      !(we < end && (ks_is_alnum((unsigned char)*we) ||
                     (*we == '.' && skip_spaces(we + 1, end) != end) ||
                     *we == '-' || *we == '\'' || *we == '&')) &&
      ks_norm_about_golf(n)) {
    /* (after a verb of scoring: "slipped back to E", "is at E", "finished
     * on E"; not "parked at E", "went on E") */
    static const char *const before[] = {"at", "on", "to"};
    static const char *const scoring[] = {
        "back",   "dropped", "fell",  "finished", "is",   "moved",
        "sat",    "sits",    "slid",  "slipped",  "stood", "stands",
        "was",    "went"};
    const char *bw, *bwe;
    bool scored = ks_norm_word_before(n, p, before, N_OF(before)) &&
                  (bw = ks_norm_prev_word(n, n->prev, &bwe)) != NULL &&
                  word_is(bw, (size_t)(bwe - bw), scoring, N_OF(scoring)) &&
                  !(eq_ci(bw, (size_t)(bwe - bw), "went") &&
                    eq_ci(n->prev, n->prev_len, "on"));
    bool par_label = p - n->s >= 5 && starts_ci(p - 5, end, "par: ");
    /* (not a name's letter: "to E Street") */
    bool named = we + 1 < end && *we == ' ' && ks_is_upper((unsigned char)we[1]);
    if (par_label ||
        (!named && scored) ||
        (p > n->s && p[-1] == '(' && we < end && *we == ')')) {
      say(n, par_label ? "even" : "even par");
      return we;
    }
  }
  /* "Dimensions (H x W x D)": an x between the letters of an object's
   * sides is "by", as "×" is (symbol.c) */
  if (*p == 'x' && we == p + 1 && p - n->s >= 3 && p[-1] == ' ' &&
      strchr("DHLW", p[-2]) && !ks_is_alnum((unsigned char)p[-3]) &&
      we + 2 < end && *we == ' ' && strchr("DHLW", we[1]) &&
      !alnum_at(we + 2, end)) {
    say(n, "by");
    return we;
  }
  /* "HbA1c": glycated haemoglobin's letters, the A a letter ("H b A one
   * c", not the article) */
  if (*p == 'H' && starts(p, end, "HbA1c") && !alnum_at(p + 5, end) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    say(n, "H b");
    say_letter_a(n);
    say(n, "one c");
    return p + 5;
  }
  /* "Alcaraz def. Zverev": a result's "defeated" between two names */
  if (we == p + 3 && !memcmp(p, "def", 3) && we + 2 < end && *we == '.' &&
      we[1] == ' ' && p - n->s >= 2 && p[-1] == ' ' &&
      (p[-2] == ')' || p[-2] == ']' ||
       (n->prev && ks_is_upper((unsigned char)*n->prev))) &&
      (we[2] == '[' || we[2] == '(' || ks_is_upper((unsigned char)we[2]))) {
    say(n, "defeated");
    return we + 1;
  }
  /* "Geelong 12.9 (81) d Hawthorn 10.8 (68)": after a score's bracket,
   * "d" or "def" without its stop too, before the loser's name */
  if (((we == p + 1 && *p == 'd') ||
       (we == p + 3 && p[0] == 'd' && p[1] == 'e' && p[2] == 'f')) &&
      we + 2 < end && *we == ' ' && ks_is_upper((unsigned char)we[1]) &&
      p - n->s >= 3 && p[-1] == ' ' && p[-2] == ')' &&
      ks_is_digit((unsigned char)p[-3])) {
    /* the bracket's total after a score's figures: "9 (81)" */
    const char *o = p - 3;
    while (o > n->s && ks_is_digit((unsigned char)o[-1]))
      o--;
    if (o - n->s >= 3 && o[-1] == '(' && o[-2] == ' ' &&
        ks_is_digit((unsigned char)o[-3])) {
      say(n, "defeated");
      return we;
    }
  }
  /* "958 mb": a storm's pressure as weather services write it, after a
   * figure in a sentence about the weather (a file's "200 mb" is left) */
  static const char *const weather[] = {"hurricane", "low",     "pressure",
                                        "storm",     "typhoon", "cyclone"};
  if (we == p + 2 && p[0] == 'm' && p[1] == 'b' && !alnum_at(we, end) &&
      p - n->s >= 2 && (ks_is_digit((unsigned char)p[-1]) ||
                        (p[-1] == ' ' && ks_is_digit((unsigned char)p[-2]))) &&
      ks_norm_sentence_has(n, weather, N_OF(weather))) {
    say(n, "millibars");
    return we;
  }
  /* "[3] Sinner (ITA) bt [7] Alcaraz": a result's "beat" between two
   * names, seeds or nations */
  /* (or opening a list's item before a name and its score: "beat Cann
   * 2-1; bt Darrell 3-2", set BD) */
  if (we == p + 2 && p[0] == 'b' && p[1] == 't' &&
      (((p == n->s || (p - n->s >= 2 && p[-1] == ' ' &&
                       (p[-2] == ';' || p[-2] == ',' || p[-2] == ':'))) &&
        score_ahead(we, end)) ||
       (p - n->s >= 2 && p[-1] == ' ' &&
                (p[-2] == ')' || p[-2] == ']' ||
                 (n->prev && ks_is_upper((unsigned char)*n->prev))))) &&
      we + 1 < end && *we == ' ' &&
      (we[1] == '[' || we[1] == '(' || ks_is_upper((unsigned char)we[1]))) {
    say(n, "beat");
    return we;
  }
  /* "Team, 1, 2, ... 9, R, H, E": a line score's last columns after the
   * innings, runs, hits and errors */
  if (we == p + 1 && *p == 'R' && p - n->s >= 3 && p[-1] == ' ' &&
      p[-2] == ',' && ks_is_digit((unsigned char)p[-3]) &&
      starts(p, end, "R, H, E") && (p + 7 == end || !alnum_at(p + 7, end))) {
    say(n, "runs, hits, errors");
    return p + 7;
  }
  /* "287/6 dec", "6 wkts dec": a cricket innings declared, after its
   * score or its wickets */
  if (we == p + 3 && !memcmp(p, "dec", 3) && p - n->s >= 3 && p[-1] == ' ' &&
      !(we < end && ks_is_alnum((unsigned char)*we))) {
    static const char *const wickets[] = {"wickets", "wkt", "wkts"};
    const char *d = p - 1;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    const char *w, *wend;
    if ((d < p - 1 && d - n->s >= 2 && d[-1] == '/' &&
         ks_is_digit((unsigned char)d[-2])) ||
        ((w = ks_norm_prev_word(n, p, &wend)) != NULL &&
         word_is(w, (size_t)(wend - w), wickets, N_OF(wickets)))) {
      say(n, "declared");
      return we < end && *we == '.' && we + 1 < end ? we + 1 : we;
    }
  }
  /* "£45,995 OTR": a car's price on the road, after its figures */
  if (we == p + 3 && !memcmp(p, "OTR", 3) && p - n->s >= 2 && p[-1] == ' ' &&
      ks_is_digit((unsigned char)p[-2]) && !alnum_at(we, end)) {
    say(n, "on the road");
    return we;
  }
  /* "5/48 (econ 2.85)": a bowler's economy rate before its figure */
  if (we == p + 4 && !memcmp(p, "econ", 4) && we + 2 < end && *we == ' ' &&
      ks_is_digit((unsigned char)we[1])) {
    const char *d = digit_end(we + 1, end);
    if (d < end - 1 && *d == '.' && ks_is_digit((unsigned char)d[1])) {
      say(n, "economy");
      return we;
    }
  }
  /* "No.: 1, Film: ...": a table's column of numbers, its label with its
   * stop before the colon */
  if (we == p + 2 && p[0] == 'N' && p[1] == 'o' && we + 3 < end &&
      we[0] == '.' && we[1] == ':' && we[2] == ' ' &&
      ks_is_digit((unsigned char)we[3]) &&
      (p == n->s || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ','))) {
    say(n, "Number");
    return we + 1;
  }
  /* the sports pages' and tables' rules, each tried only where its word
   * may stand (the first letter, a colon or a bracket picks them) */
  bool colon = we < end && *we == ':';
  if ((p == n->s && (r = scorecard_head(n, p)) != NULL) ||
      (we - p <= 3 && (r = scorecard(n, p, we)) != NULL) ||
      ((*p == 'c' || *p == 'p') && (r = rugby_kicks(n, p, we)) != NULL) ||
      (colon && (r = time_units(n, p, we)) != NULL) ||
      (*p == 'a' && (r = preprint(n, p, we)) != NULL) ||
      ((colon || starts(we, end, ".:")) &&
       (r = column_label(n, p, we)) != NULL) ||
      (p > n->s && p[-1] == '(' && (r = decision(n, p, we)) != NULL) ||
      (*p == 'G' && (r = grand_prix(n, p, we)) != NULL) ||
      ((*p == 'g' || *p == 'G') && (r = gas_mark(n, p, we)) != NULL) ||
      (*p == 'H' && (r = home_run(n, p, we)) != NULL) ||
      (we - p <= 2 && (r = pitching_line(n, p, we)) != NULL) ||
      (we - p <= 2 && (r = fielding_position(n, p, we)) != NULL) ||
      (p - n->s >= 5 && p[-1] == ' ' && p[-2] == ':' &&
       (r = nation_column(n, p, we)) != NULL) ||
      (we - p == 2 && (r = state_column(n, p, we)) != NULL) ||
      (we - p == 2 && (r = record_mark(n, p, we)) != NULL) ||
      (*p == 'I' && (r = medley(n, p, we)) != NULL) ||
      (*p == 'M' && (r = maitre(n, p, we)) != NULL) ||
      (*p == 'W' && (r = won_drawn_lost(n, p, we)) != NULL) ||
      (*p == 'D' && (r = district_column(n, p, we)) != NULL) ||
      ((*p == 'i' || *p == 'w' || *p == 'W') &&
       (r = short_phrases(n, p, we)) != NULL) ||
      ((*p == 'C' || *p == 'N' || *p == 'a') &&
       (r = wine_shorthand(n, p, we)) != NULL) ||
      (we - p <= 3 && ks_is_upper((unsigned char)*p) &&
       (r = design_bureau(n, p, we)) != NULL) ||
      (*p == 'J' && (r = motorway_junction(n, p, we)) != NULL) ||
      ((*p == 'w' || *p == 'W') && (r = week_number(n, p, we)) != NULL) ||
      (p - n->s >= 7 && p[-1] == ' ' && p[-2] == ':' &&
       (r = province_column(n, p)) != NULL))
    return r;
  /* "Pub. L. No. 117-58": a statute's Public Law; "P.L. No. 23-161",
   * "P.L. 23-161" before its number too */
  if (we - p == 3 && !memcmp(p, "Pub", 3) && starts(we, end, ". L. ")) {
    say(n, "Public Law");
    return we + 4;
  }
  /* (a Congress's law, "117-58", or "No.": not "the P.L. 2024 season") */
  if (we - p == 1 && *p == 'P' && starts(we, end, ".L. ") && we + 4 < end &&
      ((ks_is_digit((unsigned char)we[4]) && digit_end(we + 4, end) < end &&
        *digit_end(we + 4, end) == '-') ||
       starts(we + 4, end, "No. ")) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *a = we + 4, *ae = digit_end(a, end), *b = ae + 1, *be;
    say(n, "Public Law");
    /* (its Congress's number and the law's, apart: "one hundred
     * seventeen, fifty-eight", not a range) */
    if (ae > a && ae - a <= 3 && b < end && *ae == '-' &&
        (be = digit_end(b, end)) > b && be - b <= 4 && !alnum_at(be, end)) {
      sep(n);
      ks_num_cardinal(n->out, small_val(a, ae));
      ks_buf_putc(n->out, ',');
      sep(n);
      ks_num_cardinal(n->out, small_val(b, be));
      return be;
    }
    return we + 3;
  }
  /* A district after its place's name, as India's papers cut it short:
   * "of Kurnool dist., was", "in Pune dist." in small letters after "in"
   * or "of" (not a distance's, "Total dist. covered", nor a
   * distribution's, "a Weibull dist. with"); "Ward No. 12, Thrissur
   * Dist., reported" with its capital before a comma, a bracket or the
   * end (not a title before a name, "Dist. Collector Rao", nor a table's
   * distance, "Total Dist.: 5 km", "Driving Dist. (Yds)", "Total Dist.
   * (KM)", "Shot Dist., Ft": after a word of a measure's, or before a
   * unit in capitals in its bracket) */
  if (we - p == 4 && (*p == 'd' || *p == 'D') && !memcmp(p + 1, "ist", 3) &&
      we < end && *we == '.' && n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_upper((unsigned char)*n->prev) &&
      ks_is_lower((unsigned char)n->prev[1])) {
    static const char *const ofs[] = {"in", "of"};
    static const char *const measures[] = {
        "Average", "Avg", "Driving", "Max",   "Min",  "Race",
        "Run",     "Shot", "Stage",  "Throw", "Total"};
    const char *b, *be, *x = skip_spaces(we + 1, end);
    bool district =
        *p == 'd'
            ? n->prev != n->s && (b = ks_norm_prev_word(n, n->prev, &be)) &&
                  word_is(b, (size_t)(be - b), ofs, N_OF(ofs))
            : !word_is(n->prev, n->prev_len, measures, N_OF(measures)) &&
                  (x == end || strchr(",;)", *x) ||
                   (*x == '(' && x + 2 < end &&
                    ks_is_upper((unsigned char)x[1]) &&
                    ks_is_lower((unsigned char)x[2])));
    if (district) {
      say(n, *p == 'd' ? "district" : "District");
      /* (its stop the sentence's at the end) */
      return x == end ? we : we + 1;
    }
  }
  /* "$40 million (min.)", "(max.)": a bound in brackets of its own,
   * after an amount (not a table's "Mean duration (min.)", minutes) */
  if (we - p == 3 && p - n->s >= 3 && p[-1] == '(' && p[-2] == ' ' &&
      (ks_is_digit((unsigned char)p[-3]) || p[-3] == '%' ||
       (p - n->s >= 9 &&
        (starts(p - 9, end, "million") || starts(p - 9, end, "billion"))) ||
       (p - n->s >= 10 && starts(p - 10, end, "thousand"))) &&
      (!memcmp(p, "min", 3) || !memcmp(p, "max", 3)) &&
      (starts(we, end, ")") || starts(we, end, ".)"))) {
    say(n, *p == 'm' && p[1] == 'i' ? "minimum" : "maximum");
    return *we == '.' ? we + 1 : we;
  }
  /* "Director of Prisons (ag) Marlon Chapman": the Caribbean's papers'
   * mark of an acting officer, after an office's capitalised word (set
   * BF) */
  /* (in small letters only: not silver's "(Ag)", nor a degree's "B.Sc
   * (Ag)") */
  if (we - p == 2 && *p == 'a' && p[1] == 'g' &&
      p - n->s >= 3 && p[-1] == '(' && p[-2] == ' ' &&
      ks_is_lower((unsigned char)p[-3]) && we < end && *we == ')') {
    const char *w = p - 2;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    if (ks_is_upper((unsigned char)*w) && !ks_norm_first_of_sentence(n, w) &&
        !(w > n->s && w[-1] == '.')) {
      say(n, "acting");
      return we;
    }
  }
  /* "while the the teams": a word the writer typed twice, said once (not
   * the band "The The") */
  if (we - p == 3 && !memcmp(p, "the", 3) && n->prev && n->prev + 4 == p &&
      p[-1] == ' ' && eq_ci(n->prev, n->prev_len, "the") && !alnum_at(we, end))
    return we;
  /* "the boys' Under-20 400m", "Under-17 4x400 metres relay": a sport's
   * age group before a distance, a pause between them, so it is not
   * heard as "under twenty four hundred" */
  if (we - p == 5 && (*p == 'U' || *p == 'u') && !memcmp(p + 1, "nder", 4) &&
      we + 4 < end && *we == '-' && ks_is_digit((unsigned char)we[1]) &&
      ks_is_digit((unsigned char)we[2]) && we[3] == ' ' &&
      ks_is_digit((unsigned char)we[4])) {
    unsigned age = (unsigned)((we[1] - '0') * 10 + (we[2] - '0'));
    if (age >= 10 && age <= 23) {
      sep(n);
      ks_buf_put(n->out, p, 5);
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal(n->out, age);
      ks_buf_putc(n->out, ',');
      return we + 3;
    }
  }
  if ((r = ks_norm_rule_calendar_range(n, p, we)) ||
      (r = ks_norm_rule_weekday(n, p, we)) ||
      (r = ks_norm_rule_month(n, p, we)) ||
      (r = ks_norm_rule_quadrant(n, p, we)) ||
      (r = ks_norm_rule_abbrev(n, p, we)) ||
      (r = ks_norm_rule_roman(n, p, we)) ||
      (r = ks_norm_rule_homograph(n, p, we)) ||
      (ks_is_upper((unsigned char)*p) && (r = ks_norm_rule_caps(n, p, we)))) {
    n->num_end = NULL;
    n->prev = p;
    n->prev_len = (size_t)(we - p);
    if (r < end && (we < r && r[-1] != '.') && alnum_at(r, end))
      ks_buf_putc(n->out, ' ');
    /* a month rule that read a day counts as a number for ranges */
    if (r > we && ks_is_digit((unsigned char)r[-1]))
      n->num_end = r;
    return r;
  }
  /* "12m x 4m", "2048 x 1536 pixels": "x" between measures is "by" (not
   * in a sum, "3 x 4 = 12") */
  if (*p == 'x' && we == p + 1 && p - n->s >= 2 && p[-1] == ' ' &&
      we + 1 < end && *we == ' ' && ks_is_digit((unsigned char)we[1]) &&
      n->num_end &&
      (n->num_end == p - 1 || ks_is_alpha((unsigned char)p[-2])) &&
      !memchr(n->s, '=', (size_t)(end - n->s))) {
    bool unit;
    if (ks_norm_measure_before(n, p, &unit)) {
      say(n, "by");
      return we;
    }
  }
  /* "H.264", "H.265": a video codec's name, its letter and its digits
   * one by one */
  if (we == p + 1 && ks_is_upper((unsigned char)*p) && we + 4 <= end &&
      *we == '.' && ks_is_digit((unsigned char)we[1]) &&
      ks_is_digit((unsigned char)we[2]) && ks_is_digit((unsigned char)we[3]) &&
      !(we + 4 < end && ks_is_alnum((unsigned char)we[4])) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    sep(n);
    ks_buf_putc(n->out, *p);
    ks_buf_putc(n->out, ' ');
    ks_num_digits(n->out, we + 1, 3);
    return we + 4;
  }
  /* "E = mc²", "ab²": letters without a vowel before a power are
   * variables, spelled */
  const char *ua;
  if (we - p >= 2 && we - p <= 3 &&
      (starts(we, end, "\xC2\xB2") || starts(we, end, "\xC2\xB3")) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      !ks_norm_scan_unit(n->lang, p, end, &ua)) { /* "cm²" is a unit */
    bool vowel = false;
    for (const char *c = p; c < we; c++)
      vowel = vowel || strchr("aeiouyAEIOUY", *c) != NULL;
    if (!vowel) {
      sep(n);
      for (const char *c = p; c < we; c++) {
        if (c > p)
          ks_buf_putc(n->out, ' ');
        ks_buf_putc(n->out, *c);
      }
      return we;
    }
  }
  /* "provincewide", "leaguewide": a noun in -e joined to "wide", where
   * espeak-ng reads "ew" as one vowel ("provins-yoo-ide"); the hyphen
   * parts them ("statewide" is said either way) */
  if (we - p >= 9 && !memcmp(we - 5, "ewide", 5) &&
      ks_is_lower((unsigned char)we[-6])) {
    sep(n);
    ks_buf_put(n->out, p, (size_t)(we - p - 4));
    ks_buf_puts(n->out, "-wide");
    return we;
  }
  /* "that s--- is", "f***ing": a word the paper left out is "expletive"
   * (espeak-ng would say the letter) */
  if (we == p + 1 && we < end - 2 && ks_is_lower((unsigned char)*p) &&
      ((we[0] == '-' && we[1] == '-' && we[2] == '-') ||
       (we[0] == '*' && we[1] == '*')) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *e = we;
    while (e < end && (*e == '-' || *e == '*'))
      e++;
    while (e < end && ks_is_lower((unsigned char)*e))
      e++;
    if (!(e < end && ks_is_alnum((unsigned char)*e))) {
      sep(n);
      ks_buf_puts(n->out, "expletive");
      return e;
    }
  }
  /* "grades K-12", "K-8": school years from kindergarten, "K through
   * twelve" ("K-9" is a police dog, "K-1" a visa or a tax form) */
  if (we == p + 1 && *p == 'K' && we < end - 1 && *we == '-' &&
      ks_is_digit((unsigned char)we[1]) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *d = digit_end(we + 1, end);
    struct num v;
    if (ks_norm_scan_num(we + 1, d, &v) && v.ok && v.ival >= 1 && v.ival >= 5 &&
        v.ival <= 12 && v.ival != 9 && v.ival != 11 &&
        !(d < end && ks_is_alnum((unsigned char)*d))) {
      ks_norm_copy_word(n, p);
      ks_buf_puts(n->out, " through ");
      ks_num_cardinal(n->out, v.ival);
      return d;
    }
  }
  /* "310 million-330 million pounds": after an amount's scale word, a
   * range */
  if (we < end - 1 && *we == '-' && ks_is_digit((unsigned char)we[1]) &&
      p - n->s >= 2 && ks_is_digit((unsigned char)p[-2])) {
    static const char *const scales[] = {"billion", "crore",    "lakh",
                                         "million", "thousand", "trillion"};
    if (word_is(p, (size_t)(we - p), scales, N_OF(scales))) {
      ks_norm_copy_word(n, p);
      say(n, "to");
      return we + 1;
    }
  }
  /* "covid-19", "mid-1980s", "F-16": the hyphen is a space */
  if (we < end - 1 && *we == '-' && ks_is_digit((unsigned char)we[1])) {
    ks_norm_copy_word(n, p);
    ks_buf_putc(n->out, ' ');
    return we + 1;
  }
  return NULL;
}

/* A unit written with a slash, without a number: "speeds in km/h" (the
 * unit table's own "km/h", "m/s"). */
static const char *unit_per(struct norm *n, const char *p) {
  const char *a;
  const struct ks_unit *u = ks_norm_scan_unit(n->lang, p, n->end, &a);
  if (!u || !strchr(u->abbr, '/'))
    return NULL;
  say(n, u->many);
  return a;
}

/* The word p..we is the last word of a currency's name, one or many
 * ("lei", "euros", "rupee"). */
static bool currency_name(const struct ks_lang *lang, const char *p,
                          const char *we) {
  size_t len = (size_t)(we - p);
  for (size_t i = 0; i < lang->n_currencies; i++) {
    const char *names[2] = {lang->currencies[i].one, lang->currencies[i].many};
    for (int k = 0; k < 2; k++) {
      const char *w = strrchr(names[k], ' ');
      w = w ? w + 1 : names[k];
      if (strlen(w) == len && !memcmp(w, p, len))
        return true;
    }
  }
  return false;
}

/* Short words joined by a slash that stand for other words
 * (lang->slash_words): "2% w/v", "w/o sugar"; "w/" alone before a word. */
static const char *try_slash_word(struct norm *n, const char *p) {
  const char *end = n->end, *we = alpha_end(p, end);
  /* "the Nov/Dec 2025 exam", "Jan/Feb": a month's short name before a
   * slash and another month is said whole, as the second is */
  int mo, mo2;
  const char *we2 = we + 1 < end ? alpha_end(we + 1, end) : we;
  if (we - p == 3 && ks_is_upper((unsigned char)*p) && we + 1 < end &&
      *we == '/' && (p == n->s || !ks_is_alnum((unsigned char)p[-1])) &&
      (mo = ks_norm_month_of(n, p, 3)) > 0 &&
      (mo2 = ks_norm_month_of(n, we + 1, (size_t)(we2 - we - 1))) > 0 &&
      !alnum_at(we2, end)) {
    say(n, n->lang->months[mo - 1]);
    say(n, "or");
    say(n, n->lang->months[mo2 - 1]);
    return we2 < end && *we2 == '.' && !(we2 + 1 == end) ? we2 + 1 : we2;
  }
  /* "won by w/o", "(w/o)": a walkover, alone in brackets, or after "by"
   * or "a" in a sentence about a result (not "(w/o VAT)", "a w/o sugar
   * coffee": without) */
  static const char *const by_a[] = {"a", "by"};
  static const char *const results[] = {"advanced", "beat", "final",
                                        "match",    "round", "won"};
  if (starts(p, end, "w/o") && !alnum_at(p + 3, end) &&
      ((p > n->s && p[-1] == '(' && starts(p + 3, end, ")")) ||
       (ks_norm_word_before(n, p, by_a, N_OF(by_a)) &&
        !(p + 4 < end && p[3] == ' ' && ks_is_alpha((unsigned char)p[4])) &&
        ks_norm_sentence_has(n, results, N_OF(results))))) {
    say(n, "walkover");
    return p + 3;
  }
  /* "Smt. Lakshmi Iyer, w/o Shri Venkat Iyer": between two names, as
   * India's deeds and notices write a wife's, "wife of" (s/o and d/o are
   * the son's and the daughter's) */
  /* (before a title, "w/o Shri", "w/o Late"; or after a comma before a
   * name of two words, "Lakshmi Iyer, w/o Venkat Iyer": not a listing's
   * "Price w/o VAT", "Toyota Corolla w/o Accident History") */
  static const char *const titles[] = {"Dr",   "Late",  "Mr",    "Sh",
                                       "Shri", "Shree", "Sri",   "Srimati",
                                       "Smt"};
  if (*p == 'w' && starts(p, end, "w/o ") && p + 4 < end &&
      ks_is_upper((unsigned char)p[4])) {
    const char *t1e = alpha_end(p + 4, end);
    bool titled = word_is(p + 4, (size_t)(t1e - p - 4), titles, N_OF(titles));
    bool named2 = p + 5 < end && ks_is_lower((unsigned char)p[5]) &&
                  t1e + 2 < end && *t1e == ' ' &&
                  ks_is_upper((unsigned char)t1e[1]) &&
                  ks_is_lower((unsigned char)t1e[2]);
    const char *b = p > n->s && p[-1] == ' ' ? p - 1 : p, *w;
    bool comma = b > n->s && b[-1] == ',';
    if (comma)
      b--;
    for (w = b; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
      ;
    if (b - w >= 2 && b < p && ks_is_upper((unsigned char)*w) &&
        !ks_norm_first_of_sentence(n, w) && (titled || (comma && named2))) {
      say(n, "wife of");
      return p + 3;
    }
  }
  /* "Troy Benjamin, o/c 'Shotta'": "otherwise called" before a nickname
   * in quotes, as the Caribbean's papers write it (set BF) */
  /* (after a name, with its comma or not: not "shows o/c 'OPEN'", an
   * open circuit) */
  if (*p == 'o' && starts(p, end, "o/c ") && p + 4 < end &&
      (p[4] == '\'' || p[4] == '"' || starts(p + 4, end, "\xE2\x80\x98") ||
       starts(p + 4, end, "\xE2\x80\x9C"))) {
    const char *ob = p - 1;
    if (ob > n->s && *ob == ' ' && ob[-1] == ',')
      ob--;
    while (ob > n->s && ks_is_alpha((unsigned char)ob[-1]))
      ob--;
    if (ob < p - 1 && ks_is_upper((unsigned char)*ob)) {
      say(n, "otherwise called");
      return p + 3;
    }
  }
  /* "500 lei/ha", "20 euros/month": a currency's name after figures, a
   * price per a unit */
  if (we < end && *we == '/' && we - p >= 3 && n->prev &&
      ks_is_digit((unsigned char)n->prev[n->prev_len - 1]) &&
      n->prev + n->prev_len + 1 == p && currency_name(n->lang, p, we)) {
    const char *r;
    size_t at = n->out->len;
    sep(n);
    ks_buf_put(n->out, p, (size_t)(we - p));
    if ((r = ks_norm_per_unit(n, we)) != NULL)
      return r;
    ks_buf_truncate(n->out, at);
  }
  if (we - p > 2 || we >= end || *we != '/' ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '/')))
    return NULL;
  for (size_t i = 0; i < n->lang->n_slash_words; i++) {
    const char *w = n->lang->slash_words[i].written, *e;
    size_t len = strlen(w);
    /* as written, or with a capital to open a sentence ("W/o"); not a
     * name in capitals ("M/S Estonia", a ship) */
    /* (a period's change in capitals after a figure too: "rose 12% Y/Y") */
    /* (or after a month's short name, a table's column: "Oct M/M") */
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr",
                                         "May", "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Dec"};
    bool change = len == 3 && w[0] == w[2] && strchr("mqy", w[0]) &&
                  p[0] == ks_to_upper((unsigned char)w[0]) && p[2] == p[0] &&
                  p - n->s >= 2 && p[-1] == ' ' &&
                  (p[-2] == '%' || ks_is_digit((unsigned char)p[-2]) ||
                   ks_norm_word_before(n, p, months, N_OF(months)));
    if (!starts_ci(p, end, w) ||
        (!change && (memcmp(p + 1, w + 1, len - 1) != 0 ||
                     (*p != *w && p != n->s))))
      continue;
    e = p + len;
    if (e[-1] == '/'
            ? !(e + 1 < end && *e == ' ' && ks_is_alpha((unsigned char)e[1]))
            : e < end && (ks_is_alnum((unsigned char)*e) || *e == '/'))
      continue;
    say(n, n->lang->slash_words[i].spoken);
    return e;
  }
  return unit_per(n, p);
}

/* "up 0.9% q-o-q", "3% y-o-y": a change on the period before, its letter
 * twice about an "o" between hyphens (espeak-ng spells "Q O Q"); in
 * capitals only after a figure or a percentage ("spelled W-O-W" is
 * letters). */
static const char *try_period_on_period(struct norm *n, const char *p) {
  static const char *const periods[] = {"day", "month", "quarter", "week",
                                        "year"};
  const char *end = n->end;
  if (end - p < 5 || p[1] != '-' || (p[2] != 'o' && p[2] != 'O') ||
      p[3] != '-' || p[4] != p[0] ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-')) ||
      (p + 5 < end && (ks_is_alnum((unsigned char)p[5]) || p[5] == '-')) ||
      (ks_is_upper((unsigned char)*p) &&
       !(p - n->s >= 2 && p[-1] == ' ' &&
         (p[-2] == '%' || ks_is_digit((unsigned char)p[-2])))))
    return NULL;
  for (size_t i = 0; i < N_OF(periods); i++)
    if (ks_to_lower((unsigned char)*p) == periods[i][0]) {
      sep(n);
      ks_buf_puts(n->out, periods[i]);
      ks_buf_puts(n->out, " on ");
      ks_buf_puts(n->out, periods[i]);
      return p + 5;
    }
  return NULL;
}

/* At the start of each run of non-space bytes holding '@' or '.': a web
 * or e-mail address. */
static const char *try_web(struct norm *n, const char *p,
                           const char **chunk_end) {
  const char *end = n->end, *ce = p;
  if (p < *chunk_end)
    return NULL;
  /* "(https://example.org/a)": the address starts after its bracket */
  if (*p == '(' || *p == '[' || *p == '"')
    return NULL;
  while (ce < end && !ks_is_space((unsigned char)*ce))
    ce++;
  /* and ends before the bracket that closes it */
  if (p > n->s && (p[-1] == '(' || p[-1] == '[') && ce > p &&
      (ce[-1] == ')' || ce[-1] == ']' ||
       (ce - p >= 2 && (ce[-2] == ')' || ce[-2] == ']') &&
        (ce[-1] == ',' || ce[-1] == '.' || ce[-1] == ';'))))
    ce -= ce[-1] == ')' || ce[-1] == ']' ? 1 : 2;
  *chunk_end = ce;
  if (!memchr(p, '@', (size_t)(ce - p)) && !memchr(p, '.', (size_t)(ce - p)))
    return NULL;
  return ks_norm_rule_web(n, p, ce);
}

/* "(CBS) The mother of a woman": a broadcaster's or a wire's tag in
 * capitals first in the sentence, the source of a story told by the page
 * itself, is not read; "500 yards (meters)": a unit alone in brackets
 * after another, a wire's note that the figure is near in both, neither. */
static const char *bracket_note(struct norm *n, const char *p) {
  static const char *const units[] = {
      "centimeters", "centimetres", "feet",       "gallons", "inches",
      "kilograms",   "kilometers",  "kilometres", "liters",  "litres",
      "meters",      "metres",      "miles",      "pounds",  "yards"};
  const char *end = n->end, *q = p + 1, *e = q;
  /* "62 megalitres (Mℓ)", "kilometres (km)": the symbol of the unit just
   * said, a reader's key, not said again */
  const struct ks_unit *u = ks_norm_unit_in(
                           n, ks_norm_scan_unit(n->lang, q, end, &e)),
                       *u1 = u;
  const char *last_word, *e1 = e; /* the first unit, before a rate's second */
  /* "micrograms per cubic metre (µg/m³)": a rate's symbol, its last unit
   * said last */
  if (u && e < end - 1 && *e == '/') {
    const char *e2;
    const struct ks_unit *u2 = ks_norm_scan_unit(n->lang, e + 1, end, &e2);
    if (u2 && e2 < end && *e2 == ')') {
      u = u2;
      e = e2;
    }
  }
  last_word = u ? strrchr(u->one, ' ') : NULL; /* "cubic meter": "meter" */
  last_word = last_word ? last_word + 1 : u ? u->one : NULL;
  /* the last word said as the name's last ("metre" for "meter"), or a
   * short one whole ("barrels per day (mbpd)") */
  if (u && e < end && *e == ')' && n->prev && n->prev + n->prev_len + 1 == p &&
      ((strlen(last_word) >= 4 && n->prev_len >= strlen(last_word) - 2 &&
        prefix_ci(n->prev, last_word, strlen(last_word) - 2)) ||
       (last_word != u->one && eq_ci(n->prev, n->prev_len, last_word)))) {
    ks_norm_unspace(n);
    return e + 1;
  }
  /* "Gold produced (kg)", "Recovered grade (g/t)": a table's column
   * named with its unit's symbol in brackets, the unit in words
   * ("kilograms", "grams per tonne"); a symbol with a small letter in it,
   * not an initialism that a unit shares ("tuberculosis (TB)", "(MP)") */
  bool small = false;
  for (const char *c = q; c < e && !small; c++)
    small = ks_is_lower((unsigned char)*c);
  /* (not a period's change, "(m/m)", "(y/y)": lang->slash_words) */
  if (e - q == 3 && q[1] == '/' && q[0] == q[2] && strchr("mqy", q[0]))
    return NULL;
  /* (after a word, or a formula's figures: "SO2 (µg/m³)", "SO₂ (µg/m³)",
   * "PM2.5 (µg/m³)", a column's year: "Jan–Aug 2025 (kt)"; not "It
   * weighs 5 (kg)") */
  if (u && small && e < end && *e == ')' && e - q >= 2 && n->prev &&
      ((n->prev + n->prev_len + 1 == p && ks_is_alpha((unsigned char)*n->prev)) ||
       (p - n->s >= 2 && p[-1] == ' ' &&
        (ks_is_digit((unsigned char)p[-2]) || (unsigned char)p[-2] >= 0x80) &&
        (ks_is_upper((unsigned char)*n->prev) ||
         (ks_is_digit((unsigned char)*n->prev) &&
          ((n->prev > n->s && ks_is_alpha((unsigned char)n->prev[-1])) ||
           (n->prev_len == 4 && (*n->prev == '1' || *n->prev == '2')))))))) {
    ks_buf_puts(n->out, "(");
    /* a year's column of "kt" is of thousands of tonnes, an output's, no
     * ship's knots: "Jan–Aug 2025 (kt)" */
    if (ks_is_digit((unsigned char)*n->prev) && !strcmp(u->abbr, "kt") &&
        !strcmp(u->one, "knot") && e1 == e) {
      ks_buf_puts(n->out, "thousand tonnes)");
      return e + 1;
    }
    if (u1 && e1 < end && *e1 == '/') {
      ks_buf_puts(n->out, u1->many);
      ks_buf_puts(n->out, " per ");
      ks_buf_puts(n->out, u->one);
    } else {
      ks_buf_puts(n->out, u->many);
    }
    ks_buf_putc(n->out, ')');
    return e + 1;
  }
  /* a column's "(m)": metres after a length's word ("Height (m)"),
   * millions after money's or a count's ("Revenue (m)"); "(m tonnes)",
   * "(m bags)": a scale, millions of them */
  if (q + 1 < end && *q == 'm' && n->prev && n->prev + n->prev_len + 1 == p) {
    static const char *const lengths[] = {
        "altitude", "depth",     "distance", "elevation", "height",
        "length",   "width",     "range",    "span",      "draught",
        "draft",    "clearance", "breadth"};
    static const char *const counts[] = {
        "budget", "cost", "costs", "earnings", "income", "loss",
        "output", "profit", "revenue", "revenues", "sales", "spending",
        "turnover", "value", "volume"};
    const char *we = alpha_end(q + 2, end);
    if (q[1] == ')' && word_is(n->prev, n->prev_len, lengths, N_OF(lengths))) {
      say(n, "(meters)");
      return q + 2;
    }
    if (q[1] == ')' && word_is(n->prev, n->prev_len, counts, N_OF(counts))) {
      say(n, "(millions)");
      return q + 2;
    }
    if (q[1] == ' ' && we > q + 2 && we < end && *we == ')' &&
        ks_norm_plural_noun(q + 2, (size_t)(we - q - 2))) {
      say(n, "(million");
      return q + 1; /* the noun and its bracket as they are */
    }
  }
  e = q;
  while (e < end && ks_is_alpha((unsigned char)*e))
    e++;
  if (e == q || e >= end || *e != ')')
    return NULL;
  static const char *const outlets[] = {"ABC", "AFP", "ANI", "AP",
                                        "BBC", "CBS", "CNN", "IANS",
                                        "NBC", "PTI", "UPI", "WENN"};
  if (p == n->s && e + 2 < end && e[1] == ' ' &&
      ks_is_upper((unsigned char)e[2]) &&
      word_is(q, (size_t)(e - q), outlets, N_OF(outlets)) &&
      ks_is_upper((unsigned char)q[1])) /* "(AP)", not "(Ap)" */
    return e + 2;
  if (word_is(q, (size_t)(e - q), units, N_OF(units)) && n->prev &&
      n->prev + n->prev_len + 1 == p &&
      word_is(n->prev, n->prev_len, units, N_OF(units))) {
    ks_norm_unspace(n);
    return e + 1;
  }
  return NULL;
}

/* "(pictured above)", "(pictured)", "(left)", "(above, right)": a
 * pointer to a photograph the listener cannot see, left out with the
 * space before it. */
static const char *picture_note(struct norm *n, const char *p) {
  static const char *const words[] = {"above",  "below", "center",   "centre",
                                      "inset",  "left",  "pictured", "right",
                                      "second", "top",   "bottom",   "from",
                                      "shown",  "seen",  "here"};
  const char *end = n->end, *q = p + 1, *close = NULL;
  bool pointer = false;
  while (q < end && !close) {
    const char *e = alpha_end(q, end);
    if (e == q)
      return NULL;
    if (!word_is(q, (size_t)(e - q), words, N_OF(words)))
      return NULL;
    pointer = pointer || eq_ci(q, (size_t)(e - q), "pictured") ||
              eq_ci(q, (size_t)(e - q), "above") ||
              eq_ci(q, (size_t)(e - q), "left") ||
              eq_ci(q, (size_t)(e - q), "right") ||
              eq_ci(q, (size_t)(e - q), "inset");
    if (e < end && *e == ')')
      close = e;
    else if (e < end - 1 && (*e == ' ' || (*e == ',' && e[1] == ' ')))
      q = e + (*e == ',' ? 2 : 1);
    else
      return NULL;
  }
  if (!close || !pointer || close - p > 40)
    return NULL;
  /* the space before the bracket goes too */
  ks_norm_unspace(n);
  return close + 1;
}

/* c opens a sign of the language's currencies that need context. */
static bool context_sign(const struct ks_lang *l, unsigned char c) {
  for (size_t i = 0; i < l->n_context_currencies; i++)
    if ((unsigned char)l->context_currencies[i].sign[0] == c)
      return true;
  return false;
}

/* "(multi)media", "(re)launch": a prefix in brackets glued to its word
 * is read with it. */
static const char *bracket_prefix(struct norm *n, const char *p) {
  const char *end = n->end, *e = p + 1, *w;
  while (e < end && ks_is_lower((unsigned char)*e))
    e++;
  if (e == p + 1 || e - p > 7 || e >= end - 1 || *e != ')' ||
      !ks_is_lower((unsigned char)e[1]) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  w = alpha_end(e + 1, end);
  sep(n);
  ks_buf_put(n->out, p + 1, (size_t)(e - p - 1));
  ks_buf_put(n->out, e + 1, (size_t)(w - e - 1));
  return w;
}

/* "UPDATE 2-Oil prices rise", "RPT-Shares fall", "EXCLUSIVE-Bank to
 * cut": a wire's slug glued by a dash to the headline it files, an
 * editor's mark, not read. */
static const char *wire_slug(struct norm *n, const char *p) {
  static const char *const slugs[] = {
      "ANALYSIS", "BREAKINGVIEWS", "CORRECTED", "EXCLUSIVE", "EXPLAINER",
      "FACTBOX",  "FOCUS",         "INSIGHT",   "PREVIEW",   "REFILE",
      "RPT",      "TIMELINE",      "UPDATE",    "WRAPUP"};
  const char *end = n->end, *e = p;
  for (;;) {
    const char *w = e;
    while (e < end && ks_is_upper((unsigned char)*e))
      e++;
    if (e == w || !word_is(w, (size_t)(e - w), slugs, N_OF(slugs)))
      return NULL;
    if (e + 1 < end && *e == ' ' && ks_is_digit((unsigned char)e[1]))
      e = digit_end(e + 1, end); /* "UPDATE 2" */
    if (e + 1 >= end || *e != '-')
      return NULL;
    e++;
    if (ks_is_upper((unsigned char)*e) &&
        !(e + 1 < end && ks_is_upper((unsigned char)e[1])))
      return e; /* the headline's first word */
    /* "RPT-UPDATE 1-": another slug */
  }
}

/* The English rules at p, in the order they are tried; NULL when none
 * matched. */
/* "India 's": a possessive set off by a space joins its name (not a
 * letter in quotation marks, "the letter 's'"). */
static const char *spaced_possessive(struct norm *n, const char *p) {
  const char *end = n->end, *w = p - 1;
  if (p - n->s < 2 || p[-1] != ' ' || !ks_is_alpha((unsigned char)p[-2]) ||
      p + 1 >= end || p[1] != 's' || alnum_at(p + 2, end) ||
      (p + 2 < end && p[2] == '\'') || n->out->len == 0 ||
      n->out->ptr[n->out->len - 1] != ' ')
    return NULL;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--;
  if (!ks_is_upper((unsigned char)*w))
    return NULL;
  ks_buf_truncate(n->out, n->out->len - 1);
  ks_buf_puts(n->out, "'s");
  return p + 2;
}

/* After a pair of places at q, "and" and a second pair joined by an en
 * dash before a way between them: "the Hargeisa–Berbera and
 * Hargeisa–Burao roads" (set BH). */
static bool pair_and_way(const struct norm *n, const char *q,
                         const char *const *ways, size_t n_ways) {
  const char *end = n->end, *a = q + 5, *ae, *b, *be;
  if (!starts(q, end, " and ") || a >= end || !ks_is_upper((unsigned char)*a))
    return false;
  ae = alpha_end(a, end);
  if (!starts(ae, end, "–") || ae + 3 >= end ||
      !ks_is_upper((unsigned char)ae[3]))
    return false;
  b = ae + 3;
  be = alpha_end(b, end);
  return be - b >= 3 && ks_norm_next_is(n, be, ways, n_ways);
}

/* An en dash between words in small letters, unspaced: an aside's dash
 * (espeak-ng runs the words together) before a little word or a
 * participle, or where a second dash closes the aside ("of late–cutting
 * off people", "Stars–a Switch port of Sun and Moon–has"); otherwise a
 * compound's hyphen ("the north–south divide", "Umberto Eco–level"). */
static const char *dash_between_words(struct norm *n, const char *p) {
  static const char *const littles[] = {"a",   "all",  "an",    "and", "as",
                                        "but", "he",   "it",    "or",  "she",
                                        "the", "they", "which", "who"};
  /* "the Brighton–London service": two places joined by an en dash
   * before a way between them, "Brighton to London" */
  /* ("line" only in a sentence about rail: "the Biden–Harris line on
   * China" is a stance; no "link") */
  static const char *const ways[] = {
      "corridor", "crossing", "ferry",    "flight", "flights",
      "rail",     "railway",  "road",     "roads",  "route",
      "routes",   "service",  "services", "train",  "trains"};
  static const char *const rails[] = {"line", "lines"};
  static const char *const trains[] = {"rail",  "railway", "station",
                                       "train", "trains",  "tram"};
  /* (not a prefix of a people: "Anglo–French") */
  static const char *const prefixes[] = {"Afro",   "Anglo", "Austro",
                                         "Franco", "Greco", "Indo",
                                         "Italo",  "Russo", "Sino"};
  const char *end = n->end, *x = p + 3, *xe;
  bool aside;
  if (starts(p, end, "–") && p - n->s >= 2 &&
      ks_is_lower((unsigned char)p[-1]) && x < end &&
      ks_is_upper((unsigned char)*x)) {
    const char *b = p;
    while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
      b--;
    xe = alpha_end(x, end);
    /* (in small letters: "Mount–Poonamallee Road" is a road's name) */
    const char *we2 = xe < end - 1 ? alpha_end(xe + 1, end) : xe;
    if (ks_is_upper((unsigned char)*b) && p - b >= 3 && xe - x >= 3 &&
        xe < end - 1 && *xe == ' ' && ks_is_lower((unsigned char)xe[1]) &&
        !(we2 < end && *we2 == '-') &&
        !word_is(b, (size_t)(p - b), prefixes, N_OF(prefixes)) &&
        (ks_norm_next_is(n, xe, ways, N_OF(ways)) ||
         (ks_norm_next_is(n, xe, rails, N_OF(rails)) &&
          ks_norm_sentence_has(n, trains, N_OF(trains))) ||
         pair_and_way(n, xe, ways, N_OF(ways)))) {
      say(n, "to");
      ks_buf_putc(n->out, ' ');
      return x;
    }
  }
  if (!starts(p, end, "–") || p == n->s || !ks_is_lower((unsigned char)p[-1]) ||
      x >= end || !ks_is_lower((unsigned char)*x))
    return NULL;
  xe = alpha_end(x, end);
  aside = word_is(x, (size_t)(xe - x), littles, N_OF(littles)) ||
          (xe - x > 4 && !memcmp(xe - 3, "ing", 3));
  /* a second dash in the sentence, after or before: the aside's other */
  for (const char *c = n->s + 1; !aside && c + 3 < end; c++)
    aside = c != p && starts(c, end, "–") &&
            ks_is_alpha((unsigned char)c[-1]) &&
            ks_is_alpha((unsigned char)c[3]);
  ks_buf_puts(n->out, aside ? " — " : "-");
  return x;
}

/* "the Civil Procedure Code, Cap. 33 R.E. 2019": a law's revised
 * edition of a year, as Tanzania's and Kenya's laws are cited (set AW). */
static const char *revised_edition(struct norm *n, const char *p) {
  const char *end = n->end, *y = p + 5;
  if (!starts(p, end, "R.E. ") || (p > n->s && p[-1] != ' ') ||
      digit_end(y, end) != y + 4 || (y[0] != '1' && y[0] != '2') ||
      alnum_at(y + 4, end) || p - n->s < 2 ||
      !ks_is_digit((unsigned char)p[-2]))
    return NULL;
  say(n, "Revised Edition");
  return p + 4;
}

/* "services, dr. Irawati Simanjuntak, told": a doctor's title in small
 * letters before a capitalised name, as Indonesian and Dutch papers write
 * it (espeak-ng says "doctor" but stops a sentence at its period). */
static const char *small_doctor(struct norm *n, const char *p) {
  const char *end = n->end;
  if (end - p < 5 || memcmp(p, "dr. ", 4) ||
      !ks_is_upper((unsigned char)p[4]) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  /* (not a street's "drive" after its name: "on Sunset dr. Police") */
  if (n->prev && n->prev + n->prev_len + 1 == p &&
      ks_is_upper((unsigned char)*n->prev))
    return NULL;
  say(n, "Doctor");
  return p + 3;
}

/* "W/ro Almaz Kebede", "W/rt Selam": Ethiopia's titles for a married and
 * an unmarried woman as its papers shorten them, before a name, said in
 * full, Weyzero and Weyzerit (set AW). */
/* "J. Alleyne, How out: ..., R: 12, B: 19": a batting card's columns by
 * their letters, in a cricket article, as a table's cell labels (after
 * the row's comma, before its colon and figures): runs, balls, fours,
 * sixes, the strike rate (round 43, set BB; not a points table's "W: 4",
 * won, nor "M: 5", matches). */
static const char *cricket_column(struct norm *n, const char *p) {
  static const struct {
    const char *col, *said;
  } cols[] = {{"R", "runs"},   {"B", "balls"},         {"4s", "fours"},
              {"6s", "sixes"}, {"SR", "strike rate"}};
  const char *end = n->end;
  if (!(n->topics & KS_TOPIC_CRICKET) || p - n->s < 2 || p[-1] != ' ' ||
      p[-2] != ',')
    return NULL;
  for (size_t i = 0; i < N_OF(cols); i++) {
    size_t l = strlen(cols[i].col);
    if (starts(p, end, cols[i].col) && p + l + 2 < end && p[l] == ':' &&
        p[l + 1] == ' ' && ks_is_digit((unsigned char)p[l + 2])) {
      say(n, cols[i].said);
      return p + l;
    }
  }
  return NULL;
}

/* "(b2, lb5, w7, nb1)": a scorecard's extras in a cricket article, byes,
 * leg byes, wides and no balls, each glued to its count, in brackets or
 * after a comma (round 43, set BB). */
static const char *cricket_extra(struct norm *n, const char *p) {
  static const struct {
    const char *mark, *one, *many;
  } extras[] = {{"lb", "leg bye", "leg byes"}, {"nb", "no ball", "no balls"},
                {"b", "bye", "byes"},          {"w", "wide", "wides"}};
  const char *end = n->end;
  if (!(n->topics & KS_TOPIC_CRICKET) || p == n->s ||
      !(p[-1] == '(' || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')))
    return NULL;
  for (size_t i = 0; i < N_OF(extras); i++) {
    size_t l = strlen(extras[i].mark);
    const char *d = p + l, *de;
    if (!starts(p, end, extras[i].mark) || d >= end ||
        !ks_is_digit((unsigned char)*d))
      continue;
    de = digit_end(d, end);
    if (de - d > 3 || !(de == end || *de == ',' || *de == ')'))
      return NULL;
    unsigned k = small_val(d, de);
    sep(n);
    ks_num_cardinal(n->out, k);
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, k == 1 ? extras[i].one : extras[i].many);
    return de;
  }
  return NULL;
}

static const char *ethiopian_title(struct norm *n, const char *p) {
  const char *end = n->end;
  bool miss = starts(p, end, "W/rt ");
  if (!(starts(p, end, "W/ro ") || miss) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])) || p + 5 >= end ||
      !ks_is_upper((unsigned char)p[5]))
    return NULL;
  say(n, miss ? "Wayzehrit" : "Wayzehro"); /* (spelled as espeak-ng says it) */
  return p + 4;
}

/* "(ref. S24/1187/OUT)", "application 24/01187/FUL": a planning's or a
 * case's reference, three parts or more joined by slashes, one with
 * capitals (figures alone are dates and lists: "12/06/2025", "24/7/365"):
 * each part said apart, "slash" between, a part's capitals spelled and
 * its figures one by one (two or fewer as a number, a year of this era
 * as a year: "Directive 2010/75/EU"). */
static const char *slash_code(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *parts[8], *ends[8];
  size_t np = 0;
  bool letters = false, figures = false;
  if (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '/'))
    return NULL;
  while (np < 8) {
    const char *e = q;
    while (e < end && ks_is_alnum((unsigned char)*e))
      e++;
    if (e == q)
      return NULL;
    for (const char *c = q; c < e; c++)
      if (ks_is_lower((unsigned char)*c))
        return NULL; /* "km/h/s", "and/or/nor": words */
      else {
        letters = letters || ks_is_upper((unsigned char)*c);
        figures = figures || ks_is_digit((unsigned char)*c);
      }
    parts[np] = q;
    ends[np++] = e;
    if (e + 1 < end && *e == '/' && ks_is_alnum((unsigned char)e[1]))
      q = e + 1;
    else {
      q = e;
      break;
    }
  }
  /* capitals in a part, and figures: figures alone are dates and lists
   * ("12/06/2025", "24/7/365"), capitals alone names ("NATO/EU/UN") */
  if (np < 3 || !letters || !figures ||
      (q < end && (ks_is_alnum((unsigned char)*q) || *q == '/')))
    return NULL;
  /* "Decree 45/2022/ND-CP": a law's number, its year and its issuer's
   * code, "forty-five of twenty twenty-two, N D C P" (Vietnam's; set AW) */
  static const char *const laws[] = {"Circular", "Decision", "Decree",
                                     "Law",      "Resolution"};
  bool of_year = np == 3 && ends[0] - parts[0] <= 4 &&
                 digit_end(parts[0], ends[0]) == ends[0] &&
                 ends[1] - parts[1] == 4 &&
                 digit_end(parts[1], ends[1]) == ends[1] &&
                 (parts[1][0] == '1' || parts[1][0] == '2') &&
                 ks_is_upper((unsigned char)*parts[2]) &&
                 ks_norm_word_before(n, p, laws, N_OF(laws));
  sep(n);
  for (size_t i = 0; i < np; i++) {
    const char *c = parts[i];
    if (i)
      ks_buf_puts(n->out, !of_year ? " slash " : i == 1 ? " of " : ", ");
    while (c < ends[i]) {
      const char *d = c;
      if (ks_is_upper((unsigned char)*c)) {
        while (d < ends[i] && ks_is_upper((unsigned char)*d))
          d++;
        for (const char *l = c; l < d; l++) {
          if (n->out->len && n->out->ptr[n->out->len - 1] != ' ')
            ks_buf_putc(n->out, ' ');
          ks_buf_putc(n->out, *l);
        }
      } else {
        while (d < ends[i] && ks_is_digit((unsigned char)*d))
          d++;
        if (n->out->len && n->out->ptr[n->out->len - 1] != ' ')
          ks_buf_putc(n->out, ' ');
        unsigned y = d - c == 4 ? small_val(c, d) : 0;
        if (y >= 1900 && y <= 2099)
          ks_num_year(n->out, y);
        else if (d - c <= 2 && *c != '0')
          ks_num_cardinal(n->out, small_val(c, d));
        else
          ks_num_digits(n->out, c, (size_t)(d - c));
      }
      c = d;
    }
  }
  return q;
}

/* A basketball box score's shooting codes: "FG%", "FT%", "3PT%" are
 * percentages of field goals, free throws and three-pointers; "3PT" alone
 * ("5-of-9 3PT") the three-pointers. Each is a code whole, not inside a
 * word. */
static const char *shooting_code(struct norm *n, const char *p) {
  static const struct {
    const char *code, *said;
  } codes[] = {{"3PT%", "three-point percentage"},
               {"3P%", "three-point percentage"},
               {"FG%", "field goal percentage"},
               {"FT%", "free throw percentage"},
               {"3PT", "three-pointers"}};
  const char *end = n->end;
  if (p > n->s && ks_is_alnum((unsigned char)p[-1]))
    return NULL;
  for (size_t i = 0; i < N_OF(codes); i++) {
    size_t k = strlen(codes[i].code);
    if ((size_t)(end - p) >= k && !memcmp(p, codes[i].code, k) &&
        !alnum_at(p + k, end) &&
        /* (a table's column "3PT: 5-9" is its label's, read with it) */
        !(i == N_OF(codes) - 1 && p + k < end && p[k] == ':')) {
      /* (before a noun, the adjective: "3PT attempts") */
      say(n, i == N_OF(codes) - 1 && ks_norm_noun_after(n, p + k)
                 ? "three-point"
                 : codes[i].said);
      return p + k;
    }
  }
  return NULL;
}

/* "Winner: [3] Mateo Arrizabalaga", "[Q] Reid Callaway": a tennis draw's
 * seed in square brackets before a player's name, "third seed", and its
 * qualifier, wildcard or lucky loser, in a line that holds two sets'
 * scores ("6-4, 7-6") or a word of the draw. */
static const char *draw_seed(struct norm *n, const char *p) {
  static const struct {
    const char *note, *spoken;
  } entries[] = {
      {"[LL]", "lucky loser"}, {"[Q]", "qualifier"}, {"[WC]", "wildcard"}};
  static const char *const draws[] = {"ATP", "seed", "seeded", "singles",
                                      "WTA"};
  const char *end = n->end, *d = p + 1, *de = digit_end(d, end), *a = NULL;
  const char *said = NULL;
  unsigned seed = 0;
  if (p > n->s && p[-1] != ' ')
    return NULL;
  if (de > d && de - d <= 2 && de < end && *de == ']') {
    seed = small_val(d, de);
    a = de + 1;
  }
  for (size_t i = 0; !a && i < N_OF(entries); i++)
    if (starts(p, end, entries[i].note)) {
      said = entries[i].spoken;
      a = p + strlen(entries[i].note);
    }
  if (!a || (seed == 0 && !said) || seed > 32 || a + 2 >= end || *a != ' ' ||
      !ks_is_upper((unsigned char)a[1]))
    return NULL;
  /* (two sets' scores: "6-4, 7-6(5)"; one "5-4" may be a vote) */
  int set_scores = 0;
  for (const char *c = n->s; c + 3 <= end; c++)
    set_scores += (c == n->s || !ks_is_alnum((unsigned char)c[-1])) &&
                  c[0] >= '0' && c[0] <= '7' && c[1] == '-' && c[2] >= '0' &&
                  c[2] <= '7' &&
                  !(c + 3 < end && ks_is_digit((unsigned char)c[3]));
  bool set_score = set_scores >= 2;
  /* (first in its line, a set's score only: not a list's "[1] Smith") */
  if (!set_score && (p == n->s || !ks_norm_sentence_has(n, draws, N_OF(draws))))
    return NULL;
  sep(n);
  if (said)
    ks_buf_puts(n->out, said);
  else {
    ks_num_ordinal(n->out, seed);
    ks_buf_puts(n->out, " seed");
  }
  return a;
}

static const char *en_at(struct norm *n, const char *p) {
  const char *end = n->end, *r;
  unsigned char c = (unsigned char)*p;

  if (p == n->s && (r = wire_slug(n, p)) != NULL)
    return r;
  if ((c == '3' || c == 'F') && (r = shooting_code(n, p)) != NULL)
    return r;
  if (c == '[' && (r = draw_seed(n, p)) != NULL)
    return r;
  /* "open 10am-midnight", "9am-noon": a clock's time to noon or
   * midnight, "to" */
  if (c == '-' && p - n->s >= 3 && p + 5 <= end &&
      (starts(p - 2, end, "am") || starts(p - 2, end, "pm")) &&
      ks_is_digit((unsigned char)p[-3]) &&
      ((starts(p + 1, end, "noon") && !alnum_at(p + 5, end)) ||
       (p + 9 <= end && starts(p + 1, end, "midnight") &&
        !alnum_at(p + 9, end)))) {
    say(n, "to");
    ks_buf_putc(n->out, ' ');
    return p + 1;
  }
  /* "Avg price: $3,500": a table's average, its short name capitalised */
  if (c == 'A' && starts(p, end, "Avg ") && p + 5 < end &&
      ks_is_lower((unsigned char)p[4]) &&
      (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
    say(n, "Average");
    return p + 3;
  }
  /* "Tolliver 1B, At bats: 4": a base's fielder in a batting table */
  if (c >= '1' && c <= '3' && p + 2 < end && p[1] == 'B' &&
      (r = fielding_position(n, p, p + 2)) != NULL)
    return r;
  if ((r = try_web(n, p, &n->chunk_end)) ||
      (c == '<' && (r = ks_norm_rule_markup(n, p))) ||
      (c == 'W' && (r = ethiopian_title(n, p))) ||
      ((ks_is_upper(c) || c == '4' || c == '6') &&
       (r = cricket_column(n, p))) ||
      ((c == 'b' || c == 'l' || c == 'n' || c == 'w') &&
       (r = cricket_extra(n, p))) ||
      (c == 'd' && (r = small_doctor(n, p))) ||
      (c == 'R' && (r = revised_edition(n, p))) ||
      ((ks_is_digit(c) || ks_is_upper(c)) && (r = slash_code(n, p))) ||
      (c == 'v' && (r = ks_norm_rule_version_v(n, p))) ||
      (r = try_number(n, p)))
    return r;
  /* cheap first-byte tests keep plain words on the fast path */
  if ((c == '$' || c >= 0x80 ||
       (p + 1 < end && ks_is_digit((unsigned char)p[1]) && /* "R15bn" */
        /* the peso, "P2.3B"; the kina or the kwacha, "K150"; the
         * quetzal, "Q350"; the loti, "M15"; the dalasi, "D78"; the
         * lilangeni, "E76" */
        (context_sign(n->lang, c) || c == 'P' || c == 'K' || c == 'Q' ||
         c == 'M' || c == 'D' || c == 'E')) ||
       (ks_is_upper(c) && p + 2 < end &&
        (ks_is_upper((unsigned char)p[1]) || p[1] == '$' ||
         /* "E£450", Egypt's pound; "S/ 1.10", Peru's sol */
         ((unsigned char)p[1] == 0xC2 && (unsigned char)p[2] == 0xA3) ||
         (c == 'S' && p[1] == '/' &&
          (p[2] == ' ' || p[2] == '.' || ks_is_digit((unsigned char)p[2]))) ||
         (ks_is_lower((unsigned char)p[1]) &&
          (p[2] == ' ' || p[2] == '.' || ks_is_digit((unsigned char)p[2]) ||
           p[2] == '$' || small_sign(p + 2, end)))))) &&
      (r = ks_norm_rule_money(n, p))) {
    n->num_end = r;
    if (alnum_at(r, end))
      ks_buf_putc(n->out, ' ');
    return r;
  }
  /* "¥ billion: Revenue, ...": a table's first column named by its unit
   * of money, first in the row, before its label's colon */
  if (p == n->s && (c == '$' || c >= 0x80 || ks_is_upper(c))) {
    static const struct {
      const char *written, *spoken;
    } labels[] = {{" billion:", "billions of "},
                  {" million:", "millions of "},
                  {"bn:", "billions of "},
                  {"m:", "millions of "}};
    const char *q;
    const struct ks_currency *cur = ks_norm_scan_currency(n->lang, p, end, &q);
    for (size_t i = 0; cur && i < N_OF(labels); i++)
      if (starts(q, end, labels[i].written)) {
        say(n, "In ");
        ks_buf_puts(n->out, labels[i].spoken);
        ks_buf_puts(n->out, cur->many);
        return q + strlen(labels[i].written) - 1;
      }
  }
  /* "Spending by ministry ($ billions)", "(£m)", "(C$ billions)", "(USD
   * millions)": a table's unit of money in its heading, the scale "of" the
   * currency's plural */
  if (p > n->s && p[-1] == '(' && (c == '$' || c >= 0x80 || ks_is_upper(c))) {
    static const struct {
      const char *written, *spoken;
    } scales[] = {{" billions)", "billions of "},
                  {" millions)", "millions of "},
                  {" thousands)", "thousands of "},
                  {"bn)", "billions of "},
                  {"m)", "millions of "},
                  {" bn)", "billions of "},
                  {" m)", "millions of "},
                  /* "(S$ million)": the singular as many tables write it */
                  {" billion)", "billions of "},
                  {" million)", "millions of "},
                  {" thousand)", "thousands of "}};
    const char *q = p, *ue;
    const struct ks_currency *cur = ks_norm_scan_currency(n->lang, p, end, &q);
    const struct ks_unit *u;
    for (size_t i = 0; cur && i < N_OF(scales); i++)
      if (starts(q, end, scales[i].written)) {
        say(n, scales[i].spoken);
        ks_buf_puts(n->out, cur->many);
        return q + strlen(scales[i].written) - 1;
      }
    /* "Price (£): 25", "Retail (₦/litre)", "($/bbl)": the sign alone
     * after a heading's word, "in pounds", or a price per a unit */
    /* (a heading's: a colon or the line's end after the bracket; not
     * "the euro (€) rose", "the Inner Distribution Road (IDR)") */
    const char *close = q;
    while (close < end && close - q < 12 && *close != ')')
      close++;
    /* (a sign, not a code of three capitals: "Coronary artery disease
     * (CAD):" is letters, "(Rs/kWh)" rupees) */
    bool code = q - p == 3 && ks_is_upper((unsigned char)p[0]) &&
                ks_is_upper((unsigned char)p[1]) &&
                ks_is_upper((unsigned char)p[2]);
    if (cur && q < end && p - n->s >= 3 && p[-2] == ' ' && !code &&
        ks_is_alpha((unsigned char)p[-3]) &&
        close < end && (close + 1 == end || close[1] == ':')) {
      if (*q == ')') {
        say(n, "in ");
        ks_buf_puts(n->out, cur->many);
        return q;
      }
      if (*q == '/' && (u = ks_norm_scan_unit(n->lang, q + 1, end, &ue)) &&
          ue < end && *ue == ')') {
        say(n, cur->many);
        ks_buf_puts(n->out, " per ");
        ks_buf_puts(n->out, u->one);
        return ue;
      }
      /* "(€/month)", "(₦/litre)": a word in small letters, as it is */
      ue = q + 1 < end ? alpha_end(q + 1, end) : q;
      if (*q == '/' && ue > q + 2 && ue - q <= 9 &&
          ks_is_lower((unsigned char)q[1]) && ue < end && *ue == ')') {
        say(n, cur->many);
        ks_buf_puts(n->out, " per ");
        return q + 1;
      }
    }
  }
  /* "a 7-6(4) first set": a space before a bracket of figures glued to a
   * score's figure (the bracket then read as it stands) */
  if (c == '(' && p > n->s && ks_is_digit((unsigned char)p[-1]) &&
      p + 2 < end && ks_is_digit((unsigned char)p[1])) {
    const char *d = digit_end(p + 1, end);
    if (d - p <= 3 && d < end && *d == ')' && p - n->s >= 3 &&
        (p[-2] == '-' ||
         (p - n->s >= 5 && starts(p - 4, end, "\xE2\x80\x93"))) &&
        !(p - n->s >= 3 && ks_is_alpha((unsigned char)p[-3]))) {
      if (!(n->out->len > n->base && n->out->ptr[n->out->len - 1] == ' '))
        ks_buf_putc(n->out, ' '); /* (a set's rule puts its own) */
      ks_buf_putc(n->out, '(');
      return p + 1;
    }
  }
  /* "Currency: euro (€)", "the rand (R) fell": a currency's sign in
   * brackets after its name, not read (the name said twice otherwise) */
  if (c == '(' && p - n->s >= 3 && p[-1] == ' ' &&
      ks_is_alpha((unsigned char)p[-2])) {
    const char *q, *w, *we2;
    const struct ks_currency *cur =
        ks_norm_scan_currency(n->lang, p + 1, end, &q);
    if (cur && q < end && *q == ')' &&
        (w = ks_norm_prev_word(n, p, &we2)) != NULL) {
      const char *one = strrchr(cur->one, ' '), *many = strrchr(cur->many, ' ');
      one = one ? one + 1 : cur->one;
      many = many ? many + 1 : cur->many;
      if (eq_ci(w, (size_t)(we2 - w), one) || eq_ci(w, (size_t)(we2 - w), many)) {
        ks_norm_unspace(n);
        return q + 1;
      }
    }
  }
  /* "962 millibars (mb)": the unit's symbol after its name, not read */
  if (c == '(' && starts(p, end, "(mb)") && p - n->s >= 10 &&
      starts(p - 10, end, "millibars ")) {
    ks_norm_unspace(n);
    return p + 4;
  }
  if (c == '(' && ((r = sports_note(n, p)) || (r = nation_code(n, p)) ||
                   (r = currency_label(n, p)) || (r = party_letter(n, p)) ||
                   (r = picture_note(n, p)) || (r = bracket_note(n, p)) ||
                   (r = bracket_prefix(n, p))))
    return r;
  if (c == '\'' && (r = spaced_possessive(n, p)) != NULL)
    return r;
  if (c == 0xE2 && (r = dash_between_words(n, p)) != NULL)
    return r;
  /* "'Meth. We're on it.': Spokane ad agencies": a colon after a closing
   * quotation is a pause (espeak-ng says "colon" there) */
  if (c == ':' && p > n->s && p + 1 < end && p[1] == ' ' &&
      (p[-1] == '\'' || p[-1] == '"' ||
       (p - n->s >= 3 &&
        ((unsigned char)p[-3] == 0xE2 && (unsigned char)p[-2] == 0x80 &&
         ((unsigned char)p[-1] == 0x99 || (unsigned char)p[-1] == 0x9D))))) {
    ks_buf_putc(n->out, ',');
    return p + 1;
  }
  if ((r = try_short_decade(n, p)) ||
      (ks_is_alpha(c) && (r = try_slash_word(n, p))) ||
      ((c == 'J' || c == 'C') && (r = ks_norm_rule_judge(n, p))) ||
      (ks_is_alpha(c) && (r = try_period_on_period(n, p))) ||
      (ks_is_alpha(c) && (r = ks_norm_rule_unit_per(n, p))) ||
      (ks_is_alpha(c) && (r = try_word(n, p))) ||
      (r = ks_norm_rule_range(n, p)) || (r = ks_norm_rule_symbol(n, p)))
    return r;
  return NULL;
}

const struct ks_norm_family ks_norm_en = {KS_RULES_EN, en_at};
