// Lexicon tables and morphology. Lookups try the word as written (lowercased)
// first, so adjectives such as "trapped" or "wounded" hit their own rows, then
// WordNet's irregular form (fled -> flee, children -> child), then regular
// strippings in a fixed order; the first candidate the table knows decides.
#include "claims/lexicon.h"

#include "core/data_dir.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

// Byte by byte: the suffixes are a few bytes (a memcmp call per test cost
// more than the test; BaseForms makes ~10 of them per word).
bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* p = s.data() + (s.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i)
    if (p[i] != suffix[i]) return false;
  return true;
}

// A per-thread memo of a lexicon lookup whose answer depends only on the
// word(s) asked and the lexicon's content (its uid): looked up by the
// key's view (no key string built for a hit), bounded, cleared when the
// thread serves another lexicon content.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct WordMemo {
  uint64_t uid = 0;
  std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> answers;
};

template <typename F>
std::string Memoised(WordMemo& memo, uint64_t uid, std::string_view key, F compute) {
  if (memo.uid != uid) {
    memo.answers.clear();
    memo.uid = uid;
  }
  if (auto it = memo.answers.find(key); it != memo.answers.end()) return it->second;
  if (memo.answers.size() >= (size_t{1} << 16)) memo.answers.clear();
  std::string answer = compute();
  memo.answers.emplace(std::string(key), answer);
  return answer;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open"};
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Calls row(fields, line_number) for every non-comment line of `tsv`.
template <typename F>
Status ForEachRow(std::string_view tsv, const std::string& origin, F row) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == tsv.npos ? tsv.npos : nl - pos);
    pos = nl == tsv.npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Status s = row(SplitTabs(line), line_no);
    if (!s.ok()) return s.error().Wrap(origin + ":" + std::to_string(line_no));
  }
  return Status::Ok();
}

}  // namespace

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;
  struct Part { const char* file; Table* table; };
  const Part parts[] = {{"groups.tsv", &lex.groups_}, {"states.tsv", &lex.states_},
                        {"places.tsv", &lex.places_}, {"inflections.tsv", &lex.inflections_},
                        {"verbs.tsv", &lex.verbs_}, {"compounds.tsv", &lex.compounds_},
                        {"verb_files.tsv", &lex.verb_files_}};
  for (const Part& part : parts) {
    std::string path = dir + "/" + part.file;
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) return text.error();
    Table* table = part.table;
    Status s = ForEachRow(*text, path, [table](const std::vector<std::string>& f, int) -> Status {
      if (f.size() != 2 || f[0].empty() || f[1].empty()) return Error{"expected WORD<TAB>CLASS"};
      (*table)[f[0]] = f[1];
      return Status::Ok();
    });
    if (!s.ok()) return s.error();
  }
  {
    std::string path = dir + "/nouns.tsv";
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) return text.error();
    auto ids = [](const std::string& field, std::vector<uint32_t>* out) -> bool {
      size_t i = 0;
      while (i < field.size()) {
        size_t sp = field.find(' ', i);
        if (sp == std::string::npos) sp = field.size();
        uint32_t v = 0;
        for (size_t k = i; k < sp; ++k) {
          char c = field[k];
          int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
          if (d < 0) return false;
          v = v * 36 + static_cast<uint32_t>(d);
        }
        if (sp > i) out->push_back(v);
        i = sp + 1;
      }
      std::sort(out->begin(), out->end());
      return true;
    };
    Lexicon* l = &lex;
    Status s = ForEachRow(*text, path, [l, &ids](const std::vector<std::string>& f, int) -> Status {
      if (f.size() != 4 || f[0].empty() || f[1].size() != 1) return Error{"expected NOUN<TAB>KIND<TAB>OWN<TAB>RELATED"};
      Noun n;
      n.kind = f[1][0];
      if (!ids(f[2], &n.own) || !ids(f[3], &n.related)) return Error{"bad synset id"};
      l->nouns_[f[0]] = std::move(n);
      return Status::Ok();
    });
    if (!s.ok()) return s.error();
  }
  std::string path = dir + "/overrides.tsv";
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.error();
  Status s = lex.AddOverrides(*text, path);
  if (!s.ok()) return s.error();
  return lex;
}

uint64_t Lexicon::NextUid() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

Status Lexicon::AddOverrides(std::string_view tsv, const std::string& origin) {
  // Whatever the rows change, answers cached under the old content are gone.
  struct Renew {
    Lexicon* l;
    ~Renew() {
      l->uid_ = NextUid();
      l->IndexStateTails();
    }
  } renew{this};
  return ForEachRow(tsv, origin, [this](const std::vector<std::string>& f, int) -> Status {
    if (f.size() == 3 && (f[0] == "group" || f[0] == "state" || f[0] == "place")) {
      Table& t = f[0] == "group" ? groups_ : f[0] == "state" ? states_ : places_;
      if (f[2] == "-") {
        t.erase(f[1]);
      } else {
        t[f[1]] = f[2];
      }
      return Status::Ok();
    }
    if (f.size() == 4 && f[0] == "compatible" && (f[1] == "group" || f[1] == "state")) {
      auto& set = f[1] == "group" ? compatible_ : compatible_states_;
      set.insert({f[2], f[3]});
      set.insert({f[3], f[2]});
      return Status::Ok();
    }
    if (f.size() == 3 && f[0] == "noun") {
      noun_pairs_.insert({f[1], f[2]});
      noun_pairs_.insert({f[2], f[1]});
      return Status::Ok();
    }
    if (f.size() == 3 && f[0] == "implies") {
      implies_[f[1]] = f[2];
      return Status::Ok();
    }
    if (f.size() == 3 && f[0] == "nostate") {
      no_state_after_.insert({f[1], f[2]});
      no_state_preps_.insert(f[2]);
      return Status::Ok();
    }
    if (f.size() == 2 && f[0] == "copula") {
      copulas_.insert(f[1]);
      return Status::Ok();
    }
    if (f.size() == 2 && f[0] == "past") {
      base_pasts_.insert(f[1]);
      return Status::Ok();
    }
    return Error{"unknown override row (see the header of overrides.tsv)"};
  });
}

std::string Lexicon::DefaultDir() {
  if (const char* env = std::getenv("CROSSCHECK_LEXICON_DIR"); env && *env) return env;
  return DataPath("data/lexicon");
}

namespace {
struct DefaultLexicon {
  Lexicon lexicon;
  std::string error;
};
const DefaultLexicon& LoadDefault() {
  static const DefaultLexicon* loaded = [] {
    auto* d = new DefaultLexicon;
    Result<Lexicon> r = Lexicon::Load(Lexicon::DefaultDir());
    if (r.ok()) {
      d->lexicon = std::move(r).value();
    } else {
      d->error = r.error().message;
    }
    return d;
  }();
  return *loaded;
}
}  // namespace

const Lexicon& Lexicon::Default() { return LoadDefault().lexicon; }
std::string Lexicon::DefaultLoadError() { return LoadDefault().error; }

std::vector<std::string> Lexicon::BaseForms(std::string_view word) const {
  std::string w = Lowercase(word);
  // Curly apostrophes and possessives never belong to the base form.
  for (std::string_view tail : {"\xE2\x80\x99s", "'s"})
    if (EndsWith(w, tail)) w.resize(w.size() - tail.size());
  std::vector<std::string> out;
  auto add = [&out](std::string s) {
    if (s.size() < 2) return;
    for (const std::string& o : out)
      if (o == s) return;
    out.push_back(std::move(s));
  };
  add(w);
  if (auto it = inflections_.find(w); it != inflections_.end()) add(it->second);
  auto stem = [&](std::string_view suffix) { return w.substr(0, w.size() - suffix.size()); };
  if (EndsWith(w, "ies") && w.size() > 4) add(stem("ies") + "y");
  if (EndsWith(w, "men") && w.size() > 4) add(stem("men") + "man");
  if (EndsWith(w, "es")) {
    std::string s = stem("es");
    if (EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") || EndsWith(s, "ch") || EndsWith(s, "sh"))
      add(s);
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us")) add(stem("s"));
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!EndsWith(w, suffix) || w.size() < suffix.size() + 2) continue;
    std::string s = stem(suffix);
    if (suffix == "ed" && EndsWith(s, "i")) add(s.substr(0, s.size() - 1) + "y");
    add(s + "e");
    add(s);
    if (s.size() >= 2 && s[s.size() - 1] == s[s.size() - 2]) add(s.substr(0, s.size() - 1));
  }
  return out;
}

bool Lexicon::IsVerb(std::string_view lemma) const {
  auto it = verbs_.find(std::string(lemma));
  return it != verbs_.end() && it->second == "-";
}

std::string Lexicon::VerbFile(std::string_view word) const {
  if (verb_files_.empty() || word.empty()) return "";
  auto it = verb_files_.find(VerbLemma(word));
  return it == verb_files_.end() ? "" : it->second;
}

bool Lexicon::IsVerbOfHaving(std::string_view word) const {
  const std::string file = VerbFile(word);
  return file == "40" || file == "33";
}

bool Lexicon::IsIrregularPast(std::string_view word) const {
  if (base_pasts_.count(word)) return true;
  if (EndsWith(word, "ing") || EndsWith(word, "s")) return false;
  auto it = verbs_.find(std::string(word));
  return it != verbs_.end() && it->second != "-";
}

bool Lexicon::IsCopula(std::string_view word) const {
  return !copulas_.empty() && copulas_.count(VerbLemma(word)) > 0;
}

bool Lexicon::NoStateAfter(std::string_view verb, std::string_view prep) const {
  // Most words before a harm are no frame's preposition: no lemma needed.
  if (!no_state_preps_.count(prep)) return false;
  return no_state_after_.count({VerbLemma(verb), std::string(prep)}) > 0;
}

// Asked again for the same words (IsCopula, NoStateAfter, the state
// readers): remembered per thread as StateOf is.
std::string Lexicon::VerbLemma(std::string_view word) const {
  thread_local WordMemo memo;
  return Memoised(memo, uid_, word, [&] { return ComputeVerbLemma(word); });
}

std::string Lexicon::ComputeVerbLemma(std::string_view word) const {
  std::vector<std::string> forms = BaseForms(word);
  if (forms.empty()) return Lowercase(word);
  if (auto it = verbs_.find(forms[0]); it != verbs_.end() && it->second != "-") return it->second;
  // A stripped form that WordNet knows as a verb beats the word itself
  // ("needs" -> "need"), which beats an unknown stripping.
  for (size_t i = 1; i < forms.size(); ++i)
    if (forms[i] != forms[0] && IsVerb(forms[i])) return forms[i];
  if (IsVerb(forms[0]) || forms.size() == 1) return forms[0];
  return forms[1];
}

std::string Lexicon::NounLemma(std::string_view word) const {
  // Counted nouns recur (the ledger asks for the same few hundred lemmas
  // millions of times in a long report): each thread remembers its answers
  // for the lexicon content it last served, a bounded number of them.
  // Looked up by the word's view (no key string built for a hit).
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Cache {
    uint64_t uid = 0;
    std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> lemma;
  };
  thread_local Cache cache;
  if (cache.uid != uid_) {
    cache.lemma.clear();
    cache.uid = uid_;
  }
  if (auto it = cache.lemma.find(word); it != cache.lemma.end()) return it->second;
  if (cache.lemma.size() >= (size_t{1} << 16)) cache.lemma.clear();
  std::string lemma = ComputeNounLemma(word);
  cache.lemma.emplace(std::string(word), lemma);
  return lemma;
}

std::string Lexicon::ComputeNounLemma(std::string_view word) const {
  std::string w = Lowercase(word);
  for (std::string_view tail : {"\xE2\x80\x99s", "'s"})
    if (EndsWith(w, tail)) w.resize(w.size() - tail.size());
  if (auto it = inflections_.find(w); it != inflections_.end()) return it->second;
  auto known = [this](const std::string& s) {
    return groups_.count(s) || places_.count(s) || implies_.count(s);
  };
  // A form the tables know as a noun stands as it is ("works", "news").
  if (known(w)) return w;
  std::vector<std::string> plural_bases;
  auto stem = [&w](size_t n) { return w.substr(0, w.size() - n); };
  if (EndsWith(w, "men") && w.size() > 4) plural_bases.push_back(stem(3) + "man");
  if (EndsWith(w, "ies") && w.size() > 4) plural_bases.push_back(stem(3) + "y");
  // "boxes", "churches" drop -es; "horses", "buses" are ambiguous and drop
  // -s first (horse), keeping -es (bus) for the table to confirm.
  if (EndsWith(w, "es")) {
    std::string s = stem(2);
    if (EndsWith(s, "x") || EndsWith(s, "z") || EndsWith(s, "ch") || EndsWith(s, "sh"))
      plural_bases.push_back(s);
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && w.size() > 3)
    plural_bases.push_back(stem(1));
  if (EndsWith(w, "ses") && w.size() > 4) plural_bases.push_back(stem(2));
  for (const std::string& base : plural_bases)
    if (known(base)) return base;
  // Regular plural folding without a table to confirm it.
  return plural_bases.empty() ? w : plural_bases.front();
}

std::string Lexicon::Find(const Table& table, std::string_view word) const {
  for (const std::string& base : BaseForms(word)) {
    if (auto it = table.find(base); it != table.end()) return it->second;
  }
  return "";
}

std::string Lexicon::GroupOf(std::string_view noun) const {
  std::string lemma = NounLemma(noun);
  auto it = groups_.find(lemma);
  return it == groups_.end() ? "" : it->second;
}

std::string Lexicon::ImpliedState(std::string_view noun) const {
  std::string lemma = NounLemma(noun);
  auto it = implies_.find(lemma);
  return it == implies_.end() ? "" : it->second;
}

// StateOf is asked for every word of a figure's clause window (BaseForms
// builds up to eight candidate strings per ask): each thread remembers its
// answers, as NounLemma does.
std::string Lexicon::StateOf(std::string_view word) const {
  thread_local WordMemo memo;
  return Memoised(memo, uid_, word, [&] { return Find(states_, word); });
}

bool Lexicon::IsStateCompound(std::string_view first, std::string_view second) const {
  if (compounds_.empty() || first.empty() || second.empty()) return false;
  return compounds_.count(Lowercase(first) + " " + NounLemma(second)) > 0;
}

void Lexicon::IndexStateTails() {
  state_tails_.clear();
  for (const auto& [key, cls] : states_)
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
      state_tails_.insert(key.substr(sp + 1));
}

std::string Lexicon::StateOf(std::string_view word, std::string_view next) const {
  std::string second = Lowercase(next);
  // A key BaseForm + " " + second has `second` after one of its spaces:
  // when no key does, no base form can match (most words: 70 two-word
  // rows), and the base forms are not built.
  if (!state_tails_.count(second)) return "";
  for (const std::string& base : BaseForms(word)) {
    if (auto it = states_.find(base + " " + second); it != states_.end()) return it->second;
  }
  return "";
}

// Asked for most words of every place phrase (DocPlaces): remembered per
// thread as StateOf is (one probe, not NounLemma's and then the table's).
std::string Lexicon::PlaceKindOf(std::string_view noun) const {
  thread_local WordMemo memo;
  return Memoised(memo, uid_, noun, [&]() -> std::string {
    std::string lemma = NounLemma(noun);
    auto it = places_.find(lemma);
    return it == places_.end() ? "" : it->second;
  });
}

namespace {
bool Intersect(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i;
    else ++j;
  }
  return false;
}
}  // namespace

int Lexicon::NounSimilarity(std::string_view a, std::string_view b) const {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 2;
  if (noun_pairs_.count({std::string(a), std::string(b)})) return 2;
  auto x = nouns_.find(std::string(a)), y = nouns_.find(std::string(b));
  if (x == nouns_.end() || y == nouns_.end()) return 0;
  if (Intersect(x->second.own, y->second.own)) return 2;
  if (Intersect(x->second.own, y->second.related) || Intersect(x->second.related, y->second.own) ||
      Intersect(x->second.related, y->second.related))
    return 1;
  return 0;
}

bool Lexicon::IsKindOf(std::string_view lemma, std::string_view hypernym) const {
  if (lemma.empty() || hypernym.empty()) return false;
  if (lemma == hypernym) return true;
  auto x = nouns_.find(std::string(lemma)), y = nouns_.find(std::string(hypernym));
  if (x == nouns_.end() || y == nouns_.end()) return false;
  return Intersect(x->second.own, y->second.own) || Intersect(x->second.related, y->second.own);
}

char Lexicon::NounKind(std::string_view lemma) const {
  auto it = nouns_.find(std::string(lemma));
  return it == nouns_.end() ? 0 : it->second.kind;
}

bool Lexicon::StatesCompatible(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  return compatible_states_.count({std::string(a), std::string(b)}) > 0;
}

bool Lexicon::GroupsCompatible(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  return compatible_.count({std::string(a), std::string(b)}) > 0;
}

}  // namespace crosscheck
