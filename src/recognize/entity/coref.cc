#include "recognize/entity/coref.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "recognize/entity/name_text.h"

namespace crosscheck {

namespace {

// Tokens of a mention's text, split on spaces (mentions never contain
// newlines in practice; other whitespace counts as a separator too).
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Joined(const std::vector<std::string_view>& w) {
  std::string s;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i) s.push_back(' ');
    s.append(w[i]);
  }
  return s;
}

// What a mention's text alone gives (no document, no gazetteer). Names
// recur across reports, so these are kept per thread across calls, keyed by
// the text; `words` view the key's bytes (a node's key never moves).
struct TextInfo {
  std::vector<std::string_view> words;
  std::vector<std::string> lows;  // words lower-cased (LowerWord)
  std::vector<std::string_view> lv;  // views of lows
  std::string surface;    // words joined by single spaces
  std::string key;        // NameVariantKey(surface)
  std::string last_key;   // NameVariantKey(last word), once last_key_done
  std::string bare_key;   // the same without an article prefix ("al-Assad" -> "Assad"), or ""
  bool last_key_done = false;
  // NameWithPlainSpaces(surface) as an atom, made the first time the text
  // names a cluster: later documents naming it again copy the atom instead
  // of interning the string anew.
  Atom plain_name;
  // Which ResolveNames call saw the text last, and its index there (so a
  // call finds its repeated texts without a map of its own).
  uint64_t call = 0;
  uint32_t index = 0;
};

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

using TextCache = std::unordered_map<std::string, TextInfo, TextHash, std::equal_to<>>;

// The per-thread cache; ResolveNames empties it past kMaxCachedTexts before
// it takes pointers into it.
TextCache& Cache() {
  thread_local TextCache cache;
  return cache;
}
constexpr size_t kMaxCachedTexts = size_t{1} << 15;

TextInfo* TextInfoOf(std::string_view text) {
  TextCache& cache = Cache();
  if (auto it = cache.find(text); it != cache.end()) return &it->second;
  auto it = cache.try_emplace(std::string(text)).first;
  TextInfo& t = it->second;
  t.words = SplitWords(it->first);
  t.surface = Joined(t.words);
  t.key = NameVariantKey(t.surface);
  t.lows.resize(t.words.size());
  t.lv.resize(t.words.size());
  for (size_t k = 0; k < t.words.size(); ++k) {
    LowerWord(t.words[k], &t.lows[k]);
    t.lv[k] = t.lows[k];
  }
  return &t;
}

struct Info {
  TextInfo* t = nullptr;
  std::string_view canonical;  // gazetteer canonical form (its storage), or ""
  uint8_t gaz = 0;        // gazetteer classes of the whole phrase
};

std::string Initials(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::string_view w : words)
    if (StartsUpper(w) && (w[0] & 0x80) == 0) s.push_back(w[0]);
  return s;
}

std::string AcronymOf(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') s.push_back(c);
    else if (c != '.') return "";
  }
  return s.size() >= 2 ? s : "";
}

// The mention at `span` is written as a place: after a locative preposition
// ("in Kyle", "from Florence") or before a comma and a capitalised word
// ("Kyle, Texas").
bool UsedAsPlace(std::string_view text, Span span) {
  size_t b = span.start;
  while (b > 0 && text[b - 1] == ' ') --b;
  size_t a = b;
  while (a > 0 && ((text[a - 1] >= 'a' && text[a - 1] <= 'z') || (text[a - 1] >= 'A' && text[a - 1] <= 'Z'))) --a;
  std::string before(text.substr(a, b - a));
  for (char& c : before)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (std::string_view p : {"in", "at", "from", "near", "to", "into", "outside", "inside", "across", "toward",
                             "towards", "via", "of"})
    if (before == p) return true;
  size_t e = span.end;
  if (e + 2 < text.size() && text[e] == ',' && text[e + 1] == ' ' && text[e + 2] >= 'A' && text[e + 2] <= 'Z')
    return true;
  return false;
}

}  // namespace

void ResolveNames(std::string_view text, const Gazetteer& gazetteer, std::vector<Entity>* mentions) {
  std::vector<Entity>& m = *mentions;
  const size_t n = m.size();
  // Mentions repeat ("Ukraine" twenty times): the text analysis runs once
  // per distinct mention text in the thread (TextInfoOf), the gazetteer
  // probes once per distinct text of the document, and info[i] points at
  // the shared result.
  std::vector<Info> uniq;
  std::vector<Info*> info(n);
  std::vector<std::string_view> canonical(n);  // gazetteer form, for organisations and places only
  {
    uniq.reserve(n);  // info[] points into it: no reallocation
    std::vector<uint32_t> index(n);
    if (Cache().size() > kMaxCachedTexts) Cache().clear();
    thread_local uint64_t calls = 0;
    const uint64_t call = ++calls;
    for (size_t i = 0; i < n; ++i) {
      TextInfo* t = TextInfoOf(m[i].span.Of(text));
      if (t->call == call) {  // a repeated text of this document
        index[i] = t->index;
        continue;
      }
      t->call = call;
      t->index = static_cast<uint32_t>(uniq.size());
      index[i] = t->index;
      Info in;
      in.t = t;
      in.gaz = gazetteer.Find(in.t->lv);
      // Only gazetteer phrases have canonical forms: skip the second probe.
      if (in.gaz != 0) in.canonical = gazetteer.Canonical(in.t->lv);
      uniq.push_back(in);
    }
    for (size_t i = 0; i < n; ++i) {
      info[i] = &uniq[index[i]];
      if (m[i].type == EntityType::kOrganization || m[i].type == EntityType::kLocation)
        canonical[i] = info[i]->canonical;
    }
  }

  std::vector<int> cluster(n, -1);
  int next = 0;
  auto place_like = [](uint8_t g) { return (g & (kGazCountry | kGazRegion | kGazCity | kGazOrg)) != 0; };
  auto is_person = [&](size_t i) { return m[i].type == EntityType::kPerson; };

  // Persons, full names first (in order), then single tokens. Hash maps keep
  // this linear in the number of mentions.
  std::unordered_map<std::string_view, int> full_key_cluster;
  std::unordered_map<std::string_view, std::vector<size_t>> by_last_key;  // full names, in order
  // A name with a middle name or initial is the two-word name of its first
  // and last words ("Hillary Rodham Clinton" ... "Hillary Clinton", "John
  // A. Smith" ... "John Smith") when the text has one such longer name only
  // ("George H.W. Bush" and "George W. Bush" leave "George Bush" alone).
  // Keyed by the first and last words' variant keys.
  auto first_last = [&](size_t i) {
    const TextInfo& t = *info[i]->t;
    return NameVariantKey(t.words.front()) + " " + NameVariantKey(t.words.back());
  };
  std::unordered_map<std::string, std::string_view> longer;  // first+last -> the one longer name's key, or ""
  for (size_t i = 0; i < n; ++i) {
    if (!is_person(i) || info[i]->t->words.size() < 3) continue;
    auto [it, fresh] = longer.try_emplace(first_last(i), info[i]->t->key);
    if (!fresh && it->second != std::string_view(info[i]->t->key)) it->second = std::string_view();
  }
  for (size_t i = 0; i < n; ++i) {
    if (!is_person(i) || info[i]->t->words.size() < 2) continue;
    std::string_view key = info[i]->t->key;
    if (!longer.empty() && info[i]->t->words.size() == 2)
      if (auto l = longer.find(first_last(i)); l != longer.end() && !l->second.empty()) key = l->second;
    auto [it, fresh] = full_key_cluster.try_emplace(key, next);
    if (fresh) ++next;
    cluster[i] = it->second;
    TextInfo& in = *info[i]->t;
    if (!in.last_key_done) {  // only full person names need it
      in.last_key = in.words.empty() ? "" : NameVariantKey(in.words.back());
      // Arabic surnames carry the article, which short forms drop: "Bashar
      // al-Assad" ... "Assad", "Abdel Fattah el-Sisi" ... "Sisi". A prefix of
      // one to three lower-case letters and a hyphen before a capital.
      const std::string_view last = in.words.empty() ? std::string_view() : in.words.back();
      const size_t hy = last.find('-');
      if (hy >= 1 && hy <= 3 && hy + 1 < last.size() && last[hy + 1] >= 'A' && last[hy + 1] <= 'Z' &&
          std::all_of(last.begin(), last.begin() + hy, [](char c) { return c >= 'a' && c <= 'z'; }))
        in.bare_key = NameVariantKey(last.substr(hy + 1));
      in.last_key_done = true;
    }
    by_last_key[in.last_key].push_back(i);
    if (!in.bare_key.empty()) by_last_key[in.bare_key].push_back(i);
  }
  std::unordered_map<std::string_view, int> single_person_cluster;
  for (size_t i = 0; i < n; ++i) {
    if (info[i]->t->words.size() != 1 || info[i]->t->key.empty()) continue;
    bool person = is_person(i);
    // An "other" mention spelling a person's surname is that person
    // ("Kasich tweeted" after "John Kasich"); nationality words never
    // match a surname of the text's persons.
    auto nationality = [&]() {
      if (info[i]->gaz & kGazDemonym) return true;
      std::string_view w = info[i]->t->lv.front();
      if (w.size() < 3 || w.back() != 's') return false;
      w.remove_suffix(1);  // "Arabs"
      return (gazetteer.Find(std::span<const std::string_view>(&w, 1)) & kGazDemonym) != 0;
    };
    const bool org_or_place = m[i].type == EntityType::kOrganization || m[i].type == EntityType::kLocation ||
                              (m[i].type == EntityType::kOther && !nationality());
    bool retypable = org_or_place && !place_like(info[i]->gaz);
    // A town or organisation the gazetteer knows still names the person
    // when the text has already given that person's full name and the word
    // is not used as a place ("Navy SEAL Chris Kyle … Kyle was killed", not
    // "in Kyle" or "Kyle, Texas"); countries and regions stay places.
    const bool earlier_only = org_or_place && !retypable &&
                              (info[i]->gaz & (kGazCountry | kGazRegion)) == 0 &&
                              !UsedAsPlace(text, m[i].span);
    if (!person && !retypable && !earlier_only) continue;
    int j = -1;  // nearest earlier full name with this surname, else the first later one
    if (auto it = by_last_key.find(info[i]->t->key); it != by_last_key.end()) {
      const std::vector<size_t>& v = it->second;
      auto after = std::upper_bound(v.begin(), v.end(), i);
      if (after != v.begin())
        j = static_cast<int>(*(after - 1));
      else if (!earlier_only)
        j = static_cast<int>(*after);
    }
    if (j >= 0) {
      m[i].type = EntityType::kPerson;
      cluster[i] = cluster[j];
    } else if (person) {
      auto [it, fresh] = single_person_cluster.try_emplace(info[i]->t->key, next);
      if (fresh) ++next;
      cluster[i] = it->second;
    }
  }

  // Facilities absorb mentions that spell their leading words.
  std::vector<size_t> facilities;
  for (size_t i = 0; i < n; ++i)
    if (m[i].type == EntityType::kFacility) facilities.push_back(i);
  auto is_prefix = [&](size_t a, size_t b) {  // words of a start the words of b
    if (info[a]->t->words.size() > info[b]->t->words.size()) return false;
    for (size_t k = 0; k < info[a]->t->words.size(); ++k)
      if (info[a]->t->words[k] != info[b]->t->words[k]) return false;
    return true;
  };
  if (!facilities.empty()) {
    // Every proper leading word sequence of a facility's text, so a mention
    // is tested by one lookup instead of against each facility (a long
    // report names thousands). Words hold no spaces, so joined by one space
    // (as TextInfo::surface is) a sequence of words has one spelling.
    std::unordered_set<std::string> leading;
    for (size_t j : facilities) {
      const std::vector<std::string_view>& w = info[j]->t->words;
      std::string key;
      for (size_t k = 0; k < w.size(); ++k) {
        leading.insert(key);  // the first k words
        if (k > 0) key.push_back(' ');
        key.append(w[k]);
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (cluster[i] >= 0 || m[i].type == EntityType::kFacility) continue;
      // A place, organisation or nationality the gazetteer knows stays what
      // it is ("Charleston" beside "Charleston Church", "CIA" beside "the
      // CIA Annex", "American" beside "American University").
      if (m[i].type != EntityType::kPerson &&
          (info[i]->gaz & (kGazCountry | kGazRegion | kGazCity | kGazOrg | kGazDemonym)))
        continue;
      if (leading.count(info[i]->t->surface) != 0) m[i].type = EntityType::kFacility;  // surface: words joined by one space
    }
  }

  // Everything else: gazetteer canonical form or variant key per type,
  // facility prefixes, acronyms.
  // Keyed by a hash of (type, key): building the string key per mention
  // cost an allocation each.
  std::unordered_map<uint64_t, int> type_key_cluster;
  std::unordered_map<std::string, int> initials_cluster;
  for (size_t i = 0; i < n; ++i) {
    if (cluster[i] >= 0) continue;
    const std::string_view text_key = canonical[i].empty() ? std::string_view(info[i]->t->key) : canonical[i];
    const uint64_t key = HashMix(HashBytes(text_key), static_cast<uint64_t>(m[i].type) + 1);
    if (auto it = type_key_cluster.find(key); it != type_key_cluster.end()) cluster[i] = it->second;
    if (cluster[i] < 0 && m[i].type == EntityType::kFacility) {
      for (size_t j : facilities) {  // "Azovstal" joins "Azovstal steel works"
        if (j == i || cluster[j] < 0) continue;
        if (is_prefix(i, j) || is_prefix(j, i)) {
          cluster[i] = cluster[j];
          break;
        }
      }
    }
    if (cluster[i] < 0 && m[i].type == EntityType::kOrganization && info[i]->t->words.size() == 1) {
      std::string acro = AcronymOf(info[i]->t->words[0]);
      if (auto it = initials_cluster.find(acro); !acro.empty() && it != initials_cluster.end())
        cluster[i] = it->second;
    }
    if (cluster[i] < 0) cluster[i] = next++;
    type_key_cluster.try_emplace(key, cluster[i]);
    if (m[i].type == EntityType::kOrganization && info[i]->t->words.size() >= 2)
      initials_cluster.try_emplace(Initials(info[i]->t->words), cluster[i]);
  }

  // Renumber by first mention and pick canonical names.
  std::vector<int> renum(next, -1);
  int k = 0;
  for (size_t i = 0; i < n; ++i)
    if (renum[cluster[i]] < 0) renum[cluster[i]] = k++;
  std::vector<int> best(k, -1);
  std::vector<std::string_view> gaz_name(k);
  for (size_t i = 0; i < n; ++i) {
    int c = renum[cluster[i]];
    m[i].cluster = c;
    if (!canonical[i].empty() && gaz_name[c].empty()) gaz_name[c] = canonical[i];
    // Longest mention, preferring one written in mixed case ("Zaporizhzhia"
    // over a dateline's "ZAPORIZHZHIA").
    auto rank = [&](size_t x) {
      bool shouting = info[x]->t->surface.size() > 3 && AllUpper(info[x]->t->surface) && info[x]->t->words.size() >= 1 &&
                      info[x]->t->surface.find('.') == std::string::npos && info[x]->t->surface.size() > 5;
      return std::make_pair(!shouting, info[x]->t->words.size());
    };
    if (best[c] < 0 || rank(i) > rank(best[c])) best[c] = static_cast<int>(i);
  }
  // One atom per cluster, shared by its mentions (an intern per mention
  // was a lock, a hash and often an allocation each).
  std::vector<Atom> names(k);
  for (size_t i = 0; i < n; ++i) {
    int c = m[i].cluster;
    // The surface as written may hold a no-break space ("Donald<U+00A0>Trump"):
    // names are compared and shown with plain spaces.
    if (names[c].empty()) {
      if (!gaz_name[c].empty()) {
        names[c] = Atom(gaz_name[c]);
      } else {
        TextInfo& t = *info[best[c]]->t;
        if (t.plain_name.empty()) t.plain_name = Atom(NameWithPlainSpaces(t.surface));
        names[c] = t.plain_name;
      }
    }
    m[i].name = names[c];
    if (m[i].type != m[best[c]].type && m[best[c]].type == EntityType::kFacility) m[i].type = EntityType::kFacility;
  }
}

}  // namespace crosscheck
