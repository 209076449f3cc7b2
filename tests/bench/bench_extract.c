/* bench_extract.c - time ks_extract on the benchmark pages and score them.
 * SPDX-License-Identifier: MIT
 *
 * Usage: bench_extract DIR   (DIR holds html/NNN.html and score.py)
 * Extraction alone is timed, in this one process; each body goes to a
 * temporary directory as NNN.txt, score.py scores it, and the directory is
 * removed again.
 */
#include "harness.h"
#include "kispeak.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct result {
  char name[64];
  double ms;
};

static int cmp_ms(const void *a, const void *b) {
  double x = ((const struct result *)a)->ms, y = ((const struct result *)b)->ms;
  return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int write_body(const char *path, const struct ks_doc *doc) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  for (size_t i = 0; i < doc->n_blocks; i++) {
    if (i)
      fputs("\n", f);
    fwrite(doc->text.ptr + doc->blocks[i].text.off, 1, doc->blocks[i].text.len,
           f);
    fputs("\n", f);
  }
  return fclose(f);
}

static int run_score(const char *dir, const char *tmp) {
  char script[4096];
  pid_t pid;
  int status;
  snprintf(script, sizeof script, "%s/score.py", dir);
  fflush(stdout);
  pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    execlp("python3", "python3", script, tmp, (char *)NULL);
    _exit(127);
  }
  if (waitpid(pid, &status, 0) < 0)
    return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void remove_dir(const char *tmp, char **names, size_t n) {
  char path[4096];
  for (size_t i = 0; i < n; i++) {
    size_t k = strlen(names[i]);
    snprintf(path, sizeof path, "%s/%.*s.txt", tmp, (int)(k - 5), names[i]);
    unlink(path);
  }
  rmdir(tmp);
}

int main(int argc, char **argv) {
  char html_dir[4096], tmp[] = "/tmp/bench_extract.XXXXXX";
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct result *res;
  int have[5] = {0}, rc;
  struct dirent *de;
  DIR *d;

  if (argc != 2) {
    fprintf(stderr, "usage: bench_extract DIR\n");
    return 2;
  }
  snprintf(html_dir, sizeof html_dir, "%s/html", argv[1]);
  d = opendir(html_dir);
  if (!d) {
    fprintf(stderr, "bench_extract: cannot open %s\n", html_dir);
    return 1;
  }
  while ((de = readdir(d)) != NULL) {
    size_t k = strlen(de->d_name);
    if (k < 6 || strcmp(de->d_name + k - 5, ".html"))
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 128;
      names = realloc(names, cap * sizeof *names);
      if (!names)
        return 1;
    }
    names[n++] = strdup(de->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  if (!mkdtemp(tmp)) {
    fprintf(stderr, "bench_extract: cannot make a temporary directory\n");
    return 1;
  }
  res = calloc(n ? n : 1, sizeof *res);
  if (!res)
    return 1;
  for (size_t i = 0; i < n; i++) {
    char path[8192];
    size_t len, k = strlen(names[i]);
    char *html;
    struct ks_doc doc;
    struct ks_error err = {0};
    double t0, t1;
    enum ks_status st;

    snprintf(path, sizeof path, "%s/%s", html_dir, names[i]);
    html = t_read_file(path, &len);
    if (!html) {
      fprintf(stderr, "bench_extract: cannot read %s\n", path);
      continue;
    }
    ks_doc_init(&doc);
    t0 = now_ms();
    st = ks_extract(html, len, NULL, NULL, &doc, &err);
    t1 = now_ms();
    snprintf(res[i].name, sizeof res[i].name, "%.*s", (int)(k - 5), names[i]);
    res[i].ms = t1 - t0;
    if (st != KS_OK)
      fprintf(stderr, "bench_extract: %s: %s\n", names[i], err.msg);
    have[0] += doc.title.len > 0;
    have[1] += doc.n_authors > 0;
    have[2] += doc.published.len > 0;
    have[3] += doc.site.len > 0;
    have[4] += doc.language.len > 0;
    snprintf(path, sizeof path, "%s/%s.txt", tmp, res[i].name);
    if (write_body(path, &doc) != 0)
      fprintf(stderr, "bench_extract: cannot write %s\n", path);
    ks_doc_free(&doc);
    free(html);
  }
  rc = run_score(argv[1], tmp);
  remove_dir(tmp, names, n);
  if (n) {
    qsort(res, n, sizeof *res, cmp_ms);
    printf("median %.3f ms  worst %.3f ms (%s.html)  pages %zu\n",
           n % 2 ? res[n / 2].ms : (res[n / 2 - 1].ms + res[n / 2].ms) / 2,
           res[n - 1].ms, res[n - 1].name, n);
  }
  printf("metadata: title %d  authors %d  date %d  site %d  language %d "
         "(of %zu)\n",
         have[0], have[1], have[2], have[3], have[4], n);
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  free(res);
  return rc == 0 ? 0 : 1;
}
