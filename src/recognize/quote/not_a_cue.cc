// Cue words used as no report (cue_frames.h, NoReportAt): a participle in
// a reduced relative before the finite verb of saying, a noun after a
// possessive, "add to" a thing, a modal perfect. Each reads a few tokens around the word: bounded work.
#include "recognize/quote/cue_frames.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck::cue_frames {

namespace lx = quote_lexicon;

bool NoReportAt(const TokenView& tv, int tb, int te, int i) {
  const std::string_view lw = tv.Lower(i);
  // A participle in a reduced relative ("A statement posted on the
  // website Gunsite.com said …", "the memo published by the agency
  // says"): a verb of saying follows with only a phrase of place, agent
  // or time between; that verb is the cue.
  if (lw.size() > 4 && lw.ends_with("ed") && i > tb && !tv.Has(i - 1, lx::kPronoun)) {
    bool relative = false;
    for (int k = i + 1; k < te && k <= i + 10; ++k) {
      const bool glued_dot = tv.Is(k, ".") && k + 1 < te && tv.SpanOf(k - 1).end == tv.SpanOf(k).start &&
                             tv.SpanOf(k).end == tv.SpanOf(k + 1).start;
      if (glued_dot) continue;
      if (!tv.IsWord(k)) break;
      if (k > i + 1 && !tv.IsCap(k) && tv.Has(k, lx::kVerbSpeech)) {
        // A finite verb ("said", "says"); not a gerund ("responded … with
        // a note saying") nor a noun after a determiner ("his claim").
        relative = !IsGerund(tv.Lower(k)) && !tv.Has(k - 1, lx::kDeterminer) && !tv.IsPossessive(k - 1) &&
                   !tv.Is(k - 1, "his") && !tv.Is(k - 1, "her") && !tv.Is(k - 1, "their");
        break;
      }
      const std::string_view x = tv.Lower(k);
      if (tv.Has(k, lx::kPronoun) || x == "that" || x == "who" || x == "which" || x == "whose" || x == "and" ||
          x == "but" || x == "or" || x == "because" || x == "while" || x == "if" || x == "when" || x == "where" ||
          x == "as" || x == "after" || x == "before" || x == "since" || x == "until" || x == "though" ||
          x == "although" || x == "than" || x == "unless" || x == "whether" || x == "so" || x == "then" ||
          IsAuxiliaryOrModal(x))
        break;  // a clause of its own begins: "tweeted after Clinton argued"
      if (!tv.IsCap(k) && !tv.Has(k, lx::kDeterminer | lx::kInnerPrep | lx::kTime) && k + 1 < te &&
          !tv.Has(k + 1, lx::kVerbSpeech) && (tv.Lower(k).ends_with("ed") || IsAuxiliaryOrModal(tv.Lower(k))))
        break;  // another verb: a clause of its own
    }
    if (relative) return true;
  }
  // After a possessive a cue word is a noun: "the inspector general's
  // report issued …", "the officials' statement", "their claims". Not a
  // past form nor a gerund: "Trump's said", "He's told", "she's saying"
  // contract "has" and "is".
  // (A noun with its content clause still reports: "Trump's claims that
  // his net worth exceeds …".)
  // The possessive may stand before a name the noun is compounded with
  // ("China's South China Sea claims, which …"), when what follows shows
  // a noun (a mark, "which", "of", a plural verb): "Russia's Defense
  // Ministry says a new proposal …" is a subject and its verb.
  int owner = i - 1;
  while (owner > tb && i - owner <= 4 && tv.IsWord(owner) && tv.IsCap(owner) && !tv.IsPossessive(owner)) --owner;
  const bool noun_after = i + 1 >= te || tv.IsPunct(i + 1) || tv.Is(i + 1, "which") || tv.Is(i + 1, "of") ||
                          tv.Is(i + 1, "are") || tv.Is(i + 1, "were") || tv.Is(i + 1, "have");
  if (owner < i - 1 && !(owner >= tb && tv.IsPossessive(owner) && noun_after)) owner = i - 1;
  if (i > tb && !(i + 1 < te && tv.Is(i + 1, "that")) && !lw.ends_with("ed") && !lw.ends_with("ing") &&
      lw != "said" && lw != "told" && lw != "wrote" && lw != "spoke" && lw != "sang" && lw != "thought" &&
      (tv.IsPossessive(owner) || speaker_words::SplitPossessiveMark(tv, owner) || tv.Is(owner, "his") ||
       tv.Is(owner, "their") || tv.Is(owner, "its") || tv.Is(owner, "our") || tv.Is(owner, "my") ||
       tv.Is(owner, "your")))
    return true;
  // A plural counted by a number or a quantifier is a noun: "killed five
  // Dallas police officers", "two reports", "several claims" (up to three
  // modifiers between). Not a number that a capitalised word names
  // ("Article 5 states", "Channel 4 reports": a title and its verb), nor
  // a year, nor after a capitalised word ("Five years later Voss says":
  // the name is the subject).
  if (lw.size() > 3 && lw.back() == 's' && !lw.ends_with("'s") && i > tb && !tv.IsCap(i - 1)) {
    static constexpr std::string_view kCounts[] = {"two",    "three", "four",    "five",    "six",     "seven",
                                                   "eight",  "nine",  "ten",     "eleven",  "twelve",  "twenty",
                                                   "dozen",  "dozens", "hundreds", "thousands", "several", "many",
                                                   "few",    "numerous", "multiple"};
    for (int k = i - 1; k >= tb && i - k <= 4; --k) {
      const std::string_view t = tv.Text(k);
      const bool year = t.size() == 4 && (t.starts_with("19") || t.starts_with("20"));
      bool count = speaker_words::IsNumberToken(tv, k) && !year && !(k > tb && tv.IsWord(k - 1) && tv.IsCap(k - 1));
      for (std::string_view c : kCounts) count = count || tv.Lower(k) == c;
      if (count) return true;
      if (!tv.IsWord(k) || tv.Has(k, lx::kPronoun | lx::kVerbAny | lx::kDeterminer)) break;
    }
  }
  // "adds to the drama", "added to the confusion": to contribute, not to
  // say more ("he added to reporters" is rare and stays a cue when no
  // article follows).
  if ((lw == "add" || lw == "adds" || lw == "added" || lw == "adding") && i + 2 < te && tv.Is(i + 1, "to") &&
      (tv.Is(i + 2, "the") || tv.Is(i + 2, "a") || tv.Is(i + 2, "an") || tv.Is(i + 2, "its") ||
       tv.Is(i + 2, "their") || tv.Is(i + 2, "his") || tv.Is(i + 2, "her")))
    return true;
  // A modal perfect ("if he would have told her", "she could have said
  // no", "must never have asked") speaks of what was not, or may not have
  // been, said: no report.
  {
    int h = i - 1;
    while (h > tb && (tv.Is(h, "never") || tv.Is(h, "not") || tv.Is(h, "ever") || tv.Is(h, "also"))) --h;
    int m = h - 1;
    while (m > tb && (tv.Is(m, "never") || tv.Is(m, "not") || tv.Is(m, "n't"))) --m;
    if (h > tb && tv.Is(h, "have") && m >= tb &&
        (tv.Is(m, "would") || tv.Is(m, "could") || tv.Is(m, "might") || tv.Is(m, "should") || tv.Is(m, "must") ||
         tv.Is(m, "may") || tv.Is(m, "wouldn't") || tv.Is(m, "couldn't") || tv.Is(m, "shouldn't")))
      return true;
  }
  return false;
}

}  // namespace crosscheck::cue_frames
