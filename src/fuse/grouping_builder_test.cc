// GroupingBuilder::Snapshot: the grouping of the documents added so far,
// taken between additions (a store that keeps its grouping from one fusion
// round to the next), equals GroupDocuments over the same documents when
// the line counters have the same columns; and sizing the counter for more
// lines than a batch holds changes the columns only past a power of two.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "fuse/fuse.h"

namespace crosscheck {
namespace {

// Invented reports: two events, one report reprinted with a new headline
// and a trimmed ending, one exact repeat.
const char* const kTexts[] = {
    "Floodwater reached the lower town of Brenvik on Tuesday after the Oskar dam gave way.\n"
    "Mayor Tilda Varga said 340 residents had been moved to the school hall overnight.\n"
    "Engineers from the Lund water board said the breach was forty metres wide.\n"
    "Rescue boats searched the riverside streets until dawn, officials said.\n",
    "The composer Ferran Quill will open the Halden music week with a new cello work.\n"
    "Tickets for the five concerts sold out within an hour, the organisers said on Monday.\n"
    "Quill wrote the piece for the cellist Mira Odegaard, who premiered his first sonata.\n",
    "Brenvik evacuates hundreds as dam fails\n"
    "Floodwater reached the lower town of Brenvik on Tuesday after the Oskar dam gave way.\n"
    "Mayor Tilda Varga said 340 residents had been moved to the school hall overnight.\n"
    "Engineers from the Lund water board said the breach was forty metres wide.\n",
    "Residents of Brenvik returned to flooded homes on Wednesday as the water fell.\n"
    "Mayor Tilda Varga said the Oskar dam breach had been closed with sandbags by engineers.\n"
    "About 340 people spent a second night in the school hall, the Lund water board said.\n",
    "The composer Ferran Quill will open the Halden music week with a new cello work.\n"
    "Tickets for the five concerts sold out within an hour, the organisers said on Monday.\n"
    "Quill wrote the piece for the cellist Mira Odegaard, who premiered his first sonata.\n",
};

std::vector<GroupingInput> Inputs() {
  std::vector<GroupingInput> out;
  for (const char* t : kTexts) {
    GroupingInput g;
    g.content_hash = t;  // equal texts, equal hashes
    g.analysed = true;
    g.sketch = Sketch(t, SketchOptions{.shingle = CopyOptions{}.shingle, .sketch_size = CopyOptions{}.sketch_size});
    g.features = ExtractStoryFeatures(t, {}, std::nullopt);
    out.push_back(std::move(g));
  }
  return out;
}

void Add(GroupingBuilder* b, const GroupingInput& g) {
  b->AddSketch(g.sketch);
  b->Copy(g.content_hash, g.analysed);
  if (b->NeedsFeatures()) b->Cluster(g.features);
}

TEST(GroupingBuilderTest, SnapshotAfterEachDocumentEqualsTheBatchOfThatPrefix) {
  const std::vector<GroupingInput> inputs = Inputs();
  size_t lines = 0;
  for (const GroupingInput& g : inputs) lines += g.sketch.line_hashes.size();
  GroupingBuilder kept(lines);
  for (size_t k = 0; k < inputs.size(); ++k) {
    SCOPED_TRACE(k);
    Add(&kept, inputs[k]);
    size_t prefix_lines = 0;
    std::vector<const GroupingInput*> prefix;
    for (size_t i = 0; i <= k; ++i) {
      prefix.push_back(&inputs[i]);
      prefix_lines += inputs[i].sketch.line_hashes.size();
    }
    ASSERT_EQ(GroupingBuilder::CounterColumnsFor(prefix_lines), kept.counter_columns());
    const Grouping batch = GroupDocuments(prefix);
    const Grouping snap = kept.Snapshot();
    EXPECT_EQ(snap.copy_of, batch.copy_of);
    EXPECT_EQ(snap.stories, batch.stories);
    EXPECT_EQ(kept.size(), k + 1);
  }
  // The reprint and the repeat are copies; two events, two stories.
  const Grouping end = kept.Snapshot();
  EXPECT_EQ(end.copy_of, (std::vector<int>{-1, -1, 0, -1, 1}));
  EXPECT_EQ(end.stories, (std::vector<std::vector<int>>{{0, 2, 3}, {1, 4}}));
  EXPECT_EQ(kept.Finish().stories, end.stories);  // Snapshot left the builder whole
}

TEST(GroupingBuilderTest, CounterColumnsChangeOnlyAtPowersOfTwo) {
  // 32 columns per line, at least 4,096, rounded up to a power of two, at
  // most the open-ended default's.
  EXPECT_EQ(GroupingBuilder::CounterColumnsFor(0), 4096u);
  EXPECT_EQ(GroupingBuilder::CounterColumnsFor(128), 4096u);
  EXPECT_EQ(GroupingBuilder::CounterColumnsFor(129), 8192u);
  EXPECT_EQ(GroupingBuilder::CounterColumnsFor(256), 8192u);
  EXPECT_EQ(GroupingBuilder::CounterColumnsFor(1'000'000), static_cast<size_t>(CopyOptions{}.counter_width));
  EXPECT_EQ(GroupingBuilder(129).counter_columns(), 8192u);
}

}  // namespace
}  // namespace crosscheck
