// Checkers of the standards the exports follow, used by the tests (and
// available to anyone validating an export): each returns the list of rule
// violations found, empty when the document conforms.
//  - CsvProblems: RFC 4180 (parses; every record as wide as the header;
//    the header is the one expected).
//  - JsonLdProblems: JSON-LD with the schema.org context; every node's
//    @type is a schema.org type we use, with only properties schema.org
//    defines for that type; the required members of Claim (appearance with
//    its article, text) and ClaimReview (itemReviewed naming a Claim of the
//    graph, claimReviewed, reviewRating of type Rating); no link that is not
//    http(s).
//  - ProvJsonProblems: W3C PROV-JSON: only the submission's member names at
//    the top level; each relation record with its required members; every
//    identifier a relation names declared as an entity, agent or activity;
//    every qualified name under a declared prefix; typed literals as
//    {"$", "type"}.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_EXPORT_STANDARD_RULES_H_
#define CROSSCHECK_EXPORT_STANDARD_RULES_H_

#include <string>
#include <vector>

#include "core/json_util.h"

namespace crosscheck::exporting {

std::vector<std::string> CsvProblems(const std::string& csv, const std::vector<std::string>& header);
std::vector<std::string> JsonLdProblems(const Json& doc);
std::vector<std::string> ProvJsonProblems(const Json& doc);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_STANDARD_RULES_H_
