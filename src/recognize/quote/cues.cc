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
// step here). After the verb scan come the cues with no verb of their own:
// a colon or a comma before a quote, naming verbs ("called it “…”"), a
// person's partial quote, "X's “…” comment", a signature line, and a
// reaction sentence before a quote.
#include "recognize/quote/cues.h"

#include <algorithm>

#include "recognize/quote/cue_frames.h"
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

// Nouns for something said, after a quote: "Romney's “47 percent” comment".
bool IsSpeechNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "comment", "comments", "remark",  "remarks", "promise", "pledge", "vow",    "claim",
      "quip",    "line",     "slogan",  "mantra",  "phrase",  "words",  "warning", "retort",
      "refrain", "catchphrase", "motto", "boast",  "jab",     "gibe",   "dig",     "tweet"};
  for (std::string_view n : kNouns)
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

// A cue with no speech verb ("X: “…”", "X's “…” comment"): `speaker` said
// the quote opening at token `mark`; kept in text order among `out`.
void InsertVerblessCue(int sentence, const SpeakerPhrase& speaker, int mark, std::vector<Cue>* out) {
  Cue c;
  c.sentence = sentence;
  c.speaker = speaker;
  c.cue_b = c.cue_e = mark;
  c.first = speaker.b;
  c.last = speaker.e;
  c.clause_b = c.clause_e = mark;
  auto at = std::find_if(out->begin(), out->end(), [&](const Cue& o) { return o.first > c.first; });
  out->insert(at, std::move(c));
}

}  // namespace

std::vector<Cue> FindCues(const TokenView& tv, int s, const std::vector<Entity>& entities) {
  using cue_frames::IsDash;
  using cue_frames::QuoteTouches;
  using cue_frames::NearMark;
  using cue_frames::MarkBefore;
  using cue_frames::IsGerund;
  using cue_frames::IsBe;
  using cue_frames::IsLyAdverb;
  using cue_frames::SubjectBeforeAside;
  using cue_frames::SkipHearer;
  using cue_frames::SpeechVerbIn;
  using cue_frames::AllCaps;
  using cue_frames::IsClosingMark;
  using cue_frames::AfterSpeechQuote;
  using cue_frames::PastVerbShape;
  using cue_frames::PresentVerbShape;
  using cue_frames::FrameVerbEnds;
  using cue_frames::AsSpeaker;
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
      if (opens) {
        c.clause_b = c.last;
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
    if (kind == lx::VerbKind::kReport && i + 1 < te && (tv.Is(i + 1, "from") || tv.Is(i + 1, "of"))) continue;
    // A cue word that is also a plural noun, followed by "that" and right
    // away an auxiliary or a modal, is the noun with its relative clause
    // ("Rust Belt states that have suffered", "claims that were made"): a
    // reported clause after "that" opens with its subject ("states that
    // the plant …").
    if (i + 2 < te && tv.Is(i + 1, "that") && IsPluralNounCue(lw) && cue_frames::IsAuxiliaryOrModal(tv.Lower(i + 2))) continue;
    c.cue_b = i;
    c.cue_e = i + 1;
    c.cue = std::string(lw);
    // Left context: skip auxiliaries, adverbs, day words, ", meanwhile,".
    int j = i - 1;
    while (j >= tb) {
      std::string_view w = tv.Lower(j);
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
    // "The mayor thanked Tom Reyes, Ada Brill and the crew, saying": before
    // a gerund the phrase ending at the comma is the object of the clause;
    // the sentence's subject speaks.
    if (c.speaker.ok() && IsGerund(lw) && c.speaker.b > tb) {
      SpeakerPhrase subj = SentenceSubject(tv, tb, te, entities);
      if (subj.ok() && subj.b < c.speaker.b) {
        c.speaker = subj;
        c.borrowed = true;
      }
    }
    if (!c.speaker.ok() && j > tb && tv.Is(j, ",") && !tv.IsQuoteMark(j - 1)) c.speaker = SubjectBeforeAside(tv, tb, j, entities);
    if (!c.speaker.ok() && kind != lx::VerbKind::kTold && after_break && !IsGerund(lw)) {
      c.speaker = ParseRightSpeaker(tv, i + 1, te, entities);
      if (c.speaker.ok()) c.inverted = true;
    }
    if (!c.speaker.ok() && j >= tb) {
      c.speaker = ParseLeftSpeaker(tv, j + 1, tb, entities);
      // "Clinton responded … on Facebook writing, “…”", "replied to Vargas
      // saying": before a gerund, a prepositional object is the platform
      // or the hearer; the sentence's subject speaks.
      const int pb = c.speaker.ok() ? c.speaker.b - 1 : -1;
      if (IsGerund(lw) && pb > tb &&
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
      if (w > tb && tv.Is(w, "who") && (!c.speaker.ok() || c.speaker.b > w)) {
        SpeakerPhrase antecedent = ParseLeftSpeaker(tv, w, tb, entities);
        if (antecedent.ok() && antecedent.kind != SpeakerKind::kPronoun && AfterSpeechQuote(tv, antecedent.b))
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
    if (!c.speaker.ok()) continue;
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
    if ((lw == "titled" || lw == "entitled" || lw == "headlined") && !c.inverted && IsDocumentNoun(c.speaker.head) &&
        c.speaker.b > tb + 1) {
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
    reported_clause::Read(tv, tb, te, body_e, kind, frame_verb, entities, &c);
    out.push_back(std::move(c));
    if (out.back().speaker.e > i && out.back().inverted) i = out.back().speaker.e - 1;
  }
  // A colon before a quote with no cue before it (the quote may open the
  // next paragraph) gives the quote to the name written right before the
  // colon ("Kasich: ‘…’" in a headline, "… surprise pollster Daron Shaw:
  // “…”", round-ups "Jane Doe, CNN: “…”" where the person before the
  // outlet speaks), else to the subject ("In typical fashion, she released
  // a jokey response: “…”", "Cruz called them on it: ¶ “…”").
  // A comma before a quote gives it to the subject when the words before
  // hold a speech verb that found no speaker of its own ("Sanders asks at
  // Western High School, “…”"; "As The Post’s Dana Milbank puts it, “…”":
  // the phrase after "as").
  for (int k = tb + 1; k < te; ++k) {
    if (k + 1 >= tv.size() || !tv.IsQuoteMark(k + 1)) continue;  // the cheap test first
    const bool colon = tv.Is(k, ":");
    if (!(colon || tv.Is(k, ","))) continue;
    if (!colon && tv.InClosedQuote(k)) continue;
    bool cue_before = false;
    int last_before = -1;  // end of the last cue before the mark
    for (const Cue& c : out)
      if (c.first < k) {
        cue_before = true;
        last_before = std::max(last_before, c.last);
      }
    // "When the senator suggested that …, Rubio fired back: “…”": a cue
    // inside an opening subordinate clause leaves the colon to the main
    // clause's subject.
    int main_b = tb;  // where the main clause starts
    if (cue_before) {
      SpeakerPhrase subj = SentenceSubject(tv, tb, k, entities);
      if (!(subj.ok() && subj.b > last_before && subj.b > tb && tv.Is(subj.b - 1, ","))) continue;
      main_b = subj.b;
    }
    Cue c;
    c.sentence = s;
    if (!colon) {
      int v = SpeechVerbIn(tv, main_b, k);
      // "He concluded, “…”", "Allen finally relented, “…”", "Hillary shot
      // back, “…”", "He went on, “…”": a subject, a past verb (and a particle) with nothing
      // after it, the comma and the quote.
      int vk = k - 1;
      if (vk - 1 > tb && (tv.Is(vk, "back") || tv.Is(vk, "out") || tv.Is(vk, "up") || tv.Is(vk, "in") ||
                          tv.Is(vk, "on")))  // "He went on, “…”"
        --vk;
      if (v < 0 && vk > tb && (PastVerbShape(tv, vk) || PresentVerbShape(tv, vk))) {
        SpeakerPhrase subj = SentenceSubject(tv, tb, k, entities);
        int after = subj.e;
        while (subj.ok() && after < vk && (tv.Has(after, lx::kVerbAdverb) || IsLyAdverb(tv, after, tb))) ++after;
        if (subj.ok() && after == vk) v = vk;
      }
      // "Trump issued a statement, “…”": a document the subject put out,
      // then the comma and its words; the subject speaks.
      if (v < 0 && vk == k - 1 && k - 2 > tb && IsDocumentNoun(tv.Lower(k - 1)) &&
          (tv.Has(k - 2, lx::kDeterminer) || tv.IsPossessive(k - 2))) {
        SpeakerPhrase subj = SentenceSubject(tv, tb, k, entities);
        if (subj.ok() &&
            (subj.kind == SpeakerKind::kPerson || subj.kind == SpeakerKind::kOrg || subj.kind == SpeakerKind::kPronoun) &&
            subj.e < k - 2)
          v = k - 1;
      }
      if (v < 0) continue;
      // The verb of a relative clause: a later speech verb is the main
      // clause's ("a White House official who spoke anonymously … said
      // Wednesday, “…”"); else after ", who" the antecedent speaks ("Cruz
      // scored an endorsement from Mike Lee, who declared …, “…”"), not
      // the sentence's subject.
      SpeakerPhrase antecedent;
      if (v - 1 >= tb && (tv.Is(v - 1, "who") || tv.Is(v - 1, "which"))) {
        const int later = SpeechVerbIn(tv, v + 1, k);
        if (later >= 0 && !tv.Is(later - 1, "who") && !tv.Is(later - 1, "which")) {
          v = later;
        } else if (v - 2 > tb && tv.Is(v - 2, ",")) {
          antecedent = ParseLeftSpeaker(tv, v - 2, tb, entities);
          if (!antecedent.ok() || antecedent.kind == SpeakerKind::kPronoun) continue;
        }
      }
      if (antecedent.ok()) {
        c.speaker = antecedent;
      } else {
        c.speaker = AsSpeaker(tv, tb, v, entities);
        if (!c.speaker.ok()) c.speaker = SentenceSubject(tv, tb, k, entities);
      }
    } else {
      SpeakerPhrase left = ParseLeftSpeaker(tv, k, tb, entities);
      // "As John Cornyn, the No. 2 in the leadership, put it: “…”".
      const int v = SpeechVerbIn(tv, tb, k);
      if (v >= 0) {
        SpeakerPhrase as = AsSpeaker(tv, tb, v, entities);
        if (as.ok()) left = as;
      }
      // A headline "Gillibrand on Hillary Releasing Her Transcripts: ‘…’":
      // the name before "on" speaks, not the topic after it.
      for (int o = tb + 1; o + 1 < k; ++o) {
        if (!tv.Is(o, "on")) continue;
        SpeakerPhrase topic_of = ParseLeftSpeaker(tv, o, tb, entities);
        if (topic_of.ok() && topic_of.b == tb &&
            (topic_of.kind == SpeakerKind::kPerson || topic_of.kind == SpeakerKind::kOrg))
          left = topic_of;
        break;
      }
      // A headline "Trump Addresses Munich Attack: ‘…’": the name before
      // its capitalised verb speaks, not the whole headline.
      for (int w = left.ok() ? left.b + 1 : k; w < k && w <= left.b + 3; ++w) {
        if (!tv.IsCap(w) || !tv.IsWord(w)) break;
        const std::string_view lw = tv.Lower(w);
        if (!(lw.ends_with("s") || lw.ends_with("ed")) ||
            !(tv.Has(w, lx::kVerbAny) || lx::IsOpenSpeechVerb(lw)))
          continue;
        SpeakerPhrase head = ClassifyChunk(tv, left.b, w, entities);
        if (head.ok() && (head.kind == SpeakerKind::kPerson || head.kind == SpeakerKind::kOrg)) left = head;
        break;
      }
      // A headline in capitals before the colon ("THE TIDE TURNS: “…”") is
      // no speaker unless the tagger names it: words in capitals say
      // nothing about names, and a newsletter's headlines are not sources.
      auto caps_headline = [&](const SpeakerPhrase& p) {
        if (!p.ok() || p.entity >= 0 || p.e - p.b < 2) return false;
        for (int w = p.b; w < p.e; ++w)
          if (tv.IsWord(w) && !(tv.Text(w).size() >= 2 && AllCaps(tv.Text(w)))) return false;
        return true;
      };
      if (caps_headline(left)) left = SpeakerPhrase();
      if (left.ok() && left.kind == SpeakerKind::kOrg && left.b - 1 > tb && tv.Is(left.b - 1, ",")) {
        SpeakerPhrase person = ParseLeftSpeaker(tv, left.b - 1, tb, entities);
        if (person.ok() && person.kind == SpeakerKind::kPerson) left = person;  // "Name, Outlet:"
      }
      // "released the following statement:": the document is no speaker;
      // whoever released it is (the subject). Nor is a name after "to",
      // "on", "via", "in", "with" or "at": the platform or venue of the
      // subject's words ("Trump took to Twitter: “…”", "she said in an
      // interview with CNN: “…”").
      const bool venue = left.ok() && left.b > tb &&
                         (tv.Is(left.b - 1, "to") || tv.Is(left.b - 1, "on") || tv.Is(left.b - 1, "via") ||
                          tv.Is(left.b - 1, "in") || tv.Is(left.b - 1, "with") || tv.Is(left.b - 1, "at"));
      const bool named = left.ok() && (left.kind == SpeakerKind::kPerson || left.kind == SpeakerKind::kOrg) &&
                         !venue &&
                         !(IsDocumentNoun(left.head) && left.b > tb && !tv.Has(left.b - 1, lx::kInnerPrep));
      c.speaker = named ? left : SentenceSubject(tv, tb, k, entities);
      if (caps_headline(c.speaker)) c.speaker = SpeakerPhrase();
      // "His response: “…”", "Her answer: “…”": the owner of the words,
      // read as the pronoun it stands for.
      if (!named && k == tb + 2) {
        const std::string_view owner = tv.Lower(tb), noun = tv.Lower(tb + 1);
        const char* as = owner == "his" ? "he" : owner == "her" ? "she" : owner == "their" ? "they" : nullptr;
        if (as && (noun == "response" || noun == "reply" || noun == "answer" || noun == "retort" ||
                   noun == "reaction" || noun == "verdict" || noun == "explanation" || noun == "comment")) {
          SpeakerPhrase pr;
          pr.kind = SpeakerKind::kPronoun;
          pr.b = pr.name_b = tb;
          pr.e = pr.name_e = tb + 1;
          pr.text = pr.head = as;
          c.speaker = pr;
        }
      }
      // "Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”":
      // the subject before its comma-fenced apposition and the verb.
      if (venue && !c.speaker.ok())
        for (int j = tb + 2; j < k; ++j) {
          if (!(tv.Is(j - 1, ",") && tv.IsWord(j) && !tv.IsCap(j))) continue;
          SpeakerPhrase subj = ParseLeftSpeaker(tv, j, tb, entities);
          if (subj.ok() && subj.b == tb && subj.kind != SpeakerKind::kPronoun) c.speaker = subj;
          break;
        }
    }
    if (!c.speaker.ok()) continue;
    c.cue_b = c.cue_e = k;
    c.first = c.speaker.b;
    c.last = k + 1;
    c.clause_b = c.clause_e = k + 1;
    auto at = std::find_if(out.begin(), out.end(), [&](const Cue& o) { return o.first > k; });
    out.insert(at, std::move(c));
  }
  // "She called his executive actions “a crucial step”", "dubbed it
  // “…”": a naming verb, a short object and a quote; the subject speaks.
  for (int i = tb + 1; i < te; ++i) {
    const std::string_view lw = tv.Lower(i);
    if (lw.size() < 4 || lw.size() > 8 || (lw[0] != 'c' && lw[0] != 'd' && lw[0] != 'l' && lw[0] != 'b')) continue;
    if (lw != "called" && lw != "calls" && lw != "call" && lw != "calling" && lw != "dubbed" && lw != "labeled" &&
        lw != "labelled" && lw != "branded" && lw != "deemed")
      continue;
    int q = i + 1;
    while (q < te && q < i + 9 && tv.IsWord(q)) ++q;
    if (q >= te || q == i + 1 || !tv.IsQuoteMark(q) || tv.Is(i + 1, "for") || tv.Is(i + 1, "on")) continue;
    bool covered = false;
    for (const Cue& c : out) covered |= c.first <= i && i < std::max(c.last, c.clause_e);
    if (covered) continue;
    int j = i - 1;
    while (j >= tb && (tv.Has(j, lx::kVerbAdverb) || tv.Has(j, lx::kTime))) --j;
    if (j < tb) continue;
    Cue c;
    c.sentence = s;
    c.speaker = ParseLeftSpeaker(tv, j + 1, tb, entities);
    if (!c.speaker.ok()) continue;
    c.cue_b = i;
    c.cue_e = i + 1;
    c.cue = std::string(lw);
    c.first = c.speaker.b;
    c.last = i + 1;
    c.clause_b = q;
    c.clause_e = te;
    auto at = std::find_if(out.begin(), out.end(), [&](const Cue& o) { return o.first > c.first; });
    out.insert(at, std::move(c));
  }
  // A quote inside a clause whose subject is a person and that has no cue
  // before it: the subject's words, quoted partially ("Trump blasted Disney
  // for its “outrageous practices”", "Gibbs derided “the professional
  // left”", "Kasich has called for “boots on the ground”"). Only after a
  // lowercase word, so a title after a name ("“Mean Girls” star") or a
  // quote opening the sentence is not taken.
  for (int k : marks) {
    if (k < tb + 2 || k >= te) continue;
    if (IsClosingMark(tv, k) || !tv.InClosedQuote(k + 1 < te ? k + 1 : k)) continue;
    if (!tv.IsWord(k - 1) || tv.IsCap(k - 1)) break;
    bool cue_before = false;
    for (const Cue& c : out) cue_before |= c.first < k;
    if (cue_before) break;
    SpeakerPhrase subj = SentenceSubject(tv, tb, k, entities);
    const bool he_she = subj.ok() && subj.kind == SpeakerKind::kPronoun && (tv.Is(subj.b, "he") || tv.Is(subj.b, "she"));
    // An organisation named by capitalised words speaks the same way ("The
    // Democratic National Committee released a statement offering “a deep
    // and sincere apology”"); a lowercase one ("the company") does not.
    // A lone word must be an acronym ("the DNC"): "Orlando was not far from
    // …" is a place, "PHILADELPHIA, July 25 —" a dateline.
    bool named_org = subj.ok() && subj.kind == SpeakerKind::kOrg && !subj.text.empty() && subj.text[0] >= 'A' &&
                     subj.text[0] <= 'Z';
    if (named_org) {
      size_t caps = 0, letters = 0;
      for (char ch : subj.text) {
        letters += (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        caps += ch >= 'A' && ch <= 'Z';
      }
      const bool one_word = subj.text.find(' ') == std::string::npos;
      const bool all_caps = caps == letters;
      named_org = one_word ? all_caps && letters <= 5 : !all_caps;
      // Only in a sentence with no cue at all: "The U.S. has provided “a
      // range of intelligence” …, said the official" is the official's.
      named_org = named_org && out.empty();
    }
    if (!subj.ok() || (subj.kind != SpeakerKind::kPerson && !he_she && !named_org) || tv.InClosedQuote(subj.b)) break;
    // A lone capitalised word is a name only when the tagger says so
    // ("Outside the arena, …", "Maybe …" are not people).
    if (subj.surname_only && subj.entity < 0) break;
    // Inside the subject's own apposition, or a capitalised title after a
    // determiner ("Lindsay Lohan, the “Mean Girls” star, arrived"): a name,
    // not words.
    if (k < subj.e || (tv.Has(k - 1, lx::kDeterminer) && k + 1 < te && tv.IsCap(k + 1))) break;
    bool verb_between = false;  // the subject's verb stands between it and the quote
    for (int i = subj.e; i < k && !verb_between; ++i) verb_between = tv.IsWord(i) && !tv.IsCap(i);
    if (!verb_between) break;
    InsertVerblessCue(s, subj, k, &out);
    break;
  }
  // "Mitt Romney’s “47 percent” comment", "Obama's “if you like your plan,
  // you can keep it” promise": a person's possessive right before a quote
  // and a speech noun right after it; the person said the words.
  for (int k : marks) {
    if (k <= tb || k >= te || !tv.IsPossessive(k - 1) || IsClosingMark(tv, k)) continue;
    int m = k + 1;
    while (m < te && !IsClosingMark(tv, m)) ++m;
    if (m + 1 >= te || !IsSpeechNoun(tv.Lower(m + 1))) continue;
    bool covered = false;
    for (const Cue& o : out) covered |= o.first <= k && k < std::max(o.last, o.clause_e);
    if (covered) continue;
    SpeakerPhrase owner = ParseLeftSpeaker(tv, k, tb, entities);
    if (!owner.ok() || owner.kind != SpeakerKind::kPerson || tv.InClosedQuote(owner.b)) continue;
    InsertVerblessCue(s, owner, k, &out);
  }
  // "- President Obama, tweeting after the speech." on a line of its own
  // right after a quote: a signature; direct_quotes gives it that quote.
  if (tb > 0 && te - tb >= 2 && IsDash(tv, tb) && tv.IsQuoteMark(tb - 1) && tv.IsCap(tb + 1)) {
    Cue c;
    c.sentence = s;
    c.speaker = ParseRightSpeaker(tv, tb + 1, te, entities);
    int words = 0;
    for (int k = tb; k < te; ++k) words += tv.IsWord(k);
    if (c.speaker.ok() && c.speaker.kind != SpeakerKind::kPronoun && words <= 12) {
      c.cue = "-";
      c.cue_b = c.cue_e = tb;
      c.inverted = true;
      c.first = c.speaker.b;
      c.last = c.speaker.e;
      c.clause_b = c.clause_e = tb;
      out.insert(out.begin(), std::move(c));
    }
  }
  // "“…” [NYT.]", "“…” [Reuters]": a round-up's outlet tag in brackets
  // right after a quote (after at most its full stop) names the outlet the
  // quote comes from; direct_quotes gives it that quote, as a signature.
  for (int i = marks.empty() ? te : tb; i + 2 < te; ++i) {  // only near a quote mark
    if (tv.Text(i) != "[") continue;
    int q = i - 1;
    if (q >= 0 && (tv.Is(q, ".") || tv.Is(q, ","))) --q;
    if (q < 0 || !IsClosingMark(tv, q)) continue;
    // Only a quote no cue of its sentence reports ("X said his rival is in
    // “serious trouble.” [NYT.]" quotes X).
    int o = q - 1;
    while (o > 0 && tv.InClosedQuote(o - 1)) --o;
    bool reported = false;
    for (const Cue& other : out) reported |= other.first < o;
    if (reported) continue;
    int e = i + 1;
    while (e < te && e - i <= 6 && (tv.IsCap(e) || (tv.Is(e, ".") && e > i + 1))) ++e;
    int words_e = e;
    while (words_e > i + 1 && tv.Is(words_e - 1, ".")) --words_e;
    if (e >= te || tv.Text(e) != "]" || words_e <= i + 1) continue;
    Cue c;
    c.sentence = s;
    c.speaker = ClassifyChunk(tv, i + 1, words_e, entities);
    if (!c.speaker.ok() || c.speaker.kind == SpeakerKind::kPronoun) continue;
    c.speaker.kind = SpeakerKind::kOrg;  // an outlet
    c.speaker.surname_only = false;
    c.cue = "[";
    c.cue_b = c.cue_e = i;
    c.inverted = true;
    c.first = i + 1;
    c.last = e + 1;
    c.clause_b = c.clause_e = i;
    auto at = std::find_if(out.begin(), out.end(), [&](const Cue& o) { return o.first > c.first; });
    out.insert(at, std::move(c));
  }
  // A reaction of its own before a quote: a sentence that is only a
  // subject and a past verb, with at most a circumstance ("Iowa State
  // University's Dianne Bystrom agreed.", "Smith disagreed sharply."),
  // right before a quote that opens the next sentence of the paragraph.
  // The verb reports nothing; direct_quotes gives the quote to it as to
  // "X said in a statement. “…”".
  if (out.empty() && s + 1 < static_cast<int>(tv.seg().sentences.size()) &&
      tv.ParagraphOf(s + 1) == tv.ParagraphOf(s) && tv.SentenceBegin(s + 1) < tv.size() &&
      tv.IsQuoteMark(tv.SentenceBegin(s + 1))) {
    bool marks_in = false;
    for (int k = tb; k < te; ++k) marks_in |= tv.IsQuoteMark(k);
    SpeakerPhrase subj = marks_in ? SpeakerPhrase() : SentenceSubject(tv, tb, te, entities);
    // At most three words after the verb and no second clause.
    int after = 0;
    bool clause = false;
    for (int k = subj.e + 1; subj.ok() && k < body_e; ++k) {  // only a subject's sentence is read
      after += tv.IsWord(k);
      clause |= tv.Is(k, ",") || tv.Is(k, ";") || tv.Has(k, lx::kBoundary);
    }
    if (subj.ok() && (subj.kind == SpeakerKind::kPerson || subj.kind == SpeakerKind::kPronoun) && subj.e < te &&
        after <= 3 && !clause && PastVerbShape(tv, subj.e) && FrameVerbEnds(tv, subj.e + 1, te)) {
      Cue c;
      c.sentence = s;
      c.cue = std::string(tv.Lower(subj.e));
      c.cue_b = subj.e;
      c.cue_e = subj.e + 1;
      c.speaker = subj;
      c.first = subj.b;
      c.last = subj.e + 1;
      c.clause_b = c.clause_e = subj.e + 1;
      out.push_back(std::move(c));
    }
  }
  // A clause ends where the next cue begins.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    Cue& c = out[k];
    const Cue& n = out[k + 1];
    if (c.clause_b < n.first && c.clause_e > n.first) {
      c.clause_e = n.first;
      TrimClause(tv, &c);
    }
  }
  return out;
}

}  // namespace crosscheck
