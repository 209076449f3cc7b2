/* address.c - house numbers, street types, US states.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"

#include <string.h>

/* True when a street type follows within a few words: "1428 Elm St.",
 * "2 San Tomas hwy", "12 S 1st St". */
bool ks_norm_before_street(const struct norm *n, const char *q) {
  const char *end = n->end;
  for (int w = 0; w < 4; w++) {
    const char *a, *e;
    if (q >= end || *q != ' ')
      return false;
    a = q + 1;
    if (a < end && ks_is_digit((unsigned char)*a)) { /* "1st" */
      e = a;
      while (e < end && ks_is_alnum((unsigned char)*e))
        e++;
    } else {
      e = alpha_end(a, end);
    }
    if (e == a)
      return false;
    /* "143 S. Ct. 2228": a law reporter's page after its "Ct.", no
     * street */
    if (w > 0 && e - a == 2 && a[0] == 'C' && a[1] == 't' &&
        starts(e, end, ". ") && e + 2 < end && ks_is_digit((unsigned char)e[2]))
      return false;
    if (w > 0 && ks_lang_street_type(n->lang, a, (size_t)(e - a)))
      return true;
    if (!ks_is_upper((unsigned char)*a) && !ks_is_digit((unsigned char)*a))
      return false;
    q = e;
    if (q < end && *q == '.')
      q++;
  }
  return false;
}

/* A month's name at p, a date's next line in a list of them ("Tampa,
 * FL June 10 -- ..."). */
static bool month_next(const struct norm *n, const char *p) {
  const char *e = alpha_end(p, n->end);
  return e - p >= 3 && ks_is_upper((unsigned char)*p) &&
         ks_norm_month_of(n, p, (size_t)(e - p)) && e < n->end - 1 &&
         (*e == ' ' || *e == '.');
}

const char *ks_norm_state_code(const struct ks_lang *lang, const char *p,
                               size_t len) {
  for (size_t i = 0; len == 2 && i < lang->n_states; i++)
    if (!memcmp(p, lang->states[i].written, 2))
      return lang->states[i].spoken;
  return NULL;
}

/* A house number as said: "one twenty-three", "fourteen twenty-eight";
 * then a compass letter after it ("1211 E Arques Ave") in full. */
void ks_norm_say_pairs(struct norm *n, unsigned x) {
  ks_num_cardinal_plain(n->out, x / 100);
  ks_buf_puts(n->out, x % 100 < 10 ? " oh " : " ");
  ks_num_cardinal_plain(n->out, x % 100);
}

/* A city's quadrant at p: "NW", "SE", or with stops "N.W.", before no
 * letter or figure; where it ends, or NULL. */
static const char *quadrant_at(const char *p, const char *end) {
  const char *e;
  if (end - p < 2 || (p[0] != 'N' && p[0] != 'S'))
    return NULL;
  if (p[1] == 'E' || p[1] == 'W')
    e = p + 2;
  else if (end - p >= 4 && p[1] == '.' && (p[2] == 'E' || p[2] == 'W') &&
           p[3] == '.')
    e = p + 4;
  else
    return NULL;
  return alnum_at(e, end) ? NULL : e;
}

/* The quadrant at p ("SE", "N.W.") said in words: "Southeast". */
static void say_quadrant(struct norm *n, const char *p) {
  char ew = p[1] == '.' ? p[2] : p[1];
  const char *w = n->lang->compass[ew == 'E' ? 2 : 3];
  say(n, n->lang->compass[p[0] == 'N' ? 0 : 1]);
  ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)w[0]));
  ks_buf_puts(n->out, w + 1);
}

/* "SE Foster Road", "near SE 82nd Avenue": a quadrant before a street's
 * name and its type. */
const char *ks_norm_rule_quadrant(struct norm *n, const char *p,
                                  const char *we) {
  const char *e;
  (void)we;
  static const char *const asia[] = {"Asia", "Asian"};
  if (!n->lang->compass || (p > n->s && ks_is_alnum((unsigned char)p[-1])) ||
      (e = quadrant_at(p, n->end)) == NULL ||
      /* "SE Asia": a region */
      !(ks_norm_before_street(n, e) ||
        (p[0] == 'S' && p[1] == 'E' && ks_norm_next_is(n, e, asia, 2))))
    return NULL;
  say_quadrant(n, p);
  return e;
}

const char *ks_norm_say_house_number(struct norm *n, const struct num *v) {
  const char *q = v->end, *end = n->end;
  unsigned x = (unsigned)v->ival;
  n->address = true;
  sep(n);
  if (v->ndig == 3 && x % 100 != 0) {
    ks_norm_say_pairs(n, x);
  } else if (v->ndig == 4) {
    ks_num_year(n->out, x);
  } else {
    ks_num_cardinal_plain(n->out, x);
  }
  /* "4410 SE Foster Road": a quadrant */
  const char *qe;
  if (n->lang->compass && end - q >= 3 && q[0] == ' ' &&
      (qe = quadrant_at(q + 1, end)) != NULL) {
    say_quadrant(n, q + 1);
    return qe;
  }
  if (end - q >= 3 && q[0] == ' ' && q[1] && strchr("NSEW", q[1]) &&
      (q[2] == ' ' || (q[2] == '.' && end - q >= 4 && q[3] == ' '))) {
    ks_buf_putc(n->out, ' ');
    ks_buf_puts(n->out, n->lang->compass[strchr("NSEW", q[1]) - "NSEW"]);
    q += q[2] == '.' ? 3 : 2; /* "125 W. 45th St." */
  }
  return q;
}

/* True when p..we is two capitals with a capitalised word and ", " right
 * before them: "Dallas, TX". */
static bool after_city(const struct norm *n, const char *p, const char *we) {
  const char *w = p - 2;
  if (we - p != 2 || p - n->s < 4 || p[-1] != ' ' || p[-2] != ',' ||
      !ks_is_upper((unsigned char)p[0]) || !ks_is_upper((unsigned char)p[1]))
    return false;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--;
  return w < p - 2 && ks_is_upper((unsigned char)*w) &&
         ks_is_lower((unsigned char)w[1]);
}

/* A capitalised name with a possessive at nx: "St. Michael's Majors" is a
 * saint's, not a street and a new sentence. */
static bool possessive_name(const char *nx, const char *end) {
  const char *e = alpha_end(nx, end);
  return e > nx && (starts(e, end, "'s") || starts(e, end, "’s"));
}

/* After "St." and the sentence's going on, the name at nx is a saint's:
 * the word before the stop is a possessive ("Bach's St. John"), the name
 * is one ("St. Mary's"), a saint's own name (the language's list), or a
 * name that goes on in capitals ("St. John Passion"). */
static bool saint_follows(const struct norm *n, const char *nx) {
  const char *end = n->end, *e = alpha_end(nx, end);
  size_t pl = n->prev_len;
  if (pl > 2 && n->prev[pl - 1] == 's' &&
      (n->prev[pl - 2] == '\'' ||
       (pl > 4 && starts(n->prev + pl - 4, end, "’s"))))
    return true;
  if (e < end && (starts(e, end, "'s") || starts(e, end, "’s")))
    return true; /* "St. Mary's" */
  /* a saint's own name ("St. John", "St. Louis"; the segmenter's list
   * too), or a name that goes on in capitals ("St. John Passion"); not a
   * next sentence's subject, "Water St. Residents in the area" */
  if (ks_lang_in_list(n->lang->saints, n->lang->n_saints, nx, (size_t)(e - nx)))
    return true;
  return e + 1 < end && *e == ' ' && ks_is_upper((unsigned char)e[1]);
}

/* The word before is a title's abbreviation: "The Rev. Dr. Angela Price"
 * (Doctor, not Drive). */
static bool after_title(const struct norm *n) {
  const struct ks_abbrev *ab;
  if (!n->prev || n->prev + n->prev_len >= n->end ||
      n->prev[n->prev_len] != '.')
    return false;
  ab = ks_lang_abbrev(n->lang, n->prev, n->prev_len);
  return ab && (ab->flags & KS_AB_TITLE) && !(ab->flags & KS_AB_PLACE) &&
         ab->word[0] == n->prev[0];
}

/* After a compass letter's stop at p: the end, a comma, or a word in
 * small letters ("King St. W. between", "lined 1st Ave. S. more than"),
 * but not a species' name ("Main St. E. coli was found"). */
static bool compass_ends(const struct norm *n, const char *p) {
  const char *end = n->end, *w = skip_spaces(p, end);
  if (w == end || *w == ',' || *w == ';' || *w == ')')
    return true;
  const char *we = alpha_end(w, end);
  size_t l = (size_t)(we - w);
  /* a species' Latin name: "E. coli", "S. aureus", "S. pneumoniae" */
  return w > p && ks_is_lower((unsigned char)*w) &&
         !(l == 4 && starts(w, end, "coli")) &&
         !(l > 3 && (!memcmp(we - 2, "us", 2) || !memcmp(we - 2, "ae", 2) ||
                     !memcmp(we - 2, "um", 2) || !memcmp(we - 2, "ii", 2)));
}

/* After "MD" at q, what makes it a doctor's degree, not Maryland: another
 * degree ("Ana Reyes, MD, MPH"). */
static bool doctor_md(const char *q, const char *end, bool person) {
  static const char *const degrees[] = {"FACC", "FACP",  "FACS", "FRCP",
                                        "FRCS", "MBA",   "MPH",  "MSc",
                                        "PhD",  "Ph.D.", "RD",   "RDN"};
  /* "Raymond Tsai, MD, a nephrologist": a doctor's trade after "a" */
  static const char *const trades[] = {
      "cardiologist", "dermatologist", "doctor",       "epidemiologist",
      "nephrologist", "neurologist",   "oncologist",   "pediatrician",
      "physician",    "professor",     "psychiatrist", "radiologist",
      "researcher",   "specialist",    "surgeon"};
  const char *w, *we;
  if (!starts(q, end, ", "))
    return false;
  w = q + 2;
  /* a trade is a doctor's only after a person's name: "In Silver
   * Spring, MD, a family doctor was charged" is the state */
  if (person && (starts(w, end, "a ") || starts(w, end, "an "))) {
    const char *t = w + (w[1] == ' ' ? 2 : 3), *te = t;
    while (te < end && ks_is_alpha((unsigned char)*te))
      te++;
    if (word_is(t, (size_t)(te - t), trades, N_OF(trades)))
      return true;
    /* "a preventive cardiologist": one word describing the trade */
    if (te < end - 1 && *te == ' ' && ks_is_lower((unsigned char)te[1])) {
      const char *t2 = te + 1, *te2 = t2;
      while (te2 < end && ks_is_alpha((unsigned char)*te2))
        te2++;
      if (word_is(t2, (size_t)(te2 - t2), trades, N_OF(trades)))
        return true;
    }
  }
  for (we = w; we < end && (ks_is_alpha((unsigned char)*we) || *we == '.');
       we++)
    ;
  return word_is(w, (size_t)(we - w), degrees, N_OF(degrees)) ||
         (we - w > 2 && we[-1] == '.' && /* "MS, RDN." at the end */
          word_is(w, (size_t)(we - w - 1), degrees, N_OF(degrees)));
}

/* Before the comma at c, a person's name: one with a middle initial
 * ("Marcus T. Ellery, MD") or after a doctor's title ("Dr. Ann Smith,
 * MD"); a city has neither. */
/* At q, " (" and one short capitalised word of small letters, a stop
 * at most, then ")": a degree's university or class, "(Cantab.)",
 * "(Hons)". */
static bool degree_bracket(const char *q, const char *end) {
  const char *w = q + 2, *e;
  if (end - q < 5 || q[0] != ' ' || q[1] != '(' ||
      !ks_is_upper((unsigned char)*w))
    return false;
  for (e = w + 1; e < end && ks_is_lower((unsigned char)*e); e++)
    ;
  if (e < end && *e == '.')
    e++;
  return e - w >= 3 && e - w <= 8 && e < end && *e == ')';
}

/* A barrister's name, two capitalised words, ends right before the comma
 * at c, after the barrister's role or after a comma in a sentence that
 * names one ("prosecutor Alistair Benning, SC", "her barrister, Fiona
 * Hollis, SC"; not "in Myrtle Beach, SC"). */
static bool counsel_before(const struct norm *n, const char *c) {
  static const char *const roles[] = {"barrister",  "counsel", "lawyer",
                                      "prosecutor", "silk",    "solicitor"};
  const char *w = c, *v, *u, *ue;
  if (c - n->s < 6)
    return false;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--;
  if (w == c || !ks_is_upper((unsigned char)*w) || w - n->s < 3 || w[-1] != ' ')
    return false;
  v = w - 1;
  while (v > n->s && ks_is_alpha((unsigned char)v[-1]))
    v--;
  if (!(v < w - 1 && ks_is_upper((unsigned char)*v)))
    return false;
  if ((u = ks_norm_prev_word(n, v, &ue)) != NULL &&
      word_is(u, (size_t)(ue - u), roles, sizeof roles / sizeof roles[0]))
    return true;
  return v - n->s >= 2 && v[-2] == ',' &&
         ks_norm_sentence_has(n, roles, sizeof roles / sizeof roles[0]);
}

static bool person_before(const struct norm *n, const char *c) {
  const char *w = c, *stop = c - n->s > 40 ? c - 40 : n->s;
  int words = 0;
  while (w > stop && words < 4) {
    const char *e = w;
    while (w > stop && w[-1] != ' ')
      w--;
    if (e > w && e[-1] == ',')
      return false; /* another phrase: "Dr. King Blvd, Baltimore, MD" */
    if (e - w == 2 && ks_is_upper((unsigned char)*w) && w[1] == '.' &&
        words > 0)
      return true; /* "T." between names */
    if ((e - w == 3 && !memcmp(w, "Dr.", 3)) ||
        (e - w == 2 && !memcmp(w, "Dr", 2)))
      return words > 0;
    if (!ks_is_upper((unsigned char)*w))
      return false;
    words++;
    if (w > stop)
      w--; /* the space */
  }
  return false;
}

/* Before the comma at c, capitalised words after a preposition of place:
 * "In Silver Spring, MD", "at Jackson, MS" name a city. */
static bool place_before(const struct norm *n, const char *c) {
  static const char *const preps[] = {"at", "from", "in", "near", "of", "to"};
  const char *w = c, *we;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
    w--; /* the city's last word */
  for (int k = 0; k < 4 && (w = ks_norm_prev_word(n, w, &we)) != NULL; k++) {
    if (word_is(w, (size_t)(we - w), preps, N_OF(preps)))
      return true;
    if (!ks_is_upper((unsigned char)*w))
      return false;
  }
  return false;
}

/* Street types after a name or a house number ("1428 Elm St." -> Street)
 * and a state's postal code after "City, " in an address ("CA" ->
 * California). St and Dr before a name are left to the title table. */
const char *ks_norm_rule_street(struct norm *n, const char *p, const char *we) {
  static const char dirs[] = "NSEW";
  const char *end = n->end, *q = we, *nx, *compass;
  size_t len = (size_t)(we - p);
  bool dot = q < end && *q == '.';
  bool at_end, next_cap, after_name;

  if (dot)
    q++;
  nx = skip_spaces(q, end);
  at_end = nx == end;
  next_cap = nx < end && nx > q && ks_is_upper((unsigned char)*nx);
  /* not after a comma: "Colorado, St. Louis, Toronto" lists places */
  /* nor the first word of a quotation before a name: "“Ask Dr. Mike”" */
  after_name =
      n->prev &&
      (ks_is_upper((unsigned char)n->prev[0]) ||
       ks_is_digit((unsigned char)n->prev[0])) &&
      n->prev != n->s && !after_title(n) &&
      !(p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',') &&
      /* nor after a dash or a colon: "Amphitheatre – St. Louis" */
      !(p - n->s >= 2 && p[-1] == ' ' && !ks_is_alnum((unsigned char)p[-2]) &&
        p[-2] != '.' && p[-2] != '\'') &&
      !(next_cap &&
        (n->prev[-1] == '"' ||
         (n->prev - n->s >= 3 && starts(n->prev - 3, n->end, "\xE2\x80\x9C"))));
  /* "Fort St. James", "Port St. Lucie": a town's saint after its "Fort"
   * or "Port", before the saint's name */
  static const char *const towns[] = {"Fort", "Mount", "Mt", "Port"};
  if (after_name && next_cap && len == 2 && p[0] == 'S' && p[1] == 't' &&
      word_is(n->prev, n->prev_len, towns, N_OF(towns)))
    after_name = false;
  /* "Bach's St. John Passion", "Jill St. John starred": a stop the
   * sentence ran on past, before a saint's name (saint_follows), is a
   * saint's; not before a next sentence's subject ("on Elm St. Police
   * said") */
  if (after_name && dot && next_cap && !at_end && len == 2 && p[0] == 'S' &&
      p[1] == 't' && saint_follows(n, nx))
    after_name = false;
  /* "State Superintendent Dr. Lena Moravec": after an office's word and
   * before a name, the doctor */
  if (after_name && next_cap && len == 2 && p[0] == 'D' && p[1] == 'r') {
    static const char *const offices[] = {
        "Administrator", "Adviser",      "Advisor",        "Chair",
        "Chairman",      "Chairwoman",   "Chancellor",     "Chief",
        "Collector",     "Commissioner", "Coroner",        "Curator",
        "Dean",          "Deputy",       "Director",       "Examiner",
        "Governor",      "Head",         "Inspector",      "Lecturer",
        "Manager",       "Mayor",        "Minister",       "Officer",
        "Physician",     "President",    "Principal",      "Professor",
        "Provost",       "Rector",       "Registrar",      "Researcher",
        "Scientist",     "Secretary",    "Superintendent", "Surgeon",
        "Veterinarian"};
    if (word_is(n->prev, n->prev_len, offices, N_OF(offices)))
      after_name = false;
    /* (or an office's word further back, in the capitalised words of its
     * title: "Minister of Health and Human Services Dr. Fadumo Abdi Nur",
     * set BC; not "on Maple Dr. John Smith, a neighbour, called") */
    const char *w = n->prev, *we2 = n->prev + n->prev_len;
    for (int k = 0; k < 8 && w && after_name; k++) {
      if (word_is(w, (size_t)(we2 - w), offices, N_OF(offices)))
        after_name = false;
      else if (!ks_is_upper((unsigned char)*w) &&
               !eq_ci(w, (size_t)(we2 - w), "of") &&
               !eq_ci(w, (size_t)(we2 - w), "and") &&
               !eq_ci(w, (size_t)(we2 - w), "for"))
        break;
      w = ks_norm_prev_word(n, w, &we2);
    }
  }
  for (size_t i = 0; len <= 4 && i < n->lang->n_streets; i++) {
    if (!eq_ci(p, len, n->lang->streets[i].written) ||
        (!ks_is_upper((unsigned char)*p) && !n->address &&
         (dot || !n->prev || !ks_is_digit((unsigned char)n->prev[0]))))
      continue; /* "st", "hwy" only right after a house number or "1st" */
    if ((!ks_is_upper((unsigned char)*p) || ks_is_upper((unsigned char)p[1])) &&
        !n->address)
      continue; /* "ST" in capitals is a code */
    /* "Howrah Jn. serves", not "Peter Jn. Baptiste" (Jean, in the
     * Caribbean's names) */
    if (len == 2 && p[0] == 'J' && p[1] == 'n' && next_cap)
      break;
    /* "(11th Cir. 2020)", "(Fed. Cir. 2010)", "the Fifth Cir. stands":
     * after an ordinal or a court's word, or before a year or a bracket,
     * a court of appeals */
    static const char *const courts[] = {
        "D.C",   "Eighth", "Eleventh", "Fed",   "Federal", "Fifth", "First",
        "Fourth", "Ninth", "Second",   "Seventh", "Sixth",  "Tenth", "Third"};
    if (len == 3 && !memcmp(p, "Cir", 3) &&
        ((n->prev && ks_is_digit((unsigned char)n->prev[0]) &&
          n->prev_len >= 3 &&
          ks_is_alpha((unsigned char)n->prev[n->prev_len - 1])) ||
         (p - n->s >= 5 && p[-1] == ' ' &&
          ((p[-2] == '.' && (starts(p - 5, end, "Fed") ||
                             starts(p - 5, end, "D.C"))) ||
           (n->prev && word_is(n->prev, n->prev_len, courts, N_OF(courts))))) ||
         (dot && q + 2 < end && q[1] == ' ' &&
          (ks_is_digit((unsigned char)q[2]) || q[2] == ')'))))
      continue;
    /* "Queen's Rd Central", "King St West": a part of the city after the
     * street, spelled out */
    static const char *const parts[] = {"Central", "East", "North", "South",
                                        "West"};
    bool part = next_cap && !dot && ks_norm_next_is(n, q, parts, N_OF(parts));
    if (after_name && (!next_cap || dot || at_end || part) &&
        !(nx < end && ks_is_upper((unsigned char)*nx) && !dot && !part) &&
        !(next_cap && possessive_name(nx, end))) {
      say(n, n->lang->streets[i].spoken);
      /* "1600 Pennsylvania Ave. NW", "118 Ave. N.W.": a city's quadrant
       * after the street (its last stop the sentence's at the end) */
      if (n->lang->compass && next_cap && (compass = quadrant_at(nx, end))) {
        say_quadrant(n, nx);
        if (compass[-1] == '.' && skip_spaces(compass, end) == end)
          ks_buf_putc(n->out, '.');
        return compass;
      }
      /* "King St. W. between": a compass letter with its stop after the
       * street is its part of the city, before a preposition or the end
       * (not "Main St. E. coli was found", "E. Smith") */
      if (n->lang->compass && next_cap && nx + 1 < end && nx[1] == '.' &&
          (compass = strchr(dirs, nx[0])) != NULL && *compass &&
          !alnum_at(nx + 2, end) && compass_ends(n, nx + 2)) {
        const char *after = nx + 2;
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, n->lang->compass[compass - dirs]);
        if (skip_spaces(after, end) == end)
          ks_buf_putc(n->out, '.');
        return after;
      }
      if (dot && at_end)
        ks_buf_putc(n->out, '.');
      else if (dot && next_cap)
        ks_buf_putc(n->out, '.'); /* "Elm St. It was": a full stop too */
      return q;
    }
    break;
  }
  /* "Austin, TX 78701": a ZIP code after it makes an address too; so
   * does a city before it and the end of a phrase after ("Columbus, OH.",
   * "Dallas, TX and", "Portland, OR is", a dateline's "Memphis, TN (AP) -"),
   * except for "OK" */
  if ((n->address ||
       (end - q >= 6 && *q == ' ' && digit_end(q + 1, end) - q == 6 &&
        !(q + 6 < end && ks_is_alnum((unsigned char)q[6]))) ||
       (after_city(n, p, we) && memcmp(p, "OK", 2) &&
        /* "Jane Roe, MD (cardiology)": the degree */
        (memcmp(p, "MD", 2) || q >= end - 1 || *q != ' ' ||
         ks_is_lower((unsigned char)q[1])) &&
        !((!memcmp(p, "MD", 2) || !memcmp(p, "MS", 2) || !memcmp(p, "MA", 2)) &&
          (person_before(n, p - 2) ||
           doctor_md(q, end, !place_before(n, p - 2)))) &&
        /* "Alistair Benning, SC, had argued": a barrister's senior
         * counsel after the name */
        !(!memcmp(p, "SC", 2) && counsel_before(n, p - 2)) &&
        /* "J M Alderney, MA (Cantab.), PhD", "MA (Hons)": a degree and its
         * university or class in one short word in brackets (not a wire's
         * "(AP)" or "(Sports Network)") */
        !degree_bracket(q, end) &&
        (dot ? at_end || next_cap
             : q == end || (*q && strchr(",;:)", *q)) ||
                   (*q == ' ' && q + 1 < end &&
                    (ks_is_lower((unsigned char)q[1]) || q[1] == '(' ||
                     q[1] == '-' || q[1] == '@' || starts(q + 1, end, "—") ||
                     starts(q + 1, end, "–") || month_next(n, q + 1)))))) &&
      len == 2 && (!dot || at_end || next_cap) && p - n->s >= 2 &&
      p[-2] == ',' &&
      (q == end || *q == ',' || *q == ' ' || (*q && strchr(";:)", *q)))) {
    const char *state = ks_norm_state_code(n->lang, p, 2);
    if (state) {
      say(n, state);
      if (dot) /* "Dallas, TX.": the stop ends the sentence */
        ks_buf_putc(n->out, '.');
      return q;
    }
  }
  return NULL;
}
