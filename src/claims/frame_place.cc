// Frame cues around a figure: its place (DocPlaces).
//
// Place: a place phrase opens at a trigger — a locative preposition, a verb
// of leaving whose object is a place ("left the plant"), or "there" — and is
// a short noun phrase: determiners skipped, then words up to the first
// function word or punctuation. It names a place when it holds a capitalised
// name (not a month or weekday) or a place noun from the lexicon. In
// "Mariupol's Azovstal steel works" the possessive is the container and the
// name is the run after it ("Azovstal"); trailing capitalised place nouns are
// part of the written name but not of its key. Unnamed phrases ("the plant")
// take the nearest name of the same kind in the document, "there" the last
// place of an earlier sentence.

#include "claims/frame.h"

#include "claims/frame_what.h"
#include "claims/frame_words.h"
#include "claims/time_value.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <set>

namespace crosscheck {
namespace {

using namespace frame_words;

// How far before a relative pronoun its antecedent's place may start.
constexpr int kAntecedentPlaceTokens = 5;

}  // namespace

using namespace frame_words;

DocPlaces::DocPlaces(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                     const Lexicon& lex)
    : text_(text), seg_(seg), entities_(entities), lex_(lex) {
  // One sense per discourse: the surname of a person the document names in
  // full is that person wherever it stands alone, even where the tagger
  // read the bare word as a location ("from Luck").
  for (const Entity& e : entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const std::string& n : {Lowercase(e.span.Of(text)), Lowercase(e.name)})
      if (size_t sp = n.rfind(' '); sp != std::string::npos && sp + 1 < n.size()) person_names_.insert(n.substr(sp + 1));
  }
  // Title-case headlines: at most one lower-case word of four letters or
  // more and three capitalised ones (running text has many lower-case
  // words; claims/claim_filters.cc IsTitledMeasure reads headlines alike).
  headline_.assign(seg.sentences.size(), 0);
  for (size_t k = 0; k < seg.sentences.size(); ++k) {
    const Sentence& s = seg.sentences[k];
    int lower = 0, upper = 0;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      std::string_view w = Tok(static_cast<int>(i));
      if (seg.tokens[i].kind != TokenKind::kWord || w.size() < 4) continue;
      if (std::islower(static_cast<unsigned char>(w[0]))) ++lower;
      if (std::isupper(static_cast<unsigned char>(w[0]))) ++upper;
    }
    headline_[k] = lower <= 1 && upper >= 3;
  }
  for (size_t k = 0; k < seg.sentences.size(); ++k) {
    if (headline_[k]) continue;
    const Sentence& s = seg.sentences[k];
    for (uint32_t i = s.token_begin + 1; i < s.token_end; ++i)
      if (IsCapitalised(static_cast<int>(i))) body_capitals_.insert(Lowercase(StripPossessive(Tok(static_cast<int>(i)))));
  }
  for (const Sentence& s : seg.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      std::string_view w = LowTok(static_cast<int>(i));
      if (IsLocativePreposition(w)) {
        PlaceCue cue = ParseAt(static_cast<int>(i), static_cast<int>(s.token_end), false);
        if (cue.found() && !cue.anaphor) all_.push_back(cue);
      } else if (IsDeterminer(w)) {
        // Named places anywhere ("Rescuers reached the Pokrovsk mine"):
        // kept only with both a name and a place noun. A name is a run of
        // capitalised words inside the phrase ParseAt reads (the words after
        // the determiners, at most kMaxPhrase): with none there, the phrase
        // cannot be kept and is not parsed (most "the ..." phrases).
        if (!CapitalAfterDeterminer(static_cast<int>(i), static_cast<int>(s.token_end))) continue;
        PlaceCue cue = ParseAt(static_cast<int>(i), static_cast<int>(s.token_end), true);
        if (!cue.name.empty() && cue.kind != "area" && !cue.kind.empty()) all_.push_back(cue);
      }
    }
  }
  // The kind a name has in the document: the kind its place nouns give it
  // ("Azovstal steelworks"), when they name it more often than it
  // stands bare ("Mariupol" stays a town although "the Mariupol steel mill"
  // occurs once).
  std::map<std::string, std::map<std::string, int>> kinds;
  for (const PlaceCue& c : all_)
    if (!c.name.empty()) ++kinds[NameKey(c.name)][c.kind];
  for (const auto& [key, counts] : kinds) {
    std::string best;
    int best_n = 0;
    for (const auto& [kind, n] : counts)
      if (kind != "area" && n > best_n) {
        best = kind;
        best_n = n;
      }
    auto bare = counts.find("area");
    if (!best.empty() && (bare == counts.end() || bare->second < best_n)) kind_of_name_[key] = best;
  }
  for (PlaceCue& c : all_) {
    if (c.name.empty() || c.kind != "area") continue;
    if (auto it = kind_of_name_.find(NameKey(c.name)); it != kind_of_name_.end()) c.kind = it->second;
  }
  for (size_t i = 0; i < all_.size(); ++i) {
    const PlaceCue& c = all_[i];
    if (c.name.empty()) continue;
    auto usual = kind_of_name_.find(NameKey(c.name));
    if (usual != kind_of_name_.end() && usual->second == c.kind) named_of_kind_[c.kind].push_back(static_cast<int>(i));
  }
}

std::string_view DocPlaces::Tok(int i) const { return seg_.tokens[i].span.Of(text_); }

bool DocPlaces::CapitalAfterDeterminer(int trigger, int limit) const {
  // The same bounds as ParseAt's phrase: determiners skipped, then at most
  // kMaxPhrase word tokens before a non-word token or the limit.
  int k = trigger + 1;
  while (k < limit && seg_.tokens[k].kind == TokenKind::kWord && IsDeterminer(LowTok(k))) ++k;
  for (int j = k; j < limit && j - k < kMaxPhrase && seg_.tokens[j].kind == TokenKind::kWord; ++j)
    if (IsCapitalised(j)) return true;
  return false;
}

bool DocPlaces::InHeadline(int token) const {
  const int k = seg_.SentenceAt(seg_.tokens[token].span.start);
  return k >= 0 && k < static_cast<int>(headline_.size()) && headline_[k];
}

bool DocPlaces::IsCapitalised(int i) const {
  std::string_view w = Tok(i);
  return seg_.tokens[i].kind == TokenKind::kWord && !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

bool DocPlaces::IsNameWord(int i) const {
  if (!IsCapitalised(i)) return false;
  std::string_view w = Tok(i);
  // "in Thursday's bombing", "since March's vote": a date, not a place.
  if (IsCalendarWord(w) || IsCalendarWord(StripPossessive(w))) return false;
  // "Soviet-era", "Russian-held": a capitalised modifier, not a name; its
  // last part is lower-case ("Dar-es-Salaam", "Stratford-upon-Avon" end on
  // a capital and are names).
  size_t dash = w.rfind('-');
  return dash == std::string_view::npos || dash + 1 >= w.size() ||
         !std::islower(static_cast<unsigned char>(w[dash + 1]));
}

std::string DocPlaces::NameKey(std::string_view name) {
  size_t sp = name.find(' ');
  return Lowercase(StripPossessive(name.substr(0, sp)));
}

// A place after "felt" ("was felt in Australia", "felt strongly in
// Jakarta") or after "as far (away) as" ("heard as far away as the
// harbour", "seen as far as Cyprus") names how far the event reached, not
// where it happened: a quake felt in Australia struck elsewhere. ("Heard
// in" and "seen in" stay places: explosions heard in Kyiv were in Kyiv.)
// Looks back over at most three adverbs, auxiliaries or the words of "as
// far away as".
bool DocPlaces::NamesAReach(int trigger) const {
  for (int i = trigger - 1, seen = 0; i >= 0 && seen < 4; --i, ++seen) {
    if (seg_.tokens[i].kind != TokenKind::kWord) return false;
    std::string_view w = LowTok(i);
    if (In(w, {"felt", "feel", "feels", "feeling"})) return true;
    if (w == "far" && i + 2 <= trigger && i > 0 && LowTok(i - 1) == "as") return true;
    bool adverb = w.size() > 3 && w.substr(w.size() - 2) == "ly";
    if (!adverb && !In(w, {"as", "far", "away", "even", "also", "too", "be", "been", "was", "were", "could"}))
      return false;
  }
  return false;
}

// An administrative division named by a common noun ("province",
// "region", "district", "county", "island" …: WordNet's first senses make
// them no place nouns of the table) is an area when a name stands with it:
// right before it ("in Aceh province", "Sudan's South Kordofan region",
// "Nias island") or after "of" ("the province of Aceh"). Alone ("in the
// region") it stays no place, and so does a division after a people's
// adjective ("the Kurdish region"). "state" is left out: "state media",
// "state custody" name no place.
bool DocPlaces::IsNamedDivision(int i, int limit) const {
  if (seg_.tokens[i].kind != TokenKind::kWord || IsCapitalised(i)) return false;
  if (!In(LowTok(i), {"province", "provinces", "region", "district", "county", "prefecture", "governorate",
                      "territory", "oblast", "island", "islands", "archipelago"}))
    return false;
  if (i + 2 < limit && LowTok(i + 1) == "of" && IsNameWord(i + 2)) return true;
  if (i == 0 || !IsNameWord(i - 1)) return false;
  const std::string low = Lowercase(StripPossessive(Tok(i - 1)));
  for (std::string_view suf : {"ish", "ese", "ian"})
    if (low.size() > suf.size() + 2 && low.compare(low.size() - suf.size(), suf.size(), suf) == 0 &&
        lex_.PlaceKindOf(low).empty())
      return false;
  return !IsPossessive(Tok(i - 1));
}

std::string DocPlaces::KindOf(int i, int limit) const {
  std::string kind = lex_.PlaceKindOf(Tok(i));
  if (kind.empty() && IsNamedDivision(i, limit)) kind = "area";
  return kind;
}

PlaceCue DocPlaces::ParseAt(int trigger, int limit, bool object_ok) const {
  PlaceCue cue;
  std::string_view tw = LowTok(trigger);
  if (tw == "there") {
    cue.anaphor = true;
    cue.text = "there";
    cue.span = seg_.tokens[trigger].span;
    return cue;
  }
  if (!IsLocativePreposition(tw) && !object_ok) return cue;
  if (IsLocativePreposition(tw) && NamesAReach(trigger)) return cue;
  int k = trigger + 1;
  if (tw == "out" && k < limit && LowTok(k) == "of") ++k;
  while (k < limit && seg_.tokens[k].kind == TokenKind::kWord && IsDeterminer(LowTok(k))) ++k;
  // The phrase: modifiers, then a name and/or a place noun; "of"/"and"
  // only between capitalised words or after a place noun ("the port of
  // Berdiansk"); after the name or place noun only more place nouns.
  int begin = k, end = k;
  // The lexicon's place kind of each phrase token, asked once (the walk,
  // the look-ahead, the kind scan and the name's end ask again).
  constexpr int kKinds = kMaxPhrase + 2;
  std::array<std::string, kKinds> kinds;
  std::array<bool, kKinds> asked{};
  auto place_kind = [&](int i) -> std::string {
    const int at = i - begin;
    if (at < 0 || at >= kKinds) return KindOf(i, limit);
    if (!asked[at]) {
      kinds[at] = KindOf(i, limit);
      asked[at] = true;
    }
    return kinds[at];
  };
  bool seen_head = false, seen_kind = false;
  while (end < limit && end - begin < kMaxPhrase && seg_.tokens[end].kind == TokenKind::kWord) {
    std::string_view w = LowTok(end);
    bool name = IsNameWord(end);
    bool place_word = !place_kind(end).empty();
    if (!IsCapitalised(end) && (w == "of" || w == "and" || IsNameParticle(w))) {
      bool next_name = end + 1 < limit && IsNameWord(end + 1);
      if (next_name && end > begin && (IsNameWord(end - 1) || (w == "of" && seen_head))) {
        ++end;
        continue;
      }
      break;
    }
    if (!IsCapitalised(end) && (IsLocativePreposition(w) || IsDeterminer(w) ||
                                In(w, {"that", "which", "who", "where", "with", "to", "for", "on", "by", "as",
                                       "is", "was", "are", "were", "has", "had", "have", "said", "after",
                                       "before", "since", "until", "while", "when", "but", "or", "not"})))
      break;
    if (seen_head && !name && !place_word) {
      // A compound place noun after a name: "Saltivka metro station".
      bool noun_follows = false;
      for (int j = end + 1; j < std::min(limit, end + 3) && !noun_follows; ++j) {
        if (seg_.tokens[j].kind != TokenKind::kWord || IsCapitalised(j)) break;
        noun_follows = !place_kind(j).empty();
      }
      // "the Tanzanian capital Dar-es-Salaam", "the Ukrainian city
      // Kharkiv": a common noun between a modifier and a name is that
      // name's apposition; the name is the place.
      if (!noun_follows && end + 1 < limit && IsNameWord(end + 1) && IsNameWord(end - 1) &&
          !IsCalendarWord(Tok(end + 1))) {
        ++end;
        continue;
      }
      if (!noun_follows) {
        // A name followed by a common noun modifies it ("the Russian
        // bombardment", "a United Nations operation"): no place.
        // Words in -ed/-ing after a name are most often its verb ("Hospitals
        // in Kharkiv reported"): the phrase ends there instead.
        bool verb_like = w.find('-') == std::string::npos &&
                         ((w.size() > 4 && w.substr(w.size() - 2) == "ed") ||
                          (w.size() > 5 && w.substr(w.size() - 3) == "ing"));
        if (end > begin && IsNameWord(end - 1) && !seen_kind && !verb_like) return PlaceCue{};
        break;
      }
    }
    seen_kind |= place_word && !name;
    seen_head |= name || place_word;
    ++end;
  }
  if (end == begin) return cue;
  // Entities in the phrase: a person or organisation is not a place; a
  // facility gives the phrase its kind. Names come from the text itself, so
  // every report spells the key alike ("Azovstal" in "the Azovstal plant").
  // Entities are sorted by start: look only at those starting in the phrase
  // (a scan of every entity made long documents quadratic).
  bool facility_entity = false;
  const uint32_t phrase_start = seg_.tokens[begin].span.start, phrase_end = seg_.tokens[end - 1].span.end;
  auto first = std::lower_bound(entities_.begin(), entities_.end(), phrase_start,
                                [](const Entity& e, uint32_t pos) { return e.span.start < pos; });
  for (auto it = first; it != entities_.end() && it->span.start < phrase_end; ++it) {
    const Entity& e = *it;
    if (e.type == EntityType::kPerson || e.type == EntityType::kOrganization) return PlaceCue{};
    // A law, work, product or event heading the phrase ("under the Act",
    // "in Windows") is not a place either; a nationality modifying the head
    // ("the Ukrainian-controlled city of Zaporizhzhia") leaves it one.
    if (e.type == EntityType::kOther && e.span.end >= phrase_end) return PlaceCue{};
    if (e.type == EntityType::kFacility) facility_entity = true;
  }
  // The place noun: the last word of the phrase the lexicon files as a place,
  // outside a possessive container ("Kharkiv's").
  int kind_token = -1;
  int kind_floor = begin;
  for (int i = begin; i < end; ++i)
    if (IsPossessive(Tok(i)) && i + 1 < end) kind_floor = i + 1;
  for (int i = end - 1; i >= kind_floor; --i) {
    std::string kind = place_kind(i);
    if (!kind.empty()) {
      if (cue.kind.empty()) cue.kind = kind;
      kind_token = i;
      break;
    }
  }
  if (cue.name.empty()) {
    // Runs of capitalised words; a possessive ends a run and marks it as
    // the container of what follows ("Mariupol's Azovstal steel works").
    struct Run { int begin, end; bool container; };
    std::vector<Run> runs;
    int cur = -1;
    for (int i = begin; i < end; ++i) {
      bool cap = IsNameWord(i);
      std::string_view w = LowTok(i);
      bool link = !cap && cur >= 0 && (w == "of" || w == "and" || IsNameParticle(w)) && i + 1 < end &&
                  IsNameWord(i + 1);
      if (cap || link) {
        if (cur < 0) cur = i;
        if (IsPossessive(Tok(i))) {
          runs.push_back({cur, i + 1, true});
          cur = -1;
        }
      } else if (cur >= 0) {
        runs.push_back({cur, i, false});
        cur = -1;
      }
    }
    if (cur >= 0) runs.push_back({cur, end, false});
    int run_begin = -1, run_end = -1;
    for (const Run& r : runs) {
      if (!r.container || run_begin < 0) {
        run_begin = r.begin;
        run_end = r.end;
      }
    }
    if (run_begin >= 0) {
      // Drop trailing capitalised place nouns from the name ("Azovstal Plant"),
      // but not from a location the tagger found whole: the place table files
      // WordNet's named cities as settlements, and "New Orleans" is not "New".
      int name_end = run_end;
      int whole_end = -1;  // token after a location entity that starts the run
      for (auto it = first; it != entities_.end() && it->span.start <= seg_.tokens[run_begin].span.start; ++it)
        if (it->span.start == seg_.tokens[run_begin].span.start && it->type == EntityType::kLocation)
          for (int t = run_begin; t < run_end; ++t)
            if (seg_.tokens[t].span.end == it->span.end) whole_end = t + 1;
      while (name_end - 1 > run_begin && name_end > whole_end &&
             (!place_kind(name_end - 1).empty() || !IsNameWord(name_end - 1)))
        --name_end;
      // In a title-case headline every word is capitalised (and the tagger
      // reads capitals): a word of the run names a place only where the
      // place table knows it or the running text capitalises it too; the name starts at the first such word
      // ("in Suburban Detroit" is Detroit), and with none the run names no
      // place ("$139 Million in Seven Years", "for 3 Weeks in Surprise
      // Retreat From Wall").
      if (InHeadline(run_begin)) {
        auto named_here = [&](int t) {
          return !lex_.PlaceKindOf(Tok(t)).empty() || body_capitals_.count(Lowercase(StripPossessive(Tok(t)))) > 0;
        };
        while (run_begin < name_end && !named_here(run_begin)) ++run_begin;
        if (run_begin == name_end) {
          if (kind_token < 0) return PlaceCue{};
          run_begin = -1;
        }
      }
      if (run_begin >= 0) {
      cue.name = std::string(StripPossessive(
          std::string_view(text_).substr(seg_.tokens[run_begin].span.start,
                                         seg_.tokens[name_end - 1].span.end - seg_.tokens[run_begin].span.start)));
      if (cue.kind.empty()) cue.kind = facility_entity ? "facility" : "area";
      // A one-word name the tagger found no location or facility in, that is
      // a WordNet noun of people or of a group ("in the GOP", "from
      // Democrats") or an adjective of a people or faith before a noun ("a
      // Jewish temple", "the Syrian border"), names who, not where.
      if (cue.name.find(' ') == std::string::npos && name_end == run_begin + 1) {
        bool located = false;
        for (auto it = first; it != entities_.end() && it->span.start < phrase_end; ++it)
          if ((it->type == EntityType::kLocation || it->type == EntityType::kFacility) &&
              it->span.start <= seg_.tokens[run_begin].span.start && it->span.end >= seg_.tokens[run_begin].span.end)
            located = true;
        const std::string low = Lowercase(cue.name);
        const char kind = lex_.NounKind(lex_.NounLemma(low));
        bool adjective = false;
        for (std::string_view suf : {"ish", "ese", "ian"})
          adjective |= low.size() > suf.size() + 2 && low.compare(low.size() - suf.size(), suf.size(), suf) == 0;
        adjective &= run_begin + 1 < end && !IsNameWord(run_begin + 1);
        if (!located && lex_.PlaceKindOf(cue.name).empty() && (kind == 'p' || kind == 'g' || adjective)) {
          cue.name.clear();
          if (kind_token < 0) return PlaceCue{};
        }
      }
      // A bare one-word name that is the surname of a person the document
      // names in full ("Andrew Luck … a 7-yard pass from Luck", though Luck
      // is also a town): the person, no place.
      if (cue.kind == "area" && kind_token < 0 && cue.name.find(' ') == std::string::npos &&
          person_names_.count(Lowercase(cue.name)))
        return PlaceCue{};
      }
    }
  }
  if (cue.name.empty() && kind_token < 0) return PlaceCue{};
  int last = cue.name.empty() ? kind_token : end - 1;
  if (!cue.name.empty() && kind_token >= 0) last = std::max(last, kind_token);
  cue.span = {seg_.tokens[trigger + 1].span.start, seg_.tokens[last].span.end};
  cue.text = std::string(cue.span.Of(text_));
  if (!cue.name.empty() && cue.kind.empty()) cue.kind = "area";
  return cue;
}

PlaceCue DocPlaces::Resolve(PlaceCue cue) const {
  if (cue.anaphor) {
    int sentence = seg_.SentenceAt(cue.span.start);
    uint32_t before = sentence >= 0 ? seg_.sentences[sentence].span.start : cue.span.start;
    // all_ is in text order: the last place starting before `before`.
    auto it = std::lower_bound(all_.begin(), all_.end(), before,
                               [](const PlaceCue& c, uint32_t pos) { return c.span.start < pos; });
    if (it == all_.begin()) return PlaceCue{};
    PlaceCue r = Resolve(*std::prev(it));
    r.text = cue.text;
    r.span = cue.span;
    return r;
  }
  if (!cue.name.empty()) {
    if (cue.kind == "area")
      if (auto it = kind_of_name_.find(NameKey(cue.name)); it != kind_of_name_.end()) cue.kind = it->second;
    return cue;
  }
  // Only names whose usual kind is this one ("the plant" is not the
  // Mariupol of "the Mariupol steel mill"): the nearest earlier one, else
  // the first later one.
  auto named = named_of_kind_.find(cue.kind);
  if (named == named_of_kind_.end()) return cue;
  const std::vector<int>& idx = named->second;
  auto it = std::lower_bound(idx.begin(), idx.end(), cue.span.start,
                             [&](int i, uint32_t pos) { return all_[i].span.start < pos; });
  const PlaceCue& best = it != idx.begin() ? all_[*std::prev(it)] : all_[*it];
  cue.name = best.name;
  return cue;
}

PlaceCue DocPlaces::Find(TokenRange after, TokenRange before, const StateCue& state, int subject_begin) const {
  auto object_ok = [&](int i) {
    return (state.cls == "evacuated" || state.cls == "displaced") && state.span.start <= seg_.tokens[i].span.start &&
           seg_.tokens[i].span.end <= state.span.end && i + 1 < static_cast<int>(seg_.tokens.size()) &&
           !IsLocativePreposition(LowTok(i + 1));
  };
  for (int i = after.begin; i < after.end; ++i) {
    PlaceCue c = ParseAt(i, after.end, object_ok(i));
    if (c.found()) return Resolve(c);
  }
  // Crossing a relative pronoun leaves the figure's clause: beyond it only
  // the antecedent's own phrase may place the figure ("the shelling in
  // Mariupol that killed 20"), not the matrix clause ("pounded away at the
  // plant, … a war that has killed thousands" is no toll of the plant).
  int floor_after_relative = -1;
  for (int i = before.end - 1; i >= before.begin; --i) {
    std::string_view w = LowTok(i);
    if (floor_after_relative >= 0 && (i < floor_after_relative || w == "," || w == ";")) break;
    if (floor_after_relative < 0 && (w == "that" || w == "which" || w == "who" || w == "whose") &&
        !(w == "which" && i > 0 && IsLocativePreposition(LowTok(i - 1)))) {
      floor_after_relative = std::max(i - kAntecedentPlaceTokens, 0);
      continue;
    }
    // A locative relative ("underneath which", "in which", "where") points
    // back to a place named earlier in the sentence, or to the sentence's
    // subject: "The vast structure is the last stronghold …, underneath
    // which 200 civilians are sheltering".
    bool relative = w == "where" || (w == "which" && i > 0 && IsLocativePreposition(LowTok(i - 1)));
    if (relative) {
      int from = w == "where" ? i - 1 : i - 2;
      // The relative's antecedent is the noun right before it: a common
      // noun that is no place ("the Connecticut shooting in which 26
      // people were killed", "a 1997 Mississippi case in which") names an
      // event, so the relative points to no place, and a place phrase
      // further back ("took criticism from Democrats for …") is another
      // clause's.
      if (from >= 0 && seg_.tokens[from].kind == TokenKind::kWord && !IsCapitalised(from) &&
          lex_.PlaceKindOf(Tok(from)).empty())
        return {};
      int floor = std::max(subject_begin, 0);
      for (int j = from; j >= floor; --j) {
        PlaceCue c = ParseAt(j, i, false);
        if (c.found() && !c.anaphor) return Resolve(c);
      }
      if (subject_begin >= 0 && subject_begin < i && IsDeterminer(LowTok(subject_begin))) {
        PlaceCue c = ParseAt(subject_begin, std::min(i, subject_begin + kMaxPhrase), true);
        if (c.found() && c.name.empty() && !c.kind.empty()) return Resolve(c);
      }
      return {};
    }
    PlaceCue c = ParseAt(i, before.end, object_ok(i));
    if (c.found()) return Resolve(c);
  }
  return {};
}

}  // namespace crosscheck
