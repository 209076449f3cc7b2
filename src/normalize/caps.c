/* caps.c - words in capitals: spelled as letters, or said as words.
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng guesses from the letters whether a word in capitals is an
 * initialism, and guesses wrong often enough to be heard: "ICC" as "ike",
 * "IMF" as "imf", "AFP" as "afp", "WHO" as "who". A newsreader spells an
 * initialism, says an acronym that is a word ("NATO"), and reads an
 * ordinary word written in capitals for emphasis ("It was NOT") as that
 * word. The language's tables name the words; what is left is decided by
 * length and by whether the letters can be pronounced.
 */
#include "norm.h"

#include <string.h>

/* Consonant clusters that can open or close an English syllable, sorted. */
static const char *const onsets[] = {
    "B",   "BH",  "BL",  "BR",  "C",  "CH", "CHR", "CL",  "CR", "D",   "DH",
    "DR",  "DW",  "F",   "FL",  "FR", "G",  "GH",  "GL",  "GN", "GR",  "GW",
    "H",   "J",   "K",   "KH",  "KL", "KN", "KR",  "KW",  "L",  "M",   "N",
    "P",   "PF",  "PH",  "PL",  "PR", "PS", "Q",   "R",   "RH", "S",   "SC",
    "SCH", "SCR", "SH",  "SHR", "SK", "SL", "SM",  "SN",  "SP", "SPL", "SPR",
    "SQ",  "ST",  "STR", "SV",  "SW", "T",  "TH",  "THR", "TR", "TS",  "TW",
    "V",   "VL",  "W",   "WH",  "WR", "X",  "Y",   "Z",   "ZH"};
static const char *const codas[] = {
    "B",   "BS",  "CH",  "CK",  "CKS", "CT", "CTS", "D",   "DS",  "F",  "FF",
    "FS",  "FT",  "G",   "GH",  "GHT", "GS", "H",   "HN",  "K",   "KS",  "L",  "LD",
    "LDS", "LF",  "LK",  "LL",  "LLS", "LM", "LP",  "LS",  "LT",  "M",  "MB",
    "MP",  "MPS", "MS",  "N",   "NCH", "ND", "NDS", "NG",  "NGS", "NK", "NKS",
    "NS",  "NT",  "NTS", "P",   "PS",  "PT", "R",   "RB",  "RCH", "RD", "RDS",
    "RF",  "RG",  "RK",  "RKS", "RL",  "RM", "RN",  "RNS", "RP",  "RS", "RST",
    "RT",  "RTH", "RTS", "S",   "SH",  "SK", "SM",  "SP",  "SS",  "ST", "STS",
    "T",   "TCH", "TH",  "TS",  "TZ",  "V",  "W",   "WD",  "WDS", "WK", "WKS",
    "WL",  "WLS", "WN",  "WNS", "WS",  "X",  "Z",   "ZZ"};

static bool vowel_at(const char *p, size_t i) {
  char c = p[i];
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' ||
         (c == 'Y' && i > 0 && !vowel_at(p, i - 1));
}

/* Whether consonants between two vowels can end one syllable and open the
 * next: "NT|R" in "CENTRAL" can, "KHS" in "UKHSA" cannot. */
static bool splits(const char *c, size_t len) {
  /* ("H" closes no syllable before "W" or "Y": "UH|WI" is no split,
   * "AH|MED" one) */
  for (size_t j = 0; j <= len; j++)
    if ((j == 0 || (ks_lang_in_list(codas, N_OF(codas), c, j) &&
                    !(j == 1 && c[0] == 'H' && j < len &&
                      (c[1] == 'W' || c[1] == 'Y')))) &&
        (j == len || ks_lang_in_list(onsets, N_OF(onsets), c + j, len - j)))
      return true;
  return false;
}

/* Whether p[0..len) in capitals ends as a place's name does, in a vowel
 * or a single consonant after one, with two vowels or more: "ACCRA",
 * "LAGOS" (not "UNODC", "OHCHR"). */
static bool place_shaped(const char *p, size_t len) {
  size_t vowels = 0;
  for (size_t i = 0; i < len; i++)
    vowels += strchr("AEIOUY", p[i]) != NULL;
  return len >= 4 && vowels >= 2 &&
         (strchr("AEIOU", p[len - 1]) || strchr("AEIOU", p[len - 2]));
}

/* Whether p[0..len) in capitals reads as one English-like word: it opens and
 * closes with clusters English allows, consonants between its vowels split
 * into a close and an open, it has a vowel, and no run of more than three
 * vowels or consonants ("SURRENDER" yes; "NCAA", "UNSC", "UKHSA", "QEUH"
 * no). */
static bool pronounceable(const char *p, size_t len) {
  size_t i = 0, k, run;
  bool any = false;
  /* four letters that open with a doubled vowel but "OO": "EEDI", "AAPI"
   * are letters ("EERIE" a word) */
  if (len == 4 && p[0] == p[1] && strchr("AEIU", p[0]))
    return false;
  /* a last "E" after a stop or "F" and then "M" or "N", which no English
   * word nor name ends in ("UTME"; "TEMPE", "SEVILLE", "CHAMPAGNE",
   * "MELBOURNE" are words) */
  if (len >= 4 && p[len - 1] == 'E' && strchr("BCDFKPT", p[len - 3]) &&
      (p[len - 2] == 'M' || p[len - 2] == 'N'))
    return false;
  /* the country's letters before a consonant: "UKRI", "UKSA" (no English
   * word opens so; "UKIP" and "UKAD" are said as words) */
  if (len >= 4 && p[0] == 'U' && p[1] == 'K' && !vowel_at(p, 2))
    return false;
  /* a Q comes before a U, or an A in a name from Arabic ("QAEDA", and
   * "IRAQ" at the end): "QEUH" is letters, "QUAD" a word */
  for (k = 0; k < len; k++)
    if (p[k] == 'Q' &&
        (k + 1 == len ? k == 0 || p[k - 1] != 'A'
                      : p[k + 1] != 'U' && p[k + 1] != 'A' &&
                            !(p[k + 1] == 'I' && k > 0 && p[k - 1] == 'A')))
      return false; /* "IRAQI" too */
  while (i < len && !vowel_at(p, i))
    i++;
  if (i == len || (i > 0 && !ks_lang_in_list(onsets, N_OF(onsets), p, i)))
    return false;
  while (i < len) {
    for (run = 0; i < len && vowel_at(p, i); i++)
      run++;
    if (run > 3)
      return false;
    any = any || run > 0;
    for (k = i; k < len && !vowel_at(p, k); k++)
      ;
    /* "SM" ends a word only after "I" or "A" ("PRISM", "CHASM"; "DOSM"
     * is letters); a "Y" after a vowel ends one too ("BAY", "KEYS"), not
     * inside it ("EYCI" is letters) */
    if (k == len)
      return k == i ||
             (p[i] == 'Y' && (k - i == 1 || (k - i == 2 && p[i + 1] == 'S'))) ||
             (ks_lang_in_list(codas, N_OF(codas), p + i, k - i) &&
              !(k - i == 2 && p[i] == 'S' && p[i + 1] == 'M' &&
                p[i - 1] != 'I' && p[i - 1] != 'A'));
    if (k - i > 3 || (any && !splits(p + i, k - i)))
      return false;
    i = k;
  }
  return any;
}

/* A place's name in a dateline can be said when its letters can, or
 * would with a doubled letter written once: "ACCRA" as "ACRA" (a doubled
 * "C" parts no syllables in the rule of sounds above). */
static bool place_sayable(const char *p, size_t len) {
  char one[24];
  size_t k = 0;
  if (pronounceable(p, len))
    return true;
  if (len >= sizeof one)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!(i > 0 && p[i] == p[i - 1] && !vowel_at(p, i)))
      one[k++] = p[i];
  /* (five letters or more: "ECCU", "ICCA" are initials) */
  return k < len && len >= 5 && place_shaped(p, len) && pronounceable(one, k);
}

/* Whether letters in any case, up to 16 of them, read as one English-like
 * word (pronounceable above, on their capitals). */
bool ks_norm_sayable(const char *p, size_t len) {
  char up[16];
  if (len == 0 || len > sizeof up)
    return false;
  for (size_t i = 0; i < len; i++)
    up[i] = (char)ks_to_upper((unsigned char)p[i]);
  return pronounceable(up, len);
}

/* Letters in capitals that no word has: no vowel ("NHSGGC"), and no letter
 * three times in a row (a drawn-out "BRRRRR", "SHHHHH" is a word). */
static bool no_word(const char *p, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (vowel_at(p, i) || (i >= 2 && p[i] == p[i - 1] && p[i] == p[i - 2]))
      return false;
  return true;
}

/* The word right before p, one space apart, is in capitals and of two
 * letters or more: a title in capitals inside a sentence ("the special
 * WHAT'S IN IT FOR US?"). */
static bool caps_word_before(const struct norm *n, const char *p) {
  const char *w = n->prev;
  if (!w || w + n->prev_len + 1 != p || n->prev_len < 2)
    return false;
  for (size_t i = 0; i < n->prev_len; i++)
    if (!ks_is_upper((unsigned char)w[i]) && w[i] != '\'')
      return false;
  return true;
}

/* The word right before p takes an object: "FOR US", "LET US". */
static bool object_before(const struct norm *n, const char *p) {
  static const char *const takes[] = {
      "about",   "after",  "against", "among", "at",   "before", "behind",
      "between", "by",     "did",     "do",    "does", "follow", "for",
      "from",    "get",    "give",    "hear",  "help", "in",     "into",
      "join",    "let",    "like",    "make",  "of",   "on",     "protect",
      "save",    "see",    "support", "take",  "tell", "to",     "trust",
      "with",    "without"};
  return ks_norm_word_before(n, p, takes, N_OF(takes));
}

/* "IT" or "US" at p..we, in capitals, is the pronoun: see its caller. */
static bool pronoun_at(const struct norm *n, const char *p, const char *we) {
  static const char *const verbs[] = {
      "can",     "comes", "could",  "depends", "did",     "does",
      "feels",   "gets",  "goes",   "had",     "happens", "has",
      "hurts",   "is",    "isn't",  "keeps",   "looks",   "makes",
      "matters", "may",   "means",  "might",   "must",    "pays",
      "remains", "seems", "should", "shows",   "sounds",  "stays",
      "takes",   "was",   "wasn't", "will",    "works",   "would"};
  static const char *const ends[] = {"again", "all", "and",   "back", "now",
                                     "or",    "out", "today", "too"};
  const char *x, *xe;
  bool object = object_before(n, p);
  x = ks_norm_next_word(n, we, &xe);
  /* after a word that opens a clause, before a verb's "-ed" or one of
   * the verbs below ("AS IT HEADS NORTH", "WHEN IT RAINED"; not "AS IT
   * SYSTEMS FAIL") */
  static const char *const clause[] = {"after", "as",    "because", "before",
                                       "if",    "since", "until",   "when",
                                       "where", "while"};
  /* (the "-s" of verbs that come after a clause's subject, not a
   * plural's, "AS IT BUDGETS SHRINK", "WHEN IT PROJECTS FAIL") */
  static const char *const goes[] = {
      "appears", "arrives", "begins",    "belongs", "closes", "comes",
      "ends",    "faces",   "falls",     "goes",    "grows",  "happens",
      "heads",   "hits",    "leaves",    "looks",   "moves",  "nears",
      "opens",   "rains",   "reopens",   "returns", "rises",  "seems",
      "snows",   "starts",  "struggles", "turns",   "waits"};
  if (p[0] == 'I' && x && xe - x >= 4 &&
      ks_norm_word_before(n, p, clause, N_OF(clause)) &&
      (word_is(x, (size_t)(xe - x), goes, N_OF(goes)) ||
       (xe[-1] == 'D' && xe[-2] == 'E')))
    return true;
  if (p[0] == 'I')
    return object || (x && word_is(x, (size_t)(xe - x), verbs, N_OF(verbs)));
  /* after a verb that takes a person and then goes on ("HELP US FIND
   * OUR DOG", "LET US PRAY", "GIVE US A CHANCE", "JOIN US ON") */
  static const char *const persons[] = {"call", "contact", "email", "give",
                                        "help", "join",    "let",   "show",
                                        "teach", "tell"};
  /* (before what follows the pronoun, an article, a question's word, a
   * preposition or a bare verb; not a noun "US" can qualify, "JOIN US
   * FORCES", "CALL US ELECTION") */
  static const char *const goes_on[] = {
      "a",     "about", "an",      "at",     "be",    "build", "find",
      "fight", "for",   "get",     "go",     "how",   "in",    "keep",
      "know",  "make",  "on",      "out",    "pray",  "protect", "remember",
      "save",  "see",   "the",     "to",     "what",  "where", "who",
      "why",   "win",   "with",    "your"};
  if (ks_norm_word_before(n, p, persons, N_OF(persons)) &&
      (!x || word_is(x, (size_t)(xe - x), goes_on, N_OF(goes_on))))
    return true;
  /* the phrase ends at a stop or a closing quote: "SAVE US" during */
  return object && (!x || word_is(x, (size_t)(xe - x), ends, N_OF(ends)) ||
                    (we < n->end &&
                     (strchr("\"!?.,;:)", *we) || starts(we, n->end, "”"))));
}

/* A sentence written mostly in capitals ("DO NOT ENTER") is shouted: its
 * short words in capitals are words, not initialisms. Decided once. */
static bool shouting(struct norm *n) {
  size_t caps = 0, other = 0;
  const char *p = n->s, *end = n->end;
  if (n->shout)
    return n->shout == 2;
  bool figures = false;
  while (p < end) {
    const char *e;
    bool lower = false;
    if (!ks_is_alpha((unsigned char)*p)) {
      figures = figures || ks_is_digit((unsigned char)*p);
      p++;
      continue;
    }
    for (e = p; e < end && ks_is_alpha((unsigned char)*e); e++)
      lower = lower || ks_is_lower((unsigned char)*e);
    if (e - p >= 2) {
      if (lower)
        other++;
      else
        caps++;
    }
    p = e;
  }
  n->shout = caps >= 3 && other * 4 <= caps ? 2 : 1;
  n->caps_heading = caps >= 2 && other == 0;
  n->caps_figures = figures;
  return n->shout == 2;
}

/* Every word of the sentence in capitals, two or more ("IT HAPPENS"):
 * counted with the shouting test. */
static bool caps_heading(struct norm *n) {
  shouting(n);
  return n->caps_heading;
}

/* True when the sentence has another word than the one at p written as
 * two capitals and small letters ("MErcury ... ENvironment"): an
 * acronym's letters marked inside its words, not a name ("UPenn",
 * "UConn"). */
static bool acronym_words(const struct norm *n, const char *p) {
  for (const char *c = n->s; c + 5 < n->end; c++)
    if (c != p && ks_is_upper((unsigned char)c[0]) &&
        ks_is_upper((unsigned char)c[1]) && ks_is_lower((unsigned char)c[2]) &&
        ks_is_lower((unsigned char)c[3]) && ks_is_lower((unsigned char)c[4]) &&
        ks_is_lower((unsigned char)c[5]) &&
        (c == n->s || !ks_is_alpha((unsigned char)c[-1])))
      return true;
  return false;
}

/* True when p is inside a quotation whose words are all in capitals, three
 * or more: a headline or a motto quoted as printed ("FREDDIE STARR ATE MY
 * HAMSTER", "WHO DARES WINS"), read as words, as espeak-ng reads them. */
static bool quoted_shout(const struct norm *n, const char *p) {
  const char *b = p, *e = p;
  size_t words = 0;
  for (;;) {
    if (b == n->s)
      return false;
    if (b[-1] == '"' || (b - n->s >= 3 && starts(b - 3, n->end, "“")))
      break;
    b--;
    if (ks_is_lower((unsigned char)*b) || p - b > 80)
      return false;
  }
  while (e < n->end && *e != '"' && !starts(e, n->end, "”")) {
    if (ks_is_lower((unsigned char)*e) || e - p > 80)
      return false;
    e++;
  }
  if (e == n->end)
    return false;
  for (const char *c = b; c < e; c++)
    if (ks_is_upper((unsigned char)*c) &&
        (c == b || !ks_is_alpha((unsigned char)c[-1])) && c + 1 < e &&
        ks_is_upper((unsigned char)c[1]))
      words++;
  return words >= 3;
}

/* The sentence opens with words in capitals and a wire's dash or
 * bracket after them: "NEW YORK - Polls close", "NEW ORLEANS (AP) —",
 * with its state or country between ("HALF MOON BAY, Calif. —", "BAY
 * CITY, Mich. (AP) —"); not a heading, "KEY FACTS". */
static bool dateline_dash(const struct norm *n) {
  const char *c = n->s, *end = n->end;
  /* (a possessive's mark inside too: "ST JOHN'S –") */
  while (c < end &&
         (ks_is_upper((unsigned char)*c) ||
          (*c == ' ' && c + 1 < end && ks_is_upper((unsigned char)c[1])) ||
          (*c == '\'' && c > n->s && ks_is_upper((unsigned char)c[-1]) &&
           c + 1 < end && ks_is_upper((unsigned char)c[1])) ||
          (starts(c, end, "\xE2\x80\x99") && c > n->s &&
           ks_is_upper((unsigned char)c[-1]) && c + 3 < end &&
           ks_is_upper((unsigned char)c[3]) && (c += 2))))
    c++;
  if (c > n->s && end - c > 3 && c[0] == ',' && c[1] == ' ' &&
      ks_is_upper((unsigned char)c[2])) {
    c += 2;
    for (int w = 0; w < 3; w++) {
      while (c < end && (ks_is_alpha((unsigned char)*c) || *c == '.'))
        c++;
      if (end - c > 1 && *c == ' ' && ks_is_upper((unsigned char)c[1]))
        c++;
      else
        break;
    }
  }
  return c > n->s &&
         (starts(c, end, " \xE2\x80\x94") || starts(c, end, " \xE2\x80\x93") ||
          starts(c, end, " - ") || starts(c, end, " ("));
}

/* At c, a wire's dash, or its name in brackets and then the dash:
 * " —", " (Reuters) -" (not "CPRE, Natural England (the regulator) and"). */
static bool wire_dash(const char *c, const char *end) {
  if (starts(c, end, " (") && c + 2 < end && ks_is_upper((unsigned char)c[2])) {
    const char *w = c + 2;
    while (w < end && *w != ')' && w - c < 40)
      w++;
    if (w < end && *w == ')')
      c = w + 1;
  }
  return starts(c, end, " \xE2\x80\x94") || starts(c, end, " \xE2\x80\x93") ||
         starts(c, end, " - ");
}

/* True when p..we is in the capitals that open a sentence (a dateline)
 * and a word in capitals that is read as a word (six letters or more, or
 * five that can be pronounced) stands right before or after it, one space
 * apart: "SAN FRANCISCO", "LOS ANGELES" is a place, not an initialism and
 * a word. */
static bool caps_word_beside(const struct norm *n, const char *p,
                             const char *we) {
  const char *end = n->end, *a, *b;
  for (a = n->s; a < p; a++) /* only in a dateline: capitals from the start */
    if (!ks_is_upper((unsigned char)*a) && *a != ' ')
      return false;
  if (we < end - 1 && *we == ' ') {
    a = we + 1;
    for (b = a; b < end && ks_is_upper((unsigned char)*b); b++)
      ;
    if ((b == end || !ks_is_alpha((unsigned char)*b)) &&
        (b - a >= 6 || (b - a == 5 && pronounceable(a, 5))))
      return true;
  }
  if (p - n->s >= 2 && p[-1] == ' ') {
    b = p - 1;
    for (a = b; a > n->s && ks_is_upper((unsigned char)a[-1]); a--)
      ;
    if ((a == n->s || !ks_is_alpha((unsigned char)a[-1])) &&
        (b - a >= 6 || (b - a == 5 && pronounceable(a, 5))))
      return true;
  }
  /* "ACCRA, Ghana —", "LAGOS, Nigeria (Reuters) -": a wire's dateline,
   * one word in capitals first, then its country and the wire's dash or
   * bracket, is a place whatever its letters */
  if (p == n->s && we - p >= 4 && we + 3 < end && we[0] == ',' &&
      we[1] == ' ' && ks_is_upper((unsigned char)we[2])) {
    const char *c = we + 2;
    for (int k = 0; k < 3; k++) {
      c = alpha_end(c, end);
      if (c + 1 < end && *c == ' ' && ks_is_upper((unsigned char)c[1]))
        c++;
      else
        break;
    }
    /* or its date: "ACCRA, March 3 —", a place's name of two vowels or
     * more that ends in a vowel or a single consonant after one (not an
     * agency's "UNODC, June 26 —", "OHCHR, Jan 5 —") */
    if (c + 2 < end && *c == ' ' && ks_is_digit((unsigned char)c[1]) &&
        place_shaped(p, (size_t)(we - p))) {
      const char *d = c + 1;
      while (d < end && ks_is_digit((unsigned char)*d) && d - c < 4)
        d++;
      if (d - c <= 3)
        c = d;
    }
    if (wire_dash(c, end))
      return true;
  }
  /* "DHAKA —", "RIO DE JANEIRO —": a wire's dateline before its dash,
   * words in capitals from the sentence's start that can be said (a short
   * particle among them, "DE", "LA"), four letters or more ("CSIRO —",
   * "UNODC —" stay letters; "ACCRA —" is said, place_sayable) */
  {
    const char *c = n->s;
    size_t letters = 0, k = 0;
    bool said = true;
    while (c < end && ks_is_upper((unsigned char)*c) && said) {
      const char *e = c;
      while (e < end && ks_is_upper((unsigned char)*e))
        e++;
      /* a particle first too, before another word: "LA PAZ", "EL PASO" */
      said = (e - c == 2 &&
              (k > 0 || (end - e > 1 && *e == ' ' &&
                         ks_is_upper((unsigned char)e[1])))) ||
             (e - c >= 3 && place_sayable(c, (size_t)(e - c)));
      letters += (size_t)(e - c);
      k++;
      c = e;
      if (end - c > 1 && *c == ' ' && ks_is_upper((unsigned char)c[1]))
        c++;
    }
    /* (and its country after a comma: "SAN JOSE, Costa Rica (AP) —",
     * "LA PAZ, Bolivia —") */
    if (said && letters >= 4 && we <= c && end - c > 3 && c[0] == ',' &&
        c[1] == ' ' && ks_is_upper((unsigned char)c[2])) {
      c += 2;
      for (int w = 0; w < 3; w++) {
        c = alpha_end(c, end);
        if (c + 1 < end && *c == ' ' && ks_is_upper((unsigned char)c[1]))
          c++;
        else
          break;
      }
    }
    if (said && letters >= 4 && we <= c && wire_dash(c, end))
      return true;
  }
  /* "SAN JOSE, California": a place of two or more short words, each one
   * that can be said, before the comma and a state's name */
  size_t words = 0;
  for (a = n->s; a < end && ks_is_upper((unsigned char)*a);) {
    for (b = a; b < end && ks_is_upper((unsigned char)*b); b++)
      ;
    if (b - a < 3 || !pronounceable(a, (size_t)(b - a)))
      return false;
    words++;
    if (end - b > 1 && *b == ' ' && ks_is_upper((unsigned char)b[1]))
      a = b + 1;
    else
      break;
  }
  if (words < 2 || end - b <= 3 || *b != ',' || b[1] != ' ')
    return false;
  a = b + 2;
  b = alpha_end(a, end);
  /* or a state's abbreviation: "SAN JOSE, Calif." */
  const struct ks_abbrev *st_ab;
  if (b < end && *b == '.' &&
      (st_ab = ks_lang_abbrev(n->lang, a, (size_t)(b - a))) != NULL &&
      (st_ab->flags & KS_AB_PLACE) && !(st_ab->flags & KS_AB_TITLE))
    return true;
  for (size_t i = 0; i < n->lang->n_states; i++) {
    const char *st = n->lang->states[i].spoken, *sp = strchr(st, ' ');
    size_t k = sp ? (size_t)(sp - st) : strlen(st);
    if ((size_t)(b - a) == k && !memcmp(a, st, k))
      return true;
  }
  return false;
}

/* espeak-ng's English word list joins "for a", "of a", "at a", "was a",
 * "not a", "than a" and "that a" into one word, so that after them the letter
 * of "A.I." becomes the article and its stops are read as "dot". A no-break
 * space after the space already written keeps them apart (nothing written is
 * changed, so the anchors stay on whole characters). */
static void keep_letter_a(struct norm *n, const char *p) {
  static const char *const joined[] = {"at",   "for",  "not", "of",
                                       "than", "that", "was"};
  struct ks_buf *o = n->out;
  size_t w;
  if (ks_to_upper((unsigned char)*p) != 'A' || o->len < n->base + 3 ||
      o->ptr[o->len - 1] != ' ')
    return;
  w = o->len - 1;
  while (w > n->base && ks_is_alpha((unsigned char)o->ptr[w - 1]))
    w--;
  for (size_t i = 0; i < N_OF(joined); i++)
    if (strlen(joined[i]) == o->len - 1 - w &&
        ks_mem_eq_ci(o->ptr + w, joined[i], o->len - 1 - w)) {
      ks_buf_puts(o, "\xC2\xA0");
      return;
    }
}

/* The letters of p[0..len), capitals or small as written, said one by one
 * ("I R S"), as espeak-ng reads letters set apart; where eh, an "A" is
 * respelled "eh" (alone, espeak-ng says the article). */
static void letters_apart(struct norm *n, const char *p, size_t len, bool eh) {
  for (size_t i = 0; i < len; i++) {
    if (eh && p[i] == 'A') {
      say_letter_a(n);
      continue;
    }
    sep(n);
    ks_buf_putc(n->out, p[i]);
  }
}

/* Write the letters of p[0..len) as "I.C.C.", the last period left out when
 * a period follows anyway. */
static void spell(struct norm *n, const char *p, size_t len, bool dot_after) {
  sep(n);
  keep_letter_a(n, p);
  /* espeak-ng reads "E.G.M." as "for example M": such a one is left
   * without its stops, which espeak-ng spells too */
  if (len >= 2 && ks_to_upper((unsigned char)p[0]) == 'E' &&
      ks_to_upper((unsigned char)p[1]) == 'G') {
    for (size_t i = 0; i < len; i++)
      ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)p[i]));
    return;
  }
  for (size_t i = 0; i < len; i++) {
    ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)p[i]));
    if (i + 1 < len || !dot_after)
      ks_buf_putc(n->out, '.');
  }
}

/* "the Kenya Rural Roads Authority (KeRRA)": an acronym in mixed case
 * whose small letters are vowels put in to say it, in brackets after
 * the words whose initials its capitals are; said as a word ("Kerra"),
 * where espeak-ng would spell its capitals. */
static const char *said_acronym(struct norm *n, const char *p, const char *we) {
  char caps[8], low[8];
  size_t nc = 0, len = (size_t)(we - p), vowels = 0;
  const char *w, *wend;
  if (len < 4 || len > 7 || p - n->s < 4 || p[-1] != '(' || we >= n->end ||
      *we != ')' || !ks_is_upper((unsigned char)*p))
    return NULL;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)p[i];
    if (ks_is_upper(c))
      caps[nc++] = (char)c;
    else if (strchr("aeiou", c))
      vowels++;
    else
      return NULL;
    low[i] = (char)ks_to_lower(c);
  }
  if (nc < 3 || !vowels)
    return NULL;
  /* the capitals are the initials of the capitalised words before the
   * bracket, in order ("of", "and", "the" between them skipped); a small
   * letter that is a skipped word's initial is that word's ("Ministry of
   * Public Health (MoPH)": spelled, not "Moph") */
  w = p - 1;
  for (size_t k = nc; k > 0;) {
    if ((w = ks_norm_prev_word(n, w, &wend)) == NULL)
      return NULL;
    if (ks_is_lower((unsigned char)*w) && wend - w <= 3) {
      for (size_t i = 1; i < len; i++)
        if (p[i] == *w) /* a small letter as written */
          return NULL;
      continue;
    }
    if (*w != caps[--k])
      return NULL;
  }
  sep(n);
  ks_buf_putc(n->out, *p);
  ks_buf_put(n->out, low + 1, len - 1);
  return we;
}

/* "IoT", "DoJ", "MoUs": an initialism of three letters with "o" for "of"
 * or "on" in small letters, spelled ("ee-oh-tee" otherwise); and one of
 * three or four with "f" for "for" ("AfDB", the African Development Bank:
 * "af-dee-bee" otherwise; "DfE"). Four with an "o" are names said as
 * words ("MoMA", "LoRA"). */
static const char *small_o(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  size_t len = (size_t)(we - p), caps = len;
  if (len >= 4 && p[len - 1] == 's')
    caps--; /* a plural: "MoUs" */
  /* (five to seven letters after a ministry's "Mo", "Ministry of", whose
   * capitals no word would say: "MoHSS", set BE; not "MoDOT", "MoPOP",
   * said as words; four are a name said as a word, "MoMA", "LoRA", and so
   * are "NoSQL", "CoGTA") */
  /* (four too whose "o" a capital "E" or "I" follows, which no word
   * would say so: "CoES", "MoEF", set BE; not "CoAP", said as a word) */
  if (caps < 3 ||
      (caps > (p[1] == 'f' ? 4u : 3u) &&
       !(caps >= 5 && caps <= 7 && p[0] == 'M' && p[1] == 'o' &&
         !pronounceable(p + 2, caps - 2)) &&
       !(caps == 4 && p[1] == 'o' && (p[2] == 'E' || p[2] == 'I'))) ||
      !ks_is_upper((unsigned char)p[0]) || (p[1] != 'o' && p[1] != 'f'))
    return NULL;
  for (size_t i = 2; i < caps; i++)
    if (!ks_is_upper((unsigned char)p[i]))
      return NULL;
  if ((p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.')) ||
      (we < end && (ks_is_alnum((unsigned char)*we) || *we == '-')))
    return NULL;
  spell(n, p, caps, we < end && (*we == '.' || *we == ':'));
  if (caps < len) {
    ks_buf_puts(n->out, "'s");
  }
  return we;
}

/* "FBiH", "GBoS": an initialism whose small "i" or "o", after two
 * capitals at least, stands alone between its capitals (a joining
 * word's initial: "i" for Bosnian "and", "o" for "of"), spelled as it is
 * written; espeak-ng would say "Bi" as "bye" (round 44, set BC). Not four
 * letters with its "o" second, a name said as a word ("MoMA", "LoRA",
 * small_o). */
static const char *mixed_initialism(struct norm *n, const char *p,
                                    const char *we) {
  const char *end = n->end;
  size_t len = (size_t)(we - p), caps = 0;
  if (len < 3 || len > 7 || !ks_is_upper((unsigned char)p[0]) ||
      !ks_is_upper((unsigned char)p[len - 1]) ||
      (len == 4 && p[1] == 'o' && ks_is_upper((unsigned char)p[2])) ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.')) ||
      (we < end && (ks_is_alnum((unsigned char)*we) || *we == '-')))
    return NULL;
  for (size_t i = 0; i < len; i++) {
    if (ks_is_upper((unsigned char)p[i]))
      caps++;
    else if ((p[i] != 'i' && p[i] != 'o') || i < 2 ||
             !ks_is_upper((unsigned char)p[i + 1]) ||
             !ks_is_upper((unsigned char)p[i - 1]))
      return NULL; /* (an "a" or a "y" makes a name: "GaN", "MySQL"; so
                    * does a first capital and its small letter, a word's
                    * opening: "NoSQL", "BiPAP", "MiFID", "CoGTA") */
  }
  /* (three capitals at least: "ZiG", Zimbabwe's gold, is a word; "BiH"
   * is in voices/en.lex) */
  if (caps < 3 || caps == len)
    return NULL;
  spell(n, p, len, we < end && (*we == '.' || *we == ':'));
  return we;
}

/* A word of two or more capitals right before or after p..we, one space
 * apart: "NEW YORK", a heading in capitals. */
static bool caps_next_to(const struct norm *n, const char *p, const char *we) {
  const char *end = n->end, *a, *b;
  if (we < end - 2 && *we == ' ' && ks_is_upper((unsigned char)we[1]) &&
      ks_is_upper((unsigned char)we[2]))
    return true;
  if (p - n->s < 3 || p[-1] != ' ')
    return false;
  b = p - 1;
  a = b;
  while (a > n->s && ks_is_alpha((unsigned char)a[-1]))
    a--;
  /* "8GB RAM": a unit glued to its number is no word in capitals */
  if (b - a < 2 || (a > n->s && ks_is_digit((unsigned char)a[-1])) ||
      (a - n->s >= 2 && a[-1] == ' ' && ks_is_digit((unsigned char)a[-2])))
    return false;
  for (const char *c = a; c < b; c++)
    if (!ks_is_upper((unsigned char)*c))
      return false;
  return true;
}

/* True when p..we stands in a run of three or more words in capitals, one
 * space apart, whose other words are words too: short ones said as words
 * (caps_words) or longer ones that can be pronounced and are not spelled
 * ("NO MORE WAR", "PRIVATE PROPERTY KEEP OUT"). A slogan or a sign quoted
 * without quotation marks, not a row of initialisms ("FBI CIA NSA"). */
static bool caps_words_run(const struct norm *n, const char *p,
                           const char *we) {
  const struct ks_lang *lang = n->lang;
  const char *a = p, *b = we, *c, *e;
  size_t words = 1;
  while (a - n->s >= 3 && a[-1] == ' ' && ks_is_upper((unsigned char)a[-2])) {
    for (c = a - 1; c > n->s && ks_is_upper((unsigned char)c[-1]); c--)
      ;
    if ((c > n->s && ks_is_alnum((unsigned char)c[-1])) || a - 1 - c < 2)
      break;
    a = c;
  }
  while (b < n->end - 2 && *b == ' ' && ks_is_upper((unsigned char)b[1])) {
    for (e = b + 1; e < n->end && ks_is_upper((unsigned char)*e); e++)
      ;
    if ((e < n->end && ks_is_alnum((unsigned char)*e)) || e - b - 1 < 2)
      break;
    b = e;
  }
  for (c = a; c < b; c = e + 1) {
    for (e = c; e < b && *e != ' '; e++)
      ;
    if (c == p)
      continue;
    size_t len = (size_t)(e - c);
    if (!ks_lang_in_list(lang->caps_words, lang->n_caps_words, c, len) &&
        (len < 4 || !pronounceable(c, len) ||
         ks_lang_in_list(lang->caps_letters, lang->n_caps_letters, c, len)))
      return false;
    words++;
  }
  return words >= 3;
}

/* Initials joined by an ampersand, "AT&T", "Texas A&M", "R&D": the letters
 * and "and" (espeak-ng alone says a weak "n" for the sign), joined by
 * hyphens ("A.T.-and-T."): espeak-ng pauses before a free-standing "and"
 * after a letter. */
static const char *ampersand(struct norm *n, const char *p) {
  const char *end = n->end, *a = p, *b;
  while (a < end && ks_is_upper((unsigned char)*a))
    a++;
  if (a - p > 3 || a >= end - 1 || *a != '&' ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  for (b = a + 1; b < end && ks_is_upper((unsigned char)*b); b++)
    ;
  if (b == a + 1 || b - a - 1 > 3 ||
      (b < end && ks_is_alnum((unsigned char)*b)))
    return NULL;
  /* one letter goes without its stop: after "at" (see keep_letter_a)
   * espeak-ng reads "A.-and-" as "A dot and" */
  spell(n, p, (size_t)(a - p), a - p == 1);
  ks_buf_puts(n->out, "-and-");
  if (b == a + 2 && a[1] == 'A' && !starts(b, end, "'")) {
    /* "Q&A": after "and" espeak-ng reads "A." as the article; with a
     * hyphen after it, as the letter */
    ks_buf_puts(n->out, "A-");
    return b;
  }
  /* the last letter's stop, unless a stop, a dash or a possessive
   * follows ("S&P—the", "AT&T's": espeak-ng says "dot" for a stop before
   * a dash or an apostrophe), or a comma ("R&D, more": after the stop
   * espeak-ng makes no pause at the comma) */
  /* (a possessive's "'s", not a closing quote: "'M&A'") */
  size_t ap = starts(b, end, "\xE2\x80\x99") ? 3 : b < end && *b == '\'' ? 1 : 0;
  bool poss = ap && b + ap < end && b[ap] == 's' && !alnum_at(b + ap + 1, end);
  for (const char *c = a + 1; c < b; c++) {
    ks_buf_putc(n->out, *c);
    if (c + 1 < b ||
        !(b < end &&
          (*b == '.' || poss || *b == ',' || *b == ';' ||
           starts(b, end, "\xE2\x80\x94") || starts(b, end, "\xE2\x80\x93"))))
      ks_buf_putc(n->out, '.');
  }
  /* "the S&P/ASX 200": an index's two owners, the slash unsaid */
  if (b < end - 1 && *b == '/' && ks_is_upper((unsigned char)b[1]) &&
      b + 2 < end && ks_is_upper((unsigned char)b[2]) &&
      !ks_is_lower((unsigned char)alpha_end(b + 1, end)[-1]))
    return b + 1; /* not "AT&T/Time Warner" */
  return b;
}

/* A broadcaster's call letters: four capitals from K or W after
 * "station" or before "-TV", "-FM", "-AM" ("station WAGA", "WABC-TV"),
 * spelled even when they could be said as a word. */
static bool call_letters(const struct norm *n, const char *p, size_t len,
                         const char *we) {
  static const char *const before[] = {"station", "stations", "affiliate"};
  const char *end = n->end;
  if (len != 4 || (p[0] != 'K' && p[0] != 'W'))
    return false;
  return ks_norm_word_before(n, p, before, N_OF(before)) ||
         starts(we, end, "-TV") || starts(we, end, "-FM") ||
         starts(we, end, "-AM");
}

bool ks_norm_element(const char *p, size_t len) {
  static const char *const symbols[] = {
      "Ag", "Al", "Ar", "As", "Au", "B",  "Ba", "Be", "Bi", "Br", "C",  "Ca",
      "Cd", "Ce", "Cl", "Co", "Cr", "Cs", "Cu", "F",  "Fe", "Ga", "Ge", "H",
      "He", "Hg", "I",  "In", "Ir", "K",  "Kr", "Li", "Mg", "Mn", "Mo", "N",
      "Na", "Nb", "Ne", "Ni", "O",  "Os", "P",  "Pb", "Pd", "Pt", "Pu", "Ra",
      "Rb", "Rh", "Rn", "Ru", "S",  "Sb", "Sc", "Se", "Si", "Sn", "Sr", "Ta",
      "Te", "Th", "Ti", "Tl", "U",  "V",  "W",  "Xe", "Y",  "Zn", "Zr"};
  for (size_t i = 0; i < N_OF(symbols); i++)
    if (symbols[i][0] == p[0] &&
        (len == 1 ? !symbols[i][1] : symbols[i][1] == p[1] && !symbols[i][2]))
      return true;
  return false;
}

/* "S&P" in the sentence: a ratings agency named. */
static bool has_sp(const struct norm *n) {
  for (const char *c = n->s; c + 3 <= n->end; c++)
    if (!memcmp(c, "S&P", 3))
      return true;
  return false;
}

/* "cut to BBB+ from A-", "its AA- rating", "AAA bonds": a credit rating,
 * as markets say it ("triple B plus", "A minus", "double A minus"). A
 * letter's run of two, or one alone with its sign, only in a sentence
 * about credit ("AA meetings" are Alcoholics Anonymous); "AAA" always. */
static const char *rating(struct norm *n, const char *p, const char *we) {
  static const char *const credit[] = {
      "bond",       "bonds",   "credit",  "debt",    "downgrade",
      "downgraded", "Fitch",   "grade",   "Moody",   "rated",
      "rating",     "ratings", "upgrade", "upgraded"};
  static const char *const counts[] = {"", "", "double ", "triple "};
  const char *end = n->end, *e = we;
  size_t len = (size_t)(we - p);
  char sign = 0;
  if (len > 3 || (*p != 'A' && *p != 'B' && *p != 'C') ||
      (p > n->s && !ks_is_space((unsigned char)p[-1]) && p[-1] != '(' &&
       p[-1] != '"'))
    return NULL;
  for (size_t i = 1; i < len; i++)
    if (p[i] != *p)
      return NULL;
  if (e < end && (*e == '+' || *e == '-') && !alnum_at(e + 1, end))
    sign = *e++;
  /* an energy label's "A+++", "A++": triple plus, double plus */
  int pluses = sign == '+' ? 1 : 0;
  while (pluses && pluses < 3 && e < end && *e == '+' && len == 1 &&
         *p == 'A') { /* not "C++", a language */
    pluses++;
    e++;
  }
  if (alnum_at(e, end) || (e < end && (*e == '-' || *e == '/' || *e == '+')))
    return NULL;
  /* a school's grade too: "got an A-", "a B+ average" */
  static const char *const graded[] = {"a", "an", "got", "the"};
  if (!(len == 3 && *p == 'A') && pluses < 2 &&
      !((sign || len > 1) &&
        (ks_norm_sentence_has(n, credit, N_OF(credit)) || has_sp(n))) &&
      !(sign && len == 1 && ks_norm_word_before(n, p, graded, N_OF(graded))))
    return NULL;
  if (len == 1 && !sign)
    return NULL;
  sep(n);
  ks_buf_puts(n->out, counts[len]);
  if (*p == 'A')
    say_letter_a(n);
  else
    ks_buf_putc(n->out, *p);
  if (sign)
    ks_buf_puts(n->out, pluses == 3   ? " triple plus"
                        : pluses == 2 ? " double plus"
                        : sign == '+' ? " plus"
                                      : " minus");
  return e;
}

/* "43 km SW of Wellington": a point of the compass between a distance
 * and "of", in words ("south-west"); so is one the wind blows from. */
static const char *bearing(struct norm *n, const char *p, const char *we) {
  static const struct ks_pair points[] = {{"E", "east"},
                                          {"ENE", "east-north-east"},
                                          {"ESE", "east-south-east"},
                                          {"N", "north"},
                                          {"NE", "north-east"},
                                          {"NNE", "north-north-east"},
                                          {"NNW", "north-north-west"},
                                          {"NW", "north-west"},
                                          {"S", "south"},
                                          {"SE", "south-east"},
                                          {"SSE", "south-south-east"},
                                          {"SSW", "south-south-west"},
                                          {"SW", "south-west"},
                                          {"W", "west"},
                                          {"WNW", "west-north-west"},
                                          {"WSW", "west-south-west"}};
  bool unit = false;
  /* "1600 Pennsylvania Avenue NW": a city's quarter after a street's
   * name, "northwest" */
  if (we - p == 2 && (p[0] == 'N' || p[0] == 'S') &&
      (p[1] == 'E' || p[1] == 'W') && !alnum_at(we, n->end) && n->prev &&
      n->prev + n->prev_len + 1 == p &&
      ks_lang_street_type(n->lang, n->prev, n->prev_len)) {
    sep(n);
    ks_buf_puts(n->out, p[0] == 'N' ? "north" : "south");
    ks_buf_puts(n->out, p[1] == 'E' ? "east" : "west");
    return we;
  }
  /* "E. Sussex", "S. America": a compass letter and its stop before a
   * place it names a part of */
  /* (not the last letter of a dotted initialism: "the U.S. Coast Guard") */
  /* ("W Cape", "N Korea" without the stop, as headlines and tables write
   * them) */
  /* (without it, not after a capitalised name: "Jane S Ireland" is an
   * initial) */
  size_t stop = we < n->end && we[0] == '.' ? 1 : 0;
  if (we - p == 1 && strchr("NSEW", *p) && n->lang->compass_places &&
      we + stop + 1 < n->end && we[stop] == ' ' &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.')) &&
      !(!stop && n->prev && n->prev + n->prev_len + 1 == p &&
        ks_is_upper((unsigned char)*n->prev) && n->prev != n->s)) {
    const char *x = we + stop + 1, *xe = alpha_end(x, n->end);
    if (ks_lang_in_list(n->lang->compass_places, n->lang->n_compass_places, x,
                        (size_t)(xe - x))) {
      /* "W. Cape": the province's name takes the adjective, "Western" */
      if (xe - x == 4 && !memcmp(x, "Cape", 4))
        say(n, *p == 'N'   ? "Northern"
               : *p == 'S' ? "Southern"
               : *p == 'E' ? "Eastern"
                           : "Western");
      else
        say(n, n->lang->compass[strchr("NSEW", *p) - "NSEW"]);
      return we + stop;
    }
  }
  /* "in NE Tanzania", "across SW France": a region's point of the
   * compass before a place's name ("north-east"); not a state's code
   * before its zip ("Lincoln, NE 68508") */
  if (we - p == 2 && (p[0] == 'N' || p[0] == 'S') &&
      (p[1] == 'E' || p[1] == 'W') && we + 2 < n->end && *we == ' ' &&
      ks_is_upper((unsigned char)we[1]) && ks_is_lower((unsigned char)we[2]) &&
      n->prev && n->prev + n->prev_len + 1 == p) {
    static const char *const before[] = {"across",     "and", "from", "in",
                                         "into",       "of",  "over", "through",
                                         "throughout", "to"};
    if (word_is(n->prev, n->prev_len, before, N_OF(before))) {
      sep(n);
      ks_buf_puts(n->out, p[0] == 'N' ? "north-" : "south-");
      ks_buf_puts(n->out, p[1] == 'E' ? "east" : "west");
      return we;
    }
  }
  /* "Gusts from the WSW", "a NE wind": in a sentence about the wind,
   * from or to the point, or before "wind" (not "An SSE spokesperson",
   * "on the SSE", "the NE Patriots") */
  static const char *const winds[] = {"blowing", "breeze", "gust",
                                      "gusts",   "wind",   "winds"};
  static const char *const from[] = {"from", "to"};
  static const char *const the[] = {"the"};
  bool wind =
      we - p >= 2 && we - p <= 3 && strchr("NSEW", p[0]) &&
      strchr("NSEW", p[1]) &&
      !(we < n->end - 1 && *we == ' ' && ks_is_upper((unsigned char)we[1])) &&
      ks_norm_sentence_has(n, winds, N_OF(winds)) &&
      ((ks_norm_word_before(n, p, the, N_OF(the)) &&
        ks_norm_word_within(n, n->prev, 1, from, N_OF(from))) ||
       ks_norm_next_is(n, we, winds, N_OF(winds)));
  if (!wind && (we - p > 3 || !starts(we, n->end, " of ") ||
                !ks_norm_measure_before(n, p, &unit) || !unit))
    return NULL;
  for (size_t i = 0; i < N_OF(points); i++)
    if (strlen(points[i].written) == (size_t)(we - p) &&
        !memcmp(points[i].written, p, (size_t)(we - p))) {
      say(n, points[i].spoken);
      return we;
    }
  return NULL;
}

/* "SO2", "CaCO3", "H2SO4": a formula of two elements or more with a
 * count, its letters spelled and its counts said ("S O two"; "SO" alone
 * would be the word). Without a digit it is left: "NaCl" may be a name. */
/* Length of the element's symbol that opens q ("Na" 2, "C" 1; "Cx" 1,
 * "C" then a letter of no symbol), or 0. */
static size_t element_at(const char *q, const char *end) {
  size_t k = q + 1 < end && ks_is_lower((unsigned char)q[1]) ? 2 : 1;
  if (ks_norm_element(q, k))
    return k;
  return k == 2 && ks_norm_element(q, 1) ? 1 : 0;
}

static const char *formula(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *run = p;
  size_t elements = 0, counts = 0, last_count = 0;
  bool digit = false;
  if (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-'))
    return NULL;
  /* most words have no digit: leave them at once */
  for (const char *c = p; c < end && ks_is_alnum((unsigned char)*c) && !digit;
       c++)
    digit = ks_is_digit((unsigned char)*c);
  if (!digit)
    return NULL;
  digit = false;
  while (q < end && ks_is_upper((unsigned char)*q)) {
    size_t k = element_at(q, end);
    if (k == 0)
      return NULL;
    q += k;
    elements++;
    const char *d = q;
    for (; q < end && ks_is_digit((unsigned char)*q); q++)
      if (q - d == 2)
        return NULL; /* a count has one or two digits: not "FY2025" */
      else
        digit = true;
    if (q > d) {
      counts++;
      last_count = (size_t)(q - d);
    }
  }
  /* "COP29": letters that spell symbols, then one count of two figures
   * only, are a name and its number (a formula's count of ten or more
   * follows an element among others: "C6H12O6") */
  if (counts == 1 && last_count == 2)
    return NULL;
  /* "CO2e": a gas's warming as its equivalent of carbon dioxide */
  bool eq = q < end && *q == 'e' && !alnum_at(q + 1, end) &&
            !(q + 1 < end && q[1] == '-');
  if (!digit || elements < 2 ||
      (!eq && q < end &&
       (ks_is_alnum((unsigned char)*q) || *q == '-' ||
        (unsigned char)*q >= 0x80)))
    return NULL;
  sep(n);
  while (run < q) {
    const char *e = run, *d;
    bool a = false;
    for (; e < q && !ks_is_digit((unsigned char)*e); e++)
      if (ks_to_upper((unsigned char)*e) == 'A')
        a = true;
    if (run > p)
      ks_buf_putc(n->out, ' ');
    for (const char *c = run; c < e; c++) {
      if (c > run && !a)
        ks_buf_putc(n->out, ' ');
      ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*c));
      if (a)
        ks_buf_putc(n->out, '.');
    }
    for (d = e; d < q && ks_is_digit((unsigned char)*d); d++)
      ;
    if (d > e) {
      ks_buf_putc(n->out, ' ');
      ks_num_cardinal(n->out, small_val(e, d));
    }
    run = d;
  }
  if (eq) {
    ks_buf_puts(n->out, " equivalent");
    return q + 1;
  }
  return q;
}

/* The subscript digit at p ("₂" is E2 82 82), its value in *d. */
static bool subscript_at(const char *p, const char *end, unsigned *d) {
  if (end - p < 3 || (unsigned char)p[0] != 0xE2 ||
      (unsigned char)p[1] != 0x82 || (unsigned char)p[2] < 0x80 ||
      (unsigned char)p[2] > 0x89)
    return false;
  *d = (unsigned char)p[2] - 0x80;
  return true;
}

/* "H₂O", "CO₂", "CH₄": a formula written with subscripts, its elements
 * spelled and each count said ("H two O"). */
static const char *sub_formula(struct norm *n, const char *p) {
  const char *end = n->end, *q = p;
  unsigned d;
  bool sub = false;
  /* most words have no subscript: leave them at once */
  while (q < end &&
         (ks_is_alnum((unsigned char)*q) || (unsigned char)*q == 0xE2) &&
         !subscript_at(q, end, &d))
    q++;
  if (!subscript_at(q, end, &d))
    return NULL;
  q = p;
  while (q < end && ks_is_upper((unsigned char)*q)) {
    size_t k = element_at(q, end);
    if (k == 0)
      return NULL;
    q += k;
    while (subscript_at(q, end, &d)) {
      sub = true;
      q += 3;
    }
  }
  bool eq = q < end && *q == 'e' && !alnum_at(q + 1, end) &&
            !(q + 1 < end && q[1] == '-'); /* "CO₂e" */
  if (!sub || q == p ||
      (!eq && q < end &&
       (ks_is_alnum((unsigned char)*q) || *q == '-' ||
        ((unsigned char)*q >= 0x80 && !starts(q, end, "’")))))
    return NULL;
  sep(n);
  for (const char *c = p; c < q;) {
    unsigned v = 0;
    if (c > p)
      ks_buf_putc(n->out, ' ');
    if (!subscript_at(c, q, &d)) {
      ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*c));
      c++;
      continue;
    }
    for (; subscript_at(c, q, &d) && v < 1000; c += 3) /* a count's digits */
      v = v * 10 + d;
    ks_num_cardinal(n->out, v);
  }
  if (eq) {
    ks_buf_puts(n->out, " equivalent");
    return q + 1;
  }
  return q;
}

/* An apostrophe and a small "s" at p: a possessive, cheaply. */
static bool possessive_at(const char *p, const char *end) {
  return starts(p, end, "'s") || starts(p, end, "’s");
}

/* "ROMs", "JPEGs": the plural of capitals said as a word, which espeak-ng
 * says without its "s", written as a name's ("Roms"); not in a heading or
 * a sentence in capitals. p..ue the capitals, ue..we the "s". */
static const char *word_plural(struct norm *n, const char *p, const char *ue,
                               const char *we) {
  if (we - ue != 1 || *ue != 's' || shouting(n) || caps_next_to(n, p, we))
    return NULL;
  sep(n);
  if (ue - p == 2 && p[0] == 'O' && p[1] == 'K') { /* "Council OKs plan" */
    ks_buf_puts(n->out, "okays");
    return we;
  }
  ks_buf_putc(n->out, *p);
  for (const char *c = p + 1; c < ue; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  ks_buf_putc(n->out, 's');
  return we;
}

/* "NASA's": a word in capitals said as a word, before a possessive. espeak-ng
 * drops the "s" after capitals ("NASA's" is heard "NASA"), so the word is
 * written as a name is ("Nasa's"). A possessive is at ue (possessive_at);
 * NULL when a word goes on after its "s". */
static const char *caps_possessive(struct norm *n, const char *p,
                                   const char *ue) {
  const char *end = n->end, *e = ue + (*ue == '\'' ? 2 : strlen("’s"));
  if (e < end && ks_is_alnum((unsigned char)*e))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, (char)*p);
  for (const char *c = p + 1; c < ue; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  ks_buf_puts(n->out, "'s");
  return e;
}

/* The sentence is in sentence case: it has a word in small letters that
 * a headline in title case would not leave small ("Plan A into action",
 * not "Bites A Dog"). */
static bool sentence_case(const struct norm *n) {
  static const char *const small[] = {
      "a",    "an", "and",  "as",   "at",  "but", "by",  "for",
      "from", "in", "into", "nor",  "of",  "on",  "or",  "over",
      "the",  "to", "up",   "upon", "via", "vs",  "with"};
  for (const char *c = n->s; c < n->end; c++) {
    const char *e;
    if (!ks_is_lower((unsigned char)*c) ||
        (c > n->s && ks_is_alpha((unsigned char)c[-1])))
      continue;
    e = alpha_end(c, n->end);
    if (!word_is(c, (size_t)(e - c), small, N_OF(small)))
      return true;
    c = e - 1;
  }
  return false;
}

/* "Put Plan A into action", "Vitamin A deficiency", "point A, then", "got
 * an A.": a capital A alone inside a sentence in sentence case is the
 * letter, respelled "eh" (espeak-ng says the article, with its stop too),
 * after a word that names things by letters or before a comma or the end;
 * not first, nor after a colon, a quotation mark, a bracket or a dash, nor
 * among capitals, nor before a capitalised word ("Shine A Light"), nor
 * after a kicker or a credit run into the text ("Reuters A police
 * officer"). A middle initial with its stop is read in words.c. */
static const char *letter_a(struct norm *n, const char *p, const char *we) {
  static const char *const namers[] = {
      "an",       "annex",    "appendix", "band",     "battery",  "block",
      "building", "category", "class",    "company",  "division", "exhibit",
      "exit",     "floor",    "formula",  "gate",     "grade",    "group",
      "hepatitis", "junior",  "lane",     "league",   "level",    "lot",
      "mr",       "mrs",
      "ms",       "option",   "part",     "phase",    "pier",     "plan",
      "platform", "platoon",  "point",    "points",   "pool",     "round",
      "route",    "row",      "schedule", "section",  "senior",   "serie",
      "series",
      "side",     "squad",    "squadron", "stage",    "team",     "terminal",
      "tier",     "tower",    "track",    "troop",    "type",     "unit",
      "vitamin",  "ward",     "wing",     "witness",  "zone"};
  const char *end = n->end, *w = n->prev;
  if (*p != 'A' || we != p + 1 || p - n->s < 2 || p[-1] != ' ' ||
      !ks_is_alpha((unsigned char)p[-2]) || !w || w + n->prev_len + 1 != p ||
      (n->prev_len > 1 && ks_is_upper((unsigned char)w[1])))
    return NULL;
  /* never before a capitalised word, nor glued to digits ("an A17 chip"),
   * nor an initial's stop before another ("senior A.J. Johnson") */
  if (alnum_at(we, end) ||
      (we < end - 1 && *we == '.' && ks_is_alpha((unsigned char)we[1])) ||
      (we < end - 1 && *we == ' ' && !ks_is_lower((unsigned char)we[1])))
    return NULL;
  /* after a word that names by letters ("three A levels" too), or the
   * letter's own end ("an A.", "point A,") */
  if (!(word_is(w, n->prev_len, namers, N_OF(namers)) ||
        (we < end - 1 && *we == ' ' && starts_ci(we + 1, end, "level")) ||
        /* "in Bands A to C": a span of letters */
        (starts(we, end, " to ") && we + 4 < end &&
         ks_is_upper((unsigned char)we[4]) && !alnum_at(we + 5, end)) ||
        we == end || *we == ',' || *we == ';' || *we == ')' ||
        (*we == '.' && skip_spaces(we + 1, end) == end)))
    return NULL;
  if (!sentence_case(n))
    return NULL;
  say_letter_a(n);
  return we;
}

/* "RE 'All in good crap'", "RE: your letter": a reply's "re", first in
 * its line before the title it answers, said as the word ("ree") */
static const char *reply_re(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  if (p != n->s || we != p + 2 || p[0] != 'R' || p[1] != 'E' || we >= end ||
      !(*we == ':' || starts(we, end, " '") || starts(we, end, " \"") ||
        starts(we, end, " ‘") || starts(we, end, " “")))
    return NULL;
  say(n, "Re");
  return we;
}

/* " or larger", " or greater", " or higher", " or above", " or
 * stronger" at q: a threshold's words after a figure. */
static bool or_larger(const char *q, const char *end) {
  static const char *const more[] = {"above", "greater", "higher", "larger",
                                     "stronger"};
  const char *w;
  if (!starts(q, end, " or "))
    return false;
  w = q + 4;
  return word_is(w, (size_t)(alpha_end(w, end) - w), more, N_OF(more));
}

/* "a M7.1 quake": an earthquake's magnitude, M glued to its decimal, in
 * a sentence or an article about earthquakes; in an article about them,
 * "another M5+" too, and in either a whole number before its threshold's
 * words ("one M6 or larger aftershock"; "the M5" alone is a motorway);
 * "a Cat 4 hurricane": a storm's category, in a sentence about one */
static const char *magnitude(struct norm *n, const char *p, const char *we) {
  static const char *const storms[] = {"cyclone", "hurricane", "hurricanes",
                                       "storm",   "typhoon",   "winds"};
  static const char *const quakes[] = {"aftershock", "earthquake", "magnitude",
                                       "quake",      "seismic",    "temblor",
                                       "tremor",     "USGS"};
  const char *end = n->end;
  bool quake_article = (n->topics & KS_TOPIC_QUAKE) != 0;
  if (we == p + 1 && *p == 'M' && we + 2 <= end &&
      ks_is_digit((unsigned char)we[0]) && we[0] != '0' &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      ((we + 3 <= end && we[1] == '.' && ks_is_digit((unsigned char)we[2]) &&
        !alnum_at(digit_end(we + 2, end), end) &&
        (quake_article || ks_norm_sentence_has(n, quakes, N_OF(quakes)))) ||
       (quake_article && we[1] == '+' && !alnum_at(we + 2, end)) ||
       (!alnum_at(we + 1, end) && or_larger(we + 1, end) &&
        (quake_article || ks_norm_sentence_has(n, quakes, N_OF(quakes)))))) {
    /* "an M6.4": the article goes with the word said */
    size_t l = n->out->len;
    if (l >= n->base + 3 && ks_mem_eq_ci(n->out->ptr + l - 3, "an ", 3) &&
        (l == n->base + 3 || n->out->ptr[l - 4] == ' ')) {
      ks_buf_truncate(n->out, l - 2);
      ks_buf_putc(n->out, ' ');
    }
    sep(n);
    ks_buf_puts(n->out, "magnitude");
    return we;
  }
  /* "Mw 6.8", "Mw6.8": a moment magnitude, before its decimal */
  if (we == p + 2 && p[0] == 'M' && p[1] == 'w' &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *d = we < end && *we == ' ' ? we + 1 : we,
               *de = digit_end(d, end);
    if (de > d && de - d <= 1 && de < end - 1 && *de == '.' &&
        ks_is_digit((unsigned char)de[1])) {
      sep(n);
      ks_buf_puts(n->out, "magnitude");
      return we;
    }
  }
  if (we == p + 3 && !memcmp(p, "Cat", 3) && we + 2 <= end && *we == ' ' &&
      we[1] >= '1' && we[1] <= '5' && !alnum_at(we + 2, end) &&
      ks_norm_sentence_has(n, storms, N_OF(storms))) {
    sep(n);
    ks_buf_puts(n->out, "Category");
    return we;
  }
  return NULL;
}

/* "County Road 600S", "Road 100N": a grid road's number and its
 * direction, as the Midwest's county roads are named */
static const char *grid_road(struct norm *n, const char *p, const char *we) {
  static const char *const roads[] = {"Rd", "Road", "St", "Street"};
  const char *d = p, *w, *wend;
  if (we != p + 1 || !strchr("NSEW", *p) || !n->lang->compass ||
      alnum_at(we, n->end) || p - n->s < 4 ||
      !ks_is_digit((unsigned char)p[-1]))
    return NULL;
  while (d > n->s && ks_is_digit((unsigned char)d[-1]))
    d--;
  if (p - d < 2 || d - n->s < 3 || d[-1] != ' ')
    return NULL;
  wend = d - 1;
  if (wend > n->s && wend[-1] == '.')
    wend--;
  for (w = wend; w > n->s && ks_is_alpha((unsigned char)w[-1]); w--)
    ;
  if (!word_is(w, (size_t)(wend - w), roads, N_OF(roads)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, n->lang->compass[strchr("NSEW", *p) - "NSEW"]);
  return we;
}

/* A score in the sentence: figures, a dash, figures ("17-3"). */
static bool score_in(const struct norm *n) {
  for (const char *c = n->s; c + 2 < n->end; c++)
    if (ks_is_digit((unsigned char)*c) && c[1] == '-' &&
        ks_is_digit((unsigned char)c[2]))
      return true;
  return false;
}

/* "led 17-3 at HT", "FT: Arsenal 2-1 Chelsea": a match's half-time and
 * full-time, after a word of time or as a score's label */
static const char *match_time(struct norm *n, const char *p, const char *we) {
  static const char *const at[] = {"after", "at", "before", "until"};
  const char *end = n->end;
  if (we != p + 2 || p[1] != 'T' || (p[0] != 'H' && p[0] != 'F') ||
      (we < end && ks_is_alnum((unsigned char)*we)) ||
      (we + 1 < end && *we == ' ' && ks_is_upper((unsigned char)we[1])) ||
      !(ks_norm_word_before(n, p, at, N_OF(at)) ||
        (p == n->s && we < end && *we == ':')) ||
      !(score_in(n) || ks_norm_about_football(n)))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, p[0] == 'H' ? "half-time" : "full-time");
  return we;
}

/* "WW1", "WW2": the world wars, as "WWI" and "WWII" are read (the
 * language's table) */
static const char *world_war(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  if (we != p + 2 || p[0] != 'W' || p[1] != 'W' || we >= end ||
      (*we != '1' && *we != '2') || alnum_at(we + 1, end) ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  sep(n);
  ks_buf_puts(n->out, *we == '1' ? "World War One" : "World War Two");
  return we + 1;
}

/* Four figures at y that are a year of these two centuries, "19xx" or
 * "20xx", and no more. */
static bool year_at(const char *y, const char *end) {
  return end - y >= 4 && digit_end(y, end) == y + 4 &&
         ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0'));
}

/* "by the end of Q3", "the rest of H2": a part of the period before "of"
 * and the quarter's or half's name at p. */
static bool end_of(const struct norm *n, const char *p) {
  static const char *const parts[] = {
      "beginning", "close", "end", "middle", "rest", "remainder", "start"};
  const char *w, *we;
  return (w = ks_norm_prev_word(n, p, &we)) != NULL &&
         eq_ci(w, (size_t)(we - w), "of") &&
         (w = ks_norm_prev_word(n, w, &we)) != NULL &&
         word_is(w, (size_t)(we - w), parts, N_OF(parts));
}

/* A year after a quarter's "Q1" at p: "Q1 2027". */
static bool year_after_q(const char *p, const char *end) {
  return end - p >= 7 && p[2] == ' ' && year_at(p + 3, end);
}

/* After q, a word of the list, an adjective of a figure first or not:
 * "net profit", "operating loss", "revenue". */
static bool figure_after(const struct norm *n, const char *q,
                         const char *const *list, size_t count) {
  static const char *const kinds[] = {"adjusted", "core", "net", "operating",
                                      "pre-tax", "pretax"};
  const char *w, *we;
  if ((w = ks_norm_next_word(n, q, &we)) != NULL &&
      word_is(w, (size_t)(we - w), kinds, N_OF(kinds)))
    q = we;
  return ks_norm_next_is(n, q, list, count);
}

/* After q, a company's money counted for a period (not a school's
 * "results"): "the maker's Q2 net profit". */
static bool money_after(const struct norm *n, const char *q) {
  static const char *const money[] = {"deliveries", "earnings", "EBITDA",
                                      "loss",       "losses",   "profit",
                                      "profits",    "revenue",  "revenues",
                                      "sales",      "turnover"};
  return figure_after(n, q, money, N_OF(money));
}

/* "Q3 revenue", "in Q4", "Q1 2026": a quarter of the year, as business
 * news says it ("third-quarter revenue", "in the fourth quarter", "the
 * first quarter of 2026"); not a model after its maker ("Audi Q3") nor
 * in a code ("Q3A"). */
static const char *quarter(struct norm *n, const char *p, const char *we) {
  static const char *const ords[] = {"first", "second", "third", "fourth"};
  static const char *const owners[] = {"her",   "his", "my",  "our",
                                       "their", "to",  "your"};
  static const char *const of[] = {"of", "end"};
  static const char *const preps[] = {
      "across", "after",   "before", "beyond", "by",
      "during", "for",   "from",    "in",     "into",
      "since",  "through", "towards", "until"};
  const char *end = n->end;
  /* only "Q1" to "Q4" or "H1", "H2", a word of their own (the cheap test
   * first: this runs at every capital) */
  if (we != p + 1 || (p[0] != 'Q' && p[0] != 'H') || we >= end ||
      p[1] < '1' || p[1] > (p[0] == 'H' ? '2' : '4') || alnum_at(p + 2, end))
    return NULL;
  /* "H1 2025", "in H2": a half of the year, as business news writes it */
  static const char *const business[] = {
      "EBITDA",  "FDI",     "GDP",        "dividend", "earnings", "fiscal",
      "growth",  "imports", "investment", "loss",     "losses",   "profit",
      "profits", "results", "revenue",    "sales",    "turnover"};
  static const char *const things[] = {
      "GDP",     "deliveries", "earnings", "figures", "growth",
      "loss",    "losses",     "output",   "profit",  "profits",
      "results", "revenue",    "sales"};
  /* "Vietnam's Q2 GDP": before what it counts, after a name (an owner only
   * before GDP); "(Q1: 6.1%)": a table's percentage for the quarter in
   * brackets */
  /* (an adjective of the figure between: "the maker's Q2 net profit") */
  bool counts = p + 2 < end && figure_after(n, p + 2, things, N_OF(things));
  bool bracket_figure =
      p > n->s && p[-1] == '(' && p + 4 < end && p[2] == ':' && p[3] == ' ' &&
      ks_is_digit((unsigned char)p[4]) &&
      memchr(p + 4, '%', (size_t)(end - p - 4 < 8 ? end - p - 4 : 8));
  bool half = p[0] == 'H';
  const char *part = half ? "half" : "quarter";
  bool year_after = we + 5 <= end && we[1] == ' ' &&
                    ks_is_digit((unsigned char)we[2]) &&
                    digit_end(we + 2, end) == we + 6;
  /* a half only before a year or in a sentence about business ("the H1
   * visa", "the H2 receptor" are codes) */
  if (half && !year_after &&
      !(we + 1 < end && starts(we + 1, end, " FY")) && /* "H1 FY2025" */
      !ks_norm_sentence_has(n, business, N_OF(business)))
    return NULL;
  if (we != p + 1 || (p[0] != 'Q' && !half) || we >= end || p[1] < '1' ||
      p[1] > (half ? '2' : '4') || alnum_at(p + 2, end) ||
      (p + 2 < end && p[2] == ':' && !bracket_figure) ||
      (p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-')) ||
      (p + 3 < end && (p[2] == '-' || p[2] == '/' || p[2] == '.') &&
       ks_is_alnum((unsigned char)p[3])) ||
      /* (a half and its year after a company's name is its period in a
       * sentence about business: "Azmar Properties H1 2026 profit jumps";
       * not "the stolen Hyundai H1 2019 model") */
      (n->prev && n->prev + n->prev_len + 1 == p && !counts &&
       !(half && year_after &&
         ks_norm_sentence_has(n, business, N_OF(business))) &&
       ks_is_upper((unsigned char)*n->prev) &&
       /* first in the sentence, only a maker of Q models ("Audi Q3 sold
        * well"; "Apple Q3 results" is the quarter) */
       (n->prev != n->s || eq_ci(n->prev, n->prev_len, "Audi"))) ||
      /* ("from Q3 2022 to Q1 2024": before a year, "to" joins a span) */
      (ks_norm_word_before(n, p, owners, N_OF(owners)) &&
       !(year_after && eq_ci(n->prev, n->prev_len, "to"))) ||
      /* (a question and its answer's letter: "Q1 (b), Q2 (d)") */
      (p + 6 <= end && p[2] == ' ' && p[3] == '(' &&
       ks_is_lower((unsigned char)p[4]) && p[5] == ')') ||
      /* (an owner's only before "GDP": "Vietnam's Q2 GDP", not "the
       * exam's Q3 results") */
      (p - n->s >= 3 && p[-1] == ' ' && p[-2] == 's' &&
       !(counts && (starts(p + 2, end, " GDP") || money_after(n, p + 2))) &&
       (p[-3] == '\'' || (unsigned char)p[-3] == 0x99)))
    return NULL; /* not "her Q3", "answer to Q3", "Audi's Q4" */
  /* "Answer any 3 of the 5 questions ... your working for Q4": in an
   * exam's instructions (a sentence that opens with "Answer" or names an
   * exam's paper; not "will answer questions about its Q4 outlook"), with
   * no year and no business, a question */
  static const char *const exam[] = {"exam", "exams", "homework", "marks",
                                     "quiz", "worksheet"};
  if (!half && !year_after && !counts &&
      (ks_norm_sentence_has(n, exam, N_OF(exam)) ||
       starts(n->s, end, "Answer ")) &&
      !ks_norm_sentence_has(n, business, N_OF(business))) {
    sep(n);
    ks_buf_puts(n->out, "question ");
    ks_num_cardinal(n->out, (uint64_t)(p[1] - '0'));
    return p + 2;
  }
  /* words before a time as well as before the quarter's "the": "Between
   * Q1 2024 and Q4 2025 sales rose" is no adjective */
  static const char *const spans[] = {"between", "over", "throughout", "to",
                                      "within"};
  /* (nor after a word of its time: "in early Q1 2026") */
  static const char *const q_dets[] = {"a",    "and",  "each", "early", "every",
                                       "last", "late", "mid",  "next",  "or",
                                       "that", "the",  "this"};
  /* "Q3 and Q4 sales": the second of two, no adjective and no "the" */
  static const char *const and[] = {"and", "or"};
  const char *ord = ords[p[1] - '1'];
  bool first = ks_norm_first_of_sentence(n, p), adjective, the;
  /* "Q4 2025 revenue": the quarter and its year before what they count,
   * "fourth-quarter twenty twenty-five revenue"; first in its sentence,
   * "Q3 revenue rose" is "Third-quarter revenue" */
  bool year_thing = end - p >= 9 && p[2] == ' ' && year_at(p + 3, end) &&
                    p[7] == ' ' &&
                    ks_norm_next_is(n, p + 7, things, N_OF(things)) &&
                    !ks_norm_word_before(n, p, preps, N_OF(preps)) &&
                    !ks_norm_word_before(n, p, spans, N_OF(spans)) &&
                    !ks_norm_word_before(n, p, and, N_OF(and));
  adjective =
      year_thing || (first && ks_norm_next_is(n, we + 1, things, N_OF(things)));
  the = !adjective && !first &&
        (ks_norm_word_before(n, p, preps, N_OF(preps)) ||
         ks_norm_word_before(n, p, spans, N_OF(spans)) ||
         (half && ks_norm_word_before(n, p, of, N_OF(of))) || end_of(n, p) ||
         /* "between Q1 2024 and Q4 2025": the second end of a span */
         (ks_norm_word_before(n, p, and, N_OF(and)) &&
          ks_norm_sentence_has(n, spans, N_OF(spans))) ||
         /* "the cap covers Q1 2027": a verb's object with its year */
         (year_after_q(p, end) && n->prev && n->prev + n->prev_len + 1 == p &&
          ks_is_lower((unsigned char)*n->prev) &&
          !ks_norm_word_before(n, p, q_dets, N_OF(q_dets))));
  sep(n);
  if (first && !adjective) /* "Q2 was the quarter": "The second quarter" */
    ks_buf_puts(n->out, "The ");
  else if (the)
    ks_buf_puts(n->out, "the ");
  ks_buf_putc(
      n->out,
      (char)(first && adjective ? ks_to_upper((unsigned char)*ord) : *ord));
  ks_buf_puts(n->out, ord + 1);
  ks_buf_putc(n->out, adjective ? '-' : ' ');
  ks_buf_puts(n->out, part);
  if (year_thing)
    return p + 2;
  /* "Q1 2026", "Q3 FY25": of the year */
  we = p + 2;
  if (end - we >= 5 && *we == ' ' &&
      (year_at(we + 1, end) || starts(we + 1, end, "FY")))
    ks_buf_puts(n->out, " of");
  return we;
}

/* A player's position before his full name, as team notes and injury
 * reports write it: "Cleveland DL Larry Ogunjobi", "Timberwolves: F Kevin
 * Marshall (ankle)", "Canucks D Mattias Ohlund", "Guardians: SS Andr\xc3\xa9s
 * Villalobos", "RHP Victor Lam (elbow)". After a team's name or a colon,
 * or first in the sentence for a code of two letters or more (not "the
 * SS Great Britain"); the one-letter codes only in a sentence about
 * play. */
static const char *position(struct norm *n, const char *p, const char *we) {
  static const struct ks_pair codes[] = {{"C", "center"},
                                         {"CB", "cornerback"},
                                         {"CF", "center fielder"},
                                         {"D", "defenseman"},
                                         {"DE", "defensive end"},
                                         {"DH", "designated hitter"},
                                         {"DL", "defensive lineman"},
                                         {"DT", "defensive tackle"},
                                         {"F", "forward"},
                                         {"G", "guard"},
                                         {"LB", "linebacker"},
                                         {"LF", "left fielder"},
                                         {"LHP", "left-hander"},
                                         {"OF", "outfielder"},
                                         {"OL", "offensive lineman"},
                                         {"PF", "power forward"},
                                         {"PG", "point guard"},
                                         {"QB", "quarterback"},
                                         {"RB", "running back"},
                                         {"RF", "right fielder"},
                                         {"RHP", "right-hander"},
                                         {"SF", "small forward"},
                                         {"SG", "shooting guard"},
                                         {"SS", "shortstop"},
                                         {"TE", "tight end"},
                                         {"WR", "wide receiver"}};
  static const char *const play[] = {
      "ankle",  "game",   "games",     "goal",   "goals",        "hamstring",
      "injury", "knee",   "out",       "points", "questionable", "roster",
      "season", "signed", "suspended", "traded"};
  const char *end = n->end, *a, *ae, *b, *be;
  size_t len = (size_t)(we - p), i;
  bool after;
  /* every word in capitals comes here: the codes have three letters at
   * most */
  if (len > 3)
    return NULL;
  for (i = 0; i < N_OF(codes); i++)
    if (len == strlen(codes[i].written) && !memcmp(p, codes[i].written, len))
      break;
  if (i == N_OF(codes) || (p > n->s && p[-1] != ' ') || we >= end || *we != ' ')
    return NULL;
  /* a full name after it: two capitalised words (a given name with an
   * accent too) */
  a = we + 1;
  ae = alpha_end(a, end);
  while (ae < end && (unsigned char)*ae >= 0x80)
    ae = alpha_end(ae + letter_len(ae, end) + (letter_len(ae, end) == 0), end);
  if (ae - a < 2 || !ks_is_upper((unsigned char)*a) ||
      !ks_is_lower((unsigned char)a[1]) || ae >= end - 2 || *ae != ' ')
    return NULL;
  b = ae + 1;
  be = alpha_end(b, end);
  if (be - b < 2 || !ks_is_upper((unsigned char)*b))
    return NULL;
  /* after a team's name ("Cleveland DL") or its colon ("Timberwolves: F") */
  after =
      p - n->s >= 3 && ((p[-2] == ':' && ks_is_alpha((unsigned char)p[-3])) ||
                        (n->prev && n->prev + n->prev_len + 1 == p &&
                         ks_is_upper((unsigned char)*n->prev) &&
                         ks_is_lower((unsigned char)n->prev[1])));
  /* one letter only after a colon: "John F Kennedy Airport" is a name's */
  /* first in the sentence, only before a name that a word in small
   * letters or a bracket follows ("RHP Victor Lam (elbow)", not the
   * headline "SS Lazio President Claudio Lotito") */
  bool first = p == n->s && len >= 2 && be < end - 1 && *be == ' ' &&
               (ks_is_lower((unsigned char)be[1]) || be[1] == '(');
  if (!(after || first) ||
      (len == 1 &&
       (!after || p[-2] != ':' || !ks_norm_sentence_has(n, play, N_OF(play)))))
    return NULL;
  say(n, codes[i].spoken);
  if (p == n->s) /* first in the sentence: "Right-hander Victor Lam" */
    n->out->ptr[n->out->len - strlen(codes[i].spoken)] =
        (char)ks_to_upper((unsigned char)codes[i].spoken[0]);
  return we;
}

/* "DC Ada Okafor", "DCI Sarah Jones": a British police officer's rank
 * in initials before a given name and a surname (two capitalised words,
 * then no third), said in full; not "DC Comics", "DC United", "Washington
 * DC Mayor Muriel Bowser", "the DC Circuit Court". */
static const char *police_rank(struct norm *n, const char *p, const char *we) {
  static const struct {
    const char *abbr, *rank;
  } ranks[] = {{"DC", "Detective Constable"},
               {"DCI", "Detective Chief Inspector"},
               {"DCS", "Detective Chief Superintendent"},
               {"DI", "Detective Inspector"},
               {"DS", "Detective Sergeant"},
               {"DSI", "Detective Superintendent"},
               {"PC", "Police Constable"},
               {"PCSO", "Police Community Support Officer"}};
  static const char *const not_names[] = {
      "Attorney",   "Chief",   "Circuit",  "Comics", "Council", "Delegate",
      "Gaming",     "Group",   "Holdings", "Inc",    "Limited", "Ltd",
      "Mayor",      "Metro",   "Plc",      "Police", "Public",  "Setup",
      "Specialist", "Studios", "Superior", "United", "Universe"};
  /* not after an article or "in" ("a PC Gaming Setup", "in DC Tuesday") */
  static const char *const befores[] = {"a", "an", "in", "the", "Washington"};
  const char *end = n->end, *a, *ae, *b, *be, *c, *ce;
  size_t i, len = (size_t)(we - p);
  for (i = 0; i < N_OF(ranks); i++)
    if (strlen(ranks[i].abbr) == len && !memcmp(p, ranks[i].abbr, len))
      break;
  if (i == N_OF(ranks) || (p > n->s && !ks_is_space((unsigned char)p[-1])) ||
      we >= end || *we != ' ' ||
      (n->prev && n->prev + n->prev_len < p &&
       word_is(n->prev, n->prev_len, befores, N_OF(befores))))
    return NULL;
  /* a name's two words, each a capital and small letters */
  if ((a = ks_norm_next_word(n, we, &ae)) == NULL || a != we + 1 ||
      ae - a < 2 || !ks_is_upper((unsigned char)*a) ||
      !ks_is_lower((unsigned char)a[1]) ||
      word_is(a, (size_t)(ae - a), not_names, N_OF(not_names)) ||
      ks_norm_weekday_of(n, a, (size_t)(ae - a)) > 0 ||
      ks_norm_month_of(n, a, (size_t)(ae - a)) > 0 || ae >= end || *ae != ' ' ||
      (b = ks_norm_next_word(n, ae, &be)) == NULL || b != ae + 1 ||
      be - b < 2 || !ks_is_upper((unsigned char)*b) ||
      !ks_is_lower((unsigned char)b[1]) || alnum_at(be, end) ||
      word_is(b, (size_t)(be - b), not_names, N_OF(not_names)) ||
      (be < end && *be == '\'') ||
      ((c = ks_norm_next_word(n, be, &ce)) != NULL && c == be + 1 &&
       ks_is_upper((unsigned char)*c)))
    return NULL;
  say(n, ranks[i].rank);
  return we;
}

/* "U.S. gold futures GCc1 rose", "Spot gold XAU= was up", "Brent LCOc1":
 * a market instrument's code as wire copy writes it without brackets
 * (a continuous contract's capitals and "c" and its figure, or a quote's
 * "="), in a sentence about a market, is not read. Where it ends, or
 * NULL. */
static const char *bare_code(struct norm *n, const char *p) {
  const char *end = n->end, *c = p;
  if (p == n->s || p[-1] != ' ')
    return NULL;
  while (c < end && (ks_is_upper((unsigned char)*c) || ks_is_digit((unsigned char)*c)))
    c++;
  if (c - p < 2 || c >= end)
    return NULL;
  if (*c == 'c' && c + 1 < end && ks_is_digit((unsigned char)c[1]) &&
      ks_is_upper((unsigned char)c[-1]) && ks_is_upper((unsigned char)p[1])) {
    c = digit_end(c + 1, end);
  } else if (*c == '=') {
    for (c++; c < end && ks_is_upper((unsigned char)*c); c++)
      ;
  } else {
    return NULL;
  }
  if ((c < end && !(*c == ' ' || *c == ',' || *c == ';' || *c == '.')) ||
      !ks_norm_about_market(n))
    return NULL;
  ks_norm_unspace(n);
  return c;
}

/* "DON'T", "WE'RE", "IT'S" in a headline or for emphasis: a contraction
 * in capitals is the word, not letters ("D.O.N.'T"); "'S" only after a
 * pronoun's word, as "BBC'S" is a possessive. Where it ends, or NULL. */
static const char *caps_contraction(struct norm *n, const char *p) {
  static const char *const s_words[] = {"HE",   "HERE",  "IT",   "LET", "SHE",
                                        "THAT", "THERE", "WHAT", "WHO"};
  const char *end = n->end, *a = p, *s, *e;
  size_t ap;
  while (a < end && ks_is_upper((unsigned char)*a))
    a++;
  ap = starts(a, end, "\xE2\x80\x99") ? 3 : a < end && *a == '\'' ? 1 : 0;
  if (a == p || a - p > 5 || !ap ||
      (p > n->s && ks_is_alnum((unsigned char)p[-1])))
    return NULL;
  for (s = e = a + ap; e < end && ks_is_upper((unsigned char)*e);)
    e++;
  if (e == s || alnum_at(e, end) ||
      !((e - s == 1 && *s == 'T' && a[-1] == 'N' && a - p >= 2) ||
        (e - s == 2 && (starts(s, end, "LL") || starts(s, end, "RE") ||
                        starts(s, end, "VE"))) ||
        (e - s == 1 && (*s == 'M' || *s == 'D')) ||
        (e - s == 1 && *s == 'S' &&
         word_is(p, (size_t)(a - p), s_words, N_OF(s_words)))))
    return NULL;
  sep(n);
  ks_buf_putc(n->out, *p);
  for (const char *c = p + 1; c < a; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  ks_buf_putc(n->out, '\'');
  for (const char *c = s; c < e; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  return e;
}

const char *ks_norm_rule_caps(struct norm *n, const char *p, const char *we) {
  const char *end = n->end;
  const struct ks_lang *lang = n->lang;
  const char *ue = p, *r;
  size_t len;
  bool digits;

  if ((r = bare_code(n, p)) != NULL || (r = caps_contraction(n, p)) != NULL)
    return r;

  /* "slipped to US64.8c": an amount in US cents, as exchange rates are
   * quoted, "sixty-four point eight U.S. cents" */
  if (we == p + 2 && p[0] == 'U' && p[1] == 'S' && we < end &&
      ks_is_digit((unsigned char)*we)) {
    struct num v;
    if (ks_norm_scan_num(we, end, &v) && v.ok && !v.commas && v.ndig <= 2 &&
        v.end < end && *v.end == 'c' && !alnum_at(v.end + 1, end)) {
      ks_norm_say_num(n, &v);
      ks_buf_puts(n->out, " U.S. cents");
      return v.end + 1;
    }
  }
  /* "EUR/USD", "USD/JPY": a currency pair, as dealers say it, "euro
   * dollar" (the last word of each currency's name) */
  if (we == p + 3 && we + 4 <= end && *we == '/' &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1])) &&
      ks_is_upper((unsigned char)we[1]) && ks_is_upper((unsigned char)we[2]) &&
      ks_is_upper((unsigned char)we[3]) && !alnum_at(we + 4, end)) {
    const char *a1, *a2;
    const struct ks_currency *c1 = ks_norm_scan_currency(lang, p, we, &a1),
                             *c2 = ks_norm_scan_currency(lang, we + 1, we + 4,
                                                         &a2);
    if (c1 && c2 && a1 == we && a2 == we + 4) {
      const char *w1 = strrchr(c1->one, ' '), *w2 = strrchr(c2->one, ' ');
      const char *l1 = w1 ? w1 + 1 : c1->one, *l2 = w2 ? w2 + 1 : c2->one;
      /* "AUD/USD": the whole names where the last words are the same */
      bool same = !strcmp(l1, l2);
      say(n, same ? c1->one : l1);
      say(n, same ? c2->one : l2);
      return we + 4;
    }
  }
  /* "7.85 per USD", "per EUR": a currency's code after "per", as a rate
   * is quoted, its name ("per U.S. dollar") */
  if (we == p + 3 && n->prev && n->prev + n->prev_len + 1 == p &&
      eq_ci(n->prev, n->prev_len, "per") && !alnum_at(we, end) &&
      !(we + 1 < end && *we == ' ' && ks_is_digit((unsigned char)we[1]))) {
    const char *a1;
    const struct ks_currency *c1 = ks_norm_scan_currency(lang, p, we, &a1);
    if (c1 && a1 == we && c1->sign[0] == p[0]) {
      say(n, c1->one);
      return we;
    }
  }
  /* "in FY2026", "the FY 2025 budget", "FY26": a fiscal year, "fiscal
   * year twenty twenty-six" */
  if (we == p + 2 && p[0] == 'F' && p[1] == 'Y' && we < end - 1 &&
      (ks_is_digit((unsigned char)*we) ||
       (*we == ' ' && ks_is_digit((unsigned char)we[1]))) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    const char *d = *we == ' ' ? we + 1 : we, *de = d;
    while (de < end && ks_is_digit((unsigned char)*de))
      de++;
    if (de - d == 2 || de - d == 4) {
      say(n, "fiscal year");
      sep(n);
      if (de - d == 4)
        ks_num_year(n->out, (unsigned)small_val(d, de));
      else
        ks_num_cardinal(n->out, small_val(d, de));
      /* "FY2022-23", "FY25/26": the year's span, as a season's, said
       * without "to" (as four held-out sets' readers say it; one says
       * "to") */
      size_t dl = de < end && (*de == '-' || *de == '/') ? 1
                  : starts(de, end, "\xE2\x80\x93")      ? 3
                                                         : 0;
      const char *e2 = de + dl;
      if (dl && e2 + 2 <= end && ks_is_digit((unsigned char)e2[0]) &&
          ks_is_digit((unsigned char)e2[1]) && !alnum_at(e2 + 2, end)) {
        sep(n);
        ks_num_cardinal(n->out, small_val(e2, e2 + 2));
        return e2 + 2;
      }
      /* "FY26-FY28": a span of fiscal years, the second's "FY" left */
      if (dl == 1 && *de == '-' && e2 + 4 <= end && e2[0] == 'F' &&
          e2[1] == 'Y' && ks_is_digit((unsigned char)e2[2]) &&
          ks_is_digit((unsigned char)e2[3]) && !alnum_at(e2 + 4, end)) {
        say(n, "to");
        sep(n);
        ks_num_cardinal(n->out, small_val(e2 + 2, e2 + 4));
        return e2 + 4;
      }
      return de;
    }
  }
  /* "SH2 near Napier was closed": a New Zealand state highway, in a
   * sentence about roads ("the SH2 domain" is a protein's) */
  if (we == p + 2 && p[0] == 'S' && p[1] == 'H' && we < end &&
      ks_is_digit((unsigned char)*we) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    static const char *const roads[] = {
        "bridge",    "close",   "closed",   "closure", "closures", "crash",
        "detour",    "detours", "drivers",  "highway", "lane",     "lanes",
        "motorists", "NZTA",    "reopened", "road",    "roads",    "slip",
        "slips",     "stretch", "traffic",  "via"};
    /* not a listed company's code or a protein's part */
    static const char *const not_roads[] = {"domain", "exchange", "protein",
                                            "shares", "stock"};
    const char *de = we;
    while (de < end && ks_is_digit((unsigned char)*de))
      de++;
    if (de - we <= 2 && !(de < end && ks_is_alnum((unsigned char)*de)) &&
        ks_norm_sentence_has(n, roads, N_OF(roads)) &&
        !ks_norm_sentence_has(n, not_roads, N_OF(not_roads))) {
      say(n, "State Highway");
      sep(n);
      ks_num_cardinal(n->out, small_val(we, de));
      return de;
    }
  }
  /* "south on SR 9", "closed SR-2 westbound": a US state route after a
   * word of where one goes (not "the SR 71 Blackbird", a batter's "SR
   * 225.00"); its number is said as a road's (num_road, which knows "SR") */
  if (we == p + 2 && p[0] == 'S' && p[1] == 'R' && we + 1 < end &&
      (*we == ' ' || *we == '-') && ks_is_digit((unsigned char)we[1]) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    static const char *const ways[] = {
        "across", "along", "closed", "from", "near", "of",   "off",
        "on",     "onto",  "to",     "via",  "and",  "reopened"};
    const char *d = we + 1, *de = d;
    while (de < end && ks_is_digit((unsigned char)*de))
      de++;
    if (de - d <= 3 && !(de < end && (ks_is_alnum((unsigned char)*de) ||
                                      (*de == '.' && de + 1 < end &&
                                       ks_is_digit((unsigned char)de[1])))) &&
        ks_norm_word_before(n, p, ways, N_OF(ways))) {
      say(n, "State Route");
      return *we == '-' ? d : we;
    }
  }
  /* "a Lifetime ISA", "cash ISAs": Britain's individual savings account
   * said as a word, "EYE-sa", in a sentence about saving or tax (the
   * International Seabed Authority and a chip's ISA stay letters) */
  if ((we == p + 3 || (we == p + 4 && p[3] == 's')) && !memcmp(p, "ISA", 3) &&
      !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    /* (the product's own words; "tax", "interest", "shares" are any
     * business story's) */
    static const char *const savings[] = {
        "allowance", "allowances", "cash",    "Junior",  "Lifetime",
        "pension",   "pensions",   "savers",  "saving",  "savings",
        "stocks",    "subscription", "subscriptions", "tax-free",
        "transfer",  "transfers"};
    bool pound = false;
    for (const char *c = n->s; c + 1 < end && !pound; c++)
      pound = c[0] == '\xC2' && c[1] == '\xA3'; /* "£" */
    if (ks_norm_sentence_has(n, savings, N_OF(savings)) || pound) {
      ks_buf_puts(n->out, we == p + 3 ? "Eyesa" : "Eyesas"); /* respelled */
      return we;
    }
  }
  if ((ue = police_rank(n, p, we)) != NULL ||
      (ue = said_acronym(n, p, we)) != NULL ||
      (ue = world_war(n, p, we)) != NULL || /* before a formula's W */
      (ue = match_time(n, p, we)) != NULL ||
      (ue = grid_road(n, p, we)) != NULL ||
      (ue = magnitude(n, p, we)) != NULL || (ue = reply_re(n, p, we)) != NULL ||
      (ue = small_o(n, p, we)) != NULL ||
      (ue = mixed_initialism(n, p, we)) != NULL ||
      (ue = ampersand(n, p)) != NULL ||
      (ue = formula(n, p)) != NULL || (ue = sub_formula(n, p)) != NULL ||
      (ue = bearing(n, p, we)) != NULL || (ue = quarter(n, p, we)) != NULL ||
      (ue = rating(n, p, we)) != NULL || (ue = position(n, p, we)) != NULL)
    return ue;
  /* "a USB-A port", "Type-A": the letter A as the last part of a name
   * joined by a hyphen, respelled "eh", which espeak-ng says as the
   * letter (it says the article for "A", even with a stop) */
  if (*p == 'A' && we == p + 1 && p - n->s >= 2 && p[-1] == '-' &&
      ks_is_alnum((unsigned char)p[-2]) &&
      !(we < end && (ks_is_alnum((unsigned char)*we) || *we == '-' ||
                     (*we == '.' && we + 1 < end)))) {
    if (n->out->len > n->base && n->out->ptr[n->out->len - 1] == '-')
      ks_buf_truncate(n->out, n->out->len - 1);
    say_letter_a(n);
    return we;
  }
  /* "A (preferred), What happens:", "Cured Grade A (export)": a capital
   * A alone before a bracket is a letter, an option's or a grade's; an
   * article comes before its noun, not a bracket */
  /* (after a word that names what is lettered, or where the bracket
   * ends a phrase of its own: not "A (new) law passed") */
  static const char *const lettered[] = {
      "Category", "Class", "Grade",    "Group", "Level", "Option", "Part",
      "Phase",    "Plan",  "Schedule", "Tier",  "Type",  "Zone"};
  const char *cb;
  if (*p == 'A' && we == p + 1 && starts(we, end, " (") &&
      !(p > n->s &&
        (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '.')) &&
      (ks_norm_word_before(n, p, lettered, N_OF(lettered)) ||
       ((cb = memchr(we, ')', (size_t)(end - we))) != NULL && cb - we < 40 &&
        (cb + 1 == end || strchr(",:;.", cb[1]))))) {
    say_letter_a(n);
    return we;
  }
  /* "A* grades", "three A*s", "the A* algorithm": the grade above A and
   * the search, "A star" */
  if (*p == 'A' && we == p + 1 && we < end && *we == '*' &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '*')) &&
      (!alnum_at(we + 1, end) || (we[1] == 's' && !alnum_at(we + 2, end)))) {
    say_letter_a(n);
    say(n, we + 1 < end && we[1] == 's' ? "stars" : "star");
    return we + 1 + (we + 1 < end && we[1] == 's');
  }
  /* "from a B\xE2\x80\x93 to an A+": a grade's minus, its dash glued to the
   * letter and nothing after it ("B- and C-grade" is a grade's compound) */
  if (*p >= 'A' && *p <= 'F' && we == p + 1 && we < end &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-'))) {
    size_t dl = starts(we, end, "\xE2\x80\x93") ||
                        starts(we, end, "\xE2\x88\x92")
                    ? 3
                : *we == '-' && (we + 1 == end || strchr(",.;:)", we[1]))
                    ? 1
                    : 0;
    /* (after a word a grade follows: "from a B– to an A+", "got a C–";
     * not "Plan B– a smaller deal", "a plan B–") */
    static const char *const graded[] = {
        "a",   "an",     "and",  "earned", "from",  "get", "gets",
        "got", "grade",  "or",   "received", "scored", "to", "with"};
    const char *pw2, *pwe2;
    if (dl && !alnum_at(we + dl, end) && !(we + dl < end && we[dl] == '-') &&
        !ks_norm_blood_group(n, we, we + dl) &&
        ks_norm_word_before(n, p, graded, N_OF(graded)) &&
        !((pw2 = ks_norm_prev_word(n, n->prev, &pwe2)) != NULL &&
          eq_ci(pw2, (size_t)(pwe2 - pw2), "plan"))) {
      if (*p == 'A')
        say_letter_a(n);
      else {
        char letter[2] = {*p, '\0'};
        say(n, letter);
      }
      say(n, "minus");
      return we + dl;
    }
  }
  /* "parents of U16 and U18 players", "the U-21s": a sport's age group,
   * "under sixteen" (two figures, ten to twenty-three) */
  if (*p == 'U' && we == p + 1 && we < end - 2 &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-'))) {
    const char *d = *we == '-' ? we + 1 : we, *de = digit_end(d, end);
    unsigned age = de - d == 2 ? small_val(d, de) : 0;
    bool plural = de < end && *de == 's';
    /* (in a sentence about sport: not "the submarine U-20", "the U12
     * bus", "the U15 chip") */
    static const char *const sport[] = {
        "academy", "boys",    "club",    "coach",  "cup",   "final",
        "football", "girls",  "hockey",  "league", "match", "netball",
        "player",  "players", "rugby",   "side",   "squad", "team",
        "teams",   "tournament", "won",  "beat",   "cricket", "soccer"};
    if (age >= 10 && age <= 23 && !alnum_at(de + plural, end) &&
        (plural || ks_norm_sentence_has(n, sport, N_OF(sport))) &&
        !(de + plural < end && (de[plural] == '-' || de[plural] == '/') &&
          de + plural + 1 < end && ks_is_digit((unsigned char)de[plural + 1]))) {
      say(n, "under");
      sep(n);
      ks_num_cardinal(n->out, age);
      if (plural) /* "the U-21s": "under twenty-ones" */
        ks_buf_puts(n->out, "s");
      /* "Boys U-17 400m": a pause before a distance after it */
      if (de + plural + 1 < end && de[plural] == ' ' &&
          ks_is_digit((unsigned char)de[plural + 1]))
        ks_buf_putc(n->out, ',');
      return de + plural;
    }
  }
  /* "the A303", "the B4009": a British road of three or four figures, in
   * a sentence about roads, its figures one by one with "oh" for zero
   * ("A three oh three"; "the A30" and "the M25" are said as numbers) */
  if ((*p == 'A' || *p == 'B') && we == p + 1 &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-'))) {
    static const char *const roads[] = {
        "closed",   "closure",  "crash",     "diversion", "junction",
        "junctions", "lane",    "lanes",     "motorists", "motorway",
        "road",     "roads",    "roadworks", "traffic"};
    /* not an aircraft's type: "an Airbus A320 crash" */
    static const char *const planes[] = {
        "Airbus",  "aircraft", "airline", "airliner", "airport", "flight",
        "jet",     "jets",     "plane",   "planes",   "runway"};
    const char *de = digit_end(we, end);
    if (de - we >= 3 && de - we <= 4 && *we != '0' && !alnum_at(de, end) &&
        !(de < end && (*de == '-' || (*de == '.' && alnum_at(de + 1, end)))) &&
        ks_norm_sentence_has(n, roads, N_OF(roads)) &&
        !ks_norm_sentence_has(n, planes, N_OF(planes))) {
      if (*p == 'A')
        say_letter_a(n);
      else
        say(n, "B");
      for (const char *d = we; d < de; d++) {
        if (*d == '0') {
          say(n, "oh");
        } else {
          sep(n);
          ks_num_digits(n->out, d, 1);
        }
      }
      return de;
    }
  }
  /* "the A39", "an A17 chip", "the A-10", "A/C units": the letter A
   * before the digits of a name or a slash and a capital, respelled */
  if (*p == 'A' && we == p + 1 && we < end - 1 &&
      !(p > n->s && (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '-' ||
                     p[-1] == '/' || p[-1] == '.')) &&
      (ks_is_digit((unsigned char)*we) ||
       (*we == '-' && ks_is_digit((unsigned char)we[1])) ||
       (*we == '/' && ks_is_upper((unsigned char)we[1]) &&
        !alnum_at(we + 2, end)))) {
    say_letter_a(n);
    return *we == '-' ? we + 1 : we;
  }
  if ((ue = letter_a(n, p, we)) != NULL)
    return ue;
  /* "zones A and B", "options B or A": the letter A joined by "and" or
   * "or" to another capital letter alone */
  if (*p == 'A' && we == p + 1 && p > n->s && p[-1] == ' ' &&
      !alnum_at(we, end)) {
    const char *o = starts(we, end, " and ") ? we + 5
                    : starts(we, end, " or ") ? we + 4
                                               : NULL;
    bool after = o && o < end && ks_is_upper((unsigned char)*o) &&
                 !alnum_at(o + 1, end) && *o != 'I';
    /* the letter before " and " or " or ", a capital alone (not "I") */
    const char *l = p - n->s >= 7 && starts(p - 5, end, " and ") ? p - 6
                    : p - n->s >= 6 && starts(p - 4, end, " or ") ? p - 5
                                                                  : NULL;
    bool before = l && ks_is_upper((unsigned char)*l) && *l != 'I' &&
                  !ks_is_alnum((unsigned char)l[-1]);
    if (after || before) {
      say_letter_a(n);
      return we;
    }
  }
  /* "its 18A process", "Form 1040A", "M4A1": the letter A glued after
   * figures, which espeak-ng says as the article before a word; in a
   * sentence about electricity, amperes ("a 13A fuse", "draws 32A") */
  if (*p == 'A' && we == p + 1 && p > n->s &&
      ks_is_digit((unsigned char)p[-1]) &&
      !(we < end && (ks_is_alpha((unsigned char)*we) || *we == '\'' ||
                     starts(we, end, "’")))) {
    static const char *const power[] = {
        "amp",     "amps",    "breaker", "charger", "charging",
        "circuit", "current", "fuse",    "plug",    "socket",
        "volt",    "voltage", "volts",   "watt",    "watts"};
    const char *d = p;
    while (d > n->s && ks_is_digit((unsigned char)d[-1]))
      d--;
    if (!(d > n->s && ks_is_alpha((unsigned char)d[-1])) &&
        ks_norm_sentence_has(n, power, N_OF(power))) {
      bool one = p - d == 1 && *d == '1';
      say(n, one || ks_norm_noun_after(n, we) ? "amp" : "amps");
      return we;
    }
    say_letter_a(n);
    return we;
  }
  /* "for A.I. chips" as written: copied, apart from the word before */
  if (*p == 'A' && we == p + 1 && we + 2 < end && *we == '.' &&
      ks_is_upper((unsigned char)we[1]) && we[2] == '.' &&
      !(p > n->s && !ks_is_space((unsigned char)p[-1]))) {
    size_t at = n->out->len;
    keep_letter_a(n, p);
    if (n->out->len != at) {
      ue = p;
      while (ue + 1 < end && ks_is_upper((unsigned char)*ue) && ue[1] == '.')
        ue += 2;
      ks_buf_put(n->out, p, (size_t)(ue - p));
      return ue;
    }
  }
  ue = p;
  while (ue < we && ks_is_upper((unsigned char)*ue))
    ue++;
  len = (size_t)(ue - p);
  /* "the MErcury Surface, Space ENvironment": the capitals that spell a
   * name's acronym inside its words, said as the words */
  if (len == 2 && we - ue >= 4 && p[1] != 'I' && !shouting(n)) {
    const char *l = ue;
    while (l < we && ks_is_lower((unsigned char)*l))
      l++;
    if (l == we &&
        !(we - ue == 3 && (starts(ue, end, "ing") || starts(ue, end, "ers"))) &&
        acronym_words(n, p)) {
      sep(n);
      ks_buf_putc(n->out, *p);
      ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[1]));
      ks_buf_put(n->out, ue, (size_t)(we - ue));
      return we;
    }
  }
  /* "MESSENGER's": a long word in capitals before a possessive */
  if (len > 6 && ue == we && possessive_at(ue, end) && !shouting(n) &&
      !(p > n->s && ks_is_alpha((unsigned char)p[-1])) &&
      (r = caps_possessive(n, p, ue)) != NULL)
    return r;
  /* "HFpEF", "HFrEF": capitals with a small letter alone between them,
   * each letter said (espeak-ng drops the E of "pEF") */
  if (we - p >= 4 && we - p <= 6 && ue - p >= 2 && ue < we &&
      !alnum_at(we, end) && !(p > n->s && ks_is_alnum((unsigned char)p[-1]))) {
    size_t upper = 0, k;
    for (k = 0; k < (size_t)(we - p); k++) {
      if (ks_is_upper((unsigned char)p[k]))
        upper++;
      else if (k + 1 >= (size_t)(we - p) ||
               !ks_is_upper((unsigned char)p[k + 1]) ||
               !ks_is_upper((unsigned char)p[k - 1]))
        break;
    }
    if (k == (size_t)(we - p) && upper >= 4) {
      letters_apart(n, p, (size_t)(we - p), true);
      return we;
    }
  }
  /* a plural goes with it ("CEOs"), a possessive follows ("ICC's"); a
   * longer run of capitals only when no word has its letters ("NHSGGC")
   * or the list spells it ("REIPPPP") */
  if (len < 2 ||
      (len > 6 &&
       (len > 10 ||
        !(no_word(p, len) || ks_lang_in_list(lang->caps_letters,
                                             lang->n_caps_letters, p, len)))) ||
      (ue < we && !(we - ue == 1 && *ue == 's')))
    return NULL;
  /* "the Islamic State (IS) group": a short word in capitals alone in
   * brackets is the initials of the name before it, spelled */
  if (len == 2 && ue == we && p > n->s && p[-1] == '(' && we < end &&
      *we == ')' && !shouting(n) &&
      ks_lang_in_list(lang->caps_words, lang->n_caps_words, p, len)) {
    letters_apart(n, p, len, false);
    return we;
  }
  /* "the UK PM", "PM Modi": "PM" after no number or time is the prime
   * minister ("5 PM" is read with its time) */
  if (len == 2 && p[0] == 'P' && p[1] == 'M' && ue == we &&
      !(p > n->s &&
        (ks_is_alnum((unsigned char)p[-1]) || p[-1] == '.' || p[-1] == '/')) &&
      !(p - n->s >= 2 && p[-1] == ' ' && ks_is_digit((unsigned char)p[-2])) &&
      !(we < end && (ks_is_digit((unsigned char)*we) || *we == '/' ||
                     (*we == '.' && we + 1 < end && we[1] != ' '))) &&
      !(we + 1 < end && *we == ' ' && ks_is_digit((unsigned char)we[1]))) {
    say(n, "Prime Minister");
    return we;
  }
  /* "HCM City", "HCMC": Ho Chi Minh City by its initials, as Vietnam's
   * papers write it and a newsreader says it in full (set AW) */
  /* (HCMC only in a sentence about Vietnam: Minneapolis's Hennepin
   * County Medical Center is HCMC too) */
  static const char *const vietnam[] = {"Hanoi", "Saigon", "Viet",
                                        "Vietnam", "Vietnamese"};
  if (ue == we && ((len == 3 && !memcmp(p, "HCM", 3) &&
                    starts(we, end, " City")) ||
                   (len == 4 && !memcmp(p, "HCMC", 4) &&
                    ks_norm_sentence_has(n, vietnam, N_OF(vietnam)))) &&
      !shouting(n)) {
    say(n, len == 4 ? "Ho Chi Minh City" : "Ho Chi Minh");
    return we;
  }
  /* "(95% CI 0.61-0.78)": a confidence interval after its percentage */
  if (len == 2 && p[0] == 'C' && p[1] == 'I' && ue == we && p - n->s >= 2 &&
      p[-1] == ' ' && p[-2] == '%') {
    say(n, "confidence interval");
    return we;
  }
  /* "(HR 0.78; 95% CI ...)", "OR 1.4", "RR 0.9": a hazard, odds or risk
   * ratio before its value, where a confidence interval is given */
  if (len == 2 && ue == we && we + 3 < end && *we == ' ' &&
      ks_is_digit((unsigned char)we[1]) && we[2] == '.' &&
      ((p[0] == 'H' && p[1] == 'R') || (p[0] == 'O' && p[1] == 'R') ||
       (p[0] == 'R' && p[1] == 'R'))) {
    static const char *const ci[] = {"CI", "confidence"};
    if (ks_norm_sentence_has(n, ci, N_OF(ci))) {
      say(n, p[0] == 'H'   ? "hazard ratio"
             : p[0] == 'O' ? "odds ratio"
                           : "relative risk");
      return we;
    }
  }
  /* "IT'S NOT OVER": it is, in capitals */
  if (len == 2 && p[0] == 'I' && p[1] == 'T' && ue == we &&
      (starts(ue, end, "'S") || starts(ue, end, "’S")) &&
      !alnum_at(ue + (*ue == '\'' ? 2 : strlen("’S")), end)) {
    say(n, "it's");
    return ue + (*ue == '\'' ? 2 : strlen("’S"));
  }
  /* a quotation in capitals is read as words; inside a sentence in small
   * letters espeak-ng still spells some of three letters ("GET OUT NOW"
   * says "O.U.T."), which are written as names are, as below */
  if (quoted_shout(n, p)) {
    if (len != 3 || ue != we || shouting(n) ||
        !ks_lang_in_list(lang->caps_words, lang->n_caps_words, p, len))
      return NULL;
    sep(n);
    ks_buf_putc(n->out, (char)*p);
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[1]));
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[2]));
    return ue;
  }
  /* "cruised at FL350": flight level three five zero */
  if (len == 2 && p[0] == 'F' && p[1] == 'L' && ue < end &&
      ks_is_digit((unsigned char)*ue)) {
    const char *de = ue;
    while (de < end && ks_is_digit((unsigned char)*de))
      de++;
    if (de - ue >= 2 && de - ue <= 3 &&
        !(de < end && ks_is_alnum((unsigned char)*de))) {
      say(n, "flight level");
      sep(n);
      ks_num_digits(n->out, ue, (size_t)(de - ue));
      return de;
    }
  }
  /* "the .NET framework": dot net */
  if (len == 3 && !memcmp(p, "NET", 3) && ue == we && p > n->s &&
      p[-1] == '.' && (p - 1 == n->s || p[-2] == ' ' || p[-2] == '(')) {
    ks_buf_truncate(n->out,
                    n->out->len - (n->out->len > n->base &&
                                   n->out->ptr[n->out->len - 1] == '.'));
    say(n, "dot net");
    return we;
  }
  /* "won 4-3 in OT": overtime, in a sentence about a game (not "the
   * patient is in OT") */
  if (len == 2 && p[0] == 'O' && p[1] == 'T' && ue == we && !shouting(n)) {
    static const char *const in[] = {"in", "into"};
    static const char *const game[] = {"beat", "defeat", "edged",  "game",
                                       "goal", "lost",   "scored", "victory",
                                       "win",  "winner", "won"};
    if (ks_norm_word_before(n, p, in, N_OF(in)) &&
        ks_norm_sentence_has(n, game, N_OF(game))) {
      say(n, "overtime");
      return we;
    }
  }
  if (p > n->s &&
      (ks_is_alpha((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80 ||
       p[-1] == '&' || p[-1] == '.' || p[-1] == '_' ||
       /* "DGA-AMPTP": two sets of initials, each read on its own */
       (p[-1] == '-' && !(len >= 3 && ue == we && p - n->s >= 3 &&
                          ks_is_upper((unsigned char)p[-2]) &&
                          ks_is_upper((unsigned char)p[-3]) &&
                          !pronounceable(p, len))))) /* not "MS-DOS" */
    return NULL; /* part of a longer word, "AT&T", a code, a dotted name */
  if (we < end &&
      (we[0] == '&' || we[0] == '_' ||
       ((unsigned char)we[0] >= 0x80 && !starts(we, end, "’")) ||
       (we[0] == '-' && we + 1 < end && ks_is_upper((unsigned char)we[1]))))
    return NULL;
  digits = (p > n->s && ks_is_digit((unsigned char)p[-1])) ||
           (ue < end && ks_is_digit((unsigned char)*ue));
  /* a sentence in capitals, or a title in capitals inside one, says its
   * pronouns: "IT" after a word that takes an object or before a verb
   * ("IT WAS HUGE", "IT HAPPENS", "WHAT'S IN IT FOR US?"; not "IT FIRMS
   * HIT", "the FBI
   * IT team"), "US" after such a word where the phrase ends ("FOR US?",
   * not "TARIFFS ON US GOODS") */
  if (len == 2 && ue == we && !digits &&
      ((p[0] == 'I' && p[1] == 'T') || (p[0] == 'U' && p[1] == 'S')) &&
      (shouting(n) || caps_heading(n) || caps_word_before(n, p)) &&
      pronoun_at(n, p, we)) {
    sep(n);
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[0]));
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[1]));
    return ue;
  }
  /* "ST JOHN'S –", "IN ST HELENS": in a dateline or a sentence in
   * capitals, "ST" before a name in capitals is Saint (sets BE, general48) */
  /* (in a headline only after a preposition: not a street's, "OXFORD
   * ST SHOPS", nor a firm's, "ST ENGINEERING WINS") */
  static const char *const st_preps[] = {"at", "for", "from", "in", "near",
                                         "of", "to"};
  if (len == 2 && p[0] == 'S' && p[1] == 'T' && ue == we && !digits &&
      we + 3 < end && *we == ' ' && ks_is_upper((unsigned char)we[1]) &&
      ks_is_upper((unsigned char)we[2]) &&
      ((p == n->s && dateline_dash(n)) ||
       ((shouting(n) || caps_heading(n)) &&
        ks_norm_word_before(n, p, st_preps, N_OF(st_preps))))) {
    sep(n);
    ks_buf_puts(n->out, "SAINT");
    return we;
  }
  /* "AS FAR", "AS Roma": a club's "Association Sportive" before its
   * name, letters, not the word "as" (set AW) */
  /* (first in the sentence only before a name in capitals, "AS FAR
   * edge RS Berkane": a lede's first word in capitals is the word, "AS
   * Kenya prepares ...") */
  if (len == 2 && p[0] == 'A' && p[1] == 'S' && ue == we && !shouting(n) &&
      !caps_heading(n) && we + 2 < end && *we == ' ' &&
      ks_is_upper((unsigned char)we[1]) && !caps_word_before(n, p) &&
      !caps_words_run(n, p, we) && /* not "AS GOOD AS NEW" */
      !(ks_norm_first_of_sentence(n, p) &&
        !(we + 3 < end && ks_is_upper((unsigned char)we[2])))) {
    sep(n);
    say_letter_a(n);
    ks_buf_puts(n->out, " S");
    return we;
  }
  /* "the IS group", "IS fighters": the Islamic State's initials, not the
   * verb in capitals */
  if (len == 2 && p[0] == 'I' && p[1] == 'S' && ue == we && !shouting(n)) {
    static const char *const the[] = {"the"};
    static const char *const members[] = {
        "affiliate", "affiliates", "caliphate", "extremists", "fighters",
        "group",     "jihadists",  "militants", "supporters"};
    if (ks_norm_word_before(n, p, the, N_OF(the)) ||
        ks_norm_next_is(n, we, members, N_OF(members))) {
      sep(n);
      ks_buf_puts(n->out, "I S");
      return we;
    }
  }
  if (ks_lang_in_list(lang->caps_words, lang->n_caps_words, p, len)) {
    /* a word, even in a code: "50OFF". espeak-ng spells capitals of
     * three letters that its dictionary lacks ("BIG", "MAX", "NEW"), so
     * inside a sentence in lower case such a word is written as a name is
     * ("Big"); two letters are left ("AM" may be the radio band), and so
     * are a state's code, a heading and a sentence in capitals */
    if (!digits && ue == we && possessive_at(ue, end) && !shouting(n) &&
        (r = caps_possessive(n, p, ue)) != NULL)
      return r;
    if (!digits && (r = word_plural(n, p, ue, we)) != NULL)
      return r;
    /* "RAV4", "COP28": before a model's or a meeting's figures too */
    bool figures_after = ue < end && ks_is_digit((unsigned char)*ue) &&
                         !(p > n->s && ks_is_digit((unsigned char)p[-1]));
    /* (in a heading in capitals with figures too, which are said in
     * small letters, espeak-ng spells it again: "TAX AMNESTY 2025: KEY
     * DETAILS") */
    /* (shouting's own pass over the sentence notes its figures) */
    bool figured = len == 3 && shouting(n) && n->caps_figures;
    if (len != 3 || (digits && !figures_after) ||
        (ue != we && !figures_after) || (shouting(n) && !figured) ||
        ks_norm_state_code(n->lang, p, len) != NULL ||
        (caps_next_to(n, p, we) && !caps_words_run(n, p, we) && !figured &&
         !(caps_word_beside(n, p, we) && dateline_dash(n))))
      return NULL;
    sep(n);
    ks_buf_putc(n->out, (char)*p);
    for (size_t i = 1; i < len; i++)
      ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[i]));
    return ue;
  }
  /* "use the code SAVE20 at checkout": a discount code's word before its
   * figures is said as a word, written as a name is ("Save") */
  if (len >= 4 && ue < end && ks_is_digit((unsigned char)*ue) &&
      !(p > n->s && ks_is_digit((unsigned char)p[-1])) &&
      pronounceable(p, len) && !shouting(n)) {
    static const char *const codes[] = {"checkout", "code",  "codes",  "coupon",
                                        "discount", "promo", "voucher"};
    if (ks_norm_sentence_has(n, codes, N_OF(codes))) {
      sep(n);
      ks_buf_putc(n->out, (char)*p);
      for (size_t i = 1; i < len; i++)
        ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)p[i]));
      return ue;
    }
  }
  /* "the Agence de Mise en Valeur (AMVPPC)": a long run of capitals
   * alone in brackets is the initials of the name before it; spelled when
   * four consonants or more run in it, which no word would say (not
   * "(NASDAQ)", "(UNCTAD)", "(FIDESZ)") */
  if (!digits && len > 5 && ue == we && p > n->s && p[-1] == '(' &&
      we < end && *we == ')') {
    size_t run = 0, most = 0;
    for (size_t i = 0; i < len; i++) {
      run = vowel_at(p, i) ? 0 : run + 1;
      most = run > most ? run : most;
    }
    if (most >= 4 && !shouting(n) &&
        !ks_lang_in_list(lang->caps_words, lang->n_caps_words, p, len)) {
      letters_apart(n, p, len, true);
      return we;
    }
  }
  if (!digits &&
      !ks_lang_in_list(lang->caps_letters, lang->n_caps_letters, p, len) &&
      !call_letters(n, p, len, we)) {
    if ((len > 5 && !no_word(p, len)) || (len >= 4 && pronounceable(p, len)) ||
        (ue == we && caps_word_beside(n, p, we))) {
      if ((r = word_plural(n, p, ue, we)) != NULL)
        return r;
      /* both tests above the rare possessive are the cheap ones */
      if (ue == we && possessive_at(ue, end) && !shouting(n) &&
          !caps_word_beside(n, p, we) &&
          (r = caps_possessive(n, p, ue)) != NULL)
        return r;
      return NULL;
    }
    /* "IV fluids", "an IV drip": intravenous, spelled, where neither a
     * name nor a word that counts makes it a numeral ("Henry IV", "Table
     * IV", "stage IV cancer") */
    /* "phase III and IV trials": a numeral in a list of numerals */
    if (len == 2 && p[0] == 'I' && p[1] == 'V' && ue == we && n->prev &&
        n->prev + n->prev_len + 1 == p) {
      static const char *const joins[] = {"and", "or", "through", "to"};
      const char *w, *e;
      if (word_is(n->prev, n->prev_len, joins, N_OF(joins)) &&
          (w = ks_norm_prev_word(n, n->prev, &e)) != NULL &&
          ks_norm_numeral_letters(w, e)) {
        sep(n);
        ks_buf_puts(n->out, "four");
        return we;
      }
    }
    if (len == 2 && p[0] == 'I' && p[1] == 'V' && ue == we && we < end - 1 &&
        *we == ' ' && ks_is_lower((unsigned char)we[1]) && !shouting(n) &&
        !(n->prev && n->prev + n->prev_len + 1 == p &&
          (ks_is_upper((unsigned char)*n->prev) ||
           ks_norm_word_before(n, p, n->lang->roman_cardinal_after,
                               n->lang->n_roman_cardinal_after)))) {
      sep(n);
      ks_buf_puts(n->out, "I V");
      return we;
    }
    /* roman numerals have rules of their own; "II" alone is left as is */
    size_t k = 0;
    while (k < len && (p[k] == 'I' || p[k] == 'V' || p[k] == 'X'))
      k++;
    if (k == len)
      return NULL;
    /* in a sentence in capitals, three letters that no word has are an
     * initialism all the same ("KEY FIGURES \xE2\x80\x93 ECB STAFF
     * PROJECTIONS"; "THE", "AND", "WHY" are words, and so are the sounds
     * "HMM", "SHH", "BRR") */
    static const char *const sounds[] = {"BRR", "CWM", "HMM", "NTH",
                                         "PST", "SHH", "TSK"};
    if (shouting(n) && !(len == 3 && ue == we && !pronounceable(p, len) &&
                         !word_is(p, len, sounds, N_OF(sounds))))
      return NULL;
  }
  /* "AT A GLANCE: Criteria for phase two": a heading in capitals that
   * opens the sentence, three words or more up to its colon, keeps its
   * small words as words (espeak-ng says "AT", "IN" as words; spelled
   * they are "A.T") */
  static const char *const smalls[] = {"AS", "AT", "BY", "IN", "IS", "IT",
                                       "OF", "ON", "OR", "TO", "UP"};
  if (len == 2 && ue == we && !digits && word_is(p, len, smalls, N_OF(smalls))) {
    const char *c = n->s;
    size_t words = 0;
    bool all = true;
    while (c < end && *c != ':' && all) {
      const char *e = c;
      for (; e < end && ks_is_alpha((unsigned char)*e); e++)
        all = all && ks_is_upper((unsigned char)*e);
      if (e == c)
        all = false;
      words++;
      c = e;
      if (c < end && *c == ' ')
        c++;
    }
    if (all && words >= 3 && c < end && *c == ':' && p < c)
      return NULL;
  }
  /* "AA batteries": a battery's size is double A */
  if (len == 2 && p[0] == 'A' && p[1] == 'A' && ue == we && !digits) {
    static const char *const cells[] = {"batteries", "battery", "cell",
                                        "cells"};
    if (ks_norm_next_is(n, we, cells, N_OF(cells))) {
      say(n, "double");
      say_letter_a(n);
      return ue;
    }
  }
  /* "AAA" is triple A, as a newsreader says it (the motoring club, a
   * credit rating, a battery); "KKK" and "WWW" are spelled */
  if (len == 3 && p[0] == 'A' && p[1] == 'A' && p[2] == 'A' && ue == we &&
      !digits) {
    sep(n);
    ks_buf_puts(n->out, "triple ");
    ks_buf_putc(n->out, (char)*p);
    return ue;
  }
  /* letters standing alone are written apart ("I R S"), as espeak-ng
   * reads spelled letters, with an "r" linked to the next vowel; an "A"
   * alone would be the article, so a word with one keeps its stops */
  if (ue == we && !memchr(p, 'A', len) && !starts(ue, end, "'") &&
      !caps_next_to(n, p, we) && !starts(ue, end, "’") &&
      !(ue < end && (*ue == '-' || *ue == '/' || *ue == '.'))) {
    letters_apart(n, p, len, false);
    return ue;
  }
  /* the last period goes before a space, a plural or a possessive, not
   * before another period or a hyphen ("MIG-25") */
  spell(n, p, len,
        ue < end && (*ue == '.' || *ue == '-' || *ue == '/' || *ue == ':'));
  if (ue < we && *ue == 's') { /* "SUVs": espeak-ng says "S.U.V.s" with a
                                * letter S at the end, "S.U.V.'s" right */
    ks_buf_puts(n->out, "'s");
    return we;
  }
  if (starts(ue, end, "’s") &&
      !(ue + strlen("’s") < end &&
        ks_is_alpha((unsigned char)ue[strlen("’s")]))) {
    ks_buf_puts(n->out, "'s"); /* "HBO’s": the curly one makes it pause */
    return ue + strlen("’s");
  }
  return ue; /* a possessive after it is copied as it is */
}
