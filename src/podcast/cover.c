/* cover.c - a show's cover art: its title in large type on a colour of its
 * own, as a 1400x1400 PNG (the only file that uses cairo).
 * SPDX-License-Identifier: MIT
 *
 * cairo's "toy" text API is enough for one block of left-aligned text and
 * needs no layout engine; the font comes through fontconfig ("sans-serif",
 * DejaVu Sans on Debian). Words are wrapped at spaces, and the size shrinks
 * until the title fits. It is drawn in a child process: fontconfig and cairo
 * keep caches for the life of a process, which a podcast run, drawing one
 * cover, need not carry (nor LeakSanitizer report).
 */
#include "podcast/cover.h"
#include "podcast/ident.h"
#include "buf.h"
#include "file.h"

#include <cairo.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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
      cairo_text_extents(cr, line, &ext);
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
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_BOLD);
  for (;; size *= 0.9) {
    cairo_set_font_size(cr, size);
    if (wrap(cr, title, KS_COVER_SIZE - 2 * MARGIN, &l) || size < 40)
      break;
  }
  cairo_set_source_rgb(cr, 1, 1, 1);
  for (size_t i = 0; i < l.n; i++) {
    size_t k = l.len[i] < sizeof line - 1 ? l.len[i] : sizeof line - 1;
    memcpy(line, title + l.start[i], k);
    line[k] = '\0';
    y += size * 1.15;
    cairo_move_to(cr, MARGIN, y);
    cairo_show_text(cr, line);
  }
  return y;
}

static enum ks_status draw(const char *path, const char *title,
                           const char *byline, struct ks_error *err) {
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                  KS_COVER_SIZE, KS_COVER_SIZE);
  cairo_t *cr = cairo_create(s);
  const double *bg = palette[ks_ident_fnv1a64(title, strlen(title)) %
                             (sizeof palette / sizeof palette[0])];
  struct ks_buf png = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  cairo_status_t cs;
  double y;

  cairo_set_source_rgb(cr, bg[0], bg[1], bg[2]);
  cairo_paint(cr);
  y = title_block(cr, *title ? title : "Podcast");
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, MARGIN, y + 60, 240, 14); /* a rule under the title */
  cairo_fill(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 64);
  cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
  cairo_move_to(cr, MARGIN, KS_COVER_SIZE - MARGIN);
  cairo_show_text(cr, byline && *byline ? byline : "read aloud by kispeak");
  cairo_surface_flush(s);
  cs = cairo_status(cr);
  if (cs == CAIRO_STATUS_SUCCESS)
    cs = cairo_surface_write_to_png_stream(s, to_buf, &png);
  if (cs != CAIRO_STATUS_SUCCESS)
    st = ks_error_set(err, KS_ERR_IO, "cannot draw the cover %s: %s", path,
                      cairo_status_to_string(cs));
  else
    st = ks_file_save(path, png.ptr, png.len, err);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
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
