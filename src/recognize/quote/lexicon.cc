// Word lists for attribution. Compiled by hand from English news style
// (wire copy, broadsheets, tabloids); each list is closed and small. All
// lists are merged into one hash table from word to a bit set of classes,
// so a token is looked up once (TokenView caches the result per token).
#include "recognize/quote/lexicon.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/word_table.h"

namespace crosscheck::quote_lexicon {

namespace {

using Table = WordTable;

void Add(Table* t, uint32_t cls, std::initializer_list<std::string_view> words) { t->Add(words, cls); }
template <size_t N>
void Add(Table* t, uint32_t cls, const std::string_view (&words)[N]) {
  for (std::string_view w : words) t->Add(w, cls);
}

// The generated word lists (CMake, from data/lexicon/*.tsv) as constant
// arrays: the same words, added in the same order, as a braced list in the
// builders below would be; a braced list of thousands of words built on the
// stack cost GCC -O3 over a minute to compile (docs/BUILD.md).
constexpr std::string_view kSpeechVerbList[] = {
#include "recognize/quote/speech_verbs.inc"
};
constexpr std::string_view kPersonNounList[] = {
#include "recognize/quote/person_nouns.inc"
};
constexpr std::string_view kFemaleNameList[] = {
#include "recognize/quote/female_names.inc"
};
constexpr std::string_view kMaleNameList[] = {
#include "recognize/quote/male_names.inc"
};

const Table& Classes() {
  static const Table* table = [] {
    auto* t = new Table();
    Add(t, kPronoun, {"he", "she", "they", "it", "we", "i", "you"});
    Add(t, kVerbAdverb, {"has", "have", "had", "also", "later", "earlier", "previously", "then",
                                 "again", "now", "further", "separately", "meanwhile", "reportedly",
                                 "publicly", "recently", "repeatedly", "once", "first", "had", "just",
                                 "subsequently", "similarly", "likewise", "still", "already", "initially",
                                 "originally", "privately", "openly", "angrily", "bluntly", "simply",
                                 "would", "will", "has", "jointly", "flatly", "firmly", "quickly",
                                 // "could only quip:"; not "may" (Theresa May)
                                 "could", "can", "might", "should", "must", "only"});
    Add(t, kTime, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                 "sunday", "yesterday", "today", "tonight", "overnight", "earlier",
                                 "later", "recently", "morning", "evening", "afternoon", "night",
                                 "week", "weekend", "month"});
    Add(t, kDeterminer, {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
                                 "one", "another", "two", "three", "four", "several", "some", "many",
                                 // counts open noun phrases and time phrases ("Ten minutes
                                 // later,"), never a name
                                 "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                 "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "dozens",
                                 "hundreds", "thousands", "both", "all", "other", "most", "few", "senior", "top"});
    Add(t, kBoundary, {
      "that", "which", "who", "whom", "whose", "where", "when", "while", "whilst", "because", "but", "or", "so",
      "if", "as", "since", "than", "though", "although", "after", "before", "until", "unless", "whether",
      "is", "was", "were", "are", "be", "been", "being", "will", "would", "could", "should", "can",
      "may", "might", "must", "did", "do", "does", "not", "this", "these", "those", "there", "here",
      "by", "from", "on", "into", "during", "about", "over", "under", "through", "against", "between",
      "without", "within", "upon", "amid", "despite", "like", "how", "what", "why", "yet", "even",
      "only", "just", "also", "then", "now", "still", "however", "meanwhile", "according", "and",
      "has", "have", "had", "him", "them", "us", "me", "it", "to", "in", "at", "for", "with", "of",
      "says", "said", "say", "told", "added", "very", "more", "less", "no", "nor", "every", "each",
      "any", "i", "you", "we", "they", "he", "she", "ago", "up", "out", "off", "down", "around",
      // subordinators that open an elided clause ("Whenever asked, …")
      "whenever", "wherever", "whatever", "whoever", "whichever", "whereas", "once", "till"});
    Add(t, kRole, {
      "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister",
      "ministers", "ministry", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "commander",
      "commanders", "president", "mayor", "governor", "source", "sources", "authorities", "authority",
      "police", "military", "army", "forces", "government", "rep", "representative", "representatives",
      "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "judge", "father",
      "mother", "wife", "husband", "son", "daughter", "brother", "sister", "friend", "friends", "soldier",
      "soldiers", "fighter", "fighters", "resident", "residents", "witness", "witnesses", "expert",
      "experts", "analyst", "analysts", "head", "chief", "director", "leader", "leaders", "secretary",
      "general", "staff", "office", "agency", "department", "institute", "council", "committee", "media",
      "group", "organisation", "organization", "company", "firm", "union", "party", "campaign", "doctor",
      "doctors", "nurse", "medic", "medics", "worker", "workers", "volunteer", "volunteers", "survivor",
      "survivors", "victim", "people", "person", "man", "woman", "men", "women", "observers", "diplomat",
      "diplomats", "officer", "officers", "investigators", "investigator", "statement", "report",
      "ministries", "regiment", "battalion", "unit", "agencies", "chairman", "chairwoman", "ceo", "founder",
      "host", "comedian", "actress", "actor", "star", "singer", "player", "coach", "manager", "producer",
      "producers", "publicist", "deputy", "commissioner", "inspector", "sheriff", "captain", "colonel",
      "sergeant", "lieutenant", "major", "troops", "defenders", "evacuees", "citizens", "locals",
      "protesters", "activists", "scientists", "researchers", "economists", "counsel", "partner",
      "prexy", "emcee", "operator", "ambassador", "envoy", "negotiator", "negotiators", "agency",
      "kremlin", "pentagon", "presidency", "cabinet", "parliament", "legislator", "lawmaker", "lawmakers",
      "senator", "congressman", "congresswoman", "mp", "mps", "speaker", "insider", "insiders",
      "intelligence", "administration", "ministry's", "teacher", "student", "students", "mother-of-two",
      "paramedic", "paramedics", "rescuers", "rescuer", "firefighters", "coroner", "pathologist",
      "medical", "examiner", "detective", "detectives", "agent", "agents", "councillor", "councilman",
      "rebels", "rebel", "militants", "separatists", "insurgents", "demonstrators", "guerrillas", "hospital",
      "court", "school", "university", "airline", "bank", "embassy", "consulate", "charity", "operator",
      "broadcaster", "network", "newspaper", "website", "economist", "economists", "historian", "scientist",
      "engineer", "journalist", "reporter", "reporters", "pilot", "neighbour", "neighbor", "relatives",
      "family", "families", "owner", "trader", "traders", "farmer", "farmers"});
    Add(t, kOrgNoun, {
      "ministry", "ministries", "office", "government", "police", "military", "army", "staff", "agency",
      "agencies", "department", "institute", "council", "committee", "media", "group", "organisation",
      "organization", "company", "firm", "union", "party", "campaign", "authorities", "authority",
      "regiment", "battalion", "unit", "forces", "kremlin", "pentagon", "presidency", "cabinet",
      "parliament", "administration", "intelligence", "statement", "report", "court", "commission",
      "service", "services", "command", "headquarters", "mission", "embassy", "board", "network",
      "channel", "newspaper", "agency's", "ministry's", "news", "press", "hospital", "school",
      "university", "airline", "bank", "embassy", "consulate", "charity", "operator", "broadcaster",
      "website"});
    Add(t, kTitle, {
      "president", "prime", "minister", "mayor", "governor", "gen.", "gen", "general", "lt", "lt.",
      "col", "col.", "colonel", "lieutenant", "maj.", "maj", "major", "capt.", "capt", "captain", "sgt.",
      "sgt", "sergeant", "cpl.", "pvt.", "adm.", "admiral", "cmdr.", "commander", "brig.", "brigadier",
      "rep.", "representative", "sen.", "senator", "gov.", "pres.", "dr.", "dr", "prof.", "professor", "mr.", "mrs.", "ms.",
      "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "judge", "justice", "prosecutor", "attorney",
      "secretary", "secretary-general", "chancellor", "chief", "deputy", "director", "spokesman",
      "spokeswoman", "spokesperson", "ambassador", "envoy", "commissioner", "chairman", "chairwoman",
      "ceo", "coach", "manager", "superintendent", "supt.", "inspector", "detective", "det.", "officer",
      "sheriff", "pope", "king", "queen", "prince", "princess", "rev.", "reverend", "father", "bishop",
      "archbishop", "cardinal", "rabbi", "imam", "sheikh", "emir", "mp", "mep", "lawyer", "adviser",
      "advisor", "aide", "head", "leader", "founder", "producer", "producers", "host", "actress", "actor",
      "star", "singer", "comedian", "prexy", "official", "city", "district", "county", "state", "federal",
      "vice", "assistant", "acting", "interim", "former", "foreign", "defence", "defense", "interior",
      "health", "finance", "justice", "press", "communications", "senior", "executive", "general's",
      "staff", "marshal", "field", "colonel-general", "lieutenant-general", "major-general", "private",
      "corporal", "chairperson", "premier", "speaker", "whip", "councillor", "alderman", "senior", "spokesperson",
      "economist", "analyst", "historian", "scientist", "researcher", "author", "writer", "doctor",
      "nurse", "engineer", "teacher", "activist", "journalist", "reporter", "photographer", "architect",
      "epidemiologist", "virologist", "expert", "consultant", "strategist", "pollster", "hydrologist",
      "meteorologist", "seismologist", "geologist", "surgeon", "paramedic", "pastor", "priest", "agent"});
    // The title words above that name no office of their own (kRank; every
    // one of them is also a kTitle word).
    Add(t, kRank, {
      "gen.", "gen", "general", "lt", "lt.", "col", "col.", "colonel", "lieutenant", "maj.", "maj", "major",
      "capt.", "capt", "captain", "sgt.", "sgt", "sergeant", "cpl.", "pvt.", "adm.", "admiral", "cmdr.",
      "brig.", "brigadier", "marshal", "field", "colonel-general", "lieutenant-general", "major-general",
      "private", "corporal", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "sir", "dame",
      "lord", "lady", "rev.", "reverend", "vice", "deputy", "assistant", "acting", "interim", "former",
      "senior", "chief", "head", "city", "district", "county", "state", "federal", "foreign", "defence",
      "defense", "interior", "health", "finance", "press", "communications", "executive", "staff"});
    Add(t, kOrgPlaceHead, {
      "ministry", "office", "department", "agency", "institute", "council", "committee", "court",
      "center", "centre", "clinic", "hospital", "university", "college", "school", "company", "corp",
      "corp.", "inc", "inc.", "ltd", "group", "party", "union", "regiment", "battalion", "brigade",
      "army", "forces", "force", "staff", "command", "police", "service", "services", "commission",
      "network", "news", "post", "times", "journal", "herald", "tribune", "telegraph", "guardian",
      "press", "association", "foundation", "organization", "organisation", "bank", "fund", "board",
      "bureau", "authority", "administration", "government", "parliament", "assembly", "congress",
      "senate", "house", "building", "street", "avenue", "road", "square", "beach", "city", "county",
      "state", "states", "republic", "kingdom", "island", "islands", "river", "sea", "ocean", "mountain",
      "mountains", "valley", "airport", "station", "port", "plant", "works", "steelworks", "factory",
      "recovery", "academy", "awards", "oscars", "nations", "union", "channel", "programme", "program",
      "club", "team", "league", "federation", "coalition", "alliance", "agency's", "ministry's", "war",
      "studies", "study", "network", "television", "radio", "tv", "magazine", "daily", "weekly"});
    Add(t, kGovernment, {
      "ukraine", "russia", "moscow", "kyiv", "kiev", "kremlin", "pentagon", "washington", "beijing",
      "china", "london", "britain", "france", "paris", "germany", "berlin", "poland", "warsaw", "nato",
      "un", "u.n.", "eu", "e.u.", "brussels", "israel", "iran", "tehran", "turkey", "ankara", "japan",
      "tokyo", "india", "delhi", "pakistan", "syria", "damascus", "iraq", "baghdad", "egypt", "cairo",
      "belarus", "minsk", "moldova", "georgia", "tbilisi", "hungary", "budapest", "romania", "italy",
      "rome", "spain", "madrid", "canada", "ottawa", "australia", "canberra", "mexico", "brazil",
      "taiwan", "taipei", "seoul", "pyongyang", "afghanistan", "kabul", "saudi", "riyadh", "qatar",
      "doha", "lebanon", "beirut", "jordan", "gaza", "hamas", "hezbollah", "taliban", "us", "u.s.",
      "america", "uk", "u.k.", "ireland", "dublin", "sweden", "finland", "norway", "denmark",
      "netherlands", "belgium", "austria", "switzerland", "greece", "serbia", "croatia", "armenia",
      "azerbaijan", "kazakhstan", "nigeria", "ethiopia", "kenya", "sudan", "libya", "yemen", "venezuela",
      "cuba", "colombia", "argentina", "chile", "peru", "indonesia", "philippines", "vietnam",
      "thailand", "myanmar", "bangladesh", "downing", "westminster", "whitehall", "élysée", "vatican",
      "interpol", "unicef", "unhcr", "who", "icrc", "osce", "iaea", "opec", "imf"});
    Add(t, kAnonymous, {"source", "sources", "official", "officials", "insider", "insiders",
                                 "witness", "witnesses", "person", "people", "spokesman", "spokeswoman",
                                 "spokesperson", "diplomat", "diplomats", "aide", "aides", "resident",
                                 "residents", "statement", "report"});
    Add(t, kEstimate, {"estimate", "estimates", "count", "tally", "account", "accounts",
                                 "figures", "figure", "calculation", "calculations", "reckoning",
                                 "data", "numbers", "assessment", "tallies", "counts"});
    Add(t, kVerbSpeech, {"said", "says", "say", "saying", "added", "adds", "adding", "warned", "warns", "claimed", "claims", "claim", "stated", "states", "argued", "argues", "explained", "explains", "insisted", "insists", "noted", "notes", "wrote", "writes", "announced", "announces", "confirmed", "confirms", "denied", "denies", "declared", "acknowledged", "admitted", "admits", "estimated", "estimates", "stressed", "emphasised", "emphasized", "recalled", "conceded", "complained", "alleged", "alleges", "revealed", "replied", "responded", "asked", "continued", "joked", "joking", "sang", "shouted", "cautioned", "predicted", "predicts", "suggested", "maintained", "maintains", "countered", "observed", "remarked", "believes", "thinks", "reckons", "testified", "urged", "vowed", "promised", "reads", "described", "describes", "describe", "praised", "condemned", "criticised", "criticized", "hailed", "branded", "appealed", "pleaded", "begged", "dismissed", "describing", "spoke", "calling", "warning", "claiming", "labelled", "labeled", "accused", "accuses", "accusing", "alleging"});
    Add(t, kVerbTold, {"told", "tells", "tell", "telling", "informed", "assured"});
    Add(t, kVerbReport, {"reported", "reports", "report", "posted", "tweeted", "tweets", "quoted"});
    Add(t, kRole, {"nephew", "niece", "cousin", "uncle", "aunt", "grandmother", "grandfather", "grandson",
                   "granddaughter", "stepfather", "stepmother", "fiance", "fianc\xC3\xA9", "fiancee", "girlfriend",
                   "boyfriend", "classmate", "classmates", "colleague", "colleagues", "coworker", "co-worker",
                   "teammate", "teammates", "roommate", "bystander", "bystanders", "passer-by", "onlooker",
                   "onlookers", "eyewitness", "eyewitnesses", "principal", "mourner", "mourners", "protester",
                   "demonstrator", "letter", "spokesman's",
                   "coroner's", "official's", "executive", "executives", "boss", "employee", "employees",
                   "staffer", "staffers", "guard", "guards", "marshal", "ranger", "rangers", "chief's"});
    Add(t, kVerbSpeech, {"read", "writing", "asking", "explaining", "noting", "insisting", "arguing"});
    Add(t, kVerbAdverb, {"himself", "herself", "themselves", "itself"});
    Add(t, kPluralPronoun, {"they", "we"});
    Add(t, kInnerPrep, {"of", "to", "for", "at", "with", "in", "from"});
    return t;
  }();
  return *table;
}

// Open speech verbs apart: looked up only near quote marks, so the table
// every token consults stays small. Generated by CMake from
// data/lexicon/speech_verbs.tsv (WordNet).
const Table& OpenVerbs() {
  static const Table* table = [] {
    auto* t = new Table();
    Add(t, kVerbOpen, kSpeechVerbList);
    return t;
  }();
  return *table;
}

// Person nouns apart (WordNet noun.person, generated by CMake from
// data/lexicon/person_nouns.tsv): looked up only for the head of a
// definite description the role list does not know.
const Table& PersonNouns() {
  static const Table* table = [] {
    auto* t = new Table();
    Add(t, kPersonNoun, kPersonNounList);
    return t;
  }();
  return *table;
}

// Verb classes read only by the reported-clause reader, apart so the word
// classes every token consults stay as they are.
const Table& ClauseVerbs() {
  static const Table* table = [] {
    auto* t = new Table();
    Add(t, kVerbAsk, {"asked", "ask", "asks", "asking", "wondered"});
    Add(t, kVerbSpeak, {"spoke", "speak", "speaks", "speaking"});
    return t;
  }();
  return *table;
}

// First names apart from the word classes: a name is no function word.
const Table& FirstNames() {
  static const Table* table = [] {
    auto* t = new Table();
    Add(t, kFemaleName, kFemaleNameList);
    Add(t, kMaleName, kMaleNameList);
    return t;
  }();
  return *table;
}

// The majority gender of first names the table above leaves without one
// (generated from data/lexicon/first_name_genders_more.tsv, sorted in byte
// order; SpeakerGender.EveryTableNameIsFound checks every row): searched in
// place, so no table is built for them.
constexpr std::string_view kMoreFemaleNames[] = {
#include "recognize/quote/more_female_names.inc"
};
constexpr std::string_view kMoreMaleNames[] = {
#include "recognize/quote/more_male_names.inc"
};
char MoreFirstNameGender(std::string_view first) {
  if (std::binary_search(std::begin(kMoreFemaleNames), std::end(kMoreFemaleNames), first)) return 'f';
  if (std::binary_search(std::begin(kMoreMaleNames), std::end(kMoreMaleNames), first)) return 'm';
  return 0;
}

}  // namespace

void BuildTables() {
  Classes();
  OpenVerbs();
  PersonNouns();
  ClauseVerbs();
  FirstNames();
}

uint32_t WordClasses(std::string_view lower) {
  if (lower.empty() || lower.size() > 24) return 0;
  return Classes().Find(lower);
}

VerbKind SpeechVerb(std::string_view w) { return VerbOf(WordClasses(w)); }

VerbKind VerbOf(uint32_t classes) {
  if (classes & kVerbTold) return VerbKind::kTold;
  if (classes & kVerbReport) return VerbKind::kReport;
  if (classes & kVerbSpeech) return VerbKind::kSpeech;
  return VerbKind::kNone;
}

bool IsPersonNoun(std::string_view w) {
  return !w.empty() && w.size() <= 24 && (PersonNouns().Find(w) & kPersonNoun) != 0;
}

bool IsAskingVerb(std::string_view w) {
  return !w.empty() && w.size() <= 24 && (ClauseVerbs().Find(w) & kVerbAsk) != 0;
}

bool IsSpeakingVerb(std::string_view w) {
  return !w.empty() && w.size() <= 24 && (ClauseVerbs().Find(w) & kVerbSpeak) != 0;
}

bool IsPluralPersonNoun(std::string_view w) {
  if (w.size() > 4 && w.size() <= 24 && w.ends_with("men"))  // "spokesmen"
    return IsPersonNoun(std::string(w.substr(0, w.size() - 2)) + "an");
  if (w.size() < 4 || w.size() > 24 || w.back() != 's' || w.ends_with("ss") || w.ends_with("us")) return false;
  std::string stem(w.substr(0, w.size() - 1));  // "reporters"
  if (IsPersonNoun(stem)) return true;
  if (w.ends_with("es")) {
    stem.pop_back();  // "witnesses"
    if (IsPersonNoun(stem)) return true;
    if (w.ends_with("ies")) {
      stem.back() = 'y';  // "deputies"
      if (IsPersonNoun(stem)) return true;
    }
  }
  return false;
}

bool IsOpenSpeechVerb(std::string_view w) {
  return !w.empty() && w.size() <= 24 && (OpenVerbs().Find(w) & kVerbOpen) != 0;
}

char NameGender(std::string_view name) {
  std::string first;
  for (;;) {
    const size_t sp = name.find(' ');
    first.clear();
    for (char ch : name.substr(0, sp)) first += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    // A title other than Mr./Ms. is no first name: "Speaker Nancy Pelosi",
    // "Sen. Lisa Murkowski" are known by the word after it.
    if (sp == std::string_view::npos || first == "mr." || first == "mr" || first == "ms." || first == "ms" ||
        first == "mrs." || first == "mrs" || first.size() > 24 || !(WordClasses(first) & kTitle))
      break;
    name = name.substr(sp + 1);
  }
  if (first == "mr." || first == "mr") return 'm';
  if (first == "mrs." || first == "mrs" || first == "ms." || first == "ms" || first == "miss") return 'f';
  uint32_t c = first.empty() || first.size() > 24 ? 0 : FirstNames().Find(first);
  if ((c & kFemaleName) && !(c & kMaleName)) return 'f';
  if ((c & kMaleName) && !(c & kFemaleName)) return 'm';
  return 0;
}

char PersonNameGender(std::string_view name, std::string_view role) {
  if (name.find(' ') != std::string_view::npos) return NameGender(name);
  const size_t sp = role.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? role : role.substr(sp + 1);
  std::string lw;
  for (char ch : last) lw += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  if (lw == "mr." || lw == "mr") return 'm';
  if (lw == "mrs." || lw == "mrs" || lw == "ms." || lw == "ms" || lw == "miss") return 'f';
  return 0;
}

char NameMajorityGender(std::string_view name) {
  for (;;) {  // past titles, as NameGender reads them
    const size_t sp = name.find(' ');
    if (sp == std::string_view::npos) return 0;  // a lone word: more often a surname
    std::string first;
    for (char ch : name.substr(0, sp)) first += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (first.empty() || first.size() > 24) return 0;
    if (WordClasses(first) & kTitle) {
      name = name.substr(sp + 1);
      continue;
    }
    return MoreFirstNameGender(first);
  }
}

char RoleGender(std::string_view role) {
  // Gender-marked person nouns, a closed class of English. "chairman" is
  // left out: news uses it for women too ("Katie Packer, who is chairman").
  static const std::unordered_set<std::string_view> kFemale = {
      "woman", "chairwoman", "congresswoman", "spokeswoman", "businesswoman", "councilwoman", "assemblywoman",
      "wife", "mother", "daughter", "sister", "actress", "queen", "princess", "grandmother", "widow",
      "girlfriend", "aunt", "niece", "lady", "duchess", "mom", "granddaughter", "stepmother", "sportswoman"};
  static const std::unordered_set<std::string_view> kMale = {
      "congressman", "spokesman", "businessman", "councilman", "assemblyman", "husband", "father", "son",
      "brother", "king", "prince", "grandfather", "widower", "boyfriend", "uncle", "nephew", "dad", "grandson",
      "stepfather", "sportsman"};
  size_t w = 0;
  char buf[16];
  while (w < role.size()) {
    size_t e = w;
    while (e < role.size() && role[e] != ' ' && role[e] != ',' && role[e] != '-') ++e;
    if (e - w >= 3 && e - w <= sizeof buf) {  // every listed noun has 3 to 16 letters
      for (size_t k = w; k < e; ++k) {
        const char ch = role[k];
        buf[k - w] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      const std::string_view word(buf, e - w);
      if (kFemale.count(word)) return 'f';
      if (kMale.count(word)) return 'm';
    }
    w = e + 1;
  }
  return 0;
}

char PronounGender(std::string_view w) {
  if (w == "she" || w == "her") return 'f';
  if (w == "he" || w == "him" || w == "his") return 'm';
  return 0;
}

bool IsPronoun(std::string_view w) { return (WordClasses(w) & kPronoun) != 0; }
bool IsVerbAdverb(std::string_view w) { return (WordClasses(w) & kVerbAdverb) != 0; }
bool IsTimeWord(std::string_view w) { return (WordClasses(w) & kTime) != 0; }
bool IsDeterminer(std::string_view w) { return (WordClasses(w) & kDeterminer) != 0; }
bool IsPhraseBoundary(std::string_view w) { return (WordClasses(w) & kBoundary) != 0; }
bool IsRoleNoun(std::string_view w) { return (WordClasses(w) & kRole) != 0; }
bool IsOrgNoun(std::string_view w) { return (WordClasses(w) & kOrgNoun) != 0; }
bool IsCollectiveBody(std::string_view w) {
  return w == "police" || w == "authorities" || w == "forces" || w == "troops";
}
bool IsTitle(std::string_view w) { return (WordClasses(w) & kTitle) != 0; }
bool IsRankOrModifier(std::string_view w) { return (WordClasses(w) & kRank) != 0; }
bool IsOpeningPreposition(std::string_view w) {
  return w == "alongside" || w == "among" || w == "following" || w == "across" || w == "beyond" || w == "besides" ||
         w == "behind" || w == "throughout" || w == "toward" || w == "towards" || w == "unlike" || w == "beside" ||
         w == "outside" || w == "inside" || w == "near" || w == "ahead";
}
bool IsOrgOrPlaceHead(std::string_view w) { return (WordClasses(w) & kOrgPlaceHead) != 0; }
bool IsGovernmentName(std::string_view w) { return (WordClasses(w) & kGovernment) != 0; }
bool IsAnonymousNoun(std::string_view w) { return (WordClasses(w) & kAnonymous) != 0; }
bool IsEstimateNoun(std::string_view w) { return (WordClasses(w) & kEstimate) != 0; }
bool IsPluralPronoun(std::string_view w) { return (WordClasses(w) & kPluralPronoun) != 0; }
bool IsInnerPreposition(std::string_view w) { return (WordClasses(w) & kInnerPrep) != 0; }

}  // namespace crosscheck::quote_lexicon
