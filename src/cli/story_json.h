// Internal to cli and serve: what `dyad story ID` and GET /api/stories/{id}
// show of one story, computed once for both: the stored story, its events
// counted copy-aware (FoldCopies), and its quotes by how many of its
// articles carry them; and the JSON shapes of a story and of that detail.
#ifndef DYAD_CLI_STORY_JSON_H_
#define DYAD_CLI_STORY_JSON_H_

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

// A quotation as the story's articles carry it: its first report and how
// many of the story's articles carry the same words (case and punctuation
// aside).
struct StoryQuote {
  StoredQuote quote;
  size_t articles = 0;
};

struct StoryDetail {
  StoredStory story;
  std::vector<FoldedEvent> events;  // most sources first, then by date
  size_t reports = 0;               // event rows before folding
  std::vector<StoryQuote> quotes;   // most articles first, then first seen
};

// Reads story `id` with its members' events and quotes. NotFound if there
// is no such story.
Result<StoryDetail> LoadStoryDetail(Store& store, uint32_t id);

// The summary of a story, as `dyad stories --json` prints a line.
nlohmann::json StoryJson(const StoredStory& s);

// The summary plus outlet names, members, the folded events and the top
// `max_quotes` quotes, as `dyad story ID --json` prints it.
nlohmann::json StoryDetailJson(const StoryDetail& d, size_t max_quotes);

}  // namespace dyad::cli

#endif  // DYAD_CLI_STORY_JSON_H_
