/* test_forks.c - jobs in child processes: results in order, finished
 * results that do not pile up behind a slow consumer, a stop noticed while
 * a child is still at work, a child that dies.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "forks.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct run {
  size_t in_order, most_fds, base_fds;
  int slow_ms;    /* the consumer's time per result */
  int sleep_ms;   /* each job's */
  size_t die_at;  /* a job that kills itself, or (size_t)-1 */
};

static size_t open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  size_t n = 0;
  if (!d)
    return 0;
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

static void nap(int ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
    ;
}

static enum ks_status job(void *ctx, size_t i, int fd, _Atomic uint64_t *ready,
                          struct ks_error *err) {
  struct run *r = ctx;
  uint32_t v = (uint32_t)i;
  (void)err;
  (void)ready;
  if (i == r->die_at)
    raise(SIGKILL);
  nap(r->sleep_ms);
  return write(fd, &v, sizeof v) == sizeof v ? KS_OK : KS_ERR_IO;
}

static enum ks_status result(void *ctx, struct ks_forks *f, size_t i, int fd,
                             struct ks_error *err) {
  struct run *r = ctx;
  uint32_t v = 0;
  size_t n;
  (void)err;
  if (pread(fd, &v, sizeof v, 0) == sizeof v && v == i)
    r->in_order++;
  for (int k = 0; k < r->slow_ms; k += 5) { /* a slow consumer that tends */
    nap(5);
    ks_forks_tend(f);
  }
  n = open_fds();
  if (n > r->most_fds)
    r->most_fds = n;
  return KS_OK;
}

static volatile sig_atomic_t stop_flag;
static void on_alarm(int sig) {
  (void)sig;
  stop_flag = 1;
}

static bool no_children(void) {
  return waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD;
}

/* Open, run, close: what ks_synth_run does. */
static enum ks_status run_all(size_t n, unsigned at_once, struct run *r,
                              volatile sig_atomic_t *stop,
                              struct ks_error *err) {
  struct ks_forks *f = NULL;
  enum ks_status st =
      ks_forks_open(n, at_once, NULL, job, r, KS_ERR_SYNTH, &f, err);
  if (st == KS_OK)
    st = ks_forks_run(f, NULL, result, r, stop, err);
  ks_forks_close(f);
  return st;
}

int main(void) {
  struct ks_error err = {KS_OK, "", NULL};
  struct run r = {0, 0, 0, 20, 0, (size_t)-1};

  /* 40 jobs, two at a time, for a consumer slower than the children */
  r.base_fds = open_fds();
  INT_EQ(run_all(40, 2, &r, NULL, &err), KS_OK, "forty jobs done");
  INT_EQ(r.in_order, 40, "every result, in order");
  OK(r.most_fds <= r.base_fds + 4 * 2 + 1,
     "finished results wait in at most twice as many files as run at once");
  OK(no_children(), "no child left");

  /* a stop while the job being waited for is still at work */
  {
    struct sigaction sa;
    struct itimerval it = {{0, 0}, {0, 200000}};
    struct timespec t0, t1;
    struct run slow = {0, 0, 0, 0, 10000, (size_t)-1};
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    setitimer(ITIMER_REAL, &it, NULL);
    INT_EQ(run_all(4, 2, &slow, &stop_flag, &err), KS_ERR_INTERRUPTED,
           "a stop ends the run while a child works");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    OK((double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9 < 2,
       "... within a moment, not when the child is done");
    OK(no_children(), "... and the spawner is gone");
  }

  /* a child that dies: the run fails, saying so */
  {
    struct run dies = {0, 0, 0, 0, 0, 3};
    INT_EQ(run_all(8, 2, &dies, NULL, &err), KS_ERR_SYNTH,
           "a child killed: the run fails");
    OK(strstr(err.msg, "without a report") != NULL, err.msg);
    INT_EQ(dies.in_order, 3, "the results before it were handed over");
    OK(no_children(), "no child left");
  }
  return t_summary("test_forks");
}
