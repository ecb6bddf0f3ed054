// Lexicon: which counted nouns name the same kind of group (civilians ~
// noncombatants, kids ~ children), which words name the same state or event
// (trapped ~ stranded ~ holed up; evacuate ~ rescue ~ evacuation) and which
// nouns name a kind of place (plant, steelworks: facility; city, port:
// settlement). The tables are built from Debian's WordNet by
// tools/lexicon/build_lexicon.py into data/lexicon/, plus the hand-kept
// data/lexicon/overrides.tsv; docs/LEDGER.md describes both.
//
// A Lexicon is loaded once, then const: safe to share across threads.
// Lookups take words in any case and inflection ("Kids", "trapped",
// "hunkered"); classes are short lowercase names ("child", "sheltering",
// "facility"); "" means the word is not in the table.
#ifndef CROSSCHECK_CLAIMS_LEXICON_H_
#define CROSSCHECK_CLAIMS_LEXICON_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"

namespace crosscheck {

class Lexicon {
 public:
  // Reads groups.tsv, states.tsv, places.tsv, inflections.tsv, verbs.tsv,
  // verb_files.tsv, compounds.tsv, nouns.tsv and
  // overrides.tsv from `dir`. Fails naming the file and line on a missing
  // table or a malformed row.
  static Result<Lexicon> Load(const std::string& dir);
  // The lexicon of DefaultDir(), loaded on first use (thread-safe). When the
  // data cannot be read it is empty (every lookup answers "") and
  // DefaultLoadError() says why.
  static const Lexicon& Default();
  static std::string DefaultLoadError();
  // $CROSSCHECK_LEXICON_DIR when set, else <source dir>/data/lexicon.
  static std::string DefaultDir();

  // Adds rows in the overrides.tsv format (tests and callers with their own
  // vocabulary). `origin` names the text in errors.
  Status AddOverrides(std::string_view tsv, const std::string& origin);

  // Lowercased base form of a noun: irregular forms from WordNet ("children"
  // -> "child"), then regular plural folding ("cities" -> "city").
  std::string NounLemma(std::string_view word) const;
  // Candidate base forms of any word, most likely first (the word itself,
  // its irregular base, regular -s/-es/-ed/-ing strippings).
  std::vector<std::string> BaseForms(std::string_view word) const;
  // Lowercased base form of a verb, WordNet's way (verbs.tsv): an irregular
  // form's lemma ("fled" -> "flee"), else the first regular stripping that
  // is a WordNet verb ("outnumbered" -> "outnumber", "hoped" -> "hope"),
  // else the word itself when it is a verb, else the first stripping.
  std::string VerbLemma(std::string_view word) const;
  bool IsVerb(std::string_view lemma) const;
  // WordNet's lexicographer file of the first sense of a verb (any form;
  // compared by its VerbLemma), from verb_files.tsv: "40" possession
  // ("won", "gains", "received"), "33" competition, "35" contact ("killed"),
  // ...; "" for no WordNet verb.
  std::string VerbFile(std::string_view word) const;
  // True when the first sense of `word` (any form) is a verb of possession
  // or competition (WordNet files 40 and 33: "has", "won", "gains",
  // "receive", "earned", "lost"): its subject holds what it counts.
  bool IsVerbOfHaving(std::string_view word) const;

  // True when `word` (lowercase) is a simple past form: an irregular form
  // in WordNet's exception list that is not an -ing or -s form ("struck",
  // "left"), or a past spelled like its base, from the overrides ("hit").
  // Regular -ed forms are the caller's to judge.
  bool IsIrregularPast(std::string_view word) const;
  // True when the overrides say a harm after `verb` (any form; compared by
  // its VerbLemma) and the preposition `prep` is no state of a figure
  // ("sentenced to", "charged with").
  bool NoStateAfter(std::string_view verb, std::string_view prep) const;
  // True when `word` (any form; compared by its VerbLemma) is a verb of
  // remaining that the overrides call a copula ("remain", "stay"): a state
  // its complement names is the figure's ("remain missing").
  bool IsCopula(std::string_view word) const;

  // Class of a counted noun ("civilians" -> "civilian"), or "".
  std::string GroupOf(std::string_view noun) const;
  // The state a counted noun names by itself ("deaths" -> "killed"), or "".
  std::string ImpliedState(std::string_view noun) const;
  // State class of a word or two-word phrase ("trapped", "holed up",
  // "evacuation"), or "".
  std::string StateOf(std::string_view word) const;
  std::string StateOf(std::string_view word, std::string_view next) const;
  // True when `first` (a state word) and `second` (any form of a noun) make
  // a WordNet noun compound ("exit polls", "rescue workers", "death
  // toll"; compounds.tsv): there the state word modifies the noun.
  bool IsStateCompound(std::string_view first, std::string_view second) const;
  // Kind of place a noun names ("steelworks" -> "facility"), or "".
  std::string PlaceKindOf(std::string_view noun) const;
  // True when group classes a and b count the same thing: equal, or listed
  // as compatible in the overrides.
  bool GroupsCompatible(std::string_view a, std::string_view b) const;
  // How close two counted nouns (base forms) are in WordNet (nouns.tsv):
  // 2 synonyms (they share a sense, or the overrides pair them: troop ~
  // soldier), 1 near (a shared hypernym a few levels up: gunman ~
  // attacker), 0 unrelated or unknown.
  int NounSimilarity(std::string_view a, std::string_view b) const;
  // True when a noun (base form) is a kind of `hypernym` in WordNet: one of
  // the hypernym's own senses is among the noun's senses or its related
  // hypernyms (mother, dad, stepfather: kinds of parent).
  bool IsKindOf(std::string_view lemma, std::string_view hypernym) const;
  // The kind of a counted noun: 'p' a person, 'g' a group of people, 'a' an
  // artifact, 'n' an animal, 'c' a communication; 0 when unknown.
  char NounKind(std::string_view lemma) const;
  // True when state classes a and b may be one measure: equal, or listed as
  // compatible in the overrides ("sheltering" and "displaced": people in
  // camps after fleeing).
  bool StatesCompatible(std::string_view a, std::string_view b) const;

  bool empty() const { return groups_.empty() && states_.empty(); }
  size_t size() const { return groups_.size() + states_.size() + places_.size(); }

 private:
  using Table = std::unordered_map<std::string, std::string>;
  std::string Find(const Table& table, std::string_view word) const;
  std::string ComputeNounLemma(std::string_view word) const;  // NounLemma without its cache
  std::string ComputeVerbLemma(std::string_view word) const;  // VerbLemma without its memo
  static uint64_t NextUid();
  // Names this content: a copy shares it, a change (AddOverrides) renews
  // it. NounLemma's per-thread cache answers only for the uid it was
  // filled under.
  uint64_t uid_ = NextUid();

  struct Noun {
    char kind = 0;
    std::vector<uint32_t> own, related;  // sorted dense synset ids
  };
  Table groups_, states_, places_, inflections_, implies_, compounds_;
  Table verbs_;  // lemma -> "-", irregular form -> lemma
  Table verb_files_;  // lemma -> lexicographer file of its first sense
  std::unordered_map<std::string, Noun> nouns_;
  std::set<std::pair<std::string, std::string>> noun_pairs_;
  std::set<std::pair<std::string, std::string>> compatible_, compatible_states_;
  std::set<std::pair<std::string, std::string>> no_state_after_;  // verb lemma, preposition
  std::set<std::string, std::less<>> no_state_preps_;  // the prepositions of no_state_after_
  std::set<std::string, std::less<>> base_pasts_, copulas_;
  // Every part of a states_ key after one of its spaces ("up" of "holed
  // up"): StateOf(word, next) asks for base forms only when `next` is one.
  // Rebuilt by IndexStateTails whenever states_ changes.
  std::set<std::string, std::less<>> state_tails_;
  void IndexStateTails();
};

// ASCII lowercase copy.
std::string Lowercase(std::string_view s);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_LEXICON_H_
