/* test_when.c - dates as feeds write them, read and written in UTC.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/when.h"

#include <stdio.h>

#define T_2024_12_03_0617 1733206620 /* 2024-12-03T06:17:00Z */

static const struct {
  const char *in;
  bool ok, strict;
  int64_t want;
} rfc822[] = {
    {"Tue, 03 Dec 2024 06:17:00 GMT", true, true, T_2024_12_03_0617},
    {"Tue, 03 Dec 2024 06:17:00 +0000", true, true, T_2024_12_03_0617},
    {"Tue, 03 Dec 2024 08:17:00 +0200", true, true, T_2024_12_03_0617},
    {"Tue, 03 Dec 2024 01:17:00 EST", true, false, T_2024_12_03_0617},
    {"03 Dec 2024 06:17:00 UT", true, true, T_2024_12_03_0617},
    {"Tue, 3 Dec 2024 06:17 GMT", true, false, T_2024_12_03_0617},
    {"Tue, 03 Dec 24 06:17:00 GMT", true, false, T_2024_12_03_0617},
    {"Tuesday, 03 December 2024 06:17:00 GMT", true, true, T_2024_12_03_0617},
    {"Mon, 03 Dec 2024 06:17:00 GMT", true, false, T_2024_12_03_0617},
    {"  Tue, 03 Dec 2024 06:17:00 GMT  ", true, true, T_2024_12_03_0617},
    {"Tue, 03 Dec 2024 06:17:00", true, false, T_2024_12_03_0617},
    {"Thu, 01 Jan 1970 00:00:00 GMT", true, true, 0},
    {"Thu, 29 Feb 2024 12:00:00 GMT", true, true, 1709208000},
    {"Wed, 28 Feb 2024 12:00:00 GMT", true, true, 1709121600},
    {"Fri, 30 Feb 2024 12:00:00 GMT", false, false, 0},
    {"Tue, 03 Dec 2024 24:00:00 GMT", false, false, 0},
    {"2024-12-03T06:17:00Z", false, false, 0},
    {"yesterday", false, false, 0},
    {"", false, false, 0},
    {"Tue, 03 Xyz 2024 06:17:00 GMT", false, false, 0},
    {"Tue, 03 Dec 2024 06:17:00 GMT trailing", false, false, 0},
};

static const struct {
  const char *in;
  bool ok;
  int64_t want;
} iso[] = {
    {"2024-12-03T06:17:00Z", true, T_2024_12_03_0617},
    {"2024-12-03T06:17Z", true, T_2024_12_03_0617},
    {"2024-12-03T08:17:00+02:00", true, T_2024_12_03_0617},
    {"2024-12-03T08:17:00.123+0200", true, T_2024_12_03_0617},
    {"2024-12-03 06:17:00", true, T_2024_12_03_0617},
    {"2024-12-03", true, 1733184000},
    {"1969-12-31T23:59:59Z", true, -1},
    {"2024-13-03", false, 0},
    {"2024-12-3", false, 0},
    {"2024-12-03T6:17:00Z", false, 0},
    {"2024-12-03Tx", false, 0},
};

int main(void) {
  char what[128];
  for (size_t i = 0; i < sizeof rfc822 / sizeof rfc822[0]; i++) {
    int64_t t = 0;
    bool strict = false, ok = ks_when_rfc822(rfc822[i].in, &t, &strict);
    snprintf(what, sizeof what, "RFC 822 '%s' read", rfc822[i].in);
    INT_EQ(ok, rfc822[i].ok, what);
    if (!ok || !rfc822[i].ok)
      continue;
    snprintf(what, sizeof what, "RFC 822 '%s' time", rfc822[i].in);
    INT_EQ(t, rfc822[i].want, what);
    snprintf(what, sizeof what, "RFC 822 '%s' strict", rfc822[i].in);
    INT_EQ(strict, rfc822[i].strict, what);
  }
  for (size_t i = 0; i < sizeof iso / sizeof iso[0]; i++) {
    int64_t t = 0;
    bool ok = ks_when_iso(iso[i].in, &t);
    snprintf(what, sizeof what, "ISO '%s'", iso[i].in);
    INT_EQ(ok, iso[i].ok, what);
    if (ok && iso[i].ok)
      INT_EQ(t, iso[i].want, what);
  }
  {
    int64_t t;
    struct ks_buf b = KS_BUF_INIT;
    OK(ks_when_parse("2024-12-03T06:17:00Z", &t) && t == T_2024_12_03_0617,
       "either form: ISO");
    OK(ks_when_parse("Tue, 03 Dec 2024 06:17:00 GMT", &t) &&
           t == T_2024_12_03_0617,
       "either form: RFC 822");
    ks_when_put_rfc2822(T_2024_12_03_0617, &b);
    STR_EQ(b.ptr, "Tue, 03 Dec 2024 06:17:00 +0000", "written as RFC 2822");
    ks_buf_clear(&b);
    ks_when_put_rfc2822(-1, &b);
    STR_EQ(b.ptr, "Wed, 31 Dec 1969 23:59:59 +0000", "before 1970");
    ks_buf_clear(&b);
    ks_when_put_iso(T_2024_12_03_0617, &b);
    STR_EQ(b.ptr, "2024-12-03T06:17:00Z", "written as RFC 3339");
    /* what is written reads back, strictly, for every day of 2024 */
    for (int64_t day = 0; day < 366; day++) {
      int64_t want = 1704067200 + day * 86400 + 3723, got = 0;
      bool strict = false;
      ks_buf_clear(&b);
      ks_when_put_rfc2822(want, &b);
      if (!ks_when_rfc822(b.ptr, &got, &strict) || got != want || !strict) {
        STR_EQ(b.ptr, "(reads back)", "round trip");
        break;
      }
    }
    OK(1, "every day of 2024 round-trips");
    ks_buf_free(&b);
  }
  return t_summary("test_when");
}
