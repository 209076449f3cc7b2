/* vfile.c - a buffered file under the writers.
 * SPDX-License-Identifier: MIT
 *
 * Written here: the writers' libraries (libsndfile's virtual I/O, libFLAC's
 * stream callbacks, libogg's pages) each hand over bytes and
 * positions, and none buffers them.
 */
#include "vfile.h"
#include "buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ks_vfile *ks_vfile_new(struct ks_file *f) {
  struct ks_vfile *v = ks_xcalloc(1, sizeof *v);
  v->file = f;
  v->fd = ks_file_fd(f);
  v->stream = !ks_file_seekable(f);
  return v;
}

bool ks_vfile_flush(struct ks_vfile *v) {
  size_t done = 0;
  if (v->stream && !v->error && v->used) {
    if (ks_file_write(v->file, v->buf, v->used, NULL) != KS_OK)
      v->error = errno ? errno : EIO;
    done = v->used;
  }
  while (!v->error && done < v->used) {
    ssize_t k = pwrite(v->fd, v->buf + done, v->used - done,
                       (off_t)(v->start + (int64_t)done));
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      v->error = k < 0 ? errno : EIO;
    else
      done += (size_t)k;
  }
  v->start += (int64_t)v->used;
  v->used = 0;
  return !v->error;
}

/* A stream can only grow at its end: bytes before what is buffered have
 * left and are dropped, bytes inside the buffer are rewritten there, and a
 * gap past the end is an error. Returns how many bytes of p were handled. */
static size_t stream_rewrite(struct ks_vfile *v, const unsigned char *p,
                             size_t n) {
  size_t done = 0;
  int64_t end = v->start + (int64_t)v->used;
  if (v->pos < v->start) {
    int64_t gone = v->start - v->pos;
    done = (int64_t)n < gone ? n : (size_t)gone;
  }
  if (done < n && v->pos + (int64_t)done < end) {
    size_t at = (size_t)(v->pos + (int64_t)done - v->start);
    size_t k = v->used - at < n - done ? v->used - at : n - done;
    memcpy(v->buf + at, p + done, k);
    done += k;
  }
  if (done < n && v->pos + (int64_t)done > end) {
    v->error = ESPIPE;
    return done;
  }
  return done;
}

size_t ks_vfile_write(struct ks_vfile *v, const void *ptr, size_t count) {
  const unsigned char *p = ptr;
  size_t left = count, cap = v->stream ? KS_VFILE_STREAM_BUF : KS_VFILE_BUF;
  if (v->error)
    return 0;
  if (v->stream) {
    size_t k = stream_rewrite(v, p, left);
    v->pos += (int64_t)k;
    p += k;
    left -= k;
    if (v->error)
      return count - left;
  } else if (v->used && v->pos != v->start + (int64_t)v->used &&
             !ks_vfile_flush(v)) {
    return 0; /* a write elsewhere: what is buffered goes first */
  }
  if (left && !v->used)
    v->start = v->pos;
  while (left > 0) {
    size_t k = cap - v->used < left ? cap - v->used : left;
    memcpy(v->buf + v->used, p, k);
    v->used += k;
    p += k;
    left -= k;
    v->pos += (int64_t)k;
    if (v->used == cap && !ks_vfile_flush(v))
      return count - left;
  }
  if (v->pos > v->len)
    v->len = v->pos;
  return count;
}

size_t ks_vfile_read(struct ks_vfile *v, void *ptr, size_t count) {
  ssize_t k;
  if (v->stream || !ks_vfile_flush(v))
    return 0;
  k = pread(v->fd, ptr, count, (off_t)v->pos);
  if (k <= 0)
    return 0;
  v->pos += k;
  return (size_t)k;
}

bool ks_vfile_seek(struct ks_vfile *v, int64_t to) {
  if (to < 0)
    return false;
  v->pos = to;
  return true;
}
