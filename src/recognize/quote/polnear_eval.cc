#include "recognize/quote/polnear_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "recognize/entity/gazetteer.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"
#include "recognize/quote/quote.h"
#include "segment/segmenter.h"

namespace crosscheck {

namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Lower(std::string_view s) {
  std::string out;
  LowerWord(s, &out);
  return out;
}

// Words of a phrase, edge punctuation and a possessive ending removed.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t b = 0, e = cur.size();
    auto punct = [](unsigned char c) { return c < 0x80 && !std::isalnum(c) && c != '.' && c != '-' && c != '\''; };
    while (b < e && (punct(cur[b]) || cur[b] == '\'')) ++b;
    while (e > b && (punct(cur[e - 1]) || cur[e - 1] == '.')) --e;
    std::string w = cur.substr(b, e - b);
    // curly quotes and apostrophes (UTF-8 E2 80 9x) at the edges
    while (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2) w.erase(0, 3);
    if (size_t p = PossessiveSuffixLength(w)) w.resize(w.size() - p);
    while (w.size() >= 3 && static_cast<unsigned char>(w[w.size() - 3]) == 0xE2) w.resize(w.size() - 3);
    if (!w.empty()) out.push_back(w);
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // a no-break space ("Trump\u00A0")
      flush();
      ++i;
    } else if (c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == ':') {
      flush();
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return out;
}

bool IsDeterminer(std::string_view w) {
  static const std::set<std::string> k = {"the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "this", "that"};
  return k.count(Lower(w)) > 0;
}

// A middle initial ("Jesse L. Jackson") or a generational suffix ("Jesse
// Jackson Jr.", "III") says nothing about who is named: the name test
// skips them on both sides.
bool InitialOrSuffix(std::string_view w) {
  if (w.size() == 1 || (w.size() == 2 && w[1] == '.')) return true;
  const std::string l = Lower(w);
  return l == "jr" || l == "jr." || l == "sr" || l == "sr." || l == "ii" || l == "iii" || l == "iv";
}

std::vector<std::string> NameWords(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& w : Words(s))
    if (StartsUpper(w) && !IsTitleWord(w) && !IsDeterminer(w) && !InitialOrSuffix(w)) out.push_back(w);
  return out;
}

bool EqualFold(std::string_view a, std::string_view b) { return Lower(a) == Lower(b); }

struct Ann {
  std::string type;
  uint32_t start = 0, end = 0;        // bytes
  uint32_t cp_start = 0, cp_end = 0;  // code points, as in the .ann file
  std::string text;  // fragments joined by a space
  std::vector<std::pair<uint32_t, uint32_t>> frags;  // byte ranges, in file order (not always text order)
};

bool StartsWithQuote(std::string_view s) {
  return !s.empty() && (s[0] == '"' || s.substr(0, 3) == "\xE2\x80\x9C" || s.substr(0, 3) == "\xE2\x80\x98");
}

// A referent gold file (6 tab-separated columns; "|" separates acceptable
// referents) into "stem start end" -> referents. "" loads nothing.
Result<bool> LoadReferents(const std::string& path, std::map<std::string, std::vector<std::string>>* out) {
  if (path.empty()) return true;
  std::ifstream in(path);
  if (!in) return Error{path + ": cannot open"};
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    if (f.size() != 6) return Error{path + ":" + std::to_string(line_no) + ": expected 6 columns"};
    std::vector<std::string> alts;
    std::stringstream as(f[5]);
    while (std::getline(as, x, '|')) alts.push_back(x);
    (*out)[f[0] + " " + f[2] + " " + f[3]] = alts;
  }
  return true;
}

}  // namespace

bool IsDefiniteDescription(std::string_view source) {
  if (source.find(',') != std::string_view::npos) return false;
  const std::vector<std::string> ws = Words(source);
  if (ws.size() < 3 || Lower(ws[0]) != "the") return false;
  const std::string& head = ws.back();
  if (head.empty() || !std::islower(static_cast<unsigned char>(head[0]))) return false;
  for (size_t k = 1; k < ws.size(); ++k)
    if (StartsUpper(ws[k])) return true;
  return false;
}

// "Sen. Sherrod Brown of Ohio", "Meenakshi Ganguly of Human Rights Watch":
// after a full name (two capitalised words that are no title), "of" opens
// where the person is from, not the name. Returns the phrase up to there.
std::string_view NameBeforeOf(std::string_view s) {
  for (size_t at = s.find(" of "); at != std::string_view::npos; at = s.find(" of ", at + 1)) {
    const std::vector<std::string> ws = Words(s.substr(0, at));
    if (ws.size() >= 2 && StartsUpper(ws.back()) && StartsUpper(ws[ws.size() - 2]) && !IsTitleWord(ws.back()) &&
        !IsTitleWord(ws[ws.size() - 2]) && !IsDeterminer(ws[ws.size() - 2]))
      return s.substr(0, at);
  }
  return s;
}

// "Sen. Jim Whelan who represents Atlantic City", "a Trump supporter who
// runs the Twitter account @WomenForTrump": a relative clause says
// something about the source; the source is the phrase before it (session
// 13; a comma before the clause was already cut below). Returns the phrase
// up to " who ", " whose ", " which " or " that " when a word precedes it.
std::string_view BeforeRelativeClause(std::string_view s) {
  size_t cut = std::string_view::npos;
  for (std::string_view rel : {" who ", " whose ", " which "}) {
    const size_t at = s.find(rel);
    if (at != std::string_view::npos && at > 0 && at < cut) cut = at;
  }
  return cut == std::string_view::npos ? s : s.substr(0, cut);
}

namespace {

bool SameSpeakerImpl(std::string_view speaker, std::string_view gold, bool relative_cut);

}  // namespace

bool SameSpeaker(std::string_view speaker, std::string_view gold) { return SameSpeakerImpl(speaker, gold, true); }

bool SameSpeakerBeforeSession13(std::string_view speaker, std::string_view gold) {
  return SameSpeakerImpl(speaker, gold, false);
}

namespace {

bool SameSpeakerImpl(std::string_view speaker, std::string_view gold, bool relative_cut) {
  if (speaker.empty()) return false;
  // A pronoun left unresolved names no one: "I" is no part of "Dinesh
  // D'Souza" (the containment test below took the letter for a match).
  {
    const std::string low = Lower(speaker);
    for (std::string_view p : {"i", "we", "he", "she", "they", "it", "you", "him", "her", "us", "me", "them"})
      if (low == p) return Lower(gold) == p;
  }
  if (relative_cut) {
    gold = BeforeRelativeClause(gold);
    speaker = BeforeRelativeClause(speaker);
  }
  size_t comma = gold.find(',');
  if (comma != std::string_view::npos && comma > 0) {
    // "her senior policy adviser, Jake Sullivan,": a description, then the
    // name in apposition (two to four capitalised words, no title): either
    // names the source.
    std::string_view rest = gold.substr(comma + 1);
    rest = rest.substr(0, rest.find(','));
    const std::vector<std::string> rw = Words(rest);
    bool name = rw.size() >= 2 && rw.size() <= 4;
    for (const std::string& w : rw) name = name && StartsUpper(w) && !IsTitleWord(w) && !IsDeterminer(w);
    if (name && SameSpeakerImpl(speaker, rest, relative_cut)) return true;
    gold = gold.substr(0, comma);
  }
  gold = NameBeforeOf(gold);
  speaker = NameBeforeOf(speaker);
  const std::vector<std::string> sw = NameWords(speaker);
  if (sw.empty()) {  // a phrase: one contains the other
    const std::string a = Lower(speaker), b = Lower(gold);
    return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
  }
  // The gold's name: its last run of capitalised words (titles and
  // brackets aside): "Cruz constituent Dan Golvach" names Dan Golvach.
  std::string plain;
  int depth = 0;
  for (char ch : gold) {
    if (ch == '(') ++depth;
    if (depth == 0) plain.push_back(ch);
    if (ch == ')' && depth > 0) --depth;
  }
  std::vector<std::string> all = Words(plain), gw;
  std::erase_if(all, [](const std::string& w) { return StartsUpper(w) && InitialOrSuffix(w); });
  for (size_t j = 0; j < all.size(); ++j) {
    const bool name = StartsUpper(all[j]) && !IsTitleWord(all[j]) && !IsDeterminer(all[j]);
    if (name && (j == 0 || !(StartsUpper(all[j - 1]) && !IsTitleWord(all[j - 1]) && !IsDeterminer(all[j - 1]))))
      gw.clear();
    if (name) gw.push_back(all[j]);
  }
  if (gw.empty()) gw = all;
  for (size_t j = 0; j < gw.size(); ++j) {
    if (!EqualFold(gw[j], sw.back())) continue;
    if (sw.size() >= 2 && j > 0 && StartsUpper(gw[j - 1]) && !IsTitleWord(gw[j - 1]) && !IsDeterminer(gw[j - 1]) &&
        !EqualFold(gw[j - 1], sw[sw.size() - 2]))
      continue;  // "Eric Trump" is not "Donald Trump"
    return true;
  }
  return false;
}

}  // namespace

Result<SpeakerScore> ScorePolnearSpeakers(const std::string& split_dir, const std::string& referents,
                                          const std::string& descriptions, const EntityRecognizer* ner) {
  auto gaz = Gazetteer::Load(EntityRecognizer::DefaultModelDir() + "/gazetteer");
  if (!gaz.ok()) return gaz.error();
  // Pronoun and description gold: "stem start end" -> referents.
  std::map<std::string, std::vector<std::string>> gold_referent, gold_description;
  if (auto st = LoadReferents(referents, &gold_referent); !st.ok()) return st.error();
  if (auto st = LoadReferents(descriptions, &gold_description); !st.ok()) return st.error();
  std::vector<std::string> anns;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(split_dir + "/attributions", ec))
    if (e.path().extension() == ".ann") anns.push_back(e.path().string());
  if (ec || anns.empty()) return Error{split_dir + "/attributions: no .ann files"};
  std::sort(anns.begin(), anns.end());
  SpeakerScore score;
  std::set<std::string> done;
  for (const std::string& path : anns) {
    const std::string file = std::filesystem::path(path).stem().string();
    const std::string stem = file.substr(0, file.rfind('_'));
    if (!done.insert(stem).second) continue;  // one annotator per article
    Document doc;
    doc.id = stem;
    doc.text = ReadAll(split_dir + "/text/" + stem + ".txt");
    if (doc.text.empty()) return Error{split_dir + "/text/" + stem + ".txt: missing or empty"};
    // brat offsets count code points; spans here are bytes.
    std::vector<uint32_t> byte_of;
    for (uint32_t b = 0; b < doc.text.size(); ++b)
      if ((static_cast<unsigned char>(doc.text[b]) & 0xC0) != 0x80) byte_of.push_back(b);
    byte_of.push_back(static_cast<uint32_t>(doc.text.size()));
    std::map<std::string, Ann> spans;
    std::vector<std::map<std::string, std::string>> relations;
    {
      std::ifstream in(path);
      std::string line;
      while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string x;
        while (std::getline(ss, x, '\t')) f.push_back(x);
        if (f.size() < 2) continue;
        if (f[0][0] == 'T') {
          Ann a;
          std::stringstream ts(f[1]);
          ts >> a.type;
          std::string rest;
          std::getline(ts, rest);
          std::stringstream frags(rest);
          std::string frag;
          bool first = true;
          while (std::getline(frags, frag, ';')) {
            uint32_t s = 0, e = 0;
            std::stringstream(frag) >> s >> e;
            if (e >= byte_of.size() || s > e) continue;
            if (first) a.cp_start = s;
            a.cp_end = e;
            s = byte_of[s];
            e = byte_of[e];
            if (first) a.start = s;
            a.end = e;
            a.frags.push_back({s, e});
            if (!first) a.text += " ";
            a.text += doc.text.substr(s, e - s);
            first = false;
          }
          spans[f[0]] = a;
        } else if (f[0][0] == 'E') {
          std::map<std::string, std::string> r;
          std::stringstream rs(f[1]);
          std::string arg;
          while (rs >> arg) {
            size_t c = arg.find(':');
            if (c != std::string::npos) r[arg.substr(0, c)] = arg.substr(c + 1);
          }
          relations.push_back(r);
        }
      }
    }
    Segmentation seg = Segment(doc.text);
    std::vector<Entity> entities;
    if (ner) entities = ner->Recognize(doc, seg);
    std::vector<Quote> quotes = RecognizeQuotes(doc, seg, entities);
    for (auto& r : relations) {
      auto c = spans.find(r["Content"]);
      auto s = spans.find(r["Source"]);
      if (c == spans.end() || s == spans.end() || !StartsWithQuote(c->second.text)) continue;
      const Ann& content = c->second;
      const Ann& source = s->second;
      // Our direct quote overlapping the content most.
      const Quote* best = nullptr;
      uint32_t best_overlap = 0;
      // A discontinuous Content ("“…,” X said. “…”" annotated as one
      // attribution) may list a later fragment first: overlap is summed
      // over its fragments.
      for (const Quote& q : quotes) {
        if (!q.direct) continue;
        uint32_t overlap = 0;
        for (const auto& [fb, fe] : content.frags) {
          uint32_t b = std::max(q.span.start, fb), e = std::min(q.span.end, fe);
          if (e > b) overlap += e - b;
        }
        if (overlap > best_overlap) {
          best_overlap = overlap;
          best = &q;
        }
      }
      const std::string ours = best ? best->speaker.str() : std::string();
      if (!best) ++score.not_found;
      const std::string lower = Lower(source.text);
      static const std::set<std::string> kPronouns = {"he", "she", "they", "it", "i", "we", "you", "him", "her"};
      bool right = false, other = false;
      std::string gold_text = source.text;
      if (kPronouns.count(lower)) {
        auto g = gold_referent.find(stem + " " + std::to_string(source.cp_start) + " " + std::to_string(source.cp_end));
        if (g == gold_referent.end() || g->second.empty() || g->second[0] == "-") {
          ++score.pronoun_unannotated;
          continue;
        }
        for (const std::string& alt : g->second) right = right || SameSpeaker(ours, alt);
        gold_text = g->second[0] + " [pronoun " + source.text + "]";
        ++score.pronoun;
        score.pronoun_right += right;
      } else {
        // Named: a capitalised word that is not a title or determiner, nor a
        // common word opening the source.
        bool named = false;
        const std::vector<std::string> ws = Words(source.text);
        for (size_t k = 0; k < ws.size() && !named; ++k) {
          if (!StartsUpper(ws[k]) || IsTitleWord(ws[k]) || IsDeterminer(ws[k])) continue;
          const std::string low = Lower(ws[k]);
          std::string_view v = low;
          const bool common = (gaz->Find(std::span<const std::string_view>(&v, 1)) & kGazCommon) != 0;
          named = !(k == 0 && common);
        }
        right = SameSpeaker(ours, source.text);
        // PolNeAR gives "“…,” X said, according to CNN" to CNN, BASIL to X:
        // our record carries both (speaker X, via CNN), and either names
        // the source (session 14).
        const std::string via = best ? best->via.str() : std::string();
        if (!right && !via.empty() && SameSpeaker(via, source.text)) {
          right = true;
          ++score.named_via;
        }
        const bool as_written = SameSpeakerBeforeSession13(ours, source.text);
        if (named && !descriptions.empty() && IsDefiniteDescription(source.text)) {
          auto g = gold_description.find(stem + " " + std::to_string(source.cp_start) + " " +
                                         std::to_string(source.cp_end));
          if (g == gold_description.end())
            return Error{descriptions + ": no row for " + stem + " " + std::to_string(source.cp_start) + " " +
                         std::to_string(source.cp_end) + " '" + source.text + "'"};
          if (!g->second.empty() && g->second[0] != "-") {
            right = false;
            for (const std::string& alt : g->second) right = right || SameSpeaker(ours, alt);
            gold_text = g->second[0] + " [description " + source.text + "]";
            ++score.descriptions;
            score.descriptions_right += right;
          }
        }
        if (named) {
          ++score.named;
          score.named_right += right;
          score.named_right_as_written += as_written;
        } else {
          other = true;
          ++score.other;
          score.other_right += right;
        }
      }
      if (!right)
        score.errors.push_back(stem + " " + std::to_string(content.start) + ": gold '" + gold_text + "', ours '" +
                               ours + "'" + (best ? "" : " (quote not found)") + (other ? " [other]" : ""));
    }
  }
  return score;
}

}  // namespace crosscheck
