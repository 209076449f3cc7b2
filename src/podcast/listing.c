/* listing.c - what one SOURCE lists this run.
 * SPDX-License-Identifier: MIT
 */
#include "podcast/listing.h"
#include "podcast/http.h"
#include "podcast/ident.h"
#include <nettle/sha1.h>
#include "buf.h"
#include "url.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void ks_listing_init(struct ks_listing *l) {
  memset(l, 0, sizeof *l);
  ks_feed_init(&l->feed);
  ks_state_source_init(&l->record);
}

void ks_listing_free(struct ks_listing *l) {
  if (!l)
    return;
  ks_feed_free(&l->feed);
  ks_state_source_free(&l->record);
  ks_listing_init(l);
}

static char *dup_or_null(const char *s) { return s ? ks_xstrdup(s) : NULL; }

static void set(char **field, const char *v) {
  free(*field);
  *field = dup_or_null(v);
}

static char *sha1_hex(const char *p, size_t n) {
  struct sha1_ctx c;
  unsigned char h[SHA1_DIGEST_SIZE];
  char hex[41];
  sha1_init(&c);
  sha1_update(&c, n, (const uint8_t *)p);
  sha1_digest(&c, sizeof h, h);
  ks_ident_hex(h, 20, hex);
  return ks_xstrdup(hex);
}

/* A backfill's list of a million URLs runs to some 60 MB: lists of URLs may
 * be larger than a page. */
#define MAX_URLS_FILE (256u << 20)

static enum ks_status read_file(const char *path, size_t max,
                                struct ks_buf *out, struct ks_error *err) {
  bool in = !strcmp(path, "-");
  int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC), rc;
  if (fd < 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        strerror(errno));
  rc = ks_buf_read_fd(out, fd, max);
  if (!in)
    close(fd);
  if (rc)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s",
                        in ? "standard input" : path, strerror(rc));
  if (out->len > max)
    return ks_error_set(err, KS_ERR_IO, "%s is larger than %zu MiB",
                        in ? "standard input" : path, max >> 20);
  return KS_OK;
}

/* The channel's facts into the record, for a later run's defaults. */
static void keep_channel(struct ks_listing *l) {
  set(&l->record.title, l->feed.title);
  set(&l->record.link, l->feed.link);
  set(&l->record.description, l->feed.description);
  set(&l->record.language, l->feed.language);
  set(&l->record.image, l->feed.image);
  set(&l->record.author, l->feed.author);
}

// One article: the source itself is the only item.
static void article(struct ks_listing *l, const char *url) {
  struct ks_feed_item *it;
  ks_grow(&l->feed.items, &l->feed.cap_items, 1, sizeof *l->feed.items);
  it = &l->feed.items[0];
  memset(it, 0, sizeof *it);
  it->link = ks_xstrdup(url);
  l->feed.n_items = 1;
  set(&l->record.kind, "article");
  l->changed = true;
}

/* Bytes from a source: a feed, a page or a list of URLs, by their look;
 * changed unless they hash as last time. */
static enum ks_status classify(struct ks_listing *l, const char *name,
                               const char *base, const struct ks_buf *body,
                               const char *old_hash, struct ks_error *err) {
  enum ks_status st = KS_OK;
  char *hash = sha1_hex(body->ptr, body->len);
  switch (ks_feed_sniff(body->ptr, body->len)) {
  case KS_SNIFF_HTML:
    article(l, name);
    break;
  case KS_SNIFF_XML:
    set(&l->record.kind, "feed");
    st = ks_feed_parse(body->ptr, body->len, base, &l->feed, err);
    break;
  case KS_SNIFF_URLS:
    set(&l->record.kind, "urls");
    st = ks_feed_urls(body->ptr, body->len, name, &l->feed, err);
    break;
  default:
    st = ks_error_set(err, KS_ERR_HTML,
                      "%s is not an RSS or Atom feed, a web page or a list "
                      "of URLs",
                      name);
  }
  if (st == KS_OK && l->record.kind && strcmp(l->record.kind, "article")) {
    l->changed = !old_hash || strcmp(old_hash, hash) != 0;
    keep_channel(l);
    if (!l->changed)
      ks_feed_free(&l->feed);
  }
  free(l->record.hash);
  l->record.hash = hash;
  return st;
}

enum ks_status ks_listing_read(struct ks_state *s, const char *name, bool urls,
                               long timeout_s, struct ks_listing *l,
                               struct ks_error *err) {
  struct ks_state_source prior;
  struct ks_buf body = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  bool known;

  ks_listing_free(l);
  ks_state_source_init(&prior);
  known = ks_state_source_get(s, name, &prior);
  if (known) { /* start from what it was: a 304 changes none of it */
    l->record = prior;
    ks_state_source_init(&prior);
  }
  set(&l->record.url, name);
  if (urls) {
    st = read_file(name, MAX_URLS_FILE, &body, err);
    if (st == KS_OK) {
      char *old = dup_or_null(l->record.hash);
      set(&l->record.kind, "urls");
      st = ks_feed_urls(body.ptr, body.len, name, &l->feed, err);
      free(l->record.hash);
      l->record.hash = sha1_hex(body.ptr, body.len);
      l->changed = !old || strcmp(old, l->record.hash) != 0;
      free(old);
    }
  } else if (known && l->record.kind && !strcmp(l->record.kind, "article")) {
    article(l, name);
  } else if (ks_url_is_http(name)) {
    bool feed = known && l->record.kind && !strcmp(l->record.kind, "feed");
    struct ks_http_req q = {name, feed ? l->record.etag : NULL,
                            feed ? l->record.last_modified : NULL, timeout_s,
                            0};
    struct ks_http_resp r;
    ks_http_resp_init(&r);
    st = ks_http_get(&q, &r, err);
    if (st == KS_OK) {
      set(&l->record.etag, r.etag[0] ? r.etag : NULL);
      set(&l->record.last_modified,
          r.last_modified[0] ? r.last_modified : NULL);
    }
    if (st == KS_OK && r.status != 304) {
      char *old = dup_or_null(l->record.hash);
      st = classify(l, name, r.url, &r.body, old, err);
      free(old);
    }
    ks_http_resp_free(&r);
  } else {
    st = read_file(name, KS_MAX_PAGE, &body, err);
    if (st == KS_OK) {
      char *old = dup_or_null(l->record.hash);
      st = classify(l, name, name, &body, old, err);
      free(old);
    }
  }
  ks_buf_free(&body);
  ks_state_source_free(&prior);
  return st;
}
