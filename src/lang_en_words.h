/* lang_en_words.h - English word tables for the normaliser (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_LANG_EN_WORDS_H
#define KS_LANG_EN_WORDS_H

#include <stddef.h>

/* A unit of measure: its abbreviation and its singular and plural words. */
struct ks_unit {
  const char *abbr, *one, *many;
};

/* A currency sign or code, its words, and its minor unit (NULL: none). */
struct ks_currency {
  const char *sign, *one, *many, *minor_one, *minor_many;
};

/* A written form and what is said for it. */
struct ks_en_pair {
  const char *written, *spoken;
};

extern const struct ks_unit ks_en_units[];
extern const size_t ks_en_n_units;
extern const struct ks_currency ks_en_currencies[];
extern const size_t ks_en_n_currencies;
extern const struct ks_en_pair ks_en_scales[]; /* "bn" -> "billion" */
extern const size_t ks_en_n_scales;
extern const struct ks_en_pair ks_en_per_words[]; /* "/mo" -> "month" */
extern const size_t ks_en_n_per_words;
extern const struct ks_en_pair ks_en_streets[]; /* "Ave" -> "Avenue" */
extern const size_t ks_en_n_streets;
extern const char *const ks_en_street_names[]; /* "Avenue" */
extern const size_t ks_en_n_street_names;
extern const struct ks_en_pair ks_en_states[]; /* "CA" -> "California" */
extern const size_t ks_en_n_states;
extern const char *const ks_en_roman_cardinal_after[]; /* "war" */
extern const size_t ks_en_n_roman_cardinal_after;
extern const char *const ks_en_not_before_i[]; /* "then": "Then I" */
extern const size_t ks_en_n_not_before_i;
extern const struct ks_en_pair ks_en_idioms[]; /* "24/7" */
extern const size_t ks_en_n_idioms;
extern const char *const ks_en_compass[4]; /* N, S, E, W in full */

#endif
