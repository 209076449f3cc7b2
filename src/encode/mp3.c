/* mp3.c - MP3 through LAME, with ID3v2 tags in UTF-16. The only LAME user.
 * SPDX-License-Identifier: MIT
 *
 * libsndfile's MP3 writer goes through LAME too, but writes its ID3 tags as
 * Latin-1, so an accented or Cyrillic title came out as mojibake, and it
 * leaves LAME's quality setting at LAME's slow default. Here the tags are
 * UTF-16 text frames, and the quality is LAME's -q 5, the setting made for
 * speech at low bit rates (the README says what it costs and buys).
 */
#include "writer.h"
#include "buf.h"
#include "utf8.h"

#include <lame/lame.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define LAME_QUALITY 5

/* UTF-8 as UTF-16 with a byte-order mark, NUL-terminated, as LAME's
 * id3tag_set_textinfo_utf16 takes it. */
static unsigned short *utf16(const char *s) {
  size_t n = strlen(s), i = 0, k = 1;
  unsigned short *u = ks_xmalloc((2 * n + 2) * sizeof *u);
  u[0] = 0xFEFF;
  while (i < n) {
    uint32_t cp;
    i += ks_utf8_decode(s + i, n - i, &cp);
    if (cp == KS_UTF8_BAD)
      cp = 0xFFFD;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      u[k++] = (unsigned short)(0xD800 + (cp >> 10));
      u[k++] = (unsigned short)(0xDC00 + (cp & 0x3FF));
    } else {
      u[k++] = (unsigned short)cp;
    }
  }
  u[k] = 0;
  return u;
}

static void tag(lame_global_flags *gf, const char *id, const char *value) {
  unsigned short *u;
  if (!value || !*value)
    return;
  u = utf16(value);
  if (!strcmp(id, "COMM")) {
    unsigned short empty[2] = {0xFEFF, 0};
    id3tag_set_comment_utf16(gf, "eng", empty, u);
  } else {
    id3tag_set_textinfo_utf16(gf, id, u);
  }
  free(u);
}

/* ---------------------------------------------------------------- chunks
 * The same MP3 made on every core (chunks.c): each chunk has its own LAME,
 * and the file its own info frame, written here because LAME writes one
 * only for what a single encoder made. Its layout: the Xing "Info" header
 * (frames, bytes, a table of contents, a quality) and LAME's extension
 * (encoder delay and padding for gapless players, lengths, CRC-16s). */

struct mp3file {
  struct ks_vfile *file; /* not owned */
  struct ks_writer_spec spec;
  int64_t info_at;     /* where the info frame goes; -1: none (a stream) */
  size_t info_len;     /* its size */
  int frame_samples;   /* 1152 (MPEG-1) or 576 */
  int delay, padding;  /* of the first chunk's encoder, the last's padding */
  int lowpass;
  uint64_t frames, bytes;
  unsigned music_crc;
};

static const int br_mpeg1[] = {0,   32,  40,  48,  56,  64,  80, 96,
                               112, 128, 160, 192, 224, 256, 320};
static const int br_mpeg2[] = {0,  8,  16, 24,  32,  40,  48, 56,
                               64, 80, 96, 112, 128, 144, 160};

// CRC-16 as LAME's tag has it (polynomial 0x8005, reflected, from 0).
static unsigned crc16(unsigned crc, const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int b = 0; b < 8; b++)
      crc = crc & 1 ? (crc >> 1) ^ 0xA001 : crc >> 1;
  }
  return crc & 0xFFFF;
}

static void be32(unsigned char *p, uint64_t v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
}

/* The info frame's header: the stream's rate and mode, at the smallest bit
 * rate whose frame holds the tag (it may differ from the stream's); sets
 * *len. */
static void info_header(const struct mp3file *f, unsigned char *h,
                        size_t *len) {
  bool mpeg1 = f->spec.rate >= 32000;
  const int *brs = mpeg1 ? br_mpeg1 : br_mpeg2;
  int sr = f->spec.rate % 11025 == 0 ? 0 : f->spec.rate % 12000 == 0 &&
                                                   f->spec.rate != 32000 &&
                                                   f->spec.rate != 16000
                                               ? 1
                                               : 2;
  size_t side = mpeg1 ? (f->spec.channels == 1 ? 17 : 32)
                      : (f->spec.channels == 1 ? 9 : 17);
  size_t need = 4 + side + 120 + 36;
  int i = 1;
  for (; i < 14; i++) {
    size_t n = (size_t)(mpeg1 ? 144000 : 72000) * (size_t)brs[i] /
               (size_t)f->spec.rate;
    if (n >= need)
      break;
  }
  h[0] = 0xFF;
  h[1] = mpeg1 ? 0xFB : 0xF3;
  h[2] = (unsigned char)(i << 4 | sr << 2);
  h[3] = f->spec.channels == 1 ? 0xC4 : 0x44;
  *len = (size_t)(mpeg1 ? 144000 : 72000) * (size_t)brs[i] /
         (size_t)f->spec.rate;
}

static void info_frame(const struct mp3file *f, unsigned char *fr) {
  bool mpeg1 = f->spec.rate >= 32000;
  size_t len, x = 4 + (mpeg1 ? (f->spec.channels == 1 ? 17 : 32)
                             : (f->spec.channels == 1 ? 9 : 17));
  unsigned char *l;
  unsigned crc;
  info_header(f, fr, &len);
  memset(fr + 4, 0, len - 4);
  memcpy(fr + x, "Info", 4);
  be32(fr + x + 4, 0x0F); /* frames, bytes, table of contents, quality */
  be32(fr + x + 8, f->frames);
  be32(fr + x + 12, f->bytes + len);
  for (int i = 0; i < 100; i++) /* even: the bit rate is constant */
    fr[x + 16 + i] = (unsigned char)(i * 256 / 100);
  be32(fr + x + 116, 100 - LAME_QUALITY * 10);
  l = fr + x + 120;
  memcpy(l, "LAME3.100", 9);
  l[9] = 0x01; /* revision 0, constant bit rate */
  l[10] = (unsigned char)(f->lowpass / 100 > 255 ? 255 : f->lowpass / 100);
  l[20] = (unsigned char)(f->spec.bitrate_kbps > 255 ? 255
                                                     : f->spec.bitrate_kbps);
  l[21] = (unsigned char)(f->delay >> 4);
  l[22] = (unsigned char)((f->delay & 0x0F) << 4 | (f->padding >> 8 & 0x0F));
  l[23] = (unsigned char)(f->padding & 0xFF);
  be32(l + 28, f->bytes + len);
  l[32] = (unsigned char)(f->music_crc >> 8);
  l[33] = (unsigned char)f->music_crc;
  /* over everything before it: 190 bytes in stereo MPEG-1, fewer in a
   * frame with shorter side information */
  crc = crc16(0, fr, (size_t)(l + 34 - fr));
  l[34] = (unsigned char)(crc >> 8);
  l[35] = (unsigned char)crc;
}

/* A LAME with the file's settings; with tags, for the ID3v2 tag only. */
static lame_global_flags *new_lame(const struct ks_writer_spec *s,
                                   const struct ks_tags *tags) {
  lame_global_flags *gf = lame_init();
  if (!gf)
    return NULL;
  lame_set_in_samplerate(gf, s->rate);
  lame_set_out_samplerate(gf, s->rate);
  lame_set_num_channels(gf, s->channels);
  lame_set_mode(gf, s->channels == 1 ? MONO : JOINT_STEREO);
  lame_set_VBR(gf, vbr_off);
  lame_set_brate(gf, s->bitrate_kbps);
  lame_set_quality(gf, LAME_QUALITY);
  lame_set_bWriteVbrTag(gf, 0);
  lame_set_write_id3tag_automatic(gf, 0);
  if (tags) {
    id3tag_init(gf);
    id3tag_v2_only(gf);
    tag(gf, "TIT2", tags->title);
    tag(gf, "TPE1", tags->artist);
    tag(gf, "TALB", tags->album);
    tag(gf, "TYER", tags->date);
    tag(gf, "COMM", tags->comment);
    tag(gf, "TSSE", "kispeak " KS_VERSION);
  }
  if (lame_init_params(gf) < 0) {
    lame_close(gf);
    return NULL;
  }
  return gf;
}

static enum ks_status c_begin(struct ks_vfile *out,
                              const struct ks_writer_spec *s,
                              const struct ks_tags *tags, void **state,
                              struct ks_error *err) {
  struct mp3file *f = ks_xcalloc(1, sizeof *f);
  lame_global_flags *gf = new_lame(s, tags);
  unsigned char id3[65536], *big = NULL, placeholder[2048];
  size_t k;
  enum ks_status st = KS_OK;
  if (!gf || s->channels < 1 || s->channels > 2) {
    if (gf)
      lame_close(gf);
    free(f);
    return ks_error_set(err, KS_ERR_ENCODE, "LAME cannot encode %d Hz, %d "
                        "channel(s) at %d kb/s", s->rate, s->channels,
                        s->bitrate_kbps);
  }
  f->file = out;
  f->spec = *s;
  f->frame_samples = lame_get_framesize(gf);
  f->delay = lame_get_encoder_delay(gf);
  f->lowpass = lame_get_lowpassfreq(gf);
  k = lame_get_id3v2_tag(gf, id3, sizeof id3);
  if (k > sizeof id3) {
    big = ks_xmalloc(k);
    k = lame_get_id3v2_tag(gf, big, k);
  }
  lame_close(gf);
  if (k > 0 && ks_vfile_write(out, big ? big : id3, k) != k)
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  free(big);
  f->info_at = out->stream ? -1 : out->pos;
  if (st == KS_OK && !out->stream) { /* room for the info frame */
    info_header(f, placeholder, &f->info_len);
    memset(placeholder + 4, 0, f->info_len - 4);
    if (ks_vfile_write(out, placeholder, f->info_len) != f->info_len)
      st = ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  }
  if (st != KS_OK) {
    free(f);
    return st;
  }
  *state = f;
  return KS_OK;
}

static enum ks_status c_encode(void *state, const float *pcm, size_t n,
                               struct ks_buf *bytes, size_t *extra,
                               struct ks_error *err) {
  const struct mp3file *f = state;
  lame_global_flags *gf = new_lame(&f->spec, NULL);
  size_t ch = (size_t)f->spec.channels, done = 0;
  size_t cap = 8192 + 8192 / 4 + 7200;
  unsigned char *out;
  int k = 0;
  if (!gf)
    return ks_error_set(err, KS_ERR_ENCODE, "LAME cannot start");
  out = ks_xmalloc(cap);
  while (done < n && k >= 0) {
    int len = n - done < 8192 ? (int)(n - done) : 8192;
    if (ch == 1)
      k = lame_encode_buffer_ieee_float(gf, pcm + done, NULL, len, out,
                                        (int)cap);
    else
      k = lame_encode_buffer_interleaved_ieee_float(gf, pcm + done * ch, len,
                                                    out, (int)cap);
    if (k > 0)
      ks_buf_put(bytes, out, (size_t)k);
    done += (size_t)len;
  }
  if (k >= 0)
    k = lame_encode_flush(gf, out, (int)cap);
  if (k > 0)
    ks_buf_put(bytes, out, (size_t)k);
  *extra = (size_t)lame_get_frameNum(gf) * (size_t)f->frame_samples - n;
  lame_close(gf);
  free(out);
  if (k < 0)
    return ks_error_set(err, KS_ERR_ENCODE, "LAME cannot encode this (%d)", k);
  return KS_OK;
}

/* LAME's decoder (mpglib) builds its tables in globals on every
 * hip_decode_init() and reads them while decoding: two at once decode
 * wrongly (measured: decoded peaks differing from run to run), so one
 * decodes at a time, while the other threads encode. */
static pthread_mutex_t hip_lock = PTHREAD_MUTEX_INITIALIZER;

/* LAME's own decoder (hip), a frame at a time, into a true-peak meter. */
static enum ks_status c_peak(void *state, const struct ks_buf *bytes,
                             double *peak_db, struct ks_error *err) {
  const struct mp3file *f = state;
  size_t ch = (size_t)f->spec.channels, at = 0;
  struct ks_peak_meter *m = NULL;
  struct ks_frame_sink sink;
  hip_t hip;
  short pl[1152], pr[1152];
  float fl[2 * 1152];
  enum ks_status st = ks_peak_meter_new(f->spec.rate, f->spec.channels, &m,
                                        err);
  if (st != KS_OK)
    return st;
  pthread_mutex_lock(&hip_lock);
  hip = hip_decode_init();
  if (!hip) {
    pthread_mutex_unlock(&hip_lock);
    ks_peak_meter_free(m);
    return ks_error_set(err, KS_ERR_ENCODE, "cannot start LAME's decoder");
  }
  sink = ks_peak_meter_sink(m);
  while (at < bytes->len && st == KS_OK) {
    size_t take = bytes->len - at < 4096 ? bytes->len - at : 4096;
    unsigned char *in = (unsigned char *)bytes->ptr + at;
    int k = hip_decode1(hip, in, take, pl, pr);
    at += take;
    while (k > 0 && st == KS_OK) {
      for (int i = 0; i < k; i++) {
        fl[(size_t)i * ch] = pl[i] / 32768.0f;
        if (ch == 2)
          fl[(size_t)i * 2 + 1] = pr[i] / 32768.0f;
      }
      st = sink.write(sink.ctx, fl, (size_t)k, err);
      k = hip_decode1(hip, in, 0, pl, pr); /* the next frame, buffered */
    }
  }
  *peak_db = ks_peak_meter_db(m);
  hip_decode_exit(hip);
  pthread_mutex_unlock(&hip_lock);
  ks_peak_meter_free(m);
  return st;
}

static enum ks_status c_put(void *state, const struct ks_buf *bytes, size_t n,
                            size_t extra, size_t *lead, struct ks_error *err) {
  struct mp3file *f = state;
  *lead = 0; /* a chunk's delay is in the chunk before's extra */
  if (ks_vfile_write(f->file, bytes->ptr, bytes->len) != bytes->len)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  f->frames += (n + extra) / (size_t)f->frame_samples;
  f->bytes += bytes->len;
  f->music_crc = crc16(f->music_crc, (const unsigned char *)bytes->ptr,
                       bytes->len);
  f->padding = (int)extra - f->delay;
  if (f->padding < 0)
    f->padding = 0;
  return KS_OK;
}

static enum ks_status c_end(void *state, struct ks_error *err) {
  struct mp3file *f = state;
  enum ks_status st = KS_OK;
  if (f->info_at >= 0) {
    unsigned char fr[2048];
    int64_t end = f->file->pos;
    info_frame(f, fr);
    ks_vfile_seek(f->file, f->info_at);
    if (ks_vfile_write(f->file, fr, f->info_len) != f->info_len)
      st = ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
    ks_vfile_seek(f->file, end);
  }
  free(f);
  return st;
}

static void c_drop(void *state) { free(state); }

static const struct ks_chunk_codec mp3_chunks = {c_begin, c_encode, c_peak,
                                                 c_put,   c_end,    c_drop};

static enum ks_status p_open(struct ks_vfile *out,
                             const struct ks_writer_spec *spec,
                             const struct ks_tags *tags, void **state,
                             struct ks_error *err) {
  return ks_chunked_open(&mp3_chunks, out, spec, tags, state, err);
}

const struct ks_writer ks_writer_mp3_parallel = {
    p_open, ks_chunked_write, ks_chunked_finish, ks_chunked_drop};

