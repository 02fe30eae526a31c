// The schema's migrations, oldest first (see schema.h). A migration is never
// edited once released: a change to the schema is a new entry at the end.
#include "store/schema.h"

#include <string>

namespace dyad::store {
namespace {

// kMigrations[i] takes a file from version i to version i + 1.
constexpr const char* kMigrations[] = {
    // 0 -> 1: articles with their text and span blobs, and where each came from.
    R"sql(
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,             -- ArticleId: 16 hex digits
  title TEXT NOT NULL, title_source TEXT NOT NULL,
  published TEXT NOT NULL,             -- ISO 8601, '' when unknown
  published_source TEXT NOT NULL, published_evidence TEXT NOT NULL,
  outlet TEXT NOT NULL, outlet_source TEXT NOT NULL,
  byline TEXT NOT NULL, url TEXT NOT NULL, language TEXT NOT NULL,
  text TEXT NOT NULL,                  -- main text, NFC, paragraphs joined by blank lines
  paragraphs BLOB NOT NULL,            -- span_codec.h
  sentences BLOB NOT NULL,             -- span_codec.h
  sentence_count INTEGER NOT NULL,
  boilerplate_blocks INTEGER NOT NULL, boilerplate_chars INTEGER NOT NULL,
  encoding_repairs INTEGER NOT NULL,
  ingested_at TEXT NOT NULL            -- UTC ISO 8601
);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_outlet ON articles(outlet COLLATE NOCASE, published);
CREATE TABLE article_sources (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  source TEXT NOT NULL,                -- the file as given, '-' for stdin
  locator TEXT NOT NULL,               -- record within it, '' for a whole file
  first_seen TEXT NOT NULL,
  PRIMARY KEY (article, source, locator)
) WITHOUT ROWID;
)sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

Result<int> UserVersion(Database& db) {
  auto stmt = db.Prepare("PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  if (!stmt->Step()) return db.Error("read schema version");
  return static_cast<int>(stmt->Int(0));
}

}  // namespace

Result<int> Migrate(Database& db, bool read_only) {
  auto version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion) {
    return Status::Unsupported(db.path() + ": schema version " + std::to_string(*version) +
                               " is newer than this dyad understands (" +
                               std::to_string(kSchemaVersion) + "); upgrade dyad");
  }
  if (*version == kSchemaVersion) return *version;
  if (read_only) {
    return Status::Unsupported(db.path() + ": schema version " + std::to_string(*version) +
                               " needs migrating; open it once read-write");
  }
  // BEGIN IMMEDIATE takes the write lock first, so two processes opening a
  // new file at once cannot both migrate it.
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  auto again = UserVersion(db);
  if (!again.ok()) {
    db.Exec("ROLLBACK");
    return again.status();
  }
  for (int v = *again; v < kSchemaVersion; ++v) {
    s = db.Exec(kMigrations[v]);
    if (!s.ok()) {
      db.Exec("ROLLBACK");
      return Status::IOError("migrating schema to version " + std::to_string(v + 1) + ": " +
                             s.message());
    }
  }
  s = db.Exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return kSchemaVersion;
}

}  // namespace dyad::store
