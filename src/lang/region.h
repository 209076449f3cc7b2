/* region.h - the language of an article's own names, by its site's country.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_REGION_H
#define KS_REGION_H

#include <stdbool.h>
#include <stddef.h>

/** The espeak-ng voice whose sounds an article's local names are written
 *  for, by the country of its site's address ("https://www.x.co.id/..."
 *  Indonesian "id", ".pe" Spanish, ".hu" Hungarian, ".sn" French), or NULL
 *  when the address names no such country or its names have no voice here
 *  (Nigeria's, Georgia's in Latin letters). */
const char *ks_region_voice(const char *url, size_t n);

/** Whether the word w[0..n) is English: in the system's word lists
 *  (Debian's wamerican-large and wbritish-large, else /usr/share/dict/words;
 *  $KISPEAK_WORDS names another) in any case, with a possessive or a
 *  British spelling ("organisers", "neighbours") too. With no word list
 *  every word is taken as English. */
bool ks_english_word(const char *w, size_t n);

/** Where w[0..n), eight small letters or more that no word list holds
 *  as one word, parts into two English words of four letters or more
 *  ("lostproperty" at 4, "enterpriseservices" at 10): the first's
 *  length; else 0, and 0 with no word list. */
size_t ks_english_join(const char *w, size_t n);

/** At t[at..n): a name of the region, one capitalised word or more that no
 *  English word list holds ("Irawati Simanjuntak", "Nyarugenge"), for
 *  voice (the region's, or NULL): its length, 0 when there is none. Not a
 *  word with a capital inside ("WhatsApp"), a hyphen's compound or one of
 *  under three letters, nor the surname after an English first name
 *  before it in t ("John Ratcliffe"; a title is no first name, "Mayor
 *  Oshiro"). For the Swahili voice, which speaks Bantu names of
 *  East and Southern Africa, only words that end in a vowel as those
 *  names do ("Namanve", "Okuryangava"; not "Schlettwein", "Emmerson",
 *  "Southerton", a German, English or Afrikaans name of those countries);
 *  "sw/romaji", the Swahili voice for Japan's names, takes those spelled
 *  as romaji spells ("Chinen", "Ginowan"; not "Starmer"), and "sw/tajik"
 *  for Tajikistan's a Tajik ending too ("Qurbonov", "Muminobod"); the
 *  voice's name is the part before "/". */
size_t ks_region_name(const char *voice, const char *t, size_t at, size_t n);

/** Whether the quotation t[0..n) (its words, without its marks) is in
 *  the language of the region's voice: three words or more, two in three
 *  of them no English word, none of them a little word that marks
 *  another language ("und", "les", "desu"), and one that marks its own
 *  where the voice has such words ("ist" for "de"; the Swahili voice,
 *  which stands in for Tok Pisin, Somali and Zulu too, needs none). A
 *  voice's rule for names alone ("sw/romaji") takes no quotation. */
bool ks_region_quotation(const char *voice, const char *t, size_t n);

#endif
