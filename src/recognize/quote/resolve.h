// SpeakerContext: turns speaker phrases into the speaker a reader would
// name, using what the document said before — pronouns ("he added") and
// definite roles ("the commander said", "the ministry added") resolve to the
// last compatible named speaker or person mention; surnames ("Heller") to
// the full name first given ("Mark Jay Heller"); anonymous sources ("the
// official") to the earlier speaker with the same head ("an American
// official"). Groups, roles and organisations otherwise stay as written.
//
// One context per document, fed in text order (Resolve / Note* for sentence
// s before sentence s + 1). Not thread-safe; cheap to build.
#ifndef CROSSCHECK_RECOGNIZE_QUOTE_RESOLVE_H_
#define CROSSCHECK_RECOGNIZE_QUOTE_RESOLVE_H_

#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "recognize/entity/entity.h"
#include "recognize/quote/speaker_phrase.h"
#include "recognize/quote/token_view.h"

namespace crosscheck {

struct ResolvedSpeaker {
  std::string name;   // canonical name, or group/role/organisation as written
  std::string role;   // "" = none
  int entity = -1;
  SpeakerKind kind = SpeakerKind::kNone;
  std::string head;   // lowercased head noun ("commander", "ministry")
  bool indefinite = false;  // "an Azov regiment commander"
  int sentence = -1;
  int name_b = -1, name_e = -1;  // tokens of a capitalised organisation name (SubjectBefore only)
};

class SpeakerContext {
 public:
  // Borrows `tv` and `entities` for the lifetime of the context.
  SpeakerContext(const TokenView& tv, const std::vector<Entity>& entities) : tv_(tv), entities_(entities) {}

  // The speaker `p` (found in sentence `sentence`) refers to. Records it as
  // the latest speaker of its kind.
  ResolvedSpeaker Resolve(const SpeakerPhrase& p, int sentence);
  // Records the people and indefinite role phrases ("a female soldier")
  // mentioned in sentence `s`, for later pronouns.
  void NoteMentions(int s);

 private:
  struct Person {
    std::string name;
    std::string role;
    int entity = -1;
    int sentence = -1;  // last sentence it was seen in
  };
  // Index of the person `name` (full, or a surname when `surname_only`),
  // registering a new one when unknown and `add`.
  // gender: 'm' or 'f' when a form of address says it ("Mr. Clinton",
  // "Mrs. Clinton"): a surname then skips a person known as the other.
  int FindPerson(const std::string& name, bool surname_only, bool add, int sentence, char gender = 0);
  // What the name's first word, the role, or the text's pronouns say of
  // person k's gender, else 0.
  char KnownGender(int k) const;
  ResolvedSpeaker FromPerson(int k, int sentence) const;
  void Remember(const ResolvedSpeaker& r);

  std::vector<Person> persons_;
  // Gender a "he"/"she" that resolved to a person told about that person
  // (by canonical name), kept only for names whose first name and role say
  // nothing ("Chris Christie", "Mr." absent): a later pronoun of the other
  // gender skips them.
  std::unordered_map<std::string, char> pronoun_gender_;
  // The weaker gender of a name whose first name only a majority table
  // genders (NameMajorityGender, or TextGender over it), by canonical name.
  std::unordered_map<std::string, char> majority_gender_;
  // Indexes into persons_: by full name, by "first|last" word, and by last
  // word (all people with that surname).
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, int> by_first_last_;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> by_last_;
  // Every resolved speaker, in order, each at its latest occurrence only:
  // an earlier entry equal to a later one but for its sentence is dropped
  // when the later one is remembered. Every reader scans from the back for
  // the first entry that a test of those fields (never of the position)
  // accepts, so what it finds is unchanged, and a long document's history
  // holds its distinct speakers, not one entry per cue.
  std::list<ResolvedSpeaker> history_;
  std::unordered_map<std::string, std::list<ResolvedSpeaker>::iterator> history_at_;  // by all fields but sentence
  std::optional<ResolvedSpeaker> last_person_speaker_;
  int last_mention_ = -1;        // index into persons_
  int last_mention_sentence_ = -1;
  std::vector<std::pair<int, int>> mentions_;  // (person, sentence) of every mention, in order
  // NoteMentions' name spans of one sentence, kept to reuse their memory.
  std::vector<std::pair<int, int>> note_names_, note_mentions_;
  std::optional<ResolvedSpeaker> last_role_mention_;
  // The nearest subject before sentence s (up to three sentences back) that
  // is an organisation (`org`) or a group: "The central bank held rates." for
  // a later "it", "Local residents gathered …" for "they". Read lazily,
  // only when such a pronoun speaks.
  std::optional<ResolvedSpeaker> SubjectBefore(int s, bool org) const;
  // The subject of one of the two sentences before s that is an
  // organisation or a definite document ("The memo, sent …, warned"), for
  // "it"; none when a person is the nearer subject. Read lazily.
  std::optional<ResolvedSpeaker> TopicBefore(int s) const;
  // The last document noun phrase with its determiner ("a letter", "the
  // email") outside quotes in sentence s before token `before` or in the
  // two sentences before it, subject or object, or nullopt: what "it read"
  // stands for. Read only when such a cue speaks.
  std::optional<ResolvedSpeaker> DocumentBefore(int s, int before) const;
  // The person (index into persons_) that is the subject of sentence s, or
  // -1: SentenceSubject read when asked (a pronoun speaks), never stored.
  // `absolute_with`: when the subject is no person, the person of an
  // absolute "with NAME V-ing" clause (AbsoluteWithPersonOf) stands in.
  int SubjectPersonOf(int s, bool absolute_with = true) const;
  // The person (index into persons_) last seen by sentence s whose role
  // holds `head` ("the governor": "Gov. Paul LePage"), or -1.
  // The person of an absolute "…, with NAME V-ing …" clause of sentence s
  // (index into persons_), or -1: for SubjectPersonOf when the subject is
  // no person.
  int AbsoluteWithPersonOf(int s) const;
  // The person a person subject of sentence s asks ("Moderator Lee Park
  // asked Hale whether …": Hale), index into persons_, or -1.
  int AskedPersonOf(int s) const;
  int RoleHolder(std::string_view head, const std::string& phrase_lower, int s) const;
  // The person (index into persons_, registered if new) named last in
  // sentence s before token `before`, outside quotes, or -1. Read only when
  // a pronoun speaks.
  int NearestPersonBefore(int s, int before);
  // The gender the text itself gives person k: the first he/his/him/
  // himself or she/her/herself outside quotes in one of the last three
  // sentences that name k, when k is the person named last before it and
  // is the sentence's subject or the only person named before it
  // ("Sen. Lindsey Graham called out his rival": 'm'); else 0. Read
  // only when a pronoun weighs a person whose first name gives no more
  // than its majority gender.
  char TextGender(int k);
  // Sentence s holds, before token `before` and outside quotes, a definite
  // description of a person ("the justice", "the state senator").
  bool DefiniteRoleBefore(int s, int before) const;
  // How many persons sentence s names before token `before`, outside quotes.
  int PersonsNamedBefore(int s, int before) const;
  // The last two persons sentence s joins by "and" before token `before`,
  // outside quotes ("As Gary Johnson and Weld stumped …, they said"): a
  // group named by both full names, or nullopt. Read only when "they" or
  // "we" speaks.
  std::optional<ResolvedSpeaker> CoordinatedPersonsBefore(int s, int before);

  const TokenView& tv_;
  const std::vector<Entity>& entities_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_QUOTE_RESOLVE_H_
