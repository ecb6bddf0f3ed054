// StoryHeadline: a title that says what a story is about, built from what
// the analysis already found — its key entity, its place and its dominant
// events — such as "Azovstal plant, Mariupol: sheltering and evacuation",
// rather than the first sentence of one report.
//
// How (general, no list of stories or names):
//  - events: the states of the story's claims (sheltering, evacuated,
//    killed …, src/claims), counted once per document, the two most common
//    named as nouns ("evacuation", "deaths"), each only when two documents
//    state it (unless the story has one);
//  - subject: the facility most documents name (a claim's place of kind
//    facility counts too), else the organisation or person most documents
//    name; names of one entity spelled several ways ("Azovstal plant",
//    "Azovstal steelworks") are pooled by their first word;
//  - place: the location claims and documents name most, claims' places
//    weighing most (a figure's place is where things happen), never the
//    subject itself;
//  - "<subject>, <place>: <event> and <event>", dropping what is missing;
//    with none of them, the fallback (the first document's title, else the
//    names the documents share most: fuse.cc).
// BuildStory (fuse.h) titles every story with it, so the JSON, the HTML
// report, the store, the web page and the exports show one title.
// Deterministic (ties break by name); pure; thread-safe.
#ifndef CROSSCHECK_FUSE_HEADLINE_H_
#define CROSSCHECK_FUSE_HEADLINE_H_

#include <string>
#include <vector>

#include "claims/analysis.h"

namespace crosscheck {

// What the headline is built from, gathered from one story's documents
// (copies left out: a reprint is not a second voice).
struct HeadlineFacts {
  struct Name {
    std::string name;  // canonical name in its document
    std::string type;  // person | organization | location | facility | other
    int doc = 0;       // which document of the story (any stable number)
    int count = 1;     // mentions of this name and type in that document
  };
  struct Event {
    std::string state;       // claim state ("evacuated"); may be empty
    std::string place;       // claim place; may be empty
    std::string place_kind;  // facility | city | region | country | area | ""
    int doc = 0;
    int count = 1;           // claims of that document with this state, place and kind
  };
  std::vector<Name> names;
  std::vector<Event> events;
  std::string fallback;
};

std::string StoryHeadline(const HeadlineFacts& facts);
// The same with another fallback (for a story fusion left untitled).
std::string StoryHeadline(HeadlineFacts facts, std::string fallback);

// The noun a headline uses for a claim state: "evacuated" -> "evacuation",
// "killed" -> "deaths"; an unknown state is returned as it is.
std::string EventNoun(const std::string& state);

// Facts of the story made of `docs` (indices into analyses); a document
// with copy_of[d] >= 0 is left out. The fallback is left empty.
HeadlineFacts FactsFromAnalyses(const std::vector<DocAnalysis>& analyses, const std::vector<int>& docs,
                                const std::vector<int>& copy_of);

}  // namespace crosscheck

#endif  // CROSSCHECK_FUSE_HEADLINE_H_
