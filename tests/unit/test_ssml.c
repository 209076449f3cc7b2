/* test_ssml.c - the markup espeak-ng is given: another language's runs and
 * names in their own voice, and the utterance's own voice after each
 * (espeak-ng 1.51 keeps the other voice after "</voice>" to the utterance's
 * end otherwise).
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "synth.h"

#include <string.h>

static size_t count(const char *s, const char *what) {
  size_t k = 0;
  for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
    k++;
  return k;
}

static void markup(const char *text, struct ks_buf *out) {
  ks_buf_clear(out);
  ks_synth_markup(text, strlen(text), "en-us", NULL, out);
  ks_buf_putc(out, '\0');
}

int main(void) {
  struct ks_buf b = KS_BUF_INIT;
  markup("Professor Kołodziej said the plan was fine.", &b);
  OK(strstr(b.ptr, "<voice name=\"pl\">Kołodziej</voice><voice "
                   "name=\"en-us\"> said the plan") != NULL,
     "a Polish name in the Polish voice, then English again");
  INT_EQ(count(b.ptr, "<voice"), count(b.ptr, "</voice>"),
         "every voice opened is closed");
  markup("afternoon surgeries (απογευματινά χειρουργεία), in which doctors "
         "operate",
         &b);
  OK(strstr(b.ptr, "<voice name=\"el\">") != NULL, "Greek in the Greek voice");
  OK(strstr(b.ptr, "</voice><voice name=\"en-us\">), in which") != NULL,
     "and the English after it in English");
  markup("The plan was fine, officials said.", &b);
  OK(strstr(b.ptr, "<voice") == NULL, "English alone: no voice changed");
  markup("Poznań Airport and Kowalski met Nguyễn Thị Mai.", &b);
  OK(strstr(b.ptr, "<voice name=\"pl\">Poznań</voice><voice name=\"en-us\"> "
                   "Airport") != NULL,
     "the name's English word in English");
  OK(strstr(b.ptr, "<voice name=\"vi\">Nguyễn Thị Mai</voice>") != NULL,
     "a Vietnamese name whole");
  /* a quotation in the site's country's language in its voice (round
   * 49, set BH); an English one, or one with a respelling, stays */
  ks_buf_clear(&b);
  ks_synth_markup("“Matumbawe yamekuwa meupe kama unga wa muhogo,” said Haji.",
                  strlen("“Matumbawe yamekuwa meupe kama unga wa muhogo,” "
                         "said Haji."),
                  "en-us", "sw", &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "“<voice name=\"sw\">Matumbawe yamekuwa") != NULL,
     "a Swahili quotation in the Swahili voice");
  INT_EQ(count(b.ptr, "<voice"), count(b.ptr, "</voice>"),
         "every voice opened is closed");
  ks_buf_clear(&b);
  const char *en = "“We will rebuild the reef together,” said Haji.";
  ks_synth_markup(en, strlen(en), "en-us", "sw", &b);
  ks_buf_putc(&b, '\0');
  OK(strstr(b.ptr, "“<voice") == NULL, "an English quotation in English");
  ks_buf_free(&b);
  return t_summary("test_ssml");
}
