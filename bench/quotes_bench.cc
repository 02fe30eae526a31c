// Quote extraction benchmarks on the plain-text sample corpus (and the seeds
// in ../shared when present), replicated to BenchMegabytes(16) MB.
//
// Workloads (single-threaded), each on two inputs: /0 the sample corpus
// plus seeds (fictional, very quote-dense: every article quotes several
// people; about one quote per 330 bytes), /1 the real articles of
// ../shared/corpus/seeds alone (skipped when absent):
//   BM_PrepareArticle          extraction + segmentation, as ingest does it
//   BM_PrepareArticleAndQuotes the same, then ExtractQuotes on the result
//                              (with the default dictionaries for actor codes)
//   BM_QuotesOnly              ExtractQuotes alone on prepared articles
// Target (quotes issue): quotes add at most 20% to PrepareArticle's time,
// i.e. BM_QuotesOnly time <= 0.2 x BM_PrepareArticle time. The "quotes"
// counter is a check that the runs found the same quotes.
// Run: build/.../bench_quotes --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "dyad/dictionary.h"
#include "dyad/pipeline.h"
#include "dyad/quotes.h"

namespace dyad::bench {
namespace {

// The seeds alone, replicated like Replicate() does.
std::vector<RawDocument> SeedDocuments(uint64_t bytes) {
  struct Collect : DocumentVisitor {
    std::vector<RawDocument> docs;
    void OnDocument(RawDocument d) override { docs.push_back(std::move(d)); }
    void OnProblem(const InputProblem&) override {}
  } c;
  ReadPaths({std::string(DYAD_SHARED_DIR) + "/corpus/seeds"}, ReaderOptions(), c);
  std::vector<RawDocument> out;
  uint64_t total = 0;
  for (uint64_t round = 0; total < bytes && !c.docs.empty(); ++round) {
    for (const RawDocument& d : c.docs) {
      RawDocument copy = d;
      copy.body += "\n\nReplica " + std::to_string(round) + " of this report.";
      total += copy.body.size();
      out.push_back(std::move(copy));
    }
  }
  return out;
}

const std::vector<RawDocument>& Docs(int64_t input) {
  static const std::vector<RawDocument> sample =
      Replicate(ContentType::kText, BenchMegabytes(16) << 20);
  static const std::vector<RawDocument> seeds = SeedDocuments(BenchMegabytes(16) << 20);
  return input == 0 ? sample : seeds;
}

const Dictionary* DefaultDictionary() {
  static const Result<Dictionary> dict = [] {
    std::vector<DictionaryProblem> problems;
    return LoadDefaultDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", &problems);
  }();
  return dict.ok() ? &*dict : nullptr;
}

QuoteOptions Options(const ArticleRecord& rec) {
  QuoteOptions o;
  o.dictionary = DefaultDictionary();
  if (auto d = ParseIsoDate(std::string_view(rec.article.published).substr(0, 10))) o.date = *d;
  return o;
}

std::vector<Span> ParagraphSpans(const Article& a) {
  std::vector<Span> spans;
  for (const Paragraph& p : a.paragraphs) spans.push_back(p.span);
  return spans;
}

void BM_PrepareArticle(benchmark::State& state) {
  if (Docs(state.range(0)).empty()) {
    state.SkipWithError("no input documents");
    return;
  }
  uint64_t bytes = 0;
  for (auto _ : state) {
    for (const RawDocument& d : Docs(state.range(0))) {
      auto rec = PrepareArticle(d, ExtractOptions());
      benchmark::DoNotOptimize(rec);
      bytes += d.body.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_PrepareArticle)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PrepareArticleAndQuotes(benchmark::State& state) {
  if (Docs(state.range(0)).empty()) {
    state.SkipWithError("no input documents");
    return;
  }
  uint64_t bytes = 0, quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const RawDocument& d : Docs(state.range(0))) {
      auto rec = PrepareArticle(d, ExtractOptions());
      bytes += d.body.size();
      if (!rec.ok()) continue;
      quotes += ExtractQuotes(rec->article.text, ParagraphSpans(rec->article), rec->sentences,
                              Options(*rec))
                    .size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_PrepareArticleAndQuotes)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_QuotesOnly(benchmark::State& state) {
  if (Docs(state.range(0)).empty()) {
    state.SkipWithError("no input documents");
    return;
  }
  std::vector<ArticleRecord> recs;
  for (const RawDocument& d : Docs(state.range(0)))
    if (auto rec = PrepareArticle(d, ExtractOptions()); rec.ok()) recs.push_back(std::move(*rec));
  uint64_t bytes = 0, quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const ArticleRecord& rec : recs) {
      quotes +=
          ExtractQuotes(rec.article.text, ParagraphSpans(rec.article), rec.sentences, Options(rec))
              .size();
      bytes += rec.article.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_QuotesOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
