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

#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>

static struct ks_curl api;

#define SYM(f)                                                                 \
  { "curl_" #f, offsetof(struct ks_curl, f) }
static const struct {
  const char *name;
  size_t off;
} syms[] = {SYM(global_init),   SYM(easy_init),    SYM(easy_setopt),
            SYM(easy_perform),  SYM(easy_getinfo), SYM(easy_cleanup),
            SYM(easy_strerror), SYM(slist_append), SYM(slist_free_all)};
#undef SYM
_Static_assert(sizeof api.easy_init == sizeof(void *),
               "ks_curl_open copies each dlsym() result into its pointer");

/* Each pointer's type against <curl/curl.h>'s own declaration: a type that
 * differs does not compile. Nothing of libcurl is referenced or linked. */
#define SAME(f)                                                                \
  _Static_assert(                                                              \
      __builtin_types_compatible_p(__typeof__(&curl_##f), __typeof__(api.f)),  \
      "curl_" #f " has the type <curl/curl.h> gives it")
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
  void *lib;
  if (loaded)
    return &api;
  lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  for (size_t i = 0; lib && i < sizeof syms / sizeof syms[0]; i++) {
    void *sym = dlsym(lib, syms[i].name);
    if (!sym) {
      why = dlerror();
      (void)dlclose(lib);
      ks_error_set(err, KS_ERR_FETCH, "cannot load libcurl: %s",
                   why ? why : "a symbol is missing");
      return NULL;
    }
    /* POSIX lets a function pointer live in a void *; ISO C has no cast. */
    memcpy((char *)&api + syms[i].off, &sym, sizeof sym);
  }
  if (!lib) {
    why = dlerror();
    ks_error_set(err, KS_ERR_FETCH, "cannot load libcurl: %s",
                 why ? why : "unknown error");
    return NULL;
  }
  if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    (void)dlclose(lib);
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
