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
#define KS_MAX_BLOCKS 100000     /* paragraphs and headings kept */
#define KS_MAX_SENTENCE 4000     /* bytes; longer runs are split at spaces */
#define KS_MAX_LEXICON 100000    /* entries in one lexicon */

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
#define KS_BUF_INIT {ks_buf__empty, 0, 0}

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

/** Byte range into a ks_buf. Long-lived structs store spans, not pointers. */
struct ks_span {
  size_t off, len;
};

/* ---------------------------------------------------------------- 1. fetch */

struct ks_fetch_opts {
  long timeout_s;       /* whole transfer, seconds; 0 = no limit */
  size_t max_bytes;     /* 0 = KS_MAX_PAGE */
  bool allow_any_type;  /* accept a non-HTML Content-Type (--from given) */
  const char *user_agent; /* NULL = "kispeak/VERSION" */
};

struct ks_page {
  struct ks_buf body;         /* decoded bytes, as served */
  char content_type[128];     /* media type, lower case, no parameters */
  char charset[64];           /* from Content-Type, or "" */
  char url[2048];             /* after redirects */
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

/* ---------------------------------------------------------------- 2. extract */

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
  struct ks_buf language;  /* BCP 47, e.g. "en", or "" */
  struct ks_buf url;       /* canonical URL, else the source URL, or "" */
  char **authors;          /* names, each owned */
  size_t n_authors, cap_authors;

  struct ks_buf text;      /* every block's text; blocks point into it */
  struct ks_block *blocks;
  size_t n_blocks, cap_blocks;

  struct ks_sentence *sents;
  size_t n_sents, cap_sents;
};

void ks_doc_init(struct ks_doc *doc);
void ks_doc_free(struct ks_doc *doc); /* releases everything; NULL is a no-op */

/** Append a block: text is copied, white space folded and trimmed. An empty
 *  block is not added. Returns false past KS_MAX_BLOCKS. */
bool ks_doc_add_block(struct ks_doc *doc, enum ks_block_kind kind,
                      const char *text, size_t len);
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

/* ---------------------------------------------------------------- 3. segment */

/** Split every block of doc into sentences (doc->sents). Pure; cannot fail. */
void ks_segment(struct ks_doc *doc, const struct ks_lang *lang);

/* ---------------------------------------------------------------- 4. normalise */

/** Rewrite one sentence as a newsreader would say it ("Dec. 3-4" ->
 *  "December third to fourth"), appending to out. Pure; cannot fail. */
void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out);

/** Speak a date "2024-12-03T06:17..." as "December 3, 2024", appending to out.
 *  Returns false (out untouched) when iso holds no date. */
bool ks_normalize_date(const char *iso, const struct ks_lang *lang,
                       struct ks_buf *out);

/* ---------------------------------------------------------------- voices */

/** A voice profile (voices/<lang>.voice), read at run time. */
struct ks_voice {
  char name[64];        /* profile name, e.g. "en" */
  char espeak[64];      /* espeak-ng voice name, e.g. "en-us" */
  int rate;             /* words per minute, 80..450 */
  int pitch;            /* 0..100 */
  int headline_rate, headline_pitch;
  int pause_sentence_ms, pause_paragraph_ms, pause_intro_ms;
  char lexicon[256];    /* file name beside the profile, or "" */
};

/** Load dir/<name>.voice into v, after filling in defaults. A name with a
 *  region ("en-GB") falls back to its language ("en"). */
KS_NODISCARD enum ks_status ks_voice_load(const char *dir, const char *name,
                                          struct ks_voice *v,
                                          struct ks_error *err);

/* ---------------------------------------------------------------- script */

enum ks_role { KS_ROLE_HEADLINE, KS_ROLE_BYLINE, KS_ROLE_HEADING, KS_ROLE_BODY };

/** One thing said, with the silence after it. */
struct ks_utterance {
  enum ks_role role;
  struct ks_span speech; /* in script->speech */
  size_t sentence;       /* index into doc->sents, or SIZE_MAX (intro) */
  unsigned pause_ms;     /* silence after it */
  bool para_end;         /* last utterance of its paragraph */
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
 *  spoken, then the body. Pure; cannot fail. */
void ks_script_build(const struct ks_doc *doc, const struct ks_lang *lang,
                     const struct ks_voice *voice, struct ks_script *script);

/* ---------------------------------------------------------------- 5. synth */

/** Where synthesised audio goes: called with each chunk of 16-bit mono PCM.
 *  Return KS_OK to go on; anything else stops synthesis with that status. */
struct ks_sink {
  enum ks_status (*write)(void *ctx, const int16_t *samples, size_t n,
                          struct ks_error *err);
  void *ctx;
};

struct ks_synth;

/** Start espeak-ng (one per process) with voice v. Free with ks_synth_free. */
KS_NODISCARD enum ks_status ks_synth_new(const struct ks_voice *v,
                                         struct ks_synth **out,
                                         struct ks_error *err);
void ks_synth_free(struct ks_synth *s);
int ks_synth_rate(const struct ks_synth *s); /* samples a second */

/** Speak the whole script into sink, with its pauses as silence. */
KS_NODISCARD enum ks_status ks_synth_run(struct ks_synth *s,
                                         const struct ks_script *script,
                                         struct ks_sink *sink,
                                         struct ks_error *err);

/* ---------------------------------------------------------------- 6. encode */

enum ks_format { KS_FORMAT_NONE = 0, KS_FORMAT_WAV, KS_FORMAT_FLAC };

/** Format for a name ("flac") or a path's extension ("out.flac"). */
enum ks_format ks_format_from_name(const char *name);
enum ks_format ks_format_from_path(const char *path);
const char *ks_format_list(void); /* "wav, flac" */

struct ks_tags {
  const char *title, *artist, *album, *date, *comment; /* NULL = unset */
};

struct ks_encoder;

/** Open a temporary file beside path and start writing audio there. Nothing
 *  appears at path until ks_encoder_commit(). */
KS_NODISCARD enum ks_status ks_encoder_open(const char *path,
                                            enum ks_format fmt, int rate,
                                            const struct ks_tags *tags,
                                            struct ks_encoder **out,
                                            struct ks_error *err);
KS_NODISCARD enum ks_status ks_encoder_write(struct ks_encoder *e,
                                             const int16_t *samples, size_t n,
                                             struct ks_error *err);
/** Finish the file and rename it onto path. The encoder is freed. */
KS_NODISCARD enum ks_status ks_encoder_commit(struct ks_encoder *e,
                                              struct ks_error *err);
/** Drop the temporary file; path is untouched. NULL is a no-op. */
void ks_encoder_abort(struct ks_encoder *e);
/** The temporary file's path (for a signal handler's cleanup). */
const char *ks_encoder_tmp_path(const struct ks_encoder *e);

#endif
