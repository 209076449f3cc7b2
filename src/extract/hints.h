/* hints.h - what an element's class and id say about it (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_HINTS_H
#define KS_HINTS_H

#include <stdbool.h>

enum { KS_ONLY_HEADER = 1, KS_ONLY_MENU = 2, KS_ONLY_CAPTION = 4 };

struct ks_hints {
  bool unlikely; /* furniture: navigation, comments, sharing, ads... */
  /* the furniture words that are the only ones it holds, KS_ONLY_*: a
   * heading names itself a "header"; a restaurant's "menu" has no links;
   * a table's <caption> calls itself a "caption" */
  unsigned only;
  bool neg;      /* less likely to be the article */
  bool pos;      /* more likely to be the article */
  bool guard;    /* names the article's content: "article-body" */
  bool hidden;   /* not shown: "hidden", "sr-only"; a modal or pop-over */
  bool paywall;  /* a paywall or registration wall */
  bool facts;    /* a fact box: "rd-factbox", "key-facts", "at-a-glance" */
  bool pull;     /* a pull quote: "pullquote", "pull-quote" */
};

/** Add what a class or id attribute value says to h. Each class name counts
 *  as a whole: it is split into words at '-', '_' and other punctuation,
 *  and a hint word must be one of those words
 *  (a few long ones may also open or close a word: "sitefooter"), never
 *  the inside of one ("noprint" is not "print"). In one class name a
 *  furniture word outweighs a content word ("comments-body" is comments).
 *  WordPress's taxonomy classes on a post ("tag-economy", "category-news")
 *  name its topics, not its parts, and are left out. */
void ks_hints_scan(struct ks_hints *h, const char *value);

#endif
