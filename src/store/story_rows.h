// Internal to store: the story tables' SQL (stories, article_stories,
// story_terms, story_state; schema.cc): what the clusterer reads of an
// article, writing a batch of assignments with the clusterer's state,
// loading that state back, and the queries behind QueryStories and GetStory.
#ifndef DYAD_STORE_STORY_ROWS_H_
#define DYAD_STORE_STORY_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/sqlite_handle.h"

namespace dyad::store {

// A story vector as a BLOB (per term: uint32 LE id, float32 LE weight), and
// back (Corruption when the size is not a multiple of 8).
std::string EncodeStoryVector(const std::vector<std::pair<uint32_t, float>>& v);
Status DecodeStoryVector(std::string_view blob, std::vector<std::pair<uint32_t, float>>* out);

// The StoryInput of each article row in `rowids` (ascending), in that order.
Result<std::vector<StoryInput>> ReadStoryInputs(Database& db, const std::vector<int64_t>& rowids);

// The clusterer's stored state.
Result<StoredStoryState> ReadStoryState(Database& db);

// The statements that write stories, prepared once per connection.
class StoryWriter {
 public:
  Status Prepare(Database& db);
  // Writes `batch` inside an open transaction; `rowids` and `copy_rowids`
  // are parallel to batch.articles (copy_rowids -1 for none).
  Status Put(const StoryBatch& batch, const std::vector<int64_t>& rowids,
             const std::vector<int64_t>& copy_rowids);

 private:
  Statement story_, member_, term_, state_, label_, recount_;
};

// Stories matching `filter` (the actor already an upper-case code of
// letters and digits), newest first.
Result<std::vector<StoredStory>> RunStoryQuery(Database& db, const StoryFilter& filter);
// One story with members and outlets; NotFound when unknown.
Result<StoredStory> RunStoryGet(Database& db, uint32_t id);

}  // namespace dyad::store

#endif  // DYAD_STORE_STORY_ROWS_H_
