// RecognizeQuotes in four steps over one document:
//  1. cues: every sentence's cues with their speaker phrases (cues.h);
//  2. resolution: sentences in order through one SpeakerContext, so
//     pronouns, surnames and definite roles see what came before, and the
//     people each sentence mentions are noted after its cues (resolve.h);
//  3. direct quotes (direct_quotes.cc) and indirect speech
//     (indirect_speech.cc) from the resolved cues;
//  4. a lede pass: a speaker given only as an indefinite role ("an Azov
//     regiment commander has said") and a named speaker without a role
//     within the next five sentences ("Denis Prokopenko said") are one
//     person — the name becomes the speaker of both, the role its role.
#include "recognize/quote/quote.h"

#include <algorithm>

#include "recognize/entity/name_text.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/quote_internal.h"

namespace crosscheck {

namespace {

void LinkLedeRoles(std::vector<QuoteDraft>* drafts) {
  for (size_t i = 0; i < drafts->size(); ++i) {
    QuoteDraft& named = (*drafts)[i];
    if (named.who.kind != SpeakerKind::kPerson || !named.quote.speaker_role.empty()) continue;
    if (named.sentence > 6) break;  // only the lede and the sentences right after it
    for (size_t j = i; j-- > 0;) {
      QuoteDraft& lede = (*drafts)[j];
      if (lede.sentence < named.sentence - 5) break;
      if (lede.who.kind == SpeakerKind::kPerson && lede.who.name != named.who.name) break;
      if (lede.sentence > 2 || lede.who.kind != SpeakerKind::kGroup || !lede.who.indefinite ||
          quote_lexicon::IsOrgNoun(lede.who.head))
        continue;
      std::string role = lede.who.name;
      size_t sp = role.find(' ');
      if (sp != std::string::npos) role = role.substr(sp + 1);  // drop "a"/"an"
      const std::string lede_name = lede.who.name;
      for (QuoteDraft& d : *drafts) {
        if (d.who.kind == SpeakerKind::kGroup && d.who.name == lede_name) {
          d.who = named.who;
          d.who.role = role;
          SetSpeaker(d.who, &d);
        }
      }
      named.who.role = role;
      for (QuoteDraft& d : *drafts)
        if (d.who.kind == SpeakerKind::kPerson && d.who.name == named.who.name && d.quote.speaker_role.empty())
          d.quote.speaker_role = role;
      break;
    }
  }
}

}  // namespace

std::vector<Quote> RecognizeQuotes(const Document& doc, const Segmentation& seg,
                                   const std::vector<Entity>& entities) {
  std::vector<Quote> quotes;
  if (seg.sentences.empty()) return quotes;
  std::vector<QuoteDraft> drafts, indirect;
  {
    // The working set of steps 1-3 (token view, speaker context, cue
    // table) is freed before the drafts are merged and copied out: on a
    // long document it is several times the size of the quotes.
    TokenView tv(doc.text, seg);
    SpeakerContext ctx(tv, entities);
    CueTable cues(seg.sentences.size());
    for (size_t s = 0; s < seg.sentences.size(); ++s) {
      for (Cue& c : FindCues(tv, static_cast<int>(s), entities)) {
        ResolvedCue rc;
        rc.speaker = ctx.Resolve(c.speaker, static_cast<int>(s));
        if (c.cited.ok()) rc.cited = ctx.Resolve(c.cited, static_cast<int>(s));
        // The channel is not resolved (it is no speaker to remember).
        if (c.via.ok()) rc.via = c.via.text;
        rc.cue = CueSite(std::move(c));
        cues.Add(std::move(rc));
      }
      cues.EndSentence();
      ctx.NoteMentions(static_cast<int>(s));
    }
    drafts = FindDirectQuotes(tv, cues);
    indirect = FindIndirectSpeech(tv, cues, drafts);
  }
  if (drafts.empty()) {
    drafts.swap(indirect);
  } else {
    drafts.reserve(drafts.size() + indirect.size());
    drafts.insert(drafts.end(), std::make_move_iterator(indirect.begin()), std::make_move_iterator(indirect.end()));
    std::vector<QuoteDraft>().swap(indirect);
  }
  auto before = [](const QuoteDraft& a, const QuoteDraft& b) {
    if (a.quote.span.start != b.quote.span.start) return a.quote.span.start < b.quote.span.start;
    return a.quote.direct && !b.quote.direct;
  };
  // Already in order (no direct quote, say): skip the sort's buffer.
  if (!std::is_sorted(drafts.begin(), drafts.end(), before)) std::stable_sort(drafts.begin(), drafts.end(), before);
  LinkLedeRoles(&drafts);
  quotes.reserve(drafts.size());
  for (QuoteDraft& d : drafts) quotes.push_back(std::move(d.quote));
  return quotes;
}

Attribution Attribute(const Document& doc, const Segmentation& seg, const std::vector<Quote>& quotes, Span span) {
  Attribution a;
  int best = -1;
  // Quotes are sorted by start: look back from the last one starting at or
  // before the span. Only the nearest kMaxLookBack can contain it in
  // practice (quotes do not nest deeply), which keeps a document with a
  // million figures linear.
  constexpr size_t kMaxLookBack = 64;
  size_t end = static_cast<size_t>(
      std::upper_bound(quotes.begin(), quotes.end(), span.start,
                       [](uint32_t off, const Quote& q) { return off < q.span.start; }) -
      quotes.begin());
  for (size_t i = end, seen = 0; i-- > 0 && seen < kMaxLookBack; ++seen) {
    const Quote& q = quotes[i];
    if (!q.span.Contains(span)) continue;
    if (best < 0 || q.span.size() < quotes[best].span.size() ||
        (q.span.size() == quotes[best].span.size() && (q.direct || static_cast<int>(i) < best)))
      best = static_cast<int>(i);
  }
  if (best >= 0 && !quotes[best].speaker.empty()) {
    a.speaker = quotes[best].speaker;
    a.speaker_role = quotes[best].speaker_role;
    a.quote = best;
    a.clause = quotes[best].span;
    return a;
  }
  int s = seg.SentenceAt(span.start);
  if (s >= 0) a.clause = seg.sentences[s].span;
  (void)doc;
  return a;
}

std::string SpeakerGroupKey(std::string_view speaker) {
  std::string key = NameVariantKey(speaker);
  if (key.rfind("the ", 0) == 0 && key.size() > 4) key.erase(0, 4);
  return key;
}

// present/json_records.cc writes this record without building it
// (AppendQuoteRecord): a change here needs the same change there.
Json QuoteToJson(const Document& doc, const std::vector<Quote>& qs, size_t i) {
  const Quote& q = qs[i];
  Json j;
  j["id"] = RecordId('u', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = q.span.start;
  j["end"] = q.span.end;
  j["text"] = std::string(q.span.Of(doc.text));
  j["direct"] = q.direct;
  j["speaker"] = JsonStringOrNull(q.speaker);
  j["speaker_role"] = JsonStringOrNull(q.speaker_role);
  j["speaker_entity"] = q.speaker_entity >= 0 ? Json(RecordId('e', doc.id, q.speaker_entity)) : Json(nullptr);
  j["cue"] = JsonStringOrNull(q.cue);
  j["cited"] = JsonStringOrNull(q.cited);
  if (!q.via.empty()) j["via"] = q.via.str();
  return j;
}

}  // namespace crosscheck
