// Word-level tests of the speaker-phrase reader (contract in speaker_words.h).
#include "recognize/quote/speaker_words.h"

#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_phrase.h"

namespace crosscheck {

namespace speaker_words {

namespace lx = quote_lexicon;

// A word that may end a speaker phrase: a name, a role noun, or a plain
// lower-case noun whose phrase has its head before a preposition ("the wife
// of one commander at the plant"); ClassifyChunk has the last word.
bool HeadCandidate(const TokenView& tv, int i) {
  if (HeadOk(tv, i)) return true;
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  return !tv.Has(i, lx::kBoundary) && !tv.Has(i, lx::kDeterminer) && !tv.Has(i, lx::kPronoun) &&
         !tv.Has(i, lx::kVerbAny);
}

// A lower-case word that can head a noun phrase outside the role lexicon
// ("email", "strategist", "narrator"): no function word, verb form,
// adverb in -ly, or participle.
bool IsOpenNoun(const TokenView& tv, int i) {
  if (!tv.IsWord(i) || tv.IsCap(i)) return false;
  if (tv.Has(i, lx::kBoundary | lx::kDeterminer | lx::kPronoun | lx::kTime | lx::kVerbAdverb | lx::kInnerPrep))
    return false;
  if (tv.Has(i, lx::kVerbAny)) return false;
  std::string_view lw = tv.StripPossessive(tv.Lower(i));
  // A WordNet speech verb's bare form is often a noun ("the email said",
  // "the document states"); its -s form is the verb ("the senator quips").
  if (lw.size() < 2 || EndsWith(lw, "ly") || IsVerbish(lw) || (EndsWith(lw, "s") && lx::IsOpenSpeechVerb(lw)))
    return false;
  for (char c : lw)
    if (c >= '0' && c <= '9') return false;
  return true;
}

// A preposition inside a speaker phrase; "by" counts after a document noun
// ("a statement by the governor").
bool IsPhrasePrep(const TokenView& tv, int i) {
  // "a statement by X", "a count by The Associated Press".
  return tv.Has(i, lx::kInnerPrep) ||
         (i > 0 && tv.Is(i, "by") && (IsDocumentNoun(tv.Lower(i - 1)) || tv.Has(i - 1, lx::kEstimate)));
}

char AddressGender(const TokenView& tv, int name_b) {
  int i = name_b - 1;
  if (i >= 0 && i < tv.size() && tv.Is(i, ".")) --i;  // "Mr" "." "Clinton"
  if (i < 0 || i >= tv.size() || !tv.IsWord(i)) return 0;
  std::string_view w = tv.Lower(i);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "mr") return 'm';
  if (w == "mrs" || w == "ms" || w == "miss") return 'f';
  return 0;
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (!((c >= 'A' && c <= 'Z') || c == '.' || c == '&')) return false;
  return true;
}

// A hyphen glued to a word on each side ("vice-presidential" when the
// tokenizer splits it): part of one word.
bool IsNumberToken(const TokenView& tv, int i) {
  const std::string_view w = tv.Text(i);
  if (w.empty() || w.size() > 12) return false;
  for (char c : w)
    if (!(c >= '0' && c <= '9')) return false;
  return true;
}

bool MonthBeforeNumber(const TokenView& tv, int i) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (i < 0 || i + 1 >= tv.size()) return false;
  const std::string_view next = tv.Text(i + 1);
  if (next.empty() || next[0] < '0' || next[0] > '9') return false;
  for (std::string_view m : kMonths)
    if (tv.Is(i, m)) return true;
  return false;
}

bool GluedHyphen(const TokenView& tv, int i) {
  return i > 0 && i + 1 < tv.size() && tv.Text(i) == "-" && (tv.IsWord(i - 1) || IsNumberToken(tv, i - 1)) &&
         tv.IsWord(i + 1) && tv.SpanOf(i - 1).end == tv.SpanOf(i).start && tv.SpanOf(i).end == tv.SpanOf(i + 1).start;
}

// The apostrophe of a plural or s-final possessive that the tokenizer split
// off ("Sanders’ campaign manager" = [Sanders] [’] [campaign] …): glued to
// a word in s, then a space and a word.
bool SplitPossessiveMark(const TokenView& tv, int i) {
  if (i <= 0 || i + 1 >= tv.size() || !tv.IsQuoteMark(i) || !tv.IsWord(i - 1) || !tv.IsWord(i + 1)) return false;
  const std::string_view m = tv.Text(i);
  if (m != "\xE2\x80\x99" && m != "'") return false;
  const std::string_view w = tv.Lower(i - 1);
  return !w.empty() && w.back() == 's' && tv.SpanOf(i - 1).end == tv.SpanOf(i).start &&
         tv.SpanOf(i).end < tv.SpanOf(i + 1).start;
}

// A party and state after a legislator's name, fenced by commas: "R-Ky.",
// "D-N.Y.", "I-Vt." (tokens [b, e)).
bool IsPartyState(const TokenView& tv, int b, int e) {
  if (e <= b || e - b > 5) return false;
  const std::string_view w = tv.Text(b);
  if (w.size() < 3 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-' || w[2] < 'A' || w[2] > 'Z')
    return false;
  for (int k = b + 1; k < e; ++k)
    if (tv.IsWord(k) ? !tv.IsCap(k) : !(tv.Text(k) == "." || tv.Text(k) == "-")) return false;
  return true;
}

bool IsIrregularParticiple(std::string_view lw) {
  static constexpr std::string_view kParticiple[] = {
      "taken",  "given",  "written", "done",   "shown",  "seen",   "known",  "chosen", "driven", "broken",
      "spoken", "stolen", "begun",   "drawn",  "grown",  "thrown", "flown",  "ridden", "hidden", "eaten",
      "fallen", "risen",  "sworn",   "torn",   "worn",   "forgotten", "frozen", "undertaken", "overseen"};
  for (std::string_view w : kParticiple)
    if (w == lw) return true;
  return false;
}

bool IsIrregularPast(std::string_view lw) {
  static constexpr std::string_view kPast[] = {
      "met",    "took",   "gave",   "made",  "sent",   "held",   "led",    "won",    "lost",   "saw",
      "brought", "thought", "felt",  "kept",  "found",  "paid",   "ran",    "began",  "knew",   "grew",
      "drew",   "threw",  "flew",   "chose", "rose",   "fell",   "stood",  "sat",    "fought", "sought",
      "bought", "caught", "taught", "heard", "became", "came",   "did",    "got",    "drove",  "wore",
      "broke",  "forgot", "shook",  "struck", "spent", "built",  "dealt",  "stole",  "woke",   "sold",
      "laid",   "wrote",  "meant",  "left",  "ate",    "swam",   "rode",   "froze",  "hid",    "bit"};
  for (std::string_view w : kPast)
    if (w == lw) return true;
  return false;
}

}  // namespace speaker_words

// Head nouns of documents that carry someone's words: "a statement from X".
bool IsDocumentNoun(std::string_view lw) {
  // Plurals that are rarely a verb after a noun: "the exit polls", "new
  // surveys" ("the ministry updates", "the campaign posts" are verbs).
  if (lw == "polls" || lw == "surveys" || lw == "studies" || lw == "statements" || lw == "memos" ||
      lw == "documents" || lw == "transcripts" || lw == "filings" || lw == "rulings" || lw == "assessments" ||
      lw == "analyses" || lw == "audits" || lw == "indictments" || lw == "lawsuits" || lw == "affidavits")
    return true;
  return lw == "statement" || lw == "report" || lw == "assessment" || lw == "release" || lw == "post" ||
         lw == "video" || lw == "message" || lw == "letter" || lw == "tweet" || lw == "announcement" ||
         lw == "update" || lw == "briefing" || lw == "bulletin" || lw == "analysis" || lw == "study" ||
         lw == "survey" || lw == "poll" || lw == "review" || lw == "audit" || lw == "estimate" || lw == "tally" ||
         lw == "census" || lw == "filing" || lw == "memo" || lw == "cable" ||
         lw == "transcript" || lw == "complaint" || lw == "indictment" || lw == "affidavit" || lw == "lawsuit" ||
         lw == "ruling" || lw == "notice" || lw == "document" ||
         lw == "article";  // "according to a new article in Politico"
}

}  // namespace crosscheck
