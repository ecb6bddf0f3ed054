// Paragraph splitting (internal to src/segment): the first pass of Segment().
// A blank line always ends a paragraph. A single line break ends one too,
// unless the text is hard-wrapped there: the line ends without terminal
// punctuation and the next line starts with a lower-case letter, a digit or
// a comma. Paragraph spans are trimmed of surrounding whitespace and never
// empty. Thread-safe (pure function).
#ifndef CROSSCHECK_SEGMENT_PARAGRAPHS_H_
#define CROSSCHECK_SEGMENT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace crosscheck::segment_internal {

// Appends the paragraphs of text[begin, text.size()) to `out`, in order.
void SplitParagraphs(std::string_view text, size_t begin, std::vector<Paragraph>* out);

}  // namespace crosscheck::segment_internal

#endif  // CROSSCHECK_SEGMENT_PARAGRAPHS_H_
