/* dl.h - a library opened with dlopen() on first use, its functions copied
 * into a table of pointers (internal). SPDX-License-Identifier: MIT
 *
 * Libraries that only one path of the program needs (libcurl for a URL,
 * cairo for a podcast's cover, libzip for an EPUB, SQLite for a podcast's
 * state) are opened when that path first runs rather than linked: each
 * linked library is mapped and relocated at every start. With them linked,
 * `perf stat -r 30 ./kispeak --version` took 7.3 ms (commit 7a221e8, 63
 * libraries); without, 4.5 ms (47). Their headers still give the types and
 * constants.
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
