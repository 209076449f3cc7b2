/* main.c - the kispeak command line: options, messages, exit codes.
 * SPDX-License-Identifier: MIT
 *
 * A front door: it parses the options, calls the library (the episode
 * module, src/episode.c, does the work), prints and exits. The only file
 * that prints or exits. Exit status: 0 success, 1 any runtime failure, 2
 * usage error.
 */
#include "kispeak.h"

#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum dump { DUMP_NONE, DUMP_TEXT, DUMP_META, DUMP_SENTENCES, DUMP_SPEECH };

struct options {
  const char *source;
  struct ks_episode_opts ep;
  const char *lexicons[8]; /* --lexicon, in order: the last wins */
  enum dump dump;
  bool quiet;
};

enum {
  OPT_DUMP = 256,
  OPT_FROM,
  OPT_TIMEOUT,
  OPT_RATE,
  OPT_CHANNELS,
  OPT_BITRATE,
  OPT_LOUDNESS,
  OPT_PAUSE_SENTENCE,
  OPT_PAUSE_PARAGRAPH,
  OPT_PAUSE_HEADING,
  OPT_PAUSE_INTRO,
  OPT_INTRO,
  OPT_OUTRO,
  OPT_CAPTIONS,
  OPT_CHAPTERS,
  OPT_TRANSCRIPT,
  OPT_LEXICON
};

static const struct option long_options[] = {
    {"dump", required_argument, NULL, OPT_DUMP},
    {"from", required_argument, NULL, OPT_FROM},
    {"format", required_argument, NULL, 'f'},
    {"voice", required_argument, NULL, 'v'},
    {"speed", required_argument, NULL, 's'},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"rate", required_argument, NULL, OPT_RATE},
    {"channels", required_argument, NULL, OPT_CHANNELS},
    {"bitrate", required_argument, NULL, OPT_BITRATE},
    {"loudness", required_argument, NULL, OPT_LOUDNESS},
    {"pause-sentence", required_argument, NULL, OPT_PAUSE_SENTENCE},
    {"pause-paragraph", required_argument, NULL, OPT_PAUSE_PARAGRAPH},
    {"pause-heading", required_argument, NULL, OPT_PAUSE_HEADING},
    {"pause-intro", required_argument, NULL, OPT_PAUSE_INTRO},
    {"intro", required_argument, NULL, OPT_INTRO},
    {"outro", required_argument, NULL, OPT_OUTRO},
    {"captions", required_argument, NULL, OPT_CAPTIONS},
    {"chapters", required_argument, NULL, OPT_CHAPTERS},
    {"transcript", required_argument, NULL, OPT_TRANSCRIPT},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}};

static const char usage_text[] =
    "Usage: kispeak [OPTIONS] SOURCE [OUTPUT]\n"
    "Turn a news article into a spoken audio episode.\n"
    "\n"
    "SOURCE is an http:// or https:// URL, a local file, or - for standard\n"
    "input. OUTPUT's extension picks the format: .wav, .flac, .mp3, .ogg\n"
    "(Vorbis) or .opus. OUTPUT - writes to standard output (give -f).\n"
    "\n"
    "Input and stages:\n"
    "      --from=html|text  read SOURCE as HTML or as plain text (default:\n"
    "                        HTML, except a .txt file); plain text is\n"
    "                        paragraphs separated by blank lines\n"
    "      --dump=WHAT       print a stage's output instead of writing audio:\n"
    "                          text       the article body, paragraphs apart\n"
    "                          meta       title, authors, date... as JSON\n"
    "                          sentences  one sentence a line\n"
    "                          speech     what is spoken, one line each\n"
    "      --timeout SECONDS whole fetch, 1 to 3600 (default 60)\n"
    "Voice:\n"
    "  -v, --voice NAME      voice profile (voices/NAME.voice) or espeak-ng\n"
    "                        voice; default: from the page's language\n"
    "  -s, --speed WPM       words per minute, 80 to 450 (default: the\n"
    "                        voice's, 175 for English)\n"
    "      --pause-sentence MS, --pause-paragraph MS, --pause-heading MS,\n"
    "      --lexicon FILE    pronunciations of your own (format: "
    "docs/lexicon.md),\n"
    "                        over the voice's; may be given up to 8 times\n"
    "      --pause-intro MS  silence after a sentence, after a paragraph,\n"
    "                        before a section heading, after the\n"
    "                        introduction; 0 to 10000 (default: the voice's)\n"
    "Audio:\n"
    "  -f, --format NAME     wav, flac, mp3, ogg or opus, overriding OUTPUT's\n"
    "                        extension\n"
    "      --rate HZ         sample rate (default 44100; 48000 for Opus)\n"
    "      --channels 1|2    mono (default) or two identical channels\n"
    "      --bitrate KBPS    for mp3, ogg and opus, 8 to 320 (default 64 for\n"
    "                        mono MP3; Vorbis quality 0.2 otherwise; 48 Opus)\n"
    "      --loudness LUFS   integrated loudness, -40 to -5 (default -16), "
    "with\n"
    "                        true peaks limited to -1 dBTP; 'off' keeps the\n"
    "                        synthesiser's level\n"
    "      --intro FILE, --outro FILE\n"
    "                        a sound file (a jingle) before or after the "
    "speech,\n"
    "                        resampled and brought to the same loudness\n"
    "Companions:\n"
    "      --captions FILE   WebVTT (.vtt) or SubRip (.srt): a cue a sentence\n"
    "      --chapters FILE   Podcasting 2.0 chapters JSON\n"
    "      --transcript FILE the text that was spoken\n"
    "Other:\n"
    "  -q, --quiet           no warnings\n"
    "  -h, --help            show this help and exit\n"
    "  -V, --version         show the version and exit\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 usage error.\n"
    "Examples:\n"
    "  kispeak https://example.org/article episode.mp3\n"
    "  kispeak --captions ep.vtt --chapters ep.json page.html episode.opus\n"
    "  kispeak --dump=text https://example.org/article\n"
    "  kispeak -f mp3 https://example.org/article - | mpv -\n";

static volatile sig_atomic_t interrupted;

/* One line on standard error, "kispeak: <what>: <detail>", plus a pointer
 * to the help after a usage error; returns status. */
static int say(const char *what, int status, const char *fmt, ...)
    KS_PRINTF(3, 4);
static int say(const char *what, int status, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "kispeak: %s: ", what);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs(status == 2 ? " (try 'kispeak --help')\n" : "\n", stderr);
  return status;
}
#define usage_error(...) say("usage", 2, __VA_ARGS__)

/* The options that take a whole number: where it goes, and its range. */
#define AT(field) offsetof(struct ks_episode_opts, field)
static const struct {
  int opt;
  size_t at;
  int lo, hi;
  const char *name, *unit;
} numbers[] = {
    {'s', AT(speed), 80, 450, "--speed", "words per minute"},
    {OPT_TIMEOUT, AT(source.timeout_s), 1, 3600, "--timeout", "seconds"},
    {OPT_RATE, AT(rate), 8000, 192000, "--rate", "samples a second"},
    {OPT_CHANNELS, AT(channels), 1, 2, "--channels", "channels"},
    {OPT_BITRATE, AT(bitrate_kbps), 8, 320, "--bitrate", "kb/s"},
    {OPT_PAUSE_SENTENCE, AT(pause_ms[0]), 0, 10000, "--pause-sentence", "ms"},
    {OPT_PAUSE_PARAGRAPH, AT(pause_ms[1]), 0, 10000, "--pause-paragraph", "ms"},
    {OPT_PAUSE_HEADING, AT(pause_ms[2]), 0, 10000, "--pause-heading", "ms"},
    {OPT_PAUSE_INTRO, AT(pause_ms[3]), 0, 10000, "--pause-intro", "ms"},
};

/* The options that take a name (a file, a voice): where it goes. */
static const struct {
  int opt;
  size_t at;
} names[] = {{'v', AT(voice)},
             {OPT_INTRO, AT(intro)},
             {OPT_OUTRO, AT(outro)},
             {OPT_CAPTIONS, AT(captions)},
             {OPT_CHAPTERS, AT(chapters)},
             {OPT_TRANSCRIPT, AT(transcript)}};

/* A name or a whole number for option c, into the episode's options;
 * returns -1 when c takes neither, else 0 or the usage error's status. */
static int value(int c, const char *arg, struct ks_episode_opts *e) {
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (names[i].opt == c) {
      *(const char **)(void *)((char *)e + names[i].at) = arg;
      return 0;
    }
  }
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
    char *end;
    long n;
    if (numbers[i].opt != c)
      continue;
    errno = 0;
    n = strtol(arg, &end, 10);
    if (errno || end == arg || *end || n < numbers[i].lo || n > numbers[i].hi)
      return usage_error("%s takes %s from %d to %d, not '%s'", numbers[i].name,
                         numbers[i].unit, numbers[i].lo, numbers[i].hi, arg);
    *(int *)(void *)((char *)e + numbers[i].at) = (int)n;
    return 0;
  }
  return -1;
}

/* One option; returns -1 to go on, else the exit status (help, version,
 * usage error). */
static int option(int c, const char *arg, const char *name, struct options *o) {
  struct ks_episode_opts *e = &o->ep;
  int v = value(c, arg, e);
  if (v >= 0)
    return v == 0 ? -1 : v;
  switch (c) {
  case 'f':
    e->format = ks_format_find(arg);
    if (!e->format) {
      struct ks_buf b = KS_BUF_INIT;
      ks_format_list(&b);
      usage_error("unknown format '%s': supported formats are %s", arg, b.ptr);
      ks_buf_free(&b);
      return 2;
    }
    return -1;
  case OPT_LOUDNESS: {
    char *end;
    long n = strtol(arg, &end, 10);
    e->loudness = strcmp(arg, "off") != 0;
    if (e->loudness && (end == arg || *end || n < -40 || n > -5))
      return usage_error("--loudness takes LUFS from -40 to -5 or 'off', "
                         "not '%s'",
                         arg);
    e->loudness_lufs = e->loudness ? (double)n : e->loudness_lufs;
    return -1;
  }
  case OPT_LEXICON:
    if (e->n_lexicons == sizeof o->lexicons / sizeof o->lexicons[0])
      return usage_error("--lexicon may be given up to 8 times");
    o->lexicons[e->n_lexicons++] = arg;
    return -1;
  case OPT_DUMP: {
    static const char *const dumps[] = {"", "text", "meta", "sentences",
                                        "speech"};
    for (size_t i = 1; i < sizeof dumps / sizeof dumps[0]; i++)
      if (!strcmp(arg, dumps[i]))
        o->dump = (enum dump)i;
    if (o->dump == DUMP_NONE)
      return usage_error("--dump takes text, meta, sentences or speech, "
                         "not '%s'",
                         arg);
    return -1;
  }
  case OPT_FROM:
    if (!strcmp(arg, "html"))
      e->source.from = KS_FROM_HTML;
    else if (!strcmp(arg, "text"))
      e->source.from = KS_FROM_TEXT;
    else
      return usage_error("--from takes html or text, not '%s'", arg);
    return -1;
  case 'q':
    o->quiet = true;
    return -1;
  case 'h':
    fputs(usage_text, stdout);
    return 0;
  case 'V':
    printf("kispeak %s\n", KS_VERSION);
    return 0;
  case ':':
    return usage_error("option '%s' needs a value", name);
  default:
    return usage_error("unknown option '%s'", name);
  }
}

/* Returns -1 to go on, else the exit status (help, version, usage error). */
static int parse_options(int argc, char **argv, struct options *o) {
  int c, status;
  memset(o, 0, sizeof *o);
  ks_episode_opts_init(&o->ep);
  o->ep.lexicons = o->lexicons;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":f:v:s:qhV", long_options, NULL)) != -1)
    if ((status = option(c, optarg, argv[optind - 1], o)) >= 0)
      return status;
  if (optind >= argc)
    return usage_error("no SOURCE given");
  o->source = argv[optind++];
  if (optind < argc)
    o->ep.audio = argv[optind++];
  if (optind < argc)
    return usage_error("unexpected argument '%s'", argv[optind]);
  if (o->dump == DUMP_NONE && !o->ep.audio)
    return usage_error("no OUTPUT given (or use --dump)");
  if (o->dump != DUMP_NONE && o->ep.audio)
    return usage_error("--dump prints to standard output; drop OUTPUT '%s'",
                       o->ep.audio);
  if (o->dump != DUMP_NONE && (o->ep.captions || o->ep.chapters ||
                               o->ep.transcript || o->ep.intro || o->ep.outro))
    return usage_error("--captions, --chapters, --transcript, --intro and "
                       "--outro go with an audio OUTPUT, not --dump");
  if (o->ep.audio && !strcmp(o->ep.audio, "-") && !o->ep.format)
    return usage_error("name the format of standard output with -f");
  return -1;
}

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
  else
    ks_render_speech(&ep->script, &b);
  fwrite(b.ptr, 1, b.len, stdout);
  ks_buf_free(&b);
}

static int run(const struct options *o) {
  struct ks_episode ep;
  struct ks_episode_result res;
  struct ks_error err = {KS_OK, ""};
  struct ks_synth *engine = NULL;
  enum ks_status st = KS_OK;
  int status = 0;

  ks_episode_init(&ep);
  if (o->dump == DUMP_NONE)
    st = ks_episode_check(&o->ep, o->source, &err);
  if (st == KS_OK)
    st = ks_episode_read(&ep, o->source, &o->ep, &err);
  if (st == KS_OK && (o->dump == DUMP_TEXT || o->dump == DUMP_META))
    goto dumped;
  if (st == KS_OK)
    ks_episode_segment(&ep);
  if (st == KS_OK && o->dump == DUMP_SENTENCES)
    goto dumped;
  if (st == KS_OK)
    st = ks_episode_script(&ep, &o->ep, &err);
  if (st == KS_OK && !ep.voice.profile && !o->quiet)
    say("warning", 0,
        "no voice profile for '%s' in %s; using espeak-ng's voice '%s'",
        ep.voice.name, ep.voice_dir, ep.voice.espeak);
  if (st == KS_OK && o->dump == DUMP_SPEECH)
    goto dumped;
  if (st == KS_OK)
    st = ks_synth_new(&engine, &err);
  if (st == KS_OK) {
    catch_signals();
    st = ks_episode_speak(&ep, engine, &o->ep, &res, &err);
  }
  goto out;
dumped:
  dump(o->dump, &ep);
out:
  if (st != KS_OK)
    status = say(ks_strerror(err.code), err.code == KS_ERR_USAGE ? 2 : 1, "%s",
                 err.msg);
  if (fflush(stdout) != 0 && status == 0)
    status = say("io", 1, "cannot write standard output: %s", strerror(errno));
  ks_synth_free(engine);
  ks_episode_free(&ep);
  return status;
}

int main(int argc, char **argv) {
  struct options o;
  int status = parse_options(argc, argv, &o);
  if (status >= 0)
    return status;
  o.ep.stop = &interrupted;
  return run(&o);
}
