// A small hand-made account for the export tests: two stories, four
// documents (one a copy), figures with hedges and open bounds, quotes, and
// the text an export must carry safely (commas, quotes, a line break, a
// leading '=', non-ASCII), plus fields missing or null where readers must
// not trip.
#ifndef CROSSCHECK_EXPORT_EXPORT_TEST_UTIL_H_
#define CROSSCHECK_EXPORT_EXPORT_TEST_UTIL_H_

#include "export/account.h"

namespace crosscheck::exporting {

inline Json TestAccountJson() {
  const std::string text_a = "Almost 500 civilians, Mayor Vadym Boychenko said, remain in the \"Azovstal\" plant.\n"
                             "The UN evacuated 101 people from Mariupol.";
  const std::string text_b = "=SUM(1) up to 1,000 civilians shelter in Azovstal; 3 people were killed in Mariupol.";
  Json j = Json::parse(R"json({
 "schema": "crosscheck/1", "generator": "crosscheck test",
 "documents": [
  {"id": "da", "path": "in/a.txt", "line": null, "copy_of": null, "source": "Wire, Inc.", "title": "Plant \"holdouts\"",
   "url": "https://www.example.org/a?x=1", "author": "Jo Smith", "date": "2022-05-04", "language": "en"},
  {"id": "db", "path": "in/b.jsonl", "line": 7, "copy_of": null, "source": null, "title": null,
   "url": "javascript:alert(1)", "author": null, "date": "2022-05-06"},
  {"id": "dc", "path": "in/c.txt", "copy_of": "da", "source": "Reprint Daily", "url": "http://reprint.example/c", "date": "2022-05-05"},
  {"id": "dd", "path": "in/d.txt", "source": "Other", "date": null}
 ],
 "sentences": [
  {"doc": "da", "start": 0, "end": 81}, {"doc": "da", "start": 82, "end": 124},
  {"doc": "db", "start": 0, "end": 50}, {"doc": "db", "start": 51, "end": 84}
 ],
 "quantities": [
  {"id": "qda.0", "doc": "da", "start": 0, "end": 10, "text": "Almost 500", "value": 500, "low": null, "high": 500,
   "band_low": 450, "band_high": 500, "conservative": 450, "hedge": "almost", "unit": null},
  {"id": "qda.1", "doc": "da", "start": 99, "end": 102, "text": "101", "value": 101, "low": 101, "high": 101,
   "band_low": 101, "band_high": 101, "conservative": 101, "hedge": null},
  {"id": "qdb.0", "doc": "db", "start": 8, "end": 19, "text": "=up to 1,000", "value": 1000, "low": null, "high": 1000,
   "band_low": 500, "band_high": 1000, "conservative": 500, "hedge": "up to"},
  {"id": "qdb.1", "doc": "db", "start": 51, "end": 52, "text": "3", "value": 3, "low": 3, "high": 3,
   "band_low": 3, "band_high": 3, "conservative": 3},
  {"id": "qdc.0", "doc": "dc", "start": 0, "end": 10, "text": "Almost 500", "value": 500, "high": 500,
   "band_low": 450, "band_high": 500, "conservative": 450, "hedge": "almost"}
 ],
 "entities": [
  {"id": "eda.0", "doc": "da", "start": 28, "end": 43, "type": "person", "name": "Vadym Boychenko"},
  {"id": "eda.1", "doc": "da", "start": 65, "end": 73, "type": "facility", "name": "Azovstal plant"},
  {"id": "eda.2", "doc": "da", "start": 86, "end": 88, "type": "organization", "name": "UN"},
  {"id": "eda.3", "doc": "da", "start": 115, "end": 123, "type": "location", "name": "Mariupol"},
  {"id": "edb.0", "doc": "db", "start": 41, "end": 49, "type": "facility", "name": "Azovstal"},
  {"id": "edb.3", "doc": "db", "start": 1, "end": 4, "type": "organization", "name": "UN"},
  {"id": "edb.1", "doc": "db", "start": 60, "end": 66, "type": "organization", "name": "UN forces"},
  {"id": "edb.2", "doc": "db", "start": 75, "end": 83, "type": "location", "name": "Mariupol"}
 ],
 "quotes": [
  {"id": "uda.0", "doc": "da", "start": 0, "end": 81, "text": "Almost 500 civilians remain", "direct": false,
   "speaker": "Vadym Boychenko", "speaker_role": "mayor, Mariupol"},
  {"id": "udb.0", "doc": "db", "start": 0, "end": 20, "text": "no one", "direct": true, "speaker": null}
 ],
 "claims": [
  {"id": "cda.0", "doc": "da", "quantity": "qda.0", "start": 0, "end": 81, "measure": "civilians sheltering in Azovstal",
   "counted": "civilians", "state": "sheltering", "place": "Azovstal", "place_kind": "facility",
   "speaker": "Vadym Boychenko", "speaker_role": "mayor, Mariupol", "time": "2022-05-04", "as_of": "2022-05-04", "group": "civilian"},
  {"id": "cda.1", "doc": "da", "quantity": "qda.1", "start": 82, "end": 124, "measure": "people evacuated from Mariupol",
   "state": "evacuated", "place": "Mariupol", "place_kind": "settlement", "speaker": null, "time": "2022-05", "as_of": "2022-05-04"},
  {"id": "cdb.0", "doc": "db", "quantity": "qdb.0", "start": 0, "end": 50, "measure": "civilians sheltering in Azovstal",
   "counted": "civilians", "state": "sheltering", "place": "Azovstal", "place_kind": "facility", "speaker": "UN",
   "as_of": "2022-05-06"},
  {"id": "cdb.1", "doc": "db", "quantity": "qdb.1", "start": 51, "end": 84, "measure": "people killed in Mariupol",
   "state": "killed", "place": "Mariupol", "place_kind": "settlement", "speaker": null, "time": "2022-05-05", "as_of": "2022-05-06"},
  {"id": "cdc.0", "doc": "dc", "quantity": "qdc.0", "start": 0, "end": 10, "measure": "civilians sheltering in Azovstal",
   "state": "sheltering", "place": "Azovstal", "place_kind": "facility", "speaker": "Vadym Boychenko", "as_of": "2022-05-05"}
 ],
 "stories": [
  {"id": "sda", "title": "Plant \"holdouts\"", "documents": ["da", "db", "dc"],
   "ledger": [
    {"measure": "civilians sheltering in Azovstal", "claims": ["cda.0", "cdc.0", "cdb.0"], "low": null, "high": 1000,
     "consensus": [450, 500], "conservative": 450, "agreement": "agree", "evolving": false, "why": "bands overlap"},
    {"measure": "people evacuated from Mariupol", "claims": ["cda.1"], "low": 101, "high": 101, "consensus": [101, 101],
     "conservative": 101, "agreement": "single", "evolving": false, "why": ""},
    {"measure": "people killed in Mariupol", "claims": ["cdb.1", "cmissing.9"], "low": 3, "high": 3, "consensus": null,
     "conservative": 3, "agreement": "single", "evolving": true}
   ],
   "timeline": [{"date": "2022-05-04", "text": "x", "doc": "da", "start": 0, "end": 82}]},
  {"id": "sdd", "title": "Other story", "documents": ["dd"], "ledger": [], "timeline": []}
 ],
 "errors": []
})json");
  j["documents"][0]["text"] = text_a;
  j["documents"][1]["text"] = text_b;
  return j;
}

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_EXPORT_TEST_UTIL_H_
