#include "recognize/entity/titles.h"

#include <array>
#include <string_view>

#include "core/word_table.h"
#include "recognize/entity/name_text.h"

namespace crosscheck {

namespace {

// Lower-cased word with one trailing period dropped ("Col." -> "col"), in a
// caller-owned buffer: title checks run per token and must not allocate.
// Words longer than the buffer are never titles and give "".
struct Key {
  explicit Key(std::string_view w) {
    if (w.size() > buf.size()) return;
    size_t n = 0;
    for (char c : w) buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (n > 1 && buf[n - 1] == '.') --n;
    view = std::string_view(buf.data(), n);
  }
  std::array<char, 32> buf;
  std::string_view view;
};
enum : uint32_t { kTitleWord = kTitleClass, kRoleNounWord = kRoleNounClass, kRoleModifierWord = kRoleModifierClass };

// One table for the three lists below, with a bit per list.
const WordTable& Words() {
  static const WordTable* t = [] {
    auto* w = new WordTable();
    // Titles proper: forms of address, offices, ranks, clergy, nobility.
    w->Add({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
      "president", "vice", "vice-president", "prime", "minister", "premier", "chancellor",
      "secretary", "secretary-general", "undersecretary", "under-secretary", "deputy",
      "foreign", "defense", "defence", "interior", "finance", "justice", "trade", "health",
      "senator", "sen", "sens", "rep", "reps", "representative", "congressman", "congresswoman", "governor", "gov",
      "govs", "pres", "speaker",
      "mayor", "king", "queen", "prince", "princess", "crown", "sheikh", "sheik", "emir", "sultan",
      "pope", "cardinal", "archbishop", "bishop", "reverend", "rev", "father", "ayatollah",
      "grand", "mullah", "imam", "rabbi", "lieutenant", "lt", "colonel", "col", "major", "maj",
      "captain", "capt", "sergeant", "sgt", "general", "gen", "admiral", "adm", "commander",
      "cmdr", "marshal", "field", "brigadier", "brig", "corporal", "cpl", "private", "pvt",
      "ambassador", "envoy", "judge", "chief", "chairman", "chairwoman", "spokesman",
      "spokeswoman", "former", "acting", "opposition", "leader", "attorney", "commissioner",
      "director", "lieutenant-general", "major-general", "lieutenant-colonel", "lt-col",
      "lt-gen", "maj-gen", "brig-gen", "first", "lady", "emperor", "empress", "tsar", "czar", "tsarina",
      "tsarevna", "tsarevich", "kaiser", "pharaoh", "shah", "duke", "duchess", "earl", "baron", "baroness",
      "regent",
      // Occupations news writes before a name ("comedian Sarah Silverman",
      // "artist Olivia De Berardinis"): capitalised only when they open a
      // sentence, where the tagger takes them into the name.
      "comedian", "comic", "actor", "actress", "artist", "singer", "rapper", "songwriter", "author",
      "novelist", "writer", "poet", "playwright", "filmmaker", "musician", "composer", "journalist",
      "photographer", "designer", "chef", "businessman", "businesswoman", "billionaire", "entrepreneur",
      "astronaut", "quarterback"}, kTitleWord);
    // Words that name a role (may head a role phrase) but are not used as
    // bare titles before a name in GMB.
    w->Add({"mayor", "commander", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
      "minister", "president", "secretary", "secretary-general", "governor", "chief", "head",
      "leader", "official", "officer", "ambassador", "envoy", "chairman", "chairwoman", "director",
      "deputy", "general", "colonel", "lieutenant", "captain", "major", "sergeant", "admiral",
      "senator", "prosecutor", "negotiator", "representative", "ombudsman", "ombudswoman",
      "commissioner", "premier", "chancellor", "king", "queen", "prince", "judge", "aide",
      "coordinator", "analyst", "expert", "researcher", "professor", "correspondent", "reporter",
      "editor", "founder", "executive", "ceo", "manager", "administrator", "councillor",
      "councilor", "lawmaker", "mp", "legislator", "diplomat", "activist", "witness", "resident",
      "survivor", "soldier", "fighter", "medic", "doctor", "nurse", "priest", "pope", "mullah",
      "cleric", "imam", "rabbi", "bishop", "archbishop", "patriarch", "monarch", "emir", "sheikh",
      "dictator", "chief-of-staff", "lawyer", "attorney", "coach", "captain", "player", "actor", "actress", "singer", "lt", "col", "gen", "capt", "maj", "sgt", "adm", "mr", "mrs",
      "ms", "dr"}, kRoleNounWord);
    // Lower-case words that may modify a role noun.
    w->Add({"deputy", "vice", "prime", "foreign", "defence", "defense", "interior", "finance", "health",
      "justice", "economy", "energy", "former", "acting", "interim", "regiment", "regiment's",
      "battalion", "brigade", "army", "military", "police", "city", "regional", "district",
      "local", "state", "chief", "senior", "top", "press", "presidential", "general", "field",
      "commanding", "lieutenant", "colonel", "major", "first", "human", "rights", "aid", "relief",
      "union", "party", "opposition", "ministry", "government", "council", "national", "security",
      "intelligence", "navy", "naval", "air", "force", "marine", "border", "guard", "emergency",
      "emergencies", "evacuation", "humanitarian", "mission", "team", "unit", "office", "un",
      "u.n.", "eu", "nato"}, kRoleModifierWord);
    return w;
  }();
  return *t;
}

}  // namespace

bool IsTitleWordLower(std::string_view lower) {
  if (lower.size() > 1 && lower.back() == '.') lower.remove_suffix(1);
  return (Words().Find(lower) & kTitleWord) != 0;
}
bool IsTitleWord(std::string_view word) { return (Words().Find(Key(word).view) & kTitleWord) != 0; }
bool IsRoleNoun(std::string_view word) { return (Words().Find(Key(word).view) & kRoleNounWord) != 0; }
bool IsRoleModifier(std::string_view word) { return (Words().Find(Key(word).view) & kRoleModifierWord) != 0; }
uint8_t TitleWordClasses(std::string_view word) { return static_cast<uint8_t>(Words().Find(Key(word).view)); }

size_t LeadingTitleLength(std::span<const std::string_view> words,
                          const std::function<bool(std::string_view)>& is_modifier) {
  size_t n = 0;
  bool seen_title = false;
  while (n < words.size()) {
    Key key(words[n]);
    std::string_view k = key.view;
    const bool title_word = (Words().Find(k) & kTitleWord) != 0;
    bool title = title_word;
    if (!title && seen_title && (k == "of" || k == "the" || k == "state")) title = true;
    if (!title && n == 0 && is_modifier && words.size() > 1 && IsTitleWord(words[1]) &&
        is_modifier(words[0]))
      title = true;
    if (!title) break;
    seen_title = seen_title || title_word;
    ++n;
  }
  if (n == 0 || n >= words.size() || !seen_title) return 0;
  if (!StartsUpper(words[n])) return 0;
  return n;
}

}  // namespace crosscheck
