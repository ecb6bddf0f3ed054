#include "export/standard_rules.h"

#include <map>
#include <set>

#include "export/account.h"
#include "export/csv.h"

namespace crosscheck::exporting {

std::vector<std::string> CsvProblems(const std::string& csv, const std::vector<std::string>& header) {
  std::vector<std::string> p;
  auto parsed = ParseCsv(csv);
  if (!parsed.ok()) return {parsed.error().message};
  if (parsed->empty()) return {"no header"};
  if ((*parsed)[0] != header) p.push_back("header differs from the documented columns");
  for (size_t i = 1; i < parsed->size(); ++i)
    if ((*parsed)[i].size() != (*parsed)[0].size())
      p.push_back("record " + std::to_string(i + 1) + " has " + std::to_string((*parsed)[i].size()) + " fields, not " +
                  std::to_string((*parsed)[0].size()));
  if (csv.size() >= 2 && csv.compare(csv.size() - 2, 2, "\r\n") != 0) p.push_back("the last record does not end in CRLF");
  return p;
}

namespace {

// schema.org properties we use, per type (each defined for that type or
// inherited from CreativeWork / Thing on schema.org).
const std::map<std::string, std::set<std::string>>& SchemaOrgProperties() {
  static const std::map<std::string, std::set<std::string>> kTypes = {
      {"Claim", {"name", "text", "description", "author", "dateCreated", "firstAppearance", "appearance"}},
      {"ClaimReview", {"itemReviewed", "claimReviewed", "reviewRating", "author", "datePublished", "url"}},
      {"Rating", {"ratingValue", "bestRating", "worstRating", "alternateName"}},
      {"CreativeWork", {"identifier", "text", "author", "dateCreated", "isPartOf"}},
      {"NewsArticle", {"identifier", "url", "headline", "publisher", "author", "datePublished"}},
      {"Person", {"name", "description"}},
      {"Organization", {"name", "description"}},
  };
  return kTypes;
}

void CheckNode(const Json& node, const std::string& where, std::vector<std::string>* p) {
  if (!node.is_object()) return p->push_back(where + ": a node must be an object");
  if (node.size() == 1 && node.contains("@id")) return;  // a reference
  std::string type = Str(node, "@type");
  auto t = SchemaOrgProperties().find(type);
  if (t == SchemaOrgProperties().end()) return p->push_back(where + ": @type " + node.value("@type", Json()).dump() + " is not one we use");
  for (const auto& [key, value] : node.items()) {
    if (key == "@type" || key == "@id") continue;
    if (key[0] == '@') p->push_back(where + ": keyword " + key + " not allowed here");
    else if (!t->second.count(key)) p->push_back(where + ": " + type + " has no property " + key + " on schema.org");
    if (key == "url" && value.is_string() && !IsHttpUrl(value.get<std::string>()))
      p->push_back(where + ": url is not http(s): " + value.get<std::string>());
    auto check = [&](const Json& v, const std::string& w) {
      if (v.is_object()) CheckNode(v, w, p);
    };
    if (value.is_array())
      for (size_t i = 0; i < value.size(); ++i) check(value[i], where + "." + key + "[" + std::to_string(i) + "]");
    else
      check(value, where + "." + key);
  }
  if (node.contains("@id") && node["@id"].is_string()) {
    std::string id = node["@id"];
    if (!IsHttpUrl(id) && id.rfind("urn:", 0) != 0) p->push_back(where + ": @id is neither http(s) nor a URN: " + id);
  }
}

}  // namespace

std::vector<std::string> JsonLdProblems(const Json& doc) {
  std::vector<std::string> p;
  if (!doc.is_object()) return {"not a JSON object"};
  if (Str(doc, "@context") != "https://schema.org") p.push_back("@context is not https://schema.org");
  if (!doc.contains("@graph") || !doc["@graph"].is_array()) return {"no @graph array"};
  std::set<std::string> claims;
  for (const Json& n : doc["@graph"])
    if (Str(n, "@type") == "Claim") claims.insert(Str(n, "@id"));
  const Json& graph = doc["@graph"];
  for (size_t i = 0; i < graph.size(); ++i) {
    const Json& n = graph[i];
    std::string where = "@graph[" + std::to_string(i) + "]";
    CheckNode(n, where, &p);
    std::string type = Str(n, "@type");
    if (Str(n, "@id").empty()) p.push_back(where + ": no @id");
    if (type == "Claim") {
      if (Str(n, "text").empty()) p.push_back(where + ": Claim without text");
      const Json& ap = Arr(n, "appearance");
      if (ap.empty()) p.push_back(where + ": Claim without appearance");
      std::set<std::string> ids;
      for (const Json& a : ap) {
        ids.insert(Str(a, "@id"));
        if (Str(a, "text").empty()) p.push_back(where + ": appearance without text");
        if (!a.contains("isPartOf") || Str(a["isPartOf"], "@type") != "NewsArticle")
          p.push_back(where + ": appearance not part of a NewsArticle");
        if (!a.contains("author")) p.push_back(where + ": appearance without author");
      }
      if (!n.contains("firstAppearance") || !ids.count(Str(n["firstAppearance"], "@id")))
        p.push_back(where + ": firstAppearance is not one of its appearances");
    } else if (type == "ClaimReview") {
      if (!n.contains("itemReviewed") || !claims.count(Str(n["itemReviewed"], "@id")))
        p.push_back(where + ": itemReviewed does not name a Claim of the graph");
      if (Str(n, "claimReviewed").empty()) p.push_back(where + ": ClaimReview without claimReviewed");
      if (!n.contains("reviewRating") || Str(n["reviewRating"], "@type") != "Rating")
        p.push_back(where + ": ClaimReview without a Rating");
    } else {
      p.push_back(where + ": top-level node of type " + type + " (expected Claim or ClaimReview)");
    }
  }
  return p;
}

namespace {

struct RelationSpec {
  std::vector<std::string> required, optional_ids;
};

const std::map<std::string, RelationSpec>& ProvRelations() {
  static const std::map<std::string, RelationSpec> kRelations = {
      {"wasGeneratedBy", {{"prov:entity"}, {"prov:activity"}}},
      {"used", {{"prov:activity"}, {"prov:entity"}}},
      {"wasInformedBy", {{"prov:informed", "prov:informant"}, {}}},
      {"wasStartedBy", {{"prov:activity"}, {"prov:trigger", "prov:starter"}}},
      {"wasEndedBy", {{"prov:activity"}, {"prov:trigger", "prov:ender"}}},
      {"wasInvalidatedBy", {{"prov:entity"}, {"prov:activity"}}},
      {"wasDerivedFrom", {{"prov:generatedEntity", "prov:usedEntity"}, {"prov:activity"}}},
      {"wasAttributedTo", {{"prov:entity", "prov:agent"}, {}}},
      {"wasAssociatedWith", {{"prov:activity"}, {"prov:agent", "prov:plan"}}},
      {"actedOnBehalfOf", {{"prov:delegate", "prov:responsible"}, {"prov:activity"}}},
      {"wasInfluencedBy", {{"prov:influencee", "prov:influencer"}, {}}},
      {"specializationOf", {{"prov:specificEntity", "prov:generalEntity"}, {}}},
      {"alternateOf", {{"prov:alternate1", "prov:alternate2"}, {}}},
      {"hadMember", {{"prov:collection", "prov:entity"}, {}}},
  };
  return kRelations;
}

}  // namespace

std::vector<std::string> ProvJsonProblems(const Json& doc) {
  std::vector<std::string> p;
  if (!doc.is_object()) return {"not a JSON object"};
  std::set<std::string> prefixes = {"prov", "xsd"};
  if (doc.contains("prefix")) {
    if (!doc["prefix"].is_object()) p.push_back("prefix is not an object");
    else
      for (const auto& [k, v] : doc["prefix"].items()) {
        prefixes.insert(k);
        if (!v.is_string()) p.push_back("prefix " + k + " is not a string");
      }
  }
  auto qualified = [&](const std::string& qn, const std::string& where) {
    if (qn.rfind("_:", 0) == 0) return;
    size_t colon = qn.find(':');
    if (colon == std::string::npos || !prefixes.count(qn.substr(0, colon)))
      p.push_back(where + ": " + qn + " is not a qualified name under a declared prefix");
  };
  std::set<std::string> declared;
  for (const char* kind : {"entity", "agent", "activity"}) {
    if (!doc.contains(kind)) continue;
    for (const auto& [id, attrs] : doc[kind].items()) {
      std::string where = std::string(kind) + " " + id;
      qualified(id, where);
      declared.insert(id);
      if (!attrs.is_object()) {
        p.push_back(where + ": attributes are not an object");
        continue;
      }
      for (const auto& [k, v] : attrs.items()) {
        qualified(k, where);
        if (v.is_object()) {
          if (!v.contains("$") || !v.contains("type")) p.push_back(where + ": typed literal " + k + " needs \"$\" and \"type\"");
          else if (Str(v, "type") == "prov:QUALIFIED_NAME") qualified(Str(v, "$"), where + " " + k);
        }
      }
    }
  }
  for (const auto& [member, value] : doc.items()) {
    if (member == "prefix" || member == "entity" || member == "agent" || member == "activity" || member == "bundle")
      continue;
    auto spec = ProvRelations().find(member);
    if (spec == ProvRelations().end()) {
      p.push_back("top-level member " + member + " is not a PROV-JSON member name");
      continue;
    }
    for (const auto& [rid, rec] : value.items()) {
      std::string where = member + " " + rid;
      qualified(rid, where);
      if (!rec.is_object()) {
        p.push_back(where + ": not an object");
        continue;
      }
      for (const std::string& r : spec->second.required) {
        std::string target = Str(rec, r.c_str());
        if (target.empty()) p.push_back(where + ": missing " + r);
        else if (!declared.count(target)) p.push_back(where + ": " + r + " " + target + " is not declared");
      }
      for (const std::string& r : spec->second.optional_ids) {
        std::string target = Str(rec, r.c_str());
        if (!target.empty() && !declared.count(target)) p.push_back(where + ": " + r + " " + target + " is not declared");
      }
      if (rec.contains("prov:type")) {
        const Json& t = rec["prov:type"];
        if (!t.is_object() || Str(t, "type") != "prov:QUALIFIED_NAME") p.push_back(where + ": prov:type is not a qualified name");
        else qualified(Str(t, "$"), where);
      }
    }
  }
  return p;
}

}  // namespace crosscheck::exporting
