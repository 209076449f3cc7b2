/* script.c - the episode as spoken: introduction, then the body, normalised.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void ks_script_init(struct ks_script *s) {
  memset(s, 0, sizeof *s);
  ks_buf_init(&s->speech, 0);
}

void ks_script_free(struct ks_script *s) {
  if (!s)
    return;
  ks_buf_free(&s->speech);
  free(s->utts);
  ks_script_init(s);
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
  return u;
}

// Closes an utterance; an empty one (nothing left to say) is dropped.
static void end(struct ks_script *s, struct ks_utterance *u) {
  while (s->speech.len > u->speech.off &&
         s->speech.ptr[s->speech.len - 1] == ' ')
    s->speech.len--;
  s->speech.ptr[s->speech.len] = '\0';
  u->speech.len = s->speech.len - u->speech.off;
  if (u->speech.len == 0) {
    s->n_utts--;
    return;
  }
  ks_buf_putc(&s->speech, '\n'); /* keeps utterances apart in the buffer */
}

static void say_normalized(struct ks_script *s, enum ks_role role,
                           size_t sentence, unsigned pause, const char *text,
                           size_t len, const struct ks_lang *lang) {
  struct ks_utterance *u = begin(s, role, sentence, pause);
  ks_normalize(text, len, lang, &s->speech);
  end(s, u);
}

// "By A.", "By A and B.", "By A, B and C."
static void byline(struct ks_script *s, const struct ks_doc *doc,
                   const struct ks_lang *lang, unsigned pause) {
  struct ks_buf line = KS_BUF_INIT;
  ks_buf_puts(&line, "By ");
  for (size_t i = 0; i < doc->n_authors; i++) {
    if (i > 0)
      ks_buf_puts(&line, i + 1 == doc->n_authors ? " and " : ", ");
    ks_buf_puts(&line, doc->authors[i]);
  }
  ks_buf_putc(&line, '.');
  say_normalized(s, KS_ROLE_BYLINE, SIZE_MAX, pause, line.ptr, line.len, lang);
  ks_buf_free(&line);
}

static void introduction(struct ks_script *s, const struct ks_doc *doc,
                         const struct ks_lang *lang,
                         const struct ks_voice *v) {
  struct ks_buf date = KS_BUF_INIT;
  unsigned sp = (unsigned)v->pause_sentence_ms;
  size_t first = s->n_utts;

  if (doc->title.len)
    say_normalized(s, KS_ROLE_HEADLINE, SIZE_MAX, sp, doc->title.ptr,
                   doc->title.len, lang);
  if (doc->n_authors)
    byline(s, doc, lang, sp);
  if (doc->published.len && ks_normalize_date(doc->published.ptr, lang, &date)) {
    struct ks_utterance *u = begin(s, KS_ROLE_BYLINE, SIZE_MAX, sp);
    ks_buf_put(&s->speech, date.ptr, date.len);
    ks_buf_putc(&s->speech, '.');
    end(s, u);
  }
  ks_buf_free(&date);
  if (s->n_utts > first) {
    s->utts[s->n_utts - 1].pause_ms = (unsigned)v->pause_intro_ms;
    s->utts[s->n_utts - 1].para_end = true;
  }
}

void ks_script_build(const struct ks_doc *doc, const struct ks_lang *lang,
                     const struct ks_voice *v, struct ks_script *script) {
  introduction(script, doc, lang, v);
  for (size_t i = 0; i < doc->n_sents; i++) {
    const struct ks_sentence *st = &doc->sents[i];
    const struct ks_block *b = &doc->blocks[st->block];
    bool last = i + 1 == doc->n_sents || doc->sents[i + 1].block != st->block;
    enum ks_role role = b->kind == KS_BLOCK_HEADING ? KS_ROLE_HEADING
                                                    : KS_ROLE_BODY;
    if (role == KS_ROLE_HEADING && script->n_utts > 0 &&
        (i == 0 || doc->sents[i - 1].block != st->block)) {
      /* a longer silence before a section heading */
      struct ks_utterance *prev = &script->utts[script->n_utts - 1];
      if (prev->pause_ms < (unsigned)v->pause_heading_ms)
        prev->pause_ms = (unsigned)v->pause_heading_ms;
    }
    if (b->lang[0]) {
      /* another language's paragraph: its own voice reads it, and the
       * English rules would only get in the way */
      struct ks_utterance *u =
          begin(script, role, i,
                (unsigned)(last ? v->pause_paragraph_ms : v->pause_sentence_ms));
      memcpy(u->lang, b->lang, sizeof u->lang);
      ks_buf_put(&script->speech, doc->text.ptr + st->text.off, st->text.len);
      end(script, u);
    } else {
      say_normalized(script, role, i,
                     (unsigned)(last ? v->pause_paragraph_ms
                                     : v->pause_sentence_ms),
                     doc->text.ptr + st->text.off, st->text.len, lang);
    }
    if (last && script->n_utts > 0) {
      /* also when this sentence had nothing to say: the paragraph still ends */
      struct ks_utterance *u = &script->utts[script->n_utts - 1];
      u->para_end = true;
      if (u->pause_ms < (unsigned)v->pause_paragraph_ms)
        u->pause_ms = (unsigned)v->pause_paragraph_ms;
    }
  }
}
