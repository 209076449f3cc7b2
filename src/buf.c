/* buf.c - ks_buf growable strings and the allocators that abort on OOM.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char ks_buf__empty[1] = "";

// The one place out of memory is handled: callers never check for NULL.
static void oom(void) {
  fputs("kispeak: out of memory\n", stderr);
  abort();
}

void *ks_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    oom();
  return p;
}

void *ks_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    oom();
  return p;
}

void *ks_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    oom();
  return q;
}

char *ks_xstrndup(const char *s, size_t n) {
  char *p = ks_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *ks_xstrdup(const char *s) { return ks_xstrndup(s, strlen(s)); }

void ks_grow(void *p, size_t *cap, size_t need, size_t size) {
  void **pp = p;
  size_t n;
  if (need <= *cap)
    return;
  n = *cap ? *cap + *cap / 2 : 8;
  if (n < need)
    n = need;
  if (n > SIZE_MAX / size)
    oom();
  *pp = ks_xrealloc(*pp, n * size);
  *cap = n;
}

void ks_buf_init(struct ks_buf *b, size_t hint) {
  b->ptr = ks_buf__empty;
  b->len = 0;
  b->cap = 0;
  if (hint) {
    b->ptr = ks_xmalloc(hint + 1);
    b->ptr[0] = '\0';
    b->cap = hint + 1;
  }
}

// Oversize by 50% so that a run of appends costs amortised linear time.
static void buf_reserve(struct ks_buf *b, size_t extra) {
  size_t need, n;
  if (extra > SIZE_MAX - b->len - 1)
    oom();
  need = b->len + extra + 1;
  if (need <= b->cap)
    return;
  n = b->cap ? b->cap + b->cap / 2 : 64;
  if (n < need)
    n = need;
  if (b->cap == 0) {
    b->ptr = ks_xmalloc(n);
    b->ptr[0] = '\0';
  } else {
    b->ptr = ks_xrealloc(b->ptr, n);
  }
  b->cap = n;
}

void ks_buf_put(struct ks_buf *b, const void *data, size_t n) {
  if (n == 0)
    return;
  buf_reserve(b, n);
  memmove(b->ptr + b->len, data, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

void ks_buf_puts(struct ks_buf *b, const char *s) {
  ks_buf_put(b, s, strlen(s));
}

void ks_buf_putc(struct ks_buf *b, int c) {
  buf_reserve(b, 1);
  b->ptr[b->len++] = (char)c;
  b->ptr[b->len] = '\0';
}

void ks_buf_printf(struct ks_buf *b, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void ks_buf_truncate(struct ks_buf *b, size_t len) {
  if (len >= b->len)
    return;
  b->len = len;
  b->ptr[len] = '\0';
}

void ks_buf_clear(struct ks_buf *b) { ks_buf_truncate(b, 0); }

char *ks_buf_detach(struct ks_buf *b, size_t *len) {
  char *p = b->cap ? b->ptr : ks_xstrdup("");
  if (len)
    *len = b->len;
  b->ptr = ks_buf__empty;
  b->len = b->cap = 0;
  return p;
}

void ks_buf_free(struct ks_buf *b) {
  if (!b)
    return;
  if (b->cap)
    free(b->ptr);
  b->ptr = ks_buf__empty;
  b->len = b->cap = 0;
}

int ks_buf_read_fd(struct ks_buf *b, int fd, size_t max) {
  char tmp[65536];
  while (b->len <= max) {
    ssize_t n = read(fd, tmp, sizeof tmp);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return errno;
    if (n == 0)
      break;
    ks_buf_put(b, tmp, (size_t)n);
  }
  return 0;
}
