// make_store: builds a large synthetic store fast, for the browser test's
// "1,000 stories, 50,000 documents" measurement.
//
//   make_store --out FILE [--stories 1000] [--docs-per-story 50]
//
// Each story is a made-up town with a made-up facility, mayor and aid group
// (names built from syllables by a seeded generator), told by five short
// report templates with figures (trapped, evacuated, killed, injured,
// displaced) that differ between templates. Only the 5 × stories template
// reports go through the real pipeline; each is then cloned (new id, outlet,
// path, content hash) to fill its story, so the store holds real records at
// the cost of analysing a tenth of them. Stories are assigned directly (no
// clustering) and their ledgers, timelines and headlines built with the
// same functions as `crosscheck analyze --db`.
//
// The store is written through the Store interface (one transaction per
// document, as every writer does); put FILE on a tmpfs (/dev/shm) to make
// the durable commits cheap. Deterministic for the same arguments.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "fuse/fuse.h"
#include "fuse/ledger.h"
#include "fuse/timeline.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace {

using namespace crosscheck;

std::string Name(std::mt19937& rng, int syllables) {
  static const char* kSyl[] = {"bor", "vel", "kas", "mir", "dro", "len", "tav", "zor", "pol", "gra", "nev", "ost",
                               "rud", "sel", "vol", "yar", "kel", "dan", "mor", "tis", "lav", "ren", "sto", "vik"};
  std::string s;
  for (int i = 0; i < syllables; ++i) s += kSyl[rng() % (sizeof kSyl / sizeof *kSyl)];
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

struct Theme {
  std::string town, facility, mayor, group, region;
  int day;  // of May 2022
};

std::vector<std::string> Reports(const Theme& t, std::mt19937& rng) {
  auto n = [&](int lo, int hi) { return std::to_string(lo + static_cast<int>(rng() % (hi - lo + 1))); };
  const std::string day = std::to_string(t.day), next = std::to_string(t.day + 1);
  return {
      t.town + ", " + t.region + " — Almost " + n(300, 600) + " civilians remain trapped in the " + t.facility +
          " plant in " + t.town + ", the city's mayor " + t.mayor + " said on May " + day + ", 2022. Officials said " +
          n(80, 150) + " people were evacuated from " + t.town + " the same day.",
      "More than " + n(1000, 3000) + " people have fled " + t.town + " since the fighting began, according to the " +
          t.group + ". " + t.mayor + " said up to " + n(700, 1000) + " civilians were still sheltering in the " +
          t.facility + " plant on May " + next + ", 2022.",
      "At least " + n(5, 40) + " people were killed in " + t.town + " on May " + day + ", 2022, the " + t.group +
          " said. Another " + n(10, 60) + " were injured in the shelling near the " + t.facility + " plant.",
      "The " + t.group + " evacuated " + n(90, 160) + " civilians from the " + t.facility + " plant in " + t.town +
          " on May " + next + ", 2022, " + t.mayor + " told reporters. Some " + n(200, 400) +
          " civilians remain inside, he said.",
      "Fighting around " + t.town + " displaced about " + n(2000, 5000) + " residents this week, the " + t.group +
          " said on May " + next + ", 2022. At least " + n(8, 50) + " people were killed in " + t.town + ".",
  };
}

int Run(int argc, char** argv) {
  std::string out;
  int stories = 1000, per_story = 50;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--out") out = next();
    else if (a == "--stories") stories = std::stoi(next());
    else if (a == "--docs-per-story") per_story = std::stoi(next());
    else {
      std::cerr << "make_store: unknown option " << a << "\n";
      return 2;
    }
  }
  if (out.empty() || stories < 1 || per_story < 5) {
    std::cerr << "usage: make_store --out FILE [--stories N] [--docs-per-story M>=5]\n";
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto secs = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };

  std::mt19937 rng(20220504);
  static const char* kRegions[] = {"Northland", "Eastmark", "Southvale", "Westreach", "Lowmoor"};
  std::vector<DocAnalysis> templates;
  for (int s = 0; s < stories; ++s) {
    Theme t{Name(rng, 3), Name(rng, 2), Name(rng, 2) + " " + Name(rng, 3), Name(rng, 2) + " Relief Agency",
            kRegions[s % 5], 2 + s % 25};
    std::vector<std::string> texts = Reports(t, rng);
    for (size_t k = 0; k < texts.size(); ++k) {
      DocAnalysis a;
      Document& d = a.doc;
      d.path = "synthetic/" + std::to_string(s) + "/" + std::to_string(k) + ".txt";
      d.format = "text";
      d.raw = texts[k];
      d.text = texts[k];
      d.id = MakeDocumentId(d.path, std::nullopt, d.raw);
      d.content_hash = ContentHash(d.text);
      d.language = "en";
      d.date = "2022-05-" + std::string(t.day + 1 < 10 ? "0" : "") + std::to_string(t.day + 1);
      d.date_origin = "metadata";
      templates.push_back(std::move(a));
    }
  }
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    std::cerr << "make_store: " << pipeline.error().message << "\n";
    return 1;
  }
  (*pipeline)->AnalyzeAll(&templates, 0);
  std::fprintf(stderr, "make_store: analysed %zu template reports in %.1f s\n", templates.size(), secs());

  auto store = OpenSqliteStore(out);
  if (!store.ok()) {
    std::cerr << "make_store: " << store.error().message << "\n";
    return 1;
  }
  static const char* kOutlets[] = {"Wire Service", "The Daily Ledger", "Evening Post", "Radio North", "The Courier",
                                   "Metro Times",  "Global Report",    "The Observer", "Harbour News", "Field Desk"};
  std::vector<StoryRecord> records;
  std::vector<std::string> fused;  // documents of `records`, each in exactly one story
  size_t written = 0;
  for (int s = 0; s < stories; ++s) {
    std::vector<DocAnalysis> docs;
    docs.reserve(per_story);
    for (int i = 0; i < per_story; ++i) {
      DocAnalysis a = templates[s * 5 + i % 5];
      Document& d = a.doc;
      d.path = "synthetic/" + std::to_string(s) + "/" + std::to_string(i) + ".txt";
      d.source = kOutlets[(s + i) % 10];
      d.id = MakeDocumentId(d.path, std::nullopt, d.raw);
      d.content_hash = ContentHash(d.text + " #" + d.id);  // one stored document each
      d.raw.clear();
      docs.push_back(std::move(a));
    }
    std::vector<PutOutcome> outcomes;
    if (Status st = (*store)->PutAnalyses(docs, &outcomes); !st.ok()) {
      std::cerr << "make_store: " << st.error().message << "\n";
      return 1;
    }
    written += docs.size();
    std::vector<int> members;
    for (int i = 0; i < per_story; ++i) members.push_back(i);
    std::vector<int> copy_of(docs.size(), -1);
    // As fusion builds a story: ledger, timeline and headline title.
    Story story = BuildStory(docs, members, copy_of);
    if (story.title.empty()) story.title = "synthetic story";
    StoryRecord r;
    r.id = story.id;
    r.title = story.title;
    for (const DocAnalysis& a : docs) r.doc_ids.push_back(a.doc.id);
    fused.insert(fused.end(), r.doc_ids.begin(), r.doc_ids.end());
    r.json = StoryToJson(docs, story);
    for (const LedgerEntry& e : story.ledger) r.disagreements += e.agreement == "disagree";
    records.push_back(std::move(r));
    if (records.size() == 100 || s + 1 == stories) {
      // Stories are written by fusion rounds only (store.h): this one
      // commits the synthetic stories and marks their documents fused, so a
      // server started on the store runs no round over them.
      auto epoch = (*store)->FuseEpoch();
      FuseCommit commit;
      commit.expected_epoch = epoch.ok() ? *epoch : 0;
      commit.fused = std::move(fused);
      commit.put_stories = std::move(records);
      auto committed = (*store)->CommitFuse(commit);
      if (!epoch.ok() || !committed.ok() || !*committed) {
        std::cerr << "make_store: " << (!epoch.ok() ? epoch.error().message : !committed.ok() ? committed.error().message : "fusion epoch moved") << "\n";
        return 1;
      }
      records.clear();
      fused.clear();
      std::fprintf(stderr, "make_store: %zu documents, %d stories, %.1f s\n", written, s + 1, secs());
    }
  }
  std::printf("{\"documents\": %zu, \"stories\": %d, \"seconds\": %.1f}\n", written, stories, secs());
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
