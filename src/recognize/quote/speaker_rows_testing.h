// Test helper shared by the speaker table tests (speaker_*_test.cc): the
// speaker crosscheck gives the direct quote that starts with given words,
// and a row checker. Each row: a text, the first words of a direct quote,
// the speaker a reader would give ("(none)" = no such direct quote).
// Rows that need entities build them with EntitiesAt.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ROWS_TESTING_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ROWS_TESTING_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "recognize/entity/entity.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

// Curly quotation marks, which keep the rows readable.
#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"
#define EMDASH "\xE2\x80\x94"

namespace crosscheck::quote_testing {

struct SpeakerRow {
  std::string_view text;
  std::string_view needle;   // first words of the direct quote
  std::string_view speaker;  // "" = unattributed; "(none)" = no such quote
};

// Entities as a tagger would give them: each (written name, type) located at
// its first occurrence in `text` (names not found are skipped), sorted by
// start as RecognizeQuotes expects.
inline std::vector<Entity> EntitiesAt(std::string_view text,
                                      const std::vector<std::pair<std::string_view, EntityType>>& names) {
  std::vector<Entity> entities;
  for (const auto& [name, type] : names) {
    const size_t b = text.find(name);
    if (b == std::string_view::npos) continue;
    Entity en;
    en.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + name.size())};
    en.type = type;
    en.name = std::string(name);
    entities.push_back(en);
  }
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  return entities;
}

// Speaker of the direct quote starting with `needle`, given `entities`.
inline std::string SpeakerOfDirectQuote(std::string_view text, std::string_view needle,
                                        const std::vector<Entity>& entities = {}) {
  Document doc;
  doc.id.assign(1, 't');  // not = "t": GCC 12 warns falsely (-Wrestrict)
  doc.text.assign(text.data(), text.size());
  Segmentation seg = Segment(doc.text);
  for (const Quote& q : RecognizeQuotes(doc, seg, entities))
    if (q.direct && q.span.Of(doc.text).rfind(needle, 0) == 0) return q.speaker;
  return "(none)";
}

// Speaker of the direct quote starting with `needle`; entities are the
// (text, type) pairs given, located at their first occurrence.
inline std::string SpeakerWithNames(std::string_view text, std::string_view needle,
                                    const std::vector<std::pair<std::string_view, EntityType>>& names = {}) {
  return SpeakerOfDirectQuote(text, needle, EntitiesAt(text, names));
}

// The speaker with the recognizer's own entities, as the pipeline gives
// them ("" when the model does not load: the test fails on that).
inline std::string SpeakerWithTaggedEntities(const std::string& text, std::string_view needle) {
  auto ner = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
  EXPECT_TRUE(ner.ok()) << (ner.ok() ? "" : ner.error().message);
  if (!ner.ok()) return "";
  Document doc;
  doc.id = "a";
  doc.text = text;
  return SpeakerOfDirectQuote(text, needle, (*ner)->Recognize(doc, Segment(doc.text)));
}

inline void CheckSpeakerRows(const SpeakerRow* rows, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    SCOPED_TRACE(::testing::Message() << rows[i].text);
    EXPECT_EQ(SpeakerOfDirectQuote(rows[i].text, rows[i].needle), rows[i].speaker);
  }
}

inline void CheckSpeakerRows(const std::vector<SpeakerRow>& rows) { CheckSpeakerRows(rows.data(), rows.size()); }

}  // namespace crosscheck::quote_testing

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_SPEAKER_ROWS_TESTING_H_
