// Recall of the time recognizer on the TIME_* mentions of ECB+
// (../shared/corpora/ecbplus, CC BY 3.0), inside the sentences listed in
// ECBplus_coreference_sentences.csv (annotation elsewhere is partial).
//
// Each listed sentence is rebuilt from its tokens joined by single spaces;
// a gold mention (TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION,
// TIME_REPETITION, anchored to tokens) counts as found when any predicted
// span overlaps it. ParseTimes runs with no reference date (ECB+ gives
// none), so only extraction is scored here.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/paths.h"
#include "recognize/time/time_parse.h"

namespace crosscheck {
namespace {

const std::string kRoot = std::string(CROSSCHECK_SHARED_DIR) + "/corpora/ecbplus/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> kEnt[] = {{"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"},
                                                      {"&lt;", "<"}, {"&gt;", ">"}};
  for (const auto& [from, to] : kEnt) {
    size_t p = 0;
    while ((p = s.find(from, p)) != std::string::npos) { s.replace(p, std::strlen(from), to); p += 1; }
  }
  return s;
}

std::string Attr(const std::string& tag, const std::string& name) {
  size_t p = tag.find(" " + name + "=\"");
  if (p == std::string::npos) return "";
  p += name.size() + 3;
  return tag.substr(p, tag.find('"', p) - p);
}

struct Doc {
  std::map<int, std::pair<int, std::string>> tokens;  // t_id -> (sentence, text)
  std::vector<std::pair<std::string, std::vector<int>>> times;  // type, anchored t_ids
};

Doc ParseDoc(const std::string& xml) {
  Doc d;
  size_t p = 0;
  while ((p = xml.find("<token ", p)) != std::string::npos) {
    size_t close = xml.find('>', p);
    size_t end = xml.find("</token>", close);
    std::string tag = xml.substr(p, close - p);
    d.tokens[std::atoi(Attr(tag, "t_id").c_str())] = {std::atoi(Attr(tag, "sentence").c_str()),
                                                      Unescape(xml.substr(close + 1, end - close - 1))};
    p = end;
  }
  p = 0;
  while ((p = xml.find("<TIME_", p)) != std::string::npos) {
    size_t close = xml.find('>', p);
    std::string tag = xml.substr(p, close - p + 1);
    std::string type = tag.substr(1, tag.find(' ') - 1);
    p = close;
    if (tag.size() >= 2 && tag[tag.size() - 2] == '/') continue;  // an instance, not a mention
    size_t end = xml.find("</" + type + ">", close);
    std::vector<int> ids;
    size_t a = close;
    while ((a = xml.find("t_id=\"", a)) != std::string::npos && a < end) {
      a += 6;
      ids.push_back(std::atoi(xml.c_str() + a));
    }
    if (!ids.empty()) d.times.push_back({type, ids});
  }
  return d;
}

TEST(TimeEcbTest, RecallOfTimeMentionsInAnnotatedSentences) {
  std::string csv = ReadFile(kRoot + "ECBplus_coreference_sentences.csv");
  ASSERT_FALSE(csv.empty()) << "missing ECB+ corpus under " << kRoot;
  std::map<std::string, std::set<int>> wanted;  // file -> sentences
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    std::istringstream f(line);
    std::string topic, file, sentence;
    if (!std::getline(f, topic, ',') || !std::getline(f, file, ',') || !std::getline(f, sentence, ',')) continue;
    wanted[topic + "/" + topic + "_" + file + ".xml"].insert(std::atoi(sentence.c_str()));
  }
  std::map<std::string, std::pair<int, int>> by_type;  // type -> (found, gold)
  int found = 0, gold = 0, predicted = 0, files = 0;
  std::vector<std::string> misses;
  for (const auto& [file, sentences] : wanted) {
    std::string xml = ReadFile(kRoot + "ECB+/" + file);
    if (xml.empty()) continue;
    ++files;
    Doc d = ParseDoc(xml);
    // Rebuild each wanted sentence with token offsets.
    std::map<int, std::string> text;
    std::map<int, std::pair<uint32_t, uint32_t>> offset;  // t_id -> [start, end)
    for (const auto& [id, st] : d.tokens) {
      if (!sentences.count(st.first)) continue;
      std::string& s = text[st.first];
      if (!s.empty()) s += ' ';
      offset[id] = {static_cast<uint32_t>(s.size()), static_cast<uint32_t>(s.size() + st.second.size())};
      s += st.second;
    }
    std::map<int, std::vector<TimeMention>> predictions;
    for (const auto& [sent, s] : text) {
      predictions[sent] = ParseTimes(s, std::nullopt);
      for (const TimeMention& t : predictions[sent]) predicted += t.part_of < 0;
    }
    for (const auto& [type, ids] : d.times) {
      if (!offset.count(ids.front()) || !offset.count(ids.back())) continue;
      int sent = d.tokens[ids.front()].first;
      Span g{offset[ids.front()].first, offset[ids.back()].second};
      ++gold;
      ++by_type[type].second;
      bool hit = false;
      for (const TimeMention& t : predictions[sent]) hit = hit || t.span.Overlaps(g);
      if (hit) { ++found; ++by_type[type].first; }
      else misses.push_back(type + ": " + std::string(g.Of(text[sent])) + "  <<  " + text[sent].substr(0, 160));
    }
  }
  for (const auto& [type, fg] : by_type)
    std::printf("%-18s gold %4d found %4d recall %.3f\n", type.c_str(), fg.second, fg.first,
                fg.second ? 1.0 * fg.first / fg.second : 0);
  double recall = gold ? 1.0 * found / gold : 0;
  std::printf("ALL (%d files)      gold %4d found %4d recall %.3f  (predicted top-level mentions: %d)\n", files, gold,
              found, recall, predicted);
  if (std::getenv("TIME_VERBOSE"))
    for (const std::string& m : misses) std::printf("  MISS %s\n", m.c_str());
  EXPECT_GT(gold, 500);
  EXPECT_GE(recall, 0.85);
}

}  // namespace
}  // namespace crosscheck
