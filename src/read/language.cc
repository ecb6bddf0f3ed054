#include "read/language.h"

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in cld2's internal lang_script.h
}

namespace crosscheck {

std::string DetectLanguage(std::string_view text) {
  // cld2 takes an int length; the first 1 MiB decides the language well enough.
  int len = static_cast<int>(text.size() < (1u << 20) ? text.size() : (1u << 20));
  // Do not cut a UTF-8 sequence in half.
  while (len > 0 && len < static_cast<int>(text.size()) && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) --len;
  CLD2::Language lang3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang =
      CLD2::DetectLanguageSummary(text.data(), len, true, lang3, percent3, &text_bytes, &reliable);
  if (lang != CLD2::UNKNOWN_LANGUAGE && (reliable || text_bytes > 200)) {
    std::string code = CLD2::LanguageCode(lang);
    return code == "un" ? "un" : code;
  }
  size_t letters = 0, ascii = 0;
  for (unsigned char c : text.substr(0, static_cast<size_t>(len))) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) { ++letters; ++ascii; }
    else if (c >= 0xC0) ++letters;  // a non-ASCII letter (lead byte)
  }
  if (letters >= 3 && ascii * 100 >= letters * 95) return "en";
  return lang != CLD2::UNKNOWN_LANGUAGE ? std::string(CLD2::LanguageCode(lang)) : "un";
}

}  // namespace crosscheck
