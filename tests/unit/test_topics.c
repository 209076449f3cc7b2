/* test_topics.c - what a whole article is about changes how one of its
 * sentences is read: ks_normalize_topics() and ks_normalize_in().
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "buf.h"
#include "kispeak.h"

/* The sentence said as in an article whose whole text is article. */
static void said_in(const char *article, const char *sentence,
                    const char *want, const char *what) {
  struct ks_buf out = KS_BUF_INIT;
  unsigned topics = ks_normalize_topics(article, strlen(article));
  ks_normalize_in(sentence, strlen(sentence), ks_lang_get("en"), topics, &out,
                  NULL);
  ks_buf_putc(&out, '\0');
  STR_EQ(out.ptr, want, what);
  ks_buf_free(&out);
}

int main(void) {
  static const char manila[] =
      "Typhoon Dalisay hit Manila on Tuesday. Farms across the Philippines "
      "were flooded.";
  static const char lead[] =
      "Children with lead poisoning were tested. Blood lead levels fell "
      "after the city replaced lead pipes.";
  static const char lagos[] = "Fuel in Lagos cost more. Nigeria's naira fell.";

  /* "and" after every group's hundreds in an article that writes its
   * dates day first, as British newsreaders say it; the last group's
   * alone elsewhere (round 49, set BH) */
  static const char british[] =
      "The States will consult parents from 14 October. Falling rolls "
      "have left three schools half empty.";
  said_in(british, "The plan would save £620,000 and 1,204,516 hours.",
          "The plan would save six hundred-and-twenty thousand pounds and "
          "one million two hundred-and-four thousand five hundred-and-sixteen "
          "hours.",
          "\"and\" in every group in a day-first article");
  said_in(lagos, "The plan would save $620,000.",
          "The plan would save six hundred twenty thousand dollars.",
          "\"and\" in the last group alone elsewhere");
  /* the yen: "¥" in an article about Japan, even beside China's name; the
   * yuan in a sentence about China elsewhere */
  static const char japan[] =
      "The Tokyo-based carmaker cut its forecast. Japan's exports fell.";
  said_in(japan, "Sales in China fell to ¥21.4bn.",
          "Sales in China fell to twenty-one point four billion yen.",
          "¥ in an article about Japan is the yen");
  said_in(lagos, "Sales in China fell to ¥21.4bn.",
          "Sales in China fell to twenty-one point four billion yuan.",
          "¥ beside China elsewhere is the yuan");
  /* "$" the peso in an article about Mexico that names the peso twice and
   * writes the dollar "US$"; the dollar elsewhere, in a wire story about
   * Argentina's peso, and in the Philippines */
  static const char mexico[] =
      "Hosts in Mexico City face a new tax. The peso rose, and a night costs "
      "hundreds of pesos in Mexico, or about US$20.";
  static const char wire[] =
      "Argentina's peso fell 2% on Monday. The IMF approved a $20 billion "
      "loan to Argentina in April, and the peso has lost a third of its "
      "value.";
  said_in(wire, "The IMF approved a $20 billion loan.",
          "The I M F approved a twenty billion dollar loan.",
          "$ in a wire story about the peso is the dollar");
  said_in(mexico, "A flat costs $1,800 a night, or US$90, and $360 pesos in tax.",
          "A flat costs one thousand eight hundred pesos a night, or ninety "
          "U.S. dollars, and three hundred-and-sixty pesos in tax.",
          "$ in an article about Mexico's pesos is the peso");
  said_in(lagos, "A flat costs $1,800 a night.",
          "A flat costs one thousand eight hundred dollars a night.",
          "$ elsewhere is the dollar");
  said_in(manila, "A flat costs $1,800 a night, or 90,000 pesos.",
          "A flat costs one thousand eight hundred dollars a night, or ninety "
          "thousand pesos.",
          "$ in an article about the Philippines is the dollar");
  /* the peso: with a stop or a scale, in an article about the Philippines */
  said_in(manila, "Losses of P2.3B to P3.1B were expected.",
          "Losses of two point three billion pesos to three point one billion "
          "pesos were expected.",
          "P2.3B in an article about the Philippines is pesos");
  said_in(manila, "A P2 visa was denied.", "A P two visa was denied.",
          "a small amount without a stop or a scale stays a code");
  said_in("Losses rose. Markets fell.", "Losses of P2.3B were expected.",
          "Losses of P two point three B were expected.",
          "elsewhere P is no peso");
  said_in(manila, "It was worth P218.7 million.",
          "It was worth two hundred-and-eighteen point seven million pesos.",
          "three figures and a scale are pesos");
  /* the naira, as before */
  said_in(lagos, "Petrol sold at N865 a litre.",
          "Petrol sold at eight hundred-and-sixty-five naira a litre.",
          "N865 in an article about Nigeria is naira");
  /* the letter alone before "per", in a table's heading */
  said_in(lagos, "Pump prices in selected cities (N per litre)",
          "Pump prices in selected cities (naira per litre)",
          "N per litre in an article about Nigeria is naira");
  said_in("The rate rose.", "The N per unit figure.", "The N per unit figure.",
          "N per elsewhere is the letter");
  /* lead the metal, as a noun, where the article is about it */
  said_in(lead, "Levels of lead fell, and lead damages the brain.",
          "Levels of led fell, and led damages the brain.",
          "lead the noun in an article about the metal");
  said_in(lead, "Exposure can lead to harm, said lead author Ann Lee.",
          "Exposure can lead to harm, said lead author Ann Lee.",
          "the verb and the role keep their reading");
  said_in("Ann Lee scored twice. The team won.",
          "Levels of lead fell.", "Levels of lead fell.",
          "in an article not about the metal, lead is left");
  OK(ks_normalize_topics(lead, strlen(lead)) & KS_TOPIC_LEAD,
     "three phrases of the metal make the topic");
  OK(!(ks_normalize_topics("They took the lead. The lead held.",
                           strlen("They took the lead. The lead held.")) &
       KS_TOPIC_LEAD),
     "a sporting lead is no metal");
  /* numeric dates day first where the article writes "6 September" */
  said_in("The court sat on 6 September. It rose on 26th April.",
          "The contract was signed on 05/11/2024.",
          "The contract was signed on the fifth of November twenty "
          "twenty-four.",
          "day first in an article that writes its dates so");
  said_in("The court sat on September 6. It rose on April 26.",
          "The contract was signed on 05/11/2024.",
          "The contract was signed on May eleventh, twenty twenty-four.",
          "month first in one that writes them month first");
  OK(!(ks_normalize_topics("Flight 12 September and September 3, September "
                           "4.",
                           strlen("Flight 12 September and September 3, "
                                  "September 4.")) &
       KS_TOPIC_DAY_FIRST),
     "more dates month first: no topic");
  /* a weekday that falls on only one order of a date's figures settles
   * the article's order, and its short dates follow it */
  said_in("The rally was held on Wednesday, 08/10/2025, in Accra.",
          "The bank's data (2/10/25) showed it.",
          "The bank's data (the second of October, twenty twenty-five) "
          "showed it.",
          "a weekday's date read day first makes short dates day first");
  said_in("The rally was held on Sunday, 08/10/2025, in Accra.",
          "The bank's data (2/10/25) showed it.",
          "The bank's data (February tenth, twenty twenty-five) showed "
          "it.",
          "a weekday's date read month first leaves them month first");
  /* hurling and Gaelic football: goals and points */
  static const char hurling[] =
      "Limerick won the hurling match. The GAA fixture drew 40,116 fans.";
  said_in(hurling, "Limerick 2-24 Cork 1-25 and they led 0-15 to 1-11.",
          "Limerick two twenty-four Cork one twenty-five and they led nil "
          "fifteen to one eleven.",
          "goals and points, a zero nil, in an article about hurling");
  said_in(hurling, "O'Brien scored 0-14 (0-10f, 0-2 '65s) in 2-10 years.",
          "O'Brien scored nil fourteen (nil ten from frees, nil two from "
          "sixty-fives) in two to ten years.",
          "frees and sixty-fives; a span of years stays a range");
  /* only where a score stands: not spans, shares, money; an en dash too */
  said_in(hurling,
          "He faces a 4-6 week lay-off; children aged 8-12 came; turnout "
          "rose 5-10%; tickets cost 5-10 euro; it was carried 7-2 by them.",
          "He faces a four to six week lay-off; children aged eight to twelve "
          "came; turnout rose five to ten percent; tickets cost five to ten "
          "euro; it was carried seven to two by them.",
          "spans, shares and money in an article about hurling");
  said_in(hurling,
          "Limerick 2\xE2\x80\x93"
          "24 Cork 1\xE2\x80\x93"
          "25.",
          "Limerick two twenty-four Cork one twenty-five.",
          "an en dash between goals and points");
  said_in("Limerick won. Cork lost.", "Limerick 2-24 Cork 1-25.",
          "Limerick two to twenty-four Cork one to twenty-five.",
          "elsewhere a range");
  OK(!(ks_normalize_topics("Gaelic is spoken. Gaelic is taught.",
                           strlen("Gaelic is spoken. Gaelic is taught.")) &
       KS_TOPIC_GAELIC_GAMES),
     "the language alone is no topic");
  /* earthquakes: a magnitude in any sentence of the article */
  static const char quake[] =
      "The earthquake struck at 3.42am. Aftershocks followed the quake.";
  said_in(quake, "It was first reported as M6.4, and another M5+ may follow.",
          "It was first reported as magnitude six point four, and another "
          "magnitude five plus may follow.",
          "M6.4 and M5+ in an article about earthquakes");
  said_in("Traffic was slow. Roads closed.", "Take the M5+ bus or the M6.",
          "Take the M five plus bus or the M six.",
          "elsewhere a motorway or a route");
  /* cricket: a bowler's best and a declared innings */
  static const char test_match[] =
      "Two wickets fell before lunch. Three more wickets fell after tea.";
  said_in(test_match,
          "A career-best 6-71 puts them ahead; New Zealand 241-7 lead Sri "
          "Lanka 472-9 dec by 67 runs.",
          "A career-best six for seventy-one puts them ahead; New Zealand two "
          "hundred-and-forty-one for seven lead Sri Lanka four "
          "hundred-and-seventy-two for nine declared by sixty-seven runs.",
          "figures before a verb, and an innings declared");
  /* the rand: any amount after "R" in an article about South Africa,
   * not a road's or a bond's name */
  static const char joburg[] =
      "The rand weakened on Wednesday. Johannesburg residents queued for "
      "water.";
  said_in(joburg, "I've spent R480 on water this week.",
          "I've spent four hundred-and-eighty rand on water this week.",
          "R480 in an article about South Africa is rand");
  said_in(joburg, "It runs beneath the R557 near the station.",
          "It runs beneath the R five fifty-seven near the station.",
          "after \"the\" and before no noun, a road");
  said_in(joburg, "The benchmark R2035 bond rose.",
          "The benchmark R twenty thirty-five bond rose.", "a bond's name");
  /* the review's guards: a model's name, a letter glued after, zero */
  said_in(joburg, "The new Golf R32 costs more.",
          "The new Golf R thirty-two costs more.", "a model after its maker");
  said_in(joburg, "The Rivian R1S arrives next year.",
          "The Rivian R one S arrives next year.", "a letter glued after");
  said_in(joburg, "The R0 fell to 0.9 last week.",
          "The R zero fell to zero point nine last week.", "zero is no amount");
  said_in("Traffic was slow. Roads closed.", "I've spent R480 on it.",
          "I've spent R four eighty on it.", "elsewhere R is no rand");
  /* lakhs and crores: South Asia's numeric dates are day first, dashes
   * too, whatever order its spelled dates take */
  static const char *const mumbai =
      "Net profit rose to Rs 1,148 crore on February 21, 2025. Revenue was "
      "Rs 11,026 crore.";
  said_in(mumbai, "It hit a 52-week high on 03-01-2025.",
          "It hit a fifty-two-week high on the third of January twenty "
          "twenty-five.",
          "a dashed date in an article counted in crores is day first");
  said_in("Profit rose on February 21, 2025. Revenue grew.",
          "It hit a high on 03-01-2025.",
          "It hit a high on March first, twenty twenty-five.",
          "elsewhere a dashed date is month first");
  /* golf's scores against par, in an article about golf */
  static const char *const open =
      "Scheffler made four birdies and a bogey. His putts dropped late.";
  said_in(open, "Scheffler finished at -12, with Rahm T2 at -10.",
          "Scheffler finished at twelve under, with Rahm tied for second at "
          "ten under.",
          "a score against par and a tied place in an article about golf");
  said_in(open, "The temperature fell to -12 overnight.",
          "The temperature fell to minus twelve overnight.",
          "a cold night in the same article stays below zero");
  said_in("Prices fell. Shares rose.", "The index ended at -12 on the day.",
          "The index ended at minus twelve on the day.",
          "elsewhere a signed figure is minus");
  /* hockey's goals marked in capitals, in an article about the NHL */
  static const char *const rink =
      "The NHL fined the goaltender. The puck crossed the line.";
  said_in(rink, "WPG — Mathis Lachance 7 (Dawson Kreutz), 12:47 (PPG)",
          "Winnipeg — Mathis Lachance seven (Dawson Kreutz), twelve "
          "forty-seven (power-play goal)",
          "a power-play goal after its time in an article about hockey");
  said_in("Prices fell. Shares rose.", "Fund 7 (Ann Lee), 12:47 (PPG)",
          "Fund seven (Ann Lee), twelve forty-seven (P P G)",
          "elsewhere PPG is letters");
  /* teams by their codes, in an article about the sport */
  static const char *const scorecard =
      "India were 287/4 at stumps. Rathore took two wickets in the ODI.";
  said_in(scorecard, "IND vs SA, 1st Test: ENG next",
          "India versus South Africa, first Test: England next",
          "cricket's nations by their codes");
  said_in(rink, "CGY — Brandvold 3 (Petrie), 6:14",
          "Calgary — Brandvold three (Petrie), six fourteen",
          "an NHL club by its code");
  said_in(rink, "Goaltender: Sandvold, Decision: W (9-3-1), SV%: .921",
          "Goaltender: Sandvold, Decision: win (nine, three, one), save "
          "percentage: point nine two one",
          "a goaltender's decision and save percentage");
  said_in("Prices fell. Shares rose.", "The CGY and IND funds, Decision: W",
          "The C G Y and I N D funds, Decision: W",
          "elsewhere the codes are letters");
  /* the review's guards: a rating's fall in an article that mentions
   * golf; a town named Stanley is no hockey; a code not where a summary
   * puts a team */
  static const char *const golfing =
      "The president spent the weekend playing golf. Critics said his golf "
      "trips cost millions.";
  said_in(golfing, "His approval rating slipped to -12, according to Gallup.",
          "His approval rating slipped to minus twelve, according to Gallup.",
          "a rating's fall is no score against par");
  said_in("Residents of Stanley marked the day. The parade went through "
          "Stanley.",
          "The parade was led by COL James Hart.",
          "The parade was led by C O L James Hart.",
          "a town named Stanley is no hockey");
  said_in(rink, "The club played EDM between periods while the puck was "
                "cleaned.",
          "The club played E D M between periods while the puck was cleaned.",
          "a code is a club only where a summary puts one");
  /* horse racing: distances in furlongs and miles, odds in brackets after
   * a horse, a table's rating and margins, the favourite after its odds;
   * elsewhere "7f", "(12-1)" are as before */
  static const char *const racing =
      "The jockey rode a fine race over seven furlongs. The winning jockey "
      "said the ground suited.";
  said_in(racing, "Stepping up to 1m2f, he won the 7f novice stakes.",
          "Stepping up to one mile two furlongs, he won the seven furlong "
          "novice stakes.",
          "a race's distances");
  said_in(racing, "He had won over 7f or a mile.",
          "He had won over seven furlongs or a mile.",
          "furlongs in the plural");
  said_in(racing, "Winning time: 2m 5.83s",
          "Winning time: two minutes five point eight three seconds",
          "a time's minutes are no miles");
  said_in(racing, "Bramble Court (12-1) stayed on best of the rest.",
          "Bramble Court (twelve to one) stayed on best of the rest.",
          "a horse's odds in brackets");
  said_in(racing, "Position: 2nd, OR: 106, SP: 9-2 fav, Dist: nk",
          "Position: second, Official rating: one hundred-and-six, S P: nine "
          "to two favourite, Distance: a neck",
          "a race's result");
  said_in(racing, "Lucky Star (9-4F) won, and more than 1m people bet.",
          "Lucky Star (nine to four favourite) won, and more than one "
          "million people bet.",
          "the favourite's mark, and a count's million");
  said_in(racing, "Prize money rose to 2m and over 1m people watched.",
          "Prize money rose to two meters and over one million people "
          "watched.",
          "no miles after to, nor before a count");
  said_in("The Hong Kong Jockey Club said so. The Jockey Club paid.",
          "The grant would rise to 3m.",
          "The grant would rise to three "
          "meters.",
          "a club's name makes no racing");
  said_in(racing, "Rail: out 3m entire circuit, and he won over 1m.",
          "Rail: out three meter entire circuit, and he won over one mile.",
          "a mile alone only over a race's distance");
  said_in("Prices fell. Shares rose.", "The Cougars (12-1) won the title.",
          "The Cougars (twelve and one) won the title.",
          "elsewhere a team's record");
  said_in("Prices fell. Shares rose.", "A 7f gap opened.",
          "A seven f gap opened.", "elsewhere 7f is no distance");
  /* a recipe: its ingredients' lines are amounts of them */
  static const char recipe[] =
      "Ingredients. 2 tbsp water. 1 tsp ground cinnamon. Heat the oven.";
  said_in(recipe, "60g light brown soft sugar",
          "sixty grams light brown soft sugar", "an ingredient with no comma");
  said_in(recipe, "60g blanched hazelnuts, roughly chopped",
          "sixty grams blanched hazelnuts, roughly chopped",
          "an ingredient before a participle");
  said_in(recipe, "Custard, or 300ml double cream",
          "Custard, or three hundred milliliters double cream",
          "an ingredient after a choice");
  said_in(recipe, "Pour it into a 500ml jug.",
          "Pour it into a five hundred milliliter jug.",
          "a container's size after a determiner");
  said_in("Prices fell. Shares rose.", "60g light brown soft sugar",
          "sixty gram light brown soft sugar", "elsewhere a size");
  said_in(recipe, "The 40g chocolate bar, wrapped",
          "The forty gram chocolate bar, wrapped",
          "a size after a determiner, in a recipe too");
  said_in("Adults eat two teaspoons of salt a day. Officials want one "
          "teaspoon.",
          "Britain's 6g daily limit, explained",
          "Britain's six gram daily limit, explained",
          "spoons without a list of ingredients make no recipe");
  /* an earthquake's magnitude before its threshold, in an article about
   * one */
  said_in(quake, "There is a 3% chance of an M7 or larger.",
          "There is a three percent chance of a magnitude seven or larger.",
          "a magnitude's threshold");
  /* round 38: the kina, the kwacha and Morocco's dirham by their
   * articles, where the sentence names no country */
  said_in("The Kumuls beat Fiji in Port Moresby. PNG fans cheered.",
          "Tickets cost K20 to K150.", "Tickets cost twenty kina to one "
          "hundred-and-fifty kina.", "an article about Papua New Guinea: kina");
  said_in("Copper output rose in Zambia. Lusaka welcomed it.",
          "Each miner got a K5,000 bonus.",
          "Each miner got a five thousand kwacha bonus.",
          "an article about Zambia: kwacha");
  said_in("AS FAR won in Rabat. Morocco's league resumes.",
          "Tickets ranged from MAD 30 to MAD 150.",
          "Tickets ranged from thirty Moroccan dirhams to one "
          "hundred-and-fifty Moroccan dirhams.",
          "an article about Morocco: dirhams");
  said_in("Dates left Amman for Europe. Jordanian growers cheered.",
          "Prices ranged between JD5 and JD8.",
          "Prices ranged between five dinars and eight dinars.",
          "an article about Jordan: dinars");
  said_in("He studied law. He graduated.", "He has a JD 2015 from Yale.",
          "He has a J D twenty fifteen from Yale.",
          "elsewhere a law degree's letters");
  said_in("The team won on Sunday. Fans cheered.", "He climbed K2 today.",
          "He climbed K two today.", "elsewhere the letter is left");
  /* round 42: Tunisia's millions of dinars, "MD", before or after the
   * amount, in an article about Tunisia; a hockey summary's goals,
   * overtime and period */
  static const char sfax[] =
      "The museum opened in Sfax. Tunisia's olive growers came.";
  said_in(sfax, "The works cost a total of MD 2.7 in all.",
          "The works cost a total of two point seven million dinars in all.",
          "an article about Tunisia: MD before the amount");
  said_in(sfax, "The state paid 1,6 MD of it.",
          "The state paid one point six million dinars of it.",
          "an article about Tunisia: MD after the amount");
  said_in(sfax, "She hired 3 MD graduates.", "She hired three M D graduates.",
          "MD before a noun is a doctor's letters");
  said_in("He studied law. He graduated.", "It cost MD 2.7 in all.",
          "It cost M D two point seven in all.",
          "elsewhere MD is letters");
  static const char final_[] =
      "The hockey final went to overtime. The goaltender stopped the puck.";
  said_in(final_, "Per.: 1st, Goal: Wiebe (Dyck, Penner) PPG",
          "Period: first, Goal: Wiebe (Dyck, Penner) power-play goal",
          "a hockey summary's period and goal");
  said_in(final_, "OT, Time: 6:41", "overtime, Time: six forty-one",
          "a hockey summary's overtime");
  /* after set BA: a site's own currency by its letters, the topic given
   * by the site's country (script.c) */
  struct ks_buf o = KS_BUF_INIT;
  static const struct {
    unsigned topic;
    const char *in, *want, *what;
  } site[] = {
      {KS_TOPIC_PULA, "He paid P3,800 for it.",
       "He paid three thousand eight hundred pula for it.", "pula"},
      {KS_TOPIC_ARIARY, "It costs Ar 100 000 a month.",
       "It costs one hundred thousand ariary a month.", "ariary"},
      {KS_TOPIC_DRAM, "Cheese sells for AMD 1,100 a kilo.",
       "Cheese sells for one thousand one hundred drams a kilo.", "drams"},
      {KS_TOPIC_PESO, "The fare rises to $ 56, or $ 26,50 for students.",
       "The fare rises to fifty-six pesos, or twenty-six pesos fifty for "
       "students.", "the peso's spaced sign"},
      /* a day and its month after a stop, in a day-first article's
       * column heads (set BB); a decimal elsewhere */
      {KS_TOPIC_DAY_FIRST, "Daily tariff until 30.06: 5.26, from 01.07: 5.78",
       "Daily tariff until the thirtieth of June: five point two six, from "
       "the first of July: five point seven eight",
       "a day and its month after \"until\""},
      {KS_TOPIC_DAY_FIRST, "Shares rose from 30.06 to 31.20.",
       "Shares rose from thirty point zero six to thirty-one point two zero.",
       "a price's decimal before \"to\""},
      {0, "AMD 2024 revenue rose, and Ar 100 was odd.",
       "A.M.D. twenty twenty-four revenue rose, and Ar one hundred was odd.",
       "elsewhere the chipmaker's letters"}};
  for (size_t i = 0; i < sizeof site / sizeof site[0]; i++) {
    ks_buf_clear(&o);
    ks_normalize_in(site[i].in, strlen(site[i].in), ks_lang_get("en"),
                    site[i].topic, &o, NULL);
    ks_buf_putc(&o, '\0');
    STR_EQ(o.ptr, site[i].want, site[i].what);
  }
  ks_buf_free(&o);
  said_in("He studied law. He graduated.", "The OT ward and PPG Industries.",
          "The O T ward and P P G Industries.", "elsewhere the letters");
  /* after set BB: a batting card's columns and its extras in a cricket
   * article; elsewhere the letters */
  static const char cricket[] =
      "Best took three wickets as Empire won. Two wickets fell late.";
  said_in(cricket, "J. Alleyne, How out: run out, R: 12, B: 19",
          "J. Alleyne, How out: run out, runs: twelve, balls: nineteen",
          "a batting card's columns");
  said_in(cricket, "Extras, How out: (b2, lb5, w7, nb1), R: 15",
          "Extras, How out: (two byes, five leg byes, seven wides, one no "
          "ball), runs: fifteen",
          "a scorecard's extras");
  said_in("He studied law. He graduated.", "Grade, R: 12, B: 19",
          "Grade, R: twelve, B: nineteen", "elsewhere a column's letters");
  /* after set BC: the Gambia's dalasi, the Seychelles' rupee and Bosnia's
   * convertible mark in an article about the country (two of its names);
   * elsewhere the letters */
  static const char gambia[] =
      "Fishers in Banjul protested. The Gambia's ministry replied.";
  said_in(gambia, "A litre costs D78 and fines of D50 million apply.",
          "A litre costs seventy-eight dalasis and fines of fifty million "
          "dalasis apply.",
          "the dalasi in an article about the Gambia");
  said_in(gambia, "Vitamin D3 and a Nikon D780 were sold.",
          "Vitamin D three and a Nikon D seven eighty were sold.",
          "a model's letter after a name, not the dalasi");
  said_in("He studied law. He graduated.", "A litre costs D78.",
          "A litre costs D seventy-eight.", "elsewhere the letter");
  said_in("Praslin's hotels filled. Seychelles tourism grew.",
          "The budget holds R212 million.",
          "The budget holds two hundred twelve million Seychellois rupees.",
          "the Seychelles' rupee");
  said_in("Sarajevo's unions met. Bosnia's wages are low.",
          "The minimum rises to 1,150 KM.",
          "The minimum rises to one thousand one hundred-and-fifty "
          "convertible marks.",
          "Bosnia's convertible mark");
  said_in("He studied law. He graduated.", "The minimum rises to 1,150 KM.",
          "The minimum rises to one thousand one hundred-and-fifty K.M.",
          "elsewhere the letters");
  /* round 45, set BD: Eswatini's lilangeni "E", its thousands spaced */
  static const char eswatini[] =
      "The Central Bank of Eswatini met in Mbabane. Swazi borrowers gain.";
  said_in(eswatini, "A E450 000 loan costs E4 569 a month, a saving of E76.",
          "A four hundred fifty thousand lilangeni loan costs four thousand "
          "five hundred-and-sixty-nine emalangeni a month, a saving of "
          "seventy-six emalangeni.",
          "the lilangeni in an article about Eswatini");
  said_in("He studied law. He graduated.", "The E45 road was closed.",
          "The E forty-five road was closed.", "elsewhere the letter");
  /* (its thousands joined where the sentence alone names the country, as
   * the money rule reads the letter there) */
  said_in("He studied law. He graduated.",
          "In Mbabane a E450 000 loan was approved.",
          "In Mbabane a four hundred fifty thousand lilangeni loan was "
          "approved.",
          "the lilangeni's spaced thousands where the sentence names Eswatini");
  return t_summary("topics");
}
