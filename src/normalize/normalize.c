/* normalize.c - one sentence as a newsreader says it: the pass and its rules.
 * SPDX-License-Identifier: MIT
 *
 * One left-to-right pass. At each position a few rules look a bounded
 * distance ahead ("Nov. 29", "$4.5 billion", "12 kg"); the first that
 * matches writes words and moves past what it read, otherwise one word or
 * one UTF-8 character is copied. Words espeak-ng already reads right
 * ("U.S.", "Mr.", "Dr." before a name) are copied through unchanged; numbers
 * are always written out, so what is heard does not depend on espeak-ng's
 * own number rules ("1976" -> "nineteen hundred seventy six").
 *
 * This file is the driver: the left-to-right pass and which rule is tried
 * where. The rules live in normalize_*.c, declared in normalize.h.
 */
#include "norm.h"
#include "lang/language.h"

/* The rules of each language that has them; any other gets the
 * language-neutral ones. */
static const struct ks_norm_family *const families[] = {
    &ks_norm_neutral, &ks_norm_en, &ks_norm_de, &ks_norm_uk};

static const struct ks_norm_family *family_of(const struct ks_lang *lang) {
  for (size_t i = 0; i < N_OF(families); i++)
    if (families[i]->rules == lang->rules)
      return families[i];
  return &ks_norm_neutral;
}

static void normalize_run(struct norm *n);

/* A run of letters in a writing system the sentence's language does not
 * use (Cyrillic quoted in English): its own language's rules read it, or
 * the neutral ones. NULL when p starts no such run. */
static const char *foreign(struct norm *n, const char *p) {
  size_t run;
  const char *other;
  struct norm sub;
  if (n->sub || !n->lang->tag[0])
    return NULL;
  other = ks_foreign_run(p, (size_t)(n->end - p), n->lang->tag, &run);
  if (!other || run == 0)
    return NULL;
  sub = *n;
  sub.lang = ks_lang_get(other);
  sub.s = p;
  sub.end = p + run;
  sub.sub = true;
  sub.prev = NULL;
  sub.num_end = NULL;
  sub.chunk_end = p;
  normalize_run(&sub);
  n->prev = NULL;
  n->num_end = NULL;
  return p + run;
}

/* An amount written in figures or after a currency's sign at p ("8",
 * "$8", "A$1.2", "£80,000"). */
static bool amount_at(const struct ks_lang *lang, const char *p,
                      const char *end) {
  const char *q = p;
  while (q < end && q - p < 3 && ks_is_upper((unsigned char)*q))
    q++; /* "A$", "US$", "C$" */
  if (q < end && (*q == '$' || (unsigned char)*q >= 0x80) && q - p <= 2) {
    size_t l = utf8_len(q, end);
    q += l ? l : 1;
  }
  if (q < end && ks_is_digit((unsigned char)*q) &&
      (q == p || !ks_is_alpha((unsigned char)q[-1]) || q[-1] == '$' ||
       (unsigned char)q[-1] >= 0x80))
    return true;
  /* "an AED3.2 billion contract", "a QR 5m fine": a currency's code of
   * capitals before its figures (not "an MP3 player") */
  const char *a;
  if (q - p >= 2 && q < end - 1 && *q == ' ')
    q++;
  return q - p >= 2 && q < end && ks_is_digit((unsigned char)*q) &&
         ks_norm_scan_currency(lang, p, end, &a) && (a == q || a + 1 == q);
}

/* "a 8 million" and "an A$1.2 billion", written for the eye: the article
 * before an amount said in words agrees with its first sound ("an eight
 * million", "a one point two billion"). out[at..] is the amount's words. */
static void agree_article(struct ks_buf *out, size_t base, size_t at) {
  char *o = out->ptr;
  size_t e = at, art;
  bool an;
  while (e < out->len && ks_is_alpha((unsigned char)o[e]))
    e++;
  if (e == at || at < base + 2 || o[at - 1] != ' ')
    return;
  /* the numbers' words that open with a vowel's sound: eight, eighteen,
   * eighty, eighth, eleven, eleventh, a nought's "oh" */
  an = (e - at >= 4 &&
        (ks_mem_eq_ci(o + at, "eigh", 4) || ks_mem_eq_ci(o + at, "elev", 4))) ||
       (e - at == 2 && ks_mem_eq_ci(o + at, "oh", 2)); /* "an oh-for-three" */
  art = at - 1;
  while (art > base && ks_is_alpha((unsigned char)o[art - 1]))
    art--;
  if (art > base && o[art - 1] != ' ' && o[art - 1] != '(')
    return;
  /* "F A eighteen" ("F/A-18"): a capital A after a letter alone is a
   * letter of a name, no article */
  if (o[art] == 'A' && art >= base + 2 && ks_is_upper((unsigned char)o[art - 2]) &&
      (art == base + 2 || o[art - 3] == ' '))
    return;
  /* "some 160 million", "some one point six billion": "some one" is
   * heard "someone"; "some" is respelled "sum", which espeak-ng keeps
   * apart from the "one" (set BF; the "one" dropped, "some hundred and
   * sixty", is not how a newsreader says it: general51) */
  if (at - 1 - art == 4 && ks_mem_eq_ci(o + art, "some", 4) && e - at == 3 &&
      !memcmp(o + at, "one", 3)) {
    o[art + 1] = 'u';
    memmove(o + art + 3, o + art + 4, out->len - art - 4);
    ks_buf_truncate(out, out->len - 1);
    return;
  }
  if (at - 1 - art == 2 && (o[art] == 'a' || o[art] == 'A') &&
      o[art + 1] == 'n' && !an) {
    /* "an one": the n goes, the rest moves back a byte */
    memmove(o + art + 1, o + art + 2, out->len - art - 2);
    ks_buf_truncate(out, out->len - 1);
  } else if (at - 1 - art == 1 && (o[art] == 'a' || o[art] == 'A') && an) {
    ks_buf_putc(out, ' ');
    o = out->ptr;
    memmove(o + art + 2, o + art + 1, out->len - art - 2);
    o[art + 1] = 'n';
  }
}

/* The pass: white space is folded, and at each word the language's rules
 * are tried before the word or character is copied as it is. */
static void normalize_run(struct norm *n) {
  const struct ks_norm_family *f = family_of(n->lang);
  const char *p = n->s, *end = n->end, *r;

  while (p < end) {
    unsigned char c = (unsigned char)*p;
    size_t l;

    if (n->map) /* what is written from here on was written for p on */
      ks_align_add(n->map, n->out->len - n->base, (size_t)(p - n->text));

    if (ks_is_space(c)) {
      while (p < end && ks_is_space((unsigned char)*p))
        p++;
      if (n->out->len > n->base && p < end &&
          n->out->ptr[n->out->len - 1] != ' ')
        ks_buf_putc(n->out, ' ');
      continue;
    }
    size_t at = n->out->len;
    /* "Moses ǁGaroëb", "the ǃKung": Khoekhoe's and San's click letters
     * (U+01C0-U+01C3) before a name's letters, which espeak-ng reads as
     * their code points, go unsaid: the name is heard as English papers
     * print it without them */
    if (c == 0xC7 && p + 2 < end && (unsigned char)p[1] >= 0x80 &&
        (unsigned char)p[1] <= 0x83 && letter_len(p + 2, end) > 0) {
      p += 2;
      continue;
    }
    if ((c >= 0x80 && (r = foreign(n, p)) != NULL) ||
        (r = f->at(n, p)) != NULL || (r = ks_norm_copy_word(n, p)) != NULL) {
      if (n->lang->rules == KS_RULES_EN && amount_at(n->lang, p, end))
        agree_article(n->out, n->base, at);
      /* "Sub-Insp. Patil": a word a rule wrote for a capitalised one
       * glued to a hyphen stays glued ("Sub-Inspector") */
      if (p - n->s >= 2 && p[-1] == '-' && ks_is_alpha((unsigned char)p[-2]) &&
          ks_is_upper(c) && at > n->base && n->out->len > at + 1 &&
          n->out->ptr[at - 1] == '-' && n->out->ptr[at] == ' ' &&
          ks_is_upper((unsigned char)n->out->ptr[at + 1]) &&
          n->out->len > at + 2 && ks_is_lower((unsigned char)n->out->ptr[at + 2])) {
        memmove(n->out->ptr + at, n->out->ptr + at + 1, n->out->len - at - 1);
        ks_buf_truncate(n->out, n->out->len - 1);
      }
      p = r;
      continue;
    }
    l = utf8_len(p, end);
    if (l == 0) { /* invalid UTF-8: dropped */
      p++;
      continue;
    }
    ks_buf_put(n->out, p, l);
    p += l;
  }
}

static const char *find_replacement_char(const char *p, const char *end) {
  while ((p = memchr(p, 0xEF, (size_t)(end - p))) != NULL) {
    if (end - p >= 3 && (unsigned char)p[1] == 0xBF &&
        (unsigned char)p[2] == 0xBD)
      return p;
    p++;
  }
  return NULL;
}

/* U+FFFD stands where the page had ill-formed UTF-8 (doc.c): lost text, not
 * a word to read out. When text holds one, copy it into tmp with each made
 * three spaces (so offsets stay those of text) and return true. */
static bool drop_replacement_chars(const char *text, size_t len,
                                   struct ks_buf *tmp) {
  const char *p = text, *end = text + len;
  const char *q = find_replacement_char(p, end);
  if (!q)
    return false;
  for (; q; q = find_replacement_char(p, end)) {
    ks_buf_put(tmp, p, (size_t)(q - p));
    ks_buf_puts(tmp, "   ");
    p = q + 3;
  }
  ks_buf_put(tmp, p, (size_t)(end - p));
  return true;
}

/* Length of the space at p that may part groups of three digits: a space,
 * a no-break, thin or narrow no-break space; else 0. */
static size_t group_space(const char *p, const char *end) {
  if (p < end && *p == ' ')
    return 1;
  if (end - p >= 2 && (unsigned char)p[0] == 0xC2 &&
      (unsigned char)p[1] == 0xA0)
    return 2;
  if (end - p >= 3 && (unsigned char)p[0] == 0xE2 &&
      (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] == 0x89 || (unsigned char)p[2] == 0xAF))
    return 3;
  return 0;
}

/* Whether a currency's sign ends at p, after no letter: "R250 000",
 * "€1 500", "KSh 2 000" is not (the space parts sign and amount). */
static bool sign_in(const struct ks_currency *c, size_t nc, const char *text,
                    const char *p) {
  for (size_t i = 0; i < nc; i++) {
    size_t l = strlen(c[i].sign);
    if ((size_t)(p - text) >= l && !memcmp(p - l, c[i].sign, l) &&
        (p - l == text || !ks_is_alpha((unsigned char)p[-(ptrdiff_t)l - 1])))
      return true;
  }
  return false;
}

static bool sign_before(const struct ks_lang *lang, const char *text,
                        const char *p) {
  return sign_in(lang->currencies, lang->n_currencies, text, p) ||
         sign_in(lang->context_currencies, lang->n_context_currencies, text, p);
}

/* "outages of 11 842MW on Monday": a unit of power or energy (the
 * caller's) glued to groups of two or three figures and then three, where
 * the measure ends (a stop, or a little word after the unit); not a count
 * of things that measure ("12 500kW turbines"); with other units, a
 * day's or a count's number may stand before an amount ("On June 12
 * 200mm"). after is the unit's end. */
static bool glued_quantity(const char *a, const char *ae, const char *last,
                           const char *after, const char *end) {
  static const char *const littles[] = {"a",  "and", "as",  "at",   "by",
                                        "for", "from", "in", "is",  "of",
                                        "on", "or",  "to",  "was", "were",
                                        "with"};
  const char *w, *we;
  if (ae - a < 2 || last >= end || !ks_is_alpha((unsigned char)*last))
    return false;
  if (after >= end)
    return true;
  if (*after != ' ')
    return !ks_is_alnum((unsigned char)*after) && *after != '-';
  w = after + 1;
  for (we = w; we < end && ks_is_alpha((unsigned char)*we); we++)
    ;
  return word_is(w, (size_t)(we - w), littles, N_OF(littles));
}

/* Whether the article is about the country of topic, or the text before
 * a names it ("Bhutan's Nu 1 200 fee"). */
static bool about_before(unsigned topics, unsigned topic, const char *text,
                         const char *a) {
  return (topics & topic) ||
         ks_norm_text_names_country(text, (size_t)(a - text), topic);
}

/* A country's own currency's letters right before the figures at a:
 * "Ar 100 000" on a Malagasy site, "E450 000" in an article about
 * Eswatini, "Nu 1 200" in one about Bhutan (round 45, set BD), as the
 * money rule reads them (ks_norm_about_country). */
static bool site_sign_before(unsigned topics, const char *text,
                             const char *a) {
  return ((topics & KS_TOPIC_ARIARY) && a - text >= 3 &&
          !memcmp(a - 3, "Ar ", 3)) ||
         (a - text >= 1 && a[-1] == 'E' &&
          (a - text == 1 || !ks_is_alnum((unsigned char)a[-2])) &&
          about_before(topics, KS_TOPIC_ESWATINI, text, a)) ||
         (a - text >= 3 && !memcmp(a - 3, "Nu ", 3) &&
          about_before(topics, KS_TOPIC_BHUTAN, text, a));
}

/* t[0..e) is a word of two capitals or more: "ID". */
static bool all_capitals(const char *t, const char *e) {
  if (e - t < 2)
    return false;
  for (; t < e; t++)
    if (!ks_is_upper((unsigned char)*t))
      return false;
  return true;
}

/* "R250 000", "a 10 000-litre tank", "1 200 000 people": South Africa,
 * much of Europe and SI style part thousands with a space. Where the
 * groups are certain (after a currency's sign, before a unit or a
 * hyphen's word, or three groups and more), each such space becomes a
 * comma, padded after the number so offsets stay near; not a phone's
 * groups ("021 555 1234", "call 131 444"). Into tmp; false when none. */
static bool group_thousands(const struct ks_lang *lang, unsigned topics,
                            const char *text, size_t len, struct ks_buf *tmp) {
  static const char *const phones[] = {
      "account", "call",  "card",      "code", "dial",   "helpline", "hotline",
      "number",  "phone", "reference", "ring", "serial", "sms",      "text"};
  /* (and words of reaching someone, only where the number comes after
   * "on" or "at": "contact the Ministry on 4 671 300", set BC; not "the
   * telephone company was fined R12 500", "In Tel Aviv, 12 500 marched") */
  static const char *const reaches[] = {"contact", "fax", "freephone", "tel",
                                        "telephone", "whatsapp"};
  const char *end = text + len, *p = text, *copied = text;
  struct norm probe;
  bool any = false;
  memset(&probe, 0, sizeof probe);
  while (p < end) {
    const char *a = p, *ae, *g, *last, *after;
    size_t sp, groups = 0, pad = 0;
    const struct ks_unit *u;
    bool round;
    if (!ks_is_digit((unsigned char)*p)) {
      p++;
      continue;
    }
    ae = digit_end(a, end);
    p = ae;
    /* not inside a longer run of groups ("+353 91 544 000") */
    if ((a > text &&
         ((ks_is_alnum((unsigned char)a[-1]) && !sign_before(lang, text, a) &&
           !site_sign_before(topics, text, a)) ||
          a[-1] == ',' || a[-1] == '.' || a[-1] == '+' ||
          (a - text >= 2 && a[-1] == ' ' &&
           ks_is_digit((unsigned char)a[-2])))) ||
        ae - a > 3 || *a == '0')
      continue;
    for (g = ae; (sp = group_space(g, end)) != 0 &&
                 digit_end(g + sp, end) - (g + sp) == 3;
         g = g + sp + 3)
      groups++;
    /* not before a longer group ("555 123 4567") or a comma's ("1 234,5") */
    sp = group_space(g, end);
    if (groups == 0 ||
        (sp && g + sp < end && ks_is_digit((unsigned char)g[sp])) ||
        (g + 1 < end && *g == ',' && ks_is_digit((unsigned char)g[1])))
      continue;
    last = g;
    after = last < end && *last == ' ' ? last + 1 : last;
    u = ks_norm_scan_unit(lang, after, end, &after);
    /* before a unit or a hyphen's word only round thousands: "a 10
     * 000-litre tank", not "take 2 500mg tablets", "12 100-year-old
     * houses" */
    round = last - 3 >= a && !memcmp(last - 3, "000", 3);
    /* or one group before things counted, their plural in small
     * letters: "more than 9 000 names", "300 000 units" (not after a
     * month's day: "on June 9 412 people") */
    bool counted = false;
    if (groups == 1 && last + 1 < end && *last == ' ' &&
        ks_is_lower((unsigned char)last[1])) {
      const char *w = last + 1, *we = w, *b = a - 1;
      while (we < end && ks_is_alpha((unsigned char)*we))
        we++;
      while (b > text && ks_is_alpha((unsigned char)b[-1]))
        b--;
      probe.s = text;
      probe.end = end;
      probe.lang = lang;
      /* (nor after a word that numbers or joins: "Grades 9 to 12 500
       * students", "By week 6 300 cases") */
      static const char *const numbering[] = {
          "chapter", "day",   "grade", "grades", "no",  "number",
          "page",    "round", "to",    "vs",     "week", "year"};
      /* (or a plural a word or two on, the words between in small
       * letters or capitals: "14 620 passport applications", "8 305
       * national ID applications") */
      for (int k = 0; k < 2 && !ks_norm_plural_noun(w, (size_t)(we - w)); k++) {
        const char *y = we + 1, *ye;
        if (y >= end || *we != ' ' || !ks_is_alpha((unsigned char)*y))
          break;
        ye = alpha_end(y, end);
        if (!ks_is_lower((unsigned char)*y) && !all_capitals(y, ye))
          break;
        w = y;
        we = ye;
      }
      counted =
          ks_is_lower((unsigned char)*w) &&
          ks_norm_plural_noun(w, (size_t)(we - w)) &&
          !(a - text >= 2 && a[-1] == ' ' &&
            (ks_norm_month_of(&probe, b, (size_t)(a - 1 - b)) > 0 ||
             word_is(b, (size_t)(a - 1 - b), numbering, N_OF(numbering)) ||
             ks_is_digit((unsigned char)a[-2])));
    }
    /* or one group after a word of about how many, no unit after it: "a
     * crowd of about 3 500 watched" (round 43, set BB) */
    static const char *const approx[] = {"about",  "almost",  "around",
                                         "nearly", "over",    "roughly",
                                         "some",   "than",    "approximately"};
    bool about = false;
    if (groups == 1 && !u && a - text >= 3 && a[-1] == ' ') {
      const char *b = a - 1;
      while (b > text && ks_is_alpha((unsigned char)b[-1]))
        b--;
      /* (not before a name: "roughly 400 737 Max jets", a count of a
       * model) */
      about = word_is(b, (size_t)(a - 1 - b), approx, N_OF(approx)) &&
              !(last < end && (ks_is_alnum((unsigned char)*last) ||
                               *last == '-' || *last == '/')) &&
              !(last + 1 < end && *last == ' ' &&
                ks_is_upper((unsigned char)last[1]));
    }
    /* or one group alone after a label's colon, as a table's cell is
     * read: "Passports pending: 4 310, IDs pending: 2 115" */
    /* (not a phone's: "the dengue line: 29 110") */
    bool cell = groups == 1 && !u && a - text >= 3 && a[-1] == ' ' &&
                a[-2] == ':' && ks_is_alpha((unsigned char)a[-3]) &&
                (last == end || *last == ',' || *last == ';' ||
                 (*last == '.' && last + 1 == end)) &&
                !(a - text >= 6 && !memcmp(a - 6, "line", 4));
    /* (a site's own currency's letters too: "Ar 100 000" on a Malagasy
     * site) */
    bool site_sign = site_sign_before(topics, text, a);
    if (!(groups >= 2 || sign_before(lang, text, a) || counted || site_sign ||
          about || cell ||
          (round && (u || (last + 1 < end && *last == '-' &&
                           ks_is_alpha((unsigned char)last[1])))) ||
          (u && strstr(u->one, "watt") &&
           glued_quantity(a, ae, last, after, end))))
      continue;
    /* a phone's or an account's word in the few words before: "call
     * 131 444", "Account 123 456 789" */
    /* (right before things counted only: "the hotline has taken 3 400
     * calls" counts them) */
    size_t reach = counted && !u ? 12 : 40;
    probe.s = (size_t)(a - text) > reach ? a - reach : text;
    probe.end = a;
    if (ks_norm_sentence_has(&probe, phones, N_OF(phones)) ||
        (a - text >= 4 && (!memcmp(a - 4, " on ", 4) || !memcmp(a - 4, " at ", 4)) &&
         ks_norm_sentence_has(&probe, reaches, N_OF(reaches))))
      continue;
    /* "the municipal line on 808 203 232": a line's number */
    if (a - text >= 8 && (!memcmp(a - 8, "line on ", 8) ||
                          !memcmp(a - 8, "line at ", 8)))
      continue;
    ks_buf_put(tmp, copied, (size_t)(a - copied));
    for (const char *c = a; c < last;) {
      if ((sp = group_space(c, end)) != 0) {
        ks_buf_putc(tmp, ',');
        pad += sp - 1;
        c += sp;
      } else
        ks_buf_putc(tmp, *c++);
    }
    while (pad--)
      ks_buf_putc(tmp, ' ');
    copied = p = last;
    any = true;
  }
  if (any)
    ks_buf_put(tmp, copied, (size_t)(end - copied));
  return any;
}

/* "the U.A.E.'s output": espeak-ng says a dotted initialism's last stop
 * before a possessive as a pause and a loose "z"; without the stop
 * ("U.A.E's") the "s" joins the last letter. Two letters are written
 * apart instead ("P C's", "U S's": "P.C's" is heard "P dot C's"), unless
 * one is an A, which apart is the article. The stop at i moves after the
 * possessive as a space, so the length, and every offset, stays. */
static void possessive_initialism(struct ks_buf *out, size_t base, size_t i) {
  char *c = out->ptr;
  size_t apo = 0, letters = 1;
  if (i + 2 < out->len && c[i + 1] == '\'' && c[i + 2] == 's')
    apo = 1;
  else if (i + 4 < out->len && !memcmp(c + i + 1, "\xE2\x80\x99s", 4))
    apo = 3;
  if (!apo || (i + apo + 2 < out->len &&
               ks_is_alnum((unsigned char)c[i + apo + 2])))
    return;
  for (size_t k = i - 2; k >= base + 1 && c[k] == '.' &&
                         ks_is_upper((unsigned char)c[k - 1]);
       k -= 2) {
    letters++;
    if (k - 1 == base || c[k - 2] != '.')
      break;
  }
  if (letters == 2) {
    if (c[i - 1] == 'A' || c[i - 3] == 'A')
      return;
    c[i - 2] = ' ';
  }
  memmove(c + i, c + i + 1, apo + 1);
  c[i + apo + 1] = ' ';
}

/* espeak-ng ends a clause at a dotted initialism before a capital ("the
 * U.S. Air Force", "former M.N.A. Najmi": a falling tone and 300 ms of
 * silence), though the sentence goes on. Its last stop becomes a space:
 * heard as one phrase, and every offset into the speech stays where it
 * was. */
static void unstop_initialisms(struct ks_buf *out, size_t base) {
  char *c = out->ptr;
  for (size_t i = base + 2; i + 2 < out->len; i++)
    if (c[i] == '.' && ks_is_upper((unsigned char)c[i - 1]) &&
        c[i - 2] == '.' &&
        ((c[i + 1] == ' ' && ks_is_upper((unsigned char)c[i + 2])) ||
         /* before a bracket too: "(S.A.T.) engine", "A.M. (oh two" */
         c[i + 1] == ')' || (c[i + 1] == ' ' && c[i + 2] == '(') ||
         /* before a comma: "the C.I.A., the agency" is read without
          * the comma's pause after the stop */
         c[i + 1] == ',' || c[i + 1] == ';' ||
         /* before the article "a": "nine thirty A.M. a team" is read
          * as the letters "A M A" */
         (c[i + 1] == ' ' && c[i + 2] == 'a' && i + 3 < out->len &&
          c[i + 3] == ' ')))
      c[i] = ' ';
    /* "C.B.S.' Radio": before a possessive's bare apostrophe the stop
     * goes: the stop's byte becomes the apostrophe and the apostrophe's a
     * space, so the length, and every offset, stays */
    else if (c[i] == '.' && ks_is_upper((unsigned char)c[i - 1]) &&
             c[i - 2] == '.' && c[i + 1] == '\'' && i + 3 < out->len &&
             c[i + 2] == ' ' && ks_is_upper((unsigned char)c[i + 3])) {
      c[i] = '\'';
      c[i + 1] = ' ';
    } else if (c[i] == '.' && ks_is_upper((unsigned char)c[i - 1]) &&
               c[i - 2] == '.') {
      possessive_initialism(out, base, i);
    }
}

/* A number's word of one to ninety-nine at p..e: "twenty", "forty-two"
 * (a tens' word and a ones' joined by a hyphen). */
static bool below_hundred_word(const char *p, const char *e) {
  const char *h = memchr(p, '-', (size_t)(e - p));
  if (!h)
    return ks_num_word_value(p, (size_t)(e - p)) > 0;
  unsigned tens = ks_num_word_value(p, (size_t)(h - p)),
           ones = ks_num_word_value(h + 1, (size_t)(e - h - 1));
  return tens >= 20 && tens % 10 == 0 && ones >= 1 && ones <= 9;
}

/* In an article that writes its dates day first, as Britain and the
 * Commonwealth do, "and" after the hundreds of every group, not the
 * last alone: "six hundred and twenty thousand", as their newsreaders say
 * it (the words are written "six hundred twenty thousand" for everyone
 * else, as the American cases expect). Joined by hyphens as the last
 * group's are; the anchors of map from first on move with the text after
 * each. */
static void and_in_groups(struct ks_buf *out, size_t base, struct ks_align *map,
                          size_t first) {
  static const char *const scales[] = {" thousand", " million", " billion",
                                       " trillion"};
  for (size_t i = base; i + 12 < out->len; i++) {
    const char *c = out->ptr;
    if (memcmp(c + i, "hundred ", 8) != 0 ||
        (i > base && ks_is_alpha((unsigned char)c[i - 1])))
      continue;
    /* (a count's hundreds, "six hundred": not a year's or a clock's,
     * "By nineteen hundred twenty thousand people lived there") */
    if (i < base + 2 || c[i - 1] != ' ')
      continue;
    size_t ob = i - 1;
    while (ob > base && ks_is_alpha((unsigned char)c[ob - 1]))
      ob--;
    unsigned hundreds = ks_num_word_value(c + ob, i - 1 - ob);
    if (hundreds < 1 || hundreds > 9 || (ob > base && c[ob - 1] == '-'))
      continue; /* (not a compound's last part, "twenty-six hundred") */
    size_t w = i + 8, we = w;
    while (we < out->len && (ks_is_lower((unsigned char)c[we]) || c[we] == '-'))
      we++;
    bool scale = false;
    for (size_t k = 0; k < N_OF(scales) && !scale; k++) {
      size_t l = strlen(scales[k]);
      scale = we + l <= out->len && !memcmp(c + we, scales[k], l) &&
              (we + l == out->len || !ks_is_alpha((unsigned char)c[we + l]));
    }
    if (!scale || !below_hundred_word(c + w, c + we))
      continue;
    /* the space after "hundred" becomes "-and-" */
    size_t at = i + 7;
    ks_buf_puts(out, "    ");
    memmove(out->ptr + at + 5, out->ptr + at + 1, out->len - 4 - at - 1);
    memcpy(out->ptr + at, "-and-", 5);
    for (size_t k = first; map && k < map->n; k++)
      if (map->a[k].out + base > at)
        map->a[k].out += 4;
    i = at + 5;
  }
}

/* Writes each letter of out (from base on) that espeak-ng's English voice
 * reads as its code as its base letter (ks_utf8_plain_letter); the anchors
 * of map from first on move with the text after it. */
static void fold_unsayable(struct ks_buf *out, size_t base,
                           struct ks_align *map, size_t first,
                           const char *tag) {
  size_t r = base, w = base, k = first, keep = 0;
  bool wide = false; /* most sentences are ASCII: nothing to fold */
  for (size_t i = base; i < out->len && !wide; i++)
    wide = (unsigned char)out->ptr[i] >= 0x80;
  if (!wide)
    return;
  while (r < out->len) {
    uint32_t cp;
    size_t l = (unsigned char)out->ptr[r] < 0xC0
                   ? 1
                   : ks_utf8_decode(out->ptr + r, out->len - r, &cp);
    /* a name its own language's voice says (ks_foreign_name, synth.c)
     * keeps its marks: "Thủ Đức" */
    size_t run;
    if (!keep && (r == base || out->ptr[r - 1] == ' ' ||
                  out->ptr[r - 1] == '(' || out->ptr[r - 1] == '"') &&
        ks_foreign_name(out->ptr + r, out->len - r, tag, &run))
      keep = run;
    char b = l > 1 && cp != KS_UTF8_BAD
                 ? ks_utf8_plain_letter(out->ptr, r, l, out->len, cp)
                 : 0;
    if (l == 0)
      l = 1;
    /* an anchor at or before r keeps what was written up to it */
    for (; map && k < map->n && map->a[k].out + base <= r; k++)
      map->a[k].out -= r - w;
    if (b && !keep) {
      out->ptr[w++] = b;
    } else {
      memmove(out->ptr + w, out->ptr + r, l);
      w += l;
    }
    keep = keep > l ? keep - l : 0;
    r += l;
  }
  for (; map && k < map->n; k++)
    map->a[k].out -= r - w;
  ks_buf_truncate(out, w);
}

static bool out_letter(char c) {
  return ks_is_alnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* The word ending right before e (ASCII letters and digits, and bytes of
 * other letters) at *w; false at a mark that is no space or hyphen. */
static bool word_back(const char *s, size_t base, size_t e, size_t *w) {
  size_t b = e;
  while (b > base && (out_letter(s[b - 1])))
    b--;
  *w = b;
  return b < e;
}

/* "New South Wales (New South Wales)", "year-on-year (year on year)": a
 * bracket whose words, once read, are the words right before it (an
 * abbreviation written after what it stands for, expanded by a rule) is
 * said once: the bracket goes. Words compare in any case, hyphens and
 * spaces alike. The anchors of map from first on move with the text. */
static void drop_echoed_brackets(struct ks_buf *out, size_t base,
                                 struct ks_align *map, size_t first) {
  for (size_t b = base; b + 3 < out->len; b++) {
    if (out->ptr[b] != ' ' || out->ptr[b + 1] != '(')
      continue;
    size_t c = b + 2;
    while (c < out->len && c - b < 80 && out->ptr[c] != ')' &&
           out->ptr[c] != '(')
      c++;
    if (c >= out->len || out->ptr[c] != ')' || c == b + 2)
      continue;
    /* the bracket's words from its end, against the words before it */
    size_t i = c, j = b, words = 0;
    bool same = true;
    while (same && i > b + 2) {
      size_t iw, jw;
      if (!word_back(out->ptr, b + 2, i, &iw) || !word_back(out->ptr, base, j, &jw) ||
          i - iw != j - jw)
        same = false;
      for (size_t k = 0; same && k < i - iw; k++)
        same = ks_to_lower((unsigned char)out->ptr[iw + k]) ==
               ks_to_lower((unsigned char)out->ptr[jw + k]);
      if (!same)
        break;
      words++;
      i = iw;
      j = jw;
      /* one space or hyphen between words, on both sides */
      if (i > b + 2) {
        if ((out->ptr[i - 1] != ' ' && out->ptr[i - 1] != '-') || j <= base ||
            (out->ptr[j - 1] != ' ' && out->ptr[j - 1] != '-'))
          same = false;
        i--;
        j--;
      }
    }
    /* (whole words before: not "the Smiths (Smiths)" inside a word) */
    if (!same || words == 0 || i != b + 2 ||
        (j > base && out_letter(out->ptr[j - 1])))
      continue;
    /* (not figures said twice on purpose: a table's "2.0% (2.0%)", this
     * forecast and the last; a tie-break's "7-6 (6)") */
    bool letters = false, figures = false;
    for (size_t k = b + 2, e; k < c; k = e + 1) {
      for (e = k; e < c && out_letter(out->ptr[e]); e++)
        ;
      letters = letters || (e > k && ks_is_alpha((unsigned char)out->ptr[k]));
      figures = figures || ks_num_word_value(out->ptr + k, e - k) > 0 ||
                (e - k == 4 && ks_mem_eq_ci(out->ptr + k, "zero", 4)) ||
                (e - k == 5 && ks_mem_eq_ci(out->ptr + k, "point", 5)) ||
                (e - k == 7 && (ks_mem_eq_ci(out->ptr + k, "hundred", 7) ||
                                ks_mem_eq_ci(out->ptr + k, "million", 7) ||
                                ks_mem_eq_ci(out->ptr + k, "billion", 7))) ||
                (e - k == 8 && ks_mem_eq_ci(out->ptr + k, "thousand", 8));
    }
    if (!letters || figures)
      continue;
    size_t cut = c + 1 - b;
    for (size_t k = first; map && k < map->n; k++) {
      size_t at = map->a[k].out + base;
      if (at > c + 1)
        map->a[k].out -= cut;
      else if (at > b)
        map->a[k].out = b - base;
    }
    memmove(out->ptr + b, out->ptr + c + 1, out->len - c - 1);
    ks_buf_truncate(out, out->len - cut);
  }
}

void ks_normalize(const char *text, size_t len, const struct ks_lang *lang,
                  struct ks_buf *out, struct ks_align *map) {
  ks_normalize_in(text, len, lang, 0, out, map);
}

unsigned ks_normalize_topics(const char *text, size_t len) {
  return (ks_norm_cricket_text(text, len) ? KS_TOPIC_CRICKET : 0u) |
         (ks_norm_football_text(text, len) ? KS_TOPIC_FOOTBALL : 0u) |
         (ks_norm_lead_text(text, len) ? KS_TOPIC_LEAD : 0u) |
         (ks_norm_day_first_text(text, len) ? KS_TOPIC_DAY_FIRST : 0u) |
         (ks_norm_gaelic_text(text, len) ? KS_TOPIC_GAELIC_GAMES : 0u) |
         (ks_norm_quake_text(text, len) ? KS_TOPIC_QUAKE : 0u) |
         (ks_norm_south_africa_text(text, len) ? KS_TOPIC_SOUTH_AFRICA : 0u) |
         (ks_norm_golf_text(text, len) ? KS_TOPIC_GOLF : 0u) |
         (ks_norm_hockey_text(text, len) ? KS_TOPIC_HOCKEY : 0u) |
         (ks_norm_racing_text(text, len) ? KS_TOPIC_RACING : 0u) |
         (ks_norm_recipe_text(text, len) ? KS_TOPIC_RECIPE : 0u) |
         (ks_norm_japan_text(text, len) ? KS_TOPIC_JAPAN : 0u) |
         (ks_norm_saudi_text(text, len) ? KS_TOPIC_SAUDI : 0u) |
         (ks_norm_peso_text(text, len) ? KS_TOPIC_PESO : 0u) |
         ks_norm_country_topics(text, len);
}

/* "R1,2-million", "€3,5 billion": South Africa's and much of Europe's
 * decimal comma before a scale word (a comma with one or two figures
 * after it parts no thousands). The comma becomes a stop, in place, so
 * every offset stays; into tmp, false when there is none. */
static bool decimal_commas(const struct ks_lang *lang, const char *text,
                           size_t len, struct ks_buf *tmp) {
  /* (and Tunisia's "MD", millions of dinars: "2,7 MD") */
  static const char *const scales[] = {"MD",      "MDT", "billion", "bn",
                                       "million", "trillion"};
  bool any = false;
  for (size_t i = 1; i + 2 < len; i++) {
    size_t a = i, e = i + 1, w;
    if (text[i] != ',' || !ks_is_digit((unsigned char)text[i - 1]) ||
        !ks_is_digit((unsigned char)text[i + 1]))
      continue;
    while (a > 0 && ks_is_digit((unsigned char)text[a - 1]))
      a--;
    while (e < len && ks_is_digit((unsigned char)text[e]))
      e++;
    /* "35.000,00 MT", "R$ 1.250,50": thousands parted by stops and a
     * decimal comma, as Portuguese, Spanish and German write them (no
     * English number has a comma after its stops): the marks swap, in
     * place */
    if (i - a == 3 && e - i - 1 <= 2 && a >= 2 && text[a - 1] == '.' &&
        !(e < len && (ks_is_digit((unsigned char)text[e]) ||
                      ((text[e] == ',' || text[e] == '.') && e + 1 < len &&
                       ks_is_digit((unsigned char)text[e + 1]))))) {
      size_t b = a - 1, lead;
      while (b >= 4 && text[b] == '.' &&
             ks_is_digit((unsigned char)text[b - 1]) &&
             ks_is_digit((unsigned char)text[b - 2]) &&
             ks_is_digit((unsigned char)text[b - 3]) &&
             b >= 5 && text[b - 4] == '.')
        b -= 4;
      for (lead = 0; lead < 4 && b > lead &&
                     ks_is_digit((unsigned char)text[b - 1 - lead]);
           lead++)
        ;
      if (text[b] == '.' && lead >= 1 && lead <= 3 &&
          !(b - lead > 0 && (ks_is_alnum((unsigned char)text[b - lead - 1]) ||
                             text[b - lead - 1] == ',' ||
                             text[b - lead - 1] == '.'))) {
        if (!any) {
          ks_buf_clear(tmp);
          ks_buf_put(tmp, text, len);
          any = true;
        }
        for (size_t k = b - lead; k < i; k++)
          if (tmp->ptr[k] == '.')
            tmp->ptr[k] = ',';
        tmp->ptr[i] = '.';
      }
      continue;
    }
    if (i - a > 3 || e - i - 1 > 2 ||
        (a > 0 && (text[a - 1] == ',' || text[a - 1] == '.')))
      continue;
    /* "5,7%", "$ 26,50": before a percentage sign, or two figures after
     * the comma of an amount after the dollar's or the euro's sign, a
     * decimal comma (no thousands have fewer than three figures) */
    size_t s0 = a > 0 && text[a - 1] == ' ' ? a - 1 : a;
    bool sign = (s0 > 0 && text[s0 - 1] == '$') ||
                (s0 >= 3 && !memcmp(text + s0 - 3, "\xE2\x82\xAC", 3));
    bool dec = (e < len && text[e] == '%') ||
               (sign && e - i - 1 == 2 &&
                (e == len || !(ks_is_alnum((unsigned char)text[e]) ||
                               text[e] == ',' || text[e] == '.' ||
                               text[e] == '%')));
    w = e + 1;
    /* (and before a unit's abbreviation, one figure after the comma: "about
     * 3,5 km away", "a 2,5 m wall"; a list's "3,5" has no unit) */
    const char *ue;
    const struct ks_unit *u;
    if (!dec && e + 1 < len && text[e] == ' ' && e - i - 1 == 1 &&
        i - a <= 2 &&
        (u = ks_norm_scan_unit(lang, text + w, text + len, &ue)) != NULL &&
        (ue == text + len || !ks_is_alnum((unsigned char)*ue)) &&
        strlen(u->abbr) <= 3 && !ks_is_upper((unsigned char)u->abbr[0]))
      dec = true;
    for (size_t k = 0; !dec && e + 1 < len && (text[e] == ' ' || text[e] == '-') &&
                       k < sizeof scales / sizeof scales[0];
         k++) {
      size_t sl = strlen(scales[k]);
      dec = w + sl <= len && !memcmp(text + w, scales[k], sl) &&
            (w + sl == len || !ks_is_alnum((unsigned char)text[w + sl]));
    }
    if (!dec)
      continue;
    if (!any) {
      ks_buf_clear(tmp);
      ks_buf_put(tmp, text, len);
      any = true;
    }
    tmp->ptr[i] = '.';
  }
  return any;
}

void ks_normalize_in(const char *text, size_t len, const struct ks_lang *lang,
                     unsigned topics, struct ks_buf *out,
                     struct ks_align *map) {
  struct ks_buf clean = KS_BUF_INIT;
  struct norm n;
  struct ks_buf grouped = KS_BUF_INIT, commas = KS_BUF_INIT;
  size_t first;
  if (drop_replacement_chars(text, len, &clean)) {
    text = clean.ptr;
    len = clean.len;
  }
  if ((!lang || lang->rules == KS_RULES_EN) &&
      decimal_commas(lang, text, len, &commas)) {
    text = commas.ptr;
    len = commas.len;
  }
  /* English only: elsewhere a comma is the decimal mark ("41,5") */
  if ((!lang || lang->rules == KS_RULES_EN) &&
      group_thousands(lang ? lang : ks_lang_get("en"), topics, text, len,
                      &grouped)) {
    text = grouped.ptr;
    len = grouped.len;
  }
  memset(&n, 0, sizeof n);
  n.s = n.text = text;
  n.map = map;
  n.end = text + len;
  n.qpos = text;
  n.chunk_end = text;
  n.lang = lang ? lang : ks_lang_get("en");
  n.out = out;
  n.base = out->len;
  n.topics = topics;
  /* skip leading white space so the sentence starts at n.s */
  while (n.s < n.end && ks_is_space((unsigned char)*n.s))
    n.s++;
  first = map ? map->n : 0;
  normalize_run(&n);
  while (out->len > n.base && out->ptr[out->len - 1] == ' ')
    ks_buf_truncate(out, out->len - 1);
  unstop_initialisms(out, n.base);
  if (n.lang->rules == KS_RULES_EN && (topics & KS_TOPIC_DAY_FIRST))
    and_in_groups(out, n.base, map, first);
  if (n.lang->rules == KS_RULES_EN) {
    drop_echoed_brackets(out, n.base, map, first);
    fold_unsayable(out, n.base, map, first, n.lang->tag);
  }
  if (map)
    ks_align_add(map, out->len - n.base, len);
  ks_buf_free(&clean);
  ks_buf_free(&grouped);
  ks_buf_free(&commas);
}

bool ks_normalize_date(const char *iso, const struct ks_lang *lang, bool spoken,
                       struct ks_buf *out) {
  const char *p = iso, *end;
  unsigned y, m = 0, d = 0;
  struct norm n;
  const char *const *months;

  if (!iso)
    return false;
  end = iso + strlen(iso);
  if (end - p < 4 || digit_end(p, end) - p != 4)
    return false;
  y = small_val(p, p + 4);
  p += 4;
  if (p < end && *p == '-') {
    const char *e = digit_end(p + 1, end);
    if (e - p != 3)
      return false;
    m = small_val(p + 1, e);
    p = e;
    if (m < 1 || m > 12)
      return false;
    if (p < end && *p == '-') {
      e = digit_end(p + 1, end);
      if (e - p != 3)
        return false;
      d = small_val(p + 1, e);
      if (d < 1 || d > 31)
        return false;
      p = e;
    }
  }
  if (p < end && *p != 'T' && *p != ' ')
    return false;
  if (y < 1000)
    return false;
  memset(&n, 0, sizeof n);
  /* the spoken form is English; a written one takes the language's months */
  n.lang = lang && lang->rules == KS_RULES_EN ? lang : &ks_lang_en;
  n.out = out;
  n.base = out->len;
  if (!spoken && lang && lang->months)
    n.lang = lang;
  months = n.lang->months ? n.lang->months : ks_lang_en.months;
  if (!spoken && m && d && months) /* "December 3, 2024" */
    ks_buf_printf(out, "%s %u, %u", months[m - 1], d, y);
  else if (!spoken && m && months)
    ks_buf_printf(out, "%s %u", months[m - 1], y);
  else if (!spoken)
    ks_buf_printf(out, "%u", y);
  else if (m)
    ks_norm_say_month_day(&n, (int)m, d, y);
  else
    ks_num_year(out, y);
  return true;
}
