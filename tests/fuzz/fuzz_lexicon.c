/* fuzz_lexicon.c - libFuzzer target: the lexicon parser and its application
 * to text (ks_lexicon_parse, ks_lexicon_apply).
 * SPDX-License-Identifier: MIT
 *
 * The input is a lexicon, a NUL byte, then text to speak. Whatever they
 * hold, phoneme mode may start only at a lexicon value: every "[[" in the
 * output is closed by "]]" before any bracket, '<', '&' or '"', and there is
 * no "]]" outside; without a lexicon the output is the text plus spaces.
 */
#include "kispeak.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Aborts unless phoneme mode in s is opened only around clean values.
static void check_phonemes(const char *s, size_t n) {
  size_t i = 0;
  while (i + 1 < n) {
    if (s[i] == ']' && s[i + 1] == ']')
      abort();
    if (s[i] == '[' && s[i + 1] == '[') {
      size_t j = i + 2;
      while (j + 1 < n && !(s[j] == ']' && s[j + 1] == ']')) {
        if (strchr("[]<&\"", s[j]) || s[j] == '\0')
          abort();
        j++;
      }
      if (j + 1 >= n)
        abort(); /* never closed */
      i = j + 2;
      continue;
    }
    i++;
  }
}

// Aborts unless out is text with spaces added (and none taken away).
static void check_spaces_only(const char *text, size_t n, const char *out,
                              size_t m) {
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && text[i] == out[j]) {
      i++, j++;
    } else if (j < m && out[j] == ' ') {
      j++;
    } else {
      abort();
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *d = (const char *)data;
  const char *nul = memchr(d, '\0', size);
  size_t lex_len = nul ? (size_t)(nul - d) : size;
  const char *text = nul ? nul + 1 : "";
  size_t text_len = nul ? size - lex_len - 1 : 0;
  struct ks_lexicon *lex = ks_lexicon_new();
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_buf out = KS_BUF_INIT;

  if (ks_lexicon_parse(lex, d, lex_len, "fuzz.lex", &err) != KS_OK) {
    if (!memchr(err.msg, '\0', sizeof err.msg) ||
        strncmp(err.msg, "fuzz.lex:", 9) != 0 || ks_lexicon_count(lex) != 0)
      abort();
  }
  ks_lexicon_apply(lex, text, text_len, &out, NULL);
  if (strlen(out.ptr) != out.len && !memchr(text, '\0', text_len))
    abort();
  check_phonemes(out.ptr, out.len);

  ks_buf_clear(&out);
  ks_lexicon_apply(NULL, text, text_len, &out, NULL);
  check_spaces_only(text, text_len, out.ptr, out.len);
  check_phonemes(out.ptr, out.len);
  // The lexicon applied to itself: keys are text too.
  ks_buf_clear(&out);
  ks_lexicon_apply(lex, d, lex_len, &out, NULL);
  check_phonemes(out.ptr, out.len);

  ks_buf_free(&out);
  ks_lexicon_free(lex);
  return 0;
}
