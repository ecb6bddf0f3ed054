// Conformance of the time recognizer with the Microsoft Recognizers-Text
// English DateTime specs (../shared/corpora/recognizers-text-en, MIT).
//
// Extraction: for each Extractor file the predictions of the matching class
// (docs/TIME.md: Date = days, DatePeriod = weeks/months/years/periods/date
// ranges, Time = clock times, Duration, Set, Holiday) are compared with the
// gold spans; a prediction counts when its span is exactly the gold span.
// Span F1 and TIMEX3-type accuracy (on matched spans) are pooled over the six
// files and must reach the floors. Resolution: on the Parser files, a
// matched prediction is correct when its value equals the gold TIMEX, the
// past or the future resolution (see ResolutionMatches).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/paths.h"
#include "recognize/time/time_parse.h"

namespace crosscheck {
namespace {

const std::string kDir = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/recognizers-text-en/DateTime/English/";

nlohmann::json Load(const std::string& name) {
  std::ifstream in(kDir + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
  return nlohmann::json::parse(s, nullptr, false);
}

// Code point offset of byte offset b.
int Chars(const std::string& s, uint32_t b) {
  int n = 0;
  for (uint32_t i = 0; i < b && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

bool InClass(const std::string& file, const TimeMention& t) {
  if (t.part_of >= 0) return false;
  if (file.rfind("DateTimeModel", 0) == 0) return true;
  if (file.rfind("Holiday", 0) == 0) return t.holiday;
  if (file.rfind("DatePeriod", 0) == 0)
    return t.grain == "week" || t.grain == "month" || t.grain == "year" || t.grain == "period" ||
           (t.grain == "range" && t.type == TimeType::kDate);
  if (file.rfind("Date", 0) == 0) return t.grain == "day" && !t.holiday;
  if (file.rfind("Time", 0) == 0) return t.grain == "time";
  if (file.rfind("Duration", 0) == 0) return t.grain == "duration";
  if (file.rfind("Set", 0) == 0) return t.grain == "set";
  return true;
}

std::string Timex3Type(const std::string& recognizers_type) {
  if (recognizers_type == "date" || recognizers_type == "daterange") return "date";
  if (recognizers_type == "time" || recognizers_type == "timerange" || recognizers_type == "datetime" ||
      recognizers_type == "datetimerange")
    return "time";
  return recognizers_type;  // duration, set
}

std::optional<CivilDate> Reference(const nlohmann::json& c) {
  if (!c.contains("Context") || !c["Context"].contains("ReferenceDateTime") ||
      !c["Context"]["ReferenceDateTime"].is_string())
    return std::nullopt;
  return ParseIsoDate(c["Context"]["ReferenceDateTime"].get<std::string>());
}

// "T19:56" / "2016-11-07T19:56" -> "19:56:00".
std::string ClockOf(const std::string& v) {
  size_t t = v.find('T');
  if (t == std::string::npos) return "";
  std::string c = v.substr(t + 1);
  if (c.size() == 2) c += ":00";
  if (c.size() == 5) c += ":00";
  return c;
}

bool ResolutionMatches(const nlohmann::json& value, const TimeMention& t) {
  std::string timex = value.value("Timex", "");
  if (!timex.empty() && timex.find('X') == std::string::npos && timex[0] != '(' && t.value == timex) return true;
  for (const char* key : {"PastResolution", "FutureResolution"}) {
    if (!value.contains(key) || !value[key].is_object()) continue;
    const auto& r = value[key];
    if (r.contains("date") && t.value == r["date"].get<std::string>()) return true;
    if (r.contains("startDate") && r.contains("endDate") && t.interval_start == r["startDate"].get<std::string>() &&
        t.interval_end == r["endDate"].get<std::string>())
      return true;
    if (r.contains("time") && ClockOf(t.value) == r["time"].get<std::string>()) return true;
    if (r.contains("duration") && t.value == timex) return true;
    if (r.contains("set") && "Set: " + t.value == r["set"].get<std::string>()) return true;
  }
  return false;
}

struct Score {
  int gold = 0, pred = 0, match = 0, type_ok = 0, resolved = 0;
};

Score Extract(const std::string& file, bool resolve, bool verbose) {
  nlohmann::json cases = Load(file);
  Score s;
  EXPECT_TRUE(cases.is_array()) << file;
  if (!cases.is_array()) return s;
  for (const auto& c : cases) {
    if (!c.contains("Input") || !c["Input"].is_string()) continue;
    const std::string input = c["Input"].get<std::string>();
    std::vector<TimeMention> ts = ParseTimes(input, Reference(c), TimeOptions{.profile = TimeProfile::kRecognizers});
    std::vector<const TimeMention*> preds;
    for (const TimeMention& t : ts)
      if (InClass(file, t)) preds.push_back(&t);
    s.pred += static_cast<int>(preds.size());
    for (const auto& r : c["Results"]) {
      ++s.gold;
      int start = r["Start"].get<int>();
      int len = r.contains("Length") ? r["Length"].get<int>() : r["End"].get<int>() - start + 1;
      const TimeMention* hit = nullptr;
      for (const TimeMention* t : preds)
        if (Chars(input, t->span.start) == start && Chars(input, t->span.end) - Chars(input, t->span.start) == len)
          hit = t;
      if (!hit) {
        if (verbose) std::printf("  MISS %s | %s\n", input.c_str(), r.value("Text", "").c_str());
        continue;
      }
      ++s.match;
      std::string type = r.contains("Type") && r["Type"].is_string() ? r["Type"].get<std::string>() : "";
      if (type.empty() && r.contains("TypeName") && r["TypeName"].is_string()) {
        type = r["TypeName"].get<std::string>();
        if (type.rfind("datetimeV2.", 0) == 0) type = type.substr(11);
      }
      if (TimeTypeName(hit->type) == Timex3Type(type)) ++s.type_ok;
      if (resolve && r.contains("Value")) {
        if (ResolutionMatches(r["Value"], *hit)) ++s.resolved;
        else if (verbose) std::printf("  WRONG %s | %s -> %s [%s,%s]\n", input.c_str(), r["Text"].get<std::string>().c_str(), hit->value.c_str(), hit->interval_start.c_str(), hit->interval_end.c_str());
      }
    }
    if (verbose)
      for (const TimeMention* t : preds) {
        bool gold = false;
        for (const auto& r : c["Results"]) {
          int start = r["Start"].get<int>();
          if (Chars(input, t->span.start) == start) gold = true;
        }
        if (!gold) std::printf("  EXTRA %s | %s\n", input.c_str(), std::string(t->span.Of(input)).c_str());
      }
  }
  return s;
}

double F1(const Score& s) {
  if (s.gold + s.pred == 0) return 1;
  return 2.0 * s.match / (s.gold + s.pred);
}

bool Verbose() { return std::getenv("TIME_VERBOSE") != nullptr; }

TEST(TimeConformanceTest, ExtractorSpanF1AndTypeAccuracy) {
  const char* kFiles[] = {"DateExtractor.json", "DatePeriodExtractor.json", "DurationExtractor.json",
                          "SetExtractor.json", "HolidayExtractor.json", "TimeExtractor.json"};
  Score total;
  for (const char* f : kFiles) {
    SCOPED_TRACE(f);
    Score s = Extract(f, false, Verbose());
    std::printf("%-28s gold %4d pred %4d match %4d  P %.3f R %.3f F1 %.3f  type acc %.3f\n", f, s.gold, s.pred,
                s.match, s.pred ? 1.0 * s.match / s.pred : 0, s.gold ? 1.0 * s.match / s.gold : 0, F1(s),
                s.match ? 1.0 * s.type_ok / s.match : 0);
    total.gold += s.gold; total.pred += s.pred; total.match += s.match; total.type_ok += s.type_ok;
  }
  double type_acc = total.match ? 1.0 * total.type_ok / total.match : 0;
  std::printf("%-28s gold %4d pred %4d match %4d  F1 %.3f  type acc %.3f\n", "ALL", total.gold, total.pred,
              total.match, F1(total), type_acc);
  EXPECT_GE(F1(total), 0.85);
  EXPECT_GE(type_acc, 0.85);
}

TEST(TimeConformanceTest, ParserResolutionAccuracy) {
  const char* kFiles[] = {"DateParser.json", "DatePeriodParser.json", "DurationParser.json",
                          "SetParser.json", "HolidayParser.json", "TimeParser.json"};
  Score total;
  for (const char* f : kFiles) {
    SCOPED_TRACE(f);
    Score s = Extract(f, true, Verbose());
    std::printf("%-24s gold %4d span-matched %4d resolved %4d  accuracy %.3f (of all gold %.3f)\n", f, s.gold,
                s.match, s.resolved, s.match ? 1.0 * s.resolved / s.match : 0, s.gold ? 1.0 * s.resolved / s.gold : 0);
    total.gold += s.gold; total.match += s.match; total.resolved += s.resolved;
  }
  double acc = total.match ? 1.0 * total.resolved / total.match : 0;
  std::printf("%-24s gold %4d span-matched %4d resolved %4d  accuracy %.3f (of all gold %.3f)\n", "ALL", total.gold,
              total.match, total.resolved, acc, total.gold ? 1.0 * total.resolved / total.gold : 0);
  EXPECT_GE(acc, 0.80);
  // Also over every gold result (a missed span counts as wrong).
  EXPECT_GE(total.gold ? 1.0 * total.resolved / total.gold : 0, 0.80);
}

TEST(TimeConformanceTest, DateTimeModelReportedWithoutFloor) {
  Score s = Extract("DateTimeModel.json", false, false);
  std::printf("DateTimeModel.json (all predictions, inclusive Start/End): gold %d pred %d match %d F1 %.3f\n", s.gold,
              s.pred, s.match, F1(s));
  EXPECT_GT(s.gold, 0);  // the file was read
}

}  // namespace
}  // namespace crosscheck
