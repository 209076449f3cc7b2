/* writer.h - what every audio writer offers the encoder (internal).
 * SPDX-License-Identifier: MIT
 *
 * Each backend file (sndfile.c, wav.c, flac.c, vorbis.c, opus.c) exports
 * const tables of these, which the format table (format.c) names; the
 * encoder (encode.c) calls them and nothing calls back. Below them all sit
 * the buffered file (vfile.c) and the tag names (tags.c).
 */
#ifndef KS_WRITER_H
#define KS_WRITER_H

#include "kispeak.h"
#include "vfile.h"

#include <stdint.h>

/* What a writer is asked to write: spec with the format's defaults filled
 * in (bitrate_kbps > 0 for a format coded at a bit rate). */
struct ks_writer_spec {
  int rate, channels;
  int bitrate_kbps; /* 0: coded at `quality` */
  float quality;
  double ceiling_dbtp; /* the limiter's ceiling, for a writer that checks */
  bool check;          /* decode and hold true peaks at or below -1 dBTP */
  int threads;         /* a chunked writer's threads; 0: one a core */
  struct ks_encode_report *report; /* filled in by a chunked writer, or
                                      NULL */
};

/* A codec that encodes a file in independent chunks (chunks.c runs it on
 * every core). All but encode and peak run on one thread, in order. */
struct ks_chunk_codec {
  /* The file's start (tags, a placeholder for what end() writes). */
  enum ks_status (*begin)(struct ks_vfile *out,
                          const struct ks_writer_spec *s,
                          const struct ks_tags *tags, void **state,
                          struct ks_error *err);
  /* A whole chunk of n frames into bytes, with a fresh encoder; *extra is
   * how many frames its decoding has beyond n (delay, padding). Any thread. */
  enum ks_status (*encode)(void *state, const float *pcm, size_t n,
                           struct ks_buf *bytes, size_t *extra,
                           struct ks_error *err);
  /* The true peak of the chunk as a player decodes it. Any thread. */
  enum ks_status (*peak)(void *state, const struct ks_buf *bytes,
                         double *peak_db, struct ks_error *err);
  /* The next chunk's bytes, into the file; *lead is how many frames the
   * joint before it adds beyond the previous chunk's extra. */
  enum ks_status (*put)(void *state, const struct ks_buf *bytes, size_t n,
                        size_t extra, size_t *lead, struct ks_error *err);
  /* The file's end; frees state. */
  enum ks_status (*end)(void *state, struct ks_error *err);
  /* Give up; frees state. */
  void (*drop)(void *state);
};

/* chunks.c: a ks_writer's functions over a chunk codec. */
enum ks_status ks_chunked_open(const struct ks_chunk_codec *codec,
                               struct ks_vfile *out,
                               const struct ks_writer_spec *spec,
                               const struct ks_tags *tags, void **state,
                               struct ks_error *err);
enum ks_status ks_chunked_write(void *state, const float *frames, size_t n,
                                struct ks_error *err);
enum ks_status ks_chunked_finish(void *state, struct ks_error *err);
void ks_chunked_drop(void *state);
/** Limit n interleaved frames (identical channels) again, in place, under
 *  ceiling_db dBTP. */
void ks_relimit(float *pcm, size_t n, int channels, int rate,
                double ceiling_db);

struct ks_writer {
  /* Start writing into out; *state is the writer's own. */
  enum ks_status (*open)(struct ks_vfile *out, const struct ks_writer_spec *s,
                         const struct ks_tags *tags, void **state,
                         struct ks_error *err);
  /* n interleaved frames of s->channels floats in [-1, 1]. */
  enum ks_status (*write)(void *state, const float *frames, size_t n,
                          struct ks_error *err);
  /* Finish the file (headers, last pages); frees state. */
  enum ks_status (*finish)(void *state, struct ks_error *err);
  /* Give up; frees state. */
  void (*drop)(void *state);
};

/* The backends. */
extern const struct ks_writer ks_writer_sndfile_wav, ks_writer_wav_stream,
    ks_writer_flac, ks_writer_mp3_parallel, ks_writer_vorbis_parallel,
    ks_writer_opus_parallel;

/** Decode a finished file (any format libsndfile reads) into sink. */
enum ks_status ks_sndfile_decode(const char *path,
                                 const struct ks_frame_sink *sink,
                                 struct ks_error *err);

/** Calls put(ctx, name, value) for each tag that is set, under its
 *  Vorbis-comment name (TITLE, ARTIST, ALBUM, DATE, COMMENT), then ENCODER;
 *  the FLAC, Vorbis and Opus writers all tag this way. tags may be NULL. */
/* An Ogg stream's serial number, from the episode's tags (the same file
 * each time it is made). */
int ks_ogg_serial(const struct ks_tags *tags);

void ks_vorbis_comments(const struct ks_tags *tags,
                        void (*put)(void *ctx, const char *name,
                                    const char *value),
                        void *ctx);

/** Floats in [-1, 1] to 16-bit integers, rounded, clipped at full scale;
 *  branch-free, so it vectorises. */
static inline int32_t ks_float_to_s16(float x) {
  float v = x * 32767.0f;
  v = v > 32767.0f ? 32767.0f : v;
  v = v < -32768.0f ? -32768.0f : v;
  /* shifted above zero, where truncation is floor */
  return (int32_t)(v + 32768.5f) - 32768;
}

#endif
