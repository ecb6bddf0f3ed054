// Placeholder until the entities work lands: finds nothing.
#include "recognize/entity/entity.h"

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
class NullRecognizer : public EntityRecognizer {
 public:
  std::vector<Entity> Recognize(const Document&, const Segmentation&) const override { return {}; }
};
}  // namespace

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Load(const std::string&) {
  return std::shared_ptr<const EntityRecognizer>(std::make_shared<NullRecognizer>());
}
std::string EntityRecognizer::DefaultModelDir() { return std::string(CROSSCHECK_SOURCE_DIR) + "/models"; }

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
  return j;
}

}  // namespace crosscheck
