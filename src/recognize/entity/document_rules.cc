// The per-document mention rules of mention_rules.h that add or drop
// mentions: headline-case lines, one sense per discourse, one span per
// name. The rules that type a name once per document are in
// document_typing.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// A title-case line ("Ukrainian Defenders Making Heroic But “Hopeless” Last
// Stand in Massive Steel Works"): four or more words with letters, and every
// one of them capitalised except short function words. Prose always has a
// lower-case verb or noun, however many names it holds.
bool IsHeadlineCase(std::span<const std::string_view> words) {
  static constexpr std::string_view kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                                 "or", "but", "by", "as", "with", "from", "'s", "\xE2\x80\x99s"};
  size_t content = 0;
  for (std::string_view w : words) {
    if (!HasLetter(w)) continue;  // punctuation, curly quotes, figures
    if (StartsUpper(w) || AllUpper(w)) {
      ++content;
      continue;
    }
    bool small = false;
    for (std::string_view k : kSmall) small = small || w == k;
    if (!small) return false;
  }
  return content >= 4;
}

// Headlines capitalise every word, so the tagger reads names into them
// ("Hopeless", "Last Stand"). A mention from a headline-case sentence is
// kept only when a body mention shares one of its words (not a common word
// or a title: "Lohan" and "Lindsay Lohan"), or when the gazetteer knows
// it (a country, region, city, nationality or organisation).
void DropUnconfirmedHeadlineMentions(const Gazetteer& gaz, std::string_view text, Scratch* s,
                                     std::vector<Entity>* out) {
  if (s->headline_mentions.empty()) return;
  std::vector<uint8_t> in_headline(out->size(), 0);
  for (size_t k : s->headline_mentions) in_headline[k] = 1;
  // The words of the body's mentions: "Lohan" in a headline is confirmed
  // by "Lindsay Lohan" in the body.
  std::vector<std::string_view> body;
  auto words_of = [](std::string_view m, std::vector<std::string_view>* to) {
    size_t i = 0;
    while (i < m.size()) {
      size_t j = m.find(' ', i);
      if (j == std::string_view::npos) j = m.size();
      std::string_view w = m.substr(i, j - i);
      if (size_t p = PossessiveSuffixLength(w)) w.remove_suffix(p);
      if (w.size() > 2) to->push_back(w);
      i = j + 1;
    }
  };
  for (size_t k = 0; k < out->size(); ++k)
    if (!in_headline[k]) words_of((*out)[k].span.Of(text), &body);
  std::sort(body.begin(), body.end());
  std::vector<std::string_view> mine;
  std::vector<std::string> lows;
  std::vector<std::string_view> lv;
  std::vector<Entity> kept;
  kept.reserve(out->size());
  std::vector<uint8_t> keep_flag(out->size(), 0);
  for (size_t k = 0; k < out->size(); ++k) {
    Entity& e = (*out)[k];
    bool keep = !in_headline[k];
    if (!keep) {
      mine.clear();
      words_of(e.span.Of(text), &mine);
      for (std::string_view w : mine)
        keep = keep || (!IsCommonWord(gaz, w) && !IsTitleWord(w) && std::binary_search(body.begin(), body.end(), w));
    }
    if (!keep) {
      // The gazetteer's word-by-word key of the mention.
      lows.clear();
      lv.clear();
      std::string_view m = e.span.Of(text);
      size_t i = 0;
      while (i < m.size()) {
        size_t j = m.find(' ', i);
        if (j == std::string_view::npos) j = m.size();
        if (j > i) {
          lows.emplace_back();
          LowerWord(m.substr(i, j - i), &lows.back());
        }
        i = j + 1;
      }
      for (const std::string& w : lows) lv.push_back(w);
      keep = (gaz.Find(lv) & (kGazCountry | kGazRegion | kGazCity | kGazDemonym | kGazOrg)) != 0;
    }
    if (!keep && e.type == EntityType::kPerson &&
        (lows.size() == 2 || (lows.size() == 3 && lows[1].size() == 2 && lows[1][1] == '.'))) {
      // A list of names is title case too ("Coach: Lisa Gilette, Sarah
      // Mulholland, Samuel Pak"): a first name and a surname (an initial
      // between them) is a name, not a headline's capitalised words. A
      // third word may be the headline's verb ("Marco Rubio Responds").
      std::string_view first = e.span.Of(text).substr(0, e.span.Of(text).find(' '));
      keep = LexiconFirstNames().contains(lows.front()) && StartsUpper(first) && !AllUpper(first);
    }
    keep_flag[k] = keep;
  }
  // A two- or three-word person listed next to a person kept above, a
  // comma (and "and") between them, is kept too: "Ryan Hinze, Sheetal
  // Patel, Johnathan Anderson" (a given name the English list lacks).
  // Session 32 (ner17).
  auto listed_with = [&](size_t a, size_t b) {  // mentions a < b, a comma list's neighbours
    const Entity& x = (*out)[a];
    const Entity& y = (*out)[b];
    if (x.type != EntityType::kPerson || y.type != EntityType::kPerson || x.span.end > y.span.start) return false;
    std::string_view gap = text.substr(x.span.end, y.span.start - x.span.end);
    return gap == ", " || gap == ", and " || gap == " and ";
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = 0; k < out->size(); ++k) {
      if (keep_flag[k] || !in_headline[k] || (*out)[k].type != EntityType::kPerson) continue;
      const std::string_view m = (*out)[k].span.Of(text);
      const size_t spaces = static_cast<size_t>(std::count(m.begin(), m.end(), ' '));
      if (spaces < 1 || spaces > 2) continue;
      if ((k > 0 && keep_flag[k - 1] && listed_with(k - 1, k)) ||
          (k + 1 < out->size() && keep_flag[k + 1] && listed_with(k, k + 1)))
        keep_flag[k] = changed = true;
    }
  }
  for (size_t k = 0; k < out->size(); ++k)
    if (keep_flag[k]) kept.push_back(std::move((*out)[k]));
  out->swap(kept);
}

// One sense per discourse: once "Denis Prokopenko" is a person, every
// other capitalised "Prokopenko" in the document is one too; once
// "Azovstal steel works" is a facility, so is every other "Azovstal".
// A two- or three-word organisation or place ending in such a surname is
// a person too ("Denys Prokopenko" beside "Kateryna Prokopenko").
void AddDiscourseMentions(const Gazetteer& gaz, Scratch* s, std::vector<Entity>* out) {
  // Each known word with the type of its first mention. A document knows a
  // few words; a long one thousands, and then they are indexed by a map so
  // a lookup never scans them all.
  struct Known {
    std::string_view word;
    EntityType type;
  };
  std::vector<Known> known;
  std::unordered_map<std::string_view, size_t> known_index;  // built past kFewKnown
  constexpr size_t kFewKnown = 32;
  auto find_known = [&](std::string_view w) -> const Known* {
    if (known.size() <= kFewKnown) {
      for (const Known& k : known)
        if (k.word == w) return &k;
      return nullptr;
    }
    auto it = known_index.find(w);
    return it == known_index.end() ? nullptr : &known[it->second];
  };
  // A filter over (length, first byte) of the known words: most words of
  // the document are compared with none of them.
  uint64_t filter = 0;
  auto filter_bit = [](std::string_view w) {
    return uint64_t{1} << ((w.size() * 7 + static_cast<unsigned char>(w[0])) & 63);
  };
  auto add = [&](std::string_view w, EntityType t) {
    if (!StartsUpper(w) || find_known(w) != nullptr) return;
    if (IsCommonWord(gaz, w) || IsTitleWord(w)) return;
    known.push_back(Known{w, t});
    if (known.size() == kFewKnown + 1) {
      for (size_t k = 0; k < known.size(); ++k) known_index.emplace(known[k].word, k);
    } else if (known.size() > kFewKnown + 1) {
      known_index.emplace(w, known.size() - 1);
    }
    filter |= filter_bit(w);
  };
  // doc_spans is sorted by start: find the first and last word of each
  // multi-word person or facility by binary search.
  auto word_at = [&](uint32_t start) -> size_t {
    auto it = std::lower_bound(s->doc_spans.begin(), s->doc_spans.end(), start,
                               [](const Span& a, uint32_t v) { return a.start < v; });
    return static_cast<size_t>(it - s->doc_spans.begin());
  };
  for (const Entity& e : *out) {
    if (e.type == EntityType::kLocation) {
      // Session 20: a one-word place is one wherever the tagger left its
      // word untagged ("in the Donbas" missed among five mentions).
      const size_t first = word_at(e.span.start);
      if (first < s->doc_spans.size() && s->doc_spans[first].start == e.span.start &&
          s->doc_spans[first].end == e.span.end)
        add(s->doc_words[first], EntityType::kLocation);
      continue;
    }
    if (e.type == EntityType::kOrganization) {
      // Session 30: an acronym named an organisation once ("the Housing
      // Authority of Gorlan (HAGO)") is one wherever it recurs ("accuses
      // HAGO of"): three to six capital letters.
      const size_t first = word_at(e.span.start);
      if (first >= s->doc_spans.size() || s->doc_spans[first].start != e.span.start ||
          s->doc_spans[first].end != e.span.end)
        continue;
      const std::string_view m = s->doc_words[first];
      bool acronym = m.size() >= 3 && m.size() <= 6;
      for (char ch : m) acronym = acronym && ch >= 'A' && ch <= 'Z';
      if (acronym) add(m, EntityType::kOrganization);
      continue;
    }
    if (e.type != EntityType::kPerson && e.type != EntityType::kFacility) continue;
    size_t first = word_at(e.span.start);
    size_t last = first;
    while (last + 1 < s->doc_spans.size() && s->doc_spans[last + 1].end <= e.span.end) ++last;
    if (first >= s->doc_spans.size() || last == first) continue;
    if (e.type == EntityType::kPerson) add(s->doc_words[last], EntityType::kPerson);
    else add(s->doc_words[first], EntityType::kFacility);
  }
  if (known.empty()) return;
  std::vector<std::string> lows;
  std::vector<std::string_view> lv;
  // A name of two or three words typed as an organisation or place that
  // ends in a known person's surname is a relative of that person ("her
  // husband, Denys Prokopenko" after "Kateryna Prokopenko"), when its
  // first word is no common word, title, abbreviation ("St."), nationality
  // or one-word place or organisation, and the gazetteer does not know
  // the whole.
  bool person_known = false;
  for (const Known& k : known) person_known = person_known || k.type == EntityType::kPerson;
  for (Entity& e : *out) {
    if (!person_known) break;
    if (e.type != EntityType::kOrganization && e.type != EntityType::kLocation) continue;
    // The mention's last word first: most mentions end in no surname.
    auto it = std::lower_bound(s->doc_spans.begin(), s->doc_spans.end(), e.span.end,
                               [](const Span& a, uint32_t v) { return a.start < v; });
    if (it == s->doc_spans.begin()) continue;
    const size_t last = static_cast<size_t>(it - s->doc_spans.begin()) - 1;
    const std::string_view tail = s->doc_words[last];
    const Known* k = find_known(tail);
    const bool surname = k != nullptr && k->type == EntityType::kPerson;
    if (!surname || AllUpper(tail)) continue;  // "Hawaiian Islands NWR"
    const size_t first = word_at(e.span.start);
    if (first >= last || last > first + 2) continue;
    const std::string_view head = s->doc_words[first];
    if (!StartsUpper(head) || head.back() == '.' || IsCommonWord(gaz, head) || IsTitleWord(head) ||
        IsKnownName(gaz, head) || IsNationalityOrCountry(gaz, head))
      continue;
    // Not a name the gazetteer knows whole ("Sri Lankan", "Saint Lucia").
    lows.resize(last - first + 1);
    lv.clear();
    for (size_t w = first; w <= last; ++w) {
      LowerWord(s->doc_words[w], &lows[w - first]);
      lv.push_back(lows[w - first]);
    }
    if (gaz.Find(lv) == 0) e.type = EntityType::kPerson;
  }
  std::vector<Span> covered;
  for (const Entity& e : *out) covered.push_back(e.span);
  std::sort(covered.begin(), covered.end());
  size_t c = 0;
  for (size_t i = 0; i < s->doc_words.size(); ++i) {
    const std::string_view w = s->doc_words[i];
    if (w.empty() || !(filter & filter_bit(w)) || !StartsUpper(w)) continue;  // every known word is capitalised
    const Span& sp = s->doc_spans[i];
    while (c < covered.size() && covered[c].end <= sp.start) ++c;
    if (c < covered.size() && covered[c].Overlaps(sp)) continue;
    const Known* k = find_known(w);
    if (k == nullptr) continue;
    Entity e;
    e.span = sp;
    e.type = k->type;
    e.name = std::string(k->word);
    out->push_back(std::move(e));
  }
}

// One name, one span per document: a name of two to six words tagged as a
// person, organisation or place anywhere in the document is tagged the same
// wherever its words recur, whole: untagged ("Slice Pizza" missed in the
// first line, tagged in the last), or cut short by the tagger ("All" +
// "Blacks" where "All Blacks" was found, "Hyatt Regency" + "Houston"). A
// mention reaching outside the recurring words is left alone, an "other"
// piece of another type too, and so is a name opening on a title word
// ("Justice Scalia").
void RepeatMultiWordNames(Scratch* s, std::vector<Entity>* out) {
  struct Name {
    size_t first, len;
    EntityType type;
  };
  const auto& words = s->doc_words;
  const auto& spans = s->doc_spans;
  auto word_at = [&](uint32_t start) -> size_t {
    auto it = std::lower_bound(spans.begin(), spans.end(), start, [](const Span& a, uint32_t v) { return a.start < v; });
    return static_cast<size_t>(it - spans.begin());
  };
  std::vector<Name> names;
  constexpr size_t kFewNames = 32;
  std::unordered_set<std::string> seen;  // every name's key, once there are kFewNames
  for (const Entity& e : *out) {
    if (e.type != EntityType::kPerson && e.type != EntityType::kOrganization && e.type != EntityType::kLocation)
      continue;
    const size_t first = word_at(e.span.start);
    if (first >= spans.size() || spans[first].start != e.span.start) continue;
    size_t last = first;
    while (last + 1 < spans.size() && spans[last + 1].end <= e.span.end) ++last;
    if (last == first || last - first >= 6 || spans[last].end != e.span.end || !StartsUpper(words[last]) ||
        !StartsUpper(words[first]) || IsTitleWord(words[first]))
      continue;
    // A name is kept once, at its first mention: the few names of an
    // ordinary document are compared word by word; past kFewNames they are
    // keyed (their words joined by a byte no word holds) in a hash set, so
    // a long document never compares each name with all the others.
    const size_t len = last - first + 1;
    auto key_of = [&](size_t from, size_t n) {
      std::string k;
      for (size_t w = from; w < from + n; ++w) {
        k.append(words[w]);
        k.push_back('\x1f');
      }
      return k;
    };
    bool fresh;
    if (names.size() < kFewNames) {
      fresh = true;
      for (const Name& n : names)
        fresh = fresh && !(n.len == len && std::equal(words.begin() + static_cast<std::ptrdiff_t>(n.first),
                                                      words.begin() + static_cast<std::ptrdiff_t>(n.first + n.len),
                                                      words.begin() + static_cast<std::ptrdiff_t>(first)));
      if (fresh && names.size() + 1 == kFewNames) {  // from now on, keyed
        for (const Name& n : names) seen.insert(key_of(n.first, n.len));
        seen.insert(key_of(first, len));
      }
    } else {
      fresh = seen.insert(key_of(first, len)).second;
    }
    if (fresh) names.push_back(Name{first, len, e.type});
  }
  if (names.empty()) return;
  // The mentions by start, and the longest mention's length: the mentions
  // overlapping a stretch are found by one binary search, not a scan of all
  // of them (a long document has tens of thousands).
  // A short document's mentions are simply all scanned.
  constexpr size_t kFewMentions = 64;
  const bool indexed = out->size() > kFewMentions;
  std::vector<uint32_t> by_start(indexed ? out->size() : 0);
  uint32_t longest = 0;
  for (size_t j = 0; indexed && j < out->size(); ++j) {
    by_start[j] = static_cast<uint32_t>(j);
    const Span& m = (*out)[j].span;
    longest = std::max(longest, m.end > m.start ? m.end - m.start : 0u);
  }
  if (indexed)
    std::stable_sort(by_start.begin(), by_start.end(),
                     [&](uint32_t a, uint32_t b) { return (*out)[a].span.start < (*out)[b].span.start; });
  // Calls f(j) for each mention j that may overlap `whole` (every one that
  // does; in start order when indexed); f returns false to stop.
  auto near = [&](const Span& whole, auto&& f) {
    if (!indexed) {
      for (uint32_t j = 0; j < out->size(); ++j)
        if (!f(j)) return;
      return;
    }
    const uint32_t from = whole.start > longest ? whole.start - longest : 0;
    auto it = std::lower_bound(by_start.begin(), by_start.end(), from,
                               [&](uint32_t j, uint32_t v) { return (*out)[j].span.start < v; });
    for (; it != by_start.end() && (*out)[*it].span.start < whole.end; ++it)
      if (!f(*it)) return;
  };
  // Longest names first: "Hyatt Regency Houston" before "Hyatt Regency".
  std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.len > b.len; });
  std::vector<Entity> added;
  std::vector<uint8_t> drop(out->size(), 0);
  // Every name opens on a capitalised word: only those are compared, first
  // by a 64-bit filter of (length, first byte), then by length and first byte.
  auto filter_bit = [](std::string_view w) {
    return uint64_t{1} << ((w.size() * 7 + static_cast<unsigned char>(w[0])) & 63);
  };
  uint64_t filter = 0;
  for (const Name& n : names) filter |= filter_bit(words[n.first]);
  // The names by filter bit, longest first within a bit as above: a word
  // is compared only with the names whose bit it shares (the others differ
  // in length or first byte).
  auto bit_of = [](std::string_view w) { return static_cast<size_t>((w.size() * 7 + static_cast<unsigned char>(w[0])) & 63); };
  std::array<uint32_t, 65> bucket_begin{};
  for (const Name& n : names) ++bucket_begin[bit_of(words[n.first]) + 1];
  for (size_t b = 1; b < bucket_begin.size(); ++b) bucket_begin[b] += bucket_begin[b - 1];
  std::vector<uint32_t> by_bit(names.size());
  {
    std::array<uint32_t, 64> fill{};
    for (size_t k = 0; k < names.size(); ++k) {
      const size_t b = bit_of(words[names[k].first]);
      by_bit[bucket_begin[b] + fill[b]++] = static_cast<uint32_t>(k);
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w.empty() || !(filter & filter_bit(w)) || !StartsUpper(w)) continue;
    const size_t bit = bit_of(w);
    for (size_t q = bucket_begin[bit]; q < bucket_begin[bit + 1]; ++q) {
      const Name& n = names[by_bit[q]];
      const std::string_view f = words[n.first];
      if (f.size() != w.size() || f[0] != w[0] || i == n.first || i + n.len > words.size() ||
          !std::equal(words.begin() + static_cast<std::ptrdiff_t>(n.first),
                      words.begin() + static_cast<std::ptrdiff_t>(n.first + n.len),
                      words.begin() + static_cast<std::ptrdiff_t>(i)))
        continue;
      const Span whole{spans[i].start, spans[i + n.len - 1].end};
      bool clean = true, exact = false;
      near(whole, [&](uint32_t j) {
        const Span& m = (*out)[j].span;
        if (drop[j] || !m.Overlaps(whole)) return true;
        exact = exact || (m.start == whole.start && m.end == whole.end);
        // An "other" piece (a law, a work, a nationality word) is grown
        // only into an "other" name: "Act" stays out of an organisation
        // "HEROES Act". Person, organisation and place pieces are the
        // tagger's word-by-word typing ("Kay" + "Mann" where "Kay Mann" is
        // a person, "US" + "Marines", "Hyatt Regency" + "Houston").
        const EntityType t = (*out)[j].type;
        clean = m.start >= whole.start && m.end <= whole.end && t != EntityType::kOther;
        return clean;
      });
      // The names added so far are disjoint and in text order (each one was
      // checked against them all, and words are read left to right), so the
      // last one is the only one this stretch can overlap.
      if (!added.empty()) clean = clean && !added.back().span.Overlaps(whole);
      if (!clean || exact) continue;
      near(whole, [&](uint32_t j) {
        if (!drop[j] && (*out)[j].span.Overlaps(whole)) drop[j] = 1;
        return true;
      });
      Entity e;
      e.span = whole;
      e.type = n.type;
      added.push_back(std::move(e));
    }
  }
  if (added.empty()) return;
  std::vector<Entity> kept;
  kept.reserve(out->size() + added.size());
  for (size_t k = 0; k < out->size(); ++k)
    if (!drop[k]) kept.push_back(std::move((*out)[k]));
  for (Entity& e : added) kept.push_back(std::move(e));
  out->swap(kept);
}

}  // namespace crosscheck::entity_internal

namespace crosscheck::entity_internal {

// Short forms of a document's full names (session 36). A name written in
// full once ("the Orvald Transit Authority", "Quillon Navigator") is
// written short later, and the tagger types each short form on its own:
// the full mention's type goes to
//  - its initials: a word of two to eight capitals (dots between them
//    allowed, "O.T.A.") that spells the initials of a multi-word
//    organisation, place, facility or "other" name of the document ("OTA"),
//    wherever it is written; added where untagged, retyped where typed
//    otherwise (the definition in brackets, AddAcronymDefinitions, is one
//    case of this; a name of the document need not be defined in brackets).
//    Initials shared by two full names of different types are left alone,
//    and so is a word inside a run of capitals ("THE OTA REPORT"), where
//    capitals are the line's case, not an acronym;
//  - its head: a one-word place that is the last word of a multi-word
//    organisation written in capitalised words only ("Quillon Navigator"
//    ... "Navigator crashed") is that organisation, unless the gazetteer
//    knows the word as a country, region, city or nationality ("Iraq"
//    after "State Department Iraq") or it is a common word. Persons are
//    left to the person rules (a surname is no short form of a firm).
void TypeShortForms(const Gazetteer& gaz, std::string_view text, Scratch* s, std::vector<Entity>* out) {
  const auto& words = s->doc_words;
  const auto& spans = s->doc_spans;
  if (out->empty() || words.empty()) return;
  auto word_at = [&](uint32_t start) -> size_t {
    auto it = std::lower_bound(spans.begin(), spans.end(), start, [](const Span& a, uint32_t v) { return a.start < v; });
    return static_cast<size_t>(it - spans.begin());
  };
  auto passable = [](std::string_view w) {
    for (std::string_view p : {"of", "and", "the", "for", "on", "in", "&", "de", "du", "des", "la", "'s"})
      if (w == p) return true;
    return false;
  };
  // Up to eight capitals packed into one integer: initials are compared
  // without building strings.
  auto pack = [](uint64_t key, char c) { return (key << 8) | static_cast<unsigned char>(c); };
  // The full names: (initials, type) and (head word, organisation), from
  // the document's multi-word mentions other than persons.
  constexpr int kConflict = -1;
  // Per-thread buffers, reused from document to document (no allocation
  // once warm).
  thread_local std::vector<std::pair<uint64_t, int>> initials;
  thread_local std::vector<std::string_view> heads;
  initials.clear();
  heads.clear();
  uint64_t head_filter = 0;  // one bit per (length, first byte) of a head
  auto filter_bit = [](std::string_view w) {
    return uint64_t{1} << ((w.size() * 7 + static_cast<unsigned char>(w[0])) & 63);
  };
  for (const Entity& e : *out) {
    if (e.type == EntityType::kPerson || e.span.end - e.span.start < 4 || e.span.end > text.size() ||
        std::memchr(text.data() + e.span.start, ' ', e.span.end - e.span.start) == nullptr)
      continue;  // one word (most mentions): no full name
    const size_t first = word_at(e.span.start);
    if (first >= spans.size() || spans[first].start != e.span.start) continue;
    size_t last = first;
    while (last + 1 < spans.size() && spans[last + 1].end <= e.span.end) ++last;
    if (last == first || spans[last].end != e.span.end || last - first > 9) continue;
    uint64_t key = 0;
    size_t letters = 0;
    bool all_capitalised = true, ok = true;
    for (size_t w = first; w <= last && ok; ++w) {
      const std::string_view word = words[w];
      if (word.empty()) {
        ok = false;
      } else if (word[0] >= 'A' && word[0] <= 'Z') {
        if (word.size() > 1 && AllUpper(word)) ok = false;  // an acronym inside ("U.N. Disaster ...") spells no letters
        else key = pack(key, word[0]), ++letters;
      } else if (passable(word)) {
        all_capitalised = false;
      } else {
        ok = false;  // a lower-case word or a non-ASCII capital
      }
    }
    if (!ok) continue;
    if (letters >= 2 && letters <= 8) initials.emplace_back(key, static_cast<int>(e.type));
    if (all_capitalised && e.type == EntityType::kOrganization && !AllUpper(words[last])) {
      heads.push_back(words[last]);
      head_filter |= filter_bit(words[last]);
    }
  }
  if (initials.empty() && heads.empty()) return;
  std::sort(initials.begin(), initials.end());
  {  // one entry per initials; two types make it a conflict
    size_t o = 0;
    for (size_t k = 0; k < initials.size(); ++k) {
      if (o > 0 && initials[o - 1].first == initials[k].first) {
        if (initials[o - 1].second != initials[k].second) initials[o - 1].second = kConflict;
        continue;
      }
      initials[o++] = initials[k];
    }
    initials.resize(o);
  }
  std::sort(heads.begin(), heads.end());
  // "O.T.A." -> the packed "OTA"; false when the word is no acronym.
  auto acronym_key = [&](std::string_view w, uint64_t* key) {
    size_t n = 0;
    *key = 0;
    for (char c : w) {
      if (c >= 'A' && c <= 'Z') {
        if (++n > 8) return false;
        *key = pack(*key, c);
      } else if (c != '.') {
        return false;
      }
    }
    return n >= 2;
  };
  // The words that are short forms, with the type they take: most
  // documents have none, and then no mention is looked at.
  struct Candidate {
    size_t word;
    EntityType want;
    bool acronym, add;
  };
  thread_local std::vector<Candidate> candidates;
  candidates.clear();
  const std::string_view* const word_data = words.data();
  const size_t word_count = words.size();
  for (size_t i = 0; i < word_count; ++i) {
    const std::string_view w = word_data[i];
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') continue;
    uint64_t key;
    const bool capital_next = (w[1] >= 'A' && w[1] <= 'Z') || w[1] == '.';  // else no acronym: most words
    if (capital_next && !initials.empty() && acronym_key(w, &key)) {
      auto it = std::lower_bound(initials.begin(), initials.end(), std::make_pair(key, INT32_MIN));
      if (it == initials.end() || it->first != key || it->second == kConflict) continue;
      uint64_t unused;
      if ((i > 0 && acronym_key(word_data[i - 1], &unused)) ||
          (i + 1 < word_count && acronym_key(word_data[i + 1], &unused)))
        continue;  // a line in capitals ("THE OTA REPORT")
      // The gazetteer's organisations and countries ("U.N.", "US") are
      // typed by its own rules (its towns are no bar: "Ota").
      const SmallLower low(w);
      std::string_view lv = low.view;
      if (gaz.Find(std::span<const std::string_view>(&lv, 1)) & (kGazOrg | kGazCountry | kGazRegion)) continue;
      // Two capitals say little alone ("SK", "TV"): added only at three.
      size_t caps = 0;
      for (char c : w) caps += c >= 'A' && c <= 'Z';
      candidates.push_back(Candidate{i, static_cast<EntityType>(it->second), true, caps >= 3});
    } else if (!capital_next && (head_filter & filter_bit(w)) && std::binary_search(heads.begin(), heads.end(), w)) {
      candidates.push_back(Candidate{i, EntityType::kOrganization, false, false});
    }
  }
  if (candidates.empty()) return;
  // The mentions by start: a candidate's own mention, or one covering it.
  thread_local std::vector<uint32_t> by_start;
  by_start.resize(out->size());
  for (uint32_t k = 0; k < by_start.size(); ++k) by_start[k] = k;
  std::sort(by_start.begin(), by_start.end(),
            [&](uint32_t a, uint32_t b) { return (*out)[a].span.start < (*out)[b].span.start; });
  uint32_t longest = 0;
  for (const Entity& e : *out) longest = std::max(longest, e.span.end - e.span.start);
  std::vector<Entity> added;
  for (const Candidate& c : candidates) {
    const Span& sp = spans[c.word];
    const std::string_view w = words[c.word];
    // The mentions starting within `longest` bytes before the word may
    // cover it.
    const uint32_t from = sp.start > longest ? sp.start - longest : 0;
    auto it = std::lower_bound(by_start.begin(), by_start.end(), from,
                               [&](uint32_t k, uint32_t v) { return (*out)[k].span.start < v; });
    Entity* own = nullptr;
    bool covered = false;
    for (; it != by_start.end() && (*out)[*it].span.start <= sp.start; ++it) {
      Entity& e = (*out)[*it];
      if (e.span.start == sp.start && e.span.end == sp.end) own = &e;
      else if (e.span.Overlaps(sp)) covered = true;
    }
    if (own != nullptr) {
      if (own->type == c.want || own->type == EntityType::kFacility) continue;
      if (!c.acronym) {  // a head: only a one-word place, no known place or common word
        if (own->type != EntityType::kLocation || IsCommonWord(gaz, w) || IsNationalityOrCountry(gaz, w)) continue;
        const SmallLower low(w);
        std::string_view lv = low.view;
        if (gaz.Find(std::span<const std::string_view>(&lv, 1)) & (kGazCity | kGazRegion | kGazCountry | kGazDemonym))
          continue;
      }
      own->type = c.want;
      continue;
    }
    if (!c.add || covered) continue;
    Entity e;
    e.span = sp;
    e.type = c.want;
    e.name = std::string(w);
    added.push_back(std::move(e));
  }
  for (Entity& e : added) out->push_back(std::move(e));
}

}  // namespace crosscheck::entity_internal
