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

/* The country code that ends url's host ("pg" of "https://x.com.pg/a"),
 * in lower case, into cc; false where the host ends in no two letters or
 * in a code sites take for anything (".tv", ".io", ".co", ".fm", ".me",
 * ".ly", ".ai"). */
bool ks_url_country(const char *url, char cc[3]);

/* How the country of code cc writes a date in figures: 'm' month first
 * (the US, the Philippines), 0 either way (Canada), 'd' day first (every
 * other). */
char ks_country_date_order(const char *cc);

#endif
