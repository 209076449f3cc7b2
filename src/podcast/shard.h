/* shard.h - this process's share of the items: --shard K/N, or the index
 * a cluster's array job gives it (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_SHARD_H
#define KS_SHARD_H

#include "kispeak.h"

#define KS_MAX_SHARDS 100000

/** Parse spec into *k and *n: "K/N" (0 <= K < N), "auto" or "auto/N". auto
 *  reads the index from the environment: Kubernetes Indexed Jobs
 *  (JOB_COMPLETION_INDEX; N must be given), Slurm job arrays
 *  (SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN, of SLURM_ARRAY_TASK_COUNT)
 *  and AWS Batch array jobs (AWS_BATCH_JOB_ARRAY_INDEX, of
 *  AWS_BATCH_JOB_ARRAY_SIZE). An N given with auto must match the
 *  scheduler's. getenv may be NULL (the process's environment) or a
 *  stand-in, for tests. Fails with KS_ERR_USAGE saying what is missing. */
KS_NODISCARD enum ks_status ks_shard_parse(const char *spec,
                                           char *(*getenv_fn)(const char *),
                                           unsigned *k, unsigned *n,
                                           struct ks_error *err);

#endif
