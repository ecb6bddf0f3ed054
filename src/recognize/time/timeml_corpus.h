// Reader for inline TimeML documents (TimeBank 1.2, AQUAINT, TempEval-3):
// the document creation time, the plain text of <TEXT> and the TIMEX3
// annotations inside it as byte spans of that text. A test utility for the
// TempEval-3 scorer (tempeval_score.h); the engine never reads TimeML.
//
// The text is <TEXT>'s content with every tag removed and the five XML
// entities (&amp; &lt; &gt; &quot; &apos;) and numeric character references
// decoded, so a span indexes what the recognizer reads. Pure functions:
// thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIMEML_CORPUS_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIMEML_CORPUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace crosscheck {

struct Timex3 {
  uint32_t start = 0, end = 0;  // byte span in TimeMLDocument::text
  std::string tid, type, value, mod, anchor_tid;
};

struct TimeMLDocument {
  std::string id;     // <DOCID>, else the name given to the parser
  std::string dct;    // value of the CREATION_TIME TIMEX3 ("1998-02-13T14:35:00"), "" when absent
  std::string text;   // plain text of <TEXT>
  std::vector<Timex3> timexes;  // in text order
};

// Parses one .tml document; `name` names it in errors ("TimeBank/wsj_0006.tml").
// Fails on a missing <TEXT>, an unterminated tag or an unbalanced TIMEX3.
Result<TimeMLDocument> ParseTimeML(std::string_view xml, std::string_view name);

// The split of TimeBank+AQUAINT used to develop the time recognizer
// (docs/TIME.md): FNV-1a 32-bit of the document id (file name without
// ".tml"); even = the tuning part, odd = the measuring part.
uint32_t Fnv1a32(std::string_view s);
bool InMeasuringPart(std::string_view doc_id);

// A second split, of the tuning part only, into halves A and B (docs/TIME.md,
// Session 33): the top bit of the same hash; 0 = A (errors may be read),
// 1 = B (a check read only as totals). 63 documents / 416 TIMEX3 in A, 65 /
// 401 in B.
bool InTuningHalfB(std::string_view doc_id);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIMEML_CORPUS_H_
