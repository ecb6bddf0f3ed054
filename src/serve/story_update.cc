// Incremental story update (see service.h for the contract).
//
// For one newly stored document D:
//  1. names = D's named entities (people, organisations, places,
//     facilities); terms = KeyTerms(D).
//  2. related = stored documents sharing a name or matching a term (the
//     FTS5 index ranks term matches by BM25); candidates = their stories.
//  3. members = the candidates' documents plus D, oldest first. When there
//     are more than max_fuse_docs, the candidates that most related documents
//     point to come first, and a story too large to fit takes part with its
//     most recent documents only.
//  4. Fuse(members) decides: D may join one candidate, merge several, or
//     start a story alone. Its stories replace the candidates in one
//     transaction; documents of a candidate left out of the window stay
//     members of the story that took most of that candidate's documents.
// Only the candidates' documents are touched, so the cost of an ingest
// depends on the size of its story, not of the store.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "fuse/fuse.h"
#include "serve/service.h"

namespace crosscheck::serve {

namespace {

bool Capitalised(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
         std::any_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
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
      const Token& prev = a.seg.tokens[t - 1];
      if (prev.kind == TokenKind::kPunct) continue;
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
      if (word.size() >= 6 && out.size() < max &&
          std::find(out.begin(), out.end(), word) == out.end())
        out.push_back(word);
      word.clear();
    };
    for (char c : *a.doc.title) {
      if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
        word += c;
      } else {
        flush();
      }
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

Result<std::vector<std::string>> Service::UpdateStories(const DocAnalysis& a) {
  if (!a.analysed) return std::vector<std::string>();  // not English: listed, not fused
  std::set<std::string> name_set;
  for (const Entity& e : a.entities)
    if (!e.name.empty() && e.type != EntityType::kOther) name_set.insert(e.name);
  std::vector<std::string> names(name_set.begin(), name_set.end());
  if (names.size() > 30) names.resize(30);
  std::vector<std::string> terms = KeyTerms(a, 8);

  std::lock_guard<std::mutex> lock(fuse_mu_);
  auto related = store_->RelatedDocuments(names, terms, a.doc.id, options_.related_docs);
  if (!related.ok()) return related.error();

  // Candidate stories, most pointed-to first.
  std::map<std::string, int> votes;
  for (const std::string& d : *related) {
    auto of = store_->StoriesOfDocuments({d});
    if (!of.ok()) return of.error();
    for (const std::string& s : *of) ++votes[s];
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (auto& [s, n] : votes) ranked.emplace_back(-n, s);
  std::sort(ranked.begin(), ranked.end());

  std::vector<std::string> candidates;
  std::vector<StoryRecord> candidate_records;
  std::set<std::string> member_ids;
  std::map<std::string, std::vector<std::string>> left_out;  // story -> docs outside the window
  const size_t budget = static_cast<size_t>(std::max(1, options_.max_fuse_docs - 1));
  for (auto& [n, sid] : ranked) {
    if (member_ids.size() >= budget) break;
    auto story = store_->GetStory(sid);
    if (!story.ok()) return story.error();
    if (!story->has_value()) continue;
    candidates.push_back(sid);
    const std::vector<std::string>& docs = (*story)->doc_ids;
    size_t room = budget - member_ids.size();
    size_t first = docs.size() > room ? docs.size() - room : 0;  // most recent docs
    for (size_t i = 0; i < docs.size(); ++i) {
      if (i < first) left_out[sid].push_back(docs[i]);
      else member_ids.insert(docs[i]);
    }
  }

  // The fusion input, oldest first.
  std::vector<std::pair<int64_t, std::shared_ptr<const DocAnalysis>>> members;
  for (const std::string& id : member_ids) {
    if (id == a.doc.id) continue;
    auto c = Load(id);
    if (!c.ok()) continue;  // a member that vanished is dropped from its story
    members.emplace_back(c->seq, c->analysis);
  }
  auto self = Load(a.doc.id);
  if (!self.ok()) return self.error();
  members.emplace_back(self->seq, self->analysis);
  std::sort(members.begin(), members.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<DocAnalysis> analyses;
  analyses.reserve(members.size());
  for (auto& [seq, p] : members) analyses.push_back(*p);
  FuseResult fused = Fuse(analyses);

  std::vector<StoryRecord> add;
  std::vector<std::string> mine;
  for (const Story& s : fused.stories) {
    StoryRecord r;
    r.id = s.id;
    r.title = s.title.empty() ? FallbackTitle(analyses[s.docs.empty() ? 0 : s.docs.front()]) : s.title;
    for (int d : s.docs) r.doc_ids.push_back(analyses[d].doc.id);
    r.json = StoryToJson(analyses, s);
    for (const LedgerEntry& e : s.ledger) r.disagreements += e.agreement == "disagree";
    add.push_back(std::move(r));
  }
  // Older members outside the window stay with the story that took most of
  // their story's documents.
  for (auto& [sid, docs] : left_out) {
    auto story = store_->GetStory(sid);
    if (!story.ok() || !story->has_value()) continue;
    std::set<std::string> old((*story)->doc_ids.begin(), (*story)->doc_ids.end());
    StoryRecord* best = nullptr;
    size_t best_n = 0;
    for (StoryRecord& r : add) {
      size_t n = std::count_if(r.doc_ids.begin(), r.doc_ids.end(),
                               [&](const std::string& d) { return old.count(d) > 0; });
      if (n > best_n) best = &r, best_n = n;
    }
    if (!best) continue;
    best->doc_ids.insert(best->doc_ids.begin(), docs.begin(), docs.end());
    Json all = Json::array();
    for (const std::string& d : best->doc_ids) all.push_back(d);
    best->json["documents"] = all;
  }
  for (const StoryRecord& r : add)
    if (std::find(r.doc_ids.begin(), r.doc_ids.end(), a.doc.id) != r.doc_ids.end())
      mine.push_back(r.id);
  if (Status s = store_->ReplaceStories(candidates, add); !s.ok()) return s.error();
  for (size_t i = 0; i < analyses.size(); ++i) {
    if (analyses[i].doc.id != a.doc.id) continue;
    int c = fused.copy_of[i];
    if (c >= 0) {
      if (Status s = store_->SetCopyOf(a.doc.id, analyses[c].doc.id); !s.ok()) return s.error();
    }
  }
  return mine;
}

}  // namespace crosscheck::serve
