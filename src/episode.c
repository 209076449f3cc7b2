/* episode.c - an article in, an episode out: the stages wired together, and
 * the protocol between synthesis, the signal path and the encoder.
 * SPDX-License-Identifier: MIT
 *
 * Every front door (the command line, a podcast run) makes episodes here.
 * The protocol, in ks_episode_speak():
 *   1. synthesis (pass one) spools and meters the speech while pass two
 *      levels, resamples, limits and encodes it into a temporary file;
 *   2. when the guessed gain missed the target, pass two is redone from the
 *      spool into a fresh file;
 *   3. a lossy file is decoded and its true peak measured; when the decoder
 *      overshoots -1 dBTP, pass two is redone under a lower ceiling;
 *   4. the companions are written, and everything is put in place together.
 */
#include "ascii.h"
#include "buf.h"
#include "extract/clean.h"
#include "file.h"
#include "url.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A lossless episode with a jingle: the rate of most music files. */
#define LOSSLESS_JINGLE_RATE 44100

void ks_episode_opts_init(struct ks_episode_opts *o) {
  memset(o, 0, sizeof *o);
  o->source.timeout_s = 60;
  for (size_t i = 0; i < 4; i++)
    o->pause_ms[i] = -1;
  o->channels = 1;
  o->loudness = true;
  o->loudness_lufs = -16.0;
}

void ks_episode_init(struct ks_episode *ep) {
  memset(ep, 0, sizeof *ep);
  ks_doc_init(&ep->doc);
  ks_script_init(&ep->script);
  ks_timeline_init(&ep->timeline);
}

void ks_episode_free(struct ks_episode *ep) {
  if (!ep)
    return;
  free(ep->source);
  free(ep->voice_dir);
  ks_doc_free(&ep->doc);
  ks_lexicon_free(ep->lexicon);
  ks_script_free(&ep->script);
  ks_timeline_free(&ep->timeline);
  ks_episode_init(ep);
}

// The format: named in the options, else by the audio path's extension.
static const struct ks_format *format_of(const struct ks_episode_opts *o) {
  return o->format ? o->format : ks_format_for_path(o->audio);
}

/* The voice named in the options: a profile, or one of espeak-ng's voices
 * (when there is an engine to ask). */
static enum ks_status check_voice(const struct ks_episode_opts *o,
                                  const char *name, const char *option,
                                  struct ks_synth *engine,
                                  struct ks_error *err) {
  struct ks_voice v;
  char dir[PATH_MAX];
  enum ks_status st;
  if (!name)
    return KS_OK;
  if (o->voice_dir)
    snprintf(dir, sizeof dir, "%s", o->voice_dir);
  else
    ks_voice_dir(dir, sizeof dir);
  st = ks_voice_load(dir, name, &v, err);
  if (st != KS_OK)
    return ks_error_option(err, st, option);
  if (engine && !ks_synth_has_voice(engine, v.espeak) &&
      (!strncmp(v.espeak, "mb-", 3) || !strncmp(v.espeak, "mb/mb-", 6)))
    return ks_error_option(
        err,
        ks_error_set(err, KS_ERR_VOICE,
                     "'%s' is an MBROLA voice: it needs the mbrola program "
                     "and the voice's data (Debian: mbrola and mbrola-%.*s)",
                     name, (int)strcspn(strrchr(v.espeak, '-') + 1, "+"),
                     strrchr(v.espeak, '-') + 1),
        option);
  if (engine && !ks_synth_has_voice(engine, v.espeak))
    return ks_error_option(
        err,
        ks_error_set(err, KS_ERR_VOICE,
                     "no voice '%s': not a profile in %s, nor an espeak-ng "
                     "voice (espeak-ng --voices lists them)",
                     name, dir),
        option);
  return KS_OK;
}

// A file the episode will read (a jingle, a lexicon), named by its option.
static enum ks_status readable(const char *path, const char *option,
                               struct ks_error *err) {
  if (!path || access(path, R_OK) == 0)
    return KS_OK;
  return ks_error_option(
      err,
      ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path, strerror(errno)),
      option);
}

/* A BCP 47 language tag as far as kispeak reads one: a language of two or
 * three letters, then subtags of letters and digits, in 15 bytes. */
static bool language_tag(const char *t) {
  size_t n = 0, len = strlen(t);
  while (ks_is_alpha((unsigned char)t[n]))
    n++;
  if (n < 2 || n > 3 || len > 15)
    return false;
  for (; t[n]; n++)
    if (!ks_is_alnum((unsigned char)t[n]) && t[n] != '-' && t[n] != '_')
      return false;
  return t[len - 1] != '-' && t[len - 1] != '_';
}

enum ks_status ks_episode_check(const struct ks_episode_opts *o,
                                const char *source, struct ks_synth *engine,
                                struct ks_error *err) {
  const struct ks_file_out outs[5] = {{o->audio, KS_FILE_BINARY, NULL},
                                      {o->captions, 0, "--captions"},
                                      {o->chapters, 0, "--chapters"},
                                      {o->transcript, 0, "--transcript"},
                                      {o->readalong, 0, "--readalong"}};
  enum ks_caption_format cf;
  struct ks_buf b = KS_BUF_INIT;
  enum ks_status st = KS_OK;

  if (o->audio) {
    const struct ks_format *fmt = format_of(o);
    if (!fmt) {
      ks_format_list(&b);
      st = ks_error_set(err, KS_ERR_USAGE,
                        "unknown extension of '%s': "
                        "supported formats are %s",
                        o->audio, b.ptr);
    } else if ((fmt->epub || o->readalong) && !strcmp(o->audio, "-")) {
      st = ks_error_set(err, KS_ERR_USAGE,
                        "%s needs the audio in a file, not "
                        "on standard output",
                        fmt->epub ? "an EPUB" : "--readalong");
    } else if (o->readalong && fmt->epub) {
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_USAGE,
                                        "the EPUB holds the audio; give the "
                                        "page an audio file of its own"),
                           "--readalong");
    } else if (o->rate && !ks_format_rate_ok(fmt, o->rate)) {
      ks_format_rates(fmt, &b);
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_USAGE,
                                        "%s cannot be written at %d Hz "
                                        "(it takes %s)",
                                        fmt->name, o->rate, b.ptr),
                           "--rate");
    }
  }
  ks_buf_free(&b);
  if (st == KS_OK && o->captions &&
      !ks_caption_format_from_path(o->captions, &cf))
    st = ks_error_option(err,
                         ks_error_set(err, KS_ERR_USAGE,
                                      "'%s': name a .vtt "
                                      "or .srt file",
                                      o->captions),
                         "--captions");
  if (st == KS_OK && o->date &&
      !ks_normalize_date(o->date, ks_lang_get("en"), false, &b))
    st = ks_error_option(err,
                         ks_error_set(err, KS_ERR_USAGE,
                                      "'%s' is not a date "
                                      "(YYYY-MM-DD)",
                                      o->date),
                         "--date");
  ks_buf_free(&b);
  if (st == KS_OK && o->language && !language_tag(o->language))
    st = ks_error_option(err,
                         ks_error_set(err, KS_ERR_USAGE,
                                      "'%s' is not a language tag (en, "
                                      "de, uk, pt-BR...)",
                                      o->language),
                         "--language");
  if (st == KS_OK)
    st = readable(o->intro, "--intro", err);
  if (st == KS_OK && o->intro)
    st = ks_error_option(err, ks_sound_check(o->intro, err), "--intro");
  if (st == KS_OK)
    st = readable(o->outro, "--outro", err);
  if (st == KS_OK && o->outro)
    st = ks_error_option(err, ks_sound_check(o->outro, err), "--outro");
  for (size_t i = 0; st == KS_OK && i < o->n_lexicons; i++)
    st = readable(o->lexicons[i], "--lexicon", err);
  if (st == KS_OK) /* the voice given, else the language's */
    st = o->voice ? check_voice(o, o->voice, "--voice", engine, err)
                  : check_voice(o, o->language, "--language", engine, err);
  if (st == KS_OK)
    st = ks_file_check(outs, 5, source, err);
  return st;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// Tell the caller where the episode is, if it asked.
static void report(const struct ks_episode *ep, const struct ks_episode_opts *o,
                   enum ks_stage stage, size_t done, double audio_s,
                   double left_s) {
  struct ks_progress p;
  if (!o->progress)
    return;
  p.stage = stage;
  p.done = done;
  p.total = ep->script.n_utts;
  p.audio_s = audio_s;
  p.elapsed_s = now_s() - ep->started;
  p.left_s = left_s;
  o->progress(o->progress_ctx, &p);
}

/* What the options say instead of the page: headline, site, date, authors. */
static void override(struct ks_doc *doc, const struct ks_episode_opts *o) {
  if (o->title)
    ks_doc_set_text(&doc->title, o->title, strlen(o->title));
  if (o->site)
    ks_doc_set_text(&doc->site, o->site, strlen(o->site));
  if (o->date) { /* the page's own dateline goes with its date */
    ks_doc_set_text(&doc->published, o->date, strlen(o->date));
    ks_buf_clear(&doc->dateline);
    ks_buf_clear(&doc->shown_date);
  }
  if (o->language) /* before segmenting: the sentences are the language's */
    ks_doc_set_text(&doc->language, o->language, strlen(o->language));
  if (o->n_authors) {
    ks_buf_clear(&doc->byline);
    for (size_t i = 0; i < doc->n_authors; i++)
      free(doc->authors[i]);
    doc->n_authors = 0;
    for (size_t i = 0; i < o->n_authors; i++)
      ks_doc_add_author(doc, o->authors[i], strlen(o->authors[i]));
  }
}

enum ks_status ks_episode_read(struct ks_episode *ep, const char *source,
                               const struct ks_episode_opts *o,
                               struct ks_error *err) {
  enum ks_status st;
  free(ep->source);
  ep->source = ks_xstrdup(source);
  ep->started = now_s();
  report(ep, o, KS_STAGE_READ, 0, 0, -1);
  st = ks_source_read(source, &o->source, &ep->doc, &ep->bytes, err);
  if (st == KS_OK) {
    override(&ep->doc, o);
    report(ep, o, KS_STAGE_EXTRACT, 0, 0, -1);
  }
  return st;
}

void ks_episode_segment(struct ks_episode *ep) {
  ep->lang = ks_lang_get(ep->doc.language.ptr);
  ep->doc.n_sents = 0;
  ks_segment(&ep->doc, ep->lang);
  ks_clean_sentences(&ep->doc);
}

/* The language a voice speaks: "en-gb+f3" en-gb, "gmw/de" de, "mb-de1" de
 * (an MBROLA voice). */
static void voice_language(const char *voice, char *out, size_t size) {
  const char *slash = strrchr(voice, '/');
  size_t n;
  if (slash)
    voice = slash + 1;
  if (!strncmp(voice, "mb-", 3)) {
    voice += 3;
    n = strspn(voice, "abcdefghijklmnopqrstuvwxyz");
  } else {
    n = strcspn(voice, "+");
  }
  snprintf(out, size, "%.*s", (int)n, voice);
}

/* The article's language: --language, else the page's, else (plain text)
 * the voice's. When it is not what the text was split by, it is split
 * again, and the document says it from then on. */
static void choose_language(struct ks_episode *ep,
                            const struct ks_episode_opts *o) {
  char tag[64];
  const struct ks_lang *lang;
  if (o->language)
    snprintf(tag, sizeof tag, "%s", o->language);
  else if (ep->doc.language.len)
    snprintf(tag, sizeof tag, "%s", ep->doc.language.ptr);
  else if (o->voice)
    voice_language(ep->voice.espeak, tag, sizeof tag);
  else
    return;
  if (strcmp(tag, ep->doc.language.ptr))
    ks_doc_set_text(&ep->doc.language, tag, strlen(tag));
  lang = ks_lang_get(tag);
  if (lang != ep->lang)
    ks_episode_segment(ep);
}

/* The voice's own lexicon (beside its profile), then the user's, which
 * win. */
static enum ks_status load_lexicons(struct ks_episode *ep,
                                    const struct ks_episode_opts *o,
                                    struct ks_error *err) {
  enum ks_status st = KS_OK;
  ep->lexicon = ks_lexicon_new();
  if (ep->voice.lexicon[0]) {
    struct ks_buf path = KS_BUF_INIT;
    ks_buf_printf(&path, "%s/%s", ep->voice_dir, ep->voice.lexicon);
    st = ks_lexicon_load(ep->lexicon, path.ptr, err);
    ks_buf_free(&path);
  }
  for (size_t i = 0; i < o->n_lexicons && st == KS_OK; i++)
    st = ks_error_option(err, ks_lexicon_load(ep->lexicon, o->lexicons[i], err),
                         "--lexicon");
  return st;
}

enum ks_status ks_episode_script(struct ks_episode *ep,
                                 const struct ks_episode_opts *o,
                                 struct ks_error *err) {
  const char *name = o->voice               ? o->voice
                     : o->language          ? o->language
                     : ep->doc.language.len ? ep->doc.language.ptr
                                            : "en";
  int *pauses[4] = {&ep->voice.pause_sentence_ms, &ep->voice.pause_paragraph_ms,
                    &ep->voice.pause_heading_ms, &ep->voice.pause_intro_ms};
  enum ks_status st;

  if (!ep->lang)
    ks_episode_segment(ep);
  free(ep->voice_dir);
  if (o->voice_dir) {
    ep->voice_dir = ks_xstrdup(o->voice_dir);
  } else {
    char dir[PATH_MAX];
    ks_voice_dir(dir, sizeof dir);
    ep->voice_dir = ks_xstrdup(dir);
  }
  if (o->voice) {
    st = ks_voice_load(ep->voice_dir, name, &ep->voice, err);
  } else { /* a language: its profile as it is, else espeak-ng's voice */
    char lang[64];
    snprintf(lang, sizeof lang, "%.*s", (int)strcspn(name, "-_+"), name);
    st = ks_voice_load(ep->voice_dir, lang, &ep->voice, err);
    if (st == KS_OK && !ep->voice.profile)
      st = ks_voice_load(ep->voice_dir, name, &ep->voice, err);
  }
  if (st != KS_OK)
    return o->voice ? ks_error_option(err, st, "--voice") : st;
  if (o->speed) /* headline and headings keep their pace relative to it */
    ks_voice_set_rate(&ep->voice, o->speed);
  for (size_t i = 0; i < 4; i++)
    if (o->pause_ms[i] >= 0)
      *pauses[i] = o->pause_ms[i];
  choose_language(ep, o);
  st =
      ks_intro_load(ep->voice_dir, ep->doc.language.ptr, &ep->voice.intro, err);
  if (st == KS_OK)
    st = load_lexicons(ep, o, err);
  if (st != KS_OK)
    return st;
  ks_script_free(&ep->script);
  ks_script_build(&ep->doc, ep->lang, &ep->voice, ep->lexicon,
                  o->no_intro ? KS_SCRIPT_NO_INTRO : 0, &ep->script);
  return KS_OK;
}

/* ---------------------------------------------------------------- speaking */

// The sinks between the stages; they also notice a request to stop.
struct pass {
  struct ks_audio *audio;
  struct ks_encoder *enc;
  volatile sig_atomic_t *stop;
  int rate; /* a jingle's sample rate, known on its first chunk */
  bool started;
  const struct ks_episode *ep; /* for progress reports */
  const struct ks_episode_opts *o;
  double last_report, speak_start;
};

/* About ten times a second while speaking: how far, and how long is left,
 * from the share of the speech's bytes spoken so far. */
static void speaking(struct pass *p) {
  const struct ks_episode *ep = p->ep;
  double t = now_s(), share, left = -1;
  size_t done = ep->timeline.n_utts;
  if (!p->o->progress || t - p->last_report < 0.1)
    return;
  p->last_report = t;
  share = ep->script.speech.len && done
              ? (double)(ep->script.utts[done - 1].speech.off +
                         ep->script.utts[done - 1].speech.len) /
                    (double)ep->script.speech.len
              : 0;
  if (share > 0.02)
    left = (t - p->speak_start) * (1 - share) / share;
  report(ep, p->o, KS_STAGE_SPEAK, done, ks_audio_seconds(p->audio), left);
}

static enum ks_status stopped(const struct pass *p, struct ks_error *err) {
  if (p->stop && *p->stop)
    return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
  return KS_OK;
}

static enum ks_status to_audio(void *ctx, const int16_t *samples, size_t n,
                               struct ks_error *err) {
  struct pass *p = ctx;
  enum ks_status st = stopped(p, err);
  if (st == KS_OK)
    speaking(p);
  return st != KS_OK ? st : ks_audio_add(p->audio, samples, n, err);
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
  enum ks_status st = stopped(p, err);
  return st != KS_OK ? st : ks_encoder_write(p->enc, frames, n, err);
}

static enum ks_status add_jingle(struct pass *p, const char *path,
                                 struct ks_error *err) {
  struct ks_sink sink = {jingle_to_audio, p, p->stop};
  p->started = false;
  return ks_sound_read(path, &p->rate, &sink, err);
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
 * overshoot until the decoded peak is at or below -1 dBTP (twice at most).
 * A stream cannot be redone: it keeps the pass made during synthesis. */
static enum ks_status encode(const char *path, const struct ks_format *fmt,
                             const struct ks_audio_spec *spec,
                             const struct ks_tags *tags,
                             const struct ks_audio_opts *ao, struct pass *p,
                             const struct ks_frame_sink *fsink,
                             struct ks_episode_result *res,
                             struct ks_error *err) {
  double ceiling = ao->ceiling_dbtp;
  bool kept = false;
  enum ks_status st = ks_audio_end_stream(p->audio, &kept, err);
  unsigned *passes = &res->passes;
  *passes = 1;
  res->first_peak_db = NAN;
  res->relevelled = !kept && ks_encoder_can_redo(p->enc);
  for (int round = 0; st == KS_OK; round++) {
    double peak;
    if (!kept && ks_encoder_can_redo(p->enc)) { /* again, into a fresh file */
      ks_encoder_abort(p->enc);
      p->enc = NULL;
      ++*passes;
      st = ks_encoder_open(path, fmt, spec, tags, &p->enc, err);
      if (st == KS_OK)
        st = ks_audio_finish(p->audio, fsink, err);
    }
    if (st == KS_OK)
      st = ks_encoder_finish(p->enc, err);
    if (st == KS_OK && ks_encoder_report(p->enc)->checked) {
      /* decoded chunk by chunk, and mended there, as it was written */
      res->first_peak_db = ks_encoder_report(p->enc)->peak_db;
      break;
    }
    if (st != KS_OK || !ao->loudness || !ks_encoder_can_check(p->enc) ||
        round == 2)
      break;
    st = decoded_peak(p->enc, spec, &peak, err);
    if (st == KS_OK && round == 0)
      res->first_peak_db = peak;
    if (st != KS_OK || peak <= -1.0 || ceiling <= ao->ceiling_dbtp - 1.5)
      break; /* within the ceiling, or an overshoot no lower ceiling fixes */
    res->peak_redos++;
    ceiling -= peak + 1.0 + 0.3;
    if (ceiling < ao->ceiling_dbtp - 1.5)
      ceiling = ao->ceiling_dbtp - 1.5;
    ks_audio_set_ceiling(p->audio, ceiling);
    kept = false;
  }
  return st;
}

/* How many samples (at rate) a moment of the speech, `at` samples after its
 * start, moves by the joints before it. */
static uint64_t shift_at(const struct ks_encode_report *r, double offset_s,
                         uint64_t at, int rate) {
  double t = offset_s + (double)at / rate; /* seconds into the audio */
  uint64_t shift = 0;
  for (size_t j = 0; j < r->n_joints && r->joints[j].at <= t * r->rate; j++)
    shift = r->joints[j].shift;
  return (uint64_t)llround((double)shift * rate / r->rate);
}

/* Where a chunked writer's joints put a few milliseconds of silence, what
 * follows is heard that much later: the timeline moves with it, so that
 * captions, chapters and the read-along page stay on the sound. */
static void joints(struct ks_episode *ep, const struct ks_encode_report *r,
                   struct ks_episode_result *res) {
  struct ks_timeline *tl = &ep->timeline;
  if (!r->n_joints)
    return;
  res->seconds = (double)r->joints[r->n_joints - 1].shift / r->rate;
  for (size_t i = 0; i < tl->n_utts; i++) {
    uint64_t *t[3] = {&tl->utts[i].start, &tl->utts[i].sound, &tl->utts[i].end};
    for (size_t k = 0; k < 3; k++)
      *t[k] += shift_at(r, ep->offset_s, *t[k], tl->rate);
  }
  for (size_t i = 0; i < tl->n_words; i++)
    tl->words[i].at += shift_at(r, ep->offset_s, tl->words[i].at, tl->rate);
}

/* A temporary file for an EPUB's MP3, in $TMPDIR (it is packed into the
 * book, then removed). */
static enum ks_status temp_audio(char **path, struct ks_error *err) {
  const char *dir = getenv("TMPDIR");
  struct ks_buf b = KS_BUF_INIT;
  int fd;
  ks_buf_printf(&b, "%s/kispeak-book-XXXXXX", dir && *dir ? dir : "/tmp");
  fd = mkstemp(b.ptr);
  if (fd < 0) {
    ks_error_set(err, KS_ERR_ENCODE, "cannot make a temporary file in %s: %s",
                 dir && *dir ? dir : "/tmp", strerror(errno));
    ks_buf_free(&b);
    return KS_ERR_ENCODE;
  }
  close(fd);
  *path = ks_buf_detach(&b, NULL);
  return KS_OK;
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

#define N_COMPANIONS 4

/* The companions, each into its own temporary file (files[], in the order
 * captions, chapters, transcript, read-along page), not yet in place. */
static enum ks_status companions(const struct ks_episode *ep,
                                 const struct ks_episode_opts *o,
                                 struct ks_file *files[N_COMPANIONS],
                                 struct ks_error *err) {
  const char *paths[N_COMPANIONS] = {o->captions, o->chapters, o->transcript,
                                     o->readalong};
  struct ks_buf b = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  for (size_t i = 0; i < N_COMPANIONS && st == KS_OK; i++) {
    enum ks_caption_format cf = KS_CAPTIONS_VTT;
    if (!paths[i])
      continue;
    ks_buf_clear(&b);
    if (i == 0 && ks_caption_format_from_path(paths[i], &cf))
      ks_render_captions(&ep->script, &ep->timeline, ep->offset_s, cf, &b);
    else if (i == 1)
      ks_render_chapters(&ep->script, &ep->timeline, ep->offset_s, &b);
    else if (i == 2)
      ks_render_transcript(&ep->script, &b);
    else if (i == 3) {
      struct ks_buf href = KS_BUF_INIT;
      ks_readalong_href(o->readalong, o->audio, &href);
      ks_render_readalong(&ep->doc, &ep->script, &ep->timeline, ep->offset_s,
                          href.ptr, &b);
      ks_buf_free(&href);
    }
    st = ks_file_open(paths[i], 0, &files[i], err);
    if (st == KS_OK)
      st = ks_file_write(files[i], b.ptr, b.len, err);
  }
  ks_buf_free(&b);
  return st;
}

/* The signal path's settings for this format: a lossy file decodes
 * quieter than it was given, and its decoder overshoots peaks. */
static void audio_opts(const struct ks_episode_opts *o,
                       const struct ks_format *fmt,
                       const struct ks_audio_spec *spec,
                       struct ks_audio_opts *ao) {
  memset(ao, 0, sizeof *ao);
  ao->rate = spec->rate;
  ao->channels = spec->channels;
  ao->loudness = o->loudness;
  ao->target_lufs = o->loudness_lufs + fmt->lufs_offset;
  ao->ceiling_dbtp = fmt->ceiling_dbtp;
  ao->measure = o->measure;
}

/* Synthesis of the speech, between the jingles, into the signal path. */
static enum ks_status synthesise(struct ks_episode *ep, struct ks_synth *engine,
                                 struct ks_synth_job *job,
                                 const struct ks_episode_opts *o,
                                 struct pass *p, struct ks_error *err) {
  struct ks_sink sink = {to_audio, p, p->stop};
  enum ks_status st = KS_OK;
  p->speak_start = now_s();
  report(ep, o, KS_STAGE_SPEAK, 0, 0, -1);
  if (o->intro)
    st = add_jingle(p, o->intro, err);
  ep->offset_s = ks_audio_seconds(p->audio);
  if (st == KS_OK)
    st = ks_audio_segment(p->audio, ks_synth_rate(engine), err);
  if (st == KS_OK)
    st = ks_synth_speak(job, &sink, &ep->timeline, err);
  if (st == KS_OK && o->outro)
    st = add_jingle(p, o->outro, err);
  if (st == KS_OK)
    report(ep, o, KS_STAGE_ENCODE, ep->timeline.n_utts,
           ks_audio_seconds(p->audio), -1);
  return st;
}

enum ks_status ks_episode_speak(struct ks_episode *ep, struct ks_synth *engine,
                                const struct ks_episode_opts *o,
                                struct ks_episode_result *res,
                                struct ks_error *err) {
  const struct ks_format *fmt = format_of(o);
  struct pass p;
  struct ks_frame_sink fsink = {to_encoder, &p};
  struct ks_file *files[N_COMPANIONS] = {NULL, NULL, NULL, NULL};
  const char *paths[N_COMPANIONS] = {o->captions, o->chapters, o->transcript,
                                     o->readalong};
  char *book = NULL; /* an EPUB's MP3, made first in a temporary file */
  struct ks_synth_job *job = NULL;
  const char *audio = o->audio;
  char *artist = join_authors(&ep->doc);
  struct ks_tags tags = {ep->doc.title.ptr, artist, ep->doc.site.ptr,
                         ep->doc.published.ptr, ep->doc.url.ptr};
  struct ks_audio_spec spec;
  struct ks_audio_opts ao;
  enum ks_status st;

  memset(res, 0, sizeof *res);
  memset(&p, 0, sizeof p);
  p.stop = o->stop;
  p.ep = ep;
  p.o = o;
  if (!fmt) {
    free(artist);
    return ks_error_set(err, KS_ERR_USAGE, "no format for '%s'", o->audio);
  }
  /* a lossless format keeps the voice's rate (raising it adds only bytes),
   * unless a jingle may bring sound above it */
  spec.rate = o->rate                ? o->rate
              : fmt->rate            ? fmt->rate
              : o->intro || o->outro ? LOSSLESS_JINGLE_RATE
                                     : ks_synth_rate(engine);
  spec.channels = o->channels;
  spec.bitrate_kbps = o->bitrate_kbps;
  audio_opts(o, fmt, &spec, &ao);
  spec.ceiling_dbtp = ao.ceiling_dbtp;
  spec.check = o->loudness && fmt->decode;
  spec.threads = o->jobs;
  if (ep->source && ks_url_is_http(ep->source))
    tags.comment = ep->source; /* the address the episode was made from */
  st = fmt->epub ? temp_audio(&book, err) : KS_OK;
  if (book)
    audio = book;
  /* the speakers' spawner first, before this episode starts its threads */
  ks_synth_set_jobs(engine, o->jobs > 0 ? (unsigned)o->jobs : 0);
  if (st == KS_OK)
    st = ks_synth_prepare(engine, &ep->voice, &ep->script, &job, err);
  if (st == KS_OK)
    st = ks_audio_new(&ao, &p.audio, err);
  if (st == KS_OK)
    st = ks_encoder_open(audio, fmt, &spec, &tags, &p.enc, err);
  if (st == KS_OK)
    st = ks_audio_stream(p.audio, &fsink, err);
  if (st == KS_OK)
    st = synthesise(ep, engine, job, o, &p, err);
  ks_synth_job_free(job);
  job = NULL;
  if (st == KS_OK)
    st = encode(audio, fmt, &spec, &tags, &ao, &p, &fsink, res, err);
  if (st == KS_OK)
    joints(ep, ks_encoder_report(p.enc), res);
  if (st == KS_OK)
    st = companions(ep, o, files, err);
  if (st == KS_OK)
    st = stopped(&p, err);
  if (st == KS_OK) {
    res->seconds += ks_audio_seconds(p.audio);
    res->lufs = ks_audio_stats(p.audio)->lufs;
    res->true_peak_db = ks_audio_stats(p.audio)->true_peak_db;
    st = ks_encoder_commit(p.enc, &res->bytes, err);
    p.enc = NULL;
  }
  if (st == KS_OK && book) /* the book, with the MP3 inside */
    st = ks_epub_write(o->audio, &ep->doc, &ep->script, &ep->timeline,
                       ep->offset_s, book, &res->bytes, err);
  for (size_t i = 0; i < N_COMPANIONS; i++) {
    if (st == KS_OK && files[i])
      st = ks_file_commit(files[i], NULL, err);
    else
      ks_file_abort(files[i]);
    files[i] = NULL;
  }
  if (st == KS_OK) {
    res->format = fmt;
    res->rate = spec.rate;
    res->channels = spec.channels;
    res->written[res->n_written++] = o->audio;
    for (size_t i = 0; i < N_COMPANIONS; i++)
      if (paths[i])
        res->written[res->n_written++] = paths[i];
  }
  /* the audio first: its encoder thread may still hold blocks for p.enc */
  ks_audio_free(p.audio);
  ks_encoder_abort(p.enc);
  if (book)
    unlink(book);
  free(book);
  free(artist);
  return st;
}

enum ks_status ks_episode_make(struct ks_synth *engine, const char *source,
                               const struct ks_episode_opts *o,
                               struct ks_episode_result *res,
                               struct ks_error *err) {
  struct ks_episode ep;
  enum ks_status st = ks_episode_check(o, source, engine, err);
  ks_episode_init(&ep);
  if (st == KS_OK)
    st = ks_episode_read(&ep, source, o, err);
  if (st == KS_OK) {
    ks_episode_segment(&ep);
    st = ks_episode_script(&ep, o, err);
  }
  if (st == KS_OK)
    st = ks_episode_speak(&ep, engine, o, res, err);
  ks_episode_free(&ep);
  return st;
}
