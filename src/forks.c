/* forks.c - jobs run in child processes, their results taken in order.
 * SPDX-License-Identifier: MIT
 *
 * Written here: what is wanted is fork() from a process whose state the job
 * needs (espeak-ng's, set up once), with results in order and at most N at
 * a time; libraries that run work in processes (GNU parallel is a program)
 * start them with exec, which would lose that state.
 *
 * A child must not be forked while other threads run: one of them may hold
 * a lock (the allocator's, under AddressSanitizer; a library's) that the
 * child then waits for forever. So ks_forks_open(), called before the
 * caller starts threads of its own (espeak-ng's event thread, idle in
 * synchronous mode, is there from its start), forks a spawner process at
 * once; later, whatever threads the caller has started, each job's child
 * is forked by the spawner, which has only one. The caller sends the spawner a job's index
 * with the job's two ends (SCM_RIGHTS on a socketpair): an unlinked
 * temporary file for its result and a pipe for its report (a struct
 * ks_error). The spawner answers with the child's pid and leaves reaping to
 * the kernel (SIGCHLD ignored). The caller notices a report by poll(), and
 * a child that died by the pipe closing without one.
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
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

enum state { WAITING, RUNNING, DONE };

struct job {
  enum state state;
  pid_t pid;
  int fd;              /* the temporary file, or -1 */
  int report;          /* the pipe the child reports on, or -1 */
  struct ks_error err; /* the child's report */
  uint64_t seen;       /* bytes of its result given to `partial` */
  bool spawn_failed;   /* err says why its process was not started */
};

struct ks_forks {
  int sock;      /* to the spawner, or -1 */
  _Atomic uint64_t *ready; /* a word per job, shared with the children */
  ks_fork_partial partial;
  void *rctx;
  pid_t spawner; /* or -1 */
  struct job *jobs;
  size_t n, next; /* jobs; the next to start */
  size_t taken;   /* the job whose result is handed over now */
  size_t unanswered; /* requests whose pid the spawner has not told yet */
  unsigned at_once, running;
  ks_fork_setup setup; /* or NULL */
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
 * has them, so that ^C stops the child too; _exit() leaves the buffered
 * files alone. */
static void child(struct ks_forks *f, size_t i, int fd, int out) {
  struct ks_error err = {KS_OK, "", NULL};
  enum ks_status st;
  sigset_t none;
  signal(SIGCHLD, SIG_DFL);
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  st = f->job(f->ctx, i, fd, &f->ready[i], &err);
  if (st == KS_OK)
    err.code = KS_OK;
  else if (err.code == KS_OK)
    ks_error_set(&err, st, "%s", ks_strerror(st));
  _exit(write_all(out, &err, sizeof err) && st == KS_OK ? 0 : 1);
}

struct request {
  size_t i;
};
struct answer {
  size_t i;
  pid_t pid; /* -1: no process, errno in err */
  int err;
};

/* A message on the socket, with n file descriptors (n is 0 or 2). */
static bool send_fds(int sock, const void *p, size_t len, const int *fds,
                     int n) {
  union {
    struct cmsghdr h;
    char space[CMSG_SPACE(2 * sizeof(int))];
  } u;
  struct iovec iov = {(void *)p, len};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  memset(&u, 0, sizeof u);
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  if (n > 0) {
    m.msg_control = u.space;
    m.msg_controllen = CMSG_SPACE((size_t)n * sizeof(int));
    CMSG_FIRSTHDR(&m)->cmsg_level = SOL_SOCKET;
    CMSG_FIRSTHDR(&m)->cmsg_type = SCM_RIGHTS;
    CMSG_FIRSTHDR(&m)->cmsg_len = CMSG_LEN((size_t)n * sizeof(int));
    memcpy(CMSG_DATA(CMSG_FIRSTHDR(&m)), fds, (size_t)n * sizeof(int));
  }
  for (;;) {
    ssize_t k = sendmsg(sock, &m, MSG_NOSIGNAL);
    if (k == (ssize_t)len)
      return true;
    if (k < 0 && errno == EINTR)
      continue;
    return false;
  }
}

/* A message of len bytes and up to two descriptors (-1 where none came);
 * false at the end of the stream or on an error. */
static bool recv_fds(int sock, void *p, size_t len, int fds[2]) {
  union {
    struct cmsghdr h;
    char space[CMSG_SPACE(2 * sizeof(int))];
  } u;
  struct iovec iov = {p, len};
  struct msghdr m;
  ssize_t k;
  fds[0] = fds[1] = -1;
  memset(&m, 0, sizeof m);
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = u.space;
  m.msg_controllen = sizeof u.space;
  do
    k = recvmsg(sock, &m, MSG_CMSG_CLOEXEC);
  while (k < 0 && errno == EINTR);
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); k > 0 && c;
       c = CMSG_NXTHDR(&m, c))
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      size_t got = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
      memcpy(fds, CMSG_DATA(c), (got < 2 ? got : 2) * sizeof(int));
    }
  return k == (ssize_t)len;
}

/* The children this spawner has not reaped yet: only it signals them, so a
 * pid it signals is its own child's, never a number reused by another. */
static void reap(pid_t *kids, size_t n, int flags) {
  pid_t pid;
  while ((pid = waitpid(-1, NULL, flags)) > 0 || (pid < 0 && errno == EINTR))
    for (size_t i = 0; pid > 0 && i < n; i++)
      if (kids[i] == pid)
        kids[i] = 0;
}

/* The spawner: a child forked for each request, until the caller closes
 * its end; then the children still running are killed (after a failure,
 * the caller wants none of them) and all are reaped before it exits. */
static void spawner(struct ks_forks *f, int sock) {
  struct request q;
  int fds[2];
  pid_t *kids = calloc(f->n ? f->n : 1, sizeof *kids);
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  signal(SIGCHLD, SIG_DFL);
  if (!kids)
    _exit(1);
  if (f->setup)
    f->setup(f->ctx);
  while (recv_fds(sock, &q, sizeof q, fds)) {
    struct answer a = {q.i, -1, EBADF};
    if (fds[0] >= 0 && fds[1] >= 0 && q.i < f->n) {
      a.pid = fork();
      a.err = errno;
      if (a.pid == 0) {
        close(sock);
        child(f, q.i, fds[0], fds[1]);
      }
      if (a.pid > 0)
        kids[q.i] = a.pid;
    }
    if (fds[0] >= 0)
      close(fds[0]);
    if (fds[1] >= 0)
      close(fds[1]);
    if (!send_fds(sock, &a, sizeof a, NULL, 0))
      break;
    reap(kids, f->n, WNOHANG);
  }
  for (size_t i = 0; i < f->n; i++)
    if (kids[i] > 0)
      kill(kids[i], SIGKILL);
  reap(kids, f->n, 0); /* none is left to init */
  _exit(0);
}

static void start(struct ks_forks *f) {
  struct job *j = &f->jobs[f->next];
  struct request q = {f->next};
  int p[2], fds[2];
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
  fds[0] = j->fd;
  fds[1] = p[1];
  /* the spawner's answer (the child's pid) is read later, by answers() */
  if (!send_fds(f->sock, &q, sizeof q, fds, 2)) {
    ks_error_set(&f->refused, f->code, "cannot start a worker process: %s",
                 strerror(errno));
    close(p[0]);
    close(p[1]);
    close(j->fd);
    j->fd = -1;
    return;
  }
  close(p[1]);
  j->pid = 0; /* not known yet */
  f->unanswered++;
  j->report = p[0];
  j->state = RUNNING;
  f->running++;
  f->next++;
}

/* The spawner's answers waiting on the socket (all of them, when wait):
 * each started child's pid, or why it could not be started. */
static void answers(struct ks_forks *f, bool wait) {
  while (f->unanswered > 0) {
    struct answer a;
    int fds[2];
    struct pollfd pf = {f->sock, POLLIN, 0};
    if (!wait && poll(&pf, 1, 0) <= 0)
      return;
    if (!recv_fds(f->sock, &a, sizeof a, fds)) {
      f->unanswered = 0; /* the spawner is gone; its children too, soon */
      return;
    }
    f->unanswered--;
    if (a.i < f->n && a.pid > 0) {
      f->jobs[a.i].pid = a.pid;
    } else if (a.i < f->n) {
      ks_error_set(&f->jobs[a.i].err, f->code,
                   "cannot start a worker process: %s", strerror(a.err));
      f->jobs[a.i].spawn_failed = true;
      if (!f->refused.code)
        f->refused = f->jobs[a.i].err;
    }
  }
}

static void start_more(struct ks_forks *f) {
  while (f->refused.code == KS_OK && f->running < f->at_once &&
         f->next < f->n && f->next < f->taken + 2 * (size_t)f->at_once)
    start(f);
}

/* A child that has reported, or closed its end: its report. */
static void finish(struct ks_forks *f, struct job *j) {
  size_t got = 0;
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
  j->state = DONE;
  f->running--;
  if (got != sizeof j->err && !j->spawn_failed)
    ks_error_set(&j->err, f->code,
                 "a worker process ended without a report (killed?)");
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
  answers(f, false);
  int failed = ready < 0 && errno != EINTR && errno != EAGAIN ? errno : 0;
  for (size_t k = 0; ready > 0 && k < n; k++)
    if (fds[k].revents)
      finish(f, &f->jobs[who[k]]);
  start_more(f);
  return failed;
}

void ks_forks_tend(struct ks_forks *f) { (void)tend(f, 0); }

/* Until job i has finished, handing on what is ready of it; a tenth of a
 * second at a time (5 ms while its result streams), to notice a request to
 * stop. */
static enum ks_status wait_for(struct ks_forks *f, size_t i,
                               volatile sig_atomic_t *stop,
                               struct ks_error *err) {
  int e;
  bool streams = f->partial != NULL;
  while (f->jobs[i].state != DONE) {
    struct job *j = &f->jobs[i];
    uint64_t r = streams && j->state == RUNNING
                     ? atomic_load_explicit(&f->ready[i], memory_order_acquire)
                     : 0;
    if (f->partial && r > j->seen) {
      enum ks_status st = f->partial(f->rctx, i, j->fd, r, err);
      if (st != KS_OK)
        return st;
      j->seen = r;
    }
    if (stop && *stop)
      return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
    if (f->jobs[i].state == WAITING && f->refused.code != KS_OK) {
      *err = f->refused;
      return f->refused.code;
    }
    if ((e = tend(f, streams && f->jobs[i].state == RUNNING ? 5 : 100)) != 0)
      return ks_error_set(err, f->code, "cannot wait for a worker: %s",
                          strerror(e));
  }
  if (stop && *stop) /* ^C reaches the workers too: not their failure */
    return ks_error_set(err, KS_ERR_INTERRUPTED, "stopped by a signal");
  if (f->jobs[i].err.code != KS_OK) {
    answers(f, true); /* the spawner's reason, when it could not fork */
    *err = f->jobs[i].err;
    return err->code;
  }
  return KS_OK;
}

enum ks_status ks_forks_open(size_t n, unsigned at_once, ks_fork_setup setup,
                             ks_fork_job job, void *ctx, enum ks_status code,
                             struct ks_forks **out, struct ks_error *err) {
  struct ks_forks *f = calloc(1, sizeof *f);
  int sv[2];
  *out = NULL;
  if (!f || !(f->jobs = calloc(n ? n : 1, sizeof *f->jobs))) {
    free(f);
    return ks_error_set(err, code, "out of memory");
  }
  f->n = n;
  f->at_once = at_once ? at_once : ks_forks_cores();
  f->setup = setup;
  f->job = job;
  f->ctx = ctx;
  f->code = code;
  for (size_t i = 0; i < n; i++)
    f->jobs[i].fd = f->jobs[i].report = -1;
  f->ready = mmap(NULL, (n ? n : 1) * sizeof *f->ready, PROT_READ | PROT_WRITE,
                  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (f->ready == MAP_FAILED) {
    free(f->jobs);
    free(f);
    return ks_error_set(err, code, "cannot share memory with the workers: %s",
                        strerror(errno));
  }
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    munmap(f->ready, (n ? n : 1) * sizeof *f->ready);
    free(f->jobs);
    free(f);
    return ks_error_set(err, code, "cannot make a socket: %s",
                        strerror(errno));
  }
  f->spawner = fork();
  if (f->spawner == 0) {
    close(sv[0]);
    spawner(f, sv[1]);
  }
  close(sv[1]);
  if (f->spawner < 0) {
    int e = errno;
    close(sv[0]);
    munmap(f->ready, (n ? n : 1) * sizeof *f->ready);
    free(f->jobs);
    free(f);
    return ks_error_set(err, code, "cannot start a worker process: %s",
                        strerror(e));
  }
  f->sock = sv[0];
  *out = f;
  return KS_OK;
}

void ks_forks_close(struct ks_forks *f) {
  if (!f)
    return;
  /* the end of the stream: the spawner kills the children still running
   * (after a failure: the rest), reaps them all, and exits */
  close(f->sock);
  for (size_t i = 0; i < f->next; i++) {
    if (f->jobs[i].state == RUNNING)
      finish(f, &f->jobs[i]);
    if (f->jobs[i].fd >= 0)
      close(f->jobs[i].fd);
  }
  while (waitpid(f->spawner, NULL, 0) < 0 && errno == EINTR)
    ;
  munmap(f->ready, (f->n ? f->n : 1) * sizeof *f->ready);
  free(f->jobs);
  free(f);
}

enum ks_status ks_forks_run(struct ks_forks *f, ks_fork_partial partial,
                            ks_fork_result result, void *ctx,
                            volatile sig_atomic_t *stop,
                            struct ks_error *err) {
  enum ks_status st = KS_OK;
  f->partial = partial;
  f->rctx = ctx;
  for (size_t i = 0; i < f->n && st == KS_OK; i++) {
    f->taken = i;
    start_more(f);
    st = wait_for(f, i, stop, err);
    if (st == KS_OK)
      st = result(ctx, f, i, f->jobs[i].fd, err);
    close(f->jobs[i].fd);
    f->jobs[i].fd = -1;
  }
  return st;
}
