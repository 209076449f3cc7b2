/* html5.c - HTML bytes to a libxml2 tree built by the HTML5 rules.
 * SPDX-License-Identifier: MIT
 *
 * libxml2's HTML parser predates the HTML5 tree-construction rules: a stray
 * tag in <head> or an unknown element in <header> can leave the whole page
 * under the wrong parent. gumbo (the only file using it) builds the tree a
 * browser builds; the tree is then copied into libxml2's, which the
 * extractor and the metadata reader walk. gumbo reads UTF-8 only, so the
 * bytes are decoded first (iconv), the way browsers pick a charset.
 */
#include "buf.h"
#include "ascii.h"
#include "utf8.h"
#include "extract/html5.h"

#include <gumbo.h>
#include <libxml/HTMLtree.h>
#include <libxml/dict.h>

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- charset */

/* The charset a <meta> in the first 64 KiB names ("<meta charset=x>" or the
 * http-equiv form), copied into out; false when there is none. */
static bool meta_charset(const char *html, size_t len, char *out, size_t cap) {
  size_t n = len < 65536 ? len : 65536;
  for (size_t i = 0; i + 5 < n; i++) {
    const char *gt;
    size_t end;
    if (html[i] != '<' || !ks_mem_eq_ci(html + i + 1, "meta", 4))
      continue;
    gt = memchr(html + i, '>', n - i);
    end = gt ? (size_t)(gt - html) : n;
    for (size_t j = i + 5; j + 7 < end; j++) {
      size_t k = 0;
      if (!ks_mem_eq_ci(html + j, "charset", 7))
        continue;
      j += 7;
      while (j < end && (html[j] == ' ' || html[j] == '\t'))
        j++;
      if (j >= end || html[j] != '=')
        continue;
      j++;
      while (j < end && (html[j] == ' ' || html[j] == '"' || html[j] == '\''))
        j++;
      while (j < end && k + 1 < cap &&
             (ks_is_alnum((unsigned char)html[j]) || html[j] == '-' ||
              html[j] == '_' || html[j] == ':' || html[j] == '.'))
        out[k++] = html[j++];
      out[k] = '\0';
      if (k)
        return true;
    }
  }
  return false;
}

// Labels browsers read as another encoding (the WHATWG Encoding Standard).
static const char *browser_label(const char *label) {
  static const char *const w1252[] = {"iso-8859-1", "iso8859-1", "latin1",
                                      "l1",         "ascii",     "us-ascii",
                                      "iso_8859-1", "cp819",     "ibm819"};
  for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
    if (ks_eq_ci(label, w1252[i]))
      return "WINDOWS-1252";
  if (ks_eq_ci(label, "utf8") || ks_eq_ci(label, "unicode-1-1-utf-8"))
    return "UTF-8";
  if (ks_eq_ci(label, "x-sjis") || ks_eq_ci(label, "ms_kanji"))
    return "SHIFT_JIS";
  if (ks_eq_ci(label, "gb2312") || ks_eq_ci(label, "x-gbk"))
    return "GBK";
  return label;
}

/* Decode with iconv from code into out, each sequence it cannot read
 * becoming U+FFFD. False when iconv does not know the charset. */
static bool decode(const char *code, const char *html, size_t len,
                   struct ks_buf *out) {
  iconv_t cd = iconv_open("UTF-8", code);
  char *in = (char *)html;
  size_t left = len, step = ks_starts_ci(code, "utf-16") ? 2 : 1;
  if (cd == (iconv_t)-1)
    return false;
  ks_buf_init(out, len + len / 2 + 16);
  while (left > 0) {
    char chunk[16384], *o = chunk;
    size_t room = sizeof chunk, r = iconv(cd, &in, &left, &o, &room);
    ks_buf_put(out, chunk, (size_t)(o - chunk));
    if (r != (size_t)-1 || errno == E2BIG)
      continue;
    // An invalid or cut-short sequence: one replacement character.
    ks_buf_puts(out, "\xEF\xBF\xBD");
    if (left < step)
      break;
    in += step;
    left -= step;
  }
  {
    char chunk[64], *o = chunk;
    size_t room = sizeof chunk;
    if (iconv(cd, NULL, NULL, &o, &room) != (size_t)-1) /* shift back */
      ks_buf_put(out, chunk, (size_t)(o - chunk));
  }
  iconv_close(cd);
  return true;
}

bool ks_html_to_utf8(const char *html, size_t len, const char *encoding,
                     struct ks_buf *out, size_t *skip) {
  const unsigned char *u = (const unsigned char *)html;
  char label[64];
  const char *code = NULL;
  *skip = 0;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
    *skip = 3;
    return false;
  }
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    code = "UTF-16LE";
  else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    code = "UTF-16BE";
  if (code) {
    html += 2;
    len -= 2;
  } else if (encoding && *encoding) {
    code = encoding;
  } else if (meta_charset(html, len, label, sizeof label)) {
    code = label;
  }
  if (code) {
    code = browser_label(code);
    // A page that says UTF-16 in its own bytes was read as ASCII: it is not.
    if (ks_eq_ci(code, "utf-8") ||
        (code == label && ks_starts_ci(code, "utf-16")))
      return false;
    if (decode(code, html, len, out))
      return true;
  }
  if (ks_utf8_valid(html, len))
    return false;
  return decode("WINDOWS-1252", html, len, out);
}

/* ---------------------------------------------------------------- gumbo */

/* gumbo allocates a node, a vector or a string at a time and frees each
 * again at the end; one arena of blocks is much faster, and is let go at
 * once. */
struct arena {
  char *block;
  size_t used, size;
  char **old;
  size_t n_old, cap_old;
};

static void *arena_alloc(void *ctx, size_t n) {
  struct arena *a = ctx;
  void *p;
  n = (n + 15) & ~(size_t)15;
  if (a->used + n > a->size) {
    size_t size = a->size * 2 > n * 2 ? a->size * 2 : n * 2;
    if (a->block) {
      ks_grow(&a->old, &a->cap_old, a->n_old + 1, sizeof *a->old);
      a->old[a->n_old++] = a->block;
    }
    a->block = ks_xmalloc(size);
    a->size = size;
    a->used = 0;
  }
  p = a->block + a->used;
  a->used += n;
  return p;
}

static void arena_free(void *ctx, void *p) {
  (void)ctx;
  (void)p;
}

static void arena_release(struct arena *a) {
  for (size_t i = 0; i < a->n_old; i++)
    free(a->old[i]);
  free(a->old);
  free(a->block);
}

/* ---------------------------------------------------------------- copy */

// An element's name, lower case: gumbo's own, or the page's for unknown tags.
static const char *element_name(const GumboElement *el, char *buf, size_t cap) {
  GumboStringPiece t = el->original_tag;
  size_t n;
  if (el->tag != GUMBO_TAG_UNKNOWN)
    return gumbo_normalized_tagname(el->tag);
  gumbo_tag_from_original_text(&t);
  n = t.length < cap - 1 ? t.length : cap - 1;
  for (size_t i = 0; i < n; i++)
    buf[i] = (char)ks_to_lower((unsigned char)t.data[i]);
  buf[n] = '\0';
  return n ? buf : "span";
}

static xmlNode *copy_element(xmlDocPtr doc, const GumboElement *el) {
  char name[64];
  xmlNode *x = xmlNewDocNode(
      doc, NULL, (const xmlChar *)element_name(el, name, sizeof name), NULL);
  if (!x)
    return NULL;
  for (unsigned i = 0; i < el->attributes.length; i++) {
    const GumboAttribute *a = el->attributes.data[i];
    if (a->name && *a->name)
      xmlNewProp(x, (const xmlChar *)a->name, (const xmlChar *)a->value);
  }
  return x;
}

struct frame {
  const GumboNode *g;
  xmlNode *x;     /* where its children go */
  unsigned next;  /* the next child to copy */
  unsigned depth; /* of x */
};

static void copy_text(xmlDocPtr doc, xmlNode *parent, const GumboNode *c) {
  xmlNode *x;
  if (parent->type == XML_DOCUMENT_NODE ||
      parent->type == XML_HTML_DOCUMENT_NODE)
    return;
  x = xmlNewDocText(doc, (const xmlChar *)c->v.text.text);
  if (x)
    xmlAddChild(parent, x);
}

/* Copy gumbo's tree into doc without recursion. Past KS_HTML5_DEPTH the
 * children of an element go to its ancestor at that depth, so no later walk
 * nests deeper. Comments are left out. */
static void copy_tree(xmlDocPtr doc, const GumboNode *root) {
  struct frame *stack = NULL;
  size_t cap = 0, top = 0;
  ks_grow(&stack, &cap, 1, sizeof *stack);
  stack[0] = (struct frame){root, (xmlNode *)doc, 0, 0};
  for (;;) {
    struct frame *f = &stack[top];
    const GumboVector *kids = f->g->type == GUMBO_NODE_DOCUMENT
                                  ? &f->g->v.document.children
                                  : &f->g->v.element.children;
    const GumboNode *c;
    xmlNode *x;
    unsigned depth;
    if (f->next >= kids->length) {
      if (top == 0)
        break;
      top--;
      continue;
    }
    c = kids->data[f->next++];
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
        c->type == GUMBO_NODE_WHITESPACE) {
      copy_text(doc, f->x, c);
      continue;
    }
    if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
      continue;
    x = f->x;
    depth = f->depth;
    if (depth < KS_HTML5_DEPTH) {
      xmlNode *e = copy_element(doc, &c->v.element);
      if (e) {
        if (x->type == XML_HTML_DOCUMENT_NODE)
          xmlDocSetRootElement(doc, e);
        else
          xmlAddChild(x, e);
        x = e;
        depth++;
      }
    }
    ks_grow(&stack, &cap, top + 2, sizeof *stack);
    stack[++top] = (struct frame){c, x, 0, depth};
  }
  free(stack);
}

static const GumboOptions *options(struct arena *a, GumboOptions *o) {
  *o = kGumboDefaultOptions;
  o->allocator = arena_alloc;
  o->deallocator = arena_free;
  o->userdata = a;
  o->max_errors = 0;
  return o;
}

xmlDocPtr ks_html5_parse(const char *html, size_t len, const char *encoding,
                         const char *url) {
  struct ks_buf utf8 = KS_BUF_INIT, slim = KS_BUF_INIT;
  struct arena a = {0};
  GumboOptions opts;
  GumboOutput *g;
  xmlDocPtr doc;
  size_t skip;

  if (ks_html_to_utf8(html, len, encoding, &utf8, &skip)) {
    html = utf8.ptr;
    len = utf8.len;
  } else {
    html += skip;
    len -= skip;
  }
  ks_buf_init(&slim, len / 2 + 64);
  ks_html_slim(html, len, &slim);
  ks_buf_free(&utf8);
  a.size = slim.len * 3 + 65536;
  a.block = ks_xmalloc(a.size);
  g = gumbo_parse_with_options(options(&a, &opts), slim.ptr, slim.len);
  doc = htmlNewDocNoDtD(NULL, NULL);
  if (doc) {
    doc->dict = xmlDictCreate();
    if (url)
      doc->URL = xmlStrdup((const xmlChar *)url);
    if (g)
      copy_tree(doc, g->document);
  }
  arena_release(&a);
  ks_buf_free(&slim);
  return doc;
}
