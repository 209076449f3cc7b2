/* test_workers.c - worker processes: jobs out and answers back, several at
 * once, a worker that crashes, and one told to stop.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/workers.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Answers "worker's pid:job" (the job runs in a process its worker forks),
 * crashes on "crash", and on "wait" sleeps until told to
 * stop (then answers "stopped"). */
static void work(void *ctx, const struct ks_buf *in, struct ks_buf *out,
                 volatile sig_atomic_t *stop) {
  (void)ctx;
  if (!strcmp(in->ptr, "crash"))
    abort();
  if (!strcmp(in->ptr, "wait")) {
    for (int i = 0; i < 500 && !*stop; i++) {
      struct timespec ts = {0, 10 * 1000000L};
      nanosleep(&ts, NULL);
    }
    ks_buf_puts(out, *stop ? "stopped" : "timeout");
    return;
  }
  ks_buf_printf(out, "%d:%s", (int)getppid(), in->ptr);
}

int main(void) {
  struct ks_workers *w = NULL;
  struct ks_error err;
  struct ks_buf out = KS_BUF_INIT;
  int answers = 0, pids[3] = {0, 0, 0}, distinct = 0;
  size_t i;
  bool died, got;
  const char *why;
  OK(ks_workers_start(3, work, NULL, &w, &err) == KS_OK, "three started");
  if (!w)
    return t_summary("test_workers");
  INT_EQ(ks_workers_alive(w), 3, "alive");
  for (int k = 0; k < 3; k++) {
    char job[16];
    snprintf(job, sizeof job, "j%d", k);
    i = ks_workers_idle(w);
    OK(i != SIZE_MAX &&
           ks_workers_send(w, i, job, strlen(job) + 1, &err) == KS_OK,
       "job sent");
  }
  OK(ks_workers_idle(w) == SIZE_MAX, "all busy");
  while (ks_workers_busy(w) &&
         ks_workers_wait(w, 5000, &i, &out, &died, &why)) {
    int pid = (int)strtol(out.ptr, NULL, 10);
    OK(!died && strchr(out.ptr, ':'), "an answer");
    answers++;
    if (pid != pids[0] && pid != pids[1] && pid != pids[2] && distinct < 3)
      pids[distinct++] = pid;
  }
  INT_EQ(answers, 3, "three answers");
  INT_EQ(distinct, 3, "from three workers, side by side");
  i = ks_workers_idle(w);
  OK(ks_workers_send(w, i, "crash", 6, &err) == KS_OK, "a job that crashes");
  OK(ks_workers_wait(w, 5000, &i, &out, &died, &why) && died && why,
     "its process died, and that is told");
  INT_EQ(ks_workers_alive(w), 3, "the worker outlives its job's process");
  i = ks_workers_idle(w);
  OK(ks_workers_send(w, i, "wait", 5, &err) == KS_OK, "a long job");
  ks_workers_interrupt(w);
  got = ks_workers_wait(w, 5000, &i, &out, &died, &why);
  OK(got && !died && !strcmp(out.ptr, "stopped"), "stopped when told");
  if (!got || died)
    printf("  got %d, died %d (%s)\n", got, died, why ? why : "");
  ks_workers_stop(w, 2000);
  ks_buf_free(&out);
  return t_summary("test_workers");
}
