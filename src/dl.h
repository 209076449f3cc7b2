/* dl.h - a library opened with dlopen() on first use, its functions copied
 * into a table of pointers (internal). SPDX-License-Identifier: MIT
 *
 * Libraries that only one path of the program needs (libcurl for a URL,
 * cairo for a podcast's cover, libzip for an EPUB) are opened when that
 * path first runs rather than linked: each linked library is mapped and
 * relocated at every start, and an article read from a file to FLAC starts
 * 3 ms sooner without cairo's and libzip's trees (an empty program with
 * kispeak's libraries: 7.2 ms linked, 4.3 ms without them). Their headers
 * still give the types and constants.
 */
#ifndef KS_DL_H
#define KS_DL_H

#include <stddef.h>

/* A function by name, and where its pointer goes in the table. */
struct ks_dl_sym {
  const char *name;
  size_t off;
};

#define KS_DL_SYM(prefix, type, f)                                             \
  { #prefix #f, offsetof(type, f) }

/* A table member's type against the header's own declaration of the
 * function: a type that differs does not compile. */
#define KS_DL_SAME(prefix, table, f)                                           \
  _Static_assert(__builtin_types_compatible_p(__typeof__(&prefix##f),          \
                                              __typeof__((table).f)),          \
                 #prefix #f " has the type its header gives it")

/* Opens soname and stores each function's address in the table at its
 * offset. NULL when done, else why not (nothing is kept open then). */
const char *ks_dl_load(const char *soname, const struct ks_dl_sym *syms,
                       size_t n, void *table);

#endif
