/* podcast.c - `kispeak podcast`: its options, help and messages. The work
 * is the library's (src/podcast/); this only parses, reports and exits.
 * SPDX-License-Identifier: MIT
 */
#include "cli/podcast.h"
#include "kispeak.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LIST 8 /* --also, --lexicon */

enum {
  OPT_URLS = 256,
  OPT_LIMIT,
  OPT_BASE_URL,
  OPT_TITLE,
  OPT_DESCRIPTION,
  OPT_AUTHOR,
  OPT_OWNER,
  OPT_LANGUAGE,
  OPT_IMAGE,
  OPT_CATEGORY,
  OPT_EXPLICIT,
  OPT_LOCKED,
  OPT_PAGE_SIZE,
  OPT_ALSO,
  OPT_LEXICON,
  OPT_PAUSE_SENTENCE,
  OPT_PAUSE_PARAGRAPH,
  OPT_PAUSE_HEADING,
  OPT_PAUSE_INTRO,
  OPT_NO_INTRO,
  OPT_RATE,
  OPT_CHANNELS,
  OPT_BITRATE,
  OPT_LOUDNESS,
  OPT_INTRO,
  OPT_OUTRO,
  OPT_TIMEOUT,
  OPT_SHARD,
  OPT_MERGE,
  OPT_CHECK,
  OPT_VERBOSE
};

static const struct option long_options[] = {
    {"urls", required_argument, NULL, OPT_URLS},
    {"limit", required_argument, NULL, OPT_LIMIT},
    {"base-url", required_argument, NULL, OPT_BASE_URL},
    {"title", required_argument, NULL, OPT_TITLE},
    {"description", required_argument, NULL, OPT_DESCRIPTION},
    {"author", required_argument, NULL, OPT_AUTHOR},
    {"owner", required_argument, NULL, OPT_OWNER},
    {"language", required_argument, NULL, OPT_LANGUAGE},
    {"image", required_argument, NULL, OPT_IMAGE},
    {"category", required_argument, NULL, OPT_CATEGORY},
    {"explicit", required_argument, NULL, OPT_EXPLICIT},
    {"locked", required_argument, NULL, OPT_LOCKED},
    {"page-size", required_argument, NULL, OPT_PAGE_SIZE},
    {"format", required_argument, NULL, 'f'},
    {"also", required_argument, NULL, OPT_ALSO},
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
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"jobs", required_argument, NULL, 'j'},
    {"shard", required_argument, NULL, OPT_SHARD},
    {"merge", no_argument, NULL, OPT_MERGE},
    {"check", required_argument, NULL, OPT_CHECK},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, OPT_VERBOSE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

static const char usage_text[] =
    "Usage: kispeak podcast [OPTIONS] DIR SOURCE...\n"
    "       kispeak podcast [OPTIONS] --merge DIR\n"
    "       kispeak podcast --check FEED\n"
    "Turn a site's feed into a podcast: an episode for every article, and a\n"
    "feed of them (DIR/feed.xml) that podcast apps subscribe to. Each run\n"
    "makes only what is new or changed.\n"
    "\n"
    "SOURCE is an RSS or Atom feed (a URL or a file) or an article's URL.\n"
    "DIR (made if missing) receives feed.xml, the episodes and the state.\n"
    "\n"
    "Sources:\n"
    "      --urls FILE         article URLs, one a line (# comments; - for\n"
    "                          standard input)\n"
    "      --limit N           only the newest N items of each source\n"
    "Show (kept in DIR for later runs; defaults from the source feed):\n"
    "      --base-url URL      the public address of DIR (needed once)\n"
    "      --title TEXT        --description TEXT   --author NAME\n"
    "      --owner EMAIL       the owner's address (itunes:owner, and\n"
    "                          podcast:locked's owner)\n"
    "      --language TAG      the show's language (en, de, uk...)\n"
    "      --image FILE|URL    cover art, PNG or JPEG, 1400 to 3000 pixels\n"
    "                          square (default: one drawn with the title)\n"
    "      --category NAME     Apple Podcasts category (default News; a\n"
    "                          subcategory after a slash: News/Daily News)\n"
    "      --explicit yes|no   (default no)\n"
    "      --locked yes|no     podcast:locked, other hosts may not import\n"
    "                          the feed (default yes)\n"
    "      --page-size N       items in feed.xml, 1 to 300 (default 300);\n"
    "                          older ones go on archive pages (RFC 5005)\n"
    "Episodes:\n"
    "  -f, --format NAME       the enclosure's format: mp3 (default), ogg,\n"
    "                          opus, flac or wav; kept\n"
    "      --also NAME         an alternate enclosure in another format\n"
    "                          (repeat it; 'none' drops them); kept\n"
    "  -v, --voice NAME  -s, --speed WPM  --lexicon FILE  --no-intro\n"
    "      --pause-sentence MS  --pause-paragraph MS  --pause-heading MS\n"
    "      --pause-intro MS  --rate HZ  --channels 1|2  --bitrate KBPS\n"
    "      --loudness LUFS|off  --intro FILE  --outro FILE  --timeout S\n"
    "                          as for one article (kispeak --help)\n"
    "Runs:\n"
    "  -j, --jobs N            episodes at once, 1 to 256 (default: the\n"
    "                          number of cores)\n"
    "      --shard K/N         handle only shard K (from 0) of N: the items\n"
    "                          whose FNV-1a 64 hash of the canonical URL,\n"
    "                          modulo N, is K; state in\n"
    "                          DIR/state/shard-K-of-N.db, no feed.xml\n"
    "      --shard auto[/N]    K (and N) from a Kubernetes Indexed Job, a\n"
    "                          Slurm array or an AWS Batch array job\n"
    "      --merge             write DIR/feed.xml from every shard's state\n"
    "      --check FEED        check a feed file, ours or anyone's; list\n"
    "                          each problem\n"
    "  -q, --quiet             failures only\n"
    "      --verbose           a line for each episode made\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 success; 1 failure (a source could not be read, or\n"
    "--check found a problem); 2 usage error; 3 some items failed (the rest\n"
    "are published; the failed ones are tried again on the next run).\n"
    "Examples:\n"
    "  kispeak podcast --base-url https://example.org/audio/ \\\n"
    "      /var/www/audio https://example.org/feed.xml\n"
    "  kispeak podcast -j 2 --format mp3 --also opus /var/www/audio \\\n"
    "      https://example.org/feed.xml\n"
    "  kispeak podcast --check /var/www/audio/feed.xml\n";

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

struct cli {
  struct ks_podcast_opts o;
  const char *also[MAX_LIST];
  const char *lexicons[MAX_LIST];
  const char *check;
  bool merge, quiet, verbose, progress, shown;
};

static int say(const char *what, int status, const char *fmt, ...)
    KS_PRINTF(3, 4);

/* "kispeak: <what>: <detail>"; a usage error points to the help. */
static int say(const char *what, int status, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "kispeak: %s: ", what);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs(status == 2 ? " (try 'kispeak podcast --help')\n" : "\n", stderr);
  return status;
}

/* A whole number from lo to hi, for the option name; -1 on a usage error
 * (said). */
static long number(const char *arg, long lo, long hi, const char *name,
                   const char *unit) {
  char *end;
  long n;
  errno = 0;
  n = strtol(arg, &end, 10);
  if (errno || end == arg || *end || n < lo || n > hi) {
    say(name, 2, "takes %s from %ld to %ld, not '%s'", unit, lo, hi, arg);
    return -1;
  }
  return n;
}

static int yes_no(const char *arg, const char *name, int *out) {
  if (!strcmp(arg, "yes") || !strcmp(arg, "true"))
    *out = 1;
  else if (!strcmp(arg, "no") || !strcmp(arg, "false"))
    *out = 0;
  else
    return say(name, 2, "takes yes or no, not '%s'", arg);
  return -1;
}

/* An audio format's name (a podcast's enclosures are audio). */
static int format(const char *arg, const char *name, const char **out) {
  const struct ks_format *f = ks_format_find(arg);
  if (!f || strncmp(f->mime, "audio/", 6)) {
    struct ks_buf b = KS_BUF_INIT;
    size_t n, k = 0;
    const struct ks_format *all = ks_formats(&n);
    for (size_t i = 0; i < n; i++)
      if (!strncmp(all[i].mime, "audio/", 6))
        ks_buf_printf(&b, "%s%s", k++ ? ", " : "", all[i].name);
    say(name, 2, "'%s' is none of %s", arg, b.ptr);
    ks_buf_free(&b);
    return 2;
  }
  *out = f->name;
  return -1;
}

/* The options that make an episode, as for one article. Returns -1 to go
 * on, else the exit status (said). */
static int episode_option(int c, const char *arg, struct cli *k) {
  static const struct {
    int opt;
    size_t at;
    long lo, hi;
    const char *name, *unit;
  } numbers[] = {
      {'s', offsetof(struct ks_episode_opts, speed), 80, 450, "--speed",
       "words a minute"},
      {OPT_TIMEOUT, offsetof(struct ks_episode_opts, source.timeout_s), 1, 3600,
       "--timeout", "seconds"},
      {OPT_RATE, offsetof(struct ks_episode_opts, rate), 8000, 192000, "--rate",
       "samples a second"},
      {OPT_CHANNELS, offsetof(struct ks_episode_opts, channels), 1, 2,
       "--channels", "channels"},
      {OPT_BITRATE, offsetof(struct ks_episode_opts, bitrate_kbps), 8, 320,
       "--bitrate", "kb/s"},
      {OPT_PAUSE_SENTENCE, offsetof(struct ks_episode_opts, pause_ms[0]), 0,
       10000, "--pause-sentence", "ms"},
      {OPT_PAUSE_PARAGRAPH, offsetof(struct ks_episode_opts, pause_ms[1]), 0,
       10000, "--pause-paragraph", "ms"},
      {OPT_PAUSE_HEADING, offsetof(struct ks_episode_opts, pause_ms[2]), 0,
       10000, "--pause-heading", "ms"},
      {OPT_PAUSE_INTRO, offsetof(struct ks_episode_opts, pause_ms[3]), 0, 10000,
       "--pause-intro", "ms"}};
  struct ks_episode_opts *e = &k->o.episode;
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
    long n;
    if (numbers[i].opt != c)
      continue;
    n = number(arg, numbers[i].lo, numbers[i].hi, numbers[i].name,
               numbers[i].unit);
    if (n < 0)
      return 2;
    *(int *)(void *)((char *)e + numbers[i].at) = (int)n;
    return -1;
  }
  switch (c) {
  case 'v':
    e->voice = arg;
    return -1;
  case OPT_INTRO:
    e->intro = arg;
    return -1;
  case OPT_OUTRO:
    e->outro = arg;
    return -1;
  case OPT_NO_INTRO:
    e->no_intro = true;
    return -1;
  case OPT_LEXICON:
    if (e->n_lexicons == MAX_LIST)
      return say("--lexicon", 2, "may be given up to %d times", MAX_LIST);
    k->lexicons[e->n_lexicons++] = arg;
    return -1;
  case OPT_LOUDNESS: {
    char *end;
    long n = strtol(arg, &end, 10);
    e->loudness = strcmp(arg, "off") != 0;
    if (e->loudness && (end == arg || *end || n < -40 || n > -5))
      return say("--loudness", 2,
                 "takes LUFS from -40 to -5 or 'off', not '%s'", arg);
    if (e->loudness)
      e->loudness_lufs = (double)n;
    return -1;
  }
  default:
    return 0; /* not an episode option */
  }
}

/* The show's options and the run's. Returns -1 to go on, else the exit
 * status (said). */
static int option(int c, const char *arg, const char *name, struct cli *k) {
  struct ks_podcast_opts *o = &k->o;
  int v = episode_option(c, arg, k);
  long n;
  if (v != 0)
    return v;
  switch (c) {
  case OPT_URLS:
    o->urls = arg;
    return -1;
  case OPT_LIMIT:
    n = number(arg, 1, 1000000000L, "--limit", "items");
    o->limit = n > 0 ? (size_t)n : 0;
    return n < 0 ? 2 : -1;
  case OPT_PAGE_SIZE:
    n = number(arg, 1, 300, "--page-size", "items");
    o->page_size = n > 0 ? (size_t)n : 0;
    return n < 0 ? 2 : -1;
  case 'j':
    n = number(arg, 1, 256, "--jobs", "episodes at once");
    o->jobs = n > 0 ? (unsigned)n : 0;
    return n < 0 ? 2 : -1;
  case OPT_BASE_URL:
    o->base_url = arg;
    return -1;
  case OPT_TITLE:
    o->title = arg;
    return -1;
  case OPT_DESCRIPTION:
    o->description = arg;
    return -1;
  case OPT_AUTHOR:
    o->author = arg;
    return -1;
  case OPT_OWNER:
    if (!strchr(arg, '@'))
      return say("--owner", 2, "takes an e-mail address, not '%s'", arg);
    o->owner = arg;
    return -1;
  case OPT_LANGUAGE:
    o->language = arg;
    return -1;
  case OPT_IMAGE:
    o->image = arg;
    return -1;
  case OPT_CATEGORY:
    o->category = arg;
    return -1;
  case OPT_EXPLICIT:
    return yes_no(arg, "--explicit", &o->explicit_content);
  case OPT_LOCKED:
    return yes_no(arg, "--locked", &o->locked);
  case 'f':
    return format(arg, "--format", &o->format);
  case OPT_ALSO:
    o->also = k->also;
    if (!strcmp(arg, "none"))
      return -1;
    if (o->n_also == MAX_LIST)
      return say("--also", 2, "may be given up to %d times", MAX_LIST);
    return format(arg, "--also", &k->also[o->n_also++]);
  case OPT_SHARD:
    o->shard = arg;
    return -1;
  case OPT_MERGE:
    k->merge = true;
    return -1;
  case OPT_CHECK:
    k->check = arg;
    return -1;
  case 'q':
    k->quiet = true;
    return -1;
  case OPT_VERBOSE:
    k->verbose = true;
    return -1;
  case 'h':
    fputs(usage_text, stdout);
    return 0;
  case ':':
    return say("usage", 2, "option '%s' needs a value", name);
  default:
    return say("usage", 2, "unknown option '%s'", name);
  }
}

static int parse(int argc, char **argv, struct cli *k) {
  int c, status;
  memset(k, 0, sizeof *k);
  ks_podcast_opts_init(&k->o);
  k->o.episode.lexicons = k->lexicons;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":f:v:s:j:qh", long_options, NULL)) != -1)
    if ((status = option(c, optarg, argv[optind - 1], k)) >= 0)
      return status;
  if (k->check) {
    if (optind < argc)
      return say("--check", 2, "checks one feed file; unexpected '%s'",
                 argv[optind]);
    return -1;
  }
  if (optind >= argc)
    return say("usage", 2, "no DIR given");
  k->o.dir = argv[optind++];
  k->o.sources = (const char *const *)(argv + optind);
  k->o.n_sources = (size_t)(argc - optind);
  if (k->merge && (k->o.n_sources || k->o.urls || k->o.shard))
    return say("--merge", 2,
               "takes only DIR (and show options), not sources or "
               "--shard");
  if (!k->merge && !k->o.n_sources && !k->o.urls)
    return say("usage", 2,
               "no SOURCE given (a feed, an article URL, or "
               "--urls FILE)");
  return -1;
}

// "1:05" or "1:02:05".
static void clock_time(char *out, size_t n, double s) {
  long t = (long)(s + 0.5);
  if (t >= 3600)
    snprintf(out, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else
    snprintf(out, n, "%ld:%02ld", t / 60, t % 60);
}

static void clear_line(struct cli *k) {
  if (k->shown)
    fputs("\r\033[K", stderr);
  k->shown = false;
}

/* What the run tells, as lines on standard error: failures always,
 * warnings unless -q, each episode with --verbose, and on a terminal a
 * progress line rewritten in place. */
static void on_event(void *ctx, const struct ks_podcast_event *e) {
  struct cli *k = ctx;
  char len[24];
  clear_line(k);
  switch (e->kind) {
  case KS_PODCAST_SOURCE_FAILED:
    say("source", 1, "%s", e->detail ? e->detail : e->url);
    break;
  case KS_PODCAST_FAILED:
    if (e->published && k->quiet)
      break;
    say(e->published ? "warning" : "item", 1, "%s: %s%s", e->url,
        e->detail ? e->detail : "failed",
        e->published ? " (its episode stays as it was)" : "");
    break;
  case KS_PODCAST_WARNING:
    if (!k->quiet)
      say("warning", 0, "%s: %s", e->url, e->detail);
    break;
  case KS_PODCAST_MADE:
    if (k->verbose) {
      clock_time(len, sizeof len, e->seconds);
      say(e->again ? "spoken again" : "made", 0, "%s (%s) %s",
          e->title ? e->title : e->url, len, e->url);
    }
    break;
  case KS_PODCAST_SOURCE:
    if (k->verbose)
      say("source", 0, "%s: %s", e->url, e->detail);
    break;
  case KS_PODCAST_UNCHANGED:
    break;
  }
  if (k->progress && e->total && e->done < e->total) {
    fprintf(stderr, "\rkispeak: podcast: %zu of %zu items\033[K", e->done,
            e->total);
    k->shown = true;
  }
  fflush(stderr);
}

static int check(const char *path) {
  struct ks_buf out = KS_BUF_INIT;
  struct ks_error err = {KS_OK, "", NULL};
  size_t problems = 0;
  enum ks_status st = ks_podcast_check(path, &out, &problems, &err);
  if (st != KS_OK) {
    ks_buf_free(&out);
    return say("--check", 1, "%s", err.msg);
  }
  fwrite(out.ptr, 1, out.len, stdout);
  if (problems)
    printf("%zu problem%s\n", problems, problems == 1 ? "" : "s");
  else
    printf("%s: no problems\n", path);
  ks_buf_free(&out);
  if (fflush(stdout) != 0)
    return say("io", 1, "cannot write standard output: %s", strerror(errno));
  return problems ? 1 : 0;
}

static int summary(const struct cli *k, const struct ks_podcast_result *r) {
  if (k->quiet)
    return 0;
  if (r->shards)
    fprintf(stderr,
            "kispeak: podcast: shard %u of %u: %zu new, %zu spoken again, "
            "%zu unchanged, %zu failed; %zu episodes in its state\n",
            r->shard, r->shards, r->made, r->remade, r->unchanged, r->failed,
            r->published);
  else
    fprintf(stderr,
            "kispeak: podcast: %zu episode%s in %s/feed.xml%s: %zu new, %zu "
            "spoken again, %zu unchanged, %zu failed\n",
            r->published, r->published == 1 ? "" : "s", k->o.dir,
            r->archives ? " and its archive pages" : "", r->made, r->remade,
            r->unchanged, r->failed);
  return 0;
}

int cli_podcast(int argc, char **argv) {
  struct cli k;
  struct ks_podcast_result res;
  struct ks_error err = {KS_OK, "", NULL};
  enum ks_status st;
  int status = parse(argc, argv, &k);
  if (status >= 0)
    return status;
  if (k.check)
    return check(k.check);
  k.progress = !k.quiet && isatty(STDERR_FILENO);
  k.o.stop = &interrupted;
  k.o.report = on_event;
  k.o.report_ctx = &k;
  catch_signals();
  st = k.merge ? ks_podcast_merge(&k.o, &res, &err)
               : ks_podcast_run(&k.o, &res, &err);
  clear_line(&k);
  if (st != KS_OK) {
    const char *what = err.option                 ? err.option
                       : st == KS_ERR_INTERRUPTED ? "podcast"
                                                  : ks_strerror(err.code);
    return say(what, st == KS_ERR_USAGE ? 2 : 1, "%s", err.msg);
  }
  summary(&k, &res);
  if (res.source_errors)
    return 1;
  return res.failed ? 3 : 0;
}
