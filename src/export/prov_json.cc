// W3C PROV-JSON (the PROV-JSON Member Submission's member names): the
// lineage of every ledger figure and quote back to its documents, and of
// every copy back to its original.
//
//  entity   cc:document/ID   a report (prov:type schema:NewsArticle)
//           cc:figure/QID    a figure as written, with its low/best/high
//           cc:quote/UID     a quote as the report prints it
//           cc:statement/UID what the speaker said, that the quote repeats
//           cc:entry/SID/N   a ledger entry (a measure across sources)
//  agent    cc:outlet/NAME (prov:Organization), cc:speaker/NAME
//           (prov:Person or prov:Organization), cc:crosscheck
//           (prov:SoftwareAgent)
//  activity cc:ledger/SID    the reconciliation that built a story's ledger
//
//  wasDerivedFrom   copy -> original       prov:type prov:Revision
//                   quote -> statement     prov:type prov:Quotation
//                   figure -> document     (plain derivation)
//                   entry -> figure        prov:activity cc:ledger/SID
//  wasAttributedTo  document -> outlet, quote -> outlet, statement ->
//                   speaker, figure -> speaker (or the outlet for its own
//                   narration)
//  wasGeneratedBy   entry -> cc:ledger/SID
//  wasAssociatedWith cc:ledger/SID -> cc:crosscheck
//
// PROV-DM's wasRevisionOf and wasQuotedFrom are derivations with those
// types; PROV-JSON has no member of their own for them, so they are written
// as typed wasDerivedFrom records, as the submission prescribes.
#include <cctype>
#include <map>
#include <set>

#include "export/export.h"
#include "export/ledger_rows.h"

namespace crosscheck::exporting {

namespace {

Json QualifiedName(const std::string& qn) { return Json{{"$", qn}, {"type", "prov:QUALIFIED_NAME"}}; }
Json Typed(const std::string& value, const char* type) { return Json{{"$", value}, {"type", type}}; }

// A local name for a free-text name: lower-case letters and digits, other
// runs as one '-'. Distinct names that fold alike get "-2", "-3" ….
class Slugs {
 public:
  std::string Of(const std::string& kind, const std::string& name) {
    auto it = ids_.find({kind, name});
    if (it != ids_.end()) return it->second;
    std::string slug;
    for (unsigned char c : name) {
      if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
      else if (c >= 0x80) slug += static_cast<char>(c);  // keep UTF-8 letters
      else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "unnamed";
    std::string id = "cc:" + kind + "/" + slug;
    for (int n = 2; used_.count(id); ++n) id = "cc:" + kind + "/" + slug + "-" + std::to_string(n);
    used_.insert(id);
    return ids_[{kind, name}] = id;
  }

 private:
  std::map<std::pair<std::string, std::string>, std::string> ids_;
  std::set<std::string> used_;
};

class ProvBuilder {
 public:
  explicit ProvBuilder(const Account& account) : account_(account) {}

  Json Build() {
    root_["prefix"] = Json{{"cc", "urn:crosscheck:"}, {"schema", "https://schema.org/"}};
    for (const char* m : {"entity", "agent", "activity", "wasGeneratedBy", "wasDerivedFrom", "wasAttributedTo",
                          "wasAssociatedWith"})
      root_[m] = Json::object();
    std::string generator = Str(account_.root(), "generator");
    root_["agent"]["cc:crosscheck"] = Json{{"prov:type", QualifiedName("prov:SoftwareAgent")},
                                           {"prov:label", generator.empty() ? "crosscheck" : generator}};
    // Documents of the stories, copies as revisions of their originals.
    std::set<std::string> docs;
    for (const Json& s : account_.stories())
      for (const Json& id : Arr(s, "documents"))
        if (id.is_string() && docs.insert(id.get<std::string>()).second) Document(id.get<std::string>());
    for (const std::string& id : docs) {
      const Json* d = account_.Document(id);
      if (!d) continue;
      std::string original = Str(*d, "copy_of");
      if (!original.empty() && docs.count(original))
        Relation("wasDerivedFrom", "rev", {{"prov:generatedEntity", DocId(id)}, {"prov:usedEntity", DocId(original)},
                                           {"prov:type", QualifiedName("prov:Revision")}});
      for (const Json* q : account_.Quotes(id)) Quote(id, *q);
    }
    // Figures of the ledgers, and the entries derived from them.
    const std::vector<LedgerRow> rows = LedgerRows(account_);
    std::set<const Json*> entries;
    for (const LedgerRow& r : rows) {
      const std::string story = Str(*r.story, "id");
      const std::string activity = "cc:ledger/" + story;
      if (!root_["activity"].contains(activity)) {
        root_["activity"][activity] = Json{{"prov:label", "crosscheck ledger of story " + story}};
        Relation("wasAssociatedWith", "assoc", {{"prov:activity", activity}, {"prov:agent", "cc:crosscheck"}});
      }
      const std::string entry = "cc:entry/" + story + "/" + std::to_string(r.entry_index + 1);
      if (entries.insert(r.entry).second) {
        Json e{{"prov:type", QualifiedName("cc:LedgerEntry")}, {"prov:label", Str(*r.entry, "measure")},
               {"cc:agreement", Str(*r.entry, "agreement")}, {"cc:evolving", Bool(*r.entry, "evolving")}};
        root_["entity"][entry] = std::move(e);
        Relation("wasGeneratedBy", "gen", {{"prov:entity", entry}, {"prov:activity", activity}});
      }
      if (!r.quantity) continue;
      const std::string figure = "cc:figure/" + Str(*r.quantity, "id");
      if (!root_["entity"].contains(figure)) Figure(r, figure);
      Relation("wasDerivedFrom", "der", {{"prov:generatedEntity", entry}, {"prov:usedEntity", figure},
                                         {"prov:activity", activity}});
    }
    return std::move(root_);
  }

 private:
  static std::string DocId(const std::string& id) { return "cc:document/" + id; }

  void Relation(const char* member, const char* prefix, Json record) {
    int n = ++counters_[member];
    root_[member]["_:" + std::string(prefix) + std::to_string(n)] = std::move(record);
  }

  std::string Outlet(const std::string& doc) {
    std::string name = account_.Outlet(doc);
    std::string id = slugs_.Of("outlet", name);
    if (!root_["agent"].contains(id))
      root_["agent"][id] = Json{{"prov:type", QualifiedName("prov:Organization")}, {"prov:label", name}};
    return id;
  }

  std::string Speaker(const std::string& doc, const std::string& name, const std::string& role) {
    std::string id = slugs_.Of("speaker", name);
    if (!root_["agent"].contains(id)) {
      bool org = false;  // as jsonld.cc: an entity that is not a person speaks as an organisation
      for (const Json* e : account_.Entities(doc))
        if (Str(*e, "name") == name) org = Str(*e, "type") != "person";
      Json a{{"prov:type", QualifiedName(org ? "prov:Organization" : "prov:Person")}, {"prov:label", name}};
      if (!role.empty()) a["cc:role"] = role;
      root_["agent"][id] = std::move(a);
    }
    return id;
  }

  void Document(const std::string& id) {
    const Json* d = account_.Document(id);
    Json e{{"prov:type", QualifiedName("schema:NewsArticle")}};
    if (d) {
      std::string title = Str(*d, "title");
      e["prov:label"] = title.empty() ? account_.Outlet(*d) : title;
      if (IsHttpUrl(Str(*d, "url"))) e["schema:url"] = Typed(Str(*d, "url"), "xsd:anyURI");
      if (auto date = OptStr(*d, "date"); date && DateGrain(*date) == "day")
        e["schema:datePublished"] = Typed(*date, "xsd:date");
    }
    root_["entity"][DocId(id)] = std::move(e);
    if (d) Relation("wasAttributedTo", "attr", {{"prov:entity", DocId(id)}, {"prov:agent", Outlet(id)}});
  }

  void Quote(const std::string& doc, const Json& q) {
    std::string id = Str(q, "id");
    if (id.empty()) return;
    const std::string quote = "cc:quote/" + id, statement = "cc:statement/" + id;
    Json e{{"prov:type", QualifiedName("cc:Quote")}, {"prov:value", Str(q, "text")},
           {"cc:direct", Bool(q, "direct")}, {"cc:document", QualifiedName(DocId(doc))}};
    if (auto s = Num(q, "start")) e["cc:start"] = JsonNumber(*s);
    if (auto s = Num(q, "end")) e["cc:end"] = JsonNumber(*s);
    root_["entity"][quote] = std::move(e);
    Relation("wasAttributedTo", "attr", {{"prov:entity", quote}, {"prov:agent", Outlet(doc)}});
    std::string speaker = Str(q, "speaker");
    if (speaker.empty()) return;  // no source named: nothing it was quoted from
    root_["entity"][statement] = Json{{"prov:type", QualifiedName("cc:Statement")},
                                      {"prov:label", "what " + speaker + " said"}};
    Relation("wasAttributedTo", "attr",
             {{"prov:entity", statement}, {"prov:agent", Speaker(doc, speaker, Str(q, "speaker_role"))}});
    Relation("wasDerivedFrom", "quot", {{"prov:generatedEntity", quote}, {"prov:usedEntity", statement},
                                        {"prov:type", QualifiedName("prov:Quotation")}});
  }

  void Figure(const LedgerRow& r, const std::string& figure) {
    const Json& q = *r.quantity;
    Estimate est = FigureEstimate(q);
    Json e{{"prov:type", QualifiedName("cc:Figure")}, {"prov:value", Str(q, "text")},
           {"cc:measure", Str(*r.entry, "measure")}};
    if (est.low) e["cc:low"] = JsonNumber(*est.low);
    if (est.best) e["cc:best"] = JsonNumber(*est.best);
    if (est.high) e["cc:high"] = JsonNumber(*est.high);
    if (auto s = Num(q, "start")) e["cc:start"] = JsonNumber(*s);
    if (auto s = Num(q, "end")) e["cc:end"] = JsonNumber(*s);
    if (r.claim && DateGrain(Str(*r.claim, "as_of")) == "day") e["cc:asOf"] = Typed(Str(*r.claim, "as_of"), "xsd:date");
    root_["entity"][figure] = std::move(e);
    if (!root_["entity"].contains(DocId(r.doc_id))) Document(r.doc_id);
    Relation("wasDerivedFrom", "der", {{"prov:generatedEntity", figure}, {"prov:usedEntity", DocId(r.doc_id)}});
    std::string speaker = r.claim ? Str(*r.claim, "speaker") : "";
    std::string agent = speaker.empty() ? Outlet(r.doc_id) : Speaker(r.doc_id, speaker, Str(*r.claim, "speaker_role"));
    Relation("wasAttributedTo", "attr", {{"prov:entity", figure}, {"prov:agent", agent}});
  }

  const Account& account_;
  Json root_ = Json::object();
  Slugs slugs_;
  std::map<std::string, int> counters_;
};

}  // namespace

Json ProvJson(const Account& account) { return ProvBuilder(account).Build(); }

}  // namespace crosscheck::exporting
