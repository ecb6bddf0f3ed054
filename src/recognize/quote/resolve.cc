// Resolution keeps three memories: the people named so far (with the role
// they were given and the last sentence they appeared in), every speaker
// resolved so far, and the last indefinite role phrase ("another Ukrainian
// soldier"). A pronoun takes the most recent candidate by sentence among the
// last person speaker, the last person mentioned and the last role phrase;
// on a tie the speaker wins, so "X said … her husband, Y. “…,” she added"
// stays with X. "it" takes the last organisation; "they"/"we" the last
// group, organisation or role phrase. Surnames match the last token of a
// person already named; a full name matches an earlier one with the same
// first and last token ("Mark Heller" = "Mark Jay Heller").
//
// This file reads one speaker phrase (Resolve); the memories themselves are
// kept in speaker_memory.cc.

#include "recognize/quote/resolve.h"

#include <algorithm>
#include <iterator>

#include "recognize/entity/word_senses.h"
#include "recognize/quote/cues.h"
#include "recognize/quote/lexicon.h"
#include "recognize/quote/speaker_entity.h"
#include "recognize/quote/speaker_names.h"
#include "recognize/quote/speaker_words.h"

namespace crosscheck {

namespace lx = quote_lexicon;


namespace {

// A role head that can be one known person: not a plural ("protesters",
// "officials", "men"), a document ("letter", "statement") or a generic
// person noun ("man", "woman", "guy"), which news uses for people it has
// not named.
bool RoleCanNameOnePerson(std::string_view head) {
  if (head.empty() || IsDocumentNoun(head)) return false;
  if (head == "man" || head == "woman" || head == "men" || head == "women" || head == "guy" || head == "lady" ||
      head == "boy" || head == "girl" || head == "people" || head == "crowd" || head == "audience" ||
      head == "narrator" || head == "announcer")  // the voice of an ad or a broadcast
    return false;
  // Plural -s ("protesters", "residents"), not -ss ("boss") or -us.
  const bool plural = head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's' &&
                      head[head.size() - 2] != 'u' && head[head.size() - 2] != '\'';
  return !plural;
}

// "An organizer … the organizer said", "a designer who works for … the
// designer": the text introduced someone it does not name with an
// indefinite phrase of this head before token `before` (the determiner at
// most four words before the head, no punctuation between), so the
// definite phrase is that person, not the last person spoken of. Reads at
// most the 2,000 tokens before (bounded work on very long texts).
bool IntroducedUnnamed(const TokenView& tv, int before, std::string_view head) {
  for (int k = std::max(1, before - 2000); k < before; ++k) {
    if (tv.Lower(k) != head || tv.IsCap(k)) continue;
    for (int j = k - 1; j >= 0 && j >= k - 4 && tv.IsWord(j); --j)
      if (tv.Is(j, "a") || tv.Is(j, "an") || tv.Is(j, "another") || tv.Is(j, "one")) return true;
  }
  return false;
}

// An organisation noun that any organisation can be called ("the group",
// "the organization"), unlike "the campaign" or "the ministry", which name
// an organisation of that kind.
bool IsGenericOrgNoun(std::string_view head) {
  return head == "group" || head == "organization" || head == "organisation";
}

bool ContainsWord(const std::string& haystack_lower, std::string_view word) {
  size_t k = 0;
  while ((k = haystack_lower.find(word, k)) != std::string::npos) {
    bool left = k == 0 || haystack_lower[k - 1] == ' ';
    size_t end = k + word.size();
    bool right = end == haystack_lower.size() || haystack_lower[end] == ' ' || haystack_lower[end] == ',';
    if (left && right) return true;
    ++k;
  }
  return false;
}

// The word `head` as a role in `role` ("president" in "President",
// "U.S. president"), not as the second word of another office ("Vice
// President", "Deputy Foreign Minister", "former president"): such a
// modifier must then also be in the phrase (`phrase_lower`, "the vice
// president", "the deputy minister").
// A role with its abbreviated titles written out ("Gov. Paul LePage" is
// "the governor", "Sen." a senator, "Rep." a representative); other words
// as written.
std::string RoleWords(const std::string& role) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
      {"gov.", "governor"}, {"sen.", "senator"},   {"rep.", "representative"}, {"gen.", "general"},
      {"lt.", "lieutenant"}, {"sec.", "secretary"}, {"atty.", "attorney"},      {"pres.", "president"},
      {"supt.", "superintendent"}, {"cmdr.", "commander"}, {"adm.", "admiral"}, {"prof.", "professor"}};
  const std::string lower = speaker_words::AsciiLower(role);
  std::string out;
  size_t k = 0;
  while (k <= role.size()) {
    size_t e = role.find(' ', k);
    if (e == std::string::npos) e = role.size();
    std::string_view w = std::string_view(role).substr(k, e - k);  // as written (case kept)
    const std::string_view lw = std::string_view(lower).substr(k, e - k);
    for (const auto& [abbrev, full] : kAbbrev)
      if (lw == abbrev) {
        w = full;
        break;
      }
    if (!out.empty()) out.push_back(' ');
    out.append(w);
    k = e + 1;
  }
  return out;
}

// `abbreviations`: read "Gov." as "governor" (RoleWords); only for the
// subject of a sentence before a pronoun (RoleHolder): a speaker "the
// senator" keeps to the roles written out, or it took an older "Sen. X"
// over the senator its own sentence is about.
bool HoldsRole(const std::string& role_written, std::string_view head, const std::string& phrase_lower,
               bool abbreviations = false) {
  const std::string role = abbreviations ? RoleWords(role_written) : role_written;
  const std::string role_lower = speaker_words::AsciiLower(role);
  size_t k = 0;
  while ((k = role_lower.find(head, k)) != std::string::npos) {
    const size_t end = k + head.size();
    const bool left = k == 0 || role_lower[k - 1] == ' ';
    const bool right = end == role_lower.size() || role_lower[end] == ' ' || role_lower[end] == ',';
    // A title followed by a name is that name's, not the role holder's:
    // "daughter of former Vice President Dick Cheney" does not make her
    // "the vice president".
    const bool names_another = end + 1 < role.size() && role[end] == ' ' && role[end + 1] >= 'A' &&
                               role[end + 1] <= 'Z';
    if (left && right && !names_another) {
      // The role's words before the head, from the nearest.
      bool other_office = false;
      size_t w_end = k;
      while (w_end > 0 && !other_office) {
        size_t w_b = role_lower.rfind(' ', w_end - 2);
        w_b = w_b == std::string::npos ? 0 : w_b + 1;
        const std::string_view w = std::string_view(role_lower).substr(w_b, w_end - 1 - w_b);
        if (w == "vice" || w == "deputy" || w == "assistant" || w == "former" || w == "ex" || w == "associate" ||
            w == "lieutenant" || w == "acting" || w == "under" || w == "sub")
          other_office = !ContainsWord(phrase_lower, w);
        if (w_b == 0) break;
        w_end = w_b;
      }
      if (!other_office) return true;
    }
    ++k;
  }
  return false;
}

// The role a person was given names an office other than `head` ("F.B.I.
// agent", "Sen." against "the mayor"): a title or role noun in it, none of
// them `head`. A role the text never gave says nothing.
bool HoldsOtherOffice(const std::string& role_written, std::string_view head, const std::string& phrase_lower) {
  if (role_written.empty() || HoldsRole(role_written, head, phrase_lower, /*abbreviations=*/true)) return false;
  const std::string role = speaker_words::AsciiLower(RoleWords(role_written));
  size_t b = 0;
  while (b < role.size()) {
    size_t e = role.find_first_of(" ,", b);
    if (e == std::string::npos) e = role.size();
    const std::string_view w = std::string_view(role).substr(b, e - b);
    if (!w.empty() && (lx::IsTitle(w) || lx::IsRoleNoun(w)) && !lx::IsOrgNoun(w) && !lx::IsRankOrModifier(w))
      return true;
    b = e + 1;
  }
  return false;
}

// "Hollis did not sound sure when Moran asked whether …": person `name`
// spoke in sentence `s` through a verb of asking ("asked", "asks",
// "wondered"), its name (adverbs aside) right before the verb, outside quotes.
bool AskedIn(const TokenView& tv, const std::string& name, int s) {
  if (s < 0 || name.empty()) return false;
  const size_t sp = name.rfind(' ');
  const std::string_view last = sp == std::string::npos ? std::string_view(name) : std::string_view(name).substr(sp + 1);
  for (int k = tv.SentenceBegin(s) + 1; k < tv.SentenceEnd(s); ++k) {
    if (!tv.IsWord(k) || !lx::IsAskingVerb(tv.Lower(k)) || tv.InAnyQuote(k)) continue;
    int j = k - 1;
    while (j > tv.SentenceBegin(s) && tv.Has(j, lx::kVerbAdverb)) --j;
    if (tv.IsWord(j) && tv.StripPossessive(tv.Text(j)) == last) return true;
  }
  return false;
}

}  // namespace

int SpeakerContext::RoleHolder(std::string_view head, const std::string& phrase_lower, int s) const {
  int best = -1;
  for (int k = 0; k < static_cast<int>(persons_.size()); ++k)
    if (persons_[k].sentence <= s && HoldsRole(persons_[k].role, head, phrase_lower, /*abbreviations=*/true) &&
        (best < 0 || persons_[k].sentence >= persons_[best].sentence))
      best = k;
  return best;
}

ResolvedSpeaker SpeakerContext::Resolve(const SpeakerPhrase& p, int sentence) {
  ResolvedSpeaker r;
  r.kind = p.kind;
  r.head = p.head;
  r.role = p.role;
  r.entity = p.entity;
  r.indefinite = p.indefinite;
  r.sentence = sentence;
  switch (p.kind) {
    case SpeakerKind::kNone:
      return r;
    case SpeakerKind::kPerson: {
      // "Sanders' widely criticized April 1 interview": a date is no one.
      if (p.name_e - p.name_b == 1 && speaker_words::MonthBeforeNumber(tv_, p.name_b)) {
        r.kind = SpeakerKind::kNone;
        return r;
      }
      if (!p.conjuncts.empty()) {
        std::string joined;
        for (const std::string& c : p.conjuncts) {
          bool surname = c.find(' ') == std::string::npos;
          int k = FindPerson(c, surname, !surname, sentence);
          if (!joined.empty()) joined += " and ";
          joined += k >= 0 ? persons_[k].name : c;
        }
        r.name = joined;
        Remember(r);
        return r;
      }
      int k = FindPerson(p.text, p.surname_only, true, sentence, p.surname_only ? speaker_words::AddressGender(tv_, p.name_b) : 0);
      Person& person = persons_[k];
      if (!p.role.empty() && person.role.empty()) person.role = p.role;
      if (p.entity >= 0 && person.entity < 0) person.entity = p.entity;
      r.name = person.name;
      if (r.role.empty()) r.role = person.role;
      if (r.entity < 0) r.entity = person.entity;
      Remember(r);
      return r;
    }
    case SpeakerKind::kPronoun: {
      std::string lw = speaker_words::AsciiLower(p.text);
      std::optional<ResolvedSpeaker> best;
      auto consider = [&](const std::optional<ResolvedSpeaker>& c) {
        if (c && (!best || c->sentence > best->sentence)) best = c;
      };
      std::optional<ResolvedSpeaker> mention;
      if (last_mention_ >= 0) mention = FromPerson(last_mention_, last_mention_sentence_);
      if (lw == "it") {
        // The last organisation, or a document that spoke after it ("“…,”
        // the email read. It stated that …": the email, not the department
        // named before).
        for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
          if (speaker_names::NamesMany(it->name)) continue;
          if (it->kind == SpeakerKind::kOrg) { best = *it; break; }
          if (it->kind == SpeakerKind::kGroup && (IsDocumentNoun(it->head) || IsCommunicationNoun(it->head))) {
            best = *it;
            break;
          }
        }
        if (std::optional<ResolvedSpeaker> subj = SubjectBefore(sentence, true); subj && !speaker_names::NamesMany(subj->name))
          consider(subj);
        // The organisation or document the last sentences are about (their
        // subject, read across an opening phrase and an aside) outranks a
        // source cited inside the same sentence: "The memo … warned that
        // the state police advised “…”. It said …" is the memo.
        std::optional<ResolvedSpeaker> topic = TopicBefore(sentence);
        if (topic && (!best || topic->sentence >= best->sentence)) best = topic;
        // Only a document reads: "A coalition … sent a letter urging … “…,”
        // it read." is the letter the sentences before name, even as an
        // object, not the last organisation or the coalition.
        if (p.e < tv_.size() && (tv_.Is(p.e, "read") || tv_.Is(p.e, "reads")))
          if (std::optional<ResolvedSpeaker> doc = DocumentBefore(sentence, p.b)) best = doc;
      } else if ((lw == "we" || lw == "i") && !tv_.InAnyQuote(p.b)) {
        // The narrator ("We asked our followers …", a columnist's "I"):
        // the outlet or the writer, never the last organisation or person
        // the text named. Kept as written.
      } else if (lx::IsPluralPronoun(lw)) {
        // A single document that spoke ("the letter read") is "it", never
        // "they" ("the polls show" still is).
        auto one_document = [](std::string_view h) {
          return (IsDocumentNoun(h) || IsCommunicationNoun(h)) &&
                 (!h.ends_with('s') || h.ends_with("sis") || h.ends_with("sus"));
        };
        for (auto it = history_.rbegin(); it != history_.rend(); ++it)
          if (it->kind == SpeakerKind::kOrg || (it->kind == SpeakerKind::kGroup && !one_document(it->head))) {
            best = *it;
            break;
          }
        if (last_role_mention_ && !one_document(last_role_mention_->head)) consider(last_role_mention_);
        consider(SubjectBefore(sentence, false));
        // Two people the pronoun's own sentence joined by "and" before it
        // are nearer than any earlier group.
        if (std::optional<ResolvedSpeaker> pair = CoordinatedPersonsBefore(sentence, p.b)) best = pair;
        if (!best) {
          consider(last_person_speaker_);
          // A single person standing in for "they" was not spoken of
          // again: the answer does not make that person more recent for
          // a later "he" ("…, he warned" after "they will hold banners"
          // is still the man the text was about, session 14).
          if (best) {
            ResolvedSpeaker out = *best;
            out.sentence = sentence;
            return out;
          }
        }
      } else {
        // he/she skip a person whose first name or title says the other
        // gender (the most recent compatible speaker and mention compete).
        const char g = lx::PronounGender(lw);
        bool use_majority = true;  // off for the second pass below
        auto fits = [&](const std::string& name, const std::string& role) {
          // A pair ("Ted Cruz and Carly Fiorina") is no "he" or "she"; the
          // names were also registered one by one.
          if (name.find(" and ") != std::string::npos || name.find(" & ") != std::string::npos) return false;
          char ng = lx::PersonNameGender(name, role);
          if (!ng) ng = lx::RoleGender(role);  // "Ann Lee, a spokeswoman for ..."
          if (!ng) {  // "Christie …, he said": a pronoun resolved to this person before
            auto it = pronoun_gender_.find(name);
            if (it != pronoun_gender_.end()) ng = it->second;
          }
          // Weakest: the majority gender of a first name the Moby lists
          // leave open ("George H.W. Bush", "Billie Jean King"), unless
          // the text's own pronouns say otherwise ("Sen. Lindsey Graham
          // called out his rival").
          if (!ng && use_majority) {
            auto known = majority_gender_.find(name);
            if (known != majority_gender_.end()) {
              ng = known->second;
            } else if ((ng = lx::NameMajorityGender(name)) != 0) {
              auto k = by_name_.find(name);
              if (k != by_name_.end()) {
                // The text's pronouns, once they have spoken, settle it for
                // good; until then the majority holds for this reading only
                // (a "his" in the sentence being read is not noted yet).
                if (const char tg = TextGender(k->second)) {
                  ng = tg;
                  majority_gender_[name] = ng;
                }
              }
            }
          }
          return !g || !ng || ng == g;
        };
        // Two passes: the second, without the majority gender, only when
        // the first leaves no one ("Chris Dale … he said. … Terry Nolan.
        // “…,” she said": Terry, though the name is mostly a man's).
        const std::optional<ResolvedSpeaker> mention0 = mention;
        std::optional<ResolvedSpeaker> speaker;
        for (int pass = 0; pass < 2; ++pass) {
          use_majority = pass == 0;
          speaker = last_person_speaker_;
          mention = mention0;
          if (speaker && !fits(speaker->name, speaker->role)) {
            speaker.reset();
            for (auto it = history_.rbegin(); it != history_.rend(); ++it)
              if (it->kind == SpeakerKind::kPerson && fits(it->name, it->role)) { speaker = *it; break; }
          }
          if (mention && !fits(mention->name, mention->role)) {
            mention.reset();
            for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
              if (fits(persons_[it->first].name, persons_[it->first].role)) { mention = FromPerson(it->first, it->second); break; }
          }
          if (speaker || mention) break;
        }
        // The subject of the mention's sentence is its most salient person
        // ("Speaking in Salem, New Hampshire, Trump went after Bush": Trump,
        // not the place or the object). Read here, when a pronoun speaks,
        // not for every sentence.
        bool mention_subject = false;
        if (mention) {
          const int sp = SubjectPersonOf(mention->sentence);
          if (sp >= 0 && fits(persons_[sp].name, persons_[sp].role)) {
            mention_subject = true;
            if (persons_[sp].name != mention->name) mention = FromPerson(sp, mention->sentence);
          }
        }
        // A definite description as the subject, with a person named
        // before it in its sentence: "Though Hale was not willing to say
        // …, the front-runner did offer his opinion": the description is
        // that person, the sentence's salient one (not a person in passing
        // whom the last speaker outranks). Not a plural, a document, an
        // organisation or an anonymous source ("the official").
        if (mention && !mention_subject && g) {
          const int ms_b = tv_.SentenceBegin(mention->sentence), ms_e = tv_.SentenceEnd(mention->sentence);
          const SpeakerPhrase ms = SentenceSubject(tv_, ms_b, ms_e, entities_);
          if (ms.ok() && ms.kind == SpeakerKind::kGroup && ms.definite && ms.b > ms_b && ms.e - ms.b <= 4 &&
              !ms.head.empty() && RoleCanNameOnePerson(ms.head) && !lx::IsOrgNoun(ms.head) &&
              !lx::IsAnonymousNoun(ms.head) && (lx::IsRoleNoun(ms.head) || lx::IsPersonNoun(ms.head)) &&
              !tv_.InClosedQuote(ms.b)) {
            const int k = NearestPersonBefore(mention->sentence, ms.b);
            if (k >= 0 && fits(persons_[k].name, persons_[k].role)) {
              mention = FromPerson(k, mention->sentence);
              mention_subject = true;
            }
          }
        }
        // A he/she subject in one of the two sentences before, with no
        // speaker of its own, continues the person named as the subject
        // just before it: "Billie Jean King remembered Ali. She saw him
        // fight in 1971. “…,” she said." is King, not a person named in
        // passing in between nor an older speaker.
        if (g) {
          const std::string_view pro = g == 'f' ? "she" : "he";
          for (int s1 = sentence - 1; s1 >= 1 && sentence - s1 <= 2; --s1) {
            // Cheap first: the pronoun must be among the sentence's first
            // words (its subject), before SentenceSubject is read.
            bool has = false;
            for (int k = tv_.SentenceBegin(s1); k < tv_.SentenceEnd(s1) && k < tv_.SentenceBegin(s1) + 12 && !has; ++k)
              has = tv_.Is(k, pro);
            if (!has) continue;
            const SpeakerPhrase ps =
                SentenceSubject(tv_, tv_.SentenceBegin(s1), tv_.SentenceEnd(s1), entities_);
            if (!ps.ok() || ps.kind != SpeakerKind::kPronoun || tv_.InClosedQuote(ps.b) ||
                lx::PronounGender(speaker_words::AsciiLower(ps.text)) != g)
              continue;
            const int sp = SubjectPersonOf(s1 - 1);
            if (sp >= 0 && fits(persons_[sp].name, persons_[sp].role) && (!mention || mention->sentence <= s1)) {
              mention = FromPerson(sp, s1);
              mention_subject = true;
            }
            break;
          }
        }
        // "Moderator Lee Park asked Hale whether he would accept the
        // result. “I will look at it at the time,” he said": a quote opening
        // the sentence after a question put to a person is that person's
        // answer.
        std::optional<ResolvedSpeaker> answerer;
        if (g && p.b >= 2) {
          // The quote right before the cue ("“…,” he said"), opening its
          // sentence.
          int close = p.b - 1;
          while (close > 0 && close >= p.b - 2 && !tv_.IsQuoteMark(close)) --close;
          int open = close - 1;
          while (open >= 0 && close - open < 400 && !tv_.IsQuoteMark(open)) --open;
          if (tv_.IsQuoteMark(close) && open >= 0 && tv_.IsQuoteMark(open) &&
              tv_.SentenceBegin(tv_.SentenceOf(open)) == open && tv_.SentenceOf(open) >= 1) {
            const int asked = AskedPersonOf(tv_.SentenceOf(open) - 1);
            if (asked >= 0 && fits(persons_[asked].name, persons_[asked].role))
              answerer = FromPerson(asked, tv_.SentenceOf(open) - 1);
          }
        }
        // The asker does not answer: "Hollis did not sound sure when Moran
        // asked whether Republicans would hold the House. “…,” he said" —
        // Moran spoke through a verb of asking in a sentence whose subject
        // is another person, who answers (the speaker won the tie).
        if (speaker && mention && mention_subject && mention->name != speaker->name &&
            mention->sentence == speaker->sentence && AskedIn(tv_, speaker->name, speaker->sentence))
          speaker.reset();
        // Salience: the last speaker outranks a person named in passing
        // since (not as a sentence's subject) within the next two sentences.
        if (speaker && mention && !mention_subject && mention->name != speaker->name &&
            mention->sentence - speaker->sentence <= 2)
          mention.reset();
        // The subject of the pronoun's own sentence, named before it, is
        // its antecedent ("Trump has blasted the system, which he said is
        // rigged": not the last speaker; session 13). Read only here.
        // A full name named here for the first time is registered; a lone
        // capitalised word must be a person known already (a sentence
        // opening "Conceding that …" or "Things" is no one).
        std::optional<ResolvedSpeaker> own;
        const SpeakerPhrase subj =
            SentenceSubject(tv_, tv_.SentenceBegin(sentence), tv_.SentenceEnd(sentence), entities_);
        if (subj.ok() && subj.kind == SpeakerKind::kPerson && subj.conjuncts.size() <= 1 && subj.name_e <= p.b &&
            !tv_.InClosedQuote(subj.name_b) &&
            !speaker_words::PlaceEntityAt(tv_, subj.name_b, subj.name_e, entities_)) {
          const bool full = subj.text.find(' ') != std::string::npos;
          const int k = FindPerson(subj.text, subj.surname_only, full, sentence);
          if (k >= 0 && fits(persons_[k].name, persons_[k].role)) own = FromPerson(k, sentence);
        }
        // A pronoun that is not its sentence's subject, after a person
        // named earlier in that sentence: the nearest such name ("The
        // latest is Rep. Joe Wilson, the congressman who gained attention
        // when he yelled “You lie!”"; session 13).
        // A pronoun right after a comma opens a main clause ("Asked about
        // the race, in which Trump …, she replied"): no such reading.
        if (!own && !(subj.ok() && subj.kind == SpeakerKind::kPronoun) && p.b > tv_.SentenceBegin(sentence) &&
            tv_.IsWord(p.b - 1)) {
          const int k = NearestPersonBefore(sentence, p.b);
          if (k >= 0 && fits(persons_[k].name, persons_[k].role)) own = FromPerson(k, sentence);
        }
        consider(speaker);
        consider(mention);
        consider(last_role_mention_);
        for (auto it = history_.rbegin(); it != history_.rend(); ++it)
          if (it->kind == SpeakerKind::kGroup && !lx::IsOrgNoun(it->head) && it->indefinite) {
            consider(*it);
            break;
          }
        // The asker, who spoke in the same sentence as a cue of asking,
        // does not take the answer.
        if (answerer && (!best || best->sentence <= answerer->sentence)) best = answerer;
        if (own) best = own;
        // The quote the cue closes speaks of the chosen person in the third
        // person, by title or full name ("“… whether Senator Sanders's
        // message could go toe to toe …,” he said" after "Jeff Weaver said
        // Sanders believes …"): the person is its subject, not its
        // speaker. The latest other person speaker who fits, not named so
        // in the quote, speaks (from the last three sentences).
        if (g && best && best->kind == SpeakerKind::kPerson && !own && p.b >= 2) {
          int close = p.b - 1;
          while (close > 0 && close >= p.b - 2 && !tv_.IsQuoteMark(close)) --close;
          int open = close - 1;
          while (open >= 0 && close - open < 400 && !tv_.IsQuoteMark(open)) --open;
          auto named_in_quote = [&](const std::string& name) {
            if (!tv_.IsQuoteMark(close) || open < 0 || !tv_.IsQuoteMark(open)) return false;
            const size_t sp = name.rfind(' ');
            const std::string_view last = sp == std::string::npos ? std::string_view(name)
                                                                   : std::string_view(name).substr(sp + 1);
            const std::string_view first = sp == std::string::npos ? std::string_view()
                                                                    : std::string_view(name).substr(0, name.find(' '));
            for (int k = open + 2; k < close; ++k) {
              if (tv_.StripPossessive(tv_.Text(k)) != last) continue;
              if (tv_.Has(k - 1, lx::kTitle) && tv_.IsCap(k - 1)) return true;
              if (!first.empty() && tv_.Text(k - 1) == first) return true;
            }
            return false;
          };
          if (named_in_quote(best->name)) {
            for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
              if (it->sentence < sentence - 3) break;
              if (it->kind != SpeakerKind::kPerson || it->name == best->name || !fits(it->name, it->role) ||
                  named_in_quote(it->name))
                continue;
              best = *it;
              break;
            }
          }
        }
      }
      if (!best) {
        r.name = p.text;
        Remember(r);
        return r;
      }
      ResolvedSpeaker out = *best;
      out.sentence = sentence;
      if (const char g = lx::PronounGender(lw); g && out.kind == SpeakerKind::kPerson &&
                                                 !lx::PersonNameGender(out.name, out.role) && !lx::RoleGender(out.role))
        pronoun_gender_.try_emplace(out.name, g);
      // "Woodrow Benford says he didn't know much about Sanders before he
      // announced his bid": a second cue of the sentence whose pronoun
      // names someone else is nested in the first speaker's words; the
      // sentence's speaker stays the one a later "he said" continues
      // (session 14).
      const std::optional<ResolvedSpeaker> outer = last_person_speaker_;
      Remember(out);
      if (outer && outer->sentence == sentence && outer->kind == SpeakerKind::kPerson && out.name != outer->name &&
          lw != "it" && !lx::IsPluralPronoun(lw))
        last_person_speaker_ = outer;
      return out;
    }
    case SpeakerKind::kOrg:
    case SpeakerKind::kGroup: {
      // A lone capitalised word the entity tagger took for a place or an
      // organisation is the surname of a person already named ("Sen.
      // Lindsey Graham …" then "Graham said"): the document decides.
      if (p.kind == SpeakerKind::kOrg && p.name_e - p.name_b == 1 && tv_.IsCap(p.name_b)) {
        auto it = by_last_.find(tv_.StripPossessive(tv_.Text(p.name_b)));
        if (it != by_last_.end()) {
          SpeakerPhrase person = p;
          person.kind = SpeakerKind::kPerson;
          person.text = std::string(tv_.StripPossessive(tv_.Text(p.name_b)));
          person.surname_only = true;
          person.entity = -1;
          return Resolve(person, sentence);
        }
      }
      r.name = p.text;
      // Short: the phrase, or its head part when an aside follows it ("The
      // president, speaking at the White House, said").
      const int length = p.name_b >= 0 ? std::min(p.e - p.b, p.name_e - p.b) : p.e - p.b;
      bool short_definite = p.definite && length <= 7;
      if (short_definite && !r.head.empty()) {
        const std::string phrase_lower = speaker_words::AsciiLower(p.text);
        const bool plural = lx::IsPluralPersonNoun(r.head);
        // Same head as an earlier speaker or an earlier person's role.
        for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
          if (it->kind == SpeakerKind::kPronoun) continue;
          // "A letter" that spoke as "it" says less than "the staff letter".
          if (it->indefinite && IsDocumentNoun(it->head)) continue;
          // An organisation noun names an earlier organisation, not a
          // person or role it modifies ("the campaign" is not "Donald
          // Trump's campaign manager").
          const bool org_only = lx::IsOrgNoun(r.head) && it->kind != SpeakerKind::kOrg;
          // A plural ("the bill's proponents") is no one person whose role
          // holds the word ("Cornyn, one of the bill's leading proponents").
          const bool group_only = plural && it->kind == SpeakerKind::kPerson;
          if (it->head == r.head ||
              (!org_only && !group_only && (HoldsRole(it->name, r.head, phrase_lower) ||
                             HoldsRole(it->role, r.head, phrase_lower))) ||
              (lx::IsOrgNoun(r.head) && it->kind == SpeakerKind::kOrg && ContainsWord(speaker_words::AsciiLower(it->name), r.head))) {
            ResolvedSpeaker out = *it;
            out.sentence = sentence;
            Remember(out);
            return out;
          }
        }
        // A generic organisation noun ("the group", "the organization")
        // is the organisation spoken of last: the last organisation
        // speaker of the three sentences before, or a later organisation
        // subject of those ("The Sierra Club sued …. “…,” the group
        // said"); never a document ("a statement") or an older speaker.
        if (IsGenericOrgNoun(r.head)) {
          std::optional<ResolvedSpeaker> org;
          for (auto it = history_.rbegin(); it != history_.rend() && it->sentence >= sentence - 3; ++it)
            if (it->kind == SpeakerKind::kOrg && !IsGenericOrgNoun(it->head) && !IsDocumentNoun(it->head) &&
                it->indefinite == false) {
              org = *it;
              break;
            }
          std::optional<ResolvedSpeaker> subj = SubjectBefore(sentence, true);
          if (subj && IsGenericOrgNoun(subj->head)) subj.reset();
          // A named organisation subject by its name, not the words its
          // phrase ran on to ("Sierra Club sued the agency").
          if (subj && subj->name_e > subj->name_b)
            subj->name = NameText(tv_, subj->name_b, subj->name_e);
          if (subj && (!org || subj->sentence > org->sentence)) org = subj;
          if (org) {
            ResolvedSpeaker out = *org;
            out.sentence = sentence;
            Remember(out);
            return out;
          }
        }
        int best = -1;
        for (int k = 0; k < static_cast<int>(persons_.size()) && !lx::IsOrgNoun(r.head) && !plural; ++k)
          if (HoldsRole(persons_[k].role, r.head, phrase_lower) &&
              (best < 0 || persons_[k].sentence >= persons_[best].sentence))
            best = k;
        if (best >= 0) {
          ResolvedSpeaker out = FromPerson(best, sentence);
          Remember(out);
          return out;
        }
        // A person role with no match: the last person spoken of, when the
        // role can name one person. It stays as written (no name corefers)
        // for a plural or a document ("the protesters", "the letter"), a
        // generic person noun that news uses for people it does not name
        // ("the man", "the woman", who were "one man in the crowd"), and a
        // gender-marked role that the person's name or role contradicts.
        // A head outside the role list speaks for the person too when
        // WordNet says it is a person noun ("the presumptive Republican
        // presidential nominee", "the New York businessman"; session 13).
        if (p.kind == SpeakerKind::kGroup && (!p.open_head || lx::IsPersonNoun(r.head)) &&
            !lx::IsAnonymousNoun(r.head) && !lx::IsOrgNoun(r.head) && RoleCanNameOnePerson(r.head) &&
            !(p.open_head && IntroducedUnnamed(tv_, p.b, r.head))) {
          std::optional<ResolvedSpeaker> cand = last_person_speaker_;
          if (last_mention_ >= 0 && (!cand || last_mention_sentence_ > cand->sentence))
            cand = FromPerson(last_mention_, last_mention_sentence_);
          if (cand) {
            const char rg = lx::RoleGender(r.head);
            char ng = lx::PersonNameGender(cand->name, cand->role);
            if (!ng) ng = lx::RoleGender(cand->role);
            if (rg && ng && rg != ng) cand.reset();
          }
          // An office ("the mayor", "the inspector general") held by no one
          // the text named (any holder was taken above) is not the last
          // person spoken of when the text gave that person another office
          // ("Agent Doyle … the inspector general criticized"): it stays as
          // written. A person given no role may still be it ("Bernie
          // Sanders … the Vermont senator said").
          if (cand && lx::IsTitle(r.head) && HoldsOtherOffice(cand->role, r.head, phrase_lower)) cand.reset();
          // A name modifying the role ("the Lincoln actor", "the Clinton
          // aide") names someone else than the role's holder: never the
          // person so named.
          for (int k = p.b + 1; cand && k < p.e; ++k)
            if (tv_.IsWord(k) && tv_.IsCap(k) &&
                ContainsWord(cand->name, std::string(tv_.StripPossessive(tv_.Text(k)))))
              cand.reset();
          if (cand) {
            ResolvedSpeaker out = *cand;
            out.sentence = sentence;
            Remember(out);
            return out;
          }
        }
      }
      Remember(r);
      return r;
    }
  }
  return r;
}

}  // namespace crosscheck
