/* test_synth.c - espeak-ng speaks a script into a sink, with timings.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

struct count {
  size_t samples, loud;
  size_t stop_after; /* 0: never stop */
};

static enum ks_status collect(void *ctx, const int16_t *s, size_t n,
                              struct ks_error *err) {
  struct count *c = ctx;
  for (size_t i = 0; i < n; i++)
    if (s[i] > 1000 || s[i] < -1000)
      c->loud++;
  c->samples += n;
  if (c->stop_after && c->samples >= c->stop_after)
    return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped");
  return KS_OK;
}

int main(void) {
  struct ks_voice v;
  struct ks_doc d;
  struct ks_script s;
  struct ks_synth *syn = NULL;
  struct ks_error err = {KS_OK, ""};
  struct count c = {0, 0, 0};
  struct ks_sink sink = {collect, &c};
  struct ks_timing t[8];
  const char *text = "The ferry sails at noon. It is \"quiet\" today.\n\n"
                     "Second paragraph.";
  int rate;

  INT_EQ(ks_voice_load("voices", "en", &v, &err), KS_OK, "voice");
  ks_doc_init(&d);
  ks_script_init(&s);
  INT_EQ(ks_doc_from_text(text, strlen(text), &d, &err), KS_OK, "text");
  ks_segment(&d, ks_lang_get("en"));
  ks_script_build(&d, ks_lang_get("en"), &v, NULL, &s);
  INT_EQ(s.n_utts, 3, "three utterances");
  INT_EQ(ks_synth_new(&v, &syn, &err), KS_OK, "espeak-ng starts");
  if (!syn)
    return t_summary("test_synth");
  rate = ks_synth_rate(syn);
  INT_EQ(rate, 22050, "espeak-ng's rate");
  INT_EQ(ks_synth_run(syn, &s, &sink, t, &err), KS_OK, "speaks");
  OK(c.samples > (size_t)rate * 3, "several seconds of audio");
  OK(c.loud > (size_t)rate / 2, "and not silence");
  for (size_t i = 0; i < s.n_utts; i++) {
    OK(t[i].start <= t[i].sound && t[i].sound < t[i].end,
       "an utterance's sound lies inside it");
    if (i)
      OK(t[i].start >= t[i - 1].end + (size_t)rate * v.pause_sentence_ms / 1000,
         "the pause comes between utterances");
  }
  OK(t[2].start - t[1].end >= (size_t)rate * v.pause_paragraph_ms / 1000,
     "a paragraph's pause is the longer one");
  /* a sink that fails stops synthesis with its status */
  c.samples = 0;
  c.stop_after = 1000;
  INT_EQ(ks_synth_run(syn, &s, &sink, NULL, &err), KS_ERR_INTERRUPTED,
         "a failing sink stops synthesis");
  OK(c.samples < (size_t)rate, "promptly");
  ks_synth_free(syn);
  ks_synth_free(NULL);
  ks_script_free(&s);
  ks_doc_free(&d);

  INT_EQ(ks_synth_new(&v, &syn, &err), KS_ERR_SYNTH,
         "a second start in one process is refused, not hung");
  return t_summary("test_synth");
}
