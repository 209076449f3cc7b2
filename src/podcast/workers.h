/* workers.h - worker processes, each with its own speech engine, fed jobs
 * over a socket and answering with results (internal).
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng keeps global state, so episodes are made side by side in
 * processes, not threads. The workers are forked before the parent starts
 * any engine (it never does) and while it holds no SQLite connection, and
 * each job runs in a process of its own that its worker forks: espeak-ng's
 * output depends on what it spoke before, and every episode must come out
 * the same whichever worker makes it. Messages are a 32-bit length and
 * that many bytes; their content is the caller's.
 */
#ifndef KS_WORKERS_H
#define KS_WORKERS_H

#include "kispeak.h"

#include <signal.h>

/** What a worker does with one job, in a process of its own: read in,
 *  write the answer to out. stop is set when the worker is told to stop
 *  (SIGTERM, SIGINT, SIGHUP, or the run died). */
typedef void (*ks_worker_fn)(void *ctx, const struct ks_buf *in,
                             struct ks_buf *out, volatile sig_atomic_t *stop);

struct ks_workers;

/** Fork n workers that run fn(ctx, ...) on each job. Fails with
 *  KS_ERR_IO (fork or socketpair failed) after stopping any it started. */
KS_NODISCARD enum ks_status ks_workers_start(size_t n, ks_worker_fn fn,
                                             void *ctx, struct ks_workers **out,
                                             struct ks_error *err);
/** How many workers are alive. */
size_t ks_workers_alive(const struct ks_workers *w);
/** A worker that is alive and has no job, or SIZE_MAX. */
size_t ks_workers_idle(const struct ks_workers *w);
/** How many jobs are out. */
size_t ks_workers_busy(const struct ks_workers *w);
/** Hand job (n bytes) to idle worker i. A worker that has died is marked
 *  so, and KS_ERR_IO returned. */
KS_NODISCARD enum ks_status ks_workers_send(struct ks_workers *w, size_t i,
                                            const void *job, size_t n,
                                            struct ks_error *err);
/** Wait up to timeout_ms (-1: until one comes) for a busy worker's answer.
 *  Returns true with *i and out (cleared first) set when one came; a job
 *  whose process (or worker) died gives an empty answer, with *died true
 *  and why in died_why (a static phrase). */
bool ks_workers_wait(struct ks_workers *w, int timeout_ms, size_t *i,
                     struct ks_buf *out, bool *died, const char **died_why);
/** Tell every worker to stop the job it is on (SIGTERM). */
void ks_workers_interrupt(struct ks_workers *w);
/** Close the workers' sockets and wait for them to end (those still busy
 *  after grace_ms are killed). NULL is a no-op. */
void ks_workers_stop(struct ks_workers *w, int grace_ms);

#endif
