/* meta.c - article metadata from JSON-LD, OpenGraph, meta tags and markup.
 * SPDX-License-Identifier: MIT
 *
 * One walk over the tree notes the first of each kind of evidence; then each
 * field takes the most trustworthy source present: the JSON-LD article
 * object first (the publisher's own structured data), then OpenGraph and
 * meta tags, then the visible markup.
 */
#include "buf.h"
#include "meta.h"
#include "ascii.h"
#include "url.h"

#include <cjson/cJSON.h>
#include <libxml/uri.h>

#include <stdlib.h>
#include <string.h>

#define MAX_LD 8
#define MAX_REL 8
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_TIMES 32
#define MAX_BYLINES 8

struct seen {
  const xmlChar *og_title, *og_site, *og_url, *og_locale, *og_published;
  const xmlChar *og_modified;
  const xmlChar *tw_title, *app_name, *content_lang, *meta_date;
  const xmlChar *og_desc, *meta_desc, *tw_desc; /* the page's summary */
  const xmlChar *authors[MAX_REL];
  size_t n_authors;
  const xmlChar *canonical, *html_lang, *time_dt, *item_date;
  xmlNode *title, *h1;
  xmlNode *times[MAX_TIMES];
  size_t n_times;
  xmlNode *dated[MAX_TIMES]; /* class or id of a date: "post-date" */
  size_t n_dated;
  xmlNode *bylines[MAX_BYLINES]; /* "By Jane Roe, Health reporter" */
  size_t n_bylines;
  xmlNode *credits[MAX_BYLINES]; /* class="author": names, not a line */
  size_t n_credits;
  xmlNode *rel_author[MAX_REL];
  size_t n_rel;
  xmlNode *item_author[MAX_REL]; /* itemprop="author" in the page */
  size_t n_item_author;
  cJSON *ld[MAX_LD];
  size_t n_ld;
};

static const xmlChar *get(const xmlNode *x, const char *name) {
  for (const xmlAttr *a = x->properties; a; a = a->next)
    if (ks_eq_ci((const char *)a->name, name))
      return a->children && a->children->content ? a->children->content
                                                 : (const xmlChar *)"";
  return NULL;
}

static bool empty(const xmlChar *s) {
  if (!s)
    return true;
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

// Keep the first non-empty value seen for a field.
static void first(const xmlChar **slot, const xmlChar *v) {
  if (!*slot && !empty(v))
    *slot = v;
}

static bool looks_like_url(const char *s) {
  return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) ||
         !strncmp(s, "//", 2);
}

static void on_meta(struct seen *s, const xmlNode *x) {
  const xmlChar *key = get(x, "property"), *v = get(x, "content");
  const char *k;
  if (!key)
    key = get(x, "name");
  if (!key) {
    key = get(x, "http-equiv");
    if (key && ks_eq_ci((const char *)key, "content-language"))
      first(&s->content_lang, v);
    key = get(x, "itemprop");
    if (key && ks_eq_ci((const char *)key, "datepublished"))
      first(&s->item_date, v);
    return;
  }
  if (!v)
    return;
  k = (const char *)key;
  if (ks_eq_ci(k, "og:title"))
    first(&s->og_title, v);
  else if (ks_eq_ci(k, "twitter:title"))
    first(&s->tw_title, v);
  else if (ks_eq_ci(k, "og:description"))
    first(&s->og_desc, v);
  else if (ks_eq_ci(k, "description"))
    first(&s->meta_desc, v);
  else if (ks_eq_ci(k, "twitter:description"))
    first(&s->tw_desc, v);
  else if (ks_eq_ci(k, "og:site_name"))
    first(&s->og_site, v);
  else if (ks_eq_ci(k, "application-name"))
    first(&s->app_name, v);
  else if (ks_eq_ci(k, "og:url"))
    first(&s->og_url, v);
  else if (ks_eq_ci(k, "og:locale"))
    first(&s->og_locale, v);
  else if (ks_eq_ci(k, "article:published_time"))
    first(&s->og_published, v);
  else if (ks_eq_ci(k, "article:modified_time"))
    first(&s->og_modified, v);
  else if (ks_eq_ci(k, "date") || ks_eq_ci(k, "pubdate") ||
           ks_eq_ci(k, "publishdate") || ks_eq_ci(k, "dc.date.issued") ||
           ks_eq_ci(k, "parsely-pub-date") || ks_eq_ci(k, "sailthru.date"))
    first(&s->meta_date, v);
  else if ((ks_eq_ci(k, "author") || ks_eq_ci(k, "article:author") ||
            ks_eq_ci(k, "parsely-author") || ks_eq_ci(k, "sailthru.author") ||
            ks_eq_ci(k, "dc.creator")) &&
           !empty(v) && !looks_like_url((const char *)v) &&
           s->n_authors < MAX_REL)
    s->authors[s->n_authors++] = v;
}

// Whether a space-separated attribute value holds word (lower case).
static bool has_word(const xmlChar *v, const char *word) {
  size_t k = strlen(word);
  const char *p = (const char *)v;
  while (p && *p) {
    size_t n = 0;
    while (*p == ' ')
      p++;
    while (p[n] && p[n] != ' ')
      n++;
    if (n == k) {
      size_t i = 0;
      while (i < n && ks_to_lower((unsigned char)p[i]) == word[i])
        i++;
      if (i == n)
        return true;
    }
    p += n;
  }
  return false;
}

static void on_ld(struct seen *s, xmlNode *x) {
  xmlChar *c;
  if (s->n_ld >= MAX_LD)
    return;
  c = xmlNodeGetContent(x);
  if (!c)
    return;
  s->ld[s->n_ld] =
      cJSON_ParseWithLength((const char *)c, strlen((const char *)c));
  if (s->ld[s->n_ld])
    s->n_ld++;
  xmlFree(c);
}

/* Whether the class, id or itemprop v has a part of parts (as
 * names_date splits them). */
static bool names_part(const xmlChar *v, const char *const *parts,
                       size_t n_parts) {
  const char *p = (const char *)v;
  if (!p)
    return false;
  while (*p) {
    size_t n = 0;
    while (p[n] && !strchr("-_ ", p[n]) &&
           !(n > 0 && ks_is_lower((unsigned char)p[n - 1]) &&
             ks_is_upper((unsigned char)p[n])))
      n++;
    for (size_t i = 0; n && i < n_parts; i++)
      if (strlen(parts[i]) == n && ks_mem_eq_ci(p, parts[i], n))
        return true;
    p += n;
    p += *p && strchr("-_ ", *p) ? 1 : 0;
  }
  return false;
}

/* An <h1> that names the site, not the story: its class or a parent's
 * within three levels calls it the site's title or logo ("<h1
 * class="site-title">" in the masthead, round 38, from set AW; not a
 * "masthead", which a story's header may be called too); a later <h1> is
 * then the headline. */
static bool site_heading(const xmlNode *x) {
  static const char *const parts[] = {"brand", "branding", "logo",
                                      "sitename"};
  static const char *const sites[] = {"site"};
  static const char *const titles[] = {"name", "title"};
  for (int k = 0; x && x->type == XML_ELEMENT_NODE && k < 4;
       k++, x = x->parent) {
    const xmlChar *v = get(x, "class");
    if (names_part(v, parts, N_OF(parts)) ||
        (names_part(v, sites, N_OF(sites)) &&
         names_part(v, titles, N_OF(titles))))
      return true;
  }
  return false;
}

/* The element x sits in a reader's comment: a parent within six levels,
 * inside the page's body, main or article, whose class or id names a
 * comment ("comment-metadata", "commentlist"), or an article of its own
 * whose class's first word is a comment's ("comment js-comment"). */
static bool in_comment(const xmlNode *x) {
  static const char *const parts[] = {"comment", "comments", "commentlist",
                                      "disqus"};
  const xmlNode *a = x->parent;
  for (int k = 0; a && a->type == XML_ELEMENT_NODE && k < 6;
       k++, a = a->parent) {
    const char *t = (const char *)a->name;
    if (!strcmp(t, "body") || !strcmp(t, "main") || !strcmp(t, "html"))
      return false;
    /* "<article class="comment js-comment">": a comment's own article,
     * its class's first word a comment's (not a story's "post
     * has-comments") */
    if (!strcmp(t, "article")) {
      const xmlChar *v = get(a, "class");
      size_t first = 0;
      while (v && v[first] && !ks_is_space(v[first]))
        first++;
      for (size_t i = 0; v && i < N_OF(parts); i++)
        if (first == strlen(parts[i]) &&
            !strncmp((const char *)v, parts[i], first))
          return true;
      return false;
    }
    if (names_part(get(a, "class"), parts, N_OF(parts)) ||
        names_part(get(a, "id"), parts, N_OF(parts)))
      return true;
  }
  return false;
}

/* A heading under x (h2 to h4; a story's own h1 may link to itself) whose
 * words are a link, or a link that holds one: another story's card
 * ("<h2><a href>Power Rankings</a></h2>"). */
static bool link_heading(const xmlNode *x, bool in_link, int depth) {
  for (const xmlNode *c = x->children; c && depth < 8; c = c->next) {
    const char *n = (const char *)c->name;
    bool link;
    if (c->type != XML_ELEMENT_NODE)
      continue;
    link = in_link || !strcmp(n, "a");
    if (n[0] == 'h' && n[1] >= '2' && n[1] <= '4' && !n[2]) {
      if (link)
        return true;
      for (const xmlNode *k = c->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !strcmp((const char *)k->name, "a"))
          return true;
      continue;
    }
    if (link_heading(c, link, depth + 1))
      return true;
  }
  return false;
}

/* x sits in another story's card in a list of them beside this one: the
 * nearest <article> or <li> within six levels is short and holds a linked
 * heading (a feed's "Power Rankings ... Marc Stein"). */
static bool in_other_stories(const xmlNode *x) {
  const xmlNode *a = x->parent;
  for (int k = 0; a && a->type == XML_ELEMENT_NODE && k < 6;
       k++, a = a->parent) {
    const char *n = (const char *)a->name;
    if (!strcmp(n, "article") || !strcmp(n, "li")) {
      xmlChar *c;
      bool card = link_heading(a, false, 0);
      if (card && (c = xmlNodeGetContent(a)) != NULL) {
        card = strlen((const char *)c) < 600; /* not the story itself */
        xmlFree(c);
      }
      return card;
    }
  }
  return false;
}

/* A class or an id that names a date line: "post-date", "timestamp",
 * "posted-on", "published". */
static bool names_date(const xmlChar *v) {
  static const char *const parts[] = {
      "createdate", /* an old table's "<td class=createdate>" */
      "date",   "dateline",  "datepublished", "datetime",    "dt",
      "posted", "pubdate",   "publish",       "publishdate", "published",
      "time",   "timestamp", "updated"};
  /* whole parts: "post-date", "entry_date", "publishedDate"; not
   * "timeline", "publisher", "candidate" */
  return names_part(v, parts, N_OF(parts));
}

/* A class that names a subtitle in two parts: "td-post-sub-title",
 * "entry_sub_title", and in camel case "Page-subHeadline", "subTitle". */
static bool sub_title(const xmlChar *v) {
  static const char *const seconds[] = {"headline", "title"};
  const char *c = (const char *)v;
  for (; c && *c; c++) {
    const char *d = c + 3;
    /* "sub" opens a word: first, after a separator, or "Sub" after a
     * small letter ("storySubTitle") */
    if (!(!strncmp(c, "sub", 3) &&
          (c == (const char *)v || strchr("-_ ", c[-1]))) &&
        !(!strncmp(c, "Sub", 3) &&
          (c == (const char *)v || strchr("-_ ", c[-1]) ||
           ks_is_lower((unsigned char)c[-1]))))
      continue;
    if (*d == '-' || *d == '_')
      d++;
    else if (!ks_is_upper((unsigned char)*d))
      continue; /* "subtitle" whole is names_part's */
    for (size_t i = 0; i < sizeof seconds / sizeof seconds[0]; i++) {
      size_t k = strlen(seconds[i]);
      if (ks_mem_eq_ci(d, seconds[i], k) && (!d[k] || strchr("-_ ", d[k])))
        return true;
    }
  }
  return false;
}

/* A class, id or itemprop that names an article's standfirst: "article__
 * standfirst", "story__deck", "synopsis", itemprop "description". */
static bool names_dek(const xmlNode *x) {
  static const char *const parts[] = {"alternativeheadline",
                                      "chapo", /* French CMSs' chapô */
                                      "deck",
                                      "dek",
                                      "excerpt",
                                      "intro",
                                      "lede",
                                      "standfirst",
                                      "strap",
                                      "strapline",
                                      "subheadline",
                                      "subhed",
                                      "subtitle",
                                      "summary",
                                      "synopsis"};
  /* "description" only as the item's property: a gallery's or an image's
   * class says it too */
  static const char *const props[] = {"description"};
  /* a paragraph that is a BEM element named "lead" ("ce-art__lead"), the
   * class token's last part ("lead-image" is a picture, "promo-lead" a
   * box) */
  const char *c = (const char *)get(x, "class");
  for (const char *l = c && !strcmp((const char *)x->name, "p")
                           ? strstr(c, "__lead")
                           : NULL;
       l; l = strstr(l + 1, "__lead"))
    if (l > c && (l[6] == '\0' || l[6] == ' '))
      return true;
  return names_part(get(x, "class"), parts, N_OF(parts)) ||
         sub_title(get(x, "class")) ||
         names_part(get(x, "id"), parts, N_OF(parts)) ||
         names_part(get(x, "data-testid"), parts, N_OF(parts)) ||
         names_part(get(x, "itemprop"), parts, N_OF(parts)) ||
         names_part(get(x, "itemprop"), props, N_OF(props));
}

/* The length of a credit's verb and its "by" opening c ("Written by ",
 * "Posted by "), or 0. */
static size_t credit_by(const char *c) {
  /* (and the Nordic papers' label, "Text: Henna Pesonen  Photos: ...") */
  static const char *const verbs[] = {"Posted by ", "Reported by ", "Story by ",
                                      "Text: ",     "Words by ",    "Written by "};
  for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
    if (ks_mem_eq_ci(c, verbs[i], strlen(verbs[i])))
      return strlen(verbs[i]);
  return 0;
}

static bool opens_by(const xmlNode *x);

/* x's words open "By " and a link follows at once, the paragraph short:
 * "<p>By <a>Jane Roe</a>, Nairobi</p>". */
static bool by_link(const xmlNode *x) {
  const xmlNode *t = x->children, *a;
  xmlChar *c;
  bool ok;
  while (t && t->type == XML_TEXT_NODE && t->content &&
         !*(const char *)t->content)
    t = t->next;
  if (!t || t->type != XML_TEXT_NODE || !t->content)
    return false;
  a = t->next;
  if (!a || a->type != XML_ELEMENT_NODE || strcmp((const char *)a->name, "a"))
    return false;
  const char *b = (const char *)t->content;
  while (ks_is_space((unsigned char)*b))
    b++;
  if (!((b[0] == 'B' || b[0] == 'b') && b[1] == 'y' && b[2] == ' '))
    return false;
  for (b += 3; ks_is_space((unsigned char)*b); b++)
    ;
  if (*b)
    return false; /* "By Friday, <a>the council</a> ..." */
  /* and after the link a comma, "in", "and" or nothing: not "By <a>Donald
   * Trump</a>'s own account, ..." */
  if (a->next && a->next->type == XML_TEXT_NODE && a->next->content) {
    const char *r = (const char *)a->next->content;
    if (!(*r == '\0' || *r == ',' || !strncmp(r, " in ", 4) ||
          !strncmp(r, " and", 4) || ks_is_space((unsigned char)*r)))
      return false;
    while (ks_is_space((unsigned char)*r))
      r++;
    if (*r && *r != ',' && strncmp(r, "in ", 3) && strncmp(r, "and", 3))
      return false;
  }
  c = xmlNodeGetContent(x);
  ok = c && strlen((const char *)c) <= 120;
  xmlFree(c);
  return ok;
}

/* An element whose class names its author and whose short text credits
 * someone ("<p class="author">16th Jan 2008, 09:28am by <a>Damien
 * McFerran</a>.</p>", "<li class="author">Written by ..."). */
static bool credit_line(const xmlNode *x) {
  static const char *const parts[] = {"author", "byline"};
  const xmlChar *cl = get(x, "class");
  xmlChar *c;
  bool ok = false;
  if (!cl || !names_part(cl, parts, N_OF(parts)))
    return false;
  if ((c = xmlNodeGetContent(x)) != NULL) {
    size_t len = strlen((const char *)c);
    const char *t = (const char *)c;
    while (ks_is_space((unsigned char)*t))
      t++;
    ok = len <= 120 && (credit_by(t) > 0 || (ks_is_digit((unsigned char)*t) &&
                                             strstr(t, " by ") != NULL));
    /* or a name alone, two to four capitalised words, its outlet in
     * brackets after it: "Paul Meller (IDG News Service)" */
    if (!ok && len <= 80 && !strstr(t, "http") && !strchr(t, '@')) {
      /* not a box's label: "Search Site", "Author", "More Posts" */
      static const char *const labels[] = {
          "About",  "All",   "Author", "Authors", "Contact", "Email",
          "Follow", "More",  "Posts",  "Profile", "Search",  "Share",
          "Site",   "Staff", "Story",  "This",    "View"};
      size_t words = 0;
      bool names = true, joined = false;
      for (const char *w = t; *w && *w != '(' && names;) {
        const char *e = w;
        if (ks_is_space((unsigned char)*w)) {
          w++;
          continue;
        }
        while (*e && !ks_is_space((unsigned char)*e))
          e++;
        /* "Tim MacMahon and Marc Spears": two names joined */
        if (e - w == 3 && !memcmp(w, "and", 3) && words >= 2 && !joined) {
          joined = true;
          w = e;
          continue;
        }
        names = ks_is_upper((unsigned char)*w);
        for (size_t i = 0; i < N_OF(labels) && names; i++)
          names = !((size_t)(e - w) == strlen(labels[i]) &&
                    !memcmp(w, labels[i], (size_t)(e - w)));
        words++;
        w = e;
      }
      ok = names && words >= 2 && words <= (joined ? 6 : 4);
    }
    xmlFree(c);
  }
  return ok;
}

/* The first letters of x's text, white space left out, into w (cap
 * bytes, *k of them so far; one more than fits marks "more"): it stops
 * when w is full, so an element holding a whole page is not read. */
static void first_letters(const xmlNode *x, char *w, size_t cap, size_t *k) {
  for (const xmlNode *c = x->children; c && *k < cap - 1; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      for (const xmlChar *q = c->content; *q && *k < cap - 1; q++)
        if (!ks_is_space(*q))
          w[(*k)++] = (char)*q;
    } else if (c->type == XML_ELEMENT_NODE) {
      first_letters(c, w, cap, k);
    }
  }
}

/* The element's first words are "By " or a credit's verb and "by": a
 * byline's. */
static bool opens_by(const xmlNode *x) {
  for (const xmlNode *t = x->children; t; t = t->next) {
    const char *c;
    /* a picture before it, an element with no words (the writer's
     * avatar), or "By" in an element of its own with the names after it
     * ("<span class="by">By </span><a>Jane Roe</a>") */
    if (t->type == XML_ELEMENT_NODE) {
      /* (its first few letters only: an element that holds the whole
       * story must cost nothing here) */
      char w[8];
      size_t k = 0;
      const char *q = w;
      bool none, by;
      first_letters(t, w, sizeof w, &k);
      w[k] = '\0';
      none = k == 0;
      by = k >= 2 && k <= 3 && (q[0] == 'B' || q[0] == 'b') && q[1] == 'y' &&
           (k == 2 || q[2] == ':');
      if (by)
        return t->next != NULL;
      if (none)
        continue;
      return false;
    }
    if (t->type != XML_TEXT_NODE || !t->content)
      return false;
    c = (const char *)t->content;
    while (ks_is_space((unsigned char)*c))
      c++;
    if (*c)
      return ((c[0] == 'B' || c[0] == 'b') && c[1] == 'y' && c[2] == ' ') ||
             credit_by(c) > 0;
  }
  return false;
}

static void walk(struct seen *s, xmlNode *x) {
  for (xmlNode *c = x->children; c; c = c->next) {
    const char *n;
    const xmlChar *v;
    if (c->type != XML_ELEMENT_NODE || !c->name)
      continue;
    n = (const char *)c->name;
    if (!strcmp(n, "meta")) {
      on_meta(s, c);
    } else if (!strcmp(n, "link")) {
      v = get(c, "rel");
      if (v && has_word(v, "canonical"))
        first(&s->canonical, get(c, "href"));
    } else if (!strcmp(n, "script")) {
      v = get(c, "type");
      if (v && ks_eq_ci((const char *)v, "application/ld+json"))
        on_ld(s, c);
      continue;
    } else if (!strcmp(n, "style") || !strcmp(n, "noscript") ||
               !strcmp(n, "template")) {
      continue;
    } else if (!strcmp(n, "title")) {
      if (!s->title)
        s->title = c;
      continue;
    } else if (!strcmp(n, "h1")) {
      if (!s->h1 || (site_heading(s->h1) && !site_heading(c)))
        s->h1 = c;
    } else if (!strcmp(n, "time")) {
      v = get(c, "datetime");
      if (in_comment(c))
        continue; /* a reader's comment's time */
      if (v && ks_is_digit(v[0]))
        first(&s->time_dt, v);
      if (s->n_times < MAX_TIMES)
        s->times[s->n_times++] = c;
    } else if (s->n_dated < MAX_TIMES &&
               (names_date(get(c, "class")) || names_date(get(c, "id")) ||
                names_date(get(c, "itemprop"))) && /* "datePublished" */
               !in_comment(c)) { /* "comment__time": a reader's */
      s->dated[s->n_dated++] = c;
    }
    v = get(c, "itemprop");
    if (v && has_word(v, "datepublished")) {
      first(&s->item_date, get(c, "content"));
      first(&s->item_date, get(c, "datetime"));
    }
    v = get(c, "itemprop");
    if (v && has_word(v, "author") && strcmp(n, "meta") && strcmp(n, "link") &&
        s->n_item_author < MAX_REL)
      s->item_author[s->n_item_author++] = c;
    /* RDFa, as Drupal writes it: a person's name ("<span
     * typeof="schema:Person" property="schema:name">"), the date created
     * or published ("property="schema:dateCreated" content="2025-...") */
    v = get(c, "property");
    if (v && strcmp(n, "meta")) {
      const xmlChar *ty = get(c, "typeof");
      if ((has_word(v, "schema:datepublished") ||
           has_word(v, "schema:datecreated")) && !in_comment(c)) {
        first(&s->item_date, get(c, "content"));
        first(&s->item_date, get(c, "datetime"));
      } else if (has_word(v, "schema:name") && ty &&
                 has_word(ty, "schema:person") && !in_comment(c) &&
                 !in_other_stories(c) && s->n_item_author < MAX_REL) {
        s->item_author[s->n_item_author++] = c;
      }
    }
    v = get(c, "rel");
    if (v && has_word(v, "author") && strcmp(n, "link") && s->n_rel < MAX_REL) {
      s->rel_author[s->n_rel++] = c;
      if (s->n_bylines < MAX_BYLINES && c->parent &&
          c->parent->type == XML_ELEMENT_NODE)
        s->bylines[s->n_bylines++] = c->parent;
    }
    /* (not a reader's comment's: "<div class="comment-author">"; a
     * paragraph only where a link follows its "By": "<p>By <a>Beatriz
     * Assunção</a>, Rio de Janeiro</p>", not "<p>By Friday, ...") */
    if (s->n_bylines < MAX_BYLINES &&
        (strcmp(n, "p") || by_link(c)) && opens_by(c) &&
        !in_other_stories(c) && !in_comment(c))
      s->bylines[s->n_bylines++] = c; /* not a paragraph: "By Friday, ..." */
    else if (s->n_credits < MAX_BYLINES && credit_line(c) &&
             !in_other_stories(c) && !in_comment(c))
      s->credits[s->n_credits++] = c;
    walk(s, c);
  }
}

/* ---------------------------------------------------------------- JSON-LD */

static const char *jstr(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) && v->valuestring ? v->valuestring : NULL;
}

static bool ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), k = strlen(tail);
  return n >= k && !memcmp(s + n - k, tail, k);
}

static int type_rank(const char *t) {
  if (ends_with(t, "Article") || ends_with(t, "Posting") ||
      !strcmp(t, "Report"))
    return 3;
  if (ends_with(t, "WebPage") || !strcmp(t, "ItemPage"))
    return 1;
  return 0;
}

// How much an object looks like the article's own description.
static int article_rank(const cJSON *o) {
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "@type");
  int r = 0;
  if (cJSON_IsString(t)) {
    r = type_rank(t->valuestring);
  } else if (cJSON_IsArray(t)) {
    const cJSON *e;
    cJSON_ArrayForEach(e, t) {
      if (cJSON_IsString(e) && type_rank(e->valuestring) > r)
        r = type_rank(e->valuestring);
    }
  }
  if (r == 1 && !jstr(o, "headline"))
    r = 0;
  if (r == 0 && jstr(o, "headline") && jstr(o, "datePublished"))
    r = 2;
  return r;
}

static void find_article(const cJSON *j, int depth, const cJSON **best,
                         int *rank) {
  const cJSON *e;
  if (!j || depth > 6)
    return;
  if (cJSON_IsObject(j)) {
    int r = article_rank(j);
    if (r > *rank) {
      *rank = r;
      *best = j;
    }
    find_article(cJSON_GetObjectItemCaseSensitive(j, "@graph"), depth + 1, best,
                 rank);
    find_article(cJSON_GetObjectItemCaseSensitive(j, "mainEntity"), depth + 1,
                 best, rank);
  } else if (cJSON_IsArray(j)) {
    cJSON_ArrayForEach(e, j) find_article(e, depth + 1, best, rank);
  }
}

/* ---------------------------------------------------------------- fields */

static void trim(const char **p, size_t *n) {
  while (*n && (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')) {
    (*p)++;
    (*n)--;
  }
  while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t' ||
                (*p)[*n - 1] == '\n' || (*p)[*n - 1] == '\r'))
    (*n)--;
}

// Metadata is cleaned as block text is: one line, valid UTF-8.
static void set(struct ks_buf *b, const char *s, size_t n) {
  ks_doc_set_text(b, s, n);
}

static bool starts_ci(const char *s, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && ks_mem_eq_ci(s, pre, k);
}

static bool has_letter(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (ks_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC0)
      return true;
  return false;
}

/* A byline's part that is the writer's job or degrees, not a name: "AP
 * Auto Writer", "Staff Reporter", "Chief Political Correspondent", "MS,
 * RDN". */
static bool job_title(const char *s, size_t n) {
  static const char *const jobs[] = {
      "columnist", "contributor",  "correspondent", "critic",   "editor",
      "editors",   "photographer", "producer",      "reporter", "reporters",
      "staff",     "writer",       "writers"};
  const char *w = s + n;
  bool letters = true;
  size_t run = 0;
  while (w > s && w[-1] != ' ')
    w--;
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++)
    if (strlen(jobs[k]) == (size_t)(s + n - w) &&
        ks_mem_eq_ci(w, jobs[k], (size_t)(s + n - w)))
      return true;
  /* a writer's degrees after the name: "MS, RDN", "R.D.N." (words of two
   * to four capitals with a comma or stops between them; not a name in
   * capitals, "TOM HAYS", or an agency's alone, "PTI") */
  for (size_t i = 0; i <= n && letters; i++) {
    if (i < n && ks_is_upper((unsigned char)s[i])) {
      run++;
    } else if (i == n || s[i] == ' ' || s[i] == ',') {
      letters = run == 0 ? i > 0 && (s[i - 1] == ',' || s[i - 1] == '.')
                         : run >= 2 && run <= 4;
      run = 0;
    } else if (s[i] != '.') {
      letters = false;
    }
  }
  return letters && (memchr(s, ',', n) || memchr(s, '.', n));
}

/* A name in capitals ("TOM KRISHER", "SEÁN O'BRIEN") is a name, not
 * letters to spell: each word gets a capital and small letters after it
 * ("Tom Krisher", "Seán O'Brien"); a letter after a stop, an apostrophe
 * or a hyphen keeps its capital ("J.R. SMITH" is "J.R. Smith"). A name
 * with any small letter is left as written. */
static void add_author_cased(struct ks_doc *doc, const char *s, size_t n) {
  char *c;
  bool upper = false, small = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char u = (unsigned char)s[i];
    small = small || ks_is_lower(u) ||
            (u == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x9F);
    upper = upper || (ks_is_upper(u) && i + 1 < n &&
                      ks_is_upper((unsigned char)s[i + 1]));
  }
  /* letters beyond Latin-1 ("DVOŘÁK", "WAŁĘSA"): as written */
  for (size_t i = 0; i < n && !small; i++)
    small = (unsigned char)s[i] >= 0xC4 && (unsigned char)s[i] <= 0xDF;
  if (small || !upper || !memchr(s, ' ', n)) {
    ks_doc_add_author(doc, s, n);
    return;
  }
  c = ks_xmalloc(n);
  memcpy(c, s, n);
  for (size_t i = 1; i < n; i++) {
    unsigned char p = (unsigned char)c[i - 1], u = (unsigned char)c[i];
    /* after a letter, not after "’" (U+2019: "O’BRIEN") */
    bool after_letter = ks_is_alpha(p) || (p >= 0x80 && p != 0x99);
    size_t w = i, we = i;
    while (w > 0 && c[w - 1] != ' ')
      w--;
    while (we < n && c[we] != ' ')
      we++;
    if (strspn(c + w, "IVX") >= we - w)
      continue; /* "JOHN SMITH III": a numeral */
    if (ks_is_upper(u) && after_letter)
      c[i] = (char)ks_to_lower(u);
    else if (p == 0xC3 && u >= 0x80 && u <= 0x9E && u != 0x97 && i >= 2 &&
             (ks_is_alpha((unsigned char)c[i - 2]) ||
              (unsigned char)c[i - 2] >= 0x80))
      c[i] = (char)(u + 0x20); /* "É" inside a word: "é" */
  }
  ks_doc_add_author(doc, c, n);
  free(c);
}

/* One author string may hold several names: "By A and B", "A & B", or
 * "A, B" when every part is a full name; a part that is a job ("TOM
 * KRISHER, AP Auto Writer") is left out. */
static void add_names(struct ks_doc *doc, const char *s, size_t n) {
  static const char *const seps[] = {" and ", " & ", " AND "};
  const char *tag;
  trim(&s, &n);
  /* markup written into the value: tags before the name are skipped
   * ("<b>John Smith</b>"); after it, the rest is a paper or a title
   * ("AL ALEXANDER<BR>The Patriot Ledger") */
  while (n && *s == '<' && (tag = memchr(s, '>', n)) != NULL) {
    n -= (size_t)(tag + 1 - s);
    s = tag + 1;
    trim(&s, &n);
  }
  if ((tag = memchr(s, '<', n)) != NULL)
    n = (size_t)(tag - s);
  /* "Amy Sherman | asherma2@mlive.com": a bar sets off what is no name */
  if ((tag = memchr(s, '|', n)) != NULL && tag > s)
    n = (size_t)(tag - s);
  trim(&s, &n);
  if (starts_ci(s, n, "by ") || starts_ci(s, n, "by:")) {
    s += 3;
    n -= 3;
    trim(&s, &n);
  }
  /* "View all posts by Aizada Toktosunova": an author box's link, its
   * words before the name (set AY) */
  static const char *const links[] = {"view all posts by ", "all posts by ",
                                      "more posts by ", "posts by ",
                                      "more stories by ", "all stories by "};
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
    if (starts_ci(s, n, links[i])) {
      s += strlen(links[i]);
      n -= strlen(links[i]);
      trim(&s, &n);
      break;
    }
  if (n == 0 || n > 100 || looks_like_url(s) || !has_letter(s, n))
    return;
  /* an address is no name: "english@peopledaily.com.cn" alone is left
   * out, "Michael Lomax southview@albanyherald.com" is the name before it
   * (an address last, after the name) */
  if ((tag = memchr(s, '@', n)) != NULL) {
    const char *a = tag, *z = tag;
    while (a > s && a[-1] != ' ')
      a--;
    while (z < s + n && *z != ' ')
      z++;
    if (a == s) { /* "jsmith@example.com, Bob Jones": what follows */
      n -= (size_t)(z - s);
      s = z;
      while (n && (*s == ',' || *s == ' ')) {
        s++;
        n--;
      }
    } else {
      n = (size_t)(a - s);
    }
    trim(&s, &n);
    if (n == 0)
      return;
  }
  for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
    size_t m = strlen(seps[k]);
    for (size_t i = 0; i + m <= n; i++)
      if (!memcmp(s + i, seps[k], m)) {
        add_names(doc, s, i);
        add_names(doc, s + i + m, n - i - m);
        return;
      }
  }
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] == ',' && s[i + 1] == ' ' && memchr(s, ' ', i) &&
        memchr(s + i + 2, ' ', n - i - 2)) {
      add_names(doc, s, i);
      add_names(doc, s + i + 2, n - i - 2);
      return;
    }
  if (n > 60)
    return; /* a sentence, not a name */
  /* "Jane Smith, Editor": the name, without the job after it */
  for (size_t i = n; i > 2; i--)
    if (s[i - 2] == ',' && s[i - 1] == ' ' && job_title(s + i, n - i)) {
      n = i - 2;
      break;
    }
  if (job_title(s, n))
    return; /* a job alone: "AP Auto Writer", "Staff Reporter" */
  add_author_cased(doc, s, n);
}

static void ld_authors(struct ks_doc *doc, const cJSON *a) {
  const cJSON *e;
  if (cJSON_IsString(a)) {
    add_names(doc, a->valuestring, strlen(a->valuestring));
  } else if (cJSON_IsObject(a)) {
    const char *name = jstr(a, "name");
    if (name)
      add_names(doc, name, strlen(name));
  } else if (cJSON_IsArray(a)) {
    cJSON_ArrayForEach(e, a) ld_authors(doc, e);
  }
}

/* A date as the page gives it, tidied: "2024-12-03 06:17" gets its "T", and a
 * fraction of zeros (".000") goes. The offset is kept. */
static void set_date(struct ks_buf *b, const char *s) {
  size_t n = strlen(s);
  trim(&s, &n);
  if (n < 4 || !ks_is_digit((unsigned char)s[0]) ||
      !ks_is_digit((unsigned char)s[1]) || !ks_is_digit((unsigned char)s[2]) ||
      !ks_is_digit((unsigned char)s[3]))
    return;
  ks_buf_clear(b);
  for (size_t i = 0; i < n; i++) {
    if (i == 10 && s[i] == ' ' && i + 1 < n &&
        ks_is_digit((unsigned char)s[i + 1])) {
      ks_buf_putc(b, 'T');
      continue;
    }
    if (s[i] == '.' && i > 10) {
      size_t j = i + 1;
      while (j < n && s[j] == '0')
        j++;
      if (j > i + 1 && (j == n || !ks_is_digit((unsigned char)s[j]))) {
        i = j - 1;
        continue;
      }
    }
    ks_buf_putc(b, s[i]);
  }
}

/* A date the data gives with slashes, "03/10/2025": day first where
 * the first number is over 12, month first where the second is, and
 * where either could be the day, the reading the page prints in words
 * ("Friday, October 3, 2025" or "3 October 2025"), if only one is. */
static void slashed_date(struct ks_buf *b, const char *v, xmlNode *root) {
  static const char *const months[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  unsigned a, m, y, day = 0, month = 0;
  int end = 0;
  char iso[16];
  static const unsigned days[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (!ks_is_digit((unsigned char)*v) ||
      sscanf(v, "%2u/%2u/%4u%n", &a, &m, &y, &end) != 3 ||
      (v[end] && v[end] != ' ' && v[end] != 'T') || y < 1900 || !a || !m ||
      (a > 12 && m > 12) || a > 31 || m > 31)
    return;
  if (a > 12 || m > 12 || a == m) {
    day = a > 12 ? a : m;
    month = a > 12 ? m : a;
  } else {
    xmlChar *text = xmlNodeGetContent(root);
    bool found[2] = {false, false};
    for (int r = 0; r < 2 && text; r++) {
      unsigned d = r ? m : a, mo = r ? a : m;
      char w1[40], w2[40];
      snprintf(w1, sizeof w1, "%s %u, %u", months[mo - 1], d, y);
      snprintf(w2, sizeof w2, "%u %s %u", d, months[mo - 1], y);
      /* (a whole number: not "3 October" in "13 October") */
      for (const char *t = (const char *)text; !found[r] && *t; t++)
        found[r] = (!strncmp(t, w1, strlen(w1)) ||
                    !strncmp(t, w2, strlen(w2))) &&
                   (t == (const char *)text || !ks_is_digit((unsigned char)t[-1]));
    }
    xmlFree(text);
    if (found[0] == found[1])
      return;
    day = found[0] ? a : m;
    month = found[0] ? m : a;
  }
  if (day > days[month - 1])
    return; /* no such day: "31/02/2025" */
  snprintf(iso, sizeof iso, "%04u-%02u-%02u", y, month, day);
  set_date(b, iso);
}

/* A language tag tidied to BCP 47 ("en_US" -> "en-US"); primary keeps only
 * the language ("en"). */
static void set_lang(struct ks_buf *b, const char *s, bool primary) {
  /* a language's name or three-letter code where a tag belongs
   * ("<html lang="english">", "eng"): its tag */
  static const char *const names[][2] = {
      {"deu", "de"},     {"deutsch", "de"},  {"dutch", "nl"},
      {"eng", "en"},     {"english", "en"},  {"french", "fr"},
      {"fra", "fr"},     {"ger", "de"},      {"german", "de"},
      {"italian", "it"}, {"polish", "pl"},   {"portuguese", "pt"},
      {"russian", "ru"}, {"spa", "es"},      {"spanish", "es"},
      {"ukr", "uk"},     {"ukrainian", "uk"}};
  size_t n;
  ks_buf_clear(b);
  if (!s)
    return;
  n = strlen(s);
  trim(&s, &n);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    size_t k = 0;
    while (k < n && names[i][0][k] &&
           ks_to_lower((unsigned char)s[k]) == names[i][0][k])
      k++;
    if (k == n && !names[i][0][k]) {
      ks_buf_puts(b, names[i][1]);
      return;
    }
  }
  for (size_t i = 0; i < n && i < 15; i++) {
    char c = s[i] == '_' ? '-' : s[i];
    if (primary && c == '-')
      break;
    if (!ks_is_alnum((unsigned char)c) && c != '-')
      break;
    if (primary)
      c = (char)ks_to_lower((unsigned char)c);
    ks_buf_putc(b, c);
  }
}

/* The last three (" : ", " » " and a breadcrumb's " > ") are as often
 * inside the headline as before the site's name, so a tail after them is
 * not cut as a site's (strip_site); they only split labels off
 * (strip_labels). */
const char *const ks_title_seps[KS_N_TITLE_SEPS] = {" | ",
                                                    " - ",
                                                    " \xE2\x80\x93 ",
                                                    " \xE2\x80\x94 ",
                                                    " :: ",
                                                    " @ ",
                                                    " \xC2\xB7 ",
                                                    " \xE2\x80\xA2 ",
                                                    " : ",
                                                    " \xC2\xBB ",
                                                    " > "};
#define N_SITE_SEPS (KS_N_TITLE_SEPS - 3)

/* Whether p[0..n) reads as a name, every word of it capitalised ("San
 * Bernardino County Sun"), rather than a headline, which has small words
 * ("USC has imposing challenge"). */
bool ks_meta_all_capitalised(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((i == 0 || p[i - 1] == ' ') && ks_is_lower((unsigned char)p[i]))
      return false;
  return n > 0;
}

/* Whether p[0..n) has a word of three or more small letters. */
static bool has_small_word(const char *p, size_t n) {
  for (size_t i = 0; i + 3 <= n; i++)
    if ((i == 0 || p[i - 1] == ' ') && ks_is_lower((unsigned char)p[i]) &&
        ks_is_lower((unsigned char)p[i + 1]) &&
        ks_is_lower((unsigned char)p[i + 2]))
      return true;
  return false;
}

/* Whether p[0..n) reads as a headline in sentence case: a word in small
 * letters that is not a little joining word ("back on track", "says";
 * not "Rumors and Information"). */
static bool sentence_case(const char *p, size_t n) {
  static const char *const joins[] = {"and", "the", "for",  "with", "from",
                                      "but", "nor", "into", "over"};
  for (size_t i = 0; i < n; i++) {
    size_t e = i;
    bool little = false;
    if ((i > 0 && p[i - 1] != ' ') || !ks_is_lower((unsigned char)p[i]))
      continue;
    while (e < n && ks_is_alpha((unsigned char)p[e]))
      e++;
    if (e - i < 3)
      continue;
    for (size_t k = 0; k < sizeof joins / sizeof joins[0] && !little; k++)
      little = e - i == strlen(joins[k]) && !memcmp(p + i, joins[k], e - i);
    if (!little)
      return true;
  }
  return false;
}

/* Whether every part of p[0..n) between the title's separators has two
 * words or fewer: labels ("The Telegraph - Calcutta | Nation"), not a
 * headline ("Fire Destroys Historic Barn | Local"). */
static bool short_parts(const char *p, size_t n) {
  size_t words = 1;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '|' || (p[i] == '-' && i > 0 && p[i - 1] == ' ')) {
      words = 0;
    } else if (p[i] == ' ' && i + 1 < n && p[i + 1] != '|' && p[i + 1] != '-' &&
               i > 0 && p[i - 1] != '|' && p[i - 1] != '-') {
      if (++words > 2)
        return false;
    }
  }
  return true;
}

/* Whether p[0..n) has "news" in it, in any case. */
static bool has_news(const char *p, size_t n) {
  for (size_t i = 0; i + 4 <= n; i++)
    if (ks_mem_eq_ci(p + i, "news", 4))
      return true;
  return false;
}

/* A part of a page title that names the site, its section or the date,
 * not the story: a domain ("wjz.com"), the site's name, one word
 * ("Sports", "Editorial"), a date ("01/07/2008"), a short label with
 * "News" or "Story" in it ("Breaking News", "NBA News Story"), or a list
 * of the site's subjects ("Football News, Fixtures, Results"). */
static bool title_label(const char *p, size_t n, const struct ks_buf *site) {
  size_t words = 1, commas = 0, digits = 0, letters = 0;
  bool dotted = false;
  if (site->len && n == site->len && ks_mem_eq_ci(p, site->ptr, n))
    return true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    words += c == ' ';
    commas += c == ',';
    digits += ks_is_digit(c);
    letters += ks_is_alpha(c);
    /* "wjz.com", "TheStar.com", "thewest.com.au" */
    if (c == '.' && i > 0 && i + 2 < n &&
        ks_is_alnum((unsigned char)p[i - 1]) &&
        ks_is_lower((unsigned char)p[i + 1]) &&
        ks_is_lower((unsigned char)p[i + 2]))
      dotted = true;
  }
  if (dotted || words == 1 || (digits > 0 && letters == 0))
    return true;
  /* "Football News, Fixtures, Results", "Latest football news, transfers,
   * reports"; not "Andrew Morton, Cruise biographer, defends book" */
  if (commas >= 2 && (ks_meta_all_capitalised(p, n) || has_news(p, n)))
    return true;
  if (words <= 4)
    for (size_t i = 0; i + 4 <= n; i++)
      if (ks_mem_eq_ci(p + i, "news", 4) ||
          (i + 5 <= n && ks_mem_eq_ci(p + i, "story", 5)))
        return true;
  return false;
}

/* "Littoral Echo Online", "The Kigali Gazette": a paper's name, two to
 * four words capitalised and its last a paper's (set AY). */
static bool paper_name(const char *p, size_t n) {
  static const char *const papers[] = {
      "Chronicle", "Courier", "Daily",    "Echo",     "Gazette",  "Herald",
      "Journal",   "Ledger",  "Observer", "Online",   "Post",     "Telegraph",
      "Times",     "Tribune"};
  const char *w = p + n;
  size_t words = 1;
  for (size_t i = 0; i < n; i++)
    words += p[i] == ' ';
  if (words < 2 || words > 4 || !ks_meta_all_capitalised(p, n))
    return false;
  while (w > p && w[-1] != ' ')
    w--;
  for (size_t i = 0; i < sizeof papers / sizeof papers[0]; i++)
    if ((size_t)(p + n - w) == strlen(papers[i]) &&
        !memcmp(w, papers[i], strlen(papers[i])))
      return true;
  return false;
}

/* A site's tagline, the last of three parts or more: "Independent and
 * Minor League Sports News" (not "Pope Welcomes Good News | CNN"). */
static bool tagline(const char *p, size_t n) {
  size_t words = 1;
  for (size_t i = 0; i < n; i++)
    words += p[i] == ' ';
  return words >= 3 && words <= 7 && n >= 4 &&
         ks_mem_eq_ci(p + n - 4, "news", 4) && p[n - 5] == ' ' &&
         !sentence_case(p, n - 4);
}

/* p[0..n) is a domain: a name of letters, figures and dashes, then one
 * part or more after a stop, the last of two small letters or more
 * ("ChicagoSports.com", "thewest.com.au"; not "U.S.", "5.25%", "1.05"). */
static bool domain_word(const char *p, size_t n) {
  size_t i = 0, last = 0, dots = 0;
  if (n < 4 || !ks_is_alpha((unsigned char)p[0]))
    return false;
  for (; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c == '.') {
      if (i == 0 || p[i - 1] == '.' || i + 1 == n)
        return false;
      dots++;
      last = i + 1;
    } else if (!ks_is_alnum(c) && c != '-') {
      return false;
    }
  }
  if (!dots || n - last < 2)
    return false;
  for (i = last; i < n; i++)
    if (!ks_is_lower((unsigned char)p[i]))
      return false;
  return true;
}

/* Drop the labels at either end of a title split by " | ", " - ", " : "
 * and their kin, while what is left still has a part of three words or
 * more: "TheStar.com | Sports | John McHale, 86: Expos' first president",
 * "Vote disputed | Latest News | News". */
static void strip_labels(struct ks_buf *t, const struct ks_buf *site) {
  const char *const *seps = ks_title_seps;
  size_t at[32], len[32], n = 0, from = 0, to, best = 0;
  bool labels_only = true;
  /* "USC has weakness for Illini duo on ChicagoSports.com": the site's
   * domain after "on" or "at", last */
  for (size_t i = t->len; i >= 4; i--) {
    if (t->ptr[i - 1] != ' ')
      continue;
    if (domain_word(t->ptr + i, t->len - i) &&
        (!memcmp(t->ptr + i - 4, " on ", 4) ||
         !memcmp(t->ptr + i - 4, " at ", 4)))
      ks_buf_truncate(t, i - 4);
    break;
  }
  at[0] = 0;
  for (size_t i = 0; i < t->len && n < 31;) {
    size_t m = 0;
    for (size_t k = 0; k < KS_N_TITLE_SEPS && !m; k++)
      if (i + strlen(seps[k]) <= t->len &&
          !memcmp(t->ptr + i, seps[k], strlen(seps[k])))
        m = strlen(seps[k]);
    if (m) {
      len[n] = i - at[n];
      at[++n] = i + m;
      i += m;
    } else {
      i++;
    }
  }
  len[n] = t->len - at[n];
  n++;
  if (n >= 3 && tagline(t->ptr + at[n - 1], len[n - 1])) {
    n--; /* "Story - Site - Independent and Minor League Sports News" */
    ks_buf_truncate(t, at[n - 1] + len[n - 1]);
  }
  if (n < 2) {
    if (!memchr(t->ptr, ' ', t->len) && title_label(t->ptr, t->len, site) &&
        memchr(t->ptr, '.', t->len))
      ks_buf_clear(t); /* a domain alone: "blackenterprise.com" */
    return;
  }
  /* "Littoral Echo Online :: Bendskin riders given a deadline": a paper's
   * name first, a headline in sentence case after it (not a tagline in
   * capitals, "Daily Times - Leading News Resource of Pakistan") */
  if (n == 2 && paper_name(t->ptr, len[0]) &&
      sentence_case(t->ptr + at[1], len[1])) {
    memmove(t->ptr, t->ptr + at[1], len[1]);
    ks_buf_truncate(t, len[1]);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    size_t w = 1;
    for (size_t k = 0; k < len[i]; k++)
      w += t->ptr[at[i] + k] == ' ';
    if (w >= 3 && !title_label(t->ptr + at[i], len[i], site))
      best = best ? best : i + 1;
    if (!title_label(t->ptr + at[i], len[i], site) || w > 4)
      labels_only = false;
  }
  if (labels_only) { /* "News - Planet-F1 News - from planet-f1.com" */
    ks_buf_clear(t);
    return;
  }
  /* "Pakistan want forfeit reversed | Other Sports": no part of three
   * words, the first that is not a label and reads as a headline */
  for (size_t i = 0; !best && i < n; i++)
    if (!title_label(t->ptr + at[i], len[i], site) &&
        has_small_word(t->ptr + at[i], len[i]))
      best = i + 1;
  if (!best)
    return;
  to = n;
  while (from + 1 < best && title_label(t->ptr + at[from], len[from], site))
    from++;
  while (to > best && title_label(t->ptr + at[to - 1], len[to - 1], site))
    to--;
  if (from == 0 && to == n)
    return;
  {
    size_t a = at[from], b = at[to - 1] + len[to - 1];
    memmove(t->ptr, t->ptr + a, b - a);
    ks_buf_truncate(t, b - a);
  }
}

/* A section's path after the headline, joined by colons without a space
 * before them: "Bulls, Jones pursue talks: Sport: Rugby: News24". Two
 * parts or more at the end of a word or two each, capitalised, go; one
 * alone is left ("Algeria: Al-Qaeda claims attack" keeps its head). */
static void strip_colon_path(struct ks_buf *t) {
  size_t cut = t->len, parts = 0;
  for (;;) {
    size_t i = cut, words = 1;
    bool label = true;
    while (i >= 2 && !(t->ptr[i - 2] == ':' && t->ptr[i - 1] == ' '))
      i--;
    if (i < 2)
      break;
    for (size_t k = i; k < cut; k++) {
      if (t->ptr[k] == ' ') {
        words++;
        label =
            label && k + 1 < cut && !ks_is_lower((unsigned char)t->ptr[k + 1]);
      }
    }
    if (!label || words > 2 || ks_is_lower((unsigned char)t->ptr[i]))
      break;
    parts++;
    cut = i - 2;
  }
  if (parts >= 2 && has_small_word(t->ptr, cut))
    ks_buf_truncate(t, cut);
}

/* Whether p[0..n) holds the separator sep. */
static bool has_sep(const char *p, size_t n, const char *sep) {
  size_t m = strlen(sep);
  for (size_t i = 0; i + m <= n; i++)
    if (!memcmp(p + i, sep, m))
      return true;
  return false;
}

/* A section's label glued before the headline: "Music- Lavigne lawsuit
 * settled" (one word, a hyphen, a space), "Xbox News: GoldenEye canned?"
 * (a label with "News" in it, a colon, a space). */
static void strip_prefix(struct ks_buf *t, const struct ks_buf *site) {
  size_t i = 0, cut = 0;
  while (i < t->len && t->ptr[i] != ' ' && t->ptr[i] != ':' && t->ptr[i] != '-')
    i++;
  if (i > 0 && i + 2 < t->len && t->ptr[i] == '-' && t->ptr[i + 1] == ' ' &&
      ks_is_alpha((unsigned char)t->ptr[i - 1]))
    cut = i + 2;
  for (i = 0; !cut && i < t->len && i < 32; i++)
    if (t->ptr[i] == ':' && i + 2 < t->len && t->ptr[i + 1] == ' ') {
      /* "KalingaTimes.com: Move over Orkut": a domain before its colon,
       * where the page names no other site ("Booking.com: Spain fines
       * travel giant" on a page of BBC News is the story's subject) */
      if ((has_news(t->ptr, i) && title_label(t->ptr, i, site)) ||
          (domain_word(t->ptr, i) &&
           (site->len == 0 ||
            ks_mem_eq_ci(t->ptr, site->ptr, site->len < i ? site->len : i))))
        cut = i + 2;
      break;
    }
  if (!cut || t->len - cut < 10)
    return;
  memmove(t->ptr, t->ptr + cut, t->len - cut);
  ks_buf_truncate(t, t->len - cut);
}

// Remove a " | Site" / " - Site" tail from a page title.
static void strip_site(struct ks_buf *t, const struct ks_buf *site) {
  const char *const *seps = ks_title_seps;
  size_t cut = 0;
  /* "Olympic Loser (from Bradford Telegraph and Argus)": the paper that
   * ran it, in brackets at the end */
  if (t->len > 20 && t->ptr[t->len - 1] == ')') {
    for (size_t i = t->len; i-- > 10;)
      if (t->ptr[i] == '(') {
        if (t->len - i < 60 && !strncmp(t->ptr + i, "(from ", 6) &&
            ks_is_upper((unsigned char)t->ptr[i + 6]) && t->ptr[i - 1] == ' ')
          ks_buf_truncate(t, i - 1);
        break;
      }
  }
  for (size_t k = 0; k < N_SITE_SEPS; k++) {
    size_t m = strlen(seps[k]);
    for (size_t i = t->len; i-- > 0;)
      if (i + m <= t->len && !memcmp(t->ptr + i, seps[k], m)) {
        if (i > cut)
          cut = i;
        break;
      }
  }
  if (cut == 0)
    return;
  // A long tail is part of the headline, unless it names the site.
  if (t->len - cut > 40 && !(site->len && ends_with(t->ptr, site->ptr)))
    return;
  if (cut < 10)
    return;
  {
    /* "San Bernardino County Sun - USC has imposing challenge": one
     * separator, and the site's name is the head, not the tail */
    const char *tail = t->ptr + cut;
    size_t m = 0;
    for (size_t k = 0; k < N_SITE_SEPS && !m; k++)
      if (!strncmp(tail, seps[k], strlen(seps[k])))
        m = strlen(seps[k]);
    tail += m;
    bool one = true;
    size_t tl = t->len - cut - m, words = 1;
    for (size_t k = 0; k < KS_N_TITLE_SEPS && one; k++)
      one = !has_sep(t->ptr, cut, seps[k]);
    for (size_t k = 0; k < tl; k++)
      words += tail[k] == ' ';
    /* "The Telegraph - Calcutta | Nation | Samjhauta Express back on
     * track": labels in capitals, then a headline in sentence case, four
     * words or more, which no site's name is */
    bool labels_then_story = !one && words >= 4 && cut <= 60 &&
                             sentence_case(tail, tl) &&
                             short_parts(t->ptr, cut);
    /* "MyFox Toledo | Choi Continues to Roll at Sony Open": a name of
     * three words or fewer, then a title-case headline of five or more */
    size_t head_words = 1;
    for (size_t k = 0; k < cut; k++)
      head_words += t->ptr[k] == ' ';
    bool short_head = one && head_words <= 3 && words >= 5 &&
                      !has_news(tail, tl); /* "Leading News Resource of..." */
    if ((labels_then_story || (one && cut <= 40)) &&
        ks_meta_all_capitalised(t->ptr, cut) &&
        (has_small_word(tail, t->len - cut - m) || short_head) &&
        !title_label(tail, t->len - cut - m, site) &&
        !(site->len && ends_with(t->ptr, site->ptr))) {
      size_t keep = t->len - cut - m;
      memmove(t->ptr, tail, keep);
      ks_buf_truncate(t, keep);
      return;
    }
  }
  ks_buf_truncate(t, cut);
}

static void node_text(struct ks_buf *b, xmlNode *x) {
  xmlChar *c = xmlNodeGetContent(x);
  if (c) {
    set(b, (const char *)c, strlen((const char *)c));
    xmlFree(c);
  }
}

/* Days since 1970-01-01 of a date in the proleptic Gregorian calendar. */
static long civil_days(unsigned y, unsigned m, unsigned d) {
  long yy = (long)y - (m <= 2), era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400, mp = ((long)m + 9) % 12;
  long doy = (153 * mp + 2) / 5 + (long)d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* An English month's name or its abbreviation at w (len letters): 1 to
 * 12, or 0. */
static unsigned month_word(const char *w, size_t len) {
  static const char *const months[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (unsigned i = 0; i < 12; i++) {
    size_t ml = strlen(months[i]);
    if (len < 3 || len > ml)
      continue;
    if (len > 3 && len < ml && !(i == 8 && len == 4))
      continue; /* "Jan", "January", "Sept" */
    size_t k = 0;
    while (k < len && ks_to_lower((unsigned char)w[k]) == months[i][k])
      k++;
    if (k == len)
      return i + 1;
  }
  return 0;
}

/* A day of one or two digits at p, its ordinal's letters after it. */
static const char *day_at(const char *p, unsigned *d) {
  const char *q = p;
  *d = 0;
  while (ks_is_digit((unsigned char)*q) && q - p < 2)
    *d = *d * 10 + (unsigned)(*q++ - '0');
  if (q == p || ks_is_digit((unsigned char)*q) || *d < 1 || *d > 31)
    return NULL;
  if ((q[0] == 's' && q[1] == 't') || (q[0] == 'n' && q[1] == 'd') ||
      (q[0] == 'r' && q[1] == 'd') || (q[0] == 't' && q[1] == 'h'))
    q += 2;
  return q;
}

/* A four-digit year at p after a comma or spaces. */
static bool year_at(const char *p, unsigned *y) {
  while (*p == ',' || *p == ' ')
    p++;
  for (int i = 0; i < 4; i++)
    if (!ks_is_digit((unsigned char)p[i]))
      return false;
  *y = (unsigned)strtoul(p, NULL, 10);
  return !ks_is_digit((unsigned char)p[4]);
}

/* A date written in English in text: "Jan. 21, 2026", "Mar 06, 2026",
 * "21 January 2026". Parsed by hand: the few forms datelines use. */
static bool text_date(const char *t, unsigned *y, unsigned *m, unsigned *d) {
  for (const char *p = t; *p; p++) {
    const char *e = p, *q;
    if (!ks_is_alpha((unsigned char)*p) ||
        (p > t && ks_is_alpha((unsigned char)p[-1])))
      continue;
    while (ks_is_alpha((unsigned char)*e))
      e++;
    if (!(*m = month_word(p, (size_t)(e - p)))) {
      p = e - 1;
      continue;
    }
    q = e + (*e == '.');
    /* "Jan. 21, 2026" */
    if (*q == ' ' && (q = day_at(q + 1, d)) != NULL && year_at(q, y))
      return true;
    /* "21 January 2026", "21st Jan 2026", "13th, Jan 2008", "10, January,
     * 2008" */
    q = p - 1;
    bool comma = p - t >= 3 && *q == ' ' && q[-1] == ',';
    if (comma)
      q--;
    if (p - t >= 2 && (*q == ' ' || *q == ',')) {
      const char *b = q;
      while (b > t && ks_is_alpha((unsigned char)b[-1]))
        b--;
      while (b > t && ks_is_digit((unsigned char)b[-1]))
        b--;
      /* the day's comma only first, or after a weekday's or a time's
       * ("Thursday, 10, January", "15:43 - 13th, Jan"), not "Issue 12,
       * January 2008" */
      if (comma && b > t) {
        const char *w = b - 1;
        while (w > t && (*w == ' ' || *w == ',' || *w == '-'))
          w--;
        if (!(ks_is_digit((unsigned char)*w) || *w == 'y' ||
              (*w == 'm' && w > t && (w[-1] == 'a' || w[-1] == 'p'))))
          b = q + 1; /* no day */
      }
      if (day_at(b, d) == q && year_at(e + (*e == '.'), y))
        return true;
    }
    p = e - 1;
  }
  return false;
}

/* A date in figures in text, "10/14/2026", "14.10.2026": the first two
 * numbers and the year, in *a, *b and *y (which is day and which month
 * the page's stamp tells). */
static bool figures_date(const char *t, unsigned *a, unsigned *b, unsigned *y) {
  for (const char *p = t; *p; p++) {
    char *e1, *e2, *e3;
    if (!ks_is_digit((unsigned char)*p) ||
        (p > t && ks_is_alnum((unsigned char)p[-1])))
      continue;
    unsigned long x = strtoul(p, &e1, 10);
    /* "Posted : 2026-05-20 22:41": the year first, then month and day */
    if (e1 - p == 4 && *e1 == '-' && ks_is_digit((unsigned char)e1[1])) {
      unsigned long mo = strtoul(e1 + 1, &e2, 10), dy;
      if (e2 - e1 - 1 == 2 && *e2 == '-' && ks_is_digit((unsigned char)e2[1]) &&
          (dy = strtoul(e2 + 1, &e3, 10)) > 0 && e3 - e2 - 1 == 2 &&
          !ks_is_alnum((unsigned char)*e3) && mo >= 1 && mo <= 12 &&
          dy <= 31) {
        *a = (unsigned)mo;
        *b = (unsigned)dy;
        *y = (unsigned)x;
        return true;
      }
      continue;
    }
    if (e1 - p > 2 || !*e1 || !strchr("/.-", *e1) ||
        !ks_is_digit((unsigned char)e1[1]))
      continue;
    unsigned long z = strtoul(e1 + 1, &e2, 10);
    if (e2 - e1 - 1 > 2 || *e2 != *e1 || !ks_is_digit((unsigned char)e2[1]))
      continue;
    unsigned long w = strtoul(e2 + 1, &e3, 10);
    if (e3 - e2 - 1 != 4 || ks_is_alnum((unsigned char)*e3))
      continue;
    *a = (unsigned)x;
    *b = (unsigned)z;
    *y = (unsigned)w;
    return true;
  }
  return false;
}

/* "10/14/2026 07:12 PM EDT": t holds the stamp's own day (y, m, d) in
 * figures, either way round; then it is that day, in *y2, *m2 and *d2
 * (a day before or after it in figures is not matched). */
static bool same_day_figures(const char *t, unsigned y, unsigned m, unsigned d,
                             unsigned *y2, unsigned *m2, unsigned *d2) {
  unsigned a, b, yy;
  if (!figures_date(t, &a, &b, &yy) || yy != y ||
      !((a == m && b == d) || (a == d && b == m)))
    return false;
  *y2 = y;
  *m2 = m;
  *d2 = d;
  return true;
}

/* t holds a clock's time: "23:02", "6.22pm". */
static bool has_clock(const char *t) {
  for (const char *p = t; *p; p++)
    if (ks_is_digit((unsigned char)p[0]) && (p[1] == ':' || p[1] == '.') &&
        ks_is_digit((unsigned char)p[2]) && ks_is_digit((unsigned char)p[3]))
      return true;
  return false;
}

/* The words of b, runs between spaces. */
static size_t words_of(const struct ks_buf *b) {
  size_t w = 0;
  for (size_t i = 0; i < b->len; i++)
    w += b->ptr[i] != ' ' && (i == 0 || b->ptr[i - 1] == ' ');
  return w;
}

/* A label's text as one line: white space and no-break spaces made one
 * space, none before a comma. For a dateline (seps), a bar, a slash or a
 * dash set off by spaces is a pause ("March 10, 2026 | 8:14 am", "Thu May
 * 22 2025 - 18:45"), a bracketed aside goes ("(17:19 GMT+08:00)") and so
 * does what leads the date ("- October 21"). */
static void label_text(struct ks_buf *out, const char *t, bool seps) {
  bool paren = false;
  for (const char *p = t; *p; p++) {
    size_t sp = ks_is_space((unsigned char)*p) ? 1
                : ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
                    ? 2
                    : 0;
    /* byte by byte, so the test stops at the string's end */
    size_t dash =
        *p == '-' ? (p[1] == '-' ? 2 : 1)
        : ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94))
            ? 3
            : 0;
    if (seps && (*p == '(' || paren)) {
      paren = *p != ')';
      continue;
    }
    if (sp) {
      p += sp - 1;
      if (out->len && out->ptr[out->len - 1] != ' ')
        ks_buf_putc(out, ' ');
      continue;
    }
    if (seps && (*p == '|' || ((*p == '/' || dash) && out->len &&
                               out->ptr[out->len - 1] == ' ' &&
                               (p[dash ? dash : 1] == ' ' ||
                                (unsigned char)p[dash ? dash : 1] == 0xC2)))) {
      p += dash ? dash - 1 : 0;
      while (out->len && out->ptr[out->len - 1] == ' ')
        out->len--;
      if (out->len)
        ks_buf_putc(out, ',');
      continue;
    }
    if (seps && out->len == 0 && !ks_is_alnum((unsigned char)*p) &&
        (unsigned char)*p < 0x80)
      continue; /* "- October 21, 2017" */
    if (*p == ',' && out->len && out->ptr[out->len - 1] == ' ')
      out->len--; /* "Brian Lyman , Montgomery Advertiser" */
    if (*p == ',' && out->len && out->ptr[out->len - 1] == ',')
      continue;
    ks_buf_putc(out, *p);
  }
  while (out->len &&
         (out->ptr[out->len - 1] == ' ' || out->ptr[out->len - 1] == ',' ||
          (!seps && out->ptr[out->len - 1] == '.')))
    out->len--;
  if (out->ptr)
    out->ptr[out->len] = '\0';
}

/* x says something of a paper's day ("Today's Paper", "Print edition"):
 * the masthead's date, not the story's. */
static bool masthead_date(const xmlNode *x) {
  static const char *const paper[] = {"edition", "paper", "today"};
  xmlChar *own = xmlNodeGetContent(x);
  bool masthead = false;
  for (const char *c = own ? (const char *)own : ""; *c && !masthead; c++)
    for (size_t i = 0; i < N_OF(paper) && !masthead; i++)
      masthead = ks_mem_eq_ci(c, paper[i], strlen(paper[i]));
  xmlFree(own);
  return masthead;
}

/* x's parent or grandparent is a short block (400 bytes at most) that
 * holds the headline's first twelve bytes within its first forty, and x
 * is no masthead's date: a date under the headline ("<td>Wurz joins Honda
 * <span class="date">...", "<h1>...</h1><div class="date">"). */
static bool beside_title(const xmlNode *x, const struct ks_buf *title) {
  const xmlNode *a = x->parent;
  if (masthead_date(x))
    return false;
  for (int up = 0; up < 2 && a && a->type == XML_ELEMENT_NODE;
       up++, a = a->parent) {
    xmlChar *c = xmlNodeGetContent(a);
    struct ks_buf t = KS_BUF_INIT;
    bool found = false;
    if (!c)
      continue;
    label_text(&t, (const char *)c, false);
    xmlFree(c);
    for (size_t k = 0; t.len <= 400 && k < 40 && k + 12 <= t.len && !found; k++)
      found = !memcmp(t.ptr + k, title->ptr, 12);
    ks_buf_free(&t);
    if (found)
      return true;
  }
  return false;
}

/* The text right before x in reading order within the body, up to about
 * limit bytes (the previous siblings of x and of its ancestors, nearest
 * last, white space aside), holds the headline's first twelve bytes: a
 * date printed under a headline that a table or a paragraph keeps apart
 * from it ("<div class='headline'>...</div></p><p><div class="date">");
 * or there is less than that before x in the whole body (a dateline at
 * the page's top). */
static bool title_just_before(const xmlNode *x, const struct ks_buf *title,
                              size_t limit) {
  struct ks_buf t = KS_BUF_INIT, raw = KS_BUF_INIT;
  bool found = false;
  const xmlNode *a;
  /* within the page's body: the <head> before it holds the <title> */
  for (a = x; a && a->type == XML_ELEMENT_NODE &&
              strcmp((const char *)a->name, "body") && raw.len < limit;
       a = a->parent)
    for (const xmlNode *b = a->prev; b && raw.len < limit; b = b->prev) {
      xmlChar *c;
      if (b->type == XML_COMMENT_NODE ||
          (b->type == XML_ELEMENT_NODE &&
           (!strcmp((const char *)b->name, "script") ||
            !strcmp((const char *)b->name, "style"))))
        continue;
      c = xmlNodeGetContent(b);
      /* white space between the blocks counts for nothing */
      if (c && empty(c)) {
        xmlFree(c);
        continue;
      }
      if (c) {
        size_t cl = strlen((const char *)c);
        if (cl > 2 * limit) { /* a whole column before: too far */
          xmlFree(c);
          ks_buf_free(&raw);
          return false;
        }
        /* nearest last: put before what was gathered */
        struct ks_buf m = KS_BUF_INIT;
        ks_buf_put(&m, (const char *)c, cl);
        ks_buf_putc(&m, ' ');
        ks_buf_put(&m, raw.ptr ? raw.ptr : "", raw.len);
        ks_buf_free(&raw);
        raw = m;
        xmlFree(c);
      }
    }
  /* or the date is at the top of the body, with less than limit bytes of
   * text before it: an old page's dateline over its story, where the
   * headline sits in a block of its own */
  if (a && a->type == XML_ELEMENT_NODE &&
      !strcmp((const char *)a->name, "body") && raw.len < limit) {
    ks_buf_free(&raw);
    return true;
  }
  if (raw.len) {
    label_text(&t, raw.ptr, false);
    for (size_t k = 0; k + 12 <= t.len && !found; k++)
      found = t.len - k <= limit && !memcmp(t.ptr + k, title->ptr, 12);
  }
  ks_buf_free(&t);
  ks_buf_free(&raw);
  return found;
}

/* A date line of a page with no stamp (the first <time>, or a date
 * element found by its place), tidied: a comma gets its space
 * ("Tuesday,Jan 15,2008"), and words after the year with no figure in
 * them are a link's (", Text-only version"). False for a line of an
 * account's links ("Sign In, Register January 15, 2008"). */
static bool tidy_dateline(struct ks_buf *t) {
  static const char *const account[] = {"log in", "login", "register",
                                        "sign in", "subscribe"};
  struct ks_buf o = KS_BUF_INIT;
  size_t cut = 0;
  for (size_t i = 0; i < t->len; i++)
    for (size_t k = 0; k < N_OF(account); k++)
      if (i + strlen(account[k]) <= t->len &&
          ks_mem_eq_ci(t->ptr + i, account[k], strlen(account[k])))
        return false;
  for (size_t i = 0; i < t->len; i++) {
    ks_buf_putc(&o, t->ptr[i]);
    if (t->ptr[i] == ',' && i + 1 < t->len &&
        (ks_is_alpha((unsigned char)t->ptr[i + 1]) ||
         /* "Jan 15,2008" */
         (i + 5 <= t->len && (t->ptr[i + 1] == '1' || t->ptr[i + 1] == '2') &&
          ks_is_digit((unsigned char)t->ptr[i + 2]) &&
          ks_is_digit((unsigned char)t->ptr[i + 3]) &&
          ks_is_digit((unsigned char)t->ptr[i + 4]) &&
          (i + 5 == t->len || !ks_is_digit((unsigned char)t->ptr[i + 5])))))
      ks_buf_putc(&o, ' ');
  }
  /* the end of the last year (19xx or 20xx) */
  for (size_t i = 0; i + 4 <= o.len; i++)
    if ((!i || !ks_is_digit((unsigned char)o.ptr[i - 1])) &&
        (!memcmp(o.ptr + i, "19", 2) || !memcmp(o.ptr + i, "20", 2)) &&
        ks_is_digit((unsigned char)o.ptr[i + 2]) &&
        ks_is_digit((unsigned char)o.ptr[i + 3]) &&
        (i + 4 == o.len || !ks_is_digit((unsigned char)o.ptr[i + 4])))
      cut = i + 4;
  if (cut) {
    size_t j = cut;
    while (j < o.len && !ks_is_digit((unsigned char)o.ptr[j]))
      j++;
    if (j == o.len)
      ks_buf_truncate(&o, cut);
  }
  ks_buf_clear(t);
  ks_buf_put(t, o.ptr ? o.ptr : "", o.len);
  ks_buf_free(&o);
  return true;
}

/* "Posted : 2026-05-20 22:41" as a listener hears it: the label's colon
 * after its word, a pause between the day in figures and its time
 * ("Posted: 2026-05-20, 22:41"), and no seconds. */
static void iso_line(struct ks_buf *t) {
  struct ks_buf o = KS_BUF_INIT;
  for (size_t i = 0; i < t->len; i++) {
    const char *p = t->ptr + i;
    if (i > 0 && i + 3 <= t->len && p[0] == ' ' && p[1] == ':' && p[2] == ' ' &&
        ks_is_alpha((unsigned char)p[-1]))
      continue; /* "Posted : " */
    /* a stamp's seconds, "15:04:28 UTC", which no one reads out */
    if (i >= 3 && i + 3 <= t->len && p[0] == ':' &&
        ks_is_digit((unsigned char)p[1]) && ks_is_digit((unsigned char)p[2]) &&
        (i + 3 == t->len || !ks_is_digit((unsigned char)p[3])) &&
        ks_is_digit((unsigned char)p[-1]) && ks_is_digit((unsigned char)p[-2]) &&
        p[-3] == ':') {
      i += 2;
      continue;
    }
    ks_buf_putc(&o, *p);
    /* after "2026-05-20" and before "22:41" */
    if (i >= 9 && i + 5 <= t->len && ks_is_digit((unsigned char)p[0]) &&
        p[1] == ' ' &&
        ks_is_digit((unsigned char)p[2]) &&
        (p[3] == ':' || (ks_is_digit((unsigned char)p[3]) && p[4] == ':')) &&
        p[-2] == '-' && p[-5] == '-' && ks_is_digit((unsigned char)p[-6]) &&
        ks_is_digit((unsigned char)p[-9]))
      ks_buf_putc(&o, ',');
  }
  ks_buf_clear(t);
  ks_buf_put(t, o.ptr ? o.ptr : "", o.len);
  ks_buf_free(&o);
}

/* A date line's own stamp without what follows it: a second stamp
 * ("Published 10:54 p.m. CT April 17, 2026 | Updated 11:31 p.m.", the bar
 * a comma by now; "Mar 05,2024 - Last updated at Mar 05,2024") or the
 * page's counter ("14 March 2024 12:23 am - 5,241 views"; round 38, from
 * set AW). */
static void cut_stamp_tail(struct ks_buf *t) {
  static const char *const updates[] = {", Updated ", ", Last updated ",
                                        " - Updated ", " - Last updated ",
                                        " \u2013 Updated ",
                                        " \u2013 Last updated "};
  static const char *const counts[] = {" comments", " reads", " view",
                                       " views"};
  for (size_t u = 0; u < N_OF(updates) && t->len; u++) {
    const char *upd = strstr(t->ptr, updates[u]);
    if (upd && upd > t->ptr)
      ks_buf_truncate(t, (size_t)(upd - t->ptr));
  }
  /* the count last, after a space: its figures back to the separator */
  for (size_t k = 0; k < N_OF(counts); k++) {
    size_t n = strlen(counts[k]), e;
    if (t->len <= n + 1 || strcmp(t->ptr + t->len - n, counts[k]))
      continue;
    e = t->len - n;
    while (e > 0 && (ks_is_digit((unsigned char)t->ptr[e - 1]) ||
                     t->ptr[e - 1] == ','))
      e--;
    if (e == t->len - n || e < 2 || t->ptr[e - 1] != ' ')
      return;
    e--;
    while (e > 0 && strchr(" ,-", t->ptr[e - 1]))
      e--;
    ks_buf_truncate(t, e);
    return;
  }
}

/* The <time> element that shows the day of the stamp, as the page prints
 * it ("Updated March 11, 2026, 9:47 p.m. ET", "Published 11:58 p.m. MT
 * Jan. 21, 2026"): its words are the dateline a listener hears, with the
 * time and the word before the date that the stamp leaves out. A day
 * before or after the stamp's is the page's own zone's, as it prints it
 * (doc->shown_date): a stamp in UTC, or one in another zone near its
 * midnight ("2025-09-04T02:14-04:00" shown "September 3"; not one at 3
 * p.m.). Labels that are not the story's day ("2 hours ago",
 * a related story's date) do not parse or do not match. */
static void dateline(struct ks_doc *doc, xmlNode *const *times, size_t n_times,
                     size_t max_words, bool clock, bool first_time) {
  const char *iso = doc->published.ptr;
  size_t n = doc->published.len;
  unsigned y = 0, m = 0, d = 0;
  bool utc, stamped = n >= 10 && iso[4] == '-' && iso[7] == '-';
  unsigned hour = 12; /* the stamp's hour in its own zone */
  if (stamped) {
    y = (unsigned)strtoul(iso, NULL, 10);
    m = (unsigned)strtoul(iso + 5, NULL, 10);
    d = (unsigned)strtoul(iso + 8, NULL, 10);
  }
  utc = n >= 17 && iso[10] == 'T' &&
        (iso[n - 1] == 'Z' || (n > 6 && !strcmp(iso + n - 6, "+00:00")));
  /* a stamp with its zone's offset, "-04:00" (one with none says nothing
   * of the zone the page prints its dates in) */
  bool zoned = n >= 22 && (iso[n - 6] == '+' || iso[n - 6] == '-') &&
               iso[n - 3] == ':';
  if (n >= 13 && iso[10] == 'T' && ks_is_digit((unsigned char)iso[11]) &&
      ks_is_digit((unsigned char)iso[12]))
    hour = (unsigned)(iso[11] - '0') * 10 + (unsigned)(iso[12] - '0');
  /* a page with no stamp: its date lines cannot be told from the site's
   * own ("Sunday, January 20, 2008, Today's Toronto Star"), but for the
   * first <time> element's (first_time), a date with its year */
  if (!stamped && !first_time)
    return;
  if (!stamped) {
    xmlChar *c = n_times ? xmlNodeGetContent(times[0]) : NULL;
    struct ks_buf t = KS_BUF_INIT;
    if (c) {
      label_text(&t, (const char *)c, true);
      xmlFree(c);
      cut_stamp_tail(&t);
      if (t.len > 0 && t.len <= 60 && words_of(&t) <= 8 &&
          strncmp(t.ptr, "By ", 3) && !strstr(t.ptr, " ago") &&
          tidy_dateline(&t) && text_date(t.ptr, &y, &m, &d) && y >= 1990) {
        ks_buf_printf(&doc->published, "%04u-%02u-%02u", y, m, d);
        ks_buf_put(&doc->dateline, t.ptr, t.len);
      }
    }
    ks_buf_free(&t);
    return;
  }
  for (size_t i = 0; i < n_times; i++) {
    xmlChar *c = xmlNodeGetContent(times[i]);
    struct ks_buf t = KS_BUF_INIT;
    unsigned y2, m2, d2;
    long diff = 0;
    bool ok;
    if (!c)
      continue;
    label_text(&t, (const char *)c, true);
    xmlFree(c);
    cut_stamp_tail(&t);
    /* not a byline with its date ("By Alessia Amherst, April 8, 2017"),
     * nor a relative time ("Last updated three minutes ago") */
    /* (nor a masthead's day with the weather: "Friday, 12 December 2025 ·
     * Bucharest 3°C") */
    ok = t.len > 0 && t.len <= 100 && words_of(&t) <= max_words &&
         strncmp(t.ptr, "By ", 3) && !strstr(t.ptr, " ago") &&
         !strstr(t.ptr, "\xC2\xB0") &&
         (!clock || has_clock(t.ptr)) &&
         !(doc->n_authors && strstr(t.ptr, doc->authors[0])) &&
         (text_date(t.ptr, &y2, &m2, &d2) ||
          same_day_figures(t.ptr, y, m, d, &y2, &m2, &d2)) &&
         (!stamped ||
          ((diff = civil_days(y2, m2, d2) - civil_days(y, m, d)) >= -1 &&
           diff <= 1 &&
           (diff == 0 || utc ||
            (diff < 0 && hour < 6 && (zoned || has_clock(t.ptr))) ||
            /* a later day only with its own clock: "Updated March 9,
             * 07:42 am", not a masthead's "Friday, September 19" */
            (diff > 0 && hour >= 18 && has_clock(t.ptr)))));
    if (ok) {
      if (diff != 0)
        ks_buf_printf(&doc->shown_date, "%04u-%02u-%02u", y2, m2, d2);
      iso_line(&t);
      ks_buf_put(&doc->dateline, t.ptr, t.len);
    }
    ks_buf_free(&t);
    if (ok)
      return;
  }
}

/* Whether b holds one word, white space around it aside. */
static bool one_word(const struct ks_buf *b) {
  size_t i = 0, n = b->len;
  while (i < n && ks_is_space((unsigned char)b->ptr[i]))
    i++;
  while (n > i && ks_is_space((unsigned char)b->ptr[n - 1]))
    n--;
  if (i == n)
    return false;
  for (size_t k = i; k < n; k++)
    if (ks_is_space((unsigned char)b->ptr[k]))
      return false;
  return true;
}

/* A label a site puts before any headline, not the story's words:
 * "BREAKING NEWS: Chelsea activate ...", "Breaking: ...", "News::Clinton,
 * Obama Spar" (a section's path). */
static void strip_alert(struct ks_buf *t) {
  static const char *const alerts[] = {
      "breaking news: ", "breaking: ", "breaking news - ", "just in: "};
  size_t cut = 0;
  for (size_t i = 0; i < N_OF(alerts) && !cut; i++)
    if (t->len > strlen(alerts[i]) + 10 &&
        ks_mem_eq_ci(t->ptr, alerts[i], strlen(alerts[i])))
      cut = strlen(alerts[i]);
  for (size_t i = 0; !cut && i + 2 < t->len && i < 24; i++) {
    if (!ks_is_alpha((unsigned char)t->ptr[i]) && t->ptr[i] != ' ')
      break;
    if (i > 0 && t->ptr[i + 1] == ':' && t->ptr[i + 2] == ':' &&
        i + 3 < t->len && t->ptr[i + 3] != ' ' && t->len - i > 13)
      cut = i + 3; /* "News::Clinton" */
  }
  if (!cut)
    return;
  memmove(t->ptr, t->ptr + cut, t->len - cut + 1);
  t->len -= cut;
}

/* A <title> that is a list of search words, not a headline: two commas or
 * more and every letter a small ASCII one ("times and star workington
 * lake district, workington news sport, west cumbria news"; a title in
 * another script is no such list). */
static bool keyword_list(const struct ks_buf *t) {
  size_t commas = 0;
  for (size_t i = 0; i < t->len; i++) {
    if (ks_is_upper((unsigned char)t->ptr[i]) ||
        (unsigned char)t->ptr[i] >= 0x80)
      return false;
    commas += t->ptr[i] == ',';
  }
  return commas >= 2;
}

/* The next word of text from *p (letters and figures; a curly or a
 * straight apostrophe inside a word is skipped), folded to lower case in
 * w (at most cap - 1 bytes); false at the text's end. */
static bool next_title_word(const char **p, char *w, size_t cap) {
  const unsigned char *q = (const unsigned char *)*p;
  size_t n = 0;
  while (*q && !ks_is_alnum(*q) && *q < 0x80)
    q++;
  if (!*q)
    return false;
  while (*q && (ks_is_alnum(*q) || *q >= 0x80 || *q == '\'')) {
    if (*q == '\'' || (q[0] == 0xE2 && q[1] == 0x80 && q[2] == 0x99)) {
      q += *q == '\'' ? 1 : 3; /* "Norway's", "Norway’s" alike */
      continue;
    }
    if (n + 1 < cap)
      w[n++] = (char)ks_to_lower(*q);
    q++;
  }
  w[n] = '\0';
  *p = (const char *)q;
  return true;
}

/* Whether the heading h1 says all that the data's shorter headline says,
 * its words in order with more of its own ("Norway's March salmon exports
 * slip 6% by volume" in "... by volume as prices cushion the blow"): the
 * data cut the printed headline short for a search engine. */
static bool heading_extends(const char *head, const char *h1) {
  char a[64], b[64];
  const char *p = head, *q = h1;
  size_t words = 0, extra = 0;
  while (next_title_word(&p, a, sizeof a)) {
    bool found = false;
    while (!found && next_title_word(&q, b, sizeof b)) {
      found = !strcmp(a, b);
      extra += !found;
    }
    if (!found)
      return false;
    words++;
  }
  while (next_title_word(&q, b, sizeof b))
    extra++;
  return words >= 3 && extra >= 1 && strlen(h1) < 300;
}

/* Whether the printed heading h1 tells the same story as the data's
 * headline in other words: a third or more of the headline's words of
 * four letters or more are in it, two at least ("Millions mark Martyrs
 * Day at Namugongo despite rain" and "Namugongo: Rain fails to dampen
 * spirits as millions mark Martyrs Day"), and it reads as a headline,
 * four words or more (not the site's name, a section's label). */
static bool heading_retells(const char *head, const char *h1) {
  char a[64], b[64];
  const char *p = head, *q;
  size_t words = 0, shared = 0, h1_words = 0;
  for (q = h1; next_title_word(&q, b, sizeof b);)
    h1_words++;
  if (h1_words < 4 || strlen(h1) >= 300)
    return false;
  while (next_title_word(&p, a, sizeof a)) {
    bool found = false;
    if (strlen(a) < 4)
      continue;
    words++;
    for (q = h1; !found && next_title_word(&q, b, sizeof b);)
      found = !strcmp(a, b) ||
              /* "Chile" and "Chile's" (folded "chiles") alike, on either
               * side ("Epra's review" and "as EPRA raises") */
              (strlen(b) == strlen(a) + 1 && b[strlen(a)] == 's' &&
               !strncmp(a, b, strlen(a))) ||
              (strlen(a) == strlen(b) + 1 && a[strlen(b)] == 's' &&
               strlen(b) >= 4 && !strncmp(a, b, strlen(b)));
    shared += found;
  }
  return shared >= 2 && shared * 3 >= words;
}

static void pick_title(struct ks_doc *doc, const struct seen *s,
                       const cJSON *art) {
  const char *h = art ? jstr(art, "headline") : NULL;
  struct ks_buf t = KS_BUF_INIT;
  if (!h && art)
    h = jstr(art, "name");
  if (!h && s->og_title)
    h = (const char *)s->og_title;
  if (!h && s->tw_title)
    h = (const char *)s->tw_title;
  if (h) {
    set(&doc->title, h, strlen(h));
    /* (the printed heading when the data's headline is its shortening) */
    /* (or tells the same story in other words: the listener hears the
     * headline the page prints, not the one written for search engines) */
    if (s->h1) {
      node_text(&t, s->h1);
      if (t.len && (heading_extends(h, t.ptr) || heading_retells(h, t.ptr)))
        set(&doc->title, t.ptr, t.len);
      ks_buf_free(&t);
    }
    /* (or the page's title for sharing, with no escaped entity left in
     * it, when it is) */
    const char *og = (const char *)s->og_title;
    if (og && doc->title.len == strlen(h) && !strstr(og, "&#") &&
        heading_extends(h, og))
      set(&doc->title, og, strlen(og));
    /* (or, on a page with no <h1> (an old table's layout), the part of
     * the page's <title> between its separators that is: "The Accra
     * Chronicle :: Business :: Gov't raises ... per bag"; where a heading
     * is printed, the <title>'s longer form is a search engine's) */
    if (s->title && !s->h1 && doc->title.len == strlen(h)) {
      static const char *const seps[] = {" :: ",       " | ",
                                         " - ",        " \u2013 ",
                                         " \u2014 ",   " \u00bb ",
                                         " \u2022 ",   " \u00b7 "};
      node_text(&t, s->title);
      for (char *p = t.ptr; t.len && p && *p;) {
        char *end = NULL;
        for (size_t i = 0; i < N_OF(seps); i++) {
          char *e = strstr(p, seps[i]);
          if (e && (!end || e < end))
            end = e;
        }
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char keep = p[n];
        p[n] = '\0';
        if (!strstr(p, "&#") && heading_extends(h, p) &&
            n > doc->title.len)
          set(&doc->title, p, n);
        p[n] = keep;
        p = end ? end + strcspn(end + 1, " ") + 2 : NULL;
      }
      ks_buf_free(&t);
    }
    strip_labels(&doc->title, &doc->site);
    if (doc->site.len && ends_with(doc->title.ptr, doc->site.ptr))
      strip_site(&doc->title, &doc->site);
    return;
  }
  if (s->title)
    node_text(&t, s->title);
  if (s->h1) {
    node_text(&doc->title, s->h1);
    /* the heading when <title> holds it, or when <title> is one word
     * alone ("Mercury") and the heading reads as a headline */
    if (doc->title.len &&
        (t.len == 0 || strstr(t.ptr, doc->title.ptr) ||
         (one_word(&t) && sentence_case(doc->title.ptr, doc->title.len)) ||
         keyword_list(&t)) &&
        !(t.len && title_label(doc->title.ptr, doc->title.len, &doc->site))) {
      ks_buf_free(&t);
      return;
    }
  }
  set(&doc->title, t.ptr, t.len);
  strip_colon_path(&doc->title);
  strip_labels(&doc->title, &doc->site);
  strip_site(&doc->title, &doc->site);
  strip_labels(&doc->title, &doc->site); /* "Launch Scrubbed - News - City" */
  strip_prefix(&doc->title, &doc->site);
  ks_buf_free(&t);
}

/* Whether x holds a block of its own (a paragraph, a list, a figure):
 * then it is a container, not a line of text. */
static bool holds_block(const xmlNode *x) {
  static const char *const blocks[] = {"article", "div",     "figure", "h1",
                                       "h2",      "h3",      "li",     "ol",
                                       "p",       "section", "table",  "ul"};
  for (const xmlNode *c = x->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    for (size_t i = 0; i < N_OF(blocks); i++)
      if (!strcmp((const char *)c->name, blocks[i]))
        return true;
    if (holds_block(c))
      return true;
  }
  return false;
}

/* Letters of x's text inside links and in all: a line that is mostly
 * links is a box of tags ("Companies <a>Corvane Systems Inc</a> <a>...")
 * or of related stories, not a standfirst. */
static void link_letters(const xmlNode *x, bool in_link, size_t *linked,
                         size_t *all) {
  for (const xmlNode *c = x->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      for (const xmlChar *t = c->content; *t; t++)
        if (ks_is_alnum(*t)) {
          (*all)++;
          *linked += in_link ? 1 : 0;
        }
    } else if (c->type == XML_ELEMENT_NODE) {
      link_letters(c, in_link || !strcmp((const char *)c->name, "a"), linked,
                   all);
    }
  }
}

static bool mostly_links(const xmlNode *x) {
  size_t linked = 0, all = 0;
  link_letters(x, false, &linked, &all);
  return all > 0 && linked * 10 >= all * 7;
}

/* t and the page's summary d say the same, white space aside; a summary
 * cut short with "..." or "…" matches the start of t. */
static bool same_summary(const char *t, const char *d) {
  struct ks_buf b = KS_BUF_INIT;
  bool cut = false, same;
  size_t n, tn = strlen(t);
  label_text(&b, d, false);
  n = b.len;
  if (n > 3 && !strcmp(b.ptr + n - 3, "\xE2\x80\xA6")) {
    n -= 3;
    cut = true;
  }
  while (n > 0 && b.ptr[n - 1] == '.') {
    n--;
    cut = cut || (n + 3 <= b.len && b.ptr[n + 1] == '.');
  }
  while (tn > 0 && t[tn - 1] == '.')
    tn--;
  /* (or the summary is the printed line's first clause, its stop where
   * the line goes on after a semicolon or a comma: "... palace." of "...
   * palace; full reopening not expected before 2028") */
  same = n >= 30 &&
         (cut ? tn >= n
              : tn == n || (tn > n + 2 && (t[n] == ';' || t[n] == ',') &&
                            t[n + 1] == ' ')) &&
         !strncmp(t, b.ptr, n);
  ks_buf_free(&b);
  return same;
}

/* A box of points, not a standfirst: "Key points: ...", "Story
 * highlights ...", "In brief: ..." */
static bool box_label(const char *t) {
  static const char *const labels[] = {
      "at a glance",      "highlights", "in brief", "in short",    "key points",
      "story highlights", "summary",    "tl;dr",    "what we know"};
  for (size_t i = 0; i < N_OF(labels); i++) {
    size_t k = strlen(labels[i]);
    if (ks_mem_eq_ci(t, labels[i], k) && !ks_is_alnum((unsigned char)t[k]))
      return true;
  }
  return false;
}

/* t[0..n) holds mark, in any case. */
static bool text_has_ci(const char *t, size_t n, const char *mark) {
  size_t m = strlen(mark);
  for (size_t k = 0; k + m <= n; k++)
    if (ks_mem_eq_ci(t + k, mark, m))
      return true;
  return false;
}

/* The paragraph c, right after the headline, is the article's header
 * box's standfirst ("<header><h1>...</h1><p class="text-lg ...">Overtime
 * ban from Monday ...</p>": set BF): in a <header>, of eight to sixty
 * words of text alone (no element inside); not a line of a post's meta,
 * a bio, a notice or a caption ("Posted by ... 13 Comments", "March 14,
 * 2017 at 4 PM by ...", "Published ... · 5 min read", "Written by ... |",
 * "Tags:", "Listen to this article", "Jane Smith is a senior reporter",
 * "This content was produced ..."), nor one with a year or a clock's
 * time, a date line's, nor one whose class names such a line or a
 * picture ("story-lead-image", "byline", "entry-meta"). b is its text. */
static bool header_dek(const xmlNode *c, const struct ks_buf *b) {
  static const char *const opens[] = {
      "Friday",   "Monday",   "Posted",  "Saturday", "Sunday",
      "Thursday", "Tuesday",  "Updated", "Wednesday"};
  static const char *const marks[] = {
      "comment",   "share",        "listen",       "reading time", "tags:",
      " read",     "this article", "this content", "this story",   "reporter",
      "correspondent", "editor",   "journalist",   "columnist",    "picture",
      "photo",     "partnership",  "sponsored",    "written by",   "filed",
      "published", "updated",      "\xC2\xB7",     "|",            "\xE2\x80\xA2"};
  static const char *const classes[] = {
      "audio", "author", "bio",   "byline", "caption", "credit", "date",
      "figure", "image", "img",   "media",  "meta",    "note",   "photo",
      "read",  "share",  "sponsor", "tag",  "time"};
  const char *t = b->ptr;
  size_t w0 = 0, words = words_of(b);
  bool meta = false;
  if (!c->parent || strcmp((const char *)c->parent->name, "header") ||
      words < 8 || words > 60 || !c->children || c->children->next ||
      c->children->type != XML_TEXT_NODE || ks_is_digit((unsigned char)*t) ||
      !strncmp(t, "By ", 3))
    return false;
  /* (its first word a month's name or a day's, or "Posted", "Updated") */
  while (ks_is_alpha((unsigned char)t[w0]))
    w0++;
  meta = month_word(t, w0) != 0 && w0 >= 3 && !ks_is_alnum((unsigned char)t[w0]);
  for (size_t k = 0; k < N_OF(opens) && !meta; k++)
    meta = strlen(opens[k]) == w0 && !strncmp(t, opens[k], w0);
  for (size_t k = 0; k < N_OF(marks) && !meta; k++)
    meta = text_has_ci(t, b->len, marks[k]);
  for (size_t k = 0; k + 4 <= b->len && !meta; k++)
    meta = (ks_is_digit((unsigned char)t[k]) &&
            (t[k + 1] == ':' || t[k + 1] == '.') &&
            ks_is_digit((unsigned char)t[k + 2]) &&
            ks_is_digit((unsigned char)t[k + 3])) ||
           ((t[k] == '1' || t[k] == '2') && (t[k + 1] == '9' || t[k + 1] == '0') &&
            ks_is_digit((unsigned char)t[k + 2]) &&
            ks_is_digit((unsigned char)t[k + 3]) &&
            (k == 0 || !ks_is_alnum((unsigned char)t[k - 1])) &&
            !ks_is_alnum((unsigned char)t[k + 4]));
  xmlChar *cls = xmlGetProp(c, (const xmlChar *)"class");
  for (size_t k = 0; cls && k < N_OF(classes) && !meta; k++)
    meta = strstr((const char *)cls, classes[k]) != NULL;
  xmlFree(cls);
  return !meta;
}

/* Elements looked at after the headline for its standfirst. */
#define DEK_LOOK 40

struct dek_walk {
  const xmlNode *h1;
  bool after; /* past the headline */
  int left;   /* elements still to look at after it */
  const char *summary;
  const char *summary2; /* a second summary the page gives, or NULL */
  struct ks_buf *out;
};

/* In document order from x: the first line of text after the headline
 * that is the page's summary, or that its class names a standfirst. */
static bool find_dek(struct dek_walk *w, xmlNode *x) {
  for (xmlNode *c = x->children; c && w->left > 0; c = c->next) {
    const char *n;
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (c == w->h1) {
      w->after = true;
      continue;
    }
    n = (const char *)c->name;
    /* "<ul data-qa="ContentSummary"><li><h2>...": a list after the
     * headline whose text is the page's summary is its standfirst */
    if (w->after && w->summary && (!strcmp(n, "ul") || !strcmp(n, "ol"))) {
      xmlChar *t = xmlNodeGetContent(c);
      struct ks_buf b = KS_BUF_INIT;
      bool same = false;
      if (t) {
        label_text(&b, (const char *)t, false);
        same = words_of(&b) >= 6 && same_summary(b.ptr, w->summary);
        if (same)
          ks_buf_put(w->out, b.ptr, b.len);
      }
      xmlFree(t);
      ks_buf_free(&b);
      if (same)
        return true;
    }
    /* a figure's caption and furniture are never the standfirst */
    if (!strcmp(n, "figure") || !strcmp(n, "figcaption") ||
        !strcmp(n, "script") || !strcmp(n, "style") || !strcmp(n, "nav") ||
        !strcmp(n, "aside") || !strcmp(n, "time") || !strcmp(n, "ul") ||
        !strcmp(n, "ol") || !strcmp(n, "a") || !strcmp(n, "button") ||
        !strcmp(n, "form"))
      continue;
    if (w->after) {
      w->left--;
      if ((!strcmp(n, "p") || !strcmp(n, "h2") || !strcmp(n, "div") ||
           !strcmp(n, "span") || !strcmp(n, "h3")) &&
          !holds_block(c)) {
        xmlChar *t = xmlNodeGetContent(c);
        struct ks_buf b = KS_BUF_INIT;
        bool ok, stop = false;
        if (t) {
          size_t tl = strlen((const char *)t);
          while (tl > 0 && ks_is_space(t[tl - 1]))
            tl--;
          stop = tl > 0 &&
                 (t[tl - 1] == '.' || t[tl - 1] == '!' || t[tl - 1] == '?');
          label_text(&b, (const char *)t, false);
        }
        xmlFree(t);
        /* a sentence in an <h2> right after the headline is its
         * standfirst too ("<h2 class="gnt_ar_shl">... six home runs.") */
        bool sub = w->left == DEK_LOOK - 1 && !strcmp(n, "h2") && stop &&
                   words_of(&b) >= 8;
        /* and a paragraph right after it in the same <header>, the
         * article's header box (header_dek) */
        if (!sub && w->left == DEK_LOOK - 1 && !strcmp(n, "p") &&
            c->parent == w->h1->parent)
          sub = header_dek(c, &b);
        ok = b.len >= 30 && b.len <= 600 && words_of(&b) >= 6 &&
             strncmp(b.ptr, "By ", 3) && !box_label(b.ptr) &&
             !mostly_links(c) &&
             ((w->summary && same_summary(b.ptr, w->summary)) ||
              (w->summary2 && same_summary(b.ptr, w->summary2)) ||
              names_dek(c) ||
              /* "<div class="standfirst"><p>...": the paragraph of a box
               * whose class names it */
              (c->parent && c->parent->type == XML_ELEMENT_NODE &&
               c->parent != w->h1 && !strcmp(n, "p") && names_dek(c->parent)) ||
              /* (or the box around the box: tagDiv's "<div
               * class="tdb_single_subtitle"><div class="tdb-block-inner">
               * <p>...") */
              (c->parent && c->parent->type == XML_ELEMENT_NODE &&
               c->parent->parent &&
               c->parent->parent->type == XML_ELEMENT_NODE &&
               c->parent->parent != w->h1 && !strcmp(n, "p") &&
               names_dek(c->parent->parent)) ||
              sub);
        if (ok)
          ks_buf_put(w->out, b.ptr, b.len);
        /* the body has begun: a paragraph of its own, not a standfirst */
        else if (!strcmp(n, "p") && words_of(&b) >= 25)
          w->left = 0;
        ks_buf_free(&b);
        if (ok)
          return true;
        continue;
      }
    }
    if (find_dek(w, c))
      return true;
  }
  return false;
}

/* The standfirst: the line under the headline that sums the story up, as
 * the page prints it, found near the headline (a few levels up from it)
 * where its text is the page's summary or its class names one. */
static void pick_standfirst(struct ks_doc *doc, const struct seen *s,
                            const cJSON *art) {
  struct dek_walk w;
  xmlNode *scope;
  const char *d = art ? jstr(art, "description") : NULL;
  if (!s->h1)
    return;
  if (!d)
    d = (const char *)(s->og_desc     ? s->og_desc
                       : s->meta_desc ? s->meta_desc
                                      : s->tw_desc);
  scope = s->h1;
  for (int up = 0;
       up < 3 && scope->parent && scope->parent->type == XML_ELEMENT_NODE &&
       strcmp((const char *)scope->parent->name, "body");
       up++)
    scope = scope->parent;
  memset(&w, 0, sizeof w);
  w.h1 = s->h1;
  w.left = DEK_LOOK;
  w.summary = d;
  /* a page's meta description where its og:description differs (one sums
   * up the story, the other the result: "Collingwood beat Geelong 13.11
   * (89) to 11.9 (75)") */
  if (s->meta_desc && d != (const char *)s->meta_desc)
    w.summary2 = (const char *)s->meta_desc;
  w.out = &doc->standfirst;
  find_dek(&w, scope);
  if (doc->standfirst.len && doc->title.len &&
      !strcmp(doc->standfirst.ptr, doc->title.ptr))
    ks_buf_truncate(&doc->standfirst, 0);
}

static void pick_url(struct ks_doc *doc, const struct seen *s,
                     const char *url) {
  const xmlChar *c = s->canonical ? s->canonical : s->og_url;
  if (c) {
    /* (a canonical link written relative, "/en/national/6214-...", is
     * resolved against the page's own address, or without one against
     * its og:url, whose host names the site's country: set BF) */
    /* (only an og:url whose path is the link's own: not another site's,
     * "https://www.facebook.com/..." before "/2025/03/14/cyclone") */
    const xmlChar *in_og = s->og_url && c != s->og_url && c[0] == '/'
                               ? xmlStrstr(s->og_url, c)
                               : NULL;
    const xmlChar *base = url     ? (const xmlChar *)url
                          : in_og && !xmlStrcmp(in_og, c) ? s->og_url
                                                          : (const xmlChar *)"";
    xmlChar *abs = xmlBuildURI(c, base);
    const char *u = abs ? (const char *)abs : (const char *)c;
    set(&doc->url, u, strlen(u));
    if (abs)
      xmlFree(abs);
  } else if (url) {
    set(&doc->url, url, strlen(url));
  }
}

static const xmlNode *item_name(const xmlNode *x);
static void byline_names(struct ks_doc *doc, const char *c);
static bool full_name(const char *s);

/* x's text up to its first line break, into b; whether a break ended it. */
static bool first_line(struct ks_buf *b, const xmlNode *x) {
  for (const xmlNode *c = x->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content)
      ks_buf_puts(b, (const char *)c->content);
    else if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "br"))
      return true;
    else if (c->type == XML_ELEMENT_NODE && first_line(b, c))
      return true;
  }
  return false;
}

static void pick_authors(struct ks_doc *doc, const struct seen *s,
                         const cJSON *art) {
  if (art)
    ld_authors(doc, cJSON_GetObjectItemCaseSensitive(art, "author"));
  /* "creator" where no "author" is given (Parse.ly's metadata) */
  if (art && doc->n_authors == 0 &&
      !cJSON_GetObjectItemCaseSensitive(art, "author"))
    ld_authors(doc, cJSON_GetObjectItemCaseSensitive(art, "creator"));
  for (size_t i = 0; doc->n_authors == 0 && i < s->n_authors; i++)
    add_names(doc, (const char *)s->authors[i],
              strlen((const char *)s->authors[i]));
  /* links rel="author": the first that names someone, and the others in
   * the same line ("By <a>Jane Roe</a> and <a>John Doe</a>") */
  const xmlNode *line = NULL;
  for (size_t i = 0; i < s->n_rel; i++) {
    xmlChar *c;
    if (line ? s->rel_author[i]->parent != line : doc->n_authors > 0)
      continue;
    if ((c = xmlNodeGetContent(s->rel_author[i])) != NULL) {
      size_t had = doc->n_authors;
      add_names(doc, (const char *)c, strlen((const char *)c));
      if (!line && doc->n_authors > had)
        line = s->rel_author[i]->parent;
      xmlFree(c);
    }
  }
  /* microdata: an element itemprop="author", its itemprop="name" if it
   * has one ("<span itemprop="name">By Sandee LaMotte, CNN</span>"); a
   * long one is an author's box, not a name */
  for (size_t i = 0; doc->n_authors == 0 && i < s->n_item_author; i++) {
    const xmlNode *x = item_name(s->item_author[i]);
    xmlChar *c = xmlNodeGetContent(x ? x : s->item_author[i]);
    if (c) {
      byline_names(doc, (const char *)c);
      xmlFree(c);
    }
  }
  /* a line of the page that opens with "By" and whose class or id names
   * a byline, its date left off: "By Chris Wilson 14/01/2008" */
  for (size_t i = 0; doc->n_authors == 0 && i < s->n_bylines; i++) {
    static const char *const parts[] = {"author", "byline"};
    const xmlNode *x = s->bylines[i];
    xmlChar *c;
    if (!names_part(get(x, "class"), parts, N_OF(parts)) &&
        !names_part(get(x, "id"), parts, N_OF(parts)))
      continue;
    if ((c = xmlNodeGetContent(x)) != NULL) {
      byline_names(doc, (const char *)c);
      xmlFree(c);
    }
  }
  /* then an element whose class names its author and whose short text
   * credits someone (credit_line), not another story's in a list of them
   * beside this one */
  for (size_t i = 0; doc->n_authors == 0 && i < s->n_credits; i++) {
    xmlChar *c;
    /* the innermost: not "<div class="byline"><span class="author">Selam
     * Tesfaye</span>, Addis Ababa</div>", whose place is not a second
     * name; a credit holds only later ones, the walk being in order */
    bool outer = false;
    for (size_t j = i + 1; j < s->n_credits && !outer; j++)
      for (const xmlNode *p = s->credits[j]->parent; p && !outer; p = p->parent)
        outer = p == s->credits[i];
    if (outer)
      continue;
    c = xmlNodeGetContent(s->credits[i]);
    if (c) {
      byline_names(doc, (const char *)c);
      xmlFree(c);
    }
  }
  /* a paragraph whose "By" a link follows (by_link): the links' words
   * are the names, what follows them a place or a role ("By <a>Beatriz
   * Assunção</a>, Rio de Janeiro") */
  for (size_t i = 0; doc->n_authors == 0 && i < s->n_bylines; i++) {
    if (strcmp((const char *)s->bylines[i]->name, "p"))
      continue;
    for (const xmlNode *a = s->bylines[i]->children; a; a = a->next) {
      xmlChar *c;
      if (a->type != XML_ELEMENT_NODE || strcmp((const char *)a->name, "a") ||
          (c = xmlNodeGetContent(a)) == NULL)
        continue;
      if (full_name((const char *)c))
        add_names(doc, (const char *)c, strlen((const char *)c));
      xmlFree(c);
    }
  }
  /* last, the page's first line that opens with "By" though nothing
   * names it a byline ("<b>By Kwabena Asante-Mensah</b>" in an old
   * table's cell), where it gives full names: each two words or more in
   * capitals, no figure ("By Friday, the council ..." gives none) */
  if (doc->n_authors == 0 && s->n_bylines > 0) {
    /* (its first line: "By <b>Jane Roe</b>, in Douala<br>Published: ...") */
    struct ks_buf c = KS_BUF_INIT;
    struct ks_doc t;
    bool ok;
    ks_doc_init(&t);
    first_line(&c, s->bylines[0]);
    if (c.len)
      byline_names(&t, c.ptr);
    ks_buf_free(&c);
    /* (a place after its "in" is no name: "By Jane Roe, in Douala") */
    size_t k = 0;
    for (size_t a = 0; a < t.n_authors; a++)
      if (strncmp(t.authors[a], "in ", 3))
        t.authors[k++] = t.authors[a];
      else
        free(t.authors[a]);
    t.n_authors = k;
    ok = t.n_authors > 0;
    for (size_t a = 0; ok && a < t.n_authors; a++)
      ok = full_name(t.authors[a]);
    for (size_t a = 0; ok && a < t.n_authors; a++)
      ks_doc_add_author(doc, t.authors[a], strlen(t.authors[a]));
    ks_doc_free(&t);
  }
}

static bool organisation(const char *name);

/* Whether s reads as a person's full name: two to five words, each
 * opening with a capital (or a particle: "de", "van", "bin"; not "in
 * Zurich"), no figure. */
static bool full_name(const char *s) {
  static const char *const particles[] = {
      "al",  "bin", "binti", "da",  "das", "de", "del", "della", "den",
      "der", "di",  "do",    "dos", "du",  "e",  "el",  "ibn",   "la",
      "le",  "ter", "van",   "von", "y"};
  size_t words = 0;
  for (const char *w = s; *w;) {
    const char *e = w;
    while (*e && *e != ' ')
      e++;
    bool particle = false;
    for (size_t i = 0; i < N_OF(particles) && !particle; i++)
      particle = (size_t)(e - w) == strlen(particles[i]) &&
                 !memcmp(w, particles[i], (size_t)(e - w));
    if (!ks_is_upper((unsigned char)*w) && (unsigned char)*w < 0xC3 &&
        !particle)
      return false;
    /* no word in capitals beside others in small letters ("Classificação
     * NASCAR": a heading's), no comma (a place after it: "Ingrid
     * Håkonsen, Bergen" is the name and where she writes from) */
    if ((e - w >= 3 && ks_is_upper((unsigned char)w[1]) &&
         ks_is_upper((unsigned char)w[2]) &&
         strcspn(s, "abcdefghijklmnopqrstuvwxyz") < strlen(s)) ||
        e[-1] == ',')
      return false;
    for (const char *q = w; q < e; q++)
      if (ks_is_digit((unsigned char)*q))
        return false;
    words++;
    w = *e ? e + 1 : e;
  }
  /* not an article's words or an outlet's: "By The Numbers", "By Getty
   * Images" */
  return words >= 2 && words <= 5 && strncmp(s, "The ", 4) &&
         !organisation(s) && !strstr(s, "Images") && !strstr(s, "Newsletter");
}

/* The next word of a name from *p, lower case, a Latin-1 letter's
 * accent left off ("Echeverría" and "Echeverria" are one name to
 * compare; no library of ours folds accents, and names need only
 * Latin-1's), into w; false at the end. */
static bool next_name_word(const char **p, char *w, size_t cap) {
  /* U+00C0 to U+00FF, by their second byte after 0xC3, less 0x80 */
  static const char base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                             "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  const unsigned char *q = (const unsigned char *)*p;
  size_t n = 0;
  while (*q && (*q == ' ' || *q == '-' || *q == '.' || *q == ','))
    q++;
  if (!*q)
    return false;
  while (*q && *q != ' ' && *q != '-' && *q != ',') {
    char c = 0;
    if (q[0] == 0xC3 && q[1] >= 0x80 && q[1] <= 0xBF) {
      c = base[q[1] - 0x80];
      q += 2;
    } else {
      c = *q >= 0x80 ? '?' : (char)ks_to_lower(*q);
      q++;
    }
    if (c != '.' && n + 1 < cap)
      w[n++] = c;
  }
  w[n] = '\0';
  *p = (const char *)q;
  return true;
}

/* Whether the printed name says all that the data's name says, its words
 * in order with the same first word and perhaps more of its own
 * ("Ayesha Khan" in "Ayesha Rahman Khan", "Martina Echeverria" as
 * "Martina Echeverría"), or the data gives the name in another script
 * than the page's printed Latin one ("박지훈", "Park Ji-hoon"). */
static bool printed_name(const char *data, const char *printed) {
  char a[64], b[64];
  const char *p = data, *q = printed;
  size_t words = 0;
  bool latin = false;
  for (const char *c = data; *c && !latin; c++)
    latin = ks_is_alpha((unsigned char)*c);
  if (!latin) {
    for (const unsigned char *c = (const unsigned char *)printed; *c; c++)
      if (*c >= 0x80 && !(*c == 0xC3 && c[1] >= 0x80 && c[1] <= 0xBF && ++c))
        return false; /* Latin letters, Latin-1's accents among them */
    return strchr(printed, ' ') != NULL;
  }
  while (next_name_word(&p, a, sizeof a)) {
    bool found = false;
    while (!found && next_name_word(&q, b, sizeof b)) {
      found = !strcmp(a, b);
      if (!found && words == 0)
        return false; /* another first name */
    }
    if (!found)
      return false;
    words++;
  }
  return words >= 2 && strcmp(data, printed) != 0;
}

/* The names as the page prints them where the data's are their
 * shortening: each data name matched, in order, by one of the first
 * printed byline's names that names as many people. */
static void prefer_printed(struct ks_doc *doc, const struct seen *s) {
  struct ks_doc t;
  bool done = false;
  if (doc->n_authors == 0)
    return;
  bool script = true;
  for (const char *c = doc->authors[0]; *c && script; c++)
    script = !ks_is_alpha((unsigned char)*c);
  /* (a name in another script only from the page's first byline, not a
   * list of other stories' further down) */
  for (size_t i = 0; !done && i < (script ? 1 : s->n_bylines + s->n_credits);
       i++) {
    const xmlNode *x =
        i < s->n_bylines ? s->bylines[i] : s->credits[i - s->n_bylines];
    xmlChar *c = xmlNodeGetContent(x);
    bool ok;
    ks_doc_init(&t);
    if (c) {
      byline_names(&t, (const char *)c);
      xmlFree(c);
    }
    ok = t.n_authors == doc->n_authors;
    for (size_t a = 0; ok && a < t.n_authors; a++)
      ok = (printed_name(doc->authors[a], t.authors[a]) &&
            full_name(t.authors[a])) ||
           !strcmp(doc->authors[a], t.authors[a]);
    for (size_t a = 0; ok && a < t.n_authors; a++) {
      char *had = doc->authors[a];
      doc->authors[a] = t.authors[a];
      t.authors[a] = had; /* freed with t */
    }
    done = ok;
    ks_doc_free(&t);
  }
}

/* The names of a byline's text c, what follows them left off: a date, a
 * bar or a bracket, "published ...", "updated ..."; six words at most
 * ("By Chris Wilson 14/01/2008", "Amy Sherman | asherma2@..."). */
static void byline_names(struct ks_doc *doc, const char *c) {
  static const char *const stops[] = {" posted", " published", " updated",
                                      " on ", " photos:", " photo:"};
  struct ks_buf t = KS_BUF_INIT;
  size_t k = 0, words = 1, skip;
  label_text(&t, c, false);
  /* "Written by Jane Roe": the credit's verb; "16th Jan 2008, 09:28am by
   * Jane Roe.": a date first, the names after its "by" */
  if ((skip = credit_by(t.ptr)) == 0 && t.len &&
      ks_is_digit((unsigned char)*t.ptr)) {
    const char *by = strstr(t.ptr, " by ");
    if (by && by - t.ptr < 40)
      skip = (size_t)(by - t.ptr) + 4;
  }
  if (skip) {
    memmove(t.ptr, t.ptr + skip, t.len - skip + 1);
    t.len -= skip;
  }
  while (t.len && strchr(".", t.ptr[t.len - 1]))
    t.ptr[--t.len] = 0;
  while (k < t.len && !ks_is_digit((unsigned char)t.ptr[k]) &&
         !strchr("|(", t.ptr[k])) {
    bool stop = false;
    for (size_t i = 0; i < N_OF(stops) && !stop; i++)
      stop = t.len - k >= strlen(stops[i]) &&
             ks_mem_eq_ci(t.ptr + k, stops[i], strlen(stops[i]));
    /* a dash set off by spaces: a date or the outlet follows ("Jeff
     * Foust — November 18, 2019") */
    stop = stop || (t.ptr[k] == ' ' && (t.ptr[k + 1] == '-' ||
                                        !strncmp(t.ptr + k + 1, "\u2013", 3) ||
                                        !strncmp(t.ptr + k + 1, "\u2014", 3)));
    if (stop)
      break;
    k++;
  }
  while (k > 0 && strchr(" ,;:-", t.ptr[k - 1]))
    k--;
  /* the words of the names and a role, a dash after them and the "By"
   * before them not counted ("By Elin Maddocks, Local Democracy
   * Reporter -") */
  for (size_t i = starts_ci(t.ptr, k, "by ") ? 3 : 0; i < k; i++)
    words += t.ptr[i] == ' ';
  if (k > 3 && words <= 6)
    add_names(doc, t.ptr, k);
  ks_buf_free(&t);
}

/* The element under x with itemprop="name", or NULL. */
static const xmlNode *item_name(const xmlNode *x) {
  for (const xmlNode *c = x->children; c; c = c->next) {
    const xmlChar *v;
    const xmlNode *r;
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if ((v = get(c, "itemprop")) != NULL && has_word(v, "name"))
      return c;
    if ((r = item_name(c)) != NULL)
      return r;
  }
  return NULL;
}

/* The byline as the page prints it, where it says more than the names:
 * "By Priya Raghunathan, Local Democracy Reporting Service", "Annika
 * Vollmer in Zurich". A line with figures (a date), a link's call or
 * more than a short role is the page's furniture, not a byline. */
static void pick_byline(struct ks_doc *doc, const struct seen *s) {
  static const char *const calls[] = {"email", "follow", "more",    "published",
                                      "read",  "share",  "twitter", "updated"};
  if (doc->n_authors == 0)
    return;
  /* the lines that open with "By", then the elements named a byline
   * that hold its names ("<div class="hbr-byline">Selamawit Tesfaye,
   * Addis Ababa</div>") */
  for (size_t i = 0; i < s->n_bylines + s->n_credits; i++) {
    const xmlNode *x =
        i < s->n_bylines ? s->bylines[i] : s->credits[i - s->n_bylines];
    xmlChar *c = xmlNodeGetContent(x);
    struct ks_buf t = KS_BUF_INIT;
    const char *last, *rest;
    bool ok = c != NULL;
    if (c) {
      label_text(&t, (const char *)c, false);
      xmlFree(c);
    }
    while (t.len && strchr(" -", t.ptr[t.len - 1]))
      t.ptr[--t.len] = '\0'; /* a dash before the date that follows */
    for (size_t k = 0; ok && k < t.len; k++)
      ok = !ks_is_digit((unsigned char)t.ptr[k]) && !strchr("|()", t.ptr[k]);
    ok = ok && t.len > 0 && t.len <= 100;
    for (size_t a = 0; ok && a < doc->n_authors; a++)
      ok = strstr(t.ptr, doc->authors[a]) != NULL;
    for (size_t w = 0; ok && w < sizeof calls / sizeof calls[0]; w++)
      for (const char *q = t.ptr; ok && *q; q++)
        ok = !((size_t)(t.ptr + t.len - q) >= strlen(calls[w]) &&
               ks_mem_eq_ci(q, calls[w], strlen(calls[w])) &&
               (q == t.ptr || !ks_is_alpha((unsigned char)q[-1])) &&
               !ks_is_alpha((unsigned char)q[strlen(calls[w])]));
    /* more than the names: a role or a place after the last, in words
     * (not an outlet in capitals, "FLORIDA TODAY") */
    last = ok ? strstr(t.ptr, doc->authors[doc->n_authors - 1]) : NULL;
    rest = last ? last + strlen(doc->authors[doc->n_authors - 1]) : "";
    while (*rest == ' ')
      rest++;
    for (const char *q = rest; ok && *q; q++)
      ok = !(ks_is_upper((unsigned char)q[0]) &&
             ks_is_upper((unsigned char)q[1]) &&
             ks_is_upper((unsigned char)q[2]) &&
             ks_is_upper((unsigned char)q[3]));
    /* not a link's call glued to the name ("Callum HartFollow") */
    for (size_t w = 0; ok && *rest && w < sizeof calls / sizeof calls[0]; w++)
      ok = !(ks_mem_eq_ci(rest, calls[w], strlen(calls[w])) &&
             !ks_is_alpha((unsigned char)rest[strlen(calls[w])]));
    /* a short role or place: ", Health correspondent", " in Zurich",
     * " - Live Science Contributor", or one in its own element */
    if (ok && *rest) {
      size_t rw = 1;
      for (const char *q = rest; *q; q++)
        rw += *q == ' ';
      ok = rw <= 6 &&
           (*rest == ',' || *rest == '-' || !strncmp(rest, "in ", 3) ||
            !strncmp(rest, "at ", 3) || /* "at the MCG", a ground */
            (unsigned char)*rest == 0xE2 || ks_is_upper((unsigned char)*rest));
    }
    if (ok && *rest &&
        (!strncmp(t.ptr, "By ", 3) ||
         !strncmp(t.ptr, doc->authors[0], strlen(doc->authors[0])))) {
      if (strncmp(t.ptr, "By ", 3))
        ks_buf_puts(&doc->byline, "By ");
      /* "Eleanor Whitcombe Political correspondent", "Scott
       * ThistleStaff Writer": the role in an element of its own, after a
       * pause */
      if (ks_is_upper((unsigned char)*rest) &&
          (ks_is_alpha((unsigned char)rest[-1]) ||
           (rest[-1] == ' ' && ks_is_alpha((unsigned char)rest[-2])))) {
        ks_buf_put(&doc->byline, t.ptr, (size_t)(last - t.ptr));
        ks_buf_puts(&doc->byline, doc->authors[doc->n_authors - 1]);
        ks_buf_puts(&doc->byline, ", ");
        ks_buf_puts(&doc->byline, rest);
      } else {
        ks_buf_put(&doc->byline, t.ptr, t.len);
      }
      ks_buf_free(&t);
      return;
    }
    ks_buf_free(&t);
  }
}

/* s folded for comparing names of outlets: lower-case letters and digits
 * only, without a company's ending ("Gallup, Inc." gallup, "Gallup.com"
 * gallup, "iTech Post" itechpost). */
static void fold_outlet(const char *s, size_t n, char *out, size_t size) {
  static const char *const ends[] = {" inc",   " inc.", ", inc.", ", inc",
                                     " ltd",   " ltd.", " llc",   " corp",
                                     " corp.", " plc",  ".com",   " co."};
  size_t k = 0;
  bool cut = true;
  trim(&s, &n);
  while (cut) { /* "Acme Corp. Inc.": each ending in turn */
    cut = false;
    for (size_t e = 0; e < sizeof ends / sizeof ends[0] && !cut; e++) {
      size_t m = strlen(ends[e]);
      if (n > m && ks_mem_eq_ci(s + n - m, ends[e], m)) {
        n -= m;
        cut = true;
      }
    }
  }
  for (size_t i = 0; i < n && k + 1 < size; i++)
    if (ks_is_alnum((unsigned char)s[i]))
      out[k++] = (char)ks_to_lower((unsigned char)s[i]);
  out[k] = '\0';
}

/* The name a web address is known by: "www.itechpost.com" itechpost. */
static void host_label(const char *url, char *out, size_t size) {
  const char *h = strstr(url, "://"), *e, *dot, *last = NULL, *prev = NULL;
  out[0] = '\0';
  if (!h)
    return;
  h += 3;
  e = h + strcspn(h, "/:?#");
  for (dot = h; dot < e; dot++)
    if (*dot == '.') {
      prev = last;
      last = dot;
    }
  if (!last)
    return;
  h = prev ? prev + 1 : h;
  fold_outlet(h, (size_t)(last - h), out, size);
}

/* Whether a byline names an organisation, not a person: a word of these
 * in it ("Vivid Interactive and Design", "BD Staff", "Associated Press"). */
static bool organisation(const char *name) {
  static const char *const words[] = {
      "interactive", "design",      "media",       "digital", "staff",
      "newsroom",    "desk",        "team",        "wire",    "services",
      "online",      "press",       "news",        "network", "editorial",
      "editors",     "agency",      "agencies",    "reports", "inc",
      "ltd",         "llc",         "corporation", "bureau",  "contributed",
      "contributor", "contributors"};
  const char *w = name;
  /* a name in one piece that ends in an outlet's word: "CBSNews",
   * "KTLAOnline" */
  static const char *const tails[] = {"media", "news", "online"};
  size_t len = strlen(name);
  if (!strchr(name, ' '))
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
      size_t k = strlen(tails[i]);
      if (len > k + 1 && ks_mem_eq_ci(name + len - k, tails[i], k))
        return true;
    }
  while (*w) {
    size_t n = 0;
    while (*w && !ks_is_alpha((unsigned char)*w))
      w++;
    while (ks_is_alpha((unsigned char)w[n]))
      n++;
    for (size_t i = 0; n && i < sizeof words / sizeof words[0]; i++)
      if (strlen(words[i]) == n && ks_mem_eq_ci(w, words[i], n))
        return true;
    w += n;
  }
  return false;
}

/* An author that is the outlet itself, as a page's author tag often holds
 * ("Gallup, Inc." on gallup.com, "iTech Post" on itechpost.com), or a
 * user name in small letters ("indiainteracts"): not a byline to read. */
static void drop_outlet_authors(struct ks_doc *doc) {
  char site[128] = "", host[128] = "", a[128];
  size_t k = 0;
  if (doc->site.len)
    fold_outlet(doc->site.ptr, doc->site.len, site, sizeof site);
  if (doc->url.len)
    host_label(doc->url.ptr, host, sizeof host);
  for (size_t i = 0; i < doc->n_authors; i++) {
    const char *name = doc->authors[i];
    bool handle = !strchr(name, ' ') && strlen(name) > 3;
    /* a wire's or a broadcaster's initials alone: "CBS", "AFP", "PTI" */
    bool initials = strlen(name) >= 2 && strlen(name) <= 5;
    for (const char *c = name; handle && *c; c++)
      handle = ks_is_lower((unsigned char)*c) || ks_is_digit((unsigned char)*c);
    for (const char *c = name; initials && *c; c++)
      initials = ks_is_upper((unsigned char)*c);
    handle = handle || initials;
    fold_outlet(name, strlen(name), a, sizeof a);
    if (handle || organisation(name) ||
        (a[0] && (!strcmp(a, site) || !strcmp(a, host)))) {
      free(doc->authors[i]);
      continue;
    }
    doc->authors[k++] = doc->authors[i];
  }
  doc->n_authors = k;
}

/* Whether the article says it is not free to read (Google's paywall
 * markup: "isAccessibleForFree": false, or the string "False"). */
static bool not_free(const cJSON *art) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(art, "isAccessibleForFree");
  return cJSON_IsFalse(v) ||
         (cJSON_IsString(v) && v->valuestring &&
          (ks_eq_ci(v->valuestring, "false") || !strcmp(v->valuestring, "0")));
}

static bool has_type(const cJSON *o, const char *type) {
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "@type"), *e;
  if (cJSON_IsString(t))
    return !strcmp(t->valuestring, type);
  cJSON_ArrayForEach(e, t) {
    if (cJSON_IsString(e) && !strcmp(e->valuestring, type))
      return true;
  }
  return false;
}

/* One line of a byline's block, lt (label_text's), as its date: it opens
 * with "Published" or "Posted" and holds a date with its year; the label
 * goes, and what follows a bar but a clock ("Published: 11/03/2025 |
 * 14:37 | Hits: 3,412" -> "11/03/2025, 14:37"). */
static bool labelled_date(struct ks_doc *doc, struct ks_buf *lt) {
  static const char *const labels[] = {"Published on", "Published", "Posted on",
                                       "Posted"};
  unsigned a, b, y;
  size_t skip = 0;
  for (size_t i = 0; i < N_OF(labels) && !skip; i++)
    if (starts_ci(lt->ptr, lt->len, labels[i]) &&
        (lt->len == strlen(labels[i]) ||
         !ks_is_alpha((unsigned char)lt->ptr[strlen(labels[i])])))
      skip = strlen(labels[i]);
  if (!skip)
    return false;
  while (skip < lt->len && (lt->ptr[skip] == ':' || lt->ptr[skip] == ' '))
    skip++;
  struct ks_buf t = KS_BUF_INIT;
  const char *p = lt->ptr + skip, *e = lt->ptr + lt->len;
  const char *bar = strstr(p, " | ");
  ks_buf_put(&t, p, (size_t)((bar ? bar : e) - p));
  if (bar) { /* a clock after the bar */
    const char *c = bar + 3, *ce = strstr(c, " | ");
    size_t cl = (size_t)((ce ? ce : e) - c);
    if (cl >= 4 && cl <= 8 && ks_is_digit((unsigned char)*c)) {
      struct ks_buf k = KS_BUF_INIT;
      ks_buf_put(&k, c, cl);
      if (has_clock(k.ptr)) {
        ks_buf_puts(&t, ", ");
        ks_buf_put(&t, c, cl);
      }
      ks_buf_free(&k);
    }
  }
  bool figures = t.len > 0 && figures_date(t.ptr, &a, &b, &y);
  bool ok = t.len > 0 && t.len <= 60 &&
            (figures || text_date(t.ptr, &y, &a, &b)) && y >= 1990;
  if (ok) {
    /* the day of it: figures either way round by which can be a month,
     * else by the site's country (url.c; a ".com" says nothing) */
    char cc[3];
    char order = ks_url_country(doc->url.ptr, cc) ? ks_country_date_order(cc) : 0;
    bool day_first = figures && (a > 12 || (b <= 12 && order == 'd'));
    bool month_first = figures && !day_first && (b > 12 || order == 'm');
    /* a day either way round with nothing to tell which is not said
     * ("Published: 05/06/2025" on a ".com") */
    if (figures && !day_first && !month_first) {
      ks_buf_free(&t);
      return false;
    }
    ks_buf_put(&doc->dateline, t.ptr, t.len);
    if (!figures)
      ks_buf_printf(&doc->published, "%04u-%02u-%02u", y, a, b);
    else if (day_first && b >= 1 && b <= 12)
      ks_buf_printf(&doc->published, "%04u-%02u-%02u", y, b, a);
    else if (month_first && a >= 1 && a <= 12)
      ks_buf_printf(&doc->published, "%04u-%02u-%02u", y, a, b);
  }
  ks_buf_free(&t);
  return ok;
}

/* The lines of x's text split at its line breaks, each tried by
 * labelled_date; whether one was the date. */
static bool lines_date(struct ks_doc *doc, const xmlNode *x, struct ks_buf *line) {
  for (const xmlNode *c = x->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      ks_buf_puts(line, (const char *)c->content);
    } else if (c->type == XML_ELEMENT_NODE &&
               !strcmp((const char *)c->name, "br")) {
      struct ks_buf t = KS_BUF_INIT;
      label_text(&t, line->ptr ? line->ptr : "", false);
      ks_buf_clear(line);
      bool ok = t.len && labelled_date(doc, &t);
      ks_buf_free(&t);
      if (ok)
        return true;
    } else if (c->type == XML_ELEMENT_NODE && lines_date(doc, c, line)) {
      return true;
    }
  }
  return false;
}

/* A page with no stamp and no date line found: the date line in the
 * byline's own block, after its break or in the elements right after it
 * ("By <b>Jane Roe</b><br>Published: 11/03/2025 | 14:37"). */
static void byline_date(struct ks_doc *doc, const struct seen *s) {
  const xmlNode *x;
  struct ks_buf line = KS_BUF_INIT;
  int k = 0;
  if (s->n_bylines == 0)
    return;
  for (x = s->bylines[0]; x && k < 3 && !doc->dateline.len; x = x->next) {
    if (x->type != XML_ELEMENT_NODE)
      continue;
    ks_buf_clear(&line);
    if (!lines_date(doc, x, &line) && line.len) {
      struct ks_buf t = KS_BUF_INIT;
      label_text(&t, line.ptr, false);
      if (t.len)
        labelled_date(doc, &t);
      ks_buf_free(&t);
    }
    k++;
  }
  ks_buf_free(&line);
}

void ks_meta_read(xmlDocPtr xd, const char *url, struct ks_doc *doc,
                  struct ks_meta_body *body) {
  struct seen s;
  const cJSON *art = NULL;
  const char *v;
  int rank = 0;
  xmlNode *root = xmlDocGetRootElement(xd);

  memset(&s, 0, sizeof s);
  if (root) {
    s.html_lang = get(root, "lang");
    if (empty(s.html_lang))
      s.html_lang = get(root, "xml:lang");
    walk(&s, root);
  }
  for (size_t i = 0; i < s.n_ld; i++)
    find_article(s.ld[i], 0, &art, &rank);

  if (s.og_site)
    set(&doc->site, (const char *)s.og_site, strlen((const char *)s.og_site));
  else if (art && (v = jstr(cJSON_GetObjectItemCaseSensitive(art, "publisher"),
                            "name")) != NULL)
    set(&doc->site, v, strlen(v));
  else if (s.app_name)
    set(&doc->site, (const char *)s.app_name, strlen((const char *)s.app_name));

  pick_title(doc, &s, art);
  strip_alert(&doc->title);
  if (body) {
    body->titled = (art && (jstr(art, "headline") || jstr(art, "name"))) ||
                   s.og_title || s.tw_title;
    if (s.title)
      node_text(&body->page_title, s.title);
  }
  pick_authors(doc, &s, art);
  prefer_printed(doc, &s);
  pick_byline(doc, &s);
  pick_standfirst(doc, &s, art);

  const char *dp = art ? jstr(art, "datePublished") : NULL;
  if (dp)
    set_date(&doc->published, dp);
  if (!doc->published.len && s.item_date)
    set_date(&doc->published, (const char *)s.item_date);
  if (!doc->published.len && s.time_dt)
    set_date(&doc->published, (const char *)s.time_dt);
  if (!doc->published.len && s.og_published)
    set_date(&doc->published, (const char *)s.og_published);
  if (!doc->published.len && s.meta_date)
    set_date(&doc->published, (const char *)s.meta_date);
  if (!doc->published.len && dp && root)
    slashed_date(&doc->published, dp, root);
  dateline(doc, s.times, s.n_times, 20, false, true);
  /* else an element named for a date: a short line, "Posted on: January
   * 15, 2008 07:36 PST" */
  if (!doc->dateline.len) /* one with a time first: not the site's "today" */
    dateline(doc, s.dated, s.n_dated, 10, true, false);
  if (!doc->dateline.len)
    dateline(doc, s.dated, s.n_dated, 10, false, false);
  /* "Updated 14 May 2025" under the headline of a guide first published
   * years before: where no line shows the day of publication, a line that
   * shows the day of the last change, and says so, is the dateline (the
   * stamp of publication stays the document's) */
  const char *mod = art ? jstr(art, "dateModified") : NULL;
  if (!mod && s.og_modified)
    mod = (const char *)s.og_modified;
  if (!doc->dateline.len && doc->published.len && mod) {
    struct ks_buf published = doc->published;
    doc->published = (struct ks_buf)KS_BUF_INIT;
    set_date(&doc->published, mod);
    dateline(doc, s.times, s.n_times, 20, false, false);
    if (!doc->dateline.len)
      dateline(doc, s.dated, s.n_dated, 10, false, false);
    if (doc->dateline.len && !starts_ci(doc->dateline.ptr, doc->dateline.len,
                                        "updated") &&
        !starts_ci(doc->dateline.ptr, doc->dateline.len, "last updated"))
      ks_buf_clear(&doc->dateline);
    ks_buf_clear(&doc->shown_date);
    ks_buf_free(&doc->published);
    doc->published = published;
  }
  /* no stamp at all: an element named for a date in the headline's own
   * block is the story's ("<td class="story-title">Wurz joins Honda as
   * test driver <span class="latest-news-date">Thursday, 10, January,
   * 2008"), not the site's "today" */
  if (!doc->published.len && !doc->dateline.len) {
    struct ks_buf head = KS_BUF_INIT; /* the headline, or the page's title */
    if (doc->title.len)
      ks_buf_put(&head, doc->title.ptr, doc->title.len);
    else if (s.title)
      node_text(&head, s.title);
    for (size_t i = 0; head.len >= 12 && i < s.n_dated && !doc->dateline.len;
         i++)
      if (beside_title(s.dated[i], &head) ||
          (!masthead_date(s.dated[i]) &&
           title_just_before(s.dated[i], &head, 300))) {
        xmlNode *one = s.dated[i];
        dateline(doc, &one, 1, 10, false, true);
      }
    ks_buf_free(&head);
  }

  if (!empty(s.html_lang))
    set_lang(&doc->language, (const char *)s.html_lang, false);
  if (!doc->language.len && art && (v = jstr(art, "inLanguage")) != NULL)
    set_lang(&doc->language, v, false);
  if (!doc->language.len && s.og_locale)
    set_lang(&doc->language, (const char *)s.og_locale, true);
  if (!doc->language.len && s.content_lang)
    set_lang(&doc->language, (const char *)s.content_lang, false);

  pick_url(doc, &s, url);
  if (!doc->published.len && !doc->dateline.len)
    byline_date(doc, &s);
  drop_outlet_authors(doc);

  if (art && body) {
    if ((v = jstr(art, "articleBody")) != NULL)
      ks_buf_puts(&body->text, v);
    body->live = has_type(art, "LiveBlogPosting");
    body->paywalled = not_free(art);
  }
  for (size_t i = 0; i < s.n_ld; i++)
    cJSON_Delete(s.ld[i]);
}

void ks_meta_top_line(struct ks_doc *doc, const char *text, size_t len,
                      bool by) {
  char *c = ks_xmalloc(len + 1);
  struct ks_buf t = KS_BUF_INIT;
  unsigned y, m, d;
  const char *colon;
  memcpy(c, text, len);
  c[len] = '\0';
  if (by) {
    if (doc->n_authors == 0)
      byline_names(doc, c);
    free(c);
    return;
  }
  label_text(&t, c, true);
  free(c);
  cut_stamp_tail(&t);
  /* "Posted on: January 15, 2008": a label of a few words before its
   * colon is not said */
  if ((colon = memchr(t.ptr, ':', t.len)) != NULL && colon > t.ptr &&
      (size_t)(colon - t.ptr) < 20 && colon + 1 < t.ptr + t.len &&
      colon[1] == ' ' && !ks_is_digit((unsigned char)colon[-1])) {
    size_t skip = (size_t)(colon + 2 - t.ptr);
    memmove(t.ptr, t.ptr + skip, t.len - skip + 1);
    t.len -= skip;
  }
  /* not a line that names its poster or an address ("Posted by jrmylmb,
   * Tuesday, ...", "19:53 GMT www.afxnews.com") */
  if (!doc->published.len && t.len > 0 && t.len <= 80 && words_of(&t) <= 12 &&
      !starts_ci(t.ptr, t.len, "by ") && !strstr(t.ptr, " ago") &&
      !strstr(t.ptr, " by ") && !strstr(t.ptr, " By ") &&
      !strstr(t.ptr, " BY ") && !strstr(t.ptr, "www.") &&
      !strstr(t.ptr, ".com") && !strchr(t.ptr, '@') &&
      text_date(t.ptr, &y, &m, &d) && y >= 1990 && m >= 1 && m <= 12 &&
      d >= 1 && d <= 31) {
    ks_buf_printf(&doc->published, "%04u-%02u-%02u", y, m, d);
    ks_buf_clear(&doc->dateline);
    ks_buf_put(&doc->dateline, t.ptr, t.len);
  }
  ks_buf_free(&t);
}
