// Whose figure it is (frame_what.h: FindHolder, FindSubjectHolder): a person
// or organisation named at the figure — a possessive, an apposition, a
// parenthesis, "X at / with N", the subject of a verb of having — or, when
// nothing at the figure names one, the subject of the verb the figure is
// the object of. Each reads the figure's clause and the entities near the
// figure (found by binary search on the sorted entities), so a document
// costs time linear in its figures.
#include "claims/frame_what.h"

#include <algorithm>
#include <cctype>

#include "claims/frame_what_words.h"
#include "claims/frame_words.h"
#include "claims/places.h"

namespace crosscheck {
namespace {
using frame_words::In;
using namespace what_words;

// How far back from a figure the "(" of a parenthesis after a name may be
// ("the Orioles (seven years, $140 million to $150 million)").
constexpr int kParenthesisTokens = 12;

}  // namespace

std::string FindHolder(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                       TokenRange own, TokenRange clause,
                       bool name_after) {
  if (own.empty()) return "";
  const uint32_t fig_start = seg.tokens[own.begin].span.start;
  // Entities are sorted by start and never overlap (recognize/entity), so
  // their ends ascend too: each search below reads only the entities near
  // the figure, found by binary search, not the document's every entity.
  auto from = [&](uint32_t start) {
    return std::partition_point(entities.begin(), entities.end(),
                                [&](const Entity& e) { return e.span.start < start; });
  };
  // The entity ending closest before `offset`, with only `gap` between.
  auto entity_before = [&](uint32_t offset, std::initializer_list<std::string_view> gaps) -> const Entity* {
    const Entity* best = nullptr;
    auto first = std::partition_point(entities.begin(), entities.end(),
                                      [&](const Entity& e) { return e.span.end + 12 < offset; });
    for (auto it = first; it != entities.end() && it->span.start <= offset; ++it) {
      const Entity& e = *it;
      if (e.type != EntityType::kPerson && e.type != EntityType::kOrganization) continue;
      if (e.span.end > offset || e.span.end + 12 < offset) continue;
      std::string between(text.substr(e.span.end, offset - e.span.end));
      std::string trimmed;
      for (char c : between)
        if (c != ' ') trimmed += c;
      bool ok = false;
      for (std::string_view g : gaps)
        if (trimmed == g) ok = true;
      if (ok && (!best || e.span.end > best->span.end)) best = &e;
    }
    return best;
  };
  // A possessive opens the noun phrase the figure is in: "the Angels'
  // eight-year offer", "Mattis's 68", "Nationals' $160 million bid" are
  // the possessor's, whatever follows.
  // An age in it is another person's ("Smith's 12-year-old son"), unless
  // the figure closes the phrase ("Mattis's 68,").
  const bool closes = own.end >= clause.end || In(Low(text, seg, own.end), {",", ")", ".", ";", "and"}) ||
                      Low(text, seg, own.end) == "percent" || Low(text, seg, own.end) == "%";
  const std::string_view own_text =
      text.substr(seg.tokens[own.begin].span.start, seg.tokens[own.end - 1].span.end - seg.tokens[own.begin].span.start);
  const bool age_phrase = own_text.find("old") != std::string_view::npos ||
                          (own.end < clause.end && Low(text, seg, own.end) == "old");
  if (const Entity* e = entity_before(fig_start, {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}))
    if (closes || !age_phrase) return e->name;
  // "Cesar Sayoc, 56," / "Romney (17 percent)".
  if (const Entity* e = entity_before(fig_start, {",", "("})) {
    if (closes) return e->name;
  }
  // "the Orioles (seven years, $150 million)": every figure of a
  // parenthesis right after a name is the name's — a team, a product or a
  // party as much as a person ("other" entities too; never a place, which
  // the parenthesis would only locate).
  if (own.begin > clause.begin) {
    int open = -1;
    for (int i = own.begin - 1; i >= clause.begin && i >= own.begin - kParenthesisTokens; --i) {
      std::string_view t = Tok(text, seg, i);
      if (t == ")") break;
      if (t == "(") {
        open = i;
        break;
      }
    }
    bool closes = own.end >= clause.end || In(Low(text, seg, own.end), {",", ")", ";", "and"}) ||
                  Low(text, seg, own.end) == "percent" || Low(text, seg, own.end) == "%";
    if (open > clause.begin && closes) {
      const uint32_t at = seg.tokens[open].span.start;
      auto it = std::partition_point(entities.begin(), entities.end(),
                                     [&](const Entity& e) { return e.span.end + 2 < at; });
      for (; it != entities.end() && it->span.start < at; ++it) {
        std::string_view between = text.substr(it->span.end, at - it->span.end);
        if (between.find_first_not_of(' ') != std::string_view::npos) continue;
        if (it->type == EntityType::kLocation || it->type == EntityType::kFacility) break;
        return it->name;
      }
    }
  }
  // "the 76-year-old Pelosi": a name right after the figure (an age).
  const uint32_t fig_end = seg.tokens[own.end - 1].span.end;
  for (auto it = from(fig_end); name_after && it != entities.end() && it->span.start <= fig_end + 1; ++it) {
    const Entity& e = *it;
    if (e.type != EntityType::kPerson) continue;
    if (e.span.start >= fig_end && e.span.start <= fig_end + 1) return e.name;
  }
  // "SeaMicro has 80 employees", "AMD currently employs 10,000 people": a
  // name that is the subject of a verb of having, the figure its object.
  if (own.begin > clause.begin &&
      In(Low(text, seg, own.begin - 1), {"has", "have", "had", "employs", "employ", "employed"})) {
    int subject_end = own.begin - 1;
    if (subject_end - 1 > clause.begin && In(Low(text, seg, subject_end - 1), {"currently", "now", "still", "already", "also"}))
      --subject_end;
    // The name must be the whole subject: it opens the clause or follows a
    // comma ("Indeed, AMD has"), not the object of a preposition ("workers
    // at Acme have"). A clause joined by "and", "but" or "while" opens there
    // too ("Rubio has 163 and John Kasich has 63"), unless a name, or a
    // capitalised word the entity layer missed, ends right before it
    // ("Smith and Jones have 80": whose, the frame cannot say).
    if (const Entity* e = entity_before(seg.tokens[subject_end].span.start, {""})) {
      int first = subject_end;
      while (first > clause.begin && seg.tokens[first - 1].span.start >= e->span.start) --first;
      if (first == clause.begin || In(Low(text, seg, first - 1), {",", "the"})) return e->name;
      if (first - 1 > clause.begin && In(Low(text, seg, first - 1), {"and", "but", "while"}) &&
          !entity_before(seg.tokens[first - 1].span.start, {""}) &&
          !std::isupper(static_cast<unsigned char>(text[seg.tokens[first - 2].span.start])))
        return e->name;
    }
  }
  // "Huckabee at 17 percent", "Romney leads … with 21 percent".
  if (own.begin > clause.begin) {
    std::string_view prep = Low(text, seg, own.begin - 1);
    if (prep == "at" || prep == "with") {
      const Entity* best = nullptr;
      const uint32_t clause_start = seg.tokens[clause.begin].span.start;
      const uint32_t prep_start = seg.tokens[own.begin - 1].span.start;
      for (auto it = from(clause_start); it != entities.end() && it->span.start <= prep_start; ++it) {
        const Entity& e = *it;
        if (e.type != EntityType::kPerson && e.type != EntityType::kOrganization) continue;
        if (e.span.start < seg.tokens[clause.begin].span.start || e.span.end > seg.tokens[own.begin - 1].span.start)
          continue;
        if (!best || e.span.start > best->span.start) best = &e;
      }
      // No other figure between the name and this one.
      if (best) {
        bool figure_between = false;
        for (int i = own.begin - 2; i >= clause.begin && seg.tokens[i].span.start >= best->span.end; --i)
          if (seg.tokens[i].kind == TokenKind::kNumber) figure_between = true;
        // A name inside an apposition is not the subject: "Bettie Page,
        // the pinup who inspired artist Olivia De Berardinis, died … at
        // the age of 85" is Page's age. When the clause opens with a name
        // set off by a comma and a comma closes the apposition after the
        // nearer name, the opening name holds the figure.
        auto first = from(seg.tokens[clause.begin].span.start);
        while (first != entities.end() && first->type != EntityType::kPerson &&
               first->type != EntityType::kOrganization && first->span.start < best->span.start)
          ++first;
        if (!figure_between && first != entities.end() && &*first != best &&
            first->span.start <= seg.tokens[clause.begin].span.start + 4) {
          bool opens_apposition = false, closes_apposition = false;
          for (int i = clause.begin; i < own.begin - 1; ++i) {
            if (Tok(text, seg, i) != ",") continue;
            const uint32_t at = seg.tokens[i].span.start;
            if (at >= first->span.end && at <= first->span.end + 1) opens_apposition = true;
            if (at >= best->span.end) closes_apposition = true;
          }
          if (opens_apposition && closes_apposition) return first->name;
        }
        if (!figure_between) return best->name;
      }
    }
  }
  return "";
}

std::string FindSubjectHolder(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                              const std::vector<Entity>& entities, TokenRange own, TokenRange clause) {
  if (own.empty() || own.begin <= clause.begin) return "";
  // The figure's noun phrase before it: determiners and hedges, and at most
  // one capitalised word (an indirect object, "made Teixeira an …").
  int i = own.begin - 1;
  int names = 0;
  for (int steps = 0; i >= clause.begin && steps < 4; --i, ++steps) {
    if (!IsWord(seg, i)) break;
    std::string_view w = Low(text, seg, i);
    if (In(w, {"a", "an", "the", "at", "least", "most", "more", "than", "about", "nearly", "almost", "some",
               "just", "only", "roughly", "around", "approximately", "another", "his", "her", "their", "its",
               "estimated", "as", "much", "many", "up", "to"}))
      continue;
    if (Capitalised(Tok(text, seg, i)) && names == 0 && i > clause.begin && IsWord(seg, i - 1) &&
        !Capitalised(Tok(text, seg, i - 1))) {
      ++names;
      continue;
    }
    break;
  }
  if (i < clause.begin || !IsWord(seg, i)) return "";
  // The verb: a word WordNet knows as a verb, not one of saying or
  // thinking, which governs a clause rather than the figure.
  const std::string_view verb = Low(text, seg, i);
  if (IsFunctionWord(verb) && !In(verb, {"had", "has", "have"})) return "";
  const std::string lemma = lex.VerbLemma(verb);
  if (!VerbLike(verb, lex) && !lex.IsVerb(lemma)) return "";
  if (In(lemma, {"say", "tell", "report", "estimate", "believe", "think", "expect", "announce", "claim", "add",
                 "note", "confirm", "show", "suggest", "reveal", "speculate", "deny", "insist", "warn", "argue",
                 "predict", "know", "hope", "fear", "learn", "write", "tweet", "ask", "assert", "state", "put",
                 "peg", "count", "see"}))
    return "";
  // Auxiliaries and adverbs between the subject and the verb ("reportedly
  // have", "are believed to have", "is").
  int j = i - 1;
  for (int steps = 0; j >= clause.begin && steps < 6; --j, ++steps) {
    if (!IsWord(seg, j)) break;
    std::string_view w = Low(text, seg, j);
    if (In(w, {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
               "can", "may", "might", "should", "also", "already", "still", "now", "then", "recently", "never",
               "not", "to", "believed", "expected", "said", "reported", "thought", "known", "likely", "set",
               "poised"}))
      continue;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ly") continue;
    break;
  }
  // An apposition or a relative clause between commas after the subject
  // ("Acme Corp, the maker of widgets, paid", "Smith, who was the
  // challenger, fell to"): the subject's name ends before the first comma.
  if (j > clause.begin && Tok(text, seg, j) == ",") {
    int k = j - 1;
    for (int steps = 0; k > clause.begin && steps < 14 && Tok(text, seg, k) != ","; --k, ++steps) {
    }
    if (k > clause.begin && Tok(text, seg, k) == "," && IsWord(seg, k - 1)) j = k - 1;
  }
  if (j < clause.begin) return "";
  // The subject: a person or organisation whose name ends right there.
  const uint32_t end = seg.tokens[j].span.end;
  auto it = std::partition_point(entities.begin(), entities.end(),
                                 [&](const Entity& e) { return e.span.end < end; });
  if (it == entities.end() || it->span.end != end) return "";
  if (it->type != EntityType::kPerson && it->type != EntityType::kOrganization) return "";
  // Not the object of a preposition ("workers at Acme have").
  int first = j;
  while (first > clause.begin && seg.tokens[first - 1].span.start >= it->span.start) --first;
  if (first > clause.begin && In(Low(text, seg, first - 1), {"of", "at", "in", "for", "to", "from", "with", "by",
                                                              "on", "about", "against", "over", "under", "than"}))
    return "";
  return it->name;
}

std::string FindOwner(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                      TokenRange own, TokenRange counted, TokenRange clause) {
  if (own.empty() || counted.empty()) return "";
  auto owner_at = [&](uint32_t start, uint32_t end) -> const Entity* {
    auto it = std::partition_point(entities.begin(), entities.end(),
                                   [&](const Entity& e) { return e.span.start < start; });
    if (it == entities.end() || it->span.start != start || it->span.end > end) return nullptr;
    if (it->type != EntityType::kPerson && it->type != EntityType::kOrganization) return nullptr;
    return &*it;
  };
  // "20,000 DNC emails": a name between the figure and its noun.
  const uint32_t fig_end = seg.tokens[own.begin].span.end;
  for (int i = counted.begin - 1; i >= 0 && seg.tokens[i].span.start >= fig_end; --i) {
    if (const Entity* e = owner_at(seg.tokens[i].span.start, seg.tokens[counted.begin].span.start)) return e->name;
  }
  // "emails from the DNC", "emails from Hillary Clinton's private server".
  int i = counted.end;
  if (i >= clause.end || !IsWord(seg, i)) return "";
  std::string_view prep = Low(text, seg, i);
  if (prep == "belonging" && i + 1 < clause.end && Low(text, seg, i + 1) == "to") {
    ++i;
    prep = "to";
  }
  if (!In(prep, {"from", "of", "on", "to"})) return "";
  ++i;
  if (i < clause.end && In(Low(text, seg, i), {"the", "a", "an"})) ++i;
  if (i >= clause.end) return "";
  if (const Entity* e = owner_at(seg.tokens[i].span.start, seg.tokens[clause.end - 1].span.end)) return e->name;
  return "";
}

std::string PersonNamedAt(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                          int t) {
  if (t < 0 || t >= static_cast<int>(seg.tokens.size()) || seg.tokens[t].kind != TokenKind::kWord) return "";
  const std::string_view word = seg.tokens[t].span.Of(text);
  if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0]))) return "";
  for (char ch : word)
    if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-' && ch != '\'') return "";
  const Span at = seg.tokens[t].span;
  auto e = std::partition_point(entities.begin(), entities.end(), [&](const Entity& x) { return x.span.end <= at.start; });
  if (frame_words::IsCalendarWord(word) || IsFunctionWord(Lowercase(word))) return "";
  // A place after a preposition of place ("hurt in Leeds, 40, police
  // said") is a place. Bare, a name the place table knows only as towns
  // and districts may be a surname as well (Teixeira, Clinton and Smith
  // are towns too; the entity layer's gazetteer then calls it a location),
  // not one it knows as a country or a region ("Florida, 29, and Ohio").
  const std::string_view before = t > 0 ? Low(text, seg, t - 1) : "";
  const bool after_place_word =
      frame_words::IsLocativePreposition(before) || In(before, {"of", "to", "from", "into", "across"});
  const std::string_view paths = PlaceHierarchy::Default().PathsOf(word);
  bool small_place_only = !paths.empty();
  for (size_t i = 0; i < paths.size();) {
    size_t sp = paths.find(' ', i);
    if (sp == std::string_view::npos) sp = paths.size();
    const std::string_view path = paths.substr(i, sp - i);
    if (path.find('@') == std::string_view::npos && std::count(path.begin(), path.end(), '.') < 2)
      small_place_only = false;  // a country or a first-level region
    i = sp + 1;
  }
  if (!paths.empty() && (after_place_word || !small_place_only)) return "";
  // A word the entity layer gave another kind ("Acme"; a location the
  // table does not know as a mere town) is no person.
  if (e != entities.end() && e->span.start <= at.start && e->span.end >= at.end) {
    if (e->type == EntityType::kPerson) return std::string(e->name);
    if (!(e->type == EntityType::kLocation && small_place_only)) return "";
  }
  // The person's full name when the report gave it earlier ("Emeka Okafor"
  // … "Okafor, 31,"): the last 64 persons named before it are read.
  int seen = 0;
  for (auto it = e; it != entities.begin() && seen < 64;) {
    --it;
    if (it->type != EntityType::kPerson) continue;
    ++seen;
    const std::string_view name = it->name;
    if (name.size() > word.size() && name.compare(name.size() - word.size(), word.size(), word) == 0 &&
        name[name.size() - word.size() - 1] == ' ')
      return std::string(name);
  }
  return std::string(word);
}

namespace {
// The person or organisation entity starting at or covering token t's start.
const Entity* NamedAt(const Segmentation& seg, const std::vector<Entity>& entities, int t) {
  const uint32_t at = seg.tokens[t].span.start;
  auto e = std::partition_point(entities.begin(), entities.end(), [&](const Entity& x) { return x.span.end <= at; });
  if (e == entities.end() || e->span.start > at) return nullptr;
  return e->type == EntityType::kPerson || e->type == EntityType::kOrganization ? &*e : nullptr;
}
}  // namespace

std::string MarginRival(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                        TokenRange own, TokenRange clause) {
  const int end = std::min(clause.end, own.end + 8);
  for (int i = own.end; i < end; ++i) {
    const std::string_view w = Low(text, seg, i);
    const bool opens = In(w, {"over", "against"}) || (w == "of" && i > own.end && Low(text, seg, i - 1) == "ahead");
    if (!opens) continue;
    for (int j = i + 1; j < end; ++j)
      if (const Entity* e = NamedAt(seg, entities, j)) return std::string(e->name);
    return "";
  }
  return "";
}

std::string MarginLeader(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                         TokenRange own, TokenRange clause) {
  int t = own.begin - 1;
  if (t <= clause.begin || Low(text, seg, t) != "by") return "";
  --t;
  // The verb of winning or leading, then auxiliaries and adverbs.
  if (!In(Low(text, seg, t), {"won", "win", "wins", "winning", "lead", "leads", "led", "leading", "beat", "beats",
                              "defeated", "carried", "carries", "carry"}))
    return "";
  for (--t; t >= clause.begin; --t) {
    const std::string_view w = Low(text, seg, t);
    if (In(w, {"will", "would", "could", "might", "may", "can", "has", "had", "have", "is", "was", "to", "narrowly",
               "easily"}) ||
        (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0))
      continue;
    break;
  }
  if (t < clause.begin) return "";
  const Entity* e = NamedAt(seg, entities, t);
  return e && e->span.end == seg.tokens[t].span.end ? std::string(e->name) : "";
}

std::string RelativeAntecedent(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                               TokenRange own, const Lexicon* having) {
  // Back over the relative clause's own words to "who": auxiliaries,
  // adverbs and the verb itself ("who will turn", "who just turned").
  int t = own.begin - 1;
  for (int words = 0; t >= 0 && words < 4; --t, ++words) {
    const std::string_view w = Low(text, seg, t);
    if (w == "who") break;
    if (!In(w, {"will", "would", "just", "only", "recently", "turns", "turned", "turn", "turning", "has", "had",
                "is", "was", "soon"}) &&
        !(having != nullptr && having->IsVerbOfHaving(w)))
      return "";
  }
  if (t < 1 || Low(text, seg, t) != "who") return "";
  // The separator: a comma, a dash or a parenthesis ("Okafor, who",
  // "Okafor--who", "Okafor (who").
  int n = t - 1, seps = 0;
  while (n >= 0 && seps < 3) {
    const std::string_view w = seg.tokens[n].span.Of(text);
    if (w.empty() || w.find_first_not_of(",-(\xE2\x80\x93\x94") != std::string_view::npos) break;
    --n;
    ++seps;
  }
  if (seps == 0 || n < 0) return "";
  return PersonNamedAt(text, seg, entities, n);
}

}  // namespace crosscheck
