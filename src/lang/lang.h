/* lang.h - language tables for the text stages (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_LANG_H
#define KS_LANG_H

#include "kispeak.h"

/* What an abbreviation is, which decides whether its period can end a
 * sentence and how it is spoken. */
enum {
  KS_AB_MONTH = 1 << 0,   /* Dec. -> December */
  KS_AB_WEEKDAY = 1 << 1, /* Thurs. -> Thursday */
  KS_AB_TITLE = 1 << 2,   /* Gen., Dr., Sen.: comes before a name, never ends */
  KS_AB_LATIN = 1 << 3,   /* e.g., i.e., etc., vs. */
  KS_AB_NUMBER = 1 << 4,  /* No. 5, Nos., Vol. 2: before a number */
  KS_AB_ACRONYM = 1 << 5, /* U.S., U.K.: may end a sentence */
  KS_AB_CAN_END = 1 << 6, /* etc., Inc., Co., a.m.: may end a sentence */
  KS_AB_TIME = 1 << 7,    /* a.m., p.m. */
  /* With KS_AB_CAN_END: ends only when the next word is one that usually
   * starts a sentence ("U.S. The vote" ends, "U.S. Government" does not). */
  KS_AB_WEAK = 1 << 8,
  /* A place: state (Calif.), street (Ave.), or a place prefix (Mt., St.).
   * Written in lower case ("ave.", "mt.") it is not this abbreviation. */
  KS_AB_PLACE = 1 << 9,
  /* Also written without its period ("vs", "aka", "Lt Col"), and read the
   * same. */
  KS_AB_NODOT = 1 << 10,
  /* A company's suffix (Inc., Corp.): with KS_AB_WEAK, it also ends
   * before a capitalised word that a lower-case one follows ("Acme Inc.
   * Shares rose"), which a name would not ("Acme Inc. Chief Executive"). */
  KS_AB_COMPANY = 1 << 11,
  /* Only as written, capitalised: "Prop. 47", "Exp. 2"; "prop." and
   * "exp." are other words. */
  KS_AB_CAPITAL = 1 << 12,
  /* A place whose abbreviation is also a word ("Me.", "Mass.", "Tex."):
   * the place only after another place and its comma, or after "a". */
  KS_AB_WORD_TOO = 1 << 13
};

struct ks_abbrev {
  const char *word;   /* as written, without the final period: "Dec", "U.S" */
  const char *spoken; /* "December"; NULL: leave it for espeak-ng */
  unsigned flags;
};

/* A book of the Bible cut short before its chapter ("Ps. 23"): the short
 * form, the book's name, and whether the short form has no other reading
 * before a number ("Gen." is a general's too). */
struct ks_bible_book {
  const char *ab, *book;
  bool sure;
};

/* A unit of measure: its abbreviation and its singular and plural words. */
struct ks_unit {
  const char *abbr, *one, *many;
};

/* A currency sign or code, its words, and its minor unit (NULL: none). */
struct ks_currency {
  const char *sign, *one, *many, *minor_one, *minor_many;
};

/* A written form and what is said for it. */
struct ks_pair {
  const char *written, *spoken;
};

/* Which family of normalisation rules reads a language's text. The
 * normaliser looks the rules up by it (normalize.c); a language without
 * rules of its own gets only what is language-neutral. */
enum ks_rules { KS_RULES_NEUTRAL, KS_RULES_EN, KS_RULES_DE, KS_RULES_UK };

/* Grammatical gender of a counted noun: "одна гривня", "eine Million". */
enum ks_gender { KS_MASC, KS_FEM, KS_NEUT };

/* What a counted thing is. */
enum {
  KS_CT_UNIT = 1 << 0,     /* after a number: "12 km" */
  KS_CT_CURRENCY = 1 << 1, /* money: decimals are its minor unit */
  KS_CT_PREFIX = 1 << 2,   /* may also come before the number: "$5", "€ 10" */
  KS_CT_SCALE = 1 << 3, /* a scale word: "Mio.", "млрд"; a unit may follow */
  KS_CT_PERCENT = 1 << 4 /* "%": glued to the number or apart */
};

/* A noun counted by a number, as written after it, and its words in the
 * forms a language needs: after one, after two to four (the Slavic
 * "few"), after five or more, and after a fraction. NULL few or part:
 * many. A currency also has its minor unit's forms. */
struct ks_counted {
  const char *written; /* "km", "грн", "€", "Mio." */
  const char *one, *few, *many, *part;
  const char *minor_one, *minor_few, *minor_many; /* NULL: none */
  unsigned char gender, minor_gender;             /* enum ks_gender */
  unsigned flags;                                 /* KS_CT_* */
};

/* What the text stages know of a language. The segmenter reads the
 * abbreviations and word lists; the normaliser reads everything, only
 * through this struct. */
struct ks_lang {
  const char *tag;     /* "en"; "" for a language without tables */
  enum ks_rules rules; /* its normalisation rules */
  /* Sorted by word with ASCII letters folded to lower case, then by exact
   * bytes; ks_lang_abbrev() relies on that order. */
  const struct ks_abbrev *abbrevs;
  size_t n_abbrevs;
  const char *const *months;   /* 12 full names */
  const char *const *weekdays; /* 7 full names, Monday first */
  /* Capitalised words that usually begin a sentence ("The", "He", "How"),
   * sorted by strcmp: after a weak abbreviation they mark a new sentence. */
  const char *const *starters;
  size_t n_starters;
  /* Labels of a structured abstract written with a period ("Methods.
   * Patients were ..."), sorted by strcmp: first in a sentence, the label
   * and its period belong to the sentence after them. */
  const char *const *labels;
  size_t n_labels;
  /* Capitalised words that go on a country's dotted letters inside a
   * name ("the U.S. Army", "the U.K. Parliament"), sorted by strcmp: any
   * other capitalised word before a word in small letters opens a
   * sentence ("in the U.S. Policy-makers should"). */
  const char *const *country_names;
  size_t n_country_names;
  /* Prepositions that open a time phrase ("At 5 a.m. Mr. Smith left"),
   * sorted by strcmp: a.m./p.m. right after one does not end a sentence. */
  const char *const *time_preps;
  size_t n_time_preps;
  /* Lower-case words often followed by a name ("by J. Smith"), sorted by
   * strcmp: a capital letter and period after one is an initial. */
  const char *const *name_preps;
  size_t n_name_preps;
  /* Capitalised nouns a capital letter labels ("Appendix B.", "Plan B.",
   * "Terminal C."), sorted by strcmp: the letter and its period after one
   * are a label's, and can end a sentence, not a name's initial. */
  const char *const *letter_nouns;
  size_t n_letter_nouns;

  /* What the normaliser says. Units after a number, matched
   * case-sensitively, longest first within a shared prefix. */
  const struct ks_unit *units;
  size_t n_units;
  const struct ks_currency *currencies;
  size_t n_currencies;
  const struct ks_pair *scales; /* "bn" -> "billion" */
  size_t n_scales;
  const struct ks_pair *per_words; /* "/mo" -> "month" */
  size_t n_per_words;
  const struct ks_pair *streets; /* "Ave" -> "Avenue" */
  size_t n_streets;
  const char *const *street_names; /* "Avenue" */
  size_t n_street_names;
  const struct ks_pair *states; /* "CA" -> "California" */
  size_t n_states;
  const char *const *roman_cardinal_after; /* "war": "World War two" */
  size_t n_roman_cardinal_after;
  /* Words of a sentence about a film, a game or a book, where a numeral
   * after a title is its number ("the sequel, Rocky II": two), unless
   * it follows a monarch's or a pope's name ("the film Henry V"). */
  const char *const *work_words;
  size_t n_work_words;
  const char *const *regnal_names;
  size_t n_regnal_names;
  const char *const *regnal_titles; /* "King", "Pope": any name after one */
  size_t n_regnal_titles;
  const char *const *not_before_i; /* "then": "Then I" is not "the first" */
  size_t n_not_before_i;
  const struct ks_pair *idioms; /* "24/7" */
  size_t n_idioms;
  /* short words joined by a slash, read as a whole: "w/o" without; "w/"
   * before a word, with */
  const struct ks_pair *slash_words;
  size_t n_slash_words;
  const char *const *compass; /* North, South, East, West */
  /* Places a compass letter and its stop name a part of, sorted by
   * strcmp: "E. Sussex" is East Sussex, "S. America" South America. */
  const char *const *compass_places;
  size_t n_compass_places;

  /* Words in capitals, sorted by strcmp. caps_words are said as words
   * (acronyms said as words, "NATO"; short words written in capitals for
   * emphasis, "NOT"); caps_letters, of four letters or more, are spelled
   * ("NCAA"). Any other capitals of two or three letters are spelled, and
   * longer ones are words when they can be pronounced (ks_lang_*). */
  const char *const *caps_words;
  size_t n_caps_words;
  /* Saints' names after "St.", sorted by strcmp ("St. John", "St. Louis"):
   * there "St." is Saint, not a street ending its sentence. */
  const char *const *saints;
  size_t n_saints;
  const char *const *caps_letters;
  size_t n_caps_letters;
  /* Lower-case words that can follow an amount without being the noun it
   * describes ("$5 million last year", "12 kg more"), sorted by strcmp.
   * Before any other word an amount is a modifier and its unit is said in
   * the singular: "a $9 billion order", "the 2,500km border". */
  const char *const *not_nouns;
  size_t n_not_nouns;
  /* Signs that are a currency only where the amount is money for sure:
   * before a scale word, after a word of price or grouped in thousands
   * ("R15bn", "costs R500", "the R500,000 payment": rand; "the R445" is a
   * road; "N80.2bn": naira, "N95" a mask). */
  const struct ks_currency *context_currencies;
  size_t n_context_currencies;
  const char *const *price_words;
  size_t n_price_words;
  /* Words before "Co." when it is a county's ("the Co. Kerry farmer",
   * "in Co. Cork"), not a company's ("Smith and Co."); sorted, lower
   * case. The normaliser and the segmenter both read it. */
  const char *const *county_before;
  size_t n_county_before;
  /* Counties whose name after "Co." makes it County wherever it stands
   * ("Stradbally Hall, Co. Laois"): Ireland's 32, Derry also as
   * Londonderry. */
  const char *const *counties;
  size_t n_counties;
  const struct ks_bible_book *bible; /* the Bible's books cut short */
  size_t n_bible;
  /* Words after "Sr." that make it Senior, a grade of a job ("Sr. Vice
   * President"), not Sister before a name; sorted. */
  const char *const *senior_jobs;
  size_t n_senior_jobs;
  /* Words before a three-digit emergency number ("call 911") and after it
   * ("911 dispatchers"), sorted by strcmp: it is said digit by digit. */
  const char *const *emergency_before;
  size_t n_emergency_before;
  const char *const *emergency_after;
  size_t n_emergency_after;
  /* Phrases after which a number is read digit by digit ("ending in 8876",
   * of a card or an account). */
  const char *const *digits_after;
  size_t n_digits_after;
  /* Verbs of saying, and adverbs that may come before them, sorted by
   * strcmp: a quotation ending in "?" or "!" and then "Jane Roe said" is
   * one sentence. */
  const char *const *say_verbs;
  size_t n_say_verbs;
  const char *const *say_adverbs;
  size_t n_say_adverbs;

  /* Abbreviations that end a longer word, sorted as abbrevs are: German
   * compounds ("Hauptstr." -> "Hauptstraße"; the entry is "str"). */
  const struct ks_abbrev *suffixes;
  size_t n_suffixes;
  /* "am 9. November", "der 2. Senat": a number of up to three digits and a
   * period before a word that does not start a sentence is an ordinal. */
  bool ordinal_dot;
  /* Nouns counted by numbers (languages other than English), longest
   * first within a shared prefix. */
  const struct ks_counted *counted;
  size_t n_counted;
  /* How a web or e-mail address's marks are said: ".", "@", "/". */
  const char *web_dot, *web_at, *web_slash;
};

/* The languages with tables; reach them through ks_lang_get(). */
extern const struct ks_lang ks_lang_en, ks_lang_de, ks_lang_uk;
/* A language kispeak has no tables for: only the language-neutral rules. */
extern const struct ks_lang ks_lang_neutral;

/** A code point in lower case: ASCII, Latin-1, Latin Extended-A and
 *  Cyrillic; others as they are. */
uint32_t ks_lang_lower(uint32_t cp);
/** True for a capital letter of those ranges. */
bool ks_lang_is_upper(uint32_t cp);
/** Compare word[0..len) with s, letters folded by ks_lang_lower: < 0, 0,
 *  > 0 as strcmp. The order of the abbreviation tables. */
int ks_lang_cmp_folded(const char *word, size_t len, const char *s);

/** The abbreviation spelled exactly word[0..len) (no final period), or NULL;
 *  a case-insensitive match is tried when no exact one exists. */
/* The book of the Bible whose short form is w[0..len) ("Ps"), or NULL. */
const struct ks_bible_book *ks_lang_bible_book(const struct ks_lang *lang,
                                               const char *w, size_t len);
const struct ks_abbrev *ks_lang_abbrev(const struct ks_lang *lang,
                                       const char *word, size_t len);

/** True when w[0..len) is a street's type: shortened in any case ("Ave",
 *  "st") or written in full and capitalised ("Avenue"; "2 TB drive" is a
 *  disk). */
bool ks_lang_street_type(const struct ks_lang *lang, const char *w,
                         size_t len);

/** True when word[0..len) is in the sorted list (exact bytes). */
bool ks_lang_in_list(const char *const *list, size_t n, const char *word,
                     size_t len);

#endif
