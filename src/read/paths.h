// Internal to src/read: the files of a folder. Walks iteratively, sorted by
// path; hidden entries (a name starting with '.') are skipped. Symbolic
// links to folders are followed once: a link back to a folder being walked
// is a loop, named and left out; a folder reached a second time by another
// path is read once (a warning names the link). Folders that cannot be
// listed, broken links, link loops and entries that are neither files nor
// folders (fifos, sockets, devices) are named in sink->OnRejected(), so the
// CLI counts them in its exit status.
#ifndef CROSSCHECK_READ_PATHS_H_
#define CROSSCHECK_READ_PATHS_H_

#include <string>
#include <vector>

#include "read/reader.h"

namespace crosscheck {

// Paths (raw bytes, as the file system gives them) of the regular files
// under `folder`, sorted.
std::vector<std::string> ListFolder(const std::string& folder, ReadSink* sink);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_PATHS_H_
