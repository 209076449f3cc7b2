/* http.h - a conditional GET: a feed or an article fetched again only when
 * it changed (ETag, Last-Modified, 304 Not Modified) (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_HTTP_H
#define KS_HTTP_H

#include "kispeak.h"

struct ks_http_req {
  const char *url;
  const char *etag;          /* from the last full answer, or NULL */
  const char *last_modified; /* likewise */
  long timeout_s;            /* the whole transfer; 0: no limit */
  size_t max_bytes;          /* 0: KS_MAX_PAGE */
};

struct ks_http_resp {
  long status;            /* 200 (or another 2xx), or 304: not modified */
  struct ks_buf body;     /* decoded; empty on a 304 */
  char content_type[128]; /* media type, lower case, no parameters */
  char charset[64];       /* from Content-Type, or "" */
  char url[2048];         /* after redirects */
  char etag[256];         /* the validators to send next time, or "" */
  char last_modified[64];
};

void ks_http_resp_init(struct ks_http_resp *r);
void ks_http_resp_free(struct ks_http_resp *r);

/** GET an http(s) URL, sending the request's validators, into r. A 304
 *  keeps the request's validators in r. Fails with KS_ERR_FETCH: HTTP 400
 *  or above, a network failure, a body over the cap, another scheme. */
KS_NODISCARD enum ks_status ks_http_get(const struct ks_http_req *q,
                                        struct ks_http_resp *r,
                                        struct ks_error *err);

#endif
