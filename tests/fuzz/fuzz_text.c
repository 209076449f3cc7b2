/* fuzz_text.c - libFuzzer target: segmentation and normalisation of any bytes.
 * SPDX-License-Identifier: MIT
 */
#include "kispeak.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The text stages take whatever an extractor or a .txt file hands them, so
// invalid UTF-8, NUL bytes and huge tokens all reach them.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ks_doc doc;
  struct ks_error err;
  struct ks_buf out = KS_BUF_INIT;
  const struct ks_lang *lang = ks_lang_get("en");
  char *iso;

  ks_doc_init(&doc);
  if (ks_doc_from_text((const char *)data, size, &doc, &err) == KS_OK) {
    ks_segment(&doc, lang);
    for (size_t i = 0; i < doc.n_sents; i++) {
      const struct ks_span *s = &doc.sents[i].text;
      ks_normalize(doc.text.ptr + s->off, s->len, lang, &out);
      ks_buf_clear(&out);
    }
  }
  ks_doc_free(&doc);

  // The raw bytes as one sentence too: ks_normalize must not rely on the
  // segmenter having cut or cleaned them first.
  ks_normalize((const char *)data, size, lang, &out);
  ks_buf_clear(&out);

  iso = malloc(size + 1);
  if (iso) {
    memcpy(iso, data, size);
    iso[size] = '\0';
    (void)ks_normalize_date(iso, lang, &out);
    free(iso);
  }
  ks_buf_free(&out);
  return 0;
}
