// StoryFuser (see story_update.h for the round and why it equals the batch).
//
// Costs per round: grouping is linear in the documents the round takes when
// they come after every fused one (the kept GroupingBuilder takes only them;
// the snapshot of labels is O(documents) integers), else in the documents
// held (sketches into a fresh NearDuplicateIndex, then the clusterer over
// the originals' features, both from the mirror, no text); story dating touches only undated
// documents of stories that hold dated ones (memoised by document and
// years); ledgers are rebuilt only for stories whose fingerprint changed,
// one story at a time, so memory holds one story's analyses plus the cache.
//
// The fingerprint of a story is a hash of its id and, per member in order,
// its id, its original's id when it is a copy, and the date state its
// analysis was made with; plus the engine version. Two rounds that give a
// story the same fingerprint build the same JSON (BuildStory is a pure
// function of those analyses), so an unchanged story is never rewritten.
#include "serve/story_update.h"

#include <sys/resource.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <set>


namespace crosscheck::serve {

namespace {

std::string Hex128(const std::string& bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

void AppendField(std::string* out, const std::optional<std::string>& v) {
  if (v) {
    out->push_back('+');
    *out += *v;
  } else {
    out->push_back('-');
  }
  out->push_back('\x1f');
}

bool ByOrder(const FuseDoc& a, const FuseDoc& b) {
  return a.order_key != b.order_key ? a.order_key < b.order_key : a.id < b.id;
}

}  // namespace

std::string StoryFuser::DateState::Key() const {
  std::string k;
  AppendField(&k, date);
  AppendField(&k, origin);
  AppendField(&k, basis);
  return k;
}

StoryFuser::DateState StoryFuser::OwnState(const FuseDoc& d) {
  return DateState{d.own_date, d.own_date_origin, d.own_date_basis};
}

StoryFuser::DateState StoryFuser::StoryState(const std::string& date) {
  return DateState{date, std::string("inferred"), std::string("story")};
}

StoryFuser::StoryFuser(Store* store, const Pipeline* pipeline, FuserOptions options)
    : store_(store), pipeline_(pipeline), options_(options) {}

StoryFuser::AnalysisPtr StoryFuser::Cached(const std::string& key) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto it = cache_.find(key);
  if (it == cache_.end()) return nullptr;
  lru_.splice(lru_.begin(), lru_, it->second.second);
  return it->second.first;
}

void StoryFuser::Remember(const std::string& key, AnalysisPtr a) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto it = cache_.find(key);
  if (it != cache_.end()) {
    it->second.first = std::move(a);
    lru_.splice(lru_.begin(), lru_, it->second.second);
    return;
  }
  lru_.push_front(key);
  cache_.emplace(key, std::make_pair(std::move(a), lru_.begin()));
  while (cache_.size() > std::max<size_t>(1, options_.cache_docs)) {
    cache_.erase(lru_.back());
    lru_.pop_back();
  }
}

void StoryFuser::Offer(std::shared_ptr<const DocAnalysis> a) {
  if (!a) return;
  DateState s{a->doc.date, a->doc.date_origin, a->doc.date_basis};
  const std::string key = a->doc.id + '\x1e' + s.Key();
  Remember(key, std::move(a));
}

Result<std::vector<StoryFuser::AnalysisPtr>> StoryFuser::Analyses(
    const std::vector<std::pair<std::string, DateState>>& want, size_t* analysed) {
  std::vector<AnalysisPtr> out(want.size());
  std::vector<size_t> missing;
  for (size_t i = 0; i < want.size(); ++i) {
    out[i] = Cached(want[i].first + '\x1e' + want[i].second.Key());
    if (!out[i]) missing.push_back(i);
  }
  if (missing.empty()) return out;
  std::vector<std::string> ids;
  for (size_t i : missing) ids.push_back(want[i].first);
  auto stored = store_->GetDocuments(ids, /*with_content=*/true);
  if (!stored.ok()) return stored.error();
  std::unordered_map<std::string, const StoredDocument*> by_id;
  for (const StoredDocument& s : *stored) by_id[s.doc.id] = &s;
  std::vector<DocAnalysis> work(missing.size());
  for (size_t k = 0; k < missing.size(); ++k) {
    const auto& [id, state] = want[missing[k]];
    auto it = by_id.find(id);
    if (it == by_id.end()) return Error{"document " + id + " is not in the store"};
    Document d = it->second->doc;
    d.raw = d.text;  // as the reader had it for plain text; nothing downstream reads raw
    d.copy_of.reset();
    d.date = state.date;
    d.date_origin = state.origin;
    d.date_basis = state.basis;
    work[k].doc = std::move(d);
  }
  pipeline_->AnalyzeAll(&work, std::max(1, options_.analysis_threads));
  for (size_t k = 0; k < missing.size(); ++k) {
    const size_t i = missing[k];
    // AnalyzeDocument infers a date from the text when none is set: the
    // document's own state says which it was; keep the analysis under the
    // state it was asked for.
    auto a = std::make_shared<const DocAnalysis>(std::move(work[k]));
    Remember(want[i].first + '\x1e' + want[i].second.Key(), a);
    out[i] = std::move(a);
  }
  if (analysed) *analysed += missing.size();
  return out;
}

Result<StoryFuser::AnalysisPtr> StoryFuser::Redated(const FuseDoc& d, const DateState& story, size_t* analysed,
                                                    size_t* redone) {
  const std::string key = d.id + '\x1e' + story.Key();
  if (AnalysisPtr a = Cached(key)) return a;
  auto own = Analyses({{d.id, OwnState(d)}}, analysed);
  if (!own.ok()) return own.error();
  DocAnalysis a = *(*own)[0];
  a.doc.date = story.date;
  a.doc.date_origin = story.origin;
  a.doc.date_basis = story.basis;
  pipeline_->RedateDocument(&a);
  if (analysed) ++*analysed;
  if (redone) ++*redone;
  auto p = std::make_shared<const DocAnalysis>(std::move(a));
  Remember(key, p);
  return p;
}

Grouping StoryFuser::Group(const std::vector<FuseDoc>& all, size_t fresh, bool appended, bool* regrouped) {
  size_t lines = 0;
  for (size_t i = all.size() - fresh; i < all.size(); ++i) lines += all[i].input.sketch.line_hashes.size();
  const size_t before = all.size() - fresh;
  const bool keep = builder_ && appended && builder_->size() == before &&
                    GroupingBuilder::CounterColumnsFor(builder_lines_ + lines) == builder_->counter_columns();
  size_t from = before;
  if (!keep) {
    lines = 0;
    for (const FuseDoc& d : all) lines += d.input.sketch.line_hashes.size();
    builder_ = std::make_unique<GroupingBuilder>(lines);
    builder_lines_ = 0;
    from = 0;
  }
  *regrouped = !keep;
  for (size_t i = from; i < all.size(); ++i) {
    const GroupingInput& in = all[i].input;
    builder_lines_ += in.sketch.line_hashes.size();
    builder_->AddSketch(in.sketch);
    builder_->Copy(in.content_hash, in.analysed);
    if (builder_->NeedsFeatures()) builder_->Cluster(in.features);
  }
  return builder_->Snapshot();
}

Status StoryFuser::Resync() {
  for (int attempt = 0; attempt < 20; ++attempt) {
    auto before = store_->FuseEpoch();
    if (!before.ok()) return before.error();
    auto docs = store_->LoadFuseDocs(/*pending=*/false, 0);
    if (!docs.ok()) return docs.error();
    auto state = store_->LoadFuseState();
    if (!state.ok()) return state.error();
    if (state->epoch != *before) continue;  // a round committed meanwhile: load again
    docs_ = std::move(docs.value());
    std::sort(docs_.begin(), docs_.end(), ByOrder);
    state_ = std::move(state.value());
    epoch_ = state_.epoch;
    story_date_memo_.clear();
    builder_.reset();
    return Status::Ok();
  }
  return Error{"fusion state kept changing while being loaded"};
}

Result<RoundStats> StoryFuser::RunRound() {
  const auto started = std::chrono::steady_clock::now();
  RoundStats st;
  auto epoch = store_->FuseEpoch();
  if (!epoch.ok()) return epoch.error();
  // Pending documents first (a partial index: < 1 ms): with none, the
  // mirror is not needed. A server opening a fused store used to reload
  // every document's input here on its first poll (50,000 at the scale
  // test: CPU taken from the first page loads) and found nothing to do.
  auto pending = store_->LoadFuseDocs(/*pending=*/true, options_.round_limit);
  if (!pending.ok()) return pending.error();
  if (pending->empty()) return st;
  if (*epoch != epoch_) {
    if (Status s = Resync(); !s.ok()) {
      epoch_ = -1;
      return s.error();
    }
    st.resynced = true;
    // A round elsewhere may have taken some of them meanwhile.
    if (epoch_ != *epoch) {
      pending = store_->LoadFuseDocs(/*pending=*/true, options_.round_limit);
      if (!pending.ok()) return pending.error();
      if (pending->empty()) return st;
    }
  }

  FuseCommit commit;
  commit.expected_epoch = epoch_;
  // Documents stored before schema 2 get their input from their own analysis.
  {
    std::vector<std::pair<std::string, DateState>> want;
    for (const FuseDoc& f : *pending)
      if (f.needs_input) want.emplace_back(f.id, OwnState(f));
    if (!want.empty()) {
      auto got = Analyses(want, &st.analysed);
      if (!got.ok()) return got.error();
      size_t k = 0;
      for (FuseDoc& f : *pending) {
        if (!f.needs_input) continue;
        f.input = MakeGroupingInput(*(*got)[k++]);
        f.needs_input = false;
        commit.inputs.emplace_back(f.id, f);
      }
    }
  }
  for (const FuseDoc& f : *pending) commit.fused.push_back(f.id);

  // The mirror is moved into this round's list (not copied: every
  // document's sketch and features); until the round commits, a failure
  // leaves it to be reloaded.
  struct Invalidate {
    StoryFuser* f;
    bool armed = true;
    ~Invalidate() {
      if (!armed) return;
      f->epoch_ = -1;
      f->docs_.clear();
      f->builder_.reset();
    }
  } invalidate{this};
  std::sort(pending->begin(), pending->end(), ByOrder);
  const bool appended = docs_.empty() || ByOrder(docs_.back(), pending->front());
  std::vector<FuseDoc> all = std::move(docs_);
  docs_.clear();
  all.insert(all.end(), pending->begin(), pending->end());
  if (!appended) std::sort(all.begin(), all.end(), ByOrder);
  const size_t n = all.size();
  st.documents = n;

  // Steps 1-2 with each document's own date.
  Grouping grouping = Group(all, pending->size(), appended, &st.regrouped);

  // Story dating, as Pipeline::FuseAll: an undated analysed document of a
  // story holding dated ones may take a date from their years.
  std::map<size_t, std::string> dated;
  for (const std::vector<int>& members : grouping.stories) {
    std::vector<int> years;
    for (int i : members) {
      const FuseDoc& d = all[i];
      if (d.own_date && d.own_date->size() >= 4 && d.own_date_basis != "story")
        years.push_back(std::atoi(d.own_date->c_str()));
    }
    if (years.empty()) continue;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    std::string years_key;
    for (int y : years) years_key += std::to_string(y) + ",";
    for (int i : members) {
      const FuseDoc& d = all[i];
      if (d.own_date || !d.input.analysed) continue;
      const std::string memo_key = d.id + "|" + years_key;
      auto memo = story_date_memo_.find(memo_key);
      if (memo == story_date_memo_.end()) {
        auto own = Analyses({{d.id, OwnState(d)}}, &st.analysed);
        if (!own.ok()) return own.error();
        const DocAnalysis& a = *(*own)[0];
        memo = story_date_memo_.emplace(memo_key, InferDocumentDate(a.doc, a.seg, years)).first;
      }
      if (memo->second) dated[static_cast<size_t>(i)] = *memo->second;
    }
  }
  // A re-dated document keeps the story its date came from: no regrouping
  // (as Pipeline::FuseAll).
  auto state_of = [&](size_t i) {
    auto it = dated.find(i);
    return it == dated.end() ? OwnState(all[i]) : StoryState(it->second);
  };

  // The derived state this round wants, against the stored one.
  FuseState next;
  next.epoch = epoch_ + 1;
  for (size_t i = 0; i < n; ++i) {
    std::optional<std::string> of;
    if (grouping.copy_of[i] >= 0) of = all[grouping.copy_of[i]].id;
    auto old = state_.copy_of.find(all[i].id);
    std::optional<std::string> was;
    if (old != state_.copy_of.end()) was = old->second;
    if (of != was) commit.copy_of[all[i].id] = of;
    if (of) next.copy_of[all[i].id] = *of;
  }
  for (const auto& [i, date] : dated) next.story_dates[all[i].id] = date;
  {
    for (const auto& [i, date] : dated) {
      auto old = state_.story_dates.find(all[i].id);
      if (old != state_.story_dates.end() && old->second == date) continue;
      auto got = Redated(all[i], StoryState(date), &st.analysed, &st.redone);
      if (!got.ok()) return got.error();
      commit.reanalysed.push_back(std::move(got.value()));
    }
    std::vector<std::pair<std::string, DateState>> want;
    std::unordered_map<std::string, size_t> index;
    for (const auto& [id, date] : state_.story_dates) {
      if (next.story_dates.count(id)) continue;
      if (index.empty())
        for (size_t i = 0; i < n; ++i) index[all[i].id] = i;
      auto it = index.find(id);
      if (it != index.end()) want.emplace_back(id, OwnState(all[it->second]));  // back to its own date
    }
    auto got = Analyses(want, &st.analysed);
    if (!got.ok()) return got.error();
    for (AnalysisPtr& a : *got) commit.reanalysed.push_back(std::move(a));
    st.redated = commit.reanalysed.size();
  }

  // Stories: fingerprint each; rebuild the changed ones.
  for (const std::vector<int>& members : grouping.stories) {
    const std::string story_id = "s" + all[members.front()].id;
    std::string print = std::string(CROSSCHECK_VERSION) + '\x1d' + story_id + '\x1d';
    for (int i : members) {
      print += all[i].id;
      print.push_back('\x1f');
      print += grouping.copy_of[i] >= 0 ? all[grouping.copy_of[i]].id : std::string();
      print.push_back('\x1f');
      print += state_of(i).Key();
      print.push_back('\x1e');
    }
    const std::string fingerprint = Hex128(print);
    next.story_fingerprints[story_id] = fingerprint;
    auto old = state_.story_fingerprints.find(story_id);
    if (old != state_.story_fingerprints.end() && old->second == fingerprint) continue;

    // The members' analyses, plus any original a copy points to outside
    // the story, in document order; copy_of re-indexed to this vector.
    std::vector<int> local_of;  // local index -> global index
    std::set<int> need(members.begin(), members.end());
    for (int i : members)
      for (int o = grouping.copy_of[i]; o >= 0; o = grouping.copy_of[o]) need.insert(o);
    local_of.assign(need.begin(), need.end());
    std::map<int, int> local_index;
    for (size_t k = 0; k < local_of.size(); ++k) local_index[local_of[k]] = static_cast<int>(k);
    std::vector<std::pair<std::string, DateState>> want;
    for (int g : local_of) want.emplace_back(all[g].id, state_of(g));
    auto got = Analyses(want, &st.analysed);
    if (!got.ok()) return got.error();
    std::vector<DocAnalysis> local;
    local.reserve(local_of.size());
    for (const AnalysisPtr& p : *got) local.push_back(*p);
    std::vector<int> local_copy(local_of.size(), -1);
    for (size_t k = 0; k < local_of.size(); ++k) {
      int o = grouping.copy_of[local_of[k]];
      if (o >= 0) local_copy[k] = local_index.at(o);
    }
    std::vector<int> local_members;
    for (int i : members) local_members.push_back(local_index.at(i));
    Story story = BuildStory(local, local_members, local_copy);
    StoryRecord record;
    record.id = story.id;
    // The story's headline (BuildStory), as the batch and the report name it.
    record.title = story.title;
    for (int i : members) record.doc_ids.push_back(all[i].id);
    record.json = StoryToJson(local, story);
    for (const LedgerEntry& e : story.ledger) record.disagreements += e.agreement == "disagree";
    record.fingerprint = fingerprint;
    commit.put_stories.push_back(std::move(record));
  }
  for (const auto& [id, print] : state_.story_fingerprints)
    if (!next.story_fingerprints.count(id)) commit.remove_stories.push_back(id);
  st.stories = next.story_fingerprints.size();
  st.stories_written = commit.put_stories.size();
  for (const StoryRecord& r : commit.put_stories) st.written.push_back(r.id);
  st.stories_removed = commit.remove_stories.size();

  auto ok = store_->CommitFuse(commit);
  if (!ok.ok()) {
    epoch_ = -1;  // unknown whether it committed: reload next time
    return ok.error();
  }
  if (!*ok) {
    st.conflict = true;
    st.fused.clear();
    return st;  // `invalidate` drops the mirror: the next round reloads
  }
  invalidate.armed = false;
  docs_ = std::move(all);
  state_ = std::move(next);
  epoch_ = state_.epoch;
  st.fused = std::move(commit.fused);
  st.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return st;
}

Status StoryFuser::RunUntilIdle() {
  for (int conflicts = 0;;) {
    auto r = RunRound();
    if (!r.ok()) return r.error();
    if (r->conflict) {
      if (++conflicts > 100) return Error{"fusion rounds kept conflicting"};
      continue;
    }
    if (r->fused.empty()) return Status::Ok();
  }
}

FusionLoop::FusionLoop(Store* store, StoryFuser* fuser, int poll_ms, int batch_ms, size_t batch_docs, int nice)
    : store_(store), fuser_(fuser), poll_ms_(std::max(10, poll_ms)), batch_ms_(std::max(0, batch_ms)),
      batch_docs_(std::max<size_t>(1, batch_docs)), nice_(nice) {
  thread_ = std::thread([this] { Run(); });
}

FusionLoop::~FusionLoop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_cv_.notify_all();
  fused_cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void FusionLoop::Wake(size_t docs) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!wake_) first_wake_ = std::chrono::steady_clock::now();
    wake_ = true;
    woken_docs_ += docs;
  }
  wake_cv_.notify_all();
}

void FusionLoop::OnRound(std::function<void(const RoundStats&)> f) {
  std::lock_guard<std::mutex> lock(mu_);
  on_round_ = std::move(f);
}

void FusionLoop::Flush() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!wake_) first_wake_ = std::chrono::steady_clock::now();
    wake_ = flush_ = true;
  }
  wake_cv_.notify_all();
}

void FusionLoop::Expect(const std::vector<std::string>& ids) {
  std::lock_guard<std::mutex> lock(mu_);
  expected_.insert(ids.begin(), ids.end());
}

bool FusionLoop::WaitFor(const std::vector<std::string>& ids, int timeout_ms) {
  std::unique_lock<std::mutex> lock(mu_);
  bool all = fused_cv_.wait_for(lock, std::chrono::milliseconds(std::max(0, timeout_ms)), [&] {
    if (stop_) return true;
    for (const std::string& id : ids)
      if (!fused_.count(id)) return false;
    return true;
  });
  for (const std::string& id : ids) {
    expected_.erase(id);
    fused_.erase(id);
  }
  return all && !stop_;
}

FusionLoop::Stats FusionLoop::GetStats() {
  std::lock_guard<std::mutex> lock(mu_);
  return stats_;
}

void FusionLoop::Run() {
  if (nice_ > 0) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), getpriority(PRIO_PROCESS, 0) + nice_);
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_cv_.wait_for(lock, std::chrono::milliseconds(poll_ms_), [&] { return stop_ || wake_; });
      if (stop_) return;
      // The batch window: documents stored meanwhile join this round.
      if (wake_ && batch_ms_ > 0)
        wake_cv_.wait_until(lock, first_wake_ + std::chrono::milliseconds(batch_ms_),
                            [&] { return stop_ || flush_ || woken_docs_ >= batch_docs_; });
      if (stop_) return;
      wake_ = flush_ = false;
      woken_docs_ = 0;
    }
    for (;;) {  // rounds until one finds nothing pending
      auto lease = store_->HoldFuseLease();
      {
        std::lock_guard<std::mutex> lock(mu_);
        stats_.leader = lease.ok() && *lease;
        if (!lease.ok()) stats_.last_error = lease.error().message;
      }
      if (!lease.ok() || !*lease) break;
      auto r = fuser_->RunRound();
      std::function<void(const RoundStats&)> on_round;
      std::unique_lock<std::mutex> lock(mu_);
      if (!r.ok()) {
        ++stats_.errors;
        stats_.last_error = r.error().message;
        break;
      }
      if (r->conflict) {
        ++stats_.conflicts;
        continue;
      }
      if (r->fused.empty()) break;
      ++stats_.rounds;
      stats_.documents_fused += static_cast<int64_t>(r->fused.size());
      stats_.largest_round = std::max(stats_.largest_round, static_cast<int64_t>(r->fused.size()));
      stats_.last_round_s = r->seconds;
      stats_.round_s += r->seconds;
      // Before the waiters are woken: a sync ingest answered after its
      // round reads its own write, so the new pages of the stories it
      // changed (built only for stories someone has read) come first; a
      // read racing that build would otherwise get the page before it.
      if (on_round_) {
        on_round = on_round_;
        lock.unlock();
        on_round(*r);
        lock.lock();
      }
      for (const std::string& id : r->fused)
        if (expected_.count(id)) fused_.insert(id);
      fused_cv_.notify_all();
      if (stop_) return;
      // Batching: what was stored during this round waits for its window
      // (the Wake()s that announced it opened one); a round is not run
      // for each document that arrived while the last one ran. Documents
      // left pending by others (or past the round limit) are seen within
      // a window too.
      if (batch_ms_ > 0) {
        if (!wake_) first_wake_ = std::chrono::steady_clock::now();
        wake_ = true;
        break;
      }
    }
  }
}

}  // namespace crosscheck::serve
