/* main.c - the kispeak command line: options, wiring, messages, exit codes.
 * SPDX-License-Identifier: MIT
 *
 * The only file that prints or exits. Exit status: 0 success, 1 any runtime
 * failure, 2 usage error.
 */
#include "kispeak.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KS_DATADIR
#define KS_DATADIR "/usr/local/share/kispeak"
#endif

enum dump { DUMP_NONE, DUMP_TEXT, DUMP_META, DUMP_SENTENCES, DUMP_SPEECH };
enum from { FROM_GUESS, FROM_HTML, FROM_TEXT };

struct options {
  const char *source, *output, *voice, *format;
  const char *intro, *outro, *captions, *chapters, *transcript;
  const char *lexicons[8]; /* --lexicon, in order: the last wins */
  size_t n_lexicons;
  enum dump dump;
  enum from from;
  long speed; /* 0: the voice's own */
  long timeout;
  long rate; /* 0: the format's default */
  long channels;
  long bitrate; /* 0: the format's default */
  double loudness;
  bool loudness_off;
  long pause[4]; /* sentence, paragraph, heading, intro; -1: the voice's */
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
    "(Vorbis) or .opus.\n"
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
    "  kispeak --dump=text https://example.org/article\n";

static bool quiet;
static volatile sig_atomic_t interrupted;

static void fail(const char *stage, const char *fmt, ...) KS_PRINTF(2, 3);
static void fail(const char *stage, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "kispeak: %s: ", stage);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static int usage_error(const char *fmt, ...) KS_PRINTF(1, 2);
static int usage_error(const char *fmt, ...) {
  va_list ap;
  fputs("kispeak: usage: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs(" (try 'kispeak --help')\n", stderr);
  return 2;
}

static void warn(const char *fmt, ...) KS_PRINTF(1, 2);
static void warn(const char *fmt, ...) {
  va_list ap;
  if (quiet)
    return;
  fputs("kispeak: warning: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static int report(const struct ks_error *err) {
  fail(ks_strerror(err->code), "%s", err->msg);
  return err->code == KS_ERR_USAGE ? 2 : 1;
}

static bool parse_long(const char *s, long lo, long hi, long *out) {
  char *end;
  long n;
  errno = 0;
  n = strtol(s, &end, 10);
  if (errno || end == s || *end || n < lo || n > hi)
    return false;
  *out = n;
  return true;
}

/* Returns -1 to go on, else the exit status (help, version, usage error). */
static int parse_options(int argc, char **argv, struct options *o) {
  int c;
  memset(o, 0, sizeof *o);
  o->timeout = 60;
  o->channels = 1;
  o->loudness = -16.0;
  for (size_t i = 0; i < 4; i++)
    o->pause[i] = -1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":f:v:s:qhV", long_options, NULL)) !=
         -1) {
    switch (c) {
    case 'f':
      o->format = optarg;
      break;
    case 'v':
      o->voice = optarg;
      break;
    case 's':
      if (!parse_long(optarg, 80, 450, &o->speed))
        return usage_error("--speed takes words per minute from 80 to 450, "
                           "not '%s'",
                           optarg);
      break;
    case OPT_TIMEOUT:
      if (!parse_long(optarg, 1, 3600, &o->timeout))
        return usage_error("--timeout takes seconds from 1 to 3600, not '%s'",
                           optarg);
      break;
    case OPT_RATE:
      if (!parse_long(optarg, 8000, 192000, &o->rate))
        return usage_error("--rate takes samples a second from 8000 to "
                           "192000, not '%s'",
                           optarg);
      break;
    case OPT_CHANNELS:
      if (!parse_long(optarg, 1, 2, &o->channels))
        return usage_error("--channels takes 1 or 2, not '%s'", optarg);
      break;
    case OPT_BITRATE:
      if (!parse_long(optarg, 8, 320, &o->bitrate))
        return usage_error("--bitrate takes kb/s from 8 to 320, not '%s'",
                           optarg);
      break;
    case OPT_LOUDNESS:
      if (!strcmp(optarg, "off")) {
        o->loudness_off = true;
      } else {
        long l;
        if (!parse_long(optarg, -40, -5, &l))
          return usage_error("--loudness takes LUFS from -40 to -5 or 'off', "
                             "not '%s'",
                             optarg);
        o->loudness = (double)l;
      }
      break;
    case OPT_PAUSE_SENTENCE:
    case OPT_PAUSE_PARAGRAPH:
    case OPT_PAUSE_HEADING:
    case OPT_PAUSE_INTRO:
      if (!parse_long(optarg, 0, 10000, &o->pause[c - OPT_PAUSE_SENTENCE]))
        return usage_error("%s takes milliseconds from 0 to 10000, not '%s'",
                           argv[optind - 1], optarg);
      break;
    case OPT_INTRO:
      o->intro = optarg;
      break;
    case OPT_OUTRO:
      o->outro = optarg;
      break;
    case OPT_CAPTIONS:
      o->captions = optarg;
      break;
    case OPT_CHAPTERS:
      o->chapters = optarg;
      break;
    case OPT_TRANSCRIPT:
      o->transcript = optarg;
      break;
    case OPT_LEXICON:
      if (o->n_lexicons == sizeof o->lexicons / sizeof o->lexicons[0])
        return usage_error("--lexicon may be given up to 8 times");
      o->lexicons[o->n_lexicons++] = optarg;
      break;
    case OPT_DUMP:
      if (!strcmp(optarg, "text"))
        o->dump = DUMP_TEXT;
      else if (!strcmp(optarg, "meta"))
        o->dump = DUMP_META;
      else if (!strcmp(optarg, "sentences"))
        o->dump = DUMP_SENTENCES;
      else if (!strcmp(optarg, "speech"))
        o->dump = DUMP_SPEECH;
      else
        return usage_error("--dump takes text, meta, sentences or speech, "
                           "not '%s'",
                           optarg);
      break;
    case OPT_FROM:
      if (!strcmp(optarg, "html"))
        o->from = FROM_HTML;
      else if (!strcmp(optarg, "text"))
        o->from = FROM_TEXT;
      else
        return usage_error("--from takes html or text, not '%s'", optarg);
      break;
    case 'q':
      o->quiet = true;
      break;
    case 'h':
      fputs(usage_text, stdout);
      return 0;
    case 'V':
      printf("kispeak %s\n", KS_VERSION);
      return 0;
    case ':':
      return usage_error("option '%s' needs a value", argv[optind - 1]);
    default:
      return usage_error("unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind >= argc)
    return usage_error("no SOURCE given");
  o->source = argv[optind++];
  if (optind < argc)
    o->output = argv[optind++];
  if (optind < argc)
    return usage_error("unexpected argument '%s'", argv[optind]);
  if (o->dump == DUMP_NONE && !o->output)
    return usage_error("no OUTPUT given (or use --dump)");
  if (o->dump != DUMP_NONE && o->output)
    return usage_error("--dump prints to standard output; drop OUTPUT '%s'",
                       o->output);
  return -1;
}

static bool is_url(const char *s) {
  return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) ||
         !strncmp(s, "HTTP://", 7) || !strncmp(s, "HTTPS://", 8);
}

static bool has_scheme(const char *s) {
  const char *colon = strstr(s, "://");
  if (!colon || colon == s)
    return false;
  for (const char *p = s; p < colon; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
      return false;
  return true;
}

/* Read a file or standard input, with the same cap as a fetched page. */
static enum ks_status read_source(const char *path, struct ks_buf *out,
                                  struct ks_error *err) {
  bool in = !strcmp(path, "-");
  const char *name = in ? "standard input" : path;
  int fd = in ? STDIN_FILENO : open(path, O_RDONLY), rc;
  if (fd < 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        strerror(errno));
  rc = ks_buf_read_fd(out, fd, KS_MAX_PAGE);
  if (!in)
    close(fd);
  if (rc)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", name,
                        strerror(rc));
  if (out->len > KS_MAX_PAGE)
    return ks_error_set(err, KS_ERR_IO, "%s is larger than %u MiB", name,
                        KS_MAX_PAGE >> 20);
  return KS_OK;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && !strcmp(s + n - k, suffix);
}

// A page served as text/plain may still be HTML: look at its first bytes.
static bool looks_like_html(const struct ks_buf *b) {
  size_t i = 0;
  if (b->len >= 3 && !memcmp(b->ptr, "\xEF\xBB\xBF", 3))
    i = 3;
  while (i < b->len && (b->ptr[i] == ' ' || b->ptr[i] == '\n' ||
                        b->ptr[i] == '\r' || b->ptr[i] == '\t'))
    i++;
  return i < b->len && b->ptr[i] == '<';
}

/* SOURCE to a document: fetch or read it, then extract (or take plain text). */
static enum ks_status load(const struct options *o, struct ks_doc *doc,
                           struct ks_error *err) {
  struct ks_page page;
  enum ks_status st;
  bool text;
  const char *charset = NULL, *url = NULL;

  ks_page_init(&page);
  if (is_url(o->source)) {
    struct ks_fetch_opts fo = {o->timeout, 0, o->from != FROM_GUESS, NULL};
    st = ks_fetch(o->source, &fo, &page, err);
    if (st != KS_OK)
      goto out;
    url = page.url;
    charset = page.charset[0] ? page.charset : NULL;
    text = o->from == FROM_TEXT ||
           (o->from == FROM_GUESS && !strcmp(page.content_type, "text/plain") &&
            !looks_like_html(&page.body));
  } else if (has_scheme(o->source)) {
    st = ks_error_set(err, KS_ERR_FETCH,
                      "only http and https URLs are fetched: %s", o->source);
    goto out;
  } else {
    st = read_source(o->source, &page.body, err);
    if (st != KS_OK)
      goto out;
    text = o->from == FROM_TEXT ||
           (o->from == FROM_GUESS && ends_with(o->source, ".txt"));
  }
  if (text)
    st = ks_doc_from_text(page.body.ptr, page.body.len, doc, err);
  else
    st = ks_extract(page.body.ptr, page.body.len, charset, url, doc, err);
out:
  ks_page_free(&page);
  return st;
}

static void json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", f);
    else if (c == '\t')
      fputs("\\t", f);
    else if (c == '\r')
      fputs("\\r", f);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

static void json_or_null(FILE *f, const struct ks_buf *b) {
  if (b->len)
    json_string(f, b->ptr);
  else
    fputs("null", f);
}

static void dump_meta(const struct ks_doc *doc) {
  printf("{\n  \"title\": ");
  json_or_null(stdout, &doc->title);
  printf(",\n  \"authors\": [");
  for (size_t i = 0; i < doc->n_authors; i++) {
    if (i)
      fputs(", ", stdout);
    json_string(stdout, doc->authors[i]);
  }
  printf("],\n  \"published\": ");
  json_or_null(stdout, &doc->published);
  printf(",\n  \"site\": ");
  json_or_null(stdout, &doc->site);
  printf(",\n  \"language\": ");
  json_or_null(stdout, &doc->language);
  printf(",\n  \"url\": ");
  json_or_null(stdout, &doc->url);
  printf("\n}\n");
}

static void dump_text(const struct ks_doc *doc) {
  for (size_t i = 0; i < doc->n_blocks; i++) {
    const struct ks_block *b = &doc->blocks[i];
    if (i)
      putchar('\n');
    fwrite(doc->text.ptr + b->text.off, 1, b->text.len, stdout);
    putchar('\n');
  }
}

static void dump_sentences(const struct ks_doc *doc) {
  for (size_t i = 0; i < doc->n_sents; i++) {
    const struct ks_sentence *s = &doc->sents[i];
    if (i && doc->sents[i - 1].block != s->block)
      putchar('\n');
    fwrite(doc->text.ptr + s->text.off, 1, s->text.len, stdout);
    putchar('\n');
  }
}

static void dump_speech(const struct ks_script *script) {
  for (size_t i = 0; i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    fwrite(script->speech.ptr + u->speech.off, 1, u->speech.len, stdout);
    putchar('\n');
    if (u->para_end && i + 1 < script->n_utts)
      putchar('\n');
  }
}

/* The voice profiles live in the source tree beside the binary (or one level
 * up, for a binary in a build directory), or in ../share/kispeak beside an
 * installed binary, else under KS_DATADIR; KISPEAK_DATADIR overrides them. */
static void voice_dir(char *out, size_t size) {
  static const char *const rel[] = {"/voices", "/../voices",
                                    "/../share/kispeak/voices"};
  const char *env = getenv("KISPEAK_DATADIR");
  char exe[PATH_MAX];
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

static bool has_profile(const char *dir, const char *name) {
  char path[PATH_MAX + 80];
  size_t n = strcspn(name, "-_");
  snprintf(path, sizeof path, "%s/%s.voice", dir, name);
  if (access(path, R_OK) == 0)
    return true;
  snprintf(path, sizeof path, "%s/%.*s.voice", dir, (int)n, name);
  return access(path, R_OK) == 0;
}

// The sinks between the stages; they also notice Ctrl-C.
struct pass {
  struct ks_audio *audio;
  struct ks_encoder *enc;
  int rate; /* a jingle's sample rate, known on its first chunk */
  bool started;
};

static enum ks_status to_audio(void *ctx, const int16_t *samples, size_t n,
                               struct ks_error *err) {
  struct pass *p = ctx;
  if (interrupted)
    return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
  return ks_audio_add(p->audio, samples, n, err);
}

static enum ks_status jingle_to_audio(void *ctx, const int16_t *samples,
                                      size_t n, struct ks_error *err) {
  struct pass *p = ctx;
  if (!p->started) {
    enum ks_status st = ks_audio_segment(p->audio, p->rate, err);
    if (st != KS_OK)
      return st;
    p->started = true;
  }
  return to_audio(ctx, samples, n, err);
}

static enum ks_status to_encoder(void *ctx, const float *frames, size_t n,
                                 struct ks_error *err) {
  struct pass *p = ctx;
  if (interrupted)
    return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
  return ks_encoder_write(p->enc, frames, n, err);
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

static char *join_authors(const struct ks_doc *doc) {
  struct ks_buf b = KS_BUF_INIT;
  for (size_t i = 0; i < doc->n_authors; i++) {
    if (i)
      ks_buf_puts(&b, ", ");
    ks_buf_puts(&b, doc->authors[i]);
  }
  return ks_buf_detach(&b, NULL);
}

static enum ks_status add_jingle(struct pass *p, const char *path,
                                 struct ks_error *err) {
  struct ks_sink sink = {jingle_to_audio, p};
  p->started = false;
  return ks_sound_read(path, &p->rate, &sink, err);
}

/* Captions, chapters and transcript, each through its own temporary file. */
static enum ks_status companions(const struct options *o,
                                 const struct ks_doc *doc,
                                 const struct ks_script *script,
                                 const struct ks_timing *timings, int rate,
                                 double offset, struct ks_error *err) {
  struct ks_buf b = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  enum ks_caption_format cf;
  if (o->captions && ks_caption_format_from_path(o->captions, &cf)) {
    ks_captions_render(doc, script, timings, rate, offset, cf, &b);
    st = ks_save_file(o->captions, b.ptr, b.len, err);
  }
  if (st == KS_OK && o->chapters) {
    ks_buf_clear(&b);
    ks_chapters_render(doc, script, timings, rate, offset, &b);
    st = ks_save_file(o->chapters, b.ptr, b.len, err);
  }
  if (st == KS_OK && o->transcript) {
    ks_buf_clear(&b);
    ks_transcript_render(script, &b);
    st = ks_save_file(o->transcript, b.ptr, b.len, err);
  }
  ks_buf_free(&b);
  return st;
}

static bool lossy(enum ks_format fmt) {
  return fmt == KS_FORMAT_MP3 || fmt == KS_FORMAT_OGG || fmt == KS_FORMAT_OPUS;
}

/* The true peak of the finished temporary file as a player decodes it. */
static enum ks_status decoded_peak(struct ks_encoder *enc,
                                   const struct ks_audio_spec *spec, double *db,
                                   struct ks_error *err) {
  struct ks_peak_meter *m = NULL;
  struct ks_frame_sink sink;
  enum ks_status st = ks_peak_meter_new(spec->rate, spec->channels, &m, err);
  if (st != KS_OK)
    return st;
  sink = ks_peak_meter_sink(m);
  st = ks_encoder_check(enc, &sink, err);
  *db = ks_peak_meter_db(m);
  ks_peak_meter_free(m);
  return st;
}

/* Completes the temporary file. Pass two has streamed into it during
 * synthesis; when a guessed gain missed the target, it is made again from
 * the spool. A lossy codec's decoder can overshoot the peaks it was given by
 * a decibel or more on a few transients, so such a file is decoded and
 * measured, and pass two is redone with the limiter's ceiling lowered by the
 * overshoot until the decoded peak is at or below -1 dBTP (twice at most). */
static enum ks_status encode(const char *path, enum ks_format fmt,
                             const struct ks_audio_spec *spec,
                             const struct ks_tags *tags,
                             const struct ks_audio_opts *ao, struct pass *p,
                             const struct ks_frame_sink *fsink,
                             struct ks_error *err) {
  double ceiling = ao->ceiling_dbtp;
  bool kept = false;
  enum ks_status st = ks_audio_end_stream(p->audio, &kept, err);
  for (int round = 0; st == KS_OK; round++) {
    double peak;
    if (!kept) { /* pass two again, into a fresh file */
      ks_encoder_abort(p->enc);
      p->enc = NULL;
      st = ks_encoder_open(path, fmt, spec, tags, &p->enc, err);
      if (st == KS_OK)
        st = ks_audio_finish(p->audio, fsink, err);
    }
    if (st != KS_OK || !ao->loudness || !lossy(fmt) || round == 2)
      break;
    st = ks_encoder_finish(p->enc, err);
    if (st == KS_OK)
      st = decoded_peak(p->enc, spec, &peak, err);
    if (st != KS_OK || peak <= -1.0 || ceiling <= ao->ceiling_dbtp - 1.5)
      break; /* within the ceiling, or an overshoot no lower ceiling fixes */
    ceiling -= peak + 1.0 + 0.3;
    if (ceiling < ao->ceiling_dbtp - 1.5)
      ceiling = ao->ceiling_dbtp - 1.5;
    ks_audio_set_ceiling(p->audio, ceiling);
    kept = false;
  }
  return st;
}

/* Speak the script into OUTPUT: pass one synthesises into the spool while
 * pass two levels, resamples and encodes into a temporary file, which is
 * renamed onto OUTPUT once everything else has been written. */
static enum ks_status speak(const struct options *o, const struct ks_doc *doc,
                            const struct ks_script *script,
                            const struct ks_voice *voice, enum ks_format fmt,
                            struct ks_error *err) {
  struct ks_synth *synth = NULL;
  struct pass p;
  struct ks_sink sink = {to_audio, &p};
  struct ks_frame_sink fsink = {to_encoder, &p};
  struct ks_timing *timings = NULL;
  char *artist = join_authors(doc);
  struct ks_tags tags = {doc->title.ptr, artist, doc->site.ptr,
                         doc->published.ptr, doc->url.ptr};
  struct ks_audio_spec spec;
  struct ks_audio_opts ao;
  double offset = 0;
  enum ks_status st;

  memset(&p, 0, sizeof p);
  spec.rate = (int)(o->rate ? o->rate : fmt == KS_FORMAT_OPUS ? 48000 : 44100);
  spec.channels = (int)o->channels;
  spec.bitrate_kbps = (int)o->bitrate;
  ao.rate = spec.rate;
  ao.channels = spec.channels;
  ao.loudness = !o->loudness_off;
  /* MP3, Vorbis and Opus at these bit rates decode 0.4 to 0.7 LU quieter
   * than what they were given (tests/audiocheck.c on the fixture): aim above
   * the target by the middle of that */
  ao.target_lufs =
      o->loudness + (fmt == KS_FORMAT_WAV || fmt == KS_FORMAT_FLAC ? 0.0 : 0.5);
  /* lossy decoders overshoot the peaks they were given, Opus's the most:
   * margins under -1 dBTP measured on decoded files (tests/audiocheck.c) */
  ao.ceiling_dbtp = fmt == KS_FORMAT_OPUS || fmt == KS_FORMAT_OGG ? -2.6
                    : fmt == KS_FORMAT_MP3                        ? -2.0
                                                                  : -1.3;
  ao.measure = false;
  if (is_url(o->source))
    tags.comment = o->source; /* the address the episode was made from */
  timings = calloc(script->n_utts ? script->n_utts : 1, sizeof *timings);
  if (!timings) {
    st = ks_error_set(err, KS_ERR_IO, "out of memory");
    goto out;
  }
  st = ks_synth_new(voice, &synth, err);
  if (st == KS_OK)
    st = ks_audio_new(&ao, &p.audio, err);
  if (st == KS_OK)
    st = ks_encoder_open(o->output, fmt, &spec, &tags, &p.enc, err);
  if (st == KS_OK)
    st = ks_audio_stream(p.audio, &fsink, err);
  if (st != KS_OK)
    goto out;
  catch_signals();
  if (o->intro)
    st = add_jingle(&p, o->intro, err);
  offset = ks_audio_seconds(p.audio);
  if (st == KS_OK)
    st = ks_audio_segment(p.audio, ks_synth_rate(synth), err);
  if (st == KS_OK)
    st = ks_synth_run(synth, script, &sink, timings, err);
  if (st == KS_OK && o->outro)
    st = add_jingle(&p, o->outro, err);
  if (st == KS_OK)
    st = encode(o->output, fmt, &spec, &tags, &ao, &p, &fsink, err);
  if (st == KS_OK)
    st = companions(o, doc, script, timings, ks_synth_rate(synth), offset, err);
  if (st == KS_OK && interrupted)
    st = ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
  if (st == KS_OK) {
    st = ks_encoder_commit(p.enc, err);
    p.enc = NULL;
  }
out:
  /* the audio first: its encoder thread may still hold blocks for p.enc */
  ks_audio_free(p.audio);
  ks_encoder_abort(p.enc);
  ks_synth_free(synth);
  free(timings);
  free(artist);
  return st;
}

/* The voice's own lexicon (beside its profile), then the user's, which win. */
static enum ks_status load_lexicons(const struct options *o, const char *dir,
                                    const struct ks_voice *voice,
                                    struct ks_lexicon *lex,
                                    struct ks_error *err) {
  enum ks_status st = KS_OK;
  if (voice->lexicon[0]) {
    char path[PATH_MAX + 300];
    snprintf(path, sizeof path, "%s/%s", dir, voice->lexicon);
    st = ks_lexicon_load(lex, path, err);
  }
  for (size_t i = 0; i < o->n_lexicons && st == KS_OK; i++)
    st = ks_lexicon_load(lex, o->lexicons[i], err);
  return st;
}

static int run(const struct options *o) {
  struct ks_doc doc;
  struct ks_script script;
  struct ks_error err = {KS_OK, ""};
  struct ks_voice voice;
  enum ks_format fmt = KS_FORMAT_NONE;
  const struct ks_lang *lang;
  char dir[PATH_MAX];
  const char *vname;
  struct ks_lexicon *lex = NULL;
  int status = 0;

  if (o->output) {
    enum ks_caption_format cf;
    fmt = o->format ? ks_format_from_name(o->format)
                    : ks_format_from_path(o->output);
    if (fmt == KS_FORMAT_NONE)
      return usage_error("%s '%s': supported formats are %s",
                         o->format ? "unknown format" : "unknown extension of",
                         o->format ? o->format : o->output, ks_format_list());
    if (o->rate && !ks_format_rate_ok(fmt, (int)o->rate))
      return usage_error("this format cannot be written at %ld Hz%s", o->rate,
                         fmt == KS_FORMAT_OPUS
                             ? " (Opus: 8000, 12000, 16000, 24000 or 48000)"
                             : "");
    if (o->captions && !ks_caption_format_from_path(o->captions, &cf))
      return usage_error("--captions '%s': name a .vtt or .srt file",
                         o->captions);
  } else if (o->captions || o->chapters || o->transcript || o->intro ||
             o->outro) {
    return usage_error("--captions, --chapters, --transcript, --intro and "
                       "--outro go with an audio OUTPUT, not --dump");
  }
  ks_doc_init(&doc);
  ks_script_init(&script);
  if (load(o, &doc, &err) != KS_OK) {
    status = report(&err);
    goto out;
  }
  if (o->dump == DUMP_TEXT) {
    dump_text(&doc);
    goto out;
  }
  if (o->dump == DUMP_META) {
    if (!doc.url.len && is_url(o->source))
      ks_buf_puts(&doc.url, o->source);
    dump_meta(&doc);
    goto out;
  }
  lang = ks_lang_get(doc.language.ptr);
  ks_segment(&doc, lang);
  if (o->dump == DUMP_SENTENCES) {
    dump_sentences(&doc);
    goto out;
  }
  vname = o->voice ? o->voice : doc.language.len ? doc.language.ptr : "en";
  voice_dir(dir, sizeof dir);
  if (ks_voice_load(dir, vname, &voice, &err) != KS_OK) {
    status = report(&err);
    goto out;
  }
  if (!has_profile(dir, vname))
    warn("no voice profile for '%s' in %s; using espeak-ng's voice '%s'", vname,
         dir, voice.espeak);
  if (o->speed) /* headline and headings keep their pace relative to it */
    ks_voice_set_rate(&voice, (int)o->speed);
  if (o->pause[0] >= 0)
    voice.pause_sentence_ms = (int)o->pause[0];
  if (o->pause[1] >= 0)
    voice.pause_paragraph_ms = (int)o->pause[1];
  if (o->pause[2] >= 0)
    voice.pause_heading_ms = (int)o->pause[2];
  if (o->pause[3] >= 0)
    voice.pause_intro_ms = (int)o->pause[3];
  lex = ks_lexicon_new();
  if (load_lexicons(o, dir, &voice, lex, &err) != KS_OK) {
    status = report(&err);
    goto out;
  }
  ks_script_build(&doc, lang, &voice, lex, &script);
  if (o->dump == DUMP_SPEECH) {
    dump_speech(&script);
    goto out;
  }
  if (speak(o, &doc, &script, &voice, fmt, &err) != KS_OK)
    status = report(&err);
out:
  if (fflush(stdout) != 0 && status == 0) {
    fail("io", "cannot write standard output: %s", strerror(errno));
    status = 1;
  }
  ks_script_free(&script);
  ks_doc_free(&doc);
  ks_lexicon_free(lex);
  return status;
}

int main(int argc, char **argv) {
  struct options o;
  int status = parse_options(argc, argv, &o);
  if (status >= 0)
    return status;
  quiet = o.quiet;
  return run(&o);
}
