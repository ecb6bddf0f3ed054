// Implementation of store_test_util.h (built into the test binary only).
#include <random>

#include "store/store_test_util.h"

namespace crosscheck::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("crosscheck_store_" + std::to_string(rd()) + "_" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

DocAnalysis MakeAnalysis(const std::string& text, const std::string& source,
                         const std::string& measure, const std::string& speaker,
                         const std::string& date) {
  DocAnalysis a;
  Document& d = a.doc;
  d.path = "test/" + source;
  d.raw = text;
  d.text = text;
  d.format = "text";
  d.language = "en";
  d.id = MakeDocumentId(d.path, std::nullopt, d.raw);
  d.content_hash = ContentHash(d.text);
  if (!source.empty()) d.source = source;
  d.title = text.substr(0, text.find('.'));
  d.date = date;
  a.seg = Segment(d.text);
  a.analysed = true;
  if (!measure.empty()) {
    Quantity q;
    q.span = Span{0, static_cast<uint32_t>(std::min<size_t>(text.size(), 3))};
    q.value = 100;
    a.quantities.push_back(q);
    Claim c;
    c.quantity = 0;
    c.clause = Span{0, static_cast<uint32_t>(text.size())};
    c.measure = measure;
    c.speaker = speaker;
    c.as_of = date;
    a.claims.push_back(c);
  }
  return a;
}

}  // namespace crosscheck::testing
