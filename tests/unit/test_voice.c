/* test_voice.c - voice profiles: the shipped ones, defaults, bad lines.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <stdlib.h>
#include <unistd.h>

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

int main(void) {
  struct ks_voice v;
  struct ks_error err = {KS_OK, "", NULL};
  char dir[] = "/tmp/kispeak-voice-XXXXXX", path[128];

  INT_EQ(ks_voice_load("voices", "en", &v, &err), KS_OK, "voices/en.voice");
  STR_EQ(v.espeak, "en-us", "English is read by en-us");
  INT_EQ(v.body.rate, 175, "English rate");
  OK(v.pause_paragraph_ms > v.pause_sentence_ms &&
         v.quote.pitch != v.body.pitch,
     "a paragraph pause is longer than a sentence pause");
  INT_EQ(ks_voice_load("voices", "en-GB", &v, &err), KS_OK, "en-GB");
  OK(v.profile && v.body.rate == 175,
     "a region falls back to its language profile");
  STR_EQ(v.espeak, "en-GB", "and is spoken in the voice named (issue 14)");
  INT_EQ(ks_voice_load("voices", "en-us+f3", &v, &err), KS_OK, "a variant");
  STR_EQ(v.espeak, "en-us+f3", "a variant is kept for espeak-ng");
  STR_EQ(v.lexicon, "en.lex", "with the language's lexicon");
  INT_EQ(ks_voice_load("voices", "uk", &v, &err), KS_OK, "voices/uk.voice");
  STR_EQ(v.espeak, "uk", "Ukrainian profile");
  STR_EQ(v.lexicon, "uk.lex", "Ukrainian lexicon");
  INT_EQ(ks_voice_load("voices", "de", &v, &err), KS_OK, "voices/de.voice");
  STR_EQ(v.espeak, "de", "German profile");
  STR_EQ(v.lexicon, "de.lex", "German lexicon");
  INT_EQ(ks_voice_load("voices", "fr", &v, &err), KS_OK, "no profile");
  STR_EQ(v.espeak, "fr", "without a profile the name is an espeak-ng voice");
  OK(!v.profile, "and it says so");

  /* the introduction's words, per language (issue 14) */
  INT_EQ(ks_intro_load("voices", "de-AT", &v.intro, &err), KS_OK, "de.intro");
  STR_EQ(v.intro.by, "Von %s.", "German byline");
  STR_EQ(v.intro.and_word, "und", "German 'and'");
  STR_EQ(v.intro.months[2], "März", "German months");
  INT_EQ(ks_intro_load("voices", "uk", &v.intro, &err), KS_OK, "uk.intro");
  STR_EQ(v.intro.by_many, "Автори: %s.", "Ukrainian byline of several");
  STR_EQ(v.intro.months[7], "серпня", "months as a date has them");
  INT_EQ(ks_intro_load("voices", "fr", &v.intro, &err), KS_OK, "no table");
  STR_EQ(v.intro.by, "", "no table: English");
  INT_EQ(ks_voice_load("voices", "../x", &v, &err), KS_ERR_VOICE,
         "a path is not a voice name");

  if (!mkdtemp(dir))
    return 1;
  snprintf(path, sizeof path, "%s/t.voice", dir);
  write_file(path, "# test\nespeak = en-gb\nrate=200 # fast\n\n[headline]\n"
                   "pitch = 30\n[heading]\nrate = 150\n[quote]\npitch = 70\n");
  INT_EQ(ks_voice_load(dir, "t", &v, &err), KS_OK, "a written profile");
  STR_EQ(v.espeak, "en-gb", "espeak key");
  INT_EQ(v.body.rate, 200, "comment after a value");
  INT_EQ(v.headline.pitch, 30, "[headline] section");
  INT_EQ(v.heading.rate, 150, "[heading] section");
  INT_EQ(v.quote.pitch, 70, "[quote] section");
  INT_EQ(v.body.pitch, 50, "an unset key keeps its default");
  ks_voice_set_rate(&v, 300);
  INT_EQ(v.body.rate, 300, "set_rate sets the body's rate");
  INT_EQ(v.heading.rate, 225, "and keeps a heading's pace relative to it");
  write_file(path, "[quote]\nrate = 200\n");
  INT_EQ(ks_voice_load(dir, "t", &v, &err), KS_ERR_VOICE,
         "a quotation has the body's rate: no rate of its own");
  write_file(path, "espeak = en\nrate = 2000\n");
  INT_EQ(ks_voice_load(dir, "t", &v, &err), KS_ERR_VOICE, "rate out of range");
  OK(strstr(err.msg, "t.voice:2:") != NULL, "the message names file and line");
  snprintf(path, sizeof path, "%s/xx.intro", dir);
  write_file(path, "by = Par %s.\nmonths = a b c\n");
  INT_EQ(ks_intro_load(dir, "xx", &v.intro, &err), KS_ERR_VOICE,
         "twelve months or none");
  OK(strstr(err.msg, "xx.intro:2:") != NULL, "the message names the line");
  STR_EQ(v.intro.by, "", "a bad table leaves English");
  unlink(path);
  snprintf(path, sizeof path, "%s/t.voice", dir);
  write_file(path, "colour = blue\n");
  INT_EQ(ks_voice_load(dir, "t", &v, &err), KS_ERR_VOICE, "unknown key");
  write_file(path, "[chorus]\n");
  INT_EQ(ks_voice_load(dir, "t", &v, &err), KS_ERR_VOICE, "unknown section");
  unlink(path);
  rmdir(dir);
  return t_summary("test_voice");
}
