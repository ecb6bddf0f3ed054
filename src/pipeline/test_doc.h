// Test support: a document as the reader would hand it to the pipeline,
// built from an id and a text (path "<id>.txt", English, hash = id), dated
// by metadata when `date` is given, else undated. For tests only.
#ifndef CROSSCHECK_PIPELINE_TEST_DOC_H_
#define CROSSCHECK_PIPELINE_TEST_DOC_H_

#include <string>

#include "pipeline/pipeline.h"

namespace crosscheck::testing_support {

inline DocAnalysis TestDoc(const std::string& id, const std::string& text, const char* date) {
  DocAnalysis a;
  a.doc.id = id;
  a.doc.path = id + ".txt";
  a.doc.text = text;
  a.doc.raw = text;
  a.doc.language = "en";
  a.doc.content_hash = id;
  if (date) {
    a.doc.date = date;
    a.doc.date_origin = "metadata";
  }
  return a;
}

}  // namespace crosscheck::testing_support

#endif  // CROSSCHECK_PIPELINE_TEST_DOC_H_
