/* audio.c - the signal between synthesis and the encoder: loudness
 * (libebur128), resampling (libsoxr) and a true-peak limiter.
 * SPDX-License-Identifier: MIT
 *
 * Two passes. Pass one spools each segment's PCM (a jingle, the speech) as
 * 16-bit samples at its own rate to a temporary file and measures its
 * loudness. Pass two reads the spool back, gives each segment the gain that
 * brings it to the target, resamples it, limits true peaks and hands frames to
 * the sink. Memory stays flat however long the episode is.
 */
#include "buf.h"
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
#define TAPS 8   /* per phase of the 4x peak interpolator */
#define PHASES 3 /* points between two samples: 1/4, 2/4, 3/4 */

#define WARM_SECONDS 10  /* of speech heard before a speculative gain */
#define GUESS_SECONDS 60 /* of speech the guess learns the limiter's toll on   \
                          */
#define SLOTS 8
#define BLOCK 16384 /* samples handed over at a time */

struct limiter;

/* A speculative dry run, made while synthesis goes on: after WARM_SECONDS the
 * gain is guessed from the loudness so far, and the rest (with what was held
 * back) goes through the limiter into a second meter. At the end that meter
 * tells how far the guess landed from the target. */
struct guess {
  int16_t *held; /* the first WARM_SECONDS, until the guess is made */
  size_t n_held, cap_held;
  bool running;
  uint64_t fed; /* samples through the limiter; it stops at GUESS_SECONDS */
  double raw;   /* loudness of the same stretch before gain, once stopped */
  bool stopped;
  double gain_db;
  struct limiter *lim;
  ebur128_state *meter;
  float *tmp;
};

struct segment {
  int rate;
  uint64_t offset; /* bytes into the spool */
  uint64_t frames; /* at its own rate */
  ebur128_state *meter;
  double lufs; /* -HUGE_VAL when silent */
  struct guess g;
};

struct limiter {
  float ceiling;        /* linear */
  size_t look;          /* lookahead, samples */
  size_t n;             /* ring size, a power of two */
  size_t mask;          /* n - 1 */
  float *x, *req;       /* ring: delayed input, required gain */
  float hist[2 * TAPS]; /* interpolator history, mirrored: a window is
                           contiguous at hist + hpos */
  size_t hpos;
  float reach; /* how far past its inputs' peak an interpolated point can
                  go: the largest sum of |taps| */
  size_t *dq;  /* monotonic deque of indices (sliding minimum) */
  size_t dq_head, dq_len;
  float *h; /* ring of window minima, for the moving average */
  double h_sum;
  float g;       /* gain after release smoothing */
  float release; /* per-sample release coefficient */
  uint64_t t;    /* samples taken in */
  uint64_t out;  /* samples given out */
};

struct ks_audio {
  struct ks_audio_opts o;
  FILE *spool;
  struct segment seg[MAX_SEGMENTS];
  size_t n_seg;
  struct ks_pipe *pipe; /* pass one's worker for the current segment */
  int16_t acc[BLOCK];   /* samples gathered into a full block for the pipe */
  size_t n_acc;
  bool levelled; /* gains known: pass two may be run again */
  double gains[MAX_SEGMENTS];
  struct ks_audio_stats stats;
};

/* Hands the gathered samples to the worker. Blocks are gathered because
 * each hand-over can wake a thread, which costs a system call. */
static enum ks_status hand_over(struct ks_audio *a, struct ks_error *err) {
  enum ks_status st = KS_OK;
  if (a->n_acc && a->pipe)
    st = ks_pipe_push(a->pipe, a->acc, a->n_acc * sizeof *a->acc, err);
  a->n_acc = 0;
  return st;
}

static float interp[PHASES][TAPS]; /* windowed-sinc taps, filled once */

// The 4x interpolation filter: a Hann-windowed sinc over 8 neighbours, enough
// to see inter-sample peaks to a fraction of a dB (BS.1770's own check uses a
// 4x, 48-tap filter; the limiter keeps a margin below the ceiling for that).
static void init_interp(void) {
  if (interp[0][0] != 0.0f)
    return;
  for (int p = 0; p < PHASES; p++) {
    double frac = (p + 1) / 4.0;
    double sum = 0;
    for (int k = 0; k < TAPS; k++) {
      double x = (k - (TAPS / 2 - 1)) - frac; /* distance to the point */
      double s = fabs(x) < 1e-9 ? 1.0 : sin(PI * x) / (PI * x);
      double w = 0.5 + 0.5 * cos(PI * x / (TAPS / 2.0 + 0.5));
      interp[p][k] = (float)(s * w);
      sum += s * w;
    }
    for (int k = 0; k < TAPS; k++)
      interp[p][k] = (float)(interp[p][k] / sum);
  }
}

static void limiter_init(struct limiter *l, int rate, double ceiling_db) {
  memset(l, 0, sizeof *l);
  init_interp();
  l->ceiling = (float)pow(10.0, ceiling_db / 20.0);
  l->look = (size_t)rate * 5 / 1000 + 1; /* 5 ms */
  l->n = 64;
  while (l->n < 2 * l->look + 2 * TAPS)
    l->n *= 2;
  l->mask = l->n - 1;
  l->x = ks_xcalloc(l->n, sizeof *l->x);
  l->req = ks_xcalloc(l->n, sizeof *l->req);
  l->h = ks_xcalloc(l->n, sizeof *l->h);
  l->dq = ks_xcalloc(l->n, sizeof *l->dq);
  l->g = 1.0f;
  l->reach = 0;
  for (int p = 0; p < PHASES; p++) {
    float sum = 0;
    for (int k = 0; k < TAPS; k++)
      sum += fabsf(interp[p][k]);
    if (sum > l->reach)
      l->reach = sum;
  }
  l->release = (float)(1.0 - exp(-1.0 / (0.08 * rate))); /* 80 ms */
}

static void limiter_free(struct limiter *l) {
  free(l->x);
  free(l->req);
  free(l->h);
  free(l->dq);
}

/* Take one sample; returns true and sets *y when a sample comes out (the
 * output lags the input by the lookahead plus the interpolator's delay).
 * The gain for a sample is the moving average over the lookahead of the
 * window minimum of the gains its neighbourhood needs, so it is never above
 * what any peak in reach requires, and it moves smoothly. */
static bool limiter_step(struct limiter *l, float in, float *y) {
  const size_t D = TAPS / 2; /* the sample whose peaks are known now */
  size_t i, j;
  float peak, req;

  const float *w;
  float most = 0;

  l->hist[l->hpos] = l->hist[l->hpos + TAPS] = in;
  l->hpos = (l->hpos + 1) % TAPS;
  w = l->hist + l->hpos; /* the last TAPS samples, oldest first */
  l->t++;
  if (l->t < D)
    return false;
  /* sample s = t - D: its value and the peaks between it and the next; the
   * interpolation is skipped when no point could reach the ceiling */
  peak = fabsf(w[TAPS - D - 1]);
  for (int k = 0; k < TAPS; k++)
    if (fabsf(w[k]) > most)
      most = fabsf(w[k]);
  if (most * l->reach > l->ceiling) {
    for (int p = 0; p < PHASES; p++) {
      float v = 0;
      for (int k = 0; k < TAPS; k++)
        v += interp[p][k] * w[k];
      if (fabsf(v) > peak)
        peak = fabsf(v);
    }
  }
  req = peak > l->ceiling ? l->ceiling / peak : 1.0f;
  i = (size_t)(l->t - D) & l->mask;
  l->x[i] = w[TAPS - D - 1];
  l->req[i] = req;

  /* sliding minimum of req over the last `look` samples */
  while (l->dq_len > 0 &&
         l->req[l->dq[(l->dq_head + l->dq_len - 1) & l->mask]] >= req)
    l->dq_len--;
  l->dq[(l->dq_head + l->dq_len) & l->mask] = i;
  l->dq_len++;
  {
    uint64_t s = l->t - D; /* 1-based count of samples with req */
    if (s > l->look) {
      size_t oldest = (size_t)(s - l->look - 1) & l->mask;
      if (l->dq[l->dq_head] == oldest) {
        l->dq_head = (l->dq_head + 1) & l->mask;
        l->dq_len--;
      }
    }
    if (s < l->look)
      return false;
    /* h for sample m = s - look (0-based): min over m .. m + look - 1 */
    {
      uint64_t m = s - l->look;
      float hm = l->req[l->dq[l->dq_head]];
      float e, g;
      j = (size_t)m & l->mask;
      l->h_sum += hm;
      if (m >= l->look)
        l->h_sum -= l->h[(size_t)(m - l->look) & l->mask];
      l->h[j] = hm;
      /* the average over the previous `look` minima (ones before the start) */
      e = (float)((l->h_sum +
                   (m + 1 < l->look ? (double)(l->look - m - 1) : 0.0)) /
                  (double)l->look);
      if (e > 1.0f)
        e = 1.0f;
      g = e < l->g ? e : l->g + (e - l->g) * l->release;
      if (g > e)
        g = e;
      l->g = g;
      *y = l->x[j] * g;
      l->out++;
      return true;
    }
  }
}

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

static double loudness_of(ebur128_state *m) {
  double l;
  if (!m || ebur128_loudness_global(m, &l) != EBUR128_SUCCESS)
    return -HUGE_VAL;
  return l;
}

static void guess_free(struct guess *g);

void ks_audio_free(struct ks_audio *a) {
  if (!a)
    return;
  (void)ks_pipe_finish(a->pipe, NULL);
  for (size_t i = 0; i < a->n_seg; i++) {
    if (a->seg[i].meter)
      ebur128_destroy(&a->seg[i].meter);
    guess_free(&a->seg[i].g);
  }
  if (a->spool)
    fclose(a->spool);
  free(a);
}

static void guess_free(struct guess *g) {
  free(g->held);
  if (g->lim) {
    limiter_free(g->lim);
    free(g->lim);
  }
  if (g->meter)
    ebur128_destroy(&g->meter);
  free(g->tmp);
  memset(g, 0, sizeof *g);
}

// Runs samples through the guessed gain and the limiter into the meter.
static enum ks_status guess_run(struct guess *g, const int16_t *pcm, size_t n,
                                bool flush, struct ks_error *err) {
  float gain = (float)pow(10.0, g->gain_db / 20.0);
  size_t k = 0;
  uint64_t want = g->lim->t;
  for (size_t i = 0; i < n || (flush && g->lim->out < want); i++) {
    float y;
    if (limiter_step(g->lim, i < n ? pcm[i] / 32768.0f * gain : 0.0f, &y))
      g->tmp[k++] = y;
    if (k == CHUNK || (i + 1 >= n && !(flush && g->lim->out < want))) {
      if (ebur128_add_frames_float(g->meter, g->tmp, k) != EBUR128_SUCCESS)
        return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
      k = 0;
    }
  }
  if (k && ebur128_add_frames_float(g->meter, g->tmp, k) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  return KS_OK;
}

/* Holds the first WARM_SECONDS back; then guesses the gain from their
 * loudness (plus the few tenths of a LU the limiter usually takes) and runs
 * everything through the limiter from there on. */
static enum ks_status guess_feed(struct ks_audio *a, struct segment *s,
                                 const int16_t *pcm, size_t n,
                                 struct ks_error *err) {
  struct guess *g = &s->g;
  double l;
  if (g->running) {
    /* what the limiter takes off is a property of the voice, learnt well
     * enough from a minute of it; the rest would only cost time */
    if (g->stopped)
      return KS_OK;
    g->fed += n;
    if (g->fed >= (uint64_t)s->rate * GUESS_SECONDS) {
      /* the raw meter has seen exactly the stretch the guess has */
      g->stopped = true;
      g->raw = loudness_of(s->meter);
    }
    return guess_run(g, pcm, n, false, err);
  }
  ks_grow(&g->held, &g->cap_held, g->n_held + n, sizeof *g->held);
  memcpy(g->held + g->n_held, pcm, n * sizeof *pcm);
  g->n_held += n;
  if (g->n_held < (size_t)s->rate * WARM_SECONDS ||
      ebur128_loudness_global(s->meter, &l) != EBUR128_SUCCESS || !isfinite(l))
    return KS_OK;
  g->gain_db = a->o.target_lufs - l + 0.3;
  g->lim = ks_xmalloc(sizeof *g->lim);
  limiter_init(g->lim, s->rate, a->o.ceiling_dbtp);
  g->meter = ebur128_init(1, (unsigned long)s->rate, EBUR128_MODE_I);
  g->tmp = ks_xmalloc(CHUNK * sizeof *g->tmp);
  if (!g->meter)
    return ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  g->running = true;
  g->fed = g->n_held;
  {
    enum ks_status st = guess_run(g, g->held, g->n_held, false, err);
    free(g->held);
    g->held = NULL;
    g->n_held = g->cap_held = 0;
    return st;
  }
}

/* Pass one's worker: spools a block, measures it, feeds the guess. It runs on
 * its own thread while synthesis goes on. */
static enum ks_status absorb(void *ctx, const void *data, size_t bytes,
                             struct ks_error *err) {
  struct ks_audio *a = ctx;
  struct segment *s = &a->seg[a->n_seg - 1];
  const int16_t *pcm = data;
  size_t n = bytes / sizeof *pcm;
  if (fwrite(pcm, sizeof *pcm, n, a->spool) != n)
    return ks_error_set(err, KS_ERR_IO, "cannot spool audio: %s",
                        strerror(errno));
  if (!s->meter)
    return KS_OK;
  if (ebur128_add_frames_short(s->meter, pcm, n) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  return guess_feed(a, s, pcm, n, err);
}

enum ks_status ks_audio_segment(struct ks_audio *a, int rate,
                                struct ks_error *err) {
  struct segment *s;
  enum ks_status st = hand_over(a, err);
  enum ks_status fin = ks_pipe_finish(a->pipe, st == KS_OK ? err : NULL);
  a->pipe = NULL;
  if (st == KS_OK)
    st = fin;
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
    s->meter = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I);
    if (!s->meter)
      return ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  }
  return ks_pipe_start(&a->pipe, BLOCK * sizeof(int16_t), SLOTS, absorb, a,
                       err);
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
  while (n > 0) {
    size_t k = BLOCK - a->n_acc < n ? BLOCK - a->n_acc : n;
    memcpy(a->acc + a->n_acc, pcm, k * sizeof *pcm);
    a->n_acc += k;
    s->frames += k; /* counted here: the caller reads it back at once */
    pcm += k;
    n -= k;
    if (a->n_acc == BLOCK) {
      enum ks_status st = hand_over(a, err);
      if (st != KS_OK)
        return st;
    }
  }
  return KS_OK;
}

double ks_audio_seconds(const struct ks_audio *a) {
  double t = 0;
  for (size_t i = 0; i < a->n_seg; i++)
    t += (double)a->seg[i].frames / a->seg[i].rate;
  return t;
}

/* Where pass two's samples go: the encoder (through sink, on its own thread
 * via pipe), or only a meter (a dry run that learns what the limiter takes
 * off). */
struct out {
  const struct ks_frame_sink *sink; /* NULL in a dry run */
  ebur128_state *meter;             /* NULL: not measured */
  int channels;
  float *tmp, *frames; /* scratch, room for `cap` samples */
  size_t cap;
  struct ks_pipe *pipe; /* to the encoder's thread, or NULL: call sink */
  float *acc;           /* frames gathered into a full block for the pipe */
  size_t n_acc;
  struct limiter *lim; /* the last step before emitting, or NULL */
};

#define PIPE_FRAMES BLOCK

// The encoder's thread: hands each block of frames to the sink.
static enum ks_status encode_block(void *ctx, const void *data, size_t bytes,
                                   struct ks_error *err) {
  const struct out *o = ctx;
  size_t n = bytes / (sizeof(float) * (size_t)o->channels);
  return o->sink->write(o->sink->ctx, data, n, err);
}

// Hands n mono samples on as interleaved frames of the wanted channel count.
static enum ks_status emit(struct out *o, const float *mono, size_t n,
                           struct ks_error *err) {
  const float *f = mono;
  size_t ch = (size_t)o->channels;
  if (ch > 1) {
    for (size_t i = 0; i < n; i++)
      for (size_t c = 0; c < ch; c++)
        o->frames[i * ch + c] = mono[i];
    f = o->frames;
  }
  if (o->meter && ebur128_add_frames_float(o->meter, f, n) != EBUR128_SUCCESS)
    return ks_error_set(err, KS_ERR_IO, "loudness meter failed");
  if (!o->sink)
    return KS_OK;
  if (!o->pipe)
    return o->sink->write(o->sink->ctx, f, n, err);
  while (n > 0) {
    size_t k = PIPE_FRAMES - o->n_acc < n ? PIPE_FRAMES - o->n_acc : n;
    memcpy(o->acc + o->n_acc * ch, f, k * ch * sizeof *f);
    o->n_acc += k;
    f += k * ch;
    n -= k;
    if (o->n_acc == PIPE_FRAMES) {
      enum ks_status st =
          ks_pipe_push(o->pipe, o->acc, o->n_acc * ch * sizeof *f, err);
      o->n_acc = 0;
      if (st != KS_OK)
        return st;
    }
  }
  return KS_OK;
}

/* Limits a block (when there is a limiter) and emits what comes out. */
static enum ks_status limit_block(struct out *o, const float *in, size_t n,
                                  struct ks_error *err) {
  size_t k = 0;
  if (!o->lim)
    return emit(o, in, n, err);
  for (size_t i = 0; i < n; i++) {
    float y;
    if (limiter_step(o->lim, in[i], &y))
      o->tmp[k++] = y;
  }
  return emit(o, o->tmp, k, err);
}

/* Pushes what is still in the limiter's lookahead out with silence. */
static enum ks_status limit_flush(struct out *o, struct ks_error *err) {
  uint64_t want;
  enum ks_status st = KS_OK;
  if (!o->lim || !o->tmp)
    return KS_OK;
  want = o->lim->t;
  while (st == KS_OK && o->lim->out < want) {
    size_t k = 0;
    while (k < 256 && k < o->cap && o->lim->out < want) {
      float y;
      if (limiter_step(o->lim, 0.0f, &y))
        o->tmp[k++] = y;
    }
    st = emit(o, o->tmp, k, err);
  }
  return st;
}

/* Hands a block on through the resampler (when there is one) and the
 * limiter. With n == 0 the resampler's tail is flushed. */
static enum ks_status resample_block(struct out *o, soxr_t rs, const float *in,
                                     size_t n, float *res, size_t cap,
                                     struct ks_error *err) {
  enum ks_status st = KS_OK;
  bool flush = n == 0;
  size_t done = 0, odone;
  if (!rs)
    return n ? limit_block(o, in, n, err) : KS_OK;
  do {
    soxr_error_t serr =
        soxr_process(rs, flush ? NULL : in, n, &done, res, cap, &odone);
    if (serr)
      return ks_error_set(err, KS_ERR_IO, "resampler: %s", serr);
    if (odone)
      st = limit_block(o, res, odone, err);
    in += done;
    n -= done;
  } while (st == KS_OK && (flush ? odone > 0 : n > 0));
  return st;
}

/* Reads a segment back from the spool with gain applied, resampled to
 * `rate` (when it differs), through the limiter (when loudness is wanted), on
 * to o. Limiting comes last: after resampling to 44.1 or 48 kHz the speech
 * is oversampled, and the limiter's 4x interpolation sees the peaks between
 * the output's own samples; before it, content near 11 kHz could still hide
 * peaks from the estimate. */
static enum ks_status replay(struct ks_audio *a, const struct segment *s,
                             double gain, int rate, bool limit, struct out *o,
                             struct ks_error *err) {
  int16_t raw[CHUNK];
  float in[CHUNK];
  size_t cap = (size_t)((double)(CHUNK + 256) * rate / s->rate) + 64;
  float *res = ks_xmalloc(cap * sizeof *res);
  soxr_error_t serr = NULL;
  soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
  soxr_t rs = NULL;
  struct limiter lim;
  uint64_t left = s->frames;
  enum ks_status st = KS_OK;

  if (limit) {
    limiter_init(&lim, rate, a->o.ceiling_dbtp);
    o->lim = &lim;
  }
  if (cap > o->cap) { /* scratch big enough for one resampled block */
    o->cap = cap;
    o->tmp = ks_xrealloc(o->tmp, cap * sizeof *o->tmp);
    o->frames =
        ks_xrealloc(o->frames, cap * (size_t)o->channels * sizeof *o->frames);
  }
  if (fseek(a->spool, (long)s->offset, SEEK_SET) != 0) {
    st = ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
    goto out;
  }
  if (s->rate != rate) {
    rs = soxr_create(s->rate, rate, 1, &serr, &io, &q, NULL);
    if (serr) {
      st = ks_error_set(err, KS_ERR_IO, "resampler: %s", serr);
      goto out;
    }
  }
  while (st == KS_OK && left > 0) {
    size_t n = left < CHUNK ? (size_t)left : CHUNK;
    if (fread(raw, sizeof *raw, n, a->spool) != n) {
      st = ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
      break;
    }
    left -= n;
    for (size_t i = 0; i < n; i++)
      in[i] = (float)(raw[i] / 32768.0 * gain);
    st = resample_block(o, rs, in, n, res, cap, err);
  }
  if (st == KS_OK)
    st = resample_block(o, rs, NULL, 0, res, cap, err);
  if (st == KS_OK && limit)
    st = limit_flush(o, err);
out:
  if (limit) {
    limiter_free(&lim);
    o->lim = NULL;
  }
  soxr_delete(rs);
  free(res);
  return st;
}

/* The gain that brings a segment to the target after limiting: its measured
 * loudness gives the first guess; a dry run through the limiter at the
 * segment's own rate shows what limiting takes off, and the guess is raised
 * by that, once or twice. */
static enum ks_status level(struct ks_audio *a, struct segment *s,
                            double *gain_db, struct ks_error *err) {
  struct out o = {NULL, NULL, 1, NULL, NULL, 0, NULL, NULL, 0, NULL};
  enum ks_status st = KS_OK;
  double g_prev = 0, l_prev = 0;
  *gain_db = 0;
  s->lufs = loudness_of(s->meter);
  if (!isfinite(s->lufs))
    return KS_OK; /* silence: nothing to bring up */
  *gain_db = a->o.target_lufs - s->lufs;
  if (s->g.running) { /* the guess made during synthesis */
    double got;
    st = guess_run(&s->g, NULL, 0, true, err);
    got = loudness_of(s->g.meter);
    if (st != KS_OK)
      return st;
    if (isfinite(got)) {
      /* what limiting took off the guessed stretch, applied to the whole */
      double raw = s->g.stopped ? s->g.raw : s->lufs;
      double toll = raw + s->g.gain_db - got;
      *gain_db = a->o.target_lufs - s->lufs + toll;
      if (fabs(a->o.target_lufs - got) < 0.5)
        return KS_OK; /* close enough that one step lands within 0.2 LU */
    }
  }
  for (int round = 0; round < 2 && st == KS_OK; round++) {
    double got, g = *gain_db;
    o.meter = ebur128_init(1, (unsigned long)s->rate, EBUR128_MODE_I);
    if (!o.meter)
      return ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
    st = replay(a, s, pow(10.0, g / 20.0), s->rate, true, &o, err);
    got = loudness_of(o.meter);
    ebur128_destroy(&o.meter);
    if (st != KS_OK || !isfinite(got) || fabs(a->o.target_lufs - got) < 0.1)
      break;
    /* the limiter takes back part of any raise: after two tries, step along
     * the line through both (a secant step) rather than by the plain gap */
    if (round == 1 && got - l_prev > 0.05)
      *gain_db = g + (a->o.target_lufs - got) * (g - g_prev) / (got - l_prev);
    else
      *gain_db = g + (a->o.target_lufs - got);
    g_prev = g;
    l_prev = got;
  }
  free(o.tmp);
  free(o.frames);
  return st;
}

enum ks_status ks_audio_finish(struct ks_audio *a,
                               const struct ks_frame_sink *sink,
                               struct ks_error *err) {
  struct out o = {sink, NULL, a->o.channels, NULL, NULL,
                  0,    NULL, NULL,          0,    NULL};
  enum ks_status st = KS_OK;
  uint64_t longest = 0;

  st = hand_over(a, err);
  {
    enum ks_status fin = ks_pipe_finish(a->pipe, st == KS_OK ? err : NULL);
    a->pipe = NULL; /* pass one's worker is done */
    if (st == KS_OK)
      st = fin;
  }
  if (st != KS_OK)
    return st;
  if (fflush(a->spool) != 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read back spooled audio");
  for (size_t i = 0; i < a->n_seg && st == KS_OK && !a->levelled; i++) {
    a->gains[i] = 0;
    if (a->o.loudness)
      st = level(a, &a->seg[i], &a->gains[i], err);
    if (a->seg[i].frames >= longest) { /* the speech's gain is reported */
      longest = a->seg[i].frames;
      a->stats.gain_db = a->gains[i];
    }
  }
  if (st != KS_OK)
    return st;
  a->levelled = true; /* pass two may run again with these gains */
  if (st == KS_OK && a->o.measure) {
    o.meter = ebur128_init((unsigned)a->o.channels, (unsigned long)a->o.rate,
                           EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!o.meter)
      st = ks_error_set(err, KS_ERR_IO, "cannot start the loudness meter");
  }
  o.acc = ks_xmalloc(PIPE_FRAMES * (size_t)a->o.channels * sizeof *o.acc);
  if (st == KS_OK)
    st = ks_pipe_start(&o.pipe,
                       PIPE_FRAMES * (size_t)a->o.channels * sizeof(float),
                       SLOTS, encode_block, &o, err);
  for (size_t i = 0; i < a->n_seg && st == KS_OK; i++)
    st = replay(a, &a->seg[i], pow(10.0, a->gains[i] / 20.0), a->o.rate,
                a->o.loudness, &o, err);
  if (st == KS_OK && o.n_acc) /* the last, partial block */
    st = ks_pipe_push(o.pipe, o.acc,
                      o.n_acc * (size_t)a->o.channels * sizeof *o.acc, err);
  {
    /* the encoder's first failure is the one to report */
    struct ks_error perr;
    enum ks_status pst = ks_pipe_finish(o.pipe, &perr);
    if (pst != KS_OK && (st == KS_OK || st == pst)) {
      st = pst;
      if (err)
        *err = perr;
    }
  }
  if (o.meter) {
    double tp = 0;
    a->stats.lufs = loudness_of(o.meter);
    for (unsigned c = 0; c < (unsigned)a->o.channels; c++) {
      double p = 0;
      if (ebur128_true_peak(o.meter, c, &p) == EBUR128_SUCCESS && p > tp)
        tp = p;
    }
    a->stats.true_peak_db = tp > 0 ? 20 * log10(tp) : -HUGE_VAL;
    ebur128_destroy(&o.meter);
  }
  free(o.acc);
  free(o.tmp);
  free(o.frames);
  return st;
}

const struct ks_audio_stats *ks_audio_stats(const struct ks_audio *a) {
  return &a->stats;
}

void ks_audio_set_ceiling(struct ks_audio *a, double dbtp) {
  /* a lower ceiling limits harder and takes more loudness: the gains are
   * found again, by dry runs under the new ceiling */
  a->o.ceiling_dbtp = dbtp;
  a->levelled = false;
  for (size_t i = 0; i < a->n_seg; i++)
    guess_free(&a->seg[i].g);
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
