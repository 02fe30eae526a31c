// StoryAssigner (see article_stories.h) and RebuildStories (dyad/pipeline.h).
#include "pipeline/article_stories.h"

#include <algorithm>
#include <set>
#include <thread>

#include "dyad/pipeline.h"
#include "pipeline/parallel_for.h"

namespace dyad::pipeline {

StoryAssigner::StoryAssigner(Store& store, const StoryOptions& options)
    : store_(store), clusterer_(options) {}

Status StoryAssigner::Warm() {
  auto state = store_.LoadStoryState();
  if (!state.ok()) return state.status();
  clusterer_.RestoreCounters(state->counters);
  for (const StoryTermRow& t : state->terms) clusterer_.RestoreTerm(t.term, t.df);
  for (auto& m : state->members) clusterer_.RestoreMember(m.story, m.article, std::move(m.vector));
  return Status::OK();
}

Result<uint64_t> StoryAssigner::Assign(const std::vector<std::string>& ids, unsigned threads) {
  auto inputs = store_.StoryInputs(ids);
  if (!inputs.ok()) return inputs.status();
  return AssignInputs(*inputs, threads);
}

Result<uint64_t> StoryAssigner::AssignInputs(const std::vector<StoryInput>& inputs,
                                             unsigned threads) {
  std::vector<const StoryInput*> todo;
  for (const StoryInput& in : inputs)
    if (in.story < 0) todo.push_back(&in);
  if (todo.empty()) return uint64_t{0};
  std::vector<StoryFeatures> features(todo.size());
  ParallelFor(todo.size(), threads, [&](size_t k) {
    features[k] = ComputeStoryFeatures(todo[k]->title, todo[k]->text, todo[k]->actor_codes);
  });
  StoryBatch batch;
  std::set<uint32_t> touched;
  for (size_t k = 0; k < todo.size(); ++k) {
    const StoryInput& in = *todo[k];
    StoryArticle a;
    a.id = in.id;
    a.title = in.title;
    a.outlet = in.outlet;
    a.date = StoryDate(in.published);
    a.features = std::move(features[k]);
    if (!in.copy_of.empty()) {
      // The copied article's story: assigned in this run, or stored.
      const int64_t in_run = clusterer_.StoryOf(in.copy_of);
      a.join_story = in_run >= 0 ? in_run : in.copy_of_story;
    }
    StoryAssignment why;
    clusterer_.Assign(a, &why);
    if (why.rule == StoryRule::kAlreadyAssigned) continue;
    ArticleStory row;
    row.article = in.id;
    row.story = why.story;
    row.rule = std::string(StoryRuleName(why.rule));
    row.similarity = why.similarity;
    if (why.rule == StoryRule::kCopyOfOriginal) row.copy_of = in.copy_of;
    row.date = a.date;
    row.vector = std::move(why.vector);
    batch.articles.push_back(std::move(row));
    touched.insert(why.story);
  }
  for (uint32_t id : clusterer_.TakeChangedTerms())
    batch.terms.push_back({id, clusterer_.term(id), clusterer_.doc_freq(id)});
  batch.counters = clusterer_.counters();
  for (uint32_t story : touched) {
    StorySummary s = clusterer_.Summarize(story);
    batch.labels.push_back({story, s.label, s.label_article, s.key_terms, s.key_actors});
  }
  Status s = store_.PutStories(batch);
  if (!s.ok()) return s;
  return static_cast<uint64_t>(batch.articles.size());
}

}  // namespace dyad::pipeline

namespace dyad {

Result<uint64_t> RebuildStories(Store& store, const StoryOptions& options, uint32_t batch_size,
                                unsigned threads) {
  if (batch_size == 0) batch_size = 256;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  Status s = store.ClearStories();
  if (!s.ok()) return s;
  pipeline::StoryAssigner assigner(store, options);
  uint64_t assigned = 0;
  for (int64_t seq = 0;;) {
    auto inputs = store.StoryInputsAfter(seq, batch_size);
    if (!inputs.ok()) return inputs.status();
    if (inputs->empty()) break;
    auto n = assigner.AssignInputs(*inputs, threads);
    if (!n.ok()) return n.status();
    assigned += *n;
    seq = inputs->back().seq;
  }
  return assigned;
}

}  // namespace dyad
