/* encode.c - the encoder: a format's writer over a buffered, safely written
 * file.
 * SPDX-License-Identifier: MIT
 *
 * Audio goes to a temporary file beside OUTPUT and is renamed into place only
 * when complete (file.c), so a failure or an interrupt never leaves a partial
 * file and never harms an existing one. A stream (a pipe, a device, standard
 * output) is written as it comes, with the format's stream writer.
 */
#define _GNU_SOURCE /* sync_file_range */
#include "writer.h"
#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

struct ks_encoder {
  const struct ks_format *fmt;
  const struct ks_writer *ops;
  struct ks_file *file;
  struct ks_vfile *out;
  void *w;         /* the writer's state, NULL once finished */
  size_t unsynced; /* frames written since writeback was last started */
  struct ks_encode_report report;
};

// A failure of the file below the writer says why, in the file's words.
static enum ks_status io_failure(const struct ks_encoder *e, enum ks_status st,
                                 struct ks_error *err) {
  if (e->out->error)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s",
                        ks_file_path(e->file), strerror(e->out->error));
  return st;
}

enum ks_status ks_encoder_open(const char *path, const struct ks_format *fmt,
                               const struct ks_audio_spec *spec,
                               const struct ks_tags *tags,
                               struct ks_encoder **out, struct ks_error *err) {
  struct ks_writer_spec ws = {spec->rate,         spec->channels,
                              spec->bitrate_kbps, fmt->quality,
                              spec->ceiling_dbtp, spec->check,
                              spec->threads,      NULL};
  struct ks_encoder *e;
  enum ks_status st;

  *out = NULL;
  if (!ks_format_rate_ok(fmt, spec->rate))
    return ks_error_set(err, KS_ERR_ENCODE, "%d Hz cannot be written as %s",
                        spec->rate, fmt->name);
  if (ws.bitrate_kbps <= 0)
    ws.bitrate_kbps = spec->channels > 1 ? fmt->kbps_stereo : fmt->kbps_mono;
  e = ks_xcalloc(1, sizeof *e);
  e->fmt = fmt;
  ws.report = &e->report;
  st = ks_file_open(path, KS_FILE_BINARY, &e->file, err);
  if (st != KS_OK) {
    free(e);
    return st;
  }
  e->out = ks_vfile_new(e->file);
  e->ops =
      e->out->stream && fmt->stream_writer ? fmt->stream_writer : fmt->writer;
  st = e->ops->open(e->out, &ws, tags, &e->w, err);
  if (st != KS_OK) {
    st = io_failure(e, st, err);
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
  if (st != KS_OK)
    return io_failure(e, st, err);
#ifdef SYNC_FILE_RANGE_WRITE
  /* the file is fsynced before the rename; starting the disk on what is
   * written so far, without waiting for it, leaves that fsync little to do */
  e->unsynced += n;
  if (!e->out->stream && e->unsynced >= WRITEBACK_FRAMES) {
    (void)sync_file_range(e->out->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    e->unsynced = 0;
  }
#endif
  return KS_OK;
}

enum ks_status ks_encoder_finish(struct ks_encoder *e, struct ks_error *err) {
  enum ks_status st;
  if (!e->w)
    return KS_OK;
  st = e->ops->finish(e->w, err);
  e->w = NULL;
  if (st == KS_OK && !ks_vfile_flush(e->out))
    st = KS_ERR_ENCODE;
  return st == KS_OK ? KS_OK : io_failure(e, st, err);
}

const struct ks_encode_report *ks_encoder_report(const struct ks_encoder *e) {
  return &e->report;
}

bool ks_encoder_can_redo(const struct ks_encoder *e) { return !e->out->stream; }

bool ks_encoder_can_check(const struct ks_encoder *e) {
  return !e->out->stream && e->fmt->decode;
}

enum ks_status ks_encoder_check(struct ks_encoder *e,
                                const struct ks_frame_sink *sink,
                                struct ks_error *err) {
  if (e->w)
    return ks_error_set(err, KS_ERR_ENCODE, "audio not finished");
  if (!ks_encoder_can_check(e))
    return ks_error_set(err, KS_ERR_ENCODE, "%s cannot be read back",
                        ks_file_path(e->file));
  return e->fmt->decode(ks_file_temp_path(e->file), sink, err);
}

enum ks_status ks_encoder_commit(struct ks_encoder *e, uint64_t *bytes,
                                 struct ks_error *err) {
  enum ks_status st = ks_encoder_finish(e, err);
  if (st == KS_OK) {
    st = ks_file_commit(e->file, bytes, err);
    e->file = NULL;
  }
  ks_encoder_abort(e);
  return st;
}

void ks_encoder_abort(struct ks_encoder *e) {
  if (!e)
    return;
  if (e->w)
    e->ops->drop(e->w);
  ks_file_abort(e->file);
  free(e->report.joints);
  free(e->out);
  free(e);
}
