/* limiter.h - a true-peak lookahead limiter (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_LIMITER_H
#define KS_LIMITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KS_LIMITER_TAPS 8 /* per phase of the 4x peak interpolator */

/* The true-peak limiter. Each sample needs the gain that keeps it and the
 * peaks between it and its neighbours (4x interpolation) under the ceiling.
 * The gain applied is the moving average, over the lookahead, of the window
 * minimum of those needs: never above what any peak in reach requires, and
 * smooth. It recovers with an 80 ms release.
 *
 * Written here: no Debian library offers a true-peak lookahead limiter
 * (libebur128 only measures). Most samples need no gain at all, so that
 * case costs a few comparisons: only a sample near one above ceiling / reach
 * is interpolated, and only gains below 1 enter the sliding minimum. */
struct ks_limiter {
  float ceiling; /* linear */
  float thr;     /* a window with no sample above this has no peak over the
                    ceiling: ceiling over the largest sum of |taps| */
  size_t look;   /* lookahead, samples */
  size_t mask;   /* ring size - 1, a power of two */
  float *x;      /* ring: samples waiting for their gain */
  float *def;    /* ring: 1 - window minimum, for the moving average */
  size_t *dq_i;  /* monotonic deque (sliding minimum) of needs below 1 */
  float *dq_v;
  size_t dq_head, dq_len;
  float hist[2 * KS_LIMITER_TAPS]; /* interpolator history, mirrored: a window
                           is contiguous at hist + hpos */
  size_t hpos;
  uint64_t big_until; /* windows ending before this hold a sample > thr */
  double d_sum;       /* sum of the last `look` deficits */
  size_t n_low;       /* how many of them are not zero */
  float g;            /* the gain, after release smoothing */
  float release;      /* per-sample release coefficient */
  uint64_t t;         /* samples taken in */
  uint64_t out;       /* samples given out */
  uint64_t want;      /* samples to give out once draining */
  bool draining;
};

/** Start a limiter for samples at rate, holding true peaks (4x
 *  interpolated) at or below ceiling_db dBFS. */
void ks_limiter_init(struct ks_limiter *l, int rate, double ceiling_db);
void ks_limiter_free(struct ks_limiter *l);
/** Take n samples, write what comes out to y and return how many: the
 *  output is the input, scaled, late by the lookahead plus the
 *  interpolator's half width, so y holds at most n. */
size_t ks_limiter_run(struct ks_limiter *l, const float *in, size_t n,
                      float *y);
/** Push what is still in the lookahead out with silence, at most cap
 *  samples a call; returns how many, 0 once everything is out. */
size_t ks_limiter_drain(struct ks_limiter *l, float *y, size_t cap);

#endif
