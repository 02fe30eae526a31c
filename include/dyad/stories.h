// dyad/stories.h: grouping articles into stories, the articles about one
// real-world happening across outlets and days.
//
// Articles are assigned online, as they arrive, from their content words,
// the actors the caller names and their date:
//
//   dyad::StoryClusterer clusterer;  // default StoryOptions
//   for (const Article& a : arriving) {
//     dyad::StoryArticle s;
//     s.id = a.id; s.title = a.title; s.outlet = a.outlet;
//     s.date = dyad::StoryDate(a.published);            // 0 when unknown
//     s.features = dyad::ComputeStoryFeatures(a.title, a.text, actor_codes);
//     s.join_story_of = original_id_if_a_copy;           // optional
//     uint32_t story = clusterer.Assign(s);
//   }
//   for (const dyad::StorySummary& st : clusterer.Summaries()) ...
//
// Method (docs/stories.md): an article's features are the counts of its
// content words (lower-cased ASCII words of 3+ letters, not function words,
// a plural "s" stripped; title words count three times) and of the actor
// codes given ("@CHN"). At arrival the counts are weighted by sublinear TF
// times an IDF from the document frequencies seen so far, and L2-normalised.
// A story's centroid is the sum of its members' vectors. The article joins
// the live story whose centroid is most similar (cosine) if that similarity
// is at least StoryOptions::threshold, else it starts a new story.
//
// Time: a story is live for an article dated D if D lies within cold_gap_days
// of the story's span [first, last] (so a story goes cold cold_gap_days after
// its last article). Undated articles (date 0) are assigned by content alone,
// with no time constraint, and do not change a story's span.
//
// Bounded work: candidate stories come from an inverted index of the top
// terms of each member article (StoryOptions::probe_terms), not a scan of
// all stories, and are checked for time (Live) before any similarity is
// computed. No story is ever dropped from the index, so arrival order need
// not follow dates: an archive read outlet by outlet, or an article arriving
// weeks late, still finds the story it belongs to.
//
// Copies: a StoryArticle with join_story_of naming an article already
// assigned (or join_story naming a story) goes into that story whatever its
// content or date.
//
// Across runs: the state that decides future assignments is the vocabulary
// with its document frequencies, two counters and every member's vector
// (StoryAssignment::vector). A store keeps them, and
// Restore* rebuilds a clusterer that assigns exactly as the one that wrote
// them would have (docs/stories.md, "Across runs").
//
// Determinism: the result depends only on the order of Assign calls; ties
// go to the older story. ClusterStoriesInBatch sorts by (date, id), undated
// last, and assigns in that order, so re-clustering in batch gives exactly
// what arrival in that order gave.
//
// Thread safety: a StoryClusterer is not thread-safe; use one per thread.
#ifndef DYAD_STORIES_H_
#define DYAD_STORIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

// Raw term counts of one article, sorted by term, terms unique.
struct StoryFeatures {
  std::vector<std::pair<std::string, float>> terms;
};

// Content words of `title` (counted three times) and `text`, plus one "@CODE"
// term per actor code (each counted twice, repeats add up).
StoryFeatures ComputeStoryFeatures(std::string_view title, std::string_view text,
                                   const std::vector<std::string>& actor_codes = {});

// "2024-07-10", "2024-07-10T08:00:00Z" -> 20240710; 0 when not a date.
int32_t StoryDate(std::string_view published);

// Days from one yyyymmdd date to another (b - a); both must be valid dates.
int32_t StoryDaysBetween(int32_t a, int32_t b);

struct StoryOptions {
  double threshold = 0.20;    // least cosine to join a story (docs/stories.md)
  int32_t cold_gap_days = 7;  // a story goes cold this long after its span
  size_t probe_terms = 12;    // top terms per article used to find candidates
  size_t key_terms = 8;       // terms listed in a summary
};

// One article to assign.
struct StoryArticle {
  std::string id;
  std::string title;
  std::string outlet;
  int32_t date = 0;  // yyyymmdd; 0 when unknown
  StoryFeatures features;
  std::string join_story_of;  // the original's id when this is a copy
  int64_t join_story = -1;    // the original's story when the caller knows it (wins)
};

// Why an article is in its story.
enum class StoryRule {
  kNewStory,            // no live story was similar enough: it starts one
  kJoinedBySimilarity,  // the most similar live story, at least the threshold
  kCopyOfOriginal,      // a copy joins its original's story
  kAlreadyAssigned,     // the id was assigned before: its story, unchanged
};
// "new-story", "joined-by-similarity", "copy-of-original", "already-assigned".
std::string_view StoryRuleName(StoryRule rule);

// What Assign decided for one article.
struct StoryAssignment {
  uint32_t story = 0;
  StoryRule rule = StoryRule::kNewStory;
  double similarity = 0;  // cosine to the story joined by similarity; else 0
  // The article's weighted, normalised vector (term id, weight), sorted by
  // term id: what a store keeps to restore the story in a later run.
  std::vector<std::pair<uint32_t, float>> vector;
};

// The counters a clusterer's state needs besides terms and member vectors.
struct StoryCounters {
  uint64_t documents = 0;  // articles weighed (document frequencies' N)
  uint32_t stories = 0;    // stories created
};

// What a story is, for people.
struct StorySummary {
  uint32_t id = 0;
  std::string label;          // title of the member most similar to the centroid
  std::string label_article;  // that member's id
  int32_t first_date = 0;     // yyyymmdd of the earliest dated member; 0 if none
  int32_t last_date = 0;
  std::vector<std::string> articles;    // in assignment order
  std::vector<std::string> outlets;     // sorted, unique, non-empty
  std::vector<std::string> key_terms;   // heaviest centroid words
  std::vector<std::string> key_actors;  // heaviest centroid actor codes ("CHN")
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = StoryOptions());

  // Assigns one article and returns its story id (0, 1, 2... in order of
  // creation). A copy (join_story_of set and already assigned) joins its
  // original's story; its date widens the story's span like any member's.
  // An id assigned before gets its old story back, unchanged.
  // With `explain`, also says why, with the article's vector.
  uint32_t Assign(const StoryArticle& article, StoryAssignment* explain = nullptr);

  // The story of an article id; -1 when not assigned.
  int64_t StoryOf(std::string_view article_id) const;

  size_t story_count() const { return stories_.size(); }
  StorySummary Summarize(uint32_t story) const;
  std::vector<StorySummary> Summaries() const;

  // ---- State, for a store (see "Across runs" above) ----
  StoryCounters counters() const;
  size_t term_count() const { return terms_.size(); }
  const std::string& term(uint32_t id) const { return terms_.at(id); }
  uint32_t doc_freq(uint32_t id) const { return doc_freq_.at(id); }
  // Term ids added or whose document frequency changed since the last call,
  // ascending.
  std::vector<uint32_t> TakeChangedTerms();

  // Restoring a stored state into a new clusterer: RestoreCounters first,
  // then every term in id order, then the members of each story in
  // assignment order, with the vectors their StoryAssignment gave.
  // REQUIRES: in that order, on a clusterer that has assigned nothing.
  void RestoreCounters(const StoryCounters& counters);
  void RestoreTerm(const std::string& term, uint32_t doc_freq);
  void RestoreMember(uint32_t story, const StoryArticle& article,
                     std::vector<std::pair<uint32_t, float>> vector);

 private:
  struct Member {
    std::string id, title, outlet;
    std::vector<std::pair<uint32_t, float>> vector;  // weighted, normalised
  };
  struct Story {
    int32_t first = 0, last = 0;  // 0: no dated member yet
    std::unordered_map<uint32_t, double> centroid;
    double norm2 = 0;
    std::vector<uint32_t> members;  // indexes into members_
  };
  std::vector<std::pair<uint32_t, float>> Weigh(const StoryFeatures& f);
  bool Live(const Story& s, int32_t date) const;
  void Join(uint32_t story, uint32_t member, int32_t date);

  StoryOptions options_;
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<std::string> terms_;
  std::vector<uint32_t> doc_freq_;
  uint64_t docs_ = 0;
  std::vector<Member> members_;
  std::vector<Story> stories_;
  std::unordered_map<std::string, uint32_t> story_of_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings_;  // term -> stories
  std::vector<uint32_t> changed_terms_;
  std::vector<bool> term_changed_;
};

// Assigns `articles` in (date, id) order, undated ones last: the same result
// as arrival in that order.
StoryClusterer ClusterStoriesInBatch(std::vector<StoryArticle> articles,
                                     StoryOptions options = StoryOptions());

}  // namespace dyad

#endif  // DYAD_STORIES_H_
