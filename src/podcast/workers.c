/* workers.c - worker processes fed jobs over sockets, one speech engine
 * each.
 * SPDX-License-Identifier: MIT
 *
 * A socketpair per worker carries jobs one way and answers the other.
 * send() with MSG_NOSIGNAL, so that a peer that died is an error, not a
 * SIGPIPE. A worker dies with its parent (PR_SET_PDEATHSIG): a killed run
 * leaves no process behind writing into the podcast, and the worker's
 * episode in progress is abandoned as on Ctrl-C, leaving no temporary file.
 */
#define _GNU_SOURCE /* MSG_NOSIGNAL is POSIX 2024; glibc gives it here */
#include "podcast/workers.h"
#include "buf.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_MESSAGE (64u << 20)

struct worker {
  pid_t pid;
  int fd;
  bool busy, dead;
};

struct ks_workers {
  struct worker *w;
  size_t n;
};

static volatile sig_atomic_t child_stop;

static void on_stop(int sig) {
  (void)sig;
  child_stop = 1;
}

// All n bytes, retrying short writes and interruptions.
static bool send_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t k = send(fd, c, n, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return false;
    c += k;
    n -= (size_t)k;
  }
  return true;
}

// All n bytes to a pipe.
static bool send_all_fd(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
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

static bool recv_all(int fd, void *p, size_t n) {
  char *c = p;
  while (n) {
    ssize_t k = recv(fd, c, n, 0);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return false;
    c += k;
    n -= (size_t)k;
  }
  return true;
}

static bool send_msg(int fd, const void *p, size_t n) {
  uint32_t len = (uint32_t)n;
  return n <= MAX_MESSAGE && send_all(fd, &len, sizeof len) &&
         send_all(fd, p, n);
}

// A message into out (cleared first); false at the end or on an error.
static bool recv_msg(int fd, struct ks_buf *out) {
  uint32_t len;
  ks_buf_clear(out);
  if (!recv_all(fd, &len, sizeof len) || len > MAX_MESSAGE)
    return false;
  while (out->len < len) {
    char chunk[4096];
    size_t k = len - out->len < sizeof chunk ? len - out->len : sizeof chunk;
    if (!recv_all(fd, chunk, k))
      return false;
    ks_buf_put(out, chunk, k);
  }
  return true;
}

/* One job in a process of its own, forked by the worker: espeak-ng's
 * output depends on what it spoke before in the same process (the same
 * article, spoken after another, comes out a few samples longer or
 * shorter), and an episode must be the same whichever worker makes it and
 * after whatever, so that a sharded run and an unsharded one give the same
 * files. A fresh engine costs about 10 ms. A stop (SIGTERM to the worker)
 * is passed on to the job's process. Returns 0, or 1 when the job's
 * process died, 2 when it could not be started. */
static int run_job(ks_worker_fn fn, void *ctx, const struct ks_buf *in,
                   struct ks_buf *out) {
  int p[2], status = 0;
  pid_t pid, me = getpid();
  bool forwarded = false;
  if (pipe(p) != 0)
    return 2;
  pid = fork();
  if (pid < 0) {
    close(p[0]);
    close(p[1]);
    return 2;
  }
  if (pid == 0) {
    struct ks_buf answer = KS_BUF_INIT;
    close(p[0]);
    (void)prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != me)
      _exit(1);
    fn(ctx, in, &answer, &child_stop);
    _exit(send_all_fd(p[1], answer.ptr, answer.len) ? 0 : 1);
  }
  close(p[1]);
  for (;;) { /* polled, so that a stop between two checks is not missed */
    struct pollfd pf = {p[0], POLLIN, 0};
    char chunk[4096];
    ssize_t k;
    if (child_stop && !forwarded) {
      kill(pid, SIGTERM);
      forwarded = true;
    }
    k = poll(&pf, 1, 100);
    if (k < 0 && errno != EINTR)
      break;
    if (k <= 0)
      continue;
    k = read(p[0], chunk, sizeof chunk);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      break;
    ks_buf_put(out, chunk, (size_t)k);
  }
  close(p[0]);
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
    if (child_stop && !forwarded) {
      kill(pid, SIGTERM);
      forwarded = true;
    }
  if (WIFSIGNALED(status))
    return 3 + WTERMSIG(status);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

/* A worker's life: jobs in, answers out (a byte for how the job's process
 * ended, then its answer), until its socket closes. It exits with _exit,
 * so nothing of the parent's (stdio buffers, atexit handlers) runs twice. */
static void serve(int fd, ks_worker_fn fn, void *ctx, pid_t parent) {
  struct sigaction sa;
  struct ks_buf in = KS_BUF_INIT, out = KS_BUF_INIT;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop; /* no SA_RESTART: a read is interrupted */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  (void)prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() != parent) /* it died before the line above */
    _exit(0);
  /* every job is answered, even after a stop (its process then stops at
   * once): only the socket's end ends a worker */
  while (recv_msg(fd, &in)) {
    int how;
    ks_buf_clear(&out);
    ks_buf_putc(&out, 0);
    how = run_job(fn, ctx, &in, &out); /* after the byte that says how */
    out.ptr[0] = (char)how;
    if (!send_msg(fd, out.ptr, out.len))
      break;
  }
  _exit(0);
}

/* A worker ends as soon as its socket closes: it is looked for after 1 ms,
 * then at doubling intervals up to 20 ms, until grace_ms have passed. */
static void reap(struct worker *w, int grace_ms) {
  int status;
  for (int waited = 0, step = 1; w->pid > 0; waited += step) {
    pid_t r = waitpid(w->pid, &status, WNOHANG);
    if (r == w->pid || (r < 0 && errno != EINTR))
      break;
    if (waited >= grace_ms) {
      kill(w->pid, SIGKILL);
      (void)waitpid(w->pid, &status, 0);
      break;
    }
    if (waited)
      step = step * 2 > 20 ? 20 : step * 2;
    {
      struct timespec ts = {0, step * 1000000L};
      nanosleep(&ts, NULL);
    }
  }
  w->pid = 0;
}

void ks_workers_stop(struct ks_workers *w, int grace_ms) {
  if (!w)
    return;
  for (size_t i = 0; i < w->n; i++) /* EOF on its socket ends a worker */
    if (w->w[i].fd >= 0) {
      close(w->w[i].fd);
      w->w[i].fd = -1;
    }
  for (size_t i = 0; i < w->n; i++)
    reap(&w->w[i], w->w[i].busy ? grace_ms : 2000);
  free(w->w);
  free(w);
}

enum ks_status ks_workers_start(size_t n, ks_worker_fn fn, void *ctx,
                                struct ks_workers **out, struct ks_error *err) {
  struct ks_workers *w = ks_xcalloc(1, sizeof *w);
  pid_t parent = getpid();
  *out = NULL;
  w->w = ks_xcalloc(n ? n : 1, sizeof *w->w);
  for (size_t i = 0; i < n; i++) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
      int e = errno;
      ks_workers_stop(w, 0);
      return ks_error_set(err, KS_ERR_IO, "cannot start a worker: %s",
                          strerror(e));
    }
    w->w[i].pid = fork();
    if (w->w[i].pid == 0) {
      close(sv[0]);
      for (size_t j = 0; j < i; j++) /* the others' sockets are not ours */
        close(w->w[j].fd);
      serve(sv[1], fn, ctx, parent);
    }
    close(sv[1]);
    w->w[i].fd = sv[0];
    w->n = i + 1;
    if (w->w[i].pid < 0) {
      int e = errno;
      w->w[i].pid = 0;
      ks_workers_stop(w, 0);
      return ks_error_set(err, KS_ERR_IO, "cannot start a worker: %s",
                          strerror(e));
    }
  }
  *out = w;
  return KS_OK;
}

size_t ks_workers_alive(const struct ks_workers *w) {
  size_t k = 0;
  for (size_t i = 0; i < w->n; i++)
    k += !w->w[i].dead;
  return k;
}

size_t ks_workers_idle(const struct ks_workers *w) {
  for (size_t i = 0; i < w->n; i++)
    if (!w->w[i].dead && !w->w[i].busy)
      return i;
  return SIZE_MAX;
}

size_t ks_workers_busy(const struct ks_workers *w) {
  size_t k = 0;
  for (size_t i = 0; i < w->n; i++)
    k += w->w[i].busy;
  return k;
}

enum ks_status ks_workers_send(struct ks_workers *w, size_t i, const void *job,
                               size_t n, struct ks_error *err) {
  if (!send_msg(w->w[i].fd, job, n)) {
    w->w[i].dead = true;
    return ks_error_set(err, KS_ERR_IO, "a worker ended: %s", strerror(errno));
  }
  w->w[i].busy = true;
  return KS_OK;
}

// A job's process killed by sig, in words (a static phrase).
static const char *why_signal(int sig) {
  switch (sig) {
  case SIGSEGV:
    return "its process crashed (SIGSEGV)";
  case SIGABRT:
    return "its process crashed (SIGABRT)";
  case SIGBUS:
    return "its process crashed (SIGBUS)";
  case SIGFPE:
    return "its process crashed (SIGFPE)";
  case SIGKILL:
    return "its process was killed (SIGKILL)";
  case SIGTERM:
  case SIGINT:
    return "its process was stopped";
  default:
    return "its process was killed by a signal";
  }
}

// Why worker i died, once it has.
static const char *death(struct worker *w) {
  int status = 0;
  pid_t r = w->pid > 0 ? waitpid(w->pid, &status, 0) : -1;
  w->pid = 0;
  if (r > 0 && WIFSIGNALED(status))
    return WTERMSIG(status) == SIGKILL ? "its worker was killed"
                                       : "its worker crashed";
  return "its worker ended";
}

bool ks_workers_wait(struct ks_workers *w, int timeout_ms, size_t *i,
                     struct ks_buf *out, bool *died, const char **died_why) {
  struct pollfd *p = ks_xcalloc(w->n ? w->n : 1, sizeof *p);
  size_t *who = ks_xcalloc(w->n ? w->n : 1, sizeof *who), np = 0;
  bool got = false;
  int rc;
  *died = false;
  *died_why = NULL;
  for (size_t k = 0; k < w->n; k++)
    if (w->w[k].busy && !w->w[k].dead) {
      p[np].fd = w->w[k].fd;
      p[np].events = POLLIN;
      who[np++] = k;
    }
  rc = np ? poll(p, np, timeout_ms) : 0;
  for (size_t k = 0; rc > 0 && k < np && !got; k++) {
    struct worker *wk = &w->w[who[k]];
    if (!(p[k].revents & (POLLIN | POLLHUP | POLLERR)))
      continue;
    got = true;
    *i = who[k];
    wk->busy = false;
    if (!recv_msg(wk->fd, out) || out->len == 0) {
      wk->dead = true;
      close(wk->fd);
      wk->fd = -1;
      ks_buf_clear(out);
      *died = true;
      *died_why = death(wk);
    } else if (out->ptr[0] != 0) { /* the job's own process died */
      int how = (unsigned char)out->ptr[0];
      *died = true;
      *died_why = how == 2   ? "its process could not be started"
                  : how == 1 ? "its process failed"
                             : why_signal(how - 3);
      ks_buf_clear(out);
    } else {
      memmove(out->ptr, out->ptr + 1, out->len - 1);
      ks_buf_truncate(out, out->len - 1);
    }
  }
  free(p);
  free(who);
  return got;
}

void ks_workers_interrupt(struct ks_workers *w) {
  for (size_t i = 0; i < w->n; i++)
    if (w->w[i].pid > 0 && !w->w[i].dead)
      kill(w->w[i].pid, SIGTERM);
}
