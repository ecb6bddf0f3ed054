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
