// Incremental story update (see service.h for the contract).
//
// Membership: the fusion module's StoryClusterer (src/fuse/stories.h) is the
// incremental form of the batch clustering Fuse() runs: each new document
// joins the most similar story or starts one, with TF-IDF weights learned as
// documents arrive. The service keeps one clusterer in memory; at the first
// ingest after start it replays every stored document in arrival order
// (features come from the stored text, entity names and date: no
// re-analysis), which gives back the stored labels because the clusterer is
// deterministic.
//
// Ledger: for the story the new document joined, the analyses of its most
// recent `max_fuse_docs` documents (from the cache, else re-analysed from
// the stored text) go through the same steps as Fuse() for one story: copy
// detection (content hash + FindCopies), BuildLedger, BuildTimeline, and
// StoryToJson. Only that story is rewritten, in one transaction.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "export/headline.h"
#include "fuse/copies.h"
#include "fuse/fuse.h"
#include "fuse/ledger.h"
#include "fuse/stories.h"
#include "fuse/timeline.h"
#include "serve/service.h"

namespace crosscheck::serve {

namespace {

bool Capitalised(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
         std::any_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

StoryFeatures FeaturesOf(const Document& d, const std::vector<std::string>& names) {
  std::optional<int> day;
  if (d.date) day = DayFromIsoDate(*d.date);
  std::string_view text(d.text);
  return ExtractStoryFeatures(text.substr(std::min<size_t>(d.body_start, text.size())), names, day);
}

std::vector<std::string> NamesOf(const std::vector<Entity>& entities) {
  std::vector<std::string> names;
  for (const Entity& e : entities)
    if (e.type != EntityType::kOther && !e.name.empty()) names.push_back(e.name);
  return names;
}

}  // namespace

std::string FallbackTitle(const DocAnalysis& a) {
  if (a.doc.title && !a.doc.title->empty()) return *a.doc.title;
  for (const Sentence& s : a.seg.sentences) {
    if (s.span.end > a.doc.text.size() || s.span.start < a.doc.body_start) continue;
    std::string t(s.span.Of(a.doc.text));
    if (t.size() > 140) {
      size_t cut = t.rfind(' ', 140);
      t = t.substr(0, cut == std::string::npos ? 140 : cut) + "…";
    }
    return t;
  }
  return a.doc.id;
}

std::vector<std::string> KeyTerms(const DocAnalysis& a, size_t max) {
  const std::string& text = a.doc.text;
  std::map<std::string, int> counts;
  for (const Sentence& s : a.seg.sentences) {
    for (uint32_t t = s.token_begin + 1; t < s.token_end && t < a.seg.tokens.size(); ++t) {
      const Token& tok = a.seg.tokens[t];
      if (tok.kind != TokenKind::kWord || tok.span.end > text.size()) continue;
      std::string_view w = tok.span.Of(text);
      if (w.size() < 4 || !Capitalised(w)) continue;
      // A capitalised word right after an opening quote starts a sentence too.
      if (a.seg.tokens[t - 1].kind == TokenKind::kPunct) continue;
      ++counts[std::string(w)];
    }
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (auto& [w, n] : counts) ranked.emplace_back(-n, w);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (auto& [n, w] : ranked) {
    if (out.size() >= max) break;
    out.push_back(w);
  }
  if (out.size() < max && a.doc.title) {
    std::string word;
    auto flush = [&] {
      if (word.size() >= 6 && out.size() < max && std::find(out.begin(), out.end(), word) == out.end())
        out.push_back(word);
      word.clear();
    };
    for (char c : *a.doc.title) {
      if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) word += c;
      else flush();
    }
    flush();
  }
  return out;
}

Result<Service::Cached> Service::Load(const std::string& id) {
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
  }
  auto stored = store_->GetDocument(id);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) return Error{"document " + id + " is not in the store"};
  auto a = std::make_shared<DocAnalysis>();
  a->doc = std::move((*stored)->doc);
  a->doc.raw = a->doc.text;
  pipeline_->AnalyzeDocument(a.get());
  Cached c{std::move(a), (*stored)->seq};
  Remember(id, c);
  return c;
}

void Service::Remember(const std::string& id, Cached c) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  if (cache_.emplace(id, std::move(c)).second) cache_order_.push_back(id);
  while (cache_.size() > options_.cache_docs && !cache_order_.empty()) {
    cache_.erase(cache_order_.front());
    cache_order_.pop_front();
  }
}

// Replays the stored documents (oldest first) into the clusterer, except
// `skip` (the document being ingested). REQUIRES: fuse_mu_ held.
Status Service::WarmUpLocked(const std::string& skip) {
  if (clusterer_) return Status::Ok();
  clusterer_ = std::make_unique<StoryClusterer>();
  label_story_.clear();
  auto counts = store_->Counts();
  if (!counts.ok()) return counts.error();
  std::vector<StoredDocument> all;
  constexpr int kPage = 500;
  for (int64_t offset = 0; offset < counts->documents; offset += kPage) {
    auto page = store_->ListDocuments(kPage, static_cast<int>(offset));
    if (!page.ok()) return page.error();
    if (page->empty()) break;
    for (StoredDocument& d : *page) all.push_back(std::move(d));
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
  for (const StoredDocument& s : all) {
    if (s.doc.id == skip || !s.records.value("analysed", false) || s.stories.empty()) continue;
    std::vector<std::string> names;
    if (s.records.contains("entities"))
      for (const Json& e : s.records["entities"])
        if (e.value("type", "other") != "other" && e.contains("name") && e["name"].is_string() &&
            !e["name"].get<std::string>().empty())
          names.push_back(e["name"].get<std::string>());
    int label = clusterer_->Add(FeaturesOf(s.doc, names));
    if (label >= static_cast<int>(label_story_.size())) label_story_.resize(label + 1);
    if (label_story_[label].empty()) label_story_[label] = s.stories.front();
  }
  return Status::Ok();
}

Result<std::vector<std::string>> Service::UpdateStories(const DocAnalysis& a) {
  if (!a.analysed) return std::vector<std::string>();  // not English: listed, not fused
  std::lock_guard<std::mutex> lock(fuse_mu_);
  if (Status s = WarmUpLocked(a.doc.id); !s.ok()) return s.error();
  int label = clusterer_->Add(FeaturesOf(a.doc, NamesOf(a.entities)));
  if (label >= static_cast<int>(label_story_.size())) label_story_.resize(label + 1);
  std::string story_id = label_story_[label];
  std::vector<std::string> members;
  if (story_id.empty()) {
    story_id = "s" + a.doc.id;
    label_story_[label] = story_id;
  } else {
    auto story = store_->GetStory(story_id);
    if (!story.ok()) return story.error();
    if (story->has_value()) members = (*story)->doc_ids;
  }
  if (std::find(members.begin(), members.end(), a.doc.id) == members.end()) members.push_back(a.doc.id);

  // The window of documents the ledger is built from: the most recent ones.
  const size_t window = static_cast<size_t>(std::max(1, options_.max_fuse_docs));
  size_t first = members.size() > window ? members.size() - window : 0;
  std::vector<std::pair<int64_t, std::shared_ptr<const DocAnalysis>>> loaded;
  for (size_t i = first; i < members.size(); ++i) {
    auto c = Load(members[i]);
    if (!c.ok()) continue;  // a member that vanished is left out
    loaded.emplace_back(c->seq, c->analysis);
  }
  std::sort(loaded.begin(), loaded.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<DocAnalysis> analyses;
  analyses.reserve(loaded.size());
  for (auto& [seq, p] : loaded) analyses.push_back(*p);

  std::vector<std::string_view> texts;
  for (const DocAnalysis& d : analyses)
    texts.push_back(std::string_view(d.doc.text).substr(std::min<size_t>(d.doc.body_start, d.doc.text.size())));
  std::vector<int> copy_of = FindCopies(texts);
  std::unordered_map<std::string, int> by_hash;
  for (size_t i = 0; i < analyses.size(); ++i) {
    auto [it, inserted] = by_hash.emplace(analyses[i].doc.content_hash, static_cast<int>(i));
    if (!inserted) copy_of[i] = it->second;
  }
  Story story;
  story.id = story_id;
  for (size_t i = 0; i < analyses.size(); ++i)
    if (analyses[i].analysed) story.docs.push_back(static_cast<int>(i));
  story.ledger = BuildLedger(analyses, story.docs, copy_of);
  story.timeline = BuildTimeline(analyses, story.docs);
  for (int d : story.docs)
    if (analyses[d].doc.title && !analyses[d].doc.title->empty()) {
      story.title = *analyses[d].doc.title;
      break;
    }

  StoryRecord record;
  record.id = story_id;
  record.title = story.title.empty() && !story.docs.empty() ? FallbackTitle(analyses[story.docs.front()])
                                                            : story.title;
  record.title = exporting::StoryHeadline(exporting::FactsFromAnalyses(analyses, copy_of, story), record.title);
  record.doc_ids = members;  // older members outside the window stay
  record.json = StoryToJson(analyses, story);
  Json all = Json::array();
  for (const std::string& d : members) all.push_back(d);
  record.json["documents"] = all;
  for (const LedgerEntry& e : story.ledger) record.disagreements += e.agreement == "disagree";
  if (Status s = store_->ReplaceStories({story_id}, {record}); !s.ok()) return s.error();
  for (size_t i = 0; i < analyses.size(); ++i) {
    if (analyses[i].doc.id != a.doc.id || copy_of[i] < 0) continue;
    if (Status s = store_->SetCopyOf(a.doc.id, analyses[copy_of[i]].doc.id); !s.ok()) return s.error();
  }
  return std::vector<std::string>{story_id};
}

}  // namespace crosscheck::serve
