/* bench_extract.c - time ks_extract on the benchmark pages and score them.
 * SPDX-License-Identifier: MIT
 *
 * Usage: bench_extract [--per-page] [--keep PRED_DIR] [--scorer SCORE.py] DIR
 * DIR holds html/NNN.html and truth/NNN.json; the scorer defaults to
 * DIR/score.py. Extraction alone is timed, in this one process, and so is
 * the HTML parser on its own (its share of the time). Each body goes to a
 * temporary directory (or PRED_DIR, kept) as NNN.txt, the scorer scores it,
 * and the pages scoring under 0.2 and 0.5 are counted.
 */
#include "harness.h"
#include "kispeak.h"
#include "extract/html5.h"

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
  double ms, parse_ms;
};

static int cmp_ms(const void *a, const void *b) {
  double x = ((const struct result *)a)->ms, y = ((const struct result *)b)->ms;
  return (x > y) - (x < y);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
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

static double median(double *v, size_t n) {
  if (n == 0)
    return 0;
  qsort(v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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

/* Run the scorer with --per-page and read its output: the per-page rows are
 * counted (and shown with --per-page), the summary lines are passed on. */
static int run_score(const char *scorer, const char *truth, const char *pred,
                     bool per_page) {
  int fd[2], status, under2 = 0, under5 = 0;
  char line[512];
  pid_t pid;
  FILE *in;
  fflush(stdout);
  if (pipe(fd) != 0)
    return -1;
  pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    dup2(fd[1], 1);
    close(fd[0]);
    close(fd[1]);
    execlp("python3", "python3", scorer, pred, "--truth", truth, "--per-page",
           (char *)NULL);
    _exit(127);
  }
  close(fd[1]);
  in = fdopen(fd[0], "r");
  if (!in)
    return -1;
  while (fgets(line, sizeof line, in)) {
    char page[64];
    double p, r, f;
    if (sscanf(line, "%63s %lf %lf %lf", page, &p, &r, &f) == 4) {
      under2 += f < 0.2;
      under5 += f < 0.5;
      if (per_page)
        fputs(line, stdout);
      continue;
    }
    if (!strncmp(line, "page  P", 7) && !per_page)
      continue;
    if (!strncmp(line, "F1 ", 3))
      printf("pages under 0.2: %d  under 0.5: %d\n", under2, under5);
    fputs(line, stdout);
  }
  fclose(in);
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

static char **list_pages(const char *html_dir, size_t *count) {
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  DIR *d = opendir(html_dir);
  if (!d)
    return NULL;
  while ((de = readdir(d)) != NULL) {
    size_t k = strlen(de->d_name);
    if (k < 6 || k > 60 || strcmp(de->d_name + k - 5, ".html"))
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 128;
      names = realloc(names, cap * sizeof *names);
      if (!names)
        exit(1);
    }
    names[n++] = strdup(de->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  *count = n;
  return names;
}

// Extract one page (timing the whole and the parser alone) into pred.
static void run_page(const char *html_dir, const char *pred, const char *name,
                     struct result *r, int have[5]) {
  char path[8192];
  size_t len, k = strlen(name);
  char *html;
  struct ks_doc doc;
  struct ks_error err = {0};
  double t0, t1, t2;
  enum ks_status st;
  xmlDocPtr tree;

  snprintf(path, sizeof path, "%s/%s", html_dir, name);
  html = t_read_file(path, &len);
  if (!html) {
    fprintf(stderr, "bench_extract: cannot read %s\n", path);
    return;
  }
  snprintf(r->name, sizeof r->name, "%.*s", (int)(k - 5), name);
  t0 = now_ms();
  tree = ks_html5_parse(html, len, NULL, NULL);
  t1 = now_ms();
  xmlFreeDoc(tree);
  ks_doc_init(&doc);
  t2 = now_ms();
  st = ks_extract(html, len, NULL, NULL, &doc, &err);
  r->ms = now_ms() - t2;
  r->parse_ms = t1 - t0;
  if (st != KS_OK)
    fprintf(stderr, "bench_extract: %s: %s\n", name, err.msg);
  have[0] += doc.title.len > 0;
  have[1] += doc.n_authors > 0;
  have[2] += doc.published.len > 0;
  have[3] += doc.site.len > 0;
  have[4] += doc.language.len > 0;
  snprintf(path, sizeof path, "%s/%s.txt", pred, r->name);
  if (write_body(path, &doc) != 0)
    fprintf(stderr, "bench_extract: cannot write %s\n", path);
  ks_doc_free(&doc);
  free(html);
}

int main(int argc, char **argv) {
  char html_dir[4096], truth[4096], scorer[4096],
      tmp[] = "/tmp/bench_extract.XXXXXX";
  const char *dir = NULL, *keep = NULL, *pred;
  char **names;
  size_t n = 0;
  struct result *res;
  double *parse, *total;
  int have[5] = {0}, rc;
  bool per_page = false;

  scorer[0] = '\0';
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--per-page"))
      per_page = true;
    else if (!strcmp(argv[i], "--keep") && i + 1 < argc)
      keep = argv[++i];
    else if (!strcmp(argv[i], "--scorer") && i + 1 < argc)
      snprintf(scorer, sizeof scorer, "%s", argv[++i]);
    else if (!dir && argv[i][0] != '-')
      dir = argv[i];
    else
      dir = NULL, i = argc;
  }
  if (!dir) {
    fprintf(stderr, "usage: bench_extract [--per-page] [--keep PRED_DIR] "
                    "[--scorer SCORE.py] DIR\n");
    return 2;
  }
  snprintf(html_dir, sizeof html_dir, "%s/html", dir);
  snprintf(truth, sizeof truth, "%s/truth", dir);
  if (!scorer[0])
    snprintf(scorer, sizeof scorer, "%s/score.py", dir);
  names = list_pages(html_dir, &n);
  if (!names) {
    fprintf(stderr, "bench_extract: cannot open %s\n", html_dir);
    return 1;
  }
  if (keep) {
    mkdir(keep, 0777);
    pred = keep;
  } else if (mkdtemp(tmp)) {
    pred = tmp;
  } else {
    fprintf(stderr, "bench_extract: cannot make a temporary directory\n");
    return 1;
  }
  res = calloc(n ? n : 1, sizeof *res);
  parse = calloc(n ? n : 1, sizeof *parse);
  total = calloc(n ? n : 1, sizeof *total);
  if (!res || !parse || !total)
    return 1;
  for (size_t i = 0; i < n; i++)
    run_page(html_dir, pred, names[i], &res[i], have);
  rc = run_score(scorer, truth, pred, per_page);
  if (!keep)
    remove_dir(tmp, names, n);
  if (n) {
    double sum_parse = 0, sum_total = 0;
    for (size_t i = 0; i < n; i++) {
      parse[i] = res[i].parse_ms;
      total[i] = res[i].ms;
      sum_parse += res[i].parse_ms;
      sum_total += res[i].ms;
    }
    qsort(res, n, sizeof *res, cmp_ms);
    printf("median %.3f ms  worst %.3f ms (%s.html)  pages %zu\n",
           median(total, n), res[n - 1].ms, res[n - 1].name, n);
    printf("parser: median %.3f ms, %.0f%% of all extraction time\n",
           median(parse, n), sum_total > 0 ? 100 * sum_parse / sum_total : 0);
  }
  printf("metadata: title %d  authors %d  date %d  site %d  language %d "
         "(of %zu)\n",
         have[0], have[1], have[2], have[3], have[4], n);
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  free(res);
  free(parse);
  free(total);
  return rc == 0 ? 0 : 1;
}
