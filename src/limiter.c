/* limiter.c - a true-peak lookahead limiter.
 * SPDX-License-Identifier: MIT
 *
 * Written here: no Debian library offers a true-peak lookahead limiter
 * (libebur128 only measures). Pass two limits the episode with it (audio.c),
 * and a lossy writer limits again a stretch its decoder overshoots.
 */
#include "limiter.h"
#include "buf.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.14159265358979323846
#define PHASES 3 /* points between two samples: 1/4, 2/4, 3/4 */

static float interp[PHASES]
                   [KS_LIMITER_TAPS]; /* windowed-sinc taps, filled once */
static float taps[KS_LIMITER_TAPS]
                 [4]; /* the same, a tap's phases side by side */

// The 4x interpolation filter: a Hann-windowed sinc over 8 neighbours, enough
// to see inter-sample peaks to a fraction of a dB (BS.1770's own check uses a
// 4x, 48-tap filter; the limiter keeps a margin below the ceiling for that).
static void fill_interp(void) {
  for (int p = 0; p < PHASES; p++) {
    double frac = (p + 1) / 4.0;
    double sum = 0;
    for (int k = 0; k < KS_LIMITER_TAPS; k++) {
      double x =
          (k - (KS_LIMITER_TAPS / 2 - 1)) - frac; /* distance to the point */
      double s = fabs(x) < 1e-9 ? 1.0 : sin(PI * x) / (PI * x);
      double w = 0.5 + 0.5 * cos(PI * x / (KS_LIMITER_TAPS / 2.0 + 0.5));
      interp[p][k] = (float)(s * w);
      sum += s * w;
    }
    for (int k = 0; k < KS_LIMITER_TAPS; k++) {
      interp[p][k] = (float)(interp[p][k] / sum);
      taps[k][p] = interp[p][k];
    }
  }
}

// Once per process, whichever thread first needs the taps.
static void init_interp(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, fill_interp);
}

void ks_limiter_init(struct ks_limiter *l, int rate, double ceiling_db) {
  size_t n = 64;
  float reach = 1;
  memset(l, 0, sizeof *l);
  init_interp();
  l->ceiling = (float)pow(10.0, ceiling_db / 20.0);
  l->look = (size_t)rate * 5 / 1000 + 1; /* 5 ms */
  while (n < 2 * l->look + 2 * KS_LIMITER_TAPS)
    n *= 2;
  l->mask = n - 1;
  l->x = ks_xcalloc(n, sizeof *l->x);
  l->def = ks_xcalloc(n, sizeof *l->def);
  l->dq_i = ks_xcalloc(n, sizeof *l->dq_i);
  l->dq_v = ks_xcalloc(n, sizeof *l->dq_v);
  l->g = 1.0f;
  l->release = (float)(1.0 - exp(-1.0 / (0.08 * rate))); /* 80 ms */
  for (int p = 0; p < PHASES; p++) {
    float sum = 0;
    for (int k = 0; k < KS_LIMITER_TAPS; k++)
      sum += fabsf(interp[p][k]);
    if (sum > reach)
      reach = sum;
  }
  l->thr = l->ceiling / reach;
}

void ks_limiter_free(struct ks_limiter *l) {
  free(l->x);
  free(l->def);
  free(l->dq_i);
  free(l->dq_v);
  memset(l, 0, sizeof *l);
}

/* Takes n samples, writes what comes out to y and returns how many: the
 * output is the input, scaled, late by the lookahead plus the
 * interpolator's half width, so y holds at most n. The state lives in locals
 * for the loop: through the struct, every store would be a dependency. */
size_t ks_limiter_run(struct ks_limiter *l, const float *in, size_t n,
                      float *y) {
  const uint64_t D =
      KS_LIMITER_TAPS / 2; /* a sample's peaks are known D samples on */
  const size_t look = l->look, mask = l->mask;
  const float ceiling = l->ceiling, thr = l->thr, release = l->release;
  const float hold = 1.0f - release;
  float *x = l->x, *def = l->def, *dq_v = l->dq_v, *hist = l->hist;
  size_t *dq_i = l->dq_i;
  size_t hpos = l->hpos, dq_head = l->dq_head, dq_len = l->dq_len;
  size_t n_low = l->n_low, k = 0;
  uint64_t t = l->t, big_until = l->big_until;
  double d_sum = l->d_sum, inv_look = 1.0 / (double)look;
  float g = l->g;
  for (size_t i = 0; i < n; i++, t++) {
    const float *w;
    uint64_t s, m;
    float req = 1.0f, d, old;
    hist[hpos] = hist[hpos + KS_LIMITER_TAPS] = in[i];
    hpos = (hpos + 1) & (KS_LIMITER_TAPS - 1);
    if (fabsf(in[i]) > thr)
      big_until = t + KS_LIMITER_TAPS;
    if (t < D)
      continue;
    s = t - D;       /* the sample whose peaks are known now */
    w = hist + hpos; /* samples t - KS_LIMITER_TAPS + 1 .. t, oldest first */
    x[s & mask] = w[KS_LIMITER_TAPS - 1 - D];
    if (t < big_until) { /* a peak near s might reach the ceiling */
      float peak = fabsf(w[KS_LIMITER_TAPS - 1 - D]), a[4] = {0, 0, 0, 0};
      for (int j = 0; j < KS_LIMITER_TAPS;
           j++) /* all phases at once: one vector */
        for (int p = 0; p < 4; p++)
          a[p] += taps[j][p] * w[j];
      for (int p = 0; p < PHASES; p++)
        if (fabsf(a[p]) > peak)
          peak = fabsf(a[p]);
      if (peak > ceiling)
        req = ceiling / peak;
    }
    if (req < 1.0f) { /* the sliding minimum over needs s - look + 1 .. s */
      while (dq_len > 0 && dq_v[(dq_head + dq_len - 1) & mask] >= req)
        dq_len--;
      dq_i[(dq_head + dq_len) & mask] = (size_t)s;
      dq_v[(dq_head + dq_len) & mask] = req;
      dq_len++;
    }
    if (dq_len > 0 && (uint64_t)dq_i[dq_head] + look <= s) {
      dq_head = (dq_head + 1) & mask;
      dq_len--;
    }
    if (s + 1 < look)
      continue;
    m = s + 1 - look; /* h(m): the least need over m .. m + look - 1 */
    d = dq_len > 0 ? 1.0f - dq_v[dq_head] : 0.0f;
    old = m >= look ? def[(m - look) & mask] : 0.0f;
    def[m & mask] = d;
    if (d > 0 || old > 0) {
      n_low += (d > 0) - (old > 0);
      d_sum = n_low ? d_sum + (d - old) : 0; /* no drift after a run */
    }
    /* e: the average of the last `look` minima. The gain follows it down
     * at once and back up with the release: toward e, not toward 1, so
     * that in a long loud stretch it does not swing up between pitch
     * periods (a codec decodes such swings with overshoots). */
    if (n_low > 0 || g < 1.0f) {
      float e = (float)(1.0 - d_sum * inv_look);
      /* g + (e - g) * release, as g * hold + e * release: the gain's chain
       * from one sample to the next is a multiply and an add, not three
       * steps (the loop's speed is that chain's) */
      g = e < g ? e : g * hold + e * release;
      if (g > 1.0f - 1e-6f && n_low == 0)
        g = 1.0f;
    }
    y[k++] = x[m & mask] * g;
  }
  l->hpos = hpos;
  l->dq_head = dq_head;
  l->dq_len = dq_len;
  l->n_low = n_low;
  l->t = t;
  l->big_until = big_until;
  l->d_sum = d_sum;
  l->g = g;
  l->out += k;
  return k;
}

/* Pushes what is still in the lookahead out with silence, at most cap
 * samples a call; returns how many, 0 once everything is out. */
size_t ks_limiter_drain(struct ks_limiter *l, float *y, size_t cap) {
  static const float zero[256];
  size_t k = 0;
  if (!l->draining) {
    l->draining = true;
    l->want = l->t;
  }
  while (l->out < l->want && k + 256 <= cap) {
    size_t n = l->want - l->out < 256 ? (size_t)(l->want - l->out) : 256;
    k += ks_limiter_run(l, zero, n, y + k);
  }
  return k;
}
