/* curl.h - libcurl, opened with dlopen() on first use, one table for the
 * process (internal). SPDX-License-Identifier: MIT
 */
#ifndef KS_CURL_H
#define KS_CURL_H

#include "kispeak.h"

#include <curl/curl.h>
#include <stddef.h>

/* The libcurl calls kispeak makes; every call goes through this table. */
struct ks_curl {
  CURLcode (*global_init)(long flags);
  CURL *(*easy_init)(void);
  CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
  CURLcode (*easy_perform)(CURL *curl);
  CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
  void (*easy_cleanup)(CURL *curl);
  const char *(*easy_strerror)(CURLcode code);
  struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
  void (*slist_free_all)(struct curl_slist *l);
};

/* libcurl opened and started, once a process (a failed try is undone and
 * tried again by the next call); NULL with err set when it cannot be. Call
 * it from one thread at a time: fetch.c and the podcast's http.c run on
 * their process's main thread. */
const struct ks_curl *ks_curl_open(struct ks_error *err);

/* "text/html; charset=UTF-8" into a lower-case media type and the charset
 * parameter (quotes removed); both "" when absent. */
void ks_content_type(const char *ct, char *type, size_t tsize, char *charset,
                     size_t csize);

#endif
