/* test_shard.c - --shard K/N, and auto from each scheduler's environment.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/shard.h"

#include <stdio.h>

/* A stand-in environment: "NAME=value" pairs, NULL-terminated. */
static const char *const *env;

static char *fake_getenv(const char *name) {
  size_t n = strlen(name);
  for (const char *const *e = env; e && *e; e++)
    if (!strncmp(*e, name, n) && (*e)[n] == '=')
      return (char *)*e + n + 1;
  return NULL;
}

static const char *const none[] = {NULL};
static const char *const k8s[] = {"JOB_COMPLETION_INDEX=2", NULL};
static const char *const slurm[] = {"SLURM_ARRAY_TASK_ID=7",
                                    "SLURM_ARRAY_TASK_COUNT=4",
                                    "SLURM_ARRAY_TASK_MIN=5", NULL};
static const char *const slurm0[] = {"SLURM_ARRAY_TASK_ID=0",
                                     "SLURM_ARRAY_TASK_COUNT=3", NULL};
/* --array=0-8:2: tasks 0, 2, 4, 6, 8 are shards 0 to 4 */
static const char *const slurm_step[] = {"SLURM_ARRAY_TASK_ID=6",
                                         "SLURM_ARRAY_TASK_COUNT=5",
                                         "SLURM_ARRAY_TASK_MIN=0",
                                         "SLURM_ARRAY_TASK_STEP=2", NULL};
/* --array=1,5,9: an index off the steps cannot be a shard */
static const char *const slurm_list[] = {"SLURM_ARRAY_TASK_ID=9",
                                         "SLURM_ARRAY_TASK_COUNT=3",
                                         "SLURM_ARRAY_TASK_MIN=1", NULL};
static const char *const aws[] = {"AWS_BATCH_JOB_ARRAY_INDEX=1",
                                  "AWS_BATCH_JOB_ARRAY_SIZE=3", NULL};
static const char *const bad[] = {"JOB_COMPLETION_INDEX=x", NULL};

static const struct {
  const char *spec;
  const char *const *env;
  bool ok;
  unsigned k, n;
} cases[] = {
    {"0/1", none, true, 0, 1},     {"3/4", none, true, 3, 4},
    {"4/4", none, false, 0, 0},    {"1/0", none, false, 0, 0},
    {"-1/4", none, false, 0, 0},   {"1", none, false, 0, 0},
    {"a/b", none, false, 0, 0},    {"1/4x", none, false, 0, 0},
    {"auto", none, false, 0, 0},   {"auto/3", k8s, true, 2, 3},
    {"auto", k8s, false, 0, 0}, /* Kubernetes does not tell N */
    {"auto/2", k8s, false, 0, 0},  {"auto", slurm, true, 2, 4},
    {"auto/4", slurm, true, 2, 4}, {"auto/5", slurm, false, 0, 0},
    {"auto", slurm0, true, 0, 3},  {"auto", aws, true, 1, 3},
    {"auto/3", aws, true, 1, 3},   {"auto/3", bad, false, 0, 0},
    {"auto/0", k8s, false, 0, 0},  {"automatic", k8s, false, 0, 0},
    {"auto", slurm_step, true, 3, 5}, {"auto", slurm_list, false, 0, 0},
};

int main(void) {
  char what[96];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct ks_error err = {KS_OK, "", NULL};
    unsigned k = 99, n = 99;
    enum ks_status st;
    env = cases[i].env;
    st = ks_shard_parse(cases[i].spec, fake_getenv, &k, &n, &err);
    snprintf(what, sizeof what, "--shard %s (case %zu)", cases[i].spec, i);
    INT_EQ(st == KS_OK, cases[i].ok, what);
    if (st == KS_OK && cases[i].ok) {
      INT_EQ(k, cases[i].k, what);
      INT_EQ(n, cases[i].n, what);
    } else if (st != KS_OK) {
      OK(st == KS_ERR_USAGE && err.msg[0], what);
    }
  }
  return t_summary("test_shard");
}
