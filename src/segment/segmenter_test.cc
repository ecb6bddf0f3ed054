// Table-driven tests of Segment(): tokens, sentences, paragraphs and quote
// regions. Each row reads as a spec line; every segmentation is also checked
// against the invariants of segmenter.h.
#include "segment/segmenter.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "segment/invariants.h"

namespace crosscheck {
namespace {

std::string Join(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += "|";
    out += s.Of(text);
  }
  return out;
}

Segmentation Checked(std::string_view text) {
  Segmentation seg = Segment(text);
  Status st = CheckSegmentation(text, seg);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  return seg;
}

std::string Tokens(std::string_view text) {
  Segmentation seg = Checked(text);
  std::vector<Span> spans;
  for (const Token& t : seg.tokens) spans.push_back(t.span);
  return Join(text, spans);
}

std::string Sentences(std::string_view text) {
  Segmentation seg = Checked(text);
  std::vector<Span> spans;
  for (const Sentence& s : seg.sentences) spans.push_back(s.span);
  return Join(text, spans);
}

std::string Paragraphs(std::string_view text) {
  Segmentation seg = Checked(text);
  std::vector<Span> spans;
  for (const Paragraph& p : seg.paragraphs) spans.push_back(p.span);
  return Join(text, spans);
}

// Quote regions as "text@depth" plus "+open" (unclosed), "+cont" (continues)
// and "+from" (continuation), joined with "|".
std::string Quotes(std::string_view text) {
  Segmentation seg = Checked(text);
  std::string out;
  for (const QuoteRegion& q : seg.quotes) {
    if (!out.empty()) out += "|";
    out += std::string(q.span.Of(text)) + "@" + std::to_string(q.depth);
    if (!q.closed) out += "+open";
    if (q.continues) out += "+cont";
    if (q.continuation) out += "+from";
  }
  return out;
}

struct Row {
  std::string_view input;
  std::string_view expected;
};

TEST(SegmenterTest, Tokens) {
  const Row kRows[] = {
      {"Some 2,000 fighters", "Some|2,000|fighters"},
      {"a 4.5% rise", "a|4.5|%|rise"},
      {"25-30 people", "25|-|30|people"},
      {"Ukraine's army", "Ukraine's|army"},
      {"Ukraine\u2019s army", "Ukraine\u2019s|army"},
      {"don't go", "don't|go"},
      {"the U.N. said", "the|U.N.|said"},
      {"U.S.-led talks", "U.S.-led|talks"},
      {"at 5 p.m. today", "at|5|p.m.|today"},
      {"Lt Col. Denis Prokopenko", "Lt|Col.|Denis|Prokopenko"},
      {"Gen. Smith", "Gen.|Smith"},
      {"No. 10 Downing St.", "No.|10|Downing|St."},
      {"George W. Bush", "George|W.|Bush"},
      {"the 3rd day, 10km away", "the|3rd|day|,|10km|away"},
      {"COVID-19 cases", "COVID-19|cases"},
      {"wait... what", "wait|...|what"},
      {"$1.2bn deal", "$|1.2bn|deal"},
      {"\u201cWe won,\u201d he said.", "\u201c|We|won|,|\u201d|he|said|."},
      {"end -- of it", "end|--|of|it"},
      {"Mariupol\u2014the city", "Mariupol|\u2014|the|city"},
      {"Zaporizhzhia \xC3\xA9t\xC3\xA9", "Zaporizhzhia|\xC3\xA9t\xC3\xA9"},
      {"it ended.", "it|ended|."},
      {"rock 'n' roll", "rock|'|n|'|roll"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.input);
    EXPECT_EQ(Tokens(row.input), row.expected);
  }
}

// The shared lower-cased view: ASCII capitals lowered byte for byte, every
// other byte (UTF-8 letters, digits, punctuation) as it is, the header
// before body_start too, so that any span of the text has its lower-cased
// bytes at the same offsets.
TEST(SegmenterTest, LowerViewKeepsOffsets) {
  const std::string text = " date 2022-05-04\nThe U.N. said \xC3\x89mile Zola's NATO-led team met 2,000 Kyivans.";
  const Segmentation seg = Segment(text, SegmentOptions{.body_start = 17});
  ASSERT_EQ(seg.lower.size(), text.size());
  EXPECT_EQ(seg.lower, " date 2022-05-04\nthe u.n. said \xC3\x89mile zola's nato-led team met 2,000 kyivans.");
  ASSERT_GE(seg.tokens.size(), 3u);
  for (size_t k = 0; k < seg.tokens.size(); ++k) {
    std::string expected(seg.tokens[k].span.Of(text));
    for (char& c : expected)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    EXPECT_EQ(seg.LowerToken(k), expected);
  }
  EXPECT_EQ(seg.LowerOf(Span{17, 20}), "the");
}

TEST(SegmenterTest, TokenKinds) {
  std::string_view text = "Some 2,000 fighters: 5% of $3.";
  Segmentation seg = Checked(text);
  std::string kinds;
  for (const Token& t : seg.tokens) kinds += "WNPS"[static_cast<int>(t.kind)];
  EXPECT_EQ(kinds, "WNWPNSWSNP");
}

TEST(SegmenterTest, Sentences) {
  const Row kRows[] = {
      // Plain stops, questions, exclamations.
      {"It fell. Then it rose.", "It fell.|Then it rose."},
      {"Why? Nobody knows! It is over.", "Why?|Nobody knows!|It is over."},
      {"It ended in 2022. 2023 began.", "It ended in 2022.|2023 began."},
      // Titles never end a sentence.
      {"He met Lt Col. Denis Prokopenko on Friday.", "He met Lt Col. Denis Prokopenko on Friday."},
      {"Maj. Oleh Khomenko spoke. He was calm.", "Maj. Oleh Khomenko spoke.|He was calm."},
      {"Gen. Valery Gerasimov visited. It was brief.", "Gen. Valery Gerasimov visited.|It was brief."},
      {"Mr. Putin and Dr. Jones met.", "Mr. Putin and Dr. Jones met."},
      {"They went to St. Petersburg. It rained.", "They went to St. Petersburg.|It rained."},
      {"Sgt. Maj. John Doe said so.", "Sgt. Maj. John Doe said so."},
      // Acronyms end a sentence only before a typical opener.
      {"The U.N. Security Council met.", "The U.N. Security Council met."},
      {"Aid came from the U.N. The convoy left.", "Aid came from the U.N.|The convoy left."},
      {"The U.S. Army said so.", "The U.S. Army said so."},
      {"He flew to the U.S. He landed.", "He flew to the U.S.|He landed."},
      {"Ties with the U.S. \u201cWe agree,\u201d he said.", "Ties with the U.S.|\u201cWe agree,\u201d he said."},
      // A quote of lower-case words after an abbreviation runs on.
      {"She said the U.S. \u201cclearly\u201d needed help.", "She said the U.S. \u201cclearly\u201d needed help."},
      // Initials.
      {"George W. Bush spoke.", "George W. Bush spoke."},
      {"J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."},
      {"He got vitamin C. The doctor agreed.", "He got vitamin C.|The doctor agreed."},
      // Numbers after abbreviations.
      {"He lives at No. 10 Downing Street.", "He lives at No. 10 Downing Street."},
      {"It was No. 1 in the charts.", "It was No. 1 in the charts."},
      {"It happened on Jan. 5 in Kyiv.", "It happened on Jan. 5 in Kyiv."},
      {"See Fig. 3 for details.", "See Fig. 3 for details."},
      // Decimals and clock times.
      {"It rose 4.5 percent. Prices fell.", "It rose 4.5 percent.|Prices fell."},
      {"It started at 5 p.m. Friday.", "It started at 5 p.m. Friday."},
      {"It started at 5 p.m. Police arrived.", "It started at 5 p.m.|Police arrived."},
      {"Talks end at 9 a.m. EST tomorrow.", "Talks end at 9 a.m. EST tomorrow."},
      {"The debate starts at 9 p.m. E.T. on Thursday.", "The debate starts at 9 p.m. E.T. on Thursday."},
      {"Polls close at 8 p.m. E.S.T. on Tuesday.", "Polls close at 8 p.m. E.S.T. on Tuesday."},
      {"It started at 5 p.m. E. Smith arrived.", "It started at 5 p.m.|E. Smith arrived."},
      // A zone spelled out, or a weekly habit, after the clock (time31).
      {"The quake struck at 4:15 a.m. Pacific time.", "The quake struck at 4:15 a.m. Pacific time."},
      {"Polls close at 8 p.m. Eastern Standard Time.", "Polls close at 8 p.m. Eastern Standard Time."},
      {"The blast came at 11:30 a.m. Moscow time.", "The blast came at 11:30 a.m. Moscow time."},
      {"Trading resumed at 9:30 a.m. New York time.", "Trading resumed at 9:30 a.m. New York time."},
      {"Talks begin at 9 a.m. Sundays.", "Talks begin at 9 a.m. Sundays."},
      {"He left at 5 p.m. Pacific Gas shares fell.", "He left at 5 p.m.|Pacific Gas shares fell."},
      {"He left at 5 p.m. Moscow said no.", "He left at 5 p.m.|Moscow said no."},
      {"The debate airs at 9 p.m. Eastern on Thursday.", "The debate airs at 9 p.m. Eastern on Thursday."},
      {"He left at 9 p.m. Eastern officials said so.", "He left at 9 p.m.|Eastern officials said so."},
      {"The fight ended at 2:56. Klitschko won.", "The fight ended at 2:56.|Klitschko won."},
      // Corporate suffixes.
      {"Apple Inc. said it would. The stock rose.", "Apple Inc. said it would.|The stock rose."},
      {"He joined Acme Corp. The firm grew.", "He joined Acme Corp.|The firm grew."},
      {"John Smith Jr. said no.", "John Smith Jr. said no."},
      {"He works for Intel Corp. AMD agreed.", "He works for Intel Corp.|AMD agreed."},
      {"It was performance art. VOA reported it.", "It was performance art.|VOA reported it."},
      // Ellipses.
      {"\u201cWe will fight ... we will win,\u201d he said.", "\u201cWe will fight ... we will win,\u201d he said."},
      {"\u201cI don't know\u2026 We will see,\u201d she said.", "\u201cI don't know\u2026|We will see,\u201d she said."},
      {"The host is \u2026 Ellen DeGeneres.", "The host is \u2026 Ellen DeGeneres."},
      {"It went on and on... The end came.", "It went on and on...|The end came."},
      // Closing quotes and brackets stay with their sentence.
      {"\u201cWe are here.\u201d The soldier left.", "\u201cWe are here.\u201d|The soldier left."},
      {"\"We are here.\" The soldier left.", "\"We are here.\"|The soldier left."},
      {"He left (it was late.) Then rain.", "He left (it was late.)|Then rain."},
      {"\u201cWhy now?\u201d he asked.", "\u201cWhy now?\u201d he asked."},
      {"\u201cWhy not?\u201d Howard said.", "\u201cWhy not?\u201d Howard said."},
      {"\u201cIt is over.\u201d Roesler said it ended.", "\u201cIt is over.\u201d|Roesler said it ended."},
      // No space or lower case next: no boundary.
      {"Visit latimes.com today.", "Visit latimes.com today."},
      // A capital glued to a closing double quote after the terminal: a
      // paragraph break lost in scraping; not after a single quote, not a
      // lower-case word.
      {"\u201cWe won!\u201dFormer mayor Ann Lee spoke.", "\u201cWe won!\u201d|Former mayor Ann Lee spoke."},
      {"\"It ended.\"After that, calm.", "\"It ended.\"|After that, calm."},
      {"\u201cWe won!\u201dand then left.", "\u201cWe won!\u201dand then left."},
      {"It was 5 vs. 3 at the end.", "It was 5 vs. 3 at the end."},
      {"They said e.g. Kyiv was safe.", "They said e.g. Kyiv was safe."},
      // List markers.
      {"Three factors: 1. How much it costs.", "Three factors: 1. How much it costs."},
      // Camel-case product names open sentences.
      {"It launched. iPhone sales rose.", "It launched.|iPhone sales rose."},
      // Paragraph ends always end a sentence.
      {"A headline without a stop\n\nThe body.", "A headline without a stop|The body."},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.input);
    EXPECT_EQ(Sentences(row.input), row.expected);
  }
}

TEST(SegmenterTest, Paragraphs) {
  const Row kRows[] = {
      {"One.\n\nTwo.", "One.|Two."},
      {"One.\nTwo.", "One.|Two."},
      {"  One.  \n \n\n  Two.  ", "One.|Two."},
      {"The line is\nhard wrapped.\n\nNext.", "The line is\nhard wrapped.|Next."},
      {"Killed\n2,000 people.", "Killed\n2,000 people."},
      {"Headline Here\nBody starts here.", "Headline Here|Body starts here."},
      {"Ends with a stop.\nlower case line.", "Ends with a stop.|lower case line."},
      {"Windows\r\n\r\nline ends.", "Windows|line ends."},
      {"", ""},
      {" \n\n \t ", ""},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.input);
    EXPECT_EQ(Paragraphs(row.input), row.expected);
  }
}

TEST(SegmenterTest, QuoteRegions) {
  const Row kRows[] = {
      {"He said \u201cno\u201d today.", "\u201cno\u201d@0"},
      {"He said \"no\" today.", "\"no\"@0"},
      {"\"One,\" he said, \"two.\"", "\"One,\"@0|\"two.\"@0"},
      {"\u201cHe told me \u2018run\u2019 and I ran,\u201d she said.",
       "\u201cHe told me \u2018run\u2019 and I ran,\u201d@0|\u2018run\u2019@1"},
      {"\"He told me 'run now' and I ran,\" she said.",
       "\"He told me 'run now' and I ran,\"@0|'run now'@1"},
      {"\u2018We will win,\u2019 he said.", "\u2018We will win,\u2019@0"},
      {"Ukraine\u2019s army and the soldiers\u2019 families", ""},
      {"rock 'n' roll is \"loud 'n' fast\" music", "\"loud 'n' fast\"@0"},
      {"the \u201990s and the '90s", ""},
      {"\"I saw 'em go,\" he said.", "\"I saw 'em go,\"@0"},
      {"\u201cNever closed", "\u201cNever closed@0+open"},
      {"\u201cFirst part of the quote.\n\n\u201cSecond part,\u201d he said.",
       "\u201cFirst part of the quote.@0+open+cont|\u201cSecond part,\u201d@0+from"},
      {"\"First part.\n\n\"Second part,\" he said.", "\"First part.@0+open+cont|\"Second part,\"@0+from"},
      {"\u201cOpen here.\n\nA new paragraph.", "\u201cOpen here.@0+open"},
      {"\u00abOui\u00bb, dit-il.", "\u00abOui\u00bb@0"},
      {"Jeffs' lawyer said \"no.\"", "\"no.\"@0"},
      // Straight marks read from their neighbours. A paragraph whose marks
      // only pair up if the first one closes carries on a quote opened in an
      // earlier paragraph (its region starts at the paragraph, "+from").
      {"It was wild. \"Council member Ana Ruiz called it a \"sad night for the city.",
       "It was wild. \"@0+from|\"sad night for the city.@0+open"},
      {"the last stop.\"Police said the man, who was \"known to them,\" had fled.",
       "the last stop.\"@0+from|\"known to them,\"@0"},
      {"It ended badly,\" he said. \"We left,\" she said.", "It ended badly,\"@0+from|\"We left,\"@0"},
      // ... and the usual shapes keep their reading.
      {"He left. \"We will win,\" she said.", "\"We will win,\"@0"},
      {"The crowd grew.\"Officers were everywhere,\" a witness said, \"and then it began.\"",
       "\"Officers were everywhere,\"@0|\"and then it began.\"@0"},
      {"He said the plan would work.\"The next step is a vote,\" said Lee.",
       "\"The next step is a vote,\"@0"},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.input);
    EXPECT_EQ(Quotes(row.input), row.expected);
  }
}

TEST(SegmenterTest, QuoteInnerExcludesMarks) {
  std::string_view text = "He said \u201cno\u201d.";
  Segmentation seg = Checked(text);
  ASSERT_EQ(seg.quotes.size(), 1u);
  EXPECT_EQ(seg.quotes[0].inner.Of(text), "no");
}

TEST(SegmenterTest, BodyStartSkipsHeader) {
  std::string_view text = " date 2022-05-06\nMariupol fell. It was over.";
  SegmentOptions options{.body_start = 17};
  Segmentation seg = Segment(text, options);
  Status st = CheckSegmentation(text, seg, options);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].span.Of(text), "Mariupol fell.");
  EXPECT_EQ(seg.paragraphs[0].span.start, 17u);
}

TEST(SegmenterTest, SentenceAt) {
  std::string_view text = "It fell. Then it rose.";
  Segmentation seg = Checked(text);
  EXPECT_EQ(seg.SentenceAt(0), 0);
  EXPECT_EQ(seg.SentenceAt(7), 0);
  EXPECT_EQ(seg.SentenceAt(8), -1);  // the space between sentences
  EXPECT_EQ(seg.SentenceAt(9), 1);
  EXPECT_EQ(seg.SentenceAt(100), -1);
}

}  // namespace
}  // namespace crosscheck
