// Worker loop (see worker.h).
#include "serve/worker.h"

#include <unistd.h>

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "core/document.h"

namespace crosscheck::serve {

namespace {

bool Stopping(const WorkerOptions& o) { return o.stop && o.stop->load(); }

void SleepUnlessStopping(const WorkerOptions& o, int ms) {
  for (int waited = 0; waited < ms && !Stopping(o); waited += 50)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

InputFormat FormatOf(const std::string& f) {
  if (f == "text") return InputFormat::kText;
  if (f == "html") return InputFormat::kHtml;
  if (f == "jsonl") return InputFormat::kJsonLines;
  if (f == "warc") return InputFormat::kWarc;
  return InputFormat::kAuto;
}

}  // namespace

std::string DefaultConsumerName() {
  char host[256] = "host";
  gethostname(host, sizeof host - 1);
  return std::string(host) + "-" + std::to_string(getpid());
}

std::string EntryOrderKey(const std::string& entry_id, size_t index) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%06zu", index);
  size_t dash = entry_id.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= entry_id.size() ||
      entry_id.find_first_not_of("0123456789-") != std::string::npos)
    return ClockOrderKey() + buf;
  return OrderKey(std::strtoull(entry_id.c_str(), nullptr, 10), std::strtoull(entry_id.c_str() + dash + 1, nullptr, 10)) +
         buf;
}

namespace {

// Reads, analyses and stores entries (several: in one store transaction,
// Store::PutDocumentsTogether). Returns an error when the store could not
// take them (they are then retried, not acknowledged).
Status ProcessEntries(const std::vector<const QueueEntry*>& entries, Store* store, const Pipeline* pipeline,
                      StoryFuser* fuser, const WorkerOptions& o, size_t* stored, size_t* rejected) {
  std::vector<std::shared_ptr<DocAnalysis>> analyses;
  std::vector<PutRequest> reqs;
  for (const QueueEntry* ep : entries) {
    const QueueEntry& e = *ep;
    ReadOptions ro = o.read;
    ro.format = FormatOf(e.format);
    ReadBatch batch;
    ReadBuffer(e.body, e.name, ro, &batch);
    // A slice of a large file: number its records as in the whole file.
    if (e.first_record > 1)
      for (Document& d : batch.docs)
        if (d.line) {
          d.line = *d.line + e.first_record - 1;
          d.id = MakeDocumentId(d.path, d.line, d.raw);
        }
    for (const Error& err : batch.errors) {
      if (Status s = store->RecordRejected(RejectedInput{e.id, e.name, err.message}); !s.ok()) return s;
      ++*rejected;
    }
    for (size_t i = 0; i < batch.docs.size(); ++i) {
      auto a = std::make_shared<DocAnalysis>();
      a->doc = std::move(batch.docs[i]);
      pipeline->AnalyzeDocument(a.get());
      analyses.push_back(a);
      reqs.push_back(PutRequest{a.get(), EntryOrderKey(e.id, i)});
    }
  }
  std::vector<PutOutcome> out;
  Status put = entries.size() > 1 ? store->PutDocumentsTogether(reqs, &out) : store->PutDocuments(reqs, &out);
  if (!put.ok()) return put;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].error) return *out[i].error;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].inserted) {
      ++*stored;
      if (fuser) fuser->Offer(analyses[i]);
      if (o.on_stored) o.on_stored(analyses[i]);
    }
  }
  return Status::Ok();
}

}  // namespace

int RunWorker(Store* store, WorkQueue* queue, const Pipeline* pipeline, const WorkerOptions& o) {
  const std::string consumer = o.consumer.empty() ? DefaultConsumerName() : o.consumer;
  StoryFuser fuser(store, pipeline, o.fuser);
  std::unique_ptr<FusionLoop> fusion;
  if (o.fuse) fusion = std::make_unique<FusionLoop>(store, &fuser, o.fuse_poll_ms);
  size_t entries = 0, stored = 0, rejected = 0;
  auto log = [&](const std::string& msg) {
    if (!o.quiet) std::cerr << "crosscheck worker " << consumer << ": " << msg << "\n";
  };
  log("started");
  int failures = 0;
  while (!Stopping(o)) {
    auto taken = queue->Take(consumer, std::max(1, o.take), o.block_ms);
    if (!taken.ok()) {
      log("queue: " + taken.error().message);
      if (++failures > 3) return 3;
      SleepUnlessStopping(o, 1000);
      continue;
    }
    failures = 0;
    if (taken->empty()) {
      if (o.exit_when_idle) {
        auto q = queue->Stats();
        auto c = store->Counts();
        // Nothing new was handed out just now and nothing is held.
        if (q.ok() && c.ok() && q->pending == 0 && q->lag <= 0 && (!o.fuse || c->pending_fusion == 0)) break;
        if (fusion) fusion->Wake();
      }
      continue;
    }
    // Several entries: stored together in one transaction when that goes
    // well; otherwise each on its own below, as when taken alone (a
    // document stored by the group is then answered as stored already).
    std::vector<bool> together(taken->size(), false);
    if (taken->size() > 1) {
      std::vector<const QueueEntry*> group;
      for (const QueueEntry& e : *taken)
        if (e.deliveries <= o.max_deliveries) group.push_back(&e);
      size_t s = 0, r = 0;
      if (group.size() > 1 && ProcessEntries(group, store, pipeline, o.fuse ? &fuser : nullptr, o, &s, &r).ok()) {
        stored += s;
        rejected += r;
        for (size_t i = 0; i < taken->size(); ++i) together[i] = (*taken)[i].deliveries <= o.max_deliveries;
      }
    }
    for (size_t k = 0; k < taken->size(); ++k) {
      const QueueEntry& e = (*taken)[k];
      if (together[k]) {
        // stored with its group above; acknowledged below
      } else if (e.deliveries > o.max_deliveries) {
        const std::string why = "handed out " + std::to_string(e.deliveries) +
                                " times without being acknowledged (each worker that took it stopped); set aside";
        while (!Stopping(o) && !store->RecordRejected(RejectedInput{e.id, e.name, why}).ok()) SleepUnlessStopping(o, 1000);
        if (Stopping(o)) break;
        ++rejected;
        log("rejected entry " + e.id + " (" + e.name + "): " + why);
      } else {
        // Retried until the store takes it: nothing is acknowledged before
        // its commit, and nothing is skipped.
        int backoff_ms = 200;
        for (;;) {
          size_t s = 0, r = 0;
          Status st = ProcessEntries({&e}, store, pipeline, o.fuse ? &fuser : nullptr, o, &s, &r);
          if (st.ok()) {
            stored += s;
            rejected += r;
            break;
          }
          log("entry " + e.id + " (" + e.name + ") not stored, will retry: " + st.error().message);
          if (Stopping(o)) break;
          SleepUnlessStopping(o, backoff_ms);
          backoff_ms = std::min(backoff_ms * 2, 5000);
        }
        if (Stopping(o)) break;  // not acknowledged: another worker (or this one, restarted) takes it
      }
      while (!Stopping(o)) {
        Status ack = queue->Ack(e.id);
        if (ack.ok()) break;
        log("queue: acknowledging " + e.id + ": " + ack.error().message);
        SleepUnlessStopping(o, 1000);
      }
      ++entries;
      if (fusion) fusion->Wake();
    }
  }
  if (fusion && o.exit_when_idle) {
    FusionLoop::Stats f = fusion->GetStats();
    log("fusion rounds " + std::to_string(f.rounds) + ", documents fused " + std::to_string(f.documents_fused));
  }
  fusion.reset();
  log("stopped after " + std::to_string(entries) + " entries: " + std::to_string(stored) + " documents stored, " +
      std::to_string(rejected) + " inputs rejected");
  return 0;
}

}  // namespace crosscheck::serve
