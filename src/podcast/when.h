/* when.h - dates as feeds write them: RFC 822/2822 (RSS) and ISO 8601 /
 * RFC 3339 (Atom, pages), read into seconds since 1970 UTC and written back
 * (internal). Pure: no locale, no time zone database.
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_WHEN_H
#define KS_WHEN_H

#include "kispeak.h"

/** Read an RFC 822 date as RSS feeds write it ("Tue, 03 Dec 2024 06:17:00
 *  GMT", also with a two-digit year, no seconds, a named US zone or none)
 *  into *t. *strict (may be NULL) is set to whether it is an RFC 2822 date
 *  with nothing left to guess: a four-digit year, seconds, a numeric zone
 *  or GMT/UT, and the right day of the week if one is given. */
bool ks_when_rfc822(const char *s, int64_t *t, bool *strict);
/** Read an ISO 8601 / RFC 3339 date ("2024-12-03", "2024-12-03T06:17Z",
 *  "2024-12-03 06:17:00.5+02:00") into *t; a date alone is midnight UTC. */
bool ks_when_iso(const char *s, int64_t *t);
/** Either form. */
bool ks_when_parse(const char *s, int64_t *t);

/** Append t as RFC 2822 in UTC: "Tue, 03 Dec 2024 06:17:00 +0000". */
void ks_when_put_rfc2822(int64_t t, struct ks_buf *out);
/** Append t as RFC 3339 in UTC: "2024-12-03T06:17:00Z". */
void ks_when_put_iso(int64_t t, struct ks_buf *out);

#endif
