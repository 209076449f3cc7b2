/* item.c - one item made into an episode, in a worker process.
 * SPDX-License-Identifier: MIT
 *
 * The article is fetched here rather than through ks_episode_read, because
 * a podcast asks for it conditionally (an unchanged article costs a 304)
 * and decides from its text, hashed, whether to speak it again. The rest
 * is the episode's own protocol: segment, script, speak.
 */
#define _GNU_SOURCE /* sched_setaffinity: an episode kept on one processor */
#include "podcast/item.h"
#include "podcast/http.h"
#include "podcast/ident.h"
#include <nettle/sha1.h>
#include "podcast/when.h"
#include "buf.h"
#include "sniff.h"
#include "url.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- messages */

#define NONE 0xFFFFFFFFu /* the length that stands for NULL */

static void put_str(struct ks_buf *b, const char *s) {
  uint32_t n = s ? (uint32_t)strlen(s) : NONE;
  ks_buf_put(b, &n, sizeof n);
  if (s)
    ks_buf_put(b, s, n);
}

static void put_i64(struct ks_buf *b, int64_t v) { ks_buf_put(b, &v, 8); }

static void put_f64(struct ks_buf *b, double v) { ks_buf_put(b, &v, 8); }

struct reader {
  const char *p;
  size_t n, at;
  bool bad;
};

static char *get_str(struct reader *r) {
  uint32_t n;
  if (r->bad || r->n - r->at < sizeof n) {
    r->bad = true;
    return NULL;
  }
  memcpy(&n, r->p + r->at, sizeof n);
  r->at += sizeof n;
  if (n == NONE)
    return NULL;
  if (r->n - r->at < n) {
    r->bad = true;
    return NULL;
  }
  r->at += n;
  return ks_xstrndup(r->p + r->at - n, n);
}

static void get_raw(struct reader *r, void *v) {
  if (r->bad || r->n - r->at < 8) {
    r->bad = true;
    memset(v, 0, 8);
    return;
  }
  memcpy(v, r->p + r->at, 8);
  r->at += 8;
}

void ks_item_job_free(struct ks_item_job *j) {
  free(j->identity);
  free(j->url);
  free(j->etag);
  free(j->last_modified);
  free(j->hash);
  free(j->stem);
  memset(j, 0, sizeof *j);
}

void ks_item_result_free(struct ks_item_result *r) {
  char **s[] = {&r->message, &r->identity, &r->etag,  &r->last_modified,
                &r->hash,    &r->stem,     &r->title, &r->summary};
  for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
    free(*s[i]);
  for (size_t i = 0; i < r->n_files; i++)
    free(r->files[i].path);
  memset(r, 0, sizeof *r);
}

void ks_item_job_encode(const struct ks_item_job *j, struct ks_buf *out) {
  put_i64(out, j->refresh);
  put_str(out, j->identity);
  put_str(out, j->url);
  put_str(out, j->etag);
  put_str(out, j->last_modified);
  put_str(out, j->hash);
  put_str(out, j->stem);
  put_i64(out, j->cores);
  put_i64(out, j->cpu);
}

bool ks_item_job_decode(const char *p, size_t n, struct ks_item_job *j) {
  struct reader r = {p, n, 0, false};
  int64_t refresh, cores = 1, cpu = -1;
  memset(j, 0, sizeof *j);
  get_raw(&r, &refresh);
  j->refresh = refresh != 0;
  j->identity = get_str(&r);
  j->url = get_str(&r);
  j->etag = get_str(&r);
  j->last_modified = get_str(&r);
  j->hash = get_str(&r);
  j->stem = get_str(&r);
  get_raw(&r, &cores);
  j->cores = cores > 0 && cores <= 256 ? (unsigned)cores : 1;
  get_raw(&r, &cpu);
  j->cpu = cpu >= 0 && cpu < CPU_SETSIZE ? (int)cpu : -1;
  if (r.bad || !j->identity || !j->url || !j->stem)
    r.bad = true;
  return !r.bad;
}

void ks_item_result_encode(const struct ks_item_result *r, struct ks_buf *out) {
  put_i64(out, r->outcome);
  put_i64(out, r->code);
  put_str(out, r->message);
  put_str(out, r->identity);
  put_str(out, r->etag);
  put_str(out, r->last_modified);
  put_str(out, r->hash);
  put_str(out, r->stem);
  put_f64(out, r->seconds);
  put_i64(out, r->article_date);
  put_str(out, r->title);
  put_str(out, r->summary);
  put_i64(out, (int64_t)r->n_files);
  for (size_t i = 0; i < r->n_files; i++) {
    put_str(out, r->files[i].format);
    put_str(out, r->files[i].mime);
    put_str(out, r->files[i].path);
    put_i64(out, (int64_t)r->files[i].bytes);
  }
}

bool ks_item_result_decode(const char *p, size_t n, struct ks_item_result *r) {
  struct reader rd = {p, n, 0, false};
  int64_t v;
  memset(r, 0, sizeof *r);
  get_raw(&rd, &v);
  r->outcome = (enum ks_item_outcome)v;
  get_raw(&rd, &v);
  r->code = (enum ks_status)v;
  r->message = get_str(&rd);
  r->identity = get_str(&rd);
  r->etag = get_str(&rd);
  r->last_modified = get_str(&rd);
  r->hash = get_str(&rd);
  r->stem = get_str(&rd);
  get_raw(&rd, &r->seconds);
  get_raw(&rd, &r->article_date);
  r->title = get_str(&rd);
  r->summary = get_str(&rd);
  get_raw(&rd, &v);
  for (int64_t i = 0; i < v && i < KS_MAX_FORMATS && !rd.bad; i++) {
    struct ks_state_file *f = &r->files[r->n_files++];
    char *fmt = get_str(&rd), *mime = get_str(&rd);
    snprintf(f->format, sizeof f->format, "%s", fmt ? fmt : "");
    snprintf(f->mime, sizeof f->mime, "%s", mime ? mime : "");
    free(fmt);
    free(mime);
    f->path = get_str(&rd);
    get_raw(&rd, &f->bytes);
  }
  return !rd.bad && r->identity && v >= 0 && v <= KS_MAX_FORMATS;
}

/* ---------------------------------------------------------------- making */

static void fail(struct ks_item_result *r, const struct ks_error *e) {
  r->outcome =
      e->code == KS_ERR_INTERRUPTED ? KS_ITEM_INTERRUPTED : KS_ITEM_ERROR;
  r->code = e->code;
  free(r->message);
  r->message = ks_xstrdup(e->msg[0] ? e->msg : ks_strerror(e->code));
}

/* What the article says, hashed: headline, authors, date and body. A
 * page's furniture (ads, "most read") is not in it, so only an edit to
 * the article itself makes it speak again. */
static void hash_doc(const struct ks_doc *d, char out[41]) {
  struct sha1_ctx c;
  unsigned char h[SHA1_DIGEST_SIZE];
  sha1_init(&c);
  sha1_update(&c, d->title.len + 1, (const uint8_t *)d->title.ptr);
  for (size_t i = 0; i < d->n_authors; i++)
    sha1_update(&c, strlen(d->authors[i]) + 1, (const uint8_t *)d->authors[i]);
  sha1_update(&c, d->published.len + 1, (const uint8_t *)d->published.ptr);
  sha1_update(&c, d->text.len, (const uint8_t *)d->text.ptr);
  sha1_digest(&c, sizeof h, h);
  ks_ident_hex(h, 20, out);
}

// The body's first words, up to about 400 bytes, cut at a space.
static char *summary(const struct ks_doc *d) {
  const char *s;
  size_t n;
  struct ks_buf b = KS_BUF_INIT;
  if (!d->n_blocks)
    return NULL;
  s = d->text.ptr + d->blocks[0].text.off;
  n = d->blocks[0].text.len;
  if (n > 400) {
    n = 400;
    while (n > 200 && s[n] != ' ')
      n--;
    ks_buf_put(&b, s, n);
    ks_buf_puts(&b, "\xE2\x80\xA6"); /* … */
  } else {
    ks_buf_put(&b, s, n);
  }
  return ks_buf_detach(&b, NULL);
}

/* The page, read: conditionally over HTTP (*unchanged set on a 304), or a
 * file through the source reader. */
static enum ks_status read_page(const struct ks_item_ctx *c,
                                const struct ks_item_job *j,
                                struct ks_episode *ep, struct ks_item_result *r,
                                bool *unchanged, struct ks_error *err) {
  const struct ks_episode_opts *o = c->episode;
  struct ks_http_req q = {j->url, j->refresh ? j->etag : NULL,
                          j->refresh ? j->last_modified : NULL,
                          o->source.timeout_s, 0};
  struct ks_http_resp resp;
  const char *binary;
  enum ks_status st;
  *unchanged = false;
  if (!ks_url_is_http(j->url))
    return ks_source_read(j->url, &o->source, &ep->doc, &ep->bytes, err);
  ks_http_resp_init(&resp);
  st = ks_http_get(&q, &resp, err);
  if (st == KS_OK) {
    r->etag = resp.etag[0] ? ks_xstrdup(resp.etag) : NULL;
    r->last_modified =
        resp.last_modified[0] ? ks_xstrdup(resp.last_modified) : NULL;
    *unchanged = resp.status == 304;
    binary = ks_sniff_binary(resp.body.ptr, resp.body.len);
    if (*unchanged)
      ;
    else if (binary)
      st = ks_error_set(err, KS_ERR_FETCH, "%s is not a web page (%s)", j->url,
                        binary);
    else if (!strcmp(resp.content_type, "text/plain") &&
             resp.body.ptr[strspn(resp.body.ptr, " \t\r\n")] != '<')
      st = ks_doc_from_text(resp.body.ptr, resp.body.len, &ep->doc, err);
    else
      st = ks_extract(resp.body.ptr, resp.body.len,
                      resp.charset[0] ? resp.charset : NULL, resp.url, &ep->doc,
                      err);
    ep->bytes = resp.body.len;
  }
  if (st == KS_OK && !ep->doc.url.len)
    ks_buf_puts(&ep->doc.url, j->url);
  ks_http_resp_free(&resp);
  return st;
}

// The directories above path, made if missing (other workers may race).
static enum ks_status make_dir_of(const char *path, struct ks_error *err) {
  char *dir = ks_xstrdup(path);
  enum ks_status st = KS_OK;
  for (char *s = strchr(dir + 1, '/'); s && st == KS_OK;
       s = strchr(s + 1, '/')) {
    *s = '\0';
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
      st = ks_error_set(err, KS_ERR_IO, "cannot make %s: %s", dir,
                        strerror(errno));
    *s = '/';
  }
  free(dir);
  return st;
}

/* The extension a format's files take: its first ("mp3", "ogg"). */
static const char *ext_of(const struct ks_format *f) { return f->exts[0]; }

/* Speak the episode in every format: the main one with its companions
 * (captions, chapters, transcript and the read-along page), then each
 * alternate. On a failure, what was put in place is removed. */
static enum ks_status speak(struct ks_item_ctx *c, struct ks_episode *ep,
                            const char *stem, unsigned cores,
                            volatile sig_atomic_t *stop,
                            struct ks_item_result *r, struct ks_error *err) {
  struct ks_buf path[KS_MAX_FORMATS + 4];
  struct ks_episode_opts o = *c->episode;
  enum ks_status st = KS_OK;
  for (size_t i = 0; i < KS_MAX_FORMATS + 4; i++)
    ks_buf_init(&path[i], 0);
  for (size_t i = 0; i < c->n_formats; i++)
    ks_buf_printf(&path[i], "%s/%s.%s", c->dir, stem, ext_of(c->formats[i]));
  ks_buf_printf(&path[KS_MAX_FORMATS], "%s/%s.vtt", c->dir, stem);
  ks_buf_printf(&path[KS_MAX_FORMATS + 1], "%s/%s.chapters.json", c->dir, stem);
  ks_buf_printf(&path[KS_MAX_FORMATS + 2], "%s/%s.txt", c->dir, stem);
  ks_buf_printf(&path[KS_MAX_FORMATS + 3], "%s/%s.html", c->dir, stem);
  o.stop = stop;
  o.progress = NULL;
  /* episodes go side by side (-j): one process speaks each, and encodes
   * on one thread, or on the cores the run has no other episode for */
  o.jobs = cores ? cores : 1;
  st = make_dir_of(path[0].ptr, err);
  if (st == KS_OK && !c->engine)
    st = ks_synth_new(&c->engine, err);
  for (size_t i = 0; i < c->n_formats && st == KS_OK; i++) {
    struct ks_episode_result res;
    o.audio = path[i].ptr;
    o.format = c->formats[i];
    o.captions = i ? NULL : path[KS_MAX_FORMATS].ptr;
    o.chapters = i ? NULL : path[KS_MAX_FORMATS + 1].ptr;
    o.transcript = i ? NULL : path[KS_MAX_FORMATS + 2].ptr;
    o.readalong = i ? NULL : path[KS_MAX_FORMATS + 3].ptr;
    st = ks_episode_check(&o, NULL, c->engine, err);
    if (st == KS_OK && i == 0)
      st = ks_episode_script(ep, &o, err);
    /* this process was forked for this item alone: the last format may be
     * spoken by its engine, the others by fresh children */
    ks_synth_set_final(c->engine, i + 1 == c->n_formats);
    if (st == KS_OK)
      st = ks_episode_speak(ep, c->engine, &o, &res, err);
    if (st == KS_OK) {
      struct ks_state_file *f = &r->files[r->n_files++];
      snprintf(f->format, sizeof f->format, "%s", c->formats[i]->name);
      snprintf(f->mime, sizeof f->mime, "%s", c->formats[i]->mime);
      f->path = ks_xstrdup(path[i].ptr + strlen(c->dir) + 1);
      f->bytes = res.bytes;
      if (i == 0)
        r->seconds = res.seconds;
    }
  }
  if (st != KS_OK) { /* the next run makes them again, whole */
    for (size_t i = 0; i < KS_MAX_FORMATS + 4; i++)
      if (path[i].len && (i >= KS_MAX_FORMATS || i < r->n_files))
        (void)unlink(path[i].ptr);
  }
  for (size_t i = 0; i < KS_MAX_FORMATS + 4; i++)
    ks_buf_free(&path[i]);
  return st;
}

void ks_item_make(struct ks_item_ctx *c, const struct ks_item_job *j,
                  volatile sig_atomic_t *stop, struct ks_item_result *r) {
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_episode ep;
  struct ks_buf stem = KS_BUF_INIT;
  enum ks_status st;
  char hash[41];
  bool unchanged;

  memset(r, 0, sizeof *r);
  r->identity = ks_xstrdup(j->identity);
  if (j->cpu >= 0) { /* this process and the threads it starts */
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(j->cpu, &one);
    if (sched_setaffinity(0, sizeof one, &one) != 0) {
      /* no matter: the episode runs wherever the kernel puts it */
    }
  }
  ks_episode_init(&ep);
  ep.source = ks_xstrdup(j->url);
  st = read_page(c, j, &ep, r, &unchanged, &err);
  if (st == KS_OK && !unchanged) {
    hash_doc(&ep.doc, hash);
    r->hash = ks_xstrdup(hash);
    unchanged = j->refresh && j->hash && !strcmp(j->hash, hash);
  }
  if (st == KS_OK && !unchanged && stop && *stop)
    st = ks_error_set(&err, KS_ERR_INTERRUPTED, "stopped by a signal");
  if (st == KS_OK && !unchanged) {
    int64_t t;
    ks_buf_printf(&stem, "%s-%.8s", j->stem, hash);
    r->stem = ks_xstrdup(stem.ptr);
    r->title = ep.doc.title.len ? ks_xstrdup(ep.doc.title.ptr) : NULL;
    r->summary = summary(&ep.doc);
    if (ep.doc.published.len && ks_when_parse(ep.doc.published.ptr, &t))
      r->article_date = t;
    ks_episode_segment(&ep);
    st = speak(c, &ep, stem.ptr, j->cores, stop, r, &err);
  }
  if (st != KS_OK)
    fail(r, &err);
  else
    r->outcome = unchanged ? KS_ITEM_UNCHANGED : KS_ITEM_MADE;
  ks_buf_free(&stem);
  ks_episode_free(&ep);
}

void ks_item_serve(void *ctx, const struct ks_buf *in, struct ks_buf *out,
                   volatile sig_atomic_t *stop) {
  struct ks_item_job j;
  struct ks_item_result r;
  if (!ks_item_job_decode(in->ptr, in->len, &j)) {
    memset(&r, 0, sizeof r);
    r.outcome = KS_ITEM_ERROR;
    r.code = KS_ERR_IO;
    r.message = ks_xstrdup("a garbled job");
    r.identity = ks_xstrdup(j.identity ? j.identity : "");
  } else {
    ks_item_make(ctx, &j, stop, &r);
  }
  ks_item_result_encode(&r, out);
  ks_item_result_free(&r);
  ks_item_job_free(&j);
}
