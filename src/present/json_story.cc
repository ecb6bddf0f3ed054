// The story records of the JSON output (AnalysisWriter's "stories"), written
// member by member: see AppendStoryRecord in json_stream.h.
#include "present/json_stream.h"

#include "present/json_records.h"

namespace crosscheck {

Status AppendStoryRecord(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s,
                         const Json& record, bool pretty, unsigned depth, const StoryFlush& flush_bytes) {
  // Written from the Story itself, member by member (json_records.cc); the
  // record StoryToJson builds is the reference it must equal.
  return json_records::AppendStory(buf, analyses, s, record, pretty, depth, flush_bytes);
}

size_t StoryClaimIds(const Story& s) {
  size_t n = 0;
  for (const LedgerEntry& e : s.ledger) n += e.claims.size() + e.restatements.size();
  return n;
}

}  // namespace crosscheck
