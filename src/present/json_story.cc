// The story records of the JSON output (AnalysisWriter's "stories"), written
// member by member: see AppendStoryRecord in json_stream.h.
#include "present/json_stream.h"

#include "present/json_records.h"

namespace crosscheck {

Status AppendStoryRecord(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s,
                         const Json& record, bool pretty, unsigned depth, const StoryFlush& flush_bytes) {
  // nlohmann's layout (serializer::dump with an indent step of 1), member by
  // member: the ids of "claims" and "restatements" come from the story, the
  // rest is dumped from the story's record made without them.
  Json story = StoryToJson(analyses, s, /*with_claim_ids=*/false);
  auto flush = [&]() { return flush_bytes ? flush_bytes(buf) : Status::Ok(); };
  auto open = [&](char c) { buf += c; if (pretty) buf += '\n'; };
  auto close = [&](char c, unsigned at) {
    if (pretty) {
      buf += '\n';
      buf.append(at, ' ');
    }
    buf += c;
  };
  auto key = [&](const std::string& k, unsigned at, bool first) {
    if (!first) buf += pretty ? ",\n" : ",";
    if (pretty) buf.append(at, ' ');
    if (json_records::Plain(k)) {
      buf += '"';
      buf += k;
      buf += '"';
    } else {
      AppendJson(buf, Json(k), false, 0);
    }
    buf += pretty ? ": " : ":";
  };
  // AppendJson writes what nlohmann's serializer (indent step 1) would.
  auto value = [&](const Json& v, unsigned at) { AppendJson(buf, v, pretty, pretty ? at : 0); };
  auto ids = [&](const std::vector<ClaimRef>& refs, unsigned at) -> Status {
    if (refs.empty()) {
      buf += "[]";
      return Status::Ok();
    }
    open('[');
    for (size_t k = 0; k < refs.size(); ++k) {
      if (k) buf += pretty ? ",\n" : ",";
      if (pretty) buf.append(at + 1, ' ');
      json_records::AppendRecordId(buf, 'c', analyses[refs[k].doc].doc.id, refs[k].claim);
      if (flush_bytes && buf.size() >= (1 << 16))
        if (Status st = flush(); !st.ok()) return st;
    }
    close(']', at);
    return Status::Ok();
  };
  open('{');
  bool first = true;
  for (const auto& [k, v] : record.items()) {
    key(k, depth + 1, first);
    first = false;
    value(v, depth + 1);
  }
  for (const auto& [k, v] : story.items()) {
    key(k, depth + 1, first);
    first = false;
    if (k != "ledger" || v.empty()) {
      value(v, depth + 1);
      continue;
    }
    const unsigned at = depth + 1;  // the ledger array
    open('[');
    for (size_t e = 0; e < v.size(); ++e) {
      if (e) buf += pretty ? ",\n" : ",";
      if (pretty) buf.append(at + 1, ' ');
      open('{');
      bool first_member = true;
      for (const auto& [mk, mv] : v[e].items()) {
        key(mk, at + 2, first_member);
        first_member = false;
        Status st = Status::Ok();
        if (mk == "claims") st = ids(s.ledger[e].claims, at + 2);
        else if (mk == "restatements") st = ids(s.ledger[e].restatements, at + 2);
        else value(mv, at + 2);
        if (!st.ok()) return st;
      }
      close('}', at + 1);
    }
    close(']', at);
  }
  close('}', depth);
  return Status::Ok();
}

size_t StoryClaimIds(const Story& s) {
  size_t n = 0;
  for (const LedgerEntry& e : s.ledger) n += e.claims.size() + e.restatements.size();
  return n;
}

}  // namespace crosscheck
