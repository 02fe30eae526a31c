// Full-text search over articles and quotes, and the small queries behind
// the HTTP API's listings (see search_rows.h).
#include "store/search_rows.h"

#include <cstdio>
#include <utility>

#include "store/event_rows.h"

namespace dyad::store {
namespace {

// A filter turned into SQL conditions over the aliases `a` (articles) and,
// for quotes, `q`, with its parameters (bound after the query, ?1).
struct SearchWhere {
  std::string sql;
  std::vector<std::string> text_params;  // ?2, ?3, ...
};

Result<SearchWhere> BuildWhere(const SearchFilter& f, bool quotes) {
  if (f.query.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument("the search query is empty");
  SearchWhere w;
  auto param = [&](std::string value) {
    w.text_params.push_back(std::move(value));
    return "?" + std::to_string(w.text_params.size() + 1);
  };
  if (!f.outlet.empty()) w.sql += " AND a.outlet = " + param(f.outlet) + " COLLATE NOCASE";
  // Dates: an article's publication day is the first 10 characters of
  // `published`; a quote carries it as yyyymmdd.
  auto day = [](int32_t d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    return std::string(buf);
  };
  if (quotes) {
    if (f.from > 0) w.sql += " AND q.date >= " + std::to_string(f.from);
    if (f.to > 0) w.sql += " AND q.date <= " + std::to_string(f.to);
  } else {
    if (f.from > 0) w.sql += " AND a.published >= " + param(day(f.from));
    if (f.to > 0) w.sql += " AND a.published < " + param(day(f.to)) + " || 'z'";
  }
  if (!f.actor.empty()) {
    std::string code = ActorCodeAlias(f.actor);
    if (!IsCodeText(code, /*digits_only=*/false))
      return Status::InvalidArgument("'" + f.actor + "' is not an actor code (letters and digits)");
    const std::string lo = param(code), hi = param(PrefixEnd(code));
    if (quotes) {
      w.sql += " AND q.actor >= " + lo + " AND q.actor < " + hi;
    } else {
      w.sql +=
          " AND (EXISTS (SELECT 1 FROM events e WHERE e.source >= " + lo + " AND e.source < " + hi +
          " AND e.article = a.rowid) OR EXISTS (SELECT 1 FROM events e WHERE e.target >= " + lo +
          " AND e.target < " + hi + " AND e.article = a.rowid))";
    }
  }
  return w;
}

std::string LimitClause(const SearchFilter& f) {
  std::string s = " LIMIT " + (f.limit > 0 ? std::to_string(f.limit) : std::string("-1"));
  if (f.offset > 0) s += " OFFSET " + std::to_string(f.offset);
  return s;
}

// An FTS5 failure while stepping is the query's fault (syntax, unknown
// column): InvalidArgument naming it; anything else stays as it is.
Status SearchFailed(const Status& s, const std::string& query) {
  const std::string& m = s.message();
  if (m.find("fts5") != std::string::npos || m.find("syntax error") != std::string::npos ||
      m.find("no such column") != std::string::npos || m.find("unterminated") != std::string::npos)
    return Status::InvalidArgument("bad search query '" + query + "': " + m);
  return s;
}

Result<Statement> PrepareSearch(Database& db, const std::string& sql, const SearchFilter& f,
                                const SearchWhere& w) {
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return SearchFailed(stmt.status(), f.query);
  stmt->Bind(1, f.query);
  for (size_t i = 0; i < w.text_params.size(); ++i)
    stmt->Bind(static_cast<int>(i + 2), w.text_params[i]);
  return stmt;
}

constexpr const char* kSnippetArgs = "char(1), char(2), '\xE2\x80\xA6', 24)";

}  // namespace

SearchSnippet SplitSnippet(std::string_view marked) {
  SearchSnippet out;
  out.text.reserve(marked.size());
  uint32_t open = 0;
  for (char c : marked) {
    if (c == kMarkOpen) {
      open = static_cast<uint32_t>(out.text.size());
    } else if (c == kMarkClose) {
      out.marks.push_back({open, static_cast<uint32_t>(out.text.size())});
    } else {
      out.text += c;
    }
  }
  return out;
}

Result<std::vector<ArticleHit>> RunArticleSearch(Database& db, const SearchFilter& f) {
  auto where = BuildWhere(f, /*quotes=*/false);
  if (!where.ok()) return where.status();
  const std::string sql =
      "SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, -1, " +
      std::string(kSnippetArgs) +
      " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
      "WHERE articles_fts MATCH ?1" +
      where->sql + " ORDER BY articles_fts.rank, a.id" + LimitClause(f);
  auto stmt = PrepareSearch(db, sql, f, *where);
  if (!stmt.ok()) return stmt.status();
  std::vector<ArticleHit> out;
  while (stmt->Step()) {
    ArticleHit h;
    h.id = stmt->Text(0);
    h.title = stmt->Text(1);
    h.outlet = stmt->Text(2);
    h.published = stmt->Text(3);
    h.snippet = SplitSnippet(stmt->Text(4));
    out.push_back(std::move(h));
  }
  if (!stmt->status().ok()) return SearchFailed(stmt->status(), f.query);
  return out;
}

Result<std::vector<QuoteHit>> RunQuoteSearch(Database& db, const SearchFilter& f) {
  auto where = BuildWhere(f, /*quotes=*/true);
  if (!where.ok()) return where.status();
  const std::string sql =
      "SELECT a.id, q.ordinal, q.date, q.words, q.speaker, snippet(quotes_fts, -1, " +
      std::string(kSnippetArgs) +
      " FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
      "JOIN articles a ON a.rowid = q.article WHERE quotes_fts MATCH ?1" +
      where->sql + " ORDER BY quotes_fts.rank, a.id, q.ordinal" + LimitClause(f);
  auto stmt = PrepareSearch(db, sql, f, *where);
  if (!stmt.ok()) return stmt.status();
  std::vector<QuoteHit> out;
  while (stmt->Step()) {
    QuoteHit h;
    h.article = stmt->Text(0);
    h.ordinal = static_cast<uint32_t>(stmt->Int(1));
    h.date = static_cast<int32_t>(stmt->Int(2));
    h.words = stmt->Text(3);
    h.speaker = stmt->Text(4);
    h.snippet = SplitSnippet(stmt->Text(5));
    out.push_back(std::move(h));
  }
  if (!stmt->status().ok()) return SearchFailed(stmt->status(), f.query);
  return out;
}

Result<std::vector<ArticleParts>> RunArticleParts(Database& db,
                                                  const std::vector<std::string>& ids) {
  auto stmt = db.Prepare(
      "SELECT (SELECT COUNT(*) FROM events e WHERE e.article = a.rowid), "
      "(SELECT COUNT(*) FROM quotes q WHERE q.article = a.rowid), "
      "(SELECT o.id FROM articles o WHERE o.rowid = a.copy_original) "
      "FROM articles a WHERE a.id = ?1");
  if (!stmt.ok()) return stmt.status();
  std::vector<ArticleParts> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    stmt->Reset();
    stmt->Bind(1, id);
    if (!stmt->Step()) {
      if (!stmt->status().ok()) return stmt->status();
      return Status::NotFound("no article with id " + id);
    }
    ArticleParts p;
    p.id = id;
    p.events = static_cast<uint64_t>(stmt->Int(0));
    p.quotes = static_cast<uint64_t>(stmt->Int(1));
    p.copy_original = stmt->Text(2);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<DyadCount>> RunTopDyads(Database& db, uint32_t limit) {
  auto stmt = db.Prepare(
      "SELECT source, target, COUNT(*) AS n FROM events WHERE source != '' AND target != '' "
      "GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, static_cast<int64_t>(limit));
  std::vector<DyadCount> out;
  while (stmt->Step())
    out.push_back({stmt->Text(0), stmt->Text(1), static_cast<uint64_t>(stmt->Int(2))});
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<int64_t> RunDataVersion(Database& db) {
  auto stmt = db.Prepare("PRAGMA data_version");
  if (!stmt.ok()) return stmt.status();
  if (!stmt->Step()) return db.Error("read data_version");
  return stmt->Int(0);
}

}  // namespace dyad::store
