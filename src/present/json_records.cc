// AppendJson (nlohmann's serializer, written in place) and the records
// written member by member (json_records.h).
#include "present/json_records.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

#include "present/json_stream.h"

namespace crosscheck {
namespace json_records {
namespace {

// ",\n" and then the indentation of any member up to kLeadSpaces deep: a
// member's separator and indentation are one copy out of it.
constexpr unsigned kLeadSpaces = 64;
constexpr auto kLead = [] {
  std::array<char, 2 + kLeadSpaces> a{};
  a[0] = ',';
  a[1] = '\n';
  for (unsigned k = 0; k < kLeadSpaces; ++k) a[2 + k] = ' ';
  return a;
}();

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

}  // namespace

void AppendRecordId(std::string& out, char prefix, const std::string& doc_id, size_t n) {
  if (!Plain(doc_id)) {
    AppendJson(out, Json(RecordId(prefix, doc_id, n)), false, 0);
    return;
  }
  out += '"';
  out += prefix;
  out += doc_id;
  out += '.';
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
  out += '"';
}

// The record of ForEachLayerRecord's layer 0 (sentences).
void AppendSentenceRecord(std::string& out, const Document& d, const Sentence& s, bool pretty, unsigned depth) {
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.Key("doc").String(d.id);
  w.Key("start").Integer(s.span.start);
  w.Key("end").Integer(s.span.end);
  w.Key("paragraph").Integer(s.paragraph);
  w.Close();
}

// EntityToJson(d, es, i), written.
void AppendEntityRecord(std::string& out, const Document& d, const std::vector<Entity>& es, size_t i, bool pretty,
                        unsigned depth) {
  const Entity& e = es[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('e', d, i, e.span);
  w.Key("type").String(EntityTypeName(e.type));
  w.Key("name").String(e.name);
  w.Key("title").StringOrNull(e.title);
  w.Key("role").StringOrNull(e.role);
  w.Key("cluster").Integer(e.cluster);
  w.Key("name_part");
  if (e.name_part.end > e.name_part.start) {
    RecordWriter part = w.Object();
    part.Key("start").Integer(e.name_part.start);
    part.Key("end").Integer(e.name_part.end);
    part.Key("text").String(e.name_part.Of(d.text));
    part.Key("type").String(EntityTypeName(e.name_part_type));
    part.Close();
  } else {
    w.Null();
  }
  w.Close();
}

// QuantityToJson(d, qs, i), written.
void AppendQuantityRecord(std::string& out, const Document& d, const std::vector<Quantity>& qs, size_t i,
                          bool pretty, unsigned depth) {
  const Quantity& q = qs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('q', d, i, q.span);
  w.Key("kind").String(QuantityKindName(q.kind));
  w.Key("value").Number(q.value);
  w.Key("low").Number(q.low);
  w.Key("high").Number(q.high);
  w.Key("low_inclusive").Bool(q.low_inclusive);
  w.Key("high_inclusive").Bool(q.high_inclusive);
  w.Key("band_low").Number(q.band_low);
  w.Key("band_high").Number(q.band_high);
  w.Key("conservative").Number(q.conservative);
  w.Key("exact").Bool(q.exact);
  w.Key("hedge").StringOrNull(q.hedge.str());
  w.Key("unit").StringOrNull(q.unit.str());
  w.Key("counted").StringOrNull(q.counted.str());
  if (q.counted_span.empty()) {
    w.Key("counted_start").Null();
    w.Key("counted_end").Null();
  } else {
    w.Key("counted_start").Integer(q.counted_span.start);
    w.Key("counted_end").Integer(q.counted_span.end);
  }
  w.Key("parts").Ids('q', d.id, q.parts);
  w.Key("same_as").IdOrNull('q', d.id, q.same_as);
  w.Key("direction").StringOrNull(q.direction.str());
  w.Key("change").StringOrNull(q.change.str());
  w.Key("change_from").IdOrNull('q', d.id, q.change_from);
  w.Key("counted_modifiers").StringOrNull(q.counted_modifiers.str());
  w.Key("tally").Bool(q.tally);
  if (q.counted_phrase.empty()) {
    w.Key("counted_phrase_start").Null();
    w.Key("counted_phrase_end").Null();
  } else {
    w.Key("counted_phrase_start").Integer(q.counted_phrase.start);
    w.Key("counted_phrase_end").Integer(q.counted_phrase.end);
  }
  w.Close();
}

// TimeToJson(d, ts, i), written.
void AppendTimeRecord(std::string& out, const Document& d, const std::vector<TimeMention>& ts, size_t i, bool pretty,
                      unsigned depth) {
  const TimeMention& t = ts[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('t', d, i, t.span);
  w.Key("type").String(TimeTypeName(t.type));
  w.Key("value").StringOrNull(t.value.str());
  w.Key("mod").StringOrNull(t.mod.str());
  if (t.range_from >= 0 && t.range_to >= 0) {
    RecordWriter r = w.Key("range").Object();
    r.Key("from").Id('t', d.id, static_cast<size_t>(t.range_from));
    r.Key("to").Id('t', d.id, static_cast<size_t>(t.range_to));
    r.Close();
  } else {
    w.Key("range").Null();
  }
  w.Key("grain").StringOrNull(t.grain.str());
  w.Key("holiday").Bool(t.holiday);
  if (!t.interval_start.empty() || !t.interval_end.empty()) {
    RecordWriter r = w.Key("interval").Object();
    r.Key("start").StringOrNull(t.interval_start.str());
    r.Key("end").StringOrNull(t.interval_end.str());
    r.Close();
  } else {
    w.Key("interval").Null();
  }
  w.Key("part_of").IdOrNull('t', d.id, t.part_of);
  if (t.anchor == TimeAnchor::kText && t.anchor_index >= 0 && static_cast<size_t>(t.anchor_index) < ts.size())
    w.Key("anchor").Id('t', d.id, static_cast<size_t>(t.anchor_index));
  else if (t.anchor != TimeAnchor::kNone)
    w.Key("anchor").String("report");
  else
    w.Key("anchor").Null();
  w.Key("freq").StringOrNull(t.freq.str());
  w.Key("quant").StringOrNull(t.quant.str());
  w.Close();
}

// ClaimToJson(d, cs, i), written.
void AppendClaimRecord(std::string& out, const Document& d, const std::vector<Claim>& cs, size_t i, bool pretty,
                       unsigned depth) {
  const Claim& c = cs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.Key("id").Id('c', d.id, i);
  w.Key("doc").String(d.id);
  w.Key("quantity").Id('q', d.id, static_cast<size_t>(c.quantity));
  w.Key("start").Integer(c.clause.start);
  w.Key("end").Integer(c.clause.end);
  w.Key("measure").StringOrNull(c.measure.str());
  w.Key("counted").StringOrNull(c.counted.str());
  w.Key("state").StringOrNull(c.state.str());
  w.Key("place").StringOrNull(c.place.str());
  w.Key("speaker").StringOrNull(c.speaker.str());
  w.Key("speaker_role").StringOrNull(c.speaker_role.str());
  w.Key("time").StringOrNull(c.time.str());
  w.Key("as_of").StringOrNull(c.as_of.str());
  w.Key("restates").IdOrNull('c', d.id, c.restates);
  w.Key("group").StringOrNull(c.group.str());
  w.Key("state_word").StringOrNull(c.state_word.str());
  w.Key("place_kind").StringOrNull(c.place_kind.str());
  w.Key("part_of").IdOrNull('c', d.id, c.part_of);
  w.Key("kind").String(c.kind.str());
  w.Key("qualifiers").StringOrNull(c.qualifiers.str());
  w.Key("holder").StringOrNull(c.holder.str());
  w.Key("topic").StringOrNull(c.topic.str());
  w.Key("predicate").StringOrNull(c.predicate.str());
  w.Key("poll").StringOrNull(c.poll.str());
  w.Key("landmark").StringOrNull(c.landmark.str());
  w.Key("rival").StringOrNull(c.rival.str());
  w.Close();
}

// QuoteToJson(d, qs, i), written.
void AppendQuoteRecord(std::string& out, const Document& d, const std::vector<Quote>& qs, size_t i, bool pretty,
                       unsigned depth) {
  const Quote& q = qs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('u', d, i, q.span);
  w.Key("direct").Bool(q.direct);
  w.Key("speaker").StringOrNull(q.speaker.str());
  w.Key("speaker_role").StringOrNull(q.speaker_role.str());
  w.Key("speaker_entity").IdOrNull('e', d.id, q.speaker_entity);
  w.Key("cue").StringOrNull(q.cue.str());
  w.Key("cited").StringOrNull(q.cited.str());
  if (!q.via.empty()) w.Key("via").String(q.via.str());
  w.Close();
}

// AppendStoryRecord's record, written member by member: byte for byte
// AppendJson of `record`'s members followed by StoryToJson(analyses, s)'s
// (StoryToJson stays the reference; AnalysisWriterTest compares them).
Status AppendStory(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record,
                   bool pretty, unsigned depth, const std::function<Status(std::string&)>& flush_bytes) {
  Sink sink(buf);
  RecordWriter w(sink, pretty, depth);
  for (const auto& [k, v] : record.items()) w.Key(k).Value(v);
  w.Key("id").String(s.id);
  w.Key("title").String(s.title);
  w.Key("documents");
  if (s.docs.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t k = 0; k < s.docs.size(); ++k) {
      w.Item(k);
      w.String(analyses[s.docs[k]].doc.id);
    }
    w.CloseArray();
  }
  w.Key("ledger");
  if (s.ledger.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t e = 0; e < s.ledger.size(); ++e) {
      const LedgerEntry& le = s.ledger[e];
      w.Item(e);
      RecordWriter m = w.ItemObject();
      m.Key("measure").String(le.measure);
      for (int list = 0; list < 2; ++list) {
        const std::vector<ClaimRef>& refs = list == 0 ? le.claims : le.restatements;
        m.Key(list == 0 ? "claims" : "restatements");
        if (refs.empty()) {
          m.Raw("[]");
          continue;
        }
        m.OpenArray();
        for (size_t k = 0; k < refs.size(); ++k) {
          m.Item(k);
          m.Id('c', analyses[refs[k].doc].doc.id, static_cast<size_t>(refs[k].claim));
          if (flush_bytes && sink.Size() >= (1 << 16)) {
            Status st = flush_bytes(sink.Flush());
            sink.Resume();
            if (!st.ok()) return st;
          }
        }
        m.CloseArray();
      }
      m.Key("unit").String(le.unit);
      m.Key("low").Number(le.low);
      m.Key("high").Number(le.high);
      m.Key("consensus");
      if (le.consensus) {
        RecordWriter& c = m;
        c.OpenArray();
        c.Item(0);
        c.Number(le.consensus->first);
        c.Item(1);
        c.Number(le.consensus->second);
        c.CloseArray();
      } else {
        m.Null();
      }
      m.Key("conservative").Number(le.conservative);
      m.Key("agreement").String(le.agreement);
      m.Key("evolving").Bool(le.evolving);
      m.Key("why").String(le.why);
      m.Close();
    }
    w.CloseArray();
  }
  w.Key("timeline");
  if (s.timeline.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t k = 0; k < s.timeline.size(); ++k) {
      const TimelineItem& t = s.timeline[k];
      const DocAnalysis& a = analyses[t.doc];
      w.Item(k);
      RecordWriter item = w.ItemObject();
      item.Key("date").String(t.date);
      item.Key("text").String(t.span.Of(a.doc.text));
      item.Key("doc").String(a.doc.id);
      item.Key("start").Integer(t.span.start);
      item.Key("end").Integer(t.span.end);
      item.Close();
    }
    w.CloseArray();
  }
  w.Close();
  return Status::Ok();
}

}  // namespace json_records

void AppendJson(std::string& out, const Json& j, bool pretty, unsigned depth) {
  json_records::JsonAppender(out).Append(j, pretty, depth);
}

}  // namespace crosscheck
