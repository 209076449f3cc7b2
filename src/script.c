/* script.c - the episode as spoken: introduction, then the body, normalised.
 * SPDX-License-Identifier: MIT
 */
#include "ascii.h"
#include "buf.h"
#include "lang/lang.h"
#include "lang/region.h"
#include "url.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void ks_script_init(struct ks_script *s) {
  memset(s, 0, sizeof *s);
  ks_buf_init(&s->speech, 0);
  ks_buf_init(&s->written, 0);
  ks_align_init(&s->anchors);
}

void ks_script_free(struct ks_script *s) {
  if (!s)
    return;
  ks_buf_free(&s->speech);
  ks_buf_free(&s->written);
  ks_align_free(&s->anchors);
  free(s->utts);
  ks_script_init(s);
}

size_t ks_script_to_written(const struct ks_script *s,
                            const struct ks_utterance *u, size_t off,
                            bool end) {
  const struct ks_anchor *a = s->anchors.a;
  size_t norm = ks_align_map(a + u->lex_map.off, u->lex_map.len, off, end);
  size_t w = ks_align_map(a + u->norm_map.off, u->norm_map.len, norm, end);
  return w < u->written.len ? w : u->written.len;
}

// Begins an utterance whose text the caller appends to script->speech.
static struct ks_utterance *begin(struct ks_script *s, enum ks_role role,
                                  size_t sentence, unsigned pause) {
  struct ks_utterance *u;
  ks_grow(&s->utts, &s->cap_utts, s->n_utts + 1, sizeof *u);
  u = &s->utts[s->n_utts++];
  memset(u, 0, sizeof *u);
  u->role = role;
  u->sentence = sentence;
  u->pause_ms = pause;
  u->speech.off = s->speech.len;
  u->written.off = s->written.len;
  return u;
}

// Closes an utterance; an empty one (nothing left to say) is dropped.
static void end(struct ks_script *s, struct ks_utterance *u) {
  while (s->speech.len > u->speech.off &&
         s->speech.ptr[s->speech.len - 1] == ' ')
    s->speech.len--;
  s->speech.ptr[s->speech.len] = '\0';
  u->speech.len = s->speech.len - u->speech.off;
  u->written.len = s->written.len - u->written.off;
  if (u->speech.len == 0) {
    ks_buf_truncate(&s->speech, u->speech.off);
    ks_buf_truncate(&s->written, u->written.off);
    s->anchors.n =
        u->lex_map.off < u->norm_map.off ? u->lex_map.off : u->norm_map.off;
    s->n_utts--;
    return;
  }
  /* keeps utterances apart in the buffers */
  ks_buf_putc(&s->speech, '\n');
  ks_buf_putc(&s->written, '\n');
}

/* What building a script needs at every step. */
struct build {
  struct ks_script *s;
  const struct ks_lang *lang;
  const struct ks_voice *v;
  const struct ks_lexicon *lexicon; /* NULL: none */
  struct ks_buf tmp;                /* the normalised text */
  struct ks_align norm, lex;        /* anchors: tmp to text, speech to tmp */
  unsigned topics;                  /* the article's: KS_TOPIC_* */
};

/* Anchors of one stage appended to the script's list: *span says where. */
static void keep_map(struct ks_script *s, const struct ks_align *m,
                     struct ks_span *span) {
  span->off = s->anchors.n;
  for (size_t i = 0; i < m->n; i++) {
    ks_grow(&s->anchors.a, &s->anchors.cap, s->anchors.n + 1,
            sizeof *s->anchors.a);
    s->anchors.a[s->anchors.n++] = m->a[i];
  }
  span->len = m->n;
}

/* One utterance: the text normalised (unless it is in another language),
 * then given the lexicon's pronunciations. The lexicon runs on everything
 * spoken, even with no entries, since it is what keeps an article's own "[["
 * from reaching espeak-ng as phonemes. The text as written (text, or shown
 * when it is not NULL) is kept beside, with anchors from the speech back to
 * it. */
static struct ks_utterance *say(struct build *b, enum ks_role role,
                                size_t sentence, unsigned pause,
                                const char *text, size_t len,
                                const struct ks_lang *lang, bool lexicon,
                                const char *shown) {
  bool normalize = lang != NULL;
  struct ks_utterance *u = begin(b->s, role, sentence, pause);
  size_t at = b->s->n_utts - 1;
  if (shown)
    ks_buf_puts(&b->s->written, shown);
  else
    ks_buf_put(&b->s->written, text, len);
  ks_buf_clear(&b->tmp);
  b->norm.n = b->lex.n = 0;
  if (normalize) {
    ks_normalize_in(text, len, lang, b->topics, &b->tmp, &b->norm);
  } else { /* U+FFFD marks bytes that were not text: nothing to say */
    for (size_t i = 0; i < len; i++) {
      if (i + 3 <= len && !memcmp(text + i, "\xEF\xBF\xBD", 3)) {
        ks_buf_puts(&b->tmp, "   ");
        i += 2;
      } else {
        ks_buf_putc(&b->tmp, text[i]);
      }
    }
  }
  if (shown) { /* said otherwise than shown: one stretch for the whole */
    ks_align_add(&b->norm, 0, 0);
    ks_align_add(&b->norm, b->tmp.len, strlen(shown));
  }
  ks_lexicon_apply(lexicon ? b->lexicon : NULL, b->tmp.ptr, b->tmp.len,
                   &b->s->speech, &b->lex);
  keep_map(b->s, &b->lex, &u->lex_map);
  keep_map(b->s, &b->norm, &u->norm_map);
  end(b->s, u);
  return b->s->n_utts > at ? &b->s->utts[at] : NULL;
}

// "By A.", "By A and B.", "By A, B and C.", or as the intro table says.
static void byline(struct build *b, const struct ks_doc *doc, unsigned pause) {
  const struct ks_intro *in = &b->v->intro;
  const char *tmpl = in->by[0] ? in->by : "By %s.";
  const char *and_word = in->and_word[0] ? in->and_word : "and";
  struct ks_buf names = KS_BUF_INIT, line = KS_BUF_INIT;
  const char *at;
  if (doc->byline.len && !in->by[0]) {
    /* the page's own line, with the role it gives ("By Jane Roe, Health
     * correspondent") */
    ks_buf_put(&line, doc->byline.ptr, doc->byline.len);
    ks_buf_putc(&line, '.');
    say(b, KS_ROLE_BYLINE, SIZE_MAX, pause, line.ptr, line.len, b->lang, true,
        NULL);
    ks_buf_free(&line);
    return;
  }
  if (doc->n_authors > 1 && in->by_many[0])
    tmpl = in->by_many;
  for (size_t i = 0; i < doc->n_authors; i++) {
    if (i > 0 && i + 1 == doc->n_authors)
      ks_buf_printf(&names, " %s ", and_word);
    else if (i > 0)
      ks_buf_puts(&names, ", ");
    ks_buf_puts(&names, doc->authors[i]);
  }
  at = strstr(tmpl, "%s");
  if (at) {
    ks_buf_put(&line, tmpl, (size_t)(at - tmpl));
    ks_buf_put(&line, names.ptr, names.len);
    ks_buf_puts(&line, at + 2);
  } else {
    ks_buf_puts(&line, tmpl);
  }
  say(b, KS_ROLE_BYLINE, SIZE_MAX, pause, line.ptr, line.len, b->lang, true,
      NULL);
  ks_buf_free(&names);
  ks_buf_free(&line);
}

/* The date as the intro table writes it ("9. November 2024."), from an ISO
 * date with a day; false when there is none. */
static bool written_date(const struct ks_intro *in, const char *iso,
                         struct ks_buf *out) {
  unsigned y = 0, m = 0, d = 0;
  const char *t = in->date;
  for (int i = 0; i < 10; i++)
    if (!(i == 4 || i == 7 ? iso[i] == '-' : iso[i] >= '0' && iso[i] <= '9'))
      return false;
  y = (unsigned)strtoul(iso, NULL, 10);
  m = (unsigned)strtoul(iso + 5, NULL, 10);
  d = (unsigned)strtoul(iso + 8, NULL, 10);
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return false;
  for (; *t; t++) {
    if (*t != '%' || !t[1]) {
      ks_buf_putc(out, *t);
      continue;
    }
    t++;
    if (*t == 'd')
      ks_buf_printf(out, "%u", d);
    else if (*t == 'm')
      ks_buf_printf(out, "%u", m);
    else if (*t == 'Y')
      ks_buf_printf(out, "%u", y);
    else if (*t == 'B')
      ks_buf_puts(out, in->months[m - 1]);
    else
      ks_buf_putc(out, *t);
  }
  return true;
}

/* A line of the introduction the page prints (its dateline, its
 * standfirst), with a stop at its end, read by the article's rules. */
static void say_line(struct build *b, const struct ks_buf *text, unsigned sp) {
  struct ks_buf line = KS_BUF_INIT;
  ks_buf_put(&line, text->ptr, text->len);
  if (!strchr(".!?", line.ptr[line.len - 1]))
    ks_buf_putc(&line, '.');
  say(b, KS_ROLE_BYLINE, SIZE_MAX, sp, line.ptr, line.len, b->lang, true, NULL);
  ks_buf_free(&line);
}

/* The standfirst, a sentence at a time where it holds more than one ("...
 * late on Friday. The Congress lost 11 seats"), as the body's sentences
 * are read: each by its own context. */
static void say_standfirst(struct build *b, const struct ks_buf *text,
                           unsigned sp) {
  struct ks_doc one;
  ks_doc_init(&one);
  if (!ks_doc_add_block(&one, KS_BLOCK_PARAGRAPH, text->ptr, text->len) ||
      (ks_segment(&one, b->lang), one.n_sents < 2)) {
    say_line(b, text, sp);
    ks_doc_free(&one);
    return;
  }
  for (size_t i = 0; i < one.n_sents; i++) {
    struct ks_buf line = KS_BUF_INIT;
    ks_buf_put(&line, one.text.ptr + one.sents[i].text.off,
               one.sents[i].text.len);
    if (line.len)
      say_line(b, &line, sp);
    ks_buf_free(&line);
  }
  ks_doc_free(&one);
}

/* Whether the body's first blocks hold t's opening words already (a page
 * that prints its standfirst as the first paragraph). */
static bool body_opens_with(const struct ks_doc *doc, const struct ks_buf *t) {
  size_t n = t->len < 60 ? t->len : 60;
  for (size_t i = 0; i < doc->n_blocks && i < 3; i++) {
    const struct ks_span *sp = &doc->blocks[i].text;
    const char *p = doc->text.ptr + sp->off, *e = p + sp->len;
    for (; p + n <= e; p++)
      if (!memcmp(p, t->ptr, n))
        return true;
  }
  return false;
}

/* The topics to read the dateline by: where it prints the day as figures
 * either way round ("04/06/2017") and the page's stamp says which, the
 * stamp's order (2017-04-06: month first) decides. */
static unsigned dateline_topics(const struct ks_doc *doc, unsigned topics) {
  const char *t = doc->dateline.ptr, *p = doc->published.ptr;
  size_t n = doc->dateline.len;
  unsigned month, day;
  if (!doc->published.len || doc->published.len < 10 || p[4] != '-' ||
      p[7] != '-')
    return topics;
  month = (unsigned)(p[5] - '0') * 10 + (unsigned)(p[6] - '0');
  day = (unsigned)(p[8] - '0') * 10 + (unsigned)(p[9] - '0');
  for (size_t i = 0; i + 5 < n; i++) {
    unsigned a = 0, c = 0;
    size_t k = i, da = 0, dc = 0;
    char sep;
    if (i > 0 && ks_is_alnum((unsigned char)t[i - 1]))
      continue;
    while (k < n && ks_is_digit((unsigned char)t[k]) && da < 3)
      a = a * 10 + (unsigned)(t[k++] - '0'), da++;
    if (da == 0 || da > 2 || k >= n || !strchr("/.-", t[k]))
      continue;
    sep = t[k++];
    while (k < n && ks_is_digit((unsigned char)t[k]) && dc < 3)
      c = c * 10 + (unsigned)(t[k++] - '0'), dc++;
    if (dc == 0 || dc > 2 || k >= n || t[k] != sep || a > 12 || c > 12 ||
        a == c)
      continue;
    if (a == day && c == month)
      return topics | KS_TOPIC_DAY_FIRST;
    if (a == month && c == day)
      return topics & ~(unsigned)KS_TOPIC_DAY_FIRST;
  }
  return topics;
}

static void introduction(struct build *b, const struct ks_doc *doc) {
  struct ks_script *s = b->s;
  struct ks_buf date = KS_BUF_INIT, shown = KS_BUF_INIT;
  unsigned sp = (unsigned)b->v->pause_sentence_ms;
  size_t first = s->n_utts;

  if (doc->title.len)
    say(b, KS_ROLE_HEADLINE, SIZE_MAX, sp, doc->title.ptr, doc->title.len,
        b->lang, true, NULL);
  if (doc->n_authors)
    byline(b, doc, sp);
  /* the day the page shows, where its stamp in UTC says another */
  const char *day =
      doc->shown_date.len ? doc->shown_date.ptr : doc->published.ptr;
  if (doc->dateline.len && !b->v->intro.date[0]) {
    /* the date as the page prints it, read by the article's rules (its
     * order of figures by the page's stamp) */
    unsigned topics = b->topics;
    b->topics = dateline_topics(doc, topics);
    say_line(b, &doc->dateline, sp);
    b->topics = topics;
  } else if (doc->published.len && b->v->intro.date[0]) {
    /* the article's language: written by its table, said by its rules */
    if (written_date(&b->v->intro, day, &shown))
      say(b, KS_ROLE_BYLINE, SIZE_MAX, sp, shown.ptr, shown.len, b->lang, false,
          NULL);
  } else if (doc->published.len &&
             ks_normalize_date(day, b->lang, true, &date) &&
             ks_normalize_date(day, b->lang, false, &shown)) {
    ks_buf_putc(&date, '.'); /* already words: not normalised again */
    ks_buf_putc(&shown, '.');
    say(b, KS_ROLE_BYLINE, SIZE_MAX, sp, date.ptr, date.len, NULL, false,
        shown.ptr);
  }
  ks_buf_free(&date);
  ks_buf_free(&shown);
  /* the standfirst, unless the body opens with it */
  if (doc->standfirst.len && !body_opens_with(doc, &doc->standfirst))
    say_standfirst(b, &doc->standfirst, sp);
  if (s->n_utts > first) {
    s->utts[s->n_utts - 1].pause_ms = (unsigned)b->v->pause_intro_ms;
    s->utts[s->n_utts - 1].para_end = true;
  }
}

/* The topics the site's own country gives an article, by the address's
 * country code: its papers' currency letter ("K2.3 million" on a Papua
 * New Guinean site), and dates in figures day first where the country
 * writes them so (not on a ".com" nor a ".tv": url.c). */
static unsigned site_topics(const struct ks_doc *doc) {
  /* (only the kina's and the kwacha's "K", which asks for three figures,
   * a thousands' comma or a price's decimal, scale or "each": the naira's
   * "N95" masks and the rand's "R5" rifle are a name's letters) */
  /* (and from set BA: Botswana's pula "P", Madagascar's ariary "Ar",
   * Armenia's dram "AMD", and the peso "$" of the countries whose papers
   * write the dollar "US$") */
  static const struct {
    char cc[3];
    unsigned topic;
  } currencies[] = {{"am", KS_TOPIC_DRAM},   {"ar", KS_TOPIC_PESO},
                    {"ba", KS_TOPIC_BOSNIA}, {"bw", KS_TOPIC_PULA},
                    {"cl", KS_TOPIC_PESO},   {"co", KS_TOPIC_PESO},
                    {"do", KS_TOPIC_PESO},   {"gm", KS_TOPIC_DALASI},
                    {"ls", KS_TOPIC_LOTI},   {"mg", KS_TOPIC_ARIARY},
                    {"sc", KS_TOPIC_SEYCHELLES},
                    {"mx", KS_TOPIC_PESO},   {"pg", KS_TOPIC_KINA},
                    {"bt", KS_TOPIC_BHUTAN}, {"sz", KS_TOPIC_ESWATINI},
                    {"uy", KS_TOPIC_PESO},   {"zm", KS_TOPIC_KWACHA}};
  char cc[3];
  unsigned topics = 0;
  if (!doc->url.len || !ks_url_country(doc->url.ptr, cc))
    return 0;
  for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
    if (!strcmp(cc, currencies[i].cc))
      topics |= currencies[i].topic;
  if (ks_country_date_order(cc) == 'd')
    topics |= KS_TOPIC_DAY_FIRST;
  return topics;
}

void ks_script_build(const struct ks_doc *doc, const struct ks_lang *lang,
                     const struct ks_voice *v, const struct ks_lexicon *lex,
                     unsigned flags, struct ks_script *script) {
  struct build b = {script,
                    lang,
                    v,
                    lex,
                    KS_BUF_INIT,
                    {NULL, 0, 0},
                    {NULL, 0, 0},
                    ks_normalize_topics(doc->text.ptr, doc->text.len) |
                        site_topics(doc)};
  const char *region = ks_region_voice(doc->url.ptr, doc->url.len);
  script->region[0] = '\0';
  if (region && strlen(region) < sizeof script->region)
    strcpy(script->region, region);
  if (!(flags & KS_SCRIPT_NO_INTRO))
    introduction(&b, doc);
  for (size_t i = 0; i < doc->n_sents; i++) {
    const struct ks_sentence *st = &doc->sents[i];
    const struct ks_block *blk = &doc->blocks[st->block];
    bool last = i + 1 == doc->n_sents || doc->sents[i + 1].block != st->block;
    enum ks_role role =
        blk->kind == KS_BLOCK_HEADING ? KS_ROLE_HEADING : KS_ROLE_BODY;
    unsigned pause =
        (unsigned)(last ? v->pause_paragraph_ms : v->pause_sentence_ms);
    struct ks_utterance *u;
    if (role == KS_ROLE_HEADING && script->n_utts > 0 &&
        (i == 0 || doc->sents[i - 1].block != st->block)) {
      /* a longer silence before a section heading */
      struct ks_utterance *prev = &script->utts[script->n_utts - 1];
      if (prev->pause_ms < (unsigned)v->pause_heading_ms)
        prev->pause_ms = (unsigned)v->pause_heading_ms;
    }
    /* another language's paragraph: its own voice reads it, by its own
     * rules (the neutral ones when kispeak has none); the page's lexicon
     * would only get in the way */
    u = say(&b, role, i, pause, doc->text.ptr + st->text.off, st->text.len,
            blk->lang[0] ? ks_lang_get(blk->lang) : lang, !blk->lang[0], NULL);
    if (u && blk->lang[0])
      memcpy(u->lang, blk->lang, sizeof u->lang);
    if (last && script->n_utts > 0) {
      /* also when this sentence had nothing to say: the paragraph still ends */
      struct ks_utterance *l = &script->utts[script->n_utts - 1];
      l->para_end = true;
      if (l->pause_ms < (unsigned)v->pause_paragraph_ms)
        l->pause_ms = (unsigned)v->pause_paragraph_ms;
    }
  }
  ks_buf_free(&b.tmp);
  ks_align_free(&b.norm);
  ks_align_free(&b.lex);
}
