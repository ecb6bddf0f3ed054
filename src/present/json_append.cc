// AppendJson (json_stream.h): nlohmann's serializer, written in place.
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "present/json_record_writer.h"
#include "present/json_records.h"
#include "present/json_stream.h"

namespace crosscheck {
namespace json_records {
namespace {

// The separator before an object member (none before the first), its
// indentation, a plain key and the colon, in one write.
inline void AppendMemberHead(std::string& out, std::string_view key, bool first, bool pretty, unsigned indent) {
  // Made on the stack and appended once (resize would zero-fill first).
  char small[128];
  const size_t lead = pretty ? (first ? 0 : 2) + indent : (first ? 0 : 1);
  const size_t n = lead + key.size() + (pretty ? 4 : 3);
  if (n > sizeof small || (pretty && indent > kLeadSpaces)) {
    if (!first) out += pretty ? std::string_view(",\n") : std::string_view(",");
    if (pretty) out.append(indent, ' ');
    out += '"';
    out += key;
    out += pretty ? std::string_view("\": ") : std::string_view("\":");
    return;
  }
  char* p = small;
  if (pretty) {
    std::memcpy(p, kLead.data() + (first ? 2 : 0), lead);
  } else if (!first) {
    *p = ',';
  }
  p += lead;
  *p++ = '"';
  std::memcpy(p, key.data(), key.size());
  p += key.size();
  *p++ = '"';
  *p++ = ':';
  if (pretty) *p = ' ';
  out.append(small, n);
}

// A plain string (Plain(s)) in quotes.
inline void AppendPlainString(std::string& out, std::string_view s) {
  out += '"';
  out += s;
  out += '"';
}

// Appends `j` to `out` as nlohmann writes it: compact (dump()) or, pretty,
// exactly Reindent(j.dump(1), depth), since the serializer's current
// indentation is the depth it starts at. Writing in place saves the
// temporary string of dump() and the copy Reindent makes of it (the
// output stage's allocations and copies, a tenth of a long document's CPU).
//
// The walk is nlohmann's serializer::dump, written against the string
// directly: structure, strings of printable ASCII with nothing to escape
// (every key, most values), integers (decimal, as dump_integer),
// booleans and null are appended here; floats go through nlohmann's own
// to_chars after the same finiteness test as dump_float; any other string
// (escapes, UTF-8 to check) and any other type go to nlohmann's serializer,
// so the bytes, and the strict error on invalid UTF-8, are unchanged.
class JsonAppender {
 public:
  explicit JsonAppender(std::string& out) : out_(out) {}

  void Append(const Json& j, bool pretty, unsigned depth) {
    switch (j.type()) {
      case Json::value_t::object: {
        const auto& obj = j.get_ref<const Json::object_t&>();
        if (obj.empty()) {
          out_ += "{}";
          return;
        }
        out_ += pretty ? std::string_view("{\n") : std::string_view("{");
        bool first = true;
        for (const auto& [key, value] : obj) {
          OpenMember(key, first, pretty, depth + 1);
          first = false;
          Append(value, pretty, depth + 1);
        }
        Close('}', pretty, depth);
        return;
      }
      case Json::value_t::array: {
        const auto& arr = j.get_ref<const Json::array_t&>();
        if (arr.empty()) {
          out_ += "[]";
          return;
        }
        out_ += pretty ? std::string_view("[\n") : std::string_view("[");
        bool first = true;
        for (const Json& value : arr) {
          if (!first) out_ += pretty ? std::string_view(",\n") : std::string_view(",");
          first = false;
          if (pretty) out_.append(depth + 1, ' ');
          Append(value, pretty, depth + 1);
        }
        Close(']', pretty, depth);
        return;
      }
      case Json::value_t::string: {
        AppendString(j, j.get_ref<const std::string&>());
        return;
      }
      case Json::value_t::boolean:
        out_ += j.get<bool>() ? "true" : "false";
        return;
      case Json::value_t::null:
        out_ += "null";
        return;
      case Json::value_t::number_integer:
        AppendInteger(j.get<Json::number_integer_t>());
        return;
      case Json::value_t::number_unsigned:
        AppendInteger(j.get<Json::number_unsigned_t>());
        return;
      case Json::value_t::number_float: {
        const double x = j.get<double>();
        if (!std::isfinite(x)) {
          out_ += "null";
          return;
        }
        char buf[64];
        char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);
        out_.append(buf, static_cast<size_t>(end - buf));
        return;
      }
      default:
        Serializer().dump(j, pretty, /*ensure_ascii=*/false, 1, depth);
        return;
    }
  }

 private:
  using JsonSerializer = nlohmann::detail::serializer<Json>;

  // The closing bracket of a non-empty object or array, on its own line
  // at the container's indentation when pretty.
  void Close(char bracket, bool pretty, unsigned depth) {
    if (pretty) {
      out_ += '\n';
      out_.append(depth, ' ');
    }
    out_ += bracket;
  }

  // The separator before an object member (none before the first), its
  // indentation, key and colon: one write for a plain key.
  void OpenMember(const std::string& key, bool first, bool pretty, unsigned indent) {
    if (Plain(key)) {
      AppendMemberHead(out_, key, first, pretty, indent);
      return;
    }
    if (!first) out_ += pretty ? std::string_view(",\n") : std::string_view(",");
    if (pretty) out_.append(indent, ' ');
    AppendKey(key);
    out_ += pretty ? std::string_view(": ") : std::string_view(":");
  }

  void AppendString(const Json& j, const std::string& s) {
    if (Plain(s)) {
      AppendPlainString(out_, s);
    } else {
      Serializer().dump(j, false, /*ensure_ascii=*/false, 0);
    }
  }

  template <typename T>
  void AppendInteger(T v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(r.ptr - buf));
  }

  void AppendKey(const std::string& key) {
    if (Plain(key)) {
      out_ += '"';
      out_ += key;
      out_ += '"';
    } else {
      Serializer().dump(Json(key), false, /*ensure_ascii=*/false, 0);
    }
  }

  JsonSerializer& Serializer() {
    if (!serializer_)
      serializer_.emplace(nlohmann::detail::output_adapter<char, std::string>(out_), ' ',
                          nlohmann::detail::error_handler_t::strict);
    return *serializer_;
  }

  std::string& out_;
  std::optional<JsonSerializer> serializer_;
};

}  // namespace
}  // namespace json_records

void AppendJson(std::string& out, const Json& j, bool pretty, unsigned depth) {
  json_records::JsonAppender(out).Append(j, pretty, depth);
}

}  // namespace crosscheck
