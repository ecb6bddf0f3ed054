// Context rules around a figure. Both are deliberately local (a few words
// either side, no parser): a figure's role in news is almost always decided
// by its neighbours ("in 2022", "No. 10", "9:30", "2,000 fighters").
//
// Counted nouns: after the figure we walk at most five words. Function words
// (articles, prepositions, auxiliaries, pronouns, conjunctions) end the noun
// phrase; "of" is crossed when it comes first ("hundreds of civilians",
// "dozens of them"). The head is the last word of the phrase that looks like
// a plural noun (ends in "s", or an irregular plural such as "people",
// "children", "police"); a singular head is accepted for "one". Words that
// look like verbs after a noun ("civilians trapped") end the phrase.
#include "recognize/number/quantity_context.h"

#include "core/word_table.h"
#include "recognize/number/number_words.h"

#include <cmath>
#include <string>

namespace crosscheck::number {

namespace {

inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (w == s) return true;
  return false;
}

bool IsMonth(std::string_view lw) {
  return In(lw, {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                 "nov", "dec"});
}

// A WordTable: one probe instead of up to ~100 comparisons (asked for
// most words after a figure).
bool IsFunctionWord(std::string_view lw) {
  static const WordTable words = [] {
    WordTable t;
    t.Add({"the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "by", "with", "and", "or", "but",
           "were", "was", "are", "is", "be", "been", "have", "has", "had", "who", "that", "which", "this",
           "these", "those", "it", "they", "he", "she", "we", "you", "i", "as", "than", "into", "over",
           "under", "after", "before", "since", "during", "while", "said", "say", "says", "will", "would",
           "could", "can", "may", "might", "more", "less", "per", "each", "their", "his", "her", "its",
           "our", "not", "no", "so", "if", "when", "where", "there", "here", "about", "around", "up",
           "out", "off", "had", "did", "do", "does", "among", "including", "across", "through", "against",
           "near", "inside", "outside", "within", "without", "between", "remain", "remained", "remains"},
          1);
    return t;
  }();
  return words.Find(lw) != 0;
}

bool IrregularPlural(std::string_view lw) {
  return In(lw, {"people", "children", "men", "women", "police", "personnel", "staff", "troops", "militia",
                 "cattle", "livestock", "crew", "infantry", "youth", "clergy", "them", "us"});
}

bool LooksPlural(std::string_view lw) {
  if (IrregularPlural(lw)) return true;
  if (lw.size() >= 5 && lw.substr(lw.size() - 3) == "men") return true;  // policemen, gunmen
  if (lw.size() < 3 || lw.back() != 's') return false;
  if (lw.size() >= 2 && lw[lw.size() - 2] == 's') return false;  // "press", "across"
  return !In(lw, {"was", "has", "is", "its", "this", "his", "hers", "thus", "plus", "status", "news", "always",
                  "perhaps", "sometimes", "besides", "towards", "afterwards", "whereas", "us", "yes", "bus",
                  "gas", "chaos", "series", "species"});
}

struct Word {
  uint32_t b, e;
};

// The word ending before `pos` (spaces skipped); b == e when none.
Word PrevWord(std::string_view s, uint32_t pos) {
  uint32_t e = pos;
  while (e > 0 && s[e - 1] == ' ') --e;
  uint32_t b = e;
  while (b > 0 && IsAlpha(s[b - 1])) --b;
  return Word{b, e};
}

bool IsDeterminerOrOrdinal(std::string_view lw) {
  return In(lw, {"the", "this", "that", "each", "every", "its", "their", "our", "his", "her", "last", "next",
                 "latest", "previous", "same", "first", "second", "third", "fourth", "final", "current"});
}

// Bytes of an opening quotation mark at `i` (after spaces, which are
// counted too), 0 when none: '"' or U+201C.
size_t OpeningQuoteAt(std::string_view s, size_t i) {
  size_t k = i;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k < s.size() && s[k] == '"') return k + 1 - i;
  if (s.compare(k, 3, "\xE2\x80\x9C") == 0) return k + 3 - i;
  return 0;
}

// Next word at or after `i` (skipping spaces only); b == e when the next
// character is not a letter.
Word NextWord(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  size_t b = i;
  while (i < s.size() && (IsAlpha(s[i]) || (s[i] == '-' && i + 1 < s.size() && IsAlpha(s[i + 1])) ||
                          (s[i] == '\'' && i > b && i + 1 < s.size() && IsAlpha(s[i + 1]))))
    ++i;
  return Word{static_cast<uint32_t>(b), static_cast<uint32_t>(i)};
}

}  // namespace

bool AfterReferenceWord(std::string_view s, uint32_t start) {
  size_t p = start;
  while (p > 0 && s[p - 1] == ' ') --p;
  bool dot = p > 0 && s[p - 1] == '.';
  size_t pe = dot ? p - 1 : p;
  size_t pb = pe;
  while (pb > 0 && IsAlpha(s[pb - 1])) --pb;
  std::string prev = Lower(s.substr(pb, pe - pb));
  return In(prev, {"no", "nos", "number", "article", "resolution", "section", "chapter", "page", "route",
                   "highway", "flight", "room", "vol", "version", "level", "grade", "line", "platform", "gate",
                   "unit", "district", "precinct", "block", "building", "channel", "apt", "apartment", "suite",
                   "bus", "road", "street", "paragraph", "clause", "pp", "p", "figure", "table", "phase", "stage",
                   "season", "episode", "part", "act", "gen"}) &&
         (prev != "no" || dot || (!prev.empty() && s[pb] == 'N'));
}

bool HedgePrefixBefore(std::string_view s, uint32_t start) {
  // "sub-5%": a prefix that bounds the figure, hyphenated to it.
  if (start < 4 || s[start - 1] != '-') return false;
  return Lower(s.substr(start - 4, 3)) == "sub" && (start == 4 || !IsAlpha(s[start - 5]));
}

bool IsNotACount(std::string_view s, const Numeral& n, bool has_unit) {
  if (n.kind == NumeralKind::kOrdinal) return true;
  // A slash pair is a fraction only over a denominator fractions are written
  // with and below one ("3/4", "1/3", "5/8"); "9/11", "24/7" and "7/7" name
  // a date, an event or a schedule.
  if (n.kind == NumeralKind::kFraction && n.has_digits) {
    std::string_view t = s.substr(n.start, n.end - n.start);
    const size_t slash = t.find('/');
    if (slash != std::string_view::npos && slash > 0 && slash + 1 < t.size()) {
      size_t nb = slash;
      while (nb > 0 && IsDigit(t[nb - 1])) --nb;
      size_t de = slash + 1;
      while (de < t.size() && IsDigit(t[de])) ++de;
      if (nb < slash && de > slash + 1 && slash - nb <= 4 && de - slash - 1 <= 4) {
        const int num = std::stoi(std::string(t.substr(nb, slash - nb)));
        const int den = std::stoi(std::string(t.substr(slash + 1, de - slash - 1)));
        static constexpr int kDenominators[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100};
        bool usual = false;
        for (int d : kDenominators) usual |= d == den;
        if (!usual || num >= den) return true;
      }
    }
  }
  // "called 911 during the attack", "dialled 999 twice": a number dialled
  // is a phone number unless it counts something ("called 12 times").
  if (n.has_digits && !has_unit && n.kind == NumeralKind::kInteger) {
    Word pw = PrevWord(s, n.start);
    Word nx = NextWord(s, n.end);
    const std::string prev_w = Lower(s.substr(pw.b, pw.e - pw.b));
    const std::string next_w = Lower(s.substr(nx.b, nx.e - nx.b));
    if (In(prev_w, {"call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
                    "dialling"}) &&
        !(nx.b == n.end + 1 && LooksPlural(next_w) && !IsFunctionWord(next_w)))
      return true;
  }
  // "… a modest lead. [538] The", "as reported[12].": digits alone between
  // square brackets, with no lower-case word after them, are a citation or
  // footnote marker of web and encyclopedia text, not a figure. An
  // editor's insertion reads on ("said [12] people were hurt"), and
  // "[2 dead]" or "[$5m]" hold more than digits.
  if (n.has_digits && !has_unit && n.kind == NumeralKind::kInteger && n.start >= 1 && n.end < s.size()) {
    size_t b = n.start, e = n.end;
    while (b > 0 && s[b - 1] == ' ') --b;
    while (e < s.size() && s[e] == ' ') ++e;
    if (b > 0 && s[b - 1] == '[' && e < s.size() && s[e] == ']') {
      size_t k = e + 1;
      while (k < s.size() && s[k] == ' ') ++k;
      if (k >= s.size() || !(s[k] >= 'a' && s[k] <= 'z')) return true;
    }
  }
  // Leading zero: "iWork 09", "007" are labels, not amounts.
  if (n.plain_digits >= 2 && s[n.start] == '0') return true;
  {
    Word self = NextWord(s, n.start);
    for (uint32_t k = self.b; k < self.e; ++k)
      if (s[k] == '-') { self.e = k; break; }  // "half-hour": the word "half"
    std::string lw = Lower(s.substr(self.b, self.e - self.b));
    Word nx = NextWord(s, n.end);
    std::string next_w = Lower(s.substr(nx.b, nx.e - nx.b));
    // "one of the cables": a selection, not a count; "the one".
    if (lw == "one" && n.end == self.e && next_w == "of") return true;
    // "one-time losses", "a one-off payment": an adjective, not a count.
    if (lw == "one" && !has_unit && n.end + 1 < s.size() && s[n.end] == '-' && IsAlpha(s[n.end + 1])) return true;
    // A bare "half" / "quarter" (no numerator) is a figure only as "half
    // of ..." and not after a determiner: "the fourth quarter", "the latest
    // quarter of losses", "the second half of the year" are periods.
    if (!n.has_digits && n.kind == NumeralKind::kFraction && n.end == self.e &&
        (lw == "half" || lw == "quarter" || lw == "quarters")) {
      if (next_w != "of" || lw != "half") return true;
      Word pw = PrevWord(s, n.start);
      if (pw.b < pw.e && IsDeterminerOrOrdinal(Lower(s.substr(pw.b, pw.e - pw.b)))) return true;
    }
    if (n.kind == NumeralKind::kFraction && n.end == self.e && (lw == "quarter" || lw == "half") && n.start >= 1 &&
        s[n.start - 1] == '-')
      return true;
    // "a half-hour delay", "a quarter-century": a compound adjective.
    if (n.kind == NumeralKind::kFraction && !n.has_digits && n.end < s.size() && s[n.end] == '-' &&
        n.end + 1 < s.size() && IsAlpha(s[n.end + 1]) && n.end >= 4 &&
        (Lower(s.substr(n.end - 4, 4)) == "half" || (n.end >= 7 && Lower(s.substr(n.end - 7, 7)) == "quarter")))
      return true;
  }
  // "a third" without "of" after a verb is the third one of a series
  // ("killed two co-workers and injured a third", "a third co-worker"),
  // not a fraction; "fell by a third", "more than a third", "a third of"
  // are fractions.
  if (!n.has_digits && n.kind == NumeralKind::kFraction) {
    Word self = NextWord(s, n.start);
    std::string first = Lower(s.substr(self.b, self.e - self.b));
    Word last = PrevWord(s, n.end);
    std::string lw = Lower(s.substr(last.b, last.e - last.b));
    Word nx = NextWord(s, n.end);
    std::string next_w = Lower(s.substr(nx.b, nx.e - nx.b));
    Word pw = PrevWord(s, n.start);
    std::string prev_w = Lower(s.substr(pw.b, pw.e - pw.b));
    if (first == "a" && In(lw, {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}) &&
        next_w != "of" &&
        !In(prev_w, {"by", "than", "about", "nearly", "almost", "roughly", "around", "some", "over", "under",
                     "least", "only", "just", "barely", "fully", "exactly", "approximately"}))
      return true;
  }
  // Calibres: a leading-point decimal before a capitalised name or
  // "caliber" (".357 Magnum", ".22-caliber rifle") names a cartridge.
  if (n.has_digits && n.start < s.size() && s[n.start] == '.' && !has_unit) {
    size_t k = n.end;
    if (k < s.size() && (s[k] == '-' || s[k] == ' ')) ++k;
    if (k < s.size() && ((s[k] >= 'A' && s[k] <= 'Z') || Lower(s.substr(k, 7)) == "caliber" ||
                         Lower(s.substr(k, 7)) == "calibre"))
      return true;
  }
  // A street address: a plain house number, a direction, capitalised words
  // and a street type ("200 W. American Blvd.", "1600 Pennsylvania Avenue",
  // "10 Downing Street").
  if (n.has_digits && !n.has_words && !has_unit && !n.grouped && n.kind != NumeralKind::kFraction) {
    // "the 12200 block of East 223rd Street": a stretch of a street.
    {
      Word w1 = NextWord(s, n.end);
      Word w2 = NextWord(s, w1.e);
      if (w1.b == n.end + 1 && Lower(s.substr(w1.b, w1.e - w1.b)) == "block" &&
          Lower(s.substr(w2.b, w2.e - w2.b)) == "of" && n.plain_digits >= 3)
        return true;
    }
    uint32_t p = n.end;
    int names = 0;
    for (int k = 0; k < 5; ++k) {
      Word w = NextWord(s, p);
      if (w.b >= w.e || w.b != p + 1 || s[w.b] < 'A' || s[w.b] > 'Z') break;
      std::string lw = Lower(s.substr(w.b, w.e - w.b));
      p = w.e < s.size() && s[w.e] == '.' ? w.e + 1 : w.e;
      if (In(lw, {"street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "lane", "ln", "drive", "dr",
                  "way", "place", "pl", "court", "ct", "highway", "hwy", "parkway", "pkwy", "terrace"})) {
        // "12 Main Street shops": the street names the counted noun.
        Word after_w = NextWord(s, p);
        std::string aw = Lower(s.substr(after_w.b, after_w.e - after_w.b));
        if (names > 0 && !(LooksPlural(aw) && !IsFunctionWord(aw))) return true;
        break;
      }
      if (!In(lw, {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})) ++names;
    }
  }
  // Model and product numbers: a bare number right after a capitalised name
  // that does not open the sentence ("Pixel 8", "Game 5", "FTSE 100", "Curve
  // 8900", "GT 650M"), also when a lower-case plural noun follows ("Boeing
  // 737 jets", "Windows 2000 users"; see model_of_noun).
  if (n.has_digits && !n.has_words && !has_unit && !n.grouped && n.kind != NumeralKind::kFraction &&
      n.start >= 2 && s[n.start - 1] == ' ') {
    size_t pe = n.start - 1;
    size_t pb = pe;
    while (pb > 0 && (IsAlpha(s[pb - 1]) || IsDigit(s[pb - 1]))) --pb;
    bool cap = pb < pe && s[pb] >= 'A' && s[pb] <= 'Z';
    size_t lead = 0;
    while (lead < s.size() && (s[lead] == ' ' || s[lead] == '"' || s[lead] == '(')) ++lead;
    std::string prevw = Lower(s.substr(pb, pe - pb));
    Word nx = NextWord(s, n.end);
    std::string next_w = Lower(s.substr(nx.b, nx.e - nx.b));
    // A name with a determiner before it ("the Curve 8900 sells", "the
    // Airbus A320") or an acronym ("GT 650M graphics") names a model even
    // when a plural-looking word follows.
    Word det = PrevWord(s, static_cast<uint32_t>(pb));
    std::string detw = Lower(s.substr(det.b, det.e - det.b));
    bool acronym = pe - pb >= 2;
    for (size_t k = pb; k < pe && acronym; ++k) acronym = (s[k] >= 'A' && s[k] <= 'Z') || IsDigit(s[k]);
    bool model_context = In(detw, {"the", "a", "an", "its", "their", "his", "her", "new", "latest"}) ||
                         (acronym && !In(prevw, {"us", "uk", "un", "eu", "uae"}));
    // A name holding a number, then a plural noun in lower case ("for
    // Windows 2000 users", "Office 2016 customers", "Boeing 737 jets"): the
    // noun is what the model serves or is, and the number is the name's.
    // Not after a locative preposition ("in Gaza 20 people were killed": a
    // place and a count whose comma was left out), not a function word
    // ("About 300 people"), and not in a headline in title case ("Quake
    // Kills 300 People" capitalises its noun).
    bool lower_plural = nx.b < s.size() && s[nx.b] >= 'a' && s[nx.b] <= 'z' && LooksPlural(next_w) &&
                        !IsFunctionWord(next_w);
    bool model_of_noun = lower_plural && !IsFunctionWord(prevw) &&
                         !In(detw, {"in", "at", "across", "near", "throughout", "inside", "outside", "from", "on",
                                    "into", "around", "within", "across", "over", "to", "toward", "towards"});
    if (cap && pb > lead && !IsMonth(prevw) &&
        !In(prevw, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "us", "u.s"}) &&
        (model_context || model_of_noun || !(LooksPlural(next_w) && !IsFunctionWord(next_w))))
      return true;
  }
  // A number written into a name: after a capitalised word and "for" or
  // "of" ("the Fight for 15 campaign", "the Gang of 8 met") or after a
  // capitalised possessive ("Ocean's 11 earned $183 million"), when no
  // plural noun follows that it could count ("Clinton for 15 years",
  // "Ohio's 18 electoral votes" stay figures), and not before a capitalised
  // word: title case runs on past a count there ("Brooklyn Mother of 13
  // Zurana Horton"). A name that opens the sentence is left alone, as above.
  if (n.has_digits && !n.has_words && !has_unit && !n.grouped && n.kind != NumeralKind::kFraction &&
      n.start >= 2 && s[n.start - 1] == ' ') {
    size_t lead = 0;
    while (lead < s.size() && (s[lead] == ' ' || s[lead] == '"' || s[lead] == '(')) ++lead;
    // A capitalised word, not an acronym: "an LDL of 118", "an IQ of 140"
    // name a reading, not a name holding a number.
    auto name_word = [&](Word w) {
      if (w.b >= w.e || w.b <= lead || s[w.b] < 'A' || s[w.b] > 'Z') return false;
      if (w.e - w.b >= 2 && s[w.b + 1] >= 'A' && s[w.b + 1] <= 'Z') return false;
      std::string lw = Lower(s.substr(w.b, w.e - w.b));
      return !IsMonth(lw) &&
             !In(lw, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i"});
    };
    Word p1 = PrevWord(s, n.start);
    std::string w1 = Lower(s.substr(p1.b, p1.e - p1.b));
    bool in_name = false;
    if (p1.b < p1.e && (w1 == "for" || w1 == "of") && s[p1.b] >= 'a' && s[p1.b] <= 'z' && p1.b >= 2 &&
        s[p1.b - 1] == ' ') {
      in_name = name_word(PrevWord(s, p1.b));
    } else if (w1 == "s" && p1.e == n.start - 1) {
      // "Ocean's", "Ocean’s": the name before the apostrophe.
      uint32_t q = p1.b;
      if (q >= 1 && s[q - 1] == '\'') q -= 1;
      else if (q >= 3 && s.compare(q - 3, 3, "\xE2\x80\x99") == 0) q -= 3;
      if (q != p1.b) {
        Word owner = PrevWord(s, q);
        in_name = owner.e == q && name_word(owner);
      }
    }
    if (in_name) {
      Word nx = NextWord(s, n.end);
      std::string next_w = Lower(s.substr(nx.b, nx.e - nx.b));
      const bool counts_next = nx.b < nx.e && LooksPlural(next_w) && !IsFunctionWord(next_w);
      const bool title_runs_on = nx.b < nx.e && s[nx.b] >= 'A' && s[nx.b] <= 'Z';
      if (!counts_next && !title_runs_on) return true;
    }
  }
  if (n.glued_end && !has_unit) return true;  // "1990s", "9am", "F16b"
  // A decade written with an apostrophe, "the 1980's", "in his early
  // 20's": a period or an age bracket, like "1990s", not a count. Only
  // whole tens, so "the 57's" stays whatever else it is.
  if (n.has_digits && !has_unit && n.plain_digits >= 2 && std::fmod(n.value, 10) == 0 && n.value >= 10 &&
      n.value < 2100) {
    std::string_view rest = s.substr(n.end, 4);
    if (rest.substr(0, 2) == "'s" || rest == "\xE2\x80\x99s") {
      const size_t e = n.end + (rest[0] == '\'' ? 2 : 4);
      if (e >= s.size() || !IsAlpha(s[e])) return true;
    }
  }
  // A century spelt out before a decade, "the nineteen sixties": a
  // period, like "the 1960s", not a count of sixties.
  if (!n.has_digits && !has_unit && n.value >= 10 && n.value <= 20 && n.value == std::floor(n.value)) {
    Word nx = NextWord(s, n.end);
    if (nx.e > nx.b &&
        In(Lower(s.substr(nx.b, nx.e - nx.b)), {"tens", "twenties", "thirties", "forties", "fifties",
                                                "sixties", "seventies", "eighties", "nineties"}))
      return true;
  }
  char before = n.start > 0 ? s[n.start - 1] : ' ';
  char after = n.end < s.size() ? s[n.end] : ' ';
  // Times of day and phone-like chains.
  if (n.has_digits) {
    if ((after == ':' || after == '.') && n.end + 1 < s.size() && IsDigit(s[n.end + 1]) && after == ':') return true;
    if (before == ':' && n.start >= 2 && IsDigit(s[n.start - 2])) return true;
    if (before == '+' && !has_unit) return true;  // "+44 20 7946": a phone; "+0.4%" a signed figure
    if (after == '-' && n.end + 1 < s.size() && IsDigit(s[n.end + 1])) {
      // "555-1234", but not a range "25-30" (ranges are handled before this).
      size_t k = n.end + 1;
      while (k < s.size() && IsDigit(s[k])) ++k;
      if (k < s.size() && s[k] == '-') return true;
      if (n.plain_digits >= 3 && k - n.end - 1 >= 4) return true;
    }
    if (before == '-' && n.start >= 2 && IsDigit(s[n.start - 2])) {
      size_t k = n.start - 1;
      while (k > 0 && IsDigit(s[k - 1])) --k;
      if (k > 0 && (s[k - 1] == '-' || s[k - 1] == '+')) return true;
    }
    if (n.plain_digits >= 7) return true;
    // Phone-like: a run of digit groups joined by spaces, dashes, dots or
    // brackets that opens with "+" or holds 3+ groups and 8+ digits.
    {
      auto in_run = [&](char ch) { return IsDigit(ch) || ch == ' ' || ch == '-' || ch == '(' || ch == ')' || ch == '.'; };
      size_t b = n.start, e = n.end;
      while (b > 0 && in_run(s[b - 1])) --b;
      while (e < s.size() && in_run(s[e])) ++e;
      bool plus = b > 0 && s[b - 1] == '+';
      int digits = 0, groups = 0;
      for (size_t k = b; k < e; ++k) {
        if (IsDigit(s[k])) {
          ++digits;
          if (k == b || !IsDigit(s[k - 1])) ++groups;
        }
      }
      if ((plus && groups >= 2 && !has_unit) || (groups >= 3 && digits >= 8 && !n.grouped)) return true;
    }
    if (before == '-' && n.start >= 2 && IsAlpha(s[n.start - 2]) && !HedgePrefixBefore(s, n.start))
      return true;  // F-16, COVID-19 (not "sub-5%")
    if (IsAlpha(before) && !has_unit) return true;
    if (before == '#') return true;
    // List marker: first thing in the sentence, followed by "." or ")".
    size_t lead = 0;
    while (lead < n.start && (s[lead] == ' ' || s[lead] == '(')) ++lead;
    if (lead == n.start && (after == ')' || (after == '.' && (n.end + 1 == s.size() || s[n.end + 1] == ' '))) &&
        n.value < 100)
      return true;
  }
  // Time suffixes: "9 am", "9 p.m.", "10 GMT".
  Word nw = NextWord(s, n.end);
  std::string next = Lower(s.substr(nw.b, nw.e - nw.b));
  if (n.has_digits && In(next, {"am", "pm", "a", "p", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "hrs"})) {
    if (next != "a" && next != "p") return true;
    if (nw.e < s.size() && s[nw.e] == '.') return true;
  }
  if (AfterReferenceWord(s, n.start)) return true;
  size_t p = n.start;
  while (p > 0 && s[p - 1] == ' ') --p;
  size_t pe = p > 0 && s[p - 1] == '.' ? p - 1 : p;
  size_t pb = pe;
  while (pb > 0 && IsAlpha(s[pb - 1])) --pb;
  std::string prev = Lower(s.substr(pb, pe - pb));
  if (n.has_digits && !n.has_words && !n.grouped && n.plain_digits >= 1 && n.plain_digits <= 2 &&
      (IsMonth(prev) || IsMonth(next)))
    return true;  // "May 9", "9 May"
  // Years: a bare four-digit figure in 1800..2100, unless a unit or a plural noun follows.
  if (n.plain_digits == 4 && n.value >= 1800 && n.value <= 2100 && !has_unit) {
    bool noun_after = LooksPlural(next) && !IsMonth(next);
    if (!noun_after || In(prev, {"in", "since", "of", "by", "until", "from", "year", "early", "late", "mid",
                                 "before", "after", "during", "summer", "winter", "spring", "autumn", "fall",
                                 "the"}))
      return true;
    if (IsMonth(prev)) return true;
  }
  if (n.plain_digits == 4 && IsMonth(prev)) return true;
  return false;
}

// Past a possessive at `i` ("Ms. Abedin's", "the Clinton Foundation’s",
// "the mayor’s", "the city council's"): up to four words (abbreviations with
// their dot), no function word among them, the last ending in 's or ’s;
// else `i` unchanged. The possessor is no counted head: "two of the mayor’s
// aides" counts aides.
uint32_t PastPossessiveName(std::string_view s, uint32_t i) {
  uint32_t at = i;
  // A capitalised word after a lower-case one ends the name: "dozens of
  // Tarnby Democrats boycotted Friday's vote" counts Democrats, not
  // the vote past the verb ("the New York city council's" stays one
  // name: its lower-case words come last).
  bool lower_seen = false;
  for (int k = 0; k < 4; ++k) {
    Word nx = NextWord(s, at);
    if (nx.b >= nx.e) return i;
    if (s[nx.b] < 'A' || s[nx.b] > 'Z') {
      std::string lw = Lower(s.substr(nx.b, nx.e - nx.b));
      if (lw.size() > 2 && lw.compare(lw.size() - 2, 2, "'s") == 0) lw.resize(lw.size() - 2);
      if (IsFunctionWord(lw)) return i;
      lower_seen = true;
    } else if (lower_seen) {
      return i;
    }
    uint32_t e = nx.e;
    if (e - nx.b > 2 && s.substr(e - 2, 2) == "'s") return e;  // NextWord keeps "Abedin's" whole
    if (e < s.size() && s[e] == '.') ++e;
    if (s.substr(e, 4) == "\xE2\x80\x99s") return e + 4;
    at = e;
  }
  return i;
}

Counted FindCounted(std::string_view s, uint32_t start, uint32_t end, bool singular_ok, bool many) {
  Counted c;
  // "a 55-member panel", "a three-judge court": the hyphenated noun.
  if (end + 1 < s.size() && s[end] == '-' && IsAlpha(s[end + 1])) {
    Word hw = NextWord(s, end + 1);
    uint32_t he = hw.b;
    while (he < hw.e && s[he] != '-') ++he;
    std::string lw = Lower(s.substr(hw.b, he - hw.b));
    if (he > hw.b && !IsFunctionWord(lw)) {
      c.start = hw.b;
      c.end = he;
      c.phrase_end = he;
      return c;
    }
  }
  size_t i = end;
  bool crossed_of = false;
  uint32_t head_b = 0, head_e = 0;
  bool quoted = false;  // a quote mark opened inside the phrase and not yet closed
  for (int w = 0; w < 5; ++w) {
    // A quoted word of the phrase is one of its words: six "economic
    // cities", nine "nonprobability" internet samples (straight or curly marks).
    if (!quoted) {
      const size_t q = OpeningQuoteAt(s, i);
      i += q;
      quoted = q > 0;
    }
    Word wd = NextWord(s, i);
    if (wd.b == wd.e) break;
    if (wd.b > i && s.substr(i, wd.b - i).find_first_not_of(' ') != std::string_view::npos) break;
    std::string lw = Lower(s.substr(wd.b, wd.e - wd.b));
    if (w == 0 && lw == "of" && !crossed_of) {
      crossed_of = true;
      singular_ok = !singular_ok && !many;  // "a third of the population", but "one of the fighters"
      i = wd.e;
      Word nx = NextWord(s, i);
      std::string ln = Lower(s.substr(nx.b, nx.e - nx.b));
      if (ln == "them" || ln == "us" || ln == "those" || ln == "whom" || ln == "which") {
        c.start = nx.b;
        c.end = nx.e;
        c.phrase_end = nx.e;
        return c;
      }
      if (In(ln, {"the", "their", "these", "its", "his", "her", "our", "my", "your"})) i = nx.e;
      i = PastPossessiveName(s, static_cast<uint32_t>(i));  // "3,000 of Ms. Abedin's emails"
      --w;
      continue;
    }
    if (w == 0 && In(lw, {"more", "other", "additional", "extra", "further", "fewer"})) {
      i = wd.e;  // "2,750 more border agents", "three other women"
      continue;
    }
    if (IsFunctionWord(lw)) break;
    if (head_e && (lw.size() > 3 && (lw.substr(lw.size() - 2) == "ed" || lw.substr(lw.size() - 3) == "ing")))
      break;  // "civilians trapped"
    if (LooksPlural(lw) || (singular_ok && w <= 1)) {
      head_b = wd.b;
      head_e = wd.e;
      if (crossed_of || IrregularPlural(lw) || (!singular_ok && LooksPlural(lw))) {
        // A plural head usually ends the phrase; allow one more plural ("aid
        // workers"). A collective noun with no singular of its own ("police",
        // "militia", "clergy") modifies a plural after it: "two police
        // officers", "two plainclothes police officers" count officers, as
        // "two policemen" would.
        auto collective = [](std::string_view w) {
          return In(w, {"police", "militia", "clergy", "infantry", "personnel"});
        };
        std::string cur = lw;
        uint32_t at = wd.e;
        for (int extra = 0; extra < 2; ++extra) {
          Word nx = NextWord(s, at);
          if (nx.b != at + 1 || nx.b >= nx.e) break;
          std::string ln = Lower(s.substr(nx.b, nx.e - nx.b));
          if (!LooksPlural(ln) || IsFunctionWord(ln)) break;
          if (IrregularPlural(cur) && !collective(cur)) break;
          head_b = nx.b;
          head_e = nx.e;
          if (!collective(ln)) break;
          cur = ln;
          at = nx.e;
        }
        break;
      }
    }
    i = wd.e;
    if (quoted) {  // the quote closes right after the word: read on past it
      if (i < s.size() && s[i] == '"') {
        ++i;
        quoted = false;
      } else if (s.compare(i, 3, "\xE2\x80\x9D") == 0) {
        i += 3;
        quoted = false;
      }
    }
  }
  if (head_e) {
    c.start = head_b;
    c.end = head_e;
    c.phrase_end = head_e;
    return c;
  }
  // The noun before: "a group of 25", "a total of 46" is not a noun we want.
  size_t p = start;
  while (p > 0 && s[p - 1] == ' ') --p;
  if (p >= 3 && s.substr(p - 2, 2) == "of" && s[p - 3] == ' ') {
    size_t e = p - 2;
    while (e > 0 && s[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && IsAlpha(s[b - 1])) --b;
    std::string lw = Lower(s.substr(b, e - b));
    // A number word is no noun: "one of four" counts nothing named.
    if (b < e && !IsFunctionWord(lw) && LookupNumberWord(lw).kind == WordKind::kNone &&
        !In(lw, {"total", "maximum", "minimum", "estimate", "average", "sum", "number", "figure", "tally", "toll"})) {
      c.start = static_cast<uint32_t>(b);
      c.end = static_cast<uint32_t>(e);
    }
  }
  return c;
}

}  // namespace crosscheck::number
