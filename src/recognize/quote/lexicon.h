// Attribution lexicon: the closed word classes the quote and attribution
// recognizer reads text with — speech and report verbs (the cues), pronouns,
// titles that stand before a name, head nouns of roles, groups and
// organisations, words that end a noun phrase, and a small gazetteer of
// states and capitals that speak as governments ("Ukraine said",
// "Moscow says"). All lookups take ASCII-lowercased words (multi-byte UTF-8
// letters pass through unchanged).
//
// The tables are built once on first use (function-local statics) and are
// immutable afterwards: every function here is thread-safe. The word lists
// were compiled by hand for this project, except the open-class speech verbs
// (kVerbOpen), built from WordNet by tools/quote/build_speech_verbs.py and
// compiled in at configure time (see docs/ATTRIBUTION.md).
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_LEXICON_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace crosscheck::quote_lexicon {

// Word classes as bits; a word may be in several lists.
enum : uint32_t {
  kPronoun = 1u << 0,
  kPluralPronoun = 1u << 1,
  kVerbAdverb = 1u << 2,
  kTime = 1u << 3,
  kDeterminer = 1u << 4,
  kBoundary = 1u << 5,
  kRole = 1u << 6,
  kOrgNoun = 1u << 7,
  kTitle = 1u << 8,
  kOrgPlaceHead = 1u << 9,
  kGovernment = 1u << 10,
  kAnonymous = 1u << 11,
  kEstimate = 1u << 12,
  kVerbSpeech = 1u << 13,
  kVerbTold = 1u << 14,
  kVerbReport = 1u << 15,
  kInnerPrep = 1u << 16,
  // Open-class speech verbs from WordNet (data/lexicon/speech_verbs.tsv,
  // compiled in; own table, see IsOpenSpeechVerb): cues only next to a
  // direct quote ("…,” Bolton charged").
  kVerbOpen = 1u << 17,
  // First names of one gender only (data/lexicon/first_names.tsv, npm
  // @stdlib first-name lists), for he/she agreement; kept in their own
  // table, never returned by WordClasses.
  kFemaleName = 1u << 18,
  kMaleName = 1u << 19,
  // Person nouns from WordNet (data/lexicon/person_nouns.tsv; own table,
  // never returned by WordClasses): see IsPersonNoun.
  kPersonNoun = 1u << 20,
  // Verbs whose object is the person asked ("asked Mook if …"), and verbs
  // of speaking that report no clause, only a hearer, topic or venue
  // ("spoke to/with/at/for/from …"): a small table of their own, never
  // returned by WordClasses (see IsAskingVerb, IsSpeakingVerb).
  kVerbAsk = 1u << 21,
  kVerbSpeak = 1u << 22,
  // Title words that are no office of their own (a subset of kTitle): ranks,
  // which go with any command ("Lt Col Petrenko … the commander"), courtesy
  // titles, and words that only qualify an office ("deputy", "former",
  // "state"). See IsRankOrModifier.
  kRank = 1u << 23,
  kCapitalised = 1u << 31,  // set by TokenView, never by the lexicon
  kVerbAny = kVerbSpeech | kVerbTold | kVerbReport,
};

// Builds every table of this lexicon now instead of on first use (they are
// built once per process, thread-safely, either way): for a caller that
// times or profiles the per-document work apart from loading.
void BuildTables();

// The classes of a lowercased word (0 when it is in no list): one lookup.
uint32_t WordClasses(std::string_view lower);

// How a speech verb takes its speaker.
enum class VerbKind {
  kNone,
  kSpeech,   // "said", "added", "warned": speaker before ("X said") or after
             // in inversion ("…,” said X)
  kTold,     // "told", "tells": speaker before; the hearer follows
  kReport,   // "reported", "reports", "posted", "tweeted": like kSpeech
};

// The verb class of a lowercased word ("said" -> kSpeech), kNone otherwise.
VerbKind SpeechVerb(std::string_view lower);
VerbKind VerbOf(uint32_t classes);

// A WordNet speech verb form ("scoffed", "quipped"); its own table, never
// returned by WordClasses.
bool IsOpenSpeechVerb(std::string_view lower);
// A verb of asking ("asked", "asks", "wondered"): its object is the person
// asked, and the question it reports starts at "if"/"whether".
bool IsAskingVerb(std::string_view lower);
// A form of "speak" ("spoke", "speaking"): it reports no clause, and a
// preposition right after it opens a hearer, topic or venue ("spoke with
// reporters", "spoke at the rally", "spoke for an hour").
bool IsSpeakingVerb(std::string_view lower);
// A plural of a person noun (IsPersonNoun): "reporters", "supporters",
// "spokesmen", "attorneys"; words in -ss/-us are no plurals ("press").
bool IsPluralPersonNoun(std::string_view lower);
// A single-word noun whose first WordNet sense is a person ("nominee",
// "businessman", "employee"), lower case, singular only.
bool IsPersonNoun(std::string_view lower);
// 'f' or 'm' when the name's first word after any other titles
// ("Speaker", "Sen.") is a first name of one gender only, or a gendered
// title (Mr., Mrs., Ms.); else 0.
char NameGender(std::string_view name);
// The gender a person's canonical name and role say. A lone word is a
// surname ("Nolan", "Carson"): read as a given name it would give a
// namesake's gender ("Mrs. Nolan" was a man by "Nolan"), so only a form of
// address kept as its role ("Mrs.", "Mr.") says. A name of two or more
// words: NameGender.
char PersonNameGender(std::string_view name, std::string_view role);
// Weaker evidence, for a name NameGender gives none: the majority gender of a
// first name the Moby lists leave open or lack
// (data/lexicon/first_name_genders_more.tsv: "George", "Meredith",
// "Megyn"), only when another word follows it ("George Bush"; never
// "Clinton" alone, more often a surname); else 0 (and 0 for every name
// first_names.tsv genders, which this table never holds).
char NameMajorityGender(std::string_view name);
// 'f' for she/her, 'm' for he/him/his, else 0.
// 'f'/'m' from a gender-marked person noun in a role or description
// ("spokeswoman for ...", "his wife"), else 0.
char RoleGender(std::string_view role);
char PronounGender(std::string_view lower);

bool IsPronoun(std::string_view lower);          // he she they it we i you
bool IsPluralPronoun(std::string_view lower);    // they we
// Words skipped between a speaker and its verb: "has", "also", "later",
// "on Friday" is handled by the caller through IsTimeWord.
bool IsVerbAdverb(std::string_view lower);
// Weekday and relative-day words that sit next to a cue ("said Friday").
bool IsTimeWord(std::string_view lower);
// Determiners and possessive pronouns that may open a speaker phrase.
bool IsDeterminer(std::string_view lower);
// Words that can never be inside a speaker phrase: conjunctions, relative
// pronouns, auxiliaries, most prepositions ("that", "because", "was").
bool IsPhraseBoundary(std::string_view lower);
// Prepositions allowed inside a speaker phrase between two nouns
// ("adviser to", "head of", "official with", "commander at").
bool IsInnerPreposition(std::string_view lower);
// Head nouns of roles and groups that can speak: "official", "spokesman",
// "source", "officials", "soldier", "father", "ministry", "police".
bool IsRoleNoun(std::string_view lower);
// Role nouns that name an organisation or institution rather than a person
// ("ministry", "office", "government", "police", "staff").
bool IsOrgNoun(std::string_view lower);
// Organisation nouns that name a body of people acting together and read
// as a group of unnamed sources before a complement ("Police in Lyon
// said", "authorities in Bavaria"): police, authorities, forces, troops.
bool IsCollectiveBody(std::string_view lower);
// Titles written before a name ("president", "gen.", "lt", "prosecutor",
// "mayor"); part of the role, never of the name.
bool IsTitle(std::string_view lower);
// A title word that names no office of its own (kRank): a rank ("col.",
// "major"), a courtesy title ("mr.", "dame") or a qualifier ("deputy",
// "former", "state", "press").
bool IsRankOrModifier(std::string_view lower);
// Capitalised words that end an organisation or place name ("Ministry",
// "Center", "Court", "Regiment", "Beach") — a run ending in one is no person.
bool IsOrgOrPlaceHead(std::string_view lower);
// Prepositions outside the closed classes that open a sentence's adverbial
// ("Alongside the calls for action, …", "Unlike Mike Allen, …"): a
// capitalised one is no part of the name after it.
bool IsOpeningPreposition(std::string_view lower);
// States, capitals and political metonyms that speak as a government.
bool IsGovernmentName(std::string_view lower);
// Anonymous-source nouns: "the source", "the official" keep their wording
// instead of resolving to the last named speaker.
bool IsAnonymousNoun(std::string_view lower);
// Nouns after "by X's" that make an attribution ("estimate", "count", "tally").
bool IsEstimateNoun(std::string_view lower);

}  // namespace crosscheck::quote_lexicon

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_LEXICON_H_
