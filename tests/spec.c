/* spec.c - runs the examples of the spec files in tests/spec against the text
 * stages. SPDX-License-Identifier: MIT
 *
 * A spec file is documentation with examples in it. Lines outside an example
 * are prose. An example is fenced by lines "~~~"; inside, the input comes
 * first, then a line holding only ".", then the expected output:
 *   segment:   the input is plain text (paragraphs split by blank lines); the
 *              output is its sentences, one a line, a blank line between
 *              paragraphs (what --dump=sentences prints).
 *   normalize: each input line is one sentence; each output line is what is
 *              spoken for the input line in the same place.
 * The rules are English's, or those of the language given after the file
 * ("spec normalize tests/spec/normalize-de.txt de").
 */
#include "harness.h"
#include "kispeak.h"

#include <stdlib.h>

static const char *lang_tag = "en"; /* the spec file's language */

static void run_segment(const char *in, const char *want, int line,
                        const char *path) {
  struct ks_doc doc;
  struct ks_error err;
  struct ks_buf got = KS_BUF_INIT;
  char what[512];

  ks_doc_init(&doc);
  if (ks_doc_from_text(in, strlen(in), &doc, &err) == KS_OK) {
    ks_segment(&doc, ks_lang_get(lang_tag));
    for (size_t i = 0; i < doc.n_sents; i++) {
      const struct ks_sentence *s = &doc.sents[i];
      if (i > 0 && doc.sents[i - 1].block != s->block)
        ks_buf_putc(&got, '\n');
      ks_buf_put(&got, doc.text.ptr + s->text.off, s->text.len);
      ks_buf_putc(&got, '\n');
    }
  }
  snprintf(what, sizeof what, "%s example at line %d", path, line);
  STR_EQ(got.ptr, want, what);
  ks_buf_free(&got);
  ks_doc_free(&doc);
}

static void run_normalize(const char *in, const char *want, int line,
                          const char *path) {
  struct ks_buf got = KS_BUF_INIT;
  char what[512];
  const char *p = in;
  while (*p) {
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    /* each line from a copy of its own size, with no byte after it, so
     * that a rule reading past the text's end is caught (make asan) */
    char *copy = malloc(n ? n : 1);
    if (!copy)
      abort();
    memcpy(copy, p, n);
    ks_normalize(copy, n, ks_lang_get(lang_tag), &got, NULL);
    free(copy);
    ks_buf_putc(&got, '\n');
    p += n + (eol ? 1 : 0);
  }
  snprintf(what, sizeof what, "%s example at line %d", path, line);
  STR_EQ(got.ptr, want, what);
  ks_buf_free(&got);
}

int main(int argc, char **argv) {
  size_t len;
  char *text, *p;
  int line = 0, start = 0, state = 0; /* 0 prose, 1 input, 2 expected */
  struct ks_buf in = KS_BUF_INIT, want = KS_BUF_INIT;
  bool segment;

  if (argc != 3 && argc != 4) {
    fprintf(stderr, "usage: spec segment|normalize FILE [LANGUAGE]\n");
    return 2;
  }
  if (argc == 4)
    lang_tag = argv[3];
  segment = strcmp(argv[1], "segment") == 0;
  text = t_read_file(argv[2], &len);
  if (!text) {
    fprintf(stderr, "spec: cannot read %s\n", argv[2]);
    return 2;
  }
  for (p = text; *p;) {
    char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    line++;
    if (n == 3 && !memcmp(p, "~~~", 3)) {
      if (state == 0) {
        state = 1;
        start = line;
        ks_buf_clear(&in);
        ks_buf_clear(&want);
      } else {
        if (segment)
          run_segment(in.ptr, want.ptr, start, argv[2]);
        else
          run_normalize(in.ptr, want.ptr, start, argv[2]);
        state = 0;
      }
    } else if (state == 1 && n == 1 && *p == '.') {
      state = 2;
    } else if (state) {
      struct ks_buf *b = state == 1 ? &in : &want;
      ks_buf_put(b, p, n);
      ks_buf_putc(b, '\n');
    }
    p += n + (eol ? 1 : 0);
  }
  ks_buf_free(&in);
  ks_buf_free(&want);
  free(text);
  return t_summary(argv[2]);
}
