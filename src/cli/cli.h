/* cli.h - the command line's parts: options, messages, progress (internal to
 * the program; the library never prints).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_CLI_H
#define KS_CLI_H

#include "kispeak.h"

enum dump {
  DUMP_NONE,
  DUMP_TEXT,
  DUMP_META,
  DUMP_SENTENCES,
  DUMP_SPEECH,
  DUMP_DROPPED,
  DUMP_SSML
};

#define CLI_MAX_LIST 8 /* --lexicon, --author: how many times each */

struct options {
  const char *source;
  struct ks_episode_opts ep;
  const char *lexicons[CLI_MAX_LIST]; /* in order: the last wins */
  const char *authors[CLI_MAX_LIST];
  enum dump dump;
  bool quiet, verbose;
};

/** Parse argv into o; returns -1 to go on, else the exit status (help,
 *  version, usage error, each already printed). */
int cli_parse(int argc, char **argv, struct options *o);

/** One line on standard error, "kispeak: <what>: <detail>", plus a pointer
 *  to the help when status is 2; returns status. */
int cli_say(const char *what, int status, const char *fmt, ...) KS_PRINTF(3, 4);
/** A library failure: its option or its stage, then its message; returns the
 *  exit status (2 for a usage error, else 1). */
int cli_fail(const struct ks_error *err);

/** Progress on standard error when it is a terminal (and not -q): one line,
 *  rewritten in place. Give to ks_episode_opts.progress, with a struct
 *  cli_progress as its context. */
struct cli_progress {
  bool on;    /* standard error is a terminal */
  bool shown; /* a line is on the screen */
};
void cli_progress_init(struct cli_progress *p, bool quiet);
void cli_progress(void *ctx, const struct ks_progress *p);
/** Clear the progress line, if one is shown. */
void cli_progress_end(struct cli_progress *p);

/** With --verbose: what each stage made, a line each. */
void cli_verbose_read(const struct ks_episode *ep);
void cli_verbose_script(const struct ks_episode *ep);
void cli_verbose_done(const struct ks_episode_result *res);

#endif
