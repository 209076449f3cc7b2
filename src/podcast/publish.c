/* publish.c - feed.xml, its archive pages and the cover, from the state.
 * SPDX-License-Identifier: MIT
 *
 * A file is written (through the safe writer) only when its bytes change,
 * so that a rerun with nothing new leaves feed.xml, its time and its ETag
 * as they were, and a podcast app's conditional request gets a 304.
 */
#include "podcast/publish.h"
#include "podcast/cover.h"
#include "podcast/rss.h"
#include "buf.h"
#include "file.h"
#include "url.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Settings, each from the state, else the first source's channel, else a
 * default. Owned strings. */
struct show_strings {
  char *base_url, *title, *description, *link, *language, *author, *owner,
      *category, *image;
  char *explicit_content, *locked, *page_size;
};

static void show_free(struct show_strings *s) {
  char **f[] = {&s->base_url,    &s->title,
                &s->description, &s->link,
                &s->language,    &s->author,
                &s->owner,       &s->category,
                &s->image,       &s->explicit_content,
                &s->locked,      &s->page_size};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    free(*f[i]);
}

static char * or (char *v, const char *fallback) {
  if (v || !fallback)
    return v;
  return ks_xstrdup(fallback);
}

// The first source named in the settings, if the state has its record.
static bool first_source(struct ks_state *s, struct ks_state_source *src) {
  char *names = ks_state_get(s, "sources");
  bool found = false;
  if (names) {
    char *nl = strchr(names, '\n');
    if (nl)
      *nl = '\0';
    found = ks_state_source_get(s, names, src);
  }
  free(names);
  return found;
}

static void resolve_show(struct ks_state *s, struct show_strings *w) {
  struct ks_state_source src;
  bool have;
  ks_state_source_init(&src);
  have = first_source(s, &src);
  memset(w, 0, sizeof *w);
  w->base_url = ks_state_get(s, "base_url");
  w->title = or (ks_state_get(s, "title"), have ? src.title : NULL);
  w->title = or (w->title, "Podcast");
  w->description =
      or (ks_state_get(s, "description"), have ? src.description : NULL);
  w->description = or (w->description, w->title);
  w->link =
      or (have && src.link && ks_url_is_http(src.link) ? ks_xstrdup(src.link)
                                                       : NULL,
          w->base_url);
  w->language = or (ks_state_get(s, "language"), have ? src.language : NULL);
  w->language = or (w->language, "en");
  w->author = or (ks_state_get(s, "author"), have ? src.author : NULL);
  w->author = or (w->author, w->title);
  w->owner = ks_state_get(s, "owner");
  w->category = or (ks_state_get(s, "category"), "News");
  w->image = ks_state_get(s, "image");
  w->explicit_content = or (ks_state_get(s, "explicit"), "false");
  w->locked = or (ks_state_get(s, "locked"), "yes");
  w->page_size = ks_state_get(s, "page_size");
  ks_state_source_free(&src);
}

// Whether the file at path holds exactly b.
static bool same_file(const char *path, const struct ks_buf *b) {
  struct ks_buf old = KS_BUF_INIT;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  bool same = false;
  if (fd >= 0) {
    same = ks_buf_read_fd(&old, fd, b->len + 1) == 0 && old.len == b->len &&
           !memcmp(old.ptr, b->ptr, b->len);
    close(fd);
  }
  ks_buf_free(&old);
  return same;
}

static enum ks_status save_if_changed(const char *path, const struct ks_buf *b,
                                      bool *changed, struct ks_error *err) {
  *changed = !same_file(path, b);
  return *changed ? ks_file_save(path, b->ptr, b->len, err) : KS_OK;
}

static const char *image_ext(const struct ks_buf *b) {
  if (b->len > 8 && !memcmp(b->ptr, "\x89PNG\r\n\x1a\n", 8))
    return "png";
  if (b->len > 3 && !memcmp(b->ptr, "\xFF\xD8\xFF", 3))
    return "jpg";
  return NULL;
}

// Whether the cover drawn for title is missing or was drawn for another.
static bool must_draw(struct ks_state *s, const char *path, const char *title) {
  char *drawn = ks_state_get(s, "cover_title");
  struct stat sb;
  bool must = !drawn || strcmp(drawn, title) || stat(path, &sb) != 0;
  free(drawn);
  return must;
}

/* The cover's URL into url: the image set (a URL as it is; a file copied
 * beside the feed), else one drawn for the title, again when it changes;
 * *drawing, when it draws that, is taken over. */
static enum ks_status cover(struct ks_state *s, const char *dir,
                            const struct show_strings *w,
                            struct ks_cover_job **drawing, struct ks_buf *url,
                            struct ks_error *err) {
  struct ks_buf path = KS_BUF_INIT, data = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  bool changed;
  if (w->image && ks_url_is_http(w->image)) {
    ks_buf_puts(url, w->image);
    return KS_OK;
  }
  if (w->image) {
    int fd = open(w->image, O_RDONLY | O_CLOEXEC), rc = fd < 0 ? errno : 0;
    const char *ext;
    if (fd >= 0) {
      rc = ks_buf_read_fd(&data, fd, 64u << 20);
      close(fd);
    }
    ext = image_ext(&data);
    if (rc)
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_IO, "cannot read %s: %s",
                                        w->image, strerror(rc)),
                           "--image");
    else if (!ext)
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_USAGE,
                                        "%s is neither a PNG nor a JPEG "
                                        "image",
                                        w->image),
                           "--image");
    if (st == KS_OK) {
      ks_buf_printf(&path, "%s/cover.%s", dir, ext);
      st = save_if_changed(path.ptr, &data, &changed, err);
      ks_buf_printf(url, "%scover.%s", w->base_url, ext);
    }
  } else {
    ks_buf_printf(&path, "%s/cover.png", dir);
    if (ks_cover_job_is(*drawing, path.ptr, w->title)) {
      st = ks_cover_finish(*drawing, err);
      *drawing = NULL;
      if (st == KS_OK)
        st = ks_state_set(s, "cover_title", w->title, err);
    } else if (must_draw(s, path.ptr, w->title)) {
      st = ks_cover_draw(path.ptr, w->title, NULL, err);
      if (st == KS_OK)
        st = ks_state_set(s, "cover_title", w->title, err);
    }
    ks_buf_printf(url, "%scover.png", w->base_url);
  }
  ks_buf_free(&path);
  ks_buf_free(&data);
  return st;
}

/* The items of one document, kept as XML until it is written. */
struct page {
  struct ks_buf *items[KS_RSS_PAGE];
  size_t n, size;
  const struct ks_show *show;
  int64_t newest;
};

static void page_add(struct page *p, const struct ks_state_item *it) {
  struct ks_buf *b = ks_xcalloc(1, sizeof *b);
  ks_buf_init(b, 0);
  ks_rss_item(b, p->show, it);
  if (it->pub > p->newest)
    p->newest = it->pub;
  p->items[p->n++] = b;
}

static void page_clear(struct page *p) {
  for (size_t i = 0; i < p->n; i++) {
    ks_buf_free(p->items[i]);
    free(p->items[i]);
  }
  p->n = 0;
  p->newest = 0;
}

/* One document: the page's items (reversed: they came oldest first) under
 * the channel's head, saved if it changed. */
static enum ks_status write_page(const char *path, const struct ks_show *show,
                                 const struct ks_rss_page *where,
                                 struct page *p, bool reversed, bool *changed,
                                 struct ks_error *err) {
  struct ks_buf doc = KS_BUF_INIT;
  enum ks_status st;
  ks_rss_head(&doc, show, where, p->newest);
  for (size_t i = 0; i < p->n; i++) {
    struct ks_buf *b = p->items[reversed ? p->n - 1 - i : i];
    ks_buf_put(&doc, b->ptr, b->len);
  }
  page_clear(p);
  ks_rss_tail(&doc);
  st = save_if_changed(path, &doc, changed, err);
  ks_buf_free(&doc);
  return st;
}

static void page_url(struct ks_buf *out, const struct ks_show *show, size_t k) {
  ks_buf_clear(out);
  ks_buf_printf(out, "%sarchive/page-%zu.xml", show->base_url, k);
}

/* The archive pages, written as the episodes go by oldest first: one pass
 * over the state however many pages there are. */
struct archive {
  struct page p;
  const char *dir, *current;
  size_t k, pages;
  enum ks_status st;
  struct ks_error *err;
};

static bool archive_add(void *ctx, const struct ks_state_item *it) {
  struct archive *a = ctx;
  struct ks_buf path = KS_BUF_INIT, self = KS_BUF_INIT, prev = KS_BUF_INIT,
                next = KS_BUF_INIT;
  struct ks_rss_page where = {NULL, a->current, NULL, NULL};
  bool changed;
  page_add(&a->p, it);
  if (a->p.n < a->p.size)
    return true;
  a->k++;
  page_url(&self, a->p.show, a->k);
  page_url(&prev, a->p.show, a->k - 1);
  page_url(&next, a->p.show, a->k + 1);
  where.self = self.ptr;
  where.prev_archive = a->k > 1 ? prev.ptr : NULL;
  where.next_archive = a->k < a->pages ? next.ptr : NULL;
  ks_buf_printf(&path, "%s/archive/page-%zu.xml", a->dir, a->k);
  a->st =
      write_page(path.ptr, a->p.show, &where, &a->p, true, &changed, a->err);
  ks_buf_free(&path);
  ks_buf_free(&self);
  ks_buf_free(&prev);
  ks_buf_free(&next);
  return a->st == KS_OK;
}

static bool feed_add(void *ctx, const struct ks_state_item *it) {
  struct page *p = ctx;
  page_add(p, it);
  return p->n < p->size;
}

/* feed.xml and the archive pages: of T episodes, page K (from 1) holds the
 * K-th oldest page_size; only full pages are archived, (T - 1) / page_size
 * of them, so that an archive page never changes as episodes are added,
 * and feed.xml (the newest page_size) covers all the rest. */
static enum ks_status feed(struct ks_state *s, const char *dir,
                           const struct ks_show *show, size_t page_size,
                           struct ks_published *out, struct ks_error *err) {
  struct ks_buf path = KS_BUF_INIT, prev = KS_BUF_INIT, current = KS_BUF_INIT;
  struct archive a;
  size_t total = ks_state_count(s),
         archives = total ? (total - 1) / page_size : 0;
  enum ks_status st = KS_OK;
  memset(&a, 0, sizeof a);
  a.p.show = show;
  a.p.size = page_size;
  ks_rss_url(&current, show, "feed.xml");
  if (archives) {
    ks_buf_printf(&path, "%s/archive", dir);
    if (mkdir(path.ptr, 0777) != 0 && errno != EEXIST)
      st = ks_error_set(err, KS_ERR_IO, "cannot make %s: %s", path.ptr,
                        strerror(errno));
  }
  if (st == KS_OK && archives) {
    a.dir = dir;
    a.current = current.ptr;
    a.pages = archives;
    a.err = err;
    st = ks_state_episodes(s, false, 0, archives * page_size, archive_add, &a,
                           err);
    if (st == KS_OK)
      st = a.st;
    page_clear(&a.p);
  }
  if (st == KS_OK) {
    struct ks_rss_page where = {current.ptr, NULL, NULL, NULL};
    page_url(&prev, show, archives);
    where.prev_archive = archives ? prev.ptr : NULL;
    st = ks_state_episodes(s, true, 0, page_size, feed_add, &a.p, err);
    ks_buf_clear(&path);
    ks_buf_printf(&path, "%s/feed.xml", dir);
    if (st == KS_OK)
      st = write_page(path.ptr, show, &where, &a.p, false, &out->feed_changed,
                      err);
  }
  page_clear(&a.p); /* left by a failure */
  out->episodes = total;
  out->archives = archives;
  ks_buf_free(&path);
  ks_buf_free(&prev);
  ks_buf_free(&current);
  return st;
}

struct sweep {
  struct ks_state *s;
  const char *dir;
};

/* A retired file goes, unless an episode uses it again; and its
 * companions with it, unless an episode still has that stem. */
static bool remove_retired(void *ctx, const char *path) {
  static const char *const companions[] = {".vtt", ".chapters.json", ".txt",
                                           ".html"};
  struct sweep *w = ctx;
  struct ks_buf full = KS_BUF_INIT, stem = KS_BUF_INIT;
  const char *dot = strrchr(path, '.');
  if (strstr(path, "..") || path[0] == '/')
    return true; /* not a name this program gave */
  if (!ks_state_in_use(w->s, path)) {
    ks_buf_printf(&full, "%s/%s", w->dir, path);
    (void)unlink(full.ptr);
  }
  if (dot && strchr(dot, '/') == NULL) {
    ks_buf_put(&stem, path, (size_t)(dot - path));
    for (size_t i = 0; i < 4 && !ks_state_stem_in_use(w->s, stem.ptr); i++) {
      ks_buf_clear(&full);
      ks_buf_printf(&full, "%s/%s%s", w->dir, stem.ptr, companions[i]);
      (void)unlink(full.ptr);
    }
  }
  ks_buf_free(&full);
  ks_buf_free(&stem);
  return true;
}

/* An edited article's old audio and companions, once the feed no longer
 * names them. */
static enum ks_status sweep(struct ks_state *s, const char *dir,
                            struct ks_error *err) {
  struct sweep w = {s, dir};
  enum ks_status st = ks_state_retired(s, remove_retired, &w, err);
  if (st == KS_OK)
    st = ks_state_retired_clear(s, err);
  return st;
}

/* Whether what was published last is what the state says now: then a
 * run with nothing new does not even read its archive pages again. */
static bool up_to_date(struct ks_state *s, const char *dir, const char *now) {
  char *last = ks_state_get(s, "published");
  struct ks_buf path = KS_BUF_INIT;
  struct stat sb;
  bool same = last && !strcmp(last, now);
  ks_buf_printf(&path, "%s/feed.xml", dir);
  same = same && stat(path.ptr, &sb) == 0;
  ks_buf_free(&path);
  free(last);
  return same;
}

enum ks_status ks_publish_cover_start(struct ks_state *s, const char *dir,
                                      struct ks_cover_job **out,
                                      struct ks_error *err) {
  struct show_strings w;
  struct ks_buf path = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  *out = NULL;
  resolve_show(s, &w);
  ks_buf_printf(&path, "%s/cover.png", dir);
  if (!w.image && w.base_url && must_draw(s, path.ptr, w.title))
    st = ks_cover_start(path.ptr, w.title, NULL, out, err);
  ks_buf_free(&path);
  show_free(&w);
  return st;
}

enum ks_status ks_publish(struct ks_state *s, const char *dir,
                          struct ks_cover_job *drawing,
                          struct ks_published *out, struct ks_error *err) {
  struct show_strings w;
  struct ks_show show;
  struct ks_buf image = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  size_t page_size = KS_RSS_PAGE;
  char *print = ks_state_fingerprint(s);
  memset(out, 0, sizeof *out);
  if (!drawing && up_to_date(s, dir, print)) {
    char *ps = ks_state_get(s, "page_size");
    long v = ps ? strtol(ps, NULL, 10) : KS_RSS_PAGE;
    out->episodes = ks_state_count(s);
    if (v < 1 || v > KS_RSS_PAGE)
      v = KS_RSS_PAGE;
    out->archives = out->episodes ? (out->episodes - 1) / (size_t)v : 0;
    free(ps);
    free(print);
    return KS_OK;
  }
  resolve_show(s, &w);
  if (!w.base_url)
    st = ks_error_option(err,
                         ks_error_set(err, KS_ERR_USAGE,
                                      "the podcast's public address is not "
                                      "known yet: give it once"),
                         "--base-url");
  if (w.page_size) {
    long v = strtol(w.page_size, NULL, 10);
    if (v >= 1 && v <= KS_RSS_PAGE)
      page_size = (size_t)v;
  }
  if (st == KS_OK)
    st = cover(s, dir, &w, &drawing, &image, err);
  if (st == KS_OK) {
    show.base_url = w.base_url;
    show.title = w.title;
    show.description = w.description;
    show.link = w.link;
    show.language = w.language;
    show.author = w.author;
    show.owner = w.owner;
    show.category = w.category;
    show.image = image.ptr;
    show.explicit_content = !strcmp(w.explicit_content, "true");
    show.locked = strcmp(w.locked, "no") != 0;
    st = feed(s, dir, &show, page_size, out, err);
  }
  if (st == KS_OK)
    st = sweep(s, dir, err);
  if (st == KS_OK) { /* after the sweep, which changes the fingerprint */
    free(print);
    print = ks_state_fingerprint(s);
    st = ks_state_set(s, "published", print, err);
  }
  if (drawing) { /* not taken: the run failed before, or the title moved */
    struct ks_error ignored;
    if (ks_cover_finish(drawing, &ignored) != KS_OK) {
      /* no matter: the next run draws it */
    }
  }
  ks_buf_free(&image);
  show_free(&w);
  free(print);
  return st;
}
