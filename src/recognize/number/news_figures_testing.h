// Test-only: the news-figure gold (testdata/news_figures.tsv) and its scorer
// (docs/NUMBERS.md, "The news-figure set"). Loads the sentences (BASIL ones
// from ../shared by reference), runs RecognizeQuantitiesInText on each, and
// matches predictions to gold figures the way CQE (Almasian et al., EMNLP
// 2023) scores quantities: per sentence, a prediction matches a gold figure
// when their spans overlap and their values agree (a range only with a
// range of the same bounds); value+unit and value+bound also need the unit
// code, and the bound class (= ~ < <= > >= range), to agree. Every
// prediction not matched is a false positive. Not thread-safe (a test helper).
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_NEWS_FIGURES_TESTING_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_NEWS_FIGURES_TESTING_H_

#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/json_util.h"
#include "recognize/number/hedge.h"
#include "recognize/number/quantity.h"

namespace crosscheck::news_figures {

struct GoldFigure {
  std::string words;       // the figure as written
  double low = 0, high = 0;
  bool range = false;
  std::string unit, bound, change, counted, modifiers;
  uint32_t start = 0, end = 0;  // located in the sentence
};

struct GoldSentence {
  std::string id, split, text;
  std::vector<GoldFigure> figures;
};

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

inline bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// BASIL reference "basil:<year>/<file>:<p>:<s>" -> the sentence text.
inline std::string BasilSentence(const std::string& shared, const std::string& ref, std::string* err) {
  std::string r = ref.substr(6);
  size_t c2 = r.rfind(':'), c1 = r.rfind(':', c2 - 1);
  std::string file = r.substr(0, c1);
  int p = std::stoi(r.substr(c1 + 1, c2 - c1 - 1)), s = std::stoi(r.substr(c2 + 1));
  std::string path = shared + "/corpora/basil/articles/" + file + ".json";
  std::ifstream in(path);
  if (!in) { *err = path + ": cannot read"; return {}; }
  Json j = Json::parse(in, nullptr, false);
  if (j.is_discarded()) { *err = path + ": bad JSON"; return {}; }
  const Json& paras = j["body-paragraphs"];
  if (p >= static_cast<int>(paras.size()) || s >= static_cast<int>(paras[p].size())) {
    *err = ref + ": no such sentence";
    return {};
  }
  return paras[p][s].get<std::string>();
}

// Loads the gold; *err names the first problem (missing file, a figure not
// found in its sentence).
inline std::vector<GoldSentence> LoadGold(const std::string& tsv_path, const std::string& shared, std::string* err) {
  std::vector<GoldSentence> out;
  std::ifstream in(tsv_path);
  if (!in) { *err = tsv_path + ": cannot read"; return out; }
  std::string line;
  std::map<std::string, size_t> index;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    auto fail = [&](const std::string& why) { *err = tsv_path + ":" + std::to_string(line_no) + ": " + why; };
    if (cols[0] == "S" && cols.size() == 4) {
      GoldSentence g{cols[1], cols[2], cols[3], {}};
      if (g.id.rfind("basil:", 0) == 0) {
        g.text = BasilSentence(shared, g.id, err);
        if (!err->empty()) return {};
      }
      index[g.id] = out.size();
      out.push_back(std::move(g));
    } else if (cols[0] == "F" && cols.size() == 9) {
      auto it = index.find(cols[1]);
      if (it == index.end()) { fail("figure before its sentence"); return {}; }
      GoldSentence& s = out[it->second];
      GoldFigure f;
      f.words = cols[2];
      size_t dots = cols[3].find("..");
      f.range = dots != std::string::npos;
      f.low = std::stod(cols[3].substr(0, dots));
      f.high = f.range ? std::stod(cols[3].substr(dots + 2)) : f.low;
      f.unit = cols[4];
      f.bound = cols[5];
      f.change = cols[6];
      f.counted = cols[7];
      f.modifiers = cols[8];
      // Locate: the first occurrence at word boundaries after the previous
      // figure with the same words.
      size_t from = 0;
      for (const GoldFigure& o : s.figures)
        if (o.words == f.words) from = o.end;
      size_t at = from;
      for (;; ++at) {
        at = s.text.find(f.words, at);
        if (at == std::string::npos) break;
        size_t e = at + f.words.size();
        bool left = at == 0 || !WordChar(s.text[at - 1]) || !WordChar(f.words[0]);
        bool right = e == s.text.size() || !WordChar(s.text[e]) || !WordChar(f.words.back());
        if (left && right) break;
      }
      if (at == std::string::npos) { fail("'" + f.words + "' not in sentence " + s.id); return {}; }
      f.start = static_cast<uint32_t>(at);
      f.end = static_cast<uint32_t>(at + f.words.size());
      s.figures.push_back(f);
    } else {
      fail("bad line");
      return {};
    }
  }
  return out;
}

// The bound class of a predicted quantity.
inline std::string BoundOf(const Quantity& q) {
  if (q.hedge == "range") return "range";
  if (q.low && q.high && *q.low == *q.high) return "=";
  if (q.low && !q.high) return q.low_inclusive ? ">=" : ">";
  if (!q.low && q.high) return q.high_inclusive ? "<=" : "<";
  return "~";
}

inline bool Near(double a, double b) { return std::fabs(a - b) <= 1e-3 * std::max(1.0, std::max(std::fabs(a), std::fabs(b))); }

inline bool ValueMatches(const GoldFigure& g, const Quantity& q) {
  if (g.range != (q.hedge == "range")) return false;
  if (g.range) return q.low && q.high && Near(g.low, *q.low) && Near(g.high, *q.high);
  return Near(g.low, q.value);
}

// The kind a unit code reports under (per-kind figures in docs/NUMBERS.md):
// count (no unit), money (an ISO 4217 code, also as a rate: "USD/share"),
// percent (%, percentage points, basis points, fractions), duration (time
// units, also ages), measure (every other unit: lengths, masses, rates of
// counts, index points, magnitudes).
inline std::string KindOfUnit(const std::string& unit) {
  if (unit.empty()) return "count";
  if (unit.size() >= 3 && std::isupper(static_cast<unsigned char>(unit[0])) &&
      std::isupper(static_cast<unsigned char>(unit[1])) && std::isupper(static_cast<unsigned char>(unit[2])) &&
      (unit.size() == 3 || unit[3] == '/'))
    return "money";
  if (unit[0] == '%' || unit == "pp" || unit == "bp" || unit == "fraction") return "percent";
  static const char* const kTime[] = {"ms", "s", "min", "h", "d", "wk", "mo", "yr", "decade", "century"};
  for (const char* t : kTime)
    if (unit == t) return "duration";
  return "measure";
}

// Value, value+unit and value+bound for one kind: gold figures of the kind,
// predictions whose unit is of the kind, matches counted under the gold's kind.
struct KindCounts {
  int gold = 0, predicted = 0, value = 0, value_unit = 0, value_bound = 0;
};

struct Counts {
  int gold = 0, predicted = 0;
  std::map<std::string, KindCounts> kinds;
  int value = 0, value_unit = 0, value_bound = 0;
  int ranges = 0, ranges_whole = 0;
  int change_gold = 0, change_right = 0;      // among value matches with a gold change
  int change_spurious = 0;                    // value matches with no gold change but one predicted
  int counted_gold = 0, counted_right = 0;    // head of what is counted
  int modifiers_gold = 0, modifiers_right = 0;
  static double F1(int tp, int gold, int pred) { return tp == 0 ? 0 : 2.0 * tp / (gold + pred); }
  double ValueF1() const { return F1(value, gold, predicted); }
  double ValueUnitF1() const { return F1(value_unit, gold, predicted); }
  double ValueBoundF1() const { return F1(value_bound, gold, predicted); }
  double RangesWhole() const { return ranges ? static_cast<double>(ranges_whole) / ranges : 1; }
};

inline std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Scores one sentence into *c; appends readable mismatches to *log when given.
inline void ScoreSentence(const GoldSentence& s, Counts* c, std::string* log) {
  std::vector<Quantity> qs;
  // Vague magnitudes ("hundreds", "several") and the sides of a vote tally
  // are outside the gold (docs/NUMBERS.md, "What is a figure"): neither
  // counted nor penalised.
  for (Quantity& q : RecognizeQuantitiesInText(s.text))
    if ((q.hedge.empty() || !HedgeTable::Default().Find(q.hedge, HedgeWhere::kVague)) && !q.tally)
      qs.push_back(std::move(q));
  c->gold += static_cast<int>(s.figures.size());
  c->predicted += static_cast<int>(qs.size());
  std::vector<bool> used(qs.size(), false);
  auto note = [&](const std::string& what) { if (log) *log += s.id + ": " + what + "\n"; };
  for (const Quantity& q : qs) ++c->kinds[KindOfUnit(q.unit)].predicted;
  for (const GoldFigure& g : s.figures) {
    KindCounts& k = c->kinds[KindOfUnit(g.unit)];
    ++k.gold;
    if (g.range) ++c->ranges;
    int hit = -1;
    for (size_t i = 0; i < qs.size(); ++i) {
      if (used[i] || qs[i].span.end <= g.start || qs[i].span.start >= g.end) continue;
      if (ValueMatches(g, qs[i])) { hit = static_cast<int>(i); break; }
    }
    if (hit < 0) {
      std::string got;
      for (const Quantity& q : qs)
        if (q.span.end > g.start && q.span.start < g.end)
          got += " [" + std::string(q.span.Of(s.text)) + " = " + std::to_string(q.value) + " " + q.unit + " " + q.hedge + "]";
      note("MISS '" + g.words + "'" + (got.empty() ? "" : " got" + got));
      continue;
    }
    used[hit] = true;
    const Quantity& q = qs[hit];
    ++c->value;
    ++k.value;
    if (g.range) ++c->ranges_whole;
    if (q.unit == g.unit) ++c->value_unit, ++k.value_unit;
    else note("UNIT '" + g.words + "' want '" + g.unit + "' got '" + q.unit + "'");
    if (BoundOf(q) == g.bound) ++c->value_bound, ++k.value_bound;
    else note("BOUND '" + g.words + "' want " + g.bound + " got " + BoundOf(q) + " (" + q.hedge + ")");
    std::string pc = q.direction.empty() ? "" : q.direction + "." + q.change;
    if (!g.change.empty()) {
      ++c->change_gold;
      if (pc == g.change) ++c->change_right;
      else note("CHANGE '" + g.words + "' want " + g.change + " got " + pc);
    } else if (!pc.empty()) {
      ++c->change_spurious;
      note("CHANGE '" + g.words + "' want none got " + pc);
    }
    if (!g.counted.empty()) {
      ++c->counted_gold;
      if (Lower(q.counted) == Lower(g.counted)) ++c->counted_right;
      else note("COUNTED '" + g.words + "' want " + g.counted + " got " + q.counted);
      if (!g.modifiers.empty()) {
        ++c->modifiers_gold;
        if (Lower(q.counted_modifiers) == Lower(g.modifiers)) ++c->modifiers_right;
        else note("MODS '" + g.words + "' want '" + g.modifiers + "' got '" + q.counted_modifiers + "'");
      }
    }
  }
  for (size_t i = 0; i < qs.size(); ++i)
    if (!used[i]) note("EXTRA '" + std::string(qs[i].span.Of(s.text)) + "' = " + std::to_string(qs[i].value));
}

inline std::string Report(const char* name, const Counts& c) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%s: gold %d, predicted %d | value F1 %.3f | value+unit F1 %.3f | value+bound F1 %.3f | "
                "ranges whole %d/%d | change %d/%d (+%d spurious) | counted head %d/%d | modifiers %d/%d",
                name, c.gold, c.predicted, c.ValueF1(), c.ValueUnitF1(), c.ValueBoundF1(), c.ranges_whole,
                c.ranges, c.change_right, c.change_gold, c.change_spurious, c.counted_right, c.counted_gold,
                c.modifiers_right, c.modifiers_gold);
  return buf;
}

// One line per kind: "  money: gold 80, predicted 81 | value F1 … ".
inline std::string ReportKinds(const Counts& c) {
  std::string out;
  for (const auto& [kind, k] : c.kinds) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "  %s: gold %d, predicted %d | value F1 %.3f | value+unit F1 %.3f | value+bound F1 %.3f\n",
                  kind.c_str(), k.gold, k.predicted, Counts::F1(k.value, k.gold, k.predicted),
                  Counts::F1(k.value_unit, k.gold, k.predicted), Counts::F1(k.value_bound, k.gold, k.predicted));
    out += buf;
  }
  return out;
}

}  // namespace crosscheck::news_figures

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_NEWS_FIGURES_TESTING_H_
