/* when.c - dates as feeds write them, read and written in UTC.
 * SPDX-License-Identifier: MIT
 */
#include "podcast/when.h"
#include "ascii.h"

#include <string.h>

static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char days[7][4] = {"Thu", "Fri", "Sat", "Sun",
                                "Mon", "Tue", "Wed"}; /* from 1970-01-01 */

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d) {
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
  int64_t era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

static int month_days(int64_t y, int m) {
  static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : n[m - 1];
}

// Up to max digits at *p into *v; returns how many were read.
static int digits(const char **p, int max, int *v) {
  int n = 0;
  *v = 0;
  while (n < max && ks_is_digit((unsigned char)**p)) {
    *v = *v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  return n;
}

static void skip_space(const char **p) {
  while (ks_is_space((unsigned char)**p))
    (*p)++;
}

static bool valid(int64_t y, int mo, int d, int h, int mi, int s) {
  return y >= 1 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 &&
         d <= month_days(y, mo) && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 &&
         s >= 0 && s <= 60;
}

static int64_t seconds(int64_t y, int mo, int d, int h, int mi, int s) {
  return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

/* A zone after the time: +hhmm, +hh:mm, Z, UT, GMT, UTC or a US zone, into
 * an offset in seconds east of UTC; *named_ok says RFC 2822 would take it
 * as it is (a number, GMT, UT, UTC). Nothing at all is UTC. */
static bool zone(const char **p, int *off, bool *named_ok) {
  static const struct {
    const char *name;
    int hours;
  } names[] = {{"GMT", 0},  {"UTC", 0},  {"UT", 0},   {"Z", 0},
               {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
               {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
  const char *s = *p;
  *off = 0;
  *named_ok = false;
  skip_space(&s);
  if (*s == '+' || *s == '-') {
    int sign = *s == '-' ? -1 : 1, hh, mm = 0;
    s++;
    if (digits(&s, 2, &hh) != 2)
      return false;
    if (*s == ':')
      s++;
    if (ks_is_digit((unsigned char)*s) && digits(&s, 2, &mm) != 2)
      return false;
    if (hh > 23 || mm > 59)
      return false;
    *off = sign * (hh * 3600 + mm * 60);
    *named_ok = true;
    *p = s;
    return true;
  }
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    size_t n = strlen(names[i].name);
    if (ks_mem_eq_ci(s, names[i].name, n) &&
        !ks_is_alpha((unsigned char)s[n])) {
      *off = names[i].hours * 3600;
      *named_ok = names[i].hours == 0 && i != 3;
      *p = s + n;
      return true;
    }
  }
  return *s == '\0';
}

bool ks_when_rfc822(const char *s, int64_t *t, bool *strict) {
  const char *p = s;
  int wday = -1, d, mo = 0, h = 0, mi = 0, sec = 0, off, yd, yv;
  int64_t y;
  bool ok_zone, has_sec = false, four;
  skip_space(&p);
  for (int i = 0; i < 7; i++)
    if (ks_mem_eq_ci(p, days[i], 3)) {
      wday = i;
      while (ks_is_alpha((unsigned char)*p))
        p++;
      skip_space(&p);
      if (*p == ',')
        p++;
      skip_space(&p);
      break;
    }
  if (digits(&p, 2, &d) == 0)
    return false;
  skip_space(&p);
  for (int i = 0; i < 12; i++)
    if (ks_mem_eq_ci(p, months[i], 3))
      mo = i + 1;
  if (!mo)
    return false;
  while (ks_is_alpha((unsigned char)*p) || *p == '.')
    p++;
  skip_space(&p);
  yd = digits(&p, 4, &yv);
  if (yd != 2 && yd != 4)
    return false;
  y = yv;
  four = yd == 4;
  if (yd == 2)
    y += y < 50 ? 2000 : 1900;
  skip_space(&p);
  if (ks_is_digit((unsigned char)*p)) {
    if (digits(&p, 2, &h) == 0 || *p++ != ':' || digits(&p, 2, &mi) != 2)
      return false;
    if (*p == ':') {
      p++;
      if (digits(&p, 2, &sec) != 2)
        return false;
      has_sec = true;
    }
  }
  if (!zone(&p, &off, &ok_zone) || !valid(y, mo, d, h, mi, sec))
    return false;
  skip_space(&p);
  if (*p)
    return false;
  *t = seconds(y, mo, d, h, mi, sec) - off;
  if (strict) {
    int64_t day = days_from_civil(y, mo, d);
    int right = (int)(((day % 7) + 7) % 7);
    *strict = four && has_sec && ok_zone && (wday < 0 || wday == right);
  }
  return true;
}

bool ks_when_iso(const char *s, int64_t *t) {
  const char *p = s;
  int y, mo, d, h = 0, mi = 0, sec = 0, off = 0;
  bool named;
  skip_space(&p);
  if (digits(&p, 4, &y) != 4 || *p++ != '-' || digits(&p, 2, &mo) != 2 ||
      *p++ != '-' || digits(&p, 2, &d) != 2)
    return false;
  if (*p == 'T' || *p == 't' ||
      (*p == ' ' && ks_is_digit((unsigned char)p[1]))) {
    p++;
    if (digits(&p, 2, &h) != 2 || *p++ != ':' || digits(&p, 2, &mi) != 2)
      return false;
    if (*p == ':') {
      p++;
      if (digits(&p, 2, &sec) != 2)
        return false;
      if (*p == '.' || *p == ',') {
        p++;
        while (ks_is_digit((unsigned char)*p))
          p++;
      }
    }
    if (!zone(&p, &off, &named))
      return false;
  }
  skip_space(&p);
  if (*p || !valid(y, mo, d, h, mi, sec))
    return false;
  *t = seconds(y, mo, d, h, mi, sec) - off;
  return true;
}

bool ks_when_parse(const char *s, int64_t *t) {
  return ks_when_iso(s, t) || ks_when_rfc822(s, t, NULL);
}

static void split(int64_t t, int64_t *y, int *mo, int *d, int *h, int *mi,
                  int *s, int *wday) {
  int64_t day = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  int64_t rest = t - day * 86400;
  civil_from_days(day, y, mo, d);
  *h = (int)(rest / 3600);
  *mi = (int)(rest / 60 % 60);
  *s = (int)(rest % 60);
  *wday = (int)(((day % 7) + 7) % 7);
}

void ks_when_put_rfc2822(int64_t t, struct ks_buf *out) {
  int64_t y;
  int mo, d, h, mi, s, wd;
  split(t, &y, &mo, &d, &h, &mi, &s, &wd);
  ks_buf_printf(out, "%s, %02d %s %04lld %02d:%02d:%02d +0000", days[wd], d,
                months[mo - 1], (long long)y, h, mi, s);
}

void ks_when_put_iso(int64_t t, struct ks_buf *out) {
  int64_t y;
  int mo, d, h, mi, s, wd;
  split(t, &y, &mo, &d, &h, &mi, &s, &wd);
  ks_buf_printf(out, "%04lld-%02d-%02dT%02d:%02d:%02dZ", (long long)y, mo, d, h,
                mi, s);
}
