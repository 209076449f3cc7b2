/* test_audio.c - the signal path: level, limit, resample, into a sink.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <math.h>
#include <stdlib.h>

struct got {
  size_t frames;
  int channels;
  float most;
  bool same; /* every frame's channels equal */
};

static enum ks_status take(void *ctx, const float *f, size_t n,
                           struct ks_error *err) {
  struct got *g = ctx;
  (void)err;
  for (size_t i = 0; i < n * (size_t)g->channels; i++)
    if (fabsf(f[i]) > g->most)
      g->most = fabsf(f[i]);
  for (size_t i = 0; g->channels == 2 && i < n; i++)
    if (f[2 * i] != f[2 * i + 1])
      g->same = false;
  g->frames += n;
  return KS_OK;
}

/* Speech-like test signal: 8 kHz-wide noise in syllable bursts, some of
 * them loud enough to need limiting once brought to -16 LUFS. */
static void speechlike(int16_t *pcm, size_t n, int rate) {
  unsigned seed = 12345;
  for (size_t i = 0; i < n; i++) {
    double t = (double)i / rate;
    double env = 0.5 + 0.5 * sin(2 * 3.14159265 * 4 * t); /* 4 syllables/s */
    double loud = (i / (size_t)rate) % 5 == 0 ? 1.0 : 0.35;
    seed = seed * 1103515245u + 12345u;
    pcm[i] = (int16_t)(((int)(seed >> 16) % 20000 - 10000) * env * loud);
  }
}

static void run(int channels, int rate, struct got *g,
                struct ks_audio_stats *st) {
  struct ks_audio_opts o = {rate, channels, true, -16.0, -1.5, true};
  struct ks_audio *a = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_frame_sink sink = {take, g};
  size_t n = 22050 * 30;
  int16_t *pcm = malloc(n * sizeof *pcm);
  memset(g, 0, sizeof *g);
  g->channels = channels;
  g->same = true;
  speechlike(pcm, n, 22050);
  INT_EQ(ks_audio_new(&o, &a, &err), KS_OK, "start");
  INT_EQ(ks_audio_segment(a, 22050, &err), KS_OK, "a segment at 22050 Hz");
  {
    enum ks_status added = KS_OK;
    for (size_t i = 0; i < n && added == KS_OK; i += 1000)
      added = ks_audio_add(a, pcm + i, n - i < 1000 ? n - i : 1000, &err);
    INT_EQ(added, KS_OK, "30 s added in blocks of 1000 samples");
  }
  OK(fabs(ks_audio_seconds(a) - 30.0) < 1e-9, "30 s were added");
  INT_EQ(ks_audio_finish(a, &sink, &err), KS_OK, "finish");
  *st = *ks_audio_stats(a);
  ks_audio_free(a);
  free(pcm);
}

/* Adds n samples in blocks of 1000, as synthesis does. */
static void add_all(struct ks_audio *a, const int16_t *pcm, size_t n,
                    const char *what) {
  enum ks_status added = KS_OK;
  struct ks_error err = {KS_OK, "", NULL};
  for (size_t i = 0; i < n && added == KS_OK; i += 1000)
    added = ks_audio_add(a, pcm + i, n - i < 1000 ? n - i : 1000, &err);
  INT_EQ(added, KS_OK, what);
}

/* Pass two streamed during pass one: a 2 s jingle at 44.1 kHz, then
 * 60 s of speech-like sound at 22050 Hz, its first `split` seconds scaled
 * by `first` and the rest by `later`. Returns whether the stream was
 * kept; when it was not, pass two is run again into a fresh sink, as the
 * caller of the library must. */
static bool stream(bool loudness, double first, double later, size_t split,
                   struct got *g, struct ks_audio_stats *st) {
  struct ks_audio_opts o = {44100, 1, loudness, -16.0, -1.5, true};
  struct ks_audio *a = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_frame_sink sink = {take, g};
  size_t n = 22050 * 60, nj = 44100 * 2;
  int16_t *pcm = malloc(n * sizeof *pcm), *jingle = malloc(nj * sizeof *jingle);
  bool kept = false;
  memset(g, 0, sizeof *g);
  g->channels = 1;
  speechlike(pcm, n, 22050);
  for (size_t i = 0; i < n; i++)
    pcm[i] = (int16_t)(pcm[i] * (i < 22050 * split ? first : later));
  for (size_t i = 0; i < nj; i++)
    jingle[i] = (int16_t)(8000 * sin(2 * 3.14159265 * 440 * (double)i / 44100));
  INT_EQ(ks_audio_new(&o, &a, &err), KS_OK, "stream: start");
  INT_EQ(ks_audio_stream(a, &sink, &err), KS_OK, "stream: pass two streams");
  INT_EQ(ks_audio_segment(a, 44100, &err), KS_OK, "stream: a jingle");
  add_all(a, jingle, nj, "stream: the jingle added");
  INT_EQ(ks_audio_segment(a, 22050, &err), KS_OK, "stream: the speech");
  add_all(a, pcm, n, "stream: 60 s of speech added");
  INT_EQ(ks_audio_end_stream(a, &kept, &err), KS_OK, "stream: ended");
  if (!kept) {
    memset(g, 0, sizeof *g);
    g->channels = 1;
    INT_EQ(ks_audio_finish(a, &sink, &err), KS_OK, "stream: pass two again");
  }
  *st = *ks_audio_stats(a);
  ks_audio_free(a);
  free(pcm);
  free(jingle);
  return kept;
}

int main(void) {
  struct got g;
  struct ks_audio_stats st;
  struct ks_peak_meter *m = NULL;
  struct ks_error err;

  run(1, 44100, &g, &st);
  OK(labs((long)g.frames - 44100L * 30) <= 2,
     "resampled to 44.1 kHz, same length");
  /* pure noise bursts, the hardest case for the limiter's toll estimate */
  OK(fabs(st.lufs + 16.0) < 1.0, "integrated loudness within 1 LU of -16");
  OK(st.true_peak_db <= -1.0, "true peak at or below -1 dBTP");
  OK(st.gain_db > 0, "the quiet source was raised");
  OK(g.most < 1.0f, "no sample reaches full scale");

  run(2, 48000, &g, &st);
  OK(labs((long)g.frames - 48000L * 30) <= 2, "resampled to 48 kHz");
  OK(g.same, "two identical channels");
  OK(fabs(st.lufs + 16.0) < 1.0, "stereo measures -16 LUFS too (both count)");

  /* the warm-up stands for the whole: the guess lands, nothing is redone */
  OK(stream(true, 1.0, 1.0, 0, &g, &st),
     "a steady voice is levelled in one pass");
  OK(labs((long)g.frames - 44100L * 62) <= 4, "jingle and speech, 62 s");
  OK(fabs(st.lufs + 16.0) < 1.0, "streamed: within 1 LU of -16 LUFS");
  OK(st.true_peak_db <= -1.0, "streamed: true peak at or below -1 dBTP");
  /* the first 20 s are 12 dB louder than the rest: the guess misses, and
   * the gain found again over the whole still lands on the target */
  OK(!stream(true, 1.0, 0.25, 20, &g, &st), "a misleading warm-up is caught");
  OK(labs((long)g.frames - 44100L * 62) <= 4, "redone: 62 s");
  OK(fabs(st.lufs + 16.0) < 1.0, "redone: within 1 LU of -16 LUFS");
  OK(st.true_peak_db <= -1.0, "redone: true peak at or below -1 dBTP");
  /* without loudness there is nothing to guess */
  /* 25 s of silence first: no gain can be guessed from the warm-up, and
   * holding on for sound would hold the whole segment in memory */
  OK(!stream(true, 0.0, 1.0, 25, &g, &st), "a silent warm-up is redone");
  OK(labs((long)g.frames - 44100L * 62) <= 4, "silent start: 62 s");
  OK(fabs(st.lufs + 16.0) < 1.0, "silent start: within 1 LU of -16 LUFS");
  OK(stream(false, 1.0, 1.0, 0, &g, &st), "--loudness off streams at once");
  OK(labs((long)g.frames - 44100L * 62) <= 4, "unlevelled: 62 s");

  INT_EQ(ks_peak_meter_new(48000, 1, &m, &err), KS_OK, "a peak meter");
  {
    float f[480];
    struct ks_frame_sink s = ks_peak_meter_sink(m);
    for (int i = 0; i < 480; i++)
      f[i] = (float)(0.5 * sin(i * 0.3));
    INT_EQ(s.write(s.ctx, f, 480, &err), KS_OK, "fed");
    OK(fabs(ks_peak_meter_db(m) + 6.02) < 0.3, "a 0.5 sine peaks at -6 dBTP");
  }
  ks_peak_meter_free(m);
  return t_summary("test_audio");
}
