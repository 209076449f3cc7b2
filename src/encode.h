/* encode.h - the writers behind ks_encoder, one per library (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_ENCODE_H
#define KS_ENCODE_H

#include "kispeak.h"

/* A writer owns an open file descriptor's contents (not the descriptor). */
struct ks_writer {
  enum ks_status (*write)(void *w, const float *frames, size_t n,
                          struct ks_error *err);
  enum ks_status (*finish)(void *w, struct ks_error *err); /* frees w */
  void (*drop)(void *w);                                   /* frees w */
};

/** Ogg Vorbis through libvorbisenc (libsndfile writes no tags readers see). */
enum ks_status ks_vorbis_open(int fd, const struct ks_audio_spec *spec,
                              const struct ks_tags *tags, void **out,
                              const struct ks_writer **ops,
                              struct ks_error *err);
/** Ogg Opus through libopusenc (libsndfile 1.2.0's comment header is
 *  rejected by ffprobe). */
enum ks_status ks_opus_open(int fd, const struct ks_audio_spec *spec,
                            const struct ks_tags *tags, void **out,
                            const struct ks_writer **ops, struct ks_error *err);

/** Write all of buf to fd, retrying short writes. */
enum ks_status ks_write_all(int fd, const void *buf, size_t n,
                            struct ks_error *err);

#endif
