// Conformance runner: scores the numeral, range and unit layers against the
// Microsoft Recognizers-Text English specs through RecognizersView (the
// compatibility mapping in recognizers_compat.h, documented in
// docs/NUMBERS.md). A case passes when our results and the expected ones
// have the same spans (character offsets converted to bytes), types and
// resolved values (numbers within 1e-9 relative; ranges bound by bound; unit
// names for the unit models). Cases whose NotSupported lists "dotNet" are
// excluded and counted. Floors: NumberModel+OrdinalModel+PercentModel >= 95%,
// NumberRangeModel >= 90%, Currency+Dimension+Temperature+Age >= 85%.
// Mode / Experimental / SuppressExtendedTypes files are reported only.
// Set CROSSCHECK_SHOW_FAILS=1 to print every failing case.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/paths.h"
#include "recognize/number/recognizers_compat.h"

namespace crosscheck {
namespace {

const std::string kRoot = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/recognizers-text-en/";

struct Score {
  int pass = 0, total = 0, excluded = 0;
};

bool ReadJson(const std::string& path, nlohmann::json* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
  *out = nlohmann::json::parse(s, nullptr, false);
  return !out->is_discarded();
}

// Byte offset of each UTF-16 code unit index (Recognizers counts .NET chars).
std::vector<uint32_t> CharToByte(const std::string& s) {
  std::vector<uint32_t> map;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    map.push_back(static_cast<uint32_t>(i));
    if (len == 4) map.push_back(static_cast<uint32_t>(i));  // surrogate pair
    i += len;
  }
  map.push_back(static_cast<uint32_t>(s.size()));
  return map;
}

std::optional<double> Num(const std::string& s) {
  if (s.empty() || s == "null") return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

bool Close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b))) + 1e-12; }

bool ValueEq(const std::string& want, const std::string& got) {
  if (want == got) return true;
  if (!want.empty() && (want[0] == '[' || want[0] == '(')) {
    if (got.empty() || want.front() != got.front() || want.back() != got.back()) return false;
    auto split = [](const std::string& s, std::string* a, std::string* b) {
      size_t c = s.find(',');
      if (c == std::string::npos) return false;
      *a = s.substr(1, c - 1);
      *b = s.substr(c + 1, s.size() - c - 2);
      return true;
    };
    std::string wa, wb, ga, gb;
    if (!split(want, &wa, &wb) || !split(got, &ga, &gb)) return false;
    auto eq = [](const std::string& x, const std::string& y) {
      if (x.empty() || y.empty()) return x.empty() && y.empty();
      auto a = Num(x), b = Num(y);
      return a && b && Close(*a, *b);
    };
    return eq(wa, ga) && eq(wb, gb);
  }
  bool wp = !want.empty() && want.back() == '%', gp = !got.empty() && got.back() == '%';
  if (wp != gp) return false;
  auto a = Num(wp ? want.substr(0, want.size() - 1) : want);
  auto b = Num(gp ? got.substr(0, got.size() - 1) : got);
  if (!a && !b) return want == got || (want == "null" && got.empty());
  return a && b && Close(*a, *b);
}

Score RunFile(const std::string& rel, RecognizersModel model, bool with_unit) {
  Score sc;
  nlohmann::json cases;
  if (!ReadJson(kRoot + rel, &cases)) {
    ADD_FAILURE() << "cannot read " << kRoot + rel;
    return sc;
  }
  bool show = std::getenv("CROSSCHECK_SHOW_FAILS") != nullptr;
  for (const auto& c : cases) {
    std::string ns = c.value("NotSupported", "");
    std::string lower;
    for (char ch : ns) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower.find("dotnet") != std::string::npos) {
      ++sc.excluded;
      continue;
    }
    ++sc.total;
    std::string input = c["Input"].get<std::string>();
    std::vector<uint32_t> cb = CharToByte(input);
    std::vector<RecognizersResult> got = RecognizersView(input, model);
    std::vector<bool> used(got.size(), false);
    bool ok = c["Results"].size() == got.size();
    for (const auto& r : c["Results"]) {
      if (!ok) break;
      size_t s = r["Start"].get<size_t>(), e = r["End"].get<size_t>() + 1;
      if (e >= cb.size()) { ok = false; break; }
      uint32_t bs = cb[s], be = cb[e];
      std::string type = r["TypeName"].get<std::string>();
      std::string value;
      std::string unit;
      const auto& res = r["Resolution"];
      if (res.is_object()) {
        if (res.contains("value") && res["value"].is_string()) value = res["value"].get<std::string>();
        if (res.contains("unit") && res["unit"].is_string()) unit = res["unit"].get<std::string>();
      }
      if (value == "null") value.clear();
      bool found = false;
      for (size_t g = 0; g < got.size() && !found; ++g) {
        if (used[g] || got[g].start != bs || got[g].end != be || got[g].type != type) continue;
        if (!ValueEq(value, got[g].value)) continue;
        if (with_unit && unit != got[g].unit) continue;
        used[g] = found = true;
      }
      ok = found;
    }
    if (ok) ++sc.pass;
    else if (show) {
      std::string g;
      for (const auto& x : got)
        g += "{" + input.substr(x.start, x.end - x.start) + "|" + x.type + "|" + x.value + "|" + x.unit + "} ";
      std::printf("FAIL %s: %s\n   want %s\n   got  %s\n", rel.c_str(), input.c_str(),
                  c["Results"].dump().c_str(), g.c_str());
    }
  }
  std::printf("%-50s %4d/%4d pass (%.1f%%), %d excluded (NotSupported dotNet)\n", rel.c_str(), sc.pass, sc.total,
              sc.total ? 100.0 * sc.pass / sc.total : 0.0, sc.excluded);
  return sc;
}

double Rate(std::initializer_list<Score> scores) {
  int p = 0, t = 0;
  for (const Score& s : scores) { p += s.pass; t += s.total; }
  return t ? 100.0 * p / t : 0;
}

TEST(RecognizersConformance, NumberOrdinalPercentAtLeast95) {
  Score a = RunFile("Number/English/NumberModel.json", RecognizersModel::kNumber, false);
  Score b = RunFile("Number/English/OrdinalModel.json", RecognizersModel::kOrdinal, false);
  Score c = RunFile("Number/English/PercentModel.json", RecognizersModel::kPercent, false);
  double r = Rate({a, b, c});
  std::printf("Number+Ordinal+Percent: %.1f%%\n", r);
  EXPECT_GE(r, 95.0);
}

TEST(RecognizersConformance, NumberRangeAtLeast90) {
  Score a = RunFile("Number/English/NumberRangeModel.json", RecognizersModel::kNumberRange, false);
  double r = Rate({a});
  std::printf("NumberRange: %.1f%%\n", r);
  EXPECT_GE(r, 90.0);
}

TEST(RecognizersConformance, UnitsAtLeast85) {
  Score a = RunFile("NumberWithUnit/English/CurrencyModel.json", RecognizersModel::kCurrency, true);
  Score b = RunFile("NumberWithUnit/English/DimensionModel.json", RecognizersModel::kDimension, true);
  Score c = RunFile("NumberWithUnit/English/TemperatureModel.json", RecognizersModel::kTemperature, true);
  Score d = RunFile("NumberWithUnit/English/AgeModel.json", RecognizersModel::kAge, true);
  double r = Rate({a, b, c, d});
  std::printf("Currency+Dimension+Temperature+Age: %.1f%%\n", r);
  EXPECT_GE(r, 85.0);
}

TEST(RecognizersConformance, ModeFilesReportedOnly) {
  RunFile("Number/English/NumberModelExperimentalMode.json", RecognizersModel::kNumber, false);
  RunFile("Number/English/NumberModelPercentMode.json", RecognizersModel::kNumber, false);
  RunFile("Number/English/NumberRangeModelExperimentalMode.json", RecognizersModel::kNumberRange, false);
  RunFile("Number/English/OrdinalModelSuppressExtendedTypes.json", RecognizersModel::kOrdinal, false);
  RunFile("Number/English/PercentModelPercentMode.json", RecognizersModel::kPercent, false);
}

}  // namespace
}  // namespace crosscheck
