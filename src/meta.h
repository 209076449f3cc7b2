/* meta.h - article metadata (headline, authors, date, site, language, URL).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_META_H
#define KS_META_H

#include "kispeak.h"

#include <libxml/tree.h>

/** Fill doc's title, authors, published, site, language and url from the
 *  parsed page xd (JSON-LD, OpenGraph, meta tags, <time>, <html lang>,
 *  canonical link). url is the page's address or NULL. When the page's
 *  JSON-LD carries an articleBody it is appended to ld_body (may be NULL). */
void ks_meta_read(xmlDocPtr xd, const char *url, struct ks_doc *doc,
                  struct ks_buf *ld_body);

#endif
