#include "export/ledger_rows.h"

#include <cctype>

namespace crosscheck::exporting {

Estimate FigureEstimate(const Json& q) {
  Estimate e;
  std::optional<double> value = Num(q, "value");
  e.low = Num(q, "conservative");
  if (!e.low) e.low = Num(q, "band_low");
  if (!e.low) e.low = Num(q, "low");
  if (!e.low) e.low = value;
  e.best = value;
  e.high = Num(q, "band_high");
  if (!e.high) e.high = Num(q, "high");
  if (!e.high) e.high = value;
  return e;
}

std::vector<LedgerRow> LedgerRows(const Account& account) {
  std::vector<LedgerRow> rows;
  const Json& stories = account.stories();
  for (size_t si = 0; si < stories.size(); ++si) {
    const Json& ledger = Arr(stories[si], "ledger");
    for (size_t ei = 0; ei < ledger.size(); ++ei) {
      for (const Json& cid : Arr(ledger[ei], "claims")) {
        if (!cid.is_string()) continue;
        LedgerRow r;
        r.story = &stories[si];
        r.story_index = si;
        r.entry = &ledger[ei];
        r.entry_index = ei;
        r.claim_id = cid.get<std::string>();
        r.claim = account.Claim(r.claim_id);
        if (r.claim) {
          r.quantity = account.Quantity(Str(*r.claim, "quantity"));
          r.doc_id = Str(*r.claim, "doc");
        } else {
          // A claim id is "c" + document id + "." + index.
          size_t dot = r.claim_id.rfind('.');
          if (r.claim_id.size() > 1 && dot != std::string::npos) r.doc_id = r.claim_id.substr(1, dot - 1);
        }
        r.doc = account.Document(r.doc_id);
        rows.push_back(r);
      }
    }
  }
  return rows;
}

std::string DateGrain(const std::string& t) {
  auto digits = [&](size_t from, size_t n) {
    if (t.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
    return true;
  };
  if (!digits(0, 4)) return {};
  if (t.size() == 4) return "year";
  if (t[4] != '-') return {};
  if (t.size() >= 8 && t[5] == 'W' && digits(6, 2)) return t.size() == 8 ? "week" : "";
  if (!digits(5, 2)) return {};
  if (t.size() == 7) return "month";
  if (t.size() < 10 || t[7] != '-' || !digits(8, 2)) return {};
  if (t.size() == 10) return "day";
  return t[10] == 'T' ? "time" : "";
}

std::string ClaimVoice(const Account& account, const LedgerRow& row) {
  std::string s = row.claim ? Str(*row.claim, "speaker") : std::string();
  if (!s.empty()) return s;
  return row.doc ? account.Outlet(*row.doc) : row.doc_id;
}

}  // namespace crosscheck::exporting
