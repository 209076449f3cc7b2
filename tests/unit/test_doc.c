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
    {"no\xC2\xA0" "break", "no break"},                 /* NBSP is a space */
    {"soft\xC2\xADhyphen", "softhyphen"},               /* soft hyphen goes */
    {"zero\xE2\x80\x8Bwidth", "zerowidth"},             /* ZWSP goes */
    {"em\xE2\x80\x83space", "em space"},                /* em space */
    {"\xEF\xBB\xBFStart", "Start"},                     /* BOM */
    {"ctrl\x01" "chars", "ctrlchars"},
    {"Київ", "Київ"},                                   /* UTF-8 kept */
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

  ks_doc_init(&d);
  OK(ks_doc_add_block(&d, KS_BLOCK_PARAGRAPH, " \xC2\xA0 ", 4), "blank ok");
  INT_EQ(d.n_blocks, 0, "a block of white space is not added");
  ks_doc_add_author(&d, " Dmytro Basmat ", 15);
  ks_doc_add_author(&d, "Dmytro Basmat", 13);
  INT_EQ(d.n_authors, 1, "authors are trimmed and kept once");
  ks_doc_free(&d);
  ks_doc_free(NULL);

  ks_doc_init(&d);
  INT_EQ(ks_doc_from_text(text, strlen(text), &d, &err), KS_OK, "plain text");
  INT_EQ(d.n_blocks, 3, "blank lines (even with spaces, CRLF) split paragraphs");
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
