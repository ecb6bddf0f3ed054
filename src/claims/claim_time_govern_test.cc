// A date dates a figure only when it governs it: a date of another verb's
// clause — a main clause the figure's adjunct hangs from, a subordinate
// clause of its own, a relative clause closed by a comma — leaves the
// figure undated (claims/time_govern.h). Invented sentences; the time
// layer is given by hand (claims/claim_testing.h).
#include <gtest/gtest.h>

#include "claims/claim.h"
#include "claims/claim_testing.h"

namespace crosscheck {
namespace {

using namespace claim_testing;

struct GovernRow {
  const char* why;
  const char* text;
  const char* figure;
  double value;
  const char* time_text;
  const char* time_value;
  const char* want;  // the figure's time ("" undated)
};

void CheckGovernRow(const GovernRow& r) {
  SCOPED_TRACE(std::string(r.why) + ": " + r.text);
  Built b = Build(r.text, "2022-06-10", {{r.figure, "", r.value}}, {{r.time_text, r.time_value}});
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(b.claims[0].time, r.want);
}

TEST(ClaimTest, ADateDatesAFigureOnlyWhenItGovernsIt) {
  const GovernRow kRows[] = {
      // The figure in an adjunct after the date: the date is the main verb's.
      {"a gerund adjunct after the date", "Dana Ferrow joined the Marlow club on June 3, 2015, after serving six "
       "seasons at Kessby.", "six", 6, "June 3, 2015", "2015-06-03", ""},
      {"a gerund adjunct without a comma",
       "Tilde Orsk returns to the council on Thursday after spending 14 months in detention.", "14", 14,
       "on Thursday", "2022-06-09", ""},
      {"a finite adjunct clause", "The strike ended on Friday because the board had offered 40 new posts.", "40",
       40, "on Friday", "2022-06-10", ""},
      {"a phrase after the subordinator stays in the date's clause",
       "Orsk spoke on Tuesday before 300 supporters in Varn.", "300", 300, "on Tuesday", "2022-06-07",
       "2022-06-07"},
      {"an adjunct closed by a comma leaves the figure in the main clause",
       "On Tuesday, after a long debate, the Varn council cut 40 jobs.", "40", 40, "On Tuesday", "2022-06-07",
       "2022-06-07"},
      // The date in a bounding clause of its own after the figure.
      {"an until clause with its own verb", "Ferrow stayed for six seasons until the Kessby side hired her on June 3, "
       "2015.", "six", 6, "June 3, 2015", "2015-06-03", ""},
      {"a before clause opened by a gerund", "Joss Arden served 12 years in the guard before retiring in 2010.",
       "12", 12, "2010", "2010", ""},
      {"a since clause", "Sales at Pellow Foods have fallen 12 percent since the firm was sold in 2019.", "12", 12,
       "2019", "2019", ""},
      {"a date right after until bounds the figure's own period",
       "The Brask fund stays open for three weeks until Feb. 15.", "three", 3, "Feb. 15", "2022-02-15",
       "2022-02-15"},
      {"a cause's date after 'after' dates its consequence", "Five people died after a bus crashed on Monday.",
       "Five", 5, "on Monday", "2022-06-06", "2022-06-06"},
      // Dates of coordinated predicates.
      {"a coordination inside a relative clause after the date is that clause's",
       "There have been hundreds of quakes since a temblor in 2004 caused a wave that swept the coast, wrecking "
       "ports and leaving 9,000 people dead.",
       "9,000", 9000, "2004", "2004", "2004"},
      {"a date opening the clause scopes over both verbs",
       "In 2009, Ferrow returned to Marlow and stayed for six seasons.", "six", 6, "2009", "2009", "2009"},
      {"a date after the last verb of two stays", "A gunman killed one man and wounded two others on Monday.",
       "two", 2, "on Monday", "2022-06-06", "2022-06-06"},
      // A relative clause set off by commas.
      {"a comma relative clause closed before the figure",
       "Orsk, who is due to speak at a rally today, said the party won 40 seats.", "40", 40, "today", "2022-06-10",
       ""},
      {"an event told in a comma relative clause dates its consequence",
       "The storm, which hit on Sunday, killed 14 people in Varn.", "14", 14, "on Sunday", "2022-06-05",
       "2022-06-05"},
      // Relative clauses between a fronted date and the figure: each must
      // be a simple past for the date to carry.
      {"the figure in a relative clause of another tense",
       "Voters rejected the plan, which the council backed in a vote last month, but which failed in the assembly, "
       "where it would need 40 votes to pass.",
       "40", 40, "last month", "2022-05", ""},
      {"a relative clause of a simple past inherits the year",
       "In 2004, a quake triggered a wave that killed 9,000 people.", "9,000", 9000, "2004", "2004", "2004"},
  };
  for (const GovernRow& r : kRows) CheckGovernRow(r);
}

}  // namespace
}  // namespace crosscheck
