/* html5.h - HTML bytes to a libxml2 tree built by the HTML5 rules (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_HTML5_H
#define KS_HTML5_H

#include "kispeak.h"

#include <libxml/tree.h>

/** Parse a page as a browser does: its bytes decoded to UTF-8 (a BOM, else
 *  encoding, the charset from the HTTP header or NULL, else the page's meta
 *  charset, else UTF-8 when the bytes are valid UTF-8 and Windows-1252 when
 *  not), slimmed (ks_html_slim), and built into a tree by gumbo's HTML5 tree
 *  construction, then copied into a libxml2 document, nested at most
 *  KS_HTML5_DEPTH deep. url (may be NULL) becomes the document's URL.
 *  Returns NULL only when libxml2 runs out of memory; the caller frees the
 *  result with xmlFreeDoc(). */
xmlDocPtr ks_html5_parse(const char *html, size_t len, const char *encoding,
                         const char *url);

#define KS_HTML5_DEPTH 200

/** Append to out a page (UTF-8) cut down to what extraction reads, with the
 *  same HTML5 tree: comments dropped; script (but JSON-LD), style, noscript,
 *  iframe, noembed and noframes emptied (noscript as a browser with scripts
 *  on sees it); attributes kept only when extraction reads them; runs of
 *  white space outside pre, listing, textarea and title folded to one. */
void ks_html_slim(const char *html, size_t len, struct ks_buf *out);

/** Append to out the page's bytes as UTF-8, decoded as ks_html5_parse says.
 *  Returns false (out untouched) when they are UTF-8 already and can be
 *  used as they are (after *skip bytes of byte-order mark). */
bool ks_html_to_utf8(const char *html, size_t len, const char *encoding,
                     struct ks_buf *out, size_t *skip);

#endif
