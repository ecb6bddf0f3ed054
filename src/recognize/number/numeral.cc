// ParseNumerals: composing lexer tokens into numerals.
//
// At each token that can start a number the parser first *collects* a run of
// items loosely (number words, digit numbers after a scale word or "and",
// "and", hyphens between words, "point", a leading "minus", an article
// before a scale or fraction word, "of a" before a scale), stopping after
// the first fraction or ordinal word. It then *interprets* the run and may
// consume only a prefix of it; the rest is parsed again from its first item.
//
// Integers use the classic accumulator: `group` holds the part below the
// current scale word, `total` the part above; "hundred" multiplies the
// group, a scale word moves the group into the total (or multiplies the
// whole total when it is larger than every scale seen: "three lakh crore").
// An "and" whose continuation fails ("3 hundred and 2 hundred") is given back.
//
// Fractions end in a plural ordinal ("fifths"), "half"/"quarter", or a
// singular ordinal after "a"/"one". Which words belong to the denominator
// follows Recognizers-Text English usage:
//  * a tens word right before a unit ordinal joins the denominator when a
//    numerator is left ("one hundred thirty fifths" = 100/35, "twenty
//    twenty fifths" = 20/25) unless "and" binds it to the numerator ("one
//    hundred and thirty fifths" = 130/5); "one hundred" / "one thousand"
//    right before a unit ordinal join likewise ("one one hundred fifth");
//  * an "and" not right after "hundred" or a scale word separates a whole
//    part ("twenty and three fifths" = 20.6); after "hundred" it does so only
//    for halves, quarters and hundredths ("one hundred and three quarters");
//    after a scale word the fraction is of that scale ("one million and a
//    half" = 1.5 million);
//  * a scale word after the fraction multiplies it ("half million", "five
//    and a half million"), or only the fraction when the whole part already
//    has a scale ("one billion and a half million").
// A singular ordinal after any other count is an ordinal ("one hundred
// twenty fifth" = 125th). "first" and "second" are never denominators.
//
// A last pass joins "X over Y" and, when X < Y, "X out of Y" / "X in Y"
// into fractions, and mixed numbers "2 1/4".
#include "recognize/number/numeral.h"

#include <cmath>
#include <string>

#include "recognize/number/numeral_items.h"
#include "recognize/number/numeral_lex.h"
#include "recognize/number/number_words.h"

namespace crosscheck {

const char* NumeralKindName(NumeralKind kind) {
  switch (kind) {
    case NumeralKind::kInteger: return "integer";
    case NumeralKind::kDecimal: return "decimal";
    case NumeralKind::kFraction: return "fraction";
    case NumeralKind::kPower: return "power";
    case NumeralKind::kOrdinal: return "ordinal";
  }
  return "integer";
}

namespace {

using number::LexToken;
using number::NumberWord;
using number::TokType;
using number::WordKind;
using number::Item;
using number::kNum;
using number::IsFractionWord;
using number::ParseItemsInteger;
using number::AbsorbIntoDenominator;
using number::IsOne;


class Parser {
 public:
  Parser(std::string_view text, const std::vector<LexToken>& toks, const NumeralOptions& opt)
      : text_(text), toks_(toks), opt_(opt) {}

  std::vector<Numeral> Run();

 private:
  WordKind KindAt(size_t t) const {
    if (t >= toks_.size()) return WordKind::kNone;
    return toks_[t].type == TokType::kWord ? toks_[t].word.kind : WordKind::kNone;
  }
  bool IsWordTok(size_t t) const { return t < toks_.size() && toks_[t].type == TokType::kWord; }
  bool IsNumTok(size_t t) const { return t < toks_.size() && toks_[t].type == TokType::kNumber; }
  bool IsHyphen(size_t t) const {
    return t < toks_.size() && toks_[t].type == TokType::kPunct && toks_[t].punct == '-';
  }
  bool WordIs(size_t t, std::string_view w) const {
    if (!IsWordTok(t)) return false;
    std::string_view s = text_.substr(toks_[t].start, toks_[t].end - toks_[t].start);
    if (s.size() != w.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
      if ((s[i] | 0x20) != w[i]) return false;
    return true;
  }
  // Does a number (word or digits) start at token t?
  bool NumberWordAt(size_t t) const {
    WordKind k = KindAt(t);
    return number::IsCardinalKind(k) || IsFractionWord(k) || k == WordKind::kDozen;
  }
  bool ArticleContinues(size_t t) const {  // "a" at t followed by a scale / fraction word
    WordKind k = KindAt(t + 1);
    if (k == WordKind::kHundred || k == WordKind::kScale || k == WordKind::kDozen || k == WordKind::kHalf ||
        k == WordKind::kQuarter)
      return !toks_[t + 1].word.plural;
    if (number::IsOrdinalKind(k) && !toks_[t + 1].word.plural) {
      if (!opt_.article_fractions) return false;
      if (k == WordKind::kOrdUnit && toks_[t + 1].word.value <= 2) return false;
      return true;
    }
    if (k == WordKind::kTens && IsHyphen(t + 2) && KindAt(t + 3) == WordKind::kOrdUnit) return opt_.article_fractions;
    return false;
  }
  size_t Collect(size_t t, std::vector<Item>* items, double* post_scale, size_t* end_tok);
  bool ParseInteger(const std::vector<Item>& items, size_t from, size_t to, double* value, size_t* used) const {
    return ParseItemsInteger(items, from, to, value, used);
  }
  // Interprets items; returns the number of items consumed (0 = none).
  size_t Interpret(const std::vector<Item>& items, double post_scale, Numeral* out) const;
  size_t Fallback(const std::vector<Item>& items, size_t b, size_t f, double sign, Numeral* out) const;
  void JoinFractions();
  bool first_tok_is_currency(uint32_t t) const {
    if (t == 0) return false;
    const LexToken& p = toks_[t - 1];
    return p.type == TokType::kPunct && (p.punct == '$' || p.punct == 0xA3 || p.punct == 0x20AC || p.punct == 0xA5);
  }

  std::string_view text_;
  const std::vector<LexToken>& toks_;
  NumeralOptions opt_;
  std::vector<Numeral> out_;
  std::vector<uint32_t> out_first_tok_, out_last_tok_;
};

size_t Parser::Collect(size_t t, std::vector<Item>* items, double* post_scale, size_t* end_tok) {
  items->clear();
  *post_scale = 0;
  size_t i = t;
  bool and_pending = false, hyphen_pending = false;
  auto push = [&](WordKind k, double v, bool plural) {
    items->push_back(Item{k, v, plural, and_pending, hyphen_pending, static_cast<uint32_t>(i)});
    and_pending = hyphen_pending = false;
    ++i;
  };
  // Leading sign word, also hyphenated to digits ("minus-10").
  if (KindAt(i) == WordKind::kMinus && (NumberWordAt(i + 1) || IsNumTok(i + 1) || KindAt(i + 1) == WordKind::kArticle)) {
    push(WordKind::kMinus, 0, false);
  } else if (KindAt(i) == WordKind::kMinus && IsHyphen(i + 1) && IsNumTok(i + 2) && toks_[i + 1].start == toks_[i].end &&
             toks_[i + 2].start == toks_[i + 1].end && !toks_[i + 2].is_signed) {
    push(WordKind::kMinus, 0, false);
    ++i;
  }
  while (i < toks_.size()) {
    const LexToken& tk = toks_[i];
    WordKind last = items->empty() ? WordKind::kMinus : items->back().kind;
    bool have = !items->empty() && last != WordKind::kMinus;
    if (have && IsFractionWord(last)) {
      // After a fraction word only a scale ("half million", "two thirds of a million").
      if (KindAt(i) == WordKind::kScale && !tk.word.plural) {
        *post_scale = tk.word.value;
        ++i;
      } else if (WordIs(i, "of") && KindAt(i + 1) == WordKind::kArticle && KindAt(i + 2) == WordKind::kScale) {
        *post_scale = toks_[i + 2].word.value;
        i += 3;
      } else if (last == WordKind::kHalf && KindAt(i) == WordKind::kArticle && KindAt(i + 1) == WordKind::kScale &&
                 !toks_[i + 1].word.plural) {
        *post_scale = toks_[i + 1].word.value;  // "half a million"
        i += 2;
      } else if (last == WordKind::kHalf && KindAt(i) == WordKind::kArticle && KindAt(i + 1) == WordKind::kDozen) {
        push(WordKind::kArticle, 1, false);
        continue;
      }
      break;
    }
    if (tk.type == TokType::kNumber) {
      if (tk.kind == NumeralKind::kOrdinal) {
        if (have) break;
        push(WordKind::kOrdUnit, tk.value, false);  // digit ordinal: stands alone
        items->back().kind = kNum;
        break;
      }
      bool ok = !have || and_pending || last == WordKind::kHundred || last == WordKind::kScale;
      if (!ok) break;
      if (have && !and_pending && !tk.space_before) break;
      if (have && tk.glued_end) break;  // "two million 500ml cans": two figures
      push(kNum, tk.value, false);
      continue;
    }
    if (tk.type == TokType::kPunct) {
      // A quotation closed right after the digits, before the scale word
      // ("asking for $5.6” billion"): the scale still applies, and the
      // mark is not an inch sign (no length is counted in billions).
      if ((tk.punct == U'\u201D' || tk.punct == '"') && have && last == kNum && items->size() == 1 &&
          !tk.space_before && KindAt(i + 1) == WordKind::kScale && !toks_[i + 1].word.plural &&
          toks_[i + 1].space_before && !toks_[items->back().tok].glued_end) {
        ++i;
        continue;
      }
      // "$2-million", "130-thousand": digits hyphenated to a scale word; also
      // spaced evenly on both sides, as tokenised text renders a compound
      // ("26 - million - heist"): a bare scale word never ends a range.
      if (tk.punct == '-' && have && last == kNum && items->size() == 1 &&
          KindAt(i + 1) == WordKind::kScale && !toks_[i + 1].word.plural &&
          tk.space_before == toks_[i + 1].space_before &&
          !toks_[items->back().tok].glued_end && !toks_[items->back().tok].multiplier) {
        hyphen_pending = true;
        ++i;
        continue;
      }
      // A spaced hyphen joins words only inside a tens compound ("twenty - five")
      // or before a singular scale word ("two - million - euro").
      if (tk.punct == '-' && have && last != kNum && IsWordTok(i + 1) && NumberWordAt(i + 1) &&
          !(tk.space_before && i + 1 < toks_.size() && toks_[i + 1].space_before && last != WordKind::kTens &&
            !(KindAt(i + 1) == WordKind::kScale && !toks_[i + 1].word.plural))) {
        hyphen_pending = true;
        ++i;
        continue;
      }
      break;
    }
    WordKind k = tk.word.kind;
    if (k == WordKind::kAnd) {
      if (!have || and_pending || hyphen_pending) break;
      size_t nx = i + 1;
      bool cont = NumberWordAt(nx) || (IsNumTok(nx) && toks_[nx].kind != NumeralKind::kOrdinal) ||
                  (KindAt(nx) == WordKind::kArticle && ArticleContinues(nx));
      if (!cont) break;
      and_pending = true;
      ++i;
      continue;
    }
    if (k == WordKind::kArticle) {
      if ((have && !and_pending) || !ArticleContinues(i)) break;
      push(k, 1, false);
      continue;
    }
    if (k == WordKind::kPoint) {
      if (!have || !(number::IsCardinalKind(last) || last == kNum)) break;
      if (!(KindAt(i + 1) == WordKind::kUnit || KindAt(i + 1) == WordKind::kTeen || KindAt(i + 1) == WordKind::kTens))
        break;
      push(k, 0, false);
      // Decimal digits in words: "point zero three", "point seventy-one".
      while (i < toks_.size()) {
        WordKind dk = KindAt(i);
        if (dk == WordKind::kUnit || dk == WordKind::kTeen || dk == WordKind::kTens) {
          push(dk, toks_[i].word.value, false);
        } else if (IsHyphen(i) && items->back().kind == WordKind::kTens && KindAt(i + 1) == WordKind::kUnit) {
          hyphen_pending = true;
          ++i;
        } else {
          break;
        }
      }
      break;
    }
    if (k == WordKind::kMinus || k == WordKind::kNone) break;
    if (!have) {
      // Starting words: not a bare "hundred"/"thousand" or a plural ordinal/"quarters".
      if ((k == WordKind::kHundred || k == WordKind::kScale || k == WordKind::kDozen) && !and_pending) break;
      if (IsFractionWord(k) && tk.word.plural) break;
    }
    if (have && tk.word.plural && k == WordKind::kScale) break;
    push(k, tk.word.value, tk.word.plural);
    if (k == WordKind::kDozen && tk.word.plural && items->size() == 1) break;
  }
  // Drop a dangling article.
  while (!items->empty() && (items->back().kind == WordKind::kArticle || items->back().kind == WordKind::kMinus) &&
         !(items->size() >= 2 && (*items)[items->size() - 2].kind == WordKind::kHalf)) {
    items->pop_back();
    if (*post_scale) *post_scale = 0;
  }
  *end_tok = i;
  return items->size();
}

size_t Parser::Fallback(const std::vector<Item>& items, size_t b, size_t f, double sign, Numeral* out) const {
  if (f <= b) return 0;
  double v;
  size_t used;
  if (!ParseInteger(items, b, f, &v, &used)) return 0;
  out->value = sign * v;
  out->kind = NumeralKind::kInteger;
  return used;
}

size_t Parser::Interpret(const std::vector<Item>& items, double post_scale, Numeral* out) const {
  size_t n = items.size();
  size_t b = 0;
  double sign = 1;
  if (n && items[0].kind == WordKind::kMinus) { sign = -1; b = 1; }
  if (b >= n) return 0;
  // Special: "half a dozen".
  if (n - b == 3 && items[b].kind == WordKind::kHalf && items[b + 2].kind == WordKind::kDozen) {
    out->value = sign * 6;
    out->kind = NumeralKind::kInteger;
    return n;
  }
  size_t f = n;
  for (size_t i = b; i < n; ++i)
    if (IsFractionWord(items[i].kind) && items[i].kind != kNum) { f = i; break; }
  if (items[b].kind == kNum && toks_[items[b].tok].kind == NumeralKind::kOrdinal) {
    out->value = items[b].value;
    out->kind = NumeralKind::kOrdinal;
    return b + 1;
  }
  if (f == n) {
    double v;
    size_t used;
    if (!ParseInteger(items, b, n, &v, &used)) return 0;
    out->value = sign * v;
    bool point = false, dec = false;
    for (size_t i = b; i < used; ++i) {
      point |= items[i].kind == WordKind::kPoint;
      if (items[i].kind == kNum && toks_[items[i].tok].kind != NumeralKind::kInteger) dec = true;
    }
    out->kind = point ? NumeralKind::kDecimal : NumeralKind::kInteger;
    if (dec && used == b + 1) out->kind = toks_[items[b].tok].kind;
    return used;
  }
  const Item& F = items[f];
  bool half_like = F.kind == WordKind::kHalf || F.kind == WordKind::kQuarter;
  bool unit_ord = F.kind == WordKind::kOrdUnit;
  // Where does the whole part end? Last "and" that separates.
  size_t split = b;  // index of the first numerator item
  double scale_of_whole = 0;
  for (size_t a = f; a > b; --a) {
    if (!items[a].and_before) continue;
    WordKind prev = items[a - 1].kind;
    bool sep = prev != WordKind::kHundred && prev != WordKind::kScale;
    if (prev == WordKind::kHundred && (half_like || F.kind == WordKind::kOrdHundred)) sep = true;
    if (prev == WordKind::kScale) { sep = true; scale_of_whole = items[a - 1].value; }
    if (sep) split = a;
    break;
  }
  double whole = 0;
  bool whole_has_scale = false;
  if (split > b) {
    size_t used;
    if (!ParseInteger(items, b, split, &whole, &used) || used != split) return 0;
    for (size_t i = b; i < split; ++i) whole_has_scale |= items[i].kind == WordKind::kScale;
  }
  // Denominator.
  double den = F.kind == WordKind::kHalf ? 2 : F.kind == WordKind::kQuarter ? 4 : F.value;
  size_t num_end = f;
  double add = 0;
  if (unit_ord) {
    size_t k = AbsorbIntoDenominator(items, split, num_end, &add);
    // A trailing "and" before the ordinal belongs to the denominator ("one hundred and fifth").
    if (k) { den += add; num_end -= k; }
  }
  bool fraction = F.plural || half_like;
  if (!fraction) {
    // Singular ordinal: a fraction only after "a" / "one" ("a fifth", "one twenty-fifth").
    if (F.kind != WordKind::kOrdUnit || F.value > 2 || add > 0)
      fraction = IsOne(items, split, num_end) && (F.value > 2 || add > 0 || F.kind != WordKind::kOrdUnit);
    if (fraction && items[split].kind == WordKind::kArticle && !opt_.article_fractions) fraction = false;
  }
  if (!fraction) {
    // Ordinal: the whole run with the ordinal read as its cardinal.
    if (split != b || post_scale) return Fallback(items, b, f, sign, out);
    std::vector<Item> card(items.begin() + b, items.begin() + f + 1);
    Item& last = card.back();
    last.kind = F.kind == WordKind::kOrdUnit ? WordKind::kUnit
                : F.kind == WordKind::kOrdTeen ? WordKind::kTeen
                : F.kind == WordKind::kOrdTens ? WordKind::kTens
                : F.kind == WordKind::kOrdHundred ? WordKind::kHundred : WordKind::kScale;
    if (card.size() == 1 && (last.kind == WordKind::kHundred || last.kind == WordKind::kScale)) {
      out->value = last.kind == WordKind::kHundred ? 100 : last.value;
    } else {
      double v;
      size_t used;
      if (!ParseInteger(card, 0, card.size(), &v, &used) || used != card.size()) return Fallback(items, b, f, sign, out);
      out->value = v;
    }
    out->kind = NumeralKind::kOrdinal;
    return f + 1;
  }
  double num = 1;
  if (num_end > split) {
    if (items[split].kind == kNum && !half_like) return Fallback(items, b, f, sign, out);  // "100 millionths"
    if (IsOne(items, split, num_end)) {
      num = 1;
    } else {
      size_t used;
      if (!ParseInteger(items, split, num_end, &num, &used) || used != num_end) return Fallback(items, b, f, sign, out);
    }
  } else if (!half_like) {
    return Fallback(items, b, f, sign, out);
  }
  double frac = num / den;
  double v;
  if (post_scale) {
    v = whole_has_scale ? whole + frac * post_scale : (whole + frac) * post_scale;
  } else if (scale_of_whole) {
    v = whole + frac * scale_of_whole;
  } else {
    v = whole + frac;
  }
  out->value = sign * v;
  out->kind = NumeralKind::kFraction;
  return n;
}

bool IsPronounDeterminer(std::string_view w) {
  static const char* const kWords[] = {"the", "this", "that", "which", "each", "every", "any", "no",
                                       "another", "last", "next", "previous", "current", "only"};
  for (const char* k : kWords)
    if (w.size() == std::char_traits<char>::length(k)) {
      bool eq = true;
      for (size_t i = 0; i < w.size(); ++i) eq &= (w[i] | 0x20) == k[i];
      if (eq) return true;
    }
  return false;
}

std::vector<Numeral> Parser::Run() {
  std::vector<Item> items;
  size_t t = 0;
  while (t < toks_.size()) {
    const LexToken& tk = toks_[t];
    WordKind k = KindAt(t);
    bool can_start = tk.type == TokType::kNumber ||
                     (tk.type == TokType::kWord &&
                      (NumberWordAt(t) || (k == WordKind::kArticle && ArticleContinues(t)) || k == WordKind::kMinus));
    if (!can_start) { ++t; continue; }
    double post = 0;
    size_t end_tok = t;
    Collect(t, &items, &post, &end_tok);
    if (items.empty()) { ++t; continue; }
    Numeral nm;
    size_t used = Interpret(items, post, &nm);
    if (used == 0) { ++t; continue; }
    size_t last_tok = items[used - 1].tok;
    if (used == items.size() && post) last_tok = end_tok - 1;
    size_t first_tok = items[0].tok;
    nm.start = toks_[first_tok].start;
    nm.end = toks_[last_tok].end;
    for (size_t i = 0; i < used; ++i) {
      const LexToken& it = toks_[items[i].tok];
      if (it.type == TokType::kNumber) {
        nm.has_digits = true;
        nm.grouped |= it.grouped;
        nm.multiplier |= it.multiplier;
      } else {
        nm.has_words = true;
        nm.multiplier |= items[i].kind == WordKind::kScale || items[i].kind == WordKind::kHundred;
      }
    }
    if (post) nm.multiplier = true;
    if (used == 1 && toks_[first_tok].type == TokType::kNumber) {
      nm.plain_digits = toks_[first_tok].plain_digits;
      nm.glued_end = toks_[first_tok].glued_end;
    }
    t = last_tok + 1;
    // "the one you mentioned", "the only one": a pronoun, not a number
    // ("only one winner" counts).
    if (used == 1 && WordIs(first_tok, "one") && first_tok > 0 && IsWordTok(first_tok - 1) &&
        IsPronounDeterminer(text_.substr(toks_[first_tok - 1].start, toks_[first_tok - 1].end - toks_[first_tok - 1].start)) &&
        !(WordIs(first_tok - 1, "only") && !(first_tok > 1 && IsWordTok(first_tok - 2) &&
                                            IsPronounDeterminer(text_.substr(toks_[first_tok - 2].start,
                                                                             toks_[first_tok - 2].end - toks_[first_tok - 2].start)))))
      continue;
    out_.push_back(nm);
    out_first_tok_.push_back(static_cast<uint32_t>(first_tok));
    out_last_tok_.push_back(static_cast<uint32_t>(last_tok));
  }
  JoinFractions();
  return std::move(out_);
}

void Parser::JoinFractions() {
  if (out_.size() < 2) return;
  std::vector<Numeral> joined;
  std::vector<uint32_t> first, last;
  joined.reserve(out_.size());
  for (size_t i = 0; i < out_.size(); ++i) {
    if (i + 1 < out_.size()) {
      Numeral& a = out_[i];
      const Numeral& b = out_[i + 1];
      uint32_t at = out_last_tok_[i], bt = out_first_tok_[i + 1];
      bool ints = (a.kind == NumeralKind::kInteger) && (b.kind == NumeralKind::kInteger) && b.value != 0 &&
                  !a.glued_end && !b.glued_end;
      bool merged = false;
      // Mixed number "2 1/4", or written with a hyphen and no space
      // ("a 2-1/2 year sentence").
      const bool hyphen_glued = bt == at + 2 && IsHyphen(at + 1) && toks_[at].end == toks_[at + 1].start &&
                                toks_[at + 1].end == toks_[bt].start;
      if (a.kind == NumeralKind::kInteger && a.has_digits && !a.has_words && !a.multiplier &&
          (bt == at + 1 || hyphen_glued) &&
          toks_[bt].type == TokType::kNumber && b.kind == NumeralKind::kFraction && b.value > 0 && b.value < 1 &&
          !b.has_words && !toks_[bt].is_signed) {
        a.value = a.value < 0 ? a.value - b.value : a.value + b.value;
        a.kind = NumeralKind::kFraction;
        merged = true;
      } else if (ints && bt == at + 4 && IsHyphen(at + 1) && WordIs(at + 2, "in") && IsHyphen(at + 3) &&
                 a.value < b.value && b.plain_digits != 4) {
        merged = true;  // "one-in-three", "1-in-3": odds written as one word
      } else if (ints && bt == at + 2 && (WordIs(at + 1, "over") || WordIs(at + 1, "in"))) {
        bool over = WordIs(at + 1, "over");
        bool currency = at >= 1 && first_tok_is_currency(out_first_tok_[i]);
        bool unit_after = IsWordTok(out_last_tok_[i + 1] + 1) && KindAt(out_last_tok_[i + 1] + 1) == WordKind::kNone;
        bool year = b.plain_digits == 4;
        if (over ? (!currency && !unit_after) : (a.value < b.value && !year && !currency)) merged = true;
      } else if (ints && bt == at + 3 && WordIs(at + 1, "out") && WordIs(at + 2, "of") && a.value < b.value) {
        merged = true;
      }
      if (merged) {
        if (a.kind != NumeralKind::kFraction) a.value = a.value / b.value;
        a.kind = NumeralKind::kFraction;
        a.end = b.end;
        a.has_digits |= b.has_digits;
        a.has_words |= b.has_words;
        a.plain_digits = 0;
        joined.push_back(a);
        first.push_back(out_first_tok_[i]);
        last.push_back(out_last_tok_[i + 1]);
        ++i;
        continue;
      }
    }
    joined.push_back(out_[i]);
    first.push_back(out_first_tok_[i]);
    last.push_back(out_last_tok_[i]);
  }
  out_.swap(joined);
  out_first_tok_.swap(first);
  out_last_tok_.swap(last);
}

}  // namespace

std::vector<Numeral> ParseNumerals(std::string_view text, const NumeralOptions& options) {
  std::vector<LexToken> toks = number::Lex(text);
  Parser p(text, toks, options);
  return p.Run();
}

}  // namespace crosscheck
