/* fuzz_charset.c - libFuzzer target: ks_extract under each declared charset.
 * SPDX-License-Identifier: MIT
 */
#include "kispeak.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A server may name any charset, right or wrong, in its Content-Type; the
// same bytes go through every one, including none and a made-up name.
static const char *const encodings[] = {
    NULL, "utf-8", "windows-1251", "iso-8859-1", "utf-16", "x-no-such-thing"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // The first byte picks the charset so that each input exercises one path
  // and libFuzzer can tell their coverage apart.
  const char *enc;
  struct ks_doc doc;
  struct ks_error err;
  if (size == 0)
    return 0;
  enc = encodings[data[0] % (sizeof encodings / sizeof encodings[0])];
  ks_doc_init(&doc);
  if (ks_extract((const char *)data + 1, size - 1, enc, NULL, &doc, &err) ==
      KS_OK)
    ks_segment(&doc, ks_lang_get(doc.language.ptr));
  ks_doc_free(&doc);
  return 0;
}
