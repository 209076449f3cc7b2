/* voice.c - voice profiles (voices/<name>.voice), read at run time.
 * SPDX-License-Identifier: MIT
 *
 * A profile is "key = value" lines; '#' starts a comment; "[headline]" opens
 * the section for the headline's voice. Keys: espeak, rate, pitch, lexicon,
 * pause-sentence, pause-paragraph, pause-intro; in [headline]: rate, pitch.
 */
#include "buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PROFILE (64u * 1024u)

static void defaults(struct ks_voice *v, const char *name) {
  memset(v, 0, sizeof *v);
  snprintf(v->name, sizeof v->name, "%s", name);
  snprintf(v->espeak, sizeof v->espeak, "%s", name);
  v->rate = 175;
  v->pitch = 50;
  v->headline_rate = 160;
  v->headline_pitch = 45;
  v->pause_sentence_ms = 250;
  v->pause_paragraph_ms = 700;
  v->pause_intro_ms = 1200;
}

static bool is_space(int c) { return c == ' ' || c == '\t' || c == '\r'; }

static char *trim(char *s) {
  char *e;
  while (is_space((unsigned char)*s))
    s++;
  e = s + strlen(s);
  while (e > s && is_space((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

static bool parse_int(const char *s, long lo, long hi, int *out) {
  char *end;
  long n;
  errno = 0;
  n = strtol(s, &end, 10);
  if (errno || end == s || *end || n < lo || n > hi)
    return false;
  *out = (int)n;
  return true;
}

/* One "key = value" of a section into v; false for an unknown key or a bad
 * value. Ranges are espeak-ng's own where it has them. */
static bool set_key(struct ks_voice *v, bool headline, const char *k,
                    const char *val) {
  if (headline) {
    if (!strcmp(k, "rate"))
      return parse_int(val, 80, 450, &v->headline_rate);
    if (!strcmp(k, "pitch"))
      return parse_int(val, 0, 100, &v->headline_pitch);
    return false;
  }
  if (!strcmp(k, "espeak")) {
    if (!*val || strlen(val) >= sizeof v->espeak)
      return false;
    snprintf(v->espeak, sizeof v->espeak, "%s", val);
    return true;
  }
  if (!strcmp(k, "lexicon")) {
    if (strlen(val) >= sizeof v->lexicon || strchr(val, '/'))
      return false;
    snprintf(v->lexicon, sizeof v->lexicon, "%s", val);
    return true;
  }
  if (!strcmp(k, "rate"))
    return parse_int(val, 80, 450, &v->rate);
  if (!strcmp(k, "pitch"))
    return parse_int(val, 0, 100, &v->pitch);
  if (!strcmp(k, "pause-sentence"))
    return parse_int(val, 0, 10000, &v->pause_sentence_ms);
  if (!strcmp(k, "pause-paragraph"))
    return parse_int(val, 0, 10000, &v->pause_paragraph_ms);
  if (!strcmp(k, "pause-intro"))
    return parse_int(val, 0, 10000, &v->pause_intro_ms);
  return false;
}

static enum ks_status parse_profile(char *text, const char *path,
                                    struct ks_voice *v, struct ks_error *err) {
  bool headline = false;
  int lineno = 0;
  char *line = text;
  while (line && *line) {
    char *eol = strchr(line, '\n'), *hash, *eq, *s;
    if (eol)
      *eol = '\0';
    lineno++;
    hash = strchr(line, '#');
    if (hash)
      *hash = '\0';
    s = trim(line);
    if (*s == '[') {
      if (!strcmp(s, "[headline]"))
        headline = true;
      else
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: unknown section %s",
                            path, lineno, s);
    } else if (*s) {
      eq = strchr(s, '=');
      if (!eq)
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: expected key = value",
                            path, lineno);
      *eq = '\0';
      if (!set_key(v, headline, trim(s), trim(eq + 1)))
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: bad setting '%s'",
                            path, lineno, trim(s));
    }
    line = eol ? eol + 1 : NULL;
  }
  return KS_OK;
}

// Read the whole profile; NULL (errno set) when it cannot be read.
static char *read_small(const char *path) {
  FILE *f = fopen(path, "rb");
  struct ks_buf b = KS_BUF_INIT;
  char tmp[4096];
  size_t n;
  if (!f)
    return NULL;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0 && b.len < MAX_PROFILE)
    ks_buf_put(&b, tmp, n);
  fclose(f);
  return ks_buf_detach(&b, NULL);
}

enum ks_status ks_voice_load(const char *dir, const char *name,
                             struct ks_voice *v, struct ks_error *err) {
  char path[1024], lang[64];
  char *text = NULL;
  enum ks_status result;
  size_t n = strcspn(name, "-_");

  if (!*name || strlen(name) >= sizeof lang || strchr(name, '/'))
    return ks_error_set(err, KS_ERR_VOICE, "bad voice name '%s'", name);
  defaults(v, name);
  snprintf(path, sizeof path, "%s/%s.voice", dir, name);
  text = read_small(path);
  if (!text && name[n]) { /* "en-GB": fall back to "en" */
    memcpy(lang, name, n);
    lang[n] = '\0';
    snprintf(path, sizeof path, "%s/%s.voice", dir, lang);
    text = read_small(path);
  }
  if (!text) {
    /* No profile: the name is taken as an espeak-ng voice with defaults;
     * ks_synth_new says so if espeak-ng does not know it either. */
    return KS_OK;
  }
  result = parse_profile(text, path, v, err);
  free(text);
  return result;
}
