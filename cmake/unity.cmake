# CROSSCHECK_UNITY_BUILD (tools/setup.sh and tools/test.sh turn it on when
# CROSSCHECK_FAST_CI_BUILD=1, as .ci/run does): CMake's unity build
# compiles each target's .cc files in batches of 8, so the heavy headers
# (nlohmann/json.hpp reaches most files through core/document.h; gtest every
# test) are parsed once per batch instead of once per file. Numbers in
# docs/BUILD.md.
#
# A batch is one translation unit, so two files of one target that define
# the same name in an anonymous namespace (a helper IsAlpha, a test's Row)
# clash there. The files below are compiled on their own instead.
# tools/unity_check.py finds clashes (it must pass before a branch that adds
# or removes a .cc file is merged; the ctest build.unity_checked says when):
# give the clashing helper a more specific name, or add its file here.
set(CMAKE_UNITY_BUILD ON)
set(CMAKE_UNITY_BUILD_BATCH_SIZE 8)
# GCC warns when a class of a named namespace holds a member whose type is
# in an anonymous namespace, unless both sit in the main file; in a batch no
# .cc file is the main file, so the warning fires only because of batching.
add_compile_options($<$<CXX_COMPILER_ID:GNU>:-Wno-subobject-linkage>)
set(cc_unity_skip
    src/claims/frame_holder.cc
    src/claims/frame_topic.cc
    src/claims/frame_what.cc
    src/fuse/ledger_test.cc
    src/fuse/ledger_text_test.cc
    src/fuse/minhash.cc
    src/fuse/minhash_test.cc
    src/fuse/story_features.cc
    src/present/html_story.cc
    src/read/warc_reader.cc
    src/recognize/entity/entity_test.cc
    src/recognize/number/quantity_context.cc
    src/recognize/number/quantity_news.cc
    src/recognize/number/quantity_test.cc
    src/recognize/number/range.cc
    src/recognize/number/recognizers_compat.cc
    src/recognize/quote/direct_quotes.cc
    src/recognize/time/time_timeml_context_test.cc
    src/recognize/time/timebank_quality_test.cc
    src/serve/server_routes.cc
    src/serve/story_update_test.cc
    src/store/sqlite_store.cc
    src/store/sqlite_store_read.cc
)
list(TRANSFORM cc_unity_skip PREPEND ${CMAKE_SOURCE_DIR}/)
set_source_files_properties(${cc_unity_skip} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
