// Reading the story background model (format in docs/STORIES.md):
//
//   # comment lines
//   documents<TAB>N
//   e<TAB>name<TAB>df        entity feature and its document frequency
//   t<TAB>stem<TAB>df        term feature
//   r<TAB>e:name=count<TAB>t:stem=count ...   one reference document per line
//
// Keys never hold a tab or '=' (ExtractStoryFeatures keeps letters, digits,
// apostrophes, hyphens and single spaces).
#include "fuse/background.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <mutex>
#include <sstream>

#include "core/data_dir.h"

namespace crosscheck {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size() && *out >= 0;
}

struct DefaultModel {
  std::shared_ptr<const StoryBackground> model;
  std::string error;
};

const DefaultModel& LoadDefault() {
  static const DefaultModel* kModel = [] {
    auto* d = new DefaultModel;
    auto loaded = StoryBackground::Load(DataPath("data/story/background.tsv"));
    if (loaded.ok()) {
      d->model = std::make_shared<const StoryBackground>(std::move(*loaded));
    } else {
      d->error = loaded.error().message;
    }
    return d;
  }();
  return *kModel;
}

}  // namespace

Result<StoryBackground> StoryBackground::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open"};
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<StoryBackground> StoryBackground::Parse(std::string_view text, const std::string& name) {
  StoryBackground b;
  size_t pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& why) { return Error{name + ":" + std::to_string(line_no) + ": " + why}; };
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f[0] == "documents") {
      if (f.size() != 2 || !ParseInt(f[1], &b.documents_)) return bad("expected documents<TAB>N");
    } else if (f[0] == "e" || f[0] == "t") {
      int df = 0;
      if (f.size() != 3 || f[1].empty() || !ParseInt(f[2], &df)) return bad("expected e|t<TAB>key<TAB>df");
      b.df_[f[0] == "e" ? kEntity : kTerm].emplace(std::string(f[1]), df);
    } else if (f[0] == "r") {
      std::vector<Feature> doc;
      for (size_t i = 1; i < f.size(); ++i) {
        const std::string_view item = f[i];
        const size_t eq = item.rfind('=');
        Feature feature;
        if (item.size() < 3 || item[1] != ':' || (item[0] != 'e' && item[0] != 't') || eq == std::string_view::npos ||
            eq <= 2 || !ParseInt(item.substr(eq + 1), &feature.count) || feature.count == 0) {
          return bad("expected e:key=count or t:key=count, got \"" + std::string(item.substr(0, 40)) + "\"");
        }
        feature.kind = item[0] == 'e' ? kEntity : kTerm;
        feature.key = std::string(item.substr(2, eq - 2));
        doc.push_back(std::move(feature));
      }
      b.references_.push_back(std::move(doc));
    } else {
      return bad("unknown row kind \"" + std::string(f[0].substr(0, 20)) + "\"");
    }
  }
  if (b.documents_ <= 0) return Error{name + ": no documents<TAB>N row"};
  b.Freeze();
  return b;
}

void StoryBackground::Freeze() {
  ref_ids_.clear();
  ref_log_counts_.clear();
  for (const std::vector<Feature>& doc : references_) {
    std::vector<std::pair<int, int>> ids;
    ids.reserve(doc.size());
    for (const Feature& f : doc) {
      auto [it, inserted] = ref_vocab_[f.kind].emplace(f.key, static_cast<int>(ref_kind_.size()));
      if (inserted) {
        ref_kind_.push_back(f.kind);
        ref_df_.push_back(DocumentFrequency(f.kind, f.key));
      }
      ids.emplace_back(it->second, f.count);
    }
    std::sort(ids.begin(), ids.end());
    std::vector<double> log_counts;
    log_counts.reserve(ids.size());
    for (const auto& [id, count] : ids) log_counts.push_back(1 + std::log(static_cast<double>(count)));
    ref_log_counts_.push_back(std::move(log_counts));
    ref_ids_.push_back(std::move(ids));
  }
  // Counting sort of the (reference, count) entries by feature id.
  posting_start_.assign(ref_kind_.size() + 1, 0);
  for (const auto& ids : ref_ids_)
    for (const auto& [id, count] : ids) ++posting_start_[id + 1];
  for (size_t i = 1; i < posting_start_.size(); ++i) posting_start_[i] += posting_start_[i - 1];
  postings_.assign(posting_start_.back(), Posting{});
  std::vector<uint32_t> next(posting_start_.begin(), posting_start_.end() - 1);
  ref_slots_.assign(ref_ids_.size(), {});
  for (size_t r = 0; r < ref_ids_.size(); ++r) {
    for (const auto& [id, count] : ref_ids_[r]) {
      const uint32_t slot = next[id]++;
      postings_[slot] = Posting{static_cast<int>(r), count};
      ref_slots_[r].push_back(slot);
    }
  }
}

int StoryBackground::ReferenceFeatureId(int kind, std::string_view key) const {
  const auto& map = ref_vocab_[kind == kEntity ? kEntity : kTerm];
  auto it = map.find(key);
  return it == map.end() ? -1 : it->second;
}

std::shared_ptr<const StoryBackground::ReferenceWeighing> StoryBackground::FindWeighing(
    const std::vector<int64_t>& key, size_t hash) const {
  Weighings& w = *weighings_.w;
  std::lock_guard<std::mutex> lock(w.mu);
  for (size_t i = w.kept.size(); i-- > 0;) {
    if (w.kept[i]->hash != hash || w.kept[i]->key != key) continue;
    std::rotate(w.kept.begin() + i, w.kept.begin() + i + 1, w.kept.end());  // now the most recent
    return w.kept.back();
  }
  return nullptr;
}

std::shared_ptr<StoryBackground::ReferenceWeighing> StoryBackground::NewWeighing() const {
  Weighings& w = *weighings_.w;
  {
    std::lock_guard<std::mutex> lock(w.mu);
    if (w.spare) return std::move(w.spare);
  }
  return std::make_shared<ReferenceWeighing>();
}

std::shared_ptr<const StoryBackground::ReferenceWeighing> StoryBackground::KeepWeighing(
    std::shared_ptr<ReferenceWeighing> made) const {
  Weighings& w = *weighings_.w;
  std::lock_guard<std::mutex> lock(w.mu);
  for (const auto& k : w.kept)
    if (k->hash == made->hash && k->key == made->key) return k;  // another clusterer kept it first
  if (w.kept.size() >= kWeighings) {
    // Drop the least recently used. Its storage is reused when no
    // clusterer holds it (only the cache does, and the lock keeps anyone
    // from taking it now).
    if (w.kept.front().use_count() == 1) w.spare = std::move(w.kept.front());
    w.kept.erase(w.kept.begin());
  }
  w.kept.push_back(std::move(made));
  return w.kept.back();
}

std::shared_ptr<const StoryBackground> StoryBackground::Default() { return LoadDefault().model; }
const std::string& StoryBackground::DefaultError() { return LoadDefault().error; }

int StoryBackground::DocumentFrequency(int kind, std::string_view key) const {
  const auto& map = df_[kind == kEntity ? kEntity : kTerm];
  auto it = map.find(key);
  return it == map.end() ? 0 : it->second;
}

}  // namespace crosscheck
