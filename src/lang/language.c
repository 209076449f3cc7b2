/* language.c - the language of a run of text, from its writing system.
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng's English voice spells out a Cyrillic word letter by letter
 * ("Es El a Ve a"); spoken with the Ukrainian voice it is a word. A writing
 * system is a strong, cheap clue to a language, and all this needs is the
 * Unicode block of each letter, so it is written here rather than pulled in
 * from ICU.
 */
#include "language.h"
#include "ascii.h"
#include "utf8.h"

#include <string.h>

enum writing {
  W_NONE, /* not a letter: space, digit, punctuation */
  W_LATIN,
  W_CYRILLIC,
  W_GREEK,
  W_ARMENIAN,
  W_HEBREW,
  W_ARABIC,
  W_DEVANAGARI,
  W_THAI,
  W_GEORGIAN,
  W_HANGUL,
  W_KANA,
  W_HAN,
  W_OTHER /* a letter of a system not listed: left to the voice */
};

// A code point, or U+FFFD for an ill-formed sequence.
static uint32_t next_cp(const unsigned char *p, size_t n, size_t *len) {
  uint32_t cp;
  *len = ks_utf8_decode((const char *)p, n, &cp);
  return cp == KS_UTF8_BAD ? 0xFFFD : cp;
}

static enum writing writing_of(uint32_t c) {
  if ((c < 0x80 && ks_is_alpha((int)c)) ||
      (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
      (c >= 0x1E00 && c <= 0x1EFF))
    return W_LATIN;
  if (c < 0x80 || (c >= 0x2000 && c <= 0x2BFF) ||
      (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF20) ||
      c == 0xFFFD || (c >= 0x80 && c < 0xC0))
    return W_NONE;
  if ((c >= 0x400 && c <= 0x52F) || (c >= 0x1C80 && c <= 0x1C8F) ||
      (c >= 0x2DE0 && c <= 0x2DFF) || (c >= 0xA640 && c <= 0xA69F))
    return W_CYRILLIC;
  if ((c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF))
    return W_GREEK;
  if (c >= 0x530 && c <= 0x58F)
    return W_ARMENIAN;
  if (c >= 0x590 && c <= 0x5FF)
    return W_HEBREW;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F))
    return W_ARABIC;
  if (c >= 0x900 && c <= 0x97F)
    return W_DEVANAGARI;
  if (c >= 0xE00 && c <= 0xE7F)
    return W_THAI;
  if (c >= 0x10A0 && c <= 0x10FF)
    return W_GEORGIAN;
  if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
      (c >= 0x3130 && c <= 0x318F))
    return W_HANGUL;
  if (c >= 0x3040 && c <= 0x30FF)
    return W_KANA;
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
    return W_HAN;
  return W_OTHER;
}

static const struct {
  const char *lang; /* primary subtag */
  enum writing w;
} natives[] = {
    {"uk", W_CYRILLIC},   {"ru", W_CYRILLIC},   {"be", W_CYRILLIC},
    {"bg", W_CYRILLIC},   {"sr", W_CYRILLIC},   {"mk", W_CYRILLIC},
    {"kk", W_CYRILLIC},   {"ky", W_CYRILLIC},   {"tt", W_CYRILLIC},
    {"el", W_GREEK},      {"hy", W_ARMENIAN},   {"he", W_HEBREW},
    {"ar", W_ARABIC},     {"fa", W_ARABIC},     {"ur", W_ARABIC},
    {"hi", W_DEVANAGARI}, {"mr", W_DEVANAGARI}, {"ne", W_DEVANAGARI},
    {"th", W_THAI},       {"ka", W_GEORGIAN},   {"ko", W_HANGUL},
    {"ja", W_KANA},       {"zh", W_HAN},        {"cmn", W_HAN},
    {"yue", W_HAN},
};

bool ks_same_language(const char *a, const char *b) {
  size_t n = strcspn(a, "-_+"), m = strcspn(b, "-_+");
  if (n != m)
    return false;
  return ks_mem_eq_ci(a, b, n);
}

static enum writing native_of(const char *base) {
  for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
    if (ks_same_language(base, natives[i].lang))
      return natives[i].w;
  return W_LATIN;
}

/* Which language speaks a run of Cyrillic: letters only Ukrainian has
 * (і ї є ґ) or only Russian has (ы э ё ъ) decide; without either, Ukrainian,
 * the language kispeak's news is most often quoting. */
static const char *cyrillic_language(const unsigned char *p, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    unsigned a = p[i], b = p[i + 1];
    if ((a == 0xD1 && (b == 0x96 || b == 0x97 || b == 0x94)) ||
        (a == 0xD0 && (b == 0x86 || b == 0x87 || b == 0x84)) ||
        (a == 0xD2 && (b == 0x91 || b == 0x90)))
      return "uk";
    if ((a == 0xD1 && (b == 0x8B || b == 0x8D || b == 0x91 || b == 0x8A)) ||
        (a == 0xD0 && (b == 0xAB || b == 0xAD || b == 0x81 || b == 0xAA)))
      return "ru";
  }
  return "uk";
}

const char *ks_foreign_run(const char *t, size_t n, const char *base,
                           size_t *run) {
  const unsigned char *p = (const unsigned char *)t;
  size_t len, i = 0, end = 0;
  enum writing w, native = native_of(base);
  bool kana = false;

  *run = 0;
  if (n == 0)
    return NULL;
  w = writing_of(next_cp(p, n, &len));
  if (w == W_NONE || w == W_LATIN || w == W_OTHER || w == native)
    return NULL;
  /* extend over letters of the same system and what lies between them */
  while (i < n) {
    enum writing x = writing_of(next_cp(p + i, n - i, &len));
    if (x == W_KANA)
      kana = true;
    if (x == w || (w == W_HAN && x == W_KANA) || (w == W_KANA && x == W_HAN))
      end = i + len;
    else if (x != W_NONE)
      break;
    i += len;
  }
  *run = end;
  switch (w) {
  case W_CYRILLIC:
    return cyrillic_language(p, end);
  case W_GREEK:
    return "el";
  case W_ARMENIAN:
    return "hy";
  case W_HEBREW:
    return "he";
  case W_ARABIC:
    return "ar";
  case W_DEVANAGARI:
    return "hi";
  case W_THAI:
    return "th";
  case W_GEORGIAN:
    return "ka";
  case W_HANGUL:
    return "ko";
  case W_KANA:
    return "ja";
  case W_HAN:
    return kana ? "ja" : "cmn";
  default:
    *run = 0;
    return NULL;
  }
}

/* Letters that only one language among those espeak-ng speaks writes in
 * Latin script, most telling first (Vietnamese's own before the "ã" it
 * shares with Portuguese). Left out as shared: macrons (Māori, Latvian),
 * "ă" (Romanian, Vietnamese), "ş" with a cedilla (Turkish, and Romanian
 * as many sites type it), "õ" (Portuguese, Estonian), a capital "Ð"
 * (Icelandic, and Vietnamese's "Đ" on older sites). */
static const char *latin_letter_language(uint32_t c) {
  /* (a vowel with a dot below alone, ạ ẹ ị ọ ụ ỵ, is Yoruba's and Igbo's
   * too: not telling) */
  if (((c >= 0x1EA0 && c <= 0x1EF9) && c != 0x1EA0 && c != 0x1EA1 &&
       c != 0x1EB8 && c != 0x1EB9 && c != 0x1ECA && c != 0x1ECB &&
       c != 0x1ECC && c != 0x1ECD && c != 0x1EE4 && c != 0x1EE5 &&
       c != 0x1EF4 && c != 0x1EF5) ||
      c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0)
    return "vi"; /* ả ấ ... ơ ư */
  switch (c) {
  case 0x104: case 0x105: case 0x118: case 0x119: /* Ą ą Ę ę */
  case 0x141: case 0x142: case 0x15A: case 0x15B: /* Ł ł Ś ś */
  case 0x179: case 0x17A: case 0x17B: case 0x17C: /* Ź ź Ż ż */
  case 0x143: case 0x144:                         /* Ń ń */
    return "pl";
  case 0x218: case 0x219: case 0x21A: case 0x21B: /* Ș ș Ț ț */
  case 0x162: case 0x163:                         /* Ţ ţ, typed so */
    return "ro";
  case 0x158: case 0x159: case 0x11A: case 0x11B: /* Ř ř Ě ě */
  case 0x16E: case 0x16F:                         /* Ů ů */
    return "cs";
  case 0x11E: case 0x11F: case 0x130: case 0x131: /* Ğ ğ İ ı */
    return "tr";
  case 0xC3: case 0xE3:                           /* Ã ã */
    return "pt";
  case 0x150: case 0x151: case 0x170: case 0x171: /* Ő ő Ű ű */
    return "hu";
  case 0xF0: case 0xDE: case 0xFE:               /* ð Þ þ */
    return "is";
  case 0xD1: case 0xF1:                           /* Ñ ñ */
    return "es";
  default:
    return NULL;
  }
}

/* The end of the word at p[0..n): letters of any script and the hyphens
 * and apostrophes between them ("Kędzierzyn-Koźle"). */
static size_t word_end(const unsigned char *p, size_t n) {
  size_t i = 0, len;
  while (i < n) {
    uint32_t c = next_cp(p + i, n - i, &len);
    if (writing_of(c) == W_NONE && !(c < 0x80 && ks_is_alpha((int)c))) {
      /* (a hyphen only before a capital: "Kędzierzyn-Koźle", not
       * "Poznań-based") */
      if ((c == '-' || c == '\'') && i + len < n && i > 0) {
        uint32_t d = next_cp(p + i + len, n - i - len, &len);
        if (writing_of(d) != W_NONE && writing_of(d) != W_OTHER &&
            (c == '\'' || (d < 0x80 ? ks_is_upper((int)d) : d < 0x250))) {
          i += 1;
          continue;
        }
      }
      break;
    }
    i += len;
  }
  return i;
}

const char *ks_foreign_name(const char *t, size_t n, const char *base,
                            size_t *run) {
  const unsigned char *p = (const unsigned char *)t;
  const char *lang = NULL;
  size_t end, i, len;
  *run = 0;
  if (n == 0 || !(ks_is_upper(p[0]) || p[0] >= 0xC0))
    return NULL; /* a name, capitalised */
  /* (most words are ASCII: done with them before anything else) */
  for (i = 0; i < n && p[i] < 0x80 && (ks_is_alpha(p[i]) || p[i] == '-');
       i++)
    ;
  if (i == n || p[i] < 0x80 || native_of(base) != W_LATIN)
    return NULL;
  end = word_end(p, n);
  if (end == 0)
    return NULL;
  for (i = 0; i < end && !lang; i += len)
    lang = latin_letter_language(next_cp(p + i, end - i, &len));
  /* (a combining mark or "ṣ" makes it Yoruba's, "Adébáyọ̀", which no
   * voice here speaks) */
  for (i = 0; i < end && lang; i += len) {
    uint32_t c = next_cp(p + i, end - i, &len);
    if ((c >= 0x300 && c <= 0x36F) || c == 0x1E62 || c == 0x1E63)
      lang = NULL;
  }
  if (!lang || ks_same_language(lang, base))
    return NULL;
  /* the capitalised words right after it in the same name: those with a
   * letter of the language ("Łukasz Wiśniewski"), and a short one in
   * Vietnamese, whose syllables are ("Nguyễn Thị Mai"); never an English
   * word of places, bodies and days ("Thủ Đức City", "Hồ Chí Minh
   * Communist Youth Union", "Việt Nam Open") */
  static const char *const english[] = {
      "Advisory", "Airport", "Avenue",   "Bank",     "Bay",    "Bridge",
      "City",     "Club",    "College",  "Council",  "County", "Cup",
      "District", "Friday",  "Group",    "Hall",     "Hospital", "Island",
      "Lake",     "Market",  "Ministry", "Monday",   "Open",   "Park",
      "Port",     "Province", "River",   "Road",     "Saturday", "School",
      "Square",   "Station", "Street",   "Sunday",   "Thursday", "Tuesday",
      "Union",    "University", "Valley", "Wednesday"};
  while (end + 1 < n && p[end] == ' ' &&
         (ks_is_upper(p[end + 1]) || p[end + 1] >= 0xC0)) {
    const unsigned char *w = p + end + 1;
    size_t e2 = word_end(w, n - end - 1), letters = 0;
    const char *other = NULL;
    bool lower = false, listed = false;
    if (e2 < 2)
      break;
    for (i = 0; i < e2; i += len) {
      const char *l = latin_letter_language(next_cp(w + i, e2 - i, &len));
      other = other ? other : l;
      letters++;
    }
    if (other && strcmp(other, lang))
      break;
    /* (all in capitals: an initialism, "GIOŚ" aside, is no name's part) */
    for (i = 0; i < e2 && !lower; i++)
      lower = ks_is_lower(w[i]);
    for (i = 0; i < sizeof english / sizeof english[0] && !listed; i++)
      listed = strlen(english[i]) == e2 && !memcmp(english[i], w, e2);
    /* (not the name's last word alone, "Paweł Nowicki": English often
     * enough, "Poznań Airport") */
    if (!lower || listed || !(other || (!strcmp(lang, "vi") && letters <= 4)))
      break;
    end += 1 + e2;
  }
  *run = end;
  return lang;
}
