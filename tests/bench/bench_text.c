/* bench_text.c - throughput of the text stages: segmentation + normalisation.
 * SPDX-License-Identifier: MIT
 *
 * Usage: bench_text FILE [MB]. FILE (plain text) is repeated to about MB
 * megabytes (default 20); the time of ks_segment plus ks_normalize on every
 * sentence is measured in this one process and printed as MB/s.
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

int main(int argc, char **argv) {
  struct ks_buf one = KS_BUF_INIT, all = KS_BUF_INIT, out = KS_BUF_INIT;
  struct ks_doc doc;
  struct ks_error err;
  const struct ks_lang *lang = ks_lang_get("en");
  double mb = argc > 2 ? strtod(argv[2], NULL) : 20.0, t0, t1, t2;
  char tmp[65536];
  size_t n;
  FILE *f;

  if (argc < 2) {
    fprintf(stderr, "usage: bench_text FILE [MB]\n");
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
