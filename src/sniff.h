/* sniff.h - tell binary files from text by their first bytes.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_SNIFF_H
#define KS_SNIFF_H

#include <stddef.h>

/** What the n bytes at p are, when they are plainly not text: a short phrase
 *  ("PNG image", "PDF document") for a known file signature, "binary data"
 *  for a NUL byte among the first 512 bytes with no UTF-16 or UTF-32
 *  byte-order mark; NULL when they may be text. The phrase is static. */
const char *ks_sniff_binary(const void *p, size_t n);

#endif
