/* epub.c - the article as an EPUB 3 book with a media overlay: every
 * sentence has its clip of the MP3 inside the book. The only libzip user.
 * SPDX-License-Identifier: MIT
 *
 * Reading systems with Media Overlays (Thorium, Apple Books) play it with
 * the sentence highlighted; DAISY tools convert it further. The clips are
 * the captions' cue times (ks_cue_times), so the book and the captions
 * agree to the millisecond.
 */
#include "buf.h"
#include "dl.h"
#include "escape.h"
#include "file.h"
#include "readalong/readalong.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

// "0:02:55.600": a SMIL clock value.
static void clock_value(struct ks_buf *out, uint64_t ms) {
  ks_buf_printf(
      out, "%llu:%02llu:%02llu.%03llu", (unsigned long long)(ms / 3600000),
      (unsigned long long)(ms / 60000 % 60),
      (unsigned long long)(ms / 1000 % 60), (unsigned long long)(ms % 1000));
}

static void xml_text(struct ks_buf *out, const struct ks_buf *b) {
  ks_xml_put(out, b->ptr, b->len, false);
}

/* A name-based identifier for the book: the same article gives the same
 * UUID (two FNV-1a 64 hashes of its address or headline, with the version
 * and variant bits of RFC 4122). */
static void book_uuid(const struct ks_doc *doc, struct ks_buf *out) {
  const struct ks_buf *key = doc->url.len ? &doc->url : &doc->title;
  uint64_t h[2] = {1469598103934665603ull, 1099511628211ull * 31};
  unsigned char b[16];
  for (size_t k = 0; k < 2; k++)
    for (size_t i = 0; i < key->len; i++) {
      h[k] ^= (unsigned char)key->ptr[i] + k;
      h[k] *= 1099511628211ull;
    }
  for (size_t i = 0; i < 16; i++)
    b[i] = (unsigned char)(h[i / 8] >> (8 * (i % 8)));
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x50);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  ks_buf_puts(out, "urn:uuid:");
  for (size_t i = 0; i < 16; i++)
    ks_buf_printf(out, "%02x%s", b[i],
                  i == 3 || i == 5 || i == 7 || i == 9 ? "-" : "");
}

static void package(const struct ks_doc *doc, uint64_t total_ms,
                    struct ks_buf *out) {
  const char *lang = doc->language.len ? doc->language.ptr : "en";
  time_t now = time(NULL);
  struct tm tm;
  char modified[32];
  gmtime_r(&now, &tm);
  strftime(modified, sizeof modified, "%Y-%m-%dT%H:%M:%SZ", &tm);
  ks_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package "
                   "xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                   "unique-identifier=\"uid\" xml:lang=\"");
  ks_xml_put(out, lang, strlen(lang), true);
  ks_buf_puts(out, "\">\n<metadata "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                   "<dc:identifier id=\"uid\">");
  book_uuid(doc, out);
  ks_buf_puts(out, "</dc:identifier>\n<dc:title>");
  if (doc->title.len)
    xml_text(out, &doc->title);
  else
    ks_buf_puts(out, "Article");
  ks_buf_puts(out, "</dc:title>\n<dc:language>");
  ks_xml_put(out, lang, strlen(lang), false);
  ks_buf_puts(out, "</dc:language>\n");
  for (size_t i = 0; i < doc->n_authors; i++) {
    ks_buf_puts(out, "<dc:creator>");
    ks_xml_put(out, doc->authors[i], strlen(doc->authors[i]), false);
    ks_buf_puts(out, "</dc:creator>\n");
  }
  if (doc->published.len >= 10) { /* the date part of ISO 8601 */
    ks_buf_puts(out, "<dc:date>");
    ks_xml_put(out, doc->published.ptr, 10, false);
    ks_buf_puts(out, "</dc:date>\n");
  }
  if (doc->url.len) {
    ks_buf_puts(out, "<dc:source>");
    xml_text(out, &doc->url);
    ks_buf_puts(out, "</dc:source>\n");
  }
  if (doc->site.len) {
    ks_buf_puts(out, "<dc:publisher>");
    xml_text(out, &doc->site);
    ks_buf_puts(out, "</dc:publisher>\n");
  }
  ks_buf_printf(out, "<meta property=\"dcterms:modified\">%s</meta>\n",
                modified);
  ks_buf_puts(out, "<meta property=\"media:duration\" "
                   "refines=\"#overlay\">");
  clock_value(out, total_ms);
  ks_buf_puts(out, "</meta>\n<meta property=\"media:duration\">");
  clock_value(out, total_ms);
  ks_buf_puts(
      out, "</meta>\n<meta property=\"media:active-class\">"
           "-epub-media-overlay-active</meta>\n</metadata>\n<manifest>\n"
           "<item id=\"nav\" href=\"nav.xhtml\" "
           "media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
           "<item id=\"article\" href=\"article.xhtml\" "
           "media-type=\"application/xhtml+xml\" media-overlay=\"overlay\"/>\n"
           "<item id=\"overlay\" href=\"article.smil\" "
           "media-type=\"application/smil+xml\"/>\n"
           "<item id=\"audio\" href=\"audio.mp3\" media-type=\"audio/mpeg\"/>\n"
           "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
           "</manifest>\n<spine>\n<itemref idref=\"article\"/>\n</spine>\n"
           "</package>\n");
}

static void xhtml_head(const struct ks_doc *doc, const char *type,
                       struct ks_buf *out) {
  const char *lang = doc->language.len ? doc->language.ptr : "en";
  ks_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE "
                   "html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                   "xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"");
  ks_xml_put(out, lang, strlen(lang), true);
  ks_buf_puts(out, "\" xml:lang=\"");
  ks_xml_put(out, lang, strlen(lang), true);
  ks_buf_puts(out, "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
  if (doc->title.len)
    xml_text(out, &doc->title);
  else
    ks_buf_puts(out, "Article");
  ks_buf_printf(out,
                "</title>\n<link rel=\"stylesheet\" href=\"style.css\" "
                "type=\"text/css\"/>\n</head>\n<body epub:type=\"%s\">\n",
                type);
}

static void nav(const struct ks_doc *doc, struct ks_buf *out) {
  xhtml_head(doc, "frontmatter", out);
  ks_buf_puts(out, "<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n"
                   "<ol>\n<li><a href=\"article.xhtml\">");
  if (doc->title.len)
    xml_text(out, &doc->title);
  else
    ks_buf_puts(out, "Article");
  ks_buf_puts(out, "</a></li>\n</ol>\n</nav>\n</body>\n</html>\n");
}

static void smil(const struct ks_timeline *t, size_t n, double offset_s,
                 struct ks_buf *out) {
  ks_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<smil "
                   "xmlns=\"http://www.w3.org/ns/SMIL\" "
                   "xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                   "version=\"3.0\">\n<body>\n<seq id=\"seq1\" "
                   "epub:textref=\"article.xhtml#body\" epub:type=\"bodymatter "
                   "chapter\">\n");
  for (size_t i = 0; i < n; i++) {
    uint64_t a, b;
    ks_cue_times(t, i, offset_s, &a, &b);
    ks_buf_printf(out,
                  "<par id=\"p%zu\"><text src=\"article.xhtml#s%zu\"/>"
                  "<audio src=\"audio.mp3\" clipBegin=\"%.3fs\" "
                  "clipEnd=\"%.3fs\"/></par>\n",
                  i, i, a / 1000.0, b / 1000.0);
  }
  ks_buf_puts(out, "</seq>\n</body>\n</smil>\n");
}

static const char container_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" "
    "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n"
    "<rootfile full-path=\"OEBPS/package.opf\" "
    "media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n"
    "</container>\n";

static const char style_css[] =
    "body { font-family: serif; line-height: 1.6; }\n"
    ".byline { color: #4a4a4a; }\n"
    ".-epub-media-overlay-active { background-color: #ffe9a8; color: "
    "#1b1b1b; }\n";

/* The libzip calls made here, opened on the first EPUB (dl.h). */
static struct {
  zip_t *(*open)(const char *path, int flags, int *errorp);
  int (*close)(zip_t *archive);
  void (*discard)(zip_t *archive);
  const char *(*strerror)(zip_t *archive);
  zip_int64_t (*file_add)(zip_t *archive, const char *name,
                          zip_source_t *source, zip_flags_t flags);
  int (*set_file_compression)(zip_t *archive, zip_uint64_t index,
                              zip_int32_t method,
                              zip_uint32_t compression_flags);
  zip_source_t *(*source_buffer)(zip_t *archive, const void *data,
                                 zip_uint64_t len, int freep);
  zip_source_t *(*source_file)(zip_t *archive, const char *fname,
                               zip_uint64_t start, zip_int64_t len);
  void (*source_free)(zip_source_t *source);
} Z;

#define SYM(f) KS_DL_SYM(zip_, __typeof__(Z), f)
static const struct ks_dl_sym zip_syms[] = {
    SYM(open),          SYM(close),       SYM(discard),
    SYM(strerror),      SYM(file_add),    SYM(set_file_compression),
    SYM(source_buffer), SYM(source_file), SYM(source_free),
};
#undef SYM
#define SAME(f) KS_DL_SAME(zip_, Z, f)
SAME(open);
SAME(close);
SAME(discard);
SAME(strerror);
SAME(file_add);
SAME(set_file_compression);
SAME(source_buffer);
SAME(source_file);
SAME(source_free);
#undef SAME

/* One entry of the book; the text is copied, so the buffers may go. */
static bool add(zip_t *z, const char *name, const void *data, size_t n,
                bool store) {
  zip_source_t *src = Z.source_buffer(z, data, n, 0);
  zip_int64_t idx;
  if (!src)
    return false;
  idx = Z.file_add(z, name, src, ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    Z.source_free(src);
    return false;
  }
  return !store ||
         Z.set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0) == 0;
}

enum ks_status ks_epub_write(const char *path, const struct ks_doc *doc,
                             const struct ks_script *script,
                             const struct ks_timeline *t, double offset_s,
                             const char *mp3, uint64_t *bytes,
                             struct ks_error *err) {
  size_t n = t->n_utts < script->n_utts ? t->n_utts : script->n_utts;
  struct ks_buf parts[4] = {KS_BUF_INIT, KS_BUF_INIT, KS_BUF_INIT, KS_BUF_INIT};
  struct ks_file *f = NULL;
  zip_t *z = NULL;
  bool ok;
  uint64_t total = 0, a;
  int ze = 0;
  const char *why = ks_dl_load("libzip.so.4", zip_syms,
                               sizeof zip_syms / sizeof zip_syms[0], &Z);
  enum ks_status st;

  if (why)
    return ks_error_set(err, KS_ERR_ENCODE, "cannot load libzip: %s", why);
  st = ks_file_open(path, KS_FILE_BINARY, &f, err);
  if (st == KS_OK && !ks_file_seekable(f)) {
    st = ks_error_set(err, KS_ERR_ENCODE,
                      "an EPUB is written to a file, not "
                      "to a stream: %s",
                      path);
  }
  if (st != KS_OK)
    goto out;
  if (n)
    ks_cue_times(t, n - 1, offset_s, &a, &total);
  package(doc, total, &parts[0]);
  nav(doc, &parts[1]);
  xhtml_head(doc, "bodymatter", &parts[2]);
  ks_buf_puts(&parts[2], "<section id=\"body\" epub:type=\"chapter\">");
  ks_readalong_article(doc, script, n, &parts[2]);
  ks_buf_puts(&parts[2], "</section>\n</body>\n</html>\n");
  smil(t, n, offset_s, &parts[3]);
  /* libzip writes by name (its own temporary file, renamed onto ours) */
  z = Z.open(ks_file_temp_path(f), ZIP_TRUNCATE, &ze);
  ok = z && add(z, "mimetype", "application/epub+zip", 20, true) &&
       add(z, "META-INF/container.xml", container_xml, strlen(container_xml),
           false) &&
       add(z, "OEBPS/package.opf", parts[0].ptr, parts[0].len, false) &&
       add(z, "OEBPS/nav.xhtml", parts[1].ptr, parts[1].len, false) &&
       add(z, "OEBPS/article.xhtml", parts[2].ptr, parts[2].len, false) &&
       add(z, "OEBPS/article.smil", parts[3].ptr, parts[3].len, false) &&
       add(z, "OEBPS/style.css", style_css, strlen(style_css), false);
  if (ok) { /* the audio as it is: MP3 does not compress */
    zip_source_t *audio = Z.source_file(z, mp3, 0, -1);
    zip_int64_t idx = audio ? Z.file_add(z, "OEBPS/audio.mp3", audio, 0) : -1;
    if (idx < 0 && audio)
      Z.source_free(audio);
    ok = idx >= 0 &&
         Z.set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0) == 0;
  }
  if (!ok || Z.close(z) != 0) {
    st = ks_error_set(err, KS_ERR_ENCODE, "cannot write %s: %s", path,
                      z ? Z.strerror(z) : "libzip cannot start");
    if (z)
      Z.discard(z);
    goto out;
  }
  z = NULL;
  st = ks_file_adopt(f, err);
  if (st == KS_OK) {
    st = ks_file_commit(f, bytes, err);
    f = NULL;
  }
out:
  ks_file_abort(f);
  for (size_t i = 0; i < 4; i++)
    ks_buf_free(&parts[i]);
  return st;
}
