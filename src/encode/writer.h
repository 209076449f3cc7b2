/* encode.h - the writers behind ks_encoder, one per library (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_ENCODE_H
#define KS_ENCODE_H

#include "kispeak.h"

#include <stdint.h>

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

/** FLAC through libFLAC, the format's own library. */
enum ks_status ks_flac_open(int fd, const struct ks_audio_spec *spec,
                            const struct ks_tags *tags, void **out,
                            const struct ks_writer **ops, struct ks_error *err);

/* A buffered file over a descriptor, with the position kept in memory, for
 * writers that seek back to rewrite a header. Written with pwrite(); the
 * first failure's errno stays in error. Free with free(). */
#define KS_VFILE_BUF (256 * 1024)
struct ks_vfile {
  int fd;
  int64_t pos;   /* where the next byte goes */
  int64_t len;   /* the file's length, counting what is buffered */
  int64_t start; /* the file offset of buf[0] */
  size_t used;   /* bytes waiting in buf */
  int error;     /* errno of the first failed write, or 0 */
  unsigned char buf[KS_VFILE_BUF];
};
struct ks_vfile *ks_vfile_new(int fd);
/** Returns how many bytes were taken (fewer only on an error). */
size_t ks_vfile_write(struct ks_vfile *v, const void *p, size_t n);
size_t ks_vfile_read(struct ks_vfile *v, void *p, size_t n);
/** Writes out what is buffered; false on an error. */
bool ks_vfile_flush(struct ks_vfile *v);

/** Calls put(ctx, name, value) for each tag that is set, under its
 *  Vorbis-comment name (TITLE, ARTIST, ALBUM, DATE, COMMENT); the FLAC,
 *  Vorbis and Opus writers all tag this way. tags may be NULL. */
void ks_vorbis_comments(const struct ks_tags *tags,
                        void (*put)(void *ctx, const char *name,
                                    const char *value),
                        void *ctx);

/** Write all of buf to fd, retrying short writes. */
enum ks_status ks_write_all(int fd, const void *buf, size_t n,
                            struct ks_error *err);

#endif
