// First cut: exact copies by content hash and one story holding every
// analysed document; near copies, clustering and the ledger come with the
// fusion work.
#include "fuse/fuse.h"

#include <unordered_map>

namespace crosscheck {

FuseResult Fuse(const std::vector<DocAnalysis>& analyses) {
  FuseResult r;
  r.copy_of.assign(analyses.size(), -1);
  std::unordered_map<std::string, int> first;
  Story story;
  for (size_t i = 0; i < analyses.size(); ++i) {
    const Document& d = analyses[i].doc;
    auto [it, inserted] = first.emplace(d.content_hash, static_cast<int>(i));
    if (!inserted) r.copy_of[i] = it->second;
    if (analyses[i].analysed) story.docs.push_back(static_cast<int>(i));
  }
  if (!story.docs.empty()) {
    const Document& d0 = analyses[story.docs.front()].doc;
    story.id = "s" + d0.id;
    story.title = d0.title.value_or("");
    r.stories.push_back(std::move(story));
  }
  return r;
}

Json StoryToJson(const std::vector<DocAnalysis>& analyses, const Story& s) {
  Json j;
  j["id"] = s.id;
  j["title"] = s.title;
  Json docs = Json::array();
  for (int d : s.docs) docs.push_back(analyses[d].doc.id);
  j["documents"] = docs;
  Json ledger = Json::array();
  for (const LedgerEntry& e : s.ledger) {
    Json le;
    le["measure"] = e.measure;
    Json cl = Json::array();
    for (const ClaimRef& c : e.claims) cl.push_back(RecordId('c', analyses[c.doc].doc.id, c.claim));
    le["claims"] = cl;
    le["low"] = JsonNumber(e.low);
    le["high"] = JsonNumber(e.high);
    le["consensus"] = e.consensus ? Json::array({JsonNumber(e.consensus->first), JsonNumber(e.consensus->second)})
                                  : Json(nullptr);
    le["conservative"] = JsonNumber(e.conservative);
    le["agreement"] = e.agreement;
    le["evolving"] = e.evolving;
    le["why"] = e.why;
    ledger.push_back(le);
  }
  j["ledger"] = ledger;
  Json tl = Json::array();
  for (const TimelineItem& t : s.timeline) {
    const DocAnalysis& a = analyses[t.doc];
    tl.push_back(Json{{"date", t.date}, {"text", std::string(t.span.Of(a.doc.text))}, {"doc", a.doc.id},
                      {"start", t.span.start}, {"end", t.span.end}});
  }
  j["timeline"] = tl;
  return j;
}

}  // namespace crosscheck
