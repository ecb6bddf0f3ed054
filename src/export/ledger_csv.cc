// The ledger as CSV: one row per figure of every ledger entry (see
// docs/EXPORTS.md for each column). Cells are written by csv.h: RFC 4180
// quoting, numbers without needless fractions, text guarded against
// formula injection.
#include "export/csv.h"
#include "export/export.h"
#include "export/ledger_rows.h"

namespace crosscheck::exporting {

const std::vector<std::string>& LedgerCsvColumns() {
  static const std::vector<std::string> kColumns = {
      "story",        "story_title",   "measure",        "counted",       "group",
      "state",        "place",         "place_kind",     "outlet",        "document",
      "document_title", "document_url", "document_date", "copy_of",       "speaker",
      "speaker_role", "text",          "hedge",          "low",           "best",
      "high",         "interval_low",  "interval_high",  "band_low",      "band_high",
      "conservative", "unit",          "as_of",          "as_of_grain",   "time",
      "time_grain",   "agreement",     "evolving",       "entry_low",     "entry_high",
      "consensus_low", "consensus_high", "entry_conservative", "entry_unit", "claim",    "quantity",
      "start",        "end"};
  return kColumns;
}

std::vector<std::string> StoryHeadlines(const Account& account) {
  std::vector<std::string> out;
  for (const Json& s : account.stories()) out.push_back(Str(s, "title"));
  return out;
}

std::string LedgerCsv(const Account& account) {
  const std::vector<std::string> titles = StoryHeadlines(account);
  std::string out = CsvLine(LedgerCsvColumns());
  static const Json kNull;
  for (const LedgerRow& r : LedgerRows(account)) {
    const Json& c = r.claim ? *r.claim : kNull;
    const Json& q = r.quantity ? *r.quantity : kNull;
    const Json& d = r.doc ? *r.doc : kNull;
    const Json& e = *r.entry;
    Estimate est = FigureEstimate(q);
    std::optional<double> cons_low, cons_high;
    if (auto it = e.find("consensus"); it != e.end() && it->is_array() && it->size() == 2 &&
                                       (*it)[0].is_number() && (*it)[1].is_number()) {
      cons_low = (*it)[0].get<double>();
      cons_high = (*it)[1].get<double>();
    }
    std::string as_of = Str(c, "as_of"), time = Str(c, "time");
    std::string measure = Str(e, "measure");
    if (measure.empty()) measure = Str(c, "measure");
    CsvRecord row = {
        TextCell(Str(*r.story, "id")),
        TextCell(titles[r.story_index]),
        TextCell(measure),
        TextCell(Str(c, "counted")),
        TextCell(Str(c, "group")),
        TextCell(Str(c, "state")),
        TextCell(Str(c, "place")),
        TextCell(Str(c, "place_kind")),
        TextCell(r.doc ? account.Outlet(d) : r.doc_id),
        TextCell(r.doc_id),
        TextCell(Str(d, "title")),
        TextCell(Str(d, "url")),
        TextCell(Str(d, "date")),
        TextCell(Str(d, "copy_of")),
        TextCell(Str(c, "speaker")),
        TextCell(Str(c, "speaker_role")),
        TextCell(Str(q, "text")),
        TextCell(Str(q, "hedge")),
        NumberCell(est.low),
        NumberCell(est.best),
        NumberCell(est.high),
        NumberCell(Num(q, "low")),
        NumberCell(Num(q, "high")),
        NumberCell(Num(q, "band_low")),
        NumberCell(Num(q, "band_high")),
        NumberCell(Num(q, "conservative")),
        TextCell(Str(q, "unit")),
        TextCell(as_of),
        DateGrain(as_of),
        TextCell(time),
        DateGrain(time),
        TextCell(Str(e, "agreement")),
        Bool(e, "evolving") ? "true" : "false",
        NumberCell(Num(e, "low")),
        NumberCell(Num(e, "high")),
        NumberCell(cons_low),
        NumberCell(cons_high),
        NumberCell(Num(e, "conservative")),
        TextCell(Str(e, "unit")),
        TextCell(r.claim_id),
        TextCell(Str(c, "quantity")),
        NumberCell(Num(q, "start")),
        NumberCell(Num(q, "end")),
    };
    out += CsvLine(row);
  }
  return out;
}

}  // namespace crosscheck::exporting
