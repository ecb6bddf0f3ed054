// Ledger alignment, one pair at a time (fuse/ledger_pair.h).
#include "fuse/ledger_pair.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <tuple>

#include "claims/dimension.h"
#include "claims/frame.h"
#include "claims/time_value.h"
#include "fuse/ledger_figure.h"
#include "fuse/ledger_pair_words.h"
#include "fuse/lexicon.h"

namespace crosscheck {
namespace ledger {
namespace {

constexpr double kMinEvidence = 2.0;
// Bands within this ratio of each other are near (ValueEvidence).
constexpr double kNear = 1.05;
// A dated figure this many days before another's report recalls an older event.
constexpr int kHistoryDays = 365;
const std::string kUndated;

// A static measure's date that is its report's own day or the week before:
// the date of the telling, not of the figure (see Aligner::Score).
bool TellingDate(const Claim& c) {
  if (c.time.empty() || c.as_of.empty() || !IsStaticMeasure(c)) return false;
  auto t = TimeInterval(c.time), r = TimeInterval(c.as_of);
  if (!t || !r) return false;
  return t->first == t->second && t->first <= r->second && t->first >= r->first - 7;
}

// Ratio from which two distances from one landmark are two distances.
constexpr double kDistanceApart = 1.5;

// Two lengths from one landmark whose bands (in metres) are kDistanceApart
// or more apart, against every value the other candidate holds.
bool DistancesApart(const Candidate& a, const Candidate& b) {
  if (a.claim->kind != "length" || b.claim->kind != "length" || a.values.empty() || b.values.empty()) return false;
  for (const ValueRef& v : b.values)
    if (v.unit != a.values.front().unit || Aligner::BandRatio(a.values.front(), v) < kDistanceApart) return false;
  return true;
}

}  // namespace

void AddValue(const ValueRef& v, std::vector<ValueRef>* values, size_t* count) {
  ++*count;
  const size_t checked = std::min(values->size(), kDedupValues);
  if (std::find(values->begin(), values->begin() + static_cast<std::ptrdiff_t>(checked), v) !=
      values->begin() + static_cast<std::ptrdiff_t>(checked))
    return;
  values->push_back(v);
}

// Two counts of the rounds a gun fired or that hit someone, worded two
// ways: "fired 11 shots", "11 bullets", "30 rounds fired", and a
// victim "shot seven times" (an occasion count of shooting: each time is a
// bullet that hit). WordNet keeps shot (a pellet, an act of firing),
// bullet and round (of talks, of voting) in other senses; the verb of
// firing picks the ammunition sense out for "round".
namespace {
bool RoundsFired(const Claim& a, const Claim& b) {
  auto fired = [](const Claim& c) {
    const std::string_view n = c.counted_lemma.str(), v = c.predicate.str();
    const bool firing = v == "fire" || v == "shoot" || v == "hit" || v == "strike" || v == "spray" || v == "enter";
    return n == "shot" || n == "bullet" || n == "gunshot" || (n == "round" && firing) ||
           (n == "time" && v == "shoot");
  };
  return a.kind == "count" && b.kind == "count" && fired(a) && fired(b) && a.counted_lemma != b.counted_lemma;
}
}  // namespace

// Votes and the people who cast them, one vote each: "won by a 134-to-63
// vote" / "the 63 Democrats who voted for Ryan", "passed 396-9" / "the
// nine lawmakers to vote against". `votes` counts votes, ballots, yeas or
// nays, or is a side of a tally (qualifier "majority" or "minority", no
// noun); `people` counts people whose verb, or a word near the figure, is
// "vote". The side a voter took is not read: the caller asks for one
// value met exactly, which the story gives to no other measure.
namespace {
bool VotesAndVoters(const Claim& votes, const Claim& people, const Lexicon& lex) {
  const std::string_view n = votes.counted_lemma.str();
  const std::string& q = votes.qualifiers;
  const bool side = n.empty() && (q.find("majority") != std::string::npos || q.find("minority") != std::string::npos);
  if (!(n == "vote" || n == "ballot" || n == "yea" || n == "nay" || side)) return false;
  if (people.counted_lemma.empty() || !PeopleNoun(people, lex)) return false;
  if (people.predicate.str() == "vote") return true;
  // Context words are noun lemmas or the words as written ("voted").
  for (const char* w : {"vote", "voted", "voting"})
    if (std::binary_search(people.context.begin(), people.context.end(), Atom(w))) return true;
  return false;
}

// A qualifier list without the side of a tally ("majority", "minority").
std::string WithoutTallySide(const std::string& q) {
  std::string out;
  for (size_t i = 0; i < q.size();) {
    size_t sp = q.find(' ', i);
    if (sp == std::string::npos) sp = q.size();
    std::string_view w = std::string_view(q).substr(i, sp - i);
    if (w != "majority" && w != "minority") {
      if (!out.empty()) out += ' ';
      out += w;
    }
    i = sp + 1;
  }
  return out;
}
}  // namespace

// Match score of two candidates, or nullopt when they cannot be one measure.
std::optional<double> Aligner::Score(const Candidate& a, const Candidate& b) const {
  const Claim& x = *a.claim;
  const Claim& y = *b.claim;
  if (x.kind != y.kind) return Fail("kind");
  // A bare percent, a share of nothing the frame could name ("I 100 percent
  // support it", "up 5 percent" with no noun, topic, state or holder), names
  // no measure of its own: it joins another percent only when both give one
  // distinctive value exactly ("35.7 percent" and "a 35.7 percent rate"), a
  // value two measures of one story do not share by chance — not a round
  // one ("100", "30") and not within a band.
  if (x.kind == "percent" && (BarePercent(x) || BarePercent(y))) {
    const bool exact = !a.values.empty() && !b.values.empty() && a.values.front().value == b.values.front().value &&
                       a.values.front().unit == b.values.front().unit &&
                       std::fmod(std::fabs(a.values.front().value), 10) != 0;
    if (!exact) return Fail("bare percent");
  }
  // Two shares of people, neither in a state, whose verbs differ ("4 in
  // 10 Republican voters want …", "42% of eligible voters participated",
  // "two-thirds of voters say …"): what the people do or say is the
  // measure, so they are two measures. A verb of being or presence ("is",
  // "remain") names nothing and decides nothing; a share of a thing
  // ("won two-thirds of the vote", "got two-thirds of the vote") is told
  // with many verbs and is left to the score.
  auto of_people = [&](const Claim& c) {
    const char k = lex_.NounKind(c.counted_lemma);
    return !c.counted_lemma.empty() && (k == 'p' || k == 'g' || !c.group.empty());
  };
  if (x.kind == "percent" && x.state.empty() && y.state.empty() && !x.predicate.empty() && !y.predicate.empty() &&
      x.predicate != y.predicate && !IsPresenceVerb(x.predicate) && !IsPresenceVerb(y.predicate) && of_people(x) &&
      of_people(y))
    return Fail("share of people, other verbs");
  // Two polls' figures are two measures, even on one question ("The AP-GfK
  // Poll of 1,033 adults" and "The Fox News poll … among 1,031 … voters";
  // 52 percent in one poll and 55 in another): one poll reported by two
  // outlets is named by one owner (a word in common: "Fox News", "Fox").
  if (!x.poll.empty() && !y.poll.empty() && !SharesAWord(x.poll, y.poll)) return Fail("two polls");
  // Two shares of two groups that nothing relates ("three-quarters of
  // precincts", "75 percent of Democrats"; "half of the delegates", "54
  // percent of voters") are two measures: a share is of its group.
  if (x.kind == "percent" && !x.counted_lemma.empty() && !y.counted_lemma.empty() &&
      (of_people(x) || of_people(y)) && GroupMatch(x, y, lex_) == kNoMatch &&
      !NameModifiesToTheOthersNoun(x, y, lex_) && !NameModifiesToTheOthersNoun(y, x, lex_))
    return Fail("shares of two groups");
  // A candidate's share ("Trump had 35 percent in the poll", "Clinton won
  // 52 percent of the vote": a share held by someone, of no people) and a
  // share of people held by no one ("35 percent of voters said the economy
  // …") are two measures, whatever their values — unless the share of
  // people names the holder near it ("35 percent of voters backed Trump").
  auto held_share = [&](const Claim& c) { return !c.holder.empty() && !of_people(c); };
  auto names = [](const Claim& c, const Claim& holder) {
    std::string_view h = holder.holder.str();
    size_t sp = h.find_last_of(' ');
    std::string last = Lowercase(sp == std::string_view::npos ? h : h.substr(sp + 1));
    return std::find(c.context.begin(), c.context.end(), Atom(last)) != c.context.end();
  };
  if (x.kind == "percent" && ((held_share(x) && of_people(y) && y.holder.empty() && !names(y, x)) ||
                              (held_share(y) && of_people(x) && x.holder.empty() && !names(x, y))))
    return Fail("a candidate's share, a share of people");
  // A sum, a length of time, a share or a quantity with a unit whose frame
  // names nothing it measures — no counted noun, topic, holder, state,
  // landmark or qualifier: "eight years", "$160 million" told bare — is
  // one of several such figures of the story (several bidders' offers,
  // several players' seasons). Only its value can say which: it joins a
  // bare figure or a named one only when their bands meet or are near,
  // never on the context words alone ("an eight-year offer" and "a 10-year
  // deal" in one story are two terms, not a dispute).
  if (x.kind != "count" && x.kind != "age" && x.kind != "magnitude" && (Thin(x) || Thin(y)) &&
      !a.values.empty() && !b.values.empty() && ValueEvidence(a.values.front(), b.values) < 1)
    return Fail("thin, values apart");
  // Likewise a count of acts, events or spans of time in no state and of no
  // one ("four seasons", "40 games", "two contract extensions": nouns
  // outside WordNet's people, animals, things and messages) is often one of
  // several careers or records a story tells, the holder named by a pronoun:
  // such counts join only where their values meet or are near. A holder on
  // one side only licenses nothing: "four seasons" beside "Tony DiLeo's 19
  // seasons" is as likely another career (one holder on both sides may
  // dispute; two holders never meet). Counts of things an event reached
  // ("seven bridges", "three boats") and of people keep their disputes, and
  // so do two counts sizing one named thing, the noun both modify ("the
  // 35-word oath", "the 38-word oath": one oath, its length in dispute).
  const bool sizes_one_thing = !x.topic.empty() && x.topic == y.topic;
  if (x.kind == "count" && !sizes_one_thing && x.state.empty() && y.state.empty() &&
      (x.holder.empty() || y.holder.empty()) &&
      !x.counted_lemma.empty() && !y.counted_lemma.empty() && lex_.NounKind(x.counted_lemma) == 0 &&
      lex_.NounKind(y.counted_lemma) == 0 && !a.values.empty() && !b.values.empty() &&
      ValueEvidence(a.values.front(), b.values) < 1)
    return Fail("things, values apart");
  // A bare count of people says nothing of which people, and a story has
  // many ("30 people call" in a quote, "a handful of people" brokering
  // peace, "the thousands of people who love Trump" beside "2,383
  // delegates"): it joins another figure only where their values meet --
  // exactly when the other names people of its own, met or near when the
  // other is bare too. A toll told bare on both sides still meets its
  // dispute through the state the frames read, which a bare count has not.
  if ((BarePeople(x) || BarePeople(y)) && !a.values.empty() && !b.values.empty() &&
      ValueEvidence(a.values.front(), b.values) < (BarePeople(x) && BarePeople(y) ? 1 : 2))
    return Fail("bare people, values apart");
  // A vague toll told bare ("hundreds injured", "killing dozens": no noun,
  // place, holder or topic, only a state and an order of magnitude) could
  // be any toll of that state the story tells, and a story often tells
  // several (two attacks, two places): it joins another figure only where
  // its band does not contradict the other's values at one time ("dozens
  // killed" meets "40 killed" and a later "120", not "12" or "seven").
  auto bare_vague_toll = [](const Claim& c, const Candidate& k) {
    return c.kind == "count" && !c.state.empty() && c.counted_lemma.empty() && c.place.empty() &&
           c.holder.empty() && c.topic.empty() && !k.values.empty() && Wide(k.values.front());
  };
  if ((bare_vague_toll(x, a) || bare_vague_toll(y, b)) && !a.values.empty() && !b.values.empty() &&
      std::min(ValueEvidence(a.values.front(), b.values), ValueEvidence(b.values.front(), a.values)) < 0)
    return Fail("vague toll told bare, values apart");
  // Two lists of magnitudes ("measuring 7.6 and 7.4", "the 7.6 and 7.5
  // magnitude quakes") name the quakes in one order: the k-th meets the
  // k-th, never another rank, however near the values.
  if (x.list_rank > 0 && y.list_rank > 0 && x.list_rank != y.list_rank) return Fail("list rank");
  // Two different values in one report are two measures ("$43,885,310 in
  // federal taxes and $13,625,777 in state taxes"), unless the frame alone
  // says otherwise (a toll two sources of one report give differently).
  // Figures of one report at two times may be one toll moving — two
  // readings the report has seen, not one it expects: a figure whose own
  // time begins after the report's day ("2,383 delegates needed at the
  // convention in July" in a May report) is a target or a forecast, no
  // reading of a series, so it gives the pair no second time.
  if (a.root == b.root && !(Strong(x) && Strong(y)) && !a.values.empty() && !b.values.empty()) {
    const ValueRef& va = a.values.front();
    const ValueRef& vb = b.values.front();
    const std::string& tx = x.time.empty() ? x.as_of : x.time;
    const std::string& ty = y.time.empty() ? y.as_of : y.time;
    auto ahead = [](const Claim& c) {
      if (c.time.empty() || c.as_of.empty()) return false;
      const auto own = TimeInterval(c.time);
      const auto report = TimeInterval(c.as_of);
      return own && report && own->first > report->second;
    };
    bool same_time = tx.empty() || ty.empty() || SameTime(tx, ty) || ahead(x) || ahead(y);
    if (va.unit == vb.unit && same_time && std::max(va.lo, vb.lo) > std::min(va.hi, vb.hi))
      return Fail("one report, two values");
  }
  double score = 0;
  // Two reports giving one distinctive value exactly ("26", "485") most
  // likely count the same thing, however each names it.
  const bool distinctive = !a.values.empty() && !b.values.empty() &&
                           SameDistinctiveValue(a.values.front(), b.values.front());
  const bool exact = MetExactly(a, b);
  if (x.kind == "count") {
    int g = GroupMatch(x, y, lex_);
    // People named two ways ("26 pirates", "26 Somali crew"): with a
    // distinctive value met exactly, nouns of people that WordNet does not
    // relate are no refusal (0) — unless both carry a lexicon class
    // (civilians, fighters, children, prisoners stay apart).
    if (g == kNoMatch && distinctive && NamedTwoWays(x, y, lex_)) g = 0;
    if (g == kNoMatch && CountedByModelName(x, y)) g = 1;
    if (g == kNoMatch && (NameModifiesToTheOthersNoun(x, y, lex_) || NameModifiesToTheOthersNoun(y, x, lex_))) g = 2;
    if (g == kNoMatch && CoordinatedWithTheOther(x, y, lex_)) g = 1;
    if (g == kNoMatch && RoundsFired(x, y)) g = 1;
    // Votes and their voters, one value met exactly: one measure.
    if (g == kNoMatch && exact && (VotesAndVoters(x, y, lex_) || VotesAndVoters(y, x, lex_))) g = 1;
    // One value met exactly, which no report of the story gives to another
    // measure, in one named state: the state says who is counted, so nouns
    // of one kind (people, artifacts, …) named two ways, or a noun one
    // report leaves unsaid, lower the score instead ("four robbers
    // captured" / "four men captured"; "two skiffs escaped" / "two vessels
    // escaped"). Without a state small values chain unrelated counts ("two
    // senators", "two sons"). -1 is kNoMatch.
    if (g == kNoMatch && exact && !x.state.empty() && x.state == y.state && NounsOfOneKind(x, y, lex_)) g = -2;
    if (g == kNoMatch) return Fail("group");
    // Two kinds of person WordNet relates only loosely (neighbours under
    // one hypernym, or classes listed compatible), both in no state: "16
    // other candidates" and "dozens of Democrats" are two groups of
    // politicians as often as one. With no state to say who is counted,
    // only the values can: they join where the values meet or are near.
    if (g == 1 && x.state.empty() && y.state.empty() && !x.counted_lemma.empty() && !y.counted_lemma.empty() &&
        x.counted_lemma != y.counted_lemma && PeopleNoun(x, lex_) && PeopleNoun(y, lex_) && !a.values.empty() &&
        !b.values.empty() && ValueEvidence(a.values.front(), b.values) < 1)
      return Fail("two kinds of people, values apart");
    score += g;
  } else if (!x.counted_lemma.empty() && !y.counted_lemma.empty()) {
    int g = GroupMatch(x, y, lex_);
    score += g == kNoMatch ? -1 : g;
  }
  int s = StateMatch(x, y, lex_);
  // A state one report names and another leaves unsaid ("captured 26
  // pirates", "the 26 pirates were taken aboard", "had 26 crew on board")
  // is unknown on one side, not another state: the figures may be one
  // measure when they count the same noun and their values meet exactly
  // (not within a vague band). Weak (0), and no verb check: the unsaid
  // side's own verb is as often a restatement's ("were taken aboard").
  const bool unknown_state = s == kNoMatch && x.state.empty() != y.state.empty() &&
                             ((!x.counted_lemma.empty() && x.counted_lemma == y.counted_lemma &&
                               !a.values.empty() && ValueEvidence(a.values.front(), b.values) >= 2) ||
                              ((distinctive || exact) && x.kind == "count"));
  if (unknown_state) s = 0;
  if (s == kNoMatch) return Fail("state");
  // "N people in PLACE" with no verb states presence; a figure with a verb
  // of its own ("employed tens of thousands") states something else.
  if (s == 0 && !unknown_state && (!IsPresenceVerb(x.state.empty() ? x.predicate : y.predicate))) return Fail("state");
  score += s;
  int p = places_.Match(x, y);
  if (p == kNoMatch) return Fail("place");
  score += p;
  // A sum, a share or another static measure dated on its report's own
  // day or the week before ("the Clintons released returns on Friday
  // showing they paid tens of millions in federal taxes") is dated by the
  // telling: the clause's date names when it was said or released, not the
  // period the figure covers ("$43,885,310 in federal taxes from 2007 to
  // 2014"). Such a date does not set the figure apart in time.
  const std::string& xt = TellingDate(x) ? kUndated : x.time;
  const std::string& yt = TellingDate(y) ? kUndated : y.time;
  if (TimesFarApart(xt, yt, o_.max_days_apart)) return Fail("time");
  // A figure of a whole year and one of another year are of two periods,
  // however close their ends ("500 million accounts in 2014", "1 billion
  // in a 2013 attack").
  if ((x.time.size() == 4 || y.time.size() == 4) && !x.time.empty() && !y.time.empty() && !SameTime(x.time, y.time))
    return Fail("time (another year)");
  // A toll dated a year or more before the other's report ("killed
  // 26,000 in 2003" beside an undated toll reported in 2012) recalls an
  // older event. An undated figure stays undated; only its report's date
  // is read here, with a year's slack for late reprints and crawl dates.
  // Only for counts of an event (a toll): a sum's or a share's date often
  // names one end of the period it covers ("since 2007").
  if (!IsStaticMeasure(x) && !IsStaticMeasure(y) &&
      ((y.time.empty() && TimesFarApart(x.time, y.as_of, kHistoryDays)) ||
       (x.time.empty() && TimesFarApart(y.time, x.as_of, kHistoryDays))))
    return Fail("time (an older event)");
  int qm = QualifierMatch(x, y);
  // A sub-group or a name one report words its own way ("three boats" /
  // "three of the skiffs", "26 Somali pirates" / "26 Somani brigands")
  // with one value met exactly: weaker. A severity, a tally's side, a
  // change or a sub-population's share still names another measure.
  if (qm == kNoMatch && exact && QualifiersDifferOnlyByPartOrName(x.qualifiers, y.qualifiers)) qm = -2;
  // A tally's side on the votes ("minority") and none on their voters,
  // one value met exactly: the side is the voters' verb, not read.
  if (qm == kNoMatch && exact && x.kind == "count" &&
      ((VotesAndVoters(x, y, lex_) && QualifiersDifferOnlyByPartOrName(WithoutTallySide(x.qualifiers), y.qualifiers)) ||
       (VotesAndVoters(y, x, lex_) && QualifiersDifferOnlyByPartOrName(x.qualifiers, WithoutTallySide(y.qualifiers)))))
    qm = -2;
  if (qm == kNoMatch) return Fail("qualifiers");
  // A level of government or a chamber on one side only is weaker, not
  // apart (QualifierMatch); with values that do not meet it names another
  // set: "the state's two Republican senators" (in Washington) and "three
  // Republican state senators" are no dispute.
  if (NamesALevel(x.qualifiers) != NamesALevel(y.qualifiers) && !a.values.empty() && !b.values.empty() &&
      ValueEvidence(a.values.front(), b.values) < 1)
    return Fail("level on one side, values apart");
  score += qm;
  int h = HolderMatch(x, y);
  if (h == kNoMatch) return Fail("holder");
  score += h;
  // A margin is between two sides: two margins against two rivals, or
  // one measured against the side the other puts ahead ("a 16-point
  // margin over Sanders" in a poll, "Sanders wins by 10 points"), are two
  // measures.
  if (!x.rival.empty() && !y.rival.empty() && !SameName(x.rival, y.rival)) return Fail("margin sides");
  if (SameName(x.rival, y.holder) || SameName(y.rival, x.holder)) return Fail("margin sides");
  if (!x.landmark.empty() && !y.landmark.empty()) {
    if (DocPlaces::NameKey(x.landmark) != DocPlaces::NameKey(y.landmark)) return Fail("landmark");
    // A distance from a landmark is measured, not estimated: agencies and
    // outlets give one epicentre's or one site's distance within a few
    // tenths of each other (and in two units). Two distances from one
    // landmark half again apart or more are of two things — two quakes,
    // the epicentre and a town ("75 km west of Manokwari" for Wednesday's
    // quake, "85 miles (135 km) from Manokwari" for the first one).
    if (DistancesApart(a, b)) return Fail("landmark, values apart");
    score += 2;
  } else if (x.kind == "length" && x.landmark.empty() != y.landmark.empty() && !a.values.empty() &&
             !b.values.empty() && ValueEvidence(a.values.front(), b.values) < 1) {
    // A distance from a landmark and a length of none (a depth, a size, a
    // distance told bare) are one measure only where their values meet or
    // are near: the frame names a landmark on one side only.
    return Fail("landmark on one side, values apart");
  }
  // A count that measures the noun it modifies ("a 10-juror majority", "a
  // five-boat attack": claims/counted.h CompoundModifierHead) and a count
  // of that noun told bare are one measure only where their values meet
  // or are near: "10" jurors of a majority do not dispute "one or two"
  // jurors who spoke to the press.
  if (x.kind == "count" && x.topic.empty() != y.topic.empty() && !a.values.empty() && !b.values.empty() &&
      ValueEvidence(a.values.front(), b.values) < 1)
    return Fail("topic on one side, values apart");
  score += TopicMatch(x, y);
  if (x.list_rank > 0 && x.list_rank == y.list_rank) score += 2;
  if (!x.predicate.empty() && x.predicate == y.predicate) {
    score += 1;
  } else if (x.state.empty() && y.state.empty() && !x.predicate.empty() && !y.predicate.empty() &&
             !IsPresenceVerb(x.predicate) && !IsPresenceVerb(y.predicate)) {
    score -= 1;  // "picked up six seats", "remain with 194 seats"
  }
  score += 4 * ContextSimilarity(x, y);
  return score;
}

// A figure's value in a comparable form: its band with its rounding, in
// the base unit of its dimension (currencies stay apart).
ValueRef Aligner::Value(const ClaimRef& ref, const Quantity& q, const std::string& unit, double factor) const {
  const std::string& t = analyses_[ref.doc].doc.text;
  std::string_view text = q.span.end <= t.size() ? q.span.Of(t) : std::string_view();
  double f = factor > 0 ? factor : 1;
  double h = RoundingHalfWidth(q, text);
  ValueRef v;
  const Claim& c = analyses_[ref.doc].claims[ref.claim];
  auto iv = TimeInterval(c.time);
  if (!iv) iv = TimeInterval(c.as_of);
  if (iv) v.first = iv->first, v.last = iv->second;
  v.moves = !IsStaticMeasure(c);
  v.unit = factor > 0 ? std::string() : unit;  // convertible units compare in the base unit
  // A length of time grows by at most the time that passes: in seconds,
  // a day a day.
  if (factor > 0 && c.kind == "duration") v.per_day = 86400;
  v.age = c.kind == "age";
  v.held = !c.holder.empty();
  v.value = q.value * f;
  v.lo = ((q.band_low ? *q.band_low : q.value) - h) * f;
  v.hi = ((q.band_high ? *q.band_high : q.value) + h) * f;
  return v;
}

// Bands that overlap add; values far apart subtract. The best over the
// entry's values of a comparable unit (two currencies compare through the
// story's own conversions, within a tenth); 0 when there is none.
double Aligner::ValueEvidence(const ValueRef& given, const std::vector<ValueRef>& refs) const {
  double best = -1e9;
  for (const ValueRef& b : refs) {
    ValueRef a = given;
    if (a.unit != b.unit) {
      auto rate = rates_.find({a.unit, b.unit});
      if (rate == rates_.end()) continue;
      a.value *= rate->second;
      a.lo *= rate->second * 0.9;
      a.hi *= rate->second * 1.1;
    }
    double e;
    const double ratio = BandRatio(a, b);
    if (a.age && b.age && !(a.held && b.held) && std::fabs(a.value - b.value) > 1) {
      // Two ages more than a year apart, one of no named person, are two
      // people's ("the 76-year-old Pelosi", "a 66-year-old aide"), however
      // near the values. Ages of one named person (holders must be equal)
      // may still dispute.
      e = -4;
    } else if (ratio == 1) {
      // A vague band ("billions": 2 to 9 billion) overlaps much; it is
      // weaker evidence than two figures that meet.
      e = Wide(a) || Wide(b) ? 1 : 2;
    } else if (ratio <= kNear) {
      // Bands a few percent apart ("5.9" and "6.1" from two agencies,
      // "7.6" and "7.7"): near, weaker evidence than a meeting.
      e = 1;
    } else if (!Concurrent(a, b) && !OutgrowsElapsed(a, b)) {
      // Values that differ at different times may be one toll moving; a
      // static measure does not move.
      e = 0;
    } else {
      // How far apart: from the edges of a vague band ("thousands" ends
      // at 9,000, so "14,000" is 1.6 from it), else between the values.
      double va = std::max(std::fabs(a.value), 1e-9), vb = std::max(std::fabs(b.value), 1e-9);
      double apart = Wide(a) || Wide(b) ? ratio : std::max(va, vb) / std::min(va, vb);
      e = apart >= 4 ? -4 : apart >= 2 ? -2 : 0;
    }
    best = std::max(best, e);
  }
  return best == -1e9 ? 0 : best;
}

// A vague band, spanning a factor of two or more ("billions", "thousands").
bool Aligner::Wide(const ValueRef& v) { return v.lo > 0 && v.hi >= 2 * v.lo; }

// How far apart two bands are: the higher band's low end over the lower
// band's high end; 1 when they overlap. Measured from the bands' edges, so
// a vague "thousands" (to 9,000) is 1.6 from "14,000", not 7.
double Aligner::BandRatio(const ValueRef& a, const ValueRef& b) {
  if (std::max(a.lo, b.lo) <= std::min(a.hi, b.hi)) return 1;
  const bool a_lower = a.hi < b.lo;
  double low_top = std::fabs(a_lower ? a.hi : b.hi), high_bottom = std::fabs(a_lower ? b.lo : a.lo);
  if (low_top > high_bottom) std::swap(low_top, high_bottom);  // negative values
  return high_bottom / std::max(low_top, 1e-9);
}

// Whether two durations at different times are further apart than the
// time between them lets one length grow ("a two-hour briefing" on the
// 14th, "nearly two decades" on the 16th): then they are not one length
// moving, and their distance counts as for concurrent values.
bool Aligner::OutgrowsElapsed(const ValueRef& a, const ValueRef& b) {
  if (a.per_day <= 0 || b.per_day <= 0 || a.last < a.first || b.last < b.first) return false;
  const int days = std::max(a.first - b.last, b.first - a.last);
  const double gap = std::max(a.lo, b.lo) - std::min(a.hi, b.hi);
  return gap > (std::max(days, 0) + 1) * a.per_day;
}

// Whether two values hold at one time (either floating, or a value that
// cannot move).
bool Aligner::Concurrent(const ValueRef& a, const ValueRef& b) {
  return !(a.moves && b.moves) || a.last < a.first || b.last < b.first || (a.first <= b.last && b.first <= a.last);
}

// The smallest ratio between a value and the entry's comparable values
// that hold at its time; 1 when none does. A toll 20 times another at the
// same time ("five killed" beside "168,000 killed" in a reminder of an
// older disaster) is another toll, whatever the frames say.
double Aligner::Disparity(const ValueRef& given, const std::vector<ValueRef>& refs) const {
  double least = -1;
  for (const ValueRef& b : refs) {
    if (b.unit != given.unit || !Concurrent(given, b)) continue;
    double r = BandRatio(given, b);
    least = least < 0 ? r : std::min(least, r);
  }
  return least < 0 ? 1 : least;
}

// A distinctive value: a plain whole number (no hedge, no rounding band)
// of 11 or more that is not a multiple of ten — "26", "485", not "three"
// or "100", which two measures of one story share by chance. Two
// figures give one such value when both are it exactly.
bool Aligner::SameDistinctiveValue(const ValueRef& a, const ValueRef& b) {
  auto plain = [](const ValueRef& v) {
    return v.unit.empty() && v.lo == v.value && v.hi == v.value && v.value >= 11 && v.value < 1e7 &&
           v.value == std::floor(v.value) && std::fmod(v.value, 10) != 0;
  };
  return plain(a) && plain(b) && a.value == b.value;
}

namespace {
// A plain value: no hedge and no rounding band, 2 or more ("two", "26",
// "$15 million" exactly as written is not plain: it has a rounding band).
bool PlainValue(const ValueRef& v) { return v.lo == v.value && v.hi == v.value && v.value >= 2; }
}  // namespace

void Aligner::LearnValues(const std::vector<Candidate>& cands) {
  // (document, unit, value) -> the candidates giving it. A report that
  // words one measure two ways ("26 pirates captured", "the 26 Somali
  // crew") says nothing against the value; one that gives it to two
  // measures its frames cannot join ("two killed", "two injured"; "two
  // men", "two homes") makes it ambiguous in the story.
  std::map<std::tuple<int, std::string, double>, std::vector<const Claim*>> seen;
  for (const Candidate& c : cands) {
    if (c.values.empty() || !PlainValue(c.values.front())) continue;
    const ValueRef& v = c.values.front();
    if (ambiguous_.count({v.unit, v.value})) continue;
    std::vector<const Claim*>& others = seen[std::make_tuple(c.ref.doc, v.unit, v.value)];
    const Claim& y = *c.claim;
    for (const Claim* x : others) {
      const bool apart = x->kind != y.kind ||
                         (!x->state.empty() && !y.state.empty() && StateMatch(*x, y, lex_) == kNoMatch) ||
                         (!x->counted_lemma.empty() && !y.counted_lemma.empty() && !NounsOfOneKind(*x, y, lex_) &&
                          GroupMatch(*x, y, lex_) == kNoMatch);
      if (apart) {
        if (std::getenv("LEDGER_DEBUG"))
          std::fprintf(stderr, "  ambiguous %g%s: d%d c%d [%s] and [%s]\n", v.value, v.unit.c_str(), c.ref.doc,
                       c.ref.claim, y.measure.c_str(), x->measure.c_str());
        ambiguous_.insert({v.unit, v.value});
        break;
      }
    }
    if (others.size() < 16) others.push_back(&y);
  }
}

bool Aligner::MetExactly(const Candidate& a, const Candidate& b) const {
  if (a.values.empty() || b.values.empty()) return false;
  const ValueRef& x = a.values.front();
  const ValueRef& y = b.values.front();
  return PlainValue(x) && PlainValue(y) && x.unit == y.unit && x.value == y.value && x.lo == y.lo && x.hi == y.hi &&
         !ambiguous_.count({x.unit, x.value});
}

// A count whose frame alone decides: it has both a counted noun and a state.
bool Aligner::Strong(const Claim& c) {
  return c.kind == "count" && !c.counted_lemma.empty() && !c.state.empty();
}

// Evidence a candidate needs to join an entry.
double Aligner::Needed(const Claim& c) {
  if (c.kind == "count" && (!c.counted_lemma.empty() || !c.state.empty())) return 0;
  if (c.kind == "age") return kMinEvidence;
  return kMinEvidence;
}

// Conversions the story's reports give ("2 million euros ($2.6
// million)"): from -> to -> rate, the median of the pairs seen.
void Aligner::LearnRates(const std::vector<std::pair<ClaimRef, ClaimRef>>& restated) {
  std::map<std::pair<std::string, std::string>, std::vector<double>> seen;
  for (const auto& [claim, target] : restated) {
    const DocAnalysis& a = analyses_[claim.doc];
    const Claim& rc = a.claims[claim.claim];
    const Claim& tc = a.claims[target.claim];
    if (rc.unit == tc.unit || !IsCurrency(rc.unit) || !IsCurrency(tc.unit)) continue;
    if (rc.quantity < 0 || tc.quantity < 0 || rc.quantity >= static_cast<int>(a.quantities.size()) ||
        tc.quantity >= static_cast<int>(a.quantities.size()))
      continue;
    double from = a.quantities[tc.quantity].value, to = a.quantities[rc.quantity].value;
    // A scale lost on one side ("$2.6" read without its "-million") is no
    // conversion.
    if (from <= 0 || to <= 0 || to / from > 1e5 || from / to > 1e5) continue;
    seen[{tc.unit, rc.unit}].push_back(to / from);
    seen[{rc.unit, tc.unit}].push_back(from / to);
  }
  for (auto& [units, r] : seen) {
    std::sort(r.begin(), r.end());
    rates_[units] = r[r.size() / 2];
  }
}

}  // namespace ledger
}  // namespace crosscheck
