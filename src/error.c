/* error.c - status codes, their phrases, and recording a failure.
 * SPDX-License-Identifier: MIT
 */
#include "kispeak.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const phrases[] = {
    [KS_OK] = "ok",
    [KS_ERR_USAGE] = "usage",
    [KS_ERR_IO] = "io",
    [KS_ERR_FETCH] = "fetch",
    [KS_ERR_HTML] = "extract",
    [KS_ERR_NO_TEXT] = "extract",
    [KS_ERR_VOICE] = "voice",
    [KS_ERR_SYNTH] = "synth",
    [KS_ERR_ENCODE] = "write",
    [KS_ERR_INTERRUPTED] = "interrupted",
};

const char *ks_strerror(enum ks_status code) {
  if ((size_t)code < sizeof phrases / sizeof phrases[0] && phrases[code])
    return phrases[code];
  return "unknown error";
}

enum ks_status ks_error_set(struct ks_error *err, enum ks_status code,
                            const char *fmt, ...) {
  va_list ap;
  if (!err)
    return code;
  err->code = code;
  err->option = NULL;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return code;
}

enum ks_status ks_error_option(struct ks_error *err, enum ks_status st,
                               const char *option) {
  if (err && st != KS_OK)
    err->option = option;
  return st;
}
