// DetectLanguage on short texts: one English sentence, however dense in
// names and figures, is English (issue 13); other languages stay theirs.
#include "read/language.h"

#include <gtest/gtest.h>

#include <string>

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

// Long reports (over kLanguageSampleBytes): cld2 reads their sample, and
// each still comes out in its own language; an English report quoting a
// paragraph of French is still English.
TEST(DetectLanguageTest, LongTextsReadThroughTheirSample) {
  const std::string fr =
      "Le conseil municipal de Valmorin a vot\xc3\xa9 mardi soir un budget en hausse pour la r\xc3\xa9novation des \xc3\xa9" "coles. "
      "Selon le maire, les travaux commenceront au printemps et dureront deux ans. "
      "Les parents d'\xc3\xa9l\xc3\xa8ves, qui r\xc3\xa9" "clamaient ces travaux depuis longtemps, se sont dits soulag\xc3\xa9s. "
      "L'opposition a toutefois critiqu\xc3\xa9 le co\xc3\xbbt du projet, qu'elle juge trop \xc3\xa9lev\xc3\xa9 pour une petite commune. "
      "Une r\xc3\xa9union publique aura lieu la semaine prochaine dans la salle des f\xc3\xaates afin de pr\xc3\xa9senter les plans. "
      "Les habitants pourront y poser leurs questions aux architectes et aux \xc3\xa9lus de la majorit\xc3\xa9. "
      "La pr\xc3\xa9" "fecture doit encore donner son accord avant le d\xc3\xa9" "but du chantier, a pr\xc3\xa9" "cis\xc3\xa9 la mairie. "
      "En attendant, les cours continueront dans les b\xc3\xa2timents actuels, malgr\xc3\xa9 le froid et l'humidit\xc3\xa9. "
      "Plusieurs enseignants ont d\xc3\xa9j\xc3\xa0 demand\xc3\xa9 des classes provisoires pour l'hiver prochain. ";
  const std::string de =
      "Der Stadtrat von Hollenbrunn hat am Dienstagabend beschlossen, die alte Br\xc3\xbc" "cke \xc3\xbc" "ber den Fluss abzurei\xc3\x9f" "en. "
      "Nach Angaben der Verwaltung ist das Bauwerk seit Jahren marode und kann nicht mehr sicher befahren werden. "
      "Eine neue Br\xc3\xbc" "cke soll bis zum Ende des kommenden Jahres fertig sein und rund zw\xc3\xb6lf Millionen Euro kosten. "
      "Viele Anwohner bef\xc3\xbcrchten lange Umwege w\xc3\xa4hrend der Bauzeit, weil es keine andere Verbindung gibt. "
      "Der B\xc3\xbcrgermeister versprach, dass eine F\xc3\xa4hre eingerichtet werde, solange die Arbeiten andauern. "
      "Die Gesch\xc3\xa4" "ftsleute in der Innenstadt hoffen, dass ihre Kunden trotzdem den Weg zu ihnen finden. "
      "Der Landkreis will sich an den Kosten beteiligen, wie ein Sprecher am Mittwoch mitteilte. "
      "Die Arbeiten sollen im M\xc3\xa4rz beginnen, sobald der Boden nicht mehr gefroren ist. ";
  const std::string es =
      "El ayuntamiento de Villaserena aprob\xc3\xb3 el martes un plan para ampliar el hospital comarcal antes del verano. "
      "Seg\xc3\xban la alcaldesa, las obras costar\xc3\xa1n unos ocho millones de euros y crear\xc3\xa1n doscientos empleos. "
      "Los vecinos llevaban a\xc3\xb1os pidiendo m\xc3\xa1s camas y un servicio de urgencias abierto toda la noche. "
      "La oposici\xc3\xb3n critic\xc3\xb3 que el proyecto se haya aprobado sin consultar a los m\xc3\xa9" "dicos del centro. "
      "El consejero de sanidad de la regi\xc3\xb3n visitar\xc3\xa1 el hospital la pr\xc3\xb3xima semana para conocer los planes. "
      "Mientras tanto, los pacientes seguir\xc3\xa1n siendo atendidos en el edificio antiguo, que necesita reformas urgentes. "
      "Varios sindicatos han anunciado que vigilar\xc3\xa1n de cerca las condiciones de los nuevos contratos. "
      "Las obras comenzar\xc3\xa1n en cuanto termine el periodo de alegaciones, explic\xc3\xb3 un portavoz municipal. ";
  const std::string en =
      "The town council of Marlow Green voted on Tuesday to rebuild the old bridge over the river before next winter. "
      "Officials said the crossing had been unsafe for years and that the new one would cost about twelve million pounds. "
      "Residents who had campaigned for the repairs welcomed the decision, though some worried about long detours. "
      "The mayor promised a temporary ferry while the work goes on, and said shops in the centre would stay open. ";
  ASSERT_GT(2 * fr.size(), kLanguageSampleBytes);
  ASSERT_GT(2 * de.size(), kLanguageSampleBytes);
  ASSERT_GT(2 * es.size(), kLanguageSampleBytes);
  EXPECT_EQ(DetectLanguage(fr + fr), "fr");
  EXPECT_EQ(DetectLanguage(de + de), "de");
  EXPECT_EQ(DetectLanguage(es + es), "es");
  // Two languages: the one with most of the text, wherever it stands.
  EXPECT_EQ(DetectLanguage(fr + fr + fr + de), "fr");
  EXPECT_EQ(DetectLanguage(de + fr + fr + fr), "fr");
  EXPECT_EQ(DetectLanguage(en + en + en), "en");
  // A quoted French paragraph inside an English report.
  EXPECT_EQ(DetectLanguage(en + en + fr.substr(0, 300) + en + en), "en");
}

TEST(LanguageSampleTest, WholeWordsFromStartToEnd) {
  const std::string shortText = "Only a few words here.";
  EXPECT_EQ(LanguageSample(shortText), shortText);
  std::string text;
  for (int i = 0; text.size() < 10 * kLanguageSampleBytes; ++i) text += "word" + std::to_string(i) + " ";
  text += "last";
  const std::string sample = LanguageSample(text);
  EXPECT_LE(sample.size(), kLanguageSampleBytes + kLanguageSampleWindows);
  EXPECT_GT(sample.size(), kLanguageSampleBytes / 2);
  EXPECT_EQ(sample.rfind("word0 ", 0), 0u);  // starts at the text's start
  EXPECT_EQ(sample.substr(sample.size() - 5), " last");  // ends at its end
  // Every piece is whole words of the text.
  size_t start = 0;
  int pieces = 0;
  while (start <= sample.size()) {
    size_t end = sample.find('\n', start);
    if (end == std::string::npos) end = sample.size();
    const std::string piece = sample.substr(start, end - start);
    ++pieces;
    const size_t at = text.find(piece);
    ASSERT_NE(at, std::string::npos) << piece;
    EXPECT_TRUE(at == 0 || text[at - 1] == ' ') << piece;
    EXPECT_TRUE(at + piece.size() == text.size() || text[at + piece.size()] == ' ') << piece;
    start = end + 1;
  }
  EXPECT_EQ(pieces, static_cast<int>(kLanguageSampleWindows));
  // No space at all: cut at character boundaries, still valid UTF-8.
  std::string cjk;
  while (cjk.size() < 4 * kLanguageSampleBytes) cjk += "\xe6\x97\xa5\xe6\x9c\xac";
  const std::string s = LanguageSample(cjk);
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\n') { ++i; continue; }
    ASSERT_EQ(static_cast<unsigned char>(s[i]), 0xe6) << i;
    i += 3;
  }
}

}  // namespace
}  // namespace crosscheck
