// The scanner is a single pass over bytes; the word table is a hash map from
// lower-case word to WordInfo, filled once from the lists below (compiled by
// hand for this project; English only).
#include "recognize/time/time_lexicon.h"

#include <string>
#include <unordered_map>

#include "core/word_table.h"

namespace crosscheck::time_internal {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a typographic punctuation sequence at `i` and its ASCII stand-in.
int Typographic(std::string_view t, size_t i, char* ascii) {
  if (i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 &&
      static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char c = t[i + 2];
    if (c == 0x98 || c == 0x99) { *ascii = '\''; return 3; }
    if (c == 0x9C || c == 0x9D) { *ascii = '"'; return 3; }
    if (c >= 0x90 && c <= 0x95) { *ascii = '-'; return 3; }
    if (c == 0xA6) { *ascii = '.'; return 3; }
  }
  if (i + 1 < t.size() && static_cast<unsigned char>(t[i]) == 0xC2 &&
      static_cast<unsigned char>(t[i + 1]) == 0xA0) {  // no-break space
    *ascii = ' ';
    return 2;
  }
  return 0;
}

const WordInfo* TableEntry(std::string_view lower);  // the table's own entry, or nullptr

// Scan::timeish of a word.
bool CarriesTime(const WordInfo& f) {
  if (f.lead || f.function) return false;
  return f.month || f.weekday || f.cardinal >= 0 || f.ordinal || f.unit != Unit::kNone || f.part != PartOfDay::kNone ||
         f.season || f.starter || f.holiday_start || f.grammar_only;
}

}  // namespace

const WordInfo* LookupDerived(std::string_view lower);  // Lookup() past the table's own entry

void ScanText(std::string_view t, Scan* out, bool split_possessive) {
  out->toks.clear();
  // Each lower-cased byte comes from at least one input byte: the buffer is
  // sized once and written by index.
  out->buffer.resize(t.size());
  char* buf = out->buffer.data();
  uint32_t n = 0;
  struct Raw { uint32_t start, end, buf_begin, buf_end; TokKind kind; bool space, cap; };
  thread_local std::vector<Raw> raws;
  raws.clear();
  bool space = true;
  constexpr uint32_t kNone = UINT32_MAX;
  uint32_t apostrophe_src = 0, apostrophe_buf = kNone;  // last inner apostrophe of the current word
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = t[i];
    char ascii = 0;
    int typo = c >= 0xC2 ? Typographic(t, i, &ascii) : 0;
    if (IsSpace(c) || (typo && ascii == ' ')) { space = true; i += typo ? typo : 1; continue; }
    Raw r{static_cast<uint32_t>(i), 0, n, 0, TokKind::kPunct, space, false};
    if (typo) {
      buf[n++] = ascii;
      i += typo;
    } else if (IsDigit(c)) {
      r.kind = TokKind::kNum;
      while (i < t.size() && IsDigit(static_cast<unsigned char>(t[i]))) buf[n++] = t[i++];
    } else if (IsAsciiLetter(c) || c >= 0x80) {
      r.kind = TokKind::kWord;
      r.cap = c >= 'A' && c <= 'Z';
      while (i < t.size()) {
        unsigned char d = t[i];
        if (d >= 0xC2 && Typographic(t, i, &ascii)) {
          // Inner apostrophe ("father’s"): keep it inside the word.
          if (ascii == '\'' && i + 3 < t.size() && IsAsciiLetter(static_cast<unsigned char>(t[i + 3]))) {
            apostrophe_src = static_cast<uint32_t>(i);
            apostrophe_buf = n;
            buf[n++] = '\'';
            i += 3;
            continue;
          }
          break;
        }
        if (IsAsciiLetter(d)) {
          buf[n++] = static_cast<char>(d | 0x20);
          ++i;
        } else if (d >= 0x80) {
          buf[n++] = static_cast<char>(d);
          ++i;
        } else if (d == '\'' && i + 1 < t.size() && IsAsciiLetter(static_cast<unsigned char>(t[i + 1]))) {
          apostrophe_src = static_cast<uint32_t>(i);
          apostrophe_buf = n;
          buf[n++] = '\'';
          ++i;
        } else {
          break;
        }
      }
    } else {
      buf[n++] = static_cast<char>(c);
      ++i;
    }
    r.end = static_cast<uint32_t>(i);
    r.buf_end = n;
    // "Friday's" -> "friday" + "'s" (a punctuation token glued to it).
    if (split_possessive && r.kind == TokKind::kWord && apostrophe_buf != kNone &&
        apostrophe_buf + 2 == r.buf_end && apostrophe_buf > r.buf_begin &&
        buf[r.buf_end - 1] == 's') {
      Raw s{apostrophe_src, r.end, apostrophe_buf, r.buf_end, TokKind::kPunct, false, false};
      r.end = apostrophe_src;
      r.buf_end = apostrophe_buf;
      raws.push_back(r);
      raws.push_back(s);
    } else {
      raws.push_back(r);
    }
    apostrophe_buf = kNone;
    space = false;
  }
  out->buffer.resize(n);
  out->toks.reserve(raws.size());
  for (const Raw& r : raws) {
    Tok tok;
    tok.start = r.start;
    tok.end = r.end;
    tok.kind = r.kind;
    tok.space_before = r.space;
    tok.capital = r.cap;
    tok.lower = std::string_view(out->buffer).substr(r.buf_begin, r.buf_end - r.buf_begin);
    if (r.kind == TokKind::kNum) {
      uint64_t v = 0;
      for (char ch : tok.lower) {
        v = v * 10 + static_cast<uint64_t>(ch - '0');
        if (v > 1000000000ULL) v = 1000000000ULL;
      }
      tok.num = static_cast<uint32_t>(v);
      tok.digits = static_cast<uint8_t>(tok.lower.size() > 255 ? 255 : tok.lower.size());
    }
    out->toks.push_back(tok);
  }
  out->infos.resize(out->toks.size());
  out->timeish.resize(out->toks.size());
  for (size_t k = 0; k < out->toks.size(); ++k) {
    const Tok& tok = out->toks[k];
    bool timeish = tok.kind == TokKind::kNum;
    const WordInfo* info = nullptr;
    if (tok.kind == TokKind::kWord) {
      const WordInfo* entry = TableEntry(tok.lower);
      info = entry && !entry->grammar_only ? entry : LookupDerived(tok.lower);
      timeish = entry ? CarriesTime(*entry) : info != nullptr && CarriesTime(*info);
    }
    out->infos[k] = info;
    out->timeish[k] = timeish;
  }
}

namespace {

using Table = std::unordered_map<std::string_view, WordInfo>;

Table BuildTable();

// Words the matchers compare tokens with that have no entry of their own.
// Listed by time_lexicon_test.cc when a matcher starts reading a new word.
constexpr std::string_view kGrammarWords[] = {
    "bit", "little", "longer", "shorter",
    // adverbs after a set adverb ("collected weekly instead of"), before the verb "last" ("will also last")
    "again", "also", "anymore", "instead", "probably", "rather", "too",
    "have", "deadline", "pre",  // "should have acted in March"; "the 9/11 deadline"; "pre-9/11"
    "percentage",               // "up by 2.2 percentage points": no day
    "basis",  // "on a daily basis"
    "halves",  // "the first and second halves of 2019" (time32: MatchCoordinatedOrdinals)
    "matter",  // "in a matter of days" (time32)
    // the clause tense reading (time_tense.cc): participles of scheduling,
    // openers of a clause of its own ("said the talks open Friday")
    "poised", "slated", "says", "whom",
    "born", "whose",  // a parenthetical that dates its subject ("X, born in May 1950, ...")
    // verbs of spending time before a bare plural unit ("it took hours")
    "lasting", "lasts", "spend", "spending", "spends", "taking", "wait", "waiting", "waits",
    "account", "across", "additional", "ahead", "after", "afterward", "afterwards", "am", "among", "ampm", "anchor",
    "and", "are", "as", "azha", "be", "because", "before", "being", "billion", "breaking", "bst", "business",
    "but", "by", "c", "calendar", "cases", "cdt", "cest", "cet", "circa", "civilians", "clock", "come", "commencing",
    "comparable", "consecutive", "couple", "cst", "date", "deadly", "deaths", "distant", "doc", "dollars", "duration",
    "during", "e", "ed", "edt", "employees", "eest", "eet", "effective", "eighties", "ended", "ending", "ends", "ensuing", "est", "et",
    "euros", "eve", "exceed", "except", "extra", "fast", "fatal", "fawkes", "feet", "fifties", "final", "fool's", "fools",
    "for", "foreseeable", "forties", "freq", "further", "future", "girl", "giving", "gmt", "grain", "hadn't",
    "has", "hashanah", "hence", "high", "holiday", "homes", "houses", "id", "if", "indeed", "initial", "inside",
    "interval", "intervening", "into", "is", "ish", "jobs", "joe", "jr", "king", "kippur", "km", "latest", "least", "local", "long", "short",
    "luther", "m", "man", "members", "mere", "meters", "metres", "miles", "million", "mod", "most", "msk", "nd",
    "near", "need", "nineties", "noughties", "o", "o'clock", "of", "old", "or", "other", "our", "out",
    "outside", "over", "p", "part", "patrick's", "patricks", "pdt", "people", "per", "percent", "period", "pm",
    "points", "pounds", "preceding", "prior", "proceed", "pst", "quant", "range", "rd", "remaining", "report",
    "residents", "robinson", "s", "saints", "season's", "sergeant", "seventies", "sgt", "shares", "sixties", "small", "so",
    "soldiers", "sometime", "soon", "span", "speed", "starting", "still", "stores", "straight", "stretch", "subsequent", "successive", "tens",
    "term", "text", "th", "than", "thirties", "those", "thousands", "through", "throughout", "thru", "time",
    "times", "to", "tonnes", "tons", "trading", "troops", "twenties", "type", "unless", "utc", "value", "votes", "wee", "when",
    "well", "while", "with", "without", "workers", "workers'", "working", "year's", "your", "z",
    "moment",  // "at this crucial moment"
    "trillion", "which",  // "$1.4 trillion a year", "a day in which"
    // the event a day's possessive names lies ahead after these ("invited to Monday's debate"), not after blame
    "apologised", "apologized", "apology", "blame", "blamed", "condemned", "credit", "credited", "criticised",
    "criticized", "faulted", "invitation", "inviting", "praised", "punished", "responsible", "thanked", "ticket",
    "tickets", "welcome", "welcomed",
    // titles whose period does not end the clause ("Sen. Ted Cruz")
    "adm", "capt", "col", "gen", "gov", "maj", "mrs", "prof", "rep", "reps", "rev", "sen", "sens",
    // zones spelled out after a clock ("8 p.m. Eastern time")
    "eastern", "central", "pacific", "mountain", "standard", "daylight",
    // a year before an election word ("the likely 2016 presidential candidate")
    "ballot", "campaign", "census", "election", "elections", "midterm", "midterms", "nomination", "presidential",
    "primaries", "primary", "race", "referendum",
    // verbs of urging ("urged Trump to cancel the Monday session")
    "asked", "asks", "begged", "called", "calls", "implored", "pressed", "pressured", "urge", "urged", "urges", "urging",
    "invite", "invited", "invites",
    // genres after "late-night" ("late-night hosts"): no time
    "comedian", "comedians", "comedy", "host", "hosts", "programming", "show", "shows", "snack", "snacks", "talk",
    "television", "tv",
    // verbs of naming before a name that ends in a year ("a venture called Orion 1980")
    "branded", "christened", "code-named", "dubbed", "entitled", "known", "named", "nicknamed", "titled",
    // a year as a clause's subject or object (time_periods.cc YearInAClause, time24)
    "apartment", "article", "brings", "budget", "building", "bus", "channel", "chapter", "code", "consider",
    "considered", "considers", "data", "earnings", "estimates", "exit", "expecting", "figures", "forecast",
    "forecasts", "gate", "greater", "growth", "hasn't", "highs", "highway", "isn't", "item", "levels", "line",
    "looks", "lot", "lows", "marked", "marks", "model", "number", "numbers", "output", "page", "pier", "platform",
    "predict", "predicted", "predicts", "prices", "profit", "profits", "promises", "prove", "proved", "rates",
    "record", "remain", "revenue", "revenues", "room", "route", "sales", "section", "see", "sees", "slightly",
    "suite", "totals", "under", "unit", "version",
};

Table BuildTable() {
  Table t;
  const char* months[12][3] = {
      {"january", "jan", ""}, {"february", "feb", "febr"}, {"march", "mar", ""},
      {"april", "apr", ""}, {"may", "", ""}, {"june", "jun", ""}, {"july", "jul", ""},
      {"august", "aug", ""}, {"september", "sep", "sept"}, {"october", "oct", ""},
      {"november", "nov", ""}, {"december", "dec", ""}};
  for (int m = 0; m < 12; ++m)
    for (const char* w : months[m])
      if (*w) t[w].month = static_cast<int8_t>(m + 1);
  const char* days[7][5] = {
      {"monday", "mon", "mondays", "", ""}, {"tuesday", "tue", "tues", "tuesdays", ""},
      {"wednesday", "wed", "wednesdays", "", ""}, {"thursday", "thu", "thur", "thurs", "thursdays"},
      {"friday", "fri", "fridays", "", ""}, {"saturday", "sat", "saturdays", "", ""},
      {"sunday", "sun", "sundays", "", ""}};
  for (int d = 0; d < 7; ++d)
    for (const char* w : days[d]) {
      if (!*w) continue;
      WordInfo& i = t[w];
      i.weekday = static_cast<int8_t>(d + 1);
      std::string_view sv(w);
      i.plural = sv.size() > 6 && sv.back() == 's';
    }
  const char* cards[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                         "seventeen", "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) t[cards[n]].cardinal = n;
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int n = 0; n < 8; ++n) t[tens[n]].cardinal = 20 + 10 * n;
  t["hundred"].cardinal = 100;
  t["thousand"].cardinal = 1000;
  t["a"].cardinal = 1;
  t["an"].cardinal = 1;
  t["oh"].cardinal = 0;
  t["dozen"].cardinal = 12;
  const char* ords[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  for (int n = 1; n < 20; ++n) t[ords[n]].ordinal = n;
  t["twentieth"].ordinal = 20;
  t["thirtieth"].ordinal = 30;
  t["last"].ordinal = -1;
  struct U { const char* w; Unit u; bool plural; };
  const U units[] = {
      {"second", Unit::kSecond, false}, {"seconds", Unit::kSecond, true}, {"sec", Unit::kSecond, false},
      {"secs", Unit::kSecond, true}, {"minute", Unit::kMinute, false}, {"minutes", Unit::kMinute, true},
      {"min", Unit::kMinute, false}, {"mins", Unit::kMinute, true}, {"hour", Unit::kHour, false},
      {"hours", Unit::kHour, true}, {"hr", Unit::kHour, false}, {"hrs", Unit::kHour, true},
      {"h", Unit::kHour, false}, {"day", Unit::kDay, false}, {"days", Unit::kDay, true},
      {"week", Unit::kWeek, false}, {"weeks", Unit::kWeek, true}, {"wk", Unit::kWeek, false},
      {"wks", Unit::kWeek, true}, {"fortnight", Unit::kFortnight, false},
      {"fortnights", Unit::kFortnight, true}, {"month", Unit::kMonth, false},
      {"months", Unit::kMonth, true}, {"quarter", Unit::kQuarter, false},
      {"quarters", Unit::kQuarter, true}, {"year", Unit::kYear, false}, {"years", Unit::kYear, true},
      {"yr", Unit::kYear, false}, {"yrs", Unit::kYear, true}, {"ys", Unit::kYear, true},
      {"decade", Unit::kDecade, false}, {"decades", Unit::kDecade, true},
      {"century", Unit::kCentury, false}, {"centuries", Unit::kCentury, true},
      {"weekend", Unit::kWeekend, false}, {"weekends", Unit::kWeekend, true},
      {"night", Unit::kNight, false}, {"nights", Unit::kNight, true}};
  for (const U& u : units) {
    t[u.w].unit = u.u;
    if (u.plural) t[u.w].plural = true;
  }
  struct P { const char* w; PartOfDay p; bool plural; };
  const P parts[] = {{"morning", PartOfDay::kMorning, false}, {"mornings", PartOfDay::kMorning, true},
                     {"afternoon", PartOfDay::kAfternoon, false}, {"afternoons", PartOfDay::kAfternoon, true},
                     {"evening", PartOfDay::kEvening, false}, {"evenings", PartOfDay::kEvening, true},
                     {"night", PartOfDay::kNight, false}, {"nights", PartOfDay::kNight, true},
                     {"overnight", PartOfDay::kNight, false}, {"tonight", PartOfDay::kNight, false},
                     {"daybreak", PartOfDay::kMorning, false}, {"dawn", PartOfDay::kMorning, false},
                     {"dusk", PartOfDay::kEvening, false}, {"nightfall", PartOfDay::kEvening, false},
                     {"sunrise", PartOfDay::kMorning, false}, {"sunset", PartOfDay::kEvening, false},
                     {"sunup", PartOfDay::kMorning, false}, {"sundown", PartOfDay::kEvening, false}};
  for (const P& p : parts) {
    t[p.w].part = p.p;
    if (p.plural) t[p.w].plural = true;
  }
  t["spring"].season = 1;
  t["summer"].season = 2;
  t["fall"].season = 3;
  t["autumn"].season = 3;
  t["winter"].season = 4;
  const char* future[] = {"will", "shall", "i'll", "we'll", "you'll", "he'll", "she'll", "they'll",
                          "it'll", "going", "plan", "plans", "planned", "scheduled", "expected",
                          "upcoming", "next", "tomorrow", "would", "intends", "due", "set", "until",
                          "till", "coming", "hope", "hopes", "want", "wants", "let's", "can", "could",
                          "please", "schedule", "book", "arrange", "should"};
  for (const char* w : future) t[w].tense = 1;
  const char* past[] = {"was", "were", "had", "did", "said", "told", "ago", "last", "went", "left",
                        "came", "began", "took", "made", "met", "saw", "got", "gave", "fled",
                        "killed", "announced", "reported", "happened", "yesterday", "earlier",
                        "previous", "since", "past", "been", "became", "held", "fought", "struck",
                        "wrote", "spoke", "sent", "brought", "found", "lost", "won", "fell", "ran"};
  for (const char* w : past) t[w].tense = -1;
  // Regular past forms of lasting and of putting off the TimeML clause
  // reading names ("burned until 3 a.m.", "postponed to Thursday",
  // time_resolve.cc): known, but the weak "-ed" cue they would
  // get unlisted (LookupDerived).
  for (const char* w : {"lasted", "continued", "remained", "stayed", "burned", "raged", "worked", "waited", "lived",
                        "served", "persisted", "lingered", "dragged", "adjourned", "postponed", "delayed",
                        "deferred", "rescheduled", "moved", "pushed", "stated"}) {
    t[w].tense = -1;
    t[w].guessed = true;
  }
  const char* starters[] = {"the", "this", "next", "last", "past", "previous", "coming", "upcoming", "current",
                            "in", "within", "from", "between", "every", "each", "on", "a", "an", "all", "full",
                            "whole", "entire", "half", "another", "few", "several", "some", "many", "mid",
                            "early", "late", "earlier", "later", "end", "beginning", "start", "middle", "rest",
                            "once", "twice", "thrice", "t", "q", "my", "that", "same", "following", "recent",
                            "year", "week", "weekend", "month", "at", "quarter", "noon", "midnight", "midday",
                            "lunchtime", "noonish", "midmorning", "midafternoon", "today", "tomorrow", "tmrw",
                            "tmr", "yesterday", "daily", "everyday", "weekly", "biweekly", "fortnightly",
                            "monthly", "quarterly", "annually", "annual", "yearly", "nightly", "hourly",
                            "multiple", "entire", "regular", "season", "offseason", "postseason", "preseason",
                            "fiscal", "q1", "q2", "q3", "q4", "weeklong", "monthlong", "yearlong", "daylong",
                            "his", "her", "their", "its", "single", "just", "only",
                            // TimeML profile: references (modifiers are found apart, ModifierAt)
                            "now", "currently", "nowadays", "presently", "these", "present", "recently", "lately",
                            "formerly", "current", "then", "semiannually", "biannually", "biennially",
                            // TimeML sets with a hyphenated prefix ("semi-annually",
                            // "bi-weekly") and "bimonthly"
                            "semi", "bi", "bimonthly",
                            // TimeML sets of the working days ("open weekdays", "every weekday")
                            "weekday", "weekdays",
                            // ... and of their nights ("open weeknights", "every weeknight")
                            "weeknight", "weeknights",
                            // "on alternate days" (time32)
                            "alternate"};
  for (const char* w : starters) t[w].starter = true;
  // Function words among the starters: an expression they begin holds a
  // time word after them (Scan::timeish).
  for (const char* w : {"the", "a", "an", "in", "on", "at", "that", "this", "these", "his", "her", "their", "its",
                        "my", "from", "between", "all", "just", "only", "some", "every", "each", "another", "same",
                        "whole", "full", "entire", "single", "multiple", "regular", "many", "few", "several"})
    t[w].lead = true;
  for (const char* w : {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "within", "more",
                        "upwards", "less", "fewer", "at", "up", "no", "over"})
    t[w].modifier = true;
  static const std::vector<std::string_view> holiday_firsts = HolidayFirstWords();
  for (std::string_view w : holiday_firsts) t[w].holiday_start = true;
  // Words the matchers read that mean nothing on their own ("the foreseeable
  // future", "a fairly lengthy period"): known, so that the skip test keeps
  // the expressions they belong to. time_lexicon_test.cc checks that every
  // word compared in the matchers is known.
  for (std::string_view w : kGrammarWords)
    if (t.find(w) == t.end()) t[w].grammar_only = true;
  // Present verbs of scheduling and modals the TimeML tense reading looks
  // at (time_resolve.cc): known, carrying no meaning of their own.
  for (std::string_view w : {"meet", "meets", "open", "opens", "begin", "begins", "start", "starts", "resume",
                             "resumes", "vote", "votes", "arrive", "arrives", "leave", "leaves", "travel", "travels",
                             "visit", "visits", "face", "faces", "host", "hosts", "return", "returns", "hold",
                             "holds", "close", "closes", "end", "ends", "play", "plays", "take", "takes", "go",
                             "goes", "head", "heads", "expire", "expires", "mature", "matures", "convene", "convenes",
                             "lapse", "lapses", "reopen", "reopens", "back", "put", "might", "must", "not", "expect", "expects", "intend", "aim",
                             "aims", "seek", "seeks", "hoping", "likely",
                             // irregular past forms the TimeML clause reading knows (time_resolve.cc)
                             "rose", "grew", "sank", "slid", "sold", "bought", "paid", "led", "broke", "spent",
                             "kept", "stood", "sought", "drew", "flew", "knew", "threw", "withdrew", "shook", "stole",
                             "swore", "tore", "froze", "built", "dealt", "meant", "heard", "laid", "caught", "taught",
                             "chose", "drove", "rode", "shot", "shrank", "sprang", "rang", "sang", "swam", "felt",
                             "thought", "forgot", "forgave", "overtook", "undertook", "arose", "awoke", "hid", "sped",
                             "woke", "ate",
                             // subjects before an adverbial "one day" ("she could one day lead")
                             "he", "she", "they", "we", "i", "you", "it", "who",
                             // the present age ("in the world today"): read before "today", no time of their own
                             "world", "society", "america",
                             // habitual adverbs (sets of coordinated names), "the years that followed", "until then"
                             "always", "often", "usually", "typically", "generally", "normally", "traditionally",
                             "follow", "followed", "preceded", "till", "until",
                             // "by evening", "toward morning": a bare part of day after them (time31)
                             "toward", "towards",
                             // "the predawn hours" (time31)
                             "predawn",
                             // papers named for a weekday ("their Sunday Times column")
                             "telegraph", "express", "mirror", "herald", "post", "mail", "tribune", "observer",
                             "independent", "edition", "magazine",
                             // a stretch with no unit ("for a fairly lengthy period")
                             "lengthy", "brief", "extended", "prolonged", "fairly", "relatively", "very",
                             // events a month is named as the time of ("the November showdown", time_resolve.cc)
                             "ballot", "caucus", "caucuses", "contest", "convention", "debate", "deadline",
                             "election", "elections", "hearing", "inauguration", "matchup", "meeting", "midterm",
                             "midterms", "plebiscite", "poll", "polls", "primaries", "primary", "race",
                             "referendum", "rematch", "runoff", "showdown", "summit", "talks", "trial", "voting",
                             "general", "presidential", "special", "state", "national", "party",
                             // one-off events a part of day is named as the time of ("his evening
                             // Twitter message", time_parts_of_day.cc EventNounAt)
                             "address", "announcement", "appearance", "briefing", "call", "ceremony", "conference",
                             "email", "event", "flight", "interview", "message", "raid", "rally", "remarks",
                             "session", "speech", "statement", "tour", "tweet", "tweets", "visit", "vote", "press",
                             // verbs of saying (a quoted "tonight" told in the past, time_timeml_quotes.cc)
                             "said", "told", "declared", "added", "insisted", "suggested", "wrote", "tweeted",
                             "asked", "shouted", "joked", "announced", "didn't", "wasn't", "weren't",
                             // pleas, modals and event prepositions (time_timeml_direction.cc, time_resolve.cc)
                             "get", "join", "remember", "don't", "make", "show", "turn", "help", "stand", "bring",
                             "tune", "sign", "register", "cast", "mark", "save", "stay", "watch", "forget", "miss",
                             "us", "up", "all", "simply", "leading", "wake", "following", "couldn't", "post", "pre", "neither",
                             "nor", "nobody", "none", "one", "beat", "bid", "cost", "cut", "hit", "hurt", "put",
                             "quit", "shed", "shut", "split", "spread", "upset", "do", "does", "doesn't", "can", "taken", "given",
                             "written", "seen", "done", "chosen", "driven", "spoken", "broken", "stolen", "shown",
                             "known", "grown", "thrown", "drawn", "begun", "fallen", "forgotten", "hidden", "ridden",
                             "risen", "shaken", "eaten", "beaten", "sworn", "torn", "flown", "undertaken",
                             "withdrawn", "overtaken",
                             // time20: events of a season, plans in the present, events known once past,
                             // a time drawing near (time_resolve.cc, time_timeml_direction.cc)
                             "conventions", "debates", "hearings", "meetings", "races", "votes", "campaign", "hear",
                             "hears", "results", "perform", "performs", "unveil", "unveils", "announce", "announces",
                             "premiere", "premieres", "airs", "debut", "debuts", "kick", "kicks", "wrap", "wraps",
                             "conclude", "concludes", "adjourn", "adjourns", "testify", "testifies", "appear",
                             "appears", "speak", "speaks", "deliver", "delivers", "launch", "launches", "compete",
                             "competes", "depart", "departs", "celebrate", "celebrates", "decide", "decides", "ing",
                             "arrest", "arrests", "attack", "attacks", "blast", "bombing", "bombings", "collapse",
                             "comments", "crash", "death", "deaths", "defeat", "earthquake", "explosion", "gaffe",
                             "killing", "killings", "loss", "losses", "massacre", "outburst", "outcome", "quake",
                             "resignation", "result", "rout", "selloff", "shooting", "shootings", "stabbing", "win",
                             "wins", "victory", "approaches", "approaching", "looms", "looming", "nears", "nearing",
                             "draws", "drawing", "gets", "getting", "near", "nearer", "closer", "corner", "away",
                             "quickly", "rapidly", "fast", "still", "just", "only", "now", "around", "agreed",
                             "agreement", "deal", "intended", "offer", "offered", "pledged", "promised", "proposal",
                             "vowed",
                             // time27: verbs of a habit before a bare plural part of day ("works
                             // nights", "is open evenings", time_sets.cc)
                             "work", "works", "worked", "working", "open", "opens", "opened", "close", "closes",
                             "closed", "sleep", "sleeps", "slept", "study", "studies", "studied", "train", "trains",
                             "trained", "teach", "teaches", "taught", "performed", "operate", "operates",
                             "operated", "write", "writes", "aired", "patrol", "patrols", "patrolled", "volunteer",
                             "volunteers", "volunteered", "drive", "drives", "drove"})
    if (t.find(w) == t.end()) t[w].grammar_only = t[w].function = true;  // no time: not timeish
  // "until then": "then" may begin an expression, but names no time of its
  // own, so the words before it need not be tried.
  t["then"].function = true;
  for (const char* w : {"of", "and", "or", "but", "to", "for", "by", "with", "as", "is", "are", "am", "be", "being",
                        "has", "hadn't", "if", "so", "than", "our", "your", "those", "other", "because", "when"})
    t[w].function = true;
  return t;
}

const Table& TheTable() {
  static const Table* table = new Table(BuildTable());
  return *table;
}

// The table's words in a WordTable (its value: the entry's index + 1):
// every word token of every scanned sentence is looked up, most of them
// absent, and one short-word hash probe answers that for about a third of
// std::hash's instructions. The entries are the table's own (its nodes
// never move: it is built once and never changed).
struct EntryIndex {
  WordTable words;
  std::vector<const WordInfo*> entries;
};

const EntryIndex& TheEntryIndex() {
  static const EntryIndex* index = [] {
    auto* x = new EntryIndex;
    for (const auto& [word, info] : TheTable()) {
      x->entries.push_back(&info);
      x->words.Add(word, static_cast<uint32_t>(x->entries.size()));
    }
    return x;
  }();
  return *index;
}

const WordInfo* TableEntry(std::string_view lower) {
  const EntryIndex& index = TheEntryIndex();
  const uint32_t k = index.words.Find(lower);
  return k == 0 ? nullptr : index.entries[k - 1];
}

}  // namespace

bool KnownWord(std::string_view lower) { return TableEntry(lower) != nullptr; }

// Lookup() past the table's own entry: possessives and regular past forms.
const WordInfo* LookupDerived(std::string_view lower) {
  // Possessive ("Monday's", "year's"): the stem's meaning, never plural.
  if (lower.size() > 3 && lower.substr(lower.size() - 2) == "'s") {
    const WordInfo* st = TableEntry(lower.substr(0, lower.size() - 2));
    if (st != nullptr && !st->plural && !st->grammar_only) return st;
  }
  // Regular past tense ("evacuated", "pledged"): a weak past cue.
  static const WordInfo kPastCue = [] { WordInfo w; w.tense = -1; w.guessed = true; return w; }();
  if (lower.size() > 4 && lower.substr(lower.size() - 2) == "ed" && lower != "need" &&
      lower != "speed" && lower != "indeed" && lower != "proceed" && lower != "exceed")
    return &kPastCue;
  return nullptr;
}

const WordInfo* Lookup(std::string_view lower) {
  const WordInfo* entry = TableEntry(lower);
  return entry && !entry->grammar_only ? entry : LookupDerived(lower);
}

const char* PartCode(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    case PartOfDay::kNone: break;
  }
  return "";
}

const char* UnitCode(Unit u, int* mult, bool* time_unit) {
  *mult = 1;
  *time_unit = false;
  switch (u) {
    case Unit::kSecond: *time_unit = true; return "S";
    case Unit::kMinute: *time_unit = true; return "M";
    case Unit::kHour: *time_unit = true; return "H";
    case Unit::kDay: return "D";
    case Unit::kNight: return "D";
    case Unit::kWeek: return "W";
    case Unit::kFortnight: *mult = 2; return "W";
    case Unit::kMonth: return "M";
    case Unit::kQuarter: *mult = 3; return "M";
    case Unit::kYear: return "Y";
    case Unit::kDecade: *mult = 10; return "Y";
    case Unit::kCentury: *mult = 100; return "Y";
    case Unit::kWeekend: return "WE";
    case Unit::kNone: break;
  }
  return "";
}

}  // namespace crosscheck::time_internal
