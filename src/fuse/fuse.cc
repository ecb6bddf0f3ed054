// Fuse: the cross-document stage, in four steps.
//  1. Copies: exact copies share a content hash; near copies (light edits,
//     new headline, trimmed tail) are found by FindCopies (bottom-k MinHash
//     sketches with an LSH index, copies.h). copy_of always names an
//     earlier document, so a wire story's first appearance is the original.
//  2. Stories: analysed documents are clustered by shared names, key terms
//     and date proximity (stories.h). Copies join their original's story.
//  3. Per story, the ledger aligns claims about one measure across sources
//     (ledger.h), counting a copy as its original's voice, and the timeline
//     lists dated sentences (timeline.h).
//  4. A story's id is "s" + the id of its first document (stable as long as
//     that document stays first); its title is its headline (key entity,
//     place, dominant events: headline.h), else its first document's title,
//     else the names its documents share most.
#include "fuse/fuse.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "fuse/copies.h"
#include "fuse/headline.h"
#include "fuse/ledger.h"
#include "fuse/stories.h"
#include "fuse/timeline.h"

namespace crosscheck {

namespace {

std::string StoryTitle(const std::vector<DocAnalysis>& analyses, const std::vector<int>& docs) {
  for (int d : docs)
    if (analyses[d].doc.title && !analyses[d].doc.title->empty()) return *analyses[d].doc.title;
  // Names that the most documents share, then the most mentioned.
  std::map<std::string, int> df, mentions;
  for (int d : docs) {
    std::map<std::string, bool> seen;
    for (const Entity& e : analyses[d].entities) {
      if (e.type == EntityType::kOther || e.name.empty()) continue;
      seen[e.name] = true;
      ++mentions[e.name];
    }
    for (const auto& [name, unused] : seen) ++df[name];
  }
  std::vector<std::pair<std::pair<int, int>, std::string>> ranked;
  for (const auto& [name, n] : df) ranked.push_back({{-n, -mentions[name]}, name});
  std::sort(ranked.begin(), ranked.end());
  std::string title;
  for (size_t i = 0; i < ranked.size() && i < 3; ++i) title += (i ? " · " : "") + ranked[i].second;
  if (!title.empty()) return title;
  const DocAnalysis& a = analyses[docs.front()];
  if (a.seg.sentences.empty()) return "";
  std::string first(a.seg.sentences.front().span.Of(a.doc.text));
  if (first.size() <= 90) return first;
  size_t cut = 87;
  while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
  return first.substr(0, cut) + "…";
}

}  // namespace

namespace {

std::string_view BodyText(const DocAnalysis& a) {
  return std::string_view(a.doc.text).substr(std::min<size_t>(a.doc.body_start, a.doc.text.size()));
}

}  // namespace

StoryFeatures MakeStoryFeatures(const DocAnalysis& a, bool counted) {
  std::vector<std::string> names;
  for (const Entity& e : a.entities)
    if (e.type != EntityType::kOther && !e.name.empty()) names.push_back(e.name);
  std::optional<int> day;
  if (a.doc.date) day = DayFromIsoDate(*a.doc.date);
  return ExtractStoryFeatures(BodyText(a), names, day, counted);
}

ShingleSketch CopySketch(const Document& doc) {
  CopyOptions copy;
  return Sketch(std::string_view(doc.text).substr(std::min<size_t>(doc.body_start, doc.text.size())),
                SketchOptions{.shingle = copy.shingle, .sketch_size = copy.sketch_size});
}

GroupingInput MakeGroupingInput(const DocAnalysis& a, bool with_features) {
  GroupingInput g;
  g.content_hash = a.doc.content_hash;
  g.analysed = a.analysed;
  g.sketch = CopySketch(a.doc);
  if (a.analysed && with_features) g.features = MakeStoryFeatures(a);
  return g;
}

Grouping GroupDocuments(const std::vector<const GroupingInput*>& docs) {
  // Features where they are (a copy held every occurrence of every feature
  // twice: a tenth of a long document's peak).
  return GroupDocuments(
      docs,
      [&docs](const std::vector<int>& batch) {
        std::vector<const StoryFeatures*> f;
        for (int i : batch) f.push_back(&docs[i]->features);
        return f;
      },
      docs.size());
}

GroupingBuilder::GroupingBuilder(size_t lines)
    // The index's line counter is sized to the lines it will count
    // (BatchCopyOptions), not the 8 MB default: the server regroups after
    // every ingest and fuzzers group a few documents per input.
    : index_(BatchCopyOptions(CopyOptions{}, lines)) {}

void GroupingBuilder::AddSketch(ShingleSketch sketch) { index_.AddSketch(std::move(sketch)); }

int GroupingBuilder::Copy(std::string_view content_hash, bool analysed) {
  // 1. Copies: the index's verdict, unless an earlier document has the same
  // content hash (an exact copy is filed under the first).
  const size_t i = copy_of_.size();
  int copy = index_.copy_of().at(i);
  auto [it, inserted] = first_.emplace(std::string(content_hash), static_cast<int>(i));
  if (!inserted) copy = it->second;
  copy_of_.push_back(copy);
  analysed_.push_back(analysed);
  // 2. Stories over the analysed originals; copies follow their original.
  needs_features_ = analysed && copy < 0;
  if (needs_features_) originals_.push_back(static_cast<int>(i));
  return copy;
}

void GroupingBuilder::Cluster(const StoryFeatures& features) { clusterer_.Add(features); }

namespace {

// The stories of a grouping: each analysed original's story label, copies
// following their original's.
void StoriesOf(const std::vector<int>& copy_of, const std::vector<char>& analysed, const std::vector<int>& originals,
               const std::vector<int>& labels, Grouping* g) {
  const size_t n = copy_of.size();
  std::vector<int> story_of(n, -1);
  int stories = 0;
  for (size_t k = 0; k < originals.size() && k < labels.size(); ++k) {
    story_of[originals[k]] = labels[k];
    stories = std::max(stories, labels[k] + 1);
  }
  for (size_t i = 0; i < n; ++i) {
    int root = copy_of[i];
    while (root >= 0 && copy_of[root] >= 0) root = copy_of[root];
    if (root >= 0 && analysed[i]) story_of[i] = story_of[root];
  }
  g->stories.resize(stories);
  for (size_t i = 0; i < n; ++i)
    if (story_of[i] >= 0) g->stories[story_of[i]].push_back(static_cast<int>(i));
}

}  // namespace

Grouping GroupingBuilder::Finish() {
  Grouping g;
  g.copy_of = std::move(copy_of_);
  g.copy_index_bytes = index_.MemoryBytes();
  StoriesOf(g.copy_of, analysed_, originals_, clusterer_.labels(), &g);
  return g;
}

Grouping GroupingBuilder::Snapshot() const {
  Grouping g;
  g.copy_of = copy_of_;
  g.copy_index_bytes = index_.MemoryBytes();
  StoriesOf(g.copy_of, analysed_, originals_, clusterer_.labels(), &g);
  return g;
}

size_t GroupingBuilder::CounterColumnsFor(size_t lines) {
  return CounterColumns(BatchCopyOptions(CopyOptions{}, lines));
}

Grouping GroupDocuments(const std::vector<const GroupingInput*>& docs, const StoryFeatureBatch& features,
                        size_t batch_size) {
  size_t lines = 0;
  for (const GroupingInput* d : docs) lines += d->sketch.line_hashes.size();
  GroupingBuilder b(lines);
  for (const GroupingInput* d : docs) b.AddSketch(d->sketch);
  std::vector<int> originals;
  for (size_t i = 0; i < docs.size(); ++i) {
    b.Copy(docs[i]->content_hash, docs[i]->analysed);
    if (b.NeedsFeatures()) originals.push_back(static_cast<int>(i));
  }
  // The clusterer takes the originals' features a batch at a time, in
  // input order, as ClusterStories would.
  batch_size = std::max<size_t>(batch_size, 1);
  for (size_t k = 0; k < originals.size(); k += batch_size) {
    const std::vector<int> batch(originals.begin() + k, originals.begin() + std::min(k + batch_size, originals.size()));
    for (const StoryFeatures* f : features(batch)) b.Cluster(*f);
  }
  return b.Finish();
}

Story BuildStory(const std::vector<DocAnalysis>& analyses, const std::vector<int>& docs,
                 const std::vector<int>& copy_of) {
  Story s;
  s.docs = docs;
  s.id = "s" + analyses[s.docs.front()].doc.id;
  s.title = StoryHeadline(FactsFromAnalyses(analyses, s.docs, copy_of), StoryTitle(analyses, s.docs));
  s.ledger = BuildLedger(analyses, s.docs, copy_of);
  s.timeline = BuildTimeline(analyses, s.docs);
  return s;
}

FuseResult Fuse(const std::vector<DocAnalysis>& analyses) {
  std::vector<GroupingInput> inputs;
  inputs.reserve(analyses.size());
  for (const DocAnalysis& a : analyses) inputs.push_back(MakeGroupingInput(a));
  std::vector<const GroupingInput*> ptrs;
  for (const GroupingInput& g : inputs) ptrs.push_back(&g);
  Grouping g = GroupDocuments(ptrs);
  FuseResult r;
  r.copy_of = std::move(g.copy_of);
  r.stats.groupings = 1;
  for (const std::vector<int>& docs : g.stories) r.stories.push_back(BuildStory(analyses, docs, r.copy_of));
  return r;
}

Json StoryToJson(const std::vector<DocAnalysis>& analyses, const Story& s, bool with_claim_ids) {
  Json j;
  j["id"] = s.id;
  j["title"] = s.title;
  Json docs = Json::array();
  for (int d : s.docs) docs.push_back(analyses[d].doc.id);
  j["documents"] = std::move(docs);
  Json ledger = Json::array();
  for (const LedgerEntry& e : s.ledger) {
    Json le;
    le["measure"] = e.measure;
    Json cl = Json::array();
    if (with_claim_ids)
      for (const ClaimRef& c : e.claims) cl.push_back(RecordId('c', analyses[c.doc].doc.id, c.claim));
    le["claims"] = std::move(cl);
    Json rs = Json::array();
    if (with_claim_ids)
      for (const ClaimRef& c : e.restatements) rs.push_back(RecordId('c', analyses[c.doc].doc.id, c.claim));
    le["restatements"] = std::move(rs);
    le["unit"] = e.unit;
    le["low"] = JsonNumber(e.low);
    le["high"] = JsonNumber(e.high);
    le["consensus"] = e.consensus ? Json::array({JsonNumber(e.consensus->first), JsonNumber(e.consensus->second)})
                                  : Json(nullptr);
    le["conservative"] = JsonNumber(e.conservative);
    le["agreement"] = e.agreement;
    le["evolving"] = e.evolving;
    le["why"] = e.why;
    ledger.push_back(std::move(le));
  }
  j["ledger"] = std::move(ledger);
  Json tl = Json::array();
  for (const TimelineItem& t : s.timeline) {
    const DocAnalysis& a = analyses[t.doc];
    tl.push_back(Json{{"date", t.date}, {"text", std::string(t.span.Of(a.doc.text))}, {"doc", a.doc.id},
                      {"start", t.span.start}, {"end", t.span.end}});
  }
  j["timeline"] = std::move(tl);
  return j;
}

}  // namespace crosscheck
