/* kispeak.h - turn a news article into a spoken audio episode: the public API.
 * SPDX-License-Identifier: MIT
 *
 * The pipeline, one section per stage, in the order main.c calls them:
 *   fetch -> extract -> segment -> script (normalise) -> synth -> encode
 * Data flows as plain structs; stateful handles (synthesiser, encoder) are
 * opaque. No function here prints or exits.
 */
#ifndef KISPEAK_H
#define KISPEAK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KS_VERSION "0.1.0"

#if defined(__GNUC__)
#define KS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define KS_NODISCARD __attribute__((warn_unused_result))
#else
#define KS_PRINTF(f, a)
#define KS_NODISCARD
#endif

/* Limits. Every size kispeak accepts is bounded; these are the bounds. */
#define KS_MAX_PAGE (16u * 1024u * 1024u) /* bytes fetched or read, decoded */
#define KS_MAX_REDIRECTS 10
#define KS_MAX_BLOCKS 100000  /* paragraphs and headings kept */
#define KS_MAX_SENTENCE 4000  /* bytes; longer runs are split at spaces */
#define KS_MAX_LEXICON 100000 /* entries in one lexicon */
#define KS_MAX_SECONDS                                                         \
  (12 * 3600) /* of audio in one episode: a 44.1 kHz                           \
                16-bit WAV stays under 4 GiB */

/* ---------------------------------------------------------------- errors */

enum ks_status {
  KS_OK = 0,
  KS_ERR_USAGE,
  KS_ERR_IO,
  KS_ERR_FETCH,
  KS_ERR_HTML,
  KS_ERR_NO_TEXT,
  KS_ERR_VOICE,
  KS_ERR_SYNTH,
  KS_ERR_ENCODE,
  KS_ERR_INTERRUPTED
};

#define KS_ERROR_SIZE 256
struct ks_error {
  enum ks_status code;
  char msg[KS_ERROR_SIZE];
};

/** Fixed English phrase for a status code; never NULL. */
const char *ks_strerror(enum ks_status code);

/** Record a failure in err (which may be NULL) and return code. */
enum ks_status ks_error_set(struct ks_error *err, enum ks_status code,
                            const char *fmt, ...) KS_PRINTF(3, 4);

/* ---------------------------------------------------------------- buffers */

/** Growable byte string. ptr is never NULL and always NUL-terminated. */
struct ks_buf {
  char *ptr;
  size_t len, cap;
};
extern char ks_buf__empty[1];
#define KS_BUF_INIT                                                            \
  { ks_buf__empty, 0, 0 }

void ks_buf_init(struct ks_buf *b, size_t hint);
void ks_buf_put(struct ks_buf *b, const void *data, size_t n);
void ks_buf_puts(struct ks_buf *b, const char *s);
void ks_buf_putc(struct ks_buf *b, int c);
void ks_buf_printf(struct ks_buf *b, const char *fmt, ...) KS_PRINTF(2, 3);
void ks_buf_truncate(struct ks_buf *b, size_t len);
void ks_buf_clear(struct ks_buf *b); /* len = 0, keeps the allocation */
/** Hand the string to the caller, who frees it; b is reset to empty. */
char *ks_buf_detach(struct ks_buf *b, size_t *len);
void ks_buf_free(struct ks_buf *b); /* b may be reused afterwards */
/** Append what is left of file descriptor fd to b, stopping once b holds more
 *  than max bytes (so b->len > max says the input was larger). Returns 0, or
 *  the errno of a failed read. fd stays open. */
int ks_buf_read_fd(struct ks_buf *b, int fd, size_t max);

/** Byte range into a ks_buf. Long-lived structs store spans, not pointers. */
struct ks_span {
  size_t off, len;
};

/* ---------------------------------------------------------------- 1. fetch */

struct ks_fetch_opts {
  long timeout_s;         /* whole transfer, seconds; 0 = no limit */
  size_t max_bytes;       /* 0 = KS_MAX_PAGE */
  bool allow_any_type;    /* accept a non-HTML Content-Type (--from given) */
  const char *user_agent; /* NULL = "kispeak/VERSION" */
};

struct ks_page {
  struct ks_buf body;     /* decoded bytes, as served */
  char content_type[128]; /* media type, lower case, no parameters */
  char charset[64];       /* from Content-Type, or "" */
  char url[2048];         /* after redirects */
};

void ks_page_init(struct ks_page *p);
void ks_page_free(struct ks_page *p);

/** GET an http(s) URL into page. Fails with KS_ERR_FETCH (HTTP status >= 400,
 *  network error, non-HTML type, size cap, other scheme). The caller frees
 *  page with ks_page_free() either way. */
KS_NODISCARD enum ks_status ks_fetch(const char *url,
                                     const struct ks_fetch_opts *opts,
                                     struct ks_page *page,
                                     struct ks_error *err);

/* ---------------------------------------------------------------- 2. extract
 */

enum ks_block_kind {
  KS_BLOCK_PARAGRAPH,
  KS_BLOCK_HEADING, /* a section title inside the article */
  KS_BLOCK_QUOTE,   /* a block quotation */
  KS_BLOCK_ITEM     /* a list item */
};

struct ks_block {
  enum ks_block_kind kind;
  struct ks_span text; /* in doc->text: UTF-8, white space folded, trimmed */
  char lang[16];       /* BCP 47 when it differs from doc->language, or "" */
};

struct ks_sentence {
  struct ks_span text; /* in doc->text, inside its block */
  size_t block;        /* index into doc->blocks */
};

/** The article: metadata, body blocks, and (after ks_segment) sentences. */
struct ks_doc {
  struct ks_buf title;     /* the headline */
  struct ks_buf published; /* ISO 8601, as precise as the page gives, or "" */
  struct ks_buf site;
  struct ks_buf language; /* BCP 47, e.g. "en", or "" */
  struct ks_buf url;      /* canonical URL, else the source URL, or "" */
  char **authors;         /* names, each owned */
  size_t n_authors, cap_authors;

  struct ks_buf text; /* every block's text; blocks point into it */
  struct ks_block *blocks;
  size_t n_blocks, cap_blocks;

  struct ks_sentence *sents;
  size_t n_sents, cap_sents;
};

void ks_doc_init(struct ks_doc *doc);
void ks_doc_free(struct ks_doc *doc); /* releases everything; NULL is a no-op */

/** Append a block: text is copied, white space folded and trimmed, control
 *  characters dropped, and each invalid UTF-8 sequence replaced by U+FFFD.
 *  An empty block is not added. Returns false past KS_MAX_BLOCKS. */
bool ks_doc_add_block(struct ks_doc *doc, enum ks_block_kind kind,
                      const char *text, size_t len);
/** Set b to n bytes of s as ks_doc_add_block cleans a block's text: white
 *  space folded and trimmed, control characters dropped, ill-formed UTF-8
 *  replaced by U+FFFD. For the title, site and other metadata. */
void ks_doc_set_text(struct ks_buf *b, const char *s, size_t n);
void ks_doc_add_author(struct ks_doc *doc, const char *name, size_t len);
void ks_doc_add_sentence(struct ks_doc *doc, size_t block, size_t off,
                         size_t len);

/** Parse HTML and keep the article. encoding is the charset from the HTTP
 *  header or NULL (then the page's meta charset, else UTF-8 or Windows-1252
 *  guessed). url is the page's address, or NULL. Fails with KS_ERR_HTML or
 *  KS_ERR_NO_TEXT ("no article text found"). */
KS_NODISCARD enum ks_status ks_extract(const char *html, size_t len,
                                       const char *encoding, const char *url,
                                       struct ks_doc *doc,
                                       struct ks_error *err);

/** Plain text: paragraphs separated by blank lines, single line breaks are
 *  spaces. No metadata. Fails with KS_ERR_NO_TEXT when there is no text. */
KS_NODISCARD enum ks_status ks_doc_from_text(const char *text, size_t len,
                                             struct ks_doc *doc,
                                             struct ks_error *err);

/* ---------------------------------------------------------------- language */

/** Language data: abbreviation and word tables (lang_en.c). Opaque. */
struct ks_lang;
/** The tables for a BCP 47 tag ("en", "en-GB"); English when unknown. */
const struct ks_lang *ks_lang_get(const char *tag);

/* ---------------------------------------------------------------- 3. segment
 */

/** Split every block of doc into sentences (doc->sents). Pure; cannot fail. */
void ks_segment(struct ks_doc *doc, const struct ks_lang *lang);

/* ---------------------------------------------------------------- 4. normalise
 */

/** Rewrite one sentence as a newsreader would say it ("Dec. 3-4" ->
 *  "December third to fourth"), appending to out. Pure; cannot fail. */
void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out);

/** Speak a date "2024-12-03T06:17..." as "December 3, 2024", appending to out.
 *  Returns false (out untouched) when iso holds no date. */
bool ks_normalize_date(const char *iso, const struct ks_lang *lang,
                       struct ks_buf *out);

/* ---------------------------------------------------------------- voices */

/** How one role is spoken: rate in words per minute, pitch 0..100. */
struct ks_prosody {
  int rate, pitch;
};

/** A voice profile (voices/<lang>.voice), read at run time. */
struct ks_voice {
  char name[64];   /* profile name, e.g. "en" */
  char espeak[64]; /* espeak-ng voice name, e.g. "en-us" */
  struct ks_prosody body, headline, heading, quote;
  int pause_sentence_ms, pause_paragraph_ms, pause_heading_ms, pause_intro_ms;
  char lexicon[256]; /* file name beside the profile, or "" */
};

/** Set every role's rate to wpm, keeping each role's pace relative to the
 *  body's. */
void ks_voice_set_rate(struct ks_voice *v, int wpm);

/** Load dir/<name>.voice into v, after filling in defaults. A name with a
 *  region ("en-GB") falls back to its language ("en"). */
KS_NODISCARD enum ks_status ks_voice_load(const char *dir, const char *name,
                                          struct ks_voice *v,
                                          struct ks_error *err);

/* ---------------------------------------------------------------- lexicon */

#define KS_MAX_LEXICON_KEY 200   /* bytes in a key */
#define KS_MAX_LEXICON_VALUE 200 /* bytes in a value, brackets included */

/** Pronunciations: a word or phrase, and how to say it, either a respelling
 *  in plain words or espeak-ng phonemes in double brackets. Opaque. */
struct ks_lexicon;

/** An empty lexicon; OOM aborts. Free with ks_lexicon_free(). */
struct ks_lexicon *ks_lexicon_new(void);
/** Release lex; NULL is a no-op. */
void ks_lexicon_free(struct ks_lexicon *lex);

/** Add the entries of a lexicon file (format: docs/lexicon.md). A key that
 *  is already present takes the new value, so the file loaded last wins.
 *  Fails with KS_ERR_IO (cannot read path) or KS_ERR_VOICE ("path:line:
 *  what is wrong"); then lex is as it was before the call. */
KS_NODISCARD enum ks_status
ks_lexicon_load(struct ks_lexicon *lex, const char *path, struct ks_error *err);

/** As ks_lexicon_load, from len bytes of text in memory; name stands for
 *  the file in messages. */
KS_NODISCARD enum ks_status ks_lexicon_parse(struct ks_lexicon *lex,
                                             const char *text, size_t len,
                                             const char *name,
                                             struct ks_error *err);

/** Number of distinct keys in lex (0 for NULL). */
size_t ks_lexicon_count(const struct ks_lexicon *lex);

/** Append text to out with every whole-word occurrence of a key replaced by
 *  its value: the longest key wins, and a key matches as written, with an
 *  initial capital when it starts in lower case, or in capitals ("KYIV").
 *  A possessive "'s" after a phoneme value goes inside its brackets. "[["
 *  and "]]" in text are broken up ("[ [") so that only lexicon values reach
 *  espeak-ng as phonemes: call this on all text spoken with espeakPHONEMES,
 *  with lex NULL when there is no lexicon. Pure; cannot fail. */
void ks_lexicon_apply(const struct ks_lexicon *lex, const char *text,
                      size_t len, struct ks_buf *out);

/* ---------------------------------------------------------------- script */

enum ks_role {
  KS_ROLE_HEADLINE,
  KS_ROLE_BYLINE,
  KS_ROLE_HEADING,
  KS_ROLE_BODY
};

/** One thing said, with the silence after it. */
struct ks_utterance {
  enum ks_role role;
  struct ks_span speech; /* in script->speech */
  size_t sentence;       /* index into doc->sents, or SIZE_MAX (intro) */
  unsigned pause_ms;     /* silence after it */
  bool para_end;         /* last utterance of its paragraph */
  char lang[16];         /* its block's language when not the page's, or "" */
};

/** The episode as spoken: the introduction, then every sentence normalised. */
struct ks_script {
  struct ks_buf speech;
  struct ks_utterance *utts;
  size_t n_utts, cap_utts;
};

void ks_script_init(struct ks_script *s);
void ks_script_free(struct ks_script *s);

/** Build the script of a segmented doc: headline, "By A and B.", the date
 *  spoken, then the body, each normalised and then given the lexicon's
 *  pronunciations (lex may be NULL). Pure; cannot fail. */
void ks_script_build(const struct ks_doc *doc, const struct ks_lang *lang,
                     const struct ks_voice *voice, const struct ks_lexicon *lex,
                     struct ks_script *script);

/* ---------------------------------------------------------------- 5. synth */

/** Where synthesised audio goes: called with each chunk of 16-bit mono PCM.
 *  Return KS_OK to go on; anything else stops synthesis with that status. */
struct ks_sink {
  enum ks_status (*write)(void *ctx, const int16_t *samples, size_t n,
                          struct ks_error *err);
  void *ctx;
};

struct ks_synth;

/** Start espeak-ng with voice v; once per process (espeak-ng keeps global
 *  state). Free with ks_synth_free. */
KS_NODISCARD enum ks_status ks_synth_new(const struct ks_voice *v,
                                         struct ks_synth **out,
                                         struct ks_error *err);
void ks_synth_free(struct ks_synth *s);
int ks_synth_rate(const struct ks_synth *s); /* samples a second */

/** When an utterance is heard, in samples at ks_synth_rate() from the start
 *  of the speech: where its audio starts, its first word's sound (from
 *  espeak-ng's word event), and where its audio ends (before its pause). */
struct ks_timing {
  uint64_t start, sound, end;
};

/** Speak the whole script into sink, with its pauses as silence. timings, if
 *  not NULL, has script->n_utts entries and is filled in. */
KS_NODISCARD enum ks_status ks_synth_run(struct ks_synth *s,
                                         const struct ks_script *script,
                                         struct ks_sink *sink,
                                         struct ks_timing *timings,
                                         struct ks_error *err);

/* ---------------------------------------------------------------- audio */

/** Interleaved float frames in [-1, 1] on their way to the encoder. */
struct ks_frame_sink {
  enum ks_status (*write)(void *ctx, const float *frames, size_t n,
                          struct ks_error *err);
  void *ctx;
};

struct ks_audio_opts {
  int rate;            /* output samples a second */
  int channels;        /* 1 or 2 (two identical channels) */
  bool loudness;       /* bring each segment to target_lufs and limit peaks */
  double target_lufs;  /* integrated loudness, e.g. -16 */
  double ceiling_dbtp; /* true-peak ceiling of the limiter, e.g. -1.5 */
  bool measure;        /* measure the output for ks_audio_stats() */
};

struct ks_audio_stats {
  double lufs;         /* integrated loudness of the output */
  double true_peak_db; /* its true peak, dBTP */
  double gain_db;      /* gain given to the speech */
};

struct ks_audio;

/** Start the two-pass signal path; audio is spooled to a temporary file. */
KS_NODISCARD enum ks_status ks_audio_new(const struct ks_audio_opts *o,
                                         struct ks_audio **out,
                                         struct ks_error *err);
void ks_audio_free(struct ks_audio *a);
/** Begin a segment (a jingle, the speech) of mono PCM at rate; each segment
 *  is brought to the target loudness on its own. */
KS_NODISCARD enum ks_status ks_audio_segment(struct ks_audio *a, int rate,
                                             struct ks_error *err);
/** Pass one: add mono samples to the current segment. */
KS_NODISCARD enum ks_status ks_audio_add(struct ks_audio *a, const int16_t *pcm,
                                         size_t n, struct ks_error *err);
/** Seconds of audio added so far, over all segments. */
double ks_audio_seconds(const struct ks_audio *a);
/** Run pass two alongside pass one, into sink: call before the first
 *  segment. Once a segment's first 30 s have been heard, its gain is guessed
 *  from them and its frames go on to sink as they are made, on pass one's
 *  worker thread. */
KS_NODISCARD enum ks_status ks_audio_stream(struct ks_audio *a,
                                            const struct ks_frame_sink *sink,
                                            struct ks_error *err);
/** End pass one and the stream. *kept is true when every segment landed
 *  within 0.5 LU of the target: sink has had the whole episode. When false,
 *  throw away what sink was given and call ks_audio_finish() with a fresh
 *  one; it finds the gains that were missed by dry runs. */
KS_NODISCARD enum ks_status ks_audio_end_stream(struct ks_audio *a, bool *kept,
                                                struct ks_error *err);
/** Pass two from the spool: gain, resampling, limiting, into sink. */
KS_NODISCARD enum ks_status ks_audio_finish(struct ks_audio *a,
                                            const struct ks_frame_sink *sink,
                                            struct ks_error *err);
/** Lower the limiter's ceiling for the next ks_audio_finish(), which may be
 *  called again (with a new sink) to redo pass two. */
void ks_audio_set_ceiling(struct ks_audio *a, double dbtp);

/** A true-peak meter (libebur128) behind a frame sink. */
struct ks_peak_meter;
KS_NODISCARD enum ks_status ks_peak_meter_new(int rate, int channels,
                                              struct ks_peak_meter **out,
                                              struct ks_error *err);
/** The sink that feeds the meter. */
struct ks_frame_sink ks_peak_meter_sink(struct ks_peak_meter *m);
/** The true peak seen so far, dBTP. */
double ks_peak_meter_db(const struct ks_peak_meter *m);
void ks_peak_meter_free(struct ks_peak_meter *m);

/** Loudness and peak of what ks_audio_finish or the stream produced (with
 *  opts.measure), and the speech's gain. */
const struct ks_audio_stats *ks_audio_stats(const struct ks_audio *a);

/* ---------------------------------------------------------------- 6. encode */

enum ks_format {
  KS_FORMAT_NONE = 0,
  KS_FORMAT_WAV,
  KS_FORMAT_FLAC,
  KS_FORMAT_MP3,
  KS_FORMAT_OGG,
  KS_FORMAT_OPUS
};

/** Format for a name ("flac") or a path's extension ("out.flac"). */
enum ks_format ks_format_from_name(const char *name);
enum ks_format ks_format_from_path(const char *path);
const char *ks_format_list(void); /* "wav, flac, mp3, ogg, opus" */
/** Whether fmt can be written at rate samples a second. */
bool ks_format_rate_ok(enum ks_format fmt, int rate);

struct ks_tags {
  const char *title, *artist, *album, *date, *comment; /* NULL = unset */
};

struct ks_audio_spec {
  int rate, channels;
  int bitrate_kbps; /* mp3, ogg, opus; 0 = the format's default */
};

struct ks_encoder;

/** Open a temporary file beside path and start writing audio there. Nothing
 *  appears at path until ks_encoder_commit(). */
KS_NODISCARD enum ks_status
ks_encoder_open(const char *path, enum ks_format fmt,
                const struct ks_audio_spec *spec, const struct ks_tags *tags,
                struct ks_encoder **out, struct ks_error *err);
/** Write n interleaved frames of spec->channels floats in [-1, 1]. */
KS_NODISCARD enum ks_status ks_encoder_write(struct ks_encoder *e,
                                             const float *frames, size_t n,
                                             struct ks_error *err);
/** Finish the file (it is complete, still under its temporary name) so that
 *  it can be checked with ks_encoder_check() before ks_encoder_commit(). */
KS_NODISCARD enum ks_status ks_encoder_finish(struct ks_encoder *e,
                                              struct ks_error *err);
/** Decode the finished temporary file into sink as float frames: what a
 *  listener's player will get. */
KS_NODISCARD enum ks_status ks_encoder_check(struct ks_encoder *e,
                                             const struct ks_frame_sink *sink,
                                             struct ks_error *err);
/** Finish the file if not yet done and rename it onto path. The encoder is
 *  freed. */
KS_NODISCARD enum ks_status ks_encoder_commit(struct ks_encoder *e,
                                              struct ks_error *err);
/** Drop the temporary file; path is untouched. NULL is a no-op. */
void ks_encoder_abort(struct ks_encoder *e);

/** Read a sound file (an intro jingle) as mono 16-bit PCM, chunk by chunk,
 *  into sink; *rate is set to its sample rate before the first chunk. */
KS_NODISCARD enum ks_status ks_sound_read(const char *path, int *rate,
                                          struct ks_sink *sink,
                                          struct ks_error *err);

/* ---------------------------------------------------------------- captions */

enum ks_caption_format { KS_CAPTIONS_VTT, KS_CAPTIONS_SRT };

/** Caption format from a path's extension (.vtt, .srt); false if neither. */
bool ks_caption_format_from_path(const char *path, enum ks_caption_format *f);

/** One cue per utterance, timed from synthesis (timings at rate samples a
 *  second, shifted by offset_s seconds of audio before the speech). A cue
 *  shows the sentence as written in the article. Appends to out. */
void ks_captions_render(const struct ks_doc *doc,
                        const struct ks_script *script,
                        const struct ks_timing *timings, int rate,
                        double offset_s, enum ks_caption_format f,
                        struct ks_buf *out);
/** Podcasting 2.0 chapters JSON: the introduction at 0, then one chapter per
 *  section heading. Appends to out. */
void ks_chapters_render(const struct ks_doc *doc,
                        const struct ks_script *script,
                        const struct ks_timing *timings, int rate,
                        double offset_s, struct ks_buf *out);
/** The text that was spoken, a line per utterance, a blank line between
 *  paragraphs (what --dump=speech prints). Appends to out. */
void ks_transcript_render(const struct ks_script *script, struct ks_buf *out);

/** Write data to path through a temporary file and a rename. */
KS_NODISCARD enum ks_status ks_save_file(const char *path, const char *data,
                                         size_t len, struct ks_error *err);

#endif
