/* audio.c - the signal between synthesis and the encoder: loudness
 * (libebur128), resampling (libsoxr) and a true-peak limiter.
 * SPDX-License-Identifier: MIT
 *
 * Each segment (a jingle, the speech) gets one gain that brings it to the
 * target loudness after limiting. Pass one spools its 16-bit PCM to a
 * temporary file and measures it. Pass two gives it the gain, resamples it,
 * limits its true peaks and hands the frames to the sink.
 *
 * Pass two can run while synthesis goes on (ks_audio_stream): once
 * WARM_SECONDS of a segment have been heard, dry runs over them find the gain
 * that brings them to the target, and from then on every block goes straight
 * through pass two on pass one's worker thread, with a meter on what comes
 * out. At the end that meter says whether the whole landed within
 * TOLERANCE_LU of the target. When it did not, the gain is found again by dry
 * runs over the spool, and pass two is run again from it into a fresh sink
 * (ks_audio_finish). Memory stays flat however long the episode is.
 */
#include "buf.h"
#include "limiter.h"
#include "pipe.h"

#include <ebur128.h>
#include <errno.h>
#include <math.h>
#include <soxr.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.14159265358979323846
#define MAX_SEGMENTS 8
#define CHUNK 4096

/* Streaming: a segment's gain is guessed once WARM_SECONDS of it have been
 * heard, by WARM_ROUNDS dry runs over the last DRY_SECONDS of those (past an
 * episode's introduction, nearer the body), starting from the raw loudness
 * plus TOLL_LU (about what the limiter takes off espeak-ng's voices raised
 * to -16 LUFS). The stream is kept when it lands within TOLERANCE_LU of the
 * target; dry runs stop CLOSE_LU from it. */
#define WARM_SECONDS 20
#define DRY_SECONDS 10
#define WARM_ROUNDS 2
#define TOLL_LU 1.0
#define TOLERANCE_LU 0.5
#define CLOSE_LU 0.1
#define COARSE_STEP 4 /* the stream's check meters one sample in four */

/* Blocks waiting for the encoder, and for pass one's worker: 47 s of speech,
 * so synthesis need not wait while the worker levels the warm-up. */
#define SLOTS 8
#define SPOOL_SLOTS 64
#define BLOCK 16384 /* samples handed over at a time */

/* Where pass two's frames go: the encoder (through sink, on its own thread
 * via pipe), or nowhere (a dry run, where only a chain's meter matters). */
struct out {
  const struct ks_frame_sink *sink; /* NULL in a dry run */
  ebur128_state *meter;             /* all of the output, for stats; or NULL */
  int channels;
  float *frames; /* scratch for interleaving */
  size_t cap_frames;
  struct ks_pipe *pipe; /* to the encoder's thread */
};

/* A loudness meter on every step-th sample of a chain's output. */
struct tap {
  ebur128_state *m; /* NULL: none */
  size_t step;
  size_t phase; /* of the next sample, in 0 .. step - 1 */
  float *dec;   /* room for the chain's `cap` samples, when step > 1 */
};

/* One segment's way through pass two: gain, resampler, limiter, meters of
 * what comes out, then out. */
struct chain {
  struct out *o;
  float scale; /* the gain, over 32768 */
  soxr_t rs;   /* NULL when the rates match */
  bool limit;
  struct ks_limiter lim;
  struct tap exact;  /* the loudness, in a dry run */
  struct tap coarse; /* a quarter of it, as the stream's check reads it */
  float in[CHUNK];
  float *res, *lim_out; /* room for `cap` samples each */
  size_t cap;
};

struct segment {
  int rate;
  uint64_t offset;    /* bytes into the spool */
  uint64_t frames;    /* at its own rate */
  ebur128_state *raw; /* loudness as made; only the warm-up once streaming */
  int16_t *held;      /* the first WARM_SECONDS, until the gain is guessed */
  size_t n_held, cap_held;
  bool streaming; /* its pass two runs alongside pass one */
  struct chain ch;
  bool known;         /* a gain has been tried, and gave known_lufs */
  double known_gain;  /* dB */
  double known_lufs;  /* after limiting; -HUGE_VAL when silent */
  double coarse_bias; /* the coarse meter's reading over the exact one's, in
                       * the last dry run (LU) */
  bool settled;       /* gain_db is final */
  double gain_db;
};

struct ks_audio {
  struct ks_audio_opts o;
  FILE *spool;
  struct segment seg[MAX_SEGMENTS];
  size_t n_seg;
  struct ks_pipe *pipe; /* pass one's worker for the current segment */
  struct out *stream;   /* pass two running alongside pass one, or NULL */
  struct ks_audio_stats stats;
};

/* ----------------------------------------------------------------- out */

static enum ks_status out_start(struct out *o, const struct ks_frame_sink *sink,
                                int channels, struct ks_error *err);

// The encoder's thread: hands each block of frames to the sink.
static enum ks_status encode_block(void *ctx, const void *data, size_t bytes,
                                   struct ks_error *err) {
  const struct out *o = ctx;
  size_t n = bytes / (sizeof(float) * (size_t)o->channels);
  return o->sink->write(o->sink->ctx, data, n, err);
}

static enum ks_status out_start(struct out *o, const struct ks_frame_sink *sink,
                                int channels, struct ks_error *err) {
  memset(o, 0, sizeof *o);
  o->sink = sink;
  o->channels = channels;
  if (!sink)
    return KS_OK;
  return ks_pipe_start(&o->pipe, BLOCK * (size_t)channels * sizeof(float),
                       SLOTS, encode_block, o, err);
}

/* Waits for the encoder's thread; its first failure is the one reported. */
static enum ks_status out_end(struct out *o, enum ks_status st,
                              struct ks_error *err) {
  struct ks_error perr;
  enum ks_status pst = ks_pipe_finish(o->pipe, &perr);
  o->pipe = NULL;
  if (pst != KS_OK && (st == KS_OK || st == pst)) {
    st = pst;
    if (err)
      *err = perr;
  }
  return st;
}

static void out_free(struct out *o) {
  if (!o)
    return;
  (void)ks_pipe_finish(o->pipe, NULL);
  if (o->meter)
    ebur128_destroy(&o->meter);
  free(o->frames);
  memset(o, 0, sizeof *o);
}

// Hands n mono samples on as interleaved frames of the wanted channel count.
static enum ks_status emit(struct out *o, const float *mono, size_t n,
                           struct ks_error *err) {
  const float *f = mono;
  size_t ch = (size_t)o->channels;
  if (!o->sink && !o->meter)
    return KS_OK;
  if (ch > 1) {
    ks_grow(&o->frames, &o->cap_frames, n * ch, sizeof *o->frames);
    for (size_t i = 0; i < n; i++)
      for (size_t c = 0; c < ch; c++)
        o->frames[i * ch + c] = mono[i];
    f = o->frames;
  }
  if (o->meter && ebur128_add_frames_float(o->meter, f, n) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  if (!o->sink)
    return KS_OK;
  return ks_pipe_write(o->pipe, f, n * ch * sizeof *f, err);
}

/* --------------------------------------------------------------- chain */

static double loudness_of(ebur128_state *m) {
  double l;
  if (!m || ebur128_loudness_global(m, &l) != EBUR128_SUCCESS)
    return -HUGE_VAL;
  return l;
}

static void tap_free(struct tap *t) {
  if (t->m)
    ebur128_destroy(&t->m);
  free(t->dec);
  memset(t, 0, sizeof *t);
}

static enum ks_status tap_start(struct tap *t, int rate, size_t step,
                                size_t cap, struct ks_error *err) {
  t->step = step;
  t->phase = 0;
  if (step > 1)
    t->dec = ks_xmalloc(cap * sizeof *t->dec);
  t->m = ebur128_init(1, (unsigned long)rate / step, EBUR128_MODE_I);
  if (!t->m)
    return ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  return KS_OK;
}

static enum ks_status tap_add(struct tap *t, const float *x, size_t n,
                              struct ks_error *err) {
  size_t k = n;
  if (!t->m || n == 0)
    return KS_OK;
  if (t->step > 1) {
    k = 0;
    for (size_t i = t->phase; i < n; i += t->step)
      t->dec[k++] = x[i];
    t->phase = (t->phase + t->step - n % t->step) % t->step;
    x = t->dec;
  }
  if (ebur128_add_frames_float(t->m, x, k) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  return KS_OK;
}

static void chain_free(struct chain *c) {
  if (c->limit)
    ks_limiter_free(&c->lim);
  tap_free(&c->exact);
  tap_free(&c->coarse);
  if (c->rs)
    soxr_delete(c->rs);
  free(c->res);
  free(c->lim_out);
  memset(c, 0, sizeof *c);
}

/* What a chain's output is metered for. */
enum meter {
  METER_NONE,
  METER_EXACT, /* a dry run: its reading sets the gain */
  METER_CHECK  /* a stream: its reading only tells whether the gain landed
                * within TOLERANCE_LU (a miss is levelled again by dry runs) */
};

/* Sets up pass two for a segment at `from` Hz going out at `to` Hz, its
 * output metered as `use` says.
 *
 * After resampling speech up to twice its rate or more, the band above the
 * old Nyquist frequency is empty (the resampler's stopband; the limiter's
 * slow gain adds next to nothing there), so every other sample carries the
 * whole signal: the exact meter takes those, at half the rate and half the
 * cost.
 *
 * The stream's check is coarse: it meters every COARSE_STEP-th sample of
 * the exact meter's, without a filter before, so speech above the lower
 * Nyquist frequency folds into the band below and reads a little loud,
 * more for a voice with more energy high up. Each dry run meters its
 * output both ways, and the check takes off the difference the last one
 * saw (`coarse_bias`). It costs a quarter of the exact meter: libebur128's
 * share of a FLAC run's CPU fell from 12% to 6% (`perf record -g ./kispeak
 * -q page.html out.flac; perf report --sort dso`). Whether the outputs
 * still land is `make bench-loudness`'s to say (all 91 pages within 0.5
 * LU of the target). */
static enum ks_status chain_start(struct chain *c, struct out *o, int from,
                                  int to, double gain_db, bool limit,
                                  double ceiling, enum meter use,
                                  struct ks_error *err) {
  enum ks_status st = KS_OK;
  size_t step = to % 2 == 0 && to >= 2 * from ? 2 : 1;
  memset(c, 0, sizeof *c);
  c->o = o;
  c->scale = (float)(pow(10.0, gain_db / 20.0) / 32768.0);
  c->cap = (size_t)((double)(CHUNK + 256) * to / from) + 512;
  if (from != to) {
    soxr_error_t serr = NULL;
    soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
    c->res = ks_xmalloc(c->cap * sizeof *c->res);
    c->rs = soxr_create(from, to, 1, &serr, &io, &q, NULL);
    if (serr)
      return ks_error_set(err, KS_ERR_IO, "resampler: %s", serr);
  }
  c->limit = limit;
  if (limit) {
    ks_limiter_init(&c->lim, to, ceiling);
    c->lim_out = ks_xmalloc(c->cap * sizeof *c->lim_out);
  }
  if (use == METER_EXACT)
    st = tap_start(&c->exact, to, step, c->cap, err);
  if (st == KS_OK && use != METER_NONE)
    st = tap_start(&c->coarse, to, step * COARSE_STEP, c->cap, err);
  return st;
}

/* The meters (when there are any), then out. */
static enum ks_status chain_out(struct chain *c, const float *x, size_t n,
                                struct ks_error *err) {
  enum ks_status st = tap_add(&c->exact, x, n, err);
  if (st == KS_OK)
    st = tap_add(&c->coarse, x, n, err);
  if (st != KS_OK)
    return st;
  return n > 0 ? emit(c->o, x, n, err) : KS_OK;
}

/* The limiter, when there is one, and on. */
static enum ks_status chain_tail(struct chain *c, const float *x, size_t n,
                                 struct ks_error *err) {
  if (!c->limit)
    return chain_out(c, x, n, err);
  n = ks_limiter_run(&c->lim, x, n, c->lim_out);
  return chain_out(c, c->lim_out, n, err);
}

/* Through the resampler, when there is one; with x NULL its tail. */
static enum ks_status chain_resample(struct chain *c, const float *x, size_t n,
                                     struct ks_error *err) {
  enum ks_status st = KS_OK;
  size_t done = 0, odone;
  if (!c->rs)
    return x ? chain_tail(c, x, n, err) : KS_OK;
  do {
    soxr_error_t serr =
        soxr_process(c->rs, x, n, &done, c->res, c->cap, &odone);
    if (serr)
      return ks_error_set(err, KS_ERR_IO, "resampler: %s", serr);
    if (odone)
      st = chain_tail(c, c->res, odone, err);
    if (x) {
      x += done;
      n -= done;
    }
  } while (st == KS_OK && (x ? n > 0 : odone > 0));
  return st;
}

static enum ks_status chain_push(struct chain *c, const int16_t *pcm, size_t n,
                                 struct ks_error *err) {
  enum ks_status st = KS_OK;
  while (st == KS_OK && n > 0) {
    size_t k = n < CHUNK ? n : CHUNK;
    for (size_t i = 0; i < k; i++)
      c->in[i] = pcm[i] * c->scale;
    st = chain_resample(c, c->in, k, err);
    pcm += k;
    n -= k;
  }
  return st;
}

/* Pushes out what the resampler and the limiter still hold. */
static enum ks_status chain_end(struct chain *c, struct ks_error *err) {
  enum ks_status st = chain_resample(c, NULL, 0, err);
  size_t k;
  while (st == KS_OK && c->limit &&
         (k = ks_limiter_drain(&c->lim, c->lim_out, c->cap)) > 0)
    st = chain_out(c, c->lim_out, k, err);
  return st;
}

/* ------------------------------------------------------------- pass one */

enum ks_status ks_audio_new(const struct ks_audio_opts *o,
                            struct ks_audio **out, struct ks_error *err) {
  struct ks_audio *a;
  *out = NULL;
  a = ks_xcalloc(1, sizeof *a);
  a->o = *o;
  /* BS.1770 sums the channels' energies: two identical channels measure
   * 3 dB above the mono signal, which is what is levelled here */
  if (o->channels > 1)
    a->o.target_lufs -= 10.0 * log10((double)o->channels);
  a->spool = tmpfile();
  if (!a->spool) {
    enum ks_status st = ks_error_set(
        err, KS_ERR_IO, "cannot make a temporary file: %s", strerror(errno));
    free(a);
    return st;
  }
  *out = a;
  return KS_OK;
}

void ks_audio_free(struct ks_audio *a) {
  if (!a)
    return;
  (void)ks_pipe_finish(a->pipe, NULL);
  if (a->stream) {
    out_free(a->stream);
    free(a->stream);
  }
  for (size_t i = 0; i < a->n_seg; i++) {
    if (a->seg[i].raw)
      ebur128_destroy(&a->seg[i].raw);
    chain_free(&a->seg[i].ch);
    free(a->seg[i].held);
  }
  if (a->spool)
    fclose(a->spool);
  free(a);
}

static enum ks_status level(struct ks_audio *a, struct segment *s, int rounds,
                            struct ks_error *err);

/* The last DRY_SECONDS of what is held. */
static size_t dry_start(const struct segment *s) {
  size_t dry = (size_t)s->rate * DRY_SECONDS;
  return s->n_held > dry ? s->n_held - dry : 0;
}

/* Starts a segment's pass two alongside pass one with the gain its warm-up
 * suggests, and sends what was held back through it. */
static enum ks_status stream_start(struct ks_audio *a, struct segment *s,
                                   double gain_db, struct ks_error *err) {
  enum ks_status st;
  st = chain_start(&s->ch, a->stream, s->rate, a->o.rate, gain_db,
                   a->o.loudness, a->o.ceiling_dbtp,
                   a->o.loudness ? METER_CHECK : METER_NONE, err);
  s->streaming = true;
  s->known_gain = gain_db;
  if (st == KS_OK)
    st = chain_push(&s->ch, s->held, s->n_held, err);
  free(s->held);
  s->held = NULL;
  s->n_held = s->cap_held = 0;
  return st;
}

/* Pass one's worker: spools a block and measures it; while streaming, holds
 * the warm-up back, then sends everything on through pass two. It runs on
 * its own thread while synthesis goes on. */
static enum ks_status absorb(void *ctx, const void *data, size_t bytes,
                             struct ks_error *err) {
  struct ks_audio *a = ctx;
  struct segment *s = &a->seg[a->n_seg - 1];
  const int16_t *pcm = data;
  size_t n = bytes / sizeof *pcm;
  enum ks_status st;
  if (fwrite(pcm, sizeof *pcm, n, a->spool) != n)
    return ks_error_set(err, KS_ERR_IO, "cannot spool audio: %s",
                        strerror(errno));
  if (s->streaming)
    return chain_push(&s->ch, pcm, n, err);
  if (s->raw && ebur128_add_frames_short(s->raw, pcm, n) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  if (!a->stream)
    return KS_OK;
  if (!a->o.loudness) { /* nothing to guess */
    st = stream_start(a, s, 0.0, err);
    return st == KS_OK ? chain_push(&s->ch, pcm, n, err) : st;
  }
  ks_grow(&s->held, &s->cap_held, s->n_held + n, sizeof *s->held);
  memcpy(s->held + s->n_held, pcm, n * sizeof *pcm);
  s->n_held += n;
  if (s->n_held < (size_t)s->rate * WARM_SECONDS)
    return KS_OK;
  /* the gain that brings the warm-up to the target after limiting stands
   * for the whole segment (a silent warm-up gets none; the meter on the
   * output then sends the segment back to be levelled over the spool) */
  st = level(a, s, WARM_ROUNDS, err);
  st = st == KS_OK ? stream_start(a, s, s->gain_db, err) : st;
  return st;
}

/* Hands the last samples over and waits for pass one's worker. */
static enum ks_status absorb_end(struct ks_audio *a, struct ks_error *err) {
  enum ks_status st = ks_pipe_finish(a->pipe, err);
  a->pipe = NULL;
  return st;
}

/* A segment has ended while streaming: its pass two is pushed out, or, for
 * one shorter than the warm-up (all of it held), levelled by dry runs over
 * what was held and sent through pass two now. */
static enum ks_status settle_stream(struct ks_audio *a, struct segment *s,
                                    struct ks_error *err) {
  enum ks_status st = KS_OK;
  if (!s->streaming) {
    st = level(a, s, WARM_ROUNDS, err);
    if (st == KS_OK)
      st = stream_start(a, s, s->gain_db, err);
  }
  if (st == KS_OK)
    st = chain_end(&s->ch, err);
  if (st == KS_OK && a->o.loudness) {
    s->known = true;
    s->known_lufs = loudness_of(s->ch.coarse.m) - s->coarse_bias;
  }
  return st;
}

enum ks_status ks_audio_segment(struct ks_audio *a, int rate,
                                struct ks_error *err) {
  struct segment *s;
  enum ks_status st = absorb_end(a, err);
  if (st == KS_OK && a->stream && a->n_seg > 0)
    st = settle_stream(a, &a->seg[a->n_seg - 1], err);
  if (st != KS_OK)
    return st;
  if (a->n_seg == MAX_SEGMENTS)
    return ks_error_set(err, KS_ERR_IO, "too many audio segments");
  if (rate < 1000 || rate > 384000)
    return ks_error_set(err, KS_ERR_IO, "unusable sample rate %d", rate);
  s = &a->seg[a->n_seg++];
  memset(s, 0, sizeof *s);
  s->rate = rate;
  if (a->n_seg > 1)
    s->offset = s[-1].offset + s[-1].frames * sizeof(int16_t);
  if (a->o.loudness) {
    s->raw = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I);
    if (!s->raw)
      return ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  }
  return ks_pipe_start(&a->pipe, BLOCK * sizeof(int16_t), SPOOL_SLOTS, absorb,
                       a, err);
}

enum ks_status ks_audio_add(struct ks_audio *a, const int16_t *pcm, size_t n,
                            struct ks_error *err) {
  struct segment *s = a->n_seg ? &a->seg[a->n_seg - 1] : NULL;
  if (!s || !a->pipe)
    return ks_error_set(err, KS_ERR_IO, "audio added before a segment");
  if (ks_audio_seconds(a) + (double)n / s->rate > KS_MAX_SECONDS)
    return ks_error_set(err, KS_ERR_SYNTH,
                        "the episode would be longer than %d hours",
                        KS_MAX_SECONDS / 3600);
  s->frames += n; /* counted here: the caller reads it back at once */
  return ks_pipe_write(a->pipe, pcm, n * sizeof *pcm, err);
}

double ks_audio_seconds(const struct ks_audio *a) {
  double t = 0;
  for (size_t i = 0; i < a->n_seg; i++)
    t += (double)a->seg[i].frames / a->seg[i].rate;
  return t;
}

/* ------------------------------------------------------------- pass two */

/* Sends a segment through a dry run's chain: while it has not streamed yet,
 * the end of what was held back; else all of it, from the spool. */
static enum ks_status replay(struct ks_audio *a, const struct segment *s,
                             struct chain *c, struct ks_error *err) {
  int16_t raw[CHUNK];
  uint64_t left = s->frames;
  enum ks_status st = KS_OK;
  if (s->held)
    st = chain_push(c, s->held + dry_start(s), s->n_held - dry_start(s), err);
  else if (fseek(a->spool, (long)s->offset, SEEK_SET) != 0)
    st = ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
  else
    while (st == KS_OK && left > 0) {
      size_t n = left < CHUNK ? (size_t)left : CHUNK;
      if (fread(raw, sizeof *raw, n, a->spool) != n)
        return ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
      left -= n;
      st = chain_push(c, raw, n, err);
    }
  return st == KS_OK ? chain_end(c, err) : st;
}

/* The loudness a gain gives a segment after limiting: a dry run through the
 * same chain as pass two's, so that it measures what pass two will make. */
static enum ks_status dry_run(struct ks_audio *a, struct segment *s,
                              double gain_db, double *lufs,
                              struct ks_error *err) {
  double coarse;
  struct out o;
  struct chain c;
  enum ks_status st = out_start(&o, NULL, 1, err);
  if (st == KS_OK)
    st = chain_start(&c, &o, s->rate, a->o.rate, gain_db, true,
                     a->o.ceiling_dbtp, METER_EXACT, err);
  if (st == KS_OK)
    st = replay(a, s, &c, err);
  *lufs = loudness_of(c.exact.m);
  coarse = loudness_of(c.coarse.m);
  if (isfinite(*lufs) && isfinite(coarse))
    s->coarse_bias = coarse - *lufs;
  chain_free(&c);
  out_free(&o);
  return st;
}

/* Settles a segment's gain: it starts from the last gain tried and what it
 * gave (a streamed guess) or from the raw loudness, and dry runs through the
 * limiter correct it, up to `rounds` times; the last correction is not
 * tried again. */
static enum ks_status level(struct ks_audio *a, struct segment *s, int rounds,
                            struct ks_error *err) {
  enum ks_status st = KS_OK;
  double g, g_prev = 0, l_prev = 0;
  s->settled = true;
  s->gain_db = 0;
  if (!a->o.loudness)
    return KS_OK;
  if (s->known) {
    if (!isfinite(s->known_lufs))
      return KS_OK; /* silence: nothing to bring up */
    g = s->known_gain + (a->o.target_lufs - s->known_lufs);
  } else {
    double raw = loudness_of(s->raw);
    if (!isfinite(raw))
      return KS_OK;
    g = a->o.target_lufs - raw + TOLL_LU;
  }
  for (int round = 0; round < rounds && st == KS_OK; round++) {
    double got, next;
    s->gain_db = g;
    st = dry_run(a, s, g, &got, err);
    if (st != KS_OK || !isfinite(got))
      break;
    s->known = true;
    s->known_gain = g;
    s->known_lufs = got;
    if (fabs(a->o.target_lufs - got) < CLOSE_LU)
      break;
    /* the limiter takes back part of any raise: after two tries, step along
     * the line through both (a secant step) rather than by the plain gap */
    if (round > 0 && got - l_prev > 0.05)
      next = g + (a->o.target_lufs - got) * (g - g_prev) / (got - l_prev);
    else
      next = g + (a->o.target_lufs - got);
    g_prev = g;
    l_prev = got;
    g = next;
    s->gain_db = g;
  }
  return st;
}

enum ks_status ks_audio_stream(struct ks_audio *a,
                               const struct ks_frame_sink *sink,
                               struct ks_error *err) {
  enum ks_status st;
  if (a->n_seg > 0 || a->stream)
    return ks_error_set(err, KS_ERR_IO, "pass two must stream from the start");
  a->stream = ks_xcalloc(1, sizeof *a->stream);
  st = out_start(a->stream, sink, a->o.channels, err);
  if (st == KS_OK && a->o.measure) {
    a->stream->meter =
        ebur128_init((unsigned)a->o.channels, (unsigned long)a->o.rate,
                     EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!a->stream->meter)
      st = ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  }
  return st;
}

static void take_stats(struct ks_audio *a, ebur128_state *m) {
  uint64_t longest = 0;
  for (size_t i = 0; i < a->n_seg; i++)
    if (a->seg[i].frames >= longest) { /* the speech's gain is reported */
      longest = a->seg[i].frames;
      a->stats.gain_db = a->seg[i].gain_db;
    }
  if (m) {
    double tp = 0;
    a->stats.lufs = loudness_of(m);
    for (unsigned c = 0; c < (unsigned)a->o.channels; c++) {
      double p = 0;
      if (ebur128_true_peak(m, c, &p) == EBUR128_SUCCESS && p > tp)
        tp = p;
    }
    a->stats.true_peak_db = tp > 0 ? 20 * log10(tp) : -HUGE_VAL;
  }
}

enum ks_status ks_audio_end_stream(struct ks_audio *a, bool *kept,
                                   struct ks_error *err) {
  enum ks_status st = absorb_end(a, err);
  *kept = false;
  if (!a->stream)
    return st == KS_OK ? ks_error_set(err, KS_ERR_IO, "no stream to end") : st;
  if (st == KS_OK && a->n_seg > 0)
    st = settle_stream(a, &a->seg[a->n_seg - 1], err);
  st = out_end(a->stream, st, err);
  if (st == KS_OK) {
    *kept = true;
    for (size_t i = 0; i < a->n_seg; i++) {
      struct segment *s = &a->seg[i];
      chain_free(&s->ch);
      s->streaming = false;
      if (!s->settled) /* the guess stands when it landed close enough */
        s->gain_db = s->known_gain;
      s->settled = !a->o.loudness || !isfinite(s->known_lufs) ||
                   fabs(a->o.target_lufs - s->known_lufs) <= TOLERANCE_LU;
      if (!s->settled)
        *kept = false;
    }
    take_stats(a, a->stream->meter);
  }
  out_free(a->stream);
  free(a->stream);
  a->stream = NULL;
  return st;
}

enum ks_status ks_audio_finish(struct ks_audio *a,
                               const struct ks_frame_sink *sink,
                               struct ks_error *err) {
  struct out o;
  enum ks_status st;
  if (a->stream)
    return ks_error_set(err, KS_ERR_IO, "pass two is still streaming");
  st = absorb_end(a, err);
  if (st == KS_OK && fflush(a->spool) != 0)
    st = ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
  for (size_t i = 0; i < a->n_seg && st == KS_OK; i++)
    if (!a->seg[i].settled)
      st = level(a, &a->seg[i], 4, err);
  if (st != KS_OK)
    return st;
  st = out_start(&o, sink, a->o.channels, err);
  if (st == KS_OK && a->o.measure) {
    o.meter = ebur128_init((unsigned)a->o.channels, (unsigned long)a->o.rate,
                           EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!o.meter)
      st = ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  }
  for (size_t i = 0; i < a->n_seg && st == KS_OK; i++) {
    struct segment *s = &a->seg[i];
    struct chain c;
    st = chain_start(&c, &o, s->rate, a->o.rate, s->gain_db, a->o.loudness,
                     a->o.ceiling_dbtp, METER_NONE, err);
    if (st == KS_OK)
      st = replay(a, s, &c, err);
    chain_free(&c);
  }
  st = out_end(&o, st, err);
  if (st == KS_OK)
    take_stats(a, o.meter);
  out_free(&o);
  return st;
}

const struct ks_audio_stats *ks_audio_stats(const struct ks_audio *a) {
  return &a->stats;
}

void ks_audio_set_ceiling(struct ks_audio *a, double dbtp) {
  /* a lower ceiling limits harder and takes more loudness: the gains are
   * found again, by dry runs under the new ceiling */
  a->o.ceiling_dbtp = dbtp;
  for (size_t i = 0; i < a->n_seg; i++)
    a->seg[i].settled = false;
}

struct ks_peak_meter {
  ebur128_state *m;
  unsigned channels;
};

static enum ks_status peak_write(void *ctx, const float *frames, size_t n,
                                 struct ks_error *err) {
  struct ks_peak_meter *p = ctx;
  if (ebur128_add_frames_float(p->m, frames, n) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "peak meter failed");
  return KS_OK;
}

enum ks_status ks_peak_meter_new(int rate, int channels,
                                 struct ks_peak_meter **out,
                                 struct ks_error *err) {
  struct ks_peak_meter *p = ks_xcalloc(1, sizeof *p);
  *out = NULL;
  p->channels = (unsigned)channels;
  p->m = ebur128_init(p->channels, (unsigned long)rate, EBUR128_MODE_TRUE_PEAK);
  if (!p->m) {
    free(p);
    return ks_error_set(err, KS_ERR_IO, "cannot start the peak meter");
  }
  *out = p;
  return KS_OK;
}

struct ks_frame_sink ks_peak_meter_sink(struct ks_peak_meter *m) {
  struct ks_frame_sink s = {peak_write, m};
  return s;
}

double ks_peak_meter_db(const struct ks_peak_meter *p) {
  double most = 0;
  for (unsigned c = 0; c < p->channels; c++) {
    double v = 0;
    if (ebur128_true_peak(p->m, c, &v) == EBUR128_SUCCESS && v > most)
      most = v;
  }
  return most > 0 ? 20 * log10(most) : -HUGE_VAL;
}

void ks_peak_meter_free(struct ks_peak_meter *p) {
  if (!p)
    return;
  ebur128_destroy(&p->m);
  free(p);
}
