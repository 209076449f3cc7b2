/* run.h - one podcast run as its two halves share it: the run itself
 * (podcast.c) and the picking of jobs from the sources (pick.c)
 * (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_RUN_H
#define KS_RUN_H

#include "podcast/item.h"
#include "podcast/state.h"

#include <string.h>

struct ks_run_job {
  struct ks_item_job j;
  int64_t pub; /* newest first */
  char *title; /* for reports */
};

struct ks_run {
  const struct ks_podcast_opts *o;
  struct ks_podcast_result *res;
  char *dir;
  unsigned shard, shards;
  int lock_fd;
  struct ks_state *state;
  const struct ks_format *formats[KS_MAX_FORMATS];
  size_t n_formats;
  struct ks_run_job *jobs;
  size_t n_jobs, cap_jobs;
  char **queued; /* identities with a job: an open-addressing set */
  size_t cap_queued, n_queued;
  size_t done;
  struct ks_cover_job *cover; /* being drawn while the last episodes end */
};

/* Tell the caller about something, if it asked. */
static inline void ks_run_report(const struct ks_run *r,
                                 enum ks_podcast_event_kind kind,
                                 const char *url, const char *title,
                                 const char *detail) {
  struct ks_podcast_event e;
  if (!r->o->report)
    return;
  memset(&e, 0, sizeof e);
  e.kind = kind;
  e.url = url;
  e.title = title;
  e.detail = detail;
  e.done = r->done;
  e.total = r->n_jobs;
  r->o->report(r->o->report_ctx, &e);
}

/** Read every source of the run (and --urls), keep their items in the
 *  state, and pick the jobs: r->jobs, newest first. A source that cannot be
 *  read is reported and counted (r->res->source_errors); the others go
 *  on. */
KS_NODISCARD enum ks_status ks_run_pick(struct ks_run *r, struct ks_error *err);

#endif
