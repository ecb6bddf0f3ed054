// SpeakerContext::NoteMentions (resolve.h): reads one sentence's names
// into the speaker memories (speaker_memory.cc): person entities first, then
// names found by their shape that no place, organisation or facility
// covers, then lone surnames of known people and "Mr. X" / "Sen. Y"; a
// title or role before a name, or an apposition after it, becomes its
// role. The last name noted is the sentence's likeliest antecedent.

#include "recognize/quote/resolve.h"

#include <algorithm>
#include <iterator>

#include "recognize/quote/cue_frames.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_names.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck {

namespace lx = quote_lexicon;
using speaker_names::MonthBeforeNumber;
using speaker_names::PlausibleName;
using speaker_names::WithoutTitles;

namespace {

// A title that only a person bears, written before a surname ("Mr.
// Trump", "Sen. Graham", "President Obama").
bool PersonalTitle(std::string_view lw) {
  return lw == "mr." || lw == "mrs." || lw == "ms." || lw == "dr." || lw == "sen." || lw == "rep." || lw == "gov." ||
         lw == "president" || lw == "senator" || lw == "governor" || lw == "speaker" || lw == "representative" ||
         lw == "mayor";
}

bool OpensOnCompassPoint(std::string_view lower) {
  for (std::string_view w : {"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
    if (lower == w) return true;
  return false;
}
}  // namespace

void SpeakerContext::NoteMentions(int s) {
  const TokenView& tv = tv_;
  const std::vector<Entity>& entities = entities_;
  const int tb = tv.SentenceBegin(s), te = tv.SentenceEnd(s);
  std::vector<std::pair<int, int>>& names = note_names_;  // reused: this runs on every sentence
  names.clear();
  // "Like Allen, their days begin at 4:30 a.m.": a person a sentence
  // opens by comparing with ("Like X,", "Unlike X,") is no antecedent for
  // a later pronoun; the sentence is about someone else.
  int compared_e = tb;
  {
    int k = tb;
    while (k < te && tv.IsPunct(k)) ++k;
    if (k + 2 < te && (tv.Is(k, "like") || tv.Is(k, "unlike"))) {
      int c = k + 1;
      while (c < te && c - k <= 8 && tv.IsWord(c)) ++c;
      if (c < te && tv.Is(c, ",")) compared_e = c;
    }
  }
  // "Dismayed by his memory of Bill Hale's years in office, he is
  // committed …": an opening participle clause whose comma is followed by
  // a subject pronoun is said of that pronoun's referent; the names inside
  // it are in passing, no antecedent for a later he/she (the clause's
  // subject is the pronoun, introduced before).
  {
    int k = tb;
    while (k < te && tv.IsPunct(k)) ++k;
    const std::string_view w = k < te ? tv.Lower(k) : std::string_view();
    if (k + 3 < te && tv.IsCap(k) && tv.Classes(k) == lx::kCapitalised && w.size() > 4 &&
        (w.ends_with("ed") || w.ends_with("ing")) && tv.IsWord(k + 1) && !tv.IsCap(k + 1)) {
      for (int c = k + 2; c + 1 < te && c - k <= 30 && !tv.IsQuoteMark(c); ++c) {
        if (!tv.Is(c, ",")) continue;
        // The pronoun may carry its auxiliary ("he's", "she’d").
        std::string_view pro = tv.Lower(c + 1);
        if (const size_t ap = pro.find_first_of("'\xE2"); ap != std::string_view::npos) pro = pro.substr(0, ap);
        if (pro == "he" || pro == "she") compared_e = std::max(compared_e, c);
        break;
      }
    }
  }
  auto compared = [&](int tok) { return tok < compared_e; };
  if (!entities.empty()) {
    // Person entities of the sentence (entities are sorted by start), the
    // first one noted last: the subject is the likeliest antecedent.
    Span sent{tv.SpanOf(tb).start, tv.SpanOf(te - 1).end};
    auto it = std::lower_bound(entities.begin(), entities.end(), sent.start,
                               [](const Entity& en, uint32_t v) { return en.span.start < v; });
    std::vector<std::pair<int, std::string>> found;  // entity, its name without titles
    for (; it != entities.end() && it->span.start < sent.end; ++it) {
      if (it->type != EntityType::kPerson || !sent.Contains(it->span)) continue;
      std::string bare = WithoutTitles(it->name);
      // "Ohio Gov. Tom Reyes", "Indiana Gov. Mike Pence": a name right
      // before a capitalised title and another name modifies the title (a
      // state, a body); the tagger may take it for a person.
      const int after = tv.TokenAtOrAfter(it->span.end);
      if (after + 1 < te && tv.IsCap(after) && tv.Has(after, lx::kTitle) && !tv.Has(after, lx::kRank) &&
          tv.IsCap(after + 1) && bare.find(' ') == std::string::npos)
        continue;
      if (PlausibleName(bare) && !MonthBeforeNumber(tv, *it) && !tv.InClosedQuote(tv.TokenAtOrAfter(it->span.start)) &&
          !compared(tv.TokenAtOrAfter(it->span.start)))
        found.emplace_back(static_cast<int>(it - entities.begin()), std::move(bare));
    }
    for (auto f = found.rbegin(); f != found.rend(); ++f) {
      const Entity& en = entities[f->first];
      std::string name = en.name.empty() ? WithoutTitles(std::string(en.span.Of(tv.text()))) : std::move(f->second);
      bool single = name.find(' ') == std::string::npos;
      const char address = speaker_words::AddressGender(tv, tv.TokenAtOrAfter(en.span.start));  // "Mrs. Clinton"
      int idx = single ? FindPerson(name, true, false, s, address) : -1;  // "Volyna" = "Serhiy Volyna"
      // A lone surname in the text is the person named before with it, not
      // the tagger's cluster name, which may come from a namesake or a
      // mis-tagged phrase later on ("Anthony LaCalamita III … LaCalamita
      // was asked …" clustered with "the silver Ford Fusion LaCalamita").
      const std::string written(tv.StripPossessive(en.span.Of(tv.text())));
      if (idx < 0 && !single && written.find(' ') == std::string::npos)
        idx = FindPerson(written, true, false, s, address);
      if (idx < 0) idx = FindPerson(name, false, true, s);
      if (persons_[idx].entity < 0) persons_[idx].entity = f->first;
      last_mention_ = idx;
      last_mention_sentence_ = s;
      mentions_.push_back({idx, s});
    }
  }
  FindPersonNames(tv, tb, te, &names);
  // A name found by its shape that a place, organisation or other entity
  // covers ("United States", "New Hampshire") is no person.
  // Unless the tagger took a first name for a place ("Victoria Nuland",
  // "Virginia Foxx" typed as locations): a name of two or three words
  // whose first word the name lexicon gives one gender and whose other
  // words are no place or organisation heads ("Virginia Beach") is a
  // person all the same. Not one opening on a compass point: the name
  // list holds "North" and "West", but "North Carolina" is the place.
  if (!entities.empty()) {
    std::erase_if(names, [&](const std::pair<int, int>& n) {
      const uint32_t at = tv.SpanOf(n.first).start;
      auto it = std::upper_bound(entities.begin(), entities.end(), at,
                                 [](uint32_t v, const Entity& en) { return v < en.span.start; });
      // A place, organisation or facility that begins inside the name and
      // none before it: the shape ran a word onto the entity's name
      // ("Quicken" onto the facility "Loans Arena"). Not a name opening on
      // a given name ("Carly" before a surname the tagger typed alone).
      const uint32_t name_end = tv.SpanOf(n.second - 1).end;
      if (it != entities.end() && it->span.start < name_end &&
          (it->type == EntityType::kLocation || it->type == EntityType::kOrganization ||
           it->type == EntityType::kFacility) &&
          (it == entities.begin() || std::prev(it)->span.end <= at) && lx::NameGender(tv.Text(n.first)) == 0)
        return true;
      if (it == entities.begin()) return false;
      --it;
      if (it->type == EntityType::kPerson || it->span.end <= at) return false;
      // A name right after a title inside an organisation the tagger ran
      // over a person ("Supreme Court Justice Ruth Bader Ginsburg" typed
      // an organisation) is that person: the title names the office's
      // holder, and the name holds no organisation word (FindPersonNames).
      if (it->type == EntityType::kOrganization && n.first > tb && tv.Has(n.first - 1, lx::kTitle) &&
          tv.SpanOf(n.first - 1).start >= it->span.start)
        return false;
      if (it->type == EntityType::kLocation && n.second - n.first >= 2 && n.second - n.first <= 3 &&
          lx::NameGender(tv.Text(n.first)) != 0 && !OpensOnCompassPoint(tv.Lower(n.first))) {
        bool heads = false;
        for (int k = n.first + 1; k < n.second; ++k) heads |= lx::IsOrgOrPlaceHead(tv.StripPossessive(tv.Lower(k)));
        if (!heads) return false;
      }
      return true;
    });
  }
  // A name right after "in", "at" or "near" is a place ("Bill Clinton
  // stayed in New York", "a rally at Grand Rapids"), unless possessive ("at
  // Hillary Clinton's rally"): it took "she" when the entities were absent
  // or missed it.
  std::erase_if(names, [&](const std::pair<int, int>& n) {
    if (n.first <= tb || tv.IsPossessive(n.second - 1)) return false;
    return tv.Is(n.first - 1, "in") || tv.Is(n.first - 1, "at") || tv.Is(n.first - 1, "near");
  });
  // Single capitalised words that are the surname of a known person
  // ("Volyna shared a video") are mentions too.
  std::vector<std::pair<int, int>>& mentions = note_mentions_;
  mentions.assign(names.begin(), names.end());
  {
    size_t next = 0;
    for (int i = tb; i < te; ++i) {
      while (next < names.size() && names[next].second <= i) ++next;
      if (next < names.size() && names[next].first <= i) continue;
      if (!tv.IsCap(i)) continue;
      bool cap_before = i > tb && tv.IsCap(i - 1) && !tv.Has(i - 1, lx::kTitle);  // "Ms. DeGeneres" is a mention
      if (cap_before || (i + 1 < te && tv.IsCap(i + 1))) continue;                 // part of a longer name
      if (tv.Classes(i) & ~lx::kCapitalised) continue;                              // "The", "But", titles
      if (by_last_.find(tv.StripPossessive(tv.Text(i))) != by_last_.end()) {
        mentions.push_back({i, i + 1});
      } else if (i > tb && PersonalTitle(tv.Lower(i - 1)) && tv.IsCap(i - 1) && !speaker_words::IsAcronym(tv.Text(i)) &&
                 !lx::IsOrgOrPlaceHead(tv.StripPossessive(tv.Lower(i))) && !tv.InClosedQuote(i)) {
        // "Mr. Trump", "Sen. Graham" with no full name before: a person
        // all the same, known by the surname (the tagger may be absent).
        FindPerson(std::string(tv.StripPossessive(tv.Text(i))), false, true, s);
        mentions.push_back({i, i + 1});
      }
    }
  }
  std::sort(mentions.begin(), mentions.end());
  // The subject is the likeliest antecedent: the first name of the sentence
  // is noted last.
  std::reverse(mentions.begin(), mentions.end());
  for (auto [b, e] : mentions) {
    // "my wife Portia" inside a quote is no antecedent, nor a name inside a
    // paragraph a quote opens and leaves open for the next one to go on.
    if (tv.InAnyQuote(b) || compared(b)) continue;
    bool single = e - b == 1;
    int idx = FindPerson(NameText(tv, b, e), single, !single, s, single ? speaker_words::AddressGender(tv, b) : 0);
    if (idx < 0) continue;
    // A title or role right before the name becomes its role.
    int k = b;
    while (k - 1 >= tb && tv.IsWord(k - 1) &&
           (tv.Has(k - 1, lx::kTitle) || tv.Has(k - 1, lx::kRole) ||
            (tv.IsCap(k - 1) && tv.Lower(k - 1).size() > 4 &&
             tv.Lower(k - 1).substr(tv.Lower(k - 1).size() - 2) == "an")))
      --k;
    if (k < b && persons_[idx].role.empty()) persons_[idx].role = tv.TextOf(k, b);
    // "Katie Waldman, a spokeswoman for the department, …": the role of
    // an apposition after the name (for a later "the spokeswoman").
    if (persons_[idx].role.empty() && e + 2 < te && tv.Is(e, ",") && tv.Has(e + 1, lx::kDeterminer))
      for (int j = e + 2; j < te && j <= e + 6 && tv.IsWord(j); ++j)
        if (tv.Has(j, lx::kRole)) {
          persons_[idx].role = tv.TextOf(e + 2, j + 1);
          break;
        }
    last_mention_ = idx;
    last_mention_sentence_ = s;
    mentions_.push_back({idx, s});
  }
  // Indefinite person roles: "a female soldier", "another Ukrainian soldier".
  for (int i = tb; i < te; ++i) {
    std::string_view lw = tv.Lower(i);
    if (lw.empty() || lw[0] != 'a') continue;  // most words: one byte decides
    if (!(lw == "a" || lw == "an" || lw == "another")) continue;
    // "… with an executive order,” he said", "“Not a president who says …
    // ¶ “…,” she said": quoted words, closed or open, name no antecedent.
    if (tv.InAnyQuote(i)) continue;
    for (int j = i + 1; j < te && j <= i + 4; ++j) {
      if (!tv.IsWord(j)) break;
      std::string_view w = tv.Lower(j);
      // The role word must head the phrase: before a plain lowercase word
      // it is a modifier ("an executive order", "a police report").
      std::string_view next = j + 1 < te && tv.IsWord(j + 1) && !tv.IsCap(j + 1) && tv.Classes(j + 1) == 0
                                  ? tv.Lower(j + 1)
                                  : std::string_view();
      // Without parts of speech: the plain word must itself be followed by
      // a preposition or a comma, as a noun is ("an executive order by May"),
      // not by an object, as a verb is ("another soldier sent a message").
      bool noun_next = false;
      if (!next.empty() && j + 2 < te) {
        std::string_view after = tv.Lower(j + 2);
        noun_next = tv.Is(j + 2, ",") || tv.Has(j + 2, lx::kInnerPrep) || after == "by" || after == "from" ||
                    after == "for" || after == "in" || after == "on" || after == "over" || after == "about" ||
                    after == "against";
      }
      const bool modifier = noun_next && next.size() > 2 && !next.ends_with("ly") &&
                            !(next.size() > 4 && (next.ends_with("ed") || next.ends_with("ing")));
      if (tv.Has(j, lx::kRole) && !tv.Has(j, lx::kOrgNoun) && !tv.Has(j, lx::kAnonymous) && !modifier) {
        ResolvedSpeaker r;
        r.name = tv.TextOf(i, j + 1);
        r.kind = SpeakerKind::kGroup;
        r.head = std::string(w);
        r.indefinite = true;
        r.sentence = s;
        last_role_mention_ = r;
        break;
      }
      if (tv.Has(j, lx::kBoundary)) break;
    }
  }
}

}  // namespace crosscheck
