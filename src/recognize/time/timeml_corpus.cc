// A single pass over <TEXT>: text bytes are copied (entities decoded), tags
// are skipped, and TIMEX3 start/end tags open and close spans on a stack.
// Attributes are read as name="value" pairs (TimeML files use double quotes;
// single quotes are accepted too).
#include "recognize/time/timeml_corpus.h"

#include <algorithm>
#include <cstdlib>

#include "core/utf8.h"

namespace crosscheck {
namespace {

// Attributes of a start tag's inside ("TIMEX3 tid=\"t1\" type=\"DATE\"").
std::vector<std::pair<std::string, std::string>> Attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while (i < tag.size() && tag[i] != ' ' && tag[i] != '\t' && tag[i] != '\n') ++i;  // the tag name
  while (i < tag.size()) {
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r' || tag[i] == '/')) ++i;
    size_t name_start = i;
    while (i < tag.size() && tag[i] != '=' && tag[i] != ' ') ++i;
    std::string name(tag.substr(name_start, i - name_start));
    if (i >= tag.size() || tag[i] != '=') break;
    ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) break;
    char quote = tag[i++];
    size_t value_start = i;
    while (i < tag.size() && tag[i] != quote) ++i;
    out.emplace_back(std::move(name), std::string(tag.substr(value_start, i - value_start)));
    ++i;
  }
  return out;
}

std::string Attribute(const std::vector<std::pair<std::string, std::string>>& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return v;
  return "";
}

bool TagIs(std::string_view tag, std::string_view name) {
  return tag.substr(0, name.size()) == name &&
         (tag.size() == name.size() || tag[name.size()] == ' ' || tag[name.size()] == '\t' ||
          tag[name.size()] == '\n' || tag[name.size()] == '/' || tag[name.size()] == '\r');
}

// Decodes the entity at xml[i] == '&' into *out; returns its length, 0 when
// it is no entity (the '&' is then copied as is).
size_t Entity(std::string_view xml, size_t i, std::string* out) {
  size_t semi = xml.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = xml.substr(i + 1, semi - i - 1);
  if (name == "amp") out->push_back('&');
  else if (name == "lt") out->push_back('<');
  else if (name == "gt") out->push_back('>');
  else if (name == "quot") out->push_back('"');
  else if (name == "apos") out->push_back('\'');
  else if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    char* end = nullptr;
    unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (digits.empty() || *end != '\0') return 0;
    if (cp < 0x110000) AppendUtf8(static_cast<char32_t>(cp), out);  // beyond Unicode: dropped
  } else {
    return 0;
  }
  return semi - i + 1;
}

}  // namespace

uint32_t Fnv1a32(std::string_view s) {
  uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

bool InMeasuringPart(std::string_view doc_id) { return Fnv1a32(doc_id) % 2 == 1; }

bool InTuningHalfB(std::string_view doc_id) { return (Fnv1a32(doc_id) >> 31) == 1; }

Result<TimeMLDocument> ParseTimeML(std::string_view xml, std::string_view name) {
  const std::string where(name);
  TimeMLDocument doc;
  doc.id = where;
  if (size_t a = xml.find("<DOCID>"); a != std::string_view::npos) {
    size_t b = xml.find("</DOCID>", a);
    if (b != std::string_view::npos) {
      std::string_view id = xml.substr(a + 7, b - a - 7);
      while (!id.empty() && (id.front() == ' ' || id.front() == '\n')) id.remove_prefix(1);
      while (!id.empty() && (id.back() == ' ' || id.back() == '\n')) id.remove_suffix(1);
      if (!id.empty()) doc.id = std::string(id);
    }
  }
  // The creation time: the TIMEX3 whose functionInDocument is CREATION_TIME.
  for (size_t at = xml.find("<TIMEX3"); at != std::string_view::npos; at = xml.find("<TIMEX3", at + 1)) {
    size_t close = xml.find('>', at);
    if (close == std::string_view::npos) break;
    auto attrs = Attributes(xml.substr(at + 1, close - at - 1));
    if (Attribute(attrs, "functionInDocument") == "CREATION_TIME") {
      doc.dct = Attribute(attrs, "value");
      break;
    }
  }
  size_t begin = xml.find("<TEXT>");
  size_t end = xml.find("</TEXT>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin)
    return Error{where + ": no <TEXT> element"};
  begin += 6;
  struct Open { Timex3 t; };
  std::vector<Open> open;
  doc.text.reserve(end - begin);
  for (size_t i = begin; i < end;) {
    char c = xml[i];
    if (c == '<') {
      size_t close = xml.find('>', i);
      if (close == std::string_view::npos || close > end)
        return Error{where + ": unterminated tag at byte " + std::to_string(i)};
      std::string_view tag = xml.substr(i + 1, close - i - 1);
      if (TagIs(tag, "TIMEX3")) {
        auto attrs = Attributes(tag);
        Timex3 t;
        t.start = static_cast<uint32_t>(doc.text.size());
        t.tid = Attribute(attrs, "tid");
        t.type = Attribute(attrs, "type");
        t.value = Attribute(attrs, "value");
        t.mod = Attribute(attrs, "mod");
        t.anchor_tid = Attribute(attrs, "anchorTimeID");
        if (!tag.empty() && tag.back() == '/') {  // empty TIMEX3: no text, not scored
        } else {
          open.push_back({std::move(t)});
        }
      } else if (TagIs(tag, "/TIMEX3")) {
        if (open.empty()) return Error{where + ": </TIMEX3> without a start tag at byte " + std::to_string(i)};
        Timex3 t = std::move(open.back().t);
        open.pop_back();
        t.end = static_cast<uint32_t>(doc.text.size());
        doc.timexes.push_back(std::move(t));
      }
      i = close + 1;
      continue;
    }
    if (c == '&') {
      size_t n = Entity(xml, i, &doc.text);
      if (n) { i += n; continue; }
    }
    doc.text.push_back(c);
    ++i;
  }
  if (!open.empty()) return Error{where + ": TIMEX3 " + open.back().t.tid + " is not closed"};
  // Nested TIMEX3 close inner-first; keep text order.
  std::stable_sort(doc.timexes.begin(), doc.timexes.end(),
                   [](const Timex3& a, const Timex3& b) { return a.start < b.start; });
  return doc;
}

}  // namespace crosscheck
