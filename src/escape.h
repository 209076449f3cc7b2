/* escape.h - text made safe for JSON, XML and HTML (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_ESCAPE_H
#define KS_ESCAPE_H

#include "kispeak.h"

/** Append s[0..n) to out as a JSON string, quotation marks included:
 *  '"' and '\\' escaped, control characters as \n, \t, \r or \u00XX, and
 *  U+2028 and U+2029 as \u2028 and \u2029 (JavaScript reads them as line
 *  breaks). */
void ks_json_put(struct ks_buf *out, const char *s, size_t n);
/** ks_json_put, with '<', '>' and '&' as \u escapes too, for JSON inside an
 *  HTML <script> element (where "</script" would end it). */
void ks_json_put_html(struct ks_buf *out, const char *s, size_t n);
/** ks_json_put of a NUL-terminated string. */
void ks_json_puts(struct ks_buf *out, const char *s);
/** ks_json_put of b, or null when b is empty. */
void ks_json_put_or_null(struct ks_buf *out, const struct ks_buf *b);

/** Append s[0..n) to out with '&', '<' and '>' as entities, and '"' too
 *  when attr is true (for an attribute value in double quotes). */
void ks_xml_put(struct ks_buf *out, const char *s, size_t n, bool attr);

#endif
