/* synth.c - speak a script with the espeak-ng library (the only espeak-ng
 * user). SPDX-License-Identifier: MIT
 *
 * espeak-ng keeps global state, and 1.51 hangs in espeak_ng_Terminate() when
 * it is started a second time in one process. So the engine is started once,
 * on the first ks_synth_new(), and stays up, and this process never speaks
 * with it: the script is cut into pieces, and each is spoken by a worker
 * process forked from the engine as it was started (forks.c), into a
 * temporary file, its samples handed on to the sink in order. In synchronous
 * mode espeak-ng calls back with PCM as it goes, and every word event is
 * noted. At most twice as many pieces as workers are spoken ahead of the one
 * handed on, so memory and temporary files do not grow with the article.
 *
 * The workers are forked by a spawner process (forks.c) that
 * ks_synth_prepare() forks before the caller starts its threads (the audio
 * passes, the encoders), so no worker starts with a lock another thread
 * held.
 */
#include "buf.h"
#include "ascii.h"
#include "escape.h"
#include "forks.h"
#include "lang/language.h"
#include "lang/region.h"
#include "synth.h"

#include <errno.h>
#include <espeak-ng/espeak_ng.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ONSET_LEVEL 256 /* -42 dBFS: quieter than any phoneme's start */

/* The engine: started once, then shared. */
static pthread_mutex_t engine_lock = PTHREAD_MUTEX_INITIALIZER;
static bool engine_tried;
static struct ks_error engine_err; /* why the start failed, if it did */
static int engine_rate;

struct ks_synth {
  int rate;
  unsigned jobs; /* pieces spoken at once; 0: one per core */
  bool final;    /* the next script is the last this process speaks */
};

/* Whether the engine has spoken in this process: then its state is no
 * longer the one it started with, and a child forked from it would not
 * speak as a fresh engine does. */
static bool engine_spent;

/* A word event, as espeak-ng gives it: a character position in the SSML. */
struct event {
  size_t pos; /* 0-based characters into the SSML */
  uint64_t at;
};

/* One run: what the callback needs, found through espeak-ng's user_data. */
struct run {
  int rate;
  struct ks_sink *sink;
  struct ks_error *err;
  enum ks_status failed; /* set by the callback to stop synthesis */
  uint64_t pos;          /* samples handed to the sink so far */
  uint64_t utt_start;    /* where the current utterance began */
  uint64_t word;         /* its first word event, or UINT64_MAX */
  uint64_t sound;        /* its first audible sample, or UINT64_MAX */
  struct event *events;  /* the current utterance's word events */
  size_t n_events, cap_events;
  volatile sig_atomic_t *stop; /* or NULL */
};

static enum ks_status espeak_failure(espeak_ng_STATUS st, const char *what,
                                     struct ks_error *err) {
  char msg[160];
  espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
  return ks_error_set(err, KS_ERR_SYNTH, "%s: %s", what, msg);
}

/* An utterance's first sound: espeak-ng's first word event says where the
 * word begins (its audio_position counts milliseconds from the start of the
 * utterance), which can still include the silence the engine puts before an
 * opening quotation mark; the first sample past it above ONSET_LEVEL is where
 * a listener hears it. */
static void find_onset(struct run *r, const short *wav, int n) {
  uint64_t from = r->word == UINT64_MAX ? r->utt_start : r->word;
  for (int j = 0; j < n && r->sound == UINT64_MAX; j++)
    if (r->pos + (uint64_t)j >= from &&
        (wav[j] > ONSET_LEVEL || wav[j] < -ONSET_LEVEL))
      r->sound = r->pos + (uint64_t)j;
}

static int on_audio(short *wav, int n, espeak_EVENT *events) {
  struct run *r = events ? events->user_data : NULL;
  if (!r || r->failed)
    return 1;
  if (r->stop && *r->stop) {
    r->failed = ks_error_set(r->err, KS_ERR_INTERRUPTED, "stopped by a signal");
    return 1;
  }
  for (espeak_EVENT *e = events; e->type != espeakEVENT_LIST_TERMINATED; e++) {
    uint64_t at;
    if (e->type != espeakEVENT_WORD || e->text_position < 1)
      continue;
    at = r->utt_start + (uint64_t)e->audio_position * (uint64_t)r->rate / 1000u;
    if (r->word == UINT64_MAX)
      r->word = at;
    ks_grow(&r->events, &r->cap_events, r->n_events + 1, sizeof *r->events);
    r->events[r->n_events].pos = (size_t)e->text_position - 1;
    r->events[r->n_events].at = at;
    r->n_events++;
  }
  if (wav && n > 0) {
    enum ks_status st;
    if (r->sound == UINT64_MAX)
      find_onset(r, wav, n);
    st = r->sink->write(r->sink->ctx, wav, (size_t)n, r->err);
    if (st != KS_OK) {
      r->failed = st;
      return 1;
    }
    r->pos += (uint64_t)n;
  }
  return 0;
}

/* An MBROLA voice ("mb-de1") whose program or data is missing: espeak-ng
 * would print eight lines about it and fail, so it is not asked. */
static bool mbrola_missing(const char *name) {
  const char *data = NULL, *path_env = getenv("PATH"), *p;
  char path[1024], line[256], db[64] = "";
  FILE *f;
  bool program = false, found = false;
  if (strncmp(name, "mb-", 3) && strncmp(name, "mb/mb-", 6))
    return false;
  if (!strncmp(name, "mb/", 3))
    name += 3;
  espeak_Info(&data);
  snprintf(path, sizeof path, "%s/voices/mb/%.*s", data ? data : "",
           (int)strcspn(name, "+"), name);
  f = fopen(path, "r");
  if (!f)
    return false; /* not a voice espeak-ng has: it says so itself */
  while (fgets(line, sizeof line, f))
    if (sscanf(line, "mbrola %63s", db) == 1)
      break;
  fclose(f);
  /* where espeak-ng looks for the data */
  for (int i = 0; db[0] && i < 3 && !found; i++) {
    if (i == 0)
      snprintf(path, sizeof path, "/usr/share/mbrola/%s", db);
    else if (i == 1)
      snprintf(path, sizeof path, "/usr/share/mbrola/%s/%s", db, db);
    else
      snprintf(path, sizeof path, "/usr/share/mbrola/voices/%s", db);
    found = access(path, R_OK) == 0;
  }
  for (p = path_env; p && *p && !program;) {
    size_t n = strcspn(p, ":");
    snprintf(path, sizeof path, "%.*s/mbrola", (int)n, p);
    program = access(path, X_OK) == 0;
    p += n + (p[n] == ':');
  }
  return !(found && program);
}

/* Set the voice by name, as the espeak-ng command does: a voice file
 * ("en-GB-x-rp", "de", "gmw/en", with a "+variant"), else the best voice
 * for the name as a language ("en-gb", "pt-PT"), with its variant. A
 * language espeak-ng does not speak is refused, not replaced. */
static bool set_voice(const char *name) {
  char lang[64], full[128];
  const char *variant = strchr(name, '+');
  size_t n = variant ? (size_t)(variant - name) : strlen(name);
  espeak_VOICE sel, *got;
  if (mbrola_missing(name))
    return false;
  if (espeak_ng_SetVoiceByName(name) == ENS_OK)
    return true;
  if (n == 0 || n >= sizeof lang)
    return false;
  memcpy(lang, name, n);
  lang[n] = '\0';
  memset(&sel, 0, sizeof sel);
  sel.languages = lang;
  if (espeak_ng_SetVoiceByProperties(&sel) != ENS_OK)
    return false;
  got = espeak_GetCurrentVoice();
  if (!got || !got->languages || !ks_same_language(got->languages + 1, lang))
    return false;
  if (!variant)
    return true;
  snprintf(full, sizeof full, "%s%s", got->identifier ? got->identifier : lang,
           variant);
  return espeak_ng_SetVoiceByName(full) == ENS_OK;
}

/* espeak-ng finds a voice named by its language ("en-us") only in its list
 * of every voice it has, which it makes by reading each voice file (about
 * 400 of them). So the list is made on a thread of its own as soon
 * as the engine has started, while the caller reads the page. Whatever
 * next uses the engine waits for that thread (engine_settle, with the
 * engine locked), and so does every fork (pthread_atfork): no process is
 * forked while it runs. espeak_ListVoices() reads files and the engine's
 * own tables only; espeak_ng_Initialize() (which sets the locale) has
 * returned before the thread starts. */
static pthread_mutex_t lister_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t lister;
static bool listing; /* the thread runs or has not been joined */

static void *list_voices(void *unused) {
  (void)unused;
  (void)espeak_ListVoices(NULL);
  return NULL;
}

static void engine_settle(void) {
  pthread_mutex_lock(&lister_lock);
  if (listing) {
    pthread_join(lister, NULL);
    listing = false;
  }
  pthread_mutex_unlock(&lister_lock);
}

static void start_listing(void) {
  static bool registered;
  if (!registered && pthread_atfork(engine_settle, NULL, NULL) != 0)
    return; /* then the voice is looked for as espeak-ng does it */
  registered = true;
  pthread_mutex_lock(&lister_lock);
  listing = pthread_create(&lister, NULL, list_voices, NULL) == 0;
  pthread_mutex_unlock(&lister_lock);
}

// Starts espeak-ng; called once per process, with the engine locked.
static void engine_start(void) {
  espeak_ng_STATUS st;
  engine_tried = true;
  engine_err.code = KS_OK;
  espeak_ng_InitializePath(NULL);
  st = espeak_ng_Initialize(NULL);
  if (st != ENS_OK) {
    espeak_failure(st, "cannot start espeak-ng", &engine_err);
    return;
  }
  st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
  if (st != ENS_OK) {
    espeak_failure(st, "cannot start espeak-ng output", &engine_err);
    return;
  }
  espeak_SetSynthCallback(on_audio);
  engine_rate = espeak_ng_GetSampleRate();
  start_listing();
}

enum ks_status ks_synth_new(struct ks_synth **out, struct ks_error *err) {
  struct ks_error started;
  *out = NULL;
  pthread_mutex_lock(&engine_lock);
  if (!engine_tried)
    engine_start();
  started = engine_err;
  pthread_mutex_unlock(&engine_lock);
  if (started.code != KS_OK) {
    if (err)
      *err = started;
    return started.code;
  }
  *out = ks_xcalloc(1, sizeof **out);
  (*out)->rate = engine_rate;
  return KS_OK;
}

void ks_synth_free(struct ks_synth *s) {
  if (s)
    engine_settle();
  free(s);
}

void ks_synth_set_jobs(struct ks_synth *s, unsigned jobs) { s->jobs = jobs; }

void ks_synth_set_final(struct ks_synth *s, bool final) { s->final = final; }

int ks_synth_rate(const struct ks_synth *s) { return s->rate; }

bool ks_synth_has_voice(struct ks_synth *s, const char *name) {
  bool ok;
  (void)s;
  pthread_mutex_lock(&engine_lock);
  engine_settle();
  ok = set_voice(name);
  pthread_mutex_unlock(&engine_lock);
  return ok;
}

void ks_timeline_init(struct ks_timeline *t) { memset(t, 0, sizeof *t); }

void ks_timeline_free(struct ks_timeline *t) {
  if (!t)
    return;
  free(t->utts);
  free(t->words);
  ks_timeline_init(t);
}

// Silence goes to the sink in modest chunks, never as one large buffer.
static enum ks_status silence(struct run *r, unsigned ms) {
  static const int16_t zeros[2048];
  size_t n = (size_t)r->rate * ms / 1000;
  while (n > 0) {
    size_t k = n < 2048 ? n : 2048;
    enum ks_status st = r->sink->write(r->sink->ctx, zeros, k, r->err);
    if (st != KS_OK)
      return st;
    r->pos += k;
    n -= k;
  }
  return KS_OK;
}

static enum ks_status prosody(const struct ks_voice *v, enum ks_role role,
                              struct ks_error *err) {
  const struct ks_prosody *p = role == KS_ROLE_HEADLINE  ? &v->headline
                               : role == KS_ROLE_HEADING ? &v->heading
                                                         : &v->body;
  espeak_ng_STATUS st = espeak_ng_SetParameter(espeakRATE, p->rate, 0);
  if (st == ENS_OK)
    st = espeak_ng_SetParameter(espeakPITCH, p->pitch, 0);
  if (st != ENS_OK)
    return espeak_failure(st, "cannot set rate and pitch", err);
  return KS_OK;
}

/* An opening quotation mark at t[i] ("\xE2\x80\x9C" or a straight one after
 * a space or bracket); returns its length or 0. */
static size_t quote_open(const char *t, size_t n, size_t i) {
  if (i + 3 <= n && !memcmp(t + i, "\xE2\x80\x9C", 3))
    return 3;
  if (t[i] == '"' &&
      (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '['))
    return 1;
  return 0;
}

static size_t quote_close(const char *t, size_t n, size_t i) {
  if (i + 3 <= n && !memcmp(t + i, "\xE2\x80\x9D", 3))
    return 3;
  return t[i] == '"' ? 1 : 0;
}

/* A quotation in the site's country's language from t[i] (after its
 * opening mark) to its closing mark: where it ends, or 0 when it is
 * English or another language, or no quotation closes
 * (ks_region_quotation). Said in the region's voice, as its names are
 * ("“Matumbawe yamekuwa meupe kama unga wa muhogo,”" on a Tanzanian
 * site); not one with a respelling in it, whose phonemes are the English
 * voice's. */
static size_t local_quote(const char *t, size_t n, size_t i,
                          const char *region) {
  size_t e;
  for (e = i; e < n && !quote_close(t, n, e); e++)
    ;
  if (e >= n || e - i > 300)
    return 0;
  for (size_t k = i; k + 1 < e; k++)
    if (t[k] == '[' && t[k + 1] == '[')
      return 0;
  return ks_region_quotation(region, t + i, e - i) ? e : 0;
}

/* The SSML being written for one utterance, with anchors from it back to
 * the utterance's speech. */
struct ssml {
  struct ks_buf b;
  struct ks_align map;
};

// Markup of our own: anchored so that it maps to where the text resumes.
static void tag(struct ssml *x, size_t at, const char *markup) {
  ks_align_add(&x->map, x->b.len, at);
  ks_buf_puts(&x->b, markup);
  ks_align_add(&x->map, x->b.len, at);
}

// Text of the utterance, escaped; an escape is anchored as a whole.
static void text(struct ssml *x, const char *t, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    if (t[i] == '&' || t[i] == '<' || t[i] == '>') {
      ks_align_add(&x->map, x->b.len, i);
      ks_xml_put(&x->b, t + i, 1, false);
      ks_align_add(&x->map, x->b.len, i + 1);
    } else {
      ks_buf_putc(&x->b, t[i]);
    }
  }
}

/* The name an SSML <voice> takes for a voice named by its language:
 * espeak-ng's SSML finds a voice by its file's name ("fr", "en", "en-US",
 * "es-419"), not by every language the file lists, so "fr-fr" and "en-gb"
 * (the files roa/fr and gmw/en) would stay in the voice before them
 * (espeak-ng 1.51, Debian 12: `espeak-ng --voices`, language against
 * file). */
static const char *ssml_voice(const char *name) {
  static const struct {
    const char *lang, *file;
  } files[] = {{"en-gb", "en"}, {"fr-fr", "fr"}};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    if (!strcmp(name, files[i].lang))
      return files[i].file;
  return name;
}

/* The utterance as SSML. Words inside quotation marks are raised in pitch so
 * a listener hears where a quotation starts and ends; *quoted carries an open
 * quotation over to the next sentence of the paragraph. Words in a writing
 * system the voice does not read (Cyrillic in English) are handed to their
 * own language's voice, and so are names in Latin script with a letter of
 * their own language ("Kołodziej", "Phương"; ks_foreign_name). SSML rather than separate calls keeps the sentence's
 * intonation whole. `lang` is the voice's language; `wrap`, when not NULL,
 * is another language's voice for the whole utterance. */
static void to_ssml(const char *t, size_t n, const char *lang, const char *wrap,
                    const char *region, int rel_pitch, bool *quoted,
                    struct ssml *x) {
  char open[48], voice[96]; /* a voice's name is under 64 bytes */
  unsigned reopened = 0; /* the sentence's voice opened after another's */
  snprintf(open, sizeof open, "<prosody pitch=\"%+d%%\">", rel_pitch);
  ks_buf_clear(&x->b);
  x->map.n = 0;
  tag(x, 0, "<speak>");
  if (wrap) {
    snprintf(voice, sizeof voice, "<voice name=\"%s\">", ssml_voice(wrap));
    tag(x, 0, voice);
  }
  if (*quoted)
    tag(x, 0, open);
  for (size_t i = 0; i < n;) {
    size_t k;
    const char *other;
    bool word = i == 0 || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '"';
    /* a quotation in the site's country's language, in its voice */
    size_t qe;
    if (!wrap && region && !*quoted && (k = quote_open(t, n, i)) > 0 &&
        (qe = local_quote(t, n, i + k, region)) > 0) {
      if (rel_pitch) {
        tag(x, i, open);
        *quoted = true;
      }
      text(x, t, i, i + k);
      snprintf(voice, sizeof voice, "<voice name=\"%s\">", ssml_voice(region));
      tag(x, i + k, voice);
      text(x, t, i + k, qe);
      tag(x, qe, "</voice>");
      snprintf(voice, sizeof voice, "<voice name=\"%s\">", ssml_voice(lang));
      tag(x, qe, voice);
      reopened++;
      i = qe;
      continue;
    }
    if (!*quoted && rel_pitch && (k = quote_open(t, n, i)) > 0) {
      tag(x, i, open);
      text(x, t, i, i + k);
      *quoted = true;
      i += k;
      continue;
    }
    if (*quoted && (k = quote_close(t, n, i)) > 0) {
      text(x, t, i, i + k);
      tag(x, i + k, "</prosody>");
      *quoted = false;
      i += k;
      continue;
    }
    if ((((unsigned char)t[i] >= 0x80 &&
          (other = ks_foreign_run(t + i, n - i, wrap ? wrap : lang, &k)) !=
              NULL) ||
         /* a name with a letter of its own language: "Kołodziej" */
         (!wrap && word &&
          (other = ks_foreign_name(t + i, n - i, lang, &k)) != NULL) ||
         /* a name of the site's own country that is no English word:
          * "Irawati Simanjuntak" on an Indonesian site (region.c) */
         (!wrap && region && word &&
          (k = ks_region_name(region, t, i, n)) > 0 && (other = region))) &&
        k > 0) {
      /* (a region's voice up to its "/", "sw/romaji": region.h) */
      snprintf(voice, sizeof voice, "<voice name=\"%.*s\">",
               (int)strcspn(ssml_voice(other), "/"), ssml_voice(other));
      tag(x, i, voice);
      text(x, t, i, i + k);
      tag(x, i + k, "</voice>");
      /* espeak-ng 1.51 keeps the other voice after "</voice>" to the
       * utterance's end: the sentence's own voice is opened again (and
       * closed at the end) */
      snprintf(voice, sizeof voice, "<voice name=\"%s\">",
               ssml_voice(wrap ? wrap : lang));
      tag(x, i + k, voice);
      reopened++;
      i += k;
      continue;
    }
    text(x, t, i, i + 1);
    i++;
  }
  /* a line break before a closing tag: without it espeak-ng 1.51 reads a
   * final "]]" (phonemes) as "slash speak" and a final "." after ")" as
   * "dot" */
  if (*quoted)
    tag(x, n, "\n</prosody>");
  for (; reopened > 0; reopened--)
    tag(x, n, "\n</voice>");
  if (wrap)
    tag(x, n, "\n</voice>");
  tag(x, n, "\n</speak>");
}

void ks_synth_markup(const char *t, size_t n, const char *voice,
                     const char *region, struct ks_buf *out) {
  struct ssml x = {KS_BUF_INIT, {NULL, 0, 0}};
  bool off = false;
  to_ssml(t, n, voice, NULL, region, 0, &off, &x);
  ks_buf_put(out, x.b.ptr, x.b.len);
  ks_buf_free(&x.b);
  ks_align_free(&x.map);
}

/* The voice of the names of the script's site's country, for an English
 * voice only; NULL when there is none. */
static const char *region_of(const struct ks_script *script,
                             const char *voice) {
  return script->region[0] && !strncmp(voice, "en", 2) ? script->region : NULL;
}

void ks_synth_script_markup(const struct ks_script *script, const char *voice,
                            struct ks_buf *out) {
  const char *region = region_of(script, voice);
  struct ssml x = {KS_BUF_INIT, {NULL, 0, 0}};
  for (size_t i = 0; i < script->n_utts; i++) {
    const struct ks_utterance *u = &script->utts[i];
    bool off = false;
    to_ssml(script->speech.ptr + u->speech.off, u->speech.len, voice,
            u->lang[0] ? u->lang : NULL, u->lang[0] ? NULL : region, 0, &off,
            &x);
    ks_buf_put(out, x.b.ptr, x.b.len);
    ks_buf_puts(out, "\n\n");
  }
  ks_buf_free(&x.b);
  ks_align_free(&x.map);
}

/* A word's text in the speech: the run of non-space bytes around off. */
static struct ks_span token_at(const char *t, size_t n, size_t off) {
  size_t a = off < n ? off : n, b = a;
  while (a > 0 && t[a - 1] != ' ')
    a--;
  while (b < n && t[b] != ' ')
    b++;
  return (struct ks_span){a, b - a};
}

/* The written span without the punctuation around a word: quotation marks,
 * brackets, and a closing comma, colon or stop (the stop of an abbreviation
 * with stops inside, "U.S.", stays). */
static struct ks_span trim_word(const char *w, struct ks_span s) {
  static const char *const marks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D",
                                      "\xE2\x80\x98", "\xE2\x80\x99",
                                      "\xC2\xAB",     "\xC2\xBB"};
  bool changed = true;
  while (changed && s.len > 0) {
    const char *p = w + s.off;
    unsigned char first = (unsigned char)p[0],
                  last = (unsigned char)p[s.len - 1];
    changed = false;
    if (first && strchr("\"'([", first)) {
      s.off++, s.len--, changed = true;
      continue;
    }
    if (last && strchr("\"')],;:!?", last)) {
      s.len--, changed = true;
      continue;
    }
    if (last == '.' && !memchr(p, '.', s.len - 1) && s.len > 1) {
      s.len--, changed = true;
      continue;
    }
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
      size_t k = strlen(marks[i]);
      if (s.len > k && !memcmp(p, marks[i], k)) {
        s.off += k, s.len -= k, changed = true;
        break;
      }
      if (s.len > k && !memcmp(p + s.len - k, marks[i], k)) {
        s.len -= k, changed = true;
        break;
      }
    }
  }
  return s;
}

/* The utterance's word events, turned from characters of SSML into words of
 * the speech and of the written text, onto the timeline. */
static void keep_words(struct run *r, const struct ssml *x,
                       const struct ks_script *script, size_t ui,
                       struct ks_timeline *tl) {
  const struct ks_utterance *u = &script->utts[ui];
  const char *speech = script->speech.ptr + u->speech.off;
  const char *written = script->written.ptr + u->written.off;
  size_t byte = 0, chr = 0, first = tl->n_words;
  for (size_t i = 0; i < r->n_events; i++) {
    struct ks_span tok, w;
    struct ks_word *word;
    size_t off;
    if (r->events[i].pos < chr)
      byte = chr = 0; /* out of order: count again from the start */
    while (byte < x->b.len && chr < r->events[i].pos) {
      byte++;
      while (byte < x->b.len && ((unsigned char)x->b.ptr[byte] & 0xC0) == 0x80)
        byte++;
      chr++;
    }
    off = ks_align_map(x->map.a, x->map.n, byte, false);
    if (off >= u->speech.len)
      continue; /* past the text: markup */
    tok = token_at(speech, u->speech.len, off);
    if (tok.len == 0 ||
        (tl->n_words > first &&
         tl->words[tl->n_words - 1].speech.off == u->speech.off + tok.off))
      continue; /* espeak-ng gives a quoted word two events */
    w.off = ks_script_to_written(script, u, tok.off, false);
    w.len = ks_script_to_written(script, u, tok.off + tok.len, true);
    w.len = w.len > w.off ? w.len - w.off : 0;
    w = trim_word(written, w);
    ks_grow(&tl->words, &tl->cap_words, tl->n_words + 1, sizeof *tl->words);
    word = &tl->words[tl->n_words++];
    word->utt = ui;
    word->at = r->events[i].at;
    word->speech.off = u->speech.off + tok.off;
    word->speech.len = tok.len;
    word->written.off = u->written.off + w.off;
    word->written.len = w.len;
  }
}

// Relative pitch of quotations, in per cent of the body's.
static int quote_pitch(const struct ks_voice *v) {
  return v->body.pitch > 0
             ? (v->quote.pitch - v->body.pitch) * 100 / v->body.pitch
             : 0;
}

/* Speak utterances from to to-1, from the start of a paragraph. */
static enum ks_status speak(struct run *r, const struct ks_voice *v,
                            const struct ks_script *script, size_t from,
                            size_t to, struct ks_timeline *tl,
                            struct ks_error *err) {
  enum ks_status result = KS_OK;
  enum ks_role last = (enum ks_role) - 1;
  int rel = quote_pitch(v);
  bool quoted = false;
  const char *region = region_of(script, v->espeak);
  struct ssml x = {KS_BUF_INIT, {NULL, 0, 0}};

  if (!set_voice(v->espeak))
    return ks_error_set(err, KS_ERR_SYNTH, "espeak-ng has no voice '%s'",
                        v->espeak);
  for (size_t i = from; i < to && result == KS_OK; i++) {
    const struct ks_utterance *u = &script->utts[i];
    const char *t = script->speech.ptr + u->speech.off;
    espeak_ng_STATUS st;
    if (u->role != last) {
      result = prosody(v, u->role, err);
      if (result != KS_OK)
        break;
      last = u->role;
    }
    r->utt_start = r->pos;
    r->word = r->sound = UINT64_MAX;
    r->n_events = 0;
    if (u->lang[0]) { /* a paragraph in another language: its own voice */
      bool off = false;
      to_ssml(t, u->speech.len, v->espeak, u->lang, NULL, 0, &off, &x);
    } else if (u->role == KS_ROLE_BODY) {
      to_ssml(t, u->speech.len, v->espeak, NULL, region, rel, &quoted, &x);
    } else {
      bool off = false;
      to_ssml(t, u->speech.len, v->espeak, NULL, region, 0, &off, &x);
    }
    if (u->para_end)
      quoted = false; /* an unclosed quotation ends with its paragraph */
    st = espeak_ng_Synthesize(x.b.ptr, x.b.len + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8 | espeakSSML | espeakPHONEMES,
                              NULL, r);
    if (r->failed) {
      result = r->failed;
      break;
    }
    if (st != ENS_OK) {
      result = espeak_failure(st, "synthesis failed", err);
      break;
    }
    if (tl) {
      tl->utts[i].start = r->utt_start;
      tl->utts[i].end = r->pos;
      tl->utts[i].sound = r->sound < r->pos ? r->sound : r->utt_start;
      keep_words(r, &x, script, i, tl);
    }
    result = silence(r, u->pause_ms);
  }
  ks_buf_free(&x.b);
  ks_align_free(&x.map);
  return result;
}

/* ------------------------------------------------------ worker processes */

/* espeak-ng's output depends on what it has said before in the process (its
 * pitch flutter runs on), so the script is cut into pieces at paragraph ends
 * and each piece is spoken by a process forked from the engine as it was
 * started: the samples are the same however many speak at once. */
/* A piece ends at the first paragraph end past this many bytes of speech,
 * about 35 s: smaller pieces cost more in forks than they win in balance
 * (measured on the news fixture: 150 bytes 0.18 s, 600 0.13 s). */
#define PIECE_BYTES 600
#define READ_SAMPLES 16384 /* handed to the sink at a time */

struct pieces {
  const struct ks_voice *v;
  const struct ks_script *script;
  struct ks_sink *sink;
  struct ks_timeline *tl; /* or NULL */
  int rate;
  size_t *first; /* piece k is utterances first[k] to first[k + 1] - 1 */
  size_t n;
  uint64_t pos;  /* samples handed to the sink before the current piece */
  uint64_t head; /* samples of the current piece handed on while spoken */
};

/* What a worker writes after its samples: how many, and how many words. */
struct footer {
  uint64_t samples, words;
};

/* A worker's sink: its piece's samples, to its file. */
struct spill {
  int fd;
  size_t n;
  uint64_t written;         /* samples in the file */
  _Atomic uint64_t *ready;  /* told to the parent: bytes final so far */
  int16_t buf[8192];
};

static bool spill_flush(struct spill *f) {
  const char *p = (const char *)f->buf;
  size_t left = f->n * sizeof f->buf[0];
  while (left > 0) {
    ssize_t k = write(f->fd, p, left);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return false;
    p += k;
    left -= (size_t)k;
  }
  f->written += f->n;
  f->n = 0;
  if (f->ready)
    atomic_store_explicit(f->ready, f->written * sizeof f->buf[0],
                          memory_order_release);
  return true;
}

static enum ks_status to_spill(void *ctx, const int16_t *samples, size_t n,
                               struct ks_error *err) {
  struct spill *f = ctx;
  while (n > 0) {
    size_t k = sizeof f->buf / sizeof f->buf[0] - f->n;
    if (k > n)
      k = n;
    memcpy(f->buf + f->n, samples, k * sizeof *samples);
    f->n += k, samples += k, n -= k;
    if (f->n == sizeof f->buf / sizeof f->buf[0] && !spill_flush(f))
      return ks_error_set(err, KS_ERR_SYNTH, "cannot keep speech: %s",
                          strerror(errno));
  }
  return KS_OK;
}

/* What follows the samples (timings, words, the footer): written after
 * them, never told as ready. */
static bool put(struct spill *f, const void *p, size_t n) {
  f->n = 0;
  f->ready = NULL;
  return spill_flush(f) && (n == 0 || write(f->fd, p, n) == (ssize_t)n);
}

/* In a worker: speak piece i into fd, then its timings and words. */
static enum ks_status piece_job(void *ctx, size_t i, int fd,
                                _Atomic uint64_t *ready, struct ks_error *err) {
  struct pieces *pc = ctx;
  size_t from = pc->first[i], to = pc->first[i + 1];
  struct spill *f = ks_xcalloc(1, sizeof *f);
  struct ks_sink sink = {to_spill, f, NULL};
  struct ks_timeline tl;
  struct footer foot;
  struct run r;
  enum ks_status st;
  memset(&r, 0, sizeof r);
  r.rate = pc->rate;
  r.sink = &sink;
  r.err = err;
  ks_timeline_init(&tl);
  tl.utts = ks_xcalloc(pc->script->n_utts, sizeof *tl.utts);
  f->fd = fd;
  f->ready = ready;
  st = speak(&r, pc->v, pc->script, from, to, &tl, err);
  foot.samples = r.pos;
  foot.words = tl.n_words;
  if (st == KS_OK && !(spill_flush(f) &&
                       put(f, tl.utts + from, (to - from) * sizeof *tl.utts) &&
                       put(f, tl.words, tl.n_words * sizeof *tl.words) &&
                       put(f, &foot, sizeof foot)))
    st = ks_error_set(err, KS_ERR_SYNTH, "cannot keep speech: %s",
                      strerror(errno));
  free(r.events);
  ks_timeline_free(&tl);
  free(f);
  return st;
}

/* In the spawner, before the first worker is forked: the voice, once (and
 * espeak-ng's list of voices, when the lister could not make it), which
 * each worker inherits instead of loading them again. Loading a voice
 * speaks nothing, so the workers still start from the engine as started. */
static void piece_setup(void *ctx) {
  const struct pieces *pc = ctx;
  (void)set_voice(pc->v->espeak);
}

static bool read_at(int fd, void *p, size_t n, uint64_t off) {
  char *c = p;
  while (n > 0) {
    ssize_t k = pread(fd, c, n, (off_t)off);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return false;
    c += k, off += (uint64_t)k, n -= (size_t)k;
  }
  return true;
}

/* Samples from..to of the piece in fd to the sink. */
static enum ks_status hand_on(struct pieces *pc, int fd, uint64_t from,
                              uint64_t to, struct ks_forks *forks,
                              struct ks_error *err) {
  int16_t *buf = ks_xmalloc(READ_SAMPLES * sizeof *buf);
  enum ks_status st = KS_OK;
  while (st == KS_OK && from < to) {
    size_t n = to - from < READ_SAMPLES ? (size_t)(to - from) : READ_SAMPLES;
    if (!read_at(fd, buf, n * sizeof *buf, from * sizeof *buf))
      st = ks_error_set(err, KS_ERR_SYNTH, "cannot read a worker's speech");
    else
      st = pc->sink->write(pc->sink->ctx, buf, n, err);
    from += n;
    if (forks)
      ks_forks_tend(forks);
  }
  free(buf);
  return st;
}

/* In this process, while piece i is spoken: what of it is ready. */
static enum ks_status piece_partial(void *ctx, size_t i, int fd,
                                    uint64_t ready, struct ks_error *err) {
  struct pieces *pc = ctx;
  uint64_t to = ready / sizeof(int16_t);
  enum ks_status st = KS_OK;
  (void)i;
  if (to > pc->head) {
    st = hand_on(pc, fd, pc->head, to, NULL, err);
    pc->head = to;
  }
  return st;
}

/* In this process, in order: piece i's samples to the sink (those not
 * handed on while it was spoken), its timings and words onto the timeline,
 * moved to where the piece begins. */
static enum ks_status piece_result(void *ctx, struct ks_forks *forks, size_t i,
                                   int fd, struct ks_error *err) {
  struct pieces *pc = ctx;
  size_t from = pc->first[i], to = pc->first[i + 1];
  struct ks_timeline *tl = pc->tl;
  struct footer foot;
  struct stat sb;
  uint64_t off, utt_bytes = (to - from) * sizeof *tl->utts;
  enum ks_status st = KS_OK;
  if (fstat(fd, &sb) != 0 || (uint64_t)sb.st_size < sizeof foot ||
      !read_at(fd, &foot, sizeof foot, (uint64_t)sb.st_size - sizeof foot) ||
      foot.samples * 2 + utt_bytes + foot.words * sizeof *tl->words +
              sizeof foot !=
          (uint64_t)sb.st_size)
    return ks_error_set(err, KS_ERR_SYNTH, "a worker's speech is not whole");
  if (pc->head > foot.samples)
    return ks_error_set(err, KS_ERR_SYNTH, "a worker's speech is not whole");
  st = hand_on(pc, fd, pc->head, foot.samples, forks, err);
  pc->head = 0;
  off = foot.samples * 2;
  if (st == KS_OK && tl) {
    size_t w = tl->n_words;
    ks_grow(&tl->words, &tl->cap_words, w + foot.words + 1, sizeof *tl->words);
    if (!read_at(fd, tl->utts + from, utt_bytes, off) ||
        !read_at(fd, tl->words + w, foot.words * sizeof *tl->words,
                 off + utt_bytes))
      return ks_error_set(err, KS_ERR_SYNTH, "cannot read a worker's words");
    for (size_t u = from; u < to; u++) {
      tl->utts[u].start += pc->pos;
      tl->utts[u].sound += pc->pos;
      tl->utts[u].end += pc->pos;
    }
    for (size_t k = w; k < w + foot.words; k++)
      tl->words[k].at += pc->pos;
    tl->n_words = w + foot.words;
    tl->n_utts = to;
  }
  pc->pos += foot.samples;
  return st;
}

/* Where the pieces start: at a paragraph's first utterance, once a piece
 * holds PIECE_BYTES of speech. */
static void plan(struct pieces *pc) {
  const struct ks_script *s = pc->script;
  size_t bytes = 0;
  pc->first = ks_xcalloc(s->n_utts + 2, sizeof *pc->first);
  pc->n = 0;
  for (size_t i = 0; i < s->n_utts; i++) {
    bytes += s->utts[i].speech.len;
    if (i + 1 == s->n_utts || (s->utts[i].para_end && bytes >= PIECE_BYTES)) {
      pc->first[++pc->n] = i + 1;
      bytes = 0;
    }
  }
}

struct ks_synth_job {
  struct pieces pc;
  struct ks_forks *forks; /* NULL: spoken here */
};

/* The one piece, spoken in this process straight to the sink. */
static enum ks_status speak_here(struct pieces *pc, struct ks_error *err) {
  struct ks_timeline mine, *tl = pc->tl ? pc->tl : &mine;
  struct run r;
  enum ks_status st;
  memset(&r, 0, sizeof r);
  r.rate = pc->rate;
  r.sink = pc->sink;
  r.err = err;
  r.stop = pc->sink->stop;
  if (!pc->tl) { /* the words are kept only when asked for */
    ks_timeline_init(&mine);
    mine.utts = ks_xcalloc(pc->script->n_utts ? pc->script->n_utts : 1,
                           sizeof *mine.utts);
  }
  pthread_mutex_lock(&engine_lock);
  engine_settle();
  engine_spent = true;
  st = speak(&r, pc->v, pc->script, 0, pc->script->n_utts, tl, err);
  pthread_mutex_unlock(&engine_lock);
  tl->n_utts = pc->script->n_utts;
  free(r.events);
  if (!pc->tl)
    ks_timeline_free(&mine);
  return st;
}

enum ks_status ks_synth_prepare(struct ks_synth *s, const struct ks_voice *v,
                                const struct ks_script *script,
                                struct ks_synth_job **out,
                                struct ks_error *err) {
  struct ks_synth_job *j = ks_xcalloc(1, sizeof *j);
  enum ks_status st;
  j->pc.v = v;
  j->pc.script = script;
  j->pc.rate = s->rate;
  plan(&j->pc);
  /* locked: no other thread is inside espeak-ng when the spawner is forked */
  pthread_mutex_lock(&engine_lock);
  engine_settle();
  if (s->final && j->pc.n == 1 && !engine_spent)
    st = KS_OK; /* spoken here, by the engine as it started: the same
                 * samples as a child's, without two processes */
  else
    st = ks_forks_open(j->pc.n, s->jobs, piece_setup, piece_job, &j->pc,
                       KS_ERR_SYNTH,
                       &j->forks, err);
  pthread_mutex_unlock(&engine_lock);
  if (st != KS_OK) {
    ks_synth_job_free(j);
    j = NULL;
  }
  *out = j;
  return st;
}

enum ks_status ks_synth_speak(struct ks_synth_job *j, struct ks_sink *sink,
                              struct ks_timeline *tl, struct ks_error *err) {
  const struct ks_script *script = j->pc.script;
  j->pc.sink = sink;
  j->pc.tl = tl;
  j->pc.pos = 0;
  if (tl) {
    free(tl->utts);
    tl->utts =
        ks_xcalloc(script->n_utts ? script->n_utts : 1, sizeof *tl->utts);
    tl->n_utts = 0;
    tl->n_words = 0;
    tl->rate = j->pc.rate;
  }
  j->pc.head = 0;
  if (!j->forks)
    return speak_here(&j->pc, err);
  return ks_forks_run(j->forks, piece_partial, piece_result, &j->pc,
                      sink->stop, err);
}

void ks_synth_job_free(struct ks_synth_job *j) {
  if (!j)
    return;
  ks_forks_close(j->forks);
  free(j->pc.first);
  free(j);
}

enum ks_status ks_synth_run(struct ks_synth *s, const struct ks_voice *v,
                            const struct ks_script *script,
                            struct ks_sink *sink, struct ks_timeline *tl,
                            struct ks_error *err) {
  struct ks_synth_job *j = NULL;
  enum ks_status st = ks_synth_prepare(s, v, script, &j, err);
  if (st == KS_OK)
    st = ks_synth_speak(j, sink, tl, err);
  ks_synth_job_free(j);
  return st;
}
