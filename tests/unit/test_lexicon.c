/* test_lexicon.c - pronunciation lexicons: the format, matching, escaping,
 * and the shipped voices/en.lex.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Shared by the apply cases: a name as phonemes, a lower-case word, a
 * phrase that overlaps a shorter key, a respelling, a non-ASCII key. */
static const char lexicon[] =
    "# test lexicon\n"
    "Kyiv\t[[k'i:v]]\n"
    "Lviv  [[l@v'i:v]]   # two spaces, then a comment\n"
    "Zelensky        [[zEl'Enski]]\n"
    "Volodymyr Zelensky  [[v,O:l@d'ImIr zEl'Enski]]\n"
    "hryvnia  [[hr'Ivnj@]]\n"
    "Bakhmut  [[bA:xm'u:t]]\n"
    "Mitch    [[m'ItS]]\n"
    "Shahed   sha HED\n"
    "Ivano-Frankivsk  [[i:v,A:noUfr'A:nkIvsk]]\n"
    "Київ  [[k'i:jiw]]\n"
    "Nice  NEES\n"
    "nice  nyce\n"
    "Verkhovna Rada  [[vErx'O:vn@ r'A:d@]]\n"
    "Ng  [['IN]]\n"
    "\xC8\x9A" "epe\xC8\x99  [[ts'EpES]]\n"; /* "Țepeș" */

struct apply_case {
  const char *in, *want, *what;
};

static const struct apply_case apply_cases[] = {
    {"The capital is Kyiv today", "The capital is [[k'i:v]] today",
     "a name inside a sentence"},
    {"Kyiv", "[[k'i:v]]", "the whole text"},
    {"Kyiv is calm", "[[k'i:v]] is calm", "a key at the start"},
    {"to Kyiv", "to [[k'i:v]]", "a key at the end"},
    {"Kyiv.", "[[k'i:v]].", "punctuation needs no space"},
    {"KYIV", "[[k'i:v]]", "all capitals"},
    {"Mr Ng of NG-CDF", "Mr [['IN]] of NG-CDF",
     "a two-letter key in capitals is an initialism's"},
    {"\xC8\x9A" "epe\xC8\x99 and Tepe\xC8\x99", "[[ts'EpES]] and [[ts'EpES]]",
     "a key with a letter the normaliser writes plain matches both ways"},
    {"KyIV kyiv", "KyIV kyiv", "other casings of a capitalised key do not"},
    {"Hryvnia and HRYVNIA and hryvnia",
     "[[hr'Ivnj@]] and [[hr'Ivnj@]] and [[hr'Ivnj@]]",
     "a lower-case key also matches capitalised and in capitals"},
    {"Nice is nice", "NEES is nyce", "the key as written wins over casing"},
    {"Kyivan Kyivstar KyivX 2Kyiv Kyiv2", "Kyivan Kyivstar KyivX 2Kyiv Kyiv2",
     "only whole words"},
    {"Kyivé éKyiv", "Kyivé éKyiv", "a UTF-8 letter is part of the word"},
    {"КиївKyiv", "КиївKyiv", "so is a Cyrillic letter"},
    {"«Kyiv» “Kyiv” Kyiv—Lviv",
     "« [[k'i:v]]» “ [[k'i:v]]” [[k'i:v]]— [[l@v'i:v]]",
     "UTF-8 punctuation is a boundary; phonemes get a space before"},
    {"(Kyiv) Kyiv/Lviv", "( [[k'i:v]]) [[k'i:v]] / [[l@v'i:v]]",
     "a space before phonemes, and after them before '/'"},
    {"Kyiv's mayor", "[[k'i:vz]] mayor", "a possessive after a voiced sound"},
    {"Bakhmut's fall", "[[bA:xm'u:ts]] fall", "after a voiceless sound"},
    {"Mitch's", "[[m'ItSI#z]]", "after a sibilant"},
    {"Kyiv’s KYIV'S", "[[k'i:vz]] [[k'i:vz]]",
     "a curly apostrophe, and in capitals"},
    {"Kyiv'ska O'Kyiv", "Kyiv'ska O'Kyiv",
     "an apostrophe inside a word is not a boundary"},
    {"'Kyiv' said", "' [[k'i:v]]' said", "quotes made of apostrophes are"},
    {"Shahed's drones", "sha HED's drones",
     "a respelling keeps the possessive as written"},
    {"Volodymyr Zelensky said", "[[v,O:l@d'ImIr zEl'Enski]] said",
     "the longest phrase wins"},
    {"Volodymyr  \n Zelensky", "[[v,O:l@d'ImIr zEl'Enski]]",
     "white space inside a phrase may be any"},
    {"President Zelensky", "President [[zEl'Enski]]", "the shorter key alone"},
    {"Volodymyr Zelenskyy", "Volodymyr Zelenskyy",
     "a phrase needs its last word whole"},
    {"Verkhovna Radas", "Verkhovna Radas", "...also for the phrase"},
    {"Ivano-Frankivsk region", "[[i:v,A:noUfr'A:nkIvsk]] region",
     "a hyphenated key"},
    {"Kyiv-based", "[[k'i:v]]-based", "a hyphen after a key"},
    {"Київ", "[[k'i:jiw]]", "a non-ASCII key"},
    {"said [[x]] and ]] and [[[", "said [ [x] ] and ] ] and [ [ [",
     "text never starts phoneme mode"},
    {"[Kyiv]", "[ [[k'i:v]] ]", "a bracket beside phonemes is kept apart"},
    {"Kyiv&Lviv", "[[k'i:v]] & [[l@v'i:v]]",
     "markup never follows ]] directly"},
    {"", "", "empty text"},
};

static void test_apply(void) {
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  INT_EQ(ks_lexicon_parse(lex, lexicon, sizeof lexicon - 1, "test.lex", &err),
         KS_OK, "the test lexicon parses");
  STR_EQ(err.msg, "", "no message");
  INT_EQ(ks_lexicon_count(lex), 16, "entries (a plain twin too)");
  for (size_t i = 0; i < sizeof apply_cases / sizeof apply_cases[0]; i++) {
    const struct apply_case *c = &apply_cases[i];
    ks_buf_clear(&out);
    ks_lexicon_apply(lex, c->in, strlen(c->in), &out, NULL);
    STR_EQ(out.ptr, c->want, c->what);
  }
  /* the output is appended: an earlier word is not glued to phonemes */
  ks_buf_clear(&out);
  ks_buf_puts(&out, "in");
  ks_lexicon_apply(lex, "Kyiv", 4, &out, NULL);
  STR_EQ(out.ptr, "in [[k'i:v]]", "appends, with a space before phonemes");
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

static void test_empty(void) {
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  const char *text = "Kyiv's mayor said “no” — in Київ, 3 [x] ]";
  ks_lexicon_apply(lex, text, strlen(text), &out, NULL);
  STR_EQ(out.ptr, text, "an empty lexicon passes text through");
  ks_buf_clear(&out);
  ks_lexicon_apply(NULL, text, strlen(text), &out, NULL);
  STR_EQ(out.ptr, text, "so does none");
  ks_buf_clear(&out);
  ks_lexicon_apply(NULL, "[[k'i:v]]", 9, &out, NULL);
  STR_EQ(out.ptr, "[ [k'i:v] ]", "and still breaks up brackets");
  INT_EQ(ks_lexicon_parse(lex, "# only a comment\n\n   \n", 22, "c.lex", &err),
         KS_OK, "comments and blank lines");
  INT_EQ(ks_lexicon_count(lex), 0, "hold no entries");
  INT_EQ(ks_lexicon_count(NULL), 0, "NULL has none");
  ks_buf_free(&out);
  ks_lexicon_free(lex);
  ks_lexicon_free(NULL);
}

struct parse_case {
  const char *text, *msg;
};

/* Each is a bad file; msg is the whole message, with the line number. */
static const struct parse_case bad_cases[] = {
    {"Kyiv [[k'i:v]]\n", "bad.lex:1: expected a word or phrase, then a tab "
                         "or two spaces, then its pronunciation"},
    {"# fine\n\nKyiv\n", "bad.lex:3: expected a word or phrase, then a tab "
                         "or two spaces, then its pronunciation"},
    {"Kyiv\t[[k'i:v]\n", "bad.lex:1: phonemes are [[...]] holding printable "
                         "ASCII but no brackets, '<', '>', '&' or '\"'"},
    {"Kyiv\t[[]]\n", "bad.lex:1: phonemes are [[...]] holding printable "
                     "ASCII but no brackets, '<', '>', '&' or '\"'"},
    {"A  b\nKyiv\t[[k<i]]\n", "bad.lex:2: phonemes are [[...]] holding "
                              "printable ASCII but no brackets, '<', '>', "
                              "'&' or '\"'"},
    {"Kyiv\t[[k'i:v]] x\n", "bad.lex:1: phonemes are [[...]] holding "
                            "printable ASCII but no brackets, '<', '>', '&' "
                            "or '\"'"},
    {"Kyiv\tKeev [[x]]\n", "bad.lex:1: a respelling has no '[', ']' or '\"'"},
    {"Kyiv\tsay \"Keev\"\n", "bad.lex:1: a respelling has no '[', ']' or '\"'"},
    {"-Kyiv\tKeev\n", /* a dash opens an ending's key */
     "bad.lex:1: an ending is '-' and two to twelve small letters, then '-' "
     "and its respelling"},
    {"Kyiv'\tKeev\n",
     "bad.lex:1: a key begins and ends with a letter or digit"},
    {"Ky[iv\tKeev\n",
     "bad.lex:1: a key begins and ends with a letter or digit"},
    {"Kyiv\t\xff\n", "bad.lex:1: not UTF-8 text without control characters"},
    {"Ky\x01iv\tKeev\n",
     "bad.lex:1: not UTF-8 text without control characters"},
    {"x\r\ny\r\n", "bad.lex:1: expected a word or phrase, then a tab or two "
                   "spaces, then its pronunciation"},
};

static void test_errors(void) {
  char longkey[300];
  struct ks_buf text = KS_BUF_INIT;
  struct ks_error err;
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    struct ks_lexicon *lex = ks_lexicon_new();
    err = (struct ks_error){KS_OK, "", NULL};
    INT_EQ(ks_lexicon_parse(lex, bad_cases[i].text, strlen(bad_cases[i].text),
                            "bad.lex", &err),
           KS_ERR_VOICE, bad_cases[i].text);
    STR_EQ(err.msg, bad_cases[i].msg, bad_cases[i].text);
    ks_lexicon_free(lex);
  }
  memset(longkey, 'a', sizeof longkey);
  longkey[201] = '\0';
  ks_buf_printf(&text, "%s  x\n", longkey);
  {
    struct ks_lexicon *lex = ks_lexicon_new();
    struct ks_buf out = KS_BUF_INIT;
    INT_EQ(ks_lexicon_parse(lex, text.ptr, text.len, "long.lex", &err),
           KS_ERR_VOICE, "a key of 201 bytes");
    STR_EQ(err.msg, "long.lex:1: key longer than 200 bytes", "its message");
    longkey[200] = '\0';
    ks_buf_clear(&text);
    ks_buf_printf(&text, "%s  x\nKyiv  Keev\n", longkey);
    INT_EQ(ks_lexicon_parse(lex, text.ptr, text.len, "long.lex", &err), KS_OK,
           "a key of 200 bytes");
    INT_EQ(ks_lexicon_count(lex), 2, "two entries");
    /* a bad file leaves the lexicon as it was */
    INT_EQ(ks_lexicon_parse(lex, "Lviv  Leeveev\nbad\n", 18, "b.lex", &err),
           KS_ERR_VOICE, "a bad second file");
    INT_EQ(ks_lexicon_count(lex), 2, "adds nothing");
    ks_lexicon_apply(lex, "Lviv Kyiv", 9, &out, NULL);
    STR_EQ(out.ptr, "Lviv Keev", "not even its good lines");
    ks_buf_free(&out);
    ks_lexicon_free(lex);
  }
  ks_buf_free(&text);
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

static void test_files(void) {
  char dir[] = "/tmp/kispeak-lexicon-XXXXXX", a[128], b[128];
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  if (!mkdtemp(dir)) {
    OK(0, "mkdtemp");
    return;
  }
  snprintf(a, sizeof a, "%s/a.lex", dir);
  snprintf(b, sizeof b, "%s/b.lex", dir);
  write_file(a, "\xEF\xBB\xBFKyiv  [[k'i:v]]\nLviv  [[l@v'i:v]]\n");
  write_file(b, "# the user's own\nKyiv\tkee YEEV\r\n");
  INT_EQ(ks_lexicon_load(lex, a, &err), KS_OK, "first file");
  INT_EQ(ks_lexicon_load(lex, b, &err), KS_OK, "second file");
  INT_EQ(ks_lexicon_count(lex), 2, "a key given twice counts once");
  ks_lexicon_apply(lex, "Kyiv and Lviv", 13, &out, NULL);
  STR_EQ(out.ptr, "kee YEEV and [[l@v'i:v]]", "the later file wins");
  write_file(b, "Kyiv\t[[k'i:v]]\nLviv\n");
  INT_EQ(ks_lexicon_load(lex, b, &err), KS_ERR_VOICE, "a bad line");
  OK(strstr(err.msg, "b.lex:2: expected") != NULL, "names file and line");
  unlink(b);
  INT_EQ(ks_lexicon_load(lex, b, &err), KS_ERR_IO, "a missing file");
  OK(strstr(err.msg, "cannot read") && strstr(err.msg, "b.lex"),
     "names the file");
  unlink(a);
  rmdir(dir);
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

/* The shipped lexicon loads, is big enough, and says the names it is for. */
static void test_shipped(void) {
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  const char *text = "Zelensky met Syrskyi and Sybiha in Kyiv; Kharkiv, "
                     "Zaporizhzhia and Dnipro were hit by Shahed drones and "
                     "an Oreshnik. Klitschko's city.";
  INT_EQ(ks_lexicon_load(lex, "voices/en.lex", &err), KS_OK, "voices/en.lex");
  STR_EQ(err.msg, "", "loads without a message");
  OK(ks_lexicon_count(lex) > 40, "voices/en.lex has more than 40 entries");
  ks_lexicon_apply(lex, text, strlen(text), &out, NULL);
  OK(!strstr(out.ptr, "Kyiv") && !strstr(out.ptr, "Kharkiv") &&
         !strstr(out.ptr, "Zaporizhzhia") && !strstr(out.ptr, "Dnipro") &&
         !strstr(out.ptr, "Zelensky") && !strstr(out.ptr, "Syrskyi") &&
         !strstr(out.ptr, "Sybiha") && !strstr(out.ptr, "Shahed") &&
         !strstr(out.ptr, "Oreshnik") && !strstr(out.ptr, "Klitschko"),
     "the issue's names are all in it");
  OK(strstr(out.ptr, "[[kl'i:tSkoUz]]") != NULL, "a possessive");
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

/* Every entry of the shipped English lexicon writes its phonemes in
 * espeak-ng's English mnemonics: a letter it lacks ("Q" in "pQmp'eIoU",
 * which en-us reads as a fricative) is a slip no listener would hear as
 * meant. */
static void test_shipped_phonemes(void) {
  static const char allowed[] = "abdefghijklmnoprstuvwxyzABDEIJLNOSTUVZ"
                                "@3'#,:;-_0123456789 ";
  size_t len, bad = 0, n = 0;
  char *lex = t_read_file("voices/en.lex", &len);
  OK(lex != NULL, "voices/en.lex reads");
  for (char *line = lex; line && *line;) {
    char *nl = strchr(line, '\n'), *p, *e;
    if (nl)
      *nl = '\0';
    /* an entry's phonemes, not the comments' */
    if (*line != '#' && (p = strstr(line, "[[")) != NULL &&
        (e = strstr(p, "]]")) != NULL) {
      n++;
      for (char *c = p + 2; c < e; c++)
        if (!strchr(allowed, *c)) {
          fprintf(stderr, "  bad phoneme '%c' in %s\n", *c, line);
          bad++;
          break;
        }
    }
    line = nl ? nl + 1 : NULL;
  }
  OK(n > 1000, "the lexicon's phonemes are found");
  INT_EQ((long)bad, 0, "every entry in espeak-ng's English mnemonics");
  free(lex);
}

/* A megabyte of text against a lexicon of many keys sharing their start
 * takes well under a second (linear in the text). */
static void test_speed(void) {
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf lx = KS_BUF_INIT, text = KS_BUF_INIT, out = KS_BUF_INIT;
  clock_t t0;
  double secs;
  for (int i = 0; i < 5000; i++)
    ks_buf_printf(&lx, "Kyiv a%d  x%d\n", i, i);
  ks_buf_puts(&lx, "Kyiv  [[k'i:v]]\n");
  INT_EQ(ks_lexicon_parse(lex, lx.ptr, lx.len, "many.lex", &err), KS_OK,
         "5001 entries");
  while (text.len < 1024 * 1024)
    ks_buf_puts(&text, "Kyiv a Kyiv a1 a a a Kyiv's aaaaaaaaaaaaa ");
  t0 = clock();
  ks_lexicon_apply(lex, text.ptr, text.len, &out, NULL);
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  printf("# 1 MiB through 5001 keys: %.3f s\n", secs);
  OK(secs < 1.0, "a megabyte takes less than a second");
  OK(strncmp(out.ptr, "[[k'i:v]] a x1 a a a", 20) == 0, "and is right");
  ks_buf_free(&lx);
  ks_buf_free(&text);
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

/* A key with a straight apostrophe matches a page's curly one too. */
static void test_curly_apostrophe(void) {
  static const char text[] = "Cote d'Ivoire  [[k'oUt di:vw'A@]]\n";
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  INT_EQ(ks_lexicon_parse(lex, text, sizeof text - 1, "c.lex", &err), KS_OK,
         "parses");
  ks_lexicon_apply(lex, "in Cote d\xE2\x80\x99Ivoire and Cote d'Ivoire",
                   strlen("in Cote d\xE2\x80\x99Ivoire and Cote d'Ivoire"),
                   &out, NULL);
  ks_buf_putc(&out, '\0');
  STR_EQ(out.ptr, "in [[k'oUt di:vw'A@]] and [[k'oUt di:vw'A@]]",
         "curly and straight apostrophes alike");
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

/* An ending's entry respells the end of a capitalised word no entry
 * names; a whole entry wins, a word in small letters or too short is left,
 * and a bad ending is an error. */
static void test_endings(void) {
  static const char text[] = "-ovic  -ovitch\n"
                             "-evic\t-evitch\n"
                             "Petrovic  [[p'Etr@vItS]]\n";
  static const char *const bad[] = {"-Ovic  -ovitch\n", "-ovic  ovitch\n",
                                    "-o  -oh\n", "-ov1c  -ovitch\n"};
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;
  const char *in = "Vukovic, Kovacevic's and Petrovic; novic Ovic Vukovica";
  INT_EQ(ks_lexicon_parse(lex, text, sizeof text - 1, "e.lex", &err), KS_OK,
         "endings parse");
  ks_lexicon_apply(lex, in, strlen(in), &out, NULL);
  ks_buf_putc(&out, '\0');
  STR_EQ(out.ptr,
         "Vukovitch, Kovacevitch's and [[p'Etr@vItS]]; novic Ovic Vukovica",
         "endings respelled on names no entry holds");
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    INT_EQ(ks_lexicon_parse(lex, bad[i], strlen(bad[i]), "b.lex", &err),
           KS_ERR_VOICE, bad[i]);
  /* a later ending as long as an earlier one wins: a user's --lexicon */
  INT_EQ(ks_lexicon_parse(lex, "-ovic  -ovik\n", 13, "u.lex", &err), KS_OK,
         "a user's ending parses");
  ks_buf_clear(&out);
  ks_lexicon_apply(lex, "Vukovic", 7, &out, NULL);
  ks_buf_putc(&out, '\0');
  STR_EQ(out.ptr, "Vukovik", "the later ending of two as long wins");
  ks_buf_free(&out);
  ks_lexicon_free(lex);
}

int main(void) {
  test_endings();
  test_curly_apostrophe();
  test_apply();
  test_empty();
  test_errors();
  test_files();
  test_shipped();
  test_shipped_phonemes();
  test_speed();
  return t_summary("test_lexicon");
}
