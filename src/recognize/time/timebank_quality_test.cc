// TempEval-3 figures of the time recognizer (TimeML profile, the default) on
// TimeBank 1.2 + AQUAINT (../shared/corpora/timebank-aquaint, research use:
// read in place, never copied). The 256 documents are split once by a hash
// of their name (timeml_corpus.h, docs/TIME.md): the tuning part may be
// studied expression by expression, the measuring part only counted.
//
// Each document's <TEXT> becomes a Document dated by its creation time; the
// recognizer runs as the pipeline runs it (Segment + RecognizeTimes). Every
// TIMEX3-like record is scored except range records, whose endpoints are
// the TIMEX3s ("from <8am> to <6pm>"). TIME_VERBOSE=1 lists the errors of
// the tuning part's half A only (TIME_VERBOSE=values: its value errors alone,
// grouped by gold type) (never half B, never the measuring part):
// since Session 33 the tuning part is itself split by document into A (read)
// and B (a within-tuning check, totals only), so a rule is kept when it
// raises A and does not lower B.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.h"
#include "core/paths.h"
#include "recognize/time/tempeval_score.h"
#include "recognize/time/time_expr.h"
#include "recognize/time/timeml_corpus.h"
#include "segment/segmenter.h"

namespace crosscheck {
namespace {

const std::string kDir = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/timebank-aquaint/";

struct Part {
  TempEvalCounts counts;
  TempEvalByType by_type;
  int documents = 0;
};

std::string Upper(const char* s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

std::vector<ScoredTimex> SystemTimexes(const TimeMLDocument& tml, std::vector<TimeMention>* mentions) {
  Document doc;
  doc.id = tml.id;
  doc.text = tml.text;
  doc.language = "en";
  if (tml.dct.size() >= 10) doc.date = tml.dct.substr(0, 10);
  Segmentation seg = Segment(doc.text);
  *mentions = RecognizeTimes(doc, seg);
  std::vector<ScoredTimex> out;
  for (const TimeMention& m : *mentions) {
    if (m.grain == "range") continue;
    out.push_back({m.span.start, m.span.end, Upper(TimeTypeName(m.type)), m.value});
  }
  return out;
}

// Scores both parts once per process.
const Part* Parts() {
  static Part* parts = [] {
    Part* p = new Part[4];  // tuning, measuring, tuning half A, tuning half B
    const char* verbose_env = std::getenv("TIME_VERBOSE");
    const bool verbose = verbose_env != nullptr;
    // TIME_VERBOSE=values: only the value errors (gold and system paired,
    // values differ), grouped by gold type, for sorting errors by cause
    // (Session 38, time28).
    const bool values_only = verbose && std::string(verbose_env) == "values";
    std::vector<std::pair<std::string, std::string>> value_errors;  // (gold type, line)
    // TIME_VERBOSE_TYPES=TIME,SET lists, for both tuning halves, only the
    // errors whose gold or system type is named (Session 37: the tuning part
    // holds 12 TIME and 12 SET gold, too few to study in half A alone). The
    // measuring part is never listed.
    const char* types_env = std::getenv("TIME_VERBOSE_TYPES");
    const std::string verbose_types = types_env ? "," + Upper(types_env) + "," : "";
    auto listed_type = [&](const std::string& type) {
      return !type.empty() && verbose_types.find("," + Upper(type.c_str()) + ",") != std::string::npos;
    };
    std::vector<std::filesystem::path> files;
    for (const char* sub : {"TimeBank", "AQUAINT"}) {
      std::error_code ec;
      for (const auto& e : std::filesystem::directory_iterator(kDir + sub, ec))
        if (e.path().extension() == ".tml") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string name = path.stem().string();
      Result<TimeMLDocument> tml = ParseTimeML(ss.str(), path.filename().string());
      if (!tml.ok()) {
        ADD_FAILURE() << tml.error().message;
        continue;
      }
      std::vector<ScoredTimex> gold;
      for (const Timex3& t : tml->timexes) gold.push_back({t.start, t.end, t.type, t.value});
      std::vector<TimeMention> mentions;
      std::vector<ScoredTimex> system = SystemTimexes(*tml, &mentions);
      std::vector<TempEvalPair> pairs;
      const bool measuring = InMeasuringPart(name);
      Part& part = p[measuring ? 1 : 0];
      part.counts += ScoreTimexes(gold, system, &pairs);
      part.by_type.Add(gold, system, pairs);
      ++part.documents;
      const bool half_b = InTuningHalfB(name);
      if (!measuring) {
        Part& half = p[half_b ? 3 : 2];
        half.counts += ScoreTimexes(gold, system, nullptr);
        half.by_type.Add(gold, system, pairs);
        ++half.documents;
      }
      if (measuring || (verbose_types.empty() && (!verbose || half_b))) continue;
      auto text = [&](uint32_t a, uint32_t b) {
        std::string s = tml->text.substr(a, b - a);
        std::replace(s.begin(), s.end(), '\n', ' ');
        return s;
      };
      for (const TempEvalPair& q : pairs) {
        const ScoredTimex* g = q.gold >= 0 ? &gold[q.gold] : nullptr;
        const ScoredTimex* s = q.system >= 0 ? &system[q.system] : nullptr;
        if (g && s && q.strict && g->value == s->value && Upper(g->type.c_str()) == s->type) continue;
        if (!verbose_types.empty() && !(g && listed_type(g->type)) && !(s && listed_type(s->type))) continue;
        if (values_only && (!g || !s || g->value == s->value)) continue;
        uint32_t a = g ? g->start : s->start, b = g ? g->end : s->end;
        if (s) { a = std::min(a, s->start); b = std::max(b, s->end); }
        uint32_t ca = a > 60 ? a - 60 : 0, cb = std::min<uint32_t>(static_cast<uint32_t>(tml->text.size()), b + 40);
        const std::string gold_text = g ? "\"" + text(g->start, g->end) + "\" " + g->type + " " + g->value : "-";
        const std::string sys_text = s ? "\"" + text(s->start, s->end) + "\" " + s->type + " " + s->value : "-";
        const std::string where = std::string(half_b ? "[B] " : "") + name + " dct=" + tml->dct;
        if (values_only) {
          value_errors.push_back({Upper(g->type.c_str()), "[" + Upper(g->type.c_str()) + "] " + where + "\n  gold: " +
                                                               gold_text + "\n  sys:  " + sys_text + "\n  ctx:  ..." +
                                                               text(ca, a) + "[" + text(a, b) + "]" + text(b, cb) + "...\n"});
          continue;
        }
        std::printf("%s\n  gold: %s\n  sys:  %s\n  ctx:  ...%s[%s]%s...\n", where.c_str(), gold_text.c_str(),
                    sys_text.c_str(), text(ca, a).c_str(), text(a, b).c_str(), text(b, cb).c_str());
      }
    }
    std::stable_sort(value_errors.begin(), value_errors.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [type, line] : value_errors) std::fputs(line.c_str(), stdout);
    return p;
  }();
  return parts;
}

void Print(const char* title, const Part& part) {
  TempEvalScores s = Scores(part.counts);
  std::printf("%s: %d documents, gold %d, system %d, relaxed pairs %d, values right %d\n", title, part.documents,
              part.counts.gold, part.counts.system, part.counts.relaxed, part.counts.value_match);
  std::printf("  strict  P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | type acc %.3f F1 %.3f | value acc %.3f F1 %.3f\n",
              s.strict_p, s.strict_r, s.strict_f1, s.relaxed_p, s.relaxed_r, s.relaxed_f1, s.type_accuracy, s.type_f1,
              s.value_accuracy, s.value_f1);
  for (size_t k = 0; k < part.by_type.types.size(); ++k) {
    TempEvalScores t = part.by_type.Scores(k);
    std::printf("  %-8s gold %4d system %4d | strict F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | type F1 %.3f | value acc %.3f F1 %.3f\n",
                part.by_type.types[k].c_str(), part.by_type.gold_side[k].gold, part.by_type.system[k], t.strict_f1,
                t.relaxed_p, t.relaxed_r, t.relaxed_f1, t.type_f1, t.value_accuracy, t.value_f1);
  }
}

TEST(TimeBankQuality, CorpusIsComplete) {
  const Part* p = Parts();
  // TempEval-3 training data: 256 documents, 1,822 TIMEX3 in <TEXT>.
  EXPECT_EQ(p[0].documents + p[1].documents, 256);
  EXPECT_EQ(p[0].counts.gold + p[1].counts.gold, 1822);
  EXPECT_EQ(p[0].documents, 128);
  EXPECT_EQ(p[1].counts.gold, 1005);
}

TEST(TimeBankQuality, TuningPart) {
  const Part& part = Parts()[0];
  Print("tuning part", part);
  TempEvalScores s = Scores(part.counts);
  // Regression guards just under the figures of docs/TIME.md (0.840, 0.958, 0.913, 0.921 at the end of time16;
  // value 0.842, strict 0.915 at the end of time18; value 0.844 at the end of time20, 0.845 of time23).
  EXPECT_GE(s.value_f1, 0.843);
  EXPECT_GE(s.relaxed_f1, 0.955);
  EXPECT_GE(s.strict_f1, 0.912);
  EXPECT_GE(s.type_f1, 0.918);
}

// The tuning part's halves (Session 33): A is read error by error, B only
// as these totals. Guards just under the figures at the split.
TEST(TimeBankQuality, TuningHalves) {
  const Part* p = Parts();
  Print("tuning half A", p[2]);
  Print("tuning half B", p[3]);
  EXPECT_EQ(p[2].documents + p[3].documents, p[0].documents);
  EXPECT_EQ(p[2].counts.gold + p[3].counts.gold, p[0].counts.gold);
  EXPECT_EQ(p[2].documents, 63);
  EXPECT_EQ(p[2].counts.gold, 416);
  // 0.840 / 0.850 at the end of time23
  EXPECT_GE(Scores(p[2].counts).value_f1, 0.839);
  EXPECT_GE(Scores(p[3].counts).value_f1, 0.848);
}

// The part never tuned on. Issue 12 asks for value F1 >= 0.85, relaxed span
// F1 >= 0.90, strict >= 0.80, type F1 >= 0.85; value F1 (0.785) does not
// reach it yet (docs/TIME.md), so the value guard is a regression guard just
// under the figure measured and the shortfall is printed, not hidden.
TEST(TimeBankQuality, MeasuringPartFloors) {
  const Part& part = Parts()[1];
  Print("measuring part", part);
  TempEvalScores s = Scores(part.counts);
  if (s.value_f1 < 0.85) std::printf("  issue 12 value F1 floor 0.85: NOT MET (%.3f)\n", s.value_f1);
  EXPECT_GE(s.value_f1, 0.783);  // 0.785 at the end of time15 and of time16
  EXPECT_GE(s.relaxed_f1, 0.90);
  EXPECT_GE(s.strict_f1, 0.80);
  EXPECT_GE(s.type_f1, 0.85);
}

}  // namespace
}  // namespace crosscheck
