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

#include <signal.h>
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
  const char *option; /* the option that caused it ("--intro"), or NULL */
};

/** Fixed English phrase for a status code; never NULL. */
const char *ks_strerror(enum ks_status code);

/** Record a failure in err (which may be NULL) and return code; the
 *  option is cleared. */
enum ks_status ks_error_set(struct ks_error *err, enum ks_status code,
                            const char *fmt, ...) KS_PRINTF(3, 4);
/** Name the option (a static string, "--intro") that caused the failure
 *  st, already recorded in err (which may be NULL); returns st. */
enum ks_status ks_error_option(struct ks_error *err, enum ks_status st,
                               const char *option);

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

/** Where rewritten text came from, as anchors: output byte out was written
 *  for input byte in. Both offsets never decrease. Between two anchors, an
 *  output stretch as long as its input stretch was copied byte for byte;
 *  any other was written for its input as a whole ("December third" for
 *  "Dec. 3"). */
struct ks_anchor {
  size_t out, in;
};

/** A growing list of anchors (the normaliser, the lexicon and the SSML
 *  writer each keep one). */
struct ks_align {
  struct ks_anchor *a;
  size_t n, cap;
};

void ks_align_init(struct ks_align *al);
void ks_align_free(struct ks_align *al); /* al may be reused afterwards */
/** Add the anchor (out, in). Anchors past out are dropped first (a writer
 *  took back what it wrote); one at out already is moved to in (nothing
 *  was written for the input between). */
void ks_align_add(struct ks_align *al, size_t out, size_t in);
/** The input offset for output offset off, through anchors a[0..n): a
 *  copied stretch maps byte for byte; a rewritten one maps to where its
 *  input starts, or, when end is true (off ends a word), where it ends.
 *  With no anchors, off itself. */
size_t ks_align_map(const struct ks_anchor *a, size_t n, size_t off, bool end);

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
  /* the day the page shows beside a stamp in UTC, when the two differ
   * ("Jan. 21" at 11:58 p.m. in Denver, stamped the 22nd): "YYYY-MM-DD" */
  struct ks_buf shown_date;
  /* the date as the page prints it beside the headline, time and label
   * too ("Updated March 11, 2026, 9:47 p.m. ET"), or "" */
  struct ks_buf dateline;
  /* the byline as the page prints it where it gives more than the names
   * ("By Jane Roe, Health correspondent"), or "" */
  struct ks_buf byline;
  /* the standfirst under the headline ("The 18-15 vote came just after
   * 5 a.m. ..."), as the page prints it, or "" */
  struct ks_buf standfirst;
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

  /* Set by ks_extract: */
  size_t words;   /* words in the body */
  bool cut_short; /* the page shows only part of the article: its own data
                     or markup says it is behind a paywall or a sign-in, and
                     fewer than KS_CUT_SHORT_WORDS words are there */
  /* Blocks inside the article that ks_extract left out as furniture, one a
   * line: the reason ("caption", "social post", ...), a tab, the block's
   * text. So the decision can be checked (see ks_doc_list_dropped). */
  struct ks_buf dropped;
};

/** Append to out what ks_extract dropped from inside the article, one block
 *  a line, "reason: text" ("social post: Read the thread ..."); nothing
 *  when nothing was dropped. */
void ks_doc_list_dropped(const struct ks_doc *doc, struct ks_buf *out);

/** A page marked as behind a paywall that shows at least this many words is
 *  taken as whole (a meter, not a cut). */
#define KS_CUT_SHORT_WORDS 600

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

/* ---------------------------------------------------------------- source */

enum ks_from {
  KS_FROM_GUESS, /* HTML, except a .txt file or a page served as text/plain
                    that does not start with '<' */
  KS_FROM_HTML,
  KS_FROM_TEXT
};

struct ks_source_opts {
  enum ks_from from;
  int timeout_s; /* the whole fetch; 0: no limit */
};

/** Read an article from source: an http(s) URL (fetched; the scheme in any
 *  case), a file, or "-" for standard input. It is extracted from HTML or
 *  taken as plain text. doc->url falls back to the URL. *bytes (may be
 *  NULL) is set to the bytes read. Fails with KS_ERR_FETCH (another scheme,
 *  or the fetch failed), KS_ERR_IO, KS_ERR_HTML or KS_ERR_NO_TEXT. */
KS_NODISCARD enum ks_status ks_source_read(const char *source,
                                           const struct ks_source_opts *o,
                                           struct ks_doc *doc, size_t *bytes,
                                           struct ks_error *err);

/* ---------------------------------------------------------------- language */

/** Language data: abbreviation and word tables (lang_en.c). Opaque. */
struct ks_lang;
/** The tables for a BCP 47 tag ("en", "en-GB", "de", "uk"): English for
 *  NULL or "", and for a language kispeak has no tables for, the
 *  language-neutral ones (its text goes to espeak-ng as written). */
const struct ks_lang *ks_lang_get(const char *tag);

/* ---------------------------------------------------------------- 3. segment
 */

/** Split every block of doc into sentences (doc->sents). Pure; cannot fail. */
void ks_segment(struct ks_doc *doc, const struct ks_lang *lang);

/* ---------------------------------------------------------------- 4. normalise
 */

/** Rewrite one sentence as a newsreader would say it ("Dec. 3-4" ->
 *  "December third to fourth"), appending to out. When map is not NULL,
 *  anchors from what was appended (offsets from where it began) to text are
 *  added to it, the last at the two ends. Pure; cannot fail. */
void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out, struct ks_align *map);

/** What a whole article is about, where it changes how one of its
 *  sentences is read: KS_TOPIC_CRICKET (an article that counts wickets
 *  or overs, where "at 141/5" is runs for wickets in any sentence),
 *  KS_TOPIC_FOOTBALL (one about association football, where a score's
 *  zero is "nil": "a 1-0 win"), KS_TOPIC_NIGERIA (one about Nigeria,
 *  whose papers write the naira "N": "N865 a litre"), KS_TOPIC_PHILIPPINES
 *  (the peso "P": "P2.3B"), KS_TOPIC_LEAD (one about lead the metal, where
 *  "levels of lead" is "led"), KS_TOPIC_DAY_FIRST (one that writes its
 *  dates day first, "6 September": "05/11/2024" is the fifth of November),
 *  KS_TOPIC_GAELIC_GAMES (one about hurling or Gaelic football, whose
 *  scores are goals and points: "2-24" is "two twenty-four"),
 *  KS_TOPIC_QUAKE (one about earthquakes, where "M6.4" and "M5+" are
 *  magnitudes in any sentence), KS_TOPIC_SOUTH_AFRICA (one about South
 *  Africa, whose papers write the rand "R": "I've spent R480"),
 *  KS_TOPIC_GOLF (one about golf, whose scores are strokes against par:
 *  "at -12" is "twelve under", "T3" tied for third), KS_TOPIC_HOCKEY (one
 *  about ice hockey, whose scoring summaries mark goals "(PPG)",
 *  "(SHG)"), KS_TOPIC_RACING (one about horse racing, whose distances are
 *  furlongs and miles, "1m2f", and odds "(12-1)"), KS_TOPIC_RECIPE (a
 *  recipe, whose ingredients' lines are amounts of them: "60g light brown
 *  sugar" is sixty grams), KS_TOPIC_JAPAN (one about Japan, where "¥" is
 *  the yen even in a sentence that names China), KS_TOPIC_SAUDI (one about
 *  Saudi Arabia or the Hajj, where "SAR 720" is Saudi riyals),
 *  KS_TOPIC_PESO (one about Mexico, Chile, Colombia or Argentina that
 *  names the peso twice and writes the dollar "US$" or the peso "$360
 *  pesos", where "$1,800" is pesos; not a wire story's "$"), KS_TOPIC_KINA
 *  and KS_TOPIC_KWACHA (one about Papua New Guinea or Zambia, whose papers
 *  write their currency "K": "K150"), KS_TOPIC_MOROCCO (one about Morocco,
 *  where "MAD 150" is its dirham), KS_TOPIC_JORDAN (one about Jordan,
 *  where "JD5" is its dinar), KS_TOPIC_TUNISIA (one about Tunisia, whose
 *  papers write millions of dinars "MD": "MD 2.7", "2,7 MD"), and, from
 *  a site's own country only, KS_TOPIC_PULA ("P45,000" on a Botswanan
 *  site), KS_TOPIC_ARIARY ("Ar 500" on a Malagasy one) and KS_TOPIC_DRAM
 *  ("AMD 1,100" on an Armenian one, where the letters are no chipmaker);
 *  KS_TOPIC_QUETZAL (one about Guatemala, whose papers write the quetzal
 *  "Q": "Q350") and KS_TOPIC_LOTI (one about Lesotho, or from a Basotho
 *  site, whose papers write the loti "M": "M15 million"); KS_TOPIC_DALASI
 *  (the Gambia's "D78"), KS_TOPIC_SEYCHELLES (the Seychelles' rupee
 *  written "R") and KS_TOPIC_BOSNIA (Bosnia and Herzegovina's convertible
 *  mark, "1,150 KM"); KS_TOPIC_ESWATINI (Eswatini's lilangeni, written
 *  "E": "E450 000") and KS_TOPIC_BHUTAN (the ngultrum, "Nu 412.6
 *  million"). */
enum ks_topic {
  KS_TOPIC_CRICKET = 1u << 0,
  KS_TOPIC_FOOTBALL = 1u << 1,
  KS_TOPIC_NIGERIA = 1u << 2, /* where "N865" is naira */
  KS_TOPIC_PHILIPPINES = 1u << 3,
  KS_TOPIC_LEAD = 1u << 4,
  KS_TOPIC_DAY_FIRST = 1u << 5,
  KS_TOPIC_GAELIC_GAMES = 1u << 6,
  KS_TOPIC_QUAKE = 1u << 7,
  KS_TOPIC_SOUTH_AFRICA = 1u << 8, /* where "R480" is rand */
  KS_TOPIC_GOLF = 1u << 9,         /* where "-12" is "twelve under" */
  KS_TOPIC_HOCKEY = 1u << 10,      /* where "(PPG)" is a power-play goal */
  KS_TOPIC_RACING = 1u << 11,      /* where "7f" is seven furlongs */
  KS_TOPIC_RECIPE = 1u << 12,      /* where "60g sugar" is an amount */
  KS_TOPIC_JAPAN = 1u << 13,       /* where "¥" is the yen */
  KS_TOPIC_SAUDI = 1u << 14,       /* where "SAR 720" is riyals */
  KS_TOPIC_PESO = 1u << 15,        /* where "$1,800" is pesos */
  KS_TOPIC_KINA = 1u << 16,        /* where "K150" is kina (PNG) */
  KS_TOPIC_KWACHA = 1u << 17,      /* where "K150" is kwacha (Zambia) */
  KS_TOPIC_MOROCCO = 1u << 18,     /* where "MAD 150" is dirhams */
  KS_TOPIC_JORDAN = 1u << 19,      /* where "JD5" is dinars */
  KS_TOPIC_TUNISIA = 1u << 20,     /* where "MD 2.7" is million dinars */
  KS_TOPIC_PULA = 1u << 21,        /* where "P45,000" is pula */
  KS_TOPIC_ARIARY = 1u << 22,      /* where "Ar 500" is ariary */
  KS_TOPIC_DRAM = 1u << 23,        /* where "AMD 1,100" is drams */
  KS_TOPIC_QUETZAL = 1u << 24,     /* where "Q350" is quetzales */
  KS_TOPIC_LOTI = 1u << 25,        /* where "M15 million" is maloti */
  KS_TOPIC_DALASI = 1u << 26,      /* where "D78" is dalasis (Gambia) */
  KS_TOPIC_SEYCHELLES = 1u << 27,  /* where "R212 million" is rupees */
  KS_TOPIC_BOSNIA = 1u << 28,      /* where "1,150 KM" is convertible marks */
  KS_TOPIC_ESWATINI = 1u << 29,    /* where "E450 000" is emalangeni */
  KS_TOPIC_BHUTAN = 1u << 30       /* where "Nu 412 million" is ngultrum */
};

/** The topics (KS_TOPIC_* bits) of an article's text, for
 *  ks_normalize_in(). Pure; cannot fail. */
unsigned ks_normalize_topics(const char *text, size_t len);

/** ks_normalize() for a sentence of an article about topics. */
void ks_normalize_in(const char *text, size_t len, const struct ks_lang *lang,
                     unsigned topics, struct ks_buf *out, struct ks_align *map);

/** A date "2024-12-03T06:17..." as it is said ("December third, twenty
 *  twenty-four") when spoken is true, else as it is written ("December 3,
 *  2024"), appending to out. Returns false (out untouched) when iso holds no
 *  date. */
bool ks_normalize_date(const char *iso, const struct ks_lang *lang, bool spoken,
                       struct ks_buf *out);

/* ---------------------------------------------------------------- voices */

/** How one role is spoken: rate in words per minute, pitch 0..100. */
struct ks_prosody {
  int rate, pitch;
};

#define KS_INTRO_SIZE 96

/** The introduction's words in the article's language, from
 *  voices/<lang>.intro; all empty: English ("By A and B.", the date as
 *  ks_normalize_date says it). %s in by stands for the authors; date is a
 *  template: %d the day, %m the month's number, %B its name (months),
 *  %Y the year. What they make is then normalised in that language. */
struct ks_intro {
  char by[KS_INTRO_SIZE];      /* "Von %s." */
  char by_many[KS_INTRO_SIZE]; /* with two or more authors: "Автори: %s." */
  char and_word[32];           /* before the last author: "und" */
  char date[KS_INTRO_SIZE];    /* "%d. %B %Y." */
  char months[12][32];         /* "Januar" ... as the date uses them */
};

/** A voice profile (voices/<lang>.voice), read at run time. */
struct ks_voice {
  char name[64];   /* profile name, e.g. "en" */
  char espeak[64]; /* espeak-ng voice name, e.g. "en-us" */
  struct ks_prosody body, headline, heading, quote;
  int pause_sentence_ms, pause_paragraph_ms, pause_heading_ms, pause_intro_ms;
  char lexicon[256];     /* file name beside the profile, or "" */
  bool profile;          /* read from a profile; false: espeak-ng's own voice
                            with default settings */
  struct ks_intro intro; /* the introduction's words (ks_intro_load) */
};

/** Set every role's rate to wpm, keeping each role's pace relative to the
 *  body's. */
void ks_voice_set_rate(struct ks_voice *v, int wpm);

/** The directory that holds the voice profiles: $KISPEAK_DATADIR/voices,
 *  else beside the program (its source tree, or ../share/kispeak when
 *  installed), else the data directory it was built for. */
void ks_voice_dir(char *out, size_t size);

/** Load dir/<lang>.intro (by its primary subtag: "de-AT" reads de.intro)
 *  into in, which is cleared first: with no such file, or lang NULL or "",
 *  it stays empty (English). Fails with KS_ERR_VOICE ("path:line: what is
 *  wrong") for a malformed file. */
KS_NODISCARD enum ks_status ks_intro_load(const char *dir, const char *lang,
                                          struct ks_intro *in,
                                          struct ks_error *err);

/** Load dir/<name>.voice into v, after filling in defaults. A name with a
 *  region or variant ("en-GB", "en-us+f3") falls back to its language's
 *  profile ("en"), spoken in the voice named (v->espeak "en-GB"). With no
 *  profile, v is espeak-ng's voice `name` with default settings
 *  (v->profile false). */
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
 *  with lex NULL when there is no lexicon. When map is not NULL, anchors
 *  from what was appended to text are added to it, as ks_normalize() does.
 *  Pure; cannot fail. */
void ks_lexicon_apply(const struct ks_lexicon *lex, const char *text,
                      size_t len, struct ks_buf *out, struct ks_align *map);

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
  struct ks_span speech;   /* in script->speech: what espeak-ng is given */
  struct ks_span written;  /* in script->written: the same as a person reads
                              it, without a lexicon's phonemes: the
                              article's sentence, or the introduction's line
                              ("By Dmytro Basmat.") */
  size_t sentence;         /* index into doc->sents, or SIZE_MAX (intro) */
  struct ks_span lex_map;  /* in script->anchors: speech to normalised text */
  struct ks_span norm_map; /* in script->anchors: normalised text to
                              written */
  unsigned pause_ms;       /* silence after it */
  bool para_end;           /* last utterance of its paragraph */
  char lang[16];           /* its block's language when not the page's, or "" */
};

/** The episode as spoken: the introduction, then every sentence normalised.
 *  Anchors lead from each utterance's speech back to its written text, so
 *  that a word espeak-ng speaks can be shown where the article has it. */
struct ks_script {
  struct ks_buf speech, written;
  /* the espeak-ng voice of the names of the site's country ("id"), or "":
   * such a name that is no English word is said in it (the voice is the
   * part before a "/", "sw/romaji": lang/region.h) */
  char region[16];
  struct ks_utterance *utts;
  size_t n_utts, cap_utts;
  struct ks_align anchors;
};

void ks_script_init(struct ks_script *s);
void ks_script_free(struct ks_script *s);

enum {
  KS_SCRIPT_NO_INTRO = 1 << 0 /* the body only */
};

/** Build the script of a segmented doc: headline, "By A and B.", the date
 *  spoken (unless flags has KS_SCRIPT_NO_INTRO), then the body, each
 *  normalised and then given the lexicon's pronunciations (lex may be
 *  NULL). Pure; cannot fail. */
void ks_script_build(const struct ks_doc *doc, const struct ks_lang *lang,
                     const struct ks_voice *voice, const struct ks_lexicon *lex,
                     unsigned flags, struct ks_script *script);

/** Where, in utterance u's written text, the speech at offset off was
 *  written: both offsets count from the utterance's own start (u->speech.off
 *  and u->written.off). end says off is where a word ends. For a body
 *  sentence the article's own offset is doc->sents[u->sentence].text.off
 *  plus the result. */
size_t ks_script_to_written(const struct ks_script *s,
                            const struct ks_utterance *u, size_t off, bool end);

/* ---------------------------------------------------------------- 5. synth */

/** Where synthesised audio goes: called with each chunk of 16-bit mono PCM.
 *  Return KS_OK to go on; anything else stops synthesis with that status. */
struct ks_sink {
  enum ks_status (*write)(void *ctx, const int16_t *samples, size_t n,
                          struct ks_error *err);
  void *ctx;
  /* Set (by a signal handler, say) to stop synthesis even while no samples
   * come; NULL: only write's status stops it. */
  volatile sig_atomic_t *stop;
};

/** When an utterance is heard, in samples at the timeline's rate from the
 *  start of the speech: where its audio starts, its first word's sound
 *  (from espeak-ng's word event, refined to the first audible sample), and
 *  where its audio ends (before its pause). */
struct ks_timing {
  uint64_t start, sound, end;
};

/** One word espeak-ng spoke. */
struct ks_word {
  size_t utt;             /* the utterance it is in */
  uint64_t at;            /* where espeak-ng starts it, in samples */
  struct ks_span speech;  /* the word in script->speech */
  struct ks_span written; /* what it was said for, in script->written ("Dec.
                             3" for both "December" and "third") */
};

/** What synthesis tells of the time: every utterance and every word. */
struct ks_timeline {
  int rate; /* samples a second */
  struct ks_timing *utts;
  size_t n_utts; /* script->n_utts once spoken */
  struct ks_word *words;
  size_t n_words, cap_words;
};

void ks_timeline_init(struct ks_timeline *t);
void ks_timeline_free(struct ks_timeline *t); /* t may be reused afterwards */

/** The process's speech engine. espeak-ng keeps global state and cannot be
 *  stopped and started again in one process, so it is started on the first
 *  ks_synth_new() and stays up until the process ends; every handle speaks
 *  through it, any number of scripts, in any voices, one at a time (a lock
 *  keeps two threads apart). */
struct ks_synth;

/** A handle on the engine, starting espeak-ng if this is the first. Free
 *  with ks_synth_free. A failed start is remembered: later calls fail the
 *  same way. */
KS_NODISCARD enum ks_status ks_synth_new(struct ks_synth **out,
                                         struct ks_error *err);
/** Release the handle; the engine stays up. NULL is a no-op. */
void ks_synth_free(struct ks_synth *s);
/** How many processes speak a script at once (0, the default: one per
 *  core). The script is cut into pieces at paragraph ends, each spoken by a
 *  process forked from the engine as it was started, so the samples are the
 *  same at any number. */
void ks_synth_set_jobs(struct ks_synth *s, unsigned jobs);
/** Whether the next script is the last this process speaks (false until
 *  set). Then a script of one piece is spoken in the calling thread rather
 *  than in a child process: the same samples, without the cost of two more
 *  processes. Afterwards the engine has spoken in this process: later
 *  scripts are spoken by children forked from it as it is then, which may
 *  come out a few samples longer or shorter than a fresh engine's. */
void ks_synth_set_final(struct ks_synth *s, bool final);
int ks_synth_rate(const struct ks_synth *s); /* samples a second */
/** Whether espeak-ng has a voice by this name (en-us, en-GB-x-rp, uk). */
bool ks_synth_has_voice(struct ks_synth *s, const char *name);

/** Speak the whole script in voice v into sink, with its pauses as
 *  silence. timeline, if not NULL, is filled in: a timing per utterance and
 *  every word, its written text found through the script's anchors. */
KS_NODISCARD enum ks_status
ks_synth_run(struct ks_synth *s, const struct ks_voice *v,
             const struct ks_script *script, struct ks_sink *sink,
             struct ks_timeline *timeline, struct ks_error *err);

/** The same in two steps, for a caller that starts threads of its own
 *  (an audio pipeline) while the script is spoken: prepare before starting
 *  them (the worker processes are forked from a spawner made now, which
 *  has one thread), then speak from any thread, then free. */
struct ks_synth_job;
KS_NODISCARD enum ks_status ks_synth_prepare(struct ks_synth *s,
                                             const struct ks_voice *v,
                                             const struct ks_script *script,
                                             struct ks_synth_job **out,
                                             struct ks_error *err);
KS_NODISCARD enum ks_status ks_synth_speak(struct ks_synth_job *job,
                                           struct ks_sink *sink,
                                           struct ks_timeline *timeline,
                                           struct ks_error *err);
void ks_synth_job_free(struct ks_synth_job *job); /* NULL is a no-op */

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

struct ks_writer; /* how a format's bytes are made (internal) */

/** An audio format kispeak writes, with every fact about it in one place:
 *  the table is in src/encode/format.c. */
struct ks_format {
  const char *name;        /* "mp3": what --format takes */
  const char *const *exts; /* file name extensions, NULL-terminated */
  const char *mime;        /* "audio/mpeg", for a feed's enclosure */
  const char *library;     /* what writes it: "libsndfile (LAME)" */
  bool lossy;
  const int *rates;    /* its sample rates, 0-terminated; NULL: 8000 to
                          192000 */
  int rate;            /* the default sample rate; 0: the voice's */
  int kbps_mono;       /* default bit rate, one channel; 0: coded at a
                          quality */
  int kbps_stereo;     /* default bit rate, two channels */
  float quality;       /* the quality, when coded at one (Vorbis) */
  double ceiling_dbtp; /* the limiter's true-peak ceiling: a lossy
                          decoder overshoots by about its margin under
                          -1 dBTP */
  double lufs_offset;  /* aim this far above the loudness target: a lossy
                          file decodes this much quieter */
  const struct ks_writer *writer;        /* to a file that can seek */
  const struct ks_writer *stream_writer; /* to a pipe or device; NULL: the
                                            writer */
  bool epub; /* a book: the audio (this format's) goes inside an EPUB */
  /* Decode a finished file as a listener's player would, to check its true
   * peak; NULL: not checked (lossless). */
  enum ks_status (*decode)(const char *path, const struct ks_frame_sink *sink,
                           struct ks_error *err);
};

/** The formats in the table's order; *n is set to their number. */
const struct ks_format *ks_formats(size_t *n);
/** The format with this name or extension ("flac", "OGA"), or NULL. */
const struct ks_format *ks_format_find(const char *name);
/** The format for a path's extension ("out.flac"), or NULL. */
const struct ks_format *ks_format_for_path(const char *path);
/** Append the formats' names, "wav, flac, mp3, ogg, opus", to out. */
void ks_format_list(struct ks_buf *out);
/** Whether fmt can be written at rate samples a second. */
bool ks_format_rate_ok(const struct ks_format *fmt, int rate);
/** Append the rates fmt takes ("8000, 12000, 16000, 24000 or 48000") to
 *  out. */
void ks_format_rates(const struct ks_format *fmt, struct ks_buf *out);

struct ks_tags {
  const char *title, *artist, *album, *date, *comment; /* NULL = unset */
};

struct ks_audio_spec {
  int rate, channels;
  int bitrate_kbps;    /* lossy formats; 0 = the format's default */
  double ceiling_dbtp; /* the limiter's ceiling; a writer that decodes what
                          it made lowers it where a decoder overshoots */
  bool check;  /* decode what is made, and hold its true peaks at or below
                  -1 dBTP (a lossy format, loudness on) */
  int threads; /* threads a chunked lossy writer encodes on; 0: one a core.
                  The file is the same whatever the number */
};

/** What a writer that encodes a lossy file in chunks, on every core, tells
 *  of it once finished: where the chunks join (each joint is a few
 *  milliseconds of silence inside a pause, from the encoders' delay and
 *  padding), and what the decoded chunks peaked at. */
struct ks_encode_report {
  struct ks_joint {
    uint64_t at;    /* a chunk starts at this frame of what was written */
    uint64_t shift; /* and is heard this many frames later */
  } * joints;
  size_t n_joints, cap_joints;
  uint64_t extra; /* frames the decoded file has beyond what was written */
  int rate;       /* of the frames above */
  size_t chunks;  /* 0: not written in chunks */
  bool checked;   /* every chunk was decoded and its true peak measured */
  double peak_db; /* the highest of those, dBTP */
  unsigned fixes; /* chunks limited again, lower, for an overshoot */
};

struct ks_encoder;

/** Start writing audio of format fmt to path, by the rules of the safe file
 *  writer (src/file.h): a file appears at path only at ks_encoder_commit();
 *  a FIFO, a device or "-" (standard output, refused when it is a terminal)
 *  is written as a stream. */
KS_NODISCARD enum ks_status
ks_encoder_open(const char *path, const struct ks_format *fmt,
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
/** After ks_encoder_finish(): what a chunked writer tells of the file (all
 *  zero for another). Valid until the encoder is committed or aborted. */
const struct ks_encode_report *ks_encoder_report(const struct ks_encoder *e);
/** Whether what was written can be thrown away and written again: true for
 *  a file, false for a stream, whose bytes have gone. */
bool ks_encoder_can_redo(const struct ks_encoder *e);
/** Whether ks_encoder_check() can decode the finished file: a file (not a
 *  stream) of a format with a decoder. */
bool ks_encoder_can_check(const struct ks_encoder *e);
/** Decode the finished temporary file into sink as float frames: what a
 *  listener's player will get. */
KS_NODISCARD enum ks_status ks_encoder_check(struct ks_encoder *e,
                                             const struct ks_frame_sink *sink,
                                             struct ks_error *err);
/** Finish the file if not yet done and rename it onto path (or close the
 *  stream); *bytes (may be NULL) is its size. The encoder is freed. */
KS_NODISCARD enum ks_status
ks_encoder_commit(struct ks_encoder *e, uint64_t *bytes, struct ks_error *err);
/** Drop the temporary file; path is untouched. NULL is a no-op. */
void ks_encoder_abort(struct ks_encoder *e);

/** Whether path is a sound file that ks_sound_read() can read; fails with
 *  KS_ERR_IO saying why. */
KS_NODISCARD enum ks_status ks_sound_check(const char *path,
                                           struct ks_error *err);
/** Read a sound file (an intro jingle) as mono 16-bit PCM, chunk by chunk,
 *  into sink; *rate is set to its sample rate before the first chunk. */
KS_NODISCARD enum ks_status ks_sound_read(const char *path, int *rate,
                                          struct ks_sink *sink,
                                          struct ks_error *err);

/* ---------------------------------------------------------------- render */

/** What --dump=text prints: the body's blocks, a blank line apart. */
void ks_render_text(const struct ks_doc *doc, struct ks_buf *out);
/** What --dump=meta prints: title, authors, published, site, language and
 *  url as one JSON object. */
void ks_render_meta(const struct ks_doc *doc, struct ks_buf *out);
/** What --dump=sentences prints: a sentence a line, a blank line between
 *  paragraphs. */
void ks_render_sentences(const struct ks_doc *doc, struct ks_buf *out);
/** What --dump=speech prints: every utterance exactly as espeak-ng is given
 *  it, a line each, a blank line between paragraphs. */
void ks_render_speech(const struct ks_script *script, struct ks_buf *out);
/** What --dump=ssml prints: the markup espeak-ng is given for each
 *  utterance (in `voice`, an espeak-ng voice's name; the quotations'
 *  raised pitch left out), a blank line after each: which runs another language's voice says (names of the site's
 *  country, other writing systems, other languages' letters), so a
 *  listener can check them with that voice. */
void ks_synth_script_markup(const struct ks_script *script, const char *voice,
                            struct ks_buf *out);
/** The transcript: every utterance as written (the article's own words,
 *  never a lexicon's phonemes), a line each, a blank line between
 *  paragraphs. */
void ks_render_transcript(const struct ks_script *script, struct ks_buf *out);

enum ks_caption_format { KS_CAPTIONS_VTT, KS_CAPTIONS_SRT };

/** Caption format from a path's extension (.vtt, .srt); false if neither. */
bool ks_caption_format_from_path(const char *path, enum ks_caption_format *f);

/** When utterance i is shown, in milliseconds of the audio (offset_s
 *  seconds of jingle before the speech): from its first sound to its end,
 *  or to just before the next one's first sound. Captions, the read-along
 *  page and an EPUB's media overlay all show sentences at these times. */
void ks_cue_times(const struct ks_timeline *t, size_t i, double offset_s,
                  uint64_t *start_ms, uint64_t *end_ms);

/** One cue per utterance spoken, timed from the timeline, shifted by
 *  offset_s seconds of audio before the speech (a jingle). A cue shows the
 *  utterance as written. Appends to out. */
void ks_render_captions(const struct ks_script *script,
                        const struct ks_timeline *t, double offset_s,
                        enum ks_caption_format f, struct ks_buf *out);
/** Podcasting 2.0 chapters JSON: the introduction at 0, then one chapter per
 *  section heading. Appends to out. */
void ks_render_chapters(const struct ks_script *script,
                        const struct ks_timeline *t, double offset_s,
                        struct ks_buf *out);

/* ---------------------------------------------------------------- read along
 */

/** The read-along page: one HTML file with the article as spoken, every
 *  sentence an element with its time (the captions' cue times), the audio
 *  at audio_href (relative to the page), and the page's style and script
 *  inside it, so that it works from disk and offline. Appends to out. */
void ks_render_readalong(const struct ks_doc *doc,
                         const struct ks_script *script,
                         const struct ks_timeline *t, double offset_s,
                         const char *audio_href, struct ks_buf *out);
/** How a page at path page reaches the file audio: a relative URL, both
 *  resolved first. Appends to out. */
void ks_readalong_href(const char *page, const char *audio, struct ks_buf *out);
/** The article as an EPUB 3 book at path, with a media overlay giving every
 *  sentence its clip of the MP3 file mp3 (put inside the book), and the
 *  headline, authors, date, language and source URL as its metadata.
 *  *bytes (may be NULL) is its size. Fails with KS_ERR_ENCODE. */
KS_NODISCARD enum ks_status
ks_epub_write(const char *path, const struct ks_doc *doc,
              const struct ks_script *script, const struct ks_timeline *t,
              double offset_s, const char *mp3, uint64_t *bytes,
              struct ks_error *err);

/* ---------------------------------------------------------------- episode */

/** Where an episode is, for a progress report. */
enum ks_stage {
  KS_STAGE_READ,    /* fetching or reading the source */
  KS_STAGE_EXTRACT, /* extracting, segmenting, writing the script */
  KS_STAGE_SPEAK,   /* synthesis, with the levelling and encoding beside */
  KS_STAGE_ENCODE   /* finishing: a redone pass, the decoded check */
};

struct ks_progress {
  enum ks_stage stage;
  size_t done, total; /* utterances spoken, of the script's (speaking) */
  double audio_s;     /* seconds of audio made so far */
  double elapsed_s;   /* since the episode began */
  double left_s;      /* an estimate of the time left, or -1 */
};

/** How an article becomes an episode: every stage's options. */
struct ks_episode_opts {
  struct ks_source_opts source;

  /* What the page says, replaced (NULL: the page's own): the headline, the
   * site, the date (ISO 8601), the authors. In the introduction, the tags
   * and the companions alike. */
  const char *title, *site, *date;
  const char *const *authors;
  size_t n_authors;
  bool no_intro; /* speak the body only */

  const char *voice;           /* profile or espeak-ng voice; NULL: the page's
                                  language, else "en" */
  const char *language;        /* BCP 47: the article's language, over the
                                  page's (its rules and its introduction);
                                  NULL: the page's, else the voice's */
  int speed;                   /* words a minute; 0: the voice's */
  int pause_ms[4];             /* after a sentence, after a paragraph, before a
                                  heading, after the introduction; -1: the voice's */
  const char *const *lexicons; /* the user's, over the voice's own; the
                                  last wins */
  size_t n_lexicons;
  const char *voice_dir; /* where the profiles are; NULL: ks_voice_dir() */

  const struct ks_format *format; /* NULL: from the audio path's extension */
  int rate;         /* 0: the format's (WAV and FLAC: the voice's, 44100 with a
                       jingle) */
  int channels;     /* 1, or 2 identical channels */
  int bitrate_kbps; /* 0: the format's */
  bool loudness;    /* false: espeak-ng's own level */
  double loudness_lufs;      /* integrated loudness of the episode */
  const char *intro, *outro; /* jingles before and after, or NULL */

  const char *audio;    /* where the episode goes: a file, a FIFO or
                           device, or "-" (standard output) */
  const char *captions; /* .vtt or .srt, or NULL */
  const char *chapters, *transcript; /* or NULL */
  const char *readalong;             /* the read-along page (.html), or
                                        NULL */

  /* Set (by a signal handler, say) to stop at the next chunk of audio: the
   * episode then fails with KS_ERR_INTERRUPTED and writes nothing. */
  volatile sig_atomic_t *stop;
  /* Told where the episode is: at each stage, and about ten times a second
   * while it speaks. NULL: not told. */
  void (*progress)(void *ctx, const struct ks_progress *p);
  void *progress_ctx;
  bool measure; /* measure the audio's loudness for the result */
  int jobs;     /* processes that speak at once, and threads that encode a
                   lossy format; 0: one per core */
};

/** The defaults: -16 LUFS, mono, the format's rate and bit rate, the
 *  voice's pace and pauses. */
void ks_episode_opts_init(struct ks_episode_opts *o);

/** What a caller needs to list the episode (in a feed, say). */
struct ks_episode_result {
  const struct ks_format *format; /* its MIME type: format->mime */
  uint64_t bytes;                 /* of the audio file */
  double seconds;                 /* of audio, jingles included */
  int rate, channels;
  unsigned passes; /* times the audio was levelled and encoded: 1 when the
                      pass made during synthesis was kept */
  double lufs, true_peak_db; /* with opts.measure: as encoded (before any
                                lossy decoder) */
  double first_peak_db;      /* a lossy file decoded after its first pass: its
                                true peak, or NAN when not checked */
  bool relevelled;           /* the gain guessed during synthesis missed: pass
                                two was redone from the spool */
  unsigned peak_redos;       /* passes redone under a lower ceiling */
  const char *written[5];    /* the paths written, audio first (pointers into
                                the options) */
  size_t n_written;
};

/** An article on its way to an episode, stage by stage. Read the fields;
 *  the functions below fill them. */
struct ks_episode {
  char *source;      /* as given */
  size_t bytes;      /* read from it */
  double started;    /* when ks_episode_read began (monotonic seconds) */
  struct ks_doc doc; /* after ks_episode_read (and ks_episode_segment) */
  const struct ks_lang *lang;
  struct ks_voice voice; /* after ks_episode_script */
  char *voice_dir;       /* where it was looked for */
  struct ks_lexicon *lexicon;
  struct ks_script script;
  struct ks_timeline timeline; /* after ks_episode_speak */
  double offset_s;             /* seconds of jingle before the speech */
};

void ks_episode_init(struct ks_episode *ep);
void ks_episode_free(struct ks_episode *ep); /* NULL is a no-op */

/** Before any work: the options fit together (a format for the audio path,
 *  a rate it takes, a .vtt or .srt for captions, jingles and lexicons that
 *  can be read, a date that is a date, a voice that exists: a profile, or
 *  one of the engine's voices when engine is not NULL) and every output can
 *  be written, none the same file as another or as source (src/file.h has
 *  the rules). Fails with KS_ERR_USAGE, KS_ERR_IO, KS_ERR_VOICE or
 *  KS_ERR_ENCODE, naming the option that caused it (err->option). */
KS_NODISCARD enum ks_status ks_episode_check(const struct ks_episode_opts *o,
                                             const char *source,
                                             struct ks_synth *engine,
                                             struct ks_error *err);
/** Read the article (ks_source_read). */
KS_NODISCARD enum ks_status ks_episode_read(struct ks_episode *ep,
                                            const char *source,
                                            const struct ks_episode_opts *o,
                                            struct ks_error *err);
/** Split it into sentences, in its language's rules. */
void ks_episode_segment(struct ks_episode *ep);
/** Load the voice and the lexicons, and write the script. */
KS_NODISCARD enum ks_status ks_episode_script(struct ks_episode *ep,
                                              const struct ks_episode_opts *o,
                                              struct ks_error *err);
/** Speak the script through the engine into the audio, and write the
 *  companions. The audio is levelled to the loudness target, limited, and
 *  checked after decoding (a lossy file); the companions are written, then
 *  the audio and they are put in place together at the end. On failure
 *  nothing is left. */
KS_NODISCARD enum ks_status ks_episode_speak(struct ks_episode *ep,
                                             struct ks_synth *engine,
                                             const struct ks_episode_opts *o,
                                             struct ks_episode_result *res,
                                             struct ks_error *err);
/** All of it, for one article: check, read, segment, script, speak. */
KS_NODISCARD enum ks_status ks_episode_make(struct ks_synth *engine,
                                            const char *source,
                                            const struct ks_episode_opts *o,
                                            struct ks_episode_result *res,
                                            struct ks_error *err);

/* ---------------------------------------------------------------- podcast */

/** What a podcast run tells its caller as it goes. */
enum ks_podcast_event_kind {
  KS_PODCAST_SOURCE,        /* a source was read: detail says how */
  KS_PODCAST_SOURCE_FAILED, /* a source could not be read: detail says why */
  KS_PODCAST_MADE,          /* an episode was made (again, when changed) */
  KS_PODCAST_UNCHANGED,     /* an article asked for again had not changed */
  KS_PODCAST_FAILED,        /* an item failed; it is tried again next run */
  KS_PODCAST_WARNING        /* something in a source was skipped */
};

struct ks_podcast_event {
  enum ks_podcast_event_kind kind;
  const char *url;    /* the article or the source */
  const char *title;  /* the item's title, or NULL */
  const char *detail; /* why (a failure, a warning), or NULL */
  bool again;         /* MADE: an edited article, spoken again */
  bool published;     /* FAILED: the item's episode stays as it was */
  double seconds;     /* MADE: of audio */
  size_t done, total; /* items finished this run, of those to do */
};

/** A podcast: sources in, episodes and feed.xml out, in a directory.
 *  String options left NULL (and numbers left -1) keep what the podcast's
 *  state has from an earlier run, else the first source feed's, else a
 *  default. */
struct ks_podcast_opts {
  const char *dir;            /* the podcast's directory */
  const char *const *sources; /* feeds (URL or file) or article URLs */
  size_t n_sources;
  const char *urls;     /* a file of URLs, "-": standard input */
  const char *base_url; /* the public address of dir */
  const char *title, *description, *author, *language;
  const char *owner;       /* an e-mail address: itunes:owner and
                              podcast:locked's owner */
  const char *image;       /* a file or URL; none: a drawn cover */
  const char *category;    /* "News" or "News/Daily News" */
  int explicit_content;    /* 0 or 1; -1: keep (default 0) */
  int locked;              /* 0 or 1; -1: keep (default 1) */
  const char *format;      /* the main enclosure's (default mp3) */
  const char *const *also; /* alternate enclosures' formats;
                              NULL: keep (default none) */
  size_t n_also;
  struct ks_episode_opts episode; /* voice, speed, loudness...; its paths,
                                     progress and stop are set for each
                                     episode */
  unsigned jobs;                  /* worker processes; 0: one a core */
  size_t limit;                   /* the newest N items; 0: all */
  size_t page_size;               /* items in feed.xml, 1 to 300; 0: keep
                                     (default 300) */
  const char *shard;              /* "K/N", "auto" or "auto/N"; NULL: all */
  volatile sig_atomic_t *stop;    /* set to stop: nothing is lost */
  void (*report)(void *ctx, const struct ks_podcast_event *e);
  void *report_ctx;
};

/** What a run did. */
struct ks_podcast_result {
  size_t made, remade, unchanged, failed; /* items this run */
  size_t source_errors;                   /* sources that could not be read */
  size_t published;                       /* episodes in the podcast */
  size_t archives;                        /* RFC 5005 archive pages */
  bool feed_changed;                      /* feed.xml was written anew */
  bool interrupted;       /* stopped by opts.stop: the rest is left for the
                             next run */
  unsigned shard, shards; /* this run's share; shards 0: unsharded */
};

/** Options with nothing set: every show option kept, -j one a core. */
void ks_podcast_opts_init(struct ks_podcast_opts *o);

/** Bring the podcast in o->dir up to date: read every source, make an
 *  episode of each new item and of each article whose text changed (in
 *  o->jobs worker processes), record all in the state
 *  (dir/state/podcast.db, or shard-K-of-N.db), and, unless sharded, write
 *  feed.xml (and archive pages, and the cover). Items that failed are
 *  counted in res->failed and tried again next run; sources that could not
 *  be read in res->source_errors. Fails with KS_ERR_USAGE (no base URL yet,
 *  a bad shard or format), KS_ERR_IO (the directory or the state), or
 *  KS_ERR_INTERRUPTED (after keeping everything finished). */
KS_NODISCARD enum ks_status ks_podcast_run(const struct ks_podcast_opts *o,
                                           struct ks_podcast_result *res,
                                           struct ks_error *err);

/** Write feed.xml in o->dir from the state of every shard
 *  (dir/state/shard-*.db, folded into dir/state/podcast.db; the shards'
 *  files are only read). Show options in o override the kept ones. */
KS_NODISCARD enum ks_status ks_podcast_merge(const struct ks_podcast_opts *o,
                                             struct ks_podcast_result *res,
                                             struct ks_error *err);

/** Check the feed file at path against the rules of a podcast feed (Apple's
 *  RSS requirements, Podcasting 2.0, RFC 2822 dates, RFC 5005 archives, at
 *  most 300 items, newest first, unique guids, and every file under the
 *  feed's own address present beside it with the length the feed says),
 *  appending each problem to out as a line, "path:line: what"; *problems
 *  is their number. Fails only when path cannot be read (KS_ERR_IO). */
KS_NODISCARD enum ks_status ks_podcast_check(const char *path,
                                             struct ks_buf *out,
                                             size_t *problems,
                                             struct ks_error *err);
#endif
