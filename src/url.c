/* url.c - the one test of what is a URL.
 * SPDX-License-Identifier: MIT
 */
#include "url.h"
#include "ascii.h"

#include <string.h>

bool ks_url_is_http(const char *s) {
  return ks_starts_ci(s, "http://") || ks_starts_ci(s, "https://");
}

bool ks_url_country(const char *url, char cc[3]) {
  static const char generic[][3] = {"ai", "co", "fm", "io", "ly", "me", "tv"};
  const char *h = url ? strstr(url, "://") : NULL, *e;
  cc[0] = '\0';
  if (!h)
    return false;
  h += 3;
  for (e = h; *e && *e != '/' && *e != ':' && *e != '?'; e++)
    ;
  if (e - h < 4 || e[-3] != '.' || !ks_is_alpha((unsigned char)e[-2]) ||
      !ks_is_alpha((unsigned char)e[-1]))
    return false;
  cc[0] = (char)ks_to_lower((unsigned char)e[-2]);
  cc[1] = (char)ks_to_lower((unsigned char)e[-1]);
  cc[2] = '\0';
  for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
    if (!strcmp(cc, generic[i]))
      return cc[0] = '\0', false;
  return true;
}

char ks_country_date_order(const char *cc) {
  if (!strcmp(cc, "us") || !strcmp(cc, "ph"))
    return 'm';
  return strcmp(cc, "ca") ? 'd' : 0;
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
