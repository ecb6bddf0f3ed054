#include "export/export.h"

namespace crosscheck::exporting {

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "acled") return ExportFormat::kAcled;
  if (name == "jsonld" || name == "json-ld") return ExportFormat::kJsonLd;
  if (name == "prov" || name == "prov-json") return ExportFormat::kProv;
  return std::nullopt;
}

const char* ExportFormatName(ExportFormat f) {
  switch (f) {
    case ExportFormat::kCsv: return "csv";
    case ExportFormat::kAcled: return "acled";
    case ExportFormat::kJsonLd: return "jsonld";
    case ExportFormat::kProv: return "prov";
  }
  return "csv";
}

const char* ExportMediaType(ExportFormat f) {
  switch (f) {
    case ExportFormat::kCsv:
    case ExportFormat::kAcled: return "text/csv; charset=utf-8";
    case ExportFormat::kJsonLd: return "application/ld+json";
    case ExportFormat::kProv: return "application/json";
  }
  return "application/octet-stream";
}

std::string ExportFileName(ExportFormat f, const std::string& stem) {
  switch (f) {
    case ExportFormat::kCsv: return stem + ".csv";
    case ExportFormat::kAcled: return stem + "-acled.csv";
    case ExportFormat::kJsonLd: return stem + ".jsonld";
    case ExportFormat::kProv: return stem + ".prov.json";
  }
  return stem;
}

std::string Export(const Account& account, ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv: return LedgerCsv(account);
    case ExportFormat::kAcled: return AcledCsv(account);
    case ExportFormat::kJsonLd: return ClaimsJsonLd(account).dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
    case ExportFormat::kProv: return ProvJson(account).dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  return {};
}

}  // namespace crosscheck::exporting
