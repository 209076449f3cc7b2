/* rules_neutral.c - what kispeak does for every language but English:
 * web and e-mail addresses, and marks a listener should not hear spelled
 * out. A language without rules of its own gets only this.
 * SPDX-License-Identifier: MIT
 *
 * espeak-ng reads a whole URL, scheme and path included, and in several
 * voices switches to English to do it; it says an emoji's long name, or
 * "copyright". A newsreader says the site's name and leaves the rest out.
 */
#include "norm.h"

/* Pictographs, their joiners and modifiers, and marks of trade. */
static bool silent_cp(uint32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0xFE0F || cp == 0xFE0E ||
         cp == 0x200D || cp == 0x20E3 || cp == 0xAE || cp == 0x2122 ||
         cp == 0xA9;
}

// The end of an address at p: trailing punctuation is the sentence's.
static const char *address_end(const char *p, const char *end) {
  const char *e = p;
  while (e < end && !ks_is_space((unsigned char)*e))
    e++;
  while (e > p && strchr(".,;:!?)\"'", e[-1]))
    e--;
  return e;
}

// A host name's characters: ASCII letters, digits, dots and hyphens.
static bool host_ok(const char *p, const char *e) {
  const char *dot = NULL;
  for (const char *q = p; q < e; q++) {
    if (*q == '.')
      dot = q;
    else if (!ks_is_alnum((unsigned char)*q) && *q != '-')
      return false;
  }
  return dot && dot > p && dot + 2 < e + 1 && ks_is_alpha((unsigned char)e[-1]);
}

/* Say a host or an e-mail's part: labels with the language's word for the
 * dot between them, or as written when it has none. */
static void say_host(struct norm *n, const char *p, const char *e) {
  sep(n);
  if (!n->lang->web_dot) {
    ks_buf_put(n->out, p, (size_t)(e - p));
    return;
  }
  for (const char *q = p; q < e; q++) {
    if (*q == '.') {
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, n->lang->web_dot);
      ks_buf_putc(n->out, ' ');
    } else {
      ks_buf_putc(n->out, *q);
    }
  }
}

/* "https://www.example.de/a/b" -> "example Punkt de"; "info@example.org"
 * -> "info ät example Punkt org". Only at the start of a run of non-space
 * bytes; NULL for anything else. */
const char *ks_norm_rule_web_words(struct norm *n, const char *p) {
  static const char *const schemes[] = {"https://", "http://", "ftp://"};
  const char *end = n->end, *e, *h, *he, *at;
  bool url = false;
  if (p < n->chunk_end)
    return NULL;
  e = address_end(p, end);
  n->chunk_end = e > p ? e : p + 1;
  if (e - p < 4 || !memchr(p, '.', (size_t)(e - p)))
    return NULL;
  h = p;
  for (size_t i = 0; i < N_OF(schemes); i++)
    if (starts_ci(p, e, schemes[i])) {
      h = p + strlen(schemes[i]);
      url = true;
    }
  if (starts_ci(h, e, "www.")) {
    h += 4;
    url = true;
  }
  at = memchr(h, '@', (size_t)(e - h));
  if (at && !url) { /* an e-mail address */
    for (const char *q = p; q < at; q++)
      if (!ks_is_alnum((unsigned char)*q) && !strchr("._-+", *q))
        return NULL;
    if (at == p || !host_ok(at + 1, e))
      return NULL;
    sep(n);
    ks_buf_put(n->out, p, (size_t)(at - p));
    if (n->lang->web_at) {
      ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, n->lang->web_at);
    } else {
      ks_buf_puts(n->out, " @");
    }
    say_host(n, at + 1, e);
    return e;
  }
  for (he = h; he < e && *he != '/' && *he != '?' && *he != '#' && *he != ':';)
    he++;
  if (!url || !host_ok(h, he))
    return NULL;
  say_host(n, h, he);
  return e;
}

/* "#Klimaschutz": the words of a hashtag, split where a capital follows a
 * small letter; the sign is not said. */
static const char *hashtag(struct norm *n, const char *p) {
  const char *end = n->end, *q = p + 1;
  if ((p > n->s && !ks_is_space((unsigned char)p[-1])) || q >= end ||
      !(ks_is_alpha((unsigned char)*q) || (unsigned char)*q >= 0xC3))
    return NULL;
  sep(n);
  while (q < end && !ks_is_space((unsigned char)*q) &&
         !strchr(".,;:!?)\"'", *q)) {
    size_t k = utf8_len(q, end);
    if (k == 0)
      break;
    if (*q == '_' ||
        (ks_is_upper((unsigned char)*q) && ks_is_lower((unsigned char)q[-1]))) {
      ks_buf_putc(n->out, ' ');
      if (*q == '_') {
        q++;
        continue;
      }
    }
    ks_buf_put(n->out, q, k);
    q += k;
  }
  return q;
}

const char *ks_norm_rule_neutral(struct norm *n, const char *p) {
  unsigned char c = (unsigned char)*p;
  if (c == '#')
    return hashtag(n, p);
  if (c >= 0xC2) {
    uint32_t cp;
    size_t k = ks_utf8_decode(p, (size_t)(n->end - p), &cp);
    if (cp != KS_UTF8_BAD && silent_cp(cp))
      return p + k;
  }
  return NULL;
}

static const char *neutral_at(struct norm *n, const char *p) {
  const char *r = ks_norm_rule_web_words(n, p);
  return r ? r : ks_norm_rule_neutral(n, p);
}

const struct ks_norm_family ks_norm_neutral = {KS_RULES_NEUTRAL, neutral_at};
