// Finding cues in a sentence, left to right, in one pass over its tokens.
//
// A cue is a speech or report verb from the lexicon, "according to", or
// "by <possessive> … estimate/count/tally". For a verb the speaker is looked
// for on the right first when the verb follows a comma, a colon or a quote
// mark (inversion: "…,” said the official"), then on the left, after
// skipping auxiliaries, adverbs and day words ("has also said", "said
// Friday") and a comma-fenced adverb (", meanwhile,"). A gerund with no
// subject ("…, adding: …", "…, saying …") borrows the speaker of the cue
// before it in the sentence.
//
// The reported clause of a verb cue is read by reported_clause.cc once the
// speaker is known; every clause ends where the next cue starts (the last
// step here). After the verb scan come the cues with no verb of their own
// (cue_layouts.cc).
#include "recognize/quote/cues.h"

#include <algorithm>

#include "recognize/entity/word_senses.h"
#include "recognize/quote/cue_frames.h"
#include "recognize/quote/cue_layouts.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/reported_clause.h"

namespace crosscheck {

namespace lx = quote_lexicon;


namespace {

// Cue words that are also plural nouns ("the states", "his claims").
bool IsPluralNounCue(std::string_view w) {
  static constexpr std::string_view kWords[] = {"states",  "claims",  "reports", "notes",   "comments",
                                                "remarks", "tweets",  "posts",   "replies", "answers",
                                                "estimates", "quotes", "warnings", "statements"};
  for (std::string_view n : kWords)
    if (n == w) return true;
  return false;
}


// `span` lies inside a name of more than one word (entities sorted by start).
bool InsideName(const std::vector<Entity>& entities, Span span) {
  auto it = std::upper_bound(entities.begin(), entities.end(), span.start,
                             [](uint32_t pos, const Entity& e) { return pos < e.span.start; });
  while (it != entities.begin()) {
    --it;
    if (it->span.start < span.start && it->span.end >= span.end) return true;
    if (span.start - it->span.start > 200) break;  // names are short
  }
  return false;
}

// An exchange or a gathering that goes on but never speaks ("“…,” the
// discussions continued"), singular or plural.
bool IsExchangeNoun(std::string_view w) {
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) w.remove_suffix(1);
  static constexpr std::string_view kNouns[] = {
      "discussion", "talk",    "negotiation", "debate",  "conversation", "exchange", "dialogue",
      "meeting",    "hearing", "session",     "summit",  "conference",   "rally",    "deliberation",
      "proceeding", "trial",   "event",       "ceremony", "game",        "match",    "vote"};
  for (std::string_view n : kNouns)
    if (n == w) return true;
  return false;
}

}  // namespace

// Nouns of saying that name their source after "from" or "by" and their
// content after "that" ("warnings from the administration that …").
bool IsSayingNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "warning",   "warnings",   "claim",    "claims",    "assurance", "assurances", "criticism",
      "complaint", "complaints", "accusation", "accusations", "insistence", "admission", "denial",
      "denials",   "promise",    "promises", "pledge",    "pledges",   "threat",     "threats",
      "suggestion", "suggestions", "argument", "arguments", "allegation", "allegations"};
  for (std::string_view n : kNouns)
    if (n == w) return true;
  return false;
}

std::vector<Cue> FindCues(const TokenView& tv, int s, const std::vector<Entity>& entities) {
  using cue_frames::IsDash;
  using cue_frames::QuoteTouches;
  using cue_frames::NearMark;
  using cue_frames::MarkBefore;
  using cue_frames::IsGerund;
  using cue_frames::IsAuxiliaryOrModal;
  using cue_frames::IsBe;
  using cue_frames::IsLyAdverb;
  using cue_frames::NoReportAt;
  using cue_frames::SubjectBeforeAside;
  using cue_frames::AllCaps;
  using cue_frames::AfterSpeechQuote;
  using cue_frames::PastVerbShape;
  using cue_frames::FrameVerbEnds;
  using cue_frames::TrimClause;
  std::vector<Cue> out;
  const int tb = tv.SentenceBegin(s), te = tv.SentenceEnd(s);
  int body_e = te;
  while (body_e > tb && tv.IsPunct(body_e - 1) && !tv.IsQuoteMark(body_e - 1)) --body_e;
  // Open speech verbs are looked up only in sentences with a quote mark in
  // or next to them.
  const std::span<const int> near = tv.QuoteMarksIn(std::max(0, tb - 10), std::min(tv.size(), te + 2));
  const std::vector<int> marks(near.begin(), near.end());  // quote marks in and around the sentence
  for (int i = tb; i < te; ++i) {
    if (!tv.IsWord(i)) continue;
    std::string_view lw = tv.Lower(i);
    // "Despite warnings from the Obama administration that the bill was
    // “badly misguided,” …": a noun of saying, "from" or "by" its source
    // and a "that" clause; the source says the clause.
    if (i + 3 < te && (tv.Is(i + 1, "from") || tv.Is(i + 1, "by")) && IsSayingNoun(lw) && !tv.InAnyQuote(i)) {
      SpeakerPhrase sp = ParseRightSpeaker(tv, i + 2, te, entities);
      if (sp.ok() && sp.kind != SpeakerKind::kPronoun && sp.e < body_e && tv.Is(sp.e, "that")) {
        Cue c;
        c.sentence = s;
        c.speaker = sp;
        c.cue_b = i;
        c.cue_e = i + 2;
        c.cue = std::string(lw);
        c.inverted = true;
        c.first = i;
        c.last = sp.e;
        c.clause_b = sp.e + 1;
        int e = sp.e + 1;
        while (e < body_e && !(tv.Is(e, ",") && !tv.InAnyQuote(e))) ++e;
        c.clause_e = e;
        out.push_back(std::move(c));
        i = sp.e;
        continue;
      }
    }
    // Most words are no cue: decide that before building a Cue (seven
    // strings and two vectors).
    if (lw != "according" && lw != "by" && !tv.Has(i, lx::kVerbAny) &&
        !(!marks.empty() && NearMark(marks, i) &&
          (lx::IsOpenSpeechVerb(lw) || (MarkBefore(marks, i) && PastVerbShape(tv, i)))))
      continue;
    // A capitalised word inside a name is part of the name, not a verb:
    // "the United States" holds no "states", "Mark Says Inc." no "says".
    if (i > tb && tv.IsCap(i) && InsideName(entities, tv.SpanOf(i))) continue;
    Cue c;
    c.sentence = s;
    if (lw == "according" && i + 1 < te && tv.Is(i + 1, "to")) {
      c.speaker = ParseRightSpeaker(tv, i + 2, te, entities);
      if (!c.speaker.ok()) continue;
      c.cue_b = i;
      c.cue_e = i + 2;
      c.cue = "according to";
      c.inverted = true;
      c.first = i;
      c.last = c.speaker.e;
      bool opens = i == tb || (i == tb + 1 && (tv.Is(tb, "but") || tv.Is(tb, "and")));
      // Fenced by commas inside the sentence ("Since last November,
      // according to Human Rights Watch, forces have killed 400"): an
      // aside, as "The fighters, Volyna says, are outnumbered"; the whole
      // sentence is reported, not just the words before it.
      // Not when the comma opens the speaker's apposition or a relative
      // clause ("according to Andy Smith, director of the survey").
      const bool apposition = c.last + 1 < body_e &&
                              (tv.Has(c.last + 1, lx::kRole | lx::kTitle) || tv.Is(c.last + 1, "a") ||
                               tv.Is(c.last + 1, "an") || tv.Is(c.last + 1, "who") || tv.Is(c.last + 1, "which"));
      const bool aside = !opens && tv.Is(i - 1, ",") && c.last < body_e && tv.Is(c.last, ",") && !apposition;
      if (opens) {
        c.clause_b = c.last;
        c.clause_e = body_e;
      } else if (aside) {
        c.clause_b = tb;
        c.clause_e = body_e;
      } else {
        c.clause_b = tb;
        c.clause_e = i;
      }
      TrimClause(tv, &c);
      out.push_back(std::move(c));
      i = out.back().last - 1;
      continue;
    }
    if (lw == "by" && i + 2 < te) {
      int p = -1, k = -1;
      for (int j = i + 1; j < te && j <= i + 7; ++j) {
        if (p < 0 && tv.IsPossessive(j)) p = j;
        if (p >= 0 && j > p && tv.Has(j, lx::kEstimate)) { k = j; break; }
        if (!tv.IsWord(j)) break;
      }
      if (p >= 0 && k >= 0) {
        c.speaker = ClassifyChunk(tv, i + 1, p + 1, entities);
        if (c.speaker.ok() && c.speaker.kind != SpeakerKind::kPronoun) {
          c.cue_b = i;
          c.cue_e = k + 1;
          c.cue = std::string(tv.Lower(k));
          c.inverted = true;
          c.first = i;
          c.last = k + 1;
          c.clause_b = tb;
          c.clause_e = body_e;
          out.push_back(std::move(c));
          i = k;
          continue;
        }
      }
    }
    lx::VerbKind kind = lx::VerbOf(tv.Classes(i));
    // A WordNet speech verb outside the closed list ("scoffed", "charged")
    // is a cue only when a quote mark touches the cue (checked below).
    const bool open_verb = kind == lx::VerbKind::kNone;
    // Any other past verb is a cue only inside the frame of a quote
    // (AfterSpeechQuote, checked once the speaker is known).
    const bool frame_verb =
        open_verb && !lx::IsOpenSpeechVerb(lw) && lw != "by" && MarkBefore(marks, i) && PastVerbShape(tv, i);
    if (open_verb && !(NearMark(marks, i) && (lx::IsOpenSpeechVerb(lw) || frame_verb))) continue;  // "by" with no estimate
    if (open_verb) kind = lx::VerbKind::kSpeech;
    if (tv.InClosedQuote(i)) continue;  // "You know what they say": words of the quote
    // A word in capitals is a headline's ("RED STATES OUTNUMBER BLUE
    // STATES"), not a verb of attribution.
    if (lw.size() >= 3 && AllCaps(tv.Text(i))) continue;
    // An open-class verb with a capital inside a sentence is a name or a
    // title ("Secretary General Jens Stoltenberg said").
    if (open_verb && i > tb && tv.IsCap(i)) continue;
    // After a determiner or a possessive it is a noun ("Clinton’s emails").
    if (open_verb && i > tb && (tv.Has(i - 1, lx::kDeterminer) || tv.IsPossessive(i - 1))) continue;
    // A base form after a determiner, with at most one modifier between,
    // is a noun too ("A new report in The Guardian cited …", "the
    // report", "a police report"); a past or -s form there is the verb
    // of a subject ("the official said", "the agency says").
    {
      const bool base = !lw.ends_with("s") && !lw.ends_with("ed") && !lw.ends_with("ing") &&
                        lw != "said" && lw != "told" && lw != "wrote" && lw != "spoke" && lw != "put" &&
                        lw != "thought" && lw != "heard" && lw != "knew" && lw != "swore" && lw != "read";
      // A capitalised modifier names a platform or an owner ("wrote in a
      // Facebook post: “…”", "From Bush's Facebook post: “…”", "a White
      // House release"): the noun still.
      // Two or three modifiers, none plural nor an adverb, likewise, for a
      // verb outside the closed lexicon ("putting it into the national RNC
      // file: “…”"; "on the trail recently say" stays a verb).
      bool det_phrase = false;
      for (int k = i - 1; base && open_verb && k > tb && k >= i - 4; --k) {
        if (k < i - 2 && (tv.Has(k, lx::kDeterminer) || tv.IsPossessive(k))) {
          det_phrase = true;
          break;
        }
        if (!tv.IsWord(k) || tv.Has(k, lx::kInnerPrep | lx::kBoundary | lx::kPronoun | lx::kVerbAny) ||
            tv.Lower(k).ends_with("s") || IsLyAdverb(tv, k, tb))
          break;
      }
      if (det_phrase) continue;
      if (base && i > tb &&
          (tv.Has(i - 1, lx::kDeterminer) ||
           (i - 1 > tb && (tv.Has(i - 2, lx::kDeterminer) || tv.IsPossessive(i - 2)) && tv.IsWord(i - 1) &&
            (!tv.IsCap(i - 1) || IsDocumentNoun(lw)) && !tv.Lower(i - 1).ends_with("s"))))
        continue;
      // A base form between a name and a role noun modifies the role
      // ("White House press secretary Josh Earnest told reporters"): no
      // cue, so "White House" is no speaker of "secretary …".
      const bool base_ss = base || (lw.ends_with("ss") && lw.size() > 3);
      if (base_ss && i > tb && i + 1 < te && tv.IsCap(i - 1) && !tv.IsCap(i) &&
          (tv.Has(i + 1, lx::kRole) || tv.Has(i + 1, lx::kTitle)))
        continue;
    }
    // "Ian Read said", "George Will wrote": a capitalised cue word between
    // a capitalised word and a lowercase one is part of a name.
    if (tv.IsCap(i) && i > tb && tv.IsCap(i - 1) && i + 1 < te && tv.IsWord(i + 1) && !tv.IsCap(i + 1)) continue;
    if (lw == "quoted" && !(i + 1 < te && tv.Is(i + 1, "as"))) continue;
    // "reported from Lviv" (a byline), "reports of shelling" (a noun).
    // A cue word that is also a plural noun is the noun after a possessive
    // with no "that" after it ("Contrary to Lazar's claims, authorities
    // say") or in a plural noun
    // phrase: a number or plural quantifier one or two words before it
    // ("the two battleground states with", "several reports", "these
    // claims"); its verb would need a singular subject ("The report
    // states that").
    if (IsPluralNounCue(lw) && i > tb) {
      // "Mr. Trump's claims that his net worth exceeds …" still report
      // what follows "that", the owner speaking.
      if (tv.IsPossessive(i - 1) && !(i + 1 < te && tv.Is(i + 1, "that"))) continue;
      auto plural_quantifier = [&](int k) {
        if (k < tb) return false;
        const std::string_view q = tv.Lower(k);
        if (!q.empty() && q[0] >= '2' && q[0] <= '9') return true;
        for (std::string_view w : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                                   "hundreds", "thousands", "many", "several", "few", "both", "all", "these", "those",
                                   "other", "various", "numerous", "multiple", "some", "such"})
          if (q == w) return true;
        return false;
      };
      if (plural_quantifier(i - 1) || (plural_quantifier(i - 2) && tv.IsWord(i - 1) && !tv.IsCap(i - 1))) continue;
      // Nor right after a preposition, or a preposition and a lower-case
      // modifier, nor after a compass adjective: the object of the
      // preposition is no verb's subject ("contests in Southern states",
      // "campaigned in swing states", "Western states"). "A poll by
      // Gallup states that …" is still the verb.
      auto preposition = [&](int k) {
        if (k < tb) return false;
        for (std::string_view w : {"in", "on", "at", "to", "for", "from", "of", "into", "across", "among", "between",
                                   "with", "throughout", "within", "by"})
          if (tv.Is(k, w)) return true;
        return false;
      };
      auto compass = [&](int k) {
        if (k < tb || !tv.IsWord(k)) return false;
        const std::string_view q = tv.Lower(k);
        return q.ends_with("ern") && (q.starts_with("north") || q.starts_with("south") || q.starts_with("east") ||
                                       q.starts_with("west") || q.starts_with("midwest"));
      };
      if (preposition(i - 1) || compass(i - 1) || (preposition(i - 2) && tv.IsWord(i - 1) && !tv.IsCap(i - 1)))
        continue;
      // Nor is it a verb before a word that opens neither a reported
      // clause nor an object: "more time on the needs of Western states
      // than on Kasich", "states and cities", "states where …".
      if (i + 1 < te && (tv.Is(i + 1, "than") || tv.Is(i + 1, "and") || tv.Is(i + 1, "or") || tv.Is(i + 1, "where") ||
                         tv.Is(i + 1, "which") || tv.Is(i + 1, "whose") || tv.Is(i + 1, "like")))
        continue;
      // ... nor before a preposition ("winning their home states in
      // upcoming contests", "states across the South", "states to watch").
      if (i + 1 < te && (tv.Is(i + 1, "in") || tv.Is(i + 1, "at") || tv.Is(i + 1, "across") || tv.Is(i + 1, "to") ||
                         tv.Is(i + 1, "into") || tv.Is(i + 1, "with") || tv.Is(i + 1, "for")))
        continue;
      // ... nor before "including" (after a comma too) or an auxiliary,
      // which a verb of saying does not take ("Republican states,
      // including Oklahoma", "the states are"; "Trump claims, without
      // evidence, that …" and "…, the Daily Caller reports." stay), nor
      // after an adjective in -al, -ic or -ive that names no role
      // ("Coastal states swing").
      if (i + 1 < te && (tv.Is(i + 1, "including") ||
                         (i + 2 < te && tv.Is(i + 1, ",") && tv.Is(i + 2, "including")) ||
                         cue_frames::IsAuxiliaryOrModal(tv.Lower(i + 1))))
        continue;
      if (i > tb && tv.IsWord(i - 1) && !tv.Has(i - 1, lx::kRole | lx::kTitle)) {
        const std::string_view adj = tv.Lower(i - 1);
        if (adj.size() > 4 && (adj.ends_with("al") || adj.ends_with("ic") || adj.ends_with("ive"))) continue;
      }
    }
    // So is any cue word that is also a plural noun before "from" or "of"
    // ("other emotional notes from people", "claims of fraud", "tweets
    // from the candidate").
    if ((kind == lx::VerbKind::kReport || IsPluralNounCue(lw)) && i + 1 < te &&
        (tv.Is(i + 1, "from") || tv.Is(i + 1, "of")))
      continue;
    // A cue word that is also a plural noun, followed by "that" and right
    // away an auxiliary or a modal, is the noun with its relative clause
    // ("Rust Belt states that have suffered", "claims that were made"): a
    // reported clause after "that" opens with its subject ("states that
    // the plant …").
    if (i + 2 < te && tv.Is(i + 1, "that") && IsPluralNounCue(lw) && cue_frames::IsAuxiliaryOrModal(tv.Lower(i + 2))) continue;
    // A participle in a reduced relative, "adds to the drama", a modal
    // perfect (not_a_cue.cc).
    if (NoReportAt(tv, tb, te, i)) continue;
    c.cue_b = i;
    c.cue_e = i + 1;
    c.cue = std::string(lw);
    // Left context: skip auxiliaries, adverbs, day words, ", meanwhile,".
    int j = i - 1;
    while (j >= tb) {
      std::string_view w = tv.Lower(j);
      // A named day after its preposition ("going to the polls on Super
      // Tuesday said", "before Black Friday said"): a time phrase too, not
      // a name "Super".
      if (j - 2 >= tb && tv.IsCap(j) && tv.Has(j, lx::kTime) && tv.IsCap(j - 1) && !tv.Has(j - 1, lx::kTime) &&
          (tv.Is(j - 2, "on") || tv.Is(j - 2, "before") || tv.Is(j - 2, "after") || tv.Is(j - 2, "since") ||
           tv.Is(j - 2, "until") || tv.Is(j - 2, "by"))) {
        j -= 3;
        continue;
      }
      if (tv.Has(j, lx::kVerbAdverb) || tv.Has(j, lx::kTime) || (lw == "quoted" && IsBe(w)) || w == "not" ||
          IsLyAdverb(tv, j, tb)) {
        --j;
        continue;
      }
      if (w == "," && j - 2 >= tb && tv.Has(j - 1, lx::kVerbAdverb) && tv.Is(j - 2, ",")) { j -= 3; continue; }
      // A phrase of time or of reply between the subject and its verb ("Trump
      // at the time said", "the ministry in response said"): no part of
      // the speaker.
      if (j - 2 >= tb && tv.Is(j - 2, "at") && (tv.Is(j - 1, "the") || tv.Is(j - 1, "that")) &&
          (w == "time" || w == "moment")) {
        j -= 3;
        continue;
      }
      if (j - 1 >= tb && tv.Is(j - 1, "in") && (w == "response" || w == "reply" || w == "turn")) {
        j -= 2;
        continue;
      }
      break;
    }
    // "Gov. John Kasich (R-OH), said": the comma after a bracketed party
    // tag closes no clause; the name before the tag speaks.
    if (j - 1 > tb && tv.Is(j, ",") && tv.Is(j - 1, ")")) {
      int o = j - 2;
      while (o > tb && j - o < 8 && !tv.Is(o, "(")) --o;
      const std::string_view tag = o + 1 < j ? tv.Text(o + 1) : std::string_view();
      const bool party = tv.Is(o, "(") && tag.size() >= 1 && (tag[0] == 'D' || tag[0] == 'R' || tag[0] == 'I') &&
                         (tag.size() == 1 || tag[1] == '-');
      if (party) --j;
    }
    bool after_break = j < tb || tv.Is(j, ",") || tv.Is(j, ":") || tv.IsQuoteMark(j) || IsDash(tv, j);
    // After a comma, an apposition on the left ("X, Ukraine's president,
    // said") wins; otherwise a phrase on the right is an inversion ("…,”
    // said X", "…, said the official").
    if (j >= tb && tv.Is(j, ",")) c.speaker = ParseLeftSpeaker(tv, j + 1, tb, entities);
    // "…, the judge said, calling it “final”": a gerund right after the
    // comma that closes a cue of its own sentence goes on with that cue's
    // speaker (the phrase before the comma is a verb, no subject).
    if (IsGerund(lw) && j > tb && tv.Is(j, ",") && !out.empty() && out.back().cue_e == j &&
        out.back().cue_b >= tb && out.back().speaker.ok()) {
      c.speaker = out.back().speaker;
      c.cited = out.back().cited;
      c.borrowed = true;
    }
    // "The mayor thanked Tom Reyes, Ada Brill and the crew, saying": before
    // a gerund the phrase ending at the comma is the object of the clause;
    // the sentence's subject speaks.
    if (c.speaker.ok() && !c.borrowed && IsGerund(lw) && c.speaker.b > tb) {
      SpeakerPhrase subj = SentenceSubject(tv, tb, te, entities);
      if (subj.ok() && subj.b < c.speaker.b) {
        c.speaker = subj;
        c.borrowed = true;
      }
    }
    if (!c.speaker.ok() && j > tb && tv.Is(j, ",") && !tv.IsQuoteMark(j - 1)) c.speaker = SubjectBeforeAside(tv, tb, j, entities);
    if (!c.speaker.ok() && kind != lx::VerbKind::kTold && after_break && !IsGerund(lw)) {
      c.speaker = ParseRightSpeaker(tv, i + 1, te, entities);
      // "…, said Clinton didn't appear concerned": a phrase followed by an
      // auxiliary or modal is the subject of the reported clause, not a
      // speaker after an inverted verb.
      if (c.speaker.ok() && c.speaker.kind != SpeakerKind::kPronoun && c.speaker.e < te && tv.IsWord(c.speaker.e)) {
        std::string_view w = tv.Lower(c.speaker.e);
        if (w.ends_with("n't")) w.remove_suffix(3);
        else if (w.ends_with("n\xE2\x80\x99" "t")) w.remove_suffix(5);
        if (IsAuxiliaryOrModal(w) || w == "wo" || w == "ca") c.speaker = SpeakerPhrase();
      }
      if (c.speaker.ok()) c.inverted = true;
    }
    if (!c.speaker.ok() && j >= tb) {
      c.speaker = ParseLeftSpeaker(tv, j + 1, tb, entities);
      // "Clinton responded … on Facebook writing, “…”", "replied to Vargas
      // saying": before a gerund, a prepositional object is the platform
      // or the hearer; the sentence's subject speaks.
      const int pb = c.speaker.ok() ? c.speaker.b - 1 : -1;
      // "…, with Senator Ann Kell telling reporters she …", "with officials
      // saying": after "with", a person or a group of people is the
      // subject of an absolute clause and speaks; a document ("with a
      // statement saying") is the vehicle of the sentence's subject.
      const bool absolute = pb > tb && tv.Is(pb, "with") &&
                            (c.speaker.kind == SpeakerKind::kPerson ||
                             (c.speaker.kind == SpeakerKind::kGroup && !IsDocumentNoun(c.speaker.head) &&
                              !IsCommunicationNoun(c.speaker.head)));
      if (IsGerund(lw) && pb > tb && !absolute &&
          (tv.Is(pb, "to") || tv.Is(pb, "on") || tv.Is(pb, "in") || tv.Is(pb, "at") || tv.Is(pb, "via") ||
           tv.Is(pb, "with"))) {
        SpeakerPhrase subj = SentenceSubject(tv, tb, te, entities);
        if (subj.ok() && subj.b < c.speaker.b) {
          c.speaker = subj;
          c.borrowed = true;
        } else if (!out.empty() && out.back().speaker.ok() && out.back().cue_b < pb) {
          // "“…,” Thiel wrote in a statement to Wired explaining …": the
          // speaker of the cue before it.
          c.speaker = out.back().speaker;
          c.cited = out.back().cited;
          c.borrowed = true;
        }
      }
    }
    // "“…,” a union spokesman who asked not to be named said.": a
    // relative clause with no punctuation between the subject and the verb,
    // the subject right after the quote it frames.
    if (!c.inverted && j > tb && !IsGerund(lw)) {
      int w = j;
      // A dot glued to the words on both sides ("pollcheck.com", "U.S.")
      // is part of a word.
      auto glued_dot = [&](int k) {
        return tv.Is(k, ".") && k > tb && k + 1 < te && tv.SpanOf(k - 1).end == tv.SpanOf(k).start &&
               tv.SpanOf(k).end == tv.SpanOf(k + 1).start;
      };
      while (w > tb && j - w < 12 && (tv.IsWord(w) || glued_dot(w)) && !tv.Is(w, "who")) --w;
      // Also when a phrase inside the clause was read as the subject
      // ("Jane Doe who lives across the street said": not "the street").
      // Or when the antecedent opens the sentence ("The lawyer who
      // represented the city said …", "Voters who backed Mr. Trump said
      // …": not "the city", not "Mr. Trump").
      int open = tb;
      while (open < w && (tv.Is(open, "but") || tv.Is(open, "and"))) ++open;
      if (w > tb && tv.Is(w, "who") && (!c.speaker.ok() || c.speaker.b > w)) {
        // "“…,” Katie Packer, who is chairman of the PAC said": a comma
        // may open the clause, the verb following with none.
        // Not an infinitive inside the clause ("Curiel, who through his
        // office declined to comment, was born …").
        const int aend = w - 1 > tb && tv.Is(w - 1, ",") && !tv.Is(i - 1, "to") ? w - 1 : w;
        SpeakerPhrase antecedent = ParseLeftSpeaker(tv, aend, tb, entities);
        if (antecedent.ok() && antecedent.kind != SpeakerKind::kPronoun &&
            (AfterSpeechQuote(tv, antecedent.b) || (antecedent.b == open && tv.IsWord(w - 1) && antecedent.e == aend)))
          c.speaker = antecedent;
      }
    }
    if (!c.speaker.ok() && IsGerund(lw) && !out.empty()) {
      c.speaker = out.back().speaker;
      c.cited = out.back().cited;
      c.borrowed = true;
    }
    bool after_comma = j >= tb && (tv.Is(j, ",") || tv.Is(j, "by") ||
                                   (tv.IsQuoteMark(j) && j - 1 >= tb && tv.Is(j - 1, ",")));
    if (!c.speaker.ok() && IsGerund(lw) && after_comma) {
      // "X earned praise …, asking, “…”": the sentence's subject speaks.
      c.speaker = SentenceSubject(tv, tb, te, entities);
      c.borrowed = c.speaker.ok();
    }
    // "The spokeswoman challenged the claim, and said he “…”": a verb of
    // saying joined by "and" or "but" to the verb of the sentence's subject
    // shares that subject.
    // (Not a verb followed by a preposition: "and spoke on condition of
    // anonymity" reports nothing.)
    // (Nor an open verb of the speech lexicon: "but has previously
    // dismissed the story, “…”" is a clause about the subject, not its
    // report.)
    if (!c.speaker.ok() && !open_verb && !frame_verb && !IsGerund(lw) && j > tb && (tv.Is(j, "and") || tv.Is(j, "but")) && i + 1 < te &&
        !tv.Has(i + 1, lx::kInnerPrep) && !tv.Is(i + 1, "on") && !tv.Is(i + 1, "to") && !tv.Is(i + 1, "with") &&
        !tv.Is(i + 1, "about") && !tv.Is(i + 1, "at") && !tv.Is(i + 1, "for") && !tv.Is(i + 1, "in") &&
        !tv.Is(i + 1, "from") && !tv.Is(i + 1, "by") && !tv.Is(i + 1, "of")) {
      SpeakerPhrase subj = SentenceSubject(tv, tb, j, entities);
      if (subj.ok() && subj.e < j) {
        c.speaker = subj;
        c.borrowed = true;
      }
    }
    if (!c.speaker.ok()) continue;
    // "“…,” the discussions continued": "continue" says a person went on
    // speaking only of a subject that speaks; an exchange or a gathering
    // ("the discussions", "the talks", "the meeting", "the debate") only
    // went on.
    if ((lw == "continued" || lw == "continues" || lw == "continue") && c.speaker.kind == SpeakerKind::kGroup &&
        c.speaker.open_head && IsExchangeNoun(c.speaker.head))
      continue;
    if (frame_verb) {
      if (c.borrowed || !AfterSpeechQuote(tv, std::min(c.speaker.b, i))) continue;
      // "“anybodybuttrump.us,” a website linked to …": an indefinite
      // organisation noun before the verb is an apposition, not a speaker.
      if (c.speaker.indefinite && !c.inverted && lx::IsOrgNoun(c.speaker.head)) continue;
      if (!FrameVerbEnds(tv, c.inverted ? c.speaker.e : i + 1, te)) continue;
    }
    const bool framed = AfterSpeechQuote(tv, std::min(c.speaker.b, i));
    if (open_verb && !frame_verb &&
        (c.borrowed || !(framed || QuoteTouches(tv, tb, std::min(c.speaker.b, i), std::max(c.speaker.e, i + 1)))))
      continue;
    // An open verb with its speaker on the right is an inversion only right
    // after the quote ("…,” scoffed Bolton"), not "dismissed the story, “…”".
    if (open_verb && !frame_verb && !framed && c.inverted &&
        !(j >= tb && (tv.IsQuoteMark(j) || (tv.Is(j, ",") && j > tb && tv.IsQuoteMark(j - 1)))))
      continue;
    // "Tom Baer released a memo titled “…”": the title of a document the
    // subject put out is the subject's words, not the document's.
    // So is a document the subject issued, described by a gerund ("Hale
    // and Pruitt issued a statement describing their meeting as …"), not
    // one in a prepositional phrase ("In a statement describing …").
    const bool issued_document = IsGerund(lw) && !c.inverted && c.speaker.b > tb + 1 &&
                                 tv.IsWord(c.speaker.b - 1) && !tv.IsCap(c.speaker.b - 1) &&
                                 !tv.Has(c.speaker.b - 1, lx::kInnerPrep | lx::kBoundary);
    if ((lw == "titled" || lw == "entitled" || lw == "headlined" || issued_document) && !c.inverted &&
        IsDocumentNoun(c.speaker.head) && c.speaker.b > tb + 1) {
      SpeakerPhrase subj = SentenceSubject(tv, tb, c.speaker.b, entities);
      if (subj.ok() &&
          (subj.kind == SpeakerKind::kPerson || subj.kind == SpeakerKind::kOrg || subj.kind == SpeakerKind::kPronoun) &&
          subj.e < c.speaker.b)
        c.speaker = subj;
    }
    if (c.borrowed) {
      c.first = c.last = i;
    } else {
      c.first = std::min(c.speaker.b, i);
      c.last = std::max(c.speaker.e, i + 1);
    }
    if (c.borrowed) c.last = i + 1;
    // "Trump said, and I quote, “…”": the writer quoting frames another's
    // words, and is no speaker.
    if (lw == "quote" && c.speaker.kind == SpeakerKind::kPronoun && (c.speaker.head == "i" || c.speaker.head == "we"))
      continue;
    if (!reported_clause::Read(tv, tb, te, body_e, kind, frame_verb, entities, &c)) continue;
    out.push_back(std::move(c));
    if (out.back().speaker.e > i && out.back().inverted) i = out.back().speaker.e - 1;
  }
  AddLayoutCues(tv, s, tb, te, body_e, marks, entities, &out);
  // A clause ends where the next cue begins.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    Cue& c = out[k];
    const Cue& n = out[k + 1];
    if (c.clause_b < n.first && c.clause_e > n.first) {
      c.clause_e = n.first;
      TrimClause(tv, &c);
      reported_clause::TrimAdjuncts(tv, &c);  // "responded with [the lawsuit Hale announced]"
    }
  }
  return out;
}

}  // namespace crosscheck
