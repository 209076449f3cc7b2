/* hints.c - what an element's class and id say about it.
 * SPDX-License-Identifier: MIT
 *
 * Class names are matched a word at a time, whole: "noprint" is not
 * "print", "post-content" is "post" and "content". Readability matched its
 * words anywhere in the attribute, which throws away a story whose every
 * paragraph is class="noprint" and a WordPress post tagged "tag-comments".
 */
#include "ascii.h"
#include "extract/hints.h"

#include <stdlib.h>
#include <string.h>

enum {
  W_UNLIKELY = 1,
  W_NEG = 2,
  W_POS = 4,
  W_GUARD = 8,
  W_HIDDEN = 16,   /* shown on demand (a modal, a pop-over) when it is a
                      whole class name; else furniture */
  W_COMPOUND = 32, /* may also open or close a longer word */
  W_PAYWALL = 64,
  W_HOVER = 128, /* first in a class name that ends in a card's word, a
                    card shown on hovering ("rollover-people-block"; not
                    "rollover-people", which holds the link) */
  W_LAST = 256,  /* furniture only as a class name's last word: a reader
                    poll's "gnt_ar_b_poll", not a "poll-tracker" */
  W_FACTS = 512, /* a fact box, set beside the story but part of it */
  W_PULL = 1024  /* a pull quote: furniture when it repeats the story's
                    words (extract.c decides) */
};

struct word {
  const char *w;
  unsigned short f;
};

// Sorted by word for bsearch.
static const struct word words[] = {
    {"ad", W_UNLIKELY},
    {"ads", W_UNLIKELY},
    {"adslot", W_UNLIKELY | W_COMPOUND},
    {"advert", W_UNLIKELY | W_COMPOUND},
    {"advertisement", W_UNLIKELY | W_COMPOUND},
    /* a partner's box of offers ("affiliate-box": "Compare mortgage
     * rates") */
    {"affiliate", W_UNLIKELY | W_COMPOUND},
    {"article", W_GUARD | W_COMPOUND},
    {"audio", W_UNLIKELY},
    {"author", W_UNLIKELY},
    {"authorbox", W_UNLIKELY | W_COMPOUND}, /* "story__authorbox-bio" */
    {"badge", W_UNLIKELY}, /* "trust-badge": a pointer to the standards */
    {"banner", W_UNLIKELY | W_COMPOUND},
    {"blog", W_POS},
    {"body", W_GUARD | W_COMPOUND},
    /* "het-boxout": a box of the story's facts, as British desks call it */
    {"boxout", W_FACTS},
    {"breadcrumb", W_UNLIKELY | W_COMPOUND},
    {"breadcrumbs", W_UNLIKELY | W_COMPOUND},
    {"byline", W_UNLIKELY | W_COMPOUND},
    /* a tool to work with on the page ("mortgage-payment-calculator"),
     * nothing to listen to */
    {"calculator", W_UNLIKELY | W_COMPOUND},
    {"caption", W_UNLIKELY | W_COMPOUND},
    {"column", W_GUARD},
    {"combx", W_UNLIKELY},
    {"comment", W_UNLIKELY | W_COMPOUND},
    {"comments", W_UNLIKELY | W_COMPOUND},
    {"consent", W_UNLIKELY | W_COMPOUND},
    {"contact", W_NEG},
    {"content", W_GUARD | W_COMPOUND},
    {"cookie", W_UNLIKELY | W_COMPOUND},
    {"cookies", W_UNLIKELY | W_COMPOUND},
    {"copyright", W_UNLIKELY | W_COMPOUND},
    {"credit", W_UNLIKELY},
    {"credits", W_UNLIKELY},
    {"cta", W_UNLIKELY},
    {"dateline", W_NEG},
    {"dfp", W_UNLIKELY},
    {"dialog", W_UNLIKELY},
    /* "ArticleBody-disclaimer": a tips box, a note on the writer's views */
    {"disclaimer", W_UNLIKELY | W_COMPOUND},
    /* "story__disclosure": a shop's or a lender's note on its money */
    {"disclosure", W_UNLIKELY},
    {"disqus", W_UNLIKELY | W_COMPOUND},
    {"donate", W_UNLIKELY | W_COMPOUND},
    {"donation", W_UNLIKELY | W_COMPOUND},
    {"duration", W_UNLIKELY}, /* a video's or a podcast's length */
    {"embedded", W_UNLIKELY}, /* "embedded-video", "embedded-post" */
    /* a box's icon, "kg-callout-emoji": a sign, no words ("ℹ️") */
    {"emoji", W_UNLIKELY | W_COMPOUND},
    {"entry", W_GUARD | W_COMPOUND},
    /* "ic-explainer": a box that explains a term of the story */
    {"explainer", W_FACTS},
    {"extra", W_NEG},
    {"factbox", W_FACTS | W_COMPOUND},
    {"facts", W_FACTS},
    {"foot", W_NEG},
    {"footer", W_UNLIKELY | W_COMPOUND},
    {"gallery", W_UNLIKELY | W_COMPOUND},
    {"gdpr", W_UNLIKELY},
    {"glance", W_FACTS},
    {"header", W_UNLIKELY | W_COMPOUND},
    {"hentry", W_POS},
    {"hovercard", W_HOVER | W_COMPOUND},
    {"infobox", W_FACTS | W_COMPOUND},
    {"instagram", W_UNLIKELY}, /* "rw-instagram": an embedded post */
    {"interstitial", W_UNLIKELY | W_HIDDEN},
    {"login", W_UNLIKELY},
    {"main", W_GUARD | W_COMPOUND},
    {"masthead", W_UNLIKELY | W_COMPOUND},
    {"media", W_NEG},
    {"membership", W_UNLIKELY | W_COMPOUND},
    {"menu", W_UNLIKELY},
    {"meta", W_NEG},
    {"modal", W_UNLIKELY | W_HIDDEN | W_COMPOUND},
    {"more", W_NEG},
    {"nav", W_UNLIKELY},
    {"navbar", W_UNLIKELY | W_COMPOUND},
    {"navigation", W_UNLIKELY | W_COMPOUND},
    {"newsletter", W_UNLIKELY | W_COMPOUND},
    {"outbrain", W_UNLIKELY | W_COMPOUND},
    {"page", W_POS},
    {"pager", W_UNLIKELY},
    {"pagination", W_UNLIKELY | W_COMPOUND},
    {"paywall", W_UNLIKELY | W_PAYWALL | W_COMPOUND},
    {"poll", W_LAST}, /* a reader poll: "Who was the player of the game?" */
    {"popover", W_UNLIKELY | W_HIDDEN | W_COMPOUND},
    {"popular", W_UNLIKELY},
    {"popup", W_UNLIKELY | W_HIDDEN | W_COMPOUND},
    {"post", W_POS},
    {"print", W_UNLIKELY},
    {"promo", W_UNLIKELY | W_COMPOUND},
    {"prose", W_POS},
    /* a line of the story set large beside it, said once already */
    {"pullquote", W_PULL | W_COMPOUND},
    {"readtime", W_UNLIKELY},
    {"recommend", W_UNLIKELY | W_COMPOUND},
    {"recommended", W_UNLIKELY | W_COMPOUND},
    {"regwall", W_UNLIKELY | W_PAYWALL | W_COMPOUND},
    {"related", W_UNLIKELY | W_COMPOUND},
    {"republish", W_UNLIKELY}, /* "republish-note": a licence to reprint */
    {"rollover", W_HOVER | W_COMPOUND},
    {"rss", W_UNLIKELY},
    /* a review's "rv-scorecard": its rating, verdict, pros and cons */
    {"scorecard", W_FACTS},
    {"scroll", W_NEG},
    {"share", W_UNLIKELY | W_COMPOUND},
    {"sharing", W_UNLIKELY | W_COMPOUND},
    {"shopping", W_NEG},
    {"shoutbox", W_UNLIKELY},
    {"sidebar", W_UNLIKELY | W_COMPOUND},
    {"signup", W_UNLIKELY | W_COMPOUND},
    {"skip", W_UNLIKELY},
    {"skyscraper", W_UNLIKELY},
    {"social", W_UNLIKELY | W_COMPOUND},
    {"sponsor", W_UNLIKELY | W_COMPOUND},
    {"sponsored", W_UNLIKELY | W_COMPOUND},
    {"story", W_GUARD | W_COMPOUND},
    {"subscribe", W_UNLIKELY | W_COMPOUND},
    {"subscription", W_UNLIKELY | W_COMPOUND},
    {"supplemental", W_UNLIKELY},
    {"taboola", W_UNLIKELY | W_COMPOUND},
    {"tag", W_UNLIKELY},
    {"taglist", W_UNLIKELY},
    {"tags", W_UNLIKELY},
    {"text", W_GUARD | W_COMPOUND},
    {"tool", W_NEG},
    {"toolbar", W_UNLIKELY | W_COMPOUND},
    {"tools", W_NEG},
    {"tooltip", W_HOVER | W_COMPOUND},
    {"trending", W_UNLIKELY | W_COMPOUND},
    /* a review's verdict ("verdict-box"): its summary, rating, pros and
     * cons, the review's own findings */
    {"verdict", W_FACTS},
    {"widget", W_UNLIKELY | W_COMPOUND},
    {"wtb", W_UNLIKELY},   /* "where to buy": "cr-wtb__offers" */
    {"xfbml", W_UNLIKELY}, /* Facebook's embedded post: "fb-xfbml-..." */
};

// Whole class names that mean "not shown" (dashes and case dropped).
static const char *const hidden_names[] = {"dnone",
                                           "displaynone",
                                           "hidden",
                                           "hide",
                                           "invisible",
                                           "ishidden",
                                           "offscreen",
                                           "sronly",
                                           "srtext",
                                           "uhidden",
                                           "visuallyhidden",
                                           "screenreadertext",
                                           "screenreaderonly",
                                           "elementinvisible"};

static int word_cmp(const void *key, const void *elt) {
  return strcmp(key, ((const struct word *)elt)->w);
}

// The flags of one lower-case word (NUL-terminated, n bytes).
static unsigned word_flags(const char *w, size_t n) {
  const struct word *hit = bsearch(w, words, sizeof words / sizeof words[0],
                                   sizeof words[0], word_cmp);
  unsigned f = 0;
  if (hit)
    return hit->f;
  if (n < 7)
    return 0;
  // A long hint word that opens or closes a longer word: "sitefooter".
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t k;
    if (!(words[i].f & W_COMPOUND))
      continue;
    k = strlen(words[i].w);
    if (k + 2 <= n &&
        (!memcmp(w, words[i].w, k) || !memcmp(w + n - k, words[i].w, k)))
      f |= words[i].f;
  }
  return f;
}

static bool hidden_name(const char *w, size_t n) {
  for (size_t i = 0; i < sizeof hidden_names / sizeof hidden_names[0]; i++)
    if (strlen(hidden_names[i]) == n && !memcmp(hidden_names[i], w, n))
      return true;
  return false;
}

/* WordPress marks a post's container ("hentry", "type-post",
 * "status-publish", "post-123"); its other classes then name the post's
 * topics and formats ("tag-x", "category-y", "format-z"). */
static bool wp_post(const char *v) {
  static const char *const marks[] = {"hentry", "type-post", "status-publish",
                                      "format-standard"};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
    const char *p = strstr(v, marks[i]);
    size_t k = strlen(marks[i]);
    if (p && (p == v || ks_is_space((unsigned char)p[-1])) &&
        (p[k] == '\0' || ks_is_space((unsigned char)p[k])))
      return true;
  }
  return false;
}

static bool taxonomy(const char *t, size_t n) {
  static const char *const prefixes[] = {"tag-",    "category-", "format-",
                                         "status-", "type-",     "author-"};
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
    size_t k = strlen(prefixes[i]);
    if (n > k && ks_mem_eq_ci(t, prefixes[i], k))
      return true;
  }
  return false;
}

// The last word of a class name, what a hover card is called.
static bool card_word(const char *w, size_t n) {
  static const char *const parts[] = {"block",   "body",  "box",   "card",
                                      "content", "inner", "panel", "popup"};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
    if (strlen(parts[i]) == n && !memcmp(parts[i], w, n))
      return true;
  return false;
}

/* Two words in a row that name furniture together: a "video player", an
 * "audio player" ("VideoPlayer_root"), a
 * video's title beside its player ("story-video__title"), an embedded
 * video ("video-embed", "VideoEmbed__Title"); "vid" is a video too
 * ("vid__player", "vid__title"). */
static bool furniture_pair(const char *a, const char *b) {
  bool video = !strcmp(a, "video") || !strcmp(a, "vid");
  return (!strcmp(b, "player") && (video || !strcmp(a, "audio"))) ||
         (video && (!strcmp(b, "title") || !strcmp(b, "embed"))) ||
         /* "fb-post", "fb-video": Facebook's embeds */
         (!strcmp(a, "fb") && (!strcmp(b, "post") || !strcmp(b, "video"))) ||
         /* "ml-table-note", "WineTable_note", "c-results__source": a
          * table's note or source under it, read off the page, not heard
          * (a column of notes, "c-results__notes", is the table's own) */
         /* "correction-policy" ("If you see an error, report it here"),
          * "privacy-policy": the site's own policies, not a story's
          * ("energy-policy") */
         (!strcmp(b, "policy") &&
          (!strcmp(a, "correction") || !strcmp(a, "corrections") ||
           !strcmp(a, "editorial") || !strcmp(a, "ethics") ||
           !strcmp(a, "privacy") || !strcmp(a, "comment") ||
           !strcmp(a, "comments"))) ||
         ((!strcmp(a, "table") || !strcmp(a, "chart") ||
           !strcmp(a, "results")) &&
          (!strcmp(b, "note") || !strcmp(b, "source") ||
           !strcmp(b, "footnote")));
}

// One class name (n bytes at t), whole. A capital after a small letter
// opens a word too, as in a script's names ("GoogleDfpAd": google, dfp,
// ad; "loginBox": login, box), as a dash does in "google-dfp-ad".
static void scan_name(struct ks_hints *h, const char *t, size_t n) {
  char w[48], whole[48], prev[48] = "";
  size_t k = 0, nw = 0, last = 0;
  unsigned f = 0, first = 0, final = 0;
  /* the KS_ONLY_* words every furniture word of the name is */
  unsigned only = KS_ONLY_HEADER | KS_ONLY_MENU | KS_ONLY_CAPTION;
  bool opened = false, opened_twice = false;
  for (size_t i = 0; i <= n; i++) {
    unsigned char c = i < n ? (unsigned char)t[i] : 0;
    bool camel =
        k && ks_is_upper(c) && i > 0 && ks_is_lower((unsigned char)t[i - 1]);
    if ((!ks_is_alnum(c) || camel) && k) {
      if (k < sizeof w) {
        unsigned wf;
        w[k] = '\0';
        wf = word_flags(w, k);
        if (furniture_pair(prev, w))
          wf |= W_UNLIKELY;
        if (!strcmp(prev, "pull") && !strcmp(w, "quote")) /* "pull-quote" */
          wf |= W_PULL;
        /* "InfoBox_box", "fact-box": a fact box in two words */
        if (!strcmp(w, "box") &&
            (!strcmp(prev, "info") || !strcmp(prev, "fact")))
          wf |= W_FACTS;
        /* "duration-300": a utility class's timing, no media's length */
        if (!strcmp(w, "duration") && i + 1 < n &&
            ks_is_digit((unsigned char)t[i + 1]))
          wf = 0;
        /* "justify-content-between", "align-content-center": a layout
         * utility's alignment, no article's content */
        if (!strcmp(w, "content") &&
            (!strcmp(prev, "justify") || !strcmp(prev, "align") ||
             !strcmp(prev, "place")))
          wf = 0;
        if (wf & W_UNLIKELY)
          only &= !strcmp(w, "header")    ? KS_ONLY_HEADER
                  : !strcmp(w, "menu")    ? KS_ONLY_MENU
                  : !strcmp(w, "caption") ? KS_ONLY_CAPTION
                                          : 0u;
        f |= wf & ~(unsigned)W_LAST;
        final = wf;
        if (!opened)
          first = wf;
        memcpy(prev, w, k + 1);
      }
      opened_twice = opened;
      opened = true;
      last = k < sizeof w ? k : 0;
      k = 0;
    }
    if (ks_is_alnum(c)) {
      if (k < sizeof w - 1)
        w[k] = (char)ks_to_lower(c);
      k++;
      if (nw < sizeof whole)
        whole[nw++] = (char)ks_to_lower(c);
    }
  }
  if (nw < sizeof whole && hidden_name(whole, nw))
    h->hidden = true;
  /* "not-prose": a typography plug-in's mark on a box set apart from the
   * article's prose (a review's verdict, a buy box), not "prose" */
  if (nw == 8 && !memcmp(whole, "notprose", 8))
    f = W_UNLIKELY;
  /* "where-to-buy": a shop's box of prices, the phrase whole (not a
   * review's "should-you-buy" advice) */
  if (nw == 10 && !memcmp(whole, "wheretobuy", 10))
    f = W_UNLIKELY;
  if (final & W_LAST)
    f |= W_UNLIKELY;
  if (((first & W_HIDDEN) && !opened_twice) ||
      ((first & W_HOVER) && card_word(w, last)))
    h->hidden = true;
  /* "b-header" on a crosshead: a heading names itself a header, which
   * says nothing of furniture; the element decides (extract.c) */
  if ((f & W_UNLIKELY) && !h->unlikely)
    h->only = only;
  else if (f & W_UNLIKELY)
    h->only &= only;
  if (f & W_UNLIKELY)
    h->unlikely = true;
  else if ((f & W_GUARD) && !(f & W_PULL)) /* "article__pullquote" */
    h->guard = true;
  if (f & W_PAYWALL)
    h->paywall = true;
  if (f & W_FACTS)
    h->facts = true;
  if (f & W_PULL)
    h->pull = true;
  if (f & W_NEG)
    h->neg = true;
  if ((f & W_POS) && !(f & W_UNLIKELY))
    h->pos = true;
}

void ks_hints_scan(struct ks_hints *h, const char *value) {
  bool wp = wp_post(value);
  const char *p = value;
  while (*p) {
    size_t n = 0;
    while (*p && ks_is_space((unsigned char)*p))
      p++;
    while (p[n] && !ks_is_space((unsigned char)p[n]))
      n++;
    if (n && !(wp && taxonomy(p, n)))
      scan_name(h, p, n);
    p += n;
  }
}
