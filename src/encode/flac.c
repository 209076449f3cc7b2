/* flac.c - FLAC with Vorbis-comment tags, through libFLAC.
 * SPDX-License-Identifier: MIT
 *
 * libsndfile's FLAC writer goes through libFLAC too, but converts and copies
 * every sample on the way, one sample at a time. Here the samples go to
 * libFLAC as 32-bit integers converted in one vectorised pass, and the bytes
 * to a buffered file. The file is the same: compression level 1, the MD5 of
 * the audio in STREAMINFO, tags a Vorbis comment.
 */
#include "writer.h"
#include "buf.h"

#include <FLAC/metadata.h>
#include <FLAC/stream_encoder.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FRAMES 4096 /* converted and handed to libFLAC at a time */

struct flac {
  FLAC__StreamEncoder *enc;
  FLAC__StreamMetadata *tags;
  struct ks_vfile *file; /* not owned */
  int channels;
  FLAC__int32 buf[FRAMES * 2]; /* at most two channels */
};

static FLAC__StreamEncoderWriteStatus on_write(const FLAC__StreamEncoder *enc,
                                               const FLAC__byte buffer[],
                                               size_t bytes, uint32_t samples,
                                               uint32_t frame, void *ctx) {
  struct flac *f = ctx;
  (void)enc;
  (void)samples;
  (void)frame;
  return ks_vfile_write(f->file, buffer, bytes) == bytes
             ? FLAC__STREAM_ENCODER_WRITE_STATUS_OK
             : FLAC__STREAM_ENCODER_WRITE_STATUS_FATAL_ERROR;
}

/* libFLAC seeks back to the start at the end, to fill in STREAMINFO. A
 * stream cannot: libFLAC then leaves STREAMINFO as it began. */
static FLAC__StreamEncoderSeekStatus on_seek(const FLAC__StreamEncoder *enc,
                                             FLAC__uint64 offset, void *ctx) {
  struct flac *f = ctx;
  (void)enc;
  if (f->file->stream)
    return FLAC__STREAM_ENCODER_SEEK_STATUS_UNSUPPORTED;
  return ks_vfile_seek(f->file, (int64_t)offset)
             ? FLAC__STREAM_ENCODER_SEEK_STATUS_OK
             : FLAC__STREAM_ENCODER_SEEK_STATUS_ERROR;
}

static FLAC__StreamEncoderTellStatus on_tell(const FLAC__StreamEncoder *enc,
                                             FLAC__uint64 *offset, void *ctx) {
  struct flac *f = ctx;
  (void)enc;
  if (f->file->stream)
    return FLAC__STREAM_ENCODER_TELL_STATUS_UNSUPPORTED;
  *offset = (FLAC__uint64)f->file->pos;
  return FLAC__STREAM_ENCODER_TELL_STATUS_OK;
}

static void flac_free(struct flac *f) {
  if (f->enc)
    FLAC__stream_encoder_delete(f->enc);
  if (f->tags)
    FLAC__metadata_object_delete(f->tags);
  free(f);
}

static enum ks_status failure(struct flac *f, const char *what,
                              struct ks_error *err) {
  if (f->file->error)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot %s audio: %s", what,
                        strerror(f->file->error));
  return ks_error_set(err, KS_ERR_ENCODE, "cannot %s audio: %s", what,
                      FLAC__stream_encoder_get_resolved_state_string(f->enc));
}

static enum ks_status f_write(void *w, const float *frames, size_t n,
                              struct ks_error *err) {
  struct flac *f = w;
  size_t ch = (size_t)f->channels;
  while (n > 0) {
    size_t k = n < FRAMES ? n : FRAMES;
    for (size_t i = 0; i < k * ch; i++)
      f->buf[i] = ks_float_to_s16(frames[i]);
    if (!FLAC__stream_encoder_process_interleaved(f->enc, f->buf, (uint32_t)k))
      return failure(f, "write", err);
    frames += k * ch;
    n -= k;
  }
  return KS_OK;
}

static enum ks_status f_finish(void *w, struct ks_error *err) {
  struct flac *f = w;
  enum ks_status st = KS_OK;
  if (!FLAC__stream_encoder_finish(f->enc))
    st = failure(f, "finish", err);
  flac_free(f);
  return st;
}

static void f_drop(void *w) { flac_free(w); }

static void tag(void *m, const char *name, const char *value) {
  FLAC__StreamMetadata_VorbisComment_Entry e;
  if (FLAC__metadata_object_vorbiscomment_entry_from_name_value_pair(&e, name,
                                                                     value) &&
      !FLAC__metadata_object_vorbiscomment_append_comment(m, e, false))
    free(e.entry);
}

static enum ks_status f_open(struct ks_vfile *file,
                             const struct ks_writer_spec *spec,
                             const struct ks_tags *tags, void **out,
                             struct ks_error *err) {
  struct flac *f = ks_xcalloc(1, sizeof *f);
  FLAC__StreamEncoderInitStatus init;
  enum ks_status st;

  if (spec->channels < 1 || spec->channels > 2) {
    free(f);
    return ks_error_set(err, KS_ERR_ENCODE,
                        "FLAC is written with 1 or 2 "
                        "channels here");
  }
  f->file = file;
  f->channels = spec->channels;
  f->enc = FLAC__stream_encoder_new();
  f->tags = FLAC__metadata_object_new(FLAC__METADATA_TYPE_VORBIS_COMMENT);
  if (!f->enc || !f->tags) {
    flac_free(f);
    return ks_error_set(err, KS_ERR_ENCODE, "cannot start the FLAC encoder");
  }
  ks_vorbis_comments(tags, tag, f->tags);
  /* level 1: FLAC's fast levels cost a few per cent of size on speech and
   * take a third of the time of its default, 5 */
  if (!FLAC__stream_encoder_set_channels(f->enc, (uint32_t)spec->channels) ||
      !FLAC__stream_encoder_set_bits_per_sample(f->enc, 16) ||
      !FLAC__stream_encoder_set_sample_rate(f->enc, (uint32_t)spec->rate) ||
      !FLAC__stream_encoder_set_compression_level(f->enc, 1) ||
      !FLAC__stream_encoder_set_metadata(f->enc, &f->tags, 1)) {
    flac_free(f);
    return ks_error_set(err, KS_ERR_ENCODE, "cannot set up the FLAC encoder");
  }
  init = FLAC__stream_encoder_init_stream(f->enc, on_write, on_seek, on_tell,
                                          NULL, f);
  if (init != FLAC__STREAM_ENCODER_INIT_STATUS_OK) {
    st = f->file->error
             ? ks_error_set(err, KS_ERR_ENCODE, "cannot write audio: %s",
                            strerror(f->file->error))
             : ks_error_set(err, KS_ERR_ENCODE, "FLAC cannot encode this: %s",
                            FLAC__StreamEncoderInitStatusString[init]);
    flac_free(f);
    return st;
  }
  *out = f;
  return KS_OK;
}

const struct ks_writer ks_writer_flac = {f_open, f_write, f_finish, f_drop};
