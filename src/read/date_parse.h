// Publication dates as found in metadata (JSON fields, meta tags, WARC and
// HTTP headers) normalised to YYYY-MM-DD. Pure functions; thread-safe.
#ifndef CROSSCHECK_READ_DATE_PARSE_H_
#define CROSSCHECK_READ_DATE_PARSE_H_

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// Accepts ISO 8601 ("2022-05-04", "2022-05-04T10:00:00Z"), "2022/05/04",
// RFC 2822 ("Wed, 04 May 2022 10:00:00 GMT"), "May 4, 2022", "4 May 2022",
// "04.05.2022" is rejected as ambiguous. Returns nullopt for anything else,
// or for an impossible calendar date.
std::optional<std::string> NormalizeDate(std::string_view s);

// A leading " date YYYY-MM-DD" header of a plain-text report (leading
// whitespace allowed; the article may follow on the same line). On success
// returns the date and sets *body_start to the first byte after the header
// and the whitespace that follows it.
std::optional<std::string> ParseDateHeader(std::string_view text, size_t* body_start);

// A publication date written in a document's address: the path of its URL
// ("/2016/03/15/slug", "/20160315/", "slug-2016-03-15.html") or a file's
// path ("nyt_2016-03-15_title.txt", "2016/03/15/report.txt"). Forms: year,
// month and day joined by one separator ('-', '_', '.' or '/') used twice,
// or eight digits YYYYMMDD standing alone; each form bounded by non-digits.
// Years 1990-2099 only (wider ranges meet ids and version numbers). A URL's
// scheme and host are skipped. When the address holds several dates, the
// rightmost wins: the most specific part of an address (a file's name over
// its folder, a slug over a section). Returns nullopt when there is none.
std::optional<std::string> DateInAddress(std::string_view address);

}  // namespace crosscheck

#endif  // CROSSCHECK_READ_DATE_PARSE_H_
