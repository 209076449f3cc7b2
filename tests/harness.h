/* harness.h - a minimal test harness: checks print Got/Expected on failure.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_HARNESS_H
#define KS_HARNESS_H

#include <stdio.h>
#include <string.h>

extern int t_passed, t_failed;

void t_ok(int cond, const char *what, const char *file, int line);
void t_int_eq(long long got, long long want, const char *what, const char *file,
              int line);
void t_str_eq(const char *got, const char *want, const char *what,
              const char *file, int line);
/** The whole file, NUL-terminated (the caller frees it), or NULL. */
char *t_read_file(const char *path, size_t *len);
/** Prints "N passed, N failed" and returns the exit status. */
int t_summary(const char *name);

#define OK(c, what) t_ok(!!(c), what, __FILE__, __LINE__)
#define INT_EQ(g, w, what)                                                     \
  t_int_eq((long long)(g), (long long)(w), what, __FILE__, __LINE__)
#define STR_EQ(g, w, what) t_str_eq(g, w, what, __FILE__, __LINE__)

#endif
