/* test_region.c - a site's country gives the voice of its names; a
 * capitalised word no English word list holds is such a name.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "lang/region.h"
#include "synth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put_words(const char *path) {
  static const char *const words[] = {"the", "said", "health", "hospital",
                                      "organizers", "neighbor", "facade",
                                      "minister", "Rosa", "Jakarta"};
  FILE *f = fopen(path, "w");
  for (size_t i = 0; f && i < sizeof words / sizeof words[0]; i++)
    fprintf(f, "%s\n", words[i]);
  if (f)
    fclose(f);
}

static size_t name(const char *t) { return ks_region_name(t, strlen(t)); }

int main(void) {
  struct ks_buf b = KS_BUF_INIT;
  char path[64];
  snprintf(path, sizeof path, "/tmp/ks-region-words-%ld.txt", (long)getpid());
  put_words(path);
  setenv("KISPEAK_WORDS", path, 1); /* before the list is first read */

  /* the country by the address's top level, or the site's name first */
  STR_EQ(ks_region_voice("https://www.kigaliledger.rw/news/x", 33), "sw",
         "Rwanda's names in the Swahili voice");
  const char *pe = "http://www.perudailyherald.com/news.php?id=1";
  STR_EQ(ks_region_voice(pe, strlen(pe)), "es-419", "a site named for Peru");
  const char *jk = "https://thejakartapost.com/a";
  STR_EQ(ks_region_voice(jk, strlen(jk)), "id", "\"the\" before the city");
  const char *uk = "https://www.bbc.co.uk/news/1";
  OK(ks_region_voice(uk, strlen(uk)) == NULL, "no voice for British names");
  const char *cl = "https://climatehome.com/x";
  OK(ks_region_voice(cl, strlen(cl)) == NULL, "not \"lima\" inside a word");

  /* a wire's dateline: its capital or its country, for a site of no
   * country */
  const char *d1 = "ASUNCI\xC3\x93N \xE2\x80\x94 Vendors said";
  STR_EQ(ks_region_voice_dateline(d1, strlen(d1)), "es-419",
         "a capital with its accent, before the dash");
  const char *d2 = "LA PAZ, Bolivia (AP) \xE2\x80\x94 Miners said";
  STR_EQ(ks_region_voice_dateline(d2, strlen(d2)), "es-419",
         "two words in capitals, then a country");
  const char *d3 = "ENCARNACI\xC3\x93N, Paraguay \xE2\x80\x94 Rain fell";
  STR_EQ(ks_region_voice_dateline(d3, strlen(d3)), "es-419",
         "a city not listed, its country listed");
  const char *d4 = "WASHINGTON (AP) \xE2\x80\x94 The Senate voted";
  OK(ks_region_voice_dateline(d4, strlen(d4)) == NULL,
     "no voice for an American dateline");
  const char *d6 = "PARIS, Texas \xE2\x80\x94 A storm hit";
  OK(ks_region_voice_dateline(d6, strlen(d6)) == NULL,
     "a listed city in another country");
  const char *d5 = "NATO said on Monday that Tirana agreed";
  OK(ks_region_voice_dateline(d5, strlen(d5)) == NULL,
     "an initialism first is no dateline");

  /* English by the list, a possessive and a British spelling too */
  OK(ks_english_word("Health", 6), "a listed word, in any case");
  OK(ks_english_word("Organisers", 10), "organisers: a British plural");
  OK(ks_english_word("Neighbour", 9), "a British spelling made American");
  OK(ks_english_word("Hospital's", 10), "a possessive");
  OK(ks_english_word("Façade", 7), "a cedilla English writes without");
  OK(!ks_english_word("Simanjuntak", 11), "a name");

  /* names: capitalised, no English word, the name's words together */
  INT_EQ(name("Irawati Simanjuntak said the plan was fine."), 19,
         "two words of a name");
  INT_EQ(name("Rosa Mamani said"), 0, "a listed first name is English");
  INT_EQ(name("Mamani said"), 6, "the name's word alone");
  INT_EQ(name("Kesehatan\xE2\x80\x99s budget"), 13, "with its possessive");
  INT_EQ(name("WhatsApp groups"), 0, "a capital inside");
  INT_EQ(name("rezsics\xC3\xB6kkent\xC3\xA9s scheme"), 17,
         "a word in small letters with letters English does not write");
  INT_EQ(name("caf\xC3\xA9 owners"), 0, "a short one is left");
  INT_EQ(name("freguesias said"), 0, "small letters alone are left");
  INT_EQ(name("Moto-taxis were banned"), 0, "a compound");
  INT_EQ(name("Ng said"), 0, "under three letters");
  INT_EQ(name("Újpalota flats"), 9, "a capital beyond ASCII first");
  INT_EQ(name("health workers"), 0, "small letters");

  /* the markup: the name in the region's voice, English again after */
  ks_synth_markup("Dr Irawati Simanjuntak said the hospital was full.", 50,
                  "en-us", "id", &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "<voice name=\"id\">Irawati Simanjuntak</voice><voice "
                   "name=\"en-us\"> said the hospital") != NULL,
     "an Indonesian name in the Indonesian voice");
  ks_buf_clear(&b);
  ks_synth_markup("Dr Irawati Simanjuntak said the hospital was full.", 50,
                  "en-us", NULL, &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "<voice") == NULL, "no region: no voice changed");
  ks_buf_free(&b);
  remove(path);
  return t_summary("test_region");
}
