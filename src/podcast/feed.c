/* feed.c - what a source lists: RSS 2.0, RSS 1.0 and Atom through libxml2,
 * and files of URLs.
 * SPDX-License-Identifier: MIT
 *
 * Feeds in the wild are often not well-formed (a stray '&', a bad byte), so
 * libxml2 reads them in recovering mode, as feed readers do. It never goes
 * to the network and loads no external entity or DTD.
 */
#include "podcast/feed.h"
#include "podcast/when.h"
#include "ascii.h"
#include "buf.h"
#include "url.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_ITUNES "http://www.itunes.com/dtds/podcast-1.0.dtd"

void ks_feed_init(struct ks_feed *f) { memset(f, 0, sizeof *f); }

static void item_free(struct ks_feed_item *it) {
  free(it->guid);
  free(it->link);
  free(it->title);
  free(it->description);
  free(it->date_text);
}

void ks_feed_free(struct ks_feed *f) {
  if (!f)
    return;
  for (size_t i = 0; i < f->n_items; i++)
    item_free(&f->items[i]);
  free(f->items);
  free(f->title);
  free(f->link);
  free(f->description);
  free(f->language);
  free(f->image);
  free(f->author);
  ks_feed_init(f);
}

static struct ks_feed_item *add_item(struct ks_feed *f) {
  struct ks_feed_item *it;
  ks_grow(&f->items, &f->cap_items, f->n_items + 1, sizeof *f->items);
  it = &f->items[f->n_items++];
  memset(it, 0, sizeof *it);
  return it;
}

/* ---------------------------------------------------------------- sniffing */

// Past a byte-order mark, white space and comments.
static size_t skip_prolog(const char *p, size_t n) {
  size_t i = n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3) ? 3 : 0;
  while (i < n && ks_is_space((unsigned char)p[i]))
    i++;
  return i;
}

// Whether the line p[0..n) is blank, a comment, or a URL (and a comment).
static bool url_line(const char *p, size_t n, bool *is_url) {
  size_t i = 0, e;
  *is_url = false;
  while (i < n && ks_is_space((unsigned char)p[i]))
    i++;
  if (i == n || p[i] == '#')
    return true;
  for (e = i; e < n && !ks_is_space((unsigned char)p[e]); e++)
    ;
  if (e - i < 8 || !(ks_mem_eq_ci(p + i, "http://", 7) ||
                     ks_mem_eq_ci(p + i, "https://", 8)))
    return false;
  while (e < n && ks_is_space((unsigned char)p[e]))
    e++;
  *is_url = true;
  return e == n || p[e] == '#';
}

// Where s (k bytes) next occurs in p[i..n), or n.
static size_t find(const char *p, size_t n, size_t i, const char *s, size_t k) {
  for (; i + k <= n; i++)
    if (!memcmp(p + i, s, k))
      return i;
  return n;
}

// Past the XML declaration, comments and white space, to the first tag.
static size_t skip_markup(const char *p, size_t n, size_t i) {
  for (;;) {
    size_t end;
    while (i < n && ks_is_space((unsigned char)p[i]))
      i++;
    if (i + 1 < n && p[i] == '<' && p[i + 1] == '?')
      end = find(p, n, i, "?>", 2) + 2;
    else if (i + 3 < n && !memcmp(p + i, "<!--", 4))
      end = find(p, n, i, "-->", 3) + 3;
    else
      return i;
    if (end > n)
      return n;
    i = end;
  }
}

enum ks_sniff ks_feed_sniff(const char *data, size_t len) {
  size_t i = skip_prolog(data, len), urls = 0;
  if (i < len && data[i] == '<') {
    const char *p;
    size_t n;
    i = skip_markup(data, len, i);
    p = data + i;
    n = len - i;
    if ((n >= 14 && ks_mem_eq_ci(p, "<!doctype html", 14)) ||
        (n >= 5 && ks_mem_eq_ci(p, "<html", 5)) ||
        (n >= 5 && ks_mem_eq_ci(p, "<head", 5)) ||
        (n >= 5 && ks_mem_eq_ci(p, "<body", 5)))
      return KS_SNIFF_HTML;
    return KS_SNIFF_XML;
  }
  while (i < len) {
    const char *nl = memchr(data + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - data) : len;
    bool is_url;
    if (!url_line(data + i, e - i, &is_url))
      return KS_SNIFF_OTHER;
    urls += is_url;
    i = e + 1;
  }
  return urls ? KS_SNIFF_URLS : KS_SNIFF_OTHER;
}

/* ---------------------------------------------------------------- XML */

static bool in_ns(const xmlNode *n, const char *ns) {
  if (!ns)
    return !n->ns || !n->ns->href;
  return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns);
}

static bool named(const xmlNode *n, const char *ns, const char *name) {
  return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name) &&
         in_ns(n, ns);
}

// The first child element of n with this name, or NULL.
static xmlNode *child(const xmlNode *n, const char *ns, const char *name) {
  for (xmlNode *c = n->children; c; c = c->next)
    if (named(c, ns, name))
      return c;
  return NULL;
}

/* n's text, white space folded and trimmed, or NULL when empty. */
static char *text_of(const xmlNode *n) {
  xmlChar *c;
  struct ks_buf b = KS_BUF_INIT;
  bool space = false;
  if (!n)
    return NULL;
  c = xmlNodeGetContent(n);
  for (const xmlChar *p = c; p && *p; p++) {
    if (ks_is_space(*p)) {
      space = b.len > 0;
      continue;
    }
    if (space)
      ks_buf_putc(&b, ' ');
    space = false;
    ks_buf_putc(&b, *p);
  }
  xmlFree(c);
  if (!b.len) {
    ks_buf_free(&b);
    return NULL;
  }
  return ks_buf_detach(&b, NULL);
}

static char *attr(const xmlNode *n, const char *name) {
  xmlChar *v;
  char *s;
  if (!n)
    return NULL;
  v = xmlGetProp(n, (const xmlChar *)name);
  if (!v)
    return NULL;
  s = *v ? ks_xstrdup((const char *)v) : NULL;
  xmlFree(v);
  return s;
}

/* href made absolute against n's base: xml:base on it and its ancestors,
 * then the document's own address. Takes href. A feed from the web names
 * only web addresses: a link that does not resolve, or that resolves to a
 * file or another scheme, is dropped (NULL), so a feed cannot make kispeak
 * read and publish a file of this machine. */
static char *resolve(xmlDoc *doc, const xmlNode *n, char *href) {
  xmlChar *base, *abs;
  char *out;
  bool web = doc->URL && ks_url_is_http((const char *)doc->URL);
  if (!href)
    return NULL;
  base = xmlNodeGetBase(doc, n);
  abs = base ? xmlBuildURI((const xmlChar *)href, base) : NULL;
  xmlFree(base);
  if (!abs) {
    if (!web || ks_url_is_http(href))
      return href;
    free(href);
    return NULL;
  }
  out = ks_xstrdup((const char *)abs);
  xmlFree(abs);
  free(href);
  if (web && !ks_url_is_http(out)) {
    free(out);
    return NULL;
  }
  return out;
}

static void set_date(struct ks_feed_item *it, char *text) {
  it->date_text = text;
  if (!text || !ks_when_parse(text, &it->date))
    it->date = 0;
}

static void rss_item(xmlDoc *doc, const xmlNode *n, struct ks_feed_item *it) {
  xmlNode *g = child(n, NULL, "guid");
  xmlNode *d = child(n, NULL, "pubDate");
  char *perma = attr(g, "isPermaLink");
  if (!g)
    g = child(n, NS_RSS1, "guid");
  it->guid = text_of(g);
  it->title = text_of(child(n, NULL, "title"));
  if (!it->title)
    it->title = text_of(child(n, NS_RSS1, "title"));
  it->link = text_of(child(n, NULL, "link"));
  if (!it->link)
    it->link = text_of(child(n, NS_RSS1, "link"));
  if (!it->link && !it->guid)
    it->link = attr(n, "about"); /* RSS 1.0: rdf:about */
  if (!it->link && it->guid && (!perma || ks_eq_ci(perma, "true")) &&
      ks_url_is_http(it->guid))
    it->link = ks_xstrdup(it->guid);
  it->link = resolve(doc, n, it->link);
  it->description = text_of(child(n, NULL, "description"));
  if (!it->description)
    it->description = text_of(child(n, NS_RSS1, "description"));
  if (!d)
    d = child(n, NS_DC, "date");
  set_date(it, text_of(d));
  free(perma);
}

// An Atom element's link to the page: rel="alternate" or no rel, HTML first.
static char *atom_link(xmlDoc *doc, const xmlNode *n) {
  char *best = NULL;
  bool best_html = false;
  for (xmlNode *c = n->children; c; c = c->next) {
    char *rel, *type, *href;
    bool html;
    if (!named(c, NS_ATOM, "link"))
      continue;
    rel = attr(c, "rel");
    type = attr(c, "type");
    href = attr(c, "href");
    html = !type || ks_starts_ci(type, "text/html") ||
           ks_starts_ci(type, "application/xhtml");
    if (href && (!rel || !strcmp(rel, "alternate")) &&
        (!best || (html && !best_html))) {
      free(best);
      best = resolve(doc, c, href);
      best_html = html;
      href = NULL;
    }
    free(rel);
    free(type);
    free(href);
  }
  return best;
}

static void atom_entry(xmlDoc *doc, const xmlNode *n, struct ks_feed_item *it) {
  xmlNode *d = child(n, NS_ATOM, "published");
  it->guid = text_of(child(n, NS_ATOM, "id"));
  it->title = text_of(child(n, NS_ATOM, "title"));
  it->link = atom_link(doc, n);
  it->description = text_of(child(n, NS_ATOM, "summary"));
  if (!it->description)
    it->description = text_of(child(n, NS_ATOM, "content"));
  if (!d)
    d = child(n, NS_ATOM, "updated");
  set_date(it, text_of(d));
}

/* RSS's managingEditor is "address (Name)": the name, when there is one.
 * Takes s. */
static char *name_in(char *s) {
  char *open = s ? strchr(s, '(') : NULL, *close;
  close = open ? strrchr(open, ')') : NULL;
  if (close && close > open + 1) {
    char *name = ks_xstrndup(open + 1, (size_t)(close - open - 1));
    free(s);
    return name;
  }
  return s;
}

static void rss_channel(xmlDoc *doc, const xmlNode *ch, struct ks_feed *f) {
  xmlNode *img = child(ch, NULL, "image");
  f->title = text_of(child(ch, NULL, "title"));
  f->link = resolve(doc, ch, text_of(child(ch, NULL, "link")));
  f->description = text_of(child(ch, NULL, "description"));
  f->language = text_of(child(ch, NULL, "language"));
  if (!f->language)
    f->language = text_of(child(ch, NS_DC, "language"));
  f->image = attr(child(ch, NS_ITUNES, "image"), "href");
  if (!f->image && img)
    f->image = resolve(doc, img, text_of(child(img, NULL, "url")));
  f->author = text_of(child(ch, NS_ITUNES, "author"));
  if (!f->author)
    f->author = text_of(child(ch, NS_DC, "creator"));
  if (!f->author)
    f->author = name_in(text_of(child(ch, NULL, "managingEditor")));
}

static void rdf_channel(xmlDoc *doc, const xmlNode *ch, struct ks_feed *f) {
  f->title = text_of(child(ch, NS_RSS1, "title"));
  f->link = resolve(doc, ch, text_of(child(ch, NS_RSS1, "link")));
  f->description = text_of(child(ch, NS_RSS1, "description"));
  f->language = text_of(child(ch, NS_DC, "language"));
  f->author = text_of(child(ch, NS_DC, "creator"));
}

static void atom_feed(xmlDoc *doc, const xmlNode *root, struct ks_feed *f) {
  xmlNode *a = child(root, NS_ATOM, "author");
  xmlChar *lang = xmlNodeGetLang(root);
  f->title = text_of(child(root, NS_ATOM, "title"));
  f->link = atom_link(doc, root);
  f->description = text_of(child(root, NS_ATOM, "subtitle"));
  if (lang && *lang)
    f->language = ks_xstrdup((const char *)lang);
  xmlFree(lang);
  f->image = resolve(doc, root, text_of(child(root, NS_ATOM, "logo")));
  if (!f->image)
    f->image = resolve(doc, root, text_of(child(root, NS_ATOM, "icon")));
  if (a)
    f->author = text_of(child(a, NS_ATOM, "name"));
}

// The items, in document order, up to the cap.
static void items(xmlDoc *doc, const xmlNode *parent, const char *ns,
                  const char *name, struct ks_feed *f) {
  for (xmlNode *c = parent->children; c; c = c->next) {
    if (!named(c, ns, name) || f->n_items >= KS_MAX_FEED_ITEMS)
      continue;
    if (f->kind == KS_FEED_ATOM)
      atom_entry(doc, c, add_item(f));
    else
      rss_item(doc, c, add_item(f));
  }
}

enum ks_status ks_feed_parse(const char *data, size_t len, const char *url,
                             struct ks_feed *f, struct ks_error *err) {
  const int flags = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  enum ks_status st = KS_OK;
  xmlDoc *doc;
  xmlNode *root, *ch;

  ks_feed_free(f);
  if (len > KS_MAX_PAGE || len > 0x7FFFFFFF)
    return ks_error_set(err, KS_ERR_HTML, "%s: larger than %u MiB", url,
                        KS_MAX_PAGE >> 20);
  doc = xmlReadMemory(data, (int)len, url, NULL, flags);
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    const xmlError *e = xmlGetLastError();
    st = ks_error_set(err, KS_ERR_HTML, "%s is not XML%s%.*s", url,
                      e && e->message ? ": " : "",
                      e && e->message ? (int)strcspn(e->message, "\n") : 0,
                      e && e->message ? e->message : "");
  } else if (named(root, NULL, "rss") && (ch = child(root, NULL, "channel"))) {
    f->kind = KS_FEED_RSS;
    rss_channel(doc, ch, f);
    items(doc, ch, NULL, "item", f);
  } else if (named(root, NS_ATOM, "feed")) {
    f->kind = KS_FEED_ATOM;
    atom_feed(doc, root, f);
    items(doc, root, NS_ATOM, "entry", f);
  } else if (named(root, NS_RDF, "RDF")) {
    f->kind = KS_FEED_RDF;
    if ((ch = child(root, NS_RSS1, "channel")) != NULL)
      rdf_channel(doc, ch, f);
    items(doc, root, NS_RSS1, "item", f);
  } else {
    st = ks_error_set(err, KS_ERR_HTML,
                      "%s is not an RSS or Atom feed (its root element is "
                      "<%s>%s)",
                      url, (const char *)root->name,
                      named(root, NULL, "rss") ? " with no <channel>" : "");
  }
  xmlFreeDoc(doc);
  return st;
}

/* ---------------------------------------------------------------- URLs */

enum ks_status ks_feed_urls(const char *text, size_t len, const char *name,
                            struct ks_feed *f, struct ks_error *err) {
  size_t i = 0, line = 0;
  ks_feed_free(f);
  f->kind = KS_FEED_URLS;
  while (i < len) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) : len, s = i, u;
    bool is_url;
    line++;
    if (!url_line(text + i, e - i, &is_url))
      return ks_error_set(err, KS_ERR_USAGE,
                          "%s:%zu: not an http(s) URL: '%.*s'", name, line,
                          (int)(e - i > 80 ? 80 : e - i), text + i);
    if (is_url && f->n_items < KS_MAX_URLS) {
      while (ks_is_space((unsigned char)text[s]))
        s++;
      for (u = s; u < e && !ks_is_space((unsigned char)text[u]); u++)
        ;
      add_item(f)->link = ks_xstrndup(text + s, u - s);
    }
    i = e + 1;
  }
  return KS_OK;
}
