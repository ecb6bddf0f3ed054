// One claim as a ledger figure (fuse/ledger_figure.h): its label, bands
// from hedges or from the rounding of the written numeral, precision, and
// whether the text gives it as a new level ("rose to 41").
#include "fuse/ledger_figure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claims/lexicon.h"
#include "recognize/entity/entity.h"

namespace crosscheck {
namespace {

// The precision a figure with no hedge is written at: the step of its last
// written digit, in its value's units ("$43 million": 1 million; "3.4
// million": 0.1 million; "1,024": 1; "1,000": 1); 0 when the figure is
// hedged, carries a band of its own, or has no digits ("a dozen"). `round`
// says whether the written figure looks rounded (two trailing zeros or more,
// a scale word, a decimal point), so its rounding makes a band.
struct Written {
  double step = 0;
  bool round = false;
};

Written WrittenPrecision(const Quantity& q, std::string_view text) {
  Written w;
  if (!q.hedge.empty() || (q.band_low && *q.band_low != q.value) || (q.band_high && *q.band_high != q.value))
    return w;
  // The written numeral: the first run of digits, separators and a point.
  size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) return w;
  std::string digits;
  int decimals = -1;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      if (decimals >= 0) ++decimals;
    } else if (c == '.' && decimals < 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      decimals = 0;
    } else if (c != ',') {
      break;
    }
  }
  double mantissa = std::atof(digits.c_str());
  if (decimals > 0) mantissa /= std::pow(10.0, decimals);
  if (mantissa <= 0 || q.value <= 0) return w;
  double scale = q.value / mantissa;
  if (decimals > 0) {
    w.step = std::pow(10.0, -decimals) * scale;
    w.round = true;
  } else {
    int zeros = 0;
    for (size_t k = digits.size(); k-- > 1 && digits[k] == '0';) ++zeros;
    w.round = !(zeros < 2 && scale < 1.5);  // "40", "12", "58": exact
    w.step = w.round ? std::pow(10.0, zeros) * scale : scale;
  }
  return w;
}

}  // namespace

double RoundingHalfWidth(const Quantity& q, std::string_view text) {
  Written w = WrittenPrecision(q, text);
  if (!w.round) return 0;
  return std::min(w.step / 2, q.value / 20);
}

double AnchorHalfWidth(double value) {
  if (!(value >= 100) || value >= 1e18 || value != std::floor(value)) return 0;
  double step = 1;
  int zeros = 0;
  for (double v = value; std::fmod(v, 10) == 0; v /= 10) {
    step *= 10;
    ++zeros;
  }
  if (zeros < 2) return 0;
  return std::min(step / 2, value / 20);
}

double JudgedHalfWidth(const Quantity& q, std::string_view text, std::string_view kind) {
  double h = RoundingHalfWidth(q, text);
  // A duration written as a whole number of its unit ("a two-year
  // investigation", "35 days", "a 10-year sentence") is rounded at that
  // unit: a writer gives a length of time in whole units, so "two-year"
  // holds from a year and a half up to two and a half and does not dispute
  // "more than two years". The value/20 cap of RoundingHalfWidth is built
  // for counts, where "40" is exact. Two durations a whole unit apart
  // ("two weeks", "three weeks") meet only at an open end, so they still
  // disagree. An age is not rounded but floored ("76-year-old"), and
  // its claim kind is "age", so it keeps its exact band.
  const bool own_band = !q.hedge.empty() || (q.low && *q.low != q.value) || (q.high && *q.high != q.value) ||
                        (q.band_low && *q.band_low != q.value) || (q.band_high && *q.band_high != q.value);
  if (!own_band && q.value >= 1 && q.value == std::floor(q.value) && kind == "duration")
    h = std::max(h, 0.5);
  return h;
}

Figure FigureOf(const DocAnalysis& a, ClaimRef ref, const Claim& cl, const Quantity& q, int voice, double factor,
                int order) {
  Figure f;
  f.ref = ref;
  f.voice = voice;
  std::string name = a.doc.source && !a.doc.source->empty() ? *a.doc.source : [&] {
    size_t slash = a.doc.path.find_last_of('/');
    return !a.doc.path.empty() ? (slash == std::string::npos ? a.doc.path : a.doc.path.substr(slash + 1)) : a.doc.id;
  }();
  std::string when = !cl.time.empty() ? cl.time.str() : !cl.as_of.empty() ? cl.as_of.str() : "undated";
  f.label = "report " + name + " (" + (cl.speaker.empty() ? "narration" : cl.speaker.str()) + ", " + when + ")";
  f.text = q.span.end <= a.doc.text.size() ? std::string(q.span.Of(a.doc.text)) : "";
  f.time = cl.time;
  f.as_of = cl.as_of;
  f.low = q.low;
  f.high = q.high;
  f.band_low = q.band_low ? *q.band_low : q.low ? *q.low : q.value;
  f.band_high = q.band_high ? *q.band_high : q.high ? *q.high : q.value;
  if (f.band_low > f.band_high) std::swap(f.band_low, f.band_high);
  // "more than 30": the band starts at the bound the figure excludes.
  f.low_open = q.low && !q.low_inclusive && f.band_low == *q.low;
  f.high_open = q.high && !q.high_inclusive && f.band_high == *q.high;
  if (double h = JudgedHalfWidth(q, f.text, cl.kind); h > 0) {
    f.band_low = q.value - h;
    f.band_high = q.value + h;
    f.high_open = true;
  }
  f.conservative = q.conservative ? *q.conservative : f.band_low;
  f.value = q.value;
  f.step = WrittenPrecision(q, f.text).step;
  f.point = q.hedge.empty() && (!q.low || *q.low == q.value) && (!q.high || *q.high == q.value) &&
            (!q.band_low || *q.band_low == q.value) && (!q.band_high || *q.band_high == q.value);
  f.low_inclusive = q.low_inclusive;
  // A hedge that excludes its anchor ("nearly $100 billion", "over a
  // hundred billion"), when the anchor is a round value.
  // A length of time written in whole units is rounded at its unit (see
  // JudgedHalfWidth), so a whole unit is a round anchor too: "almost two
  // months" and "more than two months" approach one length from either
  // side.
  const bool whole_unit = cl.kind == "duration" && q.value >= 1 && q.value == std::floor(q.value);
  f.round_anchor = !f.point && ((f.low_open && q.low && *q.low == q.value) || (f.high_open && q.high && *q.high == q.value)) &&
                   (AnchorHalfWidth(q.value) > 0 || whole_unit);
  bool digits = std::any_of(f.text.begin(), f.text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  f.vague = !digits && f.band_high - f.band_low > 0.4 * std::max(std::fabs(f.band_high), 1.0);
  if (factor > 0 && factor != 1) {
    f.band_low *= factor;
    f.band_high *= factor;
    f.conservative *= factor;
    f.value *= factor;
    f.step *= factor;
    if (f.low) *f.low *= factor;
    if (f.high) *f.high *= factor;
  }
  f.order = order;
  // "rose to 41", "has climbed to 249", "reached 300": the text gives the
  // figure as a new level of a moving count.
  if (q.span.start <= a.doc.text.size()) {
    size_t from = q.span.start > 40 ? q.span.start - 40 : 0;
    std::string before = Lowercase(std::string_view(a.doc.text).substr(from, q.span.start - from));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    if (before.size() >= 3 && before.compare(before.size() - 3, 3, " to") == 0) before.resize(before.size() - 3);
    size_t sp = before.find_last_of(' ');
    std::string verb = sp == std::string::npos ? before : before.substr(sp + 1);
    static const char* kRise[] = {"rose", "risen", "rising", "climbed", "climbing", "increased", "jumped",
                                  "grew", "soared", "mounted", "reached", "swelled", "surged"};
    for (const char* k : kRise)
      if (verb == k) f.risen = true;
  }
  f.running = ReadsAsRunningTotal(a.doc.text, q.span.start, q.span.end);
  return f;
}

std::string VoiceKey(std::string_view speaker) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < speaker.size();) {
    while (i < speaker.size() && speaker[i] == ' ') ++i;
    size_t j = i;
    while (j < speaker.size() && speaker[j] != ' ') ++j;
    if (j > i) words.push_back(speaker.substr(i, j - i));
    i = j;
  }
  if (words.empty()) return "";
  if (std::isupper(static_cast<unsigned char>(words.back()[0]))) return NameVariantKey(words.back());
  size_t k = 0;
  while (k + 1 < words.size()) {
    std::string w = Lowercase(words[k]);
    if (w != "a" && w != "an" && w != "the" && w != "one") break;
    ++k;
  }
  std::string key;
  for (; k < words.size(); ++k) key += (key.empty() ? "" : " ") + Lowercase(words[k]);
  return key;
}

bool IsFixedAttribute(std::string_view kind) {
  return kind == "length" || kind == "mass" || kind == "age" || kind == "magnitude";
}

bool ReadsAsRunningTotal(std::string_view text, size_t start, size_t end) {
  if (start > end || end > text.size()) return false;
  // The words of the sentence before the figure, last first.
  size_t from = start;
  while (from > 0 && start - from < 80 && text[from - 1] != '.' && text[from - 1] != ';' && text[from - 1] != '\n') --from;
  const std::string before = Lowercase(text.substr(from, start - from));
  std::vector<std::string_view> words;  // views of `before`
  for (size_t i = 0; i < before.size();) {
    while (i < before.size() && !std::isalpha(static_cast<unsigned char>(before[i])) && before[i] != '\'') ++i;
    size_t j = i;
    while (j < before.size() && (std::isalpha(static_cast<unsigned char>(before[j])) || before[j] == '\'')) ++j;
    if (j > i) words.push_back(std::string_view(before).substr(i, j - i));
    i = j;
  }
  // "has raised", "have now spent", "had so far collected": a perfect
  // right before the figure (its participle, then adverbs).
  if (words.size() >= 2 && words.back() != "been") {
    static constexpr std::string_view kAdverb[] = {"now",  "already", "so",         "far",  "thus",
                                                   "also", "since",   "reportedly", "still"};
    size_t k = words.size() - 1;  // the participle
    while (k > 0) {
      const std::string_view w = words[k - 1];
      if (w == "has" || w == "have" || w == "had" || w == "'s" || w == "'ve") return true;
      bool adverb = w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0;
      for (std::string_view adv : kAdverb) adverb = adverb || w == adv;
      if (!adverb) break;
      --k;
    }
  }
  // "… so far", "… to date", "… thus far" after it in its sentence.
  size_t to = end;
  while (to < text.size() && to - end < 80 && text[to] != '.' && text[to] != ';' && text[to] != '\n') ++to;
  std::string after = " " + Lowercase(text.substr(end, to - end)) + " ";
  for (const char* k : {" so far ", " so far,", " to date ", " to date,", " thus far ", " thus far,"})
    if (after.find(k) != std::string::npos) return true;
  return false;
}

}  // namespace crosscheck
