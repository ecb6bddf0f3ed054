// JSON shape: nesting depth and members per object, in one pass over the
// bytes with a stack of member counters (no recursion, no allocation beyond
// that stack, which the depth limit bounds). Strings are skipped with their
// escapes; everything else that is not a bracket, colon or comma is ignored,
// so the scan never fails: validating is the parser's job. Run before a
// parser whose later steps recurse (nlohmann's dump and copy) or whose
// containers cost more per member as they grow (ordered_json).
#include <vector>

#include "read/reader.h"

namespace crosscheck {

JsonShape ScanJsonShape(std::string_view s, int max_depth, size_t max_members) {
  JsonShape shape;
  std::vector<size_t> members;  // per open container; counted for objects only
  std::vector<bool> is_object;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '{':
      case '[':
        members.push_back(0);
        is_object.push_back(c == '{');
        if (static_cast<int>(members.size()) > shape.depth) shape.depth = static_cast<int>(members.size());
        if (shape.depth > max_depth) return shape;
        break;
      case '}':
      case ']':
        if (!members.empty()) {
          members.pop_back();
          is_object.pop_back();
        }
        break;
      case ':':
        if (!members.empty() && is_object.back()) {
          size_t m = ++members.back();
          if (m > shape.members) shape.members = m;
          if (shape.members > max_members) return shape;
        }
        break;
      default:
        break;
    }
  }
  return shape;
}

}  // namespace crosscheck
