// The records written member by member (json_records.h), through the
// cursor and record writer of json_record_writer.h.
#include "present/json_records.h"

#include <charconv>
#include <cstring>
#include <string>

#include "present/json_record_writer.h"
#include "present/json_stream.h"

namespace crosscheck {
namespace json_records {

void AppendRecordId(std::string& out, char prefix, const std::string& doc_id, size_t n) {
  if (!Plain(doc_id)) {
    AppendJson(out, Json(RecordId(prefix, doc_id, n)), false, 0);
    return;
  }
  out += '"';
  out += prefix;
  out += doc_id;
  out += '.';
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
  out += '"';
}

// The record of ForEachLayerRecord's layer 0 (sentences).
void AppendSentenceRecord(std::string& out, const Document& d, const Sentence& s, bool pretty, unsigned depth) {
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.Key("doc").String(d.id);
  w.Key("start").Integer(s.span.start);
  w.Key("end").Integer(s.span.end);
  w.Key("paragraph").Integer(s.paragraph);
  w.Close();
}

// EntityToJson(d, es, i), written.
void AppendEntityRecord(std::string& out, const Document& d, const std::vector<Entity>& es, size_t i, bool pretty,
                        unsigned depth) {
  const Entity& e = es[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('e', d, i, e.span);
  w.Key("type").String(EntityTypeName(e.type));
  w.Key("name").String(e.name);
  w.Key("title").StringOrNull(e.title);
  w.Key("role").StringOrNull(e.role);
  w.Key("cluster").Integer(e.cluster);
  w.Key("name_part");
  if (e.name_part.end > e.name_part.start) {
    RecordWriter part = w.Object();
    part.Key("start").Integer(e.name_part.start);
    part.Key("end").Integer(e.name_part.end);
    part.Key("text").String(e.name_part.Of(d.text));
    part.Key("type").String(EntityTypeName(e.name_part_type));
    part.Close();
  } else {
    w.Null();
  }
  w.Close();
}

// QuantityToJson(d, qs, i), written.
void AppendQuantityRecord(std::string& out, const Document& d, const std::vector<Quantity>& qs, size_t i,
                          bool pretty, unsigned depth) {
  const Quantity& q = qs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('q', d, i, q.span);
  w.Key("kind").String(QuantityKindName(q.kind));
  w.Key("value").Number(q.value);
  w.Key("low").Number(q.low);
  w.Key("high").Number(q.high);
  w.Key("low_inclusive").Bool(q.low_inclusive);
  w.Key("high_inclusive").Bool(q.high_inclusive);
  w.Key("band_low").Number(q.band_low);
  w.Key("band_high").Number(q.band_high);
  w.Key("conservative").Number(q.conservative);
  w.Key("exact").Bool(q.exact);
  w.Key("hedge").StringOrNull(q.hedge.str());
  w.Key("unit").StringOrNull(q.unit.str());
  w.Key("counted").StringOrNull(q.counted.str());
  if (q.counted_span.empty()) {
    w.Key("counted_start").Null();
    w.Key("counted_end").Null();
  } else {
    w.Key("counted_start").Integer(q.counted_span.start);
    w.Key("counted_end").Integer(q.counted_span.end);
  }
  w.Key("parts").Ids('q', d.id, q.parts);
  w.Key("same_as").IdOrNull('q', d.id, q.same_as);
  w.Key("direction").StringOrNull(q.direction.str());
  w.Key("change").StringOrNull(q.change.str());
  w.Key("change_from").IdOrNull('q', d.id, q.change_from);
  w.Key("counted_modifiers").StringOrNull(q.counted_modifiers.str());
  w.Key("tally").Bool(q.tally);
  if (q.counted_phrase.empty()) {
    w.Key("counted_phrase_start").Null();
    w.Key("counted_phrase_end").Null();
  } else {
    w.Key("counted_phrase_start").Integer(q.counted_phrase.start);
    w.Key("counted_phrase_end").Integer(q.counted_phrase.end);
  }
  w.Close();
}

// TimeToJson(d, ts, i), written.
void AppendTimeRecord(std::string& out, const Document& d, const std::vector<TimeMention>& ts, size_t i, bool pretty,
                      unsigned depth) {
  const TimeMention& t = ts[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('t', d, i, t.span);
  w.Key("type").String(TimeTypeName(t.type));
  w.Key("value").StringOrNull(t.value.str());
  w.Key("mod").StringOrNull(t.mod.str());
  if (t.range_from >= 0 && t.range_to >= 0) {
    RecordWriter r = w.Key("range").Object();
    r.Key("from").Id('t', d.id, static_cast<size_t>(t.range_from));
    r.Key("to").Id('t', d.id, static_cast<size_t>(t.range_to));
    r.Close();
  } else {
    w.Key("range").Null();
  }
  w.Key("grain").StringOrNull(t.grain.str());
  w.Key("holiday").Bool(t.holiday);
  if (!t.interval_start.empty() || !t.interval_end.empty()) {
    RecordWriter r = w.Key("interval").Object();
    r.Key("start").StringOrNull(t.interval_start.str());
    r.Key("end").StringOrNull(t.interval_end.str());
    r.Close();
  } else {
    w.Key("interval").Null();
  }
  w.Key("part_of").IdOrNull('t', d.id, t.part_of);
  if (t.anchor == TimeAnchor::kText && t.anchor_index >= 0 && static_cast<size_t>(t.anchor_index) < ts.size())
    w.Key("anchor").Id('t', d.id, static_cast<size_t>(t.anchor_index));
  else if (t.anchor != TimeAnchor::kNone)
    w.Key("anchor").String("report");
  else
    w.Key("anchor").Null();
  w.Key("freq").StringOrNull(t.freq.str());
  w.Key("quant").StringOrNull(t.quant.str());
  w.Close();
}

// ClaimToJson(d, cs, i), written.
void AppendClaimRecord(std::string& out, const Document& d, const std::vector<Claim>& cs, size_t i, bool pretty,
                       unsigned depth) {
  const Claim& c = cs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.Key("id").Id('c', d.id, i);
  w.Key("doc").String(d.id);
  w.Key("quantity").Id('q', d.id, static_cast<size_t>(c.quantity));
  w.Key("start").Integer(c.clause.start);
  w.Key("end").Integer(c.clause.end);
  w.Key("measure").StringOrNull(c.measure.str());
  w.Key("counted").StringOrNull(c.counted.str());
  w.Key("state").StringOrNull(c.state.str());
  w.Key("place").StringOrNull(c.place.str());
  w.Key("speaker").StringOrNull(c.speaker.str());
  w.Key("speaker_role").StringOrNull(c.speaker_role.str());
  w.Key("time").StringOrNull(c.time.str());
  w.Key("as_of").StringOrNull(c.as_of.str());
  w.Key("restates").IdOrNull('c', d.id, c.restates);
  w.Key("group").StringOrNull(c.group.str());
  w.Key("state_word").StringOrNull(c.state_word.str());
  w.Key("place_kind").StringOrNull(c.place_kind.str());
  w.Key("part_of").IdOrNull('c', d.id, c.part_of);
  w.Key("kind").String(c.kind.str());
  w.Key("qualifiers").StringOrNull(c.qualifiers.str());
  w.Key("holder").StringOrNull(c.holder.str());
  w.Key("topic").StringOrNull(c.topic.str());
  w.Key("predicate").StringOrNull(c.predicate.str());
  w.Key("poll").StringOrNull(c.poll.str());
  w.Key("landmark").StringOrNull(c.landmark.str());
  w.Key("rival").StringOrNull(c.rival.str());
  w.Close();
}

// QuoteToJson(d, qs, i), written.
void AppendQuoteRecord(std::string& out, const Document& d, const std::vector<Quote>& qs, size_t i, bool pretty,
                       unsigned depth) {
  const Quote& q = qs[i];
  Sink sink(out);
  RecordWriter w(sink, pretty, depth);
  w.SpanHead('u', d, i, q.span);
  w.Key("direct").Bool(q.direct);
  w.Key("speaker").StringOrNull(q.speaker.str());
  w.Key("speaker_role").StringOrNull(q.speaker_role.str());
  w.Key("speaker_entity").IdOrNull('e', d.id, q.speaker_entity);
  w.Key("cue").StringOrNull(q.cue.str());
  w.Key("cited").StringOrNull(q.cited.str());
  if (!q.via.empty()) w.Key("via").String(q.via.str());
  w.Close();
}

// AppendStoryRecord's record, written member by member: byte for byte
// AppendJson of `record`'s members followed by StoryToJson(analyses, s)'s
// (StoryToJson stays the reference; AnalysisWriterTest compares them).
Status AppendStory(std::string& buf, const std::vector<DocAnalysis>& analyses, const Story& s, const Json& record,
                   bool pretty, unsigned depth, const std::function<Status(std::string&)>& flush_bytes) {
  Sink sink(buf);
  RecordWriter w(sink, pretty, depth);
  for (const auto& [k, v] : record.items()) w.Key(k).Value(v);
  w.Key("id").String(s.id);
  w.Key("title").String(s.title);
  w.Key("documents");
  if (s.docs.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t k = 0; k < s.docs.size(); ++k) {
      w.Item(k);
      w.String(analyses[s.docs[k]].doc.id);
    }
    w.CloseArray();
  }
  w.Key("ledger");
  if (s.ledger.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t e = 0; e < s.ledger.size(); ++e) {
      const LedgerEntry& le = s.ledger[e];
      w.Item(e);
      RecordWriter m = w.ItemObject();
      m.Key("measure").String(le.measure);
      for (int list = 0; list < 2; ++list) {
        const std::vector<ClaimRef>& refs = list == 0 ? le.claims : le.restatements;
        m.Key(list == 0 ? "claims" : "restatements");
        if (refs.empty()) {
          m.Raw("[]");
          continue;
        }
        m.OpenArray();
        for (size_t k = 0; k < refs.size(); ++k) {
          m.Item(k);
          m.Id('c', analyses[refs[k].doc].doc.id, static_cast<size_t>(refs[k].claim));
          if (flush_bytes && sink.Size() >= (1 << 16)) {
            Status st = flush_bytes(sink.Flush());
            sink.Resume();
            if (!st.ok()) return st;
          }
        }
        m.CloseArray();
      }
      m.Key("unit").String(le.unit);
      m.Key("low").Number(le.low);
      m.Key("high").Number(le.high);
      m.Key("consensus");
      if (le.consensus) {
        RecordWriter& c = m;
        c.OpenArray();
        c.Item(0);
        c.Number(le.consensus->first);
        c.Item(1);
        c.Number(le.consensus->second);
        c.CloseArray();
      } else {
        m.Null();
      }
      m.Key("conservative").Number(le.conservative);
      m.Key("agreement").String(le.agreement);
      m.Key("evolving").Bool(le.evolving);
      m.Key("why").String(le.why);
      m.Close();
    }
    w.CloseArray();
  }
  w.Key("timeline");
  if (s.timeline.empty()) {
    w.Raw("[]");
  } else {
    w.OpenArray();
    for (size_t k = 0; k < s.timeline.size(); ++k) {
      const TimelineItem& t = s.timeline[k];
      const DocAnalysis& a = analyses[t.doc];
      w.Item(k);
      RecordWriter item = w.ItemObject();
      item.Key("date").String(t.date);
      item.Key("text").String(t.span.Of(a.doc.text));
      item.Key("doc").String(a.doc.id);
      item.Key("start").Integer(t.span.start);
      item.Key("end").Integer(t.span.end);
      item.Close();
    }
    w.CloseArray();
  }
  w.Close();
  return Status::Ok();
}

}  // namespace json_records
}  // namespace crosscheck
