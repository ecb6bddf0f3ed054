#include "export/store_account.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace crosscheck::exporting {

namespace {

constexpr const char* kLayers[] = {"sentences", "quantities", "times", "entities", "quotes", "claims"};

Result<std::vector<StoryRecord>> SelectStories(Store& store, const StoreSelection& sel) {
  std::vector<StoryRecord> out;
  if (!sel.story_ids.empty()) {
    for (const std::string& id : sel.story_ids) {
      auto s = store.GetStory(id);
      if (!s.ok()) return s.error();
      if (!s->has_value()) return Error{"no story " + id};
      out.push_back(std::move(**s));
    }
  } else {
    constexpr int kPage = 1000;
    int offset = sel.offset;
    for (;;) {
      int want = sel.limit > 0 ? std::min(kPage, sel.limit - static_cast<int>(out.size())) : kPage;
      if (want <= 0) break;
      auto page = store.ListStories(sel.query, want, offset);
      if (!page.ok()) return page.error();
      for (StoryRecord& r : *page) out.push_back(std::move(r));
      if (static_cast<int>(page->size()) < want) break;
      offset += want;
    }
  }
  std::sort(out.begin(), out.end(), [](const StoryRecord& a, const StoryRecord& b) { return a.id < b.id; });
  return out;
}

}  // namespace

Result<Account> AccountFromStore(Store& store, const StoreSelection& selection, const std::string& origin) {
  auto stories = SelectStories(store, selection);
  if (!stories.ok()) return stories.error().Wrap(origin);
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const StoryRecord& s : *stories)
    for (const std::string& d : s.doc_ids)
      if (seen.insert(d).second) ids.push_back(d);
  auto docs = store.GetDocuments(ids, /*with_content=*/true);
  if (!docs.ok()) return docs.error().Wrap(origin);

  Json root = Json::object();
  root["schema"] = "crosscheck/1";
  root["generator"] = std::string("crosscheck ") + CROSSCHECK_VERSION + " (store)";
  root["documents"] = Json::array();
  for (const char* layer : kLayers) root[layer] = Json::array();
  for (StoredDocument& sd : *docs) {
    Json d = DocumentMetaJson(sd.doc);
    d["analysed"] = sd.records.is_object() && sd.records.value("analysed", false);
    d["body_start"] = sd.doc.body_start;
    d["text"] = std::move(sd.doc.text);
    root["documents"].push_back(std::move(d));
    for (const char* layer : kLayers) {
      const Json& arr = Arr(sd.records, layer);
      for (const Json& r : arr) root[layer].push_back(r);
    }
  }
  Json list = Json::array();
  for (StoryRecord& s : *stories) {
    Json j = s.json.is_object() ? std::move(s.json) : Json::object();
    j["id"] = s.id;
    if (Str(j, "title").empty()) j["title"] = s.title;
    // The store's member list is authoritative (its JSON may hold only the
    // documents its ledger was last built over).
    Json members = Json::array();
    for (const std::string& d : s.doc_ids) members.push_back(d);
    j["documents"] = std::move(members);
    list.push_back(std::move(j));
  }
  root["stories"] = std::move(list);
  root["errors"] = Json::array();
  return Account::FromJson(std::move(root), origin);
}

Result<Account> AccountFromStoreFile(const std::string& path, const StoreSelection& selection) {
  const bool url = path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
  std::error_code ec;
  if (!url && !std::filesystem::is_regular_file(path, ec)) return Error{path + ": no such store"};
  auto store = OpenStore(path);
  if (!store.ok()) return store.error().Wrap(path);
  return AccountFromStore(**store, selection, path);
}

}  // namespace crosscheck::exporting
