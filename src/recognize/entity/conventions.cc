// The convention table of conventions.h, as code: MapCorpusType is the type
// column, ApplyConventions the span edits.
#include "recognize/entity/conventions.h"

#include <algorithm>

#include "recognize/entity/features.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck {

namespace {

struct TypeRow {
  NerSource source;
  std::string_view theirs;
  int ours;
};

// The type column of the table (LabelType values).
constexpr TypeRow kTypes[] = {
    {NerSource::kGmb, "per", 1},          {NerSource::kGmb, "org", 2},
    {NerSource::kGmb, "geo", 3},          {NerSource::kGmb, "gpe", 4},
    {NerSource::kGmb, "art", 4},          {NerSource::kGmb, "eve", 4},
    {NerSource::kGmb, "nat", 4},          {NerSource::kGmb, "tim", 0},
    {NerSource::kGum, "person", 1},       {NerSource::kGum, "organization", 2},
    {NerSource::kGum, "place", 3},        {NerSource::kGum, "event", 4},
    {NerSource::kGum, "object", 4},       {NerSource::kGum, "abstract", 4},
    {NerSource::kGum, "people", 4},  // gum.cc: a person mention headed by a plural proper noun
    {NerSource::kUner, "PER", 1},         {NerSource::kUner, "ORG", 2},
    {NerSource::kUner, "LOC", 3},
};

uint8_t GazClassesOf(const Gazetteer& gaz, const std::vector<std::string>& words, uint32_t b, uint32_t e) {
  std::vector<std::string> low(e - b);
  std::vector<std::string_view> lv(e - b);
  for (uint32_t k = b; k < e; ++k) {
    LowerWord(words[k], &low[k - b]);
    lv[k - b] = low[k - b];
  }
  return gaz.Find(lv);
}

bool IsPossessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99"; }

}  // namespace

int MapCorpusType(NerSource source, std::string_view type) {
  for (const TypeRow& r : kTypes)
    if (r.source == source && r.theirs == type) return r.ours;
  return 0;
}

std::vector<uint8_t> ApplyConventions(NerSource source, const std::vector<std::string>& words,
                                      const std::vector<RawSpan>& spans, const Gazetteer& gaz) {
  const size_t n = words.size();
  std::vector<uint8_t> labels(n, kO);
  std::vector<std::string_view> views(words.begin(), words.end());
  auto is_mod = [&](std::string_view w) {
    SmallLower low(w);
    std::string_view v = low.view;
    return (gaz.Find(std::span<const std::string_view>(&v, 1)) & (kGazDemonym | kGazCountry)) != 0;
  };
  for (const RawSpan& raw : spans) {
    int type = MapCorpusType(source, raw.type);
    uint32_t b = raw.begin, e = std::min<uint32_t>(raw.end, static_cast<uint32_t>(n));
    if (type == 0 || b >= e) continue;
    // 1. possessive ending and leading "the" are not part of the name.
    while (e > b && IsPossessive(words[e - 1])) --e;
    while (b < e && (words[b] == "the" || words[b] == "The") && e - b > 1) ++b;
    if (b >= e) continue;
    // 2. metonymy: a place name keeps its place type.
    if (type == 2) {
      const uint8_t cls = GazClassesOf(gaz, words, b, e);
      if ((cls & (kGazCountry | kGazRegion | kGazCity)) && !(cls & kGazOrg)) type = 3;
    }
    // 3. titles leave person spans.
    if (type == 1) {
      b += static_cast<uint32_t>(LeadingTitleLength(std::span<const std::string_view>(views).subspan(b, e - b), is_mod));
      bool all_title = true;
      for (uint32_t k = b; k < e; ++k) all_title = all_title && IsTitleWord(words[k]);
      if (all_title) continue;
    }
    bool free = true;
    for (uint32_t k = b; k < e; ++k) free = free && labels[k] == kO;
    if (!free) continue;
    labels[b] = static_cast<uint8_t>(2 * type - 1);
    for (uint32_t k = b + 1; k < e; ++k) labels[k] = static_cast<uint8_t>(2 * type);
  }
  // 4. nationality words outside names are OTH where the corpus would have
  // annotated them (GMB's gpe; GUM does not mark them at all).
  if (source != NerSource::kUner) {
    for (size_t k = 0; k < n; ++k) {
      if (labels[k] != kO || !StartsUpper(words[k])) continue;
      SmallLower low(words[k]);
      std::string_view v = low.view;
      if (gaz.Find(std::span<const std::string_view>(&v, 1)) & kGazDemonym) labels[k] = kBOth;
    }
  }
  return labels;
}

}  // namespace crosscheck
