/* report.c - what the command line says on standard error: messages, the
 * progress line, and --verbose.
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int cli_say(const char *what, int status, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "kispeak: %s: ", what);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs(status == 2 ? " (try 'kispeak --help')\n" : "\n", stderr);
  return status;
}

int cli_fail(const struct ks_error *err) {
  const char *what = err->option ? err->option : ks_strerror(err->code);
  return cli_say(what, err->code == KS_ERR_USAGE ? 2 : 1, "%s", err->msg);
}

void cli_progress_init(struct cli_progress *p, bool quiet) {
  p->on = !quiet && isatty(STDERR_FILENO);
  p->shown = false;
}

// "1:05" or "1:02:05".
static void clock_time(char *out, size_t n, double s) {
  long t = (long)(s + 0.5);
  if (t >= 3600)
    snprintf(out, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else
    snprintf(out, n, "%ld:%02ld", t / 60, t % 60);
}

/* The line, rewritten in place: carriage return, the text, and the rest of
 * the terminal's line cleared. */
void cli_progress(void *ctx, const struct ks_progress *p) {
  static const char *const stages[] = {"reading", "extracting", "speaking",
                                       "encoding"};
  struct cli_progress *c = ctx;
  char made[32], left[48] = "";
  if (!c->on)
    return;
  clock_time(made, sizeof made, p->audio_s);
  if (p->left_s >= 0) {
    char t[24];
    clock_time(t, sizeof t, p->left_s);
    snprintf(left, sizeof left, ", about %s left", t);
  }
  if (p->stage == KS_STAGE_SPEAK)
    fprintf(stderr,
            "\rkispeak: speaking %zu of %zu sentences, %s of audio%s\033[K",
            p->done, p->total, made, left);
  else if (p->stage == KS_STAGE_ENCODE)
    fprintf(stderr, "\rkispeak: encoding %s of audio\033[K", made);
  else
    fprintf(stderr, "\rkispeak: %s\033[K", stages[p->stage]);
  fflush(stderr);
  c->shown = true;
}

void cli_progress_end(struct cli_progress *c) {
  if (c->shown)
    fputs("\r\033[K", stderr);
  c->shown = false;
}

static size_t words_in(const char *s, size_t n) {
  size_t w = 0;
  bool in = false;
  for (size_t i = 0; i < n; i++) {
    bool space = s[i] == ' ' || s[i] == '\n';
    if (!space && !in)
      w++;
    in = !space;
  }
  return w;
}

void cli_verbose_read(const struct ks_episode *ep) {
  fprintf(stderr, "kispeak: read %zu bytes from %s\n", ep->bytes, ep->source);
  fprintf(stderr,
          "kispeak: extracted %zu words in %zu blocks, %zu sentences; "
          "language %s\n",
          words_in(ep->doc.text.ptr, ep->doc.text.len), ep->doc.n_blocks,
          ep->doc.n_sents, ep->doc.language.len ? ep->doc.language.ptr : "?");
}

void cli_verbose_script(const struct ks_episode *ep) {
  fprintf(stderr,
          "kispeak: voice %s (espeak-ng %s%s), %d words a minute; %zu lines "
          "to say\n",
          ep->voice.name, ep->voice.espeak,
          ep->voice.profile ? "" : ", no profile", ep->voice.body.rate,
          ep->script.n_utts);
}

void cli_verbose_done(const struct ks_episode_result *res) {
  char len[24];
  clock_time(len, sizeof len, res->seconds);
  fprintf(stderr,
          "kispeak: loudness %.1f LUFS, true peak %.1f dBTP (before "
          "decoding); %u pass%s",
          res->lufs, res->true_peak_db, res->passes,
          res->passes == 1 ? "" : "es");
  if (res->relevelled)
    fputs(", levelled again from the spool", stderr);
  if (res->first_peak_db == res->first_peak_db) /* not NAN */
    fprintf(stderr, "; decoded, its first pass peaked at %.1f dBTP%s",
            res->first_peak_db,
            res->peak_redos ? ", so it was redone under a lower ceiling" : "");
  fputc('\n', stderr);
  fprintf(stderr,
          "kispeak: wrote %s: %s, %d Hz, %d channel%s, %s, %llu bytes\n",
          res->written[0], res->format->name, res->rate, res->channels,
          res->channels == 1 ? "" : "s", len, (unsigned long long)res->bytes);
  for (size_t i = 1; i < res->n_written; i++)
    fprintf(stderr, "kispeak: wrote %s\n", res->written[i]);
}
