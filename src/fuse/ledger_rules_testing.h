// Test helpers shared by the ledger rule table tests (ledger_rules_*_test.cc):
// invented reports built from claim frames by hand (fuse/ledger_test_util.h),
// a small place table (Greece > Attica > Athens, Piraeus; Central Macedonia >
// Thessaloniki; a town in Canada, North Bay), and a row checker. A row is one
// rule: its reports and the entries the ledger must give, in order (judged
// figures, agreement, evolving, a substring of the why, restatements).
#ifndef CROSSCHECK_FUSE_LEDGER_RULES_TESTING_H_
#define CROSSCHECK_FUSE_LEDGER_RULES_TESTING_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/ledger.h"
#include "fuse/ledger_agreement.h"
#include "fuse/ledger_places.h"
#include "fuse/ledger_test_util.h"

namespace crosscheck::ledger_rules_testing {

using crosscheck::testing::Fig;
using crosscheck::testing::MakeReport;

// A small place table: Greece > Attica > Athens, Piraeus; Central Macedonia
// > Thessaloniki; a town in Canada, North Bay.
inline const PlaceHierarchy& Places() {
  static const PlaceHierarchy* h = [] {
    auto r = PlaceHierarchy::FromText(
        "athens\tGR.31.@\nattica\tGR.31\ncentral macedonia\tGR.12\ngreece\tGR\nnorth bay\tCA.08.3548.@\npiraeus\tGR.31.@\n"
        "thessaloniki\tGR.12.@\n",
        "test");
    EXPECT_TRUE(r.ok());
    return new PlaceHierarchy(std::move(r).value());
  }();
  return *h;
}

// A figure: `text` with its value and likely band, counting `counted`
// (lemma, class) in `state` at `place` (a named place the table may know).
inline Fig F(const std::string& text, double v, double lo, double hi, const std::string& counted, const std::string& lemma,
      const std::string& group, const std::string& state, const std::string& place = "") {
  Fig f;
  f.text = text;
  f.value = v;
  f.band_low = lo;
  f.band_high = hi;
  f.counted = counted;
  f.lemma = lemma;
  f.group = group;
  f.state = state;
  f.place = place;
  f.place_named = !place.empty();
  f.place_kind = place.empty() ? "" : "area";
  return f;
}

inline Fig People(const std::string& text, double v, const std::string& state, const std::string& place = "") {
  return F(text, v, v, v, "people", "people", "person", state, place);
}

inline Fig With(Fig f, void (*edit)(Fig*)) {
  edit(&f);
  return f;
}

// A report whose text names `places` (location entities), so the story has
// a place of its own.
inline DocAnalysis Report(const std::string& id, const std::string& date, const std::vector<Fig>& figs,
                   const std::vector<std::string>& places = {}, const std::string& source = "") {
  DocAnalysis a = MakeReport(id, source.empty() ? id : source, date, figs);
  for (const std::string& p : places) {
    Entity e;
    e.type = EntityType::kLocation;
    e.name = p;
    a.entities.push_back(e);
  }
  return a;
}

struct Want {
  size_t claims;             // judged figures of the entry
  std::string agreement;
  bool evolving;
  std::string why_has = "";  // a substring of the why
  size_t restatements = 0;
};

struct Row {
  std::string rule;
  std::vector<DocAnalysis> docs;
  std::vector<Want> want;  // entries in order
};

inline void Check(const Row& row) {
  SCOPED_TRACE(row.rule);
  std::vector<int> story;
  for (size_t i = 0; i < row.docs.size(); ++i) story.push_back(static_cast<int>(i));
  LedgerOptions o;
  o.places = &Places();
  std::vector<LedgerEntry> got = BuildLedger(row.docs, story, std::vector<int>(row.docs.size(), -1), o);
  std::string listing;
  for (const LedgerEntry& e : got)
    listing += e.measure + " (" + std::to_string(e.claims.size()) + ", " + e.agreement + (e.evolving ? ", evolving" : "") +
               "): " + e.why + "\n";
  SCOPED_TRACE(listing);
  ASSERT_EQ(got.size(), row.want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("entry " + std::to_string(i));
    EXPECT_EQ(got[i].claims.size(), row.want[i].claims);
    EXPECT_EQ(got[i].agreement, row.want[i].agreement);
    EXPECT_EQ(got[i].evolving, row.want[i].evolving);
    EXPECT_EQ(got[i].restatements.size(), row.want[i].restatements);
    EXPECT_NE(got[i].why.find(row.want[i].why_has), std::string::npos) << got[i].why;
  }
}

inline Fig InText(Fig f, const std::string& place_text) {
  f.place_text = place_text;
  return f;
}

inline Fig Money(const std::string& text, double v, const std::string& topic, const std::string& unit = "USD") {
  Fig f;
  f.text = text;
  f.value = f.band_low = f.band_high = v;
  f.kind = "money";
  f.unit = unit;
  f.topic = topic;
  return f;
}

inline Fig Share(const std::string& text, double v, const std::string& topic) {
  Fig f = Money(text, v, topic, "%");
  f.kind = "percent";
  return f;
}

}  // namespace crosscheck::ledger_rules_testing

#endif  // CROSSCHECK_FUSE_LEDGER_RULES_TESTING_H_
