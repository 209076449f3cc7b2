/* test_chunks.c - MP3 and Opus encoded in chunks on every core: cut in the
 * pauses, joined in order, as long as the report says, and a chunk whose
 * decoder overshoots is limited again until it does not.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <math.h>

#define PI 3.14159265358979323846
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Bursts of a buzzy tone (rich in harmonics, as a voice is) 2.5 s long,
 * with 0.5 s of silence between them: n frames at rate, peaking at amp. */
static float *speechlike(size_t n, int rate, float amp) {
  float *x = calloc(n, sizeof *x);
  for (size_t i = 0; i < n; i++) {
    double t = (double)i / rate, in = fmod(t, 3.0);
    if (in < 2.5) {
      double s = 0;
      for (int h = 1; h < 20; h++)
        s += sin(2 * PI * 140 * h * t) / h;
      x[i] = (float)(amp * s / 1.7);
    }
  }
  return x;
}

static size_t decoded_frames(const char *path, float *peak) {
  SF_INFO info;
  SNDFILE *sf;
  float buf[4096];
  sf_count_t k;
  size_t n = 0;
  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  *peak = 0;
  if (!sf)
    return 0;
  while ((k = sf_readf_float(sf, buf, 4096)) > 0) {
    for (sf_count_t i = 0; i < k * info.channels; i++)
      if (fabsf(buf[i]) > *peak)
        *peak = fabsf(buf[i]);
    n += (size_t)k;
  }
  sf_close(sf);
  return n;
}

static void run(const char *dir, const char *name, int rate, bool check,
                float amp) {
  const struct ks_format *fmt = ks_format_find(name);
  struct ks_audio_spec spec = {rate, 1, 0, -2.0, check, 0};
  struct ks_encoder *e = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  size_t n = (size_t)rate * 60;
  float *x = speechlike(n, rate, amp), peak;
  char path[256];
  const struct ks_encode_report *r;
  size_t got;
  uint64_t added;
  bool in_pauses = true;

  snprintf(path, sizeof path, "%s/t.%s", dir, name);
  INT_EQ(ks_encoder_open(path, fmt, &spec, NULL, &e, &err), KS_OK, path);
  if (!e)
    return;
  for (size_t i = 0; i < n; i += 1000)
    if (ks_encoder_write(e, x + i, n - i < 1000 ? n - i : 1000, &err) != KS_OK)
      break;
  INT_EQ(ks_encoder_finish(e, &err), KS_OK, "finished");
  r = ks_encoder_report(e);
  OK(r->chunks >= 3, "a minute of audio in several chunks");
  INT_EQ(r->n_joints + 1, r->chunks, "a joint between each two chunks");
  for (size_t j = 0; j < r->n_joints; j++) {
    size_t at = (size_t)r->joints[j].at;
    if (at >= n || fabsf(x[at]) > 1e-3f || (j && r->joints[j].shift <=
                                                     r->joints[j - 1].shift))
      in_pauses = false;
  }
  OK(in_pauses, "every joint is in a pause, and moves what follows on");
  added = r->n_joints ? r->joints[r->n_joints - 1].shift : 0;
  OK(added < (uint64_t)rate / 10 * r->chunks,
     "a joint adds milliseconds, not more");
  INT_EQ(ks_encoder_commit(e, NULL, &err), KS_OK, "committed");
  got = decoded_frames(path, &peak);
  OK(labs((long)got - (long)(n + added)) <= rate / 40,
     "decoded, as long as the input and the joints (within 25 ms)");
  if (check) {
    OK(20 * log10(peak) <= -1.0 + 0.3,
       "decoded, the sample peak stays under the ceiling");
  }
  unlink(path);
  free(x);
}

/* A chunk whose decoder overshoots is limited again: a loud buzz at
 * -1.3 dBFS decodes above -1 dBTP at 64 kb/s; with the check, no chunk does
 * once mended. */
static void overshoot(const char *dir) {
  const struct ks_format *fmt = ks_format_find("mp3");
  struct ks_audio_spec spec = {44100, 1, 32, -1.3, true, 0};
  struct ks_encoder *e = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  size_t n = 44100 * 30;
  float *x = speechlike(n, 44100, 0.86f);
  char path[256];
  const struct ks_encode_report *r;
  snprintf(path, sizeof path, "%s/loud.mp3", dir);
  INT_EQ(ks_encoder_open(path, fmt, &spec, NULL, &e, &err), KS_OK, path);
  if (!e)
    return;
  INT_EQ(ks_encoder_write(e, x, n, &err), KS_OK, "written");
  INT_EQ(ks_encoder_finish(e, &err), KS_OK, "finished");
  r = ks_encoder_report(e);
  OK(r->checked, "every chunk decoded and measured");
  OK(r->fixes > 0, "an overshooting chunk was limited again");
  OK(r->peak_db <= -1.0, "and no chunk decodes above -1 dBTP");
  ks_encoder_abort(e);
  free(x);
}

/* The file one thread makes, and the one four make: the same bytes. */
static bool encode_with(const char *path, const char *name, int rate,
                        int threads, const float *x, size_t n,
                        struct ks_buf *bytes) {
  struct ks_audio_spec spec = {rate, 1, 0, -2.0, true, threads};
  struct ks_encoder *e = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  FILE *f;
  char buf[4096];
  size_t k;
  if (ks_encoder_open(path, ks_format_find(name), &spec, NULL, &e, &err) !=
      KS_OK)
    return false;
  if (ks_encoder_write(e, x, n, &err) != KS_OK ||
      ks_encoder_finish(e, &err) != KS_OK ||
      ks_encoder_commit(e, NULL, &err) != KS_OK)
    return false;
  if (!(f = fopen(path, "rb")))
    return false;
  while ((k = fread(buf, 1, sizeof buf, f)) > 0)
    ks_buf_put(bytes, buf, k);
  fclose(f);
  unlink(path);
  return true;
}

static void threads_alike(const char *dir, const char *name, int rate) {
  size_t n = (size_t)rate * 40;
  float *x = speechlike(n, rate, 0.5f);
  struct ks_buf one = KS_BUF_INIT, four = KS_BUF_INIT;
  char path[256], what[80];
  snprintf(path, sizeof path, "%s/same.%s", dir, name);
  snprintf(what, sizeof what, "%s: one thread and four write the same bytes",
           name);
  OK(encode_with(path, name, rate, 1, x, n, &one) &&
         encode_with(path, name, rate, 4, x, n, &four) && one.len > 1000 &&
         one.len == four.len && !memcmp(one.ptr, four.ptr, one.len),
     what);
  ks_buf_free(&one);
  ks_buf_free(&four);
  free(x);
}

/* Sound that never pauses (a long jingle) is not cut where it would decode
 * with a gap: every 10 ms of the decoded tone is heard. */
static void no_gap(const char *dir, const char *name, int rate) {
  size_t n = (size_t)rate * 50, w = (size_t)rate / 100, got = 0, quiet = 0;
  float *x = malloc(n * sizeof *x), *y = calloc(n + (size_t)rate, sizeof *y);
  struct ks_audio_spec spec = {rate, 1, 0, -2.0, false, 0};
  struct ks_encoder *e = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  char path[256], what[80];
  SF_INFO info;
  SNDFILE *sf;
  for (size_t i = 0; i < n; i++)
    x[i] = 0.3f * (float)sin(2 * 3.14159265358979 * 440.0 * (double)i / rate);
  snprintf(path, sizeof path, "%s/tone.%s", dir, name);
  if (ks_encoder_open(path, ks_format_find(name), &spec, NULL, &e, &err) ==
          KS_OK &&
      ks_encoder_write(e, x, n, &err) == KS_OK &&
      ks_encoder_finish(e, &err) == KS_OK)
    OK(ks_encoder_commit(e, NULL, &err) == KS_OK, "the tone is written");
  memset(&info, 0, sizeof info);
  if ((sf = sf_open(path, SFM_READ, &info)) != NULL) {
    sf_count_t k;
    while (info.channels == 1 && got < n + (size_t)rate &&
           (k = sf_readf_float(sf, y + got, (sf_count_t)(n + (size_t)rate -
                                                         got))) > 0)
      got += (size_t)k;
    sf_close(sf);
  }
  for (size_t i = w * 10; i + w * 20 < got; i += w) { /* skip the ends */
    double sum = 0;
    for (size_t k = 0; k < w; k++)
      sum += (double)y[i + k] * y[i + k];
    if (sqrt(sum / (double)w) < 0.1)
      quiet++;
  }
  snprintf(what, sizeof what,
           "%s: 50 s of tone decode without a gap (%zu quiet 10 ms)", name,
           quiet);
  OK(got >= n && quiet == 0, what);
  unlink(path);
  free(x);
  free(y);
}

int main(void) {
  char dir[] = "/tmp/kispeak-chunks-XXXXXX";
  if (!mkdtemp(dir))
    return 1;
  run(dir, "mp3", 44100, false, 0.5f);
  run(dir, "mp3", 22050, true, 0.5f);
  run(dir, "opus", 48000, true, 0.5f);
  run(dir, "ogg", 44100, true, 0.5f);
  run(dir, "ogg", 22050, false, 0.5f);
  overshoot(dir);
  threads_alike(dir, "mp3", 44100);
  threads_alike(dir, "ogg", 44100);
  threads_alike(dir, "opus", 48000);
  no_gap(dir, "mp3", 44100);
  no_gap(dir, "opus", 48000);
  no_gap(dir, "ogg", 44100);
  rmdir(dir);
  return t_summary("test_chunks");
}
