// RunIngest (see dyad/pipeline.h).
//
// The calling thread reads documents into chunks of batch_size. A full chunk
// is handed to a background task that extracts and segments its documents on
// the worker threads; meanwhile the calling thread reads the next chunk.
// Then the calling thread asks the store, once for the chunk, which of its
// articles are already stored, coded and quoted (ArticleStates), finishes
// the others on the worker threads (quotes, then coding: FinishRecord) while
// the next chunk is being extracted, and stores the chunk, in input order,
// as one transaction. At most two chunks are in memory at once, whatever the
// input size, and re-ingesting known articles costs extraction alone.
#include <chrono>
#include <future>
#include <optional>
#include <thread>

#include "dyad/pipeline.h"
#include "pipeline/article_copies.h"
#include "pipeline/article_stories.h"
#include "pipeline/parallel_for.h"

namespace dyad {
namespace {

// Quotes and events of a prepared record, skipping what the store already
// holds of it (`state`).
void FinishRecord(const IngestOptions& options, const ArticleState& state, ArticleRecord* rec) {
  const bool code = options.coder != nullptr && !state.coded;
  // Coding attributes statements to quotes, so a record to code needs its
  // quotes even when they are stored (the store then keeps its own).
  if (options.quotes && (!state.quoted || code)) {
    rec->quotes = QuoteArticle(rec->article, rec->sentences,
                               options.coder ? &options.coder->dictionary() : nullptr);
    rec->quoted = true;
  }
  if (code) {
    rec->events = CodeArticle(*options.coder, rec->article.text, rec->sentences,
                              PublicationDay(rec->article.published), rec->quotes);
    rec->coded = true;
  }
}

struct Chunk {
  std::vector<RawDocument> docs;
  std::vector<std::optional<ArticleRecord>> records;  // parallel to docs
  std::vector<std::string> failures;                  // parallel to docs
};

class IngestRun : public DocumentVisitor {
 public:
  IngestRun(Store& store, const IngestOptions& options) : store_(store), options_(options) {
    threads_ = options.threads ? options.threads : std::thread::hardware_concurrency();
    if (threads_ == 0) threads_ = 1;
    batch_size_ = options.batch_size ? options.batch_size : 256;
  }

  void OnDocument(RawDocument doc) override {
    if (!status_.ok()) return;  // the store failed: stop storing, keep reading cheaply
    ++summary_.documents;
    summary_.bytes += doc.body.size();
    current_.docs.push_back(std::move(doc));
    if (current_.docs.size() >= batch_size_) Submit();
  }

  void OnProblem(const InputProblem& problem) override {
    if (problem.kind == InputProblem::Kind::kRejected) {
      ++summary_.rejected;
    } else {
      ++summary_.repaired;
    }
    Report(problem);
  }

  void OnProgress(uint64_t done, uint64_t total) override {
    bytes_done_ = done;
    bytes_total_ = total;
    if (options_.on_progress) options_.on_progress(summary_, done, total);
  }

  // Processes and stores whatever is left; returns the final status.
  Status Finish() {
    if (!current_.docs.empty()) Submit();
    DrainPending();
    return status_;
  }

  IngestSummary& summary() { return summary_; }

 private:
  void Report(const InputProblem& problem) {
    ++summary_.problem_count;
    if (summary_.problems.size() < options_.max_kept_problems) summary_.problems.push_back(problem);
    if (options_.on_problem) options_.on_problem(problem);
  }

  void Submit() {
    Chunk chunk = std::move(current_);
    current_ = Chunk();
    auto task = std::async(std::launch::async, [this, chunk = std::move(chunk)]() mutable {
      chunk.records.resize(chunk.docs.size());
      chunk.failures.resize(chunk.docs.size());
      pipeline::ParallelFor(chunk.docs.size(), threads_, [&](size_t i) {
        auto rec = PrepareArticle(chunk.docs[i], options_.extract);
        if (rec.ok()) {
          chunk.records[i] = std::move(rec).value();
        } else {
          chunk.failures[i] = rec.status().message();
        }
        chunk.docs[i].body = std::string();  // release the bytes early
      });
      return chunk;
    });
    DrainPending();  // store the previous chunk while this one is processed
    pending_ = std::move(task);
  }

  void DrainPending() {
    if (!pending_.valid()) return;
    Chunk done = pending_.get();
    std::vector<ArticleRecord> batch;
    batch.reserve(done.docs.size());
    for (size_t i = 0; i < done.docs.size(); ++i) {
      if (!done.records[i]) {
        ++summary_.articles_empty;
        ++summary_.rejected;
        InputProblem p;
        p.kind = InputProblem::Kind::kRejected;
        p.source = done.docs[i].source;
        p.locator = done.docs[i].locator;
        p.message = done.failures[i];
        Report(p);
        continue;
      }
      Account(*done.records[i]);
      batch.push_back(std::move(*done.records[i]));
    }
    if (batch.empty() || !status_.ok()) return;
    std::vector<ArticleState> states(batch.size());
    if (options_.coder != nullptr || options_.quotes || options_.copies) {
      std::vector<std::string> ids;
      ids.reserve(batch.size());
      for (const ArticleRecord& rec : batch) ids.push_back(rec.id);
      auto read = store_.ArticleStates(ids);
      if (!read.ok()) {
        status_ = read.status();
        return;
      }
      states = std::move(*read);
      pipeline::ParallelFor(batch.size(), threads_,
                            [&](size_t i) { FinishRecord(options_, states[i], &batch[i]); });
    }
    auto put = store_.PutArticles(batch, options_.coder != nullptr ? &options_.coder_run : nullptr);
    if (!put.ok()) {
      status_ = put.status();
      return;
    }
    summary_.articles_new += put->inserted;
    summary_.articles_known += put->already_present;
    summary_.events += put->events;
    summary_.quotes += put->quotes;
    if (options_.copies) {
      auto links = LinkCopies(batch, states);
      if (!links.ok()) {
        status_ = links.status();
        return;
      }
      summary_.copy_links += *links;
    }
    if (options_.stories) {
      auto assigned = AssignStories(batch);
      if (!assigned.ok()) {
        status_ = assigned.status();
        return;
      }
      summary_.story_articles += *assigned;
    }
    if (options_.on_progress) options_.on_progress(summary_, bytes_done_, bytes_total_);
  }

  // Copy links of the stored batch; the index is warmed from the store first.
  Result<uint64_t> LinkCopies(const std::vector<ArticleRecord>& batch,
                              const std::vector<ArticleState>& states) {
    if (!copies_) {
      copies_.emplace(store_, options_.provenance);
      Status s = copies_->Warm();
      if (!s.ok()) return s;
    }
    return copies_->Link(batch, states, threads_);
  }

  // Stories of the stored batch; the clusterer is restored from the store first.
  Result<uint64_t> AssignStories(const std::vector<ArticleRecord>& batch) {
    if (!stories_) {
      stories_.emplace(store_, options_.story_options);
      Status s = stories_->Warm();
      if (!s.ok()) return s;
    }
    std::vector<std::string> ids;
    ids.reserve(batch.size());
    for (const ArticleRecord& rec : batch) ids.push_back(rec.id);
    return stories_->Assign(ids, threads_);
  }

  void Account(const ArticleRecord& rec) {
    summary_.sentences += rec.sentences.size();
    summary_.boilerplate_blocks += rec.article.boilerplate_blocks;
    summary_.boilerplate_chars += rec.article.boilerplate_chars;
    if (!rec.article.outlet.empty()) summary_.outlets.insert(rec.article.outlet);
    const std::string day = rec.article.published.substr(0, 10);
    if (!day.empty()) {
      if (summary_.first_published.empty() || day < summary_.first_published)
        summary_.first_published = day;
      if (summary_.last_published.empty() || day > summary_.last_published)
        summary_.last_published = day;
    }
  }

  Store& store_;
  const IngestOptions& options_;
  unsigned threads_;
  size_t batch_size_;
  Chunk current_;
  std::future<Chunk> pending_;
  IngestSummary summary_;
  Status status_;
  uint64_t bytes_done_ = 0, bytes_total_ = 0;
  std::optional<pipeline::CopyLinker> copies_;
  std::optional<pipeline::StoryAssigner> stories_;
};

}  // namespace

Result<IngestSummary> RunIngest(const std::vector<std::string>& paths, Store& store,
                                const IngestOptions& options) {
  auto start = std::chrono::steady_clock::now();
  IngestRun run(store, options);
  Status s = ReadPaths(paths, options.reader, run);
  Status finished = run.Finish();
  if (!finished.ok()) return finished;
  if (!s.ok()) return s;
  IngestSummary summary = std::move(run.summary());
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace dyad
