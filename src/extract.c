/* extract.c - HTML -> ks_doc: find the article's container and keep its text.
 * SPDX-License-Identifier: MIT
 *
 * One pass indexes the element tree (pre-order, furniture left out) and
 * counts text, link text and commas per element; sums run bottom-up over the
 * index, so nothing is walked twice. Paragraph-like text then votes for its
 * ancestors (in the spirit of Readability), the best-scored container and
 * its good siblings are walked once more to emit blocks.
 */
#include "buf.h"
#include "lang/language.h"
#include "meta.h"
#include "ascii.h"
#include "utf8.h"
#include "sniff.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <stdlib.h>
#include <string.h>

enum tag {
  T_INLINE, /* unknown or phrasing element: text flows through it */
  T_A,
  T_BR,
  T_P,
  T_DIV, /* generic block container */
  T_H1,
  T_HN, /* h2..h6 */
  T_LIST,
  T_LI,
  T_QUOTE,
  T_PRE,
  T_TABLE,
  T_TR,
  T_TD,
  T_DT,
  T_BODY,
  T_ARTICLE, /* article, main */
  T_HR,
  T_IMG,
  T_DROP,      /* never article text */
  T_DROP_BLOCK /* nav, aside, header, footer, figure...: furniture */
};

// Element names to tags; sorted by name for bsearch.
struct tagname {
  const char *name;
  unsigned char tag;
};
static const struct tagname tag_names[] = {
    {"a", T_A},
    {"address", T_DIV},
    {"applet", T_DROP},
    {"area", T_DROP},
    {"article", T_ARTICLE},
    {"aside", T_DROP_BLOCK},
    {"audio", T_DROP},
    {"blockquote", T_QUOTE},
    {"body", T_BODY},
    {"br", T_BR},
    {"button", T_DROP},
    {"canvas", T_DROP},
    {"caption", T_DROP},
    {"center", T_DIV},
    {"dd", T_DT},
    {"details", T_DIV},
    {"dialog", T_DROP},
    {"dir", T_LIST},
    {"div", T_DIV},
    {"dl", T_LIST},
    {"dt", T_DT},
    {"embed", T_DROP},
    {"fieldset", T_DIV},
    {"figcaption", T_DROP},
    {"figure", T_DROP_BLOCK},
    {"footer", T_DROP_BLOCK},
    {"form", T_DIV},
    {"frame", T_DROP},
    {"h1", T_H1},
    {"h2", T_HN},
    {"h3", T_HN},
    {"h4", T_HN},
    {"h5", T_HN},
    {"h6", T_HN},
    {"head", T_DROP},
    {"header", T_DROP_BLOCK},
    {"hr", T_HR},
    {"html", T_DIV},
    {"iframe", T_DROP},
    {"img", T_IMG},
    {"input", T_DROP},
    {"label", T_DROP},
    {"legend", T_DROP},
    {"li", T_LI},
    {"link", T_DROP},
    {"main", T_ARTICLE},
    {"map", T_DROP},
    {"math", T_DROP},
    {"menu", T_DROP_BLOCK},
    {"meta", T_DROP},
    {"nav", T_DROP_BLOCK},
    {"noscript", T_DROP},
    {"object", T_DROP},
    {"ol", T_LIST},
    {"optgroup", T_DROP},
    {"option", T_DROP},
    {"p", T_P},
    {"picture", T_DROP},
    {"pre", T_PRE},
    {"script", T_DROP},
    {"section", T_DIV},
    {"select", T_DROP},
    {"source", T_DROP},
    {"style", T_DROP},
    {"summary", T_DROP},
    {"svg", T_DROP},
    {"table", T_TABLE},
    {"tbody", T_DIV},
    {"td", T_TD},
    {"template", T_DROP},
    {"textarea", T_DROP},
    {"tfoot", T_DROP},
    {"th", T_TD},
    {"thead", T_DIV},
    {"title", T_DROP},
    {"tr", T_TR},
    {"ul", T_LIST},
    {"video", T_DROP},
};

static int tagname_cmp(const void *key, const void *elt) {
  return strcmp(key, ((const struct tagname *)elt)->name);
}

static enum tag tag_of(const xmlChar *name) {
  const struct tagname *t;
  if (!name)
    return T_INLINE;
  t = bsearch(name, tag_names, sizeof tag_names / sizeof tag_names[0],
              sizeof tag_names[0], tagname_cmp);
  return t ? (enum tag)t->tag : T_INLINE;
}

// Tags that break the inline flow of text.
static bool is_block(enum tag t) {
  return t != T_INLINE && t != T_A && t != T_BR && t != T_IMG && t != T_DROP;
}

/* ---------------------------------------------------------------- hints */

enum hint_kind { H_UNLIKELY, H_NEG, H_POS, H_GUARD };

/* Class and id words. An unlikely word removes the element unless a guard
 * word is there too; short words match a whole token, long ones anywhere in
 * it ("sitefooter", "commentlist"), guards only at its start. */
struct hint {
  const char *word;
  unsigned char kind;
};
static const struct hint hints[] = {
    {"ad", H_UNLIKELY},
    {"ads", H_UNLIKELY},
    {"advert", H_UNLIKELY},
    {"adslot", H_UNLIKELY},
    {"sponsor", H_UNLIKELY},
    {"promo", H_UNLIKELY},
    {"banner", H_UNLIKELY},
    {"breadcrumb", H_UNLIKELY},
    {"comment", H_UNLIKELY},
    {"disqus", H_UNLIKELY},
    {"footer", H_UNLIKELY},
    {"header", H_UNLIKELY},
    {"masthead", H_UNLIKELY},
    {"menu", H_UNLIKELY},
    {"nav", H_UNLIKELY},
    {"navbar", H_UNLIKELY},
    {"navigation", H_UNLIKELY},
    {"related", H_UNLIKELY},
    {"sidebar", H_UNLIKELY},
    {"social", H_UNLIKELY},
    {"share", H_UNLIKELY},
    {"sharing", H_UNLIKELY},
    {"popup", H_UNLIKELY},
    {"modal", H_UNLIKELY},
    {"cookie", H_UNLIKELY},
    {"gdpr", H_UNLIKELY},
    {"consent", H_UNLIKELY},
    {"pagination", H_UNLIKELY},
    {"pager", H_UNLIKELY},
    {"newsletter", H_UNLIKELY},
    {"subscribe", H_UNLIKELY},
    {"subscription", H_UNLIKELY},
    {"signup", H_UNLIKELY},
    {"membership", H_UNLIKELY},
    {"paywall", H_UNLIKELY},
    {"outbrain", H_UNLIKELY},
    {"taboola", H_UNLIKELY},
    {"byline", H_UNLIKELY},
    {"author", H_UNLIKELY},
    {"tags", H_UNLIKELY},
    {"tag", H_UNLIKELY},
    {"taglist", H_UNLIKELY},
    {"caption", H_UNLIKELY},
    {"credit", H_UNLIKELY},
    {"toolbar", H_UNLIKELY},
    {"skip", H_UNLIKELY},
    {"recommend", H_UNLIKELY},
    {"trending", H_UNLIKELY},
    {"popular", H_UNLIKELY},
    {"readtime", H_UNLIKELY},
    {"reading", H_UNLIKELY},
    {"audio", H_UNLIKELY},
    {"login", H_UNLIKELY},
    {"print", H_UNLIKELY},
    {"rss", H_UNLIKELY},
    {"widget", H_UNLIKELY},
    {"dfp", H_UNLIKELY},
    {"cta", H_UNLIKELY},
    {"donate", H_UNLIKELY},
    {"combx", H_UNLIKELY},
    {"shoutbox", H_UNLIKELY},
    {"skyscraper", H_UNLIKELY},
    {"supplemental", H_UNLIKELY},
    {"dateline", H_NEG},
    {"meta", H_NEG},
    {"media", H_NEG},
    {"tool", H_NEG},
    {"contact", H_NEG},
    {"foot", H_NEG},
    {"scroll", H_NEG},
    {"shopping", H_NEG},
    {"extra", H_NEG},
    {"more", H_NEG},
    {"article", H_GUARD},
    {"body", H_GUARD},
    {"content", H_GUARD},
    {"main", H_GUARD},
    {"entry", H_GUARD},
    {"story", H_GUARD},
    {"text", H_GUARD},
    {"column", H_GUARD},
    {"post", H_POS},
    {"blog", H_POS},
    {"hentry", H_POS},
    {"prose", H_POS},
    {"page", H_POS},
};

struct hintset {
  bool unlikely, neg, pos, guard, hidden;
};

static bool contains(const char *hay, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (hay[i] == needle[0] && !memcmp(hay + i, needle, k))
      return true;
  return false;
}

// Classes that mean "not shown" as a whole class name, not as a word of one.
static bool hidden_class(const char *tok, size_t n) {
  static const char *const names[] = {
      "hidden",           "ishidden", "visuallyhidden", "sronly",
      "screenreadertext", "hide",     "invisible",      "offscreen"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strlen(names[i]) == n && !memcmp(names[i], tok, n))
      return true;
  return false;
}

static void hint_word(struct hintset *h, const char *w, size_t n) {
  for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
    const char *hw = hints[i].word;
    size_t k = strlen(hw);
    bool hit;
    if (hints[i].kind == H_GUARD) // "maincontent", not "incontent"
      hit = n >= k && !memcmp(w, hw, k);
    else
      hit = k < 5 ? (k == n && !memcmp(w, hw, n)) : contains(w, n, hw);
    if (!hit)
      continue;
    switch (hints[i].kind) {
    case H_UNLIKELY:
      h->unlikely = true;
      break;
    case H_NEG:
      h->neg = true;
      break;
    case H_POS:
      h->pos = true;
      break;
    default:
      h->guard = true;
      break;
    }
  }
}

/* Split an attribute value into lower-case words at anything but letters and
 * digits; also match each space-separated class as a whole (dashes dropped)
 * for the "hidden" names. */
static void hint_scan(struct hintset *h, const xmlChar *v) {
  char w[64], whole[64];
  size_t n = 0, nw = 0;
  for (const xmlChar *p = v;; p++) {
    unsigned char c = *p;
    if (ks_is_alnum(c)) {
      c = (unsigned char)ks_to_lower(c);
      if (n < sizeof w)
        w[n++] = (char)c;
      if (nw < sizeof whole)
        whole[nw++] = (char)c;
      continue;
    }
    if (n) {
      hint_word(h, w, n);
      n = 0;
    }
    if (c == 0 || c == ' ' || c == '\t' || c == '\n') {
      if (nw && hidden_class(whole, nw))
        h->hidden = true;
      nw = 0;
    }
    if (c == 0)
      break;
  }
}

static const xmlChar *attr(const xmlNode *x, const char *name) {
  for (const xmlAttr *a = x->properties; a; a = a->next)
    if (ks_eq_ci((const char *)a->name, name)) {
      if (a->children && a->children->content)
        return a->children->content;
      return (const xmlChar *)"";
    }
  return NULL;
}

// Inline styles that hide an element, with or without spaces.
static bool style_hidden(const xmlChar *s) {
  char c[128];
  size_t n = 0;
  for (; *s && n < sizeof c; s++)
    if (*s != ' ')
      c[n++] = (char)ks_to_lower(*s);
  return contains(c, n, "display:none") || contains(c, n, "visibility:hidden");
}

/* ---------------------------------------------------------------- index */

struct node {
  xmlNode *x;
  int parent, end; /* end: one past the last descendant (pre-order) */
  unsigned char tag;
  signed char weight; /* class and id hints: -25, 0, +25 */
  bool block_kids;    /* a block element among its children */
  bool block_desc;    /* a block element among its descendants */
  bool inited;
  unsigned own, own_link, own_commas; /* inline text flowing in this block */
  unsigned text, link, commas;        /* the whole subtree */
  unsigned paras, items;
  float score;
};

enum { F_UNLIKELY = 1, F_WEIGHT = 2, F_CLEAN = 4 };

struct ex {
  struct node *n;
  size_t len, cap;
  unsigned flags;
};

// Characters of text, a run of white space counting as one.
static void count_text(const xmlChar *s, unsigned *chars, unsigned *commas) {
  bool space = true;
  unsigned c = 0, k = 0;
  for (; *s; s++) {
    unsigned char b = *s;
    if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
      if (!space)
        c++;
      space = true;
      continue;
    }
    space = false;
    if ((b & 0xC0) != 0x80)
      c++;
    if (b == ',')
      k++;
  }
  *chars = c;
  *commas = k;
}

// Whether the element is furniture, judged from its tag and attributes.
static bool dropped(const struct ex *e, const xmlNode *x, enum tag t,
                    struct hintset *h) {
  const xmlChar *v;
  memset(h, 0, sizeof *h);
  if (t == T_DROP || t == T_DROP_BLOCK)
    return true;
  if (attr(x, "hidden"))
    return true;
  v = attr(x, "aria-hidden");
  if (v && ks_eq_ci((const char *)v, "true"))
    return true;
  v = attr(x, "style");
  if (v && style_hidden(v))
    return true;
  v = attr(x, "role");
  if (v && (ks_eq_ci((const char *)v, "navigation") ||
            ks_eq_ci((const char *)v, "banner") ||
            ks_eq_ci((const char *)v, "contentinfo") ||
            ks_eq_ci((const char *)v, "complementary") ||
            ks_eq_ci((const char *)v, "dialog") ||
            ks_eq_ci((const char *)v, "alert")))
    return true;
  v = attr(x, "class");
  if (v)
    hint_scan(h, v);
  v = attr(x, "id");
  if (v)
    hint_scan(h, v);
  if (h->hidden)
    return true;
  return (e->flags & F_UNLIKELY) && h->unlikely && !h->guard && t != T_BODY &&
         t != T_ARTICLE && t != T_A;
}

static void index_tree(struct ex *e, xmlNode *x, int parent, int block,
                       bool in_link) {
  for (xmlNode *c = x->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      unsigned chars, commas;
      if (!c->content || parent < 0)
        continue;
      count_text(c->content, &chars, &commas);
      e->n[parent].text += chars;
      e->n[parent].commas += commas;
      e->n[block].own += chars;
      e->n[block].own_commas += commas;
      if (in_link) {
        e->n[parent].link += chars;
        e->n[block].own_link += chars;
      }
    } else if (c->type == XML_ELEMENT_NODE) {
      enum tag t = tag_of(c->name);
      struct hintset h;
      struct node *nd;
      int i;
      if (dropped(e, c, t, &h))
        continue;
      ks_grow(&e->n, &e->cap, e->len + 1, sizeof *e->n);
      i = (int)e->len++;
      nd = &e->n[i];
      memset(nd, 0, sizeof *nd);
      nd->x = c;
      nd->parent = parent;
      nd->tag = (unsigned char)t;
      if (e->flags & F_WEIGHT)
        nd->weight = (signed char)((h.pos || h.guard ? 25 : 0) -
                                   (h.neg || h.unlikely ? 25 : 0));
      if (parent >= 0 && is_block(t))
        e->n[parent].block_kids = true;
      index_tree(e, c, i, is_block(t) || parent < 0 ? i : block,
                 in_link || t == T_A);
      e->n[i].end = (int)e->len;
    }
  }
}

// Sum the counts bottom-up: children come after their parent in the index.
static void sum_up(struct ex *e) {
  for (size_t i = e->len; i-- > 0;) {
    struct node *nd = &e->n[i];
    if (nd->tag == T_P)
      nd->paras++;
    if (nd->tag == T_LI)
      nd->items++;
    if (nd->parent >= 0) {
      struct node *p = &e->n[nd->parent];
      p->text += nd->text;
      p->link += nd->link;
      p->commas += nd->commas;
      p->paras += nd->paras;
      p->items += nd->items;
      if (is_block(nd->tag) || nd->block_desc)
        p->block_desc = true;
    }
  }
}

/* ---------------------------------------------------------------- scoring */

static float link_density(const struct node *nd) {
  return nd->text ? (float)nd->link / (float)nd->text : 0.0f;
}

static void init_candidate(struct node *nd) {
  float s = 0;
  if (nd->inited)
    return;
  nd->inited = true;
  switch (nd->tag) {
  case T_DIV:
  case T_ARTICLE:
    s = 5;
    break;
  case T_PRE:
  case T_TD:
  case T_QUOTE:
    s = 3;
    break;
  case T_LIST:
  case T_LI:
  case T_DT:
    s = -3;
    break;
  case T_H1:
  case T_HN:
    s = -5;
    break;
  default:
    break;
  }
  nd->score = s + nd->weight;
}

/* An article cut into sections (by figures, ads, sub-headings) shows up as
 * several near-best candidates: when enough of them lie under one ancestor
 * of the best, that ancestor holds the whole article. */
static int widen(const struct ex *e, int best) {
  float near = e->n[best].score * 0.75f;
  int alt[8];
  size_t n_alt = 0;
  for (size_t i = 0; i < e->len && n_alt < sizeof alt / sizeof alt[0]; i++)
    if ((int)i != best && e->n[i].inited && e->n[i].score >= near &&
        !((int)i > best && (int)i < e->n[best].end) &&
        !((int)i < best && best < e->n[i].end))
      alt[n_alt++] = (int)i;
  if (n_alt < 2)
    return best;
  for (int a = e->n[best].parent; a > 0; a = e->n[a].parent) {
    size_t inside = 0;
    for (size_t k = 0; k < n_alt; k++)
      if (alt[k] > a && alt[k] < e->n[a].end && alt[k] != a)
        inside++;
    if (inside >= 2)
      return a;
    if (e->n[a].tag == T_BODY)
      break;
  }
  return best;
}

/* Every run of paragraph text (a block's own inline text of 25 characters or
 * more) votes for the container holding it and, less, for that container's
 * ancestors. Returns the best candidate, or -1. */
static int score_tree(struct ex *e) {
  int best = -1;
  for (size_t i = 0; i < e->len; i++) {
    struct node *nd = &e->n[i];
    float s;
    int c, level = 0;
    if (nd->own < 25 || nd->tag == T_LI || nd->tag == T_H1 || nd->tag == T_HN ||
        nd->tag == T_DT)
      continue;
    if (nd->own_link * 2 > nd->own)
      continue;
    s = 1.0f + (float)nd->own_commas +
        (float)(nd->own / 100 < 3 ? nd->own / 100 : 3);
    c = nd->block_kids ? (int)i : nd->parent;
    for (; c >= 0 && level < 5; c = e->n[c].parent, level++) {
      init_candidate(&e->n[c]);
      e->n[c].score += level == 0   ? s
                       : level == 1 ? s / 2
                                    : s / (float)(level * 3);
    }
  }
  for (size_t i = 0; i < e->len; i++) {
    struct node *nd = &e->n[i];
    if (!nd->inited)
      continue;
    nd->score *= 1.0f - link_density(nd);
    if (best < 0 || nd->score > e->n[best].score)
      best = (int)i;
  }
  if (best >= 0 && e->n[best].score <= 0)
    best = -1;
  return best < 0 ? best : widen(e, best);
}

/* ---------------------------------------------------------------- output */

struct blk {
  enum ks_block_kind kind;
  size_t off, len; /* in out->text */
  bool heading_only_links;
  char lang[16]; /* from the nearest lang attribute, lower case, or "" */
};

struct out {
  struct ks_buf text, run;
  struct blk *b;
  size_t n, cap;
  enum ks_block_kind run_kind;
  unsigned run_link, run_chars;
  int brs;
  xmlNode *at; /* the element whose text the run holds */
};

/* The language an element's text is in: its own or its nearest ancestor's
 * lang (or xml:lang) attribute, lower case, into out (size 16), or "". */
static void node_lang(xmlNode *x, char *out) {
  out[0] = '\0';
  for (; x; x = x->parent) {
    xmlChar *v;
    if (x->type != XML_ELEMENT_NODE)
      continue;
    v = xmlGetProp(x, (const xmlChar *)"lang");
    if (!v)
      v = xmlGetNsProp(x, (const xmlChar *)"lang", XML_XML_NAMESPACE);
    if (v) {
      size_t n = 0;
      for (const xmlChar *c = v; *c && n < 15; c++) {
        int ch = *c;
        if (!ks_is_alnum(ch) && ch != '-' && ch != '_')
          break;
        out[n++] = (char)ks_to_lower(ch);
      }
      out[n] = '\0';
      xmlFree(v);
      return;
    }
  }
}

static void flush(struct out *o) {
  struct blk *b;
  size_t i = 0;
  while (i < o->run.len && (o->run.ptr[i] == ' ' || o->run.ptr[i] == '\n' ||
                            o->run.ptr[i] == '\t' || o->run.ptr[i] == '\r'))
    i++;
  o->brs = 0;
  if (i == o->run.len) {
    ks_buf_clear(&o->run);
    o->run_link = o->run_chars = 0;
    return;
  }
  ks_grow(&o->b, &o->cap, o->n + 1, sizeof *o->b);
  b = &o->b[o->n++];
  b->kind = o->run_kind;
  b->off = o->text.len;
  b->len = o->run.len;
  // A paragraph that is all link text is a pointer elsewhere, not prose.
  b->heading_only_links = o->run_chars && o->run_link * 10 >= o->run_chars * 9;
  node_lang(o->at, b->lang);
  ks_buf_put(&o->text, o->run.ptr, o->run.len);
  ks_buf_clear(&o->run);
  o->run_link = o->run_chars = 0;
}

/* A list is a list of links elsewhere when most of its items are nothing
 * but a link; items that go on after their link are prose. */
static bool link_list(const struct ex *e, const struct node *nd) {
  unsigned items = 0, links = 0;
  int i = (int)(nd - e->n);
  for (int k = i + 1; k < nd->end; k = e->n[k].end) {
    const struct node *it = &e->n[k];
    items++;
    if (it->text == 0 || it->link * 10 >= it->text * 7 ||
        it->text - it->link < 15)
      links++;
  }
  return items && links * 2 > items;
}

/* Readability's conditional cleaning, reduced: inside the article a
 * container goes when its hints are negative or its text is mostly links. */
static bool unwanted(const struct ex *e, const struct node *nd, bool top) {
  float ld = link_density(nd);
  if (top || !(e->flags & F_CLEAN))
    return false;
  if (nd->weight < 0)
    return true;
  if (nd->tag == T_HN && ld > 0.5f)
    return true;
  // Items and cells are judged with their list or table.
  if (nd->tag == T_P || nd->tag == T_HN || nd->tag == T_PRE ||
      nd->tag == T_LI || nd->tag == T_DT || nd->tag == T_TD)
    return false;
  if (nd->commas >= 10)
    return false;
  if (nd->tag == T_LIST)
    return link_list(e, nd);
  // A quotation (an embedded post, say) links to its source and author.
  if (nd->tag == T_QUOTE)
    return ld > 0.5f;
  if (nd->weight >= 25 ? ld > 0.5f : ld > 0.33f)
    return true;
  if (nd->tag != T_LIST && nd->tag != T_LI && nd->items > nd->paras + 3 &&
      ld > 0.2f)
    return true;
  return false;
}

static void emit(struct ex *e, struct out *o, int i, enum ks_block_kind kind,
                 bool top);

static void put_text(struct out *o, const xmlChar *s, bool in_link) {
  size_t n = strlen((const char *)s);
  unsigned chars, commas;
  count_text(s, &chars, &commas);
  if (chars && o->brs)
    o->brs = 0;
  o->run_chars += chars;
  if (in_link)
    o->run_link += chars;
  ks_buf_put(&o->run, s, n);
}

/* Walk the children of element i, gathering inline text into the current
 * run; a block child or two <br> in a row end the run. */
static void emit_children(struct ex *e, struct out *o, int i,
                          enum ks_block_kind kind, bool in_link) {
  int k = i + 1;
  for (xmlNode *c = e->n[i].x->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content)
        put_text(o, c->content, in_link);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE)
      continue;
    // The index holds the kept elements in document order: the next kept
    // child sits at k, so a child not found there was dropped.
    if (k >= e->n[i].end || e->n[k].x != c)
      continue;
    {
      struct node *nd = &e->n[k];
      if (nd->tag == T_BR) {
        if (++o->brs >= 2) {
          flush(o);
        } else {
          ks_buf_putc(&o->run, ' ');
        }
      } else if (!is_block(nd->tag) && !nd->block_desc) {
        emit_children(e, o, k, kind, in_link || nd->tag == T_A);
      } else {
        enum ks_block_kind save = o->run_kind;
        flush(o);
        emit(e, o, k, kind, false);
        o->run_kind = save;
      }
      k = nd->end;
    }
  }
}

static void emit(struct ex *e, struct out *o, int i, enum ks_block_kind kind,
                 bool top) {
  struct node *nd = &e->n[i];
  enum tag t = (enum tag)nd->tag;
  if (unwanted(e, nd, top) || t == T_H1)
    return;
  if (t == T_HN)
    kind = KS_BLOCK_HEADING;
  else if (t == T_LI || t == T_DT)
    kind = kind == KS_BLOCK_QUOTE ? kind : KS_BLOCK_ITEM;
  else if (t == T_QUOTE)
    kind = KS_BLOCK_QUOTE;
  else if (t == T_P && kind == KS_BLOCK_HEADING)
    kind = KS_BLOCK_PARAGRAPH;
  flush(o);
  {
    xmlNode *save = o->at;
    o->at = nd->x;
    o->run_kind = kind;
    emit_children(e, o, i, kind, t == T_A);
    o->run_kind = kind;
    flush(o);
    o->at = save;
  }
}

// Whether the element's text reads as a sentence: it has a full stop.
static bool ends_sentence(xmlNode *x) {
  xmlChar *c = xmlNodeGetContent(x);
  bool yes = false;
  if (c) {
    size_t n = strlen((const char *)c);
    while (n && (c[n - 1] == ' ' || c[n - 1] == '\n' || c[n - 1] == '\t'))
      n--;
    yes = (n && c[n - 1] == '.') || strstr((const char *)c, ". ") != NULL;
    xmlFree(c);
  }
  return yes;
}

/* Siblings of the top candidate that belong to the article too: well scored
 * containers, and plain paragraphs of prose. */
static bool good_sibling(const struct ex *e, int top, int s) {
  const struct node *t = &e->n[top], *nd = &e->n[s];
  float need = t->score * 0.2f;
  float ld = link_density(nd);
  if (s == top)
    return true;
  if (need < 10)
    need = 10;
  if (nd->inited && nd->score >= need)
    return true;
  if (nd->tag == T_P || (!nd->block_desc && nd->tag != T_HN &&
                         nd->tag != T_H1 && nd->tag != T_LIST)) {
    if (nd->text > 80 && ld < 0.25f)
      return true;
    return nd->tag == T_P && nd->text >= 20 && ld == 0 && ends_sentence(nd->x);
  }
  return false;
}

// Same element name and same class attribute.
static bool same_kind(const struct node *a, const struct node *b) {
  const xmlChar *ca = attr(a->x, "class"), *cb = attr(b->x, "class");
  return a->tag == b->tag && ca && cb && *ca &&
         !strcmp((const char *)a->x->name, (const char *)b->x->name) &&
         !strcmp((const char *)ca, (const char *)cb);
}

static void emit_group(struct ex *e, struct out *o, int top) {
  int parent = e->n[top].parent;
  if (parent < 0) {
    emit(e, o, top, KS_BLOCK_PARAGRAPH, true);
    return;
  }
  for (int s = parent + 1; s < e->n[parent].end; s = e->n[s].end)
    if (good_sibling(e, top, s))
      emit(e, o, s, KS_BLOCK_PARAGRAPH, s == top);
}

/* The top candidate with its good siblings; then the other parts of a body
 * cut into sections that repeat the top's element and class, in document
 * order. */
static void emit_article(struct ex *e, struct out *o, int top) {
  int parent = e->n[top].parent;
  int lo = parent < 0 ? top : parent, hi = e->n[lo].end;
  float need = e->n[top].score * 0.2f;
  bool done = false;
  if (need < 10)
    need = 10;
  for (int i = 1; i < (int)e->len; i++) {
    if (i >= lo && i < hi) {
      if (!done)
        emit_group(e, o, top);
      done = true;
      i = hi - 1;
      continue;
    }
    if (i < lo && e->n[i].end >= hi)
      continue; /* an ancestor of the top candidate */
    if (e->n[i].inited && e->n[i].score >= need && e->n[i].text >= 200 &&
        link_density(&e->n[i]) < 0.3f && same_kind(&e->n[i], &e->n[top])) {
      emit(e, o, i, KS_BLOCK_PARAGRAPH, true);
      i = e->n[i].end - 1;
    }
  }
  if (!done)
    emit_group(e, o, top);
}

/* ---------------------------------------------------------------- driver */

static void out_free(struct out *o) {
  ks_buf_free(&o->text);
  ks_buf_free(&o->run);
  free(o->b);
  memset(o, 0, sizeof *o);
}

// Characters of body text in o, as a length to compare attempts by.
static size_t out_chars(const struct out *o) {
  size_t n = 0;
  for (size_t i = 0; i < o->n; i++)
    if (o->b[i].kind != KS_BLOCK_HEADING)
      n += o->b[i].len;
  return n;
}

static void extract_with(xmlNode *root, unsigned flags, struct out *o) {
  struct ex e = {0};
  int top;
  e.flags = flags;
  ks_grow(&e.n, &e.cap, 1, sizeof *e.n);
  memset(&e.n[0], 0, sizeof e.n[0]);
  e.n[0].x = root;
  e.n[0].parent = -1;
  e.n[0].tag = T_DIV;
  e.len = 1;
  index_tree(&e, root, 0, 0, false);
  e.n[0].end = (int)e.len;
  sum_up(&e);
  top = score_tree(&e);
  if (top >= 0)
    emit_article(&e, o, top);
  free(e.n);
}

/* Drop what should not be spoken from the list: link-only paragraphs at the
 * edges, and headings left with no text under them. */
static void tidy(struct out *o) {
  size_t w = 0;
  for (size_t i = 0; i < o->n; i++) {
    struct blk *b = &o->b[i];
    if (b->heading_only_links && b->kind != KS_BLOCK_ITEM)
      continue;
    if (b->kind == KS_BLOCK_HEADING &&
        (i + 1 == o->n || o->b[i + 1].kind == KS_BLOCK_HEADING))
      continue;
    o->b[w++] = *b;
  }
  o->n = w;
  while (o->n && o->b[o->n - 1].kind == KS_BLOCK_HEADING)
    o->n--;
}

// Paragraphs of a JSON-LD articleBody: split at blank lines, else at lines.
static void body_from_text(struct out *o, const struct ks_buf *t) {
  const char *p = t->ptr, *end = t->ptr + t->len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl)
      nl = end;
    o->run_kind = KS_BLOCK_PARAGRAPH;
    ks_buf_put(&o->run, p, (size_t)(nl - p));
    flush(o);
    p = nl < end ? nl + 1 : end;
  }
}

// A page cut short may end inside a sequence; that still counts as UTF-8.
static bool valid_utf8(const char *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t k = ks_utf8_decode(p + i, n - i, &cp);
    if (cp == KS_UTF8_BAD && i + k < n)
      return false;
    i += k;
  }
  return true;
}

/* The charset to hand libxml2 when the HTTP header gave none. libxml2 honours
 * a BOM and a meta charset itself; without either, valid UTF-8 is UTF-8 and
 * anything else is taken as Windows-1252, as browsers do. */
static const char *guess_encoding(const char *html, size_t len) {
  size_t n = len < 65536 ? len : 65536;
  if (len >= 2 &&
      (((unsigned char)html[0] == 0xFF && (unsigned char)html[1] == 0xFE) ||
       ((unsigned char)html[0] == 0xFE && (unsigned char)html[1] == 0xFF)))
    return NULL;
  if (len >= 3 && !memcmp(html, "\xEF\xBB\xBF", 3))
    return "UTF-8";
  for (size_t i = 0; i + 8 <= n; i++)
    if ((html[i] | 32) == 'c' && (html[i + 1] | 32) == 'h' &&
        (html[i + 2] | 32) == 'a' && (html[i + 3] | 32) == 'r' &&
        (html[i + 4] | 32) == 's' && (html[i + 5] | 32) == 'e' &&
        (html[i + 6] | 32) == 't')
      return NULL;
  return valid_utf8(html, len) ? "UTF-8" : "windows-1252";
}

// Nothing but white space (after a UTF-8 byte-order mark) is no page at all.
static bool blank(const char *p, size_t n) {
  size_t i = n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3) ? 3 : 0;
  for (; i < n; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' &&
        p[i] != '\f' && p[i] != '\v')
      return false;
  return true;
}

// In UTF-16 and UTF-32 text NUL bytes are normal.
static bool wide_encoding(const char *enc) {
  static const char *const wide[] = {"utf-16", "utf-32", "ucs-2",
                                     "ucs-4",  "ucs2",   "ucs4"};
  for (size_t i = 0; enc && i < sizeof wide / sizeof wide[0]; i++)
    if (ks_starts_ci(enc, wide[i]))
      return true;
  return false;
}

static void quiet_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr e) {
  (void)ctx;
  (void)e;
}

/* The library never prints, but libxml2 reports some faults (an encoding
 * error while converting the input) through its global handlers, which write
 * to stderr whatever the parse options say. Silence them for the parse and
 * put back what the program had. */
static htmlDocPtr parse_quietly(const char *html, size_t len, const char *url,
                                const char *encoding) {
  xmlGenericErrorFunc generic = xmlGenericError;
  void *generic_ctx = xmlGenericErrorContext;
  xmlStructuredErrorFunc structured = xmlStructuredError;
  void *structured_ctx = xmlStructuredErrorContext;
  htmlDocPtr xd;

  xmlSetGenericErrorFunc(NULL, quiet_generic);
  xmlSetStructuredErrorFunc(NULL, quiet_structured);
  xd = htmlReadMemory(html, (int)len, url, encoding,
                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                          HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  xmlSetGenericErrorFunc(generic_ctx, generic);
  xmlSetStructuredErrorFunc(structured_ctx, structured);
  return xd;
}

enum ks_status ks_extract(const char *html, size_t len, const char *encoding,
                          const char *url, struct ks_doc *doc,
                          struct ks_error *err) {
  static const unsigned attempts[] = {F_UNLIKELY | F_WEIGHT | F_CLEAN,
                                      F_WEIGHT | F_CLEAN, F_CLEAN, 0};
  struct ks_buf ld_body = KS_BUF_INIT;
  struct out best = {0};
  htmlDocPtr xd;
  xmlNode *root;
  size_t best_chars = 0;
  const char *what;

  if (len > KS_MAX_PAGE || len > 0x7FFFFFFF)
    return ks_error_set(err, KS_ERR_HTML, "page too large (%zu bytes)", len);
  if (blank(html, len))
    return ks_error_set(err, KS_ERR_NO_TEXT, "no article text found");
  // A file or standard input has no type to go by: the bytes tell.
  what = wide_encoding(encoding) ? NULL : ks_sniff_binary(html, len);
  if (what)
    return ks_error_set(err, KS_ERR_HTML, "not a web page (%s)", what);
  if (!encoding || !*encoding)
    encoding = guess_encoding(html, len);
  xd = parse_quietly(html, len, url, encoding);
  if (!xd) {
    const xmlError *xe = xmlGetLastError();
    return ks_error_set(err, KS_ERR_HTML, "cannot parse HTML: %s",
                        xe && xe->message ? xe->message : "unknown error");
  }
  root = xmlDocGetRootElement(xd);
  ks_meta_read(xd, url, doc, &ld_body);
  /* Strict first; when that keeps too little, relax the rules the way
   * Readability retries. */
  for (size_t a = 0; root && a < sizeof attempts / sizeof attempts[0]; a++) {
    struct out o = {0};
    size_t chars;
    extract_with(root, attempts[a], &o);
    tidy(&o);
    chars = out_chars(&o);
    // A relaxed pass must do much better: on a short page it only brings
    // furniture back.
    if (chars > best_chars * 2) {
      out_free(&best);
      best = o;
      best_chars = chars;
    } else {
      out_free(&o);
    }
    if (best_chars >= 500)
      break;
  }
  if (best_chars * 2 < ld_body.len && ld_body.len > 0) {
    out_free(&best);
    body_from_text(&best, &ld_body);
  }
  for (size_t i = 0; i < best.n; i++) {
    size_t before = doc->n_blocks;
    if (!ks_doc_add_block(doc, best.b[i].kind, best.text.ptr + best.b[i].off,
                          best.b[i].len))
      break;
    if (doc->n_blocks > before && best.b[i].lang[0] && doc->language.len &&
        !ks_same_language(best.b[i].lang, doc->language.ptr))
      memcpy(doc->blocks[before].lang, best.b[i].lang,
             sizeof doc->blocks[before].lang);
  }
  out_free(&best);
  ks_buf_free(&ld_body);
  xmlFreeDoc(xd);
  if (doc->n_blocks == 0)
    return ks_error_set(err, KS_ERR_NO_TEXT, "no article text found");
  return KS_OK;
}
