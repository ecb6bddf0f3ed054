// Growing a speaker phrase from one head token (contract in speaker_grow.h).
#include "recognize/quote/speaker_grow.h"

#include <string_view>

#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck::speaker_words {

namespace lx = quote_lexicon;

bool IsPossessivePronoun(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "your";
}

int ExtendLeft(const TokenView& tv, int h, int floor) {
  int b = h;
  int mods = 0;
  int i = h - 1;
  while (i >= floor && h - i < 16) {
    std::string_view lw = tv.Lower(i);
    if (GluedHyphen(tv, i) && i - 1 >= floor) { b = --i; --i; continue; }  // "vice-presidential", "look-alike"
    if (SplitPossessiveMark(tv, i) && i - 1 >= floor && IsNameToken(tv, i - 1)) {  // "Sanders’ campaign manager"
      b = i - 1;
      i -= 2;
      continue;
    }
    // A number after a determiner is a modifier: "a 2008 campaign aide".
    if (IsNumberToken(tv, i) && i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer)) { b = i--; continue; }
    if (!tv.IsWord(i)) break;
    if (IsNameToken(tv, i)) { b = i--; continue; }
    if (tv.Has(i, lx::kDeterminer)) {
      b = i;
      if (tv.Text(i) == "The" && i - 1 >= floor && tv.IsWord(i - 1) && !tv.IsCap(i - 1) &&
          !tv.Has(i - 1, lx::kBoundary | lx::kDeterminer | lx::kInnerPrep)) {
        --i;
        continue;
      }
      if (i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer)) { --i; continue; }  // "a top official"
      if (i - 2 >= floor && tv.Has(i - 1, lx::kInnerPrep) &&
          (IsNameToken(tv, i - 2) || tv.Has(i - 2, lx::kRole) ||
           (!tv.IsCap(i - 2) && lx::IsPersonNoun(tv.Lower(i - 2))))) {  // "a columnist for the site"
        b = i - 2;
        i -= 3;
        continue;
      }
      // A person noun with an adjective or participle and its preposition
      // after it: "a source close to the probe", "officials familiar with
      // the talks", "people briefed on the plan".
      // (A participle may be a verb of saying: "briefed on". A person
      // noun opening the sentence is capitalised: "Sources close to".)
      const bool participle = i - 2 >= floor && tv.Lower(i - 2).ends_with("ed");
      if (i - 3 >= floor && tv.Has(i - 1, lx::kInnerPrep) && tv.IsWord(i - 2) && !tv.IsCap(i - 2) &&
          !tv.Has(i - 2, (participle ? 0 : lx::kVerbAny) | lx::kPronoun | lx::kBoundary | lx::kDeterminer |
                             lx::kInnerPrep | lx::kTime | lx::kRole) &&
          !lx::IsPersonNoun(tv.Lower(i - 2)) &&
          (tv.Has(i - 3, lx::kRole) ||
           ((!tv.IsCap(i - 3) || i - 3 == floor || tv.Has(i - 4, lx::kDeterminer)) && lx::IsPersonNoun(tv.Lower(i - 3))))) {
        b = i - 3;
        i -= 4;
        continue;
      }
      break;
    }
    if (tv.Has(i, lx::kInnerPrep)) {
      if (i - 1 >= floor && (IsNameToken(tv, i - 1) || tv.Has(i - 1, lx::kRole))) { b = i--; continue; }
      break;
    }
    if (lw == "and" || lw == "&") {
      bool names = i - 1 >= floor && IsNameToken(tv, i - 1) && IsNameToken(tv, i + 1);
      bool roles = i - 1 >= floor && tv.Has(i - 1, lx::kRole);
      if (names || roles) { b = i--; continue; }
      break;
    }
    if (tv.Has(i, lx::kPronoun) || tv.Has(i, lx::kBoundary) || tv.Has(i, lx::kVerbAny) ||
        tv.Has(i, lx::kTime))
      break;
    if (IsVerbish(lw) && !(i - 1 >= floor && tv.Has(i - 1, lx::kDeterminer))) break;
    if (!tv.Has(i, lx::kRole) && ++mods > 4) break;
    b = i--;
  }
  return b;
}

int ExtendRight(const TokenView& tv, int begin, int ceiling) {
  int e = begin;
  int mods = 0;
  bool last_ok = false;  // the last accepted token can end a phrase
  int last_ok_end = begin;
  for (int i = begin; i < ceiling && i - begin < 16; ++i) {
    std::string_view lw = tv.Lower(i);
    // "a 2008 Clinton veteran", "the 46-year-old": a number after the
    // opening determiner, a hyphen inside a word.
    // So is a number opening a hyphenated modifier further in ("the
    // recent 50-state poll", "a new 12-nation survey").
    if ((IsNumberToken(tv, i) && i == begin + 1 && tv.Has(begin, lx::kDeterminer)) || (GluedHyphen(tv, i) && i > begin) ||
        (IsNumberToken(tv, i) && i > begin + 1 && tv.Has(begin, lx::kDeterminer) && i + 1 < ceiling &&
         GluedHyphen(tv, i + 1))) {
      e = i + 1;
      last_ok = false;
      continue;
    }
    if (!tv.IsWord(i)) break;
    if (IsNameToken(tv, i) || tv.Has(i, lx::kRole) || tv.Has(i, lx::kTitle)) {
      e = i + 1;
      last_ok = true;
      last_ok_end = e;
      continue;
    }
    if (tv.Has(i, lx::kDeterminer) && (i == begin || tv.Has(i - 1, lx::kInnerPrep))) { e = i + 1; last_ok = false; continue; }
    if (IsPhrasePrep(tv, i) && last_ok && i + 1 < ceiling &&
        (tv.Has(i + 1, lx::kDeterminer) || IsNameToken(tv, i + 1))) {
      e = i + 1;
      last_ok = false;
      continue;
    }
    if ((lw == "and" || lw == "&") && last_ok && i + 1 < ceiling && HeadOk(tv, i + 1)) { e = i + 1; last_ok = false; continue; }
    // "a Wednesday editorial in The Des Moines Register", "the Monday
    // statement": a day or month right after the opening determiner and
    // before a lower-case word dates the noun.
    if (tv.Has(i, lx::kTime) && tv.IsCap(i) && i == begin + 1 && tv.Has(begin, lx::kDeterminer) && i + 1 < ceiling &&
        IsOpenNoun(tv, i + 1)) {
      e = i + 1;
      last_ok = false;
      continue;
    }
    if (tv.Has(i, lx::kPronoun) || tv.Has(i, lx::kBoundary) || tv.Has(i, lx::kVerbAny) ||
        tv.Has(i, lx::kTime) || tv.Has(i, lx::kVerbAdverb))
      break;
    // A participle is a modifier before a noun or name ("said retired
    // neurosurgeon Ben Carson"), else the phrase has ended.
    if (IsVerbish(lw) && !(i > begin && tv.Has(i - 1, lx::kDeterminer)) &&
        !(i + 1 < ceiling && (IsNameToken(tv, i + 1) || tv.Has(i + 1, lx::kRole) || IsOpenNoun(tv, i + 1))))
      break;
    // After a name it is the name's verb: "Mayor Jane Doe | thanked Tom
    // Reyes", "Donald Trump | met Megyn Kelly" (an irregular past: the
    // phrase ran on to the object's name, which became the subject).
    if (((EndsWith(lw, "ed") && lw.size() > 4) || IsIrregularPast(lw) || IsIrregularParticiple(lw)) && i > begin &&
        IsNameToken(tv, i - 1) && !tv.Has(i - 1, lx::kTitle))
      break;
    // So is a present -s form between two names: "Bivens | hopes Clinton
    // does not …", "Tom Hale | wants Reyes to …" — not a plural person noun
    // ("Trump backers Ann Lee …"; role nouns were taken above).
    if (lw.size() > 3 && lw.back() == 's' && !lw.ends_with("ss") && !tv.IsPossessive(i) && i > begin &&
        IsNameToken(tv, i - 1) && !tv.Has(i - 1, lx::kTitle) && !tv.IsPossessive(i - 1) && i + 1 < ceiling &&
        IsNameToken(tv, i + 1) && !lx::IsPluralPersonNoun(lw))
      break;
    // After a lowercase role noun heading a determiner's phrase too: "The
    // Vermont senator | emailed supporters", "the spokeswoman | wrote" (a
    // title before a name is followed by the name, not by a verb form).
    if (((EndsWith(lw, "ed") && lw.size() > 4) || IsIrregularPast(lw)) && i > begin + 1 && !tv.IsCap(i - 1) &&
        tv.Has(i - 1, lx::kRole) && tv.Has(begin, lx::kDeterminer))
      break;
    if (++mods > 4) break;
    e = i + 1;
    // "an assessment from X", "a statement by X": the document's source
    // follows; "a Democratic strategist", "the email": any noun after an
    // opening determiner may be the head (ClassifyChunk decides).
    // Not after a head noun: "the central bank | held rates".
    const bool after_head = i > begin && !tv.IsPossessive(i - 1) && !tv.IsCap(i - 1) &&
                            (tv.Has(i - 1, lx::kRole) || IsOpenNoun(tv, i - 1));
    // An estimate noun heads the phrase when its author follows ("a count
    // by The Associated Press").
    last_ok = IsDocumentNoun(lw) || (tv.Has(i, lx::kEstimate) && i + 1 < ceiling && tv.Is(i + 1, "by")) ||
              (tv.Has(begin, lx::kDeterminer) && !after_head && IsOpenNoun(tv, i));
    if (last_ok) last_ok_end = e;
  }
  (void)e;
  return last_ok_end;
}

}  // namespace crosscheck::speaker_words
