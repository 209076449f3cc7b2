/* symbol.c - symbols with a word of their own.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"
#include "lang/region.h"

#include <string.h>

/* Pictographs (emoji, dingbats, their joiners and modifiers) and marks of
 * trade or footnotes: nothing a listener should hear spelled out. */
static bool silent_cp(uint32_t cp) {
  /* (and the geometric shapes that mark a heading or an item, "▶ What
   * happens next", "■", "●"; not the triangles up and down of a
   * market's table, said before their figures) */
  if (cp >= 0x25A0 && cp <= 0x25FF)
    return !(cp >= 0x25B2 && cp <= 0x25B4) && !(cp >= 0x25BC && cp <= 0x25BE);
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0xFE0F || cp == 0xFE0E ||
         cp == 0x200D || cp == 0x20E3 || cp == 0xAE || cp == 0x2122 ||
         cp == 0x2120 || cp == 0x2020 || cp == 0x2021;
}

/* A pictograph between p and e is a term of a sum said in signs: "☕ +
 * 🥐 = £4.50". */
static bool in_sum(const struct norm *n, const char *p, const char *e) {
  const char *end = n->end;
  while (starts(e, end, "\xEF\xB8\x8F")) /* its emoji presentation */
    e += 3;
  /* (the sign apart on both sides: not "Disney+ 🎬", "an A+ 🎉") */
  return p - n->s >= 2 && p[-1] == ' ' &&
         ((p - n->s >= 3 && (p[-2] == '+' || p[-2] == '=') && p[-3] == ' ') ||
          starts(e, end, " + ") || starts(e, end, " = "));
}

/* A pictograph between p and e said as a word: after a word that takes
 * one as its object or a possessive ("a farmer's \xF0\x9F\x91\x8D reply"),
 * and before a word in small letters or where the clause ends. */
static bool emoji_said(const struct norm *n, const char *p, const char *e) {
  static const char *const takes[] = {"a",       "an",      "posted",
                                      "replied", "sent",    "single",
                                      "the",     "tweeted", "with"};
  const char *end = n->end;
  while (starts(e, end, "\xEF\xB8\x8F")) /* its emoji presentation */
    e += 3;
  /* "three \xE2\x9D\xA4\xEF\xB8\x8F emojis": before the word that names
   * it a pictograph, after a space, is said */
  static const char *const names[] = {"emoji", "emojis", "emoticon",
                                      "emoticons"};
  if (p > n->s && p[-1] == ' ' && ks_norm_next_is(n, e, names, N_OF(names)))
    return true;
  /* before a word in small letters, or where the clause ends ("replied
   * with a \xF0\x9F\x91\x8D, which") */
  bool owner = p - n->s >= 4 && p[-1] == ' ' &&
               ((p[-2] == 's' && p[-3] == '\'') ||
                (p - n->s >= 6 && p[-2] == 's' &&
                 !memcmp(p - 5, "\xE2\x80\x99", 3)));
  /* not a contraction's "'s": "It's", "That's", "Let's" */
  static const char *const shorts[] = {"he",   "here", "it",  "let",
                                       "she",  "that", "there", "what",
                                       "where", "who"};
  if (owner) {
    const char *a = p[-3] == '\'' ? p - 3 : p - 5, *w = a;
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
    owner = !word_is(w, (size_t)(a - w), shorts, N_OF(shorts));
  }
  if (in_sum(n, p, e))
    return true;
  /* "a simple 👍": an adjective between the determiner and it */
  static const char *const dets[] = {"a", "an", "the"};
  const char *d, *de;
  bool described = n->prev && n->prev + n->prev_len + 1 == p &&
                   ks_is_lower((unsigned char)*n->prev) &&
                   (d = ks_norm_prev_word(n, n->prev, &de)) != NULL &&
                   word_is(d, (size_t)(de - d), dets, N_OF(dets));
  /* (after an adjective, the end of its phrase only: "a simple 👍 and
   * a 🎉", not "the game 🏈 with my boys") */
  bool ends = e == end || *e == ',' || *e == '.' || *e == ';' ||
              starts(e, end, " and a") || starts(e, end, " or a");
  return (owner || (described && ends) ||
          ks_norm_word_before(n, p, takes, N_OF(takes))) &&
         ((e + 1 < end && *e == ' ' && ks_is_lower((unsigned char)e[1])) ||
          ends);
}

/* "Moreau -9, Tanaka +2", "finished at -12", "a 74 (+2)", "To par:
 * -10": a score against par, "nine under", "two over". After a player's
 * name, or a table's label, in an article or a sentence about golf;
 * after a verb of reaching ("to reach -11") or in brackets after a
 * round's score, in a sentence about golf only ("His approval rating
 * slipped to -12" in an article on a golfing president is minus); never
 * where cold is told ("fell to -2 overnight"). The sign is at sign ("-",
 * "+" or "−"), the figures at q. */
static const char *golf_score(struct norm *n, const char *sign, const char *q,
                              const char *way) {
  static const char *const golf[] = {"birdie",  "birdies",  "bogey",
                                     "bogeys",  "carded",   "eagle",
                                     "eagles",  "holes",    "par",
                                     "round",   "shot",     "under-par"};
  static const char *const to[] = {"at", "reach", "reached", "reaches", "to"};
  static const char *const after[] = {" after ", " and ",     " for ",
                                      " in ",    " through ", " with "};
  static const char *const cold[] = {"Celsius",    "Fahrenheit", "chill",
                                     "degrees",    "freezing",   "overnight",
                                     "temperature", "temperatures"};
  const char *end = n->end, *e = digit_end(q, end);
  bool ends;
  if (e == q || e - q > 2 || alnum_at(e, end))
    return NULL;
  /* where the score ends: not "-5 degrees" */
  ends = e == end || *e == ',' || *e == ';' || *e == ')' ||
         (*e == '.' && !(e + 1 < end && ks_is_digit((unsigned char)e[1])));
  for (size_t i = 0; !ends && i < N_OF(after); i++)
    ends = starts(e, end, after[i]);
  bool player = n->prev && n->prev + n->prev_len + 1 == sign &&
                ks_is_upper((unsigned char)*n->prev);
  bool reach = n->prev && n->prev + n->prev_len + 1 == sign &&
               word_is(n->prev, n->prev_len, to, N_OF(to));
  bool label = sign - n->s >= 2 && sign[-1] == ' ' && sign[-2] == ':';
  /* "a 74 (+2)": a round's score of two figures before the bracket */
  bool bracket = sign - n->s >= 4 && sign[-1] == '(' && sign[-2] == ' ' &&
                 ks_is_digit((unsigned char)sign[-3]) &&
                 ks_is_digit((unsigned char)sign[-4]) && e < end && *e == ')';
  bool sentence = ks_norm_sentence_has(n, golf, N_OF(golf));
  /* a golfer's standing before "at" or "to": "finished at -12", "moved
   * to -9" (not "his approval rating slipped to -12") */
  static const char *const stands[] = {"climbed", "finished", "moved",
                                       "reached", "sat",      "sits",
                                       "stands",  "stood",    "was"};
  const char *sw = NULL, *swe = NULL;
  if (reach && n->prev > n->s + 1)
    sw = ks_norm_prev_word(n, n->prev, &swe);
  bool standing = sw && word_is(sw, (size_t)(swe - sw), stands, N_OF(stands));
  /* or a place tied before it: "Rahm T2 at -10" */
  if (reach && !standing && n->prev - n->s >= 4 && n->prev[-1] == ' ') {
    const char *t = n->prev - 1;
    while (t > n->s && ks_is_digit((unsigned char)t[-1]) && n->prev - t < 4)
      t--;
    standing = t < n->prev - 1 && t > n->s && t[-1] == 'T' &&
               (t - 1 == n->s || t[-2] == ' ');
  }
  bool golf_topic = sentence || ks_norm_about_golf(n);
  if (!((ends && (player || label || standing) && golf_topic) ||
        (sentence && ((ends && reach) || bracket))) ||
      /* cold told near the figure: "the temperature fell to -2", "the
       * wind chill reached -5", "-12 overnight" */
      ks_norm_word_within(n, sign, 4, cold, N_OF(cold)) ||
      ks_norm_next_is(n, e, cold, N_OF(cold)))
    return NULL;
  sep(n);
  ks_num_cardinal(n->out, small_val(q, e));
  say(n, way);
  return e;
}

/* An amount ends right before the space before p: a figure, or a short
 * unit or currency code after one ("1 USD", "5 kg", "0.333"); not a year
 * after its preposition ("By 2030 ≈ 40%"). */
static bool amount_before(const struct norm *n, const char *p) {
  static const char *const years[] = {"by", "from", "in", "since", "until"};
  const char *b = p - 1, *w = b, *d, *x, *xe;
  if (p - n->s < 2 || *b != ' ')
    return false;
  while (w > n->s && ks_is_alpha((unsigned char)w[-1]) && b - w < 4)
    w--;
  if (w < b && !(w - n->s >= 2 && w[-1] == ' '))
    return false;
  d = w < b ? w - 1 : b; /* the space after the figures */
  if (!(d > n->s && ks_is_digit((unsigned char)d[-1])))
    return false;
  x = d;
  while (x > n->s &&
         (ks_is_digit((unsigned char)x[-1]) || x[-1] == '.' || x[-1] == ','))
    x--;
  return !(d - x == 4 && w == b && (x = ks_norm_prev_word(n, x, &xe)) &&
           word_is(x, (size_t)(xe - x), years, N_OF(years)));
}

/* A sign of relation at p, said ("greater than or equal to"): where it
 * ends, or NULL. */
static const char *say_relation(struct norm *n, const char *p,
                                const char *end) {
  static const struct {
    const char *sign, *words;
  } rel[] = {{"≥", "greater than or equal to"},
             {"≤", "less than or equal to"},
             {"≠", "not equal to"},
             {"≈", "approximately"}};
  /* "cut symptoms by ≥30%", "adults aged ≤ 40": after a word of prose
   * in small letters and before a figure, "at least", "at most" (after
   * a variable, "n ≥ 3", the relation) */
  /* (not after "at", "born at ≤32 weeks", nor where the sentence has
   * another sign, "18 ≤ age ≤ 65") */
  const char *f = p + 3 < end && p[3] == ' ' ? p + 4 : p + 3;
  static const char *const ats[] = {"at"};
  bool at_most = starts(p, end, "≤");
  size_t signs = 0;
  for (const char *c = n->s;
       (at_most || starts(p, end, "≥")) && c + 3 <= end && signs < 2; c++)
    signs += starts(c, end, "≥") || starts(c, end, "≤") || *c == '<' ||
             *c == '>';
  if ((at_most || starts(p, end, "≥")) && f < end && signs < 2 &&
      !ks_norm_word_before(n, p, ats, N_OF(ats)) &&
      ks_is_digit((unsigned char)*f) && p - n->s >= 3 && p[-1] == ' ' &&
      ks_is_lower((unsigned char)p[-2]) && ks_is_lower((unsigned char)p[-3]) &&
      !(p - n->s >= 4 && ks_is_upper((unsigned char)p[-4]))) {
    const char *w = p - 2;
    while (w > n->s && ks_is_lower((unsigned char)w[-1]))
      w--;
    if (w == n->s || w[-1] == ' ' || w[-1] == '(') {
      say(n, at_most ? "at most" : "at least");
      return p + 3;
    }
  }
  for (size_t i = 0; i < N_OF(rel); i++)
    if (starts(p, end, rel[i].sign)) {
      /* "1 USD ≈ 83 INR", "1/3 ≈ 0.333": spaced between two amounts, the
       * sign is a verb, "is approximately" ("weighs ≈ 5 t" is not) */
      if (!strcmp(rel[i].sign, "≈") && amount_before(n, p) &&
          starts(p + strlen(rel[i].sign), end, " ") &&
          end - p > (ptrdiff_t)strlen(rel[i].sign) + 1 &&
          (ks_is_digit((unsigned char)p[strlen(rel[i].sign) + 1]) ||
           p[strlen(rel[i].sign) + 1] == '$' ||
           (unsigned char)p[strlen(rel[i].sign) + 1] >= 0x80))
        say(n, "is");
      say(n, rel[i].words);
      return p + strlen(rel[i].sign);
    }
  return NULL;
}

static bool superscript_digit(uint32_t cp) {
  return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 ||
         (cp >= 0x2070 && cp <= 0x2079);
}

/* A superscript digit's value: 0 to 9. */
static unsigned superscript_value(uint32_t cp) {
  return cp == 0xB9 ? 1 : cp == 0xB2 ? 2 : cp == 0xB3 ? 3 : cp - 0x2070;
}

/* The bracket that closes at c holds a sum: "(x + y)", not "(Smith et
 * al., 2019)". */
static bool bracket_sum(const struct norm *n, const char *c) {
  for (const char *b = c; b > n->s && c - b < 40;) {
    b--;
    if (*b == '(')
      return false;
    if (*b == ' ' && c - b >= 2 && strchr("+-*/=", b[1]) && b[2] == ' ')
      return true;
  }
  return false;
}

/* "to the power of eight", "to the power of minus ten": a power, after
 * what is raised to it ("all" after a bracket's sum). */
static void say_power(struct norm *n, const char *what, uint64_t e,
                      bool minus) {
  say(n, what);
  if (minus)
    say(n, "minus");
  sep(n);
  ks_num_cardinal(n->out, e);
}

/* An exponent glued to a letter or two or a small number: "x²" x
 * squared, "mc²", "2³" two cubed, "10⁶" ten to the power of six, "2⁴⁰"
 * two to the power of forty (a run of superscript digits), "10⁻⁶" to the
 * power of minus six (a superscript minus before them). After a word,
 * a sign or a longer number ("in 2019¹") it is a footnote mark, which the
 * caller drops. The number itself was said before p. Where the exponent
 * ends, or NULL. */
static const char *exponent(struct norm *n, const char *p) {
  const char *b = p, *q = p;
  unsigned e = 0;
  size_t digits = 0, k;
  uint32_t cp;
  bool minus = starts(p, n->end, "\xE2\x81\xBB"); /* "10⁻⁶" */
  if (minus)
    q += 3;
  while (q < n->end && (k = ks_utf8_decode(q, (size_t)(n->end - q), &cp)) &&
         superscript_digit(cp) && digits < 3) {
    e = e * 10 + superscript_value(cp);
    digits++;
    q += k;
  }
  if (digits == 0)
    return NULL;
  /* "(x + y)²": a bracket's sum, "all squared" */
  if (digits == 1 && p > n->s && p[-1] == ')' && (minus || e == 2 || e == 3) &&
      bracket_sum(n, p - 1)) {
    if (minus) /* "(x + y)⁻²": all to the power of minus two */
      say_power(n, "all to the power of", e, true);
    else
      say(n, e == 2 ? "all squared" : "all cubed");
    return q;
  }
  while (b > n->s && ks_is_alnum((unsigned char)b[-1]))
    b--;
  /* after a Greek letter, a product of variables: "πr²" */
  if (b > n->s && (ks_is_alpha((unsigned char)b[-1]) ||
                   ((unsigned char)b[-1] >= 0x80 &&
                    !(b - n->s >= 2 && ((unsigned char)b[-2] == 0xCE ||
                                        (unsigned char)b[-2] == 0xCF))) ||
                   b[-1] == '.'))
    return NULL;
  if (!(p - b <= 2 && ks_is_alpha((unsigned char)*b) &&
        ks_is_alpha((unsigned char)p[-1])) &&
      !(ks_is_digit((unsigned char)*b) && p - b <= 2 &&
        ks_is_digit((unsigned char)p[-1]) &&
        (e == 2 || e == 3 || digits > 1)) &&
      !(p - b == 2 && b[0] == '1' && b[1] == '0'))
    return NULL;
  /* "the 3rd century BC¹": after two capitals, a mark but for a square
   * or a cube ("AB²", a side squared) */
  if (p - b == 2 && ks_is_upper((unsigned char)b[0]) &&
      ks_is_upper((unsigned char)b[1]) && !minus &&
      !(digits == 1 && (e == 2 || e == 3)))
    return NULL;
  if (digits == 1 && (e == 2 || e == 3) && !minus) {
    /* "πr²": the letter apart from the Greek one, "pi r squared" */
    size_t ol = n->out->len;
    if (p - b == 1 && ol >= n->base + 3 &&
        ((unsigned char)n->out->ptr[ol - 3] == 0xCE ||
         (unsigned char)n->out->ptr[ol - 3] == 0xCF) &&
        ks_is_alpha((unsigned char)n->out->ptr[ol - 1])) {
      char last = n->out->ptr[ol - 1];
      ks_buf_truncate(n->out, ol - 1);
      ks_buf_putc(n->out, ' ');
      ks_buf_putc(n->out, last);
    }
    say(n, e == 2 ? "squared" : "cubed");
  } else {
    say_power(n, "to the power of", e, minus);
  }
  return q;
}

/* A character reference left in the text ("&#8216;", "&#x2019;",
 * "&amp;"): the character it stands for. */
static const char *entity(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  uint32_t cp = 0;
  char u[4];
  size_t k;
  if (starts(p, end, "&amp;")) {
    say(n, "and");
    return p + 5;
  }
  if (q >= end || *q != '#')
    return NULL;
  q++;
  if (q < end && (*q == 'x' || *q == 'X')) {
    for (q++; q < end && ks_is_xdigit((unsigned char)*q) && cp < 0x110000; q++)
      cp =
          cp * 16 + (uint32_t)(ks_is_digit((unsigned char)*q)
                                   ? *q - '0'
                                   : ks_to_lower((unsigned char)*q) - 'a' + 10);
  } else {
    for (; q < end && ks_is_digit((unsigned char)*q) && cp < 0x110000; q++)
      cp = cp * 10 + (uint32_t)(*q - '0');
  }
  if (q >= end || *q != ';' || cp == 0 || cp >= 0x110000 || cp == '<' ||
      cp == '>' || cp < 0x20)
    return NULL;
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D)
    cp = cp < 0x201C ? '\'' : '"';
  k = ks_utf8_encode(cp, u);
  ks_buf_put(n->out, u, k);
  return q + 1;
}

/* "idea[s]", "draw[s]": a suffix in brackets glued to a word belongs to
 * it, while a whole word is an editor's insertion and is said apart
 * ("McLaren[electronics]"); a number in brackets glued to a word or a stop
 * is a footnote mark, not read ("the shift[1] was", "hard.[2]"). */
static const char *glued_brackets(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  /* "microscopy data. [12]": a citation after the sentence's stop, last
   * in it, is a footnote's mark too */
  bool after_stop = p - n->s >= 2 && p[-1] == ' ' && p[-2] == '.';
  if (p > n->s && (!ks_is_space((unsigned char)p[-1]) || after_stop) &&
      q < end && ks_is_digit((unsigned char)*q)) {
    while (q < end && q - p <= 12 &&
           (ks_is_digit((unsigned char)*q) ||
            (after_stop &&
             (*q == ',' || *q == '-' || (*q == ' ' && q[-1] == ',')))))
      q++;
    if (after_stop) {
      if (q < end && *q == ']' && skip_spaces(q + 1, end) == end) {
        ks_buf_truncate(
            n->out,
            n->out->len - (n->out->len && n->out->ptr[n->out->len - 1] == ' '));
        return q + 1;
      }
      return NULL;
    }
    if (q - p > 5)
      return NULL;
    if (q < end && *q == ']' &&
        !(q + 1 < end && ks_is_alnum((unsigned char)q[1])))
      return q + 1;
    return NULL;
  }
  if (p == n->s || !ks_is_alpha((unsigned char)p[-1]))
    return NULL;
  while (q < end && q - p <= 12 && ks_is_alpha((unsigned char)*q))
    q++;
  if (q == p + 1 || q >= end || *q != ']' ||
      (q + 1 < end && ks_is_alnum((unsigned char)q[1])))
    return NULL;
  if (q - p - 1 > 3) /* longer than "s", "es", "ed", "ing" */
    ks_buf_putc(n->out, ' ');
  ks_buf_put(n->out, p + 1, (size_t)(q - p - 1));
  return q + 1;
}

/* Two letters alone ("the A/C", spelled), or two capitalised words that
 * make one name, the second going on into another capitalised word
 * ("Dallas/Fort Worth", "Warner/Chappell Music"): said without "or". Two
 * capitalised words alone are one or the other ("French/German",
 * "Sir/Madam", "True/False questions"). w is the word before the slash,
 * q the one after. */
static bool joint_name(const struct norm *n, const char *w, const char *q) {
  const char *end = n->end, *qe = alpha_end(q, end);
  if (w[n->prev_len] == '.' || !ks_is_upper((unsigned char)*w) ||
      !ks_is_upper((unsigned char)*q))
    return false;
  if (n->prev_len == 1)
    return qe == q + 1; /* "A/C" */
  return ks_is_lower((unsigned char)w[1]) && qe > q + 1 &&
         ks_is_lower((unsigned char)q[1]) && qe < end - 1 && *qe == ' ' &&
         ks_is_upper((unsigned char)qe[1]);
}

/* A slash between words: "his/her" his or her, "and/or", "Jan./Feb.";
 * between initialisms ("AC/DC") or a joint name's parts only a space;
 * "w/" with. */
static const char *word_slash(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  const char *w = n->prev;
  size_t gap;
  if (!w || p == n->s || q >= end || !ks_is_alpha((unsigned char)*q) ||
      !ks_is_alpha((unsigned char)*w) ||
      !(ks_is_alpha((unsigned char)p[-1]) || p[-1] == '.'))
    return NULL;
  gap = (size_t)(p - (w + n->prev_len));
  if (gap > 1 || (gap == 1 && p[-1] != '.'))
    return NULL;
  if (ks_is_upper((unsigned char)w[n->prev_len - 1]) &&
      ks_is_upper((unsigned char)*q) && q + 1 < end &&
      ks_is_upper((unsigned char)q[1])) {
    /* "NEW YORK/LONDON, March 12": a wire dateline's two cities, in
     * capitals from the sentence's start to a comma after them */
    const char *a = n->s, *c = q;
    while (a < p && (ks_is_upper((unsigned char)*a) || *a == ' '))
      a++;
    while (c < end && (ks_is_upper((unsigned char)*c) || *c == ' '))
      c++;
    if (a == p && c < end && *c == ',' && p - n->s >= 4 && c - q >= 4) {
      say(n, "and ");
      return q;
    }
    ks_buf_putc(n->out, ' ');
    return q;
  }
  /* "the Gannett/GateHouse merger": two firms joined in a deal, "and" */
  if (ks_is_upper((unsigned char)*w) && ks_is_upper((unsigned char)*q)) {
    static const char *const deals[] = {"alliance", "deal",        "joint",
                                        "merger",   "partnership", "pact",
                                        "takeover", "tie-up",      "venture"};
    const char *e = alpha_end(q, end);
    if (ks_norm_next_is(n, e, deals, N_OF(deals))) {
      say(n, "and ");
      return q;
    }
  }
  if (starts_ci(q, end, "or") &&
      !(q + 2 < end && ks_is_alpha((unsigned char)q[2]))) {
    ks_buf_putc(n->out, ' '); /* "and/or" */
    return q;
  }
  /* "crore litres/day", "tonnes/year", "cases/100,000": a rate, "per",
   * after a unit's or a measure's word in the plural */
  {
    static const char *const spans[] = {"annum", "capita", "day",   "head",
                                        "hour",  "month",  "night", "person",
                                        "week",  "year"};
    const char *e = alpha_end(q, end), *mw, *mwe;
    /* (a measure: a figure or a scale's word before the plural, "250 crore
     * litres/day", "5 tonnes/year"; and no noun after the span, not
     * "parents/head teachers", "weekends/night shifts") */
    static const char *const scales[] = {"billion", "crore", "lakh",
                                         "million", "thousand"};
    bool measure = w - n->s >= 2 && w[-1] == ' ' &&
                   (ks_is_digit((unsigned char)w[-2]) ||
                    ((mw = ks_norm_prev_word(n, w, &mwe)) != NULL &&
                     word_is(mw, (size_t)(mwe - mw), scales, N_OF(scales))));
    if (word_is(q, (size_t)(e - q), spans, N_OF(spans)) && !alnum_at(e, end) &&
        !(e < end && *e == '-') &&
        !(e < end - 1 && *e == ' ' && ks_is_lower((unsigned char)e[1])) &&
        measure && n->prev_len > 3 && w[n->prev_len - 1] == 's' &&
        ks_is_lower((unsigned char)*w)) {
      say(n, "per ");
      return q;
    }
  }
  /* "P. parvum (cells/ml): 31,000": a column's count per a unit, in its
   * brackets, "cells per millilitre" (set AW) */
  {
    const char *ue;
    const struct ks_unit *u;
    if (w > n->s && w[-1] == '(' && n->prev_len > 3 &&
        w[n->prev_len - 1] == 's' && ks_is_lower((unsigned char)*w) &&
        (u = ks_norm_scan_unit(n->lang, q, end, &ue)) != NULL && ue < end &&
        *ue == ')') {
      say(n, "per");
      say(n, u->one);
      return ue;
    }
  }
  /* "buses to/from the airport": both ways, "and" ("on/off" is one or
   * the other) */
  {
    static const char *const pairs[][2] = {{"to", "from"}, {"from", "to"}};
    const char *e = alpha_end(q, end);
    for (size_t i = 0; i < N_OF(pairs); i++)
      if (eq_ci(w, n->prev_len, pairs[i][0]) &&
          eq_ci(q, (size_t)(e - q), pairs[i][1]) && !alnum_at(e, end)) {
        say(n, "and ");
        return q;
      }
  }
  /* "the company's founder/CEO", "a singer/songwriter": two roles one
   * person holds, "and"; pairs that name two sides of a post ("actor/
   * actress", "director/manager") and other pairs ("parents/guardians")
   * are one or the other */
  {
    static const char *const pairs[][2] = {
        {"actor", "director"},     {"actor", "producer"},
        {"chairman", "CEO"},       {"chef", "owner"},
        {"co-founder", "CEO"},     {"co-founder", "president"},
        {"cofounder", "CEO"},      {"founder", "CEO"},
        {"founder", "chairman"},   {"founder", "director"},
        {"founder", "editor"},     {"founder", "owner"},
        {"founder", "president"},  {"owner", "chef"},
        {"owner", "operator"},     {"president", "CEO"},
        {"singer", "songwriter"},  {"writer", "director"},
        {"writer", "producer"}};
    const char *e = q;
    while (e < end && (ks_is_alpha((unsigned char)*e) || *e == '-'))
      e++;
    for (size_t i = 0; i < N_OF(pairs) && !alnum_at(e, end); i++)
      if (eq_ci(w, n->prev_len, pairs[i][0]) &&
          eq_ci(q, (size_t)(e - q), pairs[i][1])) {
        say(n, "and ");
        return q;
      }
  }
  /* "the Documents/Projects folder": a path's parts before the folder it
   * names, "slash" (a "cycle/walking path" is one or the other) */
  {
    static const char *const folders[] = {"directory", "folder", "folders"};
    const char *e = q;
    while (e < end && (ks_is_alnum((unsigned char)*e) || *e == '/' ||
                       *e == '_' || *e == '-'))
      e++;
    if (ks_norm_next_is(n, e, folders, N_OF(folders))) {
      say(n, "slash ");
      return q;
    }
  }
  /* "Change: n/m": a results table's "not meaningful", a cell alone */
  if (n->prev_len == 1 && (*w == 'n' || *w == 'N') && p[-1] == *w &&
      (*q == 'm' || *q == 'M') && !alnum_at(q + 1, end) &&
      (w == n->s ||
       (w - n->s >= 2 && w[-1] == ' ' && (w[-2] == ':' || w[-2] == ','))) &&
      n->out->len > n->base && n->out->ptr[n->out->len - 1] == *w) {
    ks_buf_truncate(n->out, n->out->len - 1);
    say(n, "not meaningful");
    return q + 1;
  }
  /* "an FIR u/s 302 of the IPC": under section, as Indian papers write */
  if (n->prev_len == 1 && (*w == 'u' || *w == 'U') && p[-1] == *w &&
      (*q == 's' || *q == 'S') && q + 2 < end && q[1] == ' ' &&
      ks_is_digit((unsigned char)q[2]) && n->out->len > n->base &&
      n->out->ptr[n->out->len - 1] == *w) {
    ks_buf_truncate(n->out, n->out->len - 1);
    say(n, "under section");
    return q + 1;
  }
  /* "the over/under is 47.5": a bettor's line, one thing, "over-under" */
  if (eq_ci(w, n->prev_len, "over") && starts_ci(q, end, "under") &&
      !(q + 5 < end && ks_is_alpha((unsigned char)q[5]))) {
    ks_buf_putc(n->out, '-');
    return q;
  }
  if (joint_name(n, w, q)) {
    ks_buf_putc(n->out, ' ');
    /* "F/A-18": the letter A after the slash (espeak-ng says the
     * article for "A" alone) */
    if (n->prev_len == 1 && *q == 'A' && alpha_end(q, end) == q + 1) {
      say_letter_a(n);
      return q + 1 < end - 1 && q[1] == '-' && ks_is_digit((unsigned char)q[2])
                 ? q + 2 /* the model's figures follow */
                 : q + 1;
    }
    return q;
  }
  /* "dollar/yen", "euro/sterling": a pair of currencies as traders name
   * an exchange rate, one after the other */
  static const char *const currencies[] = {
      "aussie", "dollar",  "euro",   "franc", "kiwi",  "loonie", "peso",
      "pound",  "real",    "renminbi", "rouble", "ruble", "rupee", "sterling",
      "swissie", "won",    "yen",    "yuan"};
  if (word_is(w, n->prev_len, currencies, N_OF(currencies)) &&
      word_is(q, (size_t)(alpha_end(q, end) - q), currencies,
              N_OF(currencies))) {
    ks_buf_putc(n->out, ' ');
    return q;
  }
  /* "they/them pronouns", "she/her": a person's pronouns, said one after
   * the other */
  static const char *const pronouns[] = {"he",  "her",   "him",  "his",
                                         "she", "their", "them", "they",
                                         "xe",  "xem",   "ze",   "zir"};
  const char *qe = alpha_end(q, end);
  /* (not a man's and a woman's, in either order: "his/her", "she/he" are
   * one or the other) */
  static const char *const his[] = {"he", "him", "his"};
  static const char *const hers[] = {"her", "she"};
  size_t ql = (size_t)(qe - q);
  if (word_is(w, n->prev_len, pronouns, N_OF(pronouns)) &&
      word_is(q, ql, pronouns, N_OF(pronouns)) &&
      !(word_is(w, n->prev_len, his, N_OF(his)) &&
        word_is(q, ql, hers, N_OF(hers))) &&
      !(word_is(w, n->prev_len, hers, N_OF(hers)) &&
        word_is(q, ql, his, N_OF(his)))) {
    ks_buf_putc(n->out, ' ');
    return q;
  }
  /* "780 US cents/lb", "dollars/tonne": money's word by a unit, a price
   * of one of it */
  static const char *const monies[] = {"cents", "dollars", "euros",
                                       "pence", "rupees",  "yen"};
  const struct ks_unit *u;
  const char *ue;
  if (word_is(w, n->prev_len, monies, N_OF(monies)) &&
      (u = ks_norm_scan_unit(n->lang, q, end, &ue)) != NULL &&
      !alnum_at(ue, end)) {
    say(n, "a ");
    ks_buf_puts(n->out, u->one);
    return ue;
  }
  /* "3.6 miles/kWh", "kilometres/litre": a measure after its count, per
   * a unit's symbol */
  static const char *const measures[] = {"feet",   "kilometers", "kilometres",
                                         "liters", "litres",     "meters",
                                         "metres", "miles",      "words"};
  /* (or any count's plural by a unit's symbol of two letters or more:
   * "30.1 bags/ha", "12 trees/km") */
  if ((word_is(w, n->prev_len, measures, N_OF(measures)) ||
       ks_norm_plural_noun(w, n->prev_len)) &&
      (u = ks_norm_scan_unit(n->lang, q, end, &ue)) != NULL &&
      (word_is(w, n->prev_len, measures, N_OF(measures)) || ue - q >= 2) &&
      !alnum_at(ue, end) && w - n->s >= 2 && w[-1] == ' ' &&
      ks_is_digit((unsigned char)w[-2])) {
    say(n, "per ");
    ks_buf_puts(n->out, u->one);
    return ue;
  }
  /* "50 litres/person/day", "300 calls/day": a count's plural before a
   * word a rate is counted by, "per day" (and on along the chain) */
  static const char *const pers[] = {
      "capita", "day",    "head",   "hour",  "household", "minute", "month",
      "night",  "person", "second", "shift", "week",      "year"};
  if (word_is(q, (size_t)(alpha_end(q, end) - q), pers, N_OF(pers)) &&
      !alnum_at(alpha_end(q, end), end) &&
      ((w > n->s && w[-1] == '/' &&
        word_is(w, n->prev_len, pers, N_OF(pers))) ||
       (w - n->s >= 2 && w[-1] == ' ' && ks_is_digit((unsigned char)w[-2]) &&
        ks_norm_plural_noun(w, n->prev_len)))) {
    say(n, "per ");
    return q;
  }
  say(n, "or ");
  return q;
}

/* A spaced slash between two amounts: "5% / 7%", "$10 / Rs 700" are one
 * or the other ("3 / 4" may be a fraction: it is left); between two
 * times, "to". p is at the slash. */
static const char *amount_slash(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 2, *a;
  bool sum;
  if (p - n->s < 2 || p[-1] != ' ' || q >= end || p[1] != ' ')
    return NULL;
  /* "9.30 A.M. / 7.00 P.M.": hours open, from one time to the other */
  if (ks_is_digit((unsigned char)*q) && p - n->s >= 5 &&
      ((p[-2] == '.' && (p[-3] == 'M' || p[-3] == 'm') && p[-4] == '.' &&
        strchr("AaPp", p[-5])) ||
       ((p[-2] == 'M' || p[-2] == 'm') && strchr("AaPp", p[-3])))) {
    say(n, "to");
    return p + 1;
  }
  /* "256GB / 512GB": two measures, one or the other */
  if (ks_is_alpha((unsigned char)p[-2]) && ks_is_digit((unsigned char)*q)) {
    const char *t = p - 2;
    while (t > n->s && ks_is_alpha((unsigned char)t[-1]))
      t--;
    if (t > n->s && ks_is_digit((unsigned char)t[-1]) && p - 1 - t <= 3) {
      const char *d = digit_end(q, end);
      if (d < end && ks_is_alpha((unsigned char)*d)) {
        say(n, "or");
        return p + 1;
      }
    }
  }
  if (!(ks_is_digit((unsigned char)p[-2]) || p[-2] == '%'))
    return NULL;
  sum = ks_norm_scan_currency(n->lang, q, end, &a) && a < end &&
        (ks_is_digit((unsigned char)*a) ||
         (*a == ' ' && a + 1 < end && ks_is_digit((unsigned char)a[1])));
  if (!sum && !(p[-2] == '%' && ks_is_digit((unsigned char)*q)))
    return NULL;
  say(n, "or");
  return p + 1;
}

/* A pause where a separator stood: a comma, unless one is there (the
 * spaces written before it dropped). */
static void comma_pause(struct norm *n) {
  ks_norm_unspace(n);
  if (n->out->len > n->base && n->out->ptr[n->out->len - 1] != ',')
    ks_buf_putc(n->out, ',');
}

/* A wire's or site's name in brackets after a dateline, before its dash:
 * "ST. LOUIS (Ticker) --", "Hollywood (eCanadaNow) -", or opening the
 * sentence ("(AKI) - Al-Qaeda ..."). The dateline is the sentence's
 * start, a few words each with a capital; the name one word, or two with
 * capitals, without digits; the story's first word, a capital or a digit,
 * after the dash. */
static bool dateline_credit(const struct norm *n, const char *p, const char *q,
                            const char *ce, const char *after) {
  size_t words = 1;
  const char *d = skip_spaces(after, n->end);
  if (p - n->s > 40 || ce <= q)
    return false;
  /* the story's first word after the dash, not an aside in small letters
   * ("Mayor Bob Jones (Republican) - who won - said no") */
  while (d < n->end && (*d == '-' || starts(d, n->end, "—") ||
                        starts(d, n->end, "–") || starts(d, n->end, "―")))
    d += *d == '-' ? 1 : 3;
  d = skip_spaces(d, n->end);
  if (d >= n->end || !(ks_is_upper((unsigned char)*d) ||
                       ks_is_digit((unsigned char)*d) || *d == '"'))
    return false;
  for (const char *c = q; c < ce; c++) {
    if (ks_is_digit((unsigned char)*c) || *c == '-' || *c == ',')
      return false; /* "(R-Texas)" is a party's tag */
    if (*c == ' ' && ks_is_upper((unsigned char)c[1]))
      words++;
    else if (*c == ' ')
      return false;
  }
  if (words > 2 || !(ks_is_upper((unsigned char)*q) ||
                     (ks_is_lower((unsigned char)*q) && ce - q > 2 &&
                      ks_is_upper((unsigned char)q[1]))))
    return false;
  for (const char *w = n->s; w < p - 1;) {
    if (!(ks_is_upper((unsigned char)*w) || (unsigned char)*w >= 0x80))
      return false;
    while (w < p - 1 && *w != ' ')
      w++;
    while (w < p - 1 && *w == ' ')
      w++;
  }
  return true;
}

/* A news agency's credit in a dateline, before its dash: "WASHINGTON
 * (Reuters) -", "SAN FRANCISCO (AP) —", "NEW YORK /PRNewswire/ --". It
 * names the story's source and is read, as its letters or its name
 * ("Washington A.P. — The ..."), without its brackets or slashes. open is '(' or '/'; p is at it. */
static const char *agency_credit(struct norm *n, const char *p) {
  static const struct {
    const char *written, *said;
  } agencies[] = {{"AFP", "A.F.P."},
                  {"ANI", "A.N.I."},
                  {"AP", "A.P."},
                  {"Bloomberg", "Bloomberg"},
                  {"BUSINESS WIRE", "Business Wire"},
                  {"Business Wire", "Business Wire"},
                  {"CBS", "C.B.S."},
                  {"CNN", "C.N.N."},
                  {"CNW", "C.N.W."},
                  {"dpa", "D.P.A."},
                  {"GLOBE NEWSWIRE", "Globe Newswire"},
                  {"IANS", "I.A.N.S."},
                  {"Kyodo", "Kyodo"},
                  {"PA", "P.A."},
                  {"PRNewswire", "PR Newswire"},
                  {"PRNewswire-USNewswire", "PR Newswire, U.S. Newswire"},
                  {"PTI", "P.T.I."},
                  {"Reuters", "Reuters"},
                  {"TASS", "Tass"},
                  {"UPI", "U.P.I."},
                  {"Xinhua", "Xinhua"},
                  {"Yonhap", "Yonhap"}};
  const char *end = n->end, *q = p + 1, *c, *after, *ce;
  char close = *p == '(' ? ')' : '/';
  if (p > n->s && p[-1] != ' ')
    return NULL;
  for (c = q; c < end && c - q < 24 && *c != close; c++)
    ;
  if (c >= end || *c != close)
    return NULL;
  after = c + 1;
  /* "( Reuters )- A delayed ...": spaces inside, the dash glued on */
  bool glued = close == ')' && starts(after, end, "- ");
  if (glued)
    after++;
  else if (!(starts(after, end, " —") || starts(after, end, " –") ||
             starts(after, end, " ―") || starts(after, end, " -") ||
             starts(after, end, " --")))
    return NULL;
  ce = c;
  while (q < ce && *q == ' ')
    q++;
  while (ce > q && ce[-1] == ' ')
    ce--;
  const char *said = NULL;
  for (size_t i = 0; i < N_OF(agencies) && !said; i++)
    if ((size_t)(ce - q) == strlen(agencies[i].written) &&
        !memcmp(q, agencies[i].written, (size_t)(ce - q)))
      said = agencies[i].said;
  if (!said && !dateline_credit(n, p, q, ce, after))
    return NULL;
  /* (no comma before it: the dash after it is the pause, and a comma
   * changes how espeak-ng ends the word before, "Nigeria") */
  if (said) {
    say(n, said);
    if (glued)
      ks_buf_putc(n->out, ',');
    return after;
  }
  /* a wire the list does not know: a short one in capitals spelled
   * ("(AKI)"), a name as it is written ("(Ticker)") */
  bool caps = ce - q <= 4;
  for (const char *l = q; l < ce && caps; l++)
    caps = ks_is_upper((unsigned char)*l);
  /* (one that can be said is a word, as its country says it: "(ANSA)",
   * "(WAFA)", "(KUNA)") */
  bool word = caps && ce - q == 4 && ks_norm_sayable(q, 4);
  sep(n);
  for (const char *l = q; l < ce; l++) {
    ks_buf_putc(n->out, word && l > q ? (char)ks_to_lower((unsigned char)*l)
                                      : *l);
    if (caps && !word)
      ks_buf_putc(n->out, '.');
  }
  if (glued)
    ks_buf_putc(n->out, ',');
  return after;
}

/* A market instrument's code in brackets after its name, as wire copy
 * writes it: "(.N225)", "(GCc1)", "(EURUSD=X)", "(NYSE: ACME)". Read
 * aloud it is noise; the name before it says what it is. */
/* The capitals q..c are the initials of the words before p, small words
 * skipped: "the World Health Organization (WHO)", "International
 * Registries, Inc. (IRI)" (a comma or a stop after a word), no ticker. */
static bool initials_before(const struct norm *n, const char *p, const char *q,
                            const char *c) {
  static const char *const small[] = {"and", "for", "of", "the"};
  const char *w = p, *we;
  while (c > q) {
    we = w;
    while (we > n->s && (we[-1] == ' ' || we[-1] == ',' || we[-1] == '.'))
      we--;
    for (w = we; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
      ;
    if (w == we || we == p)
      return false;
    if (word_is(w, (size_t)(we - w), small, N_OF(small)))
      continue;
    if (ks_to_upper((unsigned char)*w) != (unsigned char)c[-1])
      return false;
    c--;
  }
  return true;
}

/* "grew 14% year over year (YoY)", "quarter-on-quarter (QoQ)": a
 * period's shorthand in brackets after the words it stands for is not
 * read again. Where it ends, or NULL. */
static const char *period_gloss(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  if (end - q < 4 || !ks_is_upper((unsigned char)q[0]) || q[1] != 'o' ||
      q[2] != q[0] || q[3] != ')' || p - n->s < 10)
    return NULL;
  /* the words before: "... over year ", "...-on-year " */
  const char *w = p - 1, *b;
  if (*w == ' ')
    w--;
  for (b = w; b > n->s && ks_is_alpha((unsigned char)b[-1]); b--)
    ;
  if (b == w + 1 ||
      ks_to_lower((unsigned char)*b) != ks_to_lower((unsigned char)q[0]) ||
      b - n->s < 4 ||
      !(starts_ci(b - 4, end, " on ") || starts_ci(b - 4, end, "-on-") ||
        (b - n->s >= 6 &&
         (starts_ci(b - 6, end, " over ") || starts_ci(b - 6, end, "-over-")))))
    return NULL;
  ks_norm_unspace(n);
  return q + 4;
}

/* Whether q..c is a chemical formula of the elements' symbols, each with
 * at most two figures, one of them of two letters: "LiFePO4", "NaCl" (not
 * "N225", "GCc1"; nor "CO1", "CC1", "SB1", a futures code spelled with
 * symbols of one letter or none). */
static bool chemical_formula(const char *q, const char *c, bool named) {
  int symbols = 0;
  bool two = false;
  while (q < c) {
    size_t len = q + 1 < c && ks_is_lower((unsigned char)q[1]) ? 2 : 1;
    const char *d;
    if (!ks_is_upper((unsigned char)*q) || !ks_norm_element(q, len))
      return false;
    two = two || len == 2;
    d = q + len;
    q = d;
    while (q < c && ks_is_digit((unsigned char)*q))
      q++;
    if (q - d > 2)
      return false;
    symbols++;
  }
  return symbols >= 2 && (two || named);
}

/* "the FTSE 100 .FTSE rose 0.8%", "Japan's Nikkei .N225 fell": an
 * index's code as wire copy writes it without brackets, a stop and three
 * capitals or figures or more, in a sentence about a market, is not read
 * (not ".NET", a file's ".PDF"). Where it ends, or NULL. */
static const char *index_code(struct norm *n, const char *p) {
  static const char *const words[] = {"COM", "DOC",  "EDU",  "EXE", "GIF",
                                      "GOV", "HTML", "JPEG", "JPG", "JSON",
                                      "MP3", "MP4",  "NET",  "ORG", "PDF",
                                      "PNG", "TXT",  "XLS",  "XML", "ZIP"};
  const char *end = n->end, *q = p + 1, *c = q;
  if (p == n->s || p[-1] != ' ' || q >= end || !ks_is_upper((unsigned char)*q))
    return NULL;
  while (c < end && c - q <= 14 &&
         (ks_is_upper((unsigned char)*c) || ks_is_digit((unsigned char)*c)))
    c++;
  if (c - q < 3 || c - q > 14 ||
      !(c == end || *c == ' ' || *c == ',' || *c == ';' || *c == ')' ||
        (*c == '.' && (c + 1 == end || c[1] == ' '))) ||
      word_is(q, (size_t)(c - q), words, N_OF(words)) || !ks_norm_about_market(n))
    return NULL;
  ks_norm_unspace(n);
  return c;
}

static const char *instrument_code(struct norm *n, const char *p) {
  static const char *const exchanges[] = {
      "NYSE:", "NASDAQ:", "Nasdaq:", "LSE:", "TSX:",
      "ASX:",  "NSE:",    "BSE:",    "HKEX:"};
  const char *end = n->end, *q = p + 1, *c;
  bool digit = false, lower = false, mark = false, upper = false;
  if (p == n->s || p[-1] != ' ')
    return NULL;
  for (size_t i = 0; i < N_OF(exchanges); i++)
    if (starts(q, end, exchanges[i])) {
      c = q + strlen(exchanges[i]);
      c = skip_spaces(c, end);
      /* "(NYSE: VIA, VIA.B)": a share's classes after a comma */
      while (c < end && (ks_is_upper((unsigned char)*c) || *c == '.' ||
                         (*c == ',' && c + 2 < end && c[1] == ' ' &&
                          ks_is_upper((unsigned char)c[2]))))
        c += *c == ',' ? 2 : 1;
      if (c < end && *c == ')') {
        ks_norm_unspace(n);
        return c + 1;
      }
      return NULL;
    }
  for (c = q; c < end && c - q < 16 && *c != ')'; c++) {
    if (ks_is_digit((unsigned char)*c))
      digit = true;
    else if (ks_is_lower((unsigned char)*c))
      lower = true;
    else if (ks_is_upper((unsigned char)*c))
      upper = true;
    else if (*c == '.' || *c == '=' || *c == '^')
      mark = *c != '.' || c == q || mark;
    else
      return NULL;
  }
  /* "Alphabet (GOOGL) slipped 0.5%": capitals alone after a company's
   * name, in a sentence about its shares; or after a company's suffix,
   * its stop too ("Microsoft Corp. (MSFT)") */
  static const char *const suffixes[] = {"Co",  "Corp", "Holdings", "Inc",
                                         "Ltd", "PLC",  "plc"};
  bool after_suffix =
      c - q >= 3 && /* not "(UK)", "(NZ)": a country's */
      n->prev && word_is(n->prev, n->prev_len, suffixes, N_OF(suffixes)) &&
      (n->prev + n->prev_len + 1 == p ||
       (n->prev + n->prev_len + 2 == p && n->prev[n->prev_len] == '.'));
  if (c < end && *c == ')' && upper && !digit && !lower && !mark &&
      c - q >= 2 && c - q <= 5 &&
      (after_suffix || (n->prev && n->prev + n->prev_len + 1 == p &&
                        ks_is_upper((unsigned char)*n->prev)))) {
    static const char *const shares[] = {"shares", "stock", "stocks"};
    if ((after_suffix || (ks_norm_sentence_has(n, shares, N_OF(shares)) &&
                          memchr(n->s, '%', (size_t)(end - n->s)))) &&
        !initials_before(n, p, q, c)) {
      ks_norm_unspace(n);
      return c + 1;
    }
  }
  /* a wire's code of a share, its exchange after a stop: "Caterpillar
   * (CAT.N)", "Komatsu (6301.T)", "(NRDV.ST)", after a name */
  /* (after a suffix's stop too: "Nvidia Corp. (NVDA.O)") */
  if (c < end && *c == ')' && !lower && c - q >= 3 && n->prev &&
      (n->prev + n->prev_len + 1 == p || after_suffix) &&
      ks_is_upper((unsigned char)*n->prev)) {
    const char *dot = memchr(q, '.', (size_t)(c - q));
    static const char *const exchanges_after[] = {
        "AS", "AX", "BK", "BO", "BR", "CO",  "DE", "F",  "HE", "HK", "IS",
        "JK", "JO", "KL", "KQ", "KS", "L",   "LS", "MC", "MI", "MX", "N",
        "NS", "NZ", "O",  "OL", "OQ", "PA",  "S",  "SA", "SI", "SS", "ST",
        "SW", "SZ", "T",  "TO", "TW", "TWO", "V",  "VI", "WA"};
    if (dot && dot > q && dot - q <= 6 && c - dot >= 2 && c - dot <= 4 &&
        word_is(dot + 1, (size_t)(c - dot - 1), exchanges_after,
                N_OF(exchanges_after)) &&
        !memchr(q, '.', (size_t)(dot - q))) {
      ks_norm_unspace(n);
      return c + 1;
    }
  }
  /* letters and a digit or a sign: "N225", ".FTSE", "GCc1", "EURUSD=X";
   * not an amount: "(R537bn)", "(A$2m)" */
  for (size_t i = 0; i < n->lang->n_context_currencies; i++) {
    const char *sign = n->lang->context_currencies[i].sign;
    if (starts(q, end, sign) && q + strlen(sign) < end &&
        ks_is_digit((unsigned char)q[strlen(sign)]))
      return NULL;
  }
  if (c >= end || *c != ')' || c == q || !upper ||
      !((digit && ks_is_upper((unsigned char)*q)) || mark ||
        (lower && digit)) ||
      (c - q < 3))
    return NULL;
  /* only in a sentence about a market (its figures in per cent, or a
   * market's word): not "a Lack of Reserve 2 (LOR2) notice"; nor a
   * chemical formula ("LFP (LiFePO4) cells") */
  /* (a code's own shape says so too: an index's opening stop, ".SPLRCU",
   * an "=" ("XAG="), a continuous contract's "c1" ("KCc1")) */
  bool shaped = *q == '.' || memchr(q, '=', (size_t)(c - q)) ||
                (c - q >= 3 && ks_is_digit((unsigned char)c[-1]) &&
                 c[-2] == 'c' && ks_is_upper((unsigned char)c[-3]));
  /* (a formula of one-letter symbols after its compound's name: "sulfur
   * dioxide (SO2)", "methane (CH4)") */
  static const char *const compounds[] = {
      "ammonia",  "dioxide", "hydrogen", "methane", "monoxide", "nitrogen",
      "oxide",    "oxygen",  "ozone",    "sulfate", "sulphate", "trioxide",
      "vapor",    "vapour",  "water"};
  bool named = n->prev && n->prev + n->prev_len + 2 == q &&
               word_is(n->prev, n->prev_len, compounds, N_OF(compounds));
  if (chemical_formula(q, c, named) ||
      !(shaped || memchr(n->s, '%', (size_t)(end - n->s)) ||
        ks_norm_about_market(n)))
    return NULL;
  /* nor a statistic's value: "(P=.03)", "(HR=0.72)"; a code's "=" has
   * letters after it ("EURUSD=X", "GC=F") */
  const char *eq = memchr(q, '=', (size_t)(c - q));
  if (eq && eq + 1 < c && (ks_is_digit((unsigned char)eq[1]) || eq[1] == '.'))
    return NULL;
  /* nor a measure: "(40Gbps)", "(5GHz)" */
  if (ks_is_digit((unsigned char)*q)) {
    const char *u = q, *ue;
    while (u < c && (ks_is_digit((unsigned char)*u) || *u == '.'))
      u++;
    if (ks_norm_scan_unit(n->lang, u, end, &ue) && ue == c)
      return NULL;
  }
  ks_norm_unspace(n);
  return c + 1;
}

/* "a 90+3' winner", "in the 67' minute": a match's minute marked with a
 * prime after a determiner and its figures (or a minute of added time),
 * before a noun: said "minute" ("a ninety plus three minute winner"), or
 * nothing before "minute" itself. Where the mark ends, or NULL. */
static const char *minute_mark(struct norm *n, const char *p) {
  const char *d = p;
  bool named;
  size_t k;
  if (p == n->s || !ks_is_digit((unsigned char)p[-1]))
    return NULL;
  while (d > n->s && ks_is_digit((unsigned char)d[-1]))
    d--;
  if (p - d > 3)
    return NULL;
  if (d - n->s >= 2 && d[-1] == '+' && ks_is_digit((unsigned char)d[-2]))
    for (d--; d > n->s && ks_is_digit((unsigned char)d[-1]); d--)
      ;
  if ((k = ks_norm_minute_mark(n, d, p, &named)) == 0)
    return NULL;
  if (!named)
    say(n, "minute");
  return p + k;
}

/* A numbered footnote's mark glued to a sentence's end, or alone: "its
 * leaders."(2)", a line "(1)"; not a list's "(2) Cut spending." It is not
 * read; where it ends, or NULL. */
static const char *footnote_mark(const struct norm *n, const char *p) {
  const char *end = n->end, *d = digit_end(p + 1, end), *b = p;
  if (d == p + 1 || d - p > 4 || d >= end || *d != ')')
    return NULL;
  /* "23kg per person (1).": a mark of one or two figures after a word in
   * small letters, before the sentence's stop (not "per person (1) and", a
   * list's; not "with Jimmy Walker (68).", a golfer's score, nor "in points
   * (219), total yards", a table's figures) */
  /* nor a reference's number: "in subsection (3).", "chose option (2)." */
  static const char *const references[] = {
      "article", "clause",    "figure",     "item",     "note", "option",
      "page",    "paragraph", "part",       "question", "rule", "schedule",
      "section", "step",      "subsection", "table"};
  const char *w = p - 1;
  if (p - n->s >= 2 && p[-1] == ' ')
    while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
      w--;
  if (p - n->s >= 2 && p[-1] == ' ' && w < p - 1 &&
      ks_is_lower((unsigned char)*w) && d - p <= 3 &&
      !word_is(w, (size_t)(p - 1 - w), references, N_OF(references)) &&
      /* (its stop after it: a line that ends on one without a stop is a
       * list's item and its count, "professional isolation (24)") */
      d + 1 < end && d[1] == '.') {
    ks_buf_truncate(n->out,
                    n->out->len > n->base && n->out->ptr[n->out->len - 1] == ' '
                        ? n->out->len - 1
                        : n->out->len);
    return d + 1;
  }
  if (d + 1 < end && !ks_is_space((unsigned char)d[1]))
    return NULL;
  for (;;) { /* the closing quotes between the stop and the mark */
    if (b > n->s && (b[-1] == '"' || b[-1] == '\'' || b[-1] == ')'))
      b--;
    else if (b - n->s >= 3 && (!memcmp(b - 3, "\xE2\x80\x9D", 3) ||
                               !memcmp(b - 3, "\xE2\x80\x99", 3)))
      b -= 3; /* ” and ’ */
    else
      break;
  }
  if (b == n->s ? skip_spaces(d + 1, end) < end
                : !(b[-1] == '.' || b[-1] == '!' || b[-1] == '?'))
    return NULL;
  return d + 1;
}


/* The sentence holds a sign of a sum other than a minus: "=", "<", ">",
 * "×" or "÷". */
static bool sum_signs(const struct norm *n) {
  for (const char *c = n->s; c < n->end; c++)
    if (*c == '=' || *c == '<' || *c == '>' || starts(c, n->end, "×") ||
        starts(c, n->end, "÷"))
      return true;
  return false;
}

/* The words of a hashtag or a handle after its sign at p: split where a
 * capital follows a small letter or at "_", digits read as a year or a
 * number ("#Election2024", "@RiverCityFC"); a handle's underscore said
 * where handle is set. Returns where the tag ends. */
static const char *tag_words(struct norm *n, const char *p, bool handle) {
  const char *end = n->end, *q = p + 1, *e = q;
  while (e < end && (ks_is_alnum((unsigned char)*e) || *e == '_'))
    e++;
  sep(n);
  for (; q < end && (ks_is_alnum((unsigned char)*q) || *q == '_'); q++) {
    if (ks_is_digit((unsigned char)*q)) { /* "#Election2024" */
      const char *d = digit_end(q, e);
      struct num v;
      if (q > p + 1)
        ks_buf_putc(n->out, ' ');
      if (ks_norm_scan_num(q, d, &v) && v.ok && v.ndig == 4 && v.ival >= 1900 &&
          v.ival <= 2099)
        ks_num_year(n->out, (unsigned)v.ival);
      else if (v.ok && v.ndig <= 2)
        ks_num_cardinal(n->out, v.ival);
      else
        ks_num_digits(n->out, q, (size_t)(d - q));
      if (d < e && ks_is_alpha((unsigned char)*d))
        ks_buf_putc(n->out, ' ');
      q = d - 1;
      continue;
    }
    /* a word after a run of capitals too, the run two capitals or more
     * and the word two small letters or more: "#NYCMarathon" (not
     * "#TEDxTalks", "#PhDLife") */
    if (*q == '_' || (q > p + 1 && ks_is_upper((unsigned char)*q) &&
                      (ks_is_lower((unsigned char)q[-1]) ||
                       (q > p + 2 && ks_is_upper((unsigned char)q[-1]) &&
                        ks_is_upper((unsigned char)q[-2]) && q + 2 < e &&
                        ks_is_lower((unsigned char)q[1]) &&
                        ks_is_lower((unsigned char)q[2]))))) {
      ks_buf_putc(n->out, ' ');
      /* a handle's underscore is typed to reach it: "@truth_seeker99",
       * "at truth underscore seeker" (a hashtag's only parts words) */
      if (*q == '_' && handle && q > p + 1 && q + 1 < e)
        ks_buf_puts(n->out, "underscore ");
      if (*q == '_')
        continue;
    }
    /* "@kenyawildlife", "#climatechange": a part in small letters that
     * two English words run together make, said apart, as an e-mail
     * address's are (espeak-ng would guess one long word) */
    if (ks_is_lower((unsigned char)*q) &&
        (q == p + 1 || !ks_is_alpha((unsigned char)q[-1]))) {
      const char *r = q;
      size_t k;
      while (r < e && ks_is_lower((unsigned char)*r))
        r++;
      /* (not where the parting could move by a letter and still give
       * two words: "#carsharing", car|sharing or cars|haring) */
      if ((r == e || !ks_is_alpha((unsigned char)*r)) &&
          (k = ks_english_join(q, (size_t)(r - q))) > 0 &&
          !(k > 2 && ks_english_word(q, k - 1) &&
            ks_english_word(q + k - 1, (size_t)(r - q) - k + 1)) &&
          !(ks_english_word(q, k + 1) &&
            ks_english_word(q + k + 1, (size_t)(r - q) - k - 1))) {
        ks_buf_put(n->out, q, k);
        ks_buf_putc(n->out, ' ');
        ks_buf_put(n->out, q + k, (size_t)(r - q) - k);
        q = r - 1;
        continue;
      }
    }
    /* an acronym said as a word, the whole part before a figure or the
     * tag's end: "#COP29" is "cop twenty-nine", not "C O P" */
    if (ks_is_upper((unsigned char)*q) &&
        (q == p + 1 || !ks_is_alpha((unsigned char)q[-1]))) {
      const char *r = q;
      while (r < e && ks_is_upper((unsigned char)*r))
        r++;
      /* (three letters or more: "#OH09" is a district's letters) */
      if (r - q >= 3 && (r == e || ks_is_digit((unsigned char)*r)) &&
          ks_lang_in_list(n->lang->caps_words, n->lang->n_caps_words, q,
                          (size_t)(r - q))) {
        ks_buf_putc(n->out, *q);
        for (const char *c = q + 1; c < r; c++)
          ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
        q = r - 1;
        continue;
      }
    }
    ks_buf_putc(n->out, *q);
  }
  return q;
}

/* "#BlackLivesMatter": a hashtag's words, with "hashtag" before them
 * when it stands alone. */
static const char *hashtag(struct norm *n, const char *p) {
  static const char *const tag[] = {"hashtag", "hashtags"};
  /* "with #ThankYouKobe", "the #MeToo movement": hashtag and its words,
   * as a newsreader tells a listener it is one; "hashtag #MeToo" once */
  if (!ks_norm_word_before(n, p, tag, N_OF(tag)))
    say(n, "hashtag");
  return tag_words(n, p, false);
}

/* "@RiverCityFC": at and the handle's words; "at @nytimes" says "at"
 * once. */
static const char *handle(struct norm *n, const char *p) {
  static const char *const at[] = {"at"};
  if (!ks_norm_word_before(n, p, at, N_OF(at)))
    say(n, "at");
  return tag_words(n, p, true);
}

/* Symbols with a word of their own, and symbols a newsreader leaves out. */
/* "the class of '03", "’90s": a year's last two digits after an
 * apostrophe, "oh three". p is at the apostrophe, k its length. */
static const char *short_year(struct norm *n, const char *p, size_t k) {
  const char *end = n->end, *d = p + k;
  unsigned y;
  if (!(p == n->s || ks_is_space((unsigned char)p[-1]) || p[-1] == '(') ||
      d + 2 > end || !ks_is_digit((unsigned char)d[0]) ||
      !ks_is_digit((unsigned char)d[1]) ||
      (d + 2 < end &&
       (ks_is_digit((unsigned char)d[2]) || d[2] == 's' || d[2] == '\'')))
    return NULL; /* "'90s" is the decades' rule */
  y = (unsigned)((d[0] - '0') * 10 + (d[1] - '0'));
  sep(n);
  if (y < 10)
    ks_buf_puts(n->out, "oh ");
  ks_num_cardinal(n->out, y);
  return d + 2;
}

/* A year's three or four digits at p, not a note's number ("(*1)"). */
static bool year_at(const char *p, const char *end) {
  const char *e = digit_end(p, end);
  return e - p >= 3 && e - p <= 4 &&
         !(e < end && ks_is_alnum((unsigned char)*e));
}

/* A month's name, written out or cut short with its stop, ends at e: "in
 * August", "Aug." (the stop at e[-1]). */
static bool month_ends_at(const struct norm *n, const char *e) {
  const char *w;
  if (e - n->s >= 2 && e[-1] == '.')
    e--;
  for (w = e; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  return e - w >= 3 && (w == n->s || w[-1] == ' ') &&
         ks_is_upper((unsigned char)*w) &&
         ks_norm_month_of(n, w, (size_t)(e - w)) > 0;
}

/* "closed at 8,275.66 (+0.6%)", "the DAX (-1.2%)": a market's change in
 * percent, alone in brackets, is "up" or "down"; "rose +5%", "fell -3%":
 * after a verb that already says the sign's way, the sign is not said
 * ("revised by -0.3%" keeps its minus). The sign is at p, its figures at
 * q, word is "up" or "down"; where to go on, or NULL. */
static const char *signed_change(struct norm *n, const char *p, const char *q,
                                 const char *word) {
  static const char *const ups[] = {"added", "climbed",   "gained",
                                    "grew",  "increased", "jumped",
                                    "rose",  "soared",    "up"};
  static const char *const downs[] = {"declined", "down", "dropped",
                                      "fell",     "lost", "sank",
                                      "shed",     "slid", "slipped"};
  const char *end = n->end, *e = q;
  while (e < end && (ks_is_digit((unsigned char)*e) || *e == '.'))
    e++;
  if (e == q || e >= end || *e != '%')
    return NULL;
  if (p > n->s && p[-1] == '(' && e + 1 < end && e[1] == ')') {
    say(n, word);
    return q;
  }
  if (*word == 'u' ? ks_norm_word_before(n, p, ups, N_OF(ups))
                   : ks_norm_word_before(n, p, downs, N_OF(downs)))
    return q;
  return NULL;
}

/* "press * followed by #", "then the # key": a phone's key alone, after
 * a word of pressing or of order, is said ("star", "hash"). */
static bool phone_key(const struct norm *n, const char *p, const char *q) {
  static const char *const words[] = {"and", "by",   "dial",  "hit",
                                      "key", "or",   "press", "pressing",
                                      "tap", "then", "the"};
  return p > n->s && p[-1] == ' ' &&
         (q == n->end || *q == ' ' || *q == ',' || *q == '.' || *q == ')') &&
         ks_norm_word_before(n, p, words, N_OF(words));
}

/* Words of prose after which ">" is "more than": "fell by >30%". */
static const char *const prose[] = {
    "among", "at", "by", "for", "from", "had", "has",  "have",
    "in",    "is", "of", "on",  "to",   "was", "were", "with"};

/* "a symbol such as ! or #", "the ~ key": a sign standing alone as a word
 * in a sentence about signs or keys is named. */
static const char *named_sign(struct norm *n, const char *p) {
  static const struct {
    char c;
    const char *name;
  } signs[] = {
      {'!', "exclamation mark"},  {'#', "hash"},           {'$', "dollar sign"},
      {'%', "percent sign"},      {'&', "ampersand"},      {'*', "asterisk"},
      {'+', "plus sign"},         {'<', "less-than sign"}, {'=', "equals sign"},
      {'>', "greater-than sign"}, {'?', "question mark"},  {'@', "at sign"},
      {'\\', "backslash"},        {'^', "caret"},          {'_', "underscore"},
      {'|', "vertical bar"},      {'~', "tilde"}};
  static const char *const about[] = {"character", "characters", "punctuation",
                                      "sign",      "signs",      "symbol",
                                      "symbols"};
  /* the word before it names or lists it ("Rock & roll", "a sign ?" are
   * left) */
  static const char *const before[] = {
      "a",         "an",   "and",  "as",  "either", "enter", "hit",
      "including", "like", "no",   "nor", "or",     "plus",  "press",
      "the",       "then", "type", "use", "using"};
  const char *end = n->end, *q = p + 1, *w, *we;
  size_t i;
  /* the cheap tests first: this runs at every character no rule took */
  if (p - n->s < 2 || p[-1] != ' ' ||
      !(q == end || *q == ' ' || *q == ',' || *q == ')' || *q == '"' ||
        *q == ';' || (*q == '.' && skip_spaces(q + 1, end) == end)) ||
      !(ks_is_alpha((unsigned char)p[-2]) || p[-2] == ',')) /* "@, & and" */
    return NULL;
  for (i = 0; i < N_OF(signs) && signs[i].c != *p; i++)
    ;
  if (i == N_OF(signs))
    return NULL;
  /* "the ~ key": a key's name after it is enough */
  if ((p[-2] != ',' && !((w = ks_norm_prev_word(n, p, &we)) != NULL &&
                         word_is(w, (size_t)(we - w), before, N_OF(before)))) ||
      !(starts(q, end, " key") || ks_norm_sentence_has(n, about, N_OF(about))))
    return NULL;
  /* "the @ sign": the name without its own "sign" ("the at sign", not
   * "the at sign sign") */
  size_t len = strlen(signs[i].name);
  if (((starts(q, end, " sign") && !alnum_at(q + 5, end)) ||
       (starts(q, end, " symbol") && !alnum_at(q + 7, end))) &&
      len > 5 &&
      !strcmp(signs[i].name + len - 5, " sign")) {
    sep(n);
    ks_buf_put(n->out, signs[i].name, len - 5);
    return q;
  }
  say(n, signs[i].name);
  return q;
}

/* A star at c: 1 a full one (★, ⭐), -1 an empty one (☆), else 0. */
static int star_at(const char *c, const char *end) {
  return starts(c, end, "\xE2\x98\x85") || starts(c, end, "\xE2\xAD\x90") ? 1
         : starts(c, end, "\xE2\x98\x86")                                 ? -1
                                                                           : 0;
}

/* "★★★★☆", "⭐⭐⭐": a rating drawn in stars, "four out of five stars"
 * (with empty ones), "three stars"; where the run ends, or NULL. */
static const char *star_run(struct norm *n, const char *p) {
  const char *end = n->end, *c = p;
  unsigned full = 0, empty = 0;
  /* at every sign (curly quotes and dashes open with 0xE2 too): the
   * first two bytes first */
  if ((unsigned char)p[0] != 0xE2 || p + 1 >= end ||
      ((unsigned char)p[1] != 0x98 && (unsigned char)p[1] != 0xAD))
    return NULL;
  for (int k;;) {
    if ((k = star_at(c, end)) != 0) {
      full += k > 0, empty += k < 0;
      c += 3;
    } else if (c < end - 1 && *c == ' ' && star_at(c + 1, end)) {
      c++; /* "★ ★ ★" */
    } else {
      break;
    }
    if (starts(c, end, "\xEF\xB8\x8F")) /* an emoji's presentation mark */
      c += 3;
  }
  if (full + empty < 2 || full > 10)
    return NULL;
  /* "★★★½": a half star after the run */
  bool half = starts(c, end, "\xC2\xBD");
  c += half ? 2 : 0;
  /* "★★★★★ 4.84 from 213 votes": stars drawn beside the figure they
   * show, a decimal no more than their count, are silent */
  const char *f = skip_spaces(c, end);
  struct num shown;
  if (f < end && ks_is_digit((unsigned char)*f) &&
      ks_norm_scan_num(f, end, &shown) && shown.dot &&
      shown.ival <= full + empty)
    return c;
  sep(n);
  ks_num_cardinal(n->out, full);
  if (half)
    ks_buf_puts(n->out, " and a half");
  if (empty) {
    ks_buf_puts(n->out, " out of ");
    ks_num_cardinal(n->out, full + empty);
  }
  ks_buf_puts(n->out, full == 1 && !empty && !half ? " star" : " stars");
  return c;
}

/* "+29…+31°C", "-5...+2": an ellipsis at p glued between two figures, a
 * range "to" where a figure carries its sign (not "114...48", words left
 * out, nor a sum's terms, "1+2+3...+100"); where it ends, or NULL. */
static const char *ellipsis_range(struct norm *n, const char *p) {
  const char *end = n->end;
  size_t k = starts(p, end, "\xE2\x80\xA6") ? 3 : starts(p, end, "...") ? 3 : 0;
  if (!k || p + k + 1 >= end)
    return NULL;
  const char *f0 = p;
  while (f0 > n->s &&
         (ks_is_digit((unsigned char)f0[-1]) || f0[-1] == '.' || f0[-1] == ','))
    f0--;
  bool signed0 = f0 > n->s && (f0[-1] == '+' || f0[-1] == '-');
  bool sum = signed0 && f0 - n->s >= 2 && ks_is_alnum((unsigned char)f0[-2]);
  if (sum ||
      !((signed0 && ks_is_digit((unsigned char)p[k])) ||
        ((p[k] == '+' || p[k] == '-') && ks_is_digit((unsigned char)p[k + 1]))))
    return NULL;
  /* (kept after a figure below zero: "-5...+2", minus five to plus two;
   * "+1…-3", the second below zero, "to minus three") */
  bool below = (f0 > n->s && f0[-1] == '-') ||
               (f0 - n->s >= 3 && starts(f0 - 3, end, "\xE2\x88\x92"));
  if (p[k] == '-') {
    say(n, "to minus");
    return p + k + 1;
  }
  say(n, "to");
  return p + k + (p[k] == '+' && !below);
}

/* "#2A6F97", "#fff": a colour's hex code, six figures or three, letters
 * among them, each said ("hash two A six F nine seven"), in a sentence
 * about colour only (not "#1", a rank; "#DC2024", "#BBC100", hashtags). */
static const char *hex_colour(struct norm *n, const char *p) {
  static const char *const colours[] = {"background", "color",  "colors",
                                        "colour",     "colours", "hex",
                                        "RGB"};
  const char *end = n->end, *q = p + 1, *c = q;
  bool letter = false;
  while (c < end && c - q <= 6 && ks_is_xdigit((unsigned char)*c)) {
    letter = letter || ks_is_alpha((unsigned char)*c);
    c++;
  }
  if ((c - q != 6 && c - q != 3) || alnum_at(c, end) || !letter ||
      !ks_norm_sentence_has(n, colours, N_OF(colours)))
    return NULL;
  say(n, "hash");
  for (const char *k = q; k < c; k++) {
    ks_buf_putc(n->out, ' ');
    if (ks_is_digit((unsigned char)*k))
      ks_num_digits(n->out, k, 1);
    else
      ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*k));
  }
  return c;
}

const char *ks_norm_rule_symbol(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1, *r;
  unsigned fn, fd;
  bool before_space =
      p == n->s || ks_is_space((unsigned char)p[-1]) || p[-1] == '(';
  if ((r = named_sign(n, p)) != NULL ||
      ((unsigned char)*p == 0xE2 && (r = star_run(n, p)) != NULL))
    return r;
  /* "NEMO 456-2975 · Police 911 · Fire 911": a spaced middle dot parts
   * a list's items, a pause */
  /* (not before a clock, which the date's rule reads after it: "October
   * 7, 2025 · 18:05") */
  /* (nor between two letters alone, a product's "a · b") */
  if ((unsigned char)*p == 0xC2 && starts(p, end, "\xC2\xB7") &&
      p - n->s >= 3 && p[-1] == ' ' &&
      p + 4 < end && p[2] == ' ' && !ks_is_digit((unsigned char)p[3]) &&
      !(ks_is_alpha((unsigned char)p[-2]) &&
        (p - n->s == 2 || !ks_is_alnum((unsigned char)p[-3])) &&
        ks_is_alpha((unsigned char)p[3]) &&
        !ks_is_alnum((unsigned char)p[4]))) {
    comma_pause(n);
    return p + 2;
  }
  /* "456-2975 / 457-1100": a spaced slash between two local numbers of
   * three figures and four, one or the other */
  if (*p == '/' && p - n->s >= 9 && p[-1] == ' ' && p + 10 <= end &&
      p[1] == ' ' && ks_is_digit((unsigned char)p[-2]) &&
      digit_end(p - 5, p - 1) == p - 1 && (p[-6] == '-' || p[-6] == ' ') &&
      ks_is_digit((unsigned char)p[-7]) && digit_end(p + 2, end) == p + 5 &&
      (p[5] == '-' || p[5] == ' ') && digit_end(p + 6, end) == p + 10 &&
      /* (not ranges of round counts, "120-1500 / 300-2000") */
      !(p[-7] == '0' && p[-3] == '0' && p[-2] == '0') &&
      !(p[4] == '0' && p[8] == '0' && p[9] == '0')) {
    say(n, "or");
    return p + 1;
  }
  /* "rock 'n' roll", "fish ’n’ chips": the "and" between two words */
  if (p - n->s >= 2 && p[-1] == ' ' && ks_is_alpha((unsigned char)p[-2])) {
    size_t k =
        *p == '\''                                                         ? 1
        : starts(p, end, "\xE2\x80\x98") || starts(p, end, "\xE2\x80\x99") ? 3
                                                                           : 0;
    const char *c = p + k;
    if (k && c < end && *c == 'n' && c + 1 < end &&
        (c[1] == '\'' || starts(c + 1, end, "\xE2\x80\x99"))) {
      c += c[1] == '\'' ? 2 : 4;
      /* the pairs that are joined so ("rock 'n' roll", "fish 'n' chips",
       * "pick 'n' mix"), not a quoted letter ("the variable 'n' counts") */
      static const char *const firsts[] = {"bed",  "bread", "drum", "fish",
                                           "grab", "meet",  "pick", "rock",
                                           "salt", "shake", "snap", "stop"};
      if (c < end - 1 && *c == ' ' && ks_is_alpha((unsigned char)c[1]) &&
          n->prev && word_is(n->prev, n->prev_len, firsts, N_OF(firsts))) {
        say(n, "and");
        return c;
      }
    }
  }
  if ((r = minute_mark(n, p)) != NULL)
    return r;
  /* "+29…+31°C", "-5...+2": an ellipsis glued between two figures is a
   * range, as papers of the former Soviet Union write one, "to"; the
   * second figure's plus is no sign a newsreader says */
  if (p > n->s && ks_is_digit((unsigned char)p[-1]) &&
      (*p == '.' || (unsigned char)*p == 0xE2) &&
      (r = ellipsis_range(n, p)) != NULL)
    return r;
  /* "Forecast maximum temperatures (°C)": a scale named alone, after no
   * figure, "degrees Celsius" */
  if (starts(p, end, "\xC2\xB0") && p + 2 < end &&
      (p[2] == 'C' || p[2] == 'F') && !alnum_at(p + 3, end) &&
      (p == n->s || p[-1] == '(' || p[-1] == ' ')) {
    say(n, p[2] == 'C' ? "degrees Celsius" : "degrees Fahrenheit");
    return p + 3;
  }
  if (*p == '\'' && (r = short_year(n, p, 1)) != NULL)
    return r;
  if (starts(p, end, "\xE2\x80\x99") && (r = short_year(n, p, 3)) != NULL)
    return r;
  /* "the B.O.G.’s committee": a possessive's curly apostrophe after an
   * initialism's stop, which espeak-ng reads as a clause's end and then
   * the letter S; written straight, it is "'s" */
  if (p > n->s && p[-1] == '.' && starts(p, end, "\xE2\x80\x99s") &&
      !alnum_at(p + 4, end)) {
    ks_buf_puts(n->out, "'s");
    return p + 4;
  }
  switch (*p) {
  case '.':
    return index_code(n, p);
  case '$':
    /* "Ke$ha", "A$AP Rocky": a dollar sign inside a name is its "s" */
    if (p > n->s && ks_is_alpha((unsigned char)p[-1]) && q < end &&
        ks_is_alpha((unsigned char)*q)) {
      r = alpha_end(q, end);
      ks_buf_putc(n->out, ks_is_upper((unsigned char)*q) ? 'S' : 's');
      ks_buf_put(n->out, q, (size_t)(r - q));
      return r;
    }
    return NULL;
  case '&':
    if ((r = entity(n, p)) != NULL)
      return r;
    /* "&c.", the old way of writing etc. */
    if (q + 1 < end && q[0] == 'c' && q[1] == '.' &&
        !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
      say(n, "et cetera");
      return skip_spaces(q + 2, end) == end ? q + 1 : q + 2;
    }
    if (p > n->s && q < end && ks_is_alpha((unsigned char)p[-1]) &&
        ks_is_alpha((unsigned char)*q))
      return NULL; /* "AT&T" */
    say(n, "and");
    break;
  case '#':
    if (phone_key(n, p, q)) {
      say(n, "hash");
      break;
    }
    /* "C#", "F#": a note or a language, sharp */
    if (p - n->s >= 1 && ks_is_upper((unsigned char)p[-1]) &&
        (p - n->s == 1 || !ks_is_alnum((unsigned char)p[-2])) &&
        !(q < end && ks_is_alnum((unsigned char)*q))) {
      say(n, "sharp");
      break;
    }
    if ((r = hex_colour(n, p)) != NULL)
      return r;
    if (q < end && ks_is_digit((unsigned char)*q))
      say(n, "number");
    else if (q < end && ks_is_alpha((unsigned char)*q) &&
             (before_space || (p > n->s && p[-1] == '"') ||
              (p - n->s >= 3 && (starts(p - 3, end, "\xE2\x80\x9C") ||
                                 starts(p - 3, end, "\xE2\x80\x98")))))
      return hashtag(n, p); /* after an opening quote too: "“#Freakout" */
    else
      return NULL;
    break;
  case '^':
    /* "10^8", "2^-10", "x^2": a power written with a caret, "to the power
     * of eight" */
    if (p > n->s && ks_is_alnum((unsigned char)p[-1])) {
      const char *d = q < end && *q == '-' ? q + 1 : q, *de = d;
      uint64_t e = 0;
      while (de < end && ks_is_digit((unsigned char)*de) && de - d < 4)
        e = e * 10 + (uint64_t)(*de++ - '0');
      if (de > d && !(de < end && ks_is_alnum((unsigned char)*de))) {
        say_power(n, "to the power of", e, d > q);
        return de;
      }
    }
    return NULL;
  case '*': /* a footnote or emphasis mark: "**Note**", "rose 5%*" */
    if (phone_key(n, p, q)) {
      say(n, "star");
      break;
    }
    /* "(* 1688, † 1743)": a genealogy's star before a date is "born" */
    if (p > n->s && p[-1] == '(' && skip_spaces(q, end) - q <= 1 &&
        year_at(skip_spaces(q, end), end)) {
      say(n, "born");
      return q;
    }
    /* "dial *977#", "*144*1#": a phone's service code, every key said */
    if (q < end && ks_is_digit((unsigned char)*q) &&
        (p == n->s || !ks_is_alnum((unsigned char)p[-1]))) {
      const char *k = q;
      while (k < end && (ks_is_digit((unsigned char)*k) || *k == '*'))
        k++;
      if (k < end && *k == '#' && !alnum_at(k + 1, end)) {
        say(n, "star");
        for (const char *d = q; d < k; d++) {
          if (*d == '*') {
            say(n, "star");
          } else {
            sep(n);
            ks_num_digits(n->out, d, 1);
          }
        }
        say(n, "hash");
        return k + 1;
      }
    }
    /* "press *9", "dial *101": a key before its digits after a verb of
     * keys, said key by key; a mobile's short code after one of calling
     * too ("call *5555 on a cellphone") */
    if (q < end && ks_is_digit((unsigned char)*q) && p > n->s &&
        p[-1] == ' ') {
      static const char *const keys[] = {"call", "dial",  "enter",    "hit",
                                         "key",  "press", "pressing", "ring",
                                         "tap",  "text",  "type"};
      /* (or after "or" in a sentence about calling: "at 809-221-7845,
       * or *462 from any mobile phone", set BF) */
      static const char *const ors[] = {"and", "or"};
      static const char *const phones[] = {"call", "calling", "cellphone",
                                           "dial", "mobile",  "phone"};
      const char *k = q;
      while (k < end && ks_is_digit((unsigned char)*k))
        k++;
      if (k - q <= 4 && !alnum_at(k, end) &&
          (ks_norm_word_before(n, p, keys, N_OF(keys)) ||
           (ks_norm_word_before(n, p, ors, N_OF(ors)) &&
            ks_norm_sentence_has(n, phones, N_OF(phones)) &&
            /* (before "from" or the clause's end: not a footnote's
             * "or *65% by other estimates", "3 or *4 stars") */
            (starts(k, end, " from ") || starts(k, end, " on ") ||
             k == end || *k == ',' || *k == '.' || *k == ';')))) {
        say(n, "star");
        ks_num_digits(n->out, q, (size_t)(k - q));
        return k;
      }
    }
    while (q < end && *q == '*')
      q++;
    if (q < end && p > n->s && ks_is_alnum((unsigned char)p[-1]) &&
        ks_is_alnum((unsigned char)*q))
      ks_buf_putc(n->out, ' ');
    return q;
  case '~': /* "~20 people", "~$2bn", "~ 5%": about twenty */
  {
    const char *d = skip_spaces(q, end), *a;
    if (d < end && (ks_is_digit((unsigned char)*d) ||
                    (ks_norm_scan_currency(n->lang, d, end, &a) && a < end &&
                     ks_is_digit((unsigned char)*a))))
      say(n, "about");
  }
    return q;
  case '|': /* a separator: a pause */
    /* "Xbox Series X|S": two models by their letters after their
     * capitalised name, one and the other (not a form guide's "W|L|W",
     * nor "A|B tests") */
    if (p - n->s >= 4 && ks_is_upper((unsigned char)p[-1]) && p[-2] == ' ' &&
        ks_is_lower((unsigned char)p[-3]) && q < end &&
        ks_is_upper((unsigned char)*q) && !alnum_at(q + 1, end) &&
        !(q + 1 < end && q[1] == '|')) {
      const char *w = p - 2;
      while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
        w--;
      if (!ks_is_upper((unsigned char)*w))
        goto separator;
      say(n, "and");
      ks_buf_putc(n->out, ' ');
      return q;
    }
  separator:
    comma_pause(n);
    return q;
  case '[':
    return glued_brackets(n, p);
  case '_': /* "HONOLULU _ The": wire copy's dash, a pause */
    if (!(p > n->s && p[-1] == ' ' && q < end && *q == ' '))
      return NULL;
    comma_pause(n);
    return q;
  case '(':
    /* "Registration point(s)", "the box(es)": a plural's letters in
     * brackets glued to the word, its plural said (set AY) */
    if (p > n->s && ks_is_lower((unsigned char)p[-1]) &&
        (starts(q, end, "s)") || starts(q, end, "es)")) &&
        !alnum_at(q + (q[0] == 's' ? 2 : 3), end)) {
      size_t k = q[0] == 's' ? 1 : 2;
      ks_buf_put(n->out, q, k);
      return q + k + 1;
    }
    /* "the A1(M)", "A3(M)": a British motorway stretch of a road, "A one
     * M" */
    if (p - n->s >= 2 && ks_is_digit((unsigned char)p[-1]) && p + 2 < end &&
        p[1] == 'M' && p[2] == ')' && !alnum_at(p + 3, end)) {
      const char *b = p;
      while (b > n->s && ks_is_digit((unsigned char)b[-1]))
        b--;
      if (b > n->s && (b[-1] == 'A' || b[-1] == 'B') &&
          (b - 1 == n->s || !ks_is_alnum((unsigned char)b[-2]))) {
        say(n, "M");
        return p + 3;
      }
    }
    if ((q = footnote_mark(n, p)) != NULL)
      return q;
    if ((q = agency_credit(n, p)) != NULL)
      return q;
    if ((q = period_gloss(n, p)) != NULL)
      return q;
    return instrument_code(n, p);
  case '/':
    /* "Trieda SNP 48/A": a house number's letter after its slash, said
     * after the number ("forty-eight A") */
    if (p > n->s && ks_is_digit((unsigned char)p[-1]) && q < end &&
        ks_is_upper((unsigned char)*q) && !alnum_at(q + 1, end) &&
        !(q + 1 < end && (q[1] == '/' || q[1] == '-'))) {
      if (*q == 'A')
        say_letter_a(n);
      else {
        sep(n);
        ks_buf_putc(n->out, *q);
      }
      return q + 1;
    }
    /* "closed at 83.45/$": a rate of exchange, so many to the dollar */
    if (p > n->s && ks_is_digit((unsigned char)p[-1]) && q < end &&
        (*q == '$' || starts(q, end, "\xE2\x82\xAC") ||
         starts(q, end, "\xC2\xA3"))) {
      const char *e = q + (*q == '$' ? 1 : *q == '\xC2' ? 2 : 3);
      if (!alnum_at(e, end)) {
        say(n, *q == '$' ? "to the dollar" : *q == '\xC2' ? "to the pound"
                                                          : "to the euro");
        return e;
      }
    }
    /* "cheap to run / Cons: small bin": a spaced slash before a label and
     * its colon parts two lists, a pause */
    if (p > n->s && p[-1] == ' ' && q + 1 < end && *q == ' ' &&
        ks_is_upper((unsigned char)q[1])) {
      const char *le = q + 1;
      while (le < end && ks_is_alpha((unsigned char)*le))
        le++;
      if (le < end && *le == ':' && le - q <= 16) {
        ks_norm_unspace(n);
        ks_buf_puts(n->out, ",");
        return q;
      }
      /* "Engineering Technology / Biosystems Technology": between two
       * capitalised words, spaced, a pause ("or" would misread "Russia /
       * Ukraine war", "Writer / Director"; set AW) */
      /* (the second's small letter may be a Latin one of another
       * language's, "Msida / Gżira", set BF) */
      if (p - n->s >= 3 && ks_is_lower((unsigned char)p[-2]) &&
          (le > q + 2 || (unsigned char)q[2] >= 0xC3) &&
          (ks_is_lower((unsigned char)q[2]) || (unsigned char)q[2] >= 0xC3)) {
        const char *w = p - 2;
        while (w > n->s && ks_is_alpha((unsigned char)w[-1]))
          w--;
        /* (or a capital of another language's before it, "Ħamrun") */
        if (ks_is_upper((unsigned char)*w) ||
            (w - n->s >= 2 && (unsigned char)w[-1] >= 0x80 &&
             (unsigned char)w[-2] >= 0xC3 &&
             (w - 2 == n->s || w[-3] == ' '))) {
          comma_pause(n);
          return q;
        }
      }
    }
    /* "Affiliation / support:", "Period / detail:", "Valid votes 28,211 /
     * Invalid 356": spaced between a word and a label's word before its
     * colon, or between a figure and the next figure's label, a table's
     * parts, a pause (set BE; "upgrade / update" is read as written, and
     * "$1,299 / A$2,199", "Rs 1,318 / Rs 962" are amounts) */
    const char *am, *sw = q + 1, *swe = alpha_end(sw, end);
    if (p - n->s >= 3 && p[-1] == ' ' && ks_is_alnum((unsigned char)p[-2]) &&
        q + 1 < end && *q == ' ' && ks_is_alpha((unsigned char)q[1]) &&
        ((swe < end && *swe == ':') ||
         /* (a figure's label after it, "28,211 / Invalid 356": not a
          * variable, "1 / N", nor a unit, "1,200 / Month") */
         (ks_is_digit((unsigned char)p[-2]) && ks_is_upper((unsigned char)*sw) &&
          swe - sw >= 2 && swe + 1 < end && *swe == ' ' &&
          ks_is_digit((unsigned char)swe[1]))) &&
        !(ks_norm_scan_currency(n->lang, q + 1, end, &am) &&
          (am = skip_spaces(am, end)) < end && ks_is_digit((unsigned char)*am))) {
      comma_pause(n);
      return q;
    }

    /* "8 GWh/a", "2 Mt/a": a unit per year, as German and engineering
     * write "per annum" */
    if (q < end && *q == 'a' && !alnum_at(q + 1, end) && p > n->s &&
        ks_is_alpha((unsigned char)p[-1])) {
      const char *b = p, *ue;
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      if (ks_norm_scan_unit(n->lang, b, end, &ue) != NULL && ue == p &&
          b > n->s && (b[-1] == ' ' || ks_is_digit((unsigned char)b[-1]))) {
        say(n, "a year");
        return q + 1;
      }
    }
    /* "8 tablets/24 hours", "3 doses/48 hrs": a count per a span of
     * hours or days (a count's plural before the slash, after its
     * figures) */
    if (p > n->s && ks_is_alpha((unsigned char)p[-1]) && q < end &&
        ks_is_digit((unsigned char)*q)) {
      const char *b = p, *de = digit_end(q, end);
      static const char *const spans[] = {"days", "hours", "hrs", "weeks"};
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      /* "3 deaths/100,000 people": per a round base, a rate */
      struct num base;
      bool rate = ks_norm_scan_num(q, end, &base) && base.ok && !base.dot &&
                  base.ival >= 100 && !alnum_at(base.end, end);
      for (uint64_t t = base.ival; rate && t > 1; t /= 10)
        rate = t % 10 == 0;
      if (b - n->s >= 2 && b[-1] == ' ' && ks_is_digit((unsigned char)b[-2]) &&
          ks_norm_plural_noun(b, (size_t)(p - b)) &&
          (rate || (de < end - 1 && *de == ' ' &&
                    ks_norm_next_is(n, de, spans, N_OF(spans))))) {
        say(n, "per");
        return q;
      }
    }
    /* "a 2:58/km pace": minutes and seconds a unit of distance, per one
     * of it */
    if (p - n->s >= 4 && ks_is_digit((unsigned char)p[-1]) &&
        ks_is_digit((unsigned char)p[-2]) && p[-3] == ':' &&
        ks_is_digit((unsigned char)p[-4]) && q < end) {
      const struct ks_unit *u;
      const char *ue;
      if ((u = ks_norm_scan_unit(n->lang, q, end, &ue)) != NULL &&
          !alnum_at(ue, end) && !strchr(u->abbr, '/')) {
        say(n, "per ");
        ks_buf_puts(n->out, u->one);
        return ue;
      }
    }
    /* "220\xc2\xb0C (200\xc2\xb0C fan)/425\xc2\xb0F/gas mark 7": an oven's heat
     * in its several scales, after a bracket or a degree's letter and before
     * the next figure or the gas mark, one or the other */
    if (p - n->s >= 3 && q < end &&
        (p[-1] == ')' ||
         ((p[-1] == 'F' || p[-1] == 'C') && (unsigned char)p[-2] == 0xB0)) &&
        (ks_is_digit((unsigned char)*q) || starts_ci(q, end, "gas"))) {
      static const char *const ovens[] = {"fan", "gas", "oven", "preheat",
                                          "Preheat"};
      if (ks_norm_sentence_has(n, ovens, N_OF(ovens))) {
        say(n, "or ");
        return q;
      }
    }
    /* "f/2.8": an aperture, "f two point eight" */
    if (p > n->s && p[-1] == 'f' &&
        (p - 1 == n->s || !ks_is_alnum((unsigned char)p[-2])) && q < end &&
        ks_is_digit((unsigned char)*q)) {
      ks_buf_putc(n->out, ' ');
      return q;
    }
    if ((q = agency_credit(n, p)) != NULL)
      return q;
    /* "2pm EST/11am PST", "10am PDT/1pm EDT": one time in two zones, a
     * pause between (its zone three or four capitals ending in T, after a
     * time's "am", "pm" or "p.m.") */
    if (p - n->s >= 8 && p[-1] == 'T' && p + 1 < end &&
        ks_is_digit((unsigned char)p[1])) {
      const char *z = p - 1;
      while (z > n->s && ks_is_upper((unsigned char)z[-1]))
        z--;
      if (p - z >= 3 && p - z <= 4 && z - n->s >= 4 && z[-1] == ' ' &&
          (z[-2] == 'm' || z[-2] == 'M' || ks_is_digit((unsigned char)z[-2]) ||
           (z[-2] == '.' && (z[-3] == 'm' || z[-3] == 'M')))) { /* "p.m." */
        ks_buf_putc(n->out, ',');
        return p + 1;
      }
    }
    /* "+500/-100 basis points": two signed changes, the one and the other */
    if (p > n->s && ks_is_digit((unsigned char)p[-1]) && p + 2 < end &&
        (p[1] == '-' || p[1] == '+') && ks_is_digit((unsigned char)p[2])) {
      const char *b = p;
      while (b > n->s && (ks_is_digit((unsigned char)b[-1]) || b[-1] == '.' ||
                          b[-1] == ','))
        b--;
      if (b > n->s && (b[-1] == '+' || b[-1] == '-') &&
          (b - 1 == n->s || !ks_is_alnum((unsigned char)b[-2]))) {
        say(n, p[1] == '-' ? "and minus" : "and plus");
        return p + 2;
      }
    }
    /* "8K/30fps", "1080p/60fps": a video's resolution at its frame rate */
    if (p - n->s >= 2 && (p[-1] == 'K' || p[-1] == 'p') &&
        ks_is_digit((unsigned char)p[-2]) && p + 1 < end &&
        ks_is_digit((unsigned char)p[1])) {
      const char *d = digit_end(p + 1, end);
      if (starts(d, end, "fps") || starts(d, end, " fps") ||
          starts(d, end, "Hz")) {
        say(n, "at");
        return p + 1;
      }
    }
    /* "45 mL/min/1.73 m²": a rate's second divisor, an amount of a unit
     * after the first's unit, "per" */
    if (p > n->s && ks_is_alpha((unsigned char)p[-1]) && p + 1 < end &&
        ks_is_digit((unsigned char)p[1])) {
      const char *b = p, *ue;
      struct num v;
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      if (b > n->s && b[-1] == '/' && ks_norm_scan_num(p + 1, end, &v) &&
          v.ok &&
          ks_norm_scan_unit(n->lang, v.end + (v.end < end && *v.end == ' '),
                            end, &ue)) {
        say(n, "per");
        return p + 1;
      }
    }
    /* "52.3 øre/kWh": the Nordic kronas' hundredth by a unit, a price of
     * one of it */
    if (p - n->s >= 5 && p[-5] == ' ' &&
        (starts(p - 4, end, "\xC3\xB8re") ||
         starts(p - 4, end, "\xC3\xB6re"))) {
      const struct ks_unit *u;
      const char *ue;
      if ((u = ks_norm_scan_unit(n->lang, p + 1, end, &ue)) != NULL &&
          !alnum_at(ue, end)) {
        say(n, "per ");
        ks_buf_puts(n->out, u->one);
        return ue;
      }
    }
    /* "10 mg/kg/day": a rate's second divisor, a span of time after
     * the first's unit, "per day" */
    if (p > n->s && ks_is_alpha((unsigned char)p[-1]) && p + 1 < end &&
        ks_is_alpha((unsigned char)p[1])) {
      const char *b = p, *we = alpha_end(p + 1, end);
      while (b > n->s && ks_is_alpha((unsigned char)b[-1]))
        b--;
      const char *ue;
      /* (the first divisor a unit's symbol, the second in small letters:
       * not "sizes S/M/L") */
      const char *span;
      if (b > n->s && b[-1] == '/' && !alnum_at(we, end) &&
          ks_is_lower((unsigned char)p[1]) &&
          ks_norm_scan_unit(n->lang, b, end, &ue) && ue == p &&
          (span = ks_norm_span_word(n, p + 1, we)) != NULL) {
        say(n, "per ");
        ks_buf_puts(n->out, span);
        return we;
      }
    }
    if ((q = amount_slash(n, p)) != NULL)
      return q;
    return word_slash(n, p);
  case '@':
    /* "40 lunches @ R85 each", "Notes:@ Canucks": at */
    if ((before_space || (p > n->s && p[-1] == ':')) && p > n->s && q < end &&
        *q == ' ') {
      say(n, "at");
      break;
    }
    if (!(q < end && ks_is_alnum((unsigned char)*q) && before_space))
      return NULL;
    return handle(n, p);
  case '%':
    say(n, "percent");
    break;
  case '+':
    /* "for 3yo+": a race for horses of that age and older, "and up" */
    if (p - n->s >= 3 && p[-1] == 'o' && p[-2] == 'y' &&
        ks_is_digit((unsigned char)p[-3]) && !alnum_at(q, end)) {
      say(n, "and up");
      break;
    }
    /* "+ Exceptional battery life": a list's mark of a review's point in
     * its favour, first in the line, not read (as "- Shallow keyboard") */
    if (p == n->s && q < end - 1 && *q == ' ' &&
        ks_is_upper((unsigned char)q[1]))
      return q + 1;
    if (ks_norm_blood_group(n, p, q)) { /* "type O+": O positive */
      say(n, "positive");
      break;
    }
    /* "C++": plus plus */
    if (q < end && *q == '+' && p > n->s && ks_is_upper((unsigned char)p[-1]) &&
        !(q + 1 < end && ks_is_alnum((unsigned char)q[1]))) {
      say(n, "plus plus");
      q++;
      break;
    }
    if (q < end - 1 && q[0] == '/' && q[1] == '-') { /* "+/- 3 points" */
      /* a hockey table's column of a player's goal differential on the
       * ice, a cell alone beside the table's other counts: "G, A, PTS,
       * +/-, PIM" is plus-minus */
      static const char *const hockey[] = {"PIM", "PTS", "SOG"};
      bool cell = (p == n->s || (p - n->s >= 2 && p[-1] == ' ' && p[-2] == ',')) &&
                  (q + 2 == end || q[2] == ',') &&
                  ks_norm_sentence_has(n, hockey, N_OF(hockey));
      say(n, cell ? "plus-minus" : "plus or minus");
      q += 2;
      break;
    }
    /* "(+R1.47)", "+$2": a rise before an amount with its sign too */
    const char *sa;
    if (!(q < end && (ks_is_digit((unsigned char)*q) || *q == ' ' ||
                      (ks_norm_scan_currency(n->lang, q, end, &sa) &&
                       sa < end && ks_is_digit((unsigned char)*sa)) ||
                      (q + 1 < end && (*q == 'R' || *q == 'N') &&
                       ks_is_digit((unsigned char)q[1])))))
      return NULL;
    if (before_space && (r = golf_score(n, p, q, "over")) != NULL)
      return r;
    if ((r = signed_change(n, p, q, "up")) != NULL)
      return r;
    /* "+29…+31°C": the first of a range's figures, no sign said */
    {
      const char *de = digit_end(q, end);
      if (de > q && !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
          (starts(de, end, "\xE2\x80\xA6+") || starts(de, end, "...+")))
        return q;
    }
    say(n, "plus");
    break;
  case '=':
    say(n, "equals");
    break;
  case '>': /* "temperatures >300 °C": greater than */
  case '<': {
    /* "p<0.001", "P<.001": glued to a variable of one letter too, before
     * a figure or a decimal's stop ("p < .05") */
    bool figure =
        q < end &&
        (ks_is_digit((unsigned char)*q) ||
         (*q == '.' && q + 1 < end && ks_is_digit((unsigned char)q[1])) ||
         (*q == ' ' && q + 1 < end &&
          (ks_is_digit((unsigned char)q[1]) ||
           (q[1] == '.' && q + 2 < end && ks_is_digit((unsigned char)q[2])))));
    if (p - n->s >= 1 && ks_is_alpha((unsigned char)p[-1]) &&
        (p - 1 == n->s || !ks_is_alnum((unsigned char)p[-2])) && q < end &&
        figure && *q != ' ')
      before_space = true;
    /* "lives on <$2 a day", "fees of >£100": before an amount of money
     * too */
    {
      const char *m = q < end - 1 && *q == ' ' ? q + 1 : q, *ca;
      if (!figure && ks_norm_scan_currency(n->lang, m, end, &ca) && ca < end &&
          ks_is_digit((unsigned char)*ca))
        figure = true;
    }
    /* "Homes > Highways", "people > profit": a slogan's preference
     * between two words, spaced, is "over"; not a menu's path ("Settings
     * > Privacy > Cookies", "tap Settings > Privacy") */
    if (*p == '>' && before_space && p - n->s >= 4 &&
        ks_is_alpha((unsigned char)p[-2]) &&
        ks_is_alpha((unsigned char)p[-3]) &&
        ks_is_alpha((unsigned char)p[-4]) && q + 3 < end && *q == ' ' &&
        ks_is_alpha((unsigned char)q[1]) && ks_is_alpha((unsigned char)q[2]) &&
        ks_is_alpha((unsigned char)q[3])) { /* not "x > y" */
      static const char *const menus[] = {"choose", "click",    "go",
                                          "menu",   "navigate", "open",
                                          "select", "settings", "tap"};
      if (!memchr(n->s, '>', (size_t)(p - n->s)) &&
          !memchr(q, '>', (size_t)(end - q)) &&
          !ks_norm_sentence_has(n, menus, N_OF(menus))) {
        say(n, "over");
        return q;
      }
    }
    if (!(before_space && figure))
      return NULL;
    /* "fell by >30%", "in <5% of cases": after a word of prose, an
     * amount, said as speech says it */
    say(n, *p == '>' ? (ks_norm_word_before(n, p, prose, N_OF(prose))
                            ? "more than"
                            : "greater than")
                     : "less than");
    break;
  }
  case '-':
    if (ks_norm_blood_group(n, p, q)) { /* "AB- blood": AB negative */
      say(n, "negative");
      break;
    }
    /* "Santiago.- Motorists using": a dateline's stop and dash, as Latin
     * America's papers write it, after capitalised words that open the
     * sentence: a pause (set BF) */
    if (p - n->s >= 3 && p[-1] == '.' && q < end - 1 && *q == ' ' &&
        ks_is_upper((unsigned char)q[1]) && n->out->len > n->base &&
        n->out->ptr[n->out->len - 1] == '.') {
      const char *w = n->s;
      int words = 0;
      bool caps = true;
      while (w < p - 1 && caps && words <= 4) {
        caps = ks_is_upper((unsigned char)*w);
        while (w < p - 1 && *w != ' ')
          w++;
        words++;
        if (w < p - 1)
          w++;
      }
      /* (a place's name, no initialism's stop: not "The U.S.- China
       * talks") */
      if (caps && words <= 4 && !memchr(n->s, '.', (size_t)(p - 1 - n->s))) {
        ks_buf_truncate(n->out, n->out->len - 1);
        ks_buf_puts(n->out, ",");
        return q;
      }
    }
    /* a minus sign: "-5", "-0.4kg", "-$0.8M" (a change of money), not
     * "covid-19" or "3-4" */
    {
      const char *ca;
      bool money = q < end && !ks_is_alnum((unsigned char)*q) &&
                   ks_norm_scan_currency(n->lang, q, end, &ca) && ca < end &&
                   ks_is_digit((unsigned char)*ca);
      /* (or glued to a zone's code: "GMT-3", "UTC-05:00" are behind it) */
      bool zone = p - n->s >= 3 &&
                  (starts(p - 3, end, "GMT") || starts(p - 3, end, "UTC")) &&
                  (p - n->s == 3 || !ks_is_alpha((unsigned char)p[-4])) &&
                  digit_end(q, end) - q <= 2; /* not "GMT-800", a model */
      if (!(q < end &&
            (ks_is_digit((unsigned char)*q) || money ||
             (*q == '.' && q + 1 < end && ks_is_digit((unsigned char)q[1])))) ||
          !(before_space || (zone && ks_is_digit((unsigned char)*q))))
        return NULL;
      if (zone && !before_space) {
        say(n, "minus");
        break;
      }
    }
    /* "Moreau -9,", "a 66 (-5)": golf's score */
    if ((r = golf_score(n, p, q, "under")) != NULL)
      return r;
    if ((r = signed_change(n, p, q, "down")) != NULL)
      return r;
    /* "sales falling by -36 percent": the fall says the sign already */
    {
      static const char *const falls[] = {
          "contracted", "declined",  "declining", "down",    "dropped",
          "dropping",   "fall",      "fallen",    "falling", "fell",
          "shrank",     "shrinking", "shrunk",    "slid",    "sliding"};
      const char *w, *we, *v, *ve;
      if ((w = ks_norm_prev_word(n, p, &we)) != NULL &&
          eq_ci(w, (size_t)(we - w), "by") &&
          (v = ks_norm_prev_word(n, w, &ve)) != NULL &&
          word_is(v, (size_t)(ve - v), falls, N_OF(falls)))
        return q;
    }
    say(n, "minus");
    break;
  default:
    if ((unsigned char)*p >= 0xC2) {
      uint32_t cp;
      size_t k = ks_utf8_decode(p, (size_t)(end - p), &cp);
      /* "Published:Â Thursday": a no-break space decoded as Latin-1 and
       * encoded again leaves an "Â" before a space; it is not read */
      if (cp == 0xC2 && (p + k >= end || ks_is_space((unsigned char)p[k])) &&
          (p == n->s || !ks_is_alpha((unsigned char)p[-1])))
        return p + k;
      /* "Â£790m": the same with a sign of Latin-1 after it ("£", "°",
       * "©"), the sign itself read as always */
      if (cp == 0xC2 && p + k + 1 < end && (unsigned char)p[k] == 0xC2 &&
          (unsigned char)p[k + 1] >= 0xA0 && (unsigned char)p[k + 1] <= 0xBF)
        return p + k;
      /* "1200 × 150 × 25 mm": a times sign spaced between figures that no
       * rule before read is a size's "by" (a sum's "times" where the
       * sentence equals something) */
      if (cp == 0xD7 && p - n->s >= 2 && p[-1] == ' ' &&
          ks_is_digit((unsigned char)p[-2]) && p + k + 1 < end &&
          p[k] == ' ' && ks_is_digit((unsigned char)p[k + 1])) {
        static const char *const equals[] = {"equals", "makes"};
        say(n, memchr(n->s, '=', (size_t)(end - n->s)) ||
                       ks_norm_sentence_has(n, equals, N_OF(equals))
                   ? "times"
                   : "by");
        return p + k;
      }
      /* "I ❤️ Durban", "I ♥ NY": a heart between "I" or "we" and a
       * word stands for the verb, "love" */
      if ((cp == 0x2764 || cp == 0x2665) && p - n->s >= 2 && p[-1] == ' ') {
        const char *w, *we, *a = p + k;
        if (starts(a, end, "\xEF\xB8\x8F"))
          a += 3; /* the variation selector that asks for a picture */
        if ((w = ks_norm_prev_word(n, p, &we)) != NULL &&
            ((we - w == 1 && *w == 'I') ||
             (we - w == 2 && (w[0] == 'w' || w[0] == 'W') && w[1] == 'e')) &&
            a < end - 1 && *a == ' ' && ks_is_alnum((unsigned char)a[1])) {
          say(n, "love");
          return a;
        }
      }
      /* a dagger before a date is "died" ("† 1743"); elsewhere a mark
       * of a note, not read */
      if (cp == 0x2020 || cp == 0x2021) {
        static const char *const marked[] = {"marked", "the", "with"};
        const char *d = skip_spaces(p + k, end);
        if (cp == 0x2020 && d - (p + k) <= 1 && year_at(d, end))
          say(n, "died");
        else if (after_a(n, p) ||
                 ks_norm_word_before(n, p, marked, N_OF(marked)))
          /* the mark itself: "marked with a †", "players marked ‡" */
          say(n, cp == 0x2020 ? "dagger" : "double dagger");
        return p + k;
      }
      /* "replied with a single 😂 on X", "posted 🐐 alongside": a
       * pictograph standing as the object of the sentence is said
       * (espeak-ng knows their names: "face with tears of joy", "goat");
       * elsewhere it decorates, and is silent */
      /* (a flag is two letters of a region's code: "a
       * \xF0\x9F\x87\xB3\xF0\x9F\x87\xBF flag", New Zealand's; a red heart a
       * dingbat, "a single \xE2\x9D\xA4\xEF\xB8\x8F") */
      size_t k2 = k;
      uint32_t cp2 = 0;
      if (cp >= 0x1F1E6 && cp <= 0x1F1FF && p + k < end &&
          ks_utf8_decode(p + k, (size_t)(end - p - k), &cp2) == 4 &&
          cp2 >= 0x1F1E6 && cp2 <= 0x1F1FF)
        k2 = k + 4;
      /* (a dingbat, "☕", "✓", only as a term of a sum) */
      if ((((cp >= 0x1F300 && cp <= 0x1FAFF) || k2 > k || cp == 0x2764) &&
           before_space && p > n->s && emoji_said(n, p, p + k2)) ||
          (cp >= 0x2600 && cp <= 0x27BF && in_sum(n, p, p + k2))) {
        ks_buf_put(n->out, p, k2);
        return p + k2;
      }
      /* "E♭ major", "F♯ minor": a note's flat or sharp */
      if ((cp == 0x266D || cp == 0x266F) && p > n->s && p[-1] >= 'A' &&
          p[-1] <= 'G' &&
          (p - 1 == n->s || !ks_is_alnum((unsigned char)p[-2]))) {
        say(n, cp == 0x266D ? "flat" : "sharp");
        return p + k;
      }
      /* "▲ 2.3%", "▼0.4": a figure up or down */
      if (((cp >= 0x25B2 && cp <= 0x25B4) || (cp >= 0x25BC && cp <= 0x25BE)) &&
          p + k < end &&
          (ks_is_digit((unsigned char)p[k]) ||
           (p[k] == ' ' && p + k + 1 < end &&
            ks_is_digit((unsigned char)p[k + 1])))) {
        say(n, cp <= 0x25B4 ? "up" : "down");
        if (p[k] != ' ')
          ks_buf_putc(n->out, ' ');
        return p + k;
      }
      /* "√2": root two */
      if (cp == 0x221A) {
        say(n, "root");
        if (p + k < end && ks_is_alpha((unsigned char)p[k]))
          ks_buf_putc(n->out, ' ');
        return p + k;
      }
      if (silent_cp(cp)) {
        if (q - 1 + k < end && p > n->s && ks_is_alnum((unsigned char)p[-1]) &&
            ks_is_alnum((unsigned char)p[k]))
          ks_buf_putc(n->out, ' ');
        return p + k;
      }
      if ((superscript_digit(cp) || cp == 0x207B) && p > n->s &&
          (r = exponent(n, p)) != NULL) {
        q = r;
        break;
      }
      /* a footnote mark glued after a word, a sign or a number that is
       * not a power: "rose 12%³", "in 2019¹" */
      if (superscript_digit(cp) && p - n->s >= 2 &&
          !ks_is_space((unsigned char)p[-1]) &&
          !(ks_is_alpha((unsigned char)p[-1]) &&
            !ks_is_alpha((unsigned char)p[-2])))
        return p + k;
    }
    /* "x ≥ 5": relations between amounts */
    if (before_space && (unsigned char)p[0] == 0xE2 && p + 1 < end &&
        (unsigned char)p[1] == 0x89 && /* U+2240..U+227F */
        (r = say_relation(n, p, end)) != NULL) {
      q = r;
      break;
    }
    /* (signs of more than one byte only: most calls are ASCII's) */
    if ((unsigned char)*p >= 0xC2) {
      /* "(±0.12 °C)": espeak-ng says "plus" */
      if (starts(p, end, "\xC2\xB1")) {
        say(n, "plus or minus");
        q = p + 2;
        break;
      }
      if (starts(p, end, "∼") && p + strlen("∼") < end &&
          ks_is_digit((unsigned char)p[strlen("∼")])) {
        say(n, "about"); /* the tilde operator: "∼100 stars" */
        q = p + strlen("∼");
        break;
      }
      if (starts(p, end, "‰")) { /* "0.2‰": per mille */
        say(n, "per mille");
        q = p + strlen("‰");
        break;
      }
      /* "petrol ↑ 12c": a price or a figure that rose or fell (both arrows
       * are three bytes) */
      if ((starts(p, end, "↑") || starts(p, end, "↓")) && before_space) {
        const char *d = skip_spaces(p + strlen("↑"), end);
        if (d < end && ks_is_digit((unsigned char)*d)) {
          say(n, starts(p, end, "↑") ? "up" : "down");
          q = p + strlen("↑");
          break;
        }
      }
      if (starts(p, end, "→") && before_space) { /* "London → Paris" */
        /* (a path of menus, two arrows or more in a sentence that says
         * where to click: "Go to Settings → Privacy → Location Services",
         * one then the next; "London → Paris → Rome" is a route) */
        static const char *const clicks[] = {
            "Click", "click", "Menu",   "menu",        "navigate", "Navigate",
            "Open",  "open",  "Select", "select",      "Settings", "settings",
            "Tap",   "tap",   "toggle", "Preferences", "Options"};
        int arrows = 0;
        for (const char *a = n->s; a + 3 <= end && arrows < 2; a++)
          arrows += starts(a, end, "→");
        bool path = arrows >= 2 &&
                    ks_norm_find_exact(n, n->s, clicks, N_OF(clicks)) != NULL;
        say(n, path ? "then" : "to");
        q = p + strlen("→");
        break;
      }
      if (starts(p, end, "×")) {
        /* "4m × 3.5m", "3 m × 2 m": a room's measures, one by the other
         * (a number right before it is read with its number; "× 10⁶" is a
         * power's "times") */
        static const char *const sides[] = {"deep", "high",  "long",
                                            "tall", "thick", "wide"};
        const char *d = skip_spaces(p + strlen("×"), end);
        bool unit; /* the unit before it, after its number ("4m", "3 m") */
        /* "70 m long × 0.5 m high": after a side's adjective too */
        bool side = n->prev && n->prev + n->prev_len + 1 == p &&
                    word_is(n->prev, n->prev_len, sides, N_OF(sides));
        if (d < end && ks_is_digit((unsigned char)*d) &&
            (side || (ks_norm_measure_before(n, p, &unit) && unit)) &&
            !(starts(d, end, "10") && d + 2 < end &&
              (d[2] == '^' || (unsigned char)d[2] >= 0x80))) {
          say(n, "by");
          q = p + strlen("×");
          break;
        }
        /* "Dimensions (H × W × D)", "L × W": the letters of an object's
         * sides, one by the other */
        if (before_space && p - n->s >= 2 &&
            ks_is_upper((unsigned char)p[-2]) &&
            (p - n->s == 2 || !ks_is_alnum((unsigned char)p[-3])) &&
            d + 1 <= end && ks_is_upper((unsigned char)*d) &&
            !alnum_at(d + 1, end) && strchr("DHLW", p[-2]) &&
            strchr("DHLW", *d)) {
          say(n, "by");
          q = p + strlen("×");
          break;
        }
        /* "area = length × width": between two words, spaced, "times" */
        if (before_space && d > p + strlen("×") && d < end &&
            ks_is_alpha((unsigned char)*d) && p - n->s >= 2 &&
            ks_is_alpha((unsigned char)p[-2])) {
          say(n, "times");
          q = p + strlen("×");
          break;
        }
      }
      /* "8 ÷ 2": the sign of division, spaced or between figures */
      if (starts(p, end, "÷")) {
        say(n, "divided by");
        q = p + strlen("÷");
        break;
      }
      /* "24 February 2026 • 10:47": a bullet between words, spaced, a
       * separator (a pause; set AW) */
      if (starts(p, end, "\xE2\x80\xA2") && p > n->s && p[-1] == ' ' &&
          p + 3 < end && p[3] == ' ') {
        comma_pause(n);
        q = p + 3;
        break;
      }
      if (starts(p, end, "§")) {
        q = p + strlen("§");
        if (starts(q, end, "§")) {
          say(n, "sections");
          q += strlen("§");
        } else {
          say(n, "section");
        }
        break;
      }
      if (starts(p, end, "−") && ks_norm_blood_group(n, p, p + strlen("−"))) {
        say(n, "negative"); /* "A−", with a minus sign */
        q = p + strlen("−");
        break;
      }
      /* "12 − 4 = 8": a minus sign spaced between figures in a sum (an
       * equals sign or another operator in the sentence; "12 − 4 at
       * half-time" is a score) */
      if (starts(p, end, "−") && p - n->s >= 2 && p[-1] == ' ' &&
          sum_signs(n) && ks_is_digit((unsigned char)p[-2]) &&
          starts(p + strlen("−"), end, " ") && p + strlen("−") + 1 < end &&
          ks_is_digit((unsigned char)p[strlen("−") + 1])) {
        say(n, "minus");
        q = p + strlen("−");
        break;
      }
      if (starts(p, end, "−") && before_space) {
        q = p + strlen("−");
        if ((r = golf_score(n, p, q, "under")) != NULL ||
            (r = signed_change(n, p, q, "down")) != NULL)
          return r;
        if (q < end && ks_is_digit((unsigned char)*q)) {
          say(n, "minus");
          break;
        }
      }
      /* "October 2025–March 2026", "Thursday 6 a.m. – Sunday 6 a.m.": an
       * en dash after a month's year or a clock's "a.m."/"p.m.", before a
       * month's or a day's name, joins a span, "to" (set AY; not "In 2019 –
       * March was wet") */
      if (starts(p, end, "–")) {
        const char *d = p + strlen("–"), *b = p, *we;
        while (b > n->s && b[-1] == ' ')
          b--;
        d = skip_spaces(d, end);
        /* (its month cut short, "Aug. 2025 – Apr. 2026"; a whole date,
         * "October 1, 2025 – May 31, 2026"; or a month alone, "Jul. –
         * Dec. 2027") */
        const char *m = b;
        bool dated = b - n->s >= 6 && ks_is_digit((unsigned char)b[-1]) &&
                     ks_is_digit((unsigned char)b[-4]) &&
                     digit_end(b - 4, end) == b && b[-5] == ' ';
        if (dated) {
          m = b - 5; /* the space before the year */
          if (m - n->s >= 3 && m[-1] == ',' &&
              ks_is_digit((unsigned char)m[-2])) {
            m -= 2;
            while (m > n->s && ks_is_digit((unsigned char)m[-1]))
              m--;
            m = m - n->s >= 2 && m[-1] == ' ' ? m - 1 : n->s;
          }
        }
        /* (a month alone, before another with its day or year: not "23
         * August – August session exam") */
        dated =
            month_ends_at(n, m) &&
            (m != b ||
             (d < end && (we = alpha_end(d, end)) < end - 2 &&
              (*we == '.' ? we[1] == ' ' && ks_is_digit((unsigned char)we[2])
                          : *we == ' ' && ks_is_digit((unsigned char)we[1]))));
        bool clock = b - n->s >= 4 && (starts_ci(b - 4, end, "a.m.") ||
                                       starts_ci(b - 4, end, "p.m."));
        if ((dated || clock) && d < end && ks_is_upper((unsigned char)*d) &&
            (we = alpha_end(d, end)) > d &&
            (ks_norm_month_of(n, d, (size_t)(we - d)) > 0 ||
             ks_norm_weekday_of(n, d, (size_t)(we - d)) > 0)) {
          say(n, "to ");
          return d;
        }
      }
      /* "Change: – 30 cents", "Change: – $5.55": a spaced en dash opening
       * a change's value after its label is a fall, "minus" (set BD) */
      if (starts(p, end, "–") && p - n->s >= 8 &&
          starts(p - 8, end, "Change: ") && starts(p + strlen("–"), end, " ") &&
          p + strlen("–") + 1 < end &&
          (ks_is_digit((unsigned char)p[strlen("–") + 1]) ||
           ks_norm_scan_currency(n->lang, p + strlen("–") + 1, end, &q))) {
        say(n, "minus");
        q = p + strlen("–") + 1;
        break;
      }
      /* "wind chills near –40", "between –35 and –40": an en dash glued to
       * figures after a word (not a number: "2015 –16") is a minus sign */
      if (starts(p, end, "–") && before_space) {
        const char *d = p + strlen("–"); /* the figures, if any */
        const char *b = p - 1;           /* the word before, after its space */
        bool figures = false;
        while (b > n->s && b[-1] != ' ') {
          b--;
          if (ks_is_digit((unsigned char)*b))
            figures = true;
        }
        if (d < end && ks_is_digit((unsigned char)*d) && !figures &&
            !(p - n->s >= 2 && ks_is_digit((unsigned char)p[-2]))) {
          say(n, "minus");
          break;
        }
      }
    } /* the signs of more than one byte */
    if ((q = ks_norm_scan_vulgar(p, end, &fn, &fd))) {
      const char *a;
      /* "2 ½ year low": a whole number, a space, then its fraction */
      if (p - n->s >= 2 && p[-1] == ' ' && ks_is_digit((unsigned char)p[-2]) &&
          n->num_end == p - 1) {
        say(n, "and");
        if (fn == 1 && fd == 2)
          ks_buf_puts(n->out, " a half");
        else {
          ks_buf_putc(n->out, ' ');
          ks_num_fraction(n->out, fn, fd);
        }
        return q;
      }
      /* "a ¼-acre plot", "a ½ mile", "a ¾-length coat": after "a" or
       * "an" the fraction is one measure, "a quarter", "a three-quarter"
       * (not "a one quarter", "a half a mile") */
      /* (its "one" only where the article fits the word, "a quarter",
       * "an eighth"; a fraction above one in the plural but before a
       * hyphen's compound, "a two thirds majority", "a three quarter-
       * length coat"; not before a unit, "a ½ tsp": half a teaspoon) */
      static const char *const articles[] = {"a", "an"};
      const char *ua;
      if (ks_norm_word_before(n, p, articles, N_OF(articles)) &&
          !starts(q, end, " of ") && !starts(q, end, " a ") &&
          !starts(q, end, " an ") &&
          !(!(q < end && *q == '-') && ks_norm_unit_word(n->lang, q, end, &ua))) {
        size_t at;
        bool an = n->prev_len == 2;
        sep(n);
        at = n->out->len;
        ks_num_fraction(n->out, fn, fd);
        if (fn == 1 && n->out->len - at > 4 &&
            !memcmp(n->out->ptr + at, "one ", 4) &&
            an == (n->out->ptr[at + 4] == 'e')) { /* "an eighth" */
          memmove(n->out->ptr + at, n->out->ptr + at + 4,
                  n->out->len - at - 4);
          ks_buf_truncate(n->out, n->out->len - 4);
        } else if (fn > 1 && q < end && *q == '-' &&
                   n->out->ptr[n->out->len - 1] == 's') {
          ks_buf_truncate(n->out, n->out->len - 1);
        }
        return q;
      }
      const struct ks_unit *u = !(p > n->s && p[-1] == '-')
                                    ? ks_norm_unit_word(n->lang, q, end, &a)
                                    : NULL;
      sep(n);
      /* "fall by ½ a percentage point": "half" before its article */
      if (!u && fn == 1 && fd == 2 &&
          (starts(q, end, " a ") || starts(q, end, " an "))) {
        ks_buf_puts(n->out, "half");
        return q;
      }
      /* "½ lb of butter": half a pound; "¾ mi" three quarters of a mile */
      if (u) {
        if (fn == 1 && fd == 2) {
          ks_buf_puts(n->out, "half ");
        } else {
          ks_num_fraction(n->out, fn, fd);
          ks_buf_puts(n->out, " of ");
        }
        ks_buf_puts(n->out, ks_norm_article(u->one));
        ks_buf_putc(n->out, ' ');
        ks_buf_puts(n->out, u->one);
        return a;
      }
      if (!(p > n->s && p[-1] == '-') && ks_norm_measure_noun(n, q, true)) {
        ks_norm_say_part_of(n, fn, fd, q); /* "¾ cup": three quarters of a */
        return q;
      }
      /* "children pay ½ price", "½ inch pieces": half, before a noun;
       * a length alone is half of one ("about ½ inch apart": half an
       * inch) */
      static const char *const lengths[] = {"foot", "inch", "meter", "metre",
                                            "mile"};
      const char *lw, *lwe;
      if (fn == 1 && fd == 2 && q < end - 1 && *q == ' ' &&
          ks_is_lower((unsigned char)q[1]) && ks_norm_noun_after(n, q) &&
          !starts(q, end, " of ")) {
        lw = ks_norm_next_word(n, q, &lwe);
        ks_buf_puts(n->out, "half");
        if (lw && word_is(lw, (size_t)(lwe - lw), lengths, N_OF(lengths)) &&
            !ks_norm_noun_after(n, lwe)) {
          ks_buf_putc(n->out, ' ');
          ks_buf_puts(n->out, ks_norm_article(lw));
        }
        return q;
      }
      ks_num_fraction(n->out, fn, fd);
      return q;
    }
    return NULL;
  }
  if (q < end && alnum_at(q, end))
    ks_buf_putc(n->out, ' ');
  return q;
}

/* A markup tag ("<pitch=-.3>", "</pitch>", "<br/>"): copied as written,
 * so that what is inside it is not read as numbers and symbols. */
const char *ks_norm_rule_markup(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  if (q < end && *q == '/')
    q++;
  if (q >= end || !ks_is_alpha((unsigned char)*q))
    return NULL;
  while (q < end && *q != '>' && *q != '<' && *q != '\n' && q - p < 200)
    q++;
  if (q >= end || *q != '>')
    return NULL;
  /* an HTML tag left in a headline or text ("the <em>Mona Lisa</em>"):
   * espeak-ng would read it ("em ... slash em"), so it goes */
  {
    static const char *const html[] = {"a",   "abbr", "b",     "br",   "cite",
                                       "em",  "i",    "small", "span", "strong",
                                       "sub", "sup",  "u"};
    const char *t = p + 1 + (p[1] == '/'), *te = t;
    while (te < q && ks_is_alpha((unsigned char)*te))
      te++;
    if (word_is(t, (size_t)(te - t), html, N_OF(html))) {
      if (p > n->s && ks_is_alnum((unsigned char)p[-1]) && alnum_at(q + 1, end))
        ks_buf_putc(n->out, ' ');
      return q + 1;
    }
  }
  sep(n);
  ks_buf_put(n->out, p, (size_t)(q + 1 - p));
  return q + 1;
}
