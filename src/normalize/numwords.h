/* numwords.h - numbers to English words: cardinal, ordinal, year, decimal.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_NUMWORDS_H
#define KS_NUMWORDS_H

#include "kispeak.h"

/** "1,234" -> "one thousand two hundred-and-thirty-four": a quantity,
 *  with "and" in its last group of three, hyphen-joined (see numwords.c). */
void ks_num_cardinal(struct ks_buf *out, uint64_t n);
/** The same without "and": "one hundred twenty-three" (codes, times). */
void ks_num_cardinal_plain(struct ks_buf *out, uint64_t n);
/** "21" -> "twenty-first"; no "and": "one hundred twenty-first". */
void ks_num_ordinal(struct ks_buf *out, uint64_t n);
/** As said for a year: 1976 "nineteen seventy-six", 1906 "nineteen oh six",
 *  1900 "nineteen hundred", 2000 "two thousand", 2005 "two thousand five",
 *  2010 "twenty ten". */
void ks_num_year(struct ks_buf *out, unsigned y);
/** Decade plural: 1990 "nineteen nineties", 2000 "two thousands",
 *  90 "nineties". */
void ks_num_decade(struct ks_buf *out, unsigned y);
/** Each digit of s[0..len) as a word ("007" -> "zero zero seven"); other
 *  bytes are skipped. */
void ks_num_digits(struct ks_buf *out, const char *s, size_t len);
/** "3.14" -> "three point one four", ".5" -> "point five"; commas between
 *  digit groups are ignored. s must hold only digits, commas and one '.'. */
void ks_num_decimal(struct ks_buf *out, const char *s, size_t len);
/** Fraction n/d: "one half", "three quarters", "five eighths",
 *  "two over one" for d == 1. */
void ks_num_fraction(struct ks_buf *out, uint64_t n, uint64_t d);

/** Value of the digits in s[0..len), commas between groups of three
 *  allowed; false when there are none, other bytes, or overflow. */
bool ks_num_parse(const char *s, size_t len, uint64_t *v);
/** The value of a count written as one word, in any case: "two" 2,
 *  "Nineteen" 19, "ninety" 90; 0 for "zero" and for any other word. */
unsigned ks_num_word_value(const char *w, size_t len);

#endif
