// Ages read from appositions (claims/claim_age.h).
#include "claims/claim_age.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "claims/claim_measure.h"
#include "claims/frame.h"
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

void PairCoordinatedAges(const ClaimInputs& in, std::vector<Claim>* out) {
  const Segmentation& seg = in.seg;
  const std::string_view text = in.doc.text;
  const int n_tok = static_cast<int>(seg.tokens.size());
  auto whole_age = [](const Quantity& q) {
    return q.counted.empty() && q.value >= 1 && q.value <= 120 && q.value == static_cast<int>(q.value);
  };
  auto cap = [&](int t) {
    const std::string_view w = seg.tokens[t].span.Of(text);
    return seg.tokens[t].kind == TokenKind::kWord && !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  };
  std::vector<Claim>& cs = *out;
  for (size_t k = 0; k < cs.size();) {
    const int qk = cs[k].quantity;
    if (qk < 0 || qk >= static_cast<int>(in.quantities.size()) || !whole_age(in.quantities[qk])) {
      ++k;
      continue;
    }
    // The run of figures joined by "and" or commas, tokens [first, last).
    TokenRange first = TokensIn(seg, in.quantities[qk].span);
    std::vector<size_t> run{k};
    int end = first.end;
    for (size_t j = k + 1; j < cs.size(); ++j) {
      const int qj = cs[j].quantity;
      if (qj < 0 || qj >= static_cast<int>(in.quantities.size()) || !whole_age(in.quantities[qj])) break;
      TokenRange r = TokensIn(seg, in.quantities[qj].span);
      bool joined = r.begin > end;
      for (int t = end; t < r.begin && joined; ++t) {
        const std::string_view w = seg.LowerOf(seg.tokens[t].span);
        joined = w == "and" || w == ",";
      }
      if (!joined || r.begin - end > 2) break;
      run.push_back(j);
      end = r.end;
    }
    const size_t n = run.size();
    if (n < 2 || first.empty()) {
      k += n;
      continue;
    }
    // "aged"/"ages" may open the list (in the figure's own words or just before).
    int b = first.begin;
    if (seg.LowerOf(seg.tokens[b].span) == "aged" || seg.LowerOf(seg.tokens[b].span) == "ages") {
      // the number layer kept the word in the figure
    } else if (b > 0 && (seg.LowerOf(seg.tokens[b - 1].span) == "aged" || seg.LowerOf(seg.tokens[b - 1].span) == "ages")) {
      --b;
    }
    // After the list: the sentence goes on, closes, or says "respectively".
    bool closes = end >= n_tok;
    if (!closes) {
      const std::string_view w = seg.LowerOf(seg.tokens[end].span);
      closes = w == "," || w == "." || w == "respectively" || w == ";" || w == ")";
    }
    if (!closes || b < 2 || seg.tokens[b - 1].span.Of(text) != ",") {
      k += n;
      continue;
    }
    // The names before the comma, read right to left.
    std::vector<std::vector<int>> names(1);
    int t = b - 2;
    for (; t >= 0 && names.size() <= n; --t) {
      const std::string_view w = seg.LowerOf(seg.tokens[t].span);
      if (cap(t)) {
        names.back().insert(names.back().begin(), t);
      } else if ((w == "and" || w == ",") && !names.back().empty()) {
        names.emplace_back();
      } else {
        break;
      }
    }
    if (names.back().empty()) names.pop_back();
    if (names.size() != n) {
      k += n;
      continue;
    }
    std::reverse(names.begin(), names.end());
    // The last name is a person's (the entity layer's): not a list of
    // places ("Paris and Lyon, 12 and 15").
    const std::vector<int>& last = names.back();
    const Span last_span{seg.tokens[last.front()].span.start, seg.tokens[last.back()].span.end};
    bool person = false;
    for (const Entity& e : in.entities)
      person |= e.type == EntityType::kPerson && e.span.start <= last_span.start && e.span.end >= last_span.end;
    if (!person) {
      k += n;
      continue;
    }
    std::vector<std::string> held;
    for (const std::vector<int>& nm : names) {
      std::string s;
      for (int w : nm) {
        if (!s.empty()) s += ' ';
        s += seg.tokens[w].span.Of(text);
      }
      if (nm.size() == 1 && last.size() >= 2) {  // "Malia and Sasha Obama": Malia Obama
        s += ' ';
        s += seg.tokens[last.back()].span.Of(text);
      }
      held.push_back(std::move(s));
    }
    for (size_t m = 0; m < n; ++m) {
      Claim& c = cs[run[m]];
      c.kind = "age";
      c.holder = held[m];
      c.counted = Atom();
      c.counted_lemma = Atom();
      c.group = Atom();
      c.coordinated = Atom();
      c.state = Atom();
      c.state_word = Atom();
      KeepAgeWithItsPerson(&c);
      c.measure = MeasureKey(c);
    }
    k += n;
  }
}

}  // namespace crosscheck
