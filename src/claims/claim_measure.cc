// The measure key of a claim (claims/claim_measure.h).
#include "claims/claim_measure.h"

#include <string_view>
#include <utility>

namespace crosscheck {
namespace {

// "critically", "seriously" or "slightly" for a figure's closed-class
// qualifier of degree, "" for none.
std::string DegreeAdverb(const std::string& qualifiers) {
  for (auto [q, adverb] : {std::pair{"critical", "critically"}, {"serious", "seriously"}, {"minor", "slightly"}})
    if ((" " + qualifiers + " ").find(" " + std::string(q) + " ") != std::string::npos) return adverb;
  return "";
}

}  // namespace

std::string MeasureKey(const Claim& c) {
  std::string m;
  bool graded = false;  // the degree adverb already stands before the state
  if (c.kind == "count") {
    m = Lowercase(c.counted);
    // A counted noun that names its state ("deaths") says it once; a
    // degree adverb stands before the state it grades ("firefighters
    // critically injured").
    if (!c.state.empty() && c.state_word != c.counted) {
      std::string degree = DegreeAdverb(c.qualifiers);
      m += (m.empty() ? "" : " ") + (degree.empty() ? "" : degree + " ") + c.state;
      graded = !degree.empty();
    }
    if (m.empty()) return "";
    // What a number-noun compound measures ("a five-alarm fire": alarms
    // of fire; claims/counted.h CompoundModifierHead).
    if (!c.topic.empty()) m += " of " + std::string(c.topic);
  } else if (c.kind == "age") {
    const bool reached = (" " + std::string(c.qualifiers) + " ").find(" reached ") != std::string::npos;
    m = reached ? "age reached" : "age";
    if (!c.holder.empty()) m += (reached ? " by " : " of ") + std::string(c.holder);
    else if (!c.counted.empty()) m += " of " + Lowercase(c.counted);
    return m;
  } else {
    std::string what = !c.topic.empty() ? c.topic : Lowercase(c.counted);
    if (!c.state.empty()) what += (what.empty() ? "" : " ") + c.state;
    else if (!c.predicate.empty() && what.empty()) what = c.predicate;
    if (!c.holder.empty()) what = c.holder + (what.empty() ? "" : " " + what);
    // A length measured from a landmark is a distance ("distance from
    // Kharkiv"); its verb ("was centred", "struck") names nothing more.
    if (!c.landmark.empty() && c.kind == "length") {
      std::string noun = !c.topic.empty() ? std::string(c.topic) : Lowercase(c.counted);
      if (!c.holder.empty()) noun = std::string(c.holder) + (noun.empty() ? "" : " " + noun);
      m = noun + (noun.empty() ? "" : " ") + "distance from " + std::string(c.landmark);
    } else {
      m = what.empty() ? c.kind : what + " (" + c.kind + ")";
    }
  }
  // The closed-class qualifiers name the measure ("critical people
  // injured"); a nationality stays in the frame only.
  std::string closed;
  // (A record's sides, "wins" and "losses", are not named here: its
  // counted noun says it.)
  for (std::string_view w : {"part", "critical", "serious", "minor", "majority", "minority", "margin"})
    if ((" " + c.qualifiers + " ").find(" " + std::string(w) + " ") != std::string::npos &&
        !(graded && (w == "critical" || w == "serious" || w == "minor")))
      closed += (closed.empty() ? "" : " ") + std::string(w == "part" ? "some of the" : w == "critical" ? "critically"
                                                            : w == "serious" ? "seriously" : w == "minor" ? "slightly"
                                                            : w == "margin" ? "margin of" : w);
  if (!closed.empty()) m = closed + " " + m;
  // A level of government or a chamber names the set counted ("state
  // senators", "U.S. senators"; claims/claim_qualifiers.h).
  if (c.kind == "count") {
    std::string levels;
    for (auto [q, word] : {std::pair{"level-federal", "U.S."}, {"level-state", "state"}, {"level-county", "county"},
                           {"level-city", "city"}, {"body-house", "House"}, {"body-senate", "Senate"}})
      if ((" " + c.qualifiers + " ").find(" " + std::string(q) + " ") != std::string::npos)
        levels += (levels.empty() ? "" : " ") + std::string(word);
    if (!levels.empty()) m = levels + " " + m;
  }
  // A share of a sub-population names it: "Mitt Romney (percent) among
  // tea party supporter".
  for (size_t at = c.qualifiers.find("among-"); at != std::string::npos; at = std::string::npos) {
    std::string words = c.qualifiers.substr(at, c.qualifiers.find(' ', at) - at);
    for (char& ch : words)
      if (ch == '-') ch = ' ';
    m += " " + words;
  }
  // A margin names the side it is measured against ("margin of points over
  // Sanders").
  if (!c.rival.empty()) m += " over " + std::string(c.rival);
  if (!c.place.empty() && c.landmark.empty())
    m += (c.state == "evacuated" || c.state == "displaced" ? " from " : " in ") + c.place;
  return m;
}

}  // namespace crosscheck
