// The account of a store: the JSON shape of docs/OUTPUT.md built from what
// a SQLite store keeps (src/store/store.h), so every exporter reads a store
// exactly as it reads an `analyze --json` file. Documents carry their text
// (the store keeps it), so exports from a store quote whole sentences.
//
// Which stories: the ones named, else a page of the store's story list
// (optionally those with a sentence matching a search). Stories come out in
// id order, documents in the order their stories list them (each once), so
// the same store gives the same export. Thread safety: as safe as the Store
// (every Store method may be called from many threads).
#ifndef CROSSCHECK_EXPORT_STORE_ACCOUNT_H_
#define CROSSCHECK_EXPORT_STORE_ACCOUNT_H_

#include <string>
#include <vector>

#include "export/account.h"
#include "store/store.h"

namespace crosscheck::exporting {

struct StoreSelection {
  std::vector<std::string> story_ids;  // these stories; an unknown id is an error
  std::string query;                   // with no ids: stories with a sentence matching this
  int limit = 0;                       // with no ids: at most this many stories (0 = all)
  int offset = 0;                      // with no ids: skip this many (most recently updated first)
};

// The account of the selected stories and their documents. `origin` names
// the store in messages.
Result<Account> AccountFromStore(Store& store, const StoreSelection& selection, const std::string& origin);

// Opens the SQLite store at `path` (which must exist) and reads its account.
Result<Account> AccountFromStoreFile(const std::string& path, const StoreSelection& selection);

}  // namespace crosscheck::exporting

#endif  // CROSSCHECK_EXPORT_STORE_ACCOUNT_H_
