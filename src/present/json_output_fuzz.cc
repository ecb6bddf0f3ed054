// libFuzzer target: up to four arbitrary texts (split at 0x1E) analysed,
// fused and written as the JSON of `crosscheck analyze --with-text`.
// Invariants: the output is valid JSON (it parses back); every record's
// `doc` names a document of the output; every `start`/`end` (and
// `counted_start`/`counted_end`) lies inside that document's text with
// start <= end; writing twice gives the same bytes.
//
// "The same bytes" is checked on the two values, not on two dumps: the
// output is dumped once (for the parse-back) and the second build is
// compared to the first by SameDump, which holds exactly when the two
// would dump to the same text -- `dump` is a function of the value alone,
// and SameDump demands what makes the text differ. Saves the second
// dump (about 5 % of the target's time).
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

#include "core/fuzz_support.h"
#include "pipeline/fuzz_analysis.h"
#include "present/json_output.h"

namespace {

using crosscheck::Json;

// True when a.dump(k) == b.dump(k) for every indent k: the same type at
// every node (an integer never equals a float: 1 and 1.0 print apart);
// object members in the same order with the same keys; equal strings and
// booleans; integers equal by value (a signed and an unsigned integer of
// one value print alike); finite floats equal bit for bit (their text is
// the shortest that round-trips, so it differs exactly when the bits do:
// 0.0 and -0.0 differ); `null` or a non-finite float on both sides (each
// dumps as `null`); binary values with the same bytes and subtype. Iterative, so
// any depth is fine.
bool SameDump(const Json& a, const Json& b) {
  std::vector<std::pair<const Json*, const Json*>> todo{{&a, &b}};
  while (!todo.empty()) {
    auto [x, y] = todo.back();
    todo.pop_back();
    using T = Json::value_t;
    const T tx = x->type(), ty = y->type();
    const bool ints_x = tx == T::number_integer || tx == T::number_unsigned;
    const bool ints_y = ty == T::number_integer || ty == T::number_unsigned;
    if (ints_x && ints_y) {
      if (tx == ty) {
        if (*x != *y) return false;
      } else {  // one signed, one unsigned: equal only when the signed one is >= 0
        const int64_t s = (tx == T::number_integer ? x : y)->get<int64_t>();
        const uint64_t u = (tx == T::number_unsigned ? x : y)->get<uint64_t>();
        if (s < 0 || static_cast<uint64_t>(s) != u) return false;
      }
      continue;
    }
    // `null` and a non-finite float print alike.
    const bool null_x = tx == T::null || (tx == T::number_float && !std::isfinite(x->get<double>()));
    const bool null_y = ty == T::null || (ty == T::number_float && !std::isfinite(y->get<double>()));
    if (null_x || null_y) {
      if (null_x != null_y) return false;
      continue;
    }
    if (tx != ty) return false;
    switch (tx) {
      case T::discarded:
        break;
      case T::boolean:
        if (x->get<bool>() != y->get<bool>()) return false;
        break;
      case T::string:
        if (x->get_ref<const std::string&>() != y->get_ref<const std::string&>()) return false;
        break;
      case T::number_float: {
        if (std::bit_cast<uint64_t>(x->get<double>()) != std::bit_cast<uint64_t>(y->get<double>())) return false;
        break;
      }
      case T::binary:
        if (x->get_binary() != y->get_binary()) return false;  // bytes, subtype and whether it has one
        break;
      case T::array:
        if (x->size() != y->size()) return false;
        for (size_t i = 0; i < x->size(); ++i) todo.emplace_back(&(*x)[i], &(*y)[i]);
        break;
      case T::object: {
        if (x->size() != y->size()) return false;
        auto i = x->begin(), j = y->begin();
        for (; i != x->end(); ++i, ++j) {
          if (i.key() != j.key()) return false;
          todo.emplace_back(&i.value(), &j.value());
        }
        break;
      }
      default:
        return false;  // a type this walk does not know: not provably the same text
    }
  }
  return true;
}

void CheckSpans(const Json& record, const std::map<std::string, size_t>& text_size) {
  if (!record.is_object() || !record.contains("doc") || !record["doc"].is_string()) return;
  auto it = text_size.find(record["doc"].get<std::string>());
  if (it == text_size.end()) std::abort();
  for (auto [s, e] : {std::pair{"start", "end"}, std::pair{"counted_start", "counted_end"}}) {
    if (!record.contains(s) || record[s].is_null()) continue;
    int64_t a = record[s].get<int64_t>(), b = record[e].get<int64_t>();
    if (a < 0 || a > b || static_cast<size_t>(b) > it->second) std::abort();
  }
}

}  // namespace

// One-time loading outside the fuzz loop (core/fuzz_support.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp(" date 2022-05-04\nOfficials said 40 people were evacuated on Monday.\x1E"
                         "The mayor said 12 buses left Kyiv.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crosscheck;
  std::vector<DocAnalysis> docs = FuzzAnalyses(data, size);
  FuseResult fused = FuzzPipeline().FuseAll(&docs);
  std::vector<Error> errors{Error{"fuzz/x: a message"}};
  const Json built = AnalysisToJson(docs, fused, errors, JsonOptions{.with_text = true});
  if (!SameDump(built, AnalysisToJson(docs, fused, errors, JsonOptions{.with_text = true}))) std::abort();
  std::string out = built.dump(1);
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_discarded()) std::abort();
  std::map<std::string, size_t> text_size;
  for (const auto& d : j["documents"]) text_size[d["id"].get<std::string>()] = d["text"].get<std::string>().size();
  if (text_size.size() != docs.size()) std::abort();
  for (const char* layer : {"sentences", "quantities", "times", "entities", "quotes", "claims"})
    for (const auto& r : j[layer]) CheckSpans(r, text_size);
  for (const auto& s : j["stories"])
    for (const auto& t : s["timeline"]) CheckSpans(t, text_size);
  return 0;
}
