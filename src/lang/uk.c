/* uk.c - Ukrainian: abbreviations (with the words they stand for), months
 * as a date writes them, words that start sentences, and the counted nouns
 * the normaliser says in their three forms (одна гривня, дві гривні, п'ять
 * гривень) and after a fraction (півтори гривні).
 * SPDX-License-Identifier: MIT
 *
 * A spoken form ending in '-' is an adjective's stem ("так зван-"): the
 * normaliser adds the ending the noun after it calls for.
 */
#include "lang.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

#define TITLE KS_AB_TITLE
#define TOWN (KS_AB_TITLE | KS_AB_CAN_END | KS_AB_WEAK)
#define PLACE (KS_AB_PLACE | KS_AB_CAN_END | KS_AB_WEAK)
#define SUFFIX (KS_AB_CAN_END | KS_AB_WEAK)
#define NUM (KS_AB_NUMBER | KS_AB_CAN_END | KS_AB_WEAK)
#define LATIN KS_AB_LATIN
#define LATIN_END (KS_AB_LATIN | KS_AB_CAN_END)

/* Sorted by ks_lang_cmp_folded, then by bytes (the unit test checks). An
 * abbreviation of several words is written with ". " between them. */
static const struct ks_abbrev abbrevs[] = {
    {"акад", "академік", TITLE},
    {"буд", "будинок", NUM},
    {"бульв", "бульвар", PLACE},
    {"вул", "вулиця", PLACE},
    {"див", "дивіться", LATIN},
    {"зокр", "зокрема", LATIN},
    {"кв", "квартира", NUM},
    {"корп", "корпус", NUM},
    {"м", "місто", TOWN},
    {"н. е", "нашої ери", SUFFIX},
    {"напр", "наприклад", LATIN},
    {"обл", "область", PLACE},
    {"п", "пункт", NUM},
    {"пл", "площа", PLACE},
    {"пров", "провулок", PLACE},
    {"просп", "проспект", PLACE},
    {"проф", "професор", TITLE},
    {"р", "року", SUFFIX},
    {"рис", "рисунок", NUM},
    {"рр", "роки", SUFFIX},
    {"с", "село", NUM},
    {"св", "святий", TITLE},
    {"ст", "стаття", NUM},
    {"т", "том", NUM},
    {"т. д", "так далі", LATIN_END},
    {"т. зв", "так зван-", LATIN},
    {"т. ін", "таке інше", LATIN_END},
    {"табл", "таблиця", NUM},
    {"тел", "телефон", NUM},
    {"тис", "тисяч", SUFFIX},
    {"ч", "частина", NUM},
    {"ім", "імені", TITLE},
    {"ін", "інші", LATIN_END},
};

/* Months as a date has them, after the day: "24 серпня". */
static const char *const months[12] = {
    "січня", "лютого", "березня", "квітня", "травня",    "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"};

static const char *const weekdays[7] = {"понеділок", "вівторок", "середа",
                                        "четвер",    "п’ятниця", "субота",
                                        "неділя"};

/* Words that begin sentences far more often than they follow an
 * abbreviation or an initial, sorted by strcmp. */
static const char *const starters[] = {
    "Є",         "І",         "Із",          "Їх",         "Їхні",
    "Її",        "А",         "Але",         "Багато",     "Без",
    "Близько",   "Бо",        "Біля",        "В",          "Вже",
    "Водночас",  "Вона",      "Вони",        "Воно",       "Всі",
    "Втім",      "Вчора",     "Від",         "Відтак",     "Він",
    "Для",       "До",        "Же",          "З",          "За",
    "Завдяки",   "Загалом",   "Зараз",       "Згодом",     "Згідно",
    "Зокрема",   "Зі",        "Його",        "Кожен",      "Кожна",
    "Коли",      "Крім",      "Лише",        "Ми",         "Між",
    "На",        "Нагадаємо", "Напередодні", "Наприкінці", "Наразі",
    "Натомість", "Не",        "Нині",        "Ні",         "Однак",
    "Окрім",     "Отже",      "Перед",       "Поки",       "Попри",
    "Потім",     "Про",       "Проте",       "Протягом",   "Під",
    "Після",     "Раніше",    "Серед",       "Сьогодні",   "Та",
    "Так",       "Також",     "Там",         "Тим",        "Тобто",
    "Тоді",      "Тому",      "Тут",         "У",          "Усі",
    "Утім",      "Хоча",      "Хто",         "Це",         "Цей",
    "Цього",     "Ця",        "Ці",          "Через",      "Чи",
    "Чому",      "Ще",        "Що",          "Щодо",       "Я",
    "Як",        "Яка",       "Яке",         "Який",       "Які"};

/* Lower-case words often followed by a name ("з Т. Шевченком"). */
static const char *const name_preps[] = {"від", "з", "та", "у", "і"};

/* What follows a number, in its forms after 1, 2-4, 5+ and a fraction. */
#define U(w, one, few, many, part, g)                                          \
  { w, one, few, many, part, NULL, NULL, NULL, g, 0, KS_CT_UNIT }
#define SCALE(w, one, few, many, part, g)                                      \
  { w, one, few, many, part, NULL, NULL, NULL, g, 0, KS_CT_SCALE }
#define PERCENT                                                                \
  {                                                                            \
    "%", "відсоток", "відсотки", "відсотків", "відсотка", NULL, NULL, NULL,    \
        KS_MASC, 0, KS_CT_UNIT | KS_CT_PERCENT                                 \
  }
#define HRYVNIA(w)                                                             \
  {                                                                            \
    w, "гривня", "гривні", "гривень", "гривні", "копійка", "копійки",          \
        "копійок", KS_FEM, KS_FEM, KS_CT_CURRENCY | KS_CT_PREFIX               \
  }
#define DOLLAR(w)                                                              \
  {                                                                            \
    w, "долар", "долари", "доларів", "долара", "цент", "центи", "центів",      \
        KS_MASC, KS_MASC, KS_CT_CURRENCY | KS_CT_PREFIX                        \
  }
#define EURO(w)                                                                \
  {                                                                            \
    w, "євро", "євро", "євро", "євро", "цент", "центи", "центів", KS_NEUT,     \
        KS_MASC, KS_CT_CURRENCY | KS_CT_PREFIX                                 \
  }
static const struct ks_counted counted[] = {
    PERCENT,
    DOLLAR("$"),
    U("°C", "градус Цельсія", "градуси Цельсія", "градусів Цельсія",
      "градуса Цельсія", KS_MASC),
    U("°", "градус", "градуси", "градусів", "градуса", KS_MASC),
    {"£", "фунт", "фунти", "фунтів", "фунта", "пенс", "пенси", "пенсів",
     KS_MASC, KS_MASC, KS_CT_CURRENCY | KS_CT_PREFIX},
    EURO("€"),
    HRYVNIA("₴"),
    EURO("EUR"),
    HRYVNIA("UAH"),
    DOLLAR("USD"),
    U("ГВт", "гігават", "гігавати", "гігават", "гігавата", KS_MASC),
    U("МВт", "мегават", "мегавати", "мегават", "мегавата", KS_MASC),
    U("г", "грам", "грами", "грамів", "грама", KS_MASC),
    U("га", "гектар", "гектари", "гектарів", "гектара", KS_MASC),
    U("год", "година", "години", "годин", "години", KS_FEM),
    HRYVNIA("грн."),
    HRYVNIA("грн"),
    DOLLAR("дол."),
    U("кВт·год", "кіловат-година", "кіловат-години", "кіловат-годин",
      "кіловат-години", KS_FEM),
    U("кВт", "кіловат", "кіловати", "кіловат", "кіловата", KS_MASC),
    U("кг", "кілограм", "кілограми", "кілограмів", "кілограма", KS_MASC),
    U("км/год", "кілометр на годину", "кілометри на годину",
      "кілометрів на годину", "кілометра на годину", KS_MASC),
    U("км²", "квадратний кілометр", "квадратні кілометри",
      "квадратних кілометрів", "квадратного кілометра", KS_MASC),
    U("км", "кілометр", "кілометри", "кілометрів", "кілометра", KS_MASC),
    U("л", "літр", "літри", "літрів", "літра", KS_MASC),
    U("м²", "квадратний метр", "квадратні метри", "квадратних метрів",
      "квадратного метра", KS_MASC),
    U("м³", "кубічний метр", "кубічні метри", "кубічних метрів",
      "кубічного метра", KS_MASC),
    U("м", "метр", "метри", "метрів", "метра", KS_MASC),
    U("мг", "міліграм", "міліграми", "міліграмів", "міліграма", KS_MASC),
    SCALE("млн", "мільйон", "мільйони", "мільйонів", "мільйона", KS_MASC),
    SCALE("млрд", "мільярд", "мільярди", "мільярдів", "мільярда", KS_MASC),
    U("мм", "міліметр", "міліметри", "міліметрів", "міліметра", KS_MASC),
    U("см", "сантиметр", "сантиметри", "сантиметрів", "сантиметра", KS_MASC),
    SCALE("тис.", "тисяча", "тисячі", "тисяч", "тисячі", KS_FEM),
    SCALE("тис", "тисяча", "тисячі", "тисяч", "тисячі", KS_FEM),
    SCALE("трлн", "трильйон", "трильйони", "трильйонів", "трильйона", KS_MASC),
    U("т", "тонна", "тонни", "тонн", "тонни", KS_FEM),
    U("хв", "хвилина", "хвилини", "хвилин", "хвилини", KS_FEM),
    U("шт.", "штука", "штуки", "штук", "штуки", KS_FEM),
};

const struct ks_lang ks_lang_uk = {
    .tag = "uk",
    .rules = KS_RULES_UK,
    .abbrevs = abbrevs,
    .n_abbrevs = N_OF(abbrevs),
    .months = months,
    .weekdays = weekdays,
    .starters = starters,
    .n_starters = N_OF(starters),
    .name_preps = name_preps,
    .n_name_preps = N_OF(name_preps),
    .counted = counted,
    .n_counted = N_OF(counted),
    .web_dot = "крапка",
    .web_at = "равлик",
    .web_slash = "скісна риска",
};
