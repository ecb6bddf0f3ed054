// What a figure is of and what stands around it (frame_what.h:
// FindPredicate, FindLandmark, ApposedLandmark, CopulaSubject, FindTopic,
// ContextWords): the verb it is an argument of, the landmark of a distance,
// the noun phrase a sum or share is of, the subject of a copula it
// completes, and the content words near it. Each reads a few tokens around
// the figure inside its clause, never further, so a document costs time
// linear in its figures.
#include "claims/frame_what.h"

#include <algorithm>
#include <set>

#include "claims/counted.h"
#include "claims/frame_what_words.h"
#include "claims/frame_words.h"

namespace crosscheck {
namespace {
using frame_words::In;
using namespace what_words;
}  // namespace

std::string FindPredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          int counted_end, TokenRange clause) {
  // Object position: the verb right before the figure, skipping
  // determiners ("killed 5", "demanded a $5.7 billion …").
  for (int i = own.begin - 1, steps = 0; i >= clause.begin && steps < 3; --i, ++steps) {
    if (!IsWord(seg, i)) break;
    std::string_view w = Low(text, seg, i);
    if (In(w, {"a", "an", "the", "some", "about", "nearly", "almost", "over", "just", "only"})) continue;
    if (VerbLike(w, lex)) return VerbBase(w, lex);
    // A verb of having after a modal ("will receive at least 40", "could
    // gain 12"): the modal makes the word a verb whatever else it may be.
    if (i > clause.begin && IsWord(seg, i - 1) &&
        In(Low(text, seg, i - 1), {"will", "would", "can", "could", "may", "might", "shall", "should", "must"}) &&
        lex.IsVerbOfHaving(w))
      return lex.VerbLemma(w);
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
    std::string_view w = Low(text, seg, i);
    if (In(w, {"who", "which", "that"})) break;
    if (VerbLike(w, lex)) return VerbBase(w, lex);
  }
  return "";
}

std::string FindLandmark(std::string_view text, const Segmentation& seg, int after, TokenRange clause) {
  for (int i = after; i < clause.end && i < after + 6; ++i) {
    std::string_view w = Low(text, seg, i);
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
    std::string_view w = Low(text, seg, i);
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
  std::string_view v = Low(text, seg, k);
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
      std::string_view w = Low(text, seg, i);
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
    const std::string_view prep = Low(text, seg, after);
    // "in order to", "in a bid to", "in an effort to", "in an attempt to":
    // a purpose clause, no topic.
    {
      int n = head;
      if (n < clause.end && IsWord(seg, n) && In(Low(text, seg, n), {"a", "an"})) ++n;
      if (prep == "in" && n + 1 < clause.end && IsWord(seg, n) && IsWord(seg, n + 1) &&
          In(Low(text, seg, n), {"order", "bid", "effort", "attempt"}) && In(Low(text, seg, n + 1), {"to", "that"}))
        return "";
    }
    if (head + 1 < clause.end && IsWord(seg, head) && (prep == "to" || prep == "for")) {
      const std::string_view v = Low(text, seg, head);
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
    std::string_view w = Low(text, seg, i);
    if (w.size() < 3 || IsFunctionWord(w)) continue;
    words.insert(lex.NounLemma(w));
  }
  return {words.begin(), words.end()};
}

}  // namespace crosscheck

namespace crosscheck {
namespace {
using frame_words::In;
using namespace what_words;

bool IsPollNoun(std::string_view lw) { return In(lw, {"poll", "polls", "survey", "surveys"}); }

// Verbs of saying and thinking: a share's answer is in their clause.
bool IsReportingVerb(std::string_view lemma) {
  return In(lemma, {"say", "think", "believe", "feel", "expect", "agree", "tell", "report", "indicate"});
}
}  // namespace

std::string SharePredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, int from,
                           TokenRange clause) {
  std::string reporting;
  bool negated = false, first = true;
  for (int i = from; i < clause.end && i < from + 14; ++i) {
    if (!IsWord(seg, i)) {
      std::string_view p = Tok(text, seg, i);
      if (p == "'t" || p == "\xE2\x80\x99" "t") {
        negated = true;
        continue;
      }
      if (p == "," || p == ";" || p == "(" || p == "." || p == ":" || p == "-" || p == "--") break;
      continue;
    }
    const std::string_view w = Low(text, seg, i);
    const bool at_start = first;
    first = false;
    if (at_start && In(w, {"who", "that"})) continue;
    // A place or a poll after the group ("of all voters in the Gallup
    // survey say", "of Democrats in Nevada said"): read past it.
    if (reporting.empty() && In(w, {"in", "across", "nationwide", "nationally", "overall", "polled", "surveyed"})) {
      while (i + 1 < clause.end && i + 1 < from + 14 && IsWord(seg, i + 1)) {
        const std::string_view t = Tok(text, seg, i + 1);
        const std::string lt = Lowercase(t);
        if (!(Capitalised(t) || In(lt, {"the", "a", "this", "each", "every", "both"}) || IsPollNoun(lt) ||
              In(lt, {"state", "states", "country", "nation", "race", "primary", "caucus", "caucuses", "poll",
                      "polls", "district", "county"})))
          break;
        ++i;
      }
      continue;
    }
    if (In(w, {"not", "never", "n't"})) {
      negated = true;
      continue;
    }
    if (!reporting.empty() && In(w, {"yes", "no"})) return reporting + " " + std::string(w);
    if (In(w, {"they", "he", "she", "it", "we", "i", "you", "that", "would", "will", "could", "should", "might",
               "may", "can", "do", "does", "did", "still", "also", "now", "already", "at", "least", "only", "even",
               "just", "really", "each", "all", "overall", "is", "are", "was", "were", "be", "been", "being",
               "'re", "generally", "somewhat", "very"}))
      continue;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ly") continue;
    const std::string lemma = lex.VerbLemma(w);
    if (w.size() >= 3 && !lemma.empty() && lex.IsVerb(lemma) && (VerbLike(w, lex) || lex.NounLemma(w) != w ||
                                                                   !reporting.empty() || IsReportingVerb(lemma) ||
                                                                   i == from)) {
      if (reporting.empty() && IsReportingVerb(lemma)) {
        reporting = lemma;
        continue;
      }
      return (negated ? "not " : "") + lemma;
    }
    // A clause of its own after the verb of saying ("said life for the
    // next generation would be worse"): what it is about names the answer.
    if (!reporting.empty() && !IsFunctionWord(w)) return reporting + " " + lex.NounLemma(w);
    break;
  }
  if (!reporting.empty()) return reporting + (negated ? " not" : "");
  return "";
}

std::string FindPoll(std::string_view text, const Segmentation& seg, int sentence, TokenRange own) {
  if (sentence < 0) return "";
  const int n = static_cast<int>(seg.tokens.size());
  // The owner of the poll noun at token i.
  auto owner = [&](int i, int begin, int end) -> std::string {
    std::vector<std::string> words;
    bool exit = false;
    for (int j = i - 1; j >= begin && j >= i - 6; --j) {
      std::string_view t = Tok(text, seg, j);
      if (!IsWord(seg, j)) {
        if (t == "-" || t == "/" || t == "&" || t == "." || t == "'s" || t == "\xE2\x80\x99" "s") continue;
        break;
      }
      const std::string lw = Lowercase(t);
      if (Capitalised(t) && !IsFunctionWord(lw) && !In(lw, {"new", "latest", "according", "recent"})) {
        words.push_back(lw);
        continue;
      }
      if (lw == "exit" || lw == "entrance") exit = true;
      if (words.empty() && In(lw, {"new", "latest", "recent", "national", "statewide", "online", "telephone",
                                   "exit", "public", "opinion", "tracking", "weekly", "daily", "nationwide"}))
        continue;
      break;
    }
    // Month and weekday names date a poll; they do not own it.
    static const std::initializer_list<std::string_view> kMonths = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    words.erase(std::remove_if(words.begin(), words.end(), [&](const std::string& w) { return In(w, kMonths); }),
                words.end());
    // Words that say what a poll is about or how it was taken ("the GOP
    // Presidential Primary Poll" of a headline, "a Republican straw poll")
    // name no owner.
    static const std::initializer_list<std::string_view> kAbout = {
        "gop", "republican", "democratic", "presidential", "primary", "general", "election", "national",
        "state", "statewide", "monthly", "weekly", "daily", "first", "last", "caucus", "straw", "opinion",
        "public", "independent", "exit", "entrance", "senate", "house", "congressional", "early", "voter",
        "voters", "new", "latest", "recent", "online", "telephone", "tracking", "nationwide"};
    words.erase(std::remove_if(words.begin(), words.end(), [&](const std::string& w) { return In(w, kAbout); }),
                words.end());
    if (words.empty()) {
      // "a survey by the Pew Research Center", "a poll for NBC News".
      int j = i + 1;
      if (j < end && In(Low(text, seg, j), {"by", "from", "for"})) {
        ++j;
        if (j < end && Low(text, seg, j) == "the") ++j;
        for (; j < end && j < i + 8 && IsWord(seg, j) && Capitalised(Tok(text, seg, j)); ++j)
          words.insert(words.begin(), std::string(Low(text, seg, j)));
      }
    }
    if (words.empty()) return exit ? "exit" : "";
    std::string out;
    for (size_t k = words.size(); k-- > 0;) out += (out.empty() ? "" : " ") + words[k];
    // "AP-GfK", "CNN/ORC": the owners' names are words apart.
    for (char& ch : out)
      if (ch == '-' || ch == '/') ch = ' ';
    return out;
  };
  const Sentence& s = seg.sentences[sentence];
  // The figure's sentence: the nearest poll noun before the figure, else after it.
  for (int i = own.begin - 1; i >= static_cast<int>(s.token_begin); --i)
    if (IsWord(seg, i) && IsPollNoun(Low(text, seg, i))) return owner(i, s.token_begin, s.token_end);
  for (int i = own.end; i < static_cast<int>(s.token_end) && i < n; ++i)
    if (IsWord(seg, i) && IsPollNoun(Low(text, seg, i))) return owner(i, s.token_begin, s.token_end);
  // The two sentences before it in its paragraph: the last poll noun.
  for (int k = sentence - 1; k >= 0 && k >= sentence - 2; --k) {
    const Sentence& p = seg.sentences[k];
    if (p.paragraph != s.paragraph) break;
    for (int i = static_cast<int>(p.token_end) - 1; i >= static_cast<int>(p.token_begin); --i)
      if (IsWord(seg, i) && IsPollNoun(Low(text, seg, i))) return owner(i, p.token_begin, p.token_end);
  }
  return "";
}

std::string FindDocumentPoll(std::string_view text, const Segmentation& seg) {
  // Each named poll noun votes for its owner; the most named wins, the
  // first named on ties.
  std::vector<std::pair<std::string, int>> votes;
  for (int k = 0; k < static_cast<int>(seg.sentences.size()); ++k) {
    const Sentence& p = seg.sentences[k];
    for (int i = static_cast<int>(p.token_begin); i < static_cast<int>(p.token_end); ++i) {
      if (!IsWord(seg, i) || !IsPollNoun(Low(text, seg, i))) continue;
      std::string o = FindPoll(text, seg, k, TokenRange{i + 1, i + 1});
      if (o.empty()) continue;
      auto it = std::find_if(votes.begin(), votes.end(), [&](const auto& v) { return v.first == o; });
      if (it == votes.end()) votes.emplace_back(o, 1);
      else ++it->second;
    }
  }
  std::string best;
  int most = 0;
  for (const auto& [o, n] : votes)
    if (n > most) {
      best = o;
      most = n;
    }
  return best;
}

std::string AgentPredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                           TokenRange clause) {
  int i = own.begin - 1;
  while (i >= clause.begin && In(Low(text, seg, i), {"about", "nearly", "almost", "roughly", "just", "only",
                                                      "some", "over", "more", "than", "fewer", "less"}))
    --i;
  if (i < clause.begin || Low(text, seg, i) != "by") return "";
  for (int j = i - 1, steps = 0; j >= clause.begin && steps < 4; --j, ++steps) {
    if (!IsWord(seg, j)) return "";
    const std::string_view w = Low(text, seg, j);
    if (w.size() > 4 && w.substr(w.size() - 2) == "ly") continue;
    if (In(w, {"very", "somewhat", "both", "each", "all", "most", "widely", "generally"})) continue;
    const std::string lemma = lex.VerbLemma(w);
    if (w.size() > 3 && (w.substr(w.size() - 2) == "ed" || lex.IsIrregularPast(w)) && lex.IsVerb(lemma))
      return lemma;
    // "viewed as honest by": a complement of the verb stands between.
    if (IsFunctionWord(w) && w != "as") return "";
  }
  return "";
}

std::string PollFigureKind(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange sentence) {
  bool poll = false, conducted = false;
  for (int i = sentence.begin; i < sentence.end; ++i) {
    if (!IsWord(seg, i)) continue;
    const std::string_view w = Low(text, seg, i);
    poll |= IsPollNoun(w) || w == "sample" || w == "respondents";
    conducted |= In(w, {"conducted", "surveyed", "interviewed", "questioned", "polled", "sample", "sampled",
                        "margin", "contacted"});
  }
  if (!poll) return "";
  // A margin of error: "margin of (sampling) error of (plus or minus) 3
  // percentage points", "an error margin of 3.5 points", "+/- 3". Nine
  // tokens back, the marks of "+/-" not counted. A figure with a noun of
  // its own after it counts that noun ("the margin of error for all three
  // state polls").
  const bool noun_after = own.end < sentence.end && IsWord(seg, own.end) &&
                          !In(Low(text, seg, own.end), {"point", "points", "percent", "percentage", "pct"});
  for (int i = own.begin - 1, seen = 0; !noun_after && i >= sentence.begin && seen < 9; --i) {
    const std::string_view w = Low(text, seg, i);
    if (w == "margin" || w == "error" || w == "minus") return "error margin";
    if (w == "," || w == ";") break;
    if (w != "+" && w != "/" && w != "-" && w != "\xC2\xB1") ++seen;
  }
  // A sample: the figure right after "poll of", "survey of", "sample of",
  // "surveyed", "interviewed", "polled", or after "among" in a sentence
  // that says the poll was conducted.
  int i = own.begin - 1;
  while (i >= sentence.begin && In(Low(text, seg, i), {"a", "the", "about", "nearly", "some", "more", "than",
                                                       "over", "just", "roughly", "approximately"}))
    --i;
  if (i < sentence.begin) return "";
  const std::string_view w = Low(text, seg, i);
  if (In(w, {"surveyed", "interviewed", "polled", "questioned", "contacted", "sampled"})) return "sample";
  if (w == "of" && i > sentence.begin && In(Low(text, seg, i - 1), {"poll", "survey", "sample", "polls", "surveys"}))
    return "sample";
  if (w == "among" && conducted) return "sample";
  return "";
}

}  // namespace crosscheck
