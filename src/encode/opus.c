/* opus.c - Ogg Opus with tags, through libopusenc.
 * SPDX-License-Identifier: MIT
 *
 * libsndfile 1.2.0 writes an Opus comment header that ffprobe rejects
 * ("bytes of comment header remain"), so Opus is written with its own library.
 */
#include "writer.h"
#include "buf.h"

#include <opusenc.h>
#include <stdlib.h>

struct opus {
  struct ks_vfile *file; /* not owned */
  int channels;
  OggOpusComments *comments;
  OggOpusEnc *enc;
  bool failed; /* a write failed inside libopusenc's callback */
};

static int on_write(void *user, const unsigned char *ptr, opus_int32 len) {
  struct opus *o = user;
  if (o->failed)
    return 1;
  if (ks_vfile_write(o->file, ptr, (size_t)len) != (size_t)len) {
    o->failed = true;
    return 1;
  }
  return 0;
}

static int on_close(void *user) {
  (void)user; /* the file belongs to the encoder in encode.c */
  return 0;
}

static void opus_free(struct opus *o) {
  if (o->enc)
    ope_encoder_destroy(o->enc);
  if (o->comments)
    ope_comments_destroy(o->comments);
  free(o);
}

static enum ks_status failure(struct opus *o, int rc, struct ks_error *err) {
  if (o->failed)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  return ks_error_set(err, KS_ERR_ENCODE, "Opus: %s", ope_strerror(rc));
}

static enum ks_status o_write(void *w, const float *frames, size_t n,
                              struct ks_error *err) {
  struct opus *o = w;
  while (n > 0) {
    int k = n < 8192 ? (int)n : 8192;
    int rc = ope_encoder_write_float(o->enc, frames, k);
    if (rc != OPE_OK || o->failed)
      return failure(o, rc, err);
    frames += (size_t)k * (size_t)o->channels;
    n -= (size_t)k;
  }
  return KS_OK;
}

static enum ks_status o_finish(void *w, struct ks_error *err) {
  struct opus *o = w;
  int rc = ope_encoder_drain(o->enc);
  enum ks_status st = rc == OPE_OK && !o->failed ? KS_OK : failure(o, rc, err);
  opus_free(o);
  return st;
}

static void o_drop(void *w) { opus_free(w); }

static void tag(void *comments, const char *name, const char *value) {
  ope_comments_add(comments, name, value);
}

static enum ks_status o_open(struct ks_vfile *file,
                             const struct ks_writer_spec *spec,
                             const struct ks_tags *tags, void **out,
                             struct ks_error *err) {
  static const OpusEncCallbacks callbacks = {on_write, on_close};
  struct opus *o = ks_xcalloc(1, sizeof *o);
  int rc = OPE_OK;
  long bps = spec->bitrate_kbps * 1000L;

  o->file = file;
  o->channels = spec->channels;
  o->comments = ope_comments_create();
  ks_vorbis_comments(tags, tag, o->comments);
  o->enc = ope_encoder_create_callbacks(&callbacks, o, o->comments, spec->rate,
                                        spec->channels, 0, &rc);
  if (!o->enc) {
    enum ks_status st = failure(o, rc, err);
    opus_free(o);
    return st;
  }
  rc = ope_encoder_ctl(o->enc, OPUS_SET_BITRATE((opus_int32)bps));
  if (rc == OPE_OK)
    rc = ope_encoder_ctl(o->enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  /* complexity stays at libopus's default, 10: at 5 the voice mode put a
   * +4 dBFS spike into a quiet passage of samples/morning-ferry.html */
  if (rc != OPE_OK) {
    enum ks_status st = failure(o, rc, err);
    opus_free(o);
    return st;
  }
  *out = o;
  return KS_OK;
}

const struct ks_writer ks_writer_opus = {o_open, o_write, o_finish, o_drop};
