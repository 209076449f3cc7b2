/* buf.h - allocation helpers that abort on out-of-memory (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_BUF_H
#define KS_BUF_H

#include "kispeak.h"

void *ks_xmalloc(size_t n);
void *ks_xcalloc(size_t n, size_t size);
void *ks_xrealloc(void *p, size_t n);
char *ks_xstrdup(const char *s);
char *ks_xstrndup(const char *s, size_t n);

/** Make room for need elements of size in *p (capacity *cap), growing by
 *  1.5x; checks need * size for overflow. */
void ks_grow(void *p, size_t *cap, size_t need, size_t size);

#endif
