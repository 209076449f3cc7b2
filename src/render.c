/* render.c - what the library shows people: the stages' dumps, captions,
 * chapters and the transcript.
 * SPDX-License-Identifier: MIT
 *
 * Everything for people shows words as written, never a lexicon's
 * phonemes; only the speech dump is the exact text espeak-ng is given.
 */
#include "buf.h"
#include "ascii.h"
#include "escape.h"

#include <math.h>
#include <string.h>

/* ---------------------------------------------------------------- dumps */

void ks_render_text(const struct ks_doc *doc, struct ks_buf *out) {
  for (size_t i = 0; i < doc->n_blocks; i++) {
    const struct ks_block *b = &doc->blocks[i];
    if (i)
      ks_buf_putc(out, '\n');
    ks_buf_put(out, doc->text.ptr + b->text.off, b->text.len);
    ks_buf_putc(out, '\n');
  }
}

void ks_render_meta(const struct ks_doc *doc, struct ks_buf *out) {
  ks_buf_puts(out, "{\n  \"title\": ");
  ks_json_put_or_null(out, &doc->title);
  ks_buf_puts(out, ",\n  \"authors\": [");
  for (size_t i = 0; i < doc->n_authors; i++) {
    if (i)
      ks_buf_puts(out, ", ");
    ks_json_puts(out, doc->authors[i]);
  }
  ks_buf_puts(out, "],\n  \"published\": ");
  ks_json_put_or_null(out, &doc->published);
  ks_buf_puts(out, ",\n  \"site\": ");
  ks_json_put_or_null(out, &doc->site);
  ks_buf_puts(out, ",\n  \"language\": ");
  ks_json_put_or_null(out, &doc->language);
  ks_buf_puts(out, ",\n  \"url\": ");
  ks_json_put_or_null(out, &doc->url);
  ks_buf_printf(out, ",\n  \"words\": %zu,\n  \"cut_short\": %s\n}\n",
                doc->words, doc->cut_short ? "true" : "false");
}

void ks_render_sentences(const struct ks_doc *doc, struct ks_buf *out) {
  for (size_t i = 0; i < doc->n_sents; i++) {
    const struct ks_sentence *s = &doc->sents[i];
    if (i && doc->sents[i - 1].block != s->block)
      ks_buf_putc(out, '\n');
    ks_buf_put(out, doc->text.ptr + s->text.off, s->text.len);
    ks_buf_putc(out, '\n');
  }
}

/* One line per utterance from buf (speech or written), a blank line between
 * paragraphs. */
static void lines(const struct ks_script *script, bool speech,
                  struct ks_buf *out) {
  for (size_t i = 0; i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    const struct ks_span *sp = speech ? &u->speech : &u->written;
    const char *p =
        (speech ? script->speech.ptr : script->written.ptr) + sp->off;
    ks_buf_put(out, p, sp->len);
    ks_buf_putc(out, '\n');
    if (u->para_end && i + 1 < script->n_utts)
      ks_buf_putc(out, '\n');
  }
}

void ks_render_speech(const struct ks_script *script, struct ks_buf *out) {
  lines(script, true, out);
}

void ks_render_transcript(const struct ks_script *script, struct ks_buf *out) {
  lines(script, false, out);
}

/* ---------------------------------------------------------------- captions */

bool ks_caption_format_from_path(const char *path, enum ks_caption_format *f) {
  if (ks_ends_ci(path, ".vtt"))
    *f = KS_CAPTIONS_VTT;
  else if (ks_ends_ci(path, ".srt"))
    *f = KS_CAPTIONS_SRT;
  else
    return false;
  return true;
}

// 01:02:03.456 (VTT) or 01:02:03,456 (SRT), from milliseconds.
static void put_time(struct ks_buf *out, uint64_t ms, char sep) {
  ks_buf_printf(out, "%02llu:%02llu:%02llu%c%03llu",
                (unsigned long long)(ms / 3600000),
                (unsigned long long)(ms / 60000 % 60),
                (unsigned long long)(ms / 1000 % 60), sep,
                (unsigned long long)(ms % 1000));
}

static uint64_t to_ms(uint64_t samples, int rate, double offset_s) {
  return (uint64_t)llround(offset_s * 1000.0 +
                           (double)samples * 1000.0 / (double)rate);
}

// A cue's text: the utterance as written, on one line, safe for the format.
static void cue_text(const struct ks_script *script,
                     const struct ks_utterance *u, bool vtt,
                     struct ks_buf *out) {
  const char *p = script->written.ptr + u->written.off;
  for (size_t i = 0; i < u->written.len; i++) {
    if (p[i] == '\n' || p[i] == '\r')
      ks_buf_putc(out, ' ');
    else if (vtt) /* markup and "-->" would break a cue */
      ks_xml_put(out, p + i, 1, false);
    else
      ks_buf_putc(out, p[i]);
  }
}

void ks_cue_times(const struct ks_timeline *t, size_t i, double offset_s,
                  uint64_t *start_ms, uint64_t *end_ms) {
  uint64_t start = to_ms(t->utts[i].sound, t->rate, offset_s);
  uint64_t end = to_ms(t->utts[i].end, t->rate, offset_s);
  if (i + 1 < t->n_utts) { /* end before the next cue starts */
    uint64_t next = to_ms(t->utts[i + 1].sound, t->rate, offset_s);
    if (end >= next)
      end = next > start + 1 ? next - 1 : start + 1;
  }
  if (end <= start)
    end = start + 1;
  *start_ms = start;
  *end_ms = end;
}

void ks_render_captions(const struct ks_script *script,
                        const struct ks_timeline *t, double offset_s,
                        enum ks_caption_format f, struct ks_buf *out) {
  bool vtt = f == KS_CAPTIONS_VTT;
  char sep = vtt ? '.' : ',';
  if (vtt)
    ks_buf_puts(out, "WEBVTT\n\n");
  for (size_t i = 0; i < t->n_utts && i < script->n_utts; i++) {
    uint64_t start, end;
    ks_cue_times(t, i, offset_s, &start, &end);
    ks_buf_printf(out, "%zu\n", i + 1);
    put_time(out, start, sep);
    ks_buf_puts(out, " --> ");
    put_time(out, end, sep);
    ks_buf_putc(out, '\n');
    cue_text(script, &script->utts[i], vtt, out);
    ks_buf_puts(out, "\n\n");
  }
}

void ks_render_chapters(const struct ks_script *script,
                        const struct ks_timeline *t, double offset_s,
                        struct ks_buf *out) {
  bool first = true;
  ks_buf_puts(out, "{\"version\":\"1.2.0\",\"chapters\":[");
  for (size_t i = 0; i < t->n_utts && i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    double at;
    if (!first && u->role != KS_ROLE_HEADING)
      continue;
    /* the first chapter holds everything from the very start, jingle too */
    at = first ? 0.0 : offset_s + (double)t->utts[i].start / t->rate;
    ks_buf_printf(out, "%s\n  {\"startTime\":%.3f,\"title\":", first ? "" : ",",
                  at);
    if (u->role == KS_ROLE_HEADING || u->role == KS_ROLE_HEADLINE)
      ks_json_put(out, script->written.ptr + u->written.off, u->written.len);
    else
      ks_json_puts(out, "Introduction");
    ks_buf_putc(out, '}');
    first = false;
  }
  ks_buf_puts(out, "\n]}\n");
}
