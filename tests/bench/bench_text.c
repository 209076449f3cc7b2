/* bench_text.c - throughput of the text stages: segmentation + normalisation.
 * SPDX-License-Identifier: MIT
 *
 * Usage: bench_text FILE [MB]. FILE (plain text) is repeated to about MB
 * megabytes (default 20); the time of ks_segment plus ks_normalize on every
 * sentence is measured in this one process and printed as MB/s.
 *
 * bench_text --split LANG CASES: the share of sentence boundaries (and of
 * whole paragraphs) found as written in CASES (a paragraph is its sentences
 * one a line, paragraphs a blank line apart, '#' lines are comments), split
 * by LANG's rules. bench_text --speech LANG CASES: every sentence of CASES
 * that holds a digit, a line each: as written, a tab, as normalised.
 */
#include "kispeak.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The cases of a --split or --speech file: paragraphs (sentences one a
 * line) in gold, a blank line apart. */
static int cases(const char *mode, const char *tag, const char *path) {
  const struct ks_lang *lang = ks_lang_get(tag);
  struct ks_buf text = KS_BUF_INIT, para = KS_BUF_INIT, out = KS_BUF_INIT;
  size_t gold = 0, found = 0, right = 0, paras = 0, paras_right = 0;
  char line[4096];
  FILE *f = fopen(path, "r");
  bool speech = !strcmp(mode, "--speech");
  if (!f) {
    perror(path);
    return 1;
  }
  for (bool more = true; more;) {
    more = fgets(line, sizeof line, f) != NULL;
    if (more && line[0] == '#')
      continue;
    if (more && line[0] != '\n') {
      line[strcspn(line, "\n")] = '\0';
      if (text.len)
        ks_buf_putc(&text, ' ');
      ks_buf_puts(&text, line);
      ks_buf_puts(&para, line);
      ks_buf_putc(&para, '\n');
      continue;
    }
    if (text.len) {
      struct ks_doc doc;
      struct ks_error err;
      struct ks_buf got = KS_BUF_INIT;
      size_t g = 0, k = 0;
      ks_doc_init(&doc);
      if (ks_doc_from_text(text.ptr, text.len, &doc, &err) == KS_OK)
        ks_segment(&doc, lang);
      for (size_t i = 0; i < doc.n_sents; i++) {
        const char *t = doc.text.ptr + doc.sents[i].text.off;
        size_t n = doc.sents[i].text.len;
        ks_buf_put(&got, t, n);
        ks_buf_putc(&got, '\n');
        if (speech && strpbrk(t, "0123456789") && memchr(t, '\0', n) == NULL) {
          ks_buf_clear(&out);
          ks_normalize(t, n, lang, &out, NULL);
          printf("%.*s\t%s\n", (int)n, t, out.ptr);
        }
      }
      /* a boundary is right when the sentence before it ends as in gold */
      for (const char *q = para.ptr; (q = strchr(q, '\n')) != NULL; q++)
        g++;
      for (const char *q = got.ptr; (q = strchr(q, '\n')) != NULL; q++)
        k++;
      gold += g;
      found += k;
      for (const char *a = para.ptr, *b = got.ptr; *a && *b;) {
        const char *ae = strchr(a, '\n'), *be = strchr(b, '\n');
        if (ae - a == be - b && !memcmp(a, b, (size_t)(ae - a)))
          right++;
        else
          break;
        a = ae + 1;
        b = be + 1;
      }
      paras++;
      paras_right += !strcmp(para.ptr, got.ptr);
      if (!speech && strcmp(para.ptr, got.ptr))
        printf("  missed: %s", got.ptr);
      ks_buf_free(&got);
      ks_doc_free(&doc);
      ks_buf_clear(&text);
      ks_buf_clear(&para);
    }
  }
  fclose(f);
  if (!speech)
    printf("%s: %zu of %zu sentences (%.1f%%), %zu of %zu paragraphs split "
           "as written (%zu found)\n",
           tag, right, gold, gold ? 100.0 * (double)right / (double)gold : 0,
           paras_right, paras, found);
  ks_buf_free(&text);
  ks_buf_free(&para);
  ks_buf_free(&out);
  return 0;
}

int main(int argc, char **argv) {
  struct ks_buf one = KS_BUF_INIT, all = KS_BUF_INIT, out = KS_BUF_INIT;
  struct ks_doc doc;
  struct ks_error err;
  const struct ks_lang *lang = ks_lang_get("en");
  double mb = argc > 2 ? strtod(argv[2], NULL) : 20.0, t0, t1, t2;
  char tmp[65536];
  size_t n;
  FILE *f;

  if (argc == 4 &&
      (!strcmp(argv[1], "--split") || !strcmp(argv[1], "--speech")))
    return cases(argv[1], argv[2], argv[3]);
  if (argc < 2) {
    fprintf(stderr, "usage: bench_text FILE [MB] | --split|--speech LANG "
                    "CASES\n");
    return 2;
  }
  f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    ks_buf_put(&one, tmp, n);
  fclose(f);
  if (one.len == 0)
    return 1;
  while ((double)all.len < mb * 1e6) {
    ks_buf_put(&all, one.ptr, one.len);
    ks_buf_puts(&all, "\n\n");
  }
  ks_doc_init(&doc);
  if (ks_doc_from_text(all.ptr, all.len, &doc, &err) != KS_OK)
    return 1;
  t0 = now();
  ks_segment(&doc, lang);
  t1 = now();
  for (size_t i = 0; i < doc.n_sents; i++) {
    ks_buf_clear(&out);
    ks_normalize(doc.text.ptr + doc.sents[i].text.off, doc.sents[i].text.len,
                 lang, &out, NULL);
  }
  t2 = now();
  printf("text: %.1f MB, %zu sentences\n", (double)doc.text.len / 1e6,
         doc.n_sents);
  printf("segment: %.1f MB/s\n", (double)doc.text.len / 1e6 / (t1 - t0));
  printf("normalize: %.1f MB/s\n", (double)doc.text.len / 1e6 / (t2 - t1));
  printf("segment+normalize: %.1f MB/s\n",
         (double)doc.text.len / 1e6 / (t2 - t0));
  ks_buf_free(&one);
  ks_buf_free(&all);
  ks_buf_free(&out);
  ks_doc_free(&doc);
  return 0;
}
