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
  KS_AB_TIME = 1 << 7     /* a.m., p.m. */
};

struct ks_abbrev {
  const char *word;   /* as written, without the final period: "Dec", "U.S" */
  const char *spoken; /* "December"; NULL: leave it for espeak-ng */
  unsigned flags;
};

struct ks_lang {
  const char *tag;    /* "en" */
  const struct ks_abbrev *abbrevs; /* sorted by word, case-sensitive */
  size_t n_abbrevs;
  const char *const *months;   /* 12 full names */
  const char *const *weekdays; /* 7 full names, Monday first */
};

/** The abbreviation spelled exactly word[0..len) (no final period), or NULL;
 *  a case-insensitive match is tried when no exact one exists. */
const struct ks_abbrev *ks_lang_abbrev(const struct ks_lang *lang,
                                       const char *word, size_t len);

#endif
