// Ages read from appositions (claims/claim_age.h).
#include "claims/claim_age.h"

#include <cctype>
#include <string>

#include "claims/frame_what.h"

namespace crosscheck {

void ReadApposedAge(std::string_view text, const Segmentation& seg, const Quantity& q, TokenRange own,
                    const CountedNoun& counted, Claim* claim) {
  Claim& c = *claim;
  const bool apposed = counted.apposed;
  // A bare whole number set off by commas after the noun "age" ("His age,
  // 75, could be a problem") is that age, whatever noun an earlier figure
  // of the paragraph lent it: the apposition names what it is.
  if (c.kind == "count" && q.counted.empty() && q.value >= 1 && q.value <= 120 &&
      q.value == static_cast<int>(q.value)) {
    const int comma = AppositionComma(text, seg, own.begin);
    const int n_tok = static_cast<int>(seg.tokens.size());
    if (comma >= 1 && seg.LowerOf(seg.tokens[comma - 1].span) == "age" && own.end < n_tok &&
        seg.tokens[own.end].span.Of(text) == ",") {
      c.kind = "age";
      c.counted = Atom();
      c.counted_lemma = Atom();
      c.group = Atom();
      c.coordinated = Atom();
      c.state = Atom();
      c.state_word = Atom();
      return;
    }
  }
  // A bare count in apposition to a person is an age ("Cesar Sayoc, 56,").
  // Set off by commas on both sides ("Anthony LaCalamita, 38, of Troy") it
  // is an age even when a state verb follows in the clause: the
  // apposition closes before the predicate. Right after a person's name
  // (`apposed`) the apposition also closes at the finite verb of the
  // person's clause ("Lopez, 20 was found guilty") or at the next apposed
  // name ("Lopez, 20 and Carrasquillo, 24"); before a preposition ("…, 38
  // after the shooting") it stays open.
  if (c.kind == "count" && c.counted.empty() && (!c.holder.empty() || apposed) && q.value >= 1 &&
      q.value <= 120 && q.value == static_cast<int>(q.value) && AppositionComma(text, seg, own.begin) >= 0) {
    const int n_tok = static_cast<int>(seg.tokens.size());
    std::string_view next = own.end < n_tok ? seg.LowerOf(seg.tokens[own.end].span) : "";
    bool closed = next == ",";
    if (apposed && (next == "was" || next == "is" || next == "were" || next == "are" || next == "has" ||
                    next == "had"))
      closed = true;
    if (apposed && (next == "and" || next == "or") && own.end + 1 < n_tok &&
        std::isupper(static_cast<unsigned char>(seg.tokens[own.end + 1].span.Of(text)[0])))
      closed = true;
    if (c.state.empty() || closed) {
      c.kind = "age";
      c.state.clear();
      c.state_word.clear();
      // The person the entity layer did not name there (counted.h).
      if (c.holder.empty()) c.holder = counted.apposed_name;
    }
  }
}

void KeepAgeWithItsPerson(Claim* claim) {
  Claim& c = *claim;
  // A named person's age is the person's wherever the sentence puts them
  // ("Tara Reid, 33, has entered a clinic in Malibu"): a place would split
  // it from the same age told without one.
  if (c.kind == "age" && !c.holder.empty()) {
    c.place.clear();
    c.place_kind.clear();
    c.place_text.clear();
    c.place_named = false;
  }
}

}  // namespace crosscheck
