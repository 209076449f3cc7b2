/* test_script.c - the introduction, roles, pauses and order of an episode.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

static const char *utt(const struct ks_script *s, size_t i, char *out,
                       size_t size) {
  snprintf(out, size, "%.*s", (int)s->utts[i].speech.len,
           s->speech.ptr + s->utts[i].speech.off);
  return out;
}

int main(void) {
  struct ks_doc d;
  struct ks_script s;
  struct ks_voice v;
  struct ks_error err;
  char tmp[512];
  const char *body = "First paragraph. It has two sentences.\n\nSecond one.";

  INT_EQ(ks_voice_load("voices", "en", &v, &err), KS_OK, "English voice");
  ks_doc_init(&d);
  ks_script_init(&s);
  INT_EQ(ks_doc_from_text(body, strlen(body), &d, &err), KS_OK, "body");
  ks_buf_puts(&d.title, "Ferry line opens");
  ks_doc_add_author(&d, "Ana Silva", 9);
  ks_doc_add_author(&d, "Tom Reed", 8);
  ks_doc_add_author(&d, "Li Wei", 6);
  ks_buf_puts(&d.published, "2024-12-03T06:17:00+02:00");
  ks_segment(&d, ks_lang_get("en"));
  INT_EQ(d.n_sents, 3, "three sentences");
  ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
  INT_EQ(s.n_utts, 6, "headline, byline, date and three sentences");
  if (s.n_utts == 6) {
    INT_EQ(s.utts[0].role, KS_ROLE_HEADLINE, "the headline comes first");
    STR_EQ(utt(&s, 0, tmp, sizeof tmp), "Ferry line opens", "headline");
    STR_EQ(utt(&s, 1, tmp, sizeof tmp), "By Ana Silva, Tom Reed and Li Wei.",
           "authors are joined as a person would say them");
    OK(strncmp(utt(&s, 2, tmp, sizeof tmp), "December", 8) == 0,
       "the date is spoken as a date");
    OK(strstr(tmp, "2024") || strstr(tmp, "twenty"), "with its year");
    OK(s.utts[2].para_end, "the introduction is a paragraph of its own");
    INT_EQ(s.utts[2].pause_ms, v.pause_intro_ms, "a pause after the intro");
    INT_EQ(s.utts[3].pause_ms, v.pause_sentence_ms, "a sentence pause");
    INT_EQ(s.utts[4].pause_ms, v.pause_paragraph_ms, "a paragraph pause");
    OK(s.utts[4].para_end && !s.utts[3].para_end, "paragraph ends are marked");
    INT_EQ(s.utts[5].sentence, 2, "utterances point back to their sentence");
    STR_EQ(utt(&s, 5, tmp, sizeof tmp), "Second one.", "body in order");
  }
  ks_script_free(&s);
  ks_doc_free(&d);

  /* an article about cricket reads a score as runs for wickets in every
   * sentence; another article reads it as a fraction, and the page's own
   * dateline and byline replace the ones made from the metadata */
  {
    static const char *const texts[] = {
        "India lost three wickets in six overs, a wicket an over. They were "
        "141/5 at tea.",
        "The recipe needs 141/5 of a cup.",
        "The striker scored twice and the goalkeeper saved a penalty. It "
        "ended in a 2-0 win.",
        "The Celtics had the better second half. It ended in a 2-0 win."};
    static const char *const want[] = {"one hundred-and-forty-one for five",
                                       "one hundred forty-one fifths",
                                       "two nil win", "two to zero win"};
    for (size_t k = 0; k < 4; k++) {
      ks_doc_init(&d);
      ks_script_init(&s);
      INT_EQ(ks_doc_from_text(texts[k], strlen(texts[k]), &d, &err), KS_OK,
             "text");
      ks_segment(&d, ks_lang_get("en"));
      ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
      OK(s.n_utts > 0 &&
             strstr(utt(&s, s.n_utts - 1, tmp, sizeof tmp), want[k]),
         want[k]);
      ks_script_free(&s);
      ks_doc_free(&d);
    }
    /* the site's country: its papers' currency letter, and dates in
     * figures day first (not on a ".com") */
    {
      static const char *const urls[] = {"https://news.example.com.pg/a",
                                         "https://news.example.com/a"};
      static const char *const wants[][2] = {
          {"two point three million kina", "the eleventh of March"},
          {"K two point three million", "November third"}};
      const char *t = "Visitors spent K2.3 million at the festival on "
                      "11/03/25.";
      for (size_t k = 0; k < 2; k++) {
        ks_doc_init(&d);
        ks_script_init(&s);
        INT_EQ(ks_doc_from_text(t, strlen(t), &d, &err), KS_OK, "text");
        ks_buf_puts(&d.url, urls[k]);
        ks_segment(&d, ks_lang_get("en"));
        ks_script_build(&d, ks_lang_get("en"), &v, NULL, KS_SCRIPT_NO_INTRO,
                        &s);
        OK(s.n_utts > 0 && strstr(utt(&s, s.n_utts - 1, tmp, sizeof tmp),
                                  wants[k][0]),
           wants[k][0]);
        OK(s.n_utts > 0 && strstr(tmp, wants[k][1]), wants[k][1]);
        ks_script_free(&s);
        ks_doc_free(&d);
      }
    }
    ks_doc_init(&d);
    ks_script_init(&s);
    INT_EQ(ks_doc_from_text("Only this.", 10, &d, &err), KS_OK, "text");
    ks_buf_puts(&d.title, "Ferry line opens");
    ks_doc_add_author(&d, "Ana Silva", 9);
    ks_buf_puts(&d.byline, "By Ana Silva, Transport correspondent");
    ks_buf_puts(&d.published, "2024-12-03T06:17:00+02:00");
    ks_buf_puts(&d.dateline, "Updated December 3, 2024 6:17 AM");
    ks_buf_puts(&d.standfirst, "The 4km bridge takes ten minutes to cross");
    ks_segment(&d, ks_lang_get("en"));
    ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
    OK(s.n_utts == 5, "headline, byline, dateline, standfirst, sentence");
    if (s.n_utts == 5) {
      STR_EQ(utt(&s, 1, tmp, sizeof tmp),
             "By Ana Silva, Transport correspondent.", "the page's byline");
      OK(strstr(utt(&s, 2, tmp, sizeof tmp), "Updated December third") != NULL,
         "the page's dateline, read");
      STR_EQ(utt(&s, 3, tmp, sizeof tmp),
             "The four kilometer bridge takes ten minutes to cross.",
             "the standfirst, read, after the dateline");
      OK(s.utts[3].para_end, "the standfirst ends the introduction");
    }
    ks_script_free(&s);
    ks_doc_free(&d);
    /* figures either way round in the dateline: the stamp says which */
    {
      static const char *const cases[][3] = {
          {"2017-04-06", "04/06/2017", "April sixth"},
          {"2017-06-04", "04/06/2017", "fourth of June"},
          {"2017-06-04", "04.06.2017", "fourth of June"}};
      for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ks_doc_init(&d);
        ks_script_init(&s);
        INT_EQ(ks_doc_from_text("Only this.", 10, &d, &err), KS_OK, "text");
        ks_buf_puts(&d.title, "Ferry line opens");
        ks_buf_puts(&d.published, cases[k][0]);
        ks_buf_puts(&d.dateline, cases[k][1]);
        ks_segment(&d, ks_lang_get("en"));
        ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
        OK(s.n_utts == 3 &&
               strstr(utt(&s, 1, tmp, sizeof tmp), cases[k][2]) != NULL,
           cases[k][2]);
        ks_script_free(&s);
        ks_doc_free(&d);
      }
    }
    /* a standfirst of two sentences is read as two, each by its own
     * context, the second ending the introduction */
    ks_doc_init(&d);
    ks_script_init(&s);
    INT_EQ(ks_doc_from_text("Only this.", 10, &d, &err), KS_OK, "text");
    ks_buf_puts(&d.title, "Ferry line opens");
    ks_buf_puts(&d.standfirst, "The bridge opened late on Friday. The "
                               "ferry lost 11 of its 40 crossings");
    ks_segment(&d, ks_lang_get("en"));
    ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
    OK(s.n_utts == 4, "headline, two sentences of standfirst, sentence");
    if (s.n_utts == 4) {
      STR_EQ(utt(&s, 1, tmp, sizeof tmp), "The bridge opened late on Friday.",
             "the standfirst's first sentence");
      STR_EQ(utt(&s, 2, tmp, sizeof tmp),
             "The ferry lost eleven of its forty crossings.",
             "its second, with its stop");
      OK(!s.utts[1].para_end && s.utts[2].para_end,
         "the second ends the introduction");
    }
    ks_script_free(&s);
    ks_doc_free(&d);
    /* a standfirst the body opens with is said once */
    ks_doc_init(&d);
    ks_script_init(&s);
    {
      static const char *const two = "The crossing takes ten minutes and "
                                     "costs two pounds. Only this.";
      INT_EQ(ks_doc_from_text(two, strlen(two), &d, &err), KS_OK, "text");
    }
    ks_buf_puts(&d.title, "Ferry line opens");
    ks_buf_puts(&d.standfirst, "The crossing takes ten minutes and costs two "
                               "pounds");
    ks_segment(&d, ks_lang_get("en"));
    ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
    INT_EQ(s.n_utts, 3, "headline and the body's two sentences");
    ks_script_free(&s);
    ks_doc_free(&d);
  }

  /* plain text has no metadata: no introduction at all */
  ks_doc_init(&d);
  ks_script_init(&s);
  INT_EQ(ks_doc_from_text("Only this.", 10, &d, &err), KS_OK, "text");
  ks_segment(&d, ks_lang_get("en"));
  ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
  INT_EQ(s.n_utts, 1, "no introduction without metadata");
  ks_script_free(&s);
  ks_doc_free(&d);

  /* the introduction in the article's language, from voices/de.intro and
   * voices/uk.intro, said by that language's rules (issue 14) */
  {
    static const struct {
      const char *lang, *body, *by, *date;
    } cases[] = {{"de", "Am 9. November kam er.", "Von Ana Silva und Tom Reed.",
                  "dritter Dezember 2024."},
                 {"uk", "Це сталося у 1991 р.",
                  "Автори: Ana Silva та Tom Reed.",
                  "третього грудня дві тисячі двадцять четвертого року."}};
    for (size_t k = 0; k < 2; k++) {
      const struct ks_lang *lang = ks_lang_get(cases[k].lang);
      ks_doc_init(&d);
      ks_script_init(&s);
      INT_EQ(ks_voice_load("voices", cases[k].lang, &v, &err), KS_OK, "voice");
      INT_EQ(ks_intro_load("voices", cases[k].lang, &v.intro, &err), KS_OK,
             "intro table");
      INT_EQ(ks_doc_from_text(cases[k].body, strlen(cases[k].body), &d, &err),
             KS_OK, "body");
      ks_buf_puts(&d.title, "Titel");
      ks_doc_add_author(&d, "Ana Silva", 9);
      ks_doc_add_author(&d, "Tom Reed", 8);
      ks_buf_puts(&d.published, "2024-12-03T06:17:00+02:00");
      ks_segment(&d, lang);
      ks_script_build(&d, lang, &v, NULL, 0, &s);
      INT_EQ(s.n_utts, 4, "headline, byline, date, one sentence");
      if (s.n_utts == 4) {
        STR_EQ(utt(&s, 1, tmp, sizeof tmp), cases[k].by, cases[k].lang);
        STR_EQ(utt(&s, 2, tmp, sizeof tmp), cases[k].date, cases[k].lang);
        OK(!strstr(utt(&s, 3, tmp, sizeof tmp), "nine") &&
               !strstr(tmp, "nineteen"),
           "no English rule in the body");
      }
      ks_script_free(&s);
      ks_doc_free(&d);
    }
  }
  return t_summary("test_script");
}
