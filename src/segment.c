/* segment.c - split each block of a document into sentences (byte spans).
 * SPDX-License-Identifier: MIT
 *
 * One left-to-right pass per block. Only a few bytes matter: terminals
 * (. ? ! and their Unicode forms), a colon (an inline list may follow), a
 * space (while a numbered list is open) and bullets. At a terminal the word
 * before it and the word after it decide: an abbreviation from the language
 * table, an initial, a dotted acronym, a number or a plain word, followed by
 * a lower-case word, a digit, a capital, or a word that usually starts a
 * sentence.
 */
#include "lang/lang.h"
#include "lang/region.h"
#include "ascii.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

#define NONE SIZE_MAX

/* What follows a terminal, after white space and opening quotes. */
enum next_class { N_END, N_LOWER, N_UPPER, N_DIGIT, N_OTHER };

/* Kinds of terminal character. */
enum term_kind { T_NONE, T_DOT, T_STOP, T_ELLIPSIS, T_CJK };

/* The state of one block's pass. */
struct seg {
  struct ks_doc *doc;
  const struct ks_lang *lang;
  size_t block;
  const char *t;      /* doc->text.ptr */
  size_t begin, end;  /* the block's span */
  size_t start;       /* where the current sentence starts */
  size_t skip_dot;    /* a list marker's period, which ends nothing */
  unsigned list_next; /* the marker expected next, 0 when no list is open */
  int list_kind;      /* '1', 'a' or 'A' */
  bool list_block;    /* items are sentences (a list opened at a start) */
};

/* The word after a terminal. */
struct next {
  enum next_class cls;
  size_t pos;  /* its first byte */
  size_t wlen; /* ASCII letters from pos (0 when not an ASCII letter) */
};

static unsigned char at(const struct seg *s, size_t i) {
  return i < s->end ? (unsigned char)s->t[i] : 0;
}

/* True when the bytes at i are the UTF-8 sequence u (of length n). */
static bool has(const struct seg *s, size_t i, const char *u, size_t n) {
  return i + n <= s->end && !memcmp(s->t + i, u, n);
}

/* Case of a letter outside ASCII: the Latin, Greek, Cyrillic and Armenian
 * ranges, where alternating pairs are mostly even = upper. Scripts without
 * case (CJK, Hangul, Arabic...) read as N_OTHER: they can start a sentence. */
static enum next_class unicode_class(unsigned cp) {
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
      (cp >= 0x391 && cp <= 0x3AB) || (cp >= 0x386 && cp <= 0x38F) ||
      (cp >= 0x400 && cp <= 0x42F) || (cp >= 0x531 && cp <= 0x556) ||
      (cp >= 0xFF21 && cp <= 0xFF3A))
    return N_UPPER;
  if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
      (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F) ||
      (cp >= 0x561 && cp <= 0x587) || (cp >= 0xFF41 && cp <= 0xFF5A))
    return N_LOWER;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) ||
      (cp >= 0x460 && cp <= 0x4FF) || (cp >= 0x1E00 && cp <= 0x1EFF))
    return cp % 2 ? N_LOWER : N_UPPER;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return cp % 2 ? N_UPPER : N_LOWER;
  if (cp == 0x17F || (cp >= 0x250 && cp <= 0x2AF))
    return N_LOWER;
  return N_OTHER;
}

/* Length of the mark at i when it is one of the ASCII characters in `ascii`
 * or one of the UTF-8 sequences in `multi`, else 0. */
static size_t mark_len(const struct seg *s, size_t i, const char *ascii,
                       const char *const *multi, size_t n) {
  unsigned char c = at(s, i);
  if (c && c < 0x80)
    return strchr(ascii, c) ? 1 : 0;
  if (c < 0xC2)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (has(s, i, multi[k], strlen(multi[k])))
      return strlen(multi[k]);
  return 0;
}

/* Length of a closing quote or bracket at i, or 0. */
static size_t closer_len(const struct seg *s, size_t i) {
  static const char *const multi[] = {
      "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB",     "\xE2\x80\xBA",
      "\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x89", "\xE3\x80\x91",
      "\xE3\x80\x8B", "\xE3\x80\x89", "\xEF\xBC\xBD", "\xEF\xBD\xA3",
      "\xE3\x80\x95"};
  return mark_len(s, i, "\"')]}", multi, sizeof multi / sizeof multi[0]);
}

/* Length of an opening quote or bracket at i, or 0. */
static size_t opener_len(const struct seg *s, size_t i) {
  static const char *const multi[] = {
      "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB",     "\xE2\x80\xB9",
      "\xE2\x80\x9E", "\xC2\xBF",     "\xC2\xA1",     "\xE3\x80\x8C",
      "\xE3\x80\x8E", "\xEF\xBC\x88", "\xE3\x80\x90", "\xE3\x80\x8A",
      "\xE3\x80\x88"};
  return mark_len(s, i, "\"'([{", multi, sizeof multi / sizeof multi[0]);
}

/* Length of a list bullet at i, or 0. Hyphens and dashes are not bullets:
 * they are also dashes inside sentences. */
static size_t bullet_len(const struct seg *s, size_t i) {
  static const char *const bullets[] = {
      "\xE2\x80\xA2", "\xE2\x80\xA3", "\xE2\x81\x83", "\xE2\x97\xA6",
      "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x96\xAA", "\xE2\x96\xA0",
      "\xE2\x96\xA1", "\xE2\x96\xBA", "\xE2\x96\xB8", "\xE2\x9E\xA2"};
  if (at(s, i) != 0xE2)
    return 0;
  for (size_t k = 0; k < sizeof bullets / sizeof bullets[0]; k++)
    if (has(s, i, bullets[k], 3))
      return 3;
  return 0;
}

/* The terminal character at i: its kind and length (0 when none). */
static size_t term_at(const struct seg *s, size_t i, enum term_kind *kind) {
  unsigned char c = at(s, i);
  *kind = T_NONE;
  if (c == '.') {
    *kind = T_DOT;
    return 1;
  }
  if (c == '?' || c == '!') {
    *kind = T_STOP;
    return 1;
  }
  if (c < 0xC0)
    return 0;
  if (has(s, i, "\xE2\x80\xA6", 3)) { /* horizontal ellipsis */
    *kind = T_ELLIPSIS;
    return 3;
  }
  /* CJK full stop, halfwidth full stop, fullwidth . ! ? */
  if (has(s, i, "\xE3\x80\x82", 3) || has(s, i, "\xEF\xBD\xA1", 3) ||
      has(s, i, "\xEF\xBC\x8E", 3) || has(s, i, "\xEF\xBC\x81", 3) ||
      has(s, i, "\xEF\xBC\x9F", 3)) {
    *kind = T_CJK;
    return 3;
  }
  /* double marks, Devanagari danda, Ethiopic full stop */
  if (has(s, i, "\xE2\x80\xBC", 3) || has(s, i, "\xE2\x81\x87", 3) ||
      has(s, i, "\xE2\x81\x88", 3) || has(s, i, "\xE2\x81\x89", 3) ||
      has(s, i, "\xE0\xA5\xA4", 3) || has(s, i, "\xE0\xA5\xA5", 3) ||
      has(s, i, "\xE1\x8D\xA2", 3)) {
    *kind = T_STOP;
    return 3;
  }
  /* Arabic question mark, Urdu full stop, Armenian full stop */
  if (has(s, i, "\xD8\x9F", 2) || has(s, i, "\xDB\x94", 2) ||
      has(s, i, "\xD6\x89", 2)) {
    *kind = T_STOP;
    return 2;
  }
  return 0;
}

/* A list marker at i ("2.", "2)", "2.)", "(2)", "b.") followed by a space:
 * returns its value (letters count from 1) and sets *kind ('1', 'a' or 'A') and
 * *dot (its period, or NONE); 0 when there is none. */
static unsigned marker_at(const struct seg *s, size_t i, int *kind,
                          size_t *dot) {
  unsigned v = 0;
  bool paren = at(s, i) == '(';
  size_t j = i + paren, first = j;
  unsigned char c = at(s, j);
  if (ks_is_digit(c)) {
    while (ks_is_digit(at(s, j)) && j - first < 2)
      v = v * 10 + (unsigned)(at(s, j++) - '0');
    *kind = '1';
  } else if (ks_is_alpha(c)) {
    v = (unsigned)(ks_is_lower(c) ? c - 'a' : c - 'A') + 1;
    *kind = ks_is_lower(c) ? 'a' : 'A';
    j++;
  }
  if (v == 0 || ks_is_digit(at(s, j)) || ks_is_alpha(at(s, j)))
    return 0;
  *dot = NONE;
  if (at(s, j) == '.' && !paren) {
    *dot = j++;
    if (at(s, j) == ')')
      j++;
  } else if (at(s, j) == ')') {
    j++;
  } else {
    return 0;
  }
  if (at(s, j) != ' ')
    return 0;
  /* "A. B. Jones": initials, not a list */
  if (*kind != '1' && ks_is_alpha(at(s, j + 1)) && at(s, j + 2) == '.')
    return 0;
  return v;
}

/* Length of the letter at i (ASCII, or a cased letter of another script),
 * or 0. */
static size_t letter_at(const struct seg *s, size_t i) {
  unsigned char c = at(s, i);
  uint32_t cp;
  size_t n;
  if (c < 0x80)
    return ks_is_alpha(c) ? 1 : 0;
  n = ks_utf8_decode(s->t + i, s->end - i, &cp);
  return cp != KS_UTF8_BAD && unicode_class(cp) != N_OTHER ? n : 0;
}

/* Bytes of the run of letters at i. */
static size_t letters_at(const struct seg *s, size_t i) {
  size_t p = i, n;
  while ((n = letter_at(s, p)) > 0)
    p += n;
  return p - i;
}

/* The word at p after a variable's letter and a hyphen, in statistics
 * and mathematics: "p-values", "k-means", "t-test", "h-independent";
 * not "e-commerce", "t-shirt", "x-ray". */
static bool variable_word(const struct seg *s, size_t p) {
  static const char *const words[] = {
      "adic",       "algebra",   "algebras",   "dimensional", "graph",
      "graphs",
      "group",      "groups",    "hacking",    "independent", "invariant",
      "invariants", "local",     "manifold",   "manifolds",   "means",
      "module",     "modules",   "norm",       "norms",       "rank",
      "regular",    "score",     "scores",     "solvable",    "space",
      "spaces",     "statistic", "statistics", "subgroup",    "subgroups",
      "test",       "tests",     "torsion",    "type",        "value",
      "values",     "vector",    "vectors"};
  size_t k = p;
  while (ks_is_lower(at(s, k)))
    k++;
  return k > p && !ks_is_alpha(at(s, k)) &&
         ks_lang_in_list(words, sizeof words / sizeof words[0], s->t + p,
                         k - p);
}

/* Classify the word that starts after position k (white space and opening
 * quotes skipped). */
static struct next next_word(const struct seg *s, size_t k) {
  struct next nx = {N_END, k, 0};
  size_t p = k, n;
  unsigned char c;

  while (p < s->end && ks_is_space(at(s, p)))
    p++;
  while ((n = opener_len(s, p)) > 0)
    p += n;
  nx.pos = p;
  if (p >= s->end)
    return nx;
  c = at(s, p);
  /* "this trend. (i) Warmer nights ...": an item's marker in brackets, a
   * roman numeral or a letter, before a capitalised word opens a sentence
   * as the word would */
  if (p > k && at(s, p - 1) == '(' && ks_is_lower(c)) {
    size_t m = p;
    while (m < s->end && m - p < 4 && strchr("ivx", at(s, m)))
      m++;
    if (m == p)
      m = p + 1;
    if (at(s, m) == ')' && at(s, m + 1) == ' ' && ks_is_upper(at(s, m + 2))) {
      nx.cls = N_UPPER;
      nx.wlen = m - p;
      return nx;
    }
  }
  if (ks_is_alpha(c)) {
    nx.wlen = letters_at(s, p);
    nx.cls = ks_is_upper(c) ? N_UPPER : N_LOWER;
    /* "mRNA", "p53", "c-Myc", "iPhone": a name that happens to start in
     * lower case can start a sentence */
    for (size_t q = p + 1;
         nx.cls == N_LOWER && q < s->end && q < p + 32 && at(s, q) != ' '; q++)
      if (ks_is_upper(at(s, q)) || ks_is_digit(at(s, q)))
        nx.cls = N_OTHER;
    /* "p-values", "k-means", "b-values": a letter joined by a hyphen to a
     * word, a variable's name, opens sentences in science; so does a
     * variable before a sign ("z > 8 galaxies") */
    if (nx.cls == N_LOWER && nx.wlen == 1 &&
        ((at(s, p + 1) == '-' && variable_word(s, p + 2)) ||
         (at(s, p + 1) == ' ' && memchr("<>=", at(s, p + 2), 3))))
      nx.cls = N_OTHER;
  } else if (ks_is_digit(c) || ((c == '$' || has(s, p, "\xC2\xA3", 2) ||
                                 has(s, p, "\xE2\x82\xAC", 3)) &&
                                ks_is_digit(at(s, p + (c == '$'    ? 1
                                                       : c == 0xC2 ? 2
                                                                   : 3))))) {
    nx.cls = N_DIGIT; /* a number or an amount of money */
  } else if (c >= 0x80) {
    uint32_t cp;
    (void)ks_utf8_decode(s->t + p, s->end - p, &cp);
    nx.cls = unicode_class(cp);
    if (nx.cls != N_OTHER)
      nx.wlen = letters_at(s, p);
    /* "α-synuclein", "β-cells": a lower-case Greek letter opens a
     * scientific name, which can start a sentence as "mRNA" does */
    if (nx.cls == N_LOWER && cp >= 0x3AC && cp <= 0x3CE)
      nx.cls = N_OTHER;
  } else {
    nx.cls = N_OTHER;
  }
  return nx;
}

/* The small word at nx is a surname's particle before a capitalised name:
 * "de Chaisemartin", "van der Berg", "von Neumann". */
static bool name_particle(const struct seg *s, const struct next *nx) {
  static const char *const particles[] = {"da", "de",  "del", "della", "der",
                                          "di", "dos", "du",  "la",    "le",
                                          "ten", "ter", "van", "von"};
  size_t e = nx->pos + nx->wlen;
  if (!ks_lang_in_list(particles, sizeof particles / sizeof *particles,
                       s->t + nx->pos, nx->wlen))
    return false;
  /* "van der Berg": a second particle */
  if (at(s, e) == ' ' && ks_is_lower(at(s, e + 1))) {
    size_t f = e + 1;
    while (ks_is_lower(at(s, f)))
      f++;
    if (!ks_lang_in_list(particles, sizeof particles / sizeof *particles,
                         s->t + e + 1, f - e - 1))
      return false;
    e = f;
  }
  return at(s, e) == ' ' && ks_is_upper(at(s, e + 1)) &&
         ks_is_lower(at(s, e + 2));
}

/* A word that usually begins a sentence ("The", "How"), and not an initial
 * ("I. Jones"). */
static bool is_starter(const struct seg *s, const struct next *nx) {
  if (nx->cls != N_UPPER || nx->wlen == 0)
    return false;
  if (nx->wlen == letter_at(s, nx->pos) && at(s, nx->pos + nx->wlen) == '.')
    return false;
  return ks_lang_in_list(s->lang->starters, s->lang->n_starters, s->t + nx->pos,
                         nx->wlen);
}

static size_t word_start(const struct seg *s, size_t i);
static size_t letters_start(const struct seg *s, size_t i);

/* The abbreviation spelled t[p..p+n), or NULL. A title, month or place
 * written in lower case ("st.", "sat.", "ill.") is an ordinary word. */
static const struct ks_abbrev *find(const struct seg *s, size_t p, size_t n) {
  const struct ks_abbrev *ab;
  if (n == 0 || n > 16)
    return NULL;
  ab = ks_lang_abbrev(s->lang, s->t + p, n);
  /* (but "dr." before a capitalised name, as Indonesian and Dutch papers
   * write a doctor's title: "services, dr. Irawati Simanjuntak, told") */
  if (ab && ks_is_lower(at(s, p)) && ks_is_upper((unsigned char)ab->word[0]) &&
      (ab->flags & (KS_AB_TITLE | KS_AB_MONTH | KS_AB_WEEKDAY | KS_AB_PLACE |
                    KS_AB_CAPITAL)) &&
      !(n == 2 && has(s, p, "dr", 2) && at(s, p + 2) == '.' &&
        at(s, p + 3) == ' ' && ks_is_upper(at(s, p + 4)) &&
        /* (not a street's "drive" after its name: "Sunset dr.") */
        !(p >= s->start + 2 && at(s, p - 1) == ' ' &&
          ks_is_alpha(at(s, p - 2)) && ks_is_upper(at(s, word_start(s, p - 1))))))
    return NULL;
  /* one only as written, capitalised, is not one in capitals ("Ep. 3",
   * not "debut EP. 3 of its songs") */
  if (ab && (ab->flags & KS_AB_CAPITAL) && n >= 2 &&
      ks_is_upper((unsigned char)ab->word[0]) &&
      ks_is_lower((unsigned char)ab->word[1]) && ks_is_upper(at(s, p + 1)))
    return NULL;
  /* one in small letters only so, or first: "max. 4" a limit, "is Max."
   * a name, "Max. 4 guests" a line's limit */
  if (ab && (ab->flags & KS_AB_CAPITAL) &&
      ks_is_lower((unsigned char)ab->word[0]) && ks_is_upper(at(s, p)) &&
      p != s->start)
    return NULL;
  /* "at 7:42 EST.": a lower-case one written in capitals is an initialism;
   * "Sec. V." a numeral, not "v." for versus */
  if (ab && ks_is_lower((unsigned char)ab->word[0]) && ks_is_upper(at(s, p)) &&
      (n == 1 || ks_is_upper(at(s, p + 1))))
    return NULL;
  return ab;
}

/* A month or weekday, written out or abbreviated: "Thurs. Nov. 14",
 * "4 a.m. Monday". */
static bool is_date_word(const struct seg *s, const struct next *nx) {
  const struct ks_abbrev *ab;
  if (nx->cls != N_UPPER || nx->wlen == 0)
    return false;
  for (size_t k = 0; k < 12; k++)
    if (strlen(s->lang->months[k]) == nx->wlen &&
        !memcmp(s->lang->months[k], s->t + nx->pos, nx->wlen))
      return true;
  for (size_t k = 0; k < 7; k++)
    if (strlen(s->lang->weekdays[k]) == nx->wlen &&
        !memcmp(s->lang->weekdays[k], s->t + nx->pos, nx->wlen))
      return true;
  ab = find(s, nx->pos, nx->wlen);
  return ab && (ab->flags & (KS_AB_MONTH | KS_AB_WEEKDAY));
}

/* A label in capitals and a colon: "FINDINGS:", "METHODS:", which open a
 * part of a structured abstract or a report. */
static bool caps_label(const struct seg *s, const struct next *nx) {
  size_t k = nx->pos;
  if (nx->cls != N_UPPER || nx->wlen < 3 || at(s, k - 1) != ' ')
    return false; /* not "(NYSE: VIA)" */
  for (; k < nx->pos + nx->wlen; k++)
    if (!ks_is_upper(at(s, k)))
      return false;
  return at(s, k) == ':';
}

/* A capitalised word in "-ing" before a preposition or a determiner opens
 * a clause that starts a sentence: "the U.K. Drawing on a survey, we
 * ..."; not a name in "-ing" before its verb ("J.K. Rowling sold"). */
static bool gerund_opener(const struct seg *s, const struct next *nx) {
  static const char *const next[] = {"a",     "an",   "from", "in",
                                     "into",  "on",   "our",  "the",
                                     "these", "this", "upon", "with"};
  size_t p = nx->pos, w = nx->wlen, q, e;
  if (nx->cls != N_UPPER || w < 5 || !has(s, p + w - 3, "ing", 3) ||
      at(s, p + w) != ' ')
    return false;
  q = p + w + 1;
  for (e = q; ks_is_lower(at(s, e)); e++)
    ;
  if (!ks_lang_in_list(next, sizeof next / sizeof *next, s->t + q, e - q))
    return false;
  /* a clause that opens a sentence ends at a comma before its verb
   * ("Drawing on a survey, we"); a name does not ("J.K. Rowling on
   * Twitter said") */
  for (size_t c = e; c < s->end && c - e < 80; c++) {
    if (at(s, c) == ',')
      return true;
    if (at(s, c) == '.' || at(s, c) == '!' || at(s, c) == '?')
      return false;
  }
  return false;
}

/* Figures at nx that are a time of their own ("9 p.m.", "10:30 a.m."):
 * a list of times goes on. */
static bool time_next(const struct seg *s, const struct next *nx) {
  size_t k = nx->pos;
  while (ks_is_digit(at(s, k)) || at(s, k) == ':' || at(s, k) == '.')
    k++;
  if (at(s, k) == ' ')
    k++;
  return (at(s, k) == 'a' || at(s, k) == 'p') &&
         (at(s, k + 1) == '.' || at(s, k + 1) == 'm');
}

/* A word of a structured abstract's labels at b, as the list writes it
 * or in capitals ("Methods", "METHODS"). */
static bool label_word(const struct seg *s, size_t b, size_t len) {
  char word[24];
  if (ks_lang_in_list(s->lang->labels, s->lang->n_labels, s->t + b, len))
    return true;
  if (len < 2 || len >= sizeof word)
    return false;
  for (size_t k = 0; k < len; k++) {
    if (!ks_is_upper(at(s, b + k)))
      return false;
    word[k] = (char)(k ? ks_to_lower(at(s, b + k)) : at(s, b + k));
  }
  return ks_lang_in_list(s->lang->labels, s->lang->n_labels, word, len);
}

/* A structured abstract's label of a few capitalised words that starts at
 * b, one of them a label's word ("Design, Setting, and Participants.",
 * "Main Outcomes and Measures:"): where its stop or colon is, or 0. */
static size_t label_span(const struct seg *s, size_t b) {
  static const char *const small[] = {"and", "of", "or", "the"};
  static const char *const heads[] = {"Key", "Main", "Primary", "Secondary",
                                      "Study"};
  size_t k = b, words = 0, h = b;
  bool named = false, sentence_case;
  if (!s->lang->labels)
    return 0;
  /* sentence case only after a label's word or a word that heads one
   * ("Study design.", "Main outcome."; not "Mixed results.") */
  while (ks_is_alpha(at(s, h)))
    h++;
  sentence_case =
      ks_lang_in_list(heads, sizeof heads / sizeof heads[0], s->t + b, h - b) ||
      label_word(s, b, h - b);
  while (words < 6) {
    size_t e = k;
    while (ks_is_alpha(at(s, e)))
      e++;
    char word[24];
    bool label, lower = words > 0 && e > k && e - k < sizeof word &&
                        ks_is_lower(at(s, k)) && sentence_case;
    if (lower) { /* sentence case: "Study design.", "Main outcome." */
      memcpy(word, s->t + k, e - k);
      word[0] = (char)ks_to_upper((unsigned char)word[0]);
      lower = ks_lang_in_list(s->lang->labels, s->lang->n_labels, word, e - k);
    }
    if (e == k || !(ks_is_upper(at(s, k)) || lower ||
                    ks_lang_in_list(small, sizeof small / sizeof *small,
                                    s->t + k, e - k)))
      return 0;
    label = lower || label_word(s, k, e - k);
    /* a label's word first or last: not "The Design Council." */
    named = named || (label && words == 0);
    words++;
    if ((at(s, e) == '.' || at(s, e) == ':') && at(s, e + 1) == ' ' &&
        (ks_is_upper(at(s, e + 2)) || ks_is_digit(at(s, e + 2))))
      return (named || label) && words >= 2 ? e : 0;
    if (at(s, e) == ',')
      e++;
    if (at(s, e) != ' ')
      return 0;
    k = e + 1;
  }
  return 0;
}

/* The word after the stop is a roman numeral in capitals ("II", "XIV"). */
static bool roman_word(const struct seg *s, const struct next *nx) {
  if (nx->wlen < 2 || nx->wlen > 6)
    return false;
  for (size_t k = 0; k < nx->wlen; k++)
    if (!strchr("IVXLC", at(s, nx->pos + k)))
      return false;
  return true;
}

/* A part of the text, its number and a verb in small letters at nx, which
 * open a sentence after an abbreviation: "the U.K. Part IV concludes",
 * "Tobacco Corp. Part III presents", "in the U.S. Section 3 describes". */
/* (with verb set, the word after the number one of a text's verbs:
 * "Chapter 11 proceedings" is a company's bankruptcy) */
static bool part_opener(const struct seg *s, const struct next *nx, bool verb) {
  static const char *const parts[] = {"Appendix", "Chapter", "Part", "Section"};
  static const char *const verbs[] = {
      "addresses", "analyses",  "analyzes",   "argues",     "concludes",
      "considers", "describes", "details",    "discusses",  "examines",
      "explains",  "explores",  "introduces", "offers",     "outlines",
      "presents",  "proposes",  "provides",   "reports",    "reviews",
      "sets",      "shows",     "sketches",   "summarises", "summarizes",
      "turns"}; /* sorted: a binary search */
  size_t e = nx->pos + nx->wlen, r = e + 1, v;
  if (nx->cls != N_UPPER || at(s, e) != ' ' ||
      !ks_lang_in_list(parts, sizeof parts / sizeof parts[0], s->t + nx->pos,
                       nx->wlen))
    return false;
  while (ks_is_digit(at(s, r)) || (at(s, r) && strchr("IVX", at(s, r))))
    r++; /* (strchr finds the NUL that at() gives past the end) */
  if (!(r > e + 1 && at(s, r) == ' ' && ks_is_lower(at(s, r + 1))))
    return false;
  for (v = r + 1; ks_is_lower(at(s, v)); v++)
    ;
  return !verb || ks_lang_in_list(verbs, sizeof verbs / sizeof verbs[0],
                                  s->t + r + 1, v - r - 1);
}

/* "the U.S.", "the U.K." and "the E.U." end a sentence before a plural
 * in capitals that a verb follows ("outside the U.S. Policy-makers
 * should consider"); any other capitalised word may go on the country in
 * a name ("the U.S. Constitution says", "the U.S. Christmas shopping
 * season"), and one of the language's list never ends it. */
static bool country_end(const struct seg *s, size_t tok, size_t i,
                        const struct next *nx) {
  static const char *const verbs[] = {"are",    "can",   "could", "have",
                                      "may",    "might", "must",  "say",
                                      "should", "were",  "will",  "would"};
  /* "the Midwestern U.S.", "the southwestern U.S.": a region's word
   * between "the" and the country */
  static const char *const regions[] = {
      "contiguous",   "continental", "eastern",      "entire",
      "mainland",     "midwestern",  "northeastern", "northern",
      "northwestern", "rural",       "southeastern", "southern",
      "southwestern", "western",     "whole"};
  size_t e = nx->pos, w, th = tok;
  if (tok >= s->start + 6 && at(s, tok - 1) == ' ') {
    size_t b = tok - 1;
    while (b > s->start && ks_is_alpha(at(s, b - 1)))
      b--;
    char low[16];
    size_t l = tok - 1 - b;
    for (size_t k = 0; k < l && l < sizeof low; k++)
      low[k] = (char)ks_to_lower(at(s, b + k));
    if (l > 3 && l < sizeof low &&
        ks_lang_in_list(regions, sizeof regions / sizeof regions[0], low, l))
      th = b;
  }
  /* "in Petrified Forest National Park, Arizona, U.S.A. Samples were":
   * after a place and its comma, the country ends the sentence before a
   * capitalised word and one in small letters */
  /* (and "in 36 herds in Wisconsin, U.S. Quarter milk samples were",
   * "London, U.K. DNA barcodes were": not before "of", nor before an
   * office, which the country's names include, "U.S. Ambassador") */
  /* (the capital's "Washington, D.C." too, and before a plural and its
   * comma: "D.C. Agencies, in turn, could plan") */
  if (nx->cls == N_UPPER && s->lang->country_names &&
      ((i - tok == 5 && has(s, tok, "U.S.A", 5)) ||
       (i - tok == 3 && (has(s, tok, "U.S", 3) || has(s, tok, "U.K", 3) ||
                         has(s, tok, "D.C", 3)))) &&
      tok >= s->start + 3 && at(s, tok - 1) == ' ' && at(s, tok - 2) == ',') {
    /* (not "a Washington, D.C. Police officer", "the Washington, D.C.
     * Metro": after a determiner the place names what follows it) */
    static const char *const dets[] = {"A",   "AN", "An", "THE",
                                       "The", "a",  "an", "the"};
    size_t wb = letters_start(s, tok - 2), db;
    if (has(s, tok, "D.C", 3) && wb > s->start + 1 && at(s, wb - 1) == ' ' &&
        (db = letters_start(s, wb - 1)) < wb - 1 &&
        ks_lang_in_list(dets, sizeof dets / sizeof dets[0], s->t + db,
                        wb - 1 - db))
      return false;
    while (e < s->end && ks_is_alpha(at(s, e)))
      e++;
    return ((at(s, e) == ' ' && ks_is_lower(at(s, e + 1))) ||
            (at(s, e) == ',' && e - nx->pos > 3 && at(s, e - 1) == 's' &&
             at(s, e - 2) != 's' && ks_is_lower(at(s, e - 2)))) &&
           !(at(s, e + 1) == 'o' && at(s, e + 2) == 'f' &&
             at(s, e + 3) == ' ') &&
           !ks_lang_in_list(s->lang->country_names, s->lang->n_country_names,
                            s->t + nx->pos, e - nx->pos);
  }
  if (nx->cls != N_UPPER || !s->lang->country_names || th < s->start + 4 ||
      at(s, th - 1) != ' ' || !ks_mem_eq_ci(s->t + th - 4, "the", 3) ||
      (th > s->start + 4 && ks_is_alpha(at(s, th - 5))) || i - tok != 3 ||
      !(has(s, tok, "U.S", 3) || has(s, tok, "U.K", 3) ||
        has(s, tok, "E.U", 3)))
    return false;
  tok = th;
  while (e < s->end && (ks_is_alpha(at(s, e)) || at(s, e) == '-'))
    e++;
  /* a word of place before the country (below) */
  static const char *const places[] = {"across",     "and",     "from",
                                       "in",         "outside", "than",
                                       "throughout", "to",      "within"};
  size_t b = tok - 5, bs = b;
  while (bs > s->start && ks_is_alpha(at(s, bs - 1)))
    bs--;
  /* (a region's word before it makes it a place too: "among
   * residents of the southeastern U.S. Effect estimates were") */
  bool place = (tok >= s->start + 6 && at(s, tok - 5) == ' ' &&
                ks_lang_in_list(places, sizeof places / sizeof places[0],
                                s->t + bs, b - bs)) ||
               th != i - 3;
  /* "of" after a word in small letters ("in three states of the U.S.
   * Parents reported"), before a plural: not a name's "Title 42 of the
   * U.S. Code", "Conf. of the U.S.", nor "participants of the U.K.
   * Biobank without" */
  bool of_place = !place && tok >= s->start + 6 && b - bs == 2 &&
                  has(s, bs, "of", 2) && bs >= s->start + 2 &&
                  at(s, bs - 1) == ' ' && ks_is_lower(at(s, bs - 2));
  /* after a word of place, a part of the text and its number ("and the
   * U.K. Part IV concludes", "in the U.S. Section 3 describes") */
  if (place && part_opener(s, nx, false))
    return true;
  /* a word and its bracket before the verb: "in the U.S. Students (N =
   * 8,412) completed" */
  size_t after = e;
  if (at(s, e) == ' ' && at(s, e + 1) == '(') {
    size_t c = e + 2;
    while (c < s->end && c < e + 40 && at(s, c) != ')' && at(s, c) != '(' &&
           at(s, c) != '.')
      c++;
    if (at(s, c) == ')')
      after = c + 1;
  }
  if (at(s, after) != ' ' || !ks_is_lower(at(s, after + 1)))
    return false;
  /* the first part of a word joined by a hyphen: "Secretary-General";
   * not one whose second part is in small letters, an ordinary word
   * ("Trade-policy debates") */
  for (w = nx->pos; w < e && at(s, w) != '-'; w++)
    ;
  if (!(w < e && ks_is_lower(at(s, w + 1))) &&
      ks_lang_in_list(s->lang->country_names, s->lang->n_country_names,
                      s->t + nx->pos, w - nx->pos))
    return false;
  /* a plural that a verb follows ("Policy-makers should", "Analysts
   * expect", "Workers there"), not a singular that may name something
   * of the country's ("the U.S. Christmas shopping season"); after a
   * word of place ("in the U.S.", "and the U.S."), a singular too, before
   * a verb or a preposition ("in the U.S. Little is known", "in the E.U.
   * Harmonisation through") */
  {
    size_t v = after + 1, ve = v;
    while (ve < s->end && ks_is_lower(at(s, ve)))
      ve++;
    /* "the U.S. JEL codes: J23": a label of two words and its colon */
    if (at(s, ve) == ':' && ve > v)
      return true;
    /* after a word of place, before any word in small letters too
     * ("banned in the E.U. Field trials are warranted"), but not "of",
     * "for", "on", which go on names ("the U.S. Institute of Peace",
     * "Commission on") */
    static const char *const name_words[] = {"and", "for", "of", "on"};
    /* (after "of", a plural and a verb of the past or the list's:
     * "states of the U.S. Parents reported"; not "Members of the U.K.
     * Commons voted", "of the U.S. Olympics team") */
    bool of_verb = of_place && at(s, e - 1) == 's' && at(s, e - 2) != 's' &&
                   ve - v > 3 &&
                   ((at(s, ve - 1) == 'd' && at(s, ve - 2) == 'e') ||
                    ks_lang_in_list(verbs, sizeof verbs / sizeof verbs[0],
                                    s->t + v, ve - v));
    /* (or a singular that no name of the country's takes, before "was"
     * or "is": "rural states of the U.S. Exposure was estimated"; the
     * names' words were left above, "of the U.S. Senate was") */
    static const char *const be[] = {"is", "was"};
    /* (not an agency's initials or "Fed", which the names' list lacks:
     * "The chair of the U.S. Fed is Jerome Powell", "of the U.S. CDC
     * was") */
    bool agency = (e - nx->pos >= 2 && ks_is_upper(at(s, nx->pos + 1))) ||
                  (e - nx->pos == 3 && has(s, nx->pos, "Fed", 3));
    of_verb = of_verb ||
              (of_place && !agency && ks_lang_in_list(be, 2, s->t + v, ve - v));
    if ((place || of_verb) &&
        !ks_lang_in_list(name_words, sizeof name_words / sizeof name_words[0],
                         s->t + v, ve - v))
      return true;
    return at(s, e - 1) == 's' && at(s, e - 2) != 's' &&
           (ks_lang_in_list(verbs, sizeof verbs / sizeof verbs[0], s->t + v,
                            ve - v) ||
            has(s, v, "expect", 6) || has(s, v, "there", 5) ||
            has(s, v, "said", 4) || has(s, v, "warn", 4));
  }
}

/* A capitalised compound of English words whose later parts are in small
 * letters, before a word in small letters, at nx: "Single-grain ages",
 * "Long-term users" open sentences; names keep their capitals
 * ("Stratford-upon-Avon", "Saint-Denis") or are no words ("Abdul-rahman"). */
static bool compound_opener(const struct seg *s, const struct next *nx) {
  /* a name's compound that makes an adjective: "Bush-era", "Navy-led",
   * "Paul-based" (sorted: a binary search) */
  static const char *const of_names[] = {
      "allied",    "appointed", "area",     "backed",     "based",
      "born",      "bound",     "brokered", "controlled", "dominated",
      "era",       "flagged",   "focused",  "funded",     "headquartered",
      "inspired",  "led",       "linked",   "listed",     "made",
      "oriented",  "owned",     "region",   "registered", "run",
      "sponsored", "style",     "themed",   "trained"};
  size_t h = nx->pos, e, b;
  if (nx->cls != N_UPPER)
    return false;
  while (ks_is_alpha(at(s, h)))
    h++;
  if (at(s, h) != '-' || h - nx->pos < 3 || !ks_is_lower(at(s, h + 1)))
    return false;
  for (e = h + 1; ks_is_lower(at(s, e)) || at(s, e) == '-'; e++)
    ;
  if (!(at(s, e) == ' ' && ks_is_lower(at(s, e + 1)) && at(s, e - 1) != '-') ||
      ks_lang_in_list(of_names, sizeof of_names / sizeof of_names[0],
                      s->t + h + 1, e - h - 1))
    return false;
  /* not after a name's initial, a dotted initialism or a title's or a
   * place's abbreviation: "George W. Bush-era", "the U.S. Navy-led", "St.
   * Paul-based", "Ft. Worth-based" */
  if (nx->pos >= s->start + 3 && at(s, nx->pos - 1) == ' ' &&
      at(s, nx->pos - 2) == '.') {
    const struct ks_abbrev *ab;
    for (b = nx->pos - 2; b > s->start && at(s, b - 1) != ' ';)
      b--;
    for (size_t k = b; k < nx->pos - 2; k++)
      if (at(s, k) == '.')
        return false; /* "U.S.", "H.W." */
    if (nx->pos - 2 - b == 1 ||
        ((ab = find(s, b, nx->pos - 2 - b)) != NULL &&
         (ab->flags & (KS_AB_TITLE | KS_AB_PLACE))))
      return false;
  }
  return ks_english_word(s->t + nx->pos, h - nx->pos);
}

/* After a weak abbreviation only a typical sentence opener ends it, or a
 * scientific name in small letters that no abbreviation runs on into: a
 * variable's compound ("U.S. b-values"), a lower-case Greek letter
 * ("α-synuclein"), or a small letter before capitals only ("Co. iPSC
 * lines", "mRNA"; not "U.S. iPhone", "eBay"). */
static bool weak_end(const struct seg *s, const struct next *nx) {
  unsigned char c = at(s, nx->pos);
  size_t k = nx->pos + 1;
  if (is_starter(s, nx) || caps_label(s, nx) || gerund_opener(s, nx) ||
      compound_opener(s, nx) ||
      (nx->cls == N_UPPER &&
       (at(s, nx->pos + nx->wlen) == ':' ||
        (at(s, nx->pos + nx->wlen) == '.' &&
         at(s, nx->pos + nx->wlen + 1) == ' ' &&
         ks_is_upper(at(s, nx->pos + nx->wlen + 2)))) &&
       s->lang->labels &&
       ks_lang_in_list(s->lang->labels, s->lang->n_labels, s->t + nx->pos,
                       nx->wlen)) || /* "in the U.K. Methods: We used",
                                        "in the U.K. Methods. We used" */
      (nx->cls == N_UPPER && label_span(s, nx->pos)))
    return true;
  if (nx->cls != N_OTHER)
    return false;
  if (c == 0xCE || c == 0xCF || (ks_is_lower(c) && at(s, k) == '-') ||
      (ks_is_lower(c) && at(s, k) == ' '))
    return true;
  if (!ks_is_lower(c))
    return false;
  while (ks_is_lower(at(s, k)) && k < nx->pos + 2)
    k++; /* "mRNA", "qPCR": one or two small letters, then capitals */
  if (!ks_is_upper(at(s, k)))
    return false;
  while (ks_is_upper(at(s, k)) || ks_is_digit(at(s, k)))
    k++;
  return !ks_is_lower(at(s, k));
}

/* The sentence so far is a short time phrase: "At 5 a.m.", "On Monday at
 * 6 p.m.", so a capital after the time continues it. */
static bool intro_phrase(const struct seg *s, size_t tok) {
  size_t p = s->start, n, w = 0, spaces = 0;
  while ((n = opener_len(s, p)) > 0)
    p += n;
  while (ks_is_alpha(at(s, p + w)))
    w++;
  if (!ks_lang_in_list(s->lang->time_preps, s->lang->n_time_preps, s->t + p, w))
    return false;
  for (size_t k = p; k < tok; k++) {
    if (at(s, k) == ',' || at(s, k) == ';' || at(s, k) == ':')
      return false;
    spaces += at(s, k) == ' ';
    if (spaces > 5)
      return false; /* also keeps the pass linear */
  }
  return true;
}

/* a.m./p.m. before a capital: ends unless a date, a time zone ("ET",
 * "Kyiv time") or the rest of an opening time phrase follows. */
/* A short bracket opening at b, with no stop inside: "(Fox)". */
static bool short_bracket(const struct seg *s, size_t b) {
  size_t c = b + 1;
  if (b < s->start || at(s, b) != '(')
    return false;
  while (c < s->end && c - b < 24 && at(s, c) != ')' && at(s, c) != '.' &&
         at(s, c) != '(')
    c++;
  return c < s->end && at(s, c) == ')' && c > b + 1;
}

static bool time_ends(const struct seg *s, size_t tok, const struct next *nx) {
  size_t w = nx->wlen, p = nx->pos;
  bool caps = w >= 2 && w <= 4;
  /* "4:30 p.m. (Fox)", "8 p.m. (ET)": a broadcaster or a zone in short
   * brackets after the time goes with it */
  if (short_bracket(s, at(s, p) == '(' ? p : p - 1))
    return false;
  /* "3:52 p.m. – Departs SLC": a timeline's entry after its dash */
  if (has(s, p, "\xE2\x80\x93", 3) || has(s, p, "\xE2\x80\x94", 3) ||
      (at(s, p) == '-' && at(s, p + 1) == ' '))
    return false;
  if (nx->cls != N_UPPER)
    return nx->cls == N_OTHER;
  if (is_date_word(s, nx))
    return false;
  for (size_t k = 0; caps && k < w; k++)
    caps = ks_is_upper(at(s, p + k));
  if (caps && (at(s, p + w - 1) == 'T' || has(s, p, "UTC", 3)))
    return false;
  if (at(s, p + w) == ' ' &&
      (has(s, p + w + 1, "time", 4) || has(s, p + w + 1, "Time", 4)) &&
      !ks_is_alpha(at(s, p + w + 5)))
    return false;
  return !(intro_phrase(s, tok) && !is_starter(s, nx));
}

/* The word before tok is a noun a letter labels ("Sect.", "Appendix"). */
static bool label_noun_before(const struct seg *s, size_t tok) {
  size_t we = tok - 1, ws = we;
  while (ws > s->begin && at(s, ws - 1) != ' ')
    ws--;
  return ws < we && ks_lang_in_list(s->lang->letter_nouns,
                                    s->lang->n_letter_nouns, s->t + ws,
                                    we - ws - (at(s, we - 1) == '.'));
}

/* A capital letter and period is an initial after a name, a title or
 * another initial, at the start, or after "by", "and"...; otherwise it is a
 * word ("vitamin D.", "type I.", "NF-kappa B."). */
static bool initial_context(const struct seg *s, size_t tok) {
  size_t we, ws;
  unsigned char c;
  if (tok <= s->start || at(s, tok - 1) != ' ')
    return true;
  we = tok - 1;
  ws = we;
  while (ws > s->begin && at(s, ws - 1) != ' ')
    ws--;
  c = at(s, ws);
  if (label_noun_before(s, tok))
    return false; /* "See Appendix B. Results", "in Sect. B. We" */
  if (at(s, we - 1) == '.' || at(s, we - 1) == ':' || c >= 0x80 ||
      (at(s, we - 1) == ',' && at(s, we - 2) == '.'))
    return true; /* after an initial, or "Authors: J. Smith", "e.g., Y. Cao" */
  if (ks_is_upper(c)) { /* a name, not an acronym or a code: "NF-kappa B." */
    if (ks_is_upper(at(s, ws + 1)))
      return false;
    for (size_t k = ws; k < we; k++)
      if (ks_is_digit(at(s, k)))
        return false;
    return true;
  }
  return ks_lang_in_list(s->lang->name_preps, s->lang->n_name_preps, s->t + ws,
                         we - ws);
}

/* The word at nx, with its stop, is a title's abbreviation: "Mass. Gov.
 * Maura Healey", "Ore. Sen. Ron Wyden" (the state goes on before it). */
static bool title_next(const struct seg *s, const struct next *nx) {
  const struct ks_abbrev *t;
  return nx->cls == N_UPPER && at(s, nx->pos + nx->wlen) == '.' &&
         (t = ks_lang_abbrev(s->lang, s->t + nx->pos, nx->wlen)) != NULL &&
         (t->flags & KS_AB_TITLE);
}

/* After an initial: a name of two capitalised words, the first no word
 * that usually begins a sentence ("L. Ron Hubbard", not "plan B. The
 * rest" nor "vitamin D. Researchers found"). */
static bool name_follows(const struct seg *s, const struct next *nx) {
  size_t w2 = nx->pos + nx->wlen;
  if (nx->cls != N_UPPER || nx->wlen < 2 || is_starter(s, nx) ||
      at(s, w2) != ' ')
    return false;
  for (size_t k = nx->pos + 1; k < w2; k++)
    if (!ks_is_lower(at(s, k)))
      return false; /* "Ron", not "RON" nor "McX" */
  if (!ks_is_upper(at(s, w2 + 1)) || !ks_is_lower(at(s, w2 + 2)))
    return false;
  /* and the name ends there: "Hubbard in", "Hubbard,", "met J. Edgar
   * Hoover." */
  for (w2 += 2; ks_is_lower(at(s, w2)); w2++)
    ;
  return (at(s, w2) == ' ' && ks_is_lower(at(s, w2 + 1))) || at(s, w2) == ',' ||
         at(s, w2) == '\'' || at(s, w2) == 0 ||
         (at(s, w2) == '.' && (at(s, w2 + 1) == ' ' || at(s, w2 + 1) == 0));
}

/* After an initial: a surname and its possessive, a name that no word
 * list holds ("found in R. Ashdown's work"; a sentence after the
 * language's "in R." opens with a word: "Results", "Smith's team" is
 * English too). */
static bool possessive_name_follows(const struct seg *s,
                                    const struct next *nx) {
  size_t w2 = nx->pos + nx->wlen;
  if (nx->cls != N_UPPER || nx->wlen < 3 || at(s, w2) != '\'' ||
      at(s, w2 + 1) != 's' || at(s, w2 + 2) != ' ')
    return false;
  for (size_t k = nx->pos + 1; k < w2; k++)
    if (!ks_is_lower(at(s, k)))
      return false;
  return !ks_english_word(s->t + nx->pos, nx->wlen);
}

/* The word before tok names a person's role, so a capital and its stop
 * after it is a name's initial: "Thomson's assistant E. Everett", "the
 * translator J. Cornarius." (a list: the agent's endings, "-er", "-or",
 * "-ant", name things too: "factor V.", "mutant A.", "printer B.") */
static bool role_before(const struct seg *s, size_t tok) {
  static const char *const roles[] = {
      "adviser",       "advisor",    "architect",    "artist",
      "assistant",     "astronomer", "author",       "biographer",
      "biologist",     "botanist",   "brother",      "chemist",
      "clerk",         "coauthor",   "collaborator", "colleague",
      "collector",     "composer",   "contemporary", "copyist",
      "correspondent", "critic",     "curator",      "daughter",
      "disciple",      "editor",     "engineer",     "engraver",
      "explorer",      "father",     "founder",      "friend",
      "geologist",     "historian",  "husband",      "illustrator",
      "inventor",      "journalist", "lecturer",     "librarian",
      "mathematician", "mentor",     "mother",       "naturalist",
      "novelist",      "painter",    "patron",       "philosopher",
      "photographer",  "physician",  "physicist",    "poet",
      "predecessor",   "professor",  "publisher",    "pupil",
      "reporter",      "rival",      "scholar",      "scribe",
      "secretary",     "sister",     "son",          "student",
      "successor",     "supervisor", "surgeon",      "teacher",
      "theologian",    "translator", "wife",         "writer",
      "zoologist"}; /* sorted: a binary search */
  size_t we, ws;
  if (tok <= s->start + 4 || at(s, tok - 1) != ' ')
    return false;
  we = tok - 1;
  for (ws = we; ws > s->start && ks_is_lower(at(s, ws - 1));)
    ws--;
  return we - ws >= 3 && (ws == s->start || at(s, ws - 1) == ' ') &&
         ks_lang_in_list(roles, sizeof roles / sizeof roles[0], s->t + ws,
                         we - ws);
}

/* After an initial that a role's word goes before: a surname that no
 * sentence opens with, then the name's end ("E. Everett, it shows", "J.
 * Cornarius."). */
/* (letter is the capital before the stop: a report's pseudonym,
 * "student A.", "teacher B.", before a word of the language ends its
 * sentence, "student A. Prosecutors, however, argued"; after another
 * letter a surname may be a word, "editor P. Williams") */
static bool role_name_follows(const struct seg *s, const struct next *nx,
                              unsigned char letter) {
  size_t w2 = nx->pos + nx->wlen;
  if (nx->cls != N_UPPER || nx->wlen < 3 || is_starter(s, nx))
    return false;
  for (size_t k = nx->pos + 1; k < w2; k++)
    if (!ks_is_lower(at(s, k)))
      return false;
  if (strchr("ABCDXYZ", letter) && ks_english_word(s->t + nx->pos, nx->wlen))
    return false;
  return (at(s, w2) == ' ' && ks_is_lower(at(s, w2 + 1))) || at(s, w2) == ',' ||
         at(s, w2) == '\'' || at(s, w2) == 0 ||
         (at(s, w2) == '.' && (at(s, w2 + 1) == ' ' || at(s, w2 + 1) == 0));
}

/* The word before tok is one that goes before a name ("in", and the
 * language's name_preps: "by", "and"): "found in R. Ashdown's work", not
 * "hepatitis B. Mbeki's doctors". */
static bool name_prep_before(const struct seg *s, size_t tok) {
  size_t we, ws;
  if (tok <= s->start + 1 || at(s, tok - 1) != ' ')
    return false;
  we = tok - 1;
  for (ws = we; ws > s->begin && at(s, ws - 1) != ' ';)
    ws--;
  /* ("in" too: the surname after it is no word, so not the language R) */
  return (we - ws == 2 && at(s, ws) == 'i' && at(s, ws + 1) == 'n') ||
         ks_lang_in_list(s->lang->name_preps, s->lang->n_name_preps, s->t + ws,
                         we - ws);
}

/* The word before tok is an ordinal in figures: "9th", "2nd". */
static bool ordinal_before(const struct seg *s, size_t tok) {
  size_t e, b;
  if (tok < s->start + 4 || at(s, tok - 1) != ' ')
    return false;
  e = tok - 1;
  b = e;
  while (b > s->start && ks_is_alnum(at(s, b - 1)))
    b--;
  if (e - b < 3 || !ks_is_digit(at(s, b)))
    return false;
  return has(s, e - 2, "st", 2) || has(s, e - 2, "nd", 2) ||
         has(s, e - 2, "rd", 2) || has(s, e - 2, "th", 2);
}

/* The word before tok starts with a capital or a digit: "Downing St.",
 * "10 Elm Dr." read as an address that can end a sentence. */
static bool after_name(const struct seg *s, size_t tok) {
  size_t ws;
  if (tok <= s->start || at(s, tok - 1) != ' ')
    return false;
  if (at(s, tok - 2) == ',')
    return false; /* "Colorado, St. Louis": a list's next name */
  ws = tok - 1;
  while (ws > s->begin && at(s, ws - 1) != ' ')
    ws--;
  return ks_is_upper(at(s, ws)) || ks_is_digit(at(s, ws));
}

/* A state after its city and a comma: "in Austin, Tex." A sentence that
 * goes on after the state has a comma there too ("Austin, Tex., police
 * said"), so a capital after the bare stop begins a new one. */
static bool state_after_city(const struct seg *s, size_t tok) {
  return tok >= s->start + 3 && at(s, tok - 1) == ' ' &&
         at(s, tok - 2) == ',' && ks_is_alpha(at(s, tok - 3)) &&
         ks_is_upper(at(s, tok));
}

/* Letters of one or two separated by periods: "J.K", "N.A.T.O". */
static bool dotted(const struct seg *s, size_t p, size_t e) {
  size_t run = 0;
  bool dot = false;
  for (size_t k = p; k < e; k++) {
    unsigned char c = at(s, k);
    if (ks_is_alpha(c) && run < 2) {
      run++;
    } else if (c == '.' && run > 0) {
      dot = true;
      run = 0;
    } else {
      return false;
    }
  }
  return dot && run > 0;
}

/* "Hauptstr.": an abbreviation that ends a longer word (lang->suffixes). */
static const struct ks_abbrev *suffix_before(const struct seg *s, size_t tok,
                                             size_t i) {
  for (size_t k = 0; k < s->lang->n_suffixes; k++) {
    const struct ks_abbrev *ab = &s->lang->suffixes[k];
    size_t n = strlen(ab->word);
    if (i - tok > n + 1 && !memcmp(s->t + i - n, ab->word, n))
      return ab;
  }
  return NULL;
}

/* The period at i is inside an abbreviation of several words ("z." of
 * "z. B.", "i." or "d." of "i. d. R."): the next one or two words are short
 * and end with a period, and all of it is in the table. */
static bool abbrev_goes_on(const struct seg *s, size_t tok, size_t i) {
  size_t q = i;
  if (i - tok > 10)
    return false;
  /* it may have begun a word or two before: "i. d." of "i. d. R." */
  if (tok >= s->start + 3 && at(s, tok - 1) == ' ' && at(s, tok - 2) == '.') {
    size_t w = tok - 2;
    while (w > s->start && (ks_is_alpha(at(s, w - 1)) || at(s, w - 1) >= 0x80))
      w--;
    if (w < tok - 2 && tok - 2 - w <= 10 && abbrev_goes_on(s, w, tok - 2))
      return true;
  }
  for (int k = 0; k < 2; k++) {
    size_t w, n;
    if (at(s, q) != '.' || at(s, q + 1) != ' ')
      return false;
    w = q + 2;
    n = letters_at(s, w);
    if (n == 0 || n > 10 || at(s, w + n) != '.')
      return false;
    q = w + n;
    if (find(s, tok, q - tok))
      return true;
  }
  return false;
}

/* Up to three digits: a number that a period after makes an ordinal. */
static bool ordinal_number(const struct seg *s, size_t tok, size_t i) {
  if (i - tok > 3)
    return false;
  for (size_t k = tok; k < i; k++)
    if (!ks_is_digit(at(s, k)))
      return false;
  return true;
}

/* The abbreviation that ends just before the period at i, whose word starts
 * at tok: as written, after a hyphen ("ex-Gov."), or with the word before
 * it ("et al."). */
static const struct ks_abbrev *abbrev_before(const struct seg *s, size_t tok,
                                             size_t i) {
  const struct ks_abbrev *ab = find(s, tok, i - tok);
  size_t k;
  if (ab)
    return ab;
  for (k = i; k > tok && at(s, k - 1) != '-' && at(s, k - 1) != '/'; k--)
    ;
  /* after a slash, a single letter is part of a unit ("w/v.", "km/h."),
   * not "v." for versus */
  if (k > tok && (at(s, k - 1) == '-' || i - k > 1))
    return find(s, k, i - k);
  if (tok >= s->start + 2 && at(s, tok - 1) == ' ') {
    for (k = tok - 1; k > s->start && ks_is_alpha(at(s, k - 1)); k--)
      ;
    if (tok - 1 - k >= 1 && tok - 1 - k <= 3 && (ab = find(s, k, i - k)))
      return ab;
  }
  /* "z. B.", "i. d. R.", "т. зв.": short words, each with its period */
  for (k = tok;
       k >= s->start + 4 && at(s, k - 1) == ' ' && at(s, k - 2) == '.';) {
    size_t w = k - 2;
    while (w > s->start && (ks_is_alpha(at(s, w - 1)) || at(s, w - 1) >= 0x80))
      w--;
    if (w == k - 2 || k - 2 - w > 10)
      break;
    k = w;
    if ((ab = find(s, k, i - k)) != NULL)
      return ab;
  }
  return suffix_before(s, tok, i);
}

/* "along Main St. Average delay fell": a street's "St." after
 * its name, then a capitalised word and a word in small letters that
 * joins no name to it (a subject and its verb or noun), ends a sentence;
 * not "Ashby St. Ledgers in", "Bach's St. John Passion" (normalize's
 * saint has the same test). */
static bool street_then_subject(const struct seg *s, size_t tok,
                                const struct next *nx) {
  static const char *const links[] = {"and",  "at", "by", "for",  "from",
                                      "in",   "near", "of", "on", "or",
                                      "that", "to", "where", "which", "who",
                                      "with"};
  size_t w = nx->pos + nx->wlen, l;
  if (nx->cls != N_UPPER || nx->wlen < 2 || at(s, w) != ' ' ||
      !ks_is_lower(at(s, w + 1)) || tok < s->start + 3 ||
      at(s, tok - 1) != ' ' || at(s, tok - 2) == '.' ||
      (at(s, tok - 2) == 's' && at(s, tok - 3) == '\'') ||
      at(s, tok) != 'S' || at(s, tok + 1) != 't')
    return false;
  /* (a place's saint after its "Fort", "Port" or "Mount": "Fort St.
   * James", "Mount St. Helens") */
  static const char *const places[] = {"Cape", "Fort", "Lake", "Mount",
                                       "Mt.",  "Point", "Port"};
  for (size_t k = 0; k < sizeof places / sizeof *places; k++) {
    size_t pl = strlen(places[k]);
    if (tok >= s->start + pl + 1 && has(s, tok - pl - 1, places[k], pl) &&
        (tok == s->start + pl + 1 || at(s, tok - pl - 2) == ' ' ||
         at(s, tok - pl - 2) == '('))
      return false;
  }
  l = letters_at(s, w + 1);
  for (size_t k = 0; k < sizeof links / sizeof *links; k++)
    if (strlen(links[k]) == l && has(s, w + 1, links[k], l))
      return false;
  /* nor a saint's name: "Jill St. John starred", "East St. Louis
   * officials" */
  return !ks_lang_in_list(s->lang->saints, s->lang->n_saints, s->t + nx->pos,
                          nx->wlen);
}

/* A street type ("St", "Avenue", "W. County Road") is the word at p. */
static bool street_type_at(const struct seg *s, size_t p) {
  return ks_lang_street_type(s->lang, s->t + p, letters_at(s, p));
}

/* A capitalised name of one to three words and then a street type: "Main
 * St." of "10 E. Main St.", "S. General Bruce Drive". */
static bool street_follows(const struct seg *s, const struct next *nx) {
  size_t p = nx->pos + nx->wlen;
  if (nx->cls != N_UPPER || nx->wlen == 0)
    return false;
  /* not "vitamin E. Some High Street chemists": a word that opens
   * sentences names a street only with its type right after it ("N.
   * First St.") */
  if (is_starter(s, nx))
    return at(s, p) == ' ' && street_type_at(s, p + 1);
  for (int words = 1; words <= 3 && at(s, p) == ' '; words++) {
    size_t w = p + 1, l;
    if (street_type_at(s, w))
      return true;
    l = letters_at(s, w);
    if (l < 2 || !ks_is_upper(at(s, w)))
      return false;
    p = w + l;
  }
  return false;
}

/* An ordinal and a street type at nx: "112th St.", "5th Avenue". */
static bool ordinal_street(const struct seg *s, const struct next *nx) {
  size_t p = nx->pos;
  while (ks_is_digit(at(s, p)))
    p++;
  return ((at(s, p) == 's' && at(s, p + 1) == 't') ||
          (at(s, p) == 'n' && at(s, p + 1) == 'd') ||
          (at(s, p) == 'r' && at(s, p + 1) == 'd') ||
          (at(s, p) == 't' && at(s, p + 1) == 'h')) &&
         at(s, p + 2) == ' ' && street_type_at(s, p + 3);
}

/* The period at i sits inside brackets that close, later in the block,
 * after no sentence's end: "(Phys. Rev. Lett. 120, 221801)", "(J. Hum.
 * Resour., Vol. 41)"; or close in the short word right after it, stop or
 * not ("(2010, Rev. Econ. Stat.)": no sentence starts by closing the
 * last one's bracket, while "(The authors did not respond.) The" keeps
 * its stop before the bracket). A citation's abbreviations end nothing
 * there. */
static bool in_citation(const struct seg *s, size_t i) {
  int depth = 0;
  size_t c = i > s->start + 240 ? i - 240 : s->start; /* linear, not n² */
  for (; c < i; c++)
    if (at(s, c) == '(' || at(s, c) == '[')
      depth++;
    else if ((at(s, c) == ')' || at(s, c) == ']') && depth > 0)
      depth--;
  if (depth == 0)
    return false;
  for (c = i + 1; c < s->end && c < i + 240; c++) {
    if (at(s, c) == '(' || at(s, c) == '[') {
      depth++;
    } else if ((at(s, c) == ')' || at(s, c) == ']') && --depth == 0) {
      unsigned char b = at(s, c - 1);
      size_t w = i + 1;
      while (w < c && at(s, w) == ' ')
        w++;
      bool next_word = w > i + 1 && c - w <= 12;
      /* (or short words after a figure: "(fr. 2 W.)", a fragment's
       * number and its editor; no sentence opens with a figure there) */
      bool figure = next_word && ks_is_digit(at(s, w));
      for (size_t k = w; next_word && k < c; k++)
        next_word = ks_is_alpha(at(s, k)) || at(s, k) == '.' ||
                    (figure && (ks_is_alnum(at(s, k)) || at(s, k) == ' ' ||
                                at(s, k) >= 0x80));
      return (b != '.' && b != '?' && b != '!') || (next_word && c > w);
    }
  }
  return false;
}

/* A bracket's sentences end as others do: a plain word in small letters
 * before a word that opens sentences ("[UPDATE: ... the same trend. Of
 * course, ...]"), its stop at i. */
static bool plain_end(const struct seg *s, size_t tok, size_t i,
                      const struct next *nx) {
  if (i - tok < 4 || !is_starter(s, nx) || find(s, tok, i - tok))
    return false;
  for (size_t k = tok; k < i; k++)
    if (!ks_is_lower(at(s, k)))
      return false;
  return true;
}

/* After a company's suffix, a capitalised word that a lower-case one
 * follows starts the next sentence: "Acme Inc. Shares rose". */
static bool company_ends(const struct seg *s, const struct next *nx) {
  size_t w2 = nx->pos + nx->wlen, w3 = w2 + 1;
  if (part_opener(s, nx, true))
    return true;
  if (nx->cls != N_UPPER || nx->wlen < 2 || at(s, w2) != ' ' ||
      !ks_is_lower(at(s, w3)))
    return false;
  /* "Berkshire Hathaway Inc. Chairman and Chief Executive": a title
   * joined to another goes on (a joining word is short); after a short
   * word a word in small letters ends it ("Lambda Corp. Code and data
   * are", "Alphabet Inc. Stocks in the top"), unless a head's title and
   * "of" come first */
  while (ks_is_lower(at(s, w3)))
    w3++;
  if (w3 - (w2 + 1) > 3)
    return true;
  /* "Acme Corp. Chairman of the board Ann Lee": a title and "of" */
  static const char *const heads[] = {"CEO",        "Chair",    "Chairman",
                                      "Chairwoman", "Director", "Head",
                                      "President",  "Secretary"};
  if (w3 == w2 + 3 && at(s, w2 + 1) == 'o' && at(s, w2 + 2) == 'f' &&
      ks_lang_in_list(heads, sizeof heads / sizeof heads[0], s->t + nx->pos,
                      nx->wlen))
    return false;
  return at(s, w3) == ' ' && ks_is_lower(at(s, w3 + 1));
}

/* The word at nx starts with digits and goes on with letters: "5-FU",
 * "1H", "16S" (a name, not an amount). */
static bool digits_name(const struct seg *s, const struct next *nx) {
  size_t k = nx->pos;
  while (k < s->end && ks_is_digit(at(s, k)))
    k++;
  if (at(s, k) == '-')
    k++;
  return ks_is_alpha(at(s, k));
}

/* How often a dose is given, as prescriptions write it: "q8h", "q12h",
 * "q4-6h", "qid", "prn". */
static bool dose_interval(const struct seg *s, const struct next *nx) {
  static const char *const words[] = {"bid", "prn", "qd", "qhs",
                                      "qid", "qod", "tid"};
  size_t p = nx->pos, k = p + 1;
  if (!ks_is_lower(at(s, p)))
    return false;
  if (at(s, p) == 'q' && at(s, k) == '.' && ks_is_digit(at(s, k + 1)))
    k++; /* "q.8h." */
  if (at(s, p) == 'q' && ks_is_digit(at(s, k))) {
    while (ks_is_digit(at(s, k)) || at(s, k) == '-')
      k++;
    /* hours, days or weeks: "q8h", "q3w" */
    return (at(s, k) == 'h' || at(s, k) == 'd' || at(s, k) == 'w') &&
           !ks_is_alpha(at(s, k + 1));
  }
  k = p;
  while (ks_is_lower(at(s, k)))
    k++;
  return !ks_is_alpha(at(s, k)) &&
         ks_lang_in_list(words, sizeof words / sizeof words[0], s->t + p,
                         k - p);
}

/* A sign that no sentence starts with: "± 1.6", "= 3", "× 10". */
static bool math_sign(const struct seg *s, size_t p) {
  static const char *const signs[] = {"\xC2\xB1",     "\xC3\x97",
                                      "\xE2\x89\x88", "\xE2\x89\xA4",
                                      "\xE2\x89\xA5", "\xE2\x88\x92"};
  /* not "<" or ">": ">> Zune Social" is a bullet; nor "=" glued to a
   * word in small letters, a clitic's mark that opens a sentence in
   * linguistics ("=mi occurred in 61%") */
  if (at(s, p) == '=')
    return !(ks_is_lower(at(s, p + 1)) && ks_is_lower(at(s, p + 2)));
  for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++)
    if (has(s, p, signs[k], strlen(signs[k])))
      return true;
  return false;
}

/* Whether the word before tok, one space apart, is one that comes before
 * a county's "Co." ("the", "in": lang->county_before). */
static bool county_word_before(const struct seg *s, size_t tok) {
  size_t w = tok - 1;
  char low[8];
  if (tok < s->begin + 2 || at(s, tok - 1) != ' ')
    return false;
  while (w > s->begin && ks_is_alpha(at(s, w - 1)))
    w--;
  if (w >= tok - 1 || tok - 1 - w >= sizeof low)
    return false;
  for (size_t k = w; k < tok - 1; k++)
    low[k - w] = (char)ks_to_lower(at(s, k));
  return ks_lang_in_list(s->lang->county_before, s->lang->n_county_before, low,
                         tok - 1 - w);
}

/* Does a single period at i end the sentence, given the next word? */
/* The word before the stop at i is a whole number of three digits or
 * more ("in 1850."), not a label's ("Fig. 2.") or a decimal's part. */
static bool number_before(const struct seg *s, size_t i) {
  size_t b = i;
  while (b > s->start && (ks_is_digit(at(s, b - 1)) || at(s, b - 1) == ','))
    b--;
  return i - b >= 3 && (b == s->start || at(s, b - 1) == ' ');
}

/* t[b..b+n) is the abbreviation of a unit in the language's table. */
static bool unit_named(const struct seg *s, size_t b, size_t n) {
  for (size_t k = 0; k < s->lang->n_units; k++) {
    const char *u = s->lang->units[k].abbr;
    if (strlen(u) == n && has(s, b, u, n))
      return true;
  }
  return false;
}

/* Where the word that ends at i starts (after the last space). */
static size_t word_start(const struct seg *s, size_t i) {
  while (i > s->start && at(s, i - 1) != ' ')
    i--;
  return i;
}

/* Where the letters that end at i start (i itself when none do). */
static size_t letters_start(const struct seg *s, size_t i) {
  while (i > s->start && ks_is_alpha(at(s, i - 1)))
    i--;
  return i;
}

/* The word before the stop at i is a unit of measure after a number, one
 * of those never written with a stop of their own: a symbol of the metric
 * system or with a sign ("at 25 °C.", "10 mg/L.", "5 kg."), not
 * "1 tsp. sesame oil" or "within 20 min. of". */
static bool unit_before(const struct seg *s, size_t i) {
  static const char *const si[] = {"cm", "g",  "h",  "kg", "km", "m",
                                   "mg", "ml", "mm", "ms", "nm"};
  size_t b = word_start(s, i), k;
  bool sign = false;
  if (b == i || b < s->start + 2 || !ks_is_digit(at(s, b - 2)))
    return false;
  for (k = b; k < i; k++)
    if (at(s, k) >= 0x80 || at(s, k) == '/' || ks_is_upper(at(s, k)))
      sign = true; /* "°C", "mg/L", "mL", "Hz" */
  if (has(s, b, "Tbsp", 4) || has(s, b, "Tbs", 3) ||
      (i - b == 3 && has(s, b + 1, "yr", 2)))
    return false; /* a spoon, and "Myr", "kyr": written with a stop */
  if (!sign && !ks_lang_in_list(si, sizeof si / sizeof *si, s->t + b, i - b))
    return false;
  /* the hour's "h" (in the table of units too): "for 15 h. x-ray", not
   * "14 h. of recorded narratives" */
  if (i - b == 1 && at(s, b) == 'h') {
    static const char *const joins[] = {
        "after", "and", "are", "at",  "each", "for", "in",   "is",
        "of",    "or",  "per", "than", "to",  "was", "were", "with"};
    size_t w = i + 1, e;
    while (at(s, w) == ' ')
      w++;
    for (e = w; ks_is_alpha(at(s, e)); e++)
      ;
    return !ks_lang_in_list(joins, sizeof joins / sizeof *joins, s->t + w,
                            e - w);
  }
  if (unit_named(s, b, i - b))
    return true;
  /* a unit per another: "mg/L", "km/h"; not per a unit of time that is
   * written with a stop of its own ("5 L/min. during") */
  for (k = b + 1; k + 1 < i; k++)
    if (at(s, k) == '/') {
      static const char *const dotted[] = {"hr",  "min", "mo",
                                           "sec", "wk",  "yr"};
      return unit_named(s, b, k - b) &&
             !ks_lang_in_list(dotted, sizeof dotted / sizeof *dotted,
                              s->t + k + 1, i - k - 1);
    }
  return false;
}

/* The word before the stop at i is a plain word in small letters, five
 * or more, shaped as words end and abbreviations do not (a vowel last,
 * or one vowel then d, l or r, or a plural's s after no s or vowel, or a
 * double s, as "missingness. mice v3.16" has, or a suffix no abbreviation
 * ends in, "-ion", "-ment", "-ism", "-thm", or two consonants that end
 * words, "-ld", "-nd", "-rd", "-ct", "-nt", "-st", "-pt"; not
 * "admin.", "indet."), and not in the table: "back to the model. testfix is
 * written in", "capitalized words. punkt, an unsupervised method" (a name or a
 * gene in small letters opens the next sentence); not "transl.",
 * "approx.", "illus." */
static bool word_ends_lower(const struct seg *s, size_t i) {
  size_t b = word_start(s, i), len = i - b;
  unsigned char z, y, x;
  if (len < 5 || len > 20)
    return false;
  for (size_t k = b; k < i; k++)
    if (!ks_is_lower(at(s, k)))
      return false;
  z = at(s, i - 1);
  y = at(s, i - 2);
  x = at(s, i - 3);
  /* "yield.", "second.", "record.", "effect.", "patient.", "highest.",
   * "concept.": two consonants that end words, which few abbreviations
   * of five letters or more end in (those the table lacks, "coord.",
   * "cryst.", before another one's stop: "stand. dev.", below) */
  bool pair = (strchr("lnr", y) && z == 'd') || (strchr("cnsp", y) && z == 't');
  /* (and "search.", "growth.", "training.": a word's "ch", "th", "ng") */
  if (!(strchr("aeiouy", z) || (z == 'h' && (y == 'c' || y == 't')) ||
        (z == 'g' && y == 'n') ||
        (strchr("dlr", z) && strchr("aeiou", y) && !strchr("aeiou", x)) ||
        (z == 's' && !strchr("aeious", y) &&
         (y != 'n' || strchr("aeiou", x))) ||
        (z == 's' && y == 's' && x != 's') || /* "missingness", "access" */
        /* "genes.", "studies.", "radius.": a plural's "-es", a Latin
         * "-us", in a word of five letters or more */
        (z == 's' && (y == 'e' || y == 'u') && len >= 5) ||
        /* "biosynthesis.", "analysis.": a Greek "-sis" */
        (z == 's' && y == 'i' && x == 's') ||
        /* "punctuation.", "treatment.", "realism.", "algorithm." */
        (z == 'n' && y == 'o' && x == 'i') ||
        (z == 't' && y == 'n' && x == 'e' && at(s, i - 4) == 'm') ||
        (z == 'm' && ((y == 's' && x == 'i') || (y == 'h' && x == 't'))) ||
        pair))
    return false;
  /* (a word ending so before a short word and its stop is an
   * abbreviation's run: "mean and stand. dev. of three runs") */
  if (pair) {
    size_t k = i + 1;
    while (at(s, k) == ' ')
      k++;
    size_t w0 = k;
    while (ks_is_lower(at(s, k)))
      k++;
    if (k > w0 && k - w0 <= 5 && at(s, k) == '.')
      return false;
  }
  return find(s, b, len) == NULL;
}

/* The word before the stop at i is a name in mixed case, a small letter
 * then a capital inside it ("mecA", "OpenML", "LightGBM"), of four
 * letters or more and not in the table: no abbreviation is written so,
 * and a name in small letters after it opens the next sentence ("carried
 * mecA. spa typing identified"; not "a PhD. student"). */
static bool camel_word(const struct seg *s, size_t i) {
  size_t b = word_start(s, i), len = i - b;
  bool hump = false;
  if (len < 4 || len > 20)
    return false;
  for (size_t k = b; k < i; k++) {
    if (!ks_is_alpha(at(s, k)) && !ks_is_digit(at(s, k)))
      return false;
    hump =
        hump || (k > b && ks_is_lower(at(s, k - 1)) && ks_is_upper(at(s, k)));
  }
  return hump && find(s, b, len) == NULL;
}

/* The word before the stop at i is in capitals and figures, three to ten
 * of them with a capital first, after a space or a bracket, and not in the
 * table: an initialism ("CRAN", "RAM", "COI") that no abbreviation's stop
 * follows, so a name in small letters after it opens the next sentence
 * ("available on CRAN. dmlate also provides"; two letters may be a name's
 * own, "all ID. models"). */
static bool caps_word(const struct seg *s, size_t i) {
  size_t b = word_start(s, i), len = i - b;
  if (len < 3 || len > 10 || !ks_is_upper(at(s, b)) ||
      (b > s->start && at(s, b - 1) != ' ' && at(s, b - 1) != '('))
    return false;
  for (size_t k = b; k < i; k++)
    if (!ks_is_upper(at(s, k)) && !ks_is_digit(at(s, k)))
      return false;
  return find(s, b, len) == NULL;
}

/* The word before tok, or the part of it before a hyphen or a slash, is
 * in capitals and joined by one, as a method's name is: "MALDI-TOF MS",
 * "LC-MS" (two capitals or more; not "GOP SEN. Ted Cruz"). */
static bool caps_word_before(const struct seg *s, size_t tok) {
  size_t k = tok, caps = 0;
  bool joined = k > s->start && (at(s, k - 1) == '-' || at(s, k - 1) == '/');
  if (k <= s->start || (at(s, k - 1) != ' ' && at(s, k - 1) != '-' &&
                        at(s, k - 1) != '/'))
    return false;
  k--;
  while (k > s->start && at(s, k - 1) != ' ') {
    unsigned char c = at(s, k - 1);
    if (ks_is_upper(c))
      caps++;
    else if (c == '-' || c == '/')
      joined = true;
    else if (!ks_is_digit(c))
      return false;
    k--;
  }
  return caps >= 2 && joined;
}

/* The word at nx is one that goes on a sentence rather than opens one in
 * small letters: "at temps. above 100 °C", "Abelisauridae indet. was
 * found" (an abbreviation the table lacks before it). */
static bool joining_word(const struct seg *s, const struct next *nx) {
  /* (and a quotation's attribution: "anything.” said Bryant") */
  static const char *const joins[] = {
      "a",    "above", "added", "after", "against", "along",   "among", "an",
      "and",  "are",   "as",    "asked", "at",      "below",   "but",   "by",
      "for",  "from",  "had",   "has",   "have",    "in",      "into",  "is",
      "near", "nor",   "of",    "on",    "or",      "over",    "said",  "says",
      "than", "that",  "the",   "then",  "to",      "told",    "under", "was",
      "were", "which", "while", "with",  "within",  "without", "wrote"};
  size_t e = nx->pos;
  while (ks_is_alpha(at(s, e)))
    e++;
  return ks_lang_in_list(joins, sizeof joins / sizeof *joins, s->t + nx->pos,
                         e - nx->pos);
}

/* A dotted initialism t[tok..i) that ends its sentence before a capital:
 * the same letters again ("a member of the E.U. E.U. membership rose"), or
 * a degree, in capitals and small letters, after "a" or "an" ("four also
 * held a Ph.D. Schools were"). */
/* t[tok..i) is an era, B.C., B.C.E. or C.E., after a year of up to four
 * figures that no "the" or "a" comes before, and that is not one of our
 * own century's (British Columbia's "2017 B.C."). */
static bool era_after_year(const struct seg *s, size_t tok, size_t i) {
  size_t d = tok - 1, digits = 0;
  unsigned year = 0, scale = 1;
  if (tok < s->start + 2 || at(s, tok - 1) != ' ' ||
      !(((i - tok == 3) &&
         (has(s, tok, "B.C.", 4) || has(s, tok, "C.E.", 4))) ||
        (i - tok == 5 && has(s, tok, "B.C.E.", 6))))
    return false;
  while (d > s->start && ks_is_digit(at(s, d - 1)) && digits < 6) {
    d--;
    digits++;
    year += (unsigned)(at(s, d) - '0') * scale;
    scale *= 10;
  }
  if (digits == 0 || digits > 4)
    return false;
  /* "Since 2023 B.C. Hydro has": a year of ours after a word of time */
  if (year >= 1900 && year <= 2099 && i - tok == 3 && d >= s->start + 6 &&
      (has(s, d - 6, "Since ", 6) || has(s, d - 6, "since ", 6) ||
       (d >= s->start + 7 &&
        (has(s, d - 7, "during ", 7) || has(s, d - 7, "During ", 7)))))
    return false;
  return !(
      d >= s->start + 4 && at(s, d - 1) == ' ' &&
      ((at(s, d - 2) == 'a' && at(s, d - 3) == ' ') ||
       (at(s, d - 2) == 'e' && at(s, d - 3) == 'h' && at(s, d - 4) == 't')));
}

static bool initialism_ends(const struct seg *s, size_t tok, size_t i,
                            const struct next *nx) {
  /* "within decades of 4370 B.C. Burning appears": an era after its year
   * before a capital; not British Columbia after a year of ours ("the
   * 2017 B.C. Liberal race", "Since 2023 B.C. Hydro has") nor a company's
   * number ("1187342 B.C. Ltd.") */
  if (nx->cls == N_UPPER && era_after_year(s, tok, i))
    return true;
  static const char *const degree_words[] = {
      "Award",        "Candidate",  "Candidates",  "Course",  "Degree",
      "Dissertation", "Fellowship", "Honours",     "Hons",    "Program",
      "Programme",    "Research",   "Scholarship", "Student", "Students",
      "Studies",      "Supervisor", "Thesis"}; /* sorted: a binary search */
  bool lower = false, upper = false;
  if (nx->cls != N_UPPER)
    return false;
  if (nx->pos + (i - tok) < s->end &&
      !memcmp(s->t + nx->pos, s->t + tok, i - tok + 1))
    return true;
  for (size_t k = tok; k < i; k++) {
    lower = lower || ks_is_lower(at(s, k));
    upper = upper || ks_is_upper(at(s, k));
  }
  /* "converges to that of the oracle a.s. Thm. 2 gives", "was n.s. The":
   * one in small letters only, after a word in small letters (not a
   * company's form after its name, "Kofola a.s. Chief executive") */
  if (!upper && tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
      ks_is_lower(at(s, tok - 2)) && ks_is_lower(at(s, word_start(s, tok - 1))))
    return true;
  if (ks_lang_in_list(degree_words, sizeof degree_words / sizeof *degree_words,
                      s->t + nx->pos, nx->wlen))
    return false; /* "a B.Sc. Hons degree", "a Ph.D. Student Award" */
  /* after "a", "an", or "or", "and" ("a B.A. or B.Sc. Qualitative
   * responses"; not "his Ph.D. Adviser Jane Smith") */
  static const char *const dets[] = {"a", "an", "and", "or"};
  size_t b = tok >= s->start + 2 ? tok - 1 : tok;
  while (b > s->start && ks_is_alpha(at(s, b - 1)))
    b--;
  return lower && ks_is_upper(at(s, tok)) && tok >= s->start + 3 &&
         at(s, tok - 1) == ' ' && b < tok - 1 &&
         (b == s->start || !ks_is_alpha(at(s, b - 1))) &&
         ks_lang_in_list(dets, sizeof dets / sizeof dets[0], s->t + b,
                         tok - 1 - b);
}

/* A short capitalised name and its stop right before tok: "Soph." before
 * "Aj. 646–92". */
static bool short_name_before(const struct seg *s, size_t tok) {
  size_t e = tok, b;
  if (tok < s->start + 4 || at(s, tok - 1) != ' ' || at(s, tok - 2) != '.')
    return false;
  e = tok - 2;
  for (b = e; b > s->start && ks_is_lower(at(s, b - 1)); b--)
    ;
  return b > s->start && ks_is_upper(at(s, b - 1)) && e - b + 1 >= 2 &&
         e - b + 1 <= 5 && (b - 1 == s->start || at(s, b - 2) == ' ');
}

/* A passage's span at p, as classical references write it: "9.650–5",
 * "646–92" (a dash between numbers, the first with its book when book is
 * set: "2020-21" after "Leeds." is no passage). */
static bool passage_span(const struct seg *s, size_t p, bool book) {
  size_t k = p;
  while (ks_is_digit(at(s, k)))
    k++;
  if (k == p)
    return false;
  if (at(s, k) == '.' && ks_is_digit(at(s, k + 1)))
    for (k++, book = false; ks_is_digit(at(s, k)); k++)
      ;
  if (book)
    return false;
  if (at(s, k) == '-')
    return ks_is_digit(at(s, k + 1));
  return has(s, k, "\xE2\x80\x93", 3) && ks_is_digit(at(s, k + 3));
}

/* "for 1 hr. 40 min.": an hour's stop before its minutes, at i. */
static bool hours_then_minutes(const struct seg *s, size_t i,
                               const struct next *nx) {
  size_t d = nx->pos;
  if (nx->cls != N_DIGIT ||
      !((i >= 3 && has(s, i - 3, " hr", 3)) ||
        (i >= 4 && has(s, i - 4, " hrs", 4))) ||
      !(i >= 5 && ks_is_digit(at(s, i - (at(s, i - 1) == 's' ? 5 : 4)))))
    return false;
  while (ks_is_digit(at(s, d)))
    d++;
  if (d - nx->pos > 2)
    return false;
  d += at(s, d) == ' ';
  return has(s, d, "min", 3) &&
         (!ks_is_alpha(at(s, d + 3)) ||
          (at(s, d + 3) == 's' && !ks_is_alpha(at(s, d + 4))) ||
          has(s, d + 3, "ute", 3));
}

/* A species' binomial at p, its genus's initial and the species in
 * small letters: "C. botulinum", "E. coli". */
static bool binomial_at(const struct seg *s, size_t p) {
  size_t k = p + 3;
  if (!ks_is_upper(at(s, p)) || at(s, p + 1) != '.' || at(s, p + 2) != ' ')
    return false;
  while (ks_is_lower(at(s, k)))
    k++;
  return k - (p + 3) >= 3 && !ks_is_alpha(at(s, k));
}

/* How many labels of a structured abstract the block holds: a label's
 * word first in the block or after a space, with its stop or colon and a
 * capital after ("Methods. We", "RESULTS: The"), up to two. */
static unsigned labels_in_block(const struct seg *s) {
  unsigned k = 0;
  for (size_t b = s->begin; b < s->end && k < 2; b++) {
    size_t e = b;
    if (!ks_is_upper(at(s, b)) || (b > s->begin && at(s, b - 1) != ' '))
      continue;
    while (e < s->end && ks_is_alpha(at(s, e)))
      e++;
    /* (before a capital or a figure: "Results. 61% of ...") */
    if ((at(s, e) == '.' || at(s, e) == ':') && at(s, e + 1) == ' ' &&
        (ks_is_upper(at(s, e + 2)) || ks_is_digit(at(s, e + 2))) &&
        label_word(s, b, e - b))
      k++;
    b = e;
  }
  return k;
}

/* A unit's symbol raised to a negative power at p, which no sentence
 * opens with: "11,420 ind. m−2 and", "3 nmol g. h-1" (one to three small
 * letters that name a unit, then a minus, a hyphen or a superscript
 * minus, and a digit). */
static bool unit_power_at(const struct seg *s, size_t p) {
  size_t k = p;
  while (k < p + 4 && ks_is_lower(at(s, k)))
    k++;
  if (k == p || k == p + 4 || !unit_named(s, p, k - p))
    return false; /* not a gene's name: "daf-16 was", "n-3 PUFA" */
  if (has(s, k, "\xE2\x88\x92", 3) || has(s, k, "\xE2\x81\xBB", 3))
    k += 3;
  else if (at(s, k) == '-')
    k++;
  else
    return false;
  /* (one figure: a power is "-1" to "-4", "ft-10" a mutant's name) */
  return (ks_is_digit(at(s, k)) && !ks_is_digit(at(s, k + 1))) ||
         has(s, k, "\xC2\xB9", 2) || has(s, k, "\xC2\xB2", 2) ||
         has(s, k, "\xC2\xB3", 2);
}

/* A manuscript's shelfmark: its collection's abbreviation in small
 * letters before the number, "BnF, gr. 2287", "Laur. plut. 74.3", "cod.
 * 12", "lat. 7530"; i is the stop. */
static bool shelfmark_next(const struct seg *s, size_t i,
                           const struct next *nx) {
  static const char *const marks[] = {"arab", "cod",  "copt", "gr",
                                      "hebr", "lat",  "plut", "suppl",
                                      "syr",  "theol"}; /* sorted */
  size_t b;
  if (nx->cls != N_DIGIT)
    return false;
  for (b = i; b > s->start && ks_is_lower(at(s, b - 1));)
    b--;
  /* (after its collection, a name and its comma or an abbreviation's
   * stop: "Vienna, cod. 12", "Laur. plut."; not a unit after its number,
   * "5 gr. 12 more", nor the fish, "Atlantic cod. 14 vessels") */
  return b < i && b >= s->start + 3 && at(s, b - 1) == ' ' &&
         (at(s, b - 2) == ',' || at(s, b - 2) == '.') &&
         ks_lang_in_list(marks, sizeof marks / sizeof marks[0], s->t + b,
                         i - b);
}

/* A journal's title abbreviated, as ISO 4 does, at nx: "Ann. Phys.",
 * "J. Chem. Phys.", "Proc. Natl. Acad. Sci.". These words with their
 * stop open no sentence, so the stop before one goes on; "Rev." is a
 * reverend's too, so only after another of them ("Phys. Rev. Lett."). */
static bool journal_next(const struct seg *s, size_t i, const struct next *nx) {
  /* (sorted: a binary search) */
  static const char *const words[] = {
      "Acad",     "Agric",      "Anal",      "Angew",     "Annu",    "Appl",
      "Astron",   "Astrophys",  "Biochem",   "Biol",      "Biophys", "Bull",
      "Chem",     "Chim",       "Clin",      "Commun",    "Comput",  "Ecol",
      "Econ",     "Endocrinol", "Environ",   "Epidemiol", "Evol",    "Genet",
      "Geophys",  "Immunol",    "Inorg",     "Lett",      "Mag",     "Mater",
      "Math",     "Mech",       "Microbiol", "Mod",       "Mol",     "Natl",
      "Neurosci", "Nucl",       "Oncol",     "Pharmacol", "Philos",  "Phys",
      "Physiol",  "Proc",       "Psychol",   "Rev",       "Sci",     "Ser",
      "Soc",      "Stat",       "Surg",      "Toxicol",   "Trans",   "Virol",
      "Zool"};
  size_t b = letters_start(s, i); /* the word before the stop */
  /* "Rev. Mod. Phys. 12": a volume's number after a title of two words
   * or more */
  if (nx->cls == N_DIGIT)
    return b < i && b >= s->start + 3 && at(s, b - 1) == ' ' &&
           at(s, b - 2) == '.' && ks_is_upper(at(s, b)) &&
           ks_lang_in_list(words, sizeof words / sizeof words[0], s->t + b,
                           i - b);
  if (nx->cls != N_UPPER || nx->wlen < 3 || at(s, nx->pos + nx->wlen) != '.' ||
      !ks_lang_in_list(words, sizeof words / sizeof words[0], s->t + nx->pos,
                       nx->wlen))
    return false;
  /* ("Rev.", "Mag.", "Trans.", "Ser." only after another of its words:
   * "noon. Mag. Daniel Risch" is a title, "Sales rose. Trans. costs" a
   * sentence) */
  if (!has(s, nx->pos, "Rev.", 4) && !has(s, nx->pos, "Mag.", 4) &&
      !has(s, nx->pos, "Trans.", 6) && !has(s, nx->pos, "Ser.", 4))
    return true;
  /* ("Phil. Trans.", "Phil. Mag.": the Philosophical's too) */
  return b < i && (ks_lang_in_list(words, sizeof words / sizeof words[0],
                                   s->t + b, i - b) ||
                   (i - b == 4 && has(s, b, "Phil", 4)));
}

static bool dot_ends(const struct seg *s, size_t i, const struct next *nx) {
  const struct ks_abbrev *ab;
  size_t tok = i, n;
  unsigned char last;

  if (hours_then_minutes(s, i, nx) || unit_power_at(s, nx->pos) ||
      journal_next(s, i, nx) || shelfmark_next(s, i, nx))
    return false;
  /* "Hum. Servs., No. 22-1187": a capitalised word whose stop a comma
   * follows is an abbreviation inside a name, which no sentence opens
   * with; "Rhet. II.8", "Pol. III.5.2": a book's and a chapter's roman
   * numeral and its section run on after a work's abbreviation */
  /* (after a capitalised word's own stop, an abbreviation's: not after
   * a figure's or a word's, "45. Ibid., 47", "cases. Cf., e.g.,", "in
   * 1945. II.3 of the report", "in Sect. II. III.2 extends") */
  if (nx->cls == N_UPPER && nx->wlen >= 2 && at(s, nx->pos + nx->wlen) == '.' &&
      (at(s, nx->pos + nx->wlen + 1) == ',' ||
       (roman_word(s, nx) && ks_is_digit(at(s, nx->pos + nx->wlen + 1))))) {
    size_t wb = letters_start(s, i); /* (asked only of such a next word) */
    if (wb < i && ks_is_upper(at(s, wb)) && i - wb <= 6 &&
        !(i - wb >= 2 && ks_is_upper(at(s, wb + 1))))
      return false;
  }
  /* "the 2nd cent. A.D.", "3rd cent. BC": a century after its ordinal,
   * before its era or a word in small letters (not "5 per cent. The") */
  if (i >= s->start + 9 && has(s, i - 4, "cent", 4) && at(s, i - 5) == ' ' &&
      ordinal_before(s, i - 4) &&
      (nx->cls == N_LOWER || has(s, nx->pos, "A.D.", 4) ||
       has(s, nx->pos, "AD", 2) || has(s, nx->pos, "B.C.", 4) ||
       has(s, nx->pos, "BC", 2) || has(s, nx->pos, "CE", 2) ||
       has(s, nx->pos, "C.E.", 4)))
    return false;
  /* "143 S. Ct. 2228", "512 F. Supp. 3d", "98 L. Ed. 2d": a law reporter's
   * name, its volume's number, a capital and its stop before another
   * abbreviation of it (not "hepatitis C. Ed. note:") */
  if (nx->cls == N_UPPER && i >= s->start + 3 && ks_is_upper(at(s, i - 1)) &&
      at(s, i - 2) == ' ' && ks_is_digit(at(s, i - 3)) &&
      (has(s, nx->pos, "Ct. ", 4) || has(s, nx->pos, "Supp. ", 6) ||
       has(s, nx->pos, "Ed. ", 4)))
    return false;
  /* "Background. Urinary tract infections are common.": a structured
   * abstract's label with its stop, first in its sentence, belongs to
   * the sentence it heads, as one with a colon does (in a block of two
   * labels or more: "the word was simple. Impact. That is" stays apart);
   * before a figure too ("Results. 61% of the variation") */
  /* (in copy all in capitals, a word of a label's in capitals is no
   * label: "WEAK RESULTS. INVESTORS WERE"; "Conclusions. TL-17 is" is) */
  if ((nx->cls == N_UPPER || nx->cls == N_DIGIT) && s->lang->labels &&
      !(nx->cls == N_UPPER && nx->wlen >= 2 &&
        ks_is_upper(at(s, nx->pos + 1)) && i >= s->start + 2 &&
        ks_is_upper(at(s, i - 2)))) {
    size_t b = s->start;
    while (b < i && at(s, b) == ' ')
      b++;
    if (((label_span(s, b) == i) ||
         (b < i && ks_is_upper(at(s, b)) && label_word(s, b, i - b))) &&
        labels_in_block(s) >= 2)
      return false;
  }

  /* "... (90% CI 51-66%). t½ was prolonged", "between 1780 and 1850.
   * gonna is rare": after a number, a percentage or a bracket, a stop
   * before a word in small letters ends the sentence (a variable, a gene
   * or a word quoted opens the next) */
  if (nx->cls == N_LOWER && i - s->start > 1 &&
      (at(s, i - 1) == ')' || at(s, i - 1) == '%' ||
       (ks_is_digit(at(s, i - 1)) && number_before(s, i)) ||
       /* "86 F. oxysporum strains": a single capital, a genus's initial
        * before small letters, not a unit's symbol */
       (unit_before(s, i) &&
        !(ks_is_upper(at(s, i - 1)) && word_start(s, i) == i - 1)) ||
       ((word_ends_lower(s, i) || camel_word(s, i) || caps_word(s, i)) &&
        !joining_word(s, nx))))
    return true;
  /* "cf. Cengiz et al. de Chaisemartin and Smith found": after "et al.",
   * a surname's particle before a capitalised name opens the next
   * sentence (a citation runs on in "et al. found") */
  if (nx->cls == N_LOWER && i >= s->start + 5 && has(s, i - 5, "et al", 5) &&
      name_particle(s, nx))
    return true;
  if (nx->cls == N_LOWER || nx->cls == N_END ||
      (in_citation(s, i) && !plain_end(s, tok, i, nx)) ||
      (nx->cls == N_OTHER && math_sign(s, nx->pos)) || at(s, nx->pos) == '&' ||
      /* a signed figure after a bracket's abbreviation: "(stat.)
       * +0.20/−0.17 (sys.)" (not "shot a 66. +4 was the cut") */
      (at(s, i + 1) == ')' && at(s, nx->pos) == '+' &&
       ks_is_digit(at(s, nx->pos + 1))))
    return false; /* "1.4 (stat.) ± 1.6 (sys.)", "Lindq. & Osei" */
  while (tok > s->begin && at(s, tok - 1) != ' ')
    tok--;
  for (;;) { /* opening quotes, brackets and dashes before the word */
    n = opener_len(s, tok);
    if (n == 0 && tok < i && at(s, tok) < 0x80 && !ks_is_alpha(at(s, tok)) &&
        !ks_is_digit(at(s, tok)))
      n = 1;
    if (n == 0 &&
        (has(s, tok, "\xE2\x80\x94", 3) || has(s, tok, "\xE2\x80\x93", 3)))
      n = 3;
    if (n == 0 || tok + n > i)
      break;
    tok += n;
  }
  /* "less...St. Louis": the word after an ellipsis glued to it */
  for (size_t k = tok; k + 1 < i; k++)
    if ((at(s, k) == '.' && at(s, k + 1) == '.') ||
        (k + 3 < i && has(s, k, "\xE2\x80\xA6", 3)))
      tok = k + 2 + (at(s, k) != '.');
  if (tok >= i)
    return true; /* a lone period */
  /* "the EU–U.S. Data Privacy Framework", "June 3–Sept. 28", "Mon.-Fri.":
   * an abbreviation joined to a word by a dash is read on its own, dotted
   * or known to the table; one pass back over what follows the dash */
  {
    bool dot = false, letters = true;
    for (size_t k = i; k > tok + 1; k--) {
      bool dash = at(s, k - 1) == '-' ||
                  (k >= tok + 3 && has(s, k - 3, "\xE2\x80\x93", 3));
      if (dash && (dot || (letters && find(s, k, i - k)))) {
        tok = k;
        break;
      }
      dot = dot || at(s, k - 1) == '.';
      letters = letters && ks_is_alpha(at(s, k - 1));
    }
  }
  last = at(s, i - 1);
  /* "15s. 6d.": shillings before pence, old British money */
  if (last == 's' && i - tok >= 2 && i - tok <= 3 && ks_is_digit(at(s, tok)) &&
      ks_is_digit(at(s, i - 2)) && nx->cls == N_DIGIT) {
    size_t k = nx->pos;
    while (k < s->end && ks_is_digit(at(s, k)) && k - nx->pos < 3)
      k++;
    if (at(s, k) == 'd' && !ks_is_alnum(at(s, k + 1)))
      return false;
  }
  /* "am 9. November", "der 2. Senat": an ordinal, unless a word that starts
   * sentences follows */
  if (s->lang->ordinal_dot && ks_is_digit(last) && nx->cls == N_UPPER &&
      ordinal_number(s, tok, i))
    return !is_date_word(s, nx) && is_starter(s, nx);
  if (ks_is_digit(last) || (last < 0x80 && !ks_is_alpha(last)))
    return true; /* a number, "55)", "61.2%" */
  if (abbrev_goes_on(s, tok, i))
    return false;
  /* "are analysed in Sec. V. Code is released": a roman numeral after a
   * word that points at a part of the text is a number, which ends a
   * sentence (not an initial) */
  if (nx->cls == N_UPPER && i - tok <= 4 && tok >= s->start + 5 &&
      at(s, tok - 1) == ' ') {
    /* (not "Pt." nor "Ch.", India's Pandit's and Chaudhary's before an
     * initial, "Pt. V. D. Paluskar"; nor "C" or "L", an initial after a
     * Secretary's "Sec.", "Sec. C. Rice") */
    static const char *const parts[] = {"Chapter", "Part", "Sec.", "Sect.",
                                        "Section", "Vol."};
    size_t k = tok, b = tok - 1;
    while (k < i && strchr("IVX", at(s, k)) && at(s, k) != '\0')
      k++;
    while (b > s->start && at(s, b - 1) != ' ')
      b--;
    if (k == i && ks_lang_in_list(parts, sizeof parts / sizeof parts[0],
                                  s->t + b, tok - 1 - b))
      return true;
  }
  /* "as B. glabrior (Irmsch.) A. R. Putri", "R. maddenii (Franch.)
   * Cullen": a species' first author cut short in brackets after its
   * genus and epithet, before the author who moved it, is one name */
  if (nx->cls == N_UPPER && at(s, i + 1) == ')' && ks_is_upper(at(s, tok)) &&
      tok >= s->start + 8 && at(s, tok - 1) == '(' && at(s, tok - 2) == ' ' &&
      ks_is_lower(at(s, tok - 3))) {
    size_t e = tok - 2, w = e;
    while (w > s->start && ks_is_lower(at(s, w - 1)))
      w--;
    if (e - w >= 3 && w >= s->start + 3 && at(s, w - 1) == ' ' &&
        ((at(s, w - 2) == '.' && ks_is_upper(at(s, w - 3))) ||
         ks_is_lower(at(s, w - 2))) &&
        word_start(s, w - 1) < w - 1 &&
        ks_is_upper(at(s, word_start(s, w - 1))) && !is_starter(s, nx))
      return false;
  }
  /* "in Pub. L. No. 117-58": a statute's Public Law, both stops */
  if ((i - tok == 1 && at(s, tok) == 'L' && tok >= s->start + 5 &&
       has(s, tok - 5, "Pub. ", 5)) ||
      (i - tok == 3 && has(s, tok, "Pub", 3) && has(s, i, ". L. ", 5)))
    return false;
  /* "Trial registration. NCT01234567.": a structured abstract's label and
   * its stop before the trial's number in a register */
  if (nx->cls == N_UPPER && i - tok == 12 &&
      ks_mem_eq_ci(s->t + tok, "registration", 12)) {
    size_t k = nx->pos;
    while (ks_is_upper(at(s, k)) && k - nx->pos < 8)
      k++;
    if (k - nx->pos >= 2 && ks_is_digit(at(s, k)))
      return false;
  }
  /* "72 h post-op. Serum": an operation's word after "post-" or "pre-",
   * no opus */
  if (i - tok == 2 && at(s, tok) == 'o' && at(s, tok + 1) == 'p' &&
      tok >= s->start + 4 && at(s, tok - 1) == '-' &&
      ((tok >= s->start + 5 && has(s, tok - 5, "post", 4)) ||
       has(s, tok - 4, "pre", 3)))
    return true;
  ab = abbrev_before(s, tok, i);
  /* "upstream of FT. These results", "by LC-MS/MS. Results:": a word in
   * capitals is no abbreviation the table writes in small letters ("Ft.",
   * "Ms."), unless the next word is in capitals too (a headline's "DR.
   * SMITH") */
  if (ab && i - tok >= 2 && nx->cls == N_UPPER &&
      !(nx->wlen >= 2 && ks_is_upper(at(s, nx->pos + 1))) &&
      /* and only before a word that opens sentences, a label's colon or
       * a species' binomial ("by LC-MS/MS. C. botulinum was"; not "ST.
       * Louis", "FT. Worth", "MRS. Smith"), or after another word in
       * capitals, whose acronym it goes on ("by MALDI-TOF MS. Carriage") */
      (is_starter(s, nx) || at(s, nx->pos + nx->wlen) == ':' ||
       binomial_at(s, nx->pos) ||
       (!(ab->flags & KS_AB_PLACE) && caps_word_before(s, tok)))) {
    bool caps = true, small = false;
    for (size_t k = tok; k < i && caps; k++)
      caps = ks_is_upper(at(s, k)) || at(s, k) == '/' || at(s, k) == '-';
    for (const char *c = ab->word; *c; c++)
      small = small || ks_is_lower((unsigned char)*c);
    if (caps && small)
      ab = NULL;
  }
  /* "lentil and fig. Morphometric analysis": an abbreviation of a
   * number's that is a noun too in small letters, before a word (not a
   * number nor a panel's letter), is the noun ("sect. Platycentrum", a
   * botanical section, is none) */
  if (ab && (ab->flags & KS_AB_NUMBER) && i - tok == 3 &&
      has(s, tok, "fig", 3) && nx->cls == N_UPPER && nx->wlen >= 3 &&
      ks_is_lower(at(s, nx->pos + 1)))
    ab = NULL;
  /* "bone loss >0.5 mm. Success was": after a number, a unit, not the
   * bars of "mm. 1-40" */
  if (ab && (ab->flags & KS_AB_NUMBER) && nx->cls != N_DIGIT &&
      unit_before(s, i))
    ab = NULL;
  if (country_end(s, tok, i, nx))
    return true;
  /* "in E. Sussex", "S. America": a compass letter before a place */
  if (i - tok == 1 && strchr("NSEW", at(s, tok)) && nx->cls == N_UPPER &&
      s->lang->compass_places &&
      ks_lang_in_list(s->lang->compass_places, s->lang->n_compass_places,
                      s->t + nx->pos, nx->wlen))
    return false;
  /* "a 6-ft. 4-in. forward", "5 ft. 10 in.", "2 lb. 4 oz.": a unit, then
   * the next smaller unit of its system after a figure, is one measure */
  if (!ab && nx->cls == N_DIGIT && i - tok >= 2) {
    static const struct {
      const char *big, *small;
    } pairs[] = {{"ft", "in"},    {"hr", "min"}, {"hrs", "min"},
                 {"lb", "oz"},    {"lbs", "oz"}, {"min", "sec"},
                 {"mins", "sec"}, {"st", "lb"},  {"yd", "ft"}};
    size_t w = i;
    while (w > tok && ks_is_alpha(at(s, w - 1)))
      w--;
    for (size_t j = 0; j < sizeof pairs / sizeof pairs[0]; j++) {
      size_t bl = strlen(pairs[j].big), sl = strlen(pairs[j].small), k;
      if (i - w != bl || !has(s, w, pairs[j].big, bl) ||
          (w > s->start && ks_is_alpha(at(s, w - 1))))
        continue;
      /* (a figure before it: "2 lb.", "6-ft.", not "St. 4") */
      k = w;
      if (k > s->start && (at(s, k - 1) == ' ' || at(s, k - 1) == '-'))
        k--;
      if (j != 0 && !(k > s->start && ks_is_digit(at(s, k - 1))))
        break;
      for (k = nx->pos; ks_is_digit(at(s, k)); k++)
        ;
      if (at(s, k) == '-' || at(s, k) == ' ')
        k++;
      if (has(s, k, pairs[j].small, sl) && at(s, k + sl) == 's')
        sl++; /* "3 hrs. 20 mins." */
      if (has(s, k, pairs[j].small, strlen(pairs[j].small)) &&
          !ks_is_alpha(at(s, k + sl)))
        return false;
      break;
    }
  }
  /* "under ss. 12 and 13": a law's sections, unless seconds after a
   * number ("took 30 s. 24 people") */
  if (!ab && nx->cls == N_DIGIT && at(s, tok) == 's' &&
      (i - tok == 1 || (i - tok == 2 && at(s, tok + 1) == 's')) &&
      !(tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
        ks_is_digit(at(s, tok - 2))))
    return false;
  /* "Hesiod, Theog. 748-757, is", "Sappho, fr. 16.", "in bb. 1-4.": a
   * short word's stop before a passage's number that a comma, a bracket
   * or the text's last stop follows (a sentence seldom opens "748-757,"
   * nor is a number alone) */
  /* only a work's abbreviation: capitalised after a comma and a name
   * ("Hesiod, Theog."), or of three letters or fewer ("Od.", "fr.",
   * "bb."), not a word that ends a sentence ("for the firm. 2023, by
   * contrast") */
  /* "at Soph. OT 1278", "Aesch. Ag. 1390": an ancient author's name cut
   * short before a work's, cut short too or in capitals, and the passage's
   * number */
  if (!ab && nx->cls == N_UPPER && i - tok >= 2 && i - tok <= 6 &&
      ks_is_upper(at(s, tok)) && i - tok == letters_at(s, tok) &&
      nx->wlen <= 5) {
    size_t k = nx->pos + nx->wlen, caps = 0;
    for (size_t c = nx->pos; c < k; c++)
      caps += ks_is_upper(at(s, c));
    /* (not a known abbreviation, "Spain. Ch. 3 covers", "Smith. Jan. 5",
     * nor a year, "Leeds. UK 2024 figures") */
    /* (the passage's number then ends its clause or runs on to the next
     * passage: "Ag. 1390 and", "Hec. 1098.", "7.34 f."; not "Rome. Flt.
     * 204 left late") */
    if (at(s, k) == '.' && caps == 1 && !find(s, nx->pos, nx->wlen)) {
      size_t d = k + 2;
      while (ks_is_digit(at(s, d)) ||
             (at(s, d) == '.' && ks_is_digit(at(s, d + 1))))
        d++;
      k = d > k + 2 && (strchr(".,;)", at(s, d)) || has(s, d, " and ", 5) ||
                        has(s, d, " f.", 3) || has(s, d, " ff.", 4) ||
                        has(s, d, "\xE2\x80\x93", 3))
              ? k + 1
              : 0;
    } else if (caps == nx->wlen && caps >= 2 && caps <= 3) {
      /* (a work in capitals before a passage's span of lines only, three
       * figures or more and an en dash: "Soph. OT 1278–9,"; not "in Rome.
       * BBC 1, 2 and 4", "Lyon. PSG 2–1 wins", "Kent. GP 24-hour") */
      size_t d = k + 1;
      while (ks_is_digit(at(s, d)))
        d++;
      if (!(d >= k + 4 && has(s, d, "\xE2\x80\x93", 3) &&
            ks_is_digit(at(s, d + 3))))
        k = 0;
    } else
      k = 0;
    if (k && at(s, k) == ' ' && ks_is_digit(at(s, k + 1)) &&
        !(ks_is_digit(at(s, k + 4)) && !ks_is_digit(at(s, k + 5)) &&
          (has(s, k + 1, "19", 2) || has(s, k + 1, "20", 2))))
      return false;
  }
  /* (or a capitalised one after an author's, "Aesch. Ag. 1390 and Eur.
   * Hec. 1098", "Pind. Ol. 7.34 f.") */
  if (!ab && nx->cls == N_DIGIT && i - tok <= 5 && ks_is_alpha(at(s, tok)) &&
      ks_is_alpha(at(s, i - 1)) && i - tok == letters_at(s, tok) &&
      (i - tok <= 3 ||
       (ks_is_upper(at(s, tok)) && tok >= s->start + 2 &&
        at(s, tok - 1) == ' ' &&
        (at(s, tok - 2) == ',' ||
         (at(s, tok - 2) == '.' && ks_is_upper(at(s, word_start(s, tok - 1)))))))) {
    size_t d = nx->pos;
    while (d < s->end &&
           (ks_is_digit(at(s, d)) ||
            ((at(s, d) == '.' || at(s, d) == '-' || at(s, d) == ':') &&
             ks_is_digit(at(s, d + 1))) ||
            (has(s, d, "\xE2\x80\x93", 3) && ks_is_digit(at(s, d + 3)))))
      d += has(s, d, "\xE2\x80\x93", 3) ? 3 : 1;
    /* not a year opening the next sentence ("2023, by contrast"), nor a
     * list's single figure ("2. Build more homes") */
    bool year = d - nx->pos == 4 &&
                (has(s, nx->pos, "19", 2) || has(s, nx->pos, "20", 2));
    bool item = d - nx->pos == 1 && at(s, d) == '.' && at(s, d + 1) == ' ';
    if (d > nx->pos && at(s, nx->pos - 1) != '(' && !year && !item &&
        ((at(s, d) == ',' && at(s, d + 1) == ' ' &&
          ks_is_lower(at(s, d + 2))) ||
         /* (a passage's "f." or "ff.", following lines, or "and" before
          * the next passage) */
         has(s, d, " f.", 3) || has(s, d, " ff.", 4) ||
         (has(s, d, " and ", 5) && i - tok >= 2 && ks_is_upper(at(s, tok)) &&
          ks_is_upper(at(s, d + 5))) ||
         at(s, d) == ')' || at(s, d) == ';' ||
         (at(s, d) == '.' && (d + 1 >= s->end || (at(s, d + 1) == ' ' &&
                                                  ks_is_upper(at(s, d + 2)))))))
      return false;
  }
  /* "(min. 6 kg of powder)": the least, before its figures, after no
   * figure of its own (not "for 20 min. 5 mice died", "per min.") */
  /* (nor after a number's word: "Simmer for ten min. 2 cups go in") */
  if (!ab && nx->cls == N_DIGIT && i - tok == 3 &&
      (has(s, tok, "min", 3) || has(s, tok, "max", 3)) &&
      !(tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
        ks_is_digit(at(s, tok - 2)))) {
    static const char *const counts[] = {
        "eight", "fifteen", "five",  "forty", "four",   "nine",
        "one",   "per",     "seven", "six",   "sixty",  "ten",
        "thirty", "three",  "twenty", "two"};
    size_t cw = tok >= s->start + 2 ? word_start(s, tok - 1) : tok;
    bool counted = false;
    for (size_t k = 0; k < sizeof counts / sizeof *counts && cw < tok; k++)
      counted = counted || (strlen(counts[k]) == tok - 1 - cw &&
                            has(s, cw, counts[k], tok - 1 - cw));
    if (!counted)
      return false;
  }
  /* "jan. 15": a month in lower case before a day is still a month */
  if (!ab && nx->cls == N_DIGIT && i - tok >= 3 && i - tok <= 4 &&
      ks_is_lower(at(s, tok))) {
    const struct ks_abbrev *m = ks_lang_abbrev(s->lang, s->t + tok, i - tok);
    if (m && (m->flags & KS_AB_MONTH))
      return false;
  }
  if (ab) {
    unsigned f = ab->flags;
    /* "by Gabrielsson et al. (Ref. 14), and": a reference after the
     * authors goes on */
    if (!strcmp(ab->word, "et al")) {
      size_t b = at(s, nx->pos) == '('       ? nx->pos + 1
                 : at(s, nx->pos - 1) == '(' ? nx->pos
                                             : 0;
      size_t c = b;
      while (b && c < s->end && at(s, c) != ')' && c - b < 200)
        c++;
      /* "(Ref. 14)", "(Nature)"; not "(The authors did not respond.)" */
      if (b && !(at(s, c) == ')' && strchr(".?!", at(s, c - 1))))
        return false;
    }
    /* "from Roche Ltd. 5-FU exposure", "50 mg t.i.d. 6-Sulfatoxy...": after
     * a company or a dose, a name that starts with digits starts a
     * sentence */
    if (nx->cls == N_DIGIT && (f & (KS_AB_COMPANY | KS_AB_LATIN)) &&
        (f & KS_AB_CAN_END) && digits_name(s, nx))
      return true;
    /* "from Addgene Inc. 4,318 neurons were": after a company's suffix,
     * a count (not a year) and a word in small letters open a sentence */
    if (nx->cls == N_DIGIT && (f & KS_AB_COMPANY) && (f & KS_AB_CAN_END)) {
      size_t k = nx->pos;
      while (k < s->end && (ks_is_digit(at(s, k)) ||
                            (at(s, k) == ',' && ks_is_digit(at(s, k + 1)))))
        k++;
      bool year = k - nx->pos == 4 &&
                  (has(s, nx->pos, "19", 2) || has(s, nx->pos, "20", 2));
      /* not a span that goes on ("Acme Inc. 18 months ago") */
      static const char *const spans[] = {
          "days",    "hours",   "minutes", "months", "per",
          "percent", "seconds", "times",   "weeks",  "years"};
      size_t w = k + 1, we = w;
      while (we < s->end && ks_is_lower(at(s, we)))
        we++;
      bool span = false;
      for (size_t t = 0; t < sizeof spans / sizeof spans[0] && !span; t++)
        span = we - w == strlen(spans[t]) && has(s, w, spans[t], we - w);
      if (!year && !span && at(s, k) == ' ' && ks_is_lower(at(s, k + 1)))
        return true;
    }
    /* "active until 11 p.m. 14 individuals were found": a clock's
     * marker ends a sentence before figures as well */
    if (nx->cls == N_DIGIT && (f & KS_AB_TIME) && tok >= s->start + 2 &&
        at(s, tok - 1) == ' ' && ks_is_digit(at(s, tok - 2)) &&
        !time_next(s, nx))
      return true;
    if (nx->cls == N_DIGIT)
      return false; /* "Dec. 3", "No. 5", "p. 55", "et al. 2005" */
    /* "Palm Bay d. Rockledge 70-44": a results list's "defeated" */
    if (i - tok == 1 && at(s, tok) == 'd' && nx->cls == N_UPPER &&
        tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
        ks_is_alpha(at(s, tok - 2)) &&
        ks_score_ahead(s->t + nx->pos, s->t + s->end, 5))
      return false;
    /* "Rhodococcus sp. ST-10 in": a strain's code after the species */
    if (nx->cls == N_UPPER && at(s, tok) == 's' && at(s, tok + 1) == 'p' &&
        (i - tok == 2 || (i - tok == 3 && at(s, tok + 2) == 'p'))) {
      size_t k = nx->pos;
      while (k < s->end && at(s, k) != ' ' && !ks_is_digit(at(s, k)))
        k++;
      if (k < s->end && ks_is_digit(at(s, k)))
        return false;
    }
    /* "2 g i.v. q8h": a dose's route, then how often */
    if ((f & KS_AB_LATIN) && dose_interval(s, nx))
      return false;
    /* "with Gaussian resp. Student-t data": "respectively" between two
     * words is "or" (after a list and its comma it ends: "and B, resp.") */
    if (!strcmp(ab->word, "resp") && tok >= s->start + 2 &&
        at(s, tok - 1) == ' ' && ks_is_alpha(at(s, tok - 2)) &&
        !is_starter(s, nx)) /* "men and women resp. The gap" ends */
      return false;
    /* "the case p = 2, resp. p = 5": a variable's letter after a Latin
     * abbreviation goes on with the sentence */
    if ((f & KS_AB_LATIN) && nx->wlen == 1 && ks_is_lower(at(s, nx->pos)) &&
        at(s, nx->pos + 1) == ' ' && memchr("<>=", at(s, nx->pos + 2), 3))
      return false;
    if (f & KS_AB_TIME)
      return time_ends(s, tok, nx);
    if (f & (KS_AB_MONTH | KS_AB_WEEKDAY)) {
      /* "Jul. – Dec. 2027", "Mon. - Fri.": a span to another month or
       * day goes on */
      size_t d = nx->pos;
      if (has(s, d, "\xE2\x80\x93", 3) || has(s, d, "\xE2\x80\x94", 3) ||
          at(s, d) == '-') {
        struct next after = next_word(s, d + (at(s, d) == '-' ? 1 : 3));
        if (after.cls == N_UPPER && is_date_word(s, &after))
          return false;
        /* (or a day and its month: "4 Oct. – 12 Nov. 2025") */
        if (after.cls == N_DIGIT) {
          size_t e = after.pos;
          while (e < s->end && ks_is_digit(at(s, e)))
            e++;
          struct next m = next_word(s, e);
          if (e - after.pos <= 2 && m.cls == N_UPPER && is_date_word(s, &m))
            return false;
        }
      }
      return !is_date_word(s, nx);
    }
    /* "see App. A": a reference's label; "Bk. II", "No. IV": a roman
     * numeral */
    if ((f & KS_AB_NUMBER) && nx->cls == N_UPPER &&
        (nx->wlen == 1 || roman_word(s, nx)))
      return false;
    /* "only if one knows p. Critics have": a letter in small letters
     * that abbreviates a word before a number ("p." a page) is no
     * abbreviation before a word in sentence case and then one in small
     * letters, but a variable that ends the sentence (not "sect.
     * Platycentrum is", a botanical section's name) */
    if ((f & KS_AB_NUMBER) && i - tok == 1 && ks_is_lower(at(s, tok)) &&
        at(s, tok) != 'c' && /* "c. Roman times": circa */
        nx->cls == N_UPPER && nx->wlen >= 3 &&
        ks_is_lower(at(s, nx->pos + 1)) &&
        ks_is_lower(at(s, nx->pos + nx->wlen - 1)) &&
        at(s, nx->pos + nx->wlen) == ' ' &&
        ks_is_lower(at(s, nx->pos + nx->wlen + 1)))
      return true;
    /* "the Latin Mass. Comparison": a state's abbreviation that is a word
     * too, not after a city and its comma, is the word, and ends (dotted
     * initials, "N.S.", do too, but not before a name of two capitalised
     * words) */
    /* (a province's dotted initials before a name of two capitalised
     * words are initials there: "in B.C. Supreme Court") */
    if ((f & KS_AB_PLACE) && (f & KS_AB_WORD_TOO) && !(f & KS_AB_TITLE) &&
        !(f & KS_AB_NODOT) &&
        !((f & KS_AB_ACRONYM) && at(s, nx->pos + nx->wlen) == ' ' &&
          ks_is_upper(at(s, nx->pos + nx->wlen + 1))) &&
        nx->cls == N_UPPER && i - tok >= 3 && !state_after_city(s, tok) &&
        tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
        ks_is_lower(at(s, tok - 2)) && !title_next(s, nx))
      return true;
    /* "LA-ICP-MS. Age spectra", "LC-MS/MS. Non-compartmental": a title's
     * letters in capitals, joined to an initialism before them, are an
     * initialism's ("Ms." and "MRS. Smith" are the title) */
    bool joined =
        tok > s->start && (at(s, tok - 1) == '-' || at(s, tok - 1) == '/');
    for (size_t k = tok; k < i && !joined; k++)
      joined = at(s, k) == '-' || at(s, k) == '/';
    if ((f & KS_AB_TITLE) && i - tok >= 2 && joined &&
        ks_is_upper(at(s, tok)) && ks_is_upper(at(s, i - 1)) && ab->word[1] &&
        ks_is_lower(ab->word[1]) && ks_is_lower(at(s, nx->pos + 1)))
      return (f & KS_AB_WEAK) ? weak_end(s, nx) : nx->cls == N_UPPER;
    /* "The board said no. Mitsubishi reported": "no" in small letters
     * before a word in sentence case, not a figure nor a code in capitals
     * ("accession no. PRJEB12345"), is the word, and ends */
    if ((f & KS_AB_NUMBER) && i - tok == 2 && has(s, tok, "no", 2) &&
        nx->cls == N_UPPER && !roman_word(s, nx) && nx->wlen >= 2 &&
        ks_is_lower(at(s, nx->pos + 1)))
      return true;
    if (!(f & KS_AB_CAN_END))
      return false;
    /* "the Health and Safety at Work etc. Act 1974", "Sudden Deaths etc.
     * (Scotland) Act 2016": "etc." inside a law's title, before its "Act"
     * (round 38, from set AW) */
    if ((f & KS_AB_LATIN) && i - tok == 3 && has(s, tok, "etc", 3)) {
      size_t a = i + 1;
      while (at(s, a) == ' ')
        a++;
      if (at(s, a) == '(') {
        size_t open = a;
        while (a < s->end && a < open + 40 && at(s, a) != ')')
          a++;
        a += at(s, a) == ')' && at(s, a + 1) == ' ' ? 2 : 0;
      }
      if (has(s, a, "Act", 3) && !ks_is_alpha(at(s, a + 3)))
        return false;
    }
    /* "(b. Feb. 1818", "b. Edinburgh 1847": a life's date that opens with
     * its month or its place (a word and a year) */
    if ((f & KS_AB_NUMBER) && !(f & KS_AB_WEAK) && nx->cls == N_UPPER) {
      size_t y = nx->pos + nx->wlen;
      if (is_date_word(s, nx) ||
          (at(s, y) == ' ' && ks_is_digit(at(s, y + 1)) &&
           ks_is_digit(at(s, y + 2)) && ks_is_digit(at(s, y + 3)) &&
           ks_is_digit(at(s, y + 4)) && !ks_is_digit(at(s, y + 5))))
        return false;
    }
    if ((f & KS_AB_TITLE) && !after_name(s, tok))
      return false; /* "Dr. Who", "St. John": Doctor and Saint, not Drive */
    if ((f & KS_AB_TITLE) && i - tok == 2 && street_then_subject(s, tok, nx))
      return true;
    /* "the Co. Kerry farmer": after "the", "in" and their kin, "Co." is
     * a county's, before its name (not before "The" and its kin) */
    /* (and before an Irish county's own name after a word in small
     * letters: "in south Co. Dublin"; not a firm's "Smith & Co. Down the
     * road") */
    if ((f & KS_AB_COMPANY) && nx->cls == N_UPPER && at(s, tok) == 'C' &&
        at(s, tok + 1) == 'o' && tok + 2 == i && !is_starter(s, nx) &&
        (county_word_before(s, tok) ||
         (s->lang->counties && tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
          ks_is_lower(at(s, tok - 2)) &&
          !(tok >= s->start + 4 && has(s, tok - 4, "and", 3)) &&
          ks_lang_in_list(s->lang->counties, s->lang->n_counties,
                          s->t + nx->pos, nx->wlen))))
      return false;
    /* (a firm's suffix after its name: "Telefonica S.A. Analysts"; not
     * a judge's initials after a word in small letters, "Justices A.K.
     * Sikri and S.A. Bobde heard") */
    /* (a plural after it opens a sentence still: "or S.A. Investors
     * welcomed it") */
    /* (not a county's before its council: "the Kilkenny Co. Council
     * meeting") */
    if ((f & KS_AB_COMPANY) && tok + 2 == i && has(s, tok, "Co", 2) &&
        nx->wlen >= 7 && has(s, nx->pos, "Council", 7) &&
        (nx->wlen == 7 || has(s, nx->pos + 7, "lor", 3)))
      return false;
    if ((f & KS_AB_COMPANY) && company_ends(s, nx) &&
        !(i - tok == 3 && at(s, tok + 1) == '.' && !after_name(s, tok) &&
          at(s, nx->pos + nx->wlen - 1) != 's'))
      return true;
    /* "Specifications, 9th ed. Field trials": an edition after its
     * ordinal ends a citation, before any capital */
    if (!strcmp(ab->word, "ed") && nx->cls == N_UPPER && ordinal_before(s, tok))
      return true;
    /* "in Mississauga, Ont. “Lenders are ...": a quotation that opens
     * after a city's state starts the next sentence */
    if ((f & KS_AB_PLACE) && !(f & KS_AB_TITLE) && nx->cls == N_UPPER &&
        nx->pos >= i + 2 && state_after_city(s, tok) &&
        (has(s, nx->pos - 3, "\xE2\x80\x9C", 3) || at(s, nx->pos - 1) == '"'))
      return true;
    /* ... unless the capital opens a name that goes on ("Springfield,
     * Mass. Police Department"); a word joined by hyphens is one word
     * ("St. Louis, Mo. Non-stationary models were") */
    if ((f & KS_AB_PLACE) && !(f & KS_AB_TITLE) && nx->cls == N_UPPER &&
        at(s, nx->pos - 1) == ' ' && state_after_city(s, tok)) {
      size_t w = nx->pos + nx->wlen;
      while (at(s, w) == '-' && ks_is_alpha(at(s, w + 1)))
        w += 1 + letters_at(s, w + 1);
      if (is_starter(s, nx) ||
          (at(s, w) == ' ' && !ks_is_upper(at(s, w + 1))))
        return true;
    }
    if ((f & KS_AB_ACRONYM) && dotted(s, tok, i) &&
        initialism_ends(s, tok, i, nx))
      return true;
    /* "Eng. Faith Mutua", "Ma. Cristina Dela Peña": a title before a name
     * of two capitalised words goes on; "his Ma. Sadly she", "Aus v Eng.
     * Root scored" end */
    /* (after a number "Ma" is a geologist's million years, "ca. 6 Ma.
     * The Oligocene event", and ends as a unit does; so before a word
     * that opens sentences) */
    /* (and "Eng." after "said", a comma or a quotation's close, a title's
     * place: "“It was dry,” Eng. Mwale said", "said Eng. Salim") */
    if (!strcmp(ab->word, "Eng") && nx->cls == N_UPPER && !is_starter(s, nx) &&
        tok >= s->start + 3 && at(s, tok - 1) == ' ' &&
        (at(s, tok - 2) == ',' || at(s, tok - 2) == '"' ||
         (tok >= s->start + 4 && has(s, tok - 4, "\xE2\x80\x9D", 3)) ||
         (tok >= s->start + 5 && (has(s, tok - 5, "said", 4) ||
                                  has(s, tok - 5, "says", 4)))))
      return false;
    if (!strcmp(ab->word, "Ma") || !strcmp(ab->word, "Eng"))
      return (tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
              ks_is_digit(at(s, tok - 2))) ||
             is_starter(s, nx) ||
             !(nx->cls == N_UPPER && at(s, nx->pos + nx->wlen) == ' ' &&
               ks_is_upper(at(s, nx->pos + nx->wlen + 1)));
    return (f & KS_AB_WEAK) ? weak_end(s, nx) : true;
  }
  /* "Hdt. 1.32", "Br. William": a capital and small consonants alone,
   * which no English word is, abbreviate one */
  if (i - tok >= 2 && i - tok <= 4 && ks_is_upper(at(s, tok)) &&
      !strchr("AEIOUY", at(s, tok)) &&
      !(tok >= s->start + 2 && at(s, tok - 1) == ' ' &&
        ks_is_digit(at(s, tok - 2)))) { /* not a unit, "50 Hz." */
    bool consonants = true;
    for (size_t k = tok + 1; k < i && consonants; k++)
      consonants = ks_is_lower(at(s, k)) && !strchr("aeiouy", at(s, k));
    if (consonants && nx->cls == N_DIGIT)
      return false;
    if (consonants && i - tok >= 3)
      return weak_end(s, nx);
  }
  /* "Cal. Civ. Code § 1798.100": a short capitalised word with its stop
   * after another (not a title's: "Dr. Lee. Fans") is a run of
   * abbreviations, a code's or a journal's name, which goes on before a
   * capital that opens no sentence */
  if (i - tok >= 3 && i - tok <= 5 && ks_is_upper(at(s, tok)) &&
      ks_is_lower(at(s, i - 1)) && letters_at(s, tok) == i - tok &&
      nx->cls == N_UPPER &&
      !is_starter(s, nx) && tok >= s->start + 4 && at(s, tok - 1) == ' ' &&
      at(s, tok - 2) == '.') {
    size_t pb = tok - 2;
    while (pb > s->start && ks_is_alpha(at(s, pb - 1)))
      pb--;
    const struct ks_abbrev *pa = find(s, pb, tok - 2 - pb);
    if (tok - 2 - pb >= 2 && tok - 2 - pb <= 5 && ks_is_upper(at(s, pb)) &&
        (pb == s->start || at(s, pb - 1) == ' ' || at(s, pb - 1) == '(') &&
        !(pa && (pa->flags & KS_AB_TITLE)))
      return false;
  }
  /* "Matt. 5:3-10", "Jer. 29:11 at the funeral": a book of the Bible
   * cut short before its chapter and verse (not "in Paris. 10:30 was") */
  if (nx->cls == N_DIGIT && ks_lang_bible_book(s->lang, s->t + tok, i - tok)) {
    size_t k = nx->pos;
    while (ks_is_digit(at(s, k)))
      k++;
    if (at(s, k) == ':' && ks_is_digit(at(s, k + 1)))
      return false;
  }
  /* "Il. 9.650–5", "Soph. Aj. 646–92", "Pind. Nem. 7.20–30": the short
   * name of an author or a work before the span of a passage */
  if (i - tok >= 2 && i - tok <= 5 && ks_is_upper(at(s, tok)) &&
      (passage_span(s, nx->pos, !short_name_before(s, tok)) ||
       (nx->cls == N_UPPER && nx->wlen >= 2 && nx->wlen <= 5 &&
        at(s, nx->pos + nx->wlen) == '.' &&
        at(s, nx->pos + nx->wlen + 1) == ' ' && !is_date_word(s, nx) &&
        passage_span(s, nx->pos + nx->wlen + 2, false)))) {
    bool small = true;
    for (size_t k = tok + 1; k < i && small; k++)
      small = ks_is_lower(at(s, k));
    if (small)
      return false;
  }
  if (dotted(s, tok, i)) {
    /* "at 642 m a.s.l. Excavations": one in small letters the table does
     * not know ends before a capital after a measure (not "the agency The
     * i.d.e.a. Brand, told me") */
    bool small = true, measure = false;
    for (size_t k = tok; k < i && small; k++)
      small = !ks_is_upper(at(s, k));
    for (size_t k = tok; k > s->start && tok - k < 8 && !measure; k--)
      measure = ks_is_digit(at(s, k - 1));
    if (small && measure && nx->cls == N_UPPER)
      return true;
    /* "converges a.s. Simulations with n = 500": after a word in small
     * letters, before a word in sentence case and then one in small
     * letters that joins no name, a sentence opens (not "Bancorp, f.k.a.
     * Bank of the Ozarks", "Kofola a.s. Chief executive") */
    if (small && nx->cls == N_UPPER && nx->wlen >= 3 &&
        ks_is_lower(at(s, nx->pos + 1)) &&
        at(s, nx->pos + nx->wlen) == ' ' &&
        ks_is_lower(at(s, nx->pos + nx->wlen + 1)) && tok >= s->start + 2 &&
        at(s, tok - 1) == ' ' && ks_is_lower(at(s, tok - 2)) &&
        ks_is_lower(at(s, word_start(s, tok - 1)))) {
      static const char *const joins[] = {"and", "de",  "for", "of",
                                          "the", "van", "von"};
      size_t w2 = nx->pos + nx->wlen + 1, w2e = w2;
      while (w2e < s->end && ks_is_alpha(at(s, w2e)))
        w2e++;
      if (!ks_lang_in_list(joins, sizeof joins / sizeof joins[0], s->t + w2,
                           w2e - w2))
        return true;
    }
    if (initialism_ends(s, tok, i, nx))
      return true;
    return weak_end(s, nx); /* "U.S.A." "J.K." */
  }
  /* a party tag, "R-W. Virginia", or a name's, "Jean-C. Dupont", "J-P.
   * Papin"; not a section's "V-C." after the noun it labels ("Sect.
   * V-C.") */
  if (i - tok >= 3 && at(s, i - 2) == '-' && ks_is_upper(at(s, i - 1)) &&
      !(i - tok == 3 && ks_is_upper(at(s, i - 3)) &&
        !strchr("DRI", at(s, i - 3)) && tok >= s->start + 2 &&
        at(s, tok - 1) == ' ' && label_noun_before(s, tok)))
    return weak_end(s, nx);
  /* "125 W. 45th St.", "10 E. Main St.": a compass letter after a house
   * number */
  if (i - tok == 1 && strchr("NSEW", at(s, tok)) && tok >= s->start + 2 &&
      at(s, tok - 1) == ' ' &&
      ((ks_is_digit(at(s, tok - 2)) &&
        (nx->cls == N_DIGIT || street_follows(s, nx))) ||
       (nx->cls == N_UPPER && street_follows(s, nx)) ||
       /* "near W. 112th St.": an ordinal street */
       (nx->cls == N_DIGIT && ordinal_street(s, nx))))
    return false; /* "between W. Devon Ave. and" */
  /* "the actuary H. T. R. Whitcombe": an initial before another */
  if (i - tok == 1 && ks_is_upper(at(s, tok)) && nx->cls == N_UPPER &&
      nx->wlen == 1 && at(s, nx->pos + 1) == '.' && at(s, nx->pos + 2) == ' ')
    return false;
  /* "a distance of 3.5 Å.", "supply 120 V.": a capital alone after a
   * number is a unit or a label, not a name's initial */
  if (i - tok == letter_at(s, tok) && tok >= s->start + 2 &&
      at(s, tok - 1) == ' ' && ks_is_digit(at(s, tok - 2)))
    return true;
  /* "in D minor, K. 466, with": a catalogue's letter before its number,
   * which a comma follows (a sentence seldom opens "466, with") */
  if (i - tok == 1 && ks_is_upper(at(s, tok)) && nx->cls == N_DIGIT) {
    size_t d = nx->pos;
    while (d < s->end && ks_is_digit(at(s, d)))
      d++;
    /* "S. 2417", "H. 1290": a Senate's or a House's bill by its number */
    if ((at(s, tok) == 'S' || at(s, tok) == 'H') && d - nx->pos >= 3 &&
        d - nx->pos <= 4 && !ks_is_alnum(at(s, d)))
      return false;
    /* the comma a pause, not a thousands' ("hepatitis C. 1,500 cases") */
    if (d < s->end && (at(s, d) == ',' || at(s, d) == ')' || at(s, d) == ';') &&
        !ks_is_digit(at(s, d + 1)))
      return false;
  }
  if (i - tok == 1 && ks_is_upper(at(s, tok)) && initial_context(s, tok))
    return weak_end(s, nx); /* "Donald J. Trump", "you and I. Did" */
  if (i - tok == 1 && ks_is_upper(at(s, tok)) &&
      (name_follows(s, nx) ||
       (possessive_name_follows(s, nx) && name_prep_before(s, tok)) ||
       (role_before(s, tok) && role_name_follows(s, nx, at(s, tok)))))
    return false; /* "writer L. Ron Hubbard", "assistant E. Everett," */
  if (last >= 0x80 && i - tok == letter_at(s, tok) && i - tok > 1) {
    uint32_t cp;
    (void)ks_utf8_decode(s->t + tok, i - tok, &cp);
    if (unicode_class(cp) == N_UPPER)
      return weak_end(s, nx); /* "Т. Шевченко", "Ö. Yılmaz" */
  }
  return true;
}

/* Add the sentence t[from..to), trimmed; a run longer than KS_MAX_SENTENCE
 * is cut at its last space that fits, else at a UTF-8 boundary. */
static void emit(struct seg *s, size_t from, size_t to) {
  while (from < to && ks_is_space(at(s, from)))
    from++;
  while (to > from && ks_is_space(at(s, to - 1)))
    to--;
  while (to - from > KS_MAX_SENTENCE) {
    size_t cut = from + KS_MAX_SENTENCE, k = cut, next;
    while (k > from && at(s, k) != ' ')
      k--;
    if (k > from) {
      next = k + 1;
    } else {
      for (k = cut; k > from && (at(s, k) & 0xC0) == 0x80; k--)
        ;
      if (k == from)
        k = cut; /* not UTF-8 at all: any cut will do */
      next = k;
    }
    while (k > from && ks_is_space(at(s, k - 1)))
      k--;
    ks_doc_add_sentence(s->doc, s->block, from, k - from);
    from = next;
    while (from < to && ks_is_space(at(s, from)))
      from++;
  }
  if (to > from)
    ks_doc_add_sentence(s->doc, s->block, from, to - from);
}

/* A new sentence starts at p: an inline list ends with the sentence before;
 * a list marker here ("1.", "• 9.", "a)") opens or continues a list. */
static void begin_sentence(struct seg *s, size_t p) {
  size_t q, dot;
  unsigned v;
  int kind;

  while (p < s->end && ks_is_space(at(s, p)))
    p++;
  s->start = p;
  if (!s->list_block)
    s->list_next = 0;
  q = p + bullet_len(s, p);
  while (q > p && at(s, q) == ' ')
    q++;
  v = marker_at(s, q, &kind, &dot);
  if (v == 0)
    return;
  if (s->list_next && kind == s->list_kind && v == s->list_next) {
    s->list_next++;
  } else if (kind == '1' || v == 1) {
    s->list_next = v + 1;
    s->list_kind = kind;
    s->list_block = true;
  } else {
    return;
  }
  s->skip_dot = dot;
}

/* A space while a list is open: the expected next marker after it is a new
 * item, a sentence of its own unless the list is inside a sentence. */
static void list_space(struct seg *s, size_t i) {
  size_t dot;
  int kind;
  unsigned v = marker_at(s, i + 1, &kind, &dot);
  if (v == 0 || kind != s->list_kind || v != s->list_next)
    return;
  if (s->list_block) {
    emit(s, s->start, i);
    begin_sentence(s, i + 1);
  } else {
    s->skip_dot = dot;
    s->list_next++;
  }
}

/* "steps: 1. a ceasefire, 2. monitoring": a list inside a sentence. */
static void list_colon(struct seg *s, size_t i) {
  size_t dot;
  int kind;
  unsigned v;
  if (s->list_block || at(s, i + 1) != ' ')
    return;
  v = marker_at(s, i + 2, &kind, &dot);
  if (v != 1)
    return;
  s->list_next = 2;
  s->list_kind = kind;
  s->skip_dot = dot;
}

/* "Writer: Hughes Date: Sunday", "18 Jan 2008 Source: ITN": a page's
 * lines of particulars run together; each label with its colon starts a
 * sentence of its own ("Last Modified:", "Release Date:" with its first
 * word), after another particular (a label's colon before it) or a date's
 * or a time's figures; not a title's "Kids and Screen Time: ...". The
 * colon is at i. */
static void meta_label(struct seg *s, size_t i) {
  static const char *const labels[] = {
      "Author",    "Date",   "Filed", "Modified", "Posted",
      "Published", "Source", "Time",  "Updated",  "Writer"};
  static const char *const firsts[] = {"Air",     "Issue",   "Last",
                                       "Publish", "Release", "Run"};
  size_t w = i, ls, f, d;
  bool after = false;
  while (w > s->start && ks_is_alpha(at(s, w - 1)))
    w--;
  if (w == i || w < s->start + 2 || at(s, w - 1) != ' ' ||
      !ks_is_upper(at(s, w)) ||
      !ks_lang_in_list(labels, sizeof labels / sizeof labels[0], s->t + w,
                       i - w))
    return;
  ls = w; /* where the label starts */
  for (f = w - 1; f > s->start && ks_is_alpha(at(s, f - 1)); f--)
    ;
  if (f < w - 1 && ks_lang_in_list(firsts, sizeof firsts / sizeof firsts[0],
                                   s->t + f, w - 1 - f))
    ls = f;
  if (ls < s->start + 2 || at(s, ls - 1) != ' ' || !ks_is_alnum(at(s, ls - 2)))
    return;
  for (d = s->start; d < ls && !after; d++)
    after = at(s, d) == ':';
  if (!after && !ks_is_digit(at(s, ls - 2)) &&
      !(ls >= s->start + 3 &&
        (has(s, ls - 3, "AM", 2) || has(s, ls - 3, "PM", 2))))
    return;
  emit(s, s->start, ls - 1);
  begin_sentence(s, ls);
}

/* "Contact: j.doe@example.org Supplementary information: Data are": an
 * address has no stop after it, so a label of up to three words and its
 * colon after one starts a sentence of its own (a structured abstract's
 * or a page's particulars). The colon is at i. */
static void address_label(struct seg *s, size_t i) {
  size_t w = i;
  for (int words = 0; words < 3; words++) {
    size_t ts;
    bool address = false;
    while (w > s->start && ks_is_alpha(at(s, w - 1)))
      w--;
    if (w == i || w < s->start + 2 || at(s, w - 1) != ' ')
      return;
    for (ts = w - 1; ts > s->start && at(s, ts - 1) != ' '; ts--)
      address = address || at(s, ts - 1) == '@' ||
                (at(s, ts - 1) == '/' && at(s, ts) == '/');
    address = address || has(s, ts, "www.", 4);
    if (address && ks_is_upper(at(s, w)) && ts > s->start) {
      emit(s, s->start, w - 1);
      begin_sentence(s, w);
      return;
    }
    w--; /* the space before the word; then the word before it */
    if (w <= s->start || !ks_is_alpha(at(s, w - 1)))
      return;
  }
}

/* After a quotation that ends in "?" or "!", its attribution: up to three
 * capitalised words (a name, a title), perhaps an adverb, then a verb of
 * saying ("... tonight!" Jane Roe said.): the same sentence. */
static bool attribution(const struct seg *s, const struct next *nx) {
  /* a speaker's role between names: "Rovers manager Gareth Mensah said" */
  static const char *const roles[] = {
      "captain",   "chairman",  "chief",        "coach",      "director",
      "executive", "leader",    "manager",      "minister",   "president",
      "secretary", "spokesman", "spokesperson", "spokeswoman"};
  size_t p = nx->pos, names = 0, role = 0;
  if (nx->cls != N_UPPER)
    return false;
  for (int w = 0; w < 6 && p < s->end; w++) {
    size_t e = p;
    while (e < s->end && ks_is_alpha(at(s, e)))
      e++;
    if (e == p)
      return false;
    if (ks_is_upper(at(s, p))) {
      if (++names > 3 + role ||
          is_starter(s, &(struct next){N_UPPER, p, e - p}))
        return false;
    } else if (ks_lang_in_list(s->lang->say_verbs, s->lang->n_say_verbs,
                               s->t + p, e - p)) {
      return names > 0;
    } else if (names > 0 && role == 0 &&
               ks_lang_in_list(roles, sizeof roles / sizeof roles[0], s->t + p,
                               e - p)) {
      role = 1;
    } else if (!(e - p > 3 && at(s, e - 2) == 'l' && at(s, e - 1) == 'y') &&
               !ks_lang_in_list(s->lang->say_adverbs, s->lang->n_say_adverbs,
                                s->t + p, e - p)) {
      return false;
    }
    if (e - p == 1 && ks_is_upper(at(s, p)) && at(s, e) == '.')
      e++; /* an initial, "Jane Q. Roe" */
    if (at(s, e) != ' ')
      return false;
    p = e + 1;
  }
  return false;
}

/* The word before the period at i is no abbreviation ("crystals.", not
 * "Ref."). */
static bool dot_word_ends(const struct seg *s, size_t i) {
  size_t tok = i;
  while (tok > s->begin && at(s, tok - 1) != ' ')
    tok--;
  return abbrev_before(s, tok, i) == NULL;
}

/* Length of a citation at i, numbered ("[14]", "(3,4)", "[2-5]") or by
 * author and year, or 0. */
static size_t citation_len(const struct seg *s, size_t i) {
  unsigned char open = at(s, i), c;
  size_t k = i + 1;
  bool digit = false;
  if (open != '[' && open != '(')
    return 0;
  for (; k < s->end && k < i + 24; k++) {
    c = at(s, k);
    if (ks_is_digit(c))
      digit = true;
    else if (c == ',' || c == '-' || c == ' ' || c == ';')
      continue;
    else if (has(s, k, "\xE2\x80\x93", 3))
      k += 2; /* an en dash */
    else
      break;
  }
  if (digit && at(s, k) == (open == '[' ? ']' : ')'))
    return k + 1 - i;
  /* "(Dashti et al., 2019)", "(Smith and Jones 2004a)": an author and a
   * year, the year last */
  if (open != '(' || !ks_is_upper(at(s, i + 1)))
    return 0;
  for (k = i + 1; k < s->end && k < i + 100; k++) {
    c = at(s, k);
    if (c == '(' || c == '!' || c == '?')
      return 0;
    if (c == ')')
      break;
  }
  if (at(s, k) != ')' || k - i < 7)
    return 0;
  size_t spaces = 0;
  bool etal = false;
  for (size_t w = i + 1; w < k; w++) {
    spaces += at(s, w) == ' ';
    etal = etal || has(s, w, "et al", 5);
  }
  if (spaces > 3 && !etal) /* not a sentence in brackets with its year */
    return 0;
  size_t y = k - ks_is_lower(at(s, k - 1)); /* "2004a" */
  if (!(ks_is_digit(at(s, y - 1)) && ks_is_digit(at(s, y - 2)) &&
        ks_is_digit(at(s, y - 3)) &&
        (at(s, y - 4) == '1' || at(s, y - 4) == '2') && (at(s, y - 5) == ' ')))
    return 0;
  return k + 1 - i;
}

/* A citation at p closed by a stop, a comma or a semicolon: after
 * another stop ("reports from the U.S. (Borg et al., 2017)."), it belongs
 * to the sentence before it. */
static bool cited_before_stop(const struct seg *s, size_t p) {
  size_t cl = citation_len(s, p);
  return cl > 0 &&
         (at(s, p + cl) == '.' || at(s, p + cl) == ',' || at(s, p + cl) == ';');
}

/* A word at k that points at a part of the paper ("Table 2", "Fig. 3"). */
static bool pointer_word(const struct seg *s, size_t k) {
  static const char *const words[] = {"Appendix", "Eq",     "Fig",
                                      "Figs",     "Figure", "Figures",
                                      "Scheme",   "Table",  "Tables"};
  size_t e = k;
  while (ks_is_alpha(at(s, e)) && e - k < 12)
    e++;
  if (at(s, e) != ' ' && at(s, e) != '.')
    return false;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (e - k == strlen(words[i]) && has(s, k, words[i], e - k))
      return true;
  return false;
}

/* From k inside the bracket opened at p, where it closes, within 200
 * bytes and with no bracket opened inside it: the byte after the ")", or
 * 0. */
static size_t bracket_close(const struct seg *s, size_t p, size_t k) {
  while (k < s->end && k - p < 200 && at(s, k) != ')' && at(s, k) != '(')
    k++;
  return at(s, k) == ')' ? k + 1 : 0;
}

/* The bracket opened at p holds figures or small words ("(1811)", "(n =
 * 6 per group)") and closes within the block: where it ends, or 0. */
static size_t figures_bracket(const struct seg *s, size_t p) {
  size_t k = p + 1, u = k;
  while (ks_is_upper(at(s, u)) && u - k <= 5)
    u++;
  /* "(1811)", "(n = 6)", "(IQR 14-26)", "(SD 1.2)", a pointer to a table
   * or a figure ("(Table 2, entries 1-18)"), a statistic's capital and
   * its sign ("(P = .52)", "(N < 40)"); not "(Young)" */
  if (!ks_is_digit(at(s, k)) && !ks_is_lower(at(s, k)) &&
      !(u - k >= 2 && u - k <= 5 && at(s, u) == ' ' &&
        ks_is_digit(at(s, u + 1))) &&
      !(u - k == 1 && at(s, u) == ' ' && strchr("=<>", at(s, u + 1)) &&
        at(s, u + 1) != '\0') &&
      !pointer_word(s, k))
    return 0;
  return bracket_close(s, p, k);
}

/* After such a bracket the sentence goes on: a comma, a semicolon or a
 * word in small letters follows. */
static bool bracket_runs_on(const struct seg *s, size_t p) {
  size_t k = figures_bracket(s, p);
  return k && (at(s, k) == ',' || at(s, k) == ';' ||
               (at(s, k) == ' ' && ks_is_lower(at(s, k + 1))));
}

/* "e.g. "Ponoć ón przëszedł?" ('Did he come?').", "like "Kaypi-s
 * tiyasqa." ('Reportedly, he lived here.') in": after a quoted sentence,
 * its gloss in brackets, in quotes too, that the stop, a comma or a word
 * in small letters follows is the sentence's own. p is at the bracket. */
static bool gloss_bracket(const struct seg *s, size_t p) {
  size_t k = p + 1;
  if (!(at(s, k) == '\'' || at(s, k) == '"' || has(s, k, "\xE2\x80\x98", 3) ||
        has(s, k, "\xE2\x80\x9C", 3)))
    return false;
  k = bracket_close(s, p, k);
  return k && (at(s, k) == '.' || at(s, k) == ',' ||
               (at(s, k) == ' ' && ks_is_lower(at(s, k + 1))));
}

/* "1 mg/kg i.v. (n = 6 per group).", "5.6 mo. (95% CI 4.1-7.0).": after
 * an abbreviation's stop, a bracket of figures or small words that ends
 * the sentence is the sentence's own. i is at the stop, p at the bracket. */
static bool figures_after_abbrev(const struct seg *s, size_t i, size_t p) {
  size_t b = word_start(s, i), k;
  if (b == i || (!find(s, b, i - b) && !dotted(s, b, i) &&
                 !(b >= s->start + 2 && ks_is_digit(at(s, b - 2)) &&
                   i - b <= 3 && ks_is_lower(at(s, b)))))
    return false; /* a known one, a dotted one, or a unit after a number */
  k = figures_bracket(s, p);
  return k && (at(s, k) == '.' || k >= s->end);
}

/* "Mendozasaurus sp. (MCNA-PV 3102).", "Osmia bicornis L. (Hymenoptera:
 * Megachilidae) to": a species' abbreviation, or an author's initial after
 * a genus and a species, before a bracket that the sentence goes on
 * after (a stop, a comma or a word in small letters). i is at the stop,
 * p at the bracket. */
static bool taxon_bracket(const struct seg *s, size_t i, size_t p) {
  static const char *const taxa[] = {"aff", "nov", "sp",  "spp",
                                     "ssp", "subsp", "var"};
  size_t b = word_start(s, i), k = p + 1, w;
  bool taxon = false;
  for (size_t t = 0; t < sizeof taxa / sizeof taxa[0] && !taxon; t++)
    taxon = i - b == strlen(taxa[t]) && has(s, b, taxa[t], i - b);
  if (!taxon && i - b == 1 && ks_is_upper(at(s, b)) && b >= s->start + 5 &&
      at(s, b - 1) == ' ' && ks_is_lower(at(s, b - 2))) {
    /* a species in small letters, then its genus, capitalised */
    for (w = b - 2; w > s->start && ks_is_lower(at(s, w - 1)); w--)
      ;
    if (w > s->start + 2 && at(s, w - 1) == ' ' && b - w >= 4) {
      size_t g = w - 1;
      while (g > s->start && ks_is_lower(at(s, g - 1)))
        g--;
      taxon = g < w - 2 && g > s->start && ks_is_upper(at(s, g - 1)) &&
              (g - 1 == s->start || at(s, g - 2) == ' ');
    }
  }
  if (!taxon)
    return false;
  if ((k = bracket_close(s, p, k)) == 0)
    return false;
  return at(s, k) == '.' || at(s, k) == ',' || at(s, k) == ';' || k >= s->end ||
         (at(s, k) == ' ' && ks_is_lower(at(s, k + 1)));
}

/* '"You don't know why... You just drive," one said.': an ellipsis inside
 * a quotation opened in the sentence (straight marks an odd number of
 * times, or a curly one not closed) that runs on, with no other stop, to
 * its close after a comma, before its attribution, or to its close after
 * its last stop; or inside a bracket
 * that closes before any other stop. i is at the ellipsis, k after it. */
static bool ellipsis_in_quote(const struct seg *s, size_t i, size_t k) {
  size_t straight = 0, open = 0;
  bool curly = false;
  for (size_t c = s->start; c < i; c++) {
    if (at(s, c) == '"')
      straight++;
    else if (has(s, c, "\xE2\x80\x9C", 3))
      curly = true;
    else if (has(s, c, "\xE2\x80\x9D", 3))
      curly = false;
    else if (at(s, c) == '(')
      open++;
    else if (at(s, c) == ')' && open > 0)
      open--;
  }
  /* '(e.g., "like... I don't even know")': inside a bracket opened in the
   * sentence that closes before any other stop */
  for (size_t c = k; open > 0 && c < s->end && c < k + 300; c++) {
    if (at(s, c) == '.' || at(s, c) == '!' || at(s, c) == '?' ||
        has(s, c, "\xE2\x80\xA6", 3))
      break;
    if (at(s, c) == ')')
      return true;
  }
  /* (closed by the ellipsis itself: '"and then the next one..."') */
  if ((straight % 2 == 0 && !curly) || at(s, k - 1) == '"' ||
      (k >= 3 && has(s, k - 3, "\xE2\x80\x9D", 3)))
    return false;
  /* (or to a stop right before its close: '"You don't know why... You
   * just drive."', the quotation the sentence's end) */
  for (size_t c = k; c < s->end && c < k + 300; c++) {
    if ((at(s, c) == '.' || at(s, c) == '!' || at(s, c) == '?') &&
        (at(s, c + 1) == '"' || has(s, c + 1, "\xE2\x80\x9D", 3)))
      return true;
    if (at(s, c) == '.' || at(s, c) == '!' || at(s, c) == '?' ||
        has(s, c, "\xE2\x80\xA6", 3))
      return false;
    if (at(s, c) == ',' &&
        (at(s, c + 1) == '"' || has(s, c + 1, "\xE2\x80\x9D", 3)))
      return true;
  }
  return false;
}

/* A stop with no space after it between a word in small letters and one
 * that opens a sentence: "room for mistakes.A massive", "a
 * physician.Police arrested". Not an address or a file's name
 * ("www.Example.com", "Node.js", "page.Html", "e.g.The"): the word before
 * is three small letters or more with nothing glued before it, the word
 * after a capital and small letters ("A" or "I" alone) that no dot or
 * slash follows. */
static bool glued_stop(const struct seg *s, size_t i) {
  static const char *const parts[] = {
      "Ai",   "Asp",  "Aspx", "Au",   "Biz", "Ca",  "Co",  "Com", "Csv",
      "De",   "Doc",  "Docx", "Eat",  "Edu", "Fm",  "Gif", "Gov", "Htm",
      "Html", "Info", "Io",   "Jpg",  "Js",  "Ly",  "Me",  "Net", "Org",
      "Pdf",  "Php",  "Png",  "Pptx", "Tv",  "Txt", "Uk",  "Xlsx"};
  size_t b = i, e = i + 2;
  while (b > s->begin && ks_is_lower(at(s, b - 1)))
    b--;
  if (i - b < 3 ||
      (b > s->begin && at(s, b - 1) != ' ' && opener_len(s, b - 1) == 0))
    return false;
  /* "feat.Drake", "approx.Ten": an abbreviation's stop */
  if (ks_lang_abbrev(s->lang, s->t + b, i - b) != NULL)
    return false;
  if (!ks_is_upper(at(s, i + 1)) ||
      !(ks_is_lower(at(s, i + 2)) ||
        ((at(s, i + 1) == 'A' || at(s, i + 1) == 'I') && at(s, i + 2) == ' ')))
    return false;
  while (e < s->end && ks_is_lower(at(s, e)))
    e++;
  if (e < s->end && (at(s, e) == '.' || at(s, e) == '/' || at(s, e) == '@' ||
                     at(s, e) == '_' || ks_is_alnum(at(s, e))))
    return false;
  for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
    if (strlen(parts[k]) == e - i - 1 &&
        !memcmp(s->t + i + 1, parts[k], e - i - 1))
      return false;
  return true;
}

/* A species' two names before the bracket at p: "Ailanthus altissima (". */
static bool species_before(const struct seg *s, size_t p) {
  size_t e = p, w;
  if (e <= s->begin + 4 || at(s, e - 1) != ' ')
    return false;
  e--;
  w = e;
  while (w > s->begin && ks_is_lower(at(s, w - 1)))
    w--;
  if (w == e || w <= s->begin + 2 || at(s, w - 1) != ' ')
    return false;
  w--;
  /* "subsp. crassum (Franch.) Cullen": a rank's abbreviation before the
   * name below the species */
  {
    static const char *const ranks[] = {"f", "ssp", "subsp", "var"};
    size_t r = w;
    if (r > s->begin + 2 && at(s, r - 1) == '.') {
      r--;
      while (r > s->begin && ks_is_lower(at(s, r - 1)))
        r--;
      if (r < w - 1 && (r == s->begin || at(s, r - 1) == ' ') &&
          ks_lang_in_list(ranks, sizeof ranks / sizeof ranks[0], s->t + r,
                          w - 1 - r))
        return true;
    }
  }
  while (w > s->begin && ks_is_lower(at(s, w - 1)))
    w--;
  return w > s->begin && ks_is_upper(at(s, w - 1));
}

/* A plant's or a fungus's authorities: "Quercus petraea (Matt.) Liebl.",
 * "durum (Desf.) Husn.)", "bassiana (Bals.-Criv.) Vuill.", "major
 * (Thaxt.) Humber in", "abies (L.) H. Karst.)": one abbreviated name or
 * two joined by a dash in brackets closed at the stop i, then up to three
 * names or initials after which the sentence runs on (a word in small
 * letters, a bracket or a comma); a name without its stop only after a
 * species' two names. */
static bool authority(const struct seg *s, size_t i, const struct next *nx) {
  size_t b = i, e, open;
  while (b > s->begin && ks_is_lower(at(s, b - 1)))
    b--;
  if (b == s->begin || !ks_is_upper(at(s, b - 1)) || i - b > 8 ||
      b - 1 == s->begin)
    return false;
  open = b - 2;
  if (at(s, open) == '-' && open > s->begin && at(s, open - 1) == '.') {
    /* "(Bals.-Criv.)": the first name back to its bracket */
    open -= 2;
    while (open > s->begin && ks_is_lower(at(s, open)))
      open--;
    if (!ks_is_upper(at(s, open)) || open == s->begin)
      return false;
    open--;
  }
  if (at(s, open) != '(' || nx->cls != N_UPPER)
    return false;
  e = nx->pos;
  for (int t = 0; t < 3; t++) {
    size_t w = e;
    bool stop;
    if (!ks_is_upper(at(s, e)))
      return false;
    while (ks_is_alpha(at(s, e)) && e - w <= 10)
      e++;
    stop = at(s, e) == '.';
    if (e - w > 10 || (!stop && e - w < 2))
      return false;
    e += stop;
    if (at(s, e) == ')' || at(s, e) == ',')
      return stop || species_before(s, open);
    if (at(s, e) != ' ')
      return false;
    if (ks_is_lower(at(s, e + 1)))
      return stop || species_before(s, open);
    if (!stop)
      return false; /* a capital after a name without its stop */
    e++;
  }
  return false;
}

/* An odd number of straight quotes between the sentence's start and i:
 * one is open. */
static bool quotes_open(const struct seg *s, size_t i) {
  unsigned q = 0;
  for (size_t k = s->start; k < i; k++)
    q += at(s, k) == '"';
  return q % 2 == 1;
}

/* After a stop and the space at k, what goes on with the sentence: a
 * dash before a word in small letters ("fast! -- but then", "\"Go!\" —
 * and ran"), or a spaced slash ("9.30 A.M. / 7.00 P.M."). */
static bool runs_on(const struct seg *s, size_t k) {
  size_t d = k + 1, n = 0;
  if (at(s, k) != ' ')
    return false;
  if (at(s, d) == '/' && at(s, d + 1) == ' ')
    return true;
  if (at(s, d) == '-' && at(s, d + 1) == '-')
    n = 2;
  else if (has(s, d, "\xE2\x80\x94", 3) || has(s, d, "\xE2\x80\x93", 3))
    n = 3;
  return n > 0 && at(s, d + n) == ' ' && ks_is_lower(at(s, d + n + 1));
}

/* The stop at i closes "ft" or "feat" after a bracket or a capitalised
 * word: "(ft. Squirrel Girl!)", "Drake feat. Rihanna". */
static bool featuring_at(const struct seg *s, size_t i) {
  size_t b = i;
  while (b > s->begin && ks_is_lower(at(s, b - 1)))
    b--;
  if (!((i - b == 2 && has(s, b, "ft", 2)) ||
        (i - b == 4 && has(s, b, "feat", 4))) ||
      b == s->begin)
    return false;
  if (at(s, b - 1) == '(')
    return true;
  if (at(s, b - 1) != ' ' || b < s->begin + 2)
    return false;
  b -= 2;
  while (b > s->begin && ks_is_alpha(at(s, b - 1)))
    b--;
  return ks_is_upper(at(s, b));
}

/* Superscript figures at i ("¹", "²³"): their length in bytes. */
static size_t superscripts_len(const struct seg *s, size_t i) {
  size_t k = i;
  for (;;) {
    if (at(s, k) == 0xC2 &&
        (at(s, k + 1) == 0xB9 || at(s, k + 1) == 0xB2 || at(s, k + 1) == 0xB3))
      k += 2;
    else if (at(s, k) == 0xE2 && at(s, k + 1) == 0x81 && at(s, k + 2) >= 0xB0 &&
             at(s, k + 2) <= 0xB9)
      k += 3;
    else
      return k - i;
  }
}

/* The terminal at i: read the whole run ("?!", "...", ". . . ."), then the
 * closing quotes, then decide. Returns where scanning goes on. */
static size_t on_terminal(struct seg *s, size_t i) {
  size_t j = i, k, n, cut;
  unsigned dots = 0;
  bool stops = false, cjk = false, ellipsis = false, spaced = false;
  bool lead_space = i > s->begin && at(s, i - 1) == ' ';
  bool ends;
  enum term_kind kind;
  struct next nx;

  if (i == s->skip_dot) {
    s->skip_dot = NONE;
    return i + 1;
  }
  for (;;) {
    n = term_at(s, j, &kind);
    if (n) {
      dots += kind == T_DOT;
      stops = stops || kind == T_STOP;
      cjk = cjk || kind == T_CJK;
      ellipsis = ellipsis || kind == T_ELLIPSIS;
      j += n;
      continue;
    }
    /* a spaced ellipsis ". . ." goes on with " ." before a space, the end,
     * another period or a closing quote */
    if (at(s, j) == ' ' && at(s, j + 1) == '.' && dots > 0 && !stops && !cjk &&
        (j + 2 >= s->end || at(s, j + 2) == ' ' || at(s, j + 2) == '.' ||
         closer_len(s, j + 2) > 0)) {
      spaced = true;
      j++;
      continue;
    }
    break;
  }
  ellipsis = ellipsis || dots >= 2;
  /* "[...]", "(...)" mark words left out, inside the sentence */
  if (ellipsis && !stops && !spaced && i > s->begin &&
      (at(s, i - 1) == '[' || at(s, i - 1) == '(') &&
      (at(s, j) == ']' || at(s, j) == ')'))
    return j;
  /* "remains debated.(3,4) We", "Okafor et al.[14] These", "within
   * 10%. [31] Our": a citation after the stop goes with its sentence */
  if (!cjk && !ellipsis && i > s->begin &&
      (ks_is_alnum(at(s, i - 1)) || at(s, i - 1) == '%')) {
    size_t c = j, q;
    while ((q = closer_len(s, c)) > 0) /* "its leaders." (2) In other" */
      c += q;
    /* "crystals. [2, 3] In the"; after a space a number in round
     * brackets is a list's ("things. (1) Raise taxes") */
    c +=
        at(s, c) == ' ' && (at(s, c + 1) == '[' ||
                            (at(s, c + 1) == '(' && ks_is_upper(at(s, c + 2))));
    /* ... or ends the text ("microscopy data. [12]") */
    if ((n = citation_len(s, c)) > 0 &&
        (at(s, c + n) == ' ' || c + n >= s->end) &&
        (c == j || dot_word_ends(s, i))) {
      nx = next_word(s, c + n);
      if (nx.cls == N_UPPER || nx.cls == N_OTHER) {
        emit(s, s->start, c + n);
        begin_sentence(s, c + n);
      }
      return c + n;
    }
  }
  /* "of epidemiology.¹ Yet": a footnote's mark in superscript after the
   * stop goes with its sentence */
  if (!cjk && !ellipsis && (n = superscripts_len(s, j)) > 0 &&
      at(s, j + n) == ' ') {
    nx = next_word(s, j + n);
    if (nx.cls == N_UPPER) {
      emit(s, s->start, j + n);
      begin_sentence(s, j + n);
    }
    return j + n;
  }
  /* "less well characterized.1,2 We linked", "(NSCLC).1–3 The": a
   * footnote's numbers glued after the stop, not in superscript, go with
   * its sentence; not after an abbreviation or a word of fewer than four
   * letters ("No.1", "Fig.2", "nr.1") */
  if (!cjk && !ellipsis && !stops && dots == 1 && i > s->begin &&
      (ks_is_lower(at(s, i - 1)) || at(s, i - 1) == ')') &&
      ks_is_digit(at(s, j))) {
    size_t c = j;
    while (c < s->end && c - j < 12) {
      if (ks_is_digit(at(s, c)) || at(s, c) == ',' || at(s, c) == '-')
        c++;
      else if (has(s, c, "\xE2\x80\x93", 3))
        c += 3;
      else
        break;
    }
    if (at(s, c) == ' ' && ks_is_digit(at(s, c - 1)) && dot_word_ends(s, i) &&
        (at(s, i - 1) == ')' || i - word_start(s, i) >= 4)) {
      nx = next_word(s, c);
      if (nx.cls == N_UPPER) {
        emit(s, s->start, c);
        begin_sentence(s, c);
        return c;
      }
    }
  }
  k = j;
  while ((n = closer_len(s, k)) > 0)
    k += n;
  /* "ourselves? " she wrote": a straight quote that closes, set off by a
   * space typed before it, then the attribution in small letters */
  if (k == j && at(s, k) == ' ' && at(s, k + 1) == '"' && at(s, k + 2) == ' ' &&
      ks_is_lower(at(s, k + 3)) && quotes_open(s, i))
    k += 2;
  if (k >= s->end)
    return k;
  if (!cjk && dots == 1 && !stops && k == j && glued_stop(s, i)) {
    emit(s, s->start, j); /* "for mistakes.A massive" */
    begin_sentence(s, j);
    return j;
  }
  /* "the Commission.''I call upon", "He left.\"I am done\"": a straight
   * quote glued after the stop opens the next sentence */
  if (!cjk && dots == 1 && !stops && k > j && i > s->begin &&
      ks_is_lower(at(s, i - 1)) && ks_is_upper(at(s, k)) &&
      (at(s, j) == '"' || (at(s, j) == '\'' && at(s, j + 1) == '\'')) &&
      !quotes_open(s, i)) {
    emit(s, s->start, j);
    begin_sentence(s, j);
    return j;
  }
  /* "\"I am done.\"She left.": a quote that closes, then a capital */
  if (!cjk && dots == 1 && !stops && k == j + 1 && at(s, j) == '"' &&
      i > s->begin && ks_is_lower(at(s, i - 1)) && ks_is_upper(at(s, k)) &&
      ks_is_lower(at(s, k + 1)) && quotes_open(s, i)) {
    emit(s, s->start, k);
    begin_sentence(s, k);
    return k;
  }
  if (!cjk && at(s, k) != ' ')
    return j; /* inside a word, a number, a URL or an e-mail address */
  nx = next_word(s, k);
  cut = k;
  /* "the farce "Will She Marry?" (1811), where ...": a bracket after the
   * stop that the sentence runs on after is inside it */
  if (!cjk && !ellipsis && at(s, k + 1) == '(' &&
      (bracket_runs_on(s, k + 1) ||
       (!stops && k == j && figures_after_abbrev(s, i, k + 1)) ||
       (!stops && k == j && taxon_bracket(s, i, k + 1)) ||
       (k > j && gloss_bracket(s, k + 1)) || cited_before_stop(s, k + 1)))
    return k;
  /* "survival was 4.1 mo. [95% CI 2.9-5.6], and": figures in a square
   * bracket after an abbreviation's or a unit's stop are its interval, the
   * sentence goes on */
  /* (an interval's marks inside it, "%", "CI", a dash or ";"; not a
   * footnote's "[2]") */
  static const char *const spans[] = {"mo", "mos", "yr", "yrs", "wk", "wks",
                                      "hr", "hrs", "min", "mins"};
  if (!cjk && !ellipsis && !stops && k == j && at(s, k + 1) == '[' &&
      ks_is_digit(at(s, k + 2)) && i > s->begin &&
      ((word_start(s, i) < i &&
        find(s, word_start(s, i), i - word_start(s, i)) != NULL) ||
       unit_before(s, i) ||
       (word_start(s, i) < i &&
        ks_lang_in_list(spans, sizeof spans / sizeof *spans,
                        s->t + word_start(s, i), i - word_start(s, i))))) {
    bool interval = false;
    for (size_t b = k + 2; b < s->end && b < k + 64 && at(s, b) != ']'; b++)
      interval = interval || at(s, b) == '%' || at(s, b) == ';' ||
                 has(s, b, "CI", 2) || has(s, b, "\xE2\x80\x93", 3) ||
                 (at(s, b) == '-' && ks_is_digit(at(s, b + 1)));
    if (interval)
      return k;
  }
  if (!cjk && runs_on(s, k)) {
    ends = false;
  } else if (cjk) {
    ends = true;
  } else if (stops) {
    ends =
        nx.cls != N_LOWER && nx.cls != N_END && !(k > j && attribution(s, &nx));
  } else if (ellipsis) {
    /* "X_1 + ... + X_k": before a sign, words left out of a formula */
    /* (or one of Unicode's operators or arrows, U+2190 to U+22FF: "G_1 ⊳
     * ... ⊳ G_r") */
    ends = nx.cls == N_UPPER ||
           (nx.cls == N_OTHER &&
            !(at(s, nx.pos) < 0x80 && !ks_is_alnum(at(s, nx.pos))) &&
            !(at(s, nx.pos) == 0xE2 && at(s, nx.pos + 1) >= 0x86 &&
              at(s, nx.pos + 1) <= 0x8B));
    if (spaced && !lead_space && dots >= 4)
      cut = i + 1; /* "words. . . . Next": the period ends, ". . ." opens */
    else if (spaced && dots < 4)
      ends = false; /* " . . . " leaves words out inside a sentence */
    else if (ends && ellipsis_in_quote(s, i, k))
      ends = false;
  } else if (k > j && at(s, j) == ')' && authority(s, i, &nx)) {
    ends = false; /* "Q. petraea (Matt.) Liebl. in 48 plots" */
  } else {
    /* "(about $5 approx.) The phone": a bracket closed after an
     * abbreviation, then a word that starts sentences */
    ends =
        dot_ends(s, i, &nx) || (k > j && at(s, j) == ')' && is_starter(s, &nx));
  }
  /* "(ft. Squirrel Girl!)", "Drake feat. Rihanna": a guest's "featuring"
   * after a bracket or a name goes on with the guest's name */
  if (ends && !cjk && !stops && dots == 1 && nx.cls == N_UPPER &&
      featuring_at(s, i))
    ends = false;
  /* "abies (L.) H. Karst.)": an initial after an authority's bracket
   * goes on with its name */
  if (ends && !cjk && !stops && dots == 1 && i >= s->begin + 4 &&
      ks_is_upper(at(s, i - 1)) && at(s, i - 2) == ' ' && at(s, i - 3) == ')' &&
      at(s, i - 4) == '.' && nx.cls == N_UPPER)
    ends = false; /* not "in Pool (South) B. The winners" */
  if (!ends)
    return k;
  emit(s, s->start, cut);
  begin_sentence(s, cut);
  return k;
}

/* Bytes that can matter; everything else is skipped at once. */
static bool interesting(unsigned char c) {
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ' ' ||
         c == 0xD6 || c == 0xD8 || c == 0xDB || c == 0xE0 || c == 0xE1 ||
         c == 0xE2 || c == 0xE3 || c == 0xEF;
}

static void segment_block(struct seg *s) {
  size_t i = s->begin, n;
  enum term_kind kind;

  begin_sentence(s, s->begin);
  while (i < s->end) {
    unsigned char c = (unsigned char)s->t[i];
    if (!interesting(c)) {
      i++;
    } else if (c == ' ') {
      if (s->list_next)
        list_space(s, i);
      i++;
    } else if (c == ':') {
      list_colon(s, i);
      meta_label(s, i);
      address_label(s, i);
      i++;
    } else if ((n = bullet_len(s, i)) > 0) {
      if (i > s->start && at(s, i - 1) == ' ') {
        emit(s, s->start, i);
        begin_sentence(s, i);
      }
      i += n;
    } else if (term_at(s, i, &kind) > 0) {
      i = on_terminal(s, i);
    } else {
      i++;
    }
  }
  emit(s, s->start, s->end);
}

void ks_segment(struct ks_doc *doc, const struct ks_lang *lang) {
  for (size_t b = 0; b < doc->n_blocks; b++) {
    struct seg s;
    memset(&s, 0, sizeof s);
    s.doc = doc;
    s.lang = lang;
    s.block = b;
    s.t = doc->text.ptr;
    s.begin = doc->blocks[b].text.off;
    s.end = s.begin + doc->blocks[b].text.len;
    s.skip_dot = NONE;
    segment_block(&s);
  }
}
