/* main.c - the kispeak command line: the flow from options to exit status.
 * SPDX-License-Identifier: MIT
 *
 * A front door: it parses the options (cli/options.c), calls the library
 * (the episode module, src/episode.c, does the work), reports
 * (cli/report.c) and exits. Only the command line prints or exits. Exit
 * status: 0 success, 1 any runtime failure, 2 usage error.
 */
#include "cli/cli.h"
#include "cli/podcast.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig) {
  (void)sig;
  interrupted = 1;
}

static void catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
}

// The stage --dump names, printed.
static void dump(enum dump d, const struct ks_episode *ep) {
  struct ks_buf b = KS_BUF_INIT;
  if (d == DUMP_TEXT)
    ks_render_text(&ep->doc, &b);
  else if (d == DUMP_META)
    ks_render_meta(&ep->doc, &b);
  else if (d == DUMP_SENTENCES)
    ks_render_sentences(&ep->doc, &b);
  else if (d == DUMP_DROPPED)
    ks_doc_list_dropped(&ep->doc, &b);
  else if (d == DUMP_SSML)
    ks_synth_script_markup(&ep->script, ep->voice.espeak, &b);
  else
    ks_render_speech(&ep->script, &b);
  fwrite(b.ptr, 1, b.len, stdout);
  ks_buf_free(&b);
}

/* Source to episode, stage by stage; a --dump stops at its stage. The
 * engine is started first when a voice is named, so that an unknown one is
 * an error before any work. */
static enum ks_status make(const struct options *o, struct ks_episode *ep,
                           struct ks_synth **engine, struct ks_error *err) {
  struct ks_episode_result res;
  enum ks_status st = KS_OK;
  if (o->ep.voice || o->dump == DUMP_NONE)
    st = ks_synth_new(engine, err);
  if (st == KS_OK)
    st = ks_episode_check(&o->ep, o->source, *engine, err);
  if (st == KS_OK)
    st = ks_episode_read(ep, o->source, &o->ep, err);
  if (st != KS_OK || o->dump == DUMP_TEXT || o->dump == DUMP_META ||
      o->dump == DUMP_DROPPED)
    return st;
  if (ep->doc.cut_short && !o->quiet)
    cli_say("extract", 0, "this page looks cut short by a paywall (%zu words)",
            ep->doc.words);
  ks_episode_segment(ep);
  if (o->dump == DUMP_SENTENCES)
    return st;
  if (o->verbose)
    cli_verbose_read(ep);
  st = ks_episode_script(ep, &o->ep, err);
  if (st == KS_OK && !ep->voice.profile && !o->quiet)
    cli_say("warning", 0,
            "no voice profile for '%s' in %s; using "
            "espeak-ng's voice '%s'",
            ep->voice.name, ep->voice_dir, ep->voice.espeak);
  if (st == KS_OK && o->verbose)
    cli_verbose_script(ep);
  if (st != KS_OK || o->dump == DUMP_SPEECH || o->dump == DUMP_SSML)
    return st;
  catch_signals();
  st = ks_episode_speak(ep, *engine, &o->ep, &res, err);
  if (st == KS_OK && o->verbose)
    cli_verbose_done(&res);
  return st;
}

int main(int argc, char **argv) {
  struct options o;
  struct ks_episode ep;
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_synth *engine = NULL;
  struct cli_progress progress;
  enum ks_status st;
  int status;

  if (argc > 1 && !strcmp(argv[1], "podcast"))
    return cli_podcast(argc - 1, argv + 1);
  status = cli_parse(argc, argv, &o);

  if (status >= 0)
    return status;
  cli_progress_init(&progress, o.quiet || o.verbose);
  o.ep.stop = &interrupted;
  o.ep.progress = cli_progress;
  o.ep.progress_ctx = &progress;
  ks_episode_init(&ep);
  st = make(&o, &ep, &engine, &err);
  cli_progress_end(&progress);
  if (st == KS_OK && o.dump != DUMP_NONE)
    dump(o.dump, &ep);
  status = st == KS_OK ? 0 : cli_fail(&err);
  if (fflush(stdout) != 0 && status == 0)
    status =
        cli_say("io", 1, "cannot write standard output: %s", strerror(errno));
  ks_synth_free(engine);
  ks_episode_free(&ep);
  return status;
}
