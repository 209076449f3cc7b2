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
                                      "minister", "Rosa", "Jakarta",
                                      "home", "stay", "hydro",
                                      "meteorological", "John", "Mayor",
                                      "met", "on", "Monday"};
  FILE *f = fopen(path, "w");
  for (size_t i = 0; f && i < sizeof words / sizeof words[0]; i++)
    fprintf(f, "%s\n", words[i]);
  if (f)
    fclose(f);
}

static size_t name(const char *t) {
  return ks_region_name(NULL, t, 0, strlen(t));
}

int main(void) {
  struct ks_buf b = KS_BUF_INIT;
  char path[64];
  snprintf(path, sizeof path, "/tmp/ks-region-words-%ld.txt", (long)getpid());
  put_words(path);
  setenv("KISPEAK_WORDS", path, 1); /* before the list is first read */

  /* the country by the address's top level, or the site's name first */
  STR_EQ(ks_region_voice("https://www.kigaliledger.rw/news/x", 33), "sw",
         "Rwanda's names in the Swahili voice");
  const char *ug = "https://www.kampalaledger.co.ug/news/kampala/x";
  STR_EQ(ks_region_voice(ug, strlen(ug)), "sw",
         "Uganda's Bantu names in the Swahili voice");
  const char *na = "https://www.namibherald.com.na/2025/03/12/x/";
  STR_EQ(ks_region_voice(na, strlen(na)), "sw", "and Namibia's");
  const char *za = "https://www.news24.co.za/news/x";
  STR_EQ(ks_region_voice(za, strlen(za)), "sw", "and South Africa's");
  /* the Swahili voice takes names that end in a vowel, as Bantu names
   * do, not a German or an English one of those countries */
  OK(ks_region_name("sw", "Namanve Road", 0, 12) == 7,
     "a Bantu name to the Swahili voice");
  OK(ks_region_name(NULL, "Schlettwein said", 0, 16) == 11 &&
         ks_region_name("sw", "Schlettwein said", 0, 16) == 0,
     "not a German name");
  /* after set BB: Lesotho's Bantu names, Brunei's Malay ones, and a
   * Guatemalan site by its people's name for it; none for Mauritius */
  const char *ls = "https://maserupost.co.ls/govt-deal/";
  STR_EQ(ks_region_voice(ls, strlen(ls)), "sw", "Lesotho's names");
  const char *bn = "https://www.borneobulletin.com.bn/x";
  STR_EQ(ks_region_voice(bn, strlen(bn)), "ms", "Brunei's names");
  const char *bl = "https://bruneiledger.com/national/x";
  STR_EQ(ks_region_voice(bl, strlen(bl)), "ms", "a site named for Brunei");
  const char *mu = "https://www.moristoday.mu/x";
  OK(ks_region_voice(mu, strlen(mu)) == NULL,
     "no voice for Mauritius's names (Indian names in the French voice)");
  /* after set BD: Kosovo's Albanian names; none for Nunavut, whose sites
   * name as many people of other tongues (its review) */
  const char *xk = "https://kosovomonitor.net/economy/x";
  STR_EQ(ks_region_voice(xk, strlen(xk)), "sq", "a site named for Kosovo");
  const char *nu = "https://nunavutsignal.ca/2025/11/06/x/";
  OK(ks_region_voice(nu, strlen(nu)) == NULL, "no voice for Nunavut's names");
  /* after set BE: Japan's, Tajikistan's and Eritrea's names in the
   * Swahili voice, Tuvalu's by the site's name (not ".tv", any video
   * site's), Haiti's by its capital's */
  const char *jp = "https://english.ryukyumorningpost.jp/news/x.html";
  STR_EQ(ks_region_voice(jp, strlen(jp)), "sw/romaji", "Japan's romaji names");
  const char *tj = "https://kuhistonpost.tj/en/news/x";
  STR_EQ(ks_region_voice(tj, strlen(tj)), "sw/tajik", "Tajikistan's names");
  const char *er = "https://www.eritreahorizon.er/index.php/x";
  STR_EQ(ks_region_voice(er, strlen(er)), "sw", "Eritrea's names");
  /* (Japan's romaji and Tajikistan's endings; the Bantu names' voice
   * keeps its vowels) */
  OK(ks_region_name("sw/romaji", "Chinen said", 0, 11) == 6 &&
         ks_region_name("sw", "Chinen said", 0, 11) == 0 &&
         ks_region_name("sw/romaji", "Starmer said", 0, 12) == 0,
     "a romaji name that ends in a consonant, in Japan's rule only");
  OK(ks_region_name("sw/tajik", "Qurbonov said", 0, 13) == 8 &&
         ks_region_name("sw/tajik", "Specht said", 0, 11) == 0,
     "a Tajik name's ending, not a German's");
  /* after set BF: the Pacific's names in the Swahili voice, Timor-Leste's
   * in Portuguese, a Dominican site by Hispaniola's old name */
  const char *to = "https://www.moanatonganews.to/news/x";
  STR_EQ(ks_region_voice(to, strlen(to)), "sw", "Tonga's names");
  const char *ki = "https://www.kiribatitides.com/x/";
  STR_EQ(ks_region_voice(ki, strlen(ki)), "sw", "a site named for Kiribati");
  const char *tl = "https://www.dilitribune.tl/en/x";
  STR_EQ(ks_region_voice(tl, strlen(tl)), "pt", "Timor-Leste's names");
  /* after set BG */
  const char *cw = "https://www.willemstadnieuws.cw/x";
  STR_EQ(ks_region_voice(cw, strlen(cw)), "pap", "Curaçao's names");
  const char *aw = "https://www.arubaweekly.com/x";
  STR_EQ(ks_region_voice(aw, strlen(aw)), "pap", "a site named for Aruba");
  const char *mp = "https://www.saipanpress.net/x";
  STR_EQ(ks_region_voice(mp, strlen(mp)), "es-419", "a site named for Saipan");
  const char *mh = "https://www.jaluitjournal.mh/x";
  STR_EQ(ks_region_voice(mh, strlen(mh)), "sw", "the Marshall Islands' names");
  /* after set BH */
  const char *li = "https://www.liledger.li/politics/x";
  STR_EQ(ks_region_voice(li, strlen(li)), "de", "Liechtenstein's names");
  const char *ad = "https://www.andorraherald.ad/en/x";
  STR_EQ(ks_region_voice(ad, strlen(ad)), "ca", "Andorra's names");
  const char *mc = "https://www.monacoobserver.mc/sport/x/";
  STR_EQ(ks_region_voice(mc, strlen(mc)), "fr-fr", "Monaco's names");
  const char *sr = "https://www.paramariboexpress.sr/x/";
  STR_EQ(ks_region_voice(sr, strlen(sr)), "nl", "Suriname's names");
  const char *pf = "https://www.papeetedaily.pf/x/";
  STR_EQ(ks_region_voice(pf, strlen(pf)), "sw/polynesian",
         "French Polynesia's names");
  const char *ni = "https://www.niuesun.nu/x";
  STR_EQ(ks_region_voice(ni, strlen(ni)), "sw", "a site named for Niue");
  const char *se = "https://www.dagensnyheter.nu/x";
  OK(ks_region_voice(se, strlen(se)) == NULL, "\".nu\" alone is no region");
  const char *hg = "https://hargeisatimes.com/news/x";
  STR_EQ(ks_region_voice(hg, strlen(hg)), "sw", "a site named for Hargeisa");
  OK(ks_region_name("sw/polynesian", "Pukarua said", 0, 12) == 7 &&
         ks_region_name("sw/polynesian", "Mangareva said", 0, 14) == 9 &&
         ks_region_name("sw/polynesian", "Sandrine said", 0, 13) == 0 &&
         ks_region_name("sw/polynesian", "Lefort said", 0, 11) == 0,
     "Tahitian names to the voice, French ones left");
  /* a quotation in the site's language, not in a third one (round 49's
   * review) */
  static const char sw_q[] = "Matumbawe yamekuwa meupe kama unga wa muhogo";
  static const char de_q[] = "Das Wasser ist ganz warm, wie eine Badewanne";
  static const char ja_q[] = "Subarashii hana desu ne, arigato gozaimasu";
  static const char names_q[] = "Risch, Frick, Hasler, Wenaweser and Monauni";
  OK(ks_region_quotation("sw", sw_q, strlen(sw_q)) &&
         ks_region_quotation("de", de_q, strlen(de_q)),
     "a quotation in the site's own language");
  OK(!ks_region_quotation("sw", de_q, strlen(de_q)) &&
         !ks_region_quotation("sw", ja_q, strlen(ja_q)) &&
         !ks_region_quotation("de", sw_q, strlen(sw_q)) &&
         !ks_region_quotation("de", names_q, strlen(names_q)),
     "not one in a third language, nor a list of names");
  OK(ks_region_name("de", "Japanese ambassador Takahiro Murata said", 20, 40) ==
             0 &&
         ks_region_name("de", "Mayor Bettina Frick said", 6, 24) > 0,
     "a visitor named by a nationality stays with English");
  const char *fm = "https://www.lastradio.fm/x";
  OK(ks_region_voice(fm, strlen(fm)) == NULL, "\".fm\" is any radio's");
  const char *po = "https://www.pohnpeiweekly.fm/x";
  STR_EQ(ks_region_voice(po, strlen(po)), "sw", "a site named for Pohnpei");
  const char *qu = "https://quisqueyaherald.com/local/x/";
  STR_EQ(ks_region_voice(qu, strlen(qu)), "es-419",
         "a site named for Hispaniola");
  const char *fu = "https://www.funafutiobserver.tv/x/";
  STR_EQ(ks_region_voice(fu, strlen(fu)), "sw", "a site named for Funafuti");
  const char *tv = "https://www.twitchnews.tv/x/";
  OK(ks_region_voice(tv, strlen(tv)) == NULL, "no voice for any .tv site");
  const char *ht = "https://portauprincepost.com/2025/10/16/x/";
  STR_EQ(ks_region_voice(ht, strlen(ht)), "fr-fr", "Haiti's capital first");
  const char *gt = "https://guatetimes.com/news/x";
  STR_EQ(ks_region_voice(gt, strlen(gt)), "es-419", "\"Guate\" first");
  const char *pe = "http://www.perudailyherald.com/news.php?id=1";
  STR_EQ(ks_region_voice(pe, strlen(pe)), "es-419", "a site named for Peru");
  const char *jk = "https://thejakartapost.com/a";
  STR_EQ(ks_region_voice(jk, strlen(jk)), "id", "\"the\" before the city");
  const char *uk = "https://www.bbc.co.uk/news/1";
  OK(ks_region_voice(uk, strlen(uk)) == NULL, "no voice for British names");
  const char *cl = "https://climatehome.com/x";
  OK(ks_region_voice(cl, strlen(cl)) == NULL, "not \"lima\" inside a word");

  /* English by the list, a possessive and a British spelling too */
  OK(ks_english_word("Health", 6), "a listed word, in any case");
  OK(ks_english_word("Organisers", 10), "organisers: a British plural");
  OK(ks_english_word("Neighbour", 9), "a British spelling made American");
  OK(ks_english_word("Hospital's", 10), "a possessive");
  OK(ks_english_word("Façade", 7), "a cedilla English writes without");
  OK(ks_english_word("Homestay", 8) && ks_english_word("Hydrometeorological", 19),
     "two English words joined");
  OK(!ks_english_word("Kaakkuri", 8) && !ks_english_word("Novkhani", 8),
     "a place's own name is not parted into English");
  OK(!ks_english_word("Simanjuntak", 11), "a name");

  /* names: capitalised, no English word, the name's words together */
  INT_EQ(name("Irawati Simanjuntak said the plan was fine."), 19,
         "two words of a name");
  INT_EQ(name("Rosa Mamani said"), 0, "a listed first name is English");
  INT_EQ(name("Mamani said"), 6, "the name's word alone");
  INT_EQ(name("Kesehatan\xE2\x80\x99s budget"), 13, "with its possessive");
  INT_EQ(name("WhatsApp groups"), 0, "a capital inside");
  const char *pn = "https://theparisnews.com/local/x";
  OK(ks_region_voice(pn, strlen(pn)) == NULL,
     "a capital's name an American town has too");
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
  /* after round 46's review: the name after an English first name is
   * that person's ("John Ratcliffe"), not the site's country's; after a
   * title it is ("Mayor Oshiro") */
  ks_synth_markup("Mayor Oshiro met John Ratcliffe on Monday.", 42, "en-us",
                  "sw", &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "<voice name=\"sw\">Oshiro</voice>") != NULL,
     "a local name after a title in the region's voice");
  OK(strstr(b.ptr, "\">Ratcliffe") == NULL,
     "an English first name's surname stays English");
  ks_buf_clear(&b);
  ks_synth_markup("Dr Irawati Simanjuntak said the hospital was full.", 50,
                  "en-us", NULL, &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "<voice") == NULL, "no region: no voice changed");
  ks_buf_free(&b);
  remove(path);
  return t_summary("test_region");
}
