// Tallies (tally.h): a shape test on the two numerals and the gap between
// them, then a cue word searched for after the second number and before
// the first.

#include "recognize/number/tally.h"

#include <string>

namespace crosscheck {

// Two bare integers joined by a dash or "to": the shape of a score, a
// record or a vote tally ("won 3-1", "a 9-14 record", "voted 298 to 273");
// not after "from" ("fell from 12,410 to 11,980" is a change). Falling order
// unless `rising` (a record puts wins first, whichever is larger).
bool IsTally(std::string_view s, const Numeral& a, const Numeral& b, bool rising) {
  if (a.kind != NumeralKind::kInteger || b.kind != NumeralKind::kInteger || !a.has_digits || !b.has_digits) return false;
  if ((!rising && a.value < b.value) || a.glued_end || b.glued_end) return false;
  if (a.start >= 5 && (s.compare(a.start - 5, 5, "from ") == 0 || s.compare(a.start - 5, 5, "From ") == 0)) return false;
  std::string_view gap = s.substr(a.end, b.start - a.end);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap == "-" || gap == "\xE2\x80\x93" || gap == "-to-" || gap == "to";
}

// The cue word's kind. A chamber's verbs of decision are votes ("the House
// passed it 234-193", "was confirmed 98-0", "a 52-48 split"); a season's
// words are a record ("a 9-14 record", "went 43-39", "finished 50-32");
// verbs and nouns of winning and losing are a win ("won, 134 to 63", "beat
// the Jets 31-10", "a 3-1 win", "in a narrow victory, 98 to 96").
TallyKind TallyWord(std::string_view w, bool after) {
  std::string low(w);
  for (char& c : low)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  if (low == "vote" || low == "votes" || low == "voted" || low == "voting" || low == "ballot" || low == "ballots" ||
      low == "passed" || low == "approved" || low == "confirmed" || low == "adopted" || low == "rejected" ||
      low == "split")
    return TallyKind::kVotes;
  if (low == "record" || low == "records" || low == "mark") return TallyKind::kRecord;
  if (!after && (low == "went" || low == "finished" || low == "finishing")) return TallyKind::kRecord;
  if (low == "win" || low == "wins" || low == "victory" || low == "loss" || low == "defeat" || low == "decision" ||
      low == "rout" || low == "triumph" || low == "drubbing" || low == "shutout")
    return TallyKind::kWin;
  if (!after && (low == "won" || low == "beat" || low == "beats" || low == "defeated" || low == "defeats" ||
                 low == "lost" || low == "edged" || low == "routed" || low == "downed" || low == "topped" ||
                 low == "outscored" || low == "whipped" || low == "trounced"))
    return TallyKind::kWin;
  return TallyKind::kNone;
}

// The cue of a tally: looked for right after the second number (past at
// most one capitalised name or one lower-case modifier: "a 5-4 vote", "the
// 234-193 House vote", "a 162-139 career record", "a 27-24 overtime loss") or within four words before the
// first (past commas and at most one capitalised name run: "voted 134 to
// 63", "by a vote of 134 to 63", "won, 134 to 63", "defeated the Jets
// 31-10", "a record of 43-39"). A sentence stop ends the search.
TallyCue ReadTally(std::string_view s, const Numeral& a, const Numeral& b) {
  TallyCue cue;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t p = b.end;
  for (int words = 0; words < 2 && p < s.size(); ++words) {
    while (p < s.size() && (s[p] == ' ' || s[p] == '-')) ++p;
    size_t e = p;
    while (e < s.size() && alpha(s[e])) ++e;
    if (e == p) break;
    if (TallyKind k = TallyWord(s.substr(p, e - p), true); k != TallyKind::kNone) {
      cue = {k, static_cast<uint32_t>(p), static_cast<uint32_t>(e)};
      return cue;
    }
    // Only a name ("House vote") or one lower-case modifier ("career
    // record", "winning record", "overtime loss") may stand between.
    if (!(s[p] >= 'A' && s[p] <= 'Z')) {
      size_t p2 = e;
      while (p2 < s.size() && s[p2] == ' ') ++p2;
      size_t e2 = p2;
      while (e2 < s.size() && alpha(s[e2])) ++e2;
      if (words == 0 && e2 > p2)
        if (TallyKind k = TallyWord(s.substr(p2, e2 - p2), true); k != TallyKind::kNone)
          return {k, static_cast<uint32_t>(p2), static_cast<uint32_t>(e2)};
      break;
    }
    p = e;
  }
  // A record told with no word of its own, wins first and more of them
  // (so never an ascending range): after a verb of a record's change and
  // "to" ("improved to 14-2", "fell to 20-5"), or in a parenthesis or
  // between commas right after a name ("Velko (14-2, 9 KOs)", "Velko,
  // 14-2, won"), closed by a parenthesis, a comma, a stop or "with".
  if (a.value > b.value) {
    auto word_before = [&](size_t at, size_t* st) {
      size_t e = at;
      while (e > 0 && s[e - 1] == ' ') --e;
      size_t b0 = e;
      while (b0 > 0 && alpha(s[b0 - 1])) --b0;
      *st = b0;
      return s.substr(b0, e - b0);
    };
    size_t st = 0, st2 = 0;
    std::string_view w1 = word_before(a.start, &st);
    if (w1 == "to") {
      std::string_view w2 = word_before(st, &st2);
      if (w2 == "improved" || w2 == "improves" || w2 == "fell" || w2 == "falls" || w2 == "dropped" ||
          w2 == "drops" || w2 == "slipped" || w2 == "slips" || w2 == "moved" || w2 == "moves" || w2 == "rose" ||
          w2 == "climbed")
        return {TallyKind::kRecord, static_cast<uint32_t>(st2), static_cast<uint32_t>(st2 + w2.size())};
    }
    size_t open = a.start;
    while (open > 0 && s[open - 1] == ' ') --open;
    if (open > 0 && (s[open - 1] == '(' || s[open - 1] == ',')) {
      std::string_view name = word_before(open - 1, &st);
      size_t after = b.end;
      while (after < s.size() && s[after] == ' ') ++after;
      bool closed = after >= s.size() || s[after] == ')' || s[after] == ',' || s[after] == '.' ||
                    s.substr(after, 5) == "with ";
      if (!name.empty() && name.front() >= 'A' && name.front() <= 'Z' && closed && (st > 0 || s[open - 1] == '('))
        return {TallyKind::kRecord, static_cast<uint32_t>(st), static_cast<uint32_t>(st + name.size())};
    }
  }
  size_t q = a.start;
  for (int words = 0; words < 4 && q > 0; ++words) {
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ',')) --q;
    size_t st = q;
    while (st > 0 && alpha(s[st - 1])) --st;
    if (st == q) break;
    if (TallyKind k = TallyWord(s.substr(st, q - st), false); k != TallyKind::kNone) {
      cue = {k, static_cast<uint32_t>(st), static_cast<uint32_t>(q)};
      return cue;
    }
    q = st;
  }
  return cue;
}

}  // namespace crosscheck
