// The schema's migrations, oldest first (see schema.h). A migration is never
// edited once released: a change to the schema is a new entry at the end.
#include "store/schema.h"

#include <algorithm>
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
    // 1 -> 2: coded events, and the dictionaries (coder runs) that coded them.
    R"sql(
CREATE TABLE coder_runs (
  rowid INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,    -- XXH3-64 of the dictionary files' names and bytes
  dictionaries TEXT NOT NULL,          -- the files, one a line
  first_used TEXT NOT NULL             -- UTC ISO 8601
);
-- The run that coded an article; NULL: never coded.
ALTER TABLE articles ADD COLUMN coder_run INTEGER REFERENCES coder_runs(rowid);
CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(rowid),
  ordinal INTEGER NOT NULL,            -- 0-based among the article's events
  sentence INTEGER NOT NULL,           -- 0-based index into the article's sentences
  date INTEGER NOT NULL,               -- yyyymmdd, 0 when unknown
  source TEXT NOT NULL, source_country TEXT NOT NULL, source_agent TEXT NOT NULL,
  source_name TEXT NOT NULL, source_begin INTEGER NOT NULL, source_end INTEGER NOT NULL,
  source_entries TEXT NOT NULL,        -- "file:line" of the actor and agent entries, one a line
  target TEXT NOT NULL,                -- '' when the event has no target
  target_country TEXT NOT NULL, target_agent TEXT NOT NULL,
  target_name TEXT NOT NULL, target_begin INTEGER NOT NULL, target_end INTEGER NOT NULL,
  target_entries TEXT NOT NULL,
  code TEXT NOT NULL,                  -- CAMEO code
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  verb_begin INTEGER NOT NULL, verb_end INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  verb_entry TEXT NOT NULL,            -- "file:line"
  pattern_entry TEXT NOT NULL,         -- "file:line", '' when no pattern matched
  paired INTEGER NOT NULL,
  intent INTEGER NOT NULL,
  asserted_code TEXT NOT NULL,         -- with intent: the code of the action itself
  coder_run INTEGER NOT NULL REFERENCES coder_runs(rowid)
);
CREATE UNIQUE INDEX events_by_article ON events(article, ordinal);
CREATE INDEX events_by_source ON events(source, date);
CREATE INDEX events_by_target ON events(target, date);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_code ON events(code, date);
)sql",
    // 2 -> 3: quotes with their speakers; events linked to the quote they
    // came from, and the rule that made each event.
    R"sql(
-- 1: the article's quotes were extracted (and stored, possibly none).
ALTER TABLE articles ADD COLUMN quoted INTEGER NOT NULL DEFAULT 0;
-- The ordinal of the quote holding the event's verb (a statement), NULL otherwise.
ALTER TABLE events ADD COLUMN quote INTEGER;
-- "coder" (verb and pattern entries) or "quote-attribution".
ALTER TABLE events ADD COLUMN rule TEXT NOT NULL DEFAULT 'coder';
CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(rowid),
  ordinal INTEGER NOT NULL,            -- 0-based among the article's quotes
  date INTEGER NOT NULL,               -- the article's publication day, yyyymmdd, 0 unknown
  inner_begin INTEGER NOT NULL, inner_end INTEGER NOT NULL,  -- the words, in articles.text
  outer_begin INTEGER NOT NULL, outer_end INTEGER NOT NULL,  -- with their marks
  attribution_begin INTEGER NOT NULL, attribution_end INTEGER NOT NULL,  -- 0, 0: none
  words TEXT NOT NULL,                 -- the quoted words
  rule TEXT NOT NULL,                  -- QuoteRuleName: said-after, colon-intro, ...
  part_of INTEGER,                     -- ordinal of the quote's first part, NULL
  paragraph INTEGER NOT NULL,
  closed INTEGER NOT NULL, ellipsis INTEGER NOT NULL, bracket INTEGER NOT NULL,
  speaker_kind TEXT NOT NULL,          -- SpeakerKindName: person, organisation, ...
  speaker TEXT NOT NULL,               -- canonical name, '' when unattributed
  speaker_surface TEXT NOT NULL,       -- the name as written in the attribution
  speaker_role TEXT NOT NULL, speaker_affiliation TEXT NOT NULL,
  actor TEXT NOT NULL,                 -- the speaker's actor code, ''
  mention_begin INTEGER NOT NULL, mention_end INTEGER NOT NULL,
  introduced_begin INTEGER NOT NULL, introduced_end INTEGER NOT NULL
);
-- Two indexes only, as each costs every quote written: none on speaker (its
-- filter is LIKE '%name%', which no index serves) nor on date alone (a date
-- range without an actor scans the table; ingest writes far more quotes than
-- such listings read), and the actor index holds only quotes with a code
-- (its queries never ask for ''; a quote with no code costs it nothing). A
-- rowid table appends faster than a WITHOUT ROWID one keyed by (article,
-- ordinal).
CREATE UNIQUE INDEX quotes_by_article ON quotes(article, ordinal);
CREATE INDEX quotes_by_actor ON quotes(actor, date) WHERE actor != '';
)sql",
    // 3 -> 4: provenance: each article's copy fingerprint (what the CopyIndex
    // is rebuilt from), the copy links found, and each article's original.
    R"sql(
CREATE TABLE copy_fingerprints (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid),
  content_hash INTEGER NOT NULL,       -- CopyText::content_hash, as a signed 64-bit integer
  words INTEGER NOT NULL,              -- words of the article, as provenance counts them
  word_sketch BLOB NOT NULL,           -- little-endian uint32 bins
  skeleton_sketch BLOB NOT NULL,       -- little-endian uint32 bins
  anchors BLOB NOT NULL                -- little-endian uint32 paragraph anchors
);
CREATE TABLE copy_links (
  article INTEGER NOT NULL REFERENCES articles(rowid),  -- the later article (b)
  other INTEGER NOT NULL REFERENCES articles(rowid),    -- the earlier one it copies (a)
  kind TEXT NOT NULL,                  -- CopyKindName: exact, near, syndicated, spun, ...
  rule TEXT NOT NULL,                  -- the rule that decided (docs/provenance.md)
  coverage_article REAL NOT NULL, coverage_other REAL NOT NULL, identity REAL NOT NULL,
  passages BLOB NOT NULL,              -- per passage, uint32 LE: other begin, end, article begin, end
  changed_words INTEGER NOT NULL,      -- words substituted inside the passages
  PRIMARY KEY (article, other)
) WITHOUT ROWID;
CREATE INDEX copy_links_by_other ON copy_links(other);
-- The original of the article's copy group (itself for the original), NULL
-- when in no group; and the rule that chose it (ChooseOriginal).
ALTER TABLE articles ADD COLUMN copy_original INTEGER REFERENCES articles(rowid);
ALTER TABLE articles ADD COLUMN copy_rule TEXT NOT NULL DEFAULT '';
)sql",
    // 4 -> 5: the same quotation in several articles (dyad/quote_links.h):
    // each later appearance linked to each earlier one it matches.
    R"sql(
CREATE TABLE quote_links (
  article INTEGER NOT NULL REFERENCES articles(rowid),  -- the later appearance
  ordinal INTEGER NOT NULL,            -- its quote's ordinal among the article's quotes
  other INTEGER NOT NULL REFERENCES articles(rowid),    -- the earlier appearance
  other_ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,                  -- QuoteMatchKindName: same, excerpt, altered
  rule TEXT NOT NULL,                  -- CompareQuotes' rule
  common_words INTEGER NOT NULL, similarity REAL NOT NULL,
  edits BLOB NOT NULL,                 -- per edit, uint32 LE: other begin, end, article begin,
                                       -- end, words in other, words in article
  diff TEXT NOT NULL,                  -- the edits as words: "should → ought to; ..."
  PRIMARY KEY (article, ordinal, other, other_ordinal)
) WITHOUT ROWID;
CREATE INDEX quote_links_by_other ON quote_links(other);
)sql",
    // 5 -> 6: relations over time and streaming exports. The copy group of
    // each grouped article in a narrow table kept by a trigger (articles
    // rows hold the text, so reading copy_original from them per event
    // walks overflow pages), and one covering index for relations queries:
    // an actor range on source, the target and date checked in the index,
    // and every column a series needs, so no event row is read.
    R"sql(
CREATE TABLE article_groups (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid),
  original INTEGER NOT NULL            -- articles.copy_original of `article`
);
INSERT INTO article_groups (article, original)
  SELECT rowid, copy_original FROM articles WHERE copy_original IS NOT NULL;
CREATE TRIGGER article_groups_follow AFTER UPDATE OF copy_original ON articles BEGIN
  DELETE FROM article_groups WHERE article = NEW.rowid;
  INSERT INTO article_groups (article, original)
    SELECT NEW.rowid, NEW.copy_original WHERE NEW.copy_original IS NOT NULL;
END;
CREATE INDEX events_by_dyad ON events(source, target, date, code, quad_class, goldstein, article);
)sql",
    // 6 -> 7: stories (docs/stories.md): each article's story with the rule
    // that put it there, each story's summary, and what the clusterer needs
    // to go on in a later run (vocabulary, counters, member vectors).
    R"sql(
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,              -- StoryClusterer's story id (0, 1, 2... by creation)
  label TEXT NOT NULL DEFAULT '',      -- title of the member most similar to the centroid
  label_article INTEGER REFERENCES articles(rowid),
  first_date INTEGER NOT NULL DEFAULT 0, last_date INTEGER NOT NULL DEFAULT 0,  -- yyyymmdd, 0
  articles INTEGER NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0,
  key_terms TEXT NOT NULL DEFAULT '',  -- heaviest centroid words, space-separated
  key_actors TEXT NOT NULL DEFAULT ''  -- heaviest centroid actor codes, space-separated
);
CREATE INDEX stories_by_last ON stories(last_date, id);
CREATE TABLE article_stories (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid),
  story INTEGER NOT NULL REFERENCES stories(id),
  rule TEXT NOT NULL,                  -- StoryRuleName: new-story, joined-by-similarity, ...
  similarity REAL NOT NULL,            -- cosine to the story joined by similarity, else 0
  copy_of INTEGER REFERENCES articles(rowid),  -- copy-of-original: the article followed
  date INTEGER NOT NULL,               -- the article's day as the clusterer saw it, 0 unknown
  vector BLOB NOT NULL                 -- per term: uint32 LE term id, float32 LE weight
);
CREATE INDEX article_stories_by_story ON article_stories(story, article);
CREATE TABLE story_terms (
  id INTEGER PRIMARY KEY,              -- the clusterer's term id (order of first use)
  term TEXT NOT NULL,                  -- content word, or "@CODE" for an actor code
  df INTEGER NOT NULL                  -- articles containing it
);
CREATE TABLE story_state (
  id INTEGER PRIMARY KEY CHECK (id = 0),
  documents INTEGER NOT NULL,          -- articles the clusterer has weighed
  stories INTEGER NOT NULL             -- stories it has created
);
)sql",
    // 7 -> 8: full-text search (FTS5) over articles (title, text) and quotes
    // (words, speaker). External-content tables: the index holds no second
    // copy of the text; triggers keep it in step with every insert, delete
    // and change of the indexed columns, so an article stored once is
    // indexed once however often it is ingested. Existing rows are indexed
    // by 'rebuild'.
    R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content = 'articles', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  words, speaker, content = 'quotes', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, words, speaker) VALUES (new.rowid, new.words, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, words, speaker)
    VALUES ('delete', old.rowid, old.words, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF words, speaker ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, words, speaker)
    VALUES ('delete', old.rowid, old.words, old.speaker);
  INSERT INTO quotes_fts (rowid, words, speaker) VALUES (new.rowid, new.words, new.speaker);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
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

Result<int> Migrate(Database& db, bool read_only, int target) {
  auto version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion) {
    return Status::Unsupported(db.path() + ": schema version " + std::to_string(*version) +
                               " is newer than this dyad understands (" +
                               std::to_string(kSchemaVersion) + "); upgrade dyad");
  }
  if (*version >= target) return *version;
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
  for (int v = *again; v < target; ++v) {
    s = db.Exec(kMigrations[v]);
    if (!s.ok()) {
      db.Exec("ROLLBACK");
      return Status::IOError("migrating schema to version " + std::to_string(v + 1) + ": " +
                             s.message());
    }
  }
  if (*again < target) s = db.Exec("PRAGMA user_version = " + std::to_string(target));
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return std::max(*again, target);
}

}  // namespace dyad::store

namespace dyad {

int StoreSchemaVersion() { return store::kSchemaVersion; }

}  // namespace dyad
