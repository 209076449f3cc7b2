/* norm.h - state, helpers and rules of the normaliser (internal).
 * SPDX-License-Identifier: MIT
 *
 * ks_normalize() (normalize.c) walks a sentence left to right and tries the
 * rules declared here; each rule family has its own file, and each
 * language its rules_*.c, which says which rule is tried where.
 * The helpers are static inline so that every rule file reads the same
 * short names (is_digit, starts, say ...).
 */
#ifndef KS_NORMALIZE_H
#define KS_NORMALIZE_H

#include "ascii.h"
#include "kispeak.h"
#include "lang/lang.h"
#include "numwords.h"
#include "utf8.h"

#include <string.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------ state */

struct norm {
  const char *text;     /* the sentence as given: anchors count from here */
  const char *s, *end;  /* what is read, leading white space skipped */
  struct ks_align *map; /* anchors out -> text, or NULL */
  const struct ks_lang *lang;
  struct ks_buf *out;
  size_t base;      /* out->len when the sentence began */
  const char *prev; /* last word copied, or NULL at sentence start */
  size_t prev_len;
  const char *num_end;  /* where the last number rule stopped reading */
  unsigned num_century; /* its century when it was a year, else 0 */
  bool num_decade;      /* it was a decade ("1960s") */
  bool num_model;       /* it was part of a name ("787-9", "i5-9300H") */
  const char *life_end; /* where a year after "b.", "r.", "c." ended */
  bool address;         /* a house number was read: "hwy", "FL" follow */
  const char *qpos;     /* quotation marks before qpos: quotes */
  size_t quotes;
  int shout; /* the sentence is in capitals: 0 not known yet, 1 no, 2 yes */
  bool caps_heading;     /* every word in capitals, two or more (with shout) */
  bool caps_figures;     /* the sentence holds a figure (with shout) */
  const char *chunk_end; /* the run of non-space bytes the web rule saw */
  bool sub;              /* a run in another writing system, read apart */
  unsigned topics;       /* what the article is about: KS_TOPIC_* */
  /* the next day of a list before its month ("1 and 2 February", "3, 4
   * and 5 March"): said without a "the" of its own */
  const char *day_list;
  bool no_the; /* the day being said takes none */
};

/* A language's rules, as the driver (normalize.c) looks them up: at is
 * tried at each word or character that is not white space, writes words
 * and returns where it stopped reading, or returns NULL for the driver to
 * copy one word or character as it is. */
struct ks_norm_family {
  enum ks_rules rules;
  const char *(*at)(struct norm *n, const char *p);
};

extern const struct ks_norm_family ks_norm_neutral, ks_norm_en, ks_norm_de,
    ks_norm_uk;

/* A number as written: integer part (digit groups with commas allowed),
 * optional fraction after '.'. */
struct num {
  const char *p, *end; /* the whole span */
  const char *dot;     /* the '.' or NULL */
  uint64_t ival;
  bool ok;     /* ival holds the integer part */
  size_t ndig; /* digits in the integer part */
  bool commas;
  bool lakh; /* grouped as India groups: "1,09,990" */
};

/* ------------------------------------------------------------ helpers */

/* Length of the valid UTF-8 sequence at p, or 0 when p holds an invalid or
 * cut-off one. */
static inline size_t utf8_len(const char *p, const char *end) {
  return ks_utf8_len(p, (size_t)(end - p));
}

/* A letter of a word: ASCII letters and the non-ASCII scripts (Latin
 * accents, Cyrillic, ...), but not the symbols and punctuation that start
 * with 0xC2 (£ ° §) or 0xE2 (— € ’). */
static inline size_t letter_len(const char *p, const char *end) {
  unsigned c;
  size_t n;
  if (p >= end)
    return 0;
  c = (unsigned char)*p;
  if (c < 0x80)
    return ks_is_alpha((int)c) ? 1 : 0;
  if (c == 0xC2 || c == 0xE2)
    return 0;
  n = utf8_len(p, end);
  return n;
}

static inline bool starts(const char *p, const char *end, const char *lit) {
  size_t n = strlen(lit);
  return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

static inline bool starts_ci(const char *p, const char *end, const char *lit) {
  for (; *lit; p++, lit++)
    if (p == end ||
        ks_to_lower((unsigned char)*p) != ks_to_lower((unsigned char)*lit))
      return false;
  return true;
}

static inline bool prefix_ci(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (ks_to_lower((unsigned char)a[i]) != ks_to_lower((unsigned char)b[i]))
      return false;
  return true;
}

static inline bool eq_ci(const char *p, size_t n, const char *lit) {
  size_t i = 0;
  for (; i < n && lit[i]; i++)
    if (ks_to_lower((unsigned char)p[i]) != ks_to_lower((unsigned char)lit[i]))
      return false;
  return i == n && !lit[i];
}

/* End of the ASCII-letter run at p. */
static inline const char *alpha_end(const char *p, const char *end) {
  while (p < end && ks_is_alpha((unsigned char)*p))
    p++;
  return p;
}

static inline const char *digit_end(const char *p, const char *end) {
  while (p < end && ks_is_digit((unsigned char)*p))
    p++;
  return p;
}

static inline const char *skip_spaces(const char *p, const char *end) {
  while (p < end && ks_is_space((unsigned char)*p))
    p++;
  return p;
}

/* True when a letter or digit starts at p, so the word there would run into
 * what a rule writes. */
static inline bool alnum_at(const char *p, const char *end) {
  return p < end && (ks_is_alnum((unsigned char)*p) || letter_len(p, end) > 1);
}

/* Separate what a rule writes from the word before it. */
static inline void sep(struct norm *n) {
  struct ks_buf *o = n->out;
  if (o->len > n->base) {
    char c = o->ptr[o->len - 1];
    /* nor after an opening curly quotation mark, "“" or "‘" */
    bool opener = o->len >= n->base + 3 &&
                  (unsigned char)o->ptr[o->len - 3] == 0xE2 &&
                  (unsigned char)o->ptr[o->len - 2] == 0x80 &&
                  ((unsigned char)c == 0x9C || (unsigned char)c == 0x98);
    if (c != ' ' && c != '(' && c != '"' && c != '[' && !opener)
      ks_buf_putc(o, ' ');
  }
}

static inline void say(struct norm *n, const char *words) {
  sep(n);
  ks_buf_puts(n->out, words);
}

/* The value of a run of digits, at most 9 of them. */
static inline unsigned small_val(const char *p, const char *e) {
  unsigned v = 0;
  for (; p < e && v < 100000000u; p++)
    v = v * 10 + (unsigned)(*p - '0');
  return v;
}

/* The spaces at the end of the output written for this text dropped: a
 * word or a sign that joins the one before ("Chelsea nil", ",", a code
 * that is not read). */
static inline void ks_norm_unspace(struct norm *n) {
  while (n->out->len > n->base && n->out->ptr[n->out->len - 1] == ' ')
    ks_buf_truncate(n->out, n->out->len - 1);
}

static inline bool word_is(const char *p, size_t len, const char *const *list,
                           size_t nlist) {
  for (size_t i = 0; i < nlist; i++)
    if (eq_ci(p, len, list[i]))
      return true;
  return false;
}

/* The letter A said as a letter: espeak-ng says the article for "A",
 * with its stop too, and the letter for "eh". */
static inline void say_letter_a(struct norm *n) { say(n, "eh"); }

/* True when the words written so far end with "the". */
static inline bool after_the(const struct norm *n) {
  const struct ks_buf *o = n->out;
  size_t l = o->len;
  while (l > n->base && o->ptr[l - 1] == ' ')
    l--;
  return l - n->base >= 3 && eq_ci(o->ptr + l - 3, 3, "the") &&
         (l - n->base == 3 || o->ptr[l - 4] == ' ' || o->ptr[l - 4] == '(');
}

/* True when the word right before p (one space apart) is "a" or "an". */
static inline bool after_a(const struct norm *n, const char *p) {
  const char *w = n->prev;
  if (!w || w + n->prev_len + 1 != p)
    return false;
  return eq_ci(w, n->prev_len, "a") || eq_ci(w, n->prev_len, "an");
}

static inline bool num_is_one(const struct num *v) {
  return v->ok && v->ival == 1 && !v->dot;
}

/* ------------------------------------------------------------ rules
 * Each rule reads at p and, when it matches, writes words to n->out and
 * returns where it stopped reading; otherwise it writes nothing and
 * returns NULL. */

/* scan.c: one word (letters of any script, inner apostrophes) copied
 * as it is, and remembered as the context of the next rules */
const char *ks_norm_copy_word(struct norm *n, const char *p);

/* words.c: "Ostrander, J., joined by": a judge's title after the surname
 * and its comma, Justice, Chief Justice ("C.J."), Justices ("JJ.") */
const char *ks_norm_rule_judge(struct norm *n, const char *p);

/* rules_neutral.c: what every language other than English shares */
const char *ks_norm_rule_neutral(struct norm *n, const char *p);
const char *ks_norm_rule_web_words(struct norm *n, const char *p);

/* scan.c: the level below the rules */
bool ks_norm_scan_num(const char *p, const char *end, struct num *v);
void ks_norm_say_num(struct norm *n, const struct num *v);
const struct ks_unit *ks_norm_scan_unit(const struct ks_lang *lang,
                                        const char *p, const char *end,
                                        const char **after);
/* The unit u as the sentence means it: "kt" in one about ore and its
 * tonnes is a thousand tonnes, not knots. */
const struct ks_unit *ks_norm_unit_in(const struct norm *n,
                                      const struct ks_unit *u);
const struct ks_currency *ks_norm_scan_currency(const struct ks_lang *lang,
                                                const char *p, const char *end,
                                                const char **after);
/* The word one space after q is a measure in the singular ("cup", "day")
 * that a fraction before it takes "of a" with; wide, a distance, an area
 * or a volume too ("mile", "acre"), after a fraction's sign ("¾"). */
bool ks_norm_measure_noun(const struct norm *n, const char *q, bool wide);
/* A fraction before a measure: "half", or the fraction and "of", then,
 * when q is not NULL, the article of the word one space after q ("three
 * quarters of a cup", "half an hour"). */
void ks_norm_say_part_of(struct norm *n, unsigned num, unsigned den,
                         const char *q);
const char *ks_norm_scan_vulgar(const char *p, const char *end, unsigned *num,
                                unsigned *den);
/* A unit of two letters or more one space after q, whole ("½ lb",
 * "1½ lb"); where it ends in *after. */
const struct ks_unit *ks_norm_unit_word(const struct ks_lang *lang,
                                        const char *q, const char *end,
                                        const char **after);
/* "a" or "an" before word, by its sound ("an hour", "an ounce"). */
const char *ks_norm_article(const char *word);
/* "/kWh" after an amount's currency at a: " per kilowatt hour" written,
 * where the unit ends returned; NULL without a unit there. */
const char *ks_norm_per_unit(struct norm *n, const char *a);
/* The word after q, one space apart, is a measure's that a fraction goes
 * before ("3/16 inch", "3/4 cup"): not a date's day. */
bool ks_norm_measure_next(const struct norm *n, const char *q);
bool ks_norm_noun_after(const struct norm *n, const char *q);
/* A measure glued to its amount stands before a noun all the same: an
 * initialism ("55in TV") or a participle and its noun ("19in forged
 * wheels"). */
bool ks_norm_attributive_after(const struct norm *n, const char *q);
/* The capitals w..w+len after a measure are no thing it measures: a
 * compass point ("5km SW"), a clock's or a zone's ("AM", "GMT"), "OK". */
bool ks_norm_no_thing(const char *w, size_t len);
/* The same, or a word in "-ing" ("65W charging", "a 5G networking"). */
bool ks_norm_noun_or_gerund_after(const struct norm *n, const char *q);
bool ks_norm_after_determiner(const struct norm *n, const char *p);
/* A determiner and one word in small letters (no preposition or adverb
 * of the list of words that are no nouns) right before p: "a new 9 m
 * screen". */
bool ks_norm_after_determiner_and_word(const struct norm *n, const char *p);
/* After a unit's abbreviation at a: past its stop when the stop closes
 * the abbreviation, not the sentence ("2 mi. east", "½ tsp. of", "220
 * lbs., signed", "6-ft. 4-in. forward"): one that the sentence goes on
 * after (the segmenter has ended the sentence at a full stop). */
static inline const char *unit_stop_end(const char *a, const char *end) {
  return a < end - 1 && a[0] == '.' &&
                 ((a[1] && strchr(",;:)", a[1])) ||
                  (a[1] == ' ' && a + 2 < end &&
                   (ks_is_lower((unsigned char)a[2]) ||
                    ks_is_digit((unsigned char)a[2]))))
             ? a + 1
             : a;
}

/* scan.c: b..be holds only the letters of small roman numerals (I, V, X,
 * L): "phase III and IV", "chapters XIII and XIV" */
bool ks_norm_numeral_letters(const char *b, const char *be);

/* scan.c: the word at w names a year that spans two ("season", "tax",
 * "academic"): "the 2023/24 season" */
bool ks_norm_season_word(const char *w, const char *end);

/* scan.c: the word after we, one space apart, is in list */
bool ks_norm_next_is(const struct norm *n, const char *we,
                     const char *const *list, size_t count);

/* A measure ends right before p, spaces skipped: a number and perhaps a
 * unit after it, glued or spaced ("2048", "4m", "3 m"); *unit tells
 * whether the unit is there. */
bool ks_norm_measure_before(const struct norm *n, const char *p, bool *unit);
/* The word w[0..wl) is a plural noun by its look: "athletes", "events";
 * not "this", "less", "virus", "cannabis", "Apple's". */
bool ks_norm_plural_noun(const char *w, size_t wl);
/* The word w (wl bytes) is a possessive: "Apple's", "rugby\xE2\x80\x99s". */
bool ks_norm_possessive(const char *w, size_t wl);
bool ks_norm_sentence_has(const struct norm *n, const char *const *list,
                          size_t nlist);
/* The first word from "from" on that is in list as written ("CAT", not
 * "cat"), or NULL. */
const char *ks_norm_find_exact(const struct norm *n, const char *from,
                               const char *const *list, size_t nlist);
/* Month 1..12 named by the word at p[0..len): a full name, or its first
 * three letters ("Sept" too), any case; else 0. */
int ks_norm_month_of(const struct norm *n, const char *p, size_t len);
/* The word of letters one space after q: its start, and its end in *we;
 * NULL when there is none. */
const char *ks_norm_next_word(const struct norm *n, const char *q,
                              const char **we);
/* The word of letters that ends one space before p: its start, and its
 * end in *we; NULL when there is none. */
const char *ks_norm_prev_word(const struct norm *n, const char *p,
                              const char **we);
/* A match's minute mark at q (a prime, straight or curly) after the
 * minute's figures that open at d, a determiner before them and "minute"
 * (*named) or a goal's or a card's noun after it: the mark's length, or 0
 * ("in the 67' minute", "a 90+3' winner"; not "a 6' fence"). */
size_t ks_norm_minute_mark(const struct norm *n, const char *d,
                           const char *q, bool *named);
/* Whether p[0..len) is the symbol of a chemical element, as written
 * ("Fe", "O"; not "FE"). */
bool ks_norm_element(const char *p, size_t len);
/* True when the word right before p, one space apart, is in list. */
/* One of the k words before p (one space apart each) is in list: "tied
 * the series 1-1", "the train at 18.52". */
bool ks_norm_word_within(const struct norm *n, const char *p, int k,
                         const char *const *list, size_t count);
/* A pack's noun at w: "tins", "jar", "bottles" ("2 x 400g tins", "Use
 * 500ml bottles"): the amount before it is its size. */
bool ks_norm_pack_noun(const char *w, const char *end);
/* A book of the Bible that comes in parts, numbered before its name
 * ("1 Corinthians", "2 Timothy"). */
bool ks_norm_numbered_book(const char *book, size_t len);
/* The word right before p names a part of a document or a proof
 * ("Lemma", "Table", "Issue"): the number after it is that part's. */
bool ks_norm_document_word_before(const struct norm *n, const char *p);
bool ks_norm_word_before(const struct norm *n, const char *p,
                         const char *const *list, size_t count);
/* The word before p is one that moves an amount: "fell 10c", "down 0.3
 * pp", "by 5p". */
bool ks_norm_after_move(const struct norm *n, const char *p);
#define KS_NORM_YEAR_PREPS 9
#define KS_NORM_YEAR_PREPS_STRONG 4
extern const char *const ks_norm_year_preps[KS_NORM_YEAR_PREPS];
bool ks_norm_ratio_before(const struct norm *n, const char *p, const char *e);

/* money.c: "R280–R450", two amounts in rand across the dash at d */
bool ks_norm_rand_dash(const struct norm *n, const char *d);

/* number.c */
const char *ks_norm_rule_number(struct norm *n, const char *p);

/* scan.c: an article's text names wickets or one-day matches twice or
 * more */
bool ks_norm_cricket_text(const char *text, size_t len);
/* scan.c: an article's text names football's players or competitions
 * twice or more */
bool ks_norm_football_text(const char *text, size_t len);
/* scan.c: the topics of the countries whose papers write their currency
 * their own way (KS_TOPIC_NIGERIA, _PHILIPPINES, _KINA, _KWACHA,
 * _MOROCCO, _JORDAN, _TUNISIA, _QUETZAL, _LOTI, _DALASI, _SEYCHELLES,
 * _BOSNIA, _ESWATINI, _BHUTAN) whose names an article's text holds twice
 * or more */
unsigned ks_norm_country_topics(const char *text, size_t len);
/* text[0..len) names the country of topic (one of those) once or more. */
bool ks_norm_text_names_country(const char *text, size_t len, unsigned topic);
/* The article is about the country of topic (one of those), or the
 * sentence names it once: "N617" is naira where Nigeria is named. */
bool ks_norm_about_country(const struct norm *n, unsigned topic);
/* The Philippines, or its peso named in the sentence ("the peso closed at
 * P56.10"); Jordan, or the country's own name in the sentence; Botswana,
 * by its site or its names in the sentence. */
bool ks_norm_about_philippine_peso(const struct norm *n);
bool ks_norm_about_jordan(const struct norm *n);
bool ks_norm_about_botswana(const struct norm *n);
/* scan.c: the sentence is about a market (its figures in per cent, or a
 * market's word: "futures", "shares", "crude" ...). */
bool ks_norm_about_market(const struct norm *n);
/* scan.c: an article's text names lead the metal twice or more ("lead
 * poisoning", "blood lead", "lead pipes") */
bool ks_norm_lead_text(const char *text, size_t len);
/* scan.c: an article's text writes its dates day first ("6 September",
 * "26th April") more often than month first */
bool ks_norm_day_first_text(const char *text, size_t len);
/* The weekday of a Gregorian date, 1 Monday .. 7 Sunday (0: no month). */
int ks_norm_day_of_week(unsigned year, unsigned month, unsigned day);
/* Of the figures a/b of a numeric date in year, which order falls on the
 * weekday wday (1 Monday .. 7 Sunday): 1 day first, -1 month first, 0
 * both, neither or no weekday. */
int ks_norm_weekday_order(unsigned wday, unsigned a, unsigned b, unsigned year);
/* scan.c: an article's text names hurling, camogie or the GAA twice or
 * more */
bool ks_norm_gaelic_text(const char *text, size_t len);
/* scan.c: an article's text names earthquakes or aftershocks twice or
 * more */
bool ks_norm_quake_text(const char *text, size_t len);
/* scan.c: an article's text names the rand or South Africa's places and
 * institutions twice or more */
bool ks_norm_south_africa_text(const char *text, size_t len);
/* scan.c: an article's text names golf's words (birdies, bogeys, the
 * PGA) twice or more */
bool ks_norm_golf_text(const char *text, size_t len);
/* scan.c: an article's text names ice hockey's words (the NHL,
 * goaltenders, the puck) twice or more */
bool ks_norm_hockey_text(const char *text, size_t len);
/* scan.c: the text is about horse racing, a jockey or a furlong named
 * twice. */
bool ks_norm_racing_text(const char *text, size_t len);
/* The span of time written w..we after a slash ("mo", "hr", "week"), as
 * it is said, or NULL (money.c). */
const char *ks_norm_span_word(const struct norm *n, const char *w,
                              const char *we);
/* The label right before p (written as its text) opens a table's cell:
 * first in the line or after the last cell's comma ("Pos: 1, Nat: KEN")
 * (scan.c). */
bool ks_norm_after_cell_label(const struct norm *n, const char *p,
                              const char *label);
bool ks_norm_japan_text(const char *text, size_t len);
bool ks_norm_saudi_text(const char *text, size_t len);
bool ks_norm_peso_text(const char *text, size_t len);
/* The words that make a sentence one about gold, whose "18 kt" and "22K"
 * are carats (scan.c's ks_norm_unit_in, number.c's fineness marks). */
#define KS_NORM_GOLD_WORDS "gold", "Gold", "jewellery", "jewelry"
/* A recipe: its spoons and its list of ingredients named twice. */
bool ks_norm_recipe_text(const char *text, size_t len);
/* scan.c: the article or the sentence is about golf */
bool ks_norm_about_golf(const struct norm *n);
/** The sign from p to q after a capital names a blood group ("AB-
 *  blood", "along with A− in a sentence about donors"). */
bool ks_norm_blood_group(const struct norm *n, const char *p, const char *q);
/* caps.c: letters in any case (up to 16) that read as one English-like
 * word ("news" yes, "iebc" no) */
bool ks_norm_sayable(const char *p, size_t len);
/* caps.c: nothing but quotation marks and brackets before p in its
 * sentence ("“Every R1 move": "Every" opens it) */
bool ks_norm_first_of_sentence(const struct norm *n, const char *p);

/* range.c */
const char *ks_norm_rule_range(struct norm *n, const char *p);

/* date.c */
/* date.c: "the third" ("the" left out after a written one), "the third
 * of December". */
void ks_norm_say_the_day(struct norm *n, unsigned day);
void ks_norm_say_day_of(struct norm *n, unsigned day, int m);
void ks_norm_say_month_day(struct norm *n, int month, unsigned day,
                           unsigned year);
const char *ks_norm_rule_numeric_date(struct norm *n, const char *p);
const char *ks_norm_rule_month(struct norm *n, const char *p, const char *we);
const char *ks_norm_rule_day_month(struct norm *n, const char *p);
const char *ks_norm_rule_time(struct norm *n, const char *p);

/* money.c */
const char *ks_norm_rule_unit(struct norm *n, const char *q,
                              const struct num *v);
const char *ks_norm_rule_money(struct norm *n, const char *p);
const char *ks_norm_rule_version_v(struct norm *n, const char *p);
const char *ks_norm_rule_unit_per(struct norm *n, const char *p);

/* address.c */
bool ks_norm_before_street(const struct norm *n, const char *q);
/* The state whose postal code is p[0..len) ("OK" Oklahoma), or NULL. */
const char *ks_norm_state_code(const struct ks_lang *lang, const char *p,
                               size_t len);
const char *ks_norm_say_house_number(struct norm *n, const struct num *v);
/* A three-digit number in two parts, as a house or road number is said:
 * 708 "seven oh eight", 160 "one sixty". */
void ks_norm_say_pairs(struct norm *n, unsigned x);
const char *ks_norm_rule_street(struct norm *n, const char *p, const char *we);
const char *ks_norm_rule_quadrant(struct norm *n, const char *p,
                                  const char *we);

/* words.c */
const char *ks_norm_rule_abbrev(struct norm *n, const char *p, const char *we);
/* "Wed 24 July": a weekday's abbreviation before a date, said in full. */
const char *ks_norm_rule_weekday(struct norm *n, const char *p, const char *we);
int ks_norm_weekday_of(const struct norm *n, const char *p, size_t len);
/* The word before is a weekday, capitalised ("Friday", "Fri"): a date's
 * day may follow it. */
bool ks_norm_prev_weekday(const struct norm *n);
/* scan.c: the sentence, or its article, is about cricket ("overs",
 * "wickets") */
bool ks_norm_about_cricket(const struct norm *n);
bool ks_norm_about_racing(const struct norm *n);

/* A table's label of the units of its times at p ("hrs:mins", "mm:ss",
 * "h:mm:ss"), whole: its entry, and where it ends in *e; else NULL. The
 * caller checks what stands before p. */
struct ks_time_label {
  const char *written, *spoken;
  bool hours; /* the first unit is hours */
};
const struct ks_time_label *ks_norm_time_label(const char *p,
                                               const char *end,
                                               const char **e);
/* scan.c: the sentence, or its article, is about association football */
bool ks_norm_about_football(const struct norm *n);
/* date.c: the sentence (or its article) is from the world that writes its
 * dates day first: one of its places or spellings named, no American one,
 * a dateline, a zone or a day-first date ("GLASGOW —", "organisers") */
bool ks_norm_day_first_world(const struct norm *n);
/* scan.c: a player's or an athlete's nouns, the ones a height in feet and
 * inches goes before ("the 6 ft 2 in. forward") */
#define KS_NORM_N_PLAYERS 24
extern const char *const ks_norm_players[KS_NORM_N_PLAYERS];
/* "Thu-Sun", "Jan.-June": a range of weekdays or months, with "to". */
const char *ks_norm_rule_calendar_range(struct norm *n, const char *p,
                                        const char *we);
const char *ks_norm_rule_roman(struct norm *n, const char *p, const char *we);
const char *ks_norm_rule_homograph(struct norm *n, const char *p,
                                   const char *we);

/* caps.c */
const char *ks_norm_rule_caps(struct norm *n, const char *p, const char *we);

/* electronic.c */
const char *ks_norm_rule_web(struct norm *n, const char *p, const char *ce);
const char *ks_norm_rule_local_phone(struct norm *n, const char *p);
const char *ks_norm_rule_phone(struct norm *n, const char *p);
const char *ks_norm_rule_digit_code(struct norm *n, const char *p);

/* symbol.c */
const char *ks_norm_rule_symbol(struct norm *n, const char *p);
const char *ks_norm_rule_markup(struct norm *n, const char *p);

#endif
