// EntityRecognizer: the model-backed implementation and the JSON record.
//
// Per sentence: (1) words are the segmenter's tokens with a possessive
// ending split off ("Ukraine's" -> "Ukraine" + "'s", as GMB tokenises);
// (2) the perceptron tags them (tagger.h) and person spans lose leading
// titles; (3) facility rules: a non-person name or capitalised run followed
// by a facility head noun ("Azovstal steel works", "Donetsk airport"), or a
// name ending in a capitalised head ("Boryspil Airport"), becomes a facility;
// (4) each person gets the title/role phrase written before it ("Mariupol
// mayor", "U.N. Secretary-General") and an appositive role after it
// (", the mayor of Mariupol,"). Then name coreference (coref.h) runs over the
// whole document. The rules after the tagger live in mention_rules.h
// (sentence_rules.cc, organisation_rules.cc, mention_roles.cc,
// document_rules.cc); this file runs them in order.
#include "recognize/entity/entity.h"

#include <algorithm>
#include <cstring>

#include "core/data_dir.h"
#include "recognize/entity/coref.h"
#include "recognize/entity/gazetteer.h"
#include "recognize/entity/gmb.h"
#include "recognize/entity/mention_rules.h"
#include "recognize/entity/name_text.h"
#include "recognize/entity/perceptron.h"
#include "recognize/entity/tagger.h"
#include "recognize/entity/titles.h"

namespace crosscheck {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kLocation: return "location";
    case EntityType::kFacility: return "facility";
    case EntityType::kOther: return "other";
  }
  return "other";
}

namespace {

using namespace entity_internal;

// Words of document-wide scratch a thread keeps between documents (~6 MB).
constexpr size_t kKeepScratchWords = size_t{1} << 18;

class ModelRecognizer : public EntityRecognizer {
 public:
  // The first-name list is read here, with the model, not by the first
  // document that needs it.
  ModelRecognizer(NerModel model, Gazetteer gazetteer) : model_(std::move(model)), gaz_(std::move(gazetteer)) {
    entity_internal::LexiconFirstNames();
    entity_internal::LoadGenericNounLexicon();
  }
  ModelRecognizer(const ModelRecognizer&) = delete;  // holds the whole model
  ModelRecognizer& operator=(const ModelRecognizer&) = delete;

  std::vector<Entity> Recognize(const Document& doc, const Segmentation& seg) const override {
    thread_local Scratch s;
    std::vector<Entity> out;
    std::string_view text = doc.text;
    for (const Sentence& sent : seg.sentences) {
      s.words.clear();
      s.name_parts.clear();
      s.spans.clear();
      for (uint32_t t = sent.token_begin; t < sent.token_end && t < seg.tokens.size(); ++t) {
        const Token& tok = seg.tokens[t];
        if (tok.span.end > text.size()) continue;
        std::string_view w = tok.span.Of(text);
        // Every possessive ending ('s, ’s, ', ’) ends in one of these bytes.
        const unsigned char last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
        size_t poss = tok.kind == TokenKind::kWord && (last == 's' || last == 'S' || last == '\'' || last == 0x99)
                          ? PossessiveSuffixLength(w)
                          : 0;
        if (!poss && tok.kind == TokenKind::kWord) poss = HyphenSuffixLength(w);
        if (poss) {
          uint32_t cut = tok.span.end - static_cast<uint32_t>(poss);
          s.words.push_back(w.substr(0, w.size() - poss));
          s.spans.push_back(Span{tok.span.start, cut});
          s.words.push_back(w.substr(w.size() - poss));
          s.spans.push_back(Span{cut, tok.span.end});
        } else {
          s.words.push_back(w);
          s.spans.push_back(tok.span);
        }
      }
      if (s.words.empty()) continue;
      s.title_classes.assign(s.words.size(), 0);
      const bool headline = IsHeadlineCase(s.words);
      const size_t first_of_sentence = out.size();
      TagSentence(model_, gaz_, s.words, &s.features, &s.labels);
      auto is_mod = [&](std::string_view w) { return IsNationalityOrCountry(gaz_, w); };
      LabelsToSpans(s.labels, s.words, is_mod, &s.label_spans);
      DropCapitalisedCommonWords(gaz_, &s);
      MergeAdjacentNames(gaz_, &s);
      TrimJoiners(&s);
      SplitAtTitles(gaz_, &s);
      RepairByContext(gaz_, &s);
      StripPartyWords(gaz_, &s);
      RetypeFirstNamePersons(gaz_, &s);
      AddGazetteerNames(gaz_, &s);
      AddCaselessPlaces(gaz_, &s);
      SplitPlaceAndRegion(gaz_, &s);
      AddStatePlaces(gaz_, &s);
      ExtendPersons(gaz_, &s);
      AddLoneFirstNames(gaz_, &s);
      AddFacilities(gaz_, &s);
      RetypeCountryPossessives(gaz_, &s);
      AddInstitutions(&s);
      TypeByOrganisationHead(gaz_, &s);
      SplitAtAnd(gaz_, &s);
      JoinOrganisations(&s);
      JoinWordsBeforeOrganisationHeads(gaz_, &s);
      JoinPlaceAndInstitution(gaz_, &s);
      JoinCorporateSuffixes(gaz_, &s);
      JoinAmpersandNames(&s);
      HandFirstNamesOn(gaz_, &s);
      TypeCamelCaseNames(gaz_, &s);
      DropAddressPieces(&s);
      JoinDisplayNames(&s);
      TypeLawNames(&s);
      TypeEventNames(&s);
      JoinProgramNames(&s);
      ApplyMetonymyPolicy(gaz_, &s);
      ApplyPlacePolicy(gaz_, &s);
      TypeSpeakingNames(gaz_, &s);
      TypeCapitalTheNames(gaz_, &s);
      RetypeGenericNounPlaces(gaz_, &s);
      AddImperativeNames(gaz_, &s);
      TypeNamesBeforeOrganisationNouns(gaz_, &s);
      TypeListedOrganisations(gaz_, &s);
      TypeProductNames(gaz_, &s);
      TypePlacesByGeographicNouns(gaz_, &s);
      TypeCitedAuthors(gaz_, &s);
      TypeListItems(gaz_, &s);
      TrimSentenceOpeningWords(gaz_, &s);
      DropCalendarDates(&s);
      DropCodesAndNumerals(&s);
      {
        // Only a sentence with a bracket can define an acronym; memchr over
        // its bytes is cheaper than the rule's scan of every word.
        const size_t from = s.spans.front().start, to = s.spans.back().end;
        if (to > from && std::memchr(text.data() + from, '(', to - from) != nullptr) AddAcronymDefinitions(gaz_, &s);
      }
      for (const LabelSpan& ls : s.label_spans) out.push_back(MakeEntity(gaz_, text, s, ls));
      if (headline)
        for (size_t k = first_of_sentence; k < out.size(); ++k) s.headline_mentions.push_back(k);
      s.doc_words.insert(s.doc_words.end(), s.words.begin(), s.words.end());
      s.doc_spans.insert(s.doc_spans.end(), s.spans.begin(), s.spans.end());
    }
    DropUnconfirmedHeadlineMentions(gaz_, text, &s, &out);
    AddDiscourseMentions(gaz_, &s, &out);
    RepeatMultiWordNames(&s, &out);
    UnifyNameTypes(gaz_, text, &out);
    TypeShortForms(gaz_, text, &s, &out);
    TypeFamilyNames(gaz_, text, &out);
    TypeLanguageNames(gaz_, text, &out);
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) { return a.span < b.span; });
    ResolveNames(text, gaz_, &out);
    s.doc_words.clear();
    s.doc_spans.clear();
    s.headline_mentions.clear();
    // The document-wide lists hold a view and a span per word (24 bytes):
    // kept for the next document of ordinary size, handed back after a
    // long one (a 100 MB line's ~20 M words held ~460 MB for the rest of
    // the run).
    if (s.doc_words.capacity() > kKeepScratchWords) {
      std::vector<std::string_view>().swap(s.doc_words);
      std::vector<Span>().swap(s.doc_spans);
      std::vector<size_t>().swap(s.headline_mentions);
    }
    return out;
  }

 private:
  NerModel model_;
  Gazetteer gaz_;
};

// Lower-cased words of a phrase, without "'s".
std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur, low;
  auto flush = [&] {
    if (cur.empty()) return;
    LowerWord(cur, &low);
    if (low.size() > 2 && low.compare(low.size() - 2, 2, "'s") == 0) low.resize(low.size() - 2);
    while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
    if (!low.empty()) out.push_back(low);
    cur.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',') flush();
    else cur.push_back(c);
  }
  flush();
  return out;
}

}  // namespace

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Load(const std::string& model_dir) {
  auto gaz = Gazetteer::Load(model_dir + "/gazetteer");
  if (!gaz.ok()) return gaz.error().Wrap("loading entity gazetteers");
  auto model = NerModel::Load(model_dir + "/ner.model");
  if (!model.ok()) return model.error().Wrap("loading entity model");
  return std::shared_ptr<const EntityRecognizer>(
      std::make_shared<ModelRecognizer>(std::move(model).value(), std::move(gaz).value()));
}

std::shared_ptr<const EntityRecognizer> EntityRecognizer::FromParts(NerModel model, Gazetteer gazetteer) {
  return std::make_shared<ModelRecognizer>(std::move(model), std::move(gazetteer));
}

std::string EntityRecognizer::DefaultModelDir() { return DataPath("models"); }

// present/json_records.cc writes this record without building it
// (AppendEntityRecord): a change here needs the same change there.
Json EntityToJson(const Document& doc, const std::vector<Entity>& es, size_t i) {
  const Entity& e = es[i];
  Json j;
  j["id"] = RecordId('e', doc.id, i);
  j["doc"] = doc.id;
  j["start"] = e.span.start;
  j["end"] = e.span.end;
  j["text"] = std::string(e.span.Of(doc.text));
  j["type"] = EntityTypeName(e.type);
  j["name"] = e.name;
  j["title"] = JsonStringOrNull(e.title);
  j["role"] = JsonStringOrNull(e.role);
  j["cluster"] = e.cluster;
  if (e.name_part.end > e.name_part.start) {
    Json part;
    part["start"] = e.name_part.start;
    part["end"] = e.name_part.end;
    part["text"] = std::string(e.name_part.Of(doc.text));
    part["type"] = EntityTypeName(e.name_part_type);
    j["name_part"] = std::move(part);
  } else {
    j["name_part"] = nullptr;
  }
  return j;
}

int ResolveRoleMention(const std::vector<Entity>& entities, const Document& doc, std::string_view role,
                       uint32_t before_offset) {
  std::vector<std::string> words = LowerWords(role);
  if (words.empty()) return -1;
  const std::string& head = words.back();
  const bool person_role = IsRoleNoun(head) || IsTitleWord(head);
  for (size_t k = entities.size(); k-- > 0;) {
    const Entity& e = entities[k];
    if (e.span.start >= before_offset || e.cluster < 0) continue;
    if (person_role) {
      if (e.type != EntityType::kPerson) continue;
      for (const Atom* phrase : {&e.title, &e.role})
        for (const std::string& w : LowerWords(*phrase))
          if (w == head) return e.cluster;
    } else if (e.type == EntityType::kOrganization || e.type == EntityType::kFacility) {
      for (const std::string& w : LowerWords(e.name))
        if (w == head) return e.cluster;
    }
  }
  (void)doc;
  return -1;
}

}  // namespace crosscheck
