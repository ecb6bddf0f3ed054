// Language identification (Debian's cld2), with a fallback for short texts.
// Thread-safe.
#ifndef CROSSCHECK_READ_LANGUAGE_H_
#define CROSSCHECK_READ_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

// ISO 639-1 code of the text's main language ("en", "fr", …), or "un".
// REQUIRES: valid UTF-8. Texts cld2 cannot call (too short) count as "en"
// when nearly all their letters are ASCII, else "un".
// cld2 reads a text longer than kLanguageSampleBytes through its sample
// (LanguageSample), not whole: any kilobyte of a news report shows its
// language, and reading all of it was 7% of a whole `analyze`. The
// fallbacks for short texts read the text itself.
std::string DetectLanguage(std::string_view utf8_text);

// The sample cld2 reads of a long text: kLanguageSampleWindows windows of
// whole words spread from its start to its end (about kLanguageSampleBytes
// in all), joined by newlines; a text no longer than kLanguageSampleBytes
// whole. Valid UTF-8 when the text is. On every document of
// ../shared/corpora, the seeds and bench/make_news the sample's language
// was the whole text's (bench/results/pipeline.md, speed18).
inline constexpr size_t kLanguageSampleBytes = 1024;
inline constexpr size_t kLanguageSampleWindows = 4;
std::string LanguageSample(std::string_view utf8_text);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_LANGUAGE_H_
