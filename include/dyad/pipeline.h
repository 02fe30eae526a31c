// dyad/pipeline.h: the ingest pipeline, from paths on disk to stored articles
// and their events.
//
// RunIngest chains the stages: ingest reads documents, extract finds each
// article, text splits it into sentences, quotes finds its quotes and their
// speakers (unless IngestOptions::quotes is off), coding finds its events
// (when IngestOptions::coder is set), and the store keeps article, quotes
// and events in the same transaction. An article the store already holds is
// recognised by its id before quotes and coding, so re-ingesting does no
// more than extraction (ArticleState). Documents
// are processed in parallel, but stored in input order in batches of
// IngestOptions::batch_size, each batch one transaction, so the result is the
// same whatever the thread count and an interrupted run loses at most the
// batch in flight, which a re-run adds.
//
//   dyad::IngestOptions opts;
//   auto summary = dyad::RunIngest({"examples/corpus"}, *store, opts);
//   std::cout << summary->articles_new << " new articles\n";
//
// RunRecode codes every stored article again with other dictionaries and
// replaces its events (and quotes), so a dictionary fix needs no re-ingest.
//
// Statements as events (the quote-attribution rule, article_quotes.cc): a
// verb inside a quote (not a partial one) whose speaker has an actor code,
// for which the coder found no source of its own, codes with the speaker's
// actor as source when its subject is the speaker's "we" or "I" ("“We strongly condemn
// Russia,” Chancellor Scholz said": DEUGOV -> RUS 111). A "he", "she", "it"
// or "they" the coder could not resolve is someone else, and a subject that
// is no actor ("Repeated drills send a message") is not the speaker: such
// verbs code nothing. Every event whose verb lies inside a quote with a
// speaker is linked to it (StoredEvent::quote); the ones this rule made have rule
// "quote-attribution", and a statement event ("said", root 01) of the
// speaker in the same sentence is then dropped, as the coder drops a
// statement that reports an event.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coding.h"
#include "dyad/extract.h"
#include "dyad/ingest.h"
#include "dyad/provenance.h"
#include "dyad/quotes.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

// What one ingest did.
struct IngestSummary {
  uint64_t documents = 0;       // raw documents read
  uint64_t bytes = 0;           // their body bytes
  uint64_t articles_new = 0;    // stored for the first time
  uint64_t articles_known = 0;  // already stored (source recorded)
  uint64_t articles_empty = 0;  // no main text found: not stored
  uint64_t rejected = 0;        // files or records that yielded nothing
  uint64_t repaired = 0;        // documents stored with encoding repairs
  uint64_t sentences = 0;
  uint64_t events = 0;      // events stored (for articles not coded before)
  uint64_t quotes = 0;      // quotes stored (for articles not quoted before)
  uint64_t copy_links = 0;  // copy links stored (for articles not fingerprinted before)
  uint64_t boilerplate_blocks = 0, boilerplate_chars = 0;
  std::set<std::string> outlets;
  std::string first_published, last_published;
  double seconds = 0;
  // The first IngestOptions::max_kept_problems problems, in input order
  // (every problem is also passed to on_problem as it happens), and how many
  // there were in all, so memory stays bounded however bad the input.
  std::vector<InputProblem> problems;
  uint64_t problem_count = 0;
  uint64_t story_articles = 0;  // articles given a story (those that had none)
};

struct IngestOptions {
  ReaderOptions reader;
  ExtractOptions extract;
  // Articles per store transaction. Default: 256.
  uint32_t batch_size = 256;
  // Worker threads for extraction, segmentation and coding; 0 = one per core.
  uint32_t threads = 0;
  // Codes each article's sentences (with its publication date) and stores
  // the events with the article. nullptr (the default): do not code.
  // REQUIRES: outlives RunIngest.
  const Coder* coder = nullptr;
  // The dictionaries `coder` uses, stored with each event (see
  // DescribeDictionaries).
  CoderRun coder_run;
  // Extracts each article's quotes and speakers (with the coder's
  // dictionary, when coding, for the speakers' actor codes), stores them, and
  // codes statements (the quote-attribution rule). Default: true.
  bool quotes = true;
  // Finds copies (dyad/provenance.h): fingerprints each new article, links
  // it to the earlier stored articles it copies (whatever run stored them)
  // and stores fingerprints, links and copy groups. Default: true.
  bool copies = true;
  ProvenanceOptions provenance;
  // How many problems IngestSummary::problems keeps. Default: 1000.
  uint32_t max_kept_problems = 1000;
  // Called from the calling thread for each problem as it is found.
  std::function<void(const InputProblem&)> on_problem;
  // Called from the calling thread after each stored batch, and after each
  // file, with the running summary and (bytes done, bytes total) of the
  // current file when known. For progress displays.
  std::function<void(const IngestSummary&, uint64_t, uint64_t)> on_progress;
  // Assigns each stored article without a story to one (dyad/stories.h),
  // after copies (a copy joins the story of the article it copies), in
  // arrival order, with the clusterer's state restored from the store, so
  // ingesting in several runs gives the stories one run gives. Default: true.
  bool stories = true;
  StoryOptions story_options;
};

// Ingests every document under `paths` into `store`. Returns a non-ok Status
// only when the store itself fails (disk full, locked); problems with input
// are counted in the summary and ingest goes on.
Result<IngestSummary> RunIngest(const std::vector<std::string>& paths, Store& store,
                                const IngestOptions& options = IngestOptions());

// Extraction and segmentation of one document, as RunIngest does it; returns
// InvalidArgument when the document has no main text.
Result<ArticleRecord> PrepareArticle(const RawDocument& doc, const ExtractOptions& options);

// The quotes of an article whose sentences are given (spans), as
// ExtractQuotes finds them, with speakers' actor codes from `dictionary`
// (nullptr: no codes) on the article's publication day.
std::vector<Quote> QuoteArticle(const Article& article, const std::vector<Sentence>& sentences,
                                const Dictionary* dictionary);

// The events `coder` finds in an article: each sentence is tokenised and
// coded with `publication_date` (yyyymmdd, 0 unknown); negated events are
// dropped; ordinals number the rest in sentence order; dictionary origins
// become "file:line" with the file's base name ("verbs.txt:120"; the coder
// run lists the files in full). Offsets point into `text`. Deterministic.
// With `quotes` (the article's, as QuoteArticle returns them), statements
// are coded and linked to their quotes by the quote-attribution rule (see
// the top of this file).
std::vector<StoredEvent> CodeArticle(const Coder& coder, std::string_view text,
                                     const std::vector<Sentence>& sentences,
                                     int32_t publication_date,
                                     const std::vector<Quote>& quotes = {});

// yyyymmdd of an ISO 8601 publication date ("2024-07-10T09:00Z"), or 0.
int32_t PublicationDay(std::string_view published);

// The CoderRun of dictionary `files`: their paths as given and a fingerprint
// (16 hex digits of XXH3-64 over each file's base name and bytes, in order),
// so the same dictionaries give the same fingerprint wherever they lie, and
// any edit gives another. An unreadable file counts by its name alone.
CoderRun DescribeDictionaries(const std::vector<std::string>& files);

struct RecodeOptions {
  // REQUIRES: set, and outlives RunRecode.
  const Coder* coder = nullptr;
  CoderRun coder_run;  // stored with each event
  // Articles per transaction. Default: 256.
  uint32_t batch_size = 256;
  // Worker threads for coding; 0 = one per core.
  uint32_t threads = 0;
  // Extracts each article's quotes again (speakers' codes from the new
  // dictionaries), replaces them and codes statements, as RunIngest does.
  // Default: true.
  bool quotes = true;
  // Called after each batch with (articles done, articles total).
  std::function<void(uint64_t, uint64_t)> on_progress;
};

struct RecodeSummary {
  uint64_t articles = 0;       // articles recoded
  uint64_t events_before = 0;  // events stored before
  uint64_t events = 0;         // events stored now
  double seconds = 0;
};

// Codes every stored article again with options.coder and replaces its
// events, one transaction per batch (an interrupted recode leaves each
// article with the events of one run or the other, never a mix). Running it
// twice with the same dictionaries changes nothing.
Result<RecodeSummary> RunRecode(Store& store, const RecodeOptions& options);

// Forgets every story, then assigns every stored article in arrival order
// as ingest does (the same inputs, code and order: the same stories as
// ingesting the same articles in one or several runs, given the same copy
// links and events), `batch_size` articles per transaction. Returns the
// number of articles assigned.
Result<uint64_t> RebuildStories(Store& store, const StoryOptions& options = StoryOptions(),
                                uint32_t batch_size = 256, unsigned threads = 0);

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
