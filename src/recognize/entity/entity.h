// Named entities: people, organisations, locations and facilities, with
// titles and roles kept apart from names and one canonical name per entity
// within a document. (Owned by the entities work: see docs/ENTITIES.md.)
//
// EntityRecognizer is built once (Load), then const and thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_
#define CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/json_util.h"
#include "core/span.h"
#include "core/status.h"
#include "segment/segmenter.h"

namespace crosscheck {

enum class EntityType { kPerson, kOrganization, kLocation, kFacility, kOther };
const char* EntityTypeName(EntityType type);  // "person" | "organization" | ...

struct Entity {
  Span span;               // the name as written, titles excluded
  EntityType type = EntityType::kOther;
  std::string name;        // canonical name shared by all mentions of the entity
  std::string title;       // title or role written before the name ("Lieutenant Colonel"), "" = none
  int cluster = -1;        // mentions with the same cluster are one entity in this document
};

class EntityRecognizer {
 public:
  // Loads the model and gazetteers from `model_dir` (default: the built-in
  // path, see DefaultModelDir()).
  static Result<std::shared_ptr<const EntityRecognizer>> Load(const std::string& model_dir);
  static std::string DefaultModelDir();
  virtual ~EntityRecognizer() = default;
  virtual std::vector<Entity> Recognize(const Document& doc, const Segmentation& seg) const = 0;
};

// The `entities` record of docs/OUTPUT.md for entities[i] of `doc`.
Json EntityToJson(const Document& doc, const std::vector<Entity>& entities, size_t i);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_ENTITY_ENTITY_H_
