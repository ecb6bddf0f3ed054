// Exports of an account in the forms analysts already use (docs/EXPORTS.md):
//  - csv:    the ledger, one row per figure (RFC 4180, UTF-8), with low /
//            best / high as casualty datasets keep them (ledger_rows.h);
//  - acled:  an ACLED-style event table, one row per story, date and place
//            where the ledger holds casualty figures (deaths, injuries);
//  - jsonld: schema.org Claim per ledger entry, each appearance with its
//            document, speaker and date, plus an empty ClaimReview for a
//            fact-checker to fill in (we reconcile, we do not rate);
//  - prov:   W3C PROV-JSON lineage: documents, copies as revisions, quotes
//            as quotations, figures attributed to their speakers and
//            derived from their documents.
// Each is deterministic: the same account gives the same bytes. Pure
// functions; thread-safe.
#ifndef CROSSCHECK_EXPORT_EXPORT_H_
#define CROSSCHECK_EXPORT_EXPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/account.h"

namespace crosscheck::exporting {

enum class ExportFormat { kCsv, kAcled, kJsonLd, kProv };

// "csv" | "acled" | "jsonld" | "prov" (also "json-ld", "prov-json").
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
const char* ExportFormatName(ExportFormat f);
// The HTTP Content-Type of a format ("text/csv; charset=utf-8", ...).
const char* ExportMediaType(ExportFormat f);
// A file name for a download: "<stem>.csv", "<stem>-acled.csv",
// "<stem>.jsonld", "<stem>.prov.json".
std::string ExportFileName(ExportFormat f, const std::string& stem);

std::string Export(const Account& account, ExportFormat format);

// The formats, one by one.
std::string LedgerCsv(const Account& account);
std::string AcledCsv(const Account& account);
Json ClaimsJsonLd(const Account& account);
Json ProvJson(const Account& account);

// Column names of the two tables, in order.
const std::vector<std::string>& LedgerCsvColumns();
const std::vector<std::string>& AcledColumns();

// The title of each story of the account, in story order: fusion titles a
// story with its headline (fuse/headline.h), so exports name it as the JSON,
// the HTML report and the web page do.
std::vector<std::string> StoryHeadlines(const Account& account);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_EXPORT_H_
