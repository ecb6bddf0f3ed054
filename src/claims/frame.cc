// Frame cues around a figure.
//
// State: the lexicon knows single words and two-word phrases ("holed up",
// "take shelter"), in any inflection. A figure's own tokens are searched
// first (an adjective inside the figure: "500 injured troops"), then the
// clause after the figure up to the next figure (English puts the predicate
// after its subject: "200 civilians are taking shelter"), then the clause
// before it, nearest first ("the evacuation of 46 people").
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
#include "claims/time_value.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace crosscheck {
namespace {

constexpr int kMaxPhrase = 8;
// How far before a relative pronoun its antecedent's place may start.
constexpr int kAntecedentPlaceTokens = 5;
// How many words may stand between a figure and a year that modifies its
// noun phrase ("2014 federal tax rate of 35.7 percent").
constexpr int kYearPhraseWords = 4;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (s == w) return true;
  return false;
}

bool IsLocativePreposition(const std::string& w) {
  return In(w, {"in", "at", "from", "inside", "under", "beneath", "near", "around", "within", "into",
                "underneath", "below", "outside", "throughout", "across", "out"});
}

bool IsDeterminer(const std::string& w) {
  return In(w, {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"});
}

bool IsCalendarWord(std::string_view w) {
  return In(w, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                "Friday", "Saturday", "Sunday",
                // Abbreviations, with or without their point ("Oct. 8").
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.",
                "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon",
                "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"});
}

bool IsPossessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
}

std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return w.substr(0, w.size() - 2);
  return w;
}

}  // namespace

TokenRange TokensIn(const Segmentation& seg, Span span) {
  auto first = std::lower_bound(seg.tokens.begin(), seg.tokens.end(), span.start,
                                [](const Token& t, uint32_t off) { return t.span.start < off; });
  TokenRange r;
  r.begin = static_cast<int>(first - seg.tokens.begin());
  r.end = r.begin;
  while (r.end < static_cast<int>(seg.tokens.size()) && seg.tokens[r.end].span.end <= span.end) ++r.end;
  return r;
}

StateCue FindState(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                   TokenRange inside, TokenRange after, TokenRange before, Span skip) {
  auto at = [&](int i, int limit) -> StateCue {
    const Token& t = seg.tokens[i];
    if (t.kind != TokenKind::kWord || skip.Overlaps(t.span)) return {};
    std::string_view w = t.span.Of(text);
    if (i + 1 < limit && seg.tokens[i + 1].kind == TokenKind::kWord) {
      std::string cls = lex.StateOf(w, seg.tokens[i + 1].span.Of(text));
      if (!cls.empty()) {
        Span s{t.span.start, seg.tokens[i + 1].span.end};
        return {cls, std::string(s.Of(text)), s};
      }
    }
    std::string cls = lex.StateOf(w);
    if (cls.empty()) return {};
    // A harm that is a goal or a sentence is no state: "sentenced to
    // death", "voted for death", "called for the execution of"; but "beaten
    // to death" (a harm verb before "to") kills. A harm noun that modifies
    // another noun names that noun ("the death penalty", "death threats").
    {
      int p = i - 1;
      while (p >= 0 && seg.tokens[p].kind == TokenKind::kWord && IsDeterminer(Lowercase(seg.tokens[p].span.Of(text))))
        --p;
      std::string pw = p >= 0 ? Lowercase(seg.tokens[p].span.Of(text)) : "";
      std::string verb = p > 0 ? Lowercase(seg.tokens[p - 1].span.Of(text)) : "";
      // The frames ("sentenced to", and the harm one is charged with:
      // "charged with murder", "convicted of manslaughter") are the
      // lexicon's overrides (nostate rows).
      if (pw == "for" || (!verb.empty() && !pw.empty() && lex.NoStateAfter(verb, pw))) return {};
      if (i + 1 < limit && seg.tokens[i + 1].kind == TokenKind::kWord &&
          In(Lowercase(seg.tokens[i + 1].span.Of(text)),
             {"penalty", "penalties", "sentence", "sentences", "row", "threat", "threats", "warrant", "warrants"}))
        return {};
    }
    // "another bruising campaign", "a killing spree": a participle between
    // a determiner and a noun that names no person modifies that noun; it
    // is no state of the figure ("the shooting victims" keeps it).
    if (w.size() > 4 && w.substr(w.size() - 3) == "ing" && i > 0 &&
        (IsDeterminer(Lowercase(seg.tokens[i - 1].span.Of(text))) ||
         Lowercase(seg.tokens[i - 1].span.Of(text)) == "another") &&
        i + 1 < static_cast<int>(seg.tokens.size()) &&
        seg.tokens[i + 1].kind == TokenKind::kWord) {
      std::string_view next = seg.tokens[i + 1].span.Of(text);
      const std::string low = Lowercase(next);
      const char kind = lex.NounKind(lex.NounLemma(low));
      if (std::islower(static_cast<unsigned char>(next[0])) && !IsFunctionWord(low) && lex.StateOf(next).empty() &&
          lex.GroupOf(next).empty() && kind != 'p' && kind != 'g')
        return {};
    }
    // A verb of remaining is a copula: a state its complement names wins
    // ("six people remain missing", "stayed in custody"); alone or before
    // a place it keeps its own ("200 civilians remain in the plant").
    if (lex.IsCopula(w)) {
      for (int j = i + 1; j < limit && j <= i + 3 && seg.tokens[j].kind == TokenKind::kWord; ++j) {
        std::string_view wj = seg.tokens[j].span.Of(text);
        std::string lj = Lowercase(wj);
        if (std::string c = lex.StateOf(wj); !c.empty()) return {c, std::string(wj), seg.tokens[j].span};
        if (!IsFunctionWord(lj) && !IsDeterminer(lj)) break;
      }
    }
    // "stabbed to death", "shot dead": the harm killed.
    if ((cls == "injured" || cls == "shot") && i + 1 < limit) {
      std::string n1 = Lowercase(seg.tokens[i + 1].span.Of(text));
      std::string n2 = i + 2 < limit ? Lowercase(seg.tokens[i + 2].span.Of(text)) : "";
      if (n1 == "dead" || (n1 == "to" && n2 == "death")) cls = "killed";
    }
    return {cls, std::string(w), t.span};
  };
  for (int i = inside.begin; i < inside.end; ++i)
    if (StateCue c = at(i, inside.end); !c.cls.empty()) return c;
  // A new clause ("…, but now …", ";") ends the search on either side.
  auto clause_break = [&](int i) {
    std::string_view w = seg.tokens[i].span.Of(text);
    if (w == ";" || w == "but" || w == "although" || w == "whereas" || w == "though") return true;
    // ", who died in 2006": a relative clause set off after another noun
    // than the figure's says that noun's state ("whose 2,507 members had to
    // be approved by the ruler, Saparmurat Niyazov, who died in 2006": the
    // members did not die). After the figure's own noun ("40 people, who
    // were killed") it is the figure's.
    if ((w == "who" || w == "which") && i >= 2 && seg.tokens[i - 1].span.Of(text) == ",") {
      uint32_t figure_end = inside.empty() ? 0 : seg.tokens[inside.end - 1].span.end;
      if (!skip.empty()) figure_end = std::max(figure_end, skip.end);
      if (seg.tokens[i - 2].span.end > figure_end) return true;
    }
    // ", and residents nearby were evacuated": a coordinated clause with a
    // subject of its own (a determiner, a pronoun, a name or a noun of
    // people) states that subject's state, not the figure's.
    if ((w == "and" || w == "while") && i > 0 && seg.tokens[i - 1].span.Of(text) == "," &&
        i + 1 < static_cast<int>(seg.tokens.size()) && seg.tokens[i + 1].kind == TokenKind::kWord) {
      std::string_view n = seg.tokens[i + 1].span.Of(text);
      std::string ln = Lowercase(n);
      const char kind = lex.NounKind(lex.NounLemma(ln));
      return IsDeterminer(ln) || In(ln, {"he", "she", "they", "it", "we", "i", "you"}) ||
             std::isupper(static_cast<unsigned char>(n[0])) || kind == 'p' || kind == 'g';
    }
    return false;
  };
  for (int i = after.begin; i < after.end && !clause_break(i); ++i)
    if (StateCue c = at(i, after.end); !c.cls.empty()) return c;
  for (int i = before.end - 1; i >= before.begin && !clause_break(i); --i) {
    StateCue c = at(i, before.end);
    if (c.cls.empty()) continue;
    // A verb whose object is a name before the figure is that name's state,
    // not the figure's: "X killed Grigoropoulos on Sunday during a clash
    // with around 30 youths" (the youths are not killed).
    int j = i + 1;
    while (j < before.end && seg.tokens[j].span.start < c.span.end) ++j;
    if (j < before.end && seg.tokens[j].kind == TokenKind::kWord) {
      std::string_view o = seg.tokens[j].span.Of(text);
      if (std::isupper(static_cast<unsigned char>(o[0])) && !IsPossessive(o) && !IsCalendarWord(o) &&
          std::islower(static_cast<unsigned char>(c.word[0])))
        return {};
    }
    return c;
  }
  return {};
}

DocPlaces::DocPlaces(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                     const Lexicon& lex)
    : text_(text), seg_(seg), entities_(entities), lex_(lex) {
  for (const Sentence& s : seg.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      std::string w = Lowercase(Tok(static_cast<int>(i)));
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
  while (k < limit && seg_.tokens[k].kind == TokenKind::kWord && IsDeterminer(Lowercase(Tok(k)))) ++k;
  for (int j = k; j < limit && j - k < kMaxPhrase && seg_.tokens[j].kind == TokenKind::kWord; ++j)
    if (IsCapitalised(j)) return true;
  return false;
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
  // "Soviet-era", "Russian-held": a capitalised modifier, not a name.
  size_t dash = w.find('-');
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
    std::string w = Lowercase(Tok(i));
    if (In(w, {"felt", "feel", "feels", "feeling"})) return true;
    if (w == "far" && i + 2 <= trigger && i > 0 && Lowercase(Tok(i - 1)) == "as") return true;
    bool adverb = w.size() > 3 && w.substr(w.size() - 2) == "ly";
    if (!adverb && !In(w, {"as", "far", "away", "even", "also", "too", "be", "been", "was", "were", "could"}))
      return false;
  }
  return false;
}

PlaceCue DocPlaces::ParseAt(int trigger, int limit, bool object_ok) const {
  PlaceCue cue;
  std::string tw = Lowercase(Tok(trigger));
  if (tw == "there") {
    cue.anaphor = true;
    cue.text = "there";
    cue.span = seg_.tokens[trigger].span;
    return cue;
  }
  if (!IsLocativePreposition(tw) && !object_ok) return cue;
  if (IsLocativePreposition(tw) && NamesAReach(trigger)) return cue;
  int k = trigger + 1;
  if (tw == "out" && k < limit && Lowercase(Tok(k)) == "of") ++k;
  while (k < limit && seg_.tokens[k].kind == TokenKind::kWord && IsDeterminer(Lowercase(Tok(k)))) ++k;
  // The phrase: modifiers, then a name and/or a place noun; "of"/"and"
  // only between capitalised words or after a place noun ("the port of
  // Berdiansk"); after the name or place noun only more place nouns.
  int begin = k, end = k;
  bool seen_head = false, seen_kind = false;
  while (end < limit && end - begin < kMaxPhrase && seg_.tokens[end].kind == TokenKind::kWord) {
    std::string w = Lowercase(Tok(end));
    bool name = IsNameWord(end);
    bool place_word = !lex_.PlaceKindOf(Tok(end)).empty();
    if (!IsCapitalised(end) && (w == "of" || w == "and")) {
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
        noun_follows = !lex_.PlaceKindOf(Tok(j)).empty();
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
    std::string kind = lex_.PlaceKindOf(Tok(i));
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
      std::string w = Lowercase(Tok(i));
      bool link = !cap && cur >= 0 && (w == "of" || w == "and") && i + 1 < end && IsNameWord(i + 1);
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
             (!lex_.PlaceKindOf(Tok(name_end - 1)).empty() || !IsNameWord(name_end - 1)))
        --name_end;
      cue.name = std::string(StripPossessive(
          std::string_view(text_).substr(seg_.tokens[run_begin].span.start,
                                         seg_.tokens[name_end - 1].span.end - seg_.tokens[run_begin].span.start)));
      if (cue.kind.empty()) cue.kind = facility_entity ? "facility" : "area";
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
           !IsLocativePreposition(Lowercase(Tok(i + 1)));
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
    std::string w = Lowercase(Tok(i));
    if (floor_after_relative >= 0 && (i < floor_after_relative || w == "," || w == ";")) break;
    if (floor_after_relative < 0 && (w == "that" || w == "which" || w == "who" || w == "whose") &&
        !(w == "which" && i > 0 && IsLocativePreposition(Lowercase(Tok(i - 1))))) {
      floor_after_relative = std::max(i - kAntecedentPlaceTokens, 0);
      continue;
    }
    // A locative relative ("underneath which", "in which", "where") points
    // back to a place named earlier in the sentence, or to the sentence's
    // subject: "The vast structure is the last stronghold …, underneath
    // which 200 civilians are sheltering".
    bool relative = w == "where" || (w == "which" && i > 0 && IsLocativePreposition(Lowercase(Tok(i - 1))));
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
      if (subject_begin >= 0 && subject_begin < i && IsDeterminer(Lowercase(Tok(subject_begin)))) {
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

namespace {

// " of|for|with [adverb in -ly] <word in -ing> " inside a lower-cased gap
// padded with spaces.
bool ActBetween(const std::string& gap) {
  for (std::string_view p : {" of ", " for ", " with "}) {
    for (size_t at = gap.find(p); at != std::string::npos; at = gap.find(p, at + 1)) {
      size_t w = at + p.size();
      for (int words = 0; words < 2 && w < gap.size(); ++words) {
        size_t e = gap.find(' ', w);
        if (e == std::string::npos) break;
        std::string_view word(gap.data() + w, e - w);
        if (word.size() > 4 && word.substr(word.size() - 3) == "ing") return true;
        if (!(word.size() > 3 && word.substr(word.size() - 2) == "ly")) break;  // one adverb may stand between
        w = e + 1;
      }
    }
  }
  return false;
}

// The word after the relative pronoun at `at` of `gap` (" that killed …")
// is a simple past form: a word in -ed or an irregular past the lexicon
// knows ("struck", "was", "hit"), unless it is an auxiliary of another tense.
bool SimplePastAfter(const std::string& gap, size_t at, const Lexicon& lex) {
  size_t b = gap.find_first_not_of(' ', gap.find(' ', at + 1));
  if (b == std::string::npos) return false;
  size_t e = gap.find(' ', b);
  std::string_view w(gap.data() + b, (e == std::string::npos ? gap.size() : e) - b);
  if (In(w, {"has", "have", "had", "is", "are", "will", "would", "could", "can", "may", "might", "must", "should",
             "shall", "does", "do"}))
    return false;
  return In(w, {"was", "were"}) || (w.size() > 3 && w.substr(w.size() - 2) == "ed") || lex.IsIrregularPast(w);
}

// The figure stands in a relative clause opened by "who" or "which" after
// a comma earlier in its clause, with no comma between the pronoun and the
// figure: ", the Texas Republican who used $84,000".
bool InCommaRelative(std::string_view text, Span clause, Span figure) {
  if (figure.start > text.size() || clause.start >= figure.start) return false;
  std::string before = " " + Lowercase(text.substr(clause.start, figure.start - clause.start));
  size_t at = std::string::npos;
  for (std::string_view r : {" who ", " which "}) {
    size_t f = before.rfind(r);
    if (f != std::string::npos && (at == std::string::npos || f > at)) at = f;
  }
  if (at == std::string::npos || before.find(',', at) != std::string::npos) return false;
  return before.rfind(',', at) != std::string::npos;
}

// The year at `t` modifies a noun phrase: a bare four-digit year after a
// determiner or a possessive and before a word that is no function word
// ("the 2012 Republican presidential nomination", "a 2005 bid", "the
// Clintons' 2014 tax rate"). It names that phrase's thing by its year.
bool AttributiveYear(std::string_view text, Span t) {
  if (t.end > text.size() || t.end - t.start != 4) return false;
  for (uint32_t i = t.start; i < t.end; ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  // The word before position `at`, lower-cased ("" at the text's start).
  auto word_before = [&](size_t at, size_t* begin) {
    size_t e = at;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && text[b - 1] != ' ') --b;
    *begin = b;
    return Lowercase(text.substr(b, e - b));
  };
  auto opens_phrase = [](const std::string& w) {
    bool possessive = w.size() > 2 && (w.back() == '\'' || w.ends_with("'s") || w.ends_with("\u2019s") ||
                                       w.ends_with("\u2019"));
    return possessive || In(w, {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"});
  };
  size_t b = 0;
  std::string before = word_before(t.start, &b);
  // One adjective may stand between ("his failed 2005 bid").
  if (!opens_phrase(before)) {
    if (before.empty() || IsFunctionWord(before) || !std::isalpha(static_cast<unsigned char>(before[0])) ||
        !opens_phrase(word_before(b, &b)))
      return false;
  }
  size_t a = t.end;
  if (a >= text.size() || text[a] != ' ') return false;
  while (a < text.size() && text[a] == ' ') ++a;
  size_t z = a;
  while (z < text.size() && std::isalpha(static_cast<unsigned char>(text[z]))) ++z;
  if (z == a) return false;
  return !IsFunctionWord(Lowercase(text.substr(a, z - a)));
}

// Words (runs of letters or digits) in `gap`.
int WordsIn(std::string_view gap) {
  int n = 0;
  bool in = false;
  for (char ch : gap) {
    bool w = std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

}  // namespace

std::string FindTime(const Lexicon& lex, const std::vector<TimeMention>& times, Span clause, Span figure,
                     std::string_view text, std::string_view until) {
  // The nearest date or time expression; a range counts whole ("from 2007 to
  // 2014"), not as its nearer endpoint.
  const TimeMention* best = nullptr;
  std::string best_value;
  uint32_t best_distance = 0;
  for (size_t i = 0; i < times.size(); ++i) {
    const TimeMention& t = times[i];
    if (!clause.Contains(t.span) || t.part_of >= 0) continue;
    std::string v;
    if (t.range_from >= 0 && t.range_to >= 0 && t.range_from < static_cast<int>(times.size()) &&
        t.range_to < static_cast<int>(times.size())) {
      auto a = TimeInterval(ClaimTimeOf(times[t.range_from])), b = TimeInterval(ClaimTimeOf(times[t.range_to]));
      if (a && b && b->second >= a->first) v = CivilFromDays(a->first) + "/" + CivilFromDays(b->second);
    }
    if (v.empty()) v = ClaimTimeOf(t);
    if (v.empty()) continue;
    // "since 2007": from that date until the report, not the year itself.
    if (!until.empty() && t.span.start <= text.size()) {
      size_t e = t.span.start;
      while (e > 0 && text[e - 1] == ' ') --e;
      size_t b = e;
      while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
      if (e - b == 5 && Lowercase(text.substr(b, 5)) == "since") {
        auto a = TimeInterval(v), r = TimeInterval(until);
        if (a && r && r->second >= a->first) v = CivilFromDays(a->first) + "/" + CivilFromDays(r->second);
      }
    }
    // A date behind a relative pronoun dates another clause ("… quakes that
    // hit the town in 2002").
    if (!text.empty()) {
      uint32_t from = std::min(t.span.end, figure.end), to = std::max(t.span.start, figure.start);
      if (from < to && to <= text.size()) {
        std::string gap = " " + Lowercase(text.substr(from, to - from)) + " ";
        size_t at = std::string::npos;
        for (std::string_view r : {" which ", " that ", " who ", " whose ", " where ", ";"})
          at = std::min(at, gap.find(r));
        // A relative clause right after the figure (and its noun) is the
        // figure's own: "around 100 who were rescued over the weekend".
        bool own_clause = t.span.start >= figure.end && at != std::string::npos &&
                          std::count(gap.begin(), gap.begin() + static_cast<long>(at), ' ') <= 2;
        // But a year or month that opens the clause a relative clause hangs
        // from dates that relative clause too when its verb is a simple past
        // ("In 2004, a quake triggered a tsunami that killed 230,000";
        // "struck in 2004, sparking a tsunami that killed 170,000"): the
        // consequence told in one breath with its cause. A perfect ("that
        // has killed") runs to the present and keeps no such date.
        bool inherited = at != std::string::npos && t.span.end <= figure.start && gap[at] != ';' &&
                         (v.size() == 4 || v.size() == 7) && SimplePastAfter(gap, at, lex);
        if (at != std::string::npos && !own_clause && !inherited) continue;
        // A date after an act the counted people did or are charged with
        // ("officers indicted for allegedly hacking emails in 2016",
        // "accused of killing two men last May") dates that act, not the
        // figure: "of", "for" or "with" and a gerund stand between.
        if (t.span.start >= figure.end && ActBetween(gap)) continue;
        // A year that modifies another noun phrase of the clause names that
        // phrase's thing ("capped three days of panel discussions …,
        // including politicians mentioned as contenders for the 2012
        // Republican presidential nomination"): it dates the figure only
        // when the figure is of that phrase, a few words off with no comma
        // between ("the Clintons' 2014 federal tax rate of 35.7 percent").
        if (AttributiveYear(text, t.span) &&
            (gap.find(',') != std::string::npos || WordsIn(gap) > kYearPhraseWords))
          continue;
        // A figure inside a relative clause set off by commas ("Farenthold,
        // the Texas Republican who used $84,000 in taxpayer funds, resigned
        // on Friday") is not dated by the matrix clause past the comma that
        // closes it.
        if (t.span.start >= figure.end && gap.find(',') != std::string::npos &&
            InCommaRelative(text, clause, figure))
          continue;
      }
    }
    uint32_t d = t.span.end <= figure.start ? figure.start - t.span.end
                 : t.span.start >= figure.end ? t.span.start - figure.end : 0;
    if (!best || d < best_distance) {
      best = &t;
      best_value = v;
      best_distance = d;
    }
  }
  return best_value;
}

}  // namespace crosscheck
