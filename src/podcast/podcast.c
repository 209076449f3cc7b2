/* podcast.c - a site's feed becomes a feed of episodes, incrementally: the
 * run (sources, state, workers, feed) and the merge of shards.
 * SPDX-License-Identifier: MIT
 *
 * One run, in the parent process:
 *   1. lock the podcast (or the shard), open its state, fold in shards';
 *   2. read each source, conditionally; keep its items in the state, and
 *      pick the jobs (pick.c): every item of a source that changed (new
 *      ones to make, made ones to ask for again, conditionally), and every
 *      item not yet made (new, or failed before);
 *   3. fork the workers (the parent holds no SQLite connection across the
 *      fork and never starts a speech engine), hand out the jobs newest
 *      first, and keep each result in the state as it comes, in its own
 *      transaction;
 *   4. unless sharded, write feed.xml from the state.
 * A kill at any moment leaves the state as of the last result kept; files
 * appear only whole (src/file.h), and a worker dies with its parent.
 */
#define _GNU_SOURCE /* sched_getaffinity */
#include "podcast/item.h"
#include "podcast/publish.h"
#include "podcast/rss.h"
#include "podcast/shard.h"
#include "podcast/run.h"
#include "podcast/state.h"
#include "podcast/workers.h"
#include "buf.h"
#include "url.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LOCK_WAIT_S 30    /* for a killed run's workers to end */
#define STALE_TEMP_S 600  /* a shard's leftover temporary file */
#define WAIT_SLICE_MS 200 /* how often a stop is noticed */
#define STOP_GRACE_MS 15000

void ks_podcast_opts_init(struct ks_podcast_opts *o) {
  memset(o, 0, sizeof *o);
  ks_episode_opts_init(&o->episode);
  o->explicit_content = -1;
  o->locked = -1;
}

/* ---------------------------------------------------------------- setup */

// mkdir -p, for the podcast's directory and those in it.
static enum ks_status make_dirs(const char *path, struct ks_error *err) {
  char *p = ks_xstrdup(path);
  enum ks_status st = KS_OK;
  for (char *s = p + 1; st == KS_OK; s++) {
    bool end = *s == '\0';
    if (*s != '/' && !end)
      continue;
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
      st = ks_error_set(err, KS_ERR_IO, "cannot make %s: %s", p,
                        strerror(errno));
    if (end)
      break;
    *s = '/';
  }
  free(p);
  return st;
}

static char *path_in(const struct ks_run *r, const char *name) {
  struct ks_buf b = KS_BUF_INIT;
  ks_buf_printf(&b, "%s/%s", r->dir, name);
  return ks_buf_detach(&b, NULL);
}

/* The state file's name: the podcast's, or this shard's alone. */
static char *state_name(const struct ks_run *r, const char *ext) {
  struct ks_buf b = KS_BUF_INIT;
  if (r->shards)
    ks_buf_printf(&b, "%s/state/shard-%u-of-%u.%s", r->dir, r->shard, r->shards,
                  ext);
  else
    ks_buf_printf(&b, "%s/state/podcast.%s", r->dir, ext);
  return ks_buf_detach(&b, NULL);
}

/* One run of a podcast (or of a shard) at a time. A killed run's workers
 * hold the lock until they have ended, so a new run waits for them. */
static enum ks_status lock(struct ks_run *r, struct ks_error *err) {
  char *path = state_name(r, "lock");
  enum ks_status st = KS_OK;
  r->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (r->lock_fd < 0) {
    st = ks_error_set(err, KS_ERR_IO, "cannot open %s: %s", path,
                      strerror(errno));
  } else {
    int waited = 0;
    while (flock(r->lock_fd, LOCK_EX | LOCK_NB) != 0) {
      struct timespec ts = {0, 100 * 1000000L};
      if (errno != EWOULDBLOCK && errno != EINTR) {
        st = ks_error_set(err, KS_ERR_IO, "cannot lock %s: %s", path,
                          strerror(errno));
        break;
      }
      if (waited >= LOCK_WAIT_S * 10 || (r->o->stop && *r->o->stop)) {
        st = ks_error_set(err, KS_ERR_IO,
                          "%s is in use by another kispeak podcast run "
                          "(%s)",
                          r->dir, path);
        break;
      }
      nanosleep(&ts, NULL);
      waited++;
    }
  }
  free(path);
  return st;
}

/* Temporary files (".kispeak-*") of a run that was killed: all of them for
 * the podcast's own run, which holds the lock; for a shard, only those
 * untouched for STALE_TEMP_S, as other shards may be writing beside it. */
static void sweep_dir(const char *dir, time_t older_than, int depth) {
  DIR *d = opendir(dir);
  struct dirent *e;
  if (!d)
    return;
  while ((e = readdir(d)) != NULL) {
    struct ks_buf p = KS_BUF_INIT;
    struct stat sb;
    if (e->d_name[0] == '.' && (!e->d_name[1] || !strcmp(e->d_name, "..")))
      continue;
    ks_buf_printf(&p, "%s/%s", dir, e->d_name);
    if (lstat(p.ptr, &sb) == 0) {
      if (S_ISDIR(sb.st_mode) && depth > 0)
        sweep_dir(p.ptr, older_than, depth - 1);
      else if (S_ISREG(sb.st_mode) && !strncmp(e->d_name, ".kispeak-", 9) &&
               sb.st_mtime <= older_than)
        (void)unlink(p.ptr);
    }
    ks_buf_free(&p);
  }
  closedir(d);
}

static void sweep_temps(const struct ks_run *r) {
  time_t limit = r->shards ? time(NULL) - STALE_TEMP_S : time(NULL) + 1;
  char *eps = path_in(r, "episodes"), *arch = path_in(r, "archive");
  if (!r->shards) {
    sweep_dir(r->dir, limit, 0);
    sweep_dir(arch, limit, 0);
  }
  sweep_dir(eps, limit, 1);
  free(eps);
  free(arch);
}

/* Every shard's state folded into the podcast's own (only read). */
static enum ks_status import_shards(struct ks_run *r, struct ks_error *err) {
  char *dir = path_in(r, "state");
  DIR *d = opendir(dir);
  struct dirent *e;
  enum ks_status st = KS_OK;
  char **names = NULL;
  size_t n = 0, cap = 0;
  while (d && (e = readdir(d)) != NULL) {
    size_t k = strlen(e->d_name);
    if (strncmp(e->d_name, "shard-", 6) || k < 4 ||
        strcmp(e->d_name + k - 3, ".db"))
      continue;
    ks_grow(&names, &cap, n + 1, sizeof *names);
    names[n++] = ks_xstrdup(e->d_name);
  }
  if (d)
    closedir(d);
  for (size_t i = 0; i < n; i++) {
    struct ks_buf p = KS_BUF_INIT;
    ks_buf_printf(&p, "%s/%s", dir, names[i]);
    if (st == KS_OK)
      st = ks_state_import(r->state, p.ptr, err);
    ks_buf_free(&p);
    free(names[i]);
  }
  free(names);
  free(dir);
  return st;
}

static enum ks_status set_if(struct ks_run *r, const char *key, const char *v,
                             struct ks_error *err) {
  return v ? ks_state_set(r->state, key, v, err) : KS_OK;
}

static const struct ks_format *audio_format(const char *name) {
  const struct ks_format *f = ks_format_find(name);
  return f && !strncmp(f->mime, "audio/", 6) ? f : NULL;
}

/* A cover image: a file that can be read, and a PNG or a JPEG by its first
 * bytes (podcast apps take no other). */
static enum ks_status image_file(const char *path, struct ks_error *err) {
  unsigned char head[8] = {0};
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  ssize_t n;
  if (fd < 0)
    return ks_error_set(err, KS_ERR_IO, "cannot read %s: %s", path,
                        strerror(errno));
  n = read(fd, head, sizeof head);
  close(fd);
  if (n == 8 && (!memcmp(head, "\x89PNG\r\n\x1a\n", 8) ||
                 !memcmp(head, "\xFF\xD8\xFF", 3)))
    return KS_OK;
  return ks_error_set(err, KS_ERR_USAGE, "%s is neither a PNG nor a JPEG image",
                      path);
}

/* The show's text options, and the settings that keep them. */
static const struct {
  const char *key;
  size_t at;
} texts[] = {{"format", offsetof(struct ks_podcast_opts, format)},
             {"title", offsetof(struct ks_podcast_opts, title)},
             {"description", offsetof(struct ks_podcast_opts, description)},
             {"author", offsetof(struct ks_podcast_opts, author)},
             {"owner", offsetof(struct ks_podcast_opts, owner)},
             {"language", offsetof(struct ks_podcast_opts, language)},
             {"category", offsetof(struct ks_podcast_opts, category)}};

/* The show options given this time, kept for the runs after it. */
static enum ks_status keep_options(struct ks_run *r, struct ks_error *err) {
  const struct ks_podcast_opts *o = r->o;
  struct ks_buf b = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  if (o->base_url) {
    if (!ks_url_has_scheme(o->base_url))
      st = ks_error_set(err, KS_ERR_USAGE,
                        "'%s' is not a URL (https://example.org/podcast/)",
                        o->base_url);
    ks_buf_puts(&b, o->base_url);
    if (!b.len || b.ptr[b.len - 1] != '/')
      ks_buf_putc(&b, '/');
    if (st == KS_OK)
      st = ks_state_set(r->state, "base_url", b.ptr, err);
    st = ks_error_option(err, st, "--base-url");
  }
  if (st == KS_OK && o->format && !audio_format(o->format))
    st = ks_error_option(err,
                         ks_error_set(err, KS_ERR_USAGE,
                                      "'%s' is not an audio format", o->format),
                         "--format");
  for (size_t i = 0; st == KS_OK && o->also && i < o->n_also; i++)
    if (!audio_format(o->also[i]))
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_USAGE,
                                        "'%s' is not an audio format",
                                        o->also[i]),
                           "--also");
  if (st == KS_OK && o->also) {
    ks_buf_clear(&b);
    for (size_t i = 0; i < o->n_also; i++)
      ks_buf_printf(&b, "%s%s", i ? "," : "", o->also[i]);
    st = ks_state_set(r->state, "also", b.ptr, err);
  }
  if (st == KS_OK && o->image && !ks_url_is_http(o->image)) {
    /* kept as an absolute path: a later run may start elsewhere */
    char cwd[4096];
    ks_buf_clear(&b);
    if (o->image[0] != '/' && getcwd(cwd, sizeof cwd))
      ks_buf_printf(&b, "%s/", cwd);
    ks_buf_puts(&b, o->image);
    st = ks_error_option(err, image_file(b.ptr, err), "--image");
    if (st == KS_OK)
      st = ks_state_set(r->state, "image", b.ptr, err);
  } else if (st == KS_OK) {
    st = set_if(r, "image", o->image, err);
  }
  for (size_t i = 0; st == KS_OK && i < sizeof texts / sizeof texts[0]; i++)
    st = set_if(
        r, texts[i].key,
        *(const char *const *)(const void *)((const char *)o + texts[i].at),
        err);
  if (st == KS_OK && o->explicit_content >= 0)
    st = ks_state_set(r->state, "explicit",
                      o->explicit_content ? "true" : "false", err);
  if (st == KS_OK && o->locked >= 0)
    st = ks_state_set(r->state, "locked", o->locked ? "yes" : "no", err);
  if (st == KS_OK && o->page_size) {
    ks_buf_clear(&b);
    ks_buf_printf(&b, "%zu", o->page_size);
    st = ks_state_set(r->state, "page_size", b.ptr, err);
  }
  ks_buf_free(&b);
  return st;
}

/* The formats kept in the state: the main one (mp3 by default), then the
 * alternates. */
static enum ks_status load_formats(struct ks_run *r, struct ks_error *err) {
  char *main_name = ks_state_get(r->state, "format");
  char *also = ks_state_get(r->state, "also");
  enum ks_status st = KS_OK;
  r->formats[0] = audio_format(main_name ? main_name : "mp3");
  r->n_formats = 1;
  for (char *p = also, *next; p && *p && r->n_formats < KS_MAX_FORMATS;
       p = next) {
    const struct ks_format *f;
    next = strchr(p, ',');
    if (next)
      *next++ = '\0';
    else
      next = p + strlen(p);
    f = audio_format(p);
    if (f && f != r->formats[0])
      r->formats[r->n_formats++] = f;
  }
  if (!r->formats[0])
    st = ks_error_set(err, KS_ERR_USAGE, "no audio format '%s'", main_name);
  free(main_name);
  free(also);
  return st;
}

/* Every episode option checked before any work (a voice, a lexicon, a
 * jingle, the format's rate), on the paths an episode will have. */
static enum ks_status check_episode(const struct ks_run *r,
                                    struct ks_error *err) {
  struct ks_episode_opts o = r->o->episode;
  struct ks_buf a = KS_BUF_INIT, c = KS_BUF_INIT;
  enum ks_status st = KS_OK;
  for (size_t i = 0; i < r->n_formats && st == KS_OK; i++) {
    ks_buf_clear(&a);
    ks_buf_printf(&a, "%s/episodes/check.%s", r->dir, r->formats[i]->exts[0]);
    ks_buf_clear(&c);
    ks_buf_printf(&c, "%s/episodes/check.vtt", r->dir);
    o.audio = a.ptr;
    o.format = r->formats[i];
    o.captions = c.ptr;
    st = ks_episode_check(&o, NULL, NULL, err);
    if (st == KS_OK && o.rate && !ks_format_rate_ok(r->formats[i], o.rate))
      st = KS_ERR_USAGE;
  }
  ks_buf_free(&a);
  ks_buf_free(&c);
  return st;
}

/* ---------------------------------------------------------------- results */

static enum ks_status keep_made(struct ks_run *r, const struct ks_run_job *j,
                                const struct ks_item_result *res,
                                struct ks_error *err) {
  struct ks_state_item it;
  enum ks_status st;
  ks_state_item_init(&it);
  it.identity = res->identity;
  it.hash = res->hash;
  it.etag = res->etag;
  it.last_modified = res->last_modified;
  it.stem = res->stem;
  it.seconds = res->seconds;
  it.article_date = res->article_date;
  it.title = res->title;
  it.description = res->summary;
  memcpy(it.files, res->files, sizeof it.files);
  it.n_files = res->n_files;
  st = ks_state_item_done(r->state, &it, err);
  if (st == KS_OK) {
    struct ks_podcast_event e;
    memset(&e, 0, sizeof e);
    e.kind = KS_PODCAST_MADE;
    e.url = j->j.url;
    e.title = res->title ? res->title : j->title;
    e.again = j->j.refresh;
    e.seconds = res->seconds;
    e.done = r->done;
    e.total = r->n_jobs;
    if (r->o->report)
      r->o->report(r->o->report_ctx, &e);
    if (j->j.refresh)
      r->res->remade++;
    else
      r->res->made++;
  }
  return st;
}

/* One result kept in the state, in its own transaction. A failure of an
 * episode already published (its article now a 404) leaves it published. */
static enum ks_status keep_result(struct ks_run *r, const struct ks_run_job *j,
                                  const struct ks_item_result *res,
                                  struct ks_error *err) {
  enum ks_status st = ks_state_begin(r->state, err);
  if (st != KS_OK)
    return st;
  r->done++;
  if (res->outcome == KS_ITEM_MADE) {
    st = keep_made(r, j, res, err);
  } else if (res->outcome == KS_ITEM_UNCHANGED) {
    st = ks_state_item_checked(r->state, j->j.identity, res->etag,
                               res->last_modified, err);
    r->res->unchanged++;
    if (st == KS_OK)
      ks_run_report(r, KS_PODCAST_UNCHANGED, j->j.url, j->title, NULL);
  } else if (res->outcome == KS_ITEM_ERROR) {
    st = ks_state_item_failed(r->state, j->j.identity, res->message, err);
    if (st == KS_OK && r->o->report) {
      struct ks_podcast_event e;
      memset(&e, 0, sizeof e);
      e.kind = KS_PODCAST_FAILED;
      e.url = j->j.url;
      e.title = j->title;
      e.detail = res->message;
      e.published = j->j.refresh;
      e.done = r->done;
      e.total = r->n_jobs;
      r->o->report(r->o->report_ctx, &e);
    }
    if (!j->j.refresh)
      r->res->failed++;
  } else {
    r->done--; /* interrupted: left for the next run */
  }
  if (st == KS_OK)
    st = ks_state_commit(r->state, err);
  else
    ks_state_rollback(r->state);
  return st;
}

/* ---------------------------------------------------------------- workers */

/* The processors online, when the affinity mask cannot be read. */
static size_t online_processors(void) {
  long k = sysconf(_SC_NPROCESSORS_ONLN);
  return k > 0 ? (size_t)k : 1;
}

/* The processors this process may run on, in a new array; how many in *n
 * (0 when unknown). */
static int *processors(size_t *n) {
  cpu_set_t set;
  int *cpus;
  *n = 0;
  if (sched_getaffinity(0, sizeof set, &set) != 0 || CPU_COUNT(&set) < 1)
    return NULL;
  cpus = ks_xcalloc((size_t)CPU_COUNT(&set), sizeof *cpus);
  for (int c = 0; c < CPU_SETSIZE && *n < (size_t)CPU_COUNT(&set); c++)
    if (CPU_ISSET(c, &set))
      cpus[(*n)++] = c;
  return cpus;
}

/* The next jobs to every idle worker. When there are as many workers as
 * processors (the default), an episode that is one of several at once runs on
 * its worker's processor: its threads (synthesis, the signal path, the
 * encoder) then stay off the other episode's core, where the kernel put
 * them often enough that -j 2 on two cores kept 1.81 to 1.84 of them busy;
 * with this, 1.87 to 1.92 (`make bench-podcast`). */
static void hand_out(struct ks_run *r, struct ks_workers *w, size_t n,
                     const int *cpus, size_t n_cpus, size_t *on, size_t *next,
                     struct ks_buf *msg) {
  size_t i;
  while (*next < r->n_jobs && (i = ks_workers_idle(w)) != SIZE_MAX) {
    ks_buf_clear(msg);
    /* the last round of jobs gets the cores the others leave as they
     * end (the files are the same at any number) */
    r->jobs[*next].j.cores = *next + n >= r->n_jobs ? (unsigned)n : 1;
    r->jobs[*next].j.cpu =
        r->jobs[*next].j.cores == 1 && n_cpus >= 2 && n == n_cpus
            ? cpus[i] /* i < n, one worker a processor */
            : -1;
    ks_item_job_encode(&r->jobs[*next].j, msg);
    struct ks_error lost; /* a dead worker: the next one takes the job */
    if (ks_workers_send(w, i, msg->ptr, msg->len, &lost) == KS_OK)
      on[i] = (*next)++;
  }
}

/* The jobs, out to the workers and back, newest first. The state is closed
 * over the fork and opened again after it. */
static enum ks_status dispatch(struct ks_run *r, struct ks_error *err) {
  struct ks_item_ctx ctx;
  struct ks_workers *w = NULL;
  struct ks_buf msg = KS_BUF_INIT, out = KS_BUF_INIT;
  size_t *on = NULL, next = 0, n, n_cpus;
  int *cpus = processors(&n_cpus);
  char *path = state_name(r, "db");
  enum ks_status st;
  bool stopping = false, cover_asked = r->shards != 0;

  /* by default one worker for each processor this process may run on
   * ("taskset -c 0,1" gives two on a bigger machine) */
  n = r->o->jobs ? r->o->jobs : n_cpus ? n_cpus : online_processors();

  if (!r->n_jobs) {
    free(cpus);
    free(path);
    return KS_OK;
  }
  memset(&ctx, 0, sizeof ctx);
  ctx.dir = r->dir;
  memcpy(ctx.formats, r->formats, sizeof ctx.formats);
  ctx.n_formats = r->n_formats;
  ctx.episode = &r->o->episode;
  if (n > r->n_jobs)
    n = r->n_jobs;
  on = ks_xcalloc(n, sizeof *on);
  ks_state_close(r->state);
  r->state = NULL;
  st = ks_workers_start(n, ks_item_serve, &ctx, &w, err);
  if (st == KS_OK)
    st = ks_state_open(path, &r->state, err);
  while (st == KS_OK &&
         (ks_workers_busy(w) || (next < r->n_jobs && !stopping))) {
    size_t i;
    bool died;
    const char *why;
    if (!stopping && r->o->stop && *r->o->stop) {
      stopping = true;
      ks_workers_interrupt(w); /* the signal may have been ours alone */
    }
    if (!stopping)
      hand_out(r, w, n, cpus, n_cpus, on, &next, &out);
    /* the cover, if one is to be drawn, takes a core that no episode
     * needs any more */
    if (!stopping && next == r->n_jobs && !cover_asked &&
        ks_workers_idle(w) != SIZE_MAX) {
      cover_asked = true;
      st = ks_publish_cover_start(r->state, r->dir, &r->cover, err);
      if (st != KS_OK)
        break;
    }
    if (!ks_workers_alive(w) && !ks_workers_busy(w)) {
      st = ks_error_set(err, KS_ERR_IO, "every worker ended");
      break;
    }
    if (ks_workers_wait(w, WAIT_SLICE_MS, &i, &msg, &died, &why)) {
      struct ks_item_result res;
      bool ok = !died && ks_item_result_decode(msg.ptr, msg.len, &res);
      if (!ok) {
        if (!died)
          ks_item_result_free(&res);
        memset(&res, 0, sizeof res);
        /* a job ended by the stop is left for the next run */
        res.outcome = stopping ? KS_ITEM_INTERRUPTED : KS_ITEM_ERROR;
        res.message = ks_xstrdup(died ? why : "a garbled answer");
        res.identity = ks_xstrdup(r->jobs[on[i]].j.identity);
      }
      size_t done = on[i];
      /* the worker gets its next job before the state is written, so
       * that it does not wait on the parent's commit */
      if (!stopping && !(r->o->stop && *r->o->stop))
        hand_out(r, w, n, cpus, n_cpus, on, &next, &out);
      st = keep_result(r, &r->jobs[done], &res, err);
      ks_item_result_free(&res);
    }
  }
  if (st == KS_OK && stopping)
    r->res->interrupted = true;
  ks_workers_stop(w, STOP_GRACE_MS);
  ks_buf_free(&msg);
  ks_buf_free(&out);
  free(on);
  free(cpus);
  free(path);
  return st;
}

/* ---------------------------------------------------------------- the run */

static void run_free(struct ks_run *r) {
  for (size_t i = 0; i < r->n_jobs; i++) {
    ks_item_job_free(&r->jobs[i].j);
    free(r->jobs[i].title);
  }
  free(r->jobs);
  for (size_t i = 0; i < r->cap_queued; i++)
    free(r->queued[i]);
  free(r->queued);
  ks_state_close(r->state);
  if (r->lock_fd >= 0)
    close(r->lock_fd);
  free(r->dir);
}

/* The podcast's directory, lock and state, ready for work. */
static enum ks_status open_podcast(struct ks_run *r, bool merge,
                                   struct ks_error *err) {
  const struct ks_podcast_opts *o = r->o;
  enum ks_status st = KS_OK;
  char *path, *running;
  size_t n;
  if (!o->dir || !*o->dir)
    return ks_error_set(err, KS_ERR_USAGE, "no directory given");
  r->dir = ks_xstrdup(o->dir);
  n = strlen(r->dir);
  while (n > 1 && r->dir[n - 1] == '/')
    r->dir[--n] = '\0';
  if (!merge && o->shard)
    st = ks_error_option(
        err, ks_shard_parse(o->shard, NULL, &r->shard, &r->shards, err),
        "--shard");
  r->res->shard = r->shard;
  r->res->shards = r->shards;
  path = path_in(r, "state");
  if (st == KS_OK)
    st = make_dirs(path, err);
  free(path);
  path = path_in(r, "episodes");
  if (st == KS_OK)
    st = make_dirs(path, err);
  free(path);
  if (st == KS_OK)
    st = lock(r, err);
  path = state_name(r, "db");
  if (st == KS_OK)
    st = ks_state_open(path, &r->state, err);
  free(path);
  if (st == KS_OK && !r->shards)
    st = import_shards(r, err);
  if (st != KS_OK)
    return st;
  running = ks_state_get(r->state, "running");
  if (running) /* the last run was killed: its leftovers go */
    sweep_temps(r);
  free(running);
  st = ks_state_set(r->state, "running", "1", err);
  if (st == KS_OK)
    st = keep_options(r, err);
  if (st == KS_OK)
    st = load_formats(r, err);
  return st;
}

static enum ks_status close_podcast(struct ks_run *r, enum ks_status st,
                                    struct ks_error *err) {
  struct ks_published pub;
  if (st == KS_OK && !r->shards) {
    st = ks_publish(r->state, r->dir, r->cover, &pub, err);
    r->cover = NULL;
    r->res->published = pub.episodes;
    r->res->archives = pub.archives;
    r->res->feed_changed = pub.feed_changed;
  } else if (st == KS_OK) {
    r->res->published = ks_state_count(r->state);
  }
  if (r->cover) { /* the run failed: the cover is left for the next one */
    struct ks_error ignored;
    if (ks_cover_finish(r->cover, &ignored) != KS_OK) {
      /* no matter: the next run draws it */
    }
    r->cover = NULL;
  }
  if (r->state && ks_state_set(r->state, "running", NULL, NULL) != KS_OK) {
    /* the flag stays, and the next run sweeps for leftovers: harmless */
  }
  if (st == KS_OK && r->res->interrupted)
    st = ks_error_set(err, KS_ERR_INTERRUPTED,
                      "stopped; what was finished is kept, and the next run "
                      "does the rest");
  return st;
}

enum ks_status ks_podcast_run(const struct ks_podcast_opts *o,
                              struct ks_podcast_result *res,
                              struct ks_error *err) {
  struct ks_run r;
  enum ks_status st;
  memset(&r, 0, sizeof r);
  memset(res, 0, sizeof *res);
  r.o = o;
  r.res = res;
  r.lock_fd = -1;
  st = open_podcast(&r, false, err);
  if (st == KS_OK && !r.shards) {
    char *base = ks_state_get(r.state, "base_url");
    if (!base)
      st = ks_error_option(err,
                           ks_error_set(err, KS_ERR_USAGE,
                                        "the podcast's public address is "
                                        "needed on its first run"),
                           "--base-url");
    free(base);
  }
  if (st == KS_OK)
    st = check_episode(&r, err);
  if (st == KS_OK)
    st = ks_run_pick(&r, err);
  if (st == KS_OK && o->stop && *o->stop)
    res->interrupted = true;
  else if (st == KS_OK)
    st = dispatch(&r, err);
  st = close_podcast(&r, st, err);
  run_free(&r);
  return st;
}

enum ks_status ks_podcast_merge(const struct ks_podcast_opts *o,
                                struct ks_podcast_result *res,
                                struct ks_error *err) {
  struct ks_run r;
  enum ks_status st;
  memset(&r, 0, sizeof r);
  memset(res, 0, sizeof *res);
  r.o = o;
  r.res = res;
  r.lock_fd = -1;
  st = open_podcast(&r, true, err);
  st = close_podcast(&r, st, err);
  run_free(&r);
  return st;
}
