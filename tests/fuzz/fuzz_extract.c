/* fuzz_extract.c - libFuzzer target: arbitrary bytes through ks_extract.
 * SPDX-License-Identifier: MIT
 */
#include "kispeak.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Extraction then segmentation: a doc the extractor accepts must be one the
// later text stages can walk without reading outside doc->text.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ks_doc doc;
  struct ks_error err;
  ks_doc_init(&doc);
  if (ks_extract((const char *)data, size, NULL, "https://example.org/a", &doc,
                 &err) == KS_OK) {
    const struct ks_lang *lang = ks_lang_get(doc.language.ptr);
    ks_segment(&doc, lang);
  }
  ks_doc_free(&doc);
  return 0;
}
