/* escape.c - text made safe for JSON, XML and HTML.
 * SPDX-License-Identifier: MIT
 */
#include "escape.h"

#include <stdio.h>
#include <string.h>

void ks_json_put(struct ks_buf *out, const char *s, size_t n) {
  ks_buf_putc(out, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      ks_buf_putc(out, '\\');
      ks_buf_putc(out, c);
    } else if (c == '\n') {
      ks_buf_puts(out, "\\n");
    } else if (c == '\t') {
      ks_buf_puts(out, "\\t");
    } else if (c == '\r') {
      ks_buf_puts(out, "\\r");
    } else if (c < 0x20 || c == 0x7F) {
      ks_buf_printf(out, "\\u%04x", c);
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 ||
                (unsigned char)s[i + 2] == 0xA9)) {
      ks_buf_printf(out, "\\u%04x", 0x2000 + (unsigned char)s[i + 2] - 0x80);
      i += 2;
    } else {
      ks_buf_putc(out, c);
    }
  }
  ks_buf_putc(out, '"');
}

void ks_json_put_html(struct ks_buf *out, const char *s, size_t n) {
  size_t from = out->len;
  ks_json_put(out, s, n);
  for (size_t i = from; i < out->len; i++) {
    if (out->ptr[i] == '<' || out->ptr[i] == '>' || out->ptr[i] == '&') {
      char esc[8];
      snprintf(esc, sizeof esc, "\\u%04x", (unsigned char)out->ptr[i]);
      /* make room for the five more bytes, then put the escape in place */
      ks_buf_put(out, "     ", 5);
      memmove(out->ptr + i + 6, out->ptr + i + 1, out->len - i - 6);
      memcpy(out->ptr + i, esc, 6);
      i += 5;
    }
  }
}

void ks_json_puts(struct ks_buf *out, const char *s) {
  ks_json_put(out, s, strlen(s));
}

void ks_json_put_or_null(struct ks_buf *out, const struct ks_buf *b) {
  if (b->len)
    ks_json_put(out, b->ptr, b->len);
  else
    ks_buf_puts(out, "null");
}

void ks_xml_put(struct ks_buf *out, const char *s, size_t n, bool attr) {
  size_t from = 0;
  for (size_t i = 0; i < n; i++) {
    const char *ent = s[i] == '&'           ? "&amp;"
                      : s[i] == '<'         ? "&lt;"
                      : s[i] == '>'         ? "&gt;"
                      : attr && s[i] == '"' ? "&quot;"
                                            : NULL;
    if (!ent)
      continue;
    ks_buf_put(out, s + from, i - from);
    ks_buf_puts(out, ent);
    from = i + 1;
  }
  ks_buf_put(out, s + from, n - from);
}
