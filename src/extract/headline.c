/* headline.c - the headline printed just before a story.
 * SPDX-License-Identifier: MIT
 *
 * Written here: no library finds a headline by where it stands. The walk
 * goes back from the story's first paragraph in document order, gathering
 * the text of each block (the nearest element that is not inline) as one
 * line, and stops at the first line that reads as a headline.
 */
#include "extract/headline.h"
#include "ascii.h"
#include "meta.h"

#include <string.h>

#define MAX_LINES 12
#define MAX_STEPS 600

/* Elements that flow inside a line of text. */
static bool inline_tag(const xmlChar *name) {
  static const char *const tags[] = {
      "a",    "abbr", "b",    "big", "cite",  "code", "em",
      "font", "i",    "q",    "s",   "small", "span", "strong",
      "sub",  "sup",  "time", "tt",  "u",     "mark", "nobr"};
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
    if (ks_eq_ci((const char *)name, tags[i]))
      return true;
  return false;
}

/* Elements whose text is never a line of the page. */
static bool hidden_tag(const xmlChar *name) {
  static const char *const tags[] = {"script", "style",   "noscript", "select",
                                     "option", "button",  "textarea", "title",
                                     "head",   "template"};
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
    if (ks_eq_ci((const char *)name, tags[i]))
      return true;
  return false;
}

/* The node before x in document order: the last descendant of the
 * previous sibling, or the parent. */
static xmlNode *before(xmlNode *x) {
  if (x->prev) {
    x = x->prev;
    while (x->type == XML_ELEMENT_NODE && x->last)
      x = x->last;
    return x;
  }
  return x->parent;
}

static bool is_ancestor(const xmlNode *a, const xmlNode *x) {
  for (; x; x = x->parent)
    if (x == a)
      return true;
  return false;
}

/* The line a text node belongs to: its nearest ancestor that is not
 * inline; NULL inside an element whose text is not shown. */
static xmlNode *line_of(xmlNode *t) {
  xmlNode *b = NULL;
  for (xmlNode *x = t->parent; x && x->type == XML_ELEMENT_NODE;
       x = x->parent) {
    if (hidden_tag(x->name))
      return NULL;
    if (!b && !inline_tag(x->name))
      b = x;
  }
  return b;
}

/* text[0..n) with runs of white space (a no-break space too) made one
 * space, put before what out holds; *lead says whether out's text began
 * with white space, and is set to whether text[0..n) did. */
static void prepend(struct ks_buf *out, bool *lead, const char *text,
                    size_t n) {
  struct ks_buf t = KS_BUF_INIT;
  bool space = false, first_space = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)text[i];
    if (ks_is_space(c) ||
        (c == 0xC2 && i + 1 < n && (unsigned char)text[i + 1] == 0xA0)) {
      i += c == 0xC2;
      space = true;
      first_space = first_space || t.len == 0;
      continue;
    }
    if (space && t.len)
      ks_buf_putc(&t, ' ');
    space = false;
    ks_buf_putc(&t, (char)c);
  }
  if (t.len && out->len && (space || *lead))
    ks_buf_putc(&t, ' ');
  if (t.len)
    *lead = first_space;
  ks_buf_put(&t, out->ptr, out->len);
  ks_buf_clear(out);
  ks_buf_put(out, t.ptr, t.len);
  ks_buf_free(&t);
}

/* Whether p[0..n) opens with w as a word (any case); w ending in '*'
 * opens any word ("advertis*": advertisement, advertising). */
static bool opens_with(const char *p, size_t n, const char *w) {
  size_t k = strlen(w);
  bool prefix = k && w[k - 1] == '*';
  if (prefix)
    k--;
  return n >= k && ks_mem_eq_ci(p, w, k) &&
         (prefix || n == k || !ks_is_alpha((unsigned char)p[k]) ||
          !ks_is_alpha((unsigned char)w[k - 1]));
}

/* Whether the line p[0..n) reads as a headline; *n may be cut to drop a
 * time stamp after " @ " ("Classy Hewitt wins @ Tuesday 15 January"). */
static bool headline_like(const char *p, size_t *np) {
  static const char *const openers[] = {
      "by ",     "posted",    "updated", "published", "click", "\xC2\xA9",
      "(c)",     "copyright", "photo",   "image",     "share", "advertis*",
      "related", "read ",     "e-mail",  "email",     "print", "home",
      "more ",   "see ",      "follow",  "subscribe", "sign ", "log ",
      "filed ",  "source",    "credit"};
  size_t n = *np, words = 0, long_words = 0, letters = 0, digits = 0, lower = 0,
         run = 0;
  for (size_t i = 0; i + 2 < n; i++)
    if (p[i] == ' ' && p[i + 1] == '@' && p[i + 2] == ' ') {
      n = i;
      break;
    }
  while (n && (p[n - 1] == ' ' || p[n - 1] == '-'))
    n--;
  if (n < 15 || n > 200)
    return false;
  if (strchr(".,:;", p[n - 1]))
    return false;
  for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
    if (opens_with(p, n, openers[i]))
      return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c == '|' || c == '>' || c == '<' || c == '/' ||
        (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xBB))
      return false; /* a path, a list of links, "»" */
    if (ks_is_alpha(c)) {
      letters++;
      lower += ks_is_lower(c);
      run++;
    } else {
      if (run >= 4)
        long_words++;
      run = 0;
      digits += ks_is_digit(c);
    }
    if (c == ' ' || i == 0)
      words++;
  }
  if (run >= 4)
    long_words++;
  if (words < 3 || words > 25 || long_words < 2 || digits * 4 > letters ||
      (!lower && memchr(p, '(', n)))
    return false; /* "NEW YORK (AFP)": a dateline */
  {
    /* "NEWCASTLE, England (AP)": a dateline, a city in capitals and a
     * comma; or a line that ends in an agency's credit */
    size_t k = 0;
    while (k < n && (ks_is_upper((unsigned char)p[k]) || p[k] == ' ' ||
                     p[k] == '.' || p[k] == '-'))
      k++;
    if (k >= 3 && k < n && p[k] == ',')
      return false;
    if (p[n - 1] == ')') {
      const char *o = p + n - 1;
      while (o > p && *o != '(')
        o--;
      bool caps = o > p;
      for (const char *c = o + 1; c < p + n - 1 && caps; c++)
        caps = !ks_is_lower((unsigned char)*c);
      if (caps)
        return false;
    }
  }
  *np = n;
  return true;
}

bool ks_headline_reads(const char *p, size_t n) {
  size_t k = n;
  return headline_like(p, &k) && k == n;
}

/* The line gathered so far, ended: into out when it reads as a
 * headline (true then), else cleared. */
static bool end_line(struct ks_buf *line, bool *lead, int *lines,
                     struct ks_buf *out) {
  size_t k = line->len;
  if (!k)
    return false;
  (*lines)++;
  if (headline_like(line->ptr, &k)) {
    ks_buf_put(out, line->ptr, k);
    return true;
  }
  ks_buf_clear(line);
  *lead = false;
  return false;
}

void ks_headline_before(xmlNode *first, struct ks_buf *out) {
  struct ks_buf line = KS_BUF_INIT;
  xmlNode *cur = NULL;
  bool lead = false, found = false;
  int lines = 0, steps = 0;
  ks_buf_clear(out);
  if (!first)
    return;
  for (xmlNode *x = before(first);
       x && !found && steps < MAX_STEPS && lines < MAX_LINES;
       x = before(x), steps++) {
    xmlNode *b;
    if (x->type == XML_ELEMENT_NODE && ks_eq_ci((const char *)x->name, "br")) {
      found = end_line(&line, &lead, &lines, out); /* a line ends there */
      cur = NULL;
      continue;
    }
    if (x->type != XML_TEXT_NODE || !x->content || !(b = line_of(x)))
      continue;
    if (is_ancestor(b, first))
      b = x; /* a text beside the story's own: a line of its own */
    if (b != cur && (found = end_line(&line, &lead, &lines, out)))
      break;
    cur = b;
    prepend(&line, &lead, (const char *)x->content,
            strlen((const char *)x->content));
  }
  if (!found && lines < MAX_LINES)
    end_line(&line, &lead, &lines, out);
  ks_buf_free(&line);
}

/* Words no headline is known by. */
static bool common(const char *w, size_t n) {
  static const char *const words[] = {
      "about", "after", "again", "also", "been",  "before", "being", "from",
      "have",  "into",  "more",  "news", "over",  "said",   "says",  "than",
      "that",  "their", "them",  "then", "there", "they",   "this",  "were",
      "what",  "when",  "will",  "with", "would", "year",   "your"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == n && ks_mem_eq_ci(w, words[i], n))
      return true;
  return false;
}

/* Whether b[0..bn) holds the word w[0..wn) whole, case aside. */
static bool holds_word(const char *b, size_t bn, const char *w, size_t wn) {
  for (size_t i = 0; i + wn <= bn; i++)
    if (ks_mem_eq_ci(b + i, w, wn) &&
        (i == 0 || !ks_is_alpha((unsigned char)b[i - 1])) &&
        (i + wn == bn || !ks_is_alpha((unsigned char)b[i + wn])))
      return true;
  return false;
}

/* Whether a word of four letters or more of a[0..an), not a common one,
 * is in b[0..bn). */
static bool shares_word(const char *a, size_t an, const char *b, size_t bn) {
  for (size_t i = 0; i < an;) {
    size_t k = i;
    while (k < an && ks_is_alpha((unsigned char)a[k]))
      k++;
    if (k - i >= 4 && !common(a + i, k - i) && holds_word(b, bn, a + i, k - i))
      return true;
    i = k > i ? k : i + 1;
  }
  return false;
}

bool ks_headline_better(const char *cand, size_t cand_len, const char *title,
                        size_t title_len, const char *lead, size_t lead_len) {
  if (!cand_len || !shares_word(cand, cand_len, lead, lead_len))
    return false;
  if (!title_len)
    return true;
  return !shares_word(title, title_len, lead, lead_len) &&
         !shares_word(title, title_len, cand, cand_len);
}

void ks_headline_title_part(const char *title, size_t n, const char *lead,
                            size_t lead_len, struct ks_buf *out) {
  size_t at = 0, parts = 0;
  ks_buf_clear(out);
  if (!title)
    return;
  while (at < n) {
    size_t end = n, next = n;
    for (size_t k = 0; k < KS_N_TITLE_SEPS; k++) {
      const char *sep = ks_title_seps[k];
      size_t m = strlen(sep);
      for (size_t i = at; i + m <= end; i++)
        if (!memcmp(title + i, sep, m)) {
          end = i;
          next = i + m;
          break;
        }
    }
    parts++;
    if (!out->len) {
      size_t words = 1;
      bool small = false;
      for (size_t i = at; i < end; i++)
        if (title[i] == ' ') {
          words++;
          small = small ||
                  (i + 1 < end && ks_is_lower((unsigned char)title[i + 1]));
        }
      /* not a site's tagline: "Leading News Resource of Pakistan" */
      if (words >= 3 && small && !holds_word(title + at, end - at, "News", 4) &&
          shares_word(title + at, end - at, lead, lead_len))
        ks_buf_put(out, title + at, end - at);
    }
    at = next;
  }
  if (parts < 2)
    ks_buf_clear(out);
}
