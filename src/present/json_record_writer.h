// The cursor and record writer behind the JSON output's records
// (json_records.cc): a cursor at the end of a string (Sink) and a record
// written member by member through it (RecordWriter), byte for byte as
// AppendJson writes the same record's Json; and kLead, the member
// separator and indentation that AppendJson (json_append.cc) copies too.
// Internal to src/present; header-only so that each member write inlines
// into the record that makes it.
#ifndef CROSSCHECK_PRESENT_JSON_RECORD_WRITER_H_
#define CROSSCHECK_PRESENT_JSON_RECORD_WRITER_H_

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "present/json_records.h"
#include "present/json_stream.h"

namespace crosscheck::json_records {

// ",\n" and then the indentation of any member up to kLeadSpaces deep: a
// member's separator and indentation are one copy out of it.
inline constexpr unsigned kLeadSpaces = 64;
inline constexpr auto kLead = [] {
  std::array<char, 2 + kLeadSpaces> a{};
  a[0] = ',';
  a[1] = '\n';
  for (unsigned k = 0; k < kLeadSpaces; ++k) a[2 + k] = ' ';
  return a;
}();

// A cursor writing at the end of `out`: room is made ahead (the string
// grown by at least kStep bytes, std::string's own capacity growing
// geometrically), bytes are written through a pointer with no length and
// capacity bookkeeping per piece, and the string is cut to what was
// written by Flush() (and the destructor). Code that appends to `out`
// itself runs between Flush() and Resume().
class Sink {
 public:
  explicit Sink(std::string& out) : out_(out), pos_(out.size()) {}
  ~Sink() { Flush(); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // At least `n` writable bytes at Here().
  char* Room(size_t n) {
    if (out_.size() - pos_ < n) out_.resize(pos_ + std::max(n, kStep));
    return out_.data() + pos_;
  }
  void Advance(size_t n) { pos_ += n; }
  void Put(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    pos_ += s.size();
  }
  void Put(char c) {
    *Room(1) = c;
    ++pos_;
  }
  std::string& Flush() {
    out_.resize(pos_);
    return out_;
  }
  void Resume() { pos_ = out_.size(); }
  size_t Size() const { return pos_; }

 private:
  static constexpr size_t kStep = 512;
  std::string& out_;
  size_t pos_;
};

// One record of a layer written member by member, byte for byte as
// AppendJson writes the record's Json (members in the order they are
// written; never empty). Records with many instances (sentences, entities)
// are written this way: building each as an ordered_json (a heap key and
// a linear key search per member, then freeing it) cost more than writing
// it. Strings other than plain ones go through AppendJson, which escapes
// them as nlohmann does.
class RecordWriter {
 public:
  RecordWriter(Sink& out, bool pretty, unsigned depth) : out_(out), pretty_(pretty), depth_(depth) {
    out_.Put(pretty ? std::string_view("{\n") : std::string_view("{"));
  }
  // Starts member `key` (a literal of printable ASCII, nothing to escape):
  // separator, indentation, key and colon. The separator and indentation
  // are copied from kLead a whole 64 bytes at once (a copy of constant
  // size, no call) and the cursor moved past the part that counts.
  template <size_t N>
  RecordWriter& Key(const char (&key)[N]) {
    constexpr size_t kKey = N - 1;
    const unsigned indent = depth_ + 1;
    if (pretty_ && indent + 2 > kLeadSpaces) {
      if (!first_) out_.Put(std::string_view(",\n"));
      std::memset(out_.Room(indent), ' ', indent);
      out_.Advance(indent);
      first_ = true;  // separator written
    }
    char* p = out_.Room(kLeadSpaces + 2 + kKey + 4);
    size_t lead = 0;
    if (pretty_) {
      if (indent + 2 <= kLeadSpaces) {
        std::memcpy(p, kLead.data() + (first_ ? 2 : 0), kLeadSpaces);
        lead = (first_ ? 0 : 2) + indent;
      }
    } else if (!first_) {
      *p = ',';
      lead = 1;
    }
    p += lead;
    *p++ = '"';
    std::memcpy(p, key, kKey);
    p += kKey;
    *p++ = '"';
    *p++ = ':';
    *p = ' ';  // kept only when pretty
    out_.Advance(lead + kKey + (pretty_ ? 4 : 3));
    first_ = false;
    return *this;
  }
  void String(std::string_view s) {
    if (Plain(s)) {
      char* p = out_.Room(s.size() + 2);
      *p = '"';
      std::memcpy(p + 1, s.data(), s.size());
      p[s.size() + 1] = '"';
      out_.Advance(s.size() + 2);
    } else {
      AppendJson(out_.Flush(), Json(std::string(s)), false, 0);
      out_.Resume();
    }
  }
  // "" as null (JsonStringOrNull).
  void StringOrNull(std::string_view s) {
    if (s.empty()) Null();
    else String(s);
  }
  // RecordId(prefix, doc_id, n) as a string.
  void Id(char prefix, const std::string& doc_id, size_t n) {
    if (!Plain(doc_id)) {
      AppendRecordId(out_.Flush(), prefix, doc_id, n);
      out_.Resume();
      return;
    }
    char* const start = out_.Room(doc_id.size() + 4 + 20);
    char* p = start;
    *p++ = '"';
    *p++ = prefix;
    std::memcpy(p, doc_id.data(), doc_id.size());
    p += doc_id.size();
    *p++ = '.';
    p = std::to_chars(p, p + 20, n).ptr;
    *p++ = '"';
    out_.Advance(static_cast<size_t>(p - start));
  }
  template <typename T>
  void Integer(T v) {
    char* p = out_.Room(24);
    out_.Advance(static_cast<size_t>(std::to_chars(p, p + 24, v).ptr - p));
  }
  void Null() { out_.Put(std::string_view("null")); }
  void Bool(bool b) { out_.Put(b ? std::string_view("true") : std::string_view("false")); }
  // JsonNumber(v) as AppendJson writes it: whole values up to 2^53 as
  // integers, non-finite ones as null, others as nlohmann's shortest
  // round-trip double.
  void Number(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
      Integer(static_cast<int64_t>(v));
    } else if (!std::isfinite(v)) {
      Null();
    } else {
      char* p = out_.Room(64);
      out_.Advance(static_cast<size_t>(nlohmann::detail::to_chars(p, p + 64, v) - p));
    }
  }
  void Number(const std::optional<double>& v) {
    if (v) Number(*v);
    else Null();
  }
  void Number(OptionalDouble v) {
    if (v) Number(*v);
    else Null();
  }
  // RecordId(prefix, doc_id, n) when n >= 0, else null.
  void IdOrNull(char prefix, const std::string& doc_id, int n) {
    if (n >= 0) Id(prefix, doc_id, static_cast<size_t>(n));
    else Null();
  }
  // An array of RecordId(prefix, doc_id, n) for each n of `ns`, as the
  // value of the current member.
  void Ids(char prefix, const std::string& doc_id, const std::vector<int>& ns) {
    if (ns.empty()) {
      out_.Put(std::string_view("[]"));
      return;
    }
    out_.Put(pretty_ ? std::string_view("[\n") : std::string_view("["));
    for (size_t k = 0; k < ns.size(); ++k) {
      if (k) out_.Put(pretty_ ? std::string_view(",\n") : std::string_view(","));
      if (pretty_) Spaces(depth_ + 2);
      Id(prefix, doc_id, static_cast<size_t>(ns[k]));
    }
    if (pretty_) {
      out_.Put('\n');
      Spaces(depth_ + 1);
    }
    out_.Put(']');
  }
  // The members every span record opens with: id, doc, start, end and the
  // text the span covers.
  RecordWriter& SpanHead(char prefix, const Document& d, size_t i, Span span) {
    Key("id").Id(prefix, d.id, i);
    Key("doc").String(d.id);
    Key("start").Integer(span.start);
    Key("end").Integer(span.end);
    Key("text").String(span.Of(d.text));
    return *this;
  }
  // A member whose key is known only at run time, and a value written by
  // AppendJson (the story's leading `record` members).
  RecordWriter& Key(const std::string& key) {
    if (!first_) out_.Put(pretty_ ? std::string_view(",\n") : std::string_view(","));
    if (pretty_) Spaces(depth_ + 1);
    String(key);
    out_.Put(pretty_ ? std::string_view(": ") : std::string_view(":"));
    first_ = false;
    return *this;
  }
  void Value(const Json& v) {
    AppendJson(out_.Flush(), v, pretty_, pretty_ ? depth_ + 1 : 0);
    out_.Resume();
  }
  // An array as the value of the current member: Open, then Item before
  // each element (k = its index), then Close. Not for an empty array
  // (write "[]" with Raw).
  void OpenArray() { out_.Put(pretty_ ? std::string_view("[\n") : std::string_view("[")); }
  void Item(size_t k) {
    if (k) out_.Put(pretty_ ? std::string_view(",\n") : std::string_view(","));
    if (pretty_) Spaces(depth_ + 2);
  }
  void CloseArray() {
    if (pretty_) {
      out_.Put('\n');
      Spaces(depth_ + 1);
    }
    out_.Put(']');
  }
  void Raw(std::string_view s) { out_.Put(s); }
  // An object as an element of the current member's array.
  RecordWriter ItemObject() { return RecordWriter(out_, pretty_, depth_ + 2); }
  Sink& sink() { return out_; }
  // An object as the value of the current member, written through the
  // writer returned (close it before writing this one's next member).
  RecordWriter Object() { return RecordWriter(out_, pretty_, depth_ + 1); }
  void Close() {
    if (pretty_) {
      out_.Put('\n');
      Spaces(depth_);
    }
    out_.Put('}');
  }

 private:
  void Spaces(unsigned n) {
    std::memset(out_.Room(n), ' ', n);
    out_.Advance(n);
  }

  Sink& out_;
  const bool pretty_;
  const unsigned depth_;
  bool first_ = true;
};

}  // namespace crosscheck::json_records

#endif  // CROSSCHECK_PRESENT_JSON_RECORD_WRITER_H_
