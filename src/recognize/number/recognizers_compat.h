// The Recognizers-Text compatibility mapping: our numeral, range and
// measure layers projected onto the models of Microsoft Recognizers-Text
// (NumberModel, OrdinalModel, PercentModel, NumberRangeModel, Currency,
// Dimension, Temperature, Age), so their English spec files can score us.
// The mapping is documented in docs/NUMBERS.md; what it adds beyond our own
// layers is glue only (type names, unit names, value formatting, a few
// comparison phrases and relative ordinals such as "next to last").
//
// Pure functions; thread-safe.
#ifndef CROSSCHECK_RECOGNIZE_NUMBER_RECOGNIZERS_COMPAT_H_
#define CROSSCHECK_RECOGNIZE_NUMBER_RECOGNIZERS_COMPAT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class RecognizersModel { kNumber, kOrdinal, kPercent, kNumberRange, kCurrency, kDimension, kTemperature, kAge };

struct RecognizersResult {
  uint32_t start = 0, end = 0;  // bytes, end exclusive
  std::string type;             // "number", "ordinal", "ordinal.relative", "percentage", "numberrange",
                                // "currency", "dimension", "temperature", "age"
  std::string value;            // as Recognizers writes it: "12.5", "20%", "[20,30)", "end-1"; "" = null
  std::string unit;             // unit name for the NumberWithUnit models
};

std::vector<RecognizersResult> RecognizersView(std::string_view text, RecognizersModel model);

// Shortest decimal text of `v` that reads back as v ("0.5", "1E-12" style not used).
std::string FormatNumber(double v);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_NUMBER_RECOGNIZERS_COMPAT_H_
