/* chunks.c - a lossy format encoded on every core: the audio is cut at its
 * pauses into chunks, each encoded (and decoded, and checked) by its own
 * encoder on a worker thread, and the chunks are joined in order.
 * SPDX-License-Identifier: MIT
 *
 * Written here: LAME, libvorbis and libopus have no threads of their own, and an
 * episode is one long stream, so one encoder is one core. Chunks cut in a
 * pause join without a sound: each chunk's encoder delay and padding decode
 * as a few milliseconds of silence inside the pause, which the report
 * (struct ks_encode_report) gives back so that captions and chapters move
 * with them. Each chunk is decoded as a player would and its true peak
 * measured; a chunk whose decoder overshoots the ceiling is limited again,
 * lower, and encoded again, alone.
 */
#include "writer.h"
#include "buf.h"
#include "limiter.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MIN_CHUNK_S 8    /* a chunk is cut at the first pause past this */
#define MAX_CHUNK_S 40   /* or, by this, in the longest short pause */
#define HARD_MAX_S 160   /* and at this, pause or not (sound without a gap) */
#define PAUSE_S 0.15     /* a pause: this long below SILENT */
#define SHORT_PAUSE_S 0.02 /* a short pause, between words */
#define SILENT 1e-3f     /* -60 dBFS */
#define MAX_WORKERS 4
#define MAX_AHEAD 6      /* chunks encoding or waiting to be joined */
#define PEAK_LIMIT -1.0  /* dBTP a decoded chunk must stay at or below */
#define MAX_FIXES 2

struct job {
  float *pcm; /* interleaved frames */
  size_t n;
  struct ks_buf bytes;
  size_t extra;     /* frames the decoded chunk has beyond n */
  double peak_db;   /* decoded */
  unsigned fixes;   /* times limited again */
  bool taken, done; /* by a worker; and finished */
  enum ks_status st;
  struct ks_error err;
};

struct chunked {
  const struct ks_chunk_codec *codec;
  void *cs; /* the codec's state for the whole file */
  struct ks_writer_spec spec;
  struct ks_encode_report *report;
  size_t min, max, pause; /* in frames */
  float *cur;             /* the chunk being gathered */
  size_t n_cur, cap_cur;
  size_t quiet;  /* frames of silence at the end of cur */
  size_t cut_at; /* where cur will be cut, or 0 */
  size_t short_at, short_len; /* the longest short pause past the minimum */
  size_t short_min, hard_max;
  struct job *jobs[MAX_AHEAD];
  size_t head, count; /* the ring of jobs, oldest first */
  pthread_t threads[MAX_WORKERS];
  size_t n_threads;
  pthread_mutex_t lock;
  pthread_cond_t work, done;
  bool stopping;
  uint64_t in;    /* frames joined so far, as given */
  uint64_t extra; /* frames the decoder adds so far */
};

// Encode a chunk, decode it, and limit it again while its decoder overshoots.
static void run_job(struct chunked *c, struct job *j) {
  double ceiling = c->spec.ceiling_dbtp;
  for (;;) {
    ks_buf_clear(&j->bytes);
    j->st = c->codec->encode(c->cs, j->pcm, j->n, &j->bytes, &j->extra,
                             &j->err);
    if (j->st != KS_OK || !c->spec.check)
      return;
    j->st = c->codec->peak(c->cs, &j->bytes, &j->peak_db, &j->err);
    if (j->st != KS_OK || j->peak_db <= PEAK_LIMIT || j->fixes == MAX_FIXES)
      return;
    /* lower by the overshoot and a margin, as the whole pass would be */
    ceiling -= j->peak_db - PEAK_LIMIT + 0.3;
    ks_relimit(j->pcm, j->n, c->spec.channels, c->spec.rate, ceiling);
    j->fixes++;
  }
}

static void *worker(void *arg) {
  struct chunked *c = arg;
  pthread_mutex_lock(&c->lock);
  for (;;) {
    struct job *j = NULL;
    if (c->stopping) /* finished (every job done) or given up: no more */
      break;
    for (size_t i = 0; i < c->count && !j; i++)
      if (!c->jobs[(c->head + i) % MAX_AHEAD]->taken)
        j = c->jobs[(c->head + i) % MAX_AHEAD];
    if (!j) {
      pthread_cond_wait(&c->work, &c->lock);
      continue;
    }
    j->taken = true;
    pthread_mutex_unlock(&c->lock);
    run_job(c, j);
    pthread_mutex_lock(&c->lock);
    j->done = true;
    pthread_cond_broadcast(&c->done);
  }
  pthread_mutex_unlock(&c->lock);
  return NULL;
}

static void job_free(struct job *j) {
  if (!j)
    return;
  free(j->pcm);
  ks_buf_free(&j->bytes);
  free(j);
}

/* Joins the finished chunks at the head of the ring, in order; with wait,
 * waits for them, until fewer than `keep` are left. */
static enum ks_status join(struct chunked *c, size_t keep, struct ks_error *err) {
  enum ks_status st = KS_OK;
  pthread_mutex_lock(&c->lock);
  while (st == KS_OK && c->count > keep) {
    struct job *j = c->jobs[c->head];
    size_t lead = 0;
    if (!j->done) {
      pthread_cond_wait(&c->done, &c->lock);
      continue;
    }
    c->head = (c->head + 1) % MAX_AHEAD;
    c->count--;
    pthread_mutex_unlock(&c->lock);
    st = j->st;
    if (st != KS_OK && err)
      *err = j->err;
    if (st == KS_OK)
      st = c->codec->put(c->cs, &j->bytes, j->n, j->extra, &lead, err);
    c->extra += lead;
    if (st == KS_OK && c->report) {
      struct ks_encode_report *r = c->report;
      if (c->in > 0) { /* a joint: what comes after moves by the extra */
        ks_grow(&r->joints, &r->cap_joints, r->n_joints + 1,
                sizeof *r->joints);
        r->joints[r->n_joints].at = c->in;
        r->joints[r->n_joints].shift = c->extra;
        r->n_joints++;
      }
      if (c->spec.check) {
        r->checked = true;
        if (j->peak_db > r->peak_db)
          r->peak_db = j->peak_db;
      }
      r->fixes += j->fixes;
      r->chunks++;
    }
    c->in += j->n;
    c->extra += j->extra;
    job_free(j);
    pthread_mutex_lock(&c->lock);
  }
  pthread_mutex_unlock(&c->lock);
  return st;
}

/* Hands cur[0..k) to the workers as a chunk; the rest of cur stays. */
static enum ks_status submit(struct chunked *c, size_t k, struct ks_error *err) {
  size_t ch = (size_t)c->spec.channels;
  struct job *j = ks_xcalloc(1, sizeof *j);
  enum ks_status st = join(c, MAX_AHEAD - 1, err); /* room in the ring */
  if (st != KS_OK) {
    job_free(j);
    return st;
  }
  j->pcm = ks_xmalloc((k ? k : 1) * ch * sizeof *j->pcm);
  memcpy(j->pcm, c->cur, k * ch * sizeof *j->pcm);
  j->n = k;
  ks_buf_init(&j->bytes, 0);
  j->peak_db = -HUGE_VAL;
  memmove(c->cur, c->cur + k * ch, (c->n_cur - k) * ch * sizeof *c->cur);
  c->n_cur -= k;
  c->cut_at = 0;
  c->short_at = c->short_len = 0;
  pthread_mutex_lock(&c->lock);
  c->jobs[(c->head + c->count) % MAX_AHEAD] = j;
  c->count++;
  pthread_cond_signal(&c->work);
  pthread_mutex_unlock(&c->lock);
  return join(c, c->n_threads + 1, err); /* join what is ready */
}

enum ks_status ks_chunked_write(void *state, const float *frames, size_t n,
                                struct ks_error *err) {
  struct chunked *c = state;
  size_t ch = (size_t)c->spec.channels;
  ks_grow(&c->cur, &c->cap_cur, (c->n_cur + n) * ch, sizeof *c->cur);
  for (size_t i = 0; i < n; i++) {
    float x = frames[i * ch];
    memcpy(c->cur + c->n_cur * ch, frames + i * ch, ch * sizeof *frames);
    c->n_cur++;
    if (x < SILENT && x > -SILENT) {
      /* the middle of a pause long enough, past the chunk's minimum */
      if (++c->quiet == c->pause && !c->cut_at && c->n_cur >= c->min)
        c->cut_at = c->n_cur - c->pause / 2;
      if (c->quiet >= c->short_min && c->quiet > c->short_len &&
          c->n_cur >= c->min) {
        c->short_len = c->quiet;
        c->short_at = c->n_cur - c->quiet / 2;
      }
    } else {
      c->quiet = 0;
    }
    if (c->cut_at && c->quiet == 0) { /* the pause has ended */
      enum ks_status st = submit(c, c->cut_at, err);
      if (st != KS_OK)
        return st;
    } else if (c->n_cur >= c->max && (c->cut_at || c->short_at ||
                                       c->n_cur >= c->hard_max)) {
      /* a cut inside sound would decode with a gap: the longest short
       * pause instead, and only sound that never pauses is cut anyway */
      size_t at = c->cut_at ? c->cut_at : c->short_at ? c->short_at : c->n_cur;
      enum ks_status st = submit(c, at, err);
      if (st != KS_OK)
        return st;
    }
  }
  return KS_OK;
}

static void stop_workers(struct chunked *c) {
  pthread_mutex_lock(&c->lock);
  c->stopping = true;
  pthread_cond_broadcast(&c->work);
  pthread_mutex_unlock(&c->lock);
  for (size_t i = 0; i < c->n_threads; i++)
    pthread_join(c->threads[i], NULL);
  c->n_threads = 0;
}

static void chunked_free(struct chunked *c) {
  stop_workers(c);
  for (size_t i = 0; i < c->count; i++)
    job_free(c->jobs[(c->head + i) % MAX_AHEAD]);
  if (c->cs)
    c->codec->drop(c->cs);
  pthread_mutex_destroy(&c->lock);
  pthread_cond_destroy(&c->work);
  pthread_cond_destroy(&c->done);
  free(c->cur);
  free(c);
}

enum ks_status ks_chunked_finish(void *state, struct ks_error *err) {
  struct chunked *c = state;
  enum ks_status st = c->n_cur ? submit(c, c->n_cur, err) : KS_OK;
  if (st == KS_OK)
    st = join(c, 0, err);
  if (st == KS_OK) {
    st = c->codec->end(c->cs, err);
    c->cs = NULL; /* freed by end */
  }
  if (st == KS_OK && c->report)
    c->report->extra = c->extra;
  chunked_free(c);
  return st;
}

void ks_chunked_drop(void *state) { chunked_free(state); }

enum ks_status ks_chunked_open(const struct ks_chunk_codec *codec,
                               struct ks_vfile *out,
                               const struct ks_writer_spec *spec,
                               const struct ks_tags *tags, void **state,
                               struct ks_error *err) {
  struct chunked *c = ks_xcalloc(1, sizeof *c);
  long cores = spec->threads > 0 ? spec->threads
                                  : sysconf(_SC_NPROCESSORS_ONLN);
  enum ks_status st;
  c->codec = codec;
  c->spec = *spec;
  c->report = spec->report;
  c->min = (size_t)spec->rate * MIN_CHUNK_S;
  c->max = (size_t)spec->rate * MAX_CHUNK_S;
  c->pause = (size_t)(spec->rate * PAUSE_S);
  c->short_min = (size_t)(spec->rate * SHORT_PAUSE_S);
  c->hard_max = (size_t)spec->rate * HARD_MAX_S;
  pthread_mutex_init(&c->lock, NULL);
  pthread_cond_init(&c->work, NULL);
  pthread_cond_init(&c->done, NULL);
  if (c->report) {
    c->report->peak_db = -HUGE_VAL;
    c->report->rate = spec->rate;
  }
  st = codec->begin(out, spec, tags, &c->cs, err);
  if (st != KS_OK) {
    c->cs = NULL;
    chunked_free(c);
    return st;
  }
  cores = cores < 1 ? 1 : cores > MAX_WORKERS ? MAX_WORKERS : cores;
  for (long i = 0; i < cores; i++)
    if (pthread_create(&c->threads[c->n_threads], NULL, worker, c) == 0)
      c->n_threads++;
  if (!c->n_threads) {
    chunked_free(c);
    return ks_error_set(err, KS_ERR_ENCODE, "cannot start a thread");
  }
  *state = c;
  return KS_OK;
}

void ks_relimit(float *pcm, size_t n, int channels, int rate,
                double ceiling_db) {
  struct ks_limiter l;
  size_t ch = (size_t)channels, got = 0;
  float *mono = ks_xmalloc((n ? n : 1) * sizeof *mono);
  float *y = ks_xmalloc((n + 4096) * sizeof *y);
  for (size_t i = 0; i < n; i++)
    mono[i] = pcm[i * ch];
  ks_limiter_init(&l, rate, ceiling_db);
  got = ks_limiter_run(&l, mono, n, y);
  for (size_t k; got < n && (k = ks_limiter_drain(&l, y + got, 4096)) > 0;)
    got += k;
  ks_limiter_free(&l);
  for (size_t i = 0; i < n && i < got; i++)
    for (size_t k = 0; k < ch; k++)
      pcm[i * ch + k] = y[i];
  free(mono);
  free(y);
}
