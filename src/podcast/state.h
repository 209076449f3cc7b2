/* state.h - a podcast's memory, in SQLite: its settings, each source's
 * validators, and each item: which episode it became, its content hash,
 * its status (internal). The only file that uses SQLite.
 * SPDX-License-Identifier: MIT
 *
 * One connection, in one process (the parent of a run); every change is a
 * transaction, so a kill at any moment leaves the last committed state.
 */
#ifndef KS_STATE_H
#define KS_STATE_H

#include "kispeak.h"

#define KS_MAX_FORMATS 6 /* the main enclosure and the alternates */

enum ks_item_status { KS_ITEM_NEW, KS_ITEM_DONE, KS_ITEM_FAILED };

/** One audio file of an episode; path is relative to the podcast's
 *  directory. */
struct ks_state_file {
  char format[16]; /* "mp3" */
  char mime[64];   /* "audio/mpeg" */
  char *path;      /* "episodes/39/3927e083e24959c4-1a2b3c4d.mp3" */
  uint64_t bytes;
};

/** An item and what became of it. Strings owned, NULL when unknown. */
struct ks_state_item {
  char *identity;       /* the source's guid, else the canonical URL */
  char *guid;           /* the episode's guid, from the identity */
  char *url;            /* the article */
  char *source;         /* the source that lists it */
  char *title;          /* the source's, else the article's */
  char *description;    /* the source's, else the article's first words */
  int64_t feed_date;    /* the source's date; 0: none */
  int64_t article_date; /* the page's own date; 0: none */
  int64_t first_seen;
  int64_t pub; /* the episode's date: feed_date, else article_date, else
                  first_seen (kept up to date by the state) */
  enum ks_item_status status;
  char *reason;  /* the last failure, or NULL */
  long attempts; /* failures since the last success */
  char *hash;    /* of what the article says (title, byline, date, text) */
  char *etag, *last_modified; /* the article's validators */
  char *stem;                 /* its files' path without extension, relative */
  double seconds;             /* of audio */
  int64_t updated;            /* microseconds since 1970, when last changed */
  struct ks_state_file files[KS_MAX_FORMATS]; /* the main one first */
  size_t n_files;
};

void ks_state_item_init(struct ks_state_item *it);
void ks_state_item_free(struct ks_state_item *it); /* may be reused */

/** A source and what it said last time. */
struct ks_state_source {
  char *url;  /* as given: a URL or a file name */
  char *kind; /* "feed", "article" or "urls" */
  char *etag, *last_modified, *hash;
  char *title, *link, *description, *language, *image, *author;
};

void ks_state_source_init(struct ks_state_source *s);
void ks_state_source_free(struct ks_state_source *s);

struct ks_state;

/** Open (creating it and its tables) the state at path: WAL on a local
 *  disk, a rollback journal on a network file system, a busy timeout of
 *  30 s. Fails with KS_ERR_IO, with SQLite's message. */
KS_NODISCARD enum ks_status
ks_state_open(const char *path, struct ks_state **out, struct ks_error *err);
void ks_state_close(struct ks_state *s); /* NULL is a no-op */

KS_NODISCARD enum ks_status ks_state_begin(struct ks_state *s,
                                           struct ks_error *err);
KS_NODISCARD enum ks_status ks_state_commit(struct ks_state *s,
                                            struct ks_error *err);
void ks_state_rollback(struct ks_state *s);

/** A setting's value (the caller frees it), or NULL when unset. */
char *ks_state_get(struct ks_state *s, const char *key);
KS_NODISCARD enum ks_status ks_state_set(struct ks_state *s, const char *key,
                                         const char *value,
                                         struct ks_error *err);

/** The source's record, if there is one (false otherwise). */
bool ks_state_source_get(struct ks_state *s, const char *url,
                         struct ks_state_source *out);
KS_NODISCARD enum ks_status
ks_state_source_put(struct ks_state *s, const struct ks_state_source *src,
                    struct ks_error *err);

/** The item, if the state has it (false otherwise). */
bool ks_state_item_get(struct ks_state *s, const char *identity,
                       struct ks_state_item *out);
/** A source lists it: added as new with it->first_seen, or what the source
 *  says of it (url, source, title, description, feed_date; NULL and 0 keep
 *  what is there) brought up to date. */
KS_NODISCARD enum ks_status ks_state_item_seen(struct ks_state *s,
                                               const struct ks_state_item *it,
                                               struct ks_error *err);
/** It became an episode: status, hash, validators, stem, seconds,
 *  article_date, files (replacing the old, which are retired unless kept)
 *  and a title or description when the state has none. */
KS_NODISCARD enum ks_status ks_state_item_done(struct ks_state *s,
                                               const struct ks_state_item *it,
                                               struct ks_error *err);
/** It failed with reason: one more attempt. A published episode stays
 *  published. */
KS_NODISCARD enum ks_status ks_state_item_failed(struct ks_state *s,
                                                 const char *identity,
                                                 const char *reason,
                                                 struct ks_error *err);
/** Its article is as it was: new validators, no failure. */
KS_NODISCARD enum ks_status ks_state_item_checked(struct ks_state *s,
                                                  const char *identity,
                                                  const char *etag,
                                                  const char *last_modified,
                                                  struct ks_error *err);

/** Called for each item a query gives; return false to stop. */
typedef bool (*ks_state_each_fn)(void *ctx, const struct ks_state_item *it);

/** Every item not yet done (new, or failed), oldest first. */
KS_NODISCARD enum ks_status ks_state_pending(struct ks_state *s,
                                             ks_state_each_fn fn, void *ctx,
                                             struct ks_error *err);
/** The number of published episodes (status done). */
size_t ks_state_count(struct ks_state *s);
/** Published episodes with their files, limit of them from offset, newest
 *  first (newest is true; equal dates by guid) or in exactly the reverse
 *  order. */
KS_NODISCARD enum ks_status ks_state_episodes(struct ks_state *s, bool newest,
                                              size_t offset, size_t limit,
                                              ks_state_each_fn fn, void *ctx,
                                              struct ks_error *err);

/** Files no episode uses any more (an edited article's old audio), each
 *  given to fn with its path relative to the podcast's directory. */
KS_NODISCARD enum ks_status
ks_state_retired(struct ks_state *s, bool (*fn)(void *ctx, const char *path),
                 void *ctx, struct ks_error *err);
/** Whether path is a file of a published episode (true, too, when the
 *  state cannot be read: what may be in use is never removed). */
bool ks_state_in_use(struct ks_state *s, const char *path);
/** Whether stem is an episode's (its companions are in use); true when
 *  the state cannot be read. */
bool ks_state_stem_in_use(struct ks_state *s, const char *stem);
KS_NODISCARD enum ks_status ks_state_retired_clear(struct ks_state *s,
                                                   struct ks_error *err);

/** Fold the state at path (a shard's) into s: each item the other has
 *  newer, with its files; settings and sources likewise; its retired
 *  files. The other file is only read. */
KS_NODISCARD enum ks_status
ks_state_import(struct ks_state *s, const char *path, struct ks_error *err);

/** What the published feed depends on, as a short string (the caller
 *  frees it): the episodes' number and last change, and the settings' last
 *  change (but for the bookkeeping keys "running" and "published"). Equal
 *  strings: the same feed. */
char *ks_state_fingerprint(struct ks_state *s);

/** Microseconds since 1970, for "updated". */
int64_t ks_state_now(void);

#endif
