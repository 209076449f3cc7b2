/* meta.h - article metadata (headline, authors, date, site, language, URL).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_META_H
#define KS_META_H

#include "kispeak.h"

#include <libxml/tree.h>

/** What the page's structured data says about its body. */
struct ks_meta_body {
  struct ks_buf text; /* JSON-LD articleBody, or "" */
  bool live;          /* a LiveBlogPosting */
  bool paywalled;     /* isAccessibleForFree is false */
  bool titled;        /* the title is the page's data's (JSON-LD, OpenGraph,
                         Twitter), not its <title> or <h1> */
  struct ks_buf page_title; /* the <title> element's text as written, or "" */
};

/** Fill doc's title, authors, published, site, language and url from the
 *  parsed page xd (JSON-LD, OpenGraph, meta tags, <time>, <html lang>,
 *  canonical link). url is the page's address or NULL. body (may be NULL;
 *  its text initialised by the caller) gets what the JSON-LD article says
 *  of its body. */
void ks_meta_read(xmlDocPtr xd, const char *url, struct ks_doc *doc,
                  struct ks_meta_body *body);

/** A line the cleaner took from the top of the article's own blocks,
 *  above its first paragraph (extract.c): a byline ("By Alice Turner")
 *  names the authors where the page's data names none (by), a date line
 *  ("Thursday, January 17th, 2008") gives the date where the page has no
 *  stamp, said as the page prints it. */
void ks_meta_top_line(struct ks_doc *doc, const char *text, size_t len,
                      bool by);

/** Whether p[0..n) reads as a name, every word of it capitalised ("San
 *  Bernardino County Sun"), rather than a headline with small words. */
bool ks_meta_all_capitalised(const char *p, size_t n);

/** What stands between a headline and the site's name or section in a
 *  page title: " | ", " - ", " : ", " @ " and their kin. */
#define KS_N_TITLE_SEPS 11
extern const char *const ks_title_seps[KS_N_TITLE_SEPS];

#endif
