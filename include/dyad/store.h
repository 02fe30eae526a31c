// dyad/store.h: where articles live once ingested: the Store interface and the
// embedded SQLite implementation.
//
// A Store holds articles, their sentences, every source each article was
// read from, the quotes found in them with their speakers, and the events
// coded from them (with the dictionaries that coded them: a CoderRun). It is written in batches,
// each batch one transaction, so an ingest killed at any moment (even kill -9) leaves every
// committed batch intact and no half-written article; running the same ingest again completes it
// without duplicates, because an article's id derives from its normalised content (ArticleId) and
// re-inserting a known id only records the extra source.
//
//   auto store = dyad::OpenSqliteStore("dyad.db");
//   if (!store.ok()) { std::cerr << store.status().ToString(); return 1; }
//   auto put = (*store)->PutArticles(batch);
//
// The interface is the contract other backends (PostgreSQL) implement; nothing
// outside src/store/ knows it is SQLite.
//
// Thread safety: a Store object is used by one thread at a time. Several
// processes may read one SQLite file while one writes (WAL mode).
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "dyad/provenance.h"
#include "dyad/quote_links.h"
#include "dyad/quotes.h"
#include "dyad/status.h"
#include "dyad/stories.h"
#include "dyad/text.h"

namespace dyad {

// The id of an article: 16 lowercase hex digits of a 64-bit XXH3 hash of its
// outlet (lowercased) and its main text in matching form (MatchingText),
// lowercased, with runs of white space folded to one space. The same article
// read twice, from the same or another file, gets the same id; the same text
// under another outlet (syndication) gets another id, so that provenance can
// link the two.
std::string ArticleId(const Article& article);

// Where a stored event's actor was found.
struct StoredActor {
  Span span;                         // byte range in the article's text
  std::string code;                  // "CHNGOV"; "" for a missing target
  std::string country;               // "CHN", or ""
  std::string agent;                 // "GOV", or ""
  std::string name;                  // canonical name ("China"), or ""
  std::vector<std::string> entries;  // the actor and agent entries, "file:line"
  bool empty() const { return code.empty(); }
};

// One coded event as the store keeps it. Offsets are byte offsets into the
// article's text (StoredArticle::article.text). Negated events are never
// stored (PutArticles and ReplaceEvents skip them).
struct StoredEvent {
  std::string article;    // article id (ignored when writing: the record's id)
  uint32_t ordinal = 0;   // 0-based position among its article's events
  uint32_t sentence = 0;  // 0-based index into the article's sentences
  int32_t date = 0;       // yyyymmdd, 0 when unknown
  StoredActor source, target;
  std::string code;           // CAMEO code ("1123")
  std::string root;           // "11"
  int quad_class = 0;         // 1..4, 0 when not CAMEO
  double goldstein = 0;       //
  Span sentence_span;         // the sentence in the article's text
  Span verb;                  // the verb in the article's text
  std::string verb_entry;     // "verbs.txt:120"
  std::string pattern_entry;  // the pattern's "file:line", "" when none
  bool paired = false;        // second half of a paired code
  bool negated = false;       // never true when read back; such events are skipped on write
  bool intent = false;        // future/intended action recoded to an intent code
  std::string asserted_code;  // with intent: the code of the action itself
  std::string coder_run;      // CoderRun::fingerprint of the dictionaries (read back)
  std::string sentence_text;  // the sentence (read back, when asked for)
  // The ordinal of the quote (among its article's quotes) whose words hold
  // the verb, when that quote has a speaker: the event is part of what the
  // speaker said. -1 otherwise.
  int32_t quote = -1;
  // The rule that made the event: "coder" (the dictionaries' verb and
  // pattern, named by verb_entry and pattern_entry) or "quote-attribution"
  // (a verb inside a quote with no source of its own: the speaker's actor is
  // the source; see dyad/pipeline.h).
  std::string rule = "coder";
};

// One quote as the store keeps it: where it is in its article's text, how it
// was attributed and who said it (dyad/quotes.h). Offsets are byte offsets
// into the article's text.
struct StoredQuote {
  std::string article;   // article id (read back)
  uint32_t ordinal = 0;  // 0-based position among its article's quotes (ExtractQuotes order)
  int32_t date = 0;      // the article's publication day, yyyymmdd, 0 unknown (read back)
  Quote quote;           // spans, rule, part_of (an ordinal), flags and speaker
  std::string text;      // the quoted words: quote.inner in the article's text (read back)
};

// The dictionaries that coded a set of events: a fingerprint of their
// names and bytes, and the files themselves, so a user can tell which
// dictionaries produced an event and whether a recode is needed.
struct CoderRun {
  std::string fingerprint;                // 16 hex digits
  std::vector<std::string> dictionaries;  // the files, as given
};

// An article ready to store.
struct ArticleRecord {
  std::string id;  // ArticleId(article)
  Article article;
  std::vector<Sentence> sentences;  // spans into article.text; tokens are not stored
  std::string source;               // the file it was read from, as given
  std::string locator;              // the record within that file
  uint64_t encoding_repairs = 0;    // invalid UTF-8 sequences replaced
  // True iff the article was coded (events may still be empty); the events
  // are then stored with it when PutArticles is given a CoderRun.
  bool coded = false;
  std::vector<StoredEvent> events;  // in ordinal order
  // True iff quotes were extracted (quotes may still be empty); they are
  // then stored with the article unless it already has quotes stored.
  bool quoted = false;
  std::vector<Quote> quotes;  // ExtractQuotes order; spans into article.text
};

// What the store already holds of an article, so that a re-ingest skips the
// work already done (ArticleStates).
struct ArticleState {
  bool stored = false;  // the id is stored
  bool coded = false;   // its events are stored (by some coder run)
  bool quoted = false;  // its quotes are stored
  bool copies = false;  // its copy fingerprint is stored (its links were looked for)
};
struct StoredArticle {
  std::string id;
  Article article;                  // boilerplate_sample is not kept
  std::vector<Sentence> sentences;  // spans only, tokens empty
  struct Source {
    std::string source, locator, first_seen;  // first_seen: UTC ISO 8601
  };
  std::vector<Source> sources;
};

// One line of a listing.
struct ArticleSummary {
  std::string id, title, outlet, published, url;
  uint32_t sentences = 0;
  uint64_t chars = 0;
};

struct ArticleFilter {
  std::string outlet;  // exact, case-insensitive; "" for any
  std::string from;    // ISO date, inclusive; "" for no bound
  std::string to;      // ISO date, inclusive; "" for no bound
  uint32_t limit = 0;  // 0 for no limit
  uint32_t offset = 0;
};

struct PutResult {
  uint32_t inserted = 0;         // articles new to the store
  uint32_t already_present = 0;  // known ids (their source was recorded)
  uint64_t events = 0;           // events stored by this call
  uint64_t quotes = 0;           // quotes stored by this call
};

// The events of one stored article, for ReplaceEvents, and with `quoted`
// its quotes too (replaced in the same transaction, so that events keep
// pointing at the quotes they came from).
struct ArticleEvents {
  std::string article;              // exact article id
  std::vector<StoredEvent> events;  // in ordinal order
  bool quoted = false;
  std::vector<Quote> quotes = {};
};

// Which events QueryEvents returns. Every field narrows; the defaults match
// everything.
struct EventFilter {
  // Actor code prefixes, case-insensitive: "CHN" matches CHN, CHNGOV,
  // CHNMIL; "CHNGOV" matches CHNGOV and CHNGOVxxx. A name from
  // ActorCodeAlias() ("NATO") stands for its code. "" for any.
  std::string source, target;
  int32_t from = 0, to = 0;        // yyyymmdd, inclusive; 0 for no bound
  std::string code;                // CAMEO code prefix: "11" = root 11 and its sub-codes
  std::string article;             // an article id or unique prefix (as GetArticle)
  uint32_t limit = 0;              // 0 for no limit
  bool with_sentence_text = true;  // fill StoredEvent::sentence_text
};

// Which quotes QueryQuotes returns. Every field narrows; the defaults match
// everything.
struct QuoteFilter {
  // Part of the speaker's canonical name or of the name as written,
  // case-insensitive ("smith" matches "Julianne Smith"). "" for any.
  std::string speaker;
  // The speaker's actor code prefix, or an alias, as EventFilter::source.
  std::string actor;
  // Words that must all occur in the quoted words, case-insensitive (ASCII
  // case folding), each as a substring. "" for any.
  std::string search;
  int32_t from = 0, to = 0;  // the article's publication day, yyyymmdd, inclusive; 0 no bound
  std::string article;       // an article id or unique prefix (as GetArticle)
  uint32_t limit = 0;        // 0 for no limit
};

// The code an actor alias stands for ("NATO" -> "IGOWSTNAT"), or `name`
// uppercased when it is no alias. The alias table lives in one place,
// src/store/code_aliases.cc.
std::string ActorCodeAlias(std::string_view name);

// A copy link between two stored articles (dyad/provenance.h): `article`
// copies (all or part of) the earlier `other`. Passages are byte spans in
// both articles' texts; `rule` names the rule of CompareArticles that
// decided the kind.
struct StoredCopyLink {
  std::string article;  // the later article's id
  std::string other;    // the earlier article's id
  CopyKind kind = CopyKind::kNone;
  std::string rule;
  double coverage_article = 0, coverage_other = 0, identity = 0;
  struct Passage {
    Span other;    // bytes in other's text
    Span article;  // bytes in article's text
  };
  std::vector<Passage> passages;  // by position in `article`
  uint32_t changed_words = 0;     // words substituted inside the passages
};

// One quotation appearing in two articles (dyad/quote_links.h): the quote
// `ordinal` of `article` is the same as, an excerpt of, or an altered
// version of quote `other_ordinal` of `other`, its earlier appearance
// (earlier publication, then ingest order). Edits read from the earlier
// quote to this one, as byte spans in both articles' texts.
struct StoredQuoteLink {
  std::string article;  // the later appearance's article id
  uint32_t ordinal = 0;
  std::string other;  // the earlier appearance's article id
  uint32_t other_ordinal = 0;
  QuoteMatchKind kind = QuoteMatchKind::kNone;
  std::string rule;                  // CompareQuotes' rule ("same-words", "altered-words", ...)
  uint32_t common_words = 0;         // words in common (longest common subsequence)
  double similarity = 0;             // common / words of the longer quote
  std::vector<QuoteWordEdit> edits;  // a: bytes in other's text, b: in article's
  // The edits as words, "should → ought to; Nato → NATO" (a side with no
  // words reads "∅"); "" when there are none.
  std::string diff;
};

// What provenance found for one stored article, for PutCopyLinks: its
// fingerprint (so the CopyIndex can be rebuilt) and its links to earlier
// articles.
struct ArticleCopies {
  std::string article;  // exact id of a stored article
  CopyFingerprint fingerprint;
  // Links of this article to earlier-ingested ones: link.article "" (or
  // this article) when this article copies link.other; link.other this
  // article and link.article the earlier-ingested one when that one copies
  // this article (this one was published earlier).
  std::vector<StoredCopyLink> links;
  // Links between this article's quotes and earlier-ingested articles'
  // quotes (this article on either side), stored in the same transaction.
  std::vector<StoredQuoteLink> quote_links;
};

// What verifying a copy link needs of a stored article (Store::CopySideOf):
// no sentences, sources or quote details.
struct StoredCopySide {
  std::string text, outlet, published;
  std::vector<Span> quotes;  // its quotes' words (Quote::inner), by ordinal
};

// A group of copies (articles joined by whole-article links: exact, near,
// syndicated, spun) and its original (ChooseOriginal).
struct StoredCopyGroup {
  std::string original;
  std::string rule;                  // OriginalChoice::rule
  std::vector<std::string> members;  // ids, sorted, the original included
};

struct StoreStats {
  uint64_t articles = 0, sentences = 0, sources = 0, outlets = 0;
  uint64_t events = 0, coded_articles = 0;
  uint64_t quotes = 0, quoted_articles = 0;
  uint64_t speakers = 0;          // distinct canonical speaker names
  uint64_t statement_events = 0;  // events made by the quote-attribution rule
  uint64_t boilerplate_blocks = 0, boilerplate_chars = 0;
  uint64_t copy_links = 0, copy_groups = 0, fingerprinted_articles = 0;
  uint64_t quote_links = 0;                     // links between quotes of different articles
  std::string first_published, last_published;  // "" when no article has a date
  uint64_t stories = 0, storied_articles = 0;   // stories, and articles in one
};

// ---- Stories (dyad/stories.h, docs/stories.md) ----

// What the story clusterer reads of a stored article: ingest and
// `dyad stories --rebuild` read the same, so they assign the same.
struct StoryInput {
  std::string id;
  int64_t seq = 0;  // arrival order (the article's row)
  std::string title, text, outlet, published;
  std::vector<std::string> actor_codes;  // its events' source and target codes, by ordinal
  // The earliest-stored article it copies whole (an exact, near,
  // syndicated or spun link), "" when none; and that article's story, -1
  // when it has none stored.
  std::string copy_of;
  int64_t copy_of_story = -1;
  int64_t story = -1;  // its own story, -1 when not assigned
};

// One article's story as the clusterer decided it (StoryAssignment).
struct ArticleStory {
  std::string article;  // exact id of a stored article
  uint32_t story = 0;
  std::string rule;  // StoryRuleName
  double similarity = 0;
  std::string copy_of;  // with copy-of-original: the article it followed
  int32_t date = 0;     // yyyymmdd as the clusterer saw it, 0 unknown
  std::vector<std::pair<uint32_t, float>> vector;
};

// A story's label and key words, as StoryClusterer::Summarize gives them.
struct StoryLabel {
  uint32_t story = 0;
  std::string label, label_article;
  std::vector<std::string> key_terms, key_actors;
};

struct StoryTermRow {
  uint32_t id = 0;
  std::string term;
  uint32_t df = 0;
};

// What PutStories writes, in one transaction: the batch's assignments,
// the terms added or changed, the counters, and the labels of the stories
// the batch touched.
struct StoryBatch {
  std::vector<ArticleStory> articles;
  std::vector<StoryTermRow> terms;
  StoryCounters counters;
  std::vector<StoryLabel> labels;
};

// The clusterer's stored state (StoryClusterer::Restore*).
struct StoredStoryState {
  StoryCounters counters;
  std::vector<StoryTermRow> terms;  // by id
  struct Member {
    uint32_t story = 0;
    StoryArticle article;  // id, title, outlet, date (features empty)
    std::vector<std::pair<uint32_t, float>> vector;
  };
  std::vector<Member> members;  // by story, then arrival
};

// One article of a story, for `dyad story`.
struct StoryMember {
  std::string article, title, outlet, published;
  std::string rule;  // StoryRuleName
  double similarity = 0;
  // Provenance: the earlier article it copies (its earliest whole-article
  // link, else its earliest link) and the link's CopyKindName; or copy_kind
  // "original" when it is its copy group's original; "" for both otherwise.
  std::string copy_of, copy_kind;
  std::string joined_via;  // with rule copy-of-original: the article whose story it joined
};

struct StoredStory {
  uint32_t id = 0;
  std::string label, label_article;
  int32_t first_date = 0, last_date = 0;  // yyyymmdd, 0 unknown
  uint32_t articles = 0, outlets = 0;
  std::vector<std::string> key_terms, key_actors;
  std::vector<StoryMember> members;       // GetStory only: by date (undated last), then arrival
  std::vector<std::string> outlet_names;  // GetStory only: sorted
};

// Which stories QueryStories returns, newest (last date) first.
struct StoryFilter {
  int32_t from = 0, to = 0;  // the story's span overlaps [from, to]; 0 no bound
  std::string actor;         // a key actor code prefix, or an alias (ActorCodeAlias); "" any
  uint32_t limit = 0;        // 0 for no limit
};

// ---- Relations over time (src/store/relation_rows.cc) ----

// One side of a relation: a code and whether its sub-codes count too.
struct RelationActor {
  std::string code;     // "CHN", "IGOWSTNAT", "CHNGOV"
  bool prefix = false;  // true: every code starting with `code`
};

// How a user's name for an actor reads (ParseRelationActor): an alias
// (ActorCodeAlias: "NATO") stands for its code and every sub-code; a
// three-letter country code ("CHN") for every code of that country (CHN,
// CHNGOV, CHNMIL...); a longer code ("CHNGOV") for itself alone, unless it
// ends with '*' ("CHNGOV*": CHNGOV and its sub-codes). Case-insensitive.
// InvalidArgument for anything but letters and digits.
Result<RelationActor> ParseRelationActor(std::string_view name);

enum class RelationDirection {
  kBoth,      // A -> B and B -> A (an event matching both counts once)
  kForward,   // A -> B: A the source, B the target
  kBackward,  // B -> A
};
enum class RelationBucket { kDay, kWeek, kMonth };  // week: ISO 8601, Monday to Sunday
enum class RelationCount {
  // Copy-aware (the default): the reports of one copy group (the original
  // and its copies, StoredCopyGroup) of one event (source, target, code)
  // count once, as FoldCopies does; an article in no group is its own group.
  kSources,
  kReports,  // every stored event row counts
};

// A relations question: how A and B relate over time.
struct RelationQuery {
  RelationActor a, b;
  RelationDirection direction = RelationDirection::kBoth;
  RelationBucket bucket = RelationBucket::kMonth;
  int32_t from = 0, to = 0;  // yyyymmdd, inclusive; 0 for no bound
  RelationCount count = RelationCount::kSources;
  // Phoenix's one-a-day filter, after copy folding: one event per (date,
  // source code, target code, CAMEO code), however many sources report it.
  bool one_a_day = false;
};

// One bucket of a series.
struct RelationPoint {
  std::string label;            // "2024-03-05", "2024-W09", "2024-03"
  int32_t first = 0, last = 0;  // its first and last day, yyyymmdd
  // Events by QuadClass: [0] verbal cooperation, [1] material cooperation,
  // [2] verbal conflict, [3] material conflict.
  uint64_t quad[4] = {0, 0, 0, 0};
  uint64_t total = 0;         // every event counted (quad classes, and any without one)
  double goldstein_sum = 0;   //
  double goldstein_mean = 0;  // goldstein_sum / total; 0 when total is 0
};

// The answer: one point per bucket from the first to the last bucket with
// an event (from `from` and to `to` when given), empty buckets included.
// Events without a date are not counted (they belong to no bucket).
struct RelationSeries {
  std::vector<RelationPoint> points;
  uint64_t reports = 0;  // event rows read (dated, in range)
  uint64_t counted = 0;  // events counted after folding / one-a-day
};

// The label and day span of the bucket holding day `yyyymmdd` (a valid date).
RelationPoint RelationBucketOf(int32_t yyyymmdd, RelationBucket bucket);

// The bucket a label names, as RelationBucketOf writes labels ("2024-07",
// "2024-W27", "2024-07-10"). InvalidArgument for any other text, including
// a day, week or month that does not exist ("2024-02-30", "2023-W53").
Result<RelationPoint> RelationBucketNamed(std::string_view label, RelationBucket bucket);

// ---- Streaming events (src/store/event_export.cc) ----

// One event as VisitEvents streams it: a stored report, or with
// fold_copies the representative report of an event and its counts.
struct StreamedEvent {
  StoredEvent event;
  uint32_t sources = 1;            // independent sources (copy groups) reporting it
  uint32_t articles = 1;           // distinct articles reporting it
  uint32_t reports = 1;            // stored event rows folded into it
  std::string outlet, url, title;  // of the article of `event`
  std::string ingested_at;         // when that article was stored, UTC ISO 8601
  int64_t row = 0;                 // the event's row id (stable until a recode)
};

// Called once per event, in order; return false to stop early.
using EventVisitor = std::function<bool(const StreamedEvent& event)>;

// The events a Store::VisitEvents call streams.
struct EventStream {
  EventFilter filter;  // limit counts rows visited; with_sentence_text as for QueryEvents
  // Fold copies as FoldCopies does: one visit per event (date, source,
  // target, code) with its independent sources and articles; the event is
  // the best report (dated, from an original), its date the one its copy
  // group gives it. Without it, one visit per stored report, in
  // QueryEvents order.
  bool fold_copies = false;
};

// ---- Search and serving (issue 7; the SQL is in src/store/search_rows.cc) ----

// What SearchArticles and SearchQuotes look for. Every field but `query`
// narrows; the defaults match everything the query matches.
struct SearchFilter {
  // An SQLite FTS5 query: words ("nato china" = both), "a phrase", OR, NOT,
  // prefix* and column filters (title:, text:, words:, speaker:).
  // InvalidArgument when empty or malformed.
  std::string query;
  std::string outlet;  // exact, case-insensitive; "" for any
  // An actor code prefix or alias, as EventFilter::source: articles with an
  // event whose source or target has it; quotes whose speaker's actor has it.
  std::string actor;
  int32_t from = 0, to = 0;  // publication day, yyyymmdd, inclusive; 0 for no bound
  uint32_t limit = 20;       // 0 for no limit
  uint32_t offset = 0;
};

// A short passage around a search match: plain text ("\u2026" where it was
// cut) and the matched words in it as byte ranges.
struct SearchSnippet {
  std::string text;
  std::vector<Span> marks;
};

// Search results, best match (FTS5 rank, bm25) first.
struct ArticleHit {
  std::string id, title, outlet, published;
  SearchSnippet snippet;  // from the title or the text, whichever matches best
};
struct QuoteHit {
  std::string article;  // article id
  uint32_t ordinal = 0;
  int32_t date = 0;  // the article's publication day, yyyymmdd, 0 unknown
  std::string words, speaker;
  SearchSnippet snippet;  // from the words or the speaker
};

// What a listing shows beside an article: how many events and quotes it has,
// and the original of its copy group ("" when in no group).
struct ArticleParts {
  std::string id;
  uint64_t events = 0, quotes = 0;
  std::string copy_original;
};

// A source/target pair of actor codes and how many events it has.
struct DyadCount {
  std::string source, target;
  uint64_t events = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores a batch in one transaction: every article whose id is new, with its
  // sentences and source; for a known id, only a source not yet recorded.
  // With a `coder_run`, each record with `coded` set also gets its events
  // (negated ones skipped), tagged with the run, in the same transaction,
  // if its article has never been coded; an article already coded keeps its
  // events (so re-ingesting adds none: use ReplaceEvents to recode).
  // Each record with `quoted` set also gets its quotes, if its article has
  // none stored yet (re-ingesting adds none).
  // On failure nothing of the batch is stored.
  virtual Result<PutResult> PutArticles(const std::vector<ArticleRecord>& batch,
                                        const CoderRun* coder_run) = 0;
  Result<PutResult> PutArticles(const std::vector<ArticleRecord>& batch) {
    return PutArticles(batch, nullptr);
  }

  // Replaces the events of each listed article by the given ones (negated
  // ones skipped), tagged with `coder_run`, and its quotes when `quoted` is
  // set, in one transaction. NotFound
  // (and nothing changed) if an article id is not stored. Returns the number
  // of events stored.
  virtual Result<uint64_t> ReplaceEvents(const std::vector<ArticleEvents>& batch,
                                         const CoderRun& coder_run) = 0;

  // Events matching the filter, by date, then article id, then ordinal
  // (by ordinal alone when the filter names an article). Every filter but
  // `limit` is answered from an index. InvalidArgument for a malformed
  // filter (a code with characters other than letters and digits); an
  // article filter behaves as GetArticle (NotFound, ambiguous prefix).
  virtual Result<std::vector<StoredEvent>> QueryEvents(const EventFilter& filter) = 0;

  // Quotes matching the filter, by date, then article id, then ordinal (by
  // ordinal alone when the filter names an article). The actor, date and
  // article filters are answered from an index; speaker and search words
  // are checked on the rows left. InvalidArgument for a malformed actor
  // code; an article filter behaves as GetArticle.
  virtual Result<std::vector<StoredQuote>> QueryQuotes(const QuoteFilter& filter) = 0;

  // What is stored of each of `ids` (exact ids), in the same order; one
  // read for the whole list, so a pipeline can ask once per batch.
  virtual Result<std::vector<ArticleState>> ArticleStates(const std::vector<std::string>& ids) = 0;

  // Every stored article id, in id order (for recoding the whole store).
  virtual Result<std::vector<std::string>> ArticleIds() = 0;

  // Returns true iff an article with this exact id is stored.
  virtual Result<bool> Contains(std::string_view id) = 0;

  // Articles matching the filter, newest publication first, then by id.
  virtual Result<std::vector<ArticleSummary>> ListArticles(const ArticleFilter& filter) = 0;

  // The article whose id is `id_or_prefix`, or the only one whose id starts
  // with it (at least 4 digits). NotFound if none; InvalidArgument if the
  // prefix is ambiguous or too short.
  virtual Result<StoredArticle> GetArticle(std::string_view id_or_prefix) = 0;

  virtual Result<StoreStats> Stats() = 0;

  // ---- Provenance ----

  // Stores each article's fingerprint and links (a link already stored for
  // the same pair is replaced), then recomputes the copy group and original
  // of every article a whole-article link touched, in one transaction.
  // NotFound (nothing changed) if an article id is not stored. Returns the
  // number of links stored.
  virtual Result<uint64_t> PutCopyLinks(const std::vector<ArticleCopies>& batch) = 0;

  // Every stored fingerprint, in the order articles were stored, to warm a
  // CopyIndex; `ids` gets the article ids, parallel to the result.
  virtual Result<std::vector<CopyFingerprint>> CopyFingerprints(std::vector<std::string>* ids) = 0;

  // The links of one article (id or unique prefix, as GetArticle), both
  // those where it is the copy and those where it is copied; "" for every
  // link. By article, then other.
  virtual Result<std::vector<StoredCopyLink>> QueryCopies(std::string_view article) = 0;

  // Every copy group, by original id.
  virtual Result<std::vector<StoredCopyGroup>> CopyGroups() = 0;

  // The group of an article (id or unique prefix); an article in no group
  // is its own original (rule "only-member", members itself alone).
  virtual Result<StoredCopyGroup> OriginalOf(std::string_view article) = 0;

  // Links of one article's quotes (id or unique prefix, as GetArticle),
  // both where they are the later appearance and where they are the
  // earlier; "" for every link. By article, ordinal, other, other_ordinal.
  virtual Result<std::vector<StoredQuoteLink>> QueryQuoteLinks(std::string_view article) = 0;

  // The quotes of every article whose copies were looked for (a stored
  // fingerprint), in the order articles were stored, then by ordinal: what
  // the quote index is warmed from. `published` gets each quote's
  // article's publication date (Article::published), parallel.
  virtual Result<std::vector<StoredQuote>> LinkableQuotes(std::vector<std::string>* published) = 0;

  // The text, outlet, publication date and quote spans of the article
  // with exact id `id`, read with two prepared statements (what copy
  // verification reads for each earlier candidate). NotFound if not stored.
  virtual Result<StoredCopySide> CopySideOf(const std::string& id) = 0;

  // ---- Relations and streaming exports ----

  // How A and B relate over time (RelationQuery), answered from the index
  // events_by_dyad (source, target, date, ...), never a table scan.
  virtual Result<RelationSeries> QueryRelations(const RelationQuery& query) = 0;

  // Streams the events of `stream` to `visit` row by row from one SQLite
  // statement (folded: by date, then source, target and code): memory
  // stays constant whatever the number of events (never collected in a
  // vector; SQLite sorts on disk when it must). Errors as QueryEvents.
  virtual Status VisitEvents(const EventStream& stream, const EventVisitor& visit) = 0;

  // ---- Stories ----

  // The StoryInput of each stored article among `ids` (exact ids; unknown
  // ones skipped, repeats once), in arrival order.
  virtual Result<std::vector<StoryInput>> StoryInputs(const std::vector<std::string>& ids) = 0;
  // The StoryInput of up to `limit` articles stored after arrival `seq`, in
  // arrival order (for a rebuild; seq 0 from the first).
  virtual Result<std::vector<StoryInput>> StoryInputsAfter(int64_t seq, uint32_t limit) = 0;
  // The clusterer's state as the last PutStories left it (empty: none).
  virtual Result<StoredStoryState> LoadStoryState() = 0;
  // Writes a StoryBatch in one transaction and recounts each touched
  // story's span, articles and outlets. NotFound (nothing changed) if an
  // article id is not stored.
  virtual Status PutStories(const StoryBatch& batch) = 0;
  // Forgets every story and the clusterer's state (before a rebuild).
  virtual Status ClearStories() = 0;
  // Stories matching the filter, newest last date first, then by id;
  // InvalidArgument for a malformed actor code.
  virtual Result<std::vector<StoredStory>> QueryStories(const StoryFilter& filter) = 0;
  // One story with its members and outlets; NotFound if no such story.
  virtual Result<StoredStory> GetStory(uint32_t id) = 0;

  // ---- Search and serving ----

  // Articles whose title or text match filter.query (full-text index kept in
  // step with the articles table), best first, with a snippet each.
  // InvalidArgument for a malformed query or actor code.
  virtual Result<std::vector<ArticleHit>> SearchArticles(const SearchFilter& filter) = 0;

  // Quotes whose words or speaker (canonical name) match filter.query, best
  // first. InvalidArgument as SearchArticles.
  virtual Result<std::vector<QuoteHit>> SearchQuotes(const SearchFilter& filter) = 0;

  // The parts of each of `ids` (exact ids), in the same order. NotFound if
  // one is not stored.
  virtual Result<std::vector<ArticleParts>> ArticlePartsOf(const std::vector<std::string>& ids) = 0;

  // The `limit` source/target pairs (both codes non-empty) with the most
  // events, most first, then by source and target. Scans every event.
  virtual Result<std::vector<DyadCount>> TopDyads(uint32_t limit) = 0;

  // SQLite's PRAGMA data_version of this connection: it changes whenever
  // another connection commits, so a cache of query results made through
  // this connection is stale once it has changed.
  virtual Result<int64_t> DataVersion() = 0;

  // Every query of this connection still running at `deadline` is
  // interrupted: it fails with an IOError whose message has "interrupted".
  // A default-constructed time point (the default) sets no deadline.
  virtual void SetDeadline(std::chrono::steady_clock::time_point deadline) = 0;
};

// Copy-aware counting. An event reported by several articles is one event
// when it has the same date, source code, target code and CAMEO code; its
// independent sources are the copy groups (StoredCopyGroup) of the articles
// reporting it, an article in no group being a group of its own: copies
// are folded into their original, so a wire story run by ten outlets counts
// once, and two outlets writing their own stories count twice.
struct FoldedEvent {
  StoredEvent event;      // the report from an original when there is one, else the first
  uint32_t sources = 0;   // independent sources: distinct copy groups reporting it
  uint32_t articles = 0;  // distinct articles reporting it, copies included
};

// `events` folded as above, in the order of each event's first report.
std::vector<FoldedEvent> FoldCopies(const std::vector<StoredEvent>& events,
                                    const std::vector<StoredCopyGroup>& groups);

// Phoenix's one-a-day filter (src/store/one_a_day.cc): the first of the
// events with the same (date, source code, target code, CAMEO code), in
// order, its `sources` and `articles` the sums over those collapsed into it.
// Events are compared on exact codes: CHNGOV and CHNMIL stay apart.
std::vector<FoldedEvent> OneADay(const std::vector<FoldedEvent>& events);

struct StoreOptions {
  // Create the file and schema when missing. Default: true.
  bool create_if_missing = true;
  // Open read-only (for `dyad articles`, `dyad serve`). Default: false.
  bool read_only = false;
  // How long to wait for another writer's lock, in milliseconds. Default: 5000.
  int busy_timeout_ms = 5000;
};

// Opens (creating or migrating as needed) the SQLite store at `path`, in WAL
// mode. The schema is versioned (PRAGMA user_version); an older file is
// migrated in one transaction, a newer one is refused with Unsupported.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const StoreOptions& options = StoreOptions());

// The schema version (PRAGMA user_version) this dyad reads and writes.
int StoreSchemaVersion();

}  // namespace dyad

#endif  // DYAD_STORE_H_
