// Ledger alignment, the word tests of one pair (fuse/ledger_pair_words.h).
#include "fuse/ledger_pair_words.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "fuse/lexicon.h"
#include "fuse/noun_meaning.h"

namespace crosscheck {
namespace ledger {

// Verbs that leave "N people in PLACE" a statement of presence.
bool IsPresenceVerb(const std::string& v) {
  static const char* kVerbs[] = {"", "be", "remain", "stay", "live", "believe", "think", "estimate", "say",
                                 "report", "are", "is", "were", "was"};
  for (const char* k : kVerbs)
    if (v == k) return true;
  return false;
}

// A counted noun of people or of a group of people (a lexicon class of
// people, else WordNet's kind of the noun).
bool PeopleNoun(const Claim& c, const Lexicon& lex) {
  if (c.group == "person" || c.group == "civilian" || c.group == "combatant" || c.group == "prisoner") return true;
  const char k = lex.NounKind(c.counted_lemma);
  return k == 'p' || k == 'g';
}

// Two pollsters' names (space-joined words) that may name one poll: a
// word in common that is not one many pollsters' names hold ("Fox News" /
// "Fox", "AP-GfK" / "Associated Press-GfK"; not "Fox News" / "NBC News"),
// or a name of such words only, which says nothing.
bool SharesAWord(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    static const char* kCommon[] = {"news", "university", "college", "research", "center", "institute",
                                    "the", "of", "and", "poll", "group", "national", "network"};
    std::vector<std::string_view> out;
    for (size_t i = 0; i < s.size();) {
      size_t sp = s.find(' ', i);
      if (sp == std::string_view::npos) sp = s.size();
      std::string_view w = s.substr(i, sp - i);
      if (!w.empty() && std::none_of(std::begin(kCommon), std::end(kCommon), [&](const char* k) { return w == k; }))
        out.push_back(w);
      i = sp + 1;
    }
    return out;
  };
  const auto wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return true;
  for (std::string_view w : wa)
    if (std::find(wb.begin(), wb.end(), w) != wb.end()) return true;
  return false;
}

// A percent with nothing it is a share of.
bool BarePercent(const Claim& c) {
  return c.counted_lemma.empty() && c.topic.empty() && c.state.empty() && c.holder.empty() && c.qualifiers.empty();
}

// A figure whose frame names nothing it measures.
bool Thin(const Claim& c) {
  return c.counted_lemma.empty() && c.topic.empty() && c.holder.empty() && c.state.empty() &&
         c.landmark.empty() && c.qualifiers.empty();
}

// A count of people told bare: no noun but "people" or "person" (or none
// at all), in no state, of no one, with no topic, qualifier or place of its
// own ("chose four", "a handful of people", "30 people call").
bool BarePeople(const Claim& c) {
  return c.kind == "count" && c.state.empty() && c.holder.empty() && c.topic.empty() && c.qualifiers.empty() &&
         c.place.empty() && c.landmark.empty() &&
         (c.counted_lemma.empty() || c.counted_lemma == "people" || c.counted_lemma == "person");
}

// Two counted nouns of one coarse kind — both of people (or a group), both
// artifacts, both animals, both messages (WordNet's kinds, nouns.tsv) — or
// a noun on one side only against one that is not of a class keeping
// measures apart. Civilians, fighters, children and prisoners stay apart.
bool NounsOfOneKind(const Claim& a, const Claim& b, const Lexicon& lex) {
  auto is_class = [](const Claim& c) { return !c.group.empty() && c.group != "person"; };
  if (is_class(a) && is_class(b) && a.group != b.group) return false;
  if (a.counted_lemma.empty() || b.counted_lemma.empty()) {
    const Claim& c = a.counted_lemma.empty() ? b : a;
    return !is_class(c);
  }
  auto coarse = [&](const Claim& c) {
    if (PeopleNoun(c, lex)) return 'p';
    return lex.NounKind(c.counted_lemma);
  };
  // A noun of no kind WordNet's lists know (an act, an event, a word it
  // lacks: "crewmember", "gangbanger") says nothing against the other.
  const char ka = coarse(a), kb = coarse(b);
  return ka == 0 || kb == 0 || ka == kb;
}

bool NamesALevel(const std::string& qualifiers) {
  for (size_t i = 0; i < qualifiers.size();) {
    size_t sp = qualifiers.find(' ', i);
    if (sp == std::string::npos) sp = qualifiers.size();
    std::string_view w = std::string_view(qualifiers).substr(i, sp - i);
    if (w.rfind("level-", 0) == 0 || w.rfind("body-", 0) == 0) return true;
    i = sp + 1;
  }
  return false;
}

// Two qualifier lists whose closed words ("critical", "part", "majority",
// …) differ at most by "part": what else differs is a name or "more".
bool QualifiersDifferOnlyByPartOrName(const std::string& a, const std::string& b) {
  auto closed = [](const std::string& q) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < q.size();) {
      size_t sp = q.find(' ', i);
      if (sp == std::string::npos) sp = q.size();
      std::string_view w = std::string_view(q).substr(i, sp - i);
      if (w == "critical" || w == "serious" || w == "minor" || w == "majority" || w == "minority" || w == "wins" ||
          w == "losses" || w == "margin" || w == "change" || w == "reached" || w.rfind("among-", 0) == 0 ||
          w.rfind("level-", 0) == 0 || w.rfind("body-", 0) == 0)
        out.push_back(w);
      i = sp + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  return closed(a) == closed(b);
}

// Counted nouns the group test may yet let through on a distinctive value
// (Aligner::Score): two nouns of people, not both of a lexicon class.
bool NamedTwoWays(const Claim& a, const Claim& b, const Lexicon& lex) {
  return !a.counted_lemma.empty() && !b.counted_lemma.empty() && (a.group.empty() || b.group.empty()) &&
         PeopleNoun(a, lex) && PeopleNoun(b, lex);
}

// A count of people whose noun a name modifies ("five Missouri Republican
// senators": qualifier "republican") and a count of that name's people
// ("five senior Missouri Republicans") may name one group two ways:
// Republican senators are Republicans. WordNet relates neither noun to the
// other; the name does.
bool NameModifiesToTheOthersNoun(const Claim& modified, const Claim& other, const Lexicon& lex) {
  if (modified.qualifiers.empty() || other.counted_lemma.empty() || !PeopleNoun(modified, lex) ||
      !PeopleNoun(other, lex))
    return false;
  const std::string& q = modified.qualifiers;
  const std::string& noun = other.counted_lemma;
  for (size_t i = 0; i < q.size();) {
    size_t sp = q.find(' ', i);
    if (sp == std::string::npos) sp = q.size();
    std::string_view w = std::string_view(q).substr(i, sp - i);
    if (w == noun || SameStem(w, noun)) return true;
    i = sp + 1;
  }
  return false;
}

// Two counts of people whose phrases share a noun: one's counted noun is
// joined to the other's ("90 professors and administrators" /
// "90 faculty and administrators"), or both join one noun ("90 faculty
// members and priests" / "90 faculty and administrators").
bool CoordinatedWithTheOther(const Claim& a, const Claim& b, const Lexicon& lex) {
  if (a.coordinated.empty() && b.coordinated.empty()) return false;
  if (!PeopleNoun(a, lex) || !PeopleNoun(b, lex)) return false;
  auto words = [](const std::string& s) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < s.size();) {
      size_t sp = s.find(' ', i);
      if (sp == std::string::npos) sp = s.size();
      out.push_back(std::string_view(s).substr(i, sp - i));
      i = sp + 1;
    }
    return out;
  };
  const auto wa = words(a.coordinated), wb = words(b.coordinated);
  auto has = [](const std::vector<std::string_view>& ws, std::string_view w) {
    return std::find(ws.begin(), ws.end(), w) != ws.end();
  };
  if (has(wa, b.counted_lemma.str()) || has(wb, a.counted_lemma.str())) return true;
  for (std::string_view w : wa)
    if (has(wb, w)) return true;
  return false;
}

// Either claim named by a model's name and the other a count of things
// that name modifies (fuse/ledger_pair.h).
bool ModelNamed(const Claim& model, const Claim& other) {  // all but the context test
  const std::string& m = model.counted_lemma;
  if (m.empty() || !model.group.empty() || other.counted_lemma.empty()) return false;
  return std::any_of(m.begin(), m.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool CountedByModelName(const Claim& a, const Claim& b) {
  auto named = [](const Claim& model, const Claim& other) {
    return ModelNamed(model, other) &&
           std::binary_search(other.context.begin(), other.context.end(), model.counted_lemma);
  };
  return named(a, b) || named(b, a);
}

bool MayBeCountedByModelName(const Claim& a, const Claim& b) { return ModelNamed(a, b) || ModelNamed(b, a); }

bool NoMeasureAlone(const Claim& c, const Quantity& q, const Lexicon& lex) {
  if (c.kind != "count" || c.counted_lemma.empty() || !c.state.empty() || !c.place.empty() || !c.time.empty() ||
      !c.holder.empty() || !c.topic.empty() || !c.qualifiers.empty())
    return false;
  // "only one" / "just one": the hedge of an exact one.
  const std::string_view hedge = q.hedge.str();
  if (q.value == 1 && (hedge == "only" || hedge == "just")) return true;
  // The speaker's own words counted: a small count of messages in a quote.
  if (c.speaker.empty() || q.value < 1 || q.value > 3 || q.value != static_cast<int>(q.value)) return false;
  const std::string noun = lex.NounLemma(c.counted_lemma);
  const int file = NounMeanings::Default().Lexfile(noun);
  return lex.NounKind(noun) == 'c' || file == NounMeanings::kCommunication;
}

}  // namespace ledger
}  // namespace crosscheck
