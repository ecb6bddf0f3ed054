// The reported clause of a verb cue, read after its speaker is known.
//
// The clause is what follows the verb ("said [that] …", skipping a hearer
// after "told" and a ", citing Y," aside), or, when the speaker phrase
// stands after a comma and no "that" follows ("…, a Ukrainian official said
// Friday"), what precedes it. A hearer or topic right after the cue ("to" +
// a noun phrase, "of") leaves nothing reported on the right unless a quote
// follows within the sentence. A cue inside a dash-fenced aside reports
// only up to the closing dash. FindCues later ends every clause where the
// next cue starts.
#include "recognize/quote/reported_clause.h"

#include <string_view>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/speaker_phrase.h"

namespace crosscheck::reported_clause {

namespace lx = quote_lexicon;

void Read(const TokenView& tv, int tb, int te, int body_e, lx::VerbKind kind, bool frame_verb,
          const std::vector<Entity>& entities, Cue* cue) {
  using cue_frames::IsDash;
  using cue_frames::SkipHearer;
  using cue_frames::TrimClause;
  Cue& c = *cue;
  const int i = c.cue_b;
  const std::string_view lw = c.cue;
  int a = c.inverted ? c.last : i + 1;
  while (a < te && (tv.Has(a, lx::kTime) || tv.Has(a, lx::kVerbAdverb))) ++a;
  if (lw == "quoted") a += 2;  // "quoted as saying"
  if (kind == lx::VerbKind::kTold) a = SkipHearer(tv, a, te);
  if (a + 1 < te && tv.Is(a, ",") && tv.Is(a + 1, "citing")) {
    c.cited = ParseRightSpeaker(tv, a + 2, te, entities);
    if (c.cited.ok()) a = c.cited.e;
  } else if (a < te && tv.Is(a, "citing")) {
    c.cited = ParseRightSpeaker(tv, a + 1, te, entities);
    if (c.cited.ok()) a = c.cited.e;
  }
  // "“…,” Sanders said, according to CNN." / "Conason writes in his
  // book, according to the Times.": the words are the speaker's, and an
  // outlet or document reported them. Read up to eight tokens past the
  // cue, not across a quote mark or into a reported clause ("that").
  for (int k = c.last; k + 2 < te && k < c.last + 9; ++k) {
    if (tv.IsQuoteMark(k) || tv.Is(k, "that") || (tv.IsPunct(k) && !tv.Is(k, ","))) break;
    if (!tv.Is(k, "according") || !tv.Is(k + 1, "to")) continue;
    if (k > c.last && !tv.Is(k - 1, ",") && !tv.IsWord(k - 1)) break;
    SpeakerPhrase via = ParseRightSpeaker(tv, k + 2, te, entities);
    if (via.ok() && via.kind != SpeakerKind::kPronoun) c.via = std::move(via);
    break;
  }
  bool that_follows = false;
  for (int k = c.last; k < te && k < c.last + 10; ++k) {
    if (tv.Is(k, "that")) { that_follows = true; if (k >= a) a = k + 1; break; }
    if (tv.IsQuoteMark(k) || (tv.IsPunct(k) && !tv.Is(k, ","))) break;
  }
  // "to" + a noun phrase or "of" right after the cue names the hearer or
  // the topic ("proclaimed to a cheering crowd", "said to Ms. Lee", "said
  // of the campaign"), never the words reported: with no "that" after it,
  // nothing is reported on the right. ("vowed to stand" is an infinitive,
  // and "said about 100 people …" a hedge: both still report.)
  auto opens_noun_phrase = [&](int k) {
    if (k >= te || !tv.IsWord(k)) return false;
    const std::string_view w = tv.Lower(k);
    return tv.IsCap(k) || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
           w == "their" || w == "its" || w == "our" || w == "my" || w == "your" || w == "him" || w == "them" ||
           w == "us" || w == "me" || lx::IsPluralPersonNoun(w);  // "to reporters", "to supporters"
  };
  // A verb of speaking ("spoke", "speaking") reports no clause: any of
  // "to", "with", "at", "for", "from" after it opens its hearer, topic or
  // venue ("spoke with reporters", "spoke for an hour").
  const bool speaking_prep = lx::IsSpeakingVerb(lw) && a < te &&
                             (tv.Is(a, "to") || tv.Is(a, "with") || tv.Is(a, "at") || tv.Is(a, "for") ||
                              tv.Is(a, "from"));
  // A circumstance of time or place right after the cue, with no "that"
  // after it ("testified before the panel", "spoke over boos", "the first
  // time the two men spoke since December"): nothing reported on the right
  // either (a quote after it still is: "said over the phone: “…”").
  const bool circumstance = a < te && (tv.Is(a, "before") || tv.Is(a, "over") || tv.Is(a, "since") ||
                                       tv.Is(a, "amid") || tv.Is(a, "outside") || tv.Is(a, "throughout") ||
                                       tv.Is(a, "despite") || tv.Is(a, "under"));
  bool hearer_or_topic = !that_follows && a < te &&
                         ((tv.Is(a, "to") && opens_noun_phrase(a + 1)) || tv.Is(a, "of") || speaking_prep ||
                          circumstance);
  // "said of his fiancée: “…”", "tweeted to his followers, “…”": the
  // quote after the hearer or topic is what the cue reports.
  if (hearer_or_topic)
    for (int k = a + 1; k < te && k < a + 12; ++k) {
      if (tv.IsQuoteMark(k)) {
        a = k;
        hearer_or_topic = false;
        break;
      }
      if (tv.IsPunct(k) && !tv.Is(k, ",") && !tv.Is(k, ":")) break;
    }
  // A question reported after its hearer starts at "if" / "whether"
  // ("asked Mook if the administration would …"): the hearer is no part
  // of it. Only verbs of asking, whose object is the person asked.
  if (!that_follows && lx::IsAskingVerb(lw))
    for (int k = a; k < te && k < a + 5; ++k) {
      if (tv.Is(k, "if") || tv.Is(k, "whether")) { a = k; break; }
      if (!tv.IsWord(k)) break;
    }
  bool fronted = c.first - 1 > tb && (tv.Is(c.first - 1, ",") || tv.IsQuoteMark(c.first - 1) ||
                                       IsDash(tv, c.first - 1));
  // After the cue: the end, a comma or a circumstance ("in a video", "on
  // Telegram") leave nothing reported on the right.
  bool nothing_right = a >= body_e || (tv.IsPunct(a) && !tv.Is(a, ":") && !tv.IsQuoteMark(a)) ||
                       tv.Is(a, "in") || tv.Is(a, "on") || tv.Is(a, "at") || tv.Is(a, "via") ||
                       tv.Is(a, "during") || tv.Is(a, "after") || tv.Is(a, "while") || tv.Is(a, "as") ||
                       tv.Is(a, "when") || tv.Is(a, "adding") || tv.Is(a, "citing") || tv.Is(a, "according") ||
                       hearer_or_topic;
  bool aside = fronted && tv.Is(c.first - 1, ",") && a < te && tv.Is(a, ",");
  if (aside && !that_follows) {
    // "The fighters, Volyna says, are outnumbered": the whole sentence.
    c.clause_b = tb;
    c.clause_e = body_e;
  } else if ((c.inverted && c.cue != "according to") || (fronted && !that_follows && nothing_right)) {
    c.clause_b = tb;
    c.clause_e = c.first;
  } else if (hearer_or_topic) {
    c.clause_b = c.clause_e = a;
  } else {
    c.clause_b = a;
    c.clause_e = body_e;
    // Inside a dash-fenced aside the clause ends at the closing dash.
    bool dash_before = false;
    for (int k = tb; k < c.first; ++k) dash_before |= IsDash(tv, k);
    if (dash_before)
      for (int k = a; k < body_e; ++k)
        if (IsDash(tv, k)) { c.clause_e = k; break; }
  }
  TrimClause(tv, &c);
  if (frame_verb) c.clause_b = c.clause_e = c.last;  // it frames the quote, reports nothing else
  {
    // Unquoted words fronted before "X said" report something only as a
    // clause: "Last week, LePage spoke", "On Monday, she said" front a
    // circumstance.
    int words = 0;
    bool marks = false;
    for (int k = c.clause_b; k < c.clause_e; ++k) {
      words += tv.IsWord(k);
      marks |= tv.IsQuoteMark(k);
    }
    const bool fronted_clause = c.clause_b == tb && c.clause_e <= c.first && c.clause_e > c.clause_b;
    if (fronted_clause && !marks && words < 3) c.clause_e = c.clause_b;
    // A cue that names its hearer or topic reports a fronted clause only
    // when quoted words are in it ("Guns are “a crisis,” Dean proclaimed
    // to the crowd"), not an apposition or a circumstance ("An
    // enthusiastic supporter, Lee spoke of the economy").
    if (hearer_or_topic && fronted_clause && !marks) c.clause_e = c.clause_b;
  }
  if (kind == lx::VerbKind::kTold) {  // "told BBC Radio 4’s Today programme."
    int words = 0;
    for (int k = c.clause_b; k < c.clause_e; ++k) words += tv.IsWord(k);
    if (words < 3) c.clause_e = c.clause_b;
  }
}

}  // namespace crosscheck::reported_clause
