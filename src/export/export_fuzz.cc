// libFuzzer target: arbitrary bytes as the JSON account `crosscheck export`
// reads (the exports take files from anywhere). Invariants: no crash, no
// exception escapes; every export of any account that parses still follows
// its standard's rules (standard_rules.h).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "export/export.h"
#include "export/standard_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  using namespace crosscheck::exporting;
  Json root = Json::parse(std::string(reinterpret_cast<const char*>(data), size), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return 0;
  auto account = Account::FromJson(std::move(root), "fuzz");
  if (!account.ok()) return 0;
  if (!CsvProblems(LedgerCsv(*account), LedgerCsvColumns()).empty()) std::abort();
  if (!CsvProblems(AcledCsv(*account), AcledColumns()).empty()) std::abort();
  if (!JsonLdProblems(ClaimsJsonLd(*account)).empty()) std::abort();
  if (!ProvJsonProblems(ProvJson(*account)).empty()) std::abort();
  for (ExportFormat f : {ExportFormat::kJsonLd, ExportFormat::kProv}) (void)Export(*account, f);
  return 0;
}
