// Where crosscheck finds its data files: the entity model and gazetteers
// (models/), the hedge table and the claims lexicon (data/), and the web
// page (web/). The first of these that holds models/ner.model wins:
//   1. $CROSSCHECK_HOME;
//   2. <directory of the running binary>/../share/crosscheck, the layout
//      `cmake --install` writes;
//   3. the source tree the binary was built from (CROSSCHECK_SOURCE_DIR),
//      so a build runs in place.
// When none holds it, the source tree is returned, and loading the model
// then fails with a message naming the path. The more specific variables
// (CROSSCHECK_WEB_DIR, CROSSCHECK_LEXICON_DIR, --model-dir) still override
// single folders. Computed once; thread-safe.
#ifndef CROSSCHECK_CORE_DATA_DIR_H_
#define CROSSCHECK_CORE_DATA_DIR_H_

#include <string>
#include <string_view>

namespace crosscheck {

const std::string& DataRoot();
// DataRoot() + "/" + relative.
std::string DataPath(std::string_view relative);

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_DATA_DIR_H_
