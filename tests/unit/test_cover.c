/* test_cover.c - the drawn cover: a 1400x1400 RGB PNG, whatever the title.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/cover.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/test_cover-XXXXXX";

/* The PNG's width, height and colour type, from its IHDR chunk. */
static bool png_info(const char *path, unsigned *w, unsigned *h, int *type) {
  unsigned char b[26];
  FILE *f = fopen(path, "rb");
  size_t n = f ? fread(b, 1, sizeof b, f) : 0;
  if (f)
    fclose(f);
  if (n != sizeof b || memcmp(b, "\x89PNG\r\n\x1a\n", 8) ||
      memcmp(b + 12, "IHDR", 4))
    return false;
  *w = (unsigned)b[16] << 24 | (unsigned)b[17] << 16 | (unsigned)b[18] << 8 |
       b[19];
  *h = (unsigned)b[20] << 24 | (unsigned)b[21] << 16 | (unsigned)b[22] << 8 |
       b[23];
  *type = b[25];
  return true;
}

static const char *const titles[] = {
    "The Harbour Ledger",
    "A",
    "",
    "Київський вісник: новини щодня",
    "Supercalifragilisticexpialidociousandthensomemorewithoutanyspaces",
    "A title that goes on and on with many words, far more than any cover "
    "could hold on seven lines at even the smallest size we allow, so that "
    "it must be cut somewhere near the end of the square"};

int main(void) {
  char path[300], what[120];
  if (!mkdtemp(dir))
    return 1;
  for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
    struct ks_error err = {KS_OK, "", NULL};
    unsigned w = 0, h = 0;
    int type = -1;
    snprintf(path, sizeof path, "%s/c%zu.png", dir, i);
    snprintf(what, sizeof what, "title %zu drawn", i);
    INT_EQ(ks_cover_draw(path, titles[i], i == 1 ? "By someone" : NULL, &err),
           KS_OK, what);
    OK(png_info(path, &w, &h, &type) && w == KS_COVER_SIZE &&
           h == KS_COVER_SIZE && type == 2,
       "a 1400x1400 RGB PNG (no alpha)");
  }
  {
    struct ks_error err = {KS_OK, "", NULL};
    OK(ks_cover_draw("/no/such/dir/c.png", "T", NULL, &err) != KS_OK &&
           err.msg[0],
       "an unwritable path fails, saying why");
  }
  snprintf(path, sizeof path, "rm -rf '%s'", dir);
  if (system(path) != 0)
    OK(0, "cleanup");
  return t_summary("test_cover");
}
