// Small word tests shared by the frame finders (frame.cc, frame_place.cc,
// frame_time.cc): closed word classes compared on the token as written or
// lower-cased by the caller. Internal to src/claims; pure, thread-safe.
#ifndef CROSSCHECK_CLAIMS_FRAME_WORDS_H_
#define CROSSCHECK_CLAIMS_FRAME_WORDS_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "core/word_table.h"

namespace crosscheck::frame_words {

// Longest place or state phrase, in tokens.
inline constexpr int kMaxPhrase = 8;

inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

// The closed sets tested per token (every token of a document for the
// place and calendar tests) are WordTables: one probe instead of a scan
// of the list (~1% of a run's instructions). Same members, same answers.
inline WordTable SetOf(std::initializer_list<std::string_view> words) {
  WordTable t;
  t.Add(words, 1);
  return t;
}

inline bool IsLocativePreposition(std::string_view w) {
  static const WordTable set = SetOf({"in", "at", "from", "inside", "under", "beneath", "near", "around", "within",
                                      "into", "underneath", "below", "outside", "throughout", "across", "out"});
  return set.Find(w) != 0;
}

// A lower-case particle inside a place or person name, between capitalised
// words ("Dar es Salaam", "Rio de Janeiro", "Den Haag", "Ras al Khaimah").
inline bool IsNameParticle(std::string_view w) {
  static const WordTable set = SetOf({"es", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la",
                                      "le", "los", "las", "el", "al", "van", "von", "der", "den", "ter", "bin", "ibn", "y"});
  return set.Find(w) != 0;
}

inline bool IsDeterminer(std::string_view w) {
  static const WordTable set =
      SetOf({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"});
  return set.Find(w) != 0;
}

inline bool IsCalendarWord(std::string_view w) {
  static const WordTable set = SetOf({"January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December", "Monday", "Tuesday",
                                      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                      // Abbreviations, with or without their point ("Oct. 8").
                                      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                                      "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
                                      "Oct.", "Nov.", "Dec.", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri",
                                      "Sat", "Sun"});
  return set.Find(w) != 0;
}

inline bool IsPossessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
}

inline std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return w.substr(0, w.size() - 2);
  return w;
}

}  // namespace crosscheck::frame_words

#endif  // CROSSCHECK_CLAIMS_FRAME_WORDS_H_
