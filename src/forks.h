/* forks.h - jobs run in child processes, their results taken in order
 * (internal). SPDX-License-Identifier: MIT
 */
#ifndef KS_FORKS_H
#define KS_FORKS_H

#include "kispeak.h"

#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

struct ks_forks;

/* Runs in a child process, forked from the caller: does job `i` and writes
 * what it made to fd (an unlinked temporary file, at offset 0). As it goes
 * it may store in *ready how many bytes at the start of fd are written and
 * final, for the caller's `partial` to read while the job runs. */
typedef enum ks_status (*ks_fork_job)(void *ctx, size_t i, int fd,
                                      _Atomic uint64_t *ready,
                                      struct ks_error *err);
/* Runs once in the spawner, before it forks the first child: what every
 * job would do first and the same (loading data), done there once and
 * inherited by each child. NULL: nothing. */
typedef void (*ks_fork_setup)(void *ctx);
/* Runs in the caller while job i, the next whose result is due, is still
 * running: the first `ready` bytes of fd are final (a prefix it has not
 * been given before). */
typedef enum ks_status (*ks_fork_partial)(void *ctx, size_t i, int fd,
                                          uint64_t ready, struct ks_error *err);
/* Runs in the caller, for each job in order once its child has finished:
 * reads what the child wrote with pread(fd). It may call ks_forks_tend()
 * now and then, so that a child that finished meanwhile is replaced. */
typedef enum ks_status (*ks_fork_result)(void *ctx, struct ks_forks *f,
                                         size_t i, int fd,
                                         struct ks_error *err);

/* Ready to do n jobs, at most at_once of them at a time (0: one per core)
 * and at most 2 * at_once ahead of the result being handed over, each in a
 * process of its own, forked by the spawner after `setup` (may be NULL). Call
 * it before starting threads of one's own: it forks the spawner that forks each
 * job's child from this state, so a job starts with what this process holds now
 * (and jobs do not see each other's traces). `code` is the status of the
 * machinery's own failures (no temporary file, no process, a child that died).
 */
KS_NODISCARD enum ks_status ks_forks_open(size_t n, unsigned at_once,
                                          ks_fork_setup setup, ks_fork_job job,
                                          void *ctx, enum ks_status code,
                                          struct ks_forks **out,
                                          struct ks_error *err);

/* Do the jobs, from any thread, and hand their results to `result` in
 * order, and what is ready of the job due next to `partial` (NULL: none)
 * as it comes. When *stop is set (stop may be NULL) the run ends with
 * KS_ERR_INTERRUPTED. Once only. */
KS_NODISCARD enum ks_status
ks_forks_run(struct ks_forks *f, ks_fork_partial partial, ks_fork_result result,
             void *ctx, volatile sig_atomic_t *stop, struct ks_error *err);

/* The children still running (after a failure) killed, the spawner ended
 * and waited for. NULL is a no-op. */
void ks_forks_close(struct ks_forks *f);

/* Notice children that have finished and start the next jobs in their
 * place; never waits. */
void ks_forks_tend(struct ks_forks *f);

/* Processors online: the default number of jobs at once. */
unsigned ks_forks_cores(void);

#endif
