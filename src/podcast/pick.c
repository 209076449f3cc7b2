/* pick.c - what a run has to do: every source read (conditionally), its
 * items kept in the state, and the jobs picked: each item of a source that
 * changed (new ones to make, made ones to ask for again), and each item
 * not yet made.
 * SPDX-License-Identifier: MIT
 */
#include "podcast/ident.h"
#include "podcast/listing.h"
#include "podcast/run.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---------------------------------------------------------------- a set */

/* A set of strings (not owned), open addressing by FNV-1a: an archive feed
 * of a million items must not be searched a million times. */
struct idset {
  const char **slots;
  size_t cap, n;
};

// Whether the set holds s; it is added when it does not.
static bool idset_add(struct idset *set, const char *s) {
  size_t i;
  if (set->n * 2 + 2 > set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 64;
    const char **slots = ks_xcalloc(cap, sizeof *slots);
    for (size_t k = 0; k < set->cap; k++) {
      if (!set->slots[k])
        continue;
      i = ks_ident_fnv1a64(set->slots[k], strlen(set->slots[k])) % cap;
      while (slots[i])
        i = (i + 1) % cap;
      slots[i] = set->slots[k];
    }
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
  }
  i = ks_ident_fnv1a64(s, strlen(s)) % set->cap;
  for (; set->slots[i]; i = (i + 1) % set->cap)
    if (!strcmp(set->slots[i], s))
      return true;
  set->slots[i] = s;
  set->n++;
  return false;
}

// Whether id has a job already; it is noted as having one.
static bool queued(struct ks_run *r, const char *id) {
  struct idset set = {(const char **)r->queued, r->cap_queued, r->n_queued};
  char *copy = ks_xstrdup(id);
  bool had = idset_add(&set, copy);
  if (had)
    free(copy);
  r->queued = (char **)set.slots;
  r->cap_queued = set.cap;
  r->n_queued = set.n;
  return had;
}

static void add_job(struct ks_run *r, const struct ks_state_item *it,
                    bool refresh) {
  struct ks_run_job *j;
  struct ks_buf stem = KS_BUF_INIT;
  char hex[33];
  size_t k = 0;
  if (queued(r, it->identity))
    return;
  for (const char *p = it->guid; *p && k < 32; p++)
    if (*p != '-')
      hex[k++] = *p;
  hex[k] = '\0';
  ks_buf_printf(&stem, "episodes/%.2s/%.16s", hex, hex);
  ks_grow(&r->jobs, &r->cap_jobs, r->n_jobs + 1, sizeof *r->jobs);
  j = &r->jobs[r->n_jobs++];
  memset(j, 0, sizeof *j);
  j->j.cpu = -1; /* any processor, until the dispatcher says */
  j->j.refresh = refresh;
  j->j.identity = ks_xstrdup(it->identity);
  j->j.url = ks_xstrdup(it->url);
  j->j.stem = ks_buf_detach(&stem, NULL);
  if (refresh) {
    j->j.etag = it->etag ? ks_xstrdup(it->etag) : NULL;
    j->j.last_modified =
        it->last_modified ? ks_xstrdup(it->last_modified) : NULL;
    j->j.hash = it->hash ? ks_xstrdup(it->hash) : NULL;
  }
  j->pub = it->pub;
  j->title = ks_xstrdup(it->title ? it->title : it->url);
}

struct candidate {
  const struct ks_feed_item *item;
  char *identity, *link;
  int64_t date; /* its own, else that of the dated item before it */
  size_t order;
};

// Newest first; undated items keep their place after the dated before them.
static int by_date(const void *a, const void *b) {
  const struct candidate *x = a, *y = b;
  if (x->date != y->date)
    return x->date > y->date ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* A source's items, as identities and links: those with neither, or
 * repeating an earlier one, are skipped with a warning. */
static size_t candidates(struct ks_run *r, const char *source,
                         const struct ks_feed *f, struct candidate *c) {
  struct idset seen = {NULL, 0, 0};
  size_t n = 0;
  int64_t last = 0;
  for (size_t i = 0; i < f->n_items; i++) {
    const struct ks_feed_item *it = &f->items[i];
    struct ks_buf id = KS_BUF_INIT, why = KS_BUF_INIT;
    const char *name = it->title ? it->title : it->link ? it->link : it->guid;
    bool dup = false;
    ks_ident_item(it->guid, it->link, &id);
    if (id.len && it->link) {
      c[n].identity = ks_buf_detach(&id, NULL);
      dup = idset_add(&seen, c[n].identity);
      if (dup) {
        ks_buf_puts(&id, c[n].identity);
        free(c[n].identity);
        c[n].identity = NULL;
      }
    }
    if (!c[n].identity) {
      ks_buf_printf(&why, "item %zu%s%s%s: %s; skipped", i + 1,
                    name ? " '" : "", name ? name : "", name ? "'" : "",
                    !id.len || !it->link ? "it has no link"
                                         : "its guid repeats an earlier "
                                           "item's");
      ks_run_report(r, KS_PODCAST_WARNING, source, it->title, why.ptr);
      ks_buf_free(&id);
      ks_buf_free(&why);
      continue;
    }
    if (it->date)
      last = it->date;
    c[n].item = it;
    c[n].link = ks_xstrdup(it->link);
    c[n].date = it->date ? it->date : last;
    c[n].order = i;
    n++;
  }
  free(seen.slots);
  if (n > 1)
    qsort(c, n, sizeof *c, by_date);
  return n;
}

/* A source's items kept in the state (with its record, in one
 * transaction, so that a kill cannot keep the record without the items),
 * and their jobs picked. */
static enum ks_status keep_listing(struct ks_run *r, const char *source,
                                   struct ks_listing *l, struct ks_error *err) {
  struct candidate *c =
      ks_xcalloc(l->feed.n_items ? l->feed.n_items : 1, sizeof *c);
  size_t n = candidates(r, source, &l->feed, c);
  int64_t now = (int64_t)time(NULL);
  enum ks_status st = ks_state_begin(r->state, err);
  if (r->o->limit && n > r->o->limit)
    n = r->o->limit;
  for (size_t i = 0; i < n && st == KS_OK; i++) {
    struct ks_state_item it, old;
    char guid[KS_UUID_LEN + 1];
    if (r->shards &&
        ks_ident_shard(c[i].link, c[i].identity, r->shards) != r->shard)
      continue;
    ks_ident_episode_guid(c[i].identity, guid);
    ks_state_item_init(&it);
    ks_state_item_init(&old);
    it.identity = c[i].identity;
    it.guid = guid;
    it.url = c[i].link;
    it.source = (char *)source;
    it.title = c[i].item->title;
    it.description = c[i].item->description;
    it.feed_date = c[i].item->date;
    it.first_seen = now;
    st = ks_state_item_seen(r->state, &it, err);
    if (st == KS_OK && ks_state_item_get(r->state, c[i].identity, &old))
      add_job(r, &old, old.status == KS_ITEM_DONE);
    ks_state_item_free(&old);
  }
  if (st == KS_OK)
    st = ks_state_source_put(r->state, &l->record, err);
  if (st == KS_OK)
    st = ks_state_commit(r->state, err);
  else
    ks_state_rollback(r->state);
  for (size_t i = 0; i < l->feed.n_items && c[i].identity; i++) {
    free(c[i].identity);
    free(c[i].link);
  }
  free(c);
  return st;
}

static enum ks_status read_source(struct ks_run *r, const char *name, bool urls,
                                  struct ks_error *err) {
  struct ks_listing l;
  struct ks_error e = {KS_OK, "", NULL};
  enum ks_status st;
  ks_listing_init(&l);
  st = ks_listing_read(r->state, name, urls, r->o->episode.source.timeout_s, &l,
                       &e);
  if (st != KS_OK) { /* the others go on; the run fails at the end */
    r->res->source_errors++;
    ks_run_report(r, KS_PODCAST_SOURCE_FAILED, name, NULL, e.msg);
    ks_listing_free(&l);
    return KS_OK;
  }
  {
    struct ks_buf how = KS_BUF_INIT;
    if (l.changed)
      ks_buf_printf(&how, "%zu item%s", l.feed.n_items,
                    l.feed.n_items == 1 ? "" : "s");
    else
      ks_buf_puts(&how, "unchanged");
    ks_run_report(r, KS_PODCAST_SOURCE, name, l.record.title, how.ptr);
    ks_buf_free(&how);
  }
  st = l.changed ? keep_listing(r, name, &l, err)
                 : ks_state_source_put(r->state, &l.record, err);
  ks_listing_free(&l);
  return st;
}

struct pending {
  struct ks_run *r;
  const char *const *names;
  size_t n;
};

// An item not yet made, of a source of this run: its job.
static bool pending_job(void *ctx, const struct ks_state_item *it) {
  struct pending *p = ctx;
  for (size_t i = 0; i < p->n; i++)
    if (it->source && !strcmp(it->source, p->names[i])) {
      add_job(p->r, it, false);
      break;
    }
  return true;
}

static int newest_first(const void *a, const void *b) {
  const struct ks_run_job *x = a, *y = b;
  if (x->pub != y->pub)
    return x->pub > y->pub ? -1 : 1;
  return strcmp(x->j.identity, y->j.identity);
}

enum ks_status ks_run_pick(struct ks_run *r, struct ks_error *err) {
  const struct ks_podcast_opts *o = r->o;
  const char **names = ks_xcalloc(o->n_sources + 1, sizeof *names);
  struct ks_buf all = KS_BUF_INIT;
  struct pending p;
  enum ks_status st = KS_OK;
  size_t n = 0;
  for (size_t i = 0; i < o->n_sources; i++)
    names[n++] = o->sources[i];
  if (o->urls)
    names[n++] = o->urls;
  for (size_t i = 0; i < n; i++)
    ks_buf_printf(&all, "%s%s", i ? "\n" : "", names[i]);
  if (n)
    st = ks_state_set(r->state, "sources", all.ptr, err);
  for (size_t i = 0; i < n && st == KS_OK; i++) {
    if (o->stop && *o->stop)
      break;
    st = read_source(r, names[i], o->urls && i == n - 1, err);
  }
  p.r = r;
  p.names = names;
  p.n = n;
  if (st == KS_OK)
    st = ks_state_pending(r->state, pending_job, &p, err);
  if (r->n_jobs > 1)
    qsort(r->jobs, r->n_jobs, sizeof *r->jobs, newest_first);
  ks_buf_free(&all);
  free(names);
  return st;
}
