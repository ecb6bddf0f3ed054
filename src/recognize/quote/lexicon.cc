// Word lists for attribution. Compiled by hand from English news style
// (wire copy, broadsheets, tabloids); each list is closed and small, so a
// hash set per class is enough. Kept apart from the matching code so the
// lists can be read and extended without touching the algorithm.
#include "recognize/quote/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck::quote_lexicon {

namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& Set(std::initializer_list<std::string_view> words) {
  // Each call site keeps its own static; this helper only builds it.
  return *new WordSet(words);
}

}  // namespace

VerbKind SpeechVerb(std::string_view w) {
  static const auto* kVerbs = new std::unordered_map<std::string_view, VerbKind>{
      {"said", VerbKind::kSpeech},      {"says", VerbKind::kSpeech},      {"say", VerbKind::kSpeech},
      {"saying", VerbKind::kSpeech},    {"added", VerbKind::kSpeech},     {"adds", VerbKind::kSpeech},
      {"adding", VerbKind::kSpeech},    {"warned", VerbKind::kSpeech},    {"warns", VerbKind::kSpeech},
      {"claimed", VerbKind::kSpeech},   {"claims", VerbKind::kSpeech},    {"claim", VerbKind::kSpeech},
      {"stated", VerbKind::kSpeech},    {"states", VerbKind::kSpeech},    {"argued", VerbKind::kSpeech},
      {"argues", VerbKind::kSpeech},    {"explained", VerbKind::kSpeech}, {"explains", VerbKind::kSpeech},
      {"insisted", VerbKind::kSpeech},  {"insists", VerbKind::kSpeech},   {"noted", VerbKind::kSpeech},
      {"notes", VerbKind::kSpeech},     {"wrote", VerbKind::kSpeech},     {"writes", VerbKind::kSpeech},
      {"announced", VerbKind::kSpeech}, {"announces", VerbKind::kSpeech}, {"confirmed", VerbKind::kSpeech},
      {"confirms", VerbKind::kSpeech},  {"denied", VerbKind::kSpeech},    {"denies", VerbKind::kSpeech},
      {"declared", VerbKind::kSpeech},  {"acknowledged", VerbKind::kSpeech}, {"admitted", VerbKind::kSpeech},
      {"admits", VerbKind::kSpeech},    {"estimated", VerbKind::kSpeech}, {"estimates", VerbKind::kSpeech},
      {"stressed", VerbKind::kSpeech},  {"emphasised", VerbKind::kSpeech}, {"emphasized", VerbKind::kSpeech},
      {"recalled", VerbKind::kSpeech},  {"conceded", VerbKind::kSpeech},  {"complained", VerbKind::kSpeech},
      {"alleged", VerbKind::kSpeech},   {"alleges", VerbKind::kSpeech},   {"revealed", VerbKind::kSpeech},
      {"replied", VerbKind::kSpeech},   {"responded", VerbKind::kSpeech}, {"asked", VerbKind::kSpeech},
      {"continued", VerbKind::kSpeech}, {"joked", VerbKind::kSpeech},     {"joking", VerbKind::kSpeech},
      {"sang", VerbKind::kSpeech},      {"shouted", VerbKind::kSpeech},   {"cautioned", VerbKind::kSpeech},
      {"predicted", VerbKind::kSpeech}, {"predicts", VerbKind::kSpeech},  {"suggested", VerbKind::kSpeech},
      {"maintained", VerbKind::kSpeech}, {"maintains", VerbKind::kSpeech}, {"countered", VerbKind::kSpeech},
      {"observed", VerbKind::kSpeech},  {"remarked", VerbKind::kSpeech},
      {"believes", VerbKind::kSpeech},  {"thinks", VerbKind::kSpeech},    {"reckons", VerbKind::kSpeech},
      {"testified", VerbKind::kSpeech}, {"urged", VerbKind::kSpeech},     {"vowed", VerbKind::kSpeech},
      {"promised", VerbKind::kSpeech},  {"reads", VerbKind::kSpeech},
      {"described", VerbKind::kSpeech}, {"describes", VerbKind::kSpeech}, {"describe", VerbKind::kSpeech},
      {"praised", VerbKind::kSpeech},   {"condemned", VerbKind::kSpeech}, {"criticised", VerbKind::kSpeech},
      {"criticized", VerbKind::kSpeech}, {"hailed", VerbKind::kSpeech},   {"branded", VerbKind::kSpeech},
      {"appealed", VerbKind::kSpeech},  {"pleaded", VerbKind::kSpeech},   {"begged", VerbKind::kSpeech},
      {"dismissed", VerbKind::kSpeech}, {"describing", VerbKind::kSpeech}, {"spoke", VerbKind::kSpeech},
      {"calling", VerbKind::kSpeech},   {"warning", VerbKind::kSpeech},   {"claiming", VerbKind::kSpeech}, {"labelled", VerbKind::kSpeech},  {"labeled", VerbKind::kSpeech},
      {"told", VerbKind::kTold},        {"tells", VerbKind::kTold},       {"tell", VerbKind::kTold},
      {"telling", VerbKind::kTold},     {"informed", VerbKind::kTold},    {"assured", VerbKind::kTold},
      {"reported", VerbKind::kReport},  {"reports", VerbKind::kReport},   {"report", VerbKind::kReport},
      {"posted", VerbKind::kReport},    {"tweeted", VerbKind::kReport},   {"tweets", VerbKind::kReport},
      {"quoted", VerbKind::kReport},
  };
  auto it = kVerbs->find(w);
  return it == kVerbs->end() ? VerbKind::kNone : it->second;
}

bool IsPronoun(std::string_view w) {
  static const WordSet& s = Set({"he", "she", "they", "it", "we", "i", "you"});
  return s.count(w) > 0;
}

bool IsPluralPronoun(std::string_view w) { return w == "they" || w == "we"; }

bool IsVerbAdverb(std::string_view w) {
  static const WordSet& s = Set({"has", "have", "had", "also", "later", "earlier", "previously", "then",
                                 "again", "now", "further", "separately", "meanwhile", "reportedly",
                                 "publicly", "recently", "repeatedly", "once", "first", "had", "just",
                                 "subsequently", "similarly", "likewise", "still", "already", "initially",
                                 "originally", "privately", "openly", "angrily", "bluntly", "simply",
                                 "would", "will", "has", "jointly", "flatly", "firmly", "quickly"});
  return s.count(w) > 0;
}

bool IsTimeWord(std::string_view w) {
  static const WordSet& s = Set({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                 "sunday", "yesterday", "today", "tonight", "overnight", "earlier",
                                 "later", "recently", "morning", "evening", "afternoon", "night",
                                 "week", "weekend", "month"});
  return s.count(w) > 0;
}

bool IsDeterminer(std::string_view w) {
  static const WordSet& s = Set({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
                                 "one", "another", "two", "three", "four", "several", "some", "many",
                                 "both", "all", "other", "most", "few", "senior", "top"});
  return s.count(w) > 0;
}

bool IsPhraseBoundary(std::string_view w) {
  static const WordSet& s = Set({
      "that", "which", "who", "whom", "whose", "where", "when", "while", "whilst", "because", "but", "or", "so",
      "if", "as", "since", "than", "though", "although", "after", "before", "until", "unless", "whether",
      "is", "was", "were", "are", "be", "been", "being", "will", "would", "could", "should", "can",
      "may", "might", "must", "did", "do", "does", "not", "this", "these", "those", "there", "here",
      "by", "from", "on", "into", "during", "about", "over", "under", "through", "against", "between",
      "without", "within", "upon", "amid", "despite", "like", "how", "what", "why", "yet", "even",
      "only", "just", "also", "then", "now", "still", "however", "meanwhile", "according", "and",
      "has", "have", "had", "him", "them", "us", "me", "it", "to", "in", "at", "for", "with", "of",
      "says", "said", "say", "told", "added", "very", "more", "less", "no", "nor", "every", "each",
      "any", "i", "you", "we", "they", "he", "she", "ago", "up", "out", "off", "down", "around"});
  return s.count(w) > 0;
}

bool IsInnerPreposition(std::string_view w) {
  return w == "of" || w == "to" || w == "for" || w == "at" || w == "with" || w == "in" || w == "from";
}

bool IsRoleNoun(std::string_view w) {
  static const WordSet& s = Set({
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
  return s.count(w) > 0;
}

bool IsOrgNoun(std::string_view w) {
  static const WordSet& s = Set({
      "ministry", "ministries", "office", "government", "police", "military", "army", "staff", "agency",
      "agencies", "department", "institute", "council", "committee", "media", "group", "organisation",
      "organization", "company", "firm", "union", "party", "campaign", "authorities", "authority",
      "regiment", "battalion", "unit", "forces", "kremlin", "pentagon", "presidency", "cabinet",
      "parliament", "administration", "intelligence", "statement", "report", "court", "commission",
      "service", "services", "command", "headquarters", "mission", "embassy", "board", "network",
      "channel", "newspaper", "agency's", "ministry's", "news", "press", "hospital", "school",
      "university", "airline", "bank", "embassy", "consulate", "charity", "operator", "broadcaster",
      "website"});
  return s.count(w) > 0;
}

bool IsTitle(std::string_view w) {
  static const WordSet& s = Set({
      "president", "prime", "minister", "mayor", "governor", "gen.", "gen", "general", "lt", "lt.",
      "col", "col.", "colonel", "lieutenant", "maj.", "maj", "major", "capt.", "capt", "captain", "sgt.",
      "sgt", "sergeant", "cpl.", "pvt.", "adm.", "admiral", "cmdr.", "commander", "brig.", "brigadier",
      "rep.", "sen.", "senator", "gov.", "pres.", "dr.", "dr", "prof.", "professor", "mr.", "mrs.", "ms.",
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
      "corporal", "chairperson", "premier", "speaker", "councillor", "alderman", "senior", "spokesperson",
      "economist", "analyst", "historian", "scientist", "researcher", "author", "writer", "doctor",
      "nurse", "engineer", "teacher", "activist", "journalist", "reporter", "photographer", "architect",
      "epidemiologist", "virologist", "expert", "consultant", "strategist", "pollster", "hydrologist",
      "meteorologist", "seismologist", "geologist", "surgeon", "paramedic", "pastor", "priest"});
  return s.count(w) > 0;
}

bool IsOrgOrPlaceHead(std::string_view w) {
  static const WordSet& s = Set({
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
  return s.count(w) > 0;
}

bool IsGovernmentName(std::string_view w) {
  static const WordSet& s = Set({
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
  return s.count(w) > 0;
}

bool IsAnonymousNoun(std::string_view w) {
  static const WordSet& s = Set({"source", "sources", "official", "officials", "insider", "insiders",
                                 "witness", "witnesses", "person", "people", "spokesman", "spokeswoman",
                                 "spokesperson", "diplomat", "diplomats", "aide", "aides", "resident",
                                 "residents", "statement", "report"});
  return s.count(w) > 0;
}

bool IsEstimateNoun(std::string_view w) {
  static const WordSet& s = Set({"estimate", "estimates", "count", "tally", "account", "accounts",
                                 "figures", "figure", "calculation", "calculations", "reckoning",
                                 "data", "numbers", "assessment", "tallies", "counts"});
  return s.count(w) > 0;
}

}  // namespace crosscheck::quote_lexicon
