/* synth.c - speak a script with the espeak-ng library (the only espeak-ng
 * user). SPDX-License-Identifier: MIT
 *
 * espeak-ng keeps global state, so there is one synthesiser per process. In
 * synchronous mode it calls back with PCM as it goes; the callback hands each
 * chunk straight to the sink, so memory does not grow with the article.
 */
#include "buf.h"
#include "lang/language.h"

#include <espeak-ng/espeak_ng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ks_synth {
  struct ks_voice voice;
  int rate;
  struct ks_sink *sink; /* during ks_synth_run only */
  struct ks_error *err;
  enum ks_status failed; /* set by the callback to stop synthesis */
  uint64_t pos;          /* samples handed to the sink so far */
  uint64_t utt_start;    /* where the current utterance began */
  uint64_t word;         /* its first word event, or UINT64_MAX */
  uint64_t sound;        /* its first audible sample, or UINT64_MAX */
};

#define ONSET_LEVEL 256 /* -42 dBFS: quieter than any phoneme's start */

/* espeak-ng keeps global state, and 1.51 hangs in espeak_ng_Terminate()
 * when it is started a second time in one process: start it once. */
static bool started;

static enum ks_status espeak_failure(espeak_ng_STATUS st, const char *what,
                                     struct ks_error *err) {
  char msg[160];
  espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
  return ks_error_set(err, KS_ERR_SYNTH, "%s: %s", what, msg);
}

// espeak-ng's user_data rides on every event; the synthesiser is found there.
/* An utterance's first sound: espeak-ng's first word event says where the
 * word begins (its audio_position counts milliseconds from the start of the
 * utterance), which can still include the silence the engine puts before an
 * opening quotation mark; the first sample past it above ONSET_LEVEL is where
 * a listener hears it. */
static void find_onset(struct ks_synth *s, const short *wav, int n) {
  uint64_t from = s->word == UINT64_MAX ? s->utt_start : s->word;
  for (int j = 0; j < n && s->sound == UINT64_MAX; j++)
    if (s->pos + (uint64_t)j >= from &&
        (wav[j] > ONSET_LEVEL || wav[j] < -ONSET_LEVEL))
      s->sound = s->pos + (uint64_t)j;
}

static int on_audio(short *wav, int n, espeak_EVENT *events) {
  struct ks_synth *s = events ? events->user_data : NULL;
  if (!s || s->failed)
    return 1;
  for (espeak_EVENT *e = events; e->type != espeakEVENT_LIST_TERMINATED; e++)
    if (e->type == espeakEVENT_WORD && s->word == UINT64_MAX)
      s->word = s->utt_start +
                (uint64_t)e->audio_position * (uint64_t)s->rate / 1000u;
  if (wav && n > 0) {
    enum ks_status st;
    if (s->sound == UINT64_MAX)
      find_onset(s, wav, n);
    st = s->sink->write(s->sink->ctx, wav, (size_t)n, s->err);
    if (st != KS_OK) {
      s->failed = st;
      return 1;
    }
    s->pos += (uint64_t)n;
  }
  return 0;
}

static enum ks_status set_voice(const char *name, struct ks_error *err) {
  char lang[64];
  size_t n = strcspn(name, "-_");
  espeak_ng_STATUS st = espeak_ng_SetVoiceByName(name);
  if (st == ENS_OK)
    return KS_OK;
  if (name[n] && n < sizeof lang) { /* "pt-PT" unknown: try "pt" */
    memcpy(lang, name, n);
    lang[n] = '\0';
    if (espeak_ng_SetVoiceByName(lang) == ENS_OK)
      return KS_OK;
  }
  return ks_error_set(err, KS_ERR_SYNTH, "espeak-ng has no voice '%s'", name);
}

enum ks_status ks_synth_new(const struct ks_voice *v, struct ks_synth **out,
                            struct ks_error *err) {
  struct ks_synth *s;
  espeak_ng_STATUS st;
  enum ks_status result;

  *out = NULL;
  if (started)
    return ks_error_set(err, KS_ERR_SYNTH,
                        "espeak-ng can be started once per process");
  started = true;
  espeak_ng_InitializePath(NULL);
  st = espeak_ng_Initialize(NULL);
  if (st != ENS_OK)
    return espeak_failure(st, "cannot start espeak-ng", err);
  st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
  if (st != ENS_OK) {
    espeak_ng_Terminate();
    return espeak_failure(st, "cannot start espeak-ng output", err);
  }
  result = set_voice(v->espeak, err);
  if (result != KS_OK) {
    espeak_ng_Terminate();
    return result;
  }
  espeak_SetSynthCallback(on_audio);
  s = ks_xcalloc(1, sizeof *s);
  s->voice = *v;
  s->rate = espeak_ng_GetSampleRate();
  *out = s;
  return KS_OK;
}

void ks_synth_free(struct ks_synth *s) {
  if (!s)
    return;
  espeak_ng_Terminate();
  free(s);
}

int ks_synth_rate(const struct ks_synth *s) { return s->rate; }

// Silence goes to the sink in modest chunks, never as one large buffer.
static enum ks_status silence(struct ks_synth *s, unsigned ms) {
  static const int16_t zeros[2048];
  size_t n = (size_t)s->rate * ms / 1000;
  while (n > 0) {
    size_t k = n < 2048 ? n : 2048;
    enum ks_status st = s->sink->write(s->sink->ctx, zeros, k, s->err);
    if (st != KS_OK)
      return st;
    s->pos += k;
    n -= k;
  }
  return KS_OK;
}

static enum ks_status prosody(const struct ks_voice *v, enum ks_role role,
                              struct ks_error *err) {
  const struct ks_prosody *p = role == KS_ROLE_HEADLINE  ? &v->headline
                               : role == KS_ROLE_HEADING ? &v->heading
                                                         : &v->body;
  espeak_ng_STATUS st = espeak_ng_SetParameter(espeakRATE, p->rate, 0);
  if (st == ENS_OK)
    st = espeak_ng_SetParameter(espeakPITCH, p->pitch, 0);
  if (st != ENS_OK)
    return espeak_failure(st, "cannot set rate and pitch", err);
  return KS_OK;
}

/* An opening quotation mark at t[i] ("\xE2\x80\x9C" or a straight one after
 * a space or bracket); returns its length or 0. */
static size_t quote_open(const char *t, size_t n, size_t i) {
  if (i + 3 <= n && !memcmp(t + i, "\xE2\x80\x9C", 3))
    return 3;
  if (t[i] == '"' &&
      (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '['))
    return 1;
  return 0;
}

static size_t quote_close(const char *t, size_t n, size_t i) {
  if (i + 3 <= n && !memcmp(t + i, "\xE2\x80\x9D", 3))
    return 3;
  return t[i] == '"' ? 1 : 0;
}

static void put_escaped(struct ks_buf *out, const char *t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (t[i] == '&')
      ks_buf_puts(out, "&amp;");
    else if (t[i] == '<')
      ks_buf_puts(out, "&lt;");
    else if (t[i] == '>')
      ks_buf_puts(out, "&gt;");
    else
      ks_buf_putc(out, t[i]);
  }
}

/* The utterance as SSML. Words inside quotation marks are raised in pitch so
 * a listener hears where a quotation starts and ends; *quoted carries an open
 * quotation over to the next sentence of the paragraph. Words in a writing
 * system the voice does not read (Cyrillic in English) are handed to their
 * own language's voice. SSML rather than separate calls keeps the sentence's
 * intonation whole. `lang` is the voice's language. */
static void to_ssml(const char *t, size_t n, const char *lang, int rel_pitch,
                    bool *quoted, struct ks_buf *out) {
  char open[48];
  snprintf(open, sizeof open, "<prosody pitch=\"%+d%%\">", rel_pitch);
  ks_buf_puts(out, "<speak>");
  if (*quoted)
    ks_buf_puts(out, open);
  for (size_t i = 0; i < n;) {
    size_t k;
    const char *other;
    if (!*quoted && rel_pitch && (k = quote_open(t, n, i)) > 0) {
      ks_buf_puts(out, open);
      ks_buf_put(out, t + i, k);
      *quoted = true;
      i += k;
      continue;
    }
    if (*quoted && (k = quote_close(t, n, i)) > 0) {
      ks_buf_put(out, t + i, k);
      ks_buf_puts(out, "</prosody>");
      *quoted = false;
      i += k;
      continue;
    }
    if ((unsigned char)t[i] >= 0x80 &&
        (other = ks_foreign_run(t + i, n - i, lang, &k)) != NULL && k > 0) {
      ks_buf_printf(out, "<voice name=\"%s\">", other);
      put_escaped(out, t + i, k);
      ks_buf_puts(out, "</voice>");
      i += k;
      continue;
    }
    put_escaped(out, t + i, 1);
    i++;
  }
  /* a line break before a closing tag: without it espeak-ng 1.51 reads a
   * final "]]" (phonemes) as "slash speak" and a final "." after ")" as
   * "dot" */
  if (*quoted)
    ks_buf_puts(out, "\n</prosody>");
  ks_buf_puts(out, "\n</speak>");
}

enum ks_status ks_synth_run(struct ks_synth *s, const struct ks_script *script,
                            struct ks_sink *sink, struct ks_timing *timings,
                            struct ks_error *err) {
  enum ks_status result = KS_OK;
  enum ks_role last = (enum ks_role) - 1;
  s->sink = sink;
  s->err = err;
  s->failed = KS_OK;
  s->pos = 0;
  int rel = s->voice.body.pitch > 0
                ? (s->voice.quote.pitch - s->voice.body.pitch) * 100 /
                      s->voice.body.pitch
                : 0;
  bool quoted = false;
  struct ks_buf ssml = KS_BUF_INIT;

  for (size_t i = 0; i < script->n_utts && result == KS_OK; i++) {
    const struct ks_utterance *u = &script->utts[i];
    const char *text = script->speech.ptr + u->speech.off;
    espeak_ng_STATUS st;
    if (u->role != last) {
      result = prosody(&s->voice, u->role, err);
      if (result != KS_OK)
        break;
      last = u->role;
    }
    s->utt_start = s->pos;
    s->word = s->sound = UINT64_MAX;
    ks_buf_clear(&ssml);
    if (u->lang[0]) {
      /* a paragraph in another language: that language's voice */
      struct ks_buf inner = KS_BUF_INIT;
      bool off = false;
      to_ssml(text, u->speech.len, u->lang, 0, &off, &inner);
      ks_buf_printf(&ssml, "<speak><voice name=\"%s\">", u->lang);
      ks_buf_put(&ssml, inner.ptr + 7, inner.len - 16); /* drop <speak> */
      ks_buf_puts(&ssml, "\n</voice></speak>");
      ks_buf_free(&inner);
    } else if (u->role == KS_ROLE_BODY) {
      to_ssml(text, u->speech.len, s->voice.espeak, rel, &quoted, &ssml);
    } else {
      bool off = false;
      to_ssml(text, u->speech.len, s->voice.espeak, 0, &off, &ssml);
    }
    if (u->para_end)
      quoted = false; /* an unclosed quotation ends with its paragraph */
    st = espeak_ng_Synthesize(ssml.ptr, ssml.len + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8 | espeakSSML | espeakPHONEMES,
                              NULL, s);
    if (s->failed) {
      result = s->failed;
      break;
    }
    if (st != ENS_OK) {
      result = espeak_failure(st, "synthesis failed", err);
      break;
    }
    if (timings) {
      timings[i].start = s->utt_start;
      timings[i].end = s->pos;
      timings[i].sound = s->sound < s->pos ? s->sound : s->utt_start;
    }
    result = silence(s, u->pause_ms);
  }
  ks_buf_free(&ssml);
  s->sink = NULL;
  s->err = NULL;
  return result;
}
