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
//   BM_QuotesShare             both in the same run, batch by batch: the
//                              thread CPU time of PrepareArticle on 32
//                              documents, then of ExtractQuotes on them;
//                              counters prepare_ms, quotes_ms and
//                              overhead_pct = 100 x quotes / prepare
// Target (quotes issue): quotes add at most 20% to PrepareArticle's time,
// i.e. BM_QuotesShare's overhead_pct <= 20. The "quotes" counter and the
// "hash=" label (a digest of every quote's spans, rule, flags and speaker
// fields) check that runs and versions found the same quotes and speakers.
// Run: build/.../bench_quotes --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <time.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>

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

// FNV-1a over everything a quote says, for comparing runs and versions.
class QuoteDigest {
 public:
  void Add(const std::vector<Quote>& quotes) {
    for (const Quote& q : quotes) {
      Add(q.inner), Add(q.outer), Add(q.attribution);
      Add(static_cast<uint64_t>(q.rule)), Add(static_cast<uint64_t>(q.part_of));
      Add(q.paragraph), Add(q.closed * 4 + q.has_ellipsis * 2 + q.has_bracket);
      const Speaker& s = q.speaker;
      Add(static_cast<uint64_t>(s.kind));
      for (const std::string* f : {&s.name, &s.canonical, &s.role, &s.affiliation, &s.actor_code})
        Add(*f);
      Add(s.mention), Add(s.introduced);
    }
  }
  std::string Label() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "hash=%016" PRIx64, h_);
    return buf;
  }

 private:
  void Add(uint64_t v) {
    for (int i = 0; i < 8; ++i) h_ = (h_ ^ ((v >> (8 * i)) & 0xFF)) * 1099511628211ull;
  }
  void Add(const Span& s) { Add((uint64_t{s.begin} << 32) | s.end); }
  void Add(const std::string& s) {
    Add(s.size());
    for (unsigned char c : s) h_ = (h_ ^ c) * 1099511628211ull;
  }
  uint64_t h_ = 14695981039346656037ull;
};

double ThreadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
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
  QuoteDigest digest;
  for (auto _ : state) {
    quotes = 0;
    digest = QuoteDigest();
    for (const ArticleRecord& rec : recs) {
      auto found =
          ExtractQuotes(rec.article.text, ParagraphSpans(rec.article), rec.sentences, Options(rec));
      quotes += found.size();
      digest.Add(found);
      bytes += rec.article.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["quotes"] = static_cast<double>(quotes);
  state.SetLabel(digest.Label());
}
BENCHMARK(BM_QuotesOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_QuotesShare(benchmark::State& state) {
  const std::vector<RawDocument>& docs = Docs(state.range(0));
  if (docs.empty()) {
    state.SkipWithError("no input documents");
    return;
  }
  (void)DefaultDictionary();  // loaded before timing
  // Batches of kBatch articles: prepared, then their quotes extracted, each
  // phase timed as a whole (a per-article clock read costs a system call).
  constexpr size_t kBatch = 32;
  double prepare = 0, quote = 0;
  uint64_t quotes = 0;
  QuoteDigest digest;
  std::vector<ArticleRecord> recs;
  recs.reserve(kBatch);
  for (auto _ : state) {
    quotes = 0;
    digest = QuoteDigest();
    for (size_t at = 0; at < docs.size(); at += kBatch) {
      recs.clear();
      double t0 = ThreadSeconds();
      for (size_t i = at; i < std::min(docs.size(), at + kBatch); ++i)
        if (auto rec = PrepareArticle(docs[i], ExtractOptions()); rec.ok())
          recs.push_back(std::move(*rec));
      double t1 = ThreadSeconds();
      std::vector<std::vector<Quote>> found;
      found.reserve(recs.size());
      for (const ArticleRecord& rec : recs)
        found.push_back(ExtractQuotes(rec.article.text, ParagraphSpans(rec.article), rec.sentences,
                                      Options(rec)));
      double t2 = ThreadSeconds();
      prepare += t1 - t0;
      quote += t2 - t1;
      for (const auto& f : found) {
        quotes += f.size();
        digest.Add(f);
      }
    }
  }
  const double n = static_cast<double>(state.iterations());
  state.counters["prepare_ms"] = 1000 * prepare / n;
  state.counters["quotes_ms"] = 1000 * quote / n;
  state.counters["overhead_pct"] = prepare > 0 ? 100 * quote / prepare : 0;
  state.counters["quotes"] = static_cast<double>(quotes);
  state.SetLabel(digest.Label());
}
BENCHMARK(BM_QuotesShare)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
