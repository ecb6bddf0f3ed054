// What a figure measures, beyond its counted noun and state (frame.h): the
// kind of quantity, the words that change the measure, whose figure it is,
// the verb it is an argument of, the landmark of a distance, and the words
// around it. Helpers of BuildClaims, public so tests can pin each rule.
// Pure functions: thread-safe. Kinds and qualifiers are defined in
// frame_what.cc, holders in frame_holder.cc, verb, topic, landmark and
// context words in frame_topic.cc.
#ifndef CROSSCHECK_CLAIMS_FRAME_WHAT_H_
#define CROSSCHECK_CLAIMS_FRAME_WHAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/frame.h"
#include "claims/lexicon.h"
#include "recognize/entity/entity.h"
#include "recognize/number/quantity.h"
#include "segment/segmenter.h"

namespace crosscheck {

// The kind of a figure: "count", "money", "percent", "ratio", "age" (a
// count of years that is someone's age: "61-year-old", "aged 61"), or the
// dimension of its unit ("length", "speed", "duration", … claims/dimension.h).
std::string FigureKind(const Quantity& q);

// Words that make a figure a different measure from an otherwise equal one,
// normalised and sorted, space-joined:
//   "more"     another, other, further, additional, more ("20 more people")
//   "serious" / "critical" / "minor"   severity ("critically injured")
//   "part"     a sub-group: "N of them / whom", "N of the M …"
//   a nationality or party word before the counted noun ("saudi", "democratic")
//   "margin"   a lead or margin: "a lead of 400 delegates", "won by 12
//              votes", "a 10-point lead" (the difference, not the count)
// `own` are the figure's tokens, `counted_end` the token after its counted
// noun (== own.end when none).
std::string FindQualifiers(std::string_view text, const Segmentation& seg, TokenRange own, int counted_end,
                           TokenRange clause, std::string_view counted_modifiers = {});

// A share of a sub-population, as a closed qualifier "among-<words>": the
// phrase after the nearest "among" before the figure in its sentence, or
// right after it ("Trump finishes first among Tea Party supporters (at 20
// percent), followed by Romney (17 percent)" -> "among-tea-party-supporter"
// for both), or a demographic word before the vote or its voters ("90
// percent of the black vote" -> "among-black"). "" when none. A share of a
// part of the electorate is another measure than the whole's share.
// `sentence` is the figure's sentence's tokens.
std::string SubPopulation(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          TokenRange sentence);

// Whose figure it is: a person or organisation named right at the figure —
// an apposition ("Cesar Sayoc, 56,"), a parenthesis ("Romney (17 percent)"),
// a possessive ("Mattis's 68"), or the name the figure follows with "at" /
// "with" ("Huckabee at 17 percent", "Romney … with 21 percent"). Returns the
// entity's canonical name, "" when none. `entities` sorted by start and
// non-overlapping, as the entity recognizer returns them. `name_after` false:
// a name after the figure ("the 76-year-old Pelosi") is not read (a parent's
// children belong to the parent named before).
std::string FindHolder(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                       TokenRange own, TokenRange clause,
                       bool name_after = true);

// Whose figure it is when nothing at the figure names it: the subject of
// the verb the figure is the object of, when that subject is a person or
// organisation ("The Nationals reportedly have bid $160 million", "Miller
// is averaging 15.5 points a game", "Acme Corp cut 1,200 jobs", "the Angels
// are believed to have offered at least $160 million"). Between the name
// and the verb only auxiliaries, adverbs and a "believed to" frame; between
// the verb and the figure only the figure's noun phrase (determiners,
// hedges, one name as indirect object: "made Teixeira an eight-year
// offer"), no punctuation, no other figure. A verb of saying or thinking
// governs a clause, not the figure ("officials said 200 homes …"), and a
// name after a preposition is no subject ("workers at Acme have"). The
// caller decides which figures a subject may hold (claims/claim.cc: not a
// count of people in a state, not an age).
std::string FindSubjectHolder(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                              const std::vector<Entity>& entities, TokenRange own, TokenRange clause);

// Whose things a count counts: the person or organisation that owns them,
// named inside the count's noun phrase ("20,000 DNC emails") or in a phrase
// right after its noun opened by "from", "of", "on" or "belonging to"
// ("emails from the Democratic National Committee", "emails from Hillary
// Clinton's private server", "documents of the Pentagon"). `counted` is the
// counted noun's tokens, `own` the figure's. For counts of things only:
// the caller decides (claims/claim.cc). "" when none.
std::string FindOwner(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                      TokenRange own, TokenRange counted, TokenRange clause);

// A person named by syntax at token `t`, where the entity layer may have
// named none: a capitalised word (letters, hyphens, apostrophes) that no
// entity of another kind covers, that is no month or weekday or function
// word, nor a place the place table knows after a preposition of place
// ("in Leeds, 40,") or as a country or region ("Florida, 29,"); bare, a
// name the table knows only as towns may be a surname, whatever the
// entity layer's gazetteer called it ("Teixeira") — "Okafor" in "Okafor,
// 31, was traded".
// Returns the person entity's name when one covers it, else the full name
// of the last person named before it whose name ends with the word
// ("Emeka Okafor"), else the word; "" when it names no person.
std::string PersonNamedAt(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                          int t);

// The antecedent of a relative "who" a figure stands in ("Okafor, who turns
// 32", "Okafor--who will turn 32"): between "who" and the figure only the
// clause's auxiliaries, adverbs and verb (at most four words), before "who"
// a comma, a dash or an opening parenthesis, before that a person
// (PersonNamedAt). With `having`, the clause's verb may also be any verb
// of possession or competition ("Cruz (who has 231 delegates)",
// Lexicon::IsVerbOfHaving). "" when none.
std::string RelativeAntecedent(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                               TokenRange own, const Lexicon* having = nullptr);

// A margin's sides (the figure carries the qualifier "margin": "a 16-point
// margin over Sanders", "wins by 10 points"). MarginRival: the person or
// organisation it is measured against, the first named after "over",
// "against" or "ahead of" within eight words after the figure in its
// clause ("a 16-point lead over his closest rival, Mr. Cruz" -> Cruz).
// MarginLeader: the one ahead, the person or organisation right before the
// verb of a margin told with "by" ("Sanders ultimately wins by 10 points";
// adverbs and auxiliaries may stand between). "" when none is named.
std::string MarginRival(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                        TokenRange own, TokenRange clause);
std::string MarginLeader(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                         TokenRange own, TokenRange clause);

// The figure's own verb, base form: the verb the figure is the object of
// ("killed 5", "demanded $5.7 billion"), else the first verb after its noun
// phrase ("5 were killed"); "" when none is found in the clause.
std::string FindPredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          int counted_end, TokenRange clause);

// The predicate of a share of people: what the people do or say, read
// through a verb of saying or thinking and its clause ("52 percent of
// voters say they would at least consider voting" -> "consider"; "75
// percent of Democrats said yes" -> "say yes"; "55 percent of all voters
// say she does not" -> "say not"; "38% of likely voters would be scared"
// -> "scare"). Reads the words after the group's noun phrase (a "who"
// right after it opens the share's own clause); "" when no verb follows.
std::string SharePredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, int from,
                           TokenRange clause);

// The poll or survey a figure of a sentence belongs to: the nearest "poll"
// or "survey" in the figure's sentence (before the figure first), else in
// the two sentences before it in its paragraph, named by its owner — the
// capitalised run before the noun ("The AP-GfK Poll", "the Fox News poll",
// "a new Quinnipiac University poll"), else after "by", "from" or "for"
// ("a survey by the Pew Research Center") — lower-case, words joined by
// spaces; "exit" for exit polls. "" when no poll is named or its owner is
// not.
std::string FindPoll(std::string_view text, const Segmentation& seg, int sentence, TokenRange own);

// The poll a report names most often (each "poll" or "survey" with an
// owner, FindPoll, is a vote; the first named on ties): the report's own
// poll, for the shares of people and the poll's own figures whose sentence
// names no poll ("A Fox News poll … shows" — "The Fox News results arrive
// a day after a CNN/ORC poll showed" — "The Fox News poll was conducted").
// "" when the report names none.
std::string FindDocumentPoll(std::string_view text, const Segmentation& seg);

// The verb of a passive whose agent is the figure ("viewed positively by
// about 4 in 10 registered voters" -> "view"), "" when none.
std::string AgentPredicate(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                           TokenRange clause);

// What a figure of a poll measures about the poll itself: "sample" for the
// number of people it asked ("a poll of 1,033 adults", "surveyed 1,031
// registered voters", "among 1,031 … voters" in a sentence that says the
// poll was conducted), "error margin" for its margin of error ("a margin
// of sampling error of plus or minus 3 percentage points"); "" otherwise.
std::string PollFigureKind(std::string_view text, const Segmentation& seg, TokenRange own, TokenRange sentence);

// For a distance: the place it is measured from ("75 km west of
// Manokwari" -> "Manokwari"), "" when none.
std::string FindLandmark(std::string_view text, const Segmentation& seg, int after, TokenRange clause);

// For a distance set off after a place and followed by a direction ("the
// city of Zaporizhzhia, about 140 miles (230 kilometers) to the northwest",
// "Kramatorsk, 20 km away"): that place, as the landmark of a distance
// whose other end the text leaves implicit; "" when the figure is not so
// placed.
std::string ApposedLandmark(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                            TokenRange own, int after, TokenRange clause);

// What a sum, share or measure is of: the noun phrase after "in", "for",
// "of", "to", "on" or "from" right after the figure ("$43m in federal
// taxes" -> "federal taxes"), else the noun phrase a preceding "of" closes
// ("a tax rate of 35.7 percent" -> "tax rate"). Lowercased base forms; ""
// when none.
std::string FindTopic(std::string_view text, const Segmentation& seg, const Lexicon& lex, int after,
                      TokenRange own, TokenRange clause);

// The subject of a copula the figure completes, as a topic when nothing
// after the figure names one: "The couple's effective federal tax rate for
// 2014 was 35.7 percent" -> "federal tax rate", "Turnout stood at 61
// percent" -> "turnout". The subject's words (up to three, base forms) must
// be opened by a determiner, a name or possessive, or the clause's start;
// not by "and", "or", a comma or a possessive pronoun. "" when none. A
// person or organisation in `entities` named as the subject's possessor
// ("The Clintons' effective tax rate was …") is written to `possessor`.
// The caller gives it to sums and shares (claims/claim.cc).
std::string CopulaSubject(std::string_view text, const Segmentation& seg, const Lexicon& lex, TokenRange own,
                          TokenRange clause, const std::vector<Entity>& entities, std::string* possessor);

// Content words near the figure (up to `radius` tokens each side, inside the
// clause), lowercased base forms, sorted and unique; function words,
// numbers and the figure's own tokens left out; a model's name written
// apart ("AK 47 rifles") is one word, "ak-47", as when written as one.
std::vector<std::string> ContextWords(std::string_view text, const Segmentation& seg, const Lexicon& lex,
                                      TokenRange own, TokenRange clause, int radius = 8);

// True for function words (articles, pronouns, auxiliaries, prepositions,
// conjunctions) and reporting verbs that say nothing about a measure.
bool IsFunctionWord(std::string_view lowercase_word);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIMS_FRAME_WHAT_H_
