// The kind of a measure and the words that change it (frame_what.h:
// FigureKind, FindQualifiers, SubPopulation), and the word classes the
// other "what" finders share (IsFunctionWord; VerbLike and VerbBase in
// frame_what_words.h). Whose figure it is lives in frame_holder.cc; what it
// is of (verb, topic, landmark, context) in frame_topic.cc. Each helper
// reads a few tokens around the figure inside its clause; none looks
// further than its clause, so a document costs time linear in its figures.
//
// Qualifiers are a closed list on purpose: the words that turn "12 injured"
// into another measure ("12 critically injured", "12 more injured", "12 of
// them injured", "12 Saudi hijackers"). Open-class adjectives ("federal
// employees") are left to the counted noun and the context words, where a
// mismatch lowers the match score instead of forbidding it.
#include "claims/frame_what.h"

#include <algorithm>
#include <set>

#include "claims/dimension.h"
#include "claims/frame_what_words.h"
#include "claims/frame_words.h"

namespace crosscheck {
namespace {
using frame_words::In;
using namespace what_words;

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

// A WordTable (one hash probe; the set's tree walk cost ~400 instructions
// a word, ~20,000 asks a 3 KB report).
const WordTable& FunctionWords() {
  static const WordTable words = frame_words::SetOf({
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
      "amid", "beneath", "below", "above", "beside", "besides", "including", "versus", "like", "unlike"});
  return words;
}

}  // namespace

namespace what_words {

using frame_words::In;

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

}  // namespace what_words

bool IsFunctionWord(std::string_view lw) { return FunctionWords().Find(lw) != 0; }

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
  auto severity = [&](std::string_view w) {
    if (In(w, {"critically", "critical"})) q.insert("critical");
    if (In(w, {"seriously", "serious", "severely", "severe", "badly", "gravely", "grievously"}))
      q.insert("serious");
    if (In(w, {"slightly", "minor", "lightly", "mildly", "superficially"})) q.insert("minor");
  };
  auto addition = [&](std::string_view w) {
    if (In(w, {"another", "other", "further", "additional", "more", "extra"})) q.insert("more");
  };
  // Just before the figure or opening it: "another 100", "other 70".
  for (int i = std::max(clause.begin, own.begin - 2); i < std::min(own.end, own.begin + 1); ++i) {
    std::string_view w = Low(text, seg, i);
    if (w == "another" || w == "further" || w == "additional" || w == "other") q.insert("more");
  }
  // The figure's own words and its noun phrase up to the counted noun:
  // "12 critically injured", "two more victims", "20 more people".
  int end = std::max(own.end, counted_end);
  for (int i = own.begin; i < std::min(end + 1, clause.end); ++i) {
    if (!IsWord(seg, i)) continue;
    std::string_view w = Low(text, seg, i);
    if (i >= own.end || i == end) {
      severity(w);
      addition(w);
    }
    // A name modifying the counted noun ("15 Saudi hijackers").
    if (i >= own.end && i + 1 < end && IsQualifyingName(Tok(text, seg, i)) &&
        !Capitalised(Tok(text, seg, i + 1)))
      q.insert(std::string(Low(text, seg, i)));
  }
  // Severity right after the noun phrase: "five of them critically".
  for (int i = end; i < std::min(end + 3, clause.end); ++i) {
    std::string_view w = Low(text, seg, i);
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
    const std::string_view before1 = own.begin - 1 >= clause.begin ? Low(text, seg, own.begin - 1) : "";
    const std::string_view before2 = own.begin - 2 >= clause.begin ? Low(text, seg, own.begin - 2) : "";
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
      const std::string_view w = Low(text, seg, i);
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
    std::string_view w = Low(text, seg, own.end + 1);
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
      const std::string_view w = Low(text, seg, i);
      if (IsFunctionWord(w) && !(n == 0 && In(w, {"the"}))) break;
      if (w == "the") continue;
      const std::string base = lex.NounLemma(w);
      out += (out.empty() ? "" : "-") + (base.empty() ? std::string(w) : base);
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
    // Words that leave the population whole ("registered", "likely"
    // voters: the poll's frame, not a sub-group of it).
    static const std::initializer_list<std::string_view> kNeutral = {"registered", "likely", "eligible",
                                                                     "american", "adult", "potential"};
    while (j + 1 < sentence.end && In(Low(text, seg, j), kNeutral)) ++j;
    // "independent-minded voters", "Democratic-leaning voters".
    auto skip_minded = [&](int k) {
      if (k + 2 < sentence.end && Tok(text, seg, k) == "-" && In(Low(text, seg, k + 1), {"minded", "leaning"}))
        return k + 2;
      return k;
    };
    static const std::initializer_list<std::string_view> kHeads = {
        "vote", "votes", "voters", "voter", "electorate", "population", "residents", "americans", "adults",
        "people", "caucusgoers", "respondents"};
    // A party's or independent people: "of independent voters", "of
    // Democratic registered voters", "of Democrats", "of independents".
    auto party = [](std::string_view word) -> std::string {
      std::string w(word);
      for (std::string_view suf : {"-minded", "-leaning"})
        if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0)
          w.resize(w.size() - suf.size());
      if (w == "democratic" || w == "democrats") return "democrat";
      if (w == "republicans") return "republican";
      if (w == "independents") return "independent";
      if (w == "democrat" || w == "republican" || w == "independent") return w;
      return "";
    };
    const std::string_view head = Low(text, seg, j);
    if (j + 1 < sentence.end && (In(head, kDemographic) || !party(head).empty())) {
      int k = skip_minded(j + 1);
      while (k + 1 < sentence.end && In(Low(text, seg, k), kNeutral)) ++k;
      if (In(Low(text, seg, k), kHeads)) return "among-" + (party(head).empty() ? std::string(head) : party(head));
    }
    if (In(head, {"democrats", "republicans", "independents"})) return "among-" + party(head);
  }
  return "";
}

}  // namespace crosscheck
