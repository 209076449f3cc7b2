/* file.h - every output written safely: whole or not at all (internal).
 * SPDX-License-Identifier: MIT
 *
 * The rules, for any path given as an output:
 * - a regular file, or a new one: written to a temporary file in the same
 *   directory, flushed to disk, and renamed into place; an existing file's
 *   permissions (and, where allowed, owner) are kept;
 * - a symbolic link: the file it points to is replaced the same way, and the
 *   link stays a link;
 * - a FIFO or a character device (/dev/null, /dev/stdout on a pipe or a
 *   terminal): opened and written as a stream, never renamed over or
 *   removed;
 * - "-": standard output, as a stream;
 * - with KS_FILE_BINARY, a terminal is refused ("-" or a device);
 * - a directory, a block device or a socket: refused.
 */
#ifndef KS_FILE_H
#define KS_FILE_H

#include "kispeak.h"

#include <stdint.h>

enum {
  KS_FILE_BINARY = 1 << 0 /* never to a terminal */
};

struct ks_file;

/* An output to check: its path (NULL: none), flags (KS_FILE_*), and the
 * option that names it (NULL: none), given to ks_error_option on a
 * failure. */
struct ks_file_out {
  const char *path;
  unsigned flags;
  const char *option;
};

/** Check, before any work starts, that every output in outs[0..n) can be
 *  written by the rules above: its directory exists and may be written, it
 *  is not a directory, a binary one is no terminal, and no two of them, nor
 *  one of them and the file named source (NULL: none, or not a file), are
 *  the same file. A character device may be named twice (/dev/null). Fails
 *  with KS_ERR_ENCODE naming the path, or KS_ERR_USAGE (a clash, a
 *  terminal). */
KS_NODISCARD enum ks_status ks_file_check(const struct ks_file_out *outs,
                                          size_t n, const char *source,
                                          struct ks_error *err);

/** Start writing path by the rules above (flags: KS_FILE_*). Nothing appears
 *  at a replaced path before ks_file_commit(). */
KS_NODISCARD enum ks_status ks_file_open(const char *path, unsigned flags,
                                         struct ks_file **out,
                                         struct ks_error *err);
/** The descriptor to write to (owned by f). */
int ks_file_fd(const struct ks_file *f);
/** Whether f can seek (a file being replaced), rather than a stream. */
bool ks_file_seekable(const struct ks_file *f);
/** The path being written until commit (the temporary file), or NULL for a
 *  stream. */
const char *ks_file_temp_path(const struct ks_file *f);
/** The path as given. */
const char *ks_file_path(const struct ks_file *f);

/** The temporary file was replaced under its name by a library that writes
 *  to a path (libzip): take the new file as the one to commit. */
KS_NODISCARD enum ks_status ks_file_adopt(struct ks_file *f,
                                          struct ks_error *err);

/** Write all n bytes at the stream's end, retrying short writes. */
KS_NODISCARD enum ks_status ks_file_write(struct ks_file *f, const void *data,
                                          size_t n, struct ks_error *err);

/** Finish: a replaced file is flushed to disk, renamed into place, and its
 *  directory flushed; a stream is closed. *bytes (may be NULL) is the size
 *  written. f is freed either way; on failure nothing replaced path. */
KS_NODISCARD enum ks_status ks_file_commit(struct ks_file *f, uint64_t *bytes,
                                           struct ks_error *err);
/** Give up: the temporary file is removed (path untouched), a stream is
 *  closed. NULL is a no-op. */
void ks_file_abort(struct ks_file *f);

/** Write data to path in one go: open, write, commit. */
KS_NODISCARD enum ks_status ks_file_save(const char *path, const void *data,
                                         size_t len, struct ks_error *err);

#endif
