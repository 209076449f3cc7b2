/* opus.c - Ogg Opus with tags, through libopus and libogg.
 * SPDX-License-Identifier: MIT
 *
 * libsndfile 1.2.0 writes an Opus comment header that ffprobe rejects
 * ("bytes of comment header remain"), so Opus is written here.
 */
#include "writer.h"
#include "buf.h"

#include <ogg/ogg.h>
#include <opus.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- chunks
 * The same Ogg Opus made on every core (chunks.c): each chunk has its own
 * libopus encoder, and its packets go into one Ogg stream (libogg) whose
 * granule positions run on across the chunks. libopusenc writes only what a
 * single encoder made, so the headers are written here, as RFC 7845 lays
 * them out. A chunk's bytes are its packets, each after its length (two
 * bytes, big-endian). */

#define OPUS_FRAME_MS 20

struct opusfile {
  struct ks_vfile *file; /* not owned */
  struct ks_writer_spec spec;
  ogg_stream_state os;
  int frame;      /* samples a packet, at the rate given */
  int scale;      /* 48000 / rate: granule positions count 48 kHz */
  int lookahead;  /* the first encoder's delay, at 48 kHz: the pre-skip */
  int64_t packetno;
  int64_t granule; /* after the packets given to the stream so far */
  unsigned char *held; /* the last packet, held until its granule is known */
  size_t n_held;
  uint64_t heard; /* frames heard so far (input plus joints), at the rate */
  size_t last_extra; /* the last chunk's: its padding is not heard */
};

static void le32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}

static enum ks_status pages(struct opusfile *f, bool flush,
                            struct ks_error *err) {
  ogg_page og;
  while (flush ? ogg_stream_flush(&f->os, &og)
               : ogg_stream_pageout(&f->os, &og)) {
    if (ks_vfile_write(f->file, og.header, (size_t)og.header_len) !=
            (size_t)og.header_len ||
        ks_vfile_write(f->file, og.body, (size_t)og.body_len) !=
            (size_t)og.body_len)
      return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  }
  return KS_OK;
}

static void packet(struct opusfile *f, unsigned char *p, size_t n,
                   int64_t granule, bool bos, bool eos) {
  ogg_packet op;
  op.packet = p;
  op.bytes = (long)n;
  op.b_o_s = bos;
  op.e_o_s = eos;
  op.granulepos = granule;
  op.packetno = f->packetno++;
  ogg_stream_packetin(&f->os, &op);
}

static void comment(void *ctx, const char *name, const char *value) {
  struct ks_buf *b = ctx;
  unsigned char len[4];
  size_t n = strlen(name) + 1 + strlen(value);
  le32(len, (uint32_t)n);
  ks_buf_put(b, len, 4);
  ks_buf_puts(b, name);
  ks_buf_putc(b, '=');
  ks_buf_puts(b, value);
}

static OpusEncoder *new_encoder(const struct ks_writer_spec *s) {
  int rc;
  OpusEncoder *e =
      opus_encoder_create(s->rate, s->channels, OPUS_APPLICATION_AUDIO, &rc);
  if (!e)
    return NULL;
  opus_encoder_ctl(e, OPUS_SET_BITRATE(s->bitrate_kbps * 1000));
  opus_encoder_ctl(e, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  return e;
}

static enum ks_status oc_begin(struct ks_vfile *out,
                               const struct ks_writer_spec *s,
                               const struct ks_tags *tags, void **state,
                               struct ks_error *err) {
  struct opusfile *f = ks_xcalloc(1, sizeof *f);
  OpusEncoder *e = new_encoder(s);
  unsigned char head[19];
  struct ks_buf tags_pkt = KS_BUF_INIT;
  const char *vendor = "kispeak " KS_VERSION " (libopus)";
  unsigned char v[4];
  opus_int32 la = 0;
  size_t count_at;
  int count = 0;
  enum ks_status st;
  if (!e || 48000 % s->rate) {
    if (e)
      opus_encoder_destroy(e);
    free(f);
    return ks_error_set(err, KS_ERR_ENCODE, "Opus cannot encode %d Hz, %d "
                        "channel(s)", s->rate, s->channels);
  }
  opus_encoder_ctl(e, OPUS_GET_LOOKAHEAD(&la));
  opus_encoder_destroy(e);
  f->file = out;
  f->spec = *s;
  f->frame = s->rate * OPUS_FRAME_MS / 1000;
  f->scale = 48000 / s->rate;
  f->lookahead = la * f->scale;
  ogg_stream_init(&f->os, ks_ogg_serial(tags));
  /* OpusHead: version 1, channels, pre-skip, the rate given, no gain */
  memcpy(head, "OpusHead", 8);
  head[8] = 1;
  head[9] = (unsigned char)s->channels;
  head[10] = (unsigned char)(f->lookahead & 0xFF);
  head[11] = (unsigned char)(f->lookahead >> 8);
  le32(head + 12, (uint32_t)s->rate);
  head[16] = head[17] = head[18] = 0;
  packet(f, head, sizeof head, 0, true, false);
  st = pages(f, true, err); /* the head alone on the first page */
  /* OpusTags: the vendor, then the comments */
  ks_buf_puts(&tags_pkt, "OpusTags");
  le32(v, (uint32_t)strlen(vendor));
  ks_buf_put(&tags_pkt, v, 4);
  ks_buf_puts(&tags_pkt, vendor);
  count_at = tags_pkt.len;
  ks_buf_put(&tags_pkt, "\0\0\0\0", 4);
  {
    size_t before = tags_pkt.len;
    ks_vorbis_comments(tags, comment, &tags_pkt);
    for (size_t i = before; i < tags_pkt.len;) { /* count what was added */
      uint32_t n = (uint32_t)(unsigned char)tags_pkt.ptr[i] |
                   (uint32_t)(unsigned char)tags_pkt.ptr[i + 1] << 8 |
                   (uint32_t)(unsigned char)tags_pkt.ptr[i + 2] << 16 |
                   (uint32_t)(unsigned char)tags_pkt.ptr[i + 3] << 24;
      i += 4 + n;
      count++;
    }
  }
  le32((unsigned char *)tags_pkt.ptr + count_at, (uint32_t)count);
  packet(f, (unsigned char *)tags_pkt.ptr, tags_pkt.len, 0, false, false);
  if (st == KS_OK)
    st = pages(f, true, err); /* audio starts on a fresh page */
  ks_buf_free(&tags_pkt);
  if (st != KS_OK) {
    ogg_stream_clear(&f->os);
    free(f);
    return st;
  }
  *state = f;
  return KS_OK;
}

static enum ks_status oc_encode(void *state, const float *pcm, size_t n,
                                struct ks_buf *bytes, size_t *extra,
                                struct ks_error *err) {
  const struct opusfile *f = state;
  OpusEncoder *e = new_encoder(&f->spec);
  size_t ch = (size_t)f->spec.channels, fr = (size_t)f->frame, packets = 0;
  float *pad = ks_xcalloc(fr * ch, sizeof *pad);
  unsigned char out[4000];
  enum ks_status st = KS_OK;
  if (!e) {
    free(pad);
    return ks_error_set(err, KS_ERR_ENCODE, "Opus cannot start");
  }
  /* the encoder is late by its lookahead: frames past the end, silent,
   * bring the chunk's last samples out */
  size_t total = n + (size_t)(f->lookahead / f->scale);
  for (size_t at = 0; at < total && st == KS_OK; at += fr, packets++) {
    const float *in = pcm + at * ch;
    opus_int32 k;
    if (at + fr > n) { /* a frame past the end, or across it */
      memset(pad, 0, fr * ch * sizeof *pad);
      if (at < n)
        memcpy(pad, pcm + at * ch, (n - at) * ch * sizeof *pad);
      in = pad;
    }
    k = opus_encode_float(e, in, (int)fr, out, (opus_int32)sizeof out);
    if (k < 0) {
      st = ks_error_set(err, KS_ERR_ENCODE, "Opus: %s", opus_strerror(k));
    } else {
      unsigned char len[2] = {(unsigned char)(k >> 8), (unsigned char)k};
      ks_buf_put(bytes, len, 2);
      ks_buf_put(bytes, out, (size_t)k);
    }
  }
  *extra = packets * fr - n;
  opus_encoder_destroy(e);
  free(pad);
  return st;
}

/* libopus's own decoder into a true-peak meter. */
static enum ks_status oc_peak(void *state, const struct ks_buf *bytes,
                              double *peak_db, struct ks_error *err) {
  const struct opusfile *f = state;
  struct ks_peak_meter *m = NULL;
  struct ks_frame_sink sink;
  int rc;
  OpusDecoder *d =
      opus_decoder_create(f->spec.rate, f->spec.channels, &rc);
  float *pcm = ks_xmalloc((size_t)f->frame * 6 * 2 * sizeof *pcm);
  enum ks_status st =
      d ? ks_peak_meter_new(f->spec.rate, f->spec.channels, &m, err)
        : ks_error_set(err, KS_ERR_ENCODE, "Opus cannot start its decoder");
  if (st == KS_OK && d) {
    sink = ks_peak_meter_sink(m);
    for (size_t at = 0; at + 2 <= bytes->len && st == KS_OK;) {
      size_t k = (size_t)(unsigned char)bytes->ptr[at] << 8 |
                 (unsigned char)bytes->ptr[at + 1];
      int got = opus_decode_float(
          d, (const unsigned char *)bytes->ptr + at + 2, (opus_int32)k, pcm,
          f->frame * 6, 0);
      at += 2 + k;
      if (got > 0)
        st = sink.write(sink.ctx, pcm, (size_t)got, err);
    }
    *peak_db = ks_peak_meter_db(m);
  }
  if (d)
    opus_decoder_destroy(d);
  ks_peak_meter_free(m);
  free(pcm);
  return st;
}

static enum ks_status oc_put(void *state, const struct ks_buf *bytes, size_t n,
                             size_t extra, size_t *lead, struct ks_error *err) {
  struct opusfile *f = state;
  enum ks_status st = KS_OK;
  *lead = 0; /* a chunk's delay is in the chunk before's extra */
  for (size_t at = 0; at + 2 <= bytes->len && st == KS_OK;) {
    size_t k = (size_t)(unsigned char)bytes->ptr[at] << 8 |
               (unsigned char)bytes->ptr[at + 1];
    if (f->held) { /* the one before this: not the last */
      f->granule += f->frame * f->scale;
      packet(f, f->held, f->n_held, f->granule, false, false);
      free(f->held);
      f->held = NULL;
      st = pages(f, false, err);
    }
    f->held = ks_xmalloc(k ? k : 1);
    memcpy(f->held, bytes->ptr + at + 2, k);
    f->n_held = k;
    at += 2 + k;
  }
  f->heard += n + extra;
  f->last_extra = extra;
  return st;
}

/* The last packet closes the stream; its granule position trims the last
 * chunk's padding, so the file is as long as what was heard. */
static enum ks_status oc_end(void *state, struct ks_error *err) {
  struct opusfile *f = state;
  enum ks_status st = KS_OK;
  if (f->held) {
    int64_t all = f->lookahead +
                  (int64_t)(f->heard - f->last_extra) * f->scale;
    if (all < f->granule) /* never back before the page before */
      all = f->granule;
    packet(f, f->held, f->n_held, all, false, true);
    free(f->held);
    f->held = NULL;
    st = pages(f, true, err);
  }
  ogg_stream_clear(&f->os);
  free(f);
  return st;
}

static void oc_drop(void *state) {
  struct opusfile *f = state;
  ogg_stream_clear(&f->os);
  free(f->held);
  free(f);
}

static const struct ks_chunk_codec opus_chunks = {
    oc_begin, oc_encode, oc_peak, oc_put, oc_end, oc_drop};

static enum ks_status op_open(struct ks_vfile *out,
                              const struct ks_writer_spec *spec,
                              const struct ks_tags *tags, void **state,
                              struct ks_error *err) {
  return ks_chunked_open(&opus_chunks, out, spec, tags, state, err);
}

const struct ks_writer ks_writer_opus_parallel = {
    op_open, ks_chunked_write, ks_chunked_finish, ks_chunked_drop};
