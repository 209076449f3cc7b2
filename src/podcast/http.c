/* http.c - a conditional GET with libcurl (opened by curl.c, as for
 * fetch.c), so that a run on files does not load libcurl.
 * SPDX-License-Identifier: MIT
 *
 * fetch.c fetches one page as a browser would; a podcast run also needs the
 * validators (ETag, Last-Modified) and a 304.
 */
#include "podcast/http.h"
#include "ascii.h"
#include "url.h"
#include "curl.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* libcurl, opened on the first request (curl.c, shared with fetch.c). */
static const struct ks_curl *api;

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

static enum ks_status failure(CURL *c, CURLcode rc, const char *url,
                              const char *msg, struct ks_error *err) {
  long status = 0;
  (void)api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (rc == CURLE_HTTP_RETURNED_ERROR)
    return ks_error_set(err, KS_ERR_FETCH, "HTTP %ld for %s", status, url);
  if (rc == CURLE_OPERATION_TIMEDOUT)
    return ks_error_set(err, KS_ERR_FETCH, "timed out fetching %s", url);
  return ks_error_set(err, KS_ERR_FETCH, "%s (%s)",
                      msg[0] ? msg : api->easy_strerror(rc), url);
}

// The request's validators, as headers.
static struct curl_slist *validators(const struct ks_http_req *q) {
  struct curl_slist *h = NULL;
  struct ks_buf b = KS_BUF_INIT;
  if (q->etag && *q->etag) {
    ks_buf_printf(&b, "If-None-Match: %s", q->etag);
    h = api->slist_append(h, b.ptr);
  }
  if (q->last_modified && *q->last_modified) {
    ks_buf_clear(&b);
    ks_buf_printf(&b, "If-Modified-Since: %s", q->last_modified);
    h = api->slist_append(h, b.ptr);
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
  if (!(api = ks_curl_open(err)))
    return err->code;
  c = api->easy_init();
  if (!c)
    return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
  h = validators(q);
  snprintf(ua, sizeof ua, "kispeak/%s (podcast)", KS_VERSION);
  api->easy_setopt(c, CURLOPT_URL, q->url);
  api->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api->easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api->easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  api->easy_setopt(c, CURLOPT_MAXREDIRS, (long)KS_MAX_REDIRECTS);
  api->easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  api->easy_setopt(c, CURLOPT_HTTPHEADER, h);
  api->easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
  api->easy_setopt(c, CURLOPT_HEADERDATA, &t);
  api->easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
  api->easy_setopt(c, CURLOPT_WRITEDATA, &t);
  api->easy_setopt(c, CURLOPT_FAILONERROR, 1L);
  api->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api->easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  api->easy_setopt(c, CURLOPT_USERAGENT, ua);
  api->easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t.max);
  api->easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
  if (q->timeout_s > 0)
    api->easy_setopt(c, CURLOPT_TIMEOUT, q->timeout_s);
  rc = api->easy_perform(c);
  (void)api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
  if (t.too_big || rc == CURLE_FILESIZE_EXCEEDED)
    st = ks_error_set(err, KS_ERR_FETCH, "larger than %u MiB: %s",
                      (unsigned)(t.max >> 20), q->url);
  else if (rc != CURLE_OK)
    st = failure(c, rc, q->url, errbuf, err);
  if (st == KS_OK) {
    (void)api->easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
    ks_content_type(ct, r->content_type, sizeof r->content_type, r->charset,
                    sizeof r->charset);
    (void)api->easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
    snprintf(r->url, sizeof r->url, "%s", eff ? eff : q->url);
  }
  if (st == KS_OK && r->status == 304) { /* unless new ones came, as sent */
    if (!r->etag[0])
      snprintf(r->etag, sizeof r->etag, "%s", q->etag ? q->etag : "");
    if (!r->last_modified[0])
      snprintf(r->last_modified, sizeof r->last_modified, "%s",
               q->last_modified ? q->last_modified : "");
  }
  api->slist_free_all(h);
  api->easy_cleanup(c);
  return st;
}
