/* de.c - German: abbreviations (with the words they stand for), months,
 * words that start sentences, and the counted nouns the normaliser says
 * (units, currencies, scale words).
 * SPDX-License-Identifier: MIT
 *
 * A spoken form ending in '-' is an adjective's stem ("sogenannt-"): the
 * normaliser adds the ending the article before it calls for.
 */
#include "lang.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

#define MONTH (KS_AB_MONTH | KS_AB_CAN_END)
#define TITLE KS_AB_TITLE
#define PLACE (KS_AB_PLACE | KS_AB_CAN_END | KS_AB_WEAK)
#define SUFFIX (KS_AB_CAN_END | KS_AB_WEAK)
#define NUM (KS_AB_NUMBER | KS_AB_CAN_END | KS_AB_WEAK)
#define LATIN KS_AB_LATIN
#define LATIN_END (KS_AB_LATIN | KS_AB_CAN_END)

/* Sorted by ks_lang_cmp_folded, then by bytes (the unit test checks). An
 * abbreviation of several words is written with ". " between them. */
static const struct ks_abbrev abbrevs[] = {
    {"a. D", "außer Dienst", SUFFIX},
    {"Abb", "Abbildung", NUM},
    {"Abs", "Absatz", NUM},
    {"allg", "allgemein", LATIN},
    {"Anm", "Anmerkung", NUM},
    {"Apr", "April", MONTH},
    {"Art", "Artikel", NUM},
    {"Aug", "August", MONTH},
    {"Bd", "Band", NUM},
    {"Bhf", "Bahnhof", PLACE},
    {"bspw", "beispielsweise", LATIN},
    {"bzw", "beziehungsweise", LATIN},
    {"ca", "zirka", LATIN},
    {"Chr", "Christus", SUFFIX},
    {"d. h", "das heißt", LATIN},
    {"Dez", "Dezember", MONTH},
    {"Dipl", "Diplom", TITLE},
    {"Dr", "Doktor", TITLE},
    {"dt", "deutsch-", LATIN},
    {"e. V", "eingetragener Verein", SUFFIX},
    {"ehem", "ehemalig-", LATIN},
    {"etc", "et cetera", LATIN_END},
    {"evtl", "eventuell", LATIN},
    {"Feb", "Februar", MONTH},
    {"Fr", "Frau", TITLE},
    {"geb", "geboren", LATIN},
    {"gem", "gemäß", LATIN},
    {"gest", "gestorben", LATIN},
    {"ggf", "gegebenenfalls", LATIN},
    {"Hbf", "Hauptbahnhof", PLACE},
    {"Hr", "Herr", TITLE},
    {"Hrsg", "Herausgeber", SUFFIX},
    {"i. d. R", "in der Regel", LATIN},
    {"i. R", "im Ruhestand", SUFFIX},
    {"inkl", "inklusive", LATIN},
    {"insb", "insbesondere", LATIN},
    {"Jan", "Januar", MONTH},
    {"Jg", "Jahrgang", NUM},
    {"Jh", "Jahrhundert", SUFFIX},
    {"Jhd", "Jahrhundert", SUFFIX},
    {"Jul", "Juli", MONTH},
    {"Jun", "Juni", MONTH},
    {"Kap", "Kapitel", NUM},
    {"lt", "laut", LATIN},
    {"max", "maximal", LATIN},
    {"Mio", "Millionen", SUFFIX},
    {"Mrd", "Milliarden", SUFFIX},
    {"Mär", "März", MONTH},
    {"n. Chr", "nach Christus", SUFFIX},
    {"Nov", "November", MONTH},
    {"Nr", "Nummer", NUM},
    {"Nrn", "Nummern", NUM},
    {"o. g", "oben genannt-", LATIN},
    {"o. Ä", "oder Ähnliches", LATIN_END},
    {"Okt", "Oktober", MONTH},
    {"Prof", "Professor", TITLE},
    {"rd", "rund", LATIN},
    {"S", "Seite", NUM},
    {"s. o", "siehe oben", LATIN_END},
    {"s. u", "siehe unten", LATIN_END},
    {"Sep", "September", MONTH},
    {"Sept", "September", MONTH},
    {"sog", "sogenannt-", LATIN},
    {"St", "Sankt", TITLE},
    {"Std", "Stunden", SUFFIX},
    {"stellv", "stellvertretend-", LATIN},
    {"Str", "Straße", PLACE},
    {"Tel", "Telefon", NUM},
    {"Tsd", "Tausend", SUFFIX},
    {"u. a", "unter anderem", LATIN},
    {"u. U", "unter Umständen", LATIN},
    {"u. Ä", "und Ähnliches", LATIN_END},
    {"usw", "und so weiter", LATIN_END},
    {"v. a", "vor allem", LATIN},
    {"v. Chr", "vor Christus", SUFFIX},
    {"vgl", "vergleiche", LATIN},
    {"z. B", "zum Beispiel", LATIN},
    {"z. T", "zum Teil", LATIN},
    {"Ziff", "Ziffer", NUM},
    {"zzgl", "zuzüglich", LATIN},
};

/* "Hauptstr.", "Bahnhofstr.": the end of a compound. */
static const struct ks_abbrev suffixes[] = {
    {"str", "straße", PLACE},
};

static const char *const months[12] = {
    "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
    "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

static const char *const weekdays[7] = {"Montag",     "Dienstag", "Mittwoch",
                                        "Donnerstag", "Freitag",  "Samstag",
                                        "Sonntag"};

/* Words that begin sentences far more often than they follow an ordinal
 * number or an abbreviation, sorted by strcmp. */
static const char *const starters[] = {
    "Aber",       "Alle",     "Allerdings", "Als",     "Am",      "Auch",
    "Auf",        "Aus",      "Außerdem",   "Bei",     "Bereits", "Bis",
    "Da",         "Dabei",    "Dafür",      "Daher",   "Damals",  "Damit",
    "Danach",     "Dann",     "Darauf",     "Darüber", "Das",     "Dass",
    "Davor",      "Dazu",     "Dem",        "Den",     "Denn",    "Dennoch",
    "Der",        "Deshalb",  "Die",        "Dies",    "Diese",   "Dieser",
    "Dieses",     "Doch",     "Dort",       "Du",      "Durch",   "Ein",
    "Eine",       "Einen",    "Einer",      "Einige",  "Er",      "Es",
    "Etwa",       "Für",      "Gegen",      "Gestern", "Heute",   "Hier",
    "Ich",        "Ihr",      "Ihre",       "Im",      "In",      "Insgesamt",
    "Inzwischen", "Jedoch",   "Jetzt",      "Kein",    "Keine",   "Laut",
    "Man",        "Mehr",     "Mit",        "Morgen",  "Nach",    "Nachdem",
    "Neben",      "Noch",     "Nun",        "Nur",     "Ob",      "Obwohl",
    "Oder",       "Schon",    "Sein",       "Seine",   "Seit",    "Sie",
    "So",         "Sowohl",   "Später",     "Trotz",   "Um",      "Und",
    "Unser",      "Unter",    "Viele",      "Vom",     "Von",     "Vor",
    "Wann",       "Warum",    "Was",        "Weil",    "Wenn",    "Wer",
    "Wie",        "Wir",      "Wo",         "Während", "Zudem",   "Zuletzt",
    "Zum",        "Zunächst", "Zur",        "Zuvor",   "Zwar",    "Über"};

/* Lower-case words often followed by a name ("von J. Schmidt"). */
static const char *const name_preps[] = {"an",  "bei", "durch", "für",
                                         "mit", "und", "von",   "vor"};

/* Verbs of saying after a quotation ("... los!", sagte Anna Roth). */
static const char *const say_verbs[] = {
    "betonte", "erklärte", "fragte", "meinte", "rief", "sagte", "schrieb"};

/* What follows a number. German units do not change after "eins" but for
 * feminine nouns; a fraction takes the plural ("1,5 Millionen"). */
#define U(w, one, many, g)                                                     \
  { w, one, NULL, many, NULL, NULL, NULL, NULL, g, 0, KS_CT_UNIT }
#define SCALE(w, one, many, g)                                                 \
  { w, one, NULL, many, NULL, NULL, NULL, NULL, g, 0, KS_CT_SCALE }
#define MONEY(w, one, many, minor, mg, f)                                      \
  {                                                                            \
    w, one, NULL, many, NULL, minor, NULL, minor, KS_MASC, mg,                 \
        KS_CT_CURRENCY | (f)                                                   \
  }
static const struct ks_counted counted[] = {
    U("%", "Prozent", "Prozent", KS_NEUT),
    MONEY("$", "Dollar", "Dollar", "Cent", KS_MASC, KS_CT_PREFIX),
    U("°C", "Grad Celsius", "Grad Celsius", KS_MASC),
    U("°", "Grad", "Grad", KS_MASC),
    MONEY("£", "Pfund", "Pfund", "Pence", KS_MASC, KS_CT_PREFIX),
    MONEY("€", "Euro", "Euro", "Cent", KS_MASC, KS_CT_PREFIX),
    MONEY("CHF", "Franken", "Franken", "Rappen", KS_MASC, KS_CT_PREFIX),
    MONEY("Dollar", "Dollar", "Dollar", "Cent", KS_MASC, 0),
    MONEY("EUR", "Euro", "Euro", "Cent", KS_MASC, KS_CT_PREFIX),
    MONEY("Euro", "Euro", "Euro", "Cent", KS_MASC, 0),
    U("GWh", "Gigawattstunde", "Gigawattstunden", KS_FEM),
    U("GW", "Gigawatt", "Gigawatt", KS_NEUT),
    U("MWh", "Megawattstunde", "Megawattstunden", KS_FEM),
    U("MW", "Megawatt", "Megawatt", KS_NEUT),
    U("Min.", "Minute", "Minuten", KS_FEM),
    SCALE("Mio.", "Million", "Millionen", KS_FEM),
    SCALE("Mio", "Million", "Millionen", KS_FEM),
    SCALE("Mrd.", "Milliarde", "Milliarden", KS_FEM),
    SCALE("Mrd", "Milliarde", "Milliarden", KS_FEM),
    U("Std.", "Stunde", "Stunden", KS_FEM),
    U("TWh", "Terawattstunde", "Terawattstunden", KS_FEM),
    SCALE("Tsd.", "Tausend", "Tausend", KS_NEUT),
    MONEY("US-Dollar", "US-Dollar", "US-Dollar", "Cent", KS_MASC, 0),
    U("cm", "Zentimeter", "Zentimeter", KS_MASC),
    U("g", "Gramm", "Gramm", KS_NEUT),
    U("ha", "Hektar", "Hektar", KS_MASC),
    U("kWh", "Kilowattstunde", "Kilowattstunden", KS_FEM),
    U("kW", "Kilowatt", "Kilowatt", KS_NEUT),
    U("kg", "Kilogramm", "Kilogramm", KS_NEUT),
    U("km/h", "Kilometer pro Stunde", "Kilometer pro Stunde", KS_MASC),
    U("km²", "Quadratkilometer", "Quadratkilometer", KS_MASC),
    U("km", "Kilometer", "Kilometer", KS_MASC),
    U("l", "Liter", "Liter", KS_MASC),
    U("m²", "Quadratmeter", "Quadratmeter", KS_MASC),
    U("m³", "Kubikmeter", "Kubikmeter", KS_MASC),
    U("mg", "Milligramm", "Milligramm", KS_NEUT),
    U("ml", "Milliliter", "Milliliter", KS_MASC),
    U("mm", "Millimeter", "Millimeter", KS_MASC),
    U("m", "Meter", "Meter", KS_MASC),
    U("t", "Tonne", "Tonnen", KS_FEM),
};

const struct ks_lang ks_lang_de = {
    .tag = "de",
    .rules = KS_RULES_DE,
    .abbrevs = abbrevs,
    .n_abbrevs = N_OF(abbrevs),
    .months = months,
    .weekdays = weekdays,
    .starters = starters,
    .n_starters = N_OF(starters),
    .name_preps = name_preps,
    .n_name_preps = N_OF(name_preps),
    .say_verbs = say_verbs,
    .n_say_verbs = N_OF(say_verbs),
    .suffixes = suffixes,
    .n_suffixes = N_OF(suffixes),
    .ordinal_dot = true,
    .counted = counted,
    .n_counted = N_OF(counted),
    .web_dot = "Punkt",
    .web_at = "ät",
    .web_slash = "Slash",
};
