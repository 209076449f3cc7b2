/* fetch.c - GET an http(s) URL into memory with libcurl (the only libcurl
 * user). SPDX-License-Identifier: MIT
 */
#include "buf.h"
#include "sniff.h"
#include "ascii.h"
#include "url.h"
#include "curl.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#define ZLIB_CONST /* next_in points at const bytes */
#include <zlib.h>

/* libcurl is opened on the first URL fetched (curl.c), not linked. */
static const struct ks_curl *libcurl;

/* How the body is encoded on the wire (Content-Encoding). libcurl's own
 * decoder misses a gzip stream that stops early, so we inflate here and can
 * tell a complete stream from a cut one. */
enum coding { CODING_NONE, CODING_GZIP, CODING_DEFLATE, CODING_OTHER };

struct transfer {
  CURL *curl;
  struct ks_buf *body;
  size_t max;
  bool allow_any_type;
  bool checked_type;
  bool too_big;
  bool bad_type;
  char type[128];
  bool wide;          /* charset is UTF-16 or UTF-32: NULs are text */
  bool sniffed;       /* the first bytes were checked for a binary file */
  const char *binary; /* what the body is, when it is not a page */

  enum coding coding; /* of the response being received */
  char coding_name[32];
  z_stream z;
  bool z_ready;           /* inflateInit2 done */
  bool z_raw;             /* fell back to a raw deflate stream */
  bool z_end;             /* the stream reached Z_STREAM_END */
  bool z_bad;             /* the stream is corrupt */
  size_t z_in;            /* compressed bytes received */
  unsigned char head[64]; /* the first compressed bytes, to retry as raw */
};

/* A page is text. Images, audio, video, PDFs and other binaries are refused
 * before their body is read. A missing type is let through for the extractor
 * to judge. */
static bool is_texty(const char *type) {
  return type[0] == '\0' || ks_starts_ci(type, "text/") ||
         strcmp(type, "application/xhtml+xml") == 0 ||
         strcmp(type, "application/xml") == 0;
}

static bool prefix_ci_n(const char *s, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && ks_mem_eq_ci(s, pre, k);
}

static void reset_coding(struct transfer *t) {
  if (t->z_ready)
    (void)inflateEnd(&t->z);
  t->coding = CODING_NONE;
  t->coding_name[0] = '\0';
  t->z_ready = t->z_raw = t->z_end = t->z_bad = false;
  t->z_in = 0;
}

// Each response (a redirect, then the page) brings its own headers, so the
// Content-Encoding kept is that of the response whose body arrives.
static size_t on_header(char *h, size_t size, size_t nitems, void *user) {
  static const char name[] = "content-encoding:";
  struct transfer *t = user;
  size_t total = size * nitems, n = total, k;

  if (prefix_ci_n(h, n, "http/")) {
    reset_coding(t);
    return total;
  }
  if (!prefix_ci_n(h, n, name))
    return total;
  h += sizeof name - 1;
  n -= sizeof name - 1;
  while (n && (*h == ' ' || *h == '\t')) {
    h++;
    n--;
  }
  while (n && (h[n - 1] == '\r' || h[n - 1] == '\n' || h[n - 1] == ' ' ||
               h[n - 1] == '\t'))
    n--;
  for (k = 0; k < n && k + 1 < sizeof t->coding_name; k++)
    t->coding_name[k] = (char)ks_to_lower((unsigned char)h[k]);
  t->coding_name[k] = '\0';
  if (k == 0 || !strcmp(t->coding_name, "identity"))
    t->coding = CODING_NONE;
  else if (!strcmp(t->coding_name, "gzip") || !strcmp(t->coding_name, "x-gzip"))
    t->coding = CODING_GZIP;
  else if (!strcmp(t->coding_name, "deflate"))
    t->coding = CODING_DEFLATE;
  else
    t->coding = CODING_OTHER; /* not asked for, or stacked: not decoded */
  return total;
}

// A server may call anything text/html: the first bytes tell.
static bool sniff(struct transfer *t) {
  t->sniffed = true;
  if (!t->allow_any_type && !t->wide)
    t->binary = ks_sniff_binary(t->body->ptr, t->body->len);
  return t->binary == NULL;
}

// Keep decoded bytes up to the cap, so a 40 MiB image or a gzip bomb is never
// held in memory; look at the first 512 of them once.
static bool deliver(struct transfer *t, const void *p, size_t n) {
  if (n > t->max - t->body->len) {
    t->too_big = true;
    return false;
  }
  ks_buf_put(t->body, p, n);
  if (!t->sniffed && t->body->len >= 512)
    return sniff(t);
  return true;
}

enum step { STEP_OK, STEP_STOP, STEP_CORRUPT };

// Inflate n bytes through a small window, handing each piece on at once.
static enum step run_inflate(struct transfer *t, const unsigned char *p,
                             size_t n) {
  unsigned char out[16384];
  t->z.next_in = p;
  t->z.avail_in = (uInt)n;
  while (!t->z_end) {
    size_t got;
    int zr;
    t->z.next_out = out;
    t->z.avail_out = sizeof out;
    zr = inflate(&t->z, Z_NO_FLUSH);
    if (zr == Z_STREAM_END)
      t->z_end = true;
    else if (zr == Z_BUF_ERROR)
      break; /* no progress without more input */
    else if (zr != Z_OK)
      return STEP_CORRUPT;
    got = sizeof out - t->z.avail_out;
    if (got && !deliver(t, out, got))
      return STEP_STOP;
    if (t->z.avail_in == 0 && t->z.avail_out != 0)
      break;
  }
  return STEP_OK; /* bytes after the end of the stream are ignored */
}

/* Decode one chunk of a compressed body. zlib detects gzip and zlib headers
 * itself; "deflate" is often sent raw, without the zlib header, so a stream
 * that fails before giving a byte is tried again as raw deflate. */
static bool inflate_chunk(struct transfer *t, const unsigned char *p,
                          size_t n) {
  size_t before = t->z_in;
  enum step st;

  if (before < sizeof t->head)
    memcpy(t->head + before, p,
           n < sizeof t->head - before ? n : sizeof t->head - before);
  t->z_in += n;
  if (t->z_end)
    return true;
  if (!t->z_ready) {
    memset(&t->z, 0, sizeof t->z);
    if (inflateInit2(&t->z, 15 + 32) != Z_OK) {
      t->z_bad = true;
      return false;
    }
    t->z_ready = true;
  }
  st = run_inflate(t, p, n);
  if (st == STEP_CORRUPT && t->coding == CODING_DEFLATE && !t->z_raw &&
      t->z.total_out == 0 && before <= sizeof t->head &&
      inflateReset2(&t->z, -15) == Z_OK) {
    t->z_raw = true;
    st = run_inflate(t, t->head, before);
    if (st == STEP_OK)
      st = run_inflate(t, p, n);
  }
  if (st == STEP_CORRUPT)
    t->z_bad = true;
  return st == STEP_OK;
}

// Check the type before the first byte is kept, then keep the body decoded.
static size_t on_data(char *data, size_t size, size_t nmemb, void *user) {
  struct transfer *t = user;
  size_t n = size * nmemb;
  bool ok;
  if (!t->checked_type) {
    char *ct = NULL, charset[64];
    t->checked_type = true;
    (void)libcurl->easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &ct);
    ks_content_type(ct, t->type, sizeof t->type, charset, sizeof charset);
    if (!t->allow_any_type && !is_texty(t->type)) {
      t->bad_type = true;
      return 0;
    }
    t->wide = ks_starts_ci(charset, "utf-16") ||
              ks_starts_ci(charset, "utf-32") || ks_starts_ci(charset, "ucs-");
  }
  if (t->coding == CODING_OTHER)
    return 0;
  if (t->coding == CODING_NONE)
    ok = deliver(t, data, n);
  else
    ok = inflate_chunk(t, (const unsigned char *)data, n);
  return ok ? n : 0;
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

// Words for the failures a user meets most, from curl's code and message.
static enum ks_status curl_failure(CURL *curl, CURLcode rc, const char *url,
                                   const char *msg, struct ks_error *err) {
  long status = 0;
  (void)libcurl->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
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
                        msg[0] ? msg : libcurl->easy_strerror(rc));
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
                        msg[0] ? msg : libcurl->easy_strerror(rc), url);
  }
}

static enum ks_status not_a_page(const struct transfer *t, const char *url,
                                 struct ks_error *err) {
  return ks_error_set(err, KS_ERR_FETCH,
                      "%s is not a web page (%s served as %s)", url, t->binary,
                      t->type[0] ? t->type : "no type");
}

enum ks_status ks_fetch(const char *url, const struct ks_fetch_opts *opts,
                        struct ks_page *page, struct ks_error *err) {
  struct transfer t;
  char errbuf[CURL_ERROR_SIZE] = "";
  char *ct = NULL, *eff = NULL;
  enum ks_status result = KS_OK;
  CURLcode rc;
  char ua[64];

  if (!ks_url_is_http(url))
    return ks_error_set(err, KS_ERR_FETCH,
                        "only http and https URLs are fetched: %s", url);
  if (!(libcurl = ks_curl_open(err)))
    return err->code;
  memset(&t, 0, sizeof t);
  t.body = &page->body;
  t.max = opts && opts->max_bytes ? opts->max_bytes : KS_MAX_PAGE;
  t.allow_any_type = opts && opts->allow_any_type;
  t.curl = libcurl->easy_init();
  if (!t.curl)
    return ks_error_set(err, KS_ERR_FETCH, "cannot start libcurl");
  snprintf(ua, sizeof ua, "kispeak/%s", KS_VERSION);

  libcurl->easy_setopt(t.curl, CURLOPT_URL, url);
  libcurl->easy_setopt(t.curl, CURLOPT_PROTOCOLS_STR, "http,https");
  libcurl->easy_setopt(t.curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  libcurl->easy_setopt(t.curl, CURLOPT_FOLLOWLOCATION, 1L);
  libcurl->easy_setopt(t.curl, CURLOPT_MAXREDIRS, (long)KS_MAX_REDIRECTS);
  /* Compressed bodies are inflated here (inflate_chunk), not by libcurl-> */
  libcurl->easy_setopt(t.curl, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  libcurl->easy_setopt(t.curl, CURLOPT_HTTP_CONTENT_DECODING, 0L);
  libcurl->easy_setopt(t.curl, CURLOPT_HEADERFUNCTION, on_header);
  libcurl->easy_setopt(t.curl, CURLOPT_HEADERDATA, &t);
  libcurl->easy_setopt(t.curl, CURLOPT_FAILONERROR, 1L);
  libcurl->easy_setopt(t.curl, CURLOPT_NOSIGNAL, 1L);
  libcurl->easy_setopt(t.curl, CURLOPT_SSL_VERIFYPEER, 1L);
  libcurl->easy_setopt(t.curl, CURLOPT_SSL_VERIFYHOST, 2L);
  libcurl->easy_setopt(t.curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t.max);
  libcurl->easy_setopt(t.curl, CURLOPT_ERRORBUFFER, errbuf);
  libcurl->easy_setopt(t.curl, CURLOPT_WRITEFUNCTION, on_data);
  libcurl->easy_setopt(t.curl, CURLOPT_WRITEDATA, &t);
  libcurl->easy_setopt(t.curl, CURLOPT_USERAGENT,
                       opts && opts->user_agent ? opts->user_agent : ua);
  if (opts && opts->timeout_s > 0)
    libcurl->easy_setopt(t.curl, CURLOPT_TIMEOUT, opts->timeout_s);
  libcurl->easy_setopt(t.curl, CURLOPT_CONNECTTIMEOUT, 30L);

  rc = libcurl->easy_perform(t.curl);
  if (t.bad_type) {
    result = ks_error_set(err, KS_ERR_FETCH,
                          "%s is %s, not a web page (use --from to force)", url,
                          t.type);
    goto out;
  }
  if (t.binary) {
    result = not_a_page(&t, url, err);
    goto out;
  }
  if (t.too_big) {
    result = ks_error_set(err, KS_ERR_FETCH, "page larger than %u MiB at %s",
                          (unsigned)(t.max >> 20), url);
    goto out;
  }
  if (t.coding == CODING_OTHER) {
    result = ks_error_set(err, KS_ERR_FETCH,
                          "unsupported Content-Encoding \"%s\" at %s",
                          t.coding_name, url);
    goto out;
  }
  if (t.z_bad) {
    result =
        ks_error_set(err, KS_ERR_FETCH, "corrupt compressed body at %s", url);
    goto out;
  }
  if (rc != CURLE_OK) {
    result = curl_failure(t.curl, rc, url, errbuf, err);
    goto out;
  }
  if (t.z_in > 0 && !t.z_end) {
    result =
        ks_error_set(err, KS_ERR_FETCH, "truncated compressed body at %s", url);
    goto out;
  }
  if (!t.sniffed && !sniff(&t)) {
    result = not_a_page(&t, url, err);
    goto out;
  }
  (void)libcurl->easy_getinfo(t.curl, CURLINFO_CONTENT_TYPE, &ct);
  ks_content_type(ct, page->content_type, sizeof page->content_type,
                  page->charset, sizeof page->charset);
  if (!t.allow_any_type && !is_texty(page->content_type)) {
    result = ks_error_set(err, KS_ERR_FETCH,
                          "%s is %s, not a web page (use --from to force)", url,
                          page->content_type);
    goto out;
  }
  (void)libcurl->easy_getinfo(t.curl, CURLINFO_EFFECTIVE_URL, &eff);
  snprintf(page->url, sizeof page->url, "%s", eff ? eff : url);

out:
  reset_coding(&t);
  libcurl->easy_cleanup(t.curl);
  return result;
}
