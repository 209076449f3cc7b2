/* voice.c - voice profiles (voices/<name>.voice), read at run time.
 * SPDX-License-Identifier: MIT
 *
 * A profile is "key = value" lines; '#' starts a comment. Before any section:
 * espeak, rate, pitch, lexicon, pause-sentence, pause-paragraph, pause-heading,
 * pause-intro. Sections [headline], [heading] and [quote] set rate and pitch
 * for that role (a quote's rate is the body's; only its pitch differs).
 */
#include "buf.h"
#include "ascii.h"

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PROFILE (64u * 1024u)

#ifndef KS_DATADIR
#define KS_DATADIR "/usr/local/share/kispeak"
#endif

static void defaults(struct ks_voice *v, const char *name) {
  memset(v, 0, sizeof *v);
  snprintf(v->name, sizeof v->name, "%s", name);
  snprintf(v->espeak, sizeof v->espeak, "%s", name);
  v->body = (struct ks_prosody){175, 50};
  v->headline = (struct ks_prosody){160, 45};
  v->heading = (struct ks_prosody){165, 45};
  v->quote = (struct ks_prosody){175, 60};
  v->pause_sentence_ms = 250;
  v->pause_paragraph_ms = 700;
  v->pause_heading_ms = 900;
  v->pause_intro_ms = 1200;
}

void ks_voice_set_rate(struct ks_voice *v, int wpm) {
  struct ks_prosody *roles[] = {&v->headline, &v->heading, &v->quote};
  int body = v->body.rate > 0 ? v->body.rate : 175;
  for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
    long r = (long)roles[i]->rate * wpm / body;
    roles[i]->rate = (int)(r < 80 ? 80 : r > 450 ? 450 : r);
  }
  v->body.rate = wpm;
}

static char *trim(char *s) {
  char *e;
  while (ks_is_space((unsigned char)*s))
    s++;
  e = s + strlen(s);
  while (e > s && ks_is_space((unsigned char)e[-1]))
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

enum section { SEC_MAIN, SEC_HEADLINE, SEC_HEADING, SEC_QUOTE };

/* One "key = value" of a section into v; false for an unknown key or a bad
 * value. Ranges are espeak-ng's own where it has them. */
static bool set_key(struct ks_voice *v, enum section sec, const char *k,
                    const char *val) {
  struct ks_prosody *p = sec == SEC_HEADLINE  ? &v->headline
                         : sec == SEC_HEADING ? &v->heading
                         : sec == SEC_QUOTE   ? &v->quote
                                              : &v->body;
  if (!strcmp(k, "rate") && sec != SEC_QUOTE)
    return parse_int(val, 80, 450, &p->rate);
  if (!strcmp(k, "pitch"))
    return parse_int(val, 0, 100, &p->pitch);
  if (sec != SEC_MAIN)
    return false;
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
  if (!strcmp(k, "pause-sentence"))
    return parse_int(val, 0, 10000, &v->pause_sentence_ms);
  if (!strcmp(k, "pause-paragraph"))
    return parse_int(val, 0, 10000, &v->pause_paragraph_ms);
  if (!strcmp(k, "pause-heading"))
    return parse_int(val, 0, 10000, &v->pause_heading_ms);
  if (!strcmp(k, "pause-intro"))
    return parse_int(val, 0, 10000, &v->pause_intro_ms);
  return false;
}

static enum ks_status parse_profile(char *text, const char *path,
                                    struct ks_voice *v, struct ks_error *err) {
  enum section sec = SEC_MAIN;
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
        sec = SEC_HEADLINE;
      else if (!strcmp(s, "[heading]"))
        sec = SEC_HEADING;
      else if (!strcmp(s, "[quote]"))
        sec = SEC_QUOTE;
      else
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: unknown section %s",
                            path, lineno, s);
    } else if (*s) {
      eq = strchr(s, '=');
      if (!eq)
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: expected key = value",
                            path, lineno);
      *eq = '\0';
      if (!set_key(v, sec, trim(s), trim(eq + 1)))
        return ks_error_set(err, KS_ERR_VOICE, "%s:%d: bad setting '%s'", path,
                            lineno, trim(s));
    }
    line = eol ? eol + 1 : NULL;
  }
  return KS_OK;
}

// Read the whole profile; NULL (errno set) when it cannot be read.
static char *read_small(const char *path) {
  struct ks_buf b = KS_BUF_INIT;
  int fd = open(path, O_RDONLY), rc;
  if (fd < 0)
    return NULL;
  rc = ks_buf_read_fd(&b, fd, MAX_PROFILE);
  close(fd);
  if (rc) {
    ks_buf_free(&b);
    errno = rc;
    return NULL;
  }
  return ks_buf_detach(&b, NULL);
}

enum ks_status ks_voice_load(const char *dir, const char *name,
                             struct ks_voice *v, struct ks_error *err) {
  char path[1024], lang[64];
  char *text = NULL;
  enum ks_status result;
  size_t n = strcspn(name, "-_+");

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
     * synthesis says so if espeak-ng does not know it either. */
    return KS_OK;
  }
  v->profile = true;
  result = parse_profile(text, path, v, err);
  free(text);
  if (result == KS_OK && name[n]) /* "en-gb", "en-us+f3": the voice named */
    snprintf(v->espeak, sizeof v->espeak, "%s", name);
  return result;
}

/* One "key = value" of an intro file into in; false for an unknown key or a
 * value too long. */
static bool set_intro(struct ks_intro *in, const char *k, const char *val) {
  static const struct {
    const char *key;
    size_t off, size;
  } keys[] = {{"by", offsetof(struct ks_intro, by), KS_INTRO_SIZE},
              {"by-many", offsetof(struct ks_intro, by_many), KS_INTRO_SIZE},
              {"and", offsetof(struct ks_intro, and_word), 32},
              {"date", offsetof(struct ks_intro, date), KS_INTRO_SIZE}};
  if (!strcmp(k, "months")) {
    size_t m = 0;
    for (const char *p = val; *p && m < 12;) {
      size_t w = strcspn(p, " \t");
      if (w == 0 || w >= sizeof in->months[0])
        return false;
      memcpy(in->months[m], p, w);
      in->months[m++][w] = '\0';
      p += w;
      while (*p == ' ' || *p == '\t')
        p++;
    }
    return m == 12;
  }
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (!strcmp(k, keys[i].key)) {
      if (strlen(val) >= keys[i].size)
        return false;
      memcpy((char *)in + keys[i].off, val, strlen(val) + 1);
      return true;
    }
  return false;
}

enum ks_status ks_intro_load(const char *dir, const char *lang,
                             struct ks_intro *in, struct ks_error *err) {
  char path[1024];
  char *text, *line;
  int lineno = 0;
  size_t n;
  memset(in, 0, sizeof *in);
  if (!lang || !*lang)
    return KS_OK;
  n = strcspn(lang, "-_+");
  if (n == 0 || n > 8 || strchr(lang, '/'))
    return KS_OK;
  snprintf(path, sizeof path, "%s/%.*s.intro", dir, (int)n, lang);
  text = read_small(path);
  if (!text)
    return KS_OK; /* no table for this language: English */
  for (line = text; line && *line;) {
    char *eol = strchr(line, '\n'), *hash, *eq, *s;
    if (eol)
      *eol = '\0';
    lineno++;
    hash = strchr(line, '#');
    if (hash)
      *hash = '\0';
    s = trim(line);
    if (*s) {
      eq = strchr(s, '=');
      if (eq)
        *eq = '\0';
      if (!eq || !set_intro(in, trim(s), trim(eq + 1))) {
        enum ks_status st =
            ks_error_set(err, KS_ERR_VOICE, "%s:%d: bad setting '%s'", path,
                         lineno, trim(s));
        memset(in, 0, sizeof *in);
        free(text);
        return st;
      }
    }
    line = eol ? eol + 1 : NULL;
  }
  free(text);
  return KS_OK;
}

/* The profiles live in the source tree beside the binary (or one level up,
 * for a binary in a build directory), or in ../share/kispeak beside an
 * installed binary, else under KS_DATADIR; KISPEAK_DATADIR overrides them. */
void ks_voice_dir(char *out, size_t size) {
  static const char *const rel[] = {"/voices", "/../voices",
                                    "/../share/kispeak/voices"};
  const char *env = getenv("KISPEAK_DATADIR");
  char exe[4096];
  ssize_t n;
  if (env && *env) {
    snprintf(out, size, "%s/voices", env);
    return;
  }
  n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    char *slash;
    exe[n] = '\0';
    slash = strrchr(exe, '/');
    if (slash)
      *slash = '\0';
    for (size_t i = 0; slash && i < sizeof rel / sizeof rel[0]; i++) {
      int k = snprintf(out, size, "%s%s/en.voice", exe, rel[i]);
      if (k > 0 && (size_t)k < size && access(out, R_OK) == 0) {
        out[k - strlen("/en.voice")] = '\0';
        return;
      }
    }
  }
  snprintf(out, size, "%s/voices", KS_DATADIR);
}
