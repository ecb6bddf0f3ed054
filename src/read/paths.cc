// Folder walking and file-name escaping.
//
// The walk is a depth-first search with an explicit stack. Each folder is
// pushed with an "exit" marker below its children, so the set of folders on
// the current path (`open`, by device and inode) is exact: a link whose
// target is in it leads back up, a loop. Links to folders are walked only
// after every real folder, so a folder is read under its own path when it
// has one; all folders ever entered are in `seen`, and a link to one of
// them is skipped with a warning.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "core/utf8.h"
#include "read/paths.h"

namespace crosscheck {

std::string EscapeFileName(std::string_view raw) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\\') {
      out += "\\\\";
      ++i;
      continue;
    }
    size_t len = 1;
    if (c >= 0x80) DecodeUtf8(raw, i, &len);
    if (c >= 0x80 && (len == 1 || FirstInvalidUtf8(raw.substr(i, len)))) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
      continue;
    }
    out.append(raw.substr(i, len));
    i += len;
  }
  return out;
}

namespace {

using DirId = std::pair<dev_t, ino_t>;

const char* KindOf(mode_t m) {
  if (S_ISFIFO(m)) return "a fifo";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m) || S_ISBLK(m)) return "a device";
  return "not a regular file";
}

}  // namespace

std::vector<std::string> ListFolder(const std::string& folder, ReadSink* sink) {
  std::vector<std::string> files;
  std::set<DirId> open, seen;
  struct Item {
    std::string path;
    DirId id;
    bool exit;
  };
  struct stat root {};
  if (::stat(folder.c_str(), &root) != 0) return files;
  std::vector<Item> stack{{folder, {root.st_dev, root.st_ino}, false}};
  std::vector<Item> links;  // links to folders, walked after every real folder
  seen.insert(stack[0].id);
  for (;;) {
    if (stack.empty()) {
      if (links.empty()) break;
      Item l = std::move(links.front());
      links.erase(links.begin());
      if (!seen.insert(l.id).second) {
        sink->OnWarning(Error{EscapeFileName(l.path) + ": folder already read by another path; skipped"});
        continue;
      }
      stack.push_back(std::move(l));
    }
    Item item = std::move(stack.back());
    stack.pop_back();
    if (item.exit) {
      open.erase(item.id);
      continue;
    }
    open.insert(item.id);
    stack.push_back({item.path, item.id, true});
    DIR* d = ::opendir(item.path.c_str());
    if (!d) {
      sink->OnRejected(Error{EscapeFileName(item.path) + ": cannot list folder (" + std::strerror(errno) + ")"});
      continue;
    }
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      if (e->d_name[0] == '.') continue;  // hidden, ".", ".."
      names.emplace_back(e->d_name);
    }
    if (errno != 0)
      sink->OnRejected(Error{EscapeFileName(item.path) + ": cannot list folder (" + std::strerror(errno) + ")"});
    ::closedir(d);
    std::sort(names.begin(), names.end());
    std::vector<Item> subdirs;
    for (const std::string& n : names) {
      std::string p = item.path;
      if (p.empty() || p.back() != '/') p += '/';
      p += n;
      struct stat ls {}, st {};
      if (::lstat(p.c_str(), &ls) != 0) {
        sink->OnRejected(Error{EscapeFileName(p) + ": " + std::strerror(errno)});
        continue;
      }
      const bool link = S_ISLNK(ls.st_mode);
      if (link && ::stat(p.c_str(), &st) != 0) {
        int err = errno;
        sink->OnRejected(Error{EscapeFileName(p) + (err == ELOOP    ? ": symbolic link loop"
                                                    : err == ENOENT ? ": broken symbolic link"
                                                                    : std::string(": ") + std::strerror(err))});
        continue;
      }
      if (!link) st = ls;
      if (S_ISREG(st.st_mode)) {
        files.push_back(std::move(p));
      } else if (S_ISDIR(st.st_mode)) {
        DirId id{st.st_dev, st.st_ino};
        if (open.count(id)) {
          sink->OnRejected(Error{EscapeFileName(p) + ": symbolic link loop (leads back to a folder being read)"});
        } else if (link) {
          links.push_back({std::move(p), id, false});
        } else if (seen.insert(id).second) {
          subdirs.push_back({std::move(p), id, false});
        }
      } else {
        sink->OnRejected(Error{EscapeFileName(p) + ": " + KindOf(st.st_mode) + ", not read"});
      }
    }
    // Reverse, so the stack pops subfolders in name order.
    for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it) stack.push_back(std::move(*it));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace crosscheck
