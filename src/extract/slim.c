/* slim.c - a page cut down to what extraction reads, before it is parsed.
 * SPDX-License-Identifier: MIT
 *
 * The HTML5 parser reads a page a character at a time, and half of a page's
 * bytes are scripts, styles, comments, attributes nobody reads and the
 * indentation of its markup. This pass follows the HTML5 tokenizer's states
 * just far enough (tags and their attributes, comments, raw text and RCDATA
 * elements, foreign content) to drop those bytes without changing the tree
 * the parser then builds from what is left.
 */
#include "buf.h"
#include "ascii.h"
#include "extract/html5.h"

#include <string.h>

struct slim {
  const char *s;
  size_t n;
  struct ks_buf *out;
  unsigned pre;     /* open pre or listing elements: white space kept */
  unsigned foreign; /* open svg or math elements: no raw text there */
};

// White space as HTML counts it (no vertical tab).
static bool html_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool name_is(const char *p, size_t n, const char *name) {
  return strlen(name) == n && ks_mem_eq_ci(p, name, n);
}

// What a tag is to this pass (bits).
enum {
  K_SCRIPT = 1,    /* raw text, kept only for JSON-LD */
  K_EMPTIED = 2,   /* raw text, dropped: extraction drops the element */
  K_VERBATIM = 4,  /* raw text or RCDATA, kept as it is */
  K_PLAINTEXT = 8, /* the rest of the page is text */
  K_PRE = 16,      /* white space kept inside */
  K_FOREIGN = 32,  /* svg, math: foreign content */
  K_BREAKOUT = 64, /* ends foreign content */
  K_BARE = 128,    /* extraction drops it: no attribute but type (and a
                      field's readonly) is kept */
  K_NO_HREF = 256, /* its href is not read */
  K_IMAGE = 512    /* only its alt and title are read (captions) */
};

struct kind {
  const char *name;
  unsigned kind;
};

// Sorted by name for bsearch.
static const struct kind kinds[] = {
    {"a", K_NO_HREF},
    {"area", K_BARE},
    {"b", K_BREAKOUT},
    {"big", K_BREAKOUT},
    {"blockquote", K_BREAKOUT},
    {"body", K_BREAKOUT},
    {"br", K_BREAKOUT | K_BARE},
    {"button", K_BARE},
    {"center", K_BREAKOUT},
    {"circle", K_BARE},
    {"code", K_BREAKOUT},
    {"dd", K_BREAKOUT},
    {"div", K_BREAKOUT},
    {"dl", K_BREAKOUT},
    {"dt", K_BREAKOUT},
    {"em", K_BREAKOUT},
    {"embed", K_BREAKOUT | K_BARE},
    {"g", K_BARE},
    {"h1", K_BREAKOUT},
    {"h2", K_BREAKOUT},
    {"h3", K_BREAKOUT},
    {"h4", K_BREAKOUT},
    {"h5", K_BREAKOUT},
    {"h6", K_BREAKOUT},
    {"head", K_BREAKOUT},
    {"hr", K_BREAKOUT | K_BARE},
    {"i", K_BREAKOUT},
    {"iframe", K_EMPTIED},
    {"img", K_BREAKOUT | K_IMAGE},
    {"input", K_BARE},
    {"li", K_BREAKOUT},
    {"line", K_BARE},
    {"listing", K_BREAKOUT | K_PRE},
    {"math", K_FOREIGN},
    {"menu", K_BREAKOUT},
    {"meta", K_BREAKOUT},
    {"nobr", K_BREAKOUT},
    {"noembed", K_EMPTIED},
    {"noframes", K_EMPTIED},
    {"noscript", K_EMPTIED},
    {"ol", K_BREAKOUT},
    {"option", K_BARE},
    {"p", K_BREAKOUT},
    {"path", K_BARE},
    {"plaintext", K_PLAINTEXT},
    {"polygon", K_BARE},
    {"pre", K_BREAKOUT | K_PRE},
    {"rect", K_BARE},
    {"ruby", K_BREAKOUT},
    {"s", K_BREAKOUT},
    {"script", K_SCRIPT},
    {"select", K_BARE},
    {"small", K_BREAKOUT},
    {"source", K_BARE},
    {"span", K_BREAKOUT},
    {"strike", K_BREAKOUT},
    {"strong", K_BREAKOUT},
    {"style", K_EMPTIED},
    {"sub", K_BREAKOUT},
    {"sup", K_BREAKOUT},
    {"svg", K_FOREIGN | K_BARE},
    {"symbol", K_BARE},
    {"table", K_BREAKOUT},
    {"textarea", K_VERBATIM},
    {"title", K_VERBATIM},
    {"track", K_BARE},
    {"tt", K_BREAKOUT},
    {"u", K_BREAKOUT},
    {"ul", K_BREAKOUT},
    {"use", K_BARE},
    {"var", K_BREAKOUT},
    {"wbr", K_BARE},
    {"xmp", K_VERBATIM},
};

// The attributes that extraction and metadata read, sorted.
static const char *const kept_attrs[] = {
    "aria-hidden", "aria-modal", "charset",        "class",
    "colspan",     "content",    "data-component", "data-cy",
    "data-module", "data-qa",    "data-testid",    "data-widget",
    "datetime",    "hidden",     "href",           "http-equiv",
    "id",          "inert",      "itemprop",       "itemtype",
    "lang",        "name",       "open",           "property",
    "rel",         "role",       "style",          "type",
    "typeof",      "xml:lang"};

// The name at p (n bytes) in lower case into buf (size 16), or false.
static bool lower_name(const char *p, size_t n, char *buf) {
  if (n == 0 || n > 15)
    return false;
  for (size_t i = 0; i < n; i++)
    buf[i] = (char)ks_to_lower((unsigned char)p[i]);
  buf[n] = '\0';
  return true;
}

static int kind_cmp(const void *key, const void *elt) {
  return strcmp(key, ((const struct kind *)elt)->name);
}

static int str_cmp(const void *key, const void *elt) {
  return strcmp(key, *(const char *const *)elt);
}

static unsigned kind_of(const char *p, size_t n) {
  char buf[16];
  const struct kind *k;
  if (!lower_name(p, n, buf))
    return 0;
  k = bsearch(buf, kinds, sizeof kinds / sizeof kinds[0], sizeof kinds[0],
              kind_cmp);
  return k ? k->kind : 0;
}

// Whether the attribute is read by extraction on an element of this kind.
static bool kept_attr(const char *p, size_t n, unsigned kind) {
  char buf[16];
  if (!lower_name(p, n, buf))
    return false;
  if (kind & K_BARE) /* a field's "readonly" too: no field to fill in */
    return !strcmp(buf, "type") || !strcmp(buf, "readonly");
  if (kind & K_IMAGE)
    return !strcmp(buf, "alt") || !strcmp(buf, "title");
  if ((kind & K_NO_HREF) && !strcmp(buf, "href"))
    return false;
  return bsearch(buf, kept_attrs, sizeof kept_attrs / sizeof kept_attrs[0],
                 sizeof kept_attrs[0], str_cmp) != NULL;
}

/* Where the end tag </name> starts at or after i (a name followed by white
 * space, '/' or '>'), or n. */
static size_t find_end_tag(const struct slim *sl, size_t i, const char *name,
                           size_t k) {
  while (i < sl->n) {
    const char *lt = memchr(sl->s + i, '<', sl->n - i);
    size_t j;
    if (!lt)
      return sl->n;
    j = (size_t)(lt - sl->s);
    if (j + 2 + k < sl->n && sl->s[j + 1] == '/' &&
        ks_mem_eq_ci(sl->s + j + 2, name, k) &&
        (html_space(sl->s[j + 2 + k]) || sl->s[j + 2 + k] == '/' ||
         sl->s[j + 2 + k] == '>'))
      return j;
    i = j + 1;
  }
  return sl->n;
}

/* Read the attributes of a tag from i (just after its name) to its '>',
 * copying the ones kept for a tag of this kind when copy is set. Returns the
 * index after the '>', or 0 when the page ends inside the tag (which then never
 * was). *self is set when the tag ends "/>". */
static size_t read_attrs(struct slim *sl, size_t i, bool copy, unsigned kind,
                         bool *self) {
  const char *s = sl->s;
  size_t n = sl->n;
  *self = false;
  while (i < n) {
    size_t name, name_end, end;
    if (html_space(s[i])) {
      i++;
      continue;
    }
    if (s[i] == '>')
      return i + 1;
    if (s[i] == '/') {
      *self = i + 1 < n && s[i + 1] == '>';
      i++;
      continue;
    }
    *self = false;
    // A name runs to white space, '/', '>' or '=' (but may start with '=').
    name = i++;
    while (i < n && !html_space(s[i]) && s[i] != '/' && s[i] != '>' &&
           s[i] != '=')
      i++;
    name_end = i;
    end = i;
    {
      size_t j = i;
      while (j < n && html_space(s[j]))
        j++;
      if (j < n && s[j] == '=') {
        j++;
        while (j < n && html_space(s[j]))
          j++;
        if (j < n && (s[j] == '"' || s[j] == '\'')) {
          const char *q = memchr(s + j + 1, s[j], n - j - 1);
          if (!q)
            return 0;
          j = (size_t)(q - s) + 1;
        } else {
          while (j < n && !html_space(s[j]) && s[j] != '>')
            j++;
        }
        end = j;
        i = j;
      }
    }
    if (copy && kept_attr(s + name, name_end - name, kind)) {
      ks_buf_putc(sl->out, ' ');
      ks_buf_put(sl->out, s + name, end - name);
    }
  }
  return 0;
}

// Skip a comment starting at i ("<!--"); returns the index after it.
static size_t skip_comment(const struct slim *sl, size_t i) {
  const char *s = sl->s;
  size_t n = sl->n, j = i + 4;
  if (j < n && s[j] == '>')
    return j + 1; /* <!--> */
  if (j + 1 < n && s[j] == '-' && s[j + 1] == '>')
    return j + 2; /* <!---> */
  for (; j + 2 < n; j++)
    if (s[j] == '-' && s[j + 1] == '-') {
      if (s[j + 2] == '>')
        return j + 3;
      if (j + 3 < n && s[j + 2] == '!' && s[j + 3] == '>')
        return j + 4;
    }
  return n;
}

// Skip a bogus comment (<?...>, <!...>, </ ...>) to its '>'.
static size_t skip_bogus(const struct slim *sl, size_t i) {
  const char *gt = memchr(sl->s + i, '>', sl->n - i);
  return gt ? (size_t)(gt - sl->s) + 1 : sl->n;
}

// Whether a script's type attribute says JSON-LD (read in the tag's bytes).
static bool json_ld(const char *tag, size_t n) {
  static const char want[] = "ld+json";
  for (size_t i = 0; i + sizeof want - 1 <= n; i++)
    if (ks_mem_eq_ci(tag + i, want, sizeof want - 1))
      return true;
  return false;
}

// Where the next tag starts ("<a", "</a", "<!") at or after i, or n.
static size_t next_tag(const struct slim *sl, size_t i) {
  for (;;) {
    const char *lt = memchr(sl->s + i, '<', sl->n - i);
    size_t j;
    if (!lt)
      return sl->n;
    j = (size_t)(lt - sl->s);
    if (j + 2 < sl->n &&
        (ks_is_alpha((unsigned char)sl->s[j + 1]) || sl->s[j + 1] == '!' ||
         (sl->s[j + 1] == '/' && ks_is_alpha((unsigned char)sl->s[j + 2]))))
      return j;
    i = j + 1;
  }
}

/* The text of a raw text element after its start tag, to its end tag: kept
 * or dropped, then the end tag written. Returns the index after it.
 *
 * By the HTML5 rules an element that is never closed holds the rest of the
 * page, and a browser shows a blank page; such pages are broken, but their
 * article is still there to read. Here the element ends where the next tag
 * starts, as older parsers end it, and a title keeps only its first line. */
static size_t raw_text(struct slim *sl, size_t i, const char *name, size_t k,
                       bool keep) {
  size_t end = find_end_tag(sl, i, name, k), next = end;
  bool self;
  if (end == sl->n) {
    end = next = next_tag(sl, i);
    if (name_is(name, k, "title")) {
      while (i < end && html_space(sl->s[i]))
        i++;
      for (size_t j = i; j < end; j++)
        if (sl->s[j] == '\n' || sl->s[j] == '\r') {
          end = j;
          break;
        }
    }
  }
  if (keep)
    ks_buf_put(sl->out, sl->s + i, end - i);
  ks_buf_put(sl->out, "</", 2);
  ks_buf_put(sl->out, name, k);
  ks_buf_putc(sl->out, '>');
  if (next == sl->n || next + 2 + k > sl->n || sl->s[next + 1] != '/' ||
      !ks_mem_eq_ci(sl->s + next + 2, name, k))
    return next;
  next = read_attrs(sl, next + 2 + k, false, 0, &self);
  return next ? next : sl->n;
}

static size_t start_tag(struct slim *sl, size_t i) {
  const char *s = sl->s;
  size_t n = sl->n, name = i + 1, j = name, start = sl->out->len, k;
  unsigned kind;
  bool self;
  while (j < n && !html_space(s[j]) && s[j] != '/' && s[j] != '>')
    j++;
  k = j - name;
  kind = kind_of(s + name, k);
  ks_buf_put(sl->out, s + i, j - i);
  j = read_attrs(sl, j, true, kind, &self);
  if (!j) {
    ks_buf_truncate(sl->out, start); /* the page ended inside the tag */
    return n;
  }
  ks_buf_puts(sl->out, self ? "/>" : ">");
  if (sl->foreign) {
    if (kind & K_BREAKOUT)
      sl->foreign = 0;
    else if (!self && (kind & K_FOREIGN))
      sl->foreign++;
    if (sl->foreign)
      return j;
  }
  if (kind & K_SCRIPT)
    return raw_text(sl, j, s + name, k, json_ld(s + i, j - i));
  if (kind & K_EMPTIED)
    return raw_text(sl, j, s + name, k, false);
  if (kind & K_VERBATIM)
    return raw_text(sl, j, s + name, k, true);
  if (kind & K_PLAINTEXT) {
    ks_buf_put(sl->out, s + j, n - j);
    return n;
  }
  if (kind & K_PRE)
    sl->pre++;
  else if (!self && (kind & K_FOREIGN))
    sl->foreign++;
  return j;
}

static size_t end_tag(struct slim *sl, size_t i) {
  const char *s = sl->s;
  size_t n = sl->n, name = i + 2, j = name, k;
  unsigned kind;
  bool self;
  while (j < n && !html_space(s[j]) && s[j] != '/' && s[j] != '>')
    j++;
  k = j - name;
  j = read_attrs(sl, j, false, 0, &self);
  if (!j)
    return n;
  ks_buf_put(sl->out, s + i, name + k - i);
  ks_buf_putc(sl->out, '>');
  kind = kind_of(s + name, k);
  if ((kind & K_PRE) && sl->pre)
    sl->pre--;
  else if ((kind & K_FOREIGN) && sl->foreign)
    sl->foreign--;
  return j;
}

// A markup declaration: "<!" then a comment, a doctype, CDATA or bogus.
static size_t declaration(struct slim *sl, size_t i) {
  const char *s = sl->s;
  size_t n = sl->n;
  if (i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-')
    return skip_comment(sl, i);
  if (i + 9 <= n && ks_mem_eq_ci(s + i + 2, "doctype", 7)) {
    size_t j = skip_bogus(sl, i);
    ks_buf_put(sl->out, s + i, j - i);
    return j;
  }
  if (sl->foreign && i + 9 <= n && !memcmp(s + i + 2, "[CDATA[", 7)) {
    for (size_t j = i + 9; j + 2 < n; j++)
      if (s[j] == ']' && s[j + 1] == ']' && s[j + 2] == '>')
        return j + 3;
    return n;
  }
  return skip_bogus(sl, i);
}

static size_t markup(struct slim *sl, size_t i) {
  const char *s = sl->s;
  size_t n = sl->n;
  if (i + 1 >= n) {
    ks_buf_putc(sl->out, '<');
    return n;
  }
  if (ks_is_alpha((unsigned char)s[i + 1]))
    return start_tag(sl, i);
  if (s[i + 1] == '/') {
    if (i + 2 < n && ks_is_alpha((unsigned char)s[i + 2]))
      return end_tag(sl, i);
    if (i + 2 < n && s[i + 2] == '>')
      return i + 3; /* </> is ignored */
    return i + 2 < n ? skip_bogus(sl, i) : n;
  }
  if (s[i + 1] == '!')
    return declaration(sl, i);
  if (s[i + 1] == '?')
    return skip_bogus(sl, i);
  ks_buf_putc(sl->out, '<');
  return i + 1;
}

void ks_html_slim(const char *html, size_t len, struct ks_buf *out) {
  struct slim sl = {html, len, out, 0, 0};
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    if (html[i] == '<') {
      i = markup(&sl, i);
      continue;
    }
    if (html_space(html[i]) && !sl.pre) {
      bool nl = false;
      for (; j < len && html_space(html[j]); j++)
        nl = nl || html[j] == '\n';
      ks_buf_putc(out, nl ? '\n' : ' ');
      i = j;
      continue;
    }
    // Text runs on through single spaces between words.
    while (j < len && html[j] != '<' &&
           (sl.pre || !html_space(html[j]) ||
            (html[j] == ' ' && j + 1 < len && !html_space(html[j + 1]))))
      j++;
    ks_buf_put(out, html + i, j - i);
    i = j;
  }
}
