// dyad/store.h: where articles live once ingested: the Store interface and the
// embedded SQLite implementation.
//
// A Store holds articles, their sentences, and every source each article was
// read from. It is written in batches, each batch one transaction, so an ingest
// killed at any moment (even kill -9) leaves every committed batch intact and
// no half-written article; running the same ingest again completes it without
// duplicates, because an article's id derives from its normalised content
// (ArticleId) and re-inserting a known id only records the extra source.
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

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

// The id of an article: 16 lowercase hex digits of a 64-bit XXH3 hash of its
// outlet (lowercased) and its main text in matching form (MatchingText),
// lowercased, with runs of white space folded to one space. The same article
// read twice, from the same or another file, gets the same id; the same text
// under another outlet (syndication) gets another id, so that provenance can
// link the two.
std::string ArticleId(const Article& article);

// An article ready to store.
struct ArticleRecord {
  std::string id;  // ArticleId(article)
  Article article;
  std::vector<Sentence> sentences;  // spans into article.text; tokens are not stored
  std::string source;               // the file it was read from, as given
  std::string locator;              // the record within that file
  uint64_t encoding_repairs = 0;    // invalid UTF-8 sequences replaced
};

// An article as stored.
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
};

struct StoreStats {
  uint64_t articles = 0, sentences = 0, sources = 0, outlets = 0;
  uint64_t boilerplate_blocks = 0, boilerplate_chars = 0;
  std::string first_published, last_published;  // "" when no article has a date
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores a batch in one transaction: every article whose id is new, with its
  // sentences and source; for a known id, only a source not yet recorded.
  // On failure nothing of the batch is stored.
  virtual Result<PutResult> PutArticles(const std::vector<ArticleRecord>& batch) = 0;

  // Returns true iff an article with this exact id is stored.
  virtual Result<bool> Contains(std::string_view id) = 0;

  // Articles matching the filter, newest publication first, then by id.
  virtual Result<std::vector<ArticleSummary>> ListArticles(const ArticleFilter& filter) = 0;

  // The article whose id is `id_or_prefix`, or the only one whose id starts
  // with it (at least 4 digits). NotFound if none; InvalidArgument if the
  // prefix is ambiguous or too short.
  virtual Result<StoredArticle> GetArticle(std::string_view id_or_prefix) = 0;

  virtual Result<StoreStats> Stats() = 0;
};

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

}  // namespace dyad

#endif  // DYAD_STORE_H_
