// What a figure counts (claims/counted.h): the number layer's counted noun,
// else a noun the figure stands before, a parent's children, an age apposed
// to a name, or the counted noun of an earlier figure of the paragraph.
#include "claims/counted.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "claims/frame_what.h"
#include "claims/lexicon.h"

namespace crosscheck {
namespace {

// Pronouns are no counted nouns ("hundreds of them").
bool IsPronoun(std::string_view w) {
  std::string l = Lowercase(w);
  return l == "them" || l == "us" || l == "those" || l == "these" || l == "they" || l == "you" || l == "others" ||
         l == "whom" || l == "which";  // "718 superdelegates, a few of whom", "20 cars, six of which"
}

// A regular -ed or -ing form of a WordNet verb ("trapped", "holding"): it
// ends a run of modifiers and nouns.
bool RegularVerbForm(std::string_view w, const Lexicon& lex) {
  const bool ed = w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0);
  return ed && lex.IsVerb(lex.VerbLemma(w));
}

}  // namespace

bool Partitive(std::string_view text, const Segmentation& seg, int from, int to) {
  if (from >= to || seg.LowerOf(seg.tokens[from].span) != "of") return false;
  // "of", a determiner, and perhaps a word that picks a run of the whole
  // out by its order ("18 of its next 23 games", "eight of the last 10").
  int t = from + 1;
  if (t < to) {
    std::string_view w = seg.LowerOf(seg.tokens[t].span);
    if (w != "the" && w != "those" && w != "these" && w != "its" && w != "their" && w != "every") return false;
    ++t;
  }
  if (t < to && t == from + 2) {
    std::string_view w = seg.LowerOf(seg.tokens[t].span);
    if (w != "next" && w != "last" && w != "first" && w != "past" && w != "previous" && w != "final" &&
        w != "remaining")
      return false;
    ++t;
  }
  return t == to;
}

bool IsDesignationHead(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char ch : w)
    if (!std::isupper(static_cast<unsigned char>(ch))) return false;
  return true;
}

Designation ReadDesignation(std::string_view text, const Segmentation& seg, int from) {
  Designation d;
  const int n = static_cast<int>(seg.tokens.size());
  if (from < 0 || from >= n || seg.tokens[from].kind != TokenKind::kWord) return d;
  const std::string_view w = seg.tokens[from].span.Of(text);
  // A whole number, or one with a plural "s" glued on ("47s").
  auto number = [&](int t) {
    if (t >= n) return false;
    std::string_view x = seg.tokens[t].span.Of(text);
    if (seg.tokens[t].kind == TokenKind::kWord && x.size() > 1 && x.back() == 's') x.remove_suffix(1);
    if (x.empty() || x.size() > 5) return false;
    for (char ch : x)
      if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    return true;
  };
  std::string name;
  if (std::isupper(static_cast<unsigned char>(w[0])) &&
      std::any_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
    d.end = from + 1;  // "AK-47s", "F-16", "M16": one token
    name = std::string(w);
  } else if (IsDesignationHead(w)) {
    int t = from + 1;
    if (t < n && seg.tokens[t].span.Of(text) == "-") ++t;
    if (!number(t)) return d;
    d.end = t + 1;  // "AK 47", "AK - 47": the name and its number apart
    name = std::string(w) + "-" + std::string(seg.tokens[t].span.Of(text));
  } else {
    return d;
  }
  d.span = Span{seg.tokens[from].span.start, seg.tokens[d.end - 1].span.end};
  d.name = name;
  // The plural "s" of a model name ("AK-47s") is no part of it.
  d.lemma = Lowercase(name);
  if (d.lemma.size() > 2 && d.lemma.back() == 's' && std::isdigit(static_cast<unsigned char>(d.lemma[d.lemma.size() - 2])))
    d.lemma.pop_back();
  return d;
}

// A report of a vote or an election: a word that opens with "vote",
// "ballot", "elect" or "caucus" anywhere in it ("voted", "the leadership
// elections", "secret ballot").
static bool ReportOfAVote(std::string_view text) {
  for (std::string_view w : {"vote", "Vote", "ballot", "Ballot", "elect", "Elect", "caucus", "Caucus"})
    for (size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1))
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) return true;
  return false;
}

int AppositionComma(std::string_view text, const Segmentation& seg, int figure_begin) {
  if (figure_begin < 1 || figure_begin > static_cast<int>(seg.tokens.size())) return -1;
  if (seg.tokens[figure_begin - 1].span.Of(text) == ",") return figure_begin - 1;
  if (figure_begin < 2 || seg.tokens[figure_begin - 2].span.Of(text) != ",") return -1;
  const std::string_view adverb = seg.LowerOf(seg.tokens[figure_begin - 1].span);
  return adverb == "now" || adverb == "then" ? figure_begin - 2 : -1;
}

bool IsCountable(const Quantity& q) { return q.kind == QuantityKind::kCount && q.unit.empty(); }

CountedNoun ReadCounted(const ClaimInputs& in, const Lexicon& lex, size_t i, int sentence,
                        const std::vector<Claim>& out, TokenRange* own_io, Claim* claim) {
  const std::string& text = in.doc.text;
  const Segmentation& seg = in.seg;
  const Quantity& q = in.quantities[i];
  Claim& c = *claim;
  TokenRange& own = *own_io;
  CountedNoun r;
  r.span = q.counted_span;
  // Counted noun: the recognizer's, else a lexicon noun right after the figure.
  c.counted = q.counted;
  // The number layer reads a head by its form, and after "of" it may stop
  // at a modifier ("17% of eligible Republican voters", "one-fifth of the
  // Democratic electorate"). A counted word WordNet does not know as a
  // noun of people, groups or things — or a capitalised one (a party, a
  // nationality) — followed, with no function word, state word, verb form
  // or punctuation between, by a lower-case word it does know, gives way to
  // the last such word (at most three words on; a plural noun up to five
  // on, and it ends the phrase).
  // A noun joined to the figure by a hyphen ("a seven-count indictment",
  // "a 55-member panel") is what it counts, whatever follows.
  if (!c.counted.empty() && q.counted_span.end > q.counted_span.start && q.counted_span.end <= text.size() &&
      q.counted_span.start > 0 && text[q.counted_span.start - 1] != '-') {
    const std::string_view raw = q.counted_span.Of(text);
    const bool cap = !raw.empty() && std::isupper(static_cast<unsigned char>(raw[0]));
    const std::string lemma = lex.NounLemma(c.counted);
    // A plural form is a head already ("votes cast"): only a word that is
    // no plural ("eligible", "likely") or a capitalised one is read past.
    const bool plural_form = !raw.empty() && (raw.back() == 's' || raw.back() == 'S');
    const bool unknown = !plural_form && lex.NounKind(lemma) == 0 && lex.GroupOf(c.counted).empty() &&
                         lex.ImpliedState(c.counted).empty();
    // Any other word that is no plural reads on too, but gives way only to
    // a plural noun: the head of a plural noun phrase is its last noun, a
    // word before it a modifier ("a number of potential general election
    // opponents": WordNet's general is a noun of people too, yet the head
    // is "opponents").
    // A noun of a group of people keeps its reading ("two staff members",
    // "crew members": the group says who they are).
    if (cap || (!plural_form && lex.GroupOf(c.counted).empty() && lex.NounKind(lemma) != 'g')) {
      const TokenRange cr = TokensIn(seg, q.counted_span);
      int best = -1;
      bool best_plural = false;
      for (int t = cr.end; t < static_cast<int>(seg.tokens.size()) && t < cr.end + 5; ++t) {
        if (seg.tokens[t].kind != TokenKind::kWord) break;
        const std::string_view tw = seg.tokens[t].span.Of(text);
        const std::string w = Lowercase(tw);
        if (IsFunctionWord(w) || !lex.StateOf(w).empty()) break;
        // "Democratic registered voters": a participle that frames a
        // population ("registered", "likely" already passes) is read past.
        const bool framing = w == "registered" || w == "enrolled" || w == "unaffiliated";
        if (!framing && (RegularVerbForm(w, lex) || lex.IsIrregularPast(w))) break;
        if (std::islower(static_cast<unsigned char>(tw[0])) &&
            (lex.NounKind(lex.NounLemma(w)) != 0 || !lex.GroupOf(w).empty())) {
          // Past three words only a plural noun is read; a plural ends the
          // phrase (its head: "opponents condemned", not "opponents support").
          if (t >= cr.end + 3 && lex.NounLemma(w) == w) continue;
          // After one thing the layer read as its head, a plural that is
          // also a verb's -s form is the verb ("one worker faces charges"):
          // the phrase ends there.
          if (!cap && !unknown && q.high <= 1 && lex.NounLemma(w) != w && lex.IsVerb(lex.VerbLemma(w))) break;
          best = t;
          best_plural = lex.NounLemma(w) != w;
          if (best_plural) break;
        }
      }
      if (best >= 0 && (cap || unknown || best_plural)) {
        c.counted = std::string(seg.tokens[best].span.Of(text));
        r.span = seg.tokens[best].span;
      }
    }
  }
  // A win's sides whose unit the sentence leaves unsaid ("Ms. Pelosi won,
  // 134 to 63", "a 3-1 win") count votes in a report of a vote or an
  // election, else a score; they take no noun from around them.
  if (q.tally && c.counted.empty()) c.counted = ReportOfAVote(text) ? "votes" : "score";
  if (c.counted.empty() && IsCountable(q)) {
    int next = own.end;
    for (int t = own.begin; t < own.end; ++t)
      if (seg.tokens[t].kind == TokenKind::kNumber) next = t + 1;
    if (next < static_cast<int>(seg.tokens.size()) && seg.tokens[next].kind == TokenKind::kWord) {
      std::string_view w = seg.tokens[next].span.Of(text);
      if (!lex.GroupOf(w).empty() || !lex.ImpliedState(w).empty()) {
        c.counted = std::string(w);
        r.span = seg.tokens[next].span;
        if (own.end <= next) own.end = next + 1;
      }
    }
  }
  if (IsPronoun(c.counted)) c.counted.clear();
  // "a mother of 12", "father of three", "grandmother of five": the
  // figure counts the parent's children (WordNet: the noun before "of" is
  // a kind of parent or grandparent), whatever noun the number layer
  // read; the clause's verb ("a mother of 12 was shot") is the parent's
  // state, not the children's. A noun of its own after the figure ("a
  // father of two sons") keeps its reading.
  if (IsCountable(q) && q.value == std::floor(q.value) && own.begin >= 2 &&
      (r.span.empty() || r.span.end <= q.span.start) &&
      seg.LowerOf(seg.tokens[own.begin - 1].span) == "of" &&
      seg.tokens[own.begin - 2].kind == TokenKind::kWord) {
    std::string head = lex.NounLemma(seg.LowerOf(seg.tokens[own.begin - 2].span));
    const char* young = lex.IsKindOf(head, "grandparent") ? "grandchildren"
                        : lex.IsKindOf(head, "parent")    ? "children"
                                                          : nullptr;
    if (young) {
      r.offspring = true;
      c.counted = young;
      r.span = Span{};
    }
  }
  // A bare whole number set off by a comma right after a person's name
  // ("Andrew Lopez, 20, fired", "Lopez, 20 and Jonathan Carrasquillo, 24,",
  // "Comeaux, 49, took") is that person's age: it borrows no counted noun
  // from an earlier figure ("a mother of 12 children … Lopez, 20") or from
  // the words after it ("Ruiz, 23 and Tom Reed": WordNet's tom) and, as
  // an apposition, closes before the clause's predicate.
  // An adverb of time may stand between the comma and the number ("Jermayne
  // Timmons, now 16, was armed": AppositionComma).
  // A number that is the plural subject of the verb right after it is a
  // count, not an age set off after a name ("520 have said they support
  // Clinton, 39 have said they support Sanders"). Only a plural form tells:
  // after a singular one the name is the subject and the number its age
  // with the closing comma left out ("Ana Ruiz, 23 was found guilty"), and
  // a past form ("said", "had") agrees with both.
  auto subject_of_verb = [&]() {
    if (own.end >= static_cast<int>(seg.tokens.size()) || seg.tokens[own.end].kind != TokenKind::kWord) return false;
    static constexpr std::string_view kFinite[] = {"have", "are", "were", "do", "say", "'ve", "'re"};
    const std::string_view w = seg.LowerOf(seg.tokens[own.end].span);
    return std::find(std::begin(kFinite), std::end(kFinite), w) != std::end(kFinite);
  };
  const int comma = AppositionComma(text, seg, own.begin);
  if (c.counted.empty() && IsCountable(q) && q.value >= 1 && q.value <= 120 &&
      q.value == std::floor(q.value) && q.parts.empty() && comma >= 1 && !subject_of_verb()) {
    const uint32_t name_end = seg.tokens[comma - 1].span.end;
    auto e = std::partition_point(in.entities.begin(), in.entities.end(),
                                  [&](const Entity& x) { return x.span.end < name_end; });
    r.apposed = e != in.entities.end() && e->span.end == name_end && e->type == EntityType::kPerson;
    // Past an adverb the holder rules, which read the name right before
    // the comma, do not reach the person: name it here.
    if (r.apposed && comma != own.begin - 1) r.apposed_name = std::string(e->name);
    // "Mr. Hunter, 41, becomes …": a surname the entity layer missed here
    // but gave earlier in a person's full name ("Duncan Hunter"), set off by
    // commas on both sides. Only the 64 persons named last before it are
    // read, so the cost per figure stays bounded.
    const std::string_view word = seg.tokens[comma - 1].span.Of(text);
    if (!r.apposed && own.end < static_cast<int>(seg.tokens.size()) &&
        seg.tokens[own.end].span.Of(text) == "," && !word.empty() &&
        std::isupper(static_cast<unsigned char>(word[0]))) {
      int seen = 0;
      for (auto it = e; it != in.entities.begin() && seen < 64;) {
        --it;
        if (it->type != EntityType::kPerson) continue;
        ++seen;
        const std::string_view name = it->name;
        if (name.size() > word.size() && name.compare(name.size() - word.size(), word.size(), word) == 0 &&
            name[name.size() - word.size() - 1] == ' ') {
          r.apposed = true;
          r.apposed_name = std::string(name);
          break;
        }
      }
    }
    // "Okafor, 31, was traded": a capitalised word the entity layer named
    // nothing, set off from the number by commas on both sides with a
    // lower-case word after the second (the clause goes on), is a person
    // by syntax (PersonNamedAt: no place, month, function word or entity
    // of another kind), and the number that person's age.
    if (!r.apposed && own.end + 1 < static_cast<int>(seg.tokens.size()) &&
        seg.tokens[own.end].span.Of(text) == "," && seg.tokens[own.end + 1].kind == TokenKind::kWord &&
        std::islower(static_cast<unsigned char>(seg.tokens[own.end + 1].span.Of(text)[0]))) {
      std::string name = PersonNamedAt(text, seg, in.entities, comma - 1);
      if (!name.empty()) {
        r.apposed = true;
        r.apposed_name = std::move(name);
      }
    }
  }
  // A count before a model's name ("seven AK-47s", "six AK 47 rifles",
  // "12 F-16 jets"): the name is a modifier of the noun after it, which is
  // what is counted (the last noun WordNet knows in the modifier run right
  // after the name); with no noun after it the name is its own head, the
  // thing counted ("seven AK-47s" counts AK-47s), never a noun borrowed
  // from an earlier figure ("26 pirates with six AK 47 rifles").
  std::string designation_lemma;
  if (c.counted.empty() && IsCountable(q) && q.value == std::floor(q.value) && q.parts.empty() && !r.apposed) {
    const Designation d = ReadDesignation(text, seg, own.end);
    if (d.end >= 0) {
      int last_noun = -1;
      for (int t = d.end; t < static_cast<int>(seg.tokens.size()) && t < d.end + 3; ++t) {
        if (seg.tokens[t].kind != TokenKind::kWord) break;
        std::string_view w = seg.LowerOf(seg.tokens[t].span);
        if (IsFunctionWord(w) || !lex.StateOf(w).empty()) break;
        if (RegularVerbForm(w, lex)) break;
        if (lex.NounKind(lex.NounLemma(w)) != 0 || !lex.GroupOf(w).empty()) last_noun = t;
      }
      if (last_noun >= 0) {
        c.counted = std::string(seg.tokens[last_noun].span.Of(text));
        r.span = seg.tokens[last_noun].span;
      } else {
        c.counted = d.name;
        r.span = d.span;
        designation_lemma = d.lemma;
      }
    }
  }
  // A bare count before a noun phrase the number layer did not read ("the
  // eight top Democratic and Republican congressional leaders", "over 230
  // million population", "60 \u201cyea\u201d votes"): its counted noun is the
  // last noun WordNet knows in the run of modifiers and nouns right after
  // it, up to a function word, punctuation or a verb form. A word of a
  // person's name is none, though WordNet knows it as a noun ("Marco Rubio
  // has 163 and John Kasich has 63": WordNet's john); the run goes on past it
  // ("six Obama administration officials").
  if (c.counted.empty() && IsCountable(q) && q.value == std::floor(q.value) && q.parts.empty() && !r.apposed) {
    auto in_person = [&](Span s) {
      auto e = std::partition_point(in.entities.begin(), in.entities.end(),
                                    [&](const Entity& x) { return x.span.end < s.end; });
      return e != in.entities.end() && e->span.start <= s.start && e->type == EntityType::kPerson;
    };
    int last_noun = -1;
    for (int t = own.end, steps = 0; t < static_cast<int>(seg.tokens.size()) && steps < 6; ++t, ++steps) {
      std::string_view raw = seg.tokens[t].span.Of(text);
      if (raw == "\"" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D") continue;
      if (seg.tokens[t].kind != TokenKind::kWord) break;
      std::string w = Lowercase(raw);
      if (w == "and" || w == "or") continue;
      if (IsFunctionWord(w)) break;
      if (RegularVerbForm(w, lex)) break;
      if (!lex.StateOf(w).empty()) break;  // "5 and wounded 12": a state, not a noun
      if (in_person(seg.tokens[t].span)) continue;
      if (lex.NounKind(lex.NounLemma(w)) != 0 || !lex.GroupOf(w).empty()) last_noun = t;
    }
    if (last_noun >= 0) {
      c.counted = std::string(seg.tokens[last_noun].span.Of(text));
      r.span = seg.tokens[last_noun].span;
    }
  }
  // "the troubled actress, 26, would be arrested", "a soldier, 19, was
  // killed": a bare whole number set off by commas on both sides right
  // after a singular noun of a person is that person's age, as after a
  // name above. Plural nouns stay counts ("the victims, 26, were"), and so
  // do nouns that are no person ("the company, 12,").
  if (c.counted.empty() && !r.apposed && IsCountable(q) && q.value >= 1 && q.value <= 120 &&
      q.value == std::floor(q.value) && q.parts.empty() && q.hedge.empty() && own.begin >= 2 &&
      own.end < static_cast<int>(seg.tokens.size()) && seg.tokens[own.begin - 1].span.Of(text) == "," &&
      seg.tokens[own.end].span.Of(text) == "," && seg.tokens[own.begin - 2].kind == TokenKind::kWord) {
    const std::string_view noun = seg.tokens[own.begin - 2].span.Of(text);
    const std::string low = Lowercase(noun);
    if (std::islower(static_cast<unsigned char>(noun[0])) && lex.NounLemma(low) == low && lex.NounKind(low) == 'p') {
      c.kind = "age";
      c.counted = std::string(noun);
      r.span = seg.tokens[own.begin - 2].span;
      r.apposed = true;
    }
  }
  // "recreational marijuana for adults over 21", "children under 5": a
  // bound right after a noun of people is those people's age limit, not a
  // count; it borrows no counted noun from an earlier figure.
  if (c.counted.empty() && IsCountable(q) && q.value >= 1 && q.value <= 120 && q.value == std::floor(q.value) &&
      q.parts.empty() && own.begin >= 1 && seg.tokens[own.begin - 1].kind == TokenKind::kWord) {
    const std::string h = Lowercase(q.hedge);
    std::string_view before = seg.tokens[own.begin - 1].span.Of(text);
    const char kind = lex.NounKind(lex.NounLemma(Lowercase(before)));
    if ((h == "over" || h == "under" || h == "older than" || h == "younger than") &&
        std::islower(static_cast<unsigned char>(before[0])) && (kind == 'p' || !lex.GroupOf(before).empty())) {
      c.kind = "age";
      c.counted = std::string(before);
      r.span = seg.tokens[own.begin - 1].span;
      r.apposed = true;  // an age: no noun from elsewhere
    }
  }
  // "Estimates of how many women could be included run from 500,000 to
  // 1.6 million": a bare count answering "how many <noun>" earlier in its
  // sentence counts that noun, not the last counted noun of the paragraph.
  if (c.counted.empty() && IsCountable(q) && !r.apposed && c.part_of < 0 && sentence >= 0) {
    for (int t = static_cast<int>(seg.sentences[sentence].token_begin); t + 2 < own.begin; ++t) {
      if (seg.LowerOf(seg.tokens[t].span) != "how" || seg.LowerOf(seg.tokens[t + 1].span) != "many" ||
          seg.tokens[t + 2].kind != TokenKind::kWord)
        continue;
      std::string_view w = seg.tokens[t + 2].span.Of(text);
      if (lex.NounKind(lex.NounLemma(w)) != 0 || !lex.GroupOf(w).empty()) {
        c.counted = std::string(w);
        r.span = seg.tokens[t + 2].span;
      }
    }
  }
  // A part before its whole ("he connected on 1 of 13 passes", "Two of
  // the 12 hostages were freed"): a bare count followed by "of", perhaps a
  // determiner, and a figure that counts a noun counts that noun (the
  // qualifier `part` says it is a part) — not what the paragraph's last
  // figure counted.
  const bool fractional = q.value != std::floor(q.value);
  if (c.counted.empty() && IsCountable(q) && !fractional && !r.apposed && i + 1 < in.quantities.size()) {
    const Quantity& whole = in.quantities[i + 1];
    const TokenRange wr = TokensIn(seg, whole.span);
    if (wr.begin >= own.end && Partitive(text, seg, own.end, wr.begin) && IsCountable(whole) &&
        !whole.counted.empty() && !IsPronoun(whole.counted)) {
      c.counted = whole.counted;
      r.part = true;
    }
  }
  // "two more of the explosive devices", "three other of the boats": a
  // bare count followed by "more", "other" or "additional", "of", a
  // determiner and a noun phrase counts the phrase's last noun (a WordNet
  // noun of the kinds nouns.tsv holds, or of a lexicon class). "more"
  // stays a qualifier (the number layer's hedge words).
  if (c.counted.empty() && IsCountable(q) && !fractional && !r.apposed && c.part_of < 0 && q.parts.empty()) {
    const int n = static_cast<int>(seg.tokens.size());
    int t = own.end;
    auto low = [&](int k) { return k < n ? seg.LowerOf(seg.tokens[k].span) : std::string_view(); };
    if (t + 2 < n && (low(t) == "more" || low(t) == "other" || low(t) == "additional") && low(t + 1) == "of" &&
        (low(t + 2) == "the" || low(t + 2) == "those" || low(t + 2) == "these" || low(t + 2) == "its" ||
         low(t + 2) == "their")) {
      int last = -1;
      for (int k = t + 3; k < n && k <= t + 7 && seg.tokens[k].kind == TokenKind::kWord; ++k) {
        const std::string_view w = low(k);
        if (IsFunctionWord(w)) break;
        if (lex.NounKind(lex.NounLemma(w)) != 0 || !lex.GroupOf(w).empty()) last = k;
      }
      if (last >= 0) {
        c.counted = std::string(seg.tokens[last].span.Of(text));
        r.span = seg.tokens[last].span;
      }
    }
  }
  // The rest of a partition names what its first part counts: "While two
  // of them managed to escape, the warship intercepted the remaining three
  // boats", "Two managed to slip away, but the other three boats were
  // intercepted", "two of them fled but three boats were captured". A
  // bare count followed in its sentence by a count of a noun opened by
  // "remaining", "other" or "rest of", or set against it by "but" or an
  // opening "while", "whereas" or "although", counts that noun.
  if (c.counted.empty() && IsCountable(q) && !fractional && !r.apposed && c.part_of < 0 && q.parts.empty() &&
      sentence >= 0 && i + 1 < in.quantities.size()) {
    const Quantity& rest = in.quantities[i + 1];
    const TokenRange rr = TokensIn(seg, rest.span);
    const int s_begin = static_cast<int>(seg.sentences[sentence].token_begin);
    if (seg.SentenceAt(rest.span.start) == sentence && rr.begin >= own.end && IsCountable(rest) &&
        !rest.counted.empty() && !IsPronoun(rest.counted) && rest.counted_span.start >= rest.span.end) {
      auto low = [&](int k) { return seg.LowerOf(seg.tokens[k].span); };
      bool contrast = rr.begin > 0 && (low(rr.begin - 1) == "remaining" || low(rr.begin - 1) == "other");
      for (int k = own.end; k < rr.begin && !contrast; ++k) contrast = low(k) == "but";
      for (int k = s_begin; k < own.begin && k <= s_begin + 2 && !contrast; ++k)
        contrast = low(k) == "while" || low(k) == "whereas" || low(k) == "although";
      if (contrast) c.counted = rest.counted;
    }
  }
  // Noun ellipsis: "an estimated 200 civilians … another 100,000 are
  // thought to be in the city" counts what the last figure of the
  // paragraph counted.
  // A fraction ("measuring 7.6 and 7.4") counts no discrete things: it
  // takes no counted noun from an earlier figure.
  if (c.counted.empty() && IsCountable(q) && !fractional && !r.apposed && c.part_of < 0 && q.parts.empty() &&
      sentence >= 0) {
    uint32_t paragraph = seg.sentences[sentence].paragraph;
    for (size_t k = out.size(), steps = 0; k-- > 0 && ++steps <= 64;) {
      const Quantity& o = in.quantities[k];
      int os = seg.SentenceAt(o.span.start);
      if (os < 0 || seg.sentences[os].paragraph != paragraph) break;
      if (!out[k].counted.empty() && IsCountable(o)) {
        // A noun that names its state ("1 dead, 2 injured") is not what
        // the next figure counts: it would carry the state along.
        if (lex.ImpliedState(out[k].counted_lemma).empty()) c.counted = out[k].counted;
        break;
      }
    }
  }
  if (!c.counted.empty()) {
    std::string last = c.counted.substr(c.counted.rfind(' ') == std::string::npos ? 0 : c.counted.rfind(' ') + 1);
    c.counted_lemma = lex.NounLemma(last);
    c.group = lex.GroupOf(last);
  }
  if (!designation_lemma.empty()) {  // a model's name: no WordNet noun
    c.counted_lemma = designation_lemma;
    c.group.clear();
  }
  return r;
}

bool IsTurnedAge(const ClaimInputs& in, size_t i) {
  const Quantity& q = in.quantities[i];
  if (!q.unit.empty() || !q.counted.empty() || q.kind != QuantityKind::kCount || !q.exact || q.value < 1 ||
      q.value > 120 || q.value != std::floor(q.value))
    return false;
  const std::string_view text = in.doc.text;
  // The word before the figure, over "just" / "only".
  size_t e = q.span.start;
  for (int words = 0; words < 2; ++words) {
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    const std::string w = Lowercase(text.substr(b, e - b));
    if (w == "turned" || w == "turns" || w == "turning" || w == "turn") return true;
    if (w != "just" && w != "only" && w != "recently") return false;
    e = b;
  }
  return false;
}

bool IsListedAge(const ClaimInputs& in, const Lexicon& lex, size_t i) {
  const std::string& text = in.doc.text;
  const Quantity& q = in.quantities[i];
  // "two sons, 11 and 14", "his three children, 4, 7 and 9": as many bare
  // numbers set off after a count of people as that count are their ages.
  if (!q.unit.empty() || !q.counted.empty() || !q.hedge.empty() || !q.exact || q.kind != QuantityKind::kCount)
    return false;
  auto joined = [&](size_t a, size_t b) {  // quantities a then b, a list's joiner between
    const Quantity& x = in.quantities[a];
    const Quantity& y = in.quantities[b];
    const uint32_t end = std::max(x.span.end, x.counted_span.end);  // "two girls" ends at its noun
    if (end > y.span.start) return std::string_view{};
    return std::string_view(text.data() + end, y.span.start - end);
  };
  auto bare = [&](size_t k) {
    const Quantity& x = in.quantities[k];
    return x.kind == QuantityKind::kCount && x.counted.empty() && x.hedge.empty() && x.exact && x.unit.empty() &&
           x.value >= 0 && x.value < 120 && x.value == std::floor(x.value);
  };
  auto joiner = [](std::string_view g) { return g == ", " || g == " and " || g == ", and "; };
  size_t first = i, last = i;
  while (first > 0 && i - first < 8 && bare(first - 1) && joiner(joined(first - 1, first))) --first;
  while (last + 1 < in.quantities.size() && last - i < 8 && bare(last + 1) && joiner(joined(last, last + 1))) ++last;
  if (first == 0 || last == first || joined(first - 1, first) != ", ") return false;
  const Quantity& whole = in.quantities[first - 1];
  const std::string noun = lex.NounLemma(Lowercase(whole.counted));
  const char kind = noun.empty() ? 0 : lex.NounKind(noun);
  return whole.kind == QuantityKind::kCount && whole.exact && whole.value == static_cast<double>(last - first + 1) &&
         (kind == 'p' || !lex.GroupOf(noun).empty());
}

int CompoundModifierHead(std::string_view text, const Segmentation& seg, const Quantity& q) {
  if (q.counted_span.empty() || !q.hedge.empty()) return -1;
  if (q.counted_span.start <= q.span.start || q.counted_span.end > text.size()) return -1;
  // Number, hyphen, noun: one word of the text.
  const std::string_view joined = text.substr(q.span.start, q.counted_span.end - q.span.start);
  if (joined.find_first_of(" \t\n\r") != std::string_view::npos || text[q.counted_span.start - 1] != '-') return -1;
  // Another word follows after one space: lower-case, no function word,
  // adverb or past form ("a three-judge panel", not "five-alarm, officials
  // said" nor "the two-man team recently").
  const TokenRange counted = TokensIn(seg, q.counted_span);
  const int next = counted.end;
  if (next >= static_cast<int>(seg.tokens.size()) || seg.tokens[next].kind != TokenKind::kWord ||
      seg.tokens[next].span.start != q.counted_span.end + 1)
    return -1;
  const std::string_view w = seg.tokens[next].span.Of(text);
  if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return -1;
  const std::string lw = Lowercase(w);
  if (IsFunctionWord(lw)) return -1;
  auto ends = [&](std::string_view suffix) {
    return lw.size() > suffix.size() + 2 && lw.compare(lw.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends("ly") || ends("ed") ? -1 : next;
}

}  // namespace crosscheck
