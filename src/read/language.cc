#include "read/language.h"

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in cld2's internal lang_script.h
}

namespace crosscheck {

namespace {

// Share of the words of `text` that are English function words (x1000), and
// the word count. Short texts dense in names and figures ("Net advanced to
// $94.2 million, or 89 cents a share") can fool cld2; these words cannot.
int EnglishFunctionWordShare(std::string_view text, int* words) {
  static const std::string_view kWords[] = {
      "the", "of", "and", "to", "in", "a", "an", "is", "was", "for", "on", "said", "that", "with", "by", "from",
      "at", "as", "has", "have", "were", "are", "it", "its", "his", "her", "their", "be", "been", "will", "would",
      "or", "but", "not", "this", "which", "who", "after", "than", "more", "says", "had", "they", "he", "she"};
  int n = 0, hits = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')) ++i;
    size_t b = i;
    while (i < text.size() && (text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z') ++i;
    if (i == b) break;
    ++n;
    std::string w(text.substr(b, i - b));
    for (char& c : w) c = static_cast<char>(c | 0x20);
    for (std::string_view k : kWords)
      if (w == k) { ++hits; break; }
  }
  *words = n;
  return n ? hits * 1000 / n : 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string LanguageSample(std::string_view text) {
  if (text.size() <= kLanguageSampleBytes) return std::string(text);
  // kLanguageSampleWindows windows of kLanguageSampleBytes / windows bytes,
  // the first at the start, the last at the end, the others evenly between;
  // each trimmed to whole words (to a character boundary when it holds no
  // space), so the sample is valid UTF-8 when the text is.
  constexpr size_t kWindow = kLanguageSampleBytes / kLanguageSampleWindows;
  std::string sample;
  sample.reserve(kLanguageSampleBytes + kLanguageSampleWindows);
  for (size_t k = 0; k < kLanguageSampleWindows; ++k) {
    size_t b = (text.size() - kWindow) * k / (kLanguageSampleWindows - 1);
    size_t e = b + kWindow;
    if (b > 0) {
      size_t i = b;
      while (i < e && !IsSpace(text[i - 1])) ++i;
      if (i < e) b = i;
      else while (b < e && IsContinuation(text[b])) ++b;
    }
    if (e < text.size()) {
      size_t i = e;
      while (i > b && !IsSpace(text[i])) --i;
      if (i > b) e = i;
      else while (e > b && IsContinuation(text[e])) --e;
    }
    if (e <= b) continue;
    if (!sample.empty()) sample += '\n';
    sample.append(text.substr(b, e - b));
  }
  return sample;
}

std::string DetectLanguage(std::string_view text) {
  // cld2 takes an int length; the first 1 MiB decides the language well enough.
  int len = static_cast<int>(text.size() < (1u << 20) ? text.size() : (1u << 20));
  // Do not cut a UTF-8 sequence in half.
  while (len > 0 && len < static_cast<int>(text.size()) && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) --len;
  // cld2 reads every byte it is given (script spans, lower-casing, scoring:
  // ~270 instructions a byte, 7% of a whole `analyze`); a long text is read
  // through its sample (LanguageSample; of its first MiB, all cld2 read
  // before). The other tests below still read the text itself.
  std::string sample;
  const char* cld_text = text.data();
  int cld_len = len;
  if (text.size() > kLanguageSampleBytes) {
    sample = LanguageSample(text.substr(0, static_cast<size_t>(len)));
    cld_text = sample.data();
    cld_len = static_cast<int>(sample.size());
  }
  CLD2::Language lang3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang =
      CLD2::DetectLanguageSummary(cld_text, cld_len, true, lang3, percent3, &text_bytes, &reliable);
  if (lang != CLD2::UNKNOWN_LANGUAGE && (reliable || text_bytes > 200)) {
    std::string code = CLD2::LanguageCode(lang);
    // A short text (a sentence or two) cld2 gives to another language is
    // still English when a fifth of its words are English function words.
    int words = 0;
    if (code != "en" && len < 1000 && EnglishFunctionWordShare(text.substr(0, static_cast<size_t>(len)), &words) >= 200 &&
        words >= 5)
      return "en";
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
