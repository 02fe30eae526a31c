// Internal to pipeline: story assignment at ingest and in a rebuild
// (dyad/stories.h). A StoryAssigner holds a StoryClusterer restored from the
// store's story state (Warm: the vocabulary, counters and every member's
// vector, never an article's text). For each
// stored batch it reads what the store holds of the batch's articles
// (StoryInput: title, text, outlet, date, its events' actor codes, the
// article it copies), computes their features on the worker threads,
// assigns those without a story in arrival order on the calling thread (a
// copy joins the story of the article it copies) and writes the
// assignments, with the clusterer's changed state, in one transaction
// (PutStories). Ingest and `dyad stories --rebuild` run this same code on
// the same inputs in the same order, so they give the same stories.
#ifndef DYAD_PIPELINE_ARTICLE_STORIES_H_
#define DYAD_PIPELINE_ARTICLE_STORIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "dyad/stories.h"

namespace dyad::pipeline {

class StoryAssigner {
 public:
  StoryAssigner(Store& store, const StoryOptions& options);

  // Restores the clusterer from the store's story state.
  Status Warm();

  // Assigns the stored articles among `ids` that have no story yet.
  // Returns the number assigned.
  Result<uint64_t> Assign(const std::vector<std::string>& ids, unsigned threads);

  // Assigns those of `inputs` (in arrival order) that have no story yet.
  Result<uint64_t> AssignInputs(const std::vector<StoryInput>& inputs, unsigned threads);

 private:
  Store& store_;
  StoryClusterer clusterer_;
};

}  // namespace dyad::pipeline

#endif  // DYAD_PIPELINE_ARTICLE_STORIES_H_
