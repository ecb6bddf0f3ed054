#include "fuse/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "claims/frame.h"
#include "claims/time_value.h"
#include "fuse/noun_meaning.h"
#include "recognize/entity/entity.h"

namespace crosscheck {

bool IsCompoundOf(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  return b.size() >= 4 && a.size() >= b.size() + 3 && a.substr(a.size() - b.size()) == b;
}

int GroupMatch(const Claim& a, const Claim& b, const Lexicon& lex) {
  bool ea = a.counted_lemma.empty(), eb = b.counted_lemma.empty();
  if (ea && eb) return 1;
  if (ea || eb) {
    // A figure without a counted noun ("2 injured") counts people when the
    // other names people ("two men injured").
    const Claim& c = ea ? b : a;
    if (c.group == "person" || c.group == "civilian") return 0;
    if (!c.group.empty()) return kNoMatch;  // fighters, children, prisoners are named as such
    // A noun that names its state ("five deaths", "46 arrests") counts
    // people in that state, as a bare "five killed" does.
    if (!lex.ImpliedState(c.counted_lemma).empty()) return 0;
    char kind = lex.NounKind(c.counted_lemma);
    return kind == 'p' || kind == 'g' ? 0 : kNoMatch;
  }
  if (a.counted_lemma == b.counted_lemma) return 3;
  // Topic heads: a counted noun that names its state ("deaths",
  // "fatalities", "the dead", "injuries") counts people in that state, so
  // its head is the person. Two such nouns of one state count the same
  // thing ("fatalities" ~ "deaths"); against a noun of people
  // ("people", "civilians", "victims") they are compatible, weakly, when
  // the rest of the measure agrees.
  {
    const std::string ia = lex.ImpliedState(a.counted_lemma), ib = lex.ImpliedState(b.counted_lemma);
    const bool ha = !ia.empty() && a.group.empty(), hb = !ib.empty() && b.group.empty();
    if (ha && hb) return ia == ib ? 2 : kNoMatch;
    if (ha || hb) {
      const Claim& other = ha ? b : a;
      if (other.group == "person" || other.group == "civilian") return 0;
      if (!other.group.empty()) return kNoMatch;
      const char kind = lex.NounKind(other.counted_lemma);
      if (kind == 'p') return 0;
    }
  }
  const bool classes = !a.group.empty() && !b.group.empty();
  if (classes && a.group == b.group) return 2;
  if (classes && lex.GroupsCompatible(a.group, b.group)) return 1;
  const int sim = lex.NounSimilarity(a.counted_lemma, b.counted_lemma);
  // Civilians, combatants, children and prisoners never meet; only true
  // synonyms bridge two classes.
  if (classes && sim < 2) return kNoMatch;
  if (sim == 2) return 2;
  if (sim == 1) return 1;
  // A closed compound is a kind of its head ("earthquake" ~ "quake",
  // "airstrike" ~ "strike"): neighbours, for nouns outside the WordNet
  // neighbourhoods of nouns.tsv (events and acts are not in it). Nouns it
  // holds keep WordNet's answer ("firefighter" is no kind of "fighter",
  // "relationship" none of "ship").
  if (lex.NounKind(a.counted_lemma) == 0 && lex.NounKind(b.counted_lemma) == 0 &&
      IsCompoundOf(a.counted_lemma, b.counted_lemma))
    return 1;
  // Nouns of acts, events and states compared by meaning (WordNet,
  // fuse/noun_meaning.h): one sense ("probe" ~ "investigation"). A kind
  // and its sub-kind are two counts ("dozens of tremors", "54
  // aftershocks"), siblings too.
  if (lex.NounKind(a.counted_lemma) == 0 && lex.NounKind(b.counted_lemma) == 0 && a.group.empty() &&
      b.group.empty() &&
      NounMeanings::Default().Alike(a.counted_lemma, b.counted_lemma, NounMeanings::kCountLevels))
    return 2;
  // A bare "people" against a kind of person: compatible, weakly. "Men" and
  // "women" are in the person class too (overrides.tsv) but are no bare
  // people: against another kind of person ("two men" ~ "a number of
  // Democrats") they are siblings, as any two kinds of person are.
  auto bare = [&](const Claim& c) {
    return c.group == "person" && !lex.IsKindOf(c.counted_lemma, "male") && !lex.IsKindOf(c.counted_lemma, "female");
  };
  if ((bare(a) && lex.NounKind(b.counted_lemma) == 'p') || (bare(b) && lex.NounKind(a.counted_lemma) == 'p'))
    return 0;
  // Two descriptions of people in one bodily state ("three bank employees
  // were killed", "the three victims died"), neither of a class that keeps
  // measures apart (civilians, fighters, children, prisoners): the state
  // says who is counted, the nouns describe them. Compatible, weakly.
  if (a.group.empty() && b.group.empty() && !a.state.empty() && a.state == b.state &&
      (a.state == "killed" || a.state == "injured" || a.state == "shot") && lex.NounKind(a.counted_lemma) == 'p' &&
      lex.NounKind(b.counted_lemma) == 'p')
    return 0;
  return kNoMatch;
}

int StateMatch(const Claim& a, const Claim& b) {
  if (a.state.empty() && b.state.empty()) return 1;
  // "N people in PLACE" with no verb of event states presence.
  if (a.state.empty() || b.state.empty()) return (a.state.empty() ? b.state : a.state) == "sheltering" ? 0 : kNoMatch;
  return a.state == b.state ? 2 : kNoMatch;
}

int StateMatch(const Claim& a, const Claim& b, const Lexicon& lex) {
  int m = StateMatch(a, b);
  if (m == kNoMatch && !a.state.empty() && !b.state.empty() && lex.StatesCompatible(a.state, b.state)) return 1;
  return m;
}

bool PlaceKindsCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return true;
  return (a == "area" && b == "settlement") || (a == "settlement" && b == "area");
}

int PlaceMatch(const Claim& a, const Claim& b) {
  if (a.place.empty() && b.place.empty()) return 0;
  if (a.place.empty() || b.place.empty()) return kNoMatch;
  if (a.place_named && b.place_named)
    return DocPlaces::NameKey(a.place) == DocPlaces::NameKey(b.place) && PlaceKindsCompatible(a.place_kind, b.place_kind)
               ? 2
               : kNoMatch;
  return PlaceKindsCompatible(a.place_kind, b.place_kind) ? 1 : kNoMatch;
}

std::optional<int> DayNumber(std::string_view d) {
  auto iv = TimeInterval(d);
  if (!iv) return std::nullopt;
  return iv->first;
}

bool SameTime(std::string_view a, std::string_view b) {
  auto x = TimeInterval(a), y = TimeInterval(b);
  if (!x || !y) return false;
  return x->first <= y->second && y->first <= x->second;
}

bool TimesFarApart(std::string_view a, std::string_view b, int max_days) {
  auto x = TimeInterval(a), y = TimeInterval(b);
  if (!x || !y) return false;
  int gap = std::max(y->first - x->second, x->first - y->second);
  return gap > max_days;
}

namespace {
// A claim's qualifier list in three parts: severity and sub-group (closed
// class), "more", and names (nationalities, parties).
struct Qualifiers {
  std::string closed, names, levels;  // levels: "level-state", "body-house" (claims/claim_qualifiers.cc)
  bool more = false;
};
Qualifiers SplitQualifiers(const std::string& q) {
  Qualifiers out;
  size_t i = 0;
  while (i < q.size()) {
    size_t sp = q.find(' ', i);
    std::string w = q.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
    if (w == "more") {
      out.more = true;
    } else if (w.rfind("level-", 0) == 0 || w.rfind("body-", 0) == 0) {
      out.levels += (out.levels.empty() ? "" : " ") + w;
    } else {
      bool closed = w == "part" || w == "critical" || w == "serious" || w == "minor" || w == "majority" ||
                    w == "minority" || w == "wins" || w == "losses" ||  // a tally's sides (claims/claim.cc)
                    w == "margin" || w == "change" ||  // a lead; an amount of change (claims/claim.cc)
                    w == "reached" ||                  // an age reached: a birthday (claims/claim.cc)
                    w.rfind("among-", 0) == 0;          // a sub-population's share
      std::string& to = closed ? out.closed : out.names;
      to += (to.empty() ? "" : " ") + w;
    }
    if (sp == std::string::npos) break;
    i = sp + 1;
  }
  return out;
}
}  // namespace

int QualifierMatch(const Claim& a, const Claim& b) {
  if (a.qualifiers == b.qualifiers) return 0;
  Qualifiers x = SplitQualifiers(a.qualifiers), y = SplitQualifiers(b.qualifiers);
  if (x.closed != y.closed) return kNoMatch;
  if (!x.names.empty() && !y.names.empty() && x.names != y.names) return kNoMatch;
  // Two levels of government or two chambers ("state" and "U.S." senators,
  // "House" and "Senate" Republicans) count two sets; one side's level only
  // is weaker, not apart.
  if (!x.levels.empty() && !y.levels.empty() && x.levels != y.levels) return kNoMatch;
  // "more", a nationality or a level on one side only: weaker, not apart
  // (-2 each; -1 is kNoMatch).
  return -2 * ((x.more != y.more) + (x.names != y.names) + (x.levels != y.levels));
}

namespace {
std::string Surname(std::string_view name) {
  // A generational suffix is no surname: "Cesar Sayoc Jr." is Sayoc,
  // "Anthony LaCalamita III" is LaCalamita.
  auto suffix = [](std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    return w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV" || w == "jr" || w == "sr";
  };
  while (true) {
    size_t sp = name.find_last_of(' ');
    if (sp == std::string_view::npos || !suffix(name.substr(sp + 1))) break;
    name = name.substr(0, sp);
    while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.remove_suffix(1);
  }
  size_t sp = name.find_last_of(' ');
  return NameVariantKey(sp == std::string_view::npos ? name : name.substr(sp + 1));
}
std::string LastWord(std::string_view s) {
  size_t sp = s.find_last_of(' ');
  return std::string(sp == std::string_view::npos ? s : s.substr(sp + 1));
}
}  // namespace

namespace {
// An organisation and its initials ("DNC", "Democratic National
// Committee"; "the Federal Bureau of Investigation", "FBI"): the
// capitals of an acronym of two to six letters are the first letters of
// the other name's capitalised words.
bool AcronymOf(std::string_view acronym, std::string_view name) {
  if (acronym.size() < 2 || acronym.size() > 6) return false;
  for (char ch : acronym)
    if (ch < 'A' || ch > 'Z') return false;
  std::string initials;
  for (size_t i = 0; i < name.size();) {
    size_t sp = name.find(' ', i);
    if (sp == std::string_view::npos) sp = name.size();
    if (sp > i && name[i] >= 'A' && name[i] <= 'Z') initials += name[i];
    i = sp + 1;
  }
  return initials == acronym;
}
}  // namespace

bool SameName(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  return AcronymOf(a, b) || AcronymOf(b, a) || Surname(a) == Surname(b);
}

namespace {
// The given name a person's name opens with, "" when it opens with a
// title, an abbreviation or an initial ("Mr LaCalamita", "J. Smith") or
// is one word.
std::string GivenName(std::string_view name) {
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return "";
  std::string_view w = name.substr(0, sp);
  if (w.size() < 2 || w.back() == '.') return "";
  static constexpr std::string_view kTitles[] = {"Mr",  "Mrs", "Ms",   "Miss", "Dr",  "Sir",  "Rev",  "Sen",
                                                 "Rep", "Gov", "Gen",  "Col",  "Capt", "Sgt", "Lt",  "Prof",
                                                 "President", "Senator", "Governor", "Judge", "Mayor", "Dame", "Lord"};
  for (std::string_view t : kTitles)
    if (w == t) return "";
  return NameVariantKey(w);
}
}  // namespace

int HolderMatch(const Claim& a, const Claim& b) {
  if (a.holder.empty() || b.holder.empty()) return 0;
  if (AcronymOf(a.holder.str(), b.holder.str()) || AcronymOf(b.holder.str(), a.holder.str())) return 2;
  const std::string_view ha = a.holder.str(), hb = b.holder.str();
  // Given names are not compared: reports spell one person's given name
  // their own ways ("Katie" / "Kathryn"), so two relatives may meet here;
  // their values keep them apart.
  if (Surname(ha) == Surname(hb)) return 2;
  // A lone given name is the full name it opens ("Sasha" after "Sasha
  // Obama" in another report): a weaker match.
  const bool a_lone = ha.find(' ') == std::string_view::npos, b_lone = hb.find(' ') == std::string_view::npos;
  if (a_lone != b_lone) {
    const std::string given = GivenName(a_lone ? hb : ha);
    if (!given.empty() && given == NameVariantKey(a_lone ? ha : hb)) return 1;
  }
  return kNoMatch;
}

bool SameStem(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  size_t n = 0;
  while (n < a.size() && a[n] == b[n]) ++n;
  return n >= 6 && 4 * n >= 3 * a.size();
}

int TopicMatch(const Claim& a, const Claim& b) {
  if (a.topic.empty() || b.topic.empty()) return 0;
  const std::string ha = LastWord(a.topic), hb = LastWord(b.topic);
  if (ha == hb) return 2;
  // Head nouns of one meaning, or one a kind of the other a level up ("a
  // 22-month investigation", "the two-year probe", "a year-long inquiry":
  // fuse/noun_meaning.h).
  {
    const Lexicon& lex = Lexicon::Default();
    if (NounMeanings::Default().Alike(lex.NounLemma(ha), lex.NounLemma(hb), NounMeanings::kTopicLevels)) return 1;
  }
  auto words = [](const std::string& t) {
    std::vector<std::string_view> out;
    for (size_t i = 0; i < t.size();) {
      size_t sp = t.find(' ', i);
      if (sp == std::string::npos) sp = t.size();
      if (sp > i) out.push_back(std::string_view(t).substr(i, sp - i));
      i = sp + 1;
    }
    return out;
  };
  const std::vector<std::string_view> wa = words(a.topic), wb = words(b.topic);
  for (std::string_view x : wa)
    for (std::string_view y : wb)
      if (x.size() > 3 && (x == y || SameStem(x, y))) return 1;
  return -1;
}

double ContextSimilarity(const Claim& a, const Claim& b) {
  if (a.context.empty() || b.context.empty()) return 0;
  size_t i = 0, j = 0, shared = 0;
  while (i < a.context.size() && j < b.context.size()) {
    int c = a.context[i].compare(b.context[j]);
    if (c == 0) {
      ++shared;
      ++i;
      ++j;
    } else if (c < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(a.context.size() + b.context.size() - shared);
}

bool IsStaticMeasure(const Claim& c) {
  // A count in a state moves (a toll); so does how long something has
  // lasted ("10 weeks into the war").
  return !((c.kind == "count" && !c.state.empty()) || c.kind == "duration");
}

bool IsCumulativeState(std::string_view s) {
  return s == "killed" || s == "injured";
}

}  // namespace crosscheck
