/* clean.c - furniture among the article's blocks, found by their words.
 * SPDX-License-Identifier: MIT
 *
 * The container the extractor keeps still holds lines a reader skips and a
 * listener should never hear: the headline again, "By ..." and the date,
 * photo captions and credits, "READ ALSO: ..." and "Related: ..." pointers,
 * newsletter and donation appeals, copyright notices, and pull quotes that
 * repeat a sentence of the body. Markup rarely marks them in a way that
 * holds from site to site; their words do.
 */
#include "ascii.h"
#include "buf.h"
#include "extract/clean.h"
#include "meta.h"

#include <stdlib.h>
#include <string.h>

/* Lines that open with these words (then a non-letter) are furniture when
 * they are short. */
static const char *const openers[] = {
    "read also", "also read", "read more", "read next", "up next", "see also",
    "also see", "related", "more from", "more on this", "must read",
    "recommended", "scroll down for", "last updated", "updated on",
    "add your comment", "add a comment", "leave a comment", "post a comment",
    "do you have comments", "have your say", "share this", "follow us",
    "sign up", "subscribe", "get our newsletter", "support our", "donate",
    "advertisement", "copyright", "all rights reserved", "click here",
    "photo:", "photograph:", "graphic:", "shop the story",
    "a version of this article", "a version of this story", "order reprints",
    "image:", "picture:", "credit:", "photo credit", "watch:", "listen to this",
    "print this", "email this", "join our", "download our", "get the latest",
    "this story has been", "follow the", "follow him", "follow her",
    "follow them", "follow me", "see more", "don't miss", "don’t miss",
    "more information:", "source:", "sources:", "reporting by", "editing by",
    "writing by", "additional reporting", "originally published",
    "this article has been", "this article was", "this article originally",
    /* a live page's note on itself (round 43, set BB) */
    "this article will be updated", "this story will be updated",
    "this page will be updated",
    "this story originally", "this story was", "buy now", "shop now",
    "buy it now", "image credit", "image source", "photo by", "photos by",
    "photograph by", "video:", "more stories", "you may also like",
    "you might also like", "top stories", "note: please", "let us know",
    "share your thoughts", "join the conversation", "like us on", "get the app",
    "contact:", "media contact", "press contact",
    "for more information, contact", "web site:", "website:", "advertise on",
    "advertise with", "publish your article", "recent related",
    "related articles", "related stories",
    "on the net:", "on the web:", "(also see", "also see page", "close x",
    "explore further", "featured image", "featured photo", "top image",
    "header image", "lead image", "main image", "previous story", "next story",
    "previous article", "next article", "previous post", "next post",
    "learn more about", "find out more about", "text size", "report a typo",
    "report typo", "report an error", "with files from",
    /* the plea to report an error (a correction itself is read) */
    "did you spot an error", "spotted an error", "have you spotted an error",
    "did you enjoy this article", "did you enjoy this story", "please bookmark",
    /* a page's rating box, and a related story's "READ: ..." */
    "was this article helpful", "was this story helpful", "read:",
    /* a social bookmark's call: "Digg this story", "Add to Del.icio.us" */
    "digg this", "add to del.icio.us", "add to digg", "discuss this story",
    "discuss this article",
    /* a related story's link in brackets: "(MORE: 16 Disasters Have ...)" */
    "(more:", "(related:", "(read more:", "(see also:",
    "the copying, republication", /* a wire's terms at the story's foot */
    "the following are comments from the readers",
    "the following are comments from readers",
    "the following are comments from our readers",
    /* a comments box's rules, a page's tags and topics, a cover
     * picture's caption, a cross-promotion ("Also: See Black Friday
     * coverage at CNET") */
    "note: comments", "filed under:", "tags:", "cover image:", "also: see",
    /* an author's box: its heading (and the note under it: about_writer) */
    "about the writer", "about the author", "about the reporter"};

/* Lines of eight words or fewer that open with these: headings of a
 * comments box or of related links ("Tell us what YOU think...", "Also In
 * The News"); a longer line is the story's ("Tell us what you think is
 * the phrase the agency used"). */
static const char *const short_openers[] = {"also in the news",
                                            "tell us what you think",
                                            /* a video player's button */
                                            "play now", "play video",
                                            /* a shop's disclosure's link */
                                            "how we make money"};
#define N_SHORT_OPENERS (sizeof short_openers / sizeof short_openers[0])

// Words anywhere in a short line that make it an appeal or a notice.
static const char *const notices[] = {
    "all rights reserved", "may not be published", "may not be reproduced",
    "our newsletter", "sign up for", "subscribe to our",
    "support our journalism", "make a donation", "scroll down for video",
    "click here to", "newsletter sign", "we may earn", "earn a commission",
    /* a shop's-link disclosure: "This article may contain links to online
     * retail stores. ... we may receive a small commission." */
    "links to online retail", "we may receive a", "affiliate link",
    "buy through our links", "we may get a commission",
    "may receive compensation", "view this post on instagram",
    "affiliate commission", "views and opinions expressed",
    "do not necessarily reflect", "adapted from its original",
    "originally appeared", "originally published", "in the comments",
    "getty images", "shutterstock", "reporting by", "editing by",
    "follow us on", "on twitter at", "on twitter @", "[video]", "[pics]",
    "[pictures]", "[insight]", "[reaction]", "[watch]", "[photos]",
    "requires javascript", "enable javascript", "javascript is disabled",
    "javascript must be enabled", "is a registered trademark",
    "are registered trademarks", "of their respective owners",
    /* a site's plug for its own shows, a wire's terms */
    "our weekly politics podcast", "listen to our podcast",
    "subscribe to the podcast", "republication or redistribution",
    "homepage for more stories",
    /* a site's feed plug: "Get our news feed ..., syndicate us: RSS" */
    "syndicate us",
    /* a print edition's note, a terminal's instruction */
    "appears in print on", "in a news window",
    /* a funder's note on a local reporting scheme: "Local Democracy
     * Reporting is public interest journalism funded through RNZ" */
    "public interest journalism funded",
    /* a magazine's subscription offer */
    "click here for more",
    /* an embedded post's disclaimer: "The BBC is not responsible for the
     * content of external sites." */
    "not responsible for the content of external",
    /* a critic's disclosure at a review's foot */
    "our reviews are independent",
    /* a syndicated feed's disclaimer, a pointer to the original */
    "liable to you for", "read the full article here",
    /* a paper's note on its press regulator: "Our journalism is regulated
     * by the Independent Press Standards Organisation (IPSO). If you have
     * a complaint, please contact us." (the regulator's name, not words
     * a story may hold) */
    "independent press standards organisation",
    /* a local paper's appeal for subscribers ("Support local journalism
     * ... Subscribe from just £1 for your first month"; not "Customers
     * can subscribe for just £4.99 a month, the firm said") */
    "support local journalism", "for your first month",
    "support independent journalism", "and read without limits",
    /* a betting advert's rule-given line on gambling's harm, by the
     * helplines' addresses (not "GambleAware, the charity, said") */
    "gamblinghelponline.", "gambleaware.org", "begambleaware",
    /* a sports desk's data credit, a station's plug at the foot of a
     * weather story, a site's disclaimer of the sport's owners */
    "coverage is supported by data", "app for the latest updates",
    "is an independent publication and",
    /* a video player's words: "Video Loading", "Click to play Tap to
     * play", "The video will auto-play soon8Cancel" */
    "video loading", "click to play", "tap to play", "will auto-play"};

/* Words that point at what a reader sees on the page ("You can watch the
 * video below.", "Tell us below in our comments section."): a sentence
 * that holds them is dropped (ks_clean_sentences), and a line that is that
 * sentence alone. */
static const char *const pointers[] = {
    "video below",          "video above",           "videos below",
    "clip below",           "footage below",         "photos below",
    "gallery below",        "comments below",        "comments section below",
    "below in our comment", "below in the comment",  "watch it below",
    "watch below",          "story continues below", "article continues below"};

// Whether the credit in parentheses or after a slash names a photographer.
static const char *const credit_words[] = {
    "ap",     "afp", "reuters", "getty", "photo", "photos",   "image",
    "images", "via", "credit",  "epa",   "file",  "courtesy", "shutterstock"};

// Words a dateline may hold besides numbers.
static const char *const date_words[] = {
    "jan",       "january",  "feb",      "february", "mar",       "march",
    "apr",       "april",    "may",      "jun",      "june",      "jul",
    "july",      "aug",      "august",   "sep",      "sept",      "september",
    "oct",       "october",  "nov",      "november", "dec",       "december",
    "mon",       "monday",   "tue",      "tues",     "tuesday",   "wed",
    "wednesday", "thu",      "thur",     "thurs",    "thursday",  "fri",
    "friday",    "sat",      "saturday", "sun",      "sunday",    "am",
    "pm",        "a",        "p",        "m",        "gmt",       "utc",
    "bst",       "est",      "edt",      "cst",      "cdt",       "mst",
    "mdt",       "pst",      "pdt",      "cet",      "cest",      "ist",
    "aest",      "et",       "pt",       "updated",  "published", "posted",
    "on",        "at",       "last",     "modified", "st",        "nd",
    "rd",        "th",       "of",       "hrs",      "ago",       "min",
    "mins",      "minutes",  "hour",     "hours",    "day",       "days",
    "today",     "yesterday"};

struct line {
  const char *p;
  size_t n;
};

static struct line text_of(const struct ks_doc *d, size_t i) {
  struct line l = {d->text.ptr + d->blocks[i].text.off, d->blocks[i].text.len};
  return l;
}

static bool in_list(const char *w, size_t n, const char *const *list,
                    size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strlen(list[i]) == n && ks_mem_eq_ci(w, list[i], n))
      return true;
  return false;
}

// The words of l: runs of bytes between spaces.
static size_t words_in(struct line l) {
  size_t words = 0;
  for (size_t i = 0; i < l.n; i++)
    words += l.p[i] != ' ' && (i == 0 || l.p[i - 1] == ' ');
  return words;
}

/* A triangle that points right at p (three bytes there): "▶" U+25B6,
 * "▸" U+25B8, "►" U+25BA, or the quotation mark "›" U+203A. */
static bool right_triangle(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return u[0] == 0xE2 &&
         ((u[1] == 0x96 && (u[2] == 0xB6 || u[2] == 0xB8 || u[2] == 0xBA)) ||
          (u[1] == 0x80 && u[2] == 0xBA));
}

// Whether l opens with phrase (any case), followed by a non-letter.
static bool opens_with(struct line l, const char *phrase) {
  size_t k = strlen(phrase);
  return l.n >= k && ks_mem_eq_ci(l.p, phrase, k) &&
         (l.n == k || !ks_is_alpha((unsigned char)l.p[k]) ||
          !ks_is_alpha((unsigned char)phrase[k - 1]));
}

// Whether l holds phrase (lower case) anywhere, in any case.
static bool holds(struct line l, const char *phrase) {
  size_t k = strlen(phrase);
  for (size_t i = 0; i + k <= l.n; i++)
    if (ks_to_lower((unsigned char)l.p[i]) == phrase[0] &&
        ks_mem_eq_ci(l.p + i, phrase, k))
      return true;
  return false;
}

// Opens with a copyright sign.
static bool copyright_sign(struct line l) {
  return (l.n >= 2 && (unsigned char)l.p[0] == 0xC2 &&
          (unsigned char)l.p[1] == 0xA9) ||
         /* "(c) Indo-Asian News Service" */
         (l.n > 4 && opens_with(l, "(c) ") && words_in(l) <= 8 &&
          ks_is_upper((unsigned char)l.p[4]) &&
          !memchr(".;:,", l.p[l.n - 1], 4)); /* not a list's third item */
}

/* A line of links to other stories, each marked with a tag in capitals
 * in brackets: "Storm hits coast [VIDEO] | Minister quits [INSIGHT]". */
static bool tagged_links(struct line l) {
  static const char *const tags[] = {"[video]",   "[pics]",     "[pictures]",
                                     "[insight]", "[reaction]", "[watch]",
                                     "[photos]",  "[revealed]", "[poll]"};
  size_t n = 0;
  if (l.n > 600)
    return false;
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
    n += holds(l, tags[i]);
  return n >= 2;
}

/* A block that is one label and nothing else: "Advert", "Comments",
 * "More:". */
/* A dash and a space at the start of *l ("- ", "– ", "— "): skipped, and
 * true. */
static bool skip_dash(struct line *l) {
  static const char *const dashes[] = {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "};
  for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++) {
    size_t dl = strlen(dashes[k]);
    if (l->n > dl && !memcmp(l->p, dashes[k], dl)) {
      l->p += dl;
      l->n -= dl;
      return true;
    }
  }
  return false;
}

static bool label_only(struct line l) {
  static const char *const labels[] = {
      "ad",
      /* a wire agency's credit alone, a byline's word without its name */
      "ap", "aap", "afp", "ians", "pti", "reuters", "upi",
      "the associated press", "associated press", "by", "advert",
      "advertisement", "also", "comment", "comments", "email", "more", "print",
      "related", "share", "sponsored", "tweet", "video", "watch", "listen",
      "gallery", "photos", "permalink", "embed", "replay", "story highlights",
      "highlights", "more on these topics", "more on this topic",
      "more on this story", "staff", "agencies",
      /* an advert slot's label: "Sponsor Message", "Article content" */
      "sponsor message", "article content", "story continues",
      /* an advert slot's label in another language ("PUBLICIDAD") */
      "publicidad", "publicité", "anuncio", "anzeige", "werbung"};
  while (l.n &&
         (l.p[l.n - 1] == ':' || l.p[l.n - 1] == '.' || l.p[l.n - 1] == ' '))
    l.n--;
  skip_dash(&l); /* a sign-off after a dash: "– AFP", "- Staff" */
  /* "A.F.P.": an agency's dotted letters */
  if (l.n <= 12 && memchr(l.p, '.', l.n)) {
    char undotted[12];
    size_t u = 0;
    for (size_t k = 0; k < l.n; k++)
      if (l.p[k] != '.')
        undotted[u++] = l.p[k];
    return in_list(undotted, u, labels, sizeof labels / sizeof labels[0]);
  }
  return in_list(l.p, l.n, labels, sizeof labels / sizeof labels[0]);
}

/* A block that is a number and nothing else, or a gallery's counter: a
 * page or comment counter ("55"), "3 of 12". No sentence is. */
static bool number_only(struct line l) {
  size_t i = 0, groups = 0;
  while (i < l.n) {
    size_t s = i;
    while (i < l.n && (ks_is_digit((unsigned char)l.p[i]) || l.p[i] == ','))
      i++;
    if (i == s)
      return false;
    groups++;
    if (i == l.n)
      break;
    if (groups == 1 && l.n - i > 4 && ks_mem_eq_ci(l.p + i, " of ", 4))
      i += 4;
    else if (groups == 1 && l.p[i] == '/')
      i++;
    /* "0:58", "1:02:33": a video's length under its player (minutes
     * from nought, or hours; not a live blog's "10:30") */
    else if (groups <= 2 && l.p[i] == ':' && i + 3 <= l.n &&
             (l.p[0] == '0' || memchr(l.p + i + 1, ':', l.n - i - 1) ||
              groups == 2) &&
             ks_is_digit((unsigned char)l.p[i + 1]) &&
             ks_is_digit((unsigned char)l.p[i + 2]) &&
             (i + 3 == l.n || l.p[i + 3] == ':'))
      i++;
    else
      return false;
  }
  return groups > 0 && l.n <= 16;
}

/* A teaser for another story, ending in its link: "Andy Murray cruised
 * into the third round ... Full Story". */
static bool teaser_end(struct line l) {
  static const char *const ends[] = {"Full Story", "Read Full Story",
                                     "Read the full story", "Read more",
                                     "Continue reading"};
  while (l.n && (l.p[l.n - 1] == ' ' || l.p[l.n - 1] == '.'))
    l.n--;
  if (l.n > 400)
    return false;
  /* the link's words after the teaser's last stop, capitalised as a
   * link is: "... in straight sets. Full Story", not "should read more." */
  for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
    size_t k = strlen(ends[i]);
    if (l.n > k + 2 && !memcmp(l.p + l.n - k, ends[i], k) &&
        l.p[l.n - k - 1] == ' ' && strchr(".!?\"", l.p[l.n - k - 2]))
      return true;
  }
  return false;
}

/* A label for the page's sharing buttons: a colon at its end, and all of
 * its words sharing verbs ("Share and Save:", "Print / Email:") or the
 * words around them ("Share this article:", "Send to a friend:"). */
static bool share_label(struct line l) {
  static const char *const verbs[] = {"share",    "save",   "print",
                                      "email",    "e-mail", "tweet",
                                      "bookmark", "post",   "send"};
  static const char *const others[] = {
      "this", "article", "story", "page",   "and", "or", "&",
      "/",    "to",      "a",     "friend", "it",  "on", "via"};
  size_t i = 0, n_verbs = 0;
  while (l.n && l.p[l.n - 1] == ' ')
    l.n--;
  if (l.n < 2 || l.n > 48 || l.p[l.n - 1] != ':')
    return false;
  l.n--;
  while (i < l.n) {
    size_t s = i;
    while (i < l.n && l.p[i] != ' ')
      i++;
    if (in_list(l.p + s, i - s, verbs, sizeof verbs / sizeof verbs[0]))
      n_verbs++;
    else if (i > s &&
             !in_list(l.p + s, i - s, others, sizeof others / sizeof others[0]))
      return false;
    while (i < l.n && l.p[i] == ' ')
      i++;
  }
  return n_verbs > 0;
}

/* A sentence, or a line, that points at what the page shows. */
static bool pointer(struct line l) {
  for (size_t i = 0; l.n <= 160 && i < sizeof pointers / sizeof pointers[0];
       i++)
    if (holds(l, pointers[i]))
      return true;
  return false;
}

/* One sentence alone: no stop, question or exclamation mark inside it
 * that is followed by a space. */
static bool one_sentence(struct line l) {
  for (size_t i = 0; i + 1 < l.n; i++)
    if ((l.p[i] == '.' || l.p[i] == '?' || l.p[i] == '!') && l.p[i + 1] == ' ')
      return false;
  return true;
}

/* A short line that leads in to something shown, not said: "Here's
 * Microsoft's video for GLAS:", "Check out the trailer:". */
static bool embed_lead(struct line l) {
  static const char *const shown[] = {
      "video",  "trailer", "clip",  "footage",   "tweet",
      "photos", "gallery", "watch", "slideshow", "infographic"};
  while (l.n && l.p[l.n - 1] == ' ')
    l.n--;
  if (l.n < 2 || l.n > 120 || l.p[l.n - 1] != ':')
    return false;
  for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
    if (holds(l, shown[i]))
      return true;
  return false;
}

/* Text of a publishing system that was never rendered: a WordPress-style
 * shortcode "[button link=...]...[/button]". */
static bool shortcode(struct line l) {
  for (size_t i = 0; i + 3 < l.n; i++)
    if (l.p[i] == '[' && l.p[i + 1] == '/' &&
        ks_is_alpha((unsigned char)l.p[i + 2])) {
      size_t k = i + 2;
      while (k < l.n && (ks_is_alpha((unsigned char)l.p[k]) || l.p[k] == '_'))
        k++;
      if (k < l.n && l.p[k] == ']')
        return true;
    }
  return false;
}

/* How many words (runs between spaces) l holds from i, when each opens
 * with a byte that first accepts; 0 when one does not. */
static size_t words_opening(struct line l, size_t i, bool (*first)(int)) {
  size_t words = 0;
  while (i < l.n) {
    while (i < l.n && l.p[i] == ' ')
      i++;
    if (i >= l.n)
      break;
    if (!first((unsigned char)l.p[i]))
      return 0;
    while (i < l.n && l.p[i] != ' ')
      i++;
    words++;
  }
  return words;
}

static bool is_hash(int c) { return c == '#'; }

/* Whether l holds a seed's or a nation's mark past its start: a second
 * number in brackets ("[14]") or three capitals in brackets ("(ITA)"), as
 * a draw's line does ("[1] Luca Benedetti (ITA) bt [9] ..."). */
static bool holds_word(struct line l, const char *w);

static bool draw_marks(struct line l) {
  bool nation = false;
  for (size_t i = 1; i + 2 < l.n; i++) {
    if (l.p[i] == '[' && ks_is_digit((unsigned char)l.p[i + 1])) {
      size_t k = i + 1;
      while (k < l.n && ks_is_digit((unsigned char)l.p[k]))
        k++;
      if (k < l.n && l.p[k] == ']')
        return true;
    }
    if (l.p[i] == '(' && i + 4 < l.n && l.p[i + 4] == ')' &&
        ks_is_upper((unsigned char)l.p[i + 1]) &&
        ks_is_upper((unsigned char)l.p[i + 2]) &&
        ks_is_upper((unsigned char)l.p[i + 3]))
      nation = true;
  }
  /* a nation's code only with a result's word: "[1] Benedetti (ITA) bt
   * Marchand", not a reference's "[1] World Health Organization (WHO)" */
  return nation && (holds_word(l, "bt") || holds_word(l, "beat") ||
                    holds_word(l, "def") || holds_word(l, "v") ||
                    holds_word(l, "vs"));
}

/* A block of hashtags only ("#HealthyHydration #ad"), or a footnote or
 * reference that opens with its number in brackets ("[1] Smith, ..."; not
 * a seed in a draw's results, "[1] Luca Benedetti (ITA) bt ..."). */
static bool tags_or_note(struct line l) {
  if (l.n >= 3 && l.p[0] == '[' && ks_is_digit((unsigned char)l.p[1])) {
    size_t k = 1;
    while (k < l.n && ks_is_digit((unsigned char)l.p[k]))
      k++;
    if (k < l.n && l.p[k] == ']' && !draw_marks(l))
      return true;
  }
  return words_opening(l, 0, is_hash) > 0;
}

/* A prompt to follow or hear the outlet elsewhere: a short line that opens
 * with "Follow" or "Listen to" and names a platform or "live". */
static bool elsewhere(struct line l) {
  static const char *const where[] = {
      " on instagram",  " on facebook", " on twitter",       " on tiktok",
      " on youtube",    " on x",        " on threads",       " on linkedin",
      " on snapchat",   " on whatsapp", " live on",          " live at",
      /* "Follow Peru Daily Herald on our WhatsApp channel ... join here" */
      " on our whatsapp", " on our telegram", " whatsapp channel",
      " telegram channel", " on google news",
      " on bbc sounds", " on spotify",  " on apple podcasts"};
  /* (after a pictograph: "📱 Follow ...", four bytes in UTF-8; not a
   * quotation's mark) */
  while (l.n >= 4 && (unsigned char)l.p[0] >= 0xF0) {
    l.p += 4;
    l.n -= 4;
    if (l.n >= 3 && !memcmp(l.p, "\xEF\xB8\x8F", 3)) { /* its style */
      l.p += 3;
      l.n -= 3;
    }
    while (l.n > 0 && l.p[0] == ' ') {
      l.p++;
      l.n--;
    }
  }
  /* (or "Get Niugini Tribune news on WhatsApp. Follow our channel ...":
   * the outlet's own news offered there) */
  if (l.n <= 200 && opens_with(l, "get ") && holds(l, " news on ") &&
      (holds(l, " on whatsapp") || holds(l, " on telegram") ||
       holds(l, " on google news") || holds(l, " channel")))
    return true;
  /* (the box's title, "Get The Savannah Post on WhatsApp", and its line
   * "... Follow our WhatsApp channel for breaking news": a short line
   * that asks to follow the outlet's own channel anywhere in it) */
  if ((l.n <= 80 && opens_with(l, "get ") &&
       (holds(l, " on whatsapp") || holds(l, " on telegram"))) ||
      (l.n <= 200 && (holds(l, "follow our whatsapp channel") ||
                      holds(l, "join our whatsapp channel") ||
                      holds(l, "follow our telegram channel"))))
    return true;
  if (l.n > 200 || !(opens_with(l, "follow ") || opens_with(l, "listen to") ||
                     opens_with(l, "listen live") || opens_with(l, "watch")))
    return false;
  for (size_t i = 0; i < sizeof where / sizeof where[0]; i++)
    if (holds(l, where[i]))
      return true;
  return false;
}

/* A page-view counter: "Viewed 124 times", "viewed 3,201 times". */
static bool view_count(struct line l) {
  if (l.n > 400)
    return false;
  for (size_t i = 0; i + 7 < l.n; i++)
    if (ks_mem_eq_ci(l.p + i, "viewed ", 7) &&
        ks_is_digit((unsigned char)l.p[i + 7])) {
      size_t k = i + 7;
      while (k < l.n && (ks_is_digit((unsigned char)l.p[k]) || l.p[k] == ','))
        k++;
      if (k + 6 <= l.n && ks_mem_eq_ci(l.p + k, " times", 6))
        return true;
    }
  return false;
}

/* Lines of labels and values ("View Rate : 106 # News Code : 161022"), or
 * a copyright notice anywhere in a line ("About the wire. Copyright ©
 * 2007 ..."), or an address written to dodge spam ("news(at)site.com"). */
static bool metadata_line(struct line l) {
  static const char *const labels[] = {
      "date :",   "code :",    "rate :",    "views :",  "category :", "tags :",
      "posted :", "updated :", "section :", "source :", "id :"};
  size_t pairs = 0, named = 0;
  if (l.n > 600)
    return false;
  for (size_t i = 0; i + 3 <= l.n; i++)
    pairs += l.p[i] == ' ' && l.p[i + 1] == ':' && l.p[i + 2] == ' ';
  for (size_t i = 0; pairs >= 2 && i < sizeof labels / sizeof labels[0]; i++)
    named += holds(l, labels[i]);
  return (pairs >= 2 && named > 0 && l.n <= 200) ||
         holds(l, "copyright \xC2\xA9") || holds(l, "copyright (c)") ||
         holds(l, "(at)") || view_count(l);
}

static bool has_email(struct line l);
static bool has_phone(struct line l);

/* A link's call, one short sentence: "Read our review-in-progress here.",
 * "Click here.", "Find out more here." (its link is gone, so it points at
 * nothing); a call's own words first, not any sentence that opens with a
 * verb ("See the northern lights here.", "Download speeds are slow
 * here."). */
static bool link_call(struct line l) {
  static const char *const calls[] = {
      "check out our ",     "click here",      "download our ",
      "download the app",   "find out more",   "listen to our ",
      "listen to the full", "read more ",      "read our ",
      "read the full ",     "see more ",       "see our ",
      "watch our ",         "watch the full ", "watch the video"};
  if (words_in(l) > 12 || l.n <= 6 || memcmp(l.p + l.n - 6, " here.", 6) ||
      !one_sentence(l))
    return false;
  for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
    if (l.n > strlen(calls[i]) && ks_mem_eq_ci(l.p, calls[i], strlen(calls[i])))
      return true;
  return false;
}

/* "Correction, 28 March 13:02: An earlier version of this article ...",
 * "An earlier version of this story misstated ...": a note on what an
 * earlier version got wrong, for readers who saw it; a listener hears
 * the story as it stands. */
static bool correction_note(struct line l) {
  static const char *const opens[] = {
      "an earlier version of this article", "an earlier version of this story",
      "an earlier version of this report",  "a previous version of this article",
      "a previous version of this story",   "this article has been corrected",
      "this story has been corrected",      "this article was corrected",
      "this story was corrected",           "this article has been amended",
      "this story has been amended"};
  static const char *const labels[] = {"correction",    "corrections",
                                       "clarification", "editor's note",
                                       "editor’s note", "editors' note"};
  static const char *const errors[] = {
      "earlier version",  "previous version", "misstated",
      "incorrectly",      "has been corrected", "was corrected",
      "misidentified",    "misspelled",       "has been amended"};
  /* (a footnote's star before it: "* An earlier version ...") */
  while (l.n && (l.p[0] == '*' || l.p[0] == ' '))
    l.p++, l.n--;
  for (size_t i = 0; i < sizeof opens / sizeof opens[0]; i++)
    if (opens_with(l, opens[i]))
      return true;
  /* the label as a label, its colon, comma or dash after it ("Correction:
   * ...", "Correction, 28 March 13:02: ..."; not "Corrections officers
   * said the inmate was incorrectly released") */
  for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
    size_t k = strlen(labels[i]);
    if (!opens_with(l, labels[i]) || l.n <= k + 1 ||
        !(l.p[k] == ':' || l.p[k] == ',' ||
          (l.p[k] == ' ' && (l.p[k + 1] == '-' || (unsigned char)l.p[k + 1] == 0xE2))))
      continue;
    for (size_t e = 0; e < sizeof errors / sizeof errors[0]; e++)
      if (holds(l, errors[e]))
        return true;
  }
  return false;
}

/* "Editor's note: This story has been updated with comments from ...":
 * a note on the story's versions, one sentence after its label; not a
 * correction ("updated to correct the number of people killed"). */
static bool version_note(struct line l) {
  static const char *const labels[] = {
      "editor's note:", "editor’s note:", "editors' note:", "editors’ note:"};
  static const char *const updates[] = {
      "this article has been updated", "this article was updated",
      "this story has been updated", "this story was updated"};
  size_t i;
  /* (or a line of its own with no label: "The article was updated at
   * 18:20 to include the comment of the ministry.") */
  static const char *const bare[] = {
      "the article has been updated", "the article was updated",
      "the story has been updated",   "the story was updated",
      "this article has been updated", "this article was updated",
      "this story has been updated",  "this story was updated"};
  for (i = 0; i < sizeof bare / sizeof bare[0]; i++)
    if (opens_with(l, bare[i]) && one_sentence(l) && !holds(l, "correct") &&
        l.n <= 240 &&
        (holds(l, " updated at ") || holds(l, " with comment") ||
         holds(l, "include the comment") || holds(l, "include comment") ||
         holds(l, "since publication") || holds(l, "first published")))
      return true;
  for (i = 0; i < sizeof labels / sizeof labels[0] && !opens_with(l, labels[i]);
       i++)
    ;
  if (i == sizeof labels / sizeof labels[0])
    return false;
  while (l.n && l.p[0] != ':')
    l.p++, l.n--;
  while (l.n && (l.p[0] == ':' || l.p[0] == ' '))
    l.p++, l.n--;
  if (!one_sentence(l) || holds(l, "correct"))
    return false;
  for (i = 0; i < sizeof updates / sizeof updates[0]; i++)
    if (opens_with(l, updates[i]))
      return true;
  return false;
}

/* Who "can be reached" is a person: a pronoun, a writer's trade, or a
 * name of two capitalised words that opens the line, right before the
 * verb ("Jane Roe can be reached at"); not an office ("The tourist office on
 * Main St. can be reached on ..."), a story's line. */
static bool reached_person(struct line l) {
  static const char *const trades[] = {"author", "columnist", "correspondent",
                                       "editor", "reporter",  "writer"};
  const char *v = NULL;
  if (opens_with(l, "he ") || opens_with(l, "she ") || opens_with(l, "they "))
    return true;
  for (size_t i = 0; i < sizeof trades / sizeof trades[0]; i++)
    if (holds(l, trades[i]))
      return true;
  for (size_t i = 0; i + 4 <= l.n && !v; i++)
    if (ks_mem_eq_ci(l.p + i, " can ", 5) || ks_mem_eq_ci(l.p + i, " may ", 5))
      v = l.p + i;
  if (!v)
    return false;
  /* the two words before the verb, both capitalised */
  {
    const char *b = v, *a;
    while (b > l.p && ks_is_alpha((unsigned char)b[-1]))
      b--;
    if (b == v || !ks_is_upper((unsigned char)*b) || b - l.p < 2 ||
        b[-1] != ' ')
      return false;
    a = b - 1;
    while (a > l.p && ks_is_alpha((unsigned char)a[-1]))
      a--;
    return a < b - 1 && ks_is_upper((unsigned char)*a) && a == l.p;
  }
}

/* "Crescendo's critic attended the performance as a guest of the
 * festival.": a writer's disclosure of who paid for the seat or the
 * trip, the writer its subject ("our critic", "the writer", a
 * publication's critic); not "The prime minister travelled ... as a guest
 * of President Biden". */
/* "Marc-André Pelletier's reporting is funded by the Canadian government
 * through its Local Journalism Initiative.": one sentence on who pays for
 * the writer's reporting, naming a programme that funds journalism; not
 * the story's own ("The city's reporting is funded by a levy, the audit
 * found"). */
static bool funding_note(struct line l) {
  static const char *const funds[] = {
      "reporting is funded by", "reporting is supported by",
      "reporting is made possible by", "position is funded by",
      "is a local journalism initiative reporter"};
  if (words_in(l) > 40)
    return false;
  /* "Claire Roy is a Local Journalism Initiative reporter. The LJI is
   * funded by the Government of Canada.": the programme's own words for
   * its reporters, in a note of one or two sentences (set AY) */
  if (holds(l, "is a local journalism initiative reporter"))
    return true;
  if (!one_sentence(l))
    return false;
  /* (a note of its own: a writer's possessive among its first four words
   * or "This" opens it, "Jane Roe's reporting is funded by", "This
   * reporter's position is ..."; not a story's paragraph on funding) */
  bool own = opens_with(l, "this");
  for (size_t k = 0, words = 0; !own && k + 1 < l.n && words < 4; k++) {
    if (l.p[k] == ' ')
      words++;
    own = (l.p[k] == '\'' && l.p[k + 1] == 's' &&
           (k + 2 == l.n || l.p[k + 2] == ' ')) ||
          (k + 3 < l.n && !memcmp(l.p + k, "\xE2\x80\x99s", 4) &&
           (k + 4 == l.n || l.p[k + 4] == ' '));
  }
  if (!own)
    return false;
  for (size_t i = 0; i < sizeof funds / sizeof funds[0]; i++)
    if (holds(l, funds[i]) &&
        (holds(l, "journalism initiative") || holds(l, "this reporter") ||
         holds(l, "journalism fund") || holds(l, "report for america") ||
         holds(l, "news fund")))
      return true;
  return false;
}

static bool disclosure(struct line l) {
  static const char *const writers[] = {
      "our correspondent", "our critic",    "our reviewer",
      "our writer",        "the author",    "the reviewer",
      "the writer",        "this reporter", "this writer"};
  /* the verb right after the writer: "our critic attended", "the writer
   * travelled"; not "The author of the review ...", "The writer Salman
   * Rushdie ..." */
  static const char *const went[] = {"attended",  "flew",     "stayed",
                                     "travelled", "traveled", "visited",
                                     "was",       "went"};
  size_t k;
  if (words_in(l) > 40 || !holds(l, "as a guest of"))
    return false;
  for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++)
    if (opens_with(l, writers[i])) {
      struct line r = {l.p + strlen(writers[i]), l.n - strlen(writers[i])};
      while (r.n && r.p[0] == ' ')
        r.p++, r.n--;
      for (size_t j = 0; j < sizeof went / sizeof went[0]; j++)
        if (opens_with(r, went[j]))
          return true;
      return false;
    }
  /* "Crescendo's critic", "The Times's reviewer": the second word */
  for (k = 0; k < l.n && k < 40 && l.p[k] != ' '; k++)
    ;
  if (k < 3 || k >= l.n ||
      !((l.p[k - 2] == '\'' && l.p[k - 1] == 's') ||
        (k >= 4 && !memcmp(l.p + k - 4, "’s", 4))))
    return false;
  l.p += k + 1;
  l.n -= k + 1;
  return opens_with(l, "critic ") || opens_with(l, "reviewer ");
}

/* A line of a label and its value: a label of four words or fewer, its
 * colon, then the value ("Front camera: 32MP"). */
static bool label_value(struct line l) {
  size_t words = 1;
  for (size_t i = 0; i < l.n && i < 40; i++) {
    if (l.p[i] == ':')
      return i > 0 && i + 2 < l.n && l.p[i + 1] == ' ' && words <= 4;
    if (l.p[i] == '.' || l.p[i] == '!' || l.p[i] == '?')
      return false;
    words += l.p[i] == ' ';
  }
  return false;
}

/* Block i is a row of a table of labels and values that a picture's or a
 * video's label opens ("Video: Up to 8K at 30fps" between "Front camera:
 * 32MP" and "Battery: 5,400mAh"), not a caption: a kept line of a label
 * and its value stands before or after it. */
static bool spec_row(const struct ks_doc *body, const bool *keep, size_t i) {
  static const char *const media[] = {"graphic:", "image:", "photo:",
                                      "picture:", "video:",  "watch:"};
  struct line l = text_of(body, i);
  bool labelled = false;
  for (size_t k = 0; k < sizeof media / sizeof media[0] && !labelled; k++)
    labelled = l.n > strlen(media[k]) && ks_mem_eq_ci(l.p, media[k], strlen(media[k]));
  /* a value with figures, short: "Up to 8K at 30fps", not a caption
   * ("Video: Watch the moment the catcher was hurt") */
  bool figures = false;
  for (size_t k = 0; k < l.n && !figures; k++)
    figures = ks_is_digit((unsigned char)l.p[k]);
  if (!labelled || !label_value(l) || !figures || l.n > 80)
    return false;
  return (i > 0 && keep[i - 1] && label_value(text_of(body, i - 1))) ||
         (i + 1 < body->n_blocks && keep[i + 1] &&
          label_value(text_of(body, i + 1)));
}

/* A table's row as the extractor reads it, its cells labelled by their
 * columns: "Source: Federal government, Amount: R$ 244 million, Share:
 * 47%" (a credit has one label: "Source: Reuters", and no figures:
 * "Photo: AP, Graphic: Jane Roe, Source: ONS"). Two labelled cells after
 * the first at least, each a capitalised word or two and a colon after a
 * comma, and a figure among them. */
static bool labelled_row(struct line l) {
  size_t cells = 0, with_figures = 0;
  bool figure = false;
  /* figures in two cells at least, no address ("Contact: ..., Phone:
   * 555-0100, Email: ...") */
  for (size_t k = 0; k <= l.n; k++) {
    if (k == l.n || l.p[k] == ',') {
      with_figures += figure;
      figure = false;
    } else if (ks_is_digit((unsigned char)l.p[k])) {
      figure = true;
    } else if (l.p[k] == '@') {
      return false;
    }
  }
  if (with_figures < 2)
    return false;
  for (size_t k = 0; k + 3 < l.n; k++) {
    if (l.p[k] != ',' || l.p[k + 1] != ' ' ||
        !ks_is_upper((unsigned char)l.p[k + 2]))
      continue;
    size_t e = k + 2, words = 1;
    while (e < l.n && e - k < 40 && l.p[e] != ':' && l.p[e] != ',') {
      words += l.p[e] == ' ';
      e++;
    }
    cells += e + 1 < l.n && l.p[e] == ':' && l.p[e + 1] == ' ' && words <= 3;
  }
  return cells >= 2;
}

/* A picture's caption with its credit last: a short line whose last
 * sentence is "Picture: RAJNEEL KUMAR", "Photo: Reuters/Jane Roe" (a
 * label of a picture, then a few words with no stop, after a stop). */
static bool credited_caption(struct line l) {
  static const char *const labels[] = {"Photo: ", "Photograph: ",
                                       "Picture: ", "Photos: ",
                                       "Pictures: ", "Image: "};
  if (l.n > 400 || words_in(l) > 60)
    return false;
  for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
    size_t k = strlen(labels[i]);
    for (size_t at = 2; at + k < l.n; at++) {
      if (memcmp(l.p + at, labels[i], k) || l.p[at - 1] != ' ' ||
          !strchr(".!?\"", l.p[at - 2]))
        continue;
      struct line rest = {l.p + at + k, l.n - at - k};
      bool ok = words_in(rest) <= 6 && ks_is_upper((unsigned char)rest.p[0]);
      for (size_t j = 0; ok && j < rest.n; j++)
        ok = !strchr(".!?", rest.p[j]) || j + 1 == rest.n;
      if (ok)
        return true;
    }
  }
  return false;
}

static bool furniture_line(struct line l) {
  if (tagged_links(l) || metadata_line(l) || credited_caption(l))
    return true;
  if (label_only(l) || share_label(l) || embed_lead(l) || shortcode(l) ||
      tags_or_note(l) || elsewhere(l) || number_only(l) || teaser_end(l))
    return true;
  /* a site's terms, however long: "Copyright 2025 The Lagos Chronicle.
   * All rights reserved. This material ... may not be reproduced ..." */
  if (l.n <= 600 && (opens_with(l, "copyright") || copyright_sign(l)) &&
      (holds(l, "all rights reserved") || holds(l, "may not be reproduced") ||
       holds(l, "may not be published")))
    return true;
  if (l.n > 260)
    return false;
  if (copyright_sign(l))
    return true;
  size_t words = words_in(l);
  /* a wire's or a writer's credit ("AP Business Writer Kelly Olsen
   * contributed to this report."), an advert's heading alone ("Sponsored
   * Links"); not a paragraph that mentions them */
  if (words <= 25 && (holds(l, "contributed to this report.") ||
                      holds(l, "contributed to this story.") ||
                      holds(l, "contributed reporting.")))
    return true;
  if (words <= 3 &&
      (opens_with(l, "sponsored links") || opens_with(l, "sponsored content")))
    return true;
  /* an embed's place-holder: "Loading Bluesky content", "Loading..." */
  if (words <= 4 && opens_with(l, "loading") &&
      (words == 1 || holds(l, "content") || holds(l, "comments") ||
       holds(l, "video") || holds(l, "player") || holds(l, "...") ||
       holds(l, "\xE2\x80\xA6"))) /* not "Loading up on debt" */
    return true;
  /* an agency's share in a story, alone in brackets: "(With PTI inputs)",
   * "(With inputs from agencies)" */
  if (words <= 8 && l.n > 8 && opens_with(l, "(with ") && l.p[l.n - 1] == ')' &&
      holds(l, "input"))
    return true;
  /* a health page's disclaimer: "... not a substitute for professional
   * medical advice" */
  if (words <= 40 && holds(l, "substitute for professional") &&
      (holds(l, "medical advice") || holds(l, "information only")))
    return true;
  /* "... He may be reached at fbodani@ydr.com.": a note on the writer
   * with an address to reach, wherever it stands */
  if (words <= 40 && holds(l, "be reached") && (has_email(l) || has_phone(l)) &&
      reached_person(l))
    return true;
  if (link_call(l))
    return true;
  if (version_note(l) || correction_note(l) || disclosure(l) ||
      funding_note(l))
    return true;

  /* a comments box's count, a sign-up plug: only as a short line of
   * their own ("POST COMMENT | READ COMMENTS (No comments posted.)") */
  if (words <= 16 &&
      (holds(l, "no comments posted") || holds(l, "by clicking here")))
    return true;
  /* a site's disclaimer on its writers' views, not a correction or a
   * disclosure ("Disclaimer: This story has been corrected") */
  if (opens_with(l, "disclaimer:") &&
      (holds(l, "views") || holds(l, "opinions") || holds(l, "advice") ||
       holds(l, "not responsible") || holds(l, "own risk")))
    return true;
  /* a site's pointer to its own other story: "Also on Plate & Pour: The
   * Larder, Bruton" (the site's name, capitalised, then a colon soon; not
   * "Also on Tuesday, the council ...") */
  static const char *const days[] = {"Friday",   "Monday",   "Saturday",
                                     "Sunday",   "Thursday", "Tuesday",
                                     "Wednesday"};
  if (words <= 20 && l.n > 10 && !memcmp(l.p, "Also on ", 8) &&
      ks_is_upper((unsigned char)l.p[8])) {
    const char *colon = memchr(l.p + 8, ':', l.n - 8 < 40 ? l.n - 8 : 40);
    size_t w1 = 8;
    while (w1 < l.n && ks_is_alpha((unsigned char)l.p[w1]))
      w1++;
    /* (a headline after it, no sentence's stop at its end; not "Also on
     * June 12: The board approved the budget.") */
    if (colon && !memchr(l.p + 8, ',', (size_t)(colon - l.p - 8)) &&
        colon + 2 < l.p + l.n && colon[1] == ' ' &&
        ks_is_upper((unsigned char)colon[2]) && l.p[l.n - 1] != '.' &&
        !in_list(l.p + 8, w1 - 8, days, sizeof days / sizeof days[0]))
      return true;
  }
  /* a reading time: "6 min read", "6 minute read" */
  if (words <= 4 && l.n > 0 && ks_is_digit((unsigned char)l.p[0]) &&
      (holds(l, " min read") || holds(l, " minute read") ||
       holds(l, " mins read") || holds(l, "-minute read")))
    return true;
  /* a story's source alone at its foot, "via GSM Arena" */
  if (words <= 5 && l.n > 5 && !memcmp(l.p, "via ", 4) &&
      ks_is_upper((unsigned char)l.p[4]) && !memchr(".!?", l.p[l.n - 1], 3))
    return true;
  /* a press release's wire tag, "SOURCE BET Networks" */
  if (l.n < 80 && l.n > 7 && !memcmp(l.p, "SOURCE ", 7) &&
      !memchr(".!?", l.p[l.n - 1], 3))
    return true;
  /* "- Advertisement -", "• Related: ...", "→ Read more: ...": the words
   * after a dash, a bullet or an arrow that sets them off */
  struct line o = l;
  /* a link's arrow sets off what follows at any length; a triangle
   * only the words that announce a link or a clip ("▸ Read more:", "▶
   * Watch:"; a story's points set with triangles are read) */
  bool arrow = l.n >= 3 && !memcmp(l.p, "\xE2\x86\x92", 3);
  while (o.n > 0 && (o.p[0] == '-' || o.p[0] == ' ' || o.p[0] == '*' ||
                     (o.n >= 3 && (!memcmp(o.p, "\xE2\x80\x94", 3) ||
                                   !memcmp(o.p, "\xE2\x80\x93", 3) ||
                                   !memcmp(o.p, "\xE2\x86\x92", 3) || /* → */
                                   !memcmp(o.p, "\xE2\x80\xA2", 3) ||
                                   right_triangle(o.p))))) {
    size_t k = (unsigned char)o.p[0] >= 0x80 ? 3 : 1;
    o.p += k;
    o.n -= k;
  }
  /* "UP NEXT" or "Up next" alone, a sports report's heading over the
   * teams' next games, is the story's ("Up next: Nuggets v Lakers" is a
   * player's) */
  if (words == 2 && l.n == 7 && ks_mem_eq_ci(l.p, "UP NEXT", 7))
    return false;
  if (words <= 6 &&
      (opens_with(o, "with inputs from") || opens_with(o, "with input from")))
    return true; /* "With inputs from PTI", "- With inputs from agencies" */
  /* "Recommended" opens a list of links ("Recommended:", "Recommended
   * for you", "Recommended stories"), not a table's row of a thing
   * recommended ("Recommended cylinder: 200 litres") */
  static const char *const recommended[] = {
      "recommended for you",  "recommended reading", "recommended stories",
      "recommended articles", "recommended videos",  "recommended links",
      "recommended content",  "recommended news",    "recommended posts"};
  bool recommends = opens_with(o, "recommended");
  if (recommends && o.n > 11 && o.p[11] == ' ') {
    recommends = false;
    for (size_t i = 0; i < sizeof recommended / sizeof recommended[0]; i++)
      recommends = recommends || opens_with(o, recommended[i]);
  }
  static const char *const announced[] = {"read more", "read:",  "see also",
                                          "related:",  "watch:", "video:"};
  if (l.n >= 3 && right_triangle(l.p))
    for (size_t i = 0; i < sizeof announced / sizeof announced[0]; i++)
      if (opens_with(o, announced[i]))
        return true;
  for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
    if ((recommends || strcmp(openers[i], "recommended") != 0) &&
        opens_with(o.n == l.n || words <= 6 || arrow ? o : l, openers[i]))
      return true;
  /* a social bookmark's call after a bullet, however long: "• Discuss
   * this story on the ... message board" (not "• Follow the money: ...") */
  static const char *const bookmarks[] = {"add to del.icio.us", "add to digg",
                                          "digg this", "discuss this article",
                                          "discuss this story"};
  for (size_t i = 0; i < sizeof bookmarks / sizeof bookmarks[0]; i++)
    if (opens_with(o, bookmarks[i]))
      return true;
  for (size_t i = 0; words <= 8 && i < N_SHORT_OPENERS; i++)
    if (opens_with(o, short_openers[i]))
      return true;
  /* a paywall's meter and its appeal, a few sentences: "You have read 3
   * of your 5 free articles this month. Support independent ...
   * journalism ... Subscribe from ..." */
  if (l.n <= 400 && (holds(l, "free articles this month") ||
                     holds(l, "of your free articles") ||
                     holds(l, "free articles remaining") ||
                     holds(l, "free article this month")))
    return true;
  if (l.n > 200)
    return false;
  for (size_t i = 0; i < sizeof notices / sizeof notices[0]; i++)
    if (holds(l, notices[i]))
      return true;
  return one_sentence(l) && pointer(l);
}

/* The next ASCII word (letters and digits) of l at or after i: its start in
 * *start (l.n when there is none); returns its end. */
static size_t next_word(struct line l, size_t i, size_t *start) {
  while (i < l.n && !ks_is_alnum((unsigned char)l.p[i]))
    i++;
  *start = i;
  while (i < l.n && ks_is_alnum((unsigned char)l.p[i]))
    i++;
  return i;
}

/* A time stamp of digits only: "09.01.08 00:09", "2008-01-09 12:40". */
static bool stamp_line(struct line l) {
  size_t digits = 0;
  if (l.n > 40)
    return false;
  for (size_t i = 0; i < l.n; i++) {
    unsigned char c = (unsigned char)l.p[i];
    if (ks_is_digit(c))
      digits++;
    else if (c != '.' && c != ':' && c != '/' && c != '-' && c != ' ')
      return false;
  }
  return digits >= 6;
}

/* A short line with a year and a clock time in it, such as a headline, a
 * byline or a credit stamped with the moment it was posted: "Associated
 * Press - January 11, 2008 4:13 PM ET", "Bulls pursue talks 28/12/2007
 * 11:27". Before the story, it is the page's record, not the story. */
static bool stamped(struct line l) {
  bool year = false, clock = false;
  if (l.n > 200)
    return false;
  for (size_t i = 0; i < l.n; i++) {
    if (i + 4 <= l.n && (i == 0 || !ks_is_alnum((unsigned char)l.p[i - 1])) &&
        (!memcmp(l.p + i, "19", 2) || !memcmp(l.p + i, "20", 2)) &&
        ks_is_digit((unsigned char)l.p[i + 2]) &&
        ks_is_digit((unsigned char)l.p[i + 3]) &&
        (i + 4 == l.n || !ks_is_alnum((unsigned char)l.p[i + 4])))
      year = true;
    if (i >= 1 && i + 2 < l.n && l.p[i] == ':' &&
        ks_is_digit((unsigned char)l.p[i - 1]) &&
        ks_is_digit((unsigned char)l.p[i + 1]) &&
        ks_is_digit((unsigned char)l.p[i + 2]))
      clock = true;
  }
  return year && clock && words_in(l) <= 25 && !memchr(".!?", l.p[l.n - 1], 3);
}

/* A line whose clock comes last, a zone or "AM" aside. */
static bool clock_last(struct line l) {
  size_t n = l.n;
  while (n > 0 && l.p[n - 1] == ' ')
    n--;
  if (n > 3 && ks_is_alpha((unsigned char)l.p[n - 1])) {
    size_t w = n;
    while (w > 0 && ks_is_alpha((unsigned char)l.p[w - 1]))
      w--;
    if (n - w > 4 || w == 0 || l.p[w - 1] != ' ')
      return false;
    n = w - 1;
  }
  return n >= 5 && ks_is_digit((unsigned char)l.p[n - 1]) &&
         ks_is_digit((unsigned char)l.p[n - 2]) && l.p[n - 3] == ':' &&
         ks_is_digit((unsigned char)l.p[n - 4]);
}

/* A stamped line whose clock comes last: a headline in a list of the
 * latest ("BMW aims to snatch No. 1 position Thomson Financial News | Wed,
 * Jan 16 2008, 07:36 GMT"), where a story's timeline puts its times
 * first. */
static bool stamp_last(struct line l) { return stamped(l) && clock_last(l); }

/* A line of nothing but a date or a time ("Jan 17, 2008 04:05 PM",
 * "Updated: 12:36 GMT"). */
static bool date_line(struct line l) {
  size_t i = 0, numbers = 0;
  bool named = false;
  if (l.n > 80)
    return false;
  for (size_t k = 0; k < l.n; k++) {
    const unsigned char *u = (const unsigned char *)l.p + k;
    if (u[0] < 0x80)
      continue;
    // Only a no-break space, a dash, a dot or a bullet between the words.
    if (k + 1 < l.n && u[0] == 0xC2 && (u[1] == 0xA0 || u[1] == 0xB7))
      k++;
    else if (k + 2 < l.n && u[0] == 0xE2 && u[1] == 0x80 &&
             (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xA2))
      k += 2;
    else
      return false;
  }
  for (;;) {
    size_t s;
    i = next_word(l, i, &s);
    if (s >= l.n)
      break;
    if (ks_is_digit((unsigned char)l.p[s])) {
      size_t k = s;
      while (k < i && ks_is_digit((unsigned char)l.p[k]))
        k++;
      if (k < i && !in_list(l.p + k, i - k, date_words,
                            sizeof date_words / sizeof date_words[0]))
        return false; /* "1st" passes, "4x4" does not */
      numbers++;
    } else if (!in_list(l.p + s, i - s, date_words,
                        sizeof date_words / sizeof date_words[0])) {
      return false;
    } else {
      named = true;
    }
  }
  return numbers > 0 &&
         (named || memchr(l.p, ':', l.n) || memchr(l.p, '/', l.n));
}

/* An embedded social post: its link to a picture, or its attribution line
 * "— Jane Doe (@janedoe) May 2, 2021". */
static bool social_post(struct line l) {
  const char *at;
  if (l.n > 600)
    return false;
  if (holds(l, "pic.twitter.com") || holds(l, "twitter.com/") ||
      holds(l, "instagram.com/p/"))
    return true;
  at = l.n > 2 ? memchr(l.p, '@', l.n) : NULL;
  if (!at || at == l.p || at[-1] != '(')
    return false;
  /* "(@handle)" followed by a date that closes the line */
  for (const char *c = at; c < l.p + l.n; c++)
    if (*c == ')') {
      struct line rest = {c + 1, (size_t)(l.p + l.n - c - 1)};
      while (rest.n && rest.p[0] == ' ')
        rest.p++, rest.n--;
      return rest.n == 0 || date_line(rest);
    }
  return false;
}

/* A sign-off after the article: "--Scott Ferguson", "— A. Reporter". */
static bool sign_off(struct line l) {
  size_t i, words;
  if (l.n > 60)
    return false;
  if (l.n >= 2 && l.p[0] == '-' && l.p[1] == '-')
    i = 2;
  else if (l.n >= 3 && !memcmp(l.p, "\xE2\x80\x94", 3))
    i = 3;
  else
    return false;
  words = words_opening(l, i, ks_is_upper);
  return words >= 1 && words <= 4;
}

// Whether l holds an e-mail address: "jevans@seattletimes.com".
static bool has_email(struct line l) {
  for (size_t i = 1; i + 3 < l.n; i++)
    if (l.p[i] == '@' && ks_is_alnum((unsigned char)l.p[i - 1]) &&
        ks_is_alnum((unsigned char)l.p[i + 1])) {
      size_t k = i + 1;
      while (k < l.n && (ks_is_alnum((unsigned char)l.p[k]) || l.p[k] == '-'))
        k++;
      if (k + 2 < l.n && l.p[k] == '.' &&
          ks_is_alpha((unsigned char)l.p[k + 1]))
        return true;
    }
  return false;
}

/* Whether l holds a telephone number: ten digits or more in a run of
 * digits, spaces, dashes, dots and brackets ("206-464-2067",
 * "(020) 7946 0958"). */
static bool has_phone(struct line l) {
  size_t digits = 0;
  for (size_t i = 0; i < l.n; i++) {
    char c = l.p[i];
    if (ks_is_digit((unsigned char)c)) {
      if (++digits >= 10)
        return true;
    } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' ||
                 c == '+') ||
               (c == ' ' && i + 1 < l.n &&
                !ks_is_digit((unsigned char)l.p[i + 1]) && l.p[i + 1] != '(')) {
      digits = 0;
    }
  }
  return false;
}

// Whether a word of l is a web site's name: "Goal.com", "BBC.co.uk".
static bool has_domain(struct line l) {
  static const char *const tlds[] = {".com",    ".net",   ".org", ".co.uk",
                                     ".com.au", ".co.za", ".ie",  ".ca"};
  for (size_t i = 1; i < l.n; i++)
    for (size_t t = 0; t < sizeof tlds / sizeof tlds[0]; t++) {
      size_t k = strlen(tlds[t]);
      if (i + k <= l.n && ks_is_alnum((unsigned char)l.p[i - 1]) &&
          ks_mem_eq_ci(l.p + i, tlds[t], k) &&
          (i + k == l.n || !ks_is_alnum((unsigned char)l.p[i + k])))
        return true;
    }
  return false;
}

/* What closes a page after its story, not read: a row of links or a path
 * ("Home | National", "Posted by Eric Earling at 12:03 PM | Email This"),
 * a contact line with a telephone number or an e-mail address ("Jayda
 * Evans: 206-464-2067 or jevans@..."), a credit that names a site ("Mark
 * Hinton, Goal.com"), a label of a word or two as the last block
 * ("SCOREBOARD", "Archive"). */
static bool trailer(struct line l, bool at_end) {
  size_t words = words_in(l);
  bool digit = false;
  if (l.n == 0 || l.n > 200)
    return false;
  for (size_t i = 0; i < l.n && !digit; i++)
    digit = ks_is_digit((unsigned char)l.p[i]);
  /* not an event's dates and its place ("29 November | 20 January") */
  if ((holds(l, " | ") && words <= 14 && !digit) ||
      opens_with(l, "posted by ") || opens_with(l, "posted on ") ||
      opens_with(l, "posted at "))
    return true;
  /* a reporter's, not an event's ticket line ("Inquiry 02-751-1500") */
  if (words <= 16 &&
      (has_email(l) || (has_phone(l) && (holds(l, "contact") ||
                                         holds(l, "reach") || holds(l, ": ")))))
    return true;

  /* "Mark Hinton, Goal.com"; not an address given to readers ("Tickets
   * www.example.com") */
  if (words <= 6 && has_domain(l) && !holds(l, "www.") &&
      !memchr(".!?", l.p[l.n - 1], 3))
    return true;
  /* a label only as the page's last block: before others it heads them
   * ("Saturday", then a list of games) */
  return at_end && words <= 2 && !digit && !memchr(".!?\"'", l.p[l.n - 1], 5);
}

/* Whether l holds the words w whole (no letter right before or after):
 * "a story", not "a storyline" or "history". */
static bool holds_word(struct line l, const char *w) {
  size_t k = strlen(w);
  for (size_t i = 0; i + k <= l.n; i++)
    if (ks_mem_eq_ci(l.p + i, w, k) &&
        (i == 0 || !ks_is_alpha((unsigned char)l.p[i - 1])) &&
        (i + k == l.n || !ks_is_alpha((unsigned char)l.p[i + k])))
      return true;
  return false;
}

/* The newsroom's plea for stories that closes an article: "Do you have a
 * story you would like us to investigate? Email tips@... or WhatsApp 0711
 * 000 555", "Got a story? Contact newsdesk@...": an address or a number,
 * the word "story" or "stories" and the reader ("you") in a few words (not
 * a police appeal for witnesses, which names no story). */
static bool story_plea(struct line l) {
  static const char *const asks[] = {"a story", "any story", "news tip",
                                     "story ideas", "story tip",
                                     "a tip", "tips"};
  bool asked = false;
  for (size_t i = 0; i < sizeof asks / sizeof asks[0] && !asked; i++)
    asked = holds_word(l, asks[i]);
  /* the reader asked for a story ("Do you have a story", "Got a story",
   * "Have a news tip"), and told where to send it */
  return l.n < 300 && words_in(l) <= 40 && (has_email(l) || has_phone(l)) &&
         asked &&
         (holds(l, "you ") || holds(l, "you?") || holds(l, "your ") ||
          holds(l, "got a ")) &&
         (has_email(l) || holds(l, "whatsapp") || holds(l, "contact us") ||
          holds(l, "call us"));
}

/* "Email Tyler Broussard at tb@...", "Reach Jane Roe at ...": the verb,
 * then a capitalised name, then "at" (not "Email exchanges obtained
 * by ...", "Contact between the two men"). */
static bool writer_address(struct line l) {
  static const char *const verbs[] = {"email ", "e-mail ", "reach ",
                                      "contact "};
  for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
    size_t k = strlen(verbs[i]);
    if (opens_with(l, verbs[i]) && l.n > k &&
        ks_is_upper((unsigned char)l.p[k]))
      return holds(l, " at ");
  }
  return false;
}

/* The heading of an author's box alone: "About the writer", "About the
 * author". */
static bool about_writer(struct line l) {
  return words_in(l) <= 4 && (opens_with(l, "about the writer") ||
                              opens_with(l, "about the author") ||
                              opens_with(l, "about the reporter"));
}

/* A note on the writer as the story's last block: "Hamish Roe is a senior
 * writer at CricketPulse. He has covered ..." — a name of two to four
 * capitalised words, "is a", "is an" or "is the", and a word of the
 * trade, in sixty words or fewer. */
static bool writer_note(struct line l) {
  static const char *const trades[] = {
      "author",   "columnist", "contributor", "correspondent",
      "critic",   "editor",    "journalist",  "presenter",
      "producer", "reporter",  "writer"};
  size_t i = 0, names = 0;
  if (l.n == 0 || words_in(l) > 60)
    return false;
  while (i < l.n && names < 5) {
    size_t s = i;
    if (!ks_is_upper((unsigned char)l.p[i]))
      break;
    while (i < l.n && (ks_is_alpha((unsigned char)l.p[i]) || l.p[i] == '-' ||
                       l.p[i] == '\'' || (unsigned char)l.p[i] >= 0x80))
      i++;
    if (i - s < 2 || i >= l.n || l.p[i] != ' ')
      return false;
    names++;
    i++;
  }
  if (names < 2 || names > 4 ||
      !(opens_with((struct line){l.p + i, l.n - i}, "is a ") ||
        opens_with((struct line){l.p + i, l.n - i}, "is an ") ||
        opens_with((struct line){l.p + i, l.n - i}, "is the ")))
    return false;
  /* the trade a word of its own, then the outlet's capitalised name after
   * "at", "for", "with" or "of": "a senior writer at CricketPulse" (not
   * "The Financial Conduct Authority is the regulator", "Maria Ressa is a
   * journalist and Nobel laureate") */
  static const char *const preps[] = {" at ", " for ", " of ", " with "};
  if (ks_is_upper((unsigned char)l.p[0]) &&
      (opens_with(l, "the ") || opens_with(l, "a ") || opens_with(l, "an ") ||
       opens_with(l, "this ") || opens_with(l, "our ")))
    return false;
  for (size_t k = 0; k < sizeof trades / sizeof trades[0]; k++) {
    size_t tl = strlen(trades[k]);
    for (size_t at = i; at + tl < l.n; at++) {
      if (!ks_mem_eq_ci(l.p + at, trades[k], tl) ||
          ks_is_alpha((unsigned char)l.p[at - 1]))
        continue;
      const char *e = l.p + at + tl;
      if (*e == 's')
        e++;
      for (size_t m = 0; m < sizeof preps / sizeof preps[0]; m++) {
        size_t ml = strlen(preps[m]);
        if ((size_t)(l.p + l.n - e) > ml && !memcmp(e, preps[m], ml) &&
            ks_is_upper((unsigned char)e[ml]))
          return true;
      }
    }
  }
  return false;
}

/* Where readers' comments begin below a story: a comment's signature
 * with the time it was posted ("Posted by: sigil, terminus on 1:19pm Thu
 * 17 Jan 08"), or the section's buttons ("Print Email this Comment",
 * "POST COMMENT", "Read comments (2)"). */
static bool comments_start(struct line l) {
  static const char *const buttons[] = {
      "comments",       "no comments posted.", "(no comments posted.)",
      "post a comment", "post comment",        "print email this comment",
      "read comments",  "reader comments",     "report this comment",
      /* "READERS' COMMENTS (14)" */
      "readers' comments", "readers\xE2\x80\x99 comments", "readers comments",
      "user comments"};
  /* a comments box's rules: "Comment entries are limited to 100 words.",
   * "Comments are moderated": the rule right after "Comment(s)" and at
   * most one word (not "Comments on the draft rule are limited to written
   * submissions", a story's line) */
  static const char *const rules[] = {"are limited to",  "are moderated",
                                      "are monitored",   "are posted",
                                      "are responsible", "will be monitored"};
  struct line b = l;
  bool digit = false;
  bool all = opens_with(l, "all readers comments ") ||
             opens_with(l, "all reader comments ");
  if (l.n > 0 && l.n <= 200 &&
      (opens_with(l, "comment ") || opens_with(l, "comments ") || all)) {
    size_t skip = 0;
    /* past the opener ("Comment", "All readers comments"), then at most
     * one more word ("entries", "posters") */
    for (int w = 0; w < (all ? 5 : 3) && skip < l.n; w++) {
      struct line t = {l.p + skip, l.n - skip};
      for (size_t i = 0;
           w >= (all ? 3 : 1) && i < sizeof rules / sizeof rules[0]; i++)
        if (opens_with(t, rules[i]))
          return true;
      while (skip < l.n && l.p[skip] != ' ')
        skip++;
      while (skip < l.n && l.p[skip] == ' ')
        skip++;
    }
  }
  if (l.n == 0 || l.n > 160)
    return false;
  if (memchr(".!?", l.p[l.n - 1], 3))
    return l.n <= 30 &&
           in_list(l.p, l.n, buttons, sizeof buttons / sizeof buttons[0]);
  /* "Posted by: NAME on 1:19pm Thu 17 Jan 08": with the colon, as a
   * comment's signature is written (a live blog's "Posted by Jane Doe
   * at 10:42" is not) */
  if (opens_with(l, "posted by:")) {
    for (size_t i = 0; i < l.n && !digit; i++)
      digit = ks_is_digit((unsigned char)l.p[i]);
    return digit;
  }
  /* the section's buttons, the whole line: "Print Email this Comment",
   * "POST COMMENT, READ COMMENTS", "Read comments (2)" */
  while (b.n &&
         (ks_is_digit((unsigned char)b.p[b.n - 1]) || b.p[b.n - 1] == ')' ||
          b.p[b.n - 1] == '(' || b.p[b.n - 1] == ' '))
    b.n--;
  return words_in(b) <= 5 &&
         (in_list(b.p, b.n, buttons, sizeof buttons / sizeof buttons[0]) ||
          opens_with(b, "post comment, read comments"));
}

// "By Alice Turner", "By Judy Kurtz - 03/21/17 01:11 PM EDT".
static bool byline(struct line l) {
  size_t lower = 0;
  if (!(l.n < 120 && l.n > 4 && opens_with(l, "by ") &&
        ks_is_upper((unsigned char)l.p[3])))
    return false;
  /* not a sentence that opens so: "By Donald Trump's own account, the
   * deal was good" (a possessive, or more words in small letters than a
   * role has; round 38's review) */
  for (size_t i = 3; i + 2 < l.n; i++) {
    if ((l.p[i] == '\'' && l.p[i + 1] == 's' && l.p[i + 2] == ' ') ||
        (i + 4 < l.n && !memcmp(l.p + i, "\xE2\x80\x99s ", 4)))
      return false;
    if (l.p[i] == ' ' && ks_is_lower((unsigned char)l.p[i + 1]))
      lower++;
  }
  return lower <= 6;
}

/* A picture's credit with the copyright sign inside a short line, its
 * holder last: "Kenneth Perez \xC2\xA9 Reuters", "Photo: J. Roe \xC2\xA9
 * AFP 2008". */
static bool sign_credit(struct line l) {
  size_t words = 0, after = 0;
  const char *c = NULL;
  if (l.n == 0 || l.n > 80 || memchr(".!?", l.p[l.n - 1], 3))
    return false;
  for (size_t i = 0; i + 1 < l.n; i++)
    if ((unsigned char)l.p[i] == 0xC2 && (unsigned char)l.p[i + 1] == 0xA9)
      c = l.p + i;
  if (!c || c == l.p)
    return false;
  for (size_t i = 0; i < l.n; i++)
    if ((i == 0 || l.p[i - 1] == ' ') && l.p[i] != ' ') {
      words++;
      after += l.p + i > c;
    }
  return words <= 8 && after >= 1 && after <= 3;
}

/* A credit of one or two names each side of a slash and nothing else:
 * "Microsoft/YouTube", "Jane Roe/Reuters". */
static bool slash_credit(struct line l) {
  const char *sl = memchr(l.p, '/', l.n);
  size_t words = 1;
  if (!sl || l.n > 48 || sl == l.p || sl + 1 >= l.p + l.n ||
      memchr(sl + 1, '/', (size_t)(l.p + l.n - sl - 1)) ||
      !ks_is_upper((unsigned char)l.p[0]) || !ks_is_upper((unsigned char)sl[1]))
    return false;
  for (size_t i = 0; i < l.n; i++) {
    unsigned char c = (unsigned char)l.p[i];
    if (c == ' ') {
      words++;
      if (i + 1 < l.n && !ks_is_upper((unsigned char)l.p[i + 1]))
        return false; /* every word capitalised */
    } else if (!ks_is_alnum(c) && c != '/' && c != '.' && c != '-' &&
               c != '&') {
      return false;
    }
  }
  return words <= 4;
}

/* A paper's citation set after the story: its authors and year, its
 * journal and its DOI ("Halvorsen, I., et al. (2025). Accelerated ...
 * doi:10.5555/..."); a reader follows it, a listener cannot. */
static bool citation(struct line l) {
  bool year = false;
  if (l.n > 600 || !(holds(l, "doi:") || holds(l, "doi.org/")))
    return false;
  for (size_t i = 0; i + 6 <= l.n && !year; i++)
    year = l.p[i] == '(' && (l.p[i + 1] == '1' || l.p[i + 1] == '2') &&
           ks_is_digit((unsigned char)l.p[i + 2]) &&
           ks_is_digit((unsigned char)l.p[i + 3]) &&
           ks_is_digit((unsigned char)l.p[i + 4]) && l.p[i + 5] == ')';
  return year || holds(l, "et al.");
}

/* A photo caption or credit: a line closed by a credit in parentheses
 * ("... (Kyodo News via AP)"), or a credit alone in capitals
 * ("STEVE RUSSELL/TORONTO STAR"). */
/* A picture's credit that ends the line after its caption's sentence, or
 * is the line: "... addressing the media yesterday. Pic by Kushan
 * Pathiraja", "Picture: Daniel Forsyth" (one to five capitalised words
 * after the label, nothing after them; round 38, from set AW). */
static bool trailing_credit(struct line l) {
  static const char *const labels[] = {"Pic by ",      "Pic: ",
                                       "Picture by ",  "Picture: ",
                                       "Photo by ",    "Photo: ",
                                       "Photograph: ", "Photo credit: "};
  for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
    size_t n = strlen(labels[k]);
    for (size_t i = 0; i + n < l.n; i++) {
      if (memcmp(l.p + i, labels[k], n) ||
          !(i == 0 || (i >= 2 && l.p[i - 1] == ' ' &&
                       strchr(".!?", l.p[i - 2]))))
        continue;
      struct line rest = {l.p + i + n, l.n - i - n};
      size_t words = words_opening(rest, 0, ks_is_upper);
      size_t all = words_in(rest);
      if (words >= 1 && words <= 5 && words == all &&
          !memchr(".!?", rest.p[rest.n - 1], 3))
        return true;
    }
  }
  return false;
}

static bool caption(struct line l) {
  size_t open = l.n, upper = 0, lower = 0, label = 0;
  if (l.n == 0 || l.n > 400)
    return false;
  if (trailing_credit(l))
    return true;
  /* a credit in round or square brackets at the end: "(AP Photo)",
   * "[EPA]" */
  if (l.p[l.n - 1] == ')' || (l.p[l.n - 1] == ']' && l.n < 160)) {
    char o = l.p[l.n - 1] == ')' ? '(' : '[';
    for (size_t i = l.n; i-- > 0;)
      if (l.p[i] == o) {
        open = i;
        break;
      }
    if (open < l.n && l.n - open < 80) {
      struct line c = {l.p + open + 1, l.n - open - 2};
      size_t i = 0;
      for (;;) {
        size_t s;
        i = next_word(c, i, &s);
        if (s >= c.n)
          break;
        if (in_list(c.p + s, i - s, credit_words,
                    sizeof credit_words / sizeof credit_words[0]))
          return open > 0 || l.n < 60;
      }
    }
  }
  for (size_t i = 0; i < l.n; i++) {
    upper += ks_is_upper((unsigned char)l.p[i]);
    lower += ks_is_lower((unsigned char)l.p[i]);
    label += l.p[i] == ':' && i + 1 < l.n && l.p[i + 1] == ' ';
  }
  /* names, not a price list's label and price, "95 ULP: R23.71/ℓ" */
  if (l.n < 60 && memchr(l.p, '/', l.n) && upper > 4 && lower == 0 &&
      label == 0)
    return true;
  return slash_credit(l) || sign_credit(l);
}

/* Text folded for comparison: ASCII letters and digits in lower case,
 * other UTF-8 kept, everything else one space. */
static void fold(struct line l, struct ks_buf *out) {
  bool space = true;
  for (size_t i = 0; i < l.n; i++) {
    unsigned char c = (unsigned char)l.p[i];
    /* typographic quotes and dashes (U+2013 to U+201F) are punctuation
     * as their ASCII kin are: "I buy into Elon" and the same in curly
     * quotes fold alike */
    if (c == 0xE2 && i + 2 < l.n && (unsigned char)l.p[i + 1] == 0x80 &&
        (unsigned char)l.p[i + 2] >= 0x93 &&
        (unsigned char)l.p[i + 2] <= 0x9F) {
      if (!space)
        ks_buf_putc(out, ' ');
      space = true;
      i += 2;
      continue;
    }
    if (ks_is_alnum(c) || c >= 0x80) {
      ks_buf_putc(out, ks_to_lower(c));
      space = false;
    } else if (!space) {
      ks_buf_putc(out, ' ');
      space = true;
    }
  }
  if (out->len && out->ptr[out->len - 1] == ' ')
    ks_buf_truncate(out, out->len - 1);
}

// A paragraph of prose: long enough, and it has a sentence end.
static bool prose(struct line l) {
  return l.n >= 100 && (memchr(l.p, '.', l.n) || memchr(l.p, '!', l.n) ||
                        memchr(l.p, '?', l.n));
}

/* A section's heading of one word a label could be ("Video" over a
 * review's paragraphs on filming): a heading the page gives, with a
 * paragraph of the story's prose kept right after it. */
static bool section_heading(const struct ks_doc *body, const bool *keep,
                            size_t i) {
  /* (a medium's name: "Advertisement", "More:" over prose are still a
   * slot's and a list's labels) */
  static const char *const media[] = {"audio", "photos", "video"};
  struct line l = text_of(body, i);
  if (body->blocks[i].kind != KS_BLOCK_HEADING || i + 2 >= body->n_blocks ||
      !in_list(l.p, l.n, media, sizeof media / sizeof media[0]))
    return false;
  /* (a section: two paragraphs of prose after it, neither a caption,
   * byline or notice; a player's label over one line is not) */
  for (size_t k = i + 1; k <= i + 2; k++) {
    struct line next = text_of(body, k);
    if (!keep[k] || body->blocks[k].kind != KS_BLOCK_PARAGRAPH ||
        !prose(next) || furniture_line(next) || caption(next) || byline(next))
      return false;
  }
  return true;
}

/* A story printed twice: three or more paragraphs in a row, each the
 * same (folded, 60 bytes or more) as one before them, are said once. A
 * paragraph or two that repeat may be the story's own (a meal plan's
 * dish and its portions, a game's maps), so they stay. all holds every block
 * folded, one a line, block i's from start[i]. */
static void drop_told_twice(const struct ks_doc *body, const struct ks_buf *all,
                            const size_t *start, bool *keep) {
  size_t nb = body->n_blocks;
  bool *again = ks_xcalloc(nb + 1, sizeof *again);
  for (size_t i = 1; i < nb; i++) {
    size_t n = start[i + 1] - start[i] - 1;
    if (!keep[i] || n < 60 || body->blocks[i].kind != KS_BLOCK_PARAGRAPH)
      continue;
    for (size_t j = 0; j < i && !again[i]; j++)
      again[i] = keep[j] && start[j + 1] - start[j] - 1 == n &&
                 body->blocks[j].kind == KS_BLOCK_PARAGRAPH &&
                 !memcmp(all->ptr + start[j], all->ptr + start[i], n);
  }
  for (size_t i = 1, run = 0; i <= nb; i++) {
    if (i < nb && again[i]) {
      run++;
      continue;
    }
    for (size_t k = i - run; run >= 3 && k < i; k++)
      keep[k] = false;
    run = 0;
  }
  free(again);
}

/* The length of a dash at l.p[i]: a hyphen 1, an en or em dash 3; or 0. */
static size_t dash_at(struct line l, size_t i) {
  if (i < l.n && l.p[i] == '-')
    return 1;
  return i + 2 < l.n && (unsigned char)l.p[i] == 0xE2 &&
                 (unsigned char)l.p[i + 1] == 0x80 &&
                 ((unsigned char)l.p[i + 2] == 0x93 ||
                  (unsigned char)l.p[i + 2] == 0x94)
             ? 3
             : 0;
}

/* The length of a closing quotation mark that ends right before l.p[e]:
 * '"' or '\'' 1, a curly one (” ’) 3; or 0. */
static size_t closer_before(struct line l, size_t e) {
  if (e >= 1 && (l.p[e - 1] == '"' || l.p[e - 1] == '\''))
    return 1;
  return e >= 3 && (unsigned char)l.p[e - 3] == 0xE2 &&
                 (unsigned char)l.p[e - 2] == 0x80 &&
                 ((unsigned char)l.p[e - 1] == 0x9D ||
                  (unsigned char)l.p[e - 1] == 0x99)
             ? 3
             : 0;
}

/* The words of a pull quote without its attribution after a dash ("“No
 * magic money tree.” – Cr Tamati Rewiri"): where the quotation ends. */
static size_t before_attribution(struct line l) {
  for (size_t i = l.n; i-- > 1;) {
    size_t d = dash_at(l, i), words = 0;
    if (!d || l.p[i - 1] != ' ' || i + d >= l.n || l.p[i + d] != ' ')
      continue;
    for (size_t k = i + d; k < l.n; k++)
      words += l.p[k] == ' ';
    /* a quotation's end before it: a stop or a closing quote */
    if (words <= 10 && i >= 2 &&
        (strchr(".!?", l.p[i - 2]) || closer_before(l, i - 1)))
      return i - 1;
    return l.n;
  }
  return l.n;
}

/* Whether l holds a curly quotation mark (U+2018 to U+201D). */
static bool has_curly_quote(struct line l) {
  for (size_t k = 0; k + 2 < l.n; k++)
    if ((unsigned char)l.p[k] == 0xE2 && (unsigned char)l.p[k + 1] == 0x80 &&
        (unsigned char)l.p[k + 2] >= 0x98 && (unsigned char)l.p[k + 2] <= 0x9D)
      return true;
  return false;
}

/* A whole sentence or more: a capital or an opening quote first, a stop
 * (before closing quotes) last. */
static bool whole_sentences(struct line l) {
  size_t e = l.n, b = 0, c;
  while ((c = closer_before(l, e)) > 0)
    e -= c;
  if (l.n >= 3 && (unsigned char)l.p[0] == 0xE2 &&
      (unsigned char)l.p[1] == 0x80 && (unsigned char)l.p[2] == 0x9C)
    b = 3;
  else if (l.n && l.p[0] == '"')
    b = 1;
  return e > b && strchr(".!?", l.p[e - 1]) &&
         ks_is_upper((unsigned char)l.p[b]);
}

/* A label printed beside every advert or widget: a short paragraph of
 * four words or fewer, no sentence, the same (folded) three times or more
 * in the body ("Article content", "Story continues below"), is said not
 * at all, when it is the only such line: a meal plan or a schedule repeats
 * several ("Eat every 2-3 hours", "Drink during your workout"), and those
 * are the story's. */
static void drop_labels(const struct ks_doc *body, const struct ks_buf *all,
                        const size_t *start, bool *keep) {
  size_t nb = body->n_blocks, label = nb, labels = 0;
  for (size_t i = 0; i < nb && labels < 2; i++) {
    size_t n = start[i + 1] - start[i] - 1, same = 0;
    struct line l = text_of(body, i);
    if (!keep[i] || n == 0 || n > 40 || words_in(l) > 4 ||
        body->blocks[i].kind != KS_BLOCK_PARAGRAPH ||
        memchr(".!?", l.p[l.n - 1], 3))
      continue;
    for (size_t j = 0; j < nb; j++)
      same += start[j + 1] - start[j] - 1 == n &&
              body->blocks[j].kind == KS_BLOCK_PARAGRAPH &&
              !memcmp(all->ptr + start[j], all->ptr + start[i], n);
    if (same < 3)
      continue;
    /* a second text repeated so: not a template's label */
    if (label == nb || start[label + 1] - start[label] - 1 != n ||
        memcmp(all->ptr + start[label], all->ptr + start[i], n)) {
      labels++;
      label = i;
    }
  }
  if (labels != 1)
    return;
  size_t n = start[label + 1] - start[label] - 1;
  for (size_t j = 0; j < nb; j++)
    if (start[j + 1] - start[j] - 1 == n &&
        !memcmp(all->ptr + start[j], all->ptr + start[label], n))
      keep[j] = false;
}

/* Where the word-bounded text w[0..n) stands in t[from..to), or NULL. */
static const char *word_in(const char *t, size_t from, size_t to, const char *w,
                           size_t n) {
  for (size_t k = from; k + n <= to; k++)
    if (!memcmp(t + k, w, n) && (k == from || t[k - 1] == ' ') &&
        (k + n == to || t[k + n] == ' '))
      return t + k;
  return NULL;
}

/* A quotation block i (its folded words in q) that repeats a sentence of
 * a paragraph near it with words cut from its middle: its first five
 * words and its last three stand in that paragraph, in order, the second
 * run not far after the first ("Every ship that arrived in Cabo Verde
 * depended on these lights." beside "every ship that arrived in Cabo
 * Verde, every bote of a fisherman ..., depended on these lights", set
 * BH). */
static bool cut_repeat(const struct ks_doc *body, const struct ks_buf *all,
                       const size_t *start, const bool *keep, size_t i,
                       const struct ks_buf *q) {
  size_t nb = body->n_blocks, words = 0, head = 0, tail = q->len;
  for (size_t k = 0; k < q->len; k++)
    if (q->ptr[k] == ' ' && ++words == 5)
      head = k;
  if (words < 8)
    return false; /* a short one is left to the whole-text test */
  for (size_t k = q->len, sp = 0; k-- > 0;)
    if (q->ptr[k] == ' ' && ++sp == 3) {
      tail = k + 1;
      break;
    }
  for (size_t j = i > 12 ? i - 12 : 0; j < nb && j <= i + 12; j++) {
    const char *h, *t;
    if (j == i || !keep[j] || body->blocks[j].kind != KS_BLOCK_PARAGRAPH)
      continue;
    size_t b = start[j], e = start[j + 1] - 1;
    if ((h = word_in(all->ptr, b, e, q->ptr, head)) == NULL ||
        (t = word_in(all->ptr, (size_t)(h - all->ptr) + head, e, q->ptr + tail,
                     q->len - tail)) == NULL ||
        (size_t)(t - h) > 3 * q->len)
      continue;
    /* (and every word of its middle in that span, in order: a quotation
     * that says more than the story's sentence, a letter or a law in
     * full, is its own) */
    size_t at = (size_t)(h - all->ptr) + head, stop = (size_t)(t - all->ptr);
    bool all_in = true;
    for (size_t w = head + 1; w < tail && all_in;) {
      size_t we = w;
      while (we < q->len && q->ptr[we] != ' ')
        we++;
      const char *f = word_in(all->ptr, at, stop, q->ptr + w, we - w);
      all_in = f != NULL;
      if (f)
        at = (size_t)(f - all->ptr) + (we - w);
      w = we + 1;
    }
    if (all_in)
      return true;
  }
  return false;
}

/* A pull quote: a block whose folded text (60 bytes or more, 40 for a
 * quotation, 24 for whole sentences among the blocks near it) lies inside
 * a longer paragraph, or a quotation that repeats an earlier one whole,
 * with its attribution line after it and a quotation mark alone before
 * it; and a story printed twice (above). Lists and tables may repeat
 * themselves (a recipe's portions); they are kept. */
static void drop_repeats(const struct ks_doc *body, bool *keep) {
  struct ks_buf all = KS_BUF_INIT, needle = KS_BUF_INIT;
  size_t nb = body->n_blocks, *start = ks_xcalloc(nb + 1, sizeof *start);
  for (size_t i = 0; i < nb; i++) {
    start[i] = all.len;
    fold(text_of(body, i), &all);
    ks_buf_putc(&all, '\n');
  }
  start[nb] = all.len;
  for (size_t i = 0; i < nb; i++) {
    size_t n = start[i + 1] - start[i] - 1;
    bool quote = body->blocks[i].kind == KS_BLOCK_QUOTE;
    struct line l = text_of(body, i);
    const char *hit;
    /* a quotation with its attribution: the quotation alone is sought */
    if (keep[i] && quote) {
      struct line q = {l.p, before_attribution(l)};
      if (q.n < l.n) {
        ks_buf_clear(&needle);
        fold(q, &needle);
        n = needle.len;
        l = q;
      }
    }
    /* a short one only where it is whole sentences ("“There is no magic
     * money tree.”"), and only near it: a pull quote sits by its source,
     * and a page of many short lines stays quick to read */
    bool near = n < (quote ? 40u : 60u);
    /* (a quotation's attribution alone after its dash is no repeat of the
     * story's sentence that names the same speaker: "– Education Minister
     * Dr. Josephine Wleh-Tarpeh", set BC) */
    /* (short, a name and its title, no sentence's end: a quotation
     * that opens with a dash and repeats the story is a repeat) */
    if (quote && l.n > 3 && l.n <= 120 && !memchr(".!?\"", l.p[l.n - 1], 4) &&
        (!memcmp(l.p, "\xE2\x80\x93", 3) || !memcmp(l.p, "\xE2\x80\x94", 3) ||
         (l.p[0] == '-' && l.p[1] == ' ')))
      continue;
    size_t from = near ? start[i > 12 ? i - 12 : 0] : 0,
           to = near ? start[i + 13 < nb ? i + 13 : nb] : all.len;
    char saved;
    if (!keep[i] ||
        n < (whole_sentences(l) ? 24u
             : quote            ? 40u
                                : 60u) ||
        n > 600 || (body->blocks[i].kind != KS_BLOCK_PARAGRAPH && !quote))
      continue;
    ks_buf_clear(&needle);
    ks_buf_put(&needle, all.ptr + start[i], n);
    saved = all.ptr[to];
    all.ptr[to] = '\0';
    for (hit = strstr(all.ptr + from, needle.ptr); hit && keep[i];
         hit = strstr(hit + 1, needle.ptr)) {
      size_t at = (size_t)(hit - all.ptr), lo = 0, hi = nb, j, m;
      while (hi - lo > 1) { /* the block holding the hit */
        size_t mid = (lo + hi) / 2;
        if (start[mid] <= at)
          lo = mid;
        else
          hi = mid;
      }
      j = lo;
      m = start[j + 1] - start[j] - 1;
      if (j == i || !keep[j] || body->blocks[j].kind != KS_BLOCK_PARAGRAPH ||
          m < n || (m == n && (j > i || !quote)) || at + n > start[j] + m ||
          (at > start[j] && all.ptr[at - 1] != ' ') ||
          (at + n < start[j] + m && all.ptr[at + n] != ' '))
        continue;
      keep[i] = false;
    }
    all.ptr[to] = saved;
    if (keep[i] && quote && whole_sentences(l))
      keep[i] = !cut_repeat(body, &all, start, keep, i, &needle);
    /* a dropped pull quote's attribution line after it ("- Dr. Helen
     * Fraser, University of Calgary"), and a quotation mark alone before
     * it */
    if (!keep[i] && i + 1 < nb && keep[i + 1]) {
      struct line a = text_of(body, i + 1);
      bool quoted = memchr(a.p, '"', a.n) || has_curly_quote(a);
      if (a.n <= 90 && words_in(a) <= 12 && a.n && !quoted &&
          (dash_at(a, 0) ||
           (ks_is_upper((unsigned char)a.p[0]) && a.p[a.n - 1] != '.' &&
            a.p[a.n - 1] != '!' && a.p[a.n - 1] != '?')) &&
          body->blocks[i + 1].kind != KS_BLOCK_HEADING)
        keep[i + 1] = false;
    }
    if (!keep[i] && i > 0 && keep[i - 1] && start[i] - start[i - 1] <= 1)
      keep[i - 1] = false;
  }
  drop_told_twice(body, &all, start, keep);
  drop_labels(body, &all, start, keep);
  free(start);
  ks_buf_free(&all);
  ks_buf_free(&needle);
}

bool ks_clean_same_letters(const char *a, size_t an, const char *b, size_t bn) {
  struct ks_buf fa = KS_BUF_INIT, fb = KS_BUF_INIT;
  struct line la = {a, an}, lb = {b, bn};
  bool same = true;
  size_t i = 0, j = 0, letters = 0;
  if (!an || !bn || an > bn * 2 + 10 || bn > an * 2 + 10)
    return false;
  fold(la, &fa);
  fold(lb, &fb);
  /* the two folds, each without its bytes outside ASCII and the spaces
   * next to them */
  while (same && (i < fa.len || j < fb.len)) {
    while (i < fa.len && ((unsigned char)fa.ptr[i] >= 0x80 || fa.ptr[i] == ' '))
      i++;
    while (j < fb.len && ((unsigned char)fb.ptr[j] >= 0x80 || fb.ptr[j] == ' '))
      j++;
    if (i < fa.len && j < fb.len) {
      same = fa.ptr[i++] == fb.ptr[j++];
      letters++;
    } else {
      same = i >= fa.len && j >= fb.len;
    }
  }
  ks_buf_free(&fa);
  ks_buf_free(&fb);
  return same && letters >= 12;
}

bool ks_clean_same_text(const char *a, size_t an, const char *b, size_t bn) {
  struct ks_buf fa = KS_BUF_INIT, fb = KS_BUF_INIT;
  struct line la = {a, an}, lb = {b, bn};
  bool same;
  if (!an || !bn || an > bn * 2 + 10 || bn > an * 2 + 10)
    return false;
  fold(la, &fa);
  fold(lb, &fb);
  same = fa.len > 0 && !strcmp(fa.ptr, fb.ptr);
  ks_buf_free(&fa);
  ks_buf_free(&fb);
  return same;
}

/* Whether line l is the headline: the title, or the part of it on either
 * side of a separator when the title still carries a site's or a
 * section's name ("The Feed - CES 2008: Google TV Rumblings"). */
static bool headline(struct line l, const char *title) {
  size_t n = strlen(title);
  if (ks_clean_same_text(l.p, l.n, title, n))
    return true;
  /* the headline again with its time stamp: "Fix put off 09.01.08 00:09" */
  if (n >= 12 && l.n > n + 1 && ks_clean_same_text(l.p, n, title, n) &&
      l.p[n] == ' ') {
    struct line rest = {l.p + n + 1, l.n - n - 1};
    if (date_line(rest) || stamp_line(rest))
      return true;
  }
  /* the headline after the site's name with no mark between them: the
   * title "Adnkronos international Algeria: Al-Qaeda claims attack", the
   * block its last four words or more, after four at most */
  if (n > l.n + 1 && title[n - l.n - 1] == ' ' &&
      ks_clean_same_text(l.p, l.n, title + n - l.n, l.n)) {
    struct line site = {title, n - l.n - 1};
    if (words_in(l) >= 4 && words_in(site) <= 4)
      return true;
  }
  for (size_t k = 0; k < KS_N_TITLE_SEPS; k++) {
    const char *sep = ks_title_seps[k];
    size_t m = strlen(sep);
    for (const char *s = strstr(title, sep); s; s = strstr(s + m, sep)) {
      size_t before = (size_t)(s - title);
      if (ks_clean_same_text(l.p, l.n, s + m, n - before - m) ||
          ks_clean_same_text(l.p, l.n, title, before))
        return l.n >= 12;
    }
  }
  return false;
}

bool ks_clean_paywall_line(const char *text, size_t len) {
  static const char *const says[] = {
      "subscribe to continue", "to continue reading",
      "subscribers only",      "for subscribers",
      "already a subscriber",  "subscribe to read",
      "sign in to continue",   "log in to continue",
      "register to continue",  "to read the full",
      "to read the rest",      "become a member to",
      "unlock this article",   "you have reached your",
      "free articles left",    "this content is reserved"};
  struct line l = {text, len};
  if (len > 300)
    return false;
  for (size_t i = 0; i < sizeof says / sizeof says[0]; i++)
    if (holds(l, says[i]))
      return true;
  return false;
}

void ks_clean_blocks(const struct ks_doc *body, const char *title,
                     const char *site, bool live, bool *keep,
                     const char **why) {
  size_t first = body->n_blocks, last = 0;
  for (size_t i = 0; i < body->n_blocks; i++) {
    keep[i] = true;
    if (why)
      why[i] = NULL;
  }
  /* repeats and readers' comments first, so that the story's end is
   * where its first telling ends: a byline printed between two tellings,
   * a time stamp above the comments, are at the edge */
  drop_repeats(body, keep);
  for (size_t i = 0, story = 0; i < body->n_blocks; i++) {
    struct line l = text_of(body, i);
    if (story && !live && keep[i] && comments_start(l)) {
      for (size_t k = i; k < body->n_blocks; k++) {
        keep[k] = false;
        if (why)
          why[k] = "comments";
      }
      /* the time stamp right above them, the story's own ("10:36pm
       * Wednesday 16th January 2008") */
      if (i > 0 && keep[i - 1] && stamped(text_of(body, i - 1))) {
        keep[i - 1] = false;
        if (why)
          why[i - 1] = "date";
      }
      break;
    }
    story += keep[i] && body->blocks[i].kind != KS_BLOCK_HEADING && prose(l);
  }
  /* a list of the latest headlines, each with its clock last, three or
   * more in a row after the story's prose */
  for (size_t i = 0, story = 0; i < body->n_blocks; i++) {
    size_t k = i;
    if (!live)
      while (k < body->n_blocks && keep[k] && stamp_last(text_of(body, k)))
        k++;
    /* and no paragraph of prose after them: a schedule inside the story
     * ("First walkout: ..., Mon, Jan 8 2024, 04:00") is the story's */
    bool after = false;
    for (size_t m = k; story && k - i >= 3 && m < body->n_blocks && !after; m++)
      after = keep[m] && body->blocks[m].kind != KS_BLOCK_HEADING &&
              prose(text_of(body, m)) && !clock_last(text_of(body, m)) &&
              !furniture_line(text_of(body, m));
    if (story && k - i >= 3 && !after) {
      for (size_t m = i; m < k; m++) {
        keep[m] = false;
        if (why)
          why[m] = "headlines";
      }
      i = k - 1;
      continue;
    }
    story += keep[i] && body->blocks[i].kind != KS_BLOCK_HEADING &&
             prose(text_of(body, i));
  }
  for (size_t i = 0; i < body->n_blocks; i++) {
    struct line l = text_of(body, i);
    if (keep[i] && body->blocks[i].kind != KS_BLOCK_HEADING && prose(l)) {
      if (first == body->n_blocks)
        first = i;
      last = i;
    }
  }
  for (size_t i = 0; i < body->n_blocks; i++) {
    struct line l = text_of(body, i);
    bool edge = i < first || i > last;
    const char *r = NULL;
    bool post = false;
    if (!keep[i])
      continue;
    if ((post = social_post(l)))
      r = "social post";
    else if (furniture_line(l) && !spec_row(body, keep, i) &&
             !section_heading(body, keep, i) && !labelled_row(l))
      r = "notice";
    else if (caption(l))
      r = "caption";
    else if (i > first && citation(l))
      r = "citation";
    else if (edge && byline(l))
      r = "byline";
    else if (edge && !live && (date_line(l) || (i < first && stamped(l))))
      r = "date";
    else if (i <= first && (headline(l, title) || headline(l, site)))
      r = "headline"; /* again below the story: extract.c, drop_title_again */
    else if (i > last && sign_off(l))
      r = "sign-off";
    else if (i == last && i > first && writer_note(l))
      r = "sign-off";
    /* not an item with a telephone number and no e-mail address after
     * an item of a list the story keeps that is no trailer itself
     * ("Questions about where to vote: Elections NB, 1-800-555-0199"
     * after its dates) */
    else if (i > last && i > first && trailer(l, i + 1 == body->n_blocks) &&
             !(body->blocks[i].kind == KS_BLOCK_ITEM &&
               body->blocks[i - 1].kind == KS_BLOCK_ITEM && keep[i - 1] &&
               has_phone(l) && !has_email(l) &&
               !trailer(text_of(body, i - 1), false)))
      r = "trailer";
    /* (or the writer's address that closes the story, and the plea after
     * it: "Email Tyler Broussard at tb@... Our journalism depends on
     * subscribers. Subscribe today.", round 39, set AX) */
    else if (i >= last && i > first &&
             (story_plea(l) || (l.n < 300 && words_in(l) <= 40 &&
                                has_email(l) && writer_address(l))))
      r = "notice";
    /* the note under an author's box's heading ("About the writer",
     * then "Shalini Devi is ... Email: ..."), short, after the story */
    else if (i > first && i > 0 && words_in(l) <= 80 &&
             about_writer(text_of(body, i - 1)))
      r = "author box";
    else if (i == last && i > first && l.n < 400 &&
             (holds(l, "follow us on") || holds(l, "follow him on") ||
              holds(l, "follow her on") || holds(l, "follow them on")))
      r = "notice"; /* the author's plug that closes the article */
    if (r) {
      keep[i] = false;
      if (why)
        why[i] = r;
      /* and its label right before it ("The study", "Reference") */
      struct line pl = i > 0 ? text_of(body, i - 1) : l;
      if (!strcmp(r, "citation") && i > 0 && keep[i - 1] && pl.n > 0 &&
          words_in(pl) <= 3 && !memchr(".!?", pl.p[pl.n - 1], 3)) {
        keep[i - 1] = false;
        if (why)
          why[i - 1] = r;
      }
      /* a social post's text sits in a quotation just before its
       * attribution line, in one block or several split at its line
       * breaks ("GET IN!!!!!", then its words, then the attribution) */
      /* (past a line of it dropped already: its "Follow the match" link) */
      size_t told = 0;
      for (size_t k = i;
           post && k > 0 && i - k < 4 &&
           body->blocks[k - 1].kind == KS_BLOCK_QUOTE;
           k--) {
        if (!keep[k - 1])
          continue;
        told += text_of(body, k - 1).n;
        if (told >= 600)
          break;
        keep[k - 1] = false;
        if (why)
          why[k - 1] = r;
      }
    }
  }
  for (size_t i = 0; why && i < body->n_blocks; i++)
    if (!keep[i] && !why[i])
      why[i] = "repeat";
}

/* Whether the record of dropped text already holds the line rec. */
static bool recorded(const struct ks_buf *dropped, const struct ks_buf *rec) {
  for (size_t i = 0; i + rec->len <= dropped->len;) {
    const char *nl;
    if (!memcmp(dropped->ptr + i, rec->ptr, rec->len))
      return true;
    nl = memchr(dropped->ptr + i, '\n', dropped->len - i);
    if (!nl)
      break;
    i = (size_t)(nl - dropped->ptr) + 1;
  }
  return false;
}

void ks_clean_sentences(struct ks_doc *doc) {
  size_t k = 0;
  for (size_t i = 0; i < doc->n_sents; i++) {
    struct line l = {doc->text.ptr + doc->sents[i].text.off,
                     doc->sents[i].text.len};
    /* "... a point back. - Staff", "– AFP": a sign-off after the last
     * sentence, a dash and an agency or the desk that wrote it */
    struct line after = l;
    bool sign = skip_dash(&after) && label_only(after), call = link_call(l);
    if (pointer(l) || sign || call) {
      struct ks_buf rec = KS_BUF_INIT;
      ks_buf_puts(&rec, sign ? "sign-off\t" : call ? "link\t" : "pointer\t");
      ks_buf_put(&rec, l.p, l.n);
      ks_buf_putc(&rec, '\n');
      if (!recorded(&doc->dropped, &rec)) /* segmented again: once */
        ks_buf_put(&doc->dropped, rec.ptr, rec.len);
      ks_buf_free(&rec);
      continue;
    }
    doc->sents[k++] = doc->sents[i];
  }
  doc->n_sents = k;
}

void ks_doc_list_dropped(const struct ks_doc *doc, struct ks_buf *out) {
  const char *p = doc->dropped.ptr, *end = p + doc->dropped.len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p)), *tab;
    if (!nl)
      nl = end;
    tab = memchr(p, '\t', (size_t)(nl - p));
    if (tab) {
      ks_buf_put(out, p, (size_t)(tab - p));
      ks_buf_puts(out, ": ");
      ks_buf_put(out, tab + 1, (size_t)(nl - tab - 1));
    } else {
      ks_buf_put(out, p, (size_t)(nl - p));
    }
    ks_buf_putc(out, '\n');
    p = nl < end ? nl + 1 : end;
  }
}

size_t ks_clean_words(const struct ks_doc *body, const bool *keep) {
  size_t words = 0;
  for (size_t i = 0; i < body->n_blocks; i++) {
    if (keep[i])
      words += words_in(text_of(body, i));
  }
  return words;
}
