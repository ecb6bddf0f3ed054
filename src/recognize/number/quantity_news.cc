// News rules over the quantities of one sentence. All are local: a few words
// either side of the figure decide them.
//
// Compound units: after a money, measure or percent figure (or a count with
// no counted noun), "a|an|per|each <unit or count noun>" or "/ <unit>" makes
// the unit a rate: "$1.65 a share" -> USD/share, "$40 million per year" ->
// USD/yr, "5,00,000 barrels a day" -> bbl/d, "26 a day" -> /d. Not before
// "ago", "earlier", "later" ("$10 million a year ago").
//
// Changes: a change verb right before the figure (after its hedge) or before
// "by" makes it the amount of a change ("rose 87.5 cents", "fell by 3%");
// "to" after a change verb or right after a change amount makes it the new
// level ("rose 41 cents to $50.9"); "up from" / "down from" makes it the old
// level and the figure before it the new one; "from" after a new level
// ("dropped to about 200, from nearly 2,000") is the old level. Pairs "from
// X to Y" after a change verb are split by RecognizeQuantities before this
// pass and arrive marked. Fund-raising verbs ("raised $5m") are not changes.
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
int Cue(std::string_view lw, bool* amount_ok) {
  *amount_ok = true;
  if (In(lw, {"rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew",
              "grow", "grows", "grown", "growing", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
              "gained", "gain", "gains", "gaining", "soared", "surged", "advanced", "improved", "doubled", "tripled",
              "expanded", "up", "higher", "swelled", "rebounded", "boosted"}))
    return 1;
  if (In(lw, {"raised", "raise", "raises", "raising", "added", "adds"})) {
    *amount_ok = false;
    return 1;
  }
  if (In(lw, {"fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "dropping", "declined",
              "decline", "declines", "declining", "decreased", "decrease", "decreases", "cut", "cuts", "cutting",
              "reduced", "reduce", "reduces", "lost", "lose", "loses", "losing", "slipped", "slip", "slid",
              "shrank", "shrunk", "shrinks", "plunged", "plunge", "tumbled", "lowered", "lower", "eased", "dipped",
              "down", "sank", "slumped", "slashed", "shed"}))
    return -1;
  return 0;
}

void SetChange(Quantity* q, int dir, const char* role) {
  q->direction = dir > 0 ? "up" : "down";
  q->change = role;
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
      q->counted_span.start <= q->span.end + 1) {
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
  q->unit += "/" + code;
  q->span.end = base + static_cast<uint32_t>(ue);
}

void SetCountedModifiers(std::string_view s, uint32_t base, Quantity* q) {
  if (q->counted_span.empty() || q->counted_span.start < q->span.end) return;
  uint32_t b = q->span.end - base, e = q->counted_span.start - base;
  std::string mods;
  uint32_t first = 0;
  for (uint32_t i = b; i < e;) {
    char c = s[i];
    if (c == ' ' || (c == '"' && mods.empty())) { ++i; continue; }
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0 && mods.empty()) { i += 3; continue; }  // six “economic cities”
    if (!IsAlpha(c) && c != '.') return;  // punctuation between: not one noun phrase
    uint32_t j = i;
    while (j < e && s[j] != ' ') ++j;
    std::string lw = Lower(s.substr(i, j - i));
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
    if (w1.b == w1.e) continue;
    bool amount_ok;
    if (w1.lw == "by") {
      // "rose by 5%", "cut rates by 50 basis points" (verb, object, by).
      W w2 = WordBefore(s, w1.b);
      int d = Cue(w2.lw, &amount_ok);
      if (!d && w2.b < w2.e && w2.lw != "up" && w2.lw != "down") d = Cue(WordBefore(s, w2.b).lw, &amount_ok);
      if (d) SetChange(&q, d, "amount");
      continue;
    }
    if (w1.lw == "to") {
      W w2 = WordBefore(s, w1.b);
      if (int d = Cue(w2.lw, &amount_ok); d && w2.lw != "up" && w2.lw != "down") {
        SetChange(&q, d, "to");
      } else if (i > first) {
        Quantity& p = (*out)[i - 1];
        uint32_t gap_b = p.span.end - base;
        bool adjacent = gap_b <= w1.b && s.substr(gap_b, w1.b - gap_b).find_first_not_of(" ,") == std::string_view::npos;
        if (adjacent && p.change == "amount") SetChange(&q, p.direction == "up" ? 1 : -1, "to");
        if (adjacent && p.change == "from" && p.change_from < 0) {  // "fell from 12,410 to 11,980 points"
          SetChange(&q, p.direction == "up" ? 1 : -1, "to");
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
        if ((w2.lw == "up" || w2.lw == "down") && i > first) {
          Quantity& p = (*out)[i - 1];
          if (p.change.empty() && p.kind == q.kind) {
            SetChange(&p, d, "to");
            p.change_from = static_cast<int>(i);
          }
        }
      } else if (i > first && (*out)[i - 1].change == "to" && (*out)[i - 1].change_from < 0) {
        Quantity& p = (*out)[i - 1];
        SetChange(&q, p.direction == "up" ? 1 : -1, "from");
        p.change_from = static_cast<int>(i);
      }
      continue;
    }
    if (int d = Cue(w1.lw, &amount_ok); d && amount_ok) {
      // "picked up 63 seats", "rose 5%"; not "up to" (a hedge, already in the span).
      SetChange(&q, d, "amount");
    }
  }
}

}  // namespace crosscheck::number
