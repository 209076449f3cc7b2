/* lang_en_words.c - English words the normaliser says: units, currencies,
 * scale words, street types, US states, words around roman numerals.
 * SPDX-License-Identifier: MIT
 */
#include "lang_en_words.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Units after a number. Matched case-sensitively, longest first within a
 * shared prefix, and only when no letter follows. */
const struct ks_unit ks_en_units[] = {
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"km²", "square kilometer", "square kilometers"},
    {"km2", "square kilometer", "square kilometers"},
    {"km³", "cubic kilometer", "cubic kilometers"},
    {"kmh", "kilometer per hour", "kilometers per hour"},
    {"kph", "kilometer per hour", "kilometers per hour"},
    {"km", "kilometer", "kilometers"},
    {"kg", "kilogram", "kilograms"},
    {"KG", "kilogram", "kilograms"},
    {"kWh", "kilowatt hour", "kilowatt hours"},
    {"kW", "kilowatt", "kilowatts"},
    {"kHz", "kilohertz", "kilohertz"},
    {"kt", "knot", "knots"},
    {"m²", "square meter", "square meters"},
    {"m2", "square meter", "square meters"},
    {"m³", "cubic meter", "cubic meters"},
    {"m/s", "meter per second", "meters per second"},
    {"mph", "mile per hour", "miles per hour"},
    {"mm", "millimeter", "millimeters"},
    {"mg", "milligram", "milligrams"},
    {"ml", "milliliter", "milliliters"},
    {"mbps", "megabit per second", "megabits per second"},
    {"Mbps", "megabit per second", "megabits per second"},
    {"Gbps", "gigabit per second", "gigabits per second"},
    {"mi", "mile", "miles"},
    {"m", "meter", "meters"},
    {"cm", "centimeter", "centimeters"},
    {"cc", "cubic centimeter", "cubic centimeters"},
    {"g", "gram", "grams"},
    {"lbs", "pound", "pounds"},
    {"lb", "pound", "pounds"},
    {"oz", "ounce", "ounces"},
    {"ft", "foot", "feet"},
    {"sq", "square", "square"},
    {"ha", "hectare", "hectares"},
    {"MW", "megawatt", "megawatts"},
    {"GW", "gigawatt", "gigawatts"},
    {"MHz", "megahertz", "megahertz"},
    {"GHz", "gigahertz", "gigahertz"},
    {"Hz", "hertz", "hertz"},
    {"GB", "gigabyte", "gigabytes"},
    {"MB", "megabyte", "megabytes"},
    {"TB", "terabyte", "terabytes"},
    {"°C", "degree Celsius", "degrees Celsius"},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"ºC", "degree Celsius", "degrees Celsius"},
    {"ºF", "degree Fahrenheit", "degrees Fahrenheit"},
    {"°", "degree", "degrees"},
    {"º", "degree", "degrees"},
};
const size_t ks_en_n_units = N_OF(ks_en_units);

/* Currencies: written before the amount ($5, UAH 1,000) or after it. */
const struct ks_currency ks_en_currencies[] = {
    {"US$", "dollar", "dollars", "cent", "cents"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"€", "euro", "euros", "cent", "cents"},
    {"£", "pound", "pounds", "penny", "pence"},
    {"¥", "yen", "yen", NULL, NULL},
    {"₩", "won", "won", NULL, NULL},
    {"₴", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"₹", "rupee", "rupees", NULL, NULL},
    {"₽", "ruble", "rubles", "kopek", "kopeks"},
    {"USD", "dollar", "dollars", "cent", "cents"},
    {"EUR", "euro", "euros", "cent", "cents"},
    {"GBP", "pound", "pounds", "penny", "pence"},
    {"UAH", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"JPY", "yen", "yen", NULL, NULL},
    {"CHF", "Swiss franc", "Swiss francs", NULL, NULL},
};
const size_t ks_en_n_currencies = N_OF(ks_en_currencies);

/* Scale words after an amount: "$4.5 billion", "€20bn", "£3m". */
const struct ks_en_pair ks_en_scales[] = {
    {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"},
    {"trillion", "trillion"}, {"bn", "billion"},      {"mn", "million"},
    {"tn", "trillion"},       {"trn", "trillion"},    {"m", "million"},
    {"b", "billion"},         {"B", "billion"},       {"k", "thousand"},
    {"K", "thousand"},        {"M", "million"},       {"T", "trillion"},
};
const size_t ks_en_n_scales = N_OF(ks_en_scales);

/* "$20/mo": the period after a slash. */
const struct ks_en_pair ks_en_per_words[] = {
    {"mo", "month"}, {"month", "month"}, {"yr", "year"},  {"year", "year"},
    {"wk", "week"},  {"week", "week"},   {"d", "day"},    {"day", "day"},
    {"hr", "hour"},  {"h", "hour"},      {"hour", "hour"}};
const size_t ks_en_n_per_words = N_OF(ks_en_per_words);

/* Street types, read "Street" after a name and before no name ("Elm St.").
 * St and Dr otherwise come from the language's title table. */
const struct ks_en_pair ks_en_streets[] = {
    {"St", "Street"},      {"Dr", "Drive"},    {"Ave", "Avenue"},
    {"Blvd", "Boulevard"}, {"Rd", "Road"},     {"Ln", "Lane"},
    {"Ct", "Court"},       {"Hwy", "Highway"}, {"Expy", "Expressway"},
    {"Pl", "Place"},       {"Sq", "Square"}};
const size_t ks_en_n_streets = N_OF(ks_en_streets);

/* US postal codes, read after "City, " in an address. DC stays letters. */
const struct ks_en_pair ks_en_states[] = {
    {"AK", "Alaska"},         {"AL", "Alabama"},      {"AR", "Arkansas"},
    {"AZ", "Arizona"},        {"CA", "California"},   {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},     {"FL", "Florida"},
    {"GA", "Georgia"},        {"HI", "Hawaii"},       {"IA", "Iowa"},
    {"ID", "Idaho"},          {"IL", "Illinois"},     {"IN", "Indiana"},
    {"KS", "Kansas"},         {"KY", "Kentucky"},     {"LA", "Louisiana"},
    {"MA", "Massachusetts"},  {"MD", "Maryland"},     {"ME", "Maine"},
    {"MI", "Michigan"},       {"MN", "Minnesota"},    {"MO", "Missouri"},
    {"MS", "Mississippi"},    {"MT", "Montana"},      {"NC", "North Carolina"},
    {"ND", "North Dakota"},   {"NE", "Nebraska"},     {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},     {"NM", "New Mexico"},   {"NV", "Nevada"},
    {"NY", "New York"},       {"OH", "Ohio"},         {"OK", "Oklahoma"},
    {"OR", "Oregon"},         {"PA", "Pennsylvania"}, {"RI", "Rhode Island"},
    {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
    {"TX", "Texas"},          {"UT", "Utah"},         {"VA", "Virginia"},
    {"VT", "Vermont"},        {"WA", "Washington"},   {"WI", "Wisconsin"},
    {"WV", "West Virginia"},  {"WY", "Wyoming"}};
const size_t ks_en_n_states = N_OF(ks_en_states);

/* Words after which a roman numeral is a plain number ("World War II",
 * "Chapter IV"); after any other name it is a regnal "the third". */
const char *const ks_en_roman_cardinal_after[] = {
    "act",   "amendment", "apollo",   "article", "book",    "bowl",   "chapter",
    "class", "division",  "episode",  "grade",   "league",  "level",  "part",
    "phase", "round",     "schedule", "season",  "section", "series", "stage",
    "title", "type",      "vatican",  "volume",  "war"};
const size_t ks_en_n_roman_cardinal_after = N_OF(ks_en_roman_cardinal_after);

/* Capitalised words that begin a sentence with "I" after them ("Then I
 * left", "Can I"): there "I" is the pronoun. */
const char *const ks_en_not_before_i[] = {
    "am",   "and",  "but",   "can",  "could", "did",  "do",    "had",
    "have", "here", "if",    "may",  "must",  "now",  "shall", "should",
    "so",   "then", "there", "when", "where", "will", "would", "yes"};
const size_t ks_en_n_not_before_i = N_OF(ks_en_not_before_i);

/* Fractions that are names, not quantities. */
const struct ks_en_pair ks_en_idioms[] = {{"9/11", "nine eleven"},
                                          {"24/7", "twenty-four seven"},
                                          {"50/50", "fifty-fifty"}};
const size_t ks_en_n_idioms = N_OF(ks_en_idioms);

/* Street types written in full, looked for after a house number. */
const char *const ks_en_street_names[] = {
    "Street", "Avenue",  "Road",       "Drive", "Lane",  "Boulevard",
    "Court",  "Highway", "Expressway", "Place", "Square"};
const size_t ks_en_n_street_names = N_OF(ks_en_street_names);

/* A compass letter after a house number, in the order "NSEW". */
const char *const ks_en_compass[4] = {"North", "South", "East", "West"};
