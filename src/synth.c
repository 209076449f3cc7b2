/* synth.c - speak a script with the espeak-ng library (the only espeak-ng user).
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng keeps global state, so there is one synthesiser per process. In
 * synchronous mode it calls back with PCM as it goes; the callback hands each
 * chunk straight to the sink, so memory does not grow with the article.
 */
#include "buf.h"

#include <espeak-ng/espeak_ng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ks_synth {
  struct ks_voice voice;
  int rate;
  struct ks_sink *sink;   /* during ks_synth_run only */
  struct ks_error *err;
  enum ks_status failed;  /* set by the callback to stop synthesis */
};

static bool live; /* espeak-ng's global state is in use */

static enum ks_status espeak_failure(espeak_ng_STATUS st, const char *what,
                                     struct ks_error *err) {
  char msg[160];
  espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
  return ks_error_set(err, KS_ERR_SYNTH, "%s: %s", what, msg);
}

// espeak-ng's user_data rides on every event; the synthesiser is found there.
static int on_audio(short *wav, int n, espeak_EVENT *events) {
  struct ks_synth *s = events ? events->user_data : NULL;
  if (!s || s->failed)
    return 1;
  if (wav && n > 0) {
    enum ks_status st = s->sink->write(s->sink->ctx, wav, (size_t)n, s->err);
    if (st != KS_OK) {
      s->failed = st;
      return 1;
    }
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
  if (live)
    return ks_error_set(err, KS_ERR_SYNTH, "one synthesiser per process");
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
  live = true;
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
  live = false;
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
    n -= k;
  }
  return KS_OK;
}

static enum ks_status prosody(const struct ks_voice *v, enum ks_role role,
                              struct ks_error *err) {
  bool head = role == KS_ROLE_HEADLINE || role == KS_ROLE_HEADING;
  espeak_ng_STATUS st;
  st = espeak_ng_SetParameter(espeakRATE, head ? v->headline_rate : v->rate, 0);
  if (st == ENS_OK)
    st = espeak_ng_SetParameter(espeakPITCH,
                                head ? v->headline_pitch : v->pitch, 0);
  if (st != ENS_OK)
    return espeak_failure(st, "cannot set rate and pitch", err);
  return KS_OK;
}

enum ks_status ks_synth_run(struct ks_synth *s, const struct ks_script *script,
                            struct ks_sink *sink, struct ks_error *err) {
  enum ks_status result = KS_OK;
  enum ks_role last = (enum ks_role)-1;
  s->sink = sink;
  s->err = err;
  s->failed = KS_OK;
  for (size_t i = 0; i < script->n_utts && result == KS_OK; i++) {
    const struct ks_utterance *u = &script->utts[i];
    const char *text = script->speech.ptr + u->speech.off;
    char *z;
    espeak_ng_STATUS st;
    if (u->role != last) {
      result = prosody(&s->voice, u->role, err);
      if (result != KS_OK)
        break;
      last = u->role;
    }
    z = ks_xstrndup(text, u->speech.len); /* espeak-ng wants it terminated */
    st = espeak_ng_Synthesize(z, u->speech.len + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8, NULL, s);
    free(z);
    if (s->failed) {
      result = s->failed;
      break;
    }
    if (st != ENS_OK) {
      result = espeak_failure(st, "synthesis failed", err);
      break;
    }
    result = silence(s, u->pause_ms);
  }
  s->sink = NULL;
  s->err = NULL;
  return result;
}
