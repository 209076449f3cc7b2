/* url.h - the one test of what is a URL (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_URL_H
#define KS_URL_H

#include <stdbool.h>

/** Whether s is an http:// or https:// URL; the scheme's case does not
 *  matter ("HTTP://", "Http://"), as RFC 3986 says. */
bool ks_url_is_http(const char *s);

/** Whether s starts with some URL scheme and "://" ("ftp://", "file://"). */
bool ks_url_has_scheme(const char *s);

#endif
