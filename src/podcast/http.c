/* http.c - a conditional GET with libcurl, opened with dlopen() as fetch.c
 * does, so that a run on files does not load libcurl.
 * SPDX-License-Identifier: MIT
 *
 * fetch.c fetches one page as a browser would; a podcast run also needs the
 * validators (ETag, Last-Modified) and a 304. Kept apart so as not to
 * change ks_fetch() while others build on it; the two could share one
 * libcurl table later.
 */
#include "podcast/http.h"
#include "ascii.h"
#include "url.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef CURLcode global_init_fn(long flags);
typedef CURL *easy_init_fn(void);
typedef CURLcode easy_setopt_fn(CURL *curl, CURLoption option, ...);
typedef CURLcode easy_perform_fn(CURL *curl);
typedef CURLcode easy_getinfo_fn(CURL *curl, CURLINFO info, ...);
typedef void easy_cleanup_fn(CURL *curl);
typedef const char *easy_strerror_fn(CURLcode code);
typedef struct curl_slist *slist_append_fn(struct curl_slist *l, const char *s);
typedef void slist_free_all_fn(struct curl_slist *l);

/* Declared again through the typedefs, so that a type that differs from
 * <curl/curl.h> does not compile. Nothing here is linked. */
global_init_fn curl_global_init;
easy_init_fn curl_easy_init;
easy_setopt_fn curl_easy_setopt;
easy_perform_fn curl_easy_perform;
easy_getinfo_fn curl_easy_getinfo;
easy_cleanup_fn curl_easy_cleanup;
easy_strerror_fn curl_easy_strerror;
slist_append_fn curl_slist_append;
slist_free_all_fn curl_slist_free_all;

struct curl_api {
  global_init_fn *global_init;
  easy_init_fn *easy_init;
  easy_setopt_fn *easy_setopt;
  easy_perform_fn *easy_perform;
  easy_getinfo_fn *easy_getinfo;
  easy_cleanup_fn *easy_cleanup;
  easy_strerror_fn *easy_strerror;
  slist_append_fn *slist_append;
  slist_free_all_fn *slist_free_all;
};

static struct curl_api api;

#define SYM(f)                                                                 \
  { "curl_" #f, offsetof(struct curl_api, f) }
static const struct {
  const char *name;
  size_t off;
} syms[] = {SYM(global_init),   SYM(easy_init),    SYM(easy_setopt),
            SYM(easy_perform),  SYM(easy_getinfo), SYM(easy_cleanup),
            SYM(easy_strerror), SYM(slist_append), SYM(slist_free_all)};
#undef SYM

struct transfer {
  struct ks_http_resp *r;
  size_t max;
  bool too_big;
};

void ks_http_resp_init(struct ks_http_resp *r) {
  memset(r, 0, sizeof *r);
  ks_buf_init(&r->body, 0);
}

void ks_http_resp_free(struct ks_http_resp *r) {
  if (!r)
    return;
  ks_buf_free(&r->body);
  ks_http_resp_init(r);
}

/* Open libcurl once a process (a worker opens its own after fork). A plain
 * flag is enough: a podcast run fetches from one thread. */
static enum ks_status load(struct ks_error *err) {
  static bool loaded;
  void *lib;
  if (loaded)
    return KS_OK;
  lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  for (size_t i = 0; lib && i < sizeof syms / sizeof syms[0]; i++) {
    void *sym = dlsym(lib, syms[i].name);
    if (!sym) {
      (void)dlclose(lib);
      lib = NULL;
      break;
    }
    /* POSIX lets a function pointer live in a void *; ISO C has no cast. */
    memcpy((char *)&api + syms[i].off, &sym, sizeof sym);
  }
  if (!lib) {
    const char *why = dlerror();
    return ks_error_set(err, KS_ERR_FETCH, "cannot load libcurl: %s",
                        why ? why : "a symbol is missing");
  }
  if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    (void)dlclose(lib);
    return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
  }
  loaded = true;
  return KS_OK;
}

// A header's value (after "name:"), trimmed, into out; false if not name.
static bool header(const char *h, size_t n, const char *name, char *out,
                   size_t size) {
  size_t k = strlen(name), len;
  if (n < k || !ks_mem_eq_ci(h, name, k))
    return false;
  h += k;
  n -= k;
  while (n && (*h == ' ' || *h == '\t')) {
    h++;
    n--;
  }
  while (n && ks_is_space((unsigned char)h[n - 1]))
    n--;
  len = n < size ? n : 0; /* one too long to keep is not sent back cut */
  memcpy(out, h, len);
  out[len] = '\0';
  return true;
}

// Each response (a redirect, then the answer) brings its own validators.
static size_t on_header(char *h, size_t size, size_t nitems, void *user) {
  struct transfer *t = user;
  size_t n = size * nitems;
  if (n >= 5 && ks_mem_eq_ci(h, "http/", 5)) {
    t->r->etag[0] = t->r->last_modified[0] = '\0';
    return n;
  }
  if (!header(h, n, "etag:", t->r->etag, sizeof t->r->etag))
    (void)header(h, n, "last-modified:", t->r->last_modified,
                 sizeof t->r->last_modified);
  return n;
}

static size_t on_data(char *data, size_t size, size_t nmemb, void *user) {
  struct transfer *t = user;
  size_t n = size * nmemb;
  if (n > t->max - t->r->body.len) {
    t->too_big = true;
    return 0;
  }
  ks_buf_put(&t->r->body, data, n);
  return n;
}

/* "text/html; charset=UTF-8" into a lower-case type and the charset. */
static void content_type(const char *ct, struct ks_http_resp *r) {
  size_t n = 0;
  const char *p;
  if (!ct)
    return;
  while (*ct == ' ')
    ct++;
  for (p = ct; *p && *p != ';' && *p != ' ' && n + 1 < sizeof r->content_type;
       p++)
    r->content_type[n++] = (char)ks_to_lower((unsigned char)*p);
  r->content_type[n] = '\0';
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
             n + 1 < sizeof r->charset)
        r->charset[n++] = *p++;
      r->charset[n] = '\0';
      return;
    }
  }
}

static enum ks_status failure(CURL *c, CURLcode rc, const char *url,
                              const char *msg, struct ks_error *err) {
  long status = 0;
  (void)api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (rc == CURLE_HTTP_RETURNED_ERROR)
    return ks_error_set(err, KS_ERR_FETCH, "HTTP %ld for %s", status, url);
  if (rc == CURLE_OPERATION_TIMEDOUT)
    return ks_error_set(err, KS_ERR_FETCH, "timed out fetching %s", url);
  return ks_error_set(err, KS_ERR_FETCH, "%s (%s)",
                      msg[0] ? msg : api.easy_strerror(rc), url);
}

// The request's validators, as headers.
static struct curl_slist *validators(const struct ks_http_req *q) {
  struct curl_slist *h = NULL;
  struct ks_buf b = KS_BUF_INIT;
  if (q->etag && *q->etag) {
    ks_buf_printf(&b, "If-None-Match: %s", q->etag);
    h = api.slist_append(h, b.ptr);
  }
  if (q->last_modified && *q->last_modified) {
    ks_buf_clear(&b);
    ks_buf_printf(&b, "If-Modified-Since: %s", q->last_modified);
    h = api.slist_append(h, b.ptr);
  }
  ks_buf_free(&b);
  return h;
}

enum ks_status ks_http_get(const struct ks_http_req *q, struct ks_http_resp *r,
                           struct ks_error *err) {
  struct transfer t = {r, q->max_bytes ? q->max_bytes : KS_MAX_PAGE, false};
  char errbuf[CURL_ERROR_SIZE] = "", ua[64];
  char *ct = NULL, *eff = NULL;
  struct curl_slist *h;
  enum ks_status st = KS_OK;
  CURLcode rc;
  CURL *c;

  if (!ks_url_is_http(q->url))
    return ks_error_set(err, KS_ERR_FETCH,
                        "only http and https URLs are fetched: %s", q->url);
  st = load(err);
  if (st != KS_OK)
    return st;
  c = api.easy_init();
  if (!c)
    return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
  h = validators(q);
  snprintf(ua, sizeof ua, "kispeak/%s (podcast)", KS_VERSION);
  api.easy_setopt(c, CURLOPT_URL, q->url);
  api.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  api.easy_setopt(c, CURLOPT_MAXREDIRS, (long)KS_MAX_REDIRECTS);
  api.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  api.easy_setopt(c, CURLOPT_HTTPHEADER, h);
  api.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
  api.easy_setopt(c, CURLOPT_HEADERDATA, &t);
  api.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
  api.easy_setopt(c, CURLOPT_WRITEDATA, &t);
  api.easy_setopt(c, CURLOPT_FAILONERROR, 1L);
  api.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api.easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  api.easy_setopt(c, CURLOPT_USERAGENT, ua);
  api.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t.max);
  api.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
  if (q->timeout_s > 0)
    api.easy_setopt(c, CURLOPT_TIMEOUT, q->timeout_s);
  rc = api.easy_perform(c);
  (void)api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
  if (t.too_big || rc == CURLE_FILESIZE_EXCEEDED)
    st = ks_error_set(err, KS_ERR_FETCH, "larger than %u MiB: %s",
                      (unsigned)(t.max >> 20), q->url);
  else if (rc != CURLE_OK)
    st = failure(c, rc, q->url, errbuf, err);
  if (st == KS_OK) {
    (void)api.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
    content_type(ct, r);
    (void)api.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
    snprintf(r->url, sizeof r->url, "%s", eff ? eff : q->url);
  }
  if (st == KS_OK && r->status == 304) { /* unless new ones came, as sent */
    if (!r->etag[0])
      snprintf(r->etag, sizeof r->etag, "%s", q->etag ? q->etag : "");
    if (!r->last_modified[0])
      snprintf(r->last_modified, sizeof r->last_modified, "%s",
               q->last_modified ? q->last_modified : "");
  }
  api.slist_free_all(h);
  api.easy_cleanup(c);
  return st;
}
