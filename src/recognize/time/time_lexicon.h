// Lexicon of the time recognizer: a sentence scanner that turns text into
// lower-cased tokens, and the word tables (months, weekdays, number words,
// units, parts of day, seasons, tense cues) the grammar consults.
//
// The tables are built once on first use (function-local statics) and are
// immutable afterwards: safe to use from many threads.
#ifndef CROSSCHECK_RECOGNIZE_TIME_TIME_LEXICON_H_
#define CROSSCHECK_RECOGNIZE_TIME_TIME_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::time_internal {

enum class TokKind : uint8_t { kWord, kNum, kPunct };

struct Tok {
  uint32_t start = 0, end = 0;  // byte offsets into the scanned text
  TokKind kind = TokKind::kPunct;
  bool space_before = false;    // whitespace separates it from the previous token
  bool capital = false;         // first letter upper case in the text
  std::string_view lower;       // lower-cased text (points into Scan::buffer)
  uint32_t num = 0;             // value of a kNum token (saturates at 10^9)
  uint8_t digits = 0;           // number of digits of a kNum token
};

// Tokens of one text: letter runs (with inner apostrophes, "o'clock",
// "father's"), digit runs, and single punctuation characters. Bytes >= 0x80
// are letters, except the typographic quotes and dashes, which become
// punctuation ("’" -> "'", "–"/"—" -> "-").
struct WordInfo;
struct Scan {
  std::string buffer;  // lower-cased token texts, back to back
  std::vector<Tok> toks;
  std::vector<const WordInfo*> infos;  // Lookup() of each token (nullptr for numbers, punctuation)
  // Per token: a number or a word that can carry a time (a month, a unit, a
  // number word, a time starter, a noun the matchers read: "future"), not a
  // lead, a function word or a bare tense cue. An expression that begins
  // with a lead holds one of them (the parser's skip test, time_parse.cc).
  std::vector<uint8_t> timeish;
};
// With `split_possessive` (the TimeML profile), a final "'s" becomes a
// punctuation token of its own ("Friday's" -> "friday" "'s"), so spans end
// before it.
void ScanText(std::string_view text, Scan* out, bool split_possessive = false);

enum class Unit : uint8_t { kNone, kSecond, kMinute, kHour, kDay, kWeek, kFortnight,
                            kMonth, kQuarter, kYear, kDecade, kCentury, kWeekend, kNight };
enum class PartOfDay : uint8_t { kNone, kMorning, kAfternoon, kEvening, kNight };

struct WordInfo {
  int8_t month = 0;          // 1..12
  int8_t weekday = 0;        // 1..7 (Monday = 1)
  bool plural = false;       // "mondays", "days"
  int cardinal = -1;         // number word value ("twenty" = 20)
  int ordinal = 0;           // ordinal word value ("third" = 3)
  Unit unit = Unit::kNone;
  PartOfDay part = PartOfDay::kNone;
  int8_t season = 0;         // 1 spring, 2 summer, 3 fall, 4 winter
  int8_t tense = 0;          // +1 future cue, -1 past cue
  bool starter = false;      // may begin a time expression ("the", "from", "every", …)
  bool holiday_start = false;  // first word of a holiday name
  bool guessed = false;        // a regular "-ed" form taken for a past verb (a weak tense cue)
  bool modifier = false;       // may begin a TIMEX3 modifier ("about", "more than", "at least")
  // A function word that begins an expression only before a time word ("the",
  // "a", "in", "his"): "the past three weeks", never "the" alone.
  bool lead = false;
  bool grammar_only = false;  // read by a matcher, no meaning of its own (Lookup gives nullptr)
  bool function = false;      // a grammar word that names no time ("of", "and", "to")
};

// Whether the grammar knows `lower` (a table word, or one its matchers read
// with no meaning of its own: "future", "period", "moment"). Every word a
// matcher compares a token with must be known (time_lexicon_test.cc).
bool KnownWord(std::string_view lower);

// First words of the holiday names (time_holidays.cc), for the word table.
std::vector<std::string_view> HolidayFirstWords();

// Info for a lower-case word; nullptr when the word means nothing here.
const WordInfo* Lookup(std::string_view lower);

// TIMEX3 letters of a part of day ("MO", "AF", "EV", "NI").
const char* PartCode(PartOfDay p);
// TIMEX3 designator of a duration unit, and whether it is a time unit (PT…).
const char* UnitCode(Unit u, int* multiplier, bool* time_unit);

}  // namespace crosscheck::time_internal

#endif  // CROSSCHECK_RECOGNIZE_TIME_TIME_LEXICON_H_
