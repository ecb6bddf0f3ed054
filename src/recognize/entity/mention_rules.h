// Internal to the entity module: the rules that turn the tagger's labels
// into mentions. EntityRecognizer (entity.cc) runs them in this order:
//   per sentence: DropCapitalisedCommonWords (sentence_rules.cc), MergeAdjacentNames,
//     TrimJoiners, SplitAtTitles, RepairByContext (sentence_spans.cc),
//     StripPartyWords, RetypeFirstNamePersons (person_rules.cc), AddGazetteerNames,
//     AddCaselessPlaces (sentence_additions.cc), SplitPlaceAndRegion (sentence_spans.cc), ExtendPersons,
//     AddLoneFirstNames (person_rules.cc), AddFacilities (sentence_additions.cc),
//     RetypeCountryPossessives (generic_noun_rules.cc),
//     AddInstitutions, TypeByOrganisationHead, SplitAtAnd, JoinOrganisations,
//     JoinWordsBeforeOrganisationHeads,
//     JoinPlaceAndInstitution, JoinCorporateSuffixes, TypeCamelCaseNames, DropAddressPieces,
//     JoinDisplayNames (sentence_rules.cc),
//     TypeLawNames, TypeEventNames, JoinProgramNames, ApplyMetonymyPolicy, ApplyPlacePolicy,
//     TypeSpeakingNames, TypeCapitalTheNames
//     (organisation_typing.cc; TypeCamelCaseNames is there too),
//     RetypeGenericNounPlaces, AddImperativeNames,
//     TypeNamesBeforeOrganisationNouns, TypeListedOrganisations, TypeProductNames,
//     TypePlacesByGeographicNouns
//     (generic_noun_rules.cc), TypeCitedAuthors (person_rules.cc), TypeListItems
//     (sentence_spans.cc), TrimSentenceOpeningWords, DropCalendarDates,
//     DropCodesAndNumerals (sentence_rules.cc) and, in a
//     sentence holding "(", AddAcronymDefinitions (organisation_rules.cc),
//     each editing the sentence's label spans;
//     then MakeEntity (mention_roles.cc) builds each mention with the
//     title written before it and an appositive role;
//   per document (document_rules.cc): DropUnconfirmedHeadlineMentions, then
//     AddDiscourseMentions, RepeatMultiWordNames, UnifyNameTypes,
//     TypeShortForms, TypeFamilyNames, TypeLanguageNames.
// Every rule is generic; docs/ENTITIES.md lists them with examples. Pure
// functions of their arguments; the gazetteer is only read.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_MENTION_RULES_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_MENTION_RULES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/span.h"
#include "recognize/entity/entity.h"
#include "recognize/entity/features.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/tagger.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

constexpr int kFacilityType = 5;  // LabelSpan::type of a facility (the tagger's types are 1..4)

// Per-thread working memory of Recognize(): one sentence's words (with a
// possessive or "-led" ending split off), their text spans, labels and label
// spans, the tagger's features (lower-cased words, gazetteer classes), and
// the words of the document so far.
struct Scratch {
  FeatureScratch features;
  std::vector<std::string_view> words;
  std::vector<Span> spans;
  std::vector<uint8_t> labels;
  std::vector<LabelSpan> label_spans;
  // Institution phrases of this sentence made by AddInstitutions and the
  // name each grew from; MakeEntity sets Entity::name_part when a final
  // mention is still exactly such a phrase. Reset per sentence.
  struct NamePart {
    LabelSpan phrase, name;
  };
  std::vector<NamePart> name_parts;
  std::vector<std::string_view> doc_words;  // every word of the document so far
  std::vector<Span> doc_spans;
  std::vector<size_t> headline_mentions;  // indexes into the output of mentions from headline-case sentences
  std::vector<uint8_t> taken;  // a rule's per-word marks (AddGazetteerNames), kept to reuse its memory
  // Per word of the sentence: TitleWordClasses (titles.h) | kClassesKnown
  // once a rule has asked, 0 before (TitleClassesAt). Reset per sentence;
  // mutable so that rules reading a const Scratch fill it too.
  mutable std::vector<uint8_t> title_classes;
};

// Title, role-noun and role-modifier bits of word k of the sentence
// (TitleWordClasses), looked up once per word however many rules ask.
constexpr uint8_t kClassesKnown = 0x80;
// A Scratch whose title_classes was not sized to its words (a test's)
// looks each word up every time.
inline uint8_t TitleClassesAt(const Scratch& s, size_t k) {
  if (k >= s.title_classes.size()) return kClassesKnown | TitleWordClasses(s.words[k]);
  uint8_t& c = s.title_classes[k];
  if (c == 0) c = kClassesKnown | TitleWordClasses(s.words[k]);
  return c;
}
// IsTitleWord(s.words[k]), IsRoleNoun(s.words[k]), IsRoleModifier(s.words[k]).
inline bool TitleWordAt(const Scratch& s, size_t k) { return (TitleClassesAt(s, k) & kTitleClass) != 0; }
inline bool RoleNounAt(const Scratch& s, size_t k) { return (TitleClassesAt(s, k) & kRoleNounClass) != 0; }

// Word tests (sentence_rules.cc).
bool IsStopword(std::string_view w);
bool IsPunctWord(std::string_view w);
bool HasLetter(std::string_view w);
size_t HyphenSuffixLengthSlow(std::string_view w);
// Length of a "-led" / "-backed" / "-based" ... ending after a capitalised
// stem, 0 when none. Called for every word: every ending ends in 'd', 'n'
// or 'e', which most words do not, so those cost no call.
inline size_t HyphenSuffixLength(std::string_view w) {
  if (w.size() < 5) return 0;
  const char c = w.back();
  return c == 'd' || c == 'n' || c == 'e' ? HyphenSuffixLengthSlow(w) : 0;
}
// A middle initial: one capital letter and a period ("C." in "Lolita C.
// Baldor").
inline bool IsInitial(std::string_view w) { return w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'; }
bool IsKnownName(const Gazetteer& gaz, std::string_view w);   // a one-word place or organisation
bool IsCommonWord(const Gazetteer& gaz, std::string_view w);  // a common lower-case word
// Rules that add mentions append them and then restore start order.
void SortLabelSpansByStart(Scratch* s);

// Sentence rules for titles, places and facilities, editing
// s->label_spans: drops and trims (sentence_rules.cc), span reshaping
// (sentence_spans.cc: MergeAdjacentNames … RepairByContext,
// SplitPlaceAndRegion, TypeListItems), additions (sentence_additions.cc:
// AddGazetteerNames, AddCaselessPlaces, AddFacilities).
void DropCapitalisedCommonWords(const Gazetteer& gaz, Scratch* s);
// "Entrusting Donald Trump ..." -> "Donald Trump" (run last of the sentence rules).
void TrimSentenceOpeningWords(const Gazetteer& gaz, Scratch* s);
// Drops days of the calendar the rules built as names ("Aug." + "30"; run last).
void DropCalendarDates(Scratch* s);
// Drops currency codes against a number ("40 CUC", "USD 25") and lone
// Roman numerals after a capitalised word ("Title IV"; run last).
void DropCodesAndNumerals(Scratch* s);
void MergeAdjacentNames(const Gazetteer& gaz, Scratch* s);
void TrimJoiners(Scratch* s);
void SplitAtTitles(const Gazetteer& gaz, Scratch* s);
void RepairByContext(const Gazetteer& gaz, Scratch* s);
void AddGazetteerNames(const Gazetteer& gaz, Scratch* s);
void AddCaselessPlaces(const Gazetteer& gaz, Scratch* s);
// 1 for a US state's postal code ("OH") or dotted AP abbreviation
// ("N.Y."), 2 for an AP abbreviation written before its period ("Fla"),
// else 0 (sentence_additions.cc).
int UsStateAbbreviation(std::string_view word);
// "Chillicothe, OH", "Tampa, Fla.": the town and the US state's
// abbreviation are two places (sentence_additions.cc).
void AddStatePlaces(const Gazetteer& gaz, Scratch* s);
// "Miramar California" -> "Miramar" + "California" (two places; sentence_spans.cc).
void SplitPlaceAndRegion(const Gazetteer& gaz, Scratch* s);
// "Ryan Hinze, Sheetal Patel, Johnathan Anderson": an untagged list item between two
// names of one type is one of them (sentence_spans.cc).
void TypeListItems(const Gazetteer& gaz, Scratch* s);
// "\"Townsend, George\" <gt@...>": one person (sentence_rules.cc).
void JoinDisplayNames(Scratch* s);
void AddFacilities(const Gazetteer& gaz, Scratch* s);
// The general first-name list (data/lexicon/first_names.tsv), read once;
// EntityRecognizer reads it when it loads (person_rules.cc).
const std::unordered_set<std::string>& LexiconFirstNames();
// A month or weekday name, lower case ("may", "monday"; person_rules.cc).
bool IsCalendarWord(std::string_view lower);
// Sentence rules for persons (person_rules.cc; its head states their
// contract), editing s->label_spans.
void RetypeFirstNamePersons(const Gazetteer& gaz, Scratch* s);
// "Democrat Michael Dukakis" -> person "Michael Dukakis" (person_rules.cc).
void StripPartyWords(const Gazetteer& gaz, Scratch* s);
// Democrat, Democratic, Republican, Libertarian, GOP (lower-cased).
bool IsPartyWord(std::string_view lower);
// Word k is a lone capitalised name right after a capitalised title word
// ("General Prelogar"): no common word, organisation head, acronym, title,
// or place, people or organisation of the gazetteer (person_rules.cc).
bool TitledLoneName(const Gazetteer& gaz, const Scratch& s, uint32_t k);
void ExtendPersons(const Gazetteer& gaz, Scratch* s);
void AddLoneFirstNames(const Gazetteer& gaz, Scratch* s);
void TypeCitedAuthors(const Gazetteer& gaz, Scratch* s);
// Sentence rules that build and split organisation names
// (organisation_rules.cc), editing s->label_spans.
void AddInstitutions(Scratch* s);
bool IsOrganisationHead(std::string_view lower);
void TypeByOrganisationHead(const Gazetteer& gaz, Scratch* s);
void SplitAtAnd(const Gazetteer& gaz, Scratch* s);
void AddAcronymDefinitions(const Gazetteer& gaz, Scratch* s);
// Sentence rules that join pieces into one organisation name
// (organisation_joins.cc).
void JoinOrganisations(Scratch* s);
void JoinWordsBeforeOrganisationHeads(const Gazetteer& gaz, Scratch* s);
void JoinPlaceAndInstitution(const Gazetteer& gaz, Scratch* s);
bool IsCamelCaseName(std::string_view w);
void TypeCamelCaseNames(const Gazetteer& gaz, Scratch* s);
// Drops mentions inside file names, e-mail and web addresses (sentence_rules.cc).
void DropAddressPieces(Scratch* s);
void ApplyMetonymyPolicy(const Gazetteer& gaz, Scratch* s);
// A one-word person or "other" that is a gazetteer country or region, or
// that a comma and such a place follow ("Ferguson, Missouri,"), is a
// location (organisation_typing.cc).
void ApplyPlacePolicy(const Gazetteer& gaz, Scratch* s);
void TypeSpeakingNames(const Gazetteer& gaz, Scratch* s);
// "told The Hill": a place-typed name after a capital "The" in a
// sentence-case sentence, no place of the gazetteer, is an organisation.
void TypeCapitalTheNames(const Gazetteer& gaz, Scratch* s);
void TypeLawNames(Scratch* s);
void TypeEventNames(Scratch* s);
// "the Central American Minors program": one "other" name (organisation_typing.cc).
void JoinProgramNames(Scratch* s);
// Joins "<name> , Inc." into one organisation (organisation_joins.cc).
void JoinCorporateSuffixes(const Gazetteer& gaz, Scratch* s);
// "D.E. Shaw & Co.", "Ernst & Young": names joined by "&" are one
// organisation (organisation_joins.cc).
void JoinAmpersandNames(Scratch* s);
// "Management Patrick" + "Kennedy": a first name closing a longer mention
// before a capitalised word opens that person's name (organisation_joins.cc).
void HandFirstNamesOn(const Gazetteer& gaz, Scratch* s);
// Rules about names made of generic words (generic_noun_rules.cc).
void RetypeGenericNounPlaces(const Gazetteer& gaz, Scratch* s);
void AddImperativeNames(const Gazetteer& gaz, Scratch* s);
void RetypeCountryPossessives(const Gazetteer& gaz, Scratch* s);
void TypeNamesBeforeOrganisationNouns(const Gazetteer& gaz, Scratch* s);
// "companies like Zentrova, QMX and ...", "acquired Urchin, Zipdash": the
// names listed are organisations (generic_noun_rules.cc).
void TypeListedOrganisations(const Gazetteer& gaz, Scratch* s);
void TypeProductNames(const Gazetteer& gaz, Scratch* s);
void TypePlacesByGeographicNouns(const Gazetteer& gaz, Scratch* s);
// Reads WordNet's verbs (data/lexicon/verbs.tsv) for AddImperativeNames and
// its person nouns for IsPersonNoun;
// EntityRecognizer calls it when it loads.
void LoadGenericNounLexicon();
// A noun WordNet files under persons, singular or plural ("officers",
// "spokesmen"; data/lexicon/nouns.tsv).
bool IsPersonNoun(std::string_view lower);
// A noun WordNet files under persons, groups, artifacts, animals or
// messages (nouns.tsv), the word or its singular in -s ("cowboys").
bool IsKindedNoun(std::string_view lower);
// A lower-case "-ing" form of a WordNet verb ("entrusting", "making",
// "running"; generic_noun_rules.cc).
bool IsVerbIngForm(std::string_view lower);

// The mention of label span `ls`, with its title and appositive role
// (mention_roles.cc).
Entity MakeEntity(const Gazetteer& gaz, std::string_view text, const Scratch& s, const LabelSpan& ls);

// Document rules (document_rules.cc).
bool IsHeadlineCase(std::span<const std::string_view> words);
void DropUnconfirmedHeadlineMentions(const Gazetteer& gaz, std::string_view text, Scratch* s,
                                     std::vector<Entity>* out);
void AddDiscourseMentions(const Gazetteer& gaz, Scratch* s, std::vector<Entity>* out);
// A name of two to six words is tagged, whole and with its type, wherever
// its words recur in the document.
void RepeatMultiWordNames(Scratch* s, std::vector<Entity>* out);
// Mentions with the same text take the type most of them have (ties: the
// first mention's); only person, organisation and location are changed.
// Evidence leads: a mention written right before a lower-case organisation
// noun ("Forbes magazine") is an organisation and one after a title or form
// of address ("Mr. Forbes") a person; when the evidence of a name's
// mentions points one way only, every mention of it takes that type. The
// first or last word of a two- or three-word person name counts as a person
// (not a country, region or nationality word, nor beside "in"/"near").
void UnifyNameTypes(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out);
// Short forms of the document's full names take the full name's type (run
// after UnifyNameTypes): a word of capitals spelling the initials of a
// multi-word organisation, place, facility or "other" name ("OTA" after
// "Orvald Transit Authority"), added where untagged; and a one-word place
// that is the last word of a capitalised multi-word organisation and no
// place the gazetteer knows ("Navigator" after "Quillon Navigator").
void TypeShortForms(const Gazetteer& gaz, std::string_view text, Scratch* s, std::vector<Entity>* out);
// The lower-case nouns after which a name names an organisation ("the
// Likud party", "Forbes magazine"; generic_noun_rules.cc).
std::span<const std::string_view> OrganisationNouns();
bool IsOrganisationNoun(std::string_view lower);
// "both Clintons" after "Hillary Clinton": a surname in the plural is a
// family, persons (run after UnifyNameTypes).
void TypeFamilyNames(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out);
// Names of languages and peoples are "other": a one-word mention the
// gazetteer knows only as a nationality word, and every mention of a name
// written before "language", "speakers", "people", ... in the document.
void TypeLanguageNames(const Gazetteer& gaz, std::string_view text, std::vector<Entity>* out);

}  // namespace crosscheck::entity_internal

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_MENTION_RULES_H_
