// Language identification (Debian's cld2), with a fallback for short texts.
// Thread-safe.
#ifndef CROSSCHECK_READ_LANGUAGE_H_
#define CROSSCHECK_READ_LANGUAGE_H_

#include <string>
#include <string_view>

namespace crosscheck {

// ISO 639-1 code of the text's main language ("en", "fr", …), or "un".
// REQUIRES: valid UTF-8. Texts cld2 cannot call (too short) count as "en"
// when nearly all their letters are ASCII, else "un".
std::string DetectLanguage(std::string_view utf8_text);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_LANGUAGE_H_
