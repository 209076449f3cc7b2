/* align.c - anchors from rewritten text back to what it was written for.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <stdlib.h>

void ks_align_init(struct ks_align *al) {
  al->a = NULL;
  al->n = al->cap = 0;
}

void ks_align_free(struct ks_align *al) {
  if (!al)
    return;
  free(al->a);
  ks_align_init(al);
}

void ks_align_add(struct ks_align *al, size_t out, size_t in) {
  while (al->n > 0 && al->a[al->n - 1].out > out)
    al->n--;
  if (al->n > 0 && al->a[al->n - 1].in > in)
    in = al->a[al->n - 1].in; /* never backwards */
  if (al->n > 0 && al->a[al->n - 1].out == out) {
    al->a[al->n - 1].in = in; /* nothing was written for what lay between */
    return;
  }
  ks_grow(&al->a, &al->cap, al->n + 1, sizeof *al->a);
  al->a[al->n].out = out;
  al->a[al->n].in = in;
  al->n++;
}

size_t ks_align_map(const struct ks_anchor *a, size_t n, size_t off, bool end) {
  size_t lo = 0, hi = n, i, out_len, in_len;
  if (n == 0)
    return off;
  /* the last anchor at or before off (before it, for an end) */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (end ? a[mid].out < off : a[mid].out <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return a[0].in;
  i = lo - 1;
  if (i + 1 == n)
    return a[i].in + (off - a[i].out); /* past the last anchor: copied */
  out_len = a[i + 1].out - a[i].out;
  in_len = a[i + 1].in - a[i].in;
  if (out_len == in_len)
    return a[i].in + (off - a[i].out);
  return end ? a[i + 1].in : a[i].in;
}
