/* fetch.c - GET an http(s) URL into memory with libcurl (the only libcurl user).
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

struct transfer {
  CURL *curl;
  struct ks_buf *body;
  size_t max;
  bool allow_any_type;
  bool checked_type;
  bool too_big;
  bool bad_type;
  char type[128];
};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static bool prefix_ci(const char *s, const char *pre) {
  for (; *pre; s++, pre++)
    if (lower((unsigned char)*s) != *pre)
      return false;
  return true;
}

/* Split "text/html; charset=UTF-8" into a lower-case media type and the
 * charset parameter (quotes removed). */
static void parse_content_type(const char *ct, char *type, size_t tsize,
                               char *charset, size_t csize) {
  size_t n = 0;
  const char *p;
  type[0] = charset[0] = '\0';
  if (!ct)
    return;
  while (*ct == ' ')
    ct++;
  for (p = ct; *p && *p != ';' && *p != ' ' && n + 1 < tsize; p++)
    type[n++] = (char)lower((unsigned char)*p);
  type[n] = '\0';
  for (p = ct; (p = strchr(p, ';')) != NULL;) {
    p++;
    while (*p == ' ' || *p == '\t')
      p++;
    if (prefix_ci(p, "charset=")) {
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

/* A page is text. Images, audio, video, PDFs and other binaries are refused
 * before their body is read. A missing type is let through for the extractor
 * to judge. */
static bool is_texty(const char *type) {
  return type[0] == '\0' || prefix_ci(type, "text/") ||
         strcmp(type, "application/xhtml+xml") == 0 ||
         strcmp(type, "application/xml") == 0;
}

// Stop as soon as the cap is passed or the type is wrong, so a 40 MiB image or
// a gzip bomb is never held in memory. Data arrive here already decoded.
static size_t on_data(char *data, size_t size, size_t nmemb, void *user) {
  struct transfer *t = user;
  size_t n = size * nmemb;
  if (!t->checked_type) {
    char *ct = NULL, charset[8];
    t->checked_type = true;
    (void)curl_easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &ct);
    parse_content_type(ct, t->type, sizeof t->type, charset, sizeof charset);
    if (!t->allow_any_type && !is_texty(t->type)) {
      t->bad_type = true;
      return 0;
    }
  }
  if (n > t->max - t->body->len) {
    t->too_big = true;
    return 0;
  }
  ks_buf_put(t->body, data, n);
  return n;
}

void ks_page_init(struct ks_page *p) {
  memset(p, 0, sizeof *p);
  ks_buf_init(&p->body, 0);
}

void ks_page_free(struct ks_page *p) {
  if (!p)
    return;
  ks_buf_free(&p->body);
  ks_page_init(p);
}

static bool scheme_ok(const char *url) {
  return prefix_ci(url, "http://") || prefix_ci(url, "https://");
}

// Words for the failures a user meets most, from curl's code and message.
static enum ks_status curl_failure(CURL *curl, CURLcode rc, const char *url,
                                   const char *msg, struct ks_error *err) {
  long status = 0;
  (void)curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  switch (rc) {
  case CURLE_HTTP_RETURNED_ERROR:
    return ks_error_set(err, KS_ERR_FETCH, "HTTP %ld for %s", status, url);
  case CURLE_TOO_MANY_REDIRECTS:
    return ks_error_set(err, KS_ERR_FETCH,
                        "too many redirects (more than %d) for %s",
                        KS_MAX_REDIRECTS, url);
  case CURLE_UNSUPPORTED_PROTOCOL:
    return ks_error_set(err, KS_ERR_FETCH,
                        "refused a redirect to a scheme other than http or "
                        "https from %s",
                        url);
  case CURLE_COULDNT_CONNECT:
    return ks_error_set(err, KS_ERR_FETCH, "cannot connect to %s (%s)", url,
                        msg[0] ? msg : curl_easy_strerror(rc));
  case CURLE_COULDNT_RESOLVE_HOST:
    return ks_error_set(err, KS_ERR_FETCH, "cannot resolve the host of %s",
                        url);
  case CURLE_OPERATION_TIMEDOUT:
    return ks_error_set(err, KS_ERR_FETCH, "timed out fetching %s", url);
  case CURLE_FILESIZE_EXCEEDED:
    return ks_error_set(err, KS_ERR_FETCH, "page larger than %u MiB at %s",
                        KS_MAX_PAGE >> 20, url);
  default:
    return ks_error_set(err, KS_ERR_FETCH, "%s (%s)",
                        msg[0] ? msg : curl_easy_strerror(rc), url);
  }
}

enum ks_status ks_fetch(const char *url, const struct ks_fetch_opts *opts,
                        struct ks_page *page, struct ks_error *err) {
  static bool global_done;
  struct transfer t;
  char errbuf[CURL_ERROR_SIZE] = "";
  char *ct = NULL, *eff = NULL;
  enum ks_status result = KS_OK;
  CURLcode rc;
  char ua[64];

  if (!scheme_ok(url))
    return ks_error_set(err, KS_ERR_FETCH,
                        "only http and https URLs are fetched: %s", url);
  if (!global_done) {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
      return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
    global_done = true;
  }
  memset(&t, 0, sizeof t);
  t.body = &page->body;
  t.max = opts && opts->max_bytes ? opts->max_bytes : KS_MAX_PAGE;
  t.allow_any_type = opts && opts->allow_any_type;
  t.curl = curl_easy_init();
  if (!t.curl)
    return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
  snprintf(ua, sizeof ua, "kispeak/%s", KS_VERSION);

  curl_easy_setopt(t.curl, CURLOPT_URL, url);
  curl_easy_setopt(t.curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(t.curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(t.curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(t.curl, CURLOPT_MAXREDIRS, (long)KS_MAX_REDIRECTS);
  curl_easy_setopt(t.curl, CURLOPT_ACCEPT_ENCODING, ""); /* all curl decodes */
  curl_easy_setopt(t.curl, CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt(t.curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(t.curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(t.curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(t.curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t.max);
  curl_easy_setopt(t.curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(t.curl, CURLOPT_WRITEFUNCTION, on_data);
  curl_easy_setopt(t.curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(t.curl, CURLOPT_USERAGENT,
                   opts && opts->user_agent ? opts->user_agent : ua);
  if (opts && opts->timeout_s > 0)
    curl_easy_setopt(t.curl, CURLOPT_TIMEOUT, opts->timeout_s);
  curl_easy_setopt(t.curl, CURLOPT_CONNECTTIMEOUT, 30L);

  rc = curl_easy_perform(t.curl);
  if (t.bad_type) {
    result = ks_error_set(err, KS_ERR_FETCH,
                          "%s is %s, not a web page (use --from to force)",
                          url, t.type);
    goto out;
  }
  if (t.too_big) {
    result = ks_error_set(err, KS_ERR_FETCH, "page larger than %u MiB at %s",
                          (unsigned)(t.max >> 20), url);
    goto out;
  }
  if (rc != CURLE_OK) {
    result = curl_failure(t.curl, rc, url, errbuf, err);
    goto out;
  }
  (void)curl_easy_getinfo(t.curl, CURLINFO_CONTENT_TYPE, &ct);
  parse_content_type(ct, page->content_type, sizeof page->content_type,
                     page->charset, sizeof page->charset);
  if (!t.allow_any_type && !is_texty(page->content_type)) {
    result = ks_error_set(err, KS_ERR_FETCH,
                          "%s is %s, not a web page (use --from to force)",
                          url, page->content_type);
    goto out;
  }
  (void)curl_easy_getinfo(t.curl, CURLINFO_EFFECTIVE_URL, &eff);
  snprintf(page->url, sizeof page->url, "%s", eff ? eff : url);

out:
  curl_easy_cleanup(t.curl);
  return result;
}
