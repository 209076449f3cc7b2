/* test_language.c - runs of text in a writing system the voice does not read.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "lang/language.h"

static const struct {
  const char *text, *base;
  const char *want; /* language, or NULL */
  size_t run;       /* bytes of the run */
} cases[] = {
    {"Слава Україні, he said", "en-us", "uk", 25},
    {"Слава Україні", "uk", NULL, 0}, /* the voice reads Cyrillic */
    {"Слава Україні", "ru", NULL, 0},
    {"Съешь ещё этих булок", "en", "ru", 37}, /* ы ё э: Russian */
    {"Київ", "en", "uk", 8},
    {"Москва", "en", "uk", 12}, /* no telling letter: Ukrainian */
    {"Αθήνα is", "en", "el", 10},
    {"서울 and", "en", "ko", 6},
    {"東京です。", "en", "ja", 12}, /* kana makes Han Japanese */
    {"北京 is", "en", "cmn", 6},
    {"hello", "en", NULL, 0},
    {"Zürich", "en", NULL, 0}, /* Latin letters are never foreign */
    {"123", "en", NULL, 0},
    {"— Київ", "en", NULL, 0}, /* a run starts at a letter */
    {"\xD0", "en", NULL, 0},   /* a cut-off sequence */
};

/* Names in Latin script with a letter of one other language (round 38):
 * the run is the name, the capitalised words after it in the same name
 * too; text is how many bytes from the start the run covers. */
static const struct {
  const char *text, *base, *want, *covers;
} names[] = {
    {"Kołodziej said", "en-us", "pl", "Kołodziej"},
    {"Paweł Nowicki said", "en", "pl", "Paweł"},
    {"Poznań Airport", "en", "pl", "Poznań"},
    {"Poznań-based firms", "en", "pl", "Poznań"},
    {"Ceauşescu said", "en", NULL, NULL}, /* ş: Romanian too */
    {"Tõnis Lukas", "en", NULL, NULL},    /* õ: Estonian too */
    {"Việt Nam Open", "en", "vi", "Việt Nam"},
    {"Kędzierzyn-Koźle, a town", "en", "pl", "Kędzierzyn-Koźle"},
    {"GIOŚ readings", "en", "pl", "GIOŚ"},
    {"Łukasz Wiśniewski and", "en", "pl", "Łukasz Wiśniewski"},
    {"Phương said", "en", "vi", "Phương"},
    {"Thủ Đức City", "en", "vi", "Thủ Đức"},
    {"Hồ Chí Minh Communist Youth Union", "en", "vi", "Hồ Chí Minh"},
    {"Nguyễn Thị Mai, 52", "en", "vi", "Nguyễn Thị Mai"},
    {"São Paulo is", "en", "pt", "São"},
    {"Pătrașcu agreed", "en", "ro", "Pătrașcu"},
    {"Văn said", "en", NULL, NULL}, /* ă: Vietnamese too */
    {"Peña won", "en", "es", "Peña"},
    {"Paweł NATO", "en", "pl", "Paweł"}, /* an initialism is no part */
    {"Professor Kołodziej", "en", NULL, NULL}, /* the title is English */
    {"café society", "en", NULL, NULL},       /* a word, not a name */
    {"Kołodziej said", "pl", NULL, NULL},     /* the voice's own */
    {"Zürich", "en", NULL, NULL},             /* ü: many languages' */
    {"Māori", "en", NULL, NULL},              /* macrons: many too */
    {"Ọládipọ̀ said", "en", NULL, NULL},        /* Yoruba's dots, marks */
    {"Ọkọnkwọ", "en", NULL, NULL},            /* a dot below alone */
};

int main(void) {
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    size_t run = 99;
    const char *got = ks_foreign_name(names[i].text, strlen(names[i].text),
                                      names[i].base, &run);
    STR_EQ(got ? got : "(none)", names[i].want ? names[i].want : "(none)",
           names[i].text);
    if (names[i].want)
      INT_EQ(run, strlen(names[i].covers), names[i].text);
  }
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t run = 99;
    const char *got = ks_foreign_run(cases[i].text, strlen(cases[i].text),
                                     cases[i].base, &run);
    STR_EQ(got ? got : "(none)", cases[i].want ? cases[i].want : "(none)",
           cases[i].text);
    if (cases[i].want)
      INT_EQ(run, cases[i].run, cases[i].text);
  }
  OK(ks_same_language("en-GB", "en"), "en-GB is en");
  OK(ks_same_language("EN", "en-us"), "case does not matter");
  OK(!ks_same_language("uk", "en"), "uk is not en");
  OK(!ks_same_language("e", "en"), "a prefix is not the language");
  return t_summary("test_language");
}
