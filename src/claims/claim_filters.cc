// Figure filters (claims/claim_filters.h): numbers of the text that are no
// measure of the story — "one" as a pronoun, a duration that dates the
// report, a number inside a date or a model's name, a magnitude that
// bounds a count of quakes, a count of the report's own sources, a
// share that names a group by rank. Each rule reads the figure's frame and
// a few tokens around it; none changes the frame.
#include "claims/claim_filters.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "claims/counted.h"
#include "claims/frame_what.h"
#include "claims/frame_words.h"

namespace crosscheck {

bool IsDefiniteFigure(std::string_view text, const Segmentation& seg, int first) {
  if (first <= 0) return false;
  std::string_view w = seg.LowerOf(seg.tokens[first - 1].span);
  return w == "the" || w == "those" || w == "these" || w == "all";
}

// "one" is far more often a pronoun or determiner ("not one soldier", "one
// of the largest") than a count worth a ledger line: it needs a counted
// noun and a state ("killing one man", "one person died").
bool IsPronounOne(std::string_view figure_text, const Claim& c) {
  return Lowercase(figure_text) == "one" && (c.counted.empty() || c.state.empty());
}

// "one" that counts after all (claims/claim_filters.h): its counted noun
// follows it right away and either names a thing ("changed only one word",
// "after one season as coach", "faces one charge of") — unless "one" opens
// an adverbial ("at one point", "in one case", "on one hand", "for one
// thing") — or another figure of its sentence counts the same noun ("two
// counts of murder and one count of kidnapping", "two boys in 2015 and one
// boy in 2019"): a list of counts. People counted with a bare "one" ("one
// member is recuperating", "one man said") introduce someone as often as
// they count: outside a list they still need a state.
bool IsCountedOne(const FilterSite& s) {
  const Claim& c = s.claim;
  if (c.counted_lemma.empty()) return false;
  const Segmentation& seg = s.seg;
  TokenRange fig = TokensIn(seg, s.quantity.span);
  if (fig.empty() || fig.end >= static_cast<int>(seg.tokens.size())) return false;
  if (s.lex.NounLemma(seg.LowerOf(seg.tokens[fig.end].span)) != c.counted_lemma) return false;
  const char kind = s.lex.NounKind(c.counted_lemma);
  const bool people = !c.group.empty() || kind == 'p' || kind == 'g';
  const std::string_view before = fig.begin >= 1 ? seg.LowerOf(seg.tokens[fig.begin - 1].span) : "";
  if (!people && !frame_words::In(before, {"at", "in", "on", "for"})) return true;
  if (!s.quantities) return false;
  for (const Quantity& other : *s.quantities) {
    if (&other == &s.quantity || other.counted.empty()) continue;
    if (other.span.start < s.sentence.start || other.span.end > s.sentence.end) continue;
    if (s.lex.NounLemma(Lowercase(other.counted.str())) == c.counted_lemma) return true;
  }
  return false;
}

// A duration that places the report in time ("10 weeks into the war", "two
// days after the blast", "three years ago", "in the past 24 hours") is a
// time anchor, not a figure
// a source can dispute: it grows with the report date.
bool IsTimeAnchor(const FilterSite& s) {
  const TokenRange own = s.own;
  if (s.claim.kind != "duration" || own.end >= static_cast<int>(s.seg.tokens.size())) return false;
  std::string_view next = s.seg.LowerOf(s.seg.tokens[own.end].span);
  bool anchor = next == "into" || next == "after" || next == "before" || next == "since" || next == "ago" ||
                next == "later" || next == "earlier" || next == "on";
  // "On one day, protesters were told …", "on the third day": a duration
  // after "on" names a day, not a length.
  if (own.begin >= 1) {
    std::string_view prev = s.seg.LowerOf(s.seg.tokens[own.begin - 1].span);
    anchor = anchor || prev == "on";
    // "in the past 24 hours", "over the last three days", "the preceding
    // week": the window a figure is counted over, reckoned from the report.
    // A window ahead ("over the next three weeks") may be what a plan
    // lasts, a figure of its own; it stays.
    anchor = anchor || prev == "past" || prev == "last" || prev == "preceding" || prev == "previous";
  }
  return anchor;
}

// A bare number inside a date or a clock time ("Oct. 8 to 10", "April 10,
// 2007") is part of the date, not a count.
bool IsInsideDate(const FilterSite& s) {
  const Quantity& q = s.quantity;
  if (s.claim.kind != "count" || !q.unit.empty()) return false;
  auto t = std::lower_bound(s.times.begin(), s.times.end(), s.sentence.start,
                            [](const TimeMention& x, uint32_t o) { return x.span.start < o; });
  for (; t != s.times.end() && t->span.start < q.span.end; ++t) {
    if (!t->span.Overlaps(q.span)) continue;
    if (t->grain == "day" || t->grain == "range" || t->grain == "time" || t->grain == "month" ||
        t->grain == "year" || t->grain == "part")
      return true;
  }
  return false;
}

// The number of a model's name a count stands before ("six AK - 47
// rifles", "seven AK 47s"): a word of one to four capitals right after a
// figure, a hyphen perhaps, then this number. The name is what the count
// before it counts (claims/counted.h), not a count of its own.
// A capitalised number word closing a name of capitalised words ("since
// World War Two", "Air Force One landed", "Apollo Eleven"): inside
// running text (a lower-case word or a mark follows, so a title-case
// headline's "Police Say Two Killed" keeps its count), after a capital
// that is not the sentence's first word.
bool IsSpelledNameNumber(const FilterSite& s) {
  const Quantity& q = s.quantity;
  if (s.own.begin < 2 || s.own.end != s.own.begin + 1 || !q.unit.empty() || !q.hedge.empty()) return false;
  const Token& t = s.seg.tokens[s.own.begin];
  const std::string_view w = t.span.Of(s.text);
  if (w.empty() || w[0] < 'A' || w[0] > 'Z' || t.kind == TokenKind::kNumber) return false;
  for (char c : w)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  const Token& prev = s.seg.tokens[s.own.begin - 1];
  const std::string_view p = prev.span.Of(s.text);
  if (p.empty() || p[0] < 'A' || p[0] > 'Z' || prev.span.start <= s.sentence.start) return false;
  if (static_cast<size_t>(s.own.end) < s.seg.tokens.size()) {
    const Token& next = s.seg.tokens[s.own.end];
    const std::string_view n = next.span.Of(s.text);
    if (next.span.start < s.sentence.end && !n.empty() && n[0] >= 'A' && n[0] <= 'Z') return false;
  }
  return true;
}

bool IsInsideName(const FilterSite& s) {
  const Quantity& q = s.quantity;
  if (IsSpelledNameNumber(s) || IsTitledMeasure(s)) return true;
  if (s.claim.kind != "count" || !q.unit.empty() || !q.hedge.empty() || s.own.begin < 2) return false;
  int head = s.own.begin - 1;
  if (s.seg.tokens[head].span.Of(s.text) == "-") --head;
  if (head < 1 || !IsDesignationHead(s.seg.tokens[head].span.Of(s.text))) return false;
  // The name follows a count: the token before it is a number ("six",
  // "14"), so a run of capitals that is a headline's words ("POLICE SAY 5
  // KILLED") is no name.
  const Token& before = s.seg.tokens[head - 1];
  const std::string_view w = s.seg.LowerOf(before.span);
  static const char* kNumberWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                       "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands"};
  const bool count_before = before.kind == TokenKind::kNumber ||
                            std::find(std::begin(kNumberWords), std::end(kNumberWords), w) != std::end(kNumberWords);
  if (!count_before) return false;
  const Designation d = ReadDesignation(s.text, s.seg, head);
  return d.end == s.own.begin + 1;  // the figure's first token is the name's number
}

// A magnitude that bounds a count of quakes ("54 aftershocks stronger
// than five on the Richter scale", "12 tremors greater than 4.5"): a
// comparative and "than" between a plural noun and the figure. It says
// which quakes were counted, not how strong a quake was.
bool IsThreshold(const FilterSite& s) {
  if (s.claim.kind != "magnitude" || s.own.begin < 3) return false;
  auto low = [&](int t) { return s.seg.LowerOf(s.seg.tokens[t].span); };
  int t = s.own.begin - 1;
  if (low(t).find("magnitude") != std::string::npos && t >= 3) --t;  // "than magnitude 5"
  if (low(t) != "than") return false;
  const std::string_view cmp = low(t - 1);
  if (cmp.size() < 4 || cmp.compare(cmp.size() - 2, 2, "er") != 0) return false;  // stronger, greater
  const std::string_view noun = low(t - 2);
  const std::string lemma = s.lex.NounLemma(noun);
  // A plural noun (its base form differs: "aftershocks", "tremors").
  return s.seg.tokens[t - 2].kind == TokenKind::kWord && !lemma.empty() && lemma != noun && !IsFunctionWord(noun);
}

// A count of the report's own sources ("two of the people said", "three
// officials told Reuters"): the subject of a speech verb right after its
// noun phrase. It says who talked to the reporter, not a figure of the
// story.
bool CountsSources(const FilterSite& s) {
  const Claim& c = s.claim;
  if (c.kind != "count" || !IsCountable(s.quantity)) return false;
  const Segmentation& seg = s.seg;
  int t = std::max(s.own.end, s.counted_end);
  const int n = static_cast<int>(seg.tokens.size());
  auto low = [&](int k) { return seg.LowerOf(seg.tokens[k].span); };
  if (t + 2 < n && low(t) == "of" && (low(t + 1) == "the" || low(t + 1) == "those" || low(t + 1) == "these") &&
      seg.tokens[t + 2].kind == TokenKind::kWord)
    t += 3;  // "two of the people"
  // Attribution's own verbs (say, tell), not any speech verb ("two men
  // accused of"); a definite count ("the three holdouts told") refers to
  // people of the story.
  static constexpr std::string_view kSay[] = {"said", "say", "says", "told", "tell", "tells"};
  const std::string_view verb = t < n ? low(t) : "";
  // The object of attribution before the figure ("citing two federal law
  // enforcement officials", "according to three people familiar with",
  // "quoting two aides") counts the sources the same way.
  const std::string_view before = s.own.begin >= 1 ? low(s.own.begin - 1) : "";
  const bool cited = before == "citing" || before == "quoting" ||
                     (before == "to" && s.own.begin >= 2 && low(s.own.begin - 2) == "according");
  return (cited || std::find(std::begin(kSay), std::end(kSay), verb) != std::end(kSay)) &&
         !IsDefiniteFigure(s.text, seg, s.own.begin) &&
         (c.counted.empty() || c.group == "person" || s.lex.NounKind(c.counted_lemma) == 'p' ||
          s.lex.NounKind(c.counted_lemma) == 'g');
}

// "tax rates for the top 2 percent", "the richest 1 percent": a share after
// top, bottom, richest, wealthiest or poorest names a group of people by
// rank, not a rate of the story.
bool IsRankedGroup(const FilterSite& s) {
  if (s.claim.kind != "percent" || s.own.begin < 1) return false;
  std::string_view prev = s.seg.LowerOf(s.seg.tokens[s.own.begin - 1].span);
  return prev == "top" || prev == "bottom" || prev == "richest" || prev == "wealthiest" || prev == "poorest";
}

bool IsSizeSide(const FilterSite& s) {
  if (s.claim.kind != "count" || !s.quantity.unit.empty()) return false;
  // Read on the characters: "four-by-four" is one token. Words are
  // letters or digits; spaces and hyphens stand between them.
  const std::string_view text = s.text;
  auto alnum = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
  auto gap = [](char ch) { return ch == ' ' || ch == '-'; };
  static const char* kNumberWords[] = {"one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"};
  auto number = [&](std::string_view w) {
    if (w.empty()) return false;
    if (std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }))
      return true;
    const std::string low = Lowercase(w);
    return std::find(std::begin(kNumberWords), std::end(kNumberWords), low) != std::end(kNumberWords);
  };
  auto by = [&](std::string_view w) {
    const std::string low = Lowercase(w);
    return low == "by" || low == "x";
  };
  // The words after the figure: gap, "by"/"x", gap, a number.
  auto word_after = [&](size_t& at) {
    size_t from = at;
    while (from < text.size() && gap(text[from]) && from - at < 2) ++from;
    if (from == at) return std::string_view();
    size_t end = from;
    while (end < text.size() && alnum(text[end])) ++end;
    at = end;
    return text.substr(from, end - from);
  };
  auto word_before = [&](size_t& at) {
    size_t to = at;
    while (to > 0 && gap(text[to - 1]) && at - to < 2) --to;
    if (to == at) return std::string_view();
    size_t begin = to;
    while (begin > 0 && alnum(text[begin - 1])) --begin;
    at = begin;
    return text.substr(begin, to - begin);
  };
  size_t at = s.quantity.span.end;
  if (by(word_after(at)) && number(word_after(at))) return true;
  at = s.quantity.span.start;
  if (by(word_before(at)) && number(word_before(at))) return true;
  return false;
}

bool IsHyphenAttribute(const FilterSite& s) {
  if (s.claim.kind != "count" || !s.quantity.unit.empty() || s.quantity.counted.empty()) return false;
  const std::string_view text = s.text;
  const size_t end = s.quantity.span.end;
  if (end + 1 >= text.size() || text[end] != '-' || !std::isalpha(static_cast<unsigned char>(text[end + 1])))
    return false;
  size_t w = end + 1;
  while (w < text.size() && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
  const std::string word = Lowercase(text.substr(end + 1, w - end - 1));
  return word.size() > 3 && word.compare(word.size() - 2, 2, "ed") == 0 &&
         Lowercase(s.quantity.counted.str()) == word;
}

bool IsIdiomOne(const FilterSite& s) {
  const Segmentation& seg = s.seg;
  const TokenRange fig = TokensIn(seg, s.quantity.span);
  if (fig.empty() || seg.LowerOf(seg.tokens[fig.begin].span) != "one") return false;
  const int n = static_cast<int>(seg.tokens.size());
  const int next = fig.begin + 1;
  const std::string_view after = next < n ? seg.LowerOf(seg.tokens[next].span) : "";
  if (after == "another") return true;
  const std::string_view before = fig.begin >= 1 ? seg.LowerOf(seg.tokens[fig.begin - 1].span) : "";
  return frame_words::In(before, {"at", "on"}) &&
         frame_words::In(after, {"point", "time", "stage", "moment", "hand", "juncture"});
}

bool IsTitledMeasure(const FilterSite& s) {
  // Any measure in a unit the text capitalises: "60 Minutes", "98 Degrees"
  // (a band), "7 Days" — not a count ("the Three Stooges" has no unit).
  if (s.claim.kind != "duration" && (s.quantity.unit.empty() || s.claim.kind == "count" ||
                                     s.claim.kind == "money" || s.claim.kind == "percent"))
    return false;
  const Segmentation& seg = s.seg;
  const TokenRange fig = TokensIn(seg, s.quantity.span);
  if (fig.end - fig.begin < 2 || seg.tokens[fig.begin].span.start <= s.sentence.start) return false;
  const std::string_view unit = seg.tokens[fig.end - 1].span.Of(s.text);
  if (unit.size() < 2 || unit[0] < 'A' || unit[0] > 'Z' || !std::islower(static_cast<unsigned char>(unit[1])))
    return false;
  if (fig.end < static_cast<int>(seg.tokens.size())) {
    const Token& next = seg.tokens[fig.end];
    const std::string_view w = next.span.Of(s.text);
    if (next.span.start < s.sentence.end && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') return false;
  }
  // A title-case headline ("Deal Reopens Government for 3 Weeks"): at most
  // one word of four letters or more in lower case (running text has many:
  // "President Obama backed her in an interview on 60 Minutes").
  const TokenRange all = TokensIn(seg, s.sentence);
  int lower = 0;
  for (int t = all.begin; t < all.end; ++t) {
    const std::string_view w = seg.tokens[t].span.Of(s.text);
    if (seg.tokens[t].kind == TokenKind::kWord && w.size() >= 4 && std::islower(static_cast<unsigned char>(w[0])))
      ++lower;
  }
  return lower >= 2;
}

FigureFilter FilterFigure(const FilterSite& s) {
  if (IsIdiomOne(s)) return FigureFilter::kPronounOne;
  if (IsPronounOne(s.quantity.span.Of(s.text), s.claim) && !IsCountedOne(s)) return FigureFilter::kPronounOne;
  if (IsTimeAnchor(s)) return FigureFilter::kTimeAnchor;
  if (IsInsideDate(s)) return FigureFilter::kInsideDate;
  if (IsInsideName(s)) return FigureFilter::kInsideName;
  if (IsThreshold(s)) return FigureFilter::kThreshold;
  if (CountsSources(s)) return FigureFilter::kSources;
  if (IsRankedGroup(s)) return FigureFilter::kRankedGroup;
  if (s.claim.kind == "count" && !IsCountable(s.quantity)) return FigureFilter::kUncountable;
  if (IsSizeSide(s)) return FigureFilter::kSizeSide;
  if (IsHyphenAttribute(s)) return FigureFilter::kAttribute;
  return FigureFilter::kNone;
}

}  // namespace crosscheck
