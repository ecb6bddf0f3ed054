// An ACLED-style event table: one row per story, event date and place
// where the story's ledger holds casualty figures (claim state "killed" or
// "injured"). ACLED codes one row per event with its date, location, actors,
// fatalities, sources and notes; we keep those columns and add low / best /
// high where ACLED keeps one conservative fatalities figure.
//
// Event date: the claim's own time. A day (or a time of day) is ACLED's
// precision 1; a week gives its Monday, precision 2 (within a week); a
// month its first day, precision 3. A figure with no day, week or month of
// its own takes the date of the finest dated figure of its ledger entry
// (the same measure, so the same event), with that figure's precision. A
// figure dated only by a year keeps the year column and leaves event_date
// empty; one with no date at all leaves both empty: the day it was reported
// is not the day of the event ("after the murder of 20 students in
// Newtown", written four years later), so it is only named in the notes.
// Figures: the claims of one ledger entry on one date and place combine as
// low = the smallest low, best = the lower median of the bests, high = the
// largest high (ledger_rows.h maps each figure). Different measures are
// never added ("people killed" may include "civilians killed"): the row
// takes the entry with the largest best, and the notes list every figure.
//
// Actors: the organisations named in the sentences that hold the row's
// figures, most named first (actor1, actor2).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "export/csv.h"
#include "export/export.h"
#include "export/ledger_rows.h"

namespace crosscheck::exporting {

namespace {

struct EventKey {
  std::string date, year, location;
  bool operator<(const EventKey& o) const {
    return std::tie(date, year, location) < std::tie(o.date, o.year, o.location);
  }
};

struct EventRows {
  int precision = 0;  // the finest (smallest) precision among the rows
  std::vector<const LedgerRow*> rows;
};

struct EventDate {
  std::string date;  // YYYY-MM-DD, or "" when the figure names no day, week or month
  std::string year;  // YYYY when known
  int precision = 0;  // ACLED time precision; 0 when date is ""
};

// The Monday of ISO week `week` of `year` (week 1 holds 4 January).
std::string IsoWeekMonday(int year, int week) {
  using namespace std::chrono;
  const sys_days jan4{std::chrono::year{year} / January / 4};
  const sys_days monday = jan4 - (weekday{jan4} - Monday) + days{7 * (week - 1)};
  const year_month_day ymd{monday};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

// The date a claim's own time gives (see the top of the file).
EventDate OwnDate(const Json& claim) {
  const std::string time = Str(claim, "time");
  const std::string grain = DateGrain(time);
  if (grain.empty()) return {};
  EventDate out;
  out.year = time.substr(0, 4);
  if (grain == "day" || grain == "time") {
    out.date = time.substr(0, 10);
    out.precision = 1;
  } else if (grain == "week") {
    const int week = std::stoi(time.substr(6, 2));
    if (week >= 1 && week <= 53) {
      out.date = IsoWeekMonday(std::stoi(out.year), week);
      out.precision = 2;
    }
  } else if (grain == "month") {
    out.date = time + "-01";
    out.precision = 3;
  }
  return out;
}

// A finer precision wins; among equals, the earlier date.
bool Finer(const EventDate& a, const EventDate& b) {
  if (a.precision == 0) return false;
  if (b.precision == 0) return true;
  return std::tie(a.precision, a.date) < std::tie(b.precision, b.date);
}

Estimate Combine(const std::vector<const LedgerRow*>& rows) {
  Estimate out;
  std::vector<double> bests;
  for (const LedgerRow* r : rows) {
    if (!r->quantity) continue;
    Estimate e = FigureEstimate(*r->quantity);
    if (e.low) out.low = out.low ? std::min(*out.low, *e.low) : *e.low;
    if (e.high) out.high = out.high ? std::max(*out.high, *e.high) : *e.high;
    if (e.best) bests.push_back(*e.best);
  }
  if (!bests.empty()) {
    std::sort(bests.begin(), bests.end());
    out.best = bests[(bests.size() - 1) / 2];
  }
  return out;
}

// Of the rows of one state, the entry with the largest combined best.
std::pair<Estimate, std::string> Dominant(const std::vector<const LedgerRow*>& rows) {
  std::map<size_t, std::vector<const LedgerRow*>> by_entry;
  for (const LedgerRow* r : rows) by_entry[r->entry_index].push_back(r);
  Estimate best;
  std::string measure;
  for (const auto& [index, group] : by_entry) {
    Estimate e = Combine(group);
    if (measure.empty() || (e.best && (!best.best || *e.best > *best.best))) {
      best = e;
      measure = Str(*group.front()->entry, "measure");
    }
  }
  return {best, measure};
}

}  // namespace

const std::vector<std::string>& AcledColumns() {
  static const std::vector<std::string> kColumns = {
      "event_id",        "story",           "story_title",    "event_date",      "year",
      "time_precision",  "location",        "location_kind",  "actor1",          "actor2",
      "fatalities_low",  "fatalities_best", "fatalities_high", "fatalities_measure",
      "injuries_low",    "injuries_best",   "injuries_high",  "injuries_measure",
      "sources",         "source_count",    "notes",          "claims"};
  return kColumns;
}

std::string AcledCsv(const Account& account) {
  const std::vector<std::string> titles = StoryHeadlines(account);
  const std::vector<LedgerRow> all = LedgerRows(account);
  std::string out = CsvLine(AcledColumns());
  auto casualty = [](const LedgerRow& r) {
    if (!r.claim) return false;
    const std::string state = Str(*r.claim, "state");
    return state == "killed" || state == "injured";
  };
  // The finest own date of each ledger entry, for its undated figures.
  std::map<std::pair<size_t, size_t>, EventDate> entry_date;
  for (const LedgerRow& r : all) {
    if (!casualty(r)) continue;
    EventDate own = OwnDate(*r.claim);
    EventDate& best = entry_date[{r.story_index, r.entry_index}];
    if (Finer(own, best)) best = own;
  }
  std::map<size_t, std::map<EventKey, EventRows>> by_story;
  for (const LedgerRow& r : all) {
    if (!casualty(r)) continue;
    EventDate date = OwnDate(*r.claim);
    if (date.precision == 0) {
      const EventDate& borrowed = entry_date[{r.story_index, r.entry_index}];
      if (borrowed.precision != 0) date = borrowed;
    }
    EventRows& ev = by_story[r.story_index][EventKey{date.date, date.year, Str(*r.claim, "place")}];
    if (ev.precision == 0 || (date.precision && date.precision < ev.precision)) ev.precision = date.precision;
    ev.rows.push_back(&r);
  }
  for (const auto& [si, events] : by_story) {
    const Json& story = account.stories()[si];
    int n = 0;
    for (const auto& [key, ev] : events) {
      std::vector<const LedgerRow*> killed, injured;
      std::map<std::string, int> actors;
      std::set<std::string> sources, claim_ids;
      std::string location_kind;
      std::vector<std::string> notes;
      for (const LedgerRow* r : ev.rows) {
        (Str(*r->claim, "state") == "killed" ? killed : injured).push_back(r);
        std::string outlet = r->doc ? account.Outlet(*r->doc) : r->doc_id;
        sources.insert(outlet);
        claim_ids.insert(r->claim_id);
        if (location_kind.empty()) location_kind = Str(*r->claim, "place_kind");
        if (r->quantity) {
          auto start = Offset(*r->quantity, "start");
          const Json* sentence = start ? account.SentenceAt(r->doc_id, *start) : nullptr;
          if (sentence) {
            auto a = Num(*sentence, "start"), b = Num(*sentence, "end");
            for (const Json* e : account.Entities(r->doc_id)) {
              auto es = Num(*e, "start");
              if (Str(*e, "type") == "organization" && es && a && b && *es >= *a && *es < *b &&
                  Str(*e, "name") != outlet)
                ++actors[Str(*e, "name")];
            }
          }
        }
        std::string speaker = Str(*r->claim, "speaker");
        std::string note = Str(*r->entry, "measure") + ": \"" + (r->quantity ? Str(*r->quantity, "text") : "") +
                           "\" (" + outlet + (speaker.empty() ? "" : ", citing " + speaker) +
                           (Str(*r->claim, "as_of").empty() ? "" : ", reported " + Str(*r->claim, "as_of")) + ")";
        if (Str(*r->entry, "agreement") == "disagree") note += " [sources disagree]";
        notes.push_back(note);
      }
      std::vector<std::pair<int, std::string>> ranked;
      for (const auto& [name, count] : actors) ranked.push_back({-count, name});
      std::sort(ranked.begin(), ranked.end());
      auto [fatal, fatal_measure] = Dominant(killed);
      auto [hurt, hurt_measure] = Dominant(injured);
      auto join = [](const auto& items, const char* sep) {
        std::string s;
        for (const auto& x : items) s += (s.empty() ? "" : sep) + x;
        return s;
      };
      char id[16];
      std::snprintf(id, sizeof id, "-%03d", ++n);
      CsvRecord row = {
          TextCell(Str(story, "id") + id),
          TextCell(Str(story, "id")),
          TextCell(titles[si]),
          key.date,
          key.year,
          ev.precision ? std::to_string(ev.precision) : "",
          TextCell(key.location),
          TextCell(location_kind),
          TextCell(ranked.size() > 0 ? ranked[0].second : ""),
          TextCell(ranked.size() > 1 ? ranked[1].second : ""),
          NumberCell(fatal.low),
          NumberCell(fatal.best),
          NumberCell(fatal.high),
          TextCell(fatal_measure),
          NumberCell(hurt.low),
          NumberCell(hurt.best),
          NumberCell(hurt.high),
          TextCell(hurt_measure),
          TextCell(join(sources, "; ")),
          std::to_string(sources.size()),
          TextCell(join(notes, "; ")),
          TextCell(join(claim_ids, " ")),
      };
      out += CsvLine(row);
    }
  }
  return out;
}

}  // namespace crosscheck::exporting
