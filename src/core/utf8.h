// UTF-8 helpers: validation with the offset of the first bad sequence,
// decoding one code point, and Windows-1252 to UTF-8 transcoding (with an
// offset map back to the input bytes). Pure functions; thread-safe.
#ifndef CROSSCHECK_CORE_UTF8_H_
#define CROSSCHECK_CORE_UTF8_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace crosscheck {

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlongs, surrogates and truncated sequences are invalid), or nullopt.
std::optional<size_t> FirstInvalidUtf8(std::string_view s);

// Decodes the code point at s[i]; sets *len to its byte length (1 for an
// invalid byte, which decodes as U+FFFD). REQUIRES: i < s.size().
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Windows-1252 bytes to UTF-8; `map` (if given) receives text -> input runs.
std::string Windows1252ToUtf8(std::string_view in, OffsetMap* map);

// True when the bytes look binary (a NUL byte, or many control bytes, in the
// first 8 KiB).
bool LooksBinary(std::string_view s);

}  // namespace crosscheck

#endif  // CROSSCHECK_CORE_UTF8_H_
