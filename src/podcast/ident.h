/* ident.h - what names an item, an episode and a show: canonical URLs,
 * FNV-1a 64, UUIDv5 (internal).
 * SPDX-License-Identifier: MIT
 *
 * Every name is derived, never random, so that two runs, or N shards and
 * one unsharded run, give the same item the same episode and file names.
 */
#ifndef KS_IDENT_H
#define KS_IDENT_H

#include "kispeak.h"

#define KS_UUID_LEN 36 /* "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" */

/** Append url to out in canonical form: scheme and host in lower case, no
 *  default port (:80, :443), "/" for an empty path, no fragment, and no
 *  tracking parameters (utm_*, fbclid, gclid and the others in ident.c).
 *  White space around it is dropped; anything that is not an http(s) URL is
 *  appended as it is. */
void ks_ident_canonical(const char *url, struct ks_buf *out);

/** An item's identity, appended to out: its guid from the feed (canonical
 *  when it is an http(s) URL), else its link's canonical URL. */
void ks_ident_item(const char *guid, const char *link, struct ks_buf *out);

/** FNV-1a, 64 bits, of n bytes. */
uint64_t ks_ident_fnv1a64(const void *data, size_t n);

/** Which of n shards an item belongs to: FNV-1a 64 of its link's canonical
 *  URL (of its identity when it has no link), modulo n. */
unsigned ks_ident_shard(const char *link, const char *identity, unsigned n);

/** RFC 4122 version 5 UUID of name in namespace ns (16 bytes), written in
 *  lower case into out (KS_UUID_LEN + 1 bytes). */
void ks_ident_uuid5(const unsigned char ns[16], const char *name, size_t n,
                    char out[KS_UUID_LEN + 1]);

/** An episode's guid: the UUIDv5 of the item's identity in kispeak's
 *  namespace (UUIDv5 of the URL "kispeak:episode":
 *  3927e083-e249-59c4-aa2c-4f147b11692a). */
void ks_ident_episode_guid(const char *identity, char out[KS_UUID_LEN + 1]);

/** A show's podcast:guid, as the Podcasting 2.0 namespace defines it: the
 *  UUIDv5 of the feed's URL without its scheme and trailing slashes, in the
 *  namespace ead4c236-bf58-58c6-a2c6-a6b28d128cb6. */
void ks_ident_show_guid(const char *feed_url, char out[KS_UUID_LEN + 1]);

/** n bytes as lower-case hex (2n characters and a NUL) into out. */
void ks_ident_hex(const unsigned char *p, size_t n, char *out);

#endif
