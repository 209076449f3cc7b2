/* fuzz_voice.c - libFuzzer target: the voice profile parser (ks_voice_load).
 * SPDX-License-Identifier: MIT
 *
 * ks_voice_load reads a file, so each input is written to fuzz.voice in a
 * private temporary directory first. A ks_voice_parse(text, len, ...) entry
 * point would let this skip the file system.
 */
#include "kispeak.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];
static char path[128];

static bool in_range(const struct ks_prosody *p) {
  return p->rate >= 80 && p->rate <= 450 && p->pitch >= 0 && p->pitch <= 100;
}

static void remove_dir(void) {
  unlink(path);
  rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ks_voice v;
  struct ks_error err;
  FILE *f;
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/ks-fuzz-voice-XXXXXX");
    if (!mkdtemp(dir))
      abort();
    snprintf(path, sizeof path, "%s/fuzz.voice", dir);
    atexit(remove_dir);
  }
  f = fopen(path, "wb");
  if (!f)
    abort();
  if (size && fwrite(data, 1, size, f) != size)
    abort();
  fclose(f);
  memset(&v, 0xA5, sizeof v); /* garbage in: defaults must fill everything */
  if (ks_voice_load(dir, "fuzz", &v, &err) == KS_OK) {
    // A profile that loads must be within the documented ranges and its
    // strings terminated.
    if (!in_range(&v.body) || !in_range(&v.headline) || !in_range(&v.heading) ||
        !in_range(&v.quote) || !memchr(v.espeak, '\0', sizeof v.espeak) ||
        !memchr(v.name, '\0', sizeof v.name) ||
        !memchr(v.lexicon, '\0', sizeof v.lexicon))
      abort();
    // --speed scales every role from the body's rate: no overflow, no
    // division by zero, whatever the profile held.
    ks_voice_set_rate(&v, 80 + (int)(size % 371));
  } else if (!memchr(err.msg, '\0', sizeof err.msg)) {
    abort();
  }
  // "fuzz-GB" takes the region fallback path to the same file.
  (void)ks_voice_load(dir, "fuzz-GB", &v, &err);
  return 0;
}
