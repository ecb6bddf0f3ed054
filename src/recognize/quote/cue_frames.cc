// The shapes around a cue (cue_frames.h) and the sentence subject
// (cues.h): definitions. See cue_frames.h for each function's contract.
#include "recognize/quote/cue_frames.h"

#include <algorithm>

#include "recognize/quote/lexicon.h"

namespace crosscheck {

namespace lx = quote_lexicon;

namespace cue_frames {

bool IsDash(const TokenView& tv, int i) {
  std::string_view w = tv.Text(i);
  return tv.IsPunct(i) && (w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--" || w == "-");
}

bool QuoteTouches(const TokenView& tv, int tb, int b, int e) {
  for (int k = b - 1; k >= tb && k >= b - 2; --k) {
    if (tv.IsQuoteMark(k)) return true;
    if (!tv.Is(k, ",") && !tv.Is(k, ":")) break;
  }
  for (int k = e; k < tv.size() && k <= e + 1; ++k) {
    if (tv.IsQuoteMark(k)) return true;
    if (!tv.Is(k, ",") && !tv.Is(k, ":")) break;
  }
  return false;
}

bool NearMark(const std::vector<int>& marks, int i) {
  for (int m : marks)
    if (m >= i - 10 && m <= i + 2) return true;
  return false;
}

bool MarkBefore(const std::vector<int>& marks, int i) {
  for (int m : marks)
    if (m >= i - 8 && m < i) return true;
  return false;
}

bool IsGerund(std::string_view lw) { return lw.size() > 4 && lw.compare(lw.size() - 3, 3, "ing") == 0; }

bool IsBe(std::string_view lw) {
  return lw == "was" || lw == "were" || lw == "is" || lw == "are" || lw == "been" || lw == "being" || lw == "has" ||
         lw == "have" || lw == "had";
}

bool IsAuxiliaryOrModal(std::string_view w) {
  return IsBe(w) || w == "will" || w == "would" || w == "could" || w == "should" || w == "can" || w == "may" ||
         w == "might" || w == "must" || w == "shall" || w == "do" || w == "does" || w == "did";
}

bool IsLyAdverb(const TokenView& tv, int j, int tb) {
  std::string_view w = tv.Lower(j);
  return tv.IsWord(j) && !tv.IsCap(j) && w.size() > 5 && w.compare(w.size() - 2, 2, "ly") == 0 &&
         !tv.Has(j, lx::kRole) && !(j > tb && tv.Has(j - 1, lx::kDeterminer));
}

SpeakerPhrase SubjectBeforeAside(const TokenView& tv, int tb, int j, const std::vector<Entity>& entities) {
  for (int k = j - 1; k > tb; --k) {
    // A short quoted title or name inside the aside ("wearing “Ted Cruz”
    // pins"): up to five words between closed marks, read past.
    if (IsClosingMark(tv, k)) {
      int o = k - 1;
      while (o > tb && k - o <= 6 && tv.InClosedQuote(o) && !tv.IsQuoteMark(o)) --o;
      if (o > tb && k - o <= 6 && tv.IsQuoteMark(o) && !tv.InClosedQuote(o - 1)) {
        k = o;
        continue;
      }
    }
    if (tv.IsQuoteMark(k) || tv.Has(k, lx::kVerbAny)) break;
    if (!tv.Is(k, ",")) continue;
    const std::string_view w = tv.Lower(k + 1);
    if (!(w == "who" || w == "whose" || IsGerund(w))) break;
    SpeakerPhrase subj = ParseLeftSpeaker(tv, k, tb, entities);
    int open = tb;
    while (open < k && (tv.Is(open, "but") || tv.Is(open, "and"))) ++open;
    // The subject opens the sentence, or follows the quote it frames
    // ("“…,” Bill Eastland, wearing a cowboy hat, said").
    if (subj.ok() && (subj.b <= open || AfterSpeechQuote(tv, subj.b))) return subj;
    break;
  }
  return {};
}

int SkipHearer(const TokenView& tv, int a, int te) {
  int k = a;
  // A programme or publication named in quotes ("told “Morning Edition” on
  // Monday the tone was …"): up to six words, a capital first, then words
  // follow the closing mark.
  if (k + 2 < te && tv.IsQuoteMark(k) && !IsClosingMark(tv, k) && tv.IsWord(k + 1) && tv.IsCap(k + 1)) {
    int c = k + 1;
    while (c < te && c - k <= 6 && !tv.IsQuoteMark(c) && (tv.IsWord(c) || tv.Is(c, "&"))) ++c;
    if (c + 1 < te && c - k <= 6 && IsClosingMark(tv, c) && tv.IsWord(c + 1)) return c + 1;
  }
  if (k < te && (tv.Is(k, "him") || tv.Is(k, "her") || tv.Is(k, "them") || tv.Is(k, "us") || tv.Is(k, "me") ||
                 tv.Is(k, "reporters") || tv.Is(k, "journalists")))
    return k + 1;
  bool noun = false;
  while (k < te && k - a < 7) {
    std::string_view lw = tv.Lower(k);
    if (noun && tv.Has(k, lx::kDeterminer)) break;  // "told the court [the evidence …]"
    // "BBC Radio 4’s Today programme": digits and a split possessive.
    if (tv.IsQuoteMark(k) && k > a && k + 1 < te && tv.Is(k + 1, "s") && tv.SpanOf(k).start == tv.SpanOf(k - 1).end) {
      k += 2;
      continue;
    }
    if (!tv.IsPunct(k) && !tv.IsWord(k) && k > a) { ++k; continue; }
    if (!tv.IsWord(k)) break;
    if (lw == "that") break;
    if (tv.Has(k, lx::kDeterminer)) { ++k; continue; }
    if (tv.IsCap(k) || tv.Has(k, lx::kRole) || tv.IsPossessive(k)) { noun = true; ++k; continue; }
    // "told ITV television station in an interview …": the outlet's own
    // nouns after its name.
    if (noun && (tv.Has(k, lx::kOrgNoun) || lw == "television" || lw == "radio" || lw == "station" ||
                 lw == "show" || lw == "program" || lw == "programme" || lw == "magazine" || lw == "tv")) {
      ++k;
      continue;
    }
    if (k > a && !tv.Has(k, lx::kBoundary) && k + 1 < te && tv.Has(k + 1, lx::kRole)) { ++k; continue; }
    // "told a crowd in Seattle", "told the rally the plan …", "told the
    // AIPAC meeting in Washington": after an article the hearer's noun
    // phrase runs over lower-case words too. The first such word is its
    // head; a later one only when no clause can open with it (a
    // preposition, a mark, an article or the end follows), so "told the
    // Herald officials were worried" keeps "officials were worried".
    if (tv.Has(a, lx::kDeterminer) && !tv.IsCap(k) && lw.size() > 1 &&
        !tv.Has(k, lx::kBoundary | lx::kInnerPrep | lx::kPronoun | lx::kVerbAny | lx::kTime) &&
        !IsAuxiliaryOrModal(lw) &&
        (!noun || k + 1 >= te || tv.IsPunct(k + 1) || tv.Has(k + 1, lx::kInnerPrep | lx::kDeterminer | lx::kTime) ||
         tv.Is(k + 1, "on") || tv.Is(k + 1, "during") || tv.Is(k + 1, "about"))) {
      noun = true;
      ++k;
      continue;
    }
    break;
  }
  // The clause's subject pronoun ends the hearer: "told a nurses gathering
  // in Denver she will …" (a place after the hearer), "told nurses she
  // will …" (a bare plural hearer).
  auto subject_pronoun = [&](int m) {
    return m < te && (tv.Is(m, "he") || tv.Is(m, "she") || tv.Is(m, "they") || tv.Is(m, "we") || tv.Is(m, "i"));
  };
  const bool bare_plural = k == a && k + 1 < te && tv.IsWord(k) && !tv.IsCap(k) && tv.Lower(k).size() > 3 &&
                           tv.Lower(k).ends_with("s") &&
                           !tv.Has(k, lx::kBoundary | lx::kInnerPrep | lx::kPronoun | lx::kVerbAny | lx::kTime |
                                          lx::kDeterminer);
  int m = bare_plural ? k + 1 : k;
  if (m > a && m + 2 < te && (tv.Is(m, "in") || tv.Is(m, "at"))) {
    int c = m + 1;
    while (c < te && c - m <= 4 && tv.IsWord(c) && tv.IsCap(c)) ++c;
    if (c > m + 1) m = c;
  }
  if (m > k && subject_pronoun(m)) return m;
  return k;
}

int SpeechVerbIn(const TokenView& tv, int b, int e) {
  for (int k = b; k < e; ++k) {
    if (!tv.IsWord(k) || tv.IsCap(k)) continue;
    if (tv.Has(k, lx::kVerbAny)) return k;
    if (k > b && (tv.Has(k - 1, lx::kDeterminer) || tv.IsPossessive(k - 1))) continue;
    if (lx::IsOpenSpeechVerb(tv.Lower(k))) return k;
    if ((tv.Is(k, "put") || tv.Is(k, "puts")) && k + 1 < e && tv.Is(k + 1, "it")) return k;
    if ((tv.Is(k, "pointed") || tv.Is(k, "points")) && k + 1 < e && tv.Is(k + 1, "out")) return k;
  }
  return -1;
}

bool AllCaps(std::string_view w) {
  for (char ch : w)
    if (ch >= 'a' && ch <= 'z') return false;
  return true;
}

bool IsClosingMark(const TokenView& tv, int k) {
  return k > 0 && k < tv.size() && tv.IsQuoteMark(k) && tv.InClosedQuote(k - 1) && !tv.InClosedQuote(k);
}

bool AfterSpeechQuote(const TokenView& tv, int first) {
  int k = first - 1;
  if (k >= 1 && tv.Is(k, ",") && IsClosingMark(tv, k - 1)) return true;  // “…”, X fumed
  if (!IsClosingMark(tv, k) || k < 1) return false;
  const std::string_view p = tv.Text(k - 1);
  return p == "," || p == "?" || p == "!" || p == "â" || p == "â¦";
}

bool PastVerbShape(const TokenView& tv, int i) {
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  const std::string_view w = tv.Lower(i);
  if (tv.Has(i, lx::kBoundary | lx::kDeterminer | lx::kPronoun | lx::kTime | lx::kInnerPrep | lx::kRole)) return false;
  if (w == "shot" || w == "fired" || w == "spoke" || w == "went" || w == "sang" || w == "swore" || w == "chimed" ||
      w == "shot" || w == "bit")
    return true;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && w != "need" && w != "indeed" && w != "speed" &&
         w != "seed" && w != "steed" && w != "breed" && w != "proceed" && w != "succeed" && w != "exceed";
}

bool PresentVerbShape(const TokenView& tv, int i) {
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  const std::string_view w = tv.Lower(i);
  if (tv.Has(i, lx::kBoundary | lx::kDeterminer | lx::kPronoun | lx::kTime | lx::kInnerPrep | lx::kRole)) return false;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
}

bool FrameVerbEnds(const TokenView& tv, int a, int te) {
  if (a >= te) return true;
  if (tv.IsPunct(a)) return !tv.IsQuoteMark(a) || IsClosingMark(tv, a) || tv.Is(a, ",");
  const std::string_view w = tv.Lower(a);
  if (w == "back" || w == "out" || w == "up" || w == "in" || w == "on" || w == "at" || w == "to" || w == "with" ||
      w == "from" || w == "during" || w == "after" || w == "before" || w == "as" || w == "while" || w == "when" ||
      w == "again" || w == "then" || w == "into" || w == "over" || w == "via" || w == "about" || w == "of")
    return true;
  if (tv.Has(a, lx::kTime | lx::kVerbAdverb)) return true;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
}

SpeakerPhrase AsSpeaker(const TokenView& tv, int tb, int v, const std::vector<Entity>& entities) {
  int as = -1;
  for (int a = tb; a < v; ++a)
    if (tv.Is(a, "as") && (a == tb || tv.Is(a - 1, ",") || tv.Is(a - 1, "but") || tv.Is(a - 1, "and"))) as = a;
  SpeakerPhrase p;
  if (as < 0 || v <= as + 1) return p;
  int j = v - 1;
  while (j > as + 1 && (tv.Has(j, lx::kVerbAdverb) || IsLyAdverb(tv, j, tb))) --j;
  p = ParseLeftSpeaker(tv, j + 1, as + 1, entities);
  if (p.ok() && p.b != as + 1) p = SpeakerPhrase();
  return p;
}

void TrimClause(const TokenView& tv, Cue* c) {
  while (c->clause_b < c->clause_e && tv.IsPunct(c->clause_b) && !tv.IsQuoteMark(c->clause_b)) ++c->clause_b;
  while (c->clause_e > c->clause_b) {
    int k = c->clause_e - 1;
    std::string_view lw = tv.Lower(k);
    if ((tv.IsPunct(k) && !tv.IsQuoteMark(k)) || lw == "while" || lw == "and" || lw == "but" || lw == "as") {
      --c->clause_e;
      continue;
    }
    break;
  }
}

}  // namespace cue_frames

SpeakerPhrase SentenceSubject(const TokenView& tv, int tb, int te, const std::vector<Entity>& entities) {
  using cue_frames::AllCaps;
  using cue_frames::IsBe;
  using cue_frames::IsDash;
  using cue_frames::IsGerund;
  int k = tb;
  while (k < te && (tv.Is(k, "but") || tv.Is(k, "and") || tv.Is(k, "meanwhile") || tv.Is(k, "however") ||
                    (tv.Has(k, quote_lexicon::kVerbAdverb) && !IsBe(tv.Lower(k)) && k + 1 < te &&
                     (tv.IsWord(k + 1) || (k == tb && tv.Is(k + 1, ","))))))
    ++k;  // "And then Trump went …", "Likewise, a paper …"
  if (k < te && tv.Is(k, ",")) ++k;
  // A wire dateline ("WASHINGTON —", "CHICAGO, March 3 (AP) —"): a word in
  // capitals, then only capitalised words, numbers and punctuation up to a
  // dash. It places the story; it is no subject.
  if (k + 1 < te && tv.IsWord(k) && tv.Text(k).size() >= 3 && tv.Text(k)[0] >= 'A' && tv.Text(k)[0] <= 'Z' &&
      AllCaps(tv.Text(k))) {
    int d = k + 1;
    while (d < te && d - k < 12 && !IsDash(tv, d) && !tv.IsQuoteMark(d) && (!tv.IsWord(d) || tv.IsCap(d) ||
                                                                            (tv.Text(d)[0] >= '0' && tv.Text(d)[0] <= '9')))
      ++d;
    if (d + 1 < te && IsDash(tv, d)) k = d + 1;
  }
  // A time phrase of up to five words closed by a comma ("Ten minutes
  // later,", "Last week,", "Earlier Friday,", "A few months ago,"): a
  // word of time in it.
  // Not one that opens with a pronoun or a name: "She doubled down late
  // Monday, telling CNN: “…”" has its subject first, and a time phrase
  // after its verb.
  auto time_phrase = [&](int b) {
    if (tv.Has(b, quote_lexicon::kPronoun)) return false;
    const uint32_t at = tv.SpanOf(b).start;
    auto en = std::lower_bound(entities.begin(), entities.end(), at,
                               [](const Entity& x, uint32_t pos) { return x.span.start < pos; });
    if (en != entities.end() && en->span.start == at &&
        (en->type == EntityType::kPerson || en->type == EntityType::kOrganization))
      return false;
    bool time = false;
    for (int c = b; c < te && c - b <= 5; ++c) {
      if (tv.Is(c, ",")) return time && c > b;
      if (!tv.IsWord(c)) return false;
      // "A few months ago,", "Two years ago,": "ago" makes any count of
      // time a time phrase.
      time |= tv.Has(c, quote_lexicon::kTime) || tv.Is(c, "ago");
    }
    return false;
  };
  // An opening adverbial: a preposition or clause word ("In typical
  // fashion, …"), a participle clause ("Surveying the damage, …") or a
  // time phrase. Up to three in a row: "On Thursday, after remaining
  // neutral, Warren …".
  // An adverb before the preposition or clause word opens it too ("Right
  // after the attack,", "Shortly before the vote,", "Immediately after …,").
  auto adverb_then_prep = [&](int b) {
    if (b + 1 >= te || !tv.IsWord(b) || !tv.Has(b + 1, quote_lexicon::kInnerPrep | quote_lexicon::kBoundary) ||
        tv.Has(b + 1, quote_lexicon::kPronoun))
      return false;
    const std::string_view w = tv.Lower(b);
    return (w.size() > 4 && w.ends_with("ly")) || w == "right" || w == "soon" || w == "just" || w == "long" ||
           w == "even" || w == "well";
  };
  // Prepositions outside the lexicon's closed classes that open a
  // sentence's adverbial ("Alongside the calls for action, …", "Following
  // the vote, …"; lexicon.h).
  auto opening_prep = [&](int b) {
    const std::string_view w = tv.Lower(b);
    return b + 1 < te && tv.IsWord(b + 1) && quote_lexicon::IsOpeningPreposition(w);
  };
  for (int adverbials = 0; adverbials < 3 && k < te &&
                           ((tv.Has(k, quote_lexicon::kInnerPrep | quote_lexicon::kBoundary) &&
                             !tv.Has(k, quote_lexicon::kPronoun)) || adverb_then_prep(k) || opening_prep(k) ||
                            (tv.IsWord(k) && IsGerund(tv.Lower(k))) || time_phrase(k));
       ++adverbials) {
    // A subordinate clause ("When Trump suggested that Cuba would sue the
    // U.S. for reneging on the deal, Rubio …") runs longer than a phrase.
    const int reach = tv.Has(k, quote_lexicon::kBoundary) ? 24 : 12;
    int c = k;
    while (c < te && c - k < reach && !tv.Is(c, ",") && !tv.IsQuoteMark(c)) ++c;
    // A short quoted title closing the adverbial ("Speaking Sunday on
    // ABC’s “This Week,” Carson admitted …"): the comma inside or right
    // after its closing mark closes the adverbial.
    if (c + 2 < te && tv.IsQuoteMark(c) && c > k) {
      int m = c + 1;
      while (m < te && m - c <= 8 && !tv.IsQuoteMark(m)) ++m;
      if (m < te && m - c <= 8 && tv.IsQuoteMark(m)) {
        if (tv.Is(m - 1, ",")) {
          k = m + 1;
          continue;
        }
        if (m + 1 < te && tv.Is(m + 1, ",")) c = m + 1;
      }
    }
    if (c < te && tv.Is(c, ",")) {
      k = c + 1;
      // "in Salem, New Hampshire, Trump …": a place after a place closes
      // the adverbial too.
      int d = k;
      while (d < te && d - k < 4 && tv.IsCap(d) && tv.IsWord(d)) ++d;
      if (d > k && d + 1 < te && tv.Is(d, ",") && tv.IsCap(c - 1)) k = d + 1;
    } else {
      break;
    }
  }
  // An age or a count glued to a hyphenated modifier before the subject
  // ("76-year-old Ada Brill, …", "12-term Rep. Tom Reyes"): a modifier,
  // not the subject; the phrase after it is.
  if (k + 1 < te && !tv.Text(k).empty() && tv.Text(k)[0] >= '0' && tv.Text(k)[0] <= '9') {
    int d = k;
    bool hyphen = tv.Text(k).find('-') != std::string_view::npos;
    while (d + 1 < te && d - k < 6 && tv.SpanOf(d).end == tv.SpanOf(d + 1).start) {
      ++d;
      hyphen |= tv.Text(d).find('-') != std::string_view::npos;
    }
    if (hyphen && d + 1 < te && tv.IsWord(d + 1) && tv.IsCap(d + 1)) k = d + 1;
  }
  SpeakerPhrase p;
  // A focus adverb before the subject ("…, even a top strategist said").
  if (k + 1 < te && tv.Is(k, "even") && tv.IsWord(k + 1)) ++k;
  if (k >= te || tv.IsQuoteMark(k)) return p;
  p = ParseRightSpeaker(tv, k, te, entities);
  int after = p.ok() ? p.e : te;
  if (after < te && tv.Text(after) == "(") {  // "Rep. Hakeem Jeffries (D-N.Y.) reacted"
    int c = after + 1;
    while (c < te && c - after < 10 && tv.Text(c) != ")") ++c;
    if (c < te && tv.Text(c) == ")") after = c + 1;
  }
  // "Trump’s Virginia state director, Mike Rubino, reached out": the
  // apposition's closing comma, then the verb.
  // The verb after an apposition or aside may be an auxiliary or a verb of
  // saying, function words of the lexicon ("Ann Lee, a professor at Rider
  // College, was not impressed", "…, has said"); no other function word.
  auto verb_after_comma = [&](int k, uint32_t not_classes) {
    if (!tv.IsWord(k) || tv.IsCap(k)) return false;
    if (!tv.Has(k, not_classes)) return true;
    const std::string_view w = tv.Lower(k);
    return IsBe(w) || w == "will" || w == "would" || w == "could" || w == "should" || w == "can" ||
           w == "might" || w == "must" || w == "did" || w == "does" || w == "said" || w == "says" ||
           w == "told" || w == "added";
  };
  if (p.ok() && after + 1 < te && tv.Is(after, ",") && p.e > p.name_e &&
      verb_after_comma(after + 1, lx::kBoundary | lx::kPronoun | lx::kDeterminer))
    ++after;
  // A comma-fenced aside between the subject and its verb: "O'Malley, who
  // signed gun laws as governor, interjected", "Durbin, noting the size of
  // the list, said", "Silverman, herself a supporter, incurred".
  if (p.ok() && after + 2 < te && tv.Is(after, ",")) {
    int c = after + 1;
    while (c < te && c - after < 20 && !tv.Is(c, ",") && !tv.IsQuoteMark(c)) ++c;
    if (c + 1 < te && tv.Is(c, ",") && c > after + 1 &&
        verb_after_comma(c + 1, lx::kBoundary | lx::kPronoun | lx::kDeterminer | lx::kInnerPrep))
      after = c + 1;
  }
  if (p.ok() && after < te && IsDash(tv, after)) {  // "Gov. Chris Christie – a Cowboys fan – gave"
    int c = after + 1;
    while (c < te && c - after < 12 && !IsDash(tv, c)) ++c;
    if (c < te && IsDash(tv, c)) after = c + 1;
  }
  if (p.ok() && (after >= te || !tv.IsWord(after))) p = SpeakerPhrase();
  return p;
}

}  // namespace crosscheck
