// Prints ICU's English currency data as TSV, one row per ISO 4217 code in
// use: code, symbol, narrow symbol, the local symbols of English locales
// whose currency it is (en_MY -> "RM", en_PK -> "Rs"), display name and
// plural name. Input to tools/units/build_units (ICU from Debian's
// libicu-dev). Usage: icu_currencies > currencies.tsv
#include <unicode/locid.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace {

std::string Utf8(const UChar* s, int32_t len) {
  std::string out;
  icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

std::string Name(const UChar* iso, const char* locale, UCurrNameStyle style) {
  UErrorCode err = U_ZERO_ERROR;
  UBool choice = false;
  int32_t len = 0;
  const UChar* s = ucurr_getName(iso, locale, style, &choice, &len, &err);
  return U_SUCCESS(err) && s ? Utf8(s, len) : std::string();
}

}  // namespace

int main() {
  // Local symbols: each English locale's own currency, as that locale writes it.
  std::map<std::string, std::set<std::string>> local;
  int32_t n = 0;
  const icu::Locale* all = icu::Locale::getAvailableLocales(n);
  for (int32_t i = 0; i < n; ++i) {
    if (std::string(all[i].getLanguage()) != "en" || !*all[i].getCountry()) continue;
    UChar iso[4] = {0};
    UErrorCode err = U_ZERO_ERROR;
    ucurr_forLocale(all[i].getName(), iso, 4, &err);
    if (U_FAILURE(err) || !iso[0]) continue;
    std::string code = Utf8(iso, 3);
    std::string sym = Name(iso, all[i].getName(), UCURR_SYMBOL_NAME);
    if (!sym.empty() && sym != code) local[code].insert(sym);
  }
  UErrorCode err = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &err);
  std::set<std::string> sorted;
  const char* c;
  int32_t len;
  while ((c = uenum_next(codes, &len, &err)) != nullptr) sorted.insert(c);
  uenum_close(codes);
  for (const std::string& code : sorted) {
    UChar iso[4];
    icu::UnicodeString(code.c_str()).extract(iso, 4, err);
    std::string locals;
    for (const std::string& s : local[code]) locals += (locals.empty() ? "" : "|") + s;
    UErrorCode e2 = U_ZERO_ERROR;
    UBool choice = false;
    int32_t plen = 0;
    const UChar* plural = ucurr_getPluralName(iso, "en", &choice, "other", &plen, &e2);
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", code.c_str(), Name(iso, "en", UCURR_SYMBOL_NAME).c_str(),
                Name(iso, "en", UCURR_NARROW_SYMBOL_NAME).c_str(), locals.c_str(),
                Name(iso, "en", UCURR_LONG_NAME).c_str(), U_SUCCESS(e2) && plural ? Utf8(plural, plen).c_str() : "");
  }
  return 0;
}
