// The SQLite implementation of dyad::Store (see dyad/store.h).
//
// Writes go through a handful of statements prepared once. A batch is one
// transaction: look up each id, insert the article if new, then record its
// source (INSERT OR IGNORE, so the same file read twice adds nothing), then
// its events when it was coded and has not been before (event_rows.h), and
// its quotes when they were extracted and are not stored yet (quote_rows.h).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>
#include <unordered_set>
#include <utility>

#include "dyad/store.h"

#include "store/copy_rows.h"
#include "store/event_rows.h"
#include "store/quote_link_rows.h"
#include "store/quote_rows.h"
#include "store/event_export.h"
#include "store/relation_rows.h"
#include "store/schema.h"
#include "store/search_rows.h"
#include "store/span_codec.h"
#include "store/sqlite_handle.h"
#include "store/story_rows.h"

namespace dyad {
namespace {

using store::Database;
using store::Statement;

std::string UtcNow() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

FieldSource FieldSourceFromName(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(FieldSource::kTitleTag); ++i) {
    auto s = static_cast<FieldSource>(i);
    if (FieldSourceName(s) == name) return s;
  }
  return FieldSource::kNone;
}

bool IsHex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}

  Status PrepareWrites() {
    auto find = db_->Prepare("SELECT rowid FROM articles WHERE id = ?1");
    if (!find.ok()) return find.status();
    find_ = std::move(*find);
    auto insert = db_->Prepare(
        "INSERT INTO articles (id, title, title_source, published, published_source, "
        "published_evidence, outlet, outlet_source, byline, url, language, text, paragraphs, "
        "sentences, sentence_count, boilerplate_blocks, boilerplate_chars, encoding_repairs, "
        "ingested_at, quoted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17, ?18, ?19, ?20)");
    if (!insert.ok()) return insert.status();
    insert_ = std::move(*insert);
    auto source = db_->Prepare(
        "INSERT OR IGNORE INTO article_sources (article, source, locator, first_seen) "
        "VALUES (?1, ?2, ?3, ?4)");
    if (!source.ok()) return source.status();
    source_ = std::move(*source);
    Status s = quotes_.Prepare(*db_);
    if (!s.ok()) return s;
    return events_.Prepare(*db_);
  }

  Status EnsureWritesPrepared() {
    if (writes_prepared_) return Status::OK();
    Status s = PrepareWrites();
    if (s.ok()) writes_prepared_ = true;
    return s;
  }

  Result<PutResult> PutArticles(const std::vector<ArticleRecord>& batch,
                                const CoderRun* coder_run) override {
    Status s = EnsureWritesPrepared();
    if (!s.ok()) return s;
    s = db_->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    PutResult result;
    const std::string now = UtcNow();
    int64_t run_rowid = -1;
    if (coder_run != nullptr) {
      auto run = events_.RunRowid(*coder_run, now);
      if (!run.ok()) {
        db_->Exec("ROLLBACK");
        return run.status();
      }
      run_rowid = *run;
    }
    for (const ArticleRecord& rec : batch) {
      const uint32_t inserted_before = result.inserted;
      auto rowid = PutOne(rec, now, &result);
      const bool inserted = result.inserted > inserted_before;
      if (rowid.ok() && rec.quoted) {
        Status put = PutQuotesOf(rec, *rowid, inserted, &result.quotes);
        if (!put.ok()) rowid = put;
      }
      if (rowid.ok() && run_rowid >= 0 && rec.coded) {
        Status put = PutEventsOf(rec, *rowid, inserted, run_rowid, &result.events);
        if (!put.ok()) rowid = put;
      }
      if (!rowid.ok()) {
        db_->Exec("ROLLBACK");
        return rowid.status();
      }
    }
    s = db_->Exec("COMMIT");
    if (!s.ok()) {
      db_->Exec("ROLLBACK");
      return s;
    }
    return result;
  }

  Result<uint64_t> ReplaceEvents(const std::vector<ArticleEvents>& batch,
                                 const CoderRun& coder_run) override {
    Status s = EnsureWritesPrepared();
    if (!s.ok()) return s;
    s = db_->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    uint64_t stored = 0;
    auto run = events_.RunRowid(coder_run, UtcNow());
    s = run.status();
    for (size_t i = 0; s.ok() && i < batch.size(); ++i) {
      find_.Reset();
      find_.Bind(1, batch[i].article);
      int64_t rowid = find_.Step() ? find_.Int(0) : -1;
      s = find_.status();
      find_.Reset();
      if (s.ok() && rowid < 0) s = Status::NotFound("no article with id " + batch[i].article);
      if (!s.ok()) break;
      if (batch[i].quoted) {
        auto q = quotes_.Replace(rowid, batch[i].quotes);
        if (!q.ok()) {
          s = Status::IOError("storing quotes of " + batch[i].article + ": " +
                              q.status().message());
          break;
        }
      }
      auto n = events_.Replace(rowid, *run, batch[i].events);
      if (n.ok()) {
        stored += *n;
      } else {
        s = Status::IOError("storing events of " + batch[i].article + ": " + n.status().message());
      }
    }
    if (s.ok()) s = db_->Exec("COMMIT");
    if (!s.ok()) {
      db_->Exec("ROLLBACK");
      return s;
    }
    return stored;
  }

  Result<std::vector<StoredEvent>> QueryEvents(const EventFilter& filter) override {
    int64_t article_rowid = -1;
    if (!filter.article.empty()) {
      auto found = FindArticle(filter.article);
      if (!found.ok()) return found.status();
      article_rowid = found->first;
    }
    auto query = store::BuildEventQuery(filter, article_rowid);
    if (!query.ok()) return query.status();
    return store::RunEventQuery(*db_, *query);
  }

  Result<std::vector<StoredQuote>> QueryQuotes(const QuoteFilter& filter) override {
    int64_t article_rowid = -1;
    if (!filter.article.empty()) {
      auto found = FindArticle(filter.article);
      if (!found.ok()) return found.status();
      article_rowid = found->first;
    }
    return store::RunQuoteQuery(*db_, filter, article_rowid);
  }

  Result<std::vector<ArticleState>> ArticleStates(const std::vector<std::string>& ids) override {
    if (!states_prepared_) {
      auto stmt = db_->Prepare(
          "SELECT coder_run IS NOT NULL, quoted, EXISTS (SELECT 1 FROM copy_fingerprints f "
          "WHERE f.article = articles.rowid) FROM articles WHERE id = ?1");
      if (!stmt.ok()) return stmt.status();
      states_ = std::move(*stmt);
      states_prepared_ = true;
    }
    // One read transaction for the whole list.
    Status s = db_->Exec("BEGIN");
    if (!s.ok()) return s;
    std::vector<ArticleState> out(ids.size());
    for (size_t i = 0; i < ids.size() && s.ok(); ++i) {
      states_.Reset();
      states_.Bind(1, ids[i]);
      if (states_.Step()) {
        out[i].stored = true;
        out[i].coded = states_.Int(0) != 0;
        out[i].quoted = states_.Int(1) != 0;
        out[i].copies = states_.Int(2) != 0;
      }
      s = states_.status();
    }
    states_.Reset();
    Status end = db_->Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return s;
    if (!end.ok()) return end;
    return out;
  }

  Result<std::vector<std::string>> ArticleIds() override {
    auto stmt = db_->Prepare("SELECT id FROM articles ORDER BY id");
    if (!stmt.ok()) return stmt.status();
    std::vector<std::string> ids;
    while (stmt->Step()) ids.push_back(stmt->Text(0));
    if (!stmt->status().ok()) return stmt->status();
    return ids;
  }

  Result<bool> Contains(std::string_view id) override {
    auto stmt = db_->Prepare("SELECT 1 FROM articles WHERE id = ?1");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, id);
    bool found = stmt->Step();
    if (!stmt->status().ok()) return stmt->status();
    return found;
  }

  Result<std::vector<ArticleSummary>> ListArticles(const ArticleFilter& f) override {
    std::string sql =
        "SELECT id, title, outlet, published, url, sentence_count, length(text) FROM articles "
        "WHERE 1";
    if (!f.outlet.empty()) sql += " AND outlet = ?1 COLLATE NOCASE";
    if (!f.from.empty()) sql += " AND published >= ?2";
    // A date bound "2024-07-10" includes datetimes on that day.
    if (!f.to.empty()) sql += " AND published < ?3 || 'z'";
    sql += " ORDER BY published DESC, id";
    if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
    if (f.offset > 0)
      sql += (f.limit > 0 ? "" : " LIMIT -1") + std::string(" OFFSET ") + std::to_string(f.offset);
    auto stmt = db_->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    if (!f.outlet.empty()) stmt->Bind(1, f.outlet);
    if (!f.from.empty()) stmt->Bind(2, f.from);
    if (!f.to.empty()) stmt->Bind(3, f.to);
    std::vector<ArticleSummary> out;
    while (stmt->Step()) {
      ArticleSummary a;
      a.id = stmt->Text(0);
      a.title = stmt->Text(1);
      a.outlet = stmt->Text(2);
      a.published = stmt->Text(3);
      a.url = stmt->Text(4);
      a.sentences = static_cast<uint32_t>(stmt->Int(5));
      a.chars = static_cast<uint64_t>(stmt->Int(6));
      out.push_back(std::move(a));
    }
    if (!stmt->status().ok()) return stmt->status();
    return out;
  }

  // `id_or_prefix` lowercased, or InvalidArgument unless 4 to 16 hex digits.
  static Result<std::string> NormalizeIdPrefix(std::string_view id_or_prefix) {
    std::string key(id_or_prefix);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key.size() < 4 || key.size() > 16 || !IsHex(key)) {
      std::string message = "'";
      message.append(id_or_prefix).append("' is not an article id (4 to 16 hex digits)");
      return Status::InvalidArgument(message);
    }
    return key;
  }

  // The rowid and id of the article `id_or_prefix` names, as GetArticle.
  Result<std::pair<int64_t, std::string>> FindArticle(std::string_view id_or_prefix) {
    auto normalized = NormalizeIdPrefix(id_or_prefix);
    if (!normalized.ok()) return normalized.status();
    const std::string key = std::move(*normalized);
    auto stmt = db_->Prepare("SELECT rowid, id FROM articles WHERE id >= ?1 AND id < ?2 LIMIT 2");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, key).Bind(2, key + "g");
    if (!stmt->Step()) {
      if (!stmt->status().ok()) return stmt->status();
      return Status::NotFound("no article with id " + key);
    }
    std::pair<int64_t, std::string> found{stmt->Int(0), stmt->Text(1)};
    if (stmt->Step()) {
      return Status::InvalidArgument("id prefix " + key + " is ambiguous; give more digits");
    }
    return found;
  }

  Result<StoredArticle> GetArticle(std::string_view id_or_prefix) override {
    auto normalized = NormalizeIdPrefix(id_or_prefix);
    if (!normalized.ok()) return normalized.status();
    const std::string key = std::move(*normalized);
    // Ids are fixed-width hex, so a prefix is a range: [key, key + "g").
    auto stmt = db_->Prepare(
        "SELECT rowid, id, title, title_source, published, published_source, "
        "published_evidence, outlet, outlet_source, byline, url, language, text, paragraphs, "
        "sentences, boilerplate_blocks, boilerplate_chars FROM articles "
        "WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, key).Bind(2, key + "g");
    if (!stmt->Step()) {
      if (!stmt->status().ok()) return stmt->status();
      return Status::NotFound("no article with id " + key);
    }
    StoredArticle out;
    int64_t rowid = stmt->Int(0);
    out.id = stmt->Text(1);
    Article& a = out.article;
    a.title = stmt->Text(2);
    a.title_source = FieldSourceFromName(stmt->Text(3));
    a.published = stmt->Text(4);
    a.published_source = FieldSourceFromName(stmt->Text(5));
    a.published_evidence = stmt->Text(6);
    a.outlet = stmt->Text(7);
    a.outlet_source = FieldSourceFromName(stmt->Text(8));
    a.byline = stmt->Text(9);
    a.url = stmt->Text(10);
    a.language = stmt->Text(11);
    a.text = stmt->Text(12);
    Status s = store::DecodeParagraphs(stmt->Blob(13), &a.paragraphs);
    if (s.ok()) s = store::DecodeSentences(stmt->Blob(14), &out.sentences);
    if (!s.ok())
      return Status::Corruption(db_->path() + ": article " + out.id + ": " + s.message());
    a.boilerplate_blocks = static_cast<uint32_t>(stmt->Int(15));
    a.boilerplate_chars = static_cast<uint64_t>(stmt->Int(16));
    if (stmt->Step()) {
      return Status::InvalidArgument("id prefix " + key + " is ambiguous; give more digits");
    }
    auto sources = db_->Prepare(
        "SELECT source, locator, first_seen FROM article_sources WHERE article = ?1 "
        "ORDER BY first_seen, source, locator");
    if (!sources.ok()) return sources.status();
    sources->Bind(1, rowid);
    while (sources->Step()) {
      out.sources.push_back({sources->Text(0), sources->Text(1), sources->Text(2)});
    }
    if (!sources->status().ok()) return sources->status();
    return out;
  }

  Result<StoreStats> Stats() override {
    auto stmt = db_->Prepare(
        "SELECT count(*), coalesce(sum(sentence_count), 0), count(DISTINCT nullif(outlet, '')), "
        "coalesce(sum(boilerplate_blocks), 0), coalesce(sum(boilerplate_chars), 0), "
        "coalesce(min(nullif(published, '')), ''), coalesce(max(nullif(published, '')), '') "
        "FROM articles");
    if (!stmt.ok()) return stmt.status();
    if (!stmt->Step()) return stmt->status().ok() ? db_->Error("stats") : stmt->status();
    StoreStats st;
    st.articles = static_cast<uint64_t>(stmt->Int(0));
    st.sentences = static_cast<uint64_t>(stmt->Int(1));
    st.outlets = static_cast<uint64_t>(stmt->Int(2));
    st.boilerplate_blocks = static_cast<uint64_t>(stmt->Int(3));
    st.boilerplate_chars = static_cast<uint64_t>(stmt->Int(4));
    st.first_published = stmt->Text(5);
    st.last_published = stmt->Text(6);
    auto counts = db_->Prepare(
        "SELECT (SELECT count(*) FROM article_sources), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM articles WHERE coder_run IS NOT NULL), "
        "(SELECT count(*) FROM quotes), (SELECT count(*) FROM articles WHERE quoted), "
        "(SELECT count(DISTINCT speaker) FROM quotes WHERE speaker != ''), "
        "(SELECT count(*) FROM events WHERE rule = 'quote-attribution')");
    if (!counts.ok()) return counts.status();
    if (counts->Step()) {
      st.sources = static_cast<uint64_t>(counts->Int(0));
      st.events = static_cast<uint64_t>(counts->Int(1));
      st.coded_articles = static_cast<uint64_t>(counts->Int(2));
      st.quotes = static_cast<uint64_t>(counts->Int(3));
      st.quoted_articles = static_cast<uint64_t>(counts->Int(4));
      st.speakers = static_cast<uint64_t>(counts->Int(5));
      st.statement_events = static_cast<uint64_t>(counts->Int(6));
    }
    if (!counts->status().ok()) return counts->status();
    auto copies = db_->Prepare(
        "SELECT (SELECT count(*) FROM copy_links), (SELECT count(DISTINCT copy_original) FROM "
        "articles), (SELECT count(*) FROM copy_fingerprints)");
    if (!copies.ok()) return copies.status();
    if (copies->Step()) {
      st.copy_links = static_cast<uint64_t>(copies->Int(0));
      st.copy_groups = static_cast<uint64_t>(copies->Int(1));
      st.fingerprinted_articles = static_cast<uint64_t>(copies->Int(2));
    }
    if (!copies->status().ok()) return copies->status();
    auto quote_links = store::CountQuoteLinks(*db_);
    if (!quote_links.ok()) return quote_links.status();
    st.quote_links = *quote_links;
    auto stories = db_->Prepare(
        "SELECT (SELECT count(*) FROM stories WHERE articles > 0), (SELECT count(*) FROM "
        "article_stories)");
    if (!stories.ok()) return stories.status();
    if (stories->Step()) {
      st.stories = static_cast<uint64_t>(stories->Int(0));
      st.storied_articles = static_cast<uint64_t>(stories->Int(1));
    }
    if (!stories->status().ok()) return stories->status();
    return st;
  }

  Result<uint64_t> PutCopyLinks(const std::vector<ArticleCopies>& batch) override {
    if (!copies_prepared_) {
      Status p = copies_.Prepare(*db_);
      if (p.ok()) p = quote_links_.Prepare(*db_);
      if (!p.ok()) return p;
      copies_prepared_ = true;
    }
    Status s = db_->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    uint64_t stored = 0;
    std::vector<int64_t> regroup;
    for (size_t i = 0; i < batch.size() && s.ok(); ++i) {
      const ArticleCopies& c = batch[i];
      auto rowid = RowidOf(c.article);
      if (!rowid.ok()) {
        s = rowid.status();
        break;
      }
      // Each link's two rowids: this article and the other, or (a link read
      // the other way) the earlier-ingested article and this one.
      std::vector<std::pair<int64_t, int64_t>> ends;
      for (const StoredCopyLink& l : c.links) {
        const bool reversed = l.other == c.article && !l.article.empty() && l.article != c.article;
        auto other = RowidOf(reversed ? l.article : l.other);
        if (!other.ok()) {
          s = other.status();
          break;
        }
        ends.emplace_back(reversed ? *other : *rowid, reversed ? *rowid : *other);
        if (l.kind != CopyKind::kPartial && l.kind != CopyKind::kQuoteShared &&
            l.kind != CopyKind::kNone)
          regroup.push_back(*rowid);
      }
      if (!s.ok()) break;
      s = PutQuoteLinksOf(c, *rowid);
      if (!s.ok()) break;
      auto n = copies_.Put(*rowid, c, ends);
      if (!n.ok()) {
        s = Status::IOError("storing copy links of " + c.article + ": " + n.status().message());
        break;
      }
      stored += *n;
    }
    std::sort(regroup.begin(), regroup.end());
    regroup.erase(std::unique(regroup.begin(), regroup.end()), regroup.end());
    std::unordered_set<int64_t> grouped;  // members of components already regrouped
    for (size_t i = 0; i < regroup.size() && s.ok(); ++i)
      if (!grouped.contains(regroup[i])) s = copies_.Regroup(regroup[i], &grouped);
    if (s.ok()) s = db_->Exec("COMMIT");
    if (!s.ok()) {
      db_->Exec("ROLLBACK");
      return s;
    }
    return stored;
  }

  Result<std::vector<CopyFingerprint>> CopyFingerprints(std::vector<std::string>* ids) override {
    return store::RunFingerprintQuery(*db_, ids);
  }

  Result<std::vector<StoredCopyLink>> QueryCopies(std::string_view article) override {
    auto rowid = RowidOrEvery(article);
    if (!rowid.ok()) return rowid.status();
    return store::RunCopyQuery(*db_, *rowid);
  }

  Result<std::vector<StoredCopyGroup>> CopyGroups() override { return store::RunGroupsQuery(*db_); }

  Result<StoredCopyGroup> OriginalOf(std::string_view article) override {
    auto found = FindArticle(article);
    if (!found.ok()) return found.status();
    return store::RunGroupOf(*db_, found->first, found->second);
  }

  Result<std::vector<StoredQuoteLink>> QueryQuoteLinks(std::string_view article) override {
    auto rowid = RowidOrEvery(article);
    if (!rowid.ok()) return rowid.status();
    return store::RunQuoteLinkQuery(*db_, *rowid);
  }

  Result<std::vector<StoredQuote>> LinkableQuotes(std::vector<std::string>* published) override {
    return store::RunLinkableQuotesQuery(*db_, published);
  }

  Result<StoredCopySide> CopySideOf(const std::string& id) override {
    if (!copy_sides_prepared_) {
      Status p = copy_sides_.Prepare(*db_);
      if (!p.ok()) return p;
      copy_sides_prepared_ = true;
    }
    return copy_sides_.Read(id);
  }

  Result<RelationSeries> QueryRelations(const RelationQuery& query) override {
    return store::RunRelationQuery(*db_, query);
  }

  Status VisitEvents(const EventStream& stream, const EventVisitor& visit) override {
    int64_t article_rowid = -1;
    if (!stream.filter.article.empty()) {
      auto found = FindArticle(stream.filter.article);
      if (!found.ok()) return found.status();
      article_rowid = found->first;
    }
    return store::VisitEventRows(*db_, stream, article_rowid, visit);
  }

  // ---- Stories (story_rows.h) ----

  Result<std::vector<StoryInput>> StoryInputs(const std::vector<std::string>& ids) override {
    Status s = db_->Exec("BEGIN");
    if (!s.ok()) return s;
    std::vector<int64_t> rowids;
    for (const std::string& id : ids) {
      auto rowid = RowidOf(id);
      if (rowid.ok()) {
        rowids.push_back(*rowid);
      } else if (!rowid.status().IsNotFound()) {
        db_->Exec("ROLLBACK");
        return rowid.status();
      }
    }
    std::sort(rowids.begin(), rowids.end());
    rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());
    auto out = store::ReadStoryInputs(*db_, rowids);
    db_->Exec(out.ok() ? "COMMIT" : "ROLLBACK");
    return out;
  }

  Result<std::vector<StoryInput>> StoryInputsAfter(int64_t seq, uint32_t limit) override {
    Status s = db_->Exec("BEGIN");
    if (!s.ok()) return s;
    auto stmt = db_->Prepare("SELECT rowid FROM articles WHERE rowid > ?1 ORDER BY rowid LIMIT ?2");
    if (!stmt.ok()) {
      db_->Exec("ROLLBACK");
      return stmt.status();
    }
    stmt->Bind(1, seq).Bind(2, static_cast<int64_t>(limit));
    std::vector<int64_t> rowids;
    while (stmt->Step()) rowids.push_back(stmt->Int(0));
    Result<std::vector<StoryInput>> out = stmt->status();
    if (stmt->status().ok()) out = store::ReadStoryInputs(*db_, rowids);
    db_->Exec(out.ok() ? "COMMIT" : "ROLLBACK");
    return out;
  }

  Result<StoredStoryState> LoadStoryState() override {
    Status s = db_->Exec("BEGIN");
    if (!s.ok()) return s;
    auto out = store::ReadStoryState(*db_);
    db_->Exec(out.ok() ? "COMMIT" : "ROLLBACK");
    return out;
  }

  Status PutStories(const StoryBatch& batch) override {
    if (!stories_prepared_) {
      Status p = stories_.Prepare(*db_);
      if (!p.ok()) return p;
      stories_prepared_ = true;
    }
    Status s = db_->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    std::vector<int64_t> rowids, copy_rowids;
    for (const ArticleStory& a : batch.articles) {
      auto rowid = RowidOf(a.article);
      if (!rowid.ok()) {
        s = rowid.status();
        break;
      }
      rowids.push_back(*rowid);
      copy_rowids.push_back(-1);
      if (a.copy_of.empty()) continue;
      auto copy = RowidOf(a.copy_of);
      if (!copy.ok()) {
        s = copy.status();
        break;
      }
      copy_rowids.back() = *copy;
    }
    if (s.ok()) s = stories_.Put(batch, rowids, copy_rowids);
    if (s.ok()) s = db_->Exec("COMMIT");
    if (!s.ok()) db_->Exec("ROLLBACK");
    return s;
  }

  Status ClearStories() override {
    Status s = db_->Exec("BEGIN IMMEDIATE");
    if (s.ok())
      s = db_->Exec(
          "DELETE FROM article_stories; DELETE FROM stories; DELETE FROM story_terms; DELETE "
          "FROM story_state;");
    if (s.ok()) s = db_->Exec("COMMIT");
    if (!s.ok()) db_->Exec("ROLLBACK");
    return s;
  }

  Result<std::vector<StoredStory>> QueryStories(const StoryFilter& filter) override {
    StoryFilter f = filter;
    if (!f.actor.empty()) {
      f.actor = ActorCodeAlias(f.actor);
      for (char c : f.actor)
        if (!std::isalnum(static_cast<unsigned char>(c)))
          return Status::InvalidArgument("'" + filter.actor + "' is not an actor code");
    }
    return store::RunStoryQuery(*db_, f);
  }

  Result<StoredStory> GetStory(uint32_t id) override { return store::RunStoryGet(*db_, id); }
  Result<std::vector<ArticleHit>> SearchArticles(const SearchFilter& filter) override {
    return store::RunArticleSearch(*db_, filter);
  }

  Result<std::vector<QuoteHit>> SearchQuotes(const SearchFilter& filter) override {
    return store::RunQuoteSearch(*db_, filter);
  }

  Result<std::vector<ArticleParts>> ArticlePartsOf(const std::vector<std::string>& ids) override {
    return store::RunArticleParts(*db_, ids);
  }

  Result<std::vector<DyadCount>> TopDyads(uint32_t limit) override {
    return store::RunTopDyads(*db_, limit);
  }

  Result<int64_t> DataVersion() override { return store::RunDataVersion(*db_); }

  void SetDeadline(std::chrono::steady_clock::time_point deadline) override {
    deadline_ = deadline;
    if (progress_installed_) return;
    // Looked at every 1000 virtual machine instructions: cheap, and a
    // query is stopped within microseconds of its deadline.
    sqlite3_progress_handler(db_->raw(), 1000, &SqliteStore::PastDeadline, this);
    progress_installed_ = true;
  }

 private:
  // The rowid of `article` (id or unique prefix, as GetArticle), or -1 for
  // "" (every article), as the provenance queries take it.
  Result<int64_t> RowidOrEvery(std::string_view article) {
    if (article.empty()) return int64_t{-1};
    auto found = FindArticle(article);
    if (!found.ok()) return found.status();
    return found->first;
  }

  // Stores the quote links of `c` (article `rowid` on one side).
  Status PutQuoteLinksOf(const ArticleCopies& c, int64_t rowid) {
    for (const StoredQuoteLink& l : c.quote_links) {
      const bool later = l.article == c.article;
      auto other = RowidOf(later ? l.other : l.article);
      if (!other.ok()) return other.status();
      Status s = quote_links_.Put(later ? rowid : *other, later ? *other : rowid, l);
      if (!s.ok())
        return Status::IOError("storing quote links of " + c.article + ": " + s.message());
    }
    return Status::OK();
  }

  // Stores the quotes of `rec` (article `rowid`) unless the article was
  // stored before and its quotes already are.
  Status PutQuotesOf(const ArticleRecord& rec, int64_t rowid, bool inserted, uint64_t* stored) {
    if (!inserted) {
      auto quoted = quotes_.IsQuoted(rowid);
      if (!quoted.ok()) return quoted.status();
      if (*quoted) return Status::OK();
    }
    // A new article's text is the record's (and it has no quotes to delete,
    // and is marked quoted already); a known one's is its row's.
    auto n = inserted ? quotes_.Insert(rowid, rec.quotes, rec.article.text, rec.article.published)
                      : quotes_.Replace(rowid, rec.quotes);
    if (!n.ok())
      return Status::IOError("storing quotes of " + rec.id + ": " + n.status().message());
    *stored += *n;
    return Status::OK();
  }

  // Stores the events of `rec` (article `rowid`) unless the article was
  // stored before and already coded.
  Status PutEventsOf(const ArticleRecord& rec, int64_t rowid, bool inserted, int64_t run_rowid,
                     uint64_t* stored) {
    if (!inserted) {
      auto coded = events_.IsCoded(rowid);
      if (!coded.ok()) return coded.status();
      if (*coded) return Status::OK();
    }
    auto n = events_.Replace(rowid, run_rowid, rec.events);
    if (!n.ok())
      return Status::IOError("storing events of " + rec.id + ": " + n.status().message());
    *stored += *n;
    return Status::OK();
  }

  // Inserts one record inside the open transaction; returns the article's rowid.
  Result<int64_t> PutOne(const ArticleRecord& rec, const std::string& now, PutResult* result) {
    find_.Reset();
    find_.Bind(1, rec.id);
    int64_t rowid = -1;
    if (find_.Step()) rowid = find_.Int(0);
    if (!find_.status().ok()) return find_.status();
    find_.Reset();
    if (rowid < 0) {
      const Article& a = rec.article;
      insert_.Reset();
      insert_.Bind(1, rec.id)
          .Bind(2, a.title)
          .Bind(3, FieldSourceName(a.title_source))
          .Bind(4, a.published)
          .Bind(5, FieldSourceName(a.published_source))
          .Bind(6, a.published_evidence)
          .Bind(7, a.outlet)
          .Bind(8, FieldSourceName(a.outlet_source))
          .Bind(9, a.byline)
          .Bind(10, a.url)
          .Bind(11, a.language)
          .Bind(12, a.text)
          .BindBlob(13, store::EncodeParagraphs(a.paragraphs))
          .BindBlob(14, store::EncodeSentences(rec.sentences))
          .Bind(15, static_cast<int64_t>(rec.sentences.size()))
          .Bind(16, static_cast<int64_t>(a.boilerplate_blocks))
          .Bind(17, static_cast<int64_t>(a.boilerplate_chars))
          .Bind(18, static_cast<int64_t>(rec.encoding_repairs))
          .Bind(19, now)
          .Bind(20, static_cast<int64_t>(rec.quoted));  // its quotes follow in this transaction
      Status s = insert_.Run();
      if (!s.ok()) return Status::IOError("storing article " + rec.id + ": " + s.message());
      rowid = sqlite3_last_insert_rowid(db_->raw());
      ++result->inserted;
    } else {
      ++result->already_present;
    }
    source_.Reset();
    source_.Bind(1, rowid).Bind(2, rec.source).Bind(3, rec.locator).Bind(4, now);
    Status s = source_.Run();
    if (!s.ok()) return Status::IOError("storing source of " + rec.id + ": " + s.message());
    return rowid;
  }

  // The rowid of an exact article id; NotFound when not stored.
  Result<int64_t> RowidOf(const std::string& id) {
    if (!rowid_prepared_) {
      auto stmt = db_->Prepare("SELECT rowid FROM articles WHERE id = ?1");
      if (!stmt.ok()) return stmt.status();
      rowid_ = std::move(*stmt);
      rowid_prepared_ = true;
    }
    rowid_.Reset();
    rowid_.Bind(1, id);
    if (!rowid_.Step()) {
      Status s = rowid_.status();
      rowid_.Reset();
      return s.ok() ? Status::NotFound("no stored article " + id) : s;
    }
    const int64_t rowid = rowid_.Int(0);
    rowid_.Reset();
    return rowid;
  }

  std::unique_ptr<Database> db_;
  bool writes_prepared_ = false;
  Statement find_, insert_, source_;
  store::EventWriter events_;
  store::QuoteWriter quotes_;
  bool states_prepared_ = false;
  Statement states_;
  bool copies_prepared_ = false;
  store::CopyWriter copies_;
  store::QuoteLinkWriter quote_links_;
  bool copy_sides_prepared_ = false;
  store::CopySideReader copy_sides_;
  bool rowid_prepared_ = false;
  Statement rowid_;
  bool stories_prepared_ = false;
  store::StoryWriter stories_;
  // SetDeadline: non-zero return interrupts the running statement.
  static int PastDeadline(void* self) {
    const auto deadline = static_cast<SqliteStore*>(self)->deadline_;
    return deadline != std::chrono::steady_clock::time_point() &&
           std::chrono::steady_clock::now() > deadline;
  }
  bool progress_installed_ = false;
  std::chrono::steady_clock::time_point deadline_{};
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const StoreOptions& options) {
  auto db = Database::Open(path, options.read_only, options.create_if_missing);
  if (!db.ok()) return db.status();
  Database& d = **db;
  sqlite3_busy_timeout(d.raw(), options.busy_timeout_ms);
  if (!options.read_only) {
    // WAL: readers never block the writer; synchronous=NORMAL keeps every
    // committed transaction across a process crash (kill -9), and loses at
    // most the last ones on power loss.
    Status s = d.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    if (!s.ok()) return s;
  }
  Status s = d.Exec("PRAGMA foreign_keys = ON;");
  if (!s.ok()) return s;
  auto version = store::Migrate(d, options.read_only);
  if (!version.ok()) return version.status();
  return std::unique_ptr<Store>(new SqliteStore(std::move(*db)));
}

}  // namespace dyad
