// schema.org JSON-LD: one Claim per ledger entry and an empty ClaimReview
// beside it. We reconcile, we do not rate: the Claim carries what the
// sources said (every appearance: the words, the article, the speaker, the
// date) and the ledger's finding as its description; the ClaimReview's
// rating, author, date and URL are null, for a fact-checker to fill in.
//
// Node ids are URNs under urn:crosscheck: so the graph is self-contained;
// an article with an http(s) URL is identified by that URL.
#include <algorithm>
#include <map>
#include <set>

#include "export/export.h"
#include "export/ledger_rows.h"

namespace crosscheck::exporting {

namespace {

// The type of a speaker: a person when the document tags that name as one,
// an organisation when it tags it as anything else (a ministry, or a country
// speaking as its government: "Russia said"), and a person when the name is
// no entity (a role or a group of people: "a soldier", "Ukrainian officials").
const char* SpeakerType(const Account& account, const std::string& doc, const std::string& name) {
  for (const Json* e : account.Entities(doc))
    if (Str(*e, "name") == name) return Str(*e, "type") == "person" ? "Person" : "Organization";
  return "Person";
}

Json SpeakerNode(const Account& account, const LedgerRow& r) {
  std::string speaker = r.claim ? Str(*r.claim, "speaker") : "";
  if (speaker.empty()) return Json{{"@type", "Organization"}, {"name", r.doc ? account.Outlet(*r.doc) : r.doc_id}};
  Json j{{"@type", SpeakerType(account, r.doc_id, speaker)}, {"name", speaker}};
  std::string role = Str(*r.claim, "speaker_role");
  if (!role.empty()) j["description"] = role;
  return j;
}

Json ArticleNode(const Account& account, const LedgerRow& r) {
  Json a{{"@type", "NewsArticle"}};
  std::string url = r.doc ? Str(*r.doc, "url") : "";
  a["@id"] = IsHttpUrl(url) ? url : "urn:crosscheck:document:" + r.doc_id;
  a["identifier"] = r.doc_id;
  if (IsHttpUrl(url)) a["url"] = url;
  if (r.doc) {
    if (auto t = OptStr(*r.doc, "title")) a["headline"] = *t;
    a["publisher"] = Json{{"@type", "Organization"}, {"name", account.Outlet(*r.doc)}};
    if (auto au = OptStr(*r.doc, "author")) a["author"] = Json{{"@type", "Person"}, {"name", *au}};
    if (auto d = OptStr(*r.doc, "date")) a["datePublished"] = *d;
  }
  return a;
}

// The words of a claim: its clause when the account holds the text, else
// the measure and the figure as written, else (an account whose claim has
// an empty span and no measure) the claim's id; never empty, since
// schema.org's Claim needs its text.
std::string ClaimText(const Account& account, const LedgerRow& r) {
  if (r.claim) {
    auto a = Offset(*r.claim, "start"), b = Offset(*r.claim, "end");
    if (a && b)
      if (auto t = account.Text(r.doc_id, *a, *b); t && !t->empty())
        return std::string(*t);
  }
  std::string figure = r.quantity ? Str(*r.quantity, "text") : "";
  std::string measure = Str(*r.entry, "measure");
  if (measure.empty()) return figure.empty() ? "claim " + r.claim_id : figure;
  return measure + (figure.empty() ? "" : ": " + figure);
}

std::string Finding(const Json& entry) {
  std::string agreement = Str(entry, "agreement");
  std::string s = agreement == "agree"      ? "The sources agree."
                  : agreement == "disagree" ? "The sources disagree."
                                            : "One source.";
  if (Bool(entry, "evolving")) s += " The figure changed over time (an update, not a dispute).";
  std::string why = Str(entry, "why");
  if (!why.empty()) s += " " + why;
  return s;
}

}  // namespace

Json ClaimsJsonLd(const Account& account) {
  Json graph = Json::array();
  const std::vector<LedgerRow> rows = LedgerRows(account);
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    while (j < rows.size() && rows[j].entry == rows[i].entry) ++j;
    const LedgerRow& first = rows[i];
    const std::string claim_id =
        "urn:crosscheck:" + Str(*first.story, "id") + ":claim:" + std::to_string(first.entry_index + 1);
    Json appearances = Json::array(), authors = Json::array();
    std::set<std::string> author_names;
    std::string earliest;
    for (size_t k = i; k < j; ++k) {
      const LedgerRow& r = rows[k];
      Json speaker = SpeakerNode(account, r);
      Json ap{{"@type", "CreativeWork"}, {"@id", "urn:crosscheck:claim:" + r.claim_id}, {"identifier", r.claim_id},
              {"text", ClaimText(account, r)}, {"author", speaker}};
      std::string as_of = r.claim ? Str(*r.claim, "as_of") : "";
      if (!as_of.empty()) {
        ap["dateCreated"] = as_of;
        if (earliest.empty() || as_of < earliest) earliest = as_of;
      }
      ap["isPartOf"] = ArticleNode(account, r);
      if (author_names.insert(speaker["name"].get<std::string>()).second) authors.push_back(speaker);
      appearances.push_back(std::move(ap));
    }
    Json claim{{"@type", "Claim"}, {"@id", claim_id}, {"name", Str(*first.entry, "measure")},
               {"text", ClaimText(account, first)}, {"description", Finding(*first.entry)}};
    claim["author"] = authors;
    if (!earliest.empty()) claim["dateCreated"] = earliest;
    claim["firstAppearance"] = Json{{"@id", appearances[0]["@id"]}};
    claim["appearance"] = std::move(appearances);
    Json review{{"@type", "ClaimReview"},
                {"@id", claim_id + ":review"},
                {"itemReviewed", Json{{"@id", claim_id}}},
                {"claimReviewed", claim["text"]},
                {"reviewRating", Json{{"@type", "Rating"}, {"ratingValue", nullptr}, {"bestRating", nullptr},
                                      {"worstRating", nullptr}, {"alternateName", nullptr}}},
                {"author", nullptr},
                {"datePublished", nullptr},
                {"url", nullptr}};
    graph.push_back(std::move(claim));
    graph.push_back(std::move(review));
    i = j;
  }
  return Json{{"@context", "https://schema.org"}, {"@graph", std::move(graph)}};
}

}  // namespace crosscheck::exporting
