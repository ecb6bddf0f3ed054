// The reported clause of a verb cue, read after its speaker is known.
//
// The clause is what follows the verb ("said [that] …", skipping a hearer
// after "told" and a ", citing Y," aside), or, when the speaker phrase
// stands after a comma and no "that" follows ("…, a Ukrainian official said
// Friday"), what precedes it. A hearer or topic right after the cue ("to" +
// a noun phrase, "of") leaves nothing reported on the right unless a quote
// follows within the sentence. A cue inside a dash-fenced aside reports
// only up to the closing dash. A noun phrase object with no clause word
// ("maintains a wide lead", "praised the editor") makes the verb no cue,
// or, when it names speech ("continued his remarks") or follows a verb of
// asking, a cue that reports nothing itself. FindCues later ends every
// clause where the next cue starts.
#include "recognize/quote/reported_clause.h"

#include <string_view>

#include "core/word_table.h"
#include "recognize/entity/word_senses.h"
#include "recognize/quote/cue_frames.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck::reported_clause {

namespace lx = quote_lexicon;

namespace {

// Verbs of saying whose object is the person addressed ("warned the
// council that …", "reminded voters that …").
bool TakesHearer(std::string_view lw) {
  for (std::string_view stem : {"warn", "remind", "assur", "promis", "convinc", "persuad", "notif", "advis",
                                "urg", "show", "teach", "taught", "tell", "told", "inform", "caution", "brief"})
    if (lw.starts_with(stem)) return true;
  return false;
}
// An article, a possessive determiner or an object pronoun: a noun phrase
// (or the person) starts here.
bool OpensNounPhrase(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" ||
         w == "our" || w == "my" || w == "your" || w == "him" || w == "them" || w == "us" || w == "me";
}

// Words that make the words after a cue a clause: a subject pronoun, an
// auxiliary or modal, a past tense ("said the troops withdrew", "argued the
// policy was wrong", "maintains he knew").
bool ClauseWord(const TokenView& tv, int k) {
  static constexpr std::string_view kWords[] = {
      "he", "she", "they", "we", "i", "you", "it", "there", "is", "are", "was", "were", "be", "been",
      "will", "would", "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had",
      "do", "does", "did", "'re", "\xE2\x80\x99re", "'d", "\xE2\x80\x99" "d", "'ll",
      "\xE2\x80\x99ll", "n't", "\xE2\x80\x99t", "to", "if", "whether", "how", "why", "what", "who", "when"};
  const std::string_view w = tv.Lower(k);
  for (std::string_view c : kWords)
    if (w == c) return true;
  // A gerund after a preposition: "accused the army of shelling a convoy".
  if (k > 0 && speaker_words::EndsWith(w, "ing") && w.size() > 4 &&
      (tv.Is(k - 1, "of") || tv.Is(k - 1, "for") || tv.Is(k - 1, "by")))
    return true;
  if ((speaker_words::EndsWith(w, "ed") && w.size() > 4 && !tv.IsCap(k)) || speaker_words::IsIrregularPast(w))
    return true;
  // A present tense after its subject: "the government monitors 20,000",
  // "its polling shows Trump", "G4S works with" (not "a variety of
  // advantages over", "the party's leaders", "black voters,").
  if (tv.IsCap(k) || !IsVerbSForm(w) || k == 0 || !tv.IsWord(k - 1) || k + 1 >= tv.size()) return false;
  const std::string_view prev = tv.Lower(k - 1);
  if (tv.Has(k - 1, lx::kDeterminer) || tv.Has(k - 1, lx::kBoundary) || prev == "'s" || prev == "\xE2\x80\x99s")
    return false;
  const std::string_view next = tv.Lower(k + 1);
  return tv.IsCap(k + 1) || tv.Has(k + 1, lx::kDeterminer) || tv.Has(k + 1, lx::kPronoun) ||
         (!next.empty() && next[0] >= '0' && next[0] <= '9') || next == "that" || next == "with" ||
         next == "to" || next == "in" || next == "on" || next == "at" || next == "for" || next == "from" ||
         next == "into" || next == "about" || next == "over";
}

// What a noun phrase right after a cue is ("Clinton maintains [a commanding
// lock on the party's leadership]", "announced [his bid]", "praised [Editor
// Matthew Boyle] at a press conference", "asked [him] a question", "tweeted
// out [Trump's praise]"): a phrase opened by a determiner, a possessive, an
// object pronoun or a name, with no clause word before the first comma or
// stop.
enum class ObjectKind {
  kClause,  // not such an object: the words are what the cue reports
  kThing,   // an object that is no speech: the verb is no cue here
  kSpeech,  // the object names speech ("continued his scathing remarks"):
            // the verb is a cue that reports nothing of its own
};
ObjectKind NounPhraseObject(const TokenView& tv, int a, int te, std::string_view lw) {
  // "say" and "add" take bare clauses ("said Clinton lies"); "estimated the
  // crowd at 3,000" and "reported 40 deaths" source a figure.
  if (lw == "say" || lw == "says" || lw == "said" || lw == "saying" || lw == "add" || lw == "adds" ||
      lw == "added" || lw == "adding" || lw == "according to" || lw.starts_with("estimat"))
    return ObjectKind::kClause;
  if (a < te && (tv.Is(a, "out") || tv.Is(a, "up"))) ++a;  // "tweeted out", "brought up"
  if (a >= te || !tv.IsWord(a)) return ObjectKind::kClause;
  const std::string_view w = tv.Lower(a);
  if (!OpensNounPhrase(w) && !(tv.IsCap(a) && !tv.Has(a, lx::kPronoun))) return ObjectKind::kClause;
  bool speech = false;
  for (int k = a; k < te; ++k) {
    if (tv.IsQuoteMark(k)) return ObjectKind::kClause;  // the quote after it is what it reports
    if (tv.IsPunct(k) && !tv.Is(k, "-") && !tv.Is(k, "'") && !tv.Is(k, "\xE2\x80\x99")) break;
    const std::string_view x = tv.Lower(k);
    for (char ch : x)
      if (ch >= '0' && ch <= '9') return ObjectKind::kClause;  // "reported a 2.8 percent rate"
    if (!tv.IsWord(k)) continue;
    // "announced its intention to do …", "its plans to expand": a noun of
    // intent takes an infinitive of its own; the phrase is still a thing.
    if (tv.Is(k, "to") && k > a) {
      const std::string_view n = tv.Lower(k - 1);
      if (n == "intention" || n == "intentions" || n == "plan" || n == "plans" || n == "decision" ||
          n == "bid" || n == "intent" || n == "desire" || n == "willingness" || n == "commitment" ||
          n == "effort" || n == "efforts" || n == "attempt" || n == "readiness")
        break;
    }
    if (ClauseWord(tv, k)) return ObjectKind::kClause;
    speech = speech || (!tv.IsCap(k) && IsCommunicationNoun(x));
  }
  // "asked the candidate a question": the person asked, and the question
  // is the quote that follows.
  return speech || lx::IsAskingVerb(lw) ? ObjectKind::kSpeech : ObjectKind::kThing;
}
}  // namespace

namespace {

// A noun of a part of the calendar ("day", "night", "week"); not "time",
// which opens clauses as often ("said that time is short").
bool IsTimeNoun(std::string_view w) {
  static const WordTable kNouns = [] {
    WordTable t;
    t.Add({"day", "night", "morning", "evening", "afternoon", "week", "weekend", "month", "year", "season", "spring",
           "summer", "fall", "autumn", "winter"},
          1);
    return t;
  }();
  return kNouns.Find(w) != 0;
}

// A preposition that opens an adjunct of the cue ("at the outset", "in
// Smith's speech", "for, even though …"), never a reported clause.
bool AdjunctPreposition(std::string_view w) {
  static const WordTable kWords = [] {
    WordTable t;
    t.Add({"at", "in", "on", "for", "with", "about", "by", "from", "of", "during", "after", "before", "via", "through",
           "late", "early"},
          1);
    return t;
  }();
  return kWords.Find(w) != 0;
}

// A word that marks a clause inside a short span: a subject pronoun or a
// complementiser.
// One probe of a table (was a compare with each of the 29 words: ~30
// instructions per word of every reported clause).
bool ClauseMarker(std::string_view w) {
  static const WordTable kWords = [] {
    WordTable t;
    t.Add({"that", "who", "which", "he", "she", "they", "it", "we", "i", "there", "you", "is", "are", "was", "were",
           "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does",
           "do"},
          1);
    return t;
  }();
  return kWords.Find(w) != 0;
}

}  // namespace

// What the cue's clause may not be: a time adjunct before the words
// reported ("as The Times reported on Saturday, he has …" reports "he
// has …"; "the Times reported late Thursday." reports nothing on the
// right), a short prepositional adjunct alone ("as she said at the
// outset", "changes his aides have asked for, even though …"), or one
// adverb ("Mr. Biden said twice"). "said yes" and "said no" stay.
void TrimAdjuncts(const TokenView& tv, Cue* cue) {
  Cue& c = *cue;
  if (c.clause_e <= c.clause_b || c.clause_b <= c.cue_b) return;  // only a clause read right of the cue
  int b = c.clause_b;
  // "on Saturday," / "late Thursday": a time phrase of up to four words.
  if (AdjunctPreposition(tv.Lower(b))) {
    for (int k = b + 1; k < c.clause_e && k <= b + 4 && tv.IsWord(k); ++k) {
      if (!tv.Has(k, lx::kTime)) continue;
      int e = k + 1;
      while (e < c.clause_e && e <= b + 4 && tv.IsWord(e) && tv.Has(e, lx::kTime)) ++e;
      // Then the end, a comma, or the subject of the words reported ("said
      // on Monday the tone was cordial").
      if (e >= c.clause_e || tv.Is(e, ",") || tv.Is(e, ".") || tv.Has(e, lx::kDeterminer) ||
          tv.Has(e, lx::kPronoun)) {
        b = e;
        while (b < c.clause_e && tv.Is(b, ",")) ++b;
      }
      break;
    }
  }
  // "responded pointedly, with a smile: “…”": manner words before a colon
  // and a quote are no part of what is reported; the quote is.
  // Each comma-separated piece opens with an adverb in -ly or a
  // preposition of adjunct ("suggested taking action against the judge:
  // “…”" keeps its words).
  for (int k = b, piece = b; k < c.clause_e && k <= b + 8; ++k) {
    if (tv.IsQuoteMark(k) || ClauseMarker(tv.Lower(k))) break;
    if (k == piece) {
      const std::string_view w = tv.Lower(k);
      if (!tv.IsWord(k) || !((w.size() > 4 && w.ends_with("ly")) || AdjunctPreposition(w))) break;
    }
    if (tv.Is(k, ",")) piece = k + 1;
    if (tv.Is(k, ":")) {
      if (k > b && k + 1 < c.clause_e && tv.IsQuoteMark(k + 1)) b = k + 1;
      break;
    }
  }
  // Counted up to 7: past six words neither test below can hold, so a
  // clause that runs to the end of a long sentence is not read whole for
  // each cue (a 100 MB line's quote stage took 4.5 times as long).
  int words = 0;
  bool clause = false;
  for (int k = b; k < c.clause_e && words <= 6; ++k) {
    if (!tv.IsWord(k)) continue;
    ++words;
    clause |= ClauseMarker(tv.Lower(k));
  }
  // "about 100 people had been evacuated": a hedge before a figure opens
  // no adjunct.
  const bool figure_next = b + 1 < c.clause_e && !tv.IsWord(b + 1) && !tv.IsPunct(b + 1);
  if (words == 0 || (words <= 6 && !clause && !figure_next && AdjunctPreposition(tv.Lower(b)))) {
    c.clause_e = c.clause_b;
    return;
  }
  // "said it in the debate", "said so on Monday", "has said little about
  // the plan": a pronoun or quantity object and an adjunct (or nothing)
  // after it report nothing.
  // ("accused them of …" still reports.)
  if ((tv.Is(b, "it") || tv.Is(b, "so") || tv.Is(b, "them") || tv.Is(b, "this") || tv.Is(b, "these") ||
       tv.Is(b, "those") || tv.Is(b, "little") || tv.Is(b, "nothing") || tv.Is(b, "much")) &&
      (b + 1 >= c.clause_e || tv.IsPunct(b + 1) || (AdjunctPreposition(tv.Lower(b + 1)) && !tv.Is(b + 1, "of")))) {
    c.clause_e = c.clause_b;
    return;
  }
  if (words == 1) {
    const std::string_view w = tv.Lower(b);
    // A lone conjunction or complementiser left when the clause was cut
    // where the next cue starts ("I said when [I announced …]").
    const bool adverb = (w.size() > 4 && w.ends_with("ly")) || w == "twice" || w == "once" || w == "again" ||
                        w == "repeatedly" || w == "later" || w == "afterwards" || w == "earlier" ||
                        (tv.Has(b, lx::kBoundary) && !ClauseMarker(w));
    if (adverb) {
      c.clause_e = c.clause_b;
      return;
    }
  }
  c.clause_b = b;
}

bool Read(const TokenView& tv, int tb, int te, int body_e, lx::VerbKind kind, bool frame_verb,
          const std::vector<Entity>& entities, Cue* cue) {
  using cue_frames::IsDash;
  using cue_frames::SkipHearer;
  using cue_frames::TrimClause;
  using cue_frames::IsClosingMark;
  Cue& c = *cue;
  const int i = c.cue_b;
  const std::string_view lw = c.cue;
  int a = c.inverted ? c.last : i + 1;
  // "testified last month …": "last", "this" or "next" before a word of
  // time opens a time phrase too.
  while (a < te && (tv.Has(a, lx::kTime) || tv.Has(a, lx::kVerbAdverb) ||
                    ((tv.Is(a, "last") || tv.Is(a, "this") || tv.Is(a, "next")) && a + 1 < te &&
                     tv.Has(a + 1, lx::kTime) && !tv.IsCap(a + 1))))
    ++a;
  // "the crowd cried out, booing", "spoke up", "shot back": a particle of
  // the verb is no part of what is reported.
  if (a + 1 < te && !c.inverted && (tv.Is(a, "out") || tv.Is(a, "up") || tv.Is(a, "back")) &&
      (tv.IsPunct(a + 1) || tv.Is(a + 1, "that")))
    ++a;
  // "“…,” Lee said carefully, as the words …": an adverb of manner closing
  // the cue's clause ("-ly" before a mark) reports nothing.
  if (a + 1 < te && !c.inverted && tv.IsWord(a) && !tv.IsCap(a) && tv.Lower(a).size() > 4 &&
      tv.Lower(a).ends_with("ly") && tv.IsPunct(a + 1) && !tv.Is(a + 1, ":") && !tv.IsQuoteMark(a + 1))
    ++a;
  // "said on Thursday he …": a day after "on" is a time phrase too, and
  // the words after it are what is reported.
  if (a + 2 < te && tv.Is(a, "on") && tv.Has(a + 1, lx::kTime) && tv.IsCap(a + 1) &&
      (tv.Has(a + 2, lx::kPronoun) || tv.Is(a + 2, "that"))) {
    a += 2;
    while (a < te && tv.Has(a, lx::kTime)) ++a;
  }
  if (lw == "quoted") a += 2;  // "quoted as saying"
  if (kind == lx::VerbKind::kTold) {
    a = SkipHearer(tv, a, te);
    // "told Reuters earlier this week.", "told the paper last month the
    // union …": a time phrase after the hearer is no part of what is said.
    while (a < te && (tv.Has(a, lx::kTime) || ((tv.Is(a, "this") || tv.Is(a, "last") || tv.Is(a, "next")) &&
                                               a + 1 < te && tv.Has(a + 1, lx::kTime))))
      ++a;
  }
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
  // "announced that same day", "said that night he would …", "said this
  // week": a demonstrative before a word of time is its determiner, not a
  // complementiser, when no verb follows the time phrase ("said that time
  // is short" keeps its clause). Returns the end of the phrase, or k.
  auto time_phrase_end = [&](int k) {
    if (k + 1 >= te || !(tv.Is(k, "that") || tv.Is(k, "this"))) return k;
    int e = k + 1;
    if (tv.Is(e, "same") || tv.Is(e, "very")) ++e;
    if (e >= te || tv.IsCap(e) || !IsTimeNoun(tv.Lower(e))) return k;
    ++e;
    if (e < te && tv.IsWord(e) && !tv.IsCap(e) && !tv.Has(e, lx::kPronoun | lx::kInnerPrep | lx::kDeterminer) &&
        !tv.Is(e, "that"))
      return k;
    return e;
  };
  // "announced that same day, as noted": after the time phrase and its
  // comma, nothing on the right (a quote after it still is reported).
  bool time_then_comma = false;
  if (a < te && time_phrase_end(a) > a) {
    a = time_phrase_end(a);
    time_then_comma = a + 1 < te && tv.Is(a, ",");
  }
  bool that_follows = false;
  int that_limit = c.last + 10;  // a title read past does not count
  for (int k = c.last; k < te && k < that_limit; ++k) {
    // "said on NBC's ''Meet the Press'' on Sunday that …": a short title
    // in quotes (a capital first, six words or fewer, closed) is read past.
    // (Two apostrophes, as some wires write a quote mark, are two tokens.)
    if (tv.IsQuoteMark(k) && !IsClosingMark(tv, k)) {
      int o = k;
      while (o + 1 < te && o - k < 2 && tv.IsQuoteMark(o + 1)) ++o;
      if (o + 2 < te && tv.IsWord(o + 1) && tv.IsCap(o + 1)) {
        int m = o + 1;
        while (m < te && m - o <= 7 && !tv.IsQuoteMark(m)) ++m;
        int after = m;
        while (after < te && after - m < 2 && tv.IsQuoteMark(after)) ++after;
        if (m < te && m - o <= 7 && IsClosingMark(tv, m) && after < te && tv.IsWord(after)) {
          that_limit += after - k;
          k = after - 1;
          continue;
        }
      }
    }
    // "complained to CBS News' Charlie Rose that …": inside a hearer after
    // "to", a plural possessive's apostrophe before a name is no quote
    // mark. (Elsewhere it still ends the search: "said Sanders' arguments
    // that he's more electable are …" reports the whole clause.)
    if (speaker_words::SplitPossessiveMark(tv, k) && tv.Is(c.last, "to") && k + 1 < te && tv.IsCap(k + 1)) continue;
    if (tv.Is(k, "that") && time_phrase_end(k) > k) { k = time_phrase_end(k) - 1; continue; }
    // "on that exact subject", "of that": after a preposition "that" is a
    // determiner or a pronoun, not a complementiser.
    if (tv.Is(k, "that") && k > c.last && tv.Has(k - 1, lx::kInnerPrep | lx::kBoundary) && !tv.Is(k - 1, "and") &&
        !tv.Is(k - 1, "but") && !tv.Has(k - 1, lx::kVerbAny) && tv.IsWord(k - 1) &&
        (tv.Is(k - 1, "on") || tv.Is(k - 1, "in") || tv.Is(k - 1, "at") || tv.Is(k - 1, "of") ||
         tv.Is(k - 1, "for") || tv.Is(k - 1, "about") || tv.Is(k - 1, "with") || tv.Is(k - 1, "by") ||
         tv.Is(k - 1, "from") || tv.Is(k - 1, "to") || tv.Is(k - 1, "into") || tv.Is(k - 1, "like")))
      break;
    // "Zuckoff said that was in part because …", "He said that is a
    // distortion": "that" before a finite verb is the clause's subject, and
    // stays in it.
    if (tv.Is(k, "that") && k == a && k + 1 < te && tv.IsWord(k + 1) && !tv.IsCap(k + 1) &&
        (cue_frames::IsAuxiliaryOrModal(tv.Lower(k + 1)) || tv.Is(k + 1, "seems") || tv.Is(k + 1, "means") ||
         tv.Is(k + 1, "sounds") || tv.Is(k + 1, "makes") || tv.Is(k + 1, "has") || tv.Is(k + 1, "had"))) {
      that_follows = true;
      if (k >= a) a = k;
      break;
    }
    // "announced a merger that would create …": "that" after an object
    // the cue's article opens is a relative pronoun; the object is what
    // is reported. Verbs whose object is a hearer ("warned the council
    // that …", "assured voters that …") keep "that" as a complementiser.
    if (tv.Is(k, "that") && k > a + 1 && tv.Has(a, lx::kDeterminer) && kind != lx::VerbKind::kTold &&
        !TakesHearer(lw)) {
      bool object = true;
      for (int m = a + 1; m < k && object; ++m)
        object = tv.IsWord(m) && !tv.Has(m, lx::kInnerPrep | lx::kBoundary | lx::kTime) && !tv.Is(m, "on");
      if (object) break;
    }
    // "cautioned me not to make that speech at Davos": "that" before a
    // bare noun and a preposition or a mark is the noun's determiner.
    // (Not before a contraction: "that it's “very sad”", "that he's".)
    if (tv.Is(k, "that") && k > a && k + 2 < te && tv.IsWord(k + 1) && !tv.IsCap(k + 1) &&
        tv.Lower(k + 1).find('\'') == std::string_view::npos &&
        tv.Lower(k + 1).find("\xE2\x80\x99") == std::string_view::npos &&
        !tv.Has(k + 1, lx::kPronoun | lx::kDeterminer | lx::kBoundary | lx::kTime) &&
        (tv.IsPunct(k + 2) || tv.Has(k + 2, lx::kInnerPrep)))
      continue;
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
    return tv.IsCap(k) || OpensNounPhrase(w) || lx::IsPluralPersonNoun(w);  // "to reporters", "to supporters"
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
                                       tv.Is(a, "despite") || tv.Is(a, "under") || tv.Is(a, "through") ||
                                       tv.Is(a, "during") || tv.Is(a, "until") || tv.Is(a, "after"));
  // "continued to trickle out", "continues to rise": "continue" with an
  // infinitive is an aspect of another verb, no speech ("he continued: “…”"
  // and "“…,” she continued" still are).
  const bool aspect = !c.inverted && a + 1 < te && (lw == "continued" || lw == "continues") && tv.Is(a, "to") &&
                      tv.IsWord(a + 1) && !tv.IsCap(a + 1) && !opens_noun_phrase(a + 1);
  // "the news they read and could not see the point", "said and left": a
  // coordinator right after the cue joins a second predicate; a reported
  // clause never opens with one (a quote after it still is reported).
  const bool coordinated = !c.inverted && a < te && (tv.Is(a, "and") || tv.Is(a, "or") || tv.Is(a, "but"));
  bool hearer_or_topic = time_then_comma || coordinated || aspect || (!that_follows && a < te &&
                         ((tv.Is(a, "to") && opens_noun_phrase(a + 1)) || tv.Is(a, "of") || speaking_prep ||
                          circumstance || lx::IsSpeakingVerb(lw) ||
                          // "asked for the interview", "asked for help": a request for a thing
                          (lx::IsAskingVerb(lw) && tv.Is(a, "for"))));
  // A noun phrase object ends before any quote (NounPhraseObject stops at
  // a quote mark): a quote after its comma belongs to the next clause.
  const ObjectKind object = !c.inverted && !that_follows && !hearer_or_topic ? NounPhraseObject(tv, a, te, lw)
                                                                               : ObjectKind::kClause;
  const bool np_object = object == ObjectKind::kThing;
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
  hearer_or_topic = hearer_or_topic || object != ObjectKind::kClause;
  // A question reported after its hearer starts at "if" / "whether" or a
  // question word ("asked Mook if the administration would …", "asked
  // Richards what impact …"): the hearer is no part of it. Only verbs of
  // asking, whose object is the person asked.
  if (!that_follows && lx::IsAskingVerb(lw))
    for (int k = a; k < te && k < a + 5; ++k) {
      if (tv.Is(k, "if") || tv.Is(k, "whether") || tv.Is(k, "what") || tv.Is(k, "how") || tv.Is(k, "why") ||
          tv.Is(k, "when") || tv.Is(k, "where") || tv.Is(k, "which")) {
        a = k;
        break;
      }
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
  // "…, as the host Steve Doocy said in April while promoting a film": an
  // "as" clause with nothing of its own on the right comments on the main
  // clause before it, which is what it reports.
  // Only after a comma, and not fronted before the main clause ("as X
  // observed, the winner was …" reports what follows its comma) nor
  // fenced by dashes ("Spicer -- as the campaign noted -- promoted …").
  const bool as_clause = c.first - 2 > tb && tv.Is(c.first - 1, "as") && tv.Is(c.first - 2, ",") &&
                         !c.inverted && !that_follows && nothing_right && !hearer_or_topic && a < te &&
                         !tv.Is(a, ",") && !IsDash(tv, a);
  // "Asked about the vote, Lee said, “We will win.”", "…, endorsed the
  // plan, saying, “We need …”": a quoted sentence of its own (a capital
  // after the opening mark) is what the cue reports; the words fronted
  // before the cue are narration, not the first half of a split clause
  // ("In his state, Lee said, “the law works”" stays whole).
  const bool own_sentence = aside && a + 2 < te && tv.IsQuoteMark(a + 1) && !IsClosingMark(tv, a + 1) &&
                            tv.IsWord(a + 2) && tv.IsCap(a + 2);
  if (as_clause) {
    c.clause_b = tb;
    c.clause_e = c.first - 1;
  } else if (aside && !that_follows && !own_sentence) {
    // "The fighters, Volyna says, are outnumbered": the whole sentence.
    c.clause_b = tb;
    c.clause_e = body_e;
  } else if (own_sentence && !that_follows) {
    c.clause_b = a;  // the quoted sentence, as after an unfronted "Lee said,"
    c.clause_e = body_e;
  } else if ((c.inverted && c.cue != "according to") || (fronted && !that_follows && nothing_right)) {
    c.clause_b = tb;
    c.clause_e = c.first;
  } else if (np_object) {
    return false;  // "maintains a lead", "praised the editor": no speech at all
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
  TrimAdjuncts(tv, &c);
  return true;
}

}  // namespace crosscheck::reported_clause
