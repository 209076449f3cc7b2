/* vorbis.c - Ogg Vorbis with tags, through libvorbisenc and libogg, made on
 * every core (chunks.c). SPDX-License-Identifier: MIT
 *
 * libsndfile 1.2.0 writes Ogg/Vorbis whose tags ffprobe and players do not
 * show, so this one format is written with its own library.
 *
 * Each chunk has its own encoder, set up as the file's (so its codebooks are
 * the headers' own), and its audio packets go into one Ogg stream. Vorbis
 * decodes a packet by overlapping it with the one before: a lone stream's
 * first packet only primes the decoder, but in the joined stream it follows
 * the previous chunk's last packet and is heard, as a quarter of each of the
 * two blocks, of silence (the chunks are cut in pauses). Granule positions
 * count what the decoder gives, packet by packet, from the block sizes. A
 * chunk's bytes are its packets, each after its length (four bytes) and its
 * block size (two), big-endian.
 */
#include "writer.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <vorbis/codec.h>
#include <vorbis/vorbisenc.h>

#define PREFIX 6 /* a packet's length and block size, before it */

struct vorbisfile {
  struct ks_vfile *file; /* not owned */
  struct ks_writer_spec spec;
  ogg_stream_state os;
  struct ks_buf headers[3]; /* for each chunk's decoder, in peak() */
  int64_t packetno;
  int64_t granule;     /* after the packets given to the stream so far */
  int64_t before;      /* and before the packet held */
  int last_block;      /* the block size of the last packet given; 0: none */
  unsigned char *held; /* the last packet, held until its granule is known */
  size_t n_held;
  uint64_t heard;    /* frames heard so far, with the joints */
  size_t last_extra; /* the last chunk's: its padding is not heard */
};

static uint32_t be(const char *p, int n) {
  uint32_t v = 0;
  for (int i = 0; i < n; i++)
    v = v << 8 | (unsigned char)p[i];
  return v;
}

static enum ks_status pages(struct vorbisfile *f, bool flush,
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

/* An encoder set up as the file's: quality, or a bit rate. */
static bool setup(vorbis_info *vi, const struct ks_writer_spec *s) {
  vorbis_info_init(vi);
  if ((s->bitrate_kbps > 0
           ? vorbis_encode_init(vi, s->channels, s->rate, -1,
                                s->bitrate_kbps * 1000L, -1)
           : vorbis_encode_init_vbr(vi, s->channels, s->rate, s->quality)) ==
      0)
    return true;
  vorbis_info_clear(vi);
  return false;
}

static void tag(void *vc, const char *name, const char *value) {
  vorbis_comment_add_tag(vc, name, value);
}

static enum ks_status vc_begin(struct ks_vfile *out,
                               const struct ks_writer_spec *s,
                               const struct ks_tags *tags, void **state,
                               struct ks_error *err) {
  struct vorbisfile *f;
  vorbis_info vi;
  vorbis_comment vc;
  vorbis_dsp_state vd;
  ogg_packet h[3];
  enum ks_status st;
  if (!setup(&vi, s))
    return ks_error_set(err, KS_ERR_ENCODE,
                        "Vorbis cannot encode %d Hz, %d channel(s) at that "
                        "bit rate",
                        s->rate, s->channels);
  f = ks_xcalloc(1, sizeof *f);
  f->file = out;
  f->spec = *s;
  vorbis_comment_init(&vc);
  ks_vorbis_comments(tags, tag, &vc);
  vorbis_analysis_init(&vd, &vi);
  vorbis_analysis_headerout(&vd, &vc, &h[0], &h[1], &h[2]);
  ogg_stream_init(&f->os, ks_ogg_serial(tags));
  for (int i = 0; i < 3; i++) {
    ks_buf_init(&f->headers[i], 0);
    ks_buf_put(&f->headers[i], h[i].packet, (size_t)h[i].bytes);
    ogg_stream_packetin(&f->os, &h[i]);
  }
  f->packetno = 3;
  vorbis_dsp_clear(&vd);
  vorbis_comment_clear(&vc);
  vorbis_info_clear(&vi);
  st = pages(f, true, err); /* audio starts on a fresh page */
  if (st != KS_OK) {
    ogg_stream_clear(&f->os);
    for (int i = 0; i < 3; i++)
      ks_buf_free(&f->headers[i]);
    free(f);
    return st;
  }
  *state = f;
  return KS_OK;
}

// The packets the encoder has ready, into bytes; sums a quarter of each block.
static void take(vorbis_info *vi, vorbis_dsp_state *vd, vorbis_block *vb,
                 struct ks_buf *bytes, uint64_t *quarters) {
  ogg_packet op;
  while (vorbis_analysis_blockout(vd, vb) == 1) {
    vorbis_analysis(vb, NULL);
    vorbis_bitrate_addblock(vb);
    while (vorbis_bitrate_flushpacket(vd, &op)) {
      long bs = vorbis_packet_blocksize(vi, &op);
      char pre[PREFIX];
      for (int i = 0; i < 4; i++)
        pre[i] = (char)((unsigned long)op.bytes >> (24 - 8 * i));
      pre[4] = (char)(bs >> 8);
      pre[5] = (char)bs;
      ks_buf_put(bytes, pre, PREFIX);
      ks_buf_put(bytes, op.packet, (size_t)op.bytes);
      *quarters += (uint64_t)bs / 4;
    }
  }
}

/* A chunk, by an encoder of its own. Decoded in the joined stream, its
 * packets give a quarter of each block twice, once with the block before
 * and once with the one after, less the first quarter of the first block,
 * which the joint has heard before the chunk's sound: that is, every quarter
 * but the first. */
static enum ks_status vc_encode(void *state, const float *pcm, size_t n,
                                struct ks_buf *bytes, size_t *extra,
                                struct ks_error *err) {
  const struct vorbisfile *f = state;
  size_t ch = (size_t)f->spec.channels;
  vorbis_info vi;
  vorbis_dsp_state vd;
  vorbis_block vb;
  uint64_t quarters = 0, first = 0;
  if (!setup(&vi, &f->spec))
    return ks_error_set(err, KS_ERR_ENCODE, "Vorbis cannot start");
  vorbis_analysis_init(&vd, &vi);
  vorbis_block_init(&vd, &vb);
  for (size_t done = 0; done < n;) {
    size_t k = n - done < 4096 ? n - done : 4096;
    float **buf = vorbis_analysis_buffer(&vd, (int)k);
    for (size_t i = 0; i < k; i++)
      for (size_t c = 0; c < ch; c++)
        buf[c][i] = pcm[(done + i) * ch + c];
    vorbis_analysis_wrote(&vd, (int)k);
    take(&vi, &vd, &vb, bytes, &quarters);
    done += k;
  }
  vorbis_analysis_wrote(&vd, 0);
  take(&vi, &vd, &vb, bytes, &quarters);
  vorbis_block_clear(&vb);
  vorbis_dsp_clear(&vd);
  vorbis_info_clear(&vi);
  if (bytes->len >= PREFIX)
    first = be(bytes->ptr + 4, 2) / 4;
  quarters = 2 * quarters - first;
  *extra = quarters > n ? (size_t)(quarters - n) : 0;
  return KS_OK;
}

/* libvorbis's decoder, on the chunk alone, into a true-peak meter. */
static enum ks_status vc_peak(void *state, const struct ks_buf *bytes,
                              double *peak_db, struct ks_error *err) {
  const struct vorbisfile *f = state;
  struct ks_peak_meter *m = NULL;
  struct ks_frame_sink sink;
  vorbis_info vi;
  vorbis_comment vc;
  vorbis_dsp_state vd;
  vorbis_block vb;
  ogg_packet op;
  size_t ch = (size_t)f->spec.channels;
  float *frames = NULL;
  size_t cap = 0;
  enum ks_status st =
      ks_peak_meter_new(f->spec.rate, f->spec.channels, &m, err);
  if (st != KS_OK)
    return st;
  vorbis_info_init(&vi);
  vorbis_comment_init(&vc);
  memset(&op, 0, sizeof op);
  for (int i = 0; i < 3 && st == KS_OK; i++) {
    op.packet = (unsigned char *)f->headers[i].ptr;
    op.bytes = (long)f->headers[i].len;
    op.b_o_s = i == 0;
    op.packetno = i;
    if (vorbis_synthesis_headerin(&vi, &vc, &op) != 0)
      st = ks_error_set(err, KS_ERR_ENCODE, "Vorbis cannot read its headers");
  }
  if (st == KS_OK) {
    sink = ks_peak_meter_sink(m);
    vorbis_synthesis_init(&vd, &vi);
    vorbis_block_init(&vd, &vb);
    op.b_o_s = 0;
    for (size_t at = 0; at + PREFIX <= bytes->len && st == KS_OK;) {
      size_t k = be(bytes->ptr + at, 4);
      float **pcm;
      int got;
      op.packet = (unsigned char *)bytes->ptr + at + PREFIX;
      op.bytes = (long)k;
      op.packetno++;
      at += PREFIX + k;
      if (vorbis_synthesis(&vb, &op) == 0)
        vorbis_synthesis_blockin(&vd, &vb);
      while (st == KS_OK && (got = vorbis_synthesis_pcmout(&vd, &pcm)) > 0) {
        ks_grow(&frames, &cap, (size_t)got * ch, sizeof *frames);
        for (size_t i = 0; i < (size_t)got; i++)
          for (size_t c = 0; c < ch; c++)
            frames[i * ch + c] = pcm[c][i];
        st = sink.write(sink.ctx, frames, (size_t)got, err);
        vorbis_synthesis_read(&vd, got);
      }
    }
    vorbis_block_clear(&vb);
    vorbis_dsp_clear(&vd);
    *peak_db = ks_peak_meter_db(m);
  }
  vorbis_comment_clear(&vc);
  vorbis_info_clear(&vi);
  ks_peak_meter_free(m);
  free(frames);
  return st;
}

static void packet(struct vorbisfile *f, bool eos) {
  ogg_packet op;
  op.packet = f->held;
  op.bytes = (long)f->n_held;
  op.b_o_s = 0;
  op.e_o_s = eos;
  op.granulepos = f->granule;
  op.packetno = f->packetno++;
  ogg_stream_packetin(&f->os, &op);
  free(f->held);
  f->held = NULL;
}

/* The chunk's packets into the stream. The first of a later chunk is heard
 * after a quarter of its block (*lead) of the joint's silence. */
static enum ks_status vc_put(void *state, const struct ks_buf *bytes,
                             size_t n, size_t extra, size_t *lead,
                             struct ks_error *err) {
  struct vorbisfile *f = state;
  enum ks_status st = KS_OK;
  *lead = f->last_block && bytes->len >= PREFIX
              ? be(bytes->ptr + 4, 2) / 4
              : 0;
  for (size_t at = 0; at + PREFIX <= bytes->len && st == KS_OK;) {
    size_t k = be(bytes->ptr + at, 4);
    int bs = (int)be(bytes->ptr + at + 4, 2);
    if (f->held) { /* the one before this: not the last */
      packet(f, false);
      st = pages(f, false, err);
    }
    f->before = f->granule;
    /* what the decoder gives for this packet: a quarter of each block */
    if (f->last_block)
      f->granule += f->last_block / 4 + bs / 4;
    f->last_block = bs;
    f->held = ks_xmalloc(k ? k : 1);
    memcpy(f->held, bytes->ptr + at + PREFIX, k);
    f->n_held = k;
    at += PREFIX + k;
  }
  f->heard += *lead + n + extra;
  f->last_extra = extra;
  return st;
}

/* The last packet closes the stream; its granule position trims the last
 * chunk's padding, so the file is as long as what was heard. */
static enum ks_status vc_end(void *state, struct ks_error *err) {
  struct vorbisfile *f = state;
  enum ks_status st = KS_OK;
  if (f->held) {
    int64_t all = (int64_t)(f->heard - f->last_extra);
    if (all < f->granule) /* never back before the packet before */
      f->granule = all > f->before ? all : f->before;
    packet(f, true);
    st = pages(f, true, err);
  }
  ogg_stream_clear(&f->os);
  for (int i = 0; i < 3; i++)
    ks_buf_free(&f->headers[i]);
  free(f);
  return st;
}

static void vc_drop(void *state) {
  struct vorbisfile *f = state;
  ogg_stream_clear(&f->os);
  for (int i = 0; i < 3; i++)
    ks_buf_free(&f->headers[i]);
  free(f->held);
  free(f);
}

static const struct ks_chunk_codec vorbis_chunks = {
    vc_begin, vc_encode, vc_peak, vc_put, vc_end, vc_drop};

static enum ks_status vo_open(struct ks_vfile *out,
                              const struct ks_writer_spec *spec,
                              const struct ks_tags *tags, void **state,
                              struct ks_error *err) {
  return ks_chunked_open(&vorbis_chunks, out, spec, tags, state, err);
}

const struct ks_writer ks_writer_vorbis_parallel = {
    vo_open, ks_chunked_write, ks_chunked_finish, ks_chunked_drop};
