/* harness.c - counting checks and printing failures with Got/Expected.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

int t_passed, t_failed;

void t_ok(int cond, const char *what, const char *file, int line) {
  if (cond) {
    t_passed++;
    return;
  }
  t_failed++;
  printf("FAIL %s:%d: %s\n", file, line, what);
}

void t_int_eq(long long got, long long want, const char *what, const char *file,
              int line) {
  if (got == want) {
    t_passed++;
    return;
  }
  t_failed++;
  printf("FAIL %s:%d: %s\n  Got:      %lld\n  Expected: %lld\n", file, line,
         what, got, want);
}

void t_str_eq(const char *got, const char *want, const char *what,
              const char *file, int line) {
  if (got && want && strcmp(got, want) == 0) {
    t_passed++;
    return;
  }
  t_failed++;
  printf("FAIL %s:%d: %s\n  Got:      %s\n  Expected: %s\n", file, line, what,
         got ? got : "(null)", want ? want : "(null)");
}

int t_summary(const char *name) {
  printf("%s: %d passed, %d failed\n", name, t_passed, t_failed);
  return t_failed ? 1 : 0;
}

char *t_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  struct ks_buf b = KS_BUF_INIT;
  char tmp[4096];
  size_t n;
  if (!f)
    return NULL;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    ks_buf_put(&b, tmp, n);
  fclose(f);
  return ks_buf_detach(&b, len);
}
