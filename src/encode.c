/* encode.c - write PCM to an audio file with libsndfile (the only user).
 * SPDX-License-Identifier: MIT
 *
 * Audio goes to a temporary file beside OUTPUT and is renamed into place only
 * when complete, so a failure or an interrupt never leaves a partial file and
 * never harms an existing one.
 */
#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ks_encoder {
  SNDFILE *sf;
  int fd;
  char *path; /* the final name */
  char *tmp;  /* where the audio is written until commit */
};

static const struct {
  const char *name;
  enum ks_format fmt;
  int sf_format;
} formats[] = {
    {"wav", KS_FORMAT_WAV, SF_FORMAT_WAV | SF_FORMAT_PCM_16},
    {"flac", KS_FORMAT_FLAC, SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
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

enum ks_format ks_format_from_path(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(slash ? slash : path, '.');
  return dot ? ks_format_from_name(dot + 1) : KS_FORMAT_NONE;
}

const char *ks_format_list(void) { return "wav, flac"; }

static int sf_format_of(enum ks_format fmt) {
  for (size_t i = 0; i < N_FORMATS; i++)
    if (formats[i].fmt == fmt)
      return formats[i].sf_format;
  return 0;
}

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

enum ks_status ks_encoder_open(const char *path, enum ks_format fmt, int rate,
                               const struct ks_tags *tags,
                               struct ks_encoder **out, struct ks_error *err) {
  struct ks_encoder *e;
  SF_INFO info;
  int sff = sf_format_of(fmt);

  *out = NULL;
  if (!sff)
    return ks_error_set(err, KS_ERR_ENCODE, "unknown format");
  e = ks_xcalloc(1, sizeof *e);
  e->path = ks_xstrdup(path);
  e->tmp = tmp_template(path);
  e->fd = mkstemp(e->tmp);
  if (e->fd < 0) {
    enum ks_status st = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s",
                                     path, strerror(errno));
    free(e->tmp);
    e->tmp = NULL;
    ks_encoder_abort(e);
    return st;
  }
  set_mode(e->fd, path);
  memset(&info, 0, sizeof info);
  info.samplerate = rate;
  info.channels = 1;
  info.format = sff;
  e->sf = sf_open_fd(e->fd, SFM_WRITE, &info, 0);
  if (!e->sf) {
    enum ks_status st = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s",
                                     path, sf_strerror(NULL));
    ks_encoder_abort(e);
    return st;
  }
  set_tags(e->sf, tags);
  *out = e;
  return KS_OK;
}

enum ks_status ks_encoder_write(struct ks_encoder *e, const int16_t *samples,
                                size_t n, struct ks_error *err) {
  sf_count_t w = sf_write_short(e->sf, samples, (sf_count_t)n);
  if (w != (sf_count_t)n)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s", e->path,
                        sf_strerror(e->sf));
  return KS_OK;
}

enum ks_status ks_encoder_commit(struct ks_encoder *e, struct ks_error *err) {
  enum ks_status result = KS_OK;
  int rc = sf_close(e->sf);
  e->sf = NULL;
  if (rc != 0) {
    result = ks_error_set(err, KS_ERR_ENCODE, "cannot finish %s: %s", e->path,
                          sf_error_number(rc));
  } else if (fsync(e->fd) != 0 || close(e->fd) != 0) {
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
  ks_encoder_abort(e);
  return result;
}

void ks_encoder_abort(struct ks_encoder *e) {
  if (!e)
    return;
  if (e->sf)
    sf_close(e->sf);
  if (e->fd >= 0)
    close(e->fd);
  if (e->tmp)
    unlink(e->tmp);
  free(e->tmp);
  free(e->path);
  free(e);
}

const char *ks_encoder_tmp_path(const struct ks_encoder *e) {
  return e && e->tmp ? e->tmp : NULL;
}
