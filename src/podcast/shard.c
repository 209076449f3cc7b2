/* shard.c - this process's share of the items, from the command line or
 * from the environment of a cluster's array job.
 * SPDX-License-Identifier: MIT
 */
#include "podcast/shard.h"
#include "ascii.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

// A whole number 0..KS_MAX_SHARDS at s, up to end (NULL: the string's end).
static bool number(const char *s, const char *end, long *out) {
  char *stop;
  long v;
  if (!s || !ks_is_digit((unsigned char)*s))
    return false;
  errno = 0;
  v = strtol(s, &stop, 10);
  if (errno || (end ? stop != end : *stop != '\0') || v > KS_MAX_SHARDS)
    return false;
  *out = v;
  return true;
}

/* The scheduler's index and count, and its name for messages; the count is
 * -1 when the scheduler does not tell it (Kubernetes). */
static const char *from_env(char *(*get)(const char *), long *k, long *n,
                            struct ks_error *err, enum ks_status *st) {
  const char *v;
  *st = KS_OK;
  if ((v = get("JOB_COMPLETION_INDEX")) != NULL) {
    *n = -1;
    if (!number(v, NULL, k))
      *st = ks_error_set(err, KS_ERR_USAGE,
                         "JOB_COMPLETION_INDEX is '%s', not an index", v);
    return "Kubernetes";
  }
  if ((v = get("SLURM_ARRAY_TASK_ID")) != NULL) {
    const char *c = get("SLURM_ARRAY_TASK_COUNT"),
               *m = get("SLURM_ARRAY_TASK_MIN"),
               *s = get("SLURM_ARRAY_TASK_STEP");
    long id, min = 0, step = 1;
    /* an array with a step (--array=0-8:2) is indexed by (id - min) / step;
     * one with gaps (a list) cannot be: each index must be in 0..count-1 */
    if (!number(v, NULL, &id) || !number(c, NULL, n) ||
        (m && !number(m, NULL, &min)) || (s && !number(s, NULL, &step)) ||
        step < 1 || id < min || (id - min) % step != 0 ||
        (id - min) / step >= *n)
      *st = ks_error_set(err, KS_ERR_USAGE,
                         "SLURM_ARRAY_TASK_ID, _COUNT, _MIN and _STEP do not "
                         "give an index (%s, %s, %s, %s): the array must "
                         "have no gaps",
                         v, c ? c : "unset", m ? m : "unset",
                         s ? s : "unset");
    else
      *k = (id - min) / step;
    return "Slurm";
  }
  if ((v = get("AWS_BATCH_JOB_ARRAY_INDEX")) != NULL) {
    const char *c = get("AWS_BATCH_JOB_ARRAY_SIZE");
    if (!number(v, NULL, k) || !number(c, NULL, n))
      *st = ks_error_set(err, KS_ERR_USAGE,
                         "AWS_BATCH_JOB_ARRAY_INDEX and _SIZE do not give an "
                         "index (%s, %s)",
                         v, c ? c : "unset");
    return "AWS Batch";
  }
  *st = ks_error_set(err, KS_ERR_USAGE,
                     "auto: no array job index in the environment "
                     "(JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or "
                     "AWS_BATCH_JOB_ARRAY_INDEX)");
  return NULL;
}

enum ks_status ks_shard_parse(const char *spec,
                              char *(*getenv_fn)(const char *), unsigned *k,
                              unsigned *n, struct ks_error *err) {
  const char *slash = strchr(spec, '/');
  long kk = -1, nn = -1, given = -1;
  enum ks_status st = KS_OK;
  if (!getenv_fn)
    getenv_fn = getenv;
  if (!strncmp(spec, "auto", 4) && (spec[4] == '\0' || spec[4] == '/')) {
    const char *who;
    if (slash && (!number(slash + 1, NULL, &given) || given < 1))
      return ks_error_set(err, KS_ERR_USAGE,
                          "'%s': the count after auto/ is a whole number from "
                          "1 to %d",
                          spec, KS_MAX_SHARDS);
    who = from_env(getenv_fn, &kk, &nn, err, &st);
    if (st != KS_OK)
      return st;
    if (nn < 0 && given < 0)
      return ks_error_set(err, KS_ERR_USAGE,
                          "%s gives the index but not the count: write "
                          "auto/N",
                          who);
    if (nn >= 0 && given >= 0 && nn != given)
      return ks_error_set(err, KS_ERR_USAGE, "auto/%ld, but %s runs %ld tasks",
                          given, who, nn);
    if (nn < 0)
      nn = given;
  } else if (!slash || !number(spec, slash, &kk) ||
             !number(slash + 1, NULL, &nn)) {
    return ks_error_set(err, KS_ERR_USAGE,
                        "takes K/N (this is shard K of N, from 0), auto or "
                        "auto/N, not '%s'",
                        spec);
  }
  if (nn < 1 || kk >= nn)
    return ks_error_set(err, KS_ERR_USAGE,
                        "shard %ld of %ld: K counts from 0 to N - 1", kk, nn);
  *k = (unsigned)kk;
  *n = (unsigned)nn;
  return KS_OK;
}
