// Copy detection: unit rows, then three corpus checks on ECB+ (generated
// copies, real wire copies, hard negatives) with floors from issue #6.
#include "fuse/copies.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "fuse/basil_testdata.h"
#include "fuse/ecbplus_testdata.h"
#include "fuse/fuse.h"

namespace crosscheck {
namespace {

const char kWire[] =
    "KIEV, Ukraine (AP) - Ukrainian fighters holed up in a steel plant in the port city "
    "refused to surrender on Sunday as Russian forces pounded the complex with artillery.\n"
    "About 1,000 civilians were believed to be sheltering in bunkers beneath the plant, "
    "officials said, and aid groups called for a corridor to let them leave.\n"
    "The city council said the bombardment had destroyed most of the remaining buildings "
    "and that food and water were running out for those trapped underground.\n"
    "A commander of the defenders said in a video that his men would not lay down their "
    "arms and asked world leaders to help evacuate the wounded.\n";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const size_t p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

TEST(CopiesTest, TableOfPairs) {
  const std::string wire = kWire;
  const std::string first_line = wire.substr(0, wire.find('\n') + 1);
  const std::string rest = wire.substr(first_line.size());
  struct Row {
    const char* what;
    std::string later;
    bool copy;
  };
  const Row kRows[] = {
      {"identical", wire, true},
      {"new headline", "Defenders vow to fight on\n" + wire, true},
      {"trimmed tail", wire.substr(0, wire.rfind("A commander")), true},
      {"reordered", rest + first_line, true},
      {"punctuation and case", Replace(Replace(wire, ", officials said,", " -- Officials said"),
                                       "KIEV, Ukraine (AP) -", "kiev ukraine"),
       true},
      {"typo", Replace(wire, "artillery", "artilery"), true},
      {"unrelated", "The central bank raised interest rates by half a point on Thursday, "
                    "citing inflation that has run above its target for a year, and said "
                    "further increases were likely before the end of the summer.",
       false},
      {"same event, own words",
       "Russian artillery kept shelling the Azovstal works on Sunday while Ukrainian troops "
       "inside rejected calls to give up. Roughly a thousand people are thought to be hiding "
       "under the factory, and relief agencies want safe passage for them.",
       false},
      {"empty", "", false},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.what);
    const std::vector<int> copy_of = FindCopies({wire, row.later});
    ASSERT_EQ(copy_of.size(), 2u);
    EXPECT_EQ(copy_of[0], -1);
    EXPECT_EQ(copy_of[1], row.copy ? 0 : -1);
  }
}

// Teasers of unrelated stories, 16 to 30 words each: the text a paywalled
// page shows of its article.
const char* const kTeasers[] = {
    "The city council voted late on Tuesday to close the old river bridge for repairs until "
    "the spring, angering commuters.",
    "A winter storm knocked out power to thousands of homes along the northern coast overnight, "
    "and crews expect repairs to take days.",
    "The central bank left interest rates unchanged on Thursday and warned that growth would "
    "slow through the rest of the year.",
    "Firefighters rescued two hikers who had been stranded for a night on a narrow ridge above "
    "the valley on Sunday morning.",
    "Shares in the carmaker fell sharply after it recalled a million vehicles over faulty brakes "
    "that regulators linked to several crashes.",
    "The museum reopened its ancient art wing after a renovation that took three years and cost "
    "more than its original budget.",
    "Police arrested a man suspected of stealing copper cable from the railway depot, which "
    "delayed hundreds of trains last week.",
    "The football club named a new manager a week after the last one resigned following a run "
    "of eight defeats in a row.",
};

// Page templates of one outlet: what its pages carry above and below the
// article text.
struct Template {
  const char* what;
  std::string top, bottom;
};

std::vector<Template> Templates() {
  const std::string long_stub =
      "Subscribe to the Daily Example for unlimited access to our award winning local "
      "journalism.\n"
      "You have reached the limit of free articles you can read this month on this device.\n"
      "Already a subscriber? Sign in with your account to keep reading this story.\n";
  const std::string long_footer =
      "Copyright 2024 Daily Example Media Group. All rights reserved. This material may not be "
      "published, broadcast or redistributed.\n"
      "Contact the newsroom with tips and corrections through our website or by phone.\n";
  return {
      {"two-line stub and footer",
       "Subscribe now to keep reading the Daily Example.\n"
       "You have reached your limit of free articles.\n",
       "Copyright 2024 Daily Example Media. All rights reserved.\n"},
      {"long stub and footer", long_stub, long_footer},
      {"long stub at the top only", long_stub, ""},
      {"long footer at the bottom only", "", long_footer + long_stub},
      // A short line that differs from page to page inside the stub.
      {"stub with a date line", "Updated @\n" + long_stub, long_footer},
  };
}

// Fills the template around `text`; "@" in the top becomes a page's date.
std::string Page(const Template& t, const std::string& text, int page) {
  std::string top = t.top;
  const size_t at = top.find('@');
  if (at != std::string::npos) top.replace(at, 1, "May " + std::to_string(page + 1) + ", 2024");
  return top + text + "\n" + t.bottom;
}

// Pages of one outlet about unrelated events share its template: none is
// a copy of another, from the first two pages on. A wire story under the
// same template is still found: a trimmed second page of that outlet, and
// a reprint by another outlet (its own headline and footer).
TEST(CopiesTest, PagesOfOneSiteAreNotCopies) {
  const std::string wire = kWire;
  const std::string trimmed = wire.substr(0, wire.rfind("A commander"));
  for (const Template& t : Templates()) {
    SCOPED_TRACE(t.what);
    std::vector<std::string> pages;
    for (const char* teaser : kTeasers) pages.push_back(Page(t, teaser, pages.size()));
    const int wire_page = static_cast<int>(pages.size());
    pages.push_back(Page(t, "Defenders vow to fight on\n" + wire, wire_page));
    pages.push_back(Page(t, "Defenders vow to fight on\n" + trimmed, wire_page + 1));
    pages.push_back("Ukraine: the siege goes on\n" + wire + "Reporting by the World Desk.\n");
    std::vector<std::string_view> views(pages.begin(), pages.end());
    const std::vector<int> copy_of = FindCopies(views);
    for (size_t i = 0; i < copy_of.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(copy_of[i], static_cast<int>(i) > wire_page ? wire_page : -1);
    }
  }
}

// Pages whose own text is one short line (under min_own_shingles) cannot
// be told from copies of their template (docs/STORIES.md, limits): the
// first two pair. When the template surrounds that line, the next ones
// find the frame recurring beyond the pair and are not copies. No such
// page, nor a page with nothing but the stub and footer (itself taken for a
// copy of the page it is contained in), bridges later pages with text of
// their own to a group.
TEST(CopiesTest, TemplatePagesDoNotBridge) {
  const std::vector<Template> templates = Templates();
  for (const Template& t : {templates[1], templates[4]}) {
    SCOPED_TRACE(t.what);
    std::vector<std::string> pages = {
        Page(t, "Bridge closed for repairs", 0), Page(t, "Storm cuts power on the coast", 1),
        Page(t, "Rates left unchanged", 2), Page(t, "Museum wing reopens", 3), t.top + t.bottom};
    for (const char* teaser : kTeasers) pages.push_back(Page(t, teaser, pages.size()));
    std::vector<std::string_view> views(pages.begin(), pages.end());
    const std::vector<int> copy_of = FindCopies(views);
    for (size_t i = 2; i < copy_of.size(); ++i) {
      SCOPED_TRACE(i);
      if (i != 4) EXPECT_EQ(copy_of[i], -1);
    }
    EXPECT_EQ(FindCopies({pages[5], pages[4], pages[6], pages[7]}),
              (std::vector<int>{-1, 0, -1, -1}));
  }
}

// Near copies whose first and last lines are identical and whose lines in
// between were edited (a word changed in each) are copies: the inner texts
// are edited, not different.
TEST(CopiesTest, EditedCopyInsideIdenticalEdges) {
  std::string edited = kWire;
  edited = Replace(edited, "About 1,000", "Roughly 1,000");
  edited = Replace(edited, "had destroyed most", "had razed most");
  const std::string head = "Steel plant defenders refuse to surrender\n";
  const std::string foot = "Copyright 2022 The Associated Press. All rights reserved.\n";
  EXPECT_EQ(FindCopies({head + kWire + foot, head + edited + foot}), (std::vector<int>{-1, 0}));
}

TEST(CopiesTest, ShortTextsMatchOnlyIdenticalTexts) {
  const std::vector<int> copy_of = FindCopies(
      {"Police said.", "Police said.", "The police said.", "", "Police said today in Kiev"});
  EXPECT_EQ(copy_of, (std::vector<int>{-1, 0, -1, -1, -1}));
}

TEST(CopiesTest, CopiesPointAtTheOriginalNotAtAnotherCopy) {
  const std::string wire = kWire;
  const std::vector<int> copy_of =
      FindCopies({wire, "Headline one\n" + wire, "Headline two\n" + wire + "Copyright AP.\n"});
  EXPECT_EQ(copy_of, (std::vector<int>{-1, 0, 0}));
}

TEST(CopiesTest, IncrementalIndexMatchesBatch) {
  const std::string wire = kWire;
  const std::vector<std::string> texts = {wire, "other text entirely about football scores",
                                          "Update\n" + wire, ""};
  NearDuplicateIndex index;
  std::vector<int> got;
  for (const std::string& t : texts) got.push_back(index.Add(t));
  EXPECT_EQ(got, FindCopies({texts[0], texts[1], texts[2], texts[3]}));
  EXPECT_EQ(got, index.copy_of());
  EXPECT_EQ(index.size(), 4u);
  EXPECT_GT(index.MemoryBytes(), 0u);
}

// AddSketch takes sketches made elsewhere: without their line structure,
// or with a broken one, they are still compared (by shingles alone).
TEST(CopiesTest, SketchesWithoutOrWithBrokenLinesStillMatch) {
  const std::string wire = kWire;
  NearDuplicateIndex index;
  EXPECT_EQ(index.Add(wire), -1);
  ShingleSketch bare = Sketch("Headline\n" + wire);
  bare.line_of.clear();
  EXPECT_EQ(index.AddSketch(bare), 0);
  ShingleSketch broken = Sketch(wire + "Copyright AP\n");
  for (uint32_t& line : broken.line_of) line += 1000;
  EXPECT_EQ(index.AddSketch(broken), 0);
}

TEST(CopiesTest, LeanIndexWithoutCopiesStillGroups) {
  const std::string wire = kWire;
  CopyOptions lean;
  lean.index_copies = false;
  NearDuplicateIndex full, small(lean);
  const std::vector<std::string> texts = {wire, "Headline\n" + wire, wire + "Advertisement\n"};
  for (const std::string& t : texts) {
    SCOPED_TRACE(t.substr(0, 20));
    EXPECT_EQ(full.Add(t), small.Add(t));
  }
  EXPECT_EQ(small.copy_of(), (std::vector<int>{-1, 0, 0}));
  EXPECT_LT(small.MemoryBytes(), full.MemoryBytes());
}

// A batch's line counter is sized to its lines (BatchCopyOptions): a small
// round of GroupDocuments (the server's ingest, a fuzz input) no longer
// allocates the 8 MB default, and decides every copy as the default-width
// index does, here with boilerplate lines (a footer on every page, a stub
// shared by two) that the counter must count to keep them out.
TEST(CopiesTest, BatchSizedCounterDecidesAsTheDefault) {
  const std::string wire = kWire;
  const std::string footer = "Subscribe to our newsletter for the latest news from the region and beyond.\n";
  const std::string stub = "This story is developing and will be updated as more information becomes available.\n";
  const std::vector<std::string> texts = {
      wire + footer,
      "Headline\n" + wire + footer,
      "Markets fell sharply on Monday as investors weighed new data on inflation and jobs.\n" + stub + footer,
      "A storm cut power to thousands of homes along the coast overnight, the utility said.\n" + stub + footer,
      Replace(wire, "Sunday", "Monday") + "Copyright AP.\n" + footer,
      "The football club named a new coach after a season of poor results and empty stands.\n" + footer,
      ""};
  std::vector<GroupingInput> inputs(texts.size());
  std::vector<const GroupingInput*> ptrs;
  NearDuplicateIndex wide;  // the 8 MB default
  size_t lines = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    inputs[i].content_hash = std::to_string(i);
    inputs[i].sketch = Sketch(texts[i]);
    lines += inputs[i].sketch.line_hashes.size();
    ptrs.push_back(&inputs[i]);
    wide.AddSketch(inputs[i].sketch);
  }
  const Grouping g = GroupDocuments(ptrs);
  EXPECT_EQ(g.copy_of, wide.copy_of());
  EXPECT_EQ(g.copy_of, (std::vector<int>{-1, 0, -1, -1, 0, -1, -1}));
  // 4 rows of 2-byte counters, 32 columns per line, at least 4,096: 32 KiB here.
  EXPECT_EQ(BatchCopyOptions(CopyOptions{}, lines).counter_width, 4096);
  EXPECT_LT(g.copy_index_bytes, size_t{256} << 10);
  EXPECT_GE(wide.MemoryBytes(), size_t{8} << 20);
  // Large batches get the default and no more; a smaller configured width stays.
  EXPECT_EQ(BatchCopyOptions(CopyOptions{}, 10'000'000).counter_width, CopyOptions{}.counter_width);
  EXPECT_EQ(BatchCopyOptions(CopyOptions{}, 1000).counter_width, 32'000);
  CopyOptions narrow;
  narrow.counter_width = 1024;
  EXPECT_EQ(BatchCopyOptions(narrow, 1000).counter_width, 1024);
}

// ---- Corpus checks on ECB+ -------------------------------------------------

class EcbCopiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { docs_ = new std::vector<testdata::EcbDoc>(testdata::LoadEcbPlus()); }
  static void TearDownTestSuite() { delete docs_; }
  static std::vector<testdata::EcbDoc>* docs_;
};
std::vector<testdata::EcbDoc>* EcbCopiesTest::docs_ = nullptr;

// The ECB+ split of docs/STORIES.md: 0 = tuning (topics 1-35), 1 = measuring.
int Part(const testdata::EcbDoc& d) {
  return testdata::EcbTuningTopic(std::atoi(d.subtopic.c_str())) ? 0 : 1;
}
const char* const kPartName[] = {"tuning", "measuring"};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    if (nl > start) out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

size_t CountWords(const std::string& s) {
  size_t n = 0;
  bool in = false;
  for (unsigned char c : s) {
    const bool w = std::isalnum(c) || c >= 0x80;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// Edits applied to make a copy; bit flags.
enum Edit : int {
  kReorder = 1, kHeadline = 2, kTrim = 4, kBoilerplate = 8, kTypos = 16, kAllEdits = 31
};

// Makes an edited copy of `text`. mt19937 output (not <random>
// distributions) keeps the copies identical on every platform.
std::string MakeCopy(const std::string& text, int edits, std::mt19937* rng) {
  auto pick = [rng](size_t n) { return n == 0 ? 0 : static_cast<size_t>((*rng)() % n); };
  std::vector<std::string> lines = Lines(text);
  if (edits & kTrim) {  // drop the last 10-40% of the lines (at least one line kept)
    const size_t cut = lines.size() * (10 + pick(31)) / 100;
    lines.resize(std::max<size_t>(1, lines.size() - cut));
  }
  if ((edits & kReorder) && lines.size() > 2) {  // swap a few pairs of sentences
    for (size_t k = 0; k < 1 + lines.size() / 4; ++k) {
      std::swap(lines[1 + pick(lines.size() - 1)], lines[1 + pick(lines.size() - 1)]);
    }
  }
  if (edits & kTypos) {  // about one typo per 50 words: a letter doubled or dropped
    for (std::string& line : lines) {
      const size_t typos = (CountWords(line) + pick(50)) / 50;
      for (size_t t = 0; t < typos; ++t) {
        const size_t at = pick(line.size());
        if (!std::isalpha(static_cast<unsigned char>(line[at]))) continue;
        if ((*rng)() & 1) {
          line.insert(at, 1, line[at]);
        } else {
          line.erase(at, 1);
        }
      }
    }
  }
  if (edits & kHeadline) {
    static const char* kHeads[] = {"BREAKING: latest on the story", "What we know so far",
                                   "Officials respond as events unfold",
                                   "World news in brief"};
    lines.insert(lines.begin(), kHeads[pick(4)]);
    if (lines.size() > 2) lines.erase(lines.begin() + 1);  // the old headline/lede goes
  }
  if (edits & kBoilerplate) {
    static const char* kLines[] = {
        "Copyright 2013 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "Follow us on Twitter and Facebook for the latest updates on this story.",
        "Click here to sign up for our daily newsletter.",
        "Advertisement", "Share this article with your friends"};
    const size_t n = 1 + pick(3);
    for (size_t k = 0; k < n; ++k) {
      lines.insert(lines.begin() + pick(lines.size() + 1), kLines[pick(5)]);
    }
  }
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

int Root(const std::vector<int>& copy_of, int i) { return copy_of[i] < 0 ? i : copy_of[i]; }

// Exact 5-word-shingle containment |A∩B| / min(|A|,|B|) from full sets.
double ExactContainment(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return static_cast<double>(shared) / std::min(a.size(), b.size());
}

TEST_F(EcbCopiesTest, GeneratedCopiesAreFound) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  NearDuplicateIndex index;
  for (const auto& d : *docs_) index.Add(d.text);
  std::mt19937 rng(20221);
  struct Tally { int found = 0, total = 0; };
  std::map<std::string, Tally> by_edit;
  const std::pair<const char*, int> kKinds[] = {
      {"reorder", kReorder}, {"headline", kHeadline}, {"trim", kTrim},
      {"boilerplate", kBoilerplate}, {"typos", kTypos}, {"all edits", kAllEdits}};
  int found = 0, total = 0;
  Tally by_part[2];
  for (size_t i = 0; i < docs_->size(); ++i) {
    const std::string& text = (*docs_)[i].text;
    if (CountWords(text) < 60 || Lines(text).size() < 3) continue;  // too short to edit
    const auto& [kind, edits] = kKinds[i % 6];
    const std::string copy = MakeCopy(text, edits, &rng);
    const int got = index.Add(copy);
    const int want = Root(index.copy_of(), static_cast<int>(i));
    const bool ok = got >= 0 && Root(index.copy_of(), got) == want;
    by_edit[kind].found += ok;
    ++by_edit[kind].total;
    by_part[Part((*docs_)[i])].found += ok;
    ++by_part[Part((*docs_)[i])].total;
    found += ok;
    ++total;
  }
  for (const auto& [kind, t] : by_edit) {
    std::printf("generated copies, %-12s recall %.3f (%d/%d)\n", kind.c_str(),
                static_cast<double>(t.found) / t.total, t.found, t.total);
  }
  for (int p = 0; p < 2; ++p) {
    std::printf("generated copies, %-12s recall %.3f (%d/%d)\n", kPartName[p],
                static_cast<double>(by_part[p].found) / by_part[p].total, by_part[p].found,
                by_part[p].total);
  }
  const double recall = static_cast<double>(found) / total;
  std::printf("generated copies, overall      recall %.3f (%d/%d)\n", recall, found, total);
  EXPECT_GE(recall, 0.95);
}

// GroupDocuments sizes its line counter to the batch (BatchCopyOptions);
// on ECB+ it decides every copy as the 8 MB default does, for the whole
// corpus in one round and topic by topic (small rounds, as the server's),
// with each document followed by a generated copy so that copies, boilerplate
// lines and their counts are all exercised. Not a quality figure: the two
// widths are compared with each other, on both halves alike.
TEST_F(EcbCopiesTest, BatchSizedCounterDecidesAsTheDefault) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  std::mt19937 rng(20221);
  std::map<std::string, std::vector<std::string>> by_topic;
  std::vector<std::string> all;
  for (size_t i = 0; i < docs_->size(); ++i) {
    const std::string& text = (*docs_)[i].text;
    const std::string topic = (*docs_)[i].name.substr(0, (*docs_)[i].name.find('_'));
    for (const std::string& t : {text, MakeCopy(text, i % 2 ? kAllEdits : kBoilerplate, &rng)}) {
      by_topic[topic].push_back(t);
      all.push_back(t);
    }
  }
  auto compare = [](const std::vector<std::string>& texts) {
    std::vector<GroupingInput> inputs(texts.size());
    std::vector<const GroupingInput*> ptrs;
    NearDuplicateIndex wide;
    for (size_t i = 0; i < texts.size(); ++i) {
      inputs[i].content_hash = std::to_string(i);
      inputs[i].sketch = Sketch(texts[i]);
      wide.AddSketch(inputs[i].sketch);
      ptrs.push_back(&inputs[i]);
    }
    const Grouping g = GroupDocuments(ptrs);
    EXPECT_EQ(g.copy_of, wide.copy_of());
    return std::count_if(g.copy_of.begin(), g.copy_of.end(), [](int c) { return c >= 0; });
  };
  long copies = 0;
  for (const auto& [topic, texts] : by_topic) {
    SCOPED_TRACE(topic);
    copies += compare(texts);
  }
  std::printf("batch-sized counter: %zu topics, %ld copies, as the default; whole corpus: %ld copies\n",
              by_topic.size(), copies, static_cast<long>(compare(all)));
  EXPECT_GE(copies, static_cast<long>(docs_->size()) / 2);
}

TEST_F(EcbCopiesTest, RealWireCopiesAndHardNegatives) {
  ASSERT_GE(docs_->size(), 900u) << "ECB+ missing under CROSSCHECK_SHARED_DIR";
  std::vector<std::string_view> texts;
  std::vector<std::vector<uint32_t>> sets;
  for (const auto& d : *docs_) {
    texts.push_back(d.text);
    sets.push_back(ShingleHashes(d.text, 5));
  }
  const std::vector<int> copy_of = FindCopies(texts);
  int pos = 0, pos_found = 0, neg = 0, neg_marked = 0, marked = 0, marked_ok = 0;
  int part_pos[2] = {0, 0}, part_found[2] = {0, 0};
  for (size_t a = 0; a < docs_->size(); ++a) {
    for (size_t b = a + 1; b < docs_->size(); ++b) {
      const bool grouped = Root(copy_of, a) == Root(copy_of, b);
      const bool same_subtopic = (*docs_)[a].subtopic == (*docs_)[b].subtopic;
      if (!grouped && !same_subtopic) continue;
      const double c = ExactContainment(sets[a], sets[b]);
      if (!same_subtopic) continue;
      if (c >= 0.8) {
        ++pos;
        pos_found += grouped;
        ++part_pos[Part((*docs_)[a])];
        part_found[Part((*docs_)[a])] += grouped;
        if (!grouped) {
          std::printf("missed wire copy (containment %.2f): %s %s\n", c,
                      (*docs_)[a].name.c_str(), (*docs_)[b].name.c_str());
        }
      } else if (c < 0.2) {
        ++neg;
        neg_marked += grouped;
      }
    }
  }
  // Each link b -> a is the detector's own decision: b resembled a or an
  // earlier member of a's group (copies are indexed under their original).
  // A link is supported when b's exact containment with one of them is at
  // least 0.4 (the threshold is 0.5, minus room for the sketch's estimate).
  for (size_t b = 0; b < docs_->size(); ++b) {
    if (copy_of[b] < 0) continue;
    double best = 0;
    for (size_t j = 0; j < b; ++j) {
      if (Root(copy_of, j) == copy_of[b]) best = std::max(best, ExactContainment(sets[j], sets[b]));
    }
    ++marked;
    marked_ok += best >= 0.4;
    if (best < 0.4) {
      std::printf("unsupported link (best containment %.2f): %s -> %s\n", best,
                  (*docs_)[b].name.c_str(), (*docs_)[copy_of[b]].name.c_str());
    }
  }
  const double recall = static_cast<double>(pos_found) / pos;
  const double neg_precision = 1.0 - static_cast<double>(neg_marked) / neg;
  const double precision = marked ? static_cast<double>(marked_ok) / marked : 1.0;
  std::printf("real wire copies (containment >= 0.8): recall %.3f (%d/%d)\n", recall, pos_found,
              pos);
  for (int p = 0; p < 2; ++p) {
    std::printf("real wire copies, %s topics: recall %.3f (%d/%d)\n", kPartName[p],
                static_cast<double>(part_found[p]) / part_pos[p], part_found[p], part_pos[p]);
  }
  std::printf("hard negatives (same sub-topic, containment < 0.2): %d/%d marked, "
              "precision %.4f\n", neg_marked, neg, neg_precision);
  std::printf("copy links: %d, supported (containment >= 0.4 with the group): %.3f\n", marked,
              precision);
  EXPECT_GE(pos, 20);
  EXPECT_GE(recall, 0.95);
  EXPECT_GE(neg_precision, 0.95);
  EXPECT_GE(precision, 0.95);
}

}  // namespace
}  // namespace crosscheck
