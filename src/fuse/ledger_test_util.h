// Test helpers: DocAnalysis values built by hand, one figure per claim, so
// ledger rules can be tested without the recognizers. Used by tests only.
#ifndef CROSSCHECK_FUSE_LEDGER_TEST_UTIL_H_
#define CROSSCHECK_FUSE_LEDGER_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "claims/frame.h"

namespace crosscheck::testing {

// One figure of an invented report, with its claim frame.
struct Fig {
  std::string text;          // as written: "an estimated 200 civilians"
  double value = 0;
  double band_low = 0, band_high = 0;
  std::optional<double> low, high;  // logical bounds; default: the band
  std::string counted;       // "civilians"
  std::string lemma;         // "civilian"
  std::string group;         // "civilian"
  std::string state;         // "sheltering"
  std::string place;         // "Azovstal" or "the plant"
  std::string place_kind;    // "facility"
  std::string place_text;    // as written ("the North Bay"); "" = none
  bool place_named = true;
  std::string speaker;       // "" = narration
  std::string time;          // "" = the report date
  int restates = -1;
  int part_of = -1;
  bool bounds_open_low = false;  // "up to": logical low open
  bool bounds_open_high = false; // "more than": logical high open
  bool low_inclusive = true;     // "at least" (true), "more than" (false)
  std::string kind = "count";    // claim kind ("money", "length", "age", …)
  std::string unit;              // "USD", "km", …
  std::string qualifiers;        // "critical", "more", …
  std::string holder;            // whose figure ("Cesar Sayoc")
  std::string topic;             // what a sum is of ("federal taxes")
  std::string landmark;          // a length's landmark ("Manokwari" in "75 km west of Manokwari")
  std::string hedge;             // the quantity's hedge ("about"); "" = none
  std::vector<std::string> context;  // content words around it, base forms, sorted
  bool high_inclusive = true;    // "up to" (true), "nearly", "under" (false)
  std::string before;            // words written right before the figure ("the campaign has raised")
  std::string predicate;         // the figure's verb, base form ("want"); "" = none
};

inline std::string MeasureOf(const Fig& f) {
  std::string m = f.counted;
  if (!f.state.empty()) m += " " + f.state;
  if (!f.place.empty()) m += (f.state == "evacuated" ? " from " : " in ") + f.place;
  return m;
}

// A report dated `date` ("" = undated) holding `figs`.
inline DocAnalysis MakeReport(const std::string& id, const std::string& source, const std::string& date,
                              const std::vector<Fig>& figs) {
  DocAnalysis a;
  a.analysed = true;
  a.doc.id = id;
  a.doc.path = "reports/" + id + ".txt";
  a.doc.source = source;
  if (!date.empty()) a.doc.date = date;
  for (const Fig& f : figs) {
    Quantity q;
    if (!f.before.empty()) a.doc.text += f.before + " ";
    q.span.start = static_cast<uint32_t>(a.doc.text.size());
    a.doc.text += f.text;
    q.span.end = static_cast<uint32_t>(a.doc.text.size());
    a.doc.text += ". ";
    q.value = f.value;
    q.band_low = f.band_low;
    q.band_high = f.band_high;
    q.low = f.bounds_open_low ? std::nullopt : std::optional<double>(f.low.value_or(f.band_low));
    q.high = f.bounds_open_high ? std::nullopt : std::optional<double>(f.high.value_or(f.band_high));
    q.low_inclusive = f.low_inclusive;
    q.high_inclusive = f.high_inclusive;
    q.conservative = f.band_low;
    q.counted = f.counted;
    q.unit = f.unit;
    q.hedge = f.hedge;
    q.kind = f.kind == "money" ? QuantityKind::kMoney : f.kind == "percent" ? QuantityKind::kPercent
             : f.kind == "count" ? QuantityKind::kCount : QuantityKind::kMeasure;
    Claim c;
    c.quantity = static_cast<int>(a.quantities.size());
    c.clause = q.span;
    c.speaker = f.speaker;
    c.counted = f.counted;
    c.counted_lemma = f.lemma;
    c.group = f.group;
    c.state = f.state;
    c.place = f.place;
    c.place_kind = f.place_kind;
    c.place_text = f.place_text;
    c.place_named = f.place_named && !f.place.empty();
    c.time = f.time;  // "" = undated: the figure holds when its report says it
    c.as_of = date;
    c.restates = f.restates;
    c.part_of = f.part_of;
    c.measure = MeasureOf(f);
    c.kind = f.kind;
    c.unit = f.unit;
    c.qualifiers = f.qualifiers;
    c.holder = f.holder;
    c.topic = f.topic;
    c.predicate = f.predicate;
    c.landmark = f.landmark;
    for (const std::string& w : f.context) c.context.emplace_back(w);
    if (c.measure.empty()) c.measure = !f.topic.empty() ? f.topic + " (" + f.kind + ")" : f.kind;
    a.quantities.push_back(q);
    a.claims.push_back(c);
  }
  return a;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_FUSE_LEDGER_TEST_UTIL_H_
