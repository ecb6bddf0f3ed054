// DetectLanguage on short texts: one English sentence, however dense in
// names and figures, is English (issue 13); other languages stay theirs.
#include "read/language.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(DetectLanguageTest, ShortTexts) {
  struct Row { const char* text; const char* want; };
  const Row kRows[] = {
      {"Net advanced to $94.2 million, or 89 cents a share, from $85 million.", "en"},
      {"Upjohn shares rose 87.5 cents to $38.875 apiece.", "en"},
      {"iWork 09 is available immediately for RM299.", "en"},
      {"The 17-inch MacBook Pro will retail in Malaysia for RM10,099.", "en"},
      {"Ram-raiders hit Paris jewellery store for €2m", "en"},
      // cld2 alone reads these as Malay, reliably: names and a currency
      // symbol outweigh the English words.
      {"A meal costs RM12.90 in Kuala Lumpur.", "en"},
      {"Datuk Seri Najib Razak said the ringgit fell.", "en"},
      // A short text in another language stays that language.
      {"Harga minyak naik.", "id"},
      {"Die Regierung hat am Montag neue Steuern angekündigt, sagte der Minister in Berlin.", "de"},
      {"Le gouvernement a annoncé lundi de nouveaux impôts, a déclaré le ministre à Paris.", "fr"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.text);
    EXPECT_EQ(DetectLanguage(row.text), row.want);
  }
}

}  // namespace
}  // namespace crosscheck
