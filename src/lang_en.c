/* lang_en.c - English tables: abbreviations, months, weekdays, starters.
 * SPDX-License-Identifier: MIT
 */
#include "lang.h"

#include <string.h>

/* Shorthands for the kinds of abbreviation below; the segmenter reads the
 * flags, the normaliser reads the spoken forms. */
#define MONTH (KS_AB_MONTH | KS_AB_CAN_END)
#define WDAY (KS_AB_WEEKDAY | KS_AB_CAN_END)
#define TITLE KS_AB_TITLE
/* Dr. is Doctor before a name, Drive after one ("Elm Dr.") where it can end. */
#define DOCTOR (KS_AB_TITLE | KS_AB_CAN_END | KS_AB_WEAK)
/* Mt., Ft., St.: before a name (Mount, Fort, Saint); after one a street. */
#define PREFIX (KS_AB_TITLE | KS_AB_PLACE | KS_AB_CAN_END | KS_AB_WEAK)
#define PLACE (KS_AB_PLACE | KS_AB_CAN_END | KS_AB_WEAK)
#define SUFFIX (KS_AB_CAN_END | KS_AB_WEAK)
#define NUM (KS_AB_NUMBER | KS_AB_CAN_END | KS_AB_WEAK)
#define LATIN KS_AB_LATIN
#define LATIN_END (KS_AB_LATIN | KS_AB_CAN_END)
#define LATIN_WEAK (KS_AB_LATIN | KS_AB_CAN_END | KS_AB_WEAK)
#define ACRO (KS_AB_ACRONYM | KS_AB_CAN_END | KS_AB_WEAK)
#define TIME (KS_AB_TIME | KS_AB_CAN_END)

/* Sorted with ASCII case folded, then by bytes (see lang.h); the unit test
 * checks the order. */
static const struct ks_abbrev abbrevs[] = {
    {"a.k.a", "also known as", LATIN},
    {"a.m", NULL, TIME},
    {"Adm", "Admiral", TITLE},
    {"Ala", "Alabama", PLACE},
    {"Amb", "Ambassador", TITLE},
    {"approx", "approximately", LATIN},
    {"Apr", "April", MONTH},
    {"Ariz", "Arizona", PLACE},
    {"Ark", "Arkansas", PLACE},
    {"Art", "article", NUM},
    {"Assn", "Association", SUFFIX},
    {"Assoc", "Association", SUFFIX},
    {"Asst", "Assistant", TITLE},
    {"Atty", "Attorney", TITLE},
    {"Aug", "August", MONTH},
    {"Ave", "Avenue", PLACE},
    {"B.A", NULL, ACRO},
    {"B.Sc", NULL, ACRO},
    {"Blvd", "Boulevard", PLACE},
    {"Brig", "Brigadier", TITLE},
    {"Bros", "Brothers", SUFFIX},
    {"ca", "circa", LATIN},
    {"Calif", "California", PLACE},
    {"Capt", "Captain", TITLE},
    {"Cdr", "Commander", TITLE},
    {"cf", "compare", LATIN},
    {"Ch", "chapter", NUM},
    {"Chap", "chapter", NUM},
    {"Cmdr", "Commander", TITLE},
    {"Co", "Company", SUFFIX},
    {"Col", "Colonel", TITLE},
    {"Colo", "Colorado", PLACE},
    {"Comdr", "Commander", TITLE},
    {"Conn", "Connecticut", PLACE},
    {"Corp", "Corporation", SUFFIX},
    {"Cpl", "Corporal", TITLE},
    {"Cpt", "Captain", TITLE},
    {"cv", "cultivar", LATIN_WEAK},
    {"D.C", NULL, ACRO},
    {"Dec", "December", MONTH},
    {"Del", "Delaware", PLACE},
    {"Dept", "Department", SUFFIX},
    {"Det", "Detective", TITLE},
    {"Dr", NULL, DOCTOR},
    {"e.g", "for example", LATIN},
    {"E.U", NULL, ACRO},
    {"Ens", "Ensign", TITLE},
    {"Eq", "equation", NUM},
    {"Eqs", "equations", NUM},
    {"esp", "especially", LATIN},
    {"Esq", "Esquire", SUFFIX},
    {"est", NULL, LATIN},
    {"et al", NULL, LATIN_END},
    {"etc", "et cetera", LATIN_END},
    {"excl", "excluding", LATIN},
    {"Feb", "February", MONTH},
    {"Fig", "figure", NUM},
    {"Figs", "figures", NUM},
    {"Fla", "Florida", PLACE},
    {"Fr", "Father", TITLE},
    {"Fri", "Friday", WDAY},
    {"Ft", "Fort", PREFIX},
    {"Ga", "Georgia", PLACE},
    {"Gen", "General", TITLE},
    {"Gov", "Governor", TITLE},
    {"Govt", "Government", SUFFIX},
    {"Hon", "Honorable", TITLE},
    {"Hwy", "Highway", PLACE},
    {"i.e", "that is", LATIN},
    {"Ill", "Illinois", PLACE},
    {"Inc", NULL, SUFFIX},
    {"incl", "including", LATIN},
    {"Ind", "Indiana", PLACE},
    {"Insp", "Inspector", TITLE},
    {"Intl", "International", SUFFIX},
    {"Jan", "January", MONTH},
    {"Jr", "Junior", SUFFIX},
    {"Jul", "July", MONTH},
    {"Jun", "June", MONTH},
    {"Kan", "Kansas", PLACE},
    {"Ky", "Kentucky", PLACE},
    {"L.A", NULL, ACRO},
    {"La", "Louisiana", PLACE},
    {"Lieut", "Lieutenant", TITLE},
    {"Ln", "Lane", PLACE},
    {"Lt", "Lieutenant", TITLE},
    {"Ltd", "Limited", SUFFIX},
    {"M.A", NULL, ACRO},
    {"M.D", NULL, ACRO},
    {"M.Sc", NULL, ACRO},
    {"Maj", "Major", TITLE},
    {"Mar", "March", MONTH},
    {"Mass", "Massachusetts", PLACE},
    {"Md", "Maryland", PLACE},
    {"Messrs", NULL, TITLE},
    {"Mfg", "Manufacturing", SUFFIX},
    {"Mich", "Michigan", PLACE},
    {"Minn", "Minnesota", PLACE},
    {"Mlle", "Mademoiselle", TITLE},
    {"Mme", "Madame", TITLE},
    {"Mo", "Missouri", PLACE},
    {"Mon", "Monday", WDAY},
    {"Mont", "Montana", PLACE},
    {"Mr", NULL, TITLE},
    {"Mrs", NULL, TITLE},
    {"Ms", NULL, TITLE},
    {"Msgr", "Monsignor", TITLE},
    {"Mt", "Mount", PREFIX},
    {"N.C", NULL, ACRO},
    {"N.D", NULL, ACRO},
    {"N.H", NULL, ACRO},
    {"N.J", NULL, ACRO},
    {"N.M", NULL, ACRO},
    {"N.Y", NULL, ACRO},
    {"Natl", "National", SUFFIX},
    {"Neb", "Nebraska", PLACE},
    {"Nev", "Nevada", PLACE},
    {"No", "number", NUM},
    {"Nos", "numbers", NUM},
    {"Nov", "November", MONTH},
    {"N°", "number", NUM},
    {"Nº", "number", NUM},
    {"Oct", "October", MONTH},
    {"Okla", "Oklahoma", PLACE},
    {"Op", "opus", NUM},
    {"Ore", "Oregon", PLACE},
    {"p", "page", NUM},
    {"p.m", NULL, TIME},
    {"Pa", "Pennsylvania", PLACE},
    {"Pfc", "Private First Class", TITLE},
    {"Ph.D", NULL, ACRO},
    {"Pkwy", "Parkway", PLACE},
    {"pp", "pages", NUM},
    {"Pres", "President", TITLE},
    {"Prof", "Professor", TITLE},
    {"Pvt", "Private", TITLE},
    {"R.I", NULL, ACRO},
    {"Rd", "Road", PLACE},
    {"Ref", "reference", NUM},
    {"Refs", "references", NUM},
    {"Rep", "Representative", TITLE},
    {"Reps", "Representatives", TITLE},
    {"resp", "respectively", LATIN_WEAK},
    {"Rev", "Reverend", TITLE},
    {"Rt", "Right", TITLE},
    {"S.C", NULL, ACRO},
    {"S.D", NULL, ACRO},
    {"Sat", "Saturday", WDAY},
    {"Sec", NULL, NUM},
    {"Sect", "section", NUM},
    {"Sen", "Senator", TITLE},
    {"Sens", "Senators", TITLE},
    {"Sep", "September", MONTH},
    {"Sept", "September", MONTH},
    {"Sgt", "Sergeant", TITLE},
    {"sp", NULL, LATIN_WEAK},
    {"Spc", "Specialist", TITLE},
    {"spp", NULL, LATIN_WEAK},
    {"Sq", "Square", PLACE},
    {"Sr", "Senior", SUFFIX},
    {"St", NULL, PREFIX},
    {"subsp", "subspecies", LATIN_WEAK},
    {"Sun", "Sunday", WDAY},
    {"Suppl", "supplementary", NUM},
    {"Supt", "Superintendent", TITLE},
    {"Tab", "table", NUM},
    {"Tenn", "Tennessee", PLACE},
    {"Thu", "Thursday", WDAY},
    {"Thur", "Thursday", WDAY},
    {"Thurs", "Thursday", WDAY},
    {"Tue", "Tuesday", WDAY},
    {"Tues", "Tuesday", WDAY},
    {"U.A.E", NULL, ACRO},
    {"U.K", NULL, ACRO},
    {"U.N", NULL, ACRO},
    {"U.S", NULL, ACRO},
    {"U.S.A", NULL, ACRO},
    {"U.S.S.R", NULL, ACRO},
    {"Univ", "University", SUFFIX},
    {"v", "versus", LATIN},
    {"Va", "Virginia", PLACE},
    {"viz", "namely", LATIN},
    {"Vol", "volume", NUM},
    {"Vols", "volumes", NUM},
    {"vs", "versus", LATIN},
    {"Vt", "Vermont", PLACE},
    {"W.Va", "West Virginia", PLACE},
    {"Wash", "Washington", PLACE},
    {"Wed", "Wednesday", WDAY},
    {"Weds", "Wednesday", WDAY},
    {"Wis", "Wisconsin", PLACE},
    {"Wyo", "Wyoming", PLACE},
};

static const char *const months[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

static const char *const weekdays[7] = {"Monday",   "Tuesday", "Wednesday",
                                        "Thursday", "Friday",  "Saturday",
                                        "Sunday"};

/* Function words that begin sentences far more often than they continue a
 * name; names that are also words ("May", "Will", "Bill") are left out. */
static const char *const starters[] = {"A",
                                       "About",
                                       "According",
                                       "Additionally",
                                       "After",
                                       "Afterwards",
                                       "Again",
                                       "Against",
                                       "Ahead",
                                       "All",
                                       "Almost",
                                       "Along",
                                       "Already",
                                       "Also",
                                       "Although",
                                       "Altogether",
                                       "Amid",
                                       "Among",
                                       "An",
                                       "And",
                                       "Another",
                                       "Any",
                                       "Anyone",
                                       "Are",
                                       "As",
                                       "At",
                                       "Because",
                                       "Before",
                                       "Being",
                                       "Both",
                                       "But",
                                       "By",
                                       "Can",
                                       "Collectively",
                                       "Consequently",
                                       "Could",
                                       "Currently",
                                       "Despite",
                                       "Did",
                                       "Do",
                                       "Does",
                                       "During",
                                       "Each",
                                       "Earlier",
                                       "Either",
                                       "Even",
                                       "Eventually",
                                       "Every",
                                       "Everyone",
                                       "Everything",
                                       "Few",
                                       "Finally",
                                       "First",
                                       "Following",
                                       "For",
                                       "From",
                                       "Further",
                                       "Furthermore",
                                       "Had",
                                       "Has",
                                       "Have",
                                       "He",
                                       "Hence",
                                       "Her",
                                       "Here",
                                       "Herein",
                                       "His",
                                       "How",
                                       "However",
                                       "I",
                                       "If",
                                       "Importantly",
                                       "In",
                                       "Indeed",
                                       "Instead",
                                       "Interestingly",
                                       "Is",
                                       "It",
                                       "Its",
                                       "Just",
                                       "Last",
                                       "Later",
                                       "Let",
                                       "Like",
                                       "Many",
                                       "Meanwhile",
                                       "Moreover",
                                       "Most",
                                       "Much",
                                       "My",
                                       "Neither",
                                       "Never",
                                       "Nevertheless",
                                       "Next",
                                       "No",
                                       "None",
                                       "Nor",
                                       "Not",
                                       "Notably",
                                       "Nothing",
                                       "Now",
                                       "Of",
                                       "On",
                                       "Once",
                                       "One",
                                       "Only",
                                       "Or",
                                       "Other",
                                       "Others",
                                       "Our",
                                       "Over",
                                       "Overall",
                                       "Perhaps",
                                       "Please",
                                       "Previously",
                                       "Rather",
                                       "Recently",
                                       "Second",
                                       "Several",
                                       "She",
                                       "Should",
                                       "Similarly",
                                       "Since",
                                       "So",
                                       "Some",
                                       "Someone",
                                       "Something",
                                       "Sometimes",
                                       "Soon",
                                       "Specifically",
                                       "Still",
                                       "Such",
                                       "Taken",
                                       "That",
                                       "The",
                                       "Their",
                                       "Then",
                                       "There",
                                       "Therefore",
                                       "These",
                                       "They",
                                       "This",
                                       "Those",
                                       "Though",
                                       "Thus",
                                       "To",
                                       "Today",
                                       "Together",
                                       "Tomorrow",
                                       "Too",
                                       "Under",
                                       "Unlike",
                                       "Until",
                                       "Upon",
                                       "Using",
                                       "Was",
                                       "We",
                                       "Were",
                                       "What",
                                       "Whatever",
                                       "When",
                                       "Where",
                                       "Whether",
                                       "Which",
                                       "While",
                                       "Who",
                                       "Whose",
                                       "Why",
                                       "With",
                                       "Within",
                                       "Without",
                                       "Would",
                                       "Yes",
                                       "Yesterday",
                                       "Yet",
                                       "You",
                                       "Your"};

static const char *const time_preps[] = {
    "About",   "After", "Around",   "At",   "Before", "Beginning",
    "By",      "Early", "From",     "Just", "Late",   "On",
    "Shortly", "Since", "Starting", "Till", "Until"};

static const char *const name_preps[] = {"and",  "by", "for",  "from", "of",
                                         "said", "to", "told", "with"};

static const struct ks_lang english = {"en",
                                       abbrevs,
                                       sizeof abbrevs / sizeof abbrevs[0],
                                       months,
                                       weekdays,
                                       starters,
                                       sizeof starters / sizeof starters[0],
                                       time_preps,
                                       sizeof time_preps / sizeof time_preps[0],
                                       name_preps,
                                       sizeof name_preps /
                                           sizeof name_preps[0]};

const struct ks_lang *ks_lang_get(const char *tag) {
  (void)tag; /* only English so far */
  return &english;
}

static int fold(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Compare word[0..len) with the NUL-terminated s, ASCII case folded. */
static int cmp_folded(const char *word, size_t len, const char *s) {
  for (size_t i = 0; i < len; i++) {
    int a = fold((unsigned char)word[i]), b = fold((unsigned char)s[i]);
    if (b == 0 || a != b)
      return b == 0 ? 1 : a - b;
  }
  return s[len] ? -1 : 0;
}

const struct ks_abbrev *ks_lang_abbrev(const struct ks_lang *lang,
                                       const char *word, size_t len) {
  size_t lo = 0, hi = lang->n_abbrevs;

  /* Lower bound of the entries equal to word once case is folded; the
   * exact spelling, if any, is among them. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp_folded(word, len, lang->abbrevs[mid].word) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t i = lo;
       i < lang->n_abbrevs && cmp_folded(word, len, lang->abbrevs[i].word) == 0;
       i++)
    if (!memcmp(lang->abbrevs[i].word, word, len))
      return &lang->abbrevs[i];
  if (lo < lang->n_abbrevs &&
      cmp_folded(word, len, lang->abbrevs[lo].word) == 0)
    return &lang->abbrevs[lo];
  return NULL;
}

bool ks_lang_in_list(const char *const *list, size_t n, const char *word,
                     size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *s = list[mid];
    int c = strncmp(s, word, len);
    if (c == 0)
      c = s[len] ? 1 : 0;
    if (c == 0)
      return true;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}
