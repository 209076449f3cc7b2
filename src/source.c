/* source.c - where an article comes from: a URL fetched, a file, or
 * standard input, read as HTML or as plain text.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"
#include "url.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* Read a file or standard input, with the same cap as a fetched page. */
static enum ks_status read_file(const char *path, struct ks_buf *out,
                                struct ks_error *err) {
  bool in = !strcmp(path, "-");
  const char *name = in ? "standard input" : path;
  int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC), rc;
  if (fd < 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        strerror(errno));
  rc = ks_buf_read_fd(out, fd, KS_MAX_PAGE);
  if (!in)
    close(fd);
  if (rc)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", name,
                        strerror(rc));
  if (out->len > KS_MAX_PAGE)
    return ks_error_set(err, KS_ERR_IO, "%s is larger than %u MiB", name,
                        KS_MAX_PAGE >> 20);
  return KS_OK;
}

// A page served as text/plain may still be HTML: look at its first bytes.
static bool looks_like_html(const struct ks_buf *b) {
  size_t i = 0;
  if (b->len >= 3 && !memcmp(b->ptr, "\xEF\xBB\xBF", 3))
    i = 3;
  while (i < b->len && (b->ptr[i] == ' ' || b->ptr[i] == '\n' ||
                        b->ptr[i] == '\r' || b->ptr[i] == '\t'))
    i++;
  return i < b->len && b->ptr[i] == '<';
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && !strcmp(s + n - k, suffix);
}

enum ks_status ks_source_read(const char *source,
                              const struct ks_source_opts *o,
                              struct ks_doc *doc, size_t *bytes,
                              struct ks_error *err) {
  struct ks_page page;
  enum ks_status st;
  bool text;
  const char *charset = NULL, *url = NULL;

  ks_page_init(&page);
  if (ks_url_is_http(source)) {
    struct ks_fetch_opts fo = {o->timeout_s, 0, o->from != KS_FROM_GUESS, NULL};
    st = ks_fetch(source, &fo, &page, err);
    if (st != KS_OK)
      goto out;
    url = page.url;
    charset = page.charset[0] ? page.charset : NULL;
    text =
        o->from == KS_FROM_TEXT ||
        (o->from == KS_FROM_GUESS && !strcmp(page.content_type, "text/plain") &&
         !looks_like_html(&page.body));
  } else if (ks_url_has_scheme(source)) {
    st = ks_error_set(err, KS_ERR_FETCH,
                      "only http and https URLs are fetched: %s", source);
    goto out;
  } else {
    st = read_file(source, &page.body, err);
    if (st != KS_OK)
      goto out;
    text = o->from == KS_FROM_TEXT ||
           (o->from == KS_FROM_GUESS && ends_with(source, ".txt"));
  }
  if (bytes)
    *bytes = page.body.len;
  if (text)
    st = ks_doc_from_text(page.body.ptr, page.body.len, doc, err);
  else
    st = ks_extract(page.body.ptr, page.body.len, charset, url, doc, err);
  if (st == KS_OK && !doc->url.len && ks_url_is_http(source))
    ks_buf_puts(&doc->url, source);
out:
  ks_page_free(&page);
  return st;
}
