/* wav.c - WAV as a stream: a header that says the length is unknown.
 * SPDX-License-Identifier: MIT
 *
 * Written here: libsndfile refuses to write WAV to a pipe ("this file format
 * does not support pipe write"), because its header holds the length, which
 * a stream cannot go back to fill in. A stream gets the sizes 0xFFFFFFFF,
 * read as "until the end" by ffmpeg, mpv and sox, then 16-bit PCM.
 */
#include "writer.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#define FRAMES 4096

struct wav {
  struct ks_vfile *file; /* not owned */
  int channels;
  unsigned char buf[FRAMES * 2 * 2]; /* at most two channels */
};

static void le16(unsigned char *p, unsigned v) {
  p[0] = (unsigned char)(v & 0xFF);
  p[1] = (unsigned char)(v >> 8);
}

static void le32(unsigned char *p, unsigned long v) {
  le16(p, (unsigned)(v & 0xFFFF));
  le16(p + 2, (unsigned)(v >> 16));
}

static enum ks_status w_write(void *state, const float *frames, size_t n,
                              struct ks_error *err) {
  struct wav *w = state;
  size_t ch = (size_t)w->channels;
  while (n > 0) {
    size_t k = n < FRAMES ? n : FRAMES;
    for (size_t i = 0; i < k * ch; i++)
      le16(w->buf + 2 * i, (unsigned)ks_float_to_s16(frames[i]) & 0xFFFF);
    if (ks_vfile_write(w->file, w->buf, k * ch * 2) != k * ch * 2)
      return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
    frames += k * ch;
    n -= k;
  }
  return KS_OK;
}

static enum ks_status w_finish(void *state, struct ks_error *err) {
  (void)err;
  free(state);
  return KS_OK;
}

static void w_drop(void *state) { free(state); }

static enum ks_status w_open(struct ks_vfile *file,
                             const struct ks_writer_spec *spec,
                             const struct ks_tags *tags, void **out,
                             struct ks_error *err) {
  unsigned char h[44];
  struct wav *w;
  unsigned block = (unsigned)spec->channels * 2;
  (void)tags; /* a LIST chunk would have to come after the data */
  if (spec->channels < 1 || spec->channels > 2)
    return ks_error_set(err, KS_ERR_ENCODE,
                        "WAV is written with 1 or 2 channels here");
  memcpy(h, "RIFF", 4);
  le32(h + 4, 0xFFFFFFFFul);
  memcpy(h + 8, "WAVEfmt ", 8);
  le32(h + 16, 16);
  le16(h + 20, 1); /* PCM */
  le16(h + 22, (unsigned)spec->channels);
  le32(h + 24, (unsigned long)spec->rate);
  le32(h + 28, (unsigned long)spec->rate * block);
  le16(h + 32, block);
  le16(h + 34, 16);
  memcpy(h + 36, "data", 4);
  le32(h + 40, 0xFFFFFFFFul);
  if (ks_vfile_write(file, h, sizeof h) != sizeof h)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  w = ks_xcalloc(1, sizeof *w);
  w->file = file;
  w->channels = spec->channels;
  *out = w;
  return KS_OK;
}

const struct ks_writer ks_writer_wav_stream = {w_open, w_write, w_finish,
                                               w_drop};
