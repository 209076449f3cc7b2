/* test_ident.c - canonical URLs, FNV-1a 64, SHA-1, UUIDv5 and the shard of
 * an item: the names that sharded and unsharded runs must agree on.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/ident.h"

#include <inttypes.h>
#include <stdio.h>

static const struct {
  const char *in, *want;
} canonical[] = {
    {"HTTPS://Example.ORG/News/A?b=1#top", "https://example.org/News/A?b=1"},
    {"http://example.org", "http://example.org/"},
    {"http://example.org:80/a", "http://example.org/a"},
    {"https://example.org:443/a", "https://example.org/a"},
    {"https://example.org:8443/a", "https://example.org:8443/a"},
    {"http://example.org:443/a", "http://example.org:443/a"},
    {"https://example.org/a?utm_source=rss&id=7&utm_medium=feed",
     "https://example.org/a?id=7"},
    {"https://example.org/a?fbclid=x&gclid=y", "https://example.org/a"},
    {"https://example.org/a?UTM_Campaign=z&page=2",
     "https://example.org/a?page=2"},
    {"https://example.org/a?utmost=1", "https://example.org/a?utmost=1"},
    {"  https://example.org/a  ", "https://example.org/a"},
    {"http://User@Example.org/", "http://User@example.org/"},
    {"http://[::1]:8080/x", "http://[::1]:8080/x"},
    {"http://[::1]/x", "http://[::1]/x"},
    {"https://example.org?x=1", "https://example.org/?x=1"},
    {"https://example.org/a#", "https://example.org/a"},
    {"tag:example.org,2024:a1", "tag:example.org,2024:a1"},
    {"articles/a.html", "articles/a.html"},
};

static const struct {
  const char *guid, *link, *want;
} identity[] = {
    {"tag:x,2024:1", "https://example.org/a", "tag:x,2024:1"},
    {"  tag:x,2024:1 ", NULL, "tag:x,2024:1"},
    {"HTTP://Example.org/a?utm_source=x", NULL, "http://example.org/a"},
    {NULL, "https://Example.org/a?utm_medium=rss#c", "https://example.org/a"},
    {"", "https://example.org/b", "https://example.org/b"},
};

/* FNV-1a 64 test vectors (Fowler, Noll, Vo; the reference's test suite),
 * and the shard of each URL among 4: docs/scale.md lists the same. */
static const struct {
  const char *in;
  uint64_t want;
  unsigned shard4;
} fnv[] = {
    {"", 0xcbf29ce484222325u, 1},
    {"a", 0xaf63dc4c8601ec8cu, 0},
    {"foobar", 0x85944171f73967e8u, 0},
    {"https://example.org/a", 0x4130e41a1ced2904u, 0},
    {"http://127.0.0.1:8080/articles/a01.html", 0xff4776292aef1302u, 2},
};

int main(void) {
  char what[160], uuid[KS_UUID_LEN + 1];
  for (size_t i = 0; i < sizeof canonical / sizeof canonical[0]; i++) {
    struct ks_buf b = KS_BUF_INIT;
    ks_ident_canonical(canonical[i].in, &b);
    snprintf(what, sizeof what, "canonical '%s'", canonical[i].in);
    STR_EQ(b.ptr, canonical[i].want, what);
    ks_buf_free(&b);
  }
  for (size_t i = 0; i < sizeof identity / sizeof identity[0]; i++) {
    struct ks_buf b = KS_BUF_INIT;
    ks_ident_item(identity[i].guid, identity[i].link, &b);
    snprintf(what, sizeof what, "identity %zu", i);
    STR_EQ(b.ptr, identity[i].want, what);
    ks_buf_free(&b);
  }
  for (size_t i = 0; i < sizeof fnv / sizeof fnv[0]; i++) {
    snprintf(what, sizeof what, "FNV-1a 64 of '%s'", fnv[i].in);
    OK(ks_ident_fnv1a64(fnv[i].in, strlen(fnv[i].in)) == fnv[i].want, what);
    if (fnv[i].in[0] == 'h') {
      snprintf(what, sizeof what, "shard of 4 of '%s'", fnv[i].in);
      INT_EQ(ks_ident_shard(fnv[i].in, NULL, 4), fnv[i].shard4, what);
    }
  }
  /* the shard is the canonical URL's: tracking and case do not move it */
  INT_EQ(ks_ident_shard("HTTPS://EXAMPLE.org/a?utm_source=x#y", "id", 4), 0,
         "shard of a URL as written is its canonical form's");
  INT_EQ(ks_ident_shard(NULL, "", 4), 1, "no link: the identity's");
  INT_EQ(ks_ident_shard("https://example.org/a", NULL, 1), 0, "one shard");
  /* the Podcasting 2.0 namespace's own examples */
  ks_ident_show_guid("https://mp3s.nashownotes.com/pc20rss.xml", uuid);
  STR_EQ(uuid, "917393e3-1b1e-5cef-ace4-edaa54e1f810", "podcast:guid example");
  ks_ident_show_guid("podnews.net/rss////", uuid);
  STR_EQ(uuid, "9b024349-ccf0-5f69-a609-6b82873eab3c",
         "podcast:guid: no scheme, trailing slashes dropped");
  ks_ident_show_guid("http://podnews.net/rss", uuid);
  STR_EQ(uuid, "9b024349-ccf0-5f69-a609-6b82873eab3c",
         "podcast:guid: any scheme");
  /* an episode's guid: UUIDv5 of the identity in kispeak's namespace */
  ks_ident_episode_guid("https://example.org/a", uuid);
  STR_EQ(uuid, "89d4db22-7e31-5dee-84ef-6c11454293fb", "episode guid");
  return t_summary("test_ident");
}
