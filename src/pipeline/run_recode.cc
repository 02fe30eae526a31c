// RunRecode (see dyad/pipeline.h): every stored article, in id order, coded
// again on the worker threads a batch at a time (its quotes extracted again
// first, with the new dictionaries' speaker codes); each batch's events and
// quotes replace the old ones in one transaction.
#include <algorithm>
#include <chrono>
#include <thread>

#include "dyad/pipeline.h"
#include "pipeline/parallel_for.h"

namespace dyad {

Result<RecodeSummary> RunRecode(Store& store, const RecodeOptions& options) {
  if (options.coder == nullptr) return Status::InvalidArgument("RunRecode needs a coder");
  auto start = std::chrono::steady_clock::now();
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  const size_t batch_size = options.batch_size ? options.batch_size : 256;
  RecodeSummary summary;
  auto before = store.Stats();
  if (!before.ok()) return before.status();
  summary.events_before = before->events;
  auto ids = store.ArticleIds();
  if (!ids.ok()) return ids.status();
  for (size_t at = 0; at < ids->size(); at += batch_size) {
    const size_t n = std::min(batch_size, ids->size() - at);
    std::vector<StoredArticle> articles(n);
    for (size_t i = 0; i < n; ++i) {
      auto got = store.GetArticle((*ids)[at + i]);
      if (!got.ok()) return got.status();
      articles[i] = std::move(got).value();
    }
    std::vector<ArticleEvents> batch(n);
    pipeline::ParallelFor(n, threads, [&](size_t i) {
      const StoredArticle& a = articles[i];
      batch[i].article = a.id;
      if (options.quotes) {
        batch[i].quotes = QuoteArticle(a.article, a.sentences, &options.coder->dictionary());
        batch[i].quoted = true;
      }
      batch[i].events = CodeArticle(*options.coder, a.article.text, a.sentences,
                                    PublicationDay(a.article.published), batch[i].quotes);
    });
    auto stored = store.ReplaceEvents(batch, options.coder_run);
    if (!stored.ok()) return stored.status();
    summary.events += *stored;
    summary.articles += n;
    if (options.on_progress) options.on_progress(summary.articles, ids->size());
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace dyad
