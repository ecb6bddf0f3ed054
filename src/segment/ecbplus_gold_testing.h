// Test support (header only, not part of cc_segment): ECB+ documents turned
// back into running text with their gold sentence boundaries, for the
// sentence-splitter quality floor (sentence_quality_test.cc) and the
// invariant property test.
//
// ECB+ (../shared/corpora/ecbplus, CC BY 3.0) stores each article as
// <token t_id sentence number>WORD</token> elements. Detokenisation:
//  - sentences are joined with exactly one space; in *ecbplus.xml files
//    sentence 0 (the article's URL, tokenised) is dropped;
//  - inside a sentence tokens are joined with one space, except that no
//    space goes before , . ! ? ; : ) ] } % ... ” ’ '' n't and clitics such as
//    's 're 've 'll 'd 'm (also upper case), nor after ( [ { $ # @ “ ‘ ``;
//  - split numbers, times and acronyms are rejoined: "." or ":" between two
//    digit tokens ("14 . 1" -> "14.1", "7 : 31" -> "7:31"), and "." between
//    two one-letter tokens ("p . m ." -> "p.m.", "L . A" -> "L.A"); a "."
//    before digits after a non-digit is a decimal point (". 357" -> ".357");
//  - PTB quotes `` and '' become “ and ”; a straight " opens (no space
//    after) at the start of a sentence, closes (no space before) at its end,
//    and otherwise alternates open/close through the document;
//  - a sentence that starts with a closing quote mark gives it back to the
//    sentence before (the gold tokeniser split before the mark);
//  - XML entities &amp; &lt; &gt; &quot; &apos; are decoded.
// A gold boundary is the end of every sentence but the last. It is scored
// only when the sentence ends in . ! or ? (or a token ending in "." such as
// "U.S."), possibly followed by closing quotes or brackets; the others
// (headlines, captions, datelines) are "excluded".
#ifndef CROSSCHECK_SEGMENT_ECBPLUS_GOLD_TESTING_H_
#define CROSSCHECK_SEGMENT_ECBPLUS_GOLD_TESTING_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/paths.h"

namespace crosscheck::testing {

struct GoldDoc {
  std::string name;                 // "<topic>/<file>.xml"
  std::string text;                 // detokenised
  std::vector<uint32_t> scored;     // boundary offsets (sentence ends) scored
  std::vector<uint32_t> excluded;   // boundary offsets not scored
};

inline std::string EcbPlusRoot() { return std::string(CROSSCHECK_SHARED_DIR) + "/corpora/ecbplus/ECB+"; }

namespace gold_internal {

inline std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out.push_back(c);
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

inline bool IsClitic(std::string_view t) {
  if (t == "n't" || t == "N'T" || t == "n’t") return true;
  size_t skip = 0;
  if (t.substr(0, 1) == "'") skip = 1;
  else if (t.substr(0, 3) == "\xE2\x80\x99") skip = 3;
  if (skip == 0 || t.size() == skip || t.size() > skip + 2) return false;
  for (char c : t.substr(skip)) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

inline bool AttachLeft(std::string_view t) {
  static constexpr std::string_view kLeft[] = {",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "...",
                                               "\xE2\x80\x9D", "\xE2\x80\x99", "''", "'"};
  for (std::string_view k : kLeft) if (t == k) return true;
  return IsClitic(t);
}

inline bool AttachRight(std::string_view t) {
  static constexpr std::string_view kRight[] = {"(", "[", "{", "$", "#", "@", "\xE2\x80\x9C", "\xE2\x80\x98", "``"};
  for (std::string_view k : kRight) if (t == k) return true;
  return false;
}

inline bool AllDigits(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) if (c < '0' || c > '9') return false;
  return true;
}
inline bool OneLetter(std::string_view t) {
  return t.size() == 1 && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'));
}
inline bool DigitAt(std::string_view t, bool last) {
  if (t.empty()) return false;
  char c = last ? t.back() : t.front();
  return c >= '0' && c <= '9';
}
// "." or ":" inside a number, a time or an acronym that the tokeniser split.
inline bool Infix(const std::vector<std::string>& toks, size_t k) {
  if (k == 0 || k + 1 >= toks.size()) return false;
  const std::string& t = toks[k];
  if (t != "." && t != ":") return false;
  if (DigitAt(toks[k - 1], true) && DigitAt(toks[k + 1], false)) return true;
  return t == "." && OneLetter(toks[k - 1]) && OneLetter(toks[k + 1]);
}
// A decimal point before digits after a non-digit (".357 Magnum", "(.535)").
inline bool DecimalPoint(const std::vector<std::string>& toks, size_t k) {
  return toks[k] == "." && k + 1 < toks.size() && DigitAt(toks[k + 1], false) &&
         (k == 0 || !DigitAt(toks[k - 1], true));
}

inline bool IsCloser(std::string_view t) {
  return t == "''" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\"" || t == "'" || t == ")" || t == "]";
}

inline bool EndsSentence(const std::vector<std::string>& toks) {
  size_t n = toks.size();
  while (n > 0 && IsCloser(toks[n - 1])) --n;
  if (n == 0) return false;
  char c = toks[n - 1].back();
  return c == '.' || c == '!' || c == '?';
}

}  // namespace gold_internal

// Parses one ECB+ XML file. Returns false when it cannot be read.
inline bool LoadGoldDoc(const std::filesystem::path& path, GoldDoc* doc) {
  using namespace gold_internal;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  const bool drop_url = path.filename().string().find("ecbplus") != std::string::npos;
  std::vector<std::vector<std::string>> sentences;
  int current = -1;
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    size_t gt = xml.find('>', pos);
    size_t close = xml.find("</token>", gt);
    if (gt == std::string::npos || close == std::string::npos) break;
    std::string_view attrs(xml.data() + pos, gt - pos);
    size_t sp = attrs.find("sentence=\"");
    int sentence = sp == std::string_view::npos ? 0 : std::atoi(std::string(attrs.substr(sp + 10, 8)).c_str());
    std::string word = Unescape(std::string_view(xml).substr(gt + 1, close - gt - 1));
    pos = close + 8;
    if (drop_url && sentence == 0) continue;
    if (word.empty()) continue;
    if (word == "``") word = "\xE2\x80\x9C";
    if (word == "''") word = "\xE2\x80\x9D";
    if (sentence != current || sentences.empty()) {
      sentences.emplace_back();
      current = sentence;
    }
    sentences.back().push_back(std::move(word));
  }
  // A sentence that opens with a closing mark (the tokeniser split
  // 'him? " Colts coach' after the "?") gives the mark back to the sentence
  // before: ” always, a straight " when the quotes before it are unbalanced.
  int straight = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    auto& toks = sentences[s];
    if (s > 0 && toks.size() > 1) {
      bool closer = toks[0] == "\xE2\x80\x9D" || (toks[0] == "\"" && straight % 2 == 1);
      if (closer) {
        sentences[s - 1].push_back(toks[0]);
        toks.erase(toks.begin());
      }
    }
    for (const std::string& t : toks) straight += t == "\"";
  }
  doc->name = path.parent_path().filename().string() + "/" + path.filename().string();
  doc->text.clear();
  doc->scored.clear();
  doc->excluded.clear();
  bool quote_open = false;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& toks = sentences[s];
    if (s > 0) doc->text.push_back(' ');
    bool glue_next = true;  // no space before the sentence's first token
    for (size_t k = 0; k < toks.size(); ++k) {
      const std::string& t = toks[k];
      bool left = AttachLeft(t);
      bool right = AttachRight(t);
      if (t == "\"") {
        bool opening = k == 0 ? true : (k + 1 == toks.size() ? false : !quote_open);
        quote_open = opening;
        left = !opening;
        right = opening;
      }
      if (Infix(toks, k)) right = true;
      if (DecimalPoint(toks, k)) {
        left = false;
        right = true;
      }
      if (!glue_next && !left) doc->text.push_back(' ');
      doc->text += t;
      glue_next = right;
    }
    if (s + 1 < sentences.size()) {
      (EndsSentence(toks) ? doc->scored : doc->excluded).push_back(static_cast<uint32_t>(doc->text.size()));
    }
  }
  return true;
}

// All ECB+ documents, sorted by topic number and file name.
inline std::vector<GoldDoc> LoadEcbPlusGold(const std::string& root = EcbPlusRoot()) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& topic : std::filesystem::directory_iterator(root, ec)) {
    if (!topic.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(topic.path(), ec)) {
      if (f.path().extension() == ".xml") files.push_back(f.path());
    }
  }
  auto key = [](const std::filesystem::path& p) {
    return std::make_pair(std::atoi(p.parent_path().filename().string().c_str()), p.filename().string());
  };
  std::sort(files.begin(), files.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  std::vector<GoldDoc> docs;
  for (const auto& f : files) {
    GoldDoc d;
    if (LoadGoldDoc(f, &d) && !d.text.empty()) docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_SEGMENT_ECBPLUS_GOLD_TESTING_H_
