/* test_captions.c - cues, chapters and transcript from a script's timings.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <stdlib.h>

int main(void) {
  struct ks_doc d;
  struct ks_script s;
  struct ks_voice v;
  struct ks_error err;
  struct ks_buf out = KS_BUF_INIT;
  struct ks_timing t[8];
  struct ks_timeline tl;
  enum ks_caption_format f;
  const char *text = "Dec. 3 is near. A <b> & c.\n\nHarbour works\n\nLast one.";

  INT_EQ(ks_voice_load("voices", "en", &v, &err), KS_OK, "voice");
  ks_doc_init(&d);
  ks_script_init(&s);
  INT_EQ(ks_doc_from_text(text, strlen(text), &d, &err), KS_OK, "text");
  d.blocks[1].kind = KS_BLOCK_HEADING;
  ks_buf_puts(&d.title, "Ferry line");
  ks_segment(&d, ks_lang_get("en"));
  ks_script_build(&d, ks_lang_get("en"), &v, NULL, 0, &s);
  INT_EQ(s.n_utts, 5, "headline and four sentences");
  for (size_t i = 0; i < s.n_utts; i++) { /* 2 s each, sound 0.1 s in */
    t[i].start = (uint64_t)i * 44100;
    t[i].sound = t[i].start + 2205;
    t[i].end = t[i].start + 44100;
  }
  t[2].end = t[3].sound + 100; /* runs into the next cue */
  ks_timeline_init(&tl);
  tl.rate = 22050;
  tl.utts = t;
  tl.n_utts = s.n_utts;

  OK(ks_caption_format_from_path("a.VTT", &f) && f == KS_CAPTIONS_VTT, ".vtt");
  OK(ks_caption_format_from_path("a.srt", &f) && f == KS_CAPTIONS_SRT, ".srt");
  OK(!ks_caption_format_from_path("a.txt", &f), "neither");

  ks_render_captions(&s, &tl, 1.5, KS_CAPTIONS_VTT, &out);
  OK(strncmp(out.ptr,
             "WEBVTT\n\n1\n00:00:01.600 --> 00:00:03.500\nFerry line\n",
             51) == 0,
     "a cue starts at the first sound, shifted by the jingle");
  OK(strstr(out.ptr, "Dec. 3 is near.") != NULL,
     "a cue shows the sentence as written, not as spoken");
  OK(strstr(out.ptr, "A &lt;b&gt; &amp; c.") != NULL, "markup is escaped");
  OK(strstr(out.ptr, "00:00:05.600 --> 00:00:07.599\n") != NULL,
     "a cue ends before the next one starts");
  ks_buf_clear(&out);
  ks_render_captions(&s, &tl, 0, KS_CAPTIONS_SRT, &out);
  OK(strncmp(out.ptr, "1\n00:00:00,100 --> 00:00:02,000\n", 32) == 0,
     "SubRip times use a comma");

  ks_buf_clear(&out);
  ks_render_chapters(&s, &tl, 1.5, &out);
  STR_EQ(out.ptr,
         "{\"version\":\"1.2.0\",\"chapters\":[\n"
         "  {\"startTime\":0.000,\"title\":\"Ferry line\"},\n"
         "  {\"startTime\":7.500,\"title\":\"Harbour works\"}\n]}\n",
         "chapters: the introduction at 0, then each heading");

  ks_buf_clear(&out);
  ks_render_transcript(&s, &out);
  OK(strncmp(out.ptr, "Ferry line\n\nDec. 3 is near.\n", 28) == 0,
     "the transcript is what was said, as written, paragraphs apart");
  ks_buf_clear(&out);
  ks_render_speech(&s, &out);
  OK(strncmp(out.ptr, "Ferry line\n\nDecember third is near.\n", 35) == 0,
     "the speech dump is what espeak-ng is given");
  ks_buf_free(&out);
  ks_script_free(&s);
  ks_doc_free(&d);
  return t_summary("test_captions");
}
