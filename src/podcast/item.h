/* item.h - one item made into an episode, in a worker: the article asked
 * for (conditionally when it was made before), extracted, hashed, and
 * spoken in every format when it is new or changed (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_ITEM_H
#define KS_ITEM_H

#include "podcast/state.h"

#include <signal.h>

/** What the parent asks of a worker. Strings owned, NULL when unknown. */
struct ks_item_job {
  bool refresh;   /* made before: ask with the validators, and speak
                     only if the article's text changed */
  char *identity; /* handed back with the result */
  char *url;      /* the article: an http(s) URL or a file */
  char *etag, *last_modified, *hash; /* from the last time (refresh) */
  char *stem;     /* its files' path, relative, without the content
                     hash and extension: "episodes/39/3927e083e24959c4" */
  unsigned cores; /* the encoder's threads (0: one); the files are the
                     same at any number */
  int cpu;        /* the processor the episode runs on, or -1: any */
};

enum ks_item_outcome {
  KS_ITEM_MADE,       /* spoken: files written */
  KS_ITEM_UNCHANGED,  /* 304, or the same text */
  KS_ITEM_ERROR,      /* failed; message says why */
  KS_ITEM_INTERRUPTED /* stopped by a signal; nothing written */
};

/** What the worker answers. Strings owned, NULL when unknown. */
struct ks_item_result {
  enum ks_item_outcome outcome;
  enum ks_status code; /* KS_ITEM_ERROR */
  char *message;       /* KS_ITEM_ERROR */
  char *identity;
  char *etag, *last_modified; /* the article's validators now */
  char *hash;                 /* of its text */
  char *stem;                 /* with the hash: the files' path less the
                                 extension (KS_ITEM_MADE) */
  double seconds;             /* of audio */
  int64_t article_date;       /* the page's date, or 0 */
  char *title, *summary;      /* the page's headline and first words */
  struct ks_state_file files[KS_MAX_FORMATS]; /* the main format first */
  size_t n_files;
};

void ks_item_job_free(struct ks_item_job *j);
void ks_item_result_free(struct ks_item_result *r);

void ks_item_job_encode(const struct ks_item_job *j, struct ks_buf *out);
bool ks_item_job_decode(const char *p, size_t n, struct ks_item_job *j);
void ks_item_result_encode(const struct ks_item_result *r, struct ks_buf *out);
bool ks_item_result_decode(const char *p, size_t n, struct ks_item_result *r);

/** What every worker needs: where the podcast is, the formats (the main
 *  one first), and how an episode is made. The engine is started in the
 *  worker, on its first episode. */
struct ks_item_ctx {
  const char *dir;
  const struct ks_format *formats[KS_MAX_FORMATS];
  size_t n_formats;
  const struct ks_episode_opts *episode;
  struct ks_synth *engine;
};

/** The worker's function (a ks_worker_fn): decode a job, do it, encode the
 *  result. ctx is a struct ks_item_ctx. */
void ks_item_serve(void *ctx, const struct ks_buf *in, struct ks_buf *out,
                   volatile sig_atomic_t *stop);

/** Do one job into r (initialised here). */
void ks_item_make(struct ks_item_ctx *c, const struct ks_item_job *j,
                  volatile sig_atomic_t *stop, struct ks_item_result *r);

#endif
