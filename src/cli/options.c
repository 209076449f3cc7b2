/* options.c - the command line's options: the table, the help, the parse.
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  OPT_DUMP = 256,
  OPT_FROM,
  OPT_TIMEOUT,
  OPT_TITLE,
  OPT_AUTHOR,
  OPT_DATE,
  OPT_SITE,
  OPT_LANGUAGE,
  OPT_RATE,
  OPT_CHANNELS,
  OPT_BITRATE,
  OPT_LOUDNESS,
  OPT_PAUSE_SENTENCE,
  OPT_PAUSE_PARAGRAPH,
  OPT_PAUSE_HEADING,
  OPT_PAUSE_INTRO,
  OPT_NO_INTRO,
  OPT_INTRO,
  OPT_OUTRO,
  OPT_CAPTIONS,
  OPT_CHAPTERS,
  OPT_TRANSCRIPT,
  OPT_READALONG,
  OPT_LEXICON,
  OPT_VERBOSE
};

static const struct option long_options[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"title", required_argument, NULL, OPT_TITLE},
    {"author", required_argument, NULL, OPT_AUTHOR},
    {"date", required_argument, NULL, OPT_DATE},
    {"site", required_argument, NULL, OPT_SITE},
    {"language", required_argument, NULL, OPT_LANGUAGE},
    {"voice", required_argument, NULL, 'v'},
    {"speed", required_argument, NULL, 's'},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"pause-sentence", required_argument, NULL, OPT_PAUSE_SENTENCE},
    {"pause-paragraph", required_argument, NULL, OPT_PAUSE_PARAGRAPH},
    {"pause-heading", required_argument, NULL, OPT_PAUSE_HEADING},
    {"pause-intro", required_argument, NULL, OPT_PAUSE_INTRO},
    {"no-intro", no_argument, NULL, OPT_NO_INTRO},
    {"rate", required_argument, NULL, OPT_RATE},
    {"channels", required_argument, NULL, OPT_CHANNELS},
    {"bitrate", required_argument, NULL, OPT_BITRATE},
    {"loudness", required_argument, NULL, OPT_LOUDNESS},
    {"intro", required_argument, NULL, OPT_INTRO},
    {"outro", required_argument, NULL, OPT_OUTRO},
    {"captions", required_argument, NULL, OPT_CAPTIONS},
    {"chapters", required_argument, NULL, OPT_CHAPTERS},
    {"transcript", required_argument, NULL, OPT_TRANSCRIPT},
    {"readalong", required_argument, NULL, OPT_READALONG},
    {"format", required_argument, NULL, 'f'},
    {"jobs", required_argument, NULL, 'j'},
    {"dump", required_argument, NULL, OPT_DUMP},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, OPT_VERBOSE},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}};

/* The help: the groups and their order are the README's. 80 columns. */
static const char usage_text[] =
    "Usage: kispeak [OPTIONS] SOURCE [OUTPUT]\n"
    "Turn a news article into a spoken audio episode.\n"
    "\n"
    "SOURCE is an http(s) URL, a local file, or - for standard input.\n"
    "OUTPUT's extension picks the format (.wav .flac .mp3 .ogg .opus,\n"
    "or .epub: an EPUB 3 book with the MP3 inside, read aloud);\n"
    "OUTPUT - writes to standard output as a stream (give -f).\n"
    "\n"
    "Input:\n"
    "      --from=html|text    read SOURCE as HTML or as plain text (default:\n"
    "                          HTML, except a .txt file)\n"
    "      --timeout SECONDS   the whole fetch, 1 to 3600 (default 60)\n"
    "      --title TEXT        the headline, instead of the page's\n"
    "      --author NAME       an author, instead of the page's (repeat it)\n"
    "      --date YYYY-MM-DD   the date, instead of the page's\n"
    "      --site NAME         the site, instead of the page's\n"
    "      --language CODE     the article's language (en, de, uk...), instead\n"
    "                          of the page's: its rules and its introduction\n"
    "Voice:\n"
    "  -v, --voice NAME        voice profile (voices/NAME.voice) or espeak-ng\n"
    "                          voice; default: the page's language\n"
    "  -s, --speed WPM         words a minute, 80 to 450 (default: the\n"
    "                          voice's, 175 for English)\n"
    "      --lexicon FILE      pronunciations of your own, over the voice's\n"
    "                          (up to 8 times; docs/lexicon.md)\n"
    "      --pause-sentence MS, --pause-paragraph MS, --pause-heading MS,\n"
    "      --pause-intro MS    silence after a sentence, after a paragraph,\n"
    "                          before a heading, after the introduction;\n"
    "                          0 to 10000 (default: the voice's)\n"
    "      --no-intro          speak the body only: no headline, byline, date\n"
    "Audio:\n"
    "      --rate HZ           sample rate (default: WAV and FLAC the voice's,\n"
    "                          22050, or 44100 with a jingle; MP3 and Ogg\n"
    "                          44100; Opus 48000)\n"
    "      --channels 1|2      mono (default) or two identical channels\n"
    "      --bitrate KBPS      MP3, Ogg and Opus, 8 to 320 (default 64 for\n"
    "                          mono MP3, 48 Opus; Vorbis at quality 0.2)\n"
    "      --loudness LUFS     -40 to -5 (default -16), true peaks at most\n"
    "                          -1 dBTP; 'off' keeps the synthesiser's level\n"
    "      --intro FILE, --outro FILE\n"
    "                          a jingle before or after the speech, at the\n"
    "                          same loudness\n"
    "Companions:\n"
    "      --captions FILE     WebVTT (.vtt) or SubRip (.srt), a cue a line\n"
    "      --chapters FILE     Podcasting 2.0 chapters JSON\n"
    "      --transcript FILE   what was said, as the article writes it\n"
    "      --readalong FILE    an HTML page where each sentence lights up as\n"
    "                          it is spoken (OUTPUT .epub: a book that does)\n"
    "Output:\n"
    "  -f, --format NAME       wav, flac, mp3, ogg or opus, over OUTPUT's\n"
    "                          extension\n"
    "      --dump=WHAT         print a stage instead of writing audio: text,\n"
    "                          meta (JSON), sentences, speech (what\n"
    "                          espeak-ng is given), ssml (its markup: the\n"
    "                          runs other voices say), or dropped (the\n"
    "                          blocks left out of the article, and why)\n"
    "  -j, --jobs N            processes that speak at once and threads that\n"
    "                          encode, 1 to 64 (default: one per core); the\n"
    "                          sound and the file are the same\n"
    "  -q, --quiet             no warnings, no progress line\n"
    "      --verbose           what each stage made, a line each\n"
    "  -h, --help              show this help and exit\n"
    "  -V, --version           show the version and exit\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 usage error.\n"
    "Examples:\n"
    "  kispeak https://example.org/article episode.mp3\n"
    "  kispeak --captions ep.vtt --chapters ep.json page.html episode.opus\n"
    "  kispeak -f mp3 https://example.org/article - | mpv -\n"
    "  kispeak --dump=text https://example.org/article\n";

/* The options that take a whole number, and those that take a name: where
 * each goes in the episode's options, and a number's range. */
#define AT(field) offsetof(struct ks_episode_opts, field)
static const struct {
  int opt;
  size_t at;
  int lo, hi;
  const char *name, *unit;
} numbers[] = {
    {'s', AT(speed), 80, 450, "--speed", "words a minute"},
    {OPT_TIMEOUT, AT(source.timeout_s), 1, 3600, "--timeout", "seconds"},
    {OPT_RATE, AT(rate), 8000, 192000, "--rate", "samples a second"},
    {OPT_CHANNELS, AT(channels), 1, 2, "--channels", "channels"},
    {OPT_BITRATE, AT(bitrate_kbps), 8, 320, "--bitrate", "kb/s"},
    {OPT_PAUSE_SENTENCE, AT(pause_ms[0]), 0, 10000, "--pause-sentence", "ms"},
    {OPT_PAUSE_PARAGRAPH, AT(pause_ms[1]), 0, 10000, "--pause-paragraph", "ms"},
    {OPT_PAUSE_HEADING, AT(pause_ms[2]), 0, 10000, "--pause-heading", "ms"},
    {OPT_PAUSE_INTRO, AT(pause_ms[3]), 0, 10000, "--pause-intro", "ms"},
    {'j', AT(jobs), 1, 64, "--jobs", "processes"},
};

static const struct {
  int opt;
  size_t at;
} names[] = {{'v', AT(voice)},
             {OPT_TITLE, AT(title)},
             {OPT_DATE, AT(date)},
             {OPT_SITE, AT(site)},
             {OPT_LANGUAGE, AT(language)},
             {OPT_INTRO, AT(intro)},
             {OPT_OUTRO, AT(outro)},
             {OPT_CAPTIONS, AT(captions)},
             {OPT_CHAPTERS, AT(chapters)},
             {OPT_TRANSCRIPT, AT(transcript)},
             {OPT_READALONG, AT(readalong)}};

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
      return cli_say(numbers[i].name, 2, "takes %s from %d to %d, not '%s'",
                     numbers[i].unit, numbers[i].lo, numbers[i].hi, arg);
    *(int *)(void *)((char *)e + numbers[i].at) = (int)n;
    return 0;
  }
  return -1;
}

// A repeatable option's next value, up to CLI_MAX_LIST of them.
static int append(const char **list, size_t *n, const char *arg,
                  const char *name) {
  if (*n == CLI_MAX_LIST)
    return cli_say(name, 2, "may be given up to %d times", CLI_MAX_LIST);
  list[(*n)++] = arg;
  return -1;
}

/* One option; returns -1 to go on, else the exit status. */
static int option(int c, const char *arg, const char *name, struct options *o) {
  static const char *const dumps[] = {"",       "text",    "meta", "sentences",
                                      "speech", "dropped", "ssml"};
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
      cli_say("--format", 2, "'%s' is none of %s", arg, b.ptr);
      ks_buf_free(&b);
      return 2;
    }
    return -1;
  case OPT_LOUDNESS: {
    char *end;
    long n = strtol(arg, &end, 10);
    e->loudness = strcmp(arg, "off") != 0;
    if (e->loudness && (end == arg || *end || n < -40 || n > -5))
      return cli_say("--loudness", 2,
                     "takes LUFS from -40 to -5 or 'off', not '%s'", arg);
    e->loudness_lufs = e->loudness ? (double)n : e->loudness_lufs;
    return -1;
  }
  case OPT_LEXICON:
    return append(o->lexicons, &e->n_lexicons, arg, "--lexicon");
  case OPT_AUTHOR:
    return append(o->authors, &e->n_authors, arg, "--author");
  case OPT_NO_INTRO:
    e->no_intro = true;
    return -1;
  case OPT_DUMP:
    for (size_t i = 1; i < sizeof dumps / sizeof dumps[0]; i++)
      if (!strcmp(arg, dumps[i]))
        o->dump = (enum dump)i;
    if (o->dump == DUMP_NONE)
      return cli_say("--dump", 2,
                     "takes text, meta, sentences, speech, ssml or dropped, "
                     "not "
                     "'%s'",
                     arg);
    return -1;
  case OPT_FROM:
    if (strcmp(arg, "html") && strcmp(arg, "text"))
      return cli_say("--from", 2, "takes html or text, not '%s'", arg);
    e->source.from = arg[0] == 'h' ? KS_FROM_HTML : KS_FROM_TEXT;
    return -1;
  case 'q':
    o->quiet = true;
    return -1;
  case OPT_VERBOSE:
    o->verbose = e->measure = true;
    return -1;
  case 'h':
    fputs(usage_text, stdout);
    return 0;
  case 'V':
    printf("kispeak %s\n", KS_VERSION);
    return 0;
  case ':':
    return cli_say("usage", 2, "option '%s' needs a value", name);
  default:
    return cli_say("usage", 2, "unknown option '%s'", name);
  }
}

int cli_parse(int argc, char **argv, struct options *o) {
  int c, status;
  memset(o, 0, sizeof *o);
  ks_episode_opts_init(&o->ep);
  o->ep.lexicons = o->lexicons;
  o->ep.authors = o->authors;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":f:j:v:s:qhV", long_options, NULL)) != -1)
    if ((status = option(c, optarg, argv[optind - 1], o)) >= 0)
      return status;
  if (optind >= argc)
    return cli_say("usage", 2, "no SOURCE given");
  o->source = argv[optind++];
  if (optind < argc)
    o->ep.audio = argv[optind++];
  if (optind < argc)
    return cli_say("usage", 2, "unexpected argument '%s'", argv[optind]);
  if (o->dump == DUMP_NONE && !o->ep.audio)
    return cli_say("usage", 2, "no OUTPUT given (or use --dump)");
  if (o->dump != DUMP_NONE && o->ep.audio)
    return cli_say("--dump", 2, "prints to standard output; drop OUTPUT '%s'",
                   o->ep.audio);
  if (o->dump != DUMP_NONE &&
      (o->ep.captions || o->ep.chapters || o->ep.transcript ||
       o->ep.readalong || o->ep.intro || o->ep.outro))
    return cli_say("--dump", 2,
                   "--captions, --chapters, --transcript, --readalong, "
                   "--intro and --outro go with an audio OUTPUT");
  if (o->ep.audio && !strcmp(o->ep.audio, "-") && !o->ep.format)
    return cli_say("usage", 2, "name the format of standard output with -f");
  return -1;
}
