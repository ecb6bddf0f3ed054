// Named entities: people, organisations, locations and facilities, with
// titles and roles kept apart from names and one canonical name per entity
// within a document. See docs/ENTITIES.md for the model, its training
// command, its held-out scores and the gazetteers' provenance.
//
// How it works: each sentence of the Segmentation is tagged by an averaged
// perceptron (tagger.h; possessive "'s" split off first), person spans lose
// their leading titles (titles.h), facility rules turn "<name> steel works"
// and "<name> Airport" into facilities, and name coreference (coref.h) links
// "Prokopenko" and "Lt Col Prokopenko" to "Denis Prokopenko".
//
// EntityRecognizer is built once (Load), then const and thread-safe
// (per-thread scratch memory lives in thread_local storage). Recognize()
// returns mentions sorted by start, never overlapping.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/atom.h"
#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "core/status.h"
#include "segment/segmenter.h"

namespace crosscheck {

class Gazetteer;
class NerModel;

enum class EntityType { kPerson, kOrganization, kLocation, kFacility, kOther };
const char* EntityTypeName(EntityType type);  // "person" | "organization" | ...

struct Entity {
  Span span;               // the name as written, titles excluded
  EntityType type = EntityType::kOther;
  Atom name;               // canonical name shared by all mentions of the entity
  Atom title;              // title or role written before the name ("Lieutenant Colonel"), "" = none
  int cluster = -1;        // mentions with the same cluster are one entity in this document
  Atom role;               // role in an apposition ("Vadym Boychenko, the mayor of Mariupol,"
                           // -> "mayor of Mariupol"), "" = none
  // An institution named by a description around a name ("Russia's defence
  // ministry", "the Ukrainian military": an organisation for quotes and
  // exports) keeps the name inside it apart: its span ("Russia",
  // "Ukrainian") and type (location, other). Empty for every other mention.
  // Name-level scoring (ner_eval.h) counts this name, not the phrase.
  Span name_part{};
  EntityType name_part_type = EntityType::kOther;
};

class EntityRecognizer {
 public:
  // Loads the model (model_dir/ner.model) and gazetteers
  // (model_dir/gazetteer/*.tsv); errors name the file.
  static Result<std::shared_ptr<const EntityRecognizer>> Load(const std::string& model_dir);
  // A recognizer over a model and gazetteer already in memory (the
  // trainer scores each model it builds this way).
  static std::shared_ptr<const EntityRecognizer> FromParts(NerModel model, Gazetteer gazetteer);
  // DataPath("models"): see core/data_dir.h.
  static std::string DefaultModelDir();
  virtual ~EntityRecognizer() = default;
  // Mentions of `doc` (sorted by start, non-overlapping), using the
  // sentences and tokens of `seg`. REQUIRES: seg = Segment(doc.text, ...).
  virtual std::vector<Entity> Recognize(const Document& doc, const Segmentation& seg) const = 0;
};

// The `entities` record of docs/OUTPUT.md for entities[i] of `doc` (adds
// "title" and "role", null when empty, and "cluster").
Json EntityToJson(const Document& doc, const std::vector<Entity>& entities, size_t i);

// Cluster of the entity a role noun phrase refers to ("the mayor", "mayor",
// "the regiment's commander", "the plant"): the nearest entity mentioned
// before byte `before_offset` whose title or role contains the phrase's head
// noun (persons), or whose name contains it (organisations, facilities).
// Returns -1 when none. Pure; thread-safe.
int ResolveRoleMention(const std::vector<Entity>& entities, const Document& doc, std::string_view role,
                       uint32_t before_offset);

// Transliteration-insensitive key for linking name variants across reports
// ("Zelensky" / "Zelenskyy", "Denis" / "Denys"); defined in name_text.cc,
// documented in name_text.h.
std::string NameVariantKey(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_
