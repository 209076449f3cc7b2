/* vorbis.c - Ogg Vorbis with tags, through libvorbisenc and libogg.
 * SPDX-License-Identifier: MIT
 *
 * libsndfile 1.2.0 writes Ogg/Vorbis whose tags ffprobe and players do not
 * show, so this one format is written with its own library.
 */
#include "writer.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <vorbis/vorbisenc.h>

struct vorbis {
  struct ks_vfile *file; /* not owned */
  int channels;
  vorbis_info vi;
  vorbis_comment vc;
  vorbis_dsp_state vd;
  vorbis_block vb;
  ogg_stream_state os;
  bool started;
};

static enum ks_status put_pages(struct vorbis *v, bool flush,
                                struct ks_error *err) {
  ogg_page og;
  while (flush ? ogg_stream_flush(&v->os, &og)
               : ogg_stream_pageout(&v->os, &og)) {
    if (ks_vfile_write(v->file, og.header, (size_t)og.header_len) !=
            (size_t)og.header_len ||
        ks_vfile_write(v->file, og.body, (size_t)og.body_len) !=
            (size_t)og.body_len)
      return ks_error_set(err, KS_ERR_ENCODE, "cannot write audio");
  }
  return KS_OK;
}

// Encode whatever blocks the analysis has ready.
static enum ks_status drain(struct vorbis *v, struct ks_error *err) {
  ogg_packet op;
  while (vorbis_analysis_blockout(&v->vd, &v->vb) == 1) {
    vorbis_analysis(&v->vb, NULL);
    vorbis_bitrate_addblock(&v->vb);
    while (vorbis_bitrate_flushpacket(&v->vd, &op)) {
      enum ks_status st;
      ogg_stream_packetin(&v->os, &op);
      st = put_pages(v, false, err);
      if (st != KS_OK)
        return st;
    }
  }
  return KS_OK;
}

static void vorbis_free(struct vorbis *v) {
  if (v->started) {
    ogg_stream_clear(&v->os);
    vorbis_block_clear(&v->vb);
    vorbis_dsp_clear(&v->vd);
  }
  vorbis_comment_clear(&v->vc);
  vorbis_info_clear(&v->vi);
  free(v);
}

static enum ks_status v_write(void *w, const float *frames, size_t n,
                              struct ks_error *err) {
  struct vorbis *v = w;
  while (n > 0) {
    size_t k = n < 4096 ? n : 4096;
    float **buf = vorbis_analysis_buffer(&v->vd, (int)k);
    enum ks_status st;
    for (size_t i = 0; i < k; i++)
      for (int c = 0; c < v->channels; c++)
        buf[c][i] = frames[i * (size_t)v->channels + (size_t)c];
    vorbis_analysis_wrote(&v->vd, (int)k);
    st = drain(v, err);
    if (st != KS_OK)
      return st;
    frames += k * (size_t)v->channels;
    n -= k;
  }
  return KS_OK;
}

static enum ks_status v_finish(void *w, struct ks_error *err) {
  struct vorbis *v = w;
  enum ks_status st;
  vorbis_analysis_wrote(&v->vd, 0);
  st = drain(v, err);
  if (st == KS_OK)
    st = put_pages(v, true, err);
  vorbis_free(v);
  return st;
}

static void v_drop(void *w) { vorbis_free(w); }

static void tag(void *vc, const char *name, const char *value) {
  vorbis_comment_add_tag(vc, name, value);
}

static enum ks_status v_open(struct ks_vfile *file,
                             const struct ks_writer_spec *spec,
                             const struct ks_tags *tags, void **out,
                             struct ks_error *err) {
  struct vorbis *v = ks_xcalloc(1, sizeof *v);
  ogg_packet h, hc, hcode;
  enum ks_status st;
  int rc;

  v->file = file;
  v->channels = spec->channels;
  vorbis_info_init(&v->vi);
  vorbis_comment_init(&v->vc);
  if (spec->bitrate_kbps > 0)
    rc = vorbis_encode_init(&v->vi, spec->channels, spec->rate, -1,
                            spec->bitrate_kbps * 1000L, -1);
  else
    rc = vorbis_encode_init_vbr(&v->vi, spec->channels, spec->rate,
                                spec->quality);
  if (rc != 0) {
    vorbis_free(v);
    return ks_error_set(err, KS_ERR_ENCODE,
                        "Vorbis cannot encode %d Hz, %d channel(s) at that "
                        "bit rate",
                        spec->rate, spec->channels);
  }
  ks_vorbis_comments(tags, tag, &v->vc);
  vorbis_analysis_init(&v->vd, &v->vi);
  vorbis_block_init(&v->vd, &v->vb);
  ogg_stream_init(&v->os, (int)(time(NULL) ^ (long)(intptr_t)v));
  v->started = true;
  vorbis_analysis_headerout(&v->vd, &v->vc, &h, &hc, &hcode);
  ogg_stream_packetin(&v->os, &h);
  ogg_stream_packetin(&v->os, &hc);
  ogg_stream_packetin(&v->os, &hcode);
  st = put_pages(v, true, err); /* audio starts on a fresh page */
  if (st != KS_OK) {
    vorbis_free(v);
    return st;
  }
  *out = v;
  return KS_OK;
}

const struct ks_writer ks_writer_vorbis = {v_open, v_write, v_finish, v_drop};
