/* ident.c - what names an item, an episode and a show.
 * SPDX-License-Identifier: MIT
 */
#include "podcast/ident.h"
#include <nettle/sha1.h>
#include "ascii.h"
#include "url.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Query parameters that say who sent the reader, not what the page is:
 * an exact name, or a prefix when it ends with '*'. */
static const char *const tracking[] = {
    "utm_*",      "fbclid",  "gclid",  "dclid",     "gbraid",
    "wbraid",     "msclkid", "mc_cid", "mc_eid",    "igshid",
    "yclid",      "_hsenc",  "_hsmi",  "mkt_tok",   "oly_anon_id",
    "oly_enc_id", "vero_id", "_ga",    "at_medium", "at_campaign",
    "ocid",       "cmpid",   "ito",    "smid"};

static bool is_tracking(const char *name, size_t n) {
  for (size_t i = 0; i < sizeof tracking / sizeof tracking[0]; i++) {
    size_t k = strlen(tracking[i]);
    if (tracking[i][k - 1] == '*') {
      if (n >= k - 1 && ks_mem_eq_ci(name, tracking[i], k - 1))
        return true;
    } else if (n == k && ks_mem_eq_ci(name, tracking[i], k)) {
      return true;
    }
  }
  return false;
}

// The query without its tracking parameters, '&'-joined, into out.
static void put_query(const char *q, size_t n, struct ks_buf *out) {
  bool first = true;
  size_t i = 0;
  while (i < n) {
    size_t end = i, name_end;
    while (end < n && q[end] != '&')
      end++;
    name_end = i;
    while (name_end < end && q[name_end] != '=')
      name_end++;
    if (end > i && !is_tracking(q + i, name_end - i)) {
      ks_buf_putc(out, first ? '?' : '&');
      ks_buf_put(out, q + i, end - i);
      first = false;
    }
    i = end + 1;
  }
}

void ks_ident_canonical(const char *url, struct ks_buf *out) {
  const char *s = url, *e, *host, *host_end, *path, *q, *frag;
  size_t scheme_len;
  bool https;
  while (ks_is_space((unsigned char)*s))
    s++;
  e = s + strlen(s);
  while (e > s && ks_is_space((unsigned char)e[-1]))
    e--;
  if (!ks_url_is_http(s)) {
    ks_buf_put(out, s, (size_t)(e - s));
    return;
  }
  https = ks_to_lower((unsigned char)s[4]) == 's';
  scheme_len = https ? 5 : 4;
  ks_buf_puts(out, https ? "https://" : "http://");
  host = s + scheme_len + 3;
  host_end = host;
  while (host_end < e && *host_end != '/' && *host_end != '?' &&
         *host_end != '#')
    host_end++;
  path = host_end;
  frag = e > path ? memchr(path, '#', (size_t)(e - path)) : NULL;
  if (frag)
    e = frag;
  q = e > path ? memchr(path, '?', (size_t)(e - path)) : NULL;
  {
    /* the authority: user info as written, host in lower case, and the
     * port unless it is the scheme's own */
    const char *at = host, *h, *port = NULL;
    for (const char *p = host; p < host_end; p++)
      if (*p == '@')
        at = p + 1;
    ks_buf_put(out, host, (size_t)(at - host));
    h = at;
    for (const char *p = h; p < host_end; p++)
      if (*p == ']') /* an IPv6 address's colons are not a port */
        port = NULL;
      else if (*p == ':')
        port = p;
    for (const char *p = h; p < (port ? port : host_end); p++)
      ks_buf_putc(out, ks_to_lower((unsigned char)*p));
    if (port && port + 1 < host_end &&
        !((https && host_end - port == 4 && !memcmp(port, ":443", 4)) ||
          (!https && host_end - port == 3 && !memcmp(port, ":80", 3))))
      ks_buf_put(out, port, (size_t)(host_end - port));
  }
  if ((q ? q : e) == path)
    ks_buf_putc(out, '/');
  ks_buf_put(out, path, (size_t)((q ? q : e) - path));
  if (q)
    put_query(q + 1, (size_t)(e - q - 1), out);
}

void ks_ident_item(const char *guid, const char *link, struct ks_buf *out) {
  const char *g = guid ? guid : "";
  while (ks_is_space((unsigned char)*g))
    g++;
  if (*g) {
    if (ks_url_is_http(g)) {
      ks_ident_canonical(g, out);
    } else {
      size_t n = strlen(g);
      while (n && ks_is_space((unsigned char)g[n - 1]))
        n--;
      ks_buf_put(out, g, n);
    }
  } else if (link) {
    ks_ident_canonical(link, out);
  }
}

uint64_t ks_ident_fnv1a64(const void *data, size_t n) {
  const unsigned char *p = data;
  uint64_t h = 0xcbf29ce484222325u;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3u;
  }
  return h;
}

unsigned ks_ident_shard(const char *link, const char *identity, unsigned n) {
  struct ks_buf b = KS_BUF_INIT;
  uint64_t h;
  if (link && *link)
    ks_ident_canonical(link, &b);
  else
    ks_buf_puts(&b, identity ? identity : "");
  h = ks_ident_fnv1a64(b.ptr, b.len);
  ks_buf_free(&b);
  return n ? (unsigned)(h % n) : 0;
}

void ks_ident_hex(const unsigned char *p, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  out[2 * n] = '\0';
}

void ks_ident_uuid5(const unsigned char ns[16], const char *name, size_t n,
                    char out[KS_UUID_LEN + 1]) {
  struct sha1_ctx c;
  unsigned char d[SHA1_DIGEST_SIZE];
  char hex[33];
  sha1_init(&c);
  sha1_update(&c, 16, ns);
  sha1_update(&c, n, (const uint8_t *)name);
  sha1_digest(&c, sizeof d, d);
  d[6] = (unsigned char)((d[6] & 0x0F) | 0x50); /* version 5 */
  d[8] = (unsigned char)((d[8] & 0x3F) | 0x80); /* RFC 4122 variant */
  ks_ident_hex(d, 16, hex);
  snprintf(out, KS_UUID_LEN + 1, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8,
           hex + 12, hex + 16, hex + 20);
}

void ks_ident_episode_guid(const char *identity, char out[KS_UUID_LEN + 1]) {
  static const unsigned char ns[16] = {0x39, 0x27, 0xe0, 0x83, 0xe2, 0x49,
                                       0x59, 0xc4, 0xaa, 0x2c, 0x4f, 0x14,
                                       0x7b, 0x11, 0x69, 0x2a};
  ks_ident_uuid5(ns, identity, strlen(identity), out);
}

void ks_ident_show_guid(const char *feed_url, char out[KS_UUID_LEN + 1]) {
  static const unsigned char ns[16] = {0xea, 0xd4, 0xc2, 0x36, 0xbf, 0x58,
                                       0x58, 0xc6, 0xa2, 0xc6, 0xa6, 0xb2,
                                       0x8d, 0x12, 0x8c, 0xb6};
  const char *s = feed_url, *p = strstr(s, "://");
  size_t n;
  if (p)
    s = p + 3;
  n = strlen(s);
  while (n && s[n - 1] == '/')
    n--;
  ks_ident_uuid5(ns, s, n, out);
}
