/* captions.c - WebVTT/SRT captions, Podcasting 2.0 chapters and a transcript.
 * SPDX-License-Identifier: MIT
 */
#include "buf.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  if (n < k)
    return false;
  for (size_t i = 0; i < k; i++) {
    char c = s[n - k + i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c != suffix[i])
      return false;
  }
  return true;
}

bool ks_caption_format_from_path(const char *path, enum ks_caption_format *f) {
  if (ends_ci(path, ".vtt"))
    *f = KS_CAPTIONS_VTT;
  else if (ends_ci(path, ".srt"))
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

// What a cue shows: the article's own words, else what was said (intro).
static void cue_text(const struct ks_doc *doc, const struct ks_script *script,
                     const struct ks_utterance *u, struct ks_buf *out,
                     bool vtt) {
  const char *p;
  size_t n;
  if (u->sentence < doc->n_sents) {
    p = doc->text.ptr + doc->sents[u->sentence].text.off;
    n = doc->sents[u->sentence].text.len;
  } else {
    p = script->speech.ptr + u->speech.off;
    n = u->speech.len;
  }
  for (size_t i = 0; i < n; i++) {
    /* "-->" and markup characters would break a cue */
    if (vtt && p[i] == '<')
      ks_buf_puts(out, "&lt;");
    else if (vtt && p[i] == '>')
      ks_buf_puts(out, "&gt;");
    else if (vtt && p[i] == '&')
      ks_buf_puts(out, "&amp;");
    else if (p[i] == '\n' || p[i] == '\r')
      ks_buf_putc(out, ' ');
    else
      ks_buf_putc(out, p[i]);
  }
}

void ks_captions_render(const struct ks_doc *doc,
                        const struct ks_script *script,
                        const struct ks_timing *t, int rate, double offset_s,
                        enum ks_caption_format f, struct ks_buf *out) {
  bool vtt = f == KS_CAPTIONS_VTT;
  char sep = vtt ? '.' : ',';
  if (vtt)
    ks_buf_puts(out, "WEBVTT\n\n");
  for (size_t i = 0; i < script->n_utts; i++) {
    uint64_t start = to_ms(t[i].sound, rate, offset_s);
    uint64_t end = to_ms(t[i].end, rate, offset_s);
    if (i + 1 < script->n_utts) { /* end before the next cue starts */
      uint64_t next = to_ms(t[i + 1].sound, rate, offset_s);
      if (end >= next)
        end = next > start + 1 ? next - 1 : start + 1;
    }
    if (end <= start)
      end = start + 1;
    ks_buf_printf(out, "%zu\n", i + 1);
    put_time(out, start, sep);
    ks_buf_puts(out, " --> ");
    put_time(out, end, sep);
    ks_buf_putc(out, '\n');
    cue_text(doc, script, &script->utts[i], out, vtt);
    ks_buf_puts(out, "\n\n");
  }
}

static void json_string(struct ks_buf *out, const char *s, size_t n) {
  ks_buf_putc(out, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      ks_buf_printf(out, "\\%c", c);
    else if (c < 0x20)
      ks_buf_printf(out, "\\u%04x", c);
    else
      ks_buf_putc(out, (char)c);
  }
  ks_buf_putc(out, '"');
}

void ks_chapters_render(const struct ks_doc *doc,
                        const struct ks_script *script,
                        const struct ks_timing *t, int rate, double offset_s,
                        struct ks_buf *out) {
  bool first = true;
  ks_buf_puts(out, "{\"version\":\"1.2.0\",\"chapters\":[");
  for (size_t i = 0; i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    const char *title;
    size_t n;
    double at;
    if (!first && u->role != KS_ROLE_HEADING)
      continue;
    if (u->role == KS_ROLE_HEADING && u->sentence < doc->n_sents) {
      title = doc->text.ptr + doc->sents[u->sentence].text.off;
      n = doc->sents[u->sentence].text.len;
    } else if (first && doc->title.len) {
      title = doc->title.ptr;
      n = doc->title.len;
    } else {
      title = "Introduction";
      n = strlen(title);
    }
    /* the first chapter holds everything from the very start, jingle too */
    at = first ? 0.0 : offset_s + (double)t[i].start / rate;
    ks_buf_printf(out, "%s\n  {\"startTime\":%.3f,\"title\":", first ? "" : ",",
                  at);
    json_string(out, title, n);
    ks_buf_putc(out, '}');
    first = false;
  }
  ks_buf_puts(out, "\n]}\n");
}

void ks_transcript_render(const struct ks_script *script, struct ks_buf *out) {
  for (size_t i = 0; i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    ks_buf_put(out, script->speech.ptr + u->speech.off, u->speech.len);
    ks_buf_putc(out, '\n');
    if (u->para_end && i + 1 < script->n_utts)
      ks_buf_putc(out, '\n');
  }
}

enum ks_status ks_save_file(const char *path, const char *data, size_t len,
                            struct ks_error *err) {
  struct ks_buf tmp = KS_BUF_INIT;
  const char *slash = strrchr(path, '/');
  enum ks_status st = KS_OK;
  mode_t mask;
  FILE *f;
  int fd;

  if (slash)
    ks_buf_put(&tmp, path, (size_t)(slash - path + 1));
  ks_buf_puts(&tmp, ".kispeak-XXXXXX");
  fd = mkstemp(tmp.ptr);
  if (fd < 0) {
    st = ks_error_set(err, KS_ERR_IO, "cannot write %s: %s", path,
                      strerror(errno));
    ks_buf_free(&tmp);
    return st;
  }
  mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
  f = fdopen(fd, "wb");
  if (!f) {
    close(fd);
    st = ks_error_set(err, KS_ERR_IO, "cannot write %s: %s", path,
                      strerror(errno));
  } else {
    if (fwrite(data, 1, len, f) != len || fflush(f) != 0 ||
        fsync(fileno(f)) != 0)
      st = ks_error_set(err, KS_ERR_IO, "cannot write %s: %s", path,
                        strerror(errno));
    if (fclose(f) != 0 && st == KS_OK)
      st = ks_error_set(err, KS_ERR_IO, "cannot write %s: %s", path,
                        strerror(errno));
    if (st == KS_OK && rename(tmp.ptr, path) != 0)
      st = ks_error_set(err, KS_ERR_IO, "cannot rename onto %s: %s", path,
                        strerror(errno));
  }
  if (st != KS_OK)
    unlink(tmp.ptr);
  ks_buf_free(&tmp);
  return st;
}
