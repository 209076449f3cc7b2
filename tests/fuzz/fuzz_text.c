/* fuzz_text.c - libFuzzer target: segmentation and normalisation of any bytes.
 * SPDX-License-Identifier: MIT
 */
#include "kispeak.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The normaliser's anchors run forward on both sides, end at the two ends,
 * and every offset maps inside the input. */
static void check_map(const struct ks_align *m, size_t out_len, size_t in_len) {
  for (size_t i = 1; i < m->n; i++)
    if (m->a[i].out < m->a[i - 1].out || m->a[i].in < m->a[i - 1].in)
      abort();
  if (m->n == 0 || m->a[m->n - 1].out != out_len || m->a[m->n - 1].in != in_len)
    abort();
  for (size_t o = 0; o <= out_len; o++)
    if (ks_align_map(m->a, m->n, o, false) > in_len ||
        ks_align_map(m->a, m->n, o, true) > in_len)
      abort();
}

// The text stages take whatever an extractor or a .txt file hands them, so
// invalid UTF-8, NUL bytes and huge tokens all reach them.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ks_doc doc;
  struct ks_error err;
  struct ks_buf out = KS_BUF_INIT;
  struct ks_align map = {NULL, 0, 0};
  const struct ks_lang *lang = ks_lang_get("en");
  char *iso;

  ks_doc_init(&doc);
  if (ks_doc_from_text((const char *)data, size, &doc, &err) == KS_OK) {
    ks_segment(&doc, lang);
    for (size_t i = 0; i < doc.n_sents; i++) {
      const struct ks_span *s = &doc.sents[i].text;
      ks_align_free(&map);
      ks_normalize(doc.text.ptr + s->off, s->len, lang, &out, &map);
      check_map(&map, out.len, s->len);
      ks_buf_clear(&out);
    }
  }
  ks_doc_free(&doc);

  // The raw bytes as one sentence too: ks_normalize must not rely on the
  // segmenter having cut or cleaned them first.
  ks_align_free(&map);
  ks_normalize((const char *)data, size, lang, &out, &map);
  check_map(&map, out.len, size);
  ks_align_free(&map);
  ks_buf_clear(&out);

  iso = malloc(size + 1);
  if (iso) {
    memcpy(iso, data, size);
    iso[size] = '\0';
    (void)ks_normalize_date(iso, lang, true, &out);
    (void)ks_normalize_date(iso, lang, false, &out);
    free(iso);
  }
  ks_buf_free(&out);
  return 0;
}
