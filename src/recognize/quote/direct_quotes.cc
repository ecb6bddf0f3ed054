// Direct quotes: each outermost quotation region of the segmenter is given
// the cue that introduces it, by the first rule that applies:
//
//  1. a cue right after the closing mark, with only punctuation between
//     ("…,” he said", "…” Heller argued"), also when the quote ends its
//     sentence and the cue reports nothing else (“…?” Hannity pressed.);
//     for a region left open by a
//     misshapen mark, a cue right after any quote mark inside it;
//  2. the innermost reported clause that contains the opening mark
//     (partial quotes: "Kirby said Russian forces are making “plodding”
//     progress");
//  3. the nearest cue before the region in its sentence, unless that cue
//     sits in a dash-fenced aside that closes before the region
//     ("X told The Post — where Y said … — “…”" is X's);
//  4. any cue after the region in the sentence where it closes;
//  then an outlet tag in brackets right after the region ("“…” [NYT.]");
//  5. the previous quote of the same paragraph ("“A,” he said. “B.”"), or,
//     for a region opening its paragraph, the last speaker of the previous
//     paragraph (a quote running on, or "X said:" / "X reads:").
//
// A name or title inside a cue's speaker phrase ("X, wearing “Ted Cruz”
// pins, said") takes no speaker. A region left without a speaker that holds four
// words or fewer is a scare quote or a title ("“Mean Girls”") and is not
// reported as speech.
#include <algorithm>

#include "recognize/entity/name_text.h"
#include "recognize/quote/quote_internal.h"

namespace crosscheck {

namespace {

bool IsDash(const TokenView& tv, int i) {
  std::string_view w = tv.Text(i);
  return tv.IsPunct(i) && (w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--" || w == "-");
}

int WordsIn(const TokenView& tv, int b, int e) {
  int n = 0;
  for (int i = b; i < e; ++i) n += tv.IsWord(i) ? 1 : 0;
  return n;
}

// Cue whose speaker phrase starts right after token `after` (only
// punctuation between), in sentence s.
const ResolvedCue* CueRightAfter(const TokenView& tv, const CueTable& cues, int s, int after) {
  if (s < 0) return nullptr;
  for (const ResolvedCue& c : cues[s]) {
    if (c.cue.first <= after) continue;
    bool only_punct = true;
    for (int k = after + 1; k < c.cue.first; ++k) only_punct &= tv.IsPunct(k);
    if (only_punct) return &c;
    return nullptr;
  }
  return nullptr;
}

// An outlet tag in brackets after a quote ("“…” [NYT.]"; cues.cc).
bool IsTag(const ResolvedCue& c) { return c.cue.cue == "["; }

// A cue that reports nothing of its own: no clause, or only a short
// circumstance up to the end of its sentence ("said in a statement.",
// "wrote on Facebook on Monday.", "said of the week's events.", "said
// pleasantly into the phone.", "said as confetti fell.").
bool ReportsNothing(const TokenView& tv, const ResolvedCue& c) {
  const auto& q = c.cue;
  if (q.cue.empty() || q.cue == "-" || q.cue == "[") return false;  // colon layouts, signatures, outlet tags: own rules
  if (q.clause_b >= q.clause_e) return true;
  if (q.clause_e - q.clause_b > 8) return false;
  // A manner adverb first ("said pleasantly into the phone",
  // "matter-of-factly as confetti fell").
  int b = q.clause_b;
  while (b + 1 < q.clause_e && tv.IsWord(b) && tv.Lower(b).size() > 4 && tv.Lower(b).ends_with("ly")) ++b;
  const std::string_view w = tv.Lower(b);
  if (!(w == "in" || w == "on" || w == "at" || w == "via" || w == "during" || w == "after" || w == "before" ||
        w == "to" || w == "of" || w == "into" || w == "as" || w == "while" || w == "from" || w == "outside"))
    return false;
  int end = tv.SentenceEnd(q.sentence);
  while (end > q.clause_e && tv.IsPunct(end - 1) && !tv.IsQuoteMark(end - 1)) --end;
  if (end != q.clause_e) return false;
  for (int k = q.clause_b; k < q.clause_e; ++k)
    if (tv.Is(k, "that") || tv.IsQuoteMark(k)) return false;
  return true;
}

// An interviewer's prompt opens the paragraph and the quote answers it
// ("Governor Pence? “Solid as a rock.”", "And Mr. Gingrich? “…”" after
// "Asked about each of them, Mr. Trump played along."): the paragraph's
// words before the quote are one short question, with no quote mark and
// no cue. The quote runs on from the previous paragraph's speaker, as one
// opening its paragraph does.
bool AfterPrompt(const TokenView& tv, const CueTable& cues, int para, int qo) {
  if (qo < 1 || !tv.Is(qo - 1, "?")) return false;
  const int pb = tv.TokenAtOrAfter(tv.seg().paragraphs[para].span.start);
  if (pb >= qo - 1 || WordsIn(tv, pb, qo) > 12) return false;
  for (int k = pb; k < qo; ++k)
    if (tv.IsQuoteMark(k) || tv.Is(k, "?") != (k == qo - 1)) return false;
  for (int s = tv.SentenceOf(pb); s >= 0 && s <= tv.SentenceOf(qo); ++s)
    for (const ResolvedCue& c : cues[s])
      if (c.cue.first < qo) return false;
  return true;
}

}  // namespace

void SetSpeaker(const ResolvedSpeaker& who, QuoteDraft* d) {
  d->who = who;
  d->quote.speaker = NameWithPlainSpaces(who.name);  // "James<NBSP>Comey" is "James Comey"
  d->quote.speaker_role = who.role;
  d->quote.speaker_entity = who.entity;
}

void SetSpeaker(const TokenView& tv, const ResolvedCue& c, QuoteDraft* d) {
  SetSpeaker(c.speaker, d);
  d->quote.cue = c.cue.cue;
  d->quote.cue_span = tv.SpanOf(c.cue.cue_b, c.cue.cue_e);
  if (c.cue.speaker.name_b >= 0) d->quote.speaker_span = tv.SpanOf(c.cue.speaker.name_b, c.cue.speaker.name_e);
  if (c.cited.kind != SpeakerKind::kNone) d->quote.cited = c.cited.name;
  d->quote.via = c.via;
}

std::vector<QuoteDraft> FindDirectQuotes(const TokenView& tv, const CueTable& cues) {
  std::vector<QuoteDraft> out;
  const Segmentation& seg = tv.seg();
  const int n = tv.size();
  for (const QuoteRegion& r : seg.quotes) {
    if (r.depth != 0) continue;  // quotes inside quotes belong to the outer speaker
    int qo = tv.TokenAtOrAfter(r.span.start);
    if (qo >= n) continue;
    int inner_b = tv.TokenAtOrAfter(r.inner.start);
    int inner_e = tv.TokenAtOrAfter(r.inner.end);  // first token at/after the inner end
    if (WordsIn(tv, inner_b, std::min(inner_e, n)) == 0) continue;
    int qc = r.closed ? inner_e : -1;
    int last_tok = tv.TokenEndingBefore(r.span.end);
    QuoteDraft d;
    d.quote.direct = true;
    d.quote.span = r.inner;
    while (d.quote.span.end > d.quote.span.start && (tv.text()[d.quote.span.end - 1] == ' ' ||
                                                     tv.text()[d.quote.span.end - 1] == '\n'))
      --d.quote.span.end;
    d.sentence = tv.SentenceOf(qo);
    d.open_tok = qo;
    d.close_tok = qc;
    const int so = d.sentence;
    const int sc = tv.SentenceOf(qc >= 0 ? qc : std::max(qo, last_tok));
    const ResolvedCue* pick = nullptr;
    // A closed region inside a cue's speaker phrase or its aside ("Bill
    // Eastland, wearing “Ted Cruz” pins, said") describes the speaker: it
    // is no one's speech.
    // Only a name or title (every word capitalised): "X, who called it “a
    // disaster,” said" quotes X.
    bool describes_speaker = false;
    if (qc >= 0 && so >= 0 && so == sc) {
      bool title = true;
      for (int k = inner_b; k < qc && title; ++k) title = !tv.IsWord(k) || tv.IsCap(k);
      for (const ResolvedCue& c : cues[so]) describes_speaker |= title && c.cue.first < qo && qc < c.cue.cue_b;
    }
    if (describes_speaker) {
      if (WordsIn(tv, inner_b, std::min(inner_e, n)) > 4) out.push_back(std::move(d));
      continue;
    }
    // A title after a possessive names a work, a show or a slogan of its
    // owner ("Sunday on CNN's “Fareed Zakaria GPS,” Obama said …"): every
    // word capitalised, six words or fewer. Nobody speaks it.
    // So does one after an article or a preposition ("big fans of “Prison
    // Break,”", "revived “The Muppets,”", "a new “Twin Peaks”"), inside a
    // sentence, or after "told".
    const auto title_before = [&](int k) {
      if (k < 0) return false;
      if (tv.IsPossessive(k)) return true;
      if (!tv.IsWord(k) || tv.IsCap(k)) return false;
      const std::string_view w = tv.Lower(k);
      // After "told" the title is the hearer: a show or a paper ("told
      // “Fox and Friends” after he was asked").
      return w == "the" || w == "a" || w == "an" || w == "new" || w == "of" || w == "in" ||
             w == "on" || w == "for" || w == "from" || w == "with" || w == "like" || w == "about" ||
             w == "told" || w == "tells" || w == "telling";
    };
    // Title case lets a short function word stay lower-case after the
    // first word ("Midday with Charlie Sykes", "Meet the Press").
    const auto minor = [&](int k) {
      const std::string_view w = tv.Lower(k);
      return w == "a" || w == "an" || w == "the" || w == "of" || w == "with" || w == "and" || w == "or" ||
             w == "in" || w == "on" || w == "at" || w == "to" || w == "for" || w == "by" || w == "from";
    };
    // (The word before may stand before a doubled mark: "NBC's ''Meet the
    // Press''", two apostrophes as two tokens.)
    int before_mark = qo - 1;
    while (before_mark > 0 && qo - before_mark < 3 && tv.IsQuoteMark(before_mark)) --before_mark;
    if (qc >= 0 && qo > 0 && title_before(before_mark)) {
      bool title = true;
      for (int k = inner_b; k < qc && title; ++k)
        title = !tv.IsWord(k) || tv.IsCap(k) || (k > inner_b && minor(k) && k + 1 < qc && tv.IsCap(k + 1));
      if (title && WordsIn(tv, inner_b, qc) <= 6) continue;
    }
    // An outlet tag in brackets right after the quote ("“…” [NYT.]", in
    // its sentence or opening the next): the weakest cue, taken only when
    // rules 1-4 find none ("Jane Doe: “…” [HuffPost.]" quotes Jane Doe).
    const ResolvedCue* tag = nullptr;
    if (qc >= 0) {
      tag = CueRightAfter(tv, cues, sc, qc);
      if (!tag && sc >= 0 && sc + 1 < static_cast<int>(cues.size())) tag = CueRightAfter(tv, cues, sc + 1, qc);
      if (tag && !IsTag(*tag)) tag = nullptr;
    }
    // 1. Right after the closing mark.
    if (qc >= 0) {
      pick = CueRightAfter(tv, cues, sc, qc);
      if (pick && IsTag(*pick)) pick = nullptr;
      // “….” Steve Adler said the campaign has not called: after a quote
      // that ends on a full stop, a cue reporting a clause of its own
      // begins new speech.
      if (pick && qc > 0 && tv.Is(qc - 1, ".") && !pick->cue.inverted && !ReportsNothing(tv, *pick)) pick = nullptr;
      // "Despite warnings from the administration that the bill was
      // “badly misguided,” lawmakers dismissed the concerns": a quote
      // inside the "that" clause of a noun of saying before it, followed
      // by a cue of its own clause (not "“…,” he said"), is the noun's
      // source's.
      if (pick && so == sc && so >= 0 && !pick->cue.inverted && !ReportsNothing(tv, *pick)) {
        for (const ResolvedCue& c : cues[so])
          if (&c != pick && IsSayingNoun(c.cue.cue) && c.cue.last <= qo && c.cue.clause_b <= qo &&
              qc < c.cue.clause_e) {
            pick = nullptr;
            break;
          }
      }
      // 'Trump said: “…,” the Times reported.': a cue that opens the quote
      // with a colon, or any cue before it when an organisation reports
      // after it, speaks; the cue after is the outlet that carried it.
      if (pick && so == sc && so >= 0) {
        const ResolvedCue* before = nullptr;
        for (const ResolvedCue& c : cues[so])
          if (c.cue.last <= qo && !IsTag(c) && &c != pick) before = &c;
        bool only_punct = before != nullptr, colon = false;
        for (int k = before ? before->cue.last : qo; k < qo; ++k) {
          only_punct &= tv.IsPunct(k) && !tv.IsQuoteMark(k);
          colon |= tv.Is(k, ":");
        }
        if (only_punct && before->cue.clause_b >= qo - 1 &&
            (colon || pick->cue.speaker.kind == SpeakerKind::kOrg))
          pick = before;
      }
      // A signature line after the quote ("- Bernie Sanders.").
      if (!pick && sc >= 0 && sc + 1 < static_cast<int>(cues.size()) && !cues[sc + 1].empty() &&
          cues[sc + 1].front().cue.cue == "-")
        pick = CueRightAfter(tv, cues, sc + 1, qc);
      // A quote that ends its sentence ("…?”", "….”") and a cue opening the
      // next one that reports nothing of its own: “…?” Hannity pressed. /
      // “…” Trump said.
      if (!pick && sc >= 0 && sc + 1 < static_cast<int>(cues.size()) && tv.SentenceBegin(sc + 1) > qc &&
          tv.ParagraphOf(sc + 1) == tv.ParagraphOf(sc)) {
        const ResolvedCue* next = CueRightAfter(tv, cues, sc + 1, qc);
        bool alone = next && ReportsNothing(tv, *next);
        for (int k = next ? next->cue.last : 0; alone && k < tv.SentenceEnd(sc + 1); ++k) alone = !tv.IsQuoteMark(k);
        if (alone) pick = next;
      }
    } else {
      for (int k = inner_b; k <= last_tok && !pick; ++k)
        if (tv.IsQuoteMark(k)) pick = CueRightAfter(tv, cues, tv.SentenceOf(k), k);
      // A closing mark the writer forgot: "“We are close to a deal, Graham
      // said. Then he left." — a comma, then a cue that reports nothing and
      // ends its sentence: the quote closes at the comma, and the cue's
      // speaker speaks it (not the previous speaker the open region would
      // inherit).
      for (int k = inner_b + 1; k < last_tok && !pick; ++k) {
        if (!tv.Is(k, ",") || !tv.IsWord(k - 1)) continue;
        const ResolvedCue* c = CueRightAfter(tv, cues, tv.SentenceOf(k), k);
        if (!c || IsTag(*c) || c->cue.cue.empty() || c->cue.cue == "-") continue;
        if (c->cue.speaker.kind != SpeakerKind::kPerson && c->cue.speaker.kind != SpeakerKind::kPronoun) continue;
        // The cue reports the words before it (or nothing) and ends its
        // sentence: "Graham said." — not "Graham said the talks failed".
        if (c->cue.clause_b < c->cue.clause_e && c->cue.clause_e > k + 1 && !ReportsNothing(tv, *c)) continue;
        bool ends = true;
        for (int j = c->cue.last; j < tv.SentenceEnd(c->cue.sentence) && ends; ++j)
          ends = tv.IsPunct(j) && !tv.IsQuoteMark(j);
        if (!ends) continue;
        pick = c;
        d.quote.span.end = tv.SpanOf(k).end;
      }
    }
    // 2. The innermost clause holding the opening mark.
    if (!pick && so >= 0) {
      for (const ResolvedCue& c : cues[so])
        if (c.cue.clause_b <= qo && qo < c.cue.clause_e && (!pick || c.cue.clause_b >= pick->cue.clause_b) &&
            c.cue.last <= qo && !IsTag(c))
          pick = &c;
    }
    // 3. The nearest cue before, outside closed dash asides.
    if (!pick && so >= 0) {
      for (const ResolvedCue& c : cues[so]) {
        if (c.cue.last > qo) break;
        if (IsTag(c)) continue;
        bool dash_after = false, dash_before = false;
        for (int k = c.cue.last; k < qo; ++k) dash_after |= IsDash(tv, k);
        for (int k = tv.SentenceBegin(so); k < c.cue.first; ++k) dash_before |= IsDash(tv, k);
        if (dash_after && dash_before) continue;
        pick = &c;
      }
    }
    // 4. Any cue after the region in its closing sentence.
    if (!pick && sc >= 0) {
      int end_tok = qc >= 0 ? qc : last_tok;
      for (const ResolvedCue& c : cues[sc])
        if (c.cue.first > end_tok && !IsTag(c)) { pick = &c; break; }
      if (pick && qc > 0 && tv.Is(qc - 1, ".") && !pick->cue.inverted && !ReportsNothing(tv, *pick)) pick = nullptr;
    }
    if (!pick) pick = tag;
    if (pick) {
      SetSpeaker(tv, *pick, &d);
    } else if (so >= 0) {
      // 5. Inherit within the paragraph, or from the paragraph before.
      const int para = tv.ParagraphOf(so);
      const QuoteDraft* prev = nullptr;
      for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->sentence < 0 || tv.ParagraphOf(it->sentence) != para) break;
        if (!it->quote.speaker.empty()) { prev = &*it; break; }
      }
      // The sentence right before, in the same paragraph, ends on a cue
      // that reports nothing ("X said in a statement. “…”").
      const ResolvedCue* dangling = nullptr;
      if (!prev && so > 0 && tv.ParagraphOf(so - 1) == para && !cues[so - 1].empty()) {
        const ResolvedCue& c = cues[so - 1].back();
        bool only_punct = true;
        for (int k = tv.SentenceBegin(so); k < qo; ++k) only_punct &= tv.IsPunct(k);
        for (int k = c.cue.last; k < tv.SentenceEnd(so - 1); ++k) only_punct &= !tv.IsQuoteMark(k);
        if (only_punct && !c.cue.inverted && ReportsNothing(tv, c)) dangling = &c;
      }
      if (prev) {
        SetSpeaker(prev->who, &d);
      } else if (dangling) {
        SetSpeaker(tv, *dangling, &d);
      } else if (para > 0 && (r.span.start == seg.paragraphs[para].span.start || AfterPrompt(tv, cues, para, qo))) {
        // The last speaker event of the previous paragraph.
        const ResolvedSpeaker* last = nullptr;
        uint32_t last_pos = 0;
        for (auto it = out.rbegin(); it != out.rend(); ++it) {
          if (it->sentence >= 0 && tv.ParagraphOf(it->sentence) == para - 1 && !it->quote.speaker.empty()) {
            last = &it->who;
            last_pos = it->quote.span.start;
            break;
          }
        }
        for (int s = so - 1; s >= 0 && tv.ParagraphOf(s) == para - 1; --s) {
          if (cues[s].empty()) continue;
          const ResolvedCue& c = cues[s].back();
          if (!last || tv.SpanOf(c.cue.cue_b).start > last_pos) last = &c.speaker;
          break;
        }
        if (last && !last->name.empty()) {
          SetSpeaker(*last, &d);
        }
      }
    }
    if (d.quote.speaker.empty() && WordsIn(tv, inner_b, std::min(inner_e, n)) <= 4) continue;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace crosscheck
