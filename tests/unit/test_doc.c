/* test_doc.c - blocks fold white space; plain text becomes paragraphs.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

static const char *block(const struct ks_doc *d, size_t i, char *out,
                         size_t size) {
  snprintf(out, size, "%.*s", (int)d->blocks[i].text.len,
           d->text.ptr + d->blocks[i].text.off);
  return out;
}

static const struct {
  const char *in, *want;
} folds[] = {
    {"  two\t\nwords  ", "two words"},
    {"no\xC2\xA0"
     "break",
     "no break"},                           /* NBSP is a space */
    {"soft\xC2\xADhyphen", "softhyphen"},   /* soft hyphen goes */
    {"zero\xE2\x80\x8Bwidth", "zerowidth"}, /* ZWSP goes */
    {"em\xE2\x80\x83space", "em space"},    /* em space */
    {"\xEF\xBB\xBFStart", "Start"},         /* BOM */
    {"ctrl\x01"
     "chars",
     "ctrlchars"},
    {"Київ", "Київ"}, /* UTF-8 kept */
    /* ill-formed UTF-8: each maximal bad subpart becomes one U+FFFD */
    {"a\xFFz", "a\xEF\xBF\xBDz"},                             /* never valid */
    {"Mill\x80\xBFtown", "Mill\xEF\xBF\xBD\xEF\xBF\xBDtown"}, /* stray */
    {"x\xC0\xAFy", "x\xEF\xBF\xBD\xEF\xBF\xBDy"},             /* overlong */
    {"x\xE0\x80\xAFy", "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy"}, /* overlong */
    {"x\xED\xA0\x80y",
     "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy"}, /* surrogate */
    {"x\xF4\x90\x80\x80y",
     "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy"}, /* above U+10FFFF */
    {"euro \xE2\x82", "euro \xEF\xBF\xBD"},                 /* cut at the end */
    {"\xE2\x82 euro", "\xEF\xBF\xBD euro"},                 /* cut mid-text */
    {"\xF0\x9F\x98 x", "\xEF\xBF\xBD x"}, /* cut 4-byte form */
    {"ok \xF0\x9F\x98\x80 \xED\x9F\xBF", "ok \xF0\x9F\x98\x80 \xED\x9F\xBF"},
    {"\xEF\xBF\xBD", "\xEF\xBF\xBD"}, /* U+FFFD itself */
};

// Titles and other metadata are cleaned the same way.
static const struct {
  const char *in, *want;
} meta[] = {
    {"  Night buses\n\treturn  ", "Night buses return"},
    {"Caf\xE9 opens", "Caf\xEF\xBF\xBD opens"}, /* Latin-1 in a UTF-8 page */
    /* UTF-8 read as Windows-1252 and written again: put back */
    {"Waters\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2 film", "Waters\xE2\x80\x99 film"},
    {"1\xC3\x82\xC2\xBD hours", "1\xC2\xBD hours"},
    {"caf\xC3\x83\xC2\xA9", "caf\xC3\xA9"},
    /* and text that only looks so is kept: "São", "Ã" before a letter */
    {"S\xC3\xA3o Paulo \xC3\x83O", "S\xC3\xA3o Paulo \xC3\x83O"},
    /* a times sign before a no-break space: "1920 × 1080" */
    {"1920\xC2\xA0\xC3\x97\xC2\xA0"
     "1080",
     "1920 \xC3\x97 1080"},
    {"no\xC2\xA0"
     "break",
     "no break"},
    /* a character reference escaped twice is the page's character */
    {"Chelsea pay &#163;71.6m", "Chelsea pay \xC2\xA3"
                                "71.6m"},
    {"Q&amp;A &#x2019;s win&nbsp;now", "Q&A \xE2\x80\x99s win now"},
    {"&#60;b&#62; &#1; x &#; y &", "&#60;b> &#1; x &#; y &"},
    {"", ""},
};

int main(void) {
  struct ks_doc d;
  struct ks_error err;
  char tmp[256];
  const char *text = "First line\nsame paragraph.\n\n  \nSecond one.\r\n\r\n"
                     "Third.";

  for (size_t i = 0; i < sizeof folds / sizeof folds[0]; i++) {
    ks_doc_init(&d);
    OK(ks_doc_add_block(&d, KS_BLOCK_PARAGRAPH, folds[i].in,
                        strlen(folds[i].in)),
       "add_block accepts the block");
    INT_EQ(d.n_blocks, 1, folds[i].want);
    if (d.n_blocks)
      STR_EQ(block(&d, 0, tmp, sizeof tmp), folds[i].want, "folded block");
    ks_doc_free(&d);
  }

  for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++) {
    struct ks_buf b = KS_BUF_INIT;
    ks_buf_puts(&b, "old");
    ks_doc_set_text(&b, meta[i].in, strlen(meta[i].in));
    STR_EQ(b.ptr, meta[i].want, "ks_doc_set_text");
    ks_buf_free(&b);
  }

  ks_doc_init(&d);
  OK(ks_doc_add_block(&d, KS_BLOCK_PARAGRAPH, " \xC2\xA0 ", 4), "blank ok");
  INT_EQ(d.n_blocks, 0, "a block of white space is not added");
  ks_doc_add_author(&d, " Dmytro Basmat ", 15);
  ks_doc_add_author(&d, "Dmytro Basmat", 13);
  INT_EQ(d.n_authors, 1, "authors are trimmed and kept once");
  ks_doc_add_author(&d, "Ren\xE9\n Roux", 10);
  INT_EQ(d.n_authors, 2, "a second author");
  if (d.n_authors == 2)
    STR_EQ(d.authors[1], "Ren\xEF\xBF\xBD Roux", "an author's name is cleaned");
  ks_doc_free(&d);
  ks_doc_free(NULL);

  ks_doc_init(&d);
  INT_EQ(ks_doc_from_text(text, strlen(text), &d, &err), KS_OK, "plain text");
  INT_EQ(d.n_blocks, 3,
         "blank lines (even with spaces, CRLF) split paragraphs");
  STR_EQ(block(&d, 0, tmp, sizeof tmp), "First line same paragraph.",
         "a single line break is a space");
  STR_EQ(block(&d, 1, tmp, sizeof tmp), "Second one.", "CR is white space");
  STR_EQ(block(&d, 2, tmp, sizeof tmp), "Third.", "last paragraph, no newline");
  ks_doc_free(&d);

  ks_doc_init(&d);
  INT_EQ(ks_doc_from_text(" \n\n\t\n", 5, &d, &err), KS_ERR_NO_TEXT,
         "no text is an error");
  ks_doc_free(&d);
  return t_summary("test_doc");
}
