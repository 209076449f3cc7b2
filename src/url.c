/* url.c - the one test of what is a URL.
 * SPDX-License-Identifier: MIT
 */
#include "url.h"
#include "ascii.h"

bool ks_url_is_http(const char *s) {
  return ks_starts_ci(s, "http://") || ks_starts_ci(s, "https://");
}

// RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool ks_url_has_scheme(const char *s) {
  const char *p = s;
  if (!ks_is_alpha((unsigned char)*p))
    return false;
  while (ks_is_alnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  return p[0] == ':' && p[1] == '/' && p[2] == '/';
}
