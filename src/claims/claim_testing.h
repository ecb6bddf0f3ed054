// Test helpers for the claim frame tests (claim_test.cc,
// claim_structure_test.cc, claim_counting_test.cc): recognizer layers built
// by hand from substrings of an invented report, so BuildClaims is tested
// alone, and a per-claim comparison of the frame slots.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claims/analysis.h"
#include "claims/claim.h"

namespace crosscheck::claim_testing {

struct QSpec {
  std::string figure;   // substring of the text (first occurrence after `after`)
  std::string counted;  // counted noun inside the figure, "" = none
  double value;
  QuantityKind kind = QuantityKind::kCount;
  std::string unit = "";
  std::vector<int> parts = {};
  bool tally = false;  // one side of a vote tally ("a 396-9 vote")
  std::string hedge = "";  // the quantity's hedge ("over")
  bool age = false;        // the number layer's age flag ("aged 3")
  std::string tally_side = "";  // the number layer's side of a tally ("wins")
  std::string counted_at = "";  // the counted span's words when not `counted` ("record" for "wins")
};

struct TSpec {
  std::string text;
  std::string value;
  std::string grain = "";
};

struct QuoteSpec {
  std::string clause;
  std::string speaker;
};

// The layers built by hand and the claims BuildClaims made of them.
using Built = DocAnalysis;

inline Span Find(const std::string& text, const std::string& what, size_t from = 0) {
  size_t at = text.find(what, from);
  EXPECT_NE(at, std::string::npos) << what;
  if (at == std::string::npos) return {};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

inline Built Build(const std::string& text, const std::string& date, const std::vector<QSpec>& qs,
            const std::vector<TSpec>& ts = {}, const std::vector<QuoteSpec>& quotes = {}) {
  Built b;
  b.doc.id = "d";
  b.doc.text = text;
  if (!date.empty()) b.doc.date = date;
  b.seg = Segment(text);
  size_t from = 0;
  for (const QSpec& s : qs) {
    Quantity q;
    q.span = Find(text, s.figure, from);
    from = q.span.start + 1;
    q.kind = s.kind;
    q.unit = s.unit;
    q.value = s.value;
    q.band_low = q.band_high = q.low = q.high = s.value;
    q.counted = s.counted;
    if (!s.counted_at.empty()) q.counted_span = Find(text, s.counted_at, q.span.start);
    else if (!s.counted.empty()) q.counted_span = Find(text, s.counted, q.span.start);
    q.parts = s.parts;
    q.tally = s.tally;
    q.hedge = s.hedge;
    q.age = s.age;
    q.tally_side = s.tally_side;
    b.quantities.push_back(q);
  }
  for (const TSpec& t : ts) {
    TimeMention m;
    m.span = Find(text, t.text);
    m.value = t.value;
    m.grain = t.grain;
    b.times.push_back(m);
  }
  for (const QuoteSpec& qs : quotes) {
    Quote q;
    q.span = Find(text, qs.clause);
    q.direct = false;
    q.speaker = qs.speaker;
    b.quotes.push_back(q);
  }
  b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
  return b;
}

// Adds an entity of `type` at the first occurrence of each name, keeps the
// entity layer in text order (as the recognizer hands it over) and builds the
// claims again, for tests whose reading depends on a name being tagged.
inline void AddEntities(Built& b, EntityType type, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    Entity e;
    e.span = Find(b.doc.text, name);
    e.type = type;
    e.name = name;
    b.entities.push_back(e);
  }
  std::sort(b.entities.begin(), b.entities.end(),
            [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
  b.claims = BuildClaims({b.doc, b.seg, b.quantities, b.times, b.entities, b.quotes});
}

struct Want {
  std::string group, state, place, place_kind, time, measure;
  int restates = -1;
  int part_of = -1;
  std::string speaker = "";
  std::string as_of = "";
};

inline void Check(const Built& b, const std::vector<Want>& want) {
  ASSERT_EQ(b.claims.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Claim& c = b.claims[i];
    const Want& w = want[i];
    SCOPED_TRACE("claim " + std::to_string(i) + ": " + c.measure + " [" + c.state_word + "|" + c.place_text + "]");
    EXPECT_EQ(c.quantity, static_cast<int>(i));
    EXPECT_EQ(c.group, w.group);
    EXPECT_EQ(c.state, w.state);
    EXPECT_EQ(c.place, w.place);
    EXPECT_EQ(c.place_kind, w.place_kind);
    EXPECT_EQ(c.time, w.time);
    EXPECT_EQ(c.measure, w.measure);
    EXPECT_EQ(c.restates, w.restates);
    EXPECT_EQ(c.part_of, w.part_of);
    EXPECT_EQ(c.speaker, w.speaker);
    if (!w.as_of.empty()) {
      EXPECT_EQ(c.as_of, w.as_of);
    }
  }
}

}  // namespace crosscheck::claim_testing
