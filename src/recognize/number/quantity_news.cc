// News rules over the quantities of one sentence. All are local: a few words
// either side of the figure decide them.
//
// Compound units: after a money, measure or percent figure (or a count with
// no counted noun), "a|an|per|each <unit or count noun>", "/ <unit>" or a
// hyphenated "-a-<unit>" makes the unit a rate: "$1.65 a share" ->
// USD/share, "$40 million per year" -> USD/yr, "5,00,000 barrels a day" ->
// bbl/d, "26 a day" -> /d, "a $4 million-a-year contract" -> USD/yr. Not
// before "ago", "earlier", "later" ("$10 million a year ago").
//
// Changes (MarkChanges), for each figure by the words right before it:
//  * a change verb (any regular inflection of its base form: ByStem/Cue),
//    also before "by" or "<verb> <object> by", makes it the amount ("rose
//    87.5 cents", "cut rates by 50 basis points"); so does a change noun
//    before "of" or after the figure ("an increase of 30 cents", "a 5%
//    increase"); "up"/"down" only after a verb of motion, a copula or
//    punctuation ("picked up 63 seats", not "brought up 15 bills");
//  * "to" after a change verb, or right after an amount or a "from" figure,
//    makes it the new level ("rose 41 cents to $50.9", "fell from 12,410 to
//    11,980"), as does "to close at" after an amount; "up from" / "down
//    from" makes it the old level and the figure before it the new one;
//    "from" after a new level ("dropped to about 200, from nearly 2,000") is
//    the old level;
//  * a restatement (", or 89 cents a share", "(…)") shares the role of the
//    figure it restates; a level named by a noun phrase ("from an annual
//    average of 2,763 pounds") is found up to six words back.
// Pairs "from X to Y" after a change verb are split by RecognizeQuantities
// before this pass and arrive marked. Fund-raising verbs ("raised $5m") are
// not changes. Searches back over earlier figures are bounded (8 figures) so
// a sentence of any length stays linear.
#include "recognize/number/quantity_news.h"

#include <string>

#include "recognize/number/unit_table.h"

namespace crosscheck::number {

namespace {

inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto x : set)
    if (w == x) return true;
  return false;
}

struct W {
  uint32_t b = 0, e = 0;
  std::string lw;
};

// The word ending before `pos` (spaces skipped, nothing else); empty when a
// non-letter comes first.
W WordBefore(std::string_view s, uint32_t pos) {
  W w;
  uint32_t e = pos;
  while (e > 0 && s[e - 1] == ' ') --e;
  uint32_t b = e;
  while (b > 0 && (IsAlpha(s[b - 1]) || (s[b - 1] == '-' && b >= 2 && IsAlpha(s[b - 2])))) --b;
  w.b = b;
  w.e = e;
  w.lw = Lower(s.substr(b, e - b));
  return w;
}

W WordAfter(std::string_view s, uint32_t pos) {
  W w;
  uint32_t b = pos;
  while (b < s.size() && s[b] == ' ') ++b;
  uint32_t e = b;
  while (e < s.size() && IsAlpha(s[e])) ++e;
  w.b = b;
  w.e = e;
  w.lw = Lower(s.substr(b, e - b));
  return w;
}

// +1 up, -1 down, 0 not a change verb. `amount_ok`: the verb may take the
// amount of the change as its object ("rose 5%"); fund-raising "raised" and
// "added" may not.
// The base form of a regular verb form ("increased" -> "increase",
// "slipped" -> "slip", "rising" -> "rise", "climbs" -> "climb", "rallied" ->
// "rally"), tried in turn by `f` until it returns non-zero.
template <typename F>
int ByStem(std::string_view lw, F f) {
  if (int d = f(lw)) return d;
  auto try_stems = [&](std::string_view stem) {
    if (stem.size() < 2) return 0;
    if (int d = f(stem)) return d;
    if (int d = f(std::string(stem) + "e")) return d;
    if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2]) return f(stem.substr(0, stem.size() - 1));
    return 0;
  };
  size_t n = lw.size();
  if (n > 4 && lw.substr(n - 3) == "ied") return f(std::string(lw.substr(0, n - 3)) + "y");  // "rallied"
  if (n > 3 && lw.substr(n - 2) == "ed") return try_stems(lw.substr(0, n - 2));
  if (n > 4 && lw.substr(n - 3) == "ing") return try_stems(lw.substr(0, n - 3));
  if (n > 3 && lw.back() == 's') return f(lw.substr(0, n - 1));
  return 0;
}

// +1 up, -1 down, 0 not a change verb. `amount_ok`: the verb may take the
// amount of the change as its object ("rose 5%"); fund-raising "raised" and
// "added" may not.
int Cue(std::string_view lw, bool* amount_ok) {
  *amount_ok = true;
  if (In(lw, {"rose", "risen", "grew", "grown", "swollen", "up", "higher"})) return 1;
  if (In(lw, {"fell", "fallen", "lost", "slid", "shrank", "shrunk", "sank", "sunk", "down", "lower", "cut"})) return -1;
  int d = ByStem(lw, [](std::string_view w) {
    if (In(w, {"rise", "increase", "grow", "climb", "jump", "gain", "soar", "surge", "advance", "improve", "double",
               "triple", "quadruple", "expand", "swell", "rebound", "boost", "rally", "spike", "balloon", "skyrocket",
               "accelerate", "widen", "strengthen"}))
      return 1;
    if (In(w, {"fall", "drop", "decline", "decrease", "cut", "reduce", "lose", "slip", "slide", "shrink", "plunge",
               "plummet", "tumble", "lower", "ease", "dip", "sink", "slump", "slash", "shed", "halve", "contract",
               "narrow", "retreat", "trim", "sag", "weaken", "slow"}))
      return -1;
    if (In(w, {"raise", "add"})) return 2;  // up, but never an amount
    return 0;
  });
  if (d == 2) {
    *amount_ok = false;
    return 1;
  }
  return d;
}

void SetChange(Quantity* q, int dir, const char* role) {
  q->direction = dir > 0 ? "up" : "down";
  q->change = role;
}

// +1 / -1 for a singular noun naming a change whose amount follows "of"
// ("an increase of 30 cents", "a drop of 3%"); 0 otherwise. "A loss of" and
// "gains of" name levels (a net loss, investment gains), not changes.
int ChangeNoun(std::string_view lw) {
  if (In(lw, {"increase", "rise", "gain", "jump", "growth", "hike", "surge", "boost", "climb", "upturn"})) return 1;
  if (In(lw, {"decrease", "drop", "fall", "decline", "cut", "reduction", "dip", "slump", "plunge", "downturn",
              "contraction"}))
    return -1;
  return 0;
}

// "up"/"down" right before a figure marks a change after a verb of motion or
// a copula ("picked up 63 seats", "was down 3%") or after punctuation
// ("sales, up 5%"); not in a phrasal verb ("brought up 15 bills").
bool ParticleIsChange(std::string_view s, const W& particle) {
  W v = WordBefore(s, particle.b);
  if (v.b == v.e) return true;
  return In(v.lw, {"picked", "pick", "picks", "went", "go", "goes", "gone", "going", "is", "was", "were", "are",
                   "be", "been", "shot", "moved", "edged", "ticked", "crept", "inched", "came", "come", "comes",
                   "notched", "marked", "ratcheted", "trended", "revised", "jumped", "climbed"});
}

// A level named by a noun phrase between "from"/"to" and the figure
// ("increased from an annual average of 2,763 pounds ... to a yearly
// average of 3,690 pounds"): up to six words back, letters only.
void MarkDistantLevel(std::string_view s, uint32_t base, std::vector<Quantity>* out, size_t first, size_t i) {
  Quantity& q = (*out)[i];
  uint32_t p = q.span.start - base;
  uint32_t floor = i > first ? (*out)[i - 1].span.end - base : 0;
  for (int k = 0; k < 6; ++k) {
    W w = WordBefore(s, p);
    if (w.b == w.e || w.b < floor) return;
    if (w.lw == "from") {
      W v = WordBefore(s, w.b);
      bool amount_ok;
      if (int d = v.lw == "up" ? 1 : v.lw == "down" ? -1 : Cue(v.lw, &amount_ok)) SetChange(&q, d, "from");
      return;
    }
    if (w.lw == "to") {
      for (size_t j = i; j-- > first && j + 8 >= i;) {
        Quantity& f = (*out)[j];
        if (f.change.empty()) continue;
        if (f.change == "from" && f.change_from < 0) {
          SetChange(&q, f.direction == "up" ? 1 : -1, "to");
          q.change_from = static_cast<int>(j);
        }
        return;
      }
      return;
    }
    p = w.b;
  }
}

}  // namespace

bool ChangeCueBefore(std::string_view s, uint32_t pos, bool* up, uint32_t* cue_start) {
  // Up to ten words back, not across a clause break; "from" must come
  // between the cue and `pos` (the caller's range starts at or after it).
  uint32_t p = pos;
  bool from = s.size() >= pos + 5 && Lower(s.substr(pos, 5)) == "from ";
  for (int k = 0; k < 10; ++k) {
    W w = WordBefore(s, p);
    if (w.b == w.e) return false;
    if (w.lw == "from") from = true;
    bool amount_ok;
    int d = Cue(w.lw, &amount_ok);
    if (d != 0 && from && w.lw != "up" && w.lw != "down") {
      *up = d > 0;
      *cue_start = w.b;
      return true;
    }
    p = w.b;
  }
  return false;
}

bool AmountVerbBefore(std::string_view s, uint32_t pos, bool* up) {
  W w = WordBefore(s, pos);
  if (w.b == w.e || In(w.lw, {"up", "down", "higher", "lower"})) return false;
  bool amount_ok;
  int d = Cue(w.lw, &amount_ok);
  if (d == 0 || !amount_ok) return false;
  *up = d > 0;
  return true;
}

void RefineUnit(std::string_view s, uint32_t base, Quantity* q) {
  uint32_t end = q->span.end - base;
  // Percentage points, index points.
  if (q->unit == "%" && end >= 10 && Lower(s.substr(end - 10, 10)) == "percentage") {
    W w = WordAfter(s, end);
    if (w.lw == "point" || w.lw == "points") {
      q->unit = "pp";
      end = w.e;
      q->span.end = base + end;
      if (q->counted_span.start - base == w.b) {  // "points" is the unit, not what is counted
        q->counted.clear();
        q->counted_span = Span{};
      }
    }
  }
  // "50 basis points" (a hundredth of a percentage point), "2 index points".
  if (q->kind == QuantityKind::kCount && (q->counted == "points" || q->counted == "point") &&
      q->counted_span.start > q->span.end + 1) {
    W mod = WordAfter(s, end);
    W pts = WordAfter(s, mod.e);
    if ((mod.lw == "basis" || mod.lw == "index") && pts.b == q->counted_span.start - base && mod.b == end + 1) {
      q->unit = mod.lw == "basis" ? "bp" : "pt";
      q->kind = QuantityKind::kMeasure;
      end = pts.e;
      q->span.end = base + end;
      q->counted.clear();
      q->counted_span = Span{};
    }
  }
  if (q->kind == QuantityKind::kCount && (q->counted == "points" || q->counted == "point") &&
      q->counted_span.start >= q->span.end && q->counted_span.start <= q->span.end + 1) {
    q->unit = "pt";
    q->kind = QuantityKind::kMeasure;
    end = q->counted_span.end - base;
    q->span.end = q->counted_span.end;
    q->counted.clear();
    q->counted_span = Span{};
  }
  // Earthquake magnitudes: "6.1 magnitude", "magnitude 6.8", "a magnitude of
  // 6.8", "magnitude-6.0", "between 1.0 and 1.9 on the Richter scale".
  if (q->kind == QuantityKind::kCount || q->unit.empty()) {
    W after = WordAfter(s, end + (end < s.size() && s[end] == '-' ? 1 : 0));
    uint32_t start = q->span.start - base;
    W before = WordBefore(s, start > 0 && s[start - 1] == '-' ? start - 1 : start);
    W before2 = before.lw == "of" ? WordBefore(s, before.b) : W{};
    bool richter = false;
    for (uint32_t k = end, words = 0; k < s.size() && words < 5; ++words) {
      W w = WordAfter(s, k);
      if (w.b == w.e) break;
      if (w.lw == "richter") richter = true;
      k = w.e;
    }
    if (after.lw == "magnitude") {
      q->unit = "magnitude";
      q->kind = QuantityKind::kMeasure;
      q->span.end = base + after.e;
      end = after.e;
    } else if (before.lw == "magnitude" || before2.lw == "magnitude" || richter) {
      q->unit = "magnitude";
      q->kind = QuantityKind::kMeasure;
    }
    if (q->unit == "magnitude" && (q->counted == "magnitude" || q->counted == "quake" || richter)) {
      if (q->counted == "magnitude") {
        q->counted.clear();
        q->counted_span = Span{};
      }
    }
  }
  // Rates: "a share", "per year", "/ h".
  bool rate_ok = q->kind == QuantityKind::kMoney || q->kind == QuantityKind::kMeasure ||
                 q->kind == QuantityKind::kPercent || (q->kind == QuantityKind::kCount && q->counted.empty());
  if (!rate_ok || q->unit == "fraction") return;
  uint32_t k = end;
  while (k < s.size() && s[k] == ' ') ++k;
  uint32_t denom_at = 0;
  if (k < s.size() && s[k] == '/') {
    denom_at = k + 1;
    while (denom_at < s.size() && s[denom_at] == ' ') ++denom_at;
  } else if (end + 1 < s.size() && s[end] == '-') {
    W per = WordAfter(s, end + 1);  // "a $4 million-a-year contract"
    if (per.b == end + 1 && In(per.lw, {"a", "an", "per"}) && per.e + 1 < s.size() && s[per.e] == '-')
      denom_at = per.e + 1;
  } else {
    W per = WordAfter(s, end);
    if (In(per.lw, {"a", "an", "per", "each"}) && per.e < s.size() && s[per.e] == ' ') denom_at = per.e + 1;
  }
  if (!denom_at || denom_at >= s.size()) return;
  W dw = WordAfter(s, denom_at);
  std::string code;
  size_t ue = 0;
  if (In(dw.lw, {"share", "person", "head", "capita", "passenger", "household"})) {
    code = dw.lw == "share" ? "share" : "person";
    ue = dw.e;
  } else if (const UnitEntry* u = MatchUnitAt(s, denom_at, kSuffix, &ue, kBuiltin)) {
    if (u->info.kind == MeasureKind::kCurrency || u->info.kind == MeasureKind::kPercent) return;
    code = std::string(u->info.code);
  }
  if (code.empty()) return;
  W next = WordAfter(s, static_cast<uint32_t>(ue));
  if (In(next.lw, {"ago", "earlier", "later", "before", "after", "old"})) return;
  q->unit = q->unit + "/" + code;
  q->span.end = base + static_cast<uint32_t>(ue);
}

void SetCountedModifiers(std::string_view s, uint32_t base, Quantity* q) {
  if (q->counted_span.empty() || q->counted_span.start < q->span.end) return;
  uint32_t b = q->span.end - base, e = q->counted_span.start - base;
  std::string mods;
  uint32_t first = 0;
  for (uint32_t i = b; i < e;) {
    char c = s[i];
    // Quote marks around a modifier are no words of it: six "economic
    // cities", nine “nonprobability” internet samples.
    auto quote_at = [&](uint32_t k) -> uint32_t {
      if (s[k] == '"') return 1;
      if (s.compare(k, 3, "\xE2\x80\x9C") == 0 || s.compare(k, 3, "\xE2\x80\x9D") == 0) return 3;
      return 0;
    };
    if (c == ' ') { ++i; continue; }
    if (const uint32_t qn = quote_at(i)) { i += qn; continue; }
    if (!IsAlpha(c) && c != '.') return;  // punctuation between: not one noun phrase
    uint32_t j = i;
    while (j < e && s[j] != ' ' && !quote_at(j)) ++j;
    std::string lw = Lower(s.substr(i, j - i));
    // A possessor ("its", "Ms. Smith's", "the Red Cross’s") owns the counted
    // things; it and the words before it are no modifiers of them.
    bool possessive = In(lw, {"its", "his", "her", "our", "my", "your"}) ||
                      (lw.size() > 2 && lw.compare(lw.size() - 2, 2, "'s") == 0) ||
                      (lw.size() > 4 && lw.compare(lw.size() - 4, 4, "\xE2\x80\x99s") == 0);
    if (possessive) {
      mods.clear();
      i = j;
      continue;
    }
    if (!In(lw, {"of", "the", "more", "additional", "extra", "further", "their", "these", "those", "such", "them"})) {
      if (mods.empty()) first = i;
      if (!mods.empty()) mods += ' ';
      mods += std::string(s.substr(i, j - i));
    }
    i = j;
  }
  q->counted_modifiers = mods;
  q->counted_phrase = Span{base + (mods.empty() ? q->counted_span.start - base : first), q->counted_span.end};
}

void MarkChanges(std::string_view s, uint32_t base, std::vector<Quantity>* out, size_t first) {
  for (size_t i = first; i < out->size(); ++i) {
    Quantity& q = (*out)[i];
    if (!q.change.empty()) continue;  // a split "from X to Y" pair
    uint32_t start = q.span.start - base;
    W w1 = WordBefore(s, start);
    Quantity* prev = i > first ? &(*out)[i - 1] : nullptr;
    auto adjacent_to_prev = [&](uint32_t upto) {  // only spaces and commas between prev and `upto`
      if (!prev) return false;
      uint32_t gap_b = prev->span.end - base;
      return gap_b <= upto && s.substr(gap_b, upto - gap_b).find_first_not_of(" ,") == std::string_view::npos;
    };
    bool amount_ok;
    if (w1.b == w1.e) {
      // "$94.2 million (89 cents a share)": a restatement shares the role.
      if (prev && !prev->change.empty() && adjacent_to_prev(start > 0 && s[start - 1] == '(' ? start - 1 : start) &&
          start > 0 && s[start - 1] == '(')
        SetChange(&q, prev->direction == "up" ? 1 : -1, prev->change.c_str());
      continue;
    }
    if (w1.lw == "or" && prev && !prev->change.empty() && adjacent_to_prev(w1.b) && prev->unit != q.unit) {
      // "advanced to $94.2 million, or 89 cents a share": a restatement.
      SetChange(&q, prev->direction == "up" ? 1 : -1, prev->change.c_str());
      continue;
    }
    if (w1.lw == "by") {
      // "rose by 5%", "cut rates by 50 basis points" (verb, object, by).
      W w2 = WordBefore(s, w1.b);
      int d = Cue(w2.lw, &amount_ok);
      if (!d && w2.b < w2.e && w2.lw != "up" && w2.lw != "down") d = Cue(WordBefore(s, w2.b).lw, &amount_ok);
      if (d) SetChange(&q, d, "amount");
      continue;
    }
    if (w1.lw == "of") {
      // "an increase of 30 cents", "a drop of 3%".
      if (int d = ChangeNoun(WordBefore(s, w1.b).lw)) SetChange(&q, d, "amount");
      else MarkDistantLevel(s, base, out, first, i);
      continue;
    }
    if (w1.lw == "at") {
      // "rose 31.36 points to close at 6,390.99": the new level.
      W w2 = WordBefore(s, w1.b);
      if (In(w2.lw, {"close", "closed", "closing", "end", "ended", "ending", "finish", "finished", "settle",
                     "settled", "stand", "stood", "stands"})) {
        for (size_t j = i; j-- > first && j + 8 >= i;) {  // the nearest change, a few figures back
          const Quantity& p = (*out)[j];
          if (p.change.empty()) continue;
          if (p.change == "amount") SetChange(&q, p.direction == "up" ? 1 : -1, "to");
          break;
        }
      }
      continue;
    }
    if (w1.lw == "to") {
      W w2 = WordBefore(s, w1.b);
      if (int d = Cue(w2.lw, &amount_ok); d && w2.lw != "up" && w2.lw != "down") {
        SetChange(&q, d, "to");
      } else if (prev && adjacent_to_prev(w1.b)) {
        if (prev->change == "amount") SetChange(&q, prev->direction == "up" ? 1 : -1, "to");
        if (prev->change == "from" && prev->change_from < 0) {  // "fell from 12,410 to 11,980 points"
          SetChange(&q, prev->direction == "up" ? 1 : -1, "to");
          q.change_from = static_cast<int>(i - 1);
        }
      }
      continue;
    }
    if (w1.lw == "from") {
      W w2 = WordBefore(s, w1.b);
      int d = (w2.lw == "up") ? 1 : (w2.lw == "down") ? -1 : Cue(w2.lw, &amount_ok);
      if (d) {
        SetChange(&q, d, "from");
        if ((w2.lw == "up" || w2.lw == "down") && prev) {
          if (prev->change.empty() && prev->kind == q.kind) {
            SetChange(prev, d, "to");
            prev->change_from = static_cast<int>(i);
          }
        }
      } else if (prev && prev->change == "to" && prev->change_from < 0) {
        SetChange(&q, prev->direction == "up" ? 1 : -1, "from");
        prev->change_from = static_cast<int>(i);
      }
      continue;
    }
    if (int d = Cue(w1.lw, &amount_ok); d && amount_ok) {
      // "picked up 63 seats", "rose 5%"; not "up to" (a hedge, already in the
      // span), nor a phrasal verb ("brought up 15 bills").
      if ((w1.lw == "up" || w1.lw == "down") && !ParticleIsChange(s, w1)) continue;
      SetChange(&q, d, "amount");
      continue;
    }
    // "a 5% increase", "a 20 percent cut in staff".
    if (int d = ChangeNoun(WordAfter(s, q.span.end - base).lw)) {
      SetChange(&q, d, "amount");
      continue;
    }
    MarkDistantLevel(s, base, out, first, i);
  }
}

}  // namespace crosscheck::number
