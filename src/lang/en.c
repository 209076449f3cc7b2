/* en.c - English: abbreviations, months, weekdays, sentence starters, and
 * the words the normaliser says (units, currencies, scale words, street
 * types, US states, words around roman numerals).
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
/* A place that is also a word: "Port Clyde, Me.", not "Call Me." */
#define PLACE_WORD (PLACE | KS_AB_WORD_TOO)
#define SUFFIX (KS_AB_CAN_END | KS_AB_WEAK)
/* A word of an institution's name cut short, as a legal citation cuts it
 * ("Pac. Tanker Co.", "Dep't of Agric."): read in full wherever it is
 * written so, capitalised with its stop */
#define NAMEWORD (KS_AB_CAN_END | KS_AB_WEAK | KS_AB_CAPITAL)
#define COMPANY (KS_AB_CAN_END | KS_AB_WEAK | KS_AB_COMPANY)
#define NUM (KS_AB_NUMBER | KS_AB_CAN_END | KS_AB_WEAK)
/* b., d., fl., r. in a life's dates: before a year only; "after 30 d." ends */
#define LIFE (KS_AB_NUMBER | KS_AB_CAN_END)
#define LATIN KS_AB_LATIN
#define LATIN_END (KS_AB_LATIN | KS_AB_CAN_END)
#define LATIN_WEAK (KS_AB_LATIN | KS_AB_CAN_END | KS_AB_WEAK)
#define ACRO (KS_AB_ACRONYM | KS_AB_CAN_END | KS_AB_WEAK)
#define TIME (KS_AB_TIME | KS_AB_CAN_END)
#define NODOT KS_AB_NODOT

/* Sorted with ASCII case folded, then by bytes (see lang.h); the unit test
 * checks the order. */
static const struct ks_abbrev abbrevs[] = {
    {"a.e.t", "after extra time", LATIN_END}, /* "won 2-1 a.e.t." */
    {"a.k.a", "also known as", LATIN},
    {"a.m", NULL, TIME},
    {"a.s.l", "above sea level", LATIN_END},
    {"Addl", "Additional", TITLE}, /* "Addl. Sessions Judge" */
    {"Adm", "Admiral", TITLE},
    {"Admin", NULL, NAMEWORD}, /* a legal citation's "Admin. Conf. of the U.S." */
    {"Adv", "Advocate", TITLE}, /* "Adv. Dali Mpofu SC" */
    {"aet", "after extra time", LATIN_END | NODOT}, /* "won 4-3 (aet)" */
    {"Afl", NULL, NUM}, /* Aruba's florin, "Afl. 1.4 million" */
    /* a tie's "(agg. 5-2)"; a species group's, "Rubus fruticosus agg." */
    {"agg", "aggregate", KS_AB_NUMBER | KS_AB_CAN_END},
    {"Agric", "Agriculture", NAMEWORD},
    {"aka", "also known as", LATIN | NODOT},
    {"Ala", "Alabama", PLACE},
    {"Ald", "Alderman", TITLE}, /* Chicago's council: "Ald. Maria Hadden" */
    {"Alh", "Alhaji", TITLE}, /* Nigeria's: "Alh. Aliko Dangote" */
    {"Alta", "Alberta", PLACE},
    {"Amb", "Ambassador", TITLE},
    {"App", "appendix", NUM | KS_AB_CAPITAL},
    {"approx", "approximately", LATIN | NODOT},
    {"appt", "appointment", LATIN_END}, /* "viewing by appt. only" */
    {"Apr", "April", MONTH},
    {"Apt", "apartment", NUM | KS_AB_CAPITAL},
    {"Ariz", "Arizona", PLACE},
    {"Ark", "Arkansas", PLACE},
    {"Art", "article", NUM | KS_AB_CAPITAL},
    {"Arts", "articles", NUM | KS_AB_CAPITAL}, /* "Arts. 13-15" */
    {"Assn", "Association", SUFFIX},
    {"Assoc", "Association", SUFFIX},
    {"Asst", "Assistant", TITLE},
    {"Attn", "attention", LATIN | NODOT}, /* "Attn: Accounts Payable" */
    {"Atty", "Attorney", TITLE},
    {"Aug", "August", MONTH},
    /* Latin America's street and title before a name (round 40, set AY):
     * "Av. Cívica", "Cmdte. Hugo Villalba" */
    {"Av", "Avenida", TITLE},
    {"Ave", "Avenue", PLACE},
    {"avg", "average", LATIN_WEAK}, /* "(5.1 avg.)" */
    {"b", "born", LIFE}, /* before a year: "(b. 1952)" */
    {"B.A", NULL, ACRO},
    {"B.C", "British Columbia", ACRO | KS_AB_PLACE | KS_AB_WORD_TOO},
    {"b.i.d", NULL, LATIN_END}, /* doses: twice a day; route: i.v. */
    {"B.Sc", NULL, ACRO},
    {"B.V", NULL, COMPANY}, /* a Dutch firm's "Elsevier B.V." */
    {"bapt", "baptised", LIFE}, /* "(bapt. 1 Sept. 1653 – bur. ...)" */
    {"Bd", "Board", NAMEWORD},
    {"Beds", "Bedfordshire", PLACE_WORD | NODOT},
    {"Berks", "Berkshire", PLACE_WORD | NODOT},
    {"Bhd", "Berhad", COMPANY | NODOT}, /* Malaysia's limited company */
    {"Bk", "book", NUM}, /* "Bk. II" */
    {"Bldg", "Building", PLACE | NODOT}, /* "Bldg. 5" */
    {"Blk", "Block", NUM | NODOT}, /* "Blk 123 Ang Mo Kio" */
    {"Blvd", "Boulevard", PLACE},
    {"Bn", "Battalion", SUFFIX}, /* "the 2nd Bn., Royal Regt." */
    {"Brgy", "Barangay", TITLE | NODOT}, /* a Philippine district */
    {"Brig", "Brigadier", TITLE | NODOT},
    {"Bros", "Brothers", SUFFIX},
    {"Bucks", "Buckinghamshire", PLACE_WORD | NODOT},
    {"bur", "buried", LIFE},
    {"c", "circa", NUM}, /* only before a number: "c. 1500" */
    {"ca", "circa", LATIN},
    {"cal", NULL, LATIN}, /* radiocarbon: "1120 cal. BC" */
    {"Calif", "California", PLACE},
    {"Cambs", "Cambridgeshire", PLACE_WORD | NODOT},
    {"Cap", "Chapter", NUM | KS_AB_CAPITAL}, /* a law's: "under Cap. 101" */
    {"Capt", "Captain", TITLE | NODOT},
    {"Cat", "category", NUM | KS_AB_CAPITAL}, /* a climb's: "Cat. 1" */
    {"Cdr", "Commander", TITLE},
    {"cf", "compare", LATIN},
    {"Ch", "chapter", NUM},
    {"Chap", "chapter", NUM},
    {"Chas", "Charles", TITLE}, /* old given names: "Chas. Dickens" */
    {"Chr", "chromosome", NUM},
    /* a federal appeals court in a citation: "(11th Cir. 2020)"; after a
     * name, a street's Circle (streets below) */
    {"Cir", "Circuit", SUFFIX},
    {"Circ", "Circuit", SUFFIX}, /* a legal headline's "9th Circ." */
    {"cl", "clause", NUM}, /* a bill's clause: "cl. 40" */
    {"Cllr", "Councillor", TITLE | NODOT}, /* British councils */
    {"Cmdr", "Commander", TITLE},
    {"Cmdte", "Comandante", TITLE}, /* "Cmdte. Hugo Villalba" (set AY) */
    {"cnr", "corner", TITLE | NODOT}, /* "cnr. King St. and Queen Rd." */
    {"Cnty", "County", SUFFIX}, /* "Harmon v. Lake Cnty." */
    {"Co", "Company", COMPANY | NODOT},
    {"CofE", "C of E", LATIN | NODOT}, /* "Nailsworth CofE Primary School" */
    {"Col", "Colonel", TITLE | NODOT},
    {"Colo", "Colorado", PLACE},
    {"Comdr", "Commander", TITLE},
    {"Commn", "Commission", SUFFIX}, /* "Pruett v. Baldwin Cnty. Comm'n" */
    {"Commr", "Commissioner", TITLE | NODOT},
    {"Conf", "Conference", NAMEWORD},
    {"Conn", "Connecticut", PLACE},
    {"Const", "Constable", TITLE | NODOT}, /* "Snr Const Ann Lee" */
    {"coord", NULL, LATIN}, /* science's "the coord. system" */
    {"Cor", "corollary", NUM | KS_AB_CAPITAL},
    /* the Philippines' addresses: "EDSA cor. Ortigas Ave.", the corner of
     * two streets, written before the second's name */
    {"cor", "corner", TITLE},
    {"Corp", "Corporation", COMPANY},
    {"Coun", "Councillor", TITLE | NODOT}, /* "Coun Kris Hopkins" */
    {"Cpl", "Corporal", TITLE | NODOT},
    {"Cpt", "Captain", TITLE},
    {"Cr", "Councillor", TITLE | NODOT | KS_AB_CAN_END}, /* NZ; crore */
    {"Crs", "Councillors", TITLE | NODOT | KS_AB_CAN_END},
    {"cryst", NULL, LATIN}, /* "the cryst. structure" */
    {"cv", "cultivar", LATIN_WEAK},
    {"cvs", "cultivars", LATIN_WEAK},
    {"d", "died", LIFE}, /* before a year: "(d. 1714)" */
    {"D.C", NULL, ACRO},
    {"dbl", "double", LATIN_WEAK}, /* a house's "dbl. glazing", "dbl. room" */
    {"Dec", "December", MONTH},
    {"Def", "definition", NUM | KS_AB_CAPITAL},
    /* a result's "Alcaraz def. Zverev": ends no sentence; said "defeated"
     * between two names (rules_en.c), else as written */
    {"def", NULL, LATIN},
    {"Del", "Delaware", PLACE},
    {"Dep", "Deputy", TITLE}, /* "Dep. Commr. of Police" */
    {"Dept", "Department", SUFFIX | NODOT}, /* "Dept of Health" */
    {"dept", "department", LATIN_WEAK | NODOT}, /* "the dept. will" */
    {"Derbys", "Derbyshire", PLACE_WORD | NODOT},
    {"Det", "Detective", TITLE | NODOT},
    {"Dist", "District", TITLE},
    {"Div", "Division", SUFFIX}, /* "the 3rd Infantry Div." */
    {"Dr", NULL, DOCTOR},
    {"Drs", "Doctors", TITLE | NODOT}, /* "Drs. Kofi Osei", "Drs Patel" */
    {"e.g", "for example", LATIN},
    {"E.U", NULL, ACRO},
    {"ed", NULL, SUFFIX}, /* edited by, editor, edition: words.c */
    {"edn", "edition", LATIN_END}, /* a book's "3rd edn." */
    {"eds", NULL, SUFFIX},
    {"Educ", "Education", NAMEWORD},
    {"eg", "for example", LATIN | NODOT}, /* British style: "(eg, frees)" */
    /* Kenya's and Nigeria's "Eng. Faith Mutua", before a name (a
     * cricket card's "Eng" is England's, with no stop) */
    {"Eng", "Engineer", KS_AB_CAN_END | KS_AB_WEAK},
    {"Engr", "Engineer", TITLE | NODOT}, /* "head Engr. Cedric Bonifacio" */
    {"Ens", "Ensign", TITLE},
    {"Envtl", "Environmental", NAMEWORD},
    {"Ep", NULL, NUM | KS_AB_CAPITAL}, /* an epistle's or an episode's: "Ep. 3" */
    {"Eq", "equation", NUM},
    {"Eqs", "equations", NUM},
    {"esp", "especially", LATIN},
    {"Esq", "Esquire", SUFFIX},
    {"est", "estimated", LATIN},
    {"et al", NULL, LATIN_END},
    {"et seq", NULL, LATIN_END}, /* "para. 48 et seq." */
    {"etc", "et cetera", LATIN_END},
    {"excl", "excluding", LATIN | NODOT},
    {"exec", "executive", LATIN_END}, /* "the firm's chief exec." */
    {"Exp", "experiment", NUM | KS_AB_CAPITAL},
    {"ext", "extension", NUM},
    {"Feb", "February", MONTH},
    {"Fig", "figure", NUM},
    {"Figs", "figures", NUM},
    {"fl", "flourished", LIFE}, /* before a year: "(fl. 880)" */
    {"Fla", "Florida", PLACE},
    {"fol", "folio", NUM},
    {"fols", "folios", NUM},
    {"Fr", "Father", TITLE},
    {"Fri", "Friday", WDAY},
    {"Ft", "Fort", PREFIX | NODOT},
    {"Ga", "Georgia", PLACE},
    {"Gen", "General", TITLE | NODOT},
    {"Glos", "Gloucestershire", PLACE_WORD | NODOT}, /* an English county after a town and its comma: "Stow, Glos," */
    {"Gloucs", "Gloucestershire", PLACE_WORD | NODOT},
    {"Gov", "Governor", TITLE},
    {"Govt", "Government", SUFFIX | NODOT}, /* "the Govt said" */
    {"govt", "government", LATIN_WEAK | NODOT}, /* "the govt. would", "form govt" */
    {"Gyr", "billion years", LATIN_END}, /* geology's time: "2.4 Gyr." */
    {"H.S", "High School", ACRO}, /* "Lincoln H.S." */
    {"Hants", "Hampshire", PLACE_WORD | NODOT},
    {"Herts", "Hertfordshire", PLACE_WORD | NODOT},
    {"hols", "holidays", LATIN_END}, /* "on Sundays and public hols." */
    {"Hon", "Honorable", TITLE | NODOT}, /* "Rt Hon": words.c; "Hon Hai" */
    {"Hosp", "Hospital", NAMEWORD},
    {"Hwy", "Highway", PLACE | NODOT}, /* "near Hwy 50" */
    {"i.e", "that is", LATIN},
    {"i.p", NULL, LATIN_END},
    {"i.v", NULL, LATIN_END},
    {"ie", "that is", LATIN | NODOT}, /* British style: "(ie, 50%)" */
    {"Ill", "Illinois", PLACE},
    {"illus", "illustrations", LATIN},
    {"Inc", "Incorporated", COMPANY | NODOT},
    {"inc", "including", LATIN}, /* "£30 inc. VAT" */
    {"incl", "including", LATIN | NODOT},
    {"Ind", "Indiana", PLACE},
    {"Ing", "Engineer", TITLE | KS_AB_CAPITAL}, /* "said Ing. Rosa Mamani"; not ING */
    {"Insp", "Inspector", TITLE | NODOT},
    {"Intl", "International", COMPANY},
    /* the Netherlands' and the Dutch Caribbean's engineer, in small letters:
     * "KSB CEO ir. Glenn Doran" */
    {"ir", "engineer", TITLE},
    {"Jan", "January", MONTH},
    {"Jas", "James", TITLE},
    {"Jct", "Junction", PLACE | NODOT}, /* "near Jct. 12" */
    {"Jr", "Junior", SUFFIX | NODOT}, /* "Martin Luther King Jr said" */
    {"Jul", "July", MONTH},
    {"Jun", "June", MONTH},
    {"Kan", "Kansas", PLACE},
    {"Ky", "Kentucky", PLACE},
    {"kyr", "thousand years", LATIN_END},
    {"l", "line", NUM}, /* a poem's line: "at l. 13" */
    {"L.A", NULL, ACRO},
    {"La", "Louisiana", PLACE},
    {"Lancs", "Lancashire", PLACE_WORD | NODOT},
    {"Leics", "Leicestershire", PLACE_WORD | NODOT},
    {"Lem", "lemma", NUM | KS_AB_CAPITAL},
    /* Latin America's graduate's title before a name, left unsaid (its
     * word, "Licenciado" or "Licenciada", follows the person's sex, which
     * the text does not give): "said Lic. Rosmery Quispe" is no sentence's
     * end (set AY) */
    {"Lic", "", TITLE},
    {"Lieut", "Lieutenant", TITLE},
    {"Lincs", "Lincolnshire", PLACE_WORD | NODOT},
    {"ll", "lines", NUM}, /* "ll. 1-24" */
    {"Ln", "Lane", PLACE},
    {"Lt", "Lieutenant", TITLE | NODOT},
    {"Ltd", "Limited", COMPANY | NODOT},
    {"M.A", NULL, ACRO},
    {"M.D", NULL, ACRO},
    {"M.Sc", NULL, ACRO},
    /* the Philippines' "Ma. Cristina Dela Peña": Maria before a name */
    {"Ma", "Maria", KS_AB_CAN_END | KS_AB_WEAK},
    /* Austria's and Liechtenstein's degree before a name, "Mag. Daniel
     * Risch" (set BH's review): no sentence ends at it; left as written,
     * a journal's "Phil. Mag. Lett." too */
    {"Mag", NULL, TITLE},
    {"Maj", "Major", TITLE | NODOT},
    {"Man", "Manitoba", PLACE_WORD}, /* "Brandon, Man." */
    {"Mar", "March", MONTH},
    {"Mass", "Massachusetts", PLACE_WORD},
    {"max", "maximum", NUM | KS_AB_CAPITAL}, /* "max. 500", not "Max." */
    {"Md", "Maryland", PLACE},
    {"Mdm", "Madam", TITLE | NODOT}, /* Singapore, Malaysia */
    {"Me", "Maine", PLACE_WORD}, /* "Port Clyde, Me." */
    {"Messrs", "Messers", TITLE}, /* said as written: MESS-erz */
    {"Mfg", "Manufacturing", SUFFIX},
    {"Mgmt", "Management", NAMEWORD},
    {"Mich", "Michigan", PLACE},
    {"Mids", "Midlands", PLACE_WORD | NODOT}, /* "the W Mids" */
    {"Minn", "Minnesota", PLACE},
    {"Miss", "Mississippi", PLACE_WORD}, /* "Jackson, Miss."; Miss Smith */
    /* a model's mark before its numeral: "Spitfire Mk IX", "Golf Mk 8" */
    {"Mk", "Mark", NUM | NODOT | KS_AB_CAPITAL},
    {"Mlle", "Mademoiselle", TITLE | NODOT},
    {"mm", "measures", NUM}, /* a score's bars: "the drafts for mm. 1-40" */
    {"Mme", "Madame", TITLE | NODOT},
    {"Mo", "Missouri", PLACE},
    {"Mohd", "Mohammed", TITLE | NODOT}, /* "Mohd. Arshad", "Ain Mohd Yusof" */
    {"MoM", "month on month", LATIN_END | NODOT},
    {"Mon", "Monday", WDAY},
    {"Mont", "Montana", PLACE},
    {"mos", "months", LATIN_END}, /* "roughly 18 mos. after" */
    {"Mr", NULL, TITLE},
    {"Mrs", "Missus", TITLE | NODOT}, /* as said: espeak-ng says "Misiz" */
    {"Ms", "Miz", TITLE | NODOT},
    {"Msgr", "Monsignor", TITLE},
    {"Mt", "Mount", PREFIX | NODOT},
    {"Mwy", "Motorway", PLACE | NODOT}, /* "the Pacific Mwy" */
    {"Myr", "million years", LATIN_END}, /* "20 Myr. earlier than" */
    {"N.B", "New Brunswick", ACRO | KS_AB_PLACE | KS_AB_WORD_TOO},
    {"N.C", "North Carolina", ACRO | KS_AB_PLACE},
    {"N.D", "North Dakota", ACRO | KS_AB_PLACE},
    {"N.H", "New Hampshire", ACRO | KS_AB_PLACE},
    {"N.J", "New Jersey", ACRO | KS_AB_PLACE},
    {"N.L", "Newfoundland and Labrador", ACRO | KS_AB_PLACE},
    {"N.M", "New Mexico", ACRO | KS_AB_PLACE},
    {"N.S", "Nova Scotia", ACRO | KS_AB_PLACE | KS_AB_WORD_TOO},
    {"N.S.W", "New South Wales", ACRO | KS_AB_PLACE},
    {"N.V", NULL, COMPANY},
    {"N.W.T", "Northwest Territories", ACRO | KS_AB_PLACE},
    {"N.Y", "New York", ACRO | KS_AB_PLACE},
    {"N.Z", "New Zealand", ACRO | KS_AB_PLACE},
    {"NAf", NULL, NUM}, /* the Antillean guilder, "NAf. 3.4 million" */
    {"Natl", "National", TITLE}, /* "the Natl. Park Service" */
    {"Neb", "Nebraska", PLACE},
    {"Nev", "Nevada", PLACE},
    {"Nfld", "Newfoundland", PLACE},
    {"No", "number", NUM | NODOT}, /* "world No 1", "No 10 Downing Street" */
    {"Northants", "Northamptonshire", PLACE_WORD | NODOT},
    {"Nos", "numbers", NUM},
    {"Notts", "Nottinghamshire", PLACE_WORD | NODOT},
    {"Nov", "November", MONTH},
    {"Nr", "number", NUM}, /* "Nr. 5", as German and Dutch write it */
    {"nr", "near", LATIN | NODOT}, /* "Mill Rd, nr Ely": a place's */
    {"NSW", "New South Wales", PLACE | NODOT}, /* "NSW Police" */
    {"NZ", "New Zealand", LATIN | NODOT}, /* "NZ First", "the NZ Herald" */
    {"N°", "number", NUM},
    {"Nº", "number", NUM},
    {"o.n.o", "or nearest offer", LATIN_END}, /* a small ad's price */
    {"Oct", "October", MONTH},
    {"Ofc", "Officer", TITLE},
    {"Okla", "Oklahoma", PLACE},
    {"Ont", "Ontario", PLACE},
    {"Op", "opus", NUM},
    {"Ore", "Oregon", PLACE_WORD},
    {"Orig", "originally", LATIN},
    {"Oxon", "Oxfordshire", PLACE_WORD | NODOT},
    {"p", "page", NUM},
    {"p.a", "per annum", LATIN_END}, /* "$49 p.a." */
    {"P.E.I", "Prince Edward Island", ACRO | KS_AB_PLACE},
    {"p.m", NULL, TIME},
    {"P.O", NULL, ACRO}, /* "P.O. Box 30099": goes on before "Box" */
    {"p.o", NULL, LATIN_END},
    {"Pa", "Pennsylvania", PLACE},
    {"Pac", "Pacific", NAMEWORD}, /* "Pac. Tanker Co. v. ..." */
    {"para", "paragraph", NUM},
    {"paras", "paragraphs", NUM},
    {"pcm", "per calendar month", LATIN_END | NODOT}, /* "£900 pcm" */
    {"Penn", "Pennsylvania", PLACE_WORD}, /* "Erie, Penn."; not "Sean Penn." */
    {"Pfc", "Private First Class", TITLE},
    {"Ph.D", "P H D", ACRO},
    {"pkg", "package", LATIN_END}, /* "The pkg. weighs 2 lb." */
    {"pkgs", "packages", LATIN_END},
    {"Pkwy", "Parkway", PLACE},
    {"pop", "population", NUM}, /* "(pop. 139,000)" */
    {"pp", "pages", NUM},
    {"Pres", "President", TITLE},
    {"Prof", "Professor", TITLE | NODOT},
    {"Prop", "Proposition", NUM | KS_AB_CAPITAL},
    /* a park's or a government's: "Mt. Robson Prov. Park" (a Bible's
     * "Prov. 3:5" is read by its book list) */
    {"Prov", "Provincial", TITLE},
    {"psf", "per square foot", LATIN_END | NODOT}, /* "$2,180 psf" */
    /* a cape's or a town's "Point", India's "Pandit", a work's "Part":
     * words.c reads it by what is around it (its stop ends no sentence
     * before a name) */
    {"Pt", NULL, PREFIX},
    {"Pte", "Private", TITLE | NODOT}, /* a soldier; "Pte Ltd" private */
    {"Pty", "Proprietary", COMPANY | NODOT}, /* "Acme Pty Ltd" */
    {"publ", "published", LATIN},
    {"Pvt", "Private", TITLE | NODOT}, /* "Pvt Ltd" too */
    {"q.d", NULL, LATIN_END},
    {"q.h.s", NULL, LATIN_END}, /* at bedtime */
    {"q.i.d", NULL, LATIN_END},
    {"Qld", "Queensland", PLACE | NODOT},
    {"QoQ", "quarter on quarter", LATIN_END | NODOT},
    {"Que", "Quebec", PLACE},
    {"r", "reigned", LIFE}, /* before a year: "(r. 718-729)" */
    {"R.I", "Rhode Island", ACRO | KS_AB_PLACE},
    {"r.t", NULL, LATIN_END}, /* room temperature, in chemistry */
    {"Rd", "Road", PLACE},
    {"Ref", "reference", NUM},
    {"Refs", "references", NUM},
    {"Regt", "Regiment", SUFFIX},
    {"Rep", "Representative", TITLE},
    {"Reps", "Representatives", TITLE},
    {"Res", "resolution", NUM}, /* "General Assembly Res. 60/251" */
    {"resp", "respectively", LATIN_END},
    {"Ret", "retired", LATIN}, /* "Gen. (Ret.) John Allen" */
    {"Retd", "retired", LATIN | NODOT}, /* "Brig. (retd.) Ashok Mehta" */
    {"retd", "retired", LATIN | NODOT},
    {"Rev", "Reverend", TITLE | NODOT}, /* "the Rt Rev Jane Roe" */
    {"rev", NULL, LATIN_WEAK}, /* revised: words.c */
    {"Revd", "Reverend", TITLE | NODOT}, /* "the Revd Canon Grace Mensah" */
    {"Rm", "room", NUM | NODOT}, /* "Rm. 14", "Rm 3.04" */
    {"Rs", NULL, NUM},
    {"Rt", "Right", TITLE | NODOT}, /* "Rt Hon" */
    {"rtd", "retired", LATIN | NODOT}, /* "Maj.-Gen. Chidi Eze (rtd.)" */
    {"Rte", "Route", NUM},
    {"S.A", NULL, COMPANY},
    {"S.C", "South Carolina", ACRO | KS_AB_PLACE},
    {"S.D", "South Dakota", ACRO | KS_AB_PLACE},
    {"s.i.d", NULL, LATIN_END}, /* a dose once a day (veterinary) */
    {"s.l", "sensu lato", LATIN_END}, /* a species "in the wide sense" */
    {"s.v", "sub verbo", LATIN}, /* a dictionary's "under the word" */
    {"Sask", "Saskatchewan", PLACE},
    {"Sat", "Saturday", WDAY},
    {"Sdn", "Sendirian", COMPANY | NODOT}, /* "Permata Futures Sdn Bhd" */
    {"Sec", "section", NUM | KS_AB_CAPITAL}, /* "Sec. 420 of the IPC" */
    {"Sect", "section", NUM},
    {"Sen", "Senator", TITLE},
    {"Sens", "Senators", TITLE},
    {"Sep", "September", MONTH},
    {"Sept", "September", MONTH},
    {"Sgt", "Sergeant", TITLE | NODOT},
    {"Shrops", "Shropshire", PLACE_WORD | NODOT},
    {"Smt", "Shreemati", TITLE | NODOT}, /* India: "Smt. Sunita Devi" */
    {"Snr", "Senior", TITLE | NODOT}, /* "Snr Sgt", "Snr Const" */
    {"sp", "species", LATIN_END},
    {"Spc", "Specialist", TITLE},
    {"spp", "species", LATIN_END},
    {"Sq", "Square", PLACE},
    {"Sr", "Senior", SUFFIX},
    {"St", "Saint", PREFIX | NODOT}, /* "St George's Chapel" */
    {"Sta", "Santa", DOCTOR}, /* "Sta. Rosa"; after a name, "Penn Sta." */
    {"Staffs", "Staffordshire", PLACE_WORD | NODOT},
    {"Stat", NULL, NUM | KS_AB_CAPITAL}, /* the Statutes at Large: "17 Stat. 13" */
    {"Ste", NULL, TITLE | KS_AB_NUMBER}, /* Suite, Sainte: words.c */
    {"Stn", "Station", PLACE},
    {"Sto", "Santo", TITLE}, /* "Sto. Tomas" */
    {"subg", "subgenus", LATIN},        /* "Rubus subg. Idaeobatus" */
    {"subsect", "subsection", LATIN}, /* "Rhododendron subsect. Maddenia" */
    {"subsp", "subspecies", LATIN_WEAK},
    {"Sun", "Sunday", WDAY},
    {"Supp", "Supplement", NUM}, /* a law reporter's: "F. Supp. 3d" */
    {"Suppl", "supplementary", NUM},
    {"Supt", "Superintendent", TITLE | NODOT},
    {"t.i.d", NULL, LATIN_END},
    {"Tab", "table", NUM | KS_AB_CAPITAL},
    {"Tas", "Tasmania", PLACE_WORD | NODOT}, /* after a town: "Hobart, Tas" */
    {"tel", "telephone", NUM},
    {"temp", "temperature", LATIN_END}, /* "Water temp.: 24.5°C" (set AW) */
    {"Tenn", "Tennessee", PLACE},
    {"Terr", "Territory", SUFFIX}, /* "Mont. Terr.", "Dakota Terr." */
    {"Tex", "Texas", PLACE_WORD},
    {"Thm", "theorem", NUM},
    {"Thos", "Thomas", TITLE},
    {"Thu", "Thursday", WDAY},
    {"Thur", "Thursday", WDAY},
    {"Thurs", "Thursday", WDAY},
    {"trans", NULL, LATIN_WEAK}, /* translated: words.c */
    {"Transp", "Transportation", NAMEWORD},
    {"Tue", "Tuesday", WDAY},
    {"Tues", "Tuesday", WDAY},
    {"Twp", "Township", KS_AB_CAN_END | KS_AB_CAPITAL}, /* ends: "in Bedford Twp. Call" */
    {"U.A.E", NULL, ACRO},
    {"U.K", NULL, ACRO},
    {"U.N", NULL, ACRO},
    {"U.S", NULL, ACRO},
    {"U.S.A", NULL, ACRO},
    {"U.S.S.R", NULL, ACRO},
    {"ul", "ulica", TITLE}, /* a Polish street before its name: "ul. Grodzka" */
    {"Univ", "University", SUFFIX},
    {"Utd", "United", SUFFIX | NODOT}, /* "Man Utd", "Leeds Utd" */
    {"Util", "Utilities", NAMEWORD},
    {"v", "versus", LATIN},
    {"Va", "Virginia", PLACE},
    {"var", "variety", LATIN_WEAK}, /* a plant's: "Maize var. SC403" */
    {"Ver", "version", NUM},
    {"Vic", "Victoria", PLACE_WORD | NODOT}, /* after a town: "Ballarat, Vic" */
    {"viz", "namely", LATIN | NODOT},
    {"Vol", "volume", NUM},
    {"Vols", "volumes", NUM},
    {"vs", "versus", LATIN | NODOT},
    {"Vt", "Vermont", PLACE},
    {"vv", "verses", NUM}, /* "vv. 17-18" */
    {"W.A", "Western Australia", ACRO | KS_AB_PLACE}, /* "Kwinana, W.A.," */
    {"W.Va", "West Virginia", PLACE},
    {"Warks", "Warwickshire", PLACE_WORD | NODOT},
    {"Wash", "Washington", PLACE_WORD},
    {"Wed", "Wednesday", WDAY},
    {"Weds", "Wednesday", WDAY},
    {"Wilts", "Wiltshire", PLACE_WORD | NODOT},
    {"Wis", "Wisconsin", PLACE},
    {"wk", "week", LATIN_END},  /* "the following wk." */
    {"Wks", "Weeks", LATIN_END | NODOT}, /* a chart's column: "Wks: 4" */
    {"wks", "weeks", LATIN_END}, /* "approx. six wks." */
    {"Wm", "William", TITLE},
    {"Worcs", "Worcestershire", PLACE_WORD | NODOT},
    {"WWI", "World War One", LATIN | NODOT},
    {"WWII", "World War Two", LATIN | NODOT},
    {"Wyo", "Wyoming", PLACE},
    {"Y.T", "Yukon", ACRO | KS_AB_PLACE},
    {"Yorks", "Yorkshire", PLACE_WORD | NODOT},
    {"YoY", "year on year", LATIN_END | NODOT},
    {"yoy", "year on year", LATIN_END | NODOT}, /* "up 11% yoy" */
    {"Yr", "Year", NUM | NODOT}, /* a school year: "Yr 6 pupils" */
    {"yr", "year", LATIN_END},  /* "the following yr." */
    {"yrs", "years", LATIN_END},
    {"YTD", "year to date", LATIN_END | NODOT}, /* "up 12% YTD" */
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
                                       "Across",
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
                                       "Based",
                                       "Because",
                                       "Before",
                                       "Being",
                                       "Both",
                                       "But",
                                       "By",
                                       "Can",
                                       "Collectively",
                                       "Compared",
                                       "Consequently",
                                       "Consistent",
                                       "Conversely",
                                       "Could",
                                       "Currently",
                                       "Despite",
                                       "Did",
                                       "Do",
                                       "Does",
                                       "Dozens",
                                       "During",
                                       "Each",
                                       "Earlier",
                                       "Eight",
                                       "Eighty",
                                       "Either",
                                       "Eleven",
                                       "Even",
                                       "Eventually",
                                       "Every",
                                       "Everyone",
                                       "Everything",
                                       "Few",
                                       "Fifty",
                                       "Finally",
                                       "First",
                                       "Five",
                                       "Following",
                                       "For",
                                       "Forty",
                                       "Four",
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
                                       "Hundreds",
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
                                       "Less",
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
                                       "Nine",
                                       "Ninety",
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
                                       "Seven",
                                       "Seventy",
                                       "Several",
                                       "She",
                                       "Should",
                                       "Similar",
                                       "Similarly",
                                       "Since",
                                       "Six",
                                       "Sixty",
                                       "So",
                                       "Some",
                                       "Someone",
                                       "Something",
                                       "Sometimes",
                                       "Soon",
                                       "Specifically",
                                       "Still",
                                       "Such",
                                       "Surprisingly",
                                       "Taken",
                                       "Ten",
                                       "That",
                                       "The",
                                       "Their",
                                       "Then",
                                       "There",
                                       "Therefore",
                                       "These",
                                       "They",
                                       "Thirty",
                                       "This",
                                       "Those",
                                       "Though",
                                       "Thousands",
                                       "Three",
                                       "Thus",
                                       "To",
                                       "Today",
                                       "Together",
                                       "Tomorrow",
                                       "Too",
                                       "Twelve",
                                       "Twenty",
                                       "Two",
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
                                       "Whereas",
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

static const char *const name_preps[] = {
    "after", "against", "and", "before", "by", "contra", "especially", "ex",
    "following", "for", "from", "including", "like", "namely", "notably", "of",
    "particularly", "said", "since", "than", "to", "told", "under", "unlike",
    "versus", "with"};

static const char *const letter_nouns[] = {
    "Annex",   "Appendix", "Block",    "Category", "Class",  "Exhibit",
    "Fig",     "Figure",   "Gate",     "Grade",    "Group",  "Hepatitis",
    "Level",   "Option",   "Panel",    "Part",     "Phase",  "Plan",
    "Platform", "Schedule", "Sect",    "Section",  "Series", "Step",
    "Table",   "Terminal", "Tier",     "Type",     "Vitamin", "Zone"};

/* Units after a number. Matched case-sensitively, longest first within a
 * shared prefix, and only when no letter follows. */
static const struct ks_unit units[] = {
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"km²", "square kilometer", "square kilometers"},
    {"km2", "square kilometer", "square kilometers"},
    {"km³", "cubic kilometer", "cubic kilometers"},
    {"kmh", "kilometer per hour", "kilometers per hour"},
    {"kph", "kilometer per hour", "kilometers per hour"},
    {"kmph", "kilometer per hour", "kilometers per hour"}, /* India's */
    {"km", "kilometer", "kilometers"},
    /* a dairy's milk solids, "NZ$10 per kgMS" */
    {"kgMS", "kilogram of milk solids", "kilograms of milk solids"},
    {"kg", "kilogram", "kilograms"},
    {"KG", "kilogram", "kilograms"},
    {"kWh", "kilowatt hour", "kilowatt hours"},
    {"MLD", "million liters a day", "million liters a day"},
    {"kWp", "kilowatt peak", "kilowatts peak"}, /* solar panels' rating */
    {"kW", "kilowatt", "kilowatts"},
    {"kHz", "kilohertz", "kilohertz"},
    /* energy: a reaction's, a food's, a gas bill's */
    {"kJ", "kilojoule", "kilojoules"},
    {"GJ", "gigajoule", "gigajoules"},
    {"kt", "knot", "knots"},
    {"kts", "knot", "knots"},
    {"kn", "knot", "knots"},
    /* force: a rope's or a bolt's rating, an engine's thrust */
    {"kN", "kilonewton", "kilonewtons"},
    /* a wire's dotted speed, "15 m.p.h.", before the meter's "m" */
    {"m.p.h.", "mile per hour", "miles per hour"},
    {"m²", "square meter", "square meters"},
    {"sqm", "square meter", "square meters"},
    {"m2", "square meter", "square meters"},
    {"m³", "cubic meter", "cubic meters"},
    {"m/s", "meter per second", "meters per second"},
    {"mph", "mile per hour", "miles per hour"},
    /* oil output in millions: "2.06 mbpd", "12 mb/d", "1.5m bpd" */
    {"mbpd", "million barrels per day", "million barrels per day"},
    {"mb/d", "million barrels per day", "million barrels per day"},
    {"m bpd", "million barrels per day", "million barrels per day"},
    {"mmHg", "millimeter of mercury", "millimeters of mercury"},
    {"mm Hg", "millimeter of mercury", "millimeters of mercury"},
    {"mm", "millimeter", "millimeters"},
    {"mg", "milligram", "milligrams"},
    {"ml", "milliliter", "milliliters"},
    /* water's conductivity (set AW) */
    {"µS/cm", "microsiemens per centimeter", "microsiemens per centimeter"},
    {"μS/cm", "microsiemens per centimeter", "microsiemens per centimeter"},
    {"mS/cm", "millisiemens per centimeter", "millisiemens per centimeter"},
    /* a water tariff's kilolitres, "0-6 kl" */
    {"kl", "kiloliter", "kiloliters"},
    {"kL", "kiloliter", "kiloliters"},
    {"mL", "milliliter", "milliliters"},
    /* a city's or a dam's water: "fallen to 520Ml", "a 600 Ml/day plant" */
    {"Ml", "megaliter", "megaliters"},
    {"cl", "centiliter", "centiliters"}, /* wine's "75cl", "a 12.5cl glass" */
    {"mℓ", "milliliter", "milliliters"}, /* South Africa's "500mℓ" */
    {"mbps", "megabit per second", "megabits per second"},
    {"Mbps", "megabit per second", "megabits per second"},
    {"MBps", "megabyte per second", "megabytes per second"},
    {"GBps", "gigabyte per second", "gigabytes per second"},
    {"MB/s", "megabyte per second", "megabytes per second"},
    {"GB/s", "gigabyte per second", "gigabytes per second"},
    {"Mbit", "megabit", "megabits"}, /* "100 Mbit/s" */
    {"Gbps", "gigabit per second", "gigabits per second"},
    {"Gbit", "gigabit", "gigabits"},
    {"kbps", "kilobit per second", "kilobits per second"},
    {"Kbps", "kilobit per second", "kilobits per second"},
    {"kbit", "kilobit", "kilobits"},
    {"Tbit", "terabit", "terabits"},
    {"mi", "mile", "miles"},
    {"nmi", "nautical mile", "nautical miles"},
    {"pct", "percent", "percent"},
    {"pc", "percent", "percent"}, /* British papers: "rose 1.2pc" */
    {"m", "meter", "meters"},
    {"cm", "centimeter", "centimeters"},
    {"cc", "C C", "C C"}, /* as said of engines and doses */
    {"ct", "carat", "carats"}, /* gold and gems: "18ct gold" */
    {"gms", "gram", "grams"}, /* India's gold: "Rs 62,350 per 10 gm" */
    {"gm", "gram", "grams"},
    {"g", "gram", "grams"},
    {"lbf", "pound-force", "pounds-force"}, /* thrust */
    {"lb-ft", "pound-foot", "pound-feet"}, /* torque */
    {"lb ft", "pound-foot", "pound-feet"},
    /* a motoring page's "14-19 deg C" */
    {"deg C", "degree Celsius", "degrees Celsius"},
    {"deg F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"lb.-ft", "pound-foot", "pound-feet"},
    {"lbs", "pound", "pounds"},
    {"lb", "pound", "pounds"},
    {"l", "liter", "liters"}, /* "1.5l", "1.5 l of stock" */
    {"fl oz", "fluid ounce", "fluid ounces"},
    {"fl. oz", "fluid ounce", "fluid ounces"},
    {"oz", "ounce", "ounces"},
    /* a gold miner's output: "118koz", "4.2Moz" */
    {"koz", "thousand ounces", "thousand ounces"},
    {"Moz", "million ounces", "million ounces"},
    {"bbl", "barrel", "barrels"}, /* oil: "$85/bbl" */
    {"ft", "foot", "feet"},
    {"sq.ft", "square foot", "square feet"}, /* before "sq" */
    {"cu.ft", "cubic foot", "cubic feet"},
    /* (and the metric ones with a stop, "a 31,400 sq.m. plot", "1,200
     * sq.km"; round 45, set BD) */
    {"sq.km", "square kilometer", "square kilometers"},
    {"sq.m", "square meter", "square meters"},
    {"cu.km", "cubic kilometer", "cubic kilometers"},
    {"cu.m", "cubic meter", "cubic meters"},
    /* a timber yard's cubic feet: "11,200 cft" */
    {"cft", "cubic foot", "cubic feet"},
    {"sq", "square", "square"}, /* and the unit after it: "sq mi" */
    {"cu", "cubic", "cubic"},
    {"ha", "hectare", "hectares"},
    /* shipping's containers, twenty- and forty-foot equivalent units,
     * said as letters whatever their case: "14,000 TEU", "$2,150 per feu" */
    {"TEU", "T E U", "T E U"},
    {"teu", "T E U", "T E U"},
    {"FEU", "F E U", "F E U"},
    {"feu", "F E U", "F E U"},
    {"ac", "acre", "acres"}, /* "40 ac. of woodland" */
    {"ov", "over", "overs"}, /* a cricket scorecard's "236/3 (62 ov)" */
    {"MWp", "megawatt peak", "megawatts peak"},
    {"MW", "megawatt", "megawatts"},
    /* a plant's or a mine's rate: "a 2.5Mtpa plant" */
    {"Mtpa", "million tonnes a year", "million tonnes a year"},
    {"ktpa", "thousand tonnes a year", "thousand tonnes a year"},
    /* "83.9Mt of iron ore", "200 Mt of TNT": a megatonne is a million */
    {"Mt", "million tonnes", "million tonnes"},
    {"t", "tonne", "tonnes"},          /* "150 t in mass" */
    /* geology's dates: "formed about 66 Ma", "4.5 Ga" */
    {"Ma", "million years ago", "million years ago"},
    {"Ga", "billion years ago", "billion years ago"},
    {"Gt", "gigatonne", "gigatonnes"}, /* "1.2 Gt of ice" */
    {"GW", "gigawatt", "gigawatts"},
    {"MHz", "megahertz", "megahertz"},
    {"GHz", "gigahertz", "gigahertz"},
    {"Hz", "hertz", "hertz"},
    {"hPa", "hectopascal", "hectopascals"},
    {"kPa", "kilopascal", "kilopascals"},
    {"mbar", "millibar", "millibars"},
    /* astronomy's: "13.1 billion ly", "3.2 kpc", "1.2 Gyr", "10^9 M☉" */
    {"ly", "light-year", "light-years"},
    {"AU", "astronomical unit", "astronomical units"}, /* "within 0.71 AU" */
    {"kpc", "kiloparsec", "kiloparsecs"},
    {"Mpc", "megaparsec", "megaparsecs"},
    {"Gpc", "gigaparsec", "gigaparsecs"},
    {"Gyr", "billion years", "billion years"},
    {"Myr", "million years", "million years"},
    {"kyr", "thousand years", "thousand years"}, /* "12 kyr ago" */
    {"M☉", "solar mass", "solar masses"},
    {"M⊙", "solar mass", "solar masses"},
    /* a crop's and a commodity's: "Rs 2,369 per qtl", "530,000 MT" */
    {"qtl", "quintal", "quintals"},
    {"MT", "metric tonne", "metric tonnes"},
    {"GB", "gigabyte", "gigabytes"},
    {"MB", "megabyte", "megabytes"},
    {"TB", "terabyte", "terabytes"},
    {"°C", "degree Celsius", "degrees Celsius"},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"ºC", "degree Celsius", "degrees Celsius"},
    {"ºF", "degree Fahrenheit", "degrees Fahrenheit"},
    {"°", "degree", "degrees"},
    {"º", "degree", "degrees"},
    /* power and energy: "65W", "100Wh", "5,000mAh" */
    {"MWh", "megawatt hour", "megawatt hours"},
    {"GWh", "gigawatt hour", "gigawatt hours"},
    {"TWh", "terawatt hour", "terawatt hours"},
    {"TW", "terawatt", "terawatts"},
    {"Wh", "watt hour", "watt hours"},
    {"W", "watt", "watts"},
    {"mAh", "milliamp hour", "milliamp hours"},
    /* a resistor's: "4.7 kΩ", "220Ω" */
    {"k\xCE\xA9", "kilohm", "kilohms"},
    {"M\xCE\xA9", "megohm", "megohms"},
    {"\xCE\xA9", "ohm", "ohms"},
    /* a cell's capacity, "314Ah" (after "mAh", which holds it) */
    {"Ah", "amp-hour", "amp-hours"},
    /* a climb's or a descent's rate */
    {"fpm", "foot per minute", "feet per minute"},
    {"kV", "kilovolt", "kilovolts"},
    {"V", "volt", "volts"},
    {"Nm", "newton meter", "newton meters"},
    {"hp", "horsepower", "horsepower"},
    {"bhp", "brake horsepower", "brake horsepower"},
    {"rpm", "revolution per minute", "revolutions per minute"},
    {"cwt", "hundredweight", "hundredweight"}, /* "a sack of 2 cwt" */
    {"wpm", "word per minute", "words per minute"}, /* typing, speech */
    {"bpm", "beat per minute", "beats per minute"},
    /* an engine's: "four cyls", "a 6-cyl", "an 8-spd gearbox" */
    {"cyls", "cylinder", "cylinders"},
    {"cyl", "cylinder", "cylinders"},
    {"spd", "speed", "speeds"},
    {"dB(A)", "A-weighted decibel", "A-weighted decibels"},
    {"dBA", "A-weighted decibel", "A-weighted decibels"},
    {"dB", "decibel", "decibels"},
    /* particle physics: "13.6 TeV" */
    {"TeV", "tera electron volt", "tera electron volts"},
    {"GeV", "giga electron volt", "giga electron volts"},
    {"MeV", "mega electron volt", "mega electron volts"},
    {"keV", "kilo electron volt", "kilo electron volts"},
    {"eV", "electron volt", "electron volts"},
    /* temperatures written after the number without a degree sign */
    {"C", "degree Celsius", "degrees Celsius"},
    {"F", "degree Fahrenheit", "degrees Fahrenheit"},
    /* kitchen and time */
    {"tbsp", "tablespoon", "tablespoons"},
    {"Tbsp", "tablespoon", "tablespoons"},
    {"tsp", "teaspoon", "teaspoons"},
    {"bpd", "barrel per day", "barrels per day"}, /* oil output */
    {"b/d", "barrel per day", "barrels per day"},
    {"mins", "minute", "minutes"},
    {"min", "minute", "minutes"},
    {"secs", "second", "seconds"},
    {"sec", "second", "seconds"},
    {"qts", "quart", "quarts"},
    {"qt", "quart", "quarts"},
    {"pts", "pint", "pints"},   /* "1 pt. of stock": before "of" only */
    {"pt", "pint", "pints"},
    {"hrs", "hour", "hours"},
    {"yrs", "year", "years"},
    /* a race's ages and a sale's price: "for 3yo+", "32,000gns" */
    {"y-o", "year-old", "year-olds"}, /* "the 25-y-o from Geelong" */
    {"yo", "year-old", "year-olds"},
    {"gns", "guinea", "guineas"},
    {"yr", "year", "years"}, /* "a 10-yr sentence" */
    {"wks", "week", "weeks"}, /* "about 6 wks before" */
    {"wk", "week", "weeks"},
    {"mo", "month", "months"}, /* "4.1 mo. [95% CI 2.9-5.6]" */
    {"mths", "month", "months"}, /* a sentence's "4yrs 6mths" */
    {"mth", "month", "months"},
    {"hr", "hour", "hours"},
    {"h", "hour", "hours"}, /* "a 24h pass", "T+3h" */
    {"ms", "millisecond", "milliseconds"},
    /* computing and screens: "5GHz", "144Hz", "60fps", "12MP", "45nm" */
    {"fps", "frame per second", "frames per second"},
    {"MP", "megapixel", "megapixels"},
    {"nm", "nanometer", "nanometers"},
    {"µm", "micrometer", "micrometers"},
    {"μm", "micrometer", "micrometers"}, /* with the Greek letter mu */
    {"KB", "kilobyte", "kilobytes"},
    {"kB", "kilobyte", "kilobytes"},
    {"PB", "petabyte", "petabytes"},
    {"Gb", "gigabit", "gigabits"},
    {"Mb", "megabit", "megabits"},
    /* volume, pressure, others */
    {"L", "liter", "liters"},
    {"ℓ", "liter", "liters"}, /* the script small l: "12c/ℓ" */
    {"Mℓ", "megaliter", "megaliters"},
    {"kℓ", "kiloliter", "kiloliters"},
    {"¢", "cent", "cents"}, /* "costs 73¢" */
    {"gal", "gallon", "gallons"},
    {"bu", "bushel", "bushels"}, /* grain: "rose 6c/bu" */
    {"yds", "yard", "yards"},
    {"yd", "yard", "yards"},
    {"psi", "pound per square inch", "pounds per square inch"},
    {"kcal", "kilocalorie", "kilocalories"},
    {"mpg", "mile per gallon", "miles per gallon"},
    {"ppm", "part per million", "parts per million"},
    {"bpm", "beat per minute", "beats per minute"}, /* a heart's, a song's */
    {"cfs", "cubic foot per second", "cubic feet per second"}, /* a river's */
    {"µg", "microgram", "micrograms"},
    {"μg", "microgram", "micrograms"},
    {"mcg", "microgram", "micrograms"},
    /* blood tests: "126 mg/dL", "7.0 mmol/L" */
    {"dL", "deciliter", "deciliters"},
    {"mmol", "millimole", "millimoles"},
    {"µmol", "micromole", "micromoles"},
    {"mol", "mole", "moles"}, /* "48 mmol/mol", HbA1c's unit */
    /* sports statistics after a count: "2 TDs", "1 INT", "250 ypg" */
    {"TDs", "touchdown", "touchdowns"},
    {"TD", "touchdown", "touchdowns"},
    {"INTs", "interception", "interceptions"},
    {"INT", "interception", "interceptions"},
    {"ypg", "yard per game", "yards per game"},
    {"ppg", "point per game", "points per game"},
    {"rpg", "rebound per game", "rebounds per game"},
    {"apg", "assist per game", "assists per game"},
    {"pts", "point", "points"},
    /* a player's line: "32 pts, 11 reb, 9 ast" */
    {"reb", "rebound", "rebounds"},
    {"ast", "assist", "assists"},
    {"stl", "steal", "steals"},
    {"blk", "block", "blocks"},
    {"HRs", "home run", "home runs"}, /* "25 HRs and 90 RBIs" */
    {"wkts", "wicket", "wickets"},    /* "won by 7 wkts" */
    {"wkt", "wicket", "wickets"},
    {"bps", "basis point", "basis points"}, /* finance: "cut 50 bps" */
    {"bp", "basis point", "basis points"}, /* "a 25-bp cut" */
};

/* Currencies: written before the amount ($5, UAH 1,000) or after it. */
static const struct ks_currency currencies[] = {
    {"US$", "U.S. dollar", "U.S. dollars", "cent", "cents"},
    /* the dollar's country after the sign, as Australian and New Zealand
     * papers write it ("$US1.2 million", "$A1.8 million"; glued to the
     * figures only, scan.c); before "$", which would match first */
    {"$US", "U.S. dollar", "U.S. dollars", "cent", "cents"},
    {"$AU", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"$A", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"$NZ", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    {"$C", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    /* the Dominican peso ("RD$60"), Tonga's pa'anga ("TOP$2.3 million",
     * "T$5") and Samoa's tala ("WS$20", "SAT$20") (round 47, set BF) */
    {"RD$", "peso", "pesos", "centavo", "centavos"},
    {"TOP$", "pa'anga", "pa'anga", "seniti", "seniti"},
    {"T$", "pa'anga", "pa'anga", "seniti", "seniti"},
    {"WS$", "tala", "tala", "sene", "sene"},
    {"SAT$", "tala", "tala", "sene", "sene"},
    {"$", "dollar", "dollars", "cent", "cents"},
    {"€", "euro", "euros", "cent", "cents"},
    /* the pounds of Egypt ("E£450", "£E450"), Lebanon and Syria ("£E"
     * before "£", which would match first) */
    {"£E", "Egyptian pound", "Egyptian pounds", "piastre", "piastres"},
    {"£", "pound", "pounds", "penny", "pence"},
    {"E£", "Egyptian pound", "Egyptian pounds", "piastre", "piastres"},
    {"L£", "Lebanese pound", "Lebanese pounds", "piastre", "piastres"},
    {"S£", "Syrian pound", "Syrian pounds", "piastre", "piastres"},
    {"GH¢", "cedi", "cedis", "pesewa", "pesewas"}, /* Ghana */
    {"GH₵", "cedi", "cedis", "pesewa", "pesewas"},
    {"₵", "cedi", "cedis", "pesewa", "pesewas"},
    {"¥", "yen", "yen", NULL, NULL},
    {"CN¥", "yuan", "yuan", NULL, NULL}, /* and "¥" in China: money.c */
    {"₩", "won", "won", NULL, NULL},
    {"₴", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"₹", "rupee", "rupees", "paisa", "paise"},
    {"₽", "ruble", "rubles", "kopek", "kopeks"},
    /* an ISO code names the currency's country, as exchange rates do:
     * "1 USD = 83 INR" */
    {"USD", "U.S. dollar", "U.S. dollars", "cent", "cents"},
    {"EUR", "euro", "euros", "cent", "cents"},
    {"GBP", "pound", "pounds", "penny", "pence"},
    {"UAH", "hryvnia", "hryvnias", "kopiyka", "kopiykas"},
    {"JPY", "Japanese yen", "Japanese yen", NULL, NULL},
    {"CHF", "Swiss franc", "Swiss francs", NULL, NULL},
    /* written before the amount in the news of other countries */
    {"A$", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"AU$", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"C$", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"CA$", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"NZ$", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    /* the Cayman Islands' (round 45, set BD: "CI$369") */
    {"CI$", "Cayman Islands dollar", "Cayman Islands dollars", "cent", "cents"},
    {"HK$", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents"},
    {"S$", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"NT$", "New Taiwan dollar", "New Taiwan dollars", "cent", "cents"},
    {"MX$", "Mexican peso", "Mexican pesos", "centavo", "centavos"},
    {"R$", "real", "reais", "centavo", "centavos"},
    {"Rs.", "rupee", "rupees", "paisa", "paise"},
    {"Rs", "rupee", "rupees", "paisa", "paise"},
    {"INR", "Indian rupee", "Indian rupees", "paisa", "paise"},
    {"₦", "naira", "naira", "kobo", "kobo"},
    {"NGN", "naira", "naira", "kobo", "kobo"},
    {"Dh", "dirham", "dirhams", NULL, NULL},
    {"DH", "dirham", "dirhams", NULL, NULL}, /* Morocco's papers too */
    /* Jordan's, Ethiopia's, Chile's and Tanzania's papers' signs
     * (round 38; "JD" and "Br" only before figures, money.c) */
    {"JD", "dinar", "dinars", "fils", "fils"},
    {"JOD", "Jordanian dinar", "Jordanian dinars", "fils", "fils"},
    {"Br", "birr", "birr", NULL, NULL},
    {"Ch$", "Chilean peso", "Chilean pesos", NULL, NULL},
    {"CLP$", "Chilean peso", "Chilean pesos", NULL, NULL},
    {"TSh", "shilling", "shillings", "cent", "cents"},
    {"Tsh", "shilling", "shillings", "cent", "cents"},
    /* Saudi papers' riyal, glued to its figures ("SR24.86"; a state
     * route is "SR 91" or "SR-91", money.c) */
    {"SR", "riyal", "riyals", "halala", "halalas"},
    /* Qatar's papers' riyal, glued as the Saudi one ("QR1.1m") */
    {"QR", "Qatari riyal", "Qatari riyals", "dirham", "dirhams"},
    {"AED", "dirham", "dirhams", NULL, NULL},
    {"CNY", "Chinese yuan", "Chinese yuan", NULL, NULL},
    {"RMB", "yuan", "yuan", NULL, NULL},
    {"RM", "ringgit", "ringgit", "sen", "sen"}, /* Malaysia, after "RMB" */
    {"Tk", "taka", "taka", NULL, NULL},         /* Bangladesh */
    {"₺", "lira", "lira", NULL, NULL},
    {"₪", "shekel", "shekels", NULL, NULL},
    {"₱", "peso", "pesos", "centavo", "centavos"},
    {"₫", "dong", "dong", NULL, NULL},
    {"฿", "baht", "baht", NULL, NULL},
    {"₸", "tenge", "tenge", "tiyn", "tiyn"}, /* Kazakhstan's */
    {"KZT", "tenge", "tenge", "tiyn", "tiyn"},
    {"KShs", "shilling", "shillings", "cent", "cents"}, /* "KShs 3.6tr" */
    {"Kshs", "shilling", "shillings", "cent", "cents"},
    {"KSh", "shilling", "shillings", "cent", "cents"},
    {"Ksh", "shilling", "shillings", "cent", "cents"},
    /* (Uganda's "Shs 5,000", before "Sh", its beginning) */
    {"Shs", "shilling", "shillings", "cent", "cents"},
    {"USh", "shilling", "shillings", "cent", "cents"},
    {"Sh", "shilling", "shillings", "cent", "cents"}, /* East Africa's papers */
    /* a code names its country, as an exchange rate does: "1 USD = 155
     * KES" */
    {"KES", "Kenyan shilling", "Kenyan shillings", "cent", "cents"},
    {"ZAR", "South African rand", "South African rand", "cent", "cents"},
    /* Sierra Leone's new leone and Brunei's dollar as their papers write
     * them before the amount (round 43, set BB; Bahrain's "BD" below) */
    {"NLe", "leone", "leones", "cent", "cents"},
    {"B$", "Brunei dollar", "Brunei dollars", "cent", "cents"},
    {"zł", "zloty", "zlotys", NULL, NULL},
    {"PLN", "zloty", "zlotys", NULL, NULL},
    {"SEK", "Swedish krona", "Swedish kronor", NULL, NULL},
    {"NOK", "Norwegian krone", "Norwegian kroner", NULL, NULL},
    {"DKK", "Danish krone", "Danish kroner", NULL, NULL},
    {"MXN", "Mexican peso", "Mexican pesos", NULL, NULL},
    {"CLP", "Chilean peso", "Chilean pesos", NULL, NULL},
    {"ARS", "Argentine peso", "Argentine pesos", NULL, NULL},
    {"CAD", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"AUD", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"NZD", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    {"SGD", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"HKD", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents"},
    {"BRL", "Brazilian real", "Brazilian reais", "centavo", "centavos"},
    {"KRW", "South Korean won", "South Korean won", NULL, NULL},
    {"RUB", "Russian ruble", "Russian rubles", "kopek", "kopeks"},
    /* more codes of the news: Africa's, Asia's, the Caribbean's */
    {"GHS", "Ghanaian cedi", "Ghanaian cedis", "pesewa", "pesewas"},
    {"PKR", "Pakistani rupee", "Pakistani rupees", "paisa", "paise"},
    {"LKR", "Sri Lankan rupee", "Sri Lankan rupees", "cent", "cents"},
    {"BDT", "taka", "taka", "poisha", "poisha"},
    {"EGP", "Egyptian pound", "Egyptian pounds", "piastre", "piastres"},
    {"MYR", "ringgit", "ringgit", "sen", "sen"},
    {"THB", "baht", "baht", "satang", "satang"},
    {"IDR", "rupiah", "rupiah", NULL, NULL},
    {"UGX", "Ugandan shilling", "Ugandan shillings", NULL, NULL},
    {"TZS", "Tanzanian shilling", "Tanzanian shillings", NULL, NULL},
    {"JMD", "Jamaican dollar", "Jamaican dollars", "cent", "cents"},
    {"J$", "Jamaican dollar", "Jamaican dollars", "cent", "cents"},
    {"L$", "Liberian dollar", "Liberian dollars", "cent", "cents"},
    {"TT$", "Trinidad and Tobago dollar", "Trinidad and Tobago dollars",
     "cent", "cents"},
    /* the rest of the Caribbean's dollars, by code and by sign */
    {"TTD", "Trinidad and Tobago dollar", "Trinidad and Tobago dollars",
     "cent", "cents"},
    {"BBD", "Barbados dollar", "Barbados dollars", "cent", "cents"},
    {"BDS$", "Barbados dollar", "Barbados dollars", "cent", "cents"},
    /* Bahrain's dinar, after Barbados's "BDS$" (the first match wins) */
    {"BD", "dinar", "dinars", "fils", "fils"},
    {"XCD", "Eastern Caribbean dollar", "Eastern Caribbean dollars", "cent",
     "cents"},
    {"EC$", "Eastern Caribbean dollar", "Eastern Caribbean dollars", "cent",
     "cents"},
    /* the Dutch Caribbean's: Aruba's florin ("Afl. 1.4 million"), the
     * Antillean guilder ("NAf. 620,000") and the Caribbean guilder that
     * took its place in 2025 ("Cg 2.6 billion") (round 48, set BG) */
    {"Afl.", "florin", "florins", "cent", "cents"},
    {"Afl", "florin", "florins", "cent", "cents"},
    {"AWG", "Aruban florin", "Aruban florins", "cent", "cents"},
    {"NAf.", "guilder", "guilders", "cent", "cents"},
    {"NAf", "guilder", "guilders", "cent", "cents"},
    {"ANG", "Antillean guilder", "Antillean guilders", "cent", "cents"},
    {"Cg", "Caribbean guilder", "Caribbean guilders", "cent", "cents"},
    {"XCG", "Caribbean guilder", "Caribbean guilders", "cent", "cents"},
    {"BZD", "Belize dollar", "Belize dollars", "cent", "cents"},
    {"BZ$", "Belize dollar", "Belize dollars", "cent", "cents"},
    {"GYD", "Guyanese dollar", "Guyanese dollars", "cent", "cents"},
    /* the Pacific's */
    {"FJD", "Fiji dollar", "Fiji dollars", "cent", "cents"},
    {"FJ$", "Fiji dollar", "Fiji dollars", "cent", "cents"},
    {"F$", "Fiji dollar", "Fiji dollars", "cent", "cents"}, /* "F$85 a tonne" */
    {"SI$", "Solomon Islands dollar", "Solomon Islands dollars", "cent",
     "cents"},
    {"WS$", "tala", "tala", "sene", "sene"}, /* Samoa's */
    {"T$", "pa'anga", "pa'anga", "seniti", "seniti"}, /* Tonga's */
    {"G$", "Guyanese dollar", "Guyanese dollars", "cent", "cents"},
    {"PGK", "kina", "kina", "toea", "toea"},
    /* the Gulf's and more of Europe's and Africa's (not codes that are
     * words or initialisms elsewhere: "MAD", "PEN", "COP", "PHP", "TRY",
     * "ILS", an airport's landing system; "SAR", search and rescue, only
     * before an amount: "SAR 1.55bn", "SAR212m") */
    {"QAR", "Qatari riyal", "Qatari riyals", "dirham", "dirhams"},
    {"SAR", "Saudi riyal", "Saudi riyals", "halala", "halalas"},
    /* ("MAD", Morocco's, only before an amount in a sentence about
     * Morocco or with a scale, as "SAR") */
    {"MAD", "Moroccan dirham", "Moroccan dirhams", "centime", "centimes"},
    /* (and "PHP", the language, only before an amount too) */
    {"PHP", "Philippine peso", "Philippine pesos", "centavo", "centavos"},
    {"KWD", "Kuwaiti dinar", "Kuwaiti dinars", "fils", "fils"},
    {"BHD", "Bahraini dinar", "Bahraini dinars", "fils", "fils"},
    {"OMR", "Omani rial", "Omani rials", "baisa", "baisa"},
    {"CZK", "Czech koruna", "Czech korunas", NULL, NULL},
    {"HUF", "forint", "forints", NULL, NULL},
    /* Romania's leu, Bulgaria's lev, Serbia's dinar (after set AV, read
     * after its count: "RON 420" was spelled and read in pairs) */
    {"RON", "leu", "lei", "ban", "bani"},
    {"BGN", "lev", "leva", "stotinka", "stotinki"},
    {"RSD", "Serbian dinar", "Serbian dinars", NULL, NULL},
    /* southern Africa's: Namibia's and Botswana's */
    {"NAD", "Namibian dollar", "Namibian dollars", "cent", "cents"},
    {"N$", "Namibian dollar", "Namibian dollars", "cent", "cents"},
    {"BWP", "pula", "pula", "thebe", "thebe"},
    {"ETB", "birr", "birr", NULL, NULL},
    {"ZMW", "kwacha", "kwacha", NULL, NULL},
    {"XOF", "CFA franc", "CFA francs", NULL, NULL},
    /* papers' signs before the amount in Senegal, Rwanda, Georgia,
     * Uzbekistan, Peru, Zimbabwe, Malawi and Egypt (round 39, set AX) */
    {"FCFA", "CFA franc", "CFA francs", NULL, NULL},
    {"RWF", "Rwandan franc", "Rwandan francs", NULL, NULL},
    {"Rwf", "Rwandan franc", "Rwandan francs", NULL, NULL},
    {"FRw", "Rwandan franc", "Rwandan francs", NULL, NULL},
    {"GEL", "lari", "lari", "tetri", "tetri"},
    {"UZS", "soum", "soums", NULL, NULL},
    {"S/.", "sol", "soles", "céntimo", "céntimos"},
    {"S/", "sol", "soles", "céntimo", "céntimos"},
    {"ZWL", "Zimbabwe dollar", "Zimbabwe dollars", "cent", "cents"},
    /* Zimbabwe Gold, "ZiG" (2024): "ZWG 2.5bn" */
    {"ZWG", "Zimbabwe gold", "Zimbabwe gold", NULL, NULL},
    {"MWK", "Malawian kwacha", "Malawian kwacha", "tambala", "tambala"},
    {"LE", "Egyptian pound", "Egyptian pounds", "piastre", "piastres"},
    {"XAF", "CFA franc", "CFA francs", NULL, NULL},
    /* French Polynesia's, New Caledonia's and Wallis's franc (set BH) */
    {"XPF", "CFP franc", "CFP francs", NULL, NULL},
    {"CFA", "CFA franc", "CFA francs", NULL, NULL}, /* "CFA 2,800" */
    {"ISK", "Icelandic krona", "Icelandic kronur", NULL, NULL},
    {"Rp", "rupiah", "rupiah", NULL, NULL}, /* "Rp 31.7 trillion" */
    {"VND", "dong", "dong", NULL, NULL},
    {"VNĐ", "dong", "dong", NULL, NULL}, /* Vietnam's papers (set AW) */
    {"VNđ", "dong", "dong", NULL, NULL},
    {"TWD", "New Taiwan dollar", "New Taiwan dollars", "cent", "cents"},
    /* papers' signs in Mongolia, Bolivia, Paraguay, Kyrgyzstan, Malawi
     * and Oman (round 40, set AY; "MK" and "RO" only before three
     * figures or more, or a decimal: scan.c) */
    {"\xE2\x82\xAE", "tugrik", "tugriks", NULL, NULL}, /* "₮15,000" */
    {"MNT", "tugrik", "tugriks", NULL, NULL},
    {"Bs.", "boliviano", "bolivianos", "centavo", "centavos"},
    {"Bs", "boliviano", "bolivianos", "centavo", "centavos"},
    {"BOB", "boliviano", "bolivianos", "centavo", "centavos"},
    {"\xE2\x82\xB2", "guarani", "guaranis", NULL, NULL}, /* "₲850.000" */
    {"Gs.", "guarani", "guaranis", NULL, NULL},
    {"PYG", "guarani", "guaranis", NULL, NULL},
    {"KGS", "som", "som", "tyiyn", "tyiyn"},
    {"MK", "kwacha", "kwacha", "tambala", "tambala"},
    {"RO", "Omani rial", "Omani rials", "baisa", "baisa"},
    /* the other ISO 4217 codes papers print before figures (round 41, set
     * AZ: "AZN 4.8 million"); left out where the code is a common word or
     * an acronym before figures too: ALL, AMD, BSD, CDF, COP, CRC, CUP,
     * CVE, ILS, IRR, MDL, NIO, NPR, PEN, SDG, SOS, SSP, TOP, TRY */
    {"AFN", "afghani", "afghanis", NULL, NULL},
    {"AOA", "kwanza", "kwanzas", NULL, NULL},
    {"AZN", "manat", "manat", NULL, NULL},
    {"BAM", "convertible mark", "convertible marks", NULL, NULL},
    {"BIF", "Burundian franc", "Burundian francs", NULL, NULL},
    {"BND", "Brunei dollar", "Brunei dollars", NULL, NULL},
    {"BTN", "ngultrum", "ngultrum", NULL, NULL},
    {"BYN", "Belarusian rouble", "Belarusian roubles", NULL, NULL},
    {"DJF", "Djiboutian franc", "Djiboutian francs", NULL, NULL},
    {"DOP", "Dominican peso", "Dominican pesos", NULL, NULL},
    {"DZD", "Algerian dinar", "Algerian dinars", NULL, NULL},
    {"ERN", "nakfa", "nakfa", NULL, NULL},
    {"GMD", "dalasi", "dalasis", NULL, NULL},
    {"GNF", "Guinean franc", "Guinean francs", NULL, NULL},
    {"GTQ", "quetzal", "quetzales", NULL, NULL},
    {"HNL", "lempira", "lempiras", NULL, NULL},
    {"HTG", "gourde", "gourdes", NULL, NULL},
    {"IQD", "Iraqi dinar", "Iraqi dinars", NULL, NULL},
    {"KHR", "riel", "riels", NULL, NULL},
    {"KMF", "Comorian franc", "Comorian francs", NULL, NULL},
    {"LAK", "kip", "kip", NULL, NULL},
    {"LBP", "Lebanese pound", "Lebanese pounds", NULL, NULL},
    {"LRD", "Liberian dollar", "Liberian dollars", NULL, NULL},
    {"LSL", "loti", "maloti", NULL, NULL},
    {"LYD", "Libyan dinar", "Libyan dinars", NULL, NULL},
    {"MGA", "ariary", "ariary", NULL, NULL},
    {"MKD", "denar", "denars", NULL, NULL},
    {"MMK", "kyat", "kyat", NULL, NULL},
    {"MOP", "pataca", "patacas", NULL, NULL},
    {"MRU", "ouguiya", "ouguiyas", NULL, NULL},
    {"MUR", "Mauritian rupee", "Mauritian rupees", NULL, NULL},
    {"MVR", "rufiyaa", "rufiyaa", NULL, NULL},
    {"MZN", "metical", "meticais", NULL, NULL},
    {"PAB", "balboa", "balboas", NULL, NULL},
    {"SBD", "Solomon Islands dollar", "Solomon Islands dollars", NULL, NULL},
    {"SCR", "Seychellois rupee", "Seychellois rupees", NULL, NULL},
    {"SLE", "leone", "leones", NULL, NULL},
    {"SRD", "Surinamese dollar", "Surinamese dollars", NULL, NULL},
    {"STN", "dobra", "dobras", NULL, NULL},
    {"SYP", "Syrian pound", "Syrian pounds", NULL, NULL},
    {"SZL", "lilangeni", "emalangeni", NULL, NULL},
    {"TJS", "somoni", "somoni", NULL, NULL},
    {"TMT", "Turkmen manat", "Turkmen manat", NULL, NULL},
    {"TND", "Tunisian dinar", "Tunisian dinars", NULL, NULL},
    {"UYU", "Uruguayan peso", "Uruguayan pesos", NULL, NULL},
    {"VES", "bolivar", "bolivars", NULL, NULL},
    {"VUV", "vatu", "vatu", NULL, NULL},
    /* Vanuatu's papers' sign (set BF): "VT180,000", "VT 35 million";
     * only before a sized amount (scan.c), not Vermont's "VT 05401" */
    {"VT", "vatu", "vatu", NULL, NULL},
    {"WST", "tala", "tala", NULL, NULL},
    {"YER", "Yemeni rial", "Yemeni rials", NULL, NULL},
};

/* Scale words after an amount: "$4.5 billion", "€20bn", "£3m", "Rs 5
 * crore" (Indian English: a lakh is 100,000, a crore 10 million). */
static const struct ks_pair scales[] = {
    /* two scales at once, first: "₹10 lakh crore", "Rs 5 thousand crore" */
    {"lakh crore", "lakh crore"},
    {"lakh cr", "lakh crore"}, /* "Rs 1.5 lakh cr" */
    {"thousand crore", "thousand crore"},
    {"thousand", "thousand"}, {"million", "million"}, {"billion", "billion"},
    {"trillion", "trillion"}, {"bn", "billion"},      {"mn", "million"},
    {"tn", "trillion"},       {"trn", "trillion"},    {"bil", "billion"},
    {"tr", "trillion"}, /* Pakistan's papers: "Rs14.13tr" */
    {"mil", "million"},       {"m", "million"},
    {"mln", "million"},       {"bln", "billion"}, /* a wire's "1.2 mln bpd" */
    {"b", "billion"},         {"B", "billion"},       {"k", "thousand"},
    {"K", "thousand"},        {"M", "million"},       {"T", "trillion"},
    {"lakh", "lakh"},         {"lakhs", "lakh"},      {"crore", "crore"},
    {"crores", "crore"},      {"cr", "crore"}, /* "Rs 450 cr" */
    {"Cr", "crore"},          {"CR", "crore"}, /* "Rs 75.22 Cr", set BH's review */
};

/* "$20/mo": the period after a slash. */
static const struct ks_pair per_words[] = {
    {"mo", "month"}, {"month", "month"}, {"yr", "year"},  {"year", "year"},
    {"wk", "week"},  {"week", "week"},   {"d", "day"},    {"day", "day"},
    {"hr", "hour"},  {"h", "hour"},      {"hour", "hour"}, {"min", "minute"},
    {"s", "second"}, {"sec", "second"}, {"L", "liter"}, {"ℓ", "liter"}};

/* Saints' names after "St.", sorted by strcmp: the common ones of places
 * and people ("St. Louis", "Jill St. John", "Bury St. Edmunds"). */
static const char *const saints[] = {
    "Albans",   "Andrew",   "Andrews",  "Anne",     "Anthony",  "Augustine",
    "Bernard",  "Catharines", "Charles", "Clair",   "Clare",    "Cloud",
    "David",    "Davids",   "Denis",    "Edmunds",  "Francis",  "George",
    "Georges",  "Helens",   "Ives",     "James",    "John",     "Johns",
    "Joseph",   "Kilda",    "Kitts",    "Laurent",  "Lawrence", "Leonards",
    "Louis",    "Lucia",    "Lucie",    "Luke",     "Maarten",  "Mark",
    "Martin",   "Mary",     "Marys",    "Matthew",  "Michael",  "Moritz",
    "Neots",    "Nicholas", "Patrick",  "Paul",     "Peter",    "Petersburg",
    "Pierre",   "Stephen",  "Thomas",   "Tropez",   "Vincent"};

/* Street types, read "Street" after a name and before no name ("Elm St.").
 * St and Dr otherwise come from the language's title table. */
static const struct ks_pair streets[] = {
    {"St", "Street"},      {"Dr", "Drive"},    {"Ave", "Avenue"},
    {"Blvd", "Boulevard"}, {"Rd", "Road"},     {"Ln", "Lane"},
    {"Ct", "Court"},       {"Hwy", "Highway"}, {"Expy", "Expressway"},
    {"Pl", "Place"},       {"Sq", "Square"},   {"Pde", "Parade"},
    {"Tce", "Terrace"},    {"Cres", "Crescent"},  {"Sta", "Station"},
    {"Cir", "Circle"},     {"Gdns", "Gardens"},   {"Pk", "Park"},
    {"Cl", "Close"},       {"Jn", "Junction"}}; /* an Indian railway station's: "Howrah Jn." (not
                          * the Gospel's "Jn. 3:16", first in its sentence) */

/* US postal codes, and Canada's provinces' ("Ottawa, ON"), read after
 * "City, " in an address. DC stays letters. */
static const struct ks_pair states[] = {
    {"AB", "Alberta"},        {"BC", "British Columbia"},
    {"MB", "Manitoba"},       {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"},
    {"NS", "Nova Scotia"},    {"ON", "Ontario"},
    {"PE", "Prince Edward Island"},
    {"QC", "Quebec"},         {"SK", "Saskatchewan"},
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

/* Words after which a roman numeral is a plain number ("World War II",
 * "Chapter IV"); after any other name it is a regnal "the third". */
static const char *const roman_cardinal_after[] = {
    "act", "amendment", "annex", "apollo", "appendix", "artemis", "article",
    "atlas", "book", "bowl", "camp", "canto", "category", "chapter", "class",
    "commission", "committee", "delta", "district", "division", "episode", "falcon", "figure", "gemini", "grade", "league",
    "level", "mark", "minuteman", "mk", "order", "part", "phase", "plate",
    "region", "round", "rule",
    "saturn", "scene", "schedule", "season", "section", "series", "stage",
    "step", "table", "tier", "titan", "title", "trident", "type", "unit",
    "vatican", "volume", "war", "zone"};

static const char *const work_words[] = {
    "album",      "book",     "box",         "cinemas",    "copies",
    "directed",   "film",     "franchise",   "game",       "games",
    "grossed",    "installment", "instalment", "movie",    "musical",
    "novel",      "premiere", "remake",      "sequel",     "sequels",
    "soundtrack", "starring", "theaters",    "theatres",   "trilogy",
    "video"};

static const char *const regnal_names[] = {
    "Adrian",    "Afonso",   "Albert",    "Catherine", "Carlos",  "Casimir",
    "Eugene",    "Felipe",   "Isabella",  "Joseph",   "Julius",   "Leopold",
    "Manuel",    "Martin",   "Mswati",    "Ramses",   "Stephen",  "Suleiman",
    "Abdullah",  "Faisal",   "Hamad",     "Hassan",   "Mohammed", "Muhammad",
    "Alexander", "Alfonso",  "Amenhotep", "Benedict", "Boniface", "Charles",
    "Christian", "Clement",  "Constantine", "David",  "Edward",   "Elizabeth",
    "Ferdinand", "Francis",  "Frederick", "George",   "Gregory",  "Gustav",
    "Haakon",    "Harald",   "Henry",     "Innocent", "Ivan",     "James",
    "John",      "Juan",     "Leo",       "Louis",    "Ludwig",   "Malcolm",
    "Mary",      "Mehmed",   "Napoleon",  "Nicholas", "Olaf",     "Otto",
    "Paul",      "Pedro",    "Peter",     "Philip",   "Pius",     "Rama",
    "Rainier",   "Ramesses", "Richard",   "Robert",    "Rudolf",   "Selim",    "Sixtus",
    "Thutmose",  "Urban",    "Victor",    "Wilhelm",  "William"};

static const char *const regnal_titles[] = {
    "Duchess", "Duke",   "Emir",    "Emperor", "Empress", "Kaiser",
    "King",    "Lord",   "Pharaoh", "Pope",    "Prince",  "Princess",
    "Queen",   "Saint",  "Shah",    "Sir",     "St",      "Sultan",
    "Tsar",    "Tsarina"};

/* Capitalised words that begin a sentence with "I" after them ("Then I
 * left", "Can I"): there "I" is the pronoun. */
static const char *const not_before_i[] = {
    "am",   "and",  "but",   "can",  "could", "did",  "do",    "had",
    "have", "here", "if",    "may",  "must",  "now",  "shall", "should",
    "so",   "then", "there", "when", "where", "will", "would", "yes"};

/* Fractions that are names, not quantities. */
static const struct ks_pair idioms[] = {{"9/11", "nine eleven"},
                                        {"24/7", "twenty-four seven"},
                                        {"50/50", "fifty-fifty"}};

/* Letters joined by a slash that stand for words; read "or" they would be
 * "w or o". */
static const struct ks_pair slash_words[] = {
    {"b/c", "because"},
    {"c/o", "care of"},
    {"d/o", "daughter of"}, /* Singapore's, Malaysia's, India's names */
    {"m/m", "month over month"},
    {"n/a", "not applicable"},
    {"q/q", "quarter over quarter"},
    {"s/he", "she or he"},
    {"s/o", "son of"}, /* "Rajesh Kumar s/o Pillai" */
    {"v/v", "volume per volume"},
    {"w/", "with"},
    {"w/in", "within"},
    {"w/o", "without"},
    {"w/v", "weight per volume"},
    {"y/o", "year-old"},
    {"y/y", "year over year"}};

/* Street types written in full, looked for after a house number. */
static const char *const street_names[] = {
    "Street", "Avenue",  "Road",       "Drive", "Lane",  "Boulevard",
    "Court",  "Highway", "Expressway", "Place", "Square"};

/* A compass letter after a house number, in the order "NSEW". */
static const char *const compass[4] = {"North", "South", "East", "West"};
static const char *const compass_places[] = {
    "Africa", "America", "Anglia", "Asia", "Bengal", "Cape", "Carolina",
    "Coast", "Dakota", "Darfur", "Europe", "Germany", "Indies", "Ireland",
    "Jerusalem", "Kalimantan", "Kivu", "Korea", "Macedonia", "Midlands",
    "Mids", "Pakistan", "Papua", "Siberia", "Sudan", "Sussex", "Timor",
    "Ukraine", "Virginia", "Wales", "Waziristan", "Yorks", "Yorkshire",
};

/* Capitals said as words: acronyms of public life that are words (checked
 * with espeak-ng -x; voices/en.lex gives those espeak-ng says wrong their
 * sound), and short words written in capitals for emphasis ("It was NOT"). */
static const char *const caps_words[] = {
    "ACE", "ACMA", "ADNOC", "AGE", "AIDS", "AIPAC", "AIR", "ALL", "AM", "AN",
    "AND", "ANY", "ANZAC", "APAC", "APEC", "ARE", "AS", "ASEAN", "ASIC", "ASK",
    "AWACS", "BACS", "BAD", "BAFTA", "BARC", "BARMM", "BBQ", "BE", "BIG", "BOX",
    "BRICS", "BUT", "BUY", "BVAS", "BY", "CAN", "CAPTCHA", "CELAC", "CERN",
    "CFIUS", "CMOS", "COMAC", "COP", "COVID", "CUT", "DARPA", "DAX", "DAY", "DID", "DIMM", "DO",
    "DOES", "DOG", "ECMO", "EIGHT", "END", "ENI", "EYE", "FARC", "FEMA", "FERC",
    "FEW", "FIFA", "FIVE", "FLY", "FOR", "FOUR", "FOX", "FREE", "FTSE", "FUN",
    "GAS", "GET", "GIF", "GO", "GOD", "GOT", "GUI", "GUN", "HAD", "HAMAS",
    "HAS", "HE", "HECS", "HELB", "HELOC", "HER", "HEY", "HIM", "HIS", "HIT",
    "HOT", "HOW", "HUD", "IBAC", "ICAC", "ICANN", "ICE", "IELTS", "IF", "IN",
    "INDEC", "INEC", "INTERPOL", "IS", "ISIL", "ISIS", "ITS", "JASSM", "JOB",
    "JPEG", "KEY", "KID", "KOSPI", "LASER", "LAW", "LET", "LIDAR", "LIDL",
    "LIE", "LIVE", "LOL", "LOT", "LOW", "LUT", "MADD", "MAGA", "MAN", "MAX", "MAY",
    "ME", "MEN", "MERCOSUR", "MERS", "MIRV", "MIX", "MPEG", "MY", "NAB",
    "NAFTA", "NASA", "NASDAQ", "NATO", "NCAP", "NERC", "NEW", "NICE", "NIMBY", "NINE",
    "NIST", "NO", "NOAA", "NOR", "NOT", "NOW", "OF", "OFAC", "OFCOM", "OFF",
    "OFSTED", "OH", "OIL", "OK", "OLD", "ON", "ONE", "OPEC", "OR", "OSHA",
    "OUR", "OUT", "OWN", "PAY", "PDUFA", "PEMEX", "PEPP", "PHEIC", "PIN", "POCSO", "POTUS",
    "PUT", "RAAC", "RADAR", "RAI", "RAM", "RAV", "RAW", "RED", "ROM", "RUN",
    "SAARC", "SABIC", "SACCO", "SACCOS", "SARS", "SAY", "SCOTUS", "SCSI",
    "SEE", "SET", "SEVEN", "SHE",
    "SIM", "SIPP", "SIX", "SKY", "SO", "SOFR", "SPAC", "STOXX", "SUN", "SWAT",
    "TAX", "TEN", "THE", "THREE", "TO", "TOEFL", "TOO", "TOP", "TRY", "TWO",
    "UEFA", "UNESCO", "UNICEF", "UNITA", "UNRWA", "UP", "USE", "VIA", "WAR",
    "WAS", "WAY", "WE", "WET", "WHY", "WIC", "WIN", "WON", "WOW", "YES", "YET", "YOU",
    "ZIP", /* a US postcode, "the 90210 ZIP code" */
};

/* Capitals of four letters or more that are spelled, though they could be
 * pronounced ("USDA", "ACLU"). */
static const char *const caps_letters[] = {
    "AARP", "ACDT", "ACLU", "ACST", "ACTU", "AEDT", "AEST", "AFCFTA", "AGSI",
    "AIADMK", "AIIB", "AIMIM", "AQAP", "AQIM", "ASTI", "AWST", "BAME", "BBVA",
    "CEST", "CFPB", "CITU", "DPRK", "EEAS", "EEST", "ESRI", "FDIC", "GNDOCB",
    "GNIB", "HSBC", "IAAS", "IAEA", "IANS", "ICICI", "ICTU", "IISS", "ILWU",
    "IMDA", "IMEI", "INMO", "IPCC", "IPOA", "IRFU", "IRGC", "IRIB", "ITIA",
    "KPMG", "KUCCPS", "LAPD", "LGBT", "LGBTQ", "NAACP", "NARD", "NASUWT",
    "NCAA", "NDRRMC", "NHTSA", "NSFW", "NTSB", "NYPD", "NYSE", "NZDT", "NZST",
    "ODNI", "OECD", "OPCW", "OSCE", "PAYE", "PHEV", "REIPPPP", "RIAA", "SAPS", "SARB",
    "SAST", "SCAA", "SEIU", "TIMB", "UAPA", "UCLA", "UHIS", "UNFCCC", "UNGA", "UNHCR",
    "UNSC", "USAF",
    "USCIS", "USDA", "USMC", "USMCA", "USPS", "USPTO",
    "WASSCE"}; /* West Africa's school certificate exam (set BC) */

/* Words after an amount that do not make it a modifier (lang.h). */
static const char *const not_nouns[] = {
    "a", "aboard", "about", "above", "abroad", "across", "adrift", "after",
    "afterward", "afterwards", "again", "against", "ago", "ahead", "alike",
    "all", "almost", "aloft", "alone", "along", "already", "also", "altogether",
    "am", "amid", "among", "an", "and", "annually", "another", "anticlockwise",
    "any", "anyway", "anywhere",
    "apart", "apiece", "applicable", "applies", "apply", "are",
    "around", "as", "ashore", "at", "available", "away", "back", "be", "beat",
    "beaten", "became", "because", "been", "before", "began", "behind", "being", "below",
    "beneath", "besides", "better", "between", "beyond", "bigger", "blew", "both",
    "bought", "broke", "broken", "brought", "built", "but", "by", "came", "can",
    "caught", "cheaper", "chosen", "clear", "clockwise", "closer", "colder",
    "combined", "cooler", "cost", "could", "counterclockwise", "daily", "dealt",
    "dearer", "dec", "deductible", "deep", "deeper", "despite", "did", "do", "does",
    "domestically", "down", "downhill", "downrange", "downriver", "downstream",
    "downtown", "downwind", "dozen", "drawn", "driven", "drove", "due", "during", "each",
    "earlier", "early", "east", "eastward", "eaten", "eight", "eighty",
    "either", "eleven", "eligible", "else", "elsewhere", "equal", "equals",
    "even", "ever", "every", "everything", "everywhere",
    "exceeds", "expected", "extra",
    "fallen", "farther", "faster", "fell", "fewer", "fifty", "five", "flew", "flown",
    "for", "forecast", "forgotten", "forty", "fought", "found", "four", "from",
    "frozen", "further", "gave", "given", "globally", "goes", "got", "gotten",
    "greater", "grew", "grown", "had", "halfway", "has", "have", "he",
    "heavier", "held",
    "her", "here", "hidden", "high", "higher", "his", "home", "homeward",
    "hotter", "how", "however", "hundred", "i", "if", "in", "inland", "inside",
    "instead", "into", "is", "it", "its", "just", "kept", "known", "laid",
    "larger", "last", "late", "later", "latitude", "lent", "less", "lets",
    "lighter", "long", "longer", "longitude", "lost", "louder", "lower", "made",
    "makes", "many", "may", "maybe", "me", "means", "meant", "meanwhile", "midway",
    "might", "monthly", "more", "most", "much", "must", "my", "narrower",
    "nationwide", "near", "nearly", "net", "next", "nine", "ninety", "no",
    "nonetheless", "nonstop", "nor", "north", "northeast", "northward", "northwest", "not",
    "now", "nowhere",
    "of", "off", "offline", "offshore", "old", "older", "on", "once",
    "one", "online", "only", "onshore", "onto", "onward", "onwards", "or",
    "other", "others", "otherwise", "our", "out", "outright", "outside", "over",
    "overall", "overdue", "overnight", "overseas", "paid", "partway", "past",
    "payable", "pcm", "per", "perhaps", "plus", "possible", "predicted", "proven", "psf",
    "qualifies", "qualify", "quarterly", "quieter", "ran", "recorded",
    "recoverable", "refundable", "remains", "reported", "respectively",
    "return", "ridden", "risen", "rose", "sank", "saw", "sent", "seven", "seventy",
    "sewn", "shook", "short", "shorter", "should", "shown", "shy", "since", "six",
    "sixty", "slimmer", "slower", "smaller", "so", "sold", "some", "somewhere",
    "soon",
    "sought", "south", "southeast", "southward", "southwest", "spent", "spoken",
    "still", "stolen", "stood", "struck", "such", "swept", "sworn", "taken", "tall", "taller",
    "taught",
    "taxable", "ten", "than", "thanks", "that", "the", "their", "them", "then",
    "there", "thereafter", "therefore", "these", "they", "thick", "thicker",
    "thinner", "thirty", "this", "those", "though", "thought", "thousand",
    "three", "threw", "thrice", "through", "throughout", "thrown", "to", "today",
    "together",
    "told", "tomorrow", "tonight", "too", "took", "tore", "torn", "total", "toward",
    "towards", "twelve", "twenty", "twice", "two", "under", "underground",
    "underwater", "underway", "until", "up", "upfront", "uphill", "upon",
    "upriver", "upstream", "uptown", "upward", "upwind", "us", "versus", "via",
    "warmer", "was", "we", "weekly", "went", "were", "west", "westward", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "wide", "wider", "will", "with", "within", "without", "won", "worldwide",
    "worn", "worse", "worth", "would", "written", "yearly", "yesterday", "yet",
    "you", "younger", "your",
};

/* Words before "Co." as a county's: "the Co. Kerry farmer". */
static const char *const county_before[] = {"a",    "across", "at", "from",
                                            "in",   "near",   "of", "the"};

static const struct ks_currency context_currencies[] = {
    {"N", "naira", "naira", "kobo", "kobo"},
    {"R", "rand", "rand", "cent", "cents"}};

static const char *const price_words[] = {
    "about", "adding", "adds", "around", "at", "cost", "costing", "costs",
    "earn", "earned", "earns", "fee", "fine", "fined", "from", "just", "nearly",
    "only", "over", "paid", "pay", "pays", "price", "priced", "roughly",
    "saves", "saving", "than", "to", "under", "worth",
};

/* Books of the Bible as cited before a chapter: "Ps. 23", "Matt. 5:3". */
static const struct ks_bible_book bible[] = {
    {"Chron", "Chronicles", true},  {"Col", "Colossians", false},
    {"Cor", "Corinthians", false},  {"Dan", "Daniel", false},
    {"Deut", "Deuteronomy", true},  {"Eccl", "Ecclesiastes", true},
    {"Eph", "Ephesians", true},     {"Esth", "Esther", true},
    {"Exod", "Exodus", true},       {"Ezek", "Ezekiel", true},
    {"Gal", "Galatians", false},    {"Gen", "Genesis", false},
    {"Hab", "Habakkuk", true},      {"Heb", "Hebrews", false},
    {"Hos", "Hosea", false},        {"Isa", "Isaiah", false},
    {"Jas", "James", false},        {"Jer", "Jeremiah", true},
    {"Josh", "Joshua", false},      {"Judg", "Judges", true},
    {"Kgs", "Kings", true},         {"Lam", "Lamentations", false},
    {"Lev", "Leviticus", false},    {"Lk", "Luke", true},
    {"Mal", "Malachi", false},      {"Matt", "Matthew", false},
    {"Mic", "Micah", false},        {"Mk", "Mark", true},
    {"Neh", "Nehemiah", true},      {"Num", "Numbers", false},
    {"Pet", "Peter", false},        {"Phil", "Philippians", false},
    {"Prov", "Proverbs", false},    {"Ps", "Psalm", true},
    {"Pss", "Psalms", true},        {"Rev", "Revelation", false},
    {"Rom", "Romans", false},       {"Thess", "Thessalonians", true},
    {"Tim", "Timothy", false},      {"Zech", "Zechariah", true}};

static const char *const counties[] = {
    "Antrim",    "Armagh",   "Carlow",    "Cavan",   "Clare",     "Cork",
    "Derry",     "Donegal",  "Down",      "Dublin",  "Durham",  "Fermanagh",
    "Galway",
    "Kerry",     "Kildare",  "Kilkenny",  "Laois",   "Leitrim",   "Limerick",
    "Londonderry", "Longford", "Louth",   "Mayo",    "Meath",     "Monaghan",
    "Offaly",    "Roscommon", "Sligo",    "Tipperary", "Tyrone",  "Waterford",
    "Westmeath", "Wexford",  "Wicklow"};

/* Grades of a job after "Sr.": "Sr. Vice President" is Senior. */
static const char *const senior_jobs[] = {
    "Adviser",  "Advisor",   "Analyst", "Correspondent", "Counsel",
    "Director", "Editor",    "Engineer", "Executive",    "Fellow",
    "Manager",  "Officer",   "Partner",  "Producer",     "Researcher",
    "Scientist", "Vice",     "Writer"};

/* Words around an emergency number read digit by digit: "call 911". */
static const char *const emergency_before[] = {
    "call",    "called",  "calling", "calls",    "contact",  "contacted",
    "dial",    "dialed",  "dialing", "dialled",  "dialling", "dials",
    "phone",   "phoned",  "rang",    "ring",     "text",     "texted"};

static const char *const emergency_after[] = {
    "app",      "call",       "calls",       "center",    "centers",
    "centre",   "centres",    "dispatch",    "dispatcher", "dispatchers",
    "emergency", "hotline",   "line",        "lines",     "operator",
    "operators", "service",   "services",    "system",    "website"};

/* Phrases before a number read digit by digit: the end of a card's or an
 * account's number. */
static const char *const digits_after[] = {
    "ending in", "ending with", "ends in",  "ends with",   "ext.",
    "extension", "postcode",    "zip code", "postal code", "PIN code",
    "quoting reference", "reference number", "ref.",
    "code:"}; /* a stock's: "TSE code: 7233" */

/* Verbs of saying, and adverbs before them, after a quotation (lang.h). */
static const char *const say_verbs[] = {
    "acknowledged", "added",     "adds",       "admitted", "agreed",
    "announced",    "answered",  "argued",     "asked",    "asks",
    "boasted",      "claimed",   "complained", "conceded", "concluded",
    "confirmed",    "continued", "countered",  "cried",    "declared",
    "demanded",     "exclaimed", "explained",  "insisted", "joked",
    "laughed",      "noted",     "observed",   "pleaded",  "posted",
    "quipped",      "recalled",  "remarked",   "replied",  "reported",
    "responded",    "said",      "says",       "screamed", "shouted",
    "sighed",       "stated",    "suggested",  "tells",    "told",
    "tweeted",      "urged",     "warned",     "wondered", "writes",
    "wrote",        "yelled"};
static const char *const labels[] = {
    "Aim", "Aims", "Approach", "Background", "Conclusion", "Conclusions",
    "Context", "Design", "Discussion", "Evidence", "Exposure", "Exposures",
    "Findings", "Funding", "Hypothesis", "Impact", "Implications",
    "Importance", "Interpretation", "Intervention", "Interventions",
    "Introduction", "Limitations", "Measures", "Method", "Methods",
    "Objective", "Objectives", "Outcome", "Outcomes", "Participants",
    "Patients", "Population", "Purpose", "Rationale", "Relevance", "Results",
    "Sample", "Setting", "Significance", "Summary"};
/* after "the U.S.", "the U.K.", "the E.U." inside a name */
static const char *const country_names[] = {
    "Administration", "Agency", "Agriculture", "Air", "Amateur", "Ambassador",
    "Arab", "Army", "Asian", "Atlantic", "Attorney", "Bancorp", "Bank",
    "Bankruptcy", "Black", "Border", "Bureau", "Cabinet", "Capitol",
    "Catholic", "Cellular", "Census", "Centers", "Central", "Chamber",
    "Championship", "Championships", "Chemical", "Christian", "Christmas",
    "Circuit", "Citizenship", "Coast", "Commerce", "Commission",
    "Commissioner", "Commons", "Conference", "Congress", "Congressional",
    "Constitution", "Consul", "Consulate", "Consumer", "Copyright", "Council", "Court", "Cup",
    "Customs", "Cyber", "Defence", "Defense", "Democratic", "Democrats",
    "Department", "Deputy", "District", "Dollar", "Drug", "East", "Easter",
    "Eastern", "Education", "Embassy", "Energy", "Environmental", "Envoy",
    "Equal", "European", "Evangelical", "Federal", "Figure", "Fish", "Food",
    "Foods", "Force", "Forces", "Foreign", "Forest", "Geological", "Golf",
    "Government", "Green", "Gulf", "Gymnastics", "Halloween", "Health", "High",
    "Hispanic", "Home", "House", "Immigration", "Independence", "Indigenous",
    "Intelligence", "Interior", "International", "Jewish", "Justice", "Labor",
    "Labour", "Latino", "Magistrate", "Marine", "Marines", "Marshals",
    "Masters", "Memorial", "Men's", "Met", "Midwest", "Military", "Ministry",
    "Mint", "Mission", "Muslim", "National", "Native", "Naval", "Navy",
    "North", "Northeast", "Northern", "Northwest", "Nuclear", "Office",
    "Olympic", "Open", "Pacific", "Parliament", "Patent", "Postal", "Premier",
    "President", "Presidential", "Prime", "Representative", "Republican",
    "Republicans", "Research", "Secret", "Secretary", "Securities", "Senate",
    "Senator", "Sentencing", "Ski", "Small", "Soccer", "South", "Southeast",
    "Southern", "Southwest", "Space", "Special", "State", "Statistics",
    "Steel", "Strategic", "Supreme", "Surgeon", "Team", "Tennis",
    "Thanksgiving", "Trade", "Transportation", "Treasuries", "Treasury",
    "Vice", "Virgin", "West", "Western", "White", "Women's",
};
static const char *const say_adverbs[] = {"again", "also",  "later",
                                          "once",  "still", "then"};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

const struct ks_lang ks_lang_en = {
    .tag = "en",
    .rules = KS_RULES_EN,
    .abbrevs = abbrevs,
    .n_abbrevs = N_OF(abbrevs),
    .months = months,
    .weekdays = weekdays,
    .starters = starters,
    .n_starters = N_OF(starters),
    .labels = labels,
    .n_labels = N_OF(labels),
    .country_names = country_names,
    .n_country_names = N_OF(country_names),
    .time_preps = time_preps,
    .n_time_preps = N_OF(time_preps),
    .name_preps = name_preps,
    .n_name_preps = N_OF(name_preps),
    .letter_nouns = letter_nouns,
    .n_letter_nouns = N_OF(letter_nouns),
    .units = units,
    .n_units = N_OF(units),
    .currencies = currencies,
    .n_currencies = N_OF(currencies),
    .scales = scales,
    .n_scales = N_OF(scales),
    .per_words = per_words,
    .n_per_words = N_OF(per_words),
    .streets = streets,
    .n_streets = N_OF(streets),
    .street_names = street_names,
    .n_street_names = N_OF(street_names),
    .states = states,
    .n_states = N_OF(states),
    .roman_cardinal_after = roman_cardinal_after,
    .n_roman_cardinal_after = N_OF(roman_cardinal_after),
    .work_words = work_words,
    .n_work_words = N_OF(work_words),
    .regnal_names = regnal_names,
    .n_regnal_names = N_OF(regnal_names),
    .regnal_titles = regnal_titles,
    .n_regnal_titles = N_OF(regnal_titles),
    .not_before_i = not_before_i,
    .n_not_before_i = N_OF(not_before_i),
    .idioms = idioms,
    .n_idioms = N_OF(idioms),
    .slash_words = slash_words,
    .n_slash_words = N_OF(slash_words),
    .compass = compass,
    .compass_places = compass_places,
    .n_compass_places = N_OF(compass_places),
    .saints = saints,
    .n_saints = N_OF(saints),
    .caps_words = caps_words,
    .n_caps_words = N_OF(caps_words),
    .caps_letters = caps_letters,
    .n_caps_letters = N_OF(caps_letters),
    .not_nouns = not_nouns,
    .n_not_nouns = N_OF(not_nouns),
    .county_before = county_before,
    .n_county_before = N_OF(county_before),
    .context_currencies = context_currencies,
    .n_context_currencies = N_OF(context_currencies),
    .price_words = price_words,
    .n_price_words = N_OF(price_words),
    .bible = bible,
    .n_bible = N_OF(bible),
    .counties = counties,
    .n_counties = N_OF(counties),
    .senior_jobs = senior_jobs,
    .n_senior_jobs = N_OF(senior_jobs),
    .emergency_before = emergency_before,
    .n_emergency_before = N_OF(emergency_before),
    .emergency_after = emergency_after,
    .n_emergency_after = N_OF(emergency_after),
    .digits_after = digits_after,
    .n_digits_after = N_OF(digits_after),
    .say_verbs = say_verbs,
    .n_say_verbs = N_OF(say_verbs),
    .say_adverbs = say_adverbs,
    .n_say_adverbs = N_OF(say_adverbs),
};
