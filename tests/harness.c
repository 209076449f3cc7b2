/* harness.c - counting checks and printing failures with Got/Expected.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <fcntl.h>
#include <unistd.h>

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
  struct ks_buf b = KS_BUF_INIT;
  int fd = open(path, O_RDONLY), rc;
  if (fd < 0)
    return NULL;
  rc = ks_buf_read_fd(&b, fd, (size_t)-1 / 2);
  close(fd);
  if (rc) {
    ks_buf_free(&b);
    return NULL;
  }
  return ks_buf_detach(&b, len);
}
