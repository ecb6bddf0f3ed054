// The cues with no speech verb of their own, read after FindCues's verb
// scan (cues.cc): a colon or a comma before a quote, naming verbs ("called
// it “…”"), a person's partial quote, "X's “…” comment", a signature line,
// a round-up's bracketed outlet tag, and a reaction sentence before a quote.
#include "recognize/quote/cue_layouts.h"

#include <algorithm>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/reported_clause.h"

namespace crosscheck {

namespace lx = quote_lexicon;

namespace {

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

// The subject of the clause a colon closes, when that is not the
// sentence's first clause: a clause joined by ", and", ", but", ";" or a
// dash ("The crowd cheers, and then Wallnau continues: “…”": Wallnau; "…
// snark — Cruz called them on it: “…”": Cruz), or an
// absolute "with NAME (adverbs) V-ing" right before the colon ("…
// punched a protester, with Trump reportedly yelling: “…”": Trump). Only
// a person, organisation or pronoun; otherwise an empty phrase and the
// caller keeps the sentence's subject.
SpeakerPhrase ColonClauseSubject(const TokenView& tv, int tb, int k, const std::vector<Entity>& entities) {
  auto speaks = [](const SpeakerPhrase& p) {
    return p.ok() && (p.kind == SpeakerKind::kPerson || p.kind == SpeakerKind::kOrg ||
                      p.kind == SpeakerKind::kPronoun);
  };
  if (k - 2 > tb && cue_frames::IsGerund(tv.Lower(k - 1))) {
    int j = k - 1;
    while (j - 1 > tb && (tv.Has(j - 1, lx::kVerbAdverb) || cue_frames::IsLyAdverb(tv, j - 1, tb))) --j;
    SpeakerPhrase p = ParseLeftSpeaker(tv, j, tb, entities);
    if (speaks(p) && p.b - 1 >= tb && tv.Is(p.b - 1, "with")) return p;
  }
  for (int j = k - 2; j > tb; --j) {
    if (tv.IsQuoteMark(j)) return SpeakerPhrase();  // a quote's words are not a clause of this sentence
    const bool joined = (tv.Is(j, ",") && j + 1 < k && (tv.Is(j + 1, "and") || tv.Is(j + 1, "but"))) ||
                        tv.Is(j, ";") || cue_frames::IsDash(tv, j);
    if (!joined) continue;
    SpeakerPhrase p = SentenceSubject(tv, j + 1, k, entities);
    return speaks(p) ? p : SpeakerPhrase();
  }
  return SpeakerPhrase();
}

}  // namespace

void AddLayoutCues(const TokenView& tv, int s, int tb, int te, int body_e, const std::vector<int>& marks,
                   const std::vector<Entity>& entities, std::vector<Cue>* cues) {
  using cue_frames::IsDash;
  using cue_frames::IsLyAdverb;
  using cue_frames::SpeechVerbIn;
  using cue_frames::AllCaps;
  using cue_frames::IsClosingMark;
  using cue_frames::PastVerbShape;
  using cue_frames::PresentVerbShape;
  using cue_frames::FrameVerbEnds;
  using cue_frames::AsSpeaker;
  std::vector<Cue>& out = *cues;
  // The two per-token scans below (a colon or comma before a quote mark; a
  // naming verb before one) need a quote mark at a token in [tb + 2, te]:
  // most sentences have none, and skip them.
  const bool mark_after_second = std::any_of(marks.begin(), marks.end(), [&](int m) { return m >= tb + 2 && m <= te; });
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
  // A cue at the colon or comma k before the quote, its speaker set: it
  // reports the quote only, and takes its place in text order.
  auto add_mark_cue = [&](Cue&& c, int k) {
    c.cue_b = c.cue_e = k;
    c.first = c.speaker.b;
    c.last = k + 1;
    c.clause_b = c.clause_e = k + 1;
    auto at = std::find_if(out.begin(), out.end(), [&](const Cue& o) { return o.first > k; });
    out.insert(at, std::move(c));
  };
  for (int k = mark_after_second ? tb + 1 : te; k < te; ++k) {
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
      // "Blumenthal was asked, “…”": a passive verb of asking or telling;
      // the subject is the hearer. The agent after "by" speaks, else no one
      // the sentence names.
      if (v > tb && (tv.Is(v, "asked") || tv.Is(v, "told") || tv.Is(v, "questioned"))) {
        int b = v - 1;
        while (b > tb && (tv.Has(b, lx::kVerbAdverb) || IsLyAdverb(tv, b, tb))) --b;
        if (cue_frames::IsBe(tv.Lower(b)) || tv.Is(b, "been") || tv.Is(b, "being") || tv.Is(b, "get") ||
            tv.Is(b, "got")) {
          if (v + 2 < k && tv.Is(v + 1, "by")) {
            c.speaker = ParseRightSpeaker(tv, v + 2, k, entities);
            if (c.speaker.ok()) add_mark_cue(std::move(c), k);
          }
          continue;
        }
      }
      // A headline "Kelli Ward: Impeach AG Lynch, ‘Stop DC at the Door’":
      // the person or organisation named before its colon says it all.
      SpeakerPhrase headline;
      for (int col = tb + 1; v < 0 && col + 1 < k && col <= tb + 12; ++col) {  // a headline's name is short
        if (!tv.Is(col, ":")) continue;
        SpeakerPhrase p = ParseLeftSpeaker(tv, col, tb, entities);
        if (p.ok() && p.b == tb && p.entity >= 0 &&
            (p.kind == SpeakerKind::kPerson || p.kind == SpeakerKind::kOrg))
          headline = p;
        break;
      }
      if (v < 0 && !headline.ok()) continue;
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
      if (headline.ok()) {
        c.speaker = headline;
      } else if (antecedent.ok()) {
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
                          tv.Is(left.b - 1, "in") || tv.Is(left.b - 1, "with") || tv.Is(left.b - 1, "at") ||
                          // any other object of a preposition ("putting it
                          // into the national RNC file: “…”"); not "from", which
                          // names a source ("More from Lee and Cho: “…”")
                          tv.Is(left.b - 1, "into") || tv.Is(left.b - 1, "onto") ||
                          tv.Is(left.b - 1, "for") || tv.Is(left.b - 1, "about") || tv.Is(left.b - 1, "toward") ||
                          tv.Is(left.b - 1, "towards") || tv.Is(left.b - 1, "against") ||
                          tv.Is(left.b - 1, "through"));
      const bool named = left.ok() && (left.kind == SpeakerKind::kPerson || left.kind == SpeakerKind::kOrg) &&
                         !venue &&
                         !(IsDocumentNoun(left.head) && left.b > tb && !tv.Has(left.b - 1, lx::kInnerPrep));
      c.speaker = named ? left : SentenceSubject(tv, tb, k, entities);
      if (!named) {
        SpeakerPhrase own = ColonClauseSubject(tv, tb, k, entities);
        if (own.ok()) c.speaker = own;
      }
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
    add_mark_cue(std::move(c), k);
  }
  // "She called his executive actions “a crucial step”", "dubbed it
  // “…”": a naming verb, a short object and a quote; the subject speaks.
  for (int i = mark_after_second ? tb + 1 : te; i < te; ++i) {
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
}

}  // namespace crosscheck
