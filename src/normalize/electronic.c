/* electronic.c - web and e-mail addresses, phones, IP numbers.
 * SPDX-License-Identifier: MIT
 */
#include "norm.h"
#include "lang/region.h"

#include <string.h>

/* At e, "." and a country's code of two letters ending the host ("uk",
 * "ke"), then its end or its path. */
static bool country_after(const char *e, const char *ce) {
  return e + 3 <= ce && *e == '.' && ks_is_alpha((unsigned char)e[1]) &&
         ks_is_alpha((unsigned char)e[2]) && (e + 3 == ce || e[3] == '/');
}

/* Web addresses and e-mail: spoken symbol by symbol ("nvidia dot com
 * slash drive dash sim"). Returns NULL for anything else. */
const char *ks_norm_rule_web(struct norm *n, const char *p, const char *ce) {
  /* not "in", "it", "no": a missing space ("early.It was") */
  static const char *const tlds[] = {
      "ae", "af", "ag", "ai", "ao", "app", "aq", "ar", "au", "aw", "ax",
      "az", "ba", "bb", "bd", "bf", "bg", "bh", "bi", "bj", "bl", "bm", "bn",
      "bo", "bq", "br", "bs", "bt", "bw", "bz", "ca", "cc", "cd", "cf", "cg",
      "ch", "ci", "ck", "cl", "cm", "cn", "co", "com", "cr", "cu", "cv", "cw",
      "cx", "cy", "cz", "de", "dev", "dj", "dk", "dm", "dz", "ec", "edu", "ee",
      "eg", "er", "es", "et", "eu", "fi", "fj", "fk", "fm", "fo", "fr", "ga",
      "gd", "ge", "gf", "gg", "gh", "gi", "gl", "gm", "gn", "gov", "gp", "gq",
      "gr", "gs", "gt", "gu", "gw", "gy", "hk", "hn", "hr", "ht", "hu", "ie",
      "il", "im", "info", "int", "io", "iq", "ir", "je", "jm", "jo", "jp", "ke",
      "kg", "kh", "ki", "kn", "kp", "kr", "kw", "ky", "kz", "lb", "lc",
      "li", "lk", "lr", "ls", "lt", "lu", "lv", "ly", "ma", "mc", "md", "mg",
      "mh", "mk", "ml", "mm", "mn", "mo", "mp", "mq", "mr", "mt", "mu", "mv",
      "mw", "mx", "mz", "na", "nc", "ne", "net", "nf", "ng", "ni", "nl", "np",
      "nr", "nu", "nz", "om", "org", "pe", "pf", "pg", "ph", "pk", "pl",
      "pn", "pr", "ps", "pt", "pw", "py", "qa", "ro", "rs", "ru", "rw", "sa",
      "sb", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "sr", "ss",
      "sv", "sx", "sy", "sz", "tc", "td", "tf", "tg", "th", "tj", "tk", "tl",
      "tm", "tn", "tr", "tt", "tv", "tw", "tz", "ua", "ug", "uk", "us", "uy",
      "uz", "va", "vc", "ve", "vg", "vi", "vn", "vu", "wf", "ws", "ye", "yt",
      "za", "zm", "zw"};
  /* a file's name is read as an address is: "report_2019.pdf" */
  static const char *const files[] = {"csv",  "doc",  "docx", "exe",  "gif",
                                      "htm",  "html", "jpeg", "jpg",  "json",
                                      "mp3",  "mp4",  "pdf",  "png",  "ppt",
                                      "pptx", "txt",  "xls",  "xlsx", "zip"};
  const char *q, *at = NULL, *whole = NULL;
  bool url = false, file = false;

  while (ce > p && (ce[-1] == '.' || ce[-1] == ',' || ce[-1] == ')' ||
                    ce[-1] == '"' || ce[-1] == '!' || ce[-1] == '?' ||
                    ce[-1] == ';' || ce[-1] == ':' || ce[-1] == '\''))
    ce--;
  if (starts_ci(p, ce, "http://") || starts_ci(p, ce, "https://") ||
      starts_ci(p, ce, "file://") || starts_ci(p, ce, "ftp://") ||
      starts_ci(p, ce, "www."))
    url = true;
  for (q = p; q < ce; q++) {
    if (*q == '@' && q > p && !at)
      at = q;
    else if ((unsigned char)*q >= 0x80 || *q == '(' || *q == '"')
      return NULL;
  }
  if (at) {
    const char *d = memchr(at, '.', (size_t)(ce - at));
    if (!d || d == at + 1 || !ks_is_alnum((unsigned char)at[-1]))
      return NULL;
  } else if (!url) {
    /* bare domain "kyivindependent.com": a known top level after the
     * last dot of the host part */
    const char *h = p, *he, *ld = NULL;
    for (he = p; he < ce && *he != '/'; he++)
      if (*he == '.')
        ld = he;
    /* a host may open with figures when letters follow them:
     * "211novascotia.ca" (not "3.5", "2.co") */
    bool letters = false;
    for (q = h; ld && q < ld && !letters; q++)
      letters = ks_is_alpha((unsigned char)*q);
    if (!ld || ld == h || !letters ||
        !(ks_is_alpha((unsigned char)*h) || ks_is_digit((unsigned char)*h)))
      return NULL;
    file =
        he == ce && word_is(ld + 1, (size_t)(he - ld - 1), files, N_OF(files));
    if (!file && (!word_is(ld + 1, (size_t)(he - ld - 1), tlds, N_OF(tlds)) ||
                  !ks_is_lower((unsigned char)ld[1])))
      return NULL; /* a top level in small letters: not "ended.Us" */
    for (q = h; q < he; q++)
      if (!ks_is_alnum((unsigned char)*q) && *q != '.' && *q != '-' &&
          !(file && *q == '_'))
        return NULL;
  }
  /* "CBSNews.com - President Bush said ...": the site that runs the story,
   * as a dateline's credit, is not read */
  if (p == n->s && !at) {
    static const char *const dashes[] = {" - ", " -- ", " \xE2\x80\x94 ",
                                         " \xE2\x80\x93 "};
    for (size_t i = 0; i < N_OF(dashes); i++)
      if (starts(ce, n->end, dashes[i]) && ce + strlen(dashes[i]) < n->end &&
          ks_is_upper((unsigned char)ce[strlen(dashes[i])]))
        return ce + strlen(dashes[i]);
  }
  sep(n);
  /* "register at https://www.example.org": inside a sentence a web
   * address is read from its host, as it is said on air; alone on its
   * line, in full, as one copies it */
  if ((starts_ci(p, ce, "http://") || starts_ci(p, ce, "https://")) &&
      (p > n->s || skip_spaces(ce, n->end) < n->end)) {
    const char *host = p + (p[4] == ':' ? 7 : 8), *path;

    if (host < ce && ks_is_alnum((unsigned char)*host)) {
      p = host;
      /* "https://www.klook.com/activity/9596-the-palace-tale-...": a
       * long path is for the eye; the site is said ("klook dot com") */
      path = memchr(p, '/', (size_t)(ce - p));
      if (path && ce - path > 24) {
        whole = ce;
        ce = path;
        if (starts_ci(p, ce, "www.") &&
            memchr(p + 4, '.', (size_t)(ce - p - 4)))
          p += 4;
      }
    }
  }
  for (q = p; q < ce;) {
    if (starts(q, ce, "://")) {
      ks_buf_puts(n->out, " colon slash slash");
      q += 3;
      continue;
    }
    if (ks_is_digit((unsigned char)*q)) {
      const char *e = digit_end(q, ce);
      struct num v;
      ks_norm_scan_num(q, e, &v);
      /* an identifier: digit by digit, unless it is a round number */
      if (e - q <= 5 && *q != '0' && e - q >= 3 && e[-1] == '0' && e[-2] == '0')
        ks_norm_say_num(n, &v);
      else
        ks_num_digits(n->out, q, (size_t)(e - q));
      q = e;
      continue;
    }
    if (ks_is_alpha((unsigned char)*q)) {
      const char *e = alpha_end(q, ce);
      if (q > p && !ks_is_alpha((unsigned char)q[-1]))
        sep(n);
      if (e - q == 2 &&
          (starts_ci(q, ce, "co") || starts_ci(q, ce, "or") ||
           starts_ci(q, ce, "go")) &&
          q > p && q[-1] == '.' && country_after(e, ce)) {
        /* "bbc.co.uk", "iebc.or.ke", "kra.go.ke": a company's, a body's
         * or a government's level before a country's code, said as a
         * word */
        ks_buf_put(n->out, q, 2);
        q = e;
        continue;
      }
      /* (and a mail's domain of two letters: "press@un.org", not a word
       * of two, "info@go.com") */
      static const char *const twos[] = {"do", "go", "hi", "me", "my", "no",
                                         "ok", "so", "we"};
      if (e - q == 2 && q > p &&
          (q[-1] == '.' || q[-1] == '-' ||
           (q[-1] == '@' && !word_is(q, 2, twos, N_OF(twos)))) &&
          (e == ce || *e == '/' || *e == '.')) {
        /* a country code or short label: letter names, "dot D.E." */
        ks_buf_putc(n->out, (char)(ks_to_lower((unsigned char)q[0]) - 32));
        ks_buf_putc(n->out, '.');
        ks_buf_putc(n->out, (char)(ks_to_lower((unsigned char)q[1]) - 32));
        ks_buf_putc(n->out, '.');
        q = e;
        continue;
      }
      /* "epa.gov", "cdc.gov/flu", "mit.edu": an agency's or a school's
       * letters before its top level, spelled (not "nasa.gov", a word);
       * so too before a country's level of bodies, "iebc.or.ke",
       * "uct.ac.za", when no word ("news.com.au") */
      const char *l2 = e < ce && *e == '.' ? alpha_end(e + 1, ce) : e;
      /* (two letters too: "ny.gov", "ec.gov.gh") */
      /* (four letters that open with a consonant, end in a vowel and can
       * be said are a word: "fema.gov"; "usda.gov", "dict.gov.ph" are
       * spelled) */
      if (e - q >= 2 && e - q <= 4 && (q == p || q[-1] == '.') &&
          ((e + 4 <= ce &&
            (starts(e, ce, ".gov") || starts(e, ce, ".edu") ||
             starts(e, ce, ".mil")) &&
            (e + 4 == ce || e[4] == '/' || e[4] == '.') &&
            !(e - q == 4 && !strchr("aeiouAEIOU", *q) &&
              strchr("aeiouAEIOU", q[3]) && ks_norm_sayable(q, 4))) ||
           (l2 - e >= 3 && l2 - e <= 4 && country_after(l2, ce) &&
            /* (a body's level, not a company's: "ebay.co.uk" is said) */
            (starts(e, ce, ".or.") || starts(e, ce, ".go.") ||
             starts(e, ce, ".ac.") || starts(e, ce, ".gov.") ||
             starts(e, ce, ".org.")) &&
            !ks_norm_sayable(q, (size_t)(e - q))))) {
        char up[4];
        for (size_t i = 0; i < (size_t)(e - q); i++)
          up[i] = (char)ks_to_upper((unsigned char)q[i]);
        if (!ks_lang_in_list(n->lang->caps_words, n->lang->n_caps_words, up,
                             (size_t)(e - q))) {
          for (const char *c = q; c < e; c++) {
            ks_buf_putc(n->out, (char)ks_to_upper((unsigned char)*c));
            ks_buf_putc(n->out, '.');
          }
          q = e;
          continue;
        }
      }
      if (e - q == 3 && starts_ci(q, ce, "www") && e < ce && *e == '.') {
        ks_buf_puts(n->out, "W.W.W.");
        q = e;
        continue;
      }
      /* "lostproperty@", "enterpriseservices@": two words run
       * together, said apart (espeak-ng would guess one long word) */
      size_t k = ks_english_join(q, (size_t)(e - q));
      if (k) {
        ks_buf_put(n->out, q, k);
        ks_buf_putc(n->out, ' ');
        ks_buf_put(n->out, q + k, (size_t)(e - q) - k);
      } else {
        ks_buf_put(n->out, q, (size_t)(e - q));
      }
      q = e;
      continue;
    }
    switch (*q) {
    case '.':
      ks_buf_puts(n->out, " dot");
      break;
    case '@':
      ks_buf_puts(n->out, " at");
      break;
    case '/':
      if (q + 1 < ce) /* "example.org/": the last slash is not read */
        ks_buf_puts(n->out, " slash");
      break;
    case '-':
      ks_buf_puts(n->out, " dash");
      break;
    case '_':
      ks_buf_puts(n->out, " underscore");
      break;
    case '&':
      ks_buf_puts(n->out, " ampersand");
      break;
    case ':':
      ks_buf_puts(n->out, " colon");
      break;
    default:
      break;
    }
    q++;
  }
  if (whole)
    ce = whole; /* the path left unsaid */
  /* "example.io/." at the end: the letters' last stop is the sentence's */
  if (ce < n->end && *ce == '.' && skip_spaces(ce + 1, n->end) == n->end &&
      n->out->len > n->base && n->out->ptr[n->out->len - 1] == '.')
    return ce + 1;
  return ce;
}

/* An Australian number of 1300, 1800 or 1900 and its groups after a
 * space ("1300 22 4636"): "thirteen hundred", "one eight hundred" (as the
 * free numbers are said), "nineteen hundred", then digit by digit. */
static bool au_hundred(const char *p, const char *end) {
  return end - p >= 6 && p[0] == '1' && strchr("389", p[1]) && p[2] == '0' &&
         p[3] == '0' && p[4] == ' ' && ks_is_digit((unsigned char)p[5]);
}

/* A phone number's digits one by one, a zero said "oh" as a phone number's
 * is ("oh one four two"); an IP address or a code keeps "zero". */
static void say_dialled(struct ks_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '0') {
      if (out->len && out->ptr[out->len - 1] != ' ')
        ks_buf_putc(out, ' ');
      ks_buf_puts(out, "oh");
    } else {
      ks_num_digits(out, s + i, 1);
    }
  }
}

/* A local number's two groups, digit by digit with a pause between:
 * "six three four five, two seven one eight". */
static void say_two_groups(struct norm *n, const char *a, size_t la,
                           const char *b, size_t lb) {
  sep(n);
  say_dialled(n->out, a, la);
  ks_buf_puts(n->out, ", ");
  say_dialled(n->out, b, lb);
}

/* Words of a sentence about calling someone. */
static const char *const calling[] = {
    "call",      "called",    "calling",  "contact", "contacted",
    "dial",      "dialling",  "helpline", "hotline", "phone",
    "phoning",   "reach",     "reached",  "ringing", "tel",
    "telephone", "toll-free", "text",     "Viber",   "WhatsApp"};

/* The sentence opens with a label of numbers to call: "Emergency
 * numbers: NEMO 456-2975" (not "Visitor numbers at 350-1200"). */
static bool numbers_label(const struct norm *n) {
  for (const char *c = n->s; c + 8 <= n->end && c - n->s < 40; c++)
    if (*c == 'n' && !memcmp(c, "numbers:", 8))
      return true;
  return false;
}

/* Words right before a number dialled. */
static const char *const dial_words[] = {"at",    "call", "dial",     "on",
                                         "phone", "text", "toll-free"};

/* "call 310-FIRE (3473)", "at 216-25-CRIME", "1-800-FLOWERS": a number
 * spelled in part by its keys' letters, right after a word of dialling
 * (not "called the 737-MAX unsafe"): its digits one by one (a toll-free
 * 800 as "eight hundred"), the word as a name, and the word's digits in
 * brackets after it one by one too. Where it ends, or NULL. */
static const char *phone_keys(struct norm *n, const char *q) {
  const char *end = n->end, *g = starts(q, end, "1-") ? q + 2 : q, *w, *we;
  const char *d, *de;
  /* (a freephone's four figures too: "0800-FLOUR", set BA) */
  bool free4 = g == q && digit_end(g, end) == g + 4 &&
               (starts(g, end, "0800") || starts(g, end, "0808"));
  if ((digit_end(g, end) != g + 3 && !free4) ||
      (q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == '-')) ||
      !ks_norm_word_before(n, q, dial_words, N_OF(dial_words)) ||
      !ks_norm_sentence_has(n, calling, N_OF(calling)))
    return NULL;
  /* the groups of figures, then the word */
  for (w = g; w < end && ks_is_digit((unsigned char)*w);) {
    w = digit_end(w, end);
    if (w >= end - 1 || *w != '-')
      return NULL;
    w++;
  }
  for (we = w; we < end && ks_is_upper((unsigned char)*we); we++)
    ;
  if (we - w < 3 || we - w > 7 || alnum_at(we, end))
    return NULL;
  sep(n);
  if (g > q)
    ks_buf_puts(n->out, "one ");
  for (d = g; d < w; d = digit_end(d, end) + 1) {
    de = digit_end(d, end);
    if (d > g)
      ks_buf_puts(n->out, ", ");
    if (d == g && starts(d, end, "800") && de == d + 3)
      ks_buf_puts(n->out, "eight hundred"); /* a toll-free code */
    else if (d == g && free4 && starts(d, end, "0800"))
      ks_buf_puts(n->out, "oh eight hundred");
    else
      say_dialled(n->out, d, (size_t)(de - d));
  }
  ks_buf_puts(n->out, ", ");
  ks_buf_putc(n->out, *w);
  for (const char *c = w + 1; c < we; c++)
    ks_buf_putc(n->out, (char)ks_to_lower((unsigned char)*c));
  d = we + 2;
  if (starts(we, end, " (") && (de = digit_end(d, end)) - d == we - w &&
      de < end && *de == ')') {
    size_t mark;
    ks_buf_puts(n->out, " (");
    mark = n->out->len;
    ks_num_digits(n->out, d, (size_t)(de - d));
    if (n->out->len > mark && n->out->ptr[mark] == ' ') {
      memmove(n->out->ptr + mark, n->out->ptr + mark + 1,
              n->out->len - mark - 1);
      ks_buf_truncate(n->out, n->out->len - 1);
    }
    ks_buf_putc(n->out, ')');
    return de + 1;
  }
  return we;
}

/* Phone numbers and IP addresses, digit by digit in groups:
 * 123-123-5678, (123) 123-5678, +1 123-123-5678, 555.555.5555,
 * 123.123.0.40. */
/* "contact Húseigendafélagið on 588 9567", "reached on 055/640 24 00",
 * "visitor information: 063 966 660": a local number in groups of two to
 * four figures (a slash after the first), seven to ten in all, after a
 * word of dialling in a sentence about calling, or after a label's colon
 * where it opens with a trunk zero; said in its groups. Tried after
 * ks_norm_rule_phone, whose service numbers ("0800", "1300") come first. */
const char *ks_norm_rule_local_phone(struct norm *n, const char *q) {
  const char *end = n->end, *c = q, *ends[6];
  size_t k = 0, digits = 0;
  /* ("call 012 402 424 or 063 966 660": a second one after "or", with
   * its trunk zero) */
  static const char *const ors[] = {"and", "or"};
  bool colon = q - n->s >= 2 && q[-1] == ' ' && q[-2] == ':' && *q == '0';
  /* (or after a line's name and its comma or colon: "the DED's Viber
   * line, 979 7110", "dengue line: 29 110"; set BD) */
  static const char *const lines[] = {"helpline", "hotline", "line",
                                      "Viber",    "WhatsApp"};
  const char *lw = NULL, *lwe = NULL;
  if (q - n->s >= 3 && q[-1] == ' ' && (q[-2] == ',' || q[-2] == ':')) {
    lwe = q - 2;
    for (lw = lwe; lw > n->s && ks_is_alpha((unsigned char)lw[-1]); lw--)
      ;
  }
  /* (not after "on" or "to" before it, a count's label: "Messages on
   * WhatsApp: 12 400", "Calls to the helpline: 29 110 in 2024") */
  static const char *const counts[] = {"on", "to", "via"};
  const char *lb, *lbe;
  bool line = lw && word_is(lw, (size_t)(lwe - lw), lines, N_OF(lines)) &&
              !((lb = ks_norm_prev_word(n, lw, &lbe)) != NULL &&
                (word_is(lb, (size_t)(lbe - lb), counts, N_OF(counts)) ||
                 ((lb = ks_norm_prev_word(n, lb, &lbe)) != NULL &&
                  word_is(lb, (size_t)(lbe - lb), counts, N_OF(counts)))));
  /* (or "call the customer service line on 20 800": a line's name
   * before "on", set BE) */
  static const char *const on[] = {"on"};
  bool line_on = false;
  /* (in a sentence about calling: not "held the line on 10 000") */
  if (!line && ks_norm_word_before(n, q, on, 1) &&
      (lb = ks_norm_prev_word(n, n->prev, &lbe)) != NULL &&
      word_is(lb, (size_t)(lbe - lb), lines, N_OF(lines)) &&
      ks_norm_sentence_has(n, calling, N_OF(calling)))
    line = line_on = true;
  /* (a second number after "or" or "and" takes the first's word of
   * dialling: "by calling 23 300 or 23 305", "on 48 222 or 48 491") */
  const char *b = q, *o, *oe;
  if ((o = ks_norm_prev_word(n, q, &oe)) != NULL &&
      word_is(o, (size_t)(oe - o), ors, N_OF(ors)) && o - n->s >= 2 &&
      o[-1] == ' ' && ks_is_digit((unsigned char)o[-2])) {
    b = o - 1;
    while (b > n->s && (ks_is_digit((unsigned char)b[-1]) || b[-1] == ' ' ||
                        b[-1] == '-') &&
           !(b[-1] == ' ' && b - n->s >= 2 && ks_is_alpha((unsigned char)b[-2])))
      b--;
  }
  static const char *const dialling[] = {"at",      "call",    "calling",
                                         "contact", "dial",    "dialling",
                                         "on",      "phoning", "ringing"};
  const char *dw, *dwe;
  bool dialled = (dw = ks_norm_prev_word(n, b, &dwe)) != NULL &&
                 word_is(dw, (size_t)(dwe - dw), dialling, N_OF(dialling));
  /* (the sentence is searched only where a word of dialling or "or"
   * with a trunk's nought comes before: this rule is asked of every
   * number) */
  bool ored0 = *q == '0' && ks_norm_word_before(n, q, ors, N_OF(ors));
  bool called = (dialled || ored0) &&
                ks_norm_sentence_has(n, calling, N_OF(calling));
  /* (a list's item after "can contact:" has no word of calling of its
   * own: "the Regional Headquarters on 220-2256 or 220-2401;" is one by
   * its dash between three figures and four at the clause's end) */
  const char *de4 = digit_end(q, end);
  bool dashed = !called && dialled && de4 == q + 3 && de4 + 5 <= end &&
                *de4 == '-' && digit_end(de4 + 1, end) == de4 + 5 &&
                (de4 + 5 == end || strchr(";.,", de4[5]) ||
                 starts(de4 + 5, end, " or "));
  /* (or three figures and four after a label's colon, as a fact box
   * lists its numbers: "Measles hotline (24 hours): 557 3300", "Public
   * Health Division: 444 3702"; the four no year) */
  bool listed =
      q - n->s >= 3 && q[-1] == ' ' && q[-2] == ':' && de4 == q + 3 &&
      *q != '0' && *q != '1' && de4 + 5 <= end && *de4 == ' ' &&
      digit_end(de4 + 1, end) == de4 + 5 &&
      !((de4[1] == '1' && de4[2] == '9') || (de4[1] == '2' && de4[2] == '0'));
  if ((q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == ',')) ||
      !(colon || line || listed || (dialled && (called || dashed)) ||
        (ored0 && called)))
    return NULL;
  while (k < 6) {
    const char *d = digit_end(c, end);
    /* (the first group of one figure too, as the Seychelles write theirs:
     * "on 4 671 300") */
    if (d - c < (k == 0 ? 1 : 2) || d - c > 4)
      return NULL;
    digits += (size_t)(d - c);
    ends[k++] = d;
    /* (a dash between a local number's three figures and four: "on
     * 468-4215", "at 720-3390"; not a range of round counts, "at 300-1200
     * a day") */
    if (d + 1 < end &&
        (*d == ' ' || (*d == '/' && k == 1) ||
         (*d == '-' && k == 1 && d - c == 3 &&
          (digit_end(d + 1, end) == d + 5 ||
           /* (or three and three, Suriname's six, where the sentence
            * calls: "by telephone on 472-315") */
           (called && digit_end(d + 1, end) == d + 4 && d[3] != '0')) &&
          !(d[-1] == '0' && d[-2] == '0' && d[3] == '0' && d[4] == '0'))) &&
        ks_is_digit((unsigned char)d[1]))
      c = d + 1;
    else
      break;
  }
  const char *e = ends[k - 1];
  /* (five figures after a line's name: a small island's, "29 110", where
   * it ends its part of the sentence and no round count, "Bottom line: 10
   * 000") */
  /* (or after a word of dialling, "by calling 23 300", "on 48 222") */
  /* (not after "at": "Calls to the hotline peaked at 12 400") */
  /* (in two groups: not Lifeline's three pairs, "13 11 14", said as
   * numbers) */
  /* (where the number ends its part of the sentence; after a word of
   * dialling, before any word but a noun too: "call 23 305 during office
   * hours") */
  bool ends_part = e == end || strchr(".,;)", *e) || starts(e, end, " or ") ||
                   starts(e, end, " \xC2\xB7") || starts(e, end, " (");
  bool word_after = e + 1 < end && *e == ' ' && ks_is_lower((unsigned char)e[1]);
  bool small =
      (line || (dialled && called && !(dw && *dw == 'a') && k == 2)) &&
      digits < 7 && (line_on || !line || memcmp(e - 2, "00", 2) != 0) &&
      (ends_part || (!line && word_after));
  /* "by phoning 4032", "dial 81234": a small island's whole number, one
   * group of four figures or more right after a verb that only dials
   * (not "call", which calls a year or a count too) */
  static const char *const dials[] = {"dial", "dialling", "phoning", "ringing"};
  /* (not a year rung in or out, "ringing 2025 in") */
  bool rung = digits == 4 &&
              (starts(e, end, " in") || starts(e, end, " out")) &&
              !alnum_at(e + (e[1] == 'i' ? 3 : 4), end);
  if (k == 1 && digits >= 4 && digits <= 8 && dw && dwe + 1 == q && !rung &&
      word_is(dw, (size_t)(dwe - dw), dials, N_OF(dials)) &&
      (ends_part || word_after) && !ks_norm_noun_after(n, e)) {
    sep(n);
    say_dialled(n->out, q, (size_t)(e - q));
    return e;
  }
  if (k < 2 || digits < (small ? 5u : 7u) || digits > 10 || alnum_at(e, end) ||
      (e + 1 < end && (*e == ',' || *e == '.' || *e == '-' || *e == '/') &&
       ks_is_digit((unsigned char)e[1])) ||
      ks_norm_noun_after(n, e))
    return NULL;
  sep(n);
  for (size_t j = 0; j < k; j++) {
    const char *g0 = j ? ends[j - 1] + 1 : q;
    if (j)
      ks_buf_puts(n->out, ", ");
    say_dialled(n->out, g0, (size_t)(ends[j] - g0));
  }
  return e;
}

const char *ks_norm_rule_phone(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *g[8], *ge[8], *e0;
  int ng = 0;
  size_t total = 0;
  bool plus = false, dots = false, trunk;
  char sepc = 0;

  /* "call the Samaritans on 116 123": Europe's helplines of social value
   * are all 116 and three digits, said digit by digit */
  if (starts(q, end, "116 ") && digit_end(q + 4, end) == q + 7 &&
      !alnum_at(q + 7, end) &&
      !(q + 8 < end && q[7] == ',' && ks_is_digit((unsigned char)q[8])) &&
      !ks_norm_noun_after(n, q + 7) && /* "116 123 dollars" */
      !(q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == ','))) {
    sep(n);
    ks_num_digits(n->out, q, 3);
    ks_buf_putc(n->out, ' ');
    ks_num_digits(n->out, q + 4, 3);
    return q + 7;
  }
  /* "the police line on 131 444": Australia's numbers of six digits
   * that open with 13, in two groups of three, after a word of dialling
   * in a sentence about calling, digit by digit in their groups */
  if (q[0] == '1' && q + 7 <= end && q[1] == '3' &&
      !(q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == ',')) &&
      ks_norm_word_before(n, q, dial_words, N_OF(dial_words)) &&
      ks_norm_sentence_has(n, calling, N_OF(calling))) {
    /* (a number of three pairs, "13 11 14", is said as three numbers, as
     * Lifeline says its own) */
    const char *a = digit_end(q, end), *b = NULL;
    if (a == q + 3 && *a == ' ' && digit_end(a + 1, end) == a + 4)
      b = a + 4; /* "131 444" */
    if (b && !alnum_at(b, end) &&
        !(b + 1 < end && (*b == ',' || *b == '.') &&
          ks_is_digit((unsigned char)b[1]))) {
      sep(n);
      for (const char *d = q; d < b; d = digit_end(d, end) + 1) {
        const char *de = digit_end(d, end);
        if (d > q)
          ks_buf_puts(n->out, ", ");
        say_dialled(n->out, d, (size_t)(de - d));
        if (de >= b)
          break;
      }
      return b;
    }
  }
  if ((e0 = phone_keys(n, q)) != NULL)
    return e0;
  /* "6345 2718, Lim speaking": eight digits in two fours, a local number
   * as Singapore and Hong Kong write it (not two years, "1914 1918") */
  if (digit_end(q, end) == q + 4 && q + 9 <= end && q[4] == ' ' &&
      digit_end(q + 5, end) == q + 9 && !alnum_at(q + 9, end) &&
      !(q + 10 < end && (q[9] == ',' || q[9] == '.' || q[9] == '-') &&
        ks_is_digit((unsigned char)q[10])) &&
      *q != '0' && *q != '1' && !(q[0] == '2' && q[1] == '0') &&
      !(q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == ',' ||
                     q[-1] == '.' || q[-1] == '$')) &&
      !ks_norm_noun_after(n, q + 9) &&
      !ks_norm_scan_unit(n->lang, skip_spaces(q + 9, end), end, &e0)) {
    say_two_groups(n, q, 4, q + 5, 4);
    return q + 9;
  }
  /* "contacted at 791-6330": a local number of seven digits in a
   * sentence about calling (not "pages 791-6330") */
  if (digit_end(q, end) == q + 3 && q + 8 <= end && q[3] == '-' &&
      digit_end(q + 4, end) == q + 8 && !alnum_at(q + 8, end) &&
      !(q + 9 < end && (q[8] == '-' || q[8] == '.') &&
        ks_is_digit((unsigned char)q[9])) &&
      *q != '0' && *q != '1' &&
      !(q[2] == '0' && q[6] == '0' && q[7] == '0') && /* "250-1500" */
      !(q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == '-' ||
                     q[-1] == '$' || q[-1] == ')')) &&
      (ks_norm_sentence_has(n, calling, N_OF(calling)) || numbers_label(n))) {
    say_two_groups(n, q, 3, q + 4, 4);
    return q + 8;
  }
  /* "call centre on 06-5686151": a trunk zero's area code, a dash and a
   * local number of six to eight digits, said in groups of three or four
   * (Jordan's, Pakistan's; no range opens with a zero) */
  if (q[0] == '0' && !(q > n->s && ks_is_alnum((unsigned char)q[-1]))) {
    const char *a = digit_end(q, end), *b;
    if (a - q >= 2 && a - q <= 3 && a < end - 1 && *a == '-' &&
        (b = digit_end(a + 1, end)) - (a + 1) >= 6 && b - (a + 1) <= 8 &&
        !alnum_at(b, end) &&
        !(b < end - 1 && (*b == '-' || *b == '.' || *b == ',') &&
          ks_is_digit((unsigned char)b[1]))) {
      size_t local = (size_t)(b - (a + 1)), first = local == 8 ? 4 : 3;
      sep(n);
      say_dialled(n->out, q, (size_t)(a - q));
      ks_buf_puts(n->out, ", ");
      say_dialled(n->out, a + 1, first);
      ks_buf_puts(n->out, ", ");
      say_dialled(n->out, a + 1 + first, local - first);
      return b;
    }
  }
  /* "call the hotline on 77 441 00 00": four groups or more of two or
   * three digits, nine or ten in all, after a word of dialling in a
   * sentence about calling (Poland's, much of Europe's) */
  /* (or without a word of calling where a group opens with a zero:
   * "report them to the centre on 77 441 00 00") */
  if (!(q > n->s && (ks_is_alnum((unsigned char)q[-1]) || q[-1] == ',')) &&
      ks_norm_word_before(n, q, dial_words, N_OF(dial_words))) {
    bool called = ks_norm_sentence_has(n, calling, N_OF(calling));
    const char *c = q, *ends[6];
    size_t k = 0, digits = 0;
    while (k < 6) {
      const char *d = digit_end(c, end);
      if (d - c < 2 || d - c > 3)
        break;
      digits += (size_t)(d - c);
      ends[k++] = d;
      if (d + 1 < end && *d == ' ' && ks_is_digit((unsigned char)d[1]))
        c = d + 1;
      else
        break;
    }
    for (size_t j = 1; j < k && !called; j++)
      called = ends[j - 1][1] == '0';
    /* (or three groups of three, "the municipal line on 808 203 232",
     * Portugal's and Spain's, after a line's or a number's word) */
    static const char *const lines[] = {"centre", "center", "helpline",
                                        "hotline", "line",  "number"};
    const char *lw, *lwe;
    bool threes = k == 3 && digits == 9 &&
                  (called || ((lw = ks_norm_prev_word(n, n->prev, &lwe)) &&
                              word_is(lw, (size_t)(lwe - lw), lines,
                                      N_OF(lines))));
    if (((k >= 4 && called) || threes) && (digits == 9 || digits == 10) &&
        !alnum_at(ends[k - 1], end)) {
      sep(n);
      for (size_t j = 0; j < k; j++) {
        const char *g0 = j ? ends[j - 1] + 1 : q;
        if (j)
          ks_buf_puts(n->out, ", ");
        ks_num_digits(n->out, g0, (size_t)(ends[j] - g0));
      }
      return ends[k - 1];
    }
  }
  /* "(+992 37) 221-34-67": a country's code and its area's in one
   * bracket */
  bool open = false;
  if (*q == '(' && q + 2 < end && q[1] == '+' &&
      ks_is_digit((unsigned char)q[2])) {
    open = true;
    q++;
  }
  if (*q == '+') {
    plus = true;
    q++;
  }
  /* a national number written with spaces starts with a trunk zero:
   * "0800 123 4567", "020 7946 0958" */
  trunk = !plus && ((*q == '0' && digit_end(q, end) - q >= 2) ||
                    (*q == '(' && q + 1 < end && q[1] == '0') || /* "(01)" */
                    au_hundred(q, end));
  while (q < end && ng < 8) {
    const char *e;
    bool paren = *q == '(';
    if (paren)
      q++;
    e = digit_end(q, end);
    /* a British area code of five figures and its local number of six
     * ("01453 792610", "01632 960 123") */
    if (e == q || (e - q > 4 &&
                   !(trunk && !paren && ng == 0 && e - q == 5 && *q == '0') &&
                   !(trunk && ng == 1 && ge[0] - g[0] == 5 && e - q == 6) &&
                   /* (a small island's local five or six after its
                    * country's code: "+672 3 22152") */
                   !(plus && ng >= 1 && e - q <= 6)))
      return NULL;
    /* "+49 (0)40 890 85-433": the trunk zero kept in brackets after a
     * country's code is not dialled from abroad, nor said */
    if (paren && plus && ng == 1 && e == q + 1 && *q == '0' && e + 1 < end &&
        *e == ')' && ks_is_digit((unsigned char)e[1])) {
      q = e + 1;
      continue;
    }
    if (paren) {
      if (e >= end || *e != ')' || (e - q != 3 && !(trunk && e - q == 2)))
        return NULL;
    }
    g[ng] = q;
    ge[ng] = e;
    ng++;
    total += (size_t)(e - q);
    q = e;
    if (paren)
      q++;
    if (open && q + 2 < end && *q == ')' && q[1] == ' ' &&
        ks_is_digit((unsigned char)q[2])) {
      open = false;
      q += 2;
      continue;
    }
    if (q >= end)
      break;
    if ((*q == '-' || *q == '.') &&
        !(q + 1 < end && (ks_is_digit((unsigned char)q[1]) || q[1] == '(')))
      break; /* "555-5555." ends the sentence */
    if (*q == '-' || *q == '.') {
      if (sepc && *q != sepc && !(paren || plus))
        return NULL;
      if (*q == '.')
        dots = true;
      sepc = *q;
      if (q + 1 < end && (ks_is_digit((unsigned char)q[1]) || q[1] == '(')) {
        q++;
        continue;
      }
      break;
    }
    if (*q == ' ' && (paren || plus || trunk) && q + 1 < end &&
        (ks_is_digit((unsigned char)q[1]) || (q[1] == '(' && !trunk))) {
      /* "+44 20 7946 0958 24 hours a day": a count, not a group (after
       * a group of three figures or more; "+374 10 54 40 11 or" is said in
       * pairs) */
      const char *d = digit_end(q + 1, end);
      const char *cw = d + 1, *cwe = alpha_end(cw, end);
      if ((plus || trunk) && ng >= 3 && d - q <= 3 && d < end - 1 &&
          *d == ' ' && ks_is_alpha((unsigned char)d[1]) &&
          (ge[ng - 1] - g[ng - 1] >= 3 ||
           /* ("... 53 00 24 hours a day": before a plural, a count) */
           (cwe - cw > 3 && cwe[-1] == 's')))
        break;
      q++;
      continue;
    }
    if (paren && (ks_is_digit((unsigned char)*q) || *q == '(')) /* (555)555 */
      continue;
    break;
  }
  /* "(+672 3 22152)": a whole number in its bracket */
  bool bracketed =
      q < end && *q == ')' && (open || (p > n->s && p[-1] == '(' && *p == '+'));
  if ((q < end && ks_is_alnum((unsigned char)*q)) || (open && !bracketed))
    return NULL;
  if (dots && !plus && ng == 4 && total <= 12) { /* an IP address */
    for (int i = 0; i < ng; i++) {
      if (i)
        ks_buf_puts(n->out, " dot");
      ks_num_digits(n->out, g[i], (size_t)(ge[i] - g[i]));
    }
    return q;
  }
  /* a national number with its trunk zero may end in three digits:
   * "0800 555 111" */
  /* "Childline on 0800 1111": a freephone prefix and one short group */
  static const char *const dialled[] = {"call",      "calling", "dial",
                                        "freephone", "line",    "number",
                                        "on",        "phone",   "ring"};
  bool freephone = !plus && ng == 2 && ge[0] - g[0] == 4 &&
                   (!memcmp(g[0], "0800", 4) || !memcmp(g[0], "0808", 4)) &&
                   ge[1] - g[1] >= 3 &&
                   /* after a word of calling: not two times, "0800 1600" */
                   ks_norm_word_within(n, g[0], 2, dialled, N_OF(dialled));
  /* "01453 792610": a British area code and its local number */
  bool british = trunk && ng == 2 && ge[0] - g[0] == 5 && ge[1] - g[1] == 6;
  /* "calling +376 753 600", "(+672 3 22152)": a country's code and a
   * short national number after a word of dialling or in its own
   * bracket (not a signed count grouped in thousands, "+12 500") */
  bool abroad =
      plus && ng >= 2 && total >= 7 && total <= 15 &&
      (bracketed || ks_norm_word_within(n, p, 2, dialled, N_OF(dialled)) ||
       ks_norm_word_within(n, p, 2, calling, N_OF(calling)));
  if (!freephone && !british && !abroad &&
      (ng < 3 || total < 9 ||
       (ge[ng - 1] - g[ng - 1] < 4 && (ng < 4 || ge[2] - g[2] != 4) &&
        !((trunk || plus) && total >= 10)))) /* "+61 400 123 456" */
    return NULL;
  sep(n);
  if (bracketed && open)
    ks_buf_putc(n->out, '('); /* the bracket's own, read past above */
  if (plus)
    ks_buf_puts(n->out, "plus");
  for (int i = 0; i < ng; i++) {
    if (i || plus)
      ks_buf_putc(n->out, ',');
    /* a toll-free area code is "eight hundred": "1-800-555-0199",
     * "0800 123 4567" */
    if (!plus && (ng - i == 3 || (freephone && i == 0)) &&
        ((ge[i] - g[i] == 3 && !memcmp(g[i], "800", 3)) ||
         (i == 0 && ge[i] - g[i] == 4 && !memcmp(g[i], "0800", 4)))) {
      if (n->out->len && n->out->ptr[n->out->len - 1] != ' ')
        ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, *g[i] == '0' ? "oh eight hundred" : "eight hundred");
      continue;
    }
    if (i == 0 && au_hundred(g[0], end)) {
      if (n->out->len && n->out->ptr[n->out->len - 1] != ' ')
        ks_buf_putc(n->out, ' ');
      ks_buf_puts(n->out, g[0][1] == '3'   ? "thirteen hundred"
                          : g[0][1] == '8' ? "one eight hundred"
                                           : "nineteen hundred");
      continue;
    }
    say_dialled(n->out, g[i], (size_t)(ge[i] - g[i]));
  }
  return q;
}

/* "ISSN" in the few words before p: "ISSN 0028-0836", "the ISSN is". */
static bool issn_before(const struct norm *n, const char *p) {
  const char *b = p - n->s > 16 ? p - 16 : n->s;
  for (; b + 4 <= p; b++)
    if (!memcmp(b, "ISSN", 4))
      return true;
  return false;
}

/* Four digits at p read as a 24-hour time: 0000 to 2359. */
static bool hhmm(const char *p) {
  unsigned h = (unsigned)(p[0] - '0') * 10 + (unsigned)(p[1] - '0');
  unsigned m = (unsigned)(p[2] - '0') * 10 + (unsigned)(p[3] - '0');
  return h < 24 && m < 60;
}

/* The sentence names golf's rounds: "rounds of", "carded", "shot". */
static bool golf_rounds_word(const struct norm *n) {
  static const char *const rounds[] = {"carded", "rounds", "shot"};
  return ks_norm_sentence_has(n, rounds, N_OF(rounds));
}

/* Codes of four or more digit groups joined by hyphens, such as ISBNs
 * (978-3-16-148410-0, 0-306-40615-2): digit by digit, a pause between
 * groups. Dates and phone numbers are matched before this. */

const char *ks_norm_rule_digit_code(struct norm *n, const char *p) {
  const char *end = n->end, *q = p, *g[12], *ge[12];
  int ng = 0;
  size_t total = 0;
  while (ng < 12) {
    const char *e = digit_end(q, end);
    if (e == q || e - q > 7)
      return NULL;
    g[ng] = q;
    ge[ng++] = e;
    total += (size_t)(e - q);
    q = e;
    if (!(q + 1 < end && *q == '-' && ks_is_digit((unsigned char)q[1])))
      break;
    q++;
  }
  /* two clock times ("0900-1700 daily", "0600-0900 hrs") are a range,
   * unless an ISSN */
  if (ng == 2 && ge[0] - g[0] == 4 && ge[1] - g[1] == 4 && hhmm(g[0]) &&
      hhmm(g[1]) && !issn_before(n, p))
    return NULL;
  /* "68-70-66-66" in an article about golf, or beside its rounds: four
   * rounds' scores, each a number (read as a chain's parts) */
  if (ng == 4 && (ks_norm_about_golf(n) || golf_rounds_word(n))) {
    int i = 0;
    while (i < ng && ge[i] - g[i] == 2 && *g[i] >= '5' && *g[i] <= '8')
      i++;
    if (i == ng)
      return NULL;
  }
  /* a serial's letters after its last group: "SN 04-7781-X" (not a
   * decree's number and year, "Resolution No. 009-2005-AG") */
  const char *tail = NULL, *te = q;
  bool year = false;
  for (int i = 0; i < ng; i++)
    year = year || (ge[i] - g[i] == 4 && (starts(g[i], end, "19") ||
                                          starts(g[i], end, "20")));
  if (!year && q + 1 < end && *q == '-' && ks_is_upper((unsigned char)q[1])) {
    te = q + 1;
    while (te < end && ks_is_upper((unsigned char)*te) && te - q <= 3)
      te++;
    if (te - q <= 3 && !(te < end && (ks_is_alnum((unsigned char)*te) ||
                                      *te == '-')))
      tail = q + 1;
  }
  /* two groups are a code when one keeps a leading zero, which no
   * range's number has: "ISSN 0028-0836" (or the first two figures with
   * their zero before a serial's letters: "04-7781-X") */
  if ((ng < 4 &&
       !(ng >= 2 && total >= 6 &&
         ((*g[0] == '0' && ge[0] - g[0] >= (tail ? 2 : 3)) ||
          (*g[1] == '0' && ge[1] - g[1] >= 3)))) ||
      total < 6 || (ng >= 4 && total < 8) ||
      (!tail && q < end && (ks_is_alnum((unsigned char)*q) || *q == '-')))
    return NULL;
  sep(n);
  for (int i = 0; i < ng; i++) {
    if (i)
      ks_buf_putc(n->out, ',');
    ks_num_digits(n->out, g[i], (size_t)(ge[i] - g[i]));
  }
  if (tail) {
    ks_buf_putc(n->out, ',');
    for (const char *c = tail; c < te; c++) {
      ks_buf_putc(n->out, ' ');
      ks_buf_putc(n->out, *c);
    }
    return te;
  }
  return q;
}
