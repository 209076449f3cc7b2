/* test_buf.c - ks_buf appends, printf, detach; errors and their phrases.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <stdlib.h>

int main(void) {
  struct ks_buf b = KS_BUF_INIT;
  struct ks_error err;
  char *s;
  size_t n;

  STR_EQ(b.ptr, "", "a new buffer reads as the empty string");
  ks_buf_puts(&b, "Dec.");
  ks_buf_putc(&b, ' ');
  ks_buf_printf(&b, "%d-%d", 3, 4);
  STR_EQ(b.ptr, "Dec. 3-4", "puts, putc and printf append");
  INT_EQ(b.len, 8, "length counts bytes");
  for (int i = 0; i < 10000; i++)
    ks_buf_putc(&b, 'x');
  INT_EQ(b.len, 10008, "growth keeps every byte");
  ks_buf_truncate(&b, 3);
  STR_EQ(b.ptr, "Dec", "truncate shortens and terminates");
  s = ks_buf_detach(&b, &n);
  STR_EQ(s, "Dec", "detach hands over the string");
  INT_EQ(n, 3, "detach reports the length");
  STR_EQ(b.ptr, "", "detach leaves the buffer empty");
  free(s);
  s = ks_buf_detach(&b, NULL);
  STR_EQ(s, "", "detach of an empty buffer gives a freeable empty string");
  free(s);
  ks_buf_put(&b, "a\0b", 3);
  INT_EQ(b.len, 3, "put copies NUL bytes too");
  ks_buf_free(&b);
  ks_buf_free(&b);
  INT_EQ(b.len, 0, "free twice is harmless");

  INT_EQ(ks_error_set(&err, KS_ERR_FETCH, "HTTP %d for %s", 404, "u"),
         KS_ERR_FETCH, "ks_error_set returns its code");
  STR_EQ(err.msg, "HTTP 404 for u", "ks_error_set formats the message");
  STR_EQ(ks_strerror(KS_ERR_FETCH), "fetch", "each code names its stage");
  STR_EQ(ks_strerror(KS_ERR_NO_TEXT), "extract", "no text is an extract error");
  STR_EQ(ks_strerror((enum ks_status)99), "unknown error", "never NULL");
  INT_EQ(ks_error_set(NULL, KS_ERR_IO, "x"), KS_ERR_IO, "err may be NULL");
  return t_summary("test_buf");
}
