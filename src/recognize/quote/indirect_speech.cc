// Indirect speech: every cue whose reported clause is not just a direct
// quote becomes a record with direct = false, spanning the clause
// ("Ukraine said [a few hundred civilians were also trapped there]",
// "[Some 2,000 … are holed up …], by Russia’s most recent estimate").
// A clause counts as a direct quote when all its words lie inside quotation
// regions ("X said: “…”" and "“…,” X said" report nothing more).
#include "recognize/quote/quote_internal.h"

namespace crosscheck {

namespace {
// "X will say that …", "X is going to tell them …", "X'll argue …": a
// speech still to come reports nothing yet (a direct quote after such a
// cue is kept: prepared remarks released in advance are the speaker's
// words). Only a cue written before its clause with its subject first;
// "also", "probably", "likely", "then", "not" may stand between.
bool FutureCue(const TokenView& tv, const CueSite& cue) {
  if (cue.inverted || cue.cue_b <= 0) return false;
  const int tb = tv.SentenceBegin(cue.sentence);
  int k = cue.cue_b - 1;
  auto adverb = [&](int i) {
    const std::string_view w = tv.Lower(i);
    return w == "also" || w == "probably" || w == "likely" || w == "then" || w == "not" || w == "soon" ||
           w == "certainly" || w == "surely";
  };
  while (k > tb && adverb(k)) --k;
  if (k < tb) return false;
  const std::string_view w = tv.Lower(k);
  if (w == "will" || w == "shall" || w == "wo" || w.ends_with("'ll") || w.ends_with("\xE2\x80\x99" "ll")) return true;
  // "is going to say"
  return w == "to" && k - 1 >= tb && tv.Lower(k - 1) == "going";
}
}  // namespace

std::vector<QuoteDraft> FindIndirectSpeech(const TokenView& tv, const CueTable& cues,
                                           const std::vector<QuoteDraft>& direct) {
  std::vector<QuoteDraft> out;
  out.reserve(cues.cue_count());  // at most one per cue: no regrowth on a long document
  // Token ranges inside direct quotes, for the "only quoted words" test.
  std::vector<char> quoted(tv.size(), 0);
  for (const QuoteRegion& r : tv.seg().quotes) {
    if (r.depth != 0) continue;
    for (int k = tv.TokenAtOrAfter(r.span.start); k < tv.size() && tv.SpanOf(k).end <= r.span.end; ++k) quoted[k] = 1;
  }
  (void)direct;
  for (const auto& sentence_cues : cues) {
    for (const ResolvedCue& c : sentence_cues) {
      if (c.cue.clause_e <= c.cue.clause_b || c.speaker.name.empty()) continue;
      bool outside = false;
      for (int k = c.cue.clause_b; k < c.cue.clause_e && !outside; ++k)
        outside = tv.IsWord(k) && !quoted[k];
      if (!outside) continue;
      if (FutureCue(tv, c.cue)) continue;
      QuoteDraft d;
      d.quote.direct = false;
      d.quote.span = tv.SpanOf(c.cue.clause_b, c.cue.clause_e);
      d.sentence = c.cue.sentence;
      SetSpeaker(tv, c, &d);
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace crosscheck
