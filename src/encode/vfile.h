/* vfile.h - a buffered file under the writers (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_VFILE_H
#define KS_VFILE_H

#include "file.h"

#include <stdint.h>

/* Writes gather in a buffer and the position is kept in memory. Through a
 * bare descriptor, libsndfile writes FLAC a frame at a time, each with a
 * write() and an lseek() to learn where it is: thousands of system calls a
 * minute of audio, each costly on a virtual machine.
 *
 * Over a file that can seek, a writer may go back and rewrite a header (WAV
 * sizes, FLAC STREAMINFO). Over a stream (a pipe, a device) bytes leave in
 * order, in small batches so a listener hears them soon; a rewrite of bytes
 * still in the buffer lands, and one of bytes already sent is dropped. */
#define KS_VFILE_BUF (256 * 1024)
#define KS_VFILE_STREAM_BUF (16 * 1024)
struct ks_vfile {
  struct ks_file *file;
  int fd;
  bool stream;
  int64_t pos;   /* where the next byte goes */
  int64_t len;   /* the file's length, counting what is buffered */
  int64_t start; /* the file offset of buf[0] */
  size_t used;   /* bytes waiting in buf */
  int error;     /* errno of the first failed write, or 0 */
  unsigned char buf[KS_VFILE_BUF];
};

/** A buffered file over f (not owned). Free with free(). */
struct ks_vfile *ks_vfile_new(struct ks_file *f);
/** Write n bytes at the position; returns how many were taken (fewer only
 *  on an error, then in error). */
size_t ks_vfile_write(struct ks_vfile *v, const void *p, size_t n);
/** Read at the position from a file that can seek; 0 at its end, on an
 *  error, or from a stream. */
size_t ks_vfile_read(struct ks_vfile *v, void *p, size_t n);
/** Move the position; false for a negative one. */
bool ks_vfile_seek(struct ks_vfile *v, int64_t to);
/** Write out what is buffered; false on an error. */
bool ks_vfile_flush(struct ks_vfile *v);

#endif
