#include "export/csv.h"

#include <cmath>
#include <cstdio>

namespace crosscheck::exporting {

std::string CsvField(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const CsvRecord& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    line += CsvField(fields[i]);
  }
  return line + "\r\n";
}

std::string TextCell(std::string_view s) {
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    return "'" + std::string(s);
  return std::string(s);
}

std::string NumberCell(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return {};
  char buf[64];
  if (std::floor(*v) == *v && std::fabs(*v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*v));
  } else {
    std::snprintf(buf, sizeof buf, "%.15g", *v);
  }
  return buf;
}

Result<std::vector<CsvRecord>> ParseCsv(std::string_view csv) {
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  size_t line = 1, i = 0;
  bool any = false;  // the current record has begun
  auto end_record = [&] {
    record.push_back(std::move(field));
    field.clear();
    records.push_back(std::move(record));
    record.clear();
    any = false;
  };
  while (i < csv.size()) {
    char c = csv[i];
    if (c == '"') {
      if (!field.empty()) return Error{"line " + std::to_string(line) + ": a quote inside an unquoted field"};
      size_t start_line = line;
      ++i;
      for (;;) {
        if (i >= csv.size()) return Error{"line " + std::to_string(start_line) + ": quoted field never closed"};
        if (csv[i] == '"') {
          if (i + 1 < csv.size() && csv[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (csv[i] == '\n') ++line;
        field += csv[i++];
      }
      any = true;
      if (i < csv.size() && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n')
        return Error{"line " + std::to_string(line) + ": text after a closing quote"};
      continue;
    }
    if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      any = true;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      end_record();
      i += (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ? 2 : 1;
      ++line;
      continue;
    }
    field += c;
    any = true;
    ++i;
  }
  if (any || !field.empty()) end_record();
  return records;
}

}  // namespace crosscheck::exporting
