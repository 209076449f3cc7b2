/* readalong.c - the read-along page: the article as spoken, each sentence
 * an element with its time, the audio beside it, one HTML file.
 * SPDX-License-Identifier: MIT
 *
 * The page's style and script (page.css, page.js) are built into the
 * program (build/readalong/assets.c) and written into every page, with the
 * timings as JSON: a <track> file does not load over file://. The page
 * works without its script: the article and a native player.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "buf.h"
#include "readalong/readalong.h"
#include "escape.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* build/readalong/assets.c, made from page.css and page.js */
extern const unsigned char ks_readalong_css[], ks_readalong_js[];

/* OpenDyslexic (Debian's fonts-opendyslexic) is embedded when installed, so
 * that the page offers it offline, on any machine. */
static const char *const font_paths[] = {
    "/usr/share/fonts/woff/opendyslexic/OpenDyslexic-Regular.woff",
    "/usr/local/share/fonts/woff/opendyslexic/OpenDyslexic-Regular.woff"};

// Base64 (RFC 4648), for the font's data: URL.
static void base64(struct ks_buf *out, const unsigned char *p, size_t n) {
  static const char a[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)p[i] << 16;
    if (i + 1 < n)
      v |= (unsigned)p[i + 1] << 8;
    if (i + 2 < n)
      v |= p[i + 2];
    ks_buf_putc(out, a[v >> 18 & 63]);
    ks_buf_putc(out, a[v >> 12 & 63]);
    ks_buf_putc(out, i + 1 < n ? a[v >> 6 & 63] : '=');
    ks_buf_putc(out, i + 2 < n ? a[v & 63] : '=');
  }
}

static void font_face(struct ks_buf *out) {
  for (size_t i = 0; i < sizeof font_paths / sizeof font_paths[0]; i++) {
    FILE *f = fopen(font_paths[i], "rb");
    struct ks_buf font = KS_BUF_INIT;
    char chunk[8192];
    size_t k;
    if (!f)
      continue;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0 && font.len < 1 << 20)
      ks_buf_put(&font, chunk, k);
    fclose(f);
    ks_buf_puts(out, "@font-face { font-family: OpenDyslexic; src: "
                     "url(data:font/woff;base64,");
    base64(out, (const unsigned char *)font.ptr, font.len);
    ks_buf_puts(out, ") format(\"woff\"); }\n");
    ks_buf_free(&font);
    return;
  }
}

// UTF-16 code units in s[0..n): what a JavaScript string offset counts.
static size_t utf16_len(const char *s, size_t n) {
  size_t i = 0, units = 0;
  while (i < n) {
    uint32_t cp;
    i += ks_utf8_decode(s + i, n - i, &cp);
    units += cp != KS_UTF8_BAD && cp >= 0x10000 ? 2 : 1;
  }
  return units;
}

/* The element a body utterance's block is shown in. */
static const char *tag_of(const struct ks_doc *doc,
                          const struct ks_utterance *u) {
  if (u->role == KS_ROLE_HEADLINE)
    return "h1";
  if (u->role == KS_ROLE_HEADING)
    return "h2";
  if (u->role == KS_ROLE_BYLINE)
    return "p class=\"byline\"";
  if (u->sentence < doc->n_sents) {
    enum ks_block_kind k = doc->blocks[doc->sents[u->sentence].block].kind;
    if (k == KS_BLOCK_QUOTE)
      return "blockquote";
    if (k == KS_BLOCK_ITEM)
      return "li";
  }
  return "p";
}

// Which block an utterance belongs to: the introduction is one.
static size_t block_of(const struct ks_doc *doc, const struct ks_utterance *u) {
  if (u->role == KS_ROLE_HEADLINE)
    return SIZE_MAX - 2;
  if (u->sentence >= doc->n_sents)
    return SIZE_MAX - 1;
  return doc->sents[u->sentence].block;
}

// The closing tag for an opening one ("p class=..." closes as "p").
static void close_tag(struct ks_buf *out, const char *tag) {
  ks_buf_printf(out, "</%.*s>", (int)strcspn(tag, " "), tag);
}

void ks_readalong_article(const struct ks_doc *doc, const struct ks_script *s,
                          size_t n, struct ks_buf *out) {
  const char *open = NULL;
  size_t block = SIZE_MAX, para = 0;
  bool list = false;
  for (size_t i = 0; i < n; i++) {
    const struct ks_utterance *u = &s->utts[i];
    size_t b = block_of(doc, u);
    if (b != block || !open) {
      const char *tag = tag_of(doc, u);
      if (open)
        close_tag(out, open);
      if (list && strcmp(tag, "li"))
        ks_buf_puts(out, "</ul>");
      ks_buf_putc(out, '\n');
      if (!list && !strcmp(tag, "li"))
        ks_buf_puts(out, "<ul>");
      list = !strcmp(tag, "li");
      ks_buf_printf(out, "<%s>", tag);
      open = tag;
      if (block != SIZE_MAX)
        para++;
      block = b;
    } else {
      ks_buf_putc(out, ' ');
    }
    ks_buf_printf(out, "<span class=\"s\" id=\"s%zu\" data-p=\"%zu\"", i, para);
    if (u->lang[0])
      ks_buf_printf(out, " lang=\"%s\"", u->lang);
    ks_buf_putc(out, '>');
    ks_xml_put(out, s->written.ptr + u->written.off, u->written.len, false);
    ks_buf_puts(out, "</span>");
  }
  if (open)
    close_tag(out, open);
  if (list)
    ks_buf_puts(out, "</ul>");
  ks_buf_putc(out, '\n');
}

/* The timings: a cue a sentence, [start, end] in seconds, and every word,
 * [sentence, start, from, to] with from and to in UTF-16 units of the
 * sentence's text. */
static void timings(const struct ks_doc *doc, const struct ks_script *s,
                    const struct ks_timeline *t, size_t n, double offset_s,
                    struct ks_buf *out) {
  ks_buf_puts(out, "{\"key\":");
  if (doc->url.len)
    ks_json_put_html(out, doc->url.ptr, doc->url.len);
  else
    ks_json_put_html(out, doc->title.ptr, doc->title.len);
  ks_buf_puts(out, ",\n\"cues\":[");
  for (size_t i = 0; i < n; i++) {
    uint64_t a, b;
    ks_cue_times(t, i, offset_s, &a, &b);
    ks_buf_printf(out, "%s[%.3f,%.3f]", i ? "," : "", a / 1000.0, b / 1000.0);
  }
  ks_buf_puts(out, "],\n\"words\":[");
  for (size_t k = 0; k < t->n_words; k++) {
    const struct ks_word *w = &t->words[k];
    const struct ks_utterance *u = &s->utts[w->utt];
    const char *text = s->written.ptr + u->written.off;
    size_t from = w->written.off - u->written.off;
    if (w->utt >= n || w->written.len == 0)
      continue;
    ks_buf_printf(out, "%s[%zu,%.3f,%zu,%zu]", k ? "," : "", w->utt,
                  offset_s + (double)w->at / t->rate, utf16_len(text, from),
                  utf16_len(text, from + w->written.len));
  }
  ks_buf_puts(out, "]}");
}

static const char controls[] =
    "<div id=\"ks-controls\" hidden>\n"
    "<div class=\"bar\">\n"
    "<button type=\"button\" id=\"ks-prev-p\">Previous paragraph</button>\n"
    "<button type=\"button\" id=\"ks-prev-s\">Previous sentence</button>\n"
    "<button type=\"button\" id=\"ks-next-s\">Next sentence</button>\n"
    "<button type=\"button\" id=\"ks-next-p\">Next paragraph</button>\n"
    "<label>Speed <select id=\"ks-speed\">"
    "<option value=\"0.5\">0.5\xC3\x97</option>"
    "<option value=\"0.75\">0.75\xC3\x97</option>"
    "<option value=\"1\" selected>1\xC3\x97</option>"
    "<option value=\"1.25\">1.25\xC3\x97</option>"
    "<option value=\"1.5\">1.5\xC3\x97</option>"
    "<option value=\"2\">2\xC3\x97</option>"
    "<option value=\"2.5\">2.5\xC3\x97</option>"
    "<option value=\"3\">3\xC3\x97</option></select></label>\n"
    "<label><input type=\"checkbox\" id=\"ks-pause-each\"> Pause after each "
    "sentence</label>\n"
    "<button type=\"button\" id=\"ks-back\" hidden>Back to the reading "
    "position</button>\n"
    "</div>\n"
    "<p class=\"notice\" id=\"ks-resume\" hidden>You were listening at <span "
    "id=\"ks-resume-at\"></span>. <button type=\"button\" "
    "id=\"ks-resume-go\">Resume</button> <button type=\"button\" "
    "id=\"ks-resume-no\">Start from the beginning</button></p>\n"
    "<details class=\"settings\"><summary>Reading settings</summary><div>\n"
    "<label>Text size <input type=\"range\" id=\"ks-size\" min=\"0.8\" "
    "max=\"2.5\" step=\"0.1\" value=\"1.25\"></label>\n"
    "<label>Line spacing <input type=\"range\" id=\"ks-leading\" min=\"1.3\" "
    "max=\"2.4\" step=\"0.1\" value=\"1.7\"></label>\n"
    "<label>Width <select id=\"ks-width\"><option value=\"30\">Narrow"
    "</option><option value=\"38\" selected>Medium</option><option "
    "value=\"52\">Wide</option></select></label>\n"
    "<label>Theme <select id=\"ks-theme\"><option value=\"system\">As the "
    "system</option><option value=\"light\">Light</option><option "
    "value=\"dark\">Dark</option></select></label>\n"
    "<label>Font <select id=\"ks-font\"><option value=\"serif\">Serif"
    "</option><option value=\"sans\">Sans serif</option><option "
    "value=\"dyslexic\">OpenDyslexic</option></select></label>\n"
    "<label><input type=\"checkbox\" id=\"ks-words\"> Highlight each "
    "word</label>\n"
    "</div>\n<p class=\"help\">Click a sentence, or press Enter on it, to "
    "play from there. Keys: Alt+Shift+Right and Left for the next and "
    "previous sentence, Alt+Shift+Down and Up for paragraphs, Alt+Shift+P to "
    "play or pause.</p></details>\n"
    "</div>\n";

void ks_render_readalong(const struct ks_doc *doc,
                         const struct ks_script *script,
                         const struct ks_timeline *t, double offset_s,
                         const char *audio_href, struct ks_buf *out) {
  size_t n = t->n_utts < script->n_utts ? t->n_utts : script->n_utts;
  const char *lang = doc->language.len ? doc->language.ptr : "en";
  ks_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"");
  ks_xml_put(out, lang, strlen(lang), true);
  ks_buf_puts(out, "\">\n<head>\n<meta charset=\"utf-8\">\n<meta "
                   "name=\"viewport\" content=\"width=device-width, "
                   "initial-scale=1\">\n<meta name=\"generator\" "
                   "content=\"kispeak " KS_VERSION "\">\n<title>");
  ks_xml_put(out, doc->title.len ? doc->title.ptr : "Read along",
             doc->title.len ? doc->title.len : strlen("Read along"), false);
  ks_buf_puts(out, "</title>\n<style>\n");
  font_face(out);
  ks_buf_puts(out, (const char *)ks_readalong_css);
  ks_buf_puts(out, "</style>\n</head>\n<body>\n<a class=\"skip\" "
                   "href=\"#article\">Skip to the article</a>\n<section "
                   "class=\"player\" id=\"ks-player\" aria-label=\"Player\">\n"
                   "<audio id=\"ks-audio\" controls preload=\"auto\" src=\"");
  ks_xml_put(out, audio_href, strlen(audio_href), true);
  ks_buf_puts(out, "\"><a href=\"");
  ks_xml_put(out, audio_href, strlen(audio_href), true);
  ks_buf_puts(out, "\">Download the audio</a></audio>\n");
  ks_buf_puts(out, controls);
  ks_buf_puts(out, "</section>\n<main id=\"article\">\n<article>");
  ks_readalong_article(doc, script, n, out);
  ks_buf_puts(out, "</article>\n</main>\n<script type=\"application/json\" "
                   "id=\"ks-data\">");
  timings(doc, script, t, n, offset_s, out);
  ks_buf_puts(out, "</script>\n<script>\n");
  ks_buf_puts(out, (const char *)ks_readalong_js);
  ks_buf_puts(out, "</script>\n</body>\n</html>\n");
}

/* The directory of path made absolute (it exists: the outputs were
 * checked), newly allocated; NULL if it cannot be resolved. */
static char *abs_dir(const char *path) {
  const char *slash = strrchr(path, '/');
  char *dir =
      slash ? ks_xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
            : ks_xstrdup(".");
  char *abs = realpath(dir, NULL);
  free(dir);
  return abs;
}

/* The audio's path as the page reaches it: relative from the page's
 * directory, both resolved first. */
void ks_readalong_href(const char *page, const char *audio,
                       struct ks_buf *out) {
  char *pd = abs_dir(page), *ad = abs_dir(audio);
  const char *base = strrchr(audio, '/') ? strrchr(audio, '/') + 1 : audio;
  size_t common = 0;
  if (pd && !strcmp(pd, "/"))
    pd[0] = '\0';
  if (ad && !strcmp(ad, "/"))
    ad[0] = '\0';
  if (!pd || !ad) { /* cannot tell: as given */
    ks_buf_puts(out, audio);
    free(pd);
    free(ad);
    return;
  }
  /* the longest shared run of whole directories */
  for (size_t i = 0;; i++) {
    bool pe = pd[i] == '\0' || pd[i] == '/', ae = ad[i] == '\0' || ad[i] == '/';
    if (pe && ae)
      common = i;
    if (pd[i] != ad[i] || !pd[i])
      break;
  }
  for (const char *p = pd + common; *p; p++)
    if (*p == '/')
      ks_buf_puts(out, "../");
  if (ad[common] == '/') {
    ks_buf_puts(out, ad + common + 1);
    ks_buf_putc(out, '/');
  }
  ks_buf_puts(out, base);
  free(pd);
  free(ad);
}
