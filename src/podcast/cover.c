/* cover.c - a show's cover art: its title in large type on a colour of its
 * own, as a 1400x1400 PNG (the only file that uses cairo, opened with
 * dlopen() when a cover is drawn).
 * SPDX-License-Identifier: MIT
 *
 * cairo's "toy" text API is enough for one block of left-aligned text and
 * needs no layout engine; the font comes through fontconfig ("sans-serif",
 * DejaVu Sans on Debian). Words are wrapped at spaces, and the size shrinks
 * until the title fits. It is drawn in a child process: fontconfig and cairo
 * keep caches for the life of a process, which a podcast run, drawing one
 * cover, need not carry (nor LeakSanitizer report).
 */
#define _GNU_SOURCE /* close_range */
#include "podcast/cover.h"
#include "podcast/ident.h"
#include "buf.h"
#include "dl.h"
#include "file.h"

#include <cairo.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The cairo calls made here, opened on the first cover (dl.h): a podcast
 * run draws one, and no other run needs cairo's libraries. */
static struct {
  cairo_surface_t *(*image_surface_create)(cairo_format_t format, int width,
                                           int height);
  cairo_t *(*create)(cairo_surface_t *target);
  void (*set_source_rgb)(cairo_t *cr, double red, double green, double blue);
  void (*set_source_rgba)(cairo_t *cr, double red, double green, double blue,
                          double alpha);
  void (*paint)(cairo_t *cr);
  void (*rectangle)(cairo_t *cr, double x, double y, double width,
                    double height);
  void (*fill)(cairo_t *cr);
  void (*select_font_face)(cairo_t *cr, const char *family,
                           cairo_font_slant_t slant,
                           cairo_font_weight_t weight);
  void (*set_font_size)(cairo_t *cr, double size);
  void (*move_to)(cairo_t *cr, double x, double y);
  void (*show_text)(cairo_t *cr, const char *utf8);
  void (*text_extents)(cairo_t *cr, const char *utf8,
                       cairo_text_extents_t *extents);
  void (*surface_flush)(cairo_surface_t *surface);
  cairo_status_t (*status)(cairo_t *cr);
  cairo_status_t (*surface_write_to_png_stream)(cairo_surface_t *surface,
                                                cairo_write_func_t write_func,
                                                void *closure);
  const char *(*status_to_string)(cairo_status_t status);
  void (*destroy)(cairo_t *cr);
  void (*surface_destroy)(cairo_surface_t *surface);
} C;

#define SYM(f) KS_DL_SYM(cairo_, __typeof__(C), f)
static const struct ks_dl_sym cairo_syms[] = {
    SYM(image_surface_create),
    SYM(create),
    SYM(set_source_rgb),
    SYM(set_source_rgba),
    SYM(paint),
    SYM(rectangle),
    SYM(fill),
    SYM(select_font_face),
    SYM(set_font_size),
    SYM(move_to),
    SYM(show_text),
    SYM(text_extents),
    SYM(surface_flush),
    SYM(status),
    SYM(surface_write_to_png_stream),
    SYM(status_to_string),
    SYM(destroy),
    SYM(surface_destroy),
};
#undef SYM
#define SAME(f) KS_DL_SAME(cairo_, C, f)
SAME(image_surface_create);
SAME(create);
SAME(set_source_rgb);
SAME(set_source_rgba);
SAME(paint);
SAME(rectangle);
SAME(fill);
SAME(select_font_face);
SAME(set_font_size);
SAME(move_to);
SAME(show_text);
SAME(text_extents);
SAME(surface_flush);
SAME(status);
SAME(surface_write_to_png_stream);
SAME(status_to_string);
SAME(destroy);
SAME(surface_destroy);
#undef SAME

#define MARGIN 120.0
#define MAX_LINES 7

/* Dark backgrounds that white text reads well on, one picked by the title
 * so that a show keeps its colour. */
static const double palette[][3] = {{0.09, 0.20, 0.36}, {0.36, 0.09, 0.16},
                                    {0.05, 0.30, 0.27}, {0.25, 0.14, 0.40},
                                    {0.40, 0.20, 0.05}, {0.12, 0.12, 0.14},
                                    {0.02, 0.26, 0.40}, {0.30, 0.30, 0.08}};

struct lines {
  size_t start[MAX_LINES + 1], len[MAX_LINES + 1];
  size_t n;
};

/* Break text into lines no wider than width at the current font size;
 * false when it takes more than MAX_LINES or a word alone is too wide. */
static bool wrap(cairo_t *cr, const char *text, double width, struct lines *l) {
  size_t n = strlen(text), i = 0;
  char line[1024];
  l->n = 0;
  while (i < n) {
    size_t start = i, end, best = 0;
    while (text[start] == ' ')
      start++;
    if (!text[start])
      break;
    end = start;
    while (end <= n) {
      cairo_text_extents_t ext;
      size_t k = end;
      while (k < n && text[k] != ' ')
        k++;
      if (k - start >= sizeof line)
        break;
      memcpy(line, text + start, k - start);
      line[k - start] = '\0';
      C.text_extents(cr, line, &ext);
      if (ext.x_advance > width)
        break;
      best = k;
      if (k == n)
        break;
      end = k + 1;
    }
    if (!best || l->n == MAX_LINES)
      return false;
    l->start[l->n] = start;
    l->len[l->n++] = best - start;
    i = best;
  }
  return l->n > 0;
}

static cairo_status_t to_buf(void *closure, const unsigned char *data,
                             unsigned int n) {
  ks_buf_put(closure, data, n);
  return CAIRO_STATUS_SUCCESS;
}

// The title, as large as fits, from the top left; returns where it ends.
static double title_block(cairo_t *cr, const char *title) {
  double size = 170, y = MARGIN;
  struct lines l;
  char line[1024];
  C.select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                     CAIRO_FONT_WEIGHT_BOLD);
  for (;; size *= 0.9) {
    C.set_font_size(cr, size);
    if (wrap(cr, title, KS_COVER_SIZE - 2 * MARGIN, &l) || size < 40)
      break;
  }
  C.set_source_rgb(cr, 1, 1, 1);
  for (size_t i = 0; i < l.n; i++) {
    size_t k = l.len[i] < sizeof line - 1 ? l.len[i] : sizeof line - 1;
    memcpy(line, title + l.start[i], k);
    line[k] = '\0';
    y += size * 1.15;
    C.move_to(cr, MARGIN, y);
    C.show_text(cr, line);
  }
  return y;
}

static enum ks_status draw(const char *path, const char *title,
                           const char *byline, struct ks_error *err) {
  const char *why = ks_dl_load("libcairo.so.2", cairo_syms,
                               sizeof cairo_syms / sizeof cairo_syms[0], &C);
  cairo_surface_t *s;
  cairo_t *cr;
  const double *bg = palette[ks_ident_fnv1a64(title, strlen(title)) %
                             (sizeof palette / sizeof palette[0])];
  struct ks_buf png = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  cairo_status_t cs;
  double y;

  if (why)
    return ks_error_set(err, KS_ERR_IO, "cannot load cairo: %s", why);
  s = C.image_surface_create(CAIRO_FORMAT_RGB24, KS_COVER_SIZE, KS_COVER_SIZE);
  cr = C.create(s);
  C.set_source_rgb(cr, bg[0], bg[1], bg[2]);
  C.paint(cr);
  y = title_block(cr, *title ? title : "Podcast");
  C.set_source_rgb(cr, 1, 1, 1);
  C.rectangle(cr, MARGIN, y + 60, 240, 14); /* a rule under the title */
  C.fill(cr);
  C.select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                     CAIRO_FONT_WEIGHT_NORMAL);
  C.set_font_size(cr, 64);
  C.set_source_rgba(cr, 1, 1, 1, 0.85);
  C.move_to(cr, MARGIN, KS_COVER_SIZE - MARGIN);
  C.show_text(cr, byline && *byline ? byline : "read aloud by kispeak");
  C.surface_flush(s);
  cs = C.status(cr);
  if (cs == CAIRO_STATUS_SUCCESS)
    cs = C.surface_write_to_png_stream(s, to_buf, &png);
  if (cs != CAIRO_STATUS_SUCCESS)
    st = ks_error_set(err, KS_ERR_IO, "cannot draw the cover %s: %s", path,
                      C.status_to_string(cs));
  else
    st = ks_file_save(path, png.ptr, png.len, err);
  C.destroy(cr);
  C.surface_destroy(s);
  ks_buf_free(&png);
  return st;
}

struct ks_cover_job {
  pid_t pid;
  int fd; /* the child's message, read at the end */
  char *path, *title;
};

/* The child's verdict travels back as its status and its message. */
enum ks_status ks_cover_start(const char *path, const char *title,
                              const char *byline, struct ks_cover_job **out,
                              struct ks_error *err) {
  struct ks_error mine = {KS_OK, "", NULL};
  struct ks_cover_job *j;
  int p[2];
  pid_t pid;
  *out = NULL;
  if (pipe(p) != 0)
    return ks_error_set(err, KS_ERR_IO, "cannot draw the cover: %s",
                        strerror(errno));
  pid = fork();
  if (pid < 0) {
    close(p[0]);
    close(p[1]);
    return ks_error_set(err, KS_ERR_IO, "cannot draw the cover: %s",
                        strerror(errno));
  }
  if (pid == 0) {
    enum ks_status st;
    close(p[0]);
    /* nothing else of the run's is the drawing's: its workers' sockets,
     * held here too, would keep a worker from seeing the run close its
     * socket until the cover is done */
    if ((p[1] > 3 && close_range(3, (unsigned)p[1] - 1, 0) != 0) ||
        close_range((unsigned)p[1] + 1, ~0u, 0) != 0) {
      long max = sysconf(_SC_OPEN_MAX); /* a kernel before 5.9 */
      for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 1024); fd++)
        if (fd != p[1])
          (void)close(fd);
    }
    st = draw(path, title, byline, &mine);
    if (st != KS_OK && write(p[1], mine.msg, strlen(mine.msg)) < 0)
      st = KS_ERR_IO;
    _exit((int)st);
  }
  close(p[1]);
  j = ks_xcalloc(1, sizeof *j);
  j->pid = pid;
  j->fd = p[0];
  j->path = ks_xstrdup(path);
  j->title = ks_xstrdup(title);
  *out = j;
  return KS_OK;
}

bool ks_cover_job_is(const struct ks_cover_job *j, const char *path,
                     const char *title) {
  return j && !strcmp(j->path, path) && !strcmp(j->title, title);
}

enum ks_status ks_cover_finish(struct ks_cover_job *j, struct ks_error *err) {
  char msg[KS_ERROR_SIZE] = "";
  int status = 0;
  ssize_t n = 0, k;
  if (!j)
    return KS_OK;
  while ((size_t)n < sizeof msg - 1 &&
         ((k = read(j->fd, msg + n, sizeof msg - 1 - (size_t)n)) > 0 ||
          (k < 0 && errno == EINTR)))
    n += k > 0 ? k : 0;
  msg[n] = '\0';
  close(j->fd);
  while (waitpid(j->pid, &status, 0) < 0 && errno == EINTR)
    ;
  free(j->path);
  free(j->title);
  free(j);
  if (WIFEXITED(status) && WEXITSTATUS(status) == KS_OK)
    return KS_OK;
  return ks_error_set(
      err, WIFEXITED(status) ? (enum ks_status)WEXITSTATUS(status) : KS_ERR_IO,
      "%s", msg[0] ? msg : "cannot draw the cover");
}

enum ks_status ks_cover_draw(const char *path, const char *title,
                             const char *byline, struct ks_error *err) {
  struct ks_cover_job *j;
  enum ks_status st = ks_cover_start(path, title, byline, &j, err);
  return st == KS_OK ? ks_cover_finish(j, err) : st;
}
