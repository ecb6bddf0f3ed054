// Small word tests shared by the frame finders (frame.cc, frame_place.cc,
// frame_time.cc): closed word classes compared on the token as written or
// lower-cased by the caller. Internal to src/claims; pure, thread-safe.
#ifndef CROSSCHECK_CLAIMS_FRAME_WORDS_H_
#define CROSSCHECK_CLAIMS_FRAME_WORDS_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace crosscheck::frame_words {

// Longest place or state phrase, in tokens.
inline constexpr int kMaxPhrase = 8;

inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

inline bool IsLocativePreposition(const std::string& w) {
  return In(w, {"in", "at", "from", "inside", "under", "beneath", "near", "around", "within", "into",
                "underneath", "below", "outside", "throughout", "across", "out"});
}

// A lower-case particle inside a place or person name, between capitalised
// words ("Dar es Salaam", "Rio de Janeiro", "Den Haag", "Ras al Khaimah").
inline bool IsNameParticle(std::string_view w) {
  return In(w, {"es", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "los", "las",
                "el", "al", "van", "von", "der", "den", "ter", "bin", "ibn", "y"});
}

inline bool IsDeterminer(const std::string& w) {
  return In(w, {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"});
}

inline bool IsCalendarWord(std::string_view w) {
  return In(w, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                "Friday", "Saturday", "Sunday",
                // Abbreviations, with or without their point ("Oct. 8").
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.",
                "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon",
                "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"});
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
