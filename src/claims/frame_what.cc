// What a figure measures. Each helper reads a few tokens around the figure
// inside its clause; none looks further than its clause, so a document costs
// time linear in its figures.
//
// Qualifiers are a closed list on purpose: the words that turn "12 injured"
// into another measure ("12 critically injured", "12 more injured", "12 of
// them injured", "12 Saudi hijackers"). Open-class adjectives ("federal
// employees") are left to the counted noun and the context words, where a
// mismatch lowers the match score instead of forbidding it.
#include "claims/frame_what.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "claims/counted.h"
#include "claims/dimension.h"

namespace crosscheck {
namespace {
// How far back from a figure the "(" of a parenthesis after a name may be
// ("the Orioles (seven years, $140 million to $150 million)").
constexpr int kParenthesisTokens = 12;


bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

std::string_view Tok(std::string_view text, const Segmentation& seg, int i) { return seg.tokens[i].span.Of(text); }

std::string Low(std::string_view text, const Segmentation& seg, int i) { return Lowercase(Tok(text, seg, i)); }

bool IsWord(const Segmentation& seg, int i) { return seg.tokens[i].kind == TokenKind::kWord; }

bool Capitalised(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// Nationality and party words are capitalised adjectives; a capitalised
// word right before a lower-case counted noun, not at the sentence start,
// is read as one ("Saudi hijackers", "Senate Democrats" is a name + noun).
bool IsQualifyingName(std::string_view w) {
  if (!Capitalised(w) || w.size() < 3) return false;
  // Words ending like nationality or party adjectives.
  for (std::string_view suf : {"an", "ian", "ese", "ish", "i", "ic", "ch", "ss"})
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
  return false;
}

const std::set<std::string, std::less<>>& FunctionWords() {
  static const auto* words = new std::set<std::string, std::less<>>{
      "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
      "it", "they", "them", "he", "she", "we", "you", "i", "who", "whom", "whose", "which", "what", "there",
      "here", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
      "will", "would", "can", "could", "may", "might", "must", "should", "shall", "of", "in", "on", "at",
      "to", "for", "from", "by", "with", "about", "as", "into", "over", "under", "after", "before", "since",
      "until", "than", "and", "or", "but", "nor", "so", "if", "not", "no", "also", "just", "only", "some",
      "all", "any", "each", "every", "more", "most", "less", "least", "other", "another", "such", "up", "out",
      "down", "off", "then", "now", "very", "said", "say", "says", "told", "according", "reported", "per",
      "cent", "percent", "mr", "mrs", "ms", "dr", "around", "nearly", "almost", "least", "estimated",
      "roughly", "approximately", "some", "over", "under", "between", "among", "while", "when", "where",
      "how", "why", "through", "during", "against", "without", "within", "both", "either", "neither",
      "own", "same", "new", "last", "first", "second", "year", "years", "day", "days", "week", "weeks",
      "month", "months", "time", "times", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
      "millions", "billion", "billions", "trillion", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "along", "across", "near", "behind",
      "beyond", "toward", "towards", "upon", "despite", "via", "onto", "inside", "outside", "throughout",
      "amid", "beneath", "below", "above", "beside", "besides", "including", "versus", "like", "unlike"};
  return *words;
}

// Words that look like verbs: known state cues, or regular -ed / -ing forms,
// or a short list of verbs news attaches figures to.
bool VerbLike(std::string_view lw, const Lexicon& lex) {
  if (lw.size() < 3 || IsFunctionWord(lw)) return false;
  if (!lex.StateOf(lw).empty()) return true;
  if (In(lw, {"paid", "pay", "pays", "spent", "spend", "earned", "earn", "gave", "give", "raised", "cost",
              "costs", "won", "win", "lost", "lose", "got", "get", "sought", "seek", "seeks", "wants",
              "want", "asked", "demanded", "requested", "received", "took", "take", "stole", "left",
              "found", "made", "make", "sent", "grants", "granted", "owed", "owes", "rose", "fell", "hit",
              "reached", "topped", "totalled", "totaled", "numbered", "included", "includes", "killing",
              "devote", "devoted", "allocated", "approved", "offered", "proposed", "needs", "needed",
              "require", "requires", "fled", "struck", "shook", "measured", "registered", "lasted",
              "voted", "backed", "opposed", "supported", "passed"}))
    return true;
  if (lw.size() > 4 && (lw.substr(lw.size() - 2) == "ed" || lw.substr(lw.size() - 3) == "ing")) return true;
  return false;
}

std::string VerbBase(std::string_view lw, const Lexicon& lex) {
  std::vector<std::string> forms = lex.BaseForms(lw);
  // A base the state table knows, else WordNet's verb lemma.
  for (size_t i = 1; i < forms.size(); ++i)
    if (!lex.StateOf(forms[i]).empty()) return forms[i];
  return lex.VerbLemma(lw);
}

}  // namespace

bool IsFunctionWord(std::string_view lw) { return FunctionWords().count(lw) > 0; }

std::string FigureKind(const Quantity& q) {
  switch (q.kind) {
    case QuantityKind::kMoney:
      return "money";
    case QuantityKind::kPercent:
      return "percent";
    case QuantityKind::kRatio:
      return "ratio";
    case QuantityKind::kCount:
      return q.unit.empty() ? "count" : DimensionOf(q.unit).dimension;
    case QuantityKind::kMeasure: {
      if (q.age) return "age";
      UnitDimension d = DimensionOf(q.unit);
      return d.dimension.empty() ? "measure" : d.dimension;
    }
  }
  return "count";
}

std::string FindQualifiers(std::string_view text, const Segmentation& seg, TokenRange own, int counted_end,
                           TokenRange clause, std::string_view counted_modifiers) {
  std::set<std::string> q;
  auto severity = [&](const std::string& w) {
    if (In(w, {"critically", "critical"})) q.insert("critical");
    if (In(w, {"seriously", "serious", "severely", "severe", "badly", "gravely", "grievously"}))
      q.insert("serious");
    if (In(w, {"slightly", "minor", "lightly", "mildly", "superficially"})) q.insert("minor");
  };
  auto addition = [&](const std::string& w) {
    if (In(w, {"another", "other", "further", "additional", "more", "extra"})) q.insert("more");
  };
  // Just before the figure or opening it: "another 100", "other 70".
  for (int i = std::max(clause.begin, own.begin - 2); i < std::min(own.end, own.begin + 1); ++i) {
    std::string w = Low(text, seg, i);
    if (w == "another" || w == "further" || w == "additional" || w == "other") q.insert("more");
  }
  // The figure's own words and its noun phrase up to the counted noun:
  // "12 critically injured", "two more victims", "20 more people".
  int end = std::max(own.end, counted_end);
  for (int i = own.begin; i < std::min(end + 1, clause.end); ++i) {
    if (!IsWord(seg, i)) continue;
    std::string w = Low(text, seg, i);
    if (i >= own.end || i == end) {
      severity(w);
      addition(w);
    }
    // A name modifying the counted noun ("15 Saudi hijackers").
    if (i >= own.end && i + 1 < end && IsQualifyingName(Tok(text, seg, i)) &&
        !Capitalised(Tok(text, seg, i + 1)))
      q.insert(Low(text, seg, i));
  }
  // Severity right after the noun phrase: "five of them critically".
  for (int i = end; i < std::min(end + 3, clause.end); ++i) {
    std::string w = Low(text, seg, i);
    if (In(w, {"critically", "seriously", "severely", "slightly", "badly", "gravely"})) severity(w);
  }
  // "11 remained in critical condition", "nine are in serious condition":
  // a severity that names the patients' condition.
  for (int i = end; i + 1 < std::min(end + 7, clause.end); ++i) {
    // Not past another figure or a comma ("Of the 58 wounded, 11 remained
    // in critical condition": the condition is the 11's).
    if (!IsWord(seg, i) || seg.tokens[i].kind == TokenKind::kNumber) break;
    if (In(Low(text, seg, i + 1), {"condition", "conditions"})) {
      severity(Low(text, seg, i));
      break;
    }
  }
  // A lead or a margin ("a lead of nearly 400 delegates", "won by 12
  // votes", "a 10-point lead") is the difference between two counts, a
  // measure of its own, never the count it is a difference of.
  {
    const std::string before1 = own.begin - 1 >= clause.begin ? Low(text, seg, own.begin - 1) : "";
    const std::string before2 = own.begin - 2 >= clause.begin ? Low(text, seg, own.begin - 2) : "";
    bool margin = before1 == "of" && In(before2, {"lead", "margin", "advantage", "edge", "gap", "deficit"});
    margin |= before1 == "by" && In(before2, {"won", "win", "wins", "winning", "lead", "leads", "led", "leading",
                                              "trail", "trails", "trailed", "trailing", "beat", "beats",
                                              "defeated", "ahead", "behind", "passed", "carried"});
    // The head of the noun phrase the figure modifies, up to one word and
    // a hyphen between: "a 10-point lead", "a 234-vote margin", "his
    // 400-delegate edge". A modifier: after "a" / "an", or joined to its
    // noun by a hyphen after a determiner or possessive — not "the 3
    // officers lead the inquiry", where "lead" is the verb.
    const bool indefinite = In(before1, {"a", "an"});
    const bool determiner = indefinite || In(before1, {"the", "his", "her", "their", "its", "'s", "\xE2\x80\x99s"});
    bool hyphen = false;  // in the figure's own words too ("10-point" read as one figure)
    for (int i = own.begin; i < end; ++i) hyphen |= Low(text, seg, i) == "-";
    for (int i = end, words = 0; determiner && !margin && i < std::min(end + 3, clause.end); ++i) {
      const std::string w = Low(text, seg, i);
      if (w == "-") {
        hyphen = true;
        continue;
      }
      if (In(w, {"lead", "margin", "advantage", "edge"}) && (indefinite || hyphen)) margin = true;
      if (!IsWord(seg, i) || ++words > 1) break;
    }
    if (margin) q.insert("margin");
  }
  // "N of them / whom / the M …": a sub-group of a group named elsewhere —
  // but "all N of them", "all three of the people" is the whole group.
  const bool all = own.begin > clause.begin && Low(text, seg, own.begin - 1) == "all";
  if (!all && own.end + 1 < clause.end && Low(text, seg, own.end) == "of") {
    std::string w = Low(text, seg, own.end + 1);
    if (In(w, {"them", "whom", "those", "these", "the", "their", "its"})) q.insert("part");
  }
  if (!counted_modifiers.empty()) {
    // The number layer's reading of the counted phrase, when it gives one.
    std::string mods = Lowercase(counted_modifiers);
    for (std::string_view w : {"critically", "seriously", "severely", "slightly", "minor", "serious"})
      if (mods.find(w) != std::string::npos) severity(std::string(w));
    for (std::string_view w : {"other", "more", "additional", "further"})
      if (mods.find(w) != std::string::npos) q.insert("more");
  }
  std::string out;
  for (const std::string& w : q) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string SubPopulation(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          TokenRange sentence) {
  // The words of a population phrase from `from`, lower-case base forms
  // joined by '-', up to a function word, a number or punctuation; at most
  // four words.
  auto phrase = [&](int from, int to) {
    std::string out;
    for (int i = from, n = 0; i < to && n < 4; ++i, ++n) {
      if (!IsWord(seg, i)) break;
      const std::string w = Low(text, seg, i);
      if (IsFunctionWord(w) && !(n == 0 && In(w, {"the"}))) break;
      if (w == "the") continue;
      const std::string base = lex.NounLemma(w);
      out += (out.empty() ? "" : "-") + (base.empty() ? w : base);
    }
    return out;
  };
  // "among Tea Party supporters": the nearest "among" before the figure in
  // its sentence, or right after the figure's unit ("17 percent among women").
  int among = -1;
  for (int i = own.begin - 1; i >= sentence.begin && i >= own.begin - 30; --i)
    if (Low(text, seg, i) == "among") {
      among = i;
      break;
    }
  for (int i = own.end; among < 0 && i < std::min(own.end + 3, sentence.end); ++i)
    if (Low(text, seg, i) == "among") among = i;
  if (among >= 0) {
    std::string p = phrase(among + 1, sentence.end);
    if (!p.empty()) return "among-" + p;
  }
  // "90 percent of the black vote", "of Hispanic voters": a demographic
  // modifier before the vote or its voters.
  static const std::initializer_list<std::string_view> kDemographic = {
      "black", "white", "hispanic", "latino", "latina", "asian", "female", "male", "young", "younger",
      "older", "elderly", "evangelical", "catholic", "jewish", "muslim", "suburban", "rural", "urban",
      "women's", "men's"};
  int i = own.end;
  if (i < sentence.end && In(Low(text, seg, i), {"percent", "%", "per"})) ++i;
  if (i < sentence.end && Low(text, seg, i) == "cent") ++i;
  if (i + 1 < sentence.end && Low(text, seg, i) == "of") {
    int j = i + 1;
    if (In(Low(text, seg, j), {"the", "all"})) ++j;
    if (j + 1 < sentence.end && In(Low(text, seg, j), kDemographic) &&
        In(Low(text, seg, j + 1), {"vote", "votes", "voters", "voter", "electorate", "population", "residents",
                                  "americans", "adults", "people"}))
      return "among-" + Low(text, seg, j);
  }
  return "";
}

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
    // at Acme have").
    if (const Entity* e = entity_before(seg.tokens[subject_end].span.start, {""})) {
      int first = subject_end;
      while (first > clause.begin && seg.tokens[first - 1].span.start >= e->span.start) --first;
      if (first == clause.begin || In(Low(text, seg, first - 1), {",", "the"})) return e->name;
    }
  }
  // "Huckabee at 17 percent", "Romney leads … with 21 percent".
  if (own.begin > clause.begin) {
    std::string prep = Low(text, seg, own.begin - 1);
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
    std::string w = Low(text, seg, i);
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
  const std::string verb = Low(text, seg, i);
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
    std::string w = Low(text, seg, j);
    if (In(w, {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
               "can", "may", "might", "should", "also", "already", "still", "now", "then", "recently", "never",
               "not", "to", "believed", "expected", "said", "reported", "thought", "known", "likely", "set",
               "poised"}))
      continue;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ly") continue;
    break;
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

std::string FindPredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          int counted_end, TokenRange clause) {
  // Object position: the verb right before the figure, skipping
  // determiners ("killed 5", "demanded a $5.7 billion …").
  for (int i = own.begin - 1, steps = 0; i >= clause.begin && steps < 3; --i, ++steps) {
    if (!IsWord(seg, i)) break;
    std::string w = Low(text, seg, i);
    if (In(w, {"a", "an", "the", "some", "about", "nearly", "almost", "over", "just", "only"})) continue;
    if (VerbLike(w, lex)) return VerbBase(w, lex);
    break;
  }
  // Subject position: the first verb after the noun phrase.
  int from = std::max(own.end, counted_end);
  for (int i = from; i < clause.end && i < from + 6; ++i) {
    if (!IsWord(seg, i)) {
      std::string_view p = Tok(text, seg, i);
      if (p == "," || p == ";" || p == "(") break;
      continue;
    }
    std::string w = Low(text, seg, i);
    if (In(w, {"who", "which", "that"})) break;
    if (VerbLike(w, lex)) return VerbBase(w, lex);
  }
  return "";
}

std::string FindLandmark(std::string_view text, const Segmentation& seg, int after, TokenRange clause) {
  for (int i = after; i < clause.end && i < after + 6; ++i) {
    std::string w = Low(text, seg, i);
    if (w != "of" && w != "from") continue;
    for (int j = i + 1; j < clause.end && j < i + 8; ++j) {
      std::string_view t = Tok(text, seg, j);
      if (IsWord(seg, j) && Capitalised(t) && !In(Lowercase(t), {"the", "a"})) {
        std::string name(t);
        // Possessive containers name the region, not the landmark.
        if (name.size() > 2 && name.substr(name.size() - 2) == "'s") continue;
        return name;
      }
      if (!IsWord(seg, j) && Tok(text, seg, j) != "'s") break;
    }
    break;
  }
  return "";
}

std::string ApposedLandmark(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                            TokenRange own, int after, TokenRange clause) {
  auto compass = [&](int i) {
    std::string w = Low(text, seg, i);
    for (std::string_view d : {"north", "south"})
      if (w.rfind(d, 0) == 0) {
        std::string_view rest = std::string_view(w).substr(d.size());
        if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
        return rest.empty() || rest == "east" || rest == "west";
      }
    return w == "east" || w == "west";
  };
  // After the figure: a closing parenthesis or a parenthesised conversion,
  // then the direction ("to the northwest", "northwest", "away").
  int i = after;
  if (i < clause.end && Tok(text, seg, i) == ")") ++i;
  if (i < clause.end && Tok(text, seg, i) == "(") {
    int close = i + 1;
    while (close < clause.end && close <= i + 6 && Tok(text, seg, close) != ")") ++close;
    if (close >= clause.end || Tok(text, seg, close) != ")") return "";
    i = close + 1;
  }
  if (i + 2 < clause.end && Low(text, seg, i) == "to" && Low(text, seg, i + 1) == "the") i += 2;
  if (i >= clause.end || !(compass(i) || Low(text, seg, i) == "away")) return "";
  // Before the figure: its hedge, or the figure it converts and its "(",
  // back to the comma that sets it off from the place.
  int k = own.begin - 1;
  for (int steps = 0; k > clause.begin && steps < 8 && Tok(text, seg, k) != ","; --k, ++steps) {
    std::string_view t = Tok(text, seg, k);
    if (t == ")" || t == ";" || t == ":") return "";
  }
  if (k <= clause.begin || Tok(text, seg, k) != ",") return "";
  const uint32_t comma = seg.tokens[k].span.start;
  for (const Entity& e : entities)
    if (e.type == EntityType::kLocation && e.span.end == comma) return e.name.empty() ? std::string(e.span.Of(text)) : e.name;
  return "";
}

// The subject of a copula the figure completes, as a topic: "The Clintons'
// effective federal tax rate for 2014 was 35.7 percent" -> "federal tax
// rate", "The standard fee was $225,000" -> "standard fee", "Turnout stood
// at 61 percent". A date or number after a preposition at the subject's end
// ("for 2014") is skipped; the subject's words must be opened by a
// determiner, a name or possessive, or the clause's start — not by "and",
// "or" or a comma, which leave only the last conjunct ("the rate for
// federal, state and local taxes was 45.8 percent" names no topic), and not
// by a possessive pronoun: "his tax rate was 36 percent" is someone's the
// frame cannot name, and a topic without its holder would join it to
// another person's rate.
std::string CopulaSubject(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          TokenRange clause, const std::vector<Entity>& entities, std::string* possessor) {
  int k = own.begin - 1;
  if (k <= clause.begin || !IsWord(seg, k)) return "";
  std::string v = Low(text, seg, k);
  if (v == "at" && k - 1 > clause.begin && In(Low(text, seg, k - 1), {"stood", "stands", "stand"})) {
    --k;
  } else if (!In(v, {"was", "is", "were", "are"})) {
    return "";
  }
  int j = k - 1;
  if (j - 1 > clause.begin && seg.tokens[j].kind == TokenKind::kNumber && IsWord(seg, j - 1) &&
      In(Low(text, seg, j - 1), {"for", "in", "during", "of"}))
    j -= 2;
  std::vector<std::string> words;
  int start = j;
  while (start >= clause.begin && words.size() < 6 && IsWord(seg, start) &&
         !IsFunctionWord(Low(text, seg, start)) && !Low(text, seg, start).ends_with("'s") &&
         !Low(text, seg, start).ends_with("\u2019s") &&
         (!Capitalised(Tok(text, seg, start)) || start == clause.begin)) {  // "Turnout stood at"
    words.push_back(lex.NounLemma(Low(text, seg, start)));
    --start;
  }
  if (words.empty()) return "";
  bool opened = start < clause.begin || !IsWord(seg, start)
                    ? (start < clause.begin || Tok(text, seg, start) == "'" || Tok(text, seg, start) == "\u2019")
                    : (Capitalised(Tok(text, seg, start)) || Low(text, seg, start).ends_with("'s") ||
                       Low(text, seg, start).ends_with("\u2019s") ||
                       In(Low(text, seg, start), {"the", "a", "an", "this", "that", "these", "those", "'s",
                                                  "\u2019s"}));
  if (!opened) return "";
  // A named possessor holds the figure: "The Clintons' … tax rate was".
  int name = -1;
  if (start >= clause.begin && !IsWord(seg, start) && start - 1 >= clause.begin) name = start - 1;
  const std::string_view opener = start >= clause.begin ? Tok(text, seg, start) : std::string_view();
  if (start >= clause.begin && IsWord(seg, start) && (opener.ends_with("'s") || opener.ends_with("\u2019s")))
    name = (opener == "'s" || opener == "\u2019s") ? start - 1 : start;
  if (possessor && name >= 0 && Capitalised(Tok(text, seg, name))) {
    const Span at = seg.tokens[name].span;
    for (const Entity& e : entities)
      if (e.span.start <= at.start && at.end <= e.span.end + 3 &&
          (e.type == EntityType::kPerson || e.type == EntityType::kOrganization))
        *possessor = e.name;
  }
  std::reverse(words.begin(), words.end());
  if (words.size() > 3) words.erase(words.begin(), words.end() - 3);
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string FindTopic(std::string_view text, const Segmentation& seg, const Lexicon& lex, int after,
                      TokenRange own, TokenRange clause) {
  auto phrase = [&](int from, int to, int step) {
    // Content words from `from` walking by `step` until a function word or
    // punctuation; returned in text order.
    std::vector<std::string> words;
    for (int i = from; i != to && words.size() < 3; i += step) {
      if (!IsWord(seg, i)) break;
      std::string w = Low(text, seg, i);
      if (IsFunctionWord(w) || Capitalised(Tok(text, seg, i))) {
        if (words.empty() && In(w, {"the", "a", "an", "their", "his", "her", "its"})) continue;
        break;
      }
      words.push_back(lex.NounLemma(w));
    }
    if (step < 0) std::reverse(words.begin(), words.end());
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
  };
  if (after < clause.end && IsWord(seg, after) &&
      In(Low(text, seg, after), {"in", "for", "of", "to", "on", "from", "into", "toward", "towards"})) {
    // A sum "to keep 15,000 police officers on the street" or "for hiring
    // police officers" is of what the verb acts on: the verb (an infinitive
    // after "to", a gerund after "for") followed by its object — a
    // determiner, a possessive, a number or a content word — is skipped.
    int head = after + 1;
    const std::string prep = Low(text, seg, after);
    if (head + 1 < clause.end && IsWord(seg, head) && (prep == "to" || prep == "for")) {
      const std::string v = Low(text, seg, head);
      const bool verb = prep == "to" ? lex.IsVerb(lex.VerbLemma(v)) && lex.NounKind(lex.NounLemma(v)) == '\0'
                                     : v.size() > 5 && v.ends_with("ing") && lex.IsVerb(lex.VerbLemma(v));
      int k = head + 1;
      while (k < clause.end && (seg.tokens[k].kind == TokenKind::kNumber ||
                                (IsWord(seg, k) && In(Low(text, seg, k), {"the", "a", "an", "its", "their", "his",
                                                                           "her", "more", "new", "additional"}))))
        ++k;
      if (verb && k < clause.end && IsWord(seg, k) && !IsFunctionWord(Low(text, seg, k)) &&
          !Capitalised(Tok(text, seg, k)))
        head = k;
    }
    after = head - 1;
    std::string p = phrase(head, clause.end, 1);
    // A sum "in cash and stock" is the whole of two kinds, not the cash:
    // a topic that runs into a coordinated noun names no single measure,
    // so the verb or the counted noun names it instead.
    int stop = after + 1;
    while (stop < clause.end && IsWord(seg, stop) && !IsFunctionWord(Low(text, seg, stop))) ++stop;
    if (!p.empty() && stop + 1 < clause.end && In(Low(text, seg, stop), {"and", "or"}) &&
        IsWord(seg, stop + 1) && !IsFunctionWord(Low(text, seg, stop + 1)) &&
        !Capitalised(Tok(text, seg, stop + 1)))
      p.clear();
    if (!p.empty()) {
      // A purpose names what the sum is really of: "$5 billion in funding
      // for a wall" is of "funding wall", so it meets "billions of dollars
      // for the border wall" on its head noun.
      int end = after + 1;
      while (end < clause.end && IsWord(seg, end) && !In(Low(text, seg, end), {"for"}) &&
             (!IsFunctionWord(Low(text, seg, end)) || end == after + 1))
        ++end;
      if (end < clause.end && IsWord(seg, end) && Low(text, seg, end) == "for") {
        std::string purpose = phrase(end + 1, clause.end, 1);
        if (!purpose.empty() && p.find(' ') == std::string::npos) p += " " + purpose;
      }
      return p;
    }
  }
  if (own.begin - 1 > clause.begin && Low(text, seg, own.begin - 1) == "of") {
    std::string p = phrase(own.begin - 2, clause.begin - 1, -1);
    if (!p.empty()) return p;
  }
  return "";
}

std::vector<std::string> ContextWords(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                                      TokenRange own, TokenRange clause, int radius) {
  std::set<std::string> words;
  int lo = std::max(clause.begin, own.begin - radius), hi = std::min(clause.end, own.end + radius);
  for (int i = lo; i < hi; ++i) {
    if (i >= own.begin && i < own.end) continue;
    if (!IsWord(seg, i)) continue;
    // A model's name written apart ("AK 47", "AK - 47") is one word, as
    // when it is written as one ("AK-47": "ak-47").
    if (IsDesignationHead(seg.tokens[i].span.Of(text))) {
      const Designation d = ReadDesignation(text, seg, i);
      if (d.end > i + 1) {
        words.insert(d.lemma);
        continue;
      }
    }
    std::string w = Low(text, seg, i);
    if (w.size() < 3 || IsFunctionWord(w)) continue;
    words.insert(lex.NounLemma(w));
  }
  return {words.begin(), words.end()};
}

}  // namespace crosscheck
