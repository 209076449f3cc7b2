/* sndfile.c - WAV through libsndfile, and reading any sound file
 * back (the check of a finished episode, a jingle). The only libsndfile user.
 * SPDX-License-Identifier: MIT
 */
#include "writer.h"
#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* libsndfile's virtual I/O onto the buffered file. */
static sf_count_t vf_len(void *ctx) { return ((struct ks_vfile *)ctx)->len; }

static sf_count_t vf_seek(sf_count_t offset, int whence, void *ctx) {
  struct ks_vfile *v = ctx;
  sf_count_t to = whence == SEEK_CUR   ? v->pos + offset
                  : whence == SEEK_END ? v->len + offset
                                       : offset;
  return ks_vfile_seek(v, to) ? to : -1;
}

static sf_count_t vf_read(void *ptr, sf_count_t count, void *ctx) {
  return (sf_count_t)ks_vfile_read(ctx, ptr, (size_t)count);
}

static sf_count_t vf_write(const void *ptr, sf_count_t count, void *ctx) {
  return (sf_count_t)ks_vfile_write(ctx, ptr, (size_t)count);
}

static sf_count_t vf_tell(void *ctx) { return ((struct ks_vfile *)ctx)->pos; }

struct sndfile_writer {
  SNDFILE *sf;
  struct ks_vfile *file; /* not owned */
};

static enum ks_status s_write(void *ctx, const float *frames, size_t n,
                              struct ks_error *err) {
  struct sndfile_writer *w = ctx;
  if (sf_writef_float(w->sf, frames, (sf_count_t)n) != (sf_count_t)n)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio: %s",
                        sf_strerror(w->sf));
  return KS_OK;
}

static enum ks_status s_finish(void *ctx, struct ks_error *err) {
  struct sndfile_writer *w = ctx;
  enum ks_status st = KS_OK;
  int rc = sf_close(w->sf);
  if (rc != 0)
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot finish audio: %s",
                      sf_error_number(rc));
  free(w);
  return st;
}

static void s_drop(void *ctx) {
  struct sndfile_writer *w = ctx;
  sf_close(w->sf);
  free(w);
}

static void set_tags(SNDFILE *sf, const struct ks_tags *t) {
  if (t) {
    const struct {
      int id;
      const char *value;
    } fields[] = {{SF_STR_TITLE, t->title},
                  {SF_STR_ARTIST, t->artist},
                  {SF_STR_ALBUM, t->album},
                  {SF_STR_DATE, t->date},
                  {SF_STR_COMMENT, t->comment}};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
      if (fields[i].value && *fields[i].value)
        sf_set_string(sf, fields[i].id, fields[i].value);
  }
  sf_set_string(sf, SF_STR_SOFTWARE, "kispeak " KS_VERSION);
}

static enum ks_status sndfile_open(struct ks_vfile *file, int format,
                                   const struct ks_writer_spec *spec,
                                   const struct ks_tags *tags, void **out,
                                   struct ks_error *err) {
  static SF_VIRTUAL_IO vio = {vf_len, vf_seek, vf_read, vf_write, vf_tell};
  struct sndfile_writer *w;
  SF_INFO info;
  SNDFILE *sf;
  memset(&info, 0, sizeof info);
  info.samplerate = spec->rate;
  info.channels = spec->channels;
  info.format = format;
  sf = sf_open_virtual(&vio, SFM_WRITE, &info, file);
  if (!sf)
    return ks_error_set(err, KS_ERR_ENCODE, "%s", sf_strerror(NULL));
  {
    int on = SF_TRUE; /* clip rather than wrap a sample past full scale */
    sf_command(sf, SFC_SET_CLIPPING, &on, sizeof on);
  }
  set_tags(sf, tags);
  w = ks_xcalloc(1, sizeof *w);
  w->sf = sf;
  w->file = file;
  *out = w;
  return KS_OK;
}

static enum ks_status wav_open(struct ks_vfile *file,
                               const struct ks_writer_spec *spec,
                               const struct ks_tags *tags, void **out,
                               struct ks_error *err) {
  return sndfile_open(file, SF_FORMAT_WAV | SF_FORMAT_PCM_16, spec, tags, out,
                      err);
}

const struct ks_writer ks_writer_sndfile_wav = {wav_open, s_write, s_finish,
                                                s_drop};

/* ---------------------------------------------------------------- reading */

enum ks_status ks_sndfile_decode(const char *path,
                                 const struct ks_frame_sink *sink,
                                 struct ks_error *err) {
  SF_INFO info;
  SNDFILE *sf;
  float *buf;
  sf_count_t n;
  enum ks_status st = KS_OK;

  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot decode %s: %s", path,
                        sf_strerror(NULL));
  buf = ks_xmalloc(4096 * (size_t)info.channels * sizeof *buf);
  while (st == KS_OK && (n = sf_readf_float(sf, buf, 4096)) > 0)
    st = sink->write(sink->ctx, buf, (size_t)n, err);
  free(buf);
  sf_close(sf);
  return st;
}

enum ks_status ks_sound_check(const char *path, struct ks_error *err) {
  SF_INFO info;
  SNDFILE *sf;
  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        sf_strerror(NULL));
  sf_close(sf);
  return KS_OK;
}

enum ks_status ks_sound_read(const char *path, int *rate, struct ks_sink *sink,
                             struct ks_error *err) {
  SF_INFO info;
  SNDFILE *sf;
  float *buf = NULL;
  int16_t mono[4096];
  enum ks_status st = KS_OK;
  sf_count_t n;

  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        sf_strerror(NULL));
  if (info.channels < 1 || info.channels > 64 || info.samplerate < 1000) {
    sf_close(sf);
    return ks_error_set(err, KS_ERR_IO, "%s: unusable audio", path);
  }
  *rate = info.samplerate;
  buf = ks_xmalloc(4096 * (size_t)info.channels * sizeof *buf);
  while (st == KS_OK && (n = sf_readf_float(sf, buf, 4096)) > 0) {
    for (sf_count_t i = 0; i < n; i++) { /* mix down to mono */
      float s = 0;
      for (int c = 0; c < info.channels; c++)
        s += buf[i * info.channels + c];
      s /= (float)info.channels;
      s = s > 1.0f ? 1.0f : s < -1.0f ? -1.0f : s;
      mono[i] = (int16_t)(s * 32767.0f);
    }
    st = sink->write(sink->ctx, mono, (size_t)n, err);
  }
  if (st == KS_OK && sf_error(sf) != SF_ERR_NO_ERROR)
    st = ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                      sf_strerror(sf));
  free(buf);
  sf_close(sf);
  return st;
}
