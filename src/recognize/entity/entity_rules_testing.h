// Test helpers shared by the entity table tests (entity_test.cc and the
// *_rules_test.cc files): the whole recognizer on a sentence, a dump of its
// mentions, and two row checkers that run one rule on spans set by hand.
// Contract: a rule checked by ExpectSentenceRule must leave the spans
// sorted by start and disjoint (mention_rules.h); ExpectMentionTypes
// compares only types, mention by mention.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_RULES_TESTING_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_RULES_TESTING_H_

#include "recognize/entity/entity.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/mention_rules.h"
#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::entity_internal {

// The production recognizer, loaded once (nullptr, with a failure, when
// the model files are missing).
inline std::shared_ptr<const EntityRecognizer> Recognizer() {
  static std::shared_ptr<const EntityRecognizer> r = [] {
    auto loaded = EntityRecognizer::Load(EntityRecognizer::DefaultModelDir());
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message);
    return loaded.ok() ? *loaded : nullptr;
  }();
  return r;
}

// Fills `doc` with `text` and returns its mentions.
inline std::vector<Entity> Tag(const std::string& text, Document* doc) {
  doc->id = "t";
  doc->text = text;
  doc->raw = text;
  return Recognizer()->Recognize(*doc, Segment(doc->text));
}

// "[text|type|name|title|role] ..." for every mention.
inline std::string Dump(const Document& doc, const std::vector<Entity>& es) {
  std::string s;
  for (const Entity& e : es) {
    for (std::string_view part : {std::string_view("["), e.span.Of(doc.text), std::string_view("|"),
                                  std::string_view(EntityTypeName(e.type)), std::string_view("|"),
                                  std::string_view(e.name), std::string_view("|"), std::string_view(e.title),
                                  std::string_view("|"), std::string_view(e.role), std::string_view("] ")})
      s.append(part);
  }
  return s;
}

inline const Gazetteer& Gaz() {
  static const Gazetteer g = [] {
    auto loaded = Gazetteer::Load(EntityRecognizer::DefaultModelDir() + "/gazetteer");
    EXPECT_TRUE(loaded.ok());
    return loaded.ok() ? std::move(loaded).value() : Gazetteer();
  }();
  return g;
}

// Label-span types as the tagger numbers them.
inline constexpr int P = 1, O = 2, L = 3, X = 4, F = kFacilityType;

// One sentence of words (space-separated) with the given spans.
struct Sentence {
  std::vector<std::string> storage;
  Scratch s;
  Sentence(const std::string& text, std::vector<LabelSpan> spans) {
    size_t a = 0;
    while (a < text.size()) {
      size_t b = text.find(' ', a);
      if (b == std::string::npos) b = text.size();
      storage.push_back(text.substr(a, b - a));
      a = b + 1;
    }
    for (const std::string& w : storage) s.words.push_back(w);
    PrepareTokens(s.words, Gaz(), &s.features);
    s.label_spans = std::move(spans);
  }
  // "[text|type] ..." for the spans now held.
  std::string Dump() const {
    std::string out;
    for (const LabelSpan& ls : s.label_spans) {
      out += "[";
      for (uint32_t k = ls.begin; k < ls.end; ++k) out += (k > ls.begin ? " " : "") + storage[k];
      out += "|" + std::to_string(ls.type) + "] ";
    }
    return out;
  }
};

// Runs `rule` on mentions of the given spans and types in a case's text
// and compares the types it leaves with the case's, mention by mention.
struct MentionTypeCase {
  const char* text;
  std::vector<Span> spans;
  std::vector<EntityType> in, want;
};

template <typename Rule>
void ExpectMentionTypes(std::span<const MentionTypeCase> cases, Rule rule) {
  for (const MentionTypeCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Entity> es;
    for (size_t i = 0; i < c.spans.size(); ++i) {
      Entity e;
      e.span = c.spans[i];
      e.type = c.in[i];
      es.push_back(e);
    }
    rule(c.text, &es);
    ASSERT_EQ(es.size(), c.want.size());
    for (size_t i = 0; i < es.size(); ++i) EXPECT_EQ(es[i].type, c.want[i]) << "mention " << i;
  }
}


// Runs `rule` on each case's sentence with the given spans and compares
// the spans it leaves ("[words|type] ...") with the case's; every rule
// must also leave them sorted by start and disjoint (mention_rules.h).
struct SentenceRuleCase {
  const char* text;  // words separated by single spaces
  std::vector<LabelSpan> in;
  const char* want;
};

template <typename Rule>
void ExpectSentenceRule(std::span<const SentenceRuleCase> cases, Rule rule) {
  for (const SentenceRuleCase& c : cases) {
    SCOPED_TRACE(c.text);
    Sentence t(c.text, c.in);
    rule(&t.s);
    EXPECT_EQ(t.Dump(), c.want);
    for (size_t k = 1; k < t.s.label_spans.size(); ++k)
      EXPECT_LE(t.s.label_spans[k - 1].end, t.s.label_spans[k].begin) << "spans overlap or out of order: " << t.Dump();
  }
}

}  // namespace crosscheck::entity_internal

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_RULES_TESTING_H_
