/* region.c - the language of an article's own names, by its site's country.
 *
 * espeak-ng's English voice reads a name by English spelling rules:
 * "Simanjuntak", "Nyarugenge", "Huánuco" come out garbled. A national
 * site's local names are written for its country's language, and
 * espeak-ng has voices for many of them; a capitalised word that is no
 * English word goes to that voice. English words are told by the
 * system's word lists (Debian's wamerican-large and wbritish-large): no
 * library gives a plain "is this English" test, and espeak-ng's own
 * dictionary answers only by speaking. The lists are read once, when an
 * article has a region, into a hash set.
 *
 * SPDX-License-Identifier: MIT
 */
#include "region.h"
#include "ascii.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Countries by their address's top level, and the voice of their names:
 * every country whose main language espeak-ng speaks from Latin letters
 * (not ".co" nor ".md", which sites everywhere use; not Kyrgyz, Kazakh or
 * Irish, whose voices spell Latin letters out or read them as English). */
static const struct {
  const char *tld, *voice;
} regions[] = {
    {"al", "sq"},     {"ao", "pt"},     {"ar", "es-419"}, {"at", "de"},
    {"az", "az"},     {"bf", "fr-fr"},  {"bj", "fr-fr"},  {"bo", "es-419"},
    {"br", "pt-br"},  {"cd", "fr-fr"},  {"cg", "fr-fr"},  {"ci", "fr-fr"},
    {"cl", "es-419"}, {"cm", "fr-fr"},  {"cr", "es-419"}, {"cu", "es-419"},
    {"cv", "pt"},     {"cz", "cs"},     {"de", "de"},     {"dk", "da"},
    {"do", "es-419"}, {"dz", "fr-fr"},  {"ec", "es-419"}, {"ee", "et"},
    {"es", "es"},     {"fi", "fi"},     {"fr", "fr-fr"},  {"ga", "fr-fr"},
    {"gn", "fr-fr"},  {"gt", "es-419"}, {"hn", "es-419"}, {"hr", "hr"},
    {"ht", "fr-fr"},  {"hu", "hu"},     {"id", "id"},     {"is", "is"},
    {"it", "it"},     {"ke", "sw"},     {"lt", "lt"},     {"lv", "lv"},
    {"ma", "fr-fr"},  {"ml", "fr-fr"},  {"mt", "mt"},     {"mx", "es-419"},
    {"my", "ms"},     {"mz", "pt"},     {"ne", "fr-fr"},  {"ni", "es-419"},
    {"nl", "nl"},     {"no", "nb"},     {"pa", "es-419"}, {"pe", "es-419"},
    {"pl", "pl"},     {"pt", "pt"},     {"py", "es-419"}, {"ro", "ro"},
    {"rw", "sw"},     {"se", "sv"},     {"si", "sl"},     {"sk", "sk"},
    {"sn", "fr-fr"},  {"sv", "es-419"}, {"tg", "fr-fr"},  {"tn", "fr-fr"},
    {"tr", "tr"},     {"tz", "sw"},     {"uy", "es-419"}, {"uz", "uz"},
    {"ve", "es-419"}, {"vn", "vi"},
    /* Bantu names, spelled as Swahili spells them, not as English does
     * ("Namanve" na-MAN-ve, "Kyengera", "Okuryangava", "Tjiroze"): Uganda,
     * Namibia, Zambia, Malawi and Zimbabwe too (round 42, from set AZ), and
     * after set BA Botswana's and South Africa's ("Metsimotlhabe",
     * "Mashaba", "Zondi"; a few English names of South Africa's that end
     * in a vowel go too, "Shepstone") */
    {"mw", "sw"},     {"na", "sw"},     {"ug", "sw"},     {"zm", "sw"},
    {"zw", "sw"},     {"bw", "sw"},     {"za", "sw"},
    /* after set BB: Lesotho's and Eswatini's Bantu names too ("Mokhotlong",
     * "Hlalele") and Brunei's Malay ones ("Pengiran", "Keriam"); not
     * Mauritius's, whose Indian names the French voice garbles */
    {"ls", "sw"},     {"sz", "sw"},     {"bn", "ms"},
    /* after set BC: Bosnia and Herzegovina's ("Mujagić", "Goražde"), the
     * Seychelles' French place names and surnames ("Baie Lazare",
     * "Labiche"), and Puerto Rico's and Guam's Spanish-spelled ones
     * ("Quebradillas", "Quitugua", "Taitano") */
    {"ba", "bs"},     {"sc", "fr-fr"},  {"pr", "es-419"}, {"gu", "es-419"},
    /* after set BD: Kosovo's Albanian names ("Bajgora", "Rexhepi") */
    {"xk", "sq"},
    /* after set BE: names in a Latin spelling whose vowels are pure and
     * whose letters keep one sound, which Swahili's voice reads as they
     * are meant: Japan's romaji ("Chinen", "Ginowan", "Shimabukuro";
     * espeak-ng's Japanese voice spells Latin letters out), Tajikistan's
     * ("Qurbonov", "Shughnon"; no Tajik voice) and Eritrea's Tigrinya
     * ("Kidane", "Gerset"; its voice reads Ge'ez script only) */
    /* after set BF: the Pacific's Polynesian and Micronesian names,
     * whose vowels are pure and end their words ("Fusitu'a", "Losaline",
     * "Tabiteuea"): Tonga's, Samoa's, Vanuatu's and Kiribati's; and
     * Timor-Leste's Portuguese and Tetum ones ("Gusmão", "xefe suku") */
    {"to", "sw"},     {"ws", "sw"},     {"vu", "sw"},     {"ki", "sw"},
    {"tl", "pt"},
    /* (Japan's names end in "n" too, "Chinen"; Tajikistan's in "-ov",
     * "-obod", "Qurbonov": the rules after "/", ks_region_name) */
    {"jp", "sw/romaji"}, {"tj", "sw/tajik"}, {"er", "sw"},
    /* after set BG: Nauru's, the Marshall Islands' and American Samoa's
     * names, pure vowels too ("Detageouwa", "Nitijela", "Fuimaono"); the
     * Northern Marianas' Chamorro ones in Spanish spelling, as Guam's
     * ("Saipan" SIGH-pan, "Taisacan"); Aruba's, Curaçao's and Bonaire's
     * in Papiamento's voice, which reads their Papiamento and Dutch
     * ("Irausquin", "Geerman", "Tjon") */
    {"nr", "sw"},     {"mh", "sw"},     {"as", "sw"},     {"mp", "es-419"},
    {"aw", "pap"},    {"cw", "pap"},    {"bq", "pap"},
    /* after set BH: Liechtenstein's German names ("Vaduz", "Schaan",
     * "Landesbibliothek"), Andorra's Catalan ones ("Canillo", "Comú"),
     * Monaco's French ones and Suriname's Dutch ones ("Rekenkamer") */
    {"li", "de"},     {"ad", "ca"},     {"mc", "fr-fr"},  {"sr", "nl"},
    /* and French Polynesia's Tahitian names ("Pukarua", "Teuira"), its
     * French ones left (the rule after "/"); Papua New Guinea's, pure
     * vowels too ("Buin", "Naiko", "Tonolei") */
    {"pf", "sw/polynesian"}, {"pg", "sw"}};

/* A site on a ".com" named for its country or city first
 * ("perudailyherald.com", "thejakartapost.com"); not names that open
 * other words ("rio", "lima", "rome"), nor a capital's name an American
 * town has too, whose paper names its own people ("theparisnews.com",
 * Paris, Texas; Berlin, Vienna, Milan, Amsterdam, Havana). */
static const struct {
  const char *start, *voice;
} site_names[] = {{"abidjan", "fr-fr"},
                  {"albania", "sq"},
                  {"angola", "pt"},
                  {"ankara", "tr"},
                  {"argentina", "es-419"},
                  {"aruba", "pap"},
                  {"asuncion", "es-419"},
                  {"austria", "de"},
                  {"bosnia", "bs"},
                  {"baku", "az"},
                  {"bogota", "es-419"},
                  {"bolivia", "es-419"},
                  {"bratislava", "sk"},
                  {"brazil", "pt-br"},
                  {"brunei", "ms"},
                  {"bucharest", "ro"},
                  {"budapest", "hu"},
                  {"buenosaires", "es-419"},
                  {"cameroon", "fr-fr"},
                  {"caracas", "es-419"},
                  {"chile", "es-419"},
                  {"chuuk", "sw"},
                  {"colombia", "es-419"},
                  {"copenhagen", "da"},
                  {"croatia", "hr"},
                  {"cuba", "es-419"},
                  {"curacao", "pap"},
                  {"czech", "cs"},
                  {"dakar", "fr-fr"},
                  {"denmark", "da"},
                  {"douala", "fr-fr"},
                  {"ecuador", "es-419"},
                  {"estonia", "et"},
                  {"finland", "fi"},
                  {"germany", "de"},
                  {"guate", "es-419"}, /* "Guate", as its people call it */
                  {"guam", "es-419"}, /* Chamorro names in Spanish spelling */
                  {"funafuti", "sw"}, /* Tuvalu's: ".tv" is any video site's */
                  /* (set BH: Niue's, ".nu" a Swedish word's too;
                   * Somaliland's Somali names, no voice of its own, pure
                   * vowels; Bougainville's) */
                  {"niue", "sw"},
                  {"hargeisa", "sw"},
                  {"somaliland", "sw"},
                  {"bougainville", "sw"},
                  {"haiti", "fr-fr"},
                  {"hanoi", "vi"},
                  {"helsinki", "fi"},
                  {"honduras", "es-419"},
                  {"hungary", "hu"},
                  {"iceland", "is"},
                  {"indonesia", "id"},
                  {"istanbul", "tr"},
                  {"italy", "it"},
                  {"jakarta", "id"},
                  {"kigali", "sw"},
                  {"kiribati", "sw"}, /* set BF's Pacific names (regions) */
                  {"kinshasa", "fr-fr"},
                  {"kosovo", "sq"},
                  {"kosrae", "sw"},
                  {"lapaz", "es-419"},
                  {"latvia", "lv"},
                  {"lisbon", "pt"},
                  {"lithuania", "lt"},
                  {"ljubljana", "sl"},
                  {"luanda", "pt"},
                  {"madrid", "es"},
                  {"majuro", "sw"},
                  {"malaysia", "ms"},
                  {"marianas", "es-419"},
                  {"maseru", "sw"},
                  {"malta", "mt"},
                  {"maputo", "pt"},
                  {"mexico", "es-419"},
                  {"micronesia", "sw"},
                  {"montevideo", "es-419"},
                  {"mozambique", "pt"},
                  {"nairobi", "sw"},
                  {"nauru", "sw"},
                  {"nicaragua", "es-419"},
                  {"norway", "nb"},
                  {"oslo", "nb"},
                  {"panama", "es-419"},
                  {"paraguay", "es-419"},
                  {"peru", "es-419"},
                  {"pohnpei", "sw"},
                  {"poland", "pl"},
                  {"portauprince", "fr-fr"},
                  {"portugal", "pt"},
                  {"prague", "cs"},
                  {"prishtina", "sq"},
                  {"puertorico", "es-419"},
                  {"quisqueya", "es-419"}, /* Hispaniola's old name: Dominican */
                  {"quito", "es-419"},
                  {"reykjavik", "is"},
                  {"riga", "lv"},
                  {"romania", "ro"},
                  {"rwanda", "sw"},
                  {"saipan", "es-419"},
                  {"samoa", "sw"},
                  {"santodomingo", "es-419"},
                  {"saigon", "vi"},
                  {"saopaulo", "pt-br"},
                  {"sarajevo", "bs"},
                  {"senegal", "fr-fr"},
                  {"seychelles", "fr-fr"},
                  {"slovakia", "sk"},
                  {"slovenia", "sl"},
                  {"stockholm", "sv"},
                  {"sweden", "sv"},
                  {"tallinn", "et"},
                  {"tanzania", "sw"},
                  {"tashkent", "uz"},
                  {"timor", "pt"},
                  {"tirana", "sq"},
                  {"turkey", "tr"},
                  {"tutuila", "sw"},
                  {"tuvalu", "sw"},
                  {"uruguay", "es-419"},
                  {"vanuatu", "sw"},
                  {"venezuela", "es-419"},
                  {"vietnam", "vi"},
                  {"vilnius", "lt"},
                  {"warsaw", "pl"},
                  {"yaounde", "fr-fr"},
                  {"zagreb", "hr"}};

const char *ks_region_voice(const char *url, size_t n) {
  const char *h = url, *end = url + n, *he, *dot = NULL;
  for (const char *c = url; c + 3 <= end; c++)
    if (!memcmp(c, "://", 3)) {
      h = c + 3;
      break;
    }
  for (he = h; he < end && *he != '/' && *he != ':' && *he != '?'; he++)
    if (*he == '.')
      dot = he;
  if (!dot)
    return NULL;
  if (he - dot == 3)
    for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++)
      if (ks_to_lower((unsigned char)dot[1]) == regions[i].tld[0] &&
          ks_to_lower((unsigned char)dot[2]) == regions[i].tld[1])
        return regions[i].voice;
  /* the site's own name, past "www." and "the" */
  if (he - h > 4 && !memcmp(h, "www.", 4))
    h += 4;
  if (he - h > 3 && !memcmp(h, "the", 3))
    h += 3;
  for (size_t i = 0; i < sizeof site_names / sizeof site_names[0]; i++) {
    size_t l = strlen(site_names[i].start);
    if ((size_t)(he - h) > l && !memcmp(h, site_names[i].start, l))
      return site_names[i].voice;
  }
  return NULL;
}

/* Latin-1's small letters from U+00E0 (UTF-8's 0xC3 0xA0 on), each as
 * its plain letter ("÷" a space). */
static const char latin1_plain[] = "aaaaaaaceeeeiiiidnooooo ouuuuyty";

/* ------------------------------------------------------- the word list */

/* p[0..n) opens with a capital of Latin-1's in UTF-8 ("Ú", not "×"). */
static bool latin1_capital(const unsigned char *p, size_t n) {
  return n >= 2 && p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97;
}

/* The words, lower-cased, each ended by a NUL, in one buffer; a hash
 * set of their offsets (open addressing, 0 an empty slot). */
static char *words;
static size_t n_words_bytes;
static uint32_t *slots;
static size_t n_slots;

static uint64_t hash(const char *w, size_t n) {
  uint64_t h = 1469598103934665603u; /* FNV-1a */
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)w[i]) * 1099511628211u;
  return h;
}

static bool listed(const char *w, size_t n) {
  size_t i = (size_t)(hash(w, n) & (n_slots - 1));
  for (; slots[i]; i = (i + 1) & (n_slots - 1))
    if (!strncmp(words + slots[i], w, n) && words[slots[i] + n] == '\0')
      return true;
  return false;
}

/* Appends the file at path to words; false when it cannot be read. */
static bool read_list(const char *path) {
  FILE *f = fopen(path, "rb");
  long size;
  char *grown;
  if (!f)
    return false;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) <= 0 ||
      fseek(f, 0, SEEK_SET) != 0 ||
      !(grown = realloc(words, n_words_bytes + (size_t)size + 2))) {
    fclose(f);
    return false;
  }
  words = grown;
  if (n_words_bytes == 0)
    words[n_words_bytes++] = '\0'; /* offset 0 is no word */
  n_words_bytes += fread(words + n_words_bytes, 1, (size_t)size, f);
  words[n_words_bytes++] = '\n';
  fclose(f);
  return true;
}

/* The normaliser's own respellings of English words, capitalised first
 * in a sentence ("Ms" as "Miz", "use" as "Yooze"; src/normalize),
 * English too: taken into the set with the lists. */
static const char *const respelt[] = {
    "advokit",   "advokits",  "associet",  "attribbute", "cloce",
    "cloze",     "clozer",    "condukt",   "condukts",   "contentt",
    "contesst",  "contessts", "decreese",  "decreesiz",  "doave",
    "dooplikit", "effyuce",   "efuze",     "elabberit",  "estimayt",
    "estimayts", "expport",   "expports",  "inkreasses", "inkreese",
    "insullt",   "insullts",  "kloss",     "leed",       "liv",
    "livz",      "loce",      "loze",      "lozer",      "lyve",
    "missred",   "missus",    "miz",       "objekt",     "permitt",
    "permitts",  "prezent",   "prezents",  "proadoose",  "prodjects",
    "projeckt",  "projeckts", "protestt",  "protestts",  "rebell",
    "reckerd",   "reeboot",   "reecap",    "reecount",   "reefill",
    "reefund",   "reefunds",  "reelaunch", "reetake",    "reethink",
    "reewrite",  "rekawl",    "rekawls",   "rekord",     "rekords",
    "suspekt",   "wineds",    "wownd",     "ymport",     "ymports",
    "yoos",
    "yoosiz",    "yooss",     "yoost",     "yooz",       "yoozd",
    "yooze",     "yoozes"};
/* The English word lists: Debian's wamerican-large and wbritish-large
 * (or the system's one list, or $KISPEAK_WORDS), into the hash set. */
static void load(void) {
  const char *own = getenv("KISPEAK_WORDS");
  size_t start = 1, count = 0;
  if (own && *own) {
    read_list(own);
  } else {
    bool large = read_list("/usr/share/dict/american-english-large");
    large |= read_list("/usr/share/dict/british-english-large");
    if (!large)
      read_list("/usr/share/dict/words");
  }
  if (!words)
    return;
  for (size_t i = 0; i < sizeof respelt / sizeof respelt[0]; i++) {
    size_t l = strlen(respelt[i]);
    char *grown = realloc(words, n_words_bytes + l + 1);
    if (!grown)
      break;
    words = grown;
    memcpy(words + n_words_bytes, respelt[i], l);
    n_words_bytes += l;
    words[n_words_bytes++] = '\n';
  }
  for (size_t i = 1; i < n_words_bytes; i++)
    count += words[i] == '\n';
  for (n_slots = 1024; n_slots < count * 2; n_slots *= 2)
    ;
  slots = calloc(n_slots, sizeof *slots);
  if (!slots || n_words_bytes >= UINT32_MAX) {
    free(slots);
    slots = NULL;
    return;
  }
  for (size_t i = 1; i < n_words_bytes; i++) {
    if (words[i] != '\n' && words[i] != '\r') {
      words[i] = (char)ks_to_lower((unsigned char)words[i]);
      continue;
    }
    words[i] = '\0';
    size_t n = i - start;
    /* "Abby's": the possessive is taken off when looked up */
    if (n > 0 && !(n >= 2 && words[i - 2] == '\'' && words[i - 1] == 's') &&
        !listed(words + start, n)) {
      size_t k = (size_t)(hash(words + start, n) & (n_slots - 1));
      while (slots[k])
        k = (k + 1) & (n_slots - 1);
      slots[k] = (uint32_t)start;
    }
    start = i + 1;
  }
}

/* w[0..n) lower-cased, or a British spelling made American: "organis" to
 * "organiz", "neighbour" to "neighbor", "centre" to "center". */
static bool listed_any(const char *w, size_t n) {
  static const char *const swaps[][2] = {
      {"isations", "izations"}, {"isers", "izers"},
      {"iser", "izer"},         {"isation", "ization"},
      {"ising", "izing"},       {"ised", "ized"},
      {"ises", "izes"},         {"ise", "ize"},
      {"ours", "ors"},          {"our", "or"},
      {"oured", "ored"},        {"tres", "ters"},
      {"tre", "ter"},           {"ogue", "og"},
      {"lled", "led"},          {"lling", "ling"},
      {"yse", "yze"},           {"ence", "ense"}};
  char b[64];
  if (listed(w, n))
    return true;
  for (size_t i = 0; i < sizeof swaps / sizeof swaps[0]; i++) {
    size_t a = strlen(swaps[i][0]), z = strlen(swaps[i][1]);
    if (n <= a || n - a + z >= sizeof b || memcmp(w + n - a, swaps[i][0], a))
      continue;
    memcpy(b, w, n - a);
    memcpy(b + n - a, swaps[i][1], z);
    if (listed(b, n - a + z))
      return true;
  }
  return false;
}

/* The word lists, read once for every caller (ks_english_word and
 * ks_english_join alike): whether there are any. */
static bool words_loaded(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, load);
  return slots != NULL;
}

/* b[0..n) parts at k into two listed words of four letters or more. */
static bool listed_pair(const char *b, size_t n, size_t k) {
  return k >= 4 && n - k >= 4 && listed_any(b, k) && listed_any(b + k, n - k);
}

size_t ks_english_join(const char *w, size_t n) {
  char b[64];
  size_t best = 0;
  if (!words_loaded() || n < 8 || n >= sizeof b)
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (!ks_is_lower((unsigned char)w[i]))
      return 0;
    b[i] = w[i];
  }
  if (listed_any(b, n))
    return 0;
  /* the split whose shorter part is longest: "enterprise|services";
   * both of four letters or more, as ks_english_word's joins (not
   * "carnaval", "car" and "naval") */
  for (size_t k = 4; k + 4 <= n; k++)
    if (listed_pair(b, n, k) &&
        (best == 0 || (k < n - k ? k : n - k) >
                          (best < n - best ? best : n - best)))
      best = k;
  return best;
}

bool ks_english_word(const char *w, size_t n) {
  char b[64];
  if (!words_loaded())
    return true;
  /* the possessive off: "Kesehatan's", "Kesehatan’s" */
  if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
    n -= 2;
  else if (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4))
    n -= 4;
  if (n == 0 || n >= sizeof b)
    return true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i];
    /* Latin-1's capitals in UTF-8 ("Ú") lower-cased too */
    if (latin1_capital((const unsigned char *)w + i, n - i)) {
      b[i] = (char)c;
      b[i + 1] = (char)((unsigned char)w[i + 1] + 0x20);
      i++;
      continue;
    }
    b[i] = (char)ks_to_lower(c);
  }
  if (listed_any(b, n))
    return true;
  /* two English words joined, each of three letters or more, which the
   * word lists do not always hold: "Homestay", "Hydrometeorological"
   * (hydro, meteorological); not a name of the country's own that only
   * parts into short syllables */
  for (size_t k = 3; n >= 7 && k + 3 <= n; k++) {
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
      ascii = (unsigned char)b[i] < 0x80;
    if (!ascii)
      break;
    /* (both of four letters or more, the second no place name's ending:
     * "Turkana", "Lampung", "Wolfsburg" stay the country's) */
    static const char *const endings[] = {"berg", "burg", "dorf", "grad",
                                          "heim", "holm", "stadt", "stein"};
    bool ending = false;
    for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++)
      ending = ending || (strlen(endings[e]) == n - k &&
                          !memcmp(b + k, endings[e], n - k));
    if (!ending && listed_pair(b, n, k))
      return true;
  }
  /* a French or Portuguese letter of a word English writes without it:
   * "façade", "café" ("c", "e" ...; Latin-1's small letters only) */
  {
    char a[64];
    size_t m = 0;
    bool any = false;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)b[i];
      if (c == 0xC3 && i + 1 < n && (unsigned char)b[i + 1] >= 0xA0 &&
          (unsigned char)b[i + 1] <= 0xBF) {
        a[m++] = latin1_plain[(unsigned char)b[i + 1] - 0xA0];
        i++;
        any = true;
      } else if (c >= 0x80) {
        return false;
      } else {
        a[m++] = (char)c;
      }
    }
    return any && listed_any(a, m);
  }
}

/* ------------------------------------------------------------ names */

/* The end of a capitalised word at p that could be a name: letters (any
 * beyond ASCII too), an apostrophe's possessive; 0 when it is no such
 * word. */
static size_t name_word(const unsigned char *p, size_t n) {
  size_t i = 1, letters = 1;
  if (n == 0 || !(ks_is_upper(p[0]) || latin1_capital(p, n)))
    return 0;
  if (p[0] == 0xC3)
    i = 2;
  while (i < n) {
    /* a glottal stop's mark inside, before a small letter ("Nuku'alofa",
     * "Kolofo’ou"; not a possessive's "'s" at the end) */
    size_t q = p[i] == '\'' ? 1
               : i + 3 <= n && !memcmp(p + i, "\xE2\x80\x99", 3) ? 3
                                                                    : 0;
    if (q && i + q < n && ks_is_lower(p[i + q]) &&
        !(p[i + q] == 's' && (i + q + 1 == n || !ks_is_alnum(p[i + q + 1])))) {
      i += q;
      continue;
    }
    if (ks_is_lower(p[i])) {
      i++;
    } else if (p[i] >= 0xC3 &&
               !(p[i] == 0xE2 && i + 1 < n && p[i + 1] == 0x80)) {
      /* a letter beyond ASCII (not "’", general punctuation); a capital
       * of Latin-1's inside is a capital too */
      if (latin1_capital(p + i, n - i))
        return 0;
      for (i++; i < n && p[i] >= 0x80 && p[i] < 0xC0; i++)
        ;
    } else {
      break;
    }
    letters++;
  }
  /* a possessive's "'s" or "’s" goes with it */
  if (i + 2 <= n && p[i] == '\'' && p[i + 1] == 's' &&
      (i + 2 == n || !ks_is_alnum(p[i + 2])))
    i += 2;
  else if (i + 4 <= n && !memcmp(p + i, "\xE2\x80\x99s", 4) &&
           (i + 4 == n || !ks_is_alnum(p[i + 4])))
    i += 4;
  /* not a compound ("Moto-taxis"), a word with a capital inside
   * ("WhatsApp"), a figure's ("A15") nor a short word */
  if (letters < 3 ||
      (i < n && (p[i] == '-' || ks_is_alnum(p[i]) || p[i] == '[')))
    return 0;
  return i;
}

/* The word t[0..n) ends in a vowel, before its possessive if any. */
static bool vowel_end(const char *t, size_t n) {
  if (n >= 2 && t[n - 1] == 's' && t[n - 2] == '\'')
    n -= 2;
  else if (n >= 4 && t[n - 1] == 's' && !memcmp(t + n - 4, "\xE2\x80\x99", 3))
    n -= 4;
  return n > 0 && strchr("aeiou", ks_to_lower((unsigned char)t[n - 1]));
}

/* The rules on a name's word for the Swahili voice: its Bantu names end
 * in a vowel; Japan's romaji ones in a vowel or "n", every other consonant
 * before a vowel, a "y", an "h" ("sh", "ch"), its double or "s" after "t"
 * ("Chinen", "Ginowan", "Hokkaido"; not "Starmer", "Blinken", "Viktor");
 * Tajikistan's in a vowel or a Tajik ending ("Qurbonov", "Nazarzoda",
 * "Muminobod", "Kulob"; not "Specht", "Gazprom"). */
enum { ANY_END, VOWEL_END, ROMAJI, TAJIK, POLYNESIAN };

/* French Polynesia's Tahitian and Mangarevan names, among French ones:
 * every consonant before a vowel, "ng" the only pair, of the letters
 * those languages write ("Pukarua", "Mangareva", "Teuira"; not "Lefort",
 * "Sandrine", "Gambier", which are French and stay with English). */
static bool polynesian(const char *t, size_t n) {
  if (n >= 2 && t[n - 1] == 's' && t[n - 2] == '\'')
    n -= 2;
  for (size_t i = 0; i < n; i++) {
    char c = (char)ks_to_lower((unsigned char)t[i]), d;
    if (strchr("aeiou", c))
      continue;
    if (!ks_is_alpha((unsigned char)c) || !strchr("fghkmnprtv", c) ||
        i + 1 >= n)
      return false;
    d = (char)ks_to_lower((unsigned char)t[i + 1]);
    if (c == 'n' && d == 'g' && i + 2 < n) {
      i++;
      d = (char)ks_to_lower((unsigned char)t[i + 1]);
    }
    if (!strchr("aeiou", d))
      return false;
  }
  return true;
}

static bool romaji(const char *t, size_t n) {
  if (n >= 2 && t[n - 1] == 's' && t[n - 2] == '\'')
    n -= 2;
  for (size_t i = 0; i < n; i++) {
    char c = (char)ks_to_lower((unsigned char)t[i]), d;
    if (!ks_is_alpha((unsigned char)c))
      return false;
    if (strchr("aeiou", c) || c == 'n')
      continue;
    if (i + 1 >= n)
      return false;
    d = (char)ks_to_lower((unsigned char)t[i + 1]);
    if (!(strchr("aeiouy", d) || d == c || (d == 'h' && strchr("scj", c)) ||
          (c == 't' && d == 's')))
      return false;
  }
  return true;
}

static bool tajik_end(const char *t, size_t n) {
  static const char *const ends[] = {"ev", "iddin", "ob", "obod", "ov",
                                     "zod"};
  if (vowel_end(t, n))
    return true;
  for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
    size_t l = strlen(ends[i]);
    if (n > l + 2 && !memcmp(t + n - l, ends[i], l))
      return true;
  }
  return false;
}

static bool ending_fits(const char *t, size_t n, int rule) {
  return rule == ANY_END || (rule == VOWEL_END && vowel_end(t, n)) ||
         (rule == ROMAJI && romaji(t, n)) || (rule == TAJIK && tajik_end(t, n)) ||
         (rule == POLYNESIAN && polynesian(t, n));
}

static size_t region_name(const char *t, size_t n, int rule) {
  const unsigned char *p = (const unsigned char *)t;
  size_t end = name_word(p, n);
  if (end == 0 || ks_english_word(t, end) || !ending_fits(t, end, rule))
    return 0;
  /* the name's other words after it, none of them English */
  for (;;) {
    size_t e2;
    if (end + 1 >= n || p[end] != ' ' ||
        (e2 = name_word(p + end + 1, n - end - 1)) == 0 ||
        ks_english_word(t + end + 1, e2) ||
        !ending_fits(t + end + 1, e2, rule))
      break;
    end += 1 + e2;
  }
  return end;
}

/* The word right before t[i], one space apart, is a capitalised English one, a
 * name's first part the word lists hold ("John Ratcliffe", "Marco Rubio"): the
 * name after it is the same person's, not the site's country's. */
static bool english_name_before(const char *t, size_t i) {
  size_t e = i, b;
  if (e < 2 || t[e - 1] != ' ' || !ks_is_alpha((unsigned char)t[e - 2]))
    return false;
  e--;
  for (b = e; b > 0 && ks_is_alpha((unsigned char)t[b - 1]); b--)
    ;
  /* (a title is no name: "Prime Minister Shigeru Ishiba", "Mayor
   * Oshiro") */
  static const char *const titles[] = {
      "Ambassador", "Bishop",    "Captain",   "Chairman",     "Chancellor",
      "Chief",      "Coach",     "Colonel",   "Commissioner", "Councillor",
      "Deputy",     "Director",  "Doctor",    "Dr",           "Emperor",
      "General",    "Governor",  "Inspector", "Judge",        "Justice",
      "King",       "Leader",    "Madam",     "Major",        "Manager",
      "Mayor",      "Minister",  "Miss",      "Mr",           "Mrs",
      "Ms",         "Officer",   "President", "Prime",        "Prince",
      "Princess",   "Professor", "Queen",     "Secretary",    "Senator",
      "Sergeant",   "Speaker"};
  if (e - b < 2 || !ks_is_upper((unsigned char)t[b]) ||
      !ks_is_lower((unsigned char)t[b + 1]))
    return false;
  for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
    if (strlen(titles[k]) == e - b && !memcmp(titles[k], t + b, e - b))
      return false;
  return ks_english_word(t + b, e - b);
}

/* A nationality's adjective one to three words before t[i]: a visitor
 * from another country ("Japanese ambassador Takahiro Murata", "Italian
 * Prime Minister Meloni", "the Austrian coach Adi Hütter"), whose name is
 * not the site's country's (set BH's review). The site's own people are
 * named so too, rarely. */
static bool foreigner_before(const char *t, size_t i) {
  static const char *const nations[] = {
      "American",   "Argentine", "Australian", "Austrian", "Belgian",
      "Brazilian",  "British",   "Canadian",   "Chinese",  "Dutch",
      "English",    "French",    "German",     "Indian",   "Irish",
      "Italian",    "Japanese",  "Korean",     "Mexican",  "Nigerian",
      "Polish",     "Portuguese", "Russian",   "Scottish", "Spanish",
      "Swedish",    "Swiss",     "Turkish",    "Ukrainian", "Welsh"};
  size_t e = i;
  for (int w = 0; w < 3 && e >= 2 && t[e - 1] == ' '; w++) {
    size_t b = e - 1;
    while (b > 0 && ks_is_alpha((unsigned char)t[b - 1]))
      b--;
    if (b == e - 1)
      return false;
    for (size_t k = 0; k < sizeof nations / sizeof nations[0]; k++)
      if (strlen(nations[k]) == e - 1 - b && !memcmp(nations[k], t + b, e - 1 - b))
        return true;
    e = b;
  }
  return false;
}

size_t ks_region_name(const char *voice, const char *t, size_t at, size_t n) {
  /* (the Swahili voice's rules by the region: region.h) */
  int rule = !voice || strncmp(voice, "sw", 2)    ? ANY_END
             : !strcmp(voice, "sw/romaji")        ? ROMAJI
             : !strcmp(voice, "sw/tajik")         ? TAJIK
             : !strcmp(voice, "sw/polynesian")    ? POLYNESIAN
                                                  : VOWEL_END;
  size_t k = region_name(t + at, n - at, rule);
  return k > 0 && !english_name_before(t, at) && !foreigner_before(t, at)
             ? k
             : 0;
}

/* ------------------------------------------------- a quotation's language */

/* Little words that mark a language, none of them English nor another
 * list's (sorted): a quotation is taken for the site's language only when
 * it holds one of its own and none of the others'. The Swahili voice
 * stands in for languages it reads as written (Tok Pisin, Somali, Zulu),
 * so for it no word of its own is needed, only none of the others'. */
static const struct {
  const char *voice;
  const char *const *words;
  size_t n;
} marks[] = {
#define MARKS(v, ...)                                                          \
  {v, (const char *const[]){__VA_ARGS__},                                       \
   sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *)}
    MARKS("ca", "aquest", "aquesta", "els", "hem", "molt", "perquè", "són",
          "és"),
    MARKS("de", "auf", "das", "dem", "den", "der", "die", "für", "ich",
          "ist", "mit", "nicht", "sehr", "sind", "und", "wir"),
    MARKS("es-419", "aquí", "con", "del", "está", "hemos", "las", "los",
          "muy", "para", "pero", "por", "y"),
    MARKS("fr-fr", "au", "aux", "avec", "c'est", "dans", "des", "elle",
          "est", "et", "je", "les", "mais", "nous", "pas", "sont", "sur",
          "très", "une"),
    MARKS("it", "della", "essere", "gli", "molto", "questo", "siamo",
          "sono"),
    MARKS("ja", "arigato", "desu", "gozaimasu", "masu"),
    MARKS("nl", "een", "het", "moeten", "niet", "onze", "van", "wij",
          "zijn"),
    MARKS("pap", "bo", "ku", "nos", "ta"),
    MARKS("pt", "dos", "muito", "não", "nós", "são", "uma"),
    MARKS("sw", "katika", "kwa", "mimi", "sana", "sisi", "ya")
#undef MARKS
};

/* Whether w[0..n), folded to small letters, is in marks[i]. */
static bool marked(size_t i, const char *w, size_t n) {
  char low[24];
  if (n >= sizeof low)
    return false;
  for (size_t k = 0; k < n; k++)
    low[k] = (char)ks_to_lower((unsigned char)w[k]);
  for (size_t k = 0; k < marks[i].n; k++)
    if (strlen(marks[i].words[k]) == n && !memcmp(marks[i].words[k], low, n))
      return true;
  return false;
}

bool ks_region_quotation(const char *voice, const char *t, size_t n) {
  size_t count = 0, english = 0, own = 0, other = 0, mine = SIZE_MAX;
  /* (not a voice's rule for names alone, "sw/romaji": its words are
   * names' spellings) */
  if (!voice || strchr(voice, '/'))
    return false;
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (!strcmp(marks[i].voice, voice))
      mine = i;
  for (size_t k = 0; k < n;) {
    size_t b = k;
    while (k < n && (ks_is_alpha((unsigned char)t[k]) ||
                     (unsigned char)t[k] >= 0x80 || t[k] == '\''))
      k++;
    if (k > b) {
      bool own_word = mine != SIZE_MAX && marked(mine, t + b, k - b);
      own += own_word;
      for (size_t i = 0; i < sizeof marks / sizeof marks[0] && !own_word; i++)
        if (i != mine && marked(i, t + b, k - b)) {
          other++;
          break;
        }
      if (k - b >= 2) {
        count++;
        english += !own_word && ks_english_word(t + b, k - b);
      }
    }
    if (k == b)
      k++;
  }
  /* three words or more, two in three no English word, none another
   * language's mark, and one of its own where the voice has a list (the
   * Swahili voice, a stand-in, needs none) */
  return count >= 3 && english * 3 <= count && other == 0 &&
         (own > 0 || !strcmp(voice, "sw"));
}
