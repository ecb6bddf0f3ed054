// The ledger as rows: every claim of every ledger entry of every story,
// joined to its figure, its document and its entry, in the account's order
// (stories, then entries, then the entry's claims in as_of order). The CSV,
// ACLED, JSON-LD and PROV exporters all walk these rows.
//
// Also the one mapping from our reading of a figure to the low / best /
// high triple casualty datasets use (UCDP GED: low, best, high; Iraq Body
// Count: minimum, maximum), documented in docs/EXPORTS.md:
//   low  = the conservative value (what a cautious coder records: "almost
//          500" -> 450, "more than 1,000" -> 1,000, "hundreds" -> 100),
//          else the likely band's low end, else the logical low bound;
//   best = the figure as written ("almost 500" -> 500);
//   high = the likely band's high end ("more than 1,000" -> 1,500), else the
//          logical high bound;
// each falls back to the figure as written when nothing else is known. For
// a figure with a value inside its band, low <= best <= high.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_EXPORT_LEDGER_ROWS_H_
#define CROSSCHECK_EXPORT_LEDGER_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "export/account.h"

namespace crosscheck::exporting {

struct Estimate {
  std::optional<double> low, best, high;
};

// The low / best / high of one quantity record (see above).
Estimate FigureEstimate(const Json& quantity);

struct LedgerRow {
  const Json* story = nullptr;     // the story record
  size_t story_index = 0;
  const Json* entry = nullptr;     // the ledger entry
  size_t entry_index = 0;
  std::string claim_id;
  const Json* claim = nullptr;     // nullptr when the account lacks the claim
  const Json* quantity = nullptr;  // nullptr when the account lacks the figure
  const Json* doc = nullptr;       // nullptr when the account lacks the document
  std::string doc_id;
};

std::vector<LedgerRow> LedgerRows(const Account& account);

// "YYYY-MM-DD" -> "day", "YYYY-MM" -> "month", "YYYY" -> "year",
// "YYYY-Www" -> "week", a value with a time -> "time"; "" otherwise.
std::string DateGrain(const std::string& timex);

// The words a speaker or narrator is known by for a claim: its speaker,
// else the outlet (its own narration).
std::string ClaimVoice(const Account& account, const LedgerRow& row);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_LEDGER_ROWS_H_
