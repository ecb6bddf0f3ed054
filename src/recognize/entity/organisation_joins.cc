// The per-sentence rules of mention_rules.h that join pieces into one
// organisation name: the capitalised run before an organisation head
// ("the Iraqi Islamic Party"), organisations joined by "of"/"for"
// ("Institute for the Study of War"), a place before the institution it
// owns ("United States" + "Department of ..."), a company's legal form
// after a comma ("Google, Inc."), names joined by "&" ("D.E. Shaw &
// Co."), and a first name closing a title phrase handed to the person after
// it ("Undersecretary for Management Patrick Kennedy"). The heads, the
// splits and the institutions are in organisation_rules.cc.
#include <algorithm>
#include <string>
#include <vector>

#include "core/word_table.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/titles.h"

namespace crosscheck::entity_internal {

// An organisation name is the whole run of capitalised words that ends in
// its head (session 21): the tagger often cuts it short, typing the words
// before the head a nationality ("Iraqi" + "Islamic" + "Party", "Brazilian"
// + "Navy"), an organisation of its own ("Free" + "Trade Association") or
// nothing ("Palestinian" + "Authority", the head itself left untagged). An
// organisation ending in a capitalised head (IsOrganisationHead, or a
// head of state bodies and forums: Navy, Office, Forum, ...) grows
// left over the "other" and organisation mentions and the untagged
// capitalised words right before it (no function word; no common or title word
// opening the sentence), to six words; an untagged head right
// after such a mention becomes an organisation first. Persons and places
// stay apart (JoinPlaceAndInstitution joins a place that owns the body).
void JoinWordsBeforeOrganisationHeads(const Gazetteer& gaz, Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), oth = LabelType(kBOth);
  const size_t n = s->words.size();
  // The organisation heads and the capitalised heads of state bodies and
  // forums ("Brazilian Navy", "British Home Office", "African Partnership
  // Forum").
  static constexpr std::string_view kMoreHeads[] = {"navy", "army", "forces", "force", "guard", "marines", "office",
                                                    "forum", "front", "union", "board", "service", "centre",
                                                    "center", "museum", "police"};
  auto head_at = [&](size_t i) {
    if (i >= n || !StartsUpper(s->words[i])) return false;
    if (IsOrganisationHead(lv[i])) return true;
    for (std::string_view h : kMoreHeads)
      if (lv[i] == h) return true;
    return false;
  };
  auto in_span = [&](size_t i) {
    for (const LabelSpan& o : v)
      if (o.begin <= i && i < o.end) return true;
    return false;
  };
  bool added = false;
  for (size_t k = 0; k < v.size(); ++k)
    if ((v[k].type == oth || v[k].type == org) && head_at(v[k].end) && !in_span(v[k].end) &&
        (k + 1 == v.size() || v[k + 1].begin > v[k].end)) {
      v.push_back(LabelSpan{v[k].end, v[k].end + 1, org});
      added = true;
    }
  if (added) SortLabelSpansByStart(s);
  for (size_t k = 0; k < v.size(); ++k) {
    if (v[k].type != org || !head_at(v[k].end - 1)) continue;
    uint32_t b = v[k].begin;
    while (b > 0 && v[k].end - b < 6) {
      if (k > 0 && v[k - 1].end == b) {
        const LabelSpan& q = v[k - 1];
        if ((q.type != oth && q.type != org) || v[k].end - q.begin > 6 || !StartsUpper(s->words[q.begin])) break;
        b = q.begin;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(k - 1));
        --k;
        continue;
      }
      const std::string_view w = s->words[b - 1];
      if ((k > 0 && v[k - 1].end > b - 1) || !StartsUpper(w) || !HasLetter(w) || IsStopword(w) ||
          IsPunctWord(w) || (b - 1 == 0 && (IsCommonWord(gaz, w) || IsTitleWord(lv[b - 1]))))
        break;
      --b;
    }
    v[k].begin = b;
  }
}

// "Institute" + "for the" + "Study of War" tagged as two organisations:
// organisations joined by "of" or "for" (and an optional "the") are one
// ("Bank of England", "Committee for the Prevention of Torture"); so are an
// organisation and an "other" name after it ("Institute" + "for the" +
// "Study of War" read as a work's title).
void JoinOrganisations(Scratch* s) {
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg);
  // An untagged capitalised institution head before "of"/"for" ("the")
  // and a name: "Institute" + "for the" + "Study of War".
  static constexpr std::string_view kHeads[] = {
      "institute", "university", "council", "committee", "foundation", "centre", "center", "association",
      "society", "bank", "commission", "agency", "department", "ministry", "league", "union", "federation",
      "party", "court", "academy", "college", "school", "museum", "fund", "board", "bureau", "organisation",
      "organization", "movement", "front", "alliance", "coalition", "network", "office", "corporation"};
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& b = v[k];
    // A place only right after "of": "the Embassy of Argentina".
    const bool place = b.type == LabelType(kBLoc) && b.begin >= 2 && lv[b.begin - 1] == "of";
    if (b.type != org && b.type != LabelType(kBOth) && !place) continue;
    uint32_t j = b.begin;
    if (j >= 1 && lv[j - 1] == "the" && !place) --j;
    if (j < 2 || (lv[j - 1] != "of" && lv[j - 1] != "for")) continue;
    const uint32_t h = j - 2;
    if (!StartsUpper(s->words[h]) || (k > 0 && v[k - 1].end > h)) continue;
    bool head = IsOrganisationHead(lv[h]);
    for (std::string_view x : kHeads) head = head || lv[h] == x;
    if (!head) continue;
    uint32_t first = h;
    while (first > 0 && StartsUpper(s->words[first - 1]) && !IsStopword(s->words[first - 1]) &&
           (k == 0 || v[k - 1].end < first))
      --first;
    b.begin = first;
    b.type = org;
  }
  auto head_at = [&](uint32_t w) {
    if (!StartsUpper(s->words[w])) return false;
    for (std::string_view x : kHeads)
      if (lv[w] == x) return true;
    return lv[w] == "authority" || lv[w] == "embassy" || lv[w] == "government" || lv[w] == "parliament" ||
           lv[w] == "army";
  };
  // Session 20: the tagger may stop at the head ("Institute" + "for the
  // Study of" + "War"): an organisation ending in an institution head
  // first takes "for the" and the capitalised words after it (untagged,
  // or one-word mentions other than persons: "Study" read as a place)
  // when "of" follows them. ner19: the head may be untagged too (the
  // retrained model typed only "Study" and "War"), then it is the
  // organisation; done before the joins across "of" below, so the name
  // after "of" joins whatever its length ("Council for the Defence" +
  // "of" + "Civil Liberties").
  const size_t n = s->words.size();
  auto for_the_run = [&](uint32_t end, size_t next) -> std::pair<uint32_t, size_t> {
    // The end of the capitalised run after "<head> for the" when "of"
    // follows it (else `end`), and how many one-word mentions it holds.
    if (end + 3 >= n || lv[end] != "for" || lv[end + 1] != "the" || !head_at(end - 1)) return {end, 0};
    const uint32_t from = end + 2;
    uint32_t e = from;
    size_t absorbed = 0;
    while (e < n && e - from < 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e])) {
      const size_t m = next + absorbed;
      if (m < v.size() && v[m].begin <= e) {
        if (v[m].begin != e || v[m].end != e + 1 || v[m].type == LabelType(kBPer)) break;
        ++absorbed;
      }
      ++e;
    }
    if (e > from && e < n && lv[e] == "of") return {e, absorbed};
    return {end, 0};
  };
  // An untagged head opens one when a capitalised word follows the "of".
  for (uint32_t h = 0, next = 0; h + 1 < n; ++h) {
    while (next < v.size() && v[next].end <= h) ++next;
    if (next < v.size() && v[next].begin <= h) continue;  // inside a mention
    const uint32_t e = for_the_run(h + 1, next).first;
    if (e == h + 1 || e + 1 >= n || !StartsUpper(s->words[e + 1])) continue;
    v.insert(v.begin() + static_cast<std::ptrdiff_t>(next), LabelSpan{h, h + 1, org});
  }
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& a = v[k];
    if (a.type != org) continue;
    const auto [e, absorbed] = for_the_run(a.end, k + 1);
    if (e == a.end) continue;
    a.end = e;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1), v.begin() + static_cast<std::ptrdiff_t>(k + 1 + absorbed));
  }
  for (size_t k = 0; k + 1 < v.size();) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    uint32_t gap = b.begin - a.end;
    // "Housing Authority" + "of" + "New Orleans", "Embassy of Argentina":
    // an organisation ending in an institution head takes the place it
    // is "of".
    const bool of_place = a.type == org && b.type == LabelType(kBLoc) && gap == 1 && lv[a.end] == "of" &&
                          head_at(a.end - 1);
    bool joiner = of_place || (a.type == org && (b.type == org || b.type == LabelType(kBOth)) && (gap == 1 || gap == 2) &&
                  a.end < lv.size() &&
                  (lv[a.end] == "of" || lv[a.end] == "for") && (gap == 1 || lv[a.end + 1] == "the"));
    if (!joiner) {
      ++k;
      continue;
    }
    a.end = b.end;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // Session 19: a name of the form "<head> for the <noun>" goes on over
  // "of" and the capitalised words after it ("Institute for the Study" +
  // "of War", "Center for the Study" + "of Democracy", "Society for the
  // Protection" + "of Birds"), when they belong to no other mention or
  // to a one-word "other" one or a place.
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& a = v[k];
    if (a.type != org || a.end + 1 >= n || lv[a.end] != "of" || !StartsUpper(s->words[a.end - 1])) continue;
    bool has_for = false;
    for (uint32_t w = a.begin + 1; w + 1 < a.end; ++w) has_for = has_for || lv[w] == "for";
    if (!has_for) continue;
    uint32_t e = a.end + 1;
    while (e < n && e - a.end <= 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e]) && HasLetter(s->words[e]))
      ++e;
    if (e == a.end + 1) continue;
    // ner19: or a place of up to three words ("Alliance for the
    // Re-Liberation" + "of" + "Somalia", as GMB tags it).
    const bool next_is_other = k + 1 < v.size() && v[k + 1].begin == a.end + 1 && v[k + 1].end == e &&
                               ((v[k + 1].type == LabelType(kBOth) && e - a.end == 2) ||
                                v[k + 1].type == LabelType(kBLoc));
    const bool free = k + 1 >= v.size() || v[k + 1].begin >= e;
    if (!next_is_other && !free) continue;
    a.end = e;
    if (next_is_other) v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// A country, region or city right before the organisation it owns is part
// of its name: "United States" + "Congress", "U.S." + "State Department",
// "United States" + "Department of Housing and Urban Development" (GMB,
// GUM and UNER all tag the whole; the tagger often splits it at the type
// change). A place mention the gazetteer knows as a whole, touching an
// organisation of capitalised words (or joiners) that opens or ends on a
// capitalised organisation or institution head, becomes one organisation
// with it. Not a nationality word ("Palestinian" + "Authority" stays, as
// GMB tags it), not across a possessive ("Russia's" + "Army") and not when
// the organisation opens on another place or nationality ("Kabul" +
// "Afghan Army"), and not when the whole is a place ("West" + "Bank").
void JoinPlaceAndInstitution(const Gazetteer& gaz, Scratch* s) {
  static constexpr std::string_view kInstitutionHeads[] = {"army", "navy", "embassy", "court", "parliament",
                                                           "government", "police", "forces", "treasury", "house",
                                                           "cabinet", "administration", "guard", "marines"};
  std::vector<LabelSpan>& v = s->label_spans;
  const auto& lv = s->features.lower_view;
  const int org = LabelType(kBOrg), loc = LabelType(kBLoc);
  auto head = [&](uint32_t w) {
    if (!StartsUpper(s->words[w])) return false;
    if (IsOrganisationHead(lv[w])) return true;
    for (std::string_view h : kInstitutionHeads)
      if (lv[w] == h) return true;
    return false;
  };
  for (size_t k = 0; k + 1 < v.size();) {
    LabelSpan& a = v[k];
    const LabelSpan& b = v[k + 1];
    bool join = a.type == loc && b.type == org && a.end == b.begin && (head(b.begin) || head(b.end - 1)) &&
                (gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, a.end - a.begin)) &
                 (kGazCountry | kGazRegion | kGazCity)) != 0 &&
                !IsNationalityOrCountry(gaz, s->words[b.begin]) &&
                !(gaz.Find(std::span<const std::string_view>(lv.data() + a.begin, b.end - a.begin)) &
                  (kGazCountry | kGazRegion | kGazCity));  // "West" + "Bank" is a place
    for (uint32_t w = b.begin; w < b.end && join; ++w)
      join = StartsUpper(s->words[w]) || lv[w] == "of" || lv[w] == "and" || lv[w] == "&" || lv[w] == "for" ||
             lv[w] == "the";
    if (!join) {
      ++k;
      continue;
    }
    a.end = b.end;
    a.type = org;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// A company's legal form written after a comma ends its name ("Google,
// Inc.", "CCNG, Inc.", "Enron Broadband Services, Inc."; GMB, UNER and
// OntoNotes tag the whole, comma and form included): the mention or the
// untagged run of capitalised words (four at most, no function word)
// right before ", <form>" becomes one organisation with it. A name read
// across the form and an "of" after it ends at the form, and the
// capitalised words after "of" are the place they are when the gazetteer
// knows them ("Google, Inc. of Mountain View"). The forms are written
// with a capital; "Co." is left out ("Smith, Co." is rare and
// "Co." also abbreviates "County").
bool IsCorporateForm(std::string_view w) {
  static constexpr std::string_view kForms[] = {"Inc.", "Inc",  "INC.", "Ltd.", "Ltd",  "LTD.", "Corp.", "Corp",
                                                "LLC",  "L.L.C.", "L.P.", "LLP", "PLC", "Plc",  "GmbH",
                                                "Pty",  "Pvt.", "S.A.", "N.V.", "B.V.", "AG"};
  if (w.size() < 2 || w.size() > 6) return false;
  // Every form opens on one of these bytes; most words after a comma do not.
  switch (w[0]) {
    case 'I': case 'L': case 'C': case 'P': case 'G': case 'S': case 'N': case 'B': case 'A':
      break;
    default:
      return false;
  }
  for (std::string_view f : kForms)
    if (f[0] == w[0] && w == f) return true;
  return false;
}

void JoinCorporateSuffixes(const Gazetteer& gaz, Scratch* s) {
  const size_t n = s->words.size();
  if (n < 3) return;
  const auto& lv = s->features.lower_view;
  const auto& caps = s->features.capitalised;
  const int org = LabelType(kBOrg), oth = LabelType(kBOth);
  std::vector<LabelSpan>& v = s->label_spans;
  const uint8_t* cap_flags = caps.data();  // held in a register across the scan
  for (size_t k = 2; k < n; ++k) {
    // Asked of every word: the capital flag first (every form is capitalised).
    if (!cap_flags[k]) continue;
    const std::string_view comma = s->words[k - 1];
    if (comma.size() != 1 || comma[0] != ',' || !IsCorporateForm(s->words[k])) continue;
    if (!caps[k - 2] || !HasLetter(s->words[k - 2])) continue;
    // The mention holding the word before the comma, and one holding the
    // form (the tagger read on over it).
    const LabelSpan* before = nullptr;
    const LabelSpan* after = nullptr;
    for (const LabelSpan& q : v) {
      if (q.begin <= k - 2 && k - 2 < q.end) before = &q;
      if (q.begin <= k && k < q.end) after = &q;
    }
    if (before && before->type == oth && before->end - before->begin == 1) continue;  // a nationality word
    size_t b = k - 2;
    if (before) {
      b = before->begin;
    } else {
      // An untagged run of capitalised words.
      // It stops at another mention, which it takes in when that is a
      // place or an organisation ending right there ("Zorblatt" read as
      // a place + "Mining , Ltd."), not a person ("Maria Lopez").
      auto span_at = [&](size_t i) -> const LabelSpan* {
        for (const LabelSpan& q : v)
          if (q.begin <= i && i < q.end) return &q;
        return nullptr;
      };
      while (b > 0 && k - 2 - b < 3 && caps[b - 1] && HasLetter(s->words[b - 1]) && !IsStopword(s->words[b - 1]) &&
             !IsTitleWord(lv[b - 1])) {
        if (const LabelSpan* q = span_at(b - 1)) {
          if (q->type == LabelType(kBLoc) || q->type == org) b = q->begin;
          break;
        }
        --b;
      }
      // "AG" is also an Attorney General: not after a lone common word.
      if (s->words[k] == "AG" && b == k - 2 && IsCommonWord(gaz, s->words[b])) continue;
    }
    LabelSpan rest{0, 0, 0};  // the place of a name read on over "of"
    uint32_t end = static_cast<uint32_t>(k + 1);
    if (after && after->end > k + 1) {
      if (lv[k + 1] != "of" || after->end <= k + 2) continue;  // some other reading: leave it
      const std::span<const std::string_view> tail(lv.data() + k + 2, after->end - (k + 2));
      if (gaz.Find(tail) & (kGazCountry | kGazRegion | kGazCity))
        rest = LabelSpan{static_cast<uint32_t>(k + 2), after->end, LabelType(kBLoc)};
      end = after->end;  // the spans up to here are replaced
    }
    std::vector<LabelSpan> keep;
    keep.reserve(v.size() + 2);
    for (const LabelSpan& q : v)
      if (q.end <= b || q.begin >= end) keep.push_back(q);
    keep.push_back(LabelSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(k + 1), org});
    if (rest.end > 0) keep.push_back(rest);
    v.swap(keep);
    SortLabelSpansByStart(s);
  }
}

// Names joined by "&" are one organisation: "D.E. Shaw & Co.", "Ernst &
// Young", "Simon & Schuster" (the tagger reads a person and a corporate
// form, or two names). The part after "&" is one to three capitalised
// words; the part before is the mention ending right before "&", or one or
// two capitalised words.
void JoinAmpersandNames(Scratch* s) {
  const size_t n = s->words.size();
  std::vector<LabelSpan>& v = s->label_spans;
  const int org = LabelType(kBOrg);
  for (size_t k = 1; k + 1 < n; ++k) {
    if (s->words[k] != "&" || !StartsUpper(s->words[k - 1]) || !StartsUpper(s->words[k + 1])) continue;
    size_t b = k - 1, e = k + 1;
    while (b > 0 && k - b < 2 && StartsUpper(s->words[b - 1]) && !IsStopword(s->words[b - 1])) --b;
    while (e < n && e - k <= 3 && StartsUpper(s->words[e]) && !IsStopword(s->words[e])) ++e;
    // Mentions overlapping the run widen it and are replaced.
    for (const LabelSpan& q : v)
      if (q.begin < e && q.end > b) {
        b = std::min<size_t>(b, q.begin);
        e = std::max<size_t>(e, q.end);
      }
    std::erase_if(v, [&](const LabelSpan& q) { return q.begin < e && q.end > b; });
    LabelSpan add{static_cast<uint32_t>(b), static_cast<uint32_t>(e), org};
    auto at = std::lower_bound(v.begin(), v.end(), add,
                               [](const LabelSpan& x, const LabelSpan& y) { return x.begin < y.begin; });
    v.insert(at, add);
    k = e;
  }
}

// A known first name closing a mention of two or more words, right before
// a capitalised word, opens the next name: "Undersecretary for Management
// Patrick Kennedy" was "Management Patrick" + "Kennedy", "Political Affairs
// Wendy Sherman" likewise. The first name goes to the person after it; both
// words must be no common word and the second no day, month, title or party
// word. Places keep their words ("South Carolina Republicans", "Santa
// Monica").
void HandFirstNamesOn(const Gazetteer& gaz, Scratch* s) {
  const auto& lv = s->features.lower_view;
  const size_t n = s->words.size();
  std::vector<LabelSpan>& v = s->label_spans;
  const int per = LabelType(kBPer);
  for (size_t k = 0; k < v.size(); ++k) {
    LabelSpan& a = v[k];
    const uint32_t last = a.end - 1;
    if (a.end - a.begin < 2 || a.type == per || a.type == LabelType(kBLoc) || a.end >= n ||
        !StartsUpper(s->words[a.end]) || IsTitleWord(lv[a.end]) || IsPartyWord(lv[a.end]) ||
        !StartsUpper(s->words[last]) || AllUpper(s->words[last]) || !LexiconFirstNames().contains(std::string(lv[last])))
      continue;
    // Both words name someone: no common word ("Court", "Storm", "Day",
    // "Housing") and no day or month ("New York Monday").
    if (IsCalendarWord(lv[a.end]) || IsCommonWord(gaz, s->words[last]) || IsCommonWord(gaz, s->words[a.end]))
      continue;
    // The surname: the mention starting right after, or the bare word.
    if (k + 1 < v.size() && v[k + 1].begin == a.end) {
      LabelSpan& b = v[k + 1];
      if (b.type != per && b.end - b.begin > 1) continue;
      b.begin = last;
      b.type = per;
    } else {
      LabelSpan add{last, a.end + 1, per};
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(k) + 1, add);
    }
    v[k].end = last;  // (v may have grown: index again)
  }
}

}  // namespace crosscheck::entity_internal
