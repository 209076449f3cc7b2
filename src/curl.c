/* curl.c - libcurl, opened with dlopen() on first use (fetch.c and the
 * podcast's http.c share this table). SPDX-License-Identifier: MIT
 *
 * libcurl is opened on the first URL fetched, not linked: its dependency
 * tree (OpenSSL, GnuTLS, Kerberos, LDAP...) costs ~14 ms at every start, even
 * for a local file or stdin (an empty program with kispeak's libraries
 * started in 29.6 ms, 15.9 ms without -lcurl). <curl/curl.h> still gives the
 * types and constants.
 */
#include "curl.h"
#include "ascii.h"
#include "dl.h"

#include <stdbool.h>
#include <string.h>

static struct ks_curl api;

#define SYM(f) KS_DL_SYM(curl_, struct ks_curl, f)
static const struct ks_dl_sym syms[] = {
    SYM(global_init),   SYM(easy_init),    SYM(easy_setopt),
    SYM(easy_perform),  SYM(easy_getinfo), SYM(easy_cleanup),
    SYM(easy_strerror), SYM(slist_append), SYM(slist_free_all)};
#undef SYM

/* Nothing of libcurl is referenced or linked. */
#define SAME(f) KS_DL_SAME(curl_, api, f)
SAME(global_init);
SAME(easy_init);
SAME(easy_setopt);
SAME(easy_perform);
SAME(easy_getinfo);
SAME(easy_cleanup);
SAME(easy_strerror);
SAME(slist_append);
SAME(slist_free_all);
#undef SAME

const struct ks_curl *ks_curl_open(struct ks_error *err) {
  static bool loaded;
  const char *why;
  if (loaded)
    return &api;
  why = ks_dl_load("libcurl.so.4", syms, sizeof syms / sizeof syms[0], &api);
  if (why) {
    ks_error_set(err, KS_ERR_FETCH, "cannot load libcurl: %s", why);
    return NULL;
  }
  if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
    return NULL;
  }
  loaded = true;
  return &api;
}

void ks_content_type(const char *ct, char *type, size_t tsize, char *charset,
                     size_t csize) {
  size_t n = 0;
  const char *p;
  type[0] = charset[0] = '\0';
  if (!ct)
    return;
  while (*ct == ' ')
    ct++;
  for (p = ct; *p && *p != ';' && *p != ' ' && n + 1 < tsize; p++)
    type[n++] = (char)ks_to_lower((unsigned char)*p);
  type[n] = '\0';
  for (p = ct; (p = strchr(p, ';')) != NULL;) {
    p++;
    while (*p == ' ' || *p == '\t')
      p++;
    if (ks_starts_ci(p, "charset=")) {
      p += 8;
      if (*p == '"' || *p == '\'')
        p++;
      n = 0;
      while (*p && *p != ';' && *p != '"' && *p != '\'' && *p != ' ' &&
             n + 1 < csize)
        charset[n++] = *p++;
      charset[n] = '\0';
      return;
    }
  }
}
