/* encode.c - write audio files: libsndfile (WAV, MP3) and the writers of
 * encode_flac.c, encode_vorbis.c and encode_opus.c, behind one
 * temporary-file-and-rename.
 * SPDX-License-Identifier: MIT
 *
 * Audio goes to a temporary file beside OUTPUT and is renamed into place only
 * when complete, so a failure or an interrupt never leaves a partial file and
 * never harms an existing one. libsndfile is used only here (also to read a
 * jingle: ks_sound_read).
 */
#define _GNU_SOURCE /* sync_file_range */
#include "buf.h"
#include "writer.h"

#include <errno.h>
#include <fcntl.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ks_encoder {
  int fd;
  char *path; /* the final name */
  char *tmp;  /* where the audio is written until commit */
  void *w;    /* the writer's state, NULL once finished */
  const struct ks_writer *ops;
  size_t unsynced; /* frames written since writeback was last started */
};

static const struct {
  const char *name;
  enum ks_format fmt;
} formats[] = {
    {"wav", KS_FORMAT_WAV}, {"flac", KS_FORMAT_FLAC}, {"mp3", KS_FORMAT_MP3},
    {"ogg", KS_FORMAT_OGG}, {"oga", KS_FORMAT_OGG},   {"opus", KS_FORMAT_OPUS},
};
#define N_FORMATS (sizeof formats / sizeof formats[0])

static bool eq_ci(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    int x = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
    int y = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
    if (x != y)
      return false;
  }
  return *a == *b;
}

enum ks_format ks_format_from_name(const char *name) {
  for (size_t i = 0; i < N_FORMATS; i++)
    if (eq_ci(name, formats[i].name))
      return formats[i].fmt;
  return KS_FORMAT_NONE;
}

// The first name the table gives fmt ("ogg" rather than "oga").
static const char *format_name(enum ks_format fmt) {
  for (size_t i = 0; i < N_FORMATS; i++)
    if (formats[i].fmt == fmt)
      return formats[i].name;
  return "audio";
}

enum ks_format ks_format_from_path(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(slash ? slash : path, '.');
  return dot ? ks_format_from_name(dot + 1) : KS_FORMAT_NONE;
}

const char *ks_format_list(void) { return "wav, flac, mp3, ogg, opus"; }

bool ks_format_rate_ok(enum ks_format fmt, int rate) {
  switch (fmt) {
  case KS_FORMAT_OPUS: /* Opus codes at these rates only */
    return rate == 8000 || rate == 12000 || rate == 16000 || rate == 24000 ||
           rate == 48000;
  case KS_FORMAT_MP3: /* MPEG-1 and MPEG-2 layer III rates */
    return rate == 16000 || rate == 22050 || rate == 24000 || rate == 32000 ||
           rate == 44100 || rate == 48000;
  default:
    return rate >= 8000 && rate <= 192000;
  }
}

void ks_vorbis_comments(const struct ks_tags *tags,
                        void (*put)(void *ctx, const char *name,
                                    const char *value),
                        void *ctx) {
  if (!tags)
    return;
  const struct {
    const char *name, *value;
  } fields[] = {{"TITLE", tags->title},
                {"ARTIST", tags->artist},
                {"ALBUM", tags->album},
                {"DATE", tags->date},
                {"COMMENT", tags->comment}};
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (fields[i].value && *fields[i].value)
      put(ctx, fields[i].name, fields[i].value);
}

enum ks_status ks_write_all(int fd, const void *buf, size_t n,
                            struct ks_error *err) {
  const char *p = buf;
  while (n > 0) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio: %s",
                          k < 0 ? strerror(errno) : "no progress");
    p += k;
    n -= (size_t)k;
  }
  return KS_OK;
}

/* ---------------------------------------------------------------- sndfile */

/* A buffered file over a descriptor, for the encoders that seek back to
 * rewrite a header (libsndfile, libFLAC). Through a bare descriptor,
 * libsndfile writes FLAC a frame at a time, each with a write() and an
 * lseek() to learn where it is: thousands of system calls a minute of audio
 * (count them with strace -c), each costly on a virtual machine. Here writes
 * gather in a buffer and the position is kept in memory. */
struct ks_vfile *ks_vfile_new(int fd) {
  struct ks_vfile *v = ks_xcalloc(1, sizeof *v);
  v->fd = fd;
  return v;
}

bool ks_vfile_flush(struct ks_vfile *v) {
  size_t done = 0;
  while (!v->error && done < v->used) {
    ssize_t k = pwrite(v->fd, v->buf + done, v->used - done,
                       (off_t)(v->start + (int64_t)done));
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      v->error = k < 0 ? errno : EIO;
    else
      done += (size_t)k;
  }
  v->start += (int64_t)v->used;
  v->used = 0;
  return !v->error;
}

size_t ks_vfile_write(struct ks_vfile *v, const void *ptr, size_t count) {
  const unsigned char *p = ptr;
  size_t left = count;
  if (v->used && v->pos != v->start + (int64_t)v->used && !ks_vfile_flush(v))
    return 0; /* a write elsewhere: what is buffered goes first */
  if (!v->used)
    v->start = v->pos;
  while (left > 0) {
    size_t k = KS_VFILE_BUF - v->used < left ? KS_VFILE_BUF - v->used : left;
    memcpy(v->buf + v->used, p, k);
    v->used += k;
    p += k;
    left -= k;
    if (v->used == KS_VFILE_BUF && !ks_vfile_flush(v))
      return count - left - k;
  }
  v->pos += (int64_t)count;
  if (v->pos > v->len)
    v->len = v->pos;
  return count;
}

size_t ks_vfile_read(struct ks_vfile *v, void *ptr, size_t count) {
  ssize_t k;
  if (!ks_vfile_flush(v))
    return 0;
  k = pread(v->fd, ptr, count, (off_t)v->pos);
  if (k <= 0)
    return 0;
  v->pos += k;
  return (size_t)k;
}

static sf_count_t vf_len(void *ctx) { return ((struct ks_vfile *)ctx)->len; }

static sf_count_t vf_seek(sf_count_t offset, int whence, void *ctx) {
  struct ks_vfile *v = ctx;
  sf_count_t to = whence == SEEK_CUR   ? v->pos + offset
                  : whence == SEEK_END ? v->len + offset
                                       : offset;
  if (to < 0)
    return -1;
  v->pos = to;
  return to;
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
  struct ks_vfile *file;
};

static enum ks_status write_error(const struct sndfile_writer *w,
                                  const char *what, struct ks_error *err) {
  return ks_error_set(err, KS_ERR_ENCODE, "cannot %s audio: %s", what,
                      w->file->error ? strerror(w->file->error)
                                     : sf_strerror(w->sf));
}

static enum ks_status s_write(void *ctx, const float *frames, size_t n,
                              struct ks_error *err) {
  struct sndfile_writer *w = ctx;
  if (sf_writef_float(w->sf, frames, (sf_count_t)n) != (sf_count_t)n ||
      w->file->error)
    return write_error(w, "write", err);
  return KS_OK;
}

static enum ks_status s_finish(void *ctx, struct ks_error *err) {
  struct sndfile_writer *w = ctx;
  enum ks_status st = KS_OK;
  int rc = sf_close(w->sf);
  if (rc != 0)
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot finish audio: %s",
                      sf_error_number(rc));
  else if (!ks_vfile_flush(w->file))
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot write audio: %s",
                      strerror(w->file->error));
  free(w->file);
  free(w);
  return st;
}

static void s_drop(void *ctx) {
  struct sndfile_writer *w = ctx;
  sf_close(w->sf);
  free(w->file);
  free(w);
}

static const struct ks_writer ops_sndfile = {s_write, s_finish, s_drop};

static void set_tags(SNDFILE *sf, const struct ks_tags *t) {
  if (!t)
    return;
  if (t->title && *t->title)
    sf_set_string(sf, SF_STR_TITLE, t->title);
  if (t->artist && *t->artist)
    sf_set_string(sf, SF_STR_ARTIST, t->artist);
  if (t->album && *t->album)
    sf_set_string(sf, SF_STR_ALBUM, t->album);
  if (t->date && *t->date)
    sf_set_string(sf, SF_STR_DATE, t->date);
  if (t->comment && *t->comment)
    sf_set_string(sf, SF_STR_COMMENT, t->comment);
  sf_set_string(sf, SF_STR_SOFTWARE, "kispeak " KS_VERSION);
}

/* libsndfile sets MP3 bit rates through a compression level from 0 (highest)
 * to 1 (lowest), which LAME maps linearly onto its range: 32-320 kb/s for
 * MPEG-1 rates (32 kHz and up), 8-160 kb/s below. Measured with ffprobe. */
static void set_mp3_bitrate(SNDFILE *sf, const struct ks_audio_spec *spec) {
  int mode = SF_BITRATE_MODE_CONSTANT;
  double lo = spec->rate >= 32000 ? 32 : 8,
         hi = spec->rate >= 32000 ? 320 : 160;
  double kbps = spec->bitrate_kbps > 0 ? spec->bitrate_kbps
                                       : (spec->channels > 1 ? 96 : 64);
  double level = (hi - kbps) / (hi - lo);
  if (level < 0)
    level = 0;
  if (level > 1)
    level = 1;
  sf_command(sf, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
  sf_command(sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
}

static enum ks_status sndfile_open(int fd, enum ks_format fmt,
                                   const struct ks_audio_spec *spec,
                                   const struct ks_tags *tags, void **out,
                                   struct ks_error *err) {
  static SF_VIRTUAL_IO vio = {vf_len, vf_seek, vf_read, vf_write, vf_tell};
  struct sndfile_writer *w;
  SF_INFO info;
  SNDFILE *sf;
  memset(&info, 0, sizeof info);
  info.samplerate = spec->rate;
  info.channels = spec->channels;
  info.format = fmt == KS_FORMAT_WAV
                    ? SF_FORMAT_WAV | SF_FORMAT_PCM_16
                    : SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
  w = ks_xcalloc(1, sizeof *w);
  w->file = ks_vfile_new(fd);
  sf = w->sf = sf_open_virtual(&vio, SFM_WRITE, &info, w->file);
  if (!sf) {
    enum ks_status st =
        w->file->error
            ? ks_error_set(err, KS_ERR_ENCODE, "%s", strerror(w->file->error))
            : ks_error_set(err, KS_ERR_ENCODE, "%s", sf_strerror(NULL));
    free(w->file);
    free(w);
    return st;
  }
  if (fmt == KS_FORMAT_MP3)
    set_mp3_bitrate(sf, spec);
  if (fmt != KS_FORMAT_MP3) {
    int on = SF_TRUE; /* clip rather than wrap a sample past full scale */
    sf_command(sf, SFC_SET_CLIPPING, &on, sizeof on);
  }
  set_tags(sf, tags);
  *out = w;
  return KS_OK;
}

/* ---------------------------------------------------------------- files */

// The temporary file sits in OUTPUT's directory so the rename is atomic.
static char *tmp_template(const char *path) {
  const char *slash = strrchr(path, '/');
  struct ks_buf b = KS_BUF_INIT;
  if (slash)
    ks_buf_put(&b, path, (size_t)(slash - path + 1));
  ks_buf_puts(&b, ".kispeak-XXXXXX");
  return ks_buf_detach(&b, NULL);
}

// The new file gets the mode an existing OUTPUT has, else 0666 less umask.
static void set_mode(int fd, const char *path) {
  struct stat st;
  mode_t mask;
  if (stat(path, &st) == 0) {
    (void)fchmod(fd, st.st_mode & 07777);
    return;
  }
  mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
}

enum ks_status ks_encoder_open(const char *path, enum ks_format fmt,
                               const struct ks_audio_spec *spec,
                               const struct ks_tags *tags,
                               struct ks_encoder **out, struct ks_error *err) {
  struct ks_encoder *e;
  enum ks_status st;

  *out = NULL;
  if (fmt == KS_FORMAT_NONE)
    return ks_error_set(err, KS_ERR_ENCODE, "unknown format");
  if (!ks_format_rate_ok(fmt, spec->rate))
    return ks_error_set(err, KS_ERR_ENCODE, "%d Hz cannot be written as %s",
                        spec->rate, format_name(fmt));
  e = ks_xcalloc(1, sizeof *e);
  e->path = ks_xstrdup(path);
  e->tmp = tmp_template(path);
  e->fd = mkstemp(e->tmp);
  if (e->fd < 0) {
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s", path,
                      strerror(errno));
    free(e->tmp);
    e->tmp = NULL;
    ks_encoder_abort(e);
    return st;
  }
  set_mode(e->fd, path);
  if (fmt == KS_FORMAT_OGG)
    st = ks_vorbis_open(e->fd, spec, tags, &e->w, &e->ops, err);
  else if (fmt == KS_FORMAT_OPUS)
    st = ks_opus_open(e->fd, spec, tags, &e->w, &e->ops, err);
  else if (fmt == KS_FORMAT_FLAC)
    st = ks_flac_open(e->fd, spec, tags, &e->w, &e->ops, err);
  else {
    st = sndfile_open(e->fd, fmt, spec, tags, &e->w, err);
    e->ops = &ops_sndfile;
  }
  if (st != KS_OK) {
    e->w = NULL;
    ks_encoder_abort(e);
    return st;
  }
  *out = e;
  return KS_OK;
}

/* Frames between two starts of writeback: a few seconds of audio. */
#define WRITEBACK_FRAMES ((size_t)1 << 18)

enum ks_status ks_encoder_write(struct ks_encoder *e, const float *frames,
                                size_t n, struct ks_error *err) {
  enum ks_status st = e->ops->write(e->w, frames, n, err);
#ifdef SYNC_FILE_RANGE_WRITE
  /* the file is fsynced before the rename; starting the disk on what is
   * written so far, without waiting for it, leaves that fsync little to do */
  e->unsynced += n;
  if (st == KS_OK && e->unsynced >= WRITEBACK_FRAMES) {
    (void)sync_file_range(e->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    e->unsynced = 0;
  }
#endif
  return st;
}

enum ks_status ks_encoder_finish(struct ks_encoder *e, struct ks_error *err) {
  enum ks_status st;
  if (!e->w)
    return KS_OK;
  st = e->ops->finish(e->w, err);
  e->w = NULL;
  return st;
}

enum ks_status ks_encoder_check(struct ks_encoder *e,
                                const struct ks_frame_sink *sink,
                                struct ks_error *err) {
  SF_INFO info;
  SNDFILE *sf;
  float *buf;
  sf_count_t n;
  enum ks_status st = KS_OK;
  int fd;

  if (e->w)
    return ks_error_set(err, KS_ERR_ENCODE, "audio not finished");
  fd = open(e->tmp, O_RDONLY);
  if (fd < 0)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot read back %s: %s", e->tmp,
                        strerror(errno));
  memset(&info, 0, sizeof info);
  sf = sf_open_fd(fd, SFM_READ, &info, 1);
  if (!sf)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot decode %s: %s", e->tmp,
                        sf_strerror(NULL));
  buf = ks_xmalloc(4096 * (size_t)info.channels * sizeof *buf);
  while (st == KS_OK && (n = sf_readf_float(sf, buf, 4096)) > 0)
    st = sink->write(sink->ctx, buf, (size_t)n, err);
  free(buf);
  sf_close(sf);
  return st;
}

enum ks_status ks_encoder_commit(struct ks_encoder *e, struct ks_error *err) {
  enum ks_status result = ks_encoder_finish(e, err);
  if (result == KS_OK) {
    if (fsync(e->fd) != 0) {
      result = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s", e->path,
                            strerror(errno));
    } else if (close(e->fd) != 0) {
      e->fd = -1;
      result = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s", e->path,
                            strerror(errno));
    } else {
      e->fd = -1;
      if (rename(e->tmp, e->path) != 0)
        result = ks_error_set(err, KS_ERR_ENCODE, "cannot rename onto %s: %s",
                              e->path, strerror(errno));
      else {
        free(e->tmp);
        e->tmp = NULL; /* nothing left to remove */
      }
    }
  }
  ks_encoder_abort(e);
  return result;
}

void ks_encoder_abort(struct ks_encoder *e) {
  if (!e)
    return;
  if (e->w)
    e->ops->drop(e->w);
  if (e->fd >= 0)
    close(e->fd);
  if (e->tmp)
    unlink(e->tmp);
  free(e->tmp);
  free(e->path);
  free(e);
}

/* ---------------------------------------------------------------- reading */

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
