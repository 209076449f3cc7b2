/* check.c - a podcast feed held to the rules a podcast app and kispeak's
 * own feeds keep, each problem a line (kispeak podcast --check).
 * SPDX-License-Identifier: MIT
 *
 * The rules: Apple's podcast RSS requirements, the Podcasting 2.0
 * namespace, RFC 2822 dates and RFC 5005 archives, and the files on disk:
 * an enclosure, transcript or chapters file under the feed's own address
 * (its atom:link rel="self", less "feed.xml") must be there beside the feed
 * file, with the length the feed says.
 */
#include "podcast/when.h"
#include "ascii.h"
#include "buf.h"

#include <cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NS_ITUNES "http://www.itunes.com/dtds/podcast-1.0.dtd"
#define NS_PODCAST "https://podcastindex.org/namespace/1.0"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_FH "http://purl.org/syndication/history/1.0"
#define MAX_ITEMS 300

struct checker {
  const char *name; /* the feed file, for messages */
  char *dir;        /* the directory it is in */
  char *base;       /* its self URL up to the last '/', or NULL */
  struct ks_buf *out;
  size_t problems;
  struct ks_buf seen; /* every item guid so far, NUL-separated */
};

static void problem(struct checker *c, const xmlNode *n, const char *fmt, ...)
    KS_PRINTF(3, 4);

static void problem(struct checker *c, const xmlNode *n, const char *fmt, ...) {
  va_list ap;
  struct ks_buf b = KS_BUF_INIT;
  va_start(ap, fmt);
  {
    char line[1024];
    vsnprintf(line, sizeof line, fmt, ap);
    ks_buf_puts(&b, line);
  }
  va_end(ap);
  if (n)
    ks_buf_printf(c->out, "%s:%ld: %s\n", c->name, xmlGetLineNo(n), b.ptr);
  else
    ks_buf_printf(c->out, "%s: %s\n", c->name, b.ptr);
  c->problems++;
  ks_buf_free(&b);
}

static bool in_ns(const xmlNode *n, const char *ns) {
  if (!ns)
    return !n->ns || !n->ns->href;
  return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns);
}

static bool named(const xmlNode *n, const char *ns, const char *name) {
  return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name) &&
         in_ns(n, ns);
}

static xmlNode *child(const xmlNode *n, const char *ns, const char *name) {
  for (xmlNode *c = n->children; c; c = c->next)
    if (named(c, ns, name))
      return c;
  return NULL;
}

/* Trimmed text of n into b (cleared first); false when there is none. */
static bool text(const xmlNode *n, struct ks_buf *b) {
  xmlChar *v;
  const char *s, *e;
  ks_buf_clear(b);
  if (!n)
    return false;
  v = xmlNodeGetContent(n);
  s = v ? (const char *)v : "";
  while (ks_is_space((unsigned char)*s))
    s++;
  e = s + strlen(s);
  while (e > s && ks_is_space((unsigned char)e[-1]))
    e--;
  ks_buf_put(b, s, (size_t)(e - s));
  xmlFree(v);
  return b->len > 0;
}

static bool attr(const xmlNode *n, const char *name, struct ks_buf *b) {
  xmlChar *v = n ? xmlGetProp(n, (const xmlChar *)name) : NULL;
  ks_buf_clear(b);
  if (v)
    ks_buf_puts(b, (const char *)v);
  xmlFree(v);
  return b->len > 0;
}

static bool is_http(const char *s) {
  return ks_starts_ci(s, "http://") || ks_starts_ci(s, "https://");
}

static bool is_uuid(const char *s) {
  static const char form[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
  if (strlen(s) != sizeof form - 1)
    return false;
  for (size_t i = 0; form[i]; i++)
    if (form[i] == '-' ? s[i] != '-' : !ks_is_xdigit((unsigned char)s[i]))
      return false;
  return true;
}

/* The file a URL names when it is under the feed's own address (its path
 * beside the feed file, %XX decoded), else NULL. The caller frees it. */
static char *local(const struct checker *c, const char *url) {
  size_t k;
  struct ks_buf b = KS_BUF_INIT;
  if (!c->base)
    return NULL;
  k = strlen(c->base);
  if (strncmp(url, c->base, k) != 0)
    return NULL;
  ks_buf_printf(&b, "%s/", c->dir);
  for (const char *p = url + k; *p && *p != '?' && *p != '#'; p++) {
    if (*p == '%' && ks_is_xdigit((unsigned char)p[1]) &&
        ks_is_xdigit((unsigned char)p[2])) {
      char hex[3] = {p[1], p[2], 0};
      ks_buf_putc(&b, (int)strtol(hex, NULL, 16));
      p += 2;
    } else {
      ks_buf_putc(&b, *p);
    }
  }
  return ks_buf_detach(&b, NULL);
}

/* A file the feed points to: it is there, and (length >= 0) has that
 * many bytes. */
static void file_at(struct checker *c, const xmlNode *n, const char *what,
                    const char *url, long long length) {
  char *path = local(c, url);
  struct stat sb;
  if (!path)
    return;
  if (stat(path, &sb) != 0)
    problem(c, n, "%s %s: no such file %s", what, url, path);
  else if (length >= 0 && (long long)sb.st_size != length)
    problem(c, n, "%s %s: length=\"%lld\", but the file has %lld bytes", what,
            url, length, (long long)sb.st_size);
  free(path);
}

// A length attribute: a whole number above 0, or -1 when it is not.
static long long length_of(struct checker *c, const xmlNode *n,
                           const char *what) {
  struct ks_buf b = KS_BUF_INIT;
  char *end;
  long long v = -1;
  if (!attr(n, "length", &b)) {
    problem(c, n, "%s has no length", what);
  } else {
    errno = 0;
    v = strtoll(b.ptr, &end, 10);
    if (errno || *end || end == b.ptr || v <= 0) {
      problem(c, n, "%s length=\"%s\" is not a number of bytes above 0", what,
              b.ptr);
      v = -1;
    }
  }
  ks_buf_free(&b);
  return v;
}

/* The media type a file name's extension calls for, or NULL. */
static const char *type_for(const char *url) {
  static const struct {
    const char *ext, *type;
  } types[] = {{".mp3", "audio/mpeg"},  {".m4a", "audio/mp4"},
               {".mp4", "video/mp4"},   {".ogg", "audio/ogg"},
               {".oga", "audio/ogg"},   {".opus", "audio/ogg"},
               {".flac", "audio/flac"}, {".wav", "audio/wav"}};
  size_t n = strcspn(url, "?#");
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    size_t k = strlen(types[i].ext);
    if (n >= k && ks_mem_eq_ci(url + n - k, types[i].ext, k))
      return types[i].type;
  }
  return NULL;
}

static void enclosure(struct checker *c, const xmlNode *e, const char *what) {
  struct ks_buf url = KS_BUF_INIT, type = KS_BUF_INIT;
  long long len = length_of(c, e, what);
  const char *want;
  if (!attr(e, "url", &url) || !is_http(url.ptr))
    problem(c, e, "%s url=\"%s\" is not an http(s) URL", what, url.ptr);
  if (!attr(e, "type", &type) ||
      !(ks_starts_ci(type.ptr, "audio/") || ks_starts_ci(type.ptr, "video/")))
    problem(c, e, "%s type=\"%s\" is not an audio or video type", what,
            type.ptr);
  want = type_for(url.ptr);
  if (want && type.len && strncmp(type.ptr, want, strlen(want)) != 0 &&
      !(!strcmp(want, "audio/mp4") && ks_starts_ci(type.ptr, "audio/x-m4a")))
    problem(c, e, "%s %s is %s by its name, not %s", what, url.ptr, want,
            type.ptr);
  if (url.len && len > 0)
    file_at(c, e, what, url.ptr, len);
  ks_buf_free(&url);
  ks_buf_free(&type);
}

// itunes:duration: seconds, or [[H:]M:]S, above 0.
static void duration(struct checker *c, const xmlNode *item) {
  xmlNode *d = child(item, NS_ITUNES, "duration");
  struct ks_buf b = KS_BUF_INIT;
  double total = 0;
  bool ok = text(d, &b);
  for (const char *p = b.ptr; ok && *p;) {
    char *end;
    double v = strtod(p, &end);
    if (end == p || v < 0 || !ks_is_digit((unsigned char)*p)) {
      ok = false;
      break;
    }
    total = total * 60 + v;
    p = end;
    if (*p == ':')
      p++;
    else if (*p)
      ok = false;
  }
  if (!d)
    problem(c, item, "item has no <itunes:duration>");
  else if (!ok || total <= 0)
    problem(c, d,
            "<itunes:duration>%s</itunes:duration> is not a duration "
            "above 0 (seconds, or H:MM:SS)",
            b.ptr);
  ks_buf_free(&b);
}

/* A chapters file beside the feed must be Podcasting 2.0 chapters JSON. */
static void chapters_json(struct checker *c, const xmlNode *n,
                          const char *url) {
  char *path = local(c, url);
  struct ks_buf b = KS_BUF_INIT;
  int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
  if (fd >= 0 && ks_buf_read_fd(&b, fd, KS_MAX_PAGE) == 0) {
    cJSON *j = cJSON_ParseWithLength(b.ptr, b.len);
    if (!j || !cJSON_IsArray(cJSON_GetObjectItem(j, "chapters")) ||
        !cJSON_IsString(cJSON_GetObjectItem(j, "version")))
      problem(c, n,
              "chapters %s: not Podcasting 2.0 chapters JSON "
              "(version, chapters)",
              url);
    cJSON_Delete(j);
  }
  if (fd >= 0)
    close(fd);
  ks_buf_free(&b);
  free(path);
}

static void companions(struct checker *c, const xmlNode *item) {
  static const char *const transcript_types[] = {
      "text/vtt",        "text/plain", "application/x-subrip",
      "application/srt", "text/html",  "application/json"};
  struct ks_buf url = KS_BUF_INIT, type = KS_BUF_INIT;
  for (xmlNode *n = item->children; n; n = n->next) {
    bool known = false;
    if (named(n, NS_PODCAST, "transcript")) {
      if (!attr(n, "url", &url) || !is_http(url.ptr))
        problem(c, n, "podcast:transcript url=\"%s\" is not an http(s) URL",
                url.ptr);
      attr(n, "type", &type);
      for (size_t i = 0; i < 6; i++)
        known = known || !strcmp(type.ptr, transcript_types[i]);
      if (!known)
        problem(c, n,
                "podcast:transcript type=\"%s\" is none of text/vtt, "
                "text/plain, application/x-subrip, application/srt, "
                "text/html, application/json",
                type.ptr);
      if (url.len)
        file_at(c, n, "podcast:transcript", url.ptr, -1);
    } else if (named(n, NS_PODCAST, "chapters")) {
      if (!attr(n, "url", &url) || !is_http(url.ptr))
        problem(c, n, "podcast:chapters url=\"%s\" is not an http(s) URL",
                url.ptr);
      if (!attr(n, "type", &type) ||
          strcmp(type.ptr, "application/json+chapters"))
        problem(c, n,
                "podcast:chapters type=\"%s\", not "
                "application/json+chapters",
                type.ptr);
      if (url.len) {
        file_at(c, n, "podcast:chapters", url.ptr, -1);
        chapters_json(c, n, url.ptr);
      }
    } else if (named(n, NS_PODCAST, "alternateEnclosure")) {
      xmlNode *src = child(n, NS_PODCAST, "source");
      long long len = length_of(c, n, "podcast:alternateEnclosure");
      if (!attr(n, "type", &type))
        problem(c, n, "podcast:alternateEnclosure has no type");
      if (!attr(src, "uri", &url))
        problem(c, n,
                "podcast:alternateEnclosure has no <podcast:source "
                "uri=\"...\">");
      else if (len > 0)
        file_at(c, n, "podcast:alternateEnclosure", url.ptr, len);
    }
  }
  ks_buf_free(&url);
  ks_buf_free(&type);
}

// The guid: there, and not seen in an earlier item.
static void guid(struct checker *c, const xmlNode *item) {
  xmlNode *g = child(item, NULL, "guid");
  struct ks_buf b = KS_BUF_INIT;
  if (!text(g, &b)) {
    problem(c, item, "item has no <guid>");
  } else {
    for (size_t i = 0; i < c->seen.len; i += strlen(c->seen.ptr + i) + 1)
      if (!strcmp(c->seen.ptr + i, b.ptr)) {
        problem(c, g, "guid %s is also an earlier item's", b.ptr);
        break;
      }
    ks_buf_put(&c->seen, b.ptr, b.len + 1);
  }
  ks_buf_free(&b);
}

static void item(struct checker *c, const xmlNode *it, int64_t *last) {
  xmlNode *d = child(it, NULL, "pubDate"), *e = child(it, NULL, "enclosure");
  struct ks_buf b = KS_BUF_INIT;
  int64_t t;
  bool strict;
  if (!text(child(it, NULL, "title"), &b) &&
      !text(child(it, NULL, "description"), &b))
    problem(c, it, "item has neither <title> nor <description>");
  guid(c, it);
  if (!text(d, &b))
    problem(c, it, "item has no <pubDate>");
  else if (!ks_when_rfc822(b.ptr, &t, &strict) || !strict)
    problem(c, d,
            "<pubDate>%s</pubDate> is not an RFC 2822 date "
            "(\"Tue, 03 Dec 2024 06:17:00 +0000\")",
            b.ptr);
  else if (*last && t > *last)
    problem(c, d,
            "item is newer than the one before it: items go newest "
            "first");
  else
    *last = t;
  if (!e)
    problem(c, it, "item has no <enclosure>");
  else
    enclosure(c, e, "enclosure");
  duration(c, it);
  companions(c, it);
  ks_buf_free(&b);
}

static void channel_image(struct checker *c, const xmlNode *ch) {
  xmlNode *img = child(ch, NS_ITUNES, "image");
  struct ks_buf b = KS_BUF_INIT;
  if (!img)
    problem(c, ch, "channel has no <itunes:image>");
  else if (!attr(img, "href", &b) || !is_http(b.ptr))
    problem(c, img, "itunes:image href=\"%s\" is not an http(s) URL", b.ptr);
  else
    file_at(c, img, "itunes:image", b.ptr, -1);
  ks_buf_free(&b);
}

static void channel(struct checker *c, const xmlNode *ch) {
  static const char *const required[] = {"title", "link", "description",
                                         "language"};
  struct ks_buf b = KS_BUF_INIT;
  xmlNode *n;
  size_t items = 0;
  int64_t last = 0;
  for (size_t i = 0; i < 4; i++)
    if (!text(child(ch, NULL, required[i]), &b))
      problem(c, ch, "channel has no <%s>", required[i]);
  channel_image(c, ch);
  n = child(ch, NS_ITUNES, "category");
  if (!n || !attr(n, "text", &b))
    problem(c, ch, "channel has no <itunes:category text=\"...\">");
  n = child(ch, NS_ITUNES, "explicit");
  if (!text(n, &b) || (strcmp(b.ptr, "true") && strcmp(b.ptr, "false")))
    problem(c, n ? n : ch,
            "channel's <itunes:explicit> is '%s', not true or "
            "false",
            b.ptr);
  if (!text(child(ch, NS_ITUNES, "author"), &b))
    problem(c, ch, "channel has no <itunes:author>");
  n = child(ch, NS_PODCAST, "guid");
  if (!text(n, &b) || !is_uuid(b.ptr))
    problem(c, n ? n : ch, "channel's <podcast:guid> is '%s', not a UUID",
            b.ptr);
  n = child(ch, NS_PODCAST, "locked");
  if (!text(n, &b) || (strcmp(b.ptr, "yes") && strcmp(b.ptr, "no")))
    problem(c, n ? n : ch,
            "channel's <podcast:locked> is '%s', not yes or "
            "no",
            b.ptr);
  if (!c->base)
    problem(c, ch, "channel has no <atom:link rel=\"self\" href=\"...\">");
  if (child(ch, NS_FH, "archive")) {
    bool current = false;
    for (n = ch->children; n; n = n->next)
      if (named(n, NS_ATOM, "link") && attr(n, "rel", &b) &&
          !strcmp(b.ptr, "current"))
        current = true;
    if (!current)
      problem(c, ch,
              "an archive page (fh:archive) with no <atom:link "
              "rel=\"current\"> (RFC 5005)");
  }
  for (n = ch->children; n; n = n->next)
    if (named(n, NULL, "item")) {
      items++;
      item(c, n, &last);
    }
  if (items > MAX_ITEMS)
    problem(c, ch,
            "%zu items: keep at most %d, and older ones on archive "
            "pages (RFC 5005)",
            items, MAX_ITEMS);
  ks_buf_free(&b);
}

// The feed's own address less its file name, from atom:link rel="self".
static char *self_base(const xmlNode *ch) {
  struct ks_buf rel = KS_BUF_INIT, href = KS_BUF_INIT;
  char *base = NULL;
  for (xmlNode *n = ch->children; n && !base; n = n->next) {
    char *slash;
    if (!named(n, NS_ATOM, "link") || !attr(n, "rel", &rel) ||
        strcmp(rel.ptr, "self") || !attr(n, "href", &href))
      continue;
    slash = strrchr(href.ptr, '/');
    if (slash && is_http(href.ptr))
      base = ks_xstrndup(href.ptr, (size_t)(slash - href.ptr) + 1);
  }
  ks_buf_free(&rel);
  ks_buf_free(&href);
  return base;
}

enum ks_status ks_podcast_check(const char *path, struct ks_buf *out,
                                size_t *problems, struct ks_error *err) {
  struct checker c;
  struct ks_buf data = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  xmlDoc *doc = NULL;
  xmlNode *root, *ch = NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC), rc;
  const char *slash = strrchr(path, '/');

  memset(&c, 0, sizeof c);
  c.name = path;
  c.out = out;
  c.dir = slash ? ks_xstrndup(path, (size_t)(slash - path)) : ks_xstrdup(".");
  *problems = 0;
  if (fd < 0) {
    st = ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                      strerror(errno));
    goto out;
  }
  rc = ks_buf_read_fd(&data, fd, KS_MAX_PAGE);
  close(fd);
  if (rc || data.len > KS_MAX_PAGE) {
    st = ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                      rc ? strerror(rc) : "larger than 16 MiB");
    goto out;
  }
  doc =
      xmlReadMemory(data.ptr, (int)data.len, path, NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError *e = xmlGetLastError();
    problem(&c, NULL, "not well-formed XML: line %d: %.*s", e ? e->line : 0,
            e && e->message ? (int)strcspn(e->message, "\n") : 0,
            e && e->message ? e->message : "");
    goto out;
  }
  root = xmlDocGetRootElement(doc);
  if (root && named(root, NULL, "rss"))
    ch = child(root, NULL, "channel");
  if (!ch) {
    problem(&c, root, "not an RSS 2.0 feed: no <rss><channel>");
    goto out;
  }
  if (!attr(root, "version", &data) || strcmp(data.ptr, "2.0"))
    problem(&c, root, "<rss version=\"%s\">, not 2.0", data.ptr);
  c.base = self_base(ch);
  channel(&c, ch);
out:
  *problems = c.problems;
  xmlFreeDoc(doc);
  ks_buf_free(&data);
  ks_buf_free(&c.seen);
  free(c.dir);
  free(c.base);
  return st;
}
