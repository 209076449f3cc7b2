/* test_segment.c - unit tests of the sentence segmenter and the English tables.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"
#include "lang/lang.h"

#include <stdint.h>
#include <stdlib.h>

/* Segment text (plain text, paragraphs split by blank lines) into doc. */
static void segment_text(const char *text, size_t len, struct ks_doc *doc) {
  struct ks_error err;
  ks_doc_init(doc);
  if (ks_doc_from_text(text, len, doc, &err) == KS_OK)
    ks_segment(doc, ks_lang_get("en"));
}

/* The sentences one a line, a blank line between blocks (--dump=sentences). */
static void dump(const struct ks_doc *doc, struct ks_buf *out) {
  for (size_t i = 0; i < doc->n_sents; i++) {
    const struct ks_sentence *s = &doc->sents[i];
    if (i > 0 && doc->sents[i - 1].block != s->block)
      ks_buf_putc(out, '\n');
    ks_buf_put(out, doc->text.ptr + s->text.off, s->text.len);
    ks_buf_putc(out, '\n');
  }
}

static bool ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
static bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Every promise of ks_segment() about its spans, for any input: in order,
 * inside their block, never empty, trimmed, at most KS_MAX_SENTENCE, never
 * splitting a UTF-8 sequence, and covering the block but for white space. */
static bool spans_ok(const struct ks_doc *doc) {
  const unsigned char *t = (const unsigned char *)doc->text.ptr;
  size_t si = 0;
  bool ok = true;
  for (size_t b = 0; b < doc->n_blocks && ok; b++) {
    size_t pos = doc->blocks[b].text.off;
    size_t end = pos + doc->blocks[b].text.len;
    for (; si < doc->n_sents && doc->sents[si].block == b; si++) {
      struct ks_span sp = doc->sents[si].text;
      ok = ok && sp.len > 0 && sp.len <= KS_MAX_SENTENCE;
      ok = ok && sp.off >= pos && sp.off + sp.len <= end;
      if (!ok)
        break;
      for (size_t k = pos; k < sp.off; k++)
        ok = ok && ws(t[k]); /* only white space between sentences */
      ok = ok && !ws(t[sp.off]) && !ws(t[sp.off + sp.len - 1]);
      ok = ok && !cont(t[sp.off]) && !cont(t[sp.off + sp.len]);
      pos = sp.off + sp.len;
    }
    for (size_t k = pos; ok && k < end; k++)
      ok = ws(t[k]);
  }
  return ok && si == doc->n_sents;
}

struct seg_case {
  const char *in, *want;
};

/* Edge cases; the rules with prose are in tests/spec/segment.txt. */
static const struct seg_case cases[] = {
    {"One.", "One.\n"},
    {"no end at all", "no end at all\n"},
    {".", ".\n"},
    {"...", "...\n"},
    {"?!", "?!\n"},
    {"A. B. C.", "A. B. C.\n"},
    {"Hi.  There.", "Hi.\nThere.\n"},
    {"Hi.\n\nThere.", "Hi.\n\nThere.\n"},
    {"End. \"", "End. \"\n"},
    {"It ended.) Then more.", "It ended.)\nThen more.\n"},
    {"Why?\" Nobody knew.", "Why?\"\nNobody knew.\n"},
    {"Wait... 52 more came.", "Wait... 52 more came.\n"},
    {"He left. 'Never,' she said.", "He left.\n'Never,' she said.\n"},
    {"See [...] here.", "See [...] here.\n"},
    {"Use it. .NET is fine.", "Use it.\n.NET is fine.\n"},
    {"The U.S.-led plan failed. Talks resumed.",
     "The U.S.-led plan failed.\nTalks resumed.\n"},
    {"Dec.3 was cold. Jan. was colder.", "Dec.3 was cold.\nJan. was colder.\n"},
    {"A. B. Jones said so. C. D. Smith agreed.",
     "A. B. Jones said so.\nC. D. Smith agreed.\n"},
    {"ÉTÉ. Été. été.", "ÉTÉ.\nÉté. été.\n"},
    {"Он ушёл. он вернулся.", "Он ушёл. он вернулся.\n"},
    {"東京。大阪。", "東京。\n大阪。\n"},
    {"Why？Because！", "Why？\nBecause！\n"},
    {"यह है। वह है।", "यह है।\nवह है।\n"},
    {"5 ft. The wall was tall.", "5 ft.\nThe wall was tall.\n"},
    {"1. First. 2. Second.", "1. First.\n2. Second.\n"},
    {"2024. That was the year.", "2024.\nThat was the year.\n"},
    {"Steps: a. mix, b. bake. Done.", "Steps: a. mix, b. bake.\nDone.\n"},
    {"News • World • Europe", "News\n• World\n• Europe\n"},
    {"It is 6 p.m. UTC now.", "It is 6 p.m. UTC now.\n"},
    /* invalid UTF-8 reaches the segmenter as U+FFFD (ks_doc_add_block) */
    {"\xC3\x28 broken. Bytes \xFF here.",
     "\xEF\xBF\xBD( broken.\nBytes \xEF\xBF\xBD here.\n"},
};

static void test_cases(void) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct ks_doc doc;
    struct ks_buf got = KS_BUF_INIT;
    segment_text(cases[i].in, strlen(cases[i].in), &doc);
    dump(&doc, &got);
    STR_EQ(got.ptr, cases[i].want, cases[i].in);
    OK(spans_ok(&doc), cases[i].in);
    ks_buf_free(&got);
    ks_doc_free(&doc);
  }
}

/* Runs longer than KS_MAX_SENTENCE: cut at a space, else between UTF-8
 * sequences. */
static void test_long(void) {
  static const char *const units[] = {"word ", "a", "\xD0\xB6", "\xE6\x9D\xB1",
                                      "x\xF0\x9F\x98\x80"};
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
    struct ks_buf in = KS_BUF_INIT;
    struct ks_doc doc;
    char what[64];
    while (in.len < 3 * KS_MAX_SENTENCE + 77)
      ks_buf_puts(&in, units[u]);
    segment_text(in.ptr, in.len, &doc);
    snprintf(what, sizeof what, "long run of \"%s\"", units[u]);
    OK(spans_ok(&doc), what);
    OK(doc.n_sents >= 4 && doc.n_sents <= 5, what);
    if (u == 0 && doc.n_sents > 0) /* cut at a space: whole words */
      OK(doc.text.ptr[doc.sents[0].text.off + doc.sents[0].text.len - 1] == 'd',
         "long run cut at a space");
    ks_doc_free(&doc);
    ks_buf_free(&in);
  }
}

/* Random text built from the pieces the rules care about keeps every span
 * promise. */
static void test_random(void) {
  static const char *const pieces[] = {"word",
                                       " ",
                                       ". ",
                                       "? ",
                                       "!",
                                       "...",
                                       " . . . ",
                                       "U.S.",
                                       "Dr.",
                                       "a.m.",
                                       "\"",
                                       "\xE2\x80\x9D",
                                       "(",
                                       ")",
                                       "1. ",
                                       "2) ",
                                       "a. ",
                                       "b. ",
                                       ": ",
                                       "The",
                                       "\xE3\x80\x82",
                                       "\xD0\x96",
                                       "\xE2\x80\xA2 ",
                                       "\xE2\x80\xA6",
                                       "3.5",
                                       "\n",
                                       "\n\n",
                                       "J.",
                                       "etc.",
                                       "[...]",
                                       "\xEF\xBC\x9F"};
  uint32_t seed = 12345;
  int bad = 0;
  for (int round = 0; round < 2000; round++) {
    struct ks_buf in = KS_BUF_INIT;
    struct ks_doc doc;
    int n;
    seed = seed * 1103515245u + 12345u;
    n = (int)(seed >> 16) % 40;
    for (int k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      ks_buf_puts(&in,
                  pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])]);
    }
    segment_text(in.ptr, in.len, &doc);
    if (!spans_ok(&doc) && bad++ == 0)
      printf("  bad spans for: %s\n", in.ptr);
    ks_doc_free(&doc);
    ks_buf_free(&in);
  }
  INT_EQ(bad, 0, "random texts with bad spans");
}

/* The fixture article: its body segments into exactly its sentences. */
static void test_fixture(void) {
  const char *dir = "../shared/fixtures/news-page/";
  char path[256];
  size_t blen = 0, slen = 0;
  char *body, *want;
  struct ks_doc doc;
  struct ks_buf got = KS_BUF_INIT;

  snprintf(path, sizeof path, "%sexpected-body.txt", dir);
  body = t_read_file(path, &blen);
  snprintf(path, sizeof path, "%sexpected-sentences.txt", dir);
  want = t_read_file(path, &slen);
  OK(body && want, "fixture files readable (run from the repository root)");
  if (body && want) {
    segment_text(body, blen, &doc);
    dump(&doc, &got);
    STR_EQ(got.ptr, want, "fixture news-page sentences");
    OK(spans_ok(&doc), "fixture news-page spans");
    ks_doc_free(&doc);
  }
  ks_buf_free(&got);
  free(body);
  free(want);
}

/* The abbreviation table is in the order the binary search needs, and
 * lookups prefer the exact spelling. */
static void test_tables(void) {
  const struct ks_lang *en = ks_lang_get("en");
  const struct ks_abbrev *ab;
  bool sorted = true;

  OK(ks_lang_get(NULL) == en && ks_lang_get("") == en, "English by default");
  OK(ks_lang_get("en-GB") == en, "a region is its language");
  STR_EQ(ks_lang_get("de-AT")->tag, "de", "German tables");
  STR_EQ(ks_lang_get("uk")->tag, "uk", "Ukrainian tables");
  OK(ks_lang_get("fr")->rules == KS_RULES_NEUTRAL &&
         !ks_lang_get("fr")->abbrevs,
     "a language without tables gets the neutral rules only (issue 14)");
  for (size_t l = 0; l < 2; l++) {
    const struct ks_lang *o = ks_lang_get(l ? "uk" : "de");
    bool in_order = true;
    for (size_t i = 1; i < o->n_abbrevs; i++) {
      const char *a = o->abbrevs[i - 1].word, *b = o->abbrevs[i].word;
      int c = ks_lang_cmp_folded(a, strlen(a), b);
      if (c > 0 || (c == 0 && strcmp(a, b) >= 0)) {
        in_order = false;
        printf("  out of order: %s, %s\n", a, b);
      }
    }
    OK(in_order, o->tag);
    for (size_t i = 1; i < o->n_starters; i++)
      OK(strcmp(o->starters[i - 1], o->starters[i]) < 0, "starters sorted");
    for (size_t i = 1; i < o->n_name_preps; i++)
      OK(strcmp(o->name_preps[i - 1], o->name_preps[i]) < 0, "names sorted");
  }
  {
    /* English's lists searched by ks_lang_in_list: in byte order */
    const struct ks_lang *o = ks_lang_get("en");
    bool en_sorted = true;
    for (size_t i = 1; i < o->n_name_preps; i++)
      en_sorted =
          en_sorted && strcmp(o->name_preps[i - 1], o->name_preps[i]) < 0;
    for (size_t i = 1; i < o->n_not_nouns; i++)
      en_sorted = en_sorted && strcmp(o->not_nouns[i - 1], o->not_nouns[i]) < 0;
    for (size_t i = 1; i < o->n_caps_words; i++)
      en_sorted =
          en_sorted && strcmp(o->caps_words[i - 1], o->caps_words[i]) < 0;
    for (size_t i = 1; i < o->n_starters; i++)
      en_sorted = en_sorted && strcmp(o->starters[i - 1], o->starters[i]) < 0;
    OK(en_sorted, "English word lists sorted");
  }
  ab = ks_lang_abbrev(ks_lang_get("uk"), "Див", strlen("Див"));
  STR_EQ(ab ? ab->spoken : NULL, "дивіться", "Cyrillic case folded");
  ab = ks_lang_abbrev(ks_lang_get("de"), "Z. b", 4);
  STR_EQ(ab ? ab->spoken : NULL, "zum Beispiel", "several words");
  for (size_t i = 1; i < en->n_abbrevs; i++) {
    const char *a = en->abbrevs[i - 1].word, *b = en->abbrevs[i].word;
    int c = 0;
    for (size_t k = 0; c == 0; k++) {
      int x = (unsigned char)a[k], y = (unsigned char)b[k];
      x += x >= 'A' && x <= 'Z' ? 32 : 0;
      y += y >= 'A' && y <= 'Z' ? 32 : 0;
      c = x - y;
      if (x == 0 || y == 0)
        break;
    }
    if (c == 0)
      c = strcmp(a, b);
    if (c >= 0) {
      sorted = false;
      printf("  out of order: %s, %s\n", a, b);
    }
  }
  OK(sorted, "abbreviations sorted, case folded");
  for (size_t i = 1; i < en->n_starters; i++)
    OK(strcmp(en->starters[i - 1], en->starters[i]) < 0, "starters sorted");
  for (size_t i = 1; i < en->n_labels; i++)
    OK(strcmp(en->labels[i - 1], en->labels[i]) < 0, "labels sorted");

  ab = ks_lang_abbrev(en, "Dec", 3);
  STR_EQ(ab ? ab->spoken : NULL, "December", "Dec");
  OK(ab && (ab->flags & KS_AB_MONTH), "Dec is a month");
  ab = ks_lang_abbrev(en, "Thurs", 5);
  STR_EQ(ab ? ab->spoken : NULL, "Thursday", "Thurs");
  ab = ks_lang_abbrev(en, "P.M", 3);
  OK(ab && (ab->flags & KS_AB_TIME), "P.M matches p.m");
  ab = ks_lang_abbrev(en, "U.S", 3);
  OK(ab && (ab->flags & KS_AB_ACRONYM) && !ab->spoken, "U.S acronym");
  ab = ks_lang_abbrev(en, "e.g", 3);
  STR_EQ(ab ? ab->spoken : NULL, "for example", "e.g");
  ab = ks_lang_abbrev(en, "no", 2);
  STR_EQ(ab ? ab->spoken : NULL, "number", "no, case folded");
  ab = ks_lang_abbrev(en, "St", 2);
  STR_EQ(ab ? ab->spoken : NULL, "Saint",
         "St before a name (the street rule reads it after one)");
  ab = ks_lang_abbrev(en, "Lt", 2);
  STR_EQ(ab ? ab->spoken : NULL, "Lieutenant", "Lt");
  OK(ks_lang_abbrev(en, "Decx", 4) == NULL, "no prefix match");
  OK(ks_lang_abbrev(en, "De", 2) == NULL, "no short match");
  OK(ks_lang_abbrev(en, "", 0) == NULL, "empty word");
  STR_EQ(en->months[11], "December", "months");
  STR_EQ(en->weekdays[0], "Monday", "weekdays");
}

int main(void) {
  test_cases();
  test_long();
  test_random();
  test_fixture();
  test_tables();
  return t_summary("test_segment");
}
