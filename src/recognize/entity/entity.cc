// EntityRecognizer: the model-backed implementation and the JSON record.
//
// Per sentence: (1) words are the segmenter's tokens with a possessive
// ending split off ("Ukraine's" -> "Ukraine" + "'s", as GMB tokenises);
// (2) the perceptron tags them (tagger.h) and person spans lose leading
// titles; (3) facility rules: a non-person name or capitalised run followed
// by a facility head noun ("Azovstal steel works", "Donetsk airport"), or a
// name ending in a capitalised head ("Boryspil Airport"), becomes a facility;
// (4) each person gets the title/role phrase written before it ("Mariupol
// mayor", "U.N. Secretary-General") and an appositive role after it
// (", the mayor of Mariupol,"). Then name coreference (coref.h) runs over the
// whole document.
#include "recognize/entity/entity.h"

#include "core/data_dir.h"

#include <algorithm>

#include "recognize/entity/coref.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/tagger.h"
#include "recognize/entity/titles.h"

namespace crosscheck {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kLocation: return "location";
    case EntityType::kFacility: return "facility";
    case EntityType::kOther: return "other";
  }
  return "other";
}

namespace {

bool IsStopword(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "to", "for", "with", "by", "from",
      "as", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "his", "her", "its",
      "their", "our", "my", "said", "says", "after", "before", "when", "while", "if", "since", "during", "some"};
  if (w.empty() || w.size() > 6) return false;
  SmallLower low(w);
  for (std::string_view s : kWords)
    if (low.view == s) return true;
  return false;
}

// Punctuation token: an ASCII non-alphanumeric first byte, or typographic
// punctuation (U+2010..U+206F: dashes, curly quotes).
bool IsPunctWord(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  return c == 0xE2 && w.size() >= 3 && static_cast<unsigned char>(w[1]) == 0x80 && w.size() == 3;
}

// Length of a "-led" / "-backed" ending after a capitalised stem
// ("U.N.-backed", "Washington-based", "Nations-assisted"), split off like a
// possessive so the stem can end a name; 0 when none.
size_t HyphenSuffixLength(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"-led", "-backed", "-based", "-assisted", "-brokered", "-run", "-owned",
                                    "-controlled", "-held", "-occupied", "-style", "-born", "-made", "-funded",
                                    "-allied", "-linked", "-aligned", "-installed", "-appointed", "-bound"};
  if (!StartsUpper(w)) return 0;
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return 0;
  std::string_view tail = w.substr(dash);
  for (std::string_view s : kSuffixes)
    if (tail == s) return tail.size();
  return 0;
}

bool HasLetter(std::string_view w) {
  for (unsigned char c : w)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xDF)) return true;  // Latin, Greek, Cyrillic leads
  return false;
}

// Per-thread working memory of Recognize().
struct Scratch {
  FeatureScratch features;
  std::vector<std::string_view> words;
  std::vector<Span> spans;
  std::vector<uint8_t> labels;
  std::vector<LabelSpan> label_spans;
  std::vector<std::string_view> doc_words;  // every word of the document so far
  std::vector<Span> doc_spans;
  std::vector<size_t> headline_mentions;  // indexes into the output of mentions from headline-case sentences
};

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

class ModelRecognizer : public EntityRecognizer {
 public:
  ModelRecognizer(NerModel model, Gazetteer gazetteer) : model_(std::move(model)), gaz_(std::move(gazetteer)) {}
  ModelRecognizer(const ModelRecognizer&) = delete;  // holds the whole model
  ModelRecognizer& operator=(const ModelRecognizer&) = delete;

  std::vector<Entity> Recognize(const Document& doc, const Segmentation& seg) const override {
    thread_local Scratch s;
    std::vector<Entity> out;
    std::string_view text = doc.text;
    for (const Sentence& sent : seg.sentences) {
      s.words.clear();
      s.spans.clear();
      for (uint32_t t = sent.token_begin; t < sent.token_end && t < seg.tokens.size(); ++t) {
        const Token& tok = seg.tokens[t];
        if (tok.span.end > text.size()) continue;
        std::string_view w = tok.span.Of(text);
        size_t poss = tok.kind == TokenKind::kWord ? PossessiveSuffixLength(w) : 0;
        if (!poss && tok.kind == TokenKind::kWord) poss = HyphenSuffixLength(w);
        if (poss) {
          uint32_t cut = tok.span.end - static_cast<uint32_t>(poss);
          s.words.push_back(w.substr(0, w.size() - poss));
          s.spans.push_back(Span{tok.span.start, cut});
          s.words.push_back(w.substr(w.size() - poss));
          s.spans.push_back(Span{cut, tok.span.end});
        } else {
          s.words.push_back(w);
          s.spans.push_back(tok.span);
        }
      }
      if (s.words.empty()) continue;
      const bool headline = IsHeadlineCase(s.words);
      const size_t first_of_sentence = out.size();
      TagSentence(model_, gaz_, s.words, &s.features, &s.labels);
      auto is_mod = [&](std::string_view w) { return IsNationalityOrCountry(gaz_, w); };
      LabelsToSpans(s.labels, s.words, is_mod, &s.label_spans);
      DropCapitalisedCommonWords(&s);
      SplitAtTitles(&s);
      AddGazetteerNames(&s);
      ExtendPersons(&s);
      AddFacilities(&s);
      AddInstitutions(&s);
      JoinOrganisations(&s);
      for (const LabelSpan& ls : s.label_spans) out.push_back(MakeEntity(text, s, ls));
      if (headline)
        for (size_t k = first_of_sentence; k < out.size(); ++k) s.headline_mentions.push_back(k);
      s.doc_words.insert(s.doc_words.end(), s.words.begin(), s.words.end());
      s.doc_spans.insert(s.doc_spans.end(), s.spans.begin(), s.spans.end());
    }
    DropUnconfirmedHeadlineMentions(text, &s, &out);
    AddDiscourseMentions(&s, &out);
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) { return a.span < b.span; });
    ResolveNames(text, gaz_, &out);
    s.doc_words.clear();
    s.doc_spans.clear();
    s.headline_mentions.clear();
    return out;
  }

 private:
  static constexpr int kFacilityType = 5;  // LabelSpan::type used for facilities here

  // A one-word place or organisation of the gazetteer ("Mariupol", "Azov").
  bool IsKnownName(std::string_view w) const {
    SmallLower low(w);
    std::string_view v = low.view;
    return !v.empty() && (gaz_.Find(std::span<const std::string_view>(&v, 1)) &
            (kGazCountry | kGazRegion | kGazCity | kGazOrg)) != 0;
  }

  bool IsCommonWord(std::string_view w) const {
    SmallLower low(w);
    std::string_view v = low.view;
    return !v.empty() && (gaz_.Find(std::span<const std::string_view>(&v, 1)) & kGazCommon) != 0;
  }

  // "U.N. Secretary-General Antonio Guterres" tagged as one organisation:
  // the words after an office title that are all capitalised are a person;
  // the words before it keep their type; the title is left to TitleBefore.
  void SplitAtTitles(Scratch* s) const {
    static constexpr std::string_view kOffices[] = {"secretary-general", "president", "minister", "chancellor", "mayor",
                                     "governor", "senator", "spokesman", "spokeswoman", "ambassador", "envoy",
                                     "commander", "premier", "king", "queen", "prince", "pope", "secretary",
                                     "attorney", "judge", "prosecutor", "director", "lawyer", "coach", "spokesperson"};
    std::vector<LabelSpan> out;
    const auto& lv = s->features.lower_view;
    for (const LabelSpan& ls : s->label_spans) {
      bool split = false;
      if (ls.type != LabelType(kBPer)) {
        // "Lieutenant Colonel Denis Prokopenko" tagged as an organisation: a
        // title run and then two or more capitalised words that are neither
        // common words nor known places is a titled person.
        const size_t t = LeadingTitleLength(std::span<const std::string_view>(s->words).subspan(ls.begin, ls.end - ls.begin));
        if (t > 0 && ls.end - (ls.begin + t) >= 2) {
          bool names = true;
          for (uint32_t j = ls.begin + static_cast<uint32_t>(t); j < ls.end && names; ++j)
            names = StartsUpper(s->words[j]) && !IsTitleWord(s->words[j]) && !IsCommonWord(s->words[j]) &&
                    !IsKnownName(s->words[j]);
          if (names) {
            out.push_back(LabelSpan{ls.begin + static_cast<uint32_t>(t), ls.end, LabelType(kBPer)});
            continue;
          }
        }
        for (uint32_t k = ls.begin; k + 1 < ls.end && !split; ++k) {
          bool office = false;
          for (std::string_view o : kOffices)
            if (lv[k] == o) {
              office = true;
              break;
            }
          if (!office) continue;
          bool names = true;
          for (uint32_t j = k + 1; j < ls.end; ++j) names = names && StartsUpper(s->words[j]) && !IsTitleWord(s->words[j]);
          if (!names) continue;
          if (k > ls.begin) out.push_back(LabelSpan{ls.begin, k, ls.type});
          out.push_back(LabelSpan{k + 1, ls.end, LabelType(kBPer)});
          split = true;
        }
      }
      // "Secretary of State Antony Blinken" with "State Antony Blinken"
      // tagged: a title run starting just before the span reaches into it.
      for (uint32_t back = 1; back <= 3 && !split && ls.type != LabelType(kBPer) && back <= ls.begin; ++back) {
        const uint32_t j = ls.begin - back;
        if (!IsTitleWord(s->words[j])) continue;
        size_t len = LeadingTitleLength(std::span<const std::string_view>(s->words).subspan(j, ls.end - j));
        if (j + len > ls.begin && j + len < ls.end) {
          out.push_back(LabelSpan{static_cast<uint32_t>(j + len), ls.end, LabelType(kBPer)});
          split = true;
        }
      }
      if (!split) out.push_back(ls);
    }
    s->label_spans.swap(out);
  }

  // Fallbacks for names the tagger left untagged: a capitalised
  // organisation or country phrase of the gazetteer ("Amnesty
  // International"), and a capitalised word before a region noun ("the
  // Donbas region" -> location "Donbas").
  void AddGazetteerNames(Scratch* s) const {
    static constexpr std::string_view kRegionHeads[] = {"region", "regions", "oblast", "province", "district", "county",
                                         "governorate", "valley", "peninsula"};
    const size_t n = s->words.size();
    const auto& lv = s->features.lower_view;
    std::vector<uint8_t> taken(n, 0);
    for (const LabelSpan& ls : s->label_spans)
      for (uint32_t k = ls.begin; k < ls.end; ++k) taken[k] = 1;
    bool added = false;
    for (size_t i = 0; i < n; ++i) {
      if (taken[i] || !StartsUpper(s->words[i])) continue;
      // Match() recorded the classes of every phrase starting here.
      const bool phrase_here = (s->features.gaz_begin[i] & (kGazOrg | kGazCountry)) != 0;
      for (size_t len = phrase_here ? std::min<size_t>(6, n - i) : 0; len >= 1; --len) {
        bool free = true;
        for (size_t k = i; k < i + len; ++k) free = free && !taken[k];
        if (!free || !StartsUpper(s->words[i + len - 1])) continue;
        uint8_t cls = gaz_.Find(std::span<const std::string_view>(lv.data() + i, len));
        int type = (cls & kGazOrg) ? LabelType(kBOrg) : (cls & kGazCountry) ? LabelType(kBLoc) : 0;
        if (!type || (len == 1 && (cls & kGazCommon))) continue;
        s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), type});
        for (size_t k = i; k < i + len; ++k) taken[k] = 1;
        added = true;
        break;
      }
      if (taken[i] || i + 1 >= n) continue;
      bool region = false;
      for (std::string_view h : kRegionHeads) region = region || lv[i + 1] == h;
      if (region && !IsStopword(s->words[i]) && !IsCommonWord(s->words[i]) && i > 0) {
        s->label_spans.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), LabelType(kBLoc)});
        taken[i] = 1;
        added = true;
      }
    }
    if (added)
      std::sort(s->label_spans.begin(), s->label_spans.end(),
                [](const LabelSpan& a, const LabelSpan& b) { return a.begin < b.begin; });
  }

  // A person span grows left over capitalised words the tagger left out
  // ("Denys" in a sentence-initial "Denys Prokopenko") unless they are
  // common words, titles or known places.
  void ExtendPersons(Scratch* s) const {
    for (size_t k = 0; k < s->label_spans.size(); ++k) {
      LabelSpan& ls = s->label_spans[k];
      if (ls.type != LabelType(kBPer)) continue;
      uint32_t floor = k > 0 ? s->label_spans[k - 1].end : 0;
      while (ls.begin > floor) {
        std::string_view w = s->words[ls.begin - 1];
        if (!StartsUpper(w) || AllUpper(w) || s->labels[ls.begin - 1] != kO || IsTitleWord(w) || IsRoleNoun(w) ||
            IsStopword(w) || IsCommonWord(w) || IsNationalityOrCountry(gaz_, w))
          break;
        --ls.begin;
      }
    }
  }

  // Headlines capitalise every word, so the tagger reads names into them
  // ("Hopeless", "Last Stand"). A mention from a headline-case sentence is
  // kept only when a body mention shares one of its words (not a common word
  // or a title: "Lohan" and "Lindsay Lohan"), or when the gazetteer knows
  // it (a country, region, city, nationality or organisation).
  void DropUnconfirmedHeadlineMentions(std::string_view text, Scratch* s, std::vector<Entity>* out) const {
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
    for (size_t k = 0; k < out->size(); ++k) {
      Entity& e = (*out)[k];
      bool keep = !in_headline[k];
      if (!keep) {
        mine.clear();
        words_of(e.span.Of(text), &mine);
        for (std::string_view w : mine)
          keep = keep || (!IsCommonWord(w) && !IsTitleWord(w) && std::binary_search(body.begin(), body.end(), w));
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
        keep = (gaz_.Find(lv) & (kGazCountry | kGazRegion | kGazCity | kGazDemonym | kGazOrg)) != 0;
      }
      if (keep) kept.push_back(std::move(e));
    }
    out->swap(kept);
  }

  // One sense per discourse: once "Denis Prokopenko" is a person, every
  // other capitalised "Prokopenko" in the document is one too; once
  // "Azovstal steel works" is a facility, so is every other "Azovstal".
  void AddDiscourseMentions(Scratch* s, std::vector<Entity>* out) const {
    struct Known {
      std::string_view word;
      EntityType type;
    };
    std::vector<Known> known;
    auto add = [&](std::string_view w, EntityType t) {
      if (!StartsUpper(w) || IsCommonWord(w) || IsTitleWord(w)) return;
      for (const Known& k : known)
        if (k.word == w) return;
      known.push_back(Known{w, t});
    };
    // doc_spans is sorted by start: find the first and last word of each
    // multi-word person or facility by binary search.
    auto word_at = [&](uint32_t start) -> size_t {
      auto it = std::lower_bound(s->doc_spans.begin(), s->doc_spans.end(), start,
                                 [](const Span& a, uint32_t v) { return a.start < v; });
      return static_cast<size_t>(it - s->doc_spans.begin());
    };
    for (const Entity& e : *out) {
      if (e.type != EntityType::kPerson && e.type != EntityType::kFacility) continue;
      size_t first = word_at(e.span.start);
      size_t last = first;
      while (last + 1 < s->doc_spans.size() && s->doc_spans[last + 1].end <= e.span.end) ++last;
      if (first >= s->doc_spans.size() || last == first) continue;
      if (e.type == EntityType::kPerson) add(s->doc_words[last], EntityType::kPerson);
      else add(s->doc_words[first], EntityType::kFacility);
    }
    if (known.empty()) return;
    std::vector<Span> covered;
    for (const Entity& e : *out) covered.push_back(e.span);
    std::sort(covered.begin(), covered.end());
    size_t c = 0;
    for (size_t i = 0; i < s->doc_words.size(); ++i) {
      const Span& sp = s->doc_spans[i];
      while (c < covered.size() && covered[c].end <= sp.start) ++c;
      if (c < covered.size() && covered[c].Overlaps(sp)) continue;
      const std::string_view w = s->doc_words[i];
      if (w.empty() || !StartsUpper(w)) continue;  // every known word is capitalised
      for (const Known& k : known) {
        if (k.word != w) continue;
        Entity e;
        e.span = sp;
        e.type = k.type;
        e.name = std::string(k.word);
        out->push_back(std::move(e));
        break;
      }
    }
  }

  // Drops a one-word mention that opens a sentence and is a common
  // lower-case word ("Civilians hid ...": the capital is the sentence's),
  // and spans without letters; retypes a place tagged as a person.
  void DropCapitalisedCommonWords(Scratch* s) const {
    std::vector<LabelSpan>& v = s->label_spans;
    // "Mariupol mayor Vadym Boychenko": a known place right before a role
    // noun is the place, even when tagged as a person.
    for (LabelSpan& ls : v)
      if (ls.type == LabelType(kBPer) && ls.end == ls.begin + 1 && ls.end < s->words.size() &&
          IsKnownName(s->words[ls.begin]) && IsRoleNoun(s->words[ls.end]))
        ls.type = LabelType(kBLoc);
    // Quote marks and dashes at the edges of a span are not part of the name
    // ("” Last Stand" after a headline's closing quote), nor is a leading
    // "'s" ("Ukraine" + "’s Internal Affairs Ministry").
    for (LabelSpan& ls : v) {
      while (ls.begin < ls.end && ((IsPunctWord(s->words[ls.begin]) && s->words[ls.begin].size() > 1) ||
                                   s->words[ls.begin] == "'s" || s->words[ls.begin] == "\xE2\x80\x99s"))
        ++ls.begin;  // also a possessive ending split off the word before
      while (ls.end > ls.begin && IsPunctWord(s->words[ls.end - 1]) && s->words[ls.end - 1].size() > 1) --ls.end;
    }
    v.erase(std::remove_if(v.begin(), v.end(),
                           [&](const LabelSpan& ls) {
                             if (ls.end <= ls.begin) return true;
                             bool letters = false;  // "—" or "2022" tagged as a name
                             for (uint32_t k = ls.begin; k < ls.end; ++k) letters = letters || HasLetter(s->words[k]);
                             if (!letters) return true;
                             bool initial = ls.begin == 0 || (ls.begin == 1 && IsPunctWord(s->words[0]));
                             return initial && ls.end == ls.begin + 1 && IsCommonWord(s->words[ls.begin]) &&
                                    !IsKnownName(s->words[ls.begin]);
                           }),
            v.end());
  }

  // Length in words of the longest facility head phrase at word i, or 0.
  size_t FacilityHead(const Scratch& s, size_t i) const {
    if (!(s.features.gaz_begin[i] & kGazFacility)) return 0;  // no facility phrase starts here
    const auto& lv = s.features.lower_view;
    for (size_t len = std::min<size_t>(4, lv.size() - i); len >= 1; --len) {
      if (gaz_.Find(std::span<const std::string_view>(lv.data() + i, len)) & kGazFacility) return len;
    }
    return 0;
  }

  void AddFacilities(Scratch* s) const {
    const size_t n = s->words.size();
    const auto& lv = s->features.lower_view;
    std::vector<LabelSpan>& spans = s->label_spans;
    // Names ending in a capitalised head noun.
    for (LabelSpan& ls : spans) {
      if (ls.type != LabelType(kBOrg) && ls.type != LabelType(kBLoc)) continue;
      if (ls.end - ls.begin < 2 || !StartsUpper(s->words[ls.end - 1])) continue;
      for (uint32_t k = ls.begin + 1; k < ls.end; ++k) {
        if (FacilityHead(*s, k) == ls.end - k) {
          ls.type = kFacilityType;
          break;
        }
      }
    }
    // A name or capitalised run followed by a head noun.
    std::vector<LabelSpan> result;
    size_t si = 0;
    for (size_t i = 0; i < n;) {
      const LabelSpan* cur = si < spans.size() && spans[si].begin == i ? &spans[si] : nullptr;
      size_t end;
      int type;
      if (cur) {
        end = cur->end;
        type = cur->type;
      } else if (StartsUpper(s->words[i]) && !IsStopword(s->words[i]) && !IsTitleWord(s->words[i]) &&
                 (si >= spans.size() || spans[si].begin > i)) {
        end = i + 1;
        while (end < n && StartsUpper(s->words[end]) && (si >= spans.size() || spans[si].begin > end) &&
               !FacilityHead(*s, end))
          ++end;
        type = 0;
      } else {
        ++i;
        continue;
      }
      size_t head = end < n ? FacilityHead(*s, end) : 0;
      bool person = type == LabelType(kBPer);
      if (!head && !person && end + 2 < n && (lv[end] == "and" || lv[end] == "&") && StartsUpper(s->words[end + 1])) {
        // "Azovstal Iron and Steel Works": capitalised words joined by "and"
        // up to a facility head belong to the facility's name.
        size_t j = end + 1;
        while (j < n && StartsUpper(s->words[j]) && !FacilityHead(*s, j) && j < end + 4) ++j;
        const size_t h = j < n ? FacilityHead(*s, j) : 0;
        if (h && StartsUpper(s->words[j])) {
          result.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j + h), kFacilityType});
          while (si < spans.size() && spans[si].begin < j + h) ++si;
          i = j + h;
          continue;
        }
      }
      if (head && !person && type != kFacilityType && !(type == 0 && i == 0 && end == 1 && false)) {
        result.push_back(LabelSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(end + head), kFacilityType});
        while (si < spans.size() && spans[si].begin < end + head) ++si;
        i = end + head;
        continue;
      }
      if (cur) {
        result.push_back(*cur);
        ++si;
      }
      i = end;
    }
    spans.swap(result);
  }

  // "Russia's defence ministry", "the Ukrainian military": a country or
  // nationality word, an optional possessive, lower-case modifiers and an
  // institution head noun form one organisation mention.
  void AddInstitutions(Scratch* s) const {
    static constexpr std::string_view kHeads[] = {"ministry", "army", "military", "navy", "government", "parliament", "police",
                                   "forces", "staff", "service", "services", "guard", "cabinet", "administration",
                                   "presidency", "embassy", "prosecutor's", "command", "authorities"};
    static constexpr std::string_view kMods[] = {"defence", "defense", "foreign", "interior", "health", "emergencies", "emergency",
                                  "finance", "economy", "justice", "armed", "general", "security", "border",
                                  "state", "presidential", "national", "air", "naval", "intelligence", "military",
                                  "special", "migration", "energy", "agriculture", "culture", "education"};
    auto in = [](const std::string_view* list, size_t n, std::string_view w) {
      for (size_t i = 0; i < n; ++i)
        if (w == list[i]) return true;
      return false;
    };
    const size_t n = s->words.size();
    const auto& lv = s->features.lower_view;
    for (LabelSpan& ls : s->label_spans) {
      // "Internal Affairs Ministry" tagged as a place or nationality: a
      // capitalised name ending in an institution head is an organisation.
      if ((ls.type == LabelType(kBLoc) || ls.type == LabelType(kBOth)) && ls.end - ls.begin >= 2 &&
          StartsUpper(s->words[ls.end - 1]) && in(kHeads, std::size(kHeads), lv[ls.end - 1])) {
        ls.type = LabelType(kBOrg);
        continue;
      }
      if (ls.type != LabelType(kBLoc) && ls.type != LabelType(kBOth)) continue;
      size_t j = ls.end;
      if (j < n && (s->words[j] == "'s" || s->words[j] == "\xE2\x80\x99s")) {
        if (ls.type != LabelType(kBLoc)) continue;
        ++j;
      }
      const size_t mods_start = j;
      while (j < n && in(kMods, std::size(kMods), s->words[j])) ++j;
      if (!(j < n && in(kHeads, std::size(kHeads), s->words[j])) && j > mods_start &&
          in(kHeads, std::size(kHeads), s->words[j - 1]))
        --j;  // "Ukraine's military said": the last modifier is the head
      if (j < n && in(kHeads, std::size(kHeads), s->words[j])) {
        bool free = true;  // the words taken must not belong to another mention
        for (const LabelSpan& o : s->label_spans)
          if (&o != &ls && o.begin < j + 1 && o.end > ls.end) free = false;
        if (!free) continue;
        ls.end = static_cast<uint32_t>(j + 1);
        ls.type = LabelType(kBOrg);
      }
    }
  }

  // "Institute" + "for the" + "Study of War" tagged as two organisations:
  // organisations joined by "of" or "for" (and an optional "the") are one
  // ("Bank of England", "Committee for the Prevention of Torture").
  void JoinOrganisations(Scratch* s) const {
    std::vector<LabelSpan>& v = s->label_spans;
    const auto& lv = s->features.lower_view;
    const int org = LabelType(kBOrg);
    for (size_t k = 0; k + 1 < v.size();) {
      LabelSpan& a = v[k];
      const LabelSpan& b = v[k + 1];
      uint32_t gap = b.begin - a.end;
      bool joiner = a.type == org && b.type == org && (gap == 1 || gap == 2) && a.end < lv.size() &&
                    (lv[a.end] == "of" || lv[a.end] == "for") && (gap == 1 || lv[a.end + 1] == "the");
      if (!joiner) {
        ++k;
        continue;
      }
      a.end = b.end;
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
  }

  Entity MakeEntity(std::string_view text, const Scratch& s, const LabelSpan& ls) const {
    Entity e;
    e.span = Span{s.spans[ls.begin].start, s.spans[ls.end - 1].end};
    switch (ls.type) {
      case 1: e.type = EntityType::kPerson; break;
      case 2: e.type = EntityType::kOrganization; break;
      case 3: e.type = EntityType::kLocation; break;
      case kFacilityType: e.type = EntityType::kFacility; break;
      default: e.type = EntityType::kOther; break;
    }
    e.name = std::string(e.span.Of(text));
    if (e.type == EntityType::kPerson) {
      e.title = TitleBefore(text, s, ls.begin);
      e.role = AppositiveRole(text, s, ls.begin, ls.end);
    }
    return e;
  }

  // Title/role phrase right before word `b`: a run of title words, role
  // nouns, role modifiers, capitalised words and possessive "'s" that ends
  // in a title word or role noun.
  std::string TitleBefore(std::string_view text, const Scratch& s, size_t b) const {
    if (b == 0) return "";
    size_t last = b - 1;
    const bool of_state = s.words[last] == "State" && last >= 2 && s.words[last - 1] == "of" &&
                          IsTitleWord(s.words[last - 2]);  // "Secretary of State"
    if (!IsTitleWord(s.words[last]) && !IsRoleNoun(s.words[last]) && !of_state) return "";
    size_t first = last;
    if (of_state) first = last - 2;
    while (first > 0) {
      std::string_view w = s.words[first - 1];
      const uint8_t label = s.labels[first - 1];
      bool ok = IsTitleWord(w) || IsRoleNoun(w) || IsRoleModifier(w) || w == "'s" || w == "\xE2\x80\x99s" ||
                (StartsUpper(w) && (IsKnownName(w) || (label != kO && LabelType(label) != LabelType(kBPer))));
      if (!ok) break;
      --first;
    }
    while (first < last && (s.words[first] == "'s" || s.words[first] == "\xE2\x80\x99s")) ++first;
    return std::string(text.substr(s.spans[first].start, s.spans[last].end - s.spans[first].start));
  }

  // ", the mayor of Mariupol," after the name -> "mayor of Mariupol"; also
  // "Mariupol's mayor, NAME" before it.
  std::string AppositiveRole(std::string_view text, const Scratch& s, size_t b, size_t e) const {
    const size_t n = s.words.size();
    if (e + 1 < n && s.words[e] == ",") {
      size_t i = e + 1;
      while (i < n && (s.words[i] == "the" || s.words[i] == "a" || s.words[i] == "an")) ++i;
      size_t j = i;
      bool role = false;
      while (j < n && j < i + 10 && s.words[j] != "," && s.words[j] != "." && s.words[j] != ";" &&
             !(IsPunctWord(s.words[j]) && s.words[j] != "-")) {
        role = role || IsRoleNoun(s.words[j]);
        if (s.labels[j] == kBPer) break;
        ++j;
      }
      if (role && j > i && j < n && (s.words[j] == "," || s.words[j] == ".")) {
        return std::string(text.substr(s.spans[i].start, s.spans[j - 1].end - s.spans[i].start));
      }
    }
    if (b >= 2 && s.words[b - 1] == "," && IsRoleNoun(s.words[b - 2])) {
      size_t last = b - 2, first = last;
      while (first > 0 && !IsStopword(s.words[first - 1]) && !IsPunctWord(s.words[first - 1]) && last - first < 6)
        --first;
      if (first > 0 && (s.words[first - 1] == "'s")) --first;
      return std::string(text.substr(s.spans[first].start, s.spans[last].end - s.spans[first].start));
    }
    return "";
  }

  NerModel model_;
  Gazetteer gaz_;
};

// Lower-cased words of a phrase, without "'s".
std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur, low;
  auto flush = [&] {
    if (cur.empty()) return;
    LowerWord(cur, &low);
    if (low.size() > 2 && low.compare(low.size() - 2, 2, "'s") == 0) low.resize(low.size() - 2);
    while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
    if (!low.empty()) out.push_back(low);
    cur.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',') flush();
    else cur.push_back(c);
  }
  flush();
  return out;
}

}  // namespace

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Load(const std::string& model_dir) {
  auto gaz = Gazetteer::Load(model_dir + "/gazetteer");
  if (!gaz.ok()) return gaz.error().Wrap("loading entity gazetteers");
  auto model = NerModel::Load(model_dir + "/ner.model");
  if (!model.ok()) return model.error().Wrap("loading entity model");
  return std::shared_ptr<const EntityRecognizer>(
      std::make_shared<ModelRecognizer>(std::move(model).value(), std::move(gaz).value()));
}

std::string EntityRecognizer::DefaultModelDir() { return DataPath("models"); }

Json EntityToJson(const Document& doc, const std::vector<Entity>& es, size_t i) {
  const Entity& e = es[i];
  Json j;
  j["id"] = RecordId('e', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = e.span.start;
  j["end"] = e.span.end;
  j["text"] = std::string(e.span.Of(doc.text));
  j["type"] = EntityTypeName(e.type);
  j["name"] = e.name;
  j["title"] = JsonStringOrNull(e.title);
  j["role"] = JsonStringOrNull(e.role);
  j["cluster"] = e.cluster;
  return j;
}

int ResolveRoleMention(const std::vector<Entity>& entities, const Document& doc, std::string_view role,
                       uint32_t before_offset) {
  std::vector<std::string> words = LowerWords(role);
  if (words.empty()) return -1;
  const std::string& head = words.back();
  const bool person_role = IsRoleNoun(head) || IsTitleWord(head);
  for (size_t k = entities.size(); k-- > 0;) {
    const Entity& e = entities[k];
    if (e.span.start >= before_offset || e.cluster < 0) continue;
    if (person_role) {
      if (e.type != EntityType::kPerson) continue;
      for (const std::string* phrase : {&e.title, &e.role})
        for (const std::string& w : LowerWords(*phrase))
          if (w == head) return e.cluster;
    } else if (e.type == EntityType::kOrganization || e.type == EntityType::kFacility) {
      for (const std::string& w : LowerWords(e.name))
        if (w == head) return e.cluster;
    }
  }
  (void)doc;
  return -1;
}

}  // namespace crosscheck
