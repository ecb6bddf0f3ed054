// AnalysisWriter: the spool and the two layouts.
//
// The pretty layout must equal nlohmann's dump(1) of the whole object. In
// that layout a value at nesting depth k has its inner lines indented by k
// more spaces than the same value dumped alone, and dumped strings never hold
// a raw newline (they are escaped), so a record dumped alone is placed at
// depth k by inserting k spaces after every newline (Reindent). Records of a
// top-level array sit at depth 2; members of a document record at depth 3.
#include "present/json_stream.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

namespace crosscheck {
namespace {

std::string Reindent(std::string s, int k) {
  const std::string pad(k, ' ');
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    out.push_back(c);
    if (c == '\n') out += pad;
  }
  return out;
}

// Written as it is by nlohmann: printable ASCII without quote or
// backslash (every key, most values). Anything else goes to nlohmann,
// which escapes and checks UTF-8 (strict: malformed UTF-8 throws).
constexpr auto kPlainByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}();
inline bool Plain(std::string_view s) {
  for (char c : s)
    if (!kPlainByte[static_cast<unsigned char>(c)]) return false;
  return true;
}

// `n` more bytes at the end of `out`, to be written.
inline char* Extend(std::string& out, size_t n) {
  const size_t at = out.size();
  out.resize(at + n);
  return out.data() + at;
}

// The separator before an object member (none before the first), its
// indentation, a plain key and the colon, in one write.
inline void AppendMemberHead(std::string& out, std::string_view key, bool first, bool pretty, unsigned indent) {
  const size_t n = (first ? 0 : (pretty ? 2 : 1)) + (pretty ? indent : 0) + key.size() + (pretty ? 4 : 3);
  // Made on the stack and appended once (resize would zero-fill first).
  char small[128];
  const bool fits = n <= sizeof small;
  char* const start = fits ? small : Extend(out, n);
  char* p = start;
  if (!first) {
    *p++ = ',';
    if (pretty) *p++ = '\n';
  }
  if (pretty) {
    std::memset(p, ' ', indent);
    p += indent;
  }
  *p++ = '"';
  std::memcpy(p, key.data(), key.size());
  p += key.size();
  *p++ = '"';
  *p++ = ':';
  if (pretty) *p = ' ';
  if (fits) out.append(small, n);
}

// A plain string (Plain(s)) in quotes.
inline void AppendPlainString(std::string& out, std::string_view s) {
  char* p = Extend(out, s.size() + 2);
  *p++ = '"';
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '"';
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
        if (pretty) {
          out_ += '\n';
          out_.append(depth, ' ');
        }
        out_ += '}';
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
        if (pretty) {
          out_ += '\n';
          out_.append(depth, ' ');
        }
        out_ += ']';
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

// Appends RecordId(prefix, doc_id, n) as a JSON string.
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

// One record of a layer written member by member, byte for byte as
// AppendJson writes the record's Json (members in the order they are
// written; never empty). Records with many instances (sentences, entities)
// are written this way: building each as an ordered_json (a heap key and
// a linear key search per member, then freeing it) cost more than writing
// it. Strings other than plain ones go through AppendJson, which escapes
// them as nlohmann does.
class RecordWriter {
 public:
  RecordWriter(std::string& out, bool pretty, unsigned depth) : out_(out), pretty_(pretty), depth_(depth) {
    out_ += pretty ? std::string_view("{\n") : std::string_view("{");
  }
  // Starts member `key` (printable ASCII, nothing to escape).
  RecordWriter& Key(std::string_view key) {
    AppendMemberHead(out_, key, first_, pretty_, depth_ + 1);
    first_ = false;
    return *this;
  }
  void String(std::string_view s) {
    if (Plain(s)) {
      AppendPlainString(out_, s);
    } else {
      AppendJson(out_, Json(std::string(s)), false, 0);
    }
  }
  // "" as null (JsonStringOrNull).
  void StringOrNull(std::string_view s) {
    if (s.empty()) Null();
    else String(s);
  }
  // RecordId(prefix, doc_id, n) as a string.
  void Id(char prefix, const std::string& doc_id, size_t n) { AppendRecordId(out_, prefix, doc_id, n); }
  template <typename T>
  void Integer(T v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(r.ptr - buf));
  }
  void Null() { out_ += std::string_view("null"); }
  void Bool(bool b) { out_ += b ? std::string_view("true") : std::string_view("false"); }
  // JsonNumber(v) as AppendJson writes it: whole values up to 2^53 as
  // integers, non-finite ones as null, others as nlohmann's shortest
  // round-trip double.
  void Number(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
      Integer(static_cast<int64_t>(v));
    } else if (!std::isfinite(v)) {
      Null();
    } else {
      char buf[64];
      char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
      out_.append(buf, static_cast<size_t>(end - buf));
    }
  }
  void Number(const std::optional<double>& v) {
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
      out_ += std::string_view("[]");
      return;
    }
    out_ += pretty_ ? std::string_view("[\n") : std::string_view("[");
    for (size_t k = 0; k < ns.size(); ++k) {
      if (k) out_ += pretty_ ? std::string_view(",\n") : std::string_view(",");
      if (pretty_) out_.append(depth_ + 2, ' ');
      Id(prefix, doc_id, static_cast<size_t>(ns[k]));
    }
    if (pretty_) {
      out_ += '\n';
      out_.append(depth_ + 1, ' ');
    }
    out_ += ']';
  }
  void Close() {
    if (pretty_) {
      out_ += '\n';
      out_.append(depth_, ' ');
    }
    out_ += '}';
  }

 private:
  std::string& out_;
  const bool pretty_;
  const unsigned depth_;
  bool first_ = true;
};

// The record of ForEachLayerRecord's layer 0 (sentences).
void AppendSentenceRecord(std::string& out, const Document& d, const Sentence& s, bool pretty, unsigned depth) {
  RecordWriter w(out, pretty, depth);
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
  RecordWriter w(out, pretty, depth);
  w.Key("id").Id('e', d.id, i);
  w.Key("doc").String(d.id);
  w.Key("start").Integer(e.span.start);
  w.Key("end").Integer(e.span.end);
  w.Key("text").String(e.span.Of(d.text));
  w.Key("type").String(EntityTypeName(e.type));
  w.Key("name").String(e.name);
  w.Key("title").StringOrNull(e.title);
  w.Key("role").StringOrNull(e.role);
  w.Key("cluster").Integer(e.cluster);
  w.Close();
}

// QuantityToJson(d, qs, i), written.
void AppendQuantityRecord(std::string& out, const Document& d, const std::vector<Quantity>& qs, size_t i,
                          bool pretty, unsigned depth) {
  const Quantity& q = qs[i];
  RecordWriter w(out, pretty, depth);
  w.Key("id").Id('q', d.id, i);
  w.Key("doc").String(d.id);
  w.Key("start").Integer(q.span.start);
  w.Key("end").Integer(q.span.end);
  w.Key("text").String(q.span.Of(d.text));
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

// QuoteToJson(d, qs, i), written.
void AppendQuoteRecord(std::string& out, const Document& d, const std::vector<Quote>& qs, size_t i, bool pretty,
                       unsigned depth) {
  const Quote& q = qs[i];
  RecordWriter w(out, pretty, depth);
  w.Key("id").Id('u', d.id, i);
  w.Key("doc").String(d.id);
  w.Key("start").Integer(q.span.start);
  w.Key("end").Integer(q.span.end);
  w.Key("text").String(q.span.Of(d.text));
  w.Key("direct").Bool(q.direct);
  w.Key("speaker").StringOrNull(q.speaker.str());
  w.Key("speaker_role").StringOrNull(q.speaker_role.str());
  w.Key("speaker_entity").IdOrNull('e', d.id, q.speaker_entity);
  w.Key("cue").StringOrNull(q.cue.str());
  w.Key("cited").StringOrNull(q.cited.str());
  if (!q.via.empty()) w.Key("via").String(q.via.str());
  w.Close();
}

std::FILE* OpenSpool() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/crosscheck-spool-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) return nullptr;
  unlink(path.c_str());  // anonymous: gone when closed, even after a crash
  std::FILE* f = fdopen(fd, "w+b");
  if (!f) {
    close(fd);
    return nullptr;
  }
  std::setvbuf(f, nullptr, _IOFBF, 256 << 10);  // many small parts per write, not one per 4 KiB
  return f;
}

}  // namespace

void AppendJson(std::string& out, const Json& j, bool pretty, unsigned depth) {
  JsonAppender(out).Append(j, pretty, depth);
}

Result<std::unique_ptr<AnalysisWriter>> AnalysisWriter::Create(std::ostream* out, std::string name,
                                                                OutputFormat format, const JsonOptions& options) {
  std::FILE* spool = OpenSpool();
  if (!spool) return Error{name + ": cannot create a spool file in $TMPDIR or /tmp"};
  return std::unique_ptr<AnalysisWriter>(new AnalysisWriter(out, std::move(name), format, options, spool));
}

AnalysisWriter::AnalysisWriter(std::ostream* out, std::string name, OutputFormat format, const JsonOptions& options,
                               std::FILE* spool)
    : out_(out), name_(std::move(name)), format_(format), options_(options), spool_(spool) {}

AnalysisWriter::~AnalysisWriter() { std::fclose(spool_); }

Status AnalysisWriter::Spool(const std::string& bytes, Fragment* f) {
  if (bytes.empty()) return Status::Ok();
  // The stream only ever writes, so it stays at the end: no fseek (each one
  // flushed the buffer, a write and a seek per part of every document, as
  // much time as the rest of spooling on the bench corpus). CopyFragment
  // reads with pread, which leaves the stream's position alone.
  if (std::fwrite(bytes.data(), 1, bytes.size(), spool_) != bytes.size())
    return Error{name_ + ": cannot write the spool file (disk full?)"};
  // A fragment written last grows in place: a long layer is spooled in
  // pieces that lie one after another.
  if (f->offset >= 0 && f->offset + static_cast<long long>(f->length) == spool_size_) {
    f->length += bytes.size();
  } else {
    f->offset = spool_size_;
    f->length = bytes.size();
  }
  spool_size_ += static_cast<long long>(bytes.size());
  return Status::Ok();
}

namespace {

// Writes the parts of a document's records (its text part, then one per
// layer) in order: flush(part, bytes) takes a part's bytes whenever they
// reach `chunk` (0 = never) and once at the end of each part; `bytes` may
// be moved from. Returns the first failed flush's status.
template <typename Flush>
Status RenderParts(const DocAnalysis& a, bool pretty, const JsonOptions& options, size_t chunk, Flush flush) {
  constexpr int kParts = 7;
  std::string parts[kParts];
  if (options.with_text) {
    // ",\n   "text": …" at depth 3 (pretty) or ',"text":…' (compact).
    Json text = DocumentTextMembers(a.doc);  // named: items() does not keep a temporary alive
    for (auto& [k, v] : text.items()) {
      Json key = k;
      parts[0] += pretty ? ",\n   " + key.dump() + ": " + Reindent(v.dump(1), 3) : "," + key.dump() + ":" + v.dump();
    }
  }
  if (Status st = flush(0, parts[0]); !st.ok()) return st;
  bool started[kParts] = {};
  Status flushed = Status::Ok();
  int current = 1;  // the part being written; the parts before it are flushed whole
  // Records of each layer in ForEachLayerRecord's order; `write(p)`
  // appends one record to p.
  auto record = [&](int layer, auto&& write) {
    for (; current < 1 + layer; ++current)
      if (flushed.ok()) {
        flushed = flush(current, parts[current]);
        std::string().swap(parts[current]);
      }
    std::string& p = parts[1 + layer];
    if (pretty) {
      p += started[1 + layer] ? std::string_view(",\n  ") : std::string_view("  ");
    } else {
      if (started[1 + layer]) p += ',';
    }
    write(p);
    started[1 + layer] = true;
    if (chunk && p.size() >= chunk && flushed.ok()) {
      flushed = flush(1 + layer, p);
      p.clear();
    }
  };
  const unsigned depth = pretty ? 2 : 0;
  auto json = [&](const Json& j) { return [&j, pretty, depth](std::string& p) { AppendJson(p, j, pretty, depth); }; };
  const Document& d = a.doc;
  for (const Sentence& s : a.seg.sentences)
    record(0, [&](std::string& p) { AppendSentenceRecord(p, d, s, pretty, depth); });
  for (size_t i = 0; i < a.quantities.size(); ++i)
    record(1, [&](std::string& p) { AppendQuantityRecord(p, d, a.quantities, i, pretty, depth); });
  for (size_t i = 0; i < a.times.size(); ++i) record(2, json(TimeToJson(d, a.times, i)));
  for (size_t i = 0; i < a.entities.size(); ++i)
    record(3, [&](std::string& p) { AppendEntityRecord(p, d, a.entities, i, pretty, depth); });
  for (size_t i = 0; i < a.quotes.size(); ++i)
    record(4, [&](std::string& p) { AppendQuoteRecord(p, d, a.quotes, i, pretty, depth); });
  for (size_t i = 0; i < a.claims.size(); ++i) record(5, json(ClaimToJson(d, a.claims, i)));
  if (!flushed.ok()) return flushed;
  for (int i = current; i < kParts; ++i)
    if (Status st = flush(i, parts[i]); !st.ok()) return st;
  return Status::Ok();
}

}  // namespace

Status AnalysisWriter::AddDocument(size_t index, const DocAnalysis& a) {
  PrepareIndex(index);
  // Layers come one after another; a layer's text goes to the spool every
  // kSpoolChunk bytes, so one long document's records are never held whole.
  constexpr size_t kSpoolChunk = 1 << 20;
  Status st = RenderParts(a, format_ == OutputFormat::kJson, options_, kSpoolChunk,
                          [&](int part, std::string& bytes) { return Spool(bytes, &index_[index][part]); });
  if (!st.ok()) return st;
  added_[index] = 1;
  return Status::Ok();
}

AnalysisWriter::Rendered AnalysisWriter::Render(const DocAnalysis& a) const {
  Rendered r;
  (void)RenderParts(a, format_ == OutputFormat::kJson, options_, 0, [&](int part, std::string& bytes) {
    if (r.parts_[part].empty()) r.parts_[part] = std::move(bytes);
    else r.parts_[part] += bytes;
    return Status::Ok();
  });
  return r;
}

Status AnalysisWriter::AddRendered(size_t index, const Rendered& r) {
  PrepareIndex(index);
  for (int part = 0; part < kParts; ++part)
    if (Status st = Spool(r.parts_[part], &index_[index][part]); !st.ok()) return st;
  added_[index] = 1;
  return Status::Ok();
}

void AnalysisWriter::PrepareIndex(size_t index) {
  if (index >= index_.size()) {
    index_.resize(index + 1, std::vector<Fragment>(kParts));
    added_.resize(index + 1, 0);
  }
  index_[index].assign(kParts, Fragment{});
}

Status AnalysisWriter::Put(const std::string& s) {
  out_->write(s.data(), static_cast<std::streamsize>(s.size()));
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::PutJson(const Json& j, bool pretty, unsigned depth) {
  nlohmann::detail::serializer<Json> s(nlohmann::detail::output_adapter<char>(*out_), ' ',
                                       nlohmann::detail::error_handler_t::strict);
  if (pretty) s.dump(j, true, /*ensure_ascii=*/false, 1, depth);
  else s.dump(j, false, /*ensure_ascii=*/false, 0);
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::PutStory(const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record,
                                bool pretty, unsigned depth) {
  // nlohmann's layout (serializer::dump with an indent step of 1), member by
  // member: the ids of "claims" and "restatements" come from the story, the
  // rest is dumped from the story's record made without them.
  Json story = StoryToJson(analyses, s, /*with_claim_ids=*/false);
  std::string buf;
  auto flush = [&]() {
    Status st = Put(buf);
    buf.clear();
    return st;
  };
  auto open = [&](char c) { buf += c; if (pretty) buf += '\n'; };
  auto close = [&](char c, unsigned at) {
    if (pretty) {
      buf += '\n';
      buf.append(at, ' ');
    }
    buf += c;
  };
  auto key = [&](const std::string& k, unsigned at, bool first) {
    if (!first) buf += pretty ? ",\n" : ",";
    if (pretty) buf.append(at, ' ');
    if (Plain(k)) {
      buf += '"';
      buf += k;
      buf += '"';
    } else {
      AppendJson(buf, Json(k), false, 0);
    }
    buf += pretty ? ": " : ":";
  };
  // AppendJson writes what nlohmann's serializer (indent step 1) would.
  auto value = [&](const Json& v, unsigned at) { AppendJson(buf, v, pretty, pretty ? at : 0); };
  auto ids = [&](const std::vector<ClaimRef>& refs, unsigned at) -> Status {
    if (refs.empty()) {
      buf += "[]";
      return Status::Ok();
    }
    open('[');
    for (size_t k = 0; k < refs.size(); ++k) {
      if (k) buf += pretty ? ",\n" : ",";
      if (pretty) buf.append(at + 1, ' ');
      AppendRecordId(buf, 'c', analyses[refs[k].doc].doc.id, refs[k].claim);
      if (buf.size() >= (1 << 16))
        if (Status st = flush(); !st.ok()) return st;
    }
    close(']', at);
    return Status::Ok();
  };
  open('{');
  bool first = true;
  for (const auto& [k, v] : record.items()) {
    key(k, depth + 1, first);
    first = false;
    value(v, depth + 1);
  }
  for (const auto& [k, v] : story.items()) {
    key(k, depth + 1, first);
    first = false;
    if (k != "ledger" || v.empty()) {
      value(v, depth + 1);
      continue;
    }
    const unsigned at = depth + 1;  // the ledger array
    open('[');
    for (size_t e = 0; e < v.size(); ++e) {
      if (e) buf += pretty ? ",\n" : ",";
      if (pretty) buf.append(at + 1, ' ');
      open('{');
      bool first_member = true;
      for (const auto& [mk, mv] : v[e].items()) {
        key(mk, at + 2, first_member);
        first_member = false;
        Status st = Status::Ok();
        if (mk == "claims") st = ids(s.ledger[e].claims, at + 2);
        else if (mk == "restatements") st = ids(s.ledger[e].restatements, at + 2);
        else value(mv, at + 2);
        if (!st.ok()) return st;
      }
      close('}', at + 1);
    }
    close(']', at);
  }
  close('}', depth);
  return flush();
}

Status AnalysisWriter::CopyFragment(const Fragment& f) {
  if (f.offset < 0) return Status::Ok();
  if (std::fflush(spool_) != 0) return Error{name_ + ": cannot read the spool file"};
  if (copy_buf_.empty()) copy_buf_.resize(256 << 10);
  const int fd = fileno(spool_);
  long long at = f.offset;
  for (size_t left = f.length; left > 0;) {
    const ssize_t n = pread(fd, copy_buf_.data(), std::min(left, copy_buf_.size()), static_cast<off_t>(at));
    if (n <= 0) return Error{name_ + ": cannot read the spool file"};
    out_->write(copy_buf_.data(), static_cast<std::streamsize>(n));
    left -= static_cast<size_t>(n);
    at += n;
  }
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::Finish(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                              const std::vector<Error>& errors) {
  if (index_.size() < analyses.size()) {
    index_.resize(analyses.size(), std::vector<Fragment>(kParts));
    added_.resize(analyses.size(), 0);
  }
  for (size_t i = 0; i < analyses.size(); ++i)
    if (!added_[i]) return Error{name_ + ": internal error: document " + std::to_string(i) + " was never added"};
  Status st = format_ == OutputFormat::kJson ? FinishJson(analyses, fused, errors)
                                             : FinishJsonLines(analyses, fused, errors);
  if (!st.ok()) return st;
  out_->flush();
  if (!*out_) return Error{"cannot write " + name_};
  return Status::Ok();
}

Status AnalysisWriter::FinishJson(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                                  const std::vector<Error>& errors) {
  Json head;
  head["schema"] = kSchema;
  head["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  std::string h = head.dump(1);
  h.resize(h.size() - 2);  // drop "\n}": members follow
  Status st = Put(h + ",\n \"documents\": [");
  for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
    std::string meta = Reindent(DocumentMetaRecord(analyses[i]).dump(1), 2);
    meta.resize(meta.size() - 4);  // drop "\n  }": the text members may follow
    st = Put((i ? ",\n  " : "\n  ") + meta);
    if (st.ok()) st = CopyFragment(index_[i][0]);
    if (st.ok()) st = Put("\n  }");
  }
  if (st.ok()) st = Put(analyses.empty() ? "]" : "\n ]");
  for (int layer = 0; st.ok() && layer < kLayerCount; ++layer) {
    st = Put(std::string(",\n \"") + kLayerNames[layer] + "\": [");
    bool any = false;
    for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
      const Fragment& f = index_[i][1 + layer];
      if (f.offset < 0) continue;
      st = Put(any ? ",\n" : "\n");
      if (st.ok()) st = CopyFragment(f);
      any = true;
    }
    if (st.ok()) st = Put(any ? "\n ]" : "]");
  }
  if (st.ok()) st = Put(",\n \"stories\": [");
  // A story goes straight to the output: one story of a long report holds
  // hundreds of thousands of claim ids, and its text was held three times
  // (the dump, the reindented copy, the concatenation).
  for (size_t i = 0; st.ok() && i < fused.stories.size(); ++i) {
    st = Put(i ? ",\n  " : "\n  ");
    if (st.ok()) st = PutStory(analyses, fused.stories[i], Json::object(), true, 2);
  }
  if (st.ok()) st = Put(fused.stories.empty() ? "]" : "\n ]");
  if (st.ok()) st = Put(",\n \"errors\": [");
  for (size_t i = 0; st.ok() && i < errors.size(); ++i)
    st = Put((i ? ",\n  " : "\n  ") + Reindent(Json{{"message", errors[i].message}}.dump(1), 2));
  if (st.ok()) st = Put(errors.empty() ? "]\n}\n" : "\n ]\n}\n");
  return st;
}

Status AnalysisWriter::FinishJsonLines(const std::vector<DocAnalysis>& analyses, const FuseResult& fused,
                                       const std::vector<Error>& errors) {
  Json head;
  head["record"] = "header";
  head["schema"] = kSchema;
  head["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION;
  Status st = Put(head.dump() + "\n");
  for (size_t i = 0; st.ok() && i < analyses.size(); ++i) {
    std::string meta = DocumentMetaRecord(analyses[i]).dump();
    meta.pop_back();  // drop "}": the text members may follow
    st = Put("{\"record\":\"document\",\"document\":" + meta);
    if (st.ok()) st = CopyFragment(index_[i][0]);
    if (st.ok()) st = Put("}");
    for (int layer = 0; st.ok() && layer < kLayerCount; ++layer) {
      st = Put(std::string(",\"") + kLayerNames[layer] + "\":[");
      if (st.ok()) st = CopyFragment(index_[i][1 + layer]);
      if (st.ok()) st = Put("]");
    }
    if (st.ok()) st = Put("}\n");
  }
  for (size_t i = 0; st.ok() && i < fused.stories.size(); ++i) {
    Json rec;
    rec["record"] = "story";
    st = PutStory(analyses, fused.stories[i], rec, false, 0);
    if (st.ok()) st = Put("\n");
  }
  for (size_t i = 0; st.ok() && i < errors.size(); ++i)
    st = Put(Json{{"record", "error"}, {"message", errors[i].message}}.dump() + "\n");
  return st;
}

}  // namespace crosscheck
