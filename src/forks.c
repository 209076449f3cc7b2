/* forks.c - jobs run in child processes, their results taken in order.
 * SPDX-License-Identifier: MIT
 *
 * Written here: what is wanted is fork() from a process whose state the job
 * needs (espeak-ng's, set up once), with results in order and at most N at
 * a time; libraries that run work in processes (GNU parallel is a program)
 * start them with exec, which would lose that state.
 *
 * Each child writes its result to an unlinked temporary file and its report
 * (a struct ks_error) to a pipe, then exits. The parent notices a report by
 * poll(), reaps that child with waitpid() on its own pid (never -1, so it
 * leaves the caller's other children alone), and starts the next job.
 */
#define _GNU_SOURCE /* O_TMPFILE, mkostemp, pipe2 */
#include "forks.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum state { WAITING, RUNNING, DONE };

struct job {
  enum state state;
  pid_t pid;
  int fd;              /* the temporary file, or -1 */
  int report;          /* the pipe the child reports on, or -1 */
  struct ks_error err; /* the child's report */
};

struct ks_forks {
  struct job *jobs;
  size_t n, next; /* jobs; the next to start */
  size_t taken;   /* the job whose result is handed over now */
  unsigned at_once, running;
  ks_fork_job job;
  void *ctx;
  enum ks_status code;     /* for the failures of the machinery itself */
  struct ks_error refused; /* why a job could not be started, if one not */
};

unsigned ks_forks_cores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (unsigned)n;
}

/* An unlinked temporary file in $TMPDIR. */
static int temp_file(struct ks_error *err, enum ks_status code) {
  const char *dir = getenv("TMPDIR");
  char path[4096];
  int fd;
  if (!dir || !*dir)
    dir = "/tmp";
#ifdef O_TMPFILE
  fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0)
    return fd;
#endif
  snprintf(path, sizeof path, "%s/kispeak-XXXXXX", dir);
  fd = mkostemp(path, O_CLOEXEC);
  if (fd >= 0) {
    unlink(path);
    return fd;
  }
  ks_error_set(err, code, "cannot make a temporary file in %s: %s", dir,
               strerror(errno));
  return -1;
}

static bool write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n > 0) {
    ssize_t k = write(fd, c, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return false;
    c += k;
    n -= (size_t)k;
  }
  return true;
}

/* In the child: the job, its report, and out. Signals are as a new process
 * has them, so that ^C stops the child too; _exit() leaves the parent's
 * buffered files alone. */
static void child(struct ks_forks *f, size_t i, int out) {
  struct ks_error err = {KS_OK, "", NULL};
  enum ks_status st;
  sigset_t none;
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  for (size_t k = 0; k < f->n; k++) /* the other jobs' ends */
    if (k != i) {
      if (f->jobs[k].fd >= 0)
        close(f->jobs[k].fd);
      if (f->jobs[k].report >= 0)
        close(f->jobs[k].report);
    }
  st = f->job(f->ctx, i, f->jobs[i].fd, &err);
  if (st == KS_OK)
    err.code = KS_OK;
  else if (err.code == KS_OK)
    ks_error_set(&err, st, "%s", ks_strerror(st));
  _exit(write_all(out, &err, sizeof err) && st == KS_OK ? 0 : 1);
}

static void start(struct ks_forks *f) {
  struct job *j = &f->jobs[f->next];
  int p[2];
  j->fd = temp_file(&f->refused, f->code);
  if (j->fd < 0)
    return;
  if (pipe2(p, O_CLOEXEC) != 0) {
    ks_error_set(&f->refused, f->code, "cannot make a pipe: %s",
                 strerror(errno));
    close(j->fd);
    j->fd = -1;
    return;
  }
  j->pid = fork();
  if (j->pid == 0)
    child(f, f->next, p[1]);
  close(p[1]);
  if (j->pid < 0) {
    ks_error_set(&f->refused, f->code, "cannot start a worker process: %s",
                 strerror(errno));
    close(p[0]);
    close(j->fd);
    j->fd = -1;
    return;
  }
  j->report = p[0];
  j->state = RUNNING;
  f->running++;
  f->next++;
}

static void start_more(struct ks_forks *f) {
  while (f->refused.code == KS_OK && f->running < f->at_once &&
         f->next < f->n && f->next < f->taken + 2 * (size_t)f->at_once)
    start(f);
}

/* A child that has reported, or closed its end: its report, and its exit. */
static void finish(struct ks_forks *f, struct job *j) {
  size_t got = 0;
  int ws = 0;
  while (got < sizeof j->err) {
    ssize_t k = read(j->report, (char *)&j->err + got, sizeof j->err - got);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      break;
    got += (size_t)k;
  }
  close(j->report);
  j->report = -1;
  while (waitpid(j->pid, &ws, 0) < 0 && errno == EINTR)
    ;
  j->state = DONE;
  f->running--;
  if (got == sizeof j->err)
    return;
  if (WIFSIGNALED(ws) &&
      (WTERMSIG(ws) == SIGINT || WTERMSIG(ws) == SIGTERM ||
       WTERMSIG(ws) == SIGHUP))
    ks_error_set(&j->err, KS_ERR_INTERRUPTED, "stopped by a signal");
  else if (WIFSIGNALED(ws))
    ks_error_set(&j->err, f->code, "a worker process was killed by signal %d "
                 "(%s)", WTERMSIG(ws), strsignal(WTERMSIG(ws)));
  else
    ks_error_set(&j->err, f->code, "a worker process ended without a report");
}

/* Waits up to timeout_ms for children to report, and starts the next jobs
 * in the places of those that have. Returns poll()'s errno when it failed
 * for another reason than a signal, else 0. */
static int tend(struct ks_forks *f, int timeout_ms) {
  struct pollfd fds[64];
  size_t who[64], n = 0;
  for (size_t k = 0; k < f->next && n < 64; k++)
    if (f->jobs[k].state == RUNNING) {
      fds[n].fd = f->jobs[k].report;
      fds[n].events = POLLIN;
      fds[n].revents = 0;
      who[n++] = k;
    }
  int ready = n > 0 ? poll(fds, (nfds_t)n, timeout_ms) : 0;
  int failed = ready < 0 && errno != EINTR && errno != EAGAIN ? errno : 0;
  for (size_t k = 0; ready > 0 && k < n; k++)
    if (fds[k].revents)
      finish(f, &f->jobs[who[k]]);
  start_more(f);
  return failed;
}

void ks_forks_tend(struct ks_forks *f) { (void)tend(f, 0); }

/* Until job i has finished; a tenth of a second at a time, to notice a
 * request to stop. */
static enum ks_status wait_for(struct ks_forks *f, size_t i,
                               volatile sig_atomic_t *stop,
                               struct ks_error *err) {
  int e;
  while (f->jobs[i].state != DONE) {
    if (stop && *stop)
      return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
    if (f->jobs[i].state == WAITING && f->refused.code != KS_OK) {
      *err = f->refused;
      return f->refused.code;
    }
    if ((e = tend(f, 100)) != 0)
      return ks_error_set(err, f->code, "cannot wait for a worker: %s",
                          strerror(e));
  }
  if (f->jobs[i].err.code != KS_OK) {
    *err = f->jobs[i].err;
    return err->code;
  }
  return KS_OK;
}

enum ks_status ks_forks_run(size_t n, unsigned at_once, ks_fork_job job,
                            ks_fork_result result, void *ctx,
                            volatile sig_atomic_t *stop, enum ks_status code,
                            struct ks_error *err) {
  struct ks_forks f;
  enum ks_status st = KS_OK;
  memset(&f, 0, sizeof f);
  f.jobs = calloc(n ? n : 1, sizeof *f.jobs);
  if (!f.jobs)
    return ks_error_set(err, code, "out of memory");
  f.n = n;
  f.at_once = at_once ? at_once : ks_forks_cores();
  f.job = job;
  f.ctx = ctx;
  f.code = code;
  for (size_t i = 0; i < n; i++)
    f.jobs[i].fd = f.jobs[i].report = -1;
  start_more(&f);
  for (size_t i = 0; i < n && st == KS_OK; i++) {
    f.taken = i;
    start_more(&f);
    st = wait_for(&f, i, stop, err);
    if (st == KS_OK)
      st = result(ctx, &f, i, f.jobs[i].fd, err);
    close(f.jobs[i].fd);
    f.jobs[i].fd = -1;
  }
  for (size_t i = 0; i < f.next; i++) { /* after a failure: the rest */
    if (f.jobs[i].state == RUNNING) {
      kill(f.jobs[i].pid, SIGKILL);
      finish(&f, &f.jobs[i]);
    }
    if (f.jobs[i].fd >= 0)
      close(f.jobs[i].fd);
  }
  free(f.jobs);
  return st;
}
