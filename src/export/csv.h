// CSV as RFC 4180 defines it: records end in CRLF; a field holding a comma,
// a double quote, CR or LF is enclosed in double quotes, with each double
// quote inside doubled; every record has as many fields as the header.
// Text is UTF-8, written without a byte-order mark.
//
// Spreadsheets run a cell that starts with '=', '+', '-' or '@' as a formula
// (CSV injection). TextCell() puts an apostrophe before such text, the
// convention spreadsheets show as literal text; numbers never need it.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_EXPORT_CSV_H_
#define CROSSCHECK_EXPORT_CSV_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace crosscheck::exporting {

using CsvRecord = std::vector<std::string>;

// One field, quoted when RFC 4180 requires it.
std::string CsvField(std::string_view value);
// One record with its CRLF.
std::string CsvLine(const CsvRecord& fields);

// Text for a cell: `s` with an apostrophe in front when it would start a
// formula ('=', '+', '-', '@', or a leading tab or CR).
std::string TextCell(std::string_view s);
// A number for a cell: whole values without a fraction ("180"), others with
// up to 15 significant digits ("4.5"); empty when absent or not finite.
std::string NumberCell(std::optional<double> v);

// Parses RFC 4180 CSV (CRLF or LF line ends; a final line end optional).
// Errors: a quote inside an unquoted field, text after a closing quote, an
// unterminated quoted field; each names the 1-based line.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view csv);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_CSV_H_
